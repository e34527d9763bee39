"""The HTML report opened in a real browser (headless Chromium, installed by .ci/run).

Screenshots are kept as test artefacts in ``build/test-artifacts/`` (or ``$PLANPARSE_TEST_ARTIFACTS``)."""
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE_FILES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(os.environ.get("PLANPARSE_TEST_ARTIFACTS", ROOT / "build" / "test-artifacts"))
needs_chromium = pytest.mark.skipif(not CHROMIUM, reason="Chromium not installed (see test_chromium_is_installed)")

# measures the page from inside: how far the body is wider than the window, and whether the matrix scrolls itself
PROBE = """<script>
var d=document.documentElement, m=document.querySelector('.scroll');
document.body.setAttribute('data-overflow', String(d.scrollWidth - d.clientWidth));
document.body.setAttribute('data-matrix-scrolls', String(m ? m.scrollWidth > m.clientWidth : false));
var th=document.querySelector('table.matrix th.plan');
document.body.setAttribute('data-sticky', th ? getComputedStyle(th).position : '');
var hr=document.querySelector('table.matrix thead tr');
document.body.setAttribute('data-head-height', String(hr ? Math.round(hr.getBoundingClientRect().height) : 0));
</script></body>"""


@pytest.fixture(scope="module")
def aset():
    import planparse
    return planparse.audit_many(SAMPLE_FILES, jobs=1)


@pytest.fixture(scope="module")
def report(aset, tmp_path_factory):
    out = tmp_path_factory.mktemp("report")
    aset.to_html(out / "report.html")
    return out / "report.html"


def _wide(aset):
    """The samples plus a reference with many areas: a matrix far wider than any window."""
    from planparse.auditing.batch import AuditSet
    rows = []
    for r in aset.ok:
        a = dict(r["audit"])
        a["areas"] = [{**x, "id": f"{x['id']}-{k}"} for k in range(4) for x in a["areas"]]
        rows.append({**r, "audit": a})
    return AuditSet(rows)


def _dump(html_path: Path, tmp_path: Path, width: int) -> str:
    probe = html_path.with_name(html_path.stem + "-probe.html")
    probe.write_text(html_path.read_text(encoding="utf-8").replace("</body>", PROBE), encoding="utf-8")
    r = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'u'}", f"--window-size={width},900",
                        "--virtual-time-budget=2000", "--dump-dom", probe.as_uri()], capture_output=True, text=True, timeout=120)
    return r.stdout


def test_chromium_is_installed():
    assert CHROMIUM, "Chromium is required for the report test: apt-get install chromium (done by .ci/run)"


@needs_chromium
def test_report_renders_matrix_and_evidence_without_console_errors(report, tmp_path):
    r = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path}", "--enable-logging=stderr", "--v=0",
                        "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120)
    dom = r.stdout
    assert dom.count("class=\"matrix\"") == 2  # one matrix per reference (the samples cite two)
    assert dom.count("class=\"cell ") >= 4 * 16 + 13
    assert "<mark" in dom and "Đã đề cập" in dom
    console = [ln for ln in r.stderr.splitlines() if "CONSOLE" in ln]
    assert not console, console


@needs_chromium
@pytest.mark.parametrize("width", [1280, 900])
def test_page_body_never_scrolls_sideways_the_matrix_does(aset, tmp_path, width):
    page = tmp_path / "wide.html"
    _wide(aset).to_html(page)
    dom = _dump(page, tmp_path, width)
    overflow = re.search(r'data-overflow="(-?\d+)"', dom)
    assert overflow, "probe did not run"
    assert int(overflow.group(1)) <= 0, f"page body overflows by {overflow.group(1)} px at {width} px"
    assert 'data-matrix-scrolls="true"' in dom
    assert 'data-sticky="sticky"' in dom
    head = int(re.search(r'data-head-height="(\d+)"', dom).group(1))
    assert 0 < head < 50, f"matrix header is {head} px tall: its labels wrap letter by letter"


@needs_chromium
def test_report_screenshot_is_not_blank_and_kept(report, tmp_path):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for lang in ("vi", "en"):
        page = report if lang == "vi" else report.with_name("report-en.html")
        if lang == "en":
            import planparse
            planparse.audit_many(SAMPLE_FILES, jobs=1).to_html(page, lang="en")
        png = ARTIFACTS / f"report-{lang}.png"
        png.unlink(missing_ok=True)
        subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'u'}", "--window-size=1280,1600",
                        f"--screenshot={png}", page.as_uri()], capture_output=True, timeout=120)
        assert png.exists() and png.stat().st_size > 20_000


@needs_chromium
def test_report_prints_to_a4_landscape(report, tmp_path):
    from pypdf import PdfReader
    pdf = ARTIFACTS / "report.pdf"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    pdf.unlink(missing_ok=True)
    subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'u'}", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf}", report.as_uri()], capture_output=True, timeout=120)
    pages = PdfReader(pdf).pages
    w, h = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert abs(w - 842) < 3 and abs(h - 595) < 3, (w, h)  # A4 landscape in points
    assert len(pages) >= 1 + len(SAMPLE_FILES)  # each plan starts a page
    first = " ".join(pages[0].extract_text().split())
    for number in ("4750/KH-UBND", "2502/KH-UBND", "1759/KH-UBND"):  # the matrix is not broken row by row
        assert number in first, number
