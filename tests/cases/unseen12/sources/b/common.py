"""Shared helpers for unseen12b gold scripts. Values are hand-entered in gold_*.py; this module only
formats JSON and VERIFIES that every quoted string occurs verbatim in (a) the source text and
(b) the text extracted from the delivered document (pdftotext / python-docx / tag stripping / raw md).
planparse is never imported or run."""
import json, re, unicodedata, subprocess, html
from pathlib import Path
STAGE = Path('/work/unseen12b')
def A(name, text=None, coll=False):
    return {"name": name, "text": text if text is not None else name, "collective": coll}
def S(id, label, title, level, kind=None, note=None):
    d = {"id": id, "label": label, "title": title, "level": level}
    if kind: d["kind"] = kind
    if note: d["note"] = note
    return d
def TF(text, start, end):
    return {"text": text, "start": start, "end": end}
def T(id, title, lead, support=(), tf=None, note=None):
    d = {"id": id, "title": title, "lead": list(lead), "support": list(support), "timeframe": tf}
    if note: d["note"] = note
    return d
def D(text, kind, section, subject, due=None, start=None, end=None, rec=None, note=None):
    d = {"text": text, "kind": kind, "due": due, "start": start, "end": end, "recurrence": rec, "section": section, "subject": subject}
    if note: d["note"] = note
    return d
def ASG(agency, section, duties, note=None):
    d = {"agency": agency, "section": section, "duties": duties}
    if note: d["note"] = note
    return d
REFS = {"asean-2019-2020": ("02/QĐ-BCĐASEAN", "Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020"),
        "asean-2021-2025": ("1160/QĐ-TTg", "Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021-2025, tầm nhìn 2030 (reconstructed reference)")}
def area(id, title, status, ev=(), note=None):
    d = {"id": id, "title": title, "status": status, "evidence": [{"section": s, "text": t} for s, t in ev]}
    if note: d["note"] = note
    return d
def chk(id, status, detail, note=None):
    d = {"id": id, "status": status, "detail": detail}
    if note: d["note"] = note
    return d
def norm(s):
    s = unicodedata.normalize('NFC', s).replace('**', '').replace('\xa0', ' ')
    return re.sub(r'\s+', ' ', s)
def doc_text(p):
    p = Path(p)
    if p.suffix == '.pdf':
        txt = subprocess.run(['pdftotext', str(p), '-'], capture_output=True, text=True, check=True).stdout
        # table cells: pdftotext interleaves the lines of side-by-side cells, so cell text is also taken
        # cell by cell with pdfplumber (a quote must be found in one or the other)
        import pdfplumber
        cells = []
        with pdfplumber.open(p) as pdf:
            for page in pdf.pages:
                for tb in page.extract_tables():
                    for row in tb:
                        cells += [c for c in row if c]
        return txt + '\n' + '\n'.join(cells)
    if p.suffix == '.docx':
        from docx import Document
        out = []
        for el in Document(p).element.body.iter():
            tag = el.tag.split('}')[1]
            if tag == 'p':
                out.append(''.join(t.text or '' for t in el.iter() if t.tag.endswith('}t')))
        return '\n'.join(out)
    if p.suffix == '.html':
        raw = p.read_bytes()
        m = re.search(rb'charset=["\']?([\w-]+)', raw[:2000]); enc = m.group(1).decode() if m else 'utf-8'
        s = raw.decode(enc)
        s = re.sub(r'(?is)<(script|style).*?</\1>', ' ', s)
        s = re.sub(r'(?i)<br\s*/?>', '\n', s); s = re.sub(r'<[^>]+>', ' ', s)
        return html.unescape(s)
    s = p.read_text(encoding='utf-8')
    if p.suffix == '.md':  # raw HTML tables inside the Markdown: strip tags; drop md escapes
        s = re.sub(r'<[^>]+>', ' ', s); s = re.sub(r'\\([\\`*_{}\[\]()#+\-.!"\'])', r'\1', s)
    return s
def quotes(plan, audit):
    q = []
    for s in plan['sections']: q.append(('section ' + s['id'], s['title']))
    for t in plan['tasks']:
        q.append(('task ' + t['id'], t['title']))
        for a in t['lead'] + t['support']: q.append(('agency ' + t['id'], a['text']))
        if t['timeframe']: q.append(('tf ' + t['id'], t['timeframe']['text']))
    for a in plan['assignments']:
        q.append(('asg', a['agency']['text']))
        for d in a['duties']: q.append(('duty ' + a['section'], d))
    for d in plan['deadlines']:
        q.append(('deadline', d['text'])); q.append(('subject', d['subject']))
    for c in plan['budget']['clauses']: q.append(('budget', c['text']))
    for a in plan['budget']['amounts']: q.append(('amount', a['text']))
    m = plan['meta']
    q.append(('meta.title', m['title']))
    if m['number']: q.append(('number', m['number']))
    if m['signer']: q.append(('signer', m['signer']['name']))
    for a in audit['areas']:
        for e in a['evidence']: q.append(('evidence ' + a['id'], e['text']))
    return q
def write(name, ext, plan, areas, checks, ref, applicable):
    plan = {"schema": "planparse/plan@1", **plan}
    cov = sum(a['status'] == 'covered' for a in areas); par = sum(a['status'] == 'partial' for a in areas)
    mis = sum(a['status'] == 'missing' for a in areas)
    audit = {"schema": "planparse/audit@1",
             "reference": {"id": ref, "number": REFS[ref][0], "title": REFS[ref][1]},
             "applicable": applicable, "areas": areas, "checks": checks,
             "summary": {"covered": cov, "partial": par, "missing": mis, "coverage": round((cov + 0.5 * par) / len(areas), 2)}}
    for obj, kind in ((plan, 'plan'), (audit, 'audit')):
        s = json.dumps(obj, ensure_ascii=False, indent=1)
        (STAGE / f'{name}.{kind}.json').write_text(unicodedata.normalize('NFC', s) + '\n', encoding='utf-8')
    verify(name, ext)
def verify(name, ext):
    plan = json.load(open(STAGE / f'{name}.plan.json')); audit = json.load(open(STAGE / f'{name}.audit.json'))
    src = norm((STAGE / 'sources' / f'{name}.source.txt').read_text(encoding='utf-8'))
    docflat = norm(doc_text(STAGE / f'{name}.{ext}'))
    ids = {s['id'] for s in plan['sections']}
    ok = True
    for k, qt in quotes(plan, audit):
        for where, hay in (('source', src), ('document', docflat)):
            if norm(qt) not in hay:
                print('NOT IN', where, k, repr(qt)); ok = False
    for t in plan['tasks']: assert t['id'] in ids or t['id'].startswith('PL.') or t['id'].rsplit('.', 1)[0] in ids, t['id']
    ids = ids | {t['id'] for t in plan['tasks']}   # table-row tasks carry deadlines and evidence under their task id
    for d in plan['deadlines'] + plan['assignments']: assert d['section'] in ids, d['section']
    for a in audit['areas']:
        assert a['status'] in ('covered', 'partial', 'missing')
        assert (a['status'] == 'missing') == (not a['evidence']), a['id']
        for e in a['evidence']: assert e['section'] in ids, (a['id'], e['section'])
    for s in plan['sections']:
        if s['level'] == 1: assert 'kind' in s, s['id']
    print(name, 'sections', len(plan['sections']), 'tasks', len(plan['tasks']), 'asg', len(plan['assignments']),
          'deadlines', len(plan['deadlines']), 'audit', audit['summary'], 'OK' if ok else 'QUOTE ERRORS')
    return ok
