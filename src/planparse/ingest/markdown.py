"""Pandoc Markdown → the paragraphs and tables the DOCX reader gives.

``pandoc -t markdown`` (a DOCX or a web page converted) writes what Word laid out side by side — the
header's two columns, the signature beside ``Nơi nhận``, an annex of tasks — as one of pandoc's four
table kinds (pandoc manual, "Tables"):

- *grid*: ``+---+---+`` borders (``+===+`` under the header), ``| … |`` cells whose text wraps over
  several lines and may hold several paragraphs (blank lines inside the cell);
- *multiline*: columns given by the runs of a dashed line (``---- ------``), the table opened and
  closed by a full dashed line (or, without a header, by the dashed line itself), rows separated by
  blank lines, cell text wrapped within its column;
- *simple*: the same dashed line under a one-line header (or around a headerless table), one line a row;
- *pipe*: ``| a | b |`` over a ``|---|---|`` line, one line a row;
- and, when no kind holds the cells, raw HTML (``<table>``), read by the HTML reader.

Read as text, a grid, multiline or simple table interleaves its columns line by line
(``ỦY BAN NHÂN DÂN\\  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT``); so they are cut at their column edges here
and written as the DOCX reader writes a table: one line a row, ``cell | cell``, with the cells in
``Document.tables`` (a cell's paragraphs and hard line breaks kept apart by ``\\n``). A pipe table
already has one row a line: the text table reader (``layout/tables.py``) reads it where it stands.

Pandoc also escapes what would be read as markup (``1\\.`` and ``\\-`` opening a paragraph that is
not a list, ``\\"``), ends a line with ``\\`` for a hard line break and wraps paragraphs at 72
columns: backslash escapes are undone as the manual defines them (``all_symbols_escapable``: a
backslash before ASCII punctuation or a space; ``escaped_line_breaks``: before a newline), and a
line that opens with an escaped block marker inside a paragraph is joined to the line above (the
escape says it is no block of its own).
"""
from __future__ import annotations

import re
import unicodedata

# ``all_symbols_escapable``: a backslash before any ASCII punctuation or a space (a no-break space)
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~ ])")
# a backslash ending a line (an odd number of them): a hard line break
_HARD_BREAK = re.compile(r"(?<!\\)(?:\\\\)*\\$")
# a line opening with an escaped block marker: ``\-``, ``\+``, ``\*``, ``\#``, ``\>``, ``1\.``, ``a\)``
_ESCAPED_MARKER = re.compile(r"^\s*(?:\\[-+*#>]|[0-9A-Za-z]{1,4}\\[.)])")
# pandoc's bracketed spans and links: ``[text]{.underline}``, ``[text](url)``; images are dropped
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)(?:\{[^}\n]*\})?")
_SPAN = re.compile(r"(?<!\\)\[([^\]\n]*)\](?:\{[^}\n]*\}|\([^)\n]*\))")
_CLASS = re.compile(r"""\s(?:class|id)=(?:"[^"]*"|'[^']*')""")
_WIKI_EMBED = re.compile(r"!\[\[[^\]\n]*\]\]")
_WIKI_LINK = re.compile(r"\[\[([^\]|\n]*)(?:\|([^\]\n]*))?\]\]")
# a note's properties (YAML front matter: Obsidian, Jekyll, Hugo, pandoc's own metadata block) before the text
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(?:[^\n]*\n){0,80}?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
# a list item whose text opens with an item's own label (``- **1. Mục đích**``, ``- a) …``): a note-taking
# app draws every line as a bullet, and the label numbers the item, so the bullet is only decoration
_LABELLED_BULLET = re.compile(r"^\s*[-*+]\s+(?=(?:\*\*|__)?(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)](?:\*\*|__)?\s)")
_HEADING_ATTRS = re.compile(r"\s+\{[#.][^{}\n]*\}\s*$")
_EMPHASIS = re.compile(r"(?<!\\)\*+|(?<![\w\\])__|__(?!\w)")

# table borders
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_RULE_SEGMENT = re.compile(r"^[-=:]+$")  # a grid column's stretch of a row separator
_DASHES = re.compile(r"^\s*-{3,}\s*$")  # a full dashed line (or a horizontal rule)
_COLUMN_DASHES = re.compile(r"^\s*-+(?: +-+)+\s*$")  # two runs or more: a table's columns
_PIPE_SEP = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")


def inline(text: str, emphasis: bool = True) -> str:
    """Markup of one piece of text undone: images dropped, spans and links to their text,
    backslash escapes to their character (emphasis kept unless ``emphasis`` is False)."""
    if "[" in text or "!" in text:
        text = _IMAGE.sub("", text)
        if "[[" in text:  # a note-taking app's links: ``![[scan.pdf]]`` embeds a file, ``[[Note|shown]]`` links a note
            text = _WIKI_EMBED.sub("", text)
            text = _WIKI_LINK.sub(lambda m: m.group(2) or m.group(1), text)
        text = _SPAN.sub(r"\1", text)
    if not emphasis and ("*" in text or "__" in text):
        text = _EMPHASIS.sub("", text)
    if "\\" in text:
        text = _ESCAPE.sub(lambda m: "\u00a0" if m.group(1) == " " else m.group(1), text)
    return text


# -- display columns ---------------------------------------------------------------------------
# Pandoc lines a table's columns up by how wide characters show (a combining mark takes no column,
# a wide CJK character two), not by how many there are: a Markdown file in NFD keeps its columns.

def _width(ch: str) -> int:
    if unicodedata.combining(ch):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _slice(line: str, a: int, b: int | None) -> str:
    """The characters of ``line`` shown in columns [a, b) (b None: to the end)."""
    if line.isascii():
        return line[a:b]
    out, col = [], 0
    for ch in line:
        w = _width(ch)
        if col >= a and (b is None or col < b or (w == 0 and col == b and out)):
            out.append(ch)
        col += w
    return "".join(out)


def _col_at(line: str, ch: str) -> list[int]:
    """Display columns where ``ch`` stands in ``line``."""
    out, col = [], 0
    for c in line:
        if c == ch:
            out.append(col)
        col += _width(c)
    return out


def _runs(line: str) -> list[tuple[int, int]]:
    """The (start, end) columns of each run of dashes of a dashed line."""
    return [(m.start(), m.end()) for m in re.finditer(r"-+", line)]  # the line is ASCII


# -- cells -------------------------------------------------------------------------------------

def _cell(pieces: list[str]) -> str:
    """A cell from its lines: a wrapped line goes on with a space, a hard break (``\\`` at the end)
    or a blank line inside the cell starts a new line of the cell."""
    paras: list[str] = []
    cur: list[str] = []
    for p in pieces:
        s = p.strip()
        if not s:
            if cur:
                paras.append(" ".join(cur))
                cur = []
            continue
        hard = bool(_HARD_BREAK.search(s))
        if hard:
            s = s[:-1].rstrip()
        if s:
            cur.append(s)
        if hard:
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    out = [" ".join(inline(p, emphasis=False).split()) for p in paras]
    while out and not out[-1]:
        out.pop()
    return "\n".join(x for x in out)


def _split(line: str, starts: list[int]) -> list[str]:
    """A line of a multiline or simple table cut at its columns' starts (the first from column 0)."""
    bounds = [0] + starts[1:] + [None]
    return [_slice(line, bounds[k], bounds[k + 1]) for k in range(len(starts))]


# -- the table kinds -----------------------------------------------------------------------------

def _grid(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A grid table whose top border is line ``i``: (rows, the line after it).

    A cell spans columns where a text line has no ``|`` at a column edge, and rows where a row
    separator stops at it (pandoc 3 and docutils: ``| 3   +------+``, its text going on across the
    separator). A spanning cell's text stands in every column and row it covers, as the DOCX reader
    gives merged cells."""
    edges = _col_at(lines[i], "+")
    if len(edges) < 2:
        return None
    ncol = len(edges) - 1
    cells: list[list[str]] = []  # each cell's lines of text
    owner: list[int | None] = [None] * ncol  # the cell that holds each column in the row being read
    blocks: list[list[int | None]] = []  # each row: its cells by column
    j = i + 1
    while j < len(lines):
        line = lines[j]
        s = line.strip()
        if not s or s[0] not in "+|":
            break
        segs = [_slice(line, edges[k] + 1, edges[k + 1]) for k in range(ncol)]
        rule = [bool(_RULE_SEGMENT.match(seg)) for seg in segs]
        if any(rule):  # a row separator, whole or stopped by cells that go on
            if any(o is not None for o in owner):
                blocks.append(list(owner))
            for k in range(ncol):
                if rule[k]:
                    owner[k] = None
                elif owner[k] is not None and (k == 0 or owner[k - 1] != owner[k]):
                    cells[owner[k]].append(_slice(line, edges[k] + 1, edges[_span_end(owner, k)]))
            j += 1
            continue
        if s[0] != "|":
            break
        bars = set(_col_at(line, "|"))
        k = 0
        while k < ncol:
            e = k + 1
            while e < ncol and edges[e] not in bars:  # no bar at this edge: the cell spans on
                e += 1
            if owner[k] is None:
                cells.append([])
                for x in range(k, e):
                    owner[x] = len(cells) - 1
            cells[owner[k]].append(_slice(line, edges[k] + 1, edges[e]))
            k = max(e, _span_end(owner, k))
        j += 1
    if any(o is not None for o in owner):  # a table cut off before its last border
        blocks.append(list(owner))
    texts = [_cell(c) for c in cells]
    rows = [[texts[o] if o is not None else "" for o in b] for b in blocks]
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return None
    return rows, j


def _span_end(owner: list[int | None], k: int) -> int:
    """The column after the last one that the cell in column ``k`` covers."""
    e = k + 1
    while e < len(owner) and owner[e] is not None and owner[e] == owner[k]:
        e += 1
    return e


def _multiline(lines: list[str], i: int) -> tuple[list[list[str]], int] | None:
    """A multiline table at line ``i``: a full dashed line, header lines and the columns' dashed
    line, or (without a header) the columns' dashed line; rows separated by blank lines; closed by
    a full dashed line (or the columns' dashed line) before a blank line or the end."""
    n = len(lines)
    if _DASHES.match(lines[i]):
        k = i + 1
        while k < n and lines[k].strip() and not _COLUMN_DASHES.match(lines[k]):
            k += 1
        if k >= n or not _COLUMN_DASHES.match(lines[k]) or k == i + 1:
            return None
        head = lines[i + 1:k]
        close = _DASHES
    elif _COLUMN_DASHES.match(lines[i]):
        k, head, close = i, [], _COLUMN_DASHES
    else:
        return None
    starts = [a for a, _ in _runs(lines[k])]
    body: list[list[str]] = []
    cur: list[str] = []
    j = k + 1
    while j < n:
        line = lines[j]
        if close.match(line) and (j + 1 >= n or not lines[j + 1].strip()):
            break
        if line.lstrip().startswith("-") and (_DASHES.match(line) or _COLUMN_DASHES.match(line)):
            return None  # another dashed line, not this table's end: no table (and no scan past it)
        if not line.strip():
            if not cur and j > k + 1:
                return None  # two blank lines in a row: the table never closed
            if cur:
                body.append(cur)
                cur = []
        else:
            cur.append(line)
        j += 1
    else:
        return None  # never closed: no multiline table
    if cur:
        body.append(cur)
    if not head and len(body) == 1 and len(body[0]) > 1 and lines[j - 1].strip():
        # lines without a blank between them or before the closing line: a simple table's rows
        # (a multiline table of one row ends it with a blank line)
        return None
    rows = [_row(block, starts) for block in ([head] if head else []) + body]
    rows = [r for r in rows if any(r)]
    return (rows, j + 1) if rows else None


def _row(block: list[str], starts: list[int]) -> list[str]:
    cols: list[list[str]] = [[] for _ in starts]
    for line in block:
        for k, piece in enumerate(_split(line, starts)):
            cols[k].append(piece)
    return [_cell(c) for c in cols]


def _simple(lines: list[str], i: int) -> tuple[list[list[str]], int, int] | None:
    """A simple table whose columns' dashed line is line ``i``: (rows, first line, line after it).
    The header is the line above (after a blank line or the start); without one the table is
    closed by another dashed line."""
    n = len(lines)
    starts = [a for a, _ in _runs(lines[i])]
    has_head = i > 0 and lines[i - 1].strip() and (i == 1 or not lines[i - 2].strip())
    rows = [[_cell([p]) for p in _split(lines[i - 1], starts)]] if has_head else []
    j = i + 1
    while j < n and lines[j].strip() and not _COLUMN_DASHES.match(lines[j]):
        rows.append([_cell([p]) for p in _split(lines[j], starts)])
        j += 1
    closed = j < n and _COLUMN_DASHES.match(lines[j])
    if not has_head and not closed:
        return None
    if len(rows) < (2 if has_head else 1):
        return None
    return rows, (i - 1 if has_head else i), (j + 1 if closed else j)


# -- the document --------------------------------------------------------------------------------

def read_markdown(text: str) -> tuple[str, list[list[list[str]]]]:
    """Pandoc Markdown → (text, tables): grid, multiline and simple tables as the DOCX reader writes
    tables, escapes undone, a paragraph's line opened by an escaped marker joined to the line above."""
    fm = _FRONT_MATTER.match(text) if text.startswith(("---", "\ufeff---")) else None
    if fm and all(":" in ln or ln.lstrip().startswith("- ") or not ln.strip() for ln in fm.group(0).split("\n")[1:-2]):
        text = "\n" * fm.group(0).count("\n") + text[fm.end():]  # properties, not the document (lines kept)
    lines = text.split("\n")
    out: list[str] = []
    tables: list[list[list[str]]] = []
    in_pipe = False
    after_break = False  # the line above ended with a hard line break
    html_ends: dict[int, int] | None = None  # raw HTML tables: where each ends (_table_ends)
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        s = line.strip()
        got = None
        if s.startswith("+") and _GRID_BORDER.match(line):
            g = _grid(lines, i)
            got = (g[0], i, g[1]) if g else None
        elif s.startswith("-") and (_DASHES.match(line) or _COLUMN_DASHES.match(line)):
            # the columns' dashed line under a line of text is a simple table's (a multiline table's
            # header sits between two dashed lines, and is read from the first of them)
            if _COLUMN_DASHES.match(line) and i > 0 and lines[i - 1].strip():
                got = _simple(lines, i)
            else:
                m = _multiline(lines, i)
                got = (m[0], i, m[1]) if m else None
                if got is None and _COLUMN_DASHES.match(line):
                    got = _simple(lines, i)
        elif s[:6].lower() == "<table":
            if html_ends is None:
                html_ends = _table_ends(lines)
            got = _raw_html_table(lines, i, html_ends)
        if got is not None:
            rows, first, after = got
            if first < i:  # a simple table's header line, already written as text
                out.pop()
            _put_table(rows, out, tables)
            i = after
            continue
        # a pipe table's rows stand as they are (an escaped ``\|`` is a bar inside a cell); one whose
        # cells break lines with HTML (``a<br>b``, as GitHub and wikis write a cell of several lines) is
        # read as a table, its cells' lines kept apart as the DOCX reader keeps a cell's paragraphs
        if _PIPE_SEP.match(line) and "|" in line:
            in_pipe = True
        elif not s:
            in_pipe = False
        if in_pipe or (s.startswith("|") and i + 1 < n and _PIPE_SEP.match(lines[i + 1]) and "|" in lines[i + 1]):
            end = _pipe_end(lines, i)
            if any(_BR.search(x) for x in lines[i:end]):
                rows = _pipe_rows(lines[i:end])
                if rows:
                    _put_table(rows, out, tables)
                in_pipe = False
                i = end
                continue
            out.append(inline(line.replace("\\|", "\u00a6")) if "\\" in line else line)
            i += 1
            continue
        hard = bool(_HARD_BREAK.search(line))
        if hard:
            line = line[:-1]
        if s.startswith("#"):
            line = _HEADING_ATTRS.sub("", line)  # ``# I. MỤC ĐÍCH {#muc-dich}``: the heading's identifier
        if s.startswith(">"):
            line = re.sub(r"^\s*(?:>\s?)+", "", line)  # a block quote: pandoc's reading of an indented paragraph
            if line.startswith("[!"):
                line = ""  # a callout's head (``[!info] Văn bản gốc``) names the box, not the document
        if s[:1] in "-*+":
            lb = _LABELLED_BULLET.match(line)
            if lb:
                line = line[lb.end():]
        if out and out[-1].strip() and not after_break and _ESCAPED_MARKER.match(line) and not _opens_block(lines, i):
            out[-1] = out[-1].rstrip() + " " + inline(line.strip())
        elif "<" in line and _BR.search(line):
            # an HTML line break in a paragraph (``**ỦY BAN NHÂN DÂN**<br>**THỊ XÃ BA ĐỒN**``): a hard break
            out.extend(inline(part) for part in _BR.split(line))
        else:
            out.append(inline(line))
        after_break = hard
        i += 1
    return "\n".join(out), tables


def _put_table(rows: list[list[str]], out: list[str], tables: list) -> None:
    """A table read from the Markdown: in ``tables`` as cells, in the text as the DOCX reader writes a
    table (one row a line, ``cell | cell``), apart from the lines around it."""
    tables.append(rows)
    out.append("")
    out.extend(" | ".join(" ".join(c.split()) for c in row) for row in rows)
    out.append("")


_BR = re.compile(r"<br\s*/?>", re.I)
_UNESCAPED_BAR = re.compile(r"(?<!\\)\|")


def _pipe_end(lines: list[str], i: int) -> int:
    """The line after a pipe table's last row, from its row or separator at line ``i``."""
    j = i
    while j < len(lines) and lines[j].strip() and "|" in lines[j]:
        j += 1
    return j


def _pipe_rows(lines: list[str]) -> list[list[str]]:
    """A pipe table's rows of cells (its separator line dropped, outer bars trimmed, markup undone,
    ``<br>`` a line break inside the cell); rows with no text left out.

    A PDF-to-Markdown converter (pymupdf4llm) writes ``<br>`` wherever a cell's line wrapped on the
    page (``Trung tâm Công<br>nghệ thông tin<br>và Truyền thông``): in such a table, where many breaks
    go on in lower case, the breaks are spaces, as a PDF reader joins a cell's wrapped lines — but
    where a line that is a whole name ends before another name (``Sở Công Thương<br>Sở Tài chính``)."""
    split: list[list[list[str]]] = []
    for line in lines:
        if _PIPE_SEP.match(line):
            continue
        s = line.strip()
        if s.startswith("|"):
            s = s[1:]
        if s.endswith("|") and not s.endswith("\\|"):
            s = s[:-1]
        cells = []
        for c in _UNESCAPED_BAR.split(s):
            parts = [" ".join(inline(x, emphasis=False).split()) for x in _BR.split(c.replace("\\|", "|"))]
            cells.append([x for x in parts if x])
        split.append(cells)
    nexts = [p[:1] for row in split for cell in row for p in cell[1:]]
    wrapped = sum(1 for f in nexts if f.islower()) >= max(3, 0.3 * len(nexts))
    rows = []
    for row in split:
        cells = [_wrapped_cell(parts) if wrapped else "\n".join(parts) for parts in row]
        if any(cells):
            rows.append(cells)
    return rows


def _wrapped_cell(parts: list[str]) -> str:
    """A cell's wrapped lines joined with a space, but a line break where a whole name ends a line and
    the next opens a name (one name a line, as ``ingest/pdf.py`` keeps them)."""
    if len(parts) < 2:
        return "".join(parts)
    from ..extract.agencies import is_whole_name, opens_name
    out, para = parts[0], 0
    for p in parts[1:]:
        if opens_name(p) and is_whole_name(out[para:]):
            out += "\n"
            para = len(out)
        else:
            out += " "
        out += p
    return out


_TABLE_TAG = re.compile(r"<(/?)table\b", re.I)


def _table_ends(lines: list[str]) -> dict[int, int]:
    """For each line opening an HTML table, the line after the one that closes it (one pass: a
    search from each opening would read the rest of the text again for each unclosed one)."""
    ends: dict[int, int] = {}
    open_at: list[int] = []
    for k, line in enumerate(lines):
        if "table" not in line.lower():
            continue
        for m in _TABLE_TAG.finditer(line):
            if not m.group(1):
                open_at.append(k)
            elif open_at:
                ends[open_at.pop()] = k + 1
    return ends


def _raw_html_table(lines: list[str], i: int, ends: dict[int, int]) -> tuple[list[list[str]], int, int] | None:
    """A table pandoc wrote as raw HTML (cells no Markdown table kind holds), read by the HTML reader."""
    j = ends.get(i)
    if j is None:
        return None
    from ..errors import PlanparseError
    from .html import read_html
    # in <main>: the reader reads that, not the cell its page heuristics take for an article; without
    # pandoc's row classes (``<tr class="header">`` is no web page's header to drop)
    html = _CLASS.sub("", "\n".join(lines[i:j]))
    try:
        doc = read_html(("<html><body><main>" + html + "</main></body></html>").encode("utf-8"), "<table>")
    except PlanparseError:  # not HTML after all: left as text
        return None
    if len(doc.tables) != 1:
        return None
    return doc.tables[0], i, j


def _opens_block(lines: list[str], i: int) -> bool:
    """Does line ``i`` open a block of its own (the first line, or after a blank line)?"""
    return i == 0 or not lines[i - 1].strip()
