import json, re, unicodedata, sys
def A(name, text=None, collective=False, **kw):
    d = {"name": name, "text": text if text is not None else name, "collective": collective}
    d.update(kw); return d
def S(id, label, title, level, kind=None, **kw):
    d = {"id": id, "label": label, "title": title, "level": level}
    if kind: d["kind"] = kind
    d.update(kw); return d
def T(id, title, lead=(), support=(), tf=None, **kw):
    d = {"id": id, "title": title, "lead": list(lead), "support": list(support), "timeframe": tf}
    d.update(kw); return d
def TF(text, start, end): return {"text": text, "start": start, "end": end}
def D(text, kind, section, subject, due=None, start=None, end=None, rec=None, **kw):
    d = {"text": text, "kind": kind, "due": due, "start": start, "end": end, "recurrence": rec,
         "section": section, "subject": subject}
    d.update(kw); return d
def AR(id, title, status, ev=(), **kw):
    d = {"id": id, "title": title, "status": status, "evidence": [{"section": s, "text": t} for s, t in ev]}
    d.update(kw); return d
def norm(s):
    s = s.replace("**", "").replace("\\", "")
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))
def check_quotes(plan, audit, src_text):
    src = norm(src_text)
    bad = []
    def chk(s):
        if s and norm(s).strip() not in src: bad.append(s)
    for s in plan["sections"]: chk(s["title"])
    for t in plan["tasks"]:
        chk(t["title"])
        for a in t["lead"] + t["support"]: chk(a["text"])
        if t["timeframe"]: chk(t["timeframe"]["text"])
    for a in plan["assignments"]:
        chk(a["agency"]["text"]); [chk(x) for x in a["duties"]]
    for d in plan["deadlines"]: chk(d["text"]); chk(d["subject"])
    for c in plan["budget"]["clauses"]: chk(c["text"])
    for a in plan["budget"]["amounts"]: chk(a["text"])
    for ar in audit["areas"]:
        for e in ar["evidence"]: chk(e["text"])
    return bad
def write(name, plan, audit, src_path):
    plan = {"schema": "planparse/plan@1", **plan}
    audit = {"schema": "planparse/audit@1", **audit}
    st = [a["status"] for a in audit["areas"]]
    c, p, m = st.count("covered"), st.count("partial"), st.count("missing")
    audit["summary"] = {"covered": c, "partial": p, "missing": m, "coverage": round((c + 0.5 * p) / len(st), 2)}
    bad = check_quotes(plan, audit, open(src_path, encoding="utf-8").read())
    if bad:
        print("NOT VERBATIM:", *bad, sep="\n  "); sys.exit(1)
    for obj, ext in ((plan, "plan"), (audit, "audit")):
        s = json.dumps(obj, ensure_ascii=False, indent=1)
        open(f"/work/unseen4c/{name}.{ext}.json", "w", encoding="utf-8").write(unicodedata.normalize("NFC", s) + "\n")
    print("ok", name, len(plan["sections"]), "sections", len(plan["tasks"]), "tasks", len(plan["assignments"]), "assignments", len(plan["deadlines"]), "deadlines", audit["summary"])
REF21 = {"id": "asean-2021-2025", "number": "1160/QĐ-TTg", "title": "Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021-2025, tầm nhìn 2030 (reconstructed reference)"}
REF19 = {"id": "asean-2019-2020", "number": "02/QĐ-BCĐASEAN", "title": "Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 (reconstructed reference)"}
def checks(*pairs):
    return [{"id": i, "status": s, "detail": d} for i, s, d in pairs]
