"""Plan 2: UBND tỉnh Ninh Thuận plan viewed on the provincial portal and PRINTED FROM CHROMIUM with the browser's own
header and footer (print date/time + page title at the top, URL + 'x/y' page counter at the bottom of every page).
The portal page is served locally over HTTPS (self-signed certificate, --ignore-certificate-errors) under the
portal's host name via --host-resolver-rules, so the footer shows a realistic https://ninhthuan.gov.vn/… address.
The page has no print stylesheet: the portal banner, menu, breadcrumb, metadata box, 'Văn bản liên quan' list and
footer are printed too. Output: a text-layer PDF (Chromium/Skia).
Body DSL: 'R:' Roman heading, 'A:' Arabic heading, 'P:' paragraph, 'B:' bullet, 'X:' 'Cơ quan thực hiện' line
(italic), 'T:' 'Thời gian thực hiện' line (italic)."""
import html, http.server, os, signal, ssl, subprocess, sys, threading, time
from pathlib import Path

NAME = "ninh-thuan_4127-KH-UBND_2019_asean-chromeprint"
OUT = Path("/work/unseen11a") / f"{NAME}.pdf"
HERE = Path(__file__).parent
HTML_COPY = HERE / f"{NAME}.page.html"
HOST = "ninhthuan.gov.vn"
URLPATH = "/portal/Pages/2019-10-24/Ke-hoach-thong-tin-tuyen-truyen-quang-ba-ASEAN-giai-doan-2019-2020.aspx"
TMP = Path("/tmp/u11a")

BODY = """
R:I. MỤC ĐÍCH, YÊU CẦU
A:1. Mục đích
B:- Kịp thời chuyển tải thông tin về tình hình hợp tác ASEAN, về vai trò, vị thế của Việt Nam trong ASEAN, nhất là trong năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020, giúp cán bộ, doanh nghiệp và Nhân dân trong tỉnh nắm bắt được cơ hội để phát triển.
B:- Đưa công tác thông tin tuyên truyền về ASEAN vào dòng chảy chính của công tác hội nhập ASEAN; quảng bá hình ảnh, tiềm năng của tỉnh Ninh Thuận đến các nước ASEAN.
A:2. Yêu cầu
B:- Bám sát chỉ đạo của Ban Chỉ đạo Thông tin tuyên truyền ASEAN và của Tỉnh ủy, UBND tỉnh; nội dung tuyên truyền chính xác, phù hợp với từng đối tượng.
B:- Phân công rõ trách nhiệm, bảo đảm tiết kiệm, hiệu quả, tránh hình thức.
R:II. NỘI DUNG TUYÊN TRUYỀN
B:- Vai trò, vị thế và những thành tựu của ASEAN sau hơn 50 năm hình thành và phát triển; 3 trụ cột của Cộng đồng ASEAN; đất nước, con người các nước ASEAN.
B:- Các sự kiện quan trọng của ASEAN: Hội nghị Cấp cao ASEAN lần thứ 35 và các hội nghị cấp Bộ trưởng; chủ đề Năm ASEAN 2020 “Gắn kết và Chủ động thích ứng”; các hoạt động trong năm Chủ tịch ASEAN 2020 của Việt Nam; kỷ niệm 25 năm Việt Nam gia nhập ASEAN.
B:- Cơ hội, thách thức đối với doanh nghiệp, người lao động của tỉnh khi thực hiện các cam kết trong Cộng đồng Kinh tế ASEAN.
R:III. CÁC HOẠT ĐỘNG CỤ THỂ
A:1. Tăng cường cơ chế phối hợp thông tin tuyên truyền về ASEAN
P:Tăng cường cơ chế phối hợp giữa các cấp, các ngành theo chiều ngang và chiều dọc; định kỳ hằng quý cung cấp cho các cơ quan báo chí những nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn.
X:Sở Thông tin và Truyền thông (chủ trì); Ban Tuyên giáo Tỉnh ủy, Sở Ngoại vụ (phối hợp).
T:2019 - 2020.
A:2. Chia sẻ dữ liệu, ấn phẩm với Cổng thông tin ASEAN Việt Nam
P:Xây dựng, cung cấp dữ liệu và ấn phẩm quảng bá về tỉnh (tiềm năng, thế mạnh của tỉnh, dự án kêu gọi đầu tư, du lịch biển, văn hóa Chăm, đặc sản nho, táo, tỏi Phan Rang) để chia sẻ trên Cổng thông tin ASEAN Việt Nam và cơ sở dữ liệu chung cấp quốc gia.
X:Sở Thông tin và Truyền thông (chủ trì); Sở Kế hoạch và Đầu tư, Sở Văn hóa, Thể thao và Du lịch (phối hợp).
T:Quý IV/2019.
A:3. Tuyên truyền trên các công cụ truyền thông mới
P:Giới thiệu, chia sẻ Ứng dụng và Fanpage “ASEAN và Việt Nam”; phát trực tiếp (livestream) các sự kiện ASEAN tổ chức tại tỉnh trên Cổng Thông tin điện tử tỉnh và trang mạng xã hội của các cơ quan báo chí.
X:Cổng Thông tin điện tử tỉnh (chủ trì); Báo Ninh Thuận, Đài Phát thanh và Truyền hình Ninh Thuận (phối hợp).
T:2019 - 2020.
A:4. Thông tin trên báo chí, phát thanh, truyền hình
P:Mở chuyên trang, chuyên mục về ASEAN; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam; sản xuất 01 phim tài liệu về hợp tác giữa tỉnh Ninh Thuận với các địa phương ASEAN.
X:Báo Ninh Thuận, Đài Phát thanh và Truyền hình Ninh Thuận (chủ trì).
T:2019 - 2020.
A:5. Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN
P:Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ làm công tác thông tin cơ sở; cử cán bộ tham dự các lớp tập huấn do Trung ương tổ chức.
X:Sở Thông tin và Truyền thông (chủ trì); Sở Nội vụ (phối hợp).
T:Quý II/2020.
A:6. Thông tin cho cộng đồng doanh nghiệp
P:Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử, cơ chế hải quan một cửa ASEAN, Hệ thống thông tin kinh doanh ASEAN (ASEAN BIS) cho doanh nghiệp; giới thiệu cơ hội tham gia các hội chợ thương mại trong khu vực.
X:Sở Công Thương (chủ trì); Sở Kế hoạch và Đầu tư, Hiệp hội Doanh nghiệp tỉnh (phối hợp).
T:Quý III/2020.
A:7. Tuyên truyền trong trường học
P:Đưa nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông và sinh viên trên địa bàn tỉnh.
X:Sở Giáo dục và Đào tạo (chủ trì); Tỉnh đoàn, Trường Cao đẳng Sư phạm Ninh Thuận (phối hợp).
T:Từ tháng 11/2019 đến tháng 5/2020.
A:8. Lồng ghép tuyên truyền trong hoạt động của các đoàn thể
P:Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện, sinh hoạt chuyên đề của đoàn viên, hội viên thanh niên, phụ nữ, nông dân, nhằm tối đa hóa tính lan tỏa của thông tin.
X:Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh (chủ trì).
T:2019 - 2020.
A:9. Tuyên truyền cổ động trực quan, giao lưu văn hóa
P:Treo băng rôn, khẩu hiệu, pa nô, áp phích tại thành phố Phan Rang - Tháp Chàm và trung tâm các huyện; tổ chức giao lưu văn hóa, triển lãm ảnh về ASEAN nhân kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020).
X:Sở Văn hóa, Thể thao và Du lịch (chủ trì); UBND các huyện, thành phố (phối hợp).
T:Tháng 7 - 8/2020.
A:10. Biên soạn, phát hành ấn phẩm tuyên truyền
P:Biên soạn, in ấn, phát hành tờ rơi, sổ tay hỏi - đáp về Cộng đồng ASEAN đến các cơ quan, đơn vị, xã, phường, thị trấn.
X:Sở Thông tin và Truyền thông (chủ trì); Sở Ngoại vụ (phối hợp).
T:Quý I/2020.
A:11. Nắm bắt dư luận, phản bác thông tin sai trái
P:Theo dõi, nắm bắt dư luận xã hội; kịp thời phản bác các thông tin sai trái, xuyên tạc về chủ trương hội nhập ASEAN của Đảng và Nhà nước.
X:Công an tỉnh (chủ trì); Sở Thông tin và Truyền thông (phối hợp).
T:Thường xuyên.
R:IV. KINH PHÍ THỰC HIỆN
P:Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh theo phân cấp ngân sách hiện hành và nguồn xã hội hóa. Tổng kinh phí dự kiến: 380.000.000 đồng (năm 2019: 80.000.000 đồng; năm 2020: 300.000.000 đồng), giao Sở Thông tin và Truyền thông lập dự toán chi tiết.
R:V. TỔ CHỨC THỰC HIỆN
A:1. Sở Thông tin và Truyền thông
B:- Là cơ quan đầu mối, hướng dẫn, theo dõi, đôn đốc các sở, ngành, địa phương triển khai Kế hoạch.
B:- Tổng hợp, báo cáo UBND tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN kết quả thực hiện trước ngày 10/12/2019 và trước ngày 10/12/2020.
A:2. Sở Tài chính
B:- Thẩm định dự toán, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch.
A:3. Các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thành phố
B:- Xây dựng kế hoạch cụ thể của cơ quan, địa phương; báo cáo kết quả về Sở Thông tin và Truyền thông định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 30/11).
A:4. Đề nghị Ban Tuyên giáo Tỉnh ủy
B:- Chỉ đạo, định hướng các cơ quan báo chí trong tỉnh thông tin về ASEAN đúng định hướng.
P:Trên đây là Kế hoạch thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Ninh Thuận. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo UBND tỉnh./.
"""

e = html.escape


def body_html():
    out = []
    for line in BODY.strip("\n").split("\n"):
        k, t = line.split(":", 1)
        if k == "R":
            out.append(f'<p class="r"><b>{e(t)}</b></p>')
        elif k == "A":
            out.append(f'<p class="a"><b>{e(t)}</b></p>')
        elif k in ("P", "B"):
            out.append(f"<p>{e(t)}</p>")
        elif k == "X":
            out.append(f'<p class="f"><i>Cơ quan thực hiện:</i> {e(t)}</p>')
        elif k == "T":
            out.append(f'<p class="f"><i>Thời gian thực hiện:</i> {e(t)}</p>')
    return "\n".join(out)


PAGE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>Kế hoạch thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Ninh Thuận</title>
<style>
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222}
.top{background:#a31515;color:#fff;padding:10px 18px;display:flex;align-items:center;gap:14px}
.top .logo{width:46px;height:46px;border-radius:50%;background:#f3c623;color:#a31515;font-weight:bold;display:flex;align-items:center;justify-content:center}
.top .n1{font-size:12px}.top .n2{font-size:19px;font-weight:bold}
.menu{background:#7d0f0f;padding:6px 18px;color:#fff;font-size:12px}
.menu span{margin-right:18px}
.wrap{padding:8px 18px}
.bc{font-size:11px;color:#666;margin:4px 0 10px}
.meta{border:1px solid #ccc;border-collapse:collapse;width:100%;font-size:12px;margin-bottom:14px}
.meta td{border:1px solid #ddd;padding:4px 6px}.meta td.k{background:#f6f6f6;width:140px}
.doc{font-family:'Times New Roman',serif;font-size:15px;line-height:1.45}
.doc p{margin:3px 0;text-align:justify;text-indent:32px}
.doc p.r{text-indent:32px;margin-top:10px}.doc p.a{text-indent:32px}.doc p.f{text-indent:64px}
.hdr{width:100%;border-collapse:collapse;font-family:'Times New Roman',serif;font-size:14px;text-align:center}
.hdr td{vertical-align:top;padding:0}
.rel{margin-top:16px;font-size:12px}.rel li{margin:3px 0}
.foot{margin-top:18px;background:#eee;padding:10px 18px;font-size:11px;color:#555}
</style></head>
<body>
<div class="top"><div class="logo">NT</div><div><div class="n1">ỦY BAN NHÂN DÂN TỈNH NINH THUẬN</div><div class="n2">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN</div></div></div>
<div class="menu"><span>Trang chủ</span><span>Giới thiệu</span><span>Tin tức - Sự kiện</span><span>Chính quyền</span><span>Văn bản</span><span>Dịch vụ công</span><span>Đầu tư</span><span>Du lịch</span><span>Liên hệ</span></div>
<div class="wrap">
<div class="bc">Trang chủ » Văn bản » Văn bản chỉ đạo điều hành</div>
<table class="meta">
<tr><td class="k">Số ký hiệu</td><td>4127/KH-UBND</td><td class="k">Ngày ban hành</td><td>21/10/2019</td></tr>
<tr><td class="k">Loại văn bản</td><td>Kế hoạch</td><td class="k">Ngày đăng</td><td>24/10/2019</td></tr>
<tr><td class="k">Cơ quan ban hành</td><td>UBND tỉnh Ninh Thuận</td><td class="k">Người ký</td><td>Đặng Hữu Phước</td></tr>
<tr><td class="k">Trích yếu</td><td colspan="3">Kế hoạch thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Ninh Thuận</td></tr>
</table>
<div class="doc">
<table class="hdr"><tr>
<td style="width:40%">ỦY BAN NHÂN DÂN<br><b>TỈNH NINH THUẬN</b><br>———<br>Số: 4127/KH-UBND</td>
<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>———————<br><i>Ninh Thuận, ngày 21 tháng 10 năm 2019</i></td>
</tr></table>
<p style="text-align:center;text-indent:0;margin-top:14px"><b>KẾ HOẠCH</b></p>
<p style="text-align:center;text-indent:0"><b>Thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020<br>trên địa bàn tỉnh Ninh Thuận</b></p>
<p>Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN về việc ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 và Công văn số 03/BTTTT-BCĐASEAN ngày 26/6/2019 của Bộ Thông tin và Truyền thông về việc triển khai Kế hoạch;</p>
<p>Ủy ban nhân dân tỉnh ban hành Kế hoạch thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh như sau:</p>
{BODY}
<table class="hdr" style="margin-top:14px"><tr>
<td style="width:50%;text-align:left;font-size:12px"><b><i>Nơi nhận:</i></b><br>- Ban Chỉ đạo TTTT ASEAN (b/c);<br>- Bộ Thông tin và Truyền thông;<br>- TT. Tỉnh ủy, TT. HĐND tỉnh;<br>- CT, các PCT UBND tỉnh;<br>- Các sở, ban, ngành, đoàn thể tỉnh;<br>- UBND các huyện, thành phố;<br>- Báo Ninh Thuận, Đài PT-TH tỉnh;<br>- Lưu: VT, VXNV. TTT</td>
<td><b>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><br><br><b>Đặng Hữu Phước</b></td>
</tr></table>
</div>
<div class="rel"><b>Văn bản liên quan</b><ul>
<li>Kế hoạch số 3958/KH-UBND ngày 08/10/2019 về tổ chức các hoạt động hướng tới Năm Chủ tịch ASEAN 2020</li>
<li>Quyết định số 1524/QĐ-UBND ngày 12/9/2019 về kiện toàn Ban Chỉ đạo công tác thông tin đối ngoại tỉnh</li>
<li>Công văn số 3710/UBND-VXNV ngày 20/9/2019 về tuyên truyền kỷ niệm 52 năm Ngày thành lập ASEAN</li>
</ul>Lượt xem: 1.284 · <u>Tải về (PDF, 356 KB)</u> · <u>In trang</u></div>
</div>
<div class="foot">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN · Cơ quan chủ quản: Ủy ban nhân dân tỉnh Ninh Thuận · Địa chỉ: 450 đường 16/4, thành phố Phan Rang - Tháp Chàm · Điện thoại: 0259.3822xxx · Ghi rõ nguồn khi phát hành lại thông tin từ cổng này.</div>
</body></html>
"""


class H(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        data = self.server.page
        if self.path != URLPATH:
            self.send_response(404); self.end_headers(); return
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers(); self.wfile.write(data)

    def log_message(self, *a):
        pass


def main():
    page = PAGE.replace("{BODY}", body_html())
    HTML_COPY.write_text(page, encoding="utf-8")
    TMP.mkdir(exist_ok=True)
    if not (TMP / "cert.pem").exists():
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(TMP / "key.pem"),
                        "-out", str(TMP / "cert.pem"), "-days", "30", "-subj", f"/CN={HOST}"], check=True,
                       capture_output=True)
    srv = http.server.HTTPServer(("127.0.0.1", 8944), H)
    srv.page = page.encode("utf-8")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(TMP / "cert.pem", TMP / "key.pem")
    srv.socket = ctx.wrap_socket(srv.socket, server_side=True)
    th = threading.Thread(target=srv.serve_forever, daemon=True); th.start()
    try:
        env = dict(os.environ, LANG="vi_VN.UTF-8", LANGUAGE="vi", TZ="Asia/Ho_Chi_Minh")
        r = subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--lang=vi",
                            "--ignore-certificate-errors", f"--host-resolver-rules=MAP {HOST}:443 127.0.0.1:8944",
                            f"--print-to-pdf={OUT}", f"https://{HOST}{URLPATH}"],
                           capture_output=True, text=True, timeout=120, env=env)
        print(r.stdout.strip()[-200:])
    finally:
        srv.shutdown()
    info = subprocess.run(["pdfinfo", str(OUT)], capture_output=True, text=True).stdout
    print([l for l in info.splitlines() if l.startswith(("Pages", "Producer", "Creator"))])


if __name__ == "__main__":
    main()
