"""Plan 3: Bạc Liêu / Hồng Dân, Word 'Save as Plain Text' look-alike: UTF-8 with BOM, CRLF, one
line per paragraph, table rows as tab-separated cells, auto-numbers exported as '1.<TAB>'."""
from pathlib import Path
import unicodedata
NAME = "bac-lieu_hong-dan_356-KH-UBND_2021_asean-wordtxt"
src = unicodedata.normalize("NFC", (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8"))
lines = src.rstrip("\n").split("\n")
Path(f"/work/unseen6a/{NAME}.txt").write_bytes(("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8"))
print("wrote", NAME, len(lines), "lines")
