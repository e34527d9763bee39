"""Check the shape of every gold file against /work/shared/gold and that all quoted text is verbatim."""
import json, glob, re, unicodedata, sys
from pathlib import Path
sys.path.insert(0, "/work/unseen5a/sources")
ref_p = json.load(open("/work/shared/gold/binh-duong_4750-KH-UBND_2019_asean.plan.json"))
ref_a = json.load(open("/work/shared/gold/binh-duong_4750-KH-UBND_2019_asean.audit.json"))
def keys(d): return set(d) - {"note"}
ok = True
for f in sorted(glob.glob("/work/unseen5a/*.plan.json")):
    p = json.load(open(f)); a = json.load(open(f.replace(".plan.", ".audit.")))
    raw = open(f).read() + open(f.replace(".plan.", ".audit.")).read()
    probs = []
    if unicodedata.normalize("NFC", raw) != raw: probs.append("not NFC")
    if keys(p) != keys(ref_p): probs.append(("top", keys(p) ^ keys(ref_p)))
    if keys(p["meta"]) != keys(ref_p["meta"]): probs.append(("meta", keys(p["meta"]) ^ keys(ref_p["meta"])))
    for s in p["sections"]:
        if not {"id", "label", "title", "level"} <= set(s) or (s["level"] == 1 and "kind" not in s): probs.append(("section", s["id"]))
    ids = [s["id"] for s in p["sections"]]
    if len(ids) != len(set(ids)): probs.append("dup section ids")
    for t in p["tasks"]:
        if keys(t) != keys(ref_p["tasks"][0]): probs.append(("task", t["id"], keys(t)))
        for ag in t["lead"] + t["support"]:
            if not {"name", "text", "collective"} <= set(ag): probs.append(("agency", t["id"]))
    for d in p["deadlines"]:
        if keys(d) != keys(ref_p["deadlines"][0]): probs.append(("deadline", d))
        if d["section"] not in ids and not d["section"].startswith("PL."): probs.append(("deadline section", d["section"]))
    for x in p["assignments"]:
        if keys(x) != keys(ref_p["assignments"][0]) or x["section"] not in ids: probs.append(("assignment", x["section"]))
    if not set(ref_p["budget"]) <= set(p["budget"]): probs.append("budget keys")
    if not set(ref_a) <= set(a): probs.append(("audit top", set(ref_a) - set(a)))
    tids = {t["id"] for t in p["tasks"]}
    for ar in a["areas"]:
        if ar["status"] != "missing" and not ar["evidence"]: probs.append(("no evidence", ar["id"]))
        for e in ar["evidence"]:
            if e["section"] not in ids and e["section"] not in tids: probs.append(("evidence section", ar["id"], e["section"]))
    if [c["id"] for c in a["checks"]] != ["S1", "S2", "S3", "S4", "S5", "S6"]: probs.append("checks")
    n = len(a["areas"]); exp = 16 if a["reference"]["id"] == "asean-2019-2020" else 13
    if n != exp: probs.append(("areas", n))
    print(Path(f).name, "OK" if not probs else probs)
    ok &= not probs
print("all ok" if ok else "PROBLEMS")
