"""Build dak-nong_cu-jut_95-KH-UBND_2023_asean-email.txt: the clerk's email body.
The source holds one paragraph per line; the mail client hard-wraps every line at 72 columns
(mid-sentence, at spaces only; tabs kept as they are; continuation lines get no indent).
Lines containing a run of tabs (the flattened header / signature columns) are not wrapped."""
import os, textwrap
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "dak-nong_cu-jut_95-KH-UBND_2023_asean-email"
out = []
for line in open(os.path.join(HERE, NAME + ".source.txt"), encoding="utf-8").read().split("\n"):
    if "\t\t" in line or len(line) <= 72 or line.startswith("---"):
        out.append(line.rstrip(" ")); continue
    w = textwrap.TextWrapper(width=72, expand_tabs=False, replace_whitespace=False, break_long_words=False,
                             break_on_hyphens=False, drop_whitespace=True)
    out.extend(w.wrap(line))
open(os.path.join("/work/unseen8b", NAME + ".txt"), "w", encoding="utf-8", newline="\r\n").write("\n".join(out) + "\n")
print("wrote", NAME + ".txt", len(out), "lines")
