"""Trùng Khánh plan as the HTML that LibreOffice Writer writes with File > Save As > HTML (soffice 7.4
--convert-to html): header and signature as borderless <table>s, and every numbered heading a Writer
auto-numbered list item, exported as <ol type="I">/<ol>/<ol type="a"> with start="N" on continued lists.
No heading number is in the text; only the list markup carries it."""
import sys, subprocess, re, html
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE

NAME = "cao-bang_trung-khanh_156-KH-UBND_2023_asean-lohtml"
HERE = Path(__file__).parent
src = (HERE / f"{NAME}.source.txt").read_text(encoding="utf-8").strip().split("\n")
WORK = Path("/tmp/u12a_cb"); WORK.mkdir(exist_ok=True)
E = lambda s: html.escape(s, quote=False)
LV = lambda s: '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="%s"/></style:list-level-properties>' % s

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>KH 156 thong tin tuyen truyen ASEAN 2023-2025</dc:title></office:meta>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm" fo:text-align="justify" fo:text-indent="1cm"/><style:text-properties style:font-name="Times New Roman" fo:font-family="'Times New Roman'" fo:font-size="13pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="C" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0cm"/></style:style>
<style:style style:name="CB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="CI" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="H" style:family="paragraph" style:parent-style-name="Standard" style:list-style-name="LH"><style:paragraph-properties fo:text-indent="0cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="L" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:text-indent="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="Tb" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>
<style:style style:name="TbA" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>
<style:style style:name="TbB" style:family="table-column"><style:table-column-properties style:column-width="9.5cm"/></style:style>
<text:list-style style:name="LH">
<text:list-level-style-number text:level="1" style:num-format="I" style:num-suffix=".">""" + LV("0cm") + """</text:list-level-style-number>
<text:list-level-style-number text:level="2" style:num-format="1" style:num-suffix=".">""" + LV("0.6cm") + """</text:list-level-style-number>
<text:list-level-style-number text:level="3" style:num-format="a" style:num-suffix=".">""" + LV("1.2cm") + """</text:list-level-style-number>
</text:list-style>
</office:automatic-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"

def table(rows, sig=False):
    out = ['<table:table table:name="%s" table:style-name="Tb"><table:table-column table:style-name="TbA"/><table:table-column table:style-name="TbB"/><table:table-row>' % ("Ky" if sig else "Header")]
    for col in (0, 1):
        out.append('<table:table-cell office:value-type="string">')
        for i, r in enumerate(rows):
            t = r[col].strip()
            if not t:
                continue
            if sig:
                st = ("CB" if i == 0 else "L") if col == 0 else "CB"
            else:
                st = "CB" if i < 2 and not (col == 0 and i == 0) else ("C" if col == 0 else ("CI" if i == 2 else "C"))
            out.append('<text:p text:style-name="%s">%s</text:p>' % (st, E(t)))
        out.append('</table:table-cell>')
    out.append('</table:table-row></table:table>')
    return "".join(out)

body = []; hdr = []; sig = []; n = 0
for l in src:
    if "||" in l:
        (hdr if not body else sig).append(l.split("||")); continue
    if hdr and not body:
        body.append(table(hdr))
    if l.startswith("# "):
        body.append('<text:p text:style-name="CB">%s</text:p>' % E(l[2:]))
    elif l.startswith("="):
        lab, txt = l[1:].split(" ", 1)
        lvl = 1 if re.fullmatch(r"[IVX]+\.", lab) else 2 if re.fullmatch(r"\d+\.", lab) else 3
        n += 1
        cont = ' text:continue-list="l%d"' % (n - 1) if n > 1 else ""
        inner = '<text:p text:style-name="H">%s</text:p>' % E(txt)
        for _ in range(lvl - 1):
            inner = '<text:list><text:list-item>%s</text:list-item></text:list>' % inner
        body.append('<text:list xml:id="l%d"%s text:style-name="LH"><text:list-item>%s</text:list-item></text:list>' % (n, cont, inner))
    else:
        body.append('<text:p text:style-name="Standard">%s</text:p>' % E(l))
body.append(table(sig, sig=True))
f = WORK / f"{NAME}.fodt"
f.write_text(HEAD + "\n".join(body) + TAIL, encoding="utf-8")
subprocess.run(["soffice", "--headless", "--convert-to", "html", "--outdir", str(WORK), str(f)], check=True, capture_output=True)
(STAGE / f"{NAME}.html").write_bytes((WORK / f"{NAME}.html").read_bytes())
print("wrote", NAME)
