"""Plain text and Markdown: bytes → str, detecting UTF-8 (BOM), UTF-16 and Windows-1258."""
from __future__ import annotations

import codecs
import re

from ..errors import IngestError
from . import Document

# Characters that appear in Vietnamese text but almost never in a mis-decoded one.
_VI_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ")


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding). Raises IngestError on binary junk."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace").replace("\x00", ""), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace").replace("\x00", ""), "utf-16"
    # every test of this block needs a NUL byte (UTF-16 in 30% of the bytes): one scan at C speed
    # passes over it for the text most files are
    if b"\x00" in data:
        # UTF-16 without BOM: every other byte is NUL for mostly-ASCII text
        if len(data) >= 4 and data[1::2].count(0) > len(data) * 0.3 and data[0::2].count(0) < len(data) * 0.05:
            return data.decode("utf-16-le", "replace").replace("\x00", ""), "utf-16-le"
        if len(data) >= 4 and data[0::2].count(0) > len(data) * 0.3 and data[1::2].count(0) < len(data) * 0.05:
            return data.decode("utf-16-be", "replace").replace("\x00", ""), "utf-16-be"
        if data[:8192].count(0) > 8:
            raise IngestError("binary file, not text (contains NUL bytes)", path=name)
        data = data.replace(b"\x00", b"")  # a few stray NULs (a bad export): dropped, wherever they are
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
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
    text, enc = decode(data, name)
    # text decoded as strict UTF-8 from clean bytes holds no bad character: not binary
    if not (enc == "utf-8" and _clean_utf8(data)) and _looks_binary(text):
        raise IngestError("binary file, not text (control characters)", path=name)
    from .legacy import maybe_convert_legacy
    text, legacy = maybe_convert_legacy(text)
    return Document(text=text, format=fmt, path=name, encoding=legacy or enc)  # tables: layout/tables.py reads the text
