"""PDF: one pypdfium2 text pass per page, layout by position; ruled tables; OCR where there is no text.

Per page, the characters are read once and words become lines by position (see "One text pass
per page"), the first page's two header columns one after the other (see "The header's two
columns"), a body set in two columns (a gazette's reprint) column by column (see "A body set in
two columns"); fonts that pdfium misreads (Mac Roman), legacy Vietnamese fonts (TCVN3, VNI) and fonts
without a Unicode map are dealt with per font (see "Fonts"). Running headers, footers and page
numbers (lines in the top/bottom band that repeat across pages, or are bare page numbers) are
dropped; a line that reaches the right margin continues into the next one, so wrapped lines and
paragraphs split by a page break are re-joined. Form fields (an e-signature's number and date)
are flattened into the page first. Pages without a text layer, pages in fonts without a Unicode
map, and scans whose hidden OCR layer is not Vietnamese are read by Tesseract (``ocr.py``).
Ruled tables come from the page's rules and our words (on an OCR'd page: the rules drawn or seen in
its image, and the words OCR reads in each cell); line boxes are kept for ``planparse.show``.
"""
from __future__ import annotations

import bisect
import os
import re
import struct
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ..errors import IngestError, MissingToolError
from . import Document
from .docx import LABELLED, position_labels
from .ocr import INSTALL


@dataclass
class PLine:
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    text: str
    col: tuple | None = None  # (x0, x1) of the body column the line is set in (a two-column page)
    slack: float = 0.0  # how far justification stretched the line past its words at a word space each
    bold: bool = False  # every segment set in a bold face (its font's name says so)
    italic: bool = False


_PAGE_NUM = re.compile(r"^(?:-\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?$", re.I)
# A page number as a scan reads it: specks and dashes around it come out as marks ("/2", "2'", "— 3 —",
# "·4."). Marks alone do not make a number furniture (a row number "12." may end a page), so this
# form counts only when the number is the page's own.
_PAGE_NUM_MARKED = re.compile(r"^[^\w\s]{0,3}\s*(?:Trang\s+)?(\d{1,4})\s*[^\w\s]{0,3}$", re.I)


_PAGE_OBJ = re.compile(rb"/Type\s*/Page(?![A-Za-z])")
_ZERO_COUNT = re.compile(rb"/Count\s+0(?![0-9])")


def _declares_no_pages(data: bytes) -> bool:
    """A page tree that says it counts 0 pages, and no page object in sight (PDFium refuses such a
    file without an error code of its own)."""
    return _ZERO_COUNT.search(data) is not None and _PAGE_OBJ.search(data) is None


def _open(data: bytes, name: str):
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - pdfplumber depends on it
        raise IngestError("reading PDFs needs pypdfium2: pip install pypdfium2", path=name) from None
    try:
        return pdfium.PdfDocument(data)
    except Exception as e:  # noqa: BLE001 - pdfium reports every problem through one exception type
        msg = str(e)
        if "password" in msg.lower() or "security" in msg.lower():
            raise IngestError("encrypted PDF (password-protected): remove the password and try again", path=name) from None
        if _declares_no_pages(data):  # PDFium refuses it, its message the last error of another file
            raise IngestError("the PDF has no pages", path=name) from None
        raise IngestError(f"not a readable PDF ({msg.strip() or 'corrupt or truncated file'})", path=name) from None


# ---------------------------------------------------------------------------------------------
# One text pass per page
#
# pdfium's text page holds every character once, in content order, with the line breaks it
# inferred as generated "\r\n". The page's text is read in one call; a loose box is asked only
# for the first and last character of each word (two calls per word, not one per glyph, and never
# a rectangle-bounded re-read that would return the characters two overlapping rectangles share).
# Words become segments (a segment ends at a line break, a wide gap or a jump back or down), and
# segments sharing a vertical band become lines — one sort, no segment-against-every-line loop.
# ---------------------------------------------------------------------------------------------

# a line ends at pdfium's "\r\n"; U+FFFE is the hyphen pdfium found at a line's end ("TT-⏎BXD")
_BREAKS = re.compile("[^\r\n\ufffe]+\ufffe?")
# fonts that put Latin "OI" (U+01A2/U+01A3) where Vietnamese has "Ư"/"ư" (a letter Vietnamese never uses)
_FIX_CHARS = str.maketrans({"\u01a2": "\u01af", "\u01a3": "\u01b0"})
_WORD = re.compile(r"\S+")
_COLUMN_GAP = 40.0  # points: a wider gap between words separates two columns (issuer | motto)
# characters a Vietnamese text layer is made of; anything else on a page makes us look at its fonts
_PLAIN = re.compile("[\t -~\u00a0\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd"
                    "\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0102\u0103\u0110\u0111"
                    "\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u0300-\u0303\u0309\u0323\u1ea0-\u1ef9"
                    "\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022\u00b0\u00a7\u00d7\u00b1\u2264\u2265"
                    "\u2116\u00ab\u00bb\u00ae\u00a9\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u25cf\u25aa\u2212\r\n]+")


def _raw():
    import pypdfium2.raw as raw
    return raw


def _page_chars(raw, h, n: int) -> str:
    """The page's characters, one per pdfium char index (so text[i] is char i)."""
    import ctypes
    if n <= 0:
        return ""
    buf = (ctypes.c_ushort * (n + 1))()
    got = raw.FPDFText_GetText(h, 0, n, buf)
    text = ctypes.string_at(buf, 2 * max(0, got - 1)).decode("utf-16-le", "replace")
    if len(text) == n:
        return text
    # a character outside the BMP (or one pdfium left out) shifts the indices: read them one by one
    get = raw.FPDFText_GetUnicode
    return "".join(chr(c) if 0 < c < 0x110000 and not 0xD800 <= c < 0xE000 else "\ufffd"
                   for c in (get(h, i) for i in range(n)))


class _Seg:
    __slots__ = ("x0", "bottom", "x1", "top", "start", "end", "last_x0", "words", "ink", "face")

    def __init__(self, box, start, end):
        self.x0, self.top, self.x1, self.bottom = box
        self.start, self.end, self.last_x0 = start, end, box[0]
        self.words = [(box[0], start, box[2])]  # (x0, text offset, x1) of each word
        self.ink = box[2] - box[0]  # the words' widths together (the rest of x0..x1 is spaces)
        self.face = 0  # 1 bold, 2 italic (bits), read from its first character's font (``_faces``)

    def grow(self, x0: float, top: float, x1: float, bottom: float, start: int, end: int) -> None:
        """Take in the next word (comparisons, not max()/min(): this runs for every word of a page)."""
        self.end = end
        if x1 > self.x1:
            self.x1 = x1
        if top > self.top:
            self.top = top
        if bottom < self.bottom:
            self.bottom = bottom
        self.last_x0 = x0
        self.ink += x1 - x0
        self.words.append((x0, start, x1))


# FS_RECTF as pdfium fills it (left, top, right, bottom): one unpack reads the four fields
_RECT = struct.Struct("4f")


@cache
def _unchecked(name: str):
    """pdfium's function ``name`` through a prototype that declares only its result. pypdfium2's
    prototypes declare the arguments too, and ctypes then checks and converts each one on every call:
    two thirds of a call's time (950 -> 290 ns for the char box). Used for the calls made per glyph or
    per page object, whose arguments need no conversion: ctypes pointers (handles), ints, byref()s."""
    import ctypes
    fn = getattr(_raw(), name)
    return ctypes.CFUNCTYPE(fn.restype)(ctypes.cast(fn, ctypes.c_void_p).value)


def _turn(page):
    """For a page with ``/Rotate``, a map of a box (left, top, right, bottom; PDF's upward y) from the
    page's own space, where pdfium gives char boxes and paths, to the page as it is shown (a landscape
    annex stored on a portrait page and turned 90° for the reader); None for an upright page."""
    try:
        rot = page.get_rotation() % 360
    except Exception:  # noqa: BLE001
        return None
    if rot == 0:
        return None
    w, h = page.get_width(), page.get_height()
    if rot in (90, 270):
        w, h = h, w  # the page's own size: pdfium reports the size shown
    if rot == 90:  # turned clockwise: what ran down the page runs across it
        return lambda l, t, r, b: (b, w - l, t, w - r)
    if rot == 180:
        return lambda l, t, r, b: (w - r, h - b, w - l, h - t)
    return lambda l, t, r, b: (h - t, r, h - b, l)


def _segments(raw, h, text: str, words: list | None = None, turn=None, raised: list | None = None) -> list[_Seg]:
    """The page's words as segments of lines; ``words`` gets each word's box, ``raised`` the offsets of
    the digits set raised and smaller at a word's end (a note's mark: ``Chính phủ¹``, ``2030¹``)."""
    import ctypes
    rect = raw.FS_RECTF()
    ref = ctypes.byref(rect)
    loose = _unchecked("FPDFText_GetLooseCharBox")  # twice a word
    read = _RECT.unpack_from

    def box(i):
        if not loose(h, i, ref):
            return None
        got = read(rect)  # (left, top, right, bottom)
        if turn is not None:
            got = turn(*got)
        return got if got[2] > got[0] or got[1] > got[3] else None

    segs: list[_Seg] = []
    for line in _BREAKS.finditer(text):
        seg = None
        for w in _WORD.finditer(text, line.start(), line.end()):
            a, e = w.span()
            ba = box(a)
            bz = box(e - 1) if e - 1 != a else ba
            if ba is None:
                ba = bz
                if ba is None:  # no geometry (generated text): it rides with its neighbours
                    if seg is not None:
                        seg.end = e
                    continue
            # the word's box: its first character's left, the higher top, the farther right, the lower
            # bottom of its first and last characters (comparisons: max()/min() calls cost more here)
            l, t, r, b = ba
            if bz is not None and bz is not ba:
                if bz[1] > t:
                    t = bz[1]
                if bz[2] > r:
                    r = bz[2]
                if bz[3] < b:
                    b = bz[3]
            if raised is not None and bz is not None and bz is not ba and text[e - 1].isdigit() \
                    and bz[3] > ba[3] + 0.2 * (ba[1] - ba[3]):  # (most words ending in a digit are dates)
                _raised_digits(text, a, e, ba, bz, box, raised)
            if words is not None:
                words.append((l, t, r, b, a, e))
            if seg is not None:
                mid = (t + b) / 2
                height = seg.top - seg.bottom
                if (l - seg.x1 > _COLUMN_GAP or l < seg.last_x0 - max(1.0, height * 0.5)
                        or not seg.bottom - 1 <= mid <= seg.top + 1):
                    segs.append(seg)
                    seg = None
            if seg is None:
                seg = _Seg((l, t, r, b), a, e)
            else:
                seg.grow(l, t, r, b, a, e)
        if seg is not None:
            segs.append(seg)
    return segs


def _raised_digits(text: str, a: int, e: int, first: tuple, last: tuple, box, out: list) -> None:
    """Offsets of the digits at the end of word [a, e) that sit raised above its first character's
    baseline in a smaller size: a footnote's mark. ``last``: the box of its last character."""
    size = first[1] - first[3]
    k = e - 1
    while k > a and text[k].isdigit():
        b = last if k == e - 1 else box(k)
        if b is None or not (b[3] > first[3] + 0.2 * size and b[1] - b[3] < 0.85 * size):
            break
        out.append(k)
        k -= 1


_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_UNSUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_RAISED = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")


def _page_lines(page, pno: int, info: dict | None = None, words: list | None = None,
                edges: list[dict] | None = None, follows: tuple | None = None) -> list[PLine]:
    """Lines of one page (top to bottom; a body in two columns column by column); ``info`` receives
    what the fonts told us about the page, ``words`` (if given) each word as (x0, top, x1, bottom,
    text), top-down coordinates; ``edges`` the page's ruling lines if they are known; ``follows``
    the gutter the page before ended its body's columns with (``info["columns"]``)."""
    raw = _raw()
    tp = page.get_textpage()
    try:
        h = tp.raw
        n = raw.FPDFText_CountChars(h)
        text = _page_chars(raw, h, n).translate(_FIX_CHARS)
        plan = None
        odd = len(text) - sum(len(m) for m in _PLAIN.findall(text))
        if odd >= 3 and odd >= 0.005 * len(text):  # stray symbols alone don't make a page suspect
            plan = font_plan(raw, h, text)
            if info is not None:
                info.update(plan.summary())
        if info is not None and n:
            info["hidden_share"] = _hidden_share(raw, h, n)
        spans: list | None = [] if words is not None else None
        raised: list[int] | None = [] if plan is None else None
        segs = _segments(raw, h, text, spans, _turn(page), raised)
        _faces(h, segs)
        if raised:  # marks as superscript digits, which the joiner takes off with their notes
            chars = list(text)
            for k in raised:
                chars[k] = chars[k].translate(_SUPER)
            text = "".join(chars)
    finally:
        tp.close()
    ph = page.get_height()
    render = (lambda s: plan.render(s.start, s.end)) if plan is not None else (lambda s: text[s.start:s.end])
    if words is not None:
        cut = plan.render if plan is not None else (lambda a, z: text[a:z])
        words.extend((l, ph - t, r, ph - b, cut(a, z).replace("\ufffe", "-")) for l, t, r, b, a, z in spans)
        if raised:  # a cell's words as printed: a raised number marks no note there
            words[:] = [w[:4] + (w[4].translate(_UNSUPER),) for w in words]
    drawn: list = [edges]

    def rules() -> list[dict]:  # read from the page once, and only where a gutter is worth checking
        if drawn[0] is None:
            drawn[0] = _page_rules(page)
        return drawn[0]
    body = _body_columns(segs, ph, rules, follows)
    if body is None:
        return _across(segs, render, pno, ph)
    if info is not None and body[-1][1] is not None:
        info["columns"] = (body[-2][1][1], body[-1][1][0])  # the page ends in columns: their gutter
    out: list[PLine] = []
    for k, (part, col) in enumerate(body):
        lines = _across(part, render, pno, ph) if col is None and k == 0 else _lines_from_segments(part, render, pno, ph)
        for ln in lines:
            ln.col = col
        out += lines
    return out


_BOLD_NAME = re.compile(rb"Bold|Black|Heavy|Semibold|Demi", re.I)
_ITALIC_NAME = re.compile(rb"Italic|Oblique", re.I)


def _faces(h, segs: list) -> None:
    """Each segment's face from its first character's font name (``…-Bold``, ``…-BoldItalic``; the
    weight pdfium reports is the descriptor's, often 400 for an embedded bold face): one call a segment."""
    import ctypes
    info = _unchecked("FPDFText_GetFontInfo")
    buf = ctypes.create_string_buffer(128)
    size = ctypes.c_ulong(128)
    flags = ctypes.byref(ctypes.c_int())
    seen: dict[bytes, int] = {}
    for sg in segs:
        if info(h, sg.start, buf, size, flags):
            name = buf.value
            face = seen.get(name)
            if face is None:
                face = seen[name] = (1 if _BOLD_NAME.search(name) else 0) | (2 if _ITALIC_NAME.search(name) else 0)
            sg.face = face


def _across(segs, render, pno: int, ph: float) -> list[PLine]:
    """Lines of what is set across the page: the first page's header column by column."""
    if pno == 0:
        cols = _header_columns(segs, ph)
        if cols is not None:
            # each column's lines on their own, left first, then the rest of the page
            return [ln for part in cols for ln in _lines_from_segments(part, render, pno, ph)]
    return _lines_from_segments(segs, render, pno, ph)


def _hidden_share(raw, h, n: int) -> float:
    """Share of the page's characters drawn invisibly (render mode 3: the OCR layer of a scan), sampled."""
    step = max(1, n // 24)
    seen = hidden = 0
    for i in range(0, n, step):
        obj = raw.FPDFText_GetTextObject(h, i)
        if not obj:
            continue
        seen += 1
        hidden += raw.FPDFTextObj_GetTextRenderMode(obj) == raw.FPDF_TEXTRENDERMODE_INVISIBLE
    return hidden / seen if seen else 0.0


def _lines_from_segments(segs, render, pno: int, ph: float) -> list[PLine]:
    groups = _bands(segs)
    known: dict = {}  # the page's right margin and word space, measured when a line first asks

    def right() -> float | None:
        if "right" not in known:
            known["right"] = _text_right(segs)
        return known["right"]

    def space() -> float | None:
        if "space" not in known:
            known["space"] = _word_space(segs)
        return known["space"]
    out = []
    for g in groups:
        g = _splice(g)
        whole = len(g) > 1 and g[1].x0 - g[0].x1 > _COLUMN_GAP and _stretched(g, right(), render)
        run = [g[0]]
        for s in g[1:] + [None]:
            if s is not None and (whole or s.x0 - max(r.x1 for r in run) <= _COLUMN_GAP):
                run.append(s)
                continue
            txt = " ".join(" ".join(render(r) for r in run).replace("\ufffe", "-").split())
            if txt:
                x0, x1 = run[0].x0, max(r.x1 for r in run)
                b, t = min(r.bottom for r in run), max(r.top for r in run)
                # (a line's stretch matters only where it is wide: at a word space and a bit per gap, none)
                wide = whole or (len(run) == 1 and len(run[0].words) >= 4 and _spread(run[0]) > 3.0)
                out.append(PLine(pno, x0, ph - t, x1, ph - b, txt, slack=_slack(run, space(), whole) if wide else 0.0,
                                 bold=all(r.face & 1 for r in run), italic=all(r.face & 2 for r in run)))
            run = [s]
    out.sort(key=lambda ln: (round(ln.top, 0), ln.x0))
    return out


# ---------------------------------------------------------------------------------------------
# A justified line stretched across the page
#
# Word and LibreOffice justify a line that ends in a manual line break (Shift+Enter) to the full
# width, however few its words: a heading typed as ``I. MỤC ĐÍCH, YÊU CẦU`` + soft break, or a
# paragraph's last line, comes out as single words 60-100 pt apart — wider than the gap that parts
# a header's two cells (``_COLUMN_GAP``), so each word read as a column of its own and the words
# of one line were sorted by their boxes' slightly different tops (``đích`` / ``1.`` / ``Mục``).
# What marks such a line: every segment of the band is one word, the gaps between them are equal
# (justification spreads the slack evenly over the spaces) and the last word ends on the text's
# right margin. A table row of one-word cells has gaps set by its columns, not equal ones, and
# seldom ends exactly on the margin.
# ---------------------------------------------------------------------------------------------

def _text_right(segs: list) -> float | None:
    """The text's right margin: the right edge most of the page's long segments end on, if one does."""
    ends = Counter(round(s.x1) for s in segs if s.x1 - s.x0 > 150)
    if not ends:
        return None
    x, n = ends.most_common(1)[0]
    n += ends.get(x - 1, 0) + ends.get(x + 1, 0)
    return float(x) if n >= 3 else None


def _spread(s: _Seg) -> float:
    """The mean gap between a segment's words (0 under four words: too few to tell a stretch)."""
    n = len(s.words)
    return (s.words[-1][2] - s.x0 - s.ink) / (n - 1) if n >= 4 else 0.0


def _slack(run: list, space: float | None, whole: bool) -> float:
    """How much shorter a line's words would have set at a word space and a bit (an underestimate:
    full lines are stretched a little anyway). The paragraph joiner asks whether the next line's
    first word would have fitted there: if so the line did not wrap but was broken by hand."""
    if space is None:
        return 0.0
    n = sum(len(s.words) for s in run)
    if n < 2 or not (whole or n >= 4):
        return 0.0
    gap = (run[-1].words[-1][2] - run[0].x0 - sum(s.ink for s in run)) / (n - 1)
    return max(0.0, (gap - 1.3 * space) * (n - 1))


def _word_space(segs: list) -> float | None:
    """A word space as the page sets it: a low quantile of its lines' mean gaps (a paragraph's last
    line is not stretched; full lines are, a little)."""
    got = sorted(g for g in map(_spread, segs) if g > 0)
    return got[len(got) // 10] if len(got) >= 5 else None


def _stretched(g: list, right: float | None, render) -> bool:
    """Whether a band's segments are the words of one line justified to the full width."""
    if right is None or len(g) < 2 or abs(g[-1].x1 - right) > 2.0:
        return False
    gaps = [b.x0 - a.x1 for a, b in zip(g, g[1:])]
    if min(gaps) <= _COLUMN_GAP or max(gaps) - min(gaps) > 2.0:
        return False
    return all(len(s.words) == 1 and " " not in render(s).strip() for s in g)


# ---------------------------------------------------------------------------------------------
# The header's two columns
#
# The first page opens with two columns side by side (layout.md §1): parent and issuing body over
# ``Số:`` on the left, the motto over the place and date on the right. Lines are made per band, so
# while the columns keep step the text interleaves them row by row, which the header reader takes.
# But a narrow cell wraps (a wider fallback font, a long name): ``CỘNG HÒA XÃ HỘI CHỦ NGHĨA`` /
# ``VIỆT NAM``, ``…, ngày 25 tháng 3 năm`` / ``2022``. Its second line then lands in a band of
# its own between lines of the other column (the issuer's words between the motto's halves, the
# number between ``năm`` and its year), and two cells that both fill their width come closer than a
# column gap and read as one line (``UBND TỈNH THỪA CỘNG HÒA XÃ HỘI CHỦ``). So the header's
# gutter is found from the words' boxes — the strip no word of the top bands touches, with words on
# both sides — and the header's words are cut there before lines are made: each column's lines
# are given in order, left column first (as a Word table's cells read), and a wrapped cell's lines
# stay next to each other in their column.
# ---------------------------------------------------------------------------------------------

_GUTTER = 6.0  # points: narrower free strips are spaces between words (a cell's padding alone is wider)


def _bands(segs: list) -> list[list]:
    """Segments grouped by band, top to bottom: a band holds the segments whose middles fall in
    the first one's height (superscripts join their line)."""
    segs.sort(key=lambda s: (-(s.top + s.bottom) / 2, s.x0))
    groups: list[list] = []
    band = None
    for s in segs:
        mid = (s.top + s.bottom) / 2
        if band is not None and band[0] - 1 <= mid <= band[1] + 1 and abs(band[2] - mid) < max(2.0, (band[1] - band[0]) * 0.5):
            groups[-1].append(s)
            continue
        groups.append([s])
        band = (s.bottom, s.top, mid)
    return groups


def _header_columns(segs: list, page_height: float) -> list[list] | None:
    """``[left column, right column, rest of the page]`` (segments) when the page opens with two
    columns; ``None`` otherwise."""
    bands = _bands(segs)
    # [x0, x1, bands with words on both sides]: strips no word has touched yet
    free: list[list] = [[float("-inf"), float("inf"), 0]]
    best = None
    end = min(len(bands), 16)
    for k, band in enumerate(bands[:16]):
        if band[0].top < 0.55 * page_height:
            end = k
            break
        spans = sorted((w[0], w[2]) for s in band for w in s.words)
        cut = []
        for f in free:
            pieces = [[f[0], f[1]]]
            for x0, x1 in spans:
                nxt = []
                for a, b in pieces:
                    if x1 <= a or x0 >= b:
                        nxt.append([a, b])
                    else:
                        nxt += [p for p in ([a, x0], [x1, b]) if p[1] - p[0] >= _GUTTER]
                pieces = nxt
            cut += [[a, b, f[2]] for a, b in pieces]
        if best is not None and best[2] >= 2 and not any(best[0] <= f[0] and f[1] <= best[1] for f in cut):
            end = k  # a line across the gutter (the type line, the subject): the columns have ended
            break
        free = cut
        for f in free:
            f[2] += any(x1 <= f[0] for _, x1 in spans) and any(x0 >= f[1] for x0, _ in spans)
        best = max(free, key=lambda f: (f[2], f[1] - f[0]))
    if best is None or best[2] < 2:
        return None
    mid = (best[0] + best[1]) / 2
    last = max(k for k, band in enumerate(bands[:end])
               if any(w[2] <= mid for s in band for w in s.words) and any(w[0] >= mid for s in band for w in s.words))
    # Not every header is a table: two paragraphs on one line, the right one after a run of spaces,
    # wrap back to the left margin (``ỦY BAN NHÂN DÂN      CỘNG HÒA … VIỆT`` / ``NAM``). A line at
    # the left edge under a right part that reached the right margin continues that right part.
    ends = sorted(s.x1 for s in segs)
    right_edge = ends[int(0.9 * (len(ends) - 1))]
    # the page's left margin, not the header's: a table's left cell, centred, starts right of it, and a
    # line of that cell under a right part that happens to end far right does not wrap back (a font
    # with wider letters puts "TỈNH THỪA THIÊN" alone on a line under the motto's second line)
    left_edge = min(s.x0 for s in segs)

    def wraps_back(part: list, above: float | None) -> bool:
        first = min(part, key=lambda s: s.x0)
        word = first.words[0][2] - first.words[0][0]
        return above is not None and first.x0 <= left_edge + 2 and above + word >= right_edge - 4

    left: list = []
    right: list = []
    above = None  # where the right part of the band above ends
    for band in bands[:last + 1]:
        cut = [_cut(s, mid) for s in band]
        ls, rs = [a for a, _ in cut if a is not None], [b for _, b in cut if b is not None]
        if ls and not rs and wraps_back(ls, above):
            ls, rs = [], ls
        left += ls
        right += rs
        above = max((s.x1 for s in rs), default=None)
    # a cell that runs on below the other column's last line (a number's code cut after its hyphen,
    # a date's year): the next lines on one side, as close under that column's last line as its lines are
    for band in bands[last + 1:end]:
        one = left if all(w[2] <= mid for s in band for w in s.words) else (
            right if all(w[0] >= mid for s in band for w in s.words) else None)
        if one is left and wraps_back(band, above):
            one = right
        above = max((s.x1 for s in band), default=None) if one is right else None
        if not one or min(s.bottom for s in one) - max(s.top for s in band) > 0.8 * max(s.top - s.bottom for s in band):
            break
        one += band
        last += 1
    rest = [s for band in bands[last + 1:] for s in band]
    return [left, right, rest]


def _cut(s: _Seg, x: float) -> tuple[_Seg | None, _Seg | None]:
    """A segment's words left and right of ``x``."""
    k = next((i for i, w in enumerate(s.words) if w[0] >= x), len(s.words))
    if k == 0:
        return None, s
    if k == len(s.words):
        return s, None
    a = _Seg((s.x0, s.top, s.words[k - 1][2], s.bottom), s.start, s.words[k][1])
    a.words = s.words[:k]
    a.ink = sum(x1 - x0 for x0, _, x1 in a.words)
    a.last_x0 = s.words[k - 1][0]
    w = s.words[k]
    b = _Seg((w[0], s.top, s.x1, s.bottom), w[1], s.end)
    b.words = s.words[k:]
    b.ink = s.ink - a.ink
    b.last_x0 = s.last_x0
    return a, b


def _splice(g: list) -> list:
    """One band's segments left to right. Segments that overlap (the number and day an e-signature
    stamps into the gaps of ``Số:      /UBND-XD`` and ``ngày    tháng``, drawn after the page's text)
    are cut into their words, so each word lands where it is printed, not after the line."""
    g = sorted(g, key=lambda s: s.x0)
    if not any(b.x0 < a.x1 - 1 for a, b in zip(g, g[1:])):
        return g
    over = set()
    for i, a in enumerate(g):
        for j in range(i + 1, len(g)):
            if g[j].x0 < a.x1 - 1:
                over.update((i, j))
    out = [s for i, s in enumerate(g) if i not in over]
    for i in over:
        h = g[i]
        for k, (x, start, _x1) in enumerate(h.words):
            end = h.words[k + 1][1] if k + 1 < len(h.words) else h.end
            x1 = max(x, h.words[k + 1][0] - 1) if k + 1 < len(h.words) else h.x1
            out.append(_Seg((x, h.top, x1, h.bottom), start, end))
    out.sort(key=lambda s: s.x0)
    return out


# ---------------------------------------------------------------------------------------------
# A body set in two columns
#
# A gazette (Công báo) reprints a plan with its header and title across the page and its body in
# two columns, often with a rule between them. Lines are made per band, and the columns' gap is
# narrower than the gap between a header's two cells (``_COLUMN_GAP``): a line of the left column
# and the line level with it in the right one became one line, the columns' paragraphs woven
# together. So before lines are made the page is searched for a gutter: a strip no word touches
# over a run of bands, with words on both sides in many of them. That alone also fits the normal
# layout's two-cell header (issuer | motto), recipients beside a signature, a table's columns; what
# makes it a body's columns is that it holds long (many bands with words on both sides, fewer
# where a rule is drawn down the gutter), that both sides are running text (lines filling their
# column to its edge, starting at its margin or indent), that neither side is split again (a
# table's columns) and that no rule crosses it (a ruled table's rows). Each column's lines are
# then given whole, left first; what lies across the page above, between or below keeps its place.
# ---------------------------------------------------------------------------------------------

_BODY_BANDS = 8  # bands with words either side of a body's gutter (a header has 3-5 rows)
_RULED_BANDS = 4  # as many, where a rule is drawn down the gutter (a column balanced short at the end)
# bands in a row free at a point: fewer than a body's columns hold at the least (_RULED_BANDS lines each
# side) are a short line's end, a header's or a signature's gap
_FREE_RUN = re.compile(rb"\x01{%d,}" % _RULED_BANDS)
_BODY_GUTTER = 8.0  # points: the narrowest gap between a body's columns (wider than any word space)


def _body_columns(segs: list, ph: float, rules, follows: tuple | None = None) -> list[tuple[list, tuple | None]] | None:
    """The page's segments as parts in reading order, ``(segments, column)``: ``column`` the
    ``(x0, x1)`` of a body column, ``None`` for what lies across the page; ``None`` when the page
    has no body in two columns. ``rules()`` gives the page's ruling lines (``_page_rules``);
    ``follows`` the gutter of the page before, where its body is in two columns: they may go on at
    the top of this page however few their lines (the last lines, the signature and the recipients
    balanced into two short columns, which are no running text of their own)."""
    bands = _bands(segs)
    if len(bands) < _RULED_BANDS:
        return None
    spans = [sorted((w[0], w[2]) for s in band for w in s.words) for band in bands]
    x_lo = min(sp[0][0] for sp in spans)
    x_hi = max(x1 for sp in spans for _, x1 in sp)
    if x_hi - x_lo < 100:
        return None
    runs = _gutter_runs(spans, x_lo + 0.3 * (x_hi - x_lo), int(0.4 * (x_hi - x_lo)) + 1)
    regions: list[tuple[int, int, float, float]] = []
    for (k, j), (both, x) in sorted(runs.items(), key=lambda r: -r[1][0]):
        if both < _RULED_BANDS:
            break  # too few lines either side for any body's columns (and so are all after it)
        if any(k <= b and a <= j for a, b, _, _ in regions):
            continue
        got = _body_gutter(bands[k:j + 1], spans[k:j + 1], x, ph, rules)
        if got is not None:
            regions.append((k + got[0], k + got[1], got[2], got[3]))
    if not regions and follows is not None:
        # the columns going on from the page before: the bands from the top of the page that leave the
        # middle of its gutter free (a word space of the running header over them is no gutter)
        a, b = follows[0] + 0.2 * (follows[1] - follows[0]), follows[1] - 0.2 * (follows[1] - follows[0])
        clear = [not any(x0 < b and x1 > a for x0, x1 in sp) for sp in spans]
        k = next((k for k in range(min(3, len(bands))) if clear[k]), None)
        if k is not None:
            j = k
            while j + 1 < len(bands) and clear[j + 1]:
                j += 1
            got = _body_gutter(bands[k:j + 1], spans[k:j + 1], (a + b) / 2, ph, rules, continued=True)
            if got is not None:
                regions.append((k + got[0], k + got[1], got[2], got[3]))
    if not regions:
        return None
    regions.sort()
    parts: list[tuple[list, tuple | None]] = []
    at = 0
    for k, j, g0, g1 in regions:
        if at < k:
            parts.append(([s for band in bands[at:k] for s in band], None))
        cut = [_cut(s, (g0 + g1) / 2) for band in bands[k:j + 1] for s in band]
        left, right = [a for a, _ in cut if a is not None], [b for _, b in cut if b is not None]
        parts.append((left, (min(s.x0 for s in left), g0)))
        parts.append((right, (g1, max(s.x1 for s in right))))
        at = j + 1
    if at < len(bands):
        parts.append(([s for band in bands[at:] for s in band], None))
    return parts


def _gutter_runs(spans: list[list], lo: float, n: int) -> dict[tuple[int, int], tuple[int, float]]:
    """Candidate gutters: for each run of bands ``(first, last)`` free at some point of the strip of
    ``n`` points from ``lo`` (every word of each band on one side of it), the most lines on both sides
    it has (each side's, not bands holding both: the columns' lines need not be level) and the first
    point that has them; in the order they were first seen with two lines or more on both sides (of
    two overlapping runs with as many lines, the one seen first is tried first)."""
    firsts = [sp[0][0] for sp in spans]
    lasts = [sp[-1][1] for sp in spans]
    runs: dict[tuple[int, int], tuple[int, float]] = {}
    last = None
    for i, column in enumerate(_free_columns(spans, lo, n)):
        if column == last:
            continue  # the same runs as the point before
        last = column
        x = lo + i
        for m in _FREE_RUN.finditer(column):
            k, j = m.start(), m.end()
            both = min(sum(f < x for f in firsts[k:j]), sum(e > x for e in lasts[k:j]))
            if both >= 2 and both > runs.get((k, j - 1), (0, 0.0))[0]:
                runs[(k, j - 1)] = (both, x)
    return runs


def _free_columns(spans: list[list], lo: float, n: int) -> list[bytes]:
    """Per point of the strip of ``n`` points from ``lo``, a byte a band: 1 where no word of the band
    comes within a point of it. Built a band a row, then cut into columns (a strided slice of the
    rows laid end to end: one C-level copy a point, where a list of flags a band costs a loop)."""
    rows = []
    for sp in spans:
        row = bytearray(b"\x01") * n
        for a, b in sp:
            i0, i1 = max(0, int(a - lo) - 1), min(n - 1, int(b - lo) + 1)
            if i0 <= i1:
                row[i0:i1 + 1] = bytes(i1 - i0 + 1)
        rows.append(row)
    flat = b"".join(rows)
    return [flat[i::n] for i in range(n)]


def _body_gutter(bands: list, spans: list, x: float, ph: float, rules,
                 continued: bool = False) -> tuple[int, int, float, float] | None:
    """``(first, last, x0, x1)``: the bands (indices into ``bands``) and the gutter through ``x`` of
    a body set in two columns, where ``bands`` (every one free of words at ``x``) hold one; ``None``
    if they do not."""
    edges = rules()  # top-down, as pdfplumber's
    height = sorted(s.top - s.bottom for band in bands for s in band)[len(bands) // 2]
    first, last = 0, len(bands) - 1
    # a rule drawn down the gutter shows where the columns are: a block across the page under them
    # whose cells leave the gutter free (recipients beside the signature) is not in them
    # (the rule beside most of the bands: a column rule can come in pieces, one the page before's)
    rule = max(((min(e["bottom"], ph - bands[-1][0].bottom) - max(e["top"], ph - bands[0][0].top), e) for e in edges
                if e["orientation"] == "v" and abs(e["x0"] - x) < 30), key=lambda r: r[0], default=(0, None))
    rule = rule[1] if rule[0] >= 3 * height else None
    if rule:
        top, bottom = rule["top"] - height / 4, rule["bottom"] + height / 4
        inside = [k for k, band in enumerate(bands) if top <= ph - (band[0].top + band[0].bottom) / 2 <= bottom]
        first, last = inside[0], inside[-1]
        bands, spans = bands[first:last + 1], spans[first:last + 1]
    left = [[w for w in sp if w[1] <= x] for sp in spans]
    right = [[w for w in sp if w[0] >= x] for sp in spans]
    if not any(left) or not any(right):
        return None
    # lines on either side (not bands holding both: the columns' lines need not be level)
    need = 2 if continued else _RULED_BANDS if rule else _BODY_BANDS
    if min(sum(1 for ws in left if ws), sum(1 for ws in right if ws)) < need:
        return None
    g0 = max(ws[-1][1] for ws in left if ws)
    g1 = min(ws[0][0] for ws in right if ws)
    if g1 - g0 < _BODY_GUTTER:
        return None
    a = min(ws[0][0] for ws in left if ws)
    b = max(ws[-1][1] for ws in right if ws)
    if not 0.5 <= (g0 - a) / max(1.0, b - g1) <= 2.0:
        return None  # a narrow cell beside a wide one: a header's, a table's
    if not continued and not (_running_text(left, g0) and _running_text(right, b)):
        return None
    if _split_again(left, a, g0) or _split_again(right, g1, b):
        return None  # a side split again: a table's columns
    top, bottom = ph - max(s.top for s in bands[0]), ph - min(s.bottom for s in bands[-1])
    if any(e["orientation"] == "h" and e["x0"] < g0 and e["x1"] > g1 and top + 2 < e["top"] < bottom - 2
           for e in edges):
        return None  # a rule across the gutter between the bands: a ruled table's rows
    return first, last, g0, g1


def _running_text(side: list[list], edge: float) -> bool:
    """Are one side's lines (each a band's word spans, or none) running text set in a column
    ending at ``edge``? Most lines that have a line after them fill the column (justified to its
    edge, or ragged: the next line's first word would not have fitted), and they start at one or
    two places (the margin, a first-line indent), where a header's or a signature's centred lines
    start each at its own."""
    lines = [ws for ws in side if ws]
    if len(lines) < 3:
        return False
    full = sum(1 for p, q in zip(lines, lines[1:]) if p[-1][1] + (q[0][1] - q[0][0]) + 3 >= edge - 1)
    starts = [ws[0][0] for ws in lines]
    common = 0
    for _ in range(2):  # the two places most lines start at, each give or take two points
        if not starts:
            break
        at = Counter(round(x) for x in starts).most_common(1)[0][0]
        near = [x for x in starts if abs(x - at) <= 2]
        common += len(near)
        starts = [x for x in starts if abs(x - at) > 2]
    return full >= 0.5 * (len(lines) - 1) and common >= 0.7 * len(lines)


def _split_again(side: list[list], a: float, b: float) -> bool:
    """Is one side itself cut by a strip no word of it touches, with words either side of it in
    two lines at least (a table's number column beside its content column)?"""
    n = int(b - a) + 1
    covered = [False] * n
    for ws in side:
        for x0, x1 in ws:
            i0, i1 = max(0, int(x0 - a)), min(n - 1, int(x1 - a) + 1)
            covered[i0:i1 + 1] = [True] * (i1 - i0 + 1)
    i = 0
    while i < n:
        if covered[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and not covered[j + 1]:
            j += 1
        if 0 < i and j < n - 1 and j - i + 1 >= _BODY_GUTTER:
            p, q = a + i, a + j
            if sum(1 for ws in side if ws and ws[0][0] < p and ws[-1][1] > q) >= 2:
                return True
        i = j + 1
    return False


# ---------------------------------------------------------------------------------------------
# Fonts: legacy encodings and unmapped glyph codes, decided per font
#
# Only a page with characters outside a Vietnamese text layer's alphabet is looked at here. Each
# character's font comes from pdfium (FPDFText_GetFontInfo), and so does whether its code had no
# Unicode mapping (FPDFText_HasUnicodeMapError). Per font, the text is tried as it is and through
# each legacy decoder (symbolic TrueType fonts whose WinAnsi bytes pdfium reads as Mac Roman,
# TCVN3 ``.Vn*`` fonts, ``VNI-*`` fonts); the reading that is most Vietnamese wins, a font name
# hint lowering the bar. A font whose codes have no mapping and read as no alphabet is unreadable;
# a page mostly in such fonts is handed to OCR.
# ---------------------------------------------------------------------------------------------

# letters and marks no Vietnamese text layer holds: control codes, Greek/Cyrillic/Armenian, combining
# marks other than the five tones and the circumflex/breve/horn, private-use glyphs other than Word's
# bullets, Latin letters Vietnamese never uses
_ALIEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u0370-\u058f\u0304-\u0308\u030a-\u0322\u0324-\u036f"
                    "\ue000-\uf0a6\uf0a8-\uf0b6\uf0b8-\uf8ff\ufffd\u0100\u0101\u0104-\u010f\u0112-\u0127"
                    "\u012a-\u0167\u016a-\u019f\u01a2-\u01ae\u01b1-\u024f\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6"
                    "\u00d8\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6\u00f8\u00fb\u00fc\u00fe\u00ff]")
_TCVN3_NAME = re.compile(r"(?:^|\+|\.)Vn[A-Z]")
_VNI_NAME = re.compile(r"(?:^|\+)VNI[-_ ]", re.I)


# TCVN3 puts "ư" at 0xAD, which WinAnsi names "hyphen": pdfium gives "-" ("th-ơng"). A hyphen glued to a
# following lower-case letter (or TCVN3 letter byte) is that "ư" ("KH-UBND", "Tự do - Hạnh phúc" and "- bullets" are not).
_TCVN3_U = re.compile(r"[-\u00ad](?=[a-z\u00a1-\u00ff])")


def _tcvn3_pdf(text: str) -> str:
    from .legacy import tcvn3_to_unicode
    return tcvn3_to_unicode(_TCVN3_U.sub("\u00ad", text))


def _font_decoders():
    from .legacy import macroman_to_winansi, vni_to_unicode
    return [
        ("winansi", macroman_to_winansi, None),
        ("tcvn3", _tcvn3_pdf, _TCVN3_NAME),
        ("vni", vni_to_unicode, _VNI_NAME),
        ("tcvn3", lambda s: _tcvn3_pdf(macroman_to_winansi(s)), _TCVN3_NAME),
        ("vni", lambda s: vni_to_unicode(macroman_to_winansi(s)), _VNI_NAME),
    ]


class _FontPlan:
    """Per character: its font's decoder; per font: readable or not."""

    def __init__(self, text: str, fid: list[int], decode: dict, decode_names: dict, unreadable: set, names: list[str]):
        self.text, self.fid, self.decode, self.unreadable, self.names = text, fid, decode, unreadable, names
        self.decode_names = decode_names

    def render(self, start: int, end: int) -> str:
        text, fid, decode = self.text, self.fid, self.decode
        out = []
        i = start
        while i < end:
            f = fid[i]
            j = i + 1
            while j < end and fid[j] == f:
                j += 1
            fn = decode.get(f)
            out.append(fn(text[i:j]) if fn else text[i:j])
            i = j
        return "".join(out)

    def summary(self) -> dict:
        counts = Counter(self.fid[i] for i, c in enumerate(self.text) if not c.isspace())
        total = sum(counts.values()) or 1
        bad = sum(counts[f] for f in self.unreadable)
        used = Counter()
        for f, (name, _) in self.decode_names.items():
            used[name] += counts[f]
        return {"unreadable_share": bad / total, "unreadable_fonts": sorted({self.names[f] for f in self.unreadable}),
                "encoding": used.most_common(1)[0][0] if used else None}


def font_plan(raw, h, text: str) -> _FontPlan:
    import ctypes

    from .legacy import vietnamese_score
    n = len(text)
    buf = ctypes.create_string_buffer(256)
    size = ctypes.c_ulong(256)  # the declared type: an unchecked call passes a bare int as a C int
    flags = ctypes.byref(ctypes.c_int())
    info = _unchecked("FPDFText_GetFontInfo")  # two calls a character
    maperr = _unchecked("FPDFText_HasUnicodeMapError")
    ids: dict[bytes, int] = {}
    names: list[str] = []
    fid = [0] * n
    errs: Counter = Counter()
    cur = -1
    for i in range(n):
        c = text[i]
        if c.isspace():
            fid[i] = cur
            continue
        if info(h, i, buf, size, flags):
            name = buf.value
            cur = ids.get(name)
            if cur is None:
                cur = ids[name] = len(names)
                names.append(name.decode("latin-1"))
        fid[i] = cur
        if maperr(h, i):
            errs[cur] += 1
    chars: dict[int, list[str]] = {}
    for i, c in enumerate(text):
        chars.setdefault(fid[i], []).append(c)
    decode: dict[int, object] = {}
    decode_names: dict[int, tuple] = {}
    unreadable: set[int] = set()
    for f, cs in chars.items():
        if f < 0:
            continue
        sample = "".join(cs)[:3000]
        nonspace = sum(1 for c in sample if not c.isspace()) or 1
        odd = len(sample) - sum(len(m) for m in _PLAIN.findall(sample))
        if odd < 3 or odd < 0.005 * len(sample):
            continue  # a font of plain text (perhaps with a stray symbol): as it is
        base = vietnamese_score(sample) - len(_ALIEN.findall(sample)) / nonspace
        best, best_score = None, None
        for dname, fn, hint in _font_decoders():
            conv = fn(sample)
            s = vietnamese_score(conv) - len(_ALIEN.findall(conv)) / nonspace
            margin = 0.0 if hint is not None and hint.search(names[f]) else 0.15
            if s > base + margin and (best_score is None or s > best_score):
                best, best_score = (dname, fn), s
        if best is not None:
            decode[f] = best[1]
            decode_names[f] = best
            sample = best[1](sample)
        alien = len(_ALIEN.findall(sample)) / nonspace
        if alien > 0.05 or (errs[f] / nonspace > 0.5 and vietnamese_score(sample) < 0.2):
            unreadable.add(f)
    return _FontPlan(text, fid, decode, decode_names, unreadable, names)


def _page_rules(page) -> list[dict]:
    """Ruling lines of the page as edges (pdfplumber's shape, top-down): thin paths, and the sides of
    stroked boxes; Word's filled boxes behind words are shading. From pdfium's page objects."""
    raw = _raw()
    import ctypes
    ph = page.get_height()
    n = raw.FPDFPage_CountObjects(page.raw)
    l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    refs = (ctypes.byref(l), ctypes.byref(b), ctypes.byref(r), ctypes.byref(t))
    edges: list[dict] = []

    def h_edge(x0, x1, y):
        edges.append({"orientation": "h", "x0": x0, "x1": x1, "top": ph - y, "bottom": ph - y, "width": x1 - x0, "height": 0})

    def v_edge(x, y0, y1):
        edges.append({"orientation": "v", "x0": x, "x1": x, "top": ph - y1, "bottom": ph - y0, "width": 0, "height": y1 - y0})
    turn = _turn(page)
    # hundreds of objects a page, most of them text: per object, two calls without argument checks
    get, kind, bounds = (_unchecked(f) for f in ("FPDFPage_GetObject", "FPDFPageObj_GetType", "FPDFPageObj_GetBounds"))
    for k in range(min(n, 20000)):
        obj = get(page.raw, k)
        if kind(obj) != raw.FPDF_PAGEOBJ_PATH or not bounds(obj, *refs):
            continue
        x0, y0, x1, y1 = l.value, b.value, r.value, t.value
        if turn is not None:
            x0, y1, x1, y0 = turn(x0, y1, x1, y0)
        w, h = x1 - x0, y1 - y0
        if h < 3 and w > 3:
            h_edge(x0, x1, (y0 + y1) / 2)
        elif w < 3 and h > 3:
            v_edge((x0 + x1) / 2, y0, y1)
        elif w > 10 and h > 10:
            fill, stroke = ctypes.c_int(), ctypes.c_int()
            if raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)) and stroke.value:
                h_edge(x0, x1, y0), h_edge(x0, x1, y1), v_edge(x0, y0, y1), v_edge(x1, y0, y1)
    return edges


def _upright(page) -> bool:
    """Is the page drawn as it is rendered (no rotation, its boxes from the origin)? Then the rules
    measured in its content and the words read in its image share one frame."""
    try:
        return page.get_rotation() == 0 and tuple(page.get_cropbox())[:2] == (0, 0) == tuple(page.get_mediabox())[:2]
    except Exception:  # noqa: BLE001
        return False


def _has_rules(page, edges: list[dict] | None = None) -> bool:
    """Does the page draw a grid: two horizontal and two vertical rules at least?"""
    edges = _page_rules(page) if edges is None else edges
    return (sum(1 for e in edges if e["orientation"] == "h" and e["width"] > 10) >= 2
            and sum(1 for e in edges if e["orientation"] == "v" and e["height"] > 10) >= 2)


def grid_cells(edges: list[dict]) -> list[tuple]:
    """Cells (x0, top, x1, bottom) the ruling lines make: pdfplumber's geometry (edges → intersections → cells)."""
    from pdfplumber.table import edges_to_intersections, intersections_to_cells, merge_edges
    edges = [e for e in edges if (e["width"] if e["orientation"] == "h" else e["height"]) >= 3]
    edges = merge_edges(edges, 3, 3, 3, 3)
    return intersections_to_cells(edges_to_intersections(edges, 3, 3))


def _grid_tables(edges: list[dict], words: list, ph: float) -> list[tuple] | None:
    """Ruled tables from the page's edges and words — pdfplumber's grid geometry (edges → intersections
    → cells → tables, which handles merged cells), our own text. None when the rules make no table
    (a grid drawn as one path, say): the caller asks pdfplumber then."""
    from pdfplumber.table import Table, cells_to_tables
    groups = cells_to_tables(grid_cells(edges))
    if not groups:
        return None
    from ..normalize import normalize
    out = []
    for group in groups:
        table = Table(None, group)
        rows = []
        for row in table.rows:
            texts = []
            for cell in row.cells:
                if cell is None:
                    texts.append("")
                    continue
                x0, top, x1, bottom = cell
                inside = [w for w in words if x0 <= (w[0] + w[2]) / 2 <= x1 and top <= (w[1] + w[3]) / 2 <= bottom]
                cell_text = normalize(_cell_text(inside, x1 - _CELL_PAD, x0 + _CELL_PAD)).text
                texts.append("\n".join(" ".join(ln.split()) for ln in cell_text.split("\n") if ln.strip()))
            rows.append(texts)
        _fill_down(table, rows)
        if rows:
            x0, top, x1, bottom = table.bbox
            out.append((rows, top / ph, bottom / ph))
    return out


_DITTO = "\x00"  # a merged cell's text continued from the page before (resolved by _join_continued)
_NUMBER_HEADER = re.compile(r"(?:S\.?\s*)?T\s*T\.?|Số\s*(?:TT|thứ tự)", re.I)  # ``ST T``: wrapped in a narrow column


def _fill_down(table, rows: list[list[str]]) -> None:
    """A cell merged over several rows of their own (a time or lead cell shared by a group of numbered
    tasks) is in the first of them only: the rows below it get its text, as the DOCX and HTML readers give
    merged cells. A row is its own when its number cell (the ``TT``/``STT`` column) is not merged; a row
    whose number is merged with the row above is a part of that row (two objects of one inspected company)
    and is left as it is, as is any table without a number column. (A cell merged across columns stays in
    its first column: a group row's title is not repeated.)"""
    grid = table.rows
    if not rows or not grid:
        return
    num = next((c for c, h in enumerate(rows[0]) if _NUMBER_HEADER.fullmatch(h.strip())), None)
    if num is None and sum(bool(_ROW_NUMBER.fullmatch(r[0].strip())) for r in rows if r) >= 2 \
            and all(not r[0].strip() or _ROW_NUMBER.fullmatch(r[0].strip()) or not any(c.strip() for c in r[1:])
                    for r in rows if r):
        num = 0  # a page the table goes on to, without its header: the column of row numbers (and group rows)
    if num is None:
        return
    for r in range(1, min(len(grid), len(rows))):
        cells, row = grid[r].cells, rows[r]
        if num >= len(cells) or cells[num] is None:
            continue
        mid = (grid[r].bbox[1] + grid[r].bbox[3]) / 2
        for c, cell in enumerate(cells):
            if cell is not None or c >= len(row) or row[c]:
                continue
            for k in range(r - 1, -1, -1):
                above = grid[k].cells[c] if c < len(grid[k].cells) else None
                if above is not None:
                    if above[3] > mid and c < len(rows[k]):
                        # a cell merged down from the page before is blank here: the row the page
                        # break cut holds its text, known once the pieces are joined
                        row[c] = rows[k][c] or (_DITTO if k == 0 else "")
                    break


# ---------------------------------------------------------------------------------------------
# A table drawn without rules
#
# Word tables whose borders were removed, and tables a PDF printer set as text, have no ruling
# lines: the grid reader sees no table, and the body text weaves each row's cells line by line
# (``1 Trưng bày chuyên đề "Việt Thư viện tỉnh Phòng Quản lý Tháng 7 -``). Their columns are
# still there as whitespace. The header row names them (``STT | Nội dung | Đơn vị chủ trì | …``,
# a cell's words possibly over two or three lines): the strips between its cells hold the
# columns' boundaries. Each body line narrows those strips to the part no word touches (a cell's
# text is left-aligned and runs up to its boundary, the header's is centred), and a line that
# leaves a strip no free part (a paragraph across the page) ends the table. A row starts where
# the number column holds a word; the lines below it with that column blank are its cells'
# continuation. A page that goes on without a header keeps the page before's columns, as long as
# its lines keep to them.
# ---------------------------------------------------------------------------------------------

_ALIGNED_GAP = 5.0  # points: a free strip between two header cells (wider than a word space)
_HEADER_WORD = re.compile(r"chủ\s*trì|phối\s*hợp|thời\s*gian|thời\s*hạn|đơn\s*vị|nội\s*dung|ghi\s*chú|sản\s*phẩm"
                          r"|kinh\s*phí|cơ\s*quan|hoàn\s*thành|thực\s*hiện", re.I)
_ROW_NUMBER = re.compile(r"(?:\d{1,3}|[IVX]{1,5}|[A-Z])[.)]?")


def _word_bands(words: list) -> list[list]:
    """Words grouped into lines (middles within half a height), top to bottom, each left to right."""
    out: list[list] = []
    mids: list[float] = []
    for w in sorted(words, key=lambda w: (w[1] + w[3]) / 2):
        mid = (w[1] + w[3]) / 2
        if out and abs(mids[-1] - mid) < max(2.0, (w[3] - w[1]) * 0.5):
            out[-1].append(w)
        else:
            out.append([w])
            mids.append(mid)
    return [sorted(b, key=lambda w: w[0]) for b in out]


def _free_strips(bands: list[list], lo: float, hi: float, least: float) -> list[list[float]]:
    """Strips of [lo, hi] no word of ``bands`` touches, at least ``least`` wide."""
    spans = sorted((w[0], w[2]) for b in bands for w in b)
    out, x = [], lo
    for a, z in spans:
        if a - x >= least:
            out.append([x, a])
        x = max(x, z)
    if hi - x >= least:
        out.append([x, hi])
    return out


def _header_rows(bands: list[list]) -> tuple[int, int] | None:
    """(first, end) band indices of a task table's header: the band with the number column's word
    (``STT``/``TT``) and the header bands around it (role words, no digits), up to the first row."""
    for k, band in enumerate(bands):
        if not (band and _NUMBER_HEADER.fullmatch(band[0][4])):
            continue
        if not _HEADER_WORD.search(" ".join(w[4] for b in bands[k:k + 3] for w in b)):
            continue
        first = k
        while first > 0 and k - first < 2 and _header_band(bands[first - 1]):
            first -= 1
        end = k + 1
        while end < len(bands) and end - k < 3 and _header_band(bands[end]) and not _ROW_NUMBER.fullmatch(bands[end][0][4]):
            end += 1
        return first, end
    return None


def _header_band(band: list) -> bool:
    text = " ".join(w[4] for w in band)
    return not any(c.isdigit() for c in text) and bool(_HEADER_WORD.search(text) or len(band) <= 2)


def _header_line(lines: list[PLine]) -> bool:
    """Does a line open with a table's number column (``STT``, ``TT``): a header row set in text?"""
    return any(_NUMBER_COLUMN.match(ln.text) for ln in lines)


def _page_aligned(page, i: int, edges, follows, going: list[float] | None) -> tuple | None:
    """The page's table drawn without rules: one with its own header, else the one the page before
    ended in (``going``: its columns) going on from the page's top."""
    words: list = []
    _page_lines(page, i, None, words, edges, follows)
    ph = page.get_height()
    got = _aligned_table(words, ph)
    if got is None and going is not None:
        got = _aligned_table(words, ph, going)
    return got


def _aligned_table(words: list, ph: float, columns: list[float] | None = None) -> tuple | None:
    """``(rows, top, bottom, columns)`` of a table without rules on a page (top/bottom as shares of the
    page height; ``columns`` its boundaries), or None. With ``columns`` (the page before's), the page's
    lines from its top that keep to them continue that table, without a header of their own."""
    from ..normalize import normalize
    bands = _word_bands(words)
    if columns is None:
        head = _header_rows(bands)
        if head is None:
            return None
        first, body = head
        hb = bands[first:body]
        lo, hi = min(w[0] for b in hb for w in b), max(w[2] for b in hb for w in b)
        strips = _free_strips(hb, lo, hi, _ALIGNED_GAP)
        if len(strips) < 2:
            return None
        header = True
    else:
        first = body = 0
        strips = [[x - 0.5, x + 0.5] for x in columns]
        header = False
    end = body
    for band in bands[body:]:
        left = [_narrowed(st, band) for st in strips]
        if any(x is None for x in left):
            break  # a line across a column boundary: the table ended
        strips = left
        end += 1
    if end - body < 2:
        return None
    cuts = [(a + z) / 2 for a, z in strips]
    if columns is not None:
        cuts = columns

    def cells(bs: list[list]) -> list[list]:
        got: list[list] = [[] for _ in range(len(cuts) + 1)]
        for b in bs:
            for w in b:
                got[bisect.bisect_left(cuts, (w[0] + w[2]) / 2)].append(w)
        return got

    def text(ws: list, c: int) -> str:
        edge = cuts[c] if c < len(cuts) else None
        return "\n".join(" ".join(ln.split()) for ln in normalize(_cell_text(ws, edge)).text.split("\n") if ln.strip())
    rows: list[list[str]] = []
    if header:
        rows.append([" ".join(text(ws, c).split()) for c, ws in enumerate(cells(bands[first:body]))])
    group: list[list] = []
    for b in bands[body:end]:
        numbered = any(w[2] <= cuts[0] for w in b)
        if numbered and group:
            rows.append([text(ws, c) for c, ws in enumerate(cells(group))])
            group = []
        group.append(b)
    if group:
        rows.append([text(ws, c) for c, ws in enumerate(cells(group))])
    top = min(w[1] for w in bands[first])
    bottom = max(w[3] for w in bands[end - 1])
    return rows, top / ph, bottom / ph, cuts


def _narrowed(strip: list[float], band: list) -> list[float] | None:
    """The part of a column strip a line's words leave free (None: a word covers it all). A word inside
    the strip (a header centred in its cell left room a body cell's text takes) keeps the wider side."""
    a, z = strip
    for w in band:
        if w[2] <= a or w[0] >= z:
            continue
        if w[0] <= a and w[2] >= z:
            return None
        if w[0] <= a:
            a = w[2]
        elif w[2] >= z:
            z = w[0]
        elif w[0] - a >= z - w[2]:
            z = w[0]
        else:
            a = w[2]
        if z - a < 1.0:
            return None
    return [a, z]


_CELL_PAD = 4.0  # points between a ruled cell's right rule and the furthest its text can reach (Word: 5.4)


def _cell_text(words: list, edge: float | None = None, left: float | None = None) -> str:
    """Words of one cell in reading order: lines top to bottom (a line: middles within half a height),
    joined with a space — except where a line broke inside an abbreviation (``_broken_inside``), and with a
    line break where a line ended its paragraph before a name (``_ends_paragraph``; ``edge``: how far the
    cell's text can reach, its right rule less its padding; ``left``: where it starts)."""
    rows = _word_bands(words)
    if not rows:
        return ""
    right = max(w[2] for w in words)  # the cell's text reaches this far (its widest line)
    out = " ".join(w[4] for w in rows[0])
    para = 0  # where the paragraph being read starts in ``out``
    for prev, row in zip(rows, rows[1:]):
        text = " ".join(w[4] for w in row)
        glue = _broken_inside(prev[-1], row[0], right) or _broken_date(prev[-1], row[0], right)
        if not glue and _ends_paragraph(out[para:], prev, row, max(right, edge or 0), left):
            out += "\n"
            para = len(out)
        else:
            out += "" if glue else " "
        out += text
    return out


# a line or name left open at its end: it must go on ("… và", "… của", a comma, a dash)
_OPEN_END = re.compile(r"(?:\b(?:và|của|thuộc|với|cho|về|tại|trong|theo)|[,&/(\-–])\s*$", re.I)


def _ends_paragraph(para: str, prev: list, row: list, right: float, left: float | None = None) -> bool:
    """Did a cell's line end its paragraph, one name a line (``Hiệp hội Du lịch tỉnh`` / ``Báo Bà Rịa - Vũng
    Tàu``)? The next line opens a name (an agency's head, or ``Các …``), and this line either stops short of
    the cell's text edge by more than the next line's first word (the word would have fitted: the writer
    broke the line; for a line centred between ``left`` and ``right``, its width and the word's are less
    than the cell's) or the paragraph so far (``para``) is a whole name (``Sở Văn hóa và`` / ``Thể thao`` /
    ``UBND thành phố …`` in a narrow cell)."""
    from ..extract.agencies import is_whole_name, opens_name
    first = row[0]
    if not (first[4][:1].isupper() and opens_name(" ".join(w[4] for w in row[:4]))):
        return False
    if prev[-1][2] + (first[2] - first[0]) + 4 < right:
        return True
    if left is not None and abs((prev[0][0] + prev[-1][2]) / 2 - (left + right) / 2) < 3 \
            and prev[-1][2] - prev[0][0] + (first[2] - first[0]) + 4 < right - left \
            and not _OPEN_END.search(para):
        return True
    return is_whole_name(para)


# a date's head cut at a line's end: a year of 1-3 digits, or a slash with the rest to come
_DATE_HEAD = re.compile(r"(?:(?:\d{1,2}|I{1,3}|IV)/){1,2}\d{0,3}$")
_DATE_WHOLE = re.compile(r"(?:\d{1,2}/)?(?:\d{1,2}|I{1,3}|IV)/(?:19|20)\d{2}")


def _broken_date(last: tuple, first: tuple, right: float) -> bool:
    """Did a cell's line break inside a date (``30/6/202`` / ``3`` in a narrow time column)? A date
    is one word to the renderer, cut only where the line is full: the line ends within a character
    of the cell's text edge on a date's head, and the two pieces make one whole date."""
    a, b = last[4], first[4]
    head = _DATE_HEAD.search(a)
    if not (head and b[:1].isdigit()):
        return False
    char = (last[2] - last[0]) / max(1, len(a))
    if last[2] < right - 1.5 * char:
        return False
    tail = re.match(r"[\d/]+", b).group(0)
    return bool(_DATE_WHOLE.fullmatch(head.group(0) + tail))


_ABBR_TAIL = re.compile(r"[^\W\d_]+$")
_ABBR_HEAD = re.compile(r"^[^\W\d_]+")


def _broken_inside(last: tuple, first: tuple, right: float) -> bool:
    """Did a cell's line break inside an abbreviation (``VP HĐND&UB`` / ``ND huyện``)? A word longer than
    the cell is cut where the line is full, anywhere: the line ends within a character of the cell's
    text edge, and the capital letters either side of the break make a known abbreviation
    (``abbreviations.csv``) that neither side is alone. Two whole words on a full line stay apart."""
    a, b = last[4], first[4]
    if not (a and b and a[-1].isupper() and b[0].isupper()):
        return False
    char = (last[2] - last[0]) / max(1, len(a))
    if last[2] < right - 1.5 * char:
        return False
    tail, head = _ABBR_TAIL.search(a), _ABBR_HEAD.match(b)
    if not (tail and head and tail.group(0).isupper() and head.group(0).isupper()):
        return False
    from ..extract.agencies import abbreviation_words
    known = abbreviation_words()
    t, h = tail.group(0), head.group(0)
    return t + h in known and not (t in known and h in known)


def _has_image(page) -> bool:
    import pypdfium2.raw as raw
    try:
        return any(obj.type == raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))
    except Exception:  # noqa: BLE001
        return True


# ---------------------------------------------------------------------------------------------
# Footnotes
#
# Word and LibreOffice set a page's footnotes at its foot, under a short rule at the left margin,
# each opening with its number; the number is raised after the word that cites it (``Chính phủ1``,
# ``Hà Nam2 ,``). Read in place, the notes cut the paragraph that runs over the page break
# (``- Chủ trì: …`` / ``1 Quyết định số …`` / ``- Phối hợp: …``) and the marks stick to their words.
# The DOCX reader gives a note as a line after the paragraph that cites it (the preamble may name a
# basis's number, a task heading its time, only there): the PDF of the same document reads the
# same. The notes are taken from under the rule, and the joiner puts each after the paragraph where
# its mark stands, the mark taken off; a note whose mark is not found stays where it was.
# ---------------------------------------------------------------------------------------------

_NOTE_START = re.compile(r"(\d{1,3})\s+(?=\S)")


def _footnotes(lines: list[PLine], edges: list[dict], ph: float) -> tuple[list[PLine], list[tuple[str, list[PLine]]]]:
    """The page's lines without its footnotes, and the footnotes: (number, lines) in order."""
    if not lines or not edges:
        return lines, []
    left = min(ln.x0 for ln in lines)
    right = max(ln.x1 for ln in lines)
    rules = [e for e in edges if e["orientation"] == "h" and e["top"] > 0.5 * ph and abs(e["x0"] - left) < 15
             and 20 < e["width"] < 0.5 * (right - left)]
    if len(rules) != 1 or any(e["orientation"] == "v" and e["bottom"] > rules[0]["top"] - 2 for e in edges):
        return lines, []
    y = rules[0]["top"]
    below = [ln for ln in lines if ln.top > y]
    if not below or not _NOTE_START.match(below[0].text):
        return lines, []
    notes: list[tuple[str, list[PLine]]] = []
    expect = int(_NOTE_START.match(below[0].text).group(1))
    for ln in below:
        m = _NOTE_START.match(ln.text)
        if m and int(m.group(1)) == expect:
            notes.append((m.group(1), [PLine(ln.page, ln.x0, ln.top, ln.x1, ln.bottom, ln.text[m.end():])]))
            expect += 1
        elif _PAGE_NUM.match(ln.text):
            continue  # the page's number under its notes stays furniture
        else:
            notes[-1][1].append(ln)  # a note's wrapped line
    keep = [ln for ln in lines if ln.top <= y or _PAGE_NUM.match(ln.text)]
    return keep, notes


def _mark(number: str) -> re.Pattern:
    """A note's number set raised (superscript digits: see ``_raised_digits``)."""
    return re.compile(r"(?<![⁰¹²³⁴⁵⁶⁷⁸⁹])" + number.translate(_SUPER) + r"(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")


def _furniture(pages: list[list[PLine]], heights: list[float]) -> set[tuple[int, int]]:
    """(page, index) of running headers, footers and page numbers. A page whose top holds the national
    motto opens a document (a plan printed after the decision that issues it): its header block, the
    same as the first document's, runs on no page."""
    from ..layout.header import is_motto
    drop = set()
    band = {}
    for p, lines in enumerate(pages):
        h = heights[p]
        # the header block's first row: the motto and the bodies beside it (a running head stands above it)
        opens = min((ln.top for ln in lines if ln.top < 0.2 * h and is_motto(ln.text)), default=None)
        for i, ln in enumerate(lines):
            if ln.top < 0.08 * h or ln.bottom > 0.92 * h:
                if opens is None or ln.top < opens - 2 or ln.bottom > 0.92 * h:
                    band.setdefault(re.sub(r"\d+", "#", ln.text.lower()), []).append((p, i))
                marked = _PAGE_NUM_MARKED.match(ln.text)
                if _PAGE_NUM.match(ln.text) or (marked and int(marked.group(1)) == p + 1):
                    drop.add((p, i))
    if len(pages) >= 2:
        for key, where in band.items():
            if len({p for p, _ in where}) >= max(2, len(pages) // 2):
                drop.update(where)
    return drop


def _ends_on_field_label(line: str) -> bool:
    """Does ``line`` end on a task field's label after other text (``… Sở X; phối hợp:``, ``… (Chủ trì:``)?
    A label alone on its line may head a list of values below it: that line is not meant."""
    from ..extract.fields import LABEL_AT_END
    m = LABEL_AT_END.search(line)
    return bool(m) and bool(line[:m.start()].strip(" -+"))


def _join(pages: list[list[PLine]], drop: set, widths: list[float],
          notes: dict[int, list] | None = None, paras: list | None = None) -> tuple[str, list[int], list[tuple]]:
    """Lines → text: a line that reaches the right margin continues into the next one. ``notes``: each
    page's footnotes (``_footnotes``), each put after the paragraph where its mark stands. ``paras``
    receives each paragraph as [start offset, its lines] (``_styled_headings`` reads their faces)."""
    paras = [] if paras is None else paras
    body = [[ln for i, ln in enumerate(lines) if (p, i) not in drop] for p, lines in enumerate(pages)]
    all_lines = [ln for lines in body for ln in lines]
    if not all_lines:
        return "", [0] * len(pages), []
    # the right margin: where the longest lines end (ragged text makes the most common end too short);
    # a body column's lines have their column's margins, the page's are those of what is set across it
    across = [[ln for ln in lines if ln.col is None] for lines in body]
    rights = _right_margins(across)
    lefts = _continuation_margins(across, rights, Counter(round(ln.x0 / 5) * 5 for ln in all_lines).most_common(1)[0][0])
    columns = _column_margins(body)

    def margins(ln: PLine, p: int) -> tuple[float, float, float]:
        """(left, right, how far from the left a continuing line may start)"""
        return columns[(ln.page, ln.col)] if ln.col is not None else (lefts[p], rights[p], 15.0)
    # the line pitch inside a paragraph; a wider step is paragraph spacing
    # (from lines set across most of the text width: a table's cells are set closer, in a smaller size)
    pitches = sorted(b.top - a.top for p, lines in enumerate(body) for a, b in zip(lines, lines[1:])
                     if 0 < b.top - a.top < 3 * (a.bottom - a.top + 1)
                     and a.x1 - a.x0 > 0.6 * (rights[p] - lefts[p]))
    pitch = pitches[len(pitches) // 4] if pitches else 0.0
    parts: list[str] = []
    boxes: list[tuple] = []
    page_starts: list[int] = []
    pos = 0
    prev = None
    waiting: list[list[PLine]] = []  # notes whose mark is in the paragraph being read

    def put(text: str, ln: PLine) -> None:
        nonlocal pos
        boxes.append((pos, pos + len(text), ln.page + 1, ln.x0, ln.top, ln.x1, ln.bottom))
        parts.append(text)
        pos += len(text)

    def note_out(note: list[PLine], sep: str = " ", number: str = "") -> None:
        """A note as a paragraph of its own (its wrapped lines apart by ``sep``), after a line break."""
        nonlocal pos
        for j, nl in enumerate(note):
            parts.append("\n" if j == 0 else sep)
            pos += 1
            put(f"{number} {nl.text}" if number and j == 0 else nl.text, nl)

    def flush() -> None:
        for note in waiting:
            note_out(note)
        waiting.clear()
    for p, lines in enumerate(body):
        page_starts.append(pos)
        marks = [[num, _mark(num), note] for num, note in (notes or {}).get(p, ())]
        for k, ln in enumerate(lines):
            cited = []  # the notes this line marks: they wait for its paragraph's end
            for mk in marks:
                m = mk[1].search(ln.text) if mk[2] is not None else None
                if m:
                    rest = ln.text[m.end():]
                    rest = rest[1:] if rest[:1] == " " and rest[1:2] in (",", ".", ";", ":") else rest  # "Hà Nam² ,"
                    ln.text = (ln.text[:m.start()] + rest).rstrip()
                    cited.append(mk[2])
                    mk[2] = None
            if _RAISED.search(ln.text):  # a raised number that marks no note of ours: as printed
                ln.text = ln.text.translate(_UNSUPER)
            if prev is not None:
                gap_para = ln.page == prev.page and pitch > 0 and ln.top - prev.top > 1.25 * pitch
                # the next line's first word would not have fitted on this one: a wrapped line
                # (where its words end at a word space each: a justified line broken by hand is stretched;
                # a line stretched by less than a short word and its space may have wrapped before a long one)
                end = prev.x1 - max(0.0, prev.slack - 12.0)
                avg = (end - prev.x0) / max(1, len(prev.text))
                first = len(ln.text.split(" ", 1)[0]) + 1
                pp = prev.page if prev.page < len(rights) else p
                left, right, _ = margins(prev, pp)
                wrapped = end + avg * first >= right - 4
                # a line that starts in the right part of the page (a header's right column: the motto,
                # the place and date) is no paragraph the next line at the left margin continues
                wrapped = wrapped and prev.x0 - left < 0.3 * (right - left)
                open_end = not prev.text.endswith((":", ";", ".", "!", "?"))
                # "Việt Nam –⏎Singapore": an en dash starting a wrapped line continues it; bullets use "-"
                dash_cont = ln.text[:1] in "\u2013\u2014" and open_end
                lower_next = ln.text[:1].islower()
                # a full line that ends on a field's label ("…; đơn vị phối hợp:") wrapped before its value
                label_end = prev.text.endswith(":") and _ends_on_field_label(prev.text)
                at_left, _, reach = margins(ln, p)
                cur = paras[-1][1]  # the lines of the paragraph being read
                # "… Hội chợ quốc tế Việt⏎- Lào tại Viêng Chăn": a hyphen at the left margin, where the wrapped
                # lines of a paragraph whose own first line is indented go, is a compound's hyphen; a new
                # bullet would start at that indent
                indented = cur[0].x0 - ln.x0 > reach  # the paragraph's own first line stands further in
                hyphen_cont = ln.text.startswith("- ") and open_end and indented
                # (and a full line ending on ";" wraps there too: "Đơn vị phối hợp: Phòng A;⏎Phòng B.", where a new
                # paragraph would start at the first line's indent)
                continues = (wrapped and (not _starts_item(ln.text) or dash_cont or hyphen_cont)
                             and abs(ln.x0 - at_left) < reach
                             and not gap_para and (not prev.text.endswith((":", ";")) or lower_next or label_end
                                                   or (indented and prev.text.endswith(";")
                                                       and not _starts_item(ln.text))))
                if continues and _NUMBERED.match(cur[0].text) and sum(len(x.text) for x in cur) < 240 \
                        and _body_opens(ln.text, prev.text):
                    # a numbered item's title that filled its line and its body on the next, opening with a
                    # verb ("1. Tuyên truyền … điện tử huyện⏎Xây dựng chuyên mục …"): one paragraph broken
                    # by hand in the DOCX, a justified line that would have wrapped all the same
                    continues = False
                if continues:
                    sep = "" if prev.text.endswith("-") and re.search(r"\d-$|[A-ZĐ]-$", prev.text) else " "
                else:
                    sep = "\n"
                    if waiting:  # the paragraph that cites them ended: its notes follow it
                        flush()
                parts.append(sep)
                pos += len(sep)
            if prev is None or sep == "\n":
                paras.append([pos, [ln]])
            else:
                paras[-1][1].append(ln)
            put(ln.text, ln)
            waiting.extend(cited)
            prev = ln
        for num, _, note in marks:  # a note whose mark was not found stays where it was, numbered, a line each
            if note is not None:
                note_out(note, "\n", num)
    flush()
    return "".join(parts), page_starts, boxes


# ---------------------------------------------------------------------------------------------
# Headings set apart by their face alone
#
# A DOCX whose parts and items are Word heading styles with no number printed (the DOCX reader
# numbers them by position, ``docx.position_labels``) prints to a PDF where they are only bold
# lines: ``Mục đích, yêu cầu`` (bold) over ``Mục đích`` (bold italic, indented) over the body. A
# paragraph set wholly in a bold face, short, not centred, between the preamble and the signature,
# is such a heading when the body numbers none of its parts itself; its level is the order in which
# its look (italic or not, indent) first appears. Fewer than three, or any that carries a label, and
# the text is left as it is.
# ---------------------------------------------------------------------------------------------

_ROMAN_PART = re.compile(r"[IVXLC]{1,6}\s*[.)/:\-–]\s")
_PREAMBLE = re.compile(r"(?:Căn cứ|Thực hiện|Triển khai|Nhằm|Để)\b")
_CLOSING = re.compile(r"(?:Nơi nhận|TM\.|KT\.|Trên đây)")


def _styled_headings(text: str, page_starts: list[int], boxes: list[tuple],
                     paras: list) -> tuple[str, list[int], list[tuple]]:
    if not any(ln.bold for _, lines in paras for ln in lines):
        return text, page_starts, boxes
    body, started = [], False
    for start, lines in paras:
        words = " ".join(ln.text for ln in lines)
        if not started:
            started = bool(_PREAMBLE.match(words)) or (len(words) > 100 and not all(ln.bold for ln in lines))
            continue
        if _CLOSING.match(words):
            break
        body.append((start, lines, words))
    edge: dict[int, list[float]] = {}  # each page's text margins
    for _, lines in paras:
        for ln in lines:
            e = edge.setdefault(ln.page, [ln.x0, ln.x1])
            e[0], e[1] = min(e[0], ln.x0), max(e[1], ln.x1)
    heads = []
    for start, lines, words in body:
        first = lines[0]
        left, right = edge[first.page]
        # centred: far in from both margins alike (a title); a heading's indent is a tab's, ~36 pt
        centred = first.x0 - left > 60 and abs((first.x0 - left) - (right - first.x1)) < 15
        if LABELLED.match(words) and (first.bold or _ROMAN_PART.match(words)):
            return text, page_starts, boxes  # the plan numbers its parts itself
        if all(ln.bold for ln in lines) and len(words) <= 160 and not words.endswith(".") and not centred:
            heads.append((start, first, words))
    if len(heads) < 3:
        return text, page_starts, boxes
    looks: list[tuple] = []
    levels = []
    for _, first, _ in heads:
        look = (first.italic, round(first.x0 / 12))
        if look not in looks:
            looks.append(look)
        levels.append(looks.index(look) + 1)
    labels = position_labels([w for _, _, w in heads], levels)
    if not labels or len(looks) > 3:
        return text, page_starts, boxes
    inserts = [(start, label + " ") for (start, _, _), label in zip(heads, labels)]
    at = [p for p, _ in inserts]
    added = [0]
    for _, ins in inserts:
        added.append(added[-1] + len(ins))
    out, last = [], 0
    for p, ins in inserts:
        out += [text[last:p], ins]
        last = p
    out.append(text[last:])
    shift = lambda pos, strict: added[(bisect.bisect_left if strict else bisect.bisect_right)(at, pos)]  # noqa: E731
    boxes = [(b[0] + shift(b[0], False), b[1] + shift(b[0], False)) + tuple(b[2:]) for b in boxes]
    page_starts = [p + shift(p, True) for p in page_starts]
    return "".join(out), page_starts, boxes


def _right_margins(body: list[list[PLine]]) -> list[float]:
    """Each page's right margin: where its longest lines end (ragged text makes the most common end
    too short). A page's own, as pages differ: a landscape annex page's lines end 200 points further
    right than a portrait page's, and with one margin for the whole document no portrait line reached
    it and no wrapped line was re-joined (Hà Tĩnh, Can Lộc 312/KH-UBND). A page of a few lines takes
    the margin of the document's other pages."""
    def margin(lines) -> float:
        ends = sorted(ln.x1 for ln in lines)
        return ends[int(0.9 * (len(ends) - 1))]
    full = [lines for lines in body if len(lines) >= 8]
    ends = [margin(lines) for lines in full]  # once a page (not once a line of it)
    common = Counter(round(end / 10) for end in ends).most_common(1)
    doc_lines = [ln for lines, end in zip(full, ends) if round(end / 10) == common[0][0] for ln in lines] if common else \
        [ln for lines in body for ln in lines]
    doc = margin(doc_lines) if doc_lines else 0.0
    return [margin(lines) if len(lines) >= 8 else doc for lines in body]


def _flush_start(after: list[float]) -> float | None:
    """Where the lines that follow a full line start (a paragraph's continuation lines): the mean of
    the starts in the most common 5-point bin and its neighbours; None for fewer than three."""
    if len(after) < 3:
        return None
    best = Counter(round(x / 5) * 5 for x in after).most_common(1)[0][0]
    xs = [x for x in after if abs(round(x / 5) * 5 - best) <= 5]
    return sum(xs) / len(xs)


def _column_margins(body: list[list[PLine]]) -> dict[tuple, tuple[float, float, float]]:
    """(left, right, reach) of each body column, by (page, column): the column's edge on the right
    (ragged lines are measured against it as a page's against its margin), on the left where the
    lines after a full line start (or the column's edge, where too few lines are full). ``reach``:
    how far from it a line may start and still continue the line above — short of the first-line
    indent, which a narrow column keeps small (5 mm, where a page's is 1 cm and more)."""
    groups: dict[tuple, list[PLine]] = {}
    for lines in body:
        for ln in lines:
            if ln.col is not None:
                groups.setdefault((ln.page, ln.col), []).append(ln)
    out = {}
    for key, lines in groups.items():
        right = key[1][1]
        flush = _flush_start([b.x0 for a, b in zip(lines, lines[1:]) if a.x1 >= right - 10])
        left = key[1][0] if flush is None else flush
        indents = Counter(round(ln.x0) for ln in lines if 5 <= ln.x0 - left <= 40).most_common(1)
        reach = min(15.0, 0.6 * (indents[0][0] - left)) if indents and indents[0][1] >= 2 else 15.0
        out[key] = (left, right, reach)
    return out


def _continuation_margins(body: list[list[PLine]], rights: list[float], fallback: float) -> list[float]:
    """Each page's left margin as the lines that continue a paragraph start: the most common start
    of a line that follows a line reaching the right margin. Not simply the most common start of any
    line: where paragraphs are short and their first lines indented (a plan of many numbered headings,
    each with a few lines of body), indented first lines outnumber the flush continuation lines and no
    wrapped line was re-joined (Hà Tĩnh, Can Lộc 312/KH-UBND printed by Chromium). A page with too
    few wrapped lines to tell takes the document's margin, found the same way (a scan's pages are
    each shifted a little on the scanner's glass)."""
    def margin(pairs) -> float | None:
        return _flush_start([b.x0 for a, b, right in pairs if a.x1 >= right - 10])
    pairs = [[(a, b, rights[p]) for a, b in zip(lines, lines[1:])] for p, lines in enumerate(body)]
    doc = margin([pr for prs in pairs for pr in prs])
    doc = fallback if doc is None else doc
    # a page's own margin only where it is laid out as the body is (its right margin the document's):
    # on a landscape annex page the lines after full lines are the cells of a table's second column
    common = Counter(round(r / 10) for r in rights).most_common(1)[0][0] if rights else None
    out = []
    for prs, r in zip(pairs, rights):
        m = margin(prs) if round(r / 10) == common else None
        out.append(doc if m is None else m)
    return out


_LABEL = r"(?:[IVXL]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s"  # an item's number or letter
_ITEM = re.compile(r"^(?:[-+•\uf0b7*]\s|" + _LABEL + r"|\d{1,2}[,;:›]\s|[IVXL]{1,4}\s+[A-ZĐ]{2}"
                   r"|Nơi nhận|TM\.|KT\.|PHỤ LỤC|STT\b)")
_NUMBERED = re.compile(_LABEL + r"\s*\S")


def _body_opens(line: str, before: str) -> bool:
    """Does ``line`` open a body with a verb written with a capital (``Xây dựng chuyên mục …``), after a
    line that does not leave a phrase open (``… và``, ``… của``, a comma)?"""
    from ..extract.agencies import _verbs
    last = before.rsplit(" ", 1)[-1]
    # (a capitalised last word is a name going on: "… do Bộ⏎Thông tin và Truyền thông", "Cổng⏎Thông tin điện tử")
    return line[:1].isupper() and bool(_verbs().match(line[:1].lower() + line[1:])) and last[:1].islower() \
        and not _OPEN_END.search(before)


def _starts_item(t: str) -> bool:
    return bool(_ITEM.match(t))


# a page whose text is mostly in fonts without a usable Unicode map is read by OCR instead
UNREADABLE_SHARE = 0.15


def read_pdf(data: bytes, name: str, *, max_pages: int | None = 500, progress=None) -> Document:
    """Read a PDF. ``progress(done, total)`` is called after each OCR'd page; nothing is printed unless
    the environment sets ``PLANPARSE_PROGRESS`` (then one line per OCR'd page goes to stderr)."""
    pdf = _open(data, name)
    try:
        n = len(pdf)
        if n == 0:
            raise IngestError("the PDF has no pages", path=name)
        if max_pages and n > max_pages:
            raise IngestError(f"PDF has {n} pages, more than the limit of {max_pages} (raise --max-pages)", path=name)
        pages, heights, widths, empty, unreadable, ruled, relayer = [], [], [], [], [], [], []
        aligned: dict[int, tuple] = {}  # tables drawn without rules: page -> (rows, top, bottom, columns)
        going = None  # the columns of such a table that reached the bottom of the page before
        foot: dict[int, list] = {}  # each page's footnotes
        follows = None  # the gutter of the columns the page before ended in
        drawn: dict[int, list[dict]] = {}  # rules of pages whose rendered image is the page as we measure it
        encodings: Counter = Counter()
        for i in range(n):
            try:
                page = _page_with_fields(pdf, i)
            except Exception:  # noqa: BLE001 - pdfium's one error type: a page object it cannot load
                if n == 1:  # a page tree counting one page it does not hold (/Count 0 without /Kids)
                    raise IngestError("the PDF has no pages", path=name) from None
                raise IngestError(f"page {i + 1} of {n} cannot be loaded (a broken page object)", path=name) from None
            try:
                heights.append(page.get_height())
                widths.append(page.get_width())
                info: dict = {}
                edges = _page_rules(page)
                words: list | None = [] if _has_rules(page, edges) else None
                lines = _page_lines(page, i, info, words, edges, follows)
                lines, foot[i] = _footnotes(lines, edges, page.get_height())
                follows = info.get("columns")
                has_image = bool(lines) is False and _has_image(page)
                ruled.append((edges, words) if words is not None else None)
                if words is None and (going is not None or _header_line(lines)):
                    # a table without rules: the page's words, read a second time (only here)
                    got = _page_aligned(page, i, edges, follows, going)
                    if got is not None:
                        aligned[i] = got
                    going = got[3] if got is not None and got[2] > 0.6 else None
                else:
                    going = None
                if words is not None and _upright(page):
                    drawn[i] = edges
            finally:
                page.close()
            pages.append(lines)
            if info.get("encoding"):
                encodings[info["encoding"]] += 1
            if info.get("unreadable_share", 0.0) > UNREADABLE_SHARE:
                unreadable.append(i)  # glyph codes without a Unicode map: the text layer is not text
            elif info.get("hidden_share", 0.0) > 0.8 and _not_vietnamese(lines):
                relayer.append(i)  # a scan whose hidden OCR layer was read without Vietnamese ("CQNG HOA XA HQI")
            elif sum(len(ln.text) for ln in lines) < 15 and has_image:
                empty.append(i)  # a scanned page: an image and no text layer (blank pages are not OCR'd)
    finally:
        pdf.close()
    ocr_conf = None
    source = list(range(n))  # the PDF page each page read comes from (a two-page sheet gives two)
    todo = sorted(empty + unreadable + relayer)
    if todo:
        from .ocr import fix_label_case, ocr_pages, stderr_progress
        if progress is None and os.environ.get("PLANPARSE_PROGRESS"):
            progress = stderr_progress(name)  # the CLI's way to ask, until it passes a callback itself
        grids: dict = {}
        halves: dict = {}
        try:
            got = ocr_pages(data, todo, name, all_pages=len(empty) == n, progress=progress, grids=grids,
                            rules={i: drawn[i] for i in todo if i in drawn}, halves=halves)
        except MissingToolError:
            if unreadable:
                raise MissingToolError(f"the text layer of page(s) {_page_list(unreadable)} uses fonts without a Unicode "
                                       f"map (it reads as symbols); to read it by OCR, {INSTALL}", path=name) from None
            raise
        if not got and unreadable:
            raise MissingToolError(f"the text layer of page(s) {_page_list(unreadable)} uses fonts without a Unicode "
                                   f"map (it reads as symbols); to read it by OCR, {INSTALL}", path=name)
        for i, (lines, conf) in got.items():
            if i in range(n):
                pages[i] = lines
                foot.pop(i, None)
                ruled[i] = grids.get(i)  # the words in its ruled cells are OCR's too, or it has no grid
        if halves:
            pages, heights, widths, ruled, source = _split_sheets(pages, heights, widths, ruled, halves, got, grids)
        fix_label_case([lines for lines, s in zip(pages, source) if s in got])
        if got:
            ocr_conf = round(sum(c for _, c in got.values()) / len(got), 3)
    drop = _furniture(pages, heights)
    paras: list = []
    text, page_starts, boxes = _join(pages, drop, widths, foot if source == list(range(n)) else None, paras)
    text, page_starts, boxes = _styled_headings(text, page_starts, boxes, paras)
    legacy = encodings.most_common(1)[0][0] if encodings else None
    if legacy == "winansi":
        legacy = None  # a font pdfium misread, not a legacy Vietnamese encoding
    doc = Document(text=text, format="pdf", path=name, page_starts=page_starts, encoding=legacy,
                   ocr=bool(todo and ocr_conf is not None), ocr_confidence=ocr_conf, char_boxes=boxes)
    ocr = frozenset(p for p, s in enumerate(source) if s in todo)
    if _has_annex(text):
        # the annex runs from its first table page to the end: continuation pages repeat no header
        # and pdfplumber's table finder (~0.1–4 s a page) runs only on pages with ruling lines
        first = next((i for i, lines in enumerate(pages) if _table_page(lines)), None)
        todo_tables = [i for i in range(first, len(pages)) if ruled[i]] if first is not None else []
        unruled = {i: t for i, t in aligned.items() if first is not None and i >= first and i not in ocr
                   and source == list(range(n))}
        doc.tables = _tables(data, name, todo_tables, ruled, heights, ocr=ocr, source=source, aligned=unruled)
    elif any(ruled):
        # a table whose header the page's text breaks apart (a narrow "STT" column wrapped to "ST" / "T",
        # "Đơn vị chủ" / "trì"): the grid read from our own words is cheap; pdfplumber is not asked
        doc.tables = _tables(data, name, [i for i in range(len(pages)) if ruled[i]], ruled, heights, ocr=ocr,
                             source=source, plumber=False)
    return doc


def _split_sheets(pages, heights, widths, ruled, halves: dict, got: dict, grids: dict):
    """The pages as read, each sheet OCR read as two pages (``ocr.ocr_pages``'s ``halves``) now its
    left page then its right page, every line numbered with its page's new index; and the PDF page
    each page comes from."""
    out: tuple[list, list, list, list, list] = ([], [], [], [], [])
    for i, lines in enumerate(pages):
        parts = [(lines, widths[i], ruled[i])]
        if i in halves:
            right = got.get((i, 1), ([], 0.0))[0]
            parts = [(lines, halves[i][0], ruled[i]), (right, halves[i][1], grids.get((i, 1)))]
        for part, width, grid in parts:
            for ln in part:
                ln.page = len(out[0])
            for seq, value in zip(out, (part, heights[i], width, grid, i)):
                seq.append(value)
    return out


def _not_vietnamese(lines: list[PLine]) -> bool:
    """A page of words (50+ letters) that are hardly ever Vietnamese syllables with their marks."""
    from .legacy import vietnamese_score
    text = " ".join(ln.text for ln in lines)
    return sum(c.isalpha() for c in text) >= 50 and vietnamese_score(text) < 0.2


def _page_with_fields(pdf, i: int):
    """Page ``i``; a page with annotations is flattened first, so the text of form fields (the number
    and date an e-signature system stamps into ``Số: …/QĐ-UBND``, ``ngày … tháng``) joins its text."""
    raw = _raw()
    page = pdf[i]
    try:
        if _has_text_fields(raw, page) and raw.FPDFPage_Flatten(page.raw, raw.FLAT_NORMALDISPLAY) == raw.FLATTEN_SUCCESS:
            page.close()
            page = pdf[i]
    except Exception:  # noqa: BLE001 - a page pdfium cannot flatten is read as it is
        pass
    return page


def _has_text_fields(raw, page) -> bool:
    """Annotations that can show text on the page: form fields, free text, stamps (links cannot)."""
    n = raw.FPDFPage_GetAnnotCount(page.raw)
    for k in range(min(n, 1000)):
        annot = raw.FPDFPage_GetAnnot(page.raw, k)
        try:
            kind = raw.FPDFAnnot_GetSubtype(annot)
        finally:
            raw.FPDFPage_CloseAnnot(annot)
        if kind in (raw.FPDF_ANNOT_WIDGET, raw.FPDF_ANNOT_FREETEXT, raw.FPDF_ANNOT_STAMP):
            return True
    return False


def _page_list(pages: list[int]) -> str:
    shown = ", ".join(str(p + 1) for p in pages[:10])
    return shown + (f" (+{len(pages) - 10} more)" if len(pages) > 10 else "")


# a table's number column: "STT" or "TT" as a word of its own (not "TT-BTC", "TT.")
_NUMBER_COLUMN = re.compile(r"(?<![\w/.-])S?TT(?![\w/.-])")


def _has_annex(text: str) -> bool:
    # an annex, or a task table in the body (an "STT" column beside a lead-agency column)
    return bool(_NUMBER_COLUMN.search(text)) and bool(re.search(r"(?:PHỤ LỤC|Phụ lục|DANH MỤC NHIỆM VỤ|PHÂN CÔNG NHIỆM VỤ|Danh mục nhiệm vụ"
                                             r"|chủ\s+trì)", text, re.I))


def _table_page(lines: list[PLine]) -> bool:
    t = " ".join(ln.text for ln in lines)
    return bool(_NUMBER_COLUMN.search(t)) or bool(re.search(r"chủ trì", t, re.I))


def _tables(data: bytes, name: str, page_idx: list[int], ruled: list | None = None,
            heights: list[float] | None = None, ocr: frozenset[int] = frozenset(),
            source: list[int] | None = None, aligned: dict[int, tuple] | None = None,
            plumber: bool = True) -> list[list[list[str]]]:
    """Ruled tables on the given pages, with pdfplumber; a table that a page break cut is one table again.

    Pages in ``ocr`` were read by OCR: their words are OCR's (in ``ruled``), never pdfplumber's.
    ``aligned``: the tables drawn without rules (``_page_aligned``), by page.
    ``source``: the PDF page of each page (two pages read from one scanned sheet share it).

    Inside a cell, wrapped lines are joined with a space. The first table of a page continues the
    last table of the page before when it has the same columns: the header rows it repeats are
    dropped, and a first row with an empty first cell (the rest of the row the break cut) is glued
    cell by cell to the last row before the break.
    """
    found: list[tuple] = []
    for i, (rows, top, bottom, _cols) in sorted((aligned or {}).items()):
        found.append((i, rows, top, bottom))
    if not page_idx:
        found.sort(key=lambda f: (f[0], f[2]))
        return _join_continued(found)
    import io

    rest = []
    for i in page_idx:
        got = _grid_tables(ruled[i][0], ruled[i][1], heights[i]) if ruled and ruled[i] else None
        if got is None:
            if i not in ocr and plumber:
                rest.append(i)
        else:
            found.extend((i, rows, top, bottom) for rows, top, bottom in got)
    if not rest:
        found.sort(key=lambda f: (f[0], f[2]))
        return _join_continued(found)
    import pdfplumber

    from ..normalize import normalize
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i in rest:
            page = pdf.pages[source[i] if source else i]
            for t in page.find_tables():
                # cells get the same repairs as body text (NFC, space before a combining mark, dashes)
                rows = [[" ".join(normalize(c or "").text.split()) for c in row] for row in t.extract()]
                _fill_down(t, rows)
                rows = [row for row in rows if row]
                if rows:
                    x0, top, x1, bottom = t.bbox
                    found.append((i, rows, top / page.height, bottom / page.height))
    found.sort(key=lambda f: (f[0], f[2]))
    return _join_continued(found)


def _join_continued(found: list[tuple]) -> list[list[list[str]]]:
    """``found``: (page, rows, top, bottom) with top/bottom as shares of the page height."""
    out: list[list[list[str]]] = []
    for k, (page, rows, top, _bottom) in enumerate(found):
        prev = out[-1] if out else None
        before = found[k - 1] if k else None
        # the page's first table, at its top, right after the last table of the page before, at its bottom
        if (prev is not None and before[0] == page - 1 and before[3] > 0.6 and top < 0.35
                and len(rows[0]) == len(prev[0])):
            body = list(rows)
            h = 0
            while body and h < len(prev) - 1 and body[0] == prev[h]:
                body.pop(0)  # a header row Word repeats on every page
                h += 1
            if body and not body[0][0].strip() and any(c.strip() for c in body[0][1:]) and prev[-1][0].strip():
                prev[-1] = [" ".join(x for x in (a, b) if x) for a, b in zip(prev[-1], body.pop(0))]
            last = prev[-1]
            prev.extend([last[c] if v == _DITTO and c < len(last) else v for c, v in enumerate(r)] for r in body)
        else:
            out.append([list(r) for r in rows])
    return [[[("" if v == _DITTO else v) for v in r] for r in t] for t in out]
