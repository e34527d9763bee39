"""Plan 3 - UBND huyện Đắk Mil (Đắk Nông; a border district), ASEAN 2019-2020, as the document page of the district's
e-portal: banner, menu, breadcrumb, a 'Thông tin văn bản' metadata table (số ký hiệu, ngày ban hành, cơ quan ban hành,
người ký, trích yếu, tệp đính kèm), then 'Nội dung văn bản': the plan re-typed into the CMS with the header as two
floated <div> columns, Roman headings in <h3>, numbered tasks in <h4>, roles in running text, `(Đã ký)` in the
signature, and a related-documents list and footer.
Writes ../NAME.html and NAME.extracted.txt (lxml text of the delivered page)."""
import sys, html
sys.path.insert(0, '.')
from common import STAGE, extract_html

NAME = 'dak-nong_dak-mil_1874-KH-UBND_2019_asean-huyenportal'
e = lambda t: html.escape(t, quote=False)
def P(t): return f'<p>{e(t)}</p>'
def H3(t): return f'<h3>{e(t)}</h3>'
def H4(t): return f'<h4>{e(t)}</h4>'

BODY = [
 P("Thực hiện Kế hoạch số 612/KH-UBND ngày 04/10/2019 của UBND tỉnh Đắk Nông về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Đắk Nông;"),
 P("Ủy ban nhân dân huyện Đắk Mil ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện, như sau:"),
 H3("I. MỤC ĐÍCH, YÊU CẦU"),
 P("- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân trên địa bàn huyện, nhất là Nhân dân các xã biên giới về Cộng đồng ASEAN, về Năm Chủ tịch ASEAN 2020 của Việt Nam; tăng cường tình đoàn kết, hữu nghị giữa Nhân dân hai bên biên giới Việt Nam - Campuchia."),
 P("- Giúp doanh nghiệp, hợp tác xã và nông dân trồng cà phê, hồ tiêu của huyện nắm bắt được cơ hội để phát triển khi tham gia thị trường ASEAN."),
 P("- Việc tuyên truyền phải thường xuyên, có trọng tâm, trọng điểm; bảo đảm sự phối hợp giữa các cơ quan, đơn vị và UBND các xã, thị trấn."),
 H3("II. NỘI DUNG TUYÊN TRUYỀN"),
 P("- Vai trò, vị thế của ASEAN; các thành tựu của Cộng đồng ASEAN trên 3 trụ cột; đất nước, con người các nước ASEAN, nhất là Vương quốc Campuchia."),
 P("- Năm 2020 Việt Nam đảm nhận vai trò Chủ tịch ASEAN; kỷ niệm 25 năm Việt Nam gia nhập ASEAN."),
 P("- Cơ hội, thách thức đối với doanh nghiệp, hợp tác xã và người sản xuất nông nghiệp của huyện khi tham gia Cộng đồng Kinh tế ASEAN."),
 P("- Tiềm năng, thế mạnh của huyện Đắk Mil: cà phê, hồ tiêu, sầu riêng; du lịch sinh thái hồ Tây Đắk Mil; Cửa khẩu Đắk Per."),
 H3("III. HÌNH THỨC VÀ NHIỆM VỤ CỤ THỂ"),
 H4("1. Tuyên truyền trên sóng truyền thanh - truyền hình huyện"),
 P("Trung tâm Văn hóa - Thể thao - Truyền thanh huyện xây dựng chuyên mục “Đắk Mil hướng tới Cộng đồng ASEAN”, phát sóng 02 lần/tháng; tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh - Truyền hình Đắk Nông."),
 H4("2. Tuyên truyền trên Cổng thông tin điện tử và mạng xã hội"),
 P("Văn phòng HĐND và UBND huyện đăng tải tin, bài về ASEAN trên Cổng thông tin điện tử huyện; chia sẻ các tin, bài từ Ứng dụng và Fanpage “ASEAN và Việt Nam” trên các nhóm Zalo, Facebook của các cơ quan, đơn vị."),
 H4("3. Tuyên truyền cổ động trực quan"),
 P("Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với UBND thị trấn Đắk Mil, UBND xã Thuận An treo băng rôn, khẩu hiệu, pa nô chào mừng Năm Chủ tịch ASEAN 2020 tại trung tâm huyện và dọc Quốc lộ 14C đoạn qua khu vực biên giới. Thời gian thực hiện: tháng 01 - 02/2020."),
 H4("4. Tuyên truyền cho doanh nghiệp, hợp tác xã"),
 P("Phòng Kinh tế - Hạ tầng huyện chủ trì, phối hợp với Phòng Nông nghiệp và Phát triển nông thôn huyện tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử cho doanh nghiệp, hợp tác xã xuất khẩu cà phê, hồ tiêu. Thời gian thực hiện: quý II/2020."),
 H4("5. Tuyên truyền trong trường học"),
 P("Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường trung học cơ sở lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh. Thời gian thực hiện: năm học 2019 - 2020."),
 H4("6. Lồng ghép tuyên truyền trong sinh hoạt của các đoàn thể"),
 P("Đề nghị Ủy ban MTTQ Việt Nam huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện lồng ghép nội dung về ASEAN trong các buổi sinh hoạt chi hội, chi đoàn, các buổi nói chuyện chuyên đề cho đoàn viên, hội viên."),
 H4("7. Tuyên truyền cho Nhân dân khu vực biên giới"),
 P("Đề nghị Đồn Biên phòng Cửa khẩu Đắk Per chủ trì, phối hợp với UBND các xã Thuận An, Đắk Lao tuyên truyền cho Nhân dân khu vực biên giới về Cộng đồng ASEAN, quan hệ hữu nghị Việt Nam - Campuchia; đấu tranh, phản bác các thông tin sai trái, xuyên tạc, không để kẻ xấu lợi dụng kích động, lôi kéo Nhân dân."),
 H4("8. Quảng bá hình ảnh huyện Đắk Mil"),
 P("Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Phòng Kinh tế - Hạ tầng huyện biên soạn, in ấn 3.000 tờ gấp giới thiệu tiềm năng du lịch, sản phẩm cà phê, hồ tiêu và các dự án kêu gọi đầu tư của huyện; giới thiệu tại các hội chợ, triển lãm do tỉnh tổ chức. Thời gian thực hiện: năm 2020."),
 H3("IV. KINH PHÍ"),
 P("Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách huyện trong dự toán năm 2019, năm 2020 của Phòng Văn hóa và Thông tin huyện. Tổng kinh phí dự kiến: 45.000.000 đồng."),
 H3("V. TỔ CHỨC THỰC HIỆN"),
 H4("1. Phòng Văn hóa và Thông tin huyện"),
 P("Là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc việc triển khai Kế hoạch. Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 05/12/2019 và trước ngày 05/12/2020."),
 H4("2. Phòng Tài chính - Kế hoạch huyện"),
 P("Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo quy định."),
 H4("3. Các cơ quan, đơn vị được phân công nhiệm vụ"),
 P("Chủ động triển khai các nhiệm vụ được giao tại mục III. Báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 25/11 hằng năm."),
 H4("4. UBND các xã, thị trấn"),
 P("Căn cứ Kế hoạch này tổ chức tuyên truyền về ASEAN trên hệ thống truyền thanh cơ sở và trong các cuộc họp thôn, bon, tổ dân phố."),
 P("Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Đắk Mil. Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./."),
]

HDR = """<div class="vb-header" style="overflow:hidden">
<div style="float:left;width:42%;text-align:center"><p><strong>ỦY BAN NHÂN DÂN<br>HUYỆN ĐẮK MIL</strong></p><p>Số: 1874/KH-UBND</p></div>
<div style="float:right;width:58%;text-align:center"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong></p><p><em>Đắk Mil, ngày 15 tháng 10 năm 2019</em></p></div>
</div>
<h2 style="text-align:center">KẾ HOẠCH<br>Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Đắk Mil</h2>"""

SIGN = """<div class="vb-sign" style="overflow:hidden">
<div style="float:left;width:50%"><p><strong><em>Nơi nhận:</em></strong><br>- Sở Thông tin và Truyền thông;<br>- TT Huyện ủy, TT HĐND huyện;<br>- CT, các PCT UBND huyện;<br>- Các cơ quan, đơn vị tại mục III;<br>- UBND các xã, thị trấn;<br>- Lưu: VT, VHTT.</p></div>
<div style="float:right;width:50%;text-align:center"><p><strong>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</strong></p><p><em>(Đã ký)</em></p><p><strong>Lê Văn Chiến</strong></p></div>
</div>"""

META = """<table class="vb-info">
<caption>Thông tin văn bản</caption>
<tr><th>Số ký hiệu</th><td>1874/KH-UBND</td><th>Ngày ban hành</th><td>15/10/2019</td></tr>
<tr><th>Loại văn bản</th><td>Kế hoạch</td><th>Cơ quan ban hành</th><td>UBND huyện Đắk Mil</td></tr>
<tr><th>Lĩnh vực</th><td>Văn hóa - Thông tin</td><th>Người ký</th><td>Lê Văn Chiến</td></tr>
<tr><th>Trích yếu</th><td colspan="3">Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Đắk Mil</td></tr>
<tr><th>Tệp đính kèm</th><td colspan="3"><a href="/uploads/vanban/2019/10/1874-KH-UBND.pdf">1874-KH-UBND.pdf</a></td></tr>
</table>"""

PAGE = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>1874/KH-UBND - Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 | Cổng thông tin điện tử huyện Đắk Mil</title>
<style>
body{{font-family:"Segoe UI",Arial,sans-serif;font-size:14px;margin:0;color:#222}}
.top{{background:#a3141b;color:#fff;padding:12px 28px}} .top b{{font-size:20px}}
.menu{{background:#f2dede;padding:6px 28px}} .menu a{{margin-right:16px;color:#a3141b;text-decoration:none}}
main{{max-width:1000px;margin:10px auto;display:grid;grid-template-columns:3fr 1fr;gap:18px}}
table.vb-info{{border-collapse:collapse;width:100%;margin-bottom:14px}} table.vb-info th,table.vb-info td{{border:1px solid #ccc;padding:4px 8px;text-align:left}}
table.vb-info caption{{font-weight:bold;text-align:left;color:#a3141b;padding:4px 0}}
.noi-dung h3,.noi-dung h4{{font-size:14px;margin:8px 0 4px}} .noi-dung p{{text-align:justify;margin:5px 0;line-height:1.5}}
footer{{background:#333;color:#ccc;padding:10px 28px;font-size:12px}}
</style>
</head>
<body>
<div class="top"><b>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẮK MIL</b><br>Tỉnh Đắk Nông</div>
<div class="menu"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc">Tin tức</a><a href="/van-ban">Văn bản</a><a href="/dich-vu-cong">Dịch vụ công</a><a href="/hoi-dap">Hỏi đáp</a></div>
<main>
<section>
<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/van-ban">Văn bản</a> / <a href="/van-ban/ubnd-huyen">Văn bản UBND huyện</a></div>
{META}
<div class="noi-dung">
<p><strong>Nội dung văn bản:</strong></p>
{HDR}
{chr(10).join(BODY)}
{SIGN}
</div>
</section>
<aside>
<h3>Văn bản khác</h3>
<ul>
<li><a href="/van-ban/1869">1869/KH-UBND - Kế hoạch tổ chức Hội thi văn nghệ quần chúng huyện năm 2019</a></li>
<li><a href="/van-ban/1852">1852/UBND-VP - V/v tăng cường phòng, chống bệnh dịch tả lợn châu Phi</a></li>
<li><a href="/van-ban/1840">1840/QĐ-UBND - Quyết định kiện toàn Ban Chỉ đạo phòng, chống thiên tai huyện</a></li>
</ul>
</aside>
</main>
<footer>Cổng thông tin điện tử huyện Đắk Mil. Cơ quan chủ quản: UBND huyện Đắk Mil. Địa chỉ: số 02 Lê Duẩn, thị trấn Đắk Mil, huyện Đắk Mil, tỉnh Đắk Nông.</footer>
</body>
</html>
"""

if __name__ == '__main__':
    out = f'{STAGE}/{NAME}.html'
    open(out, 'w', encoding='utf-8').write(PAGE)
    open(f'{NAME}.extracted.txt', 'w').write(extract_html(out))
    print('wrote', out)
