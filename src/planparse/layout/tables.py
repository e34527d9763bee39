"""Task tables (layout.md §3): one table model, whatever surface the table came from.

A plan's tasks are often a table — in the body (``Phân công nhiệm vụ``) or in an annex — with
columns such as ``STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian | Ghi chú``.
The same table reaches us as

- DOCX cells (``ingest/docx.py``: merged cells repeated, Word auto-numbering rendered),
- PDF cells (``ingest/pdf.py`` delivers rows in ``Document.tables``; a table cut by a page
  break continues without a header),
- text: cells separated by tabs, by ``|`` (a table turned into text or Markdown), or by runs of
  spaces in aligned columns, where a cell that wraps continues on the next lines.

:func:`find_tables` gathers them into :class:`Table`s, located in the plan's text where
possible (so a body table belongs to its section). :func:`task_rows` reads a table's rows:
the header found by vocabulary (``data/table_headers.yaml``), group rows (``I``, ``II``,
``A``), continuation rows joined to their row, the number column as printed or by position
when it was auto-numbering lost in the copy.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate

from ..lexicon import load_yaml
from ..vi import strip_marks

ROLES = ("number", "support", "person", "lead", "time", "frequency", "product", "budget", "note", "content")
TASK_EVIDENCE = ("lead", "support", "person", "time")


@dataclass
class Table:
    """Rows of cells (a cell may hold several lines: one paragraph per line)."""

    rows: list[list[str]]
    source: str = "text"  # text | docx | pdf | html | md
    start: int | None = None  # offset in the plan text (None: position unknown, e.g. a PDF table)
    end: int | None = None
    row_starts: list[int | None] = field(default_factory=list)
    wraps: bool = True  # rows may continue on the next row (text and PDF; never DOCX)


@dataclass
class TaskRow:
    number: str | None  # as printed, without its trailing dot ("3", "2.1"); None when blank
    position: int  # 1, 2, … among the table's task rows
    group: str | None  # the group row above it (``I``, ``A``), if any
    cells: dict[str, str]
    start: int | None = None
    numbered_by_position: bool = False
    end: int | None = None  # where the row's text ends in the plan text (the next row's start)
    # the header of the row's time column (``Thời gian hoàn thành``): whether a bare date in it is
    # the day of an event or the day the work is due
    time_header: str = ""
    # the title of the group row above it (``PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN``): an annex grouped by
    # agency names each group's lead there instead of in a column
    group_title: str = ""

    @property
    def label(self) -> str:
        return self.number if self.number and not self.numbered_by_position else str(self.position)


# -- vocabulary ------------------------------------------------------------------------------

def _fold(s: str) -> str:
    return strip_marks(re.sub(r"\s+", " ", s).strip().lower())


_VOCAB: list | None = None
_ANY_PHRASE: re.Pattern | None = None


def _vocab():
    global _VOCAB, _ANY_PHRASE
    if _VOCAB is None:
        data = load_yaml("table_headers.yaml")
        phrases = [(role, _fold(ph), len(ph)) for role in ROLES for ph in data.get(role, [])]
        # one search for "some phrase is in the cell": where a phrase's own pattern matches, this
        # one does too (its alternative for that phrase matches there); most cells name no column
        _ANY_PHRASE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(f) for _, f, _ in phrases) + r")(?!\w)")
        _VOCAB = [(role, re.compile(r"(?<!\w)" + re.escape(f) + r"(?!\w)"), n) for role, f, n in phrases]
    return _VOCAB


_BROKEN_NUMBER = re.compile(r"s ?t ?t\.?|t t\.?")


def cell_role(cell: str) -> str | None:
    """The column role a header cell names: the earliest phrase in it, the longest on a tie."""
    f = _fold(re.sub(r"[()*:]", " ", cell or ""))
    if not f or len(f) > 80:
        return None
    if _BROKEN_NUMBER.fullmatch(f):
        return "number"  # ``ST T``, ``S TT``: a narrow number column's name wrapped inside the word
    vocab = _vocab()
    if not _ANY_PHRASE.search(f):
        return None
    best = None
    for role, rx, n in vocab:
        m = rx.search(f)
        if not m:
            continue
        if role == "number" and m.group(0) != f.strip(" .") and not re.fullmatch(r"(?:stt|tt)\.?", f):
            continue
        key = (m.start(), -n)
        if best is None or key < best[0]:
            best = (key, role)
    return best[1] if best else None


def header_map(row: list[str]) -> dict[str, int] | None:
    """Column roles of a header row, or None when the row is not a task table's header."""
    m: dict[str, int] = {}
    filled = [c for c in row if (c or "").strip()]
    named = [c for c in filled if cell_role(c)]
    if len(named) < 2 or len(named) < 0.6 * len(filled):
        return None  # a header row is mostly column names
    for i, cell in enumerate(row):
        role = cell_role(cell)
        if role and role not in m:
            m[role] = i
        elif role == "time" and "time2" not in m:
            m["time2"] = i  # ``Ngày kiểm tra | Số ngày``: read together
    if "content" in m and any(r in m for r in TASK_EVIDENCE):
        return m
    return None


# -- reading rows ----------------------------------------------------------------------------

_GROUP = re.compile(r"^(?:[IVXLC]{1,6}|[A-ZĐ])\.?$")
_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")
_COLNUM = re.compile(r"^\(?\d{1,2}\)?$|^$")
_GROUP_IN_TEXT = re.compile(r"^(?P<g>[IVXLC]{1,6}|[A-ZĐ])[.)]\s+\S")
_PART_HEADING = re.compile(r"^[IVXLC]{1,6}\.\s+(?P<title>\S.{3,})$")  # "IV. KINH PHÍ THỰC HIỆN"


def _next_part(text: str) -> bool:
    """A Roman heading in capitals that names a part no task table's group row does (the plan's
    funding, organisation, reporting or purpose): a table laid out in text ends before it."""
    m = _PART_HEADING.match(text)
    if not m or not m.group("title").isupper():
        return False
    from .outline import classify_kind
    return classify_kind(m.group("title")).value in ("budget", "organization", "reporting", "purpose")


def _header(table: Table) -> tuple[int, dict[str, int]] | None:
    for i, row in enumerate(table.rows[:4]):
        hm = header_map(row) or _matrix_header(table, i)
        if hm:
            return i, hm
    return None


# A role matrix ("Phân công thực hiện": tasks as rows, one column an agency, its cells ``CT`` or ``PH``
# under a legend "CT: Chủ trì; PH: Phối hợp"): the marks a cell may hold, and the role each gives
_MARKS = {"ct": "lead", "chu tri": "lead", "ph": "support", "phoi hop": "support"}


def _matrix_header(table: Table, i: int) -> dict[str, int] | None:
    """Column roles of row ``i`` read as a role matrix's header: the task's columns by their names,
    and each agency's column (a header that names no role, whose filled cells below are all role marks,
    two such columns at least) as ``matrix<j>``; None when the table is no role matrix."""
    row = table.rows[i]
    roles = [cell_role(c) for c in row]
    if "content" not in roles:
        return None
    body = table.rows[i + 1:]
    agencies = []
    for j, head in enumerate(row):
        if roles[j] or not head.strip():
            continue
        marks = [_fold(r[j]) for r in body if j < len(r) and r[j].strip()]
        if marks and all(m in _MARKS for m in marks):
            agencies.append(j)
    if len(agencies) < 2:
        return None
    m: dict[str, int] = {}
    for j, role in enumerate(roles):
        if role and role not in m:
            m[role] = j
    m.update({f"matrix{j}": j for j in agencies})
    return m


def task_rows(table: Table, cols: dict[str, int] | None = None, header_at: int | None = None) -> list[TaskRow]:
    """The task rows of a table (header, column-number row and group rows skipped)."""
    if cols is None:
        h = _header(table)
        if h is None:
            return []
        header_at, cols = h
    body = table.rows[(header_at + 1) if header_at is not None else 0:]
    starts = table.row_starts[(header_at + 1) if header_at is not None else 0:] if table.row_starts else []
    width = max((len(r) for r in table.rows), default=0)
    nc = cols.get("number")
    cc = cols["content"]

    def cell(row, i):
        return (row[i] if i is not None and i < len(row) else "") or ""

    # a second header row (``Bắt đầu | Kết thúc`` under ``Thời gian``) and the ``(1) (2) (3)`` row
    rows: list[tuple[list[str], int | None]] = []
    for k, row in enumerate(body):
        row = list(row) + [""] * (width - len(row))
        if all(_COLNUM.match(c.strip()) for c in row):
            continue
        if k == 0 and not cell(row, nc).strip() and all(not c.strip() or cell_role(c) for c in row) \
                and any(cell_role(c) for c in row):
            continue
        rows.append((row, starts[k] if k < len(starts) else None))
    head = table.rows[header_at] if header_at is not None and header_at < len(table.rows) else []
    time_header = " ".join(cell(head, cols.get("time")).split())
    numbered = sum(1 for row, _ in rows if _NUMBER.match(cell(row, nc).strip()))
    auto = numbered == 0  # every number cell blank: Word auto-numbering lost in this copy
    out: list[TaskRow] = []
    group, group_title = None, ""
    after_task = False  # the row above is a task row (not the header nor a group row)
    for row, start in rows:
        num = cell(row, nc).strip()
        content = cell(row, cc).strip()
        others = [c for j, c in enumerate(row) if j != nc and c.strip()]
        if _GROUP.match(num) and not _NUMBER.match(num):
            group = num.rstrip(".")
            group_title = " ".join((content or (others[0] if others else "")).split())
            after_task = False
            continue
        filled = {c.strip() for c in row if c.strip()}
        if len(filled) == 1 and (len(others) >= 2 or num):
            # a merged row across the table (its text in every cell, as a DOCX reader gives it, or in
            # the first cell alone, as a text copy writes it): a group, ``I. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO``
            text = " ".join(next(iter(filled)).split())
            m = _GROUP_IN_TEXT.match(text)
            if m or not num:
                group, group_title = (m.group("g"), text[m.end("g") + 1:].strip()) if m else (group, text)
                after_task = False
                continue
        if not num and not auto and table.wraps:
            # a wrapped row continues on this line, cell by cell; under a group row (or the
            # header) it continues that row's title, which is no task's
            if after_task:
                prev = out[-1]
                for role, i in cols.items():
                    add = cell(row, i).strip()
                    if add and role != "number" and not role.startswith("matrix"):
                        prev.cells[role] = (prev.cells.get(role, "") + " " + add).strip()
            continue
        if not content and not any(cell(row, cols[r]).strip() for r in TASK_EVIDENCE if r in cols):
            continue
        if num and not _NUMBER.match(num):
            continue  # a sub-header or a total row
        cells = {role: cell(row, i).strip() for role, i in cols.items() if role != "number" and not role.startswith("matrix")}
        for role, names in _matrix_roles(row, head, cols).items():  # a role matrix's marks give the agencies
            cells[role] = "; ".join(filter(None, [cells.get(role), *names]))
        out.append(TaskRow(num.rstrip(".") or None, len(out) + 1, group, cells, start, numbered_by_position=auto,
                           time_header=time_header, group_title=group_title))
        after_task = True
    for a, b in zip(out, out[1:] + [None]):
        if a.start is not None:
            a.end = b.start if b is not None and b.start is not None else table.end
    return out


def _matrix_roles(row: list[str], head: list[str], cols: dict[str, int]) -> dict[str, list[str]]:
    """``{"lead": [agency, …], "support": […]}`` from a role matrix row's marked columns (the column's
    header names the agency)."""
    out: dict[str, list[str]] = {}
    for role, j in cols.items():
        if role.startswith("matrix") and j < len(row) and j < len(head):
            got = _MARKS.get(_fold(row[j]))
            if got:
                out.setdefault(got, []).append(" ".join(head[j].split()))
    return out


# -- text surfaces ---------------------------------------------------------------------------

_PIPE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$")
# ``\s{3,}|\t+``, written to open with one class so that the engine skips to each space in C
_GAP = re.compile(r"\s(?:\s{2,}|(?<=\t)\t*)")


def _pipe_cells(line: str) -> list[str] | None:
    s = line.strip()
    if s.count("|") < 2 and not (s.count("|") == 1 and " | " in s):
        return None
    if s.startswith("|"):
        s = s[1:]
    if s.endswith("|"):
        s = s[:-1]
    return [c.strip().replace("**", "") for c in s.split("|")]


def _pipe_row(line: str, width: int, borders: tuple[bool, bool]) -> list[str] | None:
    """A body line's cells in a ``|`` table of ``width`` columns whose header line had ``borders``
    (a leading and a trailing pipe, as Markdown writes them). In a table written without borders a
    line may still open with ``|``: its first cell is blank (a wrapped row's continuation leaves
    the number cell empty: ``  | đường trung tâm |  | UBND các huyện | ``), so only the header says
    whether an outer pipe is a border or a cell's edge; a line with blank cells too many at its
    ends has borders of its own."""
    s = line.strip()
    if s.count("|") < 2 and not (s.count("|") == 1 and " | " in s):
        return None
    cells = [c.strip().replace("**", "") for c in s.split("|")]
    lead, trail = borders
    if lead and len(cells) > 1 and not cells[0]:
        cells = cells[1:]
    if trail and len(cells) > 1 and not cells[-1]:
        cells = cells[:-1]
    while len(cells) > width and not cells[-1]:
        cells = cells[:-1]  # ``1 | … | Quý II | `` in a table whose header ends without a pipe
    if len(cells) > width and not cells[0]:
        cells = cells[1:]  # ``| 1 | … |`` under a header written without borders
    return cells


def _tab_cells(line: str) -> list[str] | None:
    if "\t" not in line:
        return None
    return [c.strip() for c in line.rstrip("\n").split("\t")]


def _fragments(line: str) -> list[tuple[int, str]]:
    """Aligned columns: (column position, text) of each run separated by 3+ spaces or tabs."""
    out, pos = [], 0
    for m in _GAP.finditer(line):
        if m.start() > pos:
            out.append((pos, line[pos:m.start()]))
        pos = m.end()
    if pos < len(line.rstrip()):
        out.append((pos, line[pos:].rstrip()))
    return out


def text_tables(text: str) -> list[Table]:
    """Task tables written as text: tabs, ``|`` or aligned columns, each found by its header row."""
    lines = text.split("\n")
    offs = list(accumulate(map((1).__add__, map(len, lines)), initial=0))  # line starts, and one past the end
    out: list[Table] = []
    i = 0
    for k in _candidate_lines(text, offs):
        if k < i:
            continue  # inside the table just read
        table, i = _table_at(lines, offs, k)
        if table is not None:
            out.append(table)
    return out


# Whitespace other than a space or a newline (a tab, a no-break space, a CR, …): ``[^\S \n]``, with
# the characters listed (a set lookup per character, not a Unicode category test)
_ODD_SPACE = re.compile("[\t\x0b\x0c\r\x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]")


def _candidate_lines(text: str, offs: list[int]) -> list[int]:
    """The lines where ``_table_at`` may find a table's header, in order: a line holding ``|``, two
    spaces in a row, or whitespace other than a space (a superset of the lines with ``|`` or a tab,
    a gap of three whitespace characters or an indent of two: each holds one of these). Found by
    scans of the whole text: testing each line in Python cost more than reading the tables."""
    found: set[int] = set()
    last = len(offs) - 2  # the last line's index (offs has one entry past the end)
    for find in (partial(text.find, "|"), partial(text.find, "  "), _odd_space_at(text)):
        p = find(0)
        while p != -1:
            k = bisect_right(offs, p) - 1
            found.add(k)
            if k >= last:
                break
            p = find(offs[k + 1])  # on from the next line
    return sorted(found)


def _odd_space_at(text: str):
    def find(pos: int) -> int:
        m = _ODD_SPACE.search(text, pos)
        return m.start() if m else -1
    return find


def _table_at(lines: list[str], offs: list[int], i: int) -> tuple[Table | None, int]:
    """The table whose header is line ``i`` and the line after it, or (None, i + 1)."""
    line = lines[i]
    if "|" in line or "\t" in line:  # a pipe or a tab row needs its separator
        for kind, split in (("pipe", _pipe_cells), ("tab", _tab_cells)):
            cells = split(line)
            if not cells or len(cells) < 3 or header_map(cells) is None:
                continue
            return _read_text_table(lines, offs, i, kind, cells)
    got = _read_aligned(lines, offs, i) if _GAP.search(line.strip()) or len(line) - len(line.lstrip()) >= 2 else None
    if got:
        return got
    return None, i + 1


# -- aligned columns (a PDF or a typed text laid out with spaces) ---------------------------------

def _clusters(frags: list[tuple[int, int, str]]) -> list[list[int]]:
    """Group fragments (start, end, text) of several lines into columns by overlapping extents."""
    cols: list[list[int]] = []  # [start, end]
    for s_, e, _ in sorted(frags):
        for c in cols:
            if s_ <= c[1] + 1 and e >= c[0] - 1:
                c[0], c[1] = min(c[0], s_), max(c[1], e)
                break
        else:
            cols.append([s_, e])
    cols.sort()
    merged: list[list[int]] = []
    for c in cols:
        if merged and c[0] <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], c[1])
        else:
            merged.append(list(c))
    return merged


def _col_of(cols: list[list[int]], s_: int, e: int) -> int:
    best, key = 0, None
    for k, (a, b) in enumerate(cols):
        overlap = min(b, e) - max(a, s_)
        dist = abs((a + b) / 2 - (s_ + e) / 2)
        cand = (-overlap, dist) if overlap > 0 else (1, dist)
        if key is None or cand < key:
            best, key = k, cand
    return best


def _frags(line: str) -> list[tuple[int, int, str]]:
    return [(p, p + len(t), t.strip()) for p, t in _fragments(line) if t.strip()]


def _read_aligned(lines, offs, i) -> tuple[Table, int] | None:
    """An aligned-column table whose header (one to four lines, ``Tên đơn vị được`` / ``TT … Đối
    tượng kiểm tra`` / ``kiểm tra``) starts at line ``i``. Rows are anchored on the line that
    carries the number; a row's other lines sit below the anchor (top-aligned) or around it
    (vertically centred, as PDF-to-text tools lay out a tall row)."""
    if not any(cell_role(t) for _, _, t in _frags(lines[i])):
        return None
    header = None
    for size in (4, 3, 2, 1):
        window = lines[i:i + size]
        if len(window) < size or any(not w.strip() for w in window):
            continue
        frags = [f for w in window for f in _frags(w)]
        if any(re.fullmatch(r"\d{1,3}\.?|\d{1,2}/\d{1,2}/\d{2,4}", t) or _GROUP.match(t) for _, _, t in frags):
            continue  # a data or group row, not the header's next line
        if any(len(t) > 40 for _, _, t in frags):
            continue  # header lines hold short column names
        cols = _clusters(frags)
        if len(cols) < 3:
            continue
        cells = [""] * len(cols)
        for w in window:
            for s_, e, t in _frags(w):
                k = _col_of(cols, s_, e)
                cells[k] = (cells[k] + " " + t).strip()
        if header_map(cells):
            header = (size, cols, cells)
            break
    if header is None:
        return None
    size, cols, hcells = header
    hm = header_map(hcells)
    nc = hm.get("number")
    j = i + size
    body: list[int] = []
    while j < len(lines):
        if not lines[j].strip():
            # a blank line ends the table unless the next line is a numbered row
            nxt = j + 1
            if nxt < len(lines) and lines[nxt].strip() and _anchor(lines[nxt], cols, nc):
                j += 1
                continue
            break
        frs = _frags(lines[j])
        if not frs or (len(frs) == 1 and frs[0][0] < cols[0][0] - 2):
            break
        if len(frs) == 1 and _next_part(frs[0][2]):
            break  # the plan's next part ("IV. KINH PHÍ THỰC HIỆN"), indented as far as a cell's text
        body.append(j)
        j += 1
    anchors = [k for k in body if _anchor(lines[k], cols, nc)]
    if not anchors:
        return None
    groups = _rows_around_anchors(body, anchors)
    bounds = _column_bounds(cols, [f for k in body for f in _frags(lines[k])])
    rows = [hcells]
    starts: list[int | None] = [offs[i]]
    for members in groups:
        cells = [""] * len(cols)
        for k in members:
            for s_, e, t in _split_at_bounds(lines[k], _frags(lines[k]), bounds):
                c = max([n for n, b in enumerate(bounds) if b <= s_ + 3] or [0])
                cells[c] = (cells[c] + " " + t).strip()
        rows.append(cells)
        starts.append(offs[members[0]])
    last = body[-1]
    return Table(rows=rows, source="text", start=offs[i], end=offs[last] + len(lines[last]), row_starts=starts,
                 wraps=False), last + 1


def _column_bounds(cols, frags) -> list[int]:
    """Where each column's cells start: the leftmost position, between the previous column's
    header and this one's, where at least two body cells start (cells are left-aligned while
    their header is centred); the header's own start when none does."""
    from collections import Counter
    lefts = Counter(f[0] for f in frags)
    bounds = []
    for k, (a, b) in enumerate(cols):
        lo = cols[k - 1][1] if k else -1
        cands = [p for p, c in lefts.items() if c >= 2 and lo < p <= a + 2 and (not bounds or p > bounds[-1])]
        bounds.append(min(cands) if cands else a)
    return bounds


def _split_at_bounds(line: str, frags, bounds):
    """Cut a fragment that runs across a column start (a PDF-to-text tool left one space between
    two cells) at the word start nearest that column start."""
    out = []
    for s_, e, t in frags:
        cut = s_
        for x in bounds:
            if not cut + 3 < x < e - 1:
                continue
            near = [p for p in range(max(cut + 2, x - 3), min(e - 1, x + 4)) if line[p - 1] == " " and line[p] != " "]
            if near:
                p = min(near, key=lambda q: (q > x, abs(q - x)))  # drift is mostly leftwards
                out.append((cut, p - 1, line[cut:p - 1].strip()))
                cut = p
        out.append((cut, e, line[cut:e].strip()))
    return [f for f in out if f[2]]


def _anchor(line: str, cols, nc) -> bool:
    if nc is None:
        return False
    for s_, e, t in _frags(line):
        if _col_of(cols, s_, e) == nc and (_NUMBER.match(t) or _GROUP.match(t)):
            return True
    return False


def _rows_around_anchors(body: list[int], anchors: list[int]) -> list[list[int]]:
    """Lines of each row. Top-aligned when the first row starts on its anchor; otherwise each row
    is centred on its anchor: it starts where the previous one ended and reaches as far below
    the anchor as it started above it."""
    if body[0] == anchors[0]:
        bounds = anchors + [body[-1] + 1]
        return [[k for k in body if bounds[n] <= k < bounds[n + 1]] for n in range(len(anchors))]
    out = []
    start = body[0]
    for n, a in enumerate(anchors):
        nxt = anchors[n + 1] if n + 1 < len(anchors) else None
        end = a + (a - start)
        if nxt is not None and end >= nxt:
            end = (a + nxt) // 2  # not centred after all: split halfway
        if nxt is None:
            end = body[-1]
        out.append([k for k in body if start <= k <= end])
        start = end + 1
    return out


# a list's own label, as a cell (Word's plain-text export writes a numbered paragraph "1.<TAB>text")
_LIST_LABEL = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]$")
# a line that opens a part of the plan: "Phần III. …", "III. …", "B. …" in capitals
_NEXT_PART = re.compile(r"^\s*(?:Phần\s+(?:thứ\s+\w+|[IVX]{1,4}|\d{1,2})\b|[IVX]{1,4}\.\s+[A-ZĐ]|[A-ZĐ]\.\s+[A-ZĐ]{2})")


def _numbered_tab_row(line: str, width: int) -> bool:
    """A tab row of a table ``width`` wide that opens with its number: the line after a group row,
    never after the plan's next part."""
    cells = _tab_cells(line)
    return bool(cells) and len(cells) >= max(3, width // 2) and bool(_NUMBER.match(cells[0]))


def _continues_row(line: str, short: int, width: int) -> bool:
    """Does ``line`` go on with a tab row that gave only ``short`` of its ``width`` cells? Word's plain
    text writes every cell of a row, so a short row is cut by a paragraph mark inside a cell: its
    last cell's next paragraph opens this line (never a row number, a group label or the plan's next
    part), and the two lines hold no more cells together than the row has."""
    cells = _tab_cells(line) or [line.strip()]
    first = cells[0]
    if not first or _NUMBER.match(first) or _GROUP.match(first) or short + len(cells) - 1 > width:
        return False
    return len(cells) > 1 or not (_NEXT_PART.match(line) or _GROUP_IN_TEXT.match(first))


def _join_broken_row(row: list[str], short: int, cells: list[str]) -> int:
    """Join a broken tab row's next line to it (the cell the break fell in keeps its paragraphs on
    lines of their own); the cells the row now has."""
    row[short - 1] = row[short - 1] + "\n" + cells[0]
    for k, c in enumerate(cells[1:]):
        row[short + k] = c
    return short + len(cells) - 1


def _read_text_table(lines, offs, i, kind, header) -> tuple[Table, int]:
    rows = [header]
    starts: list[int | None] = [offs[i]]
    width = len(header)
    colpos = [p for p, _ in _fragments(lines[i])] if kind == "aligned" else []
    head = lines[i].strip()
    borders = (head.startswith("|"), head.endswith("|"))
    j = i + 1
    blank = 0
    short = 0  # the cells the row above was given when it fell short of the width (a tab row broken by a paragraph)
    while j < len(lines):
        line = lines[j]
        if not line.strip():
            blank += 1
            if blank > 1 or kind == "pipe":
                break
            j += 1
            continue
        if kind == "tab" and short and blank == 0 and _continues_row(line, short, width):
            short = _join_broken_row(rows[-1], short, _tab_cells(line) or [line.strip()])
            if short >= width:
                short = 0
            j += 1
            continue
        short = 0
        if kind == "pipe":
            if _PIPE_SEP.match(line.strip()):
                j += 1
                continue
            cells = _pipe_row(line, width, borders)
        elif kind == "tab":
            cells = _tab_cells(line)
            if cells is not None and len(cells) < max(3, width // 2) and _LIST_LABEL.match(cells[0]):
                break  # "1.<TAB>Phòng Văn hóa …": Word's plain-text copy of a numbered paragraph, after the table
            if cells is None and blank == 0 and rows:
                if _NEXT_PART.match(line) and not _numbered_tab_row(lines[j + 1] if j + 1 < len(lines) else "", width):
                    break  # the plan's next part ("Phần III. KINH PHÍ", "III. KINH PHÍ") ends the table
                if _GROUP_IN_TEXT.match(line.strip()):
                    cells = [line.strip()]  # a merged group row ("I. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"): its one cell
                else:
                    cells = [""] * width  # a wrapped cell on a line of its own: goes to the content column
                    cells[min(1, width - 1)] = line.strip()
        else:
            frs = _fragments(line)
            if len(frs) < 2 and not (frs and frs[0][0] >= 3):
                cells = None
            else:
                cells = [""] * width
                for p, t in frs:
                    k = _nearest(colpos, p)
                    cells[k] = (cells[k] + " " + t).strip()
        if cells is None:
            break
        blank = 0
        if kind == "tab" and 1 < len(cells) < width and cells[-1]:
            short = len(cells)
        rows.append(cells + [""] * (width - len(cells)))
        starts.append(offs[j])
        j += 1
    end = offs[j - 1] + len(lines[j - 1]) if j - 1 < len(lines) else offs[-1]
    return Table(rows=rows, source="text", start=offs[i], end=end, row_starts=starts, wraps=True), j


def _nearest(colpos: list[int], p: int) -> int:
    best, bd = 0, None
    for k, c in enumerate(colpos):
        d = abs(c - p)
        if bd is None or d < bd:
            best, bd = k, d
    return best


# -- all surfaces ----------------------------------------------------------------------------

def _join_page_breaks(tables: list[list[list[str]]], rows_cut: bool = False) -> list[tuple[list[list[str]], int]]:
    """A table without a header right after a task table of the same width continues it: (rows, how
    many rows its first piece held).

    ``rows_cut``: the cells are whole rows, but of a paged copy (a PDF converted to Markdown) that cut
    the table at each page end and the row standing there with it: the next piece opens with the
    rest of that row, its number cell empty. That rest is joined to the row above, cell by cell (a
    reader of wrapped rows, PDF and text, joins such a row itself)."""
    out: list[list[list[str]]] = []
    firsts: list[int] = []
    prev_task = False
    for t in tables:
        if not t:
            continue
        tab = Table(rows=t)
        is_task = _header(tab) is not None
        if not is_task and prev_task and out and len(t[0]) == len(out[-1][0]):
            rows = [list(r) for r in t]
            if rows_cut:
                h = _header(Table(rows=out[-1]))
                nc = h[1].get("number") if h else None
                last = out[-1][-1]
                if nc is not None and len(out[-1]) > h[0] + 1 and _NUMBER.match(last[nc].strip()) \
                        and not rows[0][nc].strip() and any(c.strip() for c in rows[0]):
                    out[-1][-1] = [" ".join(x for x in (a, b) if x.strip()) for a, b in zip(last, rows[0])]
                    rows = rows[1:]
            out[-1] = out[-1] + rows
            continue
        out.append([list(r) for r in t])
        firsts.append(len(t))
        prev_task = is_task or (prev_task and bool(out))
    return list(zip(out, firsts))


def find_tables(source: str, doc_tables, fmt: str, to_text=None) -> list[Table]:
    """Task tables of a document: those written in its source text (located) and those its reader
    delivered as cells (DOCX, PDF). A cell-table whose header matches a text table replaces that
    table's cells and keeps its position. ``to_text`` maps a source offset to the plan text."""
    located = text_tables(source)
    if to_text is not None:
        for t in located:
            t.start = to_text(t.start)
            t.end = to_text(t.end)
            t.row_starts = [to_text(s) if s is not None else None for s in t.row_starts]
    if fmt == "txt" or not doc_tables:
        return [t for t in located if _header(t)]
    out = list(located)
    used: set[int] = set()
    for rows, first in _join_page_breaks(list(doc_tables or []), rows_cut=fmt == "md"):
        # a DOCX's cells and the cells of a Markdown grid or multiline table are whole: a row
        # never continues on the next (a PDF's cells are cut at line ends)
        tab = Table(rows=rows, source=fmt, wraps=fmt not in ("docx", "md"))
        h = _header(tab)
        if h is None:
            continue
        key = [_fold(c) for c in rows[h[0]]]
        hit = None
        for k, t in enumerate(located):
            th = _header(t)
            if k not in used and th and [_fold(c) for c in t.rows[th[0]]] == key:
                hit = k
                break
        if hit is not None:
            used.add(hit)
            t = located[hit]
            th = _header(t)
            # the reader's cells are richer (paragraphs kept apart, merged cells); rows line up
            # one to one when the text was rendered from these cells
            if len(t.rows) - th[0] == len(rows) - h[0]:
                tab.start, tab.end = t.start, t.end
                tab.row_starts = [None] * (h[0] - th[0]) + t.row_starts if h[0] >= th[0] else t.row_starts[th[0] - h[0]:]
                out[hit] = tab
                continue
            if first < len(rows) and len(t.rows) - th[0] == first - h[0]:
                # the text shows the first piece of a table cut at a page end: the joined table, its
                # rows found in the text (the pieces stand apart there, a page's end between them)
                _locate(source, tab, h[0], to_text)
                if tab.start is not None:
                    out[hit] = tab
            continue
        _locate(source, tab, h[0], to_text)
        out.append(tab)
    return [t for t in out if _header(t)]


def _keys(cells: list[str], short: bool = False) -> list[str]:
    """Whitespace-flexible patterns for the first words of a row's longest cell, longest first
    (a PDF's text wraps cells, so only the first few words are sure to stand together). A narrow
    column wraps after two words and its neighbours' first words interleave with the rest
    (``Xây dựng Sở Thông Văn phòng Quý``): ``short`` adds the first two words, used only after
    the table's header was found."""
    best = max((c for c in cells if c), key=len, default="")
    words = best.split()
    return [r"\s+".join(re.escape(w) for w in words[:n]) for n in ((6, 4, 3, 2) if short else (6, 4, 3))
            if len(words) >= n]


def _header_at(source: str, header: list[str]) -> int | None:
    """Where a table's header row stands in the text: the first place where the first word of at
    least half its cells (and at least two) lie within a few lines of each other."""
    heads = [(c or "").split()[0] for c in header if (c or "").split()]
    if len(heads) < 2:
        return None
    first = heads[0]
    words = {_fold(w) for c in header for w in (c or "").split()}
    for m in re.finditer(r"(?<!\w)" + re.escape(first) + r"(?!\w)", source) if first else ():
        # a wrapped header sets "STT" below its neighbours' first lines: back over the lines made only
        # of the header's words, never into the text before the table (``- Thời gian: …`` is not its header)
        lo = source.rfind("\n", 0, m.start()) + 1
        while lo > 0:
            above = source.rfind("\n", 0, lo - 1) + 1
            toks = source[above:lo - 1].split()
            if not toks or m.start() - above > 200 or any(_fold(w) not in words for w in toks):
                break
            lo = above
        win = source[lo:m.end() + 200]
        at = [x.start() for x in (re.search(r"(?<!\w)" + re.escape(h) + r"(?!\w)", win) for h in heads) if x]
        if len(at) >= max(2, (len(heads) + 1) // 2):
            return lo + min(at)  # the header's first line (a wrapped header puts "STT" below it)
    return None


def _locate(source: str, tab: Table, header_at: int, to_text) -> None:
    """Find a reader's table (PDF cells) in the document's text by its rows' words, so a table in
    the body belongs to its section; left unlocated (an annex) when its rows are not found."""
    hpos = _header_at(source, tab.rows[header_at])
    pos = hpos or 0
    cols = header_map(tab.rows[header_at]) or {}
    ci = cols.get("content")
    starts: list[int | None] = []
    for row in tab.rows[header_at + 1:]:
        m = None
        # the task's own words first: an agency cell ("Sở Thông tin và …") recurs elsewhere in the plan
        own = [row[ci]] if ci is not None and ci < len(row) and row[ci] else []
        keys = (_keys(own, short=hpos is not None) if own else []) + _keys(row, short=hpos is not None)
        for k in keys:
            m = re.search(k, source[pos:pos + 4000])
            if m:
                break
        if m:
            starts.append(pos + m.start())
            pos += m.end()
        else:
            starts.append(None)
    found = [x for x in starts if x is not None]
    if not found or len(found) < 0.5 * len(starts):
        return
    first = found[0]
    lo = max(0, first - 800)
    heads = []
    for cell in tab.rows[header_at]:
        w = (cell or "").split()[:2]
        if w:
            m = re.search(r"(?<!\w)" + r"\s+".join(re.escape(x) for x in w) + r"(?!\w)", source[lo:first])
            if m:
                heads.append(lo + m.start())
    start = min(heads) if heads else first
    if hpos is not None and hpos <= first:  # the header row itself was found: the table starts there
        start = hpos
    start = source.rfind("\n", 0, start) + 1
    end = source.find("\n", pos)
    end = len(source) if end < 0 else end
    conv = to_text or (lambda x: x)
    tab.start, tab.end = conv(start), conv(end)
    tab.row_starts = [None] * (header_at + 1) + [conv(x) if x is not None else None for x in starts]


def source_to_text(src_map) -> callable:
    """A function mapping a source offset to the normalised text's offset (``TextMap.src``)."""
    # bisect reads the array as it is (a sequence of ints): no copy into a list, which cost more
    # than the tables of most documents (most have none, and never call the function)
    arr = src_map

    def f(off: int | None) -> int | None:
        if off is None:
            return None
        return min(bisect_left(arr, off), max(0, len(arr) - 1))
    return f
