"""Unseen set 9 (tests/cases/unseen9/): the mechanisms its plans showed missing, case by case.

Set 9's authors never ran planparse: an Obsidian note, a PDF viewer's copy of a two-column print, a city
portal's article holding a 2026-2030 plan, a commune's LibreOffice DOCX; a header in Word text boxes, a task
table numbered by Word, a CT/PH matrix annex, a joint plan pasted as tab-separated text.
"""
from __future__ import annotations

import pytest

import planparse

HEAD = "UBND TỈNH NINH BÌNH\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 412/KH-STTTT\nNinh Bình, ngày 12 tháng 4 năm 2022\n\n"
BODY = "\n\nCăn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021;\n\nI. MỤC ĐÍCH\n1. Mục đích\nNâng cao nhận thức.\n"


@pytest.mark.parametrize("type_line, title", [
    ("KẾ HOẠCH\nThông tin, tuyên truyền về ASEAN năm 2022", "Thông tin, tuyên truyền về ASEAN năm 2022"),
    # a note's or a portal's heading: the type and the subject in one sentence-case line
    ("Kế hoạch thông tin, tuyên truyền về ASEAN năm 2022", "Thông tin, tuyên truyền về ASEAN năm 2022"),
    ("Kế hoạch số 12/KH-UBND ngày 3/4/2022", None),  # a citation of a plan, no title
])
def test_type_and_subject_on_one_line(type_line, title):
    m = planparse.parse(HEAD + type_line + BODY).meta
    assert (m.doc_type, m.title) == ("Kế hoạch", title)


def test_a_portals_page_title_is_not_the_documents_type_line():
    """A portal's page opens with its own headline, "Kế hoạch thông tin, …" (Quảng Trị 4876/KH-UBND): the
    document's type line on its own below it gives the title."""
    text = ("Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025\nNgày đăng: 01/11/2021 | Lượt xem: 1.204\n"
            + HEAD + "KẾ HOẠCH\nThông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn tỉnh Ninh Bình" + BODY)
    assert planparse.parse(text).meta.title == "Thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn tỉnh Ninh Bình"


def test_a_role_matrix_gives_each_row_its_agencies():
    """A "Phân công" annex with tasks as rows and one column per agency, each cell ``CT`` (chủ trì) or
    ``PH`` (phối hợp) (Sóc Trăng 183/KH-UBND): the marks give each row its lead and support; the header
    of a marked column names the agency."""
    from planparse.layout.tables import Table, task_rows
    t = Table(rows=[["STT", "Nhiệm vụ", "Sở TT&TT", "Báo Sóc Trăng", "Đài PTTH tỉnh", "UBND cấp huyện", "Thời gian"],
                    ["1", "Duy trì cơ chế phối hợp", "CT", "PH", "", "PH", "2019 - 2020"],
                    ["2", "Tuyên truyền trên báo chí", "PH", "CT", "CT", "", "Thường xuyên"]], source="pdf")
    rows = task_rows(t)
    assert [(r.cells["lead"], r.cells["support"]) for r in rows] == [
        ("Sở TT&TT", "Báo Sóc Trăng; UBND cấp huyện"), ("Báo Sóc Trăng; Đài PTTH tỉnh", "Sở TT&TT")]
    assert rows[0].cells["time"] == "2019 - 2020" and rows[1].cells["content"] == "Tuyên truyền trên báo chí"
    # columns of other words are no matrix: a table of names is not read as marks
    plain = Table(rows=[["STT", "Nhiệm vụ", "Ghi chú A", "Ghi chú B"], ["1", "Việc một", "xong", "tốt"]])
    assert task_rows(plain) == []


def test_a_communes_committee_under_its_districts_in_one_cell():
    """A commune's header cell, its paragraphs run into one line: the district's committee, then the
    commune's own (Sơn Vi, Lâm Thao): the issuer is the commune's committee, not "Ban Nhân dân xã …"."""
    text = ("UBND HUYỆN LÂM THAO ỦY BAN NHÂN DÂN XÃ SƠN VI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 31/KH-UBND | Sơn Vi, ngày 06 tháng 3 năm 2023\n\nKẾ HOẠCH\nThông tin về ASEAN năm 2023\n")
    assert planparse.parse(text).meta.issuer == "Ủy ban nhân dân xã Sơn Vi"


COMMUNE = """ỦY BAN NHÂN DÂN XÃ SƠN VI
Số: 31/KH-UBND
KẾ HOẠCH
Thông tin về ASEAN năm 2023

I. NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN
1. Các hoạt động tuyên truyền năm 2023
a) Tuyên truyền trên hệ thống truyền thanh: Công chức Văn hóa - Xã hội chủ trì, phối hợp với Đài Truyền thanh xã phát tin, bài.
b) Lồng ghép trong các đoàn thể: Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với Hội Nông dân xã lồng ghép nội dung.
c) Thông tin cho hộ sản xuất: Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường chủ trì phổ biến thông tin thị trường.
d) Tuyên truyền trong nhà trường: Trường THCS Sơn Vi lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa.
II. KINH PHÍ
Ngân sách xã.
"""


def test_lettered_items_add_their_chairs_to_the_task():
    """Lettered items are no tasks: each that names who chairs it (after a run-in title), or opens with
    its actor, adds to the one task's lead; a commune post of Decree 33/2023 is one name, however long."""
    t = planparse.parse(COMMUNE).tasks[0]
    assert [a.name for a in t.lead] == ["Công chức Văn hóa - Xã hội", "Ủy ban Mặt trận Tổ quốc Việt Nam xã",
                                        "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường",
                                        "Trường Trung học cơ sở Sơn Vi"]
    assert {a.name for a in t.support} == {"Đài Truyền thanh xã", "Hội Nông dân xã"}


def test_two_signatures_side_by_side():
    """A joint plan (Kế hoạch liên tịch) signed by both bodies, their columns apart by tabs and lost in
    the text: the last position's own column gives its name, not the name first in reading order."""
    text = ("TỈNH ĐOÀN PHÚ THỌ\tSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nSố: 15/KHLT-SVHTTDL-TĐTN\n\nKẾ HOẠCH\nThử\n\n"
            "I. NHIỆM VỤ\n1. Tuyên truyền.\n\nTM. BAN THƯỜNG VỤ TỈNH ĐOÀN\tKT. GIÁM ĐỐC\nPHÓ BÍ THƯ\tPHÓ GIÁM ĐỐC\n\n"
            "(Đã ký)\t(Đã ký)\n\nNguyễn Thu Hà\tHoàng Minh Tuấn\n\nNơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\n")
    s = planparse.parse(text).meta.signer
    assert (s.name, s.position) == ("Hoàng Minh Tuấn", "Phó Giám đốc")


@pytest.mark.parametrize("written, names", [
    ("Ban Tuyên giáo Tỉnh đoàn, Thành đoàn Việt Trì", ["Ban Tuyên giáo Tỉnh đoàn", "Thành đoàn Việt Trì"]),
    ("Ban Quản lý Khu kinh tế mở Chu Lai, Hội Doanh nghiệp huyện",
     ["Ban Quản lý Khu kinh tế mở Chu Lai", "Hội Doanh nghiệp huyện"]),
    ("Ban Quản lý Khu kinh tế cửa khẩu Lào Cai", ["Ban Quản lý Khu kinh tế cửa khẩu Lào Cai"]),
    ("Các huyện, thành, thị đoàn phát huy vai trò thanh niên trên không gian mạng", ["Các huyện, thành, thị đoàn"]),
])
def test_youth_unions_and_economic_zones(written, names):
    from planparse.extract.agencies import split_list
    assert [a.name for a in split_list(written)] == names
