"""Plain text of a delivered document, for quote checks only (pdftotext / python-docx / tag stripping).
NFC-normalised, NBSP -> space; zero-width spaces are kept (quotes must not run across them)."""
import re, subprocess, html, unicodedata
from pathlib import Path

def docx_text(p):
    from docx import Document
    d = Document(p); out = []
    for el in d.element.body.iterchildren():
        tag = el.tag.split('}')[1]
        if tag == "p":
            out.append("".join((t.text or "") if t.tag.endswith('}t') else ("\t" if t.tag.endswith('}tab') else "\n")
                               for t in el.iter() if t.tag.endswith(('}t', '}tab', '}br'))))
        elif tag == "tbl":
            for tc in el.iter():
                if tc.tag.endswith('}tc'):
                    out.append(" ".join("".join(t.text or "" for t in p.iter() if t.tag.endswith('}t'))
                                        for p in tc if p.tag.endswith('}p')))
    return "\n".join(out)

def text_of(p):
    p = Path(p)
    if p.suffix == ".pdf":
        s = subprocess.run(["pdftotext", str(p), "-"], capture_output=True, text=True).stdout
    elif p.suffix == ".docx":
        s = docx_text(p)
    elif p.suffix == ".html":
        s = p.read_text(encoding="utf-8")
        s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", " ", s)
        s = re.sub(r"(?i)<br\s*/?>", "\n", s); s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    else:
        s = p.read_text(encoding="utf-8")
    return unicodedata.normalize("NFC", s).replace("\xa0", " ")
