"""Agency names, roles and the task rule that failed on unseen set 4 (tests/cases/unseen4/): each
mechanism as a failing case in wordings and layouts of its own, not the unseen plans' text."""
from __future__ import annotations

import pytest

import planparse
from planparse.extract.agencies import heading_agencies, opening_agencies, split_list


def _doc(issuer_lines: str, place: str, body: str) -> planparse.Plan:
    return planparse.parse(
        f"{issuer_lines}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: 21/KH-UBND\n{place}, ngày 12 tháng 3 năm 2022\n\nKẾ HOẠCH\nTuyên truyền về Cộng đồng ASEAN năm 2022\n\n"
        + body)


def _province(tasks: str, org: str = "1. Các sở, ngành triển khai thực hiện.\n") -> planparse.Plan:
    return _doc("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI", "Yên Bái",
                "I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao nhận thức của cán bộ, nhân dân.\n\n"
                f"II. NHIỆM VỤ CỤ THỂ\n\n{tasks}\n\nIII. TỔ CHỨC THỰC HIỆN\n\n{org}")


# -- a trade union is an agency --------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lead", [
    ("Công đoàn ngành Y tế tỉnh phối hợp với Sở Y tế tổ chức nói chuyện chuyên đề về ASEAN.",
     ["Công đoàn ngành Y tế tỉnh"]),
    ("Công đoàn Viên chức tỉnh chủ trì tổ chức hội thi tìm hiểu về ASEAN cho đoàn viên.",
     ["Công đoàn Viên chức tỉnh"]),
    ("Công đoàn Khu kinh tế tỉnh lồng ghép nội dung về ASEAN trong sinh hoạt công đoàn cơ sở.",
     ["Công đoàn Khu kinh tế tỉnh"]),
])
def test_a_trade_union_opening_a_task_is_its_lead(sentence, lead):
    p = _province(f"1. Tuyên truyền trong công nhân, viên chức, người lao động\n{sentence}\n")
    [t] = p.tasks
    assert [a.name for a in t.lead] == lead


@pytest.mark.parametrize("heading, names", [
    ("3. Đề nghị Công đoàn ngành Giáo dục tỉnh, Hội Liên hiệp Phụ nữ tỉnh",
     ["Công đoàn ngành Giáo dục tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"]),
    ("3. Tỉnh đoàn và Công đoàn Viên chức tỉnh", ["Tỉnh đoàn", "Công đoàn Viên chức tỉnh"]),
])
def test_a_trade_union_named_in_an_organisation_heading_is_assigned(heading, names):
    p = _province("1. Tuyên truyền trên báo chí\nSở Thông tin và Truyền thông chủ trì thực hiện.\n",
                  f"1. Sở Thông tin và Truyền thông\n- Theo dõi, đôn đốc.\n{heading}\n- Phối hợp tuyên truyền.\n")
    assert [a.agency.name for a in p.assignments] == ["Sở Thông tin và Truyền thông", *names]


def test_a_union_member_is_no_agency():
    s = "Công đoàn viên tích cực tham gia các hoạt động tìm hiểu về ASEAN."
    assert opening_agencies(s, 0, len(s)) == []


# -- a collective keeps its wording; the bodies it names are spelled out ------------------------------

@pytest.mark.parametrize("text, name", [
    ("các trường THPT trực thuộc Sở", "Các trường THPT trực thuộc Sở"),
    ("các trường PTDTBT THCS khu vực biên giới", "Các trường PTDTBT THCS khu vực biên giới"),
    ("các trung tâm GDNN-GDTX", "Các trung tâm GDNN-GDTX"),
    ("UBND các huyện, thị xã, thành phố", "Ủy ban nhân dân các huyện, thị xã, thành phố"),
    ("Phòng GD&ĐT các huyện, thị xã, thành phố", "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố"),
    ("Các cơ quan, đơn vị thuộc UBND huyện", "Các cơ quan, đơn vị thuộc Ủy ban nhân dân huyện"),
])
def test_a_collective_keeps_its_wording(text, name):
    [a] = split_list(text)
    assert a.collective and a.name == name


def test_a_single_school_is_still_spelled_out():
    assert [a.name for a in split_list("Trường THPT Nguyễn Du")] == ["Trường Trung học phổ thông Nguyễn Du"]


# -- "được …" inside a collective says which bodies are meant ----------------------------------------

@pytest.mark.parametrize("heading, name", [
    ("2. Các cơ quan, đơn vị được phân công tại mục II", "Các cơ quan, đơn vị được phân công tại mục II"),
    ("2. Các sở, ngành được giao chủ trì nhiệm vụ tại Phụ lục", "Các sở, ngành được giao chủ trì nhiệm vụ tại Phụ lục"),
    ("3. Các đơn vị được phân công:", "Các đơn vị được phân công"),
])
def test_a_passive_clause_inside_a_collective_is_no_verb_cut(heading, name):
    got = heading_agencies(heading, 3, len(heading))
    assert got and [a.name for a in got[0]] == [name]


def test_a_collective_with_a_passive_clause_opens_a_sentence_up_to_its_verb():
    s = "Các cơ quan, đơn vị được phân công chủ động xây dựng kế hoạch chi tiết."
    assert [a.name for a in opening_agencies(s, 0, len(s))] == ["Các cơ quan, đơn vị được phân công"]


def test_a_named_agency_before_duoc_is_whole():
    s = "Sở Y tế được giao chủ trì tổ chức hội nghị."
    assert [a.name for a in opening_agencies(s, 0, len(s))] == ["Sở Y tế"]


# -- a management board named by two things it manages -----------------------------------------------

@pytest.mark.parametrize("text, names", [
    ("Ban Quản lý bán đảo Sơn Trà và các bãi biển du lịch Đà Nẵng",
     ["Ban Quản lý bán đảo Sơn Trà và các bãi biển du lịch Đà Nẵng"]),
    ("Ban Quản lý Vịnh Hạ Long và quần đảo Cát Bà, Sở Du lịch",
     ["Ban Quản lý Vịnh Hạ Long và quần đảo Cát Bà", "Sở Du lịch"]),
    # a second body, a group of bodies or of people is not managed by the board
    ("Ban Quản lý chợ Cốc Lếu và các tiểu thương", ["Ban Quản lý chợ Cốc Lếu", "Các tiểu thương"]),
    ("Ban Quản lý Khu kinh tế và các Sở, ngành", ["Ban Quản lý Khu kinh tế", "Các Sở, ngành"]),
    ("Ban Quản lý dự án và Phòng Tài chính huyện", ["Ban Quản lý dự án", "Phòng Tài chính huyện"]),
])
def test_a_management_board_keeps_what_it_manages(text, names):
    assert [a.name for a in split_list(text)] == names


# -- a ward's plan: parts numbered 1. 2. 3., their items lettered ------------------------------------

def _ward(parts: str) -> planparse.Plan:
    return _doc("UBND THÀNH PHỐ LÀO CAI\nỦY BAN NHÂN DÂN\nPHƯỜNG KIM TÂN", "Kim Tân", parts)


_PURPOSE = "1. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao nhận thức của Nhân dân về ASEAN.\n"


@pytest.mark.parametrize("content_heading, items, ids", [
    ("2. NỘI DUNG VÀ NHIỆM VỤ",
     "a) Tuyên truyền trên loa truyền thanh\nBộ phận Văn hóa - Xã hội phường chủ trì thực hiện.\n"
     "b) Trang trí trực quan\nCông an phường phối hợp với Đoàn Thanh niên phường treo băng rôn.\n",
     ["2.a", "2.b"]),
    ("2. CÁC HOẠT ĐỘNG CỤ THỂ",
     "a. Hội thi tìm hiểu về ASEAN\nĐoàn Thanh niên phường chủ trì tổ chức hội thi.\n"
     "b. Giao lưu văn nghệ\nHội Liên hiệp Phụ nữ phường chủ trì tổ chức.\n"
     "c. Thông tin trên mạng xã hội\nBộ phận Văn hóa - Xã hội phường cập nhật tin bài.\n",
     ["2.a", "2.b", "2.c"]),
])
def test_the_lettered_items_of_arabic_parts_are_the_tasks(content_heading, items, ids):
    p = _ward(_PURPOSE + f"{content_heading}\n{items}3. KINH PHÍ THỰC HIỆN\nTừ ngân sách phường.\n"
              "4. TỔ CHỨC THỰC HIỆN\n- Bộ phận Văn hóa - Xã hội phường: theo dõi, đôn đốc.\n")
    assert [t.id for t in p.tasks] == ids
    assert all(t.lead for t in p.tasks)


def test_lettered_items_under_a_roman_part_or_a_numbered_task_are_not_tasks():
    p = _province("1. Tuyên truyền trên báo chí\na) Sở Thông tin và Truyền thông chủ trì.\n"
                  "b) Các cơ quan báo chí mở chuyên mục.\n")
    assert [t.id for t in p.tasks] == ["II.1"]
    p = _ward(_PURPOSE + "2. NỘI DUNG\n2.1. Tuyên truyền trên loa truyền thanh\na) Phát tin bài về ASEAN.\n"
              "b) Phát các phóng sự.\n2.2. Hội thi tìm hiểu về ASEAN\nĐoàn Thanh niên phường chủ trì.\n"
              "3. TỔ CHỨC THỰC HIỆN\n- Công an phường: bảo đảm an ninh.\n")
    assert [t.id for t in p.tasks] == ["2.1", "2.2"]


@pytest.mark.parametrize("reporting", ["4. CHẾ ĐỘ BÁO CÁO", "4. CHẾ ĐỘ THÔNG TIN, BÁO CÁO"])
def test_a_reporting_part_assigns_nobody(reporting):
    p = _ward(_PURPOSE + "2. NỘI DUNG\na) Tuyên truyền\nCông an phường chủ trì thực hiện.\n"
              f"{reporting}\n- Công an phường báo cáo kết quả về UBND phường trước ngày 15/11/2022.\n"
              "5. TỔ CHỨC THỰC HIỆN\n- Đoàn Thanh niên phường: phối hợp thực hiện.\n")
    assert [(a.agency.name, a.section) for a in p.assignments] == [("Đoàn Thanh niên phường", "5")]


def test_a_part_on_reporting_and_organisation_assigns():
    p = _doc("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI", "Yên Bái",
             "I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao nhận thức.\n\nII. NHIỆM VỤ CỤ THỂ\n\n1. Tuyên truyền\nSở Ngoại vụ chủ trì.\n\n"
             "III. CHẾ ĐỘ BÁO CÁO VÀ TỔ CHỨC THỰC HIỆN\n\n1. Sở Ngoại vụ: theo dõi, đôn đốc thực hiện Kế hoạch.\n")
    assert p.sections[-2].kind.value == "reporting"  # (the earliest phrase names the kind)
    assert [a.agency.name for a in p.assignments] == ["Sở Ngoại vụ"]


@pytest.mark.parametrize("bullet, name", [
    ("- Các tổ dân phố: phổ biến nội dung tuyên truyền đến từng hộ gia đình.", "Các tổ dân phố"),
    ("- Các thôn, tổ dân phố: treo cờ tại nhà văn hóa.", "Các thôn, tổ dân phố"),
    ("+ Các khu phố: vận động Nhân dân tham gia.", "Các khu phố"),
])
def test_a_bullet_opening_with_residential_units_assigns_them(bullet, name):
    p = _ward(_PURPOSE + "2. NỘI DUNG\na) Tuyên truyền\nCông an phường chủ trì thực hiện.\n"
              f"3. TỔ CHỨC THỰC HIỆN\n- Công an phường: bảo đảm an ninh.\n{bullet}\n")
    assert [a.agency.name for a in p.assignments] == ["Công an phường", name]


# -- a due date as a piece of a role note or field line ----------------------------------------------

@pytest.mark.parametrize("line, due", [
    ("Treo băng rôn tại trụ sở (Chủ trì: Công an phường; phối hợp: Đoàn Thanh niên phường; "
     "hoàn thành trước ngày 05/8/2022).", "2022-08-05"),
    ("Phát tin bài về ASEAN (Chủ trì: Công an phường; xong trước ngày 20/9/2022).", "2022-09-20"),
    ("Tổ chức hội thi (Đơn vị chủ trì: Đoàn Thanh niên phường; chậm nhất ngày 30/10/2022).", "2022-10-30"),
])
def test_a_due_date_in_a_role_note_is_a_deadline(line, due):
    p = _ward(_PURPOSE + f"2. NỘI DUNG\na) Tuyên truyền\n{line}\n"
              "3. TỔ CHỨC THỰC HIỆN\n- Công an phường: bảo đảm an ninh.\n")
    assert [d.due for d in p.deadlines] == [due]
    [t] = p.tasks
    assert len(t.lead) == 1 and all("ngày" not in a.name for a in (*t.lead, *t.support))


def test_a_due_date_after_a_field_on_a_field_line_is_a_deadline():
    p = _province("1. Tuyên truyền trên báo chí\n- Đơn vị chủ trì: Sở Ngoại vụ; hoàn thành trước ngày 15/6/2022.\n")
    assert [d.due for d in p.deadlines] == ["2022-06-15"]
    assert [a.name for a in p.tasks[0].lead] == ["Sở Ngoại vụ"]
