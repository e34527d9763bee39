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
    # UTF-16 without BOM: every other byte is NUL for mostly-ASCII text
    if len(data) >= 4 and data[1::2].count(0) > len(data) * 0.3 and data[0::2].count(0) < len(data) * 0.05:
        return data.decode("utf-16-le", "replace").replace("\x00", ""), "utf-16-le"
    if len(data) >= 4 and data[0::2].count(0) > len(data) * 0.3 and data[1::2].count(0) < len(data) * 0.05:
        return data.decode("utf-16-be", "replace").replace("\x00", ""), "utf-16-be"
    if data[:8192].count(0) > 8:
        raise IngestError("binary file, not text (contains NUL bytes)", path=name)
    if b"\x00" in data:
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


def read_text(data: bytes, fmt: str, name: str) -> Document:
    text, enc = decode(data, name)
    if _looks_binary(text):
        raise IngestError("binary file, not text (control characters)", path=name)
    from .legacy import maybe_convert_legacy
    text, legacy = maybe_convert_legacy(text)
    return Document(text=text, format=fmt, path=name, encoding=legacy or enc)  # tables: layout/tables.py reads the text
