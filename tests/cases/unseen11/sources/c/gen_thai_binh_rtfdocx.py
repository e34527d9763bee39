"""Plan 1: hand-written RTF as an old office suite would save it (direct formatting only: no styles,
numbering typed as text with a tab after the label, header and signature aligned with tab stops,
\\line soft breaks), converted to DOCX with LibreOffice. Never uses planparse."""
import subprocess, shutil, tempfile
from pathlib import Path
HERE = Path(__file__).parent
NAME = "thai-binh_137-KH-UBND_2019_asean-rtfdocx"
OUT = Path("/work/unseen11c")

def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch in "\\{}":
            out.append("\\" + ch)
        elif ch == "\t":
            out.append("\\tab ")
        elif o < 128:
            out.append(ch)
        else:
            v = o if o < 32768 else o - 65536
            out.append("\\u%d?" % v)
    return "".join(out).replace("//", "\\line ")

lines = (HERE / f"{NAME}.source.txt").read_text(encoding="utf-8").splitlines()
rtf = [r"{\rtf1\ansi\ansicpg1252\deff0\uc1",
       r"{\fonttbl{\f0\froman\fcharset0 Times New Roman;}}",
       r"{\info{\title KH ASEAN 2019-2020}{\author VP UBND tinh}{\operator vanthu}}",
       r"\paperw11906\paperh16838\margl1701\margr1134\margt1134\margb1134\deftab720",
       r"\viewkind1\f0\fs28"]
for i, ln in enumerate(lines):
    code, *rest = ln.split("|")
    if code == "T":
        l, r = rest
        bl = r"\b " if i in (1, 2) else ""  # issuing body line bold
        br = r"\b " if i in (0, 1) else r"\i "
        rtf.append(r"\pard\plain\f0\fs26\tqc\tx1985\tqc\tx6521 \tab {%s%s}\tab {%s%s}\par" % (bl, esc(l), br, esc(r)))
        if i == 2:
            rtf.append(r"\pard\plain\f0\fs26\par")
    elif code == "C":
        rtf.append(r"\pard\plain\f0\fs28\qc\sb120\b %s\b0\par" % esc(rest[0]))
    elif code == "H":
        lab, title = rest
        rtf.append(r"\pard\plain\f0\fs28\qj\fi567\sb120\sa60\tx1134\b %s\tab %s\b0\par" % (esc(lab), esc(title)))
    elif code == "P":
        rtf.append(r"\pard\plain\f0\fs28\qj\fi567\sa60 %s\par" % esc(rest[0]))
    elif code == "S":
        l, r = rest
        if l == "Nơi nhận:":
            rtf.append(r"\pard\plain\f0\fs24\sb240\tqc\tx6521 {\b\i %s}\tab {\b %s}\par" % (esc(l), esc(r)))
        else:
            rr = (r"{\b %s}" % esc(r)) if r and not r.startswith("(") else (r"{\i %s}" % esc(r))
            rtf.append(r"\pard\plain\f0\fs22\tqc\tx6521 %s\tab %s\par" % (esc(l), rr))
rtf.append("}")
tmp = Path(tempfile.mkdtemp())
src = tmp / f"{NAME}.rtf"
src.write_text("\r\n".join(rtf), encoding="ascii")
shutil.copy(src, HERE / f"{NAME}.intermediate.rtf")
subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp), str(src)],
               check=True, capture_output=True)
shutil.copy(tmp / f"{NAME}.docx", OUT / f"{NAME}.docx")
print("wrote", OUT / f"{NAME}.docx")
