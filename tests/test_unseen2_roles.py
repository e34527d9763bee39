"""Task leads and assignments that failed on unseen set 2 (tests/cases/unseen2/): each mechanism as a
failing case in several wordings and layouts of its own, not the unseen plans' text."""
from __future__ import annotations

import pytest

import planparse
from planparse.extract.agencies import split_list


def _header(issuer_lines: str, place: str) -> str:
    return (f"{issuer_lines}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: 12/KH-UBND\n{place}, ngày 12 tháng 3 năm 2020\n\nKẾ HOẠCH\nTuyên truyền về Cộng đồng ASEAN năm 2020\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao nhận thức của cán bộ, nhân dân.\n\n")


def _province(body: str, org: str = "1. Các sở, ngành triển khai thực hiện.\n") -> planparse.Plan:
    return planparse.parse(_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", "Quảng Ngãi") + body
                           + "\n\nIV. TỔ CHỨC THỰC HIỆN\n\n" + org)


# -- a task whose heading is just its agency, its duties as bullets below ---------------------------

@pytest.mark.parametrize("title, heading, lead", [
    ("III. NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN, ĐƠN VỊ", "1. Sở Ngoại vụ:", ["Sở Ngoại vụ"]),
    ("II. NHIỆM VỤ VÀ GIẢI PHÁP", "1. Sở Thông tin và Truyền thông", ["Sở Thông tin và Truyền thông"]),
    ("II. NỘI DUNG THỰC HIỆN", "2. Báo Quảng Ngãi, Đài Phát thanh và Truyền hình Quảng Ngãi:",
     ["Báo Quảng Ngãi", "Đài Phát thanh và Truyền hình Quảng Ngãi"]),
    ("III. NHIỆM VỤ CỤ THỂ", "3. Ủy ban nhân dân các huyện, thị xã, thành phố:",
     ["Ủy ban nhân dân các huyện, thị xã, thành phố"]),
    ("III. NHIỆM VỤ CỤ THỂ", "3. SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", ["Sở Văn hóa, Thể thao và Du lịch"]),
])
def test_a_task_headed_by_its_agency_has_it_as_lead(title, heading, lead):
    p = _province(f"{title}\n\n{heading}\n- Hướng dẫn các cơ quan báo chí mở chuyên mục về ASEAN.\n"
                  "- Tổ chức tập huấn cho phóng viên, biên tập viên trong Quý III/2020.\n")
    [t] = p.tasks
    assert [a.name for a in t.lead] == lead


@pytest.mark.parametrize("heading", [
    "1. Các hoạt động hưởng ứng:",  # a collective of things, not of agencies
    "1. Tuyên truyền trên báo chí:",
    "3. Hội thi",  # a head word opening a title, not an unknown agency
    "3. Đài truyền thanh:",
    "1. Sở Ngoại vụ tổ chức hội nghị thông tin đối ngoại",  # a sentence: its actor as before
])
def test_a_task_heading_that_names_no_agency_alone(heading):
    p = _province(f"III. NHIỆM VỤ CỤ THỂ\n\n{heading}\n- Mở chuyên mục về ASEAN trên các báo.\n")
    [t] = p.tasks
    assert [a.name for a in t.lead] == (["Sở Ngoại vụ"] if "Sở Ngoại vụ" in heading else [])


def test_the_organisation_section_headed_by_agencies_still_assigns():
    p = _province("III. NHIỆM VỤ CỤ THỂ\n\n1. Sở Ngoại vụ:\n- Cung cấp thông tin cho báo chí.\n",
                  "1. Sở Ngoại vụ:\n- Theo dõi, đôn đốc thực hiện Kế hoạch.\n2. Sở Tài chính:\n- Bố trí kinh phí.\n")
    assert [a.agency.name for a in p.assignments] == ["Sở Ngoại vụ", "Sở Tài chính"]
    assert [t.id for t in p.tasks] == ["III.1"]


# -- collectives led by a post ------------------------------------------------------------------

@pytest.mark.parametrize("item, names", [
    ("3. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thị xã căn cứ nhiệm vụ được giao "
     "triển khai thực hiện; gửi báo cáo về Sở Ngoại vụ.",
     ["Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch Ủy ban nhân dân các huyện, thị xã"]),
    ("3. Giám đốc các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố tổ chức triển khai Kế hoạch này.",
     ["Giám đốc các sở, ban, ngành", "Chủ tịch Ủy ban nhân dân các huyện, thành phố"]),
    ("3. Thủ trưởng các cơ quan, đơn vị có trách nhiệm triển khai Kế hoạch.", ["Thủ trưởng các cơ quan, đơn vị"]),
    # one collective with "và" stays one (spec § assignments)
    ("3. Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh triển khai thực hiện Kế hoạch.",
     ["Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh"]),
    # a list of named agencies up to ";" then another: both, as before the verb
    ("3. Sở Tài chính; Sở Nội vụ: tham mưu bố trí kinh phí, biên chế.", ["Sở Tài chính", "Sở Nội vụ"]),
])
def test_a_collective_led_by_a_post_is_assigned(item, names):
    p = _province("II. NỘI DUNG\n\n1. Tuyên truyền trên báo chí.\n", "1. Sở Ngoại vụ theo dõi thực hiện.\n" + item + "\n")
    got = [a.agency for a in p.assignments if a.section == "IV.3"]
    assert [a.name for a in got] == names
    assert all(a.collective for a in got) == ("các" in item)


# -- a bullet that opens with a post and a colon --------------------------------------------------

def _commune(org: str) -> planparse.Plan:
    return planparse.parse(_header("ỦY BAN NHÂN DÂN\nXÃ MỸ LỘC", "Mỹ Lộc")
                           + "II. NỘI DUNG\n\n1. Tuyên truyền trên loa truyền thanh.\n\nIII. TỔ CHỨC THỰC HIỆN\n" + org)


@pytest.mark.parametrize("bullet, name", [
    ("- Trưởng Ban Nhân dân các ấp: thông tin đến từng hộ dân qua các buổi họp tổ.", "Trưởng Ban Nhân dân các ấp"),
    ("- Trưởng các ấp: thông tin đến từng hộ dân.", None),  # no post named: not read as one
    ("- Trưởng ấp: thông tin đến từng hộ dân qua các buổi họp tổ.", "Trưởng ấp"),
    ("- Bí thư Chi bộ các ấp: quán triệt đến đảng viên.", "Bí thư Chi bộ các ấp"),
    ("+ Trưởng thôn: thông báo lịch phát thanh đến các hộ.", "Trưởng thôn"),
])
def test_a_bullet_opening_with_a_post_assigns_it(bullet, name):
    p = _commune("- Công chức Văn hóa - Xã hội: tham mưu UBND xã triển khai Kế hoạch.\n"
                 "- Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã phối hợp tuyên truyền.\n" + bullet + "\n")
    names = [a.agency.name for a in p.assignments]
    assert names[:2] == ["Công chức Văn hóa - Xã hội", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"]
    assert names[2:] == ([name] if name else [])
    mttq = p.assignments[1]
    assert len(mttq.duties) == (1 if name else 2)


@pytest.mark.parametrize("after", [
    "Chế độ báo cáo: các bộ phận báo cáo về UBND xã\ntrước ngày 15/11/2020.\n",
    "Kinh phí: từ nguồn ngân sách xã năm 2020.\n",
])
def test_a_labelled_paragraph_after_the_bullets_is_no_duty(after):
    p = _commune("- Đài Truyền thanh xã: xây dựng lịch phát thanh về ASEAN.\n"
                 "- Trưởng Ban Nhân dân các ấp: thông tin đến từng hộ dân.\n" + after)
    assert [(a.agency.name, a.duties) for a in p.assignments] == [
        ("Đài Truyền thanh xã", ("xây dựng lịch phát thanh về ASEAN",)),
        ("Trưởng Ban Nhân dân các ấp", ("thông tin đến từng hộ dân",))]


# -- a lone place word after a locality; a field one letter off ----------------------------------

@pytest.mark.parametrize("text, names", [
    ("Phòng Văn hóa và Thông tin các huyện, thành phố", ["Phòng Văn hóa và Thông tin các huyện, thành phố"]),
    ("Phòng Văn hóa và Thông tin huyện, thị xã", ["Phòng Văn hóa và Thông tin huyện, thị xã"]),
    ("Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố", ["Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố"]),
    ("Ủy ban nhân dân các huyện, thị xã, thành phố", ["Ủy ban nhân dân các huyện, thị xã, thành phố"]),
    # one letter off (OCR) still reads as the field, and the list does not split
    ("Phòng Văn hóa và Thông tỉn các huyện, thành phố", ["Phòng Văn hóa và Thông tin các huyện, thành phố"]),
    ("Phòng Văn hóa và Thông tỉn huyện", ["Phòng Văn hóa và Thông tin huyện"]),
    ("Phòng Tài nguyên và Môi trưởng huyện", ["Phòng Tài nguyên và Môi trường huyện"]),
    # a place word after a name without one is left as before
    ("Sở Y tế, Sở Tài chính", ["Sở Y tế", "Sở Tài chính"]),
])
def test_a_lone_locality_is_no_agency(text, names):
    got = split_list(text)
    assert [a.name for a in got] == names
    assert got[0].text == text.split(", Sở")[0]
    assert got[0].collective == ("các" in text or ", " in text and "Sở" not in text)


@pytest.mark.parametrize("item", [
    "3. Đề nghị Phòng Văn hóa và Thông tỉn các huyện,\nthành phố phối hợp triển khai các hoạt động tuyên truyền.",
    "3. Đề nghị Phòng Văn hóa và Thông tin các huyện, thành phố phối hợp triển khai các hoạt động tuyên truyền.",
    "3. Phòng Văn hóa và Thông tin các huyện, thành phố phối hợp triển khai các hoạt động tuyên truyền.",
])
def test_a_district_office_across_districts_is_one_assignee(item):
    p = _province("II. NỘI DUNG\n\n1. Tuyên truyền trên báo chí.\n", "1. Văn phòng Sở theo dõi thực hiện.\n" + item + "\n")
    got = [a.agency.name for a in p.assignments if a.section == "IV.3"]
    assert got == ["Phòng Văn hóa và Thông tin các huyện, thành phố"]


@pytest.mark.parametrize("adverb", ["chủ động", "tích cực", "khẩn trương"])
@pytest.mark.parametrize("actor, name", [
    ("Các sở, ban, ngành tỉnh", "Các sở, ban, ngành tỉnh"),
    ("Sở Tài chính", "Sở Tài chính"),
    ("Ủy ban nhân dân các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố"),
])
def test_an_adverb_before_the_verb_ends_the_name(adverb, actor, name):
    """'X chủ động triển khai': the adverb opens the predicate, as the verb would (it was kept inside a
    collective's name: 'Các sở, ban, ngành tỉnh chủ động')."""
    text = ("UBND TỈNH AN PHÚ\nSố: 12/KH-UBND\nAn Phú, ngày 02 tháng 3 năm 2021\n\nKẾ HOẠCH\n"
            "Tuyên truyền về ASEAN năm 2021\n\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\n\n"
            f"II. TỔ CHỨC THỰC HIỆN\n1. {actor} {adverb} triển khai các nội dung của Kế hoạch.\n")
    assert [a.agency.name for a in planparse.parse(text).assignments] == [name]
