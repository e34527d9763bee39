"""Build the Lệ Thủy plan as a Word file typed the way a district office does it."""
import sys
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

src, out = sys.argv[1], sys.argv[2]
lines = open(src, encoding="utf-8").read().split("\n")
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(14)
for s in doc.sections:
    s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)

def borderless(t):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)

def put(par, text, center=False, size=None):
    bold = text.startswith("**")
    if bold: text = text[2:]
    r = par.add_run(text); r.bold = bold
    if size: r.font.size = Pt(size)
    if center: par.alignment = WD_ALIGN_PARAGRAPH.CENTER

i = 0
while i < len(lines):
    ln = lines[i]
    if ln in ("@@HEADER", "@@SIGN"):
        kind = ln; rows = []
        i += 1
        while lines[i] != "@@END":
            rows.append(lines[i].split("|")); i += 1
        t = doc.add_table(rows=1, cols=2); borderless(t)
        for c in range(2):
            cell = t.rows[0].cells[c]
            first = True
            for r in rows:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                center = kind == "@@HEADER" or c == 1
                put(p, r[c], center=center, size=12 if (kind == "@@SIGN" and c == 0) else 13)
        i += 1; continue
    if ln.startswith("^^"):
        p = doc.add_paragraph(); put(p, "**" + ln[2:], center=True)
    elif ln == "":
        pass
    else:
        p = doc.add_paragraph(); put(p, ln)
        p.paragraph_format.first_line_indent = Cm(1)
    i += 1
doc.save(out)
