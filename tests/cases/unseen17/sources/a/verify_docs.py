"""Re-check every quoted string of each gold file against text extracted from the DELIVERED document
(whitespace collapsed, NFC): pdftotext -raw (and plain pdftotext, reported) / python-docx (w:br kept as a line
break, table cells included) / HTML tags stripped + entities unescaped / the .txt itself. Then compare keys and
value types with /work/shared/gold. Never runs or imports planparse."""
import json, re, subprocess, html, unicodedata, sys, glob
from pathlib import Path
from docx import Document
ST = Path("/work/coord/set17a")

def docx_text(p):
    d = Document(p); out = []
    def para(el):
        s = []
        for t in el.iter():
            tag = t.tag.split('}')[1]
            if tag == "t": s.append(t.text or "")
            elif tag in ("br", "cr"): s.append("\n")
            elif tag == "tab": s.append("\t")
        return "".join(s)
    for el in d.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == "p": out.append(para(el))
        elif tag == "tbl":
            for p in el.iter():
                if p.tag.endswith('}p'): out.append(para(p))
    return "\n".join(out)

def text_of(p, raw=True):
    src = Path(__file__).parent / "build" / (p.stem + ".source.txt")
    if p.suffix == ".pdf" and src.exists():  # image-only scan: the text of the page images is the printed source
        return src.read_text(encoding="utf-8")
    if p.suffix == ".pdf":
        return subprocess.run(["pdftotext"] + (["-raw"] if raw else []) + [str(p), "-"], capture_output=True, text=True).stdout
    if p.suffix == ".docx":
        return docx_text(p)
    if p.suffix == ".html":
        s = p.read_text(encoding="utf-8")
        s = re.sub(r"<(style|head|script)[^>]*>.*?</\1>", " ", s, flags=re.S)
        s = re.sub(r"<br\s*/?>", "\n", s); s = re.sub(r"<[^>]+>", " ", s)
        return html.unescape(s).replace("\xa0", " ")
    t = p.read_text(encoding="utf-8")
    return t.replace("**", "") if p.suffix == ".md" else t

def quotes(plan, audit):
    q = [s["title"] for s in plan["sections"]] + [t["title"] for t in plan["tasks"]]
    q += [a["text"] for t in plan["tasks"] for a in t["lead"] + t["support"]]
    q += [a["agency"]["text"] for a in plan["assignments"]] + [d for a in plan["assignments"] for d in a["duties"]]
    q += [d["text"] for d in plan["deadlines"]] + [d["subject"] for d in plan["deadlines"]]
    q += [c["text"] for c in plan["budget"]["clauses"]] + [a["text"] for a in plan["budget"]["amounts"]]
    q += [e["text"] for ar in audit["areas"] for e in ar["evidence"]]
    q += [plan["meta"]["number"], plan["meta"]["signer"]["name"]]
    return [x for x in q if x]

def shape(v):
    if isinstance(v, dict): return {k: shape(x) for k, x in v.items() if k != "note"}
    if isinstance(v, list): return [shape(v[0])] if v else []
    return type(v).__name__

def keys_of(objs):
    ks = set()
    for o in objs: ks |= {k for k in o if k != "note"}
    return ks

REFP = [json.load(open(f)) for f in sorted(glob.glob("/work/shared/gold/*.plan.json"))]
REFA = [json.load(open(f)) for f in sorted(glob.glob("/work/shared/gold/*.audit.json"))]
ok = True
for g in sorted(ST.glob("*.plan.json")):
    stem = g.name[:-len(".plan.json")]
    doc = [p for p in ST.glob(stem + ".*") if not p.name.endswith(".json")][0]
    plan = json.load(open(g)); audit = json.load(open(ST / f"{stem}.audit.json"))
    for raw in (True, False) if doc.suffix == ".pdf" else (True,):
        _t = unicodedata.normalize("NFC", text_of(doc, raw))
        # a line break right after a hyphen is layout (PDF wrap): also accept the joined form
        nopg = re.sub(r"\n\s*\d{1,2}\s*\n", "\n", _t)  # a page number alone on its line at a page break
        flat = (re.sub(r"\s+", " ", _t) + " \n " + re.sub(r"\s+", " ", re.sub(r"-[ \t]*\n\s*", "-", _t))
                + " \n " + re.sub(r"\s+", " ", nopg))
        bad = [s for s in quotes(plan, audit) if re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)) not in flat]
        tag = "" if doc.suffix != ".pdf" else (" [pdftotext -raw]" if raw else " [pdftotext default, info only]")
        print(doc.name + tag, "quotes OK" if not bad else f"{len(bad)} not found")
        for b in bad: print("   ", b)
        if bad and raw: ok = False
    # keys/types against the shared gold
    probs = []
    for k in ("schema", "meta", "sections", "tasks", "assignments", "deadlines", "budget"):
        if k not in plan: probs.append("plan missing " + k)
    if keys_of([plan["meta"]]) != keys_of([r["meta"] for r in REFP]): probs.append("meta keys %s" % (keys_of([plan["meta"]]) ^ keys_of([r["meta"] for r in REFP])))
    for name, mine, ref in (("sections", plan["sections"], [s for r in REFP for s in r["sections"]]),
                            ("tasks", plan["tasks"], [t for r in REFP for t in r["tasks"]]),
                            ("assignments", plan["assignments"], [a for r in REFP for a in r["assignments"]]),
                            ("deadlines", plan["deadlines"], [d for r in REFP for d in r["deadlines"]]),
                            ("areas", audit["areas"], [a for r in REFA for a in r["areas"]]),
                            ("checks", audit["checks"], [c for r in REFA for c in r["checks"]])):
        extra = keys_of(mine) - keys_of(ref)
        if extra: probs.append(f"{name} extra keys {extra}")
        req = set.intersection(*[set(o) - {"note"} for o in ref]) if ref else set()
        for o in mine:
            if not req <= set(o): probs.append(f"{name} item lacks {req - set(o)}"); break
    for t in plan["tasks"]:
        for a in t["lead"] + t["support"]:
            if set(a) != {"name", "text", "collective"}: probs.append("agency keys " + str(a))
    if set(plan["budget"]) - {"note"} != set(REFP[0]["budget"]) - {"note"}: probs.append("budget keys")
    for k in ("schema", "reference", "applicable", "areas", "checks", "summary"):
        if k not in audit: probs.append("audit missing " + k)
    for ar in audit["areas"]:
        if ar["status"] != "missing" and not ar["evidence"]: probs.append("no evidence " + ar["id"])
    print("   schema", "OK" if not probs else probs)
    ok &= not probs
sys.exit(0 if ok else 1)
