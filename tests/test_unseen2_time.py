"""Time expressions that the unseen plans of set 2 showed misread (spec § deadlines, § tasks
``timeframe``), each in more wordings and layouts than the plan it came from:

- a frequency and its date in brackets is one due item, and a ``--MM-DD`` date recurs yearly
  (Bến Tre: ``Định kỳ 6 tháng (trước ngày 05/6) và hằng năm (trước ngày 05/12)``);
- a line break between the cue and a date without its year (An Giang, Lạng Sơn: ``… trước ngày``
  / ``20/11 hằng năm.``);
- a window from one quarter or month to another (Hà Giang: ``Quý IV/2019 - Quý IV/2020``) is one
  window, not its two ends;
- ``Hằng năm`` in a table's time column is a yearly recurring deadline of the row's task
  (Quảng Bình 1462), as in a ``Thời gian:`` field;
- a deadline that closed years before the plan was issued (Lạng Sơn scan: ``31/12/2019`` read as
  ``31/12/2013``) is not the plan's.
"""
from __future__ import annotations

import pytest

import planparse
from planparse.extract.temporal import parse_temporal


def _key(t):
    return (t.kind, t.due, t.start, t.end, t.recurrence)


# --- a frequency with its bracketed date: one item, recurring yearly ---------------------------

@pytest.mark.parametrize("text,year,want", [
    ("Định kỳ 6 tháng (trước ngày 05/6) và hằng năm (trước ngày 05/12) gửi báo cáo kết quả về Văn phòng Sở.",
     None, [("due", "--06-05", None, None, "yearly"), ("due", "--12-05", None, None, "yearly")]),
    # the plan's single year does not pin a date that comes back every six months
    ("Định kỳ 6 tháng (trước ngày 05/6) và hằng năm (trước ngày 05/12) gửi báo cáo kết quả về Văn phòng Sở.",
     2021, [("due", "--06-05", None, None, "yearly"), ("due", "--12-05", None, None, "yearly")]),
    ("Các đơn vị định kỳ sáu tháng (chậm nhất ngày 10/6) báo cáo Sở Nội vụ.",
     None, [("due", "--06-10", None, None, "yearly")]),
    ("định kỳ 6 tháng một lần (trước ngày 15/6), báo cáo UBND tỉnh", None, [("due", "--06-15", None, None, "yearly")]),
    ("Định kỳ hằng năm (trước ngày 15/11) gửi báo cáo.", None, [("due", "--11-15", None, None, "yearly")]),
    # a frequency without a date stays a recurring item
    ("Định kỳ 6 tháng gửi báo cáo kết quả về Văn phòng Sở.", None, [("recurring", None, None, None, "semiannual")]),
])
def test_frequency_and_its_bracketed_date_are_one_due_item(text, year, want):
    assert [_key(t) for t in parse_temporal(text, year=year)] == want


@pytest.mark.parametrize("text", ["báo cáo kết quả trước ngày 25/12", "gửi báo cáo chậm nhất ngày 10/11.",
                                  "báo cáo UBND tỉnh trước ngày 20/5 và ngày 20/11"])
def test_a_day_without_a_year_in_a_plan_of_several_years_recurs_yearly(text):
    got = parse_temporal(text, year=None)
    assert got and all(t.due.startswith("--") and t.recurrence == "yearly" for t in got)
    # a plan of one year gives the day its year, and it does not recur
    assert all(t.due.startswith("2020-") and t.recurrence is None for t in parse_temporal(text, year=2020))


# --- a due date whose date went to the next line ----------------------------------------------

MULTI_YEAR = """ỦY BAN NHÂN DÂN HUYỆN CHỢ MỚI
Số: 85/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Chợ Mới, ngày 10 tháng 3 năm 2022
KẾ HOẠCH
Thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, nhân dân về Cộng đồng ASEAN.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin huyện
{report}
2. Phòng Tài chính - Kế hoạch huyện
Tham mưu bố trí kinh phí thực hiện Kế hoạch.
"""


@pytest.mark.parametrize("report,due", [
    ("- Tổng hợp kết quả thực hiện, báo cáo UBND huyện trước ngày\n20/11 hằng năm.", "--11-20"),
    ("Căn cứ nhiệm vụ được giao, báo cáo kết quả về Văn phòng Sở trước ngày\n15/11 hằng năm.", "--11-15"),
    ("- Báo cáo kết quả thực hiện về UBND huyện chậm nhất là\nngày 10/12 hằng năm.", "--12-10"),
    ("Gửi báo cáo kết quả về UBND huyện trước\nngày 05/12 hằng năm để tổng hợp.", "--12-05"),
])
def test_a_yearly_due_date_wrapped_to_the_next_line(report, due):
    p = planparse.parse(MULTI_YEAR.format(report=report))
    assert [(d.kind.value, d.due, d.recurrence, d.section) for d in p.deadlines] == [("due", due, "yearly", "II.1")]


def test_a_line_that_opens_with_a_fraction_after_a_cue_is_not_a_date():
    """Only a day and month (d/m) join the line above: a count such as ``1/2`` does not open one."""
    p = planparse.parse(MULTI_YEAR.format(report="- Phấn đấu hoàn thành\n1/2 số nhiệm vụ được giao."))
    assert [d.due for d in p.deadlines if d.kind.value == "due"] == []


# --- a window from one quarter or month to another --------------------------------------------

@pytest.mark.parametrize("text,start,end", [
    ("Quý IV/2019 - Quý IV/2020", "2019-10-01", "2020-12-31"),
    ("quý II/2020 – quý I/2021", "2020-04-01", "2021-03-31"),
    ("Từ quý III năm 2019 đến hết quý II năm 2020", "2019-07-01", "2020-06-30"),
    ("tháng 3/2020 - tháng 6/2020", "2020-03-01", "2020-06-30"),
    ("từ tháng 10/2019 đến quý II/2020", "2019-10-01", "2020-06-30"),
    ("từ quý II đến quý IV/2020", "2020-04-01", "2020-12-31"),
    ("năm 2019 - năm 2020", "2019-01-01", "2020-12-31"),
])
def test_a_range_between_two_time_points_is_one_window(text, start, end):
    assert [_key(t) for t in parse_temporal(text, time_context=True)] == [("period", None, start, end, None)]


def test_a_range_that_runs_backwards_is_not_one_window():
    got = parse_temporal("Quý I/2020 - Quý III/2019", time_context=True)
    assert [(t.start, t.end) for t in got] == [("2020-01-01", "2020-03-31"), ("2019-07-01", "2019-09-30")]


ONE_TASK = """KẾ HOẠCH
Tuyên truyền về Cộng đồng ASEAN giai đoạn 2019 - 2020
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, công chức về Cộng đồng ASEAN.
II. NHIỆM VỤ CỤ THỂ
1. Tổ chức hội nghị tập huấn về Cộng đồng ASEAN
{body}
III. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai thực hiện.
"""


@pytest.mark.parametrize("body,start,end", [
    ("- Cơ quan chủ trì: Sở Ngoại vụ.\n- Thời gian thực hiện: Quý IV/2019 - Quý IV/2020.", "2019-10-01", "2020-12-31"),
    ("Thời gian: tháng 3/2020 - tháng 6/2020.\nChủ trì: Sở Ngoại vụ.", "2020-03-01", "2020-06-30"),
    ("Sở Ngoại vụ chủ trì, thực hiện từ quý II đến quý IV/2020.", "2020-04-01", "2020-12-31"),
])
def test_a_task_timed_over_a_range_has_one_window(body, start, end):
    p = planparse.parse(ONE_TASK.format(body=body))
    (t,) = p.tasks
    assert (t.timeframe.start, t.timeframe.end) == (start, end)
    assert [(d.kind.value, d.start, d.end, d.task) for d in p.deadlines] == [("period", start, end, t.id)]


@pytest.mark.parametrize("text,want", [
    ("năm 2019 và năm 2020", [("2019-01-01", "2020-12-31")]),
    ("Năm 2021, 2022", [("2021-01-01", "2022-12-31")]),
    # two years apart are two windows
    ("năm 2019 và năm 2021", [("2019-01-01", "2019-12-31"), ("2021-01-01", "2021-12-31")]),
])
def test_two_years_in_a_row_in_a_time_field_are_one_window(text, want):
    assert [(t.start, t.end) for t in parse_temporal(text, time_context=True)] == want


TIME_HEADING = """KẾ HOẠCH
Tuyên truyền về Cộng đồng ASEAN giai đoạn 2019 - 2020
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, công chức về Cộng đồng ASEAN.
II. NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN
1. Tuyên truyền trên hệ thống truyền thanh huyện
Mở chuyên mục về ASEAN trên sóng truyền thanh huyện.
{heading}
III. TỔ CHỨC THỰC HIỆN
Các cơ quan, đơn vị triển khai thực hiện.
"""


@pytest.mark.parametrize("heading,start,end", [
    ("2. Thời gian thực hiện: năm 2019 và năm 2020.", "2019-01-01", "2020-12-31"),
    ("2. Thời gian thực hiện: Quý IV/2019 - Quý IV/2020", "2019-10-01", "2020-12-31"),
    ("2. Tiến độ thực hiện: trong tháng 11/2019.", "2019-11-01", "2019-11-30"),
    # the value on the next line, as before
    ("2. Thời gian thực hiện\nNăm 2019 - 2020.", "2019-01-01", "2020-12-31"),
])
def test_a_time_heading_that_holds_its_value(heading, start, end):
    p = planparse.parse(TIME_HEADING.format(heading=heading))
    assert [(d.kind.value, d.start, d.end, d.section) for d in p.deadlines] == [("period", start, end, "II.2")]
    # what the time bears on: the heading's own words, not the whole heading with its value
    assert p.deadlines[0].subject == heading[3:].split(":")[0].split("\n")[0]


# --- "Hằng năm" in a time column or a time field -----------------------------------------------

HEADER = "STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện"
ROWS = ["1 | Xây dựng, duy trì Góc ASEAN | Thư viện tỉnh | Phòng Quản lý Văn hóa | Năm 2022",
        "2 | Trưng bày sách, báo, tư liệu về Cộng đồng ASEAN | Thư viện tỉnh | Các thư viện huyện | {cell}",
        "3 | Tổ chức triển lãm ảnh | Trung tâm Văn hóa tỉnh | Bảo tàng tỉnh | Quý III/2022"]
BODY_TABLE = """KẾ HOẠCH
Tuyên truyền về Cộng đồng ASEAN giai đoạn 2021 - 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, công chức về Cộng đồng ASEAN.
II. NHIỆM VỤ CỤ THỂ
Các nhiệm vụ cụ thể được phân công như sau:

{table}

III. TỔ CHỨC THỰC HIỆN
Các phòng, đơn vị triển khai thực hiện.
"""
ANNEX_TABLE = """KẾ HOẠCH
Tuyên truyền về Cộng đồng ASEAN giai đoạn 2021 - 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, công chức về Cộng đồng ASEAN.
II. TỔ CHỨC THỰC HIỆN
Các phòng, đơn vị triển khai thực hiện các nhiệm vụ tại Phụ lục kèm theo.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Nguyễn Văn A

PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 1462/KH-SVHTTDL ngày 05/8/2021)

{table}
"""


def _table(cell: str, markdown: bool) -> str:
    lines = [HEADER] + [r.format(cell=cell) for r in ROWS]
    if markdown:
        lines = ["| " + x + " |" for x in lines]
        lines.insert(1, "|---|---|---|---|---|")
    return "\n".join(lines)


@pytest.mark.parametrize("markdown", [False, True], ids=["plain", "markdown"])
@pytest.mark.parametrize("where", ["body", "annex"])
@pytest.mark.parametrize("cell", ["Hằng năm", "Hàng năm", "hằng năm."])
def test_yearly_in_a_time_column_is_a_yearly_deadline_of_its_row(where, markdown, cell):
    p = planparse.parse((BODY_TABLE if where == "body" else ANNEX_TABLE).format(table=_table(cell, markdown)))
    row2 = p.tasks[1]
    assert row2.timeframe is None  # spec: "Hằng năm" is not a window
    got = [(d.kind.value, d.recurrence) for d in p.deadlines if d.task == row2.id]
    assert got == [("recurring", "yearly")]
    # the dated rows keep their windows, and only the one row recurs
    assert sorted(d.kind.value for d in p.deadlines) == ["period", "period", "recurring"]


@pytest.mark.parametrize("field", ["- Thời gian: Hằng năm.", "Thời gian thực hiện: hằng năm", "- Thời gian: Hàng năm"])
def test_yearly_in_a_time_field_is_a_yearly_deadline(field):
    p = planparse.parse(ONE_TASK.format(body="- Cơ quan chủ trì: Sở Ngoại vụ.\n" + field))
    (t,) = p.tasks
    assert t.timeframe is None
    assert [(d.kind.value, d.recurrence, d.task) for d in p.deadlines] == [("recurring", "yearly", t.id)]


# --- a deadline years before the plan's own issue date -----------------------------------------

ISSUED = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 215/KH-SVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạng Sơn, ngày 12 tháng 9 năm 2019
KẾ HOẠCH
Tuyên truyền về Cộng đồng ASEAN năm 2019
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, công chức về Cộng đồng ASEAN.
II. NHIỆM VỤ CỤ THỂ
1. Xây dựng Góc ASEAN tại Thư viện tỉnh
Chủ trì: Thư viện tỉnh. Phối hợp: Phòng Quản lý Văn hóa.
{time}
III. TỔ CHỨC THỰC HIỆN
Các phòng, đơn vị triển khai thực hiện.
"""


@pytest.mark.parametrize("time,want", [
    ("Thời gian: hoàn thành trước ngày 31/12/2013.", []),  # a scan's 2019 read as 2013
    ("Thời gian: Quý IV/2013.", []),
    ("Thời gian: hoàn thành trước ngày 31/12/2019.", [("due", "2019-12-31")]),
    ("Thời gian: Quý IV/2019.", [("period", "2019-12-31")]),
    # the year before the issue may still be spoken of (a plan issued early in a year)
    ("Thời gian: hoàn thành trước ngày 31/12/2018.", [("due", "2018-12-31")]),
])
def test_a_deadline_closed_years_before_the_issue_is_not_the_plans(time, want):
    p = planparse.parse(ISSUED.format(time=time))
    assert p.meta.issued == "2019-09-12"
    assert [(d.kind.value, d.due or d.end) for d in p.deadlines] == want


def test_without_an_issue_date_no_deadline_is_dropped():
    text = ISSUED.format(time="Thời gian: hoàn thành trước ngày 31/12/2013.").replace("Lạng Sơn, ngày 12 tháng 9 năm 2019\n", "")
    p = planparse.parse(text)
    assert p.meta.issued is None
    assert [d.due for d in p.deadlines] == ["2013-12-31"]
