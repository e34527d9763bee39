"""Hàm Yên plan as a DOCX pasted from an e-mail into Word: the header and the signature are two-cell
borderless tables, and the body is a handful of paragraphs (one per blank-line block of the source) whose
lines are joined by manual line breaks (<w:br/>, Shift+Enter), not paragraph marks."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE, compact
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH

NAME = "tuyen-quang_ham-yen_245-KH-UBND_2019_asean-softbreaks"
src = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
blocks = [b.split("\n") for b in src.strip().split("\n\n")]
doc = Document(); compact(doc, 13)
doc.styles["Normal"].font.name = "Times New Roman"

def two_cell(lines, bold_left=True, widths=(Cm(6.5), Cm(9.5))):
    t = doc.add_table(rows=1, cols=2)
    for i, c in enumerate(t.rows[0].cells):
        c.width = widths[i]
        c.paragraphs[0].text = ""
    for n, ln in enumerate(lines):
        l, r = [x.strip() for x in ln.split("||")]
        for i, txt in enumerate((l, r)):
            cell = t.rows[0].cells[i]
            p = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            run = p.add_run(txt)
            if bold_left and (i == 1 or n < 2 or txt.startswith(("TM.", "KT.", "PHÓ", "Hoàng"))) and not txt.startswith(("Số:", "Hàm Yên,")):
                run.bold = True
            if txt.startswith("Hàm Yên,"):
                run.italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (i == 1 or n < 3) and not txt.startswith("-") else WD_ALIGN_PARAGRAPH.LEFT
            p.paragraph_format.space_after = Pt(0)
            if txt.startswith("-") or txt.startswith("Nơi nhận"):
                run.font.size = Pt(11 if txt.startswith("-") else 12)
    return t

for b in blocks:
    if "||" in b[0]:
        two_cell(b)
        doc.add_paragraph()
        continue
    if b[0].startswith("# "):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i, ln in enumerate(b):
            r = p.add_run(ln[2:]); r.bold = True
            if i < len(b) - 1:
                r.add_break()
        continue
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.first_line_indent = Cm(1)
    for i, ln in enumerate(b):
        r = p.add_run(ln)
        if ln[:3] in ("I. ", "II.", "III", "IV.") and ln.upper() == ln:
            r.bold = True
        if i < len(b) - 1:
            r.add_break()
doc.core_properties.author = "VP HDND-UBND Ham Yen"
doc.save(STAGE / f"{NAME}.docx")
print("wrote", NAME)
