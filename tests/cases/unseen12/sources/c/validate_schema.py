"""Check that every gold file here has the same required keys and value types as /work/shared/gold files,
that text values are NFC, dates are ISO, statuses/kinds/sources come from the spec's vocabularies."""
import json, glob, re, unicodedata, sys
G = "/work/shared/gold"; ME = "/work/unseen12c"
def shape(o):
    if isinstance(o, dict): return {k: shape(v) for k, v in o.items()}
    if isinstance(o, list): return [shape(o[0])] if o else []
    return type(o).__name__
ok = True
def req_keys(ref_objs, objs, what):
    global ok
    need = set.intersection(*[set(o) for o in ref_objs]) if ref_objs else set()
    for o in objs:
        miss = need - set(o)
        if miss: print(what, "missing keys", miss, o.get("id", "")); ok = False
ref_plans = [json.load(open(f)) for f in glob.glob(G + "/*.plan.json")]
ref_audits = [json.load(open(f)) for f in glob.glob(G + "/*.audit.json")]
KINDS = {"purpose", "content", "tasks", "forms", "audience", "timeline", "budget", "organization", "reporting", "other"}
SRC = {"state_budget", "unit_budget", "sponsorship", "socialization", "enterprise", "asean_funds", "other_lawful"}
ISO = re.compile(r"^(\d{4}|-)-\d{2}-\d{2}$")
for f in sorted(glob.glob(ME + "/*.plan.json")):
    p = json.load(open(f)); a = json.load(open(f.replace(".plan.", ".audit.")))
    raw = open(f).read() + open(f.replace(".plan.", ".audit.")).read()
    assert unicodedata.is_normalized("NFC", raw)
    req_keys(ref_plans, [p], "plan"); req_keys([r["meta"] for r in ref_plans], [p["meta"]], "meta")
    req_keys([s for r in ref_plans for s in r["sections"]], p["sections"], "section")
    req_keys([t for r in ref_plans for t in r["tasks"]], p["tasks"], "task")
    req_keys([x for r in ref_plans for x in r["assignments"]], p["assignments"], "assignment")
    req_keys([x for r in ref_plans for x in r["deadlines"]], p["deadlines"], "deadline")
    req_keys([r["budget"] for r in ref_plans], [p["budget"]], "budget")
    req_keys(ref_audits, [a], "audit"); req_keys([x for r in ref_audits for x in r["areas"]], a["areas"], "area")
    req_keys([x for r in ref_audits for x in r["checks"]], a["checks"], "check")
    for s in p["sections"]:
        if s["level"] == 1: assert s.get("kind") in KINDS, s
        assert s["level"] == s["id"].count(".") + 1, s["id"]
    for t in p["tasks"]:
        for ag in t["lead"] + t["support"]: assert set(ag) >= {"name", "text", "collective"}, ag
        if t["timeframe"]: assert ISO.match(t["timeframe"]["start"]) and ISO.match(t["timeframe"]["end"])
    for d in p["deadlines"]:
        assert d["kind"] in ("due", "period", "recurring"), d
        for k in ("due", "start", "end"):
            assert d[k] is None or ISO.match(d[k]), d
        if d["kind"] == "due": assert d["due"]
        if d["kind"] == "period": assert d["start"] and d["end"]
    assert set(p["budget"]["sources"]) <= SRC
    assert ISO.match(p["meta"]["issued"]); [ISO.match(b["date"]) or sys.exit(b) for b in p["meta"]["basis"]]
    assert [c["id"] for c in a["checks"]] == ["S1", "S2", "S3", "S4", "S5", "S6"]
    n = 16 if a["reference"]["id"] == "asean-2019-2020" else 13
    assert len(a["areas"]) == n and [x["id"] for x in a["areas"]] == [("A" if n == 16 else "B") + f"{i:02d}" for i in range(1, n + 1)]
    print("OK schema", f.split("/")[-1])
sys.exit(0 if ok else 1)
