"""Legacy Vietnamese encodings: TCVN3 (ABC), VNI Windows, and Windows-1258 / UTF-8 mojibake.

Older plans (and PDFs made from them) carry text in ``.VnTime`` (TCVN3) or ``VNI-Times`` fonts:
the bytes are Latin-1 code points that only the font turns into Vietnamese. We try each repair
and keep the one whose result looks most like Vietnamese (share of syllables with Vietnamese
letters, penalising letters Vietnamese never uses, such as ``ö`` or ``µ``).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# TCVN3 (TCVN 5712:1993, VN3): byte (as Latin-1 char) → Unicode. Upper-case toned letters live in
# a separate font (.VnTimeH) with the lower-case codes, so only the seven below are upper-case.
_TCVN3_SRC = ("µ¸¶·¹" "¨»¾¼½Æ" "©ÇÊÈÉË" "®" "ÌÐÎÏÑ" "ªÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "«åèæçé" "¬êíëìî"
              "ïóñòô" "\u00adõøö÷ù" "úýûüþ" "¡¢§£¤¥¦")
_TCVN3_DST = ("àáảãạ" "ăằắẳẵặ" "âầấẩẫậ" "đ" "èéẻẽẹ" "êềếểễệ" "ìíỉĩị" "òóỏõọ" "ôồốổỗộ" "ơờớởỡợ"
              "ùúủũụ" "ưừứửữự" "ỳýỷỹỵ" "ĂÂĐÊÔƠƯ")
assert len(_TCVN3_SRC) == len(_TCVN3_DST)
_TCVN3 = str.maketrans(dict(zip(_TCVN3_SRC, _TCVN3_DST)))

# VNI Windows: a base letter followed by one mark character (Latin-1). Plain tones follow any vowel
# (ù ø û õ ï: "aø" = "à"); after a/e/o, "â" is a circumflex and á à å ã ä a circumflex with a tone
# ("eá" = "ế"); after a, "ê" is a breve and é è ú ü ë a breve with a tone ("aé" = "ắ").
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_HAT = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_VNI_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ",
               "Ô": "Ơ", "Ö": "Ư", "Ñ": "Đ", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị", "Î": "Ỵ"}

_VI_LETTERS = set("ăâđêôơư" "ĂÂĐÊÔƠƯ") | {chr(c) for c in range(0x1EA0, 0x1EFA)} | set("áàảãạéèẻẽẹíìỉĩịóòỏõọúùủũụýỳỷỹỵ")
_FOREIGN = set("µ¸¶·¹¨»¾¼½©ª«¬®¡¢§£¤¥¦×Þßäåæçëîïñöøþ÷ÐÆ")


_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_NUCLEI = ("iêu|oai|oay|oeo|uây|uôi|ươi|ươu|uyê|uya|yêu|uyu|"
           "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê|"
           "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y")
_SYLLABLE = re.compile(r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
                       r"(?:" + _NUCLEI + r")(?:ch|ng|nh|c|m|n|p|t)?$")


def valid_syllable(word: str) -> bool:
    """Is ``word`` a well-formed Vietnamese syllable (onset, vowel nucleus, coda, at most one tone)?"""
    nfd = unicodedata.normalize("NFD", word.lower())
    if sum(c in _TONE_MARKS for c in nfd) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONE_MARKS))
    return bool(_SYLLABLE.match(base))


_TONED = re.compile("[\u1ea0-\u1ef9]")
_FOREIGN_RE = re.compile("[" + re.escape("".join(sorted(_FOREIGN))) + "]")


def vietnamese_score(text: str) -> float:
    """Share of well-formed Vietnamese syllables among the words, minus letters Vietnamese never uses."""
    words = re.findall(r"[^\W\d_]+", text[:20000])
    if not words:
        return 0.0
    marks = [_word_marks(w) for w in words]
    ok = sum(1 for vietnamese, _ in marks if vietnamese)
    bad = sum(1 for _, foreign in marks if foreign)
    return (ok - 2 * bad) / len(words)


@lru_cache(maxsize=1 << 14)
def _word_marks(word: str) -> tuple[bool, bool]:
    """(a well-formed syllable with a Vietnamese letter, holds a letter Vietnamese never uses). Cached:
    a text's words repeat, and a PDF font is scored as it is and through five decoders."""
    return (valid_syllable(word) and any(c in _VI_LETTERS for c in word), any(c in _FOREIGN for c in word))


_CAPS_WORD = re.compile(r"\b(?=\w*[A-ZĐĂÂÊÔƠƯ]\w*[A-ZĐĂÂÊÔƠƯ])(?=\w*[^\W\d_a-z])[^\W\d_]+\b")


def tcvn3_to_unicode(text: str) -> str:
    """TCVN3 → Unicode. A capitalised word printed in the .VnTimeH font comes back with its accented
    letters in lower case ("HOạCH"); a word with two or more capitals and no plain lower-case
    letter is restored to capitals ("HOẠCH")."""
    out = text.translate(_TCVN3)
    out = _CAPS_WORD.sub(lambda m: m.group(0).upper() if not re.search(r"[a-z]", m.group(0)) else m.group(0), out)
    # "Ủ" has no TCVN3 capital: "ủy ban" is "Ủy ban" in every plan (Ủy ban nhân dân, Ủy ban Mặt trận …)
    out = re.sub(r"(?<!\w)ủy ban(?=\s+(?:nhân dân|Mặt trận|MTTQ|Nhân dân))", "Ủy ban", out)
    # a line whose plain letters are all capitals was set in .VnTimeH: all of it is upper case
    return re.sub(r"(?m)^.*$", lambda m: m.group(0).upper() if (len(re.findall(r"[A-Z]", m.group(0))) >= 3
                                                                  and not re.search(r"[a-z]", m.group(0))) else m.group(0), out)


def vni_to_unicode(text: str) -> str:
    out = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        low = c.lower()
        nxt = text[i + 1] if i + 1 < n else ""
        m = nxt.lower()
        if low in "aeo" and m in _VNI_HAT:
            out.append(unicodedata.normalize("NFC", c + "\u0302" + _VNI_HAT[m]))
            i += 2
        elif low == "a" and m in _VNI_BREVE:
            out.append(unicodedata.normalize("NFC", c + "\u0306" + _VNI_BREVE[m]))
            i += 2
        elif low in "aeiouy" and m in _VNI_TONES:
            out.append(unicodedata.normalize("NFC", c + _VNI_TONES[m]))
            i += 2
        elif c in "ôöÔÖ" and m in _VNI_TONES:
            out.append(unicodedata.normalize("NFC", _VNI_SINGLE[c] + _VNI_TONES[m]))
            i += 2
        elif c in _VNI_SINGLE:
            out.append(_VNI_SINGLE[c])
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _as_1252_bytes(text: str) -> bytes | None:
    """Bytes a Windows-1252 decoder would have turned into ``text`` (undefined bytes pass through)."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) < 256:
                out.append(ord(ch))
            else:
                return None
    return bytes(out)


def _utf8_mojibake(text: str) -> str | None:
    b = _as_1252_bytes(text)
    return b.decode("utf-8", "replace") if b is not None else None


def _cp1258_mojibake(text: str) -> str | None:
    b = _as_1252_bytes(text)
    return unicodedata.normalize("NFC", b.decode("cp1258", "replace")) if b is not None else None


def maybe_convert_legacy(text: str) -> tuple[str, str | None]:
    """Return (text, encoding) — converted when a legacy encoding reads far better, else unchanged."""
    sample = text[:20000]
    if sample.isascii():  # C speed; the same as no character above 127
        return text, None
    # Unicode Vietnamese has toned letters (U+1EA0–U+1EF9) that no legacy byte encoding produces
    if _TONED.search(sample) and not _FOREIGN_RE.search(sample):
        return text, None
    base = vietnamese_score(sample)
    if base > 0.35 and not any(c in _FOREIGN for c in sample):
        return text, None
    best, best_name, best_score = text, None, base
    candidates = [("tcvn3", tcvn3_to_unicode), ("vni", vni_to_unicode), ("utf-8 mojibake", _utf8_mojibake),
                  ("cp1258 mojibake", _cp1258_mojibake)]
    for name, fn in candidates:
        conv = fn(sample)
        if conv is None:
            continue
        s = vietnamese_score(conv)
        if s > best_score + 0.15:
            best_name, best_score = name, s
    if best_name is None:
        return text, None
    fn = dict(candidates)[best_name]
    return fn(text) or text, best_name


# A symbolic TrueType font whose bytes are WinAnsi (Windows-1252) but that pdfium maps through the
# font's (1,0) Mac Roman cmap: "L‡o Cai, ng‡y th·ng" for "Lào Cai, ngày tháng" (0xE0 is "à" in
# Windows-1252 and "‡" in Mac Roman). Bytes Windows-1252 leaves undefined keep their Latin-1 meaning.
def _mac_to_win_table() -> dict:
    table = {}
    for b in range(0x80, 0x100):
        mac = bytes([b]).decode("mac_roman")
        try:
            win = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            win = chr(b)
        if mac != win:
            table[ord(mac)] = win
    return table


_MAC_TO_WIN: dict | None = None


def macroman_to_winansi(text: str) -> str:
    """Undo a Mac Roman reading of Windows-1252 bytes (per font: see ``ingest.pdf``)."""
    global _MAC_TO_WIN
    if _MAC_TO_WIN is None:
        _MAC_TO_WIN = _mac_to_win_table()
    return text.translate(_MAC_TO_WIN)
