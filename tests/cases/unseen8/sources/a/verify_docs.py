"""Checks for set 8a (never uses planparse):
1. every quoted string of each gold file (section/task titles, agency texts, duties, deadline texts and subjects,
   budget clauses, evidence, meta number and signer name) occurs in the text extracted from the DELIVERED document
   (pdftotext plain and -layout / browser-like HTML text / the .txt), whitespace collapsed;
2. the gold files have the same required keys and value types as /work/shared/gold (plan@1 / audit@1);
3. ids are unique, every task id is a section id, every deadline/assignment/evidence section exists."""
import json, re, subprocess, sys, glob
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE, N, html_text

def texts(p):
    if p.suffix == ".pdf":
        return [subprocess.run(["pdftotext", *a, str(p), "-"], capture_output=True, text=True).stdout for a in ([], ["-layout"])]
    if p.suffix == ".html":
        return [html_text(p.read_text(encoding="utf-8"))]
    return [p.read_text(encoding="utf-8")]

def flat(s):
    return re.sub(r"\s+", " ", N(s)).strip()

def quotes(plan, audit):
    q = [s["title"] for s in plan["sections"]] + [t["title"] for t in plan["tasks"]]
    q += [a["text"] for t in plan["tasks"] for a in t["lead"] + t["support"]]
    q += [(t["timeframe"] or {}).get("text") for t in plan["tasks"]]
    q += [a["agency"]["text"] for a in plan["assignments"]] + [d for a in plan["assignments"] for d in a["duties"]]
    q += [d["text"] for d in plan["deadlines"]] + [d["subject"] for d in plan["deadlines"]]
    q += [c["text"] for c in plan["budget"]["clauses"]] + [a["text"] for a in plan["budget"]["amounts"]]
    q += [e["text"] for ar in audit["areas"] for e in ar["evidence"]]
    q += [plan["meta"]["signer"]["name"]]
    return [x for x in q if x]

# required keys and types, as the shared gold files carry them (checked against them with --selftest)
REFP = json.load(open("/work/shared/gold/binh-duong_4750-KH-UBND_2019_asean.plan.json"))
PLAN_KEYS = {"schema": "", "meta": {k: None for k in REFP["meta"]}, "sections": [{"id": "", "label": "", "title": "", "level": 0}],
             "tasks": [{"id": "", "title": "", "lead": [{"name": "", "text": "", "collective": False}],
                        "support": [{"name": "", "text": "", "collective": False}], "timeframe": None}],
             "assignments": [{"agency": {"name": "", "text": "", "collective": False}, "section": "", "duties": [""]}],
             "deadlines": [{k: None for k in ("text", "kind", "due", "start", "end", "recurrence", "section", "subject")}],
             "budget": {"present": False, "section": None, "sources": [], "clauses": [], "amounts": []}}
AUDIT_KEYS = {"schema": "", "reference": {"id": "", "number": "", "title": ""}, "applicable": {"value": False, "reasons": []},
              "areas": [{"id": "", "title": "", "status": "", "evidence": []}], "checks": [{"id": "", "status": "", "detail": ""}],
              "summary": {"covered": 0, "partial": 0, "missing": 0, "coverage": 0.0}}

def keys_only(ref, got, path, errs):
    if isinstance(ref, dict):
        if not isinstance(got, dict):
            errs.append(f"{path}: expected object"); return
        for k, v in ref.items():
            if k not in got:
                errs.append(f"{path}.{k}: missing")
            elif v is not None:
                keys_only(v, got[k], f"{path}.{k}", errs)
    elif isinstance(ref, list):
        if not isinstance(got, list):
            errs.append(f"{path}: expected list"); return
        if ref:
            for i, g in enumerate(got):
                keys_only(ref[0], g, f"{path}[{i}]", errs)
    elif ref is not None and got is not None and type(ref) is not type(got) and not (isinstance(ref, float) and isinstance(got, int)):
        errs.append(f"{path}: type {type(got).__name__}, expected {type(ref).__name__}")

if "--selftest" in sys.argv:
    for f in sorted(glob.glob("/work/shared/gold/*.plan.json")):
        e = []; keys_only(PLAN_KEYS, json.load(open(f)), "plan", e); keys_only(AUDIT_KEYS, json.load(open(f.replace(".plan.", ".audit."))), "audit", e)
        print(Path(f).name, "OK" if not e else e)
    sys.exit(0)
ok = True
for g in sorted(STAGE.glob("*.plan.json")):
    stem = g.name[:-len(".plan.json")]
    doc = [p for p in STAGE.glob(stem + ".*") if not p.name.endswith(".json")][0]
    plan = json.load(open(g, encoding="utf-8")); audit = json.load(open(STAGE / f"{stem}.audit.json", encoding="utf-8"))
    errs = []
    for t in texts(doc):
        ft = flat(t)
        bad = [s for s in quotes(plan, audit) if flat(s) not in ft]
        num = plan["meta"]["number"]
        if num and re.sub(r"\s*/\s*", "/", num) not in re.sub(r"\s*/\s*", "/", ft):
            bad.append("number " + num)
        errs += [f"not in extracted text: {b}" for b in bad]
    keys_only(PLAN_KEYS, plan, "plan", errs)
    keys_only(AUDIT_KEYS, audit, "audit", errs)
    ids = [s["id"] for s in plan["sections"]]
    if len(ids) != len(set(ids)):
        errs.append("duplicate section ids")
    secset = set(ids)
    errs += [f"task {t['id']} not a section" for t in plan["tasks"] if t["id"] not in secset]
    errs += [f"deadline section {d['section']}" for d in plan["deadlines"] if d["section"] not in secset]
    errs += [f"assignment section {a['section']}" for a in plan["assignments"] if a["section"] not in secset]
    errs += [f"evidence section {e['section']}" for ar in audit["areas"] for e in ar["evidence"] if e["section"] not in secset]
    errs += [f"area {ar['id']} {ar['status']} without evidence" for ar in audit["areas"] if ar["status"] != "missing" and not ar["evidence"]]
    nref = 16 if audit["reference"]["id"] == "asean-2019-2020" else 13
    if len(audit["areas"]) != nref:
        errs.append(f"{len(audit['areas'])} areas, expected {nref}")
    if [c["id"] for c in audit["checks"]] != ["S1", "S2", "S3", "S4", "S5", "S6"]:
        errs.append("checks not S1-S6")
    print(doc.name, "OK" if not errs else f"{len(errs)} problems")
    for e in errs:
        print("   ", e); ok = False
sys.exit(0 if ok else 1)
