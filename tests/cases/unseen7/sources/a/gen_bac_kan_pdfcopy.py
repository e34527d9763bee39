"""Plan 3: Bắc Kạn city plan as text copied out of a PDF viewer: hard-wrapped ~90-char lines, header columns
interleaved on one line, running header on pages 2+, 'Trang N' page footers."""
import textwrap
from pathlib import Path
HERE = Path(__file__).parent
NAME = "bac-kan_168-KH-UBND_2019_asean-pdfcopy"
lines = (HERE / f"{NAME}.source.txt").read_text(encoding="utf-8").splitlines()
out = []
for l in lines:
    if " || " in l:
        a, b = l.split(" || ")
        out.append((a + " " + b).strip() if a else b)    # columns interleaved, single space like a viewer copy
    elif l in ("KẾ HOẠCH",):
        out.append(l)
    else:
        out += textwrap.wrap(l, width=90, break_long_words=False, break_on_hyphens=False) or [""]
RUN = "UBND thành phố Bắc Kạn - Kế hoạch số 168/KH-UBND ngày 08/10/2019"
PER = 37
pages = [out[i:i + PER] for i in range(0, len(out), PER)]
text = []
for n, pg in enumerate(pages, 1):
    if n > 1:
        text.append(RUN)
    text += pg
    if n > 1:
        text.append(f"Trang {n}")
doc = "\n".join(text) + "\n"
(HERE.parent / f"{NAME}.txt").write_text(doc, encoding="utf-8")
print(len(out), "lines", len(pages), "pages")
