"""Plan 1: UBND tỉnh Cao Bằng 2316/KH-UBND (2019), DOCX (python-docx, A4 portrait, Times New Roman 14).
Layout: the ten tasks of Mục II are typed '1.'..'10.' paragraphs with no agency at all; a separate table in
Mục III 'PHÂN CÔNG THỰC HIỆN' cross-references them by number ('Nhiệm vụ 1, 2, 9 | chủ trì | phối hợp | thời gian')."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
HERE = Path(__file__).parent
NAME = "cao-bang_2316-KH-UBND_2019_asean-crossref"
lines = (HERE / f"{NAME}.source.txt").read_text(encoding="utf-8").splitlines()
doc = Document()
sec = doc.sections[0]; sec.page_width, sec.page_height = Cm(21), Cm(29.7)
sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(14)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.paragraph_format.space_after = Pt(4); st.paragraph_format.line_spacing = 1.1

def para(text, bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    else: p.paragraph_format.first_line_indent = Cm(1.0); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p
def cell(c, text, bold=False, italic=False, underline=False, size=13, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = c.paragraphs[0] if not c.paragraphs[0].text else c.add_paragraph()
    p.alignment = align; p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline; r.font.size = Pt(size)

hdr = [l.split(" || ") for l in lines if " || " in l]
t = doc.add_table(rows=1, cols=2); L, R = t.rows[0].cells
L.width, R.width = Cm(6.5), Cm(9.5)
cell(L, hdr[0][0], size=13); cell(L, hdr[1][0], bold=True, size=13); cell(L, "", size=6); cell(L, hdr[2][0], size=13)
cell(R, hdr[0][1], bold=True, size=13); cell(R, hdr[1][1], bold=True, underline=True); cell(R, "", size=6); cell(R, hdr[2][1], italic=True)

body = [l for l in lines if " || " not in l]
rows, sig, ti = [], [], 0
def flush():
    global rows
    if not rows: return
    tb = doc.add_table(rows=0, cols=4); tb.style = "Table Grid"
    widths = [Cm(3.0), Cm(3.8), Cm(6.0), Cm(3.2)]
    for i, r in enumerate(rows):
        cs = tb.add_row().cells
        for j, v in enumerate(r):
            cs[j].width = widths[j]
            parts = v.split("; ") if (j == 2 and i) else [v]
            for k, part in enumerate(parts):   # support agencies one per line in the cell, as Word users type them
                cell(cs[j], part + (";" if k < len(parts) - 1 else ""), bold=(i == 0), size=12,
                     align=WD_ALIGN_PARAGRAPH.LEFT if (j == 2 and i) else WD_ALIGN_PARAGRAPH.CENTER)
    trPr = tb.rows[0]._tr.get_or_add_trPr(); h = OxmlElement("w:tblHeader"); h.set(qn("w:val"), "true"); trPr.append(h)
    rows = []
for l in body:
    if " | " in l: rows.append(l.split(" | ")); continue
    flush()
    if l.startswith("#"):
        para(l[1:], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14); ti += 1
    elif l.startswith("*"): para(l[1:], bold=True)
    elif l.startswith("@"): sig.append(l[1:])
    else: para(l, italic=l.startswith("Thực hiện"))
flush()
t = doc.add_table(rows=1, cols=2); L, R = t.rows[0].cells
cell(L, "Nơi nhận:", bold=True, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
for x in ["- Bộ Thông tin và Truyền thông (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;",
          "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Báo Cao Bằng, Đài PT-TH tỉnh;",
          "- Cổng TTĐT tỉnh;", "- Lưu: VT, KGVX."]:
    cell(L, x, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
cell(R, "TM. ỦY BAN NHÂN DÂN", bold=True); cell(R, sig[0], bold=True); cell(R, sig[1], bold=True)
for _ in range(3): cell(R, "")
cell(R, sig[2], bold=True)
out = HERE.parent / f"{NAME}.docx"; doc.save(out); print("wrote", out)
