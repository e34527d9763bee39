# Phù Cát (Bình Định), UBND huyện: the plan as a district portal article (ordinary HTML: header block in a small
# table, body in <p>, attachment link). Set 15 wording: "Giao X chủ trì, phối hợp với Y", "do X chủ trì thực hiện",
# "X chịu trách nhiệm chính", "Y phối hợp với X" (support named first), "Đề nghị Ủy ban MTTQ Việt Nam huyện và
# các hội, đoàn thể huyện phối hợp …", names with the level omitted (Phòng Văn hóa và Thông tin, Trung tâm …),
# BCH Quân sự; times "02 kỳ/tháng", "từ tháng 6 đến tháng 8/2020", "tháng 7-8/2020", "chậm nhất ngày 30/6/2020",
# "học kỳ II năm học 2019 - 2020", "thường xuyên, liên tục", "trước ngày 10 tháng 12 hằng năm"; money "ngân sách
# huyện", "huy động xã hội hóa", "50 triệu đồng". Text hand-written.
import sys; sys.path.insert(0, '.')
from common import *
N = 'binh-dinh_phu-cat_174-KH-UBND_2019_asean-portal'
P = lambda t: f'<p style="text-align:justify">{t}</p>'
B = lambda t: f'<p style="text-align:justify"><strong>{t}</strong></p>'
paras = [
 B('I. MỤC ĐÍCH, YÊU CẦU'),
 P('- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân trên địa bàn huyện về Cộng đồng ASEAN, về vai trò, vị thế của ASEAN và 3 trụ cột của Cộng đồng ASEAN.'),
 P('- Giúp doanh nghiệp, hộ sản xuất, kinh doanh trên địa bàn huyện nắm bắt được cơ hội để phát triển khi Việt Nam hội nhập sâu rộng vào Cộng đồng ASEAN.'),
 P('- Công tác tuyên truyền thực hiện thường xuyên, phù hợp với điều kiện của địa phương, gắn với các nhiệm vụ chính trị của huyện.'),
 B('II. NỘI DUNG, NHIỆM VỤ'),
 B('1. Tuyên truyền trên hệ thống truyền thanh và Trang thông tin điện tử huyện'),
 P('Giao Trung tâm Văn hóa - Thông tin - Thể thao huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin xây dựng chuyên mục “ASEAN - Ngôi nhà chung” phát trên Đài Truyền thanh huyện 02 kỳ/tháng; tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Bình Định; phối hợp với Văn phòng HĐND và UBND huyện đăng tải tin, bài về ASEAN trên Trang thông tin điện tử huyện, chia sẻ lên trang Zalo, Facebook “Phù Cát quê hương”.'),
 B('2. Tuyên truyền về năm Chủ tịch ASEAN 2020'),
 P('Hướng dẫn các cơ quan, đơn vị, UBND các xã, thị trấn tuyên truyền về năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020, Hội nghị Cấp cao ASEAN lần thứ 36, 37 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN; cao điểm từ tháng 6 đến tháng 8/2020. Nội dung này do Phòng Văn hóa và Thông tin chủ trì thực hiện.'),
 B('3. Tuyên truyền cổ động trực quan'),
 P('Trung tâm Văn hóa - Thông tin - Thể thao chịu trách nhiệm chính, treo băng rôn, khẩu hiệu, pa nô tuyên truyền về ASEAN dọc Quốc lộ 1A, Quốc lộ 19B, tại trung tâm thị trấn Ngô Mây và các điểm công cộng; UBND các xã, thị trấn phối hợp thực hiện trên địa bàn. Thời gian: tháng 7-8/2020.'),
 B('4. Tuyên truyền cho doanh nghiệp, hợp tác xã và hộ kinh doanh'),
 P('Giao Phòng Kinh tế - Hạ tầng chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử cho doanh nghiệp, hợp tác xã, cơ sở sản xuất trong các cụm công nghiệp trên địa bàn huyện; hoàn thành chậm nhất ngày 30/6/2020.'),
 B('5. Tuyên truyền trong trường học'),
 P('Phòng Giáo dục và Đào tạo chỉ đạo các trường tiểu học, trung học cơ sở lồng ghép nội dung tìm hiểu về ASEAN trong hoạt động ngoại khóa, sinh hoạt dưới cờ; phối hợp với Huyện đoàn tổ chức cuộc thi “Em yêu ASEAN” cho học sinh trung học cơ sở trong học kỳ II năm học 2019 - 2020.'),
 B('6. Lồng ghép trong hoạt động của Mặt trận và các đoàn thể'),
 P('Đề nghị Ủy ban MTTQ Việt Nam huyện và các hội, đoàn thể huyện phối hợp lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt, hội nghị của đoàn viên, hội viên, nhất là thanh niên, phụ nữ, nông dân.'),
 B('7. Nắm bắt dư luận, đấu tranh với thông tin sai trái'),
 P('Công an huyện phối hợp với BCH Quân sự huyện nắm bắt tình hình dư luận xã hội, kịp thời phát hiện, đấu tranh, phản bác các thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN của Việt Nam. Thời gian: thường xuyên, liên tục.'),
 B('8. Quảng bá tiềm năng, thế mạnh của huyện'),
 P('Các phòng, ban liên quan và UBND các xã, thị trấn phối hợp với Phòng Văn hóa và Thông tin giới thiệu tiềm năng du lịch (bãi biển Trung Lương, Vĩnh Hội, chùa Thiên Hưng), các sản phẩm OCOP và đặc sản của huyện trên Trang thông tin điện tử huyện và tại các sự kiện của tỉnh.'),
 B('III. KINH PHÍ'),
 P('Kinh phí thực hiện Kế hoạch từ nguồn ngân sách huyện bố trí trong dự toán năm 2020 của các cơ quan, đơn vị; đối với các hoạt động tuyên truyền trực quan, văn hóa, văn nghệ, huy động xã hội hóa. Giao Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí 50 triệu đồng cho Trung tâm Văn hóa - Thông tin - Thể thao huyện để thực hiện.'),
 B('IV. TỔ CHỨC THỰC HIỆN'),
 B('1. Phòng Văn hóa và Thông tin'),
 P('Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch; tổng hợp kết quả, báo cáo UBND huyện, Sở Thông tin và Truyền thông trước ngày 10 tháng 12 hằng năm.'),
 B('2. Các cơ quan, đơn vị được giao nhiệm vụ'),
 P('Chủ động xây dựng kế hoạch cụ thể để triển khai; báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 30/11/2019 và 30/11/2020.'),
 B('3. UBND các xã, thị trấn'),
 P('Chỉ đạo Đài Truyền thanh xã, thị trấn tiếp sóng chuyên mục “ASEAN - Ngôi nhà chung”; tổ chức tuyên truyền trực quan tại địa phương.'),
 B('4. Đề nghị Ủy ban MTTQ Việt Nam huyện và các hội, đoàn thể huyện'),
 P('Phối hợp tuyên truyền, vận động đoàn viên, hội viên tích cực tìm hiểu về Cộng đồng ASEAN.'),
 P('Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Phù Cát, yêu cầu các cơ quan, đơn vị, địa phương triển khai thực hiện./.'),
]
html = f'''<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 - Cổng Thông tin điện tử huyện Phù Cát</title>
<style>body{{font-family:Arial,sans-serif;margin:0}} .top{{background:#0a5ca8;color:#fff;padding:10px 20px}} nav a{{color:#fff;margin-right:14px}}
.main{{width:960px;margin:0 auto}} .meta{{color:#666;font-size:13px}} .doc{{font-family:"Times New Roman",serif;font-size:16px}} .side{{font-size:13px}}</style></head>
<body>
<div class="top"><div class="brand">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN PHÙ CÁT - TỈNH BÌNH ĐỊNH</div>
<nav><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc">Tin tức - Sự kiện</a><a href="/van-ban">Văn bản chỉ đạo điều hành</a><a href="/lien-he">Liên hệ</a></nav></div>
<div class="main">
<div class="breadcrumb">Trang chủ » Văn bản chỉ đạo điều hành » Kế hoạch</div>
<h1>Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Phù Cát</h1>
<div class="meta">Ngày đăng: 26/11/2019 08:15 | Lượt xem: 412</div>
<div class="doc">
<table style="width:100%;border:none"><tr>
<td style="text-align:center;width:40%">ỦY BAN NHÂN DÂN<br><strong>HUYỆN PHÙ CÁT</strong></td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong></td></tr>
<tr><td style="text-align:center">Số: 174/KH-UBND</td><td style="text-align:center"><em>Phù Cát, ngày 21 tháng 11 năm 2019</em></td></tr></table>
<p style="text-align:center"><strong>KẾ HOẠCH</strong></p>
<p style="text-align:center"><strong>Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Phù Cát</strong></p>
<p style="text-align:justify">Thực hiện Kế hoạch số 86/KH-UBND ngày 28/10/2019 của UBND tỉnh Bình Định về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh (triển khai Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN), UBND huyện Phù Cát xây dựng Kế hoạch thực hiện như sau:</p>
{chr(10).join(paras)}
<table style="width:100%;border:none"><tr>
<td style="vertical-align:top;width:50%;font-size:13px"><strong><em>Nơi nhận:</em></strong><br>- Sở TT&amp;TT (b/c);<br>- TT Huyện ủy, TT HĐND huyện;<br>- CT, các PCT UBND huyện;<br>- UBMTTQVN và các hội, đoàn thể huyện;<br>- Các phòng, ban, đơn vị thuộc huyện;<br>- UBND các xã, thị trấn;<br>- Lưu: VT.</td>
<td style="text-align:center;vertical-align:top"><strong>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</strong><br><br><br><strong>Nguyễn Văn Hưng</strong></td></tr></table>
</div>
<p class="meta">Tập tin đính kèm: <a href="/uploads/vanban/2019/174-KH-UBND.pdf">174-KH-UBND.pdf</a></p>
<div class="side"><h3>Tin liên quan</h3><ul><li><a href="#">Huyện Phù Cát tổng kết công tác thông tin cơ sở năm 2019</a></li><li><a href="#">Hội nghị tập huấn công tác chuyển đổi số</a></li></ul></div>
</div>
<footer class="meta">© Cổng Thông tin điện tử huyện Phù Cát. Địa chỉ: thị trấn Ngô Mây, huyện Phù Cát, tỉnh Bình Định.</footer>
</body></html>
'''
open(f'{STAGE}/{N}.html', 'w', encoding='utf-8').write(html)
open(f'{N}.extracted.txt', 'w').write(extract_html(f'{STAGE}/{N}.html'))
import subprocess
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', f'--print-to-pdf=/tmp/s15b/{N}.pdf', f'{STAGE}/{N}.html'], capture_output=True)
print('pages', pdf_pages(f'/tmp/s15b/{N}.pdf'))
