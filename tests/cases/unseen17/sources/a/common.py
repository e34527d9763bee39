"""Shared helpers for the set-17a generators (copied from set 16a, STAGE changed) (gold is written by hand in each script)."""
import json, re, unicodedata
from pathlib import Path

STAGE = Path("/work/coord/set17a")

def N(s):
    return unicodedata.normalize("NFC", s)

def A(name, text=None, coll=False):
    return {"name": N(name), "text": N(text or name), "collective": coll}

def TF(text, start, end):
    return {"text": text, "start": start, "end": end}

def DL(text, kind, section, subject, due=None, start=None, end=None, rec=None, note=None):
    d = {"text": text, "kind": kind, "due": due, "start": start, "end": end,
         "recurrence": rec, "section": section, "subject": subject}
    if note:
        d["note"] = note
    return d

def SEC(id_, label, title, level, kind=None, note=None):
    s = {"id": id_, "label": label, "title": title, "level": level}
    if kind:
        s["kind"] = kind
    if note:
        s["note"] = note
    return s

def TASK(id_, title, lead, support, tf=None, note=None):
    t = {"id": id_, "title": title, "lead": lead, "support": support, "timeframe": tf}
    if note:
        t["note"] = note
    return t

def ASG(agency, section, duties, note=None):
    a = {"agency": agency, "section": section, "duties": duties}
    if note:
        a["note"] = note
    return a

def AREA(id_, status, section=None, text=None, note=None):
    a = {"id": id_, "status": status, "evidence": []}
    if section is not None:
        a["evidence"] = [{"section": section, "text": text}]
    if note:
        a["note"] = note
    return a

def write_gold(name, plan, audit, source_text):
    # a line break right after a hyphen (PDF wrap inside "9-10/2020", "PT-TH") is layout: also accept the joined form
    # a page number alone on its line (page furniture at a page break) is layout too: also accept the text without it
    nopg = re.sub(r"\n\s*\d{1,2}\s*\n", "\n", N(source_text))
    flat = (re.sub(r"\s+", " ", N(source_text)) + " \n " + re.sub(r"\s+", " ", re.sub(r"-[ \t]*\n\s*", "-", N(source_text)))
            + " \n " + re.sub(r"\s+", " ", nopg))
    bad = []
    def chk(s):
        if s and re.sub(r"\s+", " ", N(s)) not in flat:
            bad.append(s)
    for s in plan["sections"]:
        chk(s["title"])
    for t in plan["tasks"]:
        chk(t["title"])
        for a in t["lead"] + t["support"]:
            chk(a["text"])
    for a in plan["assignments"]:
        chk(a["agency"]["text"])
        for d in a["duties"]:
            chk(d)
    for d in plan["deadlines"]:
        chk(d["text"]); chk(d["subject"])
    for c in plan["budget"].get("clauses", []):
        chk(c["text"])
    for ar in audit["areas"]:
        for e in ar["evidence"]:
            chk(e["text"])
    titles = {}
    import glob as _g
    for _f in sorted(_g.glob("/work/shared/gold/*.audit.json")):
        for _ar in json.load(open(_f, encoding="utf-8"))["areas"]:
            titles.setdefault(_ar["id"], _ar.get("title"))
    for ar in audit["areas"]:
        if "title" not in ar and titles.get(ar["id"]):
            ar["title"] = titles[ar["id"]]
            ar.update({k: ar.pop(k) for k in [k for k in ar if k not in ("id", "title")]})
    if bad:
        raise SystemExit("not verbatim in source:\n" + "\n".join(bad))
    n = {k: sum(1 for a in audit["areas"] if a["status"] == k) for k in ("covered", "partial", "missing")}
    audit["summary"] = dict(n, coverage=round((n["covered"] + 0.5 * n["partial"]) / len(audit["areas"]), 2))
    plan = json.loads(N(json.dumps(plan, ensure_ascii=False)))
    audit = json.loads(N(json.dumps(audit, ensure_ascii=False)))
    (STAGE / f"{name}.plan.json").write_text(json.dumps(plan, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (STAGE / f"{name}.audit.json").write_text(json.dumps(audit, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("gold ok", name, len(plan["sections"]), "sections", len(plan["tasks"]), "tasks",
          len(plan["assignments"]), "assignments", len(plan["deadlines"]), "deadlines", audit["summary"])

REF19 = {"id": "asean-2019-2020", "number": "02/QĐ-BCĐASEAN",
         "title": "Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020"}
REF21 = {"id": "asean-2021-2025", "number": "1160/QĐ-TTg",
         "title": "Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021-2025, tầm nhìn 2030"}

def compact(doc, size=13):
    """Official-letter density: A4, 2-3 cm margins, single spacing, 3 pt after paragraphs."""
    from docx.shared import Pt, Cm
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(1.5), Cm(2), Cm(2)
    pf = doc.styles["Normal"].paragraph_format
    pf.space_after = Pt(3); pf.space_before = Pt(0); pf.line_spacing = 1.0
    doc.styles["Normal"].font.size = Pt(size)


def meta(number, doc_type, issuer, province, issued, title, period, basis, signer):
    return {"number": number, "doc_type": doc_type, "issuer": issuer, "province": province,
            "issued": issued, "title": title, "period": period, "basis": basis, "signer": signer}

def plan(meta_, sections, tasks, assignments, deadlines, budget):
    return {"schema": "planparse/plan@1", "meta": meta_, "sections": sections, "tasks": tasks,
            "assignments": assignments, "deadlines": deadlines, "budget": budget}

def audit(ref, applicable, reasons, areas, checks):
    return {"schema": "planparse/audit@1", "reference": ref,
            "applicable": {"value": applicable, "reasons": reasons},
            "areas": areas, "checks": [{"id": i, "status": s, "detail": d} for i, s, d in checks]}

AREA_TITLES = {}

def delivered_text(name, ext):
    """Text of the DELIVERED file for write_gold's verbatim check: pdftotext -raw for PDF, python-docx paragraphs and
    table cells for DOCX, tags stripped + entities unescaped for HTML, the file itself for TXT."""
    import subprocess, html as _h
    p = STAGE / f"{name}.{ext}"
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-raw", str(p), "-"], capture_output=True, text=True).stdout
    if ext == "html":
        s = p.read_text(encoding="utf-8")
        s = re.sub(r"<(style|head|script)[^>]*>.*?</\1>", " ", s, flags=re.S)
        s = re.sub(r"<br\s*/?>", "\n", s); s = re.sub(r"<[^>]+>", " ", s)
        return _h.unescape(s).replace("\xa0", " ")
    if ext == "txt":
        return p.read_text(encoding="utf-8")
    from docx import Document
    d = Document(p); out = [x.text for x in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                out.append(c.text)
    return "\n".join(out)
