import sys, re, os, subprocess, shutil
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx import Document
from docx.shared import Pt, Mm
from docx.enum.text import WD_ALIGN_PARAGRAPH
import docxbuild
name = sys.argv[1]; here = os.path.dirname(os.path.abspath(__file__)); tmp = '/tmp/u7b_runin'; os.makedirs(tmp, exist_ok=True)
lines = open(f'{here}/{name}.source.txt').read().split('\n')
# mark task lines (section III numbered items) for auto-numbering
start = lines.index('III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN'); end = lines.index('IV. KINH PHÍ')
docxbuild.build(lines, f'{tmp}/pre.docx', page=(210, 297), margins=20, size=13)
doc = Document(f'{tmp}/pre.docx')
for p in doc.paragraphs:
    t = p.text
    m = re.match(r'^(\d+)\. (.*)$', t)
    if m and t in lines[start:end]:
        body = m.group(2); head, rest = body.split(':', 1)
        for r in list(p.runs): r._element.getparent().remove(r._element)
        p.style = doc.styles['List Number']
        p.paragraph_format.first_line_indent = Mm(0)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        r = p.add_run(head + ':'); r.bold = True; r.italic = True
        p.add_run(rest)
doc.save(f'{tmp}/{name}.docx')
os.makedirs(f'{tmp}/lo', exist_ok=True)
subprocess.run(['soffice', '--headless', '--convert-to', 'docx', '--outdir', f'{tmp}/lo', f'{tmp}/{name}.docx'], check=True, capture_output=True)
shutil.copy(f'{tmp}/lo/{name}.docx', f'{here}/../{name}.docx')
