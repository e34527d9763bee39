"""Plan 5 — Ban Tuyên giáo Tỉnh ủy Hậu Giang, 112-KH/BTGTU (15/4/2022), asean-2021-2025, as the Ban's own website shows
it: a CMS article page (site banner, menu, breadcrumb, post date and view counter, sidebar of other documents, footer)
whose body is the document typed into the editor — the Party header as a two-column table (`TỈNH ỦY HẬU GIANG / BAN
TUYÊN GIÁO / *` and `ĐẢNG CỘNG SẢN VIỆT NAM`), Party-style number `Số 112-KH/BTGTU` without a colon, paragraphs in <p>
with <strong> headings, a signature table `K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN`, and a link to the signed PDF. The content
part numbers its topics as run-in paragraphs (`1. Tuyên truyền …`); no funding is stated (usual for a Party plan)."""
import html
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
NAME = "hau-giang_112-KH-BTGTU_2022_asean-btgportal"
E = html.escape
BODY = [
 ("p", "Căn cứ Quyết định số 1160/QĐ-TTg, ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("p", "Căn cứ Công văn số 1275-CV/BTGTW, ngày 20/8/2021 của Ban Tuyên giáo Trung ương về tuyên truyền về ASEAN giai đoạn 2021 - 2025;"),
 ("p", "Thực hiện Kế hoạch số 205/KH-UBND, ngày 02/12/2021 của Ủy ban nhân dân tỉnh về thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Hậu Giang giai đoạn 2021 - 2025,"),
 ("p", "Ban Tuyên giáo Tỉnh ủy xây dựng kế hoạch tuyên truyền về ASEAN giai đoạn 2022 - 2025, như sau:"),
 ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("p", "- Tiếp tục nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về Cộng đồng ASEAN, về chủ trương, đường lối đối ngoại, hội nhập quốc tế của Đảng; góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng, hình thành ý thức \u201cTư duy Cộng đồng, Hành động Cộng đồng\u201d."),
 ("p", "- Công tác tuyên truyền bảo đảm định hướng chính trị, tư tưởng, kịp thời, chính xác; gắn với tuyên truyền thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025."),
 ("h", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("p", "1. Tuyên truyền Chủ đề ASEAN theo từng năm, kết quả hợp tác ASEAN trên cả 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; vai trò, đóng góp của Việt Nam trong việc xây dựng Cộng đồng ASEAN đoàn kết, vững mạnh."),
 ("p", "2. Tuyên truyền về hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế - xã hội sau đại dịch; sự chủ động, tích cực của Việt Nam trong các sáng kiến chung của ASEAN như Quỹ ASEAN ứng phó COVID-19, Khung phục hồi tổng thể ASEAN."),
 ("p", "3. Tuyên truyền những câu chuyện thực tiễn, mô hình hay, nhân vật điển hình trong tỉnh được hưởng lợi từ hợp tác ASEAN, nhất là trong sản xuất, xuất khẩu lúa gạo, khóm Cầu Đúc, bưởi Năm Roi sang thị trường các nước ASEAN."),
 ("p", "4. Tuyên truyền về bản sắc Cộng đồng ASEAN, những nét tương đồng về văn hóa, lịch sử giữa các dân tộc trong khu vực, góp phần nâng cao cảm nhận thuộc về một cộng đồng chung."),
 ("p", "5. Tuyên truyền về các lĩnh vực hợp tác mới như kinh tế số, chuyển đổi số, thương mại điện tử, dịch chuyển lao động; những cơ hội, thách thức đối với doanh nghiệp, người lao động của tỉnh."),
 ("p", "6. Đấu tranh, phản bác các quan điểm sai trái, thù địch, xuyên tạc đường lối đối ngoại của Đảng, chính sách của Nhà nước về hội nhập quốc tế và vai trò của Việt Nam trong ASEAN."),
 ("h", "III. HÌNH THỨC TUYÊN TRUYỀN"),
 ("h2", "1. Qua hội nghị báo cáo viên, sinh hoạt chi bộ"),
 ("p", "Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy đưa nội dung về ASEAN vào hội nghị báo cáo viên định kỳ hằng tháng và tài liệu sinh hoạt chi bộ; chú trọng thông tin về tình hình khu vực và hợp tác ASEAN có liên quan trực tiếp đến địa phương."),
 ("h2", "2. Tập huấn, bồi dưỡng đội ngũ làm công tác tuyên truyền"),
 ("p", "Phòng Tuyên truyền - Báo chí - Xuất bản chủ trì, phối hợp với Sở Thông tin và Truyền thông tổ chức 01 lớp tập huấn kỹ năng tuyên truyền về ASEAN cho báo cáo viên, tuyên truyền viên, phóng viên, biên tập viên trong quý III/2022."),
 ("h2", "3. Trên báo chí, nền tảng số"),
 ("p", "Báo Hậu Giang, Đài Phát thanh và Truyền hình Hậu Giang duy trì chuyên trang, chuyên mục về ASEAN, bảo đảm tối thiểu 02 tin, bài, phóng sự/tháng; tăng cường đưa tin trên nền tảng số, mạng xã hội (Facebook, YouTube, Zalo, TikTok) của cơ quan báo chí."),
 ("h", "IV. TỔ CHỨC THỰC HIỆN"),
 ("h2", "1. Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"),
 ("p", "Căn cứ kế hoạch này, tham mưu cấp ủy chỉ đạo triển khai thực hiện phù hợp với tình hình địa phương, đơn vị; báo cáo kết quả thực hiện về Ban Tuyên giáo Tỉnh ủy (qua Phòng Tuyên truyền - Báo chí - Xuất bản) trước ngày 10/12 hằng năm."),
 ("h2", "2. Đề nghị Sở Thông tin và Truyền thông"),
 ("p", "Phối hợp với Ban Tuyên giáo Tỉnh ủy định hướng thông tin về ASEAN cho các cơ quan báo chí, hệ thống thông tin cơ sở; tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương và cơ quan báo chí trong tuyên truyền về ASEAN."),
 ("h2", "3. Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội tỉnh"),
 ("p", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên; vận động đoàn viên, hội viên chia sẻ thông tin tích cực về hợp tác ASEAN trên mạng xã hội."),
 ("h2", "4. Phòng Tuyên truyền - Báo chí - Xuất bản"),
 ("p", "Tham mưu lãnh đạo Ban theo dõi, đôn đốc việc thực hiện kế hoạch; tổng hợp kết quả, báo cáo Ban Tuyên giáo Trung ương và Thường trực Tỉnh ủy trước ngày 15/12 hằng năm."),
]
RECIP = ["- Ban Tuyên giáo Trung ương (b/c),", "- Thường trực Tỉnh ủy (b/c),", "- Sở Thông tin và Truyền thông,",
         "- Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy,", "- Báo Hậu Giang, Đài PT&amp;TH Hậu Giang,",
         "- Lãnh đạo Ban, các phòng,", "- Lưu Văn phòng Ban."]
SIDEBAR = ["Hướng dẫn tuyên truyền kỷ niệm 92 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2022)",
           "Kế hoạch tổ chức Cuộc thi viết về chủ đề “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh” năm 2022",
           "Báo cáo kết quả công tác tuyên giáo quý I năm 2022",
           "Hướng dẫn tuyên truyền kỷ niệm 47 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2022)"]


def para(kind, text):
    t = E(text, quote=False)
    if kind == "h":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if kind == "h2":
        return f'<p style="text-align: justify; text-indent: 36px;"><strong><em>{t}</em></strong></p>'
    return f'<p style="text-align: justify; text-indent: 36px;">{t}</p>'


def main():
    body = "\n".join(para(k, t) for k, t in BODY)
    side = "\n".join(f'        <li><a href="/van-ban/{i + 1021}.html">{E(s, quote=False)}</a></li>' for i, s in enumerate(SIDEBAR))
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Kế hoạch tuyên truyền về ASEAN giai đoạn 2022 - 2025 | Ban Tuyên giáo Tỉnh ủy Hậu Giang</title>
<link rel="stylesheet" href="/wp-content/themes/btg/style.css?ver=2.3.1">
<style>
  .vb-header td, .vb-sign td {{ vertical-align: top; text-align: center; }}
  .post-meta {{ color: #777; font-size: 13px; }}
  .entry-content p {{ margin: 0 0 8px; line-height: 1.5; }}
</style>
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body class="post-template-default single single-post">
<div id="top-banner"><a href="/"><img src="/wp-content/uploads/banner-btg.jpg" alt="BAN TUYÊN GIÁO TỈNH ỦY HẬU GIANG"></a></div>
<nav id="main-menu">
  <ul>
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/gioi-thieu">Giới thiệu</a></li>
    <li><a href="/tin-hoat-dong">Tin hoạt động</a></li>
    <li class="current"><a href="/van-ban">Văn bản</a></li>
    <li><a href="/hoc-tap-va-lam-theo-bac">Học tập và làm theo Bác</a></li>
    <li><a href="/bao-ve-nen-tang-tu-tuong">Bảo vệ nền tảng tư tưởng của Đảng</a></li>
    <li><a href="/lien-he">Liên hệ</a></li>
  </ul>
</nav>
<div id="content" class="container">
  <div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản</a> &raquo; <span>Văn bản của Ban</span></div>
  <main class="col-main">
    <article id="post-4187" class="post type-post">
      <h1 class="entry-title">Kế hoạch tuyên truyền về ASEAN giai đoạn 2022 - 2025</h1>
      <div class="post-meta">Đăng ngày: 19/04/2022 - 08:42 &nbsp;|&nbsp; Lượt xem: 387</div>
      <div class="entry-content">
<table class="vb-header" style="width: 100%; border-collapse: collapse;" border="0">
<tbody>
<tr>
<td style="width: 42%;">TỈNH ỦY HẬU GIANG<br><strong>BAN TUYÊN GIÁO</strong><br>*<br>Số 112-KH/BTGTU</td>
<td style="width: 58%;"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br><br><em>Hậu Giang, ngày 15 tháng 4 năm 2022</em></td>
</tr>
</tbody>
</table>
<p style="text-align: center;"><strong>KẾ HOẠCH</strong><br><strong>tuyên truyền về ASEAN giai đoạn 2022 - 2025</strong><br>-----</p>
{body}
<table class="vb-sign" style="width: 100%; border-collapse: collapse;" border="0">
<tbody>
<tr>
<td style="width: 50%; text-align: left;"><strong><u>Nơi nhận:</u></strong><br>{"<br>".join(RECIP)}</td>
<td style="width: 50%;"><strong>K/T TRƯỞNG BAN<br>PHÓ TRƯỞNG BAN</strong><br><br><em>(Đã ký)</em><br><br><strong>Lê Thị Thu Trang</strong></td>
</tr>
</tbody>
</table>
<p class="attachment">Tệp đính kèm: <a href="/wp-content/uploads/2022/04/112-KH-BTGTU.pdf">112-KH-BTGTU.pdf</a> (412 KB)</p>
      </div>
      <div class="share-box">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài viết</a></div>
    </article>
  </main>
  <aside class="col-side">
    <h3 class="widget-title">Văn bản cùng chuyên mục</h3>
    <ul class="related">
{side}
    </ul>
  </aside>
</div>
<footer id="footer">
  <p>BAN TUYÊN GIÁO TỈNH ỦY HẬU GIANG</p>
  <p>Địa chỉ: Số 02, đường Điện Biên Phủ, phường V, thành phố Vị Thanh, tỉnh Hậu Giang</p>
  <p>Điện thoại: (0293) 3 878 xxx &nbsp;-&nbsp; Email: btg@haugiang.dcs.vn</p>
  <p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
</body>
</html>
"""
    out = STAGE / f"{NAME}.html"
    out.write_text(page, encoding="utf-8")
    print("wrote", out)


main()
