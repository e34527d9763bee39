"""Plan 1 (Đồng Nai): lay the plan out as a DOCX (python-docx, ruled annex table), convert to PDF with
LibreOffice, rasterise with pdftoppm at 250 dpi (grey), add scanner noise / skew / blur with Pillow and pack the
page images back into an image-only PDF (no text layer). planparse is never used."""
import os, random, re, shutil, subprocess, sys, glob
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageFilter

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dong-nai_9436-KH-UBND_2019_asean-scanannex"
OUT = "/work/unseen10a"
TMP = "/tmp/u10a_scan"; os.makedirs(TMP, exist_ok=True)
lines = open(f"{HERE}/{NAME}.source.txt", encoding="utf-8").read().split("\n")

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(1.8), Cm(1.8), Cm(1.6)
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.paragraph_format.space_after = Pt(2); st.paragraph_format.line_spacing = 1.0

def no_borders(t):
    tblPr = t._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)

def para(text, align=WD_ALIGN_PARAGRAPH.JUSTIFY, bold=False, italic=False, size=None, indent=True):
    p = doc.add_paragraph(); p.alignment = align
    if indent and align == WD_ALIGN_PARAGRAPH.JUSTIFY:
        p.paragraph_format.first_line_indent = Cm(1)
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    return p

i = 0; in_annex = False
while i < len(lines):
    l = lines[i]
    if " || " in l:
        block = []
        while i < len(lines) and " || " in lines[i]:
            block.append(lines[i].split(" || ")); i += 1
        sig = block[0][0].startswith("Nơi nhận")
        t = doc.add_table(rows=len(block), cols=2); no_borders(t); t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), ((Cm(7.5), Cm(9.5)) if not sig else (Cm(8.5), Cm(7.7)))):
            gc.set(qn("w:w"), str(int(w.twips)))
        t.columns[0].width = Cm(7.5 if not sig else 8.5); t.columns[1].width = Cm(9.5 if not sig else 7.7)
        for r, (a, b) in enumerate(block):
            for c, txt in ((0, a), (1, b)):
                cell = t.cell(r, c); cell.width = t.columns[c].width
                p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(0)
                run = p.add_run(txt)
                if sig:
                    if c == 0:
                        run.font.size = Pt(11 if r else 12); run.bold = r == 0; run.italic = r == 0
                    else:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; run.bold = True; run.font.size = Pt(13)
                else:
                    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    if txt.startswith("Số:"):
                        run.font.size = Pt(13)
                    elif c == 1 and r == 2:
                        run.italic = True; run.font.size = Pt(13)
                    else:
                        run.bold = (r == 1) or (c == 1 and r == 0) or (c == 1 and r == 1)
                        run.font.size = Pt(12 if c == 1 and r == 0 else 13)
        doc.add_paragraph()
        continue
    if l.startswith("TAB: "):
        rows = []
        while i < len(lines) and lines[i].startswith("TAB: "):
            rows.append([c.strip() for c in lines[i][5:].split(" | ")]); i += 1
        t = doc.add_table(rows=len(rows), cols=5); t.style = "Table Grid"; t.alignment = WD_TABLE_ALIGNMENT.CENTER
        widths = [Cm(1.3), Cm(6.6), Cm(3.3), Cm(3.6), Cm(2.4)]
        t.autofit = False
        for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(w.twips)))
        for r, row in enumerate(rows):
            group = bool(re.fullmatch(r"[IVX]+", row[0]))
            if group:
                m = t.cell(r, 1).merge(t.cell(r, 4))
            for c in range(5):
                t.cell(r, c).width = widths[c]
            for c, txt in enumerate(row):
                if group and c > 1:
                    continue
                cell = t.cell(r, c)
                p = cell.paragraphs[0]; p.paragraph_format.space_after = Pt(2)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (c in (0, 4) or r == 0) else WD_ALIGN_PARAGRAPH.LEFT
                run = p.add_run(txt); run.font.size = Pt(11.5)
                run.bold = r == 0 or group
        continue
    i += 1
    if l == "##PAGE":
        p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE); in_annex = True; continue
    if not l.strip():
        continue
    if l.startswith("#T "):
        para(l[3:], WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=14 if l[3:] in ("KẾ HOẠCH",) else 13); continue
    if l.startswith("#t "):
        para(l[3:], WD_ALIGN_PARAGRAPH.CENTER, italic=True, size=12); continue
    heading = bool(re.match(r"^[IVX]+\. ", l)) or (bool(re.match(r"^\d+\. ", l)) and len(l) < 110 and not l.endswith("."))
    para(l, bold=heading)

doc.save(f"{TMP}/{NAME}.docx"); shutil.copy(f"{TMP}/{NAME}.docx", f"{HERE}/{NAME}.intermediate.docx")
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", TMP, f"{TMP}/{NAME}.docx"], check=True, capture_output=True)
for f in glob.glob(f"{TMP}/pg-*.png"):
    os.remove(f)
subprocess.run(["pdftoppm", "-r", "250", "-gray", "-png", f"{TMP}/{NAME}.pdf", f"{TMP}/pg"], check=True)
pages = sorted(glob.glob(f"{TMP}/pg-*.png"))
random.seed(1019)
out = []
for k, f in enumerate(pages):
    im = Image.open(f).convert("L")
    # paper tone + toner speckles
    im = im.point(lambda v: 236 + (v * 19) // 255 if v > 200 else max(0, v - 10))
    px = im.load(); W, H = im.size
    for _ in range(14000):
        x, y = random.randrange(W), random.randrange(H); px[x, y] = random.choice((60, 110, 160, 200))
    for _ in range(6):  # short dust streaks
        x, y = random.randrange(W), random.randrange(H)
        for d in range(random.randrange(8, 40)):
            if 0 <= x + d < W: px[x + d, y] = 120
    im = im.rotate(random.uniform(-0.9, 0.9), resample=Image.BICUBIC, fillcolor=238, expand=False)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    # slight offset as on a feeder scanner
    canvas = Image.new("L", (W, H), 240); canvas.paste(im, (random.randrange(-12, 12), random.randrange(-10, 16)))
    out.append(canvas)
out[0].save(f"{OUT}/{NAME}.pdf", save_all=True, append_images=out[1:], resolution=250.0, quality=72)
print("pages", len(out))
