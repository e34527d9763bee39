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
    return Document(text=text, format=fmt, path=name, encoding=legacy or enc, warnings=notes)  # tables: layout/tables.py reads the text
