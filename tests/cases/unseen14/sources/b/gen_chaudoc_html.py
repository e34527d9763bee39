# Châu Đốc city portal page (An Giang): an old table-layout portal (banner row, left menu cell, content
# cell, right cell). The editor pasted the plan with the header block in a 2-column table, each Roman part
# in a layout-table row (label cell | content cell), tasks as <ol>/<li> (numbers drawn by the browser,
# not typed), sub-items as <ol type="a">, role fields as <ul>, and the organisation list split in two
# <ol>s with start="4" on the second. Text hand-written.
N = 'an-giang_chau-doc_412-KH-UBND_2019_asean-portalol'
OUT = '/work/coord/set14b/'
menu = ''.join(f'<tr><td class="mnu"><a href="/{u}">{t}</a></td></tr>' for u, t in [
 ('gioi-thieu', 'Giới thiệu chung'), ('tin-tuc', 'Tin tức - Sự kiện'), ('van-ban', 'Văn bản chỉ đạo điều hành'),
 ('thu-tuc', 'Thủ tục hành chính'), ('du-lich', 'Du lịch Châu Đốc'), ('lien-he', 'Liên hệ')])
html = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 - Cổng thông tin điện tử thành phố Châu Đốc</title>
<style>body{{font-family:Arial;font-size:13px;margin:0}} td.mnu{{background:#0b5394;padding:6px}} td.mnu a{{color:#fff;text-decoration:none}}
.vb td{{font-family:'Times New Roman';font-size:15px;vertical-align:top}} .hdr{{text-align:center}} ol,ul{{margin-top:2px}}</style>
<script>var _gaq=_gaq||[];_gaq.push(['_trackPageview']);</script></head>
<body>
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="3"><img src="/images/banner_chaudoc.jpg" width="1000" height="140" alt="Cổng thông tin điện tử thành phố Châu Đốc"></td></tr>
<tr><td colspan="3" style="background:#e6e6e6;padding:4px">Trang chủ &raquo; Văn bản chỉ đạo điều hành &raquo; Kế hoạch</td></tr>
<tr>
<td width="190" valign="top"><table width="100%" cellspacing="1">{menu}</table>
<p style="padding:6px"><b>Thống kê truy cập</b><br>Đang online: 37<br>Tổng lượt truy cập: 1.284.519</p></td>
<td width="620" valign="top" style="padding:8px">
<h1 style="font-size:18px;color:#0b5394">Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020</h1>
<p style="color:#888">Cập nhật: 24/10/2019 08:15 &nbsp;|&nbsp; Lượt xem: 412</p>
<table class="vb" width="100%" cellpadding="2" cellspacing="0" border="0">
<tr><td class="hdr" width="40%">ỦY BAN NHÂN DÂN<br><b>THÀNH PHỐ CHÂU ĐỐC</b><br>-------<br>Số: 412/KH-UBND</td>
<td class="hdr" width="60%"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>---------------<br><i>Châu Đốc, ngày 21 tháng 10 năm 2019</i></td></tr>
</table>
<p align="center"><b>KẾ HOẠCH</b><br><b>Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn thành phố Châu Đốc</b></p>
<p style="text-indent:30px">Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020; Kế hoạch số 598/KH-UBND ngày 16/9/2019 của Ủy ban nhân dân tỉnh An Giang về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020;</p>
<p style="text-indent:30px">Ủy ban nhân dân thành phố Châu Đốc xây dựng Kế hoạch thực hiện như sau:</p>
<table class="vb" width="100%" cellpadding="3" cellspacing="0" border="0">
<tr><td width="28"><b>I.</b></td><td><b>MỤC ĐÍCH, YÊU CẦU</b>
<ul><li>Nâng cao nhận thức của cán bộ, công chức và Nhân dân thành phố về Cộng đồng ASEAN và vai trò Chủ tịch ASEAN 2020 của Việt Nam; giúp doanh nghiệp, hộ kinh doanh nắm bắt được cơ hội để phát triển.</li>
<li>Gắn tuyên truyền về ASEAN với quảng bá hình ảnh thành phố du lịch - lễ hội Châu Đốc, thành phố biên giới giáp Vương quốc Campuchia.</li></ul></td></tr>
<tr><td><b>II.</b></td><td><b>NỘI DUNG TUYÊN TRUYỀN</b>
<ul><li>Quá trình hình thành và phát triển, vai trò, vị thế, thành tựu của ASEAN; đất nước, con người các nước ASEAN, nhất là Vương quốc Campuchia.</li>
<li>Năm Chủ tịch ASEAN 2020 của Việt Nam; các Hội nghị Cấp cao ASEAN lần thứ 36 và 37.</li>
<li>Tiềm năng, thế mạnh của thành phố Châu Đốc: Khu du lịch quốc gia Núi Sam, Lễ hội Vía Bà Chúa Xứ Núi Sam, làng Chăm Châu Giang, đặc sản mắm Châu Đốc.</li></ul></td></tr>
<tr><td><b>III.</b></td><td><b>NHIỆM VỤ VÀ GIẢI PHÁP</b>
<ol>
<li><b>Tuyên truyền trên sóng truyền thanh và Trang thông tin điện tử thành phố.</b> Trung tâm Văn hóa - Thể thao - Truyền thanh thành phố xây dựng chuyên mục “Châu Đốc hướng về ASEAN” phát sóng 01 kỳ/tuần; Trang thông tin điện tử thành phố duy trì chuyên mục ASEAN.
<ul><li>Phối hợp: Phòng Văn hóa và Thông tin thành phố.</li><li>Thời gian: 2019 - 2020.</li></ul></li>
<li><b>Chia sẻ thông tin trên mạng xã hội.</b> Chia sẻ tin, bài, chương trình livestream từ Fanpage “ASEAN và Việt Nam” trên trang Facebook “Châu Đốc ngày nay” và các nhóm Zalo của khóm, ấp.
<ul><li>Chủ trì: Phòng Văn hóa và Thông tin thành phố.</li><li>Phối hợp: Ủy ban nhân dân các phường, xã.</li></ul></li>
<li><b>Tuyên truyền cổ động trực quan.</b> Treo băng rôn, khẩu hiệu, cờ ASEAN dọc đường Tân Lộ Kiều Lương và khu vực Núi Sam nhân dịp kỷ niệm Ngày thành lập ASEAN (08/8/2020).
<ul><li>Chủ trì: Trung tâm Văn hóa - Thể thao - Truyền thanh thành phố.</li><li>Thời gian: Tháng 8/2020.</li></ul></li>
<li><b>Quảng bá du lịch, xúc tiến thương mại.</b>
<ol type="a"><li>Giới thiệu sản phẩm du lịch Núi Sam, lễ hội Vía Bà tới du khách Campuchia, Thái Lan qua ấn phẩm song ngữ Việt - Khmer - Anh.</li>
<li>Tổ chức gian hàng giới thiệu đặc sản mắm Châu Đốc, khô cá tra phồng tại Hội chợ Thương mại - Du lịch biên giới Việt Nam - Campuchia năm 2020.</li></ol>
<ul><li>Chủ trì: Phòng Kinh tế thành phố.</li><li>Phối hợp: Ban Quản lý Khu du lịch quốc gia Núi Sam; Hiệp hội Du lịch tỉnh An Giang.</li><li>Thời gian: Quý II/2020.</li></ul></li>
<li><b>Tuyên truyền trong đoàn viên, hội viên.</b> Thành đoàn Châu Đốc, Hội Liên hiệp Phụ nữ thành phố lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt, nói chuyện chuyên đề; tổ chức giao lưu thanh niên hai bên biên giới Việt Nam - Campuchia.
<ul><li>Thời gian: Năm 2020.</li></ul></li>
<li><b>Giáo dục về ASEAN trong trường học.</b> Đưa nội dung về ASEAN vào sinh hoạt ngoại khóa, dưới cờ tại các trường tiểu học, trung học cơ sở.
<ul><li>Chủ trì: Phòng Giáo dục và Đào tạo thành phố.</li><li>Thời gian: Năm học 2019 - 2020.</li></ul></li>
<li><b>Nắm bắt dư luận, phản bác thông tin sai trái.</b> Nắm bắt tình hình dư luận xã hội, kịp thời phản bác các thông tin sai trái, xuyên tạc liên quan đến quan hệ Việt Nam - Campuchia và hợp tác ASEAN trên địa bàn biên giới.
<ul><li>Chủ trì: Công an thành phố.</li><li>Phối hợp: Phòng Văn hóa và Thông tin thành phố; Ban Chỉ huy Quân sự thành phố.</li></ul></li>
</ol></td></tr>
<tr><td><b>IV.</b></td><td><b>KINH PHÍ THỰC HIỆN</b>
<p>Kinh phí thực hiện được bố trí từ nguồn ngân sách thành phố trong dự toán năm 2020 của các cơ quan, đơn vị; các đơn vị chủ động lồng ghép với kinh phí các chương trình, hoạt động của đơn vị và vận động tài trợ từ các doanh nghiệp.</p></td></tr>
<tr><td><b>V.</b></td><td><b>TỔ CHỨC THỰC HIỆN</b>
<ol>
<li><b>Phòng Văn hóa và Thông tin thành phố:</b> Là cơ quan thường trực, tham mưu Ủy ban nhân dân thành phố theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch.</li>
<li><b>Phòng Tài chính - Kế hoạch thành phố:</b> Tham mưu bố trí kinh phí thực hiện Kế hoạch.</li>
<li><b>Trung tâm Văn hóa - Thể thao - Truyền thanh thành phố:</b> Xây dựng chuyên mục, tăng thời lượng tin, bài về ASEAN trong năm 2020.</li>
</ol>
<p>Đề nghị các cơ quan, đoàn thể sau phối hợp thực hiện:</p>
<ol start="4">
<li><b>Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các đoàn thể chính trị - xã hội thành phố:</b> Vận động đoàn viên, hội viên tham gia các hoạt động tuyên truyền về ASEAN.</li>
<li><b>Ủy ban nhân dân các phường, xã:</b> Tổ chức tuyên truyền trên hệ thống loa truyền thanh, bảng tin của khóm, ấp.</li>
</ol></td></tr>
<tr><td><b>VI.</b></td><td><b>CHẾ ĐỘ BÁO CÁO</b>
<p>Các cơ quan, đơn vị, Ủy ban nhân dân các phường, xã báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin thành phố trước ngày 15/6 và ngày 15/12 hằng năm để tổng hợp, báo cáo Ủy ban nhân dân thành phố và Sở Thông tin và Truyền thông.</p></td></tr>
</table>
<table class="vb" width="100%" cellpadding="2" cellspacing="0" border="0">
<tr><td width="50%" style="font-size:12px"><b><i>Nơi nhận:</i></b><br>- Sở TT&amp;TT tỉnh An Giang;<br>- TT.TU, TT.HĐND thành phố;<br>- CT, PCT UBND thành phố;<br>- Các cơ quan, đơn vị thành phố;<br>- UBND các phường, xã;<br>- Lưu: VT.</td>
<td width="50%" class="hdr"><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><i>(Đã ký)</i><br><br><b>Lê Văn Phước</b></td></tr>
</table>
<p><a href="/Uploads/files/412-KH-UBND.pdf">Tải về văn bản (412-KH-UBND.pdf)</a></p>
</td>
<td width="190" valign="top"><p style="padding:6px"><b>Liên kết website</b><br><a href="https://angiang.gov.vn">Cổng TTĐT tỉnh An Giang</a><br><a href="https://asean.vietnam.vn">Cổng thông tin ASEAN Việt Nam</a></p>
<p style="padding:6px"><b>Lịch công tác tuần</b><br>Tuần 43 (21/10 - 27/10/2019)</p></td>
</tr>
<tr><td colspan="3" style="background:#0b5394;color:#fff;text-align:center;padding:8px">Bản quyền thuộc Ủy ban nhân dân thành phố Châu Đốc<br>Địa chỉ: số 2 Lê Lợi, phường Châu Phú B, thành phố Châu Đốc, tỉnh An Giang</td></tr>
</table>
</body></html>
'''
open(OUT + N + '.html', 'w').write(html)
import sys; sys.path.insert(0, '/work/coord/set14b/sources')
from common import extract_html
open(OUT + 'sources/' + N + '.extracted.txt', 'w').write(extract_html(OUT + N + '.html'))
# browser rendering (numbers of the <ol> items) for the record
import subprocess
subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', f'--print-to-pdf=/tmp/set14b_cd.pdf', OUT + N + '.html'], capture_output=True)
open(OUT + 'sources/' + N + '.rendered.txt', 'w').write(subprocess.run(['pdftotext', '-layout', '/tmp/set14b_cd.pdf', '-'], capture_output=True, text=True).stdout)
