"""Build phu-tho_lam-thao_son-vi_31-KH-UBND_2023_asean-lodocx.docx: a commune plan typed in LibreOffice Writer and
saved as .docx. We write a flat ODT (FODT) by hand — Times New Roman 14 pt, A4, header and signature as borderless
two-column tables with one row and several paragraphs per cell, typed labels (`a)` … `đ)` … `e)`, no list
numbering), justified body with first-line indent — and let LibreOffice convert it to DOCX
(`soffice --headless --convert-to docx`), so the delivered file is a genuine LibreOffice-written OOXML package.
Input: NAME.source.txt (`A || B` = header/signature rows, `#` centred title lines, `*` bold headings)."""
import subprocess, shutil, tempfile
from pathlib import Path
from xml.sax.saxutils import escape as E
from common import STAGE, N

NAME = "phu-tho_lam-thao_son-vi_31-KH-UBND_2023_asean-lodocx"
SRC = N((Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8"))
lines = SRC.splitlines()
head = lines[:3]
sig = [l for l in lines[3:] if "||" in l]
body = [l for l in lines[3:] if "||" not in l]

def P(style, text, span=None):
    t = E(text)
    if span:
        t = f'<text:span text:style-name="{span}">{t}</text:span>'
    return f'<text:p text:style-name="{style}">{t}</text:p>'

def cols(rows):
    L, R = [], []
    for r in rows:
        a, b = [c.strip() for c in r.split("||")]
        L.append(a); R.append(b)
    return L, R

# header: one row, three paragraphs per cell
L, R = cols(head)
hdr = ['<table:table table:name="Header" table:style-name="THead">',
       '<table:table-column table:style-name="THead.A"/><table:table-column table:style-name="THead.B"/>',
       '<table:table-row>',
       '<table:table-cell table:style-name="Cell" office:value-type="string">',
       P("HdrC13", L[0]), P("HdrC13", L[1], "B"), P("HdrRule", "_______"), P("HdrC13", L[2]),
       '</table:table-cell>',
       '<table:table-cell table:style-name="Cell" office:value-type="string">',
       P("HdrC12", R[0], "B"), P("HdrC14", R[1], "B"), P("HdrRule", "_______________________"), P("HdrC14", R[2], "I"),
       '</table:table-cell>', '</table:table-row>', '</table:table>']

out = []
for l in body:
    if l.startswith("#"):
        out.append(P("Title", l[1:]))
    elif l.startswith("*"):
        out.append(P("Head", l[1:]))
    else:
        out.append(P("Body", l))

L, R = cols(sig)
sg = ['<table:table table:name="Sign" table:style-name="TSign">',
      '<table:table-column table:style-name="TSign.A"/><table:table-column table:style-name="TSign.B"/>',
      '<table:table-row>', '<table:table-cell table:style-name="Cell" office:value-type="string">',
      P("Recip12", L[0], "BI")] + [P("Recip11", x) for x in L[1:] if x] + \
     ['</table:table-cell>', '<table:table-cell table:style-name="Cell" office:value-type="string">',
      P("SignC", R[0], "B"), P("SignC", R[1], "B"), P("SignC", ""), P("SignC", ""), P("SignC", ""), P("SignC", ""),
      P("SignC", [x for x in R if x][-1], "B"),
      '</table:table-cell>', '</table:table-row>', '</table:table>']

FODT = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:initial-creator>VH-XH Son Vi</meta:initial-creator><dc:creator>VH-XH Son Vi</dc:creator><meta:creation-date>2023-03-03T08:15:00</meta:creation-date><dc:date>2023-03-06T10:02:00</dc:date></office:meta>
<office:font-face-decls>
 <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman" style:font-pitch="variable"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:line-height="100%"/>
  <style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" fo:language="vi" fo:country="VN"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/></style:page-layout>
 <style:style style:name="THead" style:family="table"><style:table-properties style:width="16.5cm" table:align="margins"/></style:style>
 <style:style style:name="THead.A" style:family="table-column"><style:table-column-properties style:column-width="7.2cm"/></style:style>
 <style:style style:name="THead.B" style:family="table-column"><style:table-column-properties style:column-width="9.3cm"/></style:style>
 <style:style style:name="TSign" style:family="table"><style:table-properties style:width="16.5cm" table:align="margins" fo:margin-top="0.3cm"/></style:style>
 <style:style style:name="TSign.A" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
 <style:style style:name="TSign.B" style:family="table-column"><style:table-column-properties style:column-width="8.5cm"/></style:style>
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>
 <style:style style:name="HdrC13" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="13pt"/></style:style>
 <style:style style:name="HdrC12" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="HdrC14" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="14pt"/></style:style>
 <style:style style:name="HdrRule" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="8pt"/></style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Head" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-top="0.15cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-bottom="0.12cm"/></style:style>
 <style:style style:name="Recip12" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="12pt"/></style:style>
 <style:style style:name="Recip11" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="11pt"/></style:style>
 <style:style style:name="SignC" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
 <style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 <style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
 <style:style style:name="BI" style:family="text"><style:text-properties fo:font-weight="bold" fo:font-style="italic"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
{chr(10).join(hdr)}
{chr(10).join(out)}
{chr(10).join(sg)}
</office:text></office:body></office:document>
"""
with tempfile.TemporaryDirectory() as td:
    f = Path(td) / f"{NAME}.fodt"
    f.write_text(FODT, encoding="utf-8")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/profile", "--headless", "--convert-to",
                    "docx:MS Word 2007 XML", "--outdir", td, str(f)], check=True, capture_output=True)
    shutil.copy(Path(td) / f"{NAME}.docx", STAGE / f"{NAME}.docx")
    # keep the intermediate for the record
    shutil.copy(f, Path(__file__).parent / f"{NAME}.intermediate.fodt")
print("wrote", NAME + ".docx")
