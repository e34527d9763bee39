"""Excel workbook of a batch audit: matrix (coloured), scores, plans, evidence, checks, failures."""
from __future__ import annotations

from .i18n import area_title, labels, vn_date

FILL = {"covered": "2DA44E", "partial": "F2CC60", "missing": "CF222E", "failed": "8C959F"}


def write_xlsx(aset, path, lang: str = "vi") -> None:
    import pandas as pd
    from openpyxl.styles import Font, PatternFill
    L = labels(lang)
    status = aset.matrix("status")
    shown = status.apply(lambda col: col.map(lambda v: L.get(v, v) if isinstance(v, str) else (L["failed"] if pd.isna(v) else v)))
    scores = aset.matrix("score")
    summary = aset.summary()
    summary["issued"] = summary["issued"].map(lambda v: vn_date(v) if isinstance(v, str) else v)
    summary["status"] = summary["status"].map(lambda v: "OK" if v == "ok" else L["failed"])
    ev_rows, check_rows, titles = [], [], {}
    for r in aset.ok:
        a = r["audit"]
        for x in a["areas"]:
            titles.setdefault(x["id"], area_title(x, lang))
            for e in x["evidence"]:
                ev_rows.append({L["plan"]: r["path"], L["area"]: x["id"], "": area_title(x, lang), L["status"]: L[x["status"]],
                                L["section"]: e["section"], L["evidence"]: e["text"]})
        for c in a["checks"]:
            check_rows.append({L["plan"]: r["path"], L["check"]: c["id"], "": c.get("title", ""), L["status"]: L[c["status"]],
                               L["detail"]: c["detail"]})
    areas = pd.DataFrame([{L["area"]: k, "": v} for k, v in titles.items()])
    failed = pd.DataFrame([{L["plan"]: r["path"], L["reason"]: r.get("reason")} for r in aset.failed],
                          columns=[L["plan"], L["reason"]])
    with pd.ExcelWriter(path, engine="openpyxl") as xw:
        shown.to_excel(xw, sheet_name=L["matrix"][:31])
        scores.to_excel(xw, sheet_name=L["score"][:31])
        summary.to_excel(xw, sheet_name=L["summary"][:31], index=False)
        areas.to_excel(xw, sheet_name=L["area"][:31], index=False)
        pd.DataFrame(ev_rows).to_excel(xw, sheet_name=L["evidence"][:31], index=False)
        pd.DataFrame(check_rows).to_excel(xw, sheet_name=L["check"][:31], index=False)
        failed.to_excel(xw, sheet_name=L["failed"][:31], index=False)
        ws = xw.sheets[L["matrix"][:31]]
        inverse = {L[k]: k for k in FILL if k in L}
        for row in ws.iter_rows(min_row=2, min_col=2):
            for cell in row:
                key = inverse.get(cell.value)
                if key:
                    cell.fill = PatternFill("solid", fgColor=FILL[key])
                    if key in ("covered", "missing", "failed"):
                        cell.font = Font(color="FFFFFF")
        ws.column_dimensions["A"].width = 48
