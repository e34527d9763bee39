# Hand gold for the Ba Bể DOCX with Word auto-numbering restarting per part. Numbers are the rendered ones
# (checked in the LibreOffice rendering, NAME.rendered.txt), not in python-docx text.
from common import *
N = 'bac-kan_ba-be_287-KH-UBND_2019_asean-wordrestart'
P = lambda t, s, e: {"text": t, "start": s, "end": e}
meta = {"number": "287/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện Ba Bể", "province": "Bắc Kạn",
 "issued": "2019-11-08", "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Ba Bể",
 "period": {"start": 2019, "end": 2020},
 "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"}, {"number": "612/KH-UBND", "type": "Kế hoạch", "date": "2019-10-14"}],
 "signer": {"name": "Hoàng Văn Thạch", "position": "Phó Chủ tịch"}}
T3 = ["Tuyên truyền trên hệ thống truyền thanh - truyền hình huyện", "Tuyên truyền trên Trang thông tin điện tử và mạng xã hội",
 "Tuyên truyền cổ động trực quan", "Lồng ghép tuyên truyền trong sinh hoạt của các đoàn thể", "Giáo dục về ASEAN trong trường học",
 "Quảng bá du lịch Ba Bể tới du khách các nước ASEAN", "Bồi dưỡng cán bộ làm công tác tuyên truyền"]
T3a = "Treo băng rôn, khẩu hiệu tại trung tâm thị trấn Chợ Rã và dọc tuyến đường ĐT 258 vào hồ Ba Bể trong tháng 7/2020 và tháng 11/2020"
T3b = "Kẻ vẽ 02 pa nô lớn tuyên truyền về Cộng đồng ASEAN tại khu vực bến thuyền Buốc Lốm và ngã ba Bản Pjạc"
V = ["Phòng Văn hóa và Thông tin huyện", "Phòng Tài chính - Kế hoạch huyện", "Đài Truyền thanh - Truyền hình huyện", "Phòng Giáo dục và Đào tạo huyện",
 "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện", "Ủy ban nhân dân các xã, thị trấn"]
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("I.1","1.","Mục đích",2), S("I.2","2.","Yêu cầu",2),
 S("II","II.","NỘI DUNG TUYÊN TRUYỀN",1,"content"), S("III","III.","NHIỆM VỤ VÀ GIẢI PHÁP",1,"tasks")]
sections += [S(f"III.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(T3)]
sections.insert(8, S("III.3.a","a)",T3a,3)); sections.insert(9, S("III.3.b","b)",T3b,3))
sections += [S("IV","IV.","KINH PHÍ THỰC HIỆN",1,"budget"),
 S("IV.1","1.","Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách huyện năm 2020 giao cho các cơ quan, đơn vị; tổng kinh phí dự kiến 65 triệu đồng",2),
 S("IV.2","2.","Các cơ quan, đơn vị chủ động lồng ghép trong kinh phí thường xuyên được giao và huy động nguồn xã hội hóa từ các doanh nghiệp du lịch trên địa bàn",2),
 S("V","V.","TỔ CHỨC THỰC HIỆN",1,"organization")]
sections += [S(f"V.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(V)]
VHTT = A("Phòng Văn hóa và Thông tin huyện"); DAI = A("Đài Truyền thanh - Truyền hình huyện"); XA = A("Ủy ban nhân dân các xã, thị trấn", coll=True)
HD = A("Huyện đoàn Ba Bể")
tasks = [
 T("III.1", T3[0], [DAI], [VHTT]),
 T("III.2", T3[1], [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], [VHTT, XA]),
 T("III.3", T3[2], [VHTT], [A("Trung tâm Văn hóa - Thể thao huyện"), A("Ủy ban nhân dân thị trấn Chợ Rã")]),
 T("III.4", T3[3], [A("Hội Liên hiệp Phụ nữ huyện"), A("Hội Nông dân huyện"), HD], [], P("Quý I/2020 - Quý IV/2020", "2020-01-01", "2020-12-31"),
   note="No 'Chủ trì' line: the three mass organisations open the task's sentence as its actors, so they are the lead."),
 T("III.5", T3[4], [A("Phòng Giáo dục và Đào tạo huyện")], [HD], P("Năm học 2019 - 2020", "2019-09-01", "2020-05-31"),
   note="School year 2019-2020 read as September 2019 to May 2020."),
 T("III.6", T3[5], [VHTT], [A("Vườn quốc gia Ba Bể"), A("Phòng Kinh tế và Hạ tầng huyện")], P("Quý II/2020", "2020-04-01", "2020-06-30")),
 T("III.7", T3[6], [VHTT], [A("Phòng Nội vụ huyện")], note="Label '7.' typed by hand after six Word auto-numbered items; it continues the list.")]
assignments = [
 ASG(VHTT, "V.1", ["Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị, các xã, thị trấn triển khai Kế hoạch",
   "Tổng hợp, báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông và Ủy ban nhân dân huyện trước ngày 30/11/2020"]),
 ASG(A("Phòng Tài chính - Kế hoạch huyện"), "V.2", ["Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(DAI, "V.3", ["Phối hợp với Phòng Văn hóa và Thông tin xây dựng kế hoạch tin, bài, chuyên mục về ASEAN", "định kỳ hàng quý báo cáo số lượng tin, bài đã phát sóng"]),
 ASG(A("Phòng Giáo dục và Đào tạo huyện"), "V.4", ["Chỉ đạo các trường học triển khai nội dung giáo dục về ASEAN", "báo cáo kết quả Cuộc thi tìm hiểu về ASEAN trước ngày 15/5/2020"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), "V.5", ["Chỉ đạo hệ thống tổ chức từ huyện đến cơ sở lồng ghép tuyên truyền về ASEAN trong các hoạt động của tổ chức mình"]),
 ASG(A("Các đoàn thể chính trị - xã hội huyện", "các đoàn thể chính trị - xã hội huyện", True), "V.5", ["Chỉ đạo hệ thống tổ chức từ huyện đến cơ sở lồng ghép tuyên truyền về ASEAN trong các hoạt động của tổ chức mình"]),
 ASG(XA, "V.6", ["Tổ chức tuyên truyền trên hệ thống loa truyền thanh cơ sở", "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 20/11/2020"])]
deadlines = [
 D("02 kỳ/tháng", "recurring", "III.1", "Xây dựng chuyên mục “ASEAN và Ba Bể” phát sóng", rec="monthly", note="A broadcast frequency on an obligation; read as a monthly recurring activity."),
 D("trong tháng 7/2020", "period", "III.1", "tăng thời lượng tin, bài", start="2020-07-01", end="2020-07-31"),
 D("trong tháng 7/2020", "period", "III.3.a", "Treo băng rôn, khẩu hiệu", start="2020-07-01", end="2020-07-31"),
 D("tháng 11/2020", "period", "III.3.a", "Treo băng rôn, khẩu hiệu", start="2020-11-01", end="2020-11-30"),
 D("Quý I/2020 - Quý IV/2020", "period", "III.4", T3[3], start="2020-01-01", end="2020-12-31"),
 D("Năm học 2019 - 2020", "period", "III.5", T3[4], start="2019-09-01", end="2020-05-31"),
 D("Quý II/2020", "period", "III.6", T3[5], start="2020-04-01", end="2020-06-30"),
 D("trước ngày 30/11/2020", "due", "V.1", "Tổng hợp, báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông và Ủy ban nhân dân huyện", due="2020-11-30"),
 D("định kỳ hàng quý", "recurring", "V.3", "báo cáo số lượng tin, bài đã phát sóng", rec="quarterly"),
 D("trước ngày 15/5/2020", "due", "V.4", "báo cáo kết quả Cuộc thi tìm hiểu về ASEAN", due="2020-05-15"),
 D("trước ngày 20/11/2020", "due", "V.6", "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện", due="2020-11-20")]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget", "socialization"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách huyện năm 2020 giao cho các cơ quan, đơn vị", "section": "IV.1"},
             {"text": "Các cơ quan, đơn vị chủ động lồng ghép trong kinh phí thường xuyên được giao và huy động nguồn xã hội hóa từ các doanh nghiệp du lịch trên địa bàn", "section": "IV.2"}],
 "amounts": [{"text": "65 triệu đồng", "vnd": 65000000}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Arabic items of I, III and V are Word auto-numbering (w:numPr), restarting at 1 in each part (a new w:num with startOverride per part); their labels are not in the paragraph text. III.3.a/b are the list's second level ('%2)'). III.7, V.6, IV.1 and IV.2 have typed labels. Section II has only bullets."}
areas = [
 area("A01","Coordination mechanism across levels and sectors; orienting the press on focal topics","partial",[("I.2","Các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn phối hợp chặt chẽ, thực hiện đúng tiến độ")], note="Only a requirement in section I."),
 area("A02","Share data and publications with the ASEAN Vietnam portal / national common database","missing"),
 area("A03","New media: ASEAN app, Fanpage, livestreams, social networks","covered",[("III.2","chia sẻ tin, bài, video từ Fanpage “ASEAN và Việt Nam” lên nhóm Zalo, trang Facebook của các cơ quan, đơn vị và các xã, thị trấn")]),
 area("A04","Integrate ASEAN into talks, meetings, conferences and mass organisations","covered",[("III.4","Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện, Huyện đoàn Ba Bể lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt chi hội, hội nghị báo cáo viên và các buổi nói chuyện chuyên đề tại thôn, bản")]),
 area("A05","Train propaganda staff, editors and reporters","covered",[("III.7","tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do tỉnh tổ chức")]),
 area("A06","Business outreach on the economic pillar","partial",[("I.1","Giúp người dân, hộ kinh doanh du lịch và hợp tác xã trên địa bàn huyện nắm bắt được cơ hội để phát triển")], note="Only in the purposes section; no task on ASEAN commitments for businesses."),
 area("A07","Youth and schools: extra-curricular content, contests, exchanges","covered",[("III.5","Đưa nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa tại các trường trung học cơ sở; tổ chức Cuộc thi tìm hiểu về ASEAN")]),
 area("A08","ASEAN Corners","covered",[("III.5","xây dựng Góc ASEAN tại thư viện Trường THCS thị trấn Chợ Rã")]),
 area("A09","Press, broadcasting and portal: programmes, columns, relays, documentaries","covered",[("III.1","Xây dựng chuyên mục “ASEAN và Ba Bể” phát sóng 02 kỳ/tháng trên sóng Đài Truyền thanh - Truyền hình huyện; tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam và Đài Truyền hình Việt Nam")]),
 area("A10","Culture, sports, tourism exchanges; exhibitions; visual propaganda","covered",[("III.3.a","Treo băng rôn, khẩu hiệu"),("III.3.b","Kẻ vẽ 02 pa nô lớn tuyên truyền về Cộng đồng ASEAN")]),
 area("A11","Trade, investment and tourism promotion; fairs","covered",[("III.6","tham gia gian hàng của tỉnh tại Hội chợ Du lịch quốc tế VITM Hà Nội năm 2020")], note="A fair in Vietnam for tourism promotion; no investment or trade promotion."),
 area("A12","Publications and leaflets with ASEAN content","partial",[("III.6","Biên soạn, in ấn 5.000 tờ rơi song ngữ Việt - Anh giới thiệu du lịch hồ Ba Bể")], note="The leaflets promote the district's tourism to ASEAN visitors; they do not carry ASEAN content."),
 area("A13","ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries","covered",[("II","Các sự kiện quan trọng của ASEAN trong năm 2019 - 2020; năm Chủ tịch ASEAN 2020 của Việt Nam và kỷ niệm 25 năm Việt Nam gia nhập ASEAN")]),
 area("A14","ASEAN itself: role, achievements, three pillars; countries and peoples","covered",[("II","Quá trình hình thành, phát triển, vai trò, vị thế của ASEAN; 3 trụ cột của Cộng đồng ASEAN; đất nước, con người các nước ASEAN")]),
 area("A15","Counter false and distorted information","missing"),
 area("A16","Promote the locality itself","covered",[("II","Tiềm năng, thế mạnh du lịch của huyện Ba Bể"),("III.6","Quảng bá du lịch Ba Bể tới du khách các nước ASEAN")])]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section IV KINH PHÍ THỰC HIỆN (ngân sách huyện, kinh phí thường xuyên, xã hội hóa; 65 triệu đồng)"),
 chk("S3","pass","section V TỔ CHỨC THỰC HIỆN with 7 assignments"),
 chk("S4","pass","report due 'trước ngày 30/11/2020' (V.1), also V.4 and V.6"),
 chk("S5","pass","every task III.1-III.7 has a lead (III.4 from the actors opening its text)"), chk("S6","pass","basis cites Quyết định 02/QĐ-BCĐASEAN")]
write(N, plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020, nắm bắt được cơ hội để phát triển, Fanpage ASEAN và Việt Nam"]})
