"""Self-contained HTML: the batch report (one matrix per reference, per-plan findings) and Jupyter tables.

The report is a document an analyst can forward: one language (every string from the message
catalogue; words quoted from a plan are marked ``lang="vi"`` in an English report), plans named
``Province · number · date``, a matrix per reference directive with a sticky first column and its
own horizontal scroll, a legend of the area codes, plans that do not implement the reference set
apart, sortable by coverage (a few lines of script; the page reads the same without it), the
matched words highlighted inside each quote, and a print stylesheet for A4 landscape.
"""
from __future__ import annotations

from html import escape

from ..messages import has, t
from .i18n import (Labels, area_title, catalogue_text, check_detail, check_status_label, check_title, failure_reason, labels,
                   norm_lang, plan_label, provenance, reasons, render, status_label, tag_label)

CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:1.5em auto;padding:0 1.5em;
color:#1b1f24;max-width:1400px;line-height:1.4;overflow-wrap:anywhere}
h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.8em;border-bottom:1px solid #d0d7de;padding-bottom:.2em}
h3{font-size:1.02em;margin:1.1em 0 .4em}
table{border-collapse:collapse;font-size:.85em}td,th{border:1px solid #d0d7de;padding:.25em .45em;vertical-align:top;text-align:left}
th{background:#f6f8fa;font-weight:600}
.covered{background:#2da44e;color:#fff}.partial{background:#f2cc60;color:#1b1f24}.missing{background:#cf222e;color:#fff}
.insufficient{background:#d8b9ff;color:#1b1f24}.failed{background:#57606a;color:#fff}.absent{background:#eaeef2;color:#57606a}
.pass{background:#dafbe1}.fail{background:#ffebe9}.not_applicable{background:#eaeef2}
.scroll{overflow-x:auto;max-width:100%;border:1px solid #d0d7de;margin:.5em 0}
table.matrix{border:0;overflow-wrap:normal}table.matrix td,table.matrix thead th{white-space:nowrap}
table.matrix td.cell{text-align:center;min-width:2.3em;font-size:1.05em}
table.matrix th.plan{position:sticky;left:0;z-index:2;background:#fff;min-width:17em;max-width:24em;font-weight:normal;
box-shadow:1px 0 0 #d0d7de}
table.matrix thead th{position:sticky;top:0;z-index:1}table.matrix thead th.plan{z-index:3;background:#f6f8fa;font-weight:600}
table.matrix td.num{text-align:right;white-space:nowrap}
tbody.na tr td,tbody.na tr th.plan{background-image:repeating-linear-gradient(135deg,rgba(255,255,255,.55) 0 4px,transparent 4px 8px)}
tbody.na tr{opacity:.75}tbody.na tr.sep th{background:#fff8c5;font-weight:600;opacity:1;text-align:left;white-space:normal}
th.sort button{font:inherit;font-weight:600;border:0;background:none;cursor:pointer;padding:0;color:#0969da}
.legend{display:flex;flex-wrap:wrap;gap:.4em 1em;font-size:.85em;margin:.4em 0}.legend span.sw{display:inline-block;
min-width:1.8em;text-align:center;border:1px solid #d0d7de;margin-right:.3em}
dl.codes{columns:2 30em;column-gap:2em;font-size:.85em;margin:.4em 0}dl.codes div{break-inside:avoid;margin:0 0 .25em}
dl.codes dt{display:inline;font-weight:600}dl.codes dd{display:inline;margin:0 0 0 .4em}
.note{background:#fff8c5;padding:.6em;border:1px solid #d4a72c;margin:.4em 0}
mark{background:#ffe066;padding:0 .1em}mark.clause{background:#fff3a3}q.quote{color:#32383f;quotes:"“" "”"}
.small{font-size:.8em;color:#57606a}.path{font-family:ui-monospace,monospace;font-size:.8em;color:#57606a;word-break:break-all}
table.evidence,table.checks{width:100%;table-layout:fixed}table.evidence col.c1{width:26%}table.evidence col.c2{width:11%}
table.evidence col.c3{width:8%}table.checks col.c1{width:5%}table.checks col.c2{width:30%}table.checks col.c3{width:10%}
section.plan{margin-top:2.2em}.meta{margin:.3em 0}.top{font-size:.8em}
@page{size:A4 landscape;margin:10mm}
@media print{
body{margin:0;padding:0;max-width:none;font-size:9pt}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.scroll{overflow:visible;border:0}table.matrix th.plan,table.matrix thead th{position:static;box-shadow:none}
table.matrix{font-size:7.5pt}table.matrix td.cell{min-width:0;padding:.1em .2em}
section.plan{break-before:page}h2,h3{break-after:avoid}tr{break-inside:avoid}thead{display:table-header-group}
a{color:inherit;text-decoration:none}th.sort button{color:inherit}.top,.hint{display:none}}
"""
JUPYTER_CSS = """
.planparse table{border-collapse:collapse;font-size:.85em;margin:.4em 0}.planparse td,.planparse th{border:1px solid #d0d7de;
padding:.25em .45em;vertical-align:top;text-align:left}.planparse th{background:#f6f8fa}
.planparse .covered{background:#2da44e;color:#fff}.planparse .partial{background:#f2cc60;color:#1b1f24}
.planparse .missing{background:#cf222e;color:#fff}.planparse .insufficient{background:#d8b9ff}.planparse .failed{background:#57606a;color:#fff}
.planparse .absent{background:#eaeef2}.planparse .pass{background:#dafbe1}.planparse .fail{background:#ffebe9}
.planparse .not_applicable{background:#eaeef2}.planparse mark{background:#ffe066}.planparse mark.clause{background:#fff3a3}
.planparse .small{font-size:.8em;color:#57606a}.planparse .note{background:#fff8c5;padding:.4em;border:1px solid #d4a72c}
.planparse td.cell{text-align:center}.planparse tbody.na tr{opacity:.6}
"""
SHORT = {"covered": "●", "partial": "◐", "missing": "○", "insufficient": "?"}
QUOTE_CHARS = 280

SORT_JS = """
document.querySelectorAll('table.matrix').forEach(function(tb){
  var th=tb.querySelector('th.sort button'); if(!th) return; var asc=false;
  th.addEventListener('click',function(){
    var body=tb.querySelector('tbody.app'); if(!body) return;
    var rows=Array.prototype.slice.call(body.rows);
    rows.sort(function(a,b){var x=parseFloat(a.dataset.cov),y=parseFloat(b.dataset.cov);return asc?x-y:y-x;});
    asc=!asc; rows.forEach(function(r){body.appendChild(r);});
  });
});
"""


def _cls(status: str) -> str:
    """A status as a CSS class name (``not applicable`` → ``not_applicable``)."""
    return "".join(c if c.isalnum() else "_" for c in str(status))


def _vi(text: str, lang: str) -> str:
    """Escaped text quoted from a plan or a reference: marked Vietnamese inside an English report."""
    s = escape(str(text))
    return f"<span lang='vi'>{s}</span>" if lang == "en" and s else s


def clip(text: str, limit: int = QUOTE_CHARS) -> tuple[str, bool]:
    """``text`` cut at a word boundary at most ``limit`` characters long; (text, was_cut)."""
    text = " ".join(text.split()) if "\n" in text else text
    if len(text) <= limit:
        return text, False
    cut = text.rfind(" ", 0, limit + 1)
    if cut < limit * 0.6:
        cut = limit
    return text[:cut].rstrip(" ,;:-–"), True


def quote_html(ev: dict, lang: str, limit: int = QUOTE_CHARS) -> str:
    """A quoted clause, cut on a word boundary with ``…``; the matched words (``evidence.matched``:
    spans inside the clause) in ``<mark>``, else the whole clause highlighted."""
    raw = ev.get("text") or ""
    text, cut = clip(raw, limit)
    if text is not raw and "\n" in raw:
        raw_spans = []  # offsets no longer line up once whitespace was folded
    else:
        raw_spans = ev.get("matched") or []
    spans = sorted((int(s), int(e)) for s, e in raw_spans if 0 <= int(s) < int(e) and int(s) < len(text))
    ell = "…" if cut else ""
    attr = " lang='vi'" if lang == "en" else ""
    if not spans:
        return f"<q class='quote'{attr}><mark class='clause'>{escape(text)}</mark>{ell}</q>"
    out, pos = [], 0
    for s, e in spans:
        e = min(e, len(text))
        if s < pos:
            s = pos
        if s >= e:
            continue
        out.append(escape(text[pos:s]))
        out.append(f"<mark>{escape(text[s:e])}</mark>")
        pos = e
    out.append(escape(text[pos:]))
    return f"<q class='quote'{attr}>{''.join(out)}{ell}</q>"


def _anchor(i: int) -> str:
    return f"p-{i + 1}"


def _status_cell(area: dict, lang: str, L: Labels) -> str:
    st = area["status"]
    title = f"{area['id']} {area_title(area, lang)}: {status_label(st, lang)} ({area.get('score', 0):.2f})"
    return f"<td class='cell {_cls(st)}' title='{escape(title)}'>{SHORT.get(st, '·')}</td>"


def _by_reference(aset) -> dict[str, dict]:
    """Reference id → {"ref": reference dict, "ids": area ids in order, "areas": id → area, "rows": row indices}.

    Rows are kept as indices (an array of ints), not as rows: a batch stored on disk is read again
    row by row when the matrix is written, so a report of 10,000 plans holds no plan in memory."""
    from array import array
    groups: dict[str, dict] = {}
    for i, r in enumerate(aset.rows):
        if r["status"] != "ok":
            continue
        a = r["audit"]
        g = groups.setdefault(a["reference"]["id"], {"ref": a["reference"], "ids": [], "areas": {}, "rows": array("q")})
        for x in a["areas"]:
            if x["id"] not in g["areas"]:
                g["areas"][x["id"]] = {k: v for k, v in x.items() if k != "evidence"}
                g["ids"].append(x["id"])
        g["rows"].append(i)
    return groups


def status_legend(L: Labels, lang: str, with_absent: bool = False) -> str:
    items = [f"<span><span class='sw {s}'>{SHORT[s]}</span>{escape(L[s])}</span>" for s in ("covered", "partial", "missing")]
    items.append(f"<span><span class='sw' style='opacity:.6;background-image:repeating-linear-gradient(135deg,#ddd 0 4px,"
                 f"transparent 4px 8px)'>&nbsp;</span>{escape(L('not_applicable_short'))}</span>")
    if with_absent:
        items.append(f"<span><span class='sw absent'>&nbsp;</span>{escape(L('not_in_reference'))}</span>")
    return f"<div class='legend'><b>{escape(L('legend'))}:</b> {''.join(items)}</div>"


def matrix_html(aset, lang: str = "vi") -> str:
    """One coverage matrix per reference directive, each with its legend of area codes."""
    return "".join(matrix_chunks(aset, lang))


def matrix_chunks(aset, lang: str = "vi", groups: dict | None = None):
    """:func:`matrix_html` in pieces (a row of the table at a time), for a report written as it is built."""
    lang = norm_lang(lang)
    L = labels(lang)
    groups = _by_reference(aset) if groups is None else groups
    rows = aset.rows
    for gid, g in groups.items():
        ref, ids = g["ref"], g["ids"]
        if len(groups) > 1:
            yield f"<h3 id='m-{escape(gid)}'>{escape(L('matrix_for', ref=gid))} ({_vi(ref.get('number', ''), lang)})</h3>"
        head = "".join(f"<th title='{escape(area_title(g['areas'][i], lang))}'>{escape(i)}</th>" for i in ids)
        yield (f"{status_legend(L, lang)}<p class='small hint'>{escape(L('matrix_hint'))}</p>"
               f"<div class='scroll'><table class='matrix'><thead><tr><th class='plan' scope='col'>{escape(L['plan'])}</th>"
               f"<th class='sort' scope='col' aria-sort='none'><button type='button' title='{escape(L('sort_hint'))}'>"
               f"{escape(L['coverage'])} ⇅</button></th><th scope='col'>{escape(L('applicable_short'))}</th>{head}</tr></thead>"
               f"<tbody class='app'>")
        na_any = False
        for applicable in (True, False):  # applicable plans first, then the others under a separator
            for i in g["rows"]:
                a = rows[i]["audit"]
                ok = a["applicable"]["value"]
                if bool(ok) is not applicable:
                    continue
                if not applicable and not na_any:
                    na_any = True
                    yield (f"<tr class='sep'><th class='plan' scope='rowgroup'>{escape(L('not_applicable_rows'))}</th>"
                           f"<th colspan='{len(ids) + 2}'></th></tr>")
                by = {x["id"]: x for x in a["areas"]}
                cells = "".join(_status_cell(by[k], lang, L) if k in by else "<td class='cell absent'></td>" for k in ids)
                cov = a["summary"]["coverage"]
                yield (f"<tr data-cov='{cov:.4f}'><th class='plan' scope='row'><a href='#{_anchor(i)}'>"
                       f"{_vi(plan_label(a['source'], lang), lang)}</a></th><td class='num'>{cov * 100:.0f}%</td>"
                       f"<td>{escape(L['yes'] if ok else L['no'])}</td>{cells}</tr>")
            if applicable:
                yield "</tbody><tbody class='na'>"
        yield "</tbody></table></div>"
        codes = "".join(f"<div><dt>{escape(k)}</dt><dd>{_vi(area_title(g['areas'][k], lang), lang)} "
                        f"<span class='small'>[{escape(tag_label(g['areas'][k].get('tag'), lang))}]</span></dd></div>"
                        for k in ids)
        yield f"<h3>{escape(L('legend_areas'))} — {escape(gid)}</h3><dl class='codes'>{codes}</dl>"


def _no_lead_items(check: dict | None) -> list[tuple[str, str]]:
    """(task id, title) of the tasks without a lead: titles from ``item_titles`` or dict items when the audit gives them."""
    if not check:
        return []
    items = check.get("items") or []
    titles = check.get("item_titles") or []
    out = []
    for k, it in enumerate(items):
        if isinstance(it, dict):
            out.append((str(it.get("id", "")), str(it.get("title", ""))))
        else:
            out.append((str(it), str(titles[k]) if k < len(titles) else ""))
    return out


def _judge_title(ev: dict | None, lang: str) -> str:
    """A tooltip naming the judge that found the evidence and its score (``signal phrase · 0.82``)."""
    judge = (ev or {}).get("judge")
    if not judge or not has("judge." + judge):
        return ""
    score = ev.get("score")
    text = t("judge." + judge, norm_lang(lang)) + (f" · {float(score):.2f}" if isinstance(score, (int, float)) else "")
    return f" title='{escape(text)}'"


def _looked_for(area: dict, L: Labels, lang: str, limit: int = 8) -> str:
    """What the audit searched a missing area for (``looked_for``), the first ``limit`` phrases."""
    words = [str(w) for w in area.get("looked_for") or []][:limit]
    if not words:
        return ""
    more = "…" if len(area.get("looked_for") or []) > limit else ""
    return (f"<br><span class='small'>{escape(L('looked_for'))}: "
            + ", ".join(f"<q>{_vi(w, lang)}</q>" for w in words) + f"{more}</span>")


def _plan_block(i: int, r: dict, L: Labels, lang: str, tasks: dict | None = None) -> str:
    a = r["audit"]
    src = a["source"]
    ok = a["applicable"]["value"]
    s = a["summary"]
    ref = a["reference"]
    out = [f"<section class='plan' id='{_anchor(i)}'><h2>{_vi(plan_label(src, lang), lang)}</h2>"]
    if src.get("title"):
        out.append(f"<p class='meta'><b>{_vi(src['title'], lang)}</b></p>")
    out.append(f"<p class='meta'>{escape(L['reference'])}: <b>{escape(ref['id'])}</b> ({_vi(ref.get('number', ''), lang)}) · "
               f"{escape(L['applicable'])}: <b>{escape(L['yes'] if ok else L['no'])}</b> · {escape(L['coverage'])}: "
               f"<b>{s['coverage'] * 100:.0f}%</b> ({s['covered']} {escape(L['covered'].lower())}, {s['partial']} "
               f"{escape(L['partial'].lower())}, {s['missing']} {escape(L['missing'].lower())})</p>"
               f"<p class='path'>{escape(L('file'))}: <span translate='no'>{escape(src.get('path') or r['path'])}</span></p>")
    rs = reasons(a["applicable"], lang, html=True)
    if rs:
        out.append(f"<p class='small'>{escape(L['reasons'])}: {'; '.join(rs)}</p>")
    ins = a.get("insufficient")
    if ins:
        out.append(f"<p class='note'>{escape(L['insufficient'])}: "
                   f"{render(ins.get('text', ''), ins.get('key'), ins.get('params'), lang, html=True)}</p>")
    missing = [x for x in a["areas"] if x["status"] == "missing"]
    out.append(f"<h3>{escape(L['areas_missing'])} ({len(missing)})</h3>")
    out.append("<ul>" + "".join(f"<li><b>{escape(x['id'])}</b> {_vi(area_title(x, lang), lang)} "
                                f"<span class='small'>[{escape(tag_label(x.get('tag'), lang))}]</span>{_looked_for(x, L, lang)}</li>"
                                for x in missing)
               + "</ul>" if missing else f"<p>{escape(L['none'])}</p>")
    found = [x for x in a["areas"] if x["status"] not in ("missing", "insufficient")]
    out.append(f"<h3>{escape(L['evidence'])} ({len(found)})</h3>")
    if found:
        out.append(f"<table class='evidence'><colgroup><col class='c1'><col class='c2'><col class='c3'><col></colgroup>"
                   f"<thead><tr><th>{escape(L['area'])}</th><th>{escape(L['status'])}</th><th>{escape(L['section'])}</th>"
                   f"<th>{escape(L['evidence'])}</th></tr></thead><tbody>")
        for x in found:
            ev = x["evidence"][0] if x["evidence"] else None
            out.append(f"<tr><td><b>{escape(x['id'])}</b> {_vi(area_title(x, lang), lang)}</td>"
                       f"<td class='{_cls(x['status'])}'>{escape(status_label(x['status'], lang))}</td>"
                       f"<td>{escape((ev or {}).get('section') or '')}</td><td{_judge_title(ev, lang)}>"
                       f"{quote_html(ev, lang) if ev else ''}</td></tr>")
        out.append("</tbody></table>")
    else:
        out.append(f"<p>{escape(L['none'])}</p>")
    failed = [c for c in a["checks"] if c["status"] == "fail"]
    out.append(f"<h3>{escape(L['checks'])} ({escape(L['checks_failed'].lower())}: {len(failed)})</h3>"
               f"<table class='checks'><colgroup><col class='c1'><col class='c2'><col class='c3'><col></colgroup><thead><tr>"
               f"<th>#</th><th>{escape(L['check'])}</th><th>{escape(L['status'])}</th><th>{escape(L['detail'])}</th></tr></thead><tbody>")
    for c in a["checks"]:
        out.append(f"<tr><td>{escape(c['id'])}</td><td>{escape(check_title(c, lang))}</td>"
                   f"<td class='{_cls(c.get('status', ''))}'>{escape(check_status_label(c['status'], lang))}</td>"
                   f"<td>{check_detail(c, lang, html=True)}</td></tr>")
    out.append("</tbody></table>")
    s5 = next((c for c in a["checks"] if c["id"] == "S5"), None)
    no_lead = _no_lead_items(s5)
    if tasks:
        no_lead = [(k, t or tasks.get(k, "")) for k, t in no_lead]
    out.append(f"<h3>{escape(L['no_lead'])} ({len(no_lead)})</h3>")
    if no_lead:
        out.append("<ul>" + "".join(f"<li><b>{escape(k)}</b> {_vi(clip(t, 200)[0] + ('…' if clip(t, 200)[1] else ''), lang)}</li>"
                                    for k, t in no_lead) + "</ul>")
    else:
        out.append(f"<p>{escape(L['none'])}</p>")
    out.append(f"<p class='top'><a href='#matrix'>{escape(L('back_to_matrix'))}</a></p></section>")
    return "\n".join(out)


def report_html(aset, lang: str = "vi") -> str:
    return "".join(report_chunks(aset, lang))


def report_chunks(aset, lang: str = "vi"):
    """The report in pieces, one plan at a time, so a large batch is written without building it whole."""
    lang = norm_lang(lang)
    L = labels(lang)
    groups = _by_reference(aset)
    ref_html = []
    for gid, g in groups.items():
        x = g["ref"]
        item = f"<li><b>{escape(gid)}</b> — {_vi(x.get('number', ''), lang)} {_vi(x.get('title_en') if lang == 'en' and x.get('title_en') else x.get('title', ''), lang)}"
        if x.get("reconstructed"):
            prov = provenance(x, lang)
            item += (f"<div class='note'>{escape(L['reconstructed'])}"
                     + (f"<br><span class='small'>{_vi(prov, lang) if lang == 'en' else escape(prov)}</span>" if prov else "")
                     + "</div>")
        ref_html.append(item + "</li>")
    failed = [(i, r) for i, r in enumerate(aset.rows) if r["status"] != "ok"]
    fail_html = ""
    if failed:
        fail_html = (f"<h2 id='failed'>{escape(L['failed_inputs'])} ({len(failed)})</h2><table><thead><tr><th>{escape(L('file'))}</th>"
                     f"<th>{escape(L['reason'])}</th></tr></thead><tbody>" + "".join(
                         f"<tr><td class='path' translate='no'>{escape(r['path'])}</td><td>{failure_reason(r, lang, html=True)}</td></tr>"
                         for _, r in failed) + "</tbody></table>")
    n_ok = len(aset.rows) - len(failed)
    yield (f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
           f"<meta name='viewport' content='width=device-width,initial-scale=1'><title>{escape(L['title'])}</title>"
           f"<style>{CSS}</style></head><body><h1>{escape(L['title'])}</h1>"
           f"<p>{escape(L('generated_for', n=len(aset.rows), ok=n_ok, failed=len(failed)))}</p>"
           f"<h2>{escape(L('references'))}</h2><ul>{''.join(ref_html)}</ul>"
           f"<h2 id='matrix'>{escape(L['matrix'])}</h2>")
    yield from matrix_chunks(aset, lang, groups)
    yield fail_html
    for i, r in enumerate(aset.rows):
        if r["status"] == "ok":
            yield _plan_block(i, r, L, lang)
    yield f"<script>{SORT_JS}</script></body></html>"


def audit_table_html(audit, lang: str = "vi") -> str:
    """Jupyter view of one Audit: the coverage table with highlighted evidence, the checks, tasks without a lead."""
    lang = norm_lang(lang)
    L = labels(lang)
    d = audit.to_dict()
    rows = []
    for x in d["areas"]:
        ev = x["evidence"][0] if x["evidence"] else None
        rows.append(f"<tr><td><b>{escape(x['id'])}</b></td><td>{_vi(area_title(x, lang), lang)} "
                    f"<span class='small'>[{escape(tag_label(x.get('tag'), lang))}]</span></td>"
                    f"<td class='{_cls(x['status'])}'>{escape(status_label(x['status'], lang))}</td><td>{x['score']:.2f}</td>"
                    f"<td>{escape((ev or {}).get('section') or '')}</td><td>{quote_html(ev, lang) if ev else ''}</td></tr>")
    checks = "".join(f"<tr><td>{escape(c['id'])}</td><td>{escape(check_title(c, lang))}</td>"
                     f"<td class='{_cls(c['status'])}'>{escape(check_status_label(c['status'], lang))}</td>"
                     f"<td>{check_detail(c, lang, html=True)}</td></tr>" for c in d["checks"])
    s = d["summary"]
    note = f"<div class='note'>{escape(L['reconstructed'])}</div>" if d["reference"].get("reconstructed") else ""
    line = catalogue_text("report.audit_line", lang)
    line = escape(line, quote=False).format(
        plan=_vi(plan_label(d["source"], lang), lang), ref=escape(d["reference"]["id"]),
        applicable=escape(L["yes"] if d["applicable"]["value"] else L["no"]), coverage=f"{s['coverage'] * 100:.0f}%",
        covered=s["covered"], partial=s["partial"], missing=s["missing"])
    plan = getattr(audit, "plan", None)
    titles = {t.id: t.title for t in getattr(plan, "tasks", ())} if plan is not None else {}
    s5 = next((c for c in d["checks"] if c["id"] == "S5"), None)
    no_lead = [(k, t or titles.get(k, "")) for k, t in _no_lead_items(s5)]
    lead_html = ""
    if no_lead:
        lead_html = (f"<p><b>{escape(L['no_lead'])}</b></p><ul>"
                     + "".join(f"<li><b>{escape(k)}</b> {_vi(t, lang)}</li>" for k, t in no_lead) + "</ul>")
    return (f"<div class='planparse'><style>{JUPYTER_CSS}</style><div><b>{line}</b></div>{note}"
            f"<table><thead><tr><th>#</th><th>{escape(L['area'])}</th><th>{escape(L['status'])}</th>"
            f"<th>{escape(L['score'])}</th><th>{escape(L['section'])}</th><th>{escape(L['evidence'])}</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>"
            f"<table><thead><tr><th>#</th><th>{escape(L['check'])}</th><th>{escape(L['status'])}</th>"
            f"<th>{escape(L['detail'])}</th></tr></thead><tbody>{checks}</tbody></table>{lead_html}</div>")
