"""Self-contained HTML: the batch report (heat-map, per-plan findings) and Jupyter tables."""
from __future__ import annotations

from html import escape

from .i18n import area_title, labels, vn_date

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5em;color:#1b1f24;max-width:1400px}
h1{font-size:1.5em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ddd}h3{font-size:1.05em}
table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #d0d7de;padding:.25em .45em;vertical-align:top}
th{background:#f6f8fa}.covered{background:#2da44e;color:#fff}.partial{background:#f2cc60}.missing{background:#cf222e;color:#fff}
.failed{background:#8c959f;color:#fff}.matrix td.cell{text-align:center;min-width:2.2em}.note{background:#fff8c5;padding:.6em;border:1px solid #d4a72c}
mark{background:#fff3a3}.quote{color:#57606a;font-size:.9em}.small{font-size:.8em;color:#57606a}.legend span{padding:.1em .5em;margin-right:.5em}
"""
SHORT = {"covered": "●", "partial": "◐", "missing": "○"}


def _cell(status: str, score, title: str, L: dict) -> str:
    return (f"<td class='cell {status}' title='{escape(title)}: {escape(L[status])} ({score})'>"
            f"{SHORT.get(status, '×')}</td>")


def matrix_html(aset, lang: str = "vi") -> str:
    L = labels(lang)
    ids = aset.area_ids()
    titles = {}
    for r in aset.ok:
        for a in r["audit"]["areas"]:
            titles.setdefault(a["id"], (area_title(a, lang), a.get("tag", "")))
    head = "".join(f"<th title='{escape(titles[i][0])} [{escape(titles[i][1])}]'>{escape(i)}</th>" for i in ids)
    rows = []
    for r in aset.rows:
        name = escape(r["path"].rsplit("/", 1)[-1])
        if r["status"] != "ok":
            rows.append(f"<tr><th>{name}</th><td class='failed' colspan='{len(ids) + 2}'>{escape(L['failed'])}: "
                        f"{escape(str(r.get('reason')))}</td></tr>")
            continue
        a = r["audit"]
        by = {x["id"]: x for x in a["areas"]}
        cells = "".join(_cell(by[i]["status"], by[i]["score"], titles[i][0], L) if i in by else "<td></td>" for i in ids)
        rows.append(f"<tr><th><a href='#p-{escape(_anchor(r['path']))}'>{name}</a></th>"
                    f"<td>{a['summary']['coverage']:.2f}</td><td>{L['yes'] if a['applicable']['value'] else L['no']}</td>{cells}</tr>")
    legend = "".join(f"<span class='{s}'>{SHORT[s]} {escape(L[s])}</span>" for s in ("covered", "partial", "missing"))
    return (f"<div class='legend'>{legend}</div><table class='matrix'><thead><tr><th>{escape(L['plan'])}</th>"
            f"<th>{escape(L['coverage'])}</th><th>{escape(L['applicable'])}</th>{head}</tr></thead><tbody>"
            + "".join(rows) + "</tbody></table>")


def _anchor(path: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in path)


def _plan_block(r: dict, L: dict, lang: str) -> str:
    a = r["audit"]
    src = a["source"]
    out = [f"<h2 id='p-{escape(_anchor(r['path']))}'>{escape(r['path'].rsplit('/', 1)[-1])}</h2>",
           f"<p>{escape(L['number'])}: {escape(src.get('number') or '—')} · {escape(L['province'])}: "
           f"{escape(src.get('province') or '—')} · {escape(L['issued'])}: {escape(vn_date(src.get('issued')))} · "
           f"{escape(L['reference'])}: {escape(a['reference']['id'])} ({escape(a['reference']['number'])}) · "
           f"{escape(L['applicable'])}: <b>{L['yes'] if a['applicable']['value'] else L['no']}</b></p>",
           f"<p class='small'>{escape(L['reasons'])}: {escape('; '.join(a['applicable']['reasons']))}</p>"]
    missing = [x for x in a["areas"] if x["status"] == "missing"]
    out.append(f"<h3>{escape(L['areas_missing'])} ({len(missing)})</h3>")
    out.append("<ul>" + "".join(f"<li><b>{escape(x['id'])}</b> {escape(area_title(x, lang))} "
                                f"<span class='small'>[{escape(x.get('tag', ''))}]</span></li>" for x in missing)
               + "</ul>" if missing else f"<p>{escape(L['none'])}</p>")
    out.append(f"<h3>{escape(L['evidence'])}</h3><table><thead><tr><th>{escape(L['area'])}</th><th>{escape(L['status'])}</th>"
               f"<th>{escape(L['section'])}</th><th>{escape(L['evidence'])}</th></tr></thead><tbody>")
    for x in a["areas"]:
        if x["status"] == "missing":
            continue
        ev = x["evidence"][0] if x["evidence"] else None
        quote = f"<mark>{escape(ev['text'][:400])}</mark>" if ev else ""
        out.append(f"<tr><td><b>{escape(x['id'])}</b> {escape(area_title(x, lang))} <span class='small'>[{escape(x.get('tag', ''))}]</span></td>"
                   f"<td class='{x['status']}'>{escape(L[x['status']])}</td><td>{escape((ev or {}).get('section') or '')}</td>"
                   f"<td class='quote'>{quote}</td></tr>")
    out.append("</tbody></table>")
    failed = [c for c in a["checks"] if c["status"] == "fail"]
    out.append(f"<h3>{escape(L['checks_failed'])} ({len(failed)})</h3>")
    out.append("<ul>" + "".join(f"<li><b>{escape(c['id'])}</b> {escape(c.get('title', ''))}: {escape(c['detail'])}</li>"
                                for c in failed) + "</ul>" if failed else f"<p>{escape(L['none'])}</p>")
    s5 = next((c for c in a["checks"] if c["id"] == "S5"), None)
    no_lead = (s5 or {}).get("items") or []
    out.append(f"<h3>{escape(L['no_lead'])} ({len(no_lead)})</h3>")
    out.append("<p>" + (escape(", ".join(no_lead)) if no_lead else escape(L["none"])) + "</p>")
    return "\n".join(out)


def report_html(aset, lang: str = "vi") -> str:
    return "".join(report_chunks(aset, lang))


def report_chunks(aset, lang: str = "vi"):
    """The report in pieces, one plan at a time, so a large batch is written without building it whole."""
    L = labels(lang)
    refs = {}
    for r in aset.ok:
        refs[r["audit"]["reference"]["id"]] = r["audit"]["reference"]
    ref_html = "".join(
        f"<li><b>{escape(x['id'])}</b> — {escape(x['number'])} {escape(x['title'])}"
        + (f"<div class='note'>{escape(L['reconstructed'])}<br><span class='small'>{escape(x.get('provenance', ''))}</span></div>"
           if x.get("reconstructed") else "") + "</li>" for x in refs.values())
    failed = aset.failed
    fail_html = ""
    if failed:
        fail_html = (f"<h2>{escape(L['failed_inputs'])} ({len(failed)})</h2><table><tr><th>{escape(L['plan'])}</th>"
                     f"<th>{escape(L['reason'])}</th></tr>" + "".join(
                         f"<tr><td>{escape(r['path'])}</td><td>{escape(str(r.get('reason')))}</td></tr>" for r in failed) + "</table>")
    yield (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>{escape(L['title'])}</title>"
           f"<style>{CSS}</style></head><body><h1>{escape(L['title'])}</h1>"
           f"<p>{len(aset)} {escape(L['plans'])}: {len(aset.ok)} OK, {len(failed)} {escape(L['failed'])}</p>"
           f"<h2>{escape(L['reference'])}</h2><ul>{ref_html}</ul>"
           f"<h2>{escape(L['matrix'])}</h2>{matrix_html(aset, lang)}{fail_html}")
    for r in aset.ok:
        yield _plan_block(r, L, lang)
    yield "</body></html>"


def audit_table_html(audit, lang: str = "vi") -> str:
    """Jupyter view of one Audit: the coverage table with evidence, and the checks."""
    L = labels(lang)
    d = audit.to_dict()
    rows = []
    for x in d["areas"]:
        ev = x["evidence"][0] if x["evidence"] else None
        rows.append(f"<tr><td><b>{escape(x['id'])}</b></td><td>{escape(x['title'])} <span class='small'>[{escape(x['tag'])}]</span></td>"
                    f"<td class='{x['status']}'>{escape(L[x['status']])}</td><td>{x['score']:.2f}</td>"
                    f"<td>{escape((ev or {}).get('section') or '')}</td>"
                    f"<td>{('<mark>' + escape(ev['text'][:300]) + '</mark>') if ev else ''}</td></tr>")
    checks = "".join(f"<tr><td>{escape(c['id'])}</td><td>{escape(c['title'])}</td><td class='{'covered' if c['status'] == 'pass' else 'missing'}'>"
                     f"{escape(L[c['status']])}</td><td>{escape(c['detail'])}</td></tr>" for c in d["checks"])
    s = d["summary"]
    note = f"<div class='note'>{escape(L['reconstructed'])}</div>" if d["reference"].get("reconstructed") else ""
    return (f"<style>{CSS}</style><div><b>{escape(str(d['source'].get('number') or d['source'].get('path')))}</b> ↔ "
            f"{escape(d['reference']['id'])} · {escape(L['applicable'])}: {L['yes'] if d['applicable']['value'] else L['no']} · "
            f"{escape(L['coverage'])} {s['coverage']:.2f} ({s['covered']}/{s['partial']}/{s['missing']})</div>{note}"
            f"<table><thead><tr><th>#</th><th>{escape(L['area'])}</th><th>{escape(L['status'])}</th><th>{escape(L['score'])}</th>"
            f"<th>{escape(L['section'])}</th><th>{escape(L['evidence'])}</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
            f"<table><thead><tr><th>#</th><th>{escape(L['check'])}</th><th>{escape(L['status'])}</th><th>{escape(L['detail'])}</th>"
            f"</tr></thead><tbody>{checks}</tbody></table>")
