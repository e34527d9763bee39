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


