import sys, re, os, subprocess
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
name = sys.argv[1]; here = os.path.dirname(os.path.abspath(__file__)); tmp = '/tmp/u7b_pandoc'; os.makedirs(tmp, exist_ok=True)
lines = open(f'{here}/{name}.source.txt').read().split('\n')
doc = Document(); sec = doc.sections[0]; sec.page_width, sec.page_height = Mm(210), Mm(297)
st = doc.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
i = 0; after_title = 0; last = None
while i < len(lines):
    l = lines[i]
    if ' | ' in l and not l.startswith('|'):
        block = []
        while i < len(lines) and ' | ' in lines[i] and not lines[i].startswith('|'):
            block.append(lines[i].split(' | ')); i += 1
        t = doc.add_table(rows=len(block), cols=2)
        for r, row in enumerate(block):
            for c, txt in enumerate(row):
                p = t.cell(r, c).paragraphs[0]; run = p.add_run(txt)
                if r < 2 or txt.isupper() or txt.startswith('KT.'): run.bold = True
                if txt == 'Độc lập - Tự do - Hạnh phúc': run.underline = True
                if txt == 'Nơi nhận:': run.italic = True
        last = None; continue
    if l.startswith('|'):
        block = []
        while i < len(lines) and lines[i].startswith('|'):
            block.append([x.strip() for x in lines[i].strip('|').split('|')]); i += 1
        t = doc.add_table(rows=len(block), cols=3); t.style = 'Table Grid'
        for r, row in enumerate(block):
            for c, txt in enumerate(row):
                run = t.cell(r, c).paragraphs[0].add_run(txt); run.bold = (r == 0)
        last = None; continue
    i += 1
    if not l.strip(): last = None; continue
    if re.match(r'^- (Đơn vị chủ trì|Đơn vị phối hợp|Thời gian):', l) and last is not None:
        last.runs[-1].add_break(WD_BREAK.LINE)
        m = re.match(r'^(- [^:]+:)(.*)$', l)
        r = last.add_run(m.group(1)); r.italic = True; last.add_run(m.group(2)); continue
    p = doc.add_paragraph(); last = p
    if l == 'KẾ HOẠCH':
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(l).bold = True; after_title = 1; last = None; continue
    if after_title:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run(l).bold = True; after_title = 0; last = None; continue
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.first_line_indent = Mm(10)
    if re.match(r'^[IVX]+\. ', l) or (re.match(r'^\d+\. ', l) and len(l) < 80):
        m = re.match(r'^(\S+) (.*)$', l); p.add_run(m.group(1) + ' ').bold = True; p.add_run(m.group(2)).bold = True
    else:
        p.add_run(l)
    if l.startswith('- Thời gian: hoàn thành trước'):
        pass
doc.save(f'{tmp}/{name}.docx')
out = subprocess.run(['pandoc', '-f', 'docx', '-t', 'markdown', f'{tmp}/{name}.docx'], check=True, capture_output=True, text=True).stdout
open(f'{here}/../{name}.md', 'w').write(out)
