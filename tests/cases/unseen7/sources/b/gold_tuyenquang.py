from common import *
N = 'tuyen-quang_2147-KH-SVHTTDL_2021_asean-twoup'
P = lambda t, s, e: {"text": t, "start": s, "end": e}
meta = {"number": "2147/KH-SVHTTDL", "doc_type": "Kế hoạch", "issuer": "Sở Văn hóa, Thể thao và Du lịch tỉnh Tuyên Quang",
 "province": "Tuyên Quang", "issued": "2021-10-22",
 "title": "Thông tin, tuyên truyền về ASEAN trong lĩnh vực văn hóa, thể thao và du lịch giai đoạn 2021-2025 trên địa bàn tỉnh Tuyên Quang",
 "period": {"start": 2021, "end": 2025},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"}, {"number": "142/KH-UBND", "type": "Kế hoạch", "date": "2021-09-28"}],
 "signer": {"name": "Đặng Thị Hồng Nhung", "position": "Phó Giám đốc"}}
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("I.1","1.","Mục đích",2), S("I.2","2.","Yêu cầu",2),
 S("II","II.","NHIỆM VỤ CỤ THỂ",1,"tasks"),
 S("II.1","1.","Duy trì và phát triển Góc ASEAN tại Thư viện tỉnh",2),
 S("II.2","2.","Triển lãm ảnh \"Tuyên Quang - ASEAN: Kết nối di sản\"",2),
 S("II.3","3.","Tuyên truyền trực quan nhân Ngày thành lập ASEAN",2),
 S("II.4","4.","Quảng bá du lịch Tuyên Quang tới thị trường ASEAN",2),
 S("II.5","5.","Tham gia hội chợ, sự kiện xúc tiến du lịch khu vực",2),
 S("II.6","6.","Giao lưu văn hóa, thể thao với các nước ASEAN",2),
 S("II.7","7.","Cuộc thi tìm hiểu về ASEAN trong đoàn viên, thanh niên",2),
 S("II.8","8.","Bồi dưỡng kỹ năng cho đội ngũ tuyên truyền viên cơ sở",2),
 S("II.9","9.","Tuyên truyền trên Trang thông tin điện tử của Sở",2),
 S("III","III.","KINH PHÍ",1,"budget"), S("IV","IV.","TỔ CHỨC THỰC HIỆN",1,"organization"),
 S("IV.1","1.","Phòng Quản lý Văn hóa và Gia đình",2), S("IV.2","2.","Văn phòng Sở",2),
 S("IV.3","3.","Các phòng, đơn vị trực thuộc Sở",2),
 S("IV.4","4.","Đề nghị Ủy ban nhân dân các huyện, thành phố chỉ đạo Phòng Văn hóa và Thông tin phối hợp triển khai các nội dung liên quan tại địa phương",2)]
tt = {s['id']: s['title'] for s in sections}
VP = A("Văn phòng Sở", "Văn phòng Sở")
tasks = [
 T("II.1", tt["II.1"], [A("Thư viện tỉnh")], [A("Phòng Văn hóa và Thông tin các huyện, thành phố", coll=True)], P("2022 - 2025","2022-01-01","2025-12-31")),
 T("II.2", tt["II.2"], [A("Bảo tàng tỉnh")], [A("Hội Văn học Nghệ thuật tỉnh")]),
 T("II.3", tt["II.3"], [A("Trung tâm Văn hóa - Điện ảnh tỉnh")], [A("Ủy ban nhân dân thành phố Tuyên Quang")]),
 T("II.4", tt["II.4"], [A("Trung tâm Thông tin Xúc tiến Du lịch")], [A("Sở Ngoại vụ"), A("Hiệp hội Du lịch tỉnh")]),
 T("II.5", tt["II.5"], [A("Phòng Quản lý Du lịch")], [A("Trung tâm Thông tin Xúc tiến Du lịch")], note="'Thời gian: hằng năm' is not a window (spec): timeframe null, yearly recurring deadline."),
 T("II.6", tt["II.6"], [A("Phòng Quản lý Thể dục thể thao")], [A("Phòng Quản lý Văn hóa và Gia đình")]),
 T("II.7", tt["II.7"], [VP], [A("Đoàn Thanh niên Sở")]),
 T("II.8", tt["II.8"], [A("Phòng Quản lý Văn hóa và Gia đình")], [], note="'thời gian: quý II/2022 và quý II/2024' is two separate windows, not one span: kept as two period deadlines, timeframe null."),
 T("II.9", tt["II.9"], [VP], [])]
assignments = [
 ASG(A("Phòng Quản lý Văn hóa và Gia đình"), "IV.1", ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch; tổng hợp kết quả thực hiện, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông trước ngày 10/12 hằng năm"]),
 ASG(VP, "IV.2", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán năm của Sở; đăng tải Kế hoạch trên Trang thông tin điện tử của Sở"]),
 ASG(A("Các phòng, đơn vị trực thuộc Sở", coll=True), "IV.3", ["Căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết, gửi về Phòng Quản lý Văn hóa và Gia đình trước ngày 15/11/2021; báo cáo kết quả thực hiện 6 tháng trước ngày 10/6 hằng năm và báo cáo năm trước ngày 25/11 hằng năm"]),
 ASG(A("Ủy ban nhân dân các huyện, thành phố", coll=True), "IV.4", ["chỉ đạo Phòng Văn hóa và Thông tin phối hợp triển khai các nội dung liên quan tại địa phương"])]
deadlines = [
 D("2022 - 2025","period","II.1","Thời gian thực hiện",start="2022-01-01",end="2025-12-31"),
 D("quý III/2022","period","II.2","tổ chức triển lãm ảnh, hiện vật",start="2022-07-01",end="2022-09-30", note="'hoàn thành trong quý III/2022': completion window read as a period (the spec's 'quý II/2019' example), not a due date."),
 D("trước ngày 05/8 hằng năm","due","II.3","treo cờ ASEAN, pa nô, áp phích, băng rôn",due="--08-05",rec="yearly"),
 D("hằng năm","recurring","II.5","tham gia các hội chợ du lịch quốc tế",rec="yearly"),
 D("tháng 8/2023","period","II.7","tổ chức cuộc thi tìm hiểu về ASEAN trực tuyến",start="2023-08-01",end="2023-08-31"),
 D("quý II/2022","period","II.8","mở lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN",start="2022-04-01",end="2022-06-30"),
 D("quý II/2024","period","II.8","mở lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN",start="2024-04-01",end="2024-06-30"),
 D("định kỳ hàng tháng","recurring","II.9","cập nhật",rec="monthly"),
 D("trước ngày 10/12 hằng năm","due","IV.1","báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông",due="--12-10",rec="yearly"),
 D("trước ngày 15/11/2021","due","IV.3","xây dựng kế hoạch chi tiết, gửi về Phòng Quản lý Văn hóa và Gia đình",due="2021-11-15"),
 D("trước ngày 10/6 hằng năm","due","IV.3","báo cáo kết quả thực hiện 6 tháng",due="--06-10",rec="yearly"),
 D("trước ngày 25/11 hằng năm","due","IV.3","báo cáo năm",due="--11-25",rec="yearly")]
budget = {"present": True, "section": "III", "sources": ["state_budget","unit_budget","socialization"],
 "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao trong dự toán của Sở và các đơn vị trực thuộc; lồng ghép trong kinh phí thực hiện nhiệm vụ chuyên môn; khuyến khích huy động nguồn xã hội hóa theo quy định", "section": "III"}], "amounts": []}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "2-up scan: two A5 pages per A4 landscape sheet; reading order is left page then right page on each sheet. Ngày thành lập ASEAN is an event, not a deadline; 'dự toán năm' in IV.2 is not a deadline."}
areas = [
 area("B01","Annual ASEAN theme; three pillars; Vietnam's contribution","covered",[("II.1","bổ sung sách, báo, tài liệu về ASEAN, về 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và đóng góp của Việt Nam trong ASEAN")], note="Also 'bám sát Chủ đề ASEAN theo từng năm' in I.2."),
 area("B02","ASEAN cooperation against COVID-19 and recovery","partial",[("II.9","đăng tải tin, bài về hợp tác ASEAN trong ứng phó với đại dịch COVID-19, phục hồi du lịch sau dịch")], note="Only a topic of the portal column."),
 area("B03","Real-life stories, exemplary people; ASEAN awards","covered",[("II.9","giới thiệu những câu chuyện thực tiễn, nhân vật điển hình trong ngành hưởng lợi từ hợp tác ASEAN")], note="Own verb clause inside II.9; no awards."),
 area("B04","ASEAN Community identity and belonging","covered",[("II.2","tổ chức triển lãm ảnh, hiện vật giới thiệu bản sắc Cộng đồng ASEAN và sự tương đồng văn hóa")], note="The whole exhibition task is about identity and cultural similarity."),
 area("B05","Promote the province to ASEAN members and partners","covered",[("II.4","xây dựng video, ấn phẩm song ngữ giới thiệu tiềm năng, thế mạnh du lịch của tỉnh")]),
 area("B06","New fields: e-commerce, value chains, single window, labour mobility, digital economy","missing"),
 area("B07","Portals and new media","covered",[("II.9","duy trì chuyên mục \"ASEAN - Tuyên Quang hội nhập\" trên Trang thông tin điện tử của Sở và mạng xã hội")]),
 area("B08","Visual propaganda on ASEAN days","covered",[("II.3","treo cờ ASEAN, pa nô, áp phích, băng rôn")]),
 area("B09","Training and capacity building for propaganda staff","covered",[("II.8","mở lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN")]),
 area("B10","Contests and youth activities on ASEAN","covered",[("II.7","tổ chức cuộc thi tìm hiểu về ASEAN trực tuyến dành cho đoàn viên, thanh niên và học sinh, sinh viên")]),
 area("B11","Culture, sports, fairs, exhibitions, investment and tourism promotion","covered",[("II.6","tổ chức các hoạt động giao lưu văn hóa, thể thao với các đoàn nghệ thuật, vận động viên của các nước ASEAN"),("II.5","tham gia các hội chợ du lịch quốc tế và các sự kiện xúc tiến du lịch trong khu vực ASEAN")]),
 area("B12","Counter distorted views","missing"),
 area("B13","Coordination among departments, localities, organisations and media","partial",[("IV.4","chỉ đạo Phòng Văn hóa và Thông tin phối hợp triển khai các nội dung liên quan tại địa phương")], note="Only the request to districts to coordinate; no strengthened information-coordination mechanism.")]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section III KINH PHÍ"),
 chk("S3","pass","section IV with 4 assignments"), chk("S4","pass","report due 'trước ngày 10/12 hằng năm' (IV.1) and 10/6, 25/11 (IV.3)"),
 chk("S5","pass","every task II.1-II.9 has a lead"), chk("S6","pass","basis cites 1160/QĐ-TTg")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2021-2025", "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19"]})
