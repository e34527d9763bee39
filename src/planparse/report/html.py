"""HTML for Jupyter: a plan's outline (audit reports live in report/audit_html.py)."""
from __future__ import annotations

from html import escape


def plan_outline_html(plan) -> str:
    m = plan.meta
    rows = []
    for s in plan.sections:
        task = next((t for t in plan.tasks if t.id == s.id), None)
        lead = ", ".join(escape(a.name) for a in task.lead) if task else ""
        mark = "" if not task else ("✔" if task.lead else "⚠ no lead")
        rows.append(f"<tr><td style='padding-left:{(s.level - 1) * 1.5}em'><b>{escape(s.label)}</b> "
                    f"{escape(s.title[:120])}</td><td>{escape(s.kind.value) if s.kind else ''}</td>"
                    f"<td>{lead}</td><td>{mark}</td></tr>")
    basis = "; ".join(escape(b.number) for b in m.basis) or "—"
    head = (f"<div><b>{escape(m.doc_type or 'Văn bản')} {escape(m.number or '')}</b> — {escape(m.title or '')}<br>"
            f"{escape(m.issuer or '?')} · {escape(m.issued or '?')} · căn cứ: {basis}<br>"
            f"{len(plan.sections)} mục, {len(plan.tasks)} nhiệm vụ, {len(plan.assignments)} phân công, "
            f"{len(plan.deadlines)} thời hạn, kinh phí: {'có' if plan.budget.present else 'không'}</div>")
    return (head + "<table><thead><tr><th>Mục</th><th>Loại</th><th>Chủ trì</th><th></th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")
