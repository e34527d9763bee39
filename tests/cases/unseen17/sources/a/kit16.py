"""Set 16a additions to kit.py (layout only; never parses anything): page number in the header (top centre, not on
page 1, as Decree 30/2020 asks), a landscape section for an annex, and a header line with an underline."""
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt


def page_numbers(doc, size=13):
    """PAGE field centred in the header of every page but the first."""
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    p = sec.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for xml in ('<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>',
                '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>',
                '<w:r %s><w:t>2</w:t></w:r>',
                '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>'):
        p._p.append(parse_xml(xml % nsdecls("w")))
    for r in p.runs:
        r.font.size = Pt(size)


def landscape_section(doc, left=2.0, right=1.5, top=2.0, bottom=1.5):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(left), Cm(right), Cm(top), Cm(bottom)
    return sec


def underline_cell_line(cell, idx=1):
    """Underline the runs of paragraph idx of a header cell (the motto / 'ĐOÀN TNCS HỒ CHÍ MINH' line)."""
    for r in cell.paragraphs[idx].runs:
        r.underline = True
