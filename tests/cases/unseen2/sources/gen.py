"""Generator for unseen plans E1-E3 (python-docx + direct XML; hand-written HTML)."""
import copy, html, textwrap, unicodedata
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
N = lambda s: unicodedata.normalize("NFC", s)

def read_src(name):
    rows = []
    for line in (HERE / name).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        k, t = line.split("|", 1)
        rows.append((k, N(t)))
    return rows

def base_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin = Cm(3), Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    return d

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    tblPr.append(parse_xml(
        '<w:tblBorders %s><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
        '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>' % nsdecls("w")))

def set_widths(t, widths):
    t.autofit = False
    for i, gc in enumerate(t._tbl.tblGrid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i].twips)))
    for tr in t._tbl.findall(qn("w:tr")):
        i = 0
        for tc in tr.findall(qn("w:tc")):
            span = tc.tcPr.find(qn("w:gridSpan")) if tc.tcPr is not None else None
            n = int(span.get(qn("w:val"))) if span is not None else 1
            w = sum(int(x.twips) for x in widths[i:i + n])
            tc.get_or_add_tcPr().get_or_add_tcW().set(qn("w:w"), str(w))
            tc.tcPr.tcW.set(qn("w:type"), "dxa")
            i += n

def cell_lines(cell, lines):
    """lines: list of (text, bold, italic, size, align)"""
    first = True
    for text, bold, ital, size, align in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.alignment = align
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(N(text))
        r.bold, r.italic = bold, ital
        r.font.size = Pt(size)

C = WD_ALIGN_PARAGRAPH.CENTER
L = WD_ALIGN_PARAGRAPH.LEFT
J = WD_ALIGN_PARAGRAPH.JUSTIFY

def header_table(d, left, right, num, date):
    t = d.add_table(rows=2, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), left)
    cell_lines(t.cell(0, 1), right)
    cell_lines(t.cell(1, 0), [(num, False, False, 13, C)])
    cell_lines(t.cell(1, 1), [(date, False, True, 14, C)])
    set_widths(t, [Cm(6.5), Cm(9.5)])

def signature_table(d, recipients, sign):
    t = d.add_table(rows=1, cols=2)
    no_borders(t)
    cell_lines(t.cell(0, 0), [("Nơi nhận:", True, True, 12, L)] + [(r, False, False, 11, L) for r in recipients])
    cell_lines(t.cell(0, 1), sign)
    set_widths(t, [Cm(8.0), Cm(8.0)])

def para(d, text, bold=False, align=J, indent=True):
    p = d.add_paragraph()
    p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.0)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = bold
    return p

def add_numbering(d):
    numbering = d.part.numbering_part.element
    absxml = (
        '<w:abstractNum %s w:abstractNumId="77"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%2."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%%3)"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
        '</w:abstractNum>' % nsdecls("w"))
    numbering.insert(0, parse_xml(absxml))
    numbering.append(parse_xml('<w:num %s w:numId="77"><w:abstractNumId w:val="77"/></w:num>' % nsdecls("w")))
    return 77

def numbered(d, text, ilvl, numid, bold):
    p = d.add_paragraph()
    p.alignment = J
    p.paragraph_format.space_after = Pt(2)
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml('<w:numPr %s><w:ilvl w:val="%d"/><w:numId w:val="%d"/></w:numPr>' % (nsdecls("w"), ilvl, numid)))
    r = p.add_run(text)
    r.bold = bold
    return p

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII"]
LET = "abcdđeghik"

def render_txt(header, rows, footer):
    """Plain-text rendering of what the document displays (auto-numbers spelled out)."""
    out = list(header)
    c = [0, 0, 0]
    for k, t in rows:
        if k == "H1":
            c = [c[0] + 1, 0, 0]; out.append(f"{ROMAN[c[0]-1]}. {t}")
        elif k == "H2":
            c[1] += 1; c[2] = 0; out.append(f"{c[1]}. {t}")
        elif k == "H3":
            c[2] += 1; out.append(f"{LET[c[2]-1]}) {t}")
        else:
            out.append(t)
    return "\n".join(out + footer) + "\n"

# ---------------------------------------------------------------- doc 1
def doc1():
    rows = read_src("doc1_ha_giang.src")
    d = base_doc()
    numid = add_numbering(d)
    left = [("ỦY BAN NHÂN DÂN", False, False, 13, C), ("TỈNH HÀ GIANG", True, False, 13, C)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, 13, C),
             ("Độc lập - Tự do - Hạnh phúc", True, False, 14, C)]
    header_table(d, left, right, "Số: 2315/KH-UBND", "Hà Giang, ngày 12 tháng 8 năm 2019")
    for k, t in rows:
        if k == "T":
            para(d, t, bold=True, align=C, indent=False)
        elif k == "P":
            para(d, t)
        else:
            numbered(d, t, {"H1": 0, "H2": 1, "H3": 2}[k], numid, k != "H3")
    rec = ["- Bộ Thông tin và Truyền thông;", "- Ban Chỉ đạo Thông tin tuyên truyền ASEAN;",
           "- TTr. Tỉnh ủy, TTr. HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
           "- Các sở, ban, ngành, đoàn thể tỉnh;", "- UBND các huyện, thành phố;",
           "- Báo Hà Giang, Đài PT-TH Hà Giang;", "- Lưu: VT, KGVX."]
    sign = [("TM. ỦY BAN NHÂN DÂN", True, False, 13, C), ("KT. CHỦ TỊCH", True, False, 13, C),
            ("PHÓ CHỦ TỊCH", True, False, 13, C), ("", False, False, 13, C), ("", False, False, 13, C),
            ("Trần Đức Quý", True, False, 14, C)]
    signature_table(d, rec, sign)
    d.save(OUT / "ha-giang_2315-KH-UBND_2019_asean.docx")
    hdr = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH HÀ GIANG\tĐộc lập - Tự do - Hạnh phúc",
           "Số: 2315/KH-UBND\tHà Giang, ngày 12 tháng 8 năm 2019"]
    ftr = ["Nơi nhận:"] + rec + ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Đức Quý"]
    (HERE / "ha-giang_2315-KH-UBND_2019_asean.source.txt").write_text(render_txt(hdr, rows, ftr), encoding="utf-8")

# ---------------------------------------------------------------- doc 2
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def set_cell(cell, text, bold=False, size=12, align=L):
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    if "{DEL:" in text:
        pre, rest = text.split("{DEL:", 1)
        deleted, rest = rest.split("}", 1)
        inserted = rest.split("{INS:", 1)[1].split("}", 1)[0]
        r = p.add_run(pre); r.font.size = Pt(size)
        rpr = '<w:rPr><w:sz w:val="%d"/></w:rPr>' % (size * 2)
        p._p.append(parse_xml(
            f'<w:del {W} w:id="901" w:author="Nguyễn Thị Lan" w:date="2021-10-15T08:30:00Z">'
            f'<w:r>{rpr}<w:delText>{deleted}</w:delText></w:r></w:del>'))
        p._p.append(parse_xml(
            f'<w:ins {W} w:id="902" w:author="Nguyễn Thị Lan" w:date="2021-10-15T08:31:00Z">'
            f'<w:r>{rpr}<w:t>{inserted}</w:t></w:r></w:ins>'))
        return None
    r = p.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    return r

def doc2():
    rows = read_src("doc2_quang_binh.src")
    annex = [l.split("\t") for l in (HERE / "doc2_annex.tsv").read_text(encoding="utf-8").splitlines() if l.strip()]
    annex = [[N(c) for c in r] for r in annex]
    d = base_doc()
    left = [("UBND TỈNH QUẢNG BÌNH", False, False, 13, C), ("SỞ VĂN HÓA, THỂ THAO", True, False, 13, C),
            ("VÀ DU LỊCH", True, False, 13, C)]
    right = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False, 13, C),
             ("Độc lập - Tự do - Hạnh phúc", True, False, 14, C)]
    header_table(d, left, right, "Số: 1462/KH-SVHTTDL", "Quảng Bình, ngày 18 tháng 10 năm 2021")
    for k, t in rows:
        if k == "T":
            para(d, t, bold=True, align=C, indent=False)
        elif k == "B":
            para(d, t, bold=True)
        else:
            para(d, t)
    rec = ["- UBND tỉnh (b/c);", "- Sở Thông tin và Truyền thông;", "- Giám đốc, các PGĐ Sở;",
           "- Các phòng, đơn vị thuộc Sở;", "- Phòng VH&TT các huyện, TX, TP;", "- Lưu: VT, VP."]
    sign = [("KT. GIÁM ĐỐC", True, False, 13, C), ("PHÓ GIÁM ĐỐC", True, False, 13, C),
            ("", False, False, 13, C), ("", False, False, 13, C), ("Hoàng Minh Đức", True, False, 14, C)]
    signature_table(d, rec, sign)
    # annex on a new page
    d.add_page_break()
    para(d, "Phụ lục: Phân công nhiệm vụ", bold=True, align=C, indent=False)
    para(d, "(Kèm theo Kế hoạch số 1462/KH-SVHTTDL ngày 18/10/2021 của Sở Văn hóa, Thể thao và Du lịch)",
         align=C, indent=False).runs[0].italic = True
    t = d.add_table(rows=1 + len(annex), cols=5)
    t.style = "Table Grid"
    heads = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
    for i, h in enumerate(heads):
        set_cell(t.cell(0, i), h, bold=True, align=C)
    # repeat header row
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {W}/>'))
    merges = []
    comment_run = None
    for ri, r in enumerate(annex, start=1):
        if r[0] == "G":
            c0 = t.cell(ri, 0).merge(t.cell(ri, 4))
            set_cell(c0, r[1], bold=True)
            continue
        set_cell(t.cell(ri, 0), r[0], align=C)
        run = set_cell(t.cell(ri, 1), r[1])
        if r[0] == "10":
            comment_run = run
        if r[2] == "^":
            merges.append(ri)
        else:
            set_cell(t.cell(ri, 2), r[2])
        set_cell(t.cell(ri, 3), r[3])
        set_cell(t.cell(ri, 4), r[4], align=C)
    for ri in merges:  # vertical merge lead cell with the row above
        t.cell(ri - 1, 2).merge(t.cell(ri, 2))
    set_widths(t, [Cm(1.2), Cm(6.6), Cm(3.2), Cm(3.2), Cm(2.3)])
    d.add_comment(comment_run, text="Đề nghị xem xét bổ sung tỉnh Savannakhet (Lào).",
                  author="Trần Văn Phúc", initials="TVP")
    d.save(OUT / "quang-binh_1462-KH-SVHTTDL_2021_asean-culture.docx")
    hdr = ["UBND TỈNH QUẢNG BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\tĐộc lập - Tự do - Hạnh phúc",
           "Số: 1462/KH-SVHTTDL\tQuảng Bình, ngày 18 tháng 10 năm 2021"]
    body = [t for k, t in rows]
    ftr = ["Nơi nhận:"] + rec + ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Hoàng Minh Đức", "",
           "Phụ lục: Phân công nhiệm vụ",
           "(Kèm theo Kế hoạch số 1462/KH-SVHTTDL ngày 18/10/2021 của Sở Văn hóa, Thể thao và Du lịch)",
           " | ".join(heads)]
    last_lead = ""
    for r in annex:
        if r[0] == "G":
            ftr.append(r[1]); continue
        lead = last_lead if r[2] == "^" else r[2]
        last_lead = lead
        tm = r[4].replace("{DEL:2023}", "[đã xóa: 2023]").replace("{INS:2025}", "2025")
        ftr.append(" | ".join([r[0], r[1], lead + (" (ô gộp dọc)" if r[2] == "^" else ""), r[3], tm]))
    ftr.append("[Ghi chú (comment) tại dòng 10, tác giả Trần Văn Phúc: Đề nghị xem xét bổ sung tỉnh Savannakhet (Lào).]")
    (HERE / "quang-binh_1462-KH-SVHTTDL_2021_asean-culture.source.txt").write_text(
        "\n".join(hdr + body + ftr) + "\n", encoding="utf-8")

# ---------------------------------------------------------------- doc 3 (Word "Web Page, Filtered")
SPAN = "<span lang=VI style='font-size:14.0pt;font-family:\"Times New Roman\",serif'>"

def wrap(s):
    # Word breaks long source lines at ~76 columns
    return "\n".join(textwrap.wrap(s, 76, break_long_words=False, break_on_hyphens=False))

def esc(s):
    return html.escape(s, quote=False).replace('"', "&quot;")

def hp(text, bold=False, align="justify", indent=True):
    t = esc(text)
    if bold:
        t = "<b>" + t + "</b>"
    style = f"text-align:{align};line-height:115%"
    if indent:
        style += ";text-indent:36.0pt"
    return wrap(f"<p class=MsoNormal style='{style}'>{SPAN}{t}<o:p></o:p></span></p>")

def doc3():
    rows = read_src("doc3_can_giuoc.src")
    head = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="Microsoft Word 15 (filtered)">
<title>KẾ HOẠCH</title>
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin-top:0cm;
	margin-right:0cm;
	margin-bottom:6.0pt;
	margin-left:0cm;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
p.MsoBodyText, li.MsoBodyText, div.MsoBodyText
	{mso-style-link:"Body Text Char";
	margin-bottom:6.0pt;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
.MsoChpDefault
	{font-size:10.0pt;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:56.7pt 42.55pt 56.7pt 85.05pt;}
div.WordSection1
	{page:WordSection1;}
-->
</style>

</head>

<body lang=EN-US style='word-wrap:break-word'>

<div class=WordSection1>
"""
    def cellp(t, bold=False, italic=False, size="13.0pt"):
        s = esc(t)
        if bold: s = "<b>" + s + "</b>"
        if italic: s = "<i>" + s + "</i>"
        return (f"  <p class=MsoNormal align=center style='margin-bottom:0cm;text-align:center'><span lang=VI\n"
                f"  style='font-size:{size};font-family:\"Times New Roman\",serif'>{s}<o:p></o:p></span></p>\n")
    tbl = ["<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=642\n style='width:481.5pt;border-collapse:collapse'>",
           " <tr>", "  <td width=246 valign=top style='width:184.5pt;padding:0cm 5.4pt 0cm 5.4pt'>",
           cellp("ỦY BAN NHÂN DÂN") + cellp("HUYỆN CẦN GIUỘC", bold=True) +
           "  <p class=MsoNormal align=center style='margin-bottom:0cm;text-align:center'><span lang=VI>&nbsp;</span></p>\n" +
           cellp("Số: 1287/KH-UBND"), "  </td>",
           "  <td width=396 valign=top style='width:297.0pt;padding:0cm 5.4pt 0cm 5.4pt'>",
           cellp("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True) + cellp("Độc lập - Tự do - Hạnh phúc", bold=True, size="14.0pt") +
           "  <p class=MsoNormal align=center style='margin-bottom:0cm;text-align:center'><span lang=VI>&nbsp;</span></p>\n" +
           cellp("Cần Giuộc, ngày 21 tháng 3 năm 2022", italic=True, size="14.0pt"), "  </td>", " </tr>", "</table>",
           "<p class=MsoNormal><span lang=VI>&nbsp;</span></p>"]
    body = []
    for k, t in rows:
        if k == "T":
            body.append(hp(t, bold=True, align="center", indent=False))
        elif k == "B":
            body.append(hp(t, bold=True))
        else:
            body.append(hp(t))
    rec = ["- Sở Thông tin và Truyền thông;", "- TT. Huyện ủy, TT. HĐND huyện;", "- CT, các PCT UBND huyện;",
           "- Các cơ quan, ban, ngành, đoàn thể huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT."]
    sig = ["<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=642 style='border-collapse:collapse'>",
           " <tr>", "  <td width=300 valign=top style='width:225.0pt;padding:0cm 5.4pt 0cm 5.4pt'>",
           "  <p class=MsoNormal style='margin-bottom:0cm'><b><i><span lang=VI style='font-size:12.0pt'>Nơi nhận:</span></i></b><span lang=VI style='font-size:12.0pt'><o:p></o:p></span></p>"]
    for r in rec:
        sig.append(f"  <p class=MsoNormal style='margin-bottom:0cm'><span lang=VI style='font-size:11.0pt'>{esc(r)}<o:p></o:p></span></p>")
    sig += ["  </td>", "  <td width=342 valign=top style='width:256.5pt;padding:0cm 5.4pt 0cm 5.4pt'>",
            cellp("TM. ỦY BAN NHÂN DÂN", bold=True) + cellp("KT. CHỦ TỊCH", bold=True) + cellp("PHÓ CHỦ TỊCH", bold=True) +
            "  <p class=MsoNormal align=center style='text-align:center'><span lang=VI>&nbsp;</span></p>\n"
            "  <p class=MsoNormal align=center style='text-align:center'><span lang=VI>&nbsp;</span></p>\n" +
            cellp("Đỗ Thanh Hùng", bold=True, size="14.0pt"), "  </td>", " </tr>", "</table>"]
    doc = head + "\n".join(tbl) + "\n\n" + "\n\n".join(body) + "\n\n<p class=MsoNormal><span lang=VI>&nbsp;</span></p>\n\n" + \
        "\n".join(sig) + "\n\n<p class=MsoNormal><span lang=VI>&nbsp;</span></p>\n\n</div>\n\n</body>\n\n</html>\n"
    (OUT / "can-giuoc_1287-KH-UBND_2022_asean.html").write_text(doc, encoding="utf-8")
    hdr = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN CẦN GIUỘC\tĐộc lập - Tự do - Hạnh phúc",
           "Số: 1287/KH-UBND\tCần Giuộc, ngày 21 tháng 3 năm 2022"]
    ftr = ["Nơi nhận:"] + rec + ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đỗ Thanh Hùng"]
    (HERE / "can-giuoc_1287-KH-UBND_2022_asean.source.txt").write_text(
        "\n".join(hdr + [t for k, t in rows] + ftr) + "\n", encoding="utf-8")

if __name__ == "__main__":
    doc1(); doc2(); doc3()
    print("done")
