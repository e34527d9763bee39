"""Render a NAME.source.txt (markup: # centred bold, = level-1 heading, * level-2 heading, @ recipients,
! signature, % annex heading (landscape section), | table rows) to DOCX with python-docx."""
import sys, pathlib
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def build(src, out, font_size=13):
    lines = pathlib.Path(src).read_text(encoding="utf-8").splitlines()
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(font_size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    pf = st.paragraph_format; pf.space_after = Pt(3); pf.first_line_indent = None
    head = [l.split(" | ") for l in lines[:3]]
    t = doc.add_table(rows=3, cols=2); t.autofit = False
    for j, w in enumerate((Cm(6.2), Cm(9.8))):
        t.columns[j].width = w
        for c in t.columns[j].cells: c.width = w
    for i, (a, b) in enumerate(head):
        for j, txt in enumerate((a, b)):
            c = t.cell(i, j); p = c.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt); r.font.size = Pt(12 if i == 0 else 13)
            r.bold = (i == 1) or (j == 1 and i == 0); r.italic = (i == 2 and j == 1)
    rec, sig, rows, annex_head = [], [], [], []
    for l in lines[3:]:
        if l.startswith("#"):
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(l[1:]).bold = True
        elif l.startswith("="):
            p = doc.add_paragraph(); p.add_run(l[1:]).bold = True; p.paragraph_format.space_before = Pt(6)
        elif l.startswith("*"):
            p = doc.add_paragraph(); p.add_run(l[1:]).bold = True; p.paragraph_format.first_line_indent = Cm(1)
        elif l.startswith("@"): rec.append(l[1:])
        elif l.startswith("!"): sig.append(l[1:])
        elif l.startswith("%"): annex_head.append(l[1:])
        elif l.startswith("|"): rows.append(l[1:].split("|"))
        else:
            p = doc.add_paragraph(l); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.first_line_indent = Cm(1)
    t = doc.add_table(rows=1, cols=2); c0, c1 = t.rows[0].cells
    p = c0.paragraphs[0]; r = p.add_run(rec[0]); r.bold = r.italic = True; r.font.size = Pt(12)
    for x in rec[1:]:
        r = c0.add_paragraph().add_run(x); r.font.size = Pt(11)
    p = c1.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for k, x in enumerate(sig):
        if k: p = c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(x); r.bold = True
    if annex_head:
        ns = doc.add_section(WD_SECTION.NEW_PAGE)
        ns.orientation = WD_ORIENT.LANDSCAPE; ns.page_width, ns.page_height = Cm(29.7), Cm(21)
        ns.left_margin, ns.right_margin, ns.top_margin, ns.bottom_margin = Cm(2), Cm(2), Cm(2), Cm(2)
        for k, x in enumerate(annex_head):
            p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(x)
            r.bold = k < 2; r.italic = k == 2
        tb = doc.add_table(rows=0, cols=len(rows[0])); tb.style = "Table Grid"; tb.autofit = False
        widths = [Cm(1.5), Cm(9.6), Cm(4.4), Cm(4.7), Cm(2.7), Cm(2.8)]
        for j, w in enumerate(widths): tb.columns[j].width = w
        for i, row in enumerate(rows):
            cells = tb.add_row().cells
            group = (not row[0].isdigit()) and i > 0
            for j, txt in enumerate(row):
                cells[j].width = widths[j]
                p = cells[j].paragraphs[0]
                if j != 1 or i == 0: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(txt); r.bold = i == 0 or group; r.font.size = Pt(11.5)
            if i == 0:
                trPr = tb.rows[0]._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
    doc.save(out)

if __name__ == "__main__":
    build(sys.argv[1], sys.argv[2], *(int(x) for x in sys.argv[3:]))
