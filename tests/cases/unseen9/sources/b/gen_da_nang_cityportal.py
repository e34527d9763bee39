"""Build da-nang_52-KH-UBND_2026_asean-cityportal.html: an article page of a city government news portal whose body
carries the full plan (the CMS's rich-text field: a borderless header table, centred bold title, justified <p>,
bold headings in <strong>, the signature as a two-column table), wrapped in the portal's chrome: top menu,
breadcrumb, post date and view counter, share buttons (top and bottom), a news lead before the plan, attachment
link, author, tags, 'Tin liên quan' / 'Tin khác' lists with their own dates, footer.
Input: the logical plan text in NAME.source.txt (`A || B` = table row, `#` title lines, `*` bold headings)."""
import html
from pathlib import Path
from common import STAGE, N

NAME = "da-nang_52-KH-UBND_2026_asean-cityportal"
SRC = N((Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8"))
E = html.escape

rows, body = [], []
lines = SRC.splitlines()
header = [l for l in lines[:3]]
sig = [l for l in lines if "||" in l][3:]
rest = [l for l in lines[3:] if "||" not in l]

def hdr_table(rs):
    out = ['<table class="doc-header" style="width:100%;border:none;border-collapse:collapse"><tbody>']
    for i, r in enumerate(rs):
        a, b = [c.strip() for c in r.split("||")]
        if i < 2:
            a, b = f"<strong>{E(a)}</strong>", f"<strong>{E(b)}</strong>"
        else:
            a, b = E(a), f"<em>{E(b)}</em>"
        out.append(f'<tr><td style="width:40%;text-align:center;border:none">{a}</td>'
                   f'<td style="width:60%;text-align:center;border:none">{b}</td></tr>')
    out.append("</tbody></table>")
    return "\n".join(out)

def sig_table(rs):
    left, right = [], []
    for r in rs:
        a, b = [c.strip() for c in r.split("||")]
        if a:
            left.append(a)
        if b:
            right.append(b)
    l_html = f"<p><strong><em>{E(left[0])}</em></strong><br>\n" + "<br>\n".join(E(x) for x in left[1:]) + "</p>"
    r_parts = []
    for x in right:
        if x.startswith("("):
            r_parts.append(f"<em>{E(x)}</em>")
        else:
            r_parts.append(f"<strong>{E(x)}</strong>")
    r_html = "<p>" + "<br>\n".join(r_parts[:3]) + "<br>\n<br>\n" + r_parts[3] + "<br>\n<br>\n" + r_parts[4] + "</p>"
    return ('<table class="doc-sign" style="width:100%;border:none"><tbody><tr>'
            f'<td style="width:50%;vertical-align:top;font-size:11pt;border:none">{l_html}</td>'
            f'<td style="width:50%;vertical-align:top;text-align:center;border:none">{r_html}</td>'
            '</tr></tbody></table>')

doc = [hdr_table(header)]
for l in rest:
    if l.startswith("#"):
        doc.append(f'<p style="text-align:center"><strong>{E(l[1:])}</strong></p>')
    elif l.startswith("*"):
        doc.append(f'<p style="text-align:justify"><strong>{E(l[1:])}</strong></p>')
    else:
        # the CMS pastes Word paragraphs with a non-breaking-space first-line indent
        doc.append(f'<p style="text-align:justify">&nbsp;&nbsp;&nbsp;&nbsp;{E(l)}</p>')
doc.append(sig_table(sig))
DOC = "\n".join(doc)

SHARE = """<div class="share-tools">
  <a class="btn-share fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fdanang.gov.vn%2Ftin-tuc%2Fchinh-tri-xa-hoi%2F-%2Fasset_publisher%2Fp%2Fcontent%2Ftrien-khai-ke-hoach-thong-tin-tuyen-truyen-ve-asean-giai-oan-2026-2030" target="_blank" rel="noopener">Chia sẻ</a>
  <a class="btn-share zalo" href="#" data-oaid="579745863508352884">Zalo</a>
  <a class="btn-share x" href="#">X</a>
  <a class="btn-share mail" href="mailto:?subject=Tri%E1%BB%83n%20khai%20K%E1%BA%BF%20ho%E1%BA%A1ch">Gửi email</a>
  <a class="btn-share print" href="javascript:window.print()">In bài viết</a>
  <span class="font-size">Cỡ chữ: <a href="#">A-</a> <a href="#">A+</a></span>
</div>"""

PAGE = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Triển khai Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2026 - 2030 - Cổng thông tin điện tử thành phố Đà Nẵng</title>
<meta name="description" content="Ngày 20/01/2026, UBND thành phố ban hành Kế hoạch số 52/KH-UBND về thông tin, tuyên truyền về ASEAN trên địa bàn thành phố giai đoạn 2026 - 2030.">
<meta property="og:type" content="article">
<meta property="og:title" content="Triển khai Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2026 - 2030">
<meta property="og:image" content="/documents/10184/0/asean-flags-2026.jpg">
<meta property="article:published_time" content="2026-01-23T15:42:00+07:00">
<link rel="stylesheet" href="/o/danang-theme/css/main.css?v=20251102">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXDN"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}gtag('js',new Date());</script>
</head>
<body class="portal-news">
<div class="top-bar">
  <span class="today">Thứ Sáu, 23/01/2026</span>
  <a href="/web/guest/en">English</a> | <a href="/sitemap">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/o/danang-theme/images/logo-danang.png" alt="Cổng thông tin điện tử thành phố Đà Nẵng"></a>
  <div class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ<br><strong>THÀNH PHỐ ĐÀ NẴNG</strong></div>
  <form class="search" action="/tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>
<nav class="main-menu">
  <ul>
    <li><a href="/">Trang chủ</a></li>
    <li><a href="/gioi-thieu">Giới thiệu</a></li>
    <li class="active"><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
    <li><a href="/chinh-quyen">Chính quyền</a></li>
    <li><a href="/cong-dan">Công dân</a></li>
    <li><a href="/doanh-nghiep">Doanh nghiệp</a></li>
    <li><a href="/du-khach">Du khách</a></li>
    <li><a href="/van-ban">Văn bản</a></li>
  </ul>
</nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức - Sự kiện</a> › <a href="/tin-tuc/chinh-tri-xa-hoi">Chính trị - Xã hội</a></div>
<main class="container">
<article class="news-detail">
<h1 class="news-title">Triển khai Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2026 - 2030</h1>
<div class="news-meta"><span class="date">23/01/2026 15:42</span> <span class="views">Lượt xem: 1.284</span></div>
{SHARE}
<div class="news-sapo"><p><strong>(Cổng TTĐT) - Ngày 20/01/2026, UBND thành phố ban hành Kế hoạch số 52/KH-UBND về thông tin, tuyên truyền về ASEAN trên địa bàn thành phố giai đoạn 2026 - 2030.</strong></p></div>
<div class="news-content">
<p>Kế hoạch nhằm nâng cao nhận thức của cán bộ, doanh nghiệp và người dân về Cộng đồng ASEAN trong bối cảnh ASEAN triển khai Tầm nhìn Cộng đồng ASEAN 2045, đồng thời khai thác cơ hội từ hội nhập để thu hút đầu tư vào Trung tâm tài chính quốc tế và Khu thương mại tự do Đà Nẵng. Sở Văn hóa và Thể thao được giao là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện.</p>
<figure class="image"><img src="/documents/10184/0/asean-flags-2026.jpg" alt="Cờ các nước ASEAN"><figcaption>Cờ các nước ASEAN trên đường Bạch Đằng dịp Hội nghị ASEAN năm 2025. (Ảnh: Văn Minh)</figcaption></figure>
<p><strong>Toàn văn Kế hoạch:</strong></p>
<div class="doc-body" style="font-family:'Times New Roman',serif;font-size:14px">
{DOC}
</div>
<div class="attachments"><p>Tệp đính kèm: <a href="/documents/10184/0/52-KH-UBND.pdf">52-KH-UBND.pdf</a> (486 KB)</p></div>
<p class="author" style="text-align:right"><strong>Minh Châu</strong></p>
</div>
<div class="tags">Từ khóa: <a href="/tag/asean">ASEAN</a>, <a href="/tag/thong-tin-doi-ngoai">thông tin đối ngoại</a>, <a href="/tag/ke-hoach">kế hoạch</a></div>
{SHARE}
</article>
<section class="related-news">
<h3>Tin liên quan</h3>
<ul>
  <li><a href="/tin-tuc/tong-ket-thong-tin-tuyen-truyen-asean-2021-2025">Tổng kết công tác thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025</a> <span class="date">(18/12/2025)</span></li>
  <li><a href="/tin-tuc/timor-leste-thanh-vien-thu-11">Timor-Leste chính thức trở thành thành viên thứ 11 của ASEAN</a> <span class="date">(27/10/2025)</span></li>
  <li><a href="/tin-tuc/hoi-nghi-xuc-tien-dau-tu-singapore">Đà Nẵng xúc tiến đầu tư tại Singapore, giới thiệu Trung tâm tài chính quốc tế</a> <span class="date">(05/11/2025)</span></li>
</ul>
</section>
<section class="other-news">
<h3>Tin khác</h3>
<ul>
  <li><a href="/tin-tuc/ra-quan-tet-2026">Ra quân bảo đảm trật tự đô thị dịp Tết Nguyên đán Bính Ngọ 2026</a> <span class="date">(22/01/2026)</span></li>
  <li><a href="/tin-tuc/hoi-nghi-van-hoa-2026">Ngành văn hóa, thể thao triển khai nhiệm vụ năm 2026</a> <span class="date">(21/01/2026)</span></li>
  <li><a href="/tin-tuc/chuyen-doi-so-xa-phuong">Đẩy mạnh chuyển đổi số ở cấp xã, phường</a> <span class="date">(20/01/2026)</span></li>
</ul>
</section>
</main>
<footer class="site-footer">
  <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG</strong></p>
  <p>Cơ quan chủ quản: Ủy ban nhân dân thành phố Đà Nẵng</p>
  <p>Địa chỉ: Trung tâm Hành chính thành phố, số 24 Trần Phú, phường Hải Châu, thành phố Đà Nẵng</p>
  <p>Ghi rõ nguồn "Cổng thông tin điện tử thành phố Đà Nẵng" khi phát hành lại thông tin từ website này.</p>
</footer>
<script src="/o/danang-theme/js/main.js?v=20251102"></script>
</body>
</html>
"""
(STAGE / f"{NAME}.html").write_text(PAGE, encoding="utf-8")
print("wrote", NAME, len(PAGE), "chars")
