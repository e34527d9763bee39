"""Check every quoted gold string against the text extracted from the document itself (not just the intended text)."""
import json, re, sys, unicodedata, html.parser
from pathlib import Path
ROOT = Path(__file__).resolve().parent.parent
def coll(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()
def strings(plan, audit):
    out = [s["title"] for s in plan["sections"]]
    for t in plan["tasks"]:
        out.append(t["title"]); out += [a["text"] for a in t["lead"] + t["support"]]
        if t["timeframe"]: out.append(t["timeframe"]["text"])
    for a in plan["assignments"]: out.append(a["agency"]["text"]); out += a["duties"]
    for d in plan["deadlines"]: out += [d["text"], d["subject"]]
    out += [c["text"] for c in plan["budget"]["clauses"]] + [a["text"] for a in plan["budget"]["amounts"]]
    for ar in audit["areas"]: out += [e["text"] for e in ar["evidence"]]
    out.append(plan["meta"]["signer"]["name"]); out.append(plan["meta"]["number"])
    return out
class HT(html.parser.HTMLParser):
    def __init__(s): super().__init__(); s.buf = []; s.skip = 0
    def handle_starttag(s, t, a):
        if t in ("script", "style", "title"): s.skip += 1
        if t in ("p", "li", "h1", "h2", "h3", "td", "tr", "div", "br"): s.buf.append("\n")
    def handle_endtag(s, t):
        if t in ("script", "style", "title"): s.skip -= 1
    def handle_data(s, d):
        if not s.skip: s.buf.append(d)
def text_of(p):
    if p.suffix == ".html":
        h = HT(); h.feed(p.read_text(encoding="utf-8")); return "".join(h.buf)
    if p.suffix == ".txt": return p.read_text(encoding="utf-8")
    if p.suffix == ".docx":
        import docx
        d = docx.Document(str(p)); parts = [x.text for x in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells: parts += [x.text for x in c.paragraphs]
        return "\n".join(parts)
    if p.suffix == ".pdf":
        import pdfplumber
        with pdfplumber.open(str(p)) as pdf: return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
ok = True
for g in sorted(ROOT.glob("*.plan.json")):
    stem = g.name[:-10]
    doc = [p for p in ROOT.iterdir() if p.name.startswith(stem + ".") and not p.name.endswith(".json")][0]
    plan = json.loads(g.read_text()); audit = json.loads((ROOT / f"{stem}.audit.json").read_text())
    txt = coll(text_of(doc))
    miss = [s for s in strings(plan, audit) if s and coll(s) not in txt]
    print(doc.name, "missing:", len(miss)); [print("   ", m) for m in miss]
    ok &= not miss
sys.exit(0 if ok else 1)
