"""The pipeline: ``parse(src) = extract(structure(normalize(ingest(src))))``."""
from __future__ import annotations

import os
import re
from pathlib import Path

from .errors import IngestError, PlanparseError
from .model import Plan, SourceInfo


_LINE_BREAK = re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def _looks_like_path(src: str) -> bool:
    """A str is a path if that file exists; otherwise it is the plan's text only if it has a line
    break (a plan has many lines, a path none), so a mistyped path is "file not found", never a
    one-line plan audited with coverage 0. A blank string stays text (an "empty" error)."""
    if not src.strip():
        return False
    try:
        if Path(src).exists():
            return True
    except (OSError, ValueError):  # a name too long or with a NUL byte: no such file
        pass
    return not _LINE_BREAK.search(src)


def parse(src, *, max_pages: int | None = 500, name: str | None = None) -> Plan:
    """Parse a plan from a path (PDF, DOCX, HTML, Markdown, text) or from a string of its text.

    >>> plan = parse("data/samples/binh-duong_4750-KH-UBND_2019_asean.txt")
    >>> plan.meta.number
    '4750/KH-UBND'
    """
    from .ingest import Document, ingest, ingest_text
    if isinstance(src, Plan):
        return src
    if isinstance(src, Document):
        doc = src
    elif isinstance(src, os.PathLike) or (isinstance(src, str) and _looks_like_path(src)):
        doc = ingest(src, max_pages=max_pages)
    elif isinstance(src, str):
        from .ingest import MAX_CHARS
        if len(src) > MAX_CHARS:
            raise IngestError(f"text is {len(src):,} characters; planparse stops at {MAX_CHARS:,}", path=name)
        doc = ingest_text(src, name)
    elif isinstance(src, bytes):
        raise IngestError("pass a path or a str, not bytes (decode it or write it to a file)", path=name)
    else:
        raise PlanparseError(f"cannot parse a {type(src).__name__}; pass a path or the plan's text")
    return from_document(doc)


def from_document(doc) -> Plan:
    from .extract.agencies import plan_scope
    from .extract.temporal import plan_dates
    with plan_scope(), plan_dates():
        return _from_document(doc)


def _from_document(doc) -> Plan:
    from .extract.agencies import doc_aliases, set_issuer_level
    from .extract.assignments import extract_assignments
    from .extract.budget import extract_budget
    from .extract.deadlines import extract_deadlines
    from .extract.meta import extract_meta
    from .extract.tasks import extract_tasks
    from .normalize import normalize
    from .structure import build

    tm = normalize(doc.text, doc.page_starts)
    tm.boxes = doc.char_boxes or []
    tm.opened = getattr(doc, "opened", None)
    text = tm.text
    from .layout.tables import find_tables, source_to_text
    tables = find_tables(doc.text, doc.tables, doc.format, to_text=source_to_text(tm.src))
    st = build(text, ocr=doc.ocr, tables=[(t.start, t.end) for t in tables if t.start is not None])
    meta = extract_meta(text, st, (doc.text, tm.src))
    set_issuer_level(meta.issuer)
    from .extract.temporal import set_plan_dates
    set_plan_dates(meta.issued, meta.period.end if meta.period else None)
    aliases = doc_aliases(text)
    tasks = extract_tasks(text, st, aliases)
    if tables:
        from .extract.annex import merge_tables
        tasks = merge_tables(tasks, tables, st, aliases)
    from .structure import SectionIndex
    task_ids = {t.id for t in tasks}
    task_index = SectionIndex([s for s in st.sections if s.id in task_ids])

    table_rows = sorted((t.span, t.id) for t in tasks if t.source == "table" and t.span[1] > t.span[0])

    def task_of(pos: int) -> str | None:
        if table_rows:  # a deadline in a body table's row belongs to that row's task
            from bisect import bisect_right
            k = bisect_right(table_rows, ((pos, float("inf")), "")) - 1
            if k >= 0 and table_rows[k][0][0] <= pos < table_rows[k][0][1]:
                return table_rows[k][1]
        s = task_index.at(pos)
        return s.id if s else None

    year = meta.period.start if meta.period and meta.period.start == meta.period.end else None
    if year is None and meta.period is None and meta.issued:
        year = int(meta.issued[:4])  # a date without a year in a plan that states no period: its issue year
    deadlines = extract_deadlines(text, st, year, task_of)
    from .extract.deadlines import annex_deadlines, attach_to_rows
    deadlines = attach_to_rows(deadlines, tasks)
    deadlines += annex_deadlines(tasks, deadlines, year)
    from .extract.deadlines import drop_before_issue
    deadlines = drop_before_issue(deadlines, meta.issued)
    from .extract.deadlines import sentence_timeframes
    tasks = sentence_timeframes(tasks, deadlines)
    assignments = extract_assignments(text, st, aliases)
    from .extract.crossref import roles_by_reference
    tasks = roles_by_reference(text, st, tasks, assignments, aliases)
    from .extract.shortforms import resolve
    tasks, assignments = resolve(tasks, assignments)
    budget = extract_budget(text, st, tables)
    source = SourceInfo(path=doc.path, format=doc.format, sha256=doc.sha256, pages=doc.pages,
                        encoding=doc.encoding, ocr=doc.ocr, ocr_confidence=doc.ocr_confidence,
                        warnings=tuple(getattr(doc, "warnings", None) or ()))
    return Plan(text=text, source=source, meta=meta, sections=tuple(st.sections), tasks=tuple(tasks),
                assignments=tuple(assignments), deadlines=tuple(deadlines), budget=budget, textmap=tm)


