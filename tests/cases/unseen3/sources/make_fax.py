"""Turn a text PDF into a fax-like image-only PDF: 200 dpi, 1-bit threshold, salt-and-pepper
specks, a grey round stamp over the signature (last page), 0.5 degree skew, no text layer."""
import sys, random, math
import pypdfium2 as pdfium
from PIL import Image, ImageDraw, ImageFont

src, out = sys.argv[1], sys.argv[2]
random.seed(20190822)
pdf = pdfium.PdfDocument(src)
pages = []
for i in range(len(pdf)):
    page = pdf[i]
    # locate signer name on last page for the stamp
    img = page.render(scale=200 / 72).to_pil().convert("L")
    bw = img.point(lambda v: 255 if v > 150 else 0, mode="L")
    px = bw.load(); W, H = bw.size
    n = int(W * H * 0.0015)
    for _ in range(n):  # pepper
        x, y = random.randrange(W), random.randrange(H)
        px[x, y] = 0
        if random.random() < 0.3 and x + 1 < W: px[x + 1, y] = 0
    for _ in range(n // 3):  # salt (drop-outs in strokes)
        px[random.randrange(W), random.randrange(H)] = 255
    if i == len(pdf) - 1:
        tp = page.get_textpage()
        # find "CHỦ TỊCH" signature area: search the signer's title
        idx = None
        text = tp.get_text_range()
        k = text.rfind("CHỦ TỊCH")
        box = tp.get_charbox(k) if k >= 0 else (W * 0.6 * 72 / 200, 300, 0, 0)
        sx = box[0] * 200 / 72; sy = (page.get_height() - box[1]) * 200 / 72
        cx, cy, r = int(sx + 90), int(sy + 150), 150
        stamp = Image.new("L", (W, H), 255); d = ImageDraw.Draw(stamp)
        d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=130, width=9)
        d.ellipse([cx - r + 28, cy - r + 28, cx + r - 28, cy + r - 28], outline=130, width=4)
        f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 26)
        for j, ch in enumerate("ỦY BAN NHÂN DÂN HUYỆN BÙ ĐĂNG * TỈNH BÌNH PHƯỚC * "):
            a = -math.pi / 2 + 2 * math.pi * j / 50
            d.text((cx + (r - 16) * math.cos(a) - 8, cy + (r - 16) * math.sin(a) - 13), ch, fill=130, font=f)
        d.polygon([(cx, cy - 40), (cx + 12, cy - 10), (cx + 42, cy - 10), (cx + 18, cy + 8),
                   (cx + 27, cy + 38), (cx, cy + 20), (cx - 27, cy + 38), (cx - 18, cy + 8),
                   (cx - 42, cy - 10), (cx - 12, cy - 10)], fill=130)
        # a hand signature scrawl in black under the stamp
        d2 = ImageDraw.Draw(bw)
        pts = [(cx - 120 + t * 8, cy + 40 * math.sin(t / 2.5)) for t in range(30)]
        d2.line(pts, fill=0, width=4)
        bw = Image.fromarray(__import__("numpy").minimum(__import__("numpy").array(bw), __import__("numpy").array(stamp)))
    bw = bw.rotate(0.5, resample=Image.NEAREST, expand=False, fillcolor=255)
    pages.append(bw)
pages[0].save(out, "PDF", resolution=200, save_all=True, append_images=pages[1:])
