from common import *
N = 'vinh-phuc_vinh-yen_lien-bao_87-KH-UBND_2019_asean-clerktxt'
def PER(n, text=None): return {"name": n, "text": text or n, "collective": False, "person": True}
meta = {"number": "87/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân phường Liên Bảo", "province": "Vĩnh Phúc", "issued": "2019-09-12",
 "title": "Tuyên truyền về Cộng đồng ASEAN trên địa bàn phường Liên Bảo giai đoạn 2019-2020", "period": {"start": 2019, "end": 2020},
 "basis": [{"number": "4521/KH-UBND", "type": "Kế hoạch", "date": "2019-07-22"}, {"number": "215/KH-UBND", "type": "Kế hoạch", "date": "2019-08-20"}],
 "signer": {"name": "Phùng Quang Minh", "position": "Chủ tịch"},
 "note": "Province from the basis ('UBND tỉnh Vĩnh Phúc') and the parent line 'UBND THÀNH PHỐ VĨNH YÊN' (a city of Vĩnh Phúc); the header itself names no province."}
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("II","II.","NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN",1,"content"),
 S("III","III.","CÁC HOẠT ĐỘNG HƯỞNG ỨNG",1,"tasks"), S("IV","IV.","KINH PHÍ",1,"budget"), S("V","V.","TỔ CHỨC THỰC HIỆN",1,"organization")]
VHXH = PER("Công chức Văn hóa - Xã hội")
alt = [
 T("II#1", "Tuyên truyền trên hệ thống loa truyền thanh của phường về ASEAN, các nước thành viên, 3 trụ cột của Cộng đồng ASEAN, mỗi tuần 02 buổi", [A("Đài Truyền thanh phường")], [VHXH]),
 T("II#2", "Giao Trung tâm Văn hóa - Thể thao phường treo băng rôn, khẩu hiệu chào mừng năm Việt Nam là Chủ tịch ASEAN 2020 tại trụ sở UBND phường và trên đường Kim Ngọc, hoàn thành trước ngày 31/12/2019", [A("Trung tâm Văn hóa - Thể thao phường")]),
 T("II#3", "Lồng ghép nội dung về ASEAN vào các buổi sinh hoạt của Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Đoàn Thanh niên phường và các cuộc họp tổ dân phố", [A("Ủy ban Mặt trận Tổ quốc phường")], [A("Các đoàn thể phường", "các đoàn thể phường", True), A("Trưởng các tổ dân phố", coll=True)]),
 T("II#4", "Cấp phát tờ rơi, tài liệu hỏi - đáp về ASEAN do thành phố cung cấp đến 14 tổ dân phố trước ngày 15/11/2019", [VHXH]),
 T("III#1", "Giao Trường THCS Liên Bảo, Trường Tiểu học Liên Bảo tổ chức hoạt động ngoại khóa tìm hiểu về ASEAN cho học sinh", [A("Trường Trung học cơ sở Liên Bảo", "Trường THCS Liên Bảo"), A("Trường Tiểu học Liên Bảo")]),
 T("III#2", "Giao Đoàn Thanh niên phường phối hợp với Trường THCS Liên Bảo xây dựng Góc ASEAN tại Nhà văn hóa phường, hoàn thành trước ngày 30/6/2020", [A("Đoàn Thanh niên phường")], [A("Trường Trung học cơ sở Liên Bảo", "Trường THCS Liên Bảo")]),
 T("III#3", "Tổ chức giao lưu văn nghệ, giải bóng chuyền hơi chào mừng Ngày thành lập ASEAN, tổ chức trong tháng 8/2020", [A("Trung tâm Văn hóa - Thể thao phường")], [A("Hội Người cao tuổi phường")], {"text": "tháng 8/2020", "start": "2020-08-01", "end": "2020-08-31"}),
 T("III#4", "Giao Công chức Văn hóa - Xã hội giới thiệu cho các hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn thông tin về cam kết thương mại trong ASEAN, thương mại điện tử và cơ hội kinh doanh với các nước ASEAN", [VHXH]),
 T("III#5", "Nắm tình hình dư luận nhân dân, kịp thời phát hiện, phản bác thông tin sai trái, xuyên tạc về ASEAN và quan hệ Việt Nam - ASEAN", [A("Công an phường")], [VHXH])]
assignments = [
 ASG(VHXH, "V", ["là đầu mối theo dõi, đôn đốc thực hiện kế hoạch; tổng hợp kết quả, tham mưu UBND phường báo cáo trước ngày 05/12/2019 và trước ngày 05/11/2020"]),
 ASG(PER("Công chức Tài chính - Kế toán"), "V", ["tham mưu bố trí kinh phí thực hiện kế hoạch"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc phường"), "V", ["phối hợp triển khai tới đoàn viên, hội viên"]),
 ASG(A("Các đoàn thể phường", "các đoàn thể phường", True), "V", ["phối hợp triển khai tới đoàn viên, hội viên"]),
 ASG(A("Trưởng các tổ dân phố", coll=True), "V", ["có trách nhiệm tuyên truyền tới các hộ gia đình, báo cáo kết quả về UBND phường (qua Công chức Văn hóa - Xã hội) trước ngày 30/11 hằng năm"]),
 ASG(A("Ủy ban nhân dân phường", "UBND phường"), "V", ["báo cáo kết quả thực hiện về UBND thành phố (qua Phòng Văn hóa và Thông tin) trước ngày 10/12/2019 và trước ngày 10/11/2020"])]
deadlines = [
 D("mỗi tuần 02 buổi","recurring","II","Tuyên truyền trên hệ thống loa truyền thanh của phường",rec="weekly"),
 D("trước ngày 31/12/2019","due","II","treo băng rôn, khẩu hiệu",due="2019-12-31"),
 D("trước ngày 15/11/2019","due","II","Cấp phát tờ rơi, tài liệu hỏi - đáp về ASEAN",due="2019-11-15"),
 D("trước ngày 30/4/2020","due","III","gửi bài dự thi",due="2020-04-30"),
 D("trước ngày 30/6/2020","due","III","xây dựng Góc ASEAN tại Nhà văn hóa phường",due="2020-06-30"),
 D("tháng 8/2020","period","III","Tổ chức giao lưu văn nghệ, giải bóng chuyền hơi",start="2020-08-01",end="2020-08-31"),
 D("trước ngày 05/12/2019","due","V","tham mưu UBND phường báo cáo",due="2019-12-05"),
 D("trước ngày 05/11/2020","due","V","tham mưu UBND phường báo cáo",due="2020-11-05"),
 D("trước ngày 30/11 hằng năm","due","V","báo cáo kết quả về UBND phường",due="--11-30",rec="yearly"),
 D("trước ngày 10/12/2019","due","V","báo cáo kết quả thực hiện về UBND thành phố",due="2019-12-10"),
 D("trước ngày 10/11/2020","due","V","báo cáo kết quả thực hiện về UBND thành phố",due="2020-11-10")]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "socialization"],
 "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách phường năm 2019, năm 2020, dự kiến 15.000.000 đồng; huy động thêm nguồn xã hội hóa từ các doanh nghiệp, hộ kinh doanh trên địa bàn", "section": "IV"}],
 "amounts": [{"text": "15.000.000 đồng", "vnd": 15000000}],
 "note": "'nguồn xã hội hóa từ các doanh nghiệp' coded socialization only (the wording names xã hội hóa; enterprise would double-count)."}
plan = {"meta": meta, "sections": sections, "tasks": [], "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "alt_tasks": alt,
 "note": "SPEC CALL: every activity is a '- ' bullet directly under a Roman section; the spec defines a task as a numbered Arabic item and says bullets are never sections, so 'tasks' is []. 'alt_tasks' (extra key, not scored) gives the bullet-as-task reading the brief intended (ids <section>#<n>; lead from 'Giao X' or '(Chủ trì: …)', support from 'phối hợp: …' / 'phối hợp với X'; the two 'Công chức …' leads are civil-servant positions, person: true). Assignments: the five bullets of V ('Giao X', 'Đề nghị X và Y', a bullet opening with the agency); 'Giao …' bullets in II/III are outside the organization section and are not assignments. The delivered .txt has CRLF line ends (Windows clerk); the source keeps LF."}
areas = [
 area("A01","Coordination mechanism; orienting the press","missing"),
 area("A02","Share data with the ASEAN Vietnam portal","missing"),
 area("A03","New media: app, Fanpage, social networks","missing"),
 area("A04","Integrate ASEAN into talks, meetings, mass organisations","covered",[("II","Lồng ghép nội dung về ASEAN vào các buổi sinh hoạt của Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh, Đoàn Thanh niên phường và các cuộc họp tổ dân phố")]),
 area("A05","Train propaganda staff","missing"),
 area("A06","Business outreach on the economic pillar","covered",[("III","giới thiệu cho các hộ kinh doanh, doanh nghiệp nhỏ trên địa bàn thông tin về cam kết thương mại trong ASEAN, thương mại điện tử và cơ hội kinh doanh với các nước ASEAN")]),
 area("A07","Youth and schools","covered",[("III","tổ chức hoạt động ngoại khóa tìm hiểu về ASEAN cho học sinh; vận động học sinh tham gia cuộc thi tìm hiểu về ASEAN")]),
 area("A08","ASEAN Corners","covered",[("III","xây dựng Góc ASEAN tại Nhà văn hóa phường")]),
 area("A09","Press, broadcasting and portal","covered",[("II","Tuyên truyền trên hệ thống loa truyền thanh của phường về ASEAN")], note="Ward loudspeaker system is the commune's broadcasting channel; no press or portal. 'partial' arguable."),
 area("A10","Culture, sports exchanges; exhibitions; visual propaganda","covered",[("II","treo băng rôn, khẩu hiệu chào mừng năm Việt Nam là Chủ tịch ASEAN 2020"),("III","Tổ chức giao lưu văn nghệ, giải bóng chuyền hơi chào mừng Ngày thành lập ASEAN")]),
 area("A11","Trade, investment, tourism promotion; fairs","missing"),
 area("A12","Publications and leaflets","covered",[("II","Cấp phát tờ rơi, tài liệu hỏi - đáp về ASEAN")]),
 area("A13","ASEAN calendar: Chairmanship 2020, anniversaries","covered",[("II","chào mừng năm Việt Nam là Chủ tịch ASEAN 2020")], note="Banners for the Chairmanship year are an own bullet; the purpose also names it."),
 area("A14","ASEAN itself: role, pillars, countries","covered",[("II","về ASEAN, các nước thành viên, 3 trụ cột của Cộng đồng ASEAN")], note="The loudspeaker bullet commits to content on members and the three pillars."),
 area("A15","Counter false information; public opinion","covered",[("III","Nắm tình hình dư luận nhân dân, kịp thời phát hiện, phản bác thông tin sai trái, xuyên tạc về ASEAN")]),
 area("A16","Promote the province itself","missing")]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section IV KINH PHÍ (15.000.000 đồng)"),
 chk("S3","pass","section V with 6 assignments"), chk("S4","pass","reports due 05/12/2019, 05/11/2020, 30/11 yearly, 10/12/2019, 10/11/2020"),
 chk("S5","pass","no numbered tasks (vacuous); under the bullet reading every activity names a lead", note="Same verdict under both readings."),
 chk("S6","pass","basis cites Kế hoạch 4521/KH-UBND (22/7/2019), Vĩnh Phúc's provincial plan 'về tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020' (and the city plan 215/KH-UBND)", note="Like the Kiên Giang precedent (S6 passes through the provincial umbrella plan). The text never names 02/QĐ-BCĐASEAN; that 4521/KH-UBND implements it is inferred from its subject and period.")]
write(N, plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["implements the provincial and city ASEAN plans for 2019-2020", "period 2019-2020", "fingerprint: Chủ tịch ASEAN 2020"]})
