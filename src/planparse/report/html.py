"""Jupyter and REPL views: a plan's outline, a batch's short repr and its matrix (audit reports live in audit_html.py)."""
from __future__ import annotations

from html import escape

from .i18n import labels, norm_lang, plan_label, vn_date

REPR_LINES = 60  # a REPL shows this many plans of a batch, then says how many more


def plan_outline_html(plan, lang: str = "vi") -> str:
    """The plan's header (number, issuer, date, basis, counts) and its outline with each task's lead."""
    from .audit_html import JUPYTER_CSS
    lang = norm_lang(lang)
    L = labels(lang)
    m = plan.meta
    leads = {t.id: t for t in plan.tasks}
    rows = []
    for s in plan.sections:
        task = leads.get(s.id)
        lead = ", ".join(escape(a.name) for a in task.lead) if task else ""
        mark = "" if not task else (f"✔ {escape(L('lead_ok'))}" if task.lead else f"<span class='fail'>⚠ {escape(L('lead_missing'))}</span>")
        rows.append(f"<tr><td style='padding-left:{(s.level - 1) * 1.5 + .45}em'><b>{escape(s.label)}</b> "
                    f"{escape(s.title[:120])}</td><td>{escape(s.kind.value) if s.kind else ''}</td>"
                    f"<td>{lead}</td><td>{mark}</td></tr>")
    basis = "; ".join(escape(b.number) for b in m.basis) or "—"
    counts = L("plan_counts", sections=len(plan.sections), tasks=len(plan.tasks), assignments=len(plan.assignments),
               deadlines=len(plan.deadlines), budget=L["yes"] if plan.budget.present else L["no"])
    head = (f"<div><b>{escape(m.doc_type or L('document'))} {escape(m.number or '')}</b> — {escape(m.title or '')}<br>"
            f"{escape(m.issuer or '?')} · {escape(vn_date(m.issued, lang) if m.issued else '?')} · {escape(L('basis'))}: {basis}<br>"
            f"{escape(counts)}</div>")
    return (f"<div class='planparse'><style>{JUPYTER_CSS}</style>{head}<table><thead><tr><th>{escape(L['section'])}</th>"
            f"<th>{escape(L('kind'))}</th><th>{escape(L('lead'))}</th><th></th></tr></thead><tbody>"
            + "".join(rows) + "</tbody></table></div>")


def auditset_repr(aset) -> str:
    """A line per plan: name, reference, coverage (covered/partial/missing) — or why it failed."""
    rows = aset.rows
    n_failed = sum(r["status"] != "ok" for r in rows)
    lines = [f"<AuditSet: {len(rows)} plans, {len(rows) - n_failed} read, {n_failed} failed>"]
    for r in rows[:REPR_LINES]:
        if r["status"] == "ok":
            a = r["audit"]
            s = a["summary"]
            lines.append(f"  {plan_label(a['source'], 'en', with_date=False)}  {a['reference']['id']}  "
                         f"coverage {s['coverage']:.2f} ({s['covered']} covered, {s['partial']} partial, {s['missing']} missing)"
                         + ("" if a["applicable"]["value"] else "  [does not implement it]"))
        else:
            reason = str(r.get("reason") or "")
            lines.append(f"  {r['path'].replace(chr(92), '/').rsplit('/', 1)[-1]}  failed: "
                         f"{reason[:80] + '…' if len(reason) > 80 else reason}")
    if len(rows) > REPR_LINES:
        lines.append(f"  … {len(rows) - REPR_LINES} more (aset.summary() lists them all)")
    return "\n".join(lines)


def auditset_html(aset, lang: str = "vi") -> str:
    """The coverage matrices (one per reference) with their legends, for Jupyter."""
    from .audit_html import JUPYTER_CSS, matrix_html
    extra = (".planparse .scroll{overflow-x:auto;max-width:100%}.planparse th.plan{position:sticky;left:0;background:#fff;"
             "z-index:1;text-align:left;font-weight:normal}.planparse .legend span.sw{display:inline-block;min-width:1.6em;"
             "text-align:center;margin:0 .3em}.planparse dl.codes{font-size:.85em}.planparse dl.codes dt{display:inline;"
             "font-weight:600}.planparse dl.codes dd{display:inline;margin:0 0 0 .4em}.planparse .hint{display:none}")
    failed = sum(r["status"] != "ok" for r in aset.rows)
    L = labels(lang)
    note = f"<p>{escape(L['failed_inputs'])}: {failed}</p>" if failed else ""
    return f"<div class='planparse'><style>{JUPYTER_CSS}{extra}</style>{matrix_html(aset, lang)}{note}</div>"
