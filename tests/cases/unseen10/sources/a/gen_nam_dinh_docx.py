"""Plan 3 (Nam Định): a python-docx DOCX with four levels of TYPED numbering (I. / 1. / 1.1. / 1.1.1.) — the
numbers are plain text in the runs, no Word list numbering. Header and signature blocks are borderless tables.
planparse is never used."""
import os, re
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "nam-dinh_97-KH-UBND_2022_asean-docx4lvl"
lines = open(f"{HERE}/{NAME}.source.txt", encoding="utf-8").read().split("\n")

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(14)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.paragraph_format.space_after = Pt(4); st.paragraph_format.line_spacing = 1.0
doc.core_properties.author = "VP UBND tinh"; doc.core_properties.title = "Ke hoach ASEAN 2022-2025"

def no_borders(t, widths):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b); t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))

def add(text, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.JUSTIFY, indent=Cm(1.27), size=None, parts=None):
    p = doc.add_paragraph(); p.alignment = align
    if indent is not None:
        p.paragraph_format.first_line_indent = indent
    for t, b, i in (parts or [(text, bold, italic)]):
        r = p.add_run(t); r.bold = b; r.italic = i
        if size: r.font.size = Pt(size)
    return p

i = 0; in_task = False
while i < len(lines):
    l = lines[i]
    if " || " in l:
        block = []
        while i < len(lines) and " || " in lines[i]:
            block.append(lines[i].split(" || ")); i += 1
        sig = block[0][0].startswith("Nơi nhận")
        t = doc.add_table(rows=len(block), cols=2)
        no_borders(t, (Cm(6.5), Cm(9.5)) if not sig else (Cm(8.5), Cm(7.5)))
        for r, (a, b) in enumerate(block):
            for c, txt in ((0, a), (1, b)):
                p = t.cell(r, c).paragraphs[0]; p.paragraph_format.space_after = Pt(0)
                run = p.add_run(txt)
                if sig:
                    if c == 0:
                        run.font.size = Pt(11 if r else 12); run.bold = r == 0; run.italic = r == 0
                    else:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run.bold = True
                else:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    run.font.size = Pt(13)
                    if c == 1 and r == 2:
                        run.italic = True; run.font.size = Pt(14)
                    elif not txt.startswith("Số:"):
                        run.bold = (r == 1) or c == 1
        if not sig:
            doc.add_paragraph()
        continue
    i += 1
    if not l.strip():
        continue
    if l.startswith("#T "):
        add(l[3:], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, indent=None, size=14); continue
    m1 = re.match(r"^[IVX]+\. ", l)
    m4 = re.match(r"^(\d+\.\d+\.\d+\.) (.*)$", l)
    m3 = re.match(r"^(\d+\.\d+\.) (.*)$", l)
    m2 = re.match(r"^(\d+\.) (.*)$", l)
    if m1:
        add(l, bold=True, indent=Cm(1.27)); continue
    if m4:   # fourth level: numbered paragraph, number in plain text, body in the same run
        add(l); continue
    if m3:
        # third level: a heading line (task) when short and without a final stop, else a numbered paragraph
        if len(l) < 120 and not l.endswith("."):
            add(l, bold=True, italic=True)
        else:
            add(l)
        continue
    if m2 and not l.endswith(".") and len(l) < 130:
        add(l, bold=True); continue
    if l.startswith("Chủ trì:"):
        add(l, italic=True); continue
    add(l)

doc.save(f"/work/unseen10a/{NAME}.docx")
print("saved")
