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


def boxes_for(plan, span: tuple[int, int]) -> list[tuple[int, float, float, float, float]]:
    """(page, x0, top, x1, bottom) of the PDF lines that hold ``plan.text[span]``."""
    tm = plan.textmap
    if tm is None or not getattr(tm, "boxes", None):
        raise PlanparseError("this plan was not read from a PDF: there is no page to draw on", path=plan.source.path)
    s, e = tm.to_source(span)
    return [(p, x0, top, x1, bottom) for (bs, be, p, x0, top, x1, bottom) in tm.boxes if bs < e and be > s]


def show(plan, target, *, resolution: int = 110, color=(255, 200, 0, 90), stroke=(220, 30, 30)):
    """Render the page with ``target`` boxed; returns a pdfplumber ``PageImage`` (shown inline in
    Jupyter; ``.save("x.png")`` to keep it). ``target``: a Task, Deadline, Agency, Evidence, an
    audit AreaResult, or a (start, end) span of ``plan.text``."""
    import pdfplumber
    boxes = boxes_for(plan, _span_of(target))
    if not boxes:
        raise PlanparseError("the span has no text on any page (OCR'd or generated text?)", path=plan.source.path)
    page_no = boxes[0][0]
    with pdfplumber.open(plan.source.path) as pdf:
        page = pdf.pages[page_no - 1]
        img = page.to_image(resolution=resolution)
        rects = [(x0 - 1, top - 1, x1 + 1, bottom + 1) for p, x0, top, x1, bottom in boxes if p == page_no]
        img.draw_rects(rects, fill=color, stroke=stroke, stroke_width=2)
        return img
