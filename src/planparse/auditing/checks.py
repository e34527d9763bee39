"""Structural checks S1–S6: purposes, funding, assignments, a dated reporting duty, leads, basis."""
from __future__ import annotations

import re

from ..extract.common import sentence_bounds
from ..model import SectionKind
from .applicability import cites
from .model import CheckResult
from .reference import Reference


def run_checks(plan, ref: Reference) -> list[CheckResult]:
    t = ref.checks
    out = []
    purpose = [s for s in plan.sections if s.kind == SectionKind.PURPOSE or
               (s.level > 1 and re.match(r"^(Mục đích|Mục tiêu|Yêu cầu)", s.title))]
    out.append(CheckResult("S1", "pass" if purpose else "fail",
                           f"section {purpose[0].id} {purpose[0].title}" if purpose else "no purpose section", t["S1"]))
    b = plan.budget
    if b.present:
        where = next((s for s in plan.sections if s.id == b.section), None)
        detail = (f"section {b.section} {where.title}" if where and where.kind == SectionKind.BUDGET else
                  f"budget clause in {b.section}") + (f" ({', '.join(b.sources)})" if b.sources else "")
    else:
        detail = "no budget section or clause"
    out.append(CheckResult("S2", "pass" if b.present else "fail", detail, t["S2"]))
    orgs = [s for s in plan.sections if s.level == 1 and s.kind == SectionKind.ORGANIZATION]
    ok = bool(orgs) and bool(plan.assignments)
    out.append(CheckResult("S3", "pass" if ok else "fail",
                           f"section {orgs[0].id} {orgs[0].title} with {len(plan.assignments)} assignments" if ok else
                           ("organization section without assignments" if orgs else "no organization section; no assignments"), t["S3"]))
    rep = []
    seen = (0, 0)  # the sentence last looked at: thousands of deadlines in one sentence read it once
    for d in plan.deadlines:
        if d.kind.value != "due" or not d.span or seen[0] <= d.span[0] < seen[1]:
            continue
        s, e = seen = sentence_bounds(plan.text, d.span[0])
        if re.search(r"báo cáo", plan.text[s:e], re.I):
            rep.append(d)
            break  # the first reporting duty is the one the check shows
    out.append(CheckResult("S4", "pass" if rep else "fail",
                           f"{rep[0].section}: báo cáo {rep[0].text}" if rep else "no reporting duty with a due date", t["S4"]))
    by_id = {tk.id: tk for tk in plan.tasks}
    kids: dict[str, list] = {}
    for s in plan.sections:
        if s.parent and s.id in by_id:
            kids.setdefault(s.parent, []).append(by_id[s.id])
    missing = []
    for tk in plan.tasks:
        if tk.lead:
            continue
        sub = kids.get(tk.id)
        if sub and all(x.lead for x in sub):
            continue
        missing.append(tk.id)
    out.append(CheckResult("S5", "pass" if not missing else "fail",
                           f"every task has a lead ({len(plan.tasks)} tasks)" if not missing else
                           "tasks without a lead: " + ", ".join(missing), t["S5"], tuple(missing)))
    got = cites(plan, ref)
    out.append(CheckResult("S6", "pass" if got else "fail",
                           f"basis cites {got}" if got else
                           ("basis cites " + ", ".join(b.number for b in plan.meta.basis) + f"; not {ref.number}"
                            if plan.meta.basis else "no legal basis cited"), t["S6"]))
    return out
