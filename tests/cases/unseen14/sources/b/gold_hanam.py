# Hand gold for the Hà Nam PDF with a landscape annex merged as a /Rotate 90 page plus a true landscape page.
from common import *
N = 'ha-nam_2186-KH-UBND_2019_asean-rotatedannex'
P = lambda t, s, e: {"text": t, "start": s, "end": e}
meta = {"number": "2186/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Hà Nam", "province": "Hà Nam",
 "issued": "2019-09-04", "title": "Thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Hà Nam",
 "period": {"start": 2019, "end": 2020},
 "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"}, {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
 "signer": {"name": "Bùi Quang Thắng", "position": "Phó Chủ tịch"}}
T3 = ["Tăng cường cơ chế phối hợp thông tin tuyên truyền về ASEAN", "Tuyên truyền trên báo chí và Cổng Thông tin điện tử tỉnh",
 "Chia sẻ dữ liệu và tuyên truyền trên các công cụ truyền thông mới", "Thông tin cho doanh nghiệp", "Tuyên truyền trong trường học", "Tuyên truyền cổ động trực quan"]
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("II","II.","NỘI DUNG TUYÊN TRUYỀN",1,"content"), S("III","III.","NHIỆM VỤ CỤ THỂ",1,"tasks")]
sections += [S(f"III.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(T3)]
sections += [S("IV","IV.","KINH PHÍ THỰC HIỆN",1,"budget"), S("V","V.","TỔ CHỨC THỰC HIỆN",1,"organization"),
 S("V.1","1.","Sở Thông tin và Truyền thông",2), S("V.2","2.","Sở Tài chính",2),
 S("V.3","3.","Các sở, ban, ngành, đoàn thể tỉnh; Ủy ban nhân dân các huyện, thành phố",2)]
TT = A("Sở Thông tin và Truyền thông"); VH = A("Sở Văn hóa, Thể thao và Du lịch"); CT = A("Sở Công Thương")
HUYEN = A("Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, thành phố", True)
PL7 = "Giới thiệu tiềm năng du lịch Tam Chúc, đền Trần Thương và sản phẩm OCOP tại Hội chợ Du lịch quốc tế VITM và Hội chợ ASEAN - Trung Quốc (CAEXPO)"
PL8 = "Biên soạn, in ấn 10.000 tờ gấp hỏi - đáp về Cộng đồng ASEAN phát hành đến các xã, phường, thị trấn"
NOTE = "Body task without roles; lead, support and time from annex row STT {0}, whose content is the same activity."
tasks = [
 T("III.1", T3[0], [TT], [A("Các sở, ban, ngành", coll=True), HUYEN], P("2019 - 2020", "2019-01-01", "2020-12-31"), note=NOTE.format(1)),
 T("III.2", T3[1], [A("Báo Hà Nam"), A("Đài Phát thanh và Truyền hình Hà Nam")], [A("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh")], None,
   note="Annex row 2 gives the lead (Báo Hà Nam; Đài PT-TH) and support (Văn phòng UBND tỉnh, running the portal); the body text also opens with these actors. 'Thường xuyên' is not a window."),
 T("III.3", T3[2], [TT], [A("Các sở, ngành, địa phương", coll=True)], None, note=NOTE.format(3)),
 T("III.4", T3[3], [CT], [A("Ban Quản lý các khu công nghiệp tỉnh"), A("Hiệp hội Doanh nghiệp tỉnh")], P("Quý IV/2019 và Quý II/2020", "2019-10-01", "2020-06-30"),
   note="Two quarters; the timeframe spans both (Q4/2019 start to Q2/2020 end) and the deadlines list them as two periods."),
 T("III.5", T3[4], [A("Sở Giáo dục và Đào tạo")], [VH, A("Tỉnh đoàn")], P("Năm học 2019 - 2020", "2019-09-01", "2020-05-31"), note=NOTE.format(5) + " School year read as 09/2019-05/2020."),
 T("III.6", T3[5], [VH], [HUYEN], P("Tháng 01 - tháng 12/2020", "2020-01-01", "2020-12-31"),
   note="Annex row 6 is split between the rotated page and the landscape page (repeated header row between): lead 'Sở Văn hóa, Thể thao' / 'và Du lịch', time 'Tháng 01 - tháng' / '12/2020'."),
 T("PL.7", PL7, [VH], [CT, A("Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp")], P("Năm 2020", "2020-01-01", "2020-12-31"), note="No body task 7: an annex task of its own."),
 T("PL.8", PL8, [TT], [HUYEN], P("Quý I/2020", "2020-01-01", "2020-03-31"), note="No body task 8: an annex task of its own.")]
assignments = [
 ASG(TT, "V.1", ["Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch", "tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 05/12 hằng năm"]),
 ASG(A("Sở Tài chính"), "V.2", ["Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành, đoàn thể tỉnh", coll=True), "V.3", ["Căn cứ nhiệm vụ được phân công tại Phụ lục, xây dựng kế hoạch cụ thể và tổ chức thực hiện", "báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 25/11 hằng năm để tổng hợp"]),
 ASG(A("Ủy ban nhân dân các huyện, thành phố", coll=True), "V.3", ["Căn cứ nhiệm vụ được phân công tại Phụ lục, xây dựng kế hoạch cụ thể và tổ chức thực hiện", "báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 25/11 hằng năm để tổng hợp"])]
deadlines = [
 D("2019 - 2020", "period", "III.1", T3[0], start="2019-01-01", end="2020-12-31"),
 D("Quý IV/2019 và Quý II/2020", "period", "III.4", T3[3], start="2019-10-01", end="2019-12-31"),
 D("Quý IV/2019 và Quý II/2020", "period", "III.4", T3[3], start="2020-04-01", end="2020-06-30"),
 D("Năm học 2019 - 2020", "period", "III.5", T3[4], start="2019-09-01", end="2020-05-31"),
 D("Tháng 01 - tháng 12/2020", "period", "III.6", T3[5], start="2020-01-01", end="2020-12-31"),
 D("Năm 2020", "period", "PL.7", PL7, start="2020-01-01", end="2020-12-31"),
 D("Quý I/2020", "period", "PL.8", PL8, start="2020-01-01", end="2020-03-31"),
 D("trước ngày 05/12 hằng năm", "due", "V.1", "tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", due="--12-05", rec="yearly"),
 D("trước ngày 25/11 hằng năm", "due", "V.3", "báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-25", rec="yearly")]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "sponsorship", "socialization", "other_lawful"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách hàng năm của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành; khuyến khích huy động nguồn tài trợ, xã hội hóa và các nguồn hợp pháp khác", "section": "IV"}],
 "amounts": []}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Pages 1-3 A4 portrait (body); page 4 is a 595x842 page with /Rotate 90 carrying the landscape annex (content stored turned); page 5 is a true 842x595 landscape page. Annex columns STT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm, header row repeated on page 5. Rows 1-6 match body tasks III.1-III.6; rows 7-8 have no body task and are PL.7, PL.8. Annex rows and the annex are not sections."}
areas = [
 area("A01","Coordination mechanism across levels and sectors; orienting the press on focal topics","covered",[("III.1","Tăng cường phối hợp theo chiều dọc với Ban Chỉ đạo Thông tin tuyên truyền ASEAN và theo chiều ngang giữa các sở, ngành, địa phương; định hướng các cơ quan báo chí của tỉnh về trọng tâm cần thông tin về ASEAN theo từng giai đoạn")]),
 area("A02","Share data and publications with the ASEAN Vietnam portal / national common database","covered",[("III.3","Chia sẻ dữ liệu, ấn phẩm truyền thông quảng bá về tỉnh lên Cổng thông tin ASEAN Việt Nam")]),
 area("A03","New media: ASEAN app, Fanpage, livestreams, social networks","covered",[("III.3","chia sẻ các chương trình livestream trên Fanpage “ASEAN và Việt Nam”")]),
 area("A04","Integrate ASEAN into talks, meetings, conferences and mass organisations","missing"),
 area("A05","Train propaganda staff, editors and reporters","missing"),
 area("A06","Business outreach on the economic pillar","covered",[("III.4","Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử và Hệ thống thông tin doanh nghiệp ASEAN (ASEAN BIS) cho doanh nghiệp")]),
 area("A07","Youth and schools: extra-curricular content, contests, exchanges","covered",[("III.5","Lồng ghép nội dung về ASEAN trong các hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông")]),
 area("A08","ASEAN Corners","covered",[("III.5","duy trì Góc ASEAN tại Thư viện tỉnh")]),
 area("A09","Press, broadcasting and portal: programmes, columns, relays, documentaries","covered",[("III.2","duy trì chuyên trang, chuyên mục về ASEAN; tiếp, phát sóng các chương trình, phim tài liệu về ASEAN của Đài Truyền hình Việt Nam")]),
 area("A10","Culture, sports, tourism exchanges; exhibitions; visual propaganda","covered",[("III.6","Treo băng rôn, khẩu hiệu, pa nô, áp phích chào mừng năm Việt Nam là Chủ tịch ASEAN 2020")], note="Visual propaganda only; no cultural exchange."),
 area("A11","Trade, investment and tourism promotion; fairs","covered",[("PL.7","Hội chợ Du lịch quốc tế VITM và Hội chợ ASEAN - Trung Quốc (CAEXPO)")]),
 area("A12","Publications and leaflets with ASEAN content","covered",[("PL.8",PL8)]),
 area("A13","ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries","covered",[("II","Các Hội nghị Cấp cao ASEAN và các sự kiện quan trọng của ASEAN năm 2019 - 2020; vai trò Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN")]),
 area("A14","ASEAN itself: role, achievements, three pillars; countries and peoples","covered",[("II","Vai trò, vị thế của ASEAN; thành tựu 52 năm hình thành và phát triển; 3 trụ cột của Cộng đồng ASEAN")]),
 area("A15","Counter false and distorted information","missing"),
 area("A16","Promote the province itself","covered",[("II","Tiềm năng, thế mạnh của tỉnh Hà Nam; các dự án kêu gọi đầu tư vào các khu công nghiệp Đồng Văn, Châu Sơn, Thanh Liêm"),("PL.7","Giới thiệu tiềm năng du lịch Tam Chúc, đền Trần Thương và sản phẩm OCOP")])]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section IV KINH PHÍ THỰC HIỆN (dự toán chi ngân sách, tài trợ, xã hội hóa, nguồn hợp pháp khác)"),
 chk("S3","pass","section V TỔ CHỨC THỰC HIỆN with 4 assignments"), chk("S4","pass","reports due 'trước ngày 05/12 hằng năm' (V.1) and 'trước ngày 25/11 hằng năm' (V.3)"),
 chk("S5","pass","body tasks III.1-III.6 get their lead from the matching annex rows; PL.7 and PL.8 have a 'Cơ quan chủ trì'"),
 chk("S6","pass","basis cites Quyết định 02/QĐ-BCĐASEAN and Công văn 03/BTTTT-BCĐASEAN")]
write(N, plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN and 03/BTTTT-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020, dòng chảy chính của công tác hội nhập ASEAN, nắm bắt được cơ hội để phát triển, Cổng thông tin ASEAN Việt Nam"]})
