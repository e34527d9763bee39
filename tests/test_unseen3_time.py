"""Time and money that the unseen plan of set 3 (Hưng Yên 185/KH-UBND, 2022) showed misread
(spec § deadlines, § tasks ``timeframe``, § annex tables, § budget), each in more wordings and
layouts than the plan it came from:

- deadlines are per obligation: an annex row of its own in ``Quý III/2022`` keeps its deadline
  when a body task has the same window (only the same task's window is the same deadline);
- a bare date in a completion-time column (``Thời gian hoàn thành``, ``Thời hạn``) is a due date,
  not a one-day window; a plain ``Thời gian`` column keeps a date as the day of the event;
- ``xây dựng kế hoạch … hằng năm``: a trailing ``hằng năm`` on an obligation's verb and object is a
  yearly recurring duty (``dự toán hằng năm``, a noun's, stays none); an opening ``Hằng năm,`` whose
  sentence carries its own due date is that one due item;
- money in a task table's budget column (``Kinh phí``: ``120 triệu đồng``) is an amount, as a
  sentence's is, in an annex, in a body table and in a DOCX table.
"""
from __future__ import annotations

import pytest

import planparse
from planparse.extract.temporal import parse_temporal

PLAN = """ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN
Số: 185/KH-UBND
Hưng Yên, ngày 09 tháng 3 năm 2022
KẾ HOẠCH
Thông tin, tuyên truyền về ASEAN giai đoạn 2022-2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, công chức về Cộng đồng ASEAN.
II. NHIỆM VỤ CỤ THỂ
1. Tuyên truyền cổ động trực quan nhân Ngày thành lập ASEAN
Treo cờ ASEAN, pa nô, áp phích tại trụ sở cơ quan.
- Chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Thời gian thực hiện: {body_time}.
{budget}III. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai thực hiện.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Hùng Nam

PHỤ LỤC
DANH MỤC HOẠT ĐỘNG TUYÊN TRUYỀN TRỌNG TÂM NĂM 2022
(Kèm theo Kế hoạch số 185/KH-UBND ngày 09/3/2022 của UBND tỉnh Hưng Yên)

{table}
"""


def _table(header: list[str], rows: list[list[str]], layout: str) -> str:
    lines = [header] + rows
    if layout == "pipes":
        return "\n".join(" | ".join(r) for r in lines)
    if layout == "markdown":
        out = ["| " + " | ".join(r) + " |" for r in lines]
        out.insert(1, "|" + "---|" * len(header))
        return "\n".join(out)
    return "\n".join("\t".join(r) for r in lines)


LAYOUTS = ["pipes", "markdown", "tabs"]


def _plan(table: str, body_time: str = "Quý III/2022", budget: str = "") -> planparse.Plan:
    return planparse.parse(PLAN.format(table=table, body_time=body_time, budget=budget))


def _keys(p, task):
    return [(d.kind.value, d.due, d.start, d.end, d.recurrence) for d in p.deadlines if d.task == task]


# --- deadlines are per obligation ----------------------------------------------------------------

@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("window,start,end", [
    ("Quý III/2022", "2022-07-01", "2022-09-30"),
    ("Tháng 8/2022", "2022-08-01", "2022-08-31"),
    ("Năm 2022", "2022-01-01", "2022-12-31"),
])
def test_the_same_window_on_another_task_is_its_own_deadline(layout, window, start, end):
    table = _table(["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
                   [["1", "Sản xuất chuyên mục về ASEAN trên sóng truyền hình tỉnh", "Đài Phát thanh và Truyền hình tỉnh",
                     "Sở Thông tin và Truyền thông", "Tháng 12/2022"],
                    ["2", "Biên soạn, in ấn và phát hành tờ gấp giới thiệu về Cộng đồng ASEAN",
                     "Sở Thông tin và Truyền thông", "Sở Ngoại vụ", window]], layout)
    p = _plan(table, body_time=window)
    assert _keys(p, "II.1") == [("period", None, start, end, None)]
    # the annex row of its own keeps the same window as its own deadline
    assert _keys(p, "PL.2") == [("period", None, start, end, None)]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_same_tasks_window_from_body_and_annex_is_one_deadline(layout):
    # the annex row is body task 1 itself (its number and its activity): one obligation, one deadline
    table = _table(["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
                   [["1", "Tuyên truyền cổ động trực quan nhân Ngày thành lập ASEAN",
                     "Sở Văn hóa, Thể thao và Du lịch", "Quý III/2022"]], layout)
    p = _plan(table)
    assert [(d.kind.value, d.start, d.end) for d in p.deadlines] == [("period", "2022-07-01", "2022-09-30")]


# --- a date in a completion-time column is a due date --------------------------------------------

@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("header", ["Thời gian hoàn thành", "Thời hạn hoàn thành", "Thời hạn", "Hạn hoàn thành"])
@pytest.mark.parametrize("cell", ["30/9/2022", "ngày 30/9/2022", "30/09/2022"])
def test_a_date_in_a_completion_column_is_a_due_date(layout, header, cell):
    table = _table(["STT", "Nội dung", "Đơn vị chủ trì", header],
                   [["1", "Sản xuất chuyên mục về ASEAN trên sóng truyền hình tỉnh",
                     "Đài Phát thanh và Truyền hình tỉnh", "Tháng 12/2022"],
                    ["2", "Xây dựng video clip giới thiệu du lịch Hưng Yên có phụ đề tiếng Anh",
                     "Sở Văn hóa, Thể thao và Du lịch", cell]], layout)
    p = _plan(table)
    tasks = {t.id: t for t in p.tasks}
    assert tasks["PL.2"].timeframe is None  # spec: a due date alone is a deadline, not a timeframe
    assert _keys(p, "PL.2") == [("due", "2022-09-30", None, None, None)]
    # a month in the same column is still the row's window
    assert tasks["PL.1"].timeframe.start == "2022-12-01"
    assert _keys(p, "PL.1") == [("period", None, "2022-12-01", "2022-12-31", None)]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("header", ["Thời gian", "Thời gian thực hiện", "Ngày thực hiện"])
def test_a_date_in_a_plain_time_column_stays_the_day_of_the_event(layout, header):
    table = _table(["STT", "Nội dung", "Đơn vị chủ trì", header],
                   [["1", "Tổ chức Hội nghị giới thiệu về Cộng đồng ASEAN", "Sở Ngoại vụ", "30/9/2022"]], layout)
    p = _plan(table)
    (t,) = [t for t in p.tasks if t.id.startswith("PL.")]
    assert (t.timeframe.start, t.timeframe.end) == ("2022-09-30", "2022-09-30")
    assert _keys(p, t.id) == [("period", None, "2022-09-30", "2022-09-30", None)]


# --- "hằng năm" after an obligation, "Hằng năm," opening a dated duty ---------------------------

@pytest.mark.parametrize("text", [
    "- Căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch tuyên truyền về ASEAN hằng năm phù hợp với tình hình thực tế.",
    "- Xây dựng kế hoạch tuyên truyền về ASEAN hằng năm.",
    "Chủ động tham mưu, ban hành kế hoạch thông tin đối ngoại hàng năm của tỉnh.",
    "- Tổ chức Hội nghị sơ kết hằng năm; đề xuất khen thưởng.",
])
def test_a_trailing_yearly_on_an_obligation_is_a_yearly_duty(text):
    assert [(t.kind, t.recurrence) for t in parse_temporal(text)] == [("recurring", "yearly")]


@pytest.mark.parametrize("text", [
    "Kinh phí thực hiện được bố trí trong dự toán hằng năm của các cơ quan, đơn vị.",
    "Kinh phí được bố trí từ nguồn kinh phí chi thường xuyên được giao hằng năm của Sở.",
    "Căn cứ báo cáo hằng năm của các sở, ngành, Sở Ngoại vụ tổng hợp.",
    "Sở Tài chính tham mưu bố trí kinh phí hằng năm.",
    "Lồng ghép trong dự toán ngân sách hằng năm của đơn vị.",
])
def test_a_yearly_that_qualifies_a_noun_is_no_deadline(text):
    assert parse_temporal(text) == []


@pytest.mark.parametrize("year", [None, 2022])
@pytest.mark.parametrize("text,due", [
    ("Hằng năm, các cơ quan, đơn vị lập dự toán kinh phí thực hiện gửi Sở Tài chính trước ngày 15/7 để tổng hợp, "
     "trình cấp có thẩm quyền.", "--07-15"),
    ("Hàng năm, các phòng, ban báo cáo kết quả thực hiện về Văn phòng chậm nhất ngày 10/12.", "--12-10"),
    ("- Mỗi năm, Sở Ngoại vụ tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh trước ngày 05/12.", "--12-05"),
])
def test_an_opening_yearly_with_its_own_date_is_one_due_item(text, due, year):
    assert [(t.kind, t.due, t.recurrence) for t in parse_temporal(text, year=year)] == [("due", due, "yearly")]


def test_an_opening_yearly_without_a_date_stays_a_yearly_duty():
    text = "Hằng năm, các cơ quan, đơn vị xây dựng kế hoạch tuyên truyền. Báo cáo trước ngày 15/7."
    assert [(t.kind, t.due, t.recurrence) for t in parse_temporal(text)] == [
        ("recurring", None, "yearly"), ("due", "--07-15", "yearly")]


def test_yearly_duties_in_a_plan():
    body = ("- Căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch tuyên truyền về ASEAN hằng năm phù hợp với tình hình "
            "thực tế.\nIV. KINH PHÍ\nHằng năm, các cơ quan, đơn vị lập dự toán kinh phí thực hiện gửi Sở Tài chính "
            "trước ngày 15/7 để tổng hợp.\n")
    p = _plan("", budget=body)
    got = [(d.section, d.kind.value, d.due, d.recurrence, d.subject) for d in p.deadlines if d.kind.value != "period"]
    assert got == [("II.1", "recurring", None, "yearly", "xây dựng kế hoạch tuyên truyền về ASEAN"),
                   ("IV", "due", "--07-15", "yearly", "để tổng hợp")]


# --- money in a table's budget column ------------------------------------------------------------

BUDGET = "IV. KINH PHÍ\nTổng kinh phí dự kiến năm 2022 là 850 triệu đồng.\n"


def _money_rows():
    return [["1", "Sản xuất chuyên mục về ASEAN trên sóng truyền hình tỉnh", "Đài Phát thanh và Truyền hình tỉnh",
             "Tháng 12/2022", "120 triệu đồng"],
            ["2", "Biên soạn, in ấn tờ gấp giới thiệu về Cộng đồng ASEAN", "Sở Thông tin và Truyền thông",
             "Quý III/2022", "80.000.000 đồng"],
            ["3", "Xây dựng video clip giới thiệu du lịch Hưng Yên", "Sở Văn hóa, Thể thao và Du lịch",
             "30/9/2022", "Xã hội hóa"],
            ["4", "Cập nhật tin, bài về ASEAN trên Cổng Thông tin điện tử tỉnh", "Văn phòng Ủy ban nhân dân tỉnh",
             "Thường xuyên", "Kinh phí thường xuyên"]]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("header", ["Kinh phí", "Kinh phí (đồng)", "Dự toán kinh phí"])
def test_money_in_an_annex_budget_column_is_an_amount(layout, header):
    table = _table(["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành", header], _money_rows(), layout)
    p = _plan(table, budget=BUDGET)
    assert sorted(a.vnd for a in p.budget.amounts) == [80_000_000, 120_000_000, 850_000_000]


BODY_TABLE_PLAN = """KẾ HOẠCH
Tuyên truyền về ASEAN năm 2022
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, công chức về Cộng đồng ASEAN.
II. NHIỆM VỤ CỤ THỂ
Các nhiệm vụ cụ thể được phân công như sau:

{table}

III. KINH PHÍ
{budget}
IV. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai thực hiện.
"""


@pytest.mark.parametrize("layout", LAYOUTS)
def test_money_in_a_body_task_tables_budget_column_is_an_amount(layout):
    table = _table(["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian", "Kinh phí"], _money_rows(), layout)
    p = planparse.parse(BODY_TABLE_PLAN.format(table=table, budget="Kinh phí từ nguồn ngân sách nhà nước."))
    assert sorted(a.vnd for a in p.budget.amounts) == [80_000_000, 120_000_000]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_table_in_the_budget_section_is_not_counted_twice(layout):
    # a table of the budget section: its lines are the section's sentences too
    table = _table(["STT", "Nội dung", "Đơn vị chủ trì", "Kinh phí"],
                   [["1", "Sản xuất chuyên mục về ASEAN", "Đài Phát thanh và Truyền hình tỉnh", "120 triệu đồng"],
                    ["2", "In ấn tờ gấp về Cộng đồng ASEAN", "Sở Thông tin và Truyền thông", "80 triệu đồng"]], layout)
    p = planparse.parse(BODY_TABLE_PLAN.format(table="Tuyên truyền trên báo chí.",
                                               budget="Kinh phí từ nguồn ngân sách nhà nước, cụ thể:\n\n" + table + "\n"))
    assert sorted(a.vnd for a in p.budget.amounts) == [80_000_000, 120_000_000]


def test_money_in_a_docx_annex_table_is_an_amount(tmp_path):
    import docx
    d = docx.Document()
    for line in PLAN.format(table="", body_time="Quý III/2022", budget=BUDGET).split("\n"):
        d.add_paragraph(line)
    rows = _money_rows()
    t = d.add_table(rows=1, cols=5)
    for c, h in zip(t.rows[0].cells, ("STT", "Nội dung", "Đơn vị chủ trì", "Thời gian hoàn thành", "Kinh phí")):
        c.text = h
    for row in rows:
        for c, v in zip(t.add_row().cells, row):
            c.text = v
    f = tmp_path / "hung-yen.docx"
    d.save(f)
    p = planparse.parse(f)
    assert sorted(a.vnd for a in p.budget.amounts) == [80_000_000, 120_000_000, 850_000_000]
    assert _keys(p, "PL.3") == [("due", "2022-09-30", None, None, None)]
    assert _keys(p, "PL.2") == [("period", None, "2022-07-01", "2022-09-30", None)]


@pytest.mark.parametrize("text,due", [
    ("- Xây dựng kế hoạch thực hiện hằng năm của cơ quan, đơn vị, địa phương, gửi Sở Thông tin và Truyền thông "
     "trước ngày 31/01 hằng năm.", "--01-31"),
    ("- Xây dựng kế hoạch tuyên truyền hằng năm, gửi Sở Ngoại vụ trước ngày 15/01.", "--01-15"),
])
def test_a_trailing_yearly_with_the_sentences_own_date_is_that_one_due_item(text, due):
    assert [(t.kind, t.due, t.recurrence) for t in parse_temporal(text)] == [("due", due, "yearly")]
