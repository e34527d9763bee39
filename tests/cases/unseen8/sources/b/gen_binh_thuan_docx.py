"""Build binh-thuan_1127-KH-UBND_2020_asean-docx3lvl.docx from its .source.txt with python-docx.
Markup: '@HEAD a || b' header rows (borderless 2-col table), '@TITLE', '@SUB', '@B' bold paragraph,
'@H' task heading (number bold, title bold italic), '@SIG a || b' closing table; '*' bold, '_' italic cell prefixes."""
import sys, os
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "binh-thuan_1127-KH-UBND_2020_asean-docx3lvl"
lines = open(os.path.join(HERE, NAME + ".source.txt"), encoding="utf-8").read().split("\n")

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Mm(30), Mm(20), Mm(20), Mm(20)
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(14)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
pf = st.paragraph_format; pf.space_after = Pt(6); pf.space_before = Pt(0); pf.line_spacing = 1.15
doc.core_properties.author = "VP UBND tinh"; doc.core_properties.title = "Ke hoach ASEAN 2020"

def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)

def cell_par(cell, txt, size, first, align):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.paragraph_format.space_after = Pt(0); p.alignment = align
    bold = italic = False
    while txt[:1] in ("*", "_"):
        if txt[0] == "*": bold = True
        else: italic = True
        txt = txt[1:]
    if txt:
        r = p.add_run(txt); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    return p

def table_block(rows, widths, kind):
    t = doc.add_table(rows=1 if kind == "sig" else len(rows), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER; no_borders(t); t.autofit = False
    for i, w in enumerate(widths):
        for c in t.columns[i].cells: c.width = Mm(w)
    if kind == "head":
        for r, (a, b) in enumerate(rows):
            cell_par(t.cell(r, 0), a, 13, True, WD_ALIGN_PARAGRAPH.CENTER)
            cell_par(t.cell(r, 1), b, 13 if r else 12, True, WD_ALIGN_PARAGRAPH.CENTER)
    else:  # closing block: one row, each cell a stack of paragraphs (recipients left, signer right)
        for i, (a, b) in enumerate(rows):
            cell_par(t.cell(0, 0), a, 12 if i == 0 else 11, i == 0, WD_ALIGN_PARAGRAPH.LEFT)
            cell_par(t.cell(0, 1), b, 14, i == 0, WD_ALIGN_PARAGRAPH.CENTER)

i = 0
while i < len(lines):
    l = lines[i]
    if l.startswith("@HEAD ") or l.startswith("@SIG "):
        tag = l.split(" ", 1)[0]; rows = []
        while i < len(lines) and lines[i].startswith(tag + " "):
            a, b = lines[i][len(tag) + 1:].split(" || "); rows.append((a.strip(), b.strip())); i += 1
        table_block(rows, (70, 95) if tag == "@HEAD" else (80, 85), "head" if tag == "@HEAD" else "sig")
        continue
    i += 1
    if not l.strip():
        continue
    p = doc.add_paragraph()
    if l.startswith("@TITLE "):
        p.paragraph_format.space_before = Pt(12); p.paragraph_format.space_after = Pt(0)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(l[7:]); r.bold = True; r.font.size = Pt(14); continue
    if l.startswith("@SUB "):
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(12)
        r = p.add_run(l[5:]); r.bold = True; continue
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Mm(10)
    if l.startswith("@B "):
        r = p.add_run(l[3:]); r.bold = True; continue
    if l.startswith("@H "):
        num, title = l[3:].split(" ", 1)
        r = p.add_run(num + " "); r.bold = True
        r = p.add_run(title); r.bold = True; r.italic = True; continue
    p.add_run(l)

doc.save(os.path.join("/work/unseen8b", NAME + ".docx"))
print("wrote", NAME + ".docx")
