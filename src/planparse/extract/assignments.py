"""Assignments: each agency given duties in the organization section, with those duties.

An agency is assigned by a heading that names it (``2. Sở Ngoại vụ``), by ``Giao X`` /
``Đề nghị X, Y và Z`` / ``yêu cầu X`` (one assignment per agency), or by a paragraph or
bullet that opens with it. The closing ``Trên đây là …`` paragraph assigns nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from rapidfuzz import fuzz

from ..layout.outline import classify_kind
from ..lexicon import load_yaml
from ..model import Agency, Assignment, SectionKind
from ..structure import Structure
from .agencies import _key, heading_agencies, opening_agencies, phrase_end, split_list
from .people import person_at, person_heading

_ASSIGN_VERB = re.compile(r"(?:^|(?<=,\s)|(?<=\.\s))(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu|[Cc]hỉ đạo)\s+(?=\S)")
# what every _ASSIGN_VERB match holds in its first 8 characters: one that starts before 120 (the
# only kind used) is seen in a line's first 128 characters, and a long line without one is not scanned
_ASSIGN_OPEN = re.compile(r"(?:^|(?<=,\s)|(?<=\.\s))(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu|[Cc]hỉ đạo)\s")
_STOP = re.compile(r"\s(?:trên địa bàn|trong phạm vi|căn cứ|theo chức năng|theo thẩm quyền|khẩn trương|nghiêm túc|chủ động)\b|:", re.I)
_ORGANIZATION = re.compile(r"(?<!\w)(?:" + "|".join(
    re.escape(p) for p in load_yaml("section_kinds.yaml")["organization"]) + r")(?!\w)", re.I)


def _assigns(s) -> bool:
    """Whether a level-1 section is the plan's organization part, where agencies are assigned (spec §
    assignments): of that kind, or a reporting part whose title also names it (``BÁO CÁO VÀ TỔ CHỨC
    THỰC HIỆN``). A part on reporting alone (``4. CHẾ ĐỘ BÁO CÁO``) says who reports, not who is assigned."""
    return s.kind == SectionKind.ORGANIZATION or (s.kind == SectionKind.REPORTING and bool(_ORGANIZATION.search(s.title)))


def _lines_within(st: Structure, starts: list[int], lo: int, hi: int) -> list:
    """``[ln for ln in st.lines if lo <= ln.start and ln.end <= hi]``: the lines are in text order
    (``starts`` their starts), so those from the first starting at ``lo`` up to ``hi``."""
    out = []
    lines = st.lines
    for k in range(bisect_left(starts, lo), len(lines)):
        ln = lines[k]
        if ln.start > hi:
            break  # a line starting past hi cannot end by hi
        if ln.end <= hi:
            out.append(ln)
    return out


def extract_assignments(text: str, st: Structure, aliases: dict[str, str]) -> list[Assignment]:
    out: list[Assignment] = []
    orgs = [s for s in st.sections if s.level == 1 and _assigns(s)]
    starts = [ln.start for ln in st.lines] if orgs else []
    for org in orgs:
        subs = [s for s in st.sections if s.parent == org.id]
        units = subs if subs else [org]
        intro: list[Assignment] = []
        if subs:
            # "Giao phòng X triển khai, thực hiện các công việc:" before the numbered items: X is
            # assigned in the section itself, and items that name nobody are its duties
            lines = _lines_within(st, starts, org.span[0], subs[0].span[0])[1:]
            intro = _unit(text, st, org, lines, aliases, is_heading_unit=False, assign_only=True)
        own: list[Assignment] = []
        for u in units:
            span = (u.span[0], u.span[1])
            if st.closing_paragraph and span[0] < st.closing_paragraph[0] < span[1]:
                span = (span[0], st.closing_paragraph[0])
            lines = _lines_within(st, starts, span[0], span[1])
            if not subs:
                lines = lines[1:]  # the level-1 heading itself names no agency
            got = _unit(text, st, u, lines, aliases, is_heading_unit=bool(subs))
            if not got and intro:
                duty = _duty(text, lines[0].rest_start if lines else span[0], span[1])
                if duty:
                    last = intro[-1]
                    duties = last.duties
                    if last.span and text[:last.span[1]].rstrip().endswith(":") and len(duties) == 1 \
                            and duties[0] in text[last.span[0]:last.span[1]]:
                        duties = ()  # "… triển khai, thực hiện các công việc:" only leads in to the items
                    intro[-1] = Assignment(agency=last.agency, section=last.section, duties=(*duties, duty),
                                           span=last.span)
            own.extend(got)
        out.extend(intro + own)
    return out


def _agencies_in(text: str, start: int, end: int, aliases, heading: bool = False,
                 assign_only: bool = False, directs: bool = True) -> tuple[list[Agency], int]:
    """Agencies assigned by the clause at [start, end): returns (agencies, where duties begin).
    ``directs``: ``Chỉ đạo X`` assigns X (false under an agency already assigned, whose duty it is)."""
    seg = text[start:end]
    ph = None if assign_only else person_heading(text, start, end)
    if ph:  # "Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung …"
        return [ph[0]], ph[1]
    m = _ASSIGN_VERB.search(seg) if _ASSIGN_OPEN.search(seg, 0, 128) else None
    if m and not directs and m.group(0)[:1] in "Cc":
        m = None  # "Chỉ đạo X …" under an agency already assigned: a duty of that agency, X not assigned
    if m and m.start() < 120:
        s = start + m.end()
        stop = _STOP.search(text, s, end)
        e = phrase_end(text, s, stop.start() if stop else end)
        ags = split_list(text[s:e], base=s, aliases=aliases)
        if ags:
            return ags, e
    if assign_only:
        return [], start
    if heading:
        got = heading_agencies(text, start, end, aliases)
        if got:
            return got
    ags = opening_agencies(text, start, end, aliases)
    if ags:
        last = max(a.span[1] for a in ags if a.span) if any(a.span for a in ags) else start
        return ags, last
    return [], start


def _unit(text: str, st: Structure, u, lines, aliases, is_heading_unit: bool,
          assign_only: bool = False) -> list[Assignment]:
    """``assign_only``: only ``Giao``/``Đề nghị``/``Yêu cầu`` assign (a section's lead-in before its
    numbered items, where an agency opening a sentence usually narrates: "UBND tỉnh nhận được …")."""
    by_key: dict[str, dict] = {}
    order: list[str] = []
    current: list[str] = []

    def add(ags: list[Agency], duty: str | None, span) -> list[str]:
        keys = []
        for a in ags:
            k = _match_key(a, by_key)
            if k not in by_key:
                by_key[k] = {"agency": a, "duties": [], "span": span}
                order.append(k)
            if duty:
                by_key[k]["duties"].append(duty)
            keys.append(k)
        return keys

    for i, ln in enumerate(lines):
        start = ln.rest_start if ln.kind in ("arabic", "dotted", "letter", "bullet", "roman") else ln.start
        is_head = ln.kind in ("arabic", "dotted", "letter", "roman")
        ags, dstart = _agencies_in(text, start, ln.end, aliases, heading=is_head, assign_only=assign_only,
                                   directs=not current)
        if ags and not (ln.kind == "bullet" and current and _covered(ags, by_key, current)):
            duty = _duty(text, dstart, ln.end)
            current = add(ags, duty, (ln.start, ln.end))
            continue
        if ags:
            for k in current:
                by_key[k]["duties"].append(_duty(text, dstart, ln.end) or text[start:ln.end])
            continue
        if current and ln.kind in ("text", "field") and _opens_part(text, ln.start, ln.end):
            current = []  # "Chế độ báo cáo: …" after the last assignee's bullet: the plan moves on
            continue
        if current:
            duty = _duty(text, start, ln.end)
            for k in current:
                if duty:
                    by_key[k]["duties"].append(duty)
    return [Assignment(agency=by_key[k]["agency"], section=u.id, duties=tuple(by_key[k]["duties"]),
                       span=by_key[k]["span"]) for k in order]


_LABEL = re.compile(r"\s*([^:\n]{3,40}):")
_PART_KINDS = {SectionKind.REPORTING, SectionKind.BUDGET, SectionKind.ORGANIZATION}


def _opens_part(text: str, start: int, end: int) -> bool:
    """A paragraph that opens with a label naming a part of a plan (``Chế độ báo cáo:``, ``Kinh phí:``)
    starts that part, as a heading would: it is no duty of the agency named above it."""
    m = _LABEL.match(text, start, end)
    return bool(m) and classify_kind(m.group(1)) in _PART_KINDS


def _covered(ags, by_key, current) -> bool:
    return all(_match_key(a, by_key) in current for a in ags)


_PROVINCE_TAIL = re.compile(r"\s+(?:của tỉnh|trên địa bàn tỉnh)$")


def _match_key(a: Agency, by_key: dict) -> str:
    k = _PROVINCE_TAIL.sub("", _key(a.name))
    for existing in by_key:
        if fuzz.ratio(k, existing) >= 90:
            return existing
    return k


_WS_RUN = re.compile(r"\s+")
_DUTY_END = re.compile(r"(?<!\.)\.(?=\s)")


def _duty(text: str, start: int, end: int) -> str | None:
    d = text[start:end].strip(" :.,;-")
    if len(d) > 1200:
        # A long paragraph: the duty is at most its first 300 characters once spaces are
        # collapsed, and collapsing a prefix gives a prefix of the collapsed whole. When the
        # collapsed prefix has 302 characters and two words, _duty_of(prefix) is _duty_of(d):
        # both have two words, and the first sentence end before 300 (its lookahead reads
        # character 300) is the same.
        head = _WS_RUN.sub(" ", d[:1200])
        if len(head) >= 302 and len(head.split(None, 1)) == 2:
            return _duty_of(head)
    return _duty_of(_WS_RUN.sub(" ", d))


def _duty_of(d: str) -> str | None:
    if len(d.split(None, 1)) < 2:  # fewer than two words
        return None
    m = _DUTY_END.search(d, 0, 301)
    return d[:min(m.start(), 300) if m else 300]
