"""The text family of inputs (unseen set 4): Markdown as pandoc writes it, and text pasted from a PDF viewer.

- pandoc writes what Word (or a web page) lays out side by side as one of its four table kinds
  (grid, multiline, simple, pipe: pandoc manual, "Tables"); read as lines, the columns interleave
  (the header's issuer came out "Ủy ban nhân dân\\ cộng hòa xã hội chủ nghĩa việt …", the signer
  was lost, an annex grid table was not read at all). The cases are pandoc's own output
  (tests/fixtures/pandoc, README there) of one plan in several table kinds each;
- raw HTML tables, which pandoc writes when no Markdown table kind holds the cells;
- pandoc's escapes (``1\\.``, ``\\-``, ``\\"``) and hard line breaks (``\\`` at a line's end);
- a wrap right before a number (``Tờ trình số⏎85/TTr-STTTT``) or after a closing bracket;
- page furniture (page numbers, running headers and footers) in text copied from a PDF viewer,
  found by repetition at page breaks, in several wordings and places.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

import planparse
from planparse.ingest.markdown import read_markdown
from planparse.ingest.text import furniture_lines

PANDOC = Path(__file__).parent / "fixtures" / "pandoc"


def _leads(plan):
    return {t.id: ([a.name for a in t.lead], [a.name for a in t.support]) for t in plan.tasks}


# -- pandoc's tables -------------------------------------------------------------------------------

SO_TTTT = {  # header and signature as tables, an annex of tasks whose cells hold two paragraphs
    "issuer": "Sở Thông tin và Truyền thông tỉnh Hà Giang",
    "signer": ("Trần Văn Minh", "Phó Giám đốc"),
    "basis": ["77/KH-UBND"],  # the Tờ trình under "Xét đề nghị" is a request, not the basis
    "tasks": {
        "II.1": (["Phòng Thông tin - Báo chí - Xuất bản"], ["Báo Hà Giang", "Đài Phát thanh và Truyền hình tỉnh"]),
        "PL.1": (["Sở Giáo dục và Đào tạo"], ["Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]),
        "PL.2": (["Báo Hà Giang"], ["Sở Ngoại vụ"]),
    },
}
PHONG = {
    "issuer": "Phòng Văn hóa và Thông tin huyện Cầu Kè",
    "basis": ["18/KH-UBND"],
    "tasks": {"I.1": (["Phòng Văn hóa"], ["Ủy ban nhân dân các xã"]), "I.2": (["Đài Truyền thanh"], ["Phòng Văn hóa"])},
}
SO_NGV = {
    "issuer": "Sở Ngoại vụ tỉnh Lai Châu",
    "basis": ["301/KH-UBND"],
    "tasks": {
        "I.1": (["Phòng Thông tin đối ngoại"], ["Sở Thông tin và Truyền thông", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]),
        "I.2": (["Văn phòng Sở"], ["Sở Công Thương"]),
        "I.3": (["Văn phòng Sở"], ["Các phòng thuộc Sở"]),
    },
}


@pytest.mark.parametrize("name, want", [
    ("so-tttt.multiline-grid.md", SO_TTTT),  # headerless multiline header/signature, grid annex
    ("so-tttt.grid.md", SO_TTTT),  # every table a grid table
    ("so-tttt.html-tables.md", SO_TTTT),  # no grid tables: pandoc falls back to raw HTML
    ("phong-vhtt.simple.md", PHONG),  # a simple table with its header line
    ("phong-vhtt-wide.simple.md", PHONG),  # … with a column wider than the page
    ("phong-vhtt.pipe.md", PHONG),  # a pipe table
    ("so-ngoai-vu.multiline.md", SO_NGV),  # a multiline table with a header of two lines (from DOCX)
    ("so-ngoai-vu.grid.md", SO_NGV),
    ("so-ngoai-vu.pipe.md", SO_NGV),
])
def test_pandoc_tables_are_read_as_tables(name, want):
    plan = planparse.parse(PANDOC / name)
    assert plan.meta.issuer == want["issuer"]
    assert [b.number for b in plan.meta.basis] == want["basis"]
    if "signer" in want:
        assert (plan.meta.signer.name, plan.meta.signer.position) == want["signer"]
    got = _leads(plan)
    for tid, roles in want["tasks"].items():
        assert got.get(tid) == roles, (tid, got)
    assert "\\" not in plan.text


def test_pandoc_tables_give_the_docx_readers_cells():
    """The Markdown of a DOCX gives the cells the DOCX reader gives (a cell's paragraphs and hard
    line breaks apart, emphasis dropped, a cell spanning the table's lines joined)."""
    from planparse.ingest import ingest
    docx = ingest(PANDOC / "so-ngoai-vu.docx")
    for kind in ("multiline", "grid", "pipe"):
        md = ingest(PANDOC / f"so-ngoai-vu.{kind}.md")
        if kind == "pipe":  # one line a row: read by the text table reader where it stands
            assert md.tables == []
            continue
        assert md.tables == docx.tables, kind
    text, tables = read_markdown((PANDOC / "so-tttt.multiline-grid.md").read_text(encoding="utf-8"))
    assert tables[0] == [["UBND TỈNH HÀ GIANG\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                         ["Số: 215/KH-STTTT", "Hà Giang, ngày 14 tháng 3 năm 2020"]]
    assert tables[1] == [["Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Văn Minh"]]
    assert tables[2][1][1] == "Tổ chức hội thi tìm hiểu về ASEAN cho học sinh\nTrao giải tại Nhà văn hóa tỉnh"
    assert tables[2][1][3] == "Tỉnh đoàn\nHội Liên hiệp Phụ nữ tỉnh"
    # the tables stand in the text as the DOCX reader writes them: one row a line
    assert "\nUBND TỈNH HÀ GIANG SỞ THÔNG TIN VÀ TRUYỀN THÔNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed")
@pytest.mark.parametrize("source, want", [("so-tttt.html", SO_TTTT), ("phong-vhtt.html", PHONG),
                                          ("phong-vhtt-wide.html", PHONG), ("so-ngoai-vu.docx", SO_NGV)])
@pytest.mark.parametrize("writer", ["markdown", "markdown-multiline_tables", "markdown-simple_tables",
                                    "markdown-multiline_tables-simple_tables-pipe_tables",
                                    "markdown-multiline_tables-grid_tables"])
def test_pandoc_of_this_machine(tmp_path, source, want, writer):
    """The same plans through the pandoc installed here, table kinds turned off in turn."""
    src = PANDOC / source
    out = tmp_path / (src.stem + ".md")
    r = subprocess.run(["pandoc", "-f", src.suffix[1:], "-t", writer, str(src), "-o", str(out)],
                       capture_output=True, timeout=60)
    assert r.returncode == 0, r.stderr
    test_pandoc_tables_are_read_as_tables(out, want)


# -- table syntax, case by case ----------------------------------------------------------------------

def test_grid_table_with_a_cell_spanning_two_columns():
    md = "\n".join([
        "+-----+---------------+------------+",
        "| STT | Nội dung      | Chủ trì    |",
        "+=====+===============+============+",
        "| I   | Năm 2020                   |",
        "+-----+---------------+------------+",
        "| 1   | Treo băng rôn | Phòng Văn  |",
        "|     | cổ động       | hóa        |",
        "+-----+---------------+------------+",
    ])
    _, tables = read_markdown(md)
    assert tables == [[["STT", "Nội dung", "Chủ trì"], ["I", "Năm 2020", "Năm 2020"],
                       ["1", "Treo băng rôn cổ động", "Phòng Văn hóa"]]]


def test_columns_are_counted_as_shown_not_as_characters():
    """A file in NFD (a combining mark per accent) keeps pandoc's columns: a mark takes none."""
    import unicodedata
    md = (PANDOC / "so-tttt.multiline-grid.md").read_text(encoding="utf-8")
    _, nfc = read_markdown(md)
    _, nfd = read_markdown(unicodedata.normalize("NFD", md))
    assert [[[unicodedata.normalize("NFC", c) for c in r] for r in t] for t in nfd] == nfc


def test_simple_table_without_header_and_a_rule_are_told_apart():
    md = "\n".join(["Đoạn văn.", "", "------------------------------------------------------------------------", "",
                    "Đoạn khác.", "", "  ----- -------------- -------------", "  1     Treo băng rôn  Phòng Văn hóa",
                    "  2     Phát thanh     Đài Truyền thanh", "  ----- -------------- -------------", ""])
    text, tables = read_markdown(md)
    assert tables == [[["1", "Treo băng rôn", "Phòng Văn hóa"], ["2", "Phát thanh", "Đài Truyền thanh"]]]
    assert "Đoạn khác." in text and "Đoạn văn." in text


# -- escapes and line breaks ------------------------------------------------------------------------

@pytest.mark.parametrize("md, want", [
    ("1\\. Kinh phí thực hiện", "1. Kinh phí thực hiện"),
    ("\\- Cơ quan chủ trì: Văn phòng Sở.", "- Cơ quan chủ trì: Văn phòng Sở."),
    ("chủ đề \\\"Gắn kết và chủ động thích ứng\\\"", 'chủ đề "Gắn kết và chủ động thích ứng"'),
    ("**Thông tin, tuyên truyền\\\ngiai đoạn 2019 - 2020**", "**Thông tin, tuyên truyền\ngiai đoạn 2019 - 2020**"),
    ("[Độc lập - Tự do - Hạnh phúc]{.underline}", "Độc lập - Tự do - Hạnh phúc"),
    ("![](media/image1.png)\nKẾ HOẠCH", "\nKẾ HOẠCH"),
    ("# I. MỤC ĐÍCH {#muc-dich .unnumbered}\n\n[]{#_Toc1 .anchor}Căn cứ", "# I. MỤC ĐÍCH\n\nCăn cứ"),
    # an escaped marker on a paragraph's wrapped line is no block of its own: it goes on the line above
    ("Kinh phí năm 2020 bố trí cho các hoạt động tại mục\n1\\. của Kế hoạch này.", "Kinh phí năm 2020 bố trí cho các hoạt động tại mục 1. của Kế hoạch này."),
    ("Tổ chức giao lưu văn hóa, thể thao\n\\- bóng đá, bóng chuyền.", "Tổ chức giao lưu văn hóa, thể thao - bóng đá, bóng chuyền."),
])
def test_pandoc_escapes(md, want):
    assert read_markdown(md)[0] == want


@pytest.mark.parametrize("fmt", ["md", "txt"])
@pytest.mark.parametrize("wrap", ["Tờ trình số\n85/TTr-STTTT ngày 12/8/2019", "Tờ trình số 85/TTr-STTTT\nngày 12/8/2019",
                                  "Tờ trình số 85/TTr-STTTT ngày\n12/8/2019"])
def test_a_request_wrapped_before_its_number_is_no_basis(tmp_path, fmt, wrap):
    text = ("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 3615/KH-UBND\nQuảng Trị, ngày 21 tháng 8 năm 2019\n\nKẾ HOẠCH\n"
            "Thông tin, tuyên truyền về ASEAN\n\nCăn cứ Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo;\n\n"
            f"Xét đề nghị của Sở Thông tin và Truyền thông tại {wrap}, UBND tỉnh ban hành Kế hoạch như sau:\n\n"
            "I. MỤC ĐÍCH\n\nNâng cao nhận thức về ASEAN.\n")
    f = tmp_path / f"plan.{fmt}"
    f.write_text(text, encoding="utf-8")
    assert [b.number for b in planparse.parse(f).meta.basis] == ["02/QĐ-BCĐASEAN"]


# -- page furniture of text copied from a PDF viewer -----------------------------------------------

TASKS = 12
BODY = [
    "UBND TỈNH AN GIANG", "SỞ NGOẠI VỤ", "Số: 812/KH-SNgV", "An Giang, ngày 05 tháng 9 năm 2019", "KẾ HOẠCH",
    "Thông tin, tuyên truyền về ASEAN giai đoạn 2019 - 2020",
    "Căn cứ Kế hoạch số 556/KH-UBND ngày 20/8/2019 của UBND tỉnh An Giang;",
    "A. NHIỆM VỤ CỤ THỂ",
] + [line for k in range(1, TASKS + 1) for line in (
    f"{k}. Tổ chức hoạt động tuyên truyền số {k} về Cộng đồng ASEAN cho cán bộ, công chức và Nhân dân trong tỉnh",
    "• Nội dung: thông tin về các cam kết của Việt Nam trong ASEAN.",
    "• Chủ trì: Văn phòng Sở.",
    "• Phối hợp: Sở Thông tin và Truyền thông.",
    "• Kinh phí: nguồn chi thường xuyên của Sở.",
    "• Thời gian: thường xuyên.",
)] + [
    "B. TỔ CHỨC THỰC HIỆN", "Văn phòng Sở tổng hợp, báo cáo UBND tỉnh trước ngày 25/11/2019.",
    "Nơi nhận:", "- UBND tỉnh;", "- Lưu: VT.", "GIÁM ĐỐC", "Võ Thanh Bình",
]
SPLIT = 8  # the task whose heading a page break cuts in two
HEADING = next(ln for ln in BODY if ln.startswith(f"{SPLIT}. "))

# each style: (page number of page n of N, running header or None, running footer or None, number at top?)
STYLES = {
    "trang-footer+header": (lambda n, N: f"Trang {n}/{N}", "812/KH-SNgV          Kế hoạch thông tin, tuyên truyền ASEAN 2019 - 2020", None, False),
    "dashes-top+footer": (lambda n, N: f"- {n} -", None, "Sở Ngoại vụ An Giang - Kế hoạch tuyên truyền ASEAN", True),
    "page-of+both": (lambda n, N: f"Page {n} of {N}", "KẾ HOẠCH TUYÊN TRUYỀN ASEAN", "sngv.angiang.gov.vn", False),
    "bare-number": (lambda n, N: f"{n}", "Kế hoạch số 812/KH-SNgV", None, True),
}


def _paginate(style: str, per_page: int = 25) -> str:
    """BODY as a PDF viewer's copy: page furniture wherever a page ends, one page break falling in
    the middle of task SPLIT's heading."""
    number, header, footer, top = STYLES[style]
    lines = list(BODY)
    k = lines.index(HEADING)
    cut = HEADING.index(" cho cán bộ")
    lines[k:k + 1] = [HEADING[:cut], HEADING[cut + 1:]]
    breaks = sorted({b for b in range(per_page, len(lines), per_page) if abs(b - (k + 1)) > 10} | {k + 1})
    pages = [lines[a:b] for a, b in zip([0] + breaks, breaks + [len(lines)])]
    flat: list[str] = []
    N = len(pages)
    for n, page in enumerate(pages, 1):
        if n > 1 and header:
            flat.append(header)
        if top and n > 1:
            flat.append(number(n, N))
        flat.extend(page)
        if footer and n < N:
            flat.append(footer)
        if not top:
            flat.append(number(n, N))
    return "\n".join(flat)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_page_furniture_is_dropped(style):
    number, header, footer, _ = STYLES[style]
    text = _paginate(style)
    plan = planparse.parse(text)
    for junk in filter(None, (header, footer)):
        assert junk in text and junk not in plan.text, junk
    assert "Trang 2/" not in plan.text and "Page 2 of" not in plan.text and "\n- 2 -\n" not in plan.text
    titles = {s.id: s.title for s in plan.sections}
    assert titles[f"A.{SPLIT}"] == HEADING.split(" ", 1)[1]
    assert len([t for t in plan.tasks if t.id.startswith("A.")]) == TASKS
    # the repeated field lines of the tasks are content, not furniture
    assert plan.text.count("Chủ trì: Văn phòng Sở.") == TASKS


@pytest.mark.parametrize("ff", ["\f{}", "{}\f", "\f\n{}"])
def test_running_lines_at_form_feeds_are_dropped(ff):
    """Text printed with form feeds (pdftotext): the pages are known, a line repeated at the same
    edge of most pages is furniture even without a page number."""
    lines = [ln for ln in BODY]
    header, footer = "KẾ HOẠCH TUYÊN TRUYỀN ASEAN 2019 - 2020", "Sở Ngoại vụ tỉnh An Giang"
    pages = [lines[a:a + 15] for a in range(0, len(lines), 15)]
    text = ""
    for n, page in enumerate(pages):
        if n:
            text += ff.format(header) + "\n"
        text += "\n".join(page) + "\n"
        if n < len(pages) - 1:
            text += footer + "\n"
    plan = planparse.parse(text)
    assert header not in plan.text and footer not in plan.text
    assert len([t for t in plan.tasks if t.id.startswith("A.")]) == TASKS


@pytest.mark.parametrize("text", [
    # a table's row numbers on lines of their own count up by one too, a few lines apart
    "\n".join(["STT", "Nội dung", "Chủ trì"] + [x for k in range(1, 12) for x in (str(k), f"Nội dung {k}", "Văn phòng Sở")]),
    # years count up by one from group to group
    "\n".join(x for y in range(2016, 2021) for x in (f"Năm {y}", *(f"Hoạt động {k} của năm" for k in range(12)))),
])
def test_counting_lines_that_are_no_page_numbers_stay(text):
    assert furniture_lines(text) == set()


def test_an_giang_page_furniture():
    text = (Path(__file__).parent / "cases" / "unseen4" / "an-giang_812-KH-SNgV_2019_asean-foreign-affairs.txt").read_text(encoding="utf-8")
    plan = planparse.parse(Path(__file__).parent / "cases" / "unseen4" / "an-giang_812-KH-SNgV_2019_asean-foreign-affairs.txt")
    assert "Trang 2/4" in text and "Trang 2/4" not in plan.text
    assert "Kế hoạch thông tin, tuyên truyền ASEAN 2019 - 2020" not in plan.text
    b8 = next(s for s in plan.sections if s.id == "B.8")
    assert b8.title.endswith("(Campuchia) nhân năm Việt Nam là Chủ tịch ASEAN 2020")


def test_dashed_lines_that_close_nothing_cost_one_pass():
    """Each dashed line opening no table stops the search of the one before: no quadratic scan."""
    import time
    md = "\n".join(["  ----- -----", "  a     b", ""] * 20000)
    t = time.perf_counter()
    read_markdown(md)
    assert time.perf_counter() - t < 5


def test_unclosed_html_tables_cost_one_pass():
    import time
    md = "\n".join(["<table>", "<tr><td>a</td></tr>", ""] * 20000)
    t = time.perf_counter()
    read_markdown(md)
    assert time.perf_counter() - t < 5


def test_grid_table_with_cells_spanning_rows():
    """pandoc 3 writes a cell merged over rows (a lead over several tasks, Word's vertical merge) as a
    grid whose row separator stops at that cell (docutils' grid tables): the cell's text may go on
    across the partial separator, and it stands in every row it spans, as the DOCX reader gives it."""
    md = "\n".join([
        "+-----+-------------------+--------------+",
        "| STT | Nội dung          | Chủ trì      |",
        "+=====+===================+==============+",
        "| 1   | Treo băng rôn     | Phòng Văn    |",
        "|     | cổ động           | hóa và       |",
        "+-----+-------------------+ Thông tin    |",
        "| 2   | Phát thanh về     |              |",
        "|     | ASEAN             |              |",
        "+-----+-------------------+--------------+",
        "| 3   | Hội thi tìm hiểu  | Huyện đoàn   |",
        "| hai +-------------------+--------------+",
        "| số  | Trao giải         | Phòng GD&ĐT  |",
        "+-----+-------------------+--------------+",
        "",
        "Đoạn sau bảng.",
    ])
    text, tables = read_markdown(md)
    lead = "Phòng Văn hóa và Thông tin"
    assert tables == [[["STT", "Nội dung", "Chủ trì"],
                       ["1", "Treo băng rôn cổ động", lead], ["2", "Phát thanh về ASEAN", lead],
                       ["3 hai số", "Hội thi tìm hiểu", "Huyện đoàn"], ["3 hai số", "Trao giải", "Phòng GD&ĐT"]]]
    assert "Đoạn sau bảng." in text


def test_pipe_table_whose_cells_break_lines_with_html():
    """A wiki's header block: a pipe table whose cells hold two lines as ``a<br>b`` (GitHub, GitLab and
    wiki Markdown have no other way to break a cell's line). Left as text the ``<br>`` ran the issuer
    and its department together (``Tỉnh kon tum<br>sở thông tin …``) and lost the signer."""
    md = "\n".join([
        "| UBND TỈNH KON TUM<br>**SỞ THÔNG TIN VÀ TRUYỀN THÔNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br/>"
        "**Độc lập - Tự do - Hạnh phúc** |",
        "|:---:|:---:|",
        "| Số: 1862/KH-STTTT | *Kon Tum, ngày 12 tháng 8 năm 2022* |",
        "",
        "# KẾ HOẠCH",
    ])
    text, tables = read_markdown(md)
    assert tables == [[["UBND TỈNH KON TUM\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
                       ["Số: 1862/KH-STTTT", "Kon Tum, ngày 12 tháng 8 năm 2022"]]]
    assert "UBND TỈNH KON TUM SỞ THÔNG TIN VÀ TRUYỀN THÔNG | CỘNG HÒA" in text
    # a pipe table without HTML breaks still stands as written, for the text table reader
    plain = "| STT | Nội dung |\n|---|---|\n| 1 | Treo băng rôn |\n"
    assert read_markdown(plain) == (plain, [])


def test_a_note_taking_apps_markdown():
    """An Obsidian/Notion note (Ninh Bình 412/KH-STTTT): properties in YAML front matter, the printed
    header in a callout, every line a bullet — the numbered items too (``- **1. Mục đích**``) — and
    ``![[scan.pdf]]`` embeds. The properties and the callout's head are no text of the plan; a bullet
    whose text opens with an item's label is that item."""
    md = "\n".join([
        "---", 'title: "Kế hoạch thông tin về ASEAN năm 2022"', "date: 2022-04-12", "tags:", "  - asean", "---", "",
        "# Kế hoạch thông tin, tuyên truyền về ASEAN năm 2022", "",
        "> [!info] Văn bản gốc", "> Số: 412/KH-STTTT · Ninh Bình, ngày 12 tháng 4 năm 2022",
        "> Bản scan: ![[KH 412.pdf]] và [[Kế hoạch 27|KH 27/KH-UBND]]", "",
        "## I. MỤC ĐÍCH, YÊU CẦU", "", "- **1. Mục đích**", "    - Nâng cao nhận thức.", "- **a)** Chia sẻ tin, bài.",
    ])
    text, _ = read_markdown(md)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    assert lines[0] == "# Kế hoạch thông tin, tuyên truyền về ASEAN năm 2022"
    assert "title:" not in text and "[!info]" not in text and "Văn bản gốc" not in text and "![[" not in text
    assert "Bản scan:  và KH 27/KH-UBND" in text
    assert "**1. Mục đích**" in lines and "**a)** Chia sẻ tin, bài." in lines
