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
              workers: int | None = None, grids: dict | None = None, rules: dict | None = None,
              halves: dict | None = None) -> dict:
    """{page index: (lines, mean confidence 0..1)}; raises MissingToolError when nothing can be read.

    Two pages on one sheet: when ``halves`` is a dict, a sheet holding two pages side by side
    (``two_up_gutter``) is read as two pages, each cut out, levelled and read on its own: the left
    page under the sheet's index, the right page under ``(index, 1)`` (in ``grids`` too), and
    ``halves[index] = (left width, right width)`` in points; each page's lines are placed from its
    own top left.

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

    def run(i: int, image: bytes, size, grid, dropped: bytes | None = None):
        tsv = tesseract(image, "4")
        if tsv is None:
            return i, None
        if dropped is not None:  # a page with a red seal: keep the read with more words read surely
            other = tesseract(dropped, "4")
            if other is None:
                return i, None
            if _sure_words(other) > _sure_words(tsv):
                tsv = other
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
                dropped = _drop_red(page.render(scale=scale).to_pil()) if _has_seal(page) else None
                if _speckled(pil, scale):
                    pil = _despeckle(pil)
                    dropped = _despeckle(dropped) if dropped is not None else None
                angle = skew_angle(pil, scale)
                if angle:
                    pil = deskew(pil, angle)
                    dropped = deskew(dropped, angle) if dropped is not None else None
            finally:
                page.close()
            parts = [(i, pil, dropped, size, (rules or {}).get(i))]
            cut = two_up_gutter(pil, scale) if halves is not None else None
            if cut is not None:
                parts = [(key, img, drop, sz, None) for key, (img, drop, sz)
                         in zip((i, (i, 1)), _halves(pil, dropped, cut, size, scale))]
                halves[i] = (parts[0][3][0], parts[1][3][0])
                _extend_alarm(1)
            del pil
            dropped = None
            for key, img, drop, sz, drawn in parts:
                grid = None
                if grids is not None:
                    edges = drawn or image_rules(img, scale)
                    cells = grid_cells(edges)
                    if not cells and not drawn:
                        # a tilt too slight to turn the text for (under _SKEW_MIN) still breaks a table's
                        # long vertical rules into pieces: rows ruled but no columns found, level it and look again
                        img, edges, cells = _leveled_for_rules(img, scale, edges)
                    if cells:
                        grid = (edges, _cells_images(img, cells, scale))
                pending.add(pool.submit(run, key, _pgm(img), (sz, scale), grid,
                                       _pgm(drop) if drop is not None else None))
            del parts, img, drop
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


_RULES_SKEW_MIN = 0.1  # degrees: a table's rules show a tilt the text does not need turned for


def _leveled_for_rules(img, scale: float, edges: list[dict]):
    """``(image, edges, cells)``: the page levelled when it shows rows ruled across but no column rules
    and a slight tilt, with the rules found again; else as it was (no cells)."""
    if sum(1 for e in edges if e["orientation"] == "h") < 3 or any(e["orientation"] == "v" for e in edges):
        return img, edges, []
    angle = skew_angle(img, scale, minimum=_RULES_SKEW_MIN)
    if not angle:
        return img, edges, []
    from .pdf import grid_cells
    level = deskew(img, angle)
    again = image_rules(level, scale)
    cells = grid_cells(again)
    return (level, again, cells) if cells else (img, edges, [])


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


# Red seals. Vietnamese documents carry a red round seal over the signature block (and a red "ĐẾN"
# stamp of the receiving office over the header). In plain luminance red is a dark grey (205,30,40 → 83):
# the seal's ring and letters cross the signer's title and name as dark strokes, and Tesseract may drop
# the whole block as a picture (Lạng Sơn 215/KH-SVHTTDL: no signer). A page with seal ink is read twice,
# in grey and with the red ink dropped out (``_drop_red``), and the read with more words Tesseract is
# sure of is kept: dropping the seal also bares what it hid from the layout analysis (a signature's
# scrawl, handwriting on a stamp's dotted lines), which on some pages reads worse than the grey page.
# Red over green (0..255): above _RED_TINT a pixel has red ink in it; above _SEAL_CHROMA and at least
# _SEAL_SHADE of the seal's median red it is the seal's ink alone (print under a seal, scanned or laid
# over as an image, is darker than the seal's own shade).
_RED_TINT = 25
_SEAL_CHROMA = 60
_SEAL_SHADE = 0.85
_SEAL_DPI = 50
_SEAL_PIXELS = 30  # seal-red pixels at _SEAL_DPI in one seal-sized square (a seal has hundreds)
_SEAL_MM = (45.0, 15.0)  # a seal fits a square this wide, and its red spans at least this much both ways


def _has_seal(page) -> bool:
    """Does the page hold a seal: red ink that spans a seal's width both ways within a seal-sized
    square? Looked for in a 50 dpi colour render (a few ms). A red line of text (the vertical
    ``THƯ VIỆN PHÁP LUẬT`` watermark of downloaded documents) is too narrow and costs no second read."""
    import numpy as np
    img = np.asarray(page.render(scale=_SEAL_DPI / 72).to_pil().convert("RGB")).astype(np.int16)
    red = (img[..., 0] - img[..., 1]) > _SEAL_CHROMA
    if red.sum() < _SEAL_PIXELS:
        return False
    win = int(_SEAL_MM[0] / 25.4 * _SEAL_DPI)
    span = int(_SEAL_MM[1] / 25.4 * _SEAL_DPI)
    h, w = red.shape
    for y in range(0, max(1, h - win // 2), win // 4):
        for x in range(0, max(1, w - win // 2), win // 4):
            sub = red[y:y + win, x:x + win]
            if sub.sum() >= _SEAL_PIXELS and sub.any(axis=0).sum() >= span and sub.any(axis=1).sum() >= span:
                return True
    return False


def _drop_red(img):
    """A rendered colour page in grey with red and magenta ink dropped out.

    Reddish pixels take the lighter of their luminance and their red channel: seen through the red
    channel a seal is nearly as light as paper, while black print stays black (also where the seal
    covers it: the two inks darken each other), and so do blue and green ink (a signature), whose
    red is darker than their luminance. Other pixels keep their luminance (a scan's warm paper tint,
    brownish print). Pixels of the seal's own shade become paper: its darker strokes would stay
    mid-grey in the red channel and read as specks and letters."""
    from PIL import ImageChops
    if img.mode == "L":
        return img
    img = img.convert("RGB")
    r, g, _ = img.split()
    grey = img.convert("L")
    chroma = ImageChops.subtract(r, g)  # red and magenta (a seal's inks) are both far redder than green
    reddish = chroma.point(lambda v: 255 if v > _RED_TINT else 0)
    out = ImageChops.composite(ImageChops.lighter(grey, r), grey, reddish)
    seal = chroma.point(lambda v: 255 if v > _SEAL_CHROMA else 0)
    hist = r.histogram(mask=seal)
    count = sum(hist)
    if not count:
        return out
    half, acc, level = count / 2, 0, 0
    for level, n in enumerate(hist):
        acc += n
        if acc >= half:
            break
    cut = int(level * _SEAL_SHADE)
    return ImageChops.lighter(out, ImageChops.multiply(seal, r.point(lambda v: 255 if v >= cut else 0)))


# Fax-like scans: a page thresholded to black and white (1 bit) carries salt-and-pepper noise, thousands
# of specks a page of a pixel or two each (Bù Đăng 152/KH-UBND: ~80 a square inch). Tesseract reads the
# specks next to a line's first letters as marks ("=1,", "_.2.", "TL" for "II.") and the labels, the
# number and the date are lost. A 3×3 median filter removes specks and fills pin-holes in strokes while
# print (strokes 2+ pixels wide at OCR resolution) keeps its shape: on the Bù Đăng scan the character
# error rate falls from 0.11 to 0.06. It is run only on a speckled page: a clean scan or a rendered text
# page has almost no isolated specks (0–3 a square inch on the real corpus), and a median filter would
# thin its finest strokes for nothing. Page segmentation stays --psm 4 (--psm 6 reads the filtered
# Bù Đăng pages worse: 0.066).
_SPECK_BANDS = 3  # rows counted: one band in three
_SPECKS_PER_SQ_IN = 40.0
_SPECK_PIXELS = 4  # at most this many dark pixels, alone inside a 5×5 window at OCR resolution


def _speckled(img, scale: float) -> bool:
    """Does the page image hold many isolated specks: dark pixels whose 5×5 window holds at most
    ``_SPECK_PIXELS`` dark pixels, none of them on the window's border (a speck, not a dot of print:
    a full stop or a diacritic's dot is wider than 3 pixels at 300 dpi)?

    Counted in one band of rows out of every ``_SPECK_BANDS`` (the density of scanner noise is a
    property of the whole sheet, so a third of it measures it at a third of the cost: ~0.1 s a page)."""
    import numpy as np
    dark = np.asarray(img.convert("L") if img.mode != "L" else img) < 128
    if dark.shape[0] < 5 or dark.shape[1] < 5:
        return False
    band = 256
    specks = area = 0
    for top in range(0, dark.shape[0], band * _SPECK_BANDS):
        d = dark[top:top + band]
        if d.shape[0] < 5:
            continue
        acc = np.zeros((d.shape[0] + 1, d.shape[1] + 1), dtype=np.int32)
        acc[1:, 1:] = d.cumsum(0, dtype=np.int32).cumsum(1, dtype=np.int32)

        def box(n):  # dark pixels in each n×n window, indexed by its top-left corner
            return acc[n:, n:] - acc[:-n, n:] - acc[n:, :-n] + acc[:-n, :-n]
        five, three = box(5), box(3)[1:-1, 1:-1]  # both now indexed by the 5×5 window's corner
        specks += int(((five == three) & (five <= _SPECK_PIXELS) & d[2:-2, 2:-2]).sum())
        area += d.size
    return area > 0 and specks / (area / (scale * 72) ** 2) > _SPECKS_PER_SQ_IN


# A sheet fed askew: Tesseract's line finder follows a tilted line of text only so far, then reads the
# rest of it into the line below ("3. Các cơ quan, ban, ngành, đoàn thể huyện" + words of the next
# line) and cuts words at the seam ("05/12/2022" read "05/1"). The tilt is measured on a low-resolution
# copy (_SKEW_DPI) as the angle whose horizontal projection of the dark pixels is sharpest (text lines
# and the gaps between them line up with the rows), searched coarse then fine; under _SKEW_MIN degrees
# a page is read as it is: Tesseract copes, and a turn blurs every glyph a little (a company's decision
# tilted 0.35° lost its "Nơi nhận:" block when turned; pages tilted 0.5-1.6° in the real corpus and the
# unseen scans read better turned).
_SKEW_DPI = 100
_SKEW_MAX = 5.0
_SKEW_MIN = 0.4


def skew_angle(img, scale: float, minimum: float = None) -> float:
    """The page's tilt in degrees, counter-clockwise positive (as ``PIL.Image.rotate`` turns), or 0.0
    when it is under ``minimum`` (``_SKEW_MIN``) or no text lines show."""
    import numpy as np
    from PIL import Image
    f = min(1.0, _SKEW_DPI / (scale * 72))
    small = img.convert("L") if img.mode != "L" else img
    if f < 1.0:
        small = small.resize((max(1, round(small.width * f)), max(1, round(small.height * f))), Image.BILINEAR)
    dark = np.asarray(small) < 128
    ys, xs = np.nonzero(dark)
    if len(ys) < 200 or dark.shape[0] < 50:
        return 0.0
    xs = xs - dark.shape[1] / 2.0
    height = dark.shape[0]

    def sharpness(deg: float) -> float:
        # each dark pixel moved to the row it lies on once the page is turned back by ``deg``: a
        # shear, as good as a rotation for a few degrees and far cheaper
        rows = np.rint(ys + xs * math.tan(math.radians(deg))).astype(np.int64) + height
        counts = np.bincount(rows[(rows >= 0)], minlength=1).astype(np.float64)
        return float((counts * counts).sum())

    best = max(np.arange(-_SKEW_MAX, _SKEW_MAX + 1e-9, 0.5), key=sharpness)
    best = max(np.arange(best - 0.5, best + 0.5 + 1e-9, 0.1), key=sharpness)
    best = max(np.arange(best - 0.1, best + 0.1 + 1e-9, 0.025), key=sharpness)
    # a flat profile (a picture, a blank page) has no sharpest angle: keep it as it is
    if sharpness(best) < 1.05 * sharpness(0.0):
        return 0.0
    return round(float(best), 2) if abs(best) >= (_SKEW_MIN if minimum is None else minimum) else 0.0


def deskew(img, angle: float):
    """A page tilted by ``angle`` degrees (``skew_angle``) turned back level about its centre, same
    size, corners filled white."""
    fill = 255 if img.mode == "L" else (255,) * len(img.getbands())
    from PIL import Image
    # bilinear, not bicubic: bicubic's overshoot rings around strokes already blurred by a JPEG scan
    # and Tesseract then doubts thin digits ("11/2022" read "11/022")
    return img.rotate(-angle, resample=Image.BILINEAR, expand=False, fillcolor=fill)


# Two pages on one sheet ("2-up": two A5 pages side by side on an A4 landscape sheet, a booklet's
# spread). Read as one page, Tesseract's line finder runs each line of the left page on into the line
# beside it on the right page and nothing of the plan survives (Tuyên Quang 2147/KH-SVHTTDL: number,
# date, issuer, title and signer all lost). Such a sheet is landscape, and down its middle (between
# _GUTTER_SPAN of its width) runs a gutter: a band at least _GUTTER_MM wide that ink crosses on hardly
# any row of the text's height (a fold line or the shadow of the fold may run down it: dark runs down
# a column _LINE_MM long or longer are lines, not text). On each side of the gutter a block of text of its own: ink
# over at least _HALF_TEXT of the half's width, in _HALF_LINES lines or more, and on one side at least
# down _HALF_TEXT of the sheet's height.
# A landscape page that is one page has no such gutter: an annex's wide table or body text crosses the
# middle; the row rules of a two-column table cross the space between its columns; an A5 page alone on
# the sheet (the last page of an odd count) has no text beside it. Measured on a copy at _TWO_UP_DPI
# (a few ms); the sheet as a whole is levelled first (its two pages were printed on it together).
_TWO_UP_DPI = 50
_GUTTER_SPAN = (0.4, 0.6)
_GUTTER_MM = 8.0
_GUTTER_INK = 0.02  # share of the text's rows on which ink may cross the gutter (specks, a stray mark)
_LINE_MM = 10.0
_HALF_TEXT = 0.5
_HALF_LINES = 5


def two_up_gutter(img, scale: float) -> tuple[int, int] | None:
    """The gutter (x0, x1, in the image's pixels) of a sheet that holds two pages side by side, or
    None: the sheet is one page."""
    import numpy as np
    from PIL import Image
    if img.width < 1.25 * img.height:
        return None
    f = min(1.0, _TWO_UP_DPI / (scale * 72))
    small = img.convert("L") if img.mode != "L" else img
    small = small.resize((max(1, round(small.width * f)), max(1, round(small.height * f))), Image.BOX)
    angle = skew_angle(small, _TWO_UP_DPI / 72 if f < 1.0 else scale)
    if angle:  # a sheet fed askew: its gutter and fold line run down the columns once it is level
        small = deskew(small, angle)
    dark = np.asarray(small) < 160
    h, w = dark.shape
    px_mm = _TWO_UP_DPI / 25.4 if f < 1.0 else scale * 72 / 25.4
    rows = np.nonzero(dark.sum(axis=1) >= 2)[0]  # rows with ink (a single dark pixel is a speck)
    if len(rows) < _HALF_LINES:
        return None
    top, bottom = rows[0], rows[-1] + 1
    text = dark[top:bottom].copy()
    # a line down the sheet (the fold, its shadow, a rule) is no text: text's strokes are never
    # _LINE_MM tall, a line's run down a column is, even tilted a little (looked for in light grey
    # too: a faint line tilted across two columns is half as dark in each)
    cols, r0, r1 = _long_runs((np.asarray(small) < 230)[top:bottom].T, _LINE_MM * px_mm)
    for c, a, b in zip(cols.tolist(), r0.tolist(), r1.tolist()):
        text[a:b, c] = False
    clear = text.mean(axis=0) <= _GUTTER_INK
    lo, hi = int(_GUTTER_SPAN[0] * w), int(_GUTTER_SPAN[1] * w)
    best = None
    k = lo
    while k < hi:
        if clear[k]:
            e = k
            while e < w and clear[e]:
                e += 1
            s = k
            while s > 0 and clear[s - 1]:
                s -= 1
            if best is None or e - s > best[1] - best[0]:
                best = (s, e)
            k = e
        else:
            k += 1
    if best is None or best[1] - best[0] < _GUTTER_MM * px_mm:
        return None
    g0, g1 = best
    # ink across the gutter's middle on a row: a rule, a line of text that runs over (its edges may
    # hold a ragged margin's longest lines; at most a few rows of specks)
    q = (g1 - g0) // 4
    if text[:, g0 + q:g1 - q].any(axis=1).mean() > _GUTTER_INK:
        return None
    spans = []
    for half in (text[:, :g0], text[:, g1:]):
        ink_rows = half.sum(axis=1) >= 2
        ink_cols = np.nonzero(half.any(axis=0))[0]
        if not ink_rows.any() or not len(ink_cols):
            return None
        r = np.nonzero(ink_rows)[0]
        spans.append(r[-1] - r[0] + 1)
        if (ink_cols[-1] - ink_cols[0] + 1) < _HALF_TEXT * half.shape[1]:
            return None
        lines = int(np.count_nonzero(np.diff(ink_rows.astype(np.int8)) == 1)) + int(ink_rows[0])
        if lines < _HALF_LINES:
            return None
    # one page at least runs down most of the sheet (the other may be a plan's short last page: its
    # closing lines and the signature); two short blocks side by side are one page's "Nơi nhận" and
    # signer blocks
    if max(spans) < _HALF_TEXT * h:
        return None
    return round(g0 / f), round(g1 / f)


def _halves(img, dropped, cut: tuple[int, int], size, scale: float) -> list[tuple]:
    """The two pages of a two-page sheet (``two_up_gutter``): (image, seal-dropped image or None,
    (width, height) in points) for the left page, then the right. Each is cut a quarter of the gutter
    beyond its text (the fold line in the gutter's middle stays out of both) and levelled on its own:
    the two pages of a sheet are not always printed or pasted square to each other."""
    g0, g1 = cut
    quarter = (g1 - g0) // 4
    out = []
    for x0, x1 in ((0, g0 + quarter), (g1 - quarter, img.width)):
        part = img.crop((x0, 0, x1, img.height))
        drop = dropped.crop((x0, 0, x1, img.height)) if dropped is not None else None
        angle = skew_angle(part, scale)
        if angle:
            part = deskew(part, angle)
            drop = deskew(drop, angle) if drop is not None else None
        out.append((part, drop, ((x1 - x0) / scale, size[1])))
    return out


def _despeckle(img):
    from PIL import ImageFilter
    return img.filter(ImageFilter.MedianFilter(3))


_SURE = 80.0  # Tesseract's confidence (0..100) in a word read surely


def _sure_words(tsv: str) -> int:
    """Words of two letters or more that Tesseract read with confidence ``_SURE`` or more."""
    n = 0
    for row in tsv.splitlines()[1:]:
        f = row.split("\t")
        if len(f) >= 12 and f[0] == "5" and _TWO_LETTERS.search(f[11]):
            try:
                n += float(f[10]) >= _SURE
            except ValueError:
                pass
    return n


def _collect(future, results: dict, progress, done: int, total: int) -> int:
    i, got = future.result()
    if got is None:
        return 0
    results[i] = got
    if isinstance(i, tuple):  # the right page of a two-page sheet: the sheet counts once
        return 0
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
          ("CHỦ TICH", "CHỦ TỊCH"), (" \\ ", " "),  # a speck read as a lone backslash between words
          ("\u2044", "/")]
_COLUMN_GAP = 40.0  # points between two words of one Tesseract line: two columns (issuer | motto)


# A quarter's Roman numeral: Tesseract reads the strokes of "III" run together as "H" ("quý IH/2022",
# "quý IHI/2022") or with a stray "T" ("Quý TIII/2020"); a numeral of strokes that is not I, II or III
# counts its strokes, H two of them, up to III (IV and an Arabic digit are never touched)
_STROKES = r"(?=[IHlT|]*[HlT|])[IHlT|]{1,4}"
_QUARTER = re.compile(r"(?<!\w)([Qq]uý\s+)(" + _STROKES + r")(?=\s*/\s*\d{4}|\s+năm\b)")
# "hằng" of a frequency read with another mark on its ă ("hãng tuần", "hẳng tháng", "hăng năm"): no other
# word of that shape stands before a unit of time not followed by its number ("hãng" is a firm: "hãng
# tin", "các hãng năm 2020" — the firms in 2020 — but never "hãng tuần")
_EVERY = re.compile(r"(?<!\w)([Hh])(?:ã|ă|ẳ|ắ|ẵ|ặ|ả|á|â|ầ)ng(?=\s+(?:tuần|tháng|quý|năm)\b(?!\s*\d))")


def _fix(text: str) -> str:
    for a, b in _FIXES:
        text = text.replace(a, b)
    if "uý" in text:
        text = _QUARTER.sub(lambda m: m.group(1) + "I" * min(3, len(m.group(2)) + m.group(2).count("H")), text)
    if "ng " in text:
        text = _EVERY.sub(r"\1ằng", text)
    return text


# A run of words Tesseract doubts (mean confidence under _SPECK_CONF, 0..100) without one word of two
# letters or more that it is sure of (_WORD_CONF) is not text: handwriting on a stamp's dotted lines, a
# signature's scrawl, what is left of a seal's strokes ("_<‡1/....", "z : NớÀ"). A doubtful line with a
# word read surely is kept (a garbled name still holds its sure words: "lowfg Văn Thuân").
_SPECK_CONF = 50.0
_WORD_CONF = 60.0
_TWO_LETTERS = re.compile(r"[^\W\d_]{2}")


def _specks(words: list[tuple]) -> bool:
    conf = [w[5] for w in words if w[5] >= 0]
    return (bool(conf) and sum(conf) / len(conf) < _SPECK_CONF
            and not any(w[5] >= _WORD_CONF and _TWO_LETTERS.search(w[4]) for w in words))


# specks read as marks at a line's ends: ". _ Thực hiện …", ".-IV. KINH PHÍ '", "._ KT. CHỦ TỊCH", "… ASEAN. ."
# — a line never opens on a full stop or an underscore (a bullet's "-" or "+" is kept), nor ends on a
# lone underscore, quote mark or a second full stop
_SPECK_OPEN = re.compile(r"^[._][._\-~'`]*")
_SPECK_WORD = re.compile(r"[._~'`,:;\-]+")
_SPECK_TAIL = re.compile(r"[_~'`]+")


def _trim_specks(words: list[tuple]) -> list[tuple]:
    k = 0
    while k < len(words) - 1 and _SPECK_OPEN.match(words[k][4]) and _SPECK_WORD.fullmatch(words[k][4]):
        k += 1
    words = words[k:]
    w = words[0]
    m = _SPECK_OPEN.match(w[4])
    if m and m.end() < len(w[4]) and w[4][m.end()].isalnum():
        words = [(w[0], w[1], w[2], w[3], w[4][m.end():], w[5])] + words[1:]
    while len(words) > 1 and (_SPECK_TAIL.fullmatch(words[-1][4])
                              or (words[-1][4] == "." and words[-2][4][-1:] in ".;:")):
        words = words[:-1]
    return words


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
        groups.setdefault(key, []).append((x, y, w, h, f[11], conf))
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
        if _specks(words):
            continue
        words = _trim_specks(words)
        if not words:
            continue
        x0 = min(w[0] for w in words) * scale
        top = min(w[1] for w in words) * scale
        x1 = max(w[0] + w[2] for w in words) * scale
        bottom = max(w[1] + w[3] for w in words) * scale
        lines.append(PLine(page, x0, top, x1, bottom, _fix(" ".join(w[4] for w in words))))
    lines.sort(key=lambda ln: (round(ln.top), ln.x0))
    return lines, (sum(confs) / len(confs) if confs else 0.0)


_QUARTER_OPEN = re.compile(r"^(" + _STROKES + r")(?=\s*/\s*\d{4})")


def fix_label_case(pages: list[list]) -> None:
    """In OCR'd lines (in page order): a list label's case from its sequence (``_fix_label_case``),
    and a quarter's numeral read as "H" on the line after the line that ends on "quý" (``_QUARTER``
    repairs it within a line)."""
    _fix_label_case(pages)
    prev = None
    for lines in pages:
        for ln in lines:
            if prev is not None and prev.text.rstrip().lower().endswith("quý"):
                m = _QUARTER_OPEN.match(ln.text)
                if m:
                    ln.text = "I" * min(3, len(m.group(1)) + m.group(1).count("H")) + ln.text[m.end():]
            prev = ln


# Letters whose lower and upper case differ only in size: Tesseract reads a label "c." as "C."
_SAME_SHAPE = set("cosuvwxzkp")
_LABEL = re.compile(r"^([^\W\d_])([.)])(\s)")
_ORDERS = ("abcdđeghiklmnopqrstuvxy", "abcdefghijklmnopqrstuvwxyz")


def _fix_label_case(pages: list[list]) -> None:
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
