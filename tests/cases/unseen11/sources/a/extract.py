"""Text of a DELIVERED document, for quote checking only (never planparse, never used to decide gold values):
.docx -> word/document.xml in Word's 'final' (changes accepted) view: w:t of every paragraph in order, w:delText and
         w:moveFrom content dropped (they are deleted text), w:ins/w:moveTo runs kept, comments.xml not read;
.pdf  -> pdftotext (raw order);  .html -> tags stripped, entities unescaped;  .txt -> UTF-8 (CRLF kept as whitespace)."""
import html, re, subprocess, unicodedata, zipfile
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_text(p, view="final"):
    root = etree.fromstring(zipfile.ZipFile(p).read("word/document.xml"))
    drop = ("moveFrom", "del") if view == "final" else ("moveTo", "ins")
    for tag in drop:
        for el in list(root.iter(f"{{{W}}}{tag}")):
            # w:del / w:moveFrom wrapping runs (not the paragraph-mark markers inside w:rPr)
            if el.getparent() is not None and el.getparent().tag != f"{{{W}}}rPr":
                el.getparent().remove(el)
    out = []
    tt = "t" if view == "final" else None
    for para in root.iter(f"{{{W}}}p"):
        ts = []
        for t in para.iter(f"{{{W}}}t", f"{{{W}}}delText", f"{{{W}}}tab"):
            if next(a for a in t.iterancestors(f"{{{W}}}p")) is not para:
                continue
            if t.tag.endswith("}tab"):
                ts.append("\t")
            elif view == "final" and t.tag.endswith("delText"):
                continue
            else:
                ts.append(t.text or "")
        out.append("".join(ts))
    return "\n".join(out)


def text_of(p):
    p = str(p)
    if p.endswith(".pdf"):
        return subprocess.run(["pdftotext", p, "-"], capture_output=True, text=True).stdout
    if p.endswith(".docx"):
        return docx_text(p)
    if p.endswith(".html"):
        t = open(p, encoding="utf-8").read()
        t = re.sub(r"<(style|script|head)\b.*?</\1>", " ", t, flags=re.S)
        t = re.sub(r"<br\s*/?>", "\n", t)
        # block elements end a line; inline elements (span, b, i, a, font …) join their text
        t = re.sub(r"</?(div|p|li|ul|ol|tr|td|th|table|h[1-6]|section|header|footer|nav|main|aside)\b[^>]*>", "\n", t)
        t = re.sub(r"<[^>]+>", "", t)
        return html.unescape(t).replace("\xa0", " ")
    return open(p, "rb").read().decode("utf-8-sig")


def flat(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s))
