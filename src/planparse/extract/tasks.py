"""Tasks: numbered Arabic items of content/tasks/forms sections, with lead, support and timeframe.

Lead, in order of evidence: a ``Đơn vị chủ trì:`` field; ``X là đầu mối``; an agency that opens
the task as its actor. Support: ``Đơn vị phối hợp:``, ``phối hợp với X``, and ``Đơn vị thực
hiện:`` when a separate lead is named (else that field names the lead).
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..layout.outline import arabic_top_level_is_skeleton as _skeleton
from ..layout.outline import classify_kind, numbered_item
from ..model import Agency, SectionKind, Task, Timeframe
from ..structure import Structure
from .agencies import (_ASSIGNING, find_all, heading_agencies, opening_agencies, opens_name, phrase_end, request_end,
                       split_list, _key, _rstrip)
from .common import lower_as_re
from .fields import inline_fields, line_fields
from .temporal import listed_window, parse_temporal

ATTRIBUTE_TITLE = re.compile(r"^(?:Đối tượng|Thời gian|Kinh phí|Nguồn kinh phí|Địa điểm|Phạm vi|Tiến độ|Thời hạn|Thành phần)\b", re.I)
TASK_KINDS = {SectionKind.CONTENT, SectionKind.TASKS, SectionKind.FORMS}
NON_TASK_KINDS = {SectionKind.PURPOSE, SectionKind.ORGANIZATION, SectionKind.BUDGET, SectionKind.REPORTING,
                  SectionKind.AUDIENCE, SectionKind.TIMELINE}
_FOCAL = re.compile(r"\s+(?:là|làm)\s+(?:cơ quan\s+|đơn vị\s+)?đầu mối", re.I)
# "phối hợp với X": the words that name a partner after them (crossref reads them too)
WITH_PARTNER = r"phối hợp\s+(?:chặt chẽ\s+)?(?:với|cùng)\s+"
# a partner named, or a name right after "phối hợp" ("phối hợp Trung tâm X"; ``with``: said with "với")
_COOP = re.compile(r"phối hợp\s+(?:chặt chẽ\s+)?(?:(?P<with>với|cùng)\s+|(?=(?-i:[A-ZĐ]))(?!(?-i:[A-ZĐ]\w*\s*:)))", re.I)
_COOP_AFTER = re.compile(r"[\s,]*(?:cùng\s+)?" + WITH_PARTNER)
# a "phối hợp" that names no partner after it
_BARE_COOP = re.compile(r"phối hợp(?!\w)(?!\s+(?:chặt chẽ\s+)?(?:với|cùng)(?!\w))")
# the agencies opening a sentence say they only work with others: "Ban X, Đồn Y và Phòng Z phối hợp theo dõi …"
# ("Y phối hợp với X tổ chức …" names Y first as the actor: Y leads, X supports — spec § tasks, and the
# annotators of sets 5-14; only a "phối hợp" that names no partner makes the agencies before it support)
_COOPERATES = re.compile(r"[\s,]*(?:cùng\s+)?" + _BARE_COOP.pattern)
# a role in brackets after a name: "Phòng X (đơn vị chủ trì)", "Sở Y, Sở Z (phối hợp)"
_ROLE_MARK = r"\((?:là\s+)?(?:đơn vị|cơ quan)?\s*{}\)"
_CHAIR_MARK = re.compile(r"\s*" + _ROLE_MARK.format("chủ trì"))
_SUPPORT_MARK = re.compile(r"\s*" + _ROLE_MARK.format("phối hợp"))
# "… do Trung tâm X chủ trì thực hiện", "giao cho Phòng Y chủ trì …": the one in charge after the task it is given
_PASSIVE = re.compile(r"(?<!\w)(?:[Dd]o|[Gg]iao cho)\s+(?=[A-ZĐ])")
_PASSIVE_CHAIRS = re.compile(r"[\s,]*chủ trì(?:\s*[.;]|\s*,\s*phối hợp|\s+(?:thực hiện|triển khai|tổ chức|tham mưu)(?!\w))")
_NOT_AN_AGENCY = re.compile(r"một trong|nhau\b")
# a role word that ends the lead named in a field's value ("Phòng X chủ trì, phối hợp với …")
_VALUE_ROLE = re.compile(r"[\s,;]+(?:chủ trì|phối hợp)(?!\w)", re.I)  # "phối hợp với nhau", "… với một trong …"


def arabic_top_level_is_skeleton(sections) -> bool:
    """``1. MỤC ĐÍCH, YÊU CẦU`` … ``4. TỔ CHỨC THỰC HIỆN``: the plan's parts numbered 1. 2. 3.
    (see :func:`planparse.layout.outline.arabic_top_level_is_skeleton`)."""
    return _skeleton([(s.label, s.title) for s in sections if s.level == 1])


def task_sections(st: Structure):
    """The sections that are tasks, per the spec."""
    roman = any(s.level == 1 and not numbered_item(s.label) for s in st.sections)
    arabic_parts = not roman and arabic_top_level_is_skeleton(st.sections)
    has_roman = roman or arabic_parts
    by_id = {s.id: s for s in st.sections}
    out = []
    for s in st.sections:
        if ATTRIBUTE_TITLE.match(s.title):
            continue
        if not numbered_item(s.label):
            # parts numbered 1. 2. 3.: "their items are the tasks" (spec § tasks), whatever their label;
            # the items of a part written ``a)`` … ``h)`` stand where a Roman part's ``1.`` … ``8.`` do
            if arabic_parts and s.parent and by_id[s.parent].level == 1 \
                    and by_id[s.parent].kind in TASK_KINDS:
                out.append(s)
            continue
        top = s
        attribute_branch = False
        while top.parent:
            top = by_id[top.parent]
            if top.parent and ATTRIBUTE_TITLE.match(top.title):
                attribute_branch = True  # ``1. Thời gian, đối tượng kiểm tra`` / ``1.1. Đợt 1: …``
        if attribute_branch:
            continue
        if has_roman:
            if top is s or _part_kind(s, by_id) not in TASK_KINDS:
                continue
        elif top.kind in NON_TASK_KINDS:
            continue
        out.append(s)
    return out


def _part_kind(s, by_id):
    """The kind of the part a section belongs to: its deepest Roman/Phần ancestor (``A.II`` under a
    capital-letter top), else its level-1 ancestor."""
    chain = []
    t = s
    while t.parent:
        t = by_id[t.parent]
        chain.append(t)
    top = chain[-1] if chain else s
    for a in chain:
        if a is not top and not numbered_item(a.label):
            k = classify_kind(a.title)
            if k != SectionKind.OTHER:
                return k
    return top.kind


def extract_tasks(text: str, st: Structure, aliases: dict[str, str]) -> list[Task]:
    tsecs = task_sections(st)
    task_ids = {s.id for s in tsecs}
    child_start: dict[str, int] = {}
    for c in st.sections:
        if c.parent and c.id in task_ids:
            child_start[c.parent] = min(child_start.get(c.parent, c.span[0]), c.span[0])
    starts = [ln.start for ln in st.lines]
    low = lower_as_re(text) if tsecs else None
    tasks = []
    for s in tsecs:
        # own region: heading up to the first child task (lettered children belong to the task)
        region = (s.span[0], child_start.get(s.id, s.span[1]))
        tasks.append(_task(text, st, s, region, aliases, starts, low))
    return tasks


def _task(text: str, st: Structure, s, region, aliases, starts=None, low: str | None = None) -> Task:
    lead: list[Agency] = []
    support: list[Agency] = []
    doers: list[Agency] = []
    timeframe = None
    i = bisect_left(starts, region[0]) if starts is not None else 0
    lines = []
    all_lines = st.lines
    for k in range(i, len(all_lines)):  # (not a copy of the list's tail per task)
        ln = all_lines[k]
        if ln.start >= region[1]:
            break
        if region[0] <= ln.start and ln.end <= region[1]:
            lines.append(ln)
    buckets = {"lead": lead, "support": support, "doer": doers}
    for ln in lines:
        if ln.kind == "field":
            fields = line_fields(text, ln.rest_start, ln.end)
        else:  # a role note in brackets: "1. Tuyên truyền … (Chủ trì: Sở X; phối hợp: Sở Y; thời gian: Quý II)"
            fields = inline_fields(text, ln)
        for kind, vs, ve in fields:
            if kind != "time":
                if kind in ("lead", "doer"):  # "Phòng X chủ trì, phối hợp với Y": the partner is read as support
                    cut = _VALUE_ROLE.search(text, vs, ve)
                    ve = _rstrip(text, vs, cut.start()) if cut and cut.start() > vs else ve
                vs = request_end(text, vs, ve)
                got = split_list(text[vs:ve], base=vs, aliases=aliases)
                buckets[kind].extend(_with_written(text, vs, ve, got))
            elif timeframe is None:
                got = parse_temporal(text[vs:ve], time_context=True, base=vs)
                # the windows listed make one; else the first (a month of every year is none: "tháng 8 hằng năm")
                w = listed_window(got, text) or next((t for t in got if t.kind == "period" and t.recurrence is None), None)
                if w:
                    timeframe = Timeframe(text=w.text, start=w.start, end=w.end, span=w.span)
    if doers:
        (support if lead else lead).extend(doers)
    cooperating: list[Agency] = []
    if not lead:
        lead = _focal(text, lines, low)
    if not lead:
        lead = _opening_actor(text, lines, aliases, s.title)
        if lead and lead[-1].span and all(a.collective for a in lead):
            # "Các phòng, ban liên quan phối hợp với Phòng X giới thiệu …": the offices at large work with
            # the one office named, which is in charge (a named partner of a collective leads it)
            w = _COOP_AFTER.match(text, lead[-1].span[1])
            if w:
                e = phrase_end(text, w.end(), lines[-1].end)
                named = [a for a in split_list(text[w.end():e], base=w.end(), aliases=aliases) if not a.collective]
                if named:
                    cooperating, lead = lead, named
        if lead and lead[-1].span and _COOPERATES.match(text, lead[-1].span[1]):
            # "Y phối hợp …": Y, named first, works with the one in charge where the task names one;
            # alone ("UBMTTQ huyện và các đoàn thể phối hợp tuyên truyền") they are the ones who do it
            cooperating, lead = lead, []
    if not lead:
        lead = _chairing(text, lines, aliases, low)
    marked = _marked_chair(text, lines)
    if marked:
        keys = {_key(a.name) for a in marked}
        support.extend(a for a in lead if _key(a.name) not in keys)
        lead = marked
    if cooperating:
        if lead:
            support.extend(cooperating)
        else:
            lead = cooperating
    support.extend(_cooperation(text, lines, aliases, low))
    lead = _dedupe(lead)
    lead_keys = {_key(a.name) for a in lead}
    support = [a for a in _dedupe(support) if _key(a.name) not in lead_keys]
    return Task(id=s.id, title=s.title, lead=tuple(lead), support=tuple(support), timeframe=timeframe,
                section=s.id, span=s.span)


_WRITTEN = re.compile(r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][^.;:!?\n]{2,80}")
_PIECE = re.compile(r"[^;]+")


def _with_written(text: str, vs: int, ve: int, got: list[Agency]) -> list[Agency]:
    """``got`` (the agencies found in a role field's value) and, for each ``;``-separated piece of the
    value where no name rule found one (``Chủ trì: Tổ Kiểm tra liên ngành xã``), the piece as
    written: the field says it is an agency in charge. Only a short capitalised phrase counts."""
    out = list(got)
    for m in _PIECE.finditer(text, vs, ve):
        if any(a.span and m.start() <= a.span[0] < m.end() for a in got):
            continue
        v = m.group(0).strip(" .,")
        if not _WRITTEN.fullmatch(v) or len(v.split()) > 12:
            continue
        k = text.find(v, m.start(), m.end())
        out.append(Agency(name=v, text=v, canonical=False, span=(k, k + len(v))))
    return sorted(out, key=lambda a: a.span[0] if a.span else 0) if len(out) > len(got) else out


def _focal(text: str, lines, low: str | None = None) -> list[Agency]:
    """``low``: ``lower_as_re(text)``; a task none of whose lines holds ``đầu mối`` is not read line by line."""
    if low is not None and lines and low.find("đầu mối", lines[0].start, lines[-1].end) < 0:
        return []  # every _FOCAL match ends with those words (lower_as_re lower-cases as re.I compares)
    for ln in lines:
        for m in _FOCAL.finditer(text, ln.start, ln.end):
            # the actor opening the line, whole ("Ban Tuyên giáo Tỉnh đoàn là đầu mối", not its "Tỉnh đoàn";
            # "- Phòng Quản lý Du lịch là đầu mối", a name no rule spells)
            got = opening_agencies(text, ln.rest_start if ln.kind == "bullet" else ln.start, ln.end)
            if got and got[-1].span and got[-1].span[1] == m.start():
                return got[-1:]
            hits = [a for s, e, a in find_all(text, ln.start, m.start()) if e == m.start()]
            if hits:
                return [hits[-1]]
    return []


def _opening_actor(text: str, lines, aliases, title: str | None = None) -> list[Agency]:
    if not lines:
        return []
    head = lines[0]
    got = opening_agencies(text, head.rest_start, head.end, aliases)
    if got:
        return got
    named = heading_agencies(text, head.rest_start, head.end, aliases, strict=True)
    if named and not text[named[1]:head.end].strip():
        # a heading that is just an agency (``1. Sở Thông tin và Truyền thông:``) over its duties as
        # bullets: the agency is the actor of each
        return named[0]
    body = _after_title(text, head, title)
    if body is not None:  # the body's first sentence on the heading's line: its opening agency acts
        got = opening_agencies(text, body, head.end, aliases)
        if got:
            return got
    # a run-in heading: "1. Tuyên truyền trên báo chí: Báo X, Đài Y chủ trì, phối hợp với …"
    colon = text.find(":", head.rest_start, min(head.end, head.rest_start + _RUN_IN_TITLE))
    if colon > 0:
        got = opening_agencies(text, colon + 1, head.end, aliases)
        if got and got[-1].span and _CHAIRS.match(text, got[-1].span[1], head.end):  # (not "Chủ đầu tư: Công ty X")
            return got
    for ln in lines[1:]:
        if ln.kind in ("field", "letter"):
            return []
        return opening_agencies(text, ln.rest_start if ln.kind == "bullet" else ln.start, ln.end, aliases)
    return []


_SENTENCE_GAP = re.compile(r"[.!?]\s+")
_CLAUSE_GAP = re.compile(r"[.!?;]\s+|chủ trì\s*,\s+(?=(?-i:[A-ZĐ]))")  # ("X chủ trì, Y phối hợp lồng ghép …")
_MARK_OR_CLAUSE = re.compile(_ROLE_MARK.format("chủ trì") + r"\s*[,;]?\s*|[.!?;:]\s+")
_LIST_GOES_ON = re.compile(r"\s*(?:,|và)\s+(?=(?-i:[A-ZĐ]))")
_CHAIRS = re.compile(r"[\s,]*chủ trì(?!\w)")
_OPEN_BRACKET = re.compile(r"\(\s*")
_DASH_CLAUSE = re.compile(r"\s[-–—]\s+(?=(?-i:[A-ZĐ]))")


def _chairing(text: str, lines, aliases, low: str | None = None) -> list[Agency]:
    """The actors of ``X chủ trì, phối hợp với …`` anywhere in the task: a sentence further down the
    body (after a paragraph saying what the task is) that opens with agencies followed by
    ``chủ trì`` names its lead as a first line would. Lettered items are no tasks of their own: each
    that names who chairs it adds to the task's lead (``a) Tuyên truyền …: Công chức Văn hóa - Xã hội
    chủ trì, …``; ``b) … Ủy ban MTTQ xã chủ trì …``). ``low`` as in :func:`_cooperation`."""
    if low is not None and lines and low.find("chủ trì", lines[0].start, lines[-1].end) < 0 \
            and low.find("giao", lines[0].start, lines[-1].end) < 0:
        return []
    out: list[Agency] = []
    for k, ln in enumerate(lines):
        if ln.kind == "field":
            continue
        starts = []
        actor_starts = set()  # where a lettered item's actor would stand: its text, or after its run-in title
        if k:  # (on the heading's own line only a bracket after its title names who does it)
            starts.append(ln.rest_start if ln.kind in ("bullet", "letter") else ln.start)
            starts += [m.end() for m in _SENTENCE_GAP.finditer(text, ln.start, ln.end)]
            if ln.kind == "letter":  # a run-in title: "a) Tuyên truyền trên hệ thống truyền thanh: X chủ trì, …"
                actor_starts.add(ln.rest_start)
                colon = text.find(": ", ln.rest_start, min(ln.end, ln.rest_start + _RUN_IN_TITLE))
                if colon > 0:
                    starts.append(colon + 2)
                    actor_starts.add(colon + 2)
        # a bracket that names who does it: "… tại trụ sở các cơ quan (Trung tâm X chủ trì, phối hợp với Y)."
        starts += [m.end() for m in _OPEN_BRACKET.finditer(text, ln.start if k else ln.rest_start, ln.end)]
        # or a clause after a dash at its end: "… trong quý I/2020 – Phòng Quản lý Thương mại chủ trì, phối hợp …"
        starts += [m.end() for m in _DASH_CLAUSE.finditer(text, ln.start if k else ln.rest_start, ln.end)]
        # or the one it is given to after the task: "Việc tuyên truyền do Trung tâm X chủ trì thực hiện"
        # (not in a bracket that says who made something else: "(chương trình do VTV chủ trì sản xuất)")
        passive = {m.end() for m in _PASSIVE.finditer(text, ln.start if k else ln.rest_start, ln.end)
                   if text.rfind("(", ln.start, m.start()) <= text.rfind(")", ln.start, m.start())}
        starts += sorted(passive)
        for st in starts:
            got = opening_agencies(text, st, ln.end, aliases)
            # "X chủ trì, …", or a sentence that gives the task to X ("Giao Trung tâm Y thực hiện …")
            if st in passive and not (got and got[-1].span and _PASSIVE_CHAIRS.match(text, got[-1].span[1], ln.end)):
                continue  # "do X chủ trì sản xuất": X made the thing the task uses, it does not lead the task
            if got and got[-1].span and (_CHAIRS.match(text, got[-1].span[1], ln.end)
                                         or k and _ASSIGNING.match(text, _skip_marks(text, st, ln.end))):
                if ln.kind != "letter":
                    return out + got
                out += got
                break
            if got and st in actor_starts:
                out += got  # a lettered item that opens with its actor ("đ) …: Trường THCS X lồng ghép …")
                break
    return out


# the longest run-in title before its colon
_RUN_IN_TITLE = 160


def _skip_marks(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " -+":
        pos += 1
    return pos


def _after_title(text: str, head, title: str | None) -> int | None:
    """Where a second sentence starts on the heading's own line, after the title (the heading's first
    sentence): a copy that ran the heading and the paragraph under it into one line (a PDF line that
    wrapped both) puts the actor there, as a separate line would (``3. Tập huấn …. Phòng X chủ trì, …``).
    None when the line holds the title alone or does not open with it."""
    if not title or not text.startswith(title, head.rest_start):
        return None
    m = _SENTENCE_GAP.match(text, head.rest_start + len(title), head.end)
    return m.end() if m and m.end() < head.end else None


def _cooperation(text: str, lines, aliases, low: str | None = None) -> list[Agency]:
    """``low``: ``lower_as_re(text)``; a task none of whose lines holds ``phối hợp`` is not read line by line."""
    if low is not None and lines and low.find("phối hợp", lines[0].start, lines[-1].end) < 0:
        return []  # every _COOP match opens with those words (lower_as_re lower-cases as re.I compares)
    out = []
    for ln in lines[1:]:
        if ln.kind == "field":
            continue
        # a clause that opens with agencies working with the one in charge: "Công an huyện chịu trách nhiệm
        # chính; BCH Quân sự huyện, Đồn Biên phòng X và Phòng Y phối hợp theo dõi …" (only where a
        # "phối hợp" names no partner after it: most say "phối hợp với …")
        bare = _BARE_COOP.search(text, ln.start, ln.end)
        for at in [ln.rest_start if ln.kind == "bullet" else ln.start] + \
                [m.end() for m in _CLAUSE_GAP.finditer(text, ln.start, ln.end)] if bare else ():
            got = opening_agencies(text, at, ln.end, aliases)
            if got and got[-1].span and _COOPERATES.match(text, got[-1].span[1]):
                out.extend(got)
        # "X (chủ trì), Y, Z (phối hợp) biên soạn …": the names a bracket marks as partners
        for m in _SUPPORT_MARK.finditer(text, ln.start, ln.end) if "phối hợp)" in text[ln.start:ln.end] else ():
            stops = [x.end() for x in _MARK_OR_CLAUSE.finditer(text, ln.start, m.start())]
            lo = stops[-1] if stops else ln.rest_start
            out.extend(a for a in split_list(text[lo:m.start()], base=lo, aliases=aliases))
    for ln in lines:
        if ln.kind == "field":
            # a lead's or doer's field that says whom it works with ("Đơn vị thực hiện: Phòng X chủ trì,
            # phối hợp với UBND quận Y"): the partner is support; a support field is read as a field
            spans = [(vs, ve) for kind, vs, ve in line_fields(text, ln.rest_start, ln.end) if kind in ("lead", "doer")]
        else:
            spans = [(ln.start, ln.end)]
        for lo, hi in spans:
            for m in _COOP.finditer(text, lo, hi):
                s = m.end()
                if _NOT_AN_AGENCY.match(text[s:s + 12]):
                    continue
                if m.group("with") is None and not opens_name(text[s:s + 80]):
                    continue  # "phối hợp" and a name without "với": only where a name opens there
                e = phrase_end(text, s, hi)
                mark = _CHAIR_MARK.search(text, s, hi)
                if mark and mark.start() <= e:
                    e = mark.start()  # "(đơn vị chủ trì)": the one in charge (``_marked_chair``), not a partner
                    more = _LIST_GOES_ON.match(text, mark.end(), hi)
                    if more:  # "… với Phòng X (cơ quan chủ trì) và Ban Y biên soạn …": Ban Y is a partner too
                        e2 = phrase_end(text, more.end(), hi)
                        out.extend(split_list(text[more.end():e2], base=more.end(), aliases=aliases))
                close = text.find(")", s, e)
                if close >= 0 and text.find("(", s, close) < 0:
                    e = close  # the end of the bracket the partners are named in
                out.extend(split_list(text[s:e], base=s, aliases=aliases))
    return out


_LEADS_TO_NAME = re.compile(r"(?:(?<!\w)(?:với|cùng|và|do)|[,;:(])\s+")  # ("và" may be inside the name: tried in turn)


def _marked_chair(text: str, lines) -> list[Agency]:
    """The agency a bracket right after its name marks as in charge (``Phòng X (đơn vị chủ trì)``)."""
    for ln in lines:
        if ln.kind == "field" or text.find("chủ trì)", ln.start, ln.end) < 0:
            continue
        for m in _CHAIR_MARK.finditer(text, ln.start, ln.end):
            # the name just before the bracket: from the word that leads to it ("với", "cùng", a comma)
            lead_in = [x.end() for x in _LEADS_TO_NAME.finditer(text, max(ln.start, m.start() - 150), m.start())]
            for lo in reversed(lead_in or [ln.start]):
                hits = [a for a in split_list(text[lo:m.start()], base=lo) if a.span and a.span[1] == m.start()]
                if hits:
                    return hits[-1:]
    return []


def _dedupe(items: list[Agency]) -> list[Agency]:
    seen, out = set(), []
    for a in items:
        k = _key(a.name)
        if k not in seen:
            seen.add(k)
            out.append(a)
    return out
