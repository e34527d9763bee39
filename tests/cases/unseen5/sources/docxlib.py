"""Shared DOCX builder for the unseen4b plans (python-docx -> LibreOffice PDF)."""
import re, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

def N(s): return unicodedata.normalize("NFC", s)

def setup(doc, font="DejaVu Serif", size=13):
    st = doc.styles["Normal"]; st.font.name = font; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.space_after = Pt(3)
    for s in doc.sections:
        s.page_height, s.page_width = Cm(29.7), Cm(21)
        s.left_margin, s.right_margin, s.top_margin, s.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)

def no_borders(table):
    tbl = table._tbl; pr = tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    pr.append(b)

def cell_par(cell, text, bold=False, italic=False, size=None, first=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.alignment = align; p.paragraph_format.space_after = Pt(0)
    r = p.add_run(N(text)); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

def header(doc, H):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    L, R = t.rows[0].cells
    t.autofit = False
    t.columns[0].width, t.columns[1].width = Cm(6), Cm(10)
    L.width, R.width = Cm(6), Cm(10)
    first = True
    for line in H["parent"]:
        cell_par(L, line, size=12, first=first); first = False
    for line in H["body"]:
        cell_par(L, line, bold=True, size=12, first=first); first = False
    cell_par(L, "Số: " + H["number"], size=13)
    cell_par(R, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, size=10.5, first=True)
    cell_par(R, "Độc lập - Tự do - Hạnh phúc", bold=True, size=12)
    cell_par(R, H["date"], italic=True, size=12.5)
    doc.add_paragraph()
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(N(H["type"])); r.bold = True; r.font.size = Pt(14)
    for line in H["title"]:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(N(line)); r.bold = True

def body_line(doc, line):
    bold = line.startswith("**"); line = line.lstrip("*")
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(N(line)); r.bold = bold
    return p

def closing(doc, H):
    t = doc.add_table(rows=1, cols=2); no_borders(t)
    L, R = t.rows[0].cells
    cell_par(L, "Nơi nhận:", bold=True, italic=True, size=12, first=True, align=WD_ALIGN_PARAGRAPH.LEFT)
    for r in H["recipients"]:
        cell_par(L, r, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    first = True
    for line in H["sign"]:
        cell_par(R, line, bold=True, first=first); first = False
    for _ in range(3): cell_par(R, "")
    cell_par(R, H["signer"], bold=True)

def source_text(H, body_lines, extra=""):
    """The intended plain text of the document (header columns given left column first)."""
    out = H["parent"] + H["body"] + ["Số: " + H["number"], "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
          "Độc lập - Tự do - Hạnh phúc", H["date"], H["type"]] + H["title"]
    out += [l.lstrip("*") for l in body_lines]
    out += ["Nơi nhận:"] + H["recipients"] + H["sign"] + [H["signer"]]
    return N("\n".join(out) + "\n" + extra)
