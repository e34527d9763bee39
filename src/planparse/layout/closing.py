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
_NAME_WORD = r"[" + UPPER + r"][a-zà-ỹđ]+"
_NAME = re.compile(r"(?<![\w])(?P<name>" + _NAME_WORD + r"(?:[ ]" + _NAME_WORD + r"){1,4})\s*$")


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
    lo = last.start() if last else (start if start is not None else max(0, limit - 2500))
    annex = _ANNEX.search(text, lo + 1)
    return lo, annex.start() if annex else len(text)


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


def read_closing(text: str, start: int | None = None) -> Closing:
    """Read the recipients and the signer; ``start`` is where the body is known to end, if known."""
    lo, hi = _block(text, start)
    block = text[lo:hi]
    para = None
    for at in _closing_paras(text, max(0, lo - 3000), lo + 1):
        end = text.find("\n", at)
        para = (at, end if end >= 0 else len(text))
    refs = tuple(dict.fromkeys(re.sub(r"\s+", "", m.group("num")) for m in _ANNEX_REF.finditer(text, hi)))
    return Closing(recipients=tuple(_recipients(block)), **_signer(block, text), span=(lo, hi), paragraph=para,
                   annex_refs=refs)


_ITEM = ("-", "+", "•")  # how a recipient item opens
_WORDY = re.compile(r"[^\W_]{2}")

# the cells of a line: a table copy separates them by "|", tabs or a gap of spaces
_CELL_SPLIT = re.compile(r"\s*\|\s*|\t+|\s{3,}")


def _recipients(block: str) -> list[str]:
    m = _RECIPIENTS.search(block)
    if not m:
        return []
    rest = block[m.end():]
    out: list[str] = []
    # cell by cell: a table copy puts the signature in the next cell
    for ln in rest.split("\n"):
        cell = _CELL_SPLIT.split(ln.strip())[0]
        s = cell.strip().strip("*_ ")
        if not s or not _WORDY.search(s):  # a scan's specks between items (":", "Ầ", "--")
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


def _signer(block: str, text: str = "") -> dict:
    """The last position in capitals (after its authority marker) and the name that follows it."""
    none = {"signer_name": None, "signer_position": None}
    cells: list[str] = []
    for ln in block.split("\n"):
        cells += [c.strip().strip("*_ ") for c in _CELL_SPLIT.split(ln) if c.strip().strip("*_ ")]
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
        after = [cells[i][pm.end():].strip()] + [c for c in cells[i + 1:i + 30] if not c.startswith(_ITEM)][:5]
        for c in after:
            c = re.sub(r"^\(?(?:Đã ký|đã ký|Ký tên)\s*:?\)?\s*", "", c).strip()
            if not c or noise.match(c) or c.startswith(("(", "[")):
                continue
            name = _name_in(c, text)
            if name:
                return {"signer_name": name, "signer_position": position}
        return none
    return _collective_signer(cells, text) or _bare_name(cells) or none


def _name_in(cell: str, text: str) -> str | None:
    """The name a signature cell holds: the whole cell (a signature's description or a seal is not
    a name), or a name a scan garbled that the document names elsewhere (``_recovered_name``)."""
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
