"""Plan 2: Quảng Ninh provincial ASEAN 2021-2025 plan. DOCX (python-docx) whose body task table
runs over 3 pages, header row repeated (w:tblHeader), rows allowed to split across pages;
converted with LibreOffice."""
import subprocess, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *
NAME = "quang-ninh_212-KH-UBND_2021_asean-table"
H = dict(parent=["ỦY BAN NHÂN DÂN"], body=["TỈNH QUẢNG NINH"], number="212/KH-UBND",
         date="Quảng Ninh, ngày 25 tháng 10 năm 2021", type="KẾ HOẠCH",
         title=["Thông tin, tuyên truyền về ASEAN giai đoạn 2021-2025", "trên địa bàn tỉnh Quảng Ninh"],
         recipients=["- Bộ Thông tin và Truyền thông;", "- Ban Chỉ đạo TTTT về ASEAN;", "- TT Tỉnh ủy, TT HĐND tỉnh;",
                     "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;",
                     "- Trung tâm Truyền thông tỉnh;", "- Lưu: VT, TTTT."],
         sign=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer="Nguyễn Tường Văn")
body = open("p2.body", encoding="utf-8").read().strip().split("\n")
rows = [r.split("\t") for r in open("p2.table.tsv", encoding="utf-8").read().strip().split("\n")]
doc = Document(); setup(doc); header(doc, H)
W = [Cm(1.4), Cm(5.9), Cm(3.0), Cm(3.4), Cm(2.3)]
def mark_header(row):
    trPr = row._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
for l in body:
    if l != "@@TABLE":
        body_line(doc, l); continue
    t = doc.add_table(rows=0, cols=5); t.style = "Table Grid"; t.autofit = False
    for i, r in enumerate(rows):
        row = t.add_row()
        if i == 0: mark_header(row)
        group = r[0] in ("A", "B")
        if group:
            c = row.cells[1].merge(row.cells[4])
            cell_par(row.cells[0], r[0], bold=True, size=11.5, first=True)
            cell_par(c, r[1], bold=True, size=11.5, first=True, align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            for j, v in enumerate(r):
                cell_par(row.cells[j], v, bold=(i == 0), size=11.5, first=True,
                         align=WD_ALIGN_PARAGRAPH.JUSTIFY if (j == 1 and i) else WD_ALIGN_PARAGRAPH.CENTER)
        for j, c in enumerate(row.cells): c.width = W[j]
    for j in range(5): t.columns[j].width = W[j]
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); t._tbl.tblPr.append(lay)
closing(doc, H)
os.makedirs("build", exist_ok=True)
doc.save(f"build/{NAME}.docx")
tbl = "\n".join(" | ".join(c for c in r if c) for r in rows)
src = source_text(H, [l if l != "@@TABLE" else tbl for l in body])
open(f"{NAME}.source.txt", "w", encoding="utf-8").write(src)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", "..", f"build/{NAME}.docx"], check=True, capture_output=True)
subprocess.run(["cp", f"build/{NAME}.docx", f"{NAME}.docx"])
