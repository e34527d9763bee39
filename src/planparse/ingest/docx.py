"""DOCX: paragraphs and tables in reading order, with Word's automatic numbering recovered.

python-docx drops every auto-numbered label (``1. Mục đích`` reads as ``Mục đích``): the label
lives in ``numbering.xml``. We replay it: each paragraph's ``w:numPr`` (or its style's) names a
``w:num``, which points to an ``w:abstractNum`` with per-level ``numFmt``, ``lvlText`` (``%1.``,
``%1.%2.``, ``%1)``) and ``start``; counters belong to the abstractNum, so a list continues across
``w:num``s that share it (as LibreOffice writes them) unless a ``startOverride`` restarts it; a
level restarts when a shallower level advances. A text box (Word writes it twice: DrawingML and a
VML fallback copy) is read once, its paragraphs as lines before the paragraph it is anchored in.
A footnote or endnote (``footnotes.xml``/``endnotes.xml``) is read as a line after the paragraph
that cites it, as the plan's own words: the preamble often gives a basis's number only there, and a
task's time or a report's deadline may stand only in a note on its heading. Headers and footers live in
other parts and are never read. Legacy ``.doc`` goes through
LibreOffice when installed.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import tempfile
import zipfile
import zlib
from pathlib import Path

from ..errors import IngestError, MissingToolError
from . import Document

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
from ..limits import MAX_XML, MAX_ZIP_RATIO as MAX_RATIO  # noqa: E402


def _int(v, default: int = 0, what: str = "value", cap: str | None = None) -> int:
    """An integer attribute of the XML, or a clear error (``<w:start w:val="một"/>``, ``10^10``)."""
    if v is None:
        return default
    try:
        n = int(str(v).strip()[:30])
    except ValueError:
        raise IngestError(f"DOCX has an invalid {what} {str(v)[:40]!r} (not a whole number)") from None
    if cap:
        from .. import limits
        limits.check(cap, abs(n), f"DOCX {what} is {n:,}")
    return n


def _roman(n: int) -> str:
    if n > 3999:  # Roman numerals stop at 3999; beyond, the number itself (no megabyte of Ms)
        return str(n)
    out = ""
    for v, r in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
                 (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += r
            n -= v
    return out


def _letter(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(97 + r) + s
    return s


def fmt_number(n: int, fmt: str) -> str:
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "lowerLetter":
        return _letter(n)
    if fmt == "upperLetter":
        return _letter(n).upper()
    if fmt in ("bullet", "none"):
        return ""
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


class Numbering:
    """Replays numbering.xml: ``label(numId, ilvl)`` returns the next label of that list level."""

    def __init__(self, root, styles) -> None:
        self.abstract: dict[str, dict[int, dict]] = {}
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        self.styles = styles
        if root is None:
            return
        for an in root.iter(W + "abstractNum"):
            aid = an.get(W + "abstractNumId")
            levels = {}
            for lvl in an.iter(W + "lvl"):
                il = _int(lvl.get(W + "ilvl"), 0, "list level (w:ilvl)", "max_list_value")
                levels[il] = {
                    "fmt": _val(lvl, "numFmt") or "decimal",
                    "text": _val(lvl, "lvlText") if lvl.find(W + "lvlText") is not None else f"%{il + 1}.",
                    "start": _int(_val(lvl, "start"), 1, "list start (w:start)", "max_list_value"),
                }
            link = _val(an, "numStyleLink")
            self.abstract[aid] = levels
            if link:
                self.abstract[aid]["_link"] = link
        for num in root.iter(W + "num"):
            nid = num.get(W + "numId")
            aid = _val(num, "abstractNumId")
            overrides = {}
            for ov in num.iter(W + "lvlOverride"):
                so = ov.find(W + "startOverride")
                if so is not None:
                    overrides[_int(ov.get(W + "ilvl"), 0, "list level (w:ilvl)", "max_list_value")] = \
                        _int(so.get(W + "val"), 1, "list start (w:startOverride)", "max_list_value")
            self.nums[nid] = (aid, overrides)

    def label(self, num_id: str, ilvl: int) -> str:
        if num_id not in self.nums or num_id == "0":
            return ""
        aid, overrides = self.nums[num_id]
        levels = self.abstract.get(aid, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(aid, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lv, start in overrides.items():
                counters[lv] = start - 1  # a restart requested by this w:num
        lv = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, lv["start"] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if lv["fmt"] == "bullet":
            return "-"
        if lv["fmt"] == "none":
            return ""

        def repl(m):
            k = int(m.group(1)) - 1
            spec = levels.get(k, {"fmt": "decimal", "start": 1})
            n = counters.get(k, spec["start"])
            return fmt_number(n, spec["fmt"])
        return re.sub(r"%(\d)", repl, lv["text"])


def _val(el, tag):
    c = el.find(W + tag)
    return c.get(W + "val") if c is not None else None


def _xml(z: zipfile.ZipFile, name: str, path: str):
    from lxml import etree
    try:
        info = z.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_XML or (info.compress_size and info.file_size / max(1, info.compress_size) > MAX_RATIO
                                    and info.file_size > 5 * 1024 * 1024):
        raise IngestError(f"DOCX part {name} expands to {info.file_size // 1024 // 1024} MB: refusing a possible zip bomb", path=path)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    if info.flag_bits & 0x1:
        raise IngestError(f"DOCX part {name} is encrypted (a password-protected zip); save the document again "
                          "without a password", path=path)
    try:
        raw = z.read(name)
    except NotImplementedError as e:  # AES, LZMA-in-zip…: Word never writes these
        raise IngestError(f"DOCX part {name} uses a compression Word does not write ({e})", path=path) from None
    except (zipfile.BadZipFile, RuntimeError, EOFError, OSError, ValueError, zlib.error) as e:  # bad CRC, truncated…
        raise IngestError(f"corrupt DOCX: part {name} cannot be unpacked ({e})", path=path) from None
    try:
        return etree.fromstring(raw, parser)
    except etree.XMLSyntaxError as e:
        raise IngestError(f"DOCX part {name} is not valid XML ({e})", path=path) from None


# Headings set by Word's styles alone, with no number printed or drawn (a plan laid out with "Heading 1"
# for its parts and "Heading 2" for its items): the reader numbers them by position, as Word's lost
# auto-numbering is (spec: numbered by position), so the outline sees the parts and items the styles say.
# a heading's own label, in any of the forms plans print ("I.", "I/", "1)", "1.2.", "a)", "A.", "Phần I",
# "Mục 1"): such headings are numbered already (the PDF reader's bold headings ask the same)
LABELLED = re.compile(r"^\s*(?:(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđA-Z])\s*[.)/:\-–]"
                      r"|(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Điều|ĐIỀU)\s+(?:thứ|THỨ|[IVXLC]{1,6}|\d{1,2})(?!\w))")
_LETTERS = "abcdđeghiklmnopqrstuvxy"  # the Vietnamese alphabet's letters, as lettered items use them
_HEADING_NAME = re.compile(r"^(?:heading|tiêu đề|title)\s*([1-3])$", re.I)


def _heading_styles(styles_root) -> dict[str, int]:
    """Paragraph style id → heading level (1-3), by the style's name (``heading 2``) or its outline level."""
    out: dict[str, int] = {}
    if styles_root is None:
        return out
    for st in styles_root.iter(W + "style"):
        if st.get(W + "type") not in (None, "paragraph"):
            continue
        sid = st.get(W + "styleId")
        name = st.find(W + "name")
        m = _HEADING_NAME.match((name.get(W + "val") or "") if name is not None else "")
        if m:
            out[sid] = int(m.group(1))
            continue
        ol = st.find(f"{W}pPr/{W}outlineLvl")
        lvl = _int(ol.get(W + "val"), 9, "outline level (w:outlineLvl)", "max_list_value") if ol is not None else 9
        if lvl < 3:
            out[sid] = lvl + 1
    return out


def _style_of(p) -> str | None:
    ppr = p.find(W + "pPr")
    return _val(ppr, "pStyle") if ppr is not None else None


def _label_headings(lines: list[str], heading_lines: list[tuple[int, int]]) -> None:
    """Number heading-styled lines by position when none of them carries a label: level 1 ``I.``,
    ``II.`` …; level 2 ``1.``, ``2.`` under each; level 3 ``a)``, ``b)`` under each of those. A document
    whose headings print their numbers, or that has fewer than three, is left as it is."""
    heads = [(k, lv) for k, lv in heading_lines if k < len(lines) and lines[k].strip()]
    labels = position_labels([lines[k] for k, _ in heads], [lv for _, lv in heads])
    for (k, _), label in zip(heads, labels or ()):
        lines[k] = f"{label} {lines[k].lstrip()}"


def position_labels(texts: list[str], levels: list[int]) -> list[str] | None:
    """The labels headings without numbers take by position (``_label_headings``; the HTML reader's
    ``<h1>``-``<h3>`` too), or None when they print their own or are fewer than three."""
    if len(texts) < 3 or any(LABELLED.match(t) for t in texts):
        return None
    from ..layout.outline import int_to_roman
    top = min(levels)
    counts = [0, 0, 0]
    out = []
    for lv in levels:
        d = min(2, lv - top)
        counts[d] += 1
        for j in range(d + 1, 3):
            counts[j] = 0
        out.append(int_to_roman(counts[0]) + "." if d == 0 else f"{counts[1]}." if d == 1
                   else _LETTERS[min(counts[2], len(_LETTERS)) - 1] + ")")
    return out


def _style_numpr(styles_root) -> dict[str, tuple[str, int]]:
    """Paragraph styles that carry numbering (headings numbered through their style)."""
    out: dict[str, tuple[str, int]] = {}
    if styles_root is None:
        return out
    based: dict[str, str] = {}
    for st in styles_root.iter(W + "style"):
        sid = st.get(W + "styleId")
        b = st.find(W + "basedOn")
        if b is not None:
            based[sid] = b.get(W + "val")
        np_ = st.find(f"{W}pPr/{W}numPr")
        if np_ is not None:
            nid = _val(np_, "numId")
            il = _val(np_, "ilvl")
            if nid:
                out[sid] = (nid, _int(il, 0, "list level (w:ilvl)", "max_list_value"))
    for sid, parent in based.items():
        seen = set()
        p = parent
        while sid not in out and p and p not in seen:
            seen.add(p)
            if p in out:
                out[sid] = out[p]
            p = based.get(p)
    return out


MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_TXBX = W + "txbxContent"
_ASIDE = frozenset({_TXBX, MC + "Fallback"})  # a text box's words are lines of their own; a fallback is a copy


def _outside(node, top, aside=_ASIDE) -> bool:
    """Is ``node`` outside every text box and markup-compatibility fallback between it and ``top``?"""
    el = node.getparent()
    while el is not None and el is not top:
        if el.tag in aside:
            return False
        el = el.getparent()
    return True


def _boxes(p) -> list:
    """The text boxes anchored in paragraph ``p``, each once: Word writes a box twice, as DrawingML
    (``mc:Choice``) and as a VML copy (``mc:Fallback``) for old readers; a box inside a box is read
    with the outer box's paragraph it is anchored in (``_with_boxes``)."""
    return [b for b in p.iter(_TXBX) if _outside(b, p)]


def _para_text(p, boxes: bool = False) -> str:
    """``boxes``: the document holds text boxes (``_boxes``), whose words are left out here."""
    parts = []
    for node in p.iter(W + "t", W + "tab", W + "br", W + "cr", W + "delText"):
        if boxes and not _outside(node, p):
            continue
        tag = node.tag
        if tag == W + "t":
            parts.append(node.text or "")
        elif tag == W + "tab":
            parts.append("\t")  # as Word saves it as text: a row typed with tabs is a table row there too
        elif tag in (W + "br", W + "cr"):
            parts.append("\n")
    return "".join(parts)


def read_docx(data: bytes, name: str) -> Document:
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError, ValueError, OSError):
        raise IngestError("not a valid DOCX (not a zip archive; a .doc saved with the wrong name?)", path=name) from None
    except NotImplementedError as e:  # a directory asking for a zip version Word never writes (a damaged file)
        raise IngestError(f"not a valid DOCX: its zip directory is damaged ({e})", path=name) from None
    try:
        return _read_docx(z, name)
    except IngestError as e:
        if e.path is None:  # raised below the file level (numbering, tables): name the file
            raise type(e)(e.reason, path=name) from None
        raise


def _read_docx(z: zipfile.ZipFile, name: str) -> Document:
    with z:
        if "word/document.xml" not in z.namelist():
            raise IngestError("not a DOCX: word/document.xml is missing", path=name)
        doc = _xml(z, "word/document.xml", name)
        numbering = Numbering(_xml(z, "word/numbering.xml", name), None)
        styles = _xml(z, "word/styles.xml", name)
        style_num = _style_numpr(styles)
        headings = _heading_styles(styles)
        notes = _notes(z, name)
    body = doc.find(W + "body")
    if body is None:
        raise IngestError("DOCX has no body", path=name)
    lines: list[str] = []
    tables: list[list[list[str]]] = []
    from .. import limits
    cells = [0, limits.get("max_table_cells")]  # counted across every table of the document
    boxes = next(body.iter(_TXBX), None) is not None  # most documents have no text box: one scan says so
    heading_lines: list[tuple[int, int]] = []  # (line, level) of each heading-styled paragraph
    for el in body:
        _block(el, numbering, style_num, cells, boxes, lines, tables, (headings, heading_lines))
        if notes:
            lines.extend(_cited_notes(el, notes))
    _label_headings(lines, heading_lines)
    text = "\n".join(lines)
    from .legacy import maybe_convert_legacy
    text, legacy = maybe_convert_legacy(text)
    return Document(text=text, format="docx", path=name, tables=tables, encoding=legacy)


_NOTE_REFS = (W + "footnoteReference", W + "endnoteReference")


def _notes(z: zipfile.ZipFile, name: str) -> dict[tuple[str, str], str]:
    """Footnote and endnote texts by (kind, id); Word's separator notes (``w:type``) carry no text."""
    out: dict[tuple[str, str], str] = {}
    for kind in ("footnote", "endnote"):
        root = _xml(z, f"word/{kind}s.xml", name)
        if root is None:
            continue
        for note in root.iter(W + kind):
            if note.get(W + "type") not in (None, "normal"):
                continue
            text = " ".join(" ".join(_para_text(p).split()) for p in note.iter(W + "p")).strip()
            if text:
                out[(kind, note.get(W + "id"))] = text
    return out


def _cited_notes(el, notes: dict[tuple[str, str], str]) -> list[str]:
    """The notes cited in body element ``el`` (a paragraph, or every cell of a table), each once and
    in citation order, one line each, set apart by blank lines: a note is narrative about its
    citation — it neither continues the paragraph nor the heading that cites it."""
    out: list[str] = []
    seen = set()
    for ref in el.iter(*_NOTE_REFS):
        key = ("footnote" if ref.tag == _NOTE_REFS[0] else "endnote", ref.get(W + "id"))
        if key in notes and key not in seen:
            seen.add(key)
            out.append(notes[key])
    return ["", *out, ""] if out else []


def _block(el, numbering: Numbering, style_num, cells: list[int], boxes: bool, lines: list[str],
           tables: list, heads: tuple[dict[str, int], list] | None = None) -> None:
    """A body-level element as lines: a paragraph, a table (its rows, or, for a table that lays out
    the document itself, its cells' blocks in order), a content control's paragraphs."""
    if el.tag == W + "p":
        level = heads[0].get(_style_of(el)) if heads and heads[0] else None
        if level:  # ``heads``: (heading level by style id, where heading-styled paragraphs were put)
            heads[1].append((len(lines), level))
        if boxes:
            lines.extend(_with_boxes(el, numbering, style_num))
        else:
            lines.append(_paragraph(el, numbering, style_num))
    elif el.tag == W + "tbl":
        if _layout_table(el):
            for tr in el.findall(W + "tr"):
                for tc in tr.findall(W + "tc"):
                    for ch in tc:
                        _block(ch, numbering, style_num, cells, boxes, lines, tables, heads)
            return
        if _labelled_layout_table(el):
            # a part's number in the left cell, its heading and body in the right ("II. | NHIỆM VỤ CỤ THỂ …",
            # a task table nested below): the number opens the right cell's first line
            for tr in el.findall(W + "tr"):
                label_cell, body_cell = tr.findall(W + "tc")
                label = " ".join(_paragraph(p, numbering, style_num, in_cell=True).strip() for p in label_cell.findall(W + "p")).strip()
                first = len(lines)
                for ch in body_cell:
                    _block(ch, numbering, style_num, cells, boxes, lines, tables, heads)
                k = next((k for k in range(first, len(lines)) if lines[k].strip()), None)
                if label and k is not None:
                    lines[k] = f"{label} {lines[k].strip()}"
            return
        rows = _table(el, numbering, style_num, cells)
        if rows:
            tables.append(rows)
            lines.append("")
            lines.extend(table_lines(rows))
            lines.append("")
    elif el.tag == W + "sdt":
        content = el.find(W + "sdtContent")
        for ch in (content if content is not None else ()):
            _block(ch, numbering, style_num, cells, boxes, lines, tables, heads)


# a one-column table that holds many paragraphs, or tables of its own, is the page's layout (some
# offices set a whole document in one borderless table), not data: its cells are read as the body is
LAYOUT_PARAGRAPHS = 8


def _layout_table(tbl) -> bool:
    rows = tbl.findall(W + "tr")
    if not rows or any(len(tr.findall(W + "tc")) != 1 for tr in rows):
        return False
    cells = [tr.find(W + "tc") for tr in rows]
    paras = sum(len(tc.findall(W + "p")) for tc in cells)
    return paras >= LAYOUT_PARAGRAPHS or any(tc.find(W + "tbl") is not None for tc in cells)


PART_LABEL = re.compile(r"(?:[IVXLC]{1,5}|\d{1,2}|[A-ZĐ])[.)]?")


def _labelled_layout_table(tbl) -> bool:
    """A page laid out in a two-column table: every row's left cell only a part's number (``II.``) or
    empty, the right cells holding the parts' paragraphs (many of them, or a table nested in one)."""
    rows = tbl.findall(W + "tr")
    if not rows or any(len(tr.findall(W + "tc")) != 2 for tr in rows):
        return False
    labels = ["".join(t.text or "" for t in tr.findall(W + "tc")[0].iter(W + "t")).strip() for tr in rows]
    if not all(not x or PART_LABEL.fullmatch(x) for x in labels) or sum(1 for x in labels if x) < 2:
        return False
    bodies = [tr.findall(W + "tc")[1] for tr in rows]
    paras = sum(len(tc.findall(W + "p")) for tc in bodies)
    return paras >= LAYOUT_PARAGRAPHS or any(tc.find(W + "tbl") is not None for tc in bodies)


def _with_boxes(p, numbering: Numbering, style_num) -> list[str]:
    """Paragraph ``p`` as lines: the paragraphs of the text boxes anchored in it first (each box
    once, a box inside one of them before its own paragraph in turn), then ``p``'s own text."""
    lines: list[str] = []
    for b in _boxes(p):
        for q in b.iter(W + "p"):
            if _outside(q, b):  # the box's own paragraphs: not a fallback copy's, not a nested box's
                lines.extend(_with_boxes(q, numbering, style_num))
    lines.append(_paragraph(p, numbering, style_num, boxes=True))
    return lines


def _cell_line(cell: str) -> str:
    """A cell on one text line (its paragraphs joined by spaces); `Document.tables` keeps them apart."""
    return " ".join(x.strip() for x in cell.split("\n") if x.strip())


def table_lines(rows: list[list[str]]) -> list[str]:
    """The text lines a table stands as: one row a line, its cells apart by `` | `` — or, for a task's
    card (two columns, the first holding field labels: ``Chủ trì | Sở X``, ``Thời gian | Quý II``), each
    row as the field line it says (``Chủ trì: Sở X``), read as a task's fields are wherever they stand."""
    if _is_card(rows):
        return [f"{_cell_line(k).rstrip(' :')}: {_cell_line(v)}" for k, v in rows if k.strip() or v.strip()]
    return [" | ".join(_cell_line(c) for c in row) for row in rows]


def _is_card(rows: list[list[str]]) -> bool:
    from ..layout.outline import FIELD_RE
    if not rows or any(len(r) != 2 for r in rows):
        return False
    labels = sum(1 for k, _ in rows if len(k) < 40 and FIELD_RE.match(_cell_line(k).rstrip(" :") + ":"))
    return labels >= 2 and labels >= len(rows) / 2


def _paragraph(p, numbering: Numbering, style_num, in_cell: bool = False, boxes: bool = False) -> str:
    """A paragraph's text with its Word label. A numbered paragraph advances its list even when
    empty, as Word shows it; an empty numbered paragraph in a table cell is its label alone (the
    ``STT`` column of a task table is usually an auto-numbered empty paragraph)."""
    text = _para_text(p, boxes)
    ppr = p.find(W + "pPr")
    num_id, ilvl = None, 0
    if ppr is not None:
        np_ = ppr.find(W + "numPr")
        if np_ is not None:
            num_id = _val(np_, "numId")
            ilvl = _int(_val(np_, "ilvl"), 0, "list level (w:ilvl)", "max_list_value")
        if num_id is None:
            ps = _val(ppr, "pStyle")
            if ps in style_num:
                num_id, ilvl = style_num[ps]
    if num_id:
        label = numbering.label(num_id, ilvl)
        if label and text.strip():
            return f"{label} {text.lstrip()}"
        if label and in_cell and label != "-":
            return label
    return text


def _table(tbl, numbering, style_num, cells: list[int] | None = None) -> list[list[str]]:
    from .. import limits
    cells = cells if cells is not None else [0, limits.get("max_table_cells")]
    rows: list[list[str]] = []
    above: dict[int, str] = {}
    for tr in tbl.iter(W + "tr"):
        row: list[str] = []
        col = 0
        for tc in tr.findall(W + "tc"):
            tcpr = tc.find(W + "tcPr")
            span = 1
            merge = None
            if tcpr is not None:
                gs = tcpr.find(W + "gridSpan")
                if gs is not None:
                    span = max(1, _int(gs.get(W + "val"), 1, "table cell span (w:gridSpan)", "max_table_span"))
                vm = tcpr.find(W + "vMerge")
                if vm is not None:
                    merge = vm.get(W + "val") or "continue"
            cells[0] += span
            if cells[0] > cells[1]:
                limits.check("max_table_cells", cells[0], f"DOCX tables hold over {cells[1]:,} cells")
            paras = [_paragraph(p, numbering, style_num, in_cell=True).strip() for p in tc.findall(W + "p")]
            txt = "\n".join(x for x in paras if x)
            if merge == "continue":
                txt = above.get(col, "")
            else:
                above[col] = txt
            row.append(txt)
            for extra in range(1, span):
                row.append(txt)
            col += span
        if any(c.strip() for c in row):
            rows.append(row)
    return rows


def read_doc(data: bytes, name: str) -> Document:
    """Legacy Word ``.doc``: converted to DOCX by LibreOffice (headless) when it is installed."""
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise MissingToolError("legacy Word .doc needs LibreOffice to convert it: apt-get install "
                               "libreoffice-writer (or save the file as .docx)", path=name)
    with tempfile.TemporaryDirectory(prefix="planparse-doc-") as tmp:
        src = Path(tmp) / "in.doc"
        src.write_bytes(data)
        try:
            subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to", "docx",
                            "--outdir", tmp, str(src)], capture_output=True, timeout=180, check=False)
        except subprocess.TimeoutExpired:
            raise IngestError("LibreOffice took too long to convert this .doc", path=name) from None
        out = Path(tmp) / "in.docx"
        if not out.exists():
            raise IngestError("LibreOffice could not convert this .doc (corrupt or not a Word file)", path=name)
        doc = read_docx(out.read_bytes(), name)
        doc.format = "doc"
        return doc
