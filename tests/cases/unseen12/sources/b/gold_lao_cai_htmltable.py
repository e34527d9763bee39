"""Hand gold for lao-cai_bat-xat_145-KH-UBND_2022_asean-htmltable (every value typed by the annotator)."""
from common import *
N = 'lao-cai_bat-xat_145-KH-UBND_2022_asean-htmltable'
meta = {"number": "145/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện Bát Xát", "province": "Lào Cai",
 "issued": "2022-04-21", "title": "Thông tin, tuyên truyền về ASEAN trên địa bàn huyện Bát Xát năm 2022",
 "period": {"start": 2022, "end": 2022},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
           {"number": "512/KH-UBND", "type": "Kế hoạch", "date": "2021-11-15"}],
 "signer": {"name": "Vàng Seo Lử", "position": "Phó Chủ tịch"}}
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
 S("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"), S("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 S("V.1", "1.", "Phòng Văn hóa và Thông tin", 2), S("V.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
 S("V.3", "3.", "Các cơ quan, đơn vị được phân công tại Mục III", 2),
 S("V.4", "4.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", 2)]
VHTT = A("Phòng Văn hóa và Thông tin"); TTVH = A("Trung tâm Văn hóa, Thể thao và Truyền thông huyện")
tasks = [
 T("III.1", "Tuyên truyền về Chủ đề ASEAN năm 2022 và hoạt động hợp tác ASEAN trên 3 trụ cột", [TTVH], [VHTT],
   note="Body task table (HTML <table> in the Markdown): id = section + TT. Title = first paragraph of the content cell; the '- ' paragraphs in the cell are its bullets. 'Thường xuyên' is not a window."),
 T("III.2", "Chia sẻ tin, bài, video clip về ASEAN trên các nền tảng số, mạng xã hội (Fanpage, Zalo OA của huyện)", [VHTT], [TTVH],
   TF("Năm 2022", "2022-01-01", "2022-12-31")),
 T("III.3", "Treo cờ ASEAN, pa nô, áp phích, băng rôn tại trụ sở các cơ quan và trục đường chính của thị trấn Bát Xát nhân kỷ niệm 55 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2022)",
   [VHTT], [A("Ủy ban nhân dân thị trấn Bát Xát", "UBND thị trấn Bát Xát"), A("Hạt Quản lý đường bộ huyện")], TF("Tháng 8/2022", "2022-08-01", "2022-08-31"),
   note="Lead comes from the lead cell of row 2, merged down over row 3 (rowspan=\"2\")."),
 T("III.4", "Thông tin cho người lao động, nhất là thanh niên đồng bào dân tộc thiểu số, về dịch chuyển lao động, cơ hội việc làm tại các nước ASEAN",
   [A("Phòng Lao động - Thương binh và Xã hội")], [A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)], TF("Quý III/2022", "2022-07-01", "2022-09-30")),
 T("III.5", "Phổ biến cho hộ kinh doanh, hợp tác xã, doanh nghiệp về thương mại điện tử, quy tắc xuất xứ hàng hóa và thủ tục hải quan một cửa ASEAN khi xuất khẩu nông sản qua cửa khẩu",
   [A("Phòng Kinh tế và Hạ tầng")], [A("Chi cục Thuế khu vực Bát Xát"), A("Đội Kiểm soát Hải quan Bản Vược")], TF("Quý II/2022", "2022-04-01", "2022-06-30")),
 T("III.6", "Quảng bá tiềm năng, thế mạnh du lịch của huyện (Y Tý, A Mú Sung, Ngải Thầu), sản phẩm OCOP tới du khách và nhà đầu tư các nước ASEAN",
   [VHTT], [A("Phòng Nông nghiệp và Phát triển nông thôn"), A("Ủy ban nhân dân xã Y Tý", "UBND xã Y Tý")], TF("Năm 2022", "2022-01-01", "2022-12-31")),
 T("III.7", "Lồng ghép nội dung về ASEAN trong sinh hoạt Đoàn, Đội; tổ chức cuộc thi \"Tìm hiểu về Cộng đồng ASEAN\" cho học sinh các trường trung học cơ sở",
   [A("Huyện đoàn")], [A("Phòng Giáo dục và Đào tạo")], TF("Tháng 10 - 11/2022", "2022-10-01", "2022-11-30")),
 T("III.8", "Nắm bắt tình hình dư luận; đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam trên không gian mạng",
   [A("Công an huyện")], [A("Đồn Biên phòng Bản Vược"), A("Ủy ban nhân dân các xã biên giới", "UBND các xã biên giới", True)])]
duty3 = "Chủ động xây dựng nội dung, tổ chức thực hiện; gửi báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 05/12/2022"
assignments = [
 ASG(VHTT, "V.1", ["Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch",
   "Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 10/12/2022"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "V.2", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn thanh, quyết toán theo quy định"]),
 ASG(A("Các cơ quan, đơn vị được phân công tại Mục III", coll=True), "V.3", [duty3]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), "V.4", ["Phối hợp lồng ghép tuyên truyền về ASEAN đến đoàn viên, hội viên"]),
 ASG(A("Các tổ chức chính trị - xã hội huyện", "các tổ chức chính trị - xã hội huyện", True), "V.4", ["Phối hợp lồng ghép tuyên truyền về ASEAN đến đoàn viên, hội viên"])]
deadlines = [
 D("Năm 2022", "period", "III.2", "Chia sẻ tin, bài, video clip về ASEAN trên các nền tảng số, mạng xã hội", start="2022-01-01", end="2022-12-31"),
 D("Tháng 8/2022", "period", "III.3", "Treo cờ ASEAN, pa nô, áp phích, băng rôn", start="2022-08-01", end="2022-08-31"),
 D("Quý III/2022", "period", "III.4", "Thông tin cho người lao động", start="2022-07-01", end="2022-09-30"),
 D("Quý II/2022", "period", "III.5", "Phổ biến cho hộ kinh doanh, hợp tác xã, doanh nghiệp", start="2022-04-01", end="2022-06-30"),
 D("Năm 2022", "period", "III.6", "Quảng bá tiềm năng, thế mạnh du lịch của huyện", start="2022-01-01", end="2022-12-31"),
 D("Tháng 10 - 11/2022", "period", "III.7", "tổ chức cuộc thi \"Tìm hiểu về Cộng đồng ASEAN\"", start="2022-10-01", end="2022-11-30"),
 D("trước ngày 10/12/2022", "due", "V.1", "Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông", due="2022-12-10"),
 D("trước ngày 05/12/2022", "due", "V.3", "gửi báo cáo kết quả về Phòng Văn hóa và Thông tin", due="2022-12-05")]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget"],
 "clauses": [{"text": "Ngân sách huyện bố trí 30 triệu đồng cho Trung tâm Văn hóa, Thể thao và Truyền thông huyện để thực hiện nhiệm vụ số 1 và số 3", "section": "IV"},
             {"text": "Các cơ quan, đơn vị còn lại sử dụng nguồn kinh phí chi thường xuyên năm 2022 được giao để thực hiện", "section": "IV"}],
 "amounts": [{"text": "30 triệu đồng", "vnd": 30000000}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Tables are raw HTML inside pandoc gfm Markdown; the header block is a pipe table and the signature block an HTML table. Bullets in sections I, II, IV are not sections. '(08/8/1967 - 08/8/2022)' names an anniversary; 'năm 2022' in IV dates the budget year: neither is a deadline. 'Thường xuyên' (rows 1, 8) is not a deadline."}
areas = [
 area("B01", "Annual ASEAN theme; three pillars; Vietnam's contribution", "covered",
  [("III.1", "Tuyên truyền về Chủ đề ASEAN năm 2022 và hoạt động hợp tác ASEAN trên 3 trụ cột")]),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "partial",
  [("I", "Tuyên truyền gắn với nhiệm vụ phục hồi kinh tế - xã hội sau dịch COVID-19")],
  note="Only in the purposes section, and about the district's own recovery, not ASEAN cooperation; missing is arguable."),
 area("B03", "Real-life stories, exemplary people; ASEAN awards", "missing"),
 area("B04", "ASEAN Community identity and belonging", "missing"),
 area("B05", "Promote the province to ASEAN members and partners", "covered",
  [("III.6", "Quảng bá tiềm năng, thế mạnh du lịch của huyện (Y Tý, A Mú Sung, Ngải Thầu), sản phẩm OCOP tới du khách và nhà đầu tư các nước ASEAN")],
  note="A district promoting itself; the area is read at the plan's own level."),
 area("B06", "New fields: e-commerce, value chains, single window, labour mobility, digital economy", "covered",
  [("III.5", "Phổ biến cho hộ kinh doanh, hợp tác xã, doanh nghiệp về thương mại điện tử, quy tắc xuất xứ hàng hóa và thủ tục hải quan một cửa ASEAN"),
   ("III.4", "về dịch chuyển lao động, cơ hội việc làm tại các nước ASEAN")]),
 area("B07", "Portals and new media", "covered",
  [("III.2", "Chia sẻ tin, bài, video clip về ASEAN trên các nền tảng số, mạng xã hội"),
   ("III.1", "Duy trì chuyên mục \"Bát Xát hướng tới Cộng đồng ASEAN\" trên Trang thông tin điện tử huyện")]),
 area("B08", "Visual propaganda on ASEAN days", "covered",
  [("III.3", "Treo cờ ASEAN, pa nô, áp phích, băng rôn tại trụ sở các cơ quan và trục đường chính của thị trấn Bát Xát nhân kỷ niệm 55 năm Ngày thành lập ASEAN")]),
 area("B09", "Training and capacity building for propaganda staff", "missing"),
 area("B10", "Contests and youth activities on ASEAN", "covered",
  [("III.7", "tổ chức cuộc thi \"Tìm hiểu về Cộng đồng ASEAN\" cho học sinh các trường trung học cơ sở")]),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion", "covered",
  [("III.6", "Trưng bày sản phẩm OCOP của huyện tại các hội chợ do tỉnh tổ chức")],
  note="Own bullet (with its own verb) in row 6 plus the tourism promotion of the row; no culture/sports exchange. Partial is arguable."),
 area("B12", "Counter distorted views", "covered",
  [("III.8", "phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam")]),
 area("B13", "Coordination among departments, localities, organisations and media", "partial",
  [("I", "Các cơ quan, đơn vị phối hợp chặt chẽ trong tổ chức thực hiện"), ("V.4", "Phối hợp lồng ghép tuyên truyền về ASEAN đến đoàn viên, hội viên")],
  note="A requirement in section I and the request to the Front; no coordination mechanism is set up.")]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"), chk("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (ngân sách huyện 30 triệu đồng; kinh phí chi thường xuyên)"),
 chk("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 5 assignments"),
 chk("S4", "pass", "V.1 report due trước ngày 10/12/2022; V.3 reports due trước ngày 05/12/2022"),
 chk("S5", "pass", "every task III.1-III.8 has a lead (III.3 through the merged cell)"),
 chk("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg and the provincial plan 512/KH-UBND")]
write(N, 'md', plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg", "year 2022 within 2021-2025",
 "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; kinh tế số, chuyển đổi số; 3 trụ cột"]})
