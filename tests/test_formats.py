"""PDF, scanned PDF, DOCX with Word numbering, HTML, legacy encodings and task annexes.

The fixtures are built from the samples in the test session by tools/make_fixtures.py
(python-docx + LibreOffice headless + Pillow); each format must give what the text gives.
"""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import GOLD, ROOT, SAMPLES, SCORER

sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

import planparse  # noqa: E402

SCANNED = ["tay-ninh_2502-KH-UBND_2019_asean-news", "kien-giang_2841-KH-SGDDT_2021_asean-education"]
FIELDS = ["sections", "sections.title", "tasks", "tasks.lead", "tasks.support", "assignments", "deadlines",
          "budget.sources", "meta.number", "meta.basis", "audit.status"]


@pytest.fixture(scope="session")
def fixtures(tmp_path_factory):
    assert shutil.which("soffice") or shutil.which("libreoffice"), \
        "LibreOffice is needed to build PDF fixtures (apt-get install libreoffice-writer-nogui; done by .ci/run)"
    from make_fixtures import main, to_scanned
    out = tmp_path_factory.mktemp("fixtures")
    main([str(out), "--no-scan"])
    for n in SCANNED:
        to_scanned(out / f"{n}.pdf", out / f"{n}.scanned.pdf")
    return out


def _scores(paths: dict[str, Path], tmp: Path) -> dict:
    for name, src in paths.items():
        plan = planparse.parse(src)
        (tmp / f"{name}.plan.json").write_text(plan.to_json(), encoding="utf-8")
        (tmp / f"{name}.audit.json").write_text(planparse.audit(plan).to_json(), encoding="utf-8")
    res = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(tmp), "--json", "--only", *paths],
                         capture_output=True, text=True, check=True)
    return {k: v["f1"] for k, v in json.loads(res.stdout)["fields"].items()}


@pytest.fixture(scope="session")
def text_scores(tmp_path_factory):
    names = [p.stem for p in sorted(SAMPLES.glob("*.txt"))]
    return _scores({n: SAMPLES / f"{n}.txt" for n in names}, tmp_path_factory.mktemp("txt"))


@pytest.mark.parametrize("fmt,suffix,tolerance", [("docx", ".docx", 0.02), ("pdf", ".pdf", 0.02), ("html", ".html", 0.02),
                                                  ("tcvn3", ".tcvn3.txt", 0.02)])
def test_format_scores_like_text(fixtures, text_scores, tmp_path, fmt, suffix, tolerance):
    names = [p.stem for p in sorted(SAMPLES.glob("*.txt"))]
    got = _scores({n: fixtures / f"{n}{suffix}" for n in names}, tmp_path)
    for f in FIELDS:
        assert got[f] >= text_scores[f] - tolerance, (fmt, f, got[f], text_scores[f])


def test_scanned_pdf_is_ocrd_and_scores_close_to_text(fixtures, tmp_path):
    from planparse.ingest.ocr import tesseract_available
    assert tesseract_available(), "apt-get install tesseract-ocr tesseract-ocr-vie (done by .ci/run)"
    got = _scores({n: fixtures / f"{n}.scanned.pdf" for n in SCANNED}, tmp_path)
    ref = _scores({n: SAMPLES / f"{n}.txt" for n in SCANNED}, tmp_path / "ref" if (tmp_path / "ref").mkdir() is None else tmp_path)
    for f in ["sections", "tasks", "meta.number", "deadlines", "audit.status"]:
        assert got[f] >= ref[f] - 0.05, (f, got[f], ref[f])
    p = planparse.parse(fixtures / f"{SCANNED[0]}.scanned.pdf")
    assert p.source.ocr and 0.5 < p.source.ocr_confidence <= 1.0


def test_docx_numbering_labels_are_recovered(fixtures):
    doc = planparse.parse(fixtures / "binh-duong_1759-KH-UBND_2019_foreign-information.docx")
    ids = [s.id for s in doc.sections]
    assert ids[:4] == ["I", "II", "II.1", "II.2"] and "II.4.1" in ids and "II.6.7" in ids and ids[-1] == "III.4"
    import docx
    raw = [p.text for p in docx.Document(fixtures / "binh-duong_1759-KH-UBND_2019_foreign-information.docx").paragraphs]
    assert "MỤC ĐÍCH, YÊU CẦU" in raw  # python-docx alone loses the "I." label
    assert "I. MỤC ĐÍCH, YÊU CẦU" in doc.text


def test_pdf_headers_footers_removed_and_pages_mapped(fixtures):
    p = planparse.parse(fixtures / "binh-duong_4750-KH-UBND_2019_asean.pdf")
    assert "Kế hoạch 4750/KH-UBND" not in p.text.split("KẾ HOẠCH", 1)[1]  # the running header
    assert p.source.pages and p.source.pages > 2
    last = p.sections[-1]
    assert p.page_of(last.span[0]) > 1 and p.page_of(0) == 1


def test_pdf_evidence_drawn_on_its_page(fixtures, tmp_path):
    p = planparse.parse(fixtures / "binh-duong_4750-KH-UBND_2019_asean.pdf")
    a = planparse.audit(p)
    img = planparse.show(p, a.area("A08"))
    out = tmp_path / "a08.png"
    img.save(out)
    assert out.stat().st_size > 10_000


def test_annex_table_across_two_pages(fixtures):
    from make_fixtures import ANNEX_GOLD
    for suffix in (".docx", ".pdf"):
        p = planparse.parse(fixtures / f"annex-plan{suffix}")
        got = {t.id: t for t in p.tasks}
        assert set(got) == set(ANNEX_GOLD), (suffix, sorted(set(got) ^ set(ANNEX_GOLD)))
        for tid, g in ANNEX_GOLD.items():
            t = got[tid]
            assert [a.name for a in t.lead] == g["lead"], (suffix, tid)
            assert [a.name for a in t.support] == g["support"], (suffix, tid)
            assert (t.timeframe.start, t.timeframe.end) == g["timeframe"], (suffix, tid)
        if suffix == ".pdf":
            assert p.source.pages >= 3


def test_scanned_annex_table_across_pages_is_read_from_its_cells(fixtures):
    """The two-page annex table printed and scanned: its rules are found in the images and each cell is
    OCR'd, so nearly every row is a task with its lead, support and time (OCR slips on a few marks)."""
    from make_fixtures import ANNEX_GOLD, to_scanned
    from planparse.ingest.ocr import tesseract_available
    assert tesseract_available(), "apt-get install tesseract-ocr tesseract-ocr-vie (done by .ci/run)"
    scan = fixtures / "annex-plan.scanned.pdf"
    to_scanned(fixtures / "annex-plan.pdf", scan)
    got = {t.id: t for t in planparse.parse(scan).tasks}
    right = [tid for tid, g in ANNEX_GOLD.items() if tid in got and [a.name for a in got[tid].lead] == g["lead"]
             and [a.name for a in got[tid].support] == g["support"] and got[tid].timeframe is not None
             and (got[tid].timeframe.start, got[tid].timeframe.end) == g["timeframe"]]
    assert len(right) >= 0.85 * len(ANNEX_GOLD), sorted(set(ANNEX_GOLD) - set(right))  # measured: 30 of 33


def test_legacy_doc_without_libreoffice_says_what_to_install(tmp_path, monkeypatch):
    from planparse.ingest import docx as d
    monkeypatch.setattr(d.shutil, "which", lambda name: None)
    f = tmp_path / "old.doc"
    f.write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 600)
    with pytest.raises(planparse.IngestError) as e:
        planparse.parse(f)
    assert "LibreOffice" in str(e.value) and "old.doc" in str(e.value)


def test_scanned_pdf_without_tesseract_says_what_to_install(fixtures, monkeypatch, tmp_path):
    from planparse.ingest import ocr
    monkeypatch.setattr(ocr, "tesseract_available", lambda: False)
    with pytest.raises(planparse.IngestError) as e:
        planparse.parse(fixtures / f"{SCANNED[0]}.scanned.pdf")
    assert "tesseract-ocr-vie" in str(e.value)


def test_vni_and_cp1258_files_are_decoded(tmp_path):
    from legacy_helpers import to_cp1258_bytes, to_vni
    text = (SAMPLES / "kien-giang_2841-KH-SGDDT_2021_asean-education.txt").read_text(encoding="utf-8")
    ref = planparse.parse(text)
    (tmp_path / "vni.txt").write_bytes(to_vni(ref.text).encode("cp1252", "replace"))
    (tmp_path / "w1258.txt").write_bytes(to_cp1258_bytes(ref.text.replace("“", '"').replace("”", '"')))
    for f in ("vni.txt", "w1258.txt"):
        p = planparse.parse(tmp_path / f)
        assert [s.id for s in p.sections] == [s.id for s in ref.sections], f
        assert p.meta.number == ref.meta.number


def test_legacy_doc_through_libreoffice(fixtures, tmp_path):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    assert exe, "apt-get install libreoffice-writer-nogui (done by .ci/run)"
    subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile", "--convert-to", "doc",
                    "--outdir", str(tmp_path), str(fixtures / "kien-giang_2841-KH-SGDDT_2021_asean-education.docx")],
                   check=True, capture_output=True, timeout=180)
    doc = planparse.parse(tmp_path / "kien-giang_2841-KH-SGDDT_2021_asean-education.doc")
    ref = planparse.parse(SAMPLES / "kien-giang_2841-KH-SGDDT_2021_asean-education.txt")
    assert doc.source.format == "doc"
    assert [s.id for s in doc.sections] == [s.id for s in ref.sections]
    assert [t.id for t in doc.tasks] == [t.id for t in ref.tasks]


def test_markdown_pipe_table_annex():
    from make_fixtures import ANNEX_GOLD, ANNEX_PLAN, ANNEX_ROWS
    table = "\n".join("| " + " | ".join(r) + " |" for r in ANNEX_ROWS[:1]) + "\n|---|---|---|---|---|\n" + \
        "\n".join("| " + " | ".join(r) + " |" for r in ANNEX_ROWS[1:])
    p = planparse.parse(ANNEX_PLAN.replace("Nguyễn Văn Út\n", "Nguyễn Văn Út\n\nPHỤ LỤC\n\n" + table + "\n"), name="annex.md")
    got = {t.id: t for t in p.tasks}
    assert set(got) == set(ANNEX_GOLD)
    assert [a.name for a in got["II.2"].lead] == ANNEX_GOLD["II.2"]["lead"]


def _html_text(body: str, title: str = "Trang") -> tuple[str, list]:
    from planparse.ingest.html import read_html
    doc = read_html(f"<html><head><title>{title}</title></head><body><div class='noi-dung'>{body}</div></body></html>"
                    .encode("utf-8"), "x.html")
    return doc.text, doc.tables


@pytest.mark.parametrize("body,lines", [
    # the labels a browser prints before list items
    ('<ol type="I"><li>MỤC ĐÍCH</li><li>NHIỆM VỤ</li></ol>', ["I. MỤC ĐÍCH", "II. NHIỆM VỤ"]),
    ('<ol type="a" start="3"><li>ba</li><li>bốn</li></ol>', ["c. ba", "d. bốn"]),
    ('<ol><li>một</li><li value="7">bảy</li><li>tám</li></ol>', ["1. một", "7. bảy", "8. tám"]),
    ('<ol reversed start="3"><li>ba</li><li>hai</li></ol>', ["3. ba", "2. hai"]),
    ('<ol type="I"><li>NỘI DUNG<ol><li>Tuyên truyền</li><li>Tập huấn</li></ol></li></ol>',
     ["I. NỘI DUNG", "1. Tuyên truyền", "2. Tập huấn"]),
    # a list reopened after a paragraph continues where the editor says (start=)
    ('<ol><li>một</li></ol><p>- chủ trì</p><ol start="2"><li>hai</li></ol>', ["1. một", "- chủ trì", "2. hai"]),
    # bullets get a dash unless they carry one
    ("<ul><li>Sở Tài chính</li><li>- Sở Y tế</li></ul>", ["- Sở Tài chính", "- Sở Y tế"]),
    # block elements are lines, with no blank line between (as Word paragraphs)
    ("<p>một</p><div>hai<br>ba</div>", ["một", "hai", "ba"]),
])
def test_html_blocks_and_list_labels(body, lines):
    text, _ = _html_text(body)
    assert text.split("\n")[1:] == lines  # the page title first: this body has no document header


def test_html_table_rows_are_consecutive_lines_and_cells_with_merges():
    """A table's rows follow each other (a text table the layout reader can find); its cells, a cell's
    lines kept apart, go to ``Document.tables``, a merged cell repeated in each column and row it covers."""
    text, tables = _html_text(
        "<p>Các nhiệm vụ:</p><table><thead><tr><th>STT</th><th>Nội dung</th><th>Chủ trì</th></tr></thead>"
        "<tbody><tr><td>1</td><td><p>Tuyên truyền</p><p>trên báo</p></td><td rowspan='2'>Sở Thông tin và Truyền thông</td></tr>"
        "<tr><td>2</td><td>Tập huấn</td></tr><tr><td colspan='3'>Ghi chú</td></tr></tbody></table><p>Hết.</p>")
    assert text.split("\n")[1:] == ["Các nhiệm vụ:", "STT | Nội dung | Chủ trì",
                                    "1 | Tuyên truyền trên báo | Sở Thông tin và Truyền thông",
                                    "2 | Tập huấn | Sở Thông tin và Truyền thông", "Ghi chú | Ghi chú | Ghi chú", "Hết."]
    assert tables == [[["STT", "Nội dung", "Chủ trì"], ["1", "Tuyên truyền\ntrên báo", "Sở Thông tin và Truyền thông"],
                       ["2", "Tập huấn", "Sở Thông tin và Truyền thông"], ["Ghi chú", "Ghi chú", "Ghi chú"]]]


def test_html_page_title_is_dropped_before_a_document_header():
    """A page's <title> opens the text of a news article, not of a document with its own Decree 30
    header (the title would stand above the issuer and hide it)."""
    header = ("<table><tr><td><p>ỦY BAN NHÂN DÂN</p><p>HUYỆN HẢI LĂNG</p><p>Số: 85/KH-UBND</p></td>"
              "<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p></td></tr></table>"
              "<p>KẾ HOẠCH</p><p>Tuyên truyền phòng, chống thiên tai</p>")
    text, _ = _html_text(header, title="Kế hoạch 85/KH-UBND")
    assert not text.startswith("Kế hoạch 85") and text.startswith("ỦY BAN NHÂN DÂN")
    text, _ = _html_text("<p>Sáng nay, tỉnh tổ chức hội nghị.</p>", title="Hội nghị tuyên truyền")
    assert text.split("\n")[0] == "Hội nghị tuyên truyền"
    import planparse
    from planparse.ingest.html import read_html
    page = f"<html><head><title>Kế hoạch</title></head><body><div>{header}<p>I. MỤC ĐÍCH</p></div></body></html>"
    assert planparse.parse(read_html(page.encode("utf-8"), "x.html")).meta.issuer == "Ủy ban nhân dân huyện Hải Lăng"


def test_docx_text_boxes_are_read_once_as_lines_of_their_own(tmp_path):
    """Word writes a text box twice (DrawingML and a VML fallback copy); its paragraphs are lines of
    their own, before the paragraph it is anchored in, and the header they hold is read."""
    import sys

    import docx
    from docx.oxml import parse_xml

    import planparse
    sys.path.insert(0, str(ROOT / "tools"))
    from make_layouts import _text_box
    d = docx.Document()
    p = d.add_paragraph("Đoạn neo")
    p._p.append(parse_xml(_text_box(["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 12/KH-UBND"], 0)))
    p._p.append(parse_xml(_text_box(["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                                     "Quảng Trị, ngày 5 tháng 6 năm 2020"], 3000000)))
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Tuyên truyền về chuyển đổi số")
    f = tmp_path / "boxes.docx"
    d.save(f)
    from planparse.ingest import ingest
    text = ingest(f).text
    assert text.split("\n")[:8] == ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 12/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                    "Độc lập - Tự do - Hạnh phúc", "Quảng Trị, ngày 5 tháng 6 năm 2020", "Đoạn neo", "KẾ HOẠCH"]
    assert text.count("TỈNH QUẢNG TRỊ") == 1
    m = planparse.parse(f).meta
    assert (m.number, m.issued, m.issuer) == ("12/KH-UBND", "2020-06-05", "Ủy ban nhân dân tỉnh Quảng Trị")


def test_docx_text_box_inside_a_text_box_is_read_once(tmp_path):
    """A box anchored in a paragraph of another box comes before that paragraph, once."""
    import sys

    import docx
    from docx.oxml import parse_xml
    sys.path.insert(0, str(ROOT / "tools"))
    from make_layouts import _text_box

    from planparse.ingest import ingest
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    outer = parse_xml(_text_box(["Ngoài một", "Ngoài hai"], 0))
    for box in outer.iter(W + "txbxContent"):  # the DrawingML box and its VML copy alike
        box.find(W + "p").append(parse_xml(_text_box(["Trong"], 1000000)))
    d = docx.Document()
    d.add_paragraph("Neo")._p.append(outer)
    d.add_paragraph("Sau")
    d.save(tmp_path / "nested.docx")
    assert ingest(tmp_path / "nested.docx").text.split("\n") == ["Trong", "Ngoài một", "Ngoài hai", "Neo", "Sau"]
