"""Build hai-duong_3612-KH-UBND_2019_asean-interleave.txt: the text a PDF viewer gives when one selects all and
copies a printed two-column official letter. Simulated (no PDF is made):
- header and signature tables: the two columns come out interleaved line by line (left, right, left, right …),
  because the viewer orders text runs by their baseline and the columns' baselines alternate;
- the body comes out as visual lines (hard wraps at ~80 characters of a 14 pt Times line), no indentation;
- page furniture: the page number "- N -" printed at the top centre of pages 2+ (about 40 lines per page).
Input: the logical text in NAME.source.txt (`A || B` = two columns of one table row, `#` title lines, `*` headings)."""
import textwrap
from pathlib import Path
from common import STAGE, N

NAME = "hai-duong_3612-KH-UBND_2019_asean-interleave"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

WIDTH, PAGE = 80, 40
lines = []
for raw in N(SRC).splitlines():
    if "||" in raw:                              # a two-column table row: interleave
        left, right = [c.strip() for c in raw.split("||")]
        if left:
            lines.append(left)
        if right:
            lines.append(right)
    elif raw.startswith("#"):
        lines.append(raw[1:])                     # centred title line: one visual line
    elif raw.startswith("*"):                     # bold heading: wraps like any paragraph
        lines += textwrap.wrap(raw[1:], WIDTH, break_long_words=False, break_on_hyphens=False)
    else:
        lines += textwrap.wrap(raw, WIDTH, break_long_words=False, break_on_hyphens=False)

out, n, page = [], 0, 1
for ln in lines:
    if n == PAGE:
        page += 1
        out.append(f"- {page} -")
        n = 0
    out.append(ln)
    n += 1
(STAGE / f"{NAME}.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
print("wrote", NAME, len(out), "lines,", page, "pages")
