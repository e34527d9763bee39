"""HTML: a saved web page or news article → the article's text, without the page's furniture.

Navigation, headers, footers, scripts, forms, share buttons, view counters and reader comments
are dropped by tag and by class/id; the main content is the ``<article>`` or content container
if the page has one, else the block with the most paragraph text. A name says what a block usually
is, not what it holds: a block that holds part of the document itself (its Decree 30 header, its
signature block, its numbered sections) is kept whatever it is called (``_furniture``).
"""
from __future__ import annotations

import re

from ..errors import IngestError
from . import Document
from .text import utf16_without_bom

# elements whose text is never the document's (code, controls, embedded objects)
_NEVER_TEXT = {"script", "style", "noscript", "iframe", "button", "select", "svg", "template", "input", "label",
               "object", "embed"}
# elements that usually hold the page's furniture, but that a page may wrap its content in
# (an ASP.NET page is one ``<form>``; an article's ``<header>`` may be the document's own header)
_CHROME_TAGS = {"nav", "header", "footer", "aside", "form", "menu"}
_DROP_CLASS = re.compile(r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumb|share|social|comment|comments|footer|header|sidebar|"
                         r"related|banner|advert|ads|login|search|tags?|print|rating|view-?count|counter|toolbar|"
                         r"popup|modal|cookie|subscribe|widget|pager|pagination|author-box|binh-luan|y-kien)(?:$|[\s_-])", re.I)
# names of a place in a container (its top, its bottom) rather than of a kind of furniture: in a
# document's header or closing they name its cells (``<td class="header-left">`` holding the issuer)
_PLACE_CLASS = re.compile(r"(?:^|[\s_-])(?:header|footer)(?:$|[\s_-])", re.I)
_MAIN_CLASS = re.compile(r"(?:article|content|detail|post|entry|news|main|body-text|noi-dung|chi-tiet)", re.I)
_BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "blockquote", "pre", "table",
          "ul", "ol", "dd", "dt", "center", "main", "header", "footer", "nav", "aside", "form", "menu", "address",
          "figure", "figcaption"}
# where a line ends in a block's own text (``_own_text``): at its blocks and at the cells of its tables
_BREAKS = frozenset(_BLOCK | {"td", "th", "thead", "tbody", "tfoot", "caption"})


_META_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MARKUP = re.compile(r"<\s*/?\s*(?:html|head|body|meta|title|p|div|article|span|table|br|h[1-6])\b", re.I)


def _decode(data: bytes) -> tuple[str, str]:
    """Bytes → text and the encoding used. A declared charset is believed only if the decode holds up:
    a byte-order mark wins; bytes that are valid UTF-8 with non-ASCII letters are UTF-8 whatever the page
    says; a declared UTF-16/32 without NUL bytes is a lie; and the text must still read as markup."""
    import codecs
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(enc, "replace"), enc
    # UTF-16 without a byte-order mark (the text reader's test, on the page's head): read as cp1258
    # it would be junk a legacy-font detector then "converts"
    enc = utf16_without_bom(data[:4096]) if b"\x00" in data[:4096] else None
    if enc:
        return data.decode(enc, "replace"), enc
    try:
        text = data.decode("utf-8")
        if not text.isascii():
            return text, "utf-8"
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET.search(data[:4096])
    declared = m.group(1).decode("ascii", "ignore").lower() if m else None
    if declared and declared.replace("-", "").startswith(("utf16", "utf32", "ucs2", "ucs4")) and b"\x00" not in data[:4096]:
        declared = None  # a 16/32-bit encoding has NUL bytes in ASCII markup; this file has none
    for enc in ([declared] if declared else []) + ["utf-8", "cp1258"]:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if _MARKUP.search(text[:65536]) or not _MARKUP.search(data[:65536].decode("latin-1")):
            return text, enc
    return data.decode("utf-8", "replace"), "utf-8"


def read_html(data: bytes, name: str) -> Document:
    try:
        import lxml.html
        from lxml import etree
    except ImportError:  # pragma: no cover - lxml comes with python-docx
        raise IngestError("reading HTML needs lxml: pip install lxml", path=name) from None
    from .. import limits
    limits.check("max_html_bytes", len(data), f"HTML page of {len(data):,} bytes", path=name)
    text, _enc = _decode(data)
    if _XML_BAD.search(text):  # control characters: not HTML text, and lxml refuses to handle them
        text = _XML_BAD.sub(lambda m: " " if m.group(0) in "\v\f" else "", text)
    depth_cap = limits.get("max_html_depth")
    parser = lxml.html.HTMLParser(huge_tree=depth_cap > 255)
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as e:
        raise IngestError(f"not readable HTML ({e})", path=name) from None
    for err in parser.error_log:
        if "Excessive depth" in err.message or err.type_name == "ERR_RESOURCE_LIMIT" or "RESOURCE_LIMIT" in str(err):
            raise IngestError(limits.message("max_html_depth", "HTML nests elements more than 255 deep or holds an "
                                             "over-large text node"), path=name)
    if depth_cap > 255:
        deepest = max((sum(1 for _ in el.iterancestors()) for el in root.iter("p", "li", "td")), default=0)
        limits.check("max_html_depth", deepest, f"HTML nests elements {deepest} deep", path=name)
    office = _office_saved(root)
    _collapse_whitespace(root, tabs=office)
    _hide_markers(root)  # before the page's style sheets go with the furniture
    for el in _furniture(root):
        el.drop_tree()
    main = _main(root, office)
    title = ""
    h1 = root.find(".//h1")
    if h1 is not None and (main is None or h1 not in main.iter()):
        title = h1.text_content().strip()
    elif root.find(".//title") is not None and not main.xpath(".//h1|.//h2"):
        title = (root.find(".//title").text or "").strip()
    _number_headings(main if main is not None else root)
    if office:
        _continue_office_lists(main if main is not None else root)
        _notes_after_citing(main if main is not None else root)
    lines: list[str] = []
    tables: list[list[list[str]]] = []
    _lines(main if main is not None else root, lines, tables)
    if title:
        from ..layout.header import opens_with_motto
        if not opens_with_motto(lines):  # a document with its own header: the page's title is furniture
            lines.insert(0, title)
    # a block is a line, as a Word paragraph is (``ingest.docx``); a table's rows are one block
    if office:  # a tab stop kept (``_collapse_whitespace``), the spaces around it are the source's
        lines = [_AROUND_TAB.sub("\t", _SPACES_KEEP_TABS.sub(" ", x)).strip() for x in lines]
    else:
        lines = [_SPACES.sub(" ", x).strip() for x in lines]
    body = "\n".join(ln for ln in lines if ln)
    from .legacy import maybe_convert_legacy
    body, legacy = maybe_convert_legacy(body)
    if legacy:
        tables = [[[maybe_convert_legacy(c)[0] for c in row] for row in t] for t in tables]
    return Document(text=body, format="html", path=name, encoding=legacy, tables=tables)


_SPACES = re.compile(r"[ \t\u00a0]+")
_SPACES_KEEP_TABS = re.compile(r"[ \u00a0]+")
_AROUND_TAB = re.compile(r" *\t[ \t]*")

# HTML's white space (not the no-break space): in normal flow a run of it is one space, so a line
# break in the page's source is no line break on the page. Word's "Web Page, Filtered" export and
# many editors wrap long paragraphs in the source (``<b>2.1. Tuyên\ntruyền …``).
_HTML_WS = re.compile(r"[ \t\n\r\f]+")
# where the source's line breaks are the text's own: preformatted elements and ``white-space: pre*``
_PRE_TAGS = frozenset({"pre", "textarea", "listing", "xmp", "plaintext"})
_WHITE_SPACE = re.compile(r"(?:^|[;{\s])white-space\s*:\s*([\w-]+)", re.I)
_PRE_VALUES = frozenset({"pre", "pre-wrap", "pre-line", "break-spaces"})
_CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_CSS_COMPOUND = re.compile(r"^(?P<tag>[a-z][a-z0-9]*|\*)?(?P<rest>(?:[.#][\w-]+)*)$", re.I)
# A page that shows a document as plain text (one element, its lines broken by newlines in the source)
# says ``white-space: pre-wrap`` in a style sheet; a sheet in the page is read, an external one cannot
# be. Text whose source lines open with item labels, again and again, is laid out that way: a wrapped
# paragraph breaks its lines between words, seldom before a ``2.`` or an ``a)``, never three times.
_LABELLED_LINE = re.compile(r"\n[ \t]*(?:[IVX]{1,4}\.|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\))[ \t]")


def _collapse_whitespace(root, tabs: bool = False) -> None:
    """Collapse white space as a browser lays the text out (CSS ``white-space: normal``): every text
    and tail in normal flow gets its runs of white space made one space; preformatted text keeps its
    line breaks (``<pre>``, an inherited ``white-space: pre``/``pre-wrap``/``pre-line``/``break-spaces``
    from a ``style`` attribute or a rule of the page's style sheet, until an element sets ``normal``/
    ``nowrap`` again). ``<br>`` and blocks still end lines (``_lines``). ``tabs``: a page an office suite
    saved keeps a run of a tab on one line as one tab — the document's tab stop (``Nơi nhận:⇥T/M ỦY BAN NHÂN DÂN``,
    two columns of a signature block), as the DOCX reader keeps it."""
    rules = _white_space_rules(root)
    stack = [(root, False)]
    while stack:
        el, pre = stack.pop()
        if not isinstance(el.tag, str):  # a comment or processing instruction: only its tail is text
            continue
        if el.tag in _PRE_TAGS:
            pre = True
        if rules:
            value = _rule_value(el, rules)
            if value:
                pre = value in _PRE_VALUES
        m = _WHITE_SPACE.search(el.get("style") or "")
        if m:
            pre = m.group(1).lower() in _PRE_VALUES
        if el.text:
            el.text = _white_space(el.text, pre, tabs)
        for ch in el:
            if ch.tail:  # a child's tail is its parent's text
                ch.tail = _white_space(ch.tail, pre, tabs)
            stack.append((ch, pre))


def _white_space(s: str, pre: bool, tabs: bool = False) -> str:
    if pre or ("\n" in s and len(_LABELLED_LINE.findall(s)) >= 3):
        return s.replace("\r\n", "\n").replace("\r", "\n")
    if tabs and "\t" in s:
        # (a run that breaks the line is the suite's source layout: "Nhân\n\tdân")
        return _HTML_WS.sub(lambda m: "\t" if "\t" in m.group(0) and "\n" not in m.group(0) else " ", s)
    return _HTML_WS.sub(" ", s)


def _white_space_rules(root) -> list[tuple[str | None, frozenset, str | None, str]]:
    """``(tag, classes, id, value)`` of the page's style-sheet rules that set ``white-space``, each
    by the last part of its selector (``div.noi-dung pre`` → ``pre``): enough to tell a text block."""
    out = []
    for style in root.iter("style"):
        for sel, body in _CSS_RULE.findall(style.text or ""):
            m = _WHITE_SPACE.search(body)
            if not m:
                continue
            for one in sel.split(","):
                parts = re.split(r"[\s>+~]+", one.strip())
                c = _CSS_COMPOUND.match(parts[-1].split(":")[0]) if parts and parts[-1] else None
                if c is None:
                    continue
                tag = (c.group("tag") or "").lower()
                rest = c.group("rest") or ""
                classes = frozenset(re.findall(r"\.([\w-]+)", rest))
                ids = re.findall(r"#([\w-]+)", rest)
                out.append((tag if tag not in ("", "*") else None, classes, ids[0] if ids else None, m.group(1).lower()))
    return out


def _rule_value(el, rules: list) -> str | None:
    """The ``white-space`` value the last matching rule gives ``el`` (``None``: no rule matches)."""
    value = None
    classes = set((el.get("class") or "").split())
    for tag, cls, id_, v in rules:
        if (tag is None or tag == el.tag) and cls <= classes and (id_ is None or id_ == el.get("id")):
            if tag is None and not cls and id_ is None:
                continue  # a bare ``*``: no text block of its own
            value = v
    return value


# List markers. A list item's marker is what a browser draws before it: a bullet for ``<ul>``, a
# number for ``<ol>``, nothing when CSS says ``list-style: none`` (``list-style-type`` is inherited,
# but a browser's own sheet sets it on every list, so an item takes it from itself or its list only).
# A page's ``<style>`` rules are read (a selector of tags, classes and ids, with descendant and child
# combinators; a selector the reader cannot match, with pseudo-classes, attributes or siblings, is not
# guessed at); an external sheet cannot be, so the item's text is read too (``_ListCounter``).
_MARKER_ATTR = "data-planparse-marker"  # (+ "-prefix", "-format", "-suffix": a counter the sheet draws)
_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_LIST_STYLE = re.compile(r"(?:^|[;{\s])list-style(-type)?\s*:\s*([^;}]*)", re.I)
_LIST_POSITION = frozenset({"none", "inside", "outside", "initial", "unset", "inherit"})


def _list_style_none(decls: str) -> bool | None:
    """Whether declarations hide the marker: ``list-style-type: none``, or a ``list-style`` shorthand
    with ``none`` and no other type or image (``list-style: square none`` keeps its square; ``none``
    there is the image). ``None``: they say nothing about it."""
    out = None
    for m in _LIST_STYLE.finditer(decls):
        words = m.group(2).replace("!important", " ").lower().split()
        if m.group(1):
            out = words[:1] == ["none"]
        elif words:
            out = "none" in words and all(w in _LIST_POSITION for w in words)
    return out


def _css_rules(root) -> list[tuple[str, str]]:
    """``(selectors, declarations)`` of the page's ``<style>`` sheets, in their order."""
    return [rule for style in root.iter("style") for rule in _CSS_RULE.findall(_CSS_COMMENT.sub("", style.text or ""))]


def _sheet_rules(css: list[tuple[str, str]], value_of, before: bool = False) -> list[tuple[list, tuple, object]]:
    """``(selector, specificity, value)`` for the rules whose declarations ``value_of`` reads (not None),
    in their order; a selector is its compounds right to left, each ``(tag, classes, id, combinator to
    the next one left)``. ``before``: only selectors of the ``::before`` pseudo-element, without it."""
    out = []
    for sel, body in css:
        value = value_of(body)
        if value is None:
            continue
        for one in sel.split(","):
            if before:
                if not _BEFORE.search(one):
                    continue
                one = _BEFORE.sub("", one.strip())
            parsed = _selector(one)
            if parsed:
                spec = (sum(1 for c in parsed if c[2]), sum(len(c[1]) for c in parsed),
                        sum(1 for c in parsed if c[0]))
                out.append((parsed, spec, value))
    return out


# a marker drawn by the sheet itself: ``ol.lst-kix_x-0 > li:before { content: "" counter(lst-ctn-kix_x-0,
# decimal) ". " }`` with ``list-style-type: none`` (Google Docs' HTML export, and editors that copy it)
_BEFORE = re.compile(r"::?before\s*$", re.I)
_CONTENT = re.compile(r"(?:^|[;{\s])content\s*:\s*([^;}]*)", re.I)
_CONTENT_PART = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'|counter\(\s*[\w-]+\s*(?:,\s*([\w-]+)\s*)?\)', re.I)
# CSS counter styles as the number formats of ``docx.fmt_number``
_COUNTER_STYLES = {"decimal": "decimal", "lower-latin": "lowerLetter", "lower-alpha": "lowerLetter",
                   "upper-latin": "upperLetter", "upper-alpha": "upperLetter", "lower-roman": "lowerRoman",
                   "upper-roman": "upperRoman"}


def _counter_marker(decls: str) -> tuple[str, str, str] | None:
    """``(prefix, number format, suffix)`` of a ``content`` that draws one counter between strings."""
    m = _CONTENT.search(decls)
    if not m:
        return None
    parts = list(_CONTENT_PART.finditer(m.group(1)))
    counters = [k for k, x in enumerate(parts) if x.group(1) is None and x.group(2) is None]
    if len(counters) != 1:
        return None
    k = counters[0]
    style = _COUNTER_STYLES.get((parts[k].group(3) or "decimal").lower())
    if style is None:
        return None
    text = [x.group(1) if x.group(1) is not None else x.group(2) or "" for x in parts]
    return "".join(text[:k]), style, "".join(text[k + 1:])


def _selector(text: str) -> list | None:
    tokens = re.split(r"\s*(>)\s*|\s+", text.split(";")[-1].strip())  # after an ``@charset …;``
    compounds: list = []
    combinator = " "
    for tok in tokens:
        if tok is None or tok == "":
            continue
        if tok == ">":
            combinator = ">"
            continue
        c = _CSS_COMPOUND.match(tok)
        if c is None:
            return None
        tag = (c.group("tag") or "").lower()
        rest = c.group("rest") or ""
        ids = re.findall(r"#([\w-]+)", rest)
        compounds.append((tag if tag not in ("", "*") else None, frozenset(re.findall(r"\.([\w-]+)", rest)),
                          ids[0] if ids else None, combinator))
        combinator = " "
    return list(reversed(compounds)) or None


def _compound_matches(el, compound) -> bool:
    tag, classes, id_, _ = compound
    return ((tag is None or tag == el.tag) and classes <= set((el.get("class") or "").split())
            and (id_ is None or id_ == el.get("id")))


class _Selectors:
    """Selector matching that keeps every answer per element, rule and compound: linear in the page
    however deep it nests and however many descendant combinators a selector chains."""

    def __init__(self, rules: list) -> None:
        self.rules = rules
        self._self: dict = {}   # (el, rule, i): el matches compounds i.. of the rule
        self._up: dict = {}     # (el, rule, i): el or one of its ancestors does
        # rules by the id, else a class, else the tag of their rightmost compound (as a browser files them)
        self._index: dict = {}
        for r, (compounds, _, _) in enumerate(rules):
            tag, classes, id_, _ = compounds[0]
            key = ("#", id_) if id_ else (".", min(classes)) if classes else ("", tag)
            self._index.setdefault(key, []).append(r)

    def candidates(self, el) -> list[int]:
        """The rules whose rightmost compound may match ``el``, in the sheet's order."""
        keys = [("#", el.get("id")), ("", el.tag), ("", None)]
        keys += [(".", c) for c in set((el.get("class") or "").split())]
        return sorted(r for k in keys for r in self._index.get(k, ()))

    def winner(self, el):
        """The value of the rule that applies to ``el``: the most specific, then the last; None if none."""
        best = None
        for r in self.candidates(el):
            _, spec, value = self.rules[r]
            if (best is None or spec >= best[0]) and self.matches(el, r):
                best = (spec, value)
        return best[1] if best else None

    def matches(self, el, r: int, i: int = 0) -> bool:
        key = (el, r, i)
        if key not in self._self:
            compounds = self.rules[r][0]
            ok = _compound_matches(el, compounds[i])
            if ok and i + 1 < len(compounds):
                parent = el.getparent()
                if parent is None or not isinstance(parent.tag, str):
                    ok = False
                elif compounds[i][3] == ">":
                    ok = self.matches(parent, r, i + 1)
                else:
                    ok = self._at_or_above(parent, r, i + 1)
            self._self[key] = ok
        return self._self[key]

    def _at_or_above(self, el, r: int, i: int) -> bool:
        path, node, ok = [], el, False
        while node is not None and isinstance(node.tag, str):
            if (node, r, i) in self._up:
                ok = self._up[(node, r, i)]
                break
            path.append(node)
            if self.matches(node, r, i):
                ok = True
                break
            node = node.getparent()
        for n in path:
            self._up[(n, r, i)] = ok
        return ok


# a page's own sheet sets list styles a handful of times; more rules than this are not read
_MAX_LIST_RULES = 200


def _hide_markers(root) -> None:
    """Mark each list item that a browser draws without a marker (``_MARKER_ATTR``), by its own
    ``style``, its list's, and the page's style-sheet rules for either (the most specific, then the
    last, wins; a ``style`` attribute beats them all)."""
    css = _css_rules(root)
    selectors = _Selectors(_sheet_rules(css, _list_style_none)[:_MAX_LIST_RULES])
    drawn = _Selectors(_sheet_rules(css, _counter_marker, before=True)[:_MAX_LIST_RULES])

    def hides(el) -> bool | None:
        inline = _list_style_none(el.get("style") or "")
        return inline if inline is not None else selectors.winner(el)

    for li in root.iter("li"):
        lst = li.getparent()
        hidden = hides(li)
        if hidden is None and lst is not None and lst.tag in ("ul", "ol", "menu"):
            hidden = hides(lst)
        if hidden:
            marker = drawn.winner(li) if drawn.rules else None
            if marker is not None:  # the sheet draws the number the list style hides
                li.set(_MARKER_ATTR, "counter")
                for key, v in zip(("-prefix", "-format", "-suffix"), marker):
                    li.set(_MARKER_ATTR + key, v)
            else:
                li.set(_MARKER_ATTR, "none")


# What marks a block as part of the document: a line of its Decree 30 header (the number, the motto,
# the place-and-date line), of its closing (``Nơi nhận``, ``TM.``/``KT.`` before a position), or,
# twice, a section heading (``II. NHIỆM VỤ``). A site's banner may show today's date: a weekday is
# no place of issue.
_HEADER_MARK, _CLOSING_MARK = 1, 2
_SECTION = re.compile(r"^(?:[IVX]{1,4})\.\s+[A-ZĐ]")
_WEEKDAY = re.compile(r"^(?:Thứ|Chủ nhật|Hôm nay|Ngày)\b", re.I)
# a header or a closing is short; the whole document (or the page) is not
_PART_CHARS = 1500
_GRID = frozenset({"table", "thead", "tbody", "tfoot", "tr"})


def _marks() -> tuple:
    from ..layout import closing, header
    authority = re.compile(r"^" + closing._vocab()["authority"] + r"\s*[" + header.UPPER + "]")
    return header._NUMBER, header._DATE_LINE, header._motto(), closing._RECIPIENTS, authority


def _line_marks(text: str, rx: tuple) -> tuple[int, int]:
    number, date_line, motto, recipients, authority = rx
    marks = sections = 0
    for line in text.split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if not line:
            continue
        m = date_line.match(line)
        if number.match(line) or motto.search(line) or (m and not _WEEKDAY.match(line)):
            marks |= _HEADER_MARK
        if recipients.match(line) or authority.match(line):
            marks |= _CLOSING_MARK
        sections += bool(_SECTION.match(line))
    return marks, sections


def _furniture(root) -> list:
    """The elements to drop: comments, elements that never hold text, and furniture by tag or by name
    unless it holds part of the document; a ``header``/``footer``-named cell of a short table that does
    (a header laid out as a grid whose issuer cell has no mark of its own) is the document's too."""
    rx = _marks()
    els = [el for el in root.iter()]
    marks: dict = {}
    sections: dict = {}
    tlen, _ = _text_lengths(root)
    for el in reversed(els):  # children before their parents: linear however deep
        if not isinstance(el.tag, str):
            continue
        # an inline element's text is its block's; read again only when its name may drop it
        m, n = (0, 0) if el.tag not in _BREAKS and not _named(el) else _line_marks(_own_text(el), rx)
        for ch in el:
            if isinstance(ch.tag, str):
                m |= marks[ch]
                n += sections[ch]
        marks[el], sections[el] = m, n

    def holds_document(el) -> bool:
        return bool(marks[el]) or sections[el] >= 2

    drop: list = []
    stack = [(root, False)]
    while stack:
        el, in_part = stack.pop()
        if not isinstance(el.tag, str):
            if el.getparent() is not None:
                drop.append(el)
            continue
        name = _named(el)
        if el.tag in _NEVER_TEXT:
            drop.append(el)
            continue
        chrome = el.tag in _CHROME_TAGS or bool(name and _DROP_CLASS.search(name))
        if chrome and not holds_document(el):
            placed = el.tag in ("header", "footer") or bool(name and _PLACE_CLASS.search(name))
            if not (in_part and placed):
                drop.append(el)
                continue
        # a short table with a mark is the grid a header or a closing is laid out in (a page laid out
        # in a table holds the whole document: long); its cells are the document's
        part = in_part or (el.tag in _GRID and bool(marks[el]) and sections[el] < 2 and tlen.get(el, 0) <= _PART_CHARS)
        stack.extend((ch, part) for ch in reversed(el))
    return drop


def _named(el) -> str:
    return " ".join(filter(None, [el.get("class"), el.get("id")]))


def _own_text(el) -> str:
    """``el``'s text and that of its inline descendants, not of the blocks inside it (they have their
    own); a ``<br>`` or a block ends a line. Each character is read once for its nearest block."""
    out = [el.text or ""]
    stack: list = [(None, iter(el))]
    while stack:
        ch = next(stack[-1][1], None)
        if ch is None:
            done, _ = stack.pop()
            if done is not None:
                out.append(done.tail or "")
            continue
        if not isinstance(ch.tag, str):
            out.append(ch.tail or "")
        elif ch.tag == "br" or ch.tag in _BREAKS:
            out.append("\n" + (ch.tail or ""))
        else:
            out.append(ch.text or "")
            stack.append((ch, iter(ch)))
    return "".join(out)


_PARA = frozenset({"p", "li", "h1", "h2", "h3", "h4"})


def _text_lengths(root) -> tuple[dict, dict]:
    """For every element, in one bottom-up pass: the length of its text, and the summed text length
    of the paragraph-like elements inside it (linear, however deep the nesting)."""
    els = [el for el in root.iter() if isinstance(el.tag, str)]
    tlen: dict = {}
    plen: dict = {}
    for el in reversed(els):  # children before their parents
        t = len(el.text or "")
        p = 0
        for ch in el:
            if isinstance(ch.tag, str):
                t += tlen.get(ch, 0)
                p += plen.get(ch, 0)
            t += len(ch.tail or "")
        tlen[el] = t
        plen[el] = p + (t if el.tag in _PARA else 0)
    return tlen, plen


def _number_headings(root) -> None:
    """``<h1>``-``<h3>`` without numbers (a Word document's heading styles saved as a web page) numbered by
    position, as the DOCX reader numbers heading-styled paragraphs."""
    heads = [h for h in root.iter("h1", "h2", "h3") if h.text_content().strip()]
    if len(heads) < 3:
        return
    from .docx import position_labels
    labels = position_labels([h.text_content().strip() for h in heads], [int(h.tag[1]) for h in heads])
    for h, label in zip(heads, labels or ()):
        h.text = f"{label} {(h.text or '').lstrip()}"


_OFFICE_GENERATOR = re.compile(r"LibreOffice|OpenOffice|Microsoft Word|Microsoft Office|WPS Office", re.I)


def _office_saved(root) -> bool:
    """Did an office suite save the page (its ``generator``)?"""
    gen = root.find(".//meta[@name='generator']")
    return gen is not None and bool(_OFFICE_GENERATOR.search(gen.get("content") or ""))


def _continue_office_lists(root) -> None:
    """An office suite writes one numbered list broken by paragraphs as one ``<ol>`` per run of items, each
    with the ``start`` it goes on from — but not the run that opens with the sub-items of the item before it
    (``<ol><ol type="a">…</ol><li>Hoạt động văn hóa …</ol>`` after ``<ol start="5">…</ol>``), which a
    browser numbers from 1 again. That run goes on from the last item at its depth and kind."""
    last: dict[tuple[int, str], int] = {}
    for ol in root.iter("ol"):
        depth = sum(1 for a in ol.iterancestors() if a.tag in ("ol", "ul"))
        key = (depth, (ol.get("type") or "1").strip()[:1] or "1")
        kids = [k for k in ol if isinstance(k.tag, str)]
        if ol.get("start") is None and kids and kids[0].tag in ("ol", "ul") and key in last:
            ol.set("start", str(last[key] + 1))
        items = sum(1 for k in kids if k.tag == "li")
        if items:
            last[key] = _int(ol.get("start"), 1) + items - 1


_NOTE_BOX = re.compile(r"(?:sd(?:foot|end)note|ftn|edn)\d+$")


def _notes_after_citing(root) -> None:
    """Footnotes and endnotes an office suite gathers at the page's end (``<div id="sdfootnote1">``,
    ``<div id="ftn1">``) go after the block that cites them, each once, their marks out of the text —
    as the DOCX reader reads them (``docx._cited_notes``): a note is the plan's words about its citation
    (a task's time or a report's date may stand only there), not the page's last lines."""
    named = {}
    for el in root.iter():
        if isinstance(el.tag, str):
            for key in (el.get("name"), el.get("id")):
                if key:
                    named.setdefault(key, el)
    boxes = {}
    for a in list(root.iter("a")):
        href = a.get("href") or ""
        target = named.get(href[1:]) if href.startswith("#") else None
        box = next((b for b in ([target] + list(target.iterancestors()) if target is not None else [])
                    if b.tag == "div" and _NOTE_BOX.match(b.get("id") or "")), None)
        if box is None or any(x is box for x in a.iterancestors()):
            continue  # a mark's own back link, inside its note
        boxes.setdefault(id(box), [box, []])[1].append(a)
    for box, marks in boxes.values():
        for sym in box.iter("a"):
            if (sym.get("href") or "").startswith("#"):
                sym.text = ""  # the note's own number
                for ch in list(sym):
                    sym.remove(ch)
        text = " ".join(box.text_content().split())
        mark = marks[0]
        block = next((b for b in mark.iterancestors() if b.tag in ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table")),
                     None)
        for m in marks:
            m.drop_tree()
        parent = box.getparent()
        if parent is not None:
            parent.remove(box)
        if text and block is not None and block.getparent() is not None:
            outer = next((t for t in block.iterancestors() if t.tag == "table"), block)
            note = outer.makeelement("p", {})
            note.text = text
            outer.addnext(note)


def _main(root, office: bool = False):
    """The page's main block; ``office``: an office suite saved the page (``_office_saved``)."""
    body = root.find(".//body")
    if body is not None and office:
        # a document an office suite saved as a web page is the whole page: its header is a table and
        # its body may be a section of columns, neither of them a portal's menu around an article
        return body
    tlen, plen = _text_lengths(root)
    for xp in (".//article", ".//main"):
        found = root.findall(xp)
        if found:
            return max(found, key=lambda e: tlen.get(e, 0))
    best, best_len = None, 0
    for el in root.iter("div", "section", "td"):
        cls = " ".join(filter(None, [el.get("class"), el.get("id")]))
        ptext = plen.get(el, 0)
        score = ptext * (1.5 if cls and _MAIN_CLASS.search(cls) else 1.0)
        if score > best_len:
            best, best_len = el, score
    body = root.find(".//body")
    if body is None:
        return best
    # a page whose text is not in paragraphs (a legal database's page: ``<font>`` runs broken by
    # ``<br>`` in a layout table's cell), a whole document's worth of it (a page of a short grid or two
    # is read whole): the main block is the deepest one that holds most of the page's text outside
    # links (menus are links). (The text outside links, only worked out where it can decide.)
    own = _unlinked_lengths(root, tlen) if plen.get(body, 0) < _MAIN_SHARE * tlen.get(body, 0) else {}
    if plen.get(body, 0) < _MAIN_SHARE * own.get(body, 0) and own.get(body, 0) >= _PART_CHARS:
        need = _MOST * own.get(body, 0)
        deepest = body
        for el in body.iter("div", "section", "td"):
            if own.get(el, 0) >= need:
                deepest = el  # (document order: a block inside a holder comes after it)
        return deepest
    # a page whose paragraphs stand in the body itself (a Google Docs or Word export: no container but
    # a table for the header and one for the signature) has no main block
    if best is None or plen.get(best, 0) < _MAIN_SHARE * plen.get(body, 0):
        return body
    return best


# the least share of the page's paragraph text a block holds to be its main content
_MAIN_SHARE = 0.3
# the share of the page's own text (outside links) the main block holds when paragraphs do not say
_MOST = 0.6


def _unlinked_lengths(root, tlen: dict) -> dict:
    """Each element's text length outside links (``<a>``), in one bottom-up pass."""
    els = [el for el in root.iter() if isinstance(el.tag, str)]
    linked: dict = {}
    for el in reversed(els):
        if el.tag == "a":
            linked[el] = tlen.get(el, 0)
        else:
            linked[el] = sum(linked.get(ch, 0) for ch in el if isinstance(ch.tag, str))
    return {el: tlen.get(el, 0) - linked[el] for el in els}


def _lines(el, out: list[str], tables: list | None = None) -> None:
    """Block elements become lines; inline text is joined, and a ``<br>`` ends the line wherever it
    sits (inside ``<strong>``, ``<span>``, nested). A table becomes its rows (`` | `` between
    cells, as the DOCX reader writes them) and, in ``tables``, its cells; an ordered list's items get
    the labels a browser prints (``<ol type="I" start="2">`` → ``II.``), a bulleted list's items a dash."""
    buf = [el.text or ""] if el.tag not in ("table",) else []
    counter = _ListCounter(el) if el.tag in ("ol", "ul") else None
    for child in el:
        _child(child, buf, out, tables, counter)
        buf.append(child.tail or "")
    out.append("".join(buf))


def _child(child, buf: list[str], out: list[str], tables: list | None, counter=None) -> None:
    """One child's text into the line being built (``buf``) or, for a block, lines of its own."""
    if not isinstance(child.tag, str):
        return
    if child.tag == "br":
        out.append("".join(buf))
        buf.clear()
    elif child.tag in _BLOCK:
        out.append("".join(buf))
        buf.clear()
        aria = child.tag != "table" and child.get("role") in _ARIA_TABLES
        parts = _labelled_layout(child) if child.tag == "table" else None
        if parts:  # a part's number in the left cell, its title and body in the right: one heading, then the body
            for label, body in parts:
                sub: list[str] = []
                _lines(body, sub, tables)
                first = next((k for k, x in enumerate(sub) if x.strip()), None)
                if label and first is not None:
                    sub[first] = f"{label} {sub[first].strip()}"
                out.extend(sub)
        elif child.tag == "table" or aria:
            rows = _aria_rows(child) if aria else _table_rows(child, tables)
            if rows:
                if tables is not None:
                    tables.append(rows)
                from .docx import table_lines  # a row on one line, as the DOCX reader writes it
                out.append("\n".join(table_lines(rows)))
        elif child.tag == "tr":  # a row outside a table (broken markup)
            out.append(" | ".join(c.text_content().strip() for c in child.iter("td", "th")))
        elif child.tag == "li" and counter is not None:
            sub: list[str] = []
            _lines(child, sub, tables)
            first = next((k for k, x in enumerate(sub) if x.strip()), None)
            label = counter.next(child, sub[first] if first is not None else "")
            if first is not None and label:
                sub[first] = f"{label} {sub[first].strip()}"
            out.extend(sub)
        else:
            _lines(child, out, tables)
    else:  # inline: its text runs on in this line, its own <br> and blocks break it
        buf.append(child.text or "")
        for ch in child:
            _child(ch, buf, out, tables)
            buf.append(ch.tail or "")


# A table drawn with <div>s and CSS (``display: grid``), its structure said by ARIA roles: ``role="grid"``
# (or ``table``) over ``columnheader`` / ``gridcell`` children, in rows of as many cells as there are
# column headers, or over ``row`` children holding the cells; a ``row`` that holds no cells is one cell
# across the table (a group row: ``grid-column: 1 / -1``)
_ARIA_TABLES = frozenset({"grid", "table", "treegrid"})
_ARIA_CELLS = frozenset({"columnheader", "rowheader", "gridcell", "cell"})


def _cell_text(cell) -> str:
    """A cell's text, its lines kept apart by newlines (a table nested in it is part of it)."""
    sub: list[str] = []
    _lines(cell, sub, None)
    return "\n".join(_SPACES.sub(" ", x).strip() for x in sub if x.strip())


def _aria_rows(grid) -> list[list[str]]:
    kids = [c for c in grid if isinstance(c.tag, str)]
    width = sum(1 for c in kids if c.get("role") == "columnheader")
    rows: list[list[str]] = []
    cur: list[str] = []
    for c in kids:
        role = c.get("role")
        inner = [x for x in c if isinstance(x.tag, str) and x.get("role") in _ARIA_CELLS]
        if role == "row" and inner:
            rows.append([_cell_text(x) for x in inner])
        elif role == "row" or (role not in _ARIA_CELLS and width):
            if cur:
                rows.append(cur)
                cur = []
            t = _cell_text(c)
            if t:
                rows.append([t] * max(1, width))
        elif role in _ARIA_CELLS:
            cur.append(_cell_text(c))
            if width and len(cur) == width:
                rows.append(cur)
                cur = []
    if cur:
        rows.append(cur)
    return [r for r in rows if any(x.strip() for x in r)]


def _table_rows(table, tables: list | None) -> list[list[str]]:
    """A table's rows of cell texts (a cell's lines kept apart by newlines), a cell that spans columns
    or rows repeated in each, as the DOCX reader gives merged cells; tables nested in a cell are part of
    that cell's text."""
    from .. import limits
    rows: list[list[str]] = []
    below: dict[int, tuple[int, str]] = {}  # column → (rows still covered, text) of a rowspan above
    cap = limits.get("max_table_cells")
    n_cells = 0
    for tr in _own_rows(table):
        row: list[str] = []
        col = 0
        for td in (c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")):
            while col in below:
                row.append(_take(below, col))
                col += 1
            text = _cell_text(td)
            span, down = _span(td.get("colspan")), _span(td.get("rowspan"))
            for k in range(span):
                row.append(text)
                if down > 1:
                    below[col + k] = (down - 1, text)
            col += span
            n_cells += span
            if n_cells > cap:
                limits.check("max_table_cells", n_cells, f"HTML tables hold over {cap:,} cells")
        while col in below:
            row.append(_take(below, col))
            col += 1
        if any(c.strip() for c in row):
            rows.append(row)
    return rows


def _labelled_layout(table) -> list[tuple[str, object]] | None:
    """``(label, body cell)`` per row of a table that lays the document out beside its part numbers
    (an old portal's borderless table, as ``ingest.docx`` reads the same in Word): two cells a row, the
    left one a part's number (``II.``) or empty, at least two numbers, and the right cells holding many
    lines between them (or a table of their own). ``None``: a table of rows, read as one."""
    from .docx import LAYOUT_PARAGRAPHS, PART_LABEL
    pairs = []
    for tr in _own_rows(table):
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        if len(cells) != 2 or any(_span(c.get("colspan")) > 1 or _span(c.get("rowspan")) > 1 for c in cells):
            return None
        label = _SPACES.sub(" ", cells[0].text_content()).strip()
        if label and not PART_LABEL.fullmatch(label):
            return None
        pairs.append((label, cells[1]))
    if sum(1 for label, _ in pairs if label) < 2:
        return None
    bodies = [body for _, body in pairs]
    lines = sum(len(text.split("\n")) for text in map(_cell_text, bodies) if text)
    return pairs if lines >= LAYOUT_PARAGRAPHS or any(b.find(".//table") is not None for b in bodies) else None


def _take(below: dict, col: int) -> str:
    left, text = below[col]
    if left <= 1:
        del below[col]
    else:
        below[col] = (left - 1, text)
    return text


def _span(v) -> int:
    try:
        return max(1, min(int(str(v).strip()), 1000))
    except (TypeError, ValueError):
        return 1


def _own_rows(table):
    """The rows of ``table`` itself (directly or in its thead/tbody/tfoot), not of tables nested in it."""
    for ch in table:
        if not isinstance(ch.tag, str):
            continue
        if ch.tag == "tr":
            yield ch
        elif ch.tag in ("thead", "tbody", "tfoot"):
            yield from (tr for tr in ch if isinstance(tr.tag, str) and tr.tag == "tr")


# An item that opens with its own label (a typed ``1.``, ``2.1.``, ``II.``, ``a)``) is that numbered
# item: an editor that types the document's numbers into a list hides the list's markers (often by an
# external sheet the reader cannot see), and a marker drawn before a typed label would make a numbered
# task a bullet. A bulleted item that carries its own bullet needs no second one.
_OWN_LABEL = re.compile(r"\s*(?:(?:[IVX]{1,5}|\d{1,3}(?:\.\d{1,3})*)[.)]|[a-zđ]\))(?=\s)")
_OWN_BULLET = re.compile(r"\s*[-+•–*]")


class _ListCounter:
    """The label a browser prints before each item of an ``<ol>`` (``type``, ``start``, ``reversed``,
    an item's ``value``); ``-`` before the items of a ``<ul>``; nothing before an item whose marker CSS
    hides (``_hide_markers``) or whose text carries its own label (``_OWN_LABEL``). A hidden or
    superseded number is still counted, as a browser counts it."""

    def __init__(self, lst) -> None:
        self.ordered = lst.tag == "ol"
        self.kind = (lst.get("type") or "1").strip()[:1] or "1"
        self.step = -1 if lst.get("reversed") is not None else 1
        self.n = _int(lst.get("start"), 1)

    def next(self, li, text: str = "") -> str:
        if li.get(_MARKER_ATTR) == "counter":  # the sheet's ``li:before`` counter, at the list's number
            prefix, fmt, suffix = (li.get(_MARKER_ATTR + key) or "" for key in ("-prefix", "-format", "-suffix"))
            from .docx import fmt_number
            label = (prefix + fmt_number(self._advance(li), fmt) + suffix).strip()
            return "" if _OWN_LABEL.match(text) else label
        label = self._count(li)
        if li.get(_MARKER_ATTR) == "none" or _OWN_LABEL.match(text) or (label == "-" and _OWN_BULLET.match(text)):
            return ""
        return label

    def _advance(self, li) -> int:
        """The item's number (its ``value``, else the list's next), the list moved on past it."""
        v = li.get("value")
        if v is not None:
            self.n = _int(v, self.n)
        n, self.n = self.n, self.n + self.step
        return n

    def _count(self, li) -> str:
        if not self.ordered:
            return "-"
        n = self._advance(li)
        from .docx import fmt_number
        fmt = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
        return fmt_number(n, fmt.get(self.kind, "decimal")) + "." if n > 0 else f"{n}."


def _int(v, default: int) -> int:
    try:
        return max(-10**6, min(int(str(v).strip()), 10**6))
    except (TypeError, ValueError):
        return default
