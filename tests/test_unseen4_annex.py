"""Unseen set 4: annex rows matched to body tasks, dates cut inside their numbers, yearless due dates.

- ha-tinh_can-loc_312 (Chromium PDF): annex row 7 ``Lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN cho
  đội ngũ tuyên truyền cơ sở`` restates body task ``7. Bồi dưỡng đội ngũ làm công tác tuyên truyền``,
  whose text reads ``Tổ chức lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN …``: it completes that task.
- quang-ninh_212 (LibreOffice PDF): the time cell ``Trước 30/6/2023`` wraps in a narrow column as
  ``30/6/202`` / ``3``; it was read ``Trước 30/6``, a yearly ``--06-30``.
- tra-vinh_cau-ngang_145 (OCR): ``trước ngày 05/12/2022`` read ``05/1 2/2022`` gave 2022-01-05, before
  the plan's own issue date.
"""
from __future__ import annotations

import pytest

import planparse
from planparse.extract.temporal import parse_temporal

HEAD = """ỦY BAN NHÂN DÂN
HUYỆN CAN LỘC
Số: 312/KH-UBND
Can Lộc, ngày 15 tháng 3 năm {year}
KẾ HOẠCH
Thông tin, tuyên truyền về ASEAN {period}
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về Cộng đồng ASEAN.
II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN
"""

BODY = """1. Tuyên truyền trên hệ thống truyền thanh
Đài Truyền thanh huyện xây dựng chuyên mục ASEAN, phát sóng định kỳ trên hệ thống truyền thanh cơ sở.
2. {title}
{text}
3. Tuyên truyền cổ động trực quan
Treo băng rôn, khẩu hiệu chào mừng các sự kiện của ASEAN tại trụ sở cơ quan.
III. TỔ CHỨC THỰC HIỆN
Phòng Văn hóa và Thông tin chủ trì, hướng dẫn các xã triển khai.
"""


def _annex(rows: list[list[str]], sep: str) -> str:
    head = ["STT", "Nội dung hoạt động", "Đơn vị chủ trì", "Thời gian"]
    if sep == "pipe":
        lines = ["| " + " | ".join(r) + " |" for r in [head] + rows]
        lines.insert(1, "|" + "---|" * 4)
    else:
        lines = ["\t".join(r) for r in [head] + rows]
    return ("\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An\n\n"
            "PHỤ LỤC\nDANH MỤC HOẠT ĐỘNG\n(Kèm theo Kế hoạch số 312/KH-UBND ngày 15/3/2019)\n\n" + "\n".join(lines) + "\n")


# a body task whose title names the activity one way and whose text another; the annex row restates
# the text's wording, not the title's
@pytest.mark.parametrize("title,text,row", [
    ("Bồi dưỡng đội ngũ làm công tác tuyên truyền",
     "Tổ chức lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên, tuyên truyền viên cơ sở.",
     "Lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ tuyên truyền cơ sở"),
    ("Nâng cao năng lực cho người làm công tác thông tin",
     "Mở 02 lớp tập huấn nghiệp vụ thông tin đối ngoại về ASEAN cho phóng viên, biên tập viên.",
     "Tập huấn nghiệp vụ thông tin đối ngoại cho phóng viên, biên tập viên"),
    ("Hỗ trợ doanh nghiệp",
     "Phổ biến cam kết ASEAN, quy tắc xuất xứ và thủ tục hải quan một cửa cho doanh nghiệp, hợp tác xã.",
     "Phổ biến quy tắc xuất xứ, hải quan một cửa ASEAN cho doanh nghiệp, hợp tác xã"),
])
@pytest.mark.parametrize("sep", ["tab", "pipe"])
def test_annex_row_restating_the_tasks_text_completes_that_task(title, text, row, sep):
    doc = HEAD.format(year=2019, period="năm 2019") + BODY.format(title=title, text=text) + _annex([
        ["1", "Chuyên mục ASEAN trên Đài Truyền thanh huyện", "Đài Truyền thanh huyện", "Năm 2019"],
        ["2", row, "Phòng Văn hóa và Thông tin", "Tháng 11/2019"],
        ["3", "Treo băng rôn, khẩu hiệu chào mừng sự kiện ASEAN", "Phòng Văn hóa và Thông tin", "Quý IV/2019"],
    ], sep)
    p = planparse.parse(doc)
    tasks = {t.id: t for t in p.tasks}
    assert not [i for i in tasks if i.startswith("PL.")]
    assert tasks["II.2"].source == "body+annex"
    assert (tasks["II.2"].timeframe.start, tasks["II.2"].timeframe.end) == ("2019-11-01", "2019-11-30")


@pytest.mark.parametrize("row", [
    # the plan's common words (tuyên truyền, ASEAN, đội ngũ) are not the activity
    "Cuộc thi tìm hiểu về ASEAN cho đoàn viên, thanh niên",
    "Sản xuất phóng sự tuyên truyền về ASEAN trên sóng truyền hình",
    "Tổ chức kiểm tra việc tuyên truyền về ASEAN tại cơ sở",
])
@pytest.mark.parametrize("sep", ["tab", "pipe"])
def test_annex_row_of_another_activity_under_the_same_number_stays_its_own(row, sep):
    title, text = ("Bồi dưỡng đội ngũ làm công tác tuyên truyền",
                   "Tổ chức lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ tuyên truyền viên cơ sở.")
    doc = HEAD.format(year=2019, period="năm 2019") + BODY.format(title=title, text=text) + _annex([
        ["2", row, "Huyện đoàn", "Tháng 11/2019"]], sep)
    tasks = {t.id: t for t in planparse.parse(doc).tasks}
    assert "PL.2" in tasks and tasks["II.2"].source == "body"


def test_share_threshold_is_the_leave_one_plan_out_choice():
    from planparse.extract.annex import SAME_TASK_SHARE
    assert SAME_TASK_SHARE == 0.88


# -- a date cut inside its number ---------------------------------------------------------------------

@pytest.mark.parametrize("text,kind,value", [
    ("Trước 30/6/202 3", "due", "2023-06-30"),          # a narrow cell: 30/6/202 | 3
    ("Trước 30/6/20 23", "due", "2023-06-30"),          # 30/6/20 | 23
    ("trước ngày 15/9/2 021", "due", "2021-09-15"),
    ("trước ngày 05/1 2/2022", "due", "2022-12-05"),    # an OCR gap inside the month
    ("chậm nhất ngày 20/1 1/2020", "due", "2020-11-20"),
    ("Quý II/202 3", "period", ("2023-04-01", "2023-06-30")),
    ("Tháng 11/20 19", "period", ("2019-11-01", "2019-11-30")),
])
def test_a_date_cut_by_a_space_is_read_whole(text, kind, value):
    (t,) = parse_temporal(text, time_context=True)
    assert t.kind == kind
    assert (t.due if kind == "due" else (t.start, t.end)) == value
    assert t.span[1] == len(text)  # the evidence covers the date as written


@pytest.mark.parametrize("text", [
    "trước ngày 30/6 2023 người tham dự",   # a day and a count: no date's slash before the year
    "Quyết định số 1 2/2022/QĐ-UBND",       # a number, not a month
    "trước ngày 05/1 3/2022",               # no month 13
])
def test_two_numbers_are_not_joined_into_a_date(text):
    got = parse_temporal(text, year=2022)
    assert not any("2023" in (t.due or "") or (t.due or "").endswith("-12-05") or "13" in (t.due or "") for t in got)


@pytest.mark.parametrize("lines,want", [
    ([["Trước"], ["30/6/202"], ["3"]], "Trước 30/6/2023"),
    ([["Trước"], ["30/6/20"], ["23"]], "Trước 30/6/2023"),
    ([["Quý"], ["II/202"], ["3"]], "Quý II/2023"),
    ([["Hoàn", "thành", "30/6/"], ["2023"]], "Hoàn thành 30/6/2023"),
])
@pytest.mark.parametrize("full", [True, False])
def test_pdf_cell_lines_join_inside_a_date_only_where_the_line_is_full(lines, want, full):
    """A renderer cuts a date (one word to it) only where the line is full."""
    from planparse.ingest.pdf import _cell_text
    words, top = [], 100.0
    width = max(sum(len(w) * 6 + 4 for w in ln) for ln in lines)
    for ln in lines:
        x = 10.0
        for w in ln:
            words.append((x, top, x + len(w) * 6, top + 10, w))
            x += len(w) * 6 + 4
        top += 14
    words.append((10.0, top, 10.0 + width - 4 + (0 if full else 40), top + 10, "x"))
    got = _cell_text(words)
    if full:  # every line but the last reaches the text edge only when it is the widest
        assert got.replace(" x", "") in (want, " ".join(w for ln in lines for w in ln)) and "x" in got
    else:
        assert got == " ".join(w for ln in lines for w in ln) + " x"


def test_pdf_cell_cut_date_when_the_column_is_narrow():
    from planparse.ingest.pdf import _cell_text
    # three lines in a column 48 points wide: each of the first two fills it
    words = [(10.0, 100.0, 40.0, 110.0, "Trước"), (10.0, 114.0, 58.0, 124.0, "30/6/202"),
             (10.0, 128.0, 16.0, 138.0, "3")]
    assert _cell_text(words) == "Trước 30/6/2023"
    words = [(10.0, 100.0, 40.0, 110.0, "Trước"), (10.0, 114.0, 52.0, 124.0, "30/6/20"),
             (10.0, 128.0, 58.0, 138.0, "23"), ]
    assert _cell_text(words) in ("Trước 30/6/2023", "Trước 30/6/20 23")


# -- a yearless due date before the plan's issue date ---------------------------------------------------

ISSUED = """ỦY BAN NHÂN DÂN
HUYỆN CẦU NGANG
Số: 145/KH-UBND
Cầu Ngang, ngày 15 tháng 3 năm 2022
KẾ HOẠCH
Thông tin, tuyên truyền về ASEAN năm 2022
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức về ASEAN.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin huyện
{line}
"""


@pytest.mark.parametrize("line,due", [
    # the year's report falls due early in the next year: no plan sets a date already past when signed
    ("Tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 05/01.", "2023-01-05"),
    ("Báo cáo tổng kết gửi Sở Thông tin và Truyền thông chậm nhất ngày 10/02.", "2023-02-10"),
    # after the issue date: the plan's year
    ("Tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 05/12.", "2022-12-05"),
    # a stated year is kept as written
    ("Tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 05/01/2022.", "2022-01-05"),
    # an OCR gap inside the month: the date as printed
    ("Tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 05/1 2/2022.", "2022-12-05"),
])
def test_yearless_due_date_before_the_issue_date_is_next_years(line, due):
    p = planparse.parse(ISSUED.format(line=line))
    assert p.meta.issued == "2022-03-15"
    assert [d.due for d in p.deadlines if d.kind.value == "due"] == [due]


def test_cut_time_cell_in_a_multi_year_plan_is_not_yearly():
    doc = HEAD.format(year=2021, period="giai đoạn 2021 - 2025") + BODY.format(
        title="Biên soạn sổ tay hỏi - đáp về ASEAN", text="Sở Ngoại vụ biên soạn, phát hành sổ tay.") + _annex([
            ["2", "Biên soạn, phát hành sổ tay hỏi - đáp về ASEAN", "Sở Ngoại vụ", "Trước 30/6/202 3"]], "tab")
    p = planparse.parse(doc)
    dues = [(d.due, d.recurrence) for d in p.deadlines if d.kind.value == "due"]
    assert dues == [("2023-06-30", None)]


# -- a scan's reading of a quarter's Roman number (tra-vinh_cau-ngang_145: "trong quý IH/2022") ---------

@pytest.mark.parametrize("text,start,end", [
    ("thực hiện trong quý IH/2022.", "2022-07-01", "2022-09-30"),   # H: two strokes whose serifs touch
    ("Thời gian: quý H/2021", "2021-04-01", "2021-06-30"),
    ("hoàn thành trong quý lI/2020", "2020-04-01", "2020-06-30"),  # l for I
    ("trong quý Il/2019", "2019-04-01", "2019-06-30"),
])
def test_ocr_quarter_numbers_before_their_year(text, start, end):
    got = [(t.start, t.end) for t in parse_temporal(text, time_context=True) if t.kind == "period"]
    assert got == [(start, end)]


@pytest.mark.parametrize("text", ["Quý Hội Nông dân", "quý hai", "trong quý HH/2020", "quý lll"])
def test_words_after_quy_are_not_ocr_quarters(text):
    assert not parse_temporal(text, time_context=True, year=2022)


# -- a time cue inside a role note that is no time field (lao-cai_coc-leu_45) ----------------------------

ROLE_NOTE_PLAN = """ỦY BAN NHÂN DÂN
PHƯỜNG CỐC LẾU
Số: 45/KH-UBND
Cốc Lếu, ngày 20 tháng 7 năm 2022
KẾ HOẠCH
Tuyên truyền kỷ niệm Ngày thành lập ASEAN năm 2022
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. NỘI DUNG
1. Trang trí, cổ động trực quan
Treo cờ ASEAN, băng rôn tại trụ sở UBND phường {note}.
III. TỔ CHỨC THỰC HIỆN
Các bộ phận triển khai.
"""


@pytest.mark.parametrize("note,want", [
    ("(Chủ trì: Bộ phận Văn hóa - Xã hội phường; phối hợp: Ban Chỉ huy Quân sự phường; hoàn thành trước ngày "
     "05/8/2022)", ("due", "2022-08-05", None, None)),
    ("(chủ trì: Bộ phận Văn hóa - Xã hội, phối hợp: Công an phường, xong trước ngày 05/8/2022)",
     ("due", "2022-08-05", None, None)),
    ("(Chủ trì: Bộ phận Văn hóa - Xã hội phường; hoàn thành trong quý III/2022)",
     ("period", None, "2022-07-01", "2022-09-30")),
    # a labelled time field: read once, as the field
    ("(Chủ trì: Bộ phận Văn hóa - Xã hội phường; thời gian: trước ngày 05/8/2022)", ("due", "2022-08-05", None, None)),
])
def test_time_cue_in_a_role_note_outside_its_time_field(note, want):
    p = planparse.parse(ROLE_NOTE_PLAN.format(note=note))
    assert [(d.kind.value, d.due, d.start, d.end) for d in p.deadlines] == [want]
    assert [d.task for d in p.deadlines] == ["II.1"]
