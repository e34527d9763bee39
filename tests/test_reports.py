"""Reports an analyst can hand on: the XLSX workbook (read back with openpyxl), quotes, reprs, heat-map, notebooks."""
import datetime as dt
import json
import re

import pytest

from conftest import ROOT, SAMPLE_FILES
from test_i18n import ENGLISH, _is_vietnamese_word


@pytest.fixture(scope="module")
def aset():
    import planparse
    from planparse.auditing.batch import AuditSet
    a = planparse.audit_many(SAMPLE_FILES, jobs=1)
    hostile = {"path": "plans/=HYPERLINK(\"x\")\x07.pdf", "status": "failed", "reason": "file is empty"}
    return AuditSet(a.rows + [hostile])


@pytest.fixture(scope="module", params=["vi", "en"])
def workbook(request, aset, tmp_path_factory):
    import openpyxl
    path = tmp_path_factory.mktemp("xlsx") / f"matrix-{request.param}.xlsx"
    aset.to_excel(path, lang=request.param)
    return request.param, openpyxl.load_workbook(path)


def _header(ws):
    return [c.value for c in ws[1]]


def test_every_sheet_has_a_full_header_frozen_panes_autofilter_and_sized_columns(workbook):
    lang, wb = workbook
    assert len(wb.worksheets) >= 8
    for ws in wb.worksheets:
        head = _header(ws)
        assert head and all(isinstance(h, str) and h.strip() for h in head), (ws.title, head)
        assert ws.freeze_panes in ("B2", "A2"), ws.title
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), ws.title
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
        assert all(w and w >= 6 for w in widths), (ws.title, widths)
    data_sheets = [ws for ws in wb.worksheets if ws.max_row > 1 and ws.freeze_panes == "B2"]
    assert len({round(ws.column_dimensions["A"].width) for ws in data_sheets}
               | {round(ws.column_dimensions["B"].width) for ws in data_sheets}) > 2  # widths follow content


def test_one_plan_identifier_and_the_path_in_its_own_column_on_every_plan_sheet(workbook):
    lang, wb = workbook
    summary = wb.worksheets[0]
    ids = {r[0]: r[1] for r in summary.iter_rows(min_row=2, values_only=True)}
    assert "Bình Dương · 4750/KH-UBND" in ids
    assert ids["Bình Dương · 4750/KH-UBND"].endswith("binh-duong_4750-KH-UBND_2019_asean.txt")
    for ws in wb.worksheets[1:]:
        head = _header(ws)
        if head[:2] != summary.cell(1, 1).value and head[0] == summary.cell(1, 1).value:
            assert head[1] == summary.cell(1, 2).value, ws.title  # plan, then file path
            for plan, path in ws.iter_rows(min_row=2, max_col=2, values_only=True):
                assert plan in ids and ids[plan] == path, (ws.title, plan)


def test_matrix_sheets_one_per_reference_with_coverage_and_coloured_statuses(workbook):
    lang, wb = workbook
    matrices = [ws for ws in wb.worksheets if re.match(r"(Ma trận|Matrix) asean-", ws.title)]
    assert {ws.title.split()[-1] for ws in matrices} == {"asean-2019-2020", "asean-2021-2025"}
    ws = next(w for w in matrices if w.title.endswith("asean-2019-2020"))
    head = _header(ws)
    assert head[4:] == [f"A{i:02d}" for i in range(1, 17)]
    rows = list(ws.iter_rows(min_row=2))
    assert len(rows) == 4
    for row in rows:
        cov = row[2]
        assert isinstance(cov.value, float) and 0 <= cov.value <= 1 and cov.number_format == "0%"
        fills = {c.fill.fgColor.rgb for c in row[4:]}
        assert fills <= {"FF2DA44E", "FFF2CC60", "FFCF222E"}, fills


def test_dates_are_real_dates_and_counts_are_integers(workbook):
    lang, wb = workbook
    ws = wb.worksheets[0]
    head = _header(ws)
    col = {h: i for i, h in enumerate(head)}
    issued = [r[6] for r in ws.iter_rows(min_row=2, values_only=True) if r[6] is not None]
    assert issued and all(isinstance(v, dt.datetime) for v in issued)
    assert dt.datetime(2019, 9, 18) in issued
    assert ws.cell(2, 7).number_format == "dd/mm/yyyy"
    for r in ws.iter_rows(min_row=2, values_only=True):
        for k in (9, 10, 11):
            assert r[k] is None or isinstance(r[k], int), (head[k], r[k])


def test_legend_explains_colours_and_the_area_sheet_every_code(workbook):
    lang, wb = workbook
    legend = wb.worksheets[-1]
    fills = {row[0].fill.fgColor.rgb for row in legend.iter_rows(min_row=2) if row[0].fill and row[0].fill.fill_type}
    assert {"FF2DA44E", "FFF2CC60", "FFCF222E", "FF57606A", "FFEAEEF2"} <= fills
    areas = next(ws for ws in wb.worksheets if ws.title in ("Nội dung", "Area"))
    codes = {r[1] for r in areas.iter_rows(min_row=2, values_only=True)}
    assert {f"A{i:02d}" for i in range(1, 17)} | {f"B{i:02d}" for i in range(1, 14)} == codes


def test_cells_from_files_are_text_never_formulas(workbook):
    lang, wb = workbook
    failed = [r for ws in wb.worksheets for r in ws.iter_rows(min_row=2) if r[1].value and "HYPERLINK" in str(r[1].value)]
    assert failed
    for row in failed:
        assert row[1].data_type == "s" and "\x07" not in row[1].value


def test_workbook_labels_are_in_one_language(workbook):
    lang, wb = workbook
    texts = [ws.title for ws in wb.worksheets] + [h for ws in wb.worksheets for h in _header(ws)]
    ws = wb.worksheets[0]
    texts += [r[2] for r in ws.iter_rows(min_row=2, values_only=True)]  # status column
    legend = wb.worksheets[-1]
    texts += [v for r in legend.iter_rows(min_row=2, values_only=True) for v in r if v]
    words = re.findall(r"[^\W\d_]+", " ".join(map(str, texts)))
    if lang == "vi":
        assert not [w for w in words if w.lower() in ENGLISH]
    else:
        assert not [w for w in words if _is_vietnamese_word(w)]


# -- quotes ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, limit, expected", [
    ("Tổ chức tuyên truyền trên Cổng thông tin điện tử ASEAN", 45, ("Tổ chức tuyên truyền trên Cổng thông tin điện", True)),
    ("ngắn", 45, ("ngắn", False)),
    ("Tuyên truyền, quảng bá; hội nghị", 24, ("Tuyên truyền, quảng bá", True)),
])
def test_quotes_are_cut_on_word_boundaries(text, limit, expected):
    from planparse.report.audit_html import clip
    assert clip(text, limit) == expected


def test_matched_words_are_highlighted_inside_the_quote():
    from planparse.report.audit_html import quote_html
    ev = {"text": "Tổ chức Góc ASEAN tại thư viện tỉnh", "matched": [[8, 17], [22, 30]]}
    html = quote_html(ev, "vi")
    assert html == "<q class='quote'>Tổ chức <mark>Góc ASEAN</mark> tại <mark>thư viện</mark> tỉnh</q>"
    cut = quote_html({"text": "Tổ chức Góc ASEAN tại thư viện tỉnh và huyện", "matched": [[8, 17], [39, 44]]}, "en", limit=30)
    assert cut.endswith("…</q>") and cut.count("<mark>") == 1 and " lang='vi'" in cut
    whole = quote_html({"text": "Tổ chức Góc ASEAN"}, "vi")
    assert "<mark class='clause'>Tổ chức Góc ASEAN</mark>" in whole


def test_tasks_without_a_lead_are_listed_with_their_titles(audits):
    from planparse.report.audit_html import audit_table_html
    a = audits["kien-giang_2841-KH-SGDDT_2021_asean-education"]
    assert any(c.id == "S5" and c.status == "fail" for c in a.checks)
    html = audit_table_html(a, "vi")
    task = next(t for t in a.plan.tasks if not t.lead)
    assert f"<li><b>{task.id}</b> {task.title}" in html.replace("&quot;", '"')


def test_report_names_plans_by_province_number_date_and_sets_apart_plans_on_another_topic(aset):
    html = aset.to_html(lang="vi")
    assert ">Bình Dương · 4750/KH-UBND · 18/09/2019</a>" in html
    na = html.split("<tbody class='na'>")[1].split("</tbody>")[0]
    assert "1759/KH-UBND" in na and "4750/KH-UBND" not in na


# -- reprs and heat-map ----------------------------------------------------------------------

def test_auditset_repr_is_a_line_per_plan_and_the_rich_view_is_html(aset):
    text = repr(aset)
    lines = text.splitlines()
    assert len(lines) == len(aset) + 1 and len(text) < 150 * len(lines)
    assert "4750/KH-UBND" in text and "failed" in text
    assert "<table class='matrix'>" in aset._repr_html_()


def test_plan_and_audit_reprs_are_short(plans, audits):
    for p in plans.values():
        assert len(repr(p)) < 200 and "\n" not in repr(p)
        assert "<table" in p._repr_html_()
    for a in audits.values():
        assert len(repr(a)) < 250


def test_heatmap_legend_is_complete(aset):
    import matplotlib
    matplotlib.use("Agg")
    ax = aset.plot(lang="en")
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert labels == ["Covered", "Partial", "Missing", "Not in this reference", "Could not be read"]
    ax_vi = aset.plot(lang="vi")
    assert "Không thuộc văn bản tham chiếu này" in [t.get_text() for t in ax_vi.get_legend().get_texts()]


# -- notebooks -------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["01-parse-a-plan.ipynb", "02-audit-plans.ipynb"])
def test_notebooks_have_markdown_headings(name):
    nb = json.loads((ROOT / "notebooks" / name).read_text(encoding="utf-8"))
    md = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown"]
    assert md and md[0].startswith("# ")
    assert sum(m.startswith("## ") for m in md) >= 4
    code = ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]
    assert not any(c.lstrip().startswith("# ") and "\n" not in c for c in code)  # no heading left as a code comment


# -- show(): the characters of the span, not whole lines ------------------------------------

@pytest.fixture(scope="module")
def small_pdf(tmp_path_factory):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    lines = ["Số: 12/KH-UBND", "KẾ HOẠCH", "Tuyên truyền về ASEAN năm 2020", "I. NHIỆM VỤ",
             "1. Sở Văn hóa, Thể thao và Du lịch tổ chức Góc ASEAN tại thư viện tỉnh",
             "và các trường học trên địa bàn tỉnh trong năm 2020."]
    path = tmp_path_factory.mktemp("pdf") / "plan.pdf"
    with plt.rc_context({"pdf.fonttype": 42}):  # TrueType: a text layer pdfium can read
        fig = plt.figure(figsize=(8.27, 11.69))
        for k, ln in enumerate(lines):
            fig.text(0.1, 0.9 - k * 0.03, ln, fontsize=11)
        fig.savefig(path)
        plt.close(fig)
    return path


def test_show_boxes_the_characters_of_the_span(small_pdf):
    import pdfplumber
    import planparse
    from planparse.render import boxes_for, show, span_boxes
    plan = planparse.parse(small_pdf)
    i = plan.text.index("Góc ASEAN")
    span = (i, i + len("Góc ASEAN"))
    with pdfplumber.open(small_pdf) as pdf:
        chars = pdf.pages[0].chars
        (line,) = boxes_for(plan, span)
        (box,) = span_boxes(plan, span, chars_of=lambda n: pdf.pages[n - 1].chars)
    g = next(c for c in chars if c["text"] == "G")
    n = [c for c in chars if c["text"] == "N" and abs(c["top"] - g["top"]) < 2][-1]
    assert box[1] == pytest.approx(g["x0"], abs=0.5) and box[3] == pytest.approx(n["x1"], abs=0.5)
    assert (box[3] - box[1]) < 0.25 * (line[3] - line[1])
    two = span_boxes(plan, (i, plan.text.index("trong") + 5))
    assert len(two) == 2 and two[0][2] < two[1][2]  # one box per line the span runs over
    assert show(plan, span).original.size[0] > 100


# -- documentation ---------------------------------------------------------------------------

def test_readme_points_only_inside_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../" not in readme
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        assert not target.startswith(("http:", "https:")), target
        assert (ROOT / target).exists(), target


def _keys(d, prefix=""):
    for k, v in d.items():
        yield k
        if isinstance(v, dict):
            yield from _keys(v)
        elif isinstance(v, list) and v and isinstance(v[0], dict):
            for x in v[:3]:
                yield from _keys(x)


def test_formats_doc_names_every_key_the_package_writes(plans, audits):
    doc = (ROOT / "docs" / "formats.md").read_text(encoding="utf-8")
    written = set(_keys(plans["binh-duong_4750-KH-UBND_2019_asean"].to_dict()))
    written |= set(_keys(audits["binh-duong_4750-KH-UBND_2019_asean"].to_dict()))
    undocumented = sorted(k for k in written if f'"{k}"' not in doc and f"`{k}`" not in doc)
    assert undocumented == []


# -- statuses and keys the audit may add ------------------------------------------------------

def _future_row(aset):
    """A sample audit as the audit will write it: new statuses, message keys, matched words, task titles."""
    import copy
    r = copy.deepcopy(next(x for x in aset.ok if "4750" in x["path"]))
    a = r["audit"]
    a["areas"][0]["status"] = "insufficient"
    ev = next(x for x in a["areas"] if x["evidence"])["evidence"][0]
    ev["matched"] = [[0, 5]]
    a["applicable"]["reason_codes"] = [{"key": "reason.period", "params": {"period": "2019-2020"}}]
    s5 = next(c for c in a["checks"] if c["id"] == "S5")
    s5.update(status="fail", items=["II.1"], item_titles=["Tuyên truyền trên báo chí"],
              detail_key="detail.no_lead", detail_params={"ids": ["II.1"]})
    s4 = next(c for c in a["checks"] if c["id"] == "S4")
    s4["status"] = "not applicable"
    return r


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_reports_render_new_statuses_keys_and_task_titles(aset, lang, tmp_path):
    import openpyxl
    from planparse.auditing.batch import AuditSet
    from planparse.messages import t
    future = AuditSet([_future_row(aset)])
    html = future.to_html(lang=lang)
    assert t("status.insufficient", lang) in html and "class='cell insufficient'" in html
    assert t("check.not_applicable", lang) in html and "class='not_applicable'" in html
    assert "<b>II.1</b> " in html and "Tuyên truyền trên báo chí" in html
    assert t("reason.period", lang, period="2019-2020") in html.replace("<span lang='vi'>", "").replace("</span>", "")
    future.to_excel(tmp_path / "f.xlsx", lang=lang)
    wb = openpyxl.load_workbook(tmp_path / "f.xlsx")
    matrix = next(ws for ws in wb.worksheets if ws.title.startswith(("Ma trận", "Matrix")))
    assert matrix.cell(2, 5).value == t("status.insufficient", lang)


def test_s5_check_names_the_tasks_without_a_lead_with_their_titles(audits):
    a = audits["kien-giang_2841-KH-SGDDT_2021_asean-education"]
    s5 = next(c for c in a.to_dict()["checks"] if c["id"] == "S5")
    titles = {t.id: t.title for t in a.plan.tasks}
    assert s5["items"] and s5["item_titles"] == [titles[i] for i in s5["items"]]


@pytest.mark.parametrize("key, params, lang, expected", [
    ("check.S2.section", {"id": "IV", "title": "KINH PHÍ", "sources": " (state_budget, sponsorship)"}, "vi",
     "mục IV KINH PHÍ (ngân sách nhà nước, tài trợ)"),
    ("check.S2.section", {"id": "IV", "title": "KINH PHÍ", "sources": " (state_budget, sponsorship)"}, "en",
     "section IV KINH PHÍ (state budget, sponsorship)"),
    ("check.S2.clause", {"section": "III.2", "sources": ""}, "vi", "điều khoản kinh phí tại III.2"),
    ("check.S6.pass", {"citation": "Kế hoạch 198/KH-UBND (implements 1160/QĐ-TTg)"}, "vi",
     "căn cứ viện dẫn Kế hoạch 198/KH-UBND (văn bản triển khai 1160/QĐ-TTg)"),
    ("check.S4.pass", {"section": "V.3", "text": "định kỳ hằng năm"}, "en", "V.3: report định kỳ hằng năm"),
])
def test_check_details_render_codes_and_qualifiers_in_the_report_language(key, params, lang, expected):
    from planparse.report.i18n import check_detail
    assert check_detail({"id": key.split(".")[1], "detail": "x", "detail_key": key, "detail_params": params}, lang) == expected


def test_report_shows_why_a_text_is_insufficient_and_what_a_missing_area_was_looked_for(tmp_path):
    import planparse
    from planparse.auditing.batch import AuditSet
    from planparse.messages import t
    short = tmp_path / "short.txt"
    short.write_text("KẾ HOẠCH\nTuyên truyền về ASEAN\n\nI. MỤC ĐÍCH\n1. Sở Thông tin và Truyền thông tuyên truyền về ASEAN.\n",
                     encoding="utf-8")
    rows = planparse.audit_many([short, SAMPLE_FILES[0]], jobs=1).rows
    ins = rows[0]["audit"]["insufficient"]
    for lang in ("vi", "en"):
        html = AuditSet(rows).to_html(lang=lang)
        plain = re.sub(r"</?span[^>]*>", "", html)
        assert t(ins["key"], lang, **ins["params"]) in plain
        missing = [x for r in rows for x in r["audit"]["areas"] if x["status"] == "missing" and x.get("looked_for")]
        assert missing and t("report.looked_for", lang) + ": <q>" + missing[0]["looked_for"][0] in plain


TEAM_PLAN = """SỞ CÔNG THƯƠNG
KẾ HOẠCH
Kiểm tra việc chấp hành quy định pháp luật về an toàn thực phẩm
I. MỤC ĐÍCH, YÊU CẦU
Đánh giá tình hình chấp hành.
II. PHÂN CÔNG NHIỆM VỤ
1. Ông Trần Văn Bình - Trưởng đoàn: Phụ trách chung, chỉ đạo hoạt động của Đoàn.
2. Bà Lê Thị Hoa - Thư ký đoàn: Lập biên bản kiểm tra.
"""


def test_assignment_frame_shows_people_and_their_roles():
    import planparse
    p = planparse.parse(TEAM_PLAN)
    f = p.assignments_frame()
    people = f[f["person"]]
    assert list(zip(people["agency"], people["role"])) == [("Trần Văn Bình", "Trưởng đoàn"), ("Lê Thị Hoa", "Thư ký đoàn")]
    assert {"lead_person", "lead_role"} <= set(p.tasks_frame().columns)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_evidence_names_the_judge_that_found_it(audits, lang):
    from planparse.messages import t
    from planparse.report.audit_html import _plan_block
    from planparse.report.i18n import labels
    a = audits["binh-duong_4750-KH-UBND_2019_asean"].to_dict()
    html = _plan_block(0, {"audit": a, "path": "x.txt", "status": "ok"}, labels(lang), lang)
    judges = {e["judge"] for x in a["areas"] for e in x["evidence"][:1]}
    assert judges
    for j in judges:
        assert f"title='{t('judge.' + j, lang)} · " in html


def test_plans_csv_says_what_the_summary_frame_says(aset, tmp_path):
    """plans.csv is streamed with the csv module (no pandas in a batch run); it must hold the same
    cells as ``summary()``: integer counts, blanks for a failed row, neutralised text."""
    import csv
    path = tmp_path / "plans.csv"
    aset.summary_to_csv(path)
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    df = aset.summary()
    assert rows[0] == list(df.columns)
    assert len(rows) == len(df) + 1
    for got, (_, want) in zip(rows[1:], df.iterrows()):
        for c, cell in zip(df.columns, got):
            v = want[c]
            if v is None or v != v:
                assert cell == "", (c, cell)
            elif isinstance(v, str):
                assert cell.lstrip("'") == "".join(ch for ch in v if ch >= " " or ch in "\n\t"), (c, cell)
            else:
                assert cell == str(v), (c, cell, v)
    failed = [r for r in rows[1:] if r[2] == "failed"]
    assert failed and failed[0][0].startswith("'=")  # a name a spreadsheet would run is quoted


@pytest.mark.parametrize("jobs", [1, 2, 4])
def test_reports_written_side_by_side_say_each_error_once(tmp_path, jobs):
    """``report.write_all``: every writer runs (in forked children with jobs > 1), each result comes
    back under its name, an OSError keeps its errno, a child that dies is a failure, not a hang."""
    import errno
    import os

    from planparse.report import write_all

    def ok(name):
        return lambda: (tmp_path / name).write_text(name * 1000)

    def full():
        raise OSError(errno.ENOSPC, "No space left on device")

    def bug():
        raise ValueError("x" * 100_000)  # larger than a pipe's buffer

    def dies():
        os._exit(7)
    tasks = [("a", ok("a")), ("full", full), ("b", ok("b")), ("bug", bug), ("c", ok("c"))]
    if jobs > 1:
        tasks.insert(0, ("dies", dies))  # the first writer always goes to a child
    done = dict(write_all(tasks, jobs=jobs))
    assert list(done) == [n for n, _ in tasks]
    assert all(done[n] is None and (tmp_path / n).read_text() == n * 1000 for n in "abc")
    assert isinstance(done["full"], OSError) and done["full"].errno == errno.ENOSPC
    assert done["bug"] is not None and "x" in str(done["bug"])
    if jobs > 1:
        assert isinstance(done["dies"], RuntimeError)


def test_batch_reports_are_the_same_with_one_or_two_writers(tmp_path):
    import subprocess
    import sys
    src = tmp_path / "in"
    src.mkdir()
    for f in SAMPLE_FILES[:3]:
        (src / f.name).write_bytes(f.read_bytes())
    (src / "junk.pdf").write_bytes(b"%PDF-1.4 garbage")
    outs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        r = subprocess.run([sys.executable, "-m", "planparse.cli", "audit", str(src), "--out", str(out), "--jobs", jobs,
                            "--quiet"], capture_output=True, text=True, timeout=300)
        assert r.returncode == 1, r.stderr  # the junk file
        outs.append(out)
    for name in ("matrix.csv", "plans.csv"):
        assert (outs[0] / name).read_bytes() == (outs[1] / name).read_bytes()
    import openpyxl
    books = [openpyxl.load_workbook(o / "matrix.xlsx") for o in outs]
    assert [ws.title for ws in books[0].worksheets] == [ws.title for ws in books[1].worksheets]
    for a, b in zip(books[0].worksheets, books[1].worksheets):
        assert [[c.value for c in row] for row in a.iter_rows()] == [[c.value for c in row] for row in b.iter_rows()]
    html = [re.sub(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d)?", "", (o / "report.html").read_text(encoding="utf-8"))
            for o in outs]
    assert html[0] == html[1]


def test_batch_rows_on_disk_cost_the_coordinator_bytes_not_dicts(tmp_path):
    """The coordinator of a batch writing to disk keeps each row as a line of a temporary file:
    ~20 bytes of memory a plan after the batch, the rows read back equal to what was stored."""
    import tracemalloc

    import planparse
    from planparse.auditing.batch import _RowStore, _stored
    a = planparse.audit(SAMPLE_FILES[0]).to_dict()
    f = tmp_path / "a.audit.json"
    f.write_text(json.dumps(a, ensure_ascii=False), encoding="utf-8")
    row = _stored({"path": "p", "status": "ok", "reason": None, "audit": a}, f)
    paths = [f"plans/{i:05d}.txt" for i in range(5000)]
    tracemalloc.start()
    store = _RowStore()
    base = tracemalloc.get_traced_memory()[0]
    for p in paths:
        store[p] = {**row, "path": p}
    store[paths[-1] + "x"] = {"path": paths[-1] + "x", "status": "failed", "reason": "file is empty"}
    view = store.in_order(paths + [paths[-1] + "x"])
    grown = tracemalloc.get_traced_memory()[0] - base
    tracemalloc.stop()
    assert grown / len(paths) < 40, grown / len(paths)
    back = view[1234]
    assert back["path"] == paths[1234] and back["audit"]["summary"] == a["summary"]
    assert [x["status"] for x in back["audit"]["areas"]] == [x["status"] for x in a["areas"]]
    assert back["audit"]["areas"][0]["evidence"][:1] == [{**e, "text": e["text"][:300]} for e in a["areas"][0]["evidence"][:1]]
    assert view[-1] == {"path": paths[-1] + "x", "status": "failed", "reason": "file is empty"}
    from planparse.auditing.batch import AuditSet
    assert AuditSet(view).failed == [view[-1]] == [r for r in view if r["status"] != "ok"]
    assert len(view) == 5001 and sum(1 for _ in view) == 5001


def test_batch_workers_are_replaced_and_every_row_kept(tmp_path, monkeypatch):
    """With ``files_per_worker`` small, the pool is replaced several times in one batch: every input
    still yields its row, in input order, the same as a batch run in one process."""
    import os

    import planparse
    from planparse import limits
    src = tmp_path / "in"
    src.mkdir()
    files = []
    for i in range(11):
        f = src / f"p{i:02d}.txt"
        f.write_bytes(SAMPLE_FILES[i % len(SAMPLE_FILES)].read_bytes() if i != 7 else b"")
        files.append(f)
    serial = planparse.audit_many(files, jobs=1, out_dir=tmp_path / "one")
    import concurrent.futures as cf
    pools = []

    class Counted(cf.ProcessPoolExecutor):
        def __init__(self, *a, **k):
            pools.append(1)
            super().__init__(*a, **k)
    monkeypatch.setattr(cf, "ProcessPoolExecutor", Counted)
    limits.set(files_per_worker=1)  # a new pool after every 8 files (the in-flight window of 2 workers)
    try:
        pooled = planparse.audit_many(files, jobs=2, out_dir=tmp_path / "two")
    finally:
        limits.reset()
    assert len(pools) == 2  # 11 files: 8, then 3
    assert [r["path"] for r in pooled] == [str(f) for f in files]
    assert [r["status"] for r in pooled] == [r["status"] for r in serial] and pooled.rows[7]["status"] == "failed"
    assert pooled.matrix().equals(serial.matrix())


def test_evidence_sheet_gives_each_quote_its_own_score_and_judge(workbook, aset):
    """An area's score is its best evidence; the sheet also shows each quote's own score and the
    judge (signal phrase, BM25 retrieval, fuzzy match) that found it, in the report's language."""
    from planparse.messages import t
    from planparse.report.i18n import labels
    lang, wb = workbook
    L = labels(lang)
    ws = wb[L["evidence"]]
    head = _header(ws)
    i_score, i_judge = head.index(L("evidence_score")), head.index(L("judge"))
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    want = [(e["score"], t("judge." + e["judge"], lang)) for r in aset.rows if r["status"] == "ok"
            for x in r["audit"]["areas"] for e in x["evidence"]]
    assert rows and [(r[i_score], r[i_judge]) for r in rows] == [(pytest.approx(s), j) for s, j in want]
    assert all(0 <= r[i_score] <= 1 for r in rows)


def test_worker_row_line_is_the_row_the_coordinator_would_store(tmp_path):
    """A pool worker hands back the row store's line (``_row_line``) instead of the audit: read back,
    it is the same row as the coordinator storing ``_stored(row, file)`` itself — for every sample
    and for a plan too short to judge (areas ``insufficient``)."""
    import planparse
    from planparse.auditing.batch import _row_line, _RowStore, _stored
    short = tmp_path / "short.txt"
    short.write_text("Số: 5/KH-UBND\n\nKẾ HOẠCH\nThực hiện Quyết định số 02/QĐ-BCĐASEAN\n\nI. MỤC ĐÍCH\n"
                     "Tuyên truyền về ASEAN.\n", encoding="utf-8")
    for src in [*SAMPLE_FILES, short]:
        a = planparse.audit(src).to_dict()
        f = tmp_path / f"{src.name}.audit.json"
        f.write_text(json.dumps(a, ensure_ascii=False), encoding="utf-8")
        row = {"path": str(src), "status": "ok", "reason": None, "audit": a, "seconds": 0.5}
        store = _RowStore()
        store["old"] = _stored(dict(row), f)
        store["new"] = {"path": str(src), "status": "ok", "reason": None, "_line": _row_line(row, f)}
        old, new = store.row(store.index("old")), store.row(store.index("new"))
        assert old.keys() == new.keys() and {k: v for k, v in old.items() if k != "audit"} == {
            k: v for k, v in new.items() if k != "audit"}
        def plain(audit):  # the stored audit's lazy parts (areas, evidence) as lists and dicts
            return {k: [{**x, "evidence": list(x["evidence"])} for x in v] if k == "areas" else v
                    for k, v in audit.items()}
        assert plain(old["audit"]) == plain(new["audit"])  # every key, the stored ones read from the file
        assert [x["status"] for x in new["audit"]["areas"]] == [x["status"] for x in a["areas"]]


def test_batch_matrix_says_insufficient_for_a_plan_too_short_to_judge(tmp_path):
    """An area the audit could not judge (``insufficient``) keeps that status in the batch's matrix,
    as in the plan's own audit JSON (the compact copy the coordinator keeps once lost it)."""
    import csv

    from planparse.auditing.batch import audit_many
    src = tmp_path / "in"
    src.mkdir()
    (src / "short.txt").write_text("Số: 5/KH-UBND\n\nKẾ HOẠCH\nThực hiện Quyết định số 02/QĐ-BCĐASEAN\n\n"
                                   "I. MỤC ĐÍCH\nTuyên truyền về ASEAN.\n", encoding="utf-8")
    aset = audit_many([src], out_dir=tmp_path / "out", jobs=1)
    own = json.loads((tmp_path / "out" / "audits" / "short.txt.audit.json").read_text(encoding="utf-8"))
    assert {a["status"] for a in own["areas"]} == {"insufficient"}
    aset.to_csv(tmp_path / "m.csv")
    with open(tmp_path / "m.csv", encoding="utf-8") as fh:
        got = [r["status"] for r in csv.DictReader(fh)]
    assert got == [a["status"] for a in own["areas"]]


def test_chunked_pool_keeps_every_row_and_isolates_a_file_that_kills_its_worker(tmp_path, monkeypatch):
    """A long queue goes to the workers a few files per task (``batch.CHUNK``); a file whose reading
    kills its worker process is marked failed alone — the files that shared its task, and every
    other file, keep their rows, in input order, as a one-process batch gives them."""
    import os

    import planparse
    from planparse.auditing import batch
    src = tmp_path / "in"
    src.mkdir()
    files = []
    for i in range(70):  # long enough for tasks of CHUNK files (the queue holds > 4 × window files)
        f = src / f"p{i:02d}.txt"
        f.write_bytes(SAMPLE_FILES[i % len(SAMPLE_FILES)].read_bytes())
        files.append(f)
    serial = planparse.audit_many(files, jobs=1, out_dir=tmp_path / "one")
    sizes = []
    real_one = batch.audit_one

    def one(path, *a):  # runs in the (forked) worker
        if path.endswith("p09.txt"):
            os._exit(9)  # as a crash in a C library would: no exception, no row
        return real_one(path, *a)
    import concurrent.futures as cf

    class Counted(cf.ProcessPoolExecutor):
        def submit(self, fn, *a, **k):
            if fn is batch._audit_chunk:
                sizes.append(len(a[0]))
            return super().submit(fn, *a, **k)
    monkeypatch.setattr(cf, "ProcessPoolExecutor", Counted)
    monkeypatch.setattr(batch, "audit_one", one)
    pooled = planparse.audit_many(files, jobs=2, out_dir=tmp_path / "two")
    assert 1 < max(sizes) <= batch.CHUNK and sizes[-1] == 1  # chunks while the queue is long, single files at its end
    assert [r["path"] for r in pooled] == [str(f) for f in files]
    assert pooled.rows[9]["status"] == "failed" and "died" in pooled.rows[9]["reason"]
    assert all(r["status"] == "ok" for k, r in enumerate(pooled.rows) if k != 9)
    keep = [k for k in range(len(files)) if k != 9]
    assert [pooled.rows[k]["audit"]["summary"] for k in keep] == [serial.rows[k]["audit"]["summary"] for k in keep]
