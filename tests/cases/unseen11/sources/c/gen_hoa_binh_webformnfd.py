"""Plan 4: plain text as copied out of a web form (e-office 'nội dung văn bản' text area): decomposed Unicode (NFD),
non-breaking spaces after labels and in the date line, a few zero-width spaces, curly quotes, the header's two columns
flattened one after the other (left column first, then right). LF line endings. Never uses planparse."""
import unicodedata
from pathlib import Path
HERE = Path(__file__).parent
NAME = "hoa-binh_215-KH-SCT_2020_asean-webformnfd"
s = (HERE / f"{NAME}.source.txt").read_text(encoding="utf-8")
s = s.replace("{NB}", "\u00a0").replace("{ZW}", "\u200b")
s = unicodedata.normalize("NFD", s)
(Path("/work/unseen11c") / f"{NAME}.txt").write_text(s, encoding="utf-8")
print("wrote", NAME, "chars", len(s), "nbsp", s.count("\u00a0"), "zwsp", s.count("\u200b"),
      "combining", sum(1 for c in s if unicodedata.combining(c)))
