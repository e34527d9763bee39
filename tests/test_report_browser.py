"""The HTML report opened in a real browser (headless Chromium, installed by .ci/run)."""
import shutil
import subprocess

import pytest

from conftest import SAMPLE_FILES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    import planparse
    out = tmp_path_factory.mktemp("report")
    aset = planparse.audit_many(SAMPLE_FILES, jobs=1)
    aset.to_html(out / "report.html")
    return out / "report.html"


def test_chromium_is_installed():
    assert CHROMIUM, "Chromium is required for the report test: apt-get install chromium (done by .ci/run)"


def test_report_renders_matrix_and_evidence_without_console_errors(report, tmp_path):
    r = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path}", "--enable-logging=stderr", "--v=0",
                        "--dump-dom", report.as_uri()], capture_output=True, text=True, timeout=120)
    dom = r.stdout
    assert "<table class=\"matrix\">" in dom or "class=\"matrix\"" in dom
    assert dom.count("class=\"cell ") >= 5 * 13
    assert "<mark>" in dom and "Đã đề cập" in dom
    console = [ln for ln in r.stderr.splitlines() if "CONSOLE" in ln]
    assert not console, console


def test_report_screenshot_is_not_blank(report, tmp_path):
    png = tmp_path / "shot.png"
    subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={tmp_path / 'u'}", "--window-size=1200,900",
                    f"--screenshot={png}", report.as_uri()], capture_output=True, timeout=120)
    assert png.exists() and png.stat().st_size > 20_000
