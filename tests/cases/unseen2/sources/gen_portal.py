"""Doc 4: a district portal page embedding the plan text (nav, menus, related-documents sidebar, footer)."""
import html, unicodedata
from pathlib import Path
HERE = Path(__file__).resolve().parent
N = lambda s: unicodedata.normalize("NFC", s)
rows = [l.split("|", 1) for l in (HERE / "doc4_huong_hoa.src").read_text(encoding="utf-8").splitlines() if l.strip()]
e = lambda s: html.escape(N(s))
body = []
for k, t in rows:
    if k == "T":
        body.append(f'<p style="text-align:center"><strong>{e(t)}</strong></p>')
    elif k == "B":
        body.append(f'<p><strong>{e(t)}</strong></p>')
    else:
        body.append(f'<p>{e(t)}</p>')
page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 trên địa bàn huyện Hướng Hóa - Cổng thông tin điện tử huyện Hướng Hóa</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/Portals/_default/skins/huonghoa/skin.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div id="top-bar"><span>Thứ Hai, 09/09/2019</span> | <a href="/dang-nhap">Đăng nhập</a> | <a href="/en">English</a></div>
<header id="banner"><img src="/images/banner-huonghoa.jpg" alt="Cổng thông tin điện tử huyện Hướng Hóa - tỉnh Quảng Trị"><h1 class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯỚNG HÓA</h1></header>
<nav id="mainmenu"><ul>
<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a><ul><li><a href="/tin-tuc/chinh-tri">Chính trị</a></li><li><a href="/tin-tuc/kinh-te">Kinh tế</a></li><li><a href="/tin-tuc/van-hoa-xa-hoi">Văn hóa - Xã hội</a></li><li><a href="/tin-tuc/quoc-phong-an-ninh">Quốc phòng - An ninh</a></li></ul></li>
<li class="active"><a href="/van-ban">Văn bản</a><ul><li><a href="/van-ban/chi-dao-dieu-hanh">Văn bản chỉ đạo điều hành</a></li><li><a href="/van-ban/quy-pham">Văn bản quy phạm pháp luật</a></li></ul></li>
<li><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li><li><a href="/lien-he">Liên hệ</a></li>
</ul></nav>
<div id="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a> &raquo; <span>Văn bản chỉ đạo điều hành</span></div>
<div id="wrapper">
<aside id="left">
<div class="box"><h3>DANH MỤC VĂN BẢN</h3><ul><li><a href="#">Quyết định</a></li><li><a href="#">Kế hoạch</a></li><li><a href="#">Công văn</a></li><li><a href="#">Thông báo</a></li><li><a href="#">Báo cáo</a></li></ul></div>
<div class="box"><h3>LIÊN KẾT WEBSITE</h3><ul><li><a href="https://quangtri.gov.vn">Cổng TTĐT tỉnh Quảng Trị</a></li><li><a href="https://asean.vietnam.vn">Cổng thông tin ASEAN Việt Nam</a></li></ul></div>
</aside>
<main id="content">
<h2 class="doc-title">Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 trên địa bàn huyện Hướng Hóa</h2>
<table class="doc-props">
<tr><th>Số ký hiệu</th><td>145/KH-UBND</td><th>Ngày ban hành</th><td>05/09/2019</td></tr>
<tr><th>Loại văn bản</th><td>Kế hoạch</td><th>Cơ quan ban hành</th><td>UBND huyện Hướng Hóa</td></tr>
<tr><th>Người ký</th><td>Lê Văn Tuấn</td><th>Lĩnh vực</th><td>Văn hóa - Thông tin</td></tr>
<tr><th>File đính kèm</th><td colspan="3"><a href="/uploads/vanban/2019/145-KH-UBND.pdf">145-KH-UBND.pdf</a> (312 KB)</td></tr>
</table>
<div class="doc-content">
<table class="header" style="width:100%">
<tr><td style="text-align:center">ỦY BAN NHÂN DÂN<br><strong>HUYỆN HƯỚNG HÓA</strong></td><td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong></td></tr>
<tr><td style="text-align:center">Số: 145/KH-UBND</td><td style="text-align:center"><em>Hướng Hóa, ngày 05 tháng 9 năm 2019</em></td></tr>
</table>
{chr(10).join(body)}
<table class="sign" style="width:100%"><tr>
<td style="vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>- UBND tỉnh Quảng Trị (b/c);<br>- Sở Thông tin và Truyền thông;<br>- TT Huyện ủy, TT HĐND huyện;<br>- CT, các PCT UBND huyện;<br>- Các cơ quan, đơn vị liên quan;<br>- UBND các xã, thị trấn;<br>- Lưu: VT, VH.</td>
<td style="text-align:center;vertical-align:top"><strong>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</strong><br><br><br><strong>Lê Văn Tuấn</strong></td>
</tr></table>
</div>
<div class="tools"><a href="javascript:window.print()">In trang</a> | <a href="/gui-email">Gửi email</a> | Lượt xem: 1.254</div>
</main>
<aside id="right">
<div class="box related"><h3>VĂN BẢN LIÊN QUAN</h3><ul>
<li><a href="/van-ban/3961-kh-ubnd">Kế hoạch số 3961/KH-UBND ngày 20/8/2019 của UBND tỉnh Quảng Trị về tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020</a></li>
<li><a href="/van-ban/98-kh-ubnd">Kế hoạch số 98/KH-UBND ngày 12/6/2019 về công tác thông tin đối ngoại năm 2019</a></li>
<li><a href="/van-ban/1520-ubnd-vh">Công văn số 1520/UBND-VH ngày 02/10/2020 về việc treo cờ, băng rôn chào mừng Hội nghị Cấp cao ASEAN lần thứ 37</a></li>
<li><a href="/van-ban/210-bc-ubnd">Báo cáo số 210/BC-UBND ngày 25/11/2019 kết quả tuyên truyền ASEAN năm 2019</a></li>
</ul></div>
<div class="box"><h3>TIN MỚI</h3><ul><li><a href="#">Hướng Hóa tổ chức Ngày hội văn hóa các dân tộc vùng biên giới</a></li><li><a href="#">Ra quân tổng vệ sinh môi trường thị trấn Khe Sanh</a></li></ul></div>
</aside>
</div>
<footer id="footer">
<p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN HƯỚNG HÓA</strong></p>
<p>Cơ quan chủ quản: Ủy ban nhân dân huyện Hướng Hóa, tỉnh Quảng Trị</p>
<p>Địa chỉ: 17 Hùng Vương, thị trấn Khe Sanh, huyện Hướng Hóa, tỉnh Quảng Trị - Điện thoại: 0233.3880.217</p>
<p>Chịu trách nhiệm chính: Chánh Văn phòng HĐND và UBND huyện. Ghi rõ nguồn "Cổng TTĐT huyện Hướng Hóa" khi phát hành lại thông tin từ website này.</p>
<p>&copy; 2019 Bản quyền thuộc UBND huyện Hướng Hóa</p>
</footer>
</body>
</html>
"""
(HERE.parent / "huong-hoa_145-KH-UBND_2019_asean-portal.html").write_text(page, encoding="utf-8")
txt = ["ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN HƯỚNG HÓA\tĐộc lập - Tự do - Hạnh phúc",
       "Số: 145/KH-UBND\tHướng Hóa, ngày 05 tháng 9 năm 2019"] + [N(t) for k, t in rows] + \
      ["Nơi nhận: (…)", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tuấn",
       "[Portal wrapper: menu, breadcrumb, metadata table, 'VĂN BẢN LIÊN QUAN' sidebar (3961/KH-UBND, 98/KH-UBND, 1520/UBND-VH, 210/BC-UBND), footer]"]
(HERE / "huong-hoa_145-KH-UBND_2019_asean-portal.source.txt").write_text("\n".join(txt) + "\n", encoding="utf-8")
print("ok")
