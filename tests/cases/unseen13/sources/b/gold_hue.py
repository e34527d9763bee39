# Hand gold for the Thừa Thiên Huế legal-database page. Every value typed by the annotator.
from common import *
N = 'thua-thien-hue_215-KH-UBND_2019_asean-supnotes'
P = lambda t, s, e: {"text": t, "start": s, "end": e}
meta = {"number": "215/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Thừa Thiên Huế", "province": "Thừa Thiên Huế",
 "issued": "2019-10-16", "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Thừa Thiên Huế",
 "period": {"start": 2019, "end": 2020},
 "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"}],
 "signer": {"name": "Nguyễn Văn Phương", "position": "Phó Chủ tịch"},
 "note": "The 'Văn bản liên quan' sidebar (1536/QĐ-TTg, 4750/KH-UBND, 98/KH-UBND …) and the site's 'Thuộc tính' box are site furniture, not basis. Footnote markers [1]-[4] are <sup> links to the 'Ghi chú' list; the notes cite no numbered document."}
T1 = ["Tăng cường cơ chế phối hợp thông tin về ASEAN", "Chia sẻ dữ liệu lên Cổng thông tin ASEAN Việt Nam",
 "Tuyên truyền trên báo chí, phát thanh, truyền hình", "Tuyên truyền trên mạng xã hội và các công cụ truyền thông mới",
 "Tổ chức hội nghị phổ biến cam kết ASEAN cho doanh nghiệp", "Giao lưu văn hóa và tuyên truyền cổ động trực quan",
 "Quảng bá hình ảnh, tiềm năng của tỉnh tới các nước ASEAN"]
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("I.1","1.","Mục đích",2), S("I.2","2.","Yêu cầu",2),
 S("II","II.","NỘI DUNG VÀ NHIỆM VỤ CỤ THỂ",1,"tasks")]
sections += [S(f"II.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(T1)]
sections += [S("III","III.","KINH PHÍ THỰC HIỆN",1,"budget"), S("IV","IV.","TỔ CHỨC THỰC HIỆN",1,"organization"),
 S("IV.1","1.","Sở Thông tin và Truyền thông",2), S("IV.2","2.","Sở Tài chính",2),
 S("IV.3","3.","Các sở, ban, ngành; Ủy ban nhân dân các huyện, thị xã và thành phố Huế",2),
 S("IV.4","4.","Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",2)]
TT = A("Sở Thông tin và Truyền thông"); NV = A("Sở Ngoại vụ"); DL = A("Sở Du lịch")
Y1920 = P("2019 - 2020", "2019-01-01", "2020-12-31")
tasks = [
 T("II.1", T1[0], [TT], [NV, A("Ban Tuyên giáo Tỉnh ủy")], Y1920),
 T("II.2", T1[1], [NV], [A("Cổng Thông tin điện tử tỉnh")], None, note="'Thời gian thực hiện: Thường xuyên' is not a window."),
 T("II.3", T1[2], [A("Báo Thừa Thiên Huế"), A("Đài Phát thanh và Truyền hình Thừa Thiên Huế")], [TT], P("năm 2020", "2020-01-01", "2020-12-31")),
 T("II.4", T1[3], [TT], [A("Tỉnh Đoàn Thừa Thiên Huế")], Y1920),
 T("II.5", T1[4], [A("Sở Công Thương")], [A("Hiệp hội Doanh nghiệp tỉnh"), A("Cục Hải quan tỉnh Thừa Thiên Huế")], P("Quý II/2020", "2020-04-01", "2020-06-30")),
 T("II.6", T1[5], [A("Sở Văn hóa và Thể thao")], [DL, A("Trung tâm Festival Huế")], P("tháng 4 - tháng 8/2020", "2020-04-01", "2020-08-31")),
 T("II.7", T1[6], [A("Sở Kế hoạch và Đầu tư")], [DL, NV], Y1920)]
assignments = [
 ASG(TT, "IV.1", ["Là cơ quan thường trực, hướng dẫn, đôn đốc các đơn vị thực hiện Kế hoạch", "tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN trước ngày 15/12 hằng năm"]),
 ASG(A("Sở Tài chính"), "IV.2", ["Thẩm định, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch"]),
 ASG(A("Các sở, ban, ngành", coll=True), "IV.3", ["Căn cứ Kế hoạch này xây dựng kế hoạch cụ thể của đơn vị, địa phương", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"]),
 ASG(A("Ủy ban nhân dân các huyện, thị xã và thành phố Huế", coll=True), "IV.3", ["Căn cứ Kế hoạch này xây dựng kế hoạch cụ thể của đơn vị, địa phương", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "IV.4", ["Phối hợp tuyên truyền Kế hoạch đến đoàn viên, hội viên"]),
 ASG(A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", True), "IV.4", ["Phối hợp tuyên truyền Kế hoạch đến đoàn viên, hội viên"])]
deadlines = [
 D("2019 - 2020","period","II.1",T1[0],start="2019-01-01",end="2020-12-31"),
 D("định kỳ hàng quý","recurring","II.1","cung cấp cho các cơ quan báo chí các trọng tâm cần thông tin về ASEAN theo từng giai đoạn",rec="quarterly"),
 D("năm 2020","period","II.3",T1[2],start="2020-01-01",end="2020-12-31"),
 D("2019 - 2020","period","II.4",T1[3],start="2019-01-01",end="2020-12-31"),
 D("Quý II/2020","period","II.5",T1[4],start="2020-04-01",end="2020-06-30"),
 D("tháng 4 - tháng 8/2020","period","II.6",T1[5],start="2020-04-01",end="2020-08-31"),
 D("2019 - 2020","period","II.7",T1[6],start="2019-01-01",end="2020-12-31"),
 D("trước ngày 15/12 hằng năm","due","IV.1","tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN",due="--12-15",rec="yearly"),
 D("trước ngày 30/11 hằng năm","due","IV.3","gửi báo cáo kết quả về Sở Thông tin và Truyền thông",due="--11-30",rec="yearly")]
budget = {"present": True, "section": "III", "sources": ["state_budget", "socialization", "other_lawful"],
 "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách tỉnh bố trí trong dự toán năm 2020 của các cơ quan, đơn vị; nguồn xã hội hóa và các nguồn hợp pháp khác", "section": "III"},
             {"text": "Thẩm định, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch", "section": "IV.2"}],
 "amounts": [{"text": "450 triệu đồng", "vnd": 450000000}, {"text": "120 triệu đồng", "vnd": 120000000}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Tasks II.1-II.7 each carry 'Đơn vị chủ trì: …; đơn vị phối hợp: …' and 'Thời gian thực hiện: …' field lines. 'dự toán năm 2020' (III) dates a budget estimate, and 'Festival Huế 2020' names an event: neither is a deadline."}
areas = [
 area("A01","Coordination mechanism across levels and sectors; orienting the press on focal topics","covered",[("II.1","Xây dựng cơ chế phối hợp giữa các cấp, các ngành theo chiều ngang và chiều dọc")]),
 area("A02","Share data and publications with the ASEAN Vietnam portal / national common database","covered",[("II.2","chia sẻ lên Cổng thông tin ASEAN Việt Nam và cơ sở dữ liệu chung cấp quốc gia")]),
 area("A03","New media: ASEAN app, Fanpage, livestreams, social networks","covered",[("II.4","Chia sẻ nội dung từ Ứng dụng và Fanpage “ASEAN và Việt Nam”; livestream các sự kiện ASEAN diễn ra tại Huế")]),
 area("A04","Integrate ASEAN into talks, meetings, conferences and mass organisations","partial",[("I.2","Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện, hội nghị của các cơ quan, đơn vị, địa phương")],
      note="Only a requirement in section I; IV.4 asks the Front and mass organisations to pass the plan on to members, but nothing commits to talks or to youth/women/farmer work."),
 area("A05","Train propaganda staff, editors and reporters","missing"),
 area("A06","Business outreach on the economic pillar","covered",[("II.5","phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử và Cơ chế hải quan một cửa ASEAN cho doanh nghiệp")]),
 area("A07","Youth and schools","missing", note="Tỉnh Đoàn only supports the social-network task II.4; no school, contest or exchange content."),
 area("A08","ASEAN Corners","missing"),
 area("A09","Press, broadcasting and portal programmes and columns","covered",[("II.3","Mở chuyên trang, chuyên mục “Huế cùng ASEAN”"),("II.3","tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam")]),
 area("A10","Culture, sports, tourism exchanges; exhibitions; visual propaganda","covered",[("II.6","treo băng rôn, khẩu hiệu, pa nô chào mừng năm Chủ tịch ASEAN 2020")]),
 area("A11","Trade, investment and tourism promotion; fairs","covered",[("II.7","tham gia hội chợ, hoạt động xúc tiến đầu tư tại Thái Lan, Lào")]),
 area("A12","Publications and leaflets with ASEAN content","missing",
      note="II.7 prints publications, but about the province's potential and investment projects (A16), not ASEAN content."),
 area("A13","The ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries","covered",[("II.3","đưa tin về các Hội nghị Cấp cao ASEAN và các sự kiện quan trọng của năm Chủ tịch ASEAN 2020")]),
 area("A14","ASEAN itself: role, achievements, pillars, countries and peoples","partial",[("I.1","về vai trò, vị thế của ASEAN và thành tựu hợp tác trên 3 trụ cột")], note="Purposes only."),
 area("A15","Counter false and distorted information; follow public opinion","missing"),
 area("A16","Promote the province itself","covered",[("II.7","Biên soạn, in ấn ấn phẩm giới thiệu tiềm năng, thế mạnh của tỉnh và các dự án kêu gọi đầu tư")])]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section III KINH PHÍ THỰC HIỆN (ngân sách tỉnh, xã hội hóa, nguồn hợp pháp khác; 450 triệu đồng)"),
 chk("S3","pass","section IV TỔ CHỨC THỰC HIỆN with 6 assignments"),
 chk("S4","pass","reports due 'trước ngày 15/12 hằng năm' (IV.1) and 'trước ngày 30/11 hằng năm' (IV.3)"),
 chk("S5","pass","every task II.1-II.7 names an 'Đơn vị chủ trì'"), chk("S6","pass","basis cites Quyết định 02/QĐ-BCĐASEAN")]
write(N, plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020, dòng chảy chính của công tác hội nhập ASEAN, nắm bắt được cơ hội để phát triển, Ứng dụng và Fanpage, Cổng thông tin ASEAN Việt Nam"]})
