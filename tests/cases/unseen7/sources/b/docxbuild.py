import re, sys
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
def build(src_lines, out, page=(148, 210), margins=14, size=11, numbering=None):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(page[0]), Mm(page[1])
    for a in ('left_margin','right_margin','top_margin','bottom_margin'): setattr(sec, a, Mm(margins))
    st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
    st.paragraph_format.space_after = Pt(3)
    i = 0; lines = src_lines; after_title = 0
    while i < len(lines):
        l = lines[i]
        if ' | ' in l:
            block = []
            while i < len(lines) and ' | ' in lines[i]:
                block.append(lines[i].split(' | ')); i += 1
            t = doc.add_table(rows=len(block), cols=2)
            for r, (a, b) in enumerate(block):
                for c, txt in ((0, a), (1, b)):
                    p = t.cell(r, c).paragraphs[0]; p.paragraph_format.space_after = Pt(0)
                    run = p.add_run(txt); run.font.size = Pt(size - 1)
                    if r < 2 or txt.isupper() or txt.startswith('KT.'): run.bold = True
                    if not txt.startswith('-') and not txt.startswith('Nơi'): p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        i += 1
        if not l.strip():
            doc.add_paragraph(); continue
        p = doc.add_paragraph()
        if l == 'KẾ HOẠCH':
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(l); r.bold = True; r.font.size = Pt(size + 2); after_title = 1; continue
        if after_title:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run(l); r.bold = True; after_title = 0; continue
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Mm(8)
        r = p.add_run(l)
        if re.match(r'^[IVX]+\. ', l) or (re.match(r'^\d+\. ', l) and len(l) < 90): r.bold = True
        if l.startswith('Trên đây'): pass
    doc.save(out)
if __name__ == '__main__':
    build(open(sys.argv[1]).read().split('\n'), sys.argv[2])
