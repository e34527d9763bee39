"""Wrap the Long Hữu source text in a district-portal news page (run from the staging folder)."""
import html, re
p = "sources/tra-vinh_long-huu_68-KH-UBND_2019_asean-news.source.txt"
s = open(p, encoding="utf-8").read()
lines = s.split("\n")
title, byline = lines[0], lines[1]
E = html.escape
out = []
for ln in lines[3:]:
    if not ln.strip():
        continue
    if " | " in ln:
        l, r = ln.split(" | ")
        out.append(f'<tr><td style="text-align:center"><b>{E(l)}</b></td><td style="text-align:center"><b>{E(r)}</b></td></tr>')
    elif ln == "KẾ HOẠCH":
        out.append(f'<p style="text-align:center"><strong>{E(ln)}</strong></p>')
    elif re.match(r"^(I|II|III)\. ", ln):
        out.append(f'<p><strong>{E(ln)}</strong></p>')
    elif re.match(r"^\d\. [A-ZĐÂĂÊÔƠƯ]", ln) and len(ln) < 70:
        out.append(f'<p><strong><em>{E(ln)}</em></strong></p>')
    elif ln.startswith("TM.") or ln in ("CHỦ TỊCH", "Nguyễn Văn Sáu"):
        out.append(f'<p style="text-align:right"><strong>{E(ln)}</strong></p>')
    else:
        out.append(f'<p>{E(ln)}</p>')
body, tbl = [], []
for o in out:
    if o.startswith("<tr>"):
        tbl.append(o); continue
    if tbl:
        body.append('<table class="doc-header" style="width:100%;border:0">' + "".join(tbl) + "</table>"); tbl = []
    body.append(o)
lead, rest = body[0], body[1:]
fig = ('<figure class="image"><img src="/uploads/2019/09/bangron-asean-longhuu.jpg" alt="Băng rôn tuyên truyền ASEAN">'
       '<figcaption>Băng rôn tuyên truyền về ASEAN trên tuyến Quốc lộ 53 đoạn qua xã Long Hữu. (Ảnh: T.T)</figcaption></figure>')
author, date = byline.split(" | ")
page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{E(title)} - Cổng thông tin điện tử thị xã Duyên Hải</title>
<meta property="og:title" content="{E(title)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/css/portal.css">
</head>
<body>
<header class="site-header">
<div class="logo"><a href="/">CỔNG THÔNG TIN ĐIỆN TỬ THỊ XÃ DUYÊN HẢI</a></div>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>
<form class="search"><input type="text" placeholder="Tìm kiếm..."><button>Tìm</button></form>
</header>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/tin-tuc">Tin tức - Sự kiện</a> › <a href="/tin-tuc/xa-phuong">Tin xã, phường</a></div>
<main>
<article class="news-detail">
<h1 class="news-title">{E(title)}</h1>
<div class="news-meta"><span class="author">{E(author)}</span> | <span class="date">{E(date)}</span> | <span class="views">Lượt xem: 312</span></div>
<div class="share-top"><a class="fb-share" href="#">Chia sẻ Facebook</a> <a class="zalo-share" href="#">Zalo</a> <a class="print" href="#">In bài viết</a> <a class="font" href="#">A-</a> <a class="font" href="#">A+</a></div>
<div class="news-sapo">{lead}</div>
{fig}
<div class="news-content">
{chr(10).join(rest)}
</div>
<div class="share-bottom"><span>Chia sẻ:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Zalo</a> <a href="#">Gửi email</a> <a href="#">Bản in</a></div>
<div class="tags">Từ khóa: <a href="#">ASEAN</a>, <a href="#">Long Hữu</a>, <a href="#">tuyên truyền</a></div>
</article>
<aside class="related">
<h3>Tin liên quan</h3>
<ul>
<li><a href="#">Thị xã Duyên Hải ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020</a> <span>(12/09/2019)</span></li>
<li><a href="#">Phường 1 hưởng ứng cuộc thi tìm hiểu 25 năm Việt Nam gia nhập ASEAN</a> <span>(05/09/2019)</span></li>
<li><a href="#">Xã Dân Thành tổ chức Hội nghị tuyên truyền pháp luật năm 2019</a> <span>(28/08/2019)</span></li>
</ul>
</aside>
</main>
<footer class="site-footer">
<p>Cơ quan chủ quản: Ủy ban nhân dân thị xã Duyên Hải, tỉnh Trà Vinh</p>
<p>Địa chỉ: Khóm 1, Phường 1, thị xã Duyên Hải, tỉnh Trà Vinh - Điện thoại: 0294.3832.xxx</p>
<p>© 2019 Bản quyền thuộc Cổng thông tin điện tử thị xã Duyên Hải. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
</footer>
</body>
</html>
"""
open("tra-vinh_long-huu_68-KH-UBND_2019_asean-news.html", "w", encoding="utf-8").write(page)
