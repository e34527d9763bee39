# Hand gold for the Hà Giang UBND PDF. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'ha-giang_298-KH-UBND_2019_asean-orgroles'
meta = {"number": "298/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Hà Giang", "province": "Hà Giang",
 "issued": "2019-10-16", "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Hà Giang",
 "period": {"start": 2019, "end": 2020},
 "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"}],
 "signer": {"name": "Hoàng Văn Thành", "position": "Phó Chủ tịch"}}
TT = ["Tăng cường cơ chế phối hợp thông tin về ASEAN", "Tuyên truyền trên báo chí, Cổng Thông tin điện tử và mạng xã hội",
 "Tuyên truyền cho doanh nghiệp, hợp tác xã", "Lồng ghép tuyên truyền trong sinh hoạt của Mặt trận và các đoàn thể",
 "Tập huấn kỹ năng tuyên truyền về ASEAN", "Tuyên truyền trong nhà trường", "Tuyên truyền cổ động trực quan, hoạt động văn hóa, du lịch",
 "Quảng bá tiềm năng, thế mạnh của tỉnh"]
ORG = ["Sở Thông tin và Truyền thông", "Sở Công Thương", "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Báo Hà Giang, Đài PT-TH tỉnh",
 "Công an tỉnh, BCH Bộ đội Biên phòng tỉnh", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", "Các sở, ban, ngành; UBND các huyện, thành phố"]
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("I.1","1.","Mục đích",2), S("I.2","2.","Yêu cầu",2),
 S("II","II.","NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN",1,"content")] + [S(f"II.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(TT)] + [
 S("III","III.","KINH PHÍ THỰC HIỆN",1,"budget"), S("IV","IV.","TỔ CHỨC THỰC HIỆN",1,"organization")] + [S(f"IV.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(ORG)]
TTTT = A("Sở Thông tin và Truyền thông"); TTTTa = A("Sở Thông tin và Truyền thông", "Sở TT&TT")
X = "Roles from section IV, which assigns Mục II's points by number"
tasks = [
 T("II.1", TT[0], [TTTT], [], None, note=X + " (IV.1 'chủ trì thực hiện các nội dung tại điểm 1, 2, 5 và 8 Mục II')."),
 T("II.2", TT[1], [TTTT], [A("Báo Hà Giang"), A("Đài Phát thanh - Truyền hình tỉnh", "Đài PT-TH tỉnh")],
   {"text": "từ nay đến hết năm 2020", "start": "2019-10-16", "end": "2020-12-31"},
   note=X + ": lead from IV.1; support from IV.5 ('Phối hợp với Sở TT&TT thực hiện nội dung tại điểm 2 Mục II'). 'từ nay' is read as the issue date."),
 T("II.3", TT[2], [A("Sở Công Thương")], [A("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"), A("Cục Hải quan tỉnh"), A("Hiệp hội Doanh nghiệp tỉnh")],
   {"text": "trong quý IV/2019 và 01 hội nghị trong quý II/2020", "start": "2019-10-01", "end": "2020-06-30"},
   note=X + " (IV.2). Two conferences in two quarters: one timeframe spanning both; two period deadlines. 'Hiệp hội Doanh nghiệp tỉnh' is broken over a line end in the PDF."),
 T("II.4", TT[3], [A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"), A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", coll=True)], [], None,
   note=X + " (IV.7 'Đề nghị … Chủ trì thực hiện nội dung tại điểm 4 Mục II')."),
 T("II.5", TT[4], [TTTT], [], None, note=X + " (IV.1). The due date is a deadline, not a timeframe."),
 T("II.6", TT[5], [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh đoàn")], {"text": "trong tháng 11-12/2019", "start": "2019-11-01", "end": "2019-12-31"},
   note=X + " (IV.3; 'phối hợp với Tỉnh đoàn hướng dẫn các trường tổ chức cuộc thi' is the same activity)."),
 T("II.7", TT[6], [A("Sở Văn hóa, Thể thao và Du lịch")], [TTTTa, A("Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, thành phố", coll=True)], None,
   note=X + " (IV.4). '(28/7/1995 - 28/7/2020)' narrates the anniversary; not a window."),
 T("II.8", TT[7], [TTTT], [], None, note=X + " (IV.1)."),
]
assignments = [
 ASG(TTTT, "IV.1", ["Là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi, đôn đốc việc triển khai Kế hoạch", "chủ trì thực hiện các nội dung tại điểm 1, 2, 5 và 8 Mục II Kế hoạch này",
   "Phối hợp với Ban Tuyên giáo Tỉnh ủy định hướng các cơ quan báo chí về nội dung tuyên truyền", "Tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông trước ngày 15/12/2019 và 15/12/2020"]),
 ASG(A("Sở Công Thương"), "IV.2", ["Chủ trì, phối hợp với Sở KH&ĐT, Cục Hải quan tỉnh, Hiệp hội Doanh nghiệp tỉnh thực hiện nội dung tại điểm 3 Mục II"]),
 ASG(A("Sở Giáo dục và Đào tạo"), "IV.3", ["Chủ trì thực hiện nội dung tại điểm 6 Mục II", "phối hợp với Tỉnh đoàn hướng dẫn các trường tổ chức cuộc thi"]),
 ASG(A("Sở Văn hóa, Thể thao và Du lịch"), "IV.4", ["Chủ trì thực hiện nội dung tại điểm 7 Mục II, phối hợp với Sở TT&TT, UBND các huyện, thành phố tổ chức các hoạt động tuyên truyền cổ động trực quan, giới thiệu văn hóa các nước ASEAN"]),
 ASG(A("Báo Hà Giang"), "IV.5", ["Phối hợp với Sở TT&TT thực hiện nội dung tại điểm 2 Mục II", "bố trí thời lượng, dung lượng hợp lý cho tin, bài về ASEAN"]),
 ASG(A("Đài Phát thanh - Truyền hình tỉnh", "Đài PT-TH tỉnh"), "IV.5", ["Phối hợp với Sở TT&TT thực hiện nội dung tại điểm 2 Mục II", "bố trí thời lượng, dung lượng hợp lý cho tin, bài về ASEAN"]),
 ASG(A("Công an tỉnh"), "IV.6", ["Theo dõi, nắm tình hình dư luận xã hội", "kịp thời phát hiện, đấu tranh, phản bác các thông tin sai trái, xuyên tạc về quan hệ hợp tác giữa Việt Nam và các nước ASEAN, nhất là tại khu vực biên giới"]),
 ASG(A("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "BCH Bộ đội Biên phòng tỉnh"), "IV.6", ["Theo dõi, nắm tình hình dư luận xã hội", "kịp thời phát hiện, đấu tranh, phản bác các thông tin sai trái, xuyên tạc về quan hệ hợp tác giữa Việt Nam và các nước ASEAN, nhất là tại khu vực biên giới"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"), "IV.7", ["Chủ trì thực hiện nội dung tại điểm 4 Mục II", "chỉ đạo hệ thống Mặt trận, đoàn thể các cấp lồng ghép tuyên truyền về ASEAN đến đoàn viên, hội viên"]),
 ASG(A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", coll=True), "IV.7", ["Chủ trì thực hiện nội dung tại điểm 4 Mục II", "chỉ đạo hệ thống Mặt trận, đoàn thể các cấp lồng ghép tuyên truyền về ASEAN đến đoàn viên, hội viên"]),
 ASG(A("Các sở, ban, ngành", coll=True), "IV.8", ["Theo chức năng, nhiệm vụ được giao phối hợp triển khai Kế hoạch", "báo cáo kết quả thực hiện về Sở TT&TT trước ngày 05/12 hằng năm để tổng hợp"]),
 ASG(A("Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, thành phố", coll=True), "IV.8", ["Theo chức năng, nhiệm vụ được giao phối hợp triển khai Kế hoạch", "báo cáo kết quả thực hiện về Sở TT&TT trước ngày 05/12 hằng năm để tổng hợp"]),
]
deadlines = [
 D("từ nay đến hết năm 2020", "period", "II.2", "Xây dựng chuyên trang, chuyên mục về ASEAN trên Báo Hà Giang, Đài Phát thanh - Truyền hình tỉnh và Cổng Thông tin điện tử tỉnh", start="2019-10-16", end="2020-12-31",
   note="'từ nay' = from the issue date (16/10/2019)."),
 D("trong quý IV/2019", "period", "II.3", "tổ chức 01 hội nghị", start="2019-10-01", end="2019-12-31"),
 D("trong quý II/2020", "period", "II.3", "01 hội nghị", start="2020-04-01", end="2020-06-30"),
 D("hoàn thành trước 30/6/2020", "due", "II.5", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", due="2020-06-30"),
 D("trong tháng 11-12/2019", "period", "II.6", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh các trường trung học phổ thông, phổ thông dân tộc nội trú", start="2019-11-01", end="2019-12-31"),
 D("trước ngày 15/12/2019", "due", "IV.1", "Tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông", due="2019-12-15"),
 D("15/12/2020", "due", "IV.1", "Tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông", due="2020-12-15"),
 D("trước ngày 05/12 hằng năm", "due", "IV.8", "báo cáo kết quả thực hiện về Sở TT&TT", due="--12-05", rec="yearly"),
]
BT = "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí sự nghiệp văn hóa - thông tin trong dự toán ngân sách tỉnh năm 2019, năm 2020 đã giao cho các cơ quan, đơn vị; các cơ quan, đơn vị tự cân đối trong dự toán được giao để thực hiện"
budget = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget", "socialization"],
 "clauses": [{"text": BT, "section": "III"}, {"text": "Khuyến khích huy động xã hội hóa đối với các hoạt động quảng bá văn hóa, du lịch", "section": "III"}],
 "amounts": [], "note": "'kinh phí sự nghiệp văn hóa - thông tin trong dự toán ngân sách tỉnh' → state_budget; 'tự cân đối trong dự toán được giao' → unit_budget."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "The eight points of Mục II name no agency; section IV assigns them by number. Each task takes the lead/support of the IV item that names its point (the annex-by-number rule applied to a text cross-reference)."}
areas = [
 area("A01","Coordination mechanism across levels and sectors; orienting the press on focal topics","covered",[("II.1","Tăng cường cơ chế phối hợp giữa các cấp, các ngành theo chiều ngang và chiều dọc trong công tác thông tin về ASEAN")]),
 area("A02","Share data and publications with the ASEAN Vietnam portal / national common database","covered",[("II.8","để chia sẻ trên Cổng thông tin ASEAN Việt Nam và cơ sở dữ liệu chung")]),
 area("A03","New media: ASEAN app, Fanpage, livestreams, social networks","covered",[("II.2","chia sẻ tin, bài, video của Fanpage “ASEAN và Việt Nam” trên trang mạng xã hội của các cơ quan báo chí địa phương")]),
 area("A04","Integrate ASEAN into talks, meetings, conferences and mass organisations","covered",[("II.4","Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện thời sự, sinh hoạt chi bộ, sinh hoạt của các tổ chức thanh niên, phụ nữ, nông dân, cựu chiến binh")]),
 area("A05","Train propaganda staff, editors and reporters","covered",[("II.5","Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên")]),
 area("A06","Business outreach on the economic pillar","covered",[("II.3","Phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử, cơ chế hải quan một cửa ASEAN cho doanh nghiệp, hợp tác xã")]),
 area("A07","Youth and schools","covered",[("II.6","tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh các trường trung học phổ thông")]),
 area("A08","ASEAN Corners","missing"),
 area("A09","Press, broadcasting and portal programmes and columns","covered",[("II.2","Xây dựng chuyên trang, chuyên mục về ASEAN trên Báo Hà Giang, Đài Phát thanh - Truyền hình tỉnh và Cổng Thông tin điện tử tỉnh")]),
 area("A10","Culture, sports, tourism exchanges; exhibitions; visual propaganda","covered",[("II.7","Tuyên truyền bằng băng rôn, khẩu hiệu, pa nô tại trung tâm các huyện, thành phố và các cửa khẩu")]),
 area("A11","Trade, investment and tourism promotion; fairs","missing", note="No fair or promotion event; II.8 only supplies promotional data (A16/A02)."),
 area("A12","Publications and leaflets with ASEAN content","missing", note="II.8's 'ấn phẩm quảng bá' promote the province, not ASEAN, and are a data supply to the portal."),
 area("A13","The ASEAN calendar: summits, themes, Chairmanship 2020, anniversaries","covered",[("II.2","tập trung vào các sự kiện quan trọng của ASEAN, năm Chủ tịch ASEAN 2020 của Việt Nam")]),
 area("A14","ASEAN itself: role, achievements, pillars, countries and peoples","partial",[("I.1","Cộng đồng ASEAN, vai trò, vị thế của ASEAN")], note="Only in the purposes; II.7's 'giới thiệu văn hóa các nước ASEAN' is a passing phrase inside festivals."),
 area("A15","Counter false and distorted information; follow public opinion","covered",[("IV.6","kịp thời phát hiện, đấu tranh, phản bác các thông tin sai trái, xuyên tạc về quan hệ hợp tác giữa Việt Nam và các nước ASEAN")]),
 area("A16","Promote the province itself","covered",[("II.8","Cung cấp dữ liệu, ấn phẩm quảng bá về tiềm năng, thế mạnh, các dự án kêu gọi đầu tư, sản phẩm đặc sản")]),
]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section III KINH PHÍ THỰC HIỆN (sự nghiệp văn hóa - thông tin; tự cân đối; xã hội hóa)"),
 chk("S3","pass","section IV TỔ CHỨC THỰC HIỆN with 12 assignments"), chk("S4","pass","reports due 15/12/2019 and 15/12/2020 (IV.1) and 05/12 yearly (IV.8)"),
 chk("S5","pass","every task II.1-II.8 gets a lead from the point numbers in section IV"), chk("S6","pass","basis cites Quyết định 02/QĐ-BCĐASEAN")]
write(N, plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020, dòng chảy chính của công tác hội nhập ASEAN, nắm bắt được cơ hội để phát triển, Cổng thông tin ASEAN Việt Nam"]})
