"""Plan 2: UBND huyện Bát Xát (Lào Cai) 145/KH-UBND (2022). Built as a DOCX with python-docx (header and signature
in borderless tables, the task table with multi-paragraph cells ('//' = new paragraph in the cell) and a vertically
merged lead cell ('^' = vMerge continue)), then converted with `pandoc -f docx -t gfm` (pandoc 2.17). gfm cannot
express these tables as pipe tables, so pandoc writes them as raw HTML <table> blocks inside the Markdown.
The intermediate DOCX is kept in sources/ for the record."""
import subprocess
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
HERE = Path(__file__).parent
NAME = "lao-cai_bat-xat_145-KH-UBND_2022_asean-htmltable"
lines = (HERE / f"{NAME}.source.txt").read_text(encoding="utf-8").splitlines()
doc = Document()
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(14)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
def para(text, bold=False, italic=False, align=None):
    p = doc.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    p.alignment = align if align is not None else WD_ALIGN_PARAGRAPH.JUSTIFY
    if align is None: p.paragraph_format.first_line_indent = Cm(1)
def cellp(c, text, bold=False, italic=False):
    p = c.paragraphs[0] if not c.paragraphs[0].text else c.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
hdr = [l.split(" || ") for l in lines if " || " in l]
t = doc.add_table(rows=3, cols=2)
for i, (a, b) in enumerate(hdr):
    cellp(t.cell(i, 0), a, bold=(i == 1)); cellp(t.cell(i, 1), b, bold=(i < 2), italic=(i == 2))
rows, sig = [], []
def flush():
    global rows
    if not rows: return
    tb = doc.add_table(rows=len(rows), cols=5); tb.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if v == "^":
                continue
            for part in v.split(" // "):
                cellp(tb.cell(i, j), part, bold=(i == 0))
    for i, r in enumerate(rows):            # vertical merges
        for j, v in enumerate(r):
            if v == "^":
                k = i - 1
                while rows[k][j] == "^": k -= 1
                tb.cell(k, j).merge(tb.cell(i, j))
    rows = []
for l in (x for x in lines if " || " not in x):
    if " | " in l: rows.append(l.split(" | ")); continue
    flush()
    if l.startswith("#"): para(l[1:], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    elif l.startswith("*"): para(l[1:], bold=True)
    elif l.startswith("@"): sig.append(l[1:])
    else: para(l, italic=l.startswith("Căn cứ"))
flush()
t = doc.add_table(rows=1, cols=2)
cellp(t.cell(0, 0), "Nơi nhận:", bold=True, italic=True)
for x in ["- Sở Thông tin và Truyền thông (b/c);", "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;",
          "- Các cơ quan, đơn vị tại Mục III;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."]:
    cellp(t.cell(0, 0), x)
for x in sig[:-1]: cellp(t.cell(0, 1), x, bold=True)
cellp(t.cell(0, 1), ""); cellp(t.cell(0, 1), sig[-1], bold=True)
mid = HERE / f"{NAME}.intermediate.docx"; doc.save(mid)
md = subprocess.run(["pandoc", "-f", "docx", "-t", "gfm", "--wrap=none", str(mid)], check=True, capture_output=True, text=True).stdout
(HERE.parent / f"{NAME}.md").write_text(md, encoding="utf-8"); print("wrote", NAME + ".md")
