# Hand gold for the Phù Cát (Bình Định) portal page. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'binh-dinh_phu-cat_174-KH-UBND_2019_asean-portal'
meta = {"number": "174/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện Phù Cát", "province": "Bình Định",
 "issued": "2019-11-21", "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Phù Cát",
 "period": {"start": 2019, "end": 2020},
 "basis": [{"number": "86/KH-UBND", "type": "Kế hoạch", "date": "2019-10-28"}, {"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"}],
 "signer": {"name": "Nguyễn Văn Hưng", "position": "Phó Chủ tịch"},
 "note": "The portal's posting date (26/11/2019) is not the issue date. 02/QĐ-BCĐASEAN is cited in a parenthesis of the preamble as what the provincial plan implements; kept as basis."}
TT = ["Tuyên truyền trên hệ thống truyền thanh và Trang thông tin điện tử huyện", "Tuyên truyền về năm Chủ tịch ASEAN 2020", "Tuyên truyền cổ động trực quan",
 "Tuyên truyền cho doanh nghiệp, hợp tác xã và hộ kinh doanh", "Tuyên truyền trong trường học", "Lồng ghép trong hoạt động của Mặt trận và các đoàn thể",
 "Nắm bắt dư luận, đấu tranh với thông tin sai trái", "Quảng bá tiềm năng, thế mạnh của huyện"]
ORG = ["Phòng Văn hóa và Thông tin", "Các cơ quan, đơn vị được giao nhiệm vụ", "UBND các xã, thị trấn", "Đề nghị Ủy ban MTTQ Việt Nam huyện và các hội, đoàn thể huyện"]
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("II","II.","NỘI DUNG, NHIỆM VỤ",1,"tasks")] + [S(f"II.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(TT)] + [
 S("III","III.","KINH PHÍ",1,"budget"), S("IV","IV.","TỔ CHỨC THỰC HIỆN",1,"organization")] + [S(f"IV.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(ORG)]
VHTT = A("Phòng Văn hóa và Thông tin"); TTVH = A("Trung tâm Văn hóa - Thông tin - Thể thao huyện")
XA = A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", coll=True)
tasks = [
 T("II.1", TT[0], [TTVH], [VHTT, A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], None,
   note="'Giao X chủ trì, phối hợp với Y …; phối hợp với Z …'. 'Phòng Văn hóa và Thông tin' is written without its level (district office)."),
 T("II.2", TT[1], [VHTT], [], {"text": "từ tháng 6 đến tháng 8/2020", "start": "2020-06-01", "end": "2020-08-31"},
   note="'Nội dung này do X chủ trì thực hiện' closes the paragraph. The bodies it guides (cơ quan, đơn vị, UBND các xã) are the audience of the guidance, not support."),
 T("II.3", TT[2], [A("Trung tâm Văn hóa - Thông tin - Thể thao huyện", "Trung tâm Văn hóa - Thông tin - Thể thao")], [XA],
   {"text": "tháng 7-8/2020", "start": "2020-07-01", "end": "2020-08-31"}, note="'X chịu trách nhiệm chính' (name without 'huyện'); 'Y phối hợp thực hiện'."),
 T("II.4", TT[3], [A("Phòng Kinh tế - Hạ tầng")], [A("Phòng Tài chính - Kế hoạch")], None, note="The due date is a deadline, not a timeframe."),
 T("II.5", TT[4], [A("Phòng Giáo dục và Đào tạo")], [A("Huyện đoàn")], {"text": "học kỳ II năm học 2019 - 2020", "start": "2020-01-01", "end": "2020-05-31"},
   note="Actor opening the text; 'phối hợp với Huyện đoàn'. Semester II of the school year read as January-May 2020."),
 T("II.6", TT[5], [A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ Việt Nam huyện"), A("Các hội, đoàn thể huyện", "các hội, đoàn thể huyện", coll=True)], [], None,
   note="'Đề nghị X và Y phối hợp lồng ghép tuyên truyền …': X and Y are the only actors and carry out the activity, so they are read as lead (no other agency is named)."),
 T("II.7", TT[6], [A("Công an huyện")], [A("Ban Chỉ huy Quân sự huyện", "BCH Quân sự huyện")], None, note="'thường xuyên, liên tục' is not a window."),
 T("II.8", TT[7], [VHTT], [A("Các phòng, ban liên quan", coll=True), XA], None,
   note="'Y, Z phối hợp với X giới thiệu …': support named first, X (the office in charge of the subject) is the lead."),
]
assignments = [
 ASG(VHTT, "IV.1", ["Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch", "tổng hợp kết quả, báo cáo UBND huyện, Sở Thông tin và Truyền thông trước ngày 10 tháng 12 hằng năm"]),
 ASG(A("Các cơ quan, đơn vị được giao nhiệm vụ", coll=True), "IV.2", ["Chủ động xây dựng kế hoạch cụ thể để triển khai", "báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 30/11/2019 và 30/11/2020"]),
 ASG(XA, "IV.3", ["Chỉ đạo Đài Truyền thanh xã, thị trấn tiếp sóng chuyên mục “ASEAN - Ngôi nhà chung”", "tổ chức tuyên truyền trực quan tại địa phương"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ Việt Nam huyện"), "IV.4", ["Phối hợp tuyên truyền, vận động đoàn viên, hội viên tích cực tìm hiểu về Cộng đồng ASEAN"]),
 ASG(A("Các hội, đoàn thể huyện", "các hội, đoàn thể huyện", coll=True), "IV.4", ["Phối hợp tuyên truyền, vận động đoàn viên, hội viên tích cực tìm hiểu về Cộng đồng ASEAN"]),
]
deadlines = [
 D("02 kỳ/tháng", "recurring", "II.1", "xây dựng chuyên mục “ASEAN - Ngôi nhà chung” phát trên Đài Truyền thanh huyện", rec="monthly"),
 D("từ tháng 6 đến tháng 8/2020", "period", "II.2", "tuyên truyền về năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020", start="2020-06-01", end="2020-08-31"),
 D("tháng 7-8/2020", "period", "II.3", "treo băng rôn, khẩu hiệu, pa nô tuyên truyền về ASEAN", start="2020-07-01", end="2020-08-31"),
 D("chậm nhất ngày 30/6/2020", "due", "II.4", "tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử", due="2020-06-30"),
 D("học kỳ II năm học 2019 - 2020", "period", "II.5", "tổ chức cuộc thi “Em yêu ASEAN” cho học sinh trung học cơ sở", start="2020-01-01", end="2020-05-31"),
 D("trước ngày 10 tháng 12 hằng năm", "due", "IV.1", "tổng hợp kết quả, báo cáo UBND huyện, Sở Thông tin và Truyền thông", due="--12-10", rec="yearly"),
 D("trước ngày 30/11/2019", "due", "IV.2", "báo cáo kết quả về Phòng Văn hóa và Thông tin", due="2019-11-30"),
 D("30/11/2020", "due", "IV.2", "báo cáo kết quả về Phòng Văn hóa và Thông tin", due="2020-11-30"),
]
BT = "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách huyện bố trí trong dự toán năm 2020 của các cơ quan, đơn vị; đối với các hoạt động tuyên truyền trực quan, văn hóa, văn nghệ, huy động xã hội hóa"
budget = {"present": True, "section": "III", "sources": ["state_budget", "socialization"],
 "clauses": [{"text": BT, "section": "III"}, {"text": "Giao Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí 50 triệu đồng cho Trung tâm Văn hóa - Thông tin - Thể thao huyện để thực hiện", "section": "III"}],
 "amounts": [{"text": "50 triệu đồng", "vnd": 50000000}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Portal furniture (menu, breadcrumb, posting date, view counter, attachment link, related news, footer) is not plan content."}
areas = [
 area("A01","Coordination mechanism across levels and sectors; orienting the press on focal topics","partial",[("IV.1","Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch")], note="Only the standing-office role; no vertical/horizontal mechanism, no orienting of the press."),
 area("A02","Share data and publications with the ASEAN Vietnam portal / national common database","missing"),
 area("A03","New media: ASEAN app, Fanpage, livestreams, social networks","partial",[("II.1","chia sẻ lên trang Zalo, Facebook “Phù Cát quê hương”")], note="One phrase at the end of the radio/website task."),
 area("A04","Integrate ASEAN into talks, meetings, conferences and mass organisations","covered",[("II.6","lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt, hội nghị của đoàn viên, hội viên, nhất là thanh niên, phụ nữ, nông dân")]),
 area("A05","Train propaganda staff, editors and reporters","missing"),
 area("A06","Business outreach on the economic pillar","covered",[("II.4","tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử cho doanh nghiệp, hợp tác xã")]),
 area("A07","Youth and schools","covered",[("II.5","lồng ghép nội dung tìm hiểu về ASEAN trong hoạt động ngoại khóa"), ("II.5","tổ chức cuộc thi “Em yêu ASEAN” cho học sinh trung học cơ sở")]),
 area("A08","ASEAN Corners","missing"),
 area("A09","Press, broadcasting and portal programmes and columns","covered",[("II.1","xây dựng chuyên mục “ASEAN - Ngôi nhà chung” phát trên Đài Truyền thanh huyện 02 kỳ/tháng; tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam")]),
 area("A10","Culture, sports, tourism exchanges; exhibitions; visual propaganda","covered",[("II.3","treo băng rôn, khẩu hiệu, pa nô tuyên truyền về ASEAN")]),
 area("A11","Trade, investment and tourism promotion; fairs","missing", note="II.8 promotes the district at provincial events (A16), not trade/investment promotion or fairs."),
 area("A12","Publications and leaflets with ASEAN content","missing"),
 area("A13","The ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries","covered",[("II.2","tuyên truyền về năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020, Hội nghị Cấp cao ASEAN lần thứ 36, 37 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN")]),
 area("A14","ASEAN itself: role, achievements, pillars, countries and peoples","partial",[("I","về vai trò, vị thế của ASEAN và 3 trụ cột của Cộng đồng ASEAN")], note="Only in the purposes."),
 area("A15","Counter false and distorted information; follow public opinion","covered",[("II.7","nắm bắt tình hình dư luận xã hội, kịp thời phát hiện, đấu tranh, phản bác các thông tin sai trái, xuyên tạc")]),
 area("A16","Promote the province itself","covered",[("II.8","giới thiệu tiềm năng du lịch (bãi biển Trung Lương, Vĩnh Hội, chùa Thiên Hưng), các sản phẩm OCOP và đặc sản của huyện")]),
]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section III KINH PHÍ (ngân sách huyện, xã hội hóa, 50 triệu đồng)"),
 chk("S3","pass","section IV TỔ CHỨC THỰC HIỆN with 5 assignments"), chk("S4","pass","reports due 10/12 yearly (IV.1) and 30/11/2019, 30/11/2020 (IV.2)"),
 chk("S5","pass","every task II.1-II.8 names a lead"), chk("S6","pass","basis cites Bình Định's plan 86/KH-UBND and Quyết định 02/QĐ-BCĐASEAN")]
write(N, plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN (through Bình Định's 86/KH-UBND)", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020, nắm bắt được cơ hội để phát triển"]})
