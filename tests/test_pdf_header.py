"""The header block of a Word plan printed to PDF, when the header table's cells wrap.

A header is a borderless two-column table (layout.md §1). Printed with a wider font than the one
it was laid out for, or with narrow columns, its cells wrap: ``CỘNG HÒA XÃ HỘI CHỦ NGHĨA`` /
``VIỆT NAM``, ``…, ngày 25 tháng 3 năm`` / ``2022``, ``UBND TỈNH THỪA`` / ``THIÊN HUẾ``. The
wrapped lines fall between lines of the other column; the PDF reader must keep each column's text
in its column, so that the motto is not read as part of the issuer and the year stays with its date.
The PDFs are made here from DOCX by LibreOffice, at several column widths, so that different cells wrap.
"""
from __future__ import annotations

import shutil
import subprocess

import pytest

import planparse

pytestmark = pytest.mark.skipif(not (shutil.which("soffice") or shutil.which("libreoffice")),
                                reason="LibreOffice renders the PDFs")

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"

# (left column's lines, number, date line, issuer, place, issued)
HEADERS = {
    "sở": (["UBND TỈNH THỪA THIÊN HUẾ", "SỞ VĂN HÓA VÀ THỂ THAO"], "1847/KH-SVHTT",
           "Thừa Thiên Huế, ngày 25 tháng 3 năm 2022",
           "Sở Văn hóa và Thể thao tỉnh Thừa Thiên Huế", "Thừa Thiên Huế", "2022-03-25"),
    "ubnd": (["ỦY BAN NHÂN DÂN", "TỈNH THỪA THIÊN HUẾ"], "312/KH-UBND",
             "Thừa Thiên Huế, ngày 18 tháng 11 năm 2021",
             "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "Thừa Thiên Huế", "2021-11-18"),
    "huyện": (["UBND TỈNH LÂM ĐỒNG", "ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC TRỌNG"], "5312/KH-UBND",
              "Đức Trọng, ngày 12 tháng 8 năm 2019",
              "Ủy ban nhân dân huyện Đức Trọng", "Đức Trọng", "2019-08-12"),
}
# (left, right) column widths in cm, font size: nothing wraps; the motto and the date wrap; most cells wrap
WIDTHS = {"wide": (7.0, 10.5, 10), "narrow": (5.5, 7.0, 13), "narrower": (4.2, 5.6, 13)}
TITLE = "Thông tin, tuyên truyền về ASEAN năm 2022"


def _header_docx(path, left_lines, number, date_line, widths, rows: bool) -> None:
    """A plan whose header is a borderless 2-column table: one row of three paragraphs a cell, or
    (``rows``) one row a line."""
    import docx
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    d = docx.Document()
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(widths[2])
    left = list(left_lines) + [f"Số: {number}"]
    right = [MOTTO, "Độc lập - Tự do - Hạnh phúc", date_line]
    while len(right) < len(left):
        right.insert(2, "")  # the date stays level with the number
    while len(left) < len(right):
        left.insert(0, "")
    n_rows = len(left) if rows else 1
    t = d.add_table(rows=n_rows, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for c, w in enumerate(widths[:2]):  # LibreOffice lays the table out by its grid, Word by the cells
        t.columns[c].width = Cm(w)
        for r in range(n_rows):
            t.cell(r, c).width = Cm(w)

    def put(cell, texts, bold_upto):
        cell.paragraphs[0].text = ""
        for k, s in enumerate(texts):
            p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = p.add_run(s)
            run.bold = k < bold_upto and not s.startswith("Số")
            run.italic = ", ngày" in s

    for col, texts in ((0, left), (1, right)):
        if rows:
            for r, s in enumerate(texts):
                put(t.cell(r, col), [s], 0 if col == 0 and r < len(texts) - 2 else len(texts))
        else:
            put(t.cell(0, col), texts, len(texts) - 1 if col == 1 else len(texts))
    for s, bold in (("KẾ HOẠCH", True), (TITLE, True)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(s).bold = bold
    for s in ("Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình "
              "hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025;",
              "I. MỤC ĐÍCH, YÊU CẦU",
              "Nâng cao nhận thức của cán bộ, công chức và Nhân dân về Cộng đồng ASEAN.",
              "II. TỔ CHỨC THỰC HIỆN",
              "Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này."):
        d.add_paragraph(s)
    d.save(path)


CASES = [(h, w, rows) for h in HEADERS for w in WIDTHS for rows in (False,)] + \
        [(h, w, True) for h in ("sở", "huyện") for w in ("narrow", "narrower")]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    out = tmp_path_factory.mktemp("pdfhdr")
    files = []
    for h, w, rows in CASES:
        left, number, date_line = HEADERS[h][:3]
        f = out / f"{h}-{w}-{'rows' if rows else 'cells'}.docx"
        _header_docx(f, left, number, date_line, WIDTHS[w], rows)
        files.append(f)
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to", "pdf",
                    "--outdir", str(out), *map(str, files)], check=True, capture_output=True, timeout=600)
    return out


def _first_page_lines(path) -> list[str]:
    import pypdfium2 as pdfium

    from planparse.ingest import pdf as pdf_mod
    doc = pdfium.PdfDocument(str(path))
    try:
        return [ln.text for ln in pdf_mod._page_lines(doc[0], 0)]
    finally:
        doc.close()


def test_the_narrow_columns_do_wrap(pdfs):
    """The cases mean something only if the cells wrap: the motto is cut in every narrow layout."""
    for h, w, rows in CASES:
        lines = _first_page_lines(pdfs / f"{h}-{w}-{'rows' if rows else 'cells'}.pdf")
        cut = not any(MOTTO in ln for ln in lines)
        assert cut == (w != "wide"), (h, w, lines[:10])


@pytest.mark.parametrize("h, w, rows", CASES)
def test_wrapped_header_cells_stay_in_their_column(pdfs, h, w, rows):
    _left, number, _date, issuer, place, issued = HEADERS[h]
    p = planparse.parse(pdfs / f"{h}-{w}-{'rows' if rows else 'cells'}.pdf")
    got = (p.meta.issuer, p.meta.number, p.meta.issued, p.meta.title)
    assert got == (issuer, number, issued, TITLE)
    from planparse.layout.header import read_header
    assert read_header(p.text).place == place
