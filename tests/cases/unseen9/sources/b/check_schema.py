"""Check that every gold file has the keys and value types the shared gold files use (extra keys allowed)."""
import json, glob, sys
ok = True
REQ_PLAN = {"schema": str, "meta": dict, "sections": list, "tasks": list, "assignments": list, "deadlines": list, "budget": dict}
META = {"number": (str, type(None)), "doc_type": str, "issuer": str, "province": str, "issued": (str, type(None)),
        "title": str, "period": (dict, type(None)), "basis": list, "signer": (dict, type(None))}
SEC = {"id": str, "label": str, "title": str, "level": int}
TASK = {"id": str, "title": str, "lead": list, "support": list, "timeframe": (dict, type(None))}
AG = {"name": str, "text": str, "collective": bool}
ASG = {"agency": dict, "section": str, "duties": list}
DL = {"text": str, "kind": str, "due": (str, type(None)), "start": (str, type(None)), "end": (str, type(None)),
      "recurrence": (str, type(None)), "section": str, "subject": str}
BUD = {"present": bool, "section": (str, type(None)), "sources": list, "amounts": list}
AUD = {"schema": str, "reference": dict, "applicable": dict, "areas": list, "checks": list}
def need(obj, spec, where):
    global ok
    for k, t in spec.items():
        if k not in obj or not isinstance(obj[k], t):
            print("  bad", where, k, repr(obj.get(k))[:60]); ok = False
for f in sorted(glob.glob("/work/unseen9b/*.plan.json")):
    print(f.split("/")[-1])
    p = json.load(open(f)); need(p, REQ_PLAN, "plan"); need(p["meta"], META, "meta")
    assert p["schema"] == "planparse/plan@1"
    ids = [s["id"] for s in p["sections"]]
    if len(ids) != len(set(ids)): print("  duplicate section ids"); ok = False
    for s in p["sections"]:
        need(s, SEC, "section " + s["id"])
        if s["level"] == 1 and "kind" not in s: print("  level-1 without kind", s["id"]); ok = False
    for t in p["tasks"]:
        need(t, TASK, "task " + t["id"])
        if t["id"] not in ids: print("  task not a section", t["id"]); ok = False
        for a in t["lead"] + t["support"]: need(a, AG, "agency in " + t["id"])
    for a in p["assignments"]:
        need(a, ASG, "assignment"); need(a["agency"], AG, "assignment agency")
        if a["section"] not in ids: print("  assignment section?", a["section"]); ok = False
    for d in p["deadlines"]:
        need(d, DL, "deadline " + d["text"])
        if d["section"] not in ids: print("  deadline section?", d["section"]); ok = False
        if d["kind"] not in ("due", "period", "recurring"): print("  kind?", d["kind"]); ok = False
    need(p["budget"], BUD, "budget")
    a = json.load(open(f.replace(".plan.json", ".audit.json")))
    need(a, AUD, "audit"); assert a["schema"] == "planparse/audit@1"
    for ar in a["areas"]:
        if ar["status"] in ("covered", "partial") and not ar["evidence"]: print("  no evidence", ar["id"]); ok = False
        for e in ar["evidence"]:
            if e["section"] not in ids: print("  evidence section?", ar["id"], e["section"]); ok = False
    print("  areas", len(a["areas"]), "checks", [c["id"] + ":" + c["status"] for c in a["checks"]], "applicable", a["applicable"]["value"])
sys.exit(0 if ok else 1)
