"""Plan 3: Sở Công Thương Tiền Giang 2023 plan. Body pages: python-docx -> LibreOffice PDF (text layer).
Last page: the recipients + signature block with a red seal and signature, drawn as a 200-dpi
colour 'scan' (Pillow, slight rotation, JPEG q70) and appended as an image-only PDF page (pdfunite)."""
import subprocess, os, sys, math, random
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *
from PIL import Image, ImageDraw, ImageFont
NAME = "tien-giang_58-KH-SCT_2023_asean-business-sigscan"
H = dict(parent=["UBND TỈNH TIỀN GIANG"], body=["SỞ CÔNG THƯƠNG"], number="58/KH-SCT",
         date="Tiền Giang, ngày 20 tháng 02 năm 2023", type="KẾ HOẠCH",
         title=["Tuyên truyền, phổ biến về Cộng đồng Kinh tế ASEAN", "cho doanh nghiệp năm 2023"],
         recipients=["- UBND tỉnh (b/c);", "- Sở Thông tin và Truyền thông;", "- Giám đốc, các PGĐ Sở;",
                     "- Các phòng, đơn vị thuộc Sở;", "- Hiệp hội Doanh nghiệp tỉnh;", "- Lưu: VT, QLTM."],
         sign=["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], signer="Trần Quốc Dũng")
body = open("p3.body", encoding="utf-8").read().strip().split("\n")
doc = Document(); setup(doc); header(doc, H)
for l in body: body_line(doc, l)
os.makedirs("build", exist_ok=True)
doc.save(f"build/{NAME}-body.docx")
open(f"{NAME}.source.txt", "w", encoding="utf-8").write(source_text(H, body))
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", "build", f"build/{NAME}-body.docx"], check=True, capture_output=True)
# --- the scanned signature page
W, Hh = 1654, 2339  # A4 at 200 dpi
im = Image.new("RGB", (W, Hh), (250, 249, 244)); d = ImageDraw.Draw(im)
F = lambda sz, b=False, i=False: ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif%s.ttf" % ("-Bold" if b and not i else "-BoldItalic" if b and i else "-Italic" if i else ""), sz)
x0, y = 236, 260
d.text((x0, y), "Nơi nhận:", font=F(30, True, True), fill=(20, 20, 20)); y += 48
for r in H["recipients"]:
    d.text((x0, y), r, font=F(26), fill=(20, 20, 20)); y += 40
cx = 1130
for k, line in enumerate(H["sign"]):
    f = F(34, True); w = d.textlength(line, font=f); d.text((cx - w / 2, 260 + 50 * k), line, font=f, fill=(15, 15, 15))
# red seal
sx, sy, R = 1010, 520, 165
red = (200, 30, 40)
for rr in (R, R - 10, R - 70):
    d.ellipse((sx - rr, sy - rr, sx + rr, sy + rr), outline=red, width=6 if rr != R - 10 else 3)
ring = "SỞ CÔNG THƯƠNG * TỈNH TIỀN GIANG * "
fs = F(26, True)
for k, ch in enumerate(ring):
    ang = -math.pi / 2 + 2 * math.pi * k / len(ring)
    layer = Image.new("RGBA", (40, 40), (0, 0, 0, 0)); ImageDraw.Draw(layer).text((8, 2), ch, font=fs, fill=red + (255,))
    layer = layer.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
    im.paste(layer, (int(sx + (R - 40) * math.cos(ang)) - 20, int(sy + (R - 40) * math.sin(ang)) - 20), layer)
d.text((sx - 38, sy - 30), "★", font=ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 60), fill=red)
# signature scribble (blue ink)
random.seed(3); pts = [(1040 + 30 * t, 560 + int(40 * math.sin(t * 1.3)) + random.randint(-8, 8)) for t in range(9)]
d.line(pts, fill=(20, 40, 140), width=5); d.line([(1060, 620), (1300, 540)], fill=(20, 40, 140), width=4)
f = F(34, True); w = d.textlength(H["signer"], font=f); d.text((cx - w / 2, 740), H["signer"], font=f, fill=(15, 15, 15))
im = im.rotate(-0.8, resample=Image.BICUBIC, fillcolor=(250, 249, 244))
im.save("build/p3sig.jpg", "JPEG", quality=70)
Image.open("build/p3sig.jpg").save("build/p3sig.pdf", resolution=200.0)
subprocess.run(["pdfunite", f"build/{NAME}-body.pdf", "build/p3sig.pdf", f"../{NAME}.pdf"], check=True)
