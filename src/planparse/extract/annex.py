"""Task tables → tasks (spec § annex tables, § task tables in the body).

The tables come from :mod:`planparse.layout.tables` (one model for DOCX, PDF and text tables).

- A table inside a section of the body: each row is a task ``<section id>.<TT>``, or
  ``<section id>.<group>.<TT>`` when TT restarts under group rows (``A``, ``I``).
- A table elsewhere (an annex, after the signature, or of unknown position): a row whose number
  equals a body task's *and* whose content is that task's activity completes that task (lead,
  support, timeframe); any other row is a task ``PL.<STT>`` (by position when the STT column was
  Word auto-numbering lost in the copy).
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from ..model import Agency, Task, Timeframe
from .agencies import split_list
from .common import number_list
from .temporal import listed_window, parse_temporal

_WORD = re.compile(r"\w+")
_PERSON = re.compile(r"^(?:(?:Ông|Bà|Đ/c|đồng chí)\.?\s+)?[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ][\w]*(?:\s+[\wÀ-ỹ]+){1,5}$")


def _pairs(s: str) -> set[tuple[str, str]]:
    """Syllable pairs: a Vietnamese word is one or more syllables (``kiểm tra``, ``tổ chức``)."""
    w = [x for x in _WORD.findall(s.lower()) if not x.isdigit()]
    return set(zip(w, w[1:])) if len(w) > 1 else {(x, "") for x in w}


def same_activity(a: str, b: str) -> bool:
    """Two wordings of one activity: half the words (syllable pairs) of the shorter are in the
    longer. ``Tổ chức kiểm tra`` is not ``Nội dung kiểm tra``."""
    wa, wb = _pairs(_title(a) or a), _pairs(_title(b) or b)
    if not wa or not wb:
        return False
    return len(wa & wb) >= max(1.0, 0.5 * min(len(wa), len(wb)))


# The share of a row's words (weighted by rarity among the body's tasks) that its task's title and
# opening text must hold. Chosen leave-one-plan-out on the annex rows of the samples and unseen sets 1-4
# paired with every body task of their plan (two plans have both: 109 pairs, 8 the same activity):
# each fold's best interval is 0.76-1.00 / 0.60-1.00 (midpoints 0.88 / 0.80), each held-out plan is read
# without error on its same-number rows; all plans together: 0.76-1.00, midpoint 0.88.
SAME_TASK_SHARE = 0.88
_HEAD = 400  # the task's opening text: what its annex row restates, not its later sub-items


def _words(s: str) -> frozenset[str]:
    """Content words (underthesea's segmentation, folded, stopwords out): ``bồi dưỡng``, ``kỹ năng``."""
    from ..auditing.match import segment_words
    return frozenset(" ".join(w) for w in segment_words(" ".join(s.split())) if not "".join(w).isdigit())


class _BodyWords:
    """The body tasks' words: each task's title and the opening of its own text, folded. A row's word
    is in a task when its syllables stand there in a row (segmentation depends on the words around:
    ``Đài Truyền thanh huyện`` is one word in a cell, ``truyền thanh`` + ``Đài`` in running text). A
    word weighs by how few tasks hold it: ``tuyên truyền`` and ``ASEAN`` stand in every task of an
    ASEAN plan and say little of which activity a row is."""

    def __init__(self, heads: dict[str, str]):
        from ..auditing.match import fold
        self.heads = {k: f" {fold(v)} " for k, v in heads.items()}

    @classmethod
    def of_tasks(cls, tasks: list[Task], text: str) -> "_BodyWords":
        def head(t: Task) -> str:
            a, b = t.span
            return text[a:min(b, a + _HEAD)] if text and b > a else ""
        return cls({t.id: t.title + " " + head(t) for t in tasks})

    def weight(self, w: str) -> float:
        import math
        n = len(self.heads)
        df = sum(f" {w} " in h for h in self.heads.values())
        return math.log(1 + n / max(df, 0.5))

    def share(self, row: str, tid: str) -> float:
        """The weighted share of the row's words that task ``tid``'s title and opening text hold."""
        h = self.heads.get(tid)
        words = _words(row)
        if h is None or not words:
            return 0.0
        weights = {w: self.weight(w) for w in words}
        total = sum(weights.values())
        return sum(v for w, v in weights.items() if self._holds(h, w)) / total if total else 0.0

    @staticmethod
    def _holds(head: str, w: str) -> bool:
        """``w``'s syllables in a row; or, for a word the segmenter made across two of the cell's words
        (``một cửa ASEAN`` → ``cửa_ASEAN``), each syllable as a word of its own."""
        return f" {w} " in head or all(f" {x} " in head for x in w.split())


def same_task(task: Task, content: str, body: _BodyWords | None = None) -> bool:
    """Is an annex row of the same number as a body task that task's activity? Its title in like words
    (``same_activity``), or the row's words, rare ones counting more, found in the task's title and
    opening text: ``Lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN …`` is task ``7. Bồi dưỡng đội ngũ làm
    công tác tuyên truyền`` whose text reads ``Tổ chức lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN``."""
    if same_activity(task.title, content):
        return True
    return body is not None and body.share(_title(content) or content, task.id) >= SAME_TASK_SHARE


def _title(content: str) -> str:
    first = content.split("\n")[0].strip()
    return re.split(r"(?<=[.;])\s", first)[0].strip(" .;:")


def _task_title(content: str) -> str:
    """A row's title as a numbered paragraph's (spec § sections): its first sentence. A ';' joins two
    activities of one task and stays in it (``_title``, which stops there, is only for matching)."""
    from ..layout.outline import first_sentence
    return first_sentence(content.split("\n")[0].strip()).strip(" .;:")


def _people_or_agencies(cell: str, aliases, person: bool) -> tuple[Agency, ...]:
    if person:  # a Người thực hiện cell: the people grammar (extract/people.py) reads names and roles
        from .people import people_list
        got = people_list((cell or "").strip(" .-–+•"))
        if got:
            return tuple(got)
    out: list[Agency] = []
    seps = r"\n|;|,(?=\s*[A-ZĐ])" if person else r"\n|;"
    for piece in re.split(seps, cell or ""):
        p = piece.strip(" .-–+•")
        if not p:
            continue
        got = split_list(p, aliases=aliases)
        if got and not (person and all(not a.canonical for a in got)):
            out.extend(got)
        elif person or _PERSON.match(p):
            name = " ".join(w[:1].upper() + w[1:] for w in p.split())
            out.append(Agency(name=name, text=p, person=True, canonical=False))
        else:
            out.append(Agency(name=p, text=p, canonical=False))
    seen, uniq = set(), []
    for a in out:
        if a.name.lower() not in seen:
            seen.add(a.name.lower())
            uniq.append(a)
    return tuple(uniq)


def group_agencies(title: str, aliases=None) -> tuple[Agency, ...]:
    """The agencies a group row's title names when it names nothing else (``PHÒNG GIÁO DỤC VÀ ĐÀO
    TẠO``, ``HUYỆN ĐOÀN, HỘI LIÊN HIỆP PHỤ NỮ HUYỆN, HỘI NÔNG DÂN HUYỆN``), each with its text as
    printed; none for a title that states a topic (``CÔNG TÁC TUYÊN TRUYỀN``, ``HỘI THI TÌM HIỂU VỀ
    ASEAN``). Every agency must be one the gazetteer or the name grammar knows, or an unknown one
    whose head is followed by a capitalised word, and together they must be the whole title."""
    from .agencies import _has_verb, _mask_names, _proper_after_head, _starts_agency, find_grammar, recase
    title = " ".join((title or "").split()).strip(" .:;")
    if not title or len(title) > 200:
        return ()
    bare = recase(title)
    if _has_verb(_mask_names(bare)):
        return ()
    grammar = {(a, b) for a, b, _ in find_grammar(bare)}
    got = split_list(bare, aliases=aliases)
    rest = bare
    for a in got:
        if a.span is None or a.person:
            return ()
        a0, a1 = a.span
        known = (a0, a1) in grammar or (a.canonical and (not a.collective or _starts_agency(bare[a0:a1], strict=True)))
        if not (known or _proper_after_head(bare[a0:a1])):
            return ()
        rest = rest[:a0] + " " * (a1 - a0) + rest[a1:]
    if not got or re.sub(r"[\s,;&-]|(?<!\w)và(?!\w)", "", rest):
        return ()
    return tuple(replace(a, text=title[a.span[0]:a.span[1]]) for a in got)


_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])")
_DAYS = re.compile(r"(\d{1,3})\s*ngày", re.I)


# a column that says when the work must be finished: a date in it is the day it is due
_DUE_HEADER = re.compile(r"(?<!\w)(?:hoàn thành|thời hạn|hạn chót|hạn)(?!\w)", re.I)


def is_due_column(header: str) -> bool:
    """``Thời gian hoàn thành``, ``Thời hạn``, ``Hạn hoàn thành``: the column's date is a due date.
    A plain ``Thời gian`` / ``Thời gian thực hiện`` / ``Ngày thực hiện`` column keeps a date as the
    day of the event (spec: "A single event date … is a one-day period")."""
    return bool(header and _DUE_HEADER.search(header))


def single_date(cell: str) -> str | None:
    """The ISO day when the cell's only time is one date (``30/9/2022``, ``ngày 30/9/2022``), with
    no cue, duration or second time beside it; else None."""
    one = " ".join((cell or "").split())
    if not one:
        return None
    ts = parse_temporal(one, time_context=True)
    if ts:
        if len(ts) == 1 and ts[0].kind == "period" and ts[0].start and ts[0].start == ts[0].end \
                and re.search(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}", ts[0].text):
            return ts[0].start
        return None
    found = _DATE.findall(one)
    if len(found) != 1 or _DAYS.search(one):
        return None
    d, m, y = found[0]
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def timeframe_of(cell: str, due_column: bool = False) -> Timeframe | None:
    """A time cell's window: a period as written, or an event date (a one-day period, longer when
    a duration ``02 ngày`` stands beside it). ``Thường xuyên``/``Hằng năm``/``Tháng 8 hằng năm`` are not
    windows. Windows listed one after another (``Quý IV/2019 và quý II/2020``) make one, from the
    first's start to the last's end (as the body's time fields, ``listed_window``); two apart in any
    other way give none (the row keeps its period deadlines); a window inside another (``Năm 2020
    (Quý II/2020)``) is not apart.
    In a ``due_column`` (``Thời gian hoàn thành``) a date alone is the day the work is due, a
    deadline and no window (spec: "a due date alone … is a deadline, not a timeframe")."""
    if not cell or not cell.strip():
        return None
    one = " ".join(cell.split())
    if due_column and single_date(one):
        return None
    ts = parse_temporal(one, time_context=True)
    listed = listed_window(ts, one)
    if listed is not None:  # "Tháng 8/2024, tháng 8/2025": the windows listed make one
        return Timeframe(text=one if len(one) < 60 else listed.text, start=listed.start, end=listed.end)
    periods = [t for t in ts if t.kind == "period" and t.recurrence is None]
    if any(a.end < b.start or b.end < a.start for a in periods for b in periods if a.start and b.start):
        return None
    if periods:
        t = periods[0]
        return Timeframe(text=one if len(one) < 60 else t.text, start=t.start, end=t.end)
    dues = [t.due for t in ts if t.kind == "due" and t.due and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.due)]
    if not dues:  # a bare date in a time column (``23/3/2026``): the day of the event
        m = _DATE.search(one)
        if m:
            try:
                dues = [date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()]
            except ValueError:
                dues = []
    if dues and not re.search(r"trước|chậm nhất|hạn", one, re.I):
        try:
            d0 = date.fromisoformat(dues[0])
            m = _DAYS.search(one)
            d1 = d0 + timedelta(days=max(0, int(m.group(1)) - 1)) if m else d0
        except (ValueError, OverflowError):
            return None
        return Timeframe(text=one, start=d0.isoformat(), end=d1.isoformat())
    return None


def _row_task(row, tid: str, section: str, aliases, source: str) -> Task:
    c = row.cells
    lead = _people_or_agencies(c.get("lead", ""), aliases, person=False)
    people = _people_or_agencies(c.get("person", ""), aliases, person=True)
    support = _people_or_agencies(c.get("support", ""), aliases, person=False)
    if not lead:
        lead = people
    elif people:
        support = support + people
    if "lead" not in c and not lead:  # no lead column: the group row above may name who leads
        lead = group_agencies(getattr(row, "group_title", ""), aliases)
    cell = " | ".join(x for x in (c.get("time", ""), c.get("time2", "")) if x)
    tf = timeframe_of(cell, due_column=is_due_column(getattr(row, "time_header", "")))
    title = _task_title(c.get("content", ""))
    if not title:
        title = _title(c.get("lead", "") or c.get("person", ""))
    span = (row.start, row.end or row.start) if row.start is not None else (0, 0)
    return Task(id=tid, title=title, lead=lead, support=support, timeframe=tf, section=section,
                span=span, source=source, time_cell="" if tf else cell, cell=" ".join(c.get("content", "").split()),
                rate_cell=" ".join(c.get("frequency", "").split()))


def merge_tables(tasks: list[Task], tables, st, aliases) -> list[Task]:
    """Tasks from task tables, added to (or completing) the body's tasks."""
    from ..layout.tables import task_rows
    out = list(tasks)
    body_end = st.body[1]
    if st.closing_paragraph:  # ``Trên đây là Kế hoạch …`` ends the body
        body_end = min(body_end, st.closing_paragraph[0])
    annex_start = st.annex[0] if st.annex else None
    for table in tables:
        rows = task_rows(table)
        if not rows:
            continue
        if _cross_reference(out, table, rows, aliases):
            continue
        sec = None
        if table.start is not None and st.body[0] <= table.start < body_end and \
                (annex_start is None or table.start < annex_start):
            sec = st.section_at(table.start)
        if sec is not None:
            restart = any(r.group for r in rows) and len({r.label for r in rows}) < len(rows)
            ids = {t.id: i for i, t in enumerate(out)}
            for r in rows:
                tid = f"{sec.id}.{r.group}.{r.label}" if restart and r.group else f"{sec.id}.{r.label}"
                t = _row_task(r, tid, sec.id, aliases, "table")
                if tid in ids:
                    out[ids[tid]] = t
                else:
                    ids[tid] = len(out)
                    out.append(t)
            continue
        out = _merge_annex(out, rows, aliases, st.text)
    return out


# a row that names the body's tasks by number instead of stating one: "Nhiệm vụ 1, 2, 9", "Các nhiệm vụ 3 - 5"
_TASK_REFS = re.compile(r"(?:(?:các\s+)?(?:nhiệm vụ|NV|nội dung)\s*(?:số\s*)?)?(?P<nums>\d{1,2}(?:\s*(?:,|;|và|-|–|đến)\s*\d{1,2})*)\.?",
                        re.I)
_SECTION_NAMED = re.compile(r"\b(?:Mục|Phần)\s+(?P<sec>[IVX]+)\b")


def _task_numbers(cell: str) -> list[str] | None:
    m = _TASK_REFS.fullmatch(" ".join(cell.split()))
    if not m:
        return None
    return number_list(m.group("nums"))


def _cross_reference(out: list[Task], table, rows, aliases) -> bool:
    """A table that assigns the body's tasks by their numbers (``Nhiệm vụ 1, 2, 9 | Sở X | Sở Y | Thường
    xuyên``; Cao Bằng 2316/KH-UBND): each task it names takes the row's lead, support and time, and the
    rows are no tasks of their own (as an annex row that repeats a body task's number). Such a table:
    every row's content cell is nothing but task numbers, and each number is a body task's."""
    refs = [_task_numbers(r.cells.get("content", "")) for r in rows]
    if not refs or any(x is None for x in refs):
        return False
    body = [(i, t) for i, t in enumerate(out) if t.source != "annex" and "." in t.id]
    head = " ".join(table.rows[0]) if table.rows else ""
    named = _SECTION_NAMED.search(head)
    if named:
        body = [(i, t) for i, t in body if t.id.split(".", 1)[0] == named.group("sec")] or body
    by_num: dict[str, int] = {}
    for i, t in body:
        by_num.setdefault(t.id.rsplit(".", 1)[-1], i)
    if not all(n in by_num for nums in refs for n in nums):
        return False
    for r, nums in zip(rows, refs):
        rt = _row_task(r, "", "PL", aliases, "annex")
        for n in nums:
            out[by_num[n]] = _completed(out[by_num[n]], rt)
    return True


def _completed(t: Task, rt: Task) -> Task:
    """Body task ``t`` with what an annex row ``rt`` says of it where the body says nothing."""
    return Task(id=t.id, title=t.title, lead=t.lead or rt.lead, support=t.support or rt.support,
                timeframe=t.timeframe or rt.timeframe, section=t.section, span=t.span,
                source="body+annex", time_cell="" if t.timeframe else rt.time_cell, rate_cell=rt.rate_cell)


def _merge_annex(out: list[Task], rows, aliases, text: str = "") -> list[Task]:
    by_num: dict[str, list[int]] = {}
    for i, t in enumerate(out):
        if t.source == "annex":
            continue
        tail = t.id.split(".", 1)[-1] if "." in t.id else t.id
        for k in {tail, t.id}:
            by_num.setdefault(k, []).append(i)
    taken = {t.id for t in out}
    restart = len({r.label for r in rows}) < len(rows)
    body = _BodyWords.of_tasks([t for t in out if t.source != "annex"], text)
    for r in rows:
        rt = _row_task(r, "", "PL", aliases, "annex")
        hit = None
        if not r.numbered_by_position and r.number:
            for i in by_num.get(r.number, []):
                if same_task(out[i], r.cells.get("content", ""), body):
                    hit = i
                    break
        if hit is not None:
            out[hit] = _completed(out[hit], rt)
            continue
        tid = f"PL.{r.group}.{r.label}" if restart and r.group else f"PL.{r.label}"
        k = 2
        while tid in taken:
            tid = f"PL.{r.label}-{k}"
            k += 1
        taken.add(tid)
        out.append(Task(id=tid, title=rt.title, lead=rt.lead, support=rt.support, timeframe=rt.timeframe,
                        section="PL", span=(0, 0), source="annex", time_cell=rt.time_cell, rate_cell=rt.rate_cell))
    return out


# kept for callers of the old API: rows of cell-tables merged into tasks
def merge_annex(tasks: list[Task], tables, aliases) -> list[Task]:
    from ..layout.tables import Table
    return _merge_annex_tables(tasks, [Table(rows=t, source="cells") for t in tables], aliases)


def _merge_annex_tables(tasks, tables, aliases):
    from ..layout.tables import task_rows
    out = list(tasks)
    for t in tables:
        rows = task_rows(t)
        if rows:
            out = _merge_annex(out, rows, aliases)
    return out
