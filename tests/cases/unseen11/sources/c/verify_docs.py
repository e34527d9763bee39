"""Re-check every quoted string of each gold file against text extracted from the delivered document, by two
independent extractions (python-docx/tag-strip/raw read via extract.py, and LibreOffice txt / lxml text_content),
after NFC and whitespace collapse; and check keys and types against /work/shared/gold. Never uses planparse."""
import json, re, subprocess, sys, tempfile, unicodedata, glob
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from extract import text_of
ST = Path("/work/unseen11c")

def alt_text(p):
    if p.suffix == ".docx":
        d = tempfile.mkdtemp()
        subprocess.run(["soffice", "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", d, str(p)], capture_output=True)
        s = Path(d, p.stem + ".txt").read_text(encoding="utf-8-sig")
    elif p.suffix == ".html":
        import lxml.html
        t = lxml.html.parse(str(p)).getroot()
        for br in t.iter("br"): br.tail = "\n" + (br.tail or "")
        s = t.text_content()
    else:
        s = p.read_bytes().decode("utf-8")
    return unicodedata.normalize("NFC", s)

def flat(s): return re.sub(r"\s+", " ", s)   # \s covers NBSP; U+200B is not whitespace and stays

def quotes(plan, audit):
    q = [s["title"] for s in plan["sections"]] + [t["title"] for t in plan["tasks"]]
    q += [a["text"] for t in plan["tasks"] for a in t["lead"] + t["support"]]
    q += [t["timeframe"]["text"] for t in plan["tasks"] if t["timeframe"]]
    q += [a["agency"]["text"] for a in plan["assignments"]] + [d for a in plan["assignments"] for d in a["duties"]]
    q += [d["text"] for d in plan["deadlines"]] + [d["subject"] for d in plan["deadlines"]]
    q += [c["text"] for c in plan["budget"]["clauses"]] + [a["text"] for a in plan["budget"]["amounts"]]
    q += [e["text"] for ar in audit["areas"] for e in ar["evidence"]]
    m = plan["meta"]
    q += [m["number"], m["signer"]["name"], m["title"]] + [b["number"] for b in m["basis"]]
    return q

def shape(x):
    if isinstance(x, dict): return {k: shape(v) for k, v in x.items() if k != "note"}
    if isinstance(x, list): return [shape(x[0])] if x else []
    return type(x).__name__

def keys_of(files):
    ref = {}
    def walk(path, x):
        if isinstance(x, dict):
            ref.setdefault(path, set()).update(k for k in x if k != "note")
            for k, v in x.items(): walk(path + "." + k, v)
        elif isinstance(x, list):
            for v in x: walk(path + "[]", v)
    for f in files: walk("", json.load(open(f)))
    return ref

ok = True
gold_plan = keys_of(glob.glob("/work/shared/gold/*.plan.json"))
gold_audit = keys_of(glob.glob("/work/shared/gold/*.audit.json"))
for g in sorted(ST.glob("*.plan.json")):
    stem = g.name[:-len(".plan.json")]
    doc = [p for p in ST.glob(stem + ".*") if not p.name.endswith(".json")][0]
    plan = json.load(open(g)); audit = json.load(open(ST / f"{stem}.audit.json"))
    for label, text in (("extract", text_of(doc)), ("alt", alt_text(doc))):
        f = flat(text)
        bad = [s for s in quotes(plan, audit) if s and flat(s) not in f]
        print(f"{doc.name} [{label}]", "OK" if not bad else f"{len(bad)} not found")
        for b in bad: print("    ", repr(b)); ok = False
    # key check: every key the shared gold uses at a path must be present here (where the path exists), and no foreign keys
    for mine, ref in ((keys_of([g]), gold_plan), (keys_of([ST / f"{stem}.audit.json"]), gold_audit)):
        for path, ks in mine.items():
            if path in ref:
                missing = ref[path] - ks - {"person", "kind"}  # person optional; kind only at level 1
                extra = ks - ref[path]
                if missing or extra:
                    print("   keys", path, "missing", sorted(missing), "extra", sorted(extra)); ok = ok and not missing
            else:
                print("   path not in shared gold:", path)
    # type checks
    for t in plan["tasks"]:
        assert isinstance(t["lead"], list) and isinstance(t["support"], list)
        for a in t["lead"] + t["support"]:
            assert isinstance(a["name"], str) and isinstance(a["text"], str) and isinstance(a["collective"], bool)
    for d in plan["deadlines"]:
        assert d["kind"] in ("due", "period", "recurring"), d
        assert d["recurrence"] in (None, "yearly", "quarterly", "monthly"), d
        if d["due"]: assert re.fullmatch(r"(\d{4}|-)-\d\d-\d\d", d["due"]), d
    for s in plan["sections"]:
        if s["level"] == 1: assert "kind" in s, s
    assert all(isinstance(v["vnd"], int) for v in plan["budget"]["amounts"])
    for a in audit["areas"]:
        assert a["status"] in ("covered", "partial", "missing")
        assert (a["status"] == "missing") == (not a["evidence"]), a["id"]
    text = unicodedata.normalize("NFC", text_of(doc))
    if unicodedata.normalize("NFC", json.dumps(plan, ensure_ascii=False)) != json.dumps(plan, ensure_ascii=False): print("   plan not NFC"); ok = False
sys.exit(0 if ok else 1)
