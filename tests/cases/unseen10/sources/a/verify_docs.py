"""Re-check every quoted string of each gold file against text extracted from the DELIVERED document
(cp1258 decode / python-docx / HTML tag stripping), and check the JSON keys and types against /work/shared/gold.
For the image-only PDF there is no text layer: quotes are checked against the text of the DOCX that was
rendered and rasterised (sources/*.intermediate.docx), and the page images are OCR'd with tesseract -l vie
to report how readable the scan is. Never uses planparse."""
import json, re, subprocess, html, unicodedata, sys, glob, difflib, os, tempfile
from pathlib import Path
from docx import Document
ST = Path("/work/unseen10a"); SRC = ST / "sources"
def flat(s): return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))
def text_of(p):
    if p.suffix == ".pdf":
        return text_of(SRC / (p.stem + ".intermediate.docx"))
    if p.suffix == ".docx":
        d = Document(p); out = []
        for el in d.element.body.iterchildren():
            tag = el.tag.split('}')[1]
            if tag == "p":
                out.append("".join(t.text or "" for t in el.iter() if t.tag.endswith('}t')))
            elif tag == "tbl":
                for tc in el.iter():
                    if tc.tag.endswith('}tc'):
                        out.append(" ".join("".join(t.text or "" for t in pp.iter() if t.tag.endswith('}t')) for pp in tc if pp.tag.endswith('}p')))
        return "\n".join(out)
    if p.suffix == ".html":
        s = p.read_text(encoding="utf-8")
        s = re.sub(r"<br\s*/?>", "\n", s); s = re.sub(r"<[^>]+>", " ", s)
        return html.unescape(s).replace("\xa0", " ")
    if p.suffix == ".txt":
        return p.read_bytes().decode("cp1258")
    raise ValueError(p)
def quotes(plan, audit):
    q = [s["title"] for s in plan["sections"]] + [t["title"] for t in plan["tasks"]]
    q += [a["text"] for t in plan["tasks"] for a in t["lead"] + t["support"]]
    q += [t["timeframe"]["text"] for t in plan["tasks"] if t["timeframe"]]
    q += [a["agency"]["text"] for a in plan["assignments"]] + [d for a in plan["assignments"] for d in a["duties"]]
    q += [d["text"] for d in plan["deadlines"]] + [d["subject"] for d in plan["deadlines"]]
    q += [c["text"] for c in plan["budget"]["clauses"]] + [a["text"] for a in plan["budget"]["amounts"]]
    q += [e["text"] for ar in audit["areas"] for e in ar["evidence"]]
    q += [plan["meta"]["signer"]["name"]]
    return q
# --- schema shape against the shared gold
ref_plan = json.load(open("/work/shared/gold/binh-duong_4750-KH-UBND_2019_asean.plan.json"))
ref_audit = json.load(open("/work/shared/gold/binh-duong_4750-KH-UBND_2019_asean.audit.json"))
def shape(x, r, path, errs):
    if isinstance(r, dict):
        if not isinstance(x, dict): errs.append(f"{path}: not an object"); return
        for k, v in r.items():
            if k == "note" or (k == "kind" and x.get("level", 1) > 1): continue
            if k not in x: errs.append(f"{path}.{k} missing"); continue
            if x[k] is None or v is None: continue
            shape(x[k], v, f"{path}.{k}", errs)
    elif isinstance(r, list):
        if not isinstance(x, list): errs.append(f"{path}: not a list"); return
        if r:
            for i, it in enumerate(x): shape(it, r[0], f"{path}[{i}]", errs)
    elif isinstance(r, bool):
        if not isinstance(x, bool): errs.append(f"{path}: not bool")
    elif isinstance(r, (int, float)):
        if not isinstance(x, (int, float)) or isinstance(x, bool): errs.append(f"{path}: not a number")
    elif isinstance(r, str):
        if not isinstance(x, str): errs.append(f"{path}: not a string")
ok = True
for g in sorted(ST.glob("*.plan.json")):
    stem = g.name[:-len(".plan.json")]
    doc = [p for p in ST.glob(stem + ".*") if not p.name.endswith(".json")][0]
    f = flat(text_of(doc))
    plan = json.load(open(g)); audit = json.load(open(ST / f"{stem}.audit.json"))
    errs = []
    shape(plan, ref_plan, "plan", errs); shape(audit, ref_audit, "audit", errs)
    for t in plan["tasks"]:
        for a in t["lead"] + t["support"]:
            if set(a) < {"name", "text", "collective"}: errs.append(f"agency keys {a}")
    num = plan["meta"]["number"]
    if num and not re.search(re.escape(num).replace("/", r"\s*/\s*"), f): errs.append("number not found: " + num)
    bad = [s for s in quotes(plan, audit) if flat(s) not in f]
    ids = {s["id"] for s in plan["sections"]}
    for t in plan["tasks"]:
        if not t["id"].startswith("PL.") and t["id"] not in ids: errs.append("task without section " + t["id"])
    for d in plan["deadlines"]:
        if d["section"] not in ids and not d["section"].startswith("PL."): errs.append("deadline section " + d["section"])
    status = "OK" if not bad and not errs else f"{len(bad)} quotes not found, {len(errs)} shape errors"
    print(f"{doc.name}: {status}  ({len(plan['sections'])} sections, {len(plan['tasks'])} tasks)")
    for b in bad + errs: print("   ", b); ok = False
    if doc.suffix == ".pdf":
        tmp = tempfile.mkdtemp()
        subprocess.run(["pdftoppm", "-r", "250", "-gray", "-png", str(doc), f"{tmp}/o"], check=True)
        ocr = ""
        for im in sorted(glob.glob(f"{tmp}/o-*.png")):
            ocr += subprocess.run(["tesseract", im, "-", "-l", "vie"], capture_output=True, text=True).stdout
        ocr = flat(ocr)
        qs = quotes(plan, audit)
        exact = sum(flat(q) in ocr for q in qs)
        sm = difflib.SequenceMatcher(None, f, ocr, autojunk=False).ratio()
        print(f"    text layer chars: {len(subprocess.run(['pdftotext', str(doc), '-'], capture_output=True, text=True).stdout.strip())}; "
              f"OCR (tesseract -l vie): {len(ocr)} chars, {exact}/{len(qs)} quotes verbatim in OCR, char similarity to source {sm:.2f}")
sys.exit(0 if ok else 1)
