"""Shared helpers for the unseen-set-5a generators (gold is written by hand in each script)."""
import json, re, unicodedata
from pathlib import Path

STAGE = Path("/work/unseen5a")

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
    flat = re.sub(r"\s+", " ", N(source_text))
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

# ---- set 5a: a tiny markup shared by the DOCX/PDF generators ----
# Lines of a plan source (.mk):
#   @HDR left | right      header row (table or tab-aligned, per generator)
#   @C text                centred bold     @CI text  centred italic   @CN text centred normal
#   @B text                bold paragraph   @I text   italic paragraph
#   @SIG left | right      signature/recipient row
#   @PB                    page break
#   anything else          justified normal paragraph; empty line = nothing
def parse_mk(mk):
    out = []
    for line in N(mk).strip("\n").split("\n"):
        if line.startswith("@"):
            tag, _, rest = line.partition(" ")
            out.append((tag[1:], rest))
        elif line.strip():
            out.append(("P", line))
    return out

def mk_to_text(mk, sep="\t"):
    lines = []
    for tag, rest in parse_mk(mk):
        if tag == "PB":
            lines.append("")
            continue
        if tag in ("HDR", "SIG"):
            l, _, r = rest.partition(" | ")
            lines.append((l.rstrip() + sep + r.strip()).strip() if r else l)
        else:
            lines.append(rest)
    return "\n".join(lines) + "\n"

def docx_from_mk(mk, out, hdr="table", size=13, date_prefix=None):
    """Build a DOCX from the markup. hdr='table': header/signature rows in borderless 2-column
    tables; hdr='tabs': each row one paragraph, columns joined by a tab (and spaces), no table."""
    from docx import Document
    from docx.shared import Pt, Cm
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
    doc = Document()
    compact(doc, size)
    doc.styles["Normal"].font.name = "Times New Roman"
    items = parse_mk(mk)
    i = 0
    while i < len(items):
        tag, rest = items[i]
        if tag in ("HDR", "SIG"):
            rows = []
            while i < len(items) and items[i][0] == tag:
                l, _, r = items[i][1].partition(" | ")
                rows.append((l.rstrip(), r.strip() if hdr == "table" else r.rstrip())); i += 1
            if hdr == "table":
                t = doc.add_table(rows=len(rows), cols=2)
                t.autofit = False
                wl, wr = (Cm(6.3), Cm(10.7)) if tag == "HDR" else (Cm(8), Cm(8.5))
                t.columns[0].width, t.columns[1].width = wl, wr
                for row in t.rows:
                    row.cells[0].width, row.cells[1].width = Cm(6.5 if tag == "HDR" else 8), Cm(10 if tag == "HDR" else 8.5)
                for r, (l, rr) in enumerate(rows):
                    for c, txt in enumerate((l, rr)):
                        p = t.cell(r, c).paragraphs[0]
                        run = p.add_run(txt)
                        if tag == "HDR" or c == 1:
                            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        run.bold = (tag == "HDR" and not txt.startswith("Số") and not (date_prefix and txt.startswith(date_prefix)) and r > 0) or (tag == "HDR" and c == 1 and r == 0) or (tag == "SIG" and c == 1)
                        run.italic = bool(date_prefix and txt.startswith(date_prefix))
                        run.font.size = Pt(12 if tag == "HDR" and c == 1 else (11.5 if tag == "HDR" else (11 if c == 0 and r else 12)))
            else:
                for l, rr in rows:
                    p = doc.add_paragraph()
                    p.paragraph_format.tab_stops.add_tab_stop(Cm(7), WD_TAB_ALIGNMENT.LEFT)
                    p.paragraph_format.space_after = Pt(0)
                    # left column padded with spaces to look centred over the tab grid, as typists do
                    r1 = p.add_run(l)
                    r1.bold = tag == "HDR" and l.isupper() and not l.strip().startswith("UBND")
                    r1.font.size = Pt(12)
                    if rr:
                        p.add_run("\t")
                        r2 = p.add_run(rr)
                        r2.bold = (tag == "HDR" and rr.isupper()) or tag == "SIG"
                        r2.italic = bool(date_prefix and rr.strip().startswith(date_prefix))
                        r2.font.size = Pt(12)
            continue
        if tag == "PB":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            p = doc.add_paragraph()
            if tag in ("C", "CI", "CN"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = p.add_run(rest); run.bold = tag == "C"; run.italic = tag == "CI"
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1)
                run = p.add_run(rest); run.bold = tag == "B"; run.italic = tag == "I"
        i += 1
    doc.save(out)
