"""Helpers for the unseen-set-8b gold scripts. Every gold value is typed by hand in gold_*.py;
this module only builds the JSON shape, writes it, and checks each quote against text extracted
from the DELIVERED document (python-docx / HTML tag stripping / plain read). planparse is never used."""
import json, re, html, unicodedata, hashlib
from pathlib import Path

STAGE = Path("/work/unseen8b")
REFS = {"asean-2019-2020": ("02/QĐ-BCĐASEAN", "Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020"),
        "asean-2021-2025": ("1160/QĐ-TTg", "Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021-2025, tầm nhìn 2030")}

def N(s):
    return unicodedata.normalize("NFC", s)

def A(name, text=None, coll=False, person=False):
    d = {"name": N(name), "text": N(text if text is not None else name), "collective": coll}
    if person:
        d["person"] = True
    return d

def S(id_, label, title, level, kind=None, note=None):
    d = {"id": id_, "label": label, "title": N(title), "level": level}
    if kind:
        d["kind"] = kind
    if note:
        d["note"] = note
    return d

def TF(text, start, end):
    return {"text": N(text), "start": start, "end": end}

def T(id_, title, lead, support=(), tf=None, note=None):
    d = {"id": id_, "title": N(title), "lead": list(lead), "support": list(support), "timeframe": tf}
    if note:
        d["note"] = note
    return d

def D(text, kind, section, subject, due=None, start=None, end=None, rec=None, note=None):
    d = {"text": N(text), "kind": kind, "due": due, "start": start, "end": end,
         "recurrence": rec, "section": section, "subject": N(subject)}
    if note:
        d["note"] = note
    return d

def ASG(agency, section, duties, note=None):
    d = {"agency": agency, "section": section, "duties": [N(x) for x in duties]}
    if note:
        d["note"] = note
    return d

def area(id_, title, status, ev=(), note=None):
    d = {"id": id_, "title": title, "status": status,
         "evidence": [{"section": s, "text": N(t)} for s, t in ev]}
    if note:
        d["note"] = note
    return d

def chk(id_, status, detail, note=None):
    d = {"id": id_, "status": status, "detail": detail}
    if note:
        d["note"] = note
    return d

# ---------- text of the delivered document (for quote checking only) ----------
def text_of(p: Path) -> str:
    if p.suffix == ".docx":
        from docx import Document
        d = Document(str(p)); out = []
        for el in d.element.body.iterchildren():
            tag = el.tag.split('}')[1]
            if tag == "p":
                out.append("".join(t.text or "" for t in el.iter() if t.tag.endswith('}t')))
            elif tag == "tbl":
                for tc in el.iter():
                    if tc.tag.endswith('}tc'):
                        for pp in tc:
                            if pp.tag.endswith('}p'):
                                out.append("".join(t.text or "" for t in pp.iter() if t.tag.endswith('}t')))
        return "\n".join(out)
    if p.suffix == ".html":
        raw = p.read_bytes()
        m = re.search(rb'charset=([\w-]+)', raw[:2000])
        s = raw.decode(m.group(1).decode() if m else "utf-8")
        s = re.sub(r"(?is)<head>.*?</head>", " ", s)
        s = re.sub(r"(?i)<br\s*/?>|</p>|</td>|</tr>|</h\d>|</div>", "\n", s)
        s = re.sub(r"<![^>]*>", "", s)        # <![if !supportLists]> / <![endif]>
        s = re.sub(r"<[^>]+>", "", s)          # inline tags vanish without a space
        return html.unescape(s).replace("\xa0", " ")
    s = p.read_text(encoding="utf-8")
    if p.suffix == ".md":
        s = s.replace("**", "").replace("<br>", "\n")
    return s

def flat(s):
    return re.sub(r"\s+", " ", N(s)).strip()

def write(name, ext, plan, areas, checks, ref, applicable):
    doc = STAGE / f"{name}.{ext}"
    plan = {"schema": "planparse/plan@1", **plan}
    cov = sum(a["status"] == "covered" for a in areas); par = sum(a["status"] == "partial" for a in areas)
    mis = sum(a["status"] == "missing" for a in areas)
    audit = {"schema": "planparse/audit@1",
             "reference": {"id": ref, "number": REFS[ref][0], "title": REFS[ref][1]},
             "applicable": applicable, "areas": areas, "checks": checks,
             "summary": {"covered": cov, "partial": par, "missing": mis,
                         "coverage": round((cov + 0.5 * par) / len(areas), 2)}}
    for obj, kind in ((plan, "plan"), (audit, "audit")):
        s = json.dumps(obj, ensure_ascii=False, indent=1)
        (STAGE / f"{name}.{kind}.json").write_text(N(s) + "\n", encoding="utf-8")
    return check(name, doc)

def check(name, doc):
    src = flat(text_of(doc))
    plan = json.load(open(STAGE / f"{name}.plan.json")); audit = json.load(open(STAGE / f"{name}.audit.json"))
    q = []
    m = plan["meta"]
    for k in ("number", "title"):
        if m[k]: q.append(("meta." + k, m[k]))
    if m["signer"]: q.append(("signer", m["signer"]["name"]))
    for s in plan["sections"]: q.append(("section " + s["id"], s["title"]))
    for t in plan["tasks"]:
        q.append(("task " + t["id"], t["title"]))
        for a in t["lead"] + t["support"]: q.append(("agency " + t["id"], a["text"]))
        if t["timeframe"]: q.append(("tf " + t["id"], t["timeframe"]["text"]))
    for a in plan["assignments"]:
        q.append(("asg " + a["section"], a["agency"]["text"]))
        for d in a["duties"]: q.append(("duty " + a["section"], d))
    for d in plan["deadlines"]:
        q.append(("deadline " + d["section"], d["text"])); q.append(("subject " + d["section"], d["subject"]))
    for c in plan["budget"]["clauses"]: q.append(("budget", c["text"]))
    for a in plan["budget"]["amounts"]: q.append(("amount", a["text"]))
    for ar in audit["areas"]:
        assert ar["status"] in ("covered", "partial", "missing")
        if ar["status"] != "missing": assert ar["evidence"], ar["id"]
        else: assert not ar["evidence"], ar["id"]
        for e in ar["evidence"]: q.append(("evidence " + ar["id"], e["text"]))
    bad = [(k, s) for k, s in q if flat(s) not in src]
    ids = {s["id"] for s in plan["sections"]}
    tids = {t["id"] for t in plan["tasks"]}
    for t in plan["tasks"]:
        assert t["id"] in ids or t["id"].startswith("PL."), t["id"]
    for d in plan["deadlines"]:
        assert d["section"] in ids or d["section"] in tids, d["section"]
    for a in plan["assignments"]: assert a["section"] in ids, a["section"]
    for ar in audit["areas"]:
        for e in ar["evidence"]: assert e["section"] in ids, (ar["id"], e["section"])
    assert len(ids) == len(plan["sections"]), "duplicate section id"
    for k, s in bad: print("  NOT IN DOCUMENT:", k, repr(s))
    print(f"{doc.name}: sections {len(plan['sections'])}, tasks {len(plan['tasks'])}, assignments {len(plan['assignments'])}, "
          f"deadlines {len(plan['deadlines'])}, audit {audit['summary']}, bad quotes {len(bad)}")
    return not bad
