from goldlib import *
N = "an-giang_812-KH-SNgV_2019_asean-foreign-affairs"
VP = lambda: A("Văn phòng Sở Ngoại vụ", "Văn phòng Sở")
HT = lambda: A("Phòng Hợp tác quốc tế")
BG = lambda: A("Phòng Quản lý biên giới")
TT = lambda: A("Sở Thông tin và Truyền thông")
VH = lambda: A("Sở Văn hóa, Thể thao và Du lịch")
BP = lambda: A("Bộ Chỉ huy Bộ đội Biên phòng tỉnh")
tk = [
 ("1", "Cập nhật tin, bài về ASEAN trên Trang thông tin điện tử Sở Ngoại vụ", [VP()], [TT()], None),
 ("2", "Biên soạn tài liệu hỏi - đáp, tờ gấp song ngữ Việt - Khmer về ASEAN", [HT()], [], ("Quý IV/2019", "2019-10-01", "2019-12-31")),
 ("3", "Tuyên truyền cho cư dân biên giới về hợp tác ASEAN và Hiệp định về quy chế biên giới Việt Nam - Campuchia", [BG()],
  [BP(), A("Ủy ban nhân dân các huyện, thị xã biên giới", "UBND các huyện, thị xã biên giới", True)], ("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("4", "Tổ chức hội nghị thông tin cho doanh nghiệp về cơ hội kinh doanh tại các nước ASEAN, quy tắc xuất xứ và Cơ chế một cửa ASEAN", [HT()],
  [A("Sở Công Thương"), A("Hiệp hội Doanh nghiệp tỉnh An Giang")], ("Quý II/2020", "2020-04-01", "2020-06-30")),
 ("5", "Tập huấn kỹ năng thông tin đối ngoại và tuyên truyền về ASEAN cho cán bộ, phóng viên", [HT()], [A("Ban Tuyên giáo Tỉnh ủy")], ("tháng 10/2019", "2019-10-01", "2019-10-31")),
 ("6", "Giới thiệu tiềm năng, thế mạnh, các dự án kêu gọi đầu tư của tỉnh khi đón tiếp các đoàn Đại sứ, Tổng Lãnh sự các nước ASEAN", [VP()],
  [A("Sở Kế hoạch và Đầu tư"), A("Trung tâm Xúc tiến Thương mại và Đầu tư tỉnh")], ("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("7", "Thông tin về ASEAN cho cộng đồng người Việt Nam đang sinh sống tại Campuchia và Thái Lan", [A("Phòng Lãnh sự - Người Việt Nam ở nước ngoài")], [], None),
 ("8", "Tổ chức giao lưu văn hóa, thể thao với các tỉnh Takeo, Kandal (Campuchia) nhân năm Việt Nam là Chủ tịch ASEAN 2020", [VH()], [HT()], ("Năm 2020", "2020-01-01", "2020-12-31")),
 ("9", "Theo dõi dư luận, kịp thời phản bác thông tin sai trái, xuyên tạc về vấn đề biên giới và hợp tác ASEAN", [BG()], [A("Công an tỉnh")], None),
]
tasks = [T("B." + n, t, l, s, TF(*tf) if tf else None, **({"note": "Heading split by a page break (footer 'Trang 2/4' and running header between its two lines)."} if n == "8" else {})) for n, t, l, s, tf in tk]
dl = [D(tf[0], "period", "B." + n, t[:50].rsplit(" ", 1)[0], start=tf[1], end=tf[2]) for n, t, l, s, tf in tk if tf] + [
 D("trước ngày 25/11/2019", "due", "D.1", "tổng hợp kết quả báo cáo UBND tỉnh và Sở Thông tin và Truyền thông", due="2019-11-25"),
 D("trước ngày 25/11/2020", "due", "D.1", "tổng hợp kết quả báo cáo UBND tỉnh và Sở Thông tin và Truyền thông", due="2020-11-25"),
 D("trước ngày 15/11 hằng năm", "due", "D.2", "báo cáo kết quả thực hiện về Văn phòng Sở", due="--11-15", rec="yearly"),
]
D3 = "quan tâm phối hợp, hỗ trợ Sở Ngoại vụ trong quá trình triển khai Kế hoạch"
plan = {
 "meta": {"number": "812/KH-SNgV", "doc_type": "Kế hoạch", "issuer": "Sở Ngoại vụ tỉnh An Giang", "province": "An Giang",
  "issued": "2019-09-05", "title": "Thông tin, tuyên truyền, quảng bá ASEAN của Sở Ngoại vụ giai đoạn 2019 - 2020",
  "period": {"start": 2019, "end": 2020},
  "basis": [{"number": "27/2016/QĐ-UBND", "type": "Quyết định", "date": "2016-05-25"},
            {"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
            {"number": "556/KH-UBND", "type": "Kế hoạch", "date": "2019-08-20"}],
  "signer": {"name": "Võ Thanh Bình", "position": "Giám đốc"},
  "note": "27/2016/QĐ-UBND (the department's functions) is cited under 'Căn cứ' in the preamble, so it is basis under the spec's rule."},
 "sections": [
  S("A", "A.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
  S("A.1", "1.", "Nâng cao nhận thức của cán bộ, công chức, doanh nghiệp và cư dân khu vực biên giới về Cộng đồng ASEAN, về vai trò Chủ tịch ASEAN 2020 của Việt Nam; giúp người dân, doanh nghiệp nắm bắt được cơ hội để phát triển, chủ động thích ứng với các thách thức", 2),
  S("A.2", "2.", "Gắn công tác tuyên truyền về ASEAN với công tác thông tin đối ngoại của tỉnh, quảng bá hình ảnh An Giang năng động, thân thiện đến các nước ASEAN, nhất là Vương quốc Campuchia và Vương quốc Thái Lan", 2),
  S("A.3", "3.", "Các phòng, đơn vị thuộc Sở chủ động triển khai, phối hợp chặt chẽ với các sở, ngành, địa phương; bảo đảm tiết kiệm, hiệu quả", 2),
  S("B", "B.", "NỘI DUNG VÀ NHIỆM VỤ CỤ THỂ", 1, "content", note="Heading combines content and tasks; kind from its first part, as in the Kiên Giang gold ('tasks' is defensible)."),
 ] + [S("B." + n, n + ".", t, 2) for n, t, l, s, tf in tk] + [
  S("C", "C.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  S("D", "D.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  S("D.1", "1.", "Văn phòng Sở là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả báo cáo UBND tỉnh và Sở Thông tin và Truyền thông trước ngày 25/11/2019 và trước ngày 25/11/2020", 2),
  S("D.2", "2.", "Các phòng chuyên môn thuộc Sở căn cứ nhiệm vụ được phân công, xây dựng kế hoạch chi tiết; báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 15/11 hằng năm", 2),
  S("D.3", "3.", "Đề nghị Sở Thông tin và Truyền thông, Sở Văn hóa, Thể thao và Du lịch, Bộ Chỉ huy Bộ đội Biên phòng tỉnh quan tâm phối hợp, hỗ trợ Sở Ngoại vụ trong quá trình triển khai Kế hoạch", 2),
 ],
 "tasks": tasks,
 "assignments": [
  {"agency": VP(), "section": "D.1", "duties": ["là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả báo cáo UBND tỉnh và Sở Thông tin và Truyền thông trước ngày 25/11/2019 và trước ngày 25/11/2020"]},
  {"agency": A("Các phòng chuyên môn thuộc Sở", collective=True), "section": "D.2", "duties": ["căn cứ nhiệm vụ được phân công, xây dựng kế hoạch chi tiết; báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 15/11 hằng năm"]},
  {"agency": TT(), "section": "D.3", "duties": [D3]},
  {"agency": VH(), "section": "D.3", "duties": [D3], "note": "The list splits between names, not inside 'Sở Văn hóa, Thể thao và Du lịch'."},
  {"agency": BP(), "section": "D.3", "duties": [D3]},
 ],
 "deadlines": dl,
 "budget": {"present": True, "section": "C", "sources": ["unit_budget", "state_budget"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được sử dụng từ nguồn kinh phí chi thường xuyên của Sở Ngoại vụ và nguồn kinh phí thông tin đối ngoại do ngân sách tỉnh cấp hằng năm", "section": "C"}],
  "amounts": [{"text": "45.000.000 đồng", "vnd": 45000000}, {"text": "95.000.000 đồng", "vnd": 95000000}],
  "note": "'hằng năm' qualifies the provincial allocation; not a deadline."},
}
audit = {
 "reference": REF19,
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN and provincial plan 556/KH-UBND", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020; nắm bắt được cơ hội để phát triển; Fanpage \"ASEAN và Việt Nam\""]},
 "areas": [
  AR("A01", "Coordination mechanism; orienting the press", "partial", [("D.1", "Văn phòng Sở là đầu mối theo dõi, đôn đốc thực hiện Kế hoạch")], note="Focal point and a purpose-level 'phối hợp chặt chẽ' only."),
  AR("A02", "Share data with the ASEAN Vietnam portal", "missing"),
  AR("A03", "New media: app, Fanpage, social networks", "covered", [("B.1", "chia sẻ nội dung từ Fanpage \"ASEAN và Việt Nam\" trên mạng xã hội")]),
  AR("A04", "Integrate into talks, meetings and mass organisations", "missing", note="B.3 informs border residents but names no talks, meetings or mass organisations; partial is arguable."),
  AR("A05", "Train propaganda staff and reporters", "covered", [("B.5", "Tập huấn kỹ năng thông tin đối ngoại và tuyên truyền về ASEAN cho cán bộ, phóng viên")]),
  AR("A06", "Business outreach on the economic pillar", "covered", [("B.4", "Tổ chức hội nghị thông tin cho doanh nghiệp về cơ hội kinh doanh tại các nước ASEAN, quy tắc xuất xứ và Cơ chế một cửa ASEAN")]),
  AR("A07", "Youth and schools", "missing"),
  AR("A08", "ASEAN Corners", "missing"),
  AR("A09", "Press, broadcasting and portal columns", "covered", [("B.1", "Mở chuyên mục \"An Giang - ASEAN\"")]),
  AR("A10", "Culture and sports exchanges; visual propaganda", "covered", [("B.8", "Tổ chức giao lưu văn hóa, thể thao với các tỉnh Takeo, Kandal (Campuchia)")]),
  AR("A11", "Trade, investment and tourism promotion; fairs", "partial", [("B.6", "các dự án kêu gọi đầu tư của tỉnh khi đón tiếp các đoàn Đại sứ, Tổng Lãnh sự các nước ASEAN")], note="Investment promotion to visiting diplomats only; no fairs or trade promotion."),
  AR("A12", "Publications and leaflets", "covered", [("B.2", "Biên soạn tài liệu hỏi - đáp, tờ gấp song ngữ Việt - Khmer về ASEAN")]),
  AR("A13", "ASEAN calendar; Chairmanship 2020", "partial", [("B.8", "nhân năm Việt Nam là Chủ tịch ASEAN 2020")], note="Chairmanship 2020 only as the occasion of B.8 and in purposes."),
  AR("A14", "ASEAN itself: role, pillars, countries", "partial", [("B.7", "Thông tin về ASEAN cho cộng đồng người Việt Nam")], note="Generic 'về ASEAN'/'hợp tác ASEAN' only."),
  AR("A15", "Counter false information; follow public opinion", "covered", [("B.9", "Theo dõi dư luận, kịp thời phản bác thông tin sai trái, xuyên tạc")]),
  AR("A16", "Promote the province", "covered", [("B.6", "Giới thiệu tiềm năng, thế mạnh, các dự án kêu gọi đầu tư của tỉnh")]),
 ],
 "checks": checks(("S1", "pass", "section A MỤC ĐÍCH, YÊU CẦU"), ("S2", "pass", "section C"), ("S3", "pass", "section D, 5 assignments"),
   ("S4", "pass", "D.1 báo cáo trước ngày 25/11/2019 và 25/11/2020"), ("S5", "pass", "every task B.1-B.9 has a Chủ trì line"), ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN")),
}
write(N, plan, audit, f"/work/unseen4c/sources/{N}.source.txt")
