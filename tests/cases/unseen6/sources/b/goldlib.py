"""Helpers to write hand-made gold and check every quoted text is in the intended source."""
import json, re, unicodedata
def N(s): return unicodedata.normalize("NFC", s)
def A(name, text=None, coll=False, **kw):
    d = {"name": N(name), "text": N(text or name), "collective": coll}; d.update(kw); return d
def S(id, label, title, level, kind=None, **kw):
    d = {"id": id, "label": label, "title": N(title), "level": level}
    if kind: d["kind"] = kind
    d.update(kw); return d
def T(id, title, lead=(), support=(), tf=None, **kw):
    d = {"id": id, "title": N(title), "lead": list(lead), "support": list(support), "timeframe": tf}; d.update(kw); return d
def TF(text, start, end): return {"text": N(text), "start": start, "end": end}
def D(text, kind, section, subject, due=None, start=None, end=None, rec=None, **kw):
    d = {"text": N(text), "kind": kind, "due": due, "start": start, "end": end, "recurrence": rec,
         "section": section, "subject": N(subject)}; d.update(kw); return d
def AR(id, title, status, ev=(), **kw):
    d = {"id": id, "title": title, "status": status, "evidence": [{"section": s, "text": N(t)} for s, t in ev]}; d.update(kw); return d
def collapse(s): return re.sub(r"\s+", " ", N(s))
def check(src, plan, audit):
    txt = collapse(src); bad = []
    def q(s):
        if s and collapse(s) not in txt: bad.append(s)
    for s in plan["sections"]: q(s["title"])
    for t in plan["tasks"]:
        q(t["title"])
        for a in t["lead"] + t["support"]: q(a["text"])
        if t["timeframe"]: q(t["timeframe"]["text"])
    for a in plan["assignments"]:
        q(a["agency"]["text"]); [q(x) for x in a["duties"]]
    for d in plan["deadlines"]: q(d["text"]); q(d["subject"])
    for c in plan["budget"]["clauses"]: q(c["text"])
    for a in plan["budget"]["amounts"]: q(a["text"])
    for ar in audit["areas"]:
        for e in ar["evidence"]: q(e["text"])
        assert (ar["status"] == "missing") == (not ar["evidence"]), ar["id"]
    assert not bad, bad
def summary(areas):
    c = sum(a["status"] == "covered" for a in areas); p = sum(a["status"] == "partial" for a in areas)
    m = len(areas) - c - p
    return {"covered": c, "partial": p, "missing": m, "coverage": round((c + 0.5 * p) / len(areas), 2)}
def write(path, obj):
    open(path, "w", encoding="utf-8").write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")
REF21 = {"id": "asean-2021-2025", "number": "1160/QĐ-TTg", "title": "Government action programme on ASEAN propaganda to 2025, vision 2030 (reconstructed reference)"}
REF19 = {"id": "asean-2019-2020", "number": "02/QĐ-BCĐASEAN", "title": "Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 (reconstructed reference)"}
def check2(plan, audit, table_tasks=False):
    sids = {s["id"] for s in plan["sections"]}
    if table_tasks: sids |= {t["id"] for t in plan["tasks"]}
    for t in plan["tasks"]:
        assert t["id"] in sids or t["id"].startswith("PL."), ("task not a section", t["id"])
    for a in plan["assignments"]: assert a["section"] in sids, a
    for d in plan["deadlines"]: assert d["section"] in sids, d
    for ar in audit["areas"]:
        for e in ar["evidence"]: assert e["section"] in sids, (ar["id"], e["section"])
    assert len({s["id"] for s in plan["sections"]}) == len(plan["sections"])
    for s in plan["sections"]:
        if s["level"] == 1: assert s.get("kind"), s["id"]
    txt = json.dumps(plan, ensure_ascii=False) + json.dumps(audit, ensure_ascii=False)
    assert txt == N(txt)
    print("tasks", len(plan["tasks"]), "sections", len(plan["sections"]), "assign", len(plan["assignments"]), "deadlines", len(plan["deadlines"]))
