"""A table row that wraps onto more text lines (spec § task tables in the body: "a row's
continuation lines belong to its cells"; layout.md §3: cells that wrap over several lines).

In a text copy each cell keeps its column on the continuation line, the row's number cell left
blank: ``3 | Treo băng rôn … tại các tuyến | Sở VHTTDL | UBND thành phố, | Tháng 7``, then
``  | đường trung tâm |  | UBND các huyện, thị xã | ``. The same table comes without border pipes
(a table turned into text) or with them (Markdown), under group rows (``A``, ``I``) whose own
title may wrap, in the body or in an annex.
"""
from __future__ import annotations

import pytest

import planparse
from planparse.layout.tables import Table, task_rows, text_tables

HEADER = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
# rows as printed: a continuation has a blank number cell; a group row's title wraps too
ROWS = [
    ["A", "CÔNG TÁC THÔNG TIN,", "", "", ""],
    ["", "BÁO CHÍ VÀ TUYÊN TRUYỀN", "", "", ""],
    ["1", "Tổ chức hội nghị tập huấn kỹ năng cho phóng viên,", "Sở Thông tin và Truyền thông", "Hội Nhà báo tỉnh",
     "Quý III/2020"],
    ["", "biên tập viên các cơ quan báo chí", "", "", ""],
    ["2", "Treo băng rôn, pa nô tuyên truyền tại các tuyến", "Sở Văn hóa, Thể thao và Du lịch",
     "Ủy ban nhân dân thành phố,", "Tháng 7 -"],
    ["", "đường trung tâm của tỉnh", "", "Ủy ban nhân dân các huyện, thị xã", "tháng 8/2020"],
    ["B", "HOẠT ĐỘNG SỰ KIỆN", "", "", ""],
    ["1", "Tổ chức cuộc thi trực tuyến tìm hiểu về Cộng đồng ASEAN", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn",
     "Năm 2020"],
]
EXPECTED = [  # (group, label, content, support, time)
    ("A", "1", "Tổ chức hội nghị tập huấn kỹ năng cho phóng viên, biên tập viên các cơ quan báo chí",
     "Hội Nhà báo tỉnh", "Quý III/2020"),
    ("A", "2", "Treo băng rôn, pa nô tuyên truyền tại các tuyến đường trung tâm của tỉnh",
     "Ủy ban nhân dân thành phố, Ủy ban nhân dân các huyện, thị xã", "Tháng 7 - tháng 8/2020"),
    ("B", "1", "Tổ chức cuộc thi trực tuyến tìm hiểu về Cộng đồng ASEAN", "Tỉnh đoàn", "Năm 2020"),
]


def _render(style: str, header=HEADER, rows=ROWS) -> str:
    """The table as text lines: ``plain`` (``a | b``; a blank first cell leaves the line opening with
    ``|``, as the unseen Quảng Ngãi copy has it), ``plain-loose`` (the blank cell's place kept by
    spaces, a trailing ``| `` on each line), ``markdown`` (border pipes and a ``|---|`` row)."""
    if style == "markdown":
        lines = ["| " + " | ".join(r) + " |" for r in [header] + rows]
        lines.insert(1, "|" + "---|" * len(header))
        return "\n".join(lines)
    if style == "markdown-tight":
        lines = ["|" + "|".join(r) + "|" for r in [header] + rows]
        lines.insert(1, "|" + ":--|" * len(header))
        return "\n".join(lines)
    if style == "plain-loose":
        return "\n".join(" | ".join(r) + (" | " if i else "") for i, r in enumerate([header] + rows))
    return "\n".join(" | ".join(r).strip() if r[0] else "  " + " | ".join(r).strip() for r in [header] + rows)


STYLES = ["plain", "plain-loose", "markdown", "markdown-tight"]


@pytest.mark.parametrize("style", STYLES)
def test_continuation_lines_join_their_row_cell_by_cell(style):
    (t,) = text_tables("Phân công như sau:\n\n" + _render(style) + "\n\nIII. KINH PHÍ\n")
    got = [(r.group, r.label, r.cells["content"], r.cells["support"], r.cells["time"]) for r in task_rows(t)]
    assert got == EXPECTED


@pytest.mark.parametrize("style", STYLES)
def test_each_line_keeps_its_columns(style):
    """A blank first cell is a cell, not a Markdown border: the line's cells stay in their columns."""
    (t,) = text_tables(_render(style))
    assert t.rows[1:] == ROWS


def test_a_continuation_line_without_its_number_column_is_not_guessed():
    """A continuation written without the number column at all has one cell too few: which column
    is missing cannot be told, so its cells are not spread over the row above (its task stays as
    the numbered line gave it)."""
    text = ("STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian\n"
            "1 | Tập huấn kỹ năng cho phóng viên, | Sở Thông tin và Truyền thông | Hội Nhà báo tỉnh | Quý III/2020\n"
            "biên tập viên |  | Tỉnh đoàn | \n"
            "2 | Cuộc thi trực tuyến | Sở Giáo dục và Đào tạo | Tỉnh đoàn | Năm 2020\n")
    (t,) = text_tables(text)
    got = [(r.label, r.cells["content"], r.cells["lead"], r.cells["support"]) for r in task_rows(t)]
    assert got == [("1", "Tập huấn kỹ năng cho phóng viên,", "Sở Thông tin và Truyền thông", "Hội Nhà báo tỉnh"),
                   ("2", "Cuộc thi trực tuyến", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn")]


@pytest.mark.parametrize("wraps", [True, False], ids=["text", "cells"])
def test_a_group_rows_continuation_is_not_a_task_nor_joins_one(wraps):
    """Under a group row, a line with a blank number cell continues the group's title: it neither
    becomes a task nor lands in the last task of the group before. (Cell tables — DOCX, HTML —
    never wrap: there such a row is a task row whose number was auto-numbering, as before.)"""
    rows = [HEADER, ["I", "TUYÊN TRUYỀN", "", "", ""], ["1", "Hội thi", "Sở Tư pháp", "", "Năm 2020"],
            ["II", "QUẢNG BÁ VỀ CỘNG ĐỒNG", "", "", ""], ["", "ASEAN TRÊN ĐỊA BÀN TỈNH", "", "", ""],
            ["1", "Hội chợ", "Sở Công Thương", "", "Quý II/2020"]]
    got = [(r.group, r.label, r.cells["content"]) for r in task_rows(Table(rows=rows, wraps=wraps))]
    if wraps:
        assert got == [("I", "1", "Hội thi"), ("II", "1", "Hội chợ")]
    else:
        assert ("I", "1", "Hội thi") in got and ("II", "1", "Hội chợ") in got


BODY = """KẾ HOẠCH
Tuyên truyền về Cộng đồng ASEAN năm 2020

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, công chức về Cộng đồng ASEAN.

II. NHIỆM VỤ CỤ THỂ
Các nhiệm vụ cụ thể được phân công như sau:

{table}

III. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai thực hiện.
"""

ANNEX = """KẾ HOẠCH
Tuyên truyền về Cộng đồng ASEAN năm 2020

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, công chức về Cộng đồng ASEAN.

II. TỔ CHỨC THỰC HIỆN
Các sở, ngành triển khai thực hiện các nhiệm vụ tại Phụ lục kèm theo.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A

PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 120/KH-UBND ngày 05/3/2020)

{table}
"""


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("where,prefix", [("body", "II."), ("annex", "PL.")])
def test_wrapped_rows_give_whole_tasks(where, prefix, style):
    p = planparse.parse((BODY if where == "body" else ANNEX).format(table=_render(style)))
    got = {t.id: (t.title, [a.name for a in t.support], t.timeframe and (t.timeframe.start, t.timeframe.end))
           for t in p.tasks}
    assert got == {
        prefix + "A.1": ("Tổ chức hội nghị tập huấn kỹ năng cho phóng viên, biên tập viên các cơ quan báo chí",
                         ["Hội Nhà báo tỉnh"], ("2020-07-01", "2020-09-30")),
        prefix + "A.2": ("Treo băng rôn, pa nô tuyên truyền tại các tuyến đường trung tâm của tỉnh",
                         ["Ủy ban nhân dân thành phố", "Ủy ban nhân dân các huyện, thị xã"],
                         ("2020-07-01", "2020-08-31")),
        prefix + "B.1": ("Tổ chức cuộc thi trực tuyến tìm hiểu về Cộng đồng ASEAN", ["Tỉnh đoàn"],
                         ("2020-01-01", "2020-12-31")),
    }
    assert not any(s.id.startswith(prefix) for s in p.sections)  # rows are not sections


@pytest.mark.parametrize("style", STYLES)
def test_a_body_rows_deadline_is_attached_to_its_task(style):
    """spec § annex tables / § task tables in the body: a row's deadline is attached to that task's
    id (its section), its subject the task, never a slice of the row's cells."""
    p = planparse.parse(BODY.format(table=_render(style)))
    got = {d.text: (d.section, d.task, d.subject) for d in p.deadlines}
    titles = {t.id: t.title for t in p.tasks}
    assert got == {
        "Quý III/2020": ("II.A.1", "II.A.1", titles["II.A.1"]),
        "Tháng 7 - tháng 8/2020": ("II.A.2", "II.A.2", titles["II.A.2"]),
        "Năm 2020": ("II.B.1", "II.B.1", titles["II.B.1"]),
    }


@pytest.mark.parametrize("cell,window", [
    ("Quý II/2020 và Quý IV/2020", ("2020-04-01", "2020-12-31")),
    ("6 tháng đầu năm 2020; 6 tháng cuối năm 2020", ("2020-01-01", "2020-12-31")),
    ("Quý II/2020 (sơ kết) và Quý IV/2020 (tổng kết)", None),
    ("Quý II - Quý III/2020", ("2020-04-01", "2020-09-30")),
    ("Tháng 7 - tháng 8/2020", ("2020-07-01", "2020-08-31")),
    ("Năm 2020 (trọng tâm Quý II/2020)", ("2020-01-01", "2020-12-31")),
    ("Quý III/2020; hoàn thành trước 30/9/2020", ("2020-07-01", "2020-09-30")),
    ("Tháng 8 hằng năm", None),
])
def test_a_time_cell_with_two_windows(cell, window):
    """spec § tasks: the timeframe is the task's own window. Windows listed one after another make one,
    from the first's start to the last's end, as sets 7, 10 and 11's annotators read them (set 1's read
    two quarters as no window); windows apart in any other way give none (the row keeps its period
    deadlines); a month of every year is no window."""
    from planparse.extract.annex import timeframe_of
    tf = timeframe_of(cell)
    assert (tf and (tf.start, tf.end)) == window


def _one_row(where: str, content: str, lead: str, support: str, time: str):
    """The plan of one task-table row, in the body or in an annex, and its one task."""
    rows = [["1", content, lead, support, time]]
    p = planparse.parse((BODY if where == "body" else ANNEX).format(table=_render("plain", rows=rows)))
    (t,) = p.tasks
    return p, t


@pytest.mark.parametrize("where", ["body", "annex"])
def test_a_row_timed_in_two_quarters(where):
    p, t = _one_row(where, "Tiếp sóng các chương trình truyền hình trực tiếp về Hội nghị Cấp cao ASEAN",
                    "Đài Phát thanh và Truyền hình tỉnh", "Sở Thông tin và Truyền thông", "Quý II/2020 và Quý IV/2020")
    # the windows listed make the timeframe (their span); each window is a deadline of the row's task,
    # in the body (the text scan) and in an annex (the row's time cell, which the body scan does not read)
    assert (t.timeframe.start, t.timeframe.end) == ("2020-04-01", "2020-12-31")
    assert sorted((d.start, d.end, d.section) for d in p.deadlines if d.task == t.id) == [
        ("2020-04-01", "2020-06-30", t.id), ("2020-10-01", "2020-12-31", t.id)]


def _cell_table_docx(path, rows):
    import docx
    d = docx.Document()
    for line in BODY.split("{table}")[0].strip().split("\n"):
        if line.strip():
            d.add_paragraph(line)
    t = d.add_table(rows=0, cols=len(HEADER))
    for r in [HEADER] + rows:
        for c, v in zip(t.add_row().cells, r):
            c.text = v
    for line in BODY.split("{table}")[1].strip().split("\n"):
        d.add_paragraph(line)
    d.save(path)


def _cell_table_html(path, rows):
    import html
    def tr(r, tag="td"):
        return "<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in r) + "</tr>"
    head, tail = BODY.split("{table}")
    paras = "".join(f"<p>{html.escape(x)}</p>" for x in head.strip().split("\n") if x.strip())
    after = "".join(f"<p>{html.escape(x)}</p>" for x in tail.strip().split("\n") if x.strip())
    table = "<table>" + tr(HEADER, "th") + "".join(tr(r) for r in rows) + "</table>"
    path.write_text(f"<html><body>{paras}{table}{after}</body></html>", encoding="utf-8")


@pytest.mark.parametrize("fmt", ["docx", "html"])
def test_cell_tables_keep_their_cells(fmt, tmp_path):
    """DOCX and HTML tables arrive as cells (their text copy, one ``a | b`` line a row, only places
    them): a row whose first cell is blank is read from the cells, as the reader gave them."""
    from planparse.ingest import ingest
    from planparse.layout.tables import find_tables
    f = tmp_path / f"plan.{fmt}"
    (_cell_table_docx if fmt == "docx" else _cell_table_html)(f, ROWS)
    doc = ingest(f)
    (t,) = find_tables(doc.text, doc.tables, doc.format)
    assert t.source == fmt and t.start is not None
    assert [list(r) for r in t.rows] == [HEADER] + ROWS


@pytest.mark.parametrize("where", ["body", "annex"])
def test_a_rows_due_date_is_a_deadline_of_its_task(where):
    p, t = _one_row(where, "Tổ chức hội nghị tập huấn nghiệp vụ thông tin đối ngoại", "Sở Thông tin và Truyền thông",
                    "Sở Ngoại vụ", "Trước ngày 30/6/2022")
    assert t.timeframe is None  # a due date alone is a deadline, not a window
    assert [(d.kind.value, d.due, d.section) for d in p.deadlines if d.task == t.id] == [("due", "2022-06-30", t.id)]
