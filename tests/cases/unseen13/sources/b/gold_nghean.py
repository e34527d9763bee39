# Hand gold for the Sở Công Thương Nghệ An DOCX (lettered parts A./B./C. with restarting Arabic items).
from common import *
N = 'nghe-an_3120-KH-SCT_2019_asean-letteredparts'
P = lambda t, s, e: {"text": t, "start": s, "end": e}
meta = {"number": "3120/KH-SCT", "doc_type": "Kế hoạch", "issuer": "Sở Công Thương tỉnh Nghệ An", "province": "Nghệ An",
 "issued": "2019-11-12", "title": "Tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2019 - 2020",
 "period": {"start": 2019, "end": 2020},
 "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"}, {"number": "705/KH-UBND", "type": "Kế hoạch", "date": "2019-10-28"}],
 "signer": {"name": "Trần Quốc Thành", "position": "Phó Giám đốc"}}
TA = ["Tổ chức 02 hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa và Cơ chế hải quan một cửa ASEAN cho doanh nghiệp xuất khẩu trên địa bàn tỉnh trong quý I/2020",
 "Biên soạn, phát hành 3.000 tờ rơi và cẩm nang hỏi - đáp về Cộng đồng Kinh tế ASEAN, thương mại điện tử và Hệ thống thông tin doanh nghiệp ASEAN (ASEAN BIS), hoàn thành trước ngày 31/12/2019",
 "Thường xuyên cập nhật thông tin thị trường các nước ASEAN, cơ hội kinh doanh trên Trang thông tin điện tử của Sở; chia sẻ dữ liệu về hoạt động thương mại của tỉnh lên Cổng thông tin ASEAN Việt Nam"]
TB = ["Tổ chức đoàn doanh nghiệp tham gia Hội chợ Thương mại quốc tế Việt - Lào tại Viêng Chăn và hội chợ chuyên ngành tại Thái Lan trong năm 2020",
 "Bố trí gian hàng quảng bá hình ảnh ASEAN và các sản phẩm đặc sản của tỉnh (cam Vinh, nước mắm Vạn Phần, chè Thanh Chương) tại Hội chợ Thương mại quốc tế Việt - Lào - Thái Lan tổ chức tại thành phố Vinh vào tháng 10/2020"]
TC = ["Cử công chức, viên chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Công Thương tổ chức",
 "Định hướng thông tin về hội nhập kinh tế ASEAN cho Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh theo từng giai đoạn"]
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("II","II.","NHIỆM VỤ CỤ THỂ",1,"tasks"),
 S("II.A","A.","PHỔ BIẾN THÔNG TIN CHO DOANH NGHIỆP",2)] + [S(f"II.A.{i+1}", f"{i+1}.", t, 3) for i, t in enumerate(TA)] + \
 [S("II.B","B.","XÚC TIẾN THƯƠNG MẠI",2)] + [S(f"II.B.{i+1}", f"{i+1}.", t, 3) for i, t in enumerate(TB)] + \
 [S("II.C","C.","CÔNG TÁC CHỈ ĐẠO, BỒI DƯỠNG",2)] + [S(f"II.C.{i+1}", f"{i+1}.", t, 3) for i, t in enumerate(TC)] + \
 [S("III","III.","KINH PHÍ THỰC HIỆN",1,"budget"), S("IV","IV.","TỔ CHỨC THỰC HIỆN",1,"organization"),
  S("IV.1","1.","Văn phòng Sở",2), S("IV.2","2.","Phòng Kế hoạch - Tài chính - Tổng hợp",2), S("IV.3","3.","Các phòng, đơn vị được giao chủ trì",2)]
QLTM = A("Phòng Quản lý Thương mại"); KC = A("Trung tâm Khuyến công và Xúc tiến thương mại"); VP = A("Văn phòng Sở")
tasks = [
 T("II.A.1", TA[0], [QLTM], [A("Cục Hải quan tỉnh Nghệ An")], P("quý I/2020", "2020-01-01", "2020-03-31")),
 T("II.A.2", TA[1], [KC], [], None, note="'hoàn thành trước ngày 31/12/2019' is a due date, not a window."),
 T("II.A.3", TA[2], [VP], [], None),
 T("II.B.1", TB[0], [KC], [A("Hiệp hội Doanh nghiệp tỉnh Nghệ An")], P("năm 2020", "2020-01-01", "2020-12-31")),
 T("II.B.2", TB[1], [KC], [], P("tháng 10/2020", "2020-10-01", "2020-10-31"), note="The fair's month is the task's own window (the stall is set up at that fair)."),
 T("II.C.1", TC[0], [VP], []),
 T("II.C.2", TC[1], [QLTM], [A("Sở Thông tin và Truyền thông")])]
assignments = [
 ASG(VP, "IV.1", ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch", "tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông trước ngày 05/12/2019 và trước ngày 05/12/2020"]),
 ASG(A("Phòng Kế hoạch - Tài chính - Tổng hợp"), "IV.2", ["Tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch"]),
 ASG(A("Các phòng, đơn vị được giao chủ trì", coll=True), "IV.3", ["Xây dựng kế hoạch chi tiết cho từng hoạt động", "báo cáo kết quả về Văn phòng Sở sau khi kết thúc hoạt động"])]
deadlines = [
 D("quý I/2020","period","II.A.1","Tổ chức 02 hội nghị phổ biến các cam kết trong ASEAN",start="2020-01-01",end="2020-03-31"),
 D("trước ngày 31/12/2019","due","II.A.2","Biên soạn, phát hành 3.000 tờ rơi và cẩm nang hỏi - đáp về Cộng đồng Kinh tế ASEAN",due="2019-12-31"),
 D("năm 2020","period","II.B.1","Tổ chức đoàn doanh nghiệp tham gia Hội chợ Thương mại quốc tế Việt - Lào tại Viêng Chăn và hội chợ chuyên ngành tại Thái Lan",start="2020-01-01",end="2020-12-31"),
 D("tháng 10/2020","period","II.B.2","Bố trí gian hàng quảng bá hình ảnh ASEAN và các sản phẩm đặc sản của tỉnh",start="2020-10-01",end="2020-10-31"),
 D("trước ngày 05/12/2019","due","IV.1","tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông",due="2019-12-05"),
 D("trước ngày 05/12/2020","due","IV.1","tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông",due="2020-12-05")]
budget = {"present": True, "section": "III", "sources": ["state_budget", "enterprise"],
 "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở năm 2020 và kinh phí Chương trình xúc tiến thương mại tỉnh; vận động doanh nghiệp đóng góp khi tham gia hội chợ", "section": "III"},
             {"text": "Tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch", "section": "IV.2"}],
 "amounts": [{"text": "380.000.000 đồng", "vnd": 380000000}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Section II is split into lettered parts A./B./C. (level 2, ids II.A …) with Arabic items restarting under each (level 3, ids II.A.1 …); the Arabic items are the tasks. Each item ends with its roles after an en dash ('– X chủ trì, phối hợp với Y.'); the title is the item's text before that dash (the role tail is a field, like a 'Chủ trì:' line). 'sau khi kết thúc hoạt động' (IV.3) is event-triggered, not a deadline; 'Thường xuyên' (II.A.3) is not a deadline."}
areas = [
 area("A01","Coordination mechanism across levels and sectors; orienting the press on focal topics","covered",[("II.C.2","Định hướng thông tin về hội nhập kinh tế ASEAN cho Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh theo từng giai đoạn")],
      note="An own task orienting the press by period; no vertical/horizontal mechanism is set up, so partial is arguable."),
 area("A02","Share data and publications with the ASEAN Vietnam portal / national common database","covered",[("II.A.3","chia sẻ dữ liệu về hoạt động thương mại của tỉnh lên Cổng thông tin ASEAN Việt Nam")]),
 area("A03","New media: ASEAN app, Fanpage, livestreams, social networks","missing"),
 area("A04","Integrate ASEAN into talks, meetings, conferences and mass organisations","missing"),
 area("A05","Train propaganda staff, editors and reporters","covered",[("II.C.1","Cử công chức, viên chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Công Thương tổ chức")]),
 area("A06","Business outreach on the economic pillar","covered",[("II.A.1","phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa và Cơ chế hải quan một cửa ASEAN cho doanh nghiệp xuất khẩu")]),
 area("A07","Youth and schools","missing"),
 area("A08","ASEAN Corners","missing"),
 area("A09","Press, broadcasting and portal programmes and columns","partial",[("II.A.3","cập nhật thông tin thị trường các nước ASEAN, cơ hội kinh doanh trên Trang thông tin điện tử của Sở")],
      note="Only the department's own website updates and the press named as recipients of orientation (II.C.2); no programmes, columns or relays."),
 area("A10","Culture, sports, tourism exchanges; exhibitions; visual propaganda","missing"),
 area("A11","Trade, investment and tourism promotion; fairs","covered",[("II.B.1","Tổ chức đoàn doanh nghiệp tham gia Hội chợ Thương mại quốc tế Việt - Lào tại Viêng Chăn"),("II.B.2","Bố trí gian hàng quảng bá hình ảnh ASEAN")]),
 area("A12","Publications and leaflets with ASEAN content","covered",[("II.A.2","Biên soạn, phát hành 3.000 tờ rơi và cẩm nang hỏi - đáp về Cộng đồng Kinh tế ASEAN")]),
 area("A13","The ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries","partial",[("I","Gắn hoạt động tuyên truyền với các sự kiện của năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020")], note="Purposes only."),
 area("A14","ASEAN itself: role, achievements, pillars, countries and peoples","partial",[("II.A.2","cẩm nang hỏi - đáp về Cộng đồng Kinh tế ASEAN")], note="Only the economic community, as the topic of a handbook."),
 area("A15","Counter false and distorted information; follow public opinion","missing"),
 area("A16","Promote the province itself","covered",[("II.B.2","các sản phẩm đặc sản của tỉnh (cam Vinh, nước mắm Vạn Phần, chè Thanh Chương)")])]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section III KINH PHÍ THỰC HIỆN (ngân sách nhà nước, doanh nghiệp đóng góp; 380.000.000 đồng)"),
 chk("S3","pass","section IV TỔ CHỨC THỰC HIỆN with 3 assignments"),
 chk("S4","pass","report due 'trước ngày 05/12/2019 và trước ngày 05/12/2020' (IV.1)"),
 chk("S5","pass","every task II.A.1-II.C.2 ends with 'X chủ trì'"), chk("S6","pass","basis cites Quyết định 02/QĐ-BCĐASEAN and Nghệ An's plan 705/KH-UBND")]
write(N, plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020, nắm bắt được cơ hội để phát triển, Cổng thông tin ASEAN Việt Nam"]})
