"""Re-check every quoted string of each gold file against text extracted from the DELIVERED document (extract.py:
DOCX in Word's final view — insertions accepted, deletions dropped; PDF via pdftotext; HTML tags stripped; TXT as is),
plus checks specific to each layout. Never uses planparse."""
import json, re, subprocess, sys, zipfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from extract import text_of, docx_text, flat

ST = Path("/work/unseen11a")


def quotes(plan, audit):
    q = [s["title"] for s in plan["sections"]] + [t["title"] for t in plan["tasks"]]
    q += [a["text"] for t in plan["tasks"] for a in t["lead"] + t["support"]]
    q += [t["timeframe"]["text"] for t in plan["tasks"] if t["timeframe"]]
    q += [a["agency"]["text"] for a in plan["assignments"]] + [d for a in plan["assignments"] for d in a["duties"]]
    q += [d["text"] for d in plan["deadlines"]] + [d["subject"] for d in plan["deadlines"]]
    q += [c["text"] for c in plan["budget"]["clauses"]] + [a["text"] for a in plan["budget"]["amounts"]]
    q += [e["text"] for ar in audit["areas"] for e in ar["evidence"]]
    q += [plan["meta"]["number"], plan["meta"]["signer"]["name"], plan["meta"]["title"]]
    q += [b["number"] for b in plan["meta"]["basis"]]
    return [x for x in q if x]


ok = True
for g in sorted(ST.glob("*.plan.json")):
    stem = g.name[:-len(".plan.json")]
    doc = [p for p in ST.glob(stem + ".*") if not p.name.endswith(".json")][0]
    text = flat(text_of(doc))
    plan = json.load(open(g, encoding="utf-8")); audit = json.load(open(ST / f"{stem}.audit.json", encoding="utf-8"))
    qs = quotes(plan, audit)
    bad = [s for s in qs if flat(s) not in text]
    print(doc.name, "OK" if not bad else f"{len(bad)} NOT FOUND", f"({len(qs)} quotes)")
    for b in bad:
        print("   ", b); ok = False
    if doc.suffix == ".docx":
        # deleted-only strings must be absent from the final view and present in the original view
        orig = flat(docx_text(doc, view="original"))
        for s in ["1536/QĐ-TTg", "Công an tỉnh", "Lê Minh Tuấn", "ứng phó với đại dịch COVID-19", "Ủy ban Mặt trận Tổ quốc"]:
            assert s not in text and s in orig, s
        for s in ["126/KH-UBND", "Đào Văn Khánh", "Tỉnh đoàn"]:
            assert s in text and s not in orig, s
        cm = zipfile.ZipFile(doc).read("word/comments.xml").decode()
        print("    deleted-only strings absent from final view; comment present:", "Sở Tài chính" in cm)
        from docx import Document
        pd_text = flat("\n".join(p.text for p in Document(doc).paragraphs))
        print("    (info) python-docx Paragraph.text sees the inserted task 7:", "Cuộc thi tìm hiểu về ASEAN cho học sinh" in pd_text)
    if doc.suffix == ".txt":
        raw = doc.read_bytes()
        assert raw.count(b"\r\n") == raw.count(b"\n") and b"\t" in raw
        print("    CRLF only, tabs:", raw.count(b"\t"))
    if doc.suffix == ".pdf":
        pdf = subprocess.run(["pdffonts", str(doc)], capture_output=True, text=True).stdout
        print("    text layer fonts:", len(pdf.splitlines()) - 2, "| footer URLs:", text.count("https://ninhthuan.gov.vn/"))
    if doc.suffix == ".html":
        h = doc.read_text(encoding="utf-8")
        assert not re.search(r"<(p|table|h[1-6]|ul|li)\b", h)
        print("    div-only: no <p>/<table>/<h*>/<ul>/<li>; divs:", h.count("<div"))
sys.exit(0 if ok else 1)
