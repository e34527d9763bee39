from goldlib import *
N = "quang-tri_3615-KH-UBND_2019_asean"
TT = lambda: A("Sở Thông tin và Truyền thông")
VH = lambda: A("Sở Văn hóa, Thể thao và Du lịch")
NV = lambda: A("Sở Ngoại vụ")
HU = lambda: A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True)
XT = lambda: A("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh")
pl = [
 ("1", "Tham gia Hội chợ Thương mại quốc tế Hành lang kinh tế Đông - Tây tại tỉnh Savannakhet (Lào)", [A("Sở Công Thương")], [XT()], "Tháng 10/2019", "2019-10-01", "2019-10-31"),
 ("2", "In và phát hành 5.000 tờ gấp giới thiệu về ASEAN và năm Chủ tịch ASEAN 2020", [TT()], [HU()], "Quý IV/2019", "2019-10-01", "2019-12-31"),
 ("3", "Sản xuất phim tài liệu \"Quảng Trị - điểm hẹn trên Hành lang kinh tế Đông - Tây\"", [A("Đài Phát thanh - Truyền hình tỉnh")], [VH()], "Tháng 12/2019", "2019-12-01", "2019-12-31"),
 ("4", "Treo băng rôn, pa nô cổ động chào mừng Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020 trên Quốc lộ 1, Quốc lộ 9", [VH()], [HU()], "Tháng 01/2020", "2020-01-01", "2020-01-31"),
 ("5", "Triển lãm ảnh \"Việt Nam - 25 năm hội nhập ASEAN\" tại Bảo tàng tỉnh", [VH()], [NV()], "Quý III/2020", "2020-07-01", "2020-09-30"),
 ("6", "Giao lưu văn hóa, thể thao nhân dân biên giới Quảng Trị - Savannakhet - Salavan (Lào)", [NV()], [A("Bộ Chỉ huy Bộ đội Biên phòng tỉnh"), A("Ủy ban nhân dân huyện Hướng Hóa", "UBND huyện Hướng Hóa")], "Năm 2020", "2020-01-01", "2020-12-31"),
 ("7", "Hội nghị xúc tiến đầu tư vào Khu kinh tế Đông Nam Quảng Trị với nhà đầu tư các nước ASEAN", [XT()], [A("Ban Quản lý Khu kinh tế tỉnh")], "Quý IV/2020", "2020-10-01", "2020-12-31"),
]
tasks = [
 T("III.1", "Tuyên truyền trên báo chí và hệ thống thông tin cơ sở", [TT()], [A("Ban Tuyên giáo Tỉnh ủy")], TF("2019 - 2020", "2019-01-01", "2020-12-31"),
   note="Báo Quảng Trị and the provincial radio-TV are objects of 'định hướng', not support."),
 T("III.2", "Tuyên truyền trên Cổng Thông tin điện tử tỉnh và mạng xã hội", [A("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh")], [TT(), NV()]),
 T("III.3", "Thông tin cho cộng đồng doanh nghiệp về Cộng đồng Kinh tế ASEAN", [A("Sở Công Thương")],
   [A("Sở Kế hoạch và Đầu tư"), A("Cục Hải quan tỉnh"), A("Hiệp hội Doanh nghiệp tỉnh")], TF("Quý IV/2019 - Quý II/2020", "2019-10-01", "2020-06-30")),
 T("III.4", "Tuyên truyền về ASEAN trong trường học", [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh đoàn")]),
 T("III.5", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", [NV()], [TT()], TF("tháng 11/2019", "2019-11-01", "2019-11-30")),
] + [T("PL." + n, t, l, s, TF(x, a, b), note="Annex numbered independently: its row content differs from body task with the same number, so a PL. task.") for n, t, l, s, x, a, b in pl]
dl = [
 D("2019 - 2020", "period", "III.1", "Tuyên truyền trên báo chí và hệ thống thông tin cơ sở", start="2019-01-01", end="2020-12-31"),
 D("Quý IV/2019 - Quý II/2020", "period", "III.3", "Thông tin cho cộng đồng doanh nghiệp", start="2019-10-01", end="2020-06-30"),
 D("tháng 11/2019", "period", "III.5", "mở 01 lớp tập huấn", start="2019-11-01", end="2019-11-30"),
] + [D(x, "period", "PL." + n, t[:50].rsplit(" ", 1)[0], start=a, end=b) for n, t, l, s, x, a, b in pl] + [
 D("trước ngày 30/11/2019", "due", "V.1", "Tổng hợp, báo cáo UBND tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN", due="2019-11-30"),
 D("trước ngày 30/11/2020", "due", "V.1", "Tổng hợp, báo cáo UBND tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN", due="2020-11-30"),
 D("trước ngày 15/11 hằng năm", "due", "V.3", "Gửi báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-15", rec="yearly"),
]
plan = {
 "meta": {"number": "3615/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Quảng Trị", "province": "Quảng Trị",
  "issued": "2019-08-21", "title": "Thông tin, tuyên truyền, quảng bá ASEAN trên địa bàn tỉnh Quảng Trị giai đoạn 2019 - 2020",
  "period": {"start": 2019, "end": 2020},
  "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
            {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
  "signer": {"name": "Lê Đức Thịnh", "position": "Phó Chủ tịch"},
  "note": "Tờ trình 85/TTr-STTTT is cited under 'Xét đề nghị' and is not basis."},
 "sections": [
  S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
  S("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
  S("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"),
  S("III.1", "1.", "Tuyên truyền trên báo chí và hệ thống thông tin cơ sở", 2),
  S("III.2", "2.", "Tuyên truyền trên Cổng Thông tin điện tử tỉnh và mạng xã hội", 2),
  S("III.3", "3.", "Thông tin cho cộng đồng doanh nghiệp về Cộng đồng Kinh tế ASEAN", 2),
  S("III.4", "4.", "Tuyên truyền về ASEAN trong trường học", 2),
  S("III.5", "5.", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", 2),
  S("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  S("IV.1", "1.", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách tỉnh giao cho các cơ quan, đơn vị", 2),
  S("IV.2", "2.", "Huy động xã hội hóa và các nguồn kinh phí hợp pháp khác để tổ chức các hoạt động quảng bá", 2),
  S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  S("V.1", "1.", "Sở Thông tin và Truyền thông", 2), S("V.2", "2.", "Sở Tài chính", 2),
  S("V.3", "3.", "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", 2),
  S("V.4", "4.", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", 2),
 ],
 "tasks": tasks,
 "assignments": [
  {"agency": TT(), "section": "V.1", "duties": ["Là cơ quan thường trực, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; cung cấp tài liệu tuyên truyền cho các cơ quan báo chí, địa phương", "Tổng hợp, báo cáo UBND tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN trước ngày 30/11/2019 và trước ngày 30/11/2020"]},
  {"agency": A("Sở Tài chính"), "section": "V.2", "duties": ["Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành"]},
  {"agency": A("Các sở, ban, ngành", collective=True), "section": "V.3", "duties": ["Căn cứ Kế hoạch, xây dựng kế hoạch của cơ quan, địa phương và tổ chức thực hiện", "Gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 15/11 hằng năm"]},
  {"agency": HU(), "section": "V.3", "duties": ["Căn cứ Kế hoạch, xây dựng kế hoạch của cơ quan, địa phương và tổ chức thực hiện", "Gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 15/11 hằng năm"]},
  {"agency": A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"), "section": "V.4", "duties": ["Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, nông dân, bảo đảm tối đa hóa tính lan tỏa của thông tin"]},
  {"agency": A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", True), "section": "V.4", "duties": ["Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, nông dân, bảo đảm tối đa hóa tính lan tỏa của thông tin"]},
 ],
 "deadlines": dl,
 "budget": {"present": True, "section": "IV", "sources": ["state_budget", "socialization", "other_lawful"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách tỉnh giao cho các cơ quan, đơn vị", "section": "IV.1"},
              {"text": "Huy động xã hội hóa và các nguồn kinh phí hợp pháp khác để tổ chức các hoạt động quảng bá", "section": "IV.2"}],
  "amounts": [{"text": "300 triệu đồng", "vnd": 300000000}, {"text": "450 triệu đồng", "vnd": 450000000}]},
}
audit = {
 "reference": REF19,
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN and 03/BTTTT-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020; nắm bắt được cơ hội để phát triển; dòng chảy chính của công tác hội nhập ASEAN; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam"]},
 "areas": [
  AR("A01", "Coordination mechanism; orienting the press", "partial", [("III.1", "phối hợp với Ban Tuyên giáo Tỉnh ủy định hướng Báo Quảng Trị, Đài Phát thanh - Truyền hình tỉnh mở chuyên trang, chuyên mục về ASEAN")],
     note="Orients the press on ASEAN in general and names a focal point (V.1); no vertical/horizontal coordination mechanism or focal topics per period."),
  AR("A02", "Share data with the ASEAN Vietnam portal", "covered", [("III.2", "chia sẻ cơ sở dữ liệu, ấn phẩm quảng bá về tỉnh với Cổng thông tin ASEAN Việt Nam")]),
  AR("A03", "New media: app, Fanpage", "covered", [("III.2", "khuyến khích người dân cài đặt Ứng dụng và theo dõi Fanpage \"ASEAN và Việt Nam\"")]),
  AR("A04", "Integrate into meetings and mass organisations", "covered", [("V.4", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, nông dân")]),
  AR("A05", "Train propaganda staff", "covered", [("III.5", "mở 01 lớp tập huấn cho phóng viên, biên tập viên, cán bộ làm công tác thông tin đối ngoại")]),
  AR("A06", "Business outreach on the economic pillar", "covered", [("III.3", "tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, Cơ chế một cửa ASEAN, Cổng thông tin doanh nghiệp ASEAN (ASEAN BIS)")]),
  AR("A07", "Youth and schools", "covered", [("III.4", "đưa nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học")]),
  AR("A08", "ASEAN Corners", "covered", [("III.4", "xây dựng Góc ASEAN tại thư viện các trường trung học phổ thông")]),
  AR("A09", "Press, broadcasting, portal; documentaries", "covered", [("III.1", "tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam"), ("PL.3", "Sản xuất phim tài liệu")]),
  AR("A10", "Culture exchanges, exhibitions, visual propaganda", "covered", [("PL.4", "Treo băng rôn, pa nô cổ động"), ("PL.5", "Triển lãm ảnh"), ("PL.6", "Giao lưu văn hóa, thể thao nhân dân biên giới")]),
  AR("A11", "Trade, investment, tourism promotion; fairs", "covered", [("PL.1", "Tham gia Hội chợ Thương mại quốc tế Hành lang kinh tế Đông - Tây"), ("PL.7", "Hội nghị xúc tiến đầu tư vào Khu kinh tế Đông Nam Quảng Trị với nhà đầu tư các nước ASEAN")]),
  AR("A12", "Publications and leaflets", "covered", [("PL.2", "In và phát hành 5.000 tờ gấp giới thiệu về ASEAN")]),
  AR("A13", "ASEAN calendar; themes; Chairmanship 2020; 25 years", "covered", [("II", "Các sự kiện quan trọng của ASEAN năm 2019 với chủ đề"), ("II", "kỷ niệm 25 năm Việt Nam gia nhập ASEAN")]),
  AR("A14", "ASEAN itself: role, pillars, countries", "covered", [("II", "Vai trò, vị thế của ASEAN; thành tựu hợp tác trên 3 trụ cột")]),
  AR("A15", "Counter false information", "covered", [("II", "Đấu tranh, phản bác các thông tin sai trái, xuyên tạc")]),
  AR("A16", "Promote the province", "covered", [("II", "Tiềm năng, thế mạnh của tỉnh"), ("PL.1", "Giới thiệu sản phẩm đặc sản của tỉnh")]),
 ],
 "checks": checks(("S1", "pass", "section I"), ("S2", "pass", "section IV"), ("S3", "pass", "section V, 6 assignments"),
   ("S4", "pass", "V.1 báo cáo trước ngày 30/11/2019 và 30/11/2020"), ("S5", "pass", "every body task and annex row has a lead"), ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN")),
}
write(N, plan, audit, f"/work/unseen4c/sources/{N}.source.txt")
