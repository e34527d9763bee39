"""Unseen set 16 (tests/cases/unseen16/): one week's mailbag — plans from every kind of issuer (a Sở, a
Tỉnh đoàn, a border-guard command, a Party Ban Tuyên giáo, a university, a Hội Phụ nữ, a commune) as they
travel (Word-printed PDFs, office DOCX, signed scans, portal pages).

Each mechanism as a table of the forms its authors wrote, and the neighbours it must not catch."""
from __future__ import annotations

import pytest

import planparse
from planparse.extract.agencies import expand, opening_agencies, split_list
from planparse.extract.temporal import parse_temporal
from planparse.layout.closing import _name_in
from planparse.layout.header import compose_issuer, proper_case

# -- the issuer: its name written out, a Party committee's unit --------------------------------------


@pytest.mark.parametrize("caps, want", [
    ("HỘI LHPN TỈNH BẾN TRE", "Hội Liên hiệp Phụ nữ tỉnh Bến Tre"),  # an abbreviation in the header: written out
    ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH BẾN TRE", "Hội Liên hiệp Phụ nữ tỉnh Bến Tre"),
    ("BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH ĐẮK NÔNG", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Nông"),
    ("LĐLĐ TỈNH HẬU GIANG", "Liên đoàn Lao động tỉnh Hậu Giang"),
    ("UBND TỈNH LÀO CAI", "UBND tỉnh Lào Cai"),  # the level word's own abbreviation reads as before
])
def test_a_header_name_is_written_out(caps, want):
    assert proper_case(caps) == want


def test_a_party_committees_unit_on_one_line_with_it():
    """A web page's header cell joins ``TỈNH ỦY HẬU GIANG<br>BAN TUYÊN GIÁO`` into one line."""
    text = ("TỈNH ỦY HẬU GIANG BAN TUYÊN GIÁO * Số 112-KH/BTGTU | ĐẢNG CỘNG SẢN VIỆT NAM Hậu Giang, ngày 15 tháng 4 năm 2022\n"
            "KẾ HOẠCH\ntuyên truyền về ASEAN giai đoạn 2022 - 2025\n"
            "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ;\n"
            "I. MỤC ĐÍCH\nNâng cao nhận thức.\n")
    assert planparse.parse(text).meta.issuer == "Ban Tuyên giáo Tỉnh ủy Hậu Giang"
    assert compose_issuer(["HỘI LHPN VIỆT NAM", "HỘI LHPN TỈNH BẾN TRE"]) == "Hội Liên hiệp Phụ nữ tỉnh Bến Tre"


# -- the signer: an officer's rank, the armed forces' posts -------------------------------------------

@pytest.mark.parametrize("clause, want", [
    ("Các Đồn Biên phòng phối hợp với Ủy ban nhân dân các xã biên giới lồng ghép tuyên truyền", ["Các Đồn Biên phòng"]),
    ("Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy đưa nội dung về ASEAN",
     ["Ban Tuyên giáo các Huyện ủy, Thị ủy, Thành ủy, Đảng ủy trực thuộc Tỉnh ủy"]),  # the towns' committees kept
    ("Ban Tuyên giáo các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy đưa nội dung về ASEAN",
     ["Ban Tuyên giáo các Huyện ủy, Thành ủy, Đảng ủy trực thuộc Tỉnh ủy"]),
])
def test_a_collective_actor(clause, want):
    assert [a.name for a in opening_agencies(clause, 0, len(clause))] == want


@pytest.mark.parametrize("cell, want", [
    ("Thượng tá Vũ Ngọc Tuấn", "Vũ Ngọc Tuấn"),
    ("Đại tá Nguyễn Văn Hùng", "Nguyễn Văn Hùng"),
    ("Thiếu tướng Lê Văn Minh", "Lê Văn Minh"),
    ("Trần Văn Tá", "Trần Văn Tá"),  # a name is no rank
])
def test_a_rank_before_the_signers_name(cell, want):
    assert _name_in(cell, "") == want


def test_a_border_guard_commands_signature():
    text = ("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG\nBỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG\nTỈNH ĐẮK NÔNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\nSố: 1876/KH-BCH\nĐắk Nông, ngày 15 tháng 10 năm 2019\nKẾ HOẠCH\n"
            "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020\nI. MỤC ĐÍCH\nNâng cao nhận thức.\n"
            "KT. CHỈ HUY TRƯỞNG\nPHÓ CHÍNH ỦY\nThượng tá Vũ Ngọc Tuấn\n")
    meta = planparse.parse(text).meta
    assert (meta.signer.name, meta.signer.position) == ("Vũ Ngọc Tuấn", "Phó Chính ủy")
    assert meta.issuer == "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Nông"


# -- a request in the basis sentence ------------------------------------------------------------------

def test_a_request_after_the_basis_is_no_basis():
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\nSố: 2745/KH-UBND\nBình Thuận, ngày 10 tháng 9 năm 2021\nKẾ HOẠCH\n"
            "Thực hiện Chương trình hành động về ASEAN\n"
            "Thực hiện Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ; theo đề nghị của Sở Thông tin "
            "và Truyền thông tại Tờ trình số 185/TTr-STTTT ngày 30/8/2021, Ủy ban nhân dân tỉnh ban hành Kế hoạch:\n"
            "I. MỤC ĐÍCH\nNâng cao nhận thức.\n")
    assert [b.number for b in planparse.parse(text).meta.basis] == ["1160/QĐ-TTg"]


# -- names: a unit and the body it belongs to, a word that is no verb, faculties, commands --------------

@pytest.mark.parametrize("clause, want", [
    ("Ban Tuyên giáo Hội LHPN tỉnh chủ trì, phối hợp với Văn phòng Hội", ["Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh"]),
    ("Đoàn Thanh niên Trường chủ trì phát huy vai trò", ["Đoàn Thanh niên Trường"]),
    ("Khoa Khoa học Chính trị chủ trì tổ chức 02 buổi nói chuyện", ["Khoa Khoa học Chính trị"]),
    ("Phòng Đào tạo chủ trì tuyển sinh", ["Phòng Đào tạo"]),
    ("Khoa học và công nghệ phát triển mạnh", []),  # "Khoa học" is no faculty
])
def test_an_actor_opening_a_task(clause, want):
    assert [a.name for a in opening_agencies(clause, 0, len(clause))] == want


@pytest.mark.parametrize("cell, want", [
    ("Phòng Nội vụ Phòng Tư pháp", ["Phòng Nội vụ", "Phòng Tư pháp"]),  # peers side by side: two
    ("Các Ban, Văn phòng, đơn vị trực thuộc Tỉnh đoàn", ["Các Ban, Văn phòng, đơn vị trực thuộc Tỉnh đoàn"]),
    ("Các Huyện đoàn, Thành đoàn, Đoàn trực thuộc", ["Các Huyện đoàn, Thành đoàn, Đoàn trực thuộc"]),
    ("UBND các huyện, Thành đoàn", ["Ủy ban nhân dân các huyện", "Thành đoàn"]),  # a body after a collective
])
def test_a_list_of_names(cell, want):
    assert [a.name for a in split_list(cell)] == want


@pytest.mark.parametrize("written, want", [
    ("BCH Bộ đội Biên phòng tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
    ("BCH Quân sự tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
    ("BCH Quân sự huyện", "Ban Chỉ huy Quân sự huyện"),
    ("BCH Huyện Đoàn", "Ban Chấp hành Huyện Đoàn"),
])
def test_a_command_by_its_level(written, want):
    assert expand(written) == want


def test_a_command_named_with_its_locality():
    text = ("KẾ HOẠCH\nII. NỘI DUNG\n1. Tuyên truyền về ASEAN ở biên giới.\nĐơn vị chủ trì: Sở Ngoại vụ; đơn vị phối hợp: "
            "BCH Quân sự tỉnh, BCH Quân sự huyện, Ban Chỉ huy Quân sự thành phố Vinh.\n")
    task = planparse.parse(text).tasks[0]
    assert [a.name for a in task.support] == ["Bộ Chỉ huy Quân sự tỉnh", "Ban Chỉ huy Quân sự huyện",
                                              "Ban Chỉ huy Quân sự thành phố Vinh"]


# -- times: a rate with its period first, a named day every year -------------------------------------

@pytest.mark.parametrize("text, want", [
    ("tổ chức mỗi năm 01 lớp tập huấn cho phụ nữ", [("recurring", "yearly", None)]),
    ("mỗi quý ít nhất 02 tin, bài", [("recurring", "quarterly", None)]),
    ("bảo đảm tối thiểu 02 tin, bài, phóng sự/tháng", [("recurring", "monthly", None)]),
    ("treo cờ nhân dịp kỷ niệm Ngày thành lập ASEAN (08/8) hằng năm.", [("due", "yearly", "--08-08")]),
    ("hỗ trợ mỗi năm 50 triệu đồng", []),  # money, not a rate
    ("tổ chức dịp kỷ niệm Ngày thành lập ASEAN (08/8).", []),  # once, not every year
])
def test_times(text, want):
    assert [(t.kind, t.recurrence, t.due) for t in parse_temporal(text, year=2022)] == want


def test_a_rate_needs_its_unit():
    """A table's cells typed with tabs: the frequency alone, no rate runs into the next cell's words."""
    assert [t.text for t in parse_temporal("Hằng tháng\t2\tĐăng tin", year=2022)] == ["Hằng tháng"]


# -- applicability: a plan titled for another topic -------------------------------------------------

def test_a_plan_titled_for_another_topic_is_not_the_references():
    body = ("TỈNH ỦY YÊN BÁI\nBAN TUYÊN GIÁO\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 95-KH/BTGTU\nYên Bái, ngày 10 tháng 3 năm 2022\n"
            "KẾ HOẠCH\nCông tác thông tin đối ngoại năm 2022\nI. MỤC ĐÍCH\nNâng cao hiệu quả thông tin đối ngoại.\n"
            "II. NHIỆM VỤ\n1. Thông tin về ASEAN và hợp tác ASEAN phòng, chống COVID-19.\n"
            "2. Tuyên truyền về Cộng đồng ASEAN cho cán bộ.\n3. Giới thiệu các nước ASEAN trên báo chí.\n"
            "4. Thông tin về biên giới, lãnh thổ.\n")
    assert planparse.audit(planparse.parse(body)).applicable is False
    assert planparse.audit(planparse.parse(body.replace("Công tác thông tin đối ngoại năm 2022",
                                                        "Tuyên truyền về ASEAN năm 2022"))).applicable is True


def test_another_topics_plan_only_touches_the_references_areas():
    """Its work for its own topic touches an area about ASEAN (partial); an area that does not depend on ASEAN
    (countering distortions of foreign policy, B12) it may cover — as the 1759 sample's gold reads it."""
    body = ("TỈNH ỦY YÊN BÁI\nBAN TUYÊN GIÁO\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 95-KH/BTGTU\nYên Bái, ngày 10 tháng 3 năm 2022\n"
            "KẾ HOẠCH\nCông tác thông tin đối ngoại năm 2022\nI. MỤC ĐÍCH\nNâng cao hiệu quả thông tin đối ngoại.\n"
            "II. NHIỆM VỤ\n1. Thông tin về kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội "
            "và vai trò, đóng góp của Việt Nam trong ASEAN.\n"
            "2. Tuyên truyền về Cộng đồng ASEAN cho cán bộ, đảng viên.\n3. Giới thiệu các nước ASEAN trên báo chí.\n"
            "4. Kịp thời đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về đường lối đối ngoại của Đảng, "
            "chính sách của Nhà nước trên không gian mạng.\n")
    areas = {a.id: a.status for a in planparse.audit(planparse.parse(body), "asean-2021-2025").areas}
    assert areas["B01"] == "partial"
    assert areas["B12"] == "covered"
    asean = {a.id: a.status for a in planparse.audit(planparse.parse(
        body.replace("Công tác thông tin đối ngoại năm 2022", "Tuyên truyền về ASEAN năm 2022")), "asean-2021-2025").areas}
    assert asean["B01"] == "covered"
