# Hand gold for the Cái Bè Huyện Đoàn (Tiền Giang) PDF. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'tien-giang_cai-be_52-KH-HD_2023_asean-doan'
meta = {"number": "52-KH/HĐ", "doc_type": "Kế hoạch", "issuer": "Ban Chấp hành Huyện Đoàn Cái Bè", "province": "Tiền Giang",
 "issued": "2023-03-15", "title": "Tuyên truyền về ASEAN trong đoàn viên, thanh thiếu nhi huyện Cái Bè năm 2023",
 "period": {"start": 2023, "end": 2023},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"}, {"number": "64/KH-UBND", "type": "Kế hoạch", "date": "2022-03-03"},
           {"number": "138-KH/TĐTN-TG", "type": "Kế hoạch", "date": "2023-02-20"}],
 "signer": {"name": "Nguyễn Thanh Tâm", "position": "Bí thư"},
 "note": "Đoàn header: left 'BCH ĐOÀN TỈNH TIỀN GIANG' (parent) / 'BCH HUYỆN ĐOÀN CÁI BÈ' (issuer) / '***'; the right column carries 'ĐOÀN TNCS HỒ CHÍ MINH' instead of the national motto. Party/Đoàn-style number '52-KH/HĐ' kept as printed."}
TT = ["Cuộc thi trực tuyến “Tuổi trẻ Cái Bè tìm hiểu về ASEAN”", "Sinh hoạt chủ điểm về ASEAN", "Tuyên truyền trên mạng xã hội",
 "Giao lưu văn hóa, thể thao với thanh niên các nước ASEAN", "Tập huấn cho cán bộ Đoàn", "Hỗ trợ thanh niên khởi nghiệp, kinh doanh trên nền tảng số", "Hoạt động cho thiếu nhi"]
ORG = ["Ban Tuyên giáo Huyện Đoàn", "Các ban Huyện Đoàn, Hội đồng Đội huyện", "Các cơ sở Đoàn trực thuộc"]
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("I.1","1.","Mục đích",2), S("I.2","2.","Yêu cầu",2),
 S("II","II.","NỘI DUNG VÀ HÌNH THỨC TRIỂN KHAI",1,"content")] + [S(f"II.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(TT)] + [
 S("III","III.","KINH PHÍ",1,"budget"), S("IV","IV.","TỔ CHỨC THỰC HIỆN",1,"organization")] + [S(f"IV.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(ORG)]
BTG = A("Ban Tuyên giáo Huyện Đoàn"); BPT = A("Ban Phong trào Huyện Đoàn"); HDD = A("Hội đồng Đội huyện")
LHTN = A("Hội Liên hiệp Thanh niên Việt Nam huyện", "Hội LHTN Việt Nam huyện"); CS = A("Các cơ sở Đoàn trực thuộc", coll=True)
tasks = [
 T("II.1", TT[0], [BTG], [HDD, A("Phòng Giáo dục và Đào tạo huyện")], {"text": "từ ngày 01/8 đến ngày 31/8/2023", "start": "2023-08-01", "end": "2023-08-31"},
   note="'Đợt 1' (round 1) is the only round stated."),
 T("II.2", TT[1], [CS], [], {"text": "tháng 7-8/2023", "start": "2023-07-01", "end": "2023-08-31"},
   note="The collective opens the text as the actor. 'Chi đoàn các trường trung học phổ thông' acts in a second clause and is not listed. '(08/8/1967 - 08/8/2023)' narrates the anniversary."),
 T("II.3", TT[2], [BTG], [], None, note="'Đơn vị thực hiện:' is the only role named, so it gives the lead. 'thường xuyên' is not a window."),
 T("II.4", TT[3], [BPT], [LHTN, A("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện")], {"text": "quý III/2023", "start": "2023-07-01", "end": "2023-09-30"},
   note="'X chịu trách nhiệm chính; Y, Z phối hợp'."),
 T("II.5", TT[4], [A("Ban Tổ chức - Kiểm tra Huyện Đoàn")], [A("Trung tâm Chính trị huyện")], None,
   note="'Do X chủ trì thực hiện, phối hợp Y' closes the paragraph. The due date is a deadline, not a timeframe."),
 T("II.6", TT[5], [LHTN], [BPT, A("Phòng Nông nghiệp và Phát triển nông thôn huyện", "Phòng NN&PTNT huyện")], {"text": "trong năm 2023", "start": "2023-01-01", "end": "2023-12-31"},
   note="'X (chủ trì); Y, Z (phối hợp)'."),
 T("II.7", TT[6], [HDD], [], {"text": "năm học 2023 - 2024", "start": "2023-09-01", "end": "2024-05-31"}, note="School year read as September-May."),
]
assignments = [
 ASG(BTG, "IV.1", ["Tham mưu Ban Thường vụ Huyện Đoàn triển khai Kế hoạch", "theo dõi, đôn đốc các cơ sở Đoàn thực hiện", "tổng hợp, báo cáo Ban Thường vụ Tỉnh Đoàn (qua Ban Tuyên giáo) trước ngày 25/11/2023"]),
 ASG(A("Các ban Huyện Đoàn", coll=True), "IV.2", ["Theo chức năng, nhiệm vụ chủ động phối hợp với Ban Tuyên giáo Huyện Đoàn triển khai các nội dung của Kế hoạch"]),
 ASG(HDD, "IV.2", ["Theo chức năng, nhiệm vụ chủ động phối hợp với Ban Tuyên giáo Huyện Đoàn triển khai các nội dung của Kế hoạch"]),
 ASG(CS, "IV.3", ["Xây dựng kế hoạch triển khai tại đơn vị trước ngày 31/3/2023", "báo cáo kết quả (lồng ghép trong báo cáo tháng) về Huyện Đoàn (qua Ban Tuyên giáo) chậm nhất ngày 15/11/2023"]),
]
deadlines = [
 D("từ ngày 01/8 đến ngày 31/8/2023", "period", "II.1", "tổ chức cuộc thi trực tuyến tìm hiểu về ASEAN", start="2023-08-01", end="2023-08-31"),
 D("tháng 7-8/2023", "period", "II.2", "tổ chức sinh hoạt chủ điểm “Tuổi trẻ với Cộng đồng ASEAN”", start="2023-07-01", end="2023-08-31"),
 D("quý III/2023", "period", "II.4", "tổ chức chương trình giao lưu văn hóa, thể thao", start="2023-07-01", end="2023-09-30"),
 D("hoàn thành chậm nhất ngày 30/6/2023", "due", "II.5", "Tổ chức 01 lớp tập huấn kỹ năng tuyên truyền về ASEAN", due="2023-06-30"),
 D("trong năm 2023", "period", "II.6", "tổ chức diễn đàn “Thanh niên khởi nghiệp, chuyển đổi số”", start="2023-01-01", end="2023-12-31"),
 D("năm học 2023 - 2024", "period", "II.7", "trang trí “Góc ASEAN” và tổ chức hoạt động “Em tìm hiểu đất nước, con người các nước ASEAN”", start="2023-09-01", end="2024-05-31"),
 D("trước ngày 25/11/2023", "due", "IV.1", "tổng hợp, báo cáo Ban Thường vụ Tỉnh Đoàn (qua Ban Tuyên giáo)", due="2023-11-25"),
 D("trước ngày 31/3/2023", "due", "IV.3", "Xây dựng kế hoạch triển khai tại đơn vị", due="2023-03-31"),
 D("chậm nhất ngày 15/11/2023", "due", "IV.3", "báo cáo kết quả (lồng ghép trong báo cáo tháng) về Huyện Đoàn", due="2023-11-15",
   note="'lồng ghép trong báo cáo tháng' says how to report, not a separate monthly deadline."),
]
budget = {"present": True, "section": "III", "sources": ["unit_budget", "socialization", "sponsorship"],
 "clauses": [{"text": "Kinh phí tổ chức các hoạt động cấp huyện: từ nguồn kinh phí hoạt động năm 2023 của Huyện Đoàn (dự kiến 15.000.000 đồng) và huy động xã hội hóa", "section": "III"},
             {"text": "Các cơ sở Đoàn tự cân đối kinh phí và vận động tài trợ để thực hiện", "section": "III"}],
 "amounts": [{"text": "15.000.000 đồng", "vnd": 15000000}],
 "note": "'kinh phí hoạt động … của Huyện Đoàn' and 'tự cân đối' → unit_budget; 'huy động xã hội hóa' → socialization; 'vận động tài trợ' → sponsorship."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget}
areas = [
 area("B01","Annual ASEAN theme; three pillars; Vietnam's contribution","partial",[("I.1","chủ đề năm ASEAN 2023 “ASEAN tầm vóc: Tâm điểm tăng trưởng”")], note="Only in the purposes."),
 area("B02","ASEAN cooperation against COVID-19 and recovery","missing"),
 area("B03","Real-life stories, exemplary people; ASEAN awards","missing"),
 area("B04","ASEAN Community identity and belonging","covered",[("II.7","giúp thiếu nhi cảm nhận về một cộng đồng chung của các dân tộc Đông Nam Á")]),
 area("B05","Promote the province to ASEAN members and partners","covered",[("II.6","giới thiệu nông sản OCOP của huyện (xoài cát Hòa Lộc, sầu riêng Ngũ Hiệp, bưởi da xanh) đến thị trường các nước ASEAN")]),
 area("B06","New fields: e-commerce, value chains, single window, labour mobility, digital economy","covered",[("II.6","hướng dẫn thanh niên kinh doanh trên sàn thương mại điện tử")]),
 area("B07","Portals and new media","covered",[("II.3","Đăng tải tin, bài, infographic, video ngắn về ASEAN trên Fanpage “Tuổi trẻ Cái Bè”, kênh TikTok và nhóm Zalo của Huyện Đoàn")]),
 area("B08","Visual propaganda on ASEAN days","missing", note="II.7's 'Góc ASEAN' in schools is not flags, panels or banners on ASEAN days."),
 area("B09","Training and capacity building for propaganda staff","covered",[("II.5","Tổ chức 01 lớp tập huấn kỹ năng tuyên truyền về ASEAN")]),
 area("B10","Contests and youth activities on ASEAN","covered",[("II.1","tổ chức cuộc thi trực tuyến tìm hiểu về ASEAN dành cho đoàn viên, thanh niên, học sinh trung học cơ sở, trung học phổ thông")]),
 area("B11","Culture, sports, fairs, exhibitions, investment and tourism promotion","covered",[("II.4","tổ chức chương trình giao lưu văn hóa, thể thao giữa thanh niên Cái Bè với lưu học sinh các nước ASEAN")]),
 area("B12","Counter distorted views","partial",[("II.5","kỹ năng nhận diện và phản bác quan điểm sai trái trên mạng xã hội")], note="Only as a topic of the training course."),
 area("B13","Coordination among departments, localities, organisations and media","missing"),
]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section III KINH PHÍ (kinh phí hoạt động của Huyện Đoàn, 15.000.000 đồng; xã hội hóa; tự cân đối; vận động tài trợ)"),
 chk("S3","pass","section IV TỔ CHỨC THỰC HIỆN with 4 assignments"), chk("S4","pass","reports due 25/11/2023 (IV.1) and 15/11/2023 (IV.3)"),
 chk("S5","pass","every task II.1-II.7 names a lead"), chk("S6","pass","basis cites Quyết định 1160/QĐ-TTg")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2023 inside 2021-2025", "district plan 64/KH-UBND on ASEAN 2022-2025"]})
