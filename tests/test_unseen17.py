"""Unseen set 17 (tests/cases/unseen17/): the mailbag again, other senders — a Sở LĐ-TB&XH, Công an tỉnh, a
provincial Liên đoàn Lao động, a city's quận, a broadcaster, a Ban Quản lý Khu kinh tế, a district, a medical
college, a province's foreign-information plan.

Each mechanism as a table of the forms its authors wrote, and the neighbours it must not catch."""
from __future__ import annotations

import pytest

import planparse
from planparse.extract.agencies import opening_agencies, split_list
from planparse.extract.temporal import parse_temporal
from planparse.layout.header import compose_issuer, proper_case

# -- the issuer ----------------------------------------------------------------------------------


@pytest.mark.parametrize("bodies, want", [
    (["TỔNG LĐLĐ VIỆT NAM", "LĐLĐ TỈNH NAM ĐỊNH"], "Liên đoàn Lao động tỉnh Nam Định"),  # a level word written short
    (["SỞ Y TẾ PHÚ THỌ", "TRƯỜNG CAO ĐẲNG Y TẾ PHÚ THỌ"], "Trường Cao đẳng Y tế Phú Thọ"),  # named by its province
    (["UBND TỈNH THÁI NGUYÊN", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH"], "Đài Phát thanh và Truyền hình tỉnh Thái Nguyên"),
    # a joint plan: the Youth Union's committee beside the Sở is its co-issuer, not its parent
    (["ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ", "BAN CHẤP HÀNH ĐOÀN TỈNH PHÚ THỌ", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"],
     "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ"),
    (["TỈNH ỦY LÀO CAI", "BAN TUYÊN GIÁO"], "Ban Tuyên giáo Tỉnh ủy Lào Cai"),  # a Party body's own unit, as before
])
def test_the_issuer(bodies, want):
    assert compose_issuer(bodies) == want


@pytest.mark.parametrize("caps, want", [("BÁO NAM ĐỊNH", "Báo Nam Định"), ("SỞ Y TẾ", "Sở Y tế"),
                                        ("CÔNG AN TỈNH THANH HÓA", "Công an tỉnh Thanh Hóa")])
def test_a_name_ending_on_its_province(caps, want):
    assert proper_case(caps) == want


# -- names and lists -------------------------------------------------------------------------------

@pytest.mark.parametrize("clause, want", [
    ("Ban Tuyên giáo LĐLĐ tỉnh biên soạn đề cương", ["Ban Tuyên giáo Liên đoàn Lao động tỉnh"]),
    ("Các cấp công đoàn trong tỉnh lồng ghép tuyên truyền về ASEAN", ["Các cấp công đoàn trong tỉnh"]),
    ("Phòng Công tác đảng phối hợp với Đoàn Thanh niên Công an tỉnh tổ chức", ["Phòng Công tác đảng"]),
    ("Đoàn Thanh niên trường chủ trì tổ chức cuộc thi", ["Đoàn Thanh niên trường"]),
])
def test_an_actor(clause, want):
    assert [a.name for a in opening_agencies(clause, 0, len(clause))] == want


@pytest.mark.parametrize("cell, want", [
    ("Đoàn Thanh niên Công an tỉnh", ["Đoàn Thanh niên Công an tỉnh"]),
    ("Chi cục Hải quan cửa khẩu Lao Bảo; Chi cục Hải quan cửa khẩu La Lay",
     ["Chi cục Hải quan cửa khẩu Lao Bảo", "Chi cục Hải quan cửa khẩu La Lay"]),
    ("Trung tâm Dịch vụ việc làm tỉnh, Sở Nội vụ", ["Trung tâm Dịch vụ việc làm tỉnh", "Sở Nội vụ"]),
    ("Liên đoàn Lao động các huyện, thành phố; công đoàn ngành và tương đương",
     ["Liên đoàn Lao động các huyện, thành phố", "Công đoàn ngành và tương đương"]),
    ("Thủ trưởng các phòng nghiệp vụ, Trưởng Công an các huyện, thị xã, thành phố",
     ["Thủ trưởng các phòng nghiệp vụ", "Trưởng Công an các huyện, thị xã, thành phố"]),
    ("Giám đốc các Sở và Thủ trưởng các ban, ngành", ["Giám đốc các Sở và Thủ trưởng các ban, ngành"]),
])
def test_a_list(cell, want):
    assert [a.name for a in split_list(cell)] == want


# -- a broadcaster's schedule: its programmes are tasks, its frequency column says how often ---------

_SCHEDULE = ("KẾ HOẠCH\nTuyên truyền về ASEAN năm 2023\nI. MỤC ĐÍCH\nNâng cao nhận thức.\nII. NHIỆM VỤ\n"
             "1. Phòng Chuyên đề sản xuất các chương trình theo Phụ lục.\nPHỤ LỤC\n"
             "STT | Tên chương trình, chuyên mục | Tần suất, số kỳ | Phòng chủ trì | Đơn vị phối hợp | Thời gian thực hiện\n"
             "1 | Chuyên mục “Thái Nguyên hội nhập” | 01 kỳ/tháng | Phòng Chuyên đề | Phòng Kỹ thuật | Tháng 3 - 12/2023\n"
             "2 | Bản tin “ASEAN hôm nay” | Phát hằng ngày | Phòng Phát thanh | Phòng Nội dung số | Từ 01/8 đến 10/8/2023\n"
             "3 | Tọa đàm “Cộng đồng ASEAN” | 01 tọa đàm/năm | Phòng Chuyên đề | Sở Ngoại vụ | Hằng năm\n")


def test_a_schedule_of_programmes():
    plan = planparse.parse(_SCHEDULE)
    rows = {t.id: ([a.name for a in t.lead], t.timeframe and t.timeframe.text) for t in plan.tasks if t.id.startswith("PL.")}
    assert rows == {"PL.1": (["Phòng Chuyên đề"], "Tháng 3 - 12/2023"), "PL.2": (["Phòng Phát thanh"], "Từ 01/8 đến 10/8/2023"),
                    "PL.3": (["Phòng Chuyên đề"], None)}
    rec = sorted((d.task, d.recurrence) for d in plan.deadlines if d.kind.value == "recurring")
    assert rec == [("PL.1", "monthly"), ("PL.2", "daily"), ("PL.3", "yearly")]  # "01 tọa đàm/năm" is the time cell's "Hằng năm"


@pytest.mark.parametrize("text, context, want", [
    ("thực hiện 02 phóng sự/năm", False, [("recurring", "yearly")]),
    ("Phát hằng ngày", True, [("recurring", "daily")]),
    ("cập nhật tin hằng ngày", False, []),  # a habit in running text, not a duty's rate
    ("công suất khai thác 600 m/năm", False, []),  # a capacity, not a rate of work
    ("khoảng 420 triệu đồng/năm", False, []),
])
def test_rates(text, context, want):
    assert [(t.kind, t.recurrence) for t in parse_temporal(text, year=2023, time_context=context)] == want


# -- money, and the closing request ---------------------------------------------------------------

@pytest.mark.parametrize("clause, want", [
    ("Kinh phí được bảo đảm từ nguồn kinh phí đặt hàng sản xuất chương trình của Ủy ban nhân dân tỉnh.", ["state_budget"]),
    ("Kinh phí được bảo đảm từ nguồn thu sự nghiệp của Đài.", ["unit_budget"]),
    ("Kinh phí thực hiện từ nguồn tài chính công đoàn được phân bổ hằng năm.", ["unit_budget"]),
    ("Kinh phí thực hiện từ nguồn kinh phí công tác đảng, công tác chính trị được Bộ Công an cấp.", ["unit_budget"]),
    ("Lồng ghép trong kinh phí xúc tiến đầu tư do UBND tỉnh giao.", ["state_budget", "unit_budget"]),
])
def test_money(clause, want):
    text = ("KẾ HOẠCH\nTuyên truyền về ASEAN năm 2023\nI. MỤC ĐÍCH\nNâng cao nhận thức.\nII. NHIỆM VỤ\n"
            "1. Tuyên truyền trên báo chí.\nIII. KINH PHÍ\n" + clause + "\n")
    assert sorted(planparse.parse(text).budget.sources) == want


def test_a_closing_request_assigns_no_one():
    text = ("KẾ HOẠCH\nTuyên truyền về ASEAN năm 2019\nI. MỤC ĐÍCH\nNâng cao nhận thức.\nII. NHIỆM VỤ\n"
            "1. Phòng Hậu cần bảo đảm kinh phí.\nIII. TỔ CHỨC THỰC HIỆN\n1. Phòng Công tác đảng và công tác chính trị "
            "theo dõi, đôn đốc.\n2. Phòng Hậu cần bảo đảm kinh phí.\nYêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai "
            "thực hiện; quá trình thực hiện có vướng mắc, báo cáo Giám đốc Công an tỉnh để chỉ đạo./.\n")
    assert [a.agency.name for a in planparse.parse(text).assignments] == ["Phòng Công tác đảng và công tác chính trị",
                                                                           "Phòng Hậu cần"]
