import json, sys, glob, os
for g in sorted(glob.glob("*.plan.json")):
    n = g[:-10]; G = json.load(open(g)); P = json.load(open(f"P/{n}.plan.json"))
    print("=====", n)
    gs = {s["id"]: s for s in G["sections"]}; ps = {s["id"]: s for s in P["sections"]}
    for k in sorted(set(gs) | set(ps)):
        a, b = gs.get(k, {}).get("title"), ps.get(k, {}).get("title")
        if a != b: print("SEC", k, "| G:", a, "| P:", b)
    gt = {t["id"]: t for t in G["tasks"]}; pt = {t["id"]: t for t in P["tasks"]}
    for k in sorted(set(gt) | set(pt)):
        a, b = gt.get(k), pt.get(k)
        if not a or not b: print("TASK only in", "G" if a else "P", k, (a or b)["title"][:80]); continue
        for r in ("lead", "support"):
            x = [y["name"] for y in a[r]]; z = [y.get("name") for y in b.get(r) or []]
            if x != z: print("TASK", k, r, "| G:", x, "| P:", z)
        tf1 = a["timeframe"] and (a["timeframe"]["start"], a["timeframe"]["end"]); tf2 = b.get("timeframe") and (b["timeframe"].get("start"), b["timeframe"].get("end"))
        if tf1 != tf2: print("TASK", k, "tf | G:", tf1, "| P:", tf2, (b.get("timeframe") or {}).get("text"))
    ga = sorted(a["agency"]["name"] for a in G["assignments"]); pa = sorted(a["agency"]["name"] for a in P["assignments"])
    if ga != pa: print("ASSIGN | G:", ga, "\n       | P:", pa)
    key = lambda d: (d["kind"], d.get("due"), d.get("start"), d.get("end"), d.get("recurrence"))
    gd = [key(d) for d in G["deadlines"]]; pd = [key(d) for d in P["deadlines"]]
    for d in G["deadlines"]:
        if key(d) not in pd: print("DL missed", d["section"], d["text"], key(d))
    for d in P["deadlines"]:
        if key(d) not in gd: print("DL extra", d.get("section"), d.get("text"), key(d), "|", d.get("subject"))
    if sorted(G["budget"]["sources"]) != sorted(P["budget"]["sources"]): print("BUDGET | G:", G["budget"]["sources"], "| P:", P["budget"]["sources"])
    GA = json.load(open(f"{n}.audit.json")); PA = json.load(open(f"P/{n}.audit.json"))
    pa = {a["id"]: a for a in PA["areas"]}
    for a in GA["areas"]:
        p = pa.get(a["id"], {})
        if p.get("status") != a["status"]:
            print("AREA", a["id"], "G:", a["status"], "P:", p.get("status"), "| P ev:", [(e.get("section"), e.get("text", "")[:120]) for e in p.get("evidence", [])][:3])
    pc = {c["id"]: c for c in PA["checks"]}
    for c in GA["checks"]:
        if pc[c["id"]]["status"] != c["status"]: print("CHECK", c["id"], "G:", c["status"], "P:", pc[c["id"]])
