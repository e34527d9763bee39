import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import *
NAME = "nghe-an_2145-KH-STTTT_2019_asean-twocol-annex"
src = open(f"{NAME}.source.txt", encoding="utf-8").read()
TTBC = A("Phòng Thông tin - Báo chí - Xuất bản")
TTCN = A("Trung tâm Công nghệ thông tin và Truyền thông")
VPS = A("Văn phòng Sở", note="Internal office of the issuing Sở; kept as written.")
TT = [
 ("II.1", "Phòng Thông tin - Báo chí - Xuất bản chủ trì, phối hợp với Hội Nhà báo tỉnh hướng dẫn các cơ quan báo chí trên địa bàn tỉnh mở chuyên trang, chuyên mục về ASEAN và Năm Chủ tịch ASEAN 2020 của Việt Nam",
   [TTBC], [A("Hội Nhà báo tỉnh")], None),
 ("II.2", 'Trung tâm Công nghệ thông tin và Truyền thông nâng cấp chuyên mục "Nghệ An với ASEAN" trên Cổng Thông tin điện tử tỉnh, hoàn thành trước ngày 30/10/2019',
   [TTCN], [], None),
 ("II.3", "Phòng Thông tin - Báo chí - Xuất bản biên tập, in và phát hành tài liệu tuyên truyền về ASEAN theo Danh mục tại Phụ lục kèm theo Kế hoạch này, cấp cho đài truyền thanh cấp huyện, cấp xã, thư viện và các trường trung học phổ thông",
   [TTBC], [], ("quý IV/2019", "2019-10-01", "2019-12-31", "biên tập, in và phát hành tài liệu tuyên truyền về ASEAN")),
 ("II.4", "Sở Thông tin và Truyền thông phối hợp với Sở Ngoại vụ tổ chức hội nghị tập huấn kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên và cán bộ phụ trách đài truyền thanh cấp huyện",
   [A("Sở Thông tin và Truyền thông")], [A("Sở Ngoại vụ")], ("tháng 11/2019", "2019-11-01", "2019-11-30", "tổ chức hội nghị tập huấn kỹ năng tuyên truyền về ASEAN")),
 ("II.5", "Phòng Bưu chính - Viễn thông - Công nghệ thông tin phối hợp với Sở Công Thương giới thiệu cho doanh nghiệp các nền tảng thương mại điện tử, việc ứng dụng công nghệ thông tin trong thực hiện Cơ chế một cửa ASEAN và các cam kết trong ASEAN về thương mại dịch vụ",
   [A("Phòng Bưu chính - Viễn thông - Công nghệ thông tin")], [A("Sở Công Thương")], ("năm 2020", "2020-01-01", "2020-12-31", "giới thiệu cho doanh nghiệp các nền tảng thương mại điện tử")),
 ("II.6", 'Trung tâm Công nghệ thông tin và Truyền thông lập trang Fanpage "Nghệ An - ASEAN" trên mạng xã hội Facebook', [TTCN], [], None),
 ("II.7", "Phòng Thông tin - Báo chí - Xuất bản theo dõi, tổng hợp dư luận xã hội về ASEAN trên báo chí và mạng xã hội", [TTBC], [A("Công an tỉnh")], None),
 ("II.8", "Văn phòng Sở phối hợp với Sở Văn hóa và Thể thao thiết kế, treo pa nô, băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020 tại thành phố Vinh và các thị xã",
   [VPS], [A("Sở Văn hóa và Thể thao")], ("tháng 01/2020", "2020-01-01", "2020-01-31", "thiết kế, treo pa nô, băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020")),
 ("II.9", "Phòng Thông tin - Báo chí - Xuất bản phối hợp với Sở Giáo dục và Đào tạo, Thư viện tỉnh hướng dẫn xây dựng Góc ASEAN tại Thư viện tỉnh và 10 trường trung học phổ thông",
   [TTBC], [A("Sở Giáo dục và Đào tạo"), A("Thư viện tỉnh")], None),
 ("II.10", "Phòng Thông tin - Báo chí - Xuất bản phối hợp với Sở Du lịch, Sở Kế hoạch và Đầu tư sản xuất 02 video clip bằng tiếng Anh quảng bá tiềm năng, thế mạnh, điểm đến du lịch của Nghệ An để chia sẻ trên Cổng thông tin ASEAN Việt Nam",
   [TTBC], [A("Sở Du lịch"), A("Sở Kế hoạch và Đầu tư")], ("quý II/2020", "2020-04-01", "2020-06-30", "sản xuất 02 video clip bằng tiếng Anh quảng bá tiềm năng, thế mạnh, điểm đến du lịch của Nghệ An")),
]
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
            S("II", "II.", "NHIỆM VỤ, HOẠT ĐỘNG CỤ THỂ", 1, "tasks")]
tasks, deadlines = [], []
for tid, title, lead, sup, tw in TT:
    sections.append(S(tid, tid.split(".")[1] + ".", title, 2))
    tasks.append(T(tid, title, lead, sup, TF(*tw[:3]) if tw else None))
    if tid == "II.2":
        deadlines.append(D("trước ngày 30/10/2019", "due", "II.2", 'nâng cấp chuyên mục "Nghệ An với ASEAN" trên Cổng Thông tin điện tử tỉnh', due="2019-10-30"))
    if tw: deadlines.append(D(tw[0], "period", tid, tw[3], start=tw[1], end=tw[2]))
tasks[1]["note"] = "'hoàn thành trước ngày 30/10/2019' is a due date, not a window: timeframe null."
tasks[6]["note"] = "Support from 'Phối hợp với Công an tỉnh' in the second sentence (gold convention: 'phối hợp với X' in a task body → support)."
iv = ["Phòng Thông tin - Báo chí - Xuất bản là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông: báo cáo sơ kết trước ngày 15/6/2020, báo cáo tổng kết trước ngày 30/11/2020",
      "Văn phòng Sở tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán kinh phí thực hiện Kế hoạch theo quy định",
      "Đề nghị Báo Nghệ An, Đài Phát thanh và Truyền hình Nghệ An dành thời lượng, dung lượng hợp lý cho chuyên mục về ASEAN; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam; gửi kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 20/11/2020",
      "Đề nghị Ủy ban nhân dân các huyện, thành phố, thị xã chỉ đạo Phòng Văn hóa và Thông tin, Đài Truyền thanh - Truyền hình cấp huyện sử dụng tài liệu được cấp để tuyên truyền trên hệ thống thông tin cơ sở"]
sections += [S("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"), S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization")]
sections += [S(f"IV.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(iv)]
deadlines += [
 D("trước ngày 15/6/2020", "due", "IV.1", "báo cáo sơ kết", due="2020-06-15"),
 D("trước ngày 30/11/2020", "due", "IV.1", "báo cáo tổng kết", due="2020-11-30"),
 D("trước ngày 20/11/2020", "due", "IV.3", "gửi kết quả thực hiện về Sở Thông tin và Truyền thông", due="2020-11-20")]
d3 = ["dành thời lượng, dung lượng hợp lý cho chuyên mục về ASEAN", "tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam",
      "gửi kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 20/11/2020"]
plan = {"schema": "planparse/plan@1",
 "meta": {"number": "2145/KH-STTTT", "doc_type": "Kế hoạch", "issuer": "Sở Thông tin và Truyền thông tỉnh Nghệ An", "province": "Nghệ An",
  "issued": "2019-09-05", "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020", "period": {"start": 2019, "end": 2020},
  "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
            {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"},
            {"number": "6120/UBND-KGVX", "type": "Công văn", "date": "2019-08-20"}],
  "signer": {"name": "Nguyễn Trọng Hòa", "position": "Giám đốc"}},
 "sections": sections, "tasks": tasks,
 "assignments": [
  {"agency": TTBC, "section": "IV.1", "duties": ["là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch",
     "tổng hợp, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông: báo cáo sơ kết trước ngày 15/6/2020, báo cáo tổng kết trước ngày 30/11/2020"]},
  {"agency": VPS, "section": "IV.2", "duties": ["tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán kinh phí thực hiện Kế hoạch theo quy định"]},
  {"agency": A("Báo Nghệ An"), "section": "IV.3", "duties": d3},
  {"agency": A("Đài Phát thanh và Truyền hình Nghệ An"), "section": "IV.3", "duties": d3, "note": "'Đề nghị X, Y' → one assignment per agency."},
  {"agency": A("Ủy ban nhân dân các huyện, thành phố, thị xã", coll=True), "section": "IV.4",
   "duties": ["chỉ đạo Phòng Văn hóa và Thông tin, Đài Truyền thanh - Truyền hình cấp huyện sử dụng tài liệu được cấp để tuyên truyền trên hệ thống thông tin cơ sở"],
   "note": "Phòng Văn hóa và Thông tin and the district radio are a sub-delegation, not assignees."}],
 "deadlines": deadlines,
 "budget": {"present": True, "section": "III", "sources": ["state_budget"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch từ nguồn kinh phí sự nghiệp thông tin - truyền thông năm 2019, năm 2020 được Ủy ban nhân dân tỉnh giao cho Sở Thông tin và Truyền thông trong dự toán ngân sách nhà nước", "section": "III"},
              {"text": "tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán kinh phí thực hiện Kế hoạch theo quy định", "section": "IV.2"}],
  "amounts": [{"text": "96.500.000 đồng", "vnd": 96500000}]},
 "note": "The annex after the signature (PHỤ LỤC - DANH MỤC TÀI LIỆU TUYÊN TRUYỀN VỀ ASEAN, two newspaper columns) is a catalogue of publications, not a task annex: its group lines 'A.', 'B.', 'C.' and numbered entries 1-20 are neither sections nor tasks (by analogy with the spec's rule that annex rows and group rows are not sections). Its date '05/9/2019' and quantities are not deadlines or amounts."}
areas = [
 AR("A01", "Coordination mechanism across levels and sectors; orienting the press on focal topics", "covered",
    [("II.1", "thông báo cho các cơ quan báo chí các trọng tâm cần thông tin về ASEAN theo từng giai đoạn")]),
 AR("A02", "Share data and publications with the ASEAN Vietnam portal / national common database", "covered",
    [("II.2", "Chia sẻ cơ sở dữ liệu, tin, bài, hình ảnh về Nghệ An lên Cổng thông tin ASEAN Việt Nam và khai thác dữ liệu từ kho dữ liệu chung")]),
 AR("A03", "New media: ASEAN app, Fanpage, livestreams, social networks", "covered",
    [("II.6", 'Chia sẻ nội dung của Ứng dụng và Fanpage "ASEAN và Việt Nam", các chương trình phát trực tiếp (livestream)')]),
 AR("A04", "Integrate ASEAN into talks, meetings, conferences and mass organisations", "missing",
    note="No talks, meetings or mass organisations; the press briefings of II.1 belong to A01 and the grassroots information system of IV.4 to A09/A12."),
 AR("A05", "Train propaganda staff, editors and reporters", "covered",
    [("II.4", "tổ chức hội nghị tập huấn kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên")]),
 AR("A06", "Business outreach on the economic pillar", "covered",
    [("II.5", "giới thiệu cho doanh nghiệp các nền tảng thương mại điện tử, việc ứng dụng công nghệ thông tin trong thực hiện Cơ chế một cửa ASEAN và các cam kết trong ASEAN")]),
 AR("A07", "Youth and schools", "covered", [("II.9", "vận động học sinh tham gia cuộc thi tìm hiểu về ASEAN")]),
 AR("A08", "ASEAN Corners", "covered", [("II.9", "hướng dẫn xây dựng Góc ASEAN tại Thư viện tỉnh và 10 trường trung học phổ thông")]),
 AR("A09", "Press, broadcasting and portal programmes and columns", "covered",
    [("II.1", "mở chuyên trang, chuyên mục về ASEAN"), ("IV.3", "tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam")]),
 AR("A10", "Culture, sports, tourism exchanges; exhibitions; visual propaganda", "covered",
    [("II.8", "thiết kế, treo pa nô, băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020")], note="Visual propaganda only."),
 AR("A11", "Trade, investment and tourism promotion; fairs", "partial",
    [("II.10", "quảng bá tiềm năng, thế mạnh, điểm đến du lịch của Nghệ An")],
    note="Only a promotional video about the province (A16); no fairs or trade/investment promotion events. Could be argued missing."),
 AR("A12", "Publications and leaflets with ASEAN content", "covered",
    [("II.3", "biên tập, in và phát hành tài liệu tuyên truyền về ASEAN")]),
 AR("A13", "The ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries", "covered",
    [("II.1", "mở chuyên trang, chuyên mục về ASEAN và Năm Chủ tịch ASEAN 2020 của Việt Nam"),
     ("II.6", "các chương trình phát trực tiếp (livestream) về các sự kiện của Năm ASEAN 2020")]),
 AR("A14", "ASEAN itself: role, achievements, pillars, countries and peoples", "partial",
    [("I.1", "giúp cán bộ, doanh nghiệp và Nhân dân hiểu rõ về Cộng đồng ASEAN")],
    note="Only in the purposes, plus annex titles (a leaflet on the 10 member countries) that the body never commits to as content."),
 AR("A15", "Counter false and distorted information; follow public opinion", "covered",
    [("II.7", "theo dõi, tổng hợp dư luận xã hội về ASEAN trên báo chí và mạng xã hội")]),
 AR("A16", "Promote the province itself", "covered",
    [("II.10", "sản xuất 02 video clip bằng tiếng Anh quảng bá tiềm năng, thế mạnh, điểm đến du lịch của Nghệ An để chia sẻ trên Cổng thông tin ASEAN Việt Nam")]),
]
audit = {"schema": "planparse/audit@1", "reference": REF19,
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN and 03/BTTTT-BCĐASEAN", "period 2019-2020",
   "fingerprints: dòng chảy chính của công tác hội nhập ASEAN; nắm bắt được cơ hội để phát triển; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam"]},
 "areas": areas,
 "checks": [{"id": "S1", "status": "pass", "detail": "section I"}, {"id": "S2", "status": "pass", "detail": "section III"},
  {"id": "S3", "status": "pass", "detail": "section IV, 5 assignments"},
  {"id": "S4", "status": "pass", "detail": "báo cáo sơ kết before 15/6/2020, tổng kết before 30/11/2020 (IV.1)"},
  {"id": "S5", "status": "pass", "detail": "all 10 tasks open with a lead agency"},
  {"id": "S6", "status": "pass", "detail": "basis cites 02/QĐ-BCĐASEAN"}],
 "summary": summary(areas)}
check(src, plan, audit); check2(plan, audit)
write(f"../{NAME}.plan.json", plan); write(f"../{NAME}.audit.json", audit); print("ok", audit["summary"])
