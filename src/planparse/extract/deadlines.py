"""Deadlines: every time constraint on an obligation or task, with its section and subject.

Not deadlines (spec): dates of cited documents and the issue date (they sit in the preamble
and header, which are not scanned), the plan period in the title, and dates that only
narrate (the temporal grammar asks for a cue: ``trước``, ``quý``, ``định kỳ``, a
``Thời gian …:`` field).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..model import Deadline, DeadlineKind
from ..structure import FIELD_RE, Structure
from .common import SENT_END, sentence_bounds
from .fields import inline_fields, line_fields
from .temporal import Temporal, listed_window, obligation_object, parse_temporal

_TIME_SECTION = re.compile(r"^(?:Thời gian|Tiến độ|Thời hạn|Lộ trình)", re.I)
# a line that ends on a time cue whose date went to the next line ("… báo cáo trước ngày" /
# "15/12/2020."): a PDF's or a hard-wrapped text's line break inside the expression
_DANGLING_CUE = re.compile(r"(?<!\w)(?:trước|chậm nhất(?: là)?|hoàn thành|đến|từ|trong|kể từ|hạn)(?:\s+(?:ngày|tháng|quý|năm))?\s*$",
                           re.I)
# (a day without its year too: "trước ngày" / "20/11 hằng năm.", the yearly report of a plan over several years)
_DATE_OPEN = re.compile(r"\s*(?:ngày\s+)?\d{1,2}(?:/\d{1,2})?/\d{4}|\s*(?:ngày\s+)?\d{1,2}/\d{1,2}(?![\d/])"
                        r"|\s*(?:[IV]+|\d)/\d{4}|\s*\d{4}\b", re.I)  # .match(text, pos)


def extract_deadlines(text: str, st: Structure, year: int | None, task_of) -> list[Deadline]:
    out: list[Deadline] = []
    body = st.body
    time_sections = [s for s in st.sections if _TIME_SECTION.match(s.title)]
    lines = st.lines
    joined_to = -1  # a line already read with the line before it (a wrapped time expression)
    for i, ln in enumerate(lines):
        if ln.start < body[0] or ln.end > body[1] or ln.start < joined_to:
            continue
        if ln.kind == "field":
            fields = line_fields(text, ln.rest_start, ln.end)
            if fields or FIELD_RE.match(ln.rest):  # agency fields hold no deadlines; time fields need no cue
                _field_times(text, fields, st, year, task_of, out)
                continue
        # the time fields written inside the line, read as fields: a role note's ("… (Chủ trì: Sở X; thời
        # gian: Năm 2021).") and one after the sentence ("… cấp huyện. Thời gian thực hiện: tháng 11/2019.")
        fields = inline_fields(text, ln, trailing=ln.kind != "field")
        _field_times(text, fields, st, year, task_of, out)
        read = [(vs, ve) for kind, vs, ve in fields if kind == "time"]
        in_time_section = bool(time_sections) and any(s.span[0] < ln.start < s.span[1] for s in time_sections)
        is_heading = ln.kind in ("roman", "arabic", "dotted", "letter")
        if is_heading and _TIME_SECTION.match(ln.rest):
            colon = text.find(":", ln.rest_start, ln.end)
            if colon >= 0:  # "6. Thời gian thực hiện: năm 2019 và năm 2020.": the heading holds its value
                sec, label = st.section_at(ln.start), text[ln.rest_start:colon].strip()
                for t in parse_temporal(text[colon + 1:ln.end], year=year, time_context=True, base=colon + 1):
                    out.append(_make(text, t, sec, task_of, subject=label))
                continue
            if in_time_section:
                continue
        seg_start = ln.rest_start if is_heading else ln.start
        seg_end = ln.end
        # (the anchored date test first: it fails at once on most lines, the cue's search is tried
        # at every position of the line's tail)
        if i + 1 < len(lines) and lines[i + 1].kind == "text" and lines[i + 1].end <= body[1] \
                and _DATE_OPEN.match(text, lines[i + 1].start, lines[i + 1].end) \
                and _DANGLING_CUE.search(text, max(seg_start, ln.end - 40), ln.end):
            seg_end = joined_to = lines[i + 1].end
        ends = sec = None  # the line's sentence ends and section, found once it holds a deadline
        closing = not is_heading and task_of(ln.start) is not None  # a task's own text
        for t in parse_temporal(text[seg_start:seg_end], year=year, time_context=in_time_section, base=seg_start,
                                closing=closing):
            if read and any(a <= t.span[0] < b for a, b in read):
                continue  # read above, as a field; a cue elsewhere in a note ("…; phối hợp: Ban Y;
                # hoàn thành trước ngày 05/8/2022)") is read as the line's other times are
            if ends is None:
                ends = [(m.start(), m.end()) for m in SENT_END.finditer(text, ln.start, seg_end)]
                sec = st.section_at(ln.start)
            subject = _subject(text, t, ln.start, seg_end, ends)
            if in_time_section:
                tsec = next(s for s in time_sections if s.span[0] < ln.start < s.span[1])
                subject = tsec.title
            out.append(_make(text, t, sec, task_of, subject=subject))
    return out


def _field_times(text: str, fields, st: Structure, year, task_of, out: list[Deadline]) -> None:
    """The deadlines of the time fields among ``fields`` (``line_fields``): a field says it is a time."""
    for kind, vs, ve in fields:
        if kind == "time":
            sec = st.section_at(vs)
            for t in parse_temporal(text[vs:ve], year=year, time_context=True, base=vs):
                out.append(_make(text, t, sec, task_of, subject=_task_title(st, task_of, t.span[0])))


def _task_title(st: Structure, task_of, pos: int) -> str:
    tid = task_of(pos)
    s = st.section(tid) if tid else st.section_at(pos)
    return s.title if s else ""


def _make(text: str, t: Temporal, sec, task_of, subject: str) -> Deadline:
    return Deadline(text=t.text, kind=DeadlineKind(t.kind), due=t.due, start=t.start, end=t.end,
                    recurrence=t.recurrence, section=sec.id if sec else None, subject=subject,
                    span=t.span, task=task_of(t.span[0]))


def _subject(text: str, t: Temporal, lo: int, hi: int, ends: list[tuple[int, int]] | None = None) -> str:
    """The obligation the time constraint bears on: the rest of its clause. ``ends``: the sentence
    ends of [lo, hi) (``SENT_END`` matches), so that a line of thousands of deadlines is not rescanned."""
    if ends is None:
        s, e = sentence_bounds(text, t.span[0], lo, hi)
    else:  # sentence_bounds() over the precomputed ends
        pos = t.span[0]
        k = bisect_left(ends, (pos, -1))
        s = ends[k - 1][1] if k and ends[k - 1][0] >= max(lo, pos - 3000) and ends[k - 1][1] <= pos else lo
        e = ends[k][0] if k < len(ends) else hi
        while s < e and text[s] in " -+\n":
            s += 1
    e = min(e, t.span[1] + 600)  # the subject is at most 160 characters: never copy a whole long clause
    after = text[t.span[1]:e].strip(" ,.:;()")
    before = text[s:t.span[0]].strip(" ,.:;()")
    after = re.sub(r"^\(?(?:trước|ngày)[^)]*\)\s*", "", after)
    subj = after if len(after.split()) >= 3 else before
    if t.kind == "recurring" and obligation_object(text, t.span[0]):
        # "xây dựng kế hoạch … hằng năm phù hợp với …": the duty that recurs is the verb and its
        # object before the frequency, not the words after it
        cut = [m.end() for m in re.finditer(r"[.;:,()\n]", text[s:t.span[0]])]
        subj = text[s + (cut[-1] if cut else 0):t.span[0]].strip(" -+•")
    subj = re.sub(r"\s+", " ", subj[:800])
    return subj[:160].rstrip(" ,")


def attach_to_rows(deadlines: list[Deadline], tasks) -> list[Deadline]:
    """A deadline read from a task table's row (the row's text lines, scanned like the body's) is
    that row's task's (spec: "its deadline, attached to that task's id"): its section is the
    task's id and its subject the task's title, not the row's cells around the date
    (``Hội Nhà báo tỉnh |``) nor the section that holds the table."""
    from dataclasses import replace
    rows = {t.id: t for t in tasks if t.source == "table"}
    if not rows:
        return deadlines
    out = []
    for d in deadlines:
        t = rows.get(d.task)
        if t is not None and d.span is not None and t.span[0] <= d.span[0] < t.span[1]:
            d = replace(d, section=t.id, subject=t.title)
        out.append(d)
    return out


def annex_deadlines(tasks, found: list[Deadline], year: int | None = None) -> list[Deadline]:
    """The time window of each table row as a deadline attached to its task.

    A row's time cells (``23/3/2026 | 02 ngày``, ``Năm 2020``) are read by the table reader into
    the task's timeframe: an annex row of its own (``PL.<n>``), an annex row that gives a body
    task its timeframe (spec: "and its deadline, attached to that task's id"), or a row of a
    task table in the body. A time cell needs no cue word (``trước``, ``quý``): the column says
    it is a time. A window the body scan already found (the same table as text lines) is not
    counted twice.

    Deadlines are per obligation (spec § deadlines: every time constraint on an obligation): the
    same window on another task is another deadline (a body task in ``Quý III/2022`` and an annex
    row of its own in ``Quý III/2022``). A window the body scan found counts as the row's own when
    it is that task's, or when it is no task's own stated window (a PDF table of unknown position
    whose lines the body scan read too, under whatever task encloses them). ``year``: the plan's one
    year, which a cell's date without its year falls in, as in the body (``extract_deadlines``).
    """
    from collections import Counter
    windows = {t.id: (t.timeframe.start, t.timeframe.end) for t in tasks if t.timeframe is not None}

    def owner(d: Deadline) -> str | None:
        """The task whose own obligation ``d`` is, or None when it may be a row's, read as text."""
        if d.task is None:
            return None
        if d.kind == DeadlineKind.PERIOD and windows.get(d.task) != (d.start, d.end):
            return None
        return d.task

    seen = Counter((owner(d), d.kind.value, d.start, d.end) for d in found)
    out = []
    seen_due = Counter((owner(d), d.kind.value, d.due) for d in found if d.kind == DeadlineKind.DUE)
    # a frequency names no date to tell two rows apart: only the row's own task's is the same one
    seen_rec = Counter((d.task, d.recurrence) for d in found if d.kind == DeadlineKind.RECURRING)

    def taken(counter: Counter, tid: str, *k) -> bool:
        for key in ((tid, *k), (None, *k)):
            if counter[key]:
                counter[key] -= 1
                return True
        return False

    for t in tasks:
        if t.source == "body" and not t.id.startswith("PL."):
            continue
        # a frequency column's cell: how often the row's activity recurs ("01 kỳ/tháng", "Phát hằng ngày"); the
        # time cell's own frequency ("Hằng năm" beside "01 tọa đàm/năm") is the same one
        cell_rec = {x.recurrence for x in parse_temporal(t.time_cell, year=year, time_context=True)
                    if x.kind == "recurring"} if t.rate_cell and t.time_cell else set()
        for x in parse_temporal(t.rate_cell, year=year, time_context=True) if t.rate_cell else ():
            if x.kind == "recurring" and x.recurrence not in cell_rec:
                k = (t.id, x.recurrence)
                if seen_rec[k]:
                    seen_rec[k] -= 1
                    continue
                out.append(Deadline(text=x.text, kind=DeadlineKind.RECURRING, due=None, start=None, end=None,
                                    recurrence=x.recurrence, section=t.id, subject=t.title, span=None, task=t.id))
        tf = t.timeframe
        listed = tf is not None and listed_window(parse_temporal(tf.text, year=year, time_context=True), tf.text)
        if listed:  # windows listed in the cell make the timeframe; each is a period deadline of its own
            tf = None
        if tf is not None:
            if not (tf.start and tf.end):
                continue
            if taken(seen, t.id, "period", tf.start, tf.end):
                continue
            out.append(Deadline(text=tf.text, kind=DeadlineKind.PERIOD, due=None, start=tf.start, end=tf.end,
                                recurrence=None, section=t.id, subject=t.title, span=tf.span, task=t.id))
            continue
        # no one window: every time the row's time cell states (windows apart, a due date, a
        # frequency: "Hằng năm")
        if t.time_cell:
            from .annex import single_date
            day = single_date(t.time_cell)
            if day:  # a date alone that gave no window: a due-date column's (``Thời gian hoàn thành``)
                if not taken(seen_due, t.id, "due", day):
                    out.append(Deadline(text=" ".join(t.time_cell.split()), kind=DeadlineKind.DUE, due=day, start=None,
                                        end=None, recurrence=None, section=t.id, subject=t.title, span=None, task=t.id))
                continue
        cell = t.time_cell or (t.timeframe.text if listed else "")
        for x in parse_temporal(" ".join(cell.split()), year=year, time_context=True) if cell else ():
            if x.kind == "period" and x.start and x.end:
                if taken(seen, t.id, "period", x.start, x.end):
                    continue
            elif x.kind == "due" and x.due:
                if taken(seen_due, t.id, "due", x.due):
                    continue
            elif x.kind == "recurring":  # "Hằng năm" (spec: a yearly recurring deadline, not a window)
                k = (t.id, x.recurrence)
                if seen_rec[k]:
                    seen_rec[k] -= 1
                    continue
            else:
                continue
            out.append(Deadline(text=x.text, kind=DeadlineKind(x.kind), due=x.due, start=x.start, end=x.end,
                                recurrence=x.recurrence, section=t.id, subject=t.title, span=None, task=t.id))
    return out


def sentence_timeframes(tasks, deadlines: list[Deadline]):
    """A task with no ``Thời gian …:`` field takes its window from its own text.

    ``Sở X chủ trì, phối hợp với Sở Y thực hiện trong quý III/2020`` states the task's time
    window in the sentence that assigns it. When the deadlines attached to a task hold exactly
    one distinct period (``quý``, ``tháng``, ``năm``, ``6 tháng cuối năm``, a date range), that
    period is its timeframe; a task with two windows (``quý I … quý IV``) or only a due date
    keeps ``null`` (spec: a due date alone is a deadline, not a timeframe).
    """
    from dataclasses import replace

    from ..model import Timeframe
    periods: dict[str, dict] = {}
    for d in deadlines:
        # (a window open at its end is one: "năm 2022 và các năm tiếp theo" in a plan of one year)
        if d.task and d.kind == DeadlineKind.PERIOD and d.start and not d.recurrence:
            periods.setdefault(d.task, {}).setdefault((d.start, d.end), d)
    out = []
    for t in tasks:
        found = periods.get(t.id, {})
        if t.timeframe is None and len(found) == 1:
            d = next(iter(found.values()))
            t = replace(t, timeframe=Timeframe(text=d.text, start=d.start, end=d.end, span=d.span))
        out.append(t)
    return out


def drop_before_issue(deadlines: list[Deadline], issued: str | None) -> list[Deadline]:
    """Deadlines that ended years before the plan was issued are not the plan's.

    A plan sets times for what is still to be done: a window or due date that closed more than a
    year before its own issue date (``hoàn thành trước ngày 31/12/2013`` in a plan of 12/9/2019)
    binds nothing. It is a misread year (a scan's ``2019`` read as ``2013``) or a past date that
    narrates, and the spec counts neither. (A cited document's date is never scanned; a plan issued
    early in a year may still speak of the year before, hence the one year of slack.) Which year
    was meant cannot be told, so the date is dropped, not guessed."""
    if not issued or not re.match(r"\d{4}-", issued):
        return deadlines
    floor = int(issued[:4]) - 1
    out = []
    for d in deadlines:
        d = _yearless_after_issue(d, issued)
        last = d.end or d.due
        if last and re.match(r"\d{4}-", last) and int(last[:4]) < floor:
            continue
        out.append(d)
    return out


def _yearless_after_issue(d: Deadline, issued: str) -> Deadline:
    """A due date written without its year (``báo cáo trước ngày 05/01``) that the plan's one year
    completed, and that falls before the plan was signed, is the next year's: a plan sets no due date
    already past on the day it is issued, and a one-year plan's report on its year falls due early in
    the next (``trước ngày 05/01`` in a plan for 2022 signed 15/3/2022 is 05/01/2023). A date that
    states its year keeps it (a year misread is ``drop_before_issue``'s), and a yearly ``--MM-DD`` has
    no year to move."""
    from dataclasses import replace
    if d.kind != DeadlineKind.DUE or d.recurrence or not d.due or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.due) \
            or d.due >= issued[:10] or re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", d.text):
        return d
    y, md = int(d.due[:4]), d.due[4:]
    if y != int(issued[:4]) or md == "-02-29":
        return d
    return replace(d, due=f"{y + 1}{md}")
