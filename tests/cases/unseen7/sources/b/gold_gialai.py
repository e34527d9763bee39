from common import *
N = 'gia-lai_1093-KH-SCT_2019_asean-pandocmd'
P = lambda t, s, e: {"text": t, "start": s, "end": e}
meta = {"number": "1093/KH-SCT", "doc_type": "Kế hoạch", "issuer": "Sở Công Thương tỉnh Gia Lai", "province": "Gia Lai", "issued": "2019-08-15",
 "title": "Tuyên truyền, quảng bá ASEAN trong lĩnh vực công thương giai đoạn 2019-2020", "period": {"start": 2019, "end": 2020},
 "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"}, {"number": "1655/KH-UBND", "type": "Kế hoạch", "date": "2019-07-30"}],
 "signer": {"name": "Trần Đức Thịnh", "position": "Phó Giám đốc"}}
titles = {"II.1": "Phổ biến cam kết kinh tế ASEAN cho doanh nghiệp", "II.2": "Tuyên truyền về thương mại điện tử",
 "II.3": "Tham gia hội chợ, xúc tiến thương mại tại các nước ASEAN", "II.4": "Chuyên mục ASEAN trên Trang thông tin điện tử của Sở",
 "II.5": "Phát hành ấn phẩm tuyên truyền", "II.6": "Tập huấn nghiệp vụ cho công chức, viên chức",
 "II.7": "Tuyên truyền sự kiện Việt Nam là Chủ tịch ASEAN 2020", "II.8": "Nắm bắt dư luận, phản bác thông tin sai lệch"}
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("I.1","1.","Mục đích",2), S("I.2","2.","Yêu cầu",2), S("II","II.","NHIỆM VỤ CỤ THỂ",1,"tasks")]
sections += [S(k, k.split('.')[1] + '.', v, 2) for k, v in titles.items()]
sections += [S("III","III.","KINH PHÍ",1,"budget"), S("IV","IV.","TỔ CHỨC THỰC HIỆN",1,"organization"),
 S("IV.1","1.","Văn phòng Sở",2), S("IV.2","2.","Phòng Kế hoạch - Tài chính - Tổng hợp",2), S("IV.3","3.","Các phòng, đơn vị thuộc Sở",2), S("IV.4","4.","Chế độ báo cáo",2)]
TT = A("Trung tâm Khuyến công và Xúc tiến thương mại"); QLTM = A("Phòng Quản lý Thương mại"); VP = A("Văn phòng Sở")
tasks = [
 T("II.1", titles["II.1"], [QLTM], [A("Hiệp hội Doanh nghiệp tỉnh"), A("Cục Hải quan Gia Lai - Kon Tum")], P("quý IV/2019","2019-10-01","2019-12-31")),
 T("II.2", titles["II.2"], [TT], [A("Sở Thông tin và Truyền thông")], P("năm 2020","2020-01-01","2020-12-31")),
 T("II.3", titles["II.3"], [TT], [A("Sở Kế hoạch và Đầu tư"), A("Sở Ngoại vụ")], P("2019 - 2020","2019-01-01","2020-12-31")),
 T("II.4", titles["II.4"], [VP], [], note="Lead from the actor opening the text ('Văn phòng Sở mở chuyên mục …'); 'hoàn thành trước ngày 30/9/2019' is a due date, not a timeframe."),
 T("II.5", titles["II.5"], [A("Phòng Kế hoạch - Tài chính - Tổng hợp")], [A("Các phòng, đơn vị thuộc Sở", "các phòng, đơn vị thuộc Sở", True)], P("quý I/2020","2020-01-01","2020-03-31")),
 T("II.6", titles["II.6"], [VP], [], note="'Thời gian: theo thông báo triệu tập' is event-triggered: no timeframe, no deadline."),
 T("II.7", titles["II.7"], [QLTM], [A("Đài Phát thanh - Truyền hình Gia Lai"), A("Báo Gia Lai")], P("năm 2020","2020-01-01","2020-12-31"), note="Support from 'Phối hợp với …' in the body; lead from the 'Đơn vị chủ trì' line."),
 T("II.8", titles["II.8"], [VP], [A("Thanh tra Sở")])]
assignments = [
 ASG(VP, "IV.1", ["Theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch; tổng hợp báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) theo lịch tại mục 4"]),
 ASG(A("Phòng Kế hoạch - Tài chính - Tổng hợp"), "IV.2", ["Tham mưu phân bổ kinh phí cho các hoạt động tại mục II"]),
 ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "IV.3", ["Chủ động triển khai nhiệm vụ được giao, gửi báo cáo về Văn phòng Sở đúng thời hạn"])]
R = "Trước ngày 10/12/2019 và ngày 30/11/2020"
deadlines = [
 D("quý IV/2019","period","II.1","Tổ chức 02 hội nghị phổ biến các cam kết trong ASEAN",start="2019-10-01",end="2019-12-31"),
 D("năm 2020","period","II.2","Hướng dẫn doanh nghiệp tham gia các sàn thương mại điện tử",start="2020-01-01",end="2020-12-31"),
 D("2019 - 2020","period","II.3","Tổ chức đoàn doanh nghiệp tham gia hội chợ, triển lãm",start="2019-01-01",end="2020-12-31"),
 D("trước ngày 30/9/2019","due","II.4","mở chuyên mục \"Hội nhập ASEAN\"",due="2019-09-30"),
 D("quý I/2020","period","II.5","In ấn, phát hành 3.000 tờ rơi, sổ tay hỏi - đáp",start="2020-01-01",end="2020-03-31"),
 D("năm 2020","period","II.7","xây dựng phóng sự về doanh nghiệp Gia Lai hội nhập",start="2020-01-01",end="2020-12-31"),
 D("Trước ngày 05/12/2019","due","IV.4","Báo cáo sơ kết năm 2019",due="2019-12-05", note="From the report-schedule table in IV.4 (row: report type | sender | deadline)."),
 D("Trước ngày 20/11/2020","due","IV.4","Báo cáo tổng kết giai đoạn 2019-2020",due="2020-11-20"),
 D(R,"due","IV.4","Báo cáo Ủy ban nhân dân tỉnh",due="2019-12-10"),
 D(R,"due","IV.4","Báo cáo Ủy ban nhân dân tỉnh",due="2020-11-30")]
budget = {"present": True, "section": "III", "sources": ["state_budget", "enterprise"],
 "clauses": [{"text": "Kinh phí thực hiện từ nguồn kinh phí sự nghiệp thương mại và kinh phí xúc tiến thương mại năm 2019, năm 2020 đã được Ủy ban nhân dân tỉnh phê duyệt; tổng kinh phí dự kiến 185.000.000 đồng (Một trăm tám mươi lăm triệu đồng)", "section": "III"},
             {"text": "Đối với hoạt động tham gia hội chợ tại nước ngoài, doanh nghiệp tự chi trả chi phí gian hàng", "section": "III"}],
 "amounts": [{"text": "185.000.000 đồng", "vnd": 185000000}],
 "note": "Provincially approved trade-promotion funds = state_budget (not the unit's own recurrent funds). Businesses paying their own booths = enterprise. The amount in words repeats the same figure and is not listed twice."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Document is pandoc's Markdown of a DOCX: headings are **bold** paragraphs, the '- Đơn vị chủ trì/phối hợp/Thời gian' field lines are soft line breaks (trailing backslash) inside the task paragraph, header/signature are pandoc multiline tables. IV.4 is a report-schedule table: its rows give deadlines but are neither tasks nor assignments (the senders are assigned in IV.1-IV.3). 'Thời gian: thường xuyên' (II.8) is not a deadline."}
areas = [
 area("A01","Coordination mechanism; orienting the press","missing", note="Only internal monitoring by Văn phòng Sở (IV.1); no cross-level mechanism or press orientation."),
 area("A02","Share data with the ASEAN Vietnam portal / common database","partial",[("II.4","đăng tải, chia sẻ tin, bài từ Cổng thông tin ASEAN Việt Nam")], note="Reuses portal content on the department site; nothing is shared to the portal or a common database."),
 area("A03","New media: ASEAN app, Fanpage, livestreams, social networks","partial",[("II.4","Fanpage \"ASEAN và Việt Nam\"")], note="The Fanpage appears only as a source of items for the department website."),
 area("A04","Integrate ASEAN into talks, meetings, mass organisations","missing"),
 area("A05","Train propaganda staff","covered",[("II.6","tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN")]),
 area("A06","Business outreach on the economic pillar","covered",[("II.1","Tổ chức 02 hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, Cơ chế hải quan một cửa ASEAN và Hệ thống thông tin doanh nghiệp ASEAN (ASEAN BIS)"),("II.2","Hướng dẫn doanh nghiệp tham gia các sàn thương mại điện tử")]),
 area("A07","Youth and schools","missing"),
 area("A08","ASEAN Corners","missing"),
 area("A09","Press, broadcasting and portal programmes and columns","covered",[("II.4","mở chuyên mục \"Hội nhập ASEAN\" trên Trang thông tin điện tử Sở Công Thương"),("II.7","xây dựng phóng sự về doanh nghiệp Gia Lai hội nhập")]),
 area("A10","Culture, sports, tourism exchanges; exhibitions; visual propaganda","missing", note="The fairs/exhibitions of II.3 are trade promotion (A11); no cultural exchange or visual propaganda. 'partial' is arguable via 'triển lãm'."),
 area("A11","Trade, investment and tourism promotion; fairs","covered",[("II.3","Tổ chức đoàn doanh nghiệp tham gia hội chợ, triển lãm tại Lào, Campuchia, Thái Lan; lồng ghép quảng bá hình ảnh ASEAN tại Hội chợ Thương mại quốc tế Gia Lai")]),
 area("A12","Publications and leaflets","covered",[("II.5","In ấn, phát hành 3.000 tờ rơi, sổ tay hỏi - đáp về các hiệp định thương mại tự do của ASEAN")]),
 area("A13","ASEAN calendar: Chairmanship 2020, anniversaries","covered",[("II.7","gắn với sự kiện Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020 và 25 năm Việt Nam gia nhập ASEAN")]),
 area("A14","ASEAN itself: role, achievements, pillars, peoples","missing"),
 area("A15","Counter false information; follow public opinion","covered",[("II.8","Nắm bắt dư luận của doanh nghiệp về tác động của hội nhập ASEAN; kịp thời cung cấp thông tin chính thống, phản bác thông tin sai lệch, xuyên tạc")]),
 area("A16","Promote the province itself","covered",[("II.3","giới thiệu dự án kêu gọi đầu tư, đặc sản của tỉnh"),("II.2","quảng bá sản phẩm cà phê, hồ tiêu, cao su của Gia Lai tới thị trường các nước ASEAN")])]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section III KINH PHÍ (185.000.000 đồng)"),
 chk("S3","pass","section IV with 3 assignments"), chk("S4","pass","report-schedule table IV.4: due 05/12/2019, 20/11/2020, 10/12/2019, 30/11/2020"),
 chk("S5","pass","every task II.1-II.8 has a lead"), chk("S6","pass","basis cites 02/QĐ-BCĐASEAN")]
write(N, plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020; nắm bắt được cơ hội để phát triển; Cổng thông tin ASEAN Việt Nam"]})
