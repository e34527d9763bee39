"""Excel workbook of a batch audit, built like an analyst's workbook.

Sheets: summary (one row per input), one coverage matrix and one score sheet per reference
directive, areas, evidence, checks, failures, and a legend (colours and area codes). Every sheet
has a filled header row, frozen header row and first column, an autofilter, and column widths
from its content; plans are named ``Province · number`` everywhere with the file path in its own
column; dates are real dates. Written with XlsxWriter in ``constant_memory`` mode: rows go to
disk as they are written, so the workbook of a national batch does not sit in memory.
Strings are written as strings (never formulas) with control characters removed.
"""
from __future__ import annotations

import re
from datetime import date

from .i18n import (area_title, as_date, check_detail, check_status_label, check_title, failure_reason, judge_label,
                   labels, norm_lang, plan_label, status_label, tag_label)

FILL = {"covered": "#2DA44E", "partial": "#F2CC60", "missing": "#CF222E", "failed": "#57606A",
        "insufficient": "#D8B9FF", "absent": "#EAEEF2"}
WHITE = {"covered", "missing", "failed"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
MAX_CELL = 32767
MAX_WIDTH, MIN_WIDTH = 60, 6


def _clean(v: str) -> str:
    v = _CONTROL.sub("", v)
    return v if len(v) <= MAX_CELL else v[:MAX_CELL - 1] + "…"


def _quote(text: str) -> str:
    """A quote as in the HTML report: cut on a word boundary with ``…`` when long."""
    from .audit_html import clip
    out, cut = clip(text)
    return out + "…" if cut else out


class _Sheet:
    """A worksheet written row by row, tracking column widths and the last row for the autofilter."""

    def __init__(self, wb, name: str, header: list[str], fmt, date_fmt, widths: dict[int, int] | None = None) -> None:
        self.ws = wb.add_worksheet(_sheet_name(wb, name))
        self.fmt, self.date_fmt = fmt, date_fmt
        self.ncols = len(header)
        self.width = [max(MIN_WIDTH, len(h) + 3) for h in header]
        self.fixed = widths or {}
        self.row = 0
        for c, h in enumerate(header):
            self.ws.write_string(0, c, _clean(h), fmt["header"])
        self.row = 1

    def append(self, values: list, styles: dict[int, object] | None = None) -> None:
        r, ws, width = self.row, self.ws, self.width
        styles = styles or {}
        for c, v in enumerate(values):
            style = styles.get(c)
            if v is None or v == "":
                if style is not None:
                    ws.write_blank(r, c, None, style)
                continue
            t = type(v)
            if t is str:
                if _CONTROL.search(v) or len(v) > MAX_CELL:
                    v = _clean(v)
                ws.write_string(r, c, v, style)
                n = len(v) if "\n" not in v else max(len(x) for x in v.split("\n"))
            elif t is bool:
                ws.write_boolean(r, c, v, style)
                n = 5
            elif t is int or t is float:
                if v != v:  # NaN
                    continue
                ws.write_number(r, c, v, style)
                n = 6
            elif isinstance(v, date):
                ws.write_datetime(r, c, v, style or self.date_fmt)
                n = 11
            else:
                v = _clean(str(v))
                ws.write_string(r, c, v, style)
                n = len(v)
            if n >= width[c]:
                width[c] = min(MAX_WIDTH, n + 1)
        self.row += 1

    def finish(self, freeze_col: int = 1) -> None:
        for c, w in enumerate(self.width):
            wrap = self.fmt["wrap"] if w >= MAX_WIDTH else None
            self.ws.set_column(c, c, self.fixed.get(c, w), wrap)
        self.ws.freeze_panes(1, freeze_col)
        self.ws.autofilter(0, 0, max(0, self.row - 1), max(0, self.ncols - 1))


def _sheet_name(wb, name: str) -> str:
    name = re.sub(r"[\[\]:*?/\\]", "-", name)[:31]
    used = {ws.get_name() for ws in wb.worksheets()}
    base, k = name, 2
    while name in used:
        suffix = f" {k}"
        name, k = base[:31 - len(suffix)] + suffix, k + 1
    return name


def write_xlsx(aset, path, lang: str = "vi") -> None:
    import xlsxwriter

    lang = norm_lang(lang)
    L = labels(lang)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_formulas": False,
                                         "strings_to_urls": False, "strings_to_numbers": False})
    fmt = {"header": wb.add_format({"bold": True, "bg_color": "#F6F8FA", "bottom": 1, "text_wrap": True, "valign": "top"}),
           "wrap": wb.add_format({"text_wrap": True, "valign": "top"}),
           "pct": wb.add_format({"num_format": "0%"}),
           "score": wb.add_format({"num_format": "0.00"})}
    status_fmt = {k: wb.add_format({"bg_color": v, "font_color": "#FFFFFF" if k in WHITE else "#1B1F24", "align": "center"})
                  for k, v in FILL.items()}
    na_fmt = wb.add_format({"italic": True, "font_color": "#57606A"})
    date_fmt = wb.add_format({"num_format": "dd/mm/yyyy", "align": "left"})

    status_of: dict[str, str] = {}
    check_of: dict[str, str] = {}

    def st_label(st: str) -> str:  # labels looked up once per batch, not once per cell
        if st not in status_of:
            status_of[st] = status_label(st, lang)
        return status_of[st]

    def ck_label(st: str) -> str:
        if st not in check_of:
            check_of[st] = check_status_label(st, lang)
        return check_of[st]

    def sheet(name, header, widths=None):
        return _Sheet(wb, name, header, fmt, date_fmt, widths)

    rows = aset.rows
    groups: dict[str, dict] = {}
    for r in rows:
        if r["status"] != "ok":
            continue
        a = r["audit"]
        g = groups.setdefault(a["reference"]["id"], {"ref": a["reference"], "ids": [], "areas": {}})
        for x in a["areas"]:
            if x["id"] not in g["areas"]:
                g["areas"][x["id"]] = x
                g["ids"].append(x["id"])

    # the summary first: what a reader opens the workbook for
    sm = sheet(L["summary"], [L["plan"], L("path"), L["status"], L["reason"], L["number"], L["province"], L["issued"],
                              L["reference"], L("applicable_short"), L("covered_n"), L("partial_n"), L("missing_n"),
                              L["coverage"], L("failed_checks")])
    matrices, scores = {}, {}
    for gid, g in groups.items():
        suffix = f" {gid}" if len(groups) > 1 else ""
        head = [L["plan"], L("path"), L["coverage"], L("applicable_short"), *g["ids"]]
        matrices[gid] = sheet(L("matrix_sheet") + suffix, head)
        scores[gid] = sheet(L["scores"] + suffix, head, {k: 7 for k in range(4, len(head))})
    ev = sheet(L["evidence"], [L["plan"], L("path"), L["reference"], L("area_code"), L("area_title"), L["status"],
                               L["score"], L("evidence_score"), L("judge"), L["section"], L("quote")], {10: 80})
    ck = sheet(L["check"], [L["plan"], L("path"), L["reference"], L["check"], L("check_title"), L["status"], L["detail"]])

    for r in rows:
        if r["status"] != "ok":
            name = r["path"].replace("\\", "/").rsplit("/", 1)[-1]
            sm.append([name, r["path"], status_label("failed", lang), failure_reason(r, lang)],
                      {2: status_fmt["failed"]})
            continue
        a = r["audit"]
        src, s, ref = a["source"], a["summary"], a["reference"]
        who = plan_label(src, lang, with_date=False)
        path = src.get("path") or r["path"]
        issued = as_date(src.get("issued"))
        ok = a["applicable"]["value"]
        yes_no = L["yes"] if ok else L["no"]
        failed_checks = ", ".join(c["id"] for c in a["checks"] if c["status"] == "fail")
        sm.append([who, path, L("status_ok"), None, src.get("number"),
                   src.get("province"), issued or src.get("issued"), ref["id"], yes_no, int(s["covered"]),
                   int(s["partial"]), int(s["missing"]), float(s["coverage"]), failed_checks], {12: fmt["pct"]})
        by = {x["id"]: x for x in a["areas"]}
        g = groups[ref["id"]]
        cells, styles = [who, path, float(s["coverage"]), yes_no], {2: fmt["pct"]}
        if not ok:
            styles[0] = na_fmt
        score_cells = [who, path, float(s["coverage"]), yes_no]
        for k, aid in enumerate(g["ids"], start=4):
            x = by.get(aid)
            if x is None:
                cells.append(None)
                styles[k] = status_fmt["absent"]
                score_cells.append(None)
                continue
            cells.append(st_label(x["status"]))
            styles[k] = status_fmt.get(x["status"])
            score_cells.append(float(x["score"]))
        matrices[ref["id"]].append(cells, styles)
        scores[ref["id"]].append(score_cells, {2: fmt["pct"], **{k: fmt["score"] for k in range(4, len(score_cells))}})
        for x in a["areas"]:
            for e in x["evidence"]:
                ev_score = e.get("score")
                ev.append([who, path, ref["id"], x["id"], area_title(x, lang), st_label(x["status"]),
                           float(x["score"]), float(ev_score) if isinstance(ev_score, (int, float)) else None,
                           judge_label(e.get("judge"), lang), e.get("section"), _quote(e.get("text") or "")],
                          {5: status_fmt.get(x["status"]), 7: fmt["score"]})
        for c in a["checks"]:
            ck.append([who, path, ref["id"], c["id"], check_title(c, lang), ck_label(c["status"]),
                       check_detail(c, lang)])

    ar = sheet(L["area"], [L["reference"], L("area_code"), L("area_title"), L["tag"]])
    for gid, g in groups.items():
        for aid in g["ids"]:
            x = g["areas"][aid]
            ar.append([gid, aid, area_title(x, lang), tag_label(x.get("tag"), lang)])
    fl = sheet(L["failed_inputs"], [L("file"), L("path"), L["reason"]])
    for r in aset.failed:
        fl.append([r["path"].replace("\\", "/").rsplit("/", 1)[-1], r["path"], failure_reason(r, lang)])

    lg = sheet(L("legend"), [L("colour"), L("meaning")])
    for st in ("covered", "partial", "missing", "failed"):
        lg.append([status_label(st, lang), L("legend_" + st)], {0: status_fmt[st]})
    lg.append([L("not_applicable_short"), L("legend_not_applicable")], {0: na_fmt})
    lg.append([None, L("not_in_reference")], {0: status_fmt["absent"]})
    if any(g["ref"].get("reconstructed") for g in groups.values()):
        lg.append([L["reference"], L["reconstructed"]])

    for sh in (sm, *matrices.values(), *scores.values(), ev, ck, ar, fl):
        sh.finish()
    lg.finish(freeze_col=0)
    lg.ws.set_column(1, 1, 100, fmt["wrap"])
    wb.close()
