"""OCR for PDF pages without a usable text layer: Tesseract (Vietnamese model), pipelined.

Pages are rendered one at a time in this thread while Tesseract reads the pages already
rendered in worker threads (one Tesseract process per core, each with ``OMP_THREAD_LIMIT=1``:
a 300 dpi page then takes 2–3 s instead of 15–40 s here). Each image goes to Tesseract on its
standard input as an uncompressed PGM (no PNG encoding, no temporary file). A page is rendered
with at most ``limits.MAX_OCR_PIXELS`` pixels, and each Tesseract call is killed after
``limits.OCR_PAGE_SECONDS``. If the caller's time budget ends (an exception such as the batch's
alarm, or Ctrl-C), every running Tesseract is killed before the exception leaves.

Ruled tables on these pages (``grids``): the rules the PDF draws, or else the rules seen in the
rendered image (``image_rules``), make cells (``pdf.grid_cells``); each cell is cut out of the image
and Tesseract reads all the cells of a page in one run (a multi-page TIFF), so a table's words are
placed in its cells as the text pass's words are.

When the caller armed a per-file alarm (``signal.setitimer``), it is extended by
``limits.OCR_SECONDS_PER_PAGE`` for each page to OCR: the limit for a scan grows with its pages.
"""
from __future__ import annotations

import io
import math
import os
import re
import shutil
import signal
import subprocess
import threading
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

from ..errors import IngestError, MissingToolError
from ..limits import MAX_OCR_PIXELS, MIN_OCR_DPI, OCR_PAGE_SECONDS, OCR_SECONDS_PER_PAGE

INSTALL = "install Tesseract with its Vietnamese model: apt-get install tesseract-ocr tesseract-ocr-vie"
DPI = 300

_available: bool | None = None


def tesseract_available() -> bool:
    global _available
    if _available is not None:
        return _available
    exe = shutil.which("tesseract")
    if not exe:
        _available = False
        return False
    try:
        langs = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=20).stdout
    except (OSError, subprocess.SubprocessError):
        return False
    _available = "vie" in langs.split()
    return _available


def render_scale(width_pt: float, height_pt: float, *, page: int, name: str) -> float:
    """Scale (pixels per point) to render a page for OCR: ``DPI``, lowered to stay within the pixel cap."""
    scale = DPI / 72
    pixels = width_pt * scale * height_pt * scale
    if pixels <= MAX_OCR_PIXELS:
        return scale
    scale = math.sqrt(MAX_OCR_PIXELS / max(1.0, width_pt * height_pt))
    if scale * 72 < MIN_OCR_DPI:
        raise IngestError(f"page {page + 1} is {width_pt / 72:.0f}×{height_pt / 72:.0f} in; rendering it for OCR at "
                          f"{MIN_OCR_DPI} dpi needs over {MAX_OCR_PIXELS / 1e6:.0f} million pixels, the limit "
                          f"(limit max_ocr_pixels: raise it with PLANPARSE_MAX_OCR_PIXELS=N)", path=name)
    return scale


class _Procs:
    """Running Tesseract processes, so they can all be killed at once."""

    def __init__(self):
        self.lock = threading.Lock()
        self.live: set = set()
        self.stopped = False

    def start(self, args, env):
        with self.lock:
            if self.stopped:
                return None
            p = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                 env=env, start_new_session=False)
            self.live.add(p)
            return p

    def done(self, p):
        with self.lock:
            self.live.discard(p)

    def kill_all(self):
        with self.lock:
            self.stopped = True
            procs = list(self.live)
        for p in procs:
            try:
                p.kill()
            except OSError:
                pass
        for p in procs:
            try:
                p.wait(timeout=5)
            except (OSError, subprocess.SubprocessError):
                pass


def _extend_alarm(pages: int) -> None:
    """Give a per-file alarm armed by the caller ``OCR_SECONDS_PER_PAGE`` more seconds per OCR'd page."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        return
    remaining, interval = signal.getitimer(signal.ITIMER_REAL)
    if remaining > 0:
        signal.setitimer(signal.ITIMER_REAL, remaining + pages * OCR_SECONDS_PER_PAGE, interval)


def ocr_pages(data: bytes, pages: list[int], name: str, *, all_pages: bool, progress=None,
              workers: int | None = None, grids: dict | None = None, rules: dict | None = None) -> dict:
    """{page index: (lines, mean confidence 0..1)}; raises MissingToolError when nothing can be read.

    ``progress(done, total)`` is called after each page (the library prints nothing itself).

    Ruled tables: when ``grids`` is a dict, each page whose ruling lines make cells gets
    ``grids[page] = (edges, words)`` — the edges in points from the page's top left (``rules[page]``,
    the rules the PDF draws, when given; else the rules seen in the rendered image), and the words
    Tesseract read in each cell (x0, top, x1, bottom, text), the cells read one by one (see ``_cells_images``).
    """
    if not tesseract_available():
        if all_pages:
            raise MissingToolError(f"scanned PDF without a text layer; to read it, {INSTALL}", path=name)
        return {}
    import pypdfium2 as pdfium

    from .pdf import PLine, grid_cells
    _extend_alarm(len(pages))
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    procs = _Procs()
    workers = max(1, min(workers or os.cpu_count() or 1, len(pages)))
    results: dict = {}
    done = 0

    def tesseract(image: bytes, psm: str) -> str | None:
        """Tesseract's TSV for an image; "" when it ran out of time, None when stopped."""
        p = procs.start(["tesseract", "stdin", "stdout", "-l", "vie", "--psm", psm, "tsv"], env)
        if p is None:
            return None
        try:
            out, _ = p.communicate(image, timeout=OCR_PAGE_SECONDS)
        except subprocess.TimeoutExpired:
            p.kill()
            p.communicate()
            return ""
        finally:
            procs.done(p)
        return out.decode("utf-8", "replace")

    def run(i: int, image: bytes, size, grid):
        tsv = tesseract(image, "4")
        if tsv is None:
            return i, None
        if not tsv:
            return i, ([], 0.0)  # a page Tesseract could not finish in time reads as empty
        if grid is not None:
            edges, batches = grid
            words: list[tuple] = []
            for psm, tiff, where in batches:
                cell_tsv = tesseract(tiff, psm)
                if cell_tsv is None:
                    return i, None
                words += _cell_words(cell_tsv, where, size[1])
            grids[i] = (edges, words)
        return i, _lines_from_tsv(tsv, i, size, PLine)

    pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="planparse-ocr")
    pending: set = set()
    pdf = pdfium.PdfDocument(data)
    try:
        for i in pages:
            # render ahead of Tesseract by at most one page per worker (bounded memory)
            while len(pending) > workers:
                fin, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in fin:
                    done += _collect(f, results, progress, done, len(pages))
            page = pdf[i]
            try:
                size = (page.get_width(), page.get_height())
                scale = render_scale(*size, page=i, name=name)
                pil = page.render(scale=scale, grayscale=True).to_pil()
            finally:
                page.close()
            grid = None
            if grids is not None:
                edges = (rules or {}).get(i) or image_rules(pil, scale)
                cells = grid_cells(edges)
                if cells:
                    grid = (edges, _cells_images(pil, cells, scale))
            image = _pgm(pil)
            del pil
            pending.add(pool.submit(run, i, image, (size, scale), grid))
            del image
        while pending:
            fin, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in fin:
                done += _collect(f, results, progress, done, len(pages))
    except BaseException:
        procs.kill_all()
        for f in pending:
            f.cancel()
        raise
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        pdf.close()
    return results


# Ruling lines in a page image: dark runs this long (points) along a row or a column; a rule is at
# most this thick (thicker dark bands are shading, pictures, stamps), and gaps this short in it are
# bridged (a scan breaks its lines)
_RULE_MIN_H = 20.0
_RULE_MIN_V = 14.0
_RULE_MAX_THICK = 4.0
_RULE_GAP = 2.0


def image_rules(img, scale: float) -> list[dict]:
    """Ruling lines drawn in a page image (a scanned table), as edges in points from the page's top
    left — the shape ``pdf._page_rules`` gives for the rules a PDF draws. ``scale``: pixels a point."""
    import numpy as np
    img = img.convert("L") if img.mode != "L" else img
    if scale >= 3:  # 216 dpi and up: look at half the pixels (a thin rule averages to grey, still dark enough)
        img, scale, cut = img.reduce(2), scale / 2, 200
    else:
        cut = 160
    dark = np.asarray(img) < cut
    edges: list[dict] = []
    for orientation, grid in (("h", dark), ("v", dark.T)):
        min_len = (_RULE_MIN_H if orientation == "h" else _RULE_MIN_V) * scale
        for pos, a, b in _rule_runs(grid, min_len, _RULE_MAX_THICK * scale, _RULE_GAP * scale):
            at, x0, x1 = float(pos) / scale, a / scale, b / scale
            if orientation == "h":
                edges.append({"orientation": "h", "x0": x0, "x1": x1, "top": at, "bottom": at, "width": x1 - x0, "height": 0})
            else:
                edges.append({"orientation": "v", "x0": at, "x1": at, "top": x0, "bottom": x1, "width": 0, "height": x1 - x0})
    return edges


def _long_runs(rows, min_len: float):
    """(row, start, end) of each run of True at least ``min_len`` long, row by row."""
    import numpy as np
    padded = np.zeros((rows.shape[0], rows.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = rows
    d = np.diff(padded, axis=1)
    r0, c0 = np.nonzero(d == 1)
    _, c1 = np.nonzero(d == -1)  # runs end in the same row order as they start
    keep = (c1 - c0) >= min_len
    return r0[keep], c0[keep], c1[keep]


def _rule_runs(grid, min_len: float, max_thick: float, gap: float) -> list[tuple[float, int, int]]:
    """Rules along the rows of a boolean image: bands of adjacent rows holding long dark runs, at most
    ``max_thick`` rows deep; per band, the union of its runs, gaps under ``gap`` bridged, each part at
    least ``min_len`` long → (band middle, start, end) in pixels."""
    import numpy as np
    r, c0, c1 = _long_runs(grid, min_len)
    if not len(r):
        return []
    out = []
    rows = np.unique(r)
    # bands: runs of consecutive row numbers
    splits = np.nonzero(np.diff(rows) > 1)[0] + 1
    for band in np.split(rows, splits):
        if band[-1] - band[0] + 1 > max_thick:
            continue
        sel = (r >= band[0]) & (r <= band[-1])
        spans = sorted(zip(c0[sel].tolist(), c1[sel].tolist()))
        cur = list(spans[0])
        for a, b in spans[1:] + [(None, None)]:
            if a is not None and a <= cur[1] + gap:
                cur[1] = max(cur[1], b)
                continue
            if cur[1] - cur[0] >= min_len:
                out.append(((band[0] + band[-1] + 1) / 2, cur[0], cur[1]))
            if a is not None:
                cur = [a, b]
    return out


# A cell is read as an image of its own, cut this many points inside its rules, with a white margin
# around (pixels), so Tesseract sees its text and no bars. A cell whose ink is one short word (a row
# number: "1", "II", "22") is cut to that ink and read as one word (``--psm 8``): read as a block of
# text, a lone digit picks up specks ("s2") or turns into a bar. Cells without ink are not read.
_CELL_INSET = 1.2
_CELL_MARGIN = 20
_WORD_CELL = (30.0, 18.0)  # points: the widest, tallest ink read as one word


def _cells_images(img, cells: list[tuple], scale: float) -> list[tuple[str, bytes, list[tuple]]]:
    """The page image's cells as batches (Tesseract's page segmentation mode, a multi-page TIFF with
    a cell a page, and per page (cell index, where its crop starts on the page in pixels)): Tesseract
    reads a batch in one run."""
    from PIL import ImageOps
    inset = max(1, round(_CELL_INSET * scale))
    batches: dict[str, tuple[list, list]] = {"6": ([], []), "8": ([], [])}
    for k, (x0, top, x1, bottom) in enumerate(cells):
        box = (round(x0 * scale) + inset, round(top * scale) + inset, round(x1 * scale) - inset, round(bottom * scale) - inset)
        if box[2] <= box[0] or box[3] <= box[1]:
            continue
        crop = img.crop(box)
        ink = ImageOps.invert(crop).point(lambda v: 255 if v > 95 else 0).getbbox()  # pixels darker than 160
        if ink is None:
            continue
        at = (box[0] - _CELL_MARGIN, box[1] - _CELL_MARGIN)
        psm = "6"
        if ink[2] - ink[0] <= _WORD_CELL[0] * scale and ink[3] - ink[1] <= _WORD_CELL[1] * scale:
            crop, psm = crop.crop(ink), "8"
            at = (at[0] + ink[0], at[1] + ink[1])
        crops, where = batches[psm]
        crops.append(ImageOps.expand(crop, _CELL_MARGIN, fill=255))
        where.append((k, at))
    out = []
    for psm, (crops, where) in batches.items():
        if crops:
            buf = io.BytesIO()
            crops[0].save(buf, format="TIFF", save_all=True, append_images=crops[1:])
            out.append((psm, buf.getvalue(), where))
    return out


def _cell_words(tsv: str, where: list[tuple], scale: float) -> list[tuple]:
    """Words of a batch's TSV (a page per cell, numbered from 1) as (x0, top, x1, bottom, text) in
    points on the page. A cell of marks alone (no letter, no digit) is empty: specks of its rules."""
    out: list[tuple] = []
    by_cell: dict[int, list[tuple]] = {}
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        try:
            k, x, y, w, h = int(f[1]) - 1, int(f[6]), int(f[7]), int(f[8]), int(f[9])
        except ValueError:
            continue
        if not 0 <= k < len(where):
            continue
        x0, top = (where[k][1][0] + x) / scale, (where[k][1][1] + y) / scale
        by_cell.setdefault(k, []).append((x0, top, x0 + w / scale, top + h / scale, _fix(f[11].strip())))
    for words in by_cell.values():
        if any(c.isalnum() for w in words for c in w[4]):
            out.extend(words)
    return out


def _collect(future, results: dict, progress, done: int, total: int) -> int:
    i, got = future.result()
    if got is None:
        return 0
    results[i] = got
    if progress is not None:
        progress(done + 1, total)
    return 1


def _pgm(img) -> bytes:
    """A greyscale PIL image as PGM bytes (Leptonica reads it from stdin; no compression)."""
    if img.mode != "L":
        img = img.convert("L")
    buf = io.BytesIO()
    img.save(buf, format="PPM")
    return buf.getvalue()


def stderr_progress(name: str):
    """A ``progress`` callback that writes one line per OCR'd page to standard error."""
    import sys

    from ..errors import one_line
    name = one_line(name)  # a line break or an escape sequence in a file name stays on one, inert, line

    def report(done: int, total: int) -> None:
        sys.stderr.write(f"{name}: OCR page {done}/{total}\n")
        sys.stderr.flush()
    return report


# slips Tesseract's Vietnamese model makes on administrative text
_FIXES = [("ƯBND", "UBND"), ("ỦBND", "UBND"), ("QĐÐ", "QĐ"), ("Ð", "Đ"), ("ð", "đ"), ("UBMTTOQ", "UBMTTQ"),
          ("\u2044", "/")]
_COLUMN_GAP = 40.0  # points between two words of one Tesseract line: two columns (issuer | motto)


def _fix(text: str) -> str:
    for a, b in _FIXES:
        text = text.replace(a, b)
    return text


def _lines_from_tsv(tsv: str, page: int, size, PLine):
    (_, _), scale = size
    scale = 1 / scale
    groups: dict[tuple, list] = {}
    confs = []
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) < 12 or f[0] != "5" or not f[11].strip():
            continue
        try:
            key = (int(f[2]), int(f[3]), int(f[4]))
            x, y, w, h, conf = int(f[6]), int(f[7]), int(f[8]), int(f[9]), float(f[10])
        except ValueError:
            continue
        groups.setdefault(key, []).append((x, y, w, h, f[11]))
        if conf >= 0:
            confs.append(conf / 100)
    lines = []
    runs = []
    for words in groups.values():
        words.sort()
        run = [words[0]]
        for w in words[1:]:
            if (w[0] - (run[-1][0] + run[-1][2])) * scale > _COLUMN_GAP:
                runs.append(run)
                run = []
            run.append(w)
        runs.append(run)
    for words in runs:
        x0 = min(w[0] for w in words) * scale
        top = min(w[1] for w in words) * scale
        x1 = max(w[0] + w[2] for w in words) * scale
        bottom = max(w[1] + w[3] for w in words) * scale
        lines.append(PLine(page, x0, top, x1, bottom, _fix(" ".join(w[4] for w in words))))
    lines.sort(key=lambda ln: (round(ln.top), ln.x0))
    return lines, (sum(confs) / len(confs) if confs else 0.0)


# Letters whose lower and upper case differ only in size: Tesseract reads a label "c." as "C."
_SAME_SHAPE = set("cosuvwxzkp")
_LABEL = re.compile(r"^([^\W\d_])([.)])(\s)")
_ORDERS = ("abcdđeghiklmnopqrstuvxy", "abcdefghijklmnopqrstuvwxyz")


def fix_label_case(pages: list[list]) -> None:
    """In OCR'd lines (in page order), a label "C." right after a line labelled "b." is "c.": the
    letter's case comes from its sequence, not from a glyph whose two cases look alike."""
    prev = None
    for lines in pages:
        for ln in lines:
            m = _LABEL.match(ln.text)
            if not m:
                continue
            ch = m.group(1)
            low = ch.lower()
            rest = [c for c in ln.text[2:60] if c.isalpha()]
            caps = sum(c.isupper() for c in rest) >= 0.6 * max(1, len(rest))  # "C. KẾT LUẬN": a top part
            if (ch.isupper() and low in _SAME_SHAPE and not caps and prev is not None and prev.islower()
                    and any(low in o and prev in o and o.index(low) == o.index(prev) + 1 for o in _ORDERS)):
                ln.text = low + ln.text[1:]
                ch = low
            prev = ch
