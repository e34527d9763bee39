import json, sys
sys.path.insert(0, "/work/shared/eval")
from score import agency_key, fold
n = sys.argv[1]
g = json.load(open(f"{n}.plan.json")); p = json.load(open(f"P/{n}.plan.json"))
ga = json.load(open(f"{n}.audit.json")); pa = json.load(open(f"P/{n}.audit.json"))
for k in ("issuer", "signer", "basis", "number", "title"):
    if json.dumps(g["meta"].get(k), ensure_ascii=False) != json.dumps(p["meta"].get(k), ensure_ascii=False):
        print("META", k, "| gold:", g["meta"].get(k), "| pred:", p["meta"].get(k))
gs = {s["id"] for s in g["sections"]}; ps = {s["id"]: s for s in p["sections"]}
print("SECTIONS missing:", sorted(gs - set(ps)), "extra:", [(i, ps[i]["title"][:50]) for i in sorted(set(ps) - gs)])
gt = {t["id"]: t for t in g["tasks"]}; pt = {t["id"]: t for t in p["tasks"]}
print("TASKS missing:", sorted(set(gt) - set(pt)), "extra:", sorted(set(pt) - set(gt)))
for tid in sorted(set(gt) | set(pt)):
    for role in ("lead", "support"):
        a = sorted(agency_key(x) for x in (gt.get(tid) or {}).get(role, []))
        b = sorted(agency_key(x) for x in (pt.get(tid) or {}).get(role, []))
        if a != b:
            print(f"  {tid} {role}: gold={[x['text'] for x in (gt.get(tid) or {}).get(role, [])]} pred={[(x.get('name'), x.get('text')) for x in (pt.get(tid) or {}).get(role, [])]}")
print("ASSIGN gold:", [agency_key(a["agency"]) for a in g["assignments"]])
print("ASSIGN pred:", [(a["agency"].get("name"), a.get("section")) for a in p["assignments"]])
dk = lambda d: (d.get("kind"), d.get("due"), d.get("start"), d.get("end"), d.get("recurrence"))
gd = [dk(d) for d in g["deadlines"]]; pdl = [dk(d) for d in p["deadlines"]]
print("DEADLINES gold-only:", [d for d in g["deadlines"] if dk(d) not in pdl])
print("DEADLINES pred-only:", [d for d in p["deadlines"] if dk(d) not in gd])
pas = {a["id"]: a for a in pa["areas"]}
for a in ga["areas"]:
    q = pas.get(a["id"], {})
    if q.get("status") != a["status"]:
        print("AREA", a["id"], "gold", a["status"], "pred", q.get("status"), "| pred ev:", [(e.get("section"), e.get("text", "")[:90]) for e in q.get("evidence", [])][:2])
pc = {c["id"]: c for c in pa["checks"]}
for c in ga["checks"]:
    if pc.get(c["id"], {}).get("status") != c["status"]:
        print("CHECK", c["id"], "gold", c["status"], "pred", pc.get(c["id"]))
