"""HTML: a saved web page or news article → the article's text, without the page's furniture.

Navigation, headers, footers, scripts, forms, share buttons, view counters and reader comments
are dropped by tag and by class/id; the main content is the ``<article>`` or content container
if the page has one, else the block with the most paragraph text.
"""
from __future__ import annotations

import re

from ..errors import IngestError
from . import Document

_DROP_TAGS = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button",
              "select", "svg", "template", "menu", "input", "label", "object", "embed"}
_DROP_CLASS = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumb|share|social|comment|comments|footer|header|sidebar|"
                         r"related|banner|advert|ads|login|search|tags?|print|rating|view-?count|counter|toolbar|"
                         r"popup|modal|cookie|subscribe|widget|pager|pagination|author-box|binh-luan|y-kien)(?:$|[\s_-])", re.I)
_MAIN_CLASS = re.compile(r"(?:article|content|detail|post|entry|news|main|body-text|noi-dung|chi-tiet)", re.I)
_BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote", "pre", "table",
          "ul", "ol", "dd", "dt", "center", "main"}


def _decode(data: bytes) -> str:
    m = re.search(rb"charset=[\"']?([\w-]+)", data[:4096], re.I)
    for enc in ([m.group(1).decode("ascii", "ignore")] if m else []) + ["utf-8", "cp1258"]:
        try:
            return data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return data.decode("utf-8", "replace")


def read_html(data: bytes, name: str) -> Document:
    try:
        import lxml.html
        from lxml import etree
    except ImportError:  # pragma: no cover - lxml comes with python-docx
        raise IngestError("reading HTML needs lxml: pip install lxml", path=name) from None
    text = _decode(data)
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as e:
        raise IngestError(f"not readable HTML ({e})", path=name) from None
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            el.drop_tree() if el.getparent() is not None else None
            continue
        cls = " ".join(filter(None, [el.get("class"), el.get("id")]))
        if el.tag in _DROP_TAGS or (cls and _DROP_CLASS.search(cls)):
            if el.getparent() is not None:
                el.drop_tree()
    main = _main(root)
    title = ""
    h1 = root.find(".//h1")
    if h1 is not None and (main is None or h1 not in main.iter()):
        title = h1.text_content().strip()
    elif root.find(".//title") is not None and not main.xpath(".//h1|.//h2"):
        title = (root.find(".//title").text or "").strip()
    lines = [title] if title else []
    _lines(main if main is not None else root, lines)
    body = "\n\n".join(ln for ln in (re.sub(r"[ \t\u00a0]+", " ", x).strip() for x in lines) if ln)
    from .legacy import maybe_convert_legacy
    body, legacy = maybe_convert_legacy(body)
    return Document(text=body, format="html", path=name, encoding=legacy)


def _main(root):
    for xp in (".//article", ".//main"):
        found = root.findall(xp)
        if found:
            return max(found, key=lambda e: len(e.text_content()))
    best, best_len = None, 0
    for el in root.iter("div", "section", "td"):
        cls = " ".join(filter(None, [el.get("class"), el.get("id")]))
        ptext = sum(len(p.text_content()) for p in el.iter("p", "li", "h1", "h2", "h3", "h4"))
        score = ptext * (1.5 if cls and _MAIN_CLASS.search(cls) else 1.0)
        if score > best_len:
            best, best_len = el, score
    return best if best is not None else root.find(".//body")


def _lines(el, out: list[str]) -> None:
    """Block elements become lines; inline text is joined."""
    buf = [el.text or ""] if el.tag not in ("table",) else []
    for child in el:
        if not isinstance(child.tag, str):
            buf.append(child.tail or "")
            continue
        if child.tag == "br":
            out.append("".join(buf))
            buf = [child.tail or ""]
            continue
        if child.tag in _BLOCK:
            out.append("".join(buf))
            buf = []
            if child.tag == "tr":
                out.append(" | ".join(c.text_content().strip() for c in child.iter("td", "th")))
            else:
                _lines(child, out)
            buf = [child.tail or ""]
        else:
            buf.append(child.text_content())
            buf.append(child.tail or "")
    out.append("".join(buf))
