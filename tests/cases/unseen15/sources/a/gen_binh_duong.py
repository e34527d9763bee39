"""Plan 3 — Bình Dương, Sở Công Thương, 612/KH-SCT (15/3/2023), asean-2021-2025. Department plan published on the
department's subsite of the provincial portal: ordinary HTML5 page (site header, breadcrumb, article title and date,
the document as <table> header + <p> paragraphs, related-news list, footer). Set 15 wording: roles as field lines
`- Cơ quan chủ trì: X; cơ quan phối hợp: Y, Z.`, as `X (chủ trì), Y (phối hợp)`, `X, Y theo chức năng, nhiệm vụ`, a
task with only `phối hợp với X` (no lead), a task with NO role at all; internal units of the Sở named without the Sở
(`Phòng Quản lý Thương mại`, `Văn phòng Sở`); times (`trong quý II và quý III/2023`, `theo Chương trình xúc tiến
thương mại năm 2023 của tỉnh`, `quý IV/2023`, `hoàn thành trước 30/9/2023`, `định kỳ hằng quý`, `trước ngày
25/11/2023`, `trước ngày 05/12/2023`); money (`lồng ghép từ nguồn kinh phí khuyến công, xúc tiến thương mại`, `kinh
phí chi thường xuyên của Sở`, `đóng góp của doanh nghiệp`, `120.000.000 đồng (Một trăm hai mươi triệu đồng)`)."""
import sys, html
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
NAME = "binh-duong_612-KH-SCT_2023_asean-rolefields"
E = html.escape
BODY = [
 ("c", "<strong>KẾ HOẠCH</strong>"),
 ("c", "<strong>Thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương năm 2023</strong>"),
 ("p", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("p", "Căn cứ Kế hoạch số 5210/KH-UBND ngày 03/11/2021 của Ủy ban nhân dân tỉnh Bình Dương về thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn tỉnh;"),
 ("p", "Sở Công Thương xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương năm 2023, cụ thể như sau:"),
 ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("b", "1. Mục đích"),
 ("p", "Giúp cộng đồng doanh nghiệp trên địa bàn tỉnh nắm bắt đầy đủ các cam kết, cơ hội và thách thức trong Trụ cột Kinh tế của Cộng đồng ASEAN; giới thiệu các doanh nghiệp điển hình của tỉnh đã tận dụng thành công thị trường ASEAN."),
 ("b", "2. Yêu cầu"),
 ("p", "Nội dung tuyên truyền thiết thực, đúng đối tượng; tăng cường phối hợp thông tin giữa Sở Công Thương với các sở, ngành, hiệp hội doanh nghiệp và cơ quan báo chí của tỉnh."),
 ("b", "II. NỘI DUNG, NHIỆM VỤ CỤ THỂ"),
 ("b", "1. Phổ biến các cam kết của Việt Nam trong ASEAN cho doanh nghiệp xuất nhập khẩu"),
 ("p", "Tổ chức 02 hội nghị phổ biến Hiệp định Thương mại hàng hóa ASEAN (ATIGA), quy tắc xuất xứ, thương mại điện tử và cơ chế hải quan một cửa ASEAN cho doanh nghiệp xuất nhập khẩu trên địa bàn tỉnh."),
 ("p", "- Cơ quan chủ trì: Phòng Quản lý Thương mại; cơ quan phối hợp: Cục Hải quan tỉnh Bình Dương, Hiệp hội Doanh nghiệp tỉnh Bình Dương."),
 ("p", "- Thời gian: trong quý II và quý III/2023."),
 ("b", "2. Duy trì chuyên mục về ASEAN trên Trang thông tin điện tử của Sở"),
 ("p", "Trung tâm Khuyến công và Tư vấn phát triển công nghiệp (chủ trì), Văn phòng Sở (phối hợp) duy trì chuyên mục \u201cHội nhập kinh tế quốc tế - ASEAN\u201d trên Trang thông tin điện tử Sở Công Thương, đăng tải tối thiểu 04 tin, bài/tháng; giới thiệu câu chuyện của các doanh nghiệp xuất khẩu thành công sang thị trường ASEAN."),
 ("b", "3. Hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm tại các nước ASEAN"),
 ("p", "Tổ chức đoàn doanh nghiệp tham gia hội chợ, triển lãm tại Thái Lan, Campuchia để quảng bá sản phẩm, thương hiệu của doanh nghiệp Bình Dương; kết nối giao thương với nhà nhập khẩu các nước ASEAN."),
 ("p", "- Cơ quan chủ trì: Trung tâm Xúc tiến Thương mại; cơ quan phối hợp: các hiệp hội ngành hàng (gỗ, dệt may, da giày)."),
 ("p", "- Thời gian: theo Chương trình xúc tiến thương mại năm 2023 của tỉnh."),
 ("b", "4. Hướng dẫn doanh nghiệp nhỏ và vừa tham gia thương mại điện tử, chuyển đổi số"),
 ("p", "Phòng Quản lý Thương mại, Phòng Quản lý Công nghiệp theo chức năng, nhiệm vụ hướng dẫn doanh nghiệp nhỏ và vừa đưa sản phẩm lên các sàn thương mại điện tử khu vực ASEAN, ứng dụng chuyển đổi số trong sản xuất, kinh doanh."),
 ("b", "5. Thông tin về chuỗi cung ứng giá trị khu vực cho doanh nghiệp trong các khu công nghiệp"),
 ("p", "Phối hợp với Ban Quản lý các khu công nghiệp Bình Dương thông tin cho doanh nghiệp trong các khu công nghiệp về cơ hội tham gia chuỗi cung ứng giá trị khu vực, dịch chuyển đầu tư trong ASEAN. Thời gian: quý IV/2023."),
 ("b", "6. Tập huấn kỹ năng cung cấp thông tin về ASEAN"),
 ("p", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN trong lĩnh vực công thương cho công chức, viên chức của Sở, hoàn thành trước 30/9/2023."),
 ("b", "7. Phổ biến thông tin về phòng vệ thương mại trong khu vực"),
 ("p", "Cập nhật, phổ biến định kỳ hằng quý các vụ việc điều tra phòng vệ thương mại của các nước ASEAN đối với hàng hóa xuất khẩu của Việt Nam để doanh nghiệp chủ động ứng phó."),
 ("b", "III. KINH PHÍ THỰC HIỆN"),
 ("p", "Kinh phí thực hiện Kế hoạch được lồng ghép từ nguồn kinh phí khuyến công, xúc tiến thương mại năm 2023 đã được Ủy ban nhân dân tỉnh phê duyệt và kinh phí chi thường xuyên của Sở; huy động sự đóng góp của doanh nghiệp tham gia hội chợ, triển lãm."),
 ("p", "Kinh phí tổ chức 02 hội nghị tại khoản 1 Mục II dự kiến là 120.000.000 đồng (Một trăm hai mươi triệu đồng)."),
 ("b", "IV. TỔ CHỨC THỰC HIỆN"),
 ("b", "1. Các phòng, đơn vị thuộc Sở"),
 ("p", "Căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch chi tiết và tổ chức thực hiện; báo cáo kết quả thực hiện về Sở (qua Văn phòng Sở) trước ngày 25/11/2023."),
 ("b", "2. Văn phòng Sở"),
 ("p", "Là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông trước ngày 05/12/2023."),
 ("b", "3. Đề nghị Hiệp hội Doanh nghiệp tỉnh Bình Dương và các hiệp hội ngành hàng"),
 ("p", "Phối hợp phổ biến thông tin về ASEAN đến các hội viên; phản ánh kịp thời khó khăn, vướng mắc của doanh nghiệp về Sở Công Thương."),
 ("p", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương năm 2023 của Sở Công Thương tỉnh Bình Dương./."),
]
RECIP = ["<strong><em>Nơi nhận:</em></strong>", "- UBND tỉnh (b/c);", "- Sở TT&amp;TT;", "- Giám đốc, các PGĐ Sở;",
         "- Các phòng, đơn vị thuộc Sở;", "- Hiệp hội DN tỉnh;", "- Lưu: VT, QLTM."]
SIGN = ["<strong>KT. GIÁM ĐỐC</strong>", "<strong>PHÓ GIÁM ĐỐC</strong>", "<br><br><br>", "<strong>Phan Thị Ngọc Hà</strong>"]

def main():
    parts = []
    for k, t in BODY:
        if k == "c":
            parts.append(f'<p style="text-align:center">{t}</p>')
        elif k == "b":
            parts.append(f'<p style="text-align:justify"><strong>{E(t, quote=False)}</strong></p>')
        else:
            parts.append(f'<p style="text-align:justify">{E(t, quote=False)}</p>')
    body = "\n".join(parts)
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Kế hoạch thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương năm 2023 - Sở Công Thương tỉnh Bình Dương</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/Portals/_default/skins/sct/css/main.css">
<style>.news-content p{{margin:0 0 8px;line-height:1.5}} .hd td{{vertical-align:top}}</style>
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body>
<div id="site-header">
 <div class="logo"><a href="/"><img src="/images/logo-sct.png" alt="Sở Công Thương tỉnh Bình Dương"></a></div>
 <div class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG<br><span>SỞ CÔNG THƯƠNG</span></div>
 <ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/hoi-nhap">Hội nhập kinh tế quốc tế</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
</div>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/hoi-nhap">Hội nhập kinh tế quốc tế</a> &raquo; <span>Thông báo - Kế hoạch</span></div>
<div class="main">
<article class="news-detail">
<h1 class="news-title">Kế hoạch thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương năm 2023</h1>
<div class="news-meta">Ngày đăng: 17/03/2023 08:42 &nbsp;|&nbsp; Lượt xem: 316</div>
<div class="news-content">
<table class="hd" style="width:100%;border:none">
<tr><td style="width:42%;text-align:center">ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG<br><strong>SỞ CÔNG THƯƠNG</strong></td>
<td style="text-align:center"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong></td></tr>
<tr><td style="text-align:center">Số: 612/KH-SCT</td><td style="text-align:center"><em>Bình Dương, ngày 15 tháng 3 năm 2023</em></td></tr>
</table>
{body}
<table class="hd" style="width:100%;border:none">
<tr><td style="width:50%;font-size:11pt">{'<br>'.join(RECIP)}</td>
<td style="text-align:center">{'<br>'.join(SIGN)}</td></tr>
</table>
<p class="attach">Tệp đính kèm: <a href="/Uploads/2023/3/612-KH-SCT.pdf">612-KH-SCT.pdf</a></p>
</div>
</article>
<aside class="related">
<h3>Tin liên quan</h3>
<ul>
<li><a href="/tin-tuc/hoi-nghi-tap-huan-thuong-mai-dien-tu-2022">Hội nghị tập huấn kỹ năng kinh doanh trên sàn thương mại điện tử năm 2022</a> (08/12/2022)</li>
<li><a href="/tin-tuc/chuong-trinh-xttm-2023">Phê duyệt Chương trình xúc tiến thương mại tỉnh Bình Dương năm 2023</a> (20/01/2023)</li>
<li><a href="/tin-tuc/canh-bao-phong-ve-thuong-mai-q4-2022">Cảnh báo sớm phòng vệ thương mại quý IV/2022</a> (05/01/2023)</li>
</ul>
</aside>
</div>
<div id="footer">
<p>SỞ CÔNG THƯƠNG TỈNH BÌNH DƯƠNG - Tầng 9, Tháp A, Tòa nhà Trung tâm Hành chính tỉnh, phường Hòa Phú, thành phố Thủ Dầu Một, tỉnh Bình Dương</p>
<p>Điện thoại: (0274) 3822 381 - Email: socongthuong@binhduong.gov.vn</p>
<p>Ghi rõ nguồn "Sở Công Thương tỉnh Bình Dương" khi phát hành lại thông tin từ website này.</p>
</div>
</body>
</html>
"""
    (STAGE / f"{NAME}.html").write_text(page, encoding="utf-8"); print("wrote", NAME)

main()
