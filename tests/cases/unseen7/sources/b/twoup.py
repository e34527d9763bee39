import sys, random, subprocess, os
import pypdfium2 as pdfium
from PIL import Image, ImageFilter, ImageDraw
sys.path.insert(0, os.path.dirname(__file__))
from docxbuild import build
name = sys.argv[1]; here = os.path.dirname(os.path.abspath(__file__)); tmp = '/tmp/u7b_twoup'; os.makedirs(tmp, exist_ok=True)
build(open(f'{here}/{name}.source.txt').read().split('\n'), f'{tmp}/{name}.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', tmp, f'{tmp}/{name}.docx'], check=True, capture_output=True)
pdf = pdfium.PdfDocument(f'{tmp}/{name}.pdf')
pages = [pdf[i].render(scale=200/72).to_pil().convert('L') for i in range(len(pdf))]
print('A5 pages', len(pages))
random.seed(7)
W, H = 2339, 1654  # A4 landscape @200dpi
sheets = []
for k in range(0, len(pages), 2):
    sheet = Image.new('L', (W, H), 250)
    for j, pg in enumerate(pages[k:k+2]):
        pg = pg.resize((int(pg.width * H / pg.height * 0.97), int(H * 0.97)))
        x = 20 + j * (W // 2) + (W // 2 - pg.width) // 2 - 10
        sheet.paste(pg, (x, 25))
    d = ImageDraw.Draw(sheet)
    d.line([(W // 2, 0), (W // 2, H)], fill=200, width=2)  # fold shadow
    px = sheet.load()
    for _ in range(9000):
        x, y = random.randrange(W), random.randrange(H); px[x, y] = random.choice((90, 140, 180))
    sheet = sheet.rotate(random.uniform(-0.6, 0.6), fillcolor=245, resample=Image.BICUBIC)
    sheet = sheet.filter(ImageFilter.GaussianBlur(0.5))
    sheets.append(sheet)
sheets[0].save(f'{here}/../{name}.pdf', save_all=True, append_images=sheets[1:], resolution=200.0)
print('sheets', len(sheets))
