import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import *
NAME = "cao-bang_45-KH-BTGTU_2019_asean-party"
src = open(f"{NAME}.source.txt", encoding="utf-8").read()
BTG = A("Ban Tuyên giáo Tỉnh ủy")
TTTT = A("Sở Thông tin và Truyền thông")
BTGH = A("Ban Tuyên giáo các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", coll=True)
MTTQ = A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh")
DT = A("Các đoàn thể chính trị - xã hội tỉnh", "các đoàn thể chính trị - xã hội tỉnh", True)
s1 = "Nâng cao nhận thức của cán bộ, đảng viên và các tầng lớp nhân dân, nhất là đồng bào các dân tộc ở khu vực biên giới, về Cộng đồng ASEAN, về vai trò, trách nhiệm của Việt Nam khi đảm nhận cương vị Chủ tịch ASEAN 2020; tạo đồng thuận trong thực hiện chủ trương hội nhập quốc tế của Đảng"
s2 = "Công tác tuyên truyền phải bám sát sự lãnh đạo của cấp ủy, sự định hướng của Ban Tuyên giáo Trung ương; nội dung chính xác, hình thức phù hợp với đặc điểm của tỉnh miền núi, biên giới; gắn với việc thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII"
iv1 = "Giao Phòng Tuyên truyền - Báo chí tham mưu, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ban Tuyên giáo Trung ương và Thường trực Tỉnh ủy trước ngày 10/12/2019 và ngày 10/12/2020"
iv2 = "Ban Tuyên giáo các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy căn cứ Kế hoạch này xây dựng kế hoạch tuyên truyền phù hợp với tình hình thực tế; báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 30/11 hằng năm"
iv3 = "Đề nghị Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo Sở Thông tin và Truyền thông, Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch và các cơ quan liên quan thực hiện các nhiệm vụ được nêu tại Mục III của Kế hoạch này"
iv4 = "Đề nghị Ủy ban MTTQ Việt Nam tỉnh, các đoàn thể chính trị - xã hội tỉnh chỉ đạo hệ thống tổ chức của mình lồng ghép tuyên truyền về ASEAN trong các hoạt động của đoàn viên, hội viên"
iv5 = "Kinh phí thực hiện: Kinh phí thực hiện các hoạt động của Kế hoạch được bố trí trong kinh phí hoạt động thường xuyên năm 2019, năm 2020 của Ban Tuyên giáo Tỉnh ủy và các cơ quan, đơn vị liên quan; khuyến khích huy động nguồn xã hội hóa đối với các hoạt động quảng bá, giao lưu văn hóa"
T3 = [
 ("III.1", "Định hướng thông tin, tuyên truyền trên báo chí", [BTG], [TTTT, A("Hội Nhà báo tỉnh")], None),
 ("III.2", "Tuyên truyền miệng qua đội ngũ báo cáo viên", [BTGH], [], None),
 ("III.3", "Mở chuyên mục trên báo, đài của tỉnh", [A("Báo Cao Bằng"), A("Đài Phát thanh - Truyền hình Cao Bằng")], [], None),
 ("III.4", "Chia sẻ dữ liệu, tuyên truyền trên mạng xã hội", [TTTT], [A("Văn phòng Ủy ban nhân dân tỉnh")], None),
 ("III.5", "Tập huấn, bồi dưỡng đội ngũ làm công tác tuyên truyền", [BTG], [A("Sở Ngoại vụ")],
   ("quý II/2020", "2020-04-01", "2020-06-30", "tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN")),
 ("III.6", "Tuyên truyền trong đoàn viên, hội viên", [MTTQ, DT], [], None),
 ("III.7", "Tuyên truyền cho doanh nghiệp và người lao động", [A("Đảng ủy Khối Doanh nghiệp tỉnh")], [A("Sở Công Thương"), A("Hiệp hội Doanh nghiệp tỉnh")],
   ("năm 2020", "2020-01-01", "2020-12-31", "phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, Cơ chế một cửa ASEAN và các cơ hội kinh doanh")),
 ("III.8", "Đưa nội dung về ASEAN vào chương trình bồi dưỡng", [A("Trường Chính trị Hoàng Đình Giong")], [], None),
 ("III.9", "Đấu tranh phản bác thông tin sai trái", [BTG], [A("Công an tỉnh"), A("Bộ Chỉ huy Bộ đội Biên phòng tỉnh")], None),
 ("III.10", "Giao lưu văn hóa, quảng bá hình ảnh Cao Bằng", [A("Sở Văn hóa, Thể thao và Du lịch")], [A("Ban Quản lý Công viên địa chất Non nước Cao Bằng")],
   ("tháng 8/2020", "2020-08-01", "2020-08-31", 'tổ chức triển lãm ảnh "Cao Bằng - Điểm hẹn ASEAN", chương trình giao lưu văn hóa, văn nghệ')),
]
sections = [S("I", "I-", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1-", s1, 2), S("I.2", "2-", s2, 2),
 S("II", "II-", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Content given as '-' bullets only: no numbered items, so no tasks here."),
 S("III", "III-", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks")]
tasks, deadlines = [], []
for tid, title, lead, sup, tw in T3:
    sections.append(S(tid, tid.split(".")[1] + "-", title, 2))
    tasks.append(T(tid, title, lead, sup, TF(*tw[:3]) if tw else None))
    if tw: deadlines.append(D(tw[0], "period", tid, tw[3], start=tw[1], end=tw[2]))
tasks[1]["note"] = "Lead is the collective that opens the paragraph as the actor."
tasks[2]["note"] = "Two leads open the paragraph; Đài Truyền hình Việt Nam / Đài Tiếng nói Việt Nam are objects of 'tiếp, phát sóng', not roles."
sections += [S("IV", "IV-", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 S("IV.1", "1-", iv1, 2), S("IV.2", "2-", iv2, 2), S("IV.3", "3-", iv3, 2), S("IV.4", "4-", iv4, 2),
 S("IV.5", "5-", iv5, 2, note="Numbered paragraph 'Kinh phí thực hiện: …' without a separate heading: title is its first sentence (label: value), like the spec's plan-field lines. This is the plan's only budget clause.")]
deadlines += [
 D("trước ngày 10/12/2019", "due", "IV.1", "báo cáo Ban Tuyên giáo Trung ương và Thường trực Tỉnh ủy", due="2019-12-10"),
 D("ngày 10/12/2020", "due", "IV.1", "báo cáo Ban Tuyên giáo Trung ương và Thường trực Tỉnh ủy", due="2020-12-10"),
 D("trước ngày 30/11 hằng năm", "due", "IV.2", "báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy", due="--11-30", rec="yearly")]
plan = {"schema": "planparse/plan@1",
 "meta": {"number": "45-KH/BTGTU", "doc_type": "Kế hoạch", "issuer": "Ban Tuyên giáo Tỉnh ủy Cao Bằng", "province": "Cao Bằng",
  "issued": "2019-08-15", "title": "tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020",
  "period": {"start": 2019, "end": 2020},
  "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
            {"number": "2080-CV/BTGTW", "type": "Công văn", "date": "2019-07-15"}],
  "signer": {"name": "Đàm Văn Quý", "position": "Phó Trưởng Ban"},
  "note": "Party layout (Hướng dẫn 36-HD/VPTW): motto 'ĐẢNG CỘNG SẢN VIỆT NAM' instead of the state motto, '*' under the issuing body, 'Số 45-KH/BTGTU' without colon and with '-' between number and type, 'K/T TRƯỞNG BAN', headings 'I-'/'1-'. Issuer = last left-column line 'BAN TUYÊN GIÁO' with the parent 'TỈNH ỦY CAO BẰNG'."},
 "sections": sections, "tasks": tasks,
 "assignments": [
  {"agency": A("Phòng Tuyên truyền - Báo chí"), "section": "IV.1", "duties": ["tham mưu, theo dõi, đôn đốc việc thực hiện Kế hoạch",
     "tổng hợp kết quả, báo cáo Ban Tuyên giáo Trung ương và Thường trực Tỉnh ủy trước ngày 10/12/2019 và ngày 10/12/2020"]},
  {"agency": BTGH, "section": "IV.2", "duties": ["căn cứ Kế hoạch này xây dựng kế hoạch tuyên truyền phù hợp với tình hình thực tế",
     "báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 30/11 hằng năm"]},
  {"agency": A("Ban cán sự đảng Ủy ban nhân dân tỉnh"), "section": "IV.3",
   "duties": ["chỉ đạo Sở Thông tin và Truyền thông, Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch và các cơ quan liên quan thực hiện các nhiệm vụ được nêu tại Mục III của Kế hoạch này"],
   "note": "The Sở named after 'chỉ đạo' are a sub-delegation, not assignees of this plan (as Cà Mau V.10)."},
  {"agency": MTTQ, "section": "IV.4", "duties": ["chỉ đạo hệ thống tổ chức của mình lồng ghép tuyên truyền về ASEAN trong các hoạt động của đoàn viên, hội viên"]},
  {"agency": DT, "section": "IV.4", "duties": ["chỉ đạo hệ thống tổ chức của mình lồng ghép tuyên truyền về ASEAN trong các hoạt động của đoàn viên, hội viên"],
   "note": "'Đề nghị X, Y' → one assignment per agency."}],
 "deadlines": deadlines,
 "budget": {"present": True, "section": "IV.5", "sources": ["unit_budget", "socialization"],
  "clauses": [{"text": "Kinh phí thực hiện các hoạt động của Kế hoạch được bố trí trong kinh phí hoạt động thường xuyên năm 2019, năm 2020 của Ban Tuyên giáo Tỉnh ủy và các cơ quan, đơn vị liên quan", "section": "IV.5"},
              {"text": "khuyến khích huy động nguồn xã hội hóa đối với các hoạt động quảng bá, giao lưu văn hóa", "section": "IV.5"}],
  "amounts": [], "note": "'kinh phí hoạt động thường xuyên … của Ban Tuyên giáo Tỉnh ủy và các cơ quan, đơn vị' = unit_budget (no 'ngân sách nhà nước' / 'dự toán chi ngân sách' wording)."}}
areas = [
 AR("A01", "Coordination mechanism across levels and sectors; orienting the press on focal topics", "covered",
    [("III.1", "định hướng các cơ quan báo chí của tỉnh về các trọng tâm cần thông tin về ASEAN theo từng giai đoạn")]),
 AR("A02", "Share data and publications with the ASEAN Vietnam portal / national common database", "covered",
    [("III.4", "chia sẻ cơ sở dữ liệu, ấn phẩm về Cao Bằng lên Cổng thông tin ASEAN Việt Nam")]),
 AR("A03", "New media: ASEAN app, Fanpage, livestreams, social networks", "covered",
    [("III.4", 'chia sẻ nội dung của Ứng dụng và Fanpage "ASEAN và Việt Nam" trên các trang mạng xã hội')]),
 AR("A04", "Integrate ASEAN into talks, meetings, conferences and mass organisations", "covered",
    [("III.2", "chú trọng các buổi nói chuyện chuyên đề tại các xã biên giới"),
     ("III.6", "lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, nông dân, cựu chiến binh")]),
 AR("A05", "Train propaganda staff, editors and reporters", "covered",
    [("III.5", "tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, báo cáo viên")]),
 AR("A06", "Business outreach on the economic pillar", "covered",
    [("III.7", "phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, Cơ chế một cửa ASEAN và các cơ hội kinh doanh")]),
 AR("A07", "Youth and schools", "covered",
    [("III.6", "vận động đoàn viên thanh niên, học sinh, sinh viên tham gia cuộc thi tìm hiểu về ASEAN")]),
 AR("A08", "ASEAN Corners", "missing"),
 AR("A09", "Press, broadcasting and portal programmes and columns", "covered",
    [("III.3", 'mở chuyên trang, chuyên mục "ASEAN và Cao Bằng"; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam')]),
 AR("A10", "Culture, sports, tourism exchanges; exhibitions; visual propaganda", "covered",
    [("III.10", 'tổ chức triển lãm ảnh "Cao Bằng - Điểm hẹn ASEAN", chương trình giao lưu văn hóa, văn nghệ')]),
 AR("A11", "Trade, investment and tourism promotion; fairs", "partial",
    [("III.10", "quảng bá Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng, khu du lịch thác Bản Giốc đến du khách các nước ASEAN")],
    note="Only tourism promotion inside the culture task; no fairs, no trade or investment promotion events."),
 AR("A12", "Publications and leaflets with ASEAN content", "missing",
    note="III.4 shares publications about Cao Bằng (A02/A16); the plan produces no ASEAN publication or leaflet."),
 AR("A13", "The ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries", "covered",
    [("II", 'chủ đề Năm ASEAN 2020 "Gắn kết và chủ động thích ứng" và các hội nghị cấp cao do Việt Nam tổ chức')],
    note="Own content bullet; II has no numbered items, so the evidence section is II."),
 AR("A14", "ASEAN itself: role, achievements, pillars, countries and peoples", "covered",
    [("II", "Vai trò, vị thế của ASEAN; những thành tựu nổi bật của Cộng đồng ASEAN trên 3 trụ cột")]),
 AR("A15", "Counter false and distorted information; follow public opinion", "covered",
    [("III.9", "nắm bắt dư luận xã hội, kịp thời đấu tranh, phản bác các quan điểm sai trái, xuyên tạc")]),
 AR("A16", "Promote the province itself", "covered",
    [("III.10", "Giao lưu văn hóa, quảng bá hình ảnh Cao Bằng"),
     ("II", "Tiềm năng, thế mạnh, các dự án kêu gọi đầu tư và sản phẩm du lịch của tỉnh Cao Bằng")]),
]
audit = {"schema": "planparse/audit@1", "reference": REF19,
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam"]},
 "areas": areas,
 "checks": [{"id": "S1", "status": "pass", "detail": "section I"},
  {"id": "S2", "status": "pass", "detail": "budget clause IV.5"},
  {"id": "S3", "status": "pass", "detail": "section IV, 5 assignments"},
  {"id": "S4", "status": "pass", "detail": "report before 10/12/2019 and 10/12/2020 (IV.1)"},
  {"id": "S5", "status": "pass", "detail": "all 10 tasks open with a lead agency"},
  {"id": "S6", "status": "pass", "detail": "basis cites 02/QĐ-BCĐASEAN"}],
 "summary": summary(areas)}
check(src, plan, audit); check2(plan, audit)
write(f"../{NAME}.plan.json", plan); write(f"../{NAME}.audit.json", audit); print("ok", audit["summary"])
