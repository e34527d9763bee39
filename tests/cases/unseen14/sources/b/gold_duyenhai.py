# Hand gold for the Duyên Hải plan saved from Word as plain text (tab-separated table rows, CRLF, BOM).
from common import *
N = 'tra-vinh_duyen-hai_95-KH-UBND_2022_asean-wordtabtxt'
P = lambda t, s, e: {"text": t, "start": s, "end": e}
meta = {"number": "95/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân thị xã Duyên Hải", "province": "Trà Vinh",
 "issued": "2022-04-15", "title": "Thông tin, tuyên truyền về ASEAN năm 2022 trên địa bàn thị xã Duyên Hải", "period": {"start": 2022, "end": 2022},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"}, {"number": "58/KH-UBND", "type": "Kế hoạch", "date": "2021-09-24"}],
 "signer": {"name": "Thạch Thị Sa Rinh", "position": "Phó Chủ tịch"}}
V = ["Phòng Văn hóa và Thông tin thị xã", "Phòng Tài chính - Kế hoạch thị xã", "Trung tâm Văn hóa, Thông tin và Thể thao thị xã",
 "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã, Thị đoàn, Hội Liên hiệp Phụ nữ thị xã", "Ủy ban nhân dân các xã, phường"]
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("II","II.","NỘI DUNG TUYÊN TRUYỀN",1,"content"), S("III","III.","NHIỆM VỤ CỤ THỂ",1,"tasks"),
 S("IV","IV.","KINH PHÍ THỰC HIỆN",1,"budget"), S("V","V.","TỔ CHỨC THỰC HIỆN",1,"organization")]
sections += [S(f"V.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(V)]
TA = ["Xây dựng chuyên mục “ASEAN - Cộng đồng chung” phát sóng trên Đài Truyền thanh thị xã bằng tiếng Việt và tiếng Khmer",
 "Đăng tải tin, bài về ASEAN trên Trang thông tin điện tử thị xã; chia sẻ trên trang Zalo, Facebook “Duyên Hải ngày mới”",
 "Tuyên truyền trên hệ thống loa truyền thanh các xã, phường",
 "Treo cờ ASEAN, băng rôn, pa nô chào mừng 55 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2022) tại trục đường chính phường 1"]
TB = ["Tổ chức Cuộc thi tìm hiểu về ASEAN trực tuyến cho học sinh các trường THCS, THPT trên địa bàn thị xã",
 "Lồng ghép giới thiệu văn hóa các nước ASEAN trong Lễ hội Ok Om Bok của đồng bào Khmer; giao lưu văn nghệ, thể thao giữa các phum, sóc",
 "Thông tin về cơ hội việc làm, dịch chuyển lao động có kỹ năng trong ASEAN cho thanh niên, lao động nông thôn",
 "Giới thiệu cơ hội đầu tư vào Khu kinh tế Định An, các dự án điện gió ven biển và du lịch Ba Động trên Trang thông tin điện tử thị xã (bản tiếng Anh)",
 "Cử cán bộ tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Sở Thông tin và Truyền thông tổ chức"]
VH = A("Phòng Văn hóa và Thông tin thị xã"); TT = A("Trung tâm Văn hóa, Thông tin và Thể thao thị xã")
VP = A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã", "Văn phòng HĐND và UBND thị xã"); TD = A("Thị đoàn Duyên Hải")
tasks = [
 T("III.A.1", TA[0], [TT], [VH], None, note="'Hằng tháng' recurs: not a window; kept as a monthly recurring deadline."),
 T("III.A.2", TA[1], [VP], [VH], None, note="Content cell of two Word paragraphs: the row breaks over two text lines. 'Thường xuyên' is not a window."),
 T("III.A.3", TA[2], [A("Ủy ban nhân dân các xã, phường", "UBND các xã, phường", True)], [TT], P("Năm 2022", "2022-01-01", "2022-12-31")),
 T("III.A.4", TA[3], [VH], [A("Ủy ban nhân dân phường 1", "UBND phường 1"), A("Ủy ban nhân dân phường 2", "UBND phường 2")], P("Tháng 8/2022", "2022-08-01", "2022-08-31")),
 T("III.B.1", TB[0], [A("Phòng Giáo dục và Đào tạo thị xã")], [TD], P("Quý III/2022", "2022-07-01", "2022-09-30")),
 T("III.B.2", TB[1], [VH], [TT, A("Ủy ban nhân dân xã Long Toàn", "UBND xã Long Toàn")], P("Tháng 11/2022", "2022-11-01", "2022-11-30")),
 T("III.B.3", TB[2], [A("Phòng Lao động - Thương binh và Xã hội thị xã")], [TD, A("Hội Liên hiệp Phụ nữ thị xã")], P("Quý II - Quý III/2022", "2022-04-01", "2022-09-30")),
 T("III.B.4", TB[3], [A("Phòng Kinh tế thị xã")], [VP], P("Năm 2022", "2022-01-01", "2022-12-31")),
 T("III.B.5", TB[4], [VH], [A("Phòng Nội vụ thị xã")], None, note="'Theo kế hoạch của Sở' gives no window.")]
assignments = [
 ASG(VH, "V.1", ["Chủ trì, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch", "tổng hợp kết quả, báo cáo Ủy ban nhân dân thị xã và Sở Thông tin và Truyền thông trước ngày 05/12/2022"]),
 ASG(A("Phòng Tài chính - Kế hoạch thị xã"), "V.2", ["Thẩm định, tham mưu phân bổ kinh phí thực hiện Kế hoạch"]),
 ASG(TT, "V.3", ["Xây dựng, phát sóng chuyên mục về ASEAN", "hằng quý báo cáo kết quả về Phòng Văn hóa và Thông tin thị xã"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam thị xã"), "V.4", ["Lồng ghép tuyên truyền về ASEAN trong sinh hoạt đoàn viên, hội viên"]),
 ASG(A("Thị đoàn Duyên Hải", "Thị đoàn"), "V.4", ["Lồng ghép tuyên truyền về ASEAN trong sinh hoạt đoàn viên, hội viên"]),
 ASG(A("Hội Liên hiệp Phụ nữ thị xã"), "V.4", ["Lồng ghép tuyên truyền về ASEAN trong sinh hoạt đoàn viên, hội viên"]),
 ASG(A("Ủy ban nhân dân các xã, phường", coll=True), "V.5", ["Tổ chức tuyên truyền tại địa phương", "báo cáo kết quả về Phòng Văn hóa và Thông tin thị xã trước ngày 25/11/2022"])]
deadlines = [
 D("Hằng tháng", "recurring", "III.A.1", TA[0], rec="monthly"),
 D("Năm 2022", "period", "III.A.3", TA[2], start="2022-01-01", end="2022-12-31"),
 D("Tháng 8/2022", "period", "III.A.4", TA[3], start="2022-08-01", end="2022-08-31"),
 D("Quý III/2022", "period", "III.B.1", TB[0], start="2022-07-01", end="2022-09-30"),
 D("Tháng 11/2022", "period", "III.B.2", TB[1], start="2022-11-01", end="2022-11-30"),
 D("Quý II - Quý III/2022", "period", "III.B.3", TB[2], start="2022-04-01", end="2022-09-30"),
 D("Năm 2022", "period", "III.B.4", TB[3], start="2022-01-01", end="2022-12-31"),
 D("trước ngày 05/12/2022", "due", "V.1", "tổng hợp kết quả, báo cáo Ủy ban nhân dân thị xã và Sở Thông tin và Truyền thông", due="2022-12-05"),
 D("hằng quý", "recurring", "V.3", "báo cáo kết quả về Phòng Văn hóa và Thông tin thị xã", rec="quarterly"),
 D("trước ngày 25/11/2022", "due", "V.5", "báo cáo kết quả về Phòng Văn hóa và Thông tin thị xã", due="2022-11-25")]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "socialization"],
 "clauses": [{"text": "Kinh phí thực hiện từ nguồn kinh phí sự nghiệp văn hóa - thông tin thị xã năm 2022 đã giao cho các cơ quan, đơn vị (tổng dự kiến 45.000.000 đồng) và nguồn xã hội hóa", "section": "IV"}],
 "amounts": [{"text": "45.000.000 đồng", "vnd": 45000000}],
 "note": "'kinh phí sự nghiệp văn hóa - thông tin thị xã … đã giao' is a line of the town's state budget estimate, read as state_budget (unit_budget is arguable)."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Word plain-text export: the header and signature tables and the body task table of III are TAB-separated rows; a cell with two paragraphs puts a CRLF inside its row. Task table TT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện with group rows A and B and TT restarting under each: ids III.A.n / III.B.n; group, header rows and task rows are not sections."}
areas = [
 area("B01","Annual ASEAN theme; three pillars; Vietnam's contribution","covered",[("II","Chủ đề năm ASEAN 2022 “ASEAN hành động: Cùng giải quyết thách thức” do Campuchia đảm nhiệm vai trò Chủ tịch; kết quả hợp tác trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội")], note="No word on Vietnam's contribution; the theme and pillars are an own bullet."),
 area("B02","ASEAN cooperation against COVID-19 and recovery","covered",[("II","Hợp tác ASEAN trong ứng phó và phục hồi sau đại dịch COVID-19")]),
 area("B03","Real-life stories, exemplary people; ASEAN awards","missing"),
 area("B04","ASEAN Community identity and belonging","covered",[("II","Những nét tương đồng văn hóa giữa đồng bào Khmer Nam Bộ với nhân dân các nước ASEAN; bản sắc Cộng đồng ASEAN"),("III.B.2","Lồng ghép giới thiệu văn hóa các nước ASEAN trong Lễ hội Ok Om Bok của đồng bào Khmer")]),
 area("B05","Promote the province to ASEAN members and partners","covered",[("III.B.4",TB[3])]),
 area("B06","New fields: e-commerce, value chains, single window, labour mobility, digital economy","covered",[("III.B.3","Thông tin về cơ hội việc làm, dịch chuyển lao động có kỹ năng trong ASEAN")], note="Labour mobility and jobs only."),
 area("B07","Portals and new media","covered",[("III.A.2",TA[1])]),
 area("B08","Visual propaganda on ASEAN days","covered",[("III.A.4","Treo cờ ASEAN, băng rôn, pa nô chào mừng 55 năm Ngày thành lập ASEAN")]),
 area("B09","Training and capacity building for propaganda staff","covered",[("III.B.5",TB[4])]),
 area("B10","Contests and youth activities on ASEAN","covered",[("III.B.1",TB[0])]),
 area("B11","Culture, sports, fairs, exhibitions, investment and tourism promotion","covered",[("III.B.2","giao lưu văn nghệ, thể thao giữa các phum, sóc"),("III.B.4","Giới thiệu cơ hội đầu tư vào Khu kinh tế Định An")]),
 area("B12","Counter distorted views","missing"),
 area("B13","Coordination among departments, localities, organisations and media","partial",[("I","Phát huy sự phối hợp giữa các cơ quan, đơn vị thị xã với Ủy ban nhân dân các xã, phường trong triển khai thực hiện")], note="Only a requirement in section I.")]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section IV KINH PHÍ THỰC HIỆN (kinh phí sự nghiệp, xã hội hóa; 45.000.000 đồng)"),
 chk("S3","pass","section V TỔ CHỨC THỰC HIỆN with 7 assignments"), chk("S4","pass","report due 'trước ngày 05/12/2022' (V.1), also V.5"),
 chk("S5","pass","every table row has a 'Cơ quan chủ trì'"), chk("S6","pass","basis cites Quyết định 1160/QĐ-TTg (and Trà Vinh's plan 58/KH-UBND)")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2022 inside 2021-2025", "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; 3 trụ cột"]})
