"""OCR for PDF pages without a text layer: Tesseract (Vietnamese model), pages in parallel.

``OMP_THREAD_LIMIT=1`` keeps one Tesseract from spreading over every core (a 300 dpi page takes
2–3 s instead of 15–40 s here), so pages run side by side instead.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from concurrent.futures import ThreadPoolExecutor

from ..errors import MissingToolError

INSTALL = "install Tesseract with its Vietnamese model: apt-get install tesseract-ocr tesseract-ocr-vie"
DPI = 300


def tesseract_available() -> bool:
    exe = shutil.which("tesseract")
    if not exe:
        return False
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    return "vie" in langs.split()


def ocr_pages(data: bytes, pages: list[int], name: str, *, all_pages: bool) -> dict:
    """{page index: (lines, mean confidence 0..1)}; raises MissingToolError when nothing can be read."""
    if not tesseract_available():
        if all_pages:
            raise MissingToolError(f"scanned PDF without a text layer; to read it, {INSTALL}", path=name)
        return {}
    import pypdfium2 as pdfium
    from .pdf import PLine
    tmp = tempfile.mkdtemp(prefix="planparse-ocr-")
    try:
        pdf = pdfium.PdfDocument(data)
        images = {}
        sizes = {}
        for i in pages:
            page = pdf[i]
            sizes[i] = (page.get_width(), page.get_height())
            img = page.render(scale=DPI / 72).to_pil()
            path = os.path.join(tmp, f"p{i}.png")
            img.save(path)
            images[i] = path
            page.close()
        pdf.close()
        env = dict(os.environ, OMP_THREAD_LIMIT="1")

        def run(i: int):
            r = subprocess.run(["tesseract", images[i], "stdout", "-l", "vie", "--psm", "4", "tsv"],
                               capture_output=True, text=True, env=env, timeout=300)
            return i, _lines_from_tsv(r.stdout, i, sizes[i], PLine)

        with ThreadPoolExecutor(max_workers=max(1, os.cpu_count() or 1)) as ex:
            return dict(ex.map(run, pages))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# slips Tesseract's Vietnamese model makes on administrative text
_FIXES = [("ƯBND", "UBND"), ("ỦBND", "UBND"), ("QĐÐ", "QĐ"), ("Ð", "Đ"), ("ð", "đ"), ("UBMTTOQ", "UBMTTQ")]


def _fix(text: str) -> str:
    for a, b in _FIXES:
        text = text.replace(a, b)
    return text


def _lines_from_tsv(tsv: str, page: int, size, PLine):
    scale = 72 / DPI
    groups: dict[tuple, list] = {}
    confs = []
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        key = (int(f[2]), int(f[3]), int(f[4]))
        x, y, w, h, conf = int(f[6]), int(f[7]), int(f[8]), int(f[9]), float(f[10])
        groups.setdefault(key, []).append((x, y, w, h, f[11]))
        if conf >= 0:
            confs.append(conf / 100)
    lines = []
    for words in groups.values():
        x0 = min(w[0] for w in words) * scale
        top = min(w[1] for w in words) * scale
        x1 = max(w[0] + w[2] for w in words) * scale
        bottom = max(w[1] + w[3] for w in words) * scale
        lines.append(PLine(page, x0, top, x1, bottom, _fix(" ".join(w[4] for w in sorted(words)))))
    lines.sort(key=lambda ln: (round(ln.top), ln.x0))
    return lines, (sum(confs) / len(confs) if confs else 0.0)
