"""Unseen set 8 (tests/cases/unseen8/): the mechanisms its plans showed missing, case by case.

Set 8's authors never ran planparse: a wiki's Markdown (pipe tables with ``<br>`` in cells), a DOCX
with three-level typed numbering, a clerk's email body, Word's filtered HTML, a provincial portal's page,
an OCR'd fax, a LibreOffice PDF with a running header and a footnote, a district's field bullets.
"""
from __future__ import annotations

import pytest

import planparse
from planparse.auditing.coverage import plan_units

FIELD_BULLETS = """ỦY BAN NHÂN DÂN HUYỆN PHỤNG HIỆP
Số: 86/KH-UBND
KẾ HOẠCH
Thông tin, tuyên truyền về ASEAN năm 2024

I. NHIỆM VỤ
1. Tuyên truyền trực quan
- Nội dung: Treo cờ ASEAN, băng rôn, pa nô tại trụ sở các cơ quan nhân kỷ niệm Ngày thành lập ASEAN.
+ Chủ trì: Phòng Văn hóa và Thông tin huyện.
+ Phối hợp: Ủy ban nhân dân các xã, thị trấn.
+ Thời gian: Tháng 8/2024.
2. Quảng bá hình ảnh huyện
- Hình thức: Video clip giới thiệu du lịch sinh thái của huyện tới du khách các nước ASEAN.
+ Chủ trì: Phòng Văn hóa và Thông tin huyện.
+ Thời gian: Năm 2024.
"""


def test_a_field_that_says_what_the_task_does_is_read_by_the_audit():
    """A plan written as field bullets says each task's substance in ``- Nội dung: …`` (or
    ``Hình thức: …``): the audit read none of it (a district plan's areas came out missing) because
    every field line was passed over as a role or a time. Roles and times still are."""
    plan = planparse.parse(FIELD_BULLETS)
    texts = [u.text for u in plan_units(plan)]
    assert any(t.startswith("Treo cờ ASEAN, băng rôn") for t in texts)
    assert any(t.startswith("Video clip giới thiệu du lịch") for t in texts)
    assert not any("Chủ trì" in t or "Tháng 8/2024" in t for t in texts)
    assert [a.name for a in plan.tasks[0].lead] == ["Phòng Văn hóa và Thông tin huyện"]


def test_prevent_and_combat_inside_a_name_is_no_list_break():
    """``phòng, chống`` (to prevent and combat) names a unit's field; the list split at its "và" and
    its comma made "Phòng, chống tội phạm …" an agency of its own (Bắc Ninh's PA05)."""
    from planparse.extract.agencies import split_list
    pa05 = "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh"
    assert [a.name for a in split_list(pa05 + ", Sở Tư pháp")] == [pa05, "Sở Tư pháp"]
    assert [a.name for a in split_list("Sở Nội vụ và Phòng Tư pháp huyện")] == ["Sở Nội vụ", "Phòng Tư pháp huyện"]


def test_a_request_opening_a_role_field_names_no_one():
    """``- Cơ quan chủ trì: Đề nghị Ủy ban MTTQ Việt Nam tỉnh, Tỉnh đoàn, …`` (a plan asks the Front and the
    unions, it cannot assign them): the first of them was lost with the request (Yên Bái 176/KH-UBND)."""
    text = """ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
Số: 176/KH-UBND
KẾ HOẠCH
Tuyên truyền về ASEAN năm 2019

I. NHIỆM VỤ
1. Tuyên truyền trong hoạt động của Mặt trận và các đoàn thể
Lồng ghép nội dung tuyên truyền về ASEAN trong các buổi sinh hoạt chi đoàn, chi hội.
- Cơ quan chủ trì: Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh.
- Thời gian thực hiện: Định kỳ hằng quý.
"""
    t = planparse.parse(text).tasks[0]
    assert [a.name for a in t.lead] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh"]
    assert t.lead[0].text == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"


# -- an OCR'd or faxed copy: marks lost or misread, a seal drawn in letters, lines cut at the margin ------

def test_a_faxed_header_reads_with_its_marks_damaged():
    """Thanh Hóa 1872/KH-SCT as a fax's OCR gives it: ``UBND TINH THANH HOÁ`` / ``SỞ CÔNG THUƠNG``, the date
    line's ``thảng``, the basis ``1160/QD-TTg``, the role words ``chủ tri`` / ``phối hop``, and a seal's
    ring drawn in letters between the position and the signer's name."""
    text = """UBND TINH THANH HOÁ                      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THUƠNG                                 Độc lập - Tự do - Hạnh phúc
Số: 1872/KH-SCT                          Thanh Hoá, ngày 15 thảng 7 năm 2022

KẾ HOẠCH
Thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2022 - 2025

Căn cứ Quyết định số 1160/QD-TTg ngày 13/7/2021 của Thủ tướng Chính phủ;

I. NHIỆM VỤ
1. Hội nghị phổ biến cam kết ASEAN
Phòng Quản lý Thương mại chủ tri, phối hop với Hiệp hội Doanh nghiệp tỉnh tổ chức hội nghị.

Nơi nhận:                                              KT. GIÁM ĐỐC
- UBND tỉnh (để b/c);                                  PHÓ GIÁM ĐỐC
- Sở TT&TT;                                      ,.-~ SỞ `~.
- Lưu: VT, QLTM.                                 |( * ) TH4NH  |/ Ầ~
                                                 `'-.,.-'

                                                 Lê Quang Hưng
"""
    plan = planparse.parse(text)
    m = plan.meta
    assert m.issuer == "Sở Công Thương tỉnh Thanh Hóa"
    assert m.issued == "2022-07-15"
    assert [b.number for b in m.basis] == ["1160/QĐ-TTg"]
    assert (m.signer.name, m.signer.position) == ("Lê Quang Hưng", "Phó Giám đốc")
    t = plan.tasks[0]
    assert [a.name for a in t.lead] == ["Phòng Quản lý Thương mại"]
    assert [a.name for a in t.support] == ["Hiệp hội Doanh nghiệp tỉnh"]


def test_a_name_differing_only_in_marks_is_the_gazetteers():
    from planparse.extract.agencies import respell
    assert respell("Sở Công thuơng") == "Sở Công Thương"
    assert respell("SO NOI VU") == "Sở Nội vụ"
    assert respell("Sở Y tế") == "Sở Y tế"  # another letter, another name: never respelled
    assert respell("Phòng Quản lý Thương mại") == "Phòng Quản lý Thương mại"


def test_a_code_that_lost_its_d_bar():
    from planparse.extract.common import norm_number
    assert norm_number("1160/QD-TTg") == "1160/QĐ-TTg"
    assert norm_number("30/2020/ND-CP") == "30/2020/NĐ-CP"
    assert norm_number("02/QD-BCDASEAN") == "02/QĐ-BCĐASEAN"
    assert norm_number("45/HD-UBND") == "45/HD-UBND"  # HD is Hướng dẫn's own code


def test_a_hard_wrapped_line_cut_inside_a_name_is_joined():
    """A fax or e-mail wraps at the margin: a line that stops where the next line's first word would not
    have fitted goes on in it, even when that word is capitalised (``Ban Quản lý⏎Khu kinh tế …``); a line
    that stops short of the margin ends there."""
    from planparse.normalize import normalize
    filler = "Nội dung thông tin chính xác, thiết thực, bám sát nhu cầu của doanh nghiệp; hình"
    lines = [filler[:80 - k] for k in range(12)] + [
        "Phòng Quản lý Thương mại chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh, Ban Quản lý",
        "Khu kinh tế Nghi Sơn và các khu công nghiệp tổ chức hội nghị.",
        "1. Hội nghị phổ biến",
        "Phòng Quản lý Thương mại chủ trì.",
    ]
    text = normalize("\n\n".join(lines[:12]) + "\n\n" + "\n".join(lines[12:])).text
    assert "Ban Quản lý Khu kinh tế Nghi Sơn" in text
    assert "1. Hội nghị phổ biến\nPhòng Quản lý" in text


def test_a_time_note_in_brackets_after_the_sentence():
    """``… thực hiện. (Thời gian: năm 2020)``: a bracketed note that opens with the time's label, as one
    that opens with a role's (Bình Thuận 1127/KH-UBND)."""
    text = """ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
Số: 1127/KH-UBND
KẾ HOẠCH
Tuyên truyền về ASEAN năm 2020

I. NHIỆM VỤ
1. Mở chuyên mục về ASEAN
Duy trì chuyên mục về ASEAN. Sở Thông tin và Truyền thông chủ trì, phối hợp với Báo Bình Thuận thực hiện. (Thời gian: năm 2020)
"""
    t = planparse.parse(text).tasks[0]
    assert (t.timeframe.start, t.timeframe.end) == ("2020-01-01", "2020-12-31")
    assert [a.name for a in t.lead] == ["Sở Thông tin và Truyền thông"]


def test_names_end_before_a_verb_after_their_localities():
    from planparse.extract.agencies import split_list
    assert [a.name for a in split_list("Phòng Quản lý Thương mại tư vấn cho doanh nghiệp ngành dệt may")] == [
        "Phòng Quản lý Thương mại"]
    assert [a.name for a in split_list("Ủy ban nhân dân các xã dọc Quốc lộ 1A")] == [
        "Ủy ban nhân dân các xã dọc Quốc lộ 1A"]  # where the communes are, not what they do
    assert [a.name for a in split_list("Hiệp hội Doanh nghiệp tỉnh, Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp")] \
        == ["Hiệp hội Doanh nghiệp tỉnh", "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"]


@pytest.mark.parametrize("text, want", [
    ("Phòng X chủ tri, phối hop với Sở Y", "Phòng X chủ trì, phối hợp với Sở Y"),  # a mark lost
    ("Sở X chủ trì, phôi hợp với Sở Y", "Sở X chủ trì, phối hợp với Sở Y"),  # a mark misread
    ("Don vi chu tri: So Y te, phoi hop: So Noi vu", "Don vi chu tri: So Y te, phoi hop: So Noi vu"),  # no marks at all
    ("bác sĩ chủ trị", "bác sĩ chủ trị"),  # another word
])
def test_role_words_with_a_mark_lost(text, want):
    from planparse.normalize import normalize
    assert normalize(text).text == want
