"""Encoders used by tests to make legacy-encoded fixtures (the inverse of ingest/legacy.py)."""
import unicodedata

from planparse.ingest import legacy as L

_TONES = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_HAT = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
_SINGLE = {v: k for k, v in L._VNI_SINGLE.items()}


def to_tcvn3(text: str) -> str:
    """As a .VnTime/.VnTimeH document stores it: ASCII keeps its case; accented capitals other than
    Ă Â Ê Ô Ơ Ư Đ have no code of their own and are written with the lower-case code."""
    inv = {v: k for k, v in zip(L._TCVN3_SRC, L._TCVN3_DST)}
    text = text.translate(str.maketrans("“”‘’…", "\"\"''."))
    return "".join(inv.get(c, inv.get(c.lower(), c)) for c in text)


def to_vni(text: str) -> str:
    out = []
    for ch in text:
        if ch in _SINGLE and ch not in "ÍÌíì":
            out.append(_SINGLE[ch])
            continue
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], d[1:]
        tone = next((m for m in marks if m in _TONES), "")
        if "\u0302" in marks:
            out.append(base + _HAT[tone])
        elif "\u0306" in marks:
            out.append(base + _BREVE[tone])
        elif "\u031b" in marks:
            out.append(_SINGLE[unicodedata.normalize("NFC", base + "\u031b")] + (_TONES[tone] if tone else ""))
        elif base in "dD" and ch in "đĐ":
            out.append(_SINGLE[ch])
        elif tone:
            out.append(base + _TONES[tone])
        else:
            out.append(ch)
    return "".join(out)


def to_cp1258_bytes(text: str) -> bytes:
    """Windows-1258 keeps â ê ô ơ ư ă đ precomposed and writes tones as combining marks."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        tone = [m for m in d[1:] if m in _TONES]
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        out += base.encode("cp1258") + "".join(tone).encode("cp1258")
    return bytes(out)
