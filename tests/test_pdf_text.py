"""PDF text you can trust: every character once, legacy fonts decoded, unreadable layers detected.

The real corpus (``../shared/corpus/real``: PDFs printed from Word by provincial offices) is read
page by page with the text pass alone (no OCR) and compared with poppler's ``pdftotext``:
character error rate over the whole text, and a count of doubled fragments (``Sở ở``,
``xây dựnựng``) that pdftotext does not have. Hostile PDFs are built here, byte by byte.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import time
import unicodedata
from collections import Counter

import pytest

from conftest import SHARED

from planparse.errors import IngestError, MissingToolError
from planparse.ingest import ocr as ocr_mod
from planparse.ingest import pdf as pdf_mod

REAL = sorted((SHARED / "corpus" / "real").glob("*/*.pdf")) if (SHARED / "corpus" / "real").is_dir() else []
# Two rates against pdftotext, over the characters (whitespace removed):
# - dropped or duplicated characters (order ignored): what the text pass must get right;
# - edit distance (order kept): also counts lines placed in another order (multi-column headers, stamps).
MAX_LOST_OR_DOUBLED = 0.002  # measured: 0 lost; ≤ 0.08 % extra (a line-end hyphen pdftotext drops)
MAX_CER = 0.15


def _our_pages(path):
    """Per page: the page's text from our text pass, and whether its fonts make it unreadable."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    out = []
    try:
        for i in range(len(doc)):
            page = pdf_mod._page_with_fields(doc, i)
            info: dict = {}
            lines = pdf_mod._page_lines(page, i, info)
            page.close()
            out.append((" ".join(ln.text for ln in lines), info.get("unreadable_share", 0.0) > pdf_mod.UNREADABLE_SHARE))
    finally:
        doc.close()
    return out


def _poppler_page(path, i: int) -> str:
    return subprocess.run(["pdftotext", "-q", "-f", str(i + 1), "-l", str(i + 1), str(path), "-"],
                          capture_output=True, text=True).stdout


def _squash(t: str) -> str:
    # pdftotext keeps a font's Latin "OI" (U+01A2/3) where Vietnamese has "Ư/ư"; we restore the letter
    t = unicodedata.normalize("NFC", t).replace("\ufffe", "-").replace("\u00ad", "-").translate({0x1A2: 0x1AF, 0x1A3: 0x1B0})
    return re.sub(r"\s+", "", t)


_SUFFIX_DUP = re.compile(r"([^\W\d_]+) ([^\W\d_]+)")
_INNER_DUP = re.compile(r"([^\W\d_]{2,})\1")


def doubled(text: str) -> int:
    """Fragments printed twice: a word followed by its own ending ("Sở ở"), or a letter pair repeated
    inside a word ("dựnựng")."""
    n = sum(1 for m in _SUFFIX_DUP.finditer(text)
            if len(m.group(2)) < len(m.group(1)) and m.group(1).endswith(m.group(2)))
    return n + len(_INNER_DUP.findall(text))


def test_doubled_counts_the_failures_it_names():
    assert doubled("Sở ở Công Thương, Độc lập - Tự ự do, xây dựnựng") == 3
    assert doubled("Sở Công Thương, Độc lập - Tự do, xây dựng, ngày 10/10/2026") == 0


@pytest.fixture(scope="module")
def poppler():
    if not shutil.which("pdftotext"):
        pytest.skip("poppler's pdftotext is the reference (apt-get install poppler-utils)")


@pytest.mark.skipif(not REAL, reason="the real corpus (../shared/corpus/real) is not here")
@pytest.mark.parametrize("path", REAL, ids=[p.name for p in REAL])
def test_text_layer_matches_pdftotext(poppler, path):
    from rapidfuzz.distance import Levenshtein
    ours_all, ref_all, dup_ours, dup_ref = [], [], 0, 0
    for i, (ours, unreadable) in enumerate(_our_pages(path)):
        ref = _poppler_page(path, i)
        if len(ref.strip()) < 50:
            # a scan: no text layer, and the reader invents none (OCR reads the page)
            assert len(ours.strip()) < 50 or unreadable, f"page {i + 1}: text where pdftotext finds none"
            continue
        if unreadable:
            continue  # fonts without a Unicode map (test_glyph_code_layers_are_detected): OCR reads those
        ours_all.append(ours)
        ref_all.append(ref)
        dup_ours += doubled(ours)
        dup_ref += doubled(" ".join(ref.split()))
    if not ref_all:
        return  # every page is a scan or an unmapped layer, checked above page by page
    a, b = _squash(" ".join(ours_all)), _squash(" ".join(ref_all))
    cer = Levenshtein.distance(a, b) / max(1, len(b))
    ca, cb = Counter(a), Counter(b)
    lost = sum((cb - ca).values()) / max(1, len(b))
    extra = sum((ca - cb).values()) / max(1, len(b))
    print(f"{path.name}: CER {cer:.4f}, lost {lost:.4f}, extra {extra:.4f}, doubled {dup_ours} (pdftotext {dup_ref})")
    assert lost <= MAX_LOST_OR_DOUBLED and extra <= MAX_LOST_OR_DOUBLED, (lost, extra)
    assert cer <= MAX_CER, f"CER {cer:.4f} against pdftotext"
    assert dup_ours <= dup_ref, f"{dup_ours} doubled fragments (pdftotext: {dup_ref})"


# ---- fonts: decided per font, not per page --------------------------------------------------------

@pytest.mark.parametrize("name,needle,bad", [
    ("TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.pdf", "Lào Cai", "L‡o Cai"),
    ("KH-1105-DKT-ke-hoach-kiem-tra.pdf", "Lào Cai", "L‡o Cai"),
])
def test_macroman_read_fonts_are_decoded(name, needle, bad):
    path = next((p for p in REAL if p.name == name), None)
    if path is None:
        pytest.skip("real corpus not here")
    text = " ".join(t for t, _ in _our_pages(path))
    assert needle in text and bad not in text


@pytest.mark.parametrize("name", ["KH-1105-DKT-ke-hoach-kiem-tra.pdf", "TB-1894-ket-qua-sau-kiem-tra-VLNCN-ban-ky.pdf"])
def test_glyph_code_layers_are_detected(name):
    path = next((p for p in REAL if p.name == name), None)
    if path is None:
        pytest.skip("real corpus not here")
    assert _our_pages(path)[0][1], "page 1 is in fonts without a Unicode map (6Ӣ C‘NG 7+ѬѪ1 for SỞ CÔNG THƯƠNG)"


def test_kh1105_reads_as_vietnamese_by_ocr():
    path = next((p for p in REAL if p.name == "KH-1105-DKT-ke-hoach-kiem-tra.pdf"), None)
    if path is None or not ocr_mod.tesseract_available():
        pytest.skip("needs the real corpus and Tesseract with vie")
    doc = pdf_mod.read_pdf(path.read_bytes(), path.name)
    assert doc.ocr
    assert "SỞ CÔNG THƯƠNG" in doc.text and "KẾ HOẠCH" in doc.text and "7+ѬѪ1" not in doc.text


def test_legacy_decoders_per_font():
    from planparse.ingest.legacy import macroman_to_winansi, tcvn3_to_unicode, vni_to_unicode
    assert macroman_to_winansi("L‡o Cai, ng‡y th·ng 4") == "Lào Cai, ngày tháng 4"
    assert macroman_to_winansi("C‘NG trÍn kËm ph˙c") == "CÔNG trên kèm phúc"
    assert tcvn3_to_unicode("L\u00b5o Cai") == "Lào Cai"
    assert vni_to_unicode("Vieät Nam") == "Việt Nam"


# ---- hand-built PDFs ---------------------------------------------------------------------------

def _pdf_file(objs: list[bytes]) -> bytes:
    """A PDF file of numbered objects (1 is the catalogue) with its cross-reference table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for k, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % k + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _pdf(content: bytes, font: bytes = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
         extra: list[bytes] | None = None, size=(595, 842)) -> bytes:
    """A one-page PDF with ``content`` as its content stream and ``font`` as /F1 (objects 5…: ``extra``)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 4 0 R >> >> "
            b"/Contents %d 0 R >>" % (size[0], size[1], 5 + len(extra or [])),
            font] + list(extra or []) + [b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    return _pdf_file(objs)


def test_two_columns_and_no_doubles_in_a_built_pdf():
    content = (b"BT /F1 12 Tf 60 780 Td (UBND TINH LAO CAI) Tj 250 0 Td (CONG HOA XA HOI) Tj ET\n"
               b"BT /F1 12 Tf 60 760 Td (So Cong Thuong) Tj ET\n"
               b"BT /F1 12 Tf 60 700 Td (Xay dung) Tj ( ke hoach) Tj ET\n")
    import pypdfium2 as pdfium
    page = pdfium.PdfDocument(_pdf(content))[0]
    lines = [ln.text for ln in pdf_mod._page_lines(page, 0)]
    assert lines == ["UBND TINH LAO CAI", "CONG HOA XA HOI", "So Cong Thuong", "Xay dung ke hoach"]


@pytest.mark.parametrize("stamps, want", [
    # an e-signature system draws the number and day into the template's gaps after the page's text
    (b"BT /F1 12 Tf 84 780 Td (3686) Tj ET BT /F1 12 Tf 338 760 Td (11) Tj ET BT /F1 12 Tf 394 760 Td (5) Tj ET",
     ["So: 3686 /UBND-XD", "Lao Cai, ngay 11 thang 5 nam 2026"]),
    # day and month in one text object: one run across the word "thang"
    (b"BT /F1 12 Tf 84 780 Td (193) Tj ET BT /F1 12 Tf 338 760 Td (10) Tj 56 0 Td (01) Tj ET",
     ["So: 193 /UBND-XD", "Lao Cai, ngay 10 thang 01 nam 2026"]),
    (b"", ["So: /UBND-XD", "Lao Cai, ngay thang nam 2026"]),
], ids=["number-day-month", "one-run-over-a-word", "unsigned"])
def test_stamped_fields_land_in_their_gap(stamps, want):
    content = (b"BT /F1 12 Tf 60 780 Td (So:) Tj 56 0 Td (/UBND-XD) Tj ET\n"
               b"BT /F1 12 Tf 260 760 Td (Lao Cai, ngay) Tj 100 0 Td (thang) Tj 48 0 Td (nam 2026) Tj ET\n" + stamps)
    import pypdfium2 as pdfium
    page = pdfium.PdfDocument(_pdf(content))[0]
    lines = [ln.text for ln in pdf_mod._page_lines(page, 0)]
    assert lines == want


def test_thirty_thousand_runs_on_one_page_read_fast():
    runs = b"".join(b"BT /F1 6 Tf %d %d Td (ab) Tj ET\n" % (20 + (k % 60) * 9, 820 - (k // 60) % 130 * 6)
                    for k in range(30_000))
    data = _pdf(runs)
    t = time.perf_counter()
    doc = pdf_mod.read_pdf(data, "runs.pdf")
    took = time.perf_counter() - t
    assert doc.text
    assert took < 5.0, f"{took:.1f} s for 30,000 text runs"  # measured ~0.3 s; generous for a busy machine


_PUA_CMAP = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /PUA def "
             b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfrange <20> <7E> <E020> endbfrange "
             b"endcmap CMapName currentdict /CMap defineresource pop end end")


def _pua_pdf() -> bytes:
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 5 0 R >>"
    cmap = b"<< /Length %d >>\nstream\n" % len(_PUA_CMAP) + _PUA_CMAP + b"\nendstream"
    content = b"".join(b"BT /F1 12 Tf 60 %d Td (Ke hoach trien khai nhiem vu nam 2026 so %d) Tj ET\n" % (780 - 20 * k, k)
                       for k in range(20))
    return _pdf(content, font, [cmap])


def test_private_use_text_layer_is_never_read_as_text(monkeypatch):
    monkeypatch.setattr(ocr_mod, "tesseract_available", lambda: False)
    with pytest.raises(MissingToolError, match="Unicode map"):
        pdf_mod.read_pdf(_pua_pdf(), "pua.pdf")


def test_private_use_text_layer_goes_to_ocr(monkeypatch):
    calls = []

    def fake(data, pages, name, *, all_pages, progress=None, **_):
        calls.append(pages)
        return {p: ([pdf_mod.PLine(p, 60, 60, 300, 72, "Kế hoạch triển khai")], 0.9) for p in pages}
    monkeypatch.setattr(ocr_mod, "ocr_pages", fake)
    doc = pdf_mod.read_pdf(_pua_pdf(), "pua.pdf")
    assert calls == [[0]] and doc.ocr and "Kế hoạch" in doc.text and "\ue04b" not in doc.text


# ---- OCR limits ------------------------------------------------------------------------------

def test_ocr_render_scale_is_capped():
    assert ocr_mod.render_scale(595, 842, page=0, name="a4.pdf") == pytest.approx(300 / 72)
    big = ocr_mod.render_scale(3 * 595, 3 * 842, page=0, name="a1.pdf")  # lowered to fit the cap
    assert big < 300 / 72 and (3 * 595 * big) * (3 * 842 * big) <= ocr_mod.MAX_OCR_PIXELS * 1.001
    with pytest.raises(IngestError, match="MAX_OCR_PIXELS"):
        ocr_mod.render_scale(200 * 72, 200 * 72, page=0, name="huge.pdf")


def test_huge_scanned_page_is_refused_by_name(monkeypatch):
    monkeypatch.setattr(ocr_mod, "tesseract_available", lambda: True)
    # a 200×200-inch page with an image and no text: a scan to OCR
    content = b"q 14400 0 0 14400 0 0 cm /Im1 Do Q"
    img = b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"
    data = _pdf(content, extra=[img], size=(14400, 14400)).replace(
        b"/Resources << /Font << /F1 4 0 R >> >>", b"/Resources << /XObject << /Im1 5 0 R >> >>")
    t = time.perf_counter()
    with pytest.raises(IngestError, match="MAX_OCR_PIXELS"):
        pdf_mod.read_pdf(data, "huge.pdf")
    assert time.perf_counter() - t < 5


def test_ocr_progress_and_kill_on_interrupt(monkeypatch):
    """The caller's budget ending (any exception while pages are read) kills every Tesseract."""
    if not ocr_mod.tesseract_available():
        pytest.skip("needs Tesseract")
    content = b"q 595 0 0 842 0 0 cm /Im1 Do Q"
    img = b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 1 >>\nstream\n\x80\nendstream"
    page = _pdf(content, extra=[img]).replace(b"/Resources << /Font << /F1 4 0 R >> >>",
                                              b"/Resources << /XObject << /Im1 5 0 R >> >>")
    import pypdfium2 as pdfium
    src = pdfium.PdfDocument(page)
    many = pdfium.PdfDocument.new()
    for _ in range(4):
        many.import_pages(src)
    import io
    buf = io.BytesIO()
    many.save(buf)
    started = []
    real = ocr_mod._Procs.start

    def spy(self, args, env):
        p = real(self, args, env)
        if p is not None:
            started.append(p)
        return p
    monkeypatch.setattr(ocr_mod._Procs, "start", spy)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        raise KeyboardInterrupt  # the budget ends after the first page
    with pytest.raises(KeyboardInterrupt):
        ocr_mod.ocr_pages(buf.getvalue(), [0, 1, 2, 3], "scan.pdf", all_pages=True, progress=progress)
    assert seen == [(1, 4)]
    time.sleep(0.2)
    assert started and all(p.poll() is not None for p in started)


# ---- tables: cells wrapped over lines and pages -----------------------------------------------

def _pages_pdf(contents: list[bytes]) -> bytes:
    """A PDF with one page per content stream (Helvetica as /F1)."""
    n = len(contents)
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (4 + 2 * k) for k in range(n)), n),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for k, c in enumerate(contents):
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                    b"/Contents %d 0 R >>" % (5 + 2 * k))
        objs.append(b"<< /Length %d >>\nstream\n" % len(c) + c + b"\nendstream")
    return _pdf_file(objs)


def _ruled_table(rows: list[list[list[str]]], top: float) -> bytes:
    """A ruled table: ``rows`` of cells, each cell a list of text lines; columns at x 50/90/330/545."""
    xs = [50, 90, 330, 545]
    out = bytearray()
    y = top
    bounds = [y]
    for row in rows:
        h = 16 * max(len(c) for c in row) + 6
        for x, cell in zip(xs, row):
            for k, line in enumerate(cell):
                out += b"BT /F1 10 Tf %d %d Td (%s) Tj ET\n" % (x + 4, y - 14 - 16 * k, line.encode("latin-1"))
        y -= h
        bounds.append(y)
    for yy in bounds:
        out += b"%d %d %d 0.8 re f\n" % (xs[0], yy, xs[-1] - xs[0])
    for x in xs:
        out += b"%d %d 0.8 %d re f\n" % (x, bounds[-1], bounds[0] - bounds[-1])
    return bytes(out)


def _grid_inputs(data: bytes):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(data)
    ruled, heights = [], []
    for i in range(len(doc)):
        page = doc[i]
        edges, words = pdf_mod._page_rules(page), []
        pdf_mod._page_lines(page, i, {}, words)
        ruled.append((edges, words) if pdf_mod._has_rules(page, edges) else None)
        heights.append(page.get_height())
    return ruled, heights


@pytest.mark.parametrize("engine", ["grid", "pdfplumber"])
def test_table_cells_wrapped_over_lines_and_pages_are_joined(engine):
    head = [["STT"], ["Noi dung nhiem vu"], ["Don vi chu tri"]]
    page1 = (b"BT /F1 12 Tf 60 800 Td (PHU LUC) Tj ET\n"
             + _ruled_table([head,
                             [["1"], ["Tuyen truyen ve ASEAN"], ["So Thong tin", "va Truyen thong"]],
                             [["2"], ["Ho tro doanh nghiep", "ve Quy che"]] + [["So Cong Thuong"]]],
                            top=700)
             + _ruled_table([head, [["3"], ["Xay dung ke hoach", "va Ngay thanh"]] + [["Bo Thong tin"]]], top=230))
    page2 = _ruled_table([head, [[""], ["lap"], ["va Truyen thong"]], [["4"], ["Tong ket"], ["So Noi vu"]]], top=800)
    data = _pages_pdf([page1, page2])
    if engine == "grid":  # rules and words from the text pass, grid geometry from pdfplumber's functions
        ruled, heights = _grid_inputs(data)
        assert all(ruled)
        tables = pdf_mod._tables(data, "t.pdf", [0, 1], ruled, heights)
    else:
        tables = pdf_mod._tables(data, "t.pdf", [0, 1])
    assert tables[0] == [["STT", "Noi dung nhiem vu", "Don vi chu tri"],
                         ["1", "Tuyen truyen ve ASEAN", "So Thong tin va Truyen thong"],
                         ["2", "Ho tro doanh nghiep ve Quy che", "So Cong Thuong"]]
    # the second table runs over the page break: the repeated header goes, the cut row is whole again
    assert tables[1] == [["STT", "Noi dung nhiem vu", "Don vi chu tri"],
                         ["3", "Xay dung ke hoach va Ngay thanh lap", "Bo Thong tin va Truyen thong"],
                         ["4", "Tong ket", "So Noi vu"]]
    assert len(tables) == 2


def test_table_finder_runs_only_on_ruled_pages():
    import pypdfium2 as pdfium
    plain = b"BT /F1 12 Tf 60 800 Td (STT chu tri PHU LUC) Tj ET\n60 700 200 0.8 re f\n"
    doc = pdfium.PdfDocument(_pages_pdf([plain, _ruled_table([[["STT"], ["a"], ["b"]]], top=700)]))
    assert [pdf_mod._has_rules(doc[i]) for i in range(2)] == [False, True]


def _hidden_layer_scan(words: bytes) -> bytes:
    """A scanned page (an image) under invisible text (render mode 3), as OCR tools leave it."""
    content = (b"q 595 0 0 842 0 0 cm /Im1 Do Q\n"
               + b"".join(b"BT 3 Tr /F1 11 Tf 60 %d Td (%s) Tj ET\n" % (780 - 18 * k, words) for k in range(12)))
    img = (b"<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 "
           b"/Length 1 >>\nstream\n\x80\nendstream")
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    return _pdf(content, font, extra=[img]).replace(b"/Resources << /Font << /F1 4 0 R >> >>",
                                              b"/Resources << /Font << /F1 4 0 R >> /XObject << /Im1 5 0 R >> >>")


@pytest.mark.parametrize("words,reocr", [
    (b"CQNG HOA XA HQI CHU NGHIA VIET NAM DQc l$p Tg do H4nh phric", True),   # OCR'd without Vietnamese
    (b"C\xf4ng ty c\xf3 tr\xe1ch nhi\xeam b\xe1o c\xe1o k\xe8m theo v\xe0 n\xe0y c\xf2n", False),  # readable
])
def test_hidden_ocr_layer_that_is_not_vietnamese_is_read_again(monkeypatch, words, reocr):
    calls = []

    def fake(data, pages, name, *, all_pages, progress=None, **_):
        calls.append(pages)
        return {p: ([pdf_mod.PLine(p, 60, 60, 300, 72, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")], 0.9) for p in pages}
    monkeypatch.setattr(ocr_mod, "ocr_pages", fake)
    doc = pdf_mod.read_pdf(_hidden_layer_scan(words), "scan.pdf")
    assert (calls == [[0]]) is reocr and doc.ocr is reocr


@pytest.mark.parametrize("labels,want", [
    (["a. Thu thập", "b. Kiểm tra", "C. Kiểm tra thực tế", "d. Lập biên bản"], "c. Kiểm tra thực tế"),
    (["B. NỘI DUNG", "a. Thu thập", "b. Kiểm tra", "C. KẾT LUẬN"], "C. KẾT LUẬN"),   # a top part stays
    (["A. Mở đầu", "B. Nội dung", "C. Kết luận"], "C. Kết luận"),                   # a sequence of capitals
    (["b. Kiểm tra", "O. Khác"], "O. Khác"),                                         # not the next letter
])
def test_ocr_label_case_follows_its_sequence(labels, want):
    lines = [pdf_mod.PLine(0, 60, 10 * k, 300, 10 * k + 8, t) for k, t in enumerate(labels)]
    ocr_mod.fix_label_case([lines])
    changed = [ln.text for ln, t in zip(lines, labels) if t[0].lower() == want[0].lower() and t[2:] == want[2:]]
    assert changed == [want]


_SENTENCE = "kế hoạch triển khai công tác thông tin đối ngoại năm 2026 của sở công thương tỉnh lào cai"
_VNI = "keá hoaïch trieån khai coâng taùc thoâng tin ñoái ngoaïi naêm 2026 cuûa sôû coâng thöông tænh laøo cai"


def _tcvn3_bytes(text: str) -> bytes:
    from planparse.ingest import legacy
    back = {v: k for k, v in zip(legacy._TCVN3_SRC, legacy._TCVN3_DST)}
    return "".join(back.get(c, c) for c in text).encode("latin-1")


@pytest.mark.parametrize("font,encoded", [
    (b".VnTime", _tcvn3_bytes(_SENTENCE)),      # TCVN3 bytes in a .Vn* font
    (b"VNI-Times", _VNI.encode("latin-1")),     # VNI bytes in a VNI-* font
    (b"Arial", b"Ke hoach trien khai"),         # plain text in a plain font: untouched
])
def test_legacy_font_text_is_decoded_per_font(font, encoded):
    # one line in the legacy font, one in Helvetica with plain Vietnamese-free ASCII: only the first is converted
    body = (b"BT /F1 12 Tf 60 780 Td (" + encoded + b") Tj ET\n"
            b"BT /F2 12 Tf 60 740 Td (So 12/KH-UBND ngay 5 thang 3) Tj ET\n")
    f1 = b"<< /Type /Font /Subtype /TrueType /BaseFont /" + font + b" /Encoding /WinAnsiEncoding >>"
    f2 = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    data = _pdf(body, f1, [f2]).replace(b"/Font << /F1 4 0 R >>", b"/Font << /F1 4 0 R /F2 5 0 R >>")
    import pypdfium2 as pdfium
    lines = [ln.text for ln in pdf_mod._page_lines(pdfium.PdfDocument(data)[0], 0, {})]
    if font == b"Arial":
        assert lines == ["Ke hoach trien khai", "So 12/KH-UBND ngay 5 thang 3"]
    else:
        assert lines == [_SENTENCE, "So 12/KH-UBND ngay 5 thang 3"]


def test_progress_per_ocr_page_only_when_asked(monkeypatch, capsys):
    def fake(data, pages, name, *, all_pages, progress=None, **_):
        for k, p in enumerate(pages):
            if progress:
                progress(k + 1, len(pages))
        return {p: ([pdf_mod.PLine(p, 60, 60, 300, 72, "Kế hoạch")], 0.9) for p in pages}
    monkeypatch.setattr(ocr_mod, "ocr_pages", fake)
    monkeypatch.delenv("PLANPARSE_PROGRESS", raising=False)
    pdf_mod.read_pdf(_pua_pdf(), "pua.pdf")
    assert capsys.readouterr().err == ""
    monkeypatch.setenv("PLANPARSE_PROGRESS", "1")
    pdf_mod.read_pdf(_pua_pdf(), "pua.pdf")
    assert capsys.readouterr().err == "pua.pdf: OCR page 1/1\n"


# ---- ruled tables on OCR'd pages ----------------------------------------------------------------

def _render(data: bytes, scale: float = 300 / 72):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(data)
    return [doc[i].render(scale=scale, grayscale=True).to_pil() for i in range(len(doc))]


def test_rules_seen_in_the_image_make_the_cells_the_pdf_draws():
    """A ruled table rendered to pixels: the rules found in the image give the cells of the drawn rules."""
    import pypdfium2 as pdfium
    data = _pages_pdf([_ruled_table([[["STT"], ["Noi dung"], ["Don vi"]], [["1"], ["Tuyen truyen", "ve ASEAN"], ["So Noi vu"]],
                                     [["2"], ["Tong ket"], ["So Tu phap"]]], top=700)])
    drawn = pdf_mod.grid_cells(pdf_mod._page_rules(pdfium.PdfDocument(data)[0]))
    seen = pdf_mod.grid_cells(ocr_mod.image_rules(_render(data)[0], 300 / 72))
    assert len(drawn) == 9 and len(seen) == len(drawn)
    for a, b in zip(sorted(drawn), sorted(seen)):
        assert all(abs(p - q) < 1.5 for p, q in zip(a, b)), (a, b)


SCANNED_TABLE = [["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"],
                 ["1", "Tổ chức hội thi tìm hiểu pháp luật", "Sở Tư pháp", "Quý III/2026"],
                 ["2", "Biên soạn tài liệu tuyên truyền", "Sở Nội vụ", "Tháng 10/2026"],
                 ["3", "Kiểm tra việc thực hiện", "Sở Tài chính", "Quý IV/2026"]]


def test_scanned_ruled_table_is_read_cell_by_cell(tmp_path):
    """A plan printed with a ruled annex table, then scanned (an image-only PDF): no text layer and no
    drawn rules, yet the table's cells come back from the rules in the image and OCR of each cell."""
    if not (shutil.which("soffice") or shutil.which("libreoffice")) or not ocr_mod.tesseract_available():
        pytest.skip("needs LibreOffice and Tesseract")
    import sys

    import docx
    from conftest import ROOT
    sys.path.insert(0, str(ROOT / "tools"))
    from make_fixtures import to_pdf, to_scanned
    d = docx.Document()
    for line in ("KẾ HOẠCH", "Tuyên truyền pháp luật năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.",
                 "II. TỔ CHỨC THỰC HIỆN", "Các sở thực hiện theo Phụ lục kèm theo.", "PHỤ LỤC", "DANH MỤC NHIỆM VỤ"):
        d.add_paragraph(line)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for row in SCANNED_TABLE:
        for c, text in zip(t.add_row().cells, row):
            c.text = text
    d.save(tmp_path / "plan.docx")
    to_pdf([tmp_path / "plan.docx"], tmp_path)
    to_scanned(tmp_path / "plan.pdf", tmp_path / "scan.pdf")
    doc = pdf_mod.read_pdf((tmp_path / "scan.pdf").read_bytes(), "scan.pdf")
    assert doc.ocr and len(doc.tables) == 1
    from difflib import SequenceMatcher
    got = doc.tables[0]
    assert [len(r) for r in got] == [len(r) for r in SCANNED_TABLE]
    # OCR may slip on a mark ("Tố chức"), never put text in another cell; a row's lone number is read as a word
    assert [row[0] for row in got] == [row[0] for row in SCANNED_TABLE]
    for row, want in zip(got, SCANNED_TABLE):
        assert all(SequenceMatcher(None, a, b).ratio() >= 0.8 for a, b in zip(row[1:], want[1:])), (row, want)
    import planparse
    p = planparse.parse(tmp_path / "scan.pdf")
    got = {t.id: ([a.name for a in t.lead], t.timeframe and t.timeframe.text) for t in p.tasks}
    assert got == {f"PL.{k}": ([row[2]], row[3]) for k, row in enumerate(SCANNED_TABLE[1:], 1)}


@pytest.mark.parametrize("lines,want", [
    # a full line cut inside an abbreviation: joined
    ([["VP", "HĐND&UB"], ["ND", "huyện"]], "VP HĐND&UBND huyện"),
    ([["UBMTTQV"], ["N", "huyện"]], "UBMTTQVN huyện"),
    # two whole abbreviations on a full line stay apart
    ([["Sở", "VH"], ["TT", "và", "DL"]], "Sở VH TT và DL"),
    # words, not abbreviations
    ([["KẾ"], ["HOẠCH"]], "KẾ HOẠCH"),
    ([["Phòng", "Văn"], ["hóa", "huyện"]], "Phòng Văn hóa huyện"),
])
@pytest.mark.parametrize("full", [True, False])
def test_cell_lines_join_inside_an_abbreviation_only_where_the_line_is_full(lines, want, full):
    """A cell's wrapped lines are joined with a space, unless the line is full to the cell's text edge
    and the capitals either side of the break make a known abbreviation neither side is alone."""
    from planparse.ingest.pdf import _cell_text
    words, top = [], 100.0
    width = max(sum(len(w) * 6 + 4 for w in ln) for ln in lines) + (0 if full else 40)
    for ln in lines:
        x = 10.0
        for w in ln:
            words.append((x, top, x + len(w) * 6, top + 10, w))
            x += len(w) * 6 + 4
        top += 14
    # the widest line reaches the text edge; a first line that is not full ends well before it
    words.append((10.0, top, 10.0 + width - 4, top + 10, "x"))
    spaced = " ".join(w for ln in lines for w in ln)  # a line that is not full broke between words
    assert _cell_text(words) == (want if full else spaced) + " x"


@pytest.mark.parametrize("line,want", [
    ("- Đơn vị chủ trì: Phòng Văn hóa và Thông tin huyện; đơn vị phối hợp:", True),
    ("1. Tập huấn kỹ năng ứng phó thiên tai (Chủ trì:", True),
    ("… Sở Y tế; thời gian thực hiện:", True),
    ("Đơn vị phối hợp:", False),  # a label alone may head a list of values below it
    ("Các nhiệm vụ cụ thể như sau:", False),
    ("Giao các cơ quan, đơn vị thực hiện nhiệm vụ sau:", False),
])
def test_a_full_line_ending_on_a_field_label_continues(line, want):
    """PDF paragraphs: a full line that ends on a task field's label wrapped before the value; a line
    ending on ':' otherwise introduces what follows on lines of its own."""
    from planparse.ingest.pdf import _ends_on_field_label
    assert _ends_on_field_label(line) is want
