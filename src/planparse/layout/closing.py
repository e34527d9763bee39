"""The closing (layout.md §4): text → recipients (``Nơi nhận:``) and the signer of the signature block.

After the body come a closing paragraph (``Trên đây là Kế hoạch …``), the recipients
(``Nơi nhận:`` then ``- …;`` items, ``- Lưu: VT, …``) and the signature block: an authority
marker (``TM.``, ``KT.``, ``Q.``, ``TL.``, ``TUQ.``), the position in capitals, then the
signer's name. Table-made copies put the recipients and the signature side by side in one
line (``Nơi nhận: - A; - Lưu: VT. | | KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC Hoàng Văn Thuân``); the reader
works on cells, not lines. Appendices follow the signature and are not part of it.
Vocabulary: ``data/header.yaml`` (authority markers, positions).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import load_yaml
from .header import UPPER

_RECIPIENTS = re.compile(r"(?:^|\n|\|)\s*\**N[ơo]i\s+nh[ậa]n\s*\**\s*:?\**", re.I)
_ANNEX = re.compile(r"\n\s*(?:PHỤ LỤC|Phụ lục\s+[IVX\d]|\(Kèm theo\b|DANH MỤC\b)")
_CLOSING_PARA = re.compile(r"(?m)^[ \t*_]*Trên đây là\b")
_ANNEX_REF = re.compile(r"\(\s*(?:Kèm|Ban hành kèm) theo [^)\n]{0,40}?\bsố\s*:?\s*(?P<num>\d[\d.]*\s*(?:/\s*\d{4}\s*)?/\s*[A-ZĐ][\w&-]*)")
# a syllable of a name in Vietnamese letters only: an OCR slip into ä, ö, ñ … is no name ("Ha Töäng")
_NAME_WORD = r"[" + UPPER + r"][" + UPPER.lower() + r"]+"
# Ê Đê and Jrai names open with Y (men) or H' (women): "Y Bih Niê", "H'Hen Niê"
_NAME_OPEN = r"(?:(?:Y|H['’]) ?)?"
_NAME = re.compile(r"(?<![\w'’])(?P<name>" + _NAME_OPEN + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){1,4})\s*$")


@dataclass(frozen=True, slots=True)
class Closing:
    recipients: tuple[str, ...] = ()
    signer_name: str | None = None
    signer_position: str | None = None
    span: tuple[int, int] = (0, 0)     # the recipients-and-signature block
    paragraph: tuple[int, int] | None = None   # ``Trên đây là Kế hoạch …`` before the block
    annex_refs: tuple[str, ...] = ()   # numbers the appendices restate (``Kèm theo Kế hoạch số 12/KH-UBND``)


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return load_yaml("header.yaml")


@lru_cache(maxsize=1)
def _position_re() -> re.Pattern:
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(_vocab()["positions"], key=len, reverse=True))
    return re.compile(r"(?<![\w])(?:" + _vocab()["authority"] + r"\s*)?(?P<pos>" + alts + r")(?![\w])")


def _block(text: str, start: int | None) -> tuple[int, int]:
    """Where the closing block is: from the last ``Nơi nhận`` before the appendices (or ``start``)
    to the first appendix after it."""
    annex = _ANNEX.search(text, start or 0)
    limit = annex.start() if annex else len(text)
    last = None
    for m in _recipient_heads(text, limit):
        last = m
    lo = _signature_above(text, last.start()) if last else (start if start is not None else max(0, limit - 2500))
    annex = _ANNEX.search(text, lo + 1)
    return lo, annex.start() if annex else len(text)


def _signature_above(text: str, at: int) -> int:
    """Where the closing block starts when the signature stands right above ``Nơi nhận`` (at ``at``):
    a gazette's reprint sets the signature block, then the recipients, in its column; read across
    a page the two sit side by side, recipients first. The lines just above must all be the
    signature's (an authority marker or a position among them, a name); else ``at``."""
    lines = text[max(0, at - 400):at].split("\n")
    if at - 400 > 0:
        lines = lines[1:]  # cut off in the middle
    start, found = at, False
    for ln in reversed(lines[-8:]):
        cell = ln.strip().strip("*_ ")
        if not cell:
            start -= len(ln) + 1
            continue
        if not (_signature_like(cell, False) or _names_side_by_side(cell)):
            break
        start -= len(ln) + 1
        found = found or bool(_authority_re().match(cell) or (cell.isupper() and _position_re().search(cell)))
    return max(0, start + 1) if found and start < at else at


# _RECIPIENTS after a newline and after a "|": each opens with one literal character, which the
# regex engine finds at C speed; _RECIPIENTS itself, opening with ``^|\n|\|``, is tried at every
# character of the text.
_RECIPIENTS_TAIL = _RECIPIENTS.pattern[len(r"(?:^|\n|\|)"):]
assert _RECIPIENTS.pattern == r"(?:^|\n|\|)" + _RECIPIENTS_TAIL
_RECIPIENTS_NL = re.compile(r"\n" + _RECIPIENTS_TAIL, _RECIPIENTS.flags)
_RECIPIENTS_BAR = re.compile(r"\|" + _RECIPIENTS_TAIL, _RECIPIENTS.flags)


def _recipient_heads(text: str, limit: int) -> list[re.Match]:
    """``list(_RECIPIENTS.finditer(text, 0, limit))``, from the two one-literal patterns. finditer
    takes the match at the first position from which one starts, then goes on from its end; after
    position 0 (the only place ``^`` holds) a match starts at a newline or a "|", where it is the
    match of one of the two patterns: the earlier of their searches from the same place is the
    match finditer takes."""
    out = []
    m = _RECIPIENTS.match(text, 0, limit)
    if m:
        out.append(m)
    pos = m.end() if m else 1
    nl = bar = None
    while True:
        if nl is None or nl.start() < pos:
            nl = _RECIPIENTS_NL.search(text, pos, limit)
        if bar is None or bar.start() < pos:
            bar = _RECIPIENTS_BAR.search(text, pos, limit)
        m = min((x for x in (nl, bar) if x is not None), key=re.Match.start, default=None)
        if m is None:
            return out
        out.append(m)
        pos = m.end()


_CLOSING_PARA_NL = re.compile(r"\n" + _CLOSING_PARA.pattern.removeprefix("(?m)^"))


def _closing_paras(text: str, a: int, b: int) -> list[int]:
    """``[m.start() for m in _CLOSING_PARA.finditer(text, a, b)]``: ``^`` holds at 0 and after a
    newline (not at ``a`` itself), so a match is one after a newline, found by a pattern that opens
    with the newline (a literal the engine finds at C speed), or one at 0. A match stays on its line."""
    out = [0] if a == 0 and _CLOSING_PARA.match(text, 0, b) else []
    return out + [m.start() + 1 for m in _CLOSING_PARA_NL.finditer(text, max(0, a - 1), b)]


def read_closing(text: str, start: int | None = None, source: tuple[str, object] | None = None) -> Closing:
    """Read the recipients and the signer; ``start`` is where the body is known to end, if known.
    ``source`` is the decoded source and the map of ``text`` into it (``TextMap.src``): normalising
    collapsed the run of spaces between the two columns of the closing, which the source still has."""
    lo, hi = _block(text, start)
    block = text[lo:hi]
    if source:  # a closing is a page at most: past that, whatever text the block runs on to keeps its spaces
        block = mark_gaps(text, lo, min(hi, lo + _GAP_REACH), *source) + text[min(hi, lo + _GAP_REACH):hi]
    para = None
    for at in _closing_paras(text, max(0, lo - 3000), lo + 1):
        end = text.find("\n", at)
        para = (at, end if end >= 0 else len(text))
    refs = tuple(dict.fromkeys(re.sub(r"\s+", "", m.group("num")) for m in _ANNEX_REF.finditer(text, hi)))
    rows = _rows(block)
    places = [(k, j, len(row)) for k, row in enumerate(rows) for j in range(len(row))]
    return Closing(recipients=tuple(_recipients(rows)), **_signer([c for row in rows for c, _ in row], text, places),
                   span=(lo, hi), paragraph=para, annex_refs=refs)


_GAP_REACH = 20_000
# a column gap in the source: a tab, or two or more spaces (a 2-column table copied as text)
_SOURCE_GAP = re.compile(r"\t|[^\S\n]{2,}")


def mark_gaps(text: str, lo: int, hi: int, source: str, src) -> str:
    """``text[lo:hi]`` with each space that stands for a column gap of ``source`` made a tab (same
    length, same offsets). ``src[i]`` is where ``text[i]`` came from; the source between the
    characters either side of a space is what normalising collapsed into it (a line break there
    is a wrapped line it joined, not a gap)."""
    out = list(text[lo:hi])
    i = text.find(" ", max(lo, 1), hi)
    while i != -1 and i + 1 < len(src):
        a, b = src[i - 1] + 1, src[i + 1]
        stretch = source[a:b] if 0 <= a < b <= len(source) and b - a < 400 else ""
        bullet = text[i - 1] in "-+•" and (i == 1 or text[i - 2] == "\n")  # ``-<tab>Sở …``: an item's indent
        if not bullet and "\n" not in stretch and _SOURCE_GAP.search(stretch):
            out[i - lo] = "\t"
        i = text.find(" ", i + 1, hi)
    return "".join(out)


_ITEM = ("-", "+", "•")  # how a recipient item opens
_WORDY = re.compile(r"[^\W_]{2}")

# the cells of a line: a table copy separates them by "|", tabs or a gap of spaces
_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+|[^\S\n]{2,}")
_RECIPIENTS_CELL = re.compile(r"\**N[ơo]i\s+nh[ậa]n\b", re.I)


@lru_cache(maxsize=1)
def _authority_re() -> re.Pattern:
    return re.compile(_vocab()["authority"])


def _signature_like(cell: str, beside: bool) -> bool:
    """Whether a cell is a line of the signature block (authority and body, position, seal or
    signed mark, name) rather than of the recipients. A cell ``beside`` another on its line came
    from a column of its own, so any line in capitals there is the signature's; a line alone in
    capitals must name a position (a recipient item can wrap onto a line in capitals)."""
    if cell.startswith(_ITEM) or _RECIPIENTS_CELL.match(cell):
        return False
    if _authority_re().match(cell) or re.match(_vocab()["signature_noise"], cell):
        return True
    if cell.isupper():
        return beside or _position_re().search(cell) is not None
    return _NAME.fullmatch(cell) is not None


def _rows(block: str) -> list[list[tuple[str, bool]]]:
    """The closing's lines as cells, each marked whether it is the signature's. A 2-column table
    flattened to text puts the recipients and the signature side by side on a line, in either
    order; a gap that splits no signature cell off (two spaces typed inside an item) is no column,
    so the cells on either side of it are joined back."""
    rows = []
    for ln in block.split("\n"):
        cells = [c.strip().strip("*_ ") for c in _CELL_SPLIT.split(ln)]
        cells = [c for c in cells if c]
        if len(cells) == 1:
            cells = _split_lost_gap(cells[0])
        row: list[tuple[str, bool]] = []
        for c in cells:
            sig = _signature_like(c, len(cells) > 1)
            if row and not sig and not row[-1][1]:
                row[-1] = (row[-1][0] + " " + c, False)
            else:
                row.append((c, sig))
        rows.append(row)
    return rows


# where a copy lost the gap between the columns: after ``Nơi nhận:`` or an item's closing ";"/"."
_ITEM_END = re.compile(r"(?:^\**N[ơo]i\s+nh[ậa]n\s*\**\s*:|[;.])\s+", re.I)


def _split_lost_gap(cell: str) -> list[str]:
    """A recipients line that ends in a signature line with only a space between them (``- Sở Y tế;
    KT. GIÁM ĐỐC``, ``- Lưu: VT. Lê Văn Tám``): the two cells. With no gap to go by, the tail must be
    a signature line beyond doubt: an authority marker, a position in capitals, a signed mark, or a
    whole name opening with a family name; an item's own text is none of these."""
    if not (cell.startswith(_ITEM) or _RECIPIENTS_CELL.match(cell)):
        return [cell]
    for m in _ITEM_END.finditer(cell):
        tail = cell[m.end():]
        nm = _NAME.fullmatch(tail)
        if (_authority_re().match(tail) or re.match(_vocab()["signature_noise"], tail)
                or (tail.isupper() and _position_re().search(tail))
                or (nm and nm.group("name").split()[0] in _surnames())):
            return [cell[:m.end()].rstrip(), tail]
    return [cell]


def _recipients(rows: list[list[tuple[str, bool]]]) -> list[str]:
    """The items after ``Nơi nhận:``, read down the recipients' column: the cells not the signature's
    on a line that holds both columns. A line alone stays in the one column it is in (the first
    line that is no item ends the list, as when the signature follows it)."""
    lines = [" ".join(c for c, sig in row if not sig or len(row) == 1) for row in rows]
    left = "\n".join(lines)
    m = _RECIPIENTS.search(left)
    if not m:
        return []
    out: list[str] = []
    for k, ln in enumerate(left[m.end():].split("\n")):
        s = ln.strip().strip("*_ ")
        if not s or not _WORDY.search(s):  # a scan's specks between items (":", "Ầ", "--"), or a signature line
            continue
        if not s.startswith(_ITEM):
            if out and not out[-1].endswith((";", ".", ":")) and not s.isupper():
                out[-1] += " " + s  # an item wrapped over two lines
                continue
            if out:
                break
            continue
        out += [item.strip() for item in re.split(r"(?:^|(?<=[;.])\s*)[-+•]\s+", s) if item.strip()]
    return [item.rstrip(" ;.,") for item in out if item.rstrip(" ;.,")]


def _signer(cells: list[str], text: str = "", places: list[tuple[int, int, int]] | None = None) -> dict:
    """The last position in capitals (after its authority marker) and the name that follows it;
    ``cells`` are the closing's cells in reading order (:func:`_rows`), ``places`` each cell's (row,
    column, cells in its row): two signatures side by side (a joint plan's, each body's head under its
    authority marker) give the position's name from its own column."""
    none = {"signer_name": None, "signer_position": None}
    noise = re.compile(_vocab()["signature_noise"])
    positions = _vocab()["positions"]
    rx = _position_re()
    for i in range(len(cells) - 1, -1, -1):
        found = list(rx.finditer(cells[i]))
        if not found:
            continue
        pm = found[-1]
        pos = re.sub(r"\s+", " ", pm.group("pos"))
        position = positions.get(pos, pos.title())
        if re.match(r"Q\s?\.", pm.group(0)):  # Q. GIÁM ĐỐC: the acting head signs as such
            position = "Quyền " + position
        elif _signs_for(cells, i, pm, pos):  # KT. CHỦ TỊCH over a garbled "Ó CHỦ TỊCH": a deputy signs
            position = positions.get("PHÓ " + pos, position)
        # the name: on the same cell after the position, or on one of the next cells — passing over
        # recipient items, which a one-column copy interleaves with the signature block
        after = [cells[i][pm.end():].strip()] + [c for c in cells[i + 1:i + 30]
                                                  if not c.startswith(_ITEM) and not _seal_drawing(c)][:5]
        if places and places[i][2] >= 2:  # signatures side by side: the rows below, in this column, first
            row, col, width = places[i]
            after = [after[0]] + [c for c, (r, j, w) in zip(cells[i + 1:], places[i + 1:])
                                  if r > row and w == width and j == col][:5] + after[1:]
        for c in after:
            c = re.sub(r"^\(?(?:Đã ký|đã ký|Ký tên)\s*:?\)?\s*", "", c).strip()
            if not c or noise.match(c) or c.startswith(("(", "[")):
                continue
            name = _name_in(c, text)
            if name:
                return {"signer_name": name, "signer_position": position}
        return none
    return _collective_signer(cells, text) or _bare_name(cells) or none


def _names_side_by_side(cell: str) -> bool:
    """Two signers' names on one line, their columns' gap lost (``Nguyễn Thu Hà Hoàng Minh Tuấn``): the
    line splits into two whole names, each opening with a family name."""
    words = cell.split()
    fam = _surnames()
    return words[0] in fam and any(words[k] in fam and _NAME.fullmatch(" ".join(words[:k]))
                                   and _NAME.fullmatch(" ".join(words[k:])) for k in range(2, len(words) - 1))


def _seal_drawing(cell: str) -> bool:
    r"""A cell that is mostly strokes, not letters: a seal's ring as OCR or a fax leaves it (``,.-~ SỞ `~.``,
    ``TH4NH |/ Ầ~``, ``\`'-.,.-'``); a name, a position or a signed mark is mostly letters."""
    letters = sum(ch.isalpha() for ch in cell)
    return letters < 0.6 * len(cell.replace(" ", ""))


# an officer's rank before the name (``Thượng tá Vũ Ngọc Tuấn``, ``Đại tá Nguyễn Văn A``)
_RANK = re.compile(r"^(?:(?:Thiếu|Trung|Thượng|Đại)\s+(?:úy|uý|tá|tướng)|Đại\s+tướng)\s+(?=[" + UPPER + r"])")


def _name_in(cell: str, text: str) -> str | None:
    """The name a signature cell holds: the whole cell (a signature's description or a seal is not
    a name), or a name a scan garbled that the document names elsewhere (``_recovered_name``)."""
    cell = _RANK.sub("", cell)
    nm = _NAME.search(cell) if not cell.isupper() else None
    if nm and nm.start() <= 3:
        return nm.group("name")
    return _recovered_name(cell, text)


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    return frozenset(load_yaml("people.yaml")["surnames"])


def _bare_name(cells: list[str]) -> dict | None:
    """No position in the block (a seal or an image carried it): a whole name with a family name
    after the last recipient item is the signer, with the position left unknown."""
    surnames = _surnames()
    last_item = max((k for k, c in enumerate(cells) if c.startswith(_ITEM)), default=-1)
    for c in cells[last_item + 1:]:
        nm = _NAME.fullmatch(c.strip())
        if nm and nm.group("name").split()[0] in surnames:
            return {"signer_name": nm.group("name"), "signer_position": None}
    return None


@lru_cache(maxsize=1)
def _collective_re() -> re.Pattern:
    heads = _vocab()["collective_heads"]
    alts = "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in sorted(heads, key=len, reverse=True))
    return re.compile(r"(?:" + _vocab()["authority"] + r")\s*(?P<body>" + alts + r")(?![\w])")


def is_name(s: str) -> bool:
    """``s`` is a person's name as a signature block writes it (``Lê Văn Tuấn``)."""
    return _NAME.fullmatch(s.strip()) is not None


_GARBLED_NAME = re.compile(r"^\S+(?P<tail>(?:[ ]" + _NAME_WORD + r"){1,3})$")


def _collective_signer(cells: list[str], text: str) -> dict | None:
    """``T/M. ĐOÀN KIỂM TRA`` with no position line under it: the head of the collective signs
    (Decree 30, art. 12), by the position ``data/header.yaml`` gives for the body. The name is the
    first cell after the marker that is a whole name, or — where a scan garbled its first syllable
    (``lowfg Văn Thuân``) — the one person the document names elsewhere with a family name and
    the same other syllables (``Ông. Hoàng Văn Thuân``)."""
    rx = _collective_re()
    for i in range(len(cells) - 1, -1, -1):
        m = rx.search(cells[i])
        if m:
            break
    else:
        return None
    body = re.sub(r"\s+", " ", m.group("body"))
    position = _vocab()["collective_heads"][body]
    noise = re.compile(_vocab()["signature_noise"])
    for c in cells[i + 1:i + 16]:
        if c.startswith(_ITEM) or c.isupper() or noise.match(c) or not _WORDY.search(c):
            continue
        name = _name_in(c, text)
        if name:
            return {"signer_name": name, "signer_position": position}
    return None


def _signs_for(cells: list[str], i: int, pm: re.Match, pos: str) -> bool:
    """Whether the position read at ``cells[i]`` is the head's own under ``KT. <head>``. ``KT.`` (ký
    thay) means a deputy signs for the head (Decree 30, art. 12), so the head's title there is a
    deputy line that lost its ``PHÓ``: ``KT. CHỦ TỊCH`` with no line under it, or a scan that cut
    the deputy line to ``ˆ Ó CHỦ TỊCH``."""
    if re.match(r"KT\s?\.", pm.group(0)):
        return True
    kt = re.compile(r"(?<![\w])KT\s?\.\s*" + re.escape(pos).replace(r"\ ", r"\s+") + r"(?![\w])")
    return any(kt.search(c) for c in cells[max(0, i - 4):i])


def _recovered_name(cell: str, text: str) -> str | None:
    """A name whose first syllable a scan garbled or cut (``lowfg Văn Thuân``, ``guyến Thành Sinh``):
    the one person the document names elsewhere with a family name and the same other syllables."""
    g = _GARBLED_NAME.match(cell)
    if not g or not text or cell[:1].isupper():
        return None
    surnames = _surnames()
    tail = g.group("tail").strip()
    found = {f"{m.group(1)} {tail}" for m in re.finditer(r"(?<!\w)(" + _NAME_WORD + r") " + re.escape(tail) + r"(?!\w)", text)
             if m.group(1) in surnames}
    return found.pop() if len(found) == 1 else None
