"""Build a DOCX from a *.source.txt markup file.
usage: build_docx.py SOURCE OUT.docx FONT SIZE MARGIN_CM"""
import sys, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

src, out, font, size, margin = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5])
lines = unicodedata.normalize("NFC", open(src, encoding="utf-8").read()).splitlines()
doc = Document()
st = doc.styles["Normal"]
st.font.name = font; st.font.size = Pt(size)
st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
pf = st.paragraph_format; pf.space_after = Pt(3); pf.space_before = Pt(0); import os; pf.line_spacing = float(os.environ.get("LS", "1.1"))
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21), Cm(29.7)
for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
    setattr(sec, side, Cm(margin))

def para(text, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True, cell=None, sz=None):
    p = cell.add_paragraph() if cell is not None else doc.add_paragraph()
    p.alignment = align
    if indent and align == WD_ALIGN_PARAGRAPH.JUSTIFY:
        p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if sz: r.font.size = Pt(sz)
    return p

def noborders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}"); el.set(qn("w:val"), "nil"); b.append(el)
    tblPr.append(b)

def setw(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)

block = None; L = []; R = []; N = []; S = []; T = []
def flush_header():
    t = doc.add_table(rows=1, cols=2); noborders(t); setw(t, [7.0, 11.0])
    for cell, items in ((t.cell(0, 0), L), (t.cell(0, 1), R)):
        cell._element.remove(cell.paragraphs[0]._element)
        for i, x in enumerate(items):
            last = i == len(items) - 1
            para(x, bold=(not last) and not (cell is t.cell(0,0) and i == 0), italic=last and items is R,
                 align=WD_ALIGN_PARAGRAPH.CENTER, cell=cell, sz=size - 1)
def flush_sign():
    t = doc.add_table(rows=1, cols=2); noborders(t); setw(t, [9.0, 9.0])
    c0, c1 = t.cell(0, 0), t.cell(0, 1)
    c0._element.remove(c0.paragraphs[0]._element); c1._element.remove(c1.paragraphs[0]._element)
    for i, x in enumerate(N):
        para(x, bold=i == 0, italic=i == 0, align=WD_ALIGN_PARAGRAPH.LEFT, cell=c0, sz=size - 3)
    for x in S:
        para(x, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, cell=c1)
def flush_table():
    t = doc.add_table(rows=0, cols=len(T[0])); t.style = "Table Grid"
    widths = [1.2, 5.6, 3.4, 3.4, 2.6, 1.8]
    for ri, row in enumerate(T):
        cells = t.add_row().cells
        for ci, v in enumerate(row):
            c = cells[ci]; c.width = Cm(widths[ci])
            p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER if ci in (0, 4, 5) or ri == 0 else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(v); r.bold = ri == 0; r.font.size = Pt(size - 2)
    setw(t, widths)

for ln in lines:
    if ln.startswith("#"):
        if block == "#HEADER": flush_header()
        if block == "#SIGN": flush_sign()
        block = ln
        if ln == "#ANNEX":
            doc.add_page_break()
        continue
    tag, _, text = ln.partition("|")
    if tag == "L": L.append(text)
    elif tag == "R": R.append(text)
    elif tag == "N": N.append(text)
    elif tag == "S": S.append(text)
    elif tag == "T": T.append(text.split("|"))
    elif tag == "C":
        para(text, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    elif tag == "I":
        para(text, italic=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    elif tag == "H":
        para(text, bold=True)
    elif tag in ("P", "B"):
        para(text)
if block == "#SIGN": flush_sign()
if T: flush_table()
doc.save(out)
