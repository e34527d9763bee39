"""Plan 1 (layout: provincial portal 'văn bản' page, vbpl-style): UBND tỉnh Yên Bái, ASEAN 2019-2020.

The document sits inside a portal page (banner, menu, breadcrumb, attribute box, related-documents list, footer).
Header block and national motto are a borderless <table>; the body is <p> paragraphs indented with &nbsp;,
with inline <b>/<i>, and <br> line breaks *inside* paragraphs: a task's bold heading, its text and its
'- Cơ quan chủ trì: …' field lines are one <p> separated by <br>; purpose bullets share one <p>.
Writes ../yen-bai_176-KH-UBND_2019_asean-vbplportal.html and sources/<NAME>.source.txt (the rendered text)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE, html_text

NAME = "yen-bai_176-KH-UBND_2019_asean-vbplportal"
I4 = "&nbsp;&nbsp;&nbsp;&nbsp;"
PS = 'style="margin-top:6.0pt;text-align:justify"'


def P(*lines, bold_first=False):
    """One <p>; several lines joined with <br> (a Word paragraph with manual line breaks, as portals keep them)."""
    out = []
    for i, l in enumerate(lines):
        if i == 0 and bold_first:
            out.append(f"{I4}<b>{l}</b>")
        else:
            out.append(I4 + l)
    return f"<p {PS}>" + "<br>\n".join(out) + "</p>"


def H(t):
    return f"<p {PS}>{I4}<b>{t}</b></p>"


def TASK(n, title, text, lead, sup, time):
    lines = [f"{n}. {title}", text, f"- <i>Cơ quan chủ trì:</i> {lead}"]
    if sup:
        lines.append(f"- <i>Cơ quan phối hợp:</i> {sup}")
    lines.append(f"- <i>Thời gian thực hiện:</i> {time}")
    return P(*lines, bold_first=True)


BODY = [
    P("Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN về việc ban hành "
      "Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020; Công văn số 03/BTTTT-BCĐASEAN ngày 26/6/2019 của Bộ Thông tin "
      "và Truyền thông về việc triển khai Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020;"),
    P("Xét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 58/TTr-STTTT ngày 22/7/2019,"),
    P("Ủy ban nhân dân tỉnh Yên Bái ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh như sau:"),
    H("I. MỤC ĐÍCH, YÊU CẦU"),
    H("1. Mục đích"),
    P("- Nâng cao nhận thức của cán bộ, đảng viên, công chức, viên chức, doanh nghiệp và các tầng lớp nhân dân trên địa bàn tỉnh "
      "về Cộng đồng ASEAN, về đất nước, con người các nước thành viên ASEAN và những lợi ích thiết thực mà Cộng đồng ASEAN mang lại; "
      "giúp người dân, doanh nghiệp chủ động chuẩn bị, nắm bắt được cơ hội để phát triển khi tham gia vào Cộng đồng ASEAN.",
      "- Tạo sự đồng thuận trong xã hội, góp phần thực hiện thành công vai trò Chủ tịch ASEAN 2020 của Việt Nam; quảng bá hình ảnh "
      "đất nước, con người Yên Bái tới bạn bè các nước ASEAN."),
    H("2. Yêu cầu"),
    P("- Công tác tuyên truyền phải được triển khai thường xuyên, liên tục, thể hiện dòng chảy chính của công tác hội nhập ASEAN; "
      "nội dung tuyên truyền chính xác, phù hợp với từng đối tượng, gắn với nhiệm vụ chính trị của tỉnh.",
      "- Phát huy vai trò của các cơ quan báo chí, hệ thống thông tin cơ sở và các phương tiện truyền thông mới; bảo đảm tiết kiệm, hiệu quả."),
    H("II. NỘI DUNG TUYÊN TRUYỀN"),
    P("- Các sự kiện quan trọng của ASEAN trong năm: Hội nghị Cấp cao ASEAN, Hội nghị Bộ trưởng Ngoại giao ASEAN; chủ đề năm ASEAN 2019 "
      "“Thúc đẩy quan hệ đối tác vì sự bền vững” do Thái Lan làm Chủ tịch; Năm Chủ tịch ASEAN 2020 của Việt Nam và kỷ niệm 25 năm "
      "Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020)."),
    P("- Các cam kết trong ASEAN mà Việt Nam tham gia; cơ hội và thách thức đối với doanh nghiệp, hợp tác xã, người lao động của tỉnh "
      "khi tham gia Cộng đồng ASEAN."),
    P("- Tiềm năng, thế mạnh, môi trường đầu tư và các sản phẩm du lịch, đặc sản của tỉnh Yên Bái."),
    H("III. NHIỆM VỤ VÀ GIẢI PHÁP CỤ THỂ"),
    TASK(1, "Tăng cường công tác chỉ đạo, phối hợp thông tin về ASEAN",
         "Xây dựng cơ chế phối hợp giữa các cấp, các ngành theo chiều ngang và chiều dọc trong công tác thông tin tuyên truyền về ASEAN; "
         "định hướng các cơ quan báo chí của tỉnh về những nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn.",
         "Sở Thông tin và Truyền thông.", "Ban Tuyên giáo Tỉnh ủy; Hội Nhà báo tỉnh.", "Năm 2019 - 2020."),
    TASK(2, "Thông tin trên báo chí và Cổng Thông tin điện tử tỉnh",
         "Mở và duy trì các chuyên trang, chuyên mục về ASEAN; tăng thời lượng tin, bài về Năm Chủ tịch ASEAN 2020 của Việt Nam; "
         "tổ chức tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam; khai thác, phát sóng "
         "phim tài liệu về đất nước, con người các nước ASEAN.",
         "Báo Yên Bái, Đài Phát thanh và Truyền hình tỉnh, Văn phòng Ủy ban nhân dân tỉnh (Cổng Thông tin điện tử tỉnh).",
         "Sở Thông tin và Truyền thông.", "Thường xuyên."),
    TASK(3, "Chia sẻ cơ sở dữ liệu, tuyên truyền trên các phương tiện truyền thông mới",
         "Chia sẻ dữ liệu, ấn phẩm truyền thông quảng bá về tỉnh Yên Bái lên Cổng thông tin ASEAN Việt Nam; khai thác kho dữ liệu chung "
         "tuyên truyền về ASEAN; chia sẻ tin, bài của Ứng dụng và Fanpage “ASEAN và Việt Nam” trên các trang mạng xã hội của cơ quan, đơn vị.",
         "Sở Thông tin và Truyền thông.", "Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố.", "Năm 2019 - 2020."),
    TASK(4, "Lồng ghép tuyên truyền trong hoạt động của Mặt trận và các đoàn thể",
         "Lồng ghép nội dung tuyên truyền về ASEAN trong các buổi nói chuyện chuyên đề, hội nghị báo cáo viên, sinh hoạt chi đoàn, chi hội; "
         "chú trọng đối tượng thanh niên, phụ nữ, nông dân ở vùng nông thôn, vùng đồng bào dân tộc thiểu số.",
         "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh.", None,
         "Định kỳ hằng quý."),
    TASK(5, "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN",
         "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên, phóng viên, biên tập viên, cán bộ làm "
         "công tác thông tin cơ sở; cử cán bộ tham dự các lớp tập huấn do Trung ương tổ chức.",
         "Sở Thông tin và Truyền thông.", "Ban Tuyên giáo Tỉnh ủy.", "Quý IV/2019."),
    TASK(6, "Thông tin về ASEAN cho cộng đồng doanh nghiệp",
         "Tổ chức hội nghị, tọa đàm phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, Cơ chế một cửa ASEAN, thương mại điện tử; "
         "giới thiệu cơ hội kinh doanh với thị trường các nước ASEAN cho doanh nghiệp, hợp tác xã trên địa bàn tỉnh.",
         "Sở Công Thương.", "Sở Kế hoạch và Đầu tư; Hiệp hội Doanh nghiệp tỉnh.", "Năm 2020."),
    TASK(7, "Tuyên truyền về ASEAN trong trường học",
         "Đưa nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa của các trường trung học cơ sở, trung học phổ thông; phát động học sinh "
         "tham gia cuộc thi tìm hiểu về ASEAN; xây dựng Góc ASEAN tại thư viện các trường trung học phổ thông.",
         "Sở Giáo dục và Đào tạo.", "Tỉnh đoàn.", "Năm 2019 - 2020."),
    TASK(8, "Hoạt động văn hóa, thể thao và tuyên truyền cổ động trực quan",
         "Tổ chức giao lưu văn hóa, văn nghệ, triển lãm ảnh về các nước ASEAN nhân kỷ niệm Ngày thành lập ASEAN (08/8); treo băng rôn, "
         "khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020 tại trung tâm thành phố Yên Bái, thị xã Nghĩa Lộ và các huyện.",
         "Sở Văn hóa, Thể thao và Du lịch.", "Ủy ban nhân dân các huyện, thị xã, thành phố.", "Tháng 01 - tháng 8/2020."),
    TASK(9, "Quảng bá hình ảnh tỉnh Yên Bái, xúc tiến đầu tư, thương mại, du lịch",
         "Tham gia các hội chợ, hội nghị xúc tiến đầu tư, thương mại, du lịch tại các nước ASEAN; giới thiệu tiềm năng, thế mạnh, dự án kêu "
         "gọi đầu tư của tỉnh và các sản phẩm du lịch đặc trưng (ruộng bậc thang Mù Cang Chải, hồ Thác Bà, văn hóa Mường Lò); quảng bá các "
         "đặc sản quế Văn Yên, chè Suối Giàng tới doanh nghiệp, du khách các nước ASEAN.",
         "Sở Kế hoạch và Đầu tư.", "Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch.", "Năm 2019 - 2020."),
    TASK(10, "Nắm bắt dư luận, đấu tranh phản bác thông tin sai trái",
         "Theo dõi, nắm bắt tình hình dư luận xã hội về ASEAN và quan hệ Việt Nam - ASEAN; kịp thời phát hiện, đấu tranh phản bác các thông "
         "tin sai trái, xuyên tạc trên không gian mạng.",
         "Công an tỉnh.", "Sở Thông tin và Truyền thông, Ban Tuyên giáo Tỉnh ủy.", "Thường xuyên."),
    H("IV. KINH PHÍ THỰC HIỆN"),
    P("Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước hằng năm của các cơ quan, đơn vị theo phân cấp ngân sách "
      "hiện hành; lồng ghép trong kinh phí thực hiện nhiệm vụ chuyên môn của các cơ quan, đơn vị và huy động các nguồn hợp pháp khác."),
    P("Hằng năm, căn cứ nhiệm vụ được giao, các cơ quan, đơn vị xây dựng dự toán kinh phí gửi Sở Tài chính thẩm định, trình Ủy ban nhân dân "
      "tỉnh xem xét, bố trí. Năm 2020, kinh phí tổ chức các hoạt động tuyên truyền về Năm Chủ tịch ASEAN 2020 do Sở Thông tin và Truyền "
      "thông chủ trì dự kiến 150 triệu đồng."),
    H("V. TỔ CHỨC THỰC HIỆN"),
    H("1. Sở Thông tin và Truyền thông"),
    P("- Là cơ quan thường trực, chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch này.",
      "- Tổng hợp kết quả thực hiện, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 15/12 hằng năm."),
    H("2. Sở Tài chính"),
    P("Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định."),
    H("3. Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã, thành phố"),
    P("Căn cứ chức năng, nhiệm vụ, xây dựng kế hoạch cụ thể để triển khai thực hiện; gửi báo cáo kết quả về Sở Thông tin và Truyền thông "
      "trước ngày 30/11 hằng năm để tổng hợp."),
    H("4. Đề nghị Ban Tuyên giáo Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"),
    P("Phối hợp chỉ đạo, định hướng công tác tuyên truyền về ASEAN trong hệ thống chính trị; tuyên truyền, vận động đoàn viên, hội viên "
      "tích cực tham gia các hoạt động hưởng ứng Năm Chủ tịch ASEAN 2020."),
    P("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Thông tin và Truyền thông để "
      "tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./."),
]

RECIPIENTS = ["- Bộ Thông tin và Truyền thông;", "- Ban Chỉ đạo TTTT ASEAN;", "- TT. Tỉnh ủy;", "- TT. HĐND tỉnh;",
              "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành, đoàn thể tỉnh;", "- UBND các huyện, thị xã, thành phố;",
              "- Báo Yên Bái, Đài PT-TH tỉnh;", "- Cổng TTĐT tỉnh;", "- Lưu: VT, VX."]

DOC = f"""<div class="vb-header">
<table border="0" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;border:none">
 <tr>
  <td width="38%" valign="top" style="border:none;padding:0cm 5.4pt">
   <p align="center" style="text-align:center"><b>ỦY BAN NHÂN DÂN<br>
   TỈNH YÊN BÁI<br>
   -------</b></p>
  </td>
  <td width="62%" valign="top" style="border:none;padding:0cm 5.4pt">
   <p align="center" style="text-align:center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>
   Độc lập - Tự do - Hạnh phúc<br>
   ---------------</b></p>
  </td>
 </tr>
 <tr>
  <td width="38%" valign="top" style="border:none;padding:0cm 5.4pt">
   <p align="center" style="text-align:center">Số: 176/KH-UBND</p>
  </td>
  <td width="62%" valign="top" style="border:none;padding:0cm 5.4pt">
   <p align="right" style="text-align:right"><i>Yên Bái, ngày 02 tháng 8 năm 2019</i></p>
  </td>
 </tr>
</table>
</div>
<p align="center" style="margin-top:12.0pt;text-align:center"><b>KẾ HOẠCH</b></p>
<p align="center" style="text-align:center"><b>Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020<br>
trên địa bàn tỉnh Yên Bái</b></p>
<p align="center" style="text-align:center">_______________</p>
{chr(10).join(BODY)}
<table border="0" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;border:none">
 <tr>
  <td width="45%" valign="top" style="border:none;padding:0cm 5.4pt">
   <p><b><i>Nơi nhận:</i></b><br>
   {'<br>'.join(RECIPIENTS)}</p>
  </td>
  <td width="55%" valign="top" style="border:none;padding:0cm 5.4pt">
   <p align="center" style="text-align:center"><b>TM. ỦY BAN NHÂN DÂN<br>
   KT. CHỦ TỊCH<br>
   PHÓ CHỦ TỊCH<br>
   <br>
   <br>
   <br>
   Hà Đức Toàn</b></p>
  </td>
 </tr>
</table>"""

PAGE = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kế hoạch số 176/KH-UBND về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 - Cổng thông tin điện tử tỉnh Yên Bái</title>
<link rel="stylesheet" href="/Style%20Library/yenbai/css/portal.css">
<script src="/Style%20Library/yenbai/js/jquery.min.js"></script>
</head>
<body>
<div id="wrapper">
<header class="banner">
 <div class="logo"><img src="/Style%20Library/yenbai/images/quochuy.png" alt="Quốc huy"></div>
 <div class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI</div>
 <div class="site-sub">Yen Bai Provincial Portal</div>
 <div class="lang"><a href="/Pages/default.aspx">Tiếng Việt</a> | <a href="/en/Pages/default.aspx">English</a></div>
</header>
<nav class="menu">
 <ul>
  <li><a href="/Pages/default.aspx">Trang chủ</a></li>
  <li><a href="/gioithieu/Pages/default.aspx">Giới thiệu</a></li>
  <li><a href="/tintuc/Pages/default.aspx">Tin tức - Sự kiện</a></li>
  <li><a href="/chinhquyen/Pages/default.aspx">Chính quyền</a></li>
  <li class="active"><a href="/vanban/Pages/default.aspx">Văn bản</a></li>
  <li><a href="https://dichvucong.yenbai.gov.vn">Dịch vụ công</a></li>
  <li><a href="/hoidap/Pages/default.aspx">Hỏi đáp</a></li>
 </ul>
</nav>
<div class="breadcrumb"><a href="/Pages/default.aspx">Trang chủ</a> » <a href="/vanban/Pages/default.aspx">Văn bản</a> » <a href="/vanban/Pages/van-ban-chi-dao-dieu-hanh.aspx">Văn bản chỉ đạo điều hành</a></div>
<div class="main">
 <div class="col-left">
  <h1 class="vb-title">Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Yên Bái</h1>
  <div class="vb-date">Ngày đăng: 05/08/2019 15:42 | Lượt xem: 1.254</div>
  <div class="toolbar"><a href="javascript:window.print()">In trang</a> | <a href="/vanban/Lists/VanBan/Attachments/3412/176-KH-UBND.pdf">Tải văn bản gốc</a> | <a href="#" class="share">Chia sẻ</a></div>
  <div class="vb-content">
{DOC}
  </div>
  <div class="vb-related">
   <h3>Văn bản cùng lĩnh vực</h3>
   <ul>
    <li><a href="/vanban/Pages/vb-3398.aspx">Kế hoạch thông tin đối ngoại tỉnh Yên Bái năm 2019</a> (25/01/2019)</li>
    <li><a href="/vanban/Pages/vb-3351.aspx">Kế hoạch tổ chức các hoạt động kỷ niệm Ngày Quốc khánh 2/9</a> (16/07/2019)</li>
    <li><a href="/vanban/Pages/vb-3307.aspx">Quyết định ban hành Quy chế quản lý Cổng thông tin điện tử tỉnh</a> (03/06/2019)</li>
   </ul>
  </div>
 </div>
 <aside class="col-right">
  <div class="box"><div class="box-title">Tìm kiếm văn bản</div>
   <form action="/vanban/Pages/timkiem.aspx"><input type="text" name="kw" placeholder="Nhập từ khóa"><button type="submit">Tìm</button></form></div>
  <div class="box"><div class="box-title">Liên kết</div>
   <ul><li><a href="http://vbpl.vn">Cơ sở dữ liệu quốc gia về văn bản pháp luật</a></li>
   <li><a href="http://congbao.chinhphu.vn">Công báo Chính phủ</a></li>
   <li><a href="http://aseanvietnam.vn">Cổng thông tin ASEAN Việt Nam</a></li></ul></div>
 </aside>
</div>
<footer class="footer">
 <p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI</b><br>
 Cơ quan chủ quản: Ủy ban nhân dân tỉnh Yên Bái<br>
 Địa chỉ: Tổ 25, phường Đồng Tâm, thành phố Yên Bái, tỉnh Yên Bái - Điện thoại: 0216.3852.145 - Email: congthongtin@yenbai.gov.vn<br>
 Giấy phép số 45/GP-TTĐT ngày 18/4/2017 của Cục Phát thanh, truyền hình và thông tin điện tử<br>
 Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Yên Bái” khi phát hành lại thông tin từ website này.</p>
</footer>
</div>
</body>
</html>
"""

(STAGE / f"{NAME}.html").write_text(PAGE, encoding="utf-8")
(Path(__file__).parent / f"{NAME}.source.txt").write_text(html_text(DOC), encoding="utf-8")
print("wrote", NAME)
