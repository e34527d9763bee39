"""Plan 1: Cầu Ngang (Trà Vinh) district ASEAN 2022 plan -> DOCX -> LibreOffice PDF ->
pdftoppm 200 dpi grey -> Pillow skew 1.4° + JPEG q60 -> Pillow image-only PDF."""
import subprocess, glob, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *
from PIL import Image
NAME = "tra-vinh_cau-ngang_145-KH-UBND_2022_asean-scan"
H = dict(parent=["ỦY BAN NHÂN DÂN"], body=["HUYỆN CẦU NGANG"], number="145/KH-UBND",
         date="Cầu Ngang, ngày 15 tháng 3 năm 2022", type="KẾ HOẠCH",
         title=["Thông tin, tuyên truyền về Cộng đồng ASEAN năm 2022", "trên địa bàn huyện Cầu Ngang"],
         recipients=["- Sở Thông tin và Truyền thông;", "- TT. Huyện ủy, TT. HĐND huyện;", "- CT, các PCT UBND huyện;",
                     "- Các cơ quan, ban, ngành, đoàn thể huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."],
         sign=["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], signer="Thạch Sô Phanh")
body = open("p1.body", encoding="utf-8").read().strip().split("\n")
doc = Document(); setup(doc); header(doc, H)
for l in body: body_line(doc, l)
closing(doc, H)
os.makedirs("build", exist_ok=True)
doc.save(f"build/{NAME}.docx")
open(f"{NAME}.source.txt", "w", encoding="utf-8").write(source_text(H, body))
subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", "build", f"build/{NAME}.docx"], check=True, capture_output=True)
for f in glob.glob("build/p1pg-*"): os.remove(f)
subprocess.run(["pdftoppm", "-r", "200", "-gray", "-png", f"build/{NAME}.pdf", "build/p1pg"], check=True)
pages = []
for i, f in enumerate(sorted(glob.glob("build/p1pg-*.png"))):
    ang = [1.4, -1.1, 1.7][i % 3]
    out = f[:-4] + ".jpg"
    im = Image.open(f).convert("L").rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=255)
    im = im.point(lambda v: min(255, int(v * 0.97 + 6)))  # slight grey paper
    im.save(out, "JPEG", quality=60)
    pages.append(Image.open(out))
pages[0].save(f"../{NAME}.pdf", save_all=True, append_images=pages[1:], resolution=200.0)
print(len(pages), "pages")
