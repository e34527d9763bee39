"""Unicode <-> VNI-Windows (the legacy 8-bit "VNI" font encoding, shown through Windows-1252 glyphs).

The table is BUILT here from the VNI rules (base letter + one mark byte; i, y-nang, d-bar, o-horn, u-horn are single
bytes) and was checked by hand, cell by cell, against the VNI table in Dao Hai Lam's xvnkb keyboard
(github.com/lamdao/xvnkb, file vni.h: rows a/â/ă/e/ê/o/ô/ơ/u/ư/i/y/đ, each in the order
no tone, sắc, huyền, hỏi, ngã, nặng).  Bytes are given as Windows-1252 code points.
"""
import unicodedata

TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]   # none, sắc, huyền, hỏi, ngã, nặng

# mark bytes (lowercase forms; uppercase forms are the same letters in capitals in cp1252)
PLAIN = ["", "\xf9", "\xf8", "\xfb", "\xf5", "\xef"]            # ù ø û õ ï
CIRC = ["\xe2", "\xe1", "\xe0", "\xe5", "\xe3", "\xe4"]         # â á à å ã ä   (â ê ô)
BREVE = ["\xea", "\xe9", "\xe8", "\xfa", "\xfc", "\xeb"]        # ê é è ú ü ë   (ă)
I_ROW = ["i", "\xed", "\xec", "\xe6", "\xf3", "\xf2"]           # i í ì æ ó ò


def _table():
    t = {}
    def put(uni_base, tone_i, vni):
        ch = unicodedata.normalize("NFC", uni_base + TONES[tone_i])
        t[ch] = vni
        t[ch.upper()] = vni.upper() if ch.upper() != ch else vni
    for k in range(6):
        for b in "aeouy":
            put(b, k, b + PLAIN[k])
        put("a\u0302", k, "a" + CIRC[k]); put("e\u0302", k, "e" + CIRC[k]); put("o\u0302", k, "o" + CIRC[k])
        put("a\u0306", k, "a" + BREVE[k])
        put("o\u031b", k, "\xf4" + PLAIN[k])      # ơ = ô-glyph byte 0xF4
        put("u\u031b", k, "\xf6" + PLAIN[k])      # ư = ö-glyph byte 0xF6
        put("i", k, I_ROW[k])
    t["ỵ"] = "\xee"; t["Ỵ"] = "\xce"
    t["đ"] = "\xf1"; t["Đ"] = "\xd1"
    # plain ASCII letters stay themselves
    for c in list(t):
        if len(c) == 1 and ord(c) < 128:
            del t[c]
    return t


TABLE = _table()
assert TABLE["ế"] == "e\xe1" and TABLE["Ữ"] == "\xd6\xd5" and TABLE["ặ"] == "a\xeb" and TABLE["Ỉ"] == "\xc6"
assert TABLE["ỡ"] == "\xf4\xf5" and TABLE["Ố"] == "O\xc1" and TABLE["ẳ"] == "a\xfa" and TABLE["ỵ"] == "\xee"
assert len(TABLE) == 134, len(TABLE)


def to_vni(text):
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in TABLE:
            out.append(TABLE[ch])
        elif ord(ch) < 128:
            out.append(ch)
        else:
            raise ValueError(f"no VNI code for {ch!r}")
    return "".join(out).encode("cp1252")


def from_vni(data):
    """Inverse, longest match first (for checking the round trip only)."""
    s = data.decode("cp1252")
    inv = sorted(((v, k) for k, v in TABLE.items()), key=lambda kv: -len(kv[0]))
    out, i = [], 0
    while i < len(s):
        for v, k in inv:
            if s.startswith(v, i):
                out.append(k); i += len(v); break
        else:
            out.append(s[i]); i += 1
    return "".join(out)
