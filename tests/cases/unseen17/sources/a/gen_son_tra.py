"""Plan 4 — UBND quận Sơn Trà (Đà Nẵng), 2786/KH-UBND (09/10/2019), asean-2019-2020, as the district's e-portal
(sontra.danang.gov.vn-style CMS) publishes it: site chrome (menu, breadcrumb, post date, view count, related posts,
footer), the document pasted into the editor as <p> paragraphs with a two-column header table, content bullets, a ruled
task table inside Part III (TT / Nội dung / Cơ quan chủ trì / Cơ quan phối hợp / Thời gian), the signature table and an
attachment link. Hand-written HTML (no parsing)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
NAME = "da-nang_son-tra_2786-KH-UBND_2019_asean-quanportal"

def p(t, cls=None, style=None):
    a = (f' class="{cls}"' if cls else "") + (f' style="{style}"' if style else "")
    return f"<p{a}>{t}</p>"

H = lambda t: p(f"<strong>{t}</strong>", style="text-align:justify")
J = lambda t: p(t, style="text-align:justify;text-indent:36pt")
ROWS = [
 ("1", "Tuyên truyền về ASEAN, Năm Chủ tịch ASEAN 2020 của Việt Nam trên hệ thống truyền thanh quận và các phường", "Trung tâm Văn hóa - Thể thao quận", "UBND các phường", "Năm 2019 - 2020"),
 ("2", "Cập nhật tin, bài về ASEAN trên Trang thông tin điện tử quận và Fanpage “Sơn Trà ngày nay”", "Văn phòng HĐND và UBND quận", "Phòng Văn hóa và Thông tin quận", "Thường xuyên"),
 ("3", "Trang trí cổ động trực quan, treo băng rôn, pa nô chào mừng Năm Chủ tịch ASEAN 2020 trên các tuyến đường Võ Nguyên Giáp, Ngô Quyền, Phạm Văn Đồng", "Phòng Văn hóa và Thông tin quận", "Trung tâm Văn hóa - Thể thao quận; UBND các phường", "Tháng 4 - 6/2020"),
 ("4", "Phổ biến cho doanh nghiệp du lịch, cơ sở lưu trú trên địa bàn quận về các cam kết của ASEAN trong lĩnh vực du lịch, Thỏa thuận công nhận lẫn nhau về nghề du lịch (MRA-TP)", "Phòng Kinh tế quận", "Phòng Văn hóa và Thông tin quận", "Quý IV/2019"),
 ("5", "Quảng bá hình ảnh, tiềm năng du lịch của quận (bán đảo Sơn Trà, chùa Linh Ứng, chợ đêm Sơn Trà, bãi biển Phạm Văn Đồng) đến du khách các nước ASEAN", "Phòng Văn hóa và Thông tin quận", "Phòng Kinh tế quận", "Năm 2020"),
 ("6", "Tổ chức hoạt động ngoại khóa, cuộc thi tìm hiểu về ASEAN cho học sinh các trường trung học cơ sở", "Phòng Giáo dục và Đào tạo quận", "Quận đoàn Sơn Trà", "Năm học 2019 - 2020"),
 ("7", "Xây dựng “Góc ASEAN” tại Thư viện quận và thư viện các trường trung học cơ sở", "Trung tâm Văn hóa - Thể thao quận", "Phòng Giáo dục và Đào tạo quận", "Quý II/2020"),
 ("8", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của Mặt trận, các đoàn thể và tổ dân phố", "Ủy ban MTTQ Việt Nam quận và các đoàn thể chính trị - xã hội quận", "UBND các phường", "Năm 2019 - 2020"),
 ("9", "Nắm bắt dư luận xã hội, phản bác thông tin sai trái, xuyên tạc liên quan đến ASEAN và các sự kiện của ASEAN trên địa bàn", "Công an quận", "Phòng Văn hóa và Thông tin quận", "Thường xuyên"),
]
td = lambda t, w=None, al="left": f'<td style="text-align:{al};vertical-align:top"' + (f' width="{w}"' if w else "") + f"><p>{t}</p></td>"
table = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;width:100%"><tbody>',
         "<tr>" + "".join(f'<td style="text-align:center"><p><strong>{h}</strong></p></td>' for h in
                          ("TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian")) + "</tr>"]
for r in ROWS:
    table.append("<tr>" + td(r[0], 30, "center") + td(r[1], 260) + td(r[2], 120) + td(r[3], 120) + td(r[4], 80, "center") + "</tr>")
table.append("</tbody></table>")

DOC = [
 '<table style="width:100%;border:none"><tbody><tr>'
 '<td style="width:40%;text-align:center;vertical-align:top"><p>ỦY BAN NHÂN DÂN<br/><strong>QUẬN SƠN TRÀ</strong></p><p>Số: 2786/KH-UBND</p></td>'
 '<td style="width:60%;text-align:center;vertical-align:top"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/><u>Độc lập - Tự do - Hạnh phúc</u></strong></p>'
 '<p><em>Sơn Trà, ngày 09 tháng 10 năm 2019</em></p></td></tr></tbody></table>',
 p("<strong>KẾ HOẠCH</strong>", style="text-align:center"),
 p("<strong>Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn quận Sơn Trà</strong>", style="text-align:center"),
 J("Thực hiện Kế hoạch số 6543/KH-UBND ngày 06/9/2019 của UBND thành phố Đà Nẵng về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn thành phố; Công văn số 1456/STTTT-TTBCXB ngày 20/9/2019 của Sở Thông tin và Truyền thông thành phố về việc triển khai công tác tuyên truyền ASEAN năm 2019 - 2020, UBND quận Sơn Trà ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn quận như sau:"),
 H("I. MỤC ĐÍCH, YÊU CẦU"),
 J("- Nâng cao nhận thức của cán bộ, công chức, viên chức, doanh nghiệp và Nhân dân trên địa bàn quận về Cộng đồng ASEAN và Năm Chủ tịch ASEAN 2020 của Việt Nam; tạo không khí phấn khởi, tự hào trong Nhân dân."),
 J("- Quảng bá hình ảnh quận Sơn Trà năng động, thân thiện, mến khách đến bạn bè các nước ASEAN; công tác tuyên truyền bảo đảm thiết thực, hiệu quả, tiết kiệm."),
 H("II. NỘI DUNG TUYÊN TRUYỀN"),
 J("- Vai trò, vị thế của ASEAN; những thành tựu của Cộng đồng ASEAN trên ba trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; đất nước, con người các nước thành viên ASEAN."),
 J("- Năm Chủ tịch ASEAN 2020 của Việt Nam với chủ đề “Gắn kết và chủ động thích ứng”; các Hội nghị Cấp cao ASEAN lần thứ 36, 37 và các sự kiện quan trọng của ASEAN năm 2020; kỷ niệm 25 năm Việt Nam gia nhập ASEAN (1995 - 2020)."),
 J("- Cơ hội, thách thức đối với doanh nghiệp, người lao động trên địa bàn quận, nhất là trong lĩnh vực du lịch, dịch vụ khi Việt Nam tham gia Cộng đồng ASEAN."),
 H("III. NHIỆM VỤ CỤ THỂ"),
 "\n".join(table),
 H("IV. KINH PHÍ THỰC HIỆN"),
 J("Kinh phí thực hiện được bố trí trong dự toán ngân sách quận năm 2019, năm 2020 giao cho các cơ quan, đơn vị; huy động nguồn xã hội hóa từ các doanh nghiệp du lịch trên địa bàn."),
 H("V. TỔ CHỨC THỰC HIỆN"),
 J("<strong>1. Phòng Văn hóa và Thông tin quận</strong>"),
 J("Là cơ quan thường trực, tham mưu UBND quận hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo UBND quận và Sở Thông tin và Truyền thông thành phố trước ngày 30/11/2019 và trước ngày 30/11/2020."),
 J("<strong>2. Phòng Tài chính - Kế hoạch quận</strong>"),
 J("Tham mưu UBND quận bố trí kinh phí thực hiện Kế hoạch theo quy định."),
 J("<strong>3. Các cơ quan, đơn vị được phân công tại Mục III</strong>"),
 J("Chủ động xây dựng kế hoạch chi tiết và tổ chức thực hiện; báo cáo kết quả về Phòng Văn hóa và Thông tin quận trước ngày 20/11 hằng năm để tổng hợp."),
 J("<strong>4. Đề nghị Ủy ban MTTQ Việt Nam quận và các đoàn thể chính trị - xã hội quận</strong>"),
 J("Phối hợp tuyên truyền trong đoàn viên, hội viên và Nhân dân về các nội dung của Kế hoạch."),
 J("<strong>5. UBND các phường</strong>"),
 J("Tổ chức tuyên truyền trên hệ thống loa truyền thanh phường, tại các cuộc họp tổ dân phố; treo băng rôn, khẩu hiệu tại trụ sở và nơi công cộng."),
 J("Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn quận Sơn Trà. Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch UBND các phường triển khai thực hiện./."),
 '<table style="width:100%;border:none"><tbody><tr>'
 '<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br/>- UBND thành phố (b/c);<br/>- Sở TT&amp;TT thành phố;<br/>- TT Quận ủy, TT HĐND quận;<br/>- CT, các PCT UBND quận;<br/>- UBMTTQVN và các đoàn thể quận;<br/>- Các phòng, ban, đơn vị quận;<br/>- UBND các phường;<br/>- Lưu: VT, VHTT.</p></td>'
 '<td style="width:50%;text-align:center;vertical-align:top"><p><strong>TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</strong></p><p>&nbsp;</p><p>(Đã ký)</p><p>&nbsp;</p><p><strong>Lê Thị Bích Thuận</strong></p></td>'
 '</tr></tbody></table>',
]
PAGE = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn quận Sơn Trà - Cổng thông tin điện tử quận Sơn Trà</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{{font-family:Arial,sans-serif;font-size:14px;margin:0}} .wrap{{width:1100px;margin:auto}} .top{{background:#0b4f9c;color:#fff;padding:10px}}
.menu a{{color:#fff;margin-right:14px;text-decoration:none}} .main{{display:flex}} .content{{width:760px;padding:10px}} .side{{width:300px;padding:10px;background:#f3f6fa}}
.news-content p{{margin:6px 0;font-family:'Times New Roman',serif;font-size:16px}} .meta{{color:#777;font-size:12px}}</style>
</head>
<body>
<div class="top"><div class="wrap"><div class="brand">CỔNG THÔNG TIN ĐIỆN TỬ QUẬN SƠN TRÀ - THÀNH PHỐ ĐÀ NẴNG</div>
<div class="menu"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc">Tin tức - Sự kiện</a><a href="/van-ban">Văn bản</a><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a><a href="/lien-he">Liên hệ</a></div></div></div>
<div class="wrap">
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc">Tin tức - Sự kiện</a> &raquo; <a href="/tin-tuc/van-ban-chi-dao-dieu-hanh">Văn bản chỉ đạo điều hành</a></div>
<div class="main">
<div class="content">
<h1 class="title">Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn quận Sơn Trà</h1>
<div class="meta">Ngày đăng: 10/10/2019 08:15 | Lượt xem: 1.284</div>
<div class="news-content">
{chr(10).join(DOC)}
</div>
<div class="attach">Tệp đính kèm: <a href="/Uploads/2019/10/2786-KH-UBND.pdf">2786-KH-UBND.pdf</a></div>
<div class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/tin-tuc/1">Quận Sơn Trà triển khai công tác chuẩn bị Năm Chủ tịch ASEAN 2020</a> (02/10/2019)</li>
<li><a href="/tin-tuc/2">Hội nghị sơ kết công tác văn hóa, thông tin 9 tháng đầu năm 2019</a> (27/9/2019)</li>
</ul></div>
</div>
<div class="side"><h3>Liên kết website</h3><ul><li>Cổng thông tin điện tử thành phố Đà Nẵng</li><li>Hệ thống văn bản quận</li><li>Dịch vụ công trực tuyến</li></ul></div>
</div></div>
<div class="footer"><div class="wrap">Cơ quan chủ quản: Ủy ban nhân dân quận Sơn Trà<br/>Ghi rõ nguồn “Cổng thông tin điện tử quận Sơn Trà” khi phát hành lại thông tin từ website này</div></div>
</body>
</html>
"""
(STAGE / f"{NAME}.html").write_text(PAGE, encoding="utf-8")
print("wrote", STAGE / f"{NAME}.html")
