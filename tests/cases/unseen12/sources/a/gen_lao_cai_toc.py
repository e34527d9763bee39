"""Lào Cai plan as a LibreOffice Writer PDF with a MỤC LỤC (table of contents) on page 1: every numbered
heading of levels 1-2 is listed with a dot leader and its page number before the body starts on page 2.
Built as flat ODT (FODT) -> soffice --convert-to pdf. Run twice: the first render finds the heading pages."""
import sys, subprocess, re, html
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE

NAME = "lao-cai_318-KH-STTTT_2022_asean-toc"
HERE = Path(__file__).parent
src = (HERE / f"{NAME}.source.txt").read_text(encoding="utf-8").strip().split("\n")
WORK = Path("/tmp/u12a_lc"); WORK.mkdir(exist_ok=True)
E = lambda s: html.escape(s, quote=False)

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>Ke hoach 318/KH-STTTT</dc:title><meta:initial-creator>TTBCXB</meta:initial-creator></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.1cm" fo:text-align="justify" fo:text-indent="1cm"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="13pt"/></style:style>
<style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/><style:text-properties fo:font-size="11pt"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="C" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0cm"/></style:style>
<style:style style:name="HC" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="12pt"/></style:style>
<style:style style:name="HCB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold"/></style:style>
<style:style style:name="HCI" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="13pt" fo:font-style="italic"/></style:style>
<style:style style:name="CB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="CI" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-style="italic"/></style:style>
<style:style style:name="H" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="L" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" fo:text-indent="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="11pt"/></style:style>
<style:style style:name="TOC1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-indent="0cm" fo:margin-left="0cm" fo:text-align="start" fo:margin-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="16cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-weight="bold" fo:font-size="12pt"/></style:style>
<style:style style:name="TOC2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-indent="0cm" fo:margin-left="0.8cm" fo:text-align="start" fo:margin-bottom="0.05cm"><style:tab-stops><style:tab-stop style:position="15.2cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="12pt"/></style:style>
<style:style style:name="BRK" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Tb" style:family="table"><style:table-properties style:width="16cm" table:align="center"/></style:style>
<style:style style:name="TbA" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>
<style:style style:name="TbB" style:family="table-column"><style:table-column-properties style:column-width="9.5cm"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="none" fo:padding="0.05cm"/></style:style>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="3cm" fo:margin-right="2cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.8cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"><style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current"/></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"

def table(rows, sig=False):
    out = ['<table:table table:name="T%d" table:style-name="Tb"><table:table-column table:style-name="TbA"/><table:table-column table:style-name="TbB"/><table:table-row>' % (2 if sig else 1)]
    for col in (0, 1):
        out.append('<table:table-cell table:style-name="Cell" office:value-type="string">')
        for i, r in enumerate(rows):
            t = r[col].strip()
            if not t:
                if sig and col == 1:
                    out.append('<text:p text:style-name="C"/>')
                continue
            if sig:
                st = "L" if col == 0 else "CB"
                if col == 0 and i == 0:
                    st = "L"; t_ = '<text:span text:style-name="B">%s</text:span>' % E(t)
            else:
                st = "HCB" if (i < 2) else ("HC" if col == 0 else "HCI")
                if col == 0 and i == 0:
                    st = "HC"
            out.append('<text:p text:style-name="%s">%s</text:p>' % (st, E(t)))
        out.append('</table:table-cell>')
    out.append('</table:table-row></table:table>')
    return "".join(out)

def build(pages):
    body = []; hdr = []; sig = []; mode = "hdr"; toc_i = 0
    heads = [l[1:] for l in src if l.startswith("*")]
    for l in src:
        if "||" in l:
            (hdr if mode == "hdr" else sig).append(l.split("||"))
            continue
        if hdr and mode == "hdr":
            body.append(table(hdr)); mode = "body"
        if l.startswith("## "):
            body.append('<text:p text:style-name="CB"/><text:p text:style-name="CB">%s</text:p><text:p text:style-name="C"/>' % E(l[3:]))
        elif l.startswith("# "):
            body.append('<text:p text:style-name="CB">%s</text:p>' % E(l[2:]))
        elif l == "@TOC":
            for h, p in zip(heads, pages):
                st = "TOC1" if re.match(r"[IVX]+\.", h) else "TOC2"
                body.append('<text:p text:style-name="%s">%s<text:tab/>%s</text:p>' % (st, E(h), p))
        elif l == "@PAGEBREAK":
            body.append('<text:p text:style-name="BRK"/>')
            brk = True
        elif l.startswith("*"):
            body.append('<text:p text:style-name="H">%s</text:p>' % E(l[1:]))
        else:
            if body and body[-1] == '<text:p text:style-name="BRK"/>':
                body[-1] = '<text:p text:style-name="BRK">%s</text:p>' % E(l)
            else:
                body.append('<text:p text:style-name="Standard">%s</text:p>' % E(l))
    body.append(table(sig, sig=True))
    f = WORK / f"{NAME}.fodt"
    f.write_text(HEAD + "\n".join(body) + TAIL, encoding="utf-8")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(WORK), str(f)], check=True, capture_output=True)
    return heads

heads = build(["0"] * 40)
pdf = WORK / f"{NAME}.pdf"
n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout).group(1))
pages = []; cur = 2
ptxt = [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), str(pdf), "-"], capture_output=True, text=True).stdout for i in range(1, n + 1)]
for h in heads:
    while cur <= n and h not in re.sub(r"\s+", " ", ptxt[cur - 1]):
        cur += 1
    pages.append(str(cur))
print(n, "pages; heading pages", pages)
build(pages)
(STAGE / f"{NAME}.pdf").write_bytes(pdf.read_bytes())
print("wrote", NAME)
