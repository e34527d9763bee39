"""Re-check every quoted string of each gold file against text extracted from the DELIVERED document (never planparse):
- .docx: word/document.xml only (so Word comments in comments.xml are NOT plan text), every w:p in document order,
  including paragraphs inside text boxes (w:txbxContent) — the VML mc:Fallback copy of a text box is dropped so it
  is not read twice; table cells give their paragraphs; auto-numbers are not text;
- .pdf: `pdftotext` (raw reading order) — and, for information, `pdftotext -layout`;
- .txt: UTF-8 with the BOM removed; for the `pdftotext -layout` copy (Plan 2) the task-table cells are ALSO read with
  their wrapped lines joined (layout_columns.table_cells), since a layout-mode cell is spread over several lines;
- .html: tags stripped (<br> = newline), entities unescaped — site chrome included, so the check is only that quotes exist.
Whitespace is collapsed and text NFC-normalised before the substring test."""
import html, json, re, subprocess, sys, unicodedata, zipfile
sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent))
from pathlib import Path
from lxml import etree

ST = Path("/work/unseen10b")
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def docx_text(p):
    root = etree.fromstring(zipfile.ZipFile(p).read("word/document.xml"))
    for fb in root.iter(f"{{{MC}}}Fallback"):
        fb.getparent().remove(fb)
    out = []
    for para in root.iter(f"{{{W}}}p"):
        ts = [t.text or "" for t in para.iter(f"{{{W}}}t")
              if next(a for a in t.iterancestors(f"{{{W}}}p")) is para]
        out.append("".join(ts))
    return "\n".join(out)


def text_of(p):
    if p.suffix == ".pdf":
        return subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
    if p.suffix == ".docx":
        return docx_text(p)
    if p.suffix == ".html":
        t = p.read_text(encoding="utf-8")
        t = re.sub(r"<br\s*/?>", "\n", t); t = re.sub(r"<style.*?</style>", " ", t, flags=re.S)
        t = re.sub(r"<[^>]+>", "\n", t)
        return html.unescape(t).replace("\xa0", " ")
    t = p.read_bytes().decode("utf-8-sig")
    if "\f" in t and "Nội dung nhiệm vụ" in t:
        from layout_columns import table_cells
        t += "\n" + "\n".join(" | ".join(r) for r in table_cells(t))
    return t


def quotes(plan, audit):
    q = [s["title"] for s in plan["sections"]] + [t["title"] for t in plan["tasks"]]
    q += [a["text"] for t in plan["tasks"] for a in t["lead"] + t["support"]]
    q += [t["timeframe"]["text"] for t in plan["tasks"] if t["timeframe"]]
    q += [a["agency"]["text"] for a in plan["assignments"]] + [d for a in plan["assignments"] for d in a["duties"]]
    q += [d["text"] for d in plan["deadlines"]] + [d["subject"] for d in plan["deadlines"]]
    q += [c["text"] for c in plan["budget"]["clauses"]] + [a["text"] for a in plan["budget"]["amounts"]]
    q += [e["text"] for ar in audit["areas"] for e in ar["evidence"]]
    q += [plan["meta"]["number"], plan["meta"]["signer"]["name"], plan["meta"]["title"]]
    return [x for x in q if x]


def flat(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))


ok = True
for g in sorted(ST.glob("*.plan.json")):
    stem = g.name[:-len(".plan.json")]
    doc = [p for p in ST.glob(stem + ".*") if not p.name.endswith(".json")][0]
    text = flat(text_of(doc))
    plan = json.load(open(g, encoding="utf-8")); audit = json.load(open(ST / f"{stem}.audit.json", encoding="utf-8"))
    bad = [s for s in quotes(plan, audit) if flat(s) not in text]
    print(doc.name, "OK" if not bad else f"{len(bad)} not found", f"({len(quotes(plan, audit))} quotes)")
    for b in bad:
        print("   ", b); ok = False
    if doc.suffix == ".docx":
        raw = zipfile.ZipFile(doc).read("word/document.xml").decode("utf-8")
        if "comments.xml" in " ".join(zipfile.ZipFile(doc).namelist()):
            ctext = flat(re.sub(r"<[^>]+>", "", zipfile.ZipFile(doc).read("word/comments.xml").decode("utf-8")))
            leaked = [s for s in quotes(plan, audit) if flat(s) in ctext]
            print("    comment text used by gold:", leaked or "none")
sys.exit(0 if ok else 1)
