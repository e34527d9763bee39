from goldlib import *
N = "son-tra_2187-KH-UBND_2019_asean-district"
VH = lambda: A("Phòng Văn hóa và Thông tin quận")
PH = lambda: A("Ủy ban nhân dân các phường", "UBND các phường", True)
rows = [
 ("1", "Mở chuyên mục \"Sơn Trà hướng tới ASEAN 2020\" trên Trang thông tin điện tử quận; chia sẻ, dẫn đường link đến Ứng dụng và Fanpage \"ASEAN và Việt Nam\" và Cổng thông tin ASEAN Việt Nam",
  [VH()], [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân quận", "Văn phòng HĐND và UBND quận")], None),
 ("2", "Biên soạn, in ấn và phát hành tờ rơi, tài liệu hỏi - đáp về ASEAN và năm Chủ tịch ASEAN 2020 đến các tổ dân phố",
  [VH()], [PH()], TF("Quý IV/2019", "2019-10-01", "2019-12-31")),
 ("3", "Tổ chức hội nghị tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho báo cáo viên, tuyên truyền viên cơ sở",
  [VH()], [A("Ban Tuyên giáo Quận ủy")], TF("Quý I/2020", "2020-01-01", "2020-03-31")),
 ("4", "Trang trí cổ động trực quan bằng băng rôn, khẩu hiệu, pa nô trên các tuyến đường Võ Nguyên Giáp, Ngô Quyền, Phạm Văn Đồng nhân các Hội nghị Cấp cao ASEAN năm 2020",
  [A("Trung tâm Văn hóa - Thể thao quận")], [PH()], TF("Tháng 01/2020 - tháng 12/2020", "2020-01-01", "2020-12-31")),
 ("5", "Tổ chức chương trình giao lưu văn hóa, thể thao với cộng đồng người nước ngoài các nước ASEAN đang sinh sống, làm việc trên địa bàn quận",
  [A("Trung tâm Văn hóa - Thể thao quận")], [VH()], TF("Năm 2020", "2020-01-01", "2020-12-31")),
 ("6", "Lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh THCS và xây dựng Góc ASEAN tại thư viện các trường",
  [A("Phòng Giáo dục và Đào tạo quận")], [A("Quận đoàn Sơn Trà")], TF("Tháng 10/2019 - tháng 5/2020", "2019-10-01", "2020-05-31")),
 ("7", "Cung cấp thông tin cho doanh nghiệp, hộ kinh doanh về các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử và cơ hội kinh doanh trong Cộng đồng Kinh tế ASEAN",
  [A("Phòng Kinh tế quận")], [A("Hội Doanh nghiệp quận Sơn Trà")], TF("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("8", "Quảng bá tiềm năng, thế mạnh du lịch biển, bán đảo Sơn Trà, các dự án kêu gọi đầu tư của quận đến du khách và nhà đầu tư các nước ASEAN",
  [A("Phòng Kinh tế quận")], [A("Ban Quản lý bán đảo Sơn Trà và các bãi biển du lịch Đà Nẵng")], TF("Quý II/2020", "2020-04-01", "2020-06-30")),
 ("9", "Nắm bắt dư luận xã hội; phản bác thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN của Việt Nam",
  [A("Công an quận")], [VH(), PH()], None),
]
tasks = [T("II." + n, t, l, s, tf, **({"note": "Lead cell is merged (rowspan) with the row above."} if n in ("2", "3", "5", "8") else {})) for n, t, l, s, tf in rows]
dl = [D(tf["text"], "period", "II." + n, t[:60].rsplit(" ", 1)[0], start=tf["start"], end=tf["end"]) for n, t, l, s, tf in rows if tf]
dl += [
 D("trước ngày 15/11/2019", "due", "IV.1", "báo cáo UBND quận và Sở Thông tin và Truyền thông", due="2019-11-15"),
 D("trước ngày 15/11/2020", "due", "IV.1", "báo cáo UBND quận và Sở Thông tin và Truyền thông", due="2020-11-15"),
 D("trước ngày 05/11 hằng năm", "due", "IV.2", "gửi báo cáo kết quả về Phòng Văn hóa và Thông tin quận", due="--11-05", rec="yearly"),
]
plan = {
 "meta": {"number": "2187/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân quận Sơn Trà",
  "province": "Đà Nẵng", "issued": "2019-09-12",
  "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 trên địa bàn quận Sơn Trà",
  "period": {"start": 2019, "end": 2020},
  "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
            {"number": "6512/KH-UBND", "type": "Kế hoạch", "date": "2019-08-30"}],
  "signer": {"name": "Trần Thị Kim Anh", "position": "Phó Chủ tịch"},
  "note": "The site's own page title, 'Thuộc tính văn bản' sidebar, related-documents list and footer are not part of the plan; the related list's 02/QĐ-BCĐASEAN and 6512/KH-UBND are counted once, from the preamble; 118/KH-UBND, 245/KH-UBND, 3318/QĐ-UBND and 27/GP-TTĐT are not basis."},
 "sections": [
  S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
  S("II", "II.", "NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", 1, "content",
    note="Heading combines content and assignment of tasks; kind from its first part (as in the Kiên Giang gold). 'tasks' is defensible; either way its table rows are tasks."),
  S("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  S("IV.1", "1.", "Phòng Văn hóa và Thông tin quận", 2),
  S("IV.2", "2.", "Các cơ quan, đơn vị được phân công tại mục II", 2),
  S("IV.3", "3.", "UBND các phường", 2),
  S("IV.4", "4.", "Đề nghị Ủy ban MTTQ Việt Nam quận và các tổ chức chính trị - xã hội quận", 2),
 ],
 "tasks": tasks,
 "assignments": [
  {"agency": VH(), "section": "IV.1", "duties": ["Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND quận và Sở Thông tin và Truyền thông trước ngày 15/11/2019 và trước ngày 15/11/2020"]},
  {"agency": A("Các cơ quan, đơn vị được phân công tại mục II", collective=True), "section": "IV.2", "duties": ["Chủ động xây dựng kế hoạch chi tiết, triển khai đúng tiến độ; gửi báo cáo kết quả về Phòng Văn hóa và Thông tin quận trước ngày 05/11 hằng năm"]},
  {"agency": PH(), "section": "IV.3", "duties": ["Tuyên truyền trên hệ thống loa truyền thanh phường, lồng ghép trong sinh hoạt tổ dân phố; phối hợp treo băng rôn, khẩu hiệu trên địa bàn"]},
  {"agency": A("Ủy ban Mặt trận Tổ quốc Việt Nam quận", "Ủy ban MTTQ Việt Nam quận"), "section": "IV.4", "duties": ["Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, cựu chiến binh"]},
  {"agency": A("Các tổ chức chính trị - xã hội quận", "các tổ chức chính trị - xã hội quận", True), "section": "IV.4", "duties": ["Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, cựu chiến binh"]},
 ],
 "deadlines": dl,
 "budget": {"present": True, "section": "III", "sources": ["state_budget", "unit_budget", "sponsorship"],
  "clauses": [{"text": "Kinh phí thực hiện các nội dung tại mục II do ngân sách quận bảo đảm, bố trí trong dự toán năm 2020 của Phòng Văn hóa và Thông tin quận là 150.000.000 đồng", "section": "III"},
              {"text": "Các cơ quan, đơn vị lồng ghép trong kinh phí hoạt động thường xuyên của đơn vị; khuyến khích vận động tài trợ để tổ chức các hoạt động giao lưu", "section": "III"}],
  "amounts": [{"text": "150.000.000 đồng", "vnd": 150000000}]},
}
audit = {
 "reference": REF19,
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020; dòng chảy chính của công tác hội nhập ASEAN; nắm bắt được cơ hội để phát triển; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam"]},
 "areas": [
  AR("A01", "Coordination mechanism; orienting the press", "partial", [("IV.1", "Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch")], note="Focal-point role only, as in the Bình Dương 4750 gold."),
  AR("A02", "Share data with the ASEAN Vietnam portal / common database", "partial", [("II.1", "dẫn đường link đến Ứng dụng và Fanpage \"ASEAN và Việt Nam\" và Cổng thông tin ASEAN Việt Nam")], note="Links to the portal; no sharing of data or publications."),
  AR("A03", "New media: app, Fanpage, social networks", "covered", [("II.1", "chia sẻ, dẫn đường link đến Ứng dụng và Fanpage \"ASEAN và Việt Nam\"")]),
  AR("A04", "Integrate ASEAN into meetings and mass organisations", "covered", [("IV.4", "Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, cựu chiến binh")]),
  AR("A05", "Train propaganda staff", "covered", [("II.3", "Tổ chức hội nghị tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho báo cáo viên, tuyên truyền viên cơ sở")]),
  AR("A06", "Business outreach on the economic pillar", "covered", [("II.7", "Cung cấp thông tin cho doanh nghiệp, hộ kinh doanh về các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử")]),
  AR("A07", "Youth and schools: extra-curricular, contests", "covered", [("II.6", "Lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh THCS")]),
  AR("A08", "ASEAN Corners", "covered", [("II.6", "xây dựng Góc ASEAN tại thư viện các trường")]),
  AR("A09", "Press, broadcasting and portal columns", "covered", [("II.1", "Mở chuyên mục \"Sơn Trà hướng tới ASEAN 2020\" trên Trang thông tin điện tử quận")]),
  AR("A10", "Culture/sport exchanges; visual propaganda", "covered", [("II.4", "Trang trí cổ động trực quan bằng băng rôn, khẩu hiệu, pa nô"), ("II.5", "Tổ chức chương trình giao lưu văn hóa, thể thao với cộng đồng người nước ngoài các nước ASEAN")]),
  AR("A11", "Trade, investment and tourism promotion; fairs", "partial", [("II.8", "các dự án kêu gọi đầu tư của quận đến du khách và nhà đầu tư các nước ASEAN")], note="Investment/tourism promotion of the district towards ASEAN, but no fairs and no promotion of ASEAN's image at fairs; mainly A16."),
  AR("A12", "Publications and leaflets", "covered", [("II.2", "Biên soạn, in ấn và phát hành tờ rơi, tài liệu hỏi - đáp về ASEAN")]),
  AR("A13", "ASEAN calendar; Chairmanship 2020", "covered", [("II.2", "năm Chủ tịch ASEAN 2020"), ("II.4", "nhân các Hội nghị Cấp cao ASEAN năm 2020")]),
  AR("A14", "ASEAN itself: role, pillars, countries", "partial", [("II.2", "tài liệu hỏi - đáp về ASEAN")], note="Only generic 'về ASEAN' / 'Cộng đồng ASEAN'; no role, pillars or countries."),
  AR("A15", "Counter false information; follow public opinion", "covered", [("II.9", "Nắm bắt dư luận xã hội; phản bác thông tin sai trái, xuyên tạc")]),
  AR("A16", "Promote the locality", "covered", [("II.8", "Quảng bá tiềm năng, thế mạnh du lịch biển, bán đảo Sơn Trà, các dự án kêu gọi đầu tư của quận")]),
 ],
 "checks": checks(("S1", "pass", "section I"), ("S2", "pass", "section III, 150.000.000 đồng"), ("S3", "pass", "section IV with 5 assignments"),
   ("S4", "pass", "IV.1 báo cáo trước ngày 15/11/2019 và 15/11/2020"), ("S5", "pass", "every table row has a lead (merged cells)"), ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN")),
}
write(N, plan, audit, f"/work/unseen4c/sources/{N}.source.txt")
