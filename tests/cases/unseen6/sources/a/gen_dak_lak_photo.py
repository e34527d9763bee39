"""Plan 4: Đắk Lắk Sở VHTTDL, 'phone photo of a printed page' PDF. Steps: DOCX (python-docx) ->
LibreOffice PDF -> pdftoppm 150 dpi -> Pillow: page placed on a desk background with a slight
perspective warp, uneven lighting (diagonal gradient + vignette), mild blur, JPEG q=62 -> PDF."""
import io, random, re, subprocess, sys, tempfile
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from PIL import Image, ImageFilter, ImageDraw, ImageChops
sys.path.insert(0, str(Path(__file__).parent))
from common import N, STAGE

NAME = "dak-lak_2315-KH-SVHTTDL_2019_asean-phonephoto"
HERE = Path(__file__).parent
MK = N((HERE / f"{NAME}.mk").read_text(encoding="utf-8"))

def font(run, size=13, bold=None, italic=None):
    run.font.name = "Times New Roman"; run.font.size = Pt(size)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "Times New Roman")
    if bold is not None: run.bold = bold
    if italic is not None: run.italic = italic

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(1.5), Cm(1.5), Cm(1.5)
pf = doc.styles["Normal"].paragraph_format; pf.space_after = Pt(2); pf.space_before = Pt(0); pf.line_spacing = 1.0
src, hdr, sig = [], [], []

def two_col(rows, widths, hdr_mode):
    t = doc.add_table(rows=len(rows), cols=2); t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for r, (l, rr) in enumerate(rows):
        for c, txt in enumerate((l, rr)):
            cell = t.cell(r, c); cell.width = Cm(widths[c])
            p = cell.paragraphs[0]
            if hdr_mode or c == 1: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if hdr_mode:
                font(p.add_run(txt), 12 if c == 0 or r == 0 else 13, bold=not txt.startswith(("Số:", "Đắk Lắk")),
                     italic=txt.startswith("Đắk Lắk"))
            else:
                font(p.add_run(txt), 13 if c == 1 else (12 if r == 0 else 11), bold=(c == 1 or r == 0), italic=(c == 0 and r == 0))

for line in MK.split("\n"):
    if not line.strip(): continue
    tag, rest = ("P", line)
    if line.startswith("@"):
        tag, _, rest = line.partition(" "); tag = tag[1:]
    if tag == "HDR":
        l, _, r = rest.partition(" | "); hdr.append((l, r)); src.append(f"{l}\t{r}"); continue
    if hdr:
        two_col(hdr, (7.0, 10.0), True); hdr = []
    if tag == "SIG":
        l, _, r = rest.partition(" | "); sig.append((l, r)); src.append(l + (f"\t{r}" if r.strip() else "")); continue
    p = doc.add_paragraph(); src.append(rest)
    if tag == "C":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if rest.startswith("PHẦN THỨ"): p.paragraph_format.space_before = Pt(6)
        font(p.add_run(rest), 14 if rest == "KẾ HOẠCH" else 13, bold=True)
    elif tag == "B":
        p.paragraph_format.first_line_indent = Cm(1); font(p.add_run(rest), 13, bold=True)
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.first_line_indent = Cm(1)
        font(p.add_run(rest), 13)
two_col(sig, (8.5, 8.5), False)
(HERE / f"{NAME}.source.txt").write_text("\n".join(src) + "\n", encoding="utf-8")

tmp = Path(tempfile.mkdtemp())
docx_path = tmp / f"{NAME}.docx"; doc.save(docx_path)
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
               check=True, capture_output=True)
subprocess.run(["pdftoppm", "-r", "170", "-png", str(tmp / f"{NAME}.pdf"), str(tmp / "pg")], check=True)
pages = sorted(tmp.glob("pg-*.png"))
print("pages", len(pages))

def find_coeffs(dst, src_):
    import numpy as np
    A_ = []; B = []
    for (x, y), (X, Y) in zip(dst, src_):
        A_.append([x, y, 1, 0, 0, 0, -X * x, -X * y]); A_.append([0, 0, 0, x, y, 1, -Y * x, -Y * y]); B += [X, Y]
    return list(np.linalg.solve(np.array(A_, float), np.array(B, float)))

rnd = random.Random(2315)
out_imgs = []
for k, pth in enumerate(pages):
    page = Image.open(pth).convert("RGB")
    w, h = page.size
    # warm paper tint
    page = ImageChops.multiply(page, Image.new("RGB", page.size, (250, 246, 236)))
    W, H = int(w * 1.10), int(h * 1.08)
    # where the page corners land in the photo (TL, TR, BR, BL): a slight keystone + rotation
    j = lambda s: rnd.uniform(-s, s)
    dst = [(0.045 * W + j(8), 0.030 * H + j(8)), (0.955 * W + j(8), 0.045 * H + j(8)),
           (0.975 * W + j(8), 0.975 * H + j(8)), (0.020 * W + j(8), 0.960 * H + j(8))]
    src_pts = [(0, 0), (w, 0), (w, h), (0, h)]
    coeffs = find_coeffs(dst, src_pts)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(0, 0, 0))
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BILINEAR, fillcolor=0)
    desk = Image.new("RGB", (W, H), (118, 92, 70))
    dd = ImageDraw.Draw(desk)
    for y in range(0, H, 7):  # wood-ish streaks
        c = 110 + int(12 * ((y * 37) % 11) / 11)
        dd.line([(0, y), (W, y + rnd.randint(-6, 6))], fill=(c, int(c * 0.78), int(c * 0.6)), width=3)
    photo = Image.composite(warped, desk, mask)
    # uneven lighting: brighter top-left, darker bottom-right, plus a soft vignette
    import numpy as np
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    fall = 1.0 - 0.30 * (0.55 * xx / W + 0.45 * yy / H)            # light from the top-left
    spot = 0.06 * np.exp(-(((xx - 0.3 * W) / (0.35 * W)) ** 2 + ((yy - 0.25 * H) / (0.3 * H)) ** 2))
    vig = 1.0 - 0.18 * (((xx - W / 2) / (W / 2)) ** 2 + ((yy - H / 2) / (H / 2)) ** 2) / 2
    lum = np.clip(fall * vig + spot, 0, 1.05)
    arr = np.asarray(photo).astype(np.float32) * lum[..., None] * np.array([1.0, 0.99, 0.95])
    photo = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    photo = photo.filter(ImageFilter.GaussianBlur(0.7))
    buf = io.BytesIO(); photo.save(buf, "JPEG", quality=62); buf.seek(0)
    out_imgs.append(Image.open(buf).convert("RGB"))
    out_imgs[-1].save(tmp / f"photo-{k}.jpg", quality=62)
out_imgs[0].save(STAGE / f"{NAME}.pdf", "PDF", save_all=True, append_images=out_imgs[1:], resolution=170)
print("wrote", STAGE / f"{NAME}.pdf", "tmp", tmp)
