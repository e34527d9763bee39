"""Small python-docx helpers shared by the unseen-11b DOCX generators (layout only; no parsing)."""
import re
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

FONT = "Times New Roman"


def new_doc(size=14, left=3.0, right=2.0, top=2.0, bottom=2.0):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(left), Cm(right), Cm(top), Cm(bottom)
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = parse_xml(f'<w:rFonts {nsdecls("w")}/>'); rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), FONT)
    pf = st.paragraph_format
    pf.space_after = Pt(6); pf.space_before = Pt(0); pf.line_spacing = 1.0
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, align="justify", indent=True, size=None, after=None, before=None):
    p = doc_or_cell.add_paragraph()
    p.alignment = {"justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "center": WD_ALIGN_PARAGRAPH.CENTER,
                   "left": WD_ALIGN_PARAGRAPH.LEFT, "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    if indent and align == "justify":
        p.paragraph_format.first_line_indent = Cm(1.27)
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    if text:
        add_runs(p, text, bold=bold, italic=italic, size=size)
    return p


def add_runs(p, text, bold=False, italic=False, size=None):
    """`**x**` marks a bold stretch inside an otherwise plain paragraph."""
    for i, piece in enumerate(re.split(r"\*\*", text)):
        if not piece:
            continue
        r = p.add_run(piece)
        r.bold = bold or (i % 2 == 1)
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def set_widths(table, cms):
    table.autofit = False
    tblPr = table._tbl.tblPr
    lay = parse_xml(f'<w:tblLayout {nsdecls("w")} w:type="fixed"/>')
    tblPr.append(lay)
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def borders(table, val="single"):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{b} w:val="{val}" w:sz="4" w:space="0" w:color="auto"/>' if val != "nil" else f'<w:{b} w:val="nil"/>'
        for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def cell_text(cell, lines, bold=(), italic=(), size=13, align="center", allbold=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                       "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.first_line_indent = None
        if line:
            r = p.add_run(line); r.font.size = Pt(size)
            r.bold = allbold or i in bold; r.italic = i in italic
    return cell


def xml_text(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def set_core(doc, author, created, modified=None, title=""):
    """Realistic document properties (python-docx's template carries 2013 dates and 'python-docx')."""
    from datetime import datetime
    cp = doc.core_properties
    cp.author = author; cp.last_modified_by = author; cp.title = title
    cp.created = datetime.fromisoformat(created); cp.modified = datetime.fromisoformat(modified or created)
    cp.revision = 3; cp.comments = ""; cp.keywords = ""; cp.subject = ""
