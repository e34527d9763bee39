"""(Set 12c: adds footnotes/endnotes to the DOCX text and VNI-decoding for .txt.)
Re-check every quoted string of each gold file against text extracted from the DELIVERED document (never planparse):
- .docx: word/document.xml, every w:p in document order (table cells give their paragraphs); section/column breaks
  carry no text;
- .md: the file as is, with `**` removed (bold is decoration, as in /work/shared/gold);
- text .pdf: `pdftotext` (raw order) OR pdfplumber page text OR pdfplumber table cells with their wrapped lines
  joined by a space (a quote must be found in at least one; the report says how many needed the table reading);
- image-only .pdf (the scan): there is no text layer, so quotes are checked against the text that was PUT ON THE PAGE,
  i.e. the intermediate DOCX that was rasterised (sources/<NAME>.intermediate.docx); tesseract -l vie is run for
  information only (how many quotes survive OCR word for word).
Whitespace is collapsed and text NFC-normalised before the substring test."""
import json, re, subprocess, sys, tempfile, unicodedata, zipfile
from pathlib import Path
from lxml import etree

ST = Path("/work/unseen12c"); HERE = Path(__file__).parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_text(p):
    z = zipfile.ZipFile(p)
    out = []
    for part in ("word/document.xml", "word/footnotes.xml", "word/endnotes.xml"):
        if part not in z.namelist():
            continue
        root = etree.fromstring(z.read(part))
        for para in root.iter(f"{{{W}}}p"):
            ts = [t.text or "" for t in para.iter(f"{{{W}}}t") if next(a for a in t.iterancestors(f"{{{W}}}p")) is para]
            out.append("".join(ts))
    return "\n".join(out)


def flat(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def pdf_texts(p):
    import pdfplumber
    raw = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
    pages, cells = [], []
    with pdfplumber.open(p) as pdf:
        for pg in pdf.pages:
            pages.append(pg.extract_text() or "")
            for t in pg.extract_tables():
                for row in t:
                    cells += [c.replace("\n", " ") for c in row if c]
    return raw, "\n".join(pages), "\n".join(cells)


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


ok = True
for g in sorted(ST.glob("*.plan.json")):
    stem = g.name[:-len(".plan.json")]
    doc = [p for p in ST.glob(stem + ".*") if not p.name.endswith(".json")][0]
    plan = json.load(open(g, encoding="utf-8")); audit = json.load(open(ST / f"{stem}.audit.json", encoding="utf-8"))
    qs = quotes(plan, audit)
    extra = ""
    if doc.suffix == ".docx":
        texts = [flat(docx_text(doc))]
    elif doc.suffix == ".txt":
        sys.path.insert(0, str(HERE)); import vni
        decoded = vni.from_vni(doc.read_bytes()).replace("\r\n", "\n")
        source = (HERE / f"{stem}.source.txt").read_text(encoding="utf-8")
        assert decoded == source, "VNI file does not decode to its Unicode source"
        texts = [flat(decoded)]
        extra = " [VNI bytes decode exactly to sources/%s.source.txt]" % stem
    elif doc.suffix == ".md":
        texts = [flat(doc.read_text(encoding="utf-8").replace("**", ""))]
    else:
        raw, pages, cells = pdf_texts(doc)
        if len(flat(raw)) < 20:   # image-only scan
            texts = [flat(docx_text(HERE / f"{stem}.intermediate.docx"))]
            with tempfile.TemporaryDirectory() as td:
                subprocess.run(["pdftoppm", "-r", "200", "-png", str(doc), f"{td}/p"], check=True)
                ocr = ""
                for png in sorted(Path(td).glob("p-*.png")):
                    ocr += subprocess.run(["tesseract", str(png), "-", "-l", "vie"], capture_output=True,
                                          text=True).stdout
            o = flat(ocr)
            extra = (f" [scan: text layer {len(flat(raw))} chars; OCR {len(o)} chars, "
                     f"{sum(flat(x) in o for x in qs)}/{len(qs)} quotes word for word in OCR]")
        else:
            texts = [flat(raw), flat(pages), flat(cells)]
            need_cells = sum(1 for x in qs if flat(x) not in texts[0] and flat(x) not in texts[1] and flat(x) in texts[2])
            extra = f" [{need_cells} quotes found only in table cells]"
    bad = [s for s in qs if not any(flat(s) in t for t in texts)]
    print(doc.name, "OK" if not bad else f"{len(bad)} NOT FOUND", f"({len(qs)} quotes){extra}")
    for b in bad:
        print("   ", b); ok = False
sys.exit(0 if ok else 1)
