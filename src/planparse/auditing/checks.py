"""Structural checks S1–S6: purposes, funding, assignments, a dated reporting duty, leads, basis.

Each detail is a message key with parameters (``data/messages/audit.yaml``): ``detail`` keeps the
English rendering, ``detail_key``/``detail_params`` let a report render either language. The
parameters are data, not text: S2's ``sources`` is the list of budget-source codes, S6 carries the
cited document's fields as :func:`.applicability.citation` gives them, lists stay lists. A check
that has nothing to look at (S5 on a text without tasks) is ``not applicable``, not a pass.
"""
from __future__ import annotations

import re

from ..extract.common import SENT_END, sentence_bounds
from ..model import SectionKind
from .applicability import citation
from .model import NOT_APPLICABLE, CheckResult, detail_text
from .reference import Reference


_PURPOSE_TITLE = re.compile(r"^(Mục đích|Mục tiêu|Yêu cầu)")
_REPORT = re.compile(r"báo cáo", re.I)
NEAR = 256  # characters before a deadline where its sentence's start is looked for first


def _sentence_of(text: str, pos: int) -> tuple[int, int]:
    """``sentence_bounds(text, pos)``, its start looked for in the ``NEAR`` characters before ``pos``
    first: a sentence end is one character that its neighbours alone decide (``SENT_END``), so when
    one lies there the last of them is the last one of the whole window ``sentence_bounds`` reads."""
    lo = max(0, pos - NEAR)
    if lo and SENT_END.search(text, lo, pos):
        return sentence_bounds(text, pos, lo)
    return sentence_bounds(text, pos)


def _check(cid: str, status: str, key: str, label: str, items: tuple[str, ...] = (), /, **params) -> CheckResult:
    return CheckResult(cid, status, detail_text(key, params), label, items, detail_key=key, detail_params=params)


def run_checks(plan, ref: Reference) -> list[CheckResult]:
    t = ref.checks
    out = []
    purpose = [s for s in plan.sections if s.kind == SectionKind.PURPOSE or
               (s.level > 1 and _PURPOSE_TITLE.match(s.title))]
    out.append(_check("S1", "pass", "check.S1.pass", t["S1"], id=purpose[0].id, title=purpose[0].title) if purpose else
               _check("S1", "fail", "check.S1.fail", t["S1"]))
    b = plan.budget
    if b.present:
        where = next((s for s in plan.sections if s.id == b.section), None)
        src = list(b.sources)
        out.append(_check("S2", "pass", "check.S2.section", t["S2"], id=b.section, title=where.title, sources=src)
                   if where and where.kind == SectionKind.BUDGET else
                   _check("S2", "pass", "check.S2.clause", t["S2"], section=b.section, sources=src))
    else:
        out.append(_check("S2", "fail", "check.S2.fail", t["S2"]))
    orgs = [s for s in plan.sections if s.level == 1 and s.kind == SectionKind.ORGANIZATION]
    if orgs and plan.assignments:
        out.append(_check("S3", "pass", "check.S3.pass", t["S3"], id=orgs[0].id, title=orgs[0].title, n=len(plan.assignments)))
    else:
        out.append(_check("S3", "fail", "check.S3.no_assignments" if orgs else "check.S3.fail", t["S3"]))
    rep = []
    seen = (0, 0)  # the sentence last looked at: thousands of deadlines in one sentence read it once
    for d in plan.deadlines:
        if d.kind.value != "due" or not d.span or seen[0] <= d.span[0] < seen[1]:
            continue
        s, e = seen = _sentence_of(plan.text, d.span[0])
        if _REPORT.search(plan.text, s, e):
            rep.append(d)
            break  # the first reporting duty is the one the check shows
    out.append(_check("S4", "pass", "check.S4.pass", t["S4"], section=rep[0].section, text=rep[0].text) if rep else
               _check("S4", "fail", "check.S4.fail", t["S4"]))
    by_id = {tk.id: tk for tk in plan.tasks}
    kids: dict[str, list] = {}
    for s in plan.sections:
        if s.parent and s.id in by_id:
            kids.setdefault(s.parent, []).append(by_id[s.id])
    # a task divided into the rows of a table in its own section ("III.4" → rows III.4.1-5) is
    # divided as one divided into numbered sub-sections is: each row names its lead
    for tk in plan.tasks:
        if tk.source == "table" and tk.section != tk.id and tk.section in by_id:
            kids.setdefault(tk.section, []).append(tk)
    missing = []
    for tk in plan.tasks:
        if tk.lead:
            continue
        sub = kids.get(tk.id)
        if sub and all(x.lead for x in sub):
            continue
        missing.append(tk.id)
    if not plan.tasks:
        out.append(_check("S5", NOT_APPLICABLE, "check.S5.not_applicable", t["S5"]))
    elif missing:
        out.append(_check("S5", "fail", "check.S5.fail", t["S5"], tuple(missing), items=", ".join(missing)))
    else:
        out.append(_check("S5", "pass", "check.S5.pass", t["S5"], n=len(plan.tasks)))
    got = citation(plan, ref)
    if got and got[0] == "applicability.mentions":
        out.append(_check("S6", "pass", "check.S6.mentions", t["S6"], citation=got[1]["citation"]))
    elif got:
        out.append(_check("S6", "pass", "check.S6.pass", t["S6"], **got[1]))
    elif plan.meta.basis:
        out.append(_check("S6", "fail", "check.S6.other", t["S6"], numbers=[b.number for b in plan.meta.basis],
                          number=ref.number))
    else:
        out.append(_check("S6", "fail", "check.S6.fail", t["S6"]))
    return out
