"""Plan 4 - UBND xã Lợi Thuận (huyện Bến Cầu, Tây Ninh; a border commune), ASEAN 2019-2020 (a 2020 plan), as the
commune's page on its portal: site banner, menu, breadcrumb, article title, posting line, the plan's text pasted
into the CMS editor (header as a small borderless table, <p> paragraphs, bold headings, `(Đã ký)` in the
signature), an attachment link, a 'Tin cùng chuyên mục' sidebar and the site footer.
Roles are the commune's own: the radio station, civil servants by position (`Công chức Văn hóa - Xã hội`),
Ban Nhân dân các ấp, and a border-guard post asked with `Đề nghị`.
Writes ../NAME.html and NAME.extracted.txt (lxml text of the delivered page)."""
import sys, html
sys.path.insert(0, '.')
from common import STAGE, extract_html

NAME = 'tay-ninh_ben-cau_23-KH-UBND_2020_asean-xaportal'

def P(t, style=''):
    st = f' style="{style}"' if style else ''
    return f'<p{st}>{html.escape(t, quote=False)}</p>'
def H(t):
    return f'<p><strong>{html.escape(t, quote=False)}</strong></p>'

BODY = [
 P("Thực hiện Kế hoạch số 36/KH-UBND ngày 26/02/2020 của UBND huyện Bến Cầu về tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện;"),
 P("Ủy ban nhân dân xã Lợi Thuận xây dựng Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn xã, cụ thể như sau:"),
 H("I. MỤC ĐÍCH, YÊU CẦU"),
 P("- Tuyên truyền để cán bộ, đảng viên và Nhân dân trong xã, nhất là Nhân dân các ấp biên giới hiểu về Cộng đồng ASEAN, về Năm Chủ tịch ASEAN 2020 của Việt Nam; nâng cao ý thức giữ gìn an ninh trật tự khu vực biên giới, xây dựng đường biên giới Việt Nam - Campuchia hòa bình, hữu nghị."),
 P("- Việc tuyên truyền phải thiết thực, phù hợp với điều kiện của xã; bảo đảm các biện pháp phòng, chống dịch Covid-19 khi tổ chức các hoạt động tập trung đông người."),
 H("II. NỘI DUNG TUYÊN TRUYỀN"),
 P("- Những thông tin cơ bản về ASEAN, Cộng đồng ASEAN; đất nước, con người Campuchia và các nước ASEAN."),
 P("- Năm 2020 Việt Nam đảm nhận vai trò Chủ tịch ASEAN với chủ đề “Gắn kết và Chủ động thích ứng”; kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020)."),
 P("- Các quy định về quản lý khu vực biên giới, xuất nhập cảnh qua cửa khẩu; cơ hội giao thương qua Cửa khẩu quốc tế Mộc Bài."),
 H("III. NHIỆM VỤ CỤ THỂ"),
 H("1. Tuyên truyền trên hệ thống truyền thanh xã"),
 P("Đài Truyền thanh xã phối hợp với công chức Văn hóa - Xã hội biên tập, phát tin, bài về ASEAN trên hệ thống loa truyền thanh của xã ít nhất 02 lần/tháng; tiếp âm các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Tây Ninh, Đài Truyền thanh huyện."),
 H("2. Tuyên truyền trên Trang thông tin điện tử và mạng xã hội"),
 P("Công chức Văn phòng - Thống kê đăng tải tin, bài về ASEAN trên Trang thông tin điện tử xã; chia sẻ thông tin trên các nhóm Zalo của các ấp."),
 H("3. Tuyên truyền cổ động trực quan"),
 P("Công chức Văn hóa - Xã hội chủ trì, phối hợp với Ban Nhân dân các ấp treo băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020 tại trụ sở UBND xã và dọc Quốc lộ 22 (đường Xuyên Á) đoạn qua xã. Thời gian thực hiện: tháng 7/2020."),
 H("4. Tuyên truyền cho Nhân dân các ấp biên giới"),
 P("Đề nghị Đồn Biên phòng Cửa khẩu quốc tế Mộc Bài chủ trì, phối hợp với Công an xã, Ban Chỉ huy Quân sự xã tổ chức tuyên truyền tại các ấp biên giới về Cộng đồng ASEAN, quy chế quản lý biên giới Việt Nam - Campuchia, phòng, chống buôn lậu, xuất nhập cảnh trái phép. Thời gian thực hiện: từ tháng 4 đến tháng 9/2020."),
 H("5. Lồng ghép tuyên truyền trong sinh hoạt đoàn thể"),
 P("Đề nghị Ủy ban MTTQ Việt Nam xã và các đoàn thể chính trị - xã hội xã lồng ghép nội dung về ASEAN trong các buổi sinh hoạt chi hội, chi đoàn, tổ nhân dân tự quản; vận động hội viên, đoàn viên, nhất là thanh niên tìm hiểu về ASEAN."),
 H("6. Tuyên truyền trong trường học"),
 P("Đề nghị Trường Tiểu học Lợi Thuận, Trường Trung học cơ sở Lợi Thuận lồng ghép giới thiệu về ASEAN trong giờ chào cờ, hoạt động ngoại khóa của học sinh. Thời gian thực hiện: tháng 9 - 12/2020."),
 H("IV. KINH PHÍ"),
 P("Kinh phí thực hiện Kế hoạch được chi từ nguồn kinh phí sự nghiệp văn hóa - thông tin trong dự toán ngân sách xã năm 2020."),
 H("V. TỔ CHỨC THỰC HIỆN"),
 H("1. Công chức Văn hóa - Xã hội"),
 P("Tham mưu UBND xã triển khai, theo dõi, đôn đốc thực hiện Kế hoạch. Tổng hợp kết quả, báo cáo UBND huyện (qua Phòng Văn hóa và Thông tin huyện) trước ngày 20/11/2020."),
 H("2. Công chức Tài chính - Kế toán"),
 P("Tham mưu UBND xã bố trí kinh phí thực hiện Kế hoạch theo quy định."),
 H("3. Ban Nhân dân các ấp"),
 P("Phối hợp phổ biến nội dung tuyên truyền đến từng hộ dân trong các cuộc họp ấp; vận động Nhân dân chấp hành tốt quy định về khu vực biên giới."),
 P("Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn xã Lợi Thuận. Yêu cầu các bộ phận, đơn vị có liên quan triển khai thực hiện./."),
]

SIGN = """<table class="ky" style="width:100%;border:0"><tr>
<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br>- UBND huyện (b/c);<br>- Phòng VH&amp;TT huyện;<br>- TT Đảng ủy, TT HĐND xã;<br>- CT, PCT UBND xã;<br>- UBMTTQ và các đoàn thể xã;<br>- Đồn BP CKQT Mộc Bài;<br>- BND các ấp;<br>- Lưu: VT.</p></td>
<td style="width:50%;text-align:center;vertical-align:top"><p><strong>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</strong></p><p><em>(Đã ký)</em></p><p><strong>Nguyễn Thanh Sang</strong></p></td>
</tr></table>"""

HDR = """<table class="hdr" style="width:100%;border:0"><tr>
<td style="width:40%;text-align:center;vertical-align:top"><p><strong>ỦY BAN NHÂN DÂN<br>XÃ LỢI THUẬN</strong></p><p>Số: 23/KH-UBND</p></td>
<td style="width:60%;text-align:center;vertical-align:top"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong></p><p><em>Lợi Thuận, ngày 13 tháng 3 năm 2020</em></p></td>
</tr></table>
<p style="text-align:center"><strong>KẾ HOẠCH<br>Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn xã Lợi Thuận</strong></p>"""

PAGE = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn xã Lợi Thuận - Trang thông tin điện tử xã Lợi Thuận</title>
<link rel="stylesheet" href="/Style%20Library/portal/css/site.css">
<style>
body{{font-family:Arial,Helvetica,sans-serif;font-size:14px;margin:0;background:#f3f3f3}}
.banner{{background:#0b5aa2;color:#fff;padding:14px 24px;font-weight:bold}}
.banner small{{display:block;font-weight:normal}}
nav.menu{{background:#e8eef5;padding:6px 24px}} nav.menu a{{margin-right:18px;color:#0b5aa2;text-decoration:none}}
.wrap{{display:flex;max-width:1100px;margin:12px auto;gap:16px}}
article{{flex:3;background:#fff;padding:16px 22px}} aside{{flex:1;background:#fff;padding:12px}}
.breadcrumb{{font-size:12px;color:#666}} h1.news-title{{font-size:20px;color:#0b5aa2}}
.news-meta{{font-size:12px;color:#888;border-bottom:1px dotted #ccc;padding-bottom:6px}}
.news-content p{{text-align:justify;margin:6px 0;line-height:1.5}}
footer{{background:#0b5aa2;color:#dde;padding:12px 24px;font-size:12px}}
</style>
</head>
<body>
<div class="banner">TRANG THÔNG TIN ĐIỆN TỬ XÃ LỢI THUẬN<small>Huyện Bến Cầu - Tỉnh Tây Ninh</small></div>
<nav class="menu"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc">Tin tức - Sự kiện</a><a href="/van-ban">Văn bản chỉ đạo điều hành</a><a href="/tthc">Thủ tục hành chính</a><a href="/lien-he">Liên hệ</a></nav>
<div class="wrap">
<article>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/van-ban">Văn bản chỉ đạo điều hành</a> › Kế hoạch</div>
<h1 class="news-title">Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn xã Lợi Thuận</h1>
<div class="news-meta">Ngày đăng: 16/03/2020 08:45 | Người đăng: Văn phòng UBND xã | Lượt xem: 187</div>
<div class="news-content">
{HDR}
{chr(10).join(BODY)}
{SIGN}
</div>
<div class="attach"><p>Tập tin đính kèm: <a href="/Lists/VanBan/Attachments/412/KH%2023%20ASEAN%202020.pdf">KH 23 ASEAN 2020.pdf</a></p></div>
</article>
<aside>
<h3>Tin cùng chuyên mục</h3>
<ul>
<li><a href="/van-ban/412">Thông báo lịch tiếp công dân định kỳ tháng 3/2020</a></li>
<li><a href="/van-ban/409">Kế hoạch ra quân tổng vệ sinh môi trường, phòng, chống dịch bệnh năm 2020</a></li>
<li><a href="/van-ban/405">Thông báo tạm dừng các hoạt động tập trung đông người để phòng, chống dịch Covid-19</a></li>
<li><a href="/van-ban/398">Kế hoạch tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2020</a></li>
</ul>
</aside>
</div>
<footer>© Trang thông tin điện tử xã Lợi Thuận. Cơ quan chủ quản: Ủy ban nhân dân xã Lợi Thuận. Địa chỉ: ấp Thuận Tây, xã Lợi Thuận, huyện Bến Cầu, tỉnh Tây Ninh. Điện thoại: 0276.3876.214</footer>
</body>
</html>
"""

if __name__ == '__main__':
    out = f'{STAGE}/{NAME}.html'
    open(out, 'w', encoding='utf-8').write(PAGE)
    open(f'{NAME}.extracted.txt', 'w').write(extract_html(out))
    print('wrote', out)
