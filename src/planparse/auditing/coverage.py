"""Coverage: judge each content area covered / partial / missing, with evidence, as a careful reader.

A plan's body is cut into units (clauses of headings, bullets and paragraphs). Each area's
signals are matched in every unit; a unit's score for an area is its best signal (weighted by
the signal's strength and the match quality) plus a bonus for further distinct signals. A
mention deep inside a long clause (a qualifier of something else) and a mention in the purposes
section count less, as the spec's reader would: an own task, bullet or duty covers; a passing
mention or one only in the purposes is partial.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from ..extract.tasks import _COOP as PARTNER
from ..model import SectionKind
from ..sections import section_index
from .match import Unit, compile_phrase, fold, fold_phrase, folded_text, lowered, make_room, match, spaced
from .model import AreaResult, Evidence
from .reference import Area, Reference

COVERED = 0.9
PARTIAL = 0.3
OFF_TOPIC_PARTIAL = 0.6  # in a plan that never names the topic, only clear same-kind activity is partial
PASSING_AFTER = 100  # characters into a clause after which a mention is a qualifier
PASSING_FACTOR = 0.75
PURPOSE_FACTOR = 0.5
HEAD_CHARS = 40  # a signal this close to the start of its clause is what the clause is about
HEAD_FACTOR = 1.3
# the retrieval judge's thresholds (a clause's BM25 score in "distinctive words", see retrieval.py),
# the share of the clause's best area's score an area needs (1.0: only the area the clause is most
# about), and the bonus when both judges agree on one clause: chosen by leave-one-plan-out, tools/calibrate_audit.py
THRESHOLDS = {"retrieval_partial": 2.0, "retrieval_covered": 3.0, "agree_bonus": 0.15, "retrieval_rank": 1.0}

_QUALIFIER = re.compile(r"(?:thuộc|của|trong|gắn với|liên quan đến|về)\s+(?:các\s+|cả\s+)?$")
# a circumstance a clause adds to what it commits to: its occasion, channel, venue, context, purpose or a
# stress inside a list ("… nhân năm Việt Nam là Chủ tịch ASEAN 2020", "… trong đó chú trọng những câu chuyện
# thực tiễn", "… thông qua các hội chợ", "… góp phần hình thành bản sắc …"); a mention after it, a few words
# on, only touches that content
_CIRCUMSTANCE = re.compile(r"(?:^|[\s,;(])(?:trong đó\s+(?:có|chú trọng|tập trung|ưu tiên|nhấn mạnh)|nhân\s+(?:dịp|năm|ngày|kỷ niệm)"
                           r"|thông qua|tại các|trong bối cảnh|kết hợp(?:\s+với)?|kể cả|góp phần|phục vụ|nhằm|hướng tới)"
                           r"(?:\s+[^\s,;.:]+){0,4}\s+$", re.I)
_CLAUSE = re.compile(r";\s+|(?<=[^.\d][.!?])\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ])|:\s+(?=\S)")


_BREAK = re.compile(r"[;.!?:]\s")  # what every branch of _CLAUSE needs
_BULLET = re.compile(r"^\s*[-+•*\u2022\uf0b7–]\s*")
_LABEL = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/:]\s*")


def plan_units(plan) -> list[Unit]:
    """The clauses of a plan that can carry evidence.

    Line kinds come from the parsed plan: a line holding a section's heading is a heading (its
    text starts at the heading's title), a line opening with a dash or bullet is a bullet, a
    field line ("Thời gian: …") is skipped; a text without numbered sections (a news report, an
    excerpt, a plan written as prose) is cut into its paragraphs. The actor opening a clause
    ("Sở X chủ trì …") is taken from the plan's tasks and assignments, not re-extracted.

    What its plain definition (``plan_units_plain``, tests/test_audit_fast.py) does line by line,
    with the plan-wide parts worked out once: the places where a clause can break (``_BREAK``, one
    scan of the body) and the section of each line (it changes only where a section starts or
    ends). Each line's kind is read here, not handed over by the parse: the outline's reading
    (``layout.outline.classify``) is another one (its bullets, its fields), and handing over the
    lines it read as text or as fields saved the audit 0.005 ms/doc while costing the parse 0.008
    (measured with the handoff of commit bdbd764).
    """
    text = plan.text
    low = lowered(text)  # the plan lowered once: each clause's syllables are a slice of it
    by_id = {s.id: s for s in plan.sections}
    lo, hi = body_span(plan)
    actors = _actor_spans(plan)
    actor_starts = [a for a, _ in actors]
    n_actors = len(actors)
    sections = section_index(plan.sections) if plan.sections else None  # what plan.section_at asks
    # sections.at() is the same from one section start or end to the next: asked again only past one
    bounds = sorted({x for s in plan.sections for x in s.span})
    n_bounds = len(bounds)
    next_bound = -1  # asked at the first line
    place: tuple[str | None, str | None] = (None, None)
    # every clause break starts at a _BREAK (";" or ":" at it, the space after "." "!" "?" just after it)
    hints = [m.start() for m in _BREAK.finditer(text, max(0, lo - 1), hi)]
    n_hints = len(hints)
    units: list[Unit] = []
    for start, end, role, body_start in line_roles(plan, lo, hi):
        if start >= next_bound:
            sec = sections.at(start) if sections is not None else None
            k = bisect_right(bounds, start)
            next_bound = bounds[k] if k < n_bounds else hi + 1
            top = sec
            while top is not None and top.parent:
                top = by_id.get(top.parent)
            place = (sec.id if sec else None, top.kind.value if top is not None and top.kind else None)
        cs = body_start
        # a clause break is a ; . ! ? or : followed by white space (the . ! ? may stand just before
        # body_start: _CLAUSE looks behind): most lines have none
        k = bisect_left(hints, body_start - 1)
        breaks = _clause_breaks(text, hints, k, n_hints, body_start, end) if k < n_hints and hints[k] < end - 1 else []
        for m in breaks + [None]:
            ce = m.start() if m else end
            seg = text[cs:ce]
            body = seg.strip()
            if len(body) >= 8:
                lead = len(seg) - len(seg.lstrip(" -+"))
                at = cs + lead
                j = bisect_left(actor_starts, at)
                # _actor_len is 0 unless an actor starts within 6 characters and ends inside the clause
                actor = _actor_len(actors, at, ce) if j < n_actors and actor_starts[j] <= at + 6 and actors[j][1] <= ce else 0
                units.append(Unit(body, (cs, ce), place[0], place[1], role,
                                  actor + lead - (len(seg) - len(seg.lstrip())) if actor else 0, start,
                                  low[cs:ce] if low is not None else None))
            if m:
                cs = m.end()
    return units


def audit_units(plan) -> list[Unit]:
    """What the audit reads: the body's clauses (``plan_units``, a body table's rows read from their
    cells where the text interleaves them: ``table_row_units``), then the rows of an annex table that
    follows the signature (``annex_units``)."""
    units = table_row_units(plan, plan_units(plan))
    mark_names(plan, units)
    return units + annex_units(plan, units)


ROW_WORDS = 2 / 3  # share of a line's words that must be its row's for the line to be the row's cells


def table_row_units(plan, units: list[Unit]) -> list[Unit]:
    """``units`` with the rows of a body task table whose content cell does not stand whole in the text
    read from the cell instead.

    A PDF's text layer gives a table line by line across its columns: a row's content cell comes
    interleaved with its agency and time cells ("Tổ chức tập huấn, bồi Sở Thông Sở Ngoại vụ Năm dưỡng
    kỹ năng tuyên tin và"), so its clauses break every phrase an area looks for, while the parser read
    the cell whole (``Task.cell``). There the row's lines give way to the cell's clauses, cut as a line's
    are (``_CLAUSE``), sharing one line as a DOCX row's clauses do: the same table gives the same units
    from a DOCX, an HTML page or its PDF. Where the cell stands whole in the text (a DOCX or HTML row,
    a PDF row on one line) the line's clauses already are the cell's and stay.

    A row's lines are those from the line where its content starts to the next row's, made mostly
    (``ROW_WORDS``) of the row's own words (its number, cells, agencies and time): a group's heading row
    ("B HOẠT ĐỘNG TUYÊN TRUYỀN …") between two rows is not, and stays. Each clause's span is where its
    opening words stand in the row's lines (``_row_span``), the quote being the cell as the parser read it."""
    rows = sorted((t for t in plan.tasks if t.source == "table" and t.span[1] > t.span[0]), key=lambda t: t.span)
    if not rows:
        return units
    text = plan.text
    line_of = {u.line for u in units}
    drop: set[int] = set()  # line starts of the rows' lines
    made: list[Unit] = []
    for n, t in enumerate(rows):
        cell = " ".join((t.cell or t.title).split())
        if len(cell) < 8:
            continue
        first = text.rfind("\n", 0, t.span[0]) + 1
        nxt = rows[n + 1].span[0] if n + 1 < len(rows) else None
        stop = text.rfind("\n", 0, nxt) + 1 if nxt is not None else _section_end(plan, t.span[0])
        if _stands_whole(text, cell, first, max(stop, t.span[1])):
            continue
        own = set(spaced(" ".join([cell, t.id.rsplit(".", 1)[-1], t.time_cell, t.timeframe.text if t.timeframe else ""]
                                  + [a.text for a in t.lead + t.support]).lower()).split())
        lines = []
        pos = first
        while pos < stop:
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            words = spaced(text[pos:end].lower()).split()
            if words and sum(w in own for w in words) >= ROW_WORDS * len(words):
                lines.append((pos, end))
            elif nxt is None and lines:
                break  # the last row ends where a line is no longer its own
            pos = end + 1
        if not lines or not any(a in line_of for a, _ in lines):
            continue
        drop.update(a for a, _ in lines)
        made.extend(_cell_units(plan, t, cell, lines))
    if not made:
        return units
    kept = [u for u in units if u.line not in drop]
    return sorted(kept + made, key=lambda u: u.span)


def _section_end(plan, at: int) -> int:
    sec = plan.section_at(at)
    return sec.span[1] if sec is not None else len(plan.text)


def _stands_whole(text: str, cell: str, lo: int, hi: int) -> bool:
    return re.compile(r"\s+".join(map(re.escape, cell.split()))).search(text, lo, hi) is not None


def _cell_units(plan, t, cell: str, lines: list[tuple[int, int]]) -> list[Unit]:
    """The clauses of row ``t``'s content ``cell`` as units; ``lines``: the row's lines in the text."""
    text = plan.text
    lo, hi = lines[0][0], lines[-1][1]
    sec = plan.section_at(t.span[0])
    top = sec
    by_id = {s.id: s for s in plan.sections}
    while top is not None and top.parent:
        top = by_id.get(top.parent)
    kind = top.kind.value if top is not None and top.kind else None
    out: list[Unit] = []
    cs = 0
    cursor = lo
    for m in list(_CLAUSE.finditer(cell)) + [None]:
        ce = m.start() if m else len(cell)
        body = cell[cs:ce].strip(" -+")
        if len(body) >= 8:
            span, _ = _row_span(text[:hi], body, cursor)
            if span is None:  # its opening words split by another cell's ("tổ Truyền thông\n2022 chức"): its first word
                first = re.compile(r"(?<!\w)" + re.escape(body.split()[0]) + r"(?!\w)").search(text, cursor, hi)
                span = first.span() if first is not None else (cursor, cursor)
            cursor = max(cursor, span[1])
            while any(u.span == span for u in out):  # units are told apart by their spans (``combine``)
                span = (span[0], span[1] + 1)
            # the row's clauses share a line (``Unit.line``), as a DOCX row's do: its content's start
            out.append(Unit(body, span, sec.id if sec else None, kind, "paragraph", 0, t.span[0]))
        if m:
            cs = m.end()
    return out


def mark_names(plan, units: list[Unit]) -> None:
    """Give each clause the spans of the agencies' names the parser read in the plan (``Unit.names``):
    the lead or partner of a task (a table's lead and support cells: "Sở Kế hoạch và Đầu tư; Trung tâm
    Xúc tiến Đầu tư tỉnh"), an assignment's agency, wherever the name stands as written. A name says
    who acts, never what is done, so the signals judge passes over an activity's phrase found inside
    one (``_in_name``), and the retrieval judge does not read the names of a task table's lead and support
    cells (``Unit.cells``, ``unnamed``): those cells stand beside the task's content. A name in a
    sentence is its subject ("Hội Nông dân huyện lồng ghép tuyên truyền …"), and which body acts is
    what some areas are about (A04's mass organisations), so the retrieval judge keeps it. Names are
    found by their text: a table cell's agency carries no place in the plan's text. Collectives
    ("các sở, ngành") are descriptions, not names, and are left alone."""
    every, cells = _agency_names(plan)
    if not every:
        return
    texts = [u.text for u in units]
    in_cells = _name_spans(cells, texts) if cells else None
    for k, found in enumerate(_name_spans(every, texts)):
        if found:
            u = units[k]
            u.names = found
            if in_cells is not None:
                u.cells = in_cells[k]  # a cell's name is one of every name: found only where one is


def _agency_names(plan) -> tuple[set[str], set[str]]:
    """The plan's agencies as written (two words or more): every one, and those of a task table's lead
    and support cells."""
    def named(a) -> bool:
        return not a.collective and not a.person and len(a.text.split()) >= 2

    every = {a.text.strip() for t in plan.tasks for a in t.lead + t.support if named(a)}
    every |= {a.agency.text.strip() for a in plan.assignments if named(a.agency)}
    cells = {a.text.strip() for t in plan.tasks if t.source in ("table", "annex") for a in t.lead + t.support if named(a)}
    return every, cells


def _names_pattern(written: set[str]) -> re.Pattern | None:
    """The names as one pattern, longest first, each a whole word: what ``_name_spans`` finds."""
    if not written:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(written, key=len, reverse=True)) + r")(?!\w)")


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"  # the regex engine's \w


def _name_spans(written: set[str], texts: list[str]) -> list[tuple[tuple[int, int], ...]]:
    """Per text, the spans ``_names_pattern(written).finditer`` gives: at the first place a name stands as
    whole words, the longest name there, then on after it. Each name is looked for once in the texts
    joined by line breaks (a break is no word character, as a text's edge is not) with ``str.find``:
    a plan's names differ from another's, and compiling their alternation cost more than the search."""
    joined = "\n".join(texts)
    starts = []
    pos = 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 1
    end = len(joined)
    per: dict[int, list[tuple[int, int]]] = {}
    for w in written:
        size = len(w)
        i = joined.find(w)
        while i >= 0:
            j = i + size
            if not (i and _is_word(joined[i - 1])) and not (j < end and _is_word(joined[j])):
                k = bisect_right(starts, i) - 1
                if j <= starts[k] + len(texts[k]):  # not across two texts
                    per.setdefault(k, []).append((i - starts[k], -size))
            i = joined.find(w, i + 1)
    out: list[tuple[tuple[int, int], ...]] = [()] * len(texts)
    for k, occ in per.items():
        occ.sort()  # by place, the longest first
        spans = []
        cur = 0
        for a, neg in occ:
            if a >= cur:
                cur = a - neg
                spans.append((a, cur))
        out[k] = tuple(spans)
    return out


def _in_name(u: Unit, c, found: tuple) -> bool:
    """Whether phrase ``c``'s match ``found`` lies inside an agency's name in ``u`` and says an activity:
    "xúc tiến đầu tư" in "Trung tâm Xúc tiến Đầu tư tỉnh" is a word of the name. A phrase the reference
    writes as a proper name (a capital first: A04's "Hội Nông dân", "Mặt trận Tổ quốc", A09's "Đài
    Truyền hình Việt Nam") names a body, and a body named in "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh" is
    what it looks for."""
    if c.phrase[:1].isupper():
        return False
    spans = found[2]
    return any(all(a <= x and y <= b for x, y in spans) for a, b in u.names)


# "phối hợp" as a task's parts are read: "X chủ trì, phối hợp với Y" (the parser's own reading of a
# partner, extract.tasks) and the label of a partner field ("Phối hợp: Sở Y", cut at its colon)
_PARTNER_LABEL = re.compile(r"(?:(?:đơn vị|cơ quan)\s+)?phối hợp", re.I)


def _partner_role(u: Unit, found: tuple) -> bool:
    """Whether a match lies wholly in the words that name a task's partner: "phối hợp với Hội Liên hiệp
    Phụ nữ" says who helps with this task, not that the plan sets up coordination (B13's "tăng cường
    công tác phối hợp thông tin", A01's "cơ chế phối hợp"). In the organization section a body's duty
    to work with another ("Phối hợp với Sở GD&ĐT tổ chức …") is the plan's coordination itself, and counts."""
    if "phối hợp" not in u.folded or u.top_kind == SectionKind.ORGANIZATION.value:
        return False
    if _PARTNER_LABEL.fullmatch(u.text.strip()):
        return True
    roles = [m.span() for m in PARTNER.finditer(u.text)]
    if not roles:
        return False
    # "phối hợp với Phòng Văn hóa và Thông tin huyện" is no "phối hợp thông tin" either: the connective and
    # the partner's name together are who helps
    roles += u.names
    return all(any(a <= x and y <= b for a, b in roles) for x, y in found[2])


def annex_units(plan, units: list[Unit] | None = None) -> list[Unit]:
    """One unit per task the parser read from an annex table outside the body (``Task.source ==
    "annex"``): an annex that assigns the plan's activities row by row is the plan's task list, and
    a row is an own task, so it counts as a task of the tasks section would. The unit's section is
    the task's id (``PL.7``): that is where an analyst finds it.

    Its text is the row's content cell as the parser read it. The span is where that text stands in
    ``plan.text`` when it stands there whole (a DOCX or text table); a PDF's text layer interleaves a
    row's cells line by line, so there the span holds only the cell's opening words as they stand in
    the text (where the row starts), the quote being the parser's reading of the whole cell."""
    rows = [t for t in plan.tasks if t.source == "annex" and t.title and len(t.title.strip()) >= 8]
    if not rows:
        return []
    text = plan.text
    taken = {u.span for u in units or ()}
    cursor = body_span(plan)[1] if plan.sections else 0
    out: list[Unit] = []
    for t in rows:
        title = " ".join(t.title.split())
        span, whole = _row_span(text, title, cursor)
        if span is None:
            span = (cursor, cursor)  # nowhere in the text as written: the place of the previous row
        else:
            cursor = span[1]  # rows stand in order
            if whole:
                title = text[span[0]:span[1]].strip()
        while span in taken:  # units are told apart by their spans (``combine``)
            span = (span[0], span[1] + 1) if span[1] < len(text) else (span[0] - 1, span[1])
        taken.add(span)
        # line -1: a row is scored on its own, never joined with another as the clauses of one line are
        out.append(Unit(title, span, t.id, SectionKind.TASKS.value, "row", 0, -1))
    return out


_ROW_ANCHOR_WORDS = 3  # fewer opening words than this found in the text do not say where the row is


def _row_span(text: str, title: str, start: int) -> tuple[tuple[int, int] | None, bool]:
    """(span, whole): where ``title`` stands in ``text`` from ``start`` on, whitespace aside; else the
    span of its longest opening run of words that does (at least ``_ROW_ANCHOR_WORDS``), else None."""
    words = title.split()

    def find(n: int):
        return re.compile(r"\s+".join(map(re.escape, words[:n]))).search(text, start)

    m = find(len(words))
    if m is not None:
        return m.span(), True
    lo, hi, best = min(_ROW_ANCHOR_WORDS, len(words)), len(words) - 1, None
    while lo <= hi:  # an opening run found means every shorter one is found at the same place
        mid = (lo + hi) // 2
        m = find(mid)
        if m is not None:
            best, lo = m, mid + 1
        else:
            hi = mid - 1
    return (best.span() if best is not None else None), False


def body_span(plan) -> tuple[int, int]:
    """Where the clauses that can carry evidence lie: the sections, or a text without numbered
    sections cut at its body's bounds (``_body_bounds``)."""
    if plan.sections:
        return plan.sections[0].span[0], max(s.span[1] for s in plan.sections)
    return _body_bounds(plan)


# field labels whose value is what a task does, not who, when or with what money: a plan written as
# field bullets ("- Nội dung: …" / "+ Chủ trì: …" / "+ Thời gian: …") says its substance there
_CONTENT_FIELD = re.compile(r"(?:Nội dung(?:\s+(?:thực hiện|công việc|nhiệm vụ|hoạt động))?|Hình thức(?:\s+tuyên truyền)?"
                            r"|Sản phẩm(?:\s+đầu ra)?|Kết quả(?:\s+đầu ra)?|Đối tượng)\s*:\s*", re.I)


def line_roles(plan, lo: int, hi: int):
    """The lines of ``plan.text[lo:hi]`` that can hold clauses, as (start, end, role, where the line's
    text starts): a line holding a section's heading is a ``heading`` (its text starts at the first
    heading, in section order, that starts on it), a line opening with a dash or bullet a ``bullet``
    (its text after the mark), any other a ``paragraph``; empty lines and field lines ("Thời gian: …")
    are passed over, but for a field that gives the task's substance (``- Nội dung: …``), read after its label. In a text wrapped at a page's width (a PDF's text layer, a pasted text) a line
    that runs on into the next is one line with it (``_wrapped``)."""
    from ..structure import FIELD_RE
    text = plan.text
    heads = {s.heading_span[0]: s for s in plan.sections if s.heading_span[1] > s.heading_span[0]}
    head_order = {h: n for n, h in enumerate(heads)}
    head_starts = sorted(heads)
    n_heads = len(head_starts)
    lines = []
    pos = lo
    for raw in text[lo:hi].split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw or raw.isspace():
            lines.append((start, end, None, start))  # a blank line: ends a paragraph
            continue
        i = bisect_left(head_starts, start)
        if i < n_heads and head_starts[i] < end:
            inside = head_starts[i:bisect_left(head_starts, end)]
            lines.append((start, end, "heading", min(inside, key=head_order.__getitem__)))
            continue
        bullet = _BULLET.match(raw)
        if bullet:
            role, body_start = "bullet", start + bullet.end()
        else:
            role, body_start = "paragraph", start
        if FIELD_RE.match(text[body_start:end]) and len(raw) < 400:
            what = _CONTENT_FIELD.match(text, body_start, end)
            if what:  # "- Nội dung: Duy trì chuyên mục …": the task's substance, read after its label
                body_start = what.end()
            else:
                role = "field"
        lines.append((start, end, role, body_start))
    width = _wrap_width(text, lines)
    k, n = 0, len(lines)
    while k < n:
        start, end, role, body_start = lines[k]
        k += 1
        if role is None or role == "field":
            continue
        while width and k < n and _runs_on(text, lines[k - 1], lines[k], width):
            end = lines[k][1]
            k += 1
        yield start, end, role, body_start


_WRAP_MAX = 200  # lines longer than this, mostly, are paragraphs however narrow the type
_ENDS_CLAUSE = re.compile(r"[.;:!?…]\W*$")
_TABLE_ROW = re.compile(r"\t| \| ")  # cells laid out on a line: its rows are items, not wrapped sentences


def _wrap_width(text: str, lines: list) -> int:
    """The width a text is wrapped at (its 90th-percentile line length), or 0 when its lines are paragraphs:
    a Word document or a portal page writes a paragraph as one line, most of the long ones longer than
    any page's width."""
    sizes = sorted(e - s for s, e, role, _ in lines if role in ("paragraph", "bullet"))
    if len(sizes) < 10:
        return 0
    w = sizes[int(0.9 * (len(sizes) - 1))]
    return w if w <= _WRAP_MAX else 0


def _runs_on(text: str, line: tuple, nxt: tuple, width: int) -> bool:
    """Whether ``line`` was cut at the page's edge and goes on in ``nxt``: it ends with no clause's end, and
    ``nxt`` opens no item of its own (a heading, a bullet, a label, a field); then either ``nxt`` opens in
    lower case (no sentence does), or ``line`` is a body line that reaches near the width."""
    s, e, role, _ = line
    ns, ne, nrole, _ = nxt
    if nrole not in ("paragraph",) or role not in ("paragraph", "bullet", "heading"):
        return False
    if _ENDS_CLAUSE.search(text, s, e) or _LABEL.match(text, ns, ne):
        return False
    first = text[ns:ne].lstrip()[:1]
    if first.islower():
        return True
    # a line opening with a number is a table's next row ("2 Tổ chức tập huấn …") as often as a wrapped date
    return role != "heading" and first.isalpha() and e - s >= 0.6 * width and not _TABLE_ROW.search(text, s, ne)


def _clause_breaks(text: str, hints: list[int], k: int, n: int, start: int, end: int) -> list:
    """``list(_CLAUSE.finditer(text, start, end))`` tried only at the places a break can start: at
    each _BREAK from ``hints[k]`` on (its ";" or ":") and just after it (the space after "." "!" "?"),
    in order, each from where the last break ended, as ``finditer`` goes."""
    out = []
    cur = start
    match = _CLAUSE.match
    while k < n:
        p = hints[k]
        if p + 1 >= end:
            break
        k += 1
        for c in (p, p + 1):
            if c >= cur:
                m = match(text, c, end)
                if m is not None:
                    out.append(m)
                    cur = m.end()
                    break
    return out


def _body_bounds(plan) -> tuple[int, int]:
    """Where the body of an unnumbered text is: after the header's title, before the signature."""
    text = plan.text
    lo = 0
    title = plan.meta.title
    if title:
        i = text.find(title[:40])
        if 0 <= i < len(text) // 2:
            lo = text.find("\n", i + len(title[:40]))
            lo = 0 if lo < 0 else lo + 1
    return lo, len(text)


def _actor_spans(plan) -> list[tuple[int, int]]:
    """The spans of the agencies the parser found leading tasks and receiving assignments."""
    spans = set()
    for t in plan.tasks:
        for a in t.lead + t.support:
            if a.span:
                spans.add(tuple(a.span))
    for a in plan.assignments:
        if a.agency.span:
            spans.add(tuple(a.agency.span))
    return sorted(spans)


def _actor_len(actors: list[tuple[int, int]], cs: int, ce: int) -> int:
    """Characters of the agencies that open the clause at ``cs`` ("Sở A, Sở B phối hợp …")."""
    i = bisect_left(actors, (cs, 0))
    end = 0
    at = cs
    while i < len(actors) and actors[i][0] <= at + 6 and actors[i][1] <= ce:
        end = actors[i][1]
        at = end
        i += 1
    return max(0, end - cs)


class Index:
    """The units of one plan, searched for signal phrases.

    With a ``reference``, every one of its phrases is screened against every unit at once
    (``SignalTable``): only the units holding all of a phrase's syllables are searched for it,
    only those holding enough of its words are matched loosely. Other phrases (and an Index
    built without a reference) take the plain path: the units folded into one string, so each
    phrase is searched once per plan."""

    def __init__(self, units: list[Unit], reference: Reference | None = None) -> None:
        self.units = units
        self._table = signal_table(reference) if reference is not None else None
        self._screened: list[dict[int, tuple]] | None = None

    @cached_property
    def starts(self) -> list[int]:
        out, pos = [], 0
        for u in self.units:
            out.append(pos)
            pos += len(u.padded) + 1
        return out

    @cached_property
    def text(self) -> str:
        return "\n".join(u.padded for u in self.units)

    @cached_property
    def postings(self) -> dict[str, set[int]]:
        out: dict[str, set[int]] = {}
        for k, u in enumerate(self.units):
            for syl in set(u.folded.split()):
                out.setdefault(syl, set()).add(k)
        return out

    def unit_at(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def signal_hits(self, area: Area) -> list[tuple[object, float, dict[int, tuple]]]:
        """(compiled phrase, weight, ``candidates``) of the area's signals that are found, in order."""
        table = self._table
        if table is not None:
            cols = table.area_columns(area)
            if cols is not None:
                if self._screened is None:
                    self._screened = table.screen(self.units)
                screened = self._screened
                return [(c, w, screened[j]) for c, w, j in cols if screened[j]]
        out = []
        for sig in area.signals:
            c = compile_phrase(sig.phrase)
            found = self.candidates(c)
            if found:
                out.append((c, sig.weight, found))
        return out

    def candidates(self, c) -> dict[int, tuple]:
        """unit index → (match strength, character position in the unit, matched spans, judge) for phrase ``c``."""
        table = self._table
        if table is not None:
            j = table.column.get(c.phrase)
            if j is not None:
                if self._screened is None:
                    self._screened = table.screen(self.units)
                return self._screened[j]
        return self.candidates_plain(c)

    def candidates_plain(self, c) -> dict[int, tuple]:
        """``candidates`` one phrase at a time: the definition ``SignalTable.screen`` is tested against."""
        found: dict[int, tuple] = {}
        needle = f" {c.folded} "
        n = len(c.folded.split())
        text, starts = self.text, self.starts
        i = text.find(needle)
        while i >= 0:
            k = self.unit_at(i)
            if k not in found:
                u = self.units[k]
                sp = u.span_of(u.token_at(i - starts[k] + 1), n)
                found[k] = (1.0, sp[0], (sp,), "signal")
            i = text.find(needle, i + 1)
        # loose and fuzzy matching only where the phrase's words could all be
        words = {w for ws in c.words for w in ws}
        if len(c.words) < 2 and len(c.folded) < 12:
            return found  # a one-word phrase: the exact search is all there is
        need = max(2, int(0.6 * len(words) + 0.5))
        counts: Counter = Counter()
        postings = self.postings
        for syl in words:
            p = postings.get(syl)
            if p:
                counts.update(p)  # counted in C
        full = len(words)
        multi = len(c.words) >= 2  # match() tries the loose search only for phrases of two words or more
        long = len(c.folded) >= 12
        for k, n in counts.items():
            if n < need or k in found:
                continue
            # loose (any order) only where every word is present; fuzzy (typos) only when most are
            loose, fuzzy = n == full, long and n >= 0.75 * full
            if not ((loose and multi) or fuzzy):
                continue  # neither search would run: match() would say None
            r = match(c, self.units[k], exact=False, loose=loose, fuzzy=fuzzy)
            if r is not None:
                found[k] = r
        return found


class SignalTable:
    """The signal phrases of one reference, compiled once (``signal_table``).

    Each phrase needs syllables: all those of its folded text for an exact match, at least
    ``need`` of its words' syllables for a loose or fuzzy one. Each need is a column; ``screen``
    counts, for every unit and column at once, the column's syllables the unit holds (what
    ``Index.candidates_plain`` counts one phrase at a time), and searches only the (unit, phrase)
    pairs that can match — with the same searches, so the same results."""

    def __init__(self, ref: Reference) -> None:
        import numpy as np
        phrases = [c for c in (compile_phrase(p) for p in dict.fromkeys(s.phrase for a in ref.areas for s in a.signals))
                   if c.folded]  # an empty phrase is left to the plain path
        self.phrases = phrases
        self.column = {c.phrase: j for j, c in enumerate(phrases)}
        self.needles = [f" {c.folded} " for c in phrases]
        self.lengths = [len(c.folded.split()) for c in phrases]
        syllables: dict[str, int] = {}
        exact = [set(c.folded.split()) for c in phrases]
        words = [{w for ws in c.words for w in ws} for c in phrases]
        for group in exact + words:
            for syl in sorted(group):
                syllables.setdefault(syl, len(syllables))
        self.syllables = syllables
        self.vocabulary = frozenset(syllables)
        n = len(phrases)
        self.width = 2 * n
        # syllable → the columns that need it (exact columns 0..n-1, word columns n..2n-1), as CSR arrays
        uses: list[list[int]] = [[] for _ in syllables]
        for j in range(n):
            for x in exact[j]:
                uses[syllables[x]].append(j)
            for x in words[j]:
                uses[syllables[x]].append(n + j)
        self.degree = np.array([len(c) for c in uses], dtype=np.int64)
        self.first = np.concatenate([[0], np.cumsum(self.degree)[:-1]]).astype(np.int64)
        self.uses = np.array([j for c in uses for j in c], dtype=np.int64)
        self.need_exact = np.array([len(e) for e in exact], dtype=np.int64)
        full = np.array([len(w) for w in words], dtype=np.int64)
        self.full = full
        self.need = np.array([max(2, int(0.6 * len(w) + 0.5)) for w in words], dtype=np.int64)
        self.approx = np.array([not (len(c.words) < 2 and len(c.folded) < 12) for c in phrases], dtype=bool)
        self.multi = np.array([len(c.words) >= 2 for c in phrases], dtype=bool)
        self.long = np.array([len(c.folded) >= 12 for c in phrases], dtype=bool)
        self.loose_at = 0.75 * full  # float64, as the plain path compares
        self._areas: dict[int, tuple] = {}
        self._owners: dict[int, tuple] = {}  # see column_owners
        self._screen_cache: dict[tuple[str, str], tuple[tuple, tuple]] = {}  # see screen
        self._score_cache: dict[tuple, tuple] = {}  # see score_areas

    def area_columns(self, area: Area) -> list[tuple[object, float, int]] | None:
        """(compiled phrase, weight, column) of each of the area's signals; None when one of them is
        not in the table (an empty phrase: the plain path takes the area)."""
        hit = self._areas.get(id(area))
        if hit is None or hit[0] is not area:
            cols = []
            for sig in area.signals:
                c = compile_phrase(sig.phrase)
                j = self.column.get(c.phrase)
                if j is None:
                    cols = None
                    break
                cols.append((c, sig.weight, j))
            hit = self._areas[id(area)] = (area, cols)
        return hit[1]

    def column_owners(self, ref: Reference, cols: list) -> dict[int, list[tuple[int, int, object, float]]]:
        """Column → the (area, place in the area's signals, phrase, weight) of every signal of ``ref``
        using it (``cols``: ``area_columns`` of ``ref``'s areas in order), so a unit's scores touch the
        few columns it hit, not every column of every area. Kept per reference."""
        hit = self._owners.get(id(ref))
        if hit is None or hit[0] is not ref:
            owners: dict[int, list[tuple[int, int, object, float]]] = {}
            for a, area_cols in enumerate(cols):
                for pos, (c, w, j) in enumerate(area_cols):
                    owners.setdefault(j, []).append((a, pos, c, w))
            hit = self._owners[id(ref)] = (ref, owners)
        return hit[1]

    def _counts(self, held: list[int], cols: list[int]):
        """unit × column: how many of the column's syllables the unit holds. ``held``: per unit, how many
        table syllables it holds; ``cols``: those syllables, unit after unit. Counted with ``bincount``
        over the (unit, column) pairs: a few thousand pairs, where a dense product would be mostly zeros."""
        import numpy as np
        width = self.width
        cols_a = np.array(cols, dtype=np.int64)
        deg = self.degree[cols_a]
        total = int(deg.sum())
        # for each (unit, syllable), the columns using the syllable: CSR slices laid end to end
        at = np.repeat(self.first[cols_a] - (np.cumsum(deg) - deg), deg) + np.arange(total)
        unit = np.repeat(np.repeat(np.arange(len(held), dtype=np.int64), held), deg)
        flat = unit * width + self.uses[at]
        return np.bincount(flat, minlength=len(held) * width).reshape(len(held), width)

    def screen(self, units: list[Unit]) -> list[dict[int, tuple]]:
        """``Index.candidates_plain`` of every phrase (in ``phrases`` order) over ``units``.

        A unit's candidates are a function of its text and folded text alone (the searches read
        ``text``, ``folded``, ``padded``, ``bare`` and the token spans, never the unit's place), so
        they are kept per table and worked out (``_screen``) once per distinct clause: plans of one
        kind repeat many clauses word for word. Each dict is filled as ``_screen`` found them: exact
        matches unit by unit, then the loose and fuzzy ones."""
        n = len(self.phrases)
        found: list[dict[int, tuple]] = [{} for _ in range(n)]
        if not units or not n:
            return found
        cache = self._screen_cache
        per: list = []
        todo: dict[tuple[str, str], list[int]] = {}
        for k, u in enumerate(units):
            key = (u.text, u.folded)
            e = cache.get(key)
            per.append(e)
            if e is None:
                todo.setdefault(key, []).append(k)
        if todo:
            new = self._screen([units[ks[0]] for ks in todo.values()])
            make_room(cache, len(todo))  # a long stream of distinct clauses: stay bounded
            for (key, ks), e in zip(todo.items(), new):
                cache[key] = e
                for k in ks:
                    per[k] = e
        for k, (exact, _) in enumerate(per):
            for j, r in exact:
                found[j][k] = r
        for k, (_, approx) in enumerate(per):
            for j, r in approx:
                found[j][k] = r
        return found

    def _screen(self, units: list[Unit]) -> list[tuple[tuple, tuple]]:
        """Per unit: ((column, exact match) …, (column, loose or fuzzy match) …), columns ascending,
        for every unit at once (``_counts``)."""
        import numpy as np
        n = len(self.phrases)
        exact_of: list[list] = [[] for _ in units]
        approx_of: list[list] = [[] for _ in units]
        syllables, vocabulary = self.syllables, self.vocabulary
        cols: list[int] = []
        held: list[int] = []  # per unit: how many of the table's syllables it holds
        for u in units:
            got = vocabulary.intersection(u.syllables)
            held.append(len(got))
            cols.extend(map(syllables.__getitem__, got))
        counts = self._counts(held, cols)
        # exact: every syllable of the phrase in the unit, then the phrase itself (its first place)
        needles, lengths = self.needles, self.lengths
        ks, js = np.nonzero(counts[:, :n] == self.need_exact)
        for k, j in zip(ks.tolist(), js.tolist()):
            u = units[k]
            i = u.padded.find(needles[j])
            if i >= 0:
                sp = u.span_of(u.token_at(i + 1), lengths[j])
                exact_of[k].append((j, (1.0, sp[0], (sp,), "signal")))
        # loose (every word, any order) and fuzzy (most words): where the plain path would call match()
        got = counts[:, n:]
        whole = got == self.full
        many = got >= self.loose_at
        maybe = (got >= self.need) & self.approx & ((whole & self.multi) | (self.long & many))
        ks, js = np.nonzero(maybe)
        # per candidate pair, the searches match() is to try
        loose = whole[ks, js].tolist()
        fuzzy = (self.long[js] & many[ks, js]).tolist()
        phrases = self.phrases
        exact_js = [{j for j, _ in e} for e in exact_of]
        for k, j, lo, fz in zip(ks.tolist(), js.tolist(), loose, fuzzy):
            if j in exact_js[k]:
                continue
            r = match(phrases[j], units[k], exact=False, loose=lo, fuzzy=fz)
            if r is not None:
                approx_of[k].append((j, r))
        return [(tuple(e), tuple(a)) for e, a in zip(exact_of, approx_of)]


_TABLES: dict[int, SignalTable] = {}


def forget_clauses() -> None:
    """Empty every signal table's per-clause candidates and scores (``auditing.forget_clauses``)."""
    for table in _TABLES.values():
        table._screen_cache.clear()
        table._score_cache.clear()


def signal_table(ref: Reference) -> SignalTable:
    """One table per reference object, built on first use."""
    t = _TABLES.get(id(ref))
    if t is None or t.ref is not ref:
        if len(_TABLES) > 256:  # references built one after another (plans as references): keep it bounded
            _TABLES.clear()
        t = SignalTable(ref)
        t.ref = ref
        _TABLES[id(ref)] = t
    return t


@dataclass
class Hit:
    """One unit's best claim on an area: score (signal scale), matched spans inside the unit, judge."""
    score: float
    unit: Unit
    matched: tuple[tuple[int, int], ...] = ()
    judge: str = "signal"
    lazy: tuple = ()  # functions giving further matched spans (retrieval rows'), called only for evidence

    def spans(self) -> tuple[tuple[int, int], ...]:
        """All matched spans, merged (``matched`` is merged already; merging is associative)."""
        if not self.lazy:
            return self.matched
        return _merge(self.matched + tuple(sp for f in self.lazy for sp in f()))


def score_area(area: Area, units: list[Unit], index: Index | None = None) -> list[Hit]:
    """The signals judge: each unit's score for ``area`` from the area's listed phrases."""
    index = index or Index(units)
    per_unit: dict[int, list[tuple[float, str, tuple, str]]] = {}
    for c, w, found in index.signal_hits(area):
        for k, r in found.items():
            if units[k].names and _in_name(units[k], c, r) or _partner_role(units[k], r):
                continue
            per_unit.setdefault(k, []).append(_signal_value(c, w, r, units[k]))
    scored = []
    for k, hits in per_unit.items():
        u = units[k]
        sc, spans, how = _unit_score(hits, u)
        scored.append(Hit(sc, u, spans, how))
    scored.sort(key=lambda h: (-h.score, h.unit.span))
    return scored


def _signal_value(c, w: float, found: tuple, u: Unit) -> tuple[float, str, tuple, str]:
    """(value, folded phrase, matched spans, judge) of one phrase ``c`` of weight ``w`` found in ``u``."""
    strength, p, spans, how = found
    v = w * strength
    # a distinctive phrase commits wherever it stands; a generic one deep in a clause is a qualifier
    if w < 1.0 and ((p - u.actor_len > PASSING_AFTER and len(u.text) > 140)
                    or (p - u.actor_len > 40 and _QUALIFIER.search(u.text[max(0, p - 25):p]))):
        v *= PASSING_FACTOR
    elif p > u.actor_len and _CIRCUMSTANCE.search(u.text[max(u.actor_len, p - 60):p]):
        v *= PASSING_FACTOR
    elif w >= 0.7 and p - u.actor_len <= HEAD_CHARS:
        v *= HEAD_FACTOR  # the clause is about it: "Tạo lập và duy trì Góc ASEAN …"
    return v, c.folded, spans, how


def _unit_score(hits: list[tuple[float, str, tuple, str]], u: Unit) -> tuple[float, tuple, str]:
    """(score, merged matched spans, judge) of a unit from its phrases' values (``_signal_value``, in the
    area's signal order): the best, plus a bonus for further distinct phrases."""
    hits.sort(key=lambda h: (-h[0], h[1]))
    best = hits[0][0]
    others = {f for _, f, _, _ in hits[1:] if f != hits[0][1] and f not in hits[0][1]}
    bonus = min(0.5, sum(0.25 if v >= 0.5 else 0.1 for v, f, _, _ in hits[1:] if f in others and v >= 0.2))
    sc = min(1.5, best + bonus)
    if u.top_kind == SectionKind.PURPOSE.value:
        sc *= PURPOSE_FACTOR
    spans = tuple(sorted({sp for h in hits for sp in h[2]}))
    return sc, _merge(spans), hits[0][3]


def score_areas(ref: Reference, units: list[Unit], index: Index) -> list[list[Hit]]:
    """``score_area`` of every area of ``ref`` (in order), unit by unit.

    A unit's scores are a function of its text, folded text, opening actor's length, agencies' names and top
    section's kind (``_signal_value`` and ``_unit_score`` read nothing else; its candidates are
    ``SignalTable.screen``'s, a function of its texts), so they are kept per signal table and
    worked out once per distinct clause; only the clauses not seen before are screened. Each
    area's hits are sorted as ``score_area`` sorts them, by score then span: when two units share
    a span (which ``plan_units`` never makes) the order could differ, and ``score_area`` is used."""
    table = index._table
    if table is None or table.ref is not ref or len({u.span for u in units}) != len(units):
        return [score_area(a, units, index) for a in ref.areas]
    cols = [table.area_columns(a) for a in ref.areas]
    if any(c is None for c in cols):
        return [score_area(a, units, index) for a in ref.areas]
    cache = table._score_cache
    per: list = []
    todo: dict[tuple, list[int]] = {}
    for k, u in enumerate(units):
        key = (u.text, u.folded, u.actor_len, u.top_kind, u.names)
        e = cache.get(key)
        per.append(e)
        if e is None:
            todo.setdefault(key, []).append(k)
    if todo:
        firsts = [units[ks[0]] for ks in todo.values()]
        found = table.screen(firsts)
        by_unit: list[dict[int, tuple]] = [{} for _ in firsts]
        for j, d in enumerate(found):
            for k, r in d.items():
                by_unit[k][j] = r
        make_room(cache, len(todo))  # a long stream of distinct clauses: stay bounded
        owners = table.column_owners(ref, cols)
        for (key, ks), u, got in zip(todo.items(), firsts, by_unit):
            per_area: dict[int, list[tuple[int, object, float, tuple]]] = {}
            for j, r in got.items():
                if u.names and _in_name(u, table.phrases[j], r) or _partner_role(u, r):
                    continue
                for a, pos, c, w in owners.get(j, ()):
                    per_area.setdefault(a, []).append((pos, c, w, r))
            e = []
            for a in sorted(per_area):
                found_a = sorted(per_area[a], key=lambda x: x[0])  # the area's signal order, as score_area
                e.append((a,) + _unit_score([_signal_value(c, w, r, u) for _, c, w, r in found_a], u))
            e = cache[key] = tuple(e)
            for k in ks:
                per[k] = e
    out: list[list[Hit]] = [[] for _ in cols]
    for u, e in zip(units, per):
        for a, sc, spans, how in e:
            out[a].append(Hit(sc, u, spans, how))
    for scored in out:
        scored.sort(key=lambda h: (-h.score, h.unit.span))
    return out


def _merge(spans) -> tuple[tuple[int, int], ...]:
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return tuple((a, b) for a, b in out)


def retrieval_score(ratio: float, th: dict) -> float:
    """A retrieval ratio on the signals' scale: below ``partial`` nothing; ``partial`` → PARTIAL;
    ``covered`` → COVERED; linear between."""
    lo, hi = th["retrieval_partial"], th["retrieval_covered"]
    if ratio < lo:
        return 0.0
    if ratio >= hi:
        return COVERED + min(0.3, (ratio - hi) * 0.3)
    return PARTIAL + (COVERED - PARTIAL) * (ratio - lo) / (hi - lo)


def retrieval_rows(ref: Reference, units: list[Unit], min_rank: float = 0.0) -> dict[str, list]:
    """The retrieval judge's raw rows per area: [(ratio, unit index, matched spans, rank)], those ranked
    below ``min_rank`` left out (``retrieval_hits`` with ``retrieval_rank`` >= min_rank reads the same)."""
    from .retrieval import retriever_for
    return retriever_for(ref).score_units(unnamed(units), min_rank)


_NAME_FILLER = "·"  # a syllable no area's document holds: a name's words weigh nothing, and keep their places


def unnamed(units: list[Unit]) -> list[Unit]:
    """``units`` with the syllables of a task table's lead and support names in them (``Unit.cells``)
    blanked, for the retrieval judge: "Trung tâm Xúc tiến Thương mại tỉnh" in a support cell is who
    helps, and its words must not make the row about trade promotion. A blanked syllable keeps its
    place, so the judge's matched spans still point into the clause's text."""
    out = []
    for u in units:
        syl = list(u.syllables)
        if not u.cells or len(u.tokens) != len(syl):  # (a text whose tokens the folding does not keep one for one)
            out.append(u)
            continue
        for n, (x, y) in enumerate(u.tokens):
            if any(a <= x and y <= b for a, b in u.cells):
                syl[n] = _NAME_FILLER
        out.append(Unit(u.text, u.span, u.section, u.top_kind, u.role, u.actor_len, u.line, " ".join(syl), u.names,
                        u.cells))
    return out


def retrieval_hits(rows: list, units: list[Unit], th: dict) -> list[Hit]:
    """One area's retrieval rows on the signals' scale (purposes count half, as for signals)."""
    hits = []
    for ratio, k, spans, rank in rows:
        if rank < th["retrieval_rank"]:
            continue  # the clause is about another area more than this one
        u = units[k]
        sc = retrieval_score(ratio, th)
        if u.top_kind == SectionKind.PURPOSE.value:
            sc *= PURPOSE_FACTOR
        if sc > 0:
            hits.append(Hit(sc, u, (), "retrieval", (spans,)) if callable(spans)
                        else Hit(sc, u, _merge(spans), "retrieval"))
    return hits


def verdict(area: Area, scored: list[Hit], topic_present: bool, insufficient: bool = False,
            other_topic: bool = False) -> str:
    """``other_topic``: the plan is another topic's (its title names that one, it does not implement the
    reference): its work on an area about the reference's topic only touches it (the 1759 sample's gold)."""
    best = scored[0].score if scored else 0.0
    if area.topic_bound and not topic_present:
        status = "partial" if best >= OFF_TOPIC_PARTIAL else "missing"
    else:
        status = "covered" if best >= COVERED else ("partial" if best >= PARTIAL else "missing")
        if status == "covered" and other_topic and area.topic_bound:
            status = "partial"
    if status == "missing" and insufficient:
        status = "insufficient"
    return status


def combine(signal: list[Hit], retrieved: list[Hit], th: dict) -> list[Hit]:
    """Per unit, the better judge's claim, raised when the other judge agrees on the same unit."""
    by: dict[tuple, Hit] = {h.unit.span: h for h in signal}
    for r in retrieved:
        s = by.get(r.unit.span)
        if s is None:
            by[r.unit.span] = r
            continue
        hi, lo = (s, r) if s.score >= r.score else (r, s)
        score = min(1.5, hi.score + th["agree_bonus"] * lo.score)
        by[r.unit.span] = Hit(score, hi.unit, _merge(s.matched + r.matched), hi.judge, s.lazy + r.lazy)
    return sorted(by.values(), key=lambda h: (-h.score, h.unit.span))


# A text is too short to judge when its clauses hold fewer than MIN_WORDS words (about three
# ordinary sentences: a plan's single task runs 20-40 words, and the shortest real report of a
# plan we have seen that lists its content runs ~120), or when it only reports that a plan was
# issued: fewer than MIN_CLAUSES clauses besides the sentence that names the plan. Found areas
# keep their verdict; an area not found is then `insufficient`, not `missing`.
MIN_WORDS = 60
MIN_CLAUSES = 3
_REPORTING = re.compile(r"(?:ban hành|vừa có|đã có)\s+(?:Kế hoạch|Quyết định|Chương trình)|(?:Kế hoạch|Quyết định)\s+số\s+\d", re.I)


# a word each branch of _REPORTING needs (lower case; none of their letters has a special case fold):
# a clause without any of them cannot match, and most clauses have none
_REPORTING_WORDS = ("ban", "vừa", "đã", "kế", "quyết")


def _reporting(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _REPORTING_WORDS) and _REPORTING.search(text) is not None


def insufficiency(plan, units: list[Unit]) -> dict | None:
    """``{"key", "params"}`` when the text is too short or too reported to judge; else None.

    One pass over the clauses, stopped as soon as both counts are enough: the words of the body's
    clauses (bare headings such as "KINH PHÍ" left out) and its content clauses (six words or more,
    not reporting a plan). A text that runs out first has the full count of the one it lacks
    (``insufficiency_plain`` is the definition, tests/test_audit_fast.py)."""
    words = 0
    content = 0  # counted up to MIN_CLAUSES
    for u in units:
        n = len(u.text.split())
        if n >= 6:
            if content < MIN_CLAUSES and not _reporting(u.text):
                content += 1
        elif u.role == "heading":
            continue
        words += n
        if content >= MIN_CLAUSES and words >= MIN_WORDS:
            return None
    if words < MIN_WORDS:
        return {"key": "insufficient.short", "params": {"words": words, "min": MIN_WORDS}}
    return {"key": "insufficient.reported", "params": {"units": content, "min": MIN_CLAUSES}}


def judge(ref: Reference, plan, topic_present: bool, units: list[Unit] | None = None,
          thresholds: dict | None = None, use_retrieval: bool = True, insufficient: bool = False,
          other_topic: bool = False) -> list[AreaResult]:
    th = {**THRESHOLDS, **(thresholds or {})}
    units = audit_units(plan) if units is None else units
    index = Index(units, ref)
    rows = retrieval_rows(ref, units, th["retrieval_rank"]) if use_retrieval and units else {}
    out = []
    for area, signal in zip(ref.areas, score_areas(ref, units, index)):
        scored = combine(signal, retrieval_hits(rows.get(area.id, []), units, th), th)
        best = scored[0].score if scored else 0.0
        status = verdict(area, scored, topic_present, insufficient, other_topic)
        ev = []
        if status in ("covered", "partial"):
            seen = set()
            for h in scored[:6]:
                if h.score < PARTIAL or h.unit.span in seen:
                    continue
                seen.add(h.unit.span)
                u = h.unit
                ev.append(Evidence(section=u.section, text=u.text, span=u.span, page=plan.page_of(u.span[0]),
                                   matched=h.spans(), judge=h.judge, score=round(min(h.score, 1.5) / 1.5, 3)))
                if len(ev) == 3:
                    break
        out.append(AreaResult(id=area.id, title=area.title, status=status, score=round(min(best, 1.5) / 1.5, 3),
                              evidence=tuple(ev), tag=area.tag, title_en=area.title_en,
                              looked_for=looked_for(area) if status in ("missing", "insufficient") else (),
                              judge=ev[0].judge if ev else None))
    return out


def looked_for(area: Area) -> tuple[str, ...]:
    """What a missing area was searched for: its signals, then the words the retrieval judge weighs."""
    hit = _LOOKED_FOR.get(id(area))
    if hit is not None and hit[0] is area:
        return hit[1]
    from .retrieval import area_document
    words = list(dict.fromkeys(area_document(area).title_words))
    listed = {fold_phrase(s.phrase) for s in area.signals}
    out = tuple(s.phrase for s in area.signals) + tuple(w for w in words if w not in listed)
    if len(_LOOKED_FOR) > 4096:
        _LOOKED_FOR.clear()
    _LOOKED_FOR[id(area)] = (area, out)
    return out


_LOOKED_FOR: dict[int, tuple[Area, tuple[str, ...]]] = {}  # per area object: worked out once


def topic_mentions(ref: Reference, plan) -> int:
    if not ref.topic:
        return 10**6
    body = folded_text(plan.text)
    return sum(_count_words(body, fold_phrase(t)) for t in ref.topic)


def _count_words(body: str, phrase: str) -> int:
    r"""``len(re.findall(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", body))`` in a folded text (words
    of word characters, one space between them) for a folded phrase: found with ``str.find``."""
    if not phrase:
        return len(re.findall(r"(?<!\w)(?!\w)", body))
    n, size, end = 0, len(phrase), len(body)
    i = body.find(phrase)
    while i >= 0:
        j = i + size
        if (i == 0 or body[i - 1] == " ") and (j == end or body[j] == " "):
            n += 1
            i = body.find(phrase, j)
        else:
            i = body.find(phrase, i + 1)
    return n
