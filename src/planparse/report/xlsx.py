"""Excel workbook of a batch audit: matrix (coloured), scores, plans, areas, evidence, checks, failures.

Written with openpyxl's write-only mode, row by row, so a batch of thousands of plans does not
build the workbook in memory.
"""
from __future__ import annotations

from .i18n import area_title, labels, vn_date

FILL = {"covered": "2DA44E", "partial": "F2CC60", "missing": "CF222E", "failed": "8C959F", "insufficient": "D0D7DE"}
WHITE = {"covered", "missing", "failed"}


def write_xlsx(aset, path, lang: str = "vi") -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    L = labels(lang)
    ids = aset.area_ids()
    fills = {k: PatternFill("solid", fgColor=v) for k, v in FILL.items()}
    white = Font(color="FFFFFF")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(L["matrix"][:31])
    ws.column_dimensions["A"].width = 48
    ws.append([L["plan"], *ids])
    for r in aset.rows:
        name = r["path"].rsplit("/", 1)[-1]
        if r["status"] != "ok":
            c = WriteOnlyCell(ws, value=f"{L['failed']}: {r.get('reason')}")
            c.fill = fills["failed"]
            c.font = white
            ws.append([name, c])
            continue
        by = {a["id"]: a["status"] for a in r["audit"]["areas"]}
        cells = [name]
        for i in ids:
            st = by.get(i)
            c = WriteOnlyCell(ws, value=L.get(st, "") if st else "")
            if st:
                c.fill = fills[st]
                if st in WHITE:
                    c.font = white
            cells.append(c)
        ws.append(cells)
    sc = wb.create_sheet(L["score"][:31])
    sc.append([L["plan"], *ids])
    for r in aset.ok:
        by = {a["id"]: a["score"] for a in r["audit"]["areas"]}
        sc.append([r["path"].rsplit("/", 1)[-1], *[by.get(i) for i in ids]])
    sm = wb.create_sheet(L["summary"][:31])
    summary = aset.summary()
    sm.append(list(summary.columns))
    for row in summary.itertuples(index=False):
        row = list(row)
        row[2] = "OK" if row[2] == "ok" else L["failed"]
        row[6] = vn_date(row[6]) if isinstance(row[6], str) else None
        sm.append([None if (isinstance(v, float) and v != v) else v for v in row])
    ar = wb.create_sheet(L["area"][:31])
    ar.append([L["area"], "", L["tag"]])
    seen = set()
    ev = wb.create_sheet(L["evidence"][:31])
    ev.append([L["plan"], L["area"], "", L["status"], L["section"], L["evidence"]])
    ck = wb.create_sheet(L["check"][:31])
    ck.append([L["plan"], L["check"], "", L["status"], L["detail"]])
    for r in aset.ok:
        a = r["audit"]
        for x in a["areas"]:
            if x["id"] not in seen:
                seen.add(x["id"])
                ar.append([x["id"], area_title(x, lang), x.get("tag", "")])
            for e in x["evidence"]:
                ev.append([r["path"], x["id"], area_title(x, lang), L[x["status"]], e["section"], e["text"]])
        for c in a["checks"]:
            ck.append([r["path"], c["id"], c.get("title", ""), L[c["status"]], c["detail"]])
    fl = wb.create_sheet(L["failed"][:31])
    fl.append([L["plan"], L["reason"]])
    for r in aset.failed:
        fl.append([r["path"], r.get("reason")])
    wb.save(path)
