# Hand gold for the Sơn La shaded-header LibreOffice PDF.
from common import *
N = 'son-la_1890-KH-SVHTTDL_2022_asean-shadedpdf'
P = lambda t, s, e: {"text": t, "start": s, "end": e}
meta = {"number": "1890/KH-SVHTTDL", "doc_type": "Kế hoạch", "issuer": "Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La", "province": "Sơn La",
 "issued": "2022-08-25", "title": "Thông tin, tuyên truyền về ASEAN trong lĩnh vực văn hóa, thể thao và du lịch giai đoạn 2022 - 2025",
 "period": {"start": 2022, "end": 2025},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"}, {"number": "235/KH-UBND", "type": "Kế hoạch", "date": "2021-10-05"}],
 "signer": {"name": "Lò Văn Thanh", "position": "Phó Giám đốc"}}
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("II","II.","NỘI DUNG TUYÊN TRUYỀN",1,"content"),
 S("III","III.","NHIỆM VỤ CỤ THỂ",1,"tasks"), S("IV","IV.","KINH PHÍ THỰC HIỆN",1,"budget"),
 S("V","V.","TỔ CHỨC THỰC HIỆN",1,"organization"), S("V.1","1.","Văn phòng Sở",2),
 S("V.2","2.","Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc Sở",2),
 S("V.3","3.","Đề nghị Phòng Văn hóa và Thông tin các huyện, thành phố",2)]
TR = [
 "Tuyên truyền cổ động trực quan: treo cờ ASEAN, pa nô, áp phích nhân kỷ niệm Ngày thành lập ASEAN (08/8) tại trung tâm thành phố Sơn La và các khu, điểm du lịch",
 "Xây dựng chuyên mục “Sơn La - ASEAN” trên Trang thông tin điện tử của Sở; đăng tải tin, bài lên mạng xã hội và các nền tảng số",
 "Tổ chức Tuần Văn hóa - Du lịch Sơn La gắn với giao lưu văn hóa, thể thao với các tỉnh Bắc Lào",
 "Tham gia hội chợ, triển lãm du lịch quốc tế VITM Hà Nội; tổ chức đoàn xúc tiến du lịch tại Lào, Thái Lan",
 "Trưng bày sách, ảnh “ASEAN - Đoàn kết và hợp tác” tại Thư viện tỉnh; duy trì Góc ASEAN tại phòng đọc thiếu nhi",
 "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho cán bộ văn hóa cơ sở và hướng dẫn viên du lịch",
 "Phối hợp tổ chức Cuộc thi tìm hiểu về Cộng đồng ASEAN cho học sinh, sinh viên trên địa bàn tỉnh",
 "Giới thiệu các mô hình du lịch cộng đồng bản Áng, bản Hua Tạt đến du khách các nước ASEAN, qua câu chuyện thực tiễn của các hộ làm du lịch"]
VP = A("Văn phòng Sở"); QLDL = A("Phòng Quản lý du lịch"); QLVH = A("Phòng Quản lý văn hóa"); TTVH = A("Trung tâm Văn hóa tỉnh")
MC = A("Ủy ban nhân dân huyện Mộc Châu", "UBND huyện Mộc Châu")
tasks = [
 T("III.1", TR[0], [TTVH], [A("Phòng Văn hóa và Thông tin các huyện, thành phố", coll=True)], None,
   note="Time cell 'Tháng 8 hằng năm' recurs every year: not a single window, so timeframe null; kept as a yearly period deadline."),
 T("III.2", TR[1], [VP], [QLDL], None, note="'Thường xuyên' is not a window. The content cell breaks across the page: 'Xây dựng chuyên mục “Sơn La - ASEAN” trên Trang thông tin' ends page 1's part of the table, the repeated header row follows, then 'điện tử của Sở; …' opens page 2's part; the title joins the two halves."),
 T("III.3", TR[2], [QLVH], [A("Sở Ngoại vụ"), MC], P("Quý IV/2023", "2023-10-01", "2023-12-31")),
 T("III.4", TR[3], [A("Trung tâm Thông tin xúc tiến du lịch")], [QLDL], P("2022 - 2025", "2022-01-01", "2025-12-31")),
 T("III.5", TR[4], [A("Thư viện tỉnh")], [A("Bảo tàng tỉnh")], P("Năm 2022", "2022-01-01", "2022-12-31")),
 T("III.6", TR[5], [QLVH], [TTVH], P("Quý II/2023", "2023-04-01", "2023-06-30")),
 T("III.7", TR[6], [VP], [A("Sở Giáo dục và Đào tạo"), A("Tỉnh đoàn Sơn La")], P("Năm 2024", "2024-01-01", "2024-12-31")),
 T("III.8", TR[7], [QLDL], [MC, A("Ủy ban nhân dân huyện Vân Hồ", "UBND huyện Vân Hồ")], P("2023 - 2025", "2023-01-01", "2025-12-31"))]
assignments = [
 ASG(VP, "V.1", ["Là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch", "tổng hợp, báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 25/11 hằng năm"]),
 ASG(A("Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc Sở", coll=True), "V.2", ["Căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết", "báo cáo kết quả về Văn phòng Sở trước ngày 15/11 hằng năm"]),
 ASG(A("Phòng Văn hóa và Thông tin các huyện, thành phố", coll=True), "V.3", ["Phối hợp tổ chức các hoạt động tuyên truyền về ASEAN tại địa phương"])]
deadlines = [
 D("Tháng 8 hằng năm","period","III.1",TR[0],start="--08-01",end="--08-31",rec="yearly", note="A yearly window, written with --MM-DD bounds as in earlier sets."),
 D("Quý IV/2023","period","III.3",TR[2],start="2023-10-01",end="2023-12-31"),
 D("2022 - 2025","period","III.4",TR[3],start="2022-01-01",end="2025-12-31"),
 D("Năm 2022","period","III.5",TR[4],start="2022-01-01",end="2022-12-31"),
 D("Quý II/2023","period","III.6",TR[5],start="2023-04-01",end="2023-06-30"),
 D("Năm 2024","period","III.7",TR[6],start="2024-01-01",end="2024-12-31"),
 D("2023 - 2025","period","III.8",TR[7],start="2023-01-01",end="2025-12-31"),
 D("trước ngày 25/11 hằng năm","due","V.1","tổng hợp, báo cáo kết quả về Sở Thông tin và Truyền thông",due="--11-25",rec="yearly"),
 D("trước ngày 15/11 hằng năm","due","V.2","báo cáo kết quả về Văn phòng Sở",due="--11-15",rec="yearly")]
budget = {"present": True, "section": "IV", "sources": ["unit_budget", "socialization"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí thường xuyên của Sở và các đơn vị sự nghiệp trực thuộc, lồng ghép trong các chương trình, đề án của ngành; huy động nguồn xã hội hóa theo quy định", "section": "IV"}],
 "amounts": [{"text": "85 triệu đồng", "vnd": 85000000}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Section III is a body task table (STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện) that runs over a page break with its shaded header row repeated; rows are tasks III.1-III.8 and not sections. The shaded header band is a one-row table. 'Năm 2022 dự kiến 85 triệu đồng' dates a budget estimate, not a deadline."}
areas = [
 area("B01","Annual ASEAN theme; three pillars; Vietnam's contribution","covered",[("II","Chủ đề ASEAN theo từng năm; kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và đóng góp của Việt Nam")], note="An own bullet of the content section."),
 area("B02","ASEAN cooperation against COVID-19 and recovery","missing"),
 area("B03","Real-life stories, exemplary people; ASEAN awards","partial",[("III.8","qua câu chuyện thực tiễn của các hộ làm du lịch")], note="A qualifier inside the tourism-promotion task; no task commits to stories or exemplary people showing ASEAN's benefits."),
 area("B04","ASEAN Community identity and belonging","covered",[("II","Bản sắc Cộng đồng ASEAN, những nét tương đồng về văn hóa giữa các dân tộc tỉnh Sơn La với nhân dân các nước ASEAN")]),
 area("B05","Promote the province to ASEAN members and partners","covered",[("II","Tiềm năng, thế mạnh, cơ hội đầu tư, du lịch của tỉnh Sơn La"),("III.8","Giới thiệu các mô hình du lịch cộng đồng bản Áng, bản Hua Tạt đến du khách các nước ASEAN")]),
 area("B06","New fields: e-commerce, value chains, single window, labour mobility, digital economy","missing"),
 area("B07","Portals and new media","covered",[("III.2","đăng tải tin, bài lên mạng xã hội và các nền tảng số")]),
 area("B08","Visual propaganda on ASEAN days","covered",[("III.1","treo cờ ASEAN, pa nô, áp phích nhân kỷ niệm Ngày thành lập ASEAN (08/8)")]),
 area("B09","Training and capacity building for propaganda staff","covered",[("III.6","Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho cán bộ văn hóa cơ sở và hướng dẫn viên du lịch")]),
 area("B10","Contests and youth activities on ASEAN","covered",[("III.7","Phối hợp tổ chức Cuộc thi tìm hiểu về Cộng đồng ASEAN cho học sinh, sinh viên trên địa bàn tỉnh")]),
 area("B11","Culture, sports, fairs, exhibitions, investment and tourism promotion","covered",[("III.3","giao lưu văn hóa, thể thao với các tỉnh Bắc Lào"),("III.4","Tham gia hội chợ, triển lãm du lịch quốc tế VITM Hà Nội")]),
 area("B12","Counter distorted views","missing"),
 area("B13","Coordination among departments, localities, organisations and media","partial",[("I","Tăng cường công tác phối hợp thông tin giữa các phòng, đơn vị thuộc Sở với các sở, ngành, địa phương và cơ quan báo chí")], note="Only a requirement in section I.")]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section IV KINH PHÍ THỰC HIỆN (kinh phí thường xuyên, xã hội hóa; 85 triệu đồng)"),
 chk("S3","pass","section V TỔ CHỨC THỰC HIỆN with 3 assignments"),
 chk("S4","pass","reports due 'trước ngày 25/11 hằng năm' (V.1) and 'trước ngày 15/11 hằng năm' (V.2)"),
 chk("S5","pass","every table row III.1-III.8 has an 'Đơn vị chủ trì'"), chk("S6","pass","basis cites Quyết định 1160/QĐ-TTg (and Sơn La's plan 235/KH-UBND)")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2022-2025 inside 2021-2025", "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; 3 trụ cột as content frame"]})
