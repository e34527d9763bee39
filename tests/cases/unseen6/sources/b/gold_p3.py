import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import *
NAME = "son-la_1208-KH-STTTT_2019_asean-phanthu"
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
src = open(os.path.join(HERE, f"{NAME}.source.txt"), encoding="utf-8").read()

TTBC = A("Phòng Thông tin - Báo chí - Xuất bản")
CNTT = A("Trung tâm Công nghệ thông tin và Truyền thông")
VPS = A("Văn phòng Sở", note="Office of the Sở Thông tin và Truyền thông itself; kept as written.")
BCVT = A("Phòng Bưu chính, Viễn thông và Công nghệ thông tin")
Q3 = ("quý III/2020", "2020-07-01", "2020-09-30")
tasks_spec = [
 ("II.I.1", "Định hướng báo chí tuyên truyền về Năm Chủ tịch ASEAN 2020", [TTBC], [], None),
 ("II.I.2", "Tiếp, phát sóng chương trình, phim tài liệu về ASEAN", [TTBC],
  [A("Đài Phát thanh và Truyền hình tỉnh"), A("Đài Truyền thanh - Truyền hình các huyện, thành phố", coll=True)], Q3),
 ("II.I.3", "Chuyên mục ASEAN trên Cổng Thông tin điện tử tỉnh", [CNTT], [A("Văn phòng Ủy ban nhân dân tỉnh")],
  ("năm 2020", "2020-01-01", "2020-12-31")),
 ("II.I.4", "Tuyên truyền trên mạng xã hội", [CNTT], [], None),
 ("II.II.1", "Tờ gấp tuyên truyền về ASEAN cho vùng biên giới", [TTBC], [A("Ban Dân tộc tỉnh")], ("quý II/2020", "2020-04-01", "2020-06-30")),
 ("II.II.2", "Áp phích điện tử, pa nô về Năm Chủ tịch ASEAN 2020", [VPS], [], None),
 ("II.II.3", "Góc ASEAN tại Thư viện tỉnh", [], [A("Sở Văn hóa, Thể thao và Du lịch")], Q3),
 ("II.III.1", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", [TTBC], [A("Ban Tuyên giáo Tỉnh ủy")], ("tháng 5/2020", "2020-05-01", "2020-05-31")),
 ("II.III.2", "Thông tin cho doanh nghiệp về các cam kết trong ASEAN", [BCVT], [A("Sở Công Thương")], None),
 ("II.III.3", "Đấu tranh phản bác thông tin sai trái, xuyên tạc", [TTBC], [A("Công an tỉnh")], None),
 ("II.III.4", "Quảng bá hình ảnh tỉnh Sơn La với các tỉnh Bắc Lào", [CNTT], [], ("quý IV/2020", "2020-10-01", "2020-12-31")),
]
subj = {
 "II.I.2": "tiếp, phát sóng các chương trình, phim tài liệu về ASEAN",
 "II.I.3": "duy trì chuyên mục “Sơn La - ASEAN” trên Cổng Thông tin điện tử tỉnh",
 "II.II.1": "biên soạn, in ấn, phát hành 3.000 tờ gấp về ASEAN bằng tiếng Việt và tiếng Thái",
 "II.II.3": "xây dựng Góc ASEAN tại Thư viện tỉnh",
 "II.III.1": "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN",
 "II.III.4": "sản xuất video quảng bá tiềm năng, thế mạnh của tỉnh",
}
notes = {
 "II.I.1": "Lead from 'Phòng … chủ trì hướng dẫn các cơ quan báo chí …'; the press bodies being guided are not support.",
 "II.I.2": "Actor opening the sentence is the lead; 'phối hợp với X, Y' → support.",
 "II.I.3": "Lead/support from inline 'Cơ quan chủ trì: … Cơ quan phối hợp: …' inside the paragraph; 'Thời gian: năm 2020.' is the window.",
 "II.I.4": "Lead from a trailing parenthesis '(Chủ trì: …)'.",
 "II.II.3": "No lead named ('Phối hợp với Sở Văn hóa, Thể thao và Du lịch …' opens the text): lead [], support Sở VHTTDL. Implicitly the Sở TT&TT itself, but nothing names it.",
 "II.III.2": "Lead from 'Giao X chủ trì, phối hợp với Y'.",
}
sections = [
 S("I", "Phần thứ nhất", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose",
   note="'Phần thứ nhất' on its own line, title below: a level-1 heading with Roman id I; the Roman items under it nest as I.I, I.II (path rule)."),
 S("I.I", "I.", "Mục đích", 2), S("I.II", "II.", "Yêu cầu", 2),
 S("II", "Phần thứ hai", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks"),
 S("II.I", "I.", "TUYÊN TRUYỀN TRÊN BÁO CHÍ VÀ MÔI TRƯỜNG MẠNG", 2),
]
tasks, deadlines = [], []
for tid, title, lead, sup, tfr in tasks_spec:
    if tid == "II.II.1": sections.append(S("II.II", "II.", "TUYÊN TRUYỀN CƠ SỞ, TRỰC QUAN VÀ XUẤT BẢN PHẨM", 2))
    if tid == "II.III.1": sections.append(S("II.III", "III.", "CÁC HOẠT ĐỘNG HỖ TRỢ", 2))
    sections.append(S(tid, tid.split(".")[2] + ".", title, 3))
    t = T(tid, title, lead, sup, TF(*tfr) if tfr else None)
    if tid in notes: t["note"] = notes[tid]
    tasks.append(t)
    if tfr: deadlines.append(D(tfr[0], "period", tid, subj[tid], start=tfr[1], end=tfr[2]))
    if tid == "II.I.1":
        deadlines.append(D("định kỳ hằng tháng", "recurring", tid, "định hướng nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn", rec="monthly"))
    if tid == "II.II.2":
        deadlines.append(D("trước ngày 15/01/2020", "due", tid, "thiết kế áp phích điện tử, mẫu pa nô về Năm Chủ tịch ASEAN 2020", due="2020-01-15"))
sections += [
 S("III", "Phần thứ ba", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 S("IV", "Phần thứ tư", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 S("IV.I", "I.", "CÁC PHÒNG, ĐƠN VỊ THUỘC SỞ", 2),
 S("IV.I.1", "1.", "Phòng Thông tin - Báo chí - Xuất bản", 3),
 S("IV.I.2", "2.", "Phòng Kế hoạch - Tài chính", 3),
 S("IV.I.3", "3.", "Văn phòng Sở, Trung tâm Công nghệ thông tin và Truyền thông, Phòng Bưu chính, Viễn thông và Công nghệ thông tin", 3),
 S("IV.II", "II.", "ĐỀ NGHỊ CÁC CƠ QUAN, ĐỊA PHƯƠNG", 2),
 S("IV.II.1", "1.", "Báo Sơn La, Đài Phát thanh và Truyền hình tỉnh", 3),
 S("IV.II.2", "2.", "Ủy ban nhân dân các huyện, thành phố", 3),
]
deadlines += [
 D("trước ngày 30/11/2020", "due", "IV.I.1", "báo cáo Ban Chỉ đạo Thông tin tuyên truyền ASEAN và Ủy ban nhân dân tỉnh", due="2020-11-30"),
 D("trước ngày 31/01/2020", "due", "IV.I.2", "tham mưu bố trí kinh phí thực hiện Kế hoạch", due="2020-01-31"),
 D("định kỳ hằng quý", "recurring", "IV.I.3", "báo cáo kết quả", rec="quarterly"),
]
d13 = ["Triển khai các nhiệm vụ được phân công tại Phần thứ hai", "báo cáo kết quả định kỳ hằng quý về Phòng Thông tin - Báo chí - Xuất bản"]
d21 = ["Mở chuyên trang, chuyên mục, tăng thời lượng tin, bài về Năm Chủ tịch ASEAN 2020 và các hoạt động hợp tác của tỉnh với các nước ASEAN"]
plan = {"schema": "planparse/plan@1",
 "meta": {"number": "1208/KH-STTTT", "doc_type": "Kế hoạch", "issuer": "Sở Thông tin và Truyền thông tỉnh Sơn La", "province": "Sơn La",
  "issued": "2019-12-18",
  "title": "Tuyên truyền về ASEAN năm 2020",
  "period": {"start": 2020, "end": 2020},
  "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
            {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"},
            {"number": "3150/KH-UBND", "type": "Kế hoạch", "date": "2019-10-25"}],
  "signer": {"name": "Cầm Văn Thanh", "position": "Phó Giám đốc"},
  "note": "Issued 18/12/2019 for the year 2020: period 2020-2020 (from the title), not the issue year. Footer 'Trang N/M' on every page is page furniture."},
 "sections": sections, "tasks": tasks,
 "assignments": [
  {"agency": TTBC, "section": "IV.I.1", "duties": [
     "Là đầu mối tham mưu Giám đốc Sở tổ chức triển khai Kế hoạch",
     "hướng dẫn, đôn đốc các đơn vị thực hiện",
     "Tổng hợp kết quả, báo cáo Ban Chỉ đạo Thông tin tuyên truyền ASEAN và Ủy ban nhân dân tỉnh trước ngày 30/11/2020"]},
  {"agency": A("Phòng Kế hoạch - Tài chính"), "section": "IV.I.2", "duties": ["Thẩm định dự toán, tham mưu bố trí kinh phí thực hiện Kế hoạch trước ngày 31/01/2020"]},
  {"agency": VPS, "section": "IV.I.3", "duties": d13},
  {"agency": CNTT, "section": "IV.I.3", "duties": d13},
  {"agency": BCVT, "section": "IV.I.3", "duties": d13,
   "note": "Heading lists three units separated by commas; the last name itself contains a comma ('Bưu chính, Viễn thông và Công nghệ thông tin') and is not split."},
  {"agency": A("Báo Sơn La"), "section": "IV.II.1", "duties": d21},
  {"agency": A("Đài Phát thanh và Truyền hình tỉnh"), "section": "IV.II.1", "duties": d21},
  {"agency": A("Ủy ban nhân dân các huyện, thành phố", coll=True), "section": "IV.II.2", "duties": [
     "Chỉ đạo Phòng Văn hóa và Thông tin, Đài Truyền thanh - Truyền hình cấp huyện lồng ghép tuyên truyền về ASEAN trên hệ thống thông tin cơ sở"]},
 ],
 "deadlines": deadlines,
 "budget": {"present": True, "section": "III",
  "sources": ["state_budget", "unit_budget", "other_lawful"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ dự toán chi ngân sách nhà nước năm 2020 giao cho Sở Thông tin và Truyền thông, dự kiến 120.000.000 đồng; lồng ghép trong kinh phí thường xuyên của các phòng, đơn vị thuộc Sở và các nguồn hợp pháp khác", "section": "III"}],
  "amounts": [{"text": "120.000.000 đồng", "vnd": 120000000}]},
}
areas = [
 AR("A01", "Coordination mechanism across levels and sectors; orienting the press on focal topics", "covered",
    [("II.I.1", "định hướng nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn, định kỳ hằng tháng")],
    note="Orienting the press on focal topics by period is an own task; no explicit vertical/horizontal mechanism, so 'partial' is arguable."),
 AR("A02", "Share data and publications with the ASEAN Vietnam portal / national common database", "covered",
    [("II.I.3", "chia sẻ cơ sở dữ liệu, tin, bài với Cổng thông tin ASEAN Việt Nam")]),
 AR("A03", "New media: ASEAN app, Fanpage, livestreams, social networks", "covered",
    [("II.I.4", "Giới thiệu, lan tỏa Ứng dụng và Fanpage “ASEAN và Việt Nam”; phát trực tiếp (livestream)")]),
 AR("A04", "Integrate ASEAN into talks, meetings, conferences and mass organisations", "partial",
    [("IV.II.2", "lồng ghép tuyên truyền về ASEAN trên hệ thống thông tin cơ sở")],
    note="Integration only into the grassroots information system, not into meetings or mass organisations."),
 AR("A05", "Train propaganda staff, editors and reporters", "covered",
    [("II.III.1", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ thông tin cơ sở")]),
 AR("A06", "Business outreach on the economic pillar", "covered",
    [("II.III.2", "cung cấp thông tin về cam kết trong ASEAN, thương mại điện tử, Cơ chế hải quan một cửa ASEAN cho doanh nghiệp")]),
 AR("A07", "Youth and schools", "missing"),
 AR("A08", "ASEAN Corners", "covered", [("II.II.3", "xây dựng Góc ASEAN tại Thư viện tỉnh")]),
 AR("A09", "Press, broadcasting and portal programmes and columns", "covered",
    [("II.I.1", "mở chuyên trang, chuyên mục về Năm Chủ tịch ASEAN 2020"),
     ("II.I.2", "tiếp, phát sóng các chương trình, phim tài liệu về ASEAN của Đài Truyền hình Việt Nam")]),
 AR("A10", "Culture, sports, tourism exchanges; exhibitions; visual propaganda", "covered",
    [("II.II.2", "Văn phòng Sở thiết kế áp phích điện tử, mẫu pa nô về Năm Chủ tịch ASEAN 2020")],
    note="Visual-propaganda part only; no cultural exchange or exhibition."),
 AR("A11", "Trade, investment and tourism promotion; fairs", "partial",
    [("II.III.4", "sản xuất video quảng bá tiềm năng, thế mạnh của tỉnh, du lịch Mộc Châu và các dự án kêu gọi đầu tư")],
    note="Only a promotional video for the province (A16); no fair or trade/investment promotion event."),
 AR("A12", "Publications and leaflets with ASEAN content", "covered",
    [("II.II.1", "biên soạn, in ấn, phát hành 3.000 tờ gấp về ASEAN bằng tiếng Việt và tiếng Thái")]),
 AR("A13", "The ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries", "covered",
    [("II.I.1", "Năm Chủ tịch ASEAN 2020 với chủ đề “Gắn kết và Chủ động thích ứng”, Hội nghị Cấp cao ASEAN lần thứ 36, 37 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN")]),
 AR("A14", "ASEAN itself: role, achievements, pillars, countries and peoples", "partial",
    [("I.I", "hiểu rõ vai trò, vị thế của ASEAN và của Việt Nam")],
    note="Only in the purposes section."),
 AR("A15", "Counter false and distorted information; follow public opinion", "covered",
    [("II.III.3", "theo dõi dư luận xã hội, phát hiện, xử lý thông tin sai trái, xuyên tạc về ASEAN")]),
 AR("A16", "Promote the province itself", "covered",
    [("II.III.4", "sản xuất video quảng bá tiềm năng, thế mạnh của tỉnh, du lịch Mộc Châu và các dự án kêu gọi đầu tư")]),
]
audit = {"schema": "planparse/audit@1", "reference": REF19,
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN and 03/BTTTT-BCĐASEAN (26/6/2019)", "year 2020 within 2019-2020",
   "fingerprints: Chủ tịch ASEAN 2020; dòng chảy chính của công tác hội nhập ASEAN; nắm bắt được cơ hội để phát triển; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam"]},
 "areas": areas,
 "checks": [
  {"id": "S1", "status": "pass", "detail": "Phần thứ nhất MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "Phần thứ ba KINH PHÍ THỰC HIỆN (state budget, unit budget, other lawful; 120.000.000 đồng)"},
  {"id": "S3", "status": "pass", "detail": "Phần thứ tư TỔ CHỨC THỰC HIỆN with 8 assignments"},
  {"id": "S4", "status": "pass", "detail": "IV.I.1: báo cáo Ban Chỉ đạo và UBND tỉnh trước ngày 30/11/2020"},
  {"id": "S5", "status": "fail", "detail": "tasks without a lead: II.II.3"},
  {"id": "S6", "status": "pass", "detail": "basis cites Quyết định 02/QĐ-BCĐASEAN and Công văn 03/BTTTT-BCĐASEAN"}],
 "summary": summary(areas)}
check(src, plan, audit); check2(plan, audit)
write(os.path.join(OUT, f"{NAME}.plan.json"), plan); write(os.path.join(OUT, f"{NAME}.audit.json"), audit)
print(audit["summary"])
