"""Plan 4: Tỉnh đoàn Bắc Giang plan as a page of a provincial document database: layout tables, <font> tags,
&nbsp; indents, <br> line breaks (windows-1252-era HTML style, served as UTF-8)."""
import html
from pathlib import Path
HERE = Path(__file__).parent
NAME = "bac-giang_45-KH-TDTN-TG_2022_asean-legaldb"
lines = (HERE / f"{NAME}.source.txt").read_text(encoding="utf-8").splitlines()
E = html.escape
IND = "&nbsp;" * 6
hdr = [l.split(" || ") for l in lines if " || " in l]
left = "<br>".join(f"<b>{E(a)}</b>" if i == 0 else E(a) for i, (a, b) in enumerate(hdr))
right = f"<b><u>{E(hdr[0][1])}</u></b><br>&nbsp;<br><i>{E(hdr[2][1])}</i>"
body, sig, title = [], [], []
for l in lines:
    if " || " in l:
        continue
    if l.startswith("#"):
        title.append(E(l[1:]))
    elif l.startswith("*"):
        body.append(f"{IND}<b>{E(l[1:])}</b>")
    elif l.startswith("@"):
        sig.append(E(l[1:]))
    else:
        body.append(IND + E(l))
BODY = "<br>\n".join(body)
page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Kế hoạch 45-KH/TĐTN-TG - Cơ sở dữ liệu văn bản tỉnh Bắc Giang</title>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td bgcolor="#9B1C1C" height="70"><font face="Arial" size="5" color="#FFFFFF">&nbsp;&nbsp;<b>CƠ SỞ DỮ LIỆU VĂN BẢN TỈNH BẮC GIANG</b></font></td></tr>
<tr><td bgcolor="#EFE4C8" height="24"><font face="Arial" size="2">&nbsp;&nbsp;<a href="/">Trang chủ</a> &nbsp;|&nbsp; <a href="/vbqppl">Văn bản QPPL</a> &nbsp;|&nbsp; <a href="/vbcd">Văn bản chỉ đạo điều hành</a> &nbsp;|&nbsp; <a href="/timkiem">Tìm kiếm nâng cao</a></font></td></tr>
<tr><td>
 <table width="100%" border="0" cellspacing="6" cellpadding="0">
 <tr>
  <td width="200" valign="top" bgcolor="#F7F3EA"><font face="Arial" size="2"><b>Loại văn bản</b><br>
   &nbsp;&nbsp;<a href="#">Quyết định</a><br>&nbsp;&nbsp;<a href="#">Kế hoạch</a><br>&nbsp;&nbsp;<a href="#">Chỉ thị</a><br>&nbsp;&nbsp;<a href="#">Công văn</a><br><br>
   <b>Cơ quan ban hành</b><br>&nbsp;&nbsp;<a href="#">UBND tỉnh</a><br>&nbsp;&nbsp;<a href="#">Các sở, ngành</a><br>&nbsp;&nbsp;<a href="#">Mặt trận, đoàn thể</a></font></td>
  <td valign="top">
   <table width="100%" border="1" cellspacing="0" cellpadding="3" bordercolor="#C8B98F">
    <tr><td width="160" bgcolor="#F7F3EA"><font face="Arial" size="2">Số ký hiệu</font></td><td><font face="Arial" size="2">45-KH/TĐTN-TG</font></td></tr>
    <tr><td bgcolor="#F7F3EA"><font face="Arial" size="2">Ngày ban hành</font></td><td><font face="Arial" size="2">22/04/2022</font></td></tr>
    <tr><td bgcolor="#F7F3EA"><font face="Arial" size="2">Loại văn bản</font></td><td><font face="Arial" size="2">Kế hoạch</font></td></tr>
    <tr><td bgcolor="#F7F3EA"><font face="Arial" size="2">Cơ quan ban hành</font></td><td><font face="Arial" size="2">Tỉnh đoàn Bắc Giang</font></td></tr>
    <tr><td bgcolor="#F7F3EA"><font face="Arial" size="2">Người ký</font></td><td><font face="Arial" size="2">{sig[2]}</font></td></tr>
    <tr><td bgcolor="#F7F3EA"><font face="Arial" size="2">Trích yếu</font></td><td><font face="Arial" size="2">{title[1]}</font></td></tr>
   </table>
   <br>
   <table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td width="42%" align="center" valign="top"><font face="Times New Roman" size="3">{left}</font></td>
        <td align="center" valign="top"><font face="Times New Roman" size="3">{right}</font></td></tr>
   </table>
   <p align="center"><font face="Times New Roman" size="4"><b>{title[0]}</b></font><br>
   <font face="Times New Roman" size="3"><b>{title[1]}</b></font><br>-----</p>
   <font face="Times New Roman" size="3">
{BODY}<br>
   </font>
   <table width="100%" border="0"><tr><td width="50%">&nbsp;</td><td align="center"><font face="Times New Roman" size="3"><b>{sig[0]}<br>{sig[1]}</b><br><br><i>(Đã ký)</i><br><br><b>{sig[2]}</b></font></td></tr></table>
   <p><font face="Arial" size="2"><img src="/images/doc.gif" border="0"> <a href="/files/2022/45-KH-TDTN-TG.pdf">Tải về văn bản (PDF)</a></font></p>
  </td>
 </tr>
 </table>
</td></tr>
<tr><td bgcolor="#9B1C1C" height="40" align="center"><font face="Arial" size="1" color="#FFFFFF">Cơ sở dữ liệu văn bản tỉnh Bắc Giang - Sở Tư pháp tỉnh Bắc Giang quản lý<br>Ghi rõ nguồn khi phát hành lại thông tin từ trang này</font></td></tr>
</table>
</body>
</html>
"""
(HERE.parent / f"{NAME}.html").write_text(page, encoding="utf-8")
print("ok")
