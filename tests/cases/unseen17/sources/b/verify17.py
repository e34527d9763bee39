"""Second check of every quoted string in the gold against text taken from the DELIVERED files by readers other than
the one each generator used (never planparse):
  .docx  word/document.xml text runs per w:p (zipfile + lxml), and docx2python;
  .pdf (text layer)  pdftotext default, pdftotext -raw, pdfplumber page text and table cells (a quote must be found in one);
  .html  lxml text_content of the whole page;
  image-only .pdf  the source text put on the page (NAME.source.txt); tesseract -l vie is run for information only.
Whitespace is collapsed and text NFC-normalised before the substring test. Prints, per document, how many quotes
each reader finds and lists any quote no reader finds."""
import glob, json, re, subprocess, sys, unicodedata, zipfile
from lxml import etree
ST = '/work/coord/set17b'
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'


def flat(s):
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s).replace('**', '')).strip()


def quotes(name):
    p = json.load(open(f'{ST}/{name}.plan.json')); a = json.load(open(f'{ST}/{name}.audit.json'))
    q = [p['meta']['title']] + ([p['meta']['signer']['name']] if p['meta']['signer'] else [])
    q += [s['title'] for s in p['sections']]
    for t in p['tasks']:
        q.append(t['title']); q += [x['text'] for x in t['lead'] + t['support']]
        if t['timeframe']: q.append(t['timeframe']['text'])
    for x in p['assignments']: q.append(x['agency']['text']); q += x['duties']
    for d in p['deadlines']: q += [d['text'], d['subject']]
    q += [c['text'] for c in p['budget']['clauses']] + [m['text'] for m in p['budget']['amounts']]
    for ar in a['areas']: q += [e['text'] for e in ar['evidence']]
    return q


def docx_readers(path):
    root = etree.fromstring(zipfile.ZipFile(path).read('word/document.xml'))
    paras = []
    for para in root.iter(f'{{{W}}}p'):
        paras.append(''.join(t.text or '' for t in para.iter(f'{{{W}}}t')))
    from docx2python import docx2python
    with docx2python(path) as d:
        d2p = d.text
    return {'document.xml': '\n'.join(paras), 'docx2python': d2p}


def pdf_readers(path):
    import pdfplumber
    out = {'pdftotext': subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout,
           'pdftotext-raw': subprocess.run(['pdftotext', '-raw', path, '-'], capture_output=True, text=True).stdout}
    pages, cells = [], []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            pages.append(pg.extract_text() or '')
            for t in pg.extract_tables():
                for row in t:
                    cells += [c.replace('\n', ' ') for c in row if c]
    out['pdfplumber'] = '\n'.join(pages); out['pdfplumber-cells'] = '\n'.join(cells)
    return out


def html_readers(path):
    import lxml.html
    root = lxml.html.parse(path).getroot()
    return {'lxml': root.text_content()}


def main():
    for plan in sorted(glob.glob(f'{ST}/*.plan.json')):
        name = plan.split('/')[-1][:-len('.plan.json')]
        doc = [f for f in glob.glob(f'{ST}/{name}.*') if not f.endswith('.json')][0]
        if doc.endswith('.docx'):
            readers = docx_readers(doc)
        elif doc.endswith('.html'):
            readers = html_readers(doc)
        else:
            fonts = subprocess.run(['pdffonts', doc], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) <= 2:   # no fonts: image-only scan
                readers = {'source.txt': open(f'{name}.source.txt').read()}
                ocr = ''
                import tempfile, os
                tmp = tempfile.mkdtemp(dir='/tmp/set17b')
                subprocess.run(['pdftoppm', '-r', '250', '-png', doc, f'{tmp}/p'], check=True)
                for png in sorted(glob.glob(f'{tmp}/p-*.png')):
                    ocr += subprocess.run(['tesseract', png, 'stdout', '-l', 'vie'], capture_output=True, text=True).stdout
                readers['tesseract(info)'] = ocr
            else:
                readers = pdf_readers(doc)
        fl = {k: flat(v) for k, v in readers.items()}
        qs = quotes(name)
        counts = {k: sum(flat(q) in v for q in qs) for k, v in fl.items()}
        gate = {k: v for k, v in fl.items() if not k.endswith('(info)')}
        miss = [q for q in qs if not any(flat(q) in v for v in gate.values())]
        print(name, doc.rsplit('.', 1)[1], len(qs), 'quotes;', counts, 'NOT FOUND:', len(miss))
        for q in miss: print('   ', repr(q))


if __name__ == '__main__':
    main()
