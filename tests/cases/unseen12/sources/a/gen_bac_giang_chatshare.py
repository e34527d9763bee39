"""Lục Ngạn plan as plain text shared from a phone messaging app (Zalo group): the sender's timestamped
line and replies around it, the header flattened to four lines, symbol bullets (▪ ➢ 👉 ⏰ ✔ 📌) in place of
'-' and '+', the signature block before 'Nơi nhận'. The source text IS the delivered text (UTF-8, NFC, LF)."""
import sys, unicodedata
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
NAME = "bac-giang_luc-ngan_147-KH-UBND_2019_asean-chatshare"
s = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
(STAGE / f"{NAME}.txt").write_text(unicodedata.normalize("NFC", s), encoding="utf-8")
print("wrote", NAME)
