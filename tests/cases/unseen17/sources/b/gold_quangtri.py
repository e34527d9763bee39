# Hand gold for the Ban Quản lý Khu kinh tế tỉnh Quảng Trị DOCX. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'quang-tri_215-KH-BQLKKT_2022_asean-kktgrouptable'
meta = {"number": "215/KH-BQLKKT", "doc_type": "Kế hoạch", "issuer": "Ban Quản lý Khu kinh tế tỉnh Quảng Trị", "province": "Quảng Trị",
 "issued": "2022-05-09", "title": "Thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025 của Ban Quản lý Khu kinh tế tỉnh Quảng Trị",
 "period": {"start": 2022, "end": 2025},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
           {"number": "5612/KH-UBND", "type": "Kế hoạch", "date": "2021-11-25"}],
 "signer": {"name": "Lê Quang Hòa", "position": "Phó Trưởng ban"},
 "note": "Header 'UBND TỈNH QUẢNG TRỊ' (parent) / 'BAN QUẢN LÝ KHU KINH TẾ' (issuer) → Ban Quản lý Khu kinh tế tỉnh Quảng Trị. Signature 'KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN'."}
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
 S("II", "II.", "NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN", 1, "content"),
 S("III", "III.", "NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN", 1, "tasks"),
 S("IV", "IV.", "KINH PHÍ", 1, "budget"),
 S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 S("V.1", "1.", "Văn phòng Ban", 2), S("V.2", "2.", "Các phòng, đơn vị thuộc Ban", 2),
 S("V.3", "3.", "Đề nghị Hiệp hội Doanh nghiệp tỉnh, các doanh nghiệp trong các khu kinh tế, khu công nghiệp", 2)]
sections[3]["note"] = "Content bullets only (no numbered items): no tasks from section II."
sections[4]["note"] = "Body task table whose TT restarts under group rows A, B, C: tasks III.<group>.<TT>. Group and header rows are neither tasks nor sections."
VP = A("Văn phòng Ban Quản lý Khu kinh tế", "Văn phòng Ban"); PDV = A("Các phòng, đơn vị thuộc Ban", coll=True)
QLDT = A("Phòng Quản lý Đầu tư"); DNLD = A("Phòng Quản lý Doanh nghiệp và Lao động")
LB = A("Ban Quản lý Cửa khẩu quốc tế Lao Bảo"); LL = A("Ban Quản lý Cửa khẩu quốc tế La Lay")
SCT = A("Sở Công Thương")
TT = {
 "A.1": "Duy trì chuyên mục “Khu kinh tế Quảng Trị - Hội nhập ASEAN” trên Trang thông tin điện tử của Ban; đăng tải ít nhất 02 tin, bài/tháng về hoạt động hợp tác kinh tế, đầu tư với các nước ASEAN",
 "A.2": "Phổ biến nội dung về Cộng đồng ASEAN, Chủ đề ASEAN của từng năm cho cán bộ, công chức, viên chức và người lao động của Ban trong các buổi sinh hoạt chuyên đề",
 "A.3": "Cử công chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng thông tin đối ngoại và tuyên truyền về ASEAN do Trung ương, tỉnh tổ chức",
 "B.1": "Tổ chức Hội nghị phổ biến các cam kết trong Cộng đồng Kinh tế ASEAN, Hiệp định Thương mại hàng hóa ASEAN (ATIGA), quy tắc xuất xứ hàng hóa cho doanh nghiệp trong các khu kinh tế, khu công nghiệp",
 "B.2": "Tuyên truyền, hướng dẫn doanh nghiệp xuất nhập khẩu về Cơ chế một cửa ASEAN, thủ tục hải quan điện tử và thương mại điện tử xuyên biên giới qua các cửa khẩu Lao Bảo, La Lay",
 "B.3": "Quảng bá tiềm năng, lợi thế và danh mục dự án kêu gọi đầu tư vào Khu kinh tế Đông Nam Quảng Trị, Khu kinh tế - thương mại đặc biệt Lao Bảo trên Hành lang kinh tế Đông - Tây tới nhà đầu tư các nước ASEAN",
 "B.4": "Tham gia Hội chợ Thương mại quốc tế Hành lang kinh tế Đông - Tây và các hội nghị xúc tiến đầu tư tại Lào, Thái Lan",
 "B.5": "Thông tin về cơ hội việc làm, dịch chuyển lao động có tay nghề trong ASEAN; hướng dẫn doanh nghiệp tuyển dụng, sử dụng lao động nước ngoài đúng quy định",
 "C.1": "Treo cờ ASEAN, pa nô, băng rôn tại khu vực Cửa khẩu quốc tế Lao Bảo, Cửa khẩu quốc tế La Lay nhân kỷ niệm Ngày thành lập ASEAN (08/8)",
 "C.2": "Tổ chức giao lưu văn hóa, thể thao giữa cán bộ, lực lượng chức năng hai bên Cửa khẩu quốc tế La Lay - La Lay (tỉnh Salavan, Lào)",
}
def tf(text, s, e): return {"text": text, "start": s, "end": e}
tasks = [
 T("III.A.1", TT["A.1"], [VP], [PDV], None, note="Time cell 'Thường xuyên': no window."),
 T("III.A.2", TT["A.2"], [VP], [A("Công đoàn cơ sở Ban Quản lý Khu kinh tế")], None, note="Time cell 'Hằng năm': a yearly recurring deadline, no window."),
 T("III.A.3", TT["A.3"], [VP], [PDV], None, note="Time cell 'Theo kế hoạch của cấp trên': neither window nor deadline."),
 T("III.B.1", TT["B.1"], [DNLD], [SCT, A("Hiệp hội Doanh nghiệp tỉnh")], tf("Quý IV/2022", "2022-10-01", "2022-12-31")),
 T("III.B.2", TT["B.2"], [LB], [A("Chi cục Hải quan cửa khẩu Lao Bảo"), A("Chi cục Hải quan cửa khẩu La Lay"), LL], tf("2022 - 2025", "2022-01-01", "2025-12-31")),
 T("III.B.3", TT["B.3"], [QLDT], [A("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh")], None, note="Time cell 'Hằng năm': yearly recurring deadline, no window."),
 T("III.B.4", TT["B.4"], [QLDT], [SCT], None, note="Time cell 'Theo kế hoạch của UBND tỉnh': neither window nor deadline."),
 T("III.B.5", TT["B.5"], [DNLD], [A("Sở Lao động - Thương binh và Xã hội")], tf("Năm 2023", "2023-01-01", "2023-12-31")),
 T("III.C.1", TT["C.1"], [LB, LL], [A("Các lực lượng chức năng tại cửa khẩu", coll=True)], None,
   note="Lead cell names two Ban separated by ';' → two leads. 'Trước ngày 05/8 hằng năm' is a yearly due date, not a window; '(08/8)' only names the anniversary."),
 T("III.C.2", TT["C.2"], [LL], [A("Đồn Biên phòng Cửa khẩu quốc tế La Lay")], tf("Quý III/2023", "2023-07-01", "2023-09-30")),
]
assignments = [
 ASG(VP, "V.1", ["Là đầu mối, theo dõi, đôn đốc các phòng, đơn vị thuộc Ban triển khai thực hiện Kế hoạch",
                 "Tổng hợp kết quả, tham mưu Lãnh đạo Ban báo cáo UBND tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 05/12 hằng năm"]),
 ASG(PDV, "V.2", ["Căn cứ nhiệm vụ được phân công tại mục III, chủ động xây dựng nội dung và tổ chức thực hiện bảo đảm hiệu quả",
                  "Báo cáo kết quả thực hiện về Văn phòng Ban trước ngày 25/11 hằng năm để tổng hợp"]),
 ASG(A("Hiệp hội Doanh nghiệp tỉnh"), "V.3", ["Phối hợp phổ biến thông tin về các cam kết hội nhập ASEAN đến hội viên, người lao động; phản ánh kịp thời khó khăn, vướng mắc trong quá trình tham gia thị trường ASEAN về Ban Quản lý Khu kinh tế tỉnh"]),
 ASG(A("Các doanh nghiệp trong các khu kinh tế, khu công nghiệp", "các doanh nghiệp trong các khu kinh tế, khu công nghiệp", True), "V.3",
     ["Phối hợp phổ biến thông tin về các cam kết hội nhập ASEAN đến hội viên, người lao động; phản ánh kịp thời khó khăn, vướng mắc trong quá trình tham gia thị trường ASEAN về Ban Quản lý Khu kinh tế tỉnh"]),
]
assignments[2]["note"] = assignments[3]["note"] = "'Đề nghị X, Y' heading: one assignment per body; both share the bullet that follows."
deadlines = [
 D("02 tin, bài/tháng", "recurring", "III.A.1", "đăng tải ít nhất 02 tin, bài/tháng về hoạt động hợp tác kinh tế, đầu tư với các nước ASEAN", rec="monthly",
   note="A monthly quota: a repeated activity without a date."),
 D("Hằng năm", "recurring", "III.A.2", "Phổ biến nội dung về Cộng đồng ASEAN, Chủ đề ASEAN của từng năm cho cán bộ, công chức, viên chức và người lao động của Ban", rec="yearly"),
 D("Quý IV/2022", "period", "III.B.1", "Tổ chức Hội nghị phổ biến các cam kết trong Cộng đồng Kinh tế ASEAN", start="2022-10-01", end="2022-12-31"),
 D("2022 - 2025", "period", "III.B.2", "Tuyên truyền, hướng dẫn doanh nghiệp xuất nhập khẩu về Cơ chế một cửa ASEAN", start="2022-01-01", end="2025-12-31"),
 D("Hằng năm", "recurring", "III.B.3", "Quảng bá tiềm năng, lợi thế và danh mục dự án kêu gọi đầu tư", rec="yearly"),
 D("Năm 2023", "period", "III.B.5", "Thông tin về cơ hội việc làm, dịch chuyển lao động có tay nghề trong ASEAN", start="2023-01-01", end="2023-12-31"),
 D("Trước ngày 05/8 hằng năm", "due", "III.C.1", "Treo cờ ASEAN, pa nô, băng rôn tại khu vực Cửa khẩu quốc tế Lao Bảo, Cửa khẩu quốc tế La Lay", due="--08-05", rec="yearly"),
 D("Quý III/2023", "period", "III.C.2", "Tổ chức giao lưu văn hóa, thể thao giữa cán bộ, lực lượng chức năng hai bên Cửa khẩu quốc tế La Lay - La Lay", start="2023-07-01", end="2023-09-30"),
 D("trước ngày 05/12 hằng năm", "due", "V.1", "tham mưu Lãnh đạo Ban báo cáo UBND tỉnh (qua Sở Thông tin và Truyền thông)", due="--12-05", rec="yearly"),
 D("trước ngày 25/11 hằng năm", "due", "V.2", "Báo cáo kết quả thực hiện về Văn phòng Ban", due="--11-25", rec="yearly"),
]
budget = {"present": True, "section": "IV", "sources": ["unit_budget", "state_budget", "sponsorship"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí chi thường xuyên của Ban Quản lý Khu kinh tế tỉnh; lồng ghép trong kinh phí xúc tiến đầu tư do UBND tỉnh giao và huy động tài trợ của các doanh nghiệp (nếu có) theo quy định", "section": "IV"}],
 "amounts": [],
 "note": "'kinh phí chi thường xuyên của Ban' → unit_budget; 'kinh phí xúc tiến đầu tư do UBND tỉnh giao' (provincial programme money) → state_budget; 'huy động tài trợ của các doanh nghiệp' → sponsorship (a call for sponsorship, not an enterprise contribution)."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget}
areas = [
 area("B01", "Annual ASEAN theme; three pillars; Vietnam's contribution", "covered",
      [("II", "Chủ đề ASEAN của từng năm; kết quả hợp tác ASEAN trên 3 trụ cột, trọng tâm là trụ cột Kinh tế; vai trò, đóng góp của Việt Nam trong ASEAN"),
       ("III.A.2", "Phổ biến nội dung về Cộng đồng ASEAN, Chủ đề ASEAN của từng năm")]),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "partial",
      [("II", "trong bối cảnh phục hồi kinh tế sau đại dịch COVID-19")], note="Only the setting of a content bullet on commitments."),
 area("B03", "Real-life stories, exemplary people; ASEAN awards", "missing"),
 area("B04", "ASEAN Community identity and belonging", "missing"),
 area("B05", "Promote the province to ASEAN members and partners", "covered", [("III.B.3", TT["B.3"])]),
 area("B06", "New fields: e-commerce, value chains, single window, labour mobility, digital economy", "covered",
      [("III.B.2", "Tuyên truyền, hướng dẫn doanh nghiệp xuất nhập khẩu về Cơ chế một cửa ASEAN, thủ tục hải quan điện tử và thương mại điện tử xuyên biên giới"),
       ("III.B.5", "Thông tin về cơ hội việc làm, dịch chuyển lao động có tay nghề trong ASEAN")]),
 area("B07", "Portals and new media", "covered", [("III.A.1", "Duy trì chuyên mục “Khu kinh tế Quảng Trị - Hội nhập ASEAN” trên Trang thông tin điện tử của Ban")],
      note="A portal column only; no social networks."),
 area("B08", "Visual propaganda on ASEAN days", "covered", [("III.C.1", TT["C.1"])]),
 area("B09", "Training and capacity building for propaganda staff", "covered", [("III.A.3", TT["A.3"])], note="Sends staff to courses run by others; an own row."),
 area("B10", "Contests and youth activities on ASEAN", "missing"),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion", "covered",
      [("III.B.4", "Tham gia Hội chợ Thương mại quốc tế Hành lang kinh tế Đông - Tây và các hội nghị xúc tiến đầu tư tại Lào, Thái Lan"),
       ("III.C.2", "Tổ chức giao lưu văn hóa, thể thao giữa cán bộ, lực lượng chức năng hai bên Cửa khẩu quốc tế La Lay - La Lay")]),
 area("B12", "Counter distorted views", "missing"),
 area("B13", "Coordination among departments, localities, organisations and media", "partial",
      [("I.2", "Bảo đảm sự phối hợp chặt chẽ giữa Ban Quản lý Khu kinh tế tỉnh với các sở, ngành, địa phương và lực lượng chức năng tại các cửa khẩu")],
      note="Only a requirement in section I."),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 chk("S2", "pass", "section IV KINH PHÍ (chi thường xuyên của Ban; kinh phí xúc tiến đầu tư; tài trợ)"),
 chk("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 4 assignments"),
 chk("S4", "pass", "V.1: báo cáo UBND tỉnh trước ngày 05/12 hằng năm; V.2: báo cáo về Văn phòng Ban trước ngày 25/11 hằng năm"),
 chk("S5", "pass", "every table row III.A.1-III.C.2 names an Đơn vị chủ trì"),
 chk("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg and provincial plan 5612/KH-UBND")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg", "implements provincial plan 5612/KH-UBND (2021-2025)", "period 2022-2025 inside 2021-2025"]})
