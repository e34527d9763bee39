"""Plan 2: a district portal article that pastes the plan as plain text: one <p> per block, lines joined
with <br>, indentation and the header's column gap made of &nbsp; runs, no headings or lists. Never uses planparse."""
import html
from pathlib import Path
HERE = Path(__file__).parent
NAME = "kien-giang_giong-rieng_92-KH-UBND_2022_asean-portalbr"
src = (HERE / f"{NAME}.source.txt").read_text(encoding="utf-8").strip("\n")
NB = "&nbsp;"
def line(l):
    if "||" in l:
        a, b = l.split("||")
        return html.escape(a, quote=False) + NB * max(6, 44 - len(a)) + html.escape(b, quote=False)
    if l.startswith(">"):
        return NB * 8 + html.escape(l[1:], quote=False)
    return html.escape(l.lstrip("^"), quote=False)
paras = []
for block in src.split("\n\n"):
    ls = block.split("\n")
    style = ' style="text-align: center;"' if ls[0].startswith("^") else ' style="text-align: justify;"'
    paras.append(f"<p{style}>" + "<br>\n".join(line(l) for l in ls) + "</p>")
body = "\n".join(paras)
page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>UBND huyện Giồng Riềng ban hành Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025 - Cổng thông tin điện tử huyện Giồng Riềng</title>
<link rel="stylesheet" href="/Portals/_default/skins/giongrieng/skin.css">
<script src="/js/jquery.min.js"></script>
<script>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-00000000-1']);</script>
</head>
<body>
<div id="top-banner"><a href="/"><img src="/Portals/0/banner-giongrieng.jpg" alt="CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIỒNG RIỀNG - TỈNH KIÊN GIANG"></a></div>
<ul id="main-menu">
<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
<li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li><li><a href="/dvc">Dịch vụ công</a></li><li><a href="/lien-he">Liên hệ</a></li>
</ul>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">Văn bản chỉ đạo điều hành</a></div>
<div class="news-detail">
<h1 class="news-title">UBND huyện Giồng Riềng ban hành Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025</h1>
<div class="news-date">Thứ sáu, 18/03/2022 08:15 | Lượt xem: 312</div>
<p class="sapo"><em>(GR) - Ngày 15/3/2022, Ủy ban nhân dân huyện Giồng Riềng ban hành Kế hoạch số 92/KH-UBND về thông tin, tuyên truyền về ASEAN trên địa bàn huyện giai đoạn 2022 - 2025. Cổng thông tin điện tử huyện trân trọng giới thiệu toàn văn Kế hoạch:</em></p>
<div class="news-content">
{body}
</div>
<p style="text-align: right;"><strong>Thu Hà (Phòng VH&amp;TT)</strong></p>
<div class="attach">Tệp đính kèm: <a href="/Portals/0/vanban/2022/92-KH-UBND.pdf">92-KH-UBND.pdf</a></div>
</div>
<div class="other-news"><h3>Tin cùng chuyên mục</h3>
<ul>
<li><a href="/tin-tuc/hoi-nghi-thong-tin-doi-ngoai-2022">Giồng Riềng triển khai công tác thông tin đối ngoại năm 2022</a> (10/03/2022)</li>
<li><a href="/tin-tuc/chuyen-doi-so-2022">Kế hoạch chuyển đổi số huyện Giồng Riềng năm 2022</a> (04/03/2022)</li>
<li><a href="/tin-tuc/tuyen-truyen-bien-dao">Tăng cường tuyên truyền chủ quyền biển, đảo trong năm 2022</a> (25/02/2022)</li>
</ul></div>
<div id="footer">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN GIỒNG RIỀNG<br>Cơ quan chủ quản: Ủy ban nhân dân huyện Giồng Riềng<br>Địa chỉ: Khu phố Nội Ô, thị trấn Giồng Riềng, huyện Giồng Riềng, tỉnh Kiên Giang<br>Điện thoại: 0297.3xxx.xxx - Email: ubndgiongrieng@kiengiang.gov.vn</div>
</body>
</html>
"""
(Path("/work/unseen11c") / f"{NAME}.html").write_text(page, encoding="utf-8")
print("wrote", NAME)
