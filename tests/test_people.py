"""People as performers: honorifics, names in table cells, positions, people headings."""
import pytest

import planparse
from planparse.extract.agencies import split_list
from planparse.extract.people import people_list, person_heading


@pytest.mark.parametrize("text,names,roles", [
    ("Ông. Hoàng Văn Thuân - Trưởng đoàn", ["Hoàng Văn Thuân"], ["Trưởng đoàn"]),
    ("Bà Nguyễn Thị A", ["Nguyễn Thị A"], [None]),
    ("Đ/c Trần Văn Bình, Phó Giám đốc Sở", ["Trần Văn Bình"], ["Phó Giám đốc Sở"]),
    ("Đồng chí Lê Văn Cường (Tổ trưởng)", ["Lê Văn Cường"], ["Tổ trưởng"]),
    ("Đỗ Mạnh Cường Vũ Việt Linh Nguyễn Thị Thúy Nhung", ["Đỗ Mạnh Cường", "Vũ Việt Linh", "Nguyễn Thị Thúy Nhung"],
     [None, None, None]),
    ("Vũ Việt Linh\nNguyễn Thị Loan", ["Vũ Việt Linh", "Nguyễn Thị Loan"], [None, None]),
    ("Nguyễn Hoàng Anh Trần Văn Bình", ["Nguyễn Hoàng Anh", "Trần Văn Bình"], [None, None]),  # Hoàng inside a name
    ("Nguyễn Thị Mai Anh", ["Nguyễn Thị Mai Anh"], [None]),
    ("Trưởng phòng QLCN", ["Trưởng phòng QLCN"], ["Trưởng phòng QLCN"]),
])
def test_people(text, names, roles):
    got = people_list(text)
    assert got and [p.name for p in got] == names and [p.role for p in got] == roles
    assert all(p.person and not p.collective for p in got)
    for p in got:
        assert text[p.span[0]:p.span[1]] == p.text


@pytest.mark.parametrize("text", ["Phòng Quản lý Công nghiệp", "Sở Tài chính", "Đoàn Thanh niên",
                                  "Giám đốc các Sở", "các cơ quan, đơn vị liên quan", "Nguyễn", "Thường xuyên", "Bà Rịa - Vũng Tàu",
                                  "Hà Nội", "Lâm Đồng"])
def test_not_people(text):
    assert people_list(text) is None


def test_split_list_returns_people_for_a_performer_cell():
    got = split_list("Đỗ Mạnh Cường, Vũ Việt Linh", base=10)
    assert [(a.name, a.person, a.span) for a in got] == [("Đỗ Mạnh Cường", True, (10, 23)), ("Vũ Việt Linh", True, (25, 37))]


def test_person_heading_gives_the_duties_start():
    text = "Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; chỉ đạo toàn diện."
    p, k = person_heading(text, 0, len(text))
    assert (p.name, p.role) == ("Hoàng Văn Thuân", "Trưởng đoàn") and text[k:].strip().startswith("Phụ trách")
    assert person_heading("Sở Tài chính: thẩm định kinh phí.", 0, 30) is None


PLAN_WITH_TEAM = """SỞ CÔNG THƯƠNG
ĐOÀN KIỂM TRA
KẾ HOẠCH
Kiểm tra việc chấp hành quy định pháp luật
1. Mục tiêu
Đánh giá tình hình chấp hành.
2. Yêu cầu
Kiểm tra đúng quy định.
3. Phân công nhiệm vụ
3.1. Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung; chỉ đạo toàn diện hoạt động của Đoàn.
3.2. Bà. Nguyễn Thị Loan - Phó Trưởng đoàn: Chủ trì kiểm tra hồ sơ, tài liệu.
3.3. Đ/c Vũ Việt Linh - Thư ký đoàn: Lập biên bản kiểm tra.
"""


def test_people_headings_are_assignments():
    p = planparse.parse(PLAN_WITH_TEAM)
    got = [(a.agency.name, a.agency.person, a.agency.role) for a in p.assignments]
    assert got == [("Hoàng Văn Thuân", True, "Trưởng đoàn"), ("Nguyễn Thị Loan", True, "Phó Trưởng đoàn"),
                   ("Vũ Việt Linh", True, "Thư ký đoàn")]
    assert p.assignments[0].duties and p.assignments[0].duties[0].startswith("Phụ trách chung")


def test_positions_and_common_words_do_not_open_a_task_as_its_actor():
    p = planparse.parse("I. MỤC ĐÍCH\nNâng cao.\nII. NỘI DUNG\n1. Tập huấn\nCán bộ, công chức tham gia đầy đủ các lớp.\n"
                        "2. Tuyên truyền\nThành viên Ban Chỉ đạo tổ chức tuyên truyền.\n"
                        "3. Hội thi\nÔng Nguyễn Văn An - Phó Chủ tịch UBND huyện chỉ đạo tổ chức.\n")
    leads = {t.id: [(a.name, a.person) for a in t.lead] for t in p.tasks}
    assert leads == {"II.1": [], "II.2": [], "II.3": [("Nguyễn Văn An", True)]}
