# Generates the legal-database HTML page (plan text hand-written below).
N = 'thua-thien-hue_215-KH-UBND_2019_asean-supnotes'
def sup(n): return f'<sup class="fn"><a href="#note{n}" id="ref{n}">[{n}]</a></sup>'
def task(n, title, body, roles, time):
    return f'''<p class="dieu"><b>{n}. {title}</b></p>
<p>{body}</p>
<p>{roles}</p>
<p><i>Thời gian thực hiện:</i> {time}.</p>'''
html = f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Kế hoạch 215/KH-UBND năm 2019 tuyên truyền ASEAN tỉnh Thừa Thiên Huế</title>
<style>body{{font-family:Arial;font-size:14px}} .wrap{{display:flex;flex-direction:row-reverse}} aside{{width:260px;background:#f3f6fa;padding:8px}} .content{{flex:1;padding:12px;font-family:"Times New Roman"}} sup.fn a{{color:#06c;text-decoration:none}} .notes{{border-top:1px solid #999;font-size:12px}}</style>
</head><body>
<div id="topbar"><a href="/">Trang chủ</a> › <a href="/van-ban/">Văn bản pháp luật</a> › <a href="/van-ban/van-hoa-xa-hoi/">Văn hóa - Xã hội</a></div>
<div id="search"><form><input name="q" placeholder="Nhập từ khóa, số hiệu văn bản..."><button>Tìm kiếm</button></form></div>
<div class="wrap">
<aside id="lienquan">
<h3>Văn bản liên quan</h3>
<ul>
<li><a href="#">Quyết định 02/QĐ-BCĐASEAN năm 2019 ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020</a><br><span>Ban hành: 26/06/2019</span></li>
<li><a href="#">Quyết định 1536/QĐ-TTg năm 2013 phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN</a><br><span>Ban hành: 22/08/2013</span></li>
<li><a href="#">Kế hoạch 4750/KH-UBND năm 2019 tuyên truyền, quảng bá ASEAN tỉnh Bình Dương</a><br><span>Ban hành: 18/09/2019</span></li>
<li><a href="#">Kế hoạch 98/KH-UBND năm 2020 tổ chức các hoạt động năm Chủ tịch ASEAN 2020 trên địa bàn tỉnh Thừa Thiên Huế</a><br><span>Ban hành: 14/04/2020</span></li>
</ul>
<h3>Thuộc tính</h3>
<table class="tt"><tr><td>Số hiệu:</td><td>215/KH-UBND</td></tr><tr><td>Loại văn bản:</td><td>Kế hoạch</td></tr><tr><td>Nơi ban hành:</td><td>Tỉnh Thừa Thiên Huế</td></tr><tr><td>Người ký:</td><td>Nguyễn Văn Phương</td></tr><tr><td>Ngày ban hành:</td><td>16/10/2019</td></tr><tr><td>Tình trạng:</td><td>Hết hiệu lực</td></tr></table>
</aside>
<div class="content" id="noidung">
<table class="hdr" width="100%"><tr><td align="center" width="40%"><b>ỦY BAN NHÂN DÂN<br>TỈNH THỪA THIÊN HUẾ</b><br>-------</td><td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</b><br>---------------</td></tr>
<tr><td align="center">Số: 215/KH-UBND</td><td align="center"><i>Thừa Thiên Huế, ngày 16 tháng 10 năm 2019</i></td></tr></table>
<p align="center"><b>KẾ HOẠCH</b></p>
<p align="center"><b>Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Thừa Thiên Huế</b></p>
<p>Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN{sup(1)} về việc ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020, Ủy ban nhân dân tỉnh ban hành Kế hoạch tuyên truyền, quảng bá ASEAN trên địa bàn tỉnh như sau:</p>
<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p>
<p><b>1. Mục đích</b></p>
<p>- Nâng cao nhận thức của cán bộ, công chức và Nhân dân trên địa bàn tỉnh về Cộng đồng ASEAN, về vai trò, vị thế của ASEAN và thành tựu hợp tác trên 3 trụ cột; chuẩn bị tốt cho năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020.</p>
<p>- Giúp doanh nghiệp và người dân nắm bắt được cơ hội để phát triển, đưa thông tin về ASEAN trở thành dòng chảy chính của công tác hội nhập ASEAN.</p>
<p><b>2. Yêu cầu</b></p>
<p>- Công tác tuyên truyền bảo đảm kịp thời, chính xác, phù hợp với từng đối tượng; gắn với quảng bá hình ảnh Cố đô Huế.</p>
<p>- Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện, hội nghị của các cơ quan, đơn vị, địa phương.</p>
<p><b>II. NỘI DUNG VÀ NHIỆM VỤ CỤ THỂ</b></p>
{task(1, "Tăng cường cơ chế phối hợp thông tin về ASEAN",
 f"Xây dựng cơ chế phối hợp giữa các cấp, các ngành theo chiều ngang và chiều dọc; định kỳ hàng quý cung cấp cho các cơ quan báo chí các trọng tâm cần thông tin về ASEAN theo từng giai đoạn{sup(2)}.",
 "Đơn vị chủ trì: Sở Thông tin và Truyền thông; đơn vị phối hợp: Sở Ngoại vụ, Ban Tuyên giáo Tỉnh ủy.", "2019 - 2020")}
{task(2, "Chia sẻ dữ liệu lên Cổng thông tin ASEAN Việt Nam",
 "Tổng hợp tin, bài, hình ảnh về hoạt động hợp tác của tỉnh với các nước ASEAN, chia sẻ lên Cổng thông tin ASEAN Việt Nam và cơ sở dữ liệu chung cấp quốc gia.",
 "Đơn vị chủ trì: Sở Ngoại vụ; đơn vị phối hợp: Cổng Thông tin điện tử tỉnh.", "Thường xuyên")}
{task(3, "Tuyên truyền trên báo chí, phát thanh, truyền hình",
 "Mở chuyên trang, chuyên mục “Huế cùng ASEAN”; đưa tin về các Hội nghị Cấp cao ASEAN và các sự kiện quan trọng của năm Chủ tịch ASEAN 2020; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam; sản xuất 01 phim tài liệu về hợp tác giữa Thừa Thiên Huế với các địa phương ASEAN.",
 "Đơn vị chủ trì: Báo Thừa Thiên Huế, Đài Phát thanh và Truyền hình Thừa Thiên Huế; đơn vị phối hợp: Sở Thông tin và Truyền thông.", "năm 2020")}
{task(4, "Tuyên truyền trên mạng xã hội và các công cụ truyền thông mới",
 f"Chia sẻ nội dung từ Ứng dụng và Fanpage “ASEAN và Việt Nam”; livestream các sự kiện ASEAN diễn ra tại Huế trên Fanpage của tỉnh và ứng dụng Hue-S{sup(3)}.",
 "Đơn vị chủ trì: Sở Thông tin và Truyền thông; đơn vị phối hợp: Tỉnh Đoàn Thừa Thiên Huế.", "2019 - 2020")}
{task(5, "Tổ chức hội nghị phổ biến cam kết ASEAN cho doanh nghiệp",
 "Tổ chức 02 hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử và Cơ chế hải quan một cửa ASEAN cho doanh nghiệp trên địa bàn tỉnh; kinh phí dự kiến 120 triệu đồng.",
 "Đơn vị chủ trì: Sở Công Thương; đơn vị phối hợp: Hiệp hội Doanh nghiệp tỉnh, Cục Hải quan tỉnh Thừa Thiên Huế.", "Quý II/2020")}
{task(6, "Giao lưu văn hóa và tuyên truyền cổ động trực quan",
 "Lồng ghép chương trình giao lưu văn hóa nghệ thuật với các đoàn nghệ thuật các nước ASEAN trong Festival Huế 2020; treo băng rôn, khẩu hiệu, pa nô chào mừng năm Chủ tịch ASEAN 2020 tại các trục đường chính của thành phố Huế.",
 "Đơn vị chủ trì: Sở Văn hóa và Thể thao; đơn vị phối hợp: Sở Du lịch, Trung tâm Festival Huế.", "tháng 4 - tháng 8/2020")}
{task(7, "Quảng bá hình ảnh, tiềm năng của tỉnh tới các nước ASEAN",
 "Biên soạn, in ấn ấn phẩm giới thiệu tiềm năng, thế mạnh của tỉnh và các dự án kêu gọi đầu tư bằng tiếng Anh, tiếng Thái, tiếng Lào; tham gia hội chợ, hoạt động xúc tiến đầu tư tại Thái Lan, Lào trên tuyến Hành lang kinh tế Đông - Tây.",
 "Đơn vị chủ trì: Sở Kế hoạch và Đầu tư; đơn vị phối hợp: Sở Du lịch, Sở Ngoại vụ.", "2019 - 2020")}
<p><b>III. KINH PHÍ THỰC HIỆN</b></p>
<p>Kinh phí thực hiện từ nguồn ngân sách tỉnh bố trí trong dự toán năm 2020 của các cơ quan, đơn vị; nguồn xã hội hóa và các nguồn hợp pháp khác{sup(4)}. Tổng kinh phí dự kiến năm 2020 là 450 triệu đồng.</p>
<p><b>IV. TỔ CHỨC THỰC HIỆN</b></p>
<p><b>1. Sở Thông tin và Truyền thông</b></p>
<p>Là cơ quan thường trực, hướng dẫn, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN trước ngày 15/12 hằng năm.</p>
<p><b>2. Sở Tài chính</b></p>
<p>Thẩm định, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch.</p>
<p><b>3. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã và thành phố Huế</b></p>
<p>Căn cứ Kế hoạch này xây dựng kế hoạch cụ thể của đơn vị, địa phương; gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm.</p>
<p><b>4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh</b></p>
<p>Phối hợp tuyên truyền Kế hoạch đến đoàn viên, hội viên.</p>
<p>Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo Ủy ban nhân dân tỉnh./.</p>
<table class="ky" width="100%"><tr><td width="55%" valign="top"><b><i>Nơi nhận:</i></b><br>- Ban Chỉ đạo TTTT ASEAN;<br>- TT Tỉnh ủy, TT HĐND tỉnh;<br>- CT và các PCT UBND tỉnh;<br>- Các sở, ban, ngành;<br>- UBND các huyện, TX và TP Huế;<br>- Lưu: VT, KGVX.</td>
<td align="center" valign="top"><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><b>Nguyễn Văn Phương</b></td></tr></table>
<div class="notes"><p><b>Ghi chú</b></p>
<ol>
<li id="note1"><a href="#ref1">[1]</a> Ban Chỉ đạo Thông tin tuyên truyền ASEAN do Bộ trưởng Bộ Thông tin và Truyền thông làm Trưởng ban.</li>
<li id="note2"><a href="#ref2">[2]</a> Theo định hướng của Ban Tuyên giáo Tỉnh ủy và Sở Thông tin và Truyền thông tại các cuộc giao ban báo chí.</li>
<li id="note3"><a href="#ref3">[3]</a> Hue-S là nền tảng dịch vụ đô thị thông minh của tỉnh do Trung tâm Giám sát, điều hành đô thị thông minh tỉnh quản lý.</li>
<li id="note4"><a href="#ref4">[4]</a> Theo Nghị quyết của Hội đồng nhân dân tỉnh về dự toán ngân sách địa phương năm 2020.</li>
</ol></div>
</div>
</div>
<div id="footer">Cơ sở dữ liệu văn bản pháp luật · Bản quyền thuộc về đơn vị quản lý · Liên hệ quảng cáo</div>
</body></html>
'''
open(f'/work/unseen13b/{N}.html', 'w', encoding='utf-8').write(html)
import sys; sys.path.insert(0, '.')
from common import extract_html
open(f'{N}.extracted.txt', 'w').write(extract_html(f'/work/unseen13b/{N}.html'))
