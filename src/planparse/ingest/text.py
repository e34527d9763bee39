"""Plain text and Markdown: bytes → str, detecting UTF-8 (BOM), UTF-16 and Windows-1258."""
from __future__ import annotations

import codecs
import re

from ..errors import IngestError
from . import Document

# Characters that appear in Vietnamese text but almost never in a mis-decoded one.
_VI_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")


def utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` for UTF-16 without a byte-order mark (every other byte is NUL in
    mostly-ASCII text: markup, numbering, digits), else ``None``."""
    if len(data) < 4:
        return None
    if data[1::2].count(0) > len(data) * 0.3 and data[0::2].count(0) < len(data) * 0.05:
        return "utf-16-le"
    if data[0::2].count(0) > len(data) * 0.3 and data[1::2].count(0) < len(data) * 0.05:
        return "utf-16-be"
    return None


def decode(data: bytes, name: str, notes: list[str] | None = None) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding). Raises IngestError on binary junk.
    What was repaired on the way (stray bytes replaced) is appended to ``notes``."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace").replace("\x00", ""), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace").replace("\x00", ""), "utf-16"
    # every test of this block needs a NUL byte (UTF-16 in 30% of the bytes): one scan at C speed
    # passes over it for the text most files are
    if b"\x00" in data:
        enc = utf16_without_bom(data)
        if enc:
            return data.decode(enc, "replace").replace("\x00", ""), enc
        if data[:8192].count(0) > 8:
            raise IngestError("binary file, not text (contains NUL bytes)", path=name)
        data = data.replace(b"\x00", b"")  # a few stray NULs (a bad export): dropped, wherever they are
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    nearly = _nearly_utf8(data)
    if nearly is not None:
        text, bad = nearly
        if notes is not None:
            notes.append(f"{bad} byte(s) that are not UTF-8 replaced with \ufffd (the rest of the file is UTF-8)")
        return text, "utf-8"
    # not UTF-8: a single-byte encoding. Windows-1258, or a legacy font encoding (TCVN3, VNI)
    # whose bytes only a .VnTime/VNI font shows as Vietnamese; keep the reading that looks most Vietnamese.
    import unicodedata

    from .legacy import tcvn3_to_unicode, vietnamese_score, vni_to_unicode
    latin = data.decode("latin-1")
    cands = [("cp1258", unicodedata.normalize("NFC", data.decode("cp1258", "replace"))),
             ("tcvn3", tcvn3_to_unicode(latin)), ("vni", vni_to_unicode(data.decode("cp1252", "replace")))]
    enc, text = max(cands, key=lambda c: vietnamese_score(c[1]))
    if _looks_binary(text):
        raise IngestError("cannot decode: neither UTF-8, UTF-16, Windows-1258, TCVN3 nor VNI text", path=name)
    return text, enc


# UTF-8 letters of Vietnamese (precomposed, two or three bytes each): a single-byte legacy file
# cannot spell them by accident, so many of them prove the file is UTF-8
_VI_UTF8_LETTER = re.compile("[\u00c0-\u01b0\u1ea0-\u1ef9]")


def _nearly_utf8(data: bytes) -> tuple[str, int] | None:
    """UTF-8 spoiled by a handful of stray bytes (a Windows quote 0x92 pasted in, a cut character):
    (text with each replaced by U+FFFD, how many) when they are at most 1 per 1,000 bytes and the
    rest spells Vietnamese in UTF-8; else None (a legacy single-byte encoding has a high byte in
    nearly every word, so it never passes)."""
    allowed = max(1, len(data) // 1000)
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    if not 0 < bad <= allowed:
        return None
    letters = len(_VI_UTF8_LETTER.findall(text, 0, 200_000))
    if letters < max(5, 10 * bad):
        return None
    return text, bad


_BAD_CHAR = re.compile("[\x00-\x08\x0e-\x1b\x7f\ufffd]")


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = len(_BAD_CHAR.findall(sample))  # C speed; line separators (\v, \x1c-\x1f) are not junk
    return bad / len(sample) > 0.02


# The bytes that UTF-8 decodes to a character of _BAD_CHAR but U+FFFD (EF BF BD)
_BAD_BYTES = bytes([*range(0x00, 0x09), *range(0x0e, 0x1c), 0x7f])


def _clean_utf8(data: bytes) -> bool:
    """Do ``data``, decoded as UTF-8, hold no character of _BAD_CHAR? (Each of those is one of
    _BAD_BYTES in UTF-8, or EF BF BD: tested on the bytes at C speed, no scan of the text.)"""
    return len(data.translate(None, _BAD_BYTES)) == len(data) and b"\xef\xbf\xbd" not in data


def read_text(data: bytes, fmt: str, name: str) -> Document:
    notes: list[str] = []
    text, enc = decode(data, name, notes)
    # text decoded as strict UTF-8 from clean bytes holds no bad character: not binary
    if not (enc == "utf-8" and _clean_utf8(data)) and _looks_binary(text):
        raise IngestError("binary file, not text (control characters)", path=name)
    from .legacy import maybe_convert_legacy
    text, legacy = maybe_convert_legacy(text)
    text = strip_furniture(text)
    tables: list = []
    if fmt == "md":
        # pandoc's grid, multiline and simple tables cut into cells, as the DOCX reader gives them
        from .markdown import read_markdown
        text, tables = read_markdown(text)
    # other tables (tabs, pipes, aligned columns): layout/tables.py reads them in the text
    return Document(text=text, format=fmt, path=name, encoding=legacy or enc, warnings=notes, tables=tables)


# -- page furniture in text copied from a paged document ------------------------------------------
# Text copied out of a PDF viewer (or printed to text) keeps what each page repeats: a page number
# ("Trang 2/4", "- 3 -") and a running header or footer (the plan's number and title), wherever a page
# ended, often in the middle of a sentence or a heading. They are found by repetition, not wording:
# a page number is a short line whose number counts up by one from page to page, a running line is
# one that stands at the same place beside the page numbers on most pages and hardly anywhere else;
# with form feeds (\f) the pages are known and a line repeated so at the same edge of most pages is
# furniture too.

_DIGITS = re.compile(r"\d+")
_PAGE_NUMBER_MAX = 30  # characters: "Trang 12/40", "Page 3 of 10", "- 4 -"
_PAGE_NUMBER_LETTERS = 12  # letters besides the numbers ("Trang", "Page of", "tr.")
_MIN_PAGE = 10  # lines a page holds at least, the median of the gaps between page numbers
_MIN_PAGE_BARE = 20  # … for bare numbers, which a table's row numbers on lines of their own resemble
_EDGE = 2  # lines beside a page number (or a page's edge) where a running header or footer stands


def _key(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()).lower())


def _page_numbers(keyed: dict[str, list[tuple[int, int, str]]]) -> list[tuple[int, int]]:
    """(position among the non-blank lines, line index) of page numbers: a short line recurring with
    a number that goes up by one each time, pages apart."""
    found: list[tuple[int, int]] = []
    for key, occ in keyed.items():
        if len(occ) < 2 or "#" not in key or len(key) > _PAGE_NUMBER_MAX:
            continue
        if sum(c.isalpha() for c in key) > _PAGE_NUMBER_LETTERS or sum(not c.isalnum() and c not in " #" for c in key) > 3:
            continue  # a few letters and marks around the numbers: "Trang #/#", "- # -", not a table's row
        vals = [[int(x) for x in _DIGITS.findall(s)] for _, _, s in occ]
        if not vals[0] or any(len(v) != len(vals[0]) for v in vals):
            continue  # a "#" of the text's own among its numbers ("0" and "#" key alike): no counter
        # a counter below 1000 (years count up by one too: "Năm 2019", "Năm 2020")
        if not any(all(b[x] == a[x] + 1 < 1000 for a, b in zip(vals, vals[1:])) for x in range(len(vals[0]))):
            continue
        gaps = sorted(b[0] - a[0] for a, b in zip(occ, occ[1:]))
        bare = not any(c.isalpha() or c == "/" for c in key)
        if gaps[len(gaps) // 2] < (_MIN_PAGE_BARE if bare else _MIN_PAGE) or gaps[0] < 3:
            continue
        found.extend((pos, k) for pos, k, _ in occ)
    return sorted(found)


def furniture_lines(text: str) -> set[int]:
    """Indexes of the lines of ``text`` that are page furniture (see above)."""
    lines = text.split("\n")
    nonblank = [k for k, ln in enumerate(lines) if ln.strip()]
    keyed: dict[str, list[tuple[int, int, str]]] = {}
    for pos, k in enumerate(nonblank):
        keyed.setdefault(_key(lines[k]), []).append((pos, k, " ".join(lines[k].split())))
    numbers = _page_numbers(keyed)
    drop = {k for _, k in numbers}
    # where a running header or footer may stand: beside each page number, or (no page numbers) at
    # the end and the start of the pages that form feeds part
    if numbers:
        anchors = [pos for pos, _ in numbers]
        offsets = [o for o in range(-_EDGE, _EDGE + 1) if o]
    else:
        pos_of = {k: pos for pos, k in enumerate(nonblank)}
        anchors = []
        for k, ln in enumerate(lines):
            if "\f" in ln:  # the next page opens on this line (after the form feed) or the next non-blank one
                nxt = k if ln.rsplit("\f", 1)[1].strip() else next((x for x in nonblank if x > k), None)
                if nxt is not None and nxt in pos_of:
                    anchors.append(pos_of[nxt])
        offsets = list(range(-_EDGE, _EDGE))
    if len(anchors) < 2:
        return drop
    beside: dict[tuple[str, int], list[int]] = {}
    for a in anchors:
        for off in offsets:
            p = a + off
            if 0 <= p < len(nonblank) and nonblank[p] not in drop:
                beside.setdefault((_key(lines[nonblank[p]]), off), []).append(nonblank[p])
    need = max(2, (len(anchors) + 1) // 2)
    for (key, _), ks in beside.items():
        # at the same place on most pages, and hardly anywhere else: a task's field line ("Chủ trì:
        # Văn phòng Sở.") may fall at a page's edge as often, but recurs all through the text (a
        # running title may stand once more, as the plan's title)
        if len(set(ks)) >= need and len(keyed[key]) - len(set(ks)) <= 1:
            drop.update(ks)
    return drop


# a line with more characters than this that are neither white space nor digits has a key longer
# than _PAGE_NUMBER_MAX (lower() never shortens a character, digits become "#", spaces one space)
_PAST_PAGE_NUMBER = re.compile(r"(?:[\d\s]*[^\d\s]){%d}" % (_PAGE_NUMBER_MAX + 1))


def _may_have_furniture(text: str) -> bool:
    """False only when ``furniture_lines(text)`` is empty for sure: the text has no form feed and no
    page numbers (``_page_numbers`` of the lines whose key can be one: holding a digit or "#",
    short enough). Without a form feed or a page number there is no anchor for a running line, so
    the keys of the other lines (most of the text: long paragraphs) need not be worked out."""
    if "\f" in text:
        return True
    keyed: dict[str, list[tuple[int, int, str]]] = {}
    pos = 0
    for k, ln in enumerate(text.split("\n")):
        if not ln.strip():
            continue
        if not _PAST_PAGE_NUMBER.match(ln) and ("#" in ln or _DIGITS.search(ln)):
            keyed.setdefault(_key(ln), []).append((pos, k, " ".join(ln.split())))
        pos += 1
    return bool(_page_numbers(keyed))


def strip_furniture(text: str) -> str:
    """``text`` without its page furniture lines (the text as it is when it has none)."""
    if text.count("\n") < 20 or not _may_have_furniture(text):
        return text
    drop = furniture_lines(text)
    if not drop:
        return text
    return "\n".join(ln for k, ln in enumerate(text.split("\n")) if k not in drop)
