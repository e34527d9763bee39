"""A name written short is the name the document spells out with the same initials.

Offices shorten their own units' names after, or before, writing them once in full: ``Trung tâm
VH,TT&TT huyện`` is the ``Trung tâm Văn hóa, Thể thao và Truyền thanh huyện`` of the same plan, not the
``… Thông tin và Truyền thông`` the abbreviation table would expand ``TT&TT`` to; ``Trung tâm CNTT&TT`` is
its ``Trung tâm Công nghệ thông tin và Truyền thông``. An agency whose written form holds an
abbreviation (a word of two or more capitals) takes the canonical name of the one agency of the plan
written out in full whose initials are the same: each capital of an abbreviation, the first letter of
every other word, ``và`` and punctuation left out, marks folded.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Agency, Assignment, Task
from ..vi import strip_marks

_WORD = re.compile(r"[^\W\d_]+")
_ABBREVIATED = re.compile(r"(?<!\w)[A-ZĐ]{2,}")
_SKIP = {"và", "các", "của"}


def initials(written: str) -> str:
    out = []
    for w in _WORD.findall(written):
        if w.lower() in _SKIP:
            continue
        out.append(w if len(w) >= 2 and w.isupper() else w[0])
    return strip_marks("".join(out)).upper().replace("Đ", "D")


def _short(a: Agency) -> bool:
    return bool(a.text) and not a.collective and not a.person and bool(_ABBREVIATED.search(a.text))


def resolve(tasks: list[Task], assignments: list[Assignment]) -> tuple[list[Task], list[Assignment]]:
    every = [a for t in tasks for a in (*t.lead, *t.support)] + [x.agency for x in assignments]
    shorts = {a.text for a in every if _short(a)}
    if not shorts:
        return tasks, assignments
    wanted = {initials(t) for t in shorts}
    heads = {t.split(" ", 1)[0] for t in shorts}  # a full form opens with the same word ("Trung tâm …")
    full: dict[str, set[str]] = {}
    for a in every:
        if a.text and a.text.split(" ", 1)[0] in heads and a.text not in shorts and not a.person:
            k = initials(a.text)
            if k in wanted:
                full.setdefault(k, set()).add(a.name)
    if not full:
        return tasks, assignments

    def fix(a: Agency) -> Agency:
        if not _short(a):
            return a
        names = full.get(initials(a.text))
        if names and len(names) == 1:
            (name,) = names
            if name != a.name:
                return replace(a, name=name)
        return a

    out = []
    for t in tasks:
        lead, support = tuple(map(fix, t.lead)), tuple(map(fix, t.support))
        out.append(t if lead == t.lead and support == t.support else replace(t, lead=lead, support=support))
    assignments = [x if fix(x.agency) is x.agency else replace(x, agency=fix(x.agency)) for x in assignments]
    return out, assignments
