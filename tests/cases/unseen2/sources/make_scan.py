"""DOCX->PDF (LibreOffice, done before) -> 300 dpi greyscale images, small rotation per page, mild noise/blur,
red round stamp partly over the signer's name on the last page, image-only PDF (no text layer)."""
import sys, math, random, pathlib
import pypdfium2 as pdfium, pdfplumber
from PIL import Image, ImageDraw, ImageFilter, ImageFont, ImageChops
src, out, signer = sys.argv[1], sys.argv[2], sys.argv[3]
random.seed(7)
angles = [0.8, -1.2, 1.45]
DPI = 300; k = DPI / 72
with pdfplumber.open(src) as p:
    last = p.pages[-1]
    words = last.extract_words()
    first = signer.split()[0]
    w0 = [w for w in words if w["text"] == first][-1]
    name_box = (w0["x0"] * k, w0["top"] * k)
pdf = pdfium.PdfDocument(src)
pages = []
for i in range(len(pdf)):
    img = pdf[i].render(scale=k, grayscale=True).to_pil().convert("L")
    if i == len(pdf) - 1:
        img = img.convert("RGB")
        stamp = Image.new("RGBA", (560, 560), (0, 0, 0, 0))
        d = ImageDraw.Draw(stamp)
        red = (205, 30, 40, 200)
        d.ellipse((10, 10, 550, 550), outline=red, width=14)
        d.ellipse((70, 70, 490, 490), outline=red, width=6)
        f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 40)
        txt = "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH * TỈNH LẠNG SƠN * "
        for j, ch in enumerate(txt):
            a = 2 * math.pi * j / len(txt) - math.pi / 2
            x, y = 280 + 225 * math.cos(a), 280 + 225 * math.sin(a)
            g = Image.new("RGBA", (50, 50), (0, 0, 0, 0)); ImageDraw.Draw(g).text((8, 2), ch, font=f, fill=red)
            g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
            stamp.alpha_composite(g, (int(x - 25), int(y - 25)))
        d.text((280, 280), "★", font=ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 120), fill=red, anchor="mm")
        stamp = stamp.rotate(12, resample=Image.BICUBIC)
        # centre the stamp left of and above the name so it overlaps the name's first half
        x, y = int(name_box[0] - 200), int(name_box[1] - 380)
        img.paste(stamp, (x, y), stamp)
    # mild blur + noise
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    noise = Image.effect_noise(img.size, 18).convert("L")
    noise = noise.point(lambda v: (v - 128) // 3 + 128)
    if img.mode == "RGB":
        img = ImageChops.add(img, Image.merge("RGB", [noise] * 3), 1.0, -128)
    else:
        img = ImageChops.add(img, noise, 1.0, -128)
    fill = 255 if img.mode == "L" else (255, 255, 255)
    img = img.rotate(angles[i], resample=Image.BICUBIC, expand=False, fillcolor=fill)
    pages.append(img)
pages[0].save(out, save_all=True, append_images=pages[1:], resolution=DPI)
