"""Plan 3: UBND huyện Sóc Sơn (Hà Nội) 58/KH-UBND (2020) as an old district portal page (ASP-era): the whole page is
nested <table>s (banner / menu / left menu | content | right links / footer), typography by <font face size color>,
no CSS classes. The plan sits in the centre layout cell: the header block is a nested 2-column table, the body is
one <font> run per paragraph separated by <br> with &nbsp; indents, headings in <b>, the signature a nested table.
As the old editor did, every non-ASCII character of the plan text is stored as a decimal character reference
(&#7901; ...); the portal chrome is plain UTF-8. A 'Các tin khác' box lists unrelated documents after the plan."""
from pathlib import Path
HERE = Path(__file__).parent
NAME = "ha-noi_soc-son_58-KH-UBND_2020_asean-fonttable"
lines = (HERE / f"{NAME}.source.txt").read_text(encoding="utf-8").splitlines()
def ent(s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in s)
hdr = [l.split(" || ") for l in lines if " || " in l]
body = [l for l in lines if " || " not in l and not l.startswith("@")]
sig = [l[1:] for l in lines if l.startswith("@")]
F = '<font face="Times New Roman" size="3" color="#000000">'
out = []
out.append(f'''<table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td width="45%" align="center" valign="top">{F}{ent(hdr[0][0])}<br><b>{ent(hdr[1][0])}</b><br>--------<br>{ent(hdr[2][0])}</font></td>
  <td width="55%" align="center" valign="top">{F}<b>{ent(hdr[0][1])}</b><br><b><u>{ent(hdr[1][1])}</u></b><br><br><i>{ent(hdr[2][1])}</i></font></td></tr>
</table><br>''')
for l in body:
    if l.startswith("#"):
        out.append(f'<div align="center">{F}<b>{ent(l[1:])}</b></font></div>')
    elif l.startswith("*"):
        out.append(f'&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{F}<b>{ent(l[1:])}</b></font><br>')
    else:
        out.append(f'&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{F}{ent(l)}</font><br>')
out.append(f'''<br><table width="100%" border="0" cellspacing="0" cellpadding="2">
 <tr><td width="50%" valign="top"><font face="Times New Roman" size="2"><b><i>{ent("Nơi nhận:")}</i></b><br>
 {"<br>".join(ent(x) for x in ["- Sở Thông tin và Truyền thông Hà Nội;", "- TT Huyện ủy, TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;", "- Các cơ quan, đơn vị thuộc huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT."])}</font></td>
  <td width="50%" align="center" valign="top">{F}<b>{"<br>".join(ent(x) for x in sig[:-1])}</b><br><br><br><br><b>{ent(sig[-1])}</b></font></td></tr>
</table>''')
plan_html = "\n".join(out)
menu = " | ".join(f'<a href="/{u}.asp"><font face="Arial" size="2" color="#FFFFFF"><b>{t}</b></font></a>' for u, t in
  [("default", "TRANG CHỦ"), ("gioithieu", "GIỚI THIỆU"), ("tintuc", "TIN TỨC - SỰ KIỆN"), ("vanban", "VĂN BẢN"), ("tthc", "THỦ TỤC HÀNH CHÍNH"), ("lienhe", "LIÊN HỆ")])
left = "".join(f'<tr><td height="24" background="/images/bullet_bg.gif">&nbsp;<img src="/images/arrow.gif">&nbsp;<a href="/{u}.asp"><font face="Arial" size="2" color="#003399">{t}</font></a></td></tr>\n'
  for u, t in [("vanban.asp?loai=1", "Văn bản chỉ đạo điều hành"), ("vanban.asp?loai=2", "Văn bản quy phạm pháp luật"), ("lichct", "Lịch công tác"),
               ("hoidap", "Hỏi đáp trực tuyến"), ("quyhoach", "Quy hoạch - Kế hoạch"), ("dvc", "Dịch vụ công trực tuyến")])
others = "".join(f'<tr><td><img src="/images/dot.gif">&nbsp;<a href="/vanban_ct.asp?id={i}"><font face="Arial" size="2" color="#003399">{t}</font></a> <font face="Arial" size="1" color="#999999">({d})</font></td></tr>\n'
  for i, t, d in [(1187, "Kế hoạch số 57/KH-UBND về triển khai các biện pháp phòng, chống dịch bệnh COVID-19 trên địa bàn huyện", "11/03/2020"),
                  (1179, "Kế hoạch tổ chức các hoạt động kỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam", "20/01/2020"),
                  (1175, "Thông báo lịch tiếp công dân của Chủ tịch UBND huyện tháng 3/2020", "02/03/2020")])
page = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Cổng giao tiếp điện tử huyện Sóc Sơn - Văn bản chỉ đạo điều hành</title>
<script language="javascript" src="/js/menu.js"></script>
</head>
<body bgcolor="#E8EEF7" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
 <tr><td colspan="3"><img src="/images/banner_socson.jpg" width="980" height="140" alt="UBND HUYỆN SÓC SƠN - THÀNH PHỐ HÀ NỘI"></td></tr>
 <tr><td colspan="3" bgcolor="#0B4EA2" height="28" align="center">{menu}</td></tr>
 <tr>
  <td width="190" valign="top" bgcolor="#F2F6FC">
   <table width="100%" border="0" cellspacing="0" cellpadding="0">
    <tr><td bgcolor="#C00000" height="26">&nbsp;<font face="Arial" size="2" color="#FFFFFF"><b>VĂN BẢN</b></font></td></tr>
{left}   </table>
  </td>
  <td width="600" valign="top">
   <table width="100%" border="0" cellspacing="0" cellpadding="6">
    <tr><td><font face="Arial" size="1" color="#666666">Trang chủ &raquo; Văn bản &raquo; Văn bản chỉ đạo điều hành</font></td></tr>
    <tr><td><font face="Arial" size="3" color="#0B4EA2"><b>Kế hoạch tuyên truyền Năm Chủ tịch ASEAN 2020 trên địa bàn huyện Sóc Sơn</b></font><br>
        <font face="Arial" size="1" color="#999999">Cập nhật: 16/03/2020 08:42 &nbsp;|&nbsp; Lượt xem: 1.246</font></td></tr>
    <tr><td>
     <table width="100%" border="0" cellspacing="0" cellpadding="8" bgcolor="#FFFFFF">
      <tr><td align="justify">
{plan_html}
      </td></tr>
     </table>
    </td></tr>
    <tr><td align="right"><a href="javascript:window.print()"><font face="Arial" size="1">In trang</font></a> | <a href="/guimail.asp?id=1190"><font face="Arial" size="1">Gửi email</font></a> | <a href="/files/58-KH-UBND.doc"><font face="Arial" size="1">Tải văn bản (.doc)</font></a></td></tr>
    <tr><td>
     <table width="100%" border="0" cellspacing="0" cellpadding="3">
      <tr><td bgcolor="#DDE6F4"><font face="Arial" size="2" color="#C00000"><b>Các tin khác</b></font></td></tr>
{others}     </table>
    </td></tr>
   </table>
  </td>
  <td width="190" valign="top" bgcolor="#F2F6FC">
   <table width="100%" border="0" cellspacing="0" cellpadding="3">
    <tr><td bgcolor="#C00000">&nbsp;<font face="Arial" size="2" color="#FFFFFF"><b>LIÊN KẾT WEBSITE</b></font></td></tr>
    <tr><td><select name="lk" onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="http://hanoi.gov.vn">Cổng GTĐT Hà Nội</option><option value="http://asean.vietnam.vn">Cổng thông tin ASEAN Việt Nam</option></select></td></tr>
    <tr><td bgcolor="#C00000">&nbsp;<font face="Arial" size="2" color="#FFFFFF"><b>THỐNG KÊ TRUY CẬP</b></font></td></tr>
    <tr><td><font face="Arial" size="2">Đang truy cập: 37<br>Tổng lượt truy cập: 2.418.905</font></td></tr>
   </table>
  </td>
 </tr>
 <tr><td colspan="3" bgcolor="#0B4EA2" align="center" height="60"><font face="Arial" size="1" color="#FFFFFF">CỔNG GIAO TIẾP ĐIỆN TỬ HUYỆN SÓC SƠN<br>Cơ quan chủ quản: Ủy ban nhân dân huyện Sóc Sơn - Thành phố Hà Nội<br>Địa chỉ: Số 1 đường Đa Phúc, thị trấn Sóc Sơn, huyện Sóc Sơn, Hà Nội</font></td></tr>
</table>
</body>
</html>
'''
(HERE.parent / f"{NAME}.html").write_text(page, encoding="utf-8"); print("wrote", NAME + ".html")
