"""Plan 1: Sơn La Sở TTTT, DOCX whose section numbering lives in styles.xml (Heading 1/2 with
w:numPr in the style, paragraphs carry only w:pStyle); number and date inside content controls."""
import copy, re, sys
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from lxml import etree
sys.path.insert(0, str(Path(__file__).parent))
from common import N, STAGE, compact

NAME = "son-la_1876-KH-STTTT_2021_asean-stylenum"
MK = N((Path(__file__).parent / f"{NAME}.mk").read_text(encoding="utf-8"))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]

def font(run, size=13, bold=None, italic=None):
    run.font.name = "Times New Roman"; run.font.size = Pt(size)
    run._element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    if bold is not None: run.bold = bold
    if italic is not None: run.italic = italic

def el(xml):
    return etree.fromstring(f'<root xmlns:w="{W}">{xml}</root>')[0]

doc = Document()
compact(doc, size=13)
sec = doc.sections[0]; sec.left_margin = Cm(2.5); sec.right_margin = Cm(1.5); sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.5)
st = doc.styles["Normal"]; st.font.name = "Times New Roman"
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")

# --- numbering definition (abstractNum 7 + num 7), linked to the heading styles ---
numbering = doc.part.numbering_part.element
absn = el(f'''<w:abstractNum w:abstractNumId="40">
 <w:multiLevelType w:val="multilevel"/>
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:pStyle w:val="Heading1"/>
  <w:suff w:val="space"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
  <w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>
  <w:suff w:val="space"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/>
  <w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
</w:abstractNum>''')
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(absn)
else:
    numbering.append(absn)
numbering.append(el('<w:num w:numId="40"><w:abstractNumId w:val="40"/></w:num>'))

for sname, ilvl, italic in (("Heading 1", 0, False), ("Heading 2", 1, False)):
    s = doc.styles[sname]
    s.font.name = "Times New Roman"; s.font.size = Pt(13); s.font.bold = True
    s.font.italic = italic; s.font.color.rgb = RGBColor(0, 0, 0)
    s.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    s.element.rPr.rFonts.set(qn("w:hAnsi"), "Times New Roman")
    for t in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        s.element.rPr.rFonts.attrib.pop(qn(t), None)
    pPr = s.element.get_or_add_pPr()
    ilvl_xml = '<w:ilvl w:val="1"/>' if ilvl else ''
    numPr = el('<w:numPr>' + ilvl_xml + '<w:numId w:val="40"/></w:numPr>')
    # numPr must precede spacing/ind etc.: insert right after keepNext/keepLines/pageBreakBefore
    anchor = None
    for tag in ("w:pageBreakBefore", "w:keepLines", "w:keepNext", "w:pStyle"):
        anchor = pPr.find(qn(tag))
        if anchor is not None: break
    if anchor is not None: anchor.addnext(numPr)
    else: pPr.insert(0, numPr)
    s.paragraph_format.space_before = Pt(3); s.paragraph_format.space_after = Pt(3)
    s.paragraph_format.first_line_indent = Cm(1)

def sdt_run(text, alias, tag, sid, date=None):
    kind = (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="\'ngày\' d \'tháng\' M \'năm\' yyyy"/>'
            '<w:lid w:val="vi-VN"/><w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
            if date else '<w:text/>')
    return el(f'''<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="26"/></w:rPr>
<w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{sid}"/>{kind}</w:sdtPr>
<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="26"/>{"<w:i/>" if date else ""}</w:rPr>
<w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>''')

def no_borders(tbl, widths=(6.2, 9.8)):
    tbl.autofit = False
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = Cm(w)
    tblPr = tbl._tbl.tblPr
    tblPr.append(el('<w:tblBorders>' + ''.join(f'<w:{b} w:val="nil"/>' for b in
                    ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>'))

lines = [l for l in MK.split("\n") if l.strip()]
src = []
hdr_rows, sig_rows = [], []
h1 = 0; h2 = 0
sid = 501
i = 0
body = []
for line in lines:
    tag, _, rest = line.partition(" ") if line.startswith("@") else ("P", "", line)
    body.append((tag.lstrip("@"), rest))

def flush_hdr():
    if not hdr_rows: return
    tbl = doc.add_table(rows=len(hdr_rows), cols=2); no_borders(tbl)
    for r, (kind, l, rr) in enumerate(hdr_rows):
        for c, txt in enumerate((l, rr)):
            cell = tbl.cell(r, c); cell.width = Cm(6.5 if c == 0 else 9.5)
            p = cell.paragraphs[0]; p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            if kind == "HDRSDT":
                global sid
                m = re.match(r"(.*)\{(.*)\}(.*)", txt)
                pre, inner, post = m.groups()
                if pre: font(p.add_run(pre), 13, italic=(c == 1))
                if c == 0:
                    p._p.append(sdt_run(inner, "Số văn bản", "SoKyHieu", sid))
                else:
                    p._p.append(sdt_run(inner, "Ngày ban hành", "NgayBanHanh", sid, date="2021-09-22"))
                sid += 1
                if post: font(p.add_run(post), 13, italic=(c == 1))
            else:
                font(p.add_run(txt), 12 if (c == 0 and r == 0) else 13, bold=not (c == 0 and r == 0))
    hdr_rows.clear()

for tag, rest in body:
    if tag in ("HDR", "HDRSDT"):
        l, _, r = rest.partition(" | ")
        hdr_rows.append((tag, l, r))
        src.append(re.sub(r"[{}]", "", l) + "\t" + re.sub(r"[{}]", "", r))
        continue
    flush_hdr()
    if tag == "C":
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        font(p.add_run(rest), 14 if rest == "KẾ HOẠCH" else 13, bold=True); src.append(rest)
    elif tag == "H1":
        h1 += 1; h2 = 0
        doc.add_paragraph(rest, style="Heading 1")
        src.append(f"{ROMAN[h1-1]}. {rest}")
    elif tag == "H2":
        h2 += 1
        doc.add_paragraph(rest, style="Heading 2")
        src.append(f"{h2}. {rest}")
    elif tag == "SIG":
        l, _, r = rest.partition(" | ")
        sig_rows.append((l, r)); src.append(l + ("\t" + r if r.strip() else ""))
    else:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
        m = re.match(r"^(Đơn vị chủ trì:|Đơn vị phối hợp:|Thời gian:)(.*)$", rest)
        if m:
            font(p.add_run(m.group(1)), 13, italic=True); font(p.add_run(m.group(2)), 13)
        else:
            font(p.add_run(rest), 13)
        src.append(rest)

tbl = doc.add_table(rows=len(sig_rows), cols=2); no_borders(tbl)
for r, (l, rr) in enumerate(sig_rows):
    pl = tbl.cell(r, 0).paragraphs[0]; font(pl.add_run(l), 13 if r == 0 else 11, bold=(r == 0), italic=(r == 0))
    pr = tbl.cell(r, 1).paragraphs[0]; pr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(pr.add_run(rr), 13, bold=True)
    if r == len(sig_rows) - 2:
        pass

out = STAGE / f"{NAME}.docx"
doc.save(out)
(Path(__file__).parent / f"{NAME}.source.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
print("wrote", out)
