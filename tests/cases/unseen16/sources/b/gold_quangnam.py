# Hand gold for the Sở Ngoại vụ Quảng Nam DOCX. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'quang-nam_318-KH-SNgV_2022_asean-assigntable'
meta = {"number": "318/KH-SNgV", "doc_type": "Kế hoạch", "issuer": "Sở Ngoại vụ tỉnh Quảng Nam", "province": "Quảng Nam",
 "issued": "2022-04-14", "title": "Thông tin, tuyên truyền về ASEAN năm 2022", "period": {"start": 2022, "end": 2022},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
           {"number": "7245/KH-UBND", "type": "Kế hoạch", "date": "2021-11-08"}],
 "signer": {"name": "Lê Văn Phước", "position": "Phó Giám đốc"},
 "note": "Header table: 'UBND TỈNH QUẢNG NAM' (parent) / 'SỞ NGOẠI VỤ' (issuer) → Sở Ngoại vụ tỉnh Quảng Nam. Signature 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC'."}
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
 S("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
 S("III", "III.", "NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN", 1, "tasks"),
 S("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 S("V.1", "1.", "Phòng Hợp tác quốc tế", 2), S("V.2", "2.", "Văn phòng Sở", 2), S("V.3", "3.", "Các phòng, đơn vị thuộc Sở", 2)]
sections[3]["note"] = "Content bullets only (no numbered items), so section II gives no tasks."
sections[4]["note"] = "Body task table (STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm): each row is a task III.<STT>; rows are not sections."
HTQT = A("Phòng Hợp tác quốc tế"); VP = A("Văn phòng Sở Ngoại vụ", "Văn phòng Sở"); QLBG = A("Phòng Quản lý biên giới")
BP = A("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "BCH Bộ đội Biên phòng tỉnh"); TTDV = A("Trung tâm Dịch thuật và Dịch vụ đối ngoại")
TT = [
 "Duy trì chuyên mục “Quảng Nam - ASEAN” trên Trang thông tin điện tử của Sở Ngoại vụ; đăng tải tối thiểu 04 tin, bài/tháng về hoạt động hợp tác của tỉnh với các nước ASEAN",
 "Biên soạn, phát hành tài liệu “Hỏi - đáp về Cộng đồng ASEAN và hợp tác Quảng Nam - Lào” song ngữ Việt - Lào",
 "Tuyên truyền về Cộng đồng ASEAN, quy chế quản lý biên giới Việt Nam - Lào cho Nhân dân các xã biên giới huyện Tây Giang, Nam Giang",
 "Tổ chức Hội nghị thông tin về hợp tác kinh tế ASEAN, cơ hội thương mại, đầu tư với thị trường Lào, Thái Lan trong bối cảnh phục hồi kinh tế sau đại dịch COVID-19 cho doanh nghiệp của tỉnh",
 "Quảng bá hình ảnh, tiềm năng du lịch, đầu tư của tỉnh (Đô thị cổ Hội An, Khu đền tháp Mỹ Sơn, Khu kinh tế mở Chu Lai) tới các cơ quan đại diện các nước ASEAN tại Việt Nam và các đoàn khách ASEAN đến làm việc tại tỉnh",
 "Phối hợp tổ chức giao lưu văn hóa, thể thao giữa tỉnh Quảng Nam và các tỉnh Sê Kông, Chăm Pa Sắc, Sa La Văn (Lào) nhân kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào (05/9/1962 - 05/9/2022)",
 "Tuyên truyền về quyền, nghĩa vụ của công dân, cơ hội việc làm và dịch chuyển lao động trong ASEAN cho người lao động có nhu cầu đi làm việc tại các nước ASEAN",
 "Cung cấp thông tin định hướng về ASEAN, về quan điểm của Việt Nam trong các vấn đề của ASEAN cho các cơ quan báo chí; phối hợp phản bác thông tin sai trái, xuyên tạc về chính sách đối ngoại của Đảng và Nhà nước",
 "Cử công chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng thông tin đối ngoại và tuyên truyền về ASEAN do Bộ Ngoại giao, Bộ Thông tin và Truyền thông tổ chức",
 "Treo cờ ASEAN, pa nô, băng rôn tại trụ sở cơ quan nhân kỷ niệm 55 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2022)",
]
def tf(text, s, e): return {"text": text, "start": s, "end": e}
tasks = [
 T("III.1", TT[0], [VP], [HTQT], None, note="Time cell 'Thường xuyên': no window."),
 T("III.2", TT[1], [QLBG], [HTQT, BP], tf("Quý III/2022", "2022-07-01", "2022-09-30")),
 T("III.3", TT[2], [QLBG], [BP, A("Ủy ban nhân dân các huyện Tây Giang, Nam Giang", "UBND các huyện Tây Giang, Nam Giang", True)],
   tf("Tháng 6 - 9/2022", "2022-06-01", "2022-09-30"),
   note="'UBND các huyện Tây Giang, Nam Giang' kept as one plural entry (collective), as the cell writes it."),
 T("III.4", TT[3], [HTQT], [A("Sở Công Thương"), A("Sở Kế hoạch và Đầu tư"), A("Hiệp hội Doanh nghiệp tỉnh")], tf("Quý IV/2022", "2022-10-01", "2022-12-31")),
 T("III.5", TT[4], [HTQT], [A("Sở Du lịch"), TTDV], tf("Năm 2022", "2022-01-01", "2022-12-31")),
 T("III.6", TT[5], [HTQT], [A("Sở Văn hóa, Thể thao và Du lịch"), A("Liên hiệp các tổ chức hữu nghị tỉnh")], tf("Tháng 7 - 9/2022", "2022-07-01", "2022-09-30"),
   note="'(05/9/1962 - 05/9/2022)' narrates the anniversary; not a deadline."),
 T("III.7", TT[6], [A("Phòng Lãnh sự - Người Việt Nam ở nước ngoài")], [A("Sở Lao động - Thương binh và Xã hội")], tf("Năm 2022", "2022-01-01", "2022-12-31")),
 T("III.8", TT[7], [HTQT], [A("Sở Thông tin và Truyền thông"), A("Báo Quảng Nam"), A("Đài Phát thanh - Truyền hình Quảng Nam", "Đài PT-TH Quảng Nam")], None,
   note="Time cell 'Thường xuyên': no window."),
 T("III.9", TT[8], [VP], [A("Các phòng chuyên môn thuộc Sở", coll=True)], None, note="Time cell 'Theo kế hoạch của Bộ': no window, no deadline."),
 T("III.10", TT[9], [VP], [TTDV], None, note="'Trước ngày 05/8/2022' is a due date (deadline), not a window. '(08/8/1967 - 08/8/2022)' narrates."),
]
assignments = [
 ASG(HTQT, "V.1", ["Là đầu mối, theo dõi, đôn đốc các phòng, đơn vị thuộc Sở triển khai thực hiện Kế hoạch",
                   "Tổng hợp kết quả, tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 05/12/2022"]),
 ASG(VP, "V.2", ["Tham mưu Giám đốc Sở bố trí kinh phí thực hiện các nhiệm vụ tại Kế hoạch này",
                 "Hướng dẫn các phòng, đơn vị thanh, quyết toán kinh phí theo đúng quy định"]),
 ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "V.3", ["Căn cứ nhiệm vụ được phân công, chủ động xây dựng nội dung, tổ chức thực hiện bảo đảm chất lượng, hiệu quả",
                 "Báo cáo kết quả thực hiện về Phòng Hợp tác quốc tế trước ngày 25/11/2022 để tổng hợp"]),
]
deadlines = [
 D("04 tin, bài/tháng", "recurring", "III.1", "đăng tải tối thiểu 04 tin, bài/tháng về hoạt động hợp tác của tỉnh với các nước ASEAN", rec="monthly",
   note="A monthly quota on the portal column: a repeated activity without a date."),
 D("Quý III/2022", "period", "III.2", TT[1], start="2022-07-01", end="2022-09-30"),
 D("Tháng 6 - 9/2022", "period", "III.3", TT[2], start="2022-06-01", end="2022-09-30"),
 D("Quý IV/2022", "period", "III.4", "Tổ chức Hội nghị thông tin về hợp tác kinh tế ASEAN", start="2022-10-01", end="2022-12-31"),
 D("Năm 2022", "period", "III.5", "Quảng bá hình ảnh, tiềm năng du lịch, đầu tư của tỉnh", start="2022-01-01", end="2022-12-31"),
 D("Tháng 7 - 9/2022", "period", "III.6", "Phối hợp tổ chức giao lưu văn hóa, thể thao giữa tỉnh Quảng Nam và các tỉnh Sê Kông, Chăm Pa Sắc, Sa La Văn (Lào)", start="2022-07-01", end="2022-09-30"),
 D("Năm 2022", "period", "III.7", "Tuyên truyền về quyền, nghĩa vụ của công dân, cơ hội việc làm và dịch chuyển lao động trong ASEAN", start="2022-01-01", end="2022-12-31"),
 D("Trước ngày 05/8/2022", "due", "III.10", "Treo cờ ASEAN, pa nô, băng rôn tại trụ sở cơ quan", due="2022-08-05"),
 D("trước ngày 05/12/2022", "due", "V.1", "tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Thông tin và Truyền thông)", due="2022-12-05"),
 D("trước ngày 25/11/2022", "due", "V.3", "Báo cáo kết quả thực hiện về Phòng Hợp tác quốc tế", due="2022-11-25"),
]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh bố trí cho công tác thông tin đối ngoại năm 2022 giao Sở Ngoại vụ (tổng kinh phí dự kiến 85.000.000 đồng) và lồng ghép trong kinh phí hoạt động thường xuyên của các phòng, đơn vị thuộc Sở", "section": "IV"}],
 "amounts": [{"text": "85.000.000 đồng", "vnd": 85000000}],
 "note": "'ngân sách tỉnh' → state_budget; 'lồng ghép trong kinh phí hoạt động thường xuyên' → unit_budget."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget}
areas = [
 area("B01", "Annual ASEAN theme; three pillars; Vietnam's contribution", "covered",
      [("II", "Tuyên truyền về chủ đề năm ASEAN 2022 “ASEAN hành động: Cùng vượt qua thách thức” do Campuchia làm Chủ tịch; các hoạt động của ASEAN trên cả 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam")]),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "partial",
      [("III.4", "trong bối cảnh phục hồi kinh tế sau đại dịch COVID-19")], note="Only as the setting of the business conference (a qualifier inside III.4)."),
 area("B03", "Real-life stories, exemplary people; ASEAN awards", "missing"),
 area("B04", "ASEAN Community identity and belonging", "missing"),
 area("B05", "Promote the province to ASEAN members and partners", "covered", [("III.5", TT[4])]),
 area("B06", "New fields: e-commerce, value chains, single window, labour mobility, digital economy", "covered",
      [("III.7", "cơ hội việc làm và dịch chuyển lao động trong ASEAN")], note="Labour mobility only; an own row of the table."),
 area("B07", "Portals and new media", "covered", [("III.1", "Duy trì chuyên mục “Quảng Nam - ASEAN” trên Trang thông tin điện tử của Sở Ngoại vụ")]),
 area("B08", "Visual propaganda on ASEAN days", "covered", [("III.10", "Treo cờ ASEAN, pa nô, băng rôn tại trụ sở cơ quan nhân kỷ niệm 55 năm Ngày thành lập ASEAN")]),
 area("B09", "Training and capacity building for propaganda staff", "covered",
      [("III.9", "Cử công chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng thông tin đối ngoại và tuyên truyền về ASEAN")],
      note="The Sở sends staff to central courses; an own row."),
 area("B10", "Contests and youth activities on ASEAN", "missing"),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion", "covered",
      [("III.6", "Phối hợp tổ chức giao lưu văn hóa, thể thao giữa tỉnh Quảng Nam và các tỉnh Sê Kông, Chăm Pa Sắc, Sa La Văn (Lào)")]),
 area("B12", "Counter distorted views", "covered", [("III.8", "phối hợp phản bác thông tin sai trái, xuyên tạc về chính sách đối ngoại của Đảng và Nhà nước")]),
 area("B13", "Coordination among departments, localities, organisations and media", "partial",
      [("I.2", "Bảo đảm sự phối hợp chặt chẽ giữa Sở Ngoại vụ với các sở, ban, ngành, địa phương và các cơ quan báo chí trong tỉnh")],
      note="Only a requirement in section I."),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 chk("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (ngân sách tỉnh, 85.000.000 đồng; lồng ghép kinh phí thường xuyên)"),
 chk("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 3 assignments"),
 chk("S4", "pass", "V.1: báo cáo UBND tỉnh trước ngày 05/12/2022; V.3: báo cáo về Phòng Hợp tác quốc tế trước ngày 25/11/2022"),
 chk("S5", "pass", "every row III.1-III.10 names a lead (Đơn vị chủ trì)"),
 chk("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg", "implements provincial plan 7245/KH-UBND (2021-2025)", "year 2022 inside 2021-2025"]})
