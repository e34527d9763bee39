# Hand gold for the Vĩnh Phúc plan delivered as pymupdf4llm Markdown (PDF-to-Markdown converter output).
from common import *
N = 'vinh-phuc_468-KH-STTTT_2023_asean-pdf2md'
P = lambda t, s, e: {"text": t, "start": s, "end": e}
meta = {"number": "468/KH-STTTT", "doc_type": "Kế hoạch", "issuer": "Sở Thông tin và Truyền thông tỉnh Vĩnh Phúc", "province": "Vĩnh Phúc",
 "issued": "2023-03-17", "title": "Thông tin, tuyên truyền về ASEAN năm 2023", "period": {"start": 2023, "end": 2023},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"}, {"number": "203/KH-UBND", "type": "Kế hoạch", "date": "2021-11-22"}],
 "signer": {"name": "Nguyễn Văn Lượng", "position": "Phó Giám đốc"}}
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("I.1","1.","Mục đích",2), S("I.2","2.","Yêu cầu",2),
 S("II","II.","NỘI DUNG TUYÊN TRUYỀN",1,"content"), S("III","III.","NHIỆM VỤ CỤ THỂ",1,"tasks"),
 S("IV","IV.","KINH PHÍ THỰC HIỆN",1,"budget"), S("V","V.","TỔ CHỨC THỰC HIỆN",1,"organization"),
 S("V.1","1.","Phòng Thông tin - Báo chí - Xuất bản",2), S("V.2","2.","Trung tâm Công nghệ thông tin và Truyền thông",2),
 S("V.3","3.","Đề nghị Báo Vĩnh Phúc, Đài Phát thanh và Truyền hình tỉnh",2), S("V.4","4.","Đề nghị Ủy ban nhân dân các huyện, thành phố",2)]
TR = ["Xây dựng, duy trì chuyên mục “Vĩnh Phúc hội nhập ASEAN” trên Cổng Thông tin - Giao tiếp điện tử tỉnh và Trang thông tin điện tử của Sở",
 "Định hướng các cơ quan báo chí địa phương mở chuyên trang, chuyên mục về ASEAN; tăng thời lượng tin, bài nhân kỷ niệm 56 năm Ngày thành lập ASEAN (08/8/2023)",
 "Chia sẻ tin, bài, video về ASEAN trên các trang mạng xã hội, nền tảng số của Sở và hệ thống thông tin cơ sở",
 "Biên soạn tài liệu hỏi - đáp về thương mại điện tử, Cơ chế một cửa ASEAN và cơ hội đưa sản phẩm OCOP lên các sàn thương mại điện tử trong khu vực",
 "Tổ chức hội nghị tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ cán bộ thông tin cơ sở, Đài Truyền thanh các huyện, thành phố",
 "Tuyên truyền về chuyển đổi số, kinh tế số trong ASEAN trên hệ thống loa truyền thanh cơ sở và bảng tin điện tử công cộng",
 "Giới thiệu câu chuyện thực tiễn, nhân vật điển hình là doanh nghiệp, người lao động Vĩnh Phúc làm việc, kinh doanh tại các nước ASEAN",
 "Theo dõi, nắm bắt dư luận; kịp thời phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Việt Nam và quá trình hội nhập ASEAN trên không gian mạng",
 "Treo băng rôn, pa nô điện tử chào mừng Ngày thành lập ASEAN tại trụ sở Sở và trên bảng điện tử tại các nút giao thông trung tâm thành phố Vĩnh Yên"]
TT = A("Trung tâm Công nghệ thông tin và Truyền thông"); BC = A("Phòng Thông tin - Báo chí - Xuất bản")
VHH = A("Phòng Văn hóa và Thông tin các huyện, thành phố", coll=True); BVP = A("Báo Vĩnh Phúc"); DAI = A("Đài Phát thanh và Truyền hình tỉnh")
tasks = [
 T("III.1", TR[0], [TT], [BC], None, note="'Thường xuyên' is not a window."),
 T("III.2", TR[1], [BC], [BVP, DAI], P("Tháng 7, 8/2023", "2023-07-01", "2023-08-31")),
 T("III.3", TR[2], [TT], [VHH]),
 T("III.4", TR[3], [BC], [A("Sở Công Thương")], P("Quý II/2023", "2023-04-01", "2023-06-30")),
 T("III.5", TR[4], [BC], [VHH], P("Quý III/2023", "2023-07-01", "2023-09-30"),
   note="The content cell is split by the page break: the converter gives '… kỹ năng tuyên' in row 5 and a new table on the next page opening with a continuation row (empty TT) 'truyền về ASEAN cho …'. The title joins the two halves."),
 T("III.6", TR[5], [A("Phòng Bưu chính, Viễn thông và Chuyển đổi số")], [A("Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, thành phố", True)], P("Năm 2023", "2023-01-01", "2023-12-31")),
 T("III.7", TR[6], [BVP], [A("Sở Lao động - Thương binh và Xã hội"), A("Hiệp hội Doanh nghiệp tỉnh")], P("Quý III - Quý IV/2023", "2023-07-01", "2023-12-31")),
 T("III.8", TR[7], [BC], [A("Công an tỉnh")]),
 T("III.9", TR[8], [A("Văn phòng Sở")], [TT], P("Tháng 8/2023", "2023-08-01", "2023-08-31"))]
assignments = [
 ASG(BC, "V.1", ["Là đầu mối tham mưu, theo dõi, đôn đốc thực hiện Kế hoạch", "tổng hợp kết quả, tham mưu báo cáo Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh trước ngày 10/12/2023"]),
 ASG(TT, "V.2", ["Bảo đảm kỹ thuật, duy trì chuyên mục về ASEAN", "hằng tháng thống kê số lượt truy cập chuyên mục gửi Phòng Thông tin - Báo chí - Xuất bản"]),
 ASG(BVP, "V.3", ["Dành thời lượng, dung lượng phù hợp đăng tải tin, bài về ASEAN", "tiếp sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam"]),
 ASG(DAI, "V.3", ["Dành thời lượng, dung lượng phù hợp đăng tải tin, bài về ASEAN", "tiếp sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam"]),
 ASG(A("Ủy ban nhân dân các huyện, thành phố", coll=True), "V.4", ["Chỉ đạo Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thông tin và Thể thao cấp huyện phối hợp triển khai",
   "gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11/2023"])]
deadlines = [
 D("Tháng 7, 8/2023", "period", "III.2", TR[1], start="2023-07-01", end="2023-08-31"),
 D("Quý II/2023", "period", "III.4", TR[3], start="2023-04-01", end="2023-06-30"),
 D("Quý III/2023", "period", "III.5", TR[4], start="2023-07-01", end="2023-09-30"),
 D("Năm 2023", "period", "III.6", TR[5], start="2023-01-01", end="2023-12-31"),
 D("Quý III - Quý IV/2023", "period", "III.7", TR[6], start="2023-07-01", end="2023-12-31"),
 D("Tháng 8/2023", "period", "III.9", TR[8], start="2023-08-01", end="2023-08-31"),
 D("trước ngày 10/12/2023", "due", "V.1", "tổng hợp kết quả, tham mưu báo cáo Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh", due="2023-12-10"),
 D("hằng tháng", "recurring", "V.2", "thống kê số lượt truy cập chuyên mục gửi Phòng Thông tin - Báo chí - Xuất bản", rec="monthly"),
 D("trước ngày 30/11/2023", "due", "V.4", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông", due="2023-11-30")]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước đã giao trong dự toán năm 2023 của Sở Thông tin và Truyền thông (nhiệm vụ thông tin đối ngoại)", "section": "IV"},
             {"text": "Các đơn vị phối hợp sử dụng kinh phí thường xuyên của đơn vị", "section": "IV"}],
 "amounts": [{"text": "120 triệu đồng", "vnd": 120000000}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Converter output: every heading is '# **…**' whatever its level (levels from the numbering); the two header columns are flattened into separate lines, the national motto as '##'; the body task table of III (TT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian) has <br> at every wrapped line and is broken into two pipe tables at the page end, the second with a placeholder header row; the seal/signature picture became a '<!-- Start of picture text -->' block. Table rows are tasks III.1-III.9, not sections. Quotes are checked with <br> read as a space and ** removed."}
areas = [
 area("B01","Annual ASEAN theme; three pillars; Vietnam's contribution","covered",[("II","Chủ đề năm ASEAN 2023 “ASEAN tầm vóc: Tâm điểm tăng trưởng” do Indonesia đảm nhiệm vai trò Chủ tịch; kết quả hợp tác trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam")]),
 area("B02","ASEAN cooperation against COVID-19 and recovery","covered",[("II","Hợp tác ASEAN trong phục hồi kinh tế sau đại dịch COVID-19")], note="An own bullet of the content section; no task is devoted to it."),
 area("B03","Real-life stories, exemplary people; ASEAN awards","covered",[("III.7","Giới thiệu câu chuyện thực tiễn, nhân vật điển hình là doanh nghiệp, người lao động Vĩnh Phúc làm việc, kinh doanh tại các nước ASEAN")]),
 area("B04","ASEAN Community identity and belonging","partial",[("I.1","tinh thần “Tư duy Cộng đồng, Hành động Cộng đồng”")], note="Only in the purposes."),
 area("B05","Promote the province to ASEAN members and partners","partial",[("I.1","Quảng bá hình ảnh, tiềm năng, cơ hội đầu tư của tỉnh Vĩnh Phúc tới cộng đồng doanh nghiệp các nước ASEAN")], note="Only in the purposes; no task promotes the province."),
 area("B06","New fields: e-commerce, value chains, single window, labour mobility, digital economy","covered",[("III.4","Biên soạn tài liệu hỏi - đáp về thương mại điện tử, Cơ chế một cửa ASEAN"),("III.6","Tuyên truyền về chuyển đổi số, kinh tế số trong ASEAN")]),
 area("B07","Portals and new media","covered",[("III.1","Xây dựng, duy trì chuyên mục “Vĩnh Phúc hội nhập ASEAN” trên Cổng Thông tin - Giao tiếp điện tử tỉnh"),("III.3","Chia sẻ tin, bài, video về ASEAN trên các trang mạng xã hội, nền tảng số")]),
 area("B08","Visual propaganda on ASEAN days","covered",[("III.9","Treo băng rôn, pa nô điện tử chào mừng Ngày thành lập ASEAN")]),
 area("B09","Training and capacity building for propaganda staff","covered",[("III.5","Tổ chức hội nghị tập huấn, bồi dưỡng kỹ năng")], note="Quote kept inside the first half of the page-split cell."),
 area("B10","Contests and youth activities on ASEAN","missing"),
 area("B11","Culture, sports, fairs, exhibitions, investment and tourism promotion","missing"),
 area("B12","Counter distorted views","covered",[("III.8","kịp thời phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Việt Nam và quá trình hội nhập ASEAN trên không gian mạng")]),
 area("B13","Coordination among departments, localities, organisations and media","partial",[("I.2","Tăng cường công tác phối hợp thông tin giữa Sở với các sở, ban, ngành, địa phương và các cơ quan báo chí trên địa bàn tỉnh")], note="Only a requirement in section I.")]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section IV KINH PHÍ THỰC HIỆN (ngân sách nhà nước, kinh phí thường xuyên; 120 triệu đồng)"),
 chk("S3","pass","section V TỔ CHỨC THỰC HIỆN with 5 assignments"), chk("S4","pass","reports due 'trước ngày 10/12/2023' (V.1) and 'trước ngày 30/11/2023' (V.4)"),
 chk("S5","pass","every table row III.1-III.9 has an 'Đơn vị chủ trì'"), chk("S6","pass","basis cites Quyết định 1160/QĐ-TTg (and Vĩnh Phúc's plan 203/KH-UBND)")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2023 inside 2021-2025", "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; kinh tế số, chuyển đổi số"]})
