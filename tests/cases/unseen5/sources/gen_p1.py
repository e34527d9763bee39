"""Build the portal HTML page (plan 1) and its intended visible text from p1.body."""
import html, re, unicodedata
NAME = "lang-son_1385-KH-SNgV_2019_asean-portal-article"
lines = [l.rstrip("\n") for l in open("p1.body", encoding="utf-8") if l.strip()]
def inline(t):
    t = html.escape(t, quote=False)
    return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
def plain(t): return t.replace("**", "")
out, txt = [], []
crumb = h1 = meta = sapo = attach = None
hdr, sigl, sigr = [], [], []
body = []
for l in lines:
    tag, _, rest = l.partition(" ")
    if tag == "CRUMB": crumb = rest
    elif tag == "H1": h1 = rest
    elif tag == "META": meta = rest
    elif tag == "SAPO": sapo = rest
    elif tag == "HDR": hdr.append(rest.split("|"))
    elif tag == "SIGL": sigl.append(rest)
    elif tag == "SIGR": sigr.append(rest)
    elif tag == "ATTACH": attach = rest
    else: body.append((tag, rest))
# visible text, in reading order
txt.append("CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN")
txt.append("Giới thiệu  Tin tức - Sự kiện  Văn bản  Dịch vụ công  Liên hệ")
txt.append(crumb); txt.append(h1); txt.append(meta); txt.append(sapo)
for a, b in hdr: txt.append(f"{a}    {b}")
# html body
parts = []
ul_depth = 0
def close_to(d):
    global ul_depth
    while ul_depth > d:
        parts.append("</li></ul>" if ul_depth else ""); ul_depth -= 1
open_li = {1: False, 2: False}
for tag, rest in body:
    if tag in ("L1", "L2"):
        d = int(tag[1])
        if ul_depth < d:
            while ul_depth < d:
                cls = ' class="list-none"' if (d == 1 and re.match(r"\*\*\d+\.", rest)) else ""
                parts.append(f"<ul{cls}>"); ul_depth += 1
            parts.append(f"<li>{inline(rest)}")
        else:
            while ul_depth > d:
                parts.append("</li></ul>"); ul_depth -= 1
            parts.append(f"</li><li>{inline(rest)}")
        txt.append(("    " if d == 2 else "") + plain(rest))
        continue
    while ul_depth > 0:
        parts.append("</li></ul>"); ul_depth -= 1
    if tag == "H2": parts.append(f"<h2>{inline(rest)}</h2>")
    elif tag == "H3": parts.append(f"<h3>{inline(rest)}</h3>")
    elif tag == "C": parts.append(f'<p style="text-align:center">{inline(rest)}</p>')
    elif tag == "P": parts.append(f'<p style="text-align:justify">{inline(rest)}</p>')
    else: raise SystemExit(tag)
    txt.append(plain(rest))
while ul_depth > 0:
    parts.append("</li></ul>"); ul_depth -= 1
for x in sigl: txt.append(plain(x))
for x in sigr: txt.append(plain(x))
txt.append(attach)
txt.append("Chia sẻ:  Facebook  Zalo  Twitter  In bài  Gửi email")
related = [("Lạng Sơn: Hội nghị tập huấn công tác thông tin đối ngoại năm 2019", "18/10/2019"),
           ("UBND tỉnh ban hành Kế hoạch số 178/KH-UBND về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020", "02/10/2019"),
           ("Sở Ngoại vụ sơ kết công tác đối ngoại 9 tháng đầu năm 2019, triển khai nhiệm vụ quý IV/2019", "08/10/2019"),
           ("Tăng cường quản lý hoạt động của người nước ngoài tại khu vực cửa khẩu", "27/9/2019")]
txt.append("Tin liên quan")
for t, d in related: txt.append(f"{t} ({d})")
footer = ["Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lạng Sơn",
          "Địa chỉ: Số 2 đường Hoàng Văn Thụ, phường Chi Lăng, thành phố Lạng Sơn, tỉnh Lạng Sơn",
          "Điện thoại: 0205.3812.512 - Email: cttdt@langson.gov.vn",
          "Ghi rõ nguồn \"Cổng Thông tin điện tử tỉnh Lạng Sơn\" khi phát hành lại thông tin từ website này."]
txt.extend(footer)
crumbs = crumb.split(" › ")
H = []
H.append('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">')
H.append(f"<title>{html.escape(h1)} - Cổng thông tin điện tử tỉnh Lạng Sơn</title>")
H.append(f'<meta property="og:title" content="{html.escape(h1)}">\n<meta property="og:type" content="article">')
H.append('<link rel="stylesheet" href="/themes/langson/css/main.min.css?v=2.4.1">')
H.append("<style>.list-none{list-style:none;padding-left:0}.post-content table{width:100%;border:0}.post-content td{vertical-align:top;text-align:center}.share a{margin-right:8px}</style>")
H.append('<script async src="https://www.googletagmanager.com/gtag/js?id=G-LS2019"></script>\n</head>\n<body class="page-article">')
H.append('<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/themes/langson/img/quoc-huy.png" alt="Quốc huy"><span>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LẠNG SƠN</span></a>')
H.append('<nav class="main-menu"><ul><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="https://dichvucong.langson.gov.vn">Dịch vụ công</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav></div></header>')
H.append('<main class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb">' + "".join(
    f'<li class="breadcrumb-item"><a href="#">{html.escape(c)}</a></li>' for c in crumbs) + "</ol></nav>")
H.append('<div class="row"><div class="col-lg-8">\n<article class="post-detail" itemscope itemtype="https://schema.org/NewsArticle">')
H.append(f'<h1 class="post-title" itemprop="headline">{html.escape(h1)}</h1>')
m1, m2 = meta.split(" | ")
H.append(f'<div class="post-meta"><time datetime="2019-10-25T15:40:00+07:00">{html.escape(m1)}</time> | <span class="views">{html.escape(m2)}</span></div>')
H.append(f'<div class="post-sapo"><strong>{html.escape(sapo)}</strong></div>')
H.append('<div class="post-content" itemprop="articleBody">')
H.append('<table><tbody>' + "".join(f"<tr><td><strong>{html.escape(a)}</strong></td><td><strong>{html.escape(b)}</strong></td></tr>" if i < 2 else f"<tr><td>{html.escape(a)}</td><td><em>{html.escape(b)}</em></td></tr>" for i, (a, b) in enumerate(hdr)) + "</tbody></table>")
H.extend(parts)
H.append('<table class="signature"><tbody><tr><td style="text-align:left;width:50%"><p>' + "<br>".join(inline(x) for x in sigl) + '</p></td><td><p>' + "<br>".join(inline(x) for x in sigr) + "</p></td></tr></tbody></table>")
H.append(f'<p class="attach"><a href="/uploads/2019/10/1385-KH-SNgV.signed.pdf"><i class="icon-file-pdf"></i> {html.escape(attach)}</a></p>')
H.append("</div>")
H.append('<div class="share"><span>Chia sẻ:</span> <a class="btn-fb" href="https://www.facebook.com/sharer/sharer.php?u=">Facebook</a> <a class="btn-zalo" href="#">Zalo</a> <a class="btn-tw" href="#">Twitter</a> <a class="btn-print" href="javascript:window.print()">In bài</a> <a class="btn-mail" href="#">Gửi email</a></div>')
H.append("</article>")
H.append('<section class="related-news"><h3 class="block-title">Tin liên quan</h3><ul>' + "".join(
    f'<li><a href="#">{html.escape(t)}</a> <span class="date">({d})</span></li>' for t, d in related) + "</ul></section>")
H.append('</div><aside class="col-lg-4"><div class="banner"><a href="https://asean.vietnam.vn"><img src="/uploads/banner/asean2020.jpg" alt="ASEAN 2020"></a></div></aside></div></main>')
H.append('<footer class="site-footer"><div class="container">' + "".join(f"<p>{html.escape(f)}</p>" for f in footer) + "</div></footer>")
H.append('<script src="/themes/langson/js/app.min.js"></script>\n</body>\n</html>\n')
doc = unicodedata.normalize("NFC", "\n".join(H))
open(f"../{NAME}.html", "w", encoding="utf-8").write(doc)
open(f"{NAME}.source.txt", "w", encoding="utf-8").write(unicodedata.normalize("NFC", "\n".join(txt)) + "\n")
print("ok", len(doc))
