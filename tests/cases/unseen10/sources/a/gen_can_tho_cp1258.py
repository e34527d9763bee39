"""Plan 2 (Cần Thơ): the plan as an old office system's plain-text export in Windows-1258 — Vietnamese tone marks
written as combining characters after the base letter (â/ê/ô/ơ/ư/ă/đ stay precomposed, as the code page has them),
CRLF line ends, no BOM. planparse is never used."""
import os, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "can-tho_412-KH-SCT_2020_asean-cp1258"
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
def to1258(s):
    out = []
    for ch in unicodedata.normalize("NFC", s):
        d = unicodedata.normalize("NFD", ch)
        tones = [m for m in d[1:] if m in TONES]
        rest = unicodedata.normalize("NFC", d[0] + "".join(m for m in d[1:] if m not in TONES))
        out.append(rest + "".join(tones))
    return "".join(out)
text = open(f"{HERE}/{NAME}.source.txt", encoding="utf-8").read()
raw = to1258(text).replace("\n", "\r\n").encode("cp1258")  # strict: fails on any unmappable char
open(f"/work/unseen10a/{NAME}.txt", "wb").write(raw)
back = unicodedata.normalize("NFC", raw.decode("cp1258")).replace("\r\n", "\n")
assert back == unicodedata.normalize("NFC", text), "round trip differs"
print("bytes", len(raw), "combining tone marks", sum(raw.count(b) for b in (b"\xcc", b"\xec", b"\xde", b"\xd2", b"\xf2")))
