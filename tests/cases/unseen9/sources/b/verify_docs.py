"""(set 9b: also .md with ** removed, and .txt without its '- N -' page-number lines.) Check that every quoted string in each gold file also occurs in the text extracted from the delivered document
(whitespace collapsed). Uses pdftotext / python-docx / an HTML tag stripper; never planparse."""
import json, re, subprocess, html, unicodedata, sys
from pathlib import Path
from docx import Document
ST = Path("/work/unseen9b")
def text_of(p):
    if p.suffix == ".pdf":
        return subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
    if p.suffix == ".docx":
        d = Document(p); out = []
        body = d.element.body
        for el in body.iterchildren():
            tag = el.tag.split('}')[1]
            if tag == "p":
                out.append("".join(t.text or "" for t in el.iter() if t.tag.endswith('}t')))
            elif tag == "tbl":
                for tr in el.iter():
                    if tr.tag.endswith('}tc'):
                        out.append(" ".join("".join(t.text or "" for t in p.iter() if t.tag.endswith('}t')) for p in tr if p.tag.endswith('}p')))
        return "\n".join(out)
    if p.suffix == ".html":
        s = p.read_text(encoding="utf-8")
        s = re.sub(r"<br\s*/?>", "\n", s); s = re.sub(r"<[^>]+>", " ", s)
        return html.unescape(s).replace("\xa0", " ")
    if p.suffix == ".md":
        return p.read_text(encoding="utf-8").replace("**", "")
    # .txt (PDF-viewer copy): drop the page-number furniture lines '- N -'
    return "\n".join(l for l in p.read_text(encoding="utf-8").splitlines() if not re.fullmatch(r"- \d+ -", l))
def quotes(plan, audit):
    q = [s["title"] for s in plan["sections"]] + [t["title"] for t in plan["tasks"]]
    q += [a["text"] for t in plan["tasks"] for a in t["lead"] + t["support"]]
    q += [a["agency"]["text"] for a in plan["assignments"]] + [d for a in plan["assignments"] for d in a["duties"]]
    q += [d["text"] for d in plan["deadlines"]] + [d["subject"] for d in plan["deadlines"]]
    q += [c["text"] for c in plan["budget"]["clauses"]] + [e["text"] for ar in audit["areas"] for e in ar["evidence"]]
    q += [plan["meta"]["number"], plan["meta"]["signer"]["name"]]
    return q
ok = True
for g in sorted(ST.glob("*.plan.json")):
    stem = g.name[:-len(".plan.json")]
    doc = [p for p in ST.glob(stem + ".*") if not p.name.endswith(".json")][0]
    flat = re.sub(r"\s+", " ", unicodedata.normalize("NFC", text_of(doc)))
    plan = json.load(open(g)); audit = json.load(open(ST / f"{stem}.audit.json"))
    bad = [s for s in quotes(plan, audit) if re.sub(r"\s+", " ", s) not in flat]
    print(doc.name, "OK" if not bad else f"{len(bad)} not found")
    for b in bad: print("   ", b); ok = False
sys.exit(0 if ok else 1)
