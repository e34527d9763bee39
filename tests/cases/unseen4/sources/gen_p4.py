"""Plan 4: Can Lộc (Hà Tĩnh) district ASEAN 2019-2020 plan, HTML with CSS (flex header, justified
Times New Roman 13pt, landscape named page for the annex), printed by headless Chromium."""
import subprocess, os, html, unicodedata
NAME = "ha-tinh_can-loc_312-KH-UBND_2019_asean-chromium"
N = lambda s: unicodedata.normalize("NFC", s)
HEAD = dict(left=["ỦY BAN NHÂN DÂN", "HUYỆN CAN LỘC", "Số: 312/KH-UBND"],
            right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Can Lộc, ngày 22 tháng 8 năm 2019"],
            type="KẾ HOẠCH", title=["Thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020", "trên địa bàn huyện Can Lộc"])
PRE = ["Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020; Kế hoạch số 287/KH-UBND ngày 07/8/2019 của Ủy ban nhân dân tỉnh Hà Tĩnh về tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020, Ủy ban nhân dân huyện Can Lộc xây dựng Kế hoạch thực hiện như sau:"]
# (kind, text): h = bold heading line, p = paragraph, r = role line
BODY = [
 ("h", "I. MỤC ĐÍCH, YÊU CẦU"), ("h", "1. Mục đích"),
 ("p", "Nâng cao hiểu biết của cán bộ, đảng viên và Nhân dân trong huyện về ASEAN, vai trò, vị thế của ASEAN và sự tham gia của Việt Nam, tạo sự đồng thuận, ủng hộ năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020."),
 ("h", "2. Yêu cầu"),
 ("p", "Công tác tuyên truyền bảo đảm thiết thực, phù hợp với điều kiện của huyện; có sự phối hợp chặt chẽ giữa các cơ quan, đơn vị và các xã, thị trấn trong quá trình thực hiện."),
 ("h", "II. NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN"),
 ("h", "1. Tuyên truyền trên hệ thống truyền thanh và Trang thông tin điện tử huyện"),
 ("p", "Mở chuyên mục \"Can Lộc hướng tới Năm Chủ tịch ASEAN 2020\" trên Đài Truyền thanh và Trang thông tin điện tử huyện; tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam và Đài Phát thanh - Truyền hình Hà Tĩnh."),
 ("r", "- Đơn vị chủ trì: Trung tâm Văn hóa - Truyền thông huyện; Đơn vị phối hợp: Văn phòng HĐND và UBND huyện."),
 ("h", "2. Tuyên truyền trên Ứng dụng và Fanpage \"ASEAN và Việt Nam\""),
 ("p", "Chia sẻ tin, bài, video và các chương trình livestream của Fanpage \"ASEAN và Việt Nam\" lên Fanpage của huyện và các nhóm Zalo của cán bộ, đoàn viên thanh niên."),
 ("r", "- Đơn vị chủ trì: Phòng Văn hóa và Thông tin huyện; Đơn vị phối hợp: Huyện đoàn."),
 ("h", "3. Tuyên truyền cổ động trực quan"),
 ("p", "Treo băng rôn, khẩu hiệu, pa nô chào mừng Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020 tại trung tâm huyện và dọc Quốc lộ 1A, Quốc lộ 15."),
 ("r", "- Đơn vị chủ trì: Trung tâm Văn hóa - Truyền thông huyện; Đơn vị phối hợp: UBND các xã, thị trấn."),
 ("h", "4. Lồng ghép tuyên truyền trong sinh hoạt của Mặt trận và các đoàn thể"),
 ("p", "Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt, hội nghị, nói chuyện chuyên đề của thanh niên, phụ nữ, nông dân ở cơ sở."),
 ("r", "- Đơn vị chủ trì: Ủy ban MTTQ Việt Nam huyện; Đơn vị phối hợp: Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện, Huyện đoàn."),
 ("h", "5. Tuyên truyền trong trường học"),
 ("p", "Đưa nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở; xây dựng Góc ASEAN tại thư viện các trường trung học cơ sở đạt chuẩn quốc gia."),
 ("r", "- Đơn vị chủ trì: Phòng Giáo dục và Đào tạo huyện; Đơn vị phối hợp: Huyện đoàn."),
 ("h", "6. Cung cấp thông tin cho doanh nghiệp, hợp tác xã"),
 ("p", "Phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, cơ hội kinh doanh tại thị trường ASEAN cho doanh nghiệp, hợp tác xã và hộ sản xuất trên địa bàn huyện."),
 ("r", "- Đơn vị chủ trì: Phòng Kinh tế - Hạ tầng huyện; Đơn vị phối hợp: Phòng Tài chính - Kế hoạch huyện."),
 ("h", "7. Bồi dưỡng đội ngũ làm công tác tuyên truyền"),
 ("p", "Tổ chức lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN cho báo cáo viên, tuyên truyền viên cơ sở và cán bộ Đài truyền thanh các xã, thị trấn."),
 ("r", "- Đơn vị chủ trì: Phòng Văn hóa và Thông tin huyện; Đơn vị phối hợp: Ban Tuyên giáo Huyện ủy."),
 ("h", "8. Quảng bá hình ảnh, tiềm năng của huyện"),
 ("p", "Giới thiệu di tích Chùa Hương Tích, Ngã ba Đồng Lộc, nghệ thuật ca trù và các sản phẩm đặc sản của Can Lộc đến bạn bè, du khách các nước ASEAN trên Trang thông tin điện tử và Fanpage của huyện."),
 ("r", "- Đơn vị chủ trì: Phòng Văn hóa và Thông tin huyện; Đơn vị phối hợp: Trung tâm Văn hóa - Truyền thông huyện."),
 ("h", "III. KINH PHÍ THỰC HIỆN"),
 ("p", "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách huyện trong dự toán năm 2019, năm 2020 của Phòng Văn hóa và Thông tin và Trung tâm Văn hóa - Truyền thông huyện (năm 2019: 40 triệu đồng; năm 2020: 60 triệu đồng); khuyến khích vận động tài trợ của các doanh nghiệp trên địa bàn."),
 ("h", "IV. TỔ CHỨC THỰC HIỆN"),
 ("h", "1. Phòng Văn hóa và Thông tin huyện"),
 ("p", "Chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 25/11 hằng năm."),
 ("h", "2. Trung tâm Văn hóa - Truyền thông huyện"),
 ("p", "Xây dựng chương trình phát thanh, tin bài về ASEAN; thực hiện tuyên truyền cổ động trực quan theo Kế hoạch."),
 ("h", "3. Đề nghị Ủy ban MTTQ Việt Nam huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện và Hội Nông dân huyện chỉ đạo hệ thống cơ sở lồng ghép tuyên truyền về ASEAN trong các hoạt động của tổ chức mình."),
 ("h", "4. UBND các xã, thị trấn"),
 ("p", "Chỉ đạo Đài truyền thanh xã tiếp âm, phát các chương trình về ASEAN; báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện trước ngày 15/11 hằng năm."),
 ("p", "Trên đây là Kế hoạch thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 trên địa bàn huyện Can Lộc, yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./."),
]
RECIP = ["- Sở Thông tin và Truyền thông;", "- TT Huyện ủy, TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;",
         "- Ủy ban MTTQ và các đoàn thể huyện;", "- Các phòng, ban, đơn vị liên quan;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]; SIGNER = "Nguyễn Đình Thắng"
ANNEX_HEAD = ["PHỤ LỤC", "LỊCH TRIỂN KHAI NHIỆM VỤ TUYÊN TRUYỀN, QUẢNG BÁ ASEAN GIAI ĐOẠN 2019-2020",
              "(Kèm theo Kế hoạch số 312/KH-UBND ngày 22/8/2019 của UBND huyện Can Lộc)"]
ANNEX = [["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "Sản phẩm"],
 ["1", "Chuyên mục ASEAN trên Đài Truyền thanh và Trang thông tin điện tử huyện; tiếp, phát sóng chương trình về ASEAN", "Trung tâm Văn hóa - Truyền thông huyện", "2019 - 2020", "02 chuyên mục/tháng"],
 ["2", "Chia sẻ nội dung của Ứng dụng và Fanpage \"ASEAN và Việt Nam\"", "Phòng Văn hóa và Thông tin huyện", "Tháng 9/2019 - tháng 12/2020", "Tin, bài, video được chia sẻ"],
 ["3", "Tuyên truyền cổ động trực quan chào mừng Năm Chủ tịch ASEAN 2020", "Trung tâm Văn hóa - Truyền thông huyện", "Quý I/2020", "50 băng rôn, 04 pa nô"],
 ["4", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của Mặt trận và các đoàn thể", "Ủy ban MTTQ Việt Nam huyện", "2019 - 2020", "Các buổi sinh hoạt có nội dung ASEAN"],
 ["5", "Ngoại khóa, cuộc thi tìm hiểu về ASEAN, Góc ASEAN trong trường học", "Phòng Giáo dục và Đào tạo huyện", "Tháng 10/2019 - tháng 5/2020", "01 cuộc thi; Góc ASEAN"],
 ["6", "Phổ biến cam kết ASEAN, quy tắc xuất xứ cho doanh nghiệp, hợp tác xã", "Phòng Kinh tế - Hạ tầng huyện", "Quý IV/2019", "01 hội nghị"],
 ["7", "Lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ tuyên truyền cơ sở", "Phòng Văn hóa và Thông tin huyện", "Tháng 11/2019", "01 lớp, 120 học viên"],
 ["8", "Quảng bá hình ảnh, tiềm năng của huyện đến bạn bè, du khách ASEAN", "Phòng Văn hóa và Thông tin huyện", "Năm 2020", "Tin, bài, video giới thiệu"]]
e = lambda s: html.escape(N(s))
CSS = """
@page { size: A4; margin: 15mm 15mm 15mm 25mm; }
@page landscape { size: A4 landscape; margin: 20mm; }
body { font-family: "Times New Roman", Times, serif; font-size: 13pt; line-height: 1.2; }
.hdr { display: flex; justify-content: space-between; text-align: center; }
.hdr .l { flex: 0 0 38%; } .hdr .r { flex: 0 0 60%; }
.hdr .body, .hdr .nat, .hdr .motto { font-weight: bold; }
.hdr .nat { font-size: 12pt; } .hdr .date { font-style: italic; margin-top: 8pt; } .hdr .num { margin-top: 8pt; }
.type { text-align: center; font-weight: bold; font-size: 14pt; margin-top: 18pt; }
.title { text-align: center; font-weight: bold; }
p { text-align: justify; text-indent: 1cm; margin: 2pt 0; }
p.h { font-weight: bold; }
.close { display: flex; justify-content: space-between; margin-top: 12pt; }
.close .l { flex: 0 0 45%; font-size: 11pt; } .close .l .t { font-weight: bold; font-style: italic; font-size: 12pt; }
.close .r { flex: 0 0 45%; text-align: center; font-weight: bold; }
.close .r .name { margin-top: 70pt; }
.annex { page: landscape; break-before: page; }
.annex .c { text-align: center; font-weight: bold; } .annex .c.i { font-weight: normal; font-style: italic; }
table { border-collapse: collapse; width: 100%; margin-top: 10pt; font-size: 12pt; }
td, th { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; }
th { font-weight: bold; text-align: center; }
"""
out = ["<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>KH 312/KH-UBND</title><style>", CSS, "</style></head><body>"]
L, R = HEAD["left"], HEAD["right"]
out.append(f"<div class='hdr'><div class='l'><div>{e(L[0])}</div><div class='body'>{e(L[1])}</div><div class='num'>{e(L[2])}</div></div>"
           f"<div class='r'><div class='nat'>{e(R[0])}</div><div class='motto'>{e(R[1])}</div><div class='date'>{e(R[2])}</div></div></div>")
out.append(f"<div class='type'>{e(HEAD['type'])}</div>" + "".join(f"<div class='title'>{e(t)}</div>" for t in HEAD["title"]))
for p in PRE: out.append(f"<p>{e(p)}</p>")
for k, t in BODY: out.append(f"<p class='h'>{e(t)}</p>" if k == "h" else f"<p>{e(t)}</p>")
out.append("<div class='close'><div class='l'><div class='t'>Nơi nhận:</div>" + "".join(f"<div>{e(r)}</div>" for r in RECIP) + "</div>"
           "<div class='r'>" + "".join(f"<div>{e(s)}</div>" for s in SIGN) + f"<div class='name'>{e(SIGNER)}</div></div></div>")
out.append("<div class='annex'>" + "".join(f"<div class='c{' i' if h.startswith('(') else ''}'>{e(h)}</div>" for h in ANNEX_HEAD) + "<table>")
out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in ANNEX[0]) + "</tr>")
for r in ANNEX[1:]: out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
out.append("</table></div></body></html>")
os.makedirs("build", exist_ok=True)
open(f"{NAME}.html", "w", encoding="utf-8").write("\n".join(out))
src = L + R + [HEAD["type"]] + HEAD["title"] + PRE + [t for _, t in BODY] + ["Nơi nhận:"] + RECIP + SIGN + [SIGNER] + ANNEX_HEAD + [" | ".join(r) for r in ANNEX]
open(f"{NAME}.source.txt", "w", encoding="utf-8").write(N("\n".join(src) + "\n"))
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                f"--print-to-pdf=../{NAME}.pdf", f"file://{os.path.abspath(NAME + '.html')}"], check=True, capture_output=True)
