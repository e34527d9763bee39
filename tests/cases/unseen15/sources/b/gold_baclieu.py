# Hand gold for the Bạc Liêu Sở TT&TT DOCX. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'bac-lieu_412-KH-STTTT_2022_asean-sodocx'
meta = {"number": "412/KH-STTTT", "doc_type": "Kế hoạch", "issuer": "Sở Thông tin và Truyền thông tỉnh Bạc Liêu", "province": "Bạc Liêu",
 "issued": "2022-03-22", "title": "Thông tin, tuyên truyền về ASEAN của ngành Thông tin và Truyền thông tỉnh Bạc Liêu giai đoạn 2022 - 2025",
 "period": {"start": 2022, "end": 2025},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"}, {"number": "156/KH-UBND", "type": "Kế hoạch", "date": "2021-11-29"}],
 "signer": {"name": "Lê Hoàng Phúc", "position": "Phó Giám đốc"}}
TT = ["Định hướng thông tin tuyên truyền về ASEAN cho báo chí và hệ thống thông tin cơ sở",
 "Chuyên mục về ASEAN trên Cổng Thông tin điện tử tỉnh và mạng xã hội",
 "Tuyên truyền trên Báo Bạc Liêu, Đài Phát thanh - Truyền hình Bạc Liêu",
 "Thông tin về kinh tế số, thương mại điện tử và cơ hội hợp tác với các nước ASEAN",
 "Nâng cao năng lực đội ngũ làm công tác thông tin, tuyên truyền về ASEAN",
 "Đấu tranh, phản bác thông tin sai trái",
 "Tuyên truyền trên hệ thống thông tin cơ sở",
 "Giới thiệu tiềm năng, thế mạnh của tỉnh đến các nước ASEAN"]
B1 = "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên hằng năm của Sở TT&TT theo phân cấp ngân sách nhà nước hiện hành; năm 2022 dự kiến 120.000.000 đồng (Một trăm hai mươi triệu đồng)"
B2 = "Các đơn vị thuộc Sở lồng ghép trong kinh phí hoạt động thường xuyên được giao và huy động các nguồn hợp pháp khác để thực hiện"
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("I.1","1.","Mục đích",2), S("I.2","2.","Yêu cầu",2),
 S("II","II.","NHIỆM VỤ CỤ THỂ",1,"tasks")] + [S(f"II.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(TT)] + [
 S("III","III.","KINH PHÍ THỰC HIỆN",1,"budget"), S("III.1","1.",B1,2), S("III.2","2.",B2,2),
 S("IV","IV.","TỔ CHỨC THỰC HIỆN",1,"organization"), S("IV.1","1.","Văn phòng Sở",2), S("IV.2","2.","Các phòng chuyên môn, Trung tâm CNTT&TT",2),
 S("IV.3","3.","Đề nghị Báo Bạc Liêu, Đài PT-TH Bạc Liêu",2), S("IV.4","4.","Đề nghị UBND các huyện, thị xã, thành phố",2)]
TTBCXB = A("Phòng Thông tin - Báo chí - Xuất bản")
CNTT = A("Trung tâm Công nghệ thông tin và Truyền thông")
CNTTa = A("Trung tâm Công nghệ thông tin và Truyền thông", "Trung tâm CNTT&TT")
P2225 = {"text": "năm 2022 và các năm tiếp theo", "start": "2022-01-01", "end": "2025-12-31"}
CNTT = A("Trung tâm Công nghệ thông tin và Truyền thông")
CNTTa = A("Trung tâm Công nghệ thông tin và Truyền thông", "Trung tâm CNTT&TT")
P2225 = {"text": "năm 2022 và các năm tiếp theo", "start": "2022-01-01", "end": "2025-12-31"}
tasks = [
 T("II.1", TT[0], [TTBCXB], [], None, note="'X chủ trì tham mưu Giám đốc Sở …': lead X. 'hằng quý' is a recurring deadline, not a window; 'khi có sự kiện' is event timing."),
 T("II.2", TT[1], [CNTT], [A("Văn phòng Sở"), TTBCXB], P2225,
    note="'Cơ quan chủ trì: …; cơ quan phối hợp: …' field sentences inside the paragraph. 'năm 2022 và các năm tiếp theo' is read as a window from 2022 to the end of the plan period (2025)."),
 T("II.3", TT[2], [A("Báo Bạc Liêu"), A("Đài Phát thanh - Truyền hình Bạc Liêu", "Đài PT-TH Bạc Liêu")], [],
    None, note="'Đề nghị X, Y mở chuyên trang …': X and Y are the actors, so the lead. 'Sở TT&TT theo dõi, đôn đốc' is supervision, not support."),
 T("II.4", TT[3], [A("Phòng Bưu chính, Viễn thông và Công nghệ thông tin")], [A("Sở Công Thương"), A("Sở Kế hoạch và Đầu tư")],
    {"text": "trong quý III/2022", "start": "2022-07-01", "end": "2022-09-30"}, note="'X (chủ trì), Y, Z (phối hợp)'."),
 T("II.5", TT[4], [A("Văn phòng Sở")], [CNTTa], {"text": "trong quý II/2023", "start": "2023-04-01", "end": "2023-06-30"},
    note="'X chịu trách nhiệm chính': lead X; 'phối hợp với Y': support. The quarter is the training course's window."),
 T("II.6", TT[5], [TTBCXB], [A("Công an tỉnh"), A("Ban Tuyên giáo Tỉnh ủy")], None,
    note="'X là cơ quan thường trực, có trách nhiệm …': lead X. 'thường xuyên, liên tục' is not a window."),
 T("II.7", TT[6], [A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", coll=True)], [], None,
    note="'Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo Phòng Văn hóa và Thông tin, Trung tâm … cấp huyện …': the collective is the actor; the offices it directs are not support."),
 T("II.8", TT[7], [CNTTa], [A("Sở Văn hóa, Thể thao và Du lịch", "Sở VH,TT&DL"), A("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh")], None,
    note="A due date alone ('hoàn thành trước 30/9/2022') is a deadline, not a timeframe."),
]
VP = A("Văn phòng Sở")
assignments = [
 ASG(VP, "IV.1", ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch", "tham mưu bố trí kinh phí trong dự toán hằng năm của Sở",
   "Tổng hợp kết quả thực hiện, tham mưu Giám đốc Sở báo cáo UBND tỉnh, Bộ TT&TT định kỳ 6 tháng (trước ngày 15/6 và 15/12) hoặc đột xuất khi có yêu cầu"]),
 ASG(A("Các phòng chuyên môn", coll=True), "IV.2", ["Căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch chi tiết hằng năm", "báo cáo kết quả thực hiện về Văn phòng Sở chậm nhất ngày 05/6 và ngày 05/12 hằng năm"]),
 ASG(CNTTa, "IV.2", ["Căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch chi tiết hằng năm", "báo cáo kết quả thực hiện về Văn phòng Sở chậm nhất ngày 05/6 và ngày 05/12 hằng năm"]),
 ASG(A("Báo Bạc Liêu"), "IV.3", ["Phối hợp thực hiện nội dung tại khoản 3 Mục II Kế hoạch này", "dành thời lượng, dung lượng phù hợp cho tin, bài về ASEAN"]),
 ASG(A("Đài Phát thanh - Truyền hình Bạc Liêu", "Đài PT-TH Bạc Liêu"), "IV.3", ["Phối hợp thực hiện nội dung tại khoản 3 Mục II Kế hoạch này", "dành thời lượng, dung lượng phù hợp cho tin, bài về ASEAN"]),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", coll=True), "IV.4",
   ["Chỉ đạo Phòng Văn hóa và Thông tin triển khai nội dung tại khoản 7 Mục II", "gửi báo cáo kết quả về Sở TT&TT (qua Phòng Thông tin - Báo chí - Xuất bản) trước ngày 30/11 hằng năm"]),
]
deadlines = [
 D("hằng quý", "recurring", "II.1", "ban hành văn bản hướng dẫn, định hướng nội dung tuyên truyền về ASEAN", rec="quarterly"),
 D("năm 2022 và các năm tiếp theo", "period", "II.2", "Duy trì chuyên mục “Bạc Liêu - ASEAN” trên Cổng Thông tin điện tử tỉnh", start="2022-01-01", end="2025-12-31",
   note="Open-ended wording; bounded by the plan period 2022-2025."),
 D("dịp kỷ niệm Ngày thành lập ASEAN (08/8) hằng năm", "due", "II.3", "tăng thời lượng tin, bài", due="--08-08", rec="yearly",
   note="A dated yearly occasion on an obligation (more articles around 8 August each year); recorded as a yearly date."),
 D("trong quý III/2022", "period", "II.4", "biên soạn tin, bài giới thiệu về kinh tế số, chuyển đổi số, thương mại điện tử trong ASEAN", start="2022-07-01", end="2022-09-30"),
 D("trong quý II/2023", "period", "II.5", "mở 01 lớp tập huấn cho cán bộ phụ trách đài truyền thanh cấp xã", start="2023-04-01", end="2023-06-30"),
 D("ít nhất 02 tin, bài mỗi tháng", "recurring", "II.7", "phát trên hệ thống đài truyền thanh cơ sở", rec="monthly"),
 D("hoàn thành trước 30/9/2022", "due", "II.8", "xây dựng ấn phẩm điện tử song ngữ Việt - Anh giới thiệu tiềm năng, thế mạnh", due="2022-09-30"),
 D("trước ngày 15/6", "due", "IV.1", "báo cáo UBND tỉnh, Bộ TT&TT", due="--06-15", rec="yearly",
   note="'định kỳ 6 tháng (trước ngày 15/6 và 15/12)': two yearly dates."),
 D("15/12", "due", "IV.1", "báo cáo UBND tỉnh, Bộ TT&TT", due="--12-15", rec="yearly"),
 D("chậm nhất ngày 05/6", "due", "IV.2", "báo cáo kết quả thực hiện về Văn phòng Sở", due="--06-05", rec="yearly",
   note="'chậm nhất ngày 05/6 và ngày 05/12 hằng năm': two yearly dates."),
 D("ngày 05/12 hằng năm", "due", "IV.2", "báo cáo kết quả thực hiện về Văn phòng Sở", due="--12-05", rec="yearly"),
 D("trước ngày 30/11 hằng năm", "due", "IV.4", "gửi báo cáo kết quả về Sở TT&TT", due="--11-30", rec="yearly"),
]
budget = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget", "other_lawful"],
 "clauses": [{"text": B1, "section": "III.1"}, {"text": B2, "section": "III.2"}],
 "amounts": [{"text": "120.000.000 đồng", "vnd": 120000000}],
 "note": "'dự toán chi thường xuyên … theo phân cấp ngân sách nhà nước' → state_budget; 'lồng ghép trong kinh phí hoạt động thường xuyên được giao' → unit_budget; 'các nguồn hợp pháp khác' → other_lawful."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget}
areas = [
 area("B01","Annual ASEAN theme; three pillars; Vietnam's contribution","covered",[("II.1","bám sát Chủ đề năm ASEAN và các nội dung của 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội")]),
 area("B02","ASEAN cooperation against COVID-19 and recovery","partial",[("I.1","Kịp thời thông tin về hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế sau đại dịch")], note="Only in the purposes."),
 area("B03","Real-life stories, exemplary people; ASEAN awards","missing"),
 area("B04","ASEAN Community identity and belonging","missing"),
 area("B05","Promote the province to ASEAN members and partners","covered",[("II.8","giới thiệu tiềm năng, thế mạnh, sản phẩm OCOP và các điểm du lịch của Bạc Liêu")]),
 area("B06","New fields: e-commerce, value chains, single window, labour mobility, digital economy","covered",[("II.4","biên soạn tin, bài giới thiệu về kinh tế số, chuyển đổi số, thương mại điện tử trong ASEAN, Cơ chế một cửa ASEAN")]),
 area("B07","Portals and new media","covered",[("II.2","Duy trì chuyên mục “Bạc Liêu - ASEAN” trên Cổng Thông tin điện tử tỉnh và Trang thông tin điện tử của Sở")]),
 area("B08","Visual propaganda on ASEAN days","covered",[("II.7","sử dụng bảng tin điện tử, pa nô, áp phích tuyên truyền về ASEAN tại nơi công cộng")], note="No ASEAN flags or ASEAN days, but an own commitment to panels and posters."),
 area("B09","Training and capacity building for propaganda staff","covered",[("II.5","tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN")]),
 area("B10","Contests and youth activities on ASEAN","missing"),
 area("B11","Culture, sports, fairs, exhibitions, investment and tourism promotion","partial",[("II.4","thông tin về cơ hội kinh doanh, đầu tư và các hội chợ, triển lãm thương mại trong khu vực")], note="Fairs only as a topic of information; no event is organised or attended."),
 area("B12","Counter distorted views","covered",[("II.6","kịp thời phát hiện, xử lý, phản bác các thông tin, quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam")]),
 area("B13","Coordination among departments, localities, organisations and media","partial",[("I.2","tăng cường phối hợp thông tin với các sở, ban, ngành tỉnh, các cơ quan báo chí và UBND các huyện, thị xã, thành phố")], note="Only as a requirement in section I; II.1 orients the press but sets up no coordination."),
]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section III KINH PHÍ THỰC HIỆN (dự toán chi thường xuyên; lồng ghép; 120.000.000 đồng in 2022)"),
 chk("S3","pass","section IV TỔ CHỨC THỰC HIỆN with 6 assignments"), chk("S4","pass","reports due before 15/6 and 15/12 (IV.1), 05/6 and 05/12 (IV.2), 30/11 (IV.4)"),
 chk("S5","pass","every task II.1-II.8 names a lead"), chk("S6","pass","basis cites Quyết định 1160/QĐ-TTg and Bạc Liêu's plan 156/KH-UBND")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2022-2025 inside 2021-2025", "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; kinh tế số, chuyển đổi số"]})
