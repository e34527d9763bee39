"""Plan 2: Long Hồ (Vĩnh Long) district plan, DOCX; duties only in a final 'VI. PHÂN CÔNG NHIỆM VỤ' table."""
import sys
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
sys.path.insert(0, str(Path(__file__).parent))
from common import compact
HERE = Path(__file__).parent
NAME = "vinh-long_long-ho_215-KH-UBND_2022_asean-phancong"
lines = (HERE / f"{NAME}.source.txt").read_text(encoding="utf-8").splitlines()
doc = Document(); compact(doc, 13)
for s in ("Normal",):
    doc.styles[s].font.name = "Times New Roman"
    doc.styles[s].element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")

def para(text, bold=False, italic=False, align=None, indent=True, size=None, underline=False):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline
    if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    elif indent: p.paragraph_format.first_line_indent = Cm(1.0); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p

def cell_text(cell, text, bold=False, italic=False, underline=False, size=13, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0] if not cell.paragraphs[0].text else cell.add_paragraph()
    p.alignment = align; p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline; r.font.size = Pt(size)

hdr = [l.split(" || ") for l in lines if " || " in l]
t = doc.add_table(rows=1, cols=2); t.autofit = False
L, R = t.rows[0].cells
L.width, R.width = Cm(6), Cm(10.5)
t.columns[0].width, t.columns[1].width = Cm(6), Cm(10.5)
cell_text(L, hdr[0][0], size=12); cell_text(L, hdr[1][0], bold=True, size=12); cell_text(L, "", size=6); cell_text(L, hdr[2][0], size=12)
cell_text(R, hdr[0][1], bold=True, size=12); cell_text(R, hdr[1][1], bold=True, underline=True, size=13); cell_text(R, "", size=6); cell_text(R, hdr[2][1], italic=True, size=13)

body = [l for l in lines if " || " not in l]
rows, sig, ti = [], [], 0
for l in body:
    if " | " in l:
        rows.append(l.split(" | ")); continue
    if rows and not isinstance(rows[-1], str):
        # flush the table before the next paragraph
        tb = doc.add_table(rows=0, cols=5); tb.style = "Table Grid"; tb.autofit = False
        widths = [Cm(1.0), Cm(6.3), Cm(3.4), Cm(3.4), Cm(2.4)]
        for j, w in enumerate(widths):
            tb.columns[j].width = w
        for i, r in enumerate(rows):
            cells = tb.add_row().cells
            for j, v in enumerate(r):
                cells[j].width = widths[j]
                cell_text(cells[j], v, bold=(i == 0), size=12,
                          align=WD_ALIGN_PARAGRAPH.LEFT if (j == 1 and i) else WD_ALIGN_PARAGRAPH.CENTER)
        # repeat header row
        trPr = tb.rows[0]._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
        rows.append("done")
    if l.startswith("#"):
        para(l[1:], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14 if ti == 0 else 13); ti += 1
    elif l.startswith("*"):
        para(l[1:], bold=True)
    elif l.startswith("@"):
        sig.append(l[1:])
    else:
        para(l, italic=l.startswith("Căn cứ"))
# signature block with Nơi nhận
t = doc.add_table(rows=1, cols=2)
L, R = t.rows[0].cells
cell_text(L, "Nơi nhận:", bold=True, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
for x in ["- Sở Thông tin và Truyền thông (b/c);", "- TT Huyện ủy, TT HĐND huyện (b/c);", "- CT, các PCT UBND huyện;",
          "- Các cơ quan, ban, ngành, đoàn thể huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."]:
    cell_text(L, x, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
cell_text(R, sig[0], bold=True); cell_text(R, sig[1], bold=True)
for _ in range(3): cell_text(R, "")
cell_text(R, sig[2], bold=True)
out = HERE.parent / f"{NAME}.docx"
doc.save(out); print("wrote", out)
