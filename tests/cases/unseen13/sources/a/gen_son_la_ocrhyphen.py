"""Turn the Mộc Châu source text into a plain-text file as an OCR program exports a printed copy:
paragraphs (lines starting with '¶ ') re-wrapped at 68 columns with words hyphenated at line ends
(every break where at least two letters fit), other lines kept; a page break at the first block boundary after ~46 lines:
the page number of the finished page, a form feed, and the running header of the next page."""
from pathlib import Path
from common import STAGE
NAME = "son-la_moc-chau_165-KH-UBND_2019_asean-ocrhyphen"
W, PAGE = 68, 50
src = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8").splitlines()
out, n_elig = [], 0

def wrap(text, indent, hyph):
    global n_elig
    words, lines, cur = text.split(), [], indent
    i = 0
    while i < len(words):
        w = words[i]
        sep = "" if cur.strip() == "" else " "
        if len(cur) + len(sep) + len(w) <= W:
            cur += sep + w; i += 1; continue
        room = W + 2 - len(cur) - len(sep) - 1
        if hyph and len(w) >= 3 and room >= 2 and w.isalpha():
            n_elig += 1
            if True:
                k = min(room, len(w) - 1)
                lines.append(cur + sep + w[:k] + "-"); cur = ""; words[i] = w[k:]; continue
        lines.append(cur); cur = ""
    lines.append(cur)
    return lines

for ln in src:
    if ln.startswith("¶ "):
        out += wrap(ln[2:], "     " if not ln.startswith("¶ -") else "", True)
    elif len(ln) > W:
        out += wrap(ln, "", False)
    else:
        out.append(ln)
pages, page = [], []
import re
for j, ln in enumerate(out):
    starts_block = re.match(r"(\s{5}\S|- |\d+\. |[IV]+\. |$)", ln) is not None
    if len(page) >= PAGE - 4 and starts_block:
        pages.append(page); page = []
    page.append(ln)
pages.append(page)
txt = []
for i, pg in enumerate(pages, 1):
    if i > 1:
        txt += [f"Kế hoạch số 165/KH-UBND – Trang {i}", ""]
    txt += pg
    txt += ["", " " * 33 + str(i), "\f"]
(STAGE / f"{NAME}.txt").write_text("\n".join(txt).rstrip("\f\n") + "\n", encoding="utf-8")
print("wrote", NAME, len(pages), "pages", len(out), "lines")
