"""Check every quoted gold string also occurs in the text extracted from the built document
(docx: all w:p in document order incl. nested tables; pdf: pdfplumber; md: ** removed)."""
import sys, os, json, re, glob, unicodedata
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import collapse
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def doc_text(path):
    if path.endswith(".docx"):
        import docx
        from docx.oxml.ns import qn
        d = docx.Document(path)
        return "\n".join("".join(t.text or "" for t in p.iter(qn("w:t"))) for p in d.element.body.iter(qn("w:p")))
    if path.endswith(".pdf"):
        import pdfplumber
        t = "\n".join(pg.extract_text() or "" for pg in pdfplumber.open(path).pages)
        return re.sub(r"(?m)^Trang \d+/\d+$\n?", "", t)  # page-footer furniture
    return open(path, encoding="utf-8").read().replace("**", "")
def quotes(plan, audit):
    q = [s["title"] for s in plan["sections"]]
    for t in plan["tasks"]:
        q.append(t["title"]); q += [a["text"] for a in t["lead"] + t["support"]]
        if t["timeframe"]: q.append(t["timeframe"]["text"])
    for a in plan["assignments"]: q.append(a["agency"]["text"]); q += a["duties"]
    for d in plan["deadlines"]: q += [d["text"], d["subject"]]
    q += [c["text"] for c in plan["budget"]["clauses"]] + [a["text"] for a in plan["budget"]["amounts"]]
    for ar in audit["areas"]: q += [e["text"] for e in ar["evidence"]]
    return q
for pj in sorted(glob.glob(os.path.join(OUT, "*.plan.json"))):
    stem = pj[:-10]; docs = [p for p in glob.glob(stem + ".*") if not p.endswith(".json")]
    plan = json.load(open(pj)); audit = json.load(open(stem + ".audit.json"))
    for doc in docs:
        txt = collapse(doc_text(doc)); miss = [s for s in quotes(plan, audit) if collapse(s) not in txt]
        print(os.path.basename(doc), "OK" if not miss else f"MISSING {len(miss)}: {miss[:5]}")
