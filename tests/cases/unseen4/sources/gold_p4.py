import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib_pdf import *
NAME = "ha-tinh_can-loc_312-KH-UBND_2019_asean-chromium"
src = open(f"{NAME}.source.txt", encoding="utf-8").read()
VHTT = A("Phòng Văn hóa và Thông tin huyện"); TTVH = A("Trung tâm Văn hóa - Truyền thông huyện"); HD = A("Huyện đoàn")
MT = A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ Việt Nam huyện")
W = {1: ("2019 - 2020", "2019-01-01", "2020-12-31"), 2: ("Tháng 9/2019 - tháng 12/2020", "2019-09-01", "2020-12-31"),
     3: ("Quý I/2020", "2020-01-01", "2020-03-31"), 4: ("2019 - 2020", "2019-01-01", "2020-12-31"),
     5: ("Tháng 10/2019 - tháng 5/2020", "2019-10-01", "2020-05-31"), 6: ("Quý IV/2019", "2019-10-01", "2019-12-31"),
     7: ("Tháng 11/2019", "2019-11-01", "2019-11-30"), 8: ("Năm 2020", "2020-01-01", "2020-12-31")}
titles = {1: "Tuyên truyền trên hệ thống truyền thanh và Trang thông tin điện tử huyện",
          2: 'Tuyên truyền trên Ứng dụng và Fanpage "ASEAN và Việt Nam"', 3: "Tuyên truyền cổ động trực quan",
          4: "Lồng ghép tuyên truyền trong sinh hoạt của Mặt trận và các đoàn thể", 5: "Tuyên truyền trong trường học",
          6: "Cung cấp thông tin cho doanh nghiệp, hợp tác xã", 7: "Bồi dưỡng đội ngũ làm công tác tuyên truyền",
          8: "Quảng bá hình ảnh, tiềm năng của huyện"}
roles = {1: ([TTVH], [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")]),
         2: ([VHTT], [HD]), 3: ([TTVH], [A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)]),
         4: ([MT], [A("Hội Liên hiệp Phụ nữ huyện"), A("Hội Nông dân huyện"), HD]),
         5: ([A("Phòng Giáo dục và Đào tạo huyện")], [HD]),
         6: ([A("Phòng Kinh tế - Hạ tầng huyện")], [A("Phòng Tài chính - Kế hoạch huyện")]),
         7: ([VHTT], [A("Ban Tuyên giáo Huyện ủy")]), 8: ([VHTT], [TTVH])}
tasks = [T(f"II.{i}", titles[i], *roles[i], TF(*W[i]), note="Timeframe from annex row STT %d (same activity)." % i) for i in range(1, 9)]
deadlines = [D(W[i][0], "period", f"II.{i}", titles[i], start=W[i][1], end=W[i][2], note="annex time cell") for i in range(1, 9)] + [
 D("trước ngày 25/11 hằng năm", "due", "IV.1", "báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông", due="--11-25", rec="yearly"),
 D("trước ngày 15/11 hằng năm", "due", "IV.4", "báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện", due="--11-15", rec="yearly")]
IV3 = "Đề nghị Ủy ban MTTQ Việt Nam huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện và Hội Nông dân huyện chỉ đạo hệ thống cơ sở lồng ghép tuyên truyền về ASEAN trong các hoạt động của tổ chức mình"
d3 = ["chỉ đạo hệ thống cơ sở lồng ghép tuyên truyền về ASEAN trong các hoạt động của tổ chức mình"]
plan = {"schema": "planparse/plan@1",
 "meta": {"number": "312/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện Can Lộc",
  "province": "Hà Tĩnh", "issued": "2019-08-22",
  "title": "Thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 trên địa bàn huyện Can Lộc",
  "period": {"start": 2019, "end": 2020},
  "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
            {"number": "287/KH-UBND", "type": "Kế hoạch", "date": "2019-08-07"}],
  "signer": {"name": "Nguyễn Đình Thắng", "position": "Phó Chủ tịch"}},
 "sections": [
  S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
  S("II", "II.", "NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN", 1, "content", note="Content and forms; content taken as the first part.")] +
  [S(f"II.{i}", f"{i}.", titles[i], 2) for i in range(1, 9)] + [
  S("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  S("IV.1", "1.", "Phòng Văn hóa và Thông tin huyện", 2), S("IV.2", "2.", "Trung tâm Văn hóa - Truyền thông huyện", 2),
  S("IV.3", "3.", IV3, 2, note="Numbered paragraph without a heading: title is its first sentence."),
  S("IV.4", "4.", "UBND các xã, thị trấn", 2)],
 "tasks": tasks,
 "assignments": [
  {"agency": VHTT, "section": "IV.1", "duties": ["Chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch",
     "tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 25/11 hằng năm"]},
  {"agency": TTVH, "section": "IV.2", "duties": ["Xây dựng chương trình phát thanh, tin bài về ASEAN", "thực hiện tuyên truyền cổ động trực quan theo Kế hoạch"]},
  {"agency": MT, "section": "IV.3", "duties": d3, "note": "'Đề nghị X, Y, Z và W': one assignment per agency."},
  {"agency": HD, "section": "IV.3", "duties": d3},
  {"agency": A("Hội Liên hiệp Phụ nữ huyện"), "section": "IV.3", "duties": d3},
  {"agency": A("Hội Nông dân huyện"), "section": "IV.3", "duties": d3},
  {"agency": A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True), "section": "IV.4",
   "duties": ["Chỉ đạo Đài truyền thanh xã tiếp âm, phát các chương trình về ASEAN",
              "báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện trước ngày 15/11 hằng năm"]}],
 "deadlines": deadlines,
 "budget": {"present": True, "section": "III", "sources": ["state_budget", "sponsorship"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách huyện trong dự toán năm 2019, năm 2020 của Phòng Văn hóa và Thông tin và Trung tâm Văn hóa - Truyền thông huyện", "section": "III"},
              {"text": "khuyến khích vận động tài trợ của các doanh nghiệp trên địa bàn", "section": "III", "note": "sponsorship from enterprises, not their own contribution"}],
  "amounts": [{"text": "40 triệu đồng", "vnd": 40000000}, {"text": "60 triệu đồng", "vnd": 60000000}]}}
areas = [
 AR("A01", "Coordination mechanism", "partial", [("I.2", "có sự phối hợp chặt chẽ giữa các cơ quan, đơn vị và các xã, thị trấn trong quá trình thực hiện")], note="Only a requirement in section I."),
 AR("A02", "Share data with the ASEAN Vietnam portal", "missing"),
 AR("A03", "App and Fanpage, livestream", "covered", [("II.2", 'Chia sẻ tin, bài, video và các chương trình livestream của Fanpage "ASEAN và Việt Nam"')]),
 AR("A04", "Integrate into mass organisations", "covered", [("II.4", "Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt, hội nghị, nói chuyện chuyên đề của thanh niên, phụ nữ, nông dân ở cơ sở")]),
 AR("A05", "Train propaganda staff", "covered", [("II.7", "Tổ chức lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN cho báo cáo viên, tuyên truyền viên cơ sở")]),
 AR("A06", "Business outreach", "covered", [("II.6", "Phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, cơ hội kinh doanh tại thị trường ASEAN cho doanh nghiệp")]),
 AR("A07", "Youth and schools", "covered", [("II.5", "Đưa nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở")]),
 AR("A08", "ASEAN Corners", "covered", [("II.5", "xây dựng Góc ASEAN tại thư viện các trường trung học cơ sở đạt chuẩn quốc gia")]),
 AR("A09", "Broadcasting and portal columns", "covered", [("II.1", "Mở chuyên mục \"Can Lộc hướng tới Năm Chủ tịch ASEAN 2020\" trên Đài Truyền thanh và Trang thông tin điện tử huyện; tiếp, phát sóng các chương trình về ASEAN")]),
 AR("A10", "Culture exchanges; visual propaganda", "covered", [("II.3", "Treo băng rôn, khẩu hiệu, pa nô chào mừng Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020")]),
 AR("A11", "Trade and investment promotion, fairs", "missing"),
 AR("A12", "Publications and leaflets", "missing"),
 AR("A13", "ASEAN calendar, Chairmanship 2020", "covered", [("II.1", "Can Lộc hướng tới Năm Chủ tịch ASEAN 2020"), ("II.3", "chào mừng Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020")]),
 AR("A14", "ASEAN itself: role, pillars, countries", "partial", [("I.1", "Nâng cao hiểu biết của cán bộ, đảng viên và Nhân dân trong huyện về ASEAN, vai trò, vị thế của ASEAN")], note="Purposes only."),
 AR("A15", "Counter false information", "missing"),
 AR("A16", "Promote the locality", "covered", [("II.8", "Giới thiệu di tích Chùa Hương Tích, Ngã ba Đồng Lộc, nghệ thuật ca trù và các sản phẩm đặc sản của Can Lộc đến bạn bè, du khách các nước ASEAN")]),
]
audit = {"schema": "planparse/audit@1", "reference": REF19,
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "Chủ tịch ASEAN 2020; Ứng dụng và Fanpage"]},
 "areas": areas,
 "checks": [{"id": "S1", "status": "pass", "detail": "section I"}, {"id": "S2", "status": "pass", "detail": "section III"},
  {"id": "S3", "status": "pass", "detail": "section IV, 7 assignments"}, {"id": "S4", "status": "pass", "detail": "report before 25/11 yearly (IV.1)"},
  {"id": "S5", "status": "pass", "detail": "all 8 tasks have 'Đơn vị chủ trì'"}, {"id": "S6", "status": "pass", "detail": "basis cites 02/QĐ-BCĐASEAN"}],
 "summary": summary(areas)}
check(src, plan, audit)
write(f"../{NAME}.plan.json", plan); write(f"../{NAME}.audit.json", audit); print("ok", audit["summary"])
