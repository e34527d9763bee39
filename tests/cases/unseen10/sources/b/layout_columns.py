"""Verification aid for Plan 2 (never used to produce gold values): cut the task-table lines of the delivered
`pdftotext -layout` text into their columns (boundaries from each page's repeated header line) and return, per row,
the text of each cell with its wrapped lines joined. Lets verify_docs.py confirm that every table-cell quote of the gold
is present in the delivered .txt once a cell's continuation lines are joined (spec: "a row's continuation lines belong
to its cells")."""
import re


def table_cells(text):
    lines = text.split("\n")
    rows, cur, bounds, in_tab = [], None, None, False
    for ln in lines:
        ln = ln.lstrip("\f")
        if ln.startswith("STT") and "Nội dung nhiệm vụ" in ln:
            b1 = ln.index("Nội dung") - 8; b2 = ln.index("Cơ quan chủ trì") - 1
            b3 = ln.index("Cơ quan phối") - 2; b4 = ln.index("Thời gian") - 2
            bounds = (0, b1, b2, b3, b4); in_tab = True
            continue
        if not in_tab:
            continue
        if re.match(r"\s+IV\. KINH PHÍ", ln):
            break
        if "Trang " in ln and "Kế hoạch số" in ln or not ln.strip():
            continue
        if ln.startswith("T ") or ln.strip() in ("hợp          thực hiện",) or re.fullmatch(r"\s*hợp\s+thực hiện\s*", ln):
            continue
        cells = [ln[bounds[i]:bounds[i + 1]] if i < 4 else ln[bounds[4]:] for i in range(5)]
        if cells[0].strip():
            cur = [[] for _ in range(5)]; rows.append(cur)
        for i, c in enumerate(cells):
            if c.strip():
                cur[i].append(c.strip())
    return [[" ".join(c) for c in r] for r in rows]


if __name__ == "__main__":
    import sys
    for r in table_cells(open(sys.argv[1], encoding="utf-8").read()):
        print(" | ".join(r))
