"""Build lai-chau_1532-KH-SVHTTDL_2019_asean-wordhtml.html: what Word writes for 'Save as Web Page'
(MsoNormal paragraphs, mso- styles, tab runs as <span style='mso-tab-count:N'>, auto-numbers as text inside
<span style='mso-list:Ignore'> wrapped in <![if !supportLists]>, SpellE proofing spans, windows-1252 charset with
numeric character references for Vietnamese letters outside the code page, source lines wrapped at ~76 columns).
Markup of the .source.txt: @HDR left || right (tabbed header line), @T/@S title lines, @P paragraph, @B bold
heading, @N <list> <num> <text> auto-numbered heading, @D '-' bulleted list item, @F label || value (tabbed field
line), @SIG left || right (tabbed closing line), @E empty paragraph; '*' bold, '_' italic prefixes inside cells."""
import os, re, html
HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "lai-chau_1532-KH-SVHTTDL_2019_asean-wordhtml"
src = open(os.path.join(HERE, NAME + ".source.txt"), encoding="utf-8").read().split("\n")

SPELL = {"Lai", "Châu", "Sìn", "Hồ", "Pu", "Ta", "Leng", "Zalo", "Fanpage", "clip", "video"}
def esc(t):
    t = html.escape(t, quote=False)
    # Word marks words its (English) proofing tool does not know
    return re.sub(r"\b(\w+)\b", lambda m: f"<span class=SpellE>{m.group(1)}</span>" if m.group(1) in SPELL else m.group(1), t)

def tab(n, width):
    return f"<span style='mso-tab-count:{n}'>" + "&nbsp;" * width + " </span>"

def cell(txt):
    b = i = False
    while txt[:1] in ("*", "_"):
        if txt[0] == "*": b = True
        else: i = True
        txt = txt[1:]
    s = esc(txt)
    if i: s = f"<i>{s}</i>"
    if b: s = f"<b>{s}</b>"
    return s, txt

LISTNUM = "<![if !supportLists]>{open}<span lang=VI style='mso-fareast-font-family:\"Times New Roman\"'><span style='mso-list:Ignore'>{num}<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>{close}<![endif]>"
lfo = {"l0": 1, "l1": 2, "l2": 3, "l3": 4}
body = []
for l in src:
    if not l.strip():
        continue
    tag, _, rest = l.partition(" ")
    if tag == "@E":
        body.append("<p class=MsoNormal style='text-align:justify'><span lang=VI><o:p>&nbsp;</o:p></span></p>")
    elif tag in ("@HDR", "@SIG"):
        a, b = [x.strip() for x in rest.split("||")]
        sa, ta = cell(a); sb, tb = cell(b)
        if tag == "@HDR":
            stops = "tab-stops:center 92.15pt center 340.2pt"
            line = tab(1, 16) + sa + (tab(1, 40 - len(ta)) + sb if tb else "")
            body.append(f"<p class=MsoNormal style='{stops}'><span lang=VI style='font-size:13.0pt;mso-bidi-font-size:14.0pt'>{line}<o:p></o:p></span></p>")
        else:
            stops = "tab-stops:center 340.2pt"
            line = sa + (tab(1 if len(ta) > 24 else 2, max(4, 56 - len(ta))) + sb if tb else "")
            size = "12.0pt" if ta.startswith("Nơi") else "11.0pt"
            body.append(f"<p class=MsoNormal style='{stops}'><span lang=VI style='font-size:{size}'>{line}<o:p></o:p></span></p>")
    elif tag == "@T":
        body.append(f"<p class=MsoNormal align=center style='text-align:center'><b><span lang=VI style='font-size:14.0pt'>{esc(rest)}<o:p></o:p></span></b></p>")
    elif tag == "@S":
        body.append(f"<p class=MsoNormal align=center style='text-align:center'><b><span lang=VI>{esc(rest)}<o:p></o:p></span></b></p>")
    elif tag == "@P":
        body.append(f"<p class=MsoNormal style='margin-top:6.0pt;text-align:justify;text-indent:35.45pt;line-height:115%'><span lang=VI>{esc(rest)}<o:p></o:p></span></p>")
    elif tag == "@B":
        body.append(f"<p class=MsoNormal style='margin-top:6.0pt;text-align:justify;text-indent:35.45pt'><b><span lang=VI>{esc(rest)}<o:p></o:p></span></b></p>")
    elif tag == "@N":
        lst, num, text = rest.split(" ", 2)
        pre = LISTNUM.format(open="<b>", close="</b>", num=num)
        body.append(f"<p class=MsoListParagraph style='margin-top:6.0pt;margin-right:0in;margin-bottom:0in;margin-left:0in;"
                    f"text-align:justify;text-indent:35.45pt;mso-list:{lst} level1 lfo{lfo[lst]}'>{pre}<b><span lang=VI>{esc(text)}<o:p></o:p></span></b></p>")
    elif tag == "@D":
        pre = LISTNUM.format(open="", close="", num="-")
        body.append(f"<p class=MsoListParagraph style='margin-top:3.0pt;margin-right:0in;margin-bottom:0in;margin-left:0in;"
                    f"text-align:justify;text-indent:35.45pt;mso-list:l3 level1 lfo4'>{pre}<span lang=VI>{esc(rest)}<o:p></o:p></span></p>")
    elif tag == "@F":
        a, b = [x.strip() for x in rest.split("||")]
        body.append(f"<p class=MsoNormal style='margin-top:3.0pt;text-align:justify;text-indent:35.45pt;tab-stops:184.25pt'>"
                    f"<i><span lang=VI>{esc(a)}</span></i><span lang=VI>{tab(1, 14)}{esc(b)}<o:p></o:p></span></p>")
    else:
        raise SystemExit("bad line: " + l)

HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-1252">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="KH%201532%20ASEAN_files/filelist.xml">
<title>UBND TỈNH LAI CHÂU</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>VP So VHTTDL</o:Author>
  <o:LastAuthor>Admin</o:LastAuthor>
  <o:Revision>4</o:Revision>
  <o:Created>2019-10-24T02:11:00Z</o:Created>
  <o:LastSaved>2019-10-25T08:47:00Z</o:LastSaved>
  <o:Pages>3</o:Pages>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0in;
	mso-pagination:widow-orphan;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:"Times New Roman";}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-unhide:no;
	mso-style-qformat:yes;
	margin-top:0in;
	margin-right:0in;
	margin-bottom:0in;
	margin-left:.5in;
	mso-add-space:auto;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}
span.SpellE
	{mso-style-name:"";
	mso-spl-e:yes;}
@page WordSection1
	{size:595.3pt 841.9pt;
	margin:56.7pt 42.5pt 56.7pt 85.05pt;
	mso-header-margin:35.45pt;
	mso-footer-margin:35.45pt;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:118424950;
	mso-list-type:hybrid;}
@list l0:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:0in;
	text-indent:35.45pt;}
@list l1
	{mso-list-id:604195571;
	mso-list-type:hybrid;}
@list l1:level1
	{mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:0in;
	text-indent:35.45pt;}
@list l2
	{mso-list-id:1320842113;
	mso-list-type:hybrid;}
@list l3
	{mso-list-id:1822231514;
	mso-list-type:hybrid;}
@list l3:level1
	{mso-level-number-format:bullet;
	mso-level-text:\\-;
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	text-indent:35.45pt;
	font-family:"Times New Roman",serif;}
-->
</style>
</head>

<body lang=EN-US style='tab-interval:.5in;word-wrap:break-word'>

<div class=WordSection1>

"""
TAIL = """
</div>

</body>

</html>
"""

def wrap(s, width=76):
    # Word wraps its HTML source at spaces (also inside tags); keep <![if ...]> tokens whole
    s = s.replace("<![if !supportLists]>", "<![if\x00!supportLists]>").replace('"Times New Roman"', '"Times\x00New\x00Roman"')
    out = []
    for para in s.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line); line = w
            else:
                line = w if not line else line + " " + w
        out.append(line)
    return "\n".join(out).replace("\x00", " ")

body_txt = "\n\n".join(body).encode("cp1252", errors="xmlcharrefreplace").decode("cp1252")
doc = HEAD + wrap(body_txt) + "\n" + TAIL
data = doc.replace("\n", "\r\n").encode("cp1252", errors="xmlcharrefreplace")
open(os.path.join("/work/unseen8b", NAME + ".html"), "wb").write(data)
print("wrote", NAME + ".html", len(data), "bytes")
