"""See a finding on the page: draw a task, deadline, agency or piece of evidence boxed on its PDF page."""
from __future__ import annotations

from .errors import PlanparseError


def _span_of(target) -> tuple[int, int]:
    if isinstance(target, tuple) and len(target) == 2 and all(isinstance(x, int) for x in target):
        return target
    for attr in ("span",):
        span = getattr(target, attr, None)
        if span:
            return tuple(span)
    ev = getattr(target, "evidence", None)  # an AreaResult: its first evidence
    if ev:
        return tuple(ev[0].span)
    raise PlanparseError(f"cannot locate {type(target).__name__} on a page: it has no span")


def _line_hits(plan, span: tuple[int, int]) -> list[tuple]:
    """The PDF lines that hold ``plan.text[span]``: (line start, line end, page, x0, top, x1, bottom, start, end) in
    source offsets, ``start``/``end`` the part of the span on that line."""
    tm = plan.textmap
    if tm is None or not getattr(tm, "boxes", None):
        raise PlanparseError("this plan was not read from a PDF: there is no page to draw on", path=plan.source.path)
    s, e = tm.to_source(span)
    return [(bs, be, p, x0, top, x1, bottom, max(s, bs), min(e, be))
            for (bs, be, p, x0, top, x1, bottom) in tm.boxes if bs < e and be > s]


def boxes_for(plan, span: tuple[int, int]) -> list[tuple[int, float, float, float, float]]:
    """(page, x0, top, x1, bottom) of the PDF lines that hold ``plan.text[span]``."""
    return [(p, x0, top, x1, bottom) for (_, _, p, x0, top, x1, bottom, _, _) in _line_hits(plan, span)]


def _line_text(plan, bs: int, be: int) -> tuple[str, int]:
    """The normalised text of a PDF line given by source offsets, and the text offset where it starts."""
    from bisect import bisect_left
    src = plan.textmap.src
    i0, i1 = bisect_left(src, bs), bisect_left(src, be)
    return plan.text[i0:i1], i0


def span_boxes(plan, span: tuple[int, int], chars_of=None) -> list[tuple[int, float, float, float, float]]:
    """(page, x0, top, x1, bottom) around the characters of ``plan.text[span]``, one box per line it runs over.

    ``chars_of(page)`` gives the page's characters (pdfplumber dicts); a line's characters are matched to
    its text one to one when the counts agree (spaces aside), else the span's share of the line is
    measured proportionally."""
    from bisect import bisect_left
    out = []
    src = plan.textmap.src
    for bs, be, p, x0, top, x1, bottom, s, e in _line_hits(plan, span):
        if s <= bs and e >= be:
            out.append((p, x0, top, x1, bottom))
            continue
        text, i0 = _line_text(plan, bs, be)
        a = max(0, min(len(text), bisect_left(src, s) - i0))
        b = max(a, min(len(text), bisect_left(src, e) - i0))
        chars = []
        if chars_of is not None:
            mid = (top + bottom) / 2
            chars = sorted((c for c in chars_of(p) if c["top"] <= mid <= c["bottom"] and c["x0"] >= x0 - 1
                            and c["x1"] <= x1 + 1 and c["text"].strip()), key=lambda c: c["x0"])
        visible = [k for k, ch in enumerate(text) if not ch.isspace()]
        ks = [n for n, k in enumerate(visible) if a <= k < b]
        hit = _aligned(visible, text, chars, ks) if chars and ks else None
        if hit is not None:
            out.append((p, hit[0], top, hit[1], bottom))
            continue
        n = max(1, len(text))
        out.append((p, x0 + (x1 - x0) * a / n, top, x0 + (x1 - x0) * b / n, bottom))
    return out


def _aligned(visible: list[int], text: str, chars: list[dict], ks: list[int]) -> tuple[float, float] | None:
    """x0 of the first and x1 of the last page character matched to the line's visible characters ``ks``.
    One to one when the counts agree; else by aligning the two strings (a PDF's text layer may split,
    double or drop a glyph)."""
    if len(chars) == len(visible):
        return chars[ks[0]]["x0"], chars[ks[-1]]["x1"]
    from difflib import SequenceMatcher
    import unicodedata
    a = "".join(text[k] for k in visible)
    b = "".join(unicodedata.normalize("NFC", c["text"])[:1] for c in chars)
    pairs = {}
    for blk in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        for d in range(blk.size):
            pairs[blk.a + d] = blk.b + d
    mapped = [pairs[k] for k in ks if k in pairs]
    if len(mapped) < max(1, len(ks) // 2):
        return None
    return chars[mapped[0]]["x0"], chars[mapped[-1]]["x1"]


def show(plan, target, *, resolution: int = 110, color=(255, 200, 0, 90), stroke=(220, 30, 30)):
    """Render the page with ``target`` boxed — the characters of its span, line by line, not whole lines;
    returns a pdfplumber ``PageImage`` (shown inline in Jupyter; ``.save("x.png")`` to keep it). ``target``:
    a Task, Deadline, Agency, Evidence, an audit AreaResult, or a (start, end) span of ``plan.text``."""
    import pdfplumber
    span = _span_of(target)
    if not _line_hits(plan, span):
        raise PlanparseError("the span has no text on any page (OCR'd or generated text?)", path=plan.source.path)
    try:
        pdf = pdfplumber.open(getattr(plan.textmap, "opened", None) or plan.source.path)
    except OSError as e:  # moved or deleted since it was read
        raise PlanparseError(f"cannot open the PDF to draw on ({e.strerror or e})", path=plan.source.path) from None
    with pdf:
        boxes = span_boxes(plan, span, chars_of=lambda p: pdf.pages[p - 1].chars)
        page_no = boxes[0][0]
        page = pdf.pages[page_no - 1]
        img = page.to_image(resolution=resolution)
        rects = [(x0 - 1, top - 1, x1 + 1, bottom + 1) for p, x0, top, x1, bottom in boxes if p == page_no]
        img.draw_rects(rects, fill=color, stroke=stroke, stroke_width=2)
        return img
