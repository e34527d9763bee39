"""Plan 4: Sở Công Thương tỉnh Tiền Giang 1245/KH-SCT (2022), text-layer PDF printed in landscape A4.
Built as a DOCX (python-docx: one landscape section, body in one wide column, Times New Roman 13) and printed to
PDF with LibreOffice (`soffice --headless --convert-to pdf`). The 6-column task table (with group rows A/B/C whose
STT does not restart) spans pages; its header row is marked w:tblHeader so it is repeated at the top of each page,
and rows may not split across pages (w:cantSplit). The intermediate DOCX is kept in sources/."""
import subprocess, shutil
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
HERE = Path(__file__).parent
NAME = "tien-giang_1245-KH-SCT_2022_asean-landscape"
lines = (HERE / f"{NAME}.source.txt").read_text(encoding="utf-8").splitlines()
doc = Document()
sec = doc.sections[0]; sec.orientation = WD_ORIENT.LANDSCAPE
sec.page_width, sec.page_height = Cm(29.7), Cm(21)
sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2), Cm(2), Cm(1.8)
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman"); st.paragraph_format.space_after = Pt(3)
# page number in the footer
fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
    r = fp.add_run()
    if kind: e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), kind)
    else: e = OxmlElement("w:instrText"); e.set(qn("xml:space"), "preserve"); e.text = txt
    r._r.append(e)
def para(text, bold=False, italic=False, align=None, size=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    else: p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.first_line_indent = Cm(1.27)
def cell(c, text, bold=False, italic=False, underline=False, size=13, align=WD_ALIGN_PARAGRAPH.CENTER):
    p = c.paragraphs[0] if not c.paragraphs[0].text else c.add_paragraph()
    p.alignment = align; p.paragraph_format.space_after = Pt(0)
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.underline = underline; r.font.size = Pt(size)
def row_flag(tr, tag):
    trPr = tr.get_or_add_trPr(); e = OxmlElement(tag); e.set(qn("w:val"), "true"); trPr.append(e)
hdr = [l.split(" || ") for l in lines if " || " in l]
t = doc.add_table(rows=1, cols=2); L, R = t.rows[0].cells
for c, w in ((L, Cm(10)), (R, Cm(15))): c.width = w
cell(L, hdr[0][0], size=13); cell(L, hdr[1][0], bold=True); cell(L, "_______", size=8); cell(L, hdr[2][0])
cell(R, hdr[0][1], bold=True); cell(R, hdr[1][1], bold=True, underline=True); cell(R, "", size=8); cell(R, hdr[2][1], italic=True)
rows, sig = [], []
W = [Cm(1.3), Cm(9.2), Cm(4.0), Cm(4.6), Cm(2.8), Cm(3.3)]
def flush():
    global rows
    if not rows: return
    tb = doc.add_table(rows=0, cols=6); tb.style = "Table Grid"; tb.autofit = False
    for j, w in enumerate(W): tb.columns[j].width = w
    for i, r in enumerate(rows):
        group = i > 0 and r[0].isalpha() and len(r[0]) == 1
        row = tb.add_row(); cs = row.cells
        if group:
            m = cs[1].merge(cs[5]); cell(cs[0], r[0], bold=True, size=12); cell(m, r[1], bold=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            for j, v in enumerate(r):
                for part in (v.split("; ") if (j == 3 and i) else [v]):
                    cell(cs[j], part + (";" if (j == 3 and i and part != v.split("; ")[-1]) else ""), bold=(i == 0), size=12,
                         align=WD_ALIGN_PARAGRAPH.LEFT if (j == 1 and i) else WD_ALIGN_PARAGRAPH.CENTER)
        for j, c in enumerate(row.cells): c.width = W[j]
        row_flag(row._tr, "w:cantSplit")
        if i == 0: row_flag(row._tr, "w:tblHeader")
    rows = []
for l in (x for x in lines if " || " not in x):
    if " | " in l: rows.append([c.strip() for c in l.split(" | ")]); continue
    flush()
    if l.startswith("#"): para(l[1:], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    elif l.startswith("*"): para(l[1:], bold=True)
    elif l.startswith("@"): sig.append(l[1:])
    else: para(l, italic=l.startswith("Căn cứ"))
flush()
t = doc.add_table(rows=1, cols=2); L, R = t.rows[0].cells
cell(L, "Nơi nhận:", bold=True, italic=True, size=12, align=WD_ALIGN_PARAGRAPH.LEFT)
for x in ["- UBND tỉnh (b/c);", "- Sở Thông tin và Truyền thông;", "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;",
          "- Hiệp hội Doanh nghiệp tỉnh;", "- Lưu: VT, QLTM."]:
    cell(L, x, size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
cell(R, sig[0], bold=True); cell(R, sig[1], bold=True)
for _ in range(3): cell(R, "")
cell(R, sig[2], bold=True)
mid = HERE / f"{NAME}.intermediate.docx"; doc.save(mid)
tmp = Path("/tmp/u12b_tg"); tmp.mkdir(exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(mid)], check=True, capture_output=True)
shutil.copy(tmp / f"{NAME}.intermediate.pdf", HERE.parent / f"{NAME}.pdf"); print("wrote", NAME + ".pdf")
