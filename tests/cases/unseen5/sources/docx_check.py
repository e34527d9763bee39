"""Compare a generated DOCX's body text (paragraphs and table cells in order) with its source text."""
import sys, re
sys.path.insert(0, "/work/unseen5a/sources")
from common import *
from docx import Document
def body_text(path):
    d = Document(path)
    out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == 'p':
            out.append("".join((t.text or "") if t.tag.endswith('}t') else "\t" for t in el.iter() if t.tag.endswith('}t') or t.tag.endswith('}tab')))
        elif tag == 'tbl':
            for tr in el.iter():
                if tr.tag.endswith('}tr'):
                    cells = []
                    for tc in tr:
                        if tc.tag.endswith('}tc'):
                            cells.append("".join(t.text or "" for t in tc.iter() if t.tag.endswith('}t')))
                    out.append("\t".join(cells))
    return "\n".join(out)
name = sys.argv[1]
a = re.sub(r"\s+", " ", body_text(STAGE / f"{name}.docx")).strip()
b = re.sub(r"\s+", " ", (STAGE / "sources" / f"{name}.source.txt").read_text()).strip()
print("same" if a == b else "DIFF")
if a != b:
    i = next(i for i in range(min(len(a), len(b))) if a[i] != b[i]); print(a[i-80:i+80]); print(b[i-80:i+80])
