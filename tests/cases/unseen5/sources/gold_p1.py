import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import *
NAME = "lang-son_1385-KH-SNgV_2019_asean-portal-article"
src = open(f"{NAME}.source.txt", encoding="utf-8").read()
TTDN = A("Phòng Thông tin đối ngoại và Lãnh sự")
HTQT = A("Phòng Hợp tác quốc tế")
VPS = A("Văn phòng Sở", note="Internal office of Sở Ngoại vụ; kept as written (not an abbreviation).")
KKT = A("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn")
Y19_20 = ("2019-01-01", "2020-12-31")
def tf(text, a, b): return TF(text, a, b)
tasks_spec = [
 ("II.1", 'Duy trì chuyên mục "ASEAN - Việt Nam - Lạng Sơn" trên Trang thông tin điện tử của Sở Ngoại vụ', [TTDN], [VPS, A("Sở Thông tin và Truyền thông")],
   ("từ tháng 11/2019 đến tháng 12/2020", "2019-11-01", "2020-12-31"), "Cập nhật tin, bài về các sự kiện quan trọng của ASEAN"),
 ("II.2", "Chia sẻ tin, bài, video về ASEAN trên mạng xã hội", [TTDN], [], None, None),
 ("II.3", "Biên soạn tài liệu hỏi - đáp về ASEAN cho đồng bào các dân tộc khu vực biên giới", [TTDN], [A("Ban Dân tộc tỉnh")],
   ("Quý I/2020", "2020-01-01", "2020-03-31"), "In ấn, phát hành 3.000 cuốn tài liệu hỏi - đáp về Cộng đồng ASEAN"),
 ("II.4", "Tập huấn nghiệp vụ thông tin đối ngoại về ASEAN", [HTQT], [A("Ban Tuyên giáo Tỉnh ủy"), A("Sở Nội vụ")],
   ("Tháng 6/2020", "2020-06-01", "2020-06-30"), "Tổ chức 01 hội nghị tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 ("II.5", "Tuyên truyền về ASEAN tại các xã biên giới", [A("Phòng Quản lý biên giới")],
   [A("Bộ Chỉ huy Bộ đội Biên phòng tỉnh"), A("Ủy ban nhân dân các huyện biên giới", coll=True)],
   ("Năm 2020", "2020-01-01", "2020-12-31"), "Tuyên truyền về ASEAN tại các xã biên giới"),
 ("II.6", "Phổ biến các cam kết trong ASEAN đến cộng đồng doanh nghiệp xuất nhập khẩu", [HTQT],
   [A("Sở Công Thương"), KKT, A("Cục Hải quan tỉnh Lạng Sơn")],
   ("Quý II/2020", "2020-04-01", "2020-06-30"), "Phối hợp tổ chức hội nghị giới thiệu quy tắc xuất xứ, thương mại điện tử, Cơ chế một cửa ASEAN"),
 ("II.7", "Quảng bá tiềm năng, thế mạnh của tỉnh với các đối tác ASEAN", [HTQT],
   [A("Sở Kế hoạch và Đầu tư"), A("Sở Văn hóa, Thể thao và Du lịch")],
   ("2019 - 2020", "2019-01-01", "2020-12-31"), "Quảng bá tiềm năng, thế mạnh của tỉnh với các đối tác ASEAN"),
 ("II.8", "Hưởng ứng cuộc thi tìm hiểu về ASEAN trong đoàn viên, thanh niên", [TTDN], [A("Tỉnh đoàn Lạng Sơn"), A("Sở Giáo dục và Đào tạo")],
   ("Tháng 7 - 8/2020", "2020-07-01", "2020-08-31"), "vận động đoàn viên, thanh niên, học sinh tham gia cuộc thi tìm hiểu về ASEAN"),
 ("II.9", "Cổ động trực quan tại các cửa khẩu quốc tế", [VPS], [KKT],
   ("Quý I/2020", "2020-01-01", "2020-03-31"), "Thiết kế, lắp đặt pa nô, băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020"),
 ("II.10", "Nắm bắt dư luận, phản bác thông tin sai trái", [TTDN], [A("Công an tỉnh")], None, None),
]
sections = [
 S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
 S("II", "II.", "NHIỆM VỤ VÀ HOẠT ĐỘNG CỤ THỂ", 1, "tasks",
   note="Tasks are <li> items whose text carries a typed number ('1.' … '10.', list-style none) under an <h2>; the nested <li> lines 'Đơn vị chủ trì/phối hợp, Thời gian thực hiện' are field lines of the task, not sections."),
]
tasks, deadlines = [], []
for tid, title, lead, sup, tfr, subj in tasks_spec:
    sections.append(S(tid, tid.split(".")[1] + ".", title, 2))
    tasks.append(T(tid, title, lead, sup, TF(*tfr) if tfr else None))
    if tfr:
        deadlines.append(D(tfr[0], "period", tid, subj, start=tfr[1], end=tfr[2]))
sections += [
 S("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 S("IV.1", "1.", "Phòng Thông tin đối ngoại và Lãnh sự", 2),
 S("IV.2", "2.", "Văn phòng Sở", 2),
 S("IV.3", "3.", "Các phòng, đơn vị thuộc Sở", 2),
 S("IV.4", "4.", "Đề nghị Sở Thông tin và Truyền thông, Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh", 2),
]
deadlines += [
 D("trước ngày 05/12/2019", "due", "IV.1", "báo cáo Giám đốc Sở để báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông", due="2019-12-05"),
 D("ngày 05/12/2020", "due", "IV.1", "báo cáo Giám đốc Sở để báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông", due="2020-12-05",
   note="'trước ngày 05/12/2019 và ngày 05/12/2020' → two due items, as in the spec example."),
 D("trước ngày 25/11 hằng năm", "due", "IV.3", "gửi báo cáo kết quả về Phòng Thông tin đối ngoại và Lãnh sự", due="--11-25", rec="yearly"),
]
press_duty = ["Phối hợp đăng tải, phát sóng tin, bài về các hoạt động đối ngoại liên quan đến ASEAN của tỉnh",
              "dành thời lượng phù hợp cho chuyên mục về Năm Chủ tịch ASEAN 2020"]
plan = {"schema": "planparse/plan@1",
 "meta": {"number": "1385/KH-SNgV", "doc_type": "Kế hoạch", "issuer": "Sở Ngoại vụ tỉnh Lạng Sơn", "province": "Lạng Sơn",
  "issued": "2019-10-22",
  "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 của Sở Ngoại vụ tỉnh Lạng Sơn",
  "period": {"start": 2019, "end": 2020},
  "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
            {"number": "178/KH-UBND", "type": "Kế hoạch", "date": "2019-09-30"}],
  "signer": {"name": "Lương Thị Hồng Vân", "position": "Phó Giám đốc"},
  "note": "Portal article: the page date (25/10/2019), the 'Tin liên quan' links (one repeats 178/KH-UBND with the portal date 02/10/2019) and the footer 'Cơ quan chủ quản: Ủy ban nhân dân tỉnh Lạng Sơn' are page furniture, not the plan."},
 "sections": sections, "tasks": tasks,
 "assignments": [
  {"agency": TTDN, "section": "IV.1", "duties": ["Là đầu mối, hướng dẫn, đôn đốc các phòng triển khai Kế hoạch",
     "Tổng hợp kết quả, báo cáo Giám đốc Sở để báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông trước ngày 05/12/2019 và ngày 05/12/2020"]},
  {"agency": VPS, "section": "IV.2", "duties": ["Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định",
     "Đăng tải Kế hoạch và các tin, bài liên quan trên Trang thông tin điện tử của Sở"]},
  {"agency": A("Các phòng, đơn vị thuộc Sở", coll=True), "section": "IV.3", "duties": [
     "Chủ động triển khai các nhiệm vụ được giao", "gửi báo cáo kết quả về Phòng Thông tin đối ngoại và Lãnh sự trước ngày 25/11 hằng năm"]},
  {"agency": A("Sở Thông tin và Truyền thông"), "section": "IV.4", "duties": press_duty},
  {"agency": A("Báo Lạng Sơn"), "section": "IV.4", "duties": press_duty},
  {"agency": A("Đài Phát thanh và Truyền hình tỉnh"), "section": "IV.4", "duties": press_duty,
   "note": "'Đề nghị X, Y, Z' in the heading → one assignment per agency."}],
 "deadlines": deadlines,
 "budget": {"present": True, "section": "III", "sources": ["state_budget", "unit_budget"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước trong dự toán chi thông tin đối ngoại năm 2019, năm 2020 của Sở Ngoại vụ", "section": "III"},
              {"text": "Các hoạt động lồng ghép được thực hiện từ kinh phí hoạt động thường xuyên của các phòng, đơn vị thuộc Sở", "section": "III"},
              {"text": "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định", "section": "IV.2"}],
  "amounts": [{"text": "185.000.000 đồng", "vnd": 185000000}]}}
areas = [
 AR("A01", "Coordination mechanism across levels and sectors; orienting the press on focal topics", "partial",
    [("I.2", "Phối hợp chặt chẽ giữa các phòng thuộc Sở và các cơ quan, đơn vị liên quan")],
    note="Only a requirement in I.2 and the focal-point role in IV.1; no vertical/horizontal mechanism, no orienting of the press on focal topics."),
 AR("A02", "Share data and publications with the ASEAN Vietnam portal / national common database", "covered",
    [("II.1", "dẫn nguồn, chia sẻ dữ liệu từ Cổng thông tin ASEAN Việt Nam")]),
 AR("A03", "New media: ASEAN app, Fanpage, livestreams, social networks", "covered",
    [("II.2", 'Theo dõi và chia sẻ nội dung của Ứng dụng và Fanpage "ASEAN và Việt Nam", các chương trình phát trực tiếp (livestream)')]),
 AR("A04", "Integrate ASEAN into talks, meetings, conferences and mass organisations", "covered",
    [("II.5", "Lồng ghép nội dung về ASEAN và quan hệ hữu nghị với các nước láng giềng trong các buổi tuyên truyền pháp luật về biên giới, lãnh thổ")],
    note="An own task integrating ASEAN into talks in border communes; no mass organisations named."),
 AR("A05", "Train propaganda staff, editors and reporters", "covered",
    [("II.4", "Tổ chức 01 hội nghị tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho cán bộ làm công tác đối ngoại")]),
 AR("A06", "Business outreach on the economic pillar", "covered",
    [("II.6", "hội nghị giới thiệu quy tắc xuất xứ, thương mại điện tử, Cơ chế một cửa ASEAN cho doanh nghiệp")]),
 AR("A07", "Youth and schools", "covered", [("II.8", "vận động đoàn viên, thanh niên, học sinh tham gia cuộc thi tìm hiểu về ASEAN")]),
 AR("A08", "ASEAN Corners", "covered", [("II.8", "hỗ trợ tài liệu để xây dựng Góc ASEAN tại Thư viện tỉnh")]),
 AR("A09", "Press, broadcasting and portal programmes and columns", "covered",
    [("II.1", 'Duy trì chuyên mục "ASEAN - Việt Nam - Lạng Sơn" trên Trang thông tin điện tử của Sở Ngoại vụ'),
     ("IV.4", "Phối hợp đăng tải, phát sóng tin, bài về các hoạt động đối ngoại liên quan đến ASEAN của tỉnh")]),
 AR("A10", "Culture, sports, tourism exchanges; exhibitions; visual propaganda", "covered",
    [("II.9", "Thiết kế, lắp đặt pa nô, băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020")],
    note="Visual propaganda only; no cultural exchange or exhibition."),
 AR("A11", "Trade, investment and tourism promotion; fairs", "covered",
    [("II.7", "tham gia các hoạt động xúc tiến đầu tư, thương mại của tỉnh tại các nước ASEAN")]),
 AR("A12", "Publications and leaflets with ASEAN content", "covered",
    [("II.3", "In ấn, phát hành 3.000 cuốn tài liệu hỏi - đáp về Cộng đồng ASEAN")]),
 AR("A13", "The ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries", "covered",
    [("II.1", "Cập nhật tin, bài về các sự kiện quan trọng của ASEAN, Năm Chủ tịch ASEAN 2020 của Việt Nam")]),
 AR("A14", "ASEAN itself: role, achievements, pillars, countries and peoples", "partial",
    [("I.1", "vai trò, vị thế của ASEAN")],
    note="Only in the purposes; tasks mention 'Cộng đồng ASEAN' as a topic (II.3) without role, pillars or peoples."),
 AR("A15", "Counter false and distorted information; follow public opinion", "covered",
    [("II.10", "phản bác các thông tin sai trái, xuyên tạc về ASEAN")]),
 AR("A16", "Promote the province itself", "covered",
    [("II.7", "Lồng ghép giới thiệu các dự án kêu gọi đầu tư, sản phẩm du lịch, đặc sản của Lạng Sơn")]),
]
audit = {"schema": "planparse/audit@1", "reference": REF19,
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam"]},
 "areas": areas,
 "checks": [{"id": "S1", "status": "pass", "detail": "section I"}, {"id": "S2", "status": "pass", "detail": "section III"},
  {"id": "S3", "status": "pass", "detail": "section IV, 6 assignments"},
  {"id": "S4", "status": "pass", "detail": "report before 05/12/2019 and 05/12/2020 (IV.1)"},
  {"id": "S5", "status": "pass", "detail": "all 10 tasks name a lead (Đơn vị chủ trì)"},
  {"id": "S6", "status": "pass", "detail": "basis cites 02/QĐ-BCĐASEAN"}],
 "summary": summary(areas)}
check(src, plan, audit); check2(plan, audit)
write(f"../{NAME}.plan.json", plan); write(f"../{NAME}.audit.json", audit); print("ok", audit["summary"])
