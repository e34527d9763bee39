import json, re, unicodedata, sys, os
STAGE = '/work/coord/set17b'
def A(name, text=None, coll=False):
    return {"name": name, "text": text if text is not None else name, "collective": coll}
def S(id, label, title, level, kind=None):
    d = {"id": id, "label": label, "title": title, "level": level}
    if kind: d["kind"] = kind
    return d
def T(id, title, lead, support=(), tf=None, note=None):
    d = {"id": id, "title": title, "lead": list(lead), "support": list(support), "timeframe": tf}
    if note: d["note"] = note
    return d
def D(text, kind, section, subject, due=None, start=None, end=None, rec=None, note=None):
    d = {"text": text, "kind": kind, "due": due, "start": start, "end": end, "recurrence": rec, "section": section, "subject": subject}
    if note: d["note"] = note
    return d
def ASG(agency, section, duties):
    return {"agency": agency, "section": section, "duties": duties}
REFS = {"asean-2019-2020": ("02/QĐ-BCĐASEAN", "Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020"),
        "asean-2021-2025": ("1160/QĐ-TTg", "Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021-2025, tầm nhìn 2030")}
def norm(s):
    s = unicodedata.normalize('NFC', s).replace('**', '')
    return re.sub(r'\s+', ' ', s)
def write(name, plan, audit_areas, checks, ref, applicable):
    plan = {"schema": "planparse/plan@1", **plan}
    cov = sum(a['status']=='covered' for a in audit_areas); par = sum(a['status']=='partial' for a in audit_areas)
    mis = sum(a['status']=='missing' for a in audit_areas)
    audit = {"schema": "planparse/audit@1",
             "reference": {"id": ref, "number": REFS[ref][0], "title": REFS[ref][1]},
             "applicable": applicable, "areas": audit_areas, "checks": checks,
             "summary": {"covered": cov, "partial": par, "missing": mis, "coverage": round((cov+0.5*par)/len(audit_areas), 2)}}
    for obj, ext in ((plan, 'plan'), (audit, 'audit')):
        s = json.dumps(obj, ensure_ascii=False, indent=1)
        open(f'{STAGE}/{name}.{ext}.json', 'w').write(unicodedata.normalize('NFC', s))
    check(name)
def area(id, title, status, ev=(), note=None):
    d = {"id": id, "title": title, "status": status, "evidence": [{"section": s, "text": t} for s, t in ev]}
    if note: d["note"] = note
    return d
def chk(id, status, detail, note=None):
    d = {"id": id, "status": status, "detail": detail}
    if note: d["note"] = note
    return d
def check(name):
    src = norm(open(f'{STAGE}/sources/{name}.extracted.txt').read())
    plan = json.load(open(f'{STAGE}/{name}.plan.json')); audit = json.load(open(f'{STAGE}/{name}.audit.json'))
    quotes = []
    for s in plan['sections']: quotes.append(('section '+s['id'], s['title']))
    for t in plan['tasks']:
        quotes.append(('task '+t['id'], t['title']))
        for a in t['lead']+t['support']: quotes.append(('agency '+t['id'], a['text']))
        if t['timeframe']: quotes.append(('tf '+t['id'], t['timeframe']['text']))
    for a in plan['assignments']:
        quotes.append(('asg', a['agency']['text']))
        for d in a['duties']: quotes.append(('duty '+a['section'], d))
    for d in plan['deadlines']:
        quotes.append(('deadline', d['text'])); quotes.append(('subject', d['subject']))
    for c in plan['budget']['clauses']: quotes.append(('budget', c['text']))
    for a in plan['budget']['amounts']: quotes.append(('amount', a['text']))
    m = plan['meta']
    quotes.append(('meta.title', m['title']))
    if m['signer']: quotes.append(('signer', m['signer']['name']))
    for a in audit['areas']:
        assert a['status'] in ('covered','partial','missing')
        if a['status'] != 'missing': assert a['evidence'], a['id']
        for e in a['evidence']: quotes.append(('evidence '+a['id'], e['text']))
    ids = {s['id'] for s in plan['sections']}
    bad = [(k, q) for k, q in quotes if norm(q) not in src]
    for t in plan['tasks']: assert t['id'] in ids or t['id'].startswith('PL.') or '.' in t['id'], t['id']
    tids = ids | {t['id'] for t in plan['tasks']}
    for d in plan['deadlines']+plan['assignments']: assert d['section'] in tids, d['section']
    for a in audit['areas']:
        for e in a['evidence']: assert e['section'] in tids, (a['id'], e['section'])
    for k, q in bad: print('MISSING', k, repr(q))
    print(name, 'sections', len(plan['sections']), 'tasks', len(plan['tasks']), 'asg', len(plan['assignments']), 'deadlines', len(plan['deadlines']), 'audit', audit['summary'], 'BAD', len(bad))
    return not bad

def extract_html(path):
    import lxml.html
    root = lxml.html.parse(path).getroot()
    for bad in root.xpath('//script|//style'): bad.drop_tree()
    for el in root.iter():
        if el.tag in ('p','div','li','tr','h1','h2','h3','h4','br','td','th','aside','section','header','footer','table'):
            el.tail = ('\n' + el.tail) if el.tail else '\n'
    return unicodedata.normalize('NFC', root.body.text_content())
def extract_docx(path):
    import docx
    d = docx.Document(path); out = []
    def walk(parent):
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        for ch in parent.element.body.iterchildren() if hasattr(parent.element, 'body') else []:
            pass
    body = d.element.body
    from docx.text.paragraph import Paragraph
    from docx.table import Table
    for ch in body.iterchildren():
        if ch.tag.endswith('}p'): out.append(Paragraph(ch, d).text)
        elif ch.tag.endswith('}tbl'):
            for row in Table(ch, d).rows:
                for c in row.cells: out.append(c.text)
    return unicodedata.normalize('NFC', '\n'.join(out))
def extract_pdf(path):
    import subprocess
    return unicodedata.normalize('NFC', subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout)
def extract_pdf_cells(path):
    """pdftotext text plus every ruled-table cell read by pdfplumber (cells joined line by line)."""
    import pdfplumber
    out = [extract_pdf(path)]
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            for tb in pg.extract_tables():
                for row in tb:
                    out.extend(c.replace('\n', ' ') for c in row if c)
    return unicodedata.normalize('NFC', '\n'.join(out))
def extract_pdf_cells_derotated(path):
    """pdftotext text plus ruled-table cells read by pdfplumber from a copy of the PDF whose /Rotate was
    moved into the content (pdfplumber finds no table on a /Rotate 90 page)."""
    from pypdf import PdfReader, PdfWriter
    import tempfile
    w = PdfWriter(clone_from=PdfReader(path))
    for pg in w.pages:
        if pg.rotation: pg.transfer_rotation_to_content()
    tmp = tempfile.mktemp(suffix='.pdf'); w.write(tmp)
    import pdfplumber
    out = [extract_pdf(path)]
    with pdfplumber.open(tmp) as pdf:
        for pg in pdf.pages:
            for tb in pg.extract_tables():
                for row in tb:
                    out.extend(c.replace('\n', ' ') for c in row if c)
    return unicodedata.normalize('NFC', '\n'.join(out))

# ---- set 15b: a plain Word-style DOCX builder (header table, body paragraphs, signature table) ----
def build_docx(path, header, body, sign, recipients, size=13):
    """header: (left_lines, right_lines, number, place_date) with left/right lines as (text, bold).
    body: list of (style, text): 'c' centred bold, 'ci' centred italic, 'h' bold heading, 'hi' bold italic
    heading, 'p' indented paragraph. sign: list of (text, bold) lines for the signature cell."""
    import docx
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    d = docx.Document()
    s = d.sections[0]; s.page_width = Cm(21); s.page_height = Cm(29.7); s.left_margin = Cm(3); s.right_margin = Cm(2)
    s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
    st.paragraph_format.space_after = Pt(4); st.paragraph_format.line_spacing = 1.1
    left, right, number, place = header
    hd = d.add_table(rows=2, cols=2)
    def cell(c, lines, italic=False):
        for i, (ln, b) in enumerate(lines):
            p = c.paragraphs[0] if i == 0 else c.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            r = p.add_run(ln); r.bold = b; r.italic = italic; r.font.size = Pt(size - 1)
    cell(hd.cell(0, 0), left); cell(hd.cell(0, 1), right)
    cell(hd.cell(1, 0), [(number, False)]); cell(hd.cell(1, 1), [(place, False)], italic=True)
    hd.columns[0].width = Cm(6.5)
    for r in hd.rows: r.cells[0].width = Cm(6.5); r.cells[1].width = Cm(9.5)
    d.add_paragraph('')
    for style, text in body:
        p = d.add_paragraph(); r = p.add_run(text)
        if style in ('c', 'ci'):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r.bold = style == 'c'; r.italic = style == 'ci'
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY; p.paragraph_format.first_line_indent = Cm(1)
            if style in ('h', 'hi'): r.bold = True
            if style == 'hi': r.italic = True
    sg = d.add_table(rows=1, cols=2)
    c0 = sg.cell(0, 0)
    for i, ln in enumerate(recipients):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph(); p.paragraph_format.space_after = Pt(0)
        r = p.add_run(ln); r.font.size = Pt(11 if i else 12); r.bold = i == 0; r.italic = i == 0
    c1 = sg.cell(0, 1)
    for i, (ln, b) in enumerate(sign):
        p = c1.paragraphs[0] if i == 0 else c1.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0); r = p.add_run(ln); r.bold = b
    d.save(path)
    return d
def to_pdf(docx_path, outdir):
    import subprocess
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', outdir, docx_path], check=True, capture_output=True)
def pdf_pages(path):
    import subprocess, re
    out = subprocess.run(['pdfinfo', path], capture_output=True, text=True).stdout
    return int(re.search(r'Pages:\s+(\d+)', out).group(1))
def extract_pdf_raw(path):
    """pdftotext -raw (content-stream order; keeps a line-final ' -' that the default mode would dehyphenate away)."""
    import subprocess
    return unicodedata.normalize('NFC', subprocess.run(['pdftotext', '-raw', path, '-'], capture_output=True, text=True).stdout)
