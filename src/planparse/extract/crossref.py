"""Roles given by reference: the organization part assigns the content part's tasks by their numbers.

``2. Sở Ngoại vụ`` / ``Chủ trì thực hiện nhiệm vụ tại khoản 1 Mục II``; ``chủ trì thực hiện các nội dung
tại điểm 1, 2, 5 và 8 Mục II Kế hoạch này``; ``Chủ trì, phối hợp với Ban Quản lý Khu kinh tế tỉnh thực hiện
nhiệm vụ tại khoản 7 Mục II``; ``Phối hợp triển khai nội dung tại khoản 4 Mục II``. Each task so named
takes the agencies the item assigns: as its lead where the clause says ``chủ trì``, as its support
where it says ``phối hợp``; (``Thực hiện các nội dung tại điểm 2, điểm 6 Mục II`` alone names no one in
charge: set 3's annotator left those tasks without a lead); the partners of ``chủ trì, phối hợp với Y`` are its support.
A task whose own text names its lead (or its support) keeps it: the reference fills what the task
leaves blank, as an annex row that repeats a body task's number does (spec § annex tables).
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Agency, Assignment, Task
from ..structure import Structure
from .agencies import _key, phrase_end, split_list
from .common import number_list
from .tasks import WITH_PARTNER, _dedupe

_UNIT_WORD = r"(?:điểm|khoản|tiểu mục|mục|nhiệm vụ|nội dung)"
# "tại khoản 5, khoản 6 Mục II", "tại điểm 1, 2, 5 và 8 Mục II", "tại khoản 7, Mục II của Kế hoạch"
_REF = re.compile(r"(?:tại|ở|theo|thuộc)\s+(?:các\s+)?" + _UNIT_WORD + r"\s+(?:số\s+)?"
                  r"(?P<nums>\d{1,2}(?:\s*(?:,|;|và|-|–|đến)\s*(?:" + _UNIT_WORD + r"\s+)?\d{1,2})*)"
                  r"\s*,?\s*(?:của\s+)?(?:Mục|Phần|mục|phần)\s+(?P<sec>[IVX]{1,5})(?!\w)")
_CLAUSE_START = re.compile(r"[.;:\n]")
_CLAUSE_END = re.compile(r"[.;\n]")
_CHAIR = re.compile(r"chủ trì", re.I)
_COOPERATE = re.compile(r"phối hợp", re.I)
_PARTNERS = re.compile(WITH_PARTNER, re.I)
_VERB_AFTER = re.compile(r"\s+(?:thực hiện|triển khai|tổ chức|xây dựng)\b")


def _numbers(nums: str) -> list[str]:
    """``khoản 5, khoản 6`` → 5 6: the list without its unit words."""
    return number_list(re.sub(_UNIT_WORD + r"\s+", "", nums))


def roles_by_reference(text: str, st: Structure, tasks: list[Task], assignments: list[Assignment],
                       aliases: dict[str, str]) -> list[Task]:
    if not assignments or "Mục" not in text and "mục" not in text:
        return tasks
    by_id = {t.id: i for i, t in enumerate(tasks)}
    lead: dict[int, list[Agency]] = {}
    support: dict[int, list[Agency]] = {}
    units: dict[str, list[Assignment]] = {}
    for a in assignments:
        units.setdefault(a.section, []).append(a)
    for sid, got in units.items():
        sec = st.section(sid)
        if sec is None:
            continue
        head = sec.heading_span
        named = [a.agency for a in got if a.span and head[0] <= a.span[0] < max(head[1], head[0] + 1)]
        who = named or [a.agency for a in got]
        for m in _REF.finditer(text, sec.span[0], sec.span[1]):
            starts = [x.end() for x in _CLAUSE_START.finditer(text, max(sec.span[0], m.start() - 300), m.start())]
            lo = starts[-1] if starts else max(sec.span[0], m.start() - 300)
            clause = text[lo:m.start()]
            chairs = bool(_CHAIR.search(clause))
            if not chairs and _COOPERATE.search(clause):
                role, partners = support, []
            elif chairs:
                role = lead
                partners = []
                # the partners named in the clause, before the reference or after it ("Chủ trì thực hiện
                # nội dung tại điểm 7 Mục II, phối hợp với Sở X, UBND các huyện tổ chức …"; not past a ";")
                stop = _CLAUSE_END.search(text, m.end(), sec.span[1])
                hi = stop.start() if stop else sec.span[1]
                for p in (_PARTNERS.search(text, lo, m.start()), _PARTNERS.search(text, m.end(), hi)):
                    if p:
                        v = _VERB_AFTER.search(text, p.end(), m.start() if p.end() < m.start() else hi)
                        e = phrase_end(text, p.end(), v.start() if v else (m.start() if p.end() < m.start() else hi))
                        partners += split_list(text[p.end():e], base=p.end(), aliases=aliases)
            else:
                continue
            for n in _numbers(m.group("nums")):
                k = by_id.get(f"{m.group('sec')}.{n}")
                if k is None:
                    continue
                role.setdefault(k, []).extend(who)
                if partners:
                    support.setdefault(k, []).extend(partners)
    if not lead and not support:
        return tasks
    out = list(tasks)
    for k in lead.keys() | support.keys():
        t = tasks[k]
        new_lead = t.lead or tuple(_dedupe(lead.get(k, [])))
        leads = {_key(x.name) for x in new_lead}
        new_support = t.support or tuple(a for a in _dedupe(support.get(k, [])) if _key(a.name) not in leads)
        if new_lead != t.lead or new_support != t.support:
            out[k] = replace(t, lead=new_lead, support=new_support)
    return out

