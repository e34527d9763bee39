"""Plan 4 (Huyện ủy Củ Chi, TP. Hồ Chí Minh): a Party committee's plan in the Party document form (motto 'ĐẢNG CỘNG
SẢN VIỆT NAM', '*' under the issuing body, 'Số 215-KH/HU', 'T/M BAN THƯỜNG VỤ'), as the HTML page of the district
Party committee's website (menu, breadcrumb, posting date, view counter, attachment, related posts, footer).
The document text is written here by hand; planparse is never used."""
import html

NAME = "ho-chi-minh_cu-chi_215-KH-HU_2023_asean-partyweb"
E = html.escape

def P(t, cls=None, style=None):
    a = (f' class="{cls}"' if cls else "") + (f' style="{style}"' if style else "")
    return f"<p{a}>{E(t, quote=False)}</p>"

def PB(t):
    return f'<p style="text-align:justify"><strong>{E(t, quote=False)}</strong></p>'

def PJ(t):
    return f'<p style="text-align:justify">&nbsp;&nbsp;&nbsp;&nbsp;{E(t, quote=False)}</p>'

body = []
body.append("""<table class="party-header" style="width:100%;border:none">
<tbody><tr>
<td style="width:42%;text-align:center;vertical-align:top">ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH<br><strong>HUYỆN ỦY CỦ CHI</strong><br>*<br>Số 215-KH/HU</td>
<td style="width:58%;text-align:center;vertical-align:top"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br><br><em>Củ Chi, ngày 17 tháng 3 năm 2023</em></td>
</tr></tbody></table>""")
body.append('<p style="text-align:center"><strong>KẾ HOẠCH</strong><br><strong>thông tin, tuyên truyền về ASEAN giai đoạn 2023 - 2025<br>trên địa bàn huyện Củ Chi</strong></p>')
body.append('<p style="text-align:center">-----</p>')
for t in [
    "- Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;",
    "- Thực hiện Kế hoạch số 154-KH/BTGTU ngày 10/01/2023 của Ban Tuyên giáo Thành ủy về thông tin, tuyên truyền về ASEAN năm 2023,",
    "Ban Thường vụ Huyện ủy xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2023 - 2025 trên địa bàn huyện như sau:",
]:
    body.append(PJ(t))
body.append(PB("I- MỤC ĐÍCH, YÊU CẦU"))
body.append(PJ("1. Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân huyện về Cộng đồng ASEAN, về phương châm \"Tư duy Cộng đồng, Hành động Cộng đồng\" và vai trò, đóng góp của Việt Nam trong ASEAN; qua đó củng cố niềm tin vào đường lối đối ngoại của Đảng."))
body.append(PJ("2. Công tác tuyên truyền phải bám sát sự lãnh đạo của cấp ủy, sự định hướng của Ban Tuyên giáo Thành ủy, gắn với nhiệm vụ chính trị của huyện; tăng cường phối hợp giữa các cơ quan, đơn vị; kịp thời đấu tranh phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng và Nhà nước."))
body.append(PB("II- NỘI DUNG TUYÊN TRUYỀN"))
for t in [
    "- Chủ đề ASEAN theo từng năm; những thành tựu hợp tác trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và đóng góp của Việt Nam đối với ASEAN.",
    "- Những câu chuyện thực tiễn, nhân vật điển hình trong hợp tác, giao lưu với các nước ASEAN, nhất là của các doanh nghiệp trong Khu công nghiệp Tây Bắc Củ Chi, Khu công nghiệp Tân Phú Trung.",
    "- Cơ hội từ kinh tế số, chuyển đổi số, thương mại điện tử và dịch chuyển lao động trong ASEAN đối với người lao động, hợp tác xã và doanh nghiệp của huyện.",
    "- Tiềm năng, thế mạnh của huyện Củ Chi: Khu di tích lịch sử Địa đạo Củ Chi, nông nghiệp công nghệ cao, du lịch sinh thái.",
]:
    body.append(PJ(t))
body.append(PB("III- HÌNH THỨC, BIỆN PHÁP TUYÊN TRUYỀN"))
for head, text in [
    ("1. Tuyên truyền miệng",
     "Ban Tuyên giáo Huyện ủy đưa nội dung về ASEAN vào hội nghị báo cáo viên định kỳ hằng quý; đội ngũ báo cáo viên, tuyên truyền viên cơ sở lồng ghép tuyên truyền trong các buổi sinh hoạt chi bộ, sinh hoạt khu phố, ấp."),
    ("2. Tuyên truyền trên hệ thống truyền thanh",
     "Đài Truyền thanh huyện phối hợp với Phòng Văn hóa và Thông tin huyện xây dựng chuyên mục \"Củ Chi hội nhập\", phát sóng trên hệ thống truyền thanh của huyện và các xã, thị trấn."),
    ("3. Tuyên truyền trên Trang thông tin điện tử và mạng xã hội",
     "Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Ban Tuyên giáo Huyện ủy đăng tải tin, bài về ASEAN trên Trang thông tin điện tử huyện, trang Fanpage \"Củ Chi ngày mới\" và các nhóm Zalo của khu phố, ấp."),
    ("4. Tuyên truyền trực quan",
     "Ủy ban nhân dân huyện chỉ đạo treo cờ ASEAN, pa nô, băng rôn tại trụ sở cơ quan và các tuyến đường chính nhân kỷ niệm Ngày thành lập ASEAN (08/8)."),
    ("5. Bồi dưỡng đội ngũ báo cáo viên, tuyên truyền viên",
     "Ban Tuyên giáo Huyện ủy phối hợp với Trung tâm Chính trị huyện tổ chức 01 lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN cho báo cáo viên, tuyên truyền viên cơ sở trong quý III/2023."),
    ("6. Cuộc thi tìm hiểu về ASEAN",
     "Huyện Đoàn chủ trì, phối hợp với Phòng Giáo dục và Đào tạo huyện tổ chức cuộc thi tìm hiểu về ASEAN trên nền tảng số cho đoàn viên, thanh niên, học sinh trung học cơ sở trong tháng 8/2024."),
    ("7. Quảng bá hình ảnh huyện Củ Chi",
     "Ủy ban nhân dân huyện giới thiệu tiềm năng, cơ hội đầu tư, du lịch của huyện đến du khách, nhà đầu tư các nước ASEAN thông qua Khu di tích lịch sử Địa đạo Củ Chi, các hội chợ, sự kiện văn hóa - du lịch của Thành phố."),
]:
    body.append(f'<p style="text-align:justify"><strong><em>{E(head, quote=False)}</em></strong></p>')
    body.append(PJ(text))
body.append(PB("IV- TỔ CHỨC THỰC HIỆN"))
for t in [
    "1. Ban Tuyên giáo Huyện ủy chủ trì, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; định hướng nội dung tuyên truyền cho Đài Truyền thanh huyện, Trang thông tin điện tử huyện; tổng hợp kết quả, báo cáo Ban Thường vụ Huyện ủy và Ban Tuyên giáo Thành ủy trước ngày 25/11 hằng năm.",
    "2. Ủy ban nhân dân huyện chỉ đạo Phòng Văn hóa và Thông tin huyện, Đài Truyền thanh huyện và Ủy ban nhân dân các xã, thị trấn triển khai các hình thức tuyên truyền nêu tại mục III Kế hoạch này; phối hợp với Ban Quản lý các Khu chế xuất và công nghiệp Thành phố thông tin đến doanh nghiệp về cơ hội hợp tác với các nước ASEAN.",
    "3. Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên; vận động hội viên tham gia cuộc thi tìm hiểu về ASEAN.",
    "4. Đảng ủy các xã, thị trấn; chi, đảng bộ cơ sở trực thuộc Huyện ủy căn cứ Kế hoạch, xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế; báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày 15/11 hằng năm.",
]:
    body.append(PJ(t))
body.append("""<table class="party-sign" style="width:100%;border:none">
<tbody><tr>
<td style="width:50%;vertical-align:top;font-size:11pt"><strong><u>Nơi nhận:</u></strong><br>- Ban Tuyên giáo Thành ủy,<br>- Thường trực Huyện ủy,<br>- Các ban xây dựng Đảng Huyện ủy,<br>- UBND huyện,<br>- UBMTTQ và các tổ chức CT-XH huyện,<br>- Các đảng ủy, chi bộ cơ sở,<br>- Lưu Văn phòng Huyện ủy.</td>
<td style="width:50%;text-align:center;vertical-align:top"><strong>T/M BAN THƯỜNG VỤ<br>PHÓ BÍ THƯ</strong><br><br><em>(đã ký)</em><br><br><strong>Nguyễn Hoàng Phúc</strong></td>
</tr></tbody></table>""")

page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2023 - 2025 trên địa bàn huyện Củ Chi - Đảng bộ huyện Củ Chi</title>
<link rel="stylesheet" href="/Portals/_default/skins/dangbo/css/style.css">
<script src="/Resources/Shared/scripts/jquery/jquery.min.js"></script>
</head>
<body>
<div id="top-banner"><a href="/"><img src="/Portals/0/banner-huyenuy-cuchi.png" alt="ĐẢNG BỘ HUYỆN CỦ CHI"></a>
<span class="site-name">ĐẢNG BỘ HUYỆN CỦ CHI - TRANG THÔNG TIN ĐIỆN TỬ</span></div>
<nav id="main-menu"><ul>
<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-hoat-dong">Tin hoạt động</a></li>
<li><a href="/xay-dung-dang">Xây dựng Đảng</a></li><li class="active"><a href="/van-ban">Văn bản</a></li>
<li><a href="/hoc-tap-va-lam-theo-bac">Học tập và làm theo Bác</a></li><li><a href="/lien-he">Liên hệ</a></li>
</ul></nav>
<div class="search-box"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></div>
<div id="breadcrumb"><a href="/">Trang chủ</a> &rsaquo; <a href="/van-ban">Văn bản</a> &rsaquo; <a href="/van-ban/van-ban-huyen-uy">Văn bản Huyện ủy</a></div>
<div id="content" class="row">
<div class="col-main">
<article class="news-detail">
<h1 class="news-title">Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2023 - 2025 trên địa bàn huyện Củ Chi</h1>
<div class="news-meta">Thứ Ba, 21/03/2023 - 09:15 &nbsp;|&nbsp; Lượt xem: 1.284 &nbsp;|&nbsp; <a href="javascript:window.print()">In bài viết</a></div>
<div class="news-body">
{chr(10).join(body)}
</div>
<div class="attachments"><strong>Tập tin đính kèm:</strong> <a href="/Portals/0/VanBan/2023/215-KH-HU.pdf">215-KH-HU.pdf</a> (312 KB)</div>
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
</article>
<div class="related"><h3>Các văn bản khác</h3><ul>
<li><a href="/van-ban/hd-12">Hướng dẫn tuyên truyền kỷ niệm 48 năm Ngày giải phóng miền Nam, thống nhất đất nước</a> <span class="date">(15/03/2023)</span></li>
<li><a href="/van-ban/kh-209">Kế hoạch tổ chức Hội nghị báo cáo viên quý I năm 2023</a> <span class="date">(02/03/2023)</span></li>
<li><a href="/van-ban/cv-531">Công văn về việc tuyên truyền kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh</a> <span class="date">(27/02/2023)</span></li>
</ul></div>
</div>
<aside class="col-side"><div class="box"><h3>Liên kết</h3><ul>
<li><a href="https://www.dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</a></li>
<li><a href="https://www.hcmcpv.org.vn">Đảng bộ Thành phố Hồ Chí Minh</a></li>
<li><a href="https://www.tuyengiao.vn">Tạp chí Tuyên giáo</a></li></ul></div>
<div class="box counter">Đang truy cập: 37 &nbsp; Tổng lượt truy cập: 2.416.905</div></aside>
</div>
<footer id="footer"><p>Cơ quan chủ quản: Ban Thường vụ Huyện ủy Củ Chi. Chịu trách nhiệm nội dung: Trưởng Ban Tuyên giáo Huyện ủy.</p>
<p>Địa chỉ: Khu phố 7, thị trấn Củ Chi, huyện Củ Chi, Thành phố Hồ Chí Minh. Điện thoại: (028) 3792 0112.</p>
<p>Ghi rõ nguồn "Đảng bộ huyện Củ Chi" khi phát hành lại thông tin từ website này.</p></footer>
</body>
</html>
"""
open(f"/work/unseen10a/{NAME}.html", "w", encoding="utf-8").write(page)
print("written", len(page))
