"""Plan 3: commune/ward plan, DOCX made with python-docx then converted to legacy .doc by LibreOffice."""
import sys, subprocess, shutil
sys.path.insert(0, "/work/unseen4a/sources")
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from common import STAGE

NAME = "lao-cai_coc-leu_45-KH-UBND_2022_asean-doc"

def main():
    lines = (STAGE / "sources" / f"{NAME}.source.txt").read_text(encoding="utf-8").splitlines()
    doc = Document(); __import__("common").compact(doc)
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    hdr = [l[3:].split("\t") for l in lines if l.startswith("#C ")]
    t = doc.add_table(rows=len(hdr), cols=2)
    for i, (l, r) in enumerate(hdr):
        for j, txt in enumerate((l, r)):
            c = t.cell(i, j); c.text = ""
            run = c.paragraphs[0].add_run(txt); run.bold = i < 2 and (j == 1 or i == 1)
            run.italic = (i == 2 and j == 1)
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    sig = [l[3:].split("\t") for l in lines if l.startswith("#S ")]
    for line in lines:
        if line.startswith(("#C ", "#S ")):
            continue
        p = doc.add_paragraph()
        if line.startswith("#T "):
            r = p.add_run(line[3:]); r.bold = True; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif line.startswith("#B "):
            r = p.add_run(line[3:]); r.bold = True; p.paragraph_format.first_line_indent = Cm(1)
        else:
            p.add_run(line); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1)
    s = doc.add_table(rows=1, cols=2)
    s.cell(0, 0).text = "\n".join(l for l, r in sig)
    s.cell(0, 1).text = "\n".join(r for l, r in sig[:2]) + "\n\n\n\n" + sig[-1][1]
    tmp = STAGE / "sources" / f"{NAME}.docx"
    doc.save(tmp)
    subprocess.run(["soffice", "--headless", "--convert-to", "doc", "--outdir", str(STAGE), str(tmp)],
                   check=True, capture_output=True, timeout=180)
    print("wrote", NAME + ".doc")

if __name__ == "__main__":
    main()
