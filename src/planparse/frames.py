"""pandas views of a plan, one row per item, for analysts in Jupyter."""
from __future__ import annotations


def _names(agencies) -> str:
    return "; ".join(a.name for a in agencies)


def _roles(agencies) -> str:
    """The positions of the people among ``agencies`` (``Trưởng đoàn``), as printed with their names."""
    return "; ".join(a.role for a in agencies if getattr(a, "person", False) and a.role)


def sections_frame(plan):
    import pandas as pd
    return pd.DataFrame([{"id": s.id, "label": s.label, "level": s.level, "kind": s.kind.value if s.kind else None,
                          "title": s.title, "start": s.span[0], "end": s.span[1]} for s in plan.sections],
                        columns=["id", "label", "level", "kind", "title", "start", "end"])


def tasks_frame(plan):
    import pandas as pd
    rows = []
    for t in plan.tasks:
        rows.append({"id": t.id, "title": t.title, "lead": _names(t.lead), "support": _names(t.support),
                     "timeframe": t.timeframe.text if t.timeframe else None,
                     "start": t.timeframe.start if t.timeframe else None,
                     "end": t.timeframe.end if t.timeframe else None,
                     "has_lead": bool(t.lead), "lead_person": any(a.person for a in t.lead),
                     "lead_role": _roles(t.lead) or None, "section": t.section, "source": t.source,
                     "span_start": t.span[0], "span_end": t.span[1]})
    return pd.DataFrame(rows, columns=["id", "title", "lead", "support", "timeframe", "start", "end", "has_lead",
                                       "lead_person", "lead_role", "section", "source", "span_start", "span_end"])


def deadlines_frame(plan):
    import pandas as pd
    return pd.DataFrame([{"text": d.text, "kind": d.kind.value, "due": d.due, "start": d.start, "end": d.end,
                          "recurrence": d.recurrence, "section": d.section, "task": d.task, "subject": d.subject}
                         for d in plan.deadlines],
                        columns=["text", "kind", "due", "start", "end", "recurrence", "section", "task", "subject"])


def assignments_frame(plan):
    import pandas as pd
    return pd.DataFrame([{"agency": a.agency.name, "as_written": a.agency.text, "collective": a.agency.collective,
                          "canonical": a.agency.canonical, "person": a.agency.person, "role": a.agency.role,
                          "successor_2025": a.agency.successor,
                          "section": a.section, "duties": " | ".join(a.duties)} for a in plan.assignments],
                        columns=["agency", "as_written", "collective", "canonical", "person", "role", "successor_2025",
                                 "section", "duties"])


def budget_frame(plan):
    import pandas as pd
    return pd.DataFrame([{"section": c.section, "sources": ", ".join(c.sources), "text": c.text}
                         for c in plan.budget.clauses], columns=["section", "sources", "text"])
