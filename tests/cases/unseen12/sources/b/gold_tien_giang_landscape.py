"""Hand gold for tien-giang_1245-KH-SCT_2022_asean-landscape (every value typed by the annotator)."""
from common import *
N = 'tien-giang_1245-KH-SCT_2022_asean-landscape'
meta = {"number": "1245/KH-SCT", "doc_type": "Kế hoạch", "issuer": "Sở Công Thương tỉnh Tiền Giang", "province": "Tiền Giang",
 "issued": "2022-05-16", "title": "Thông tin, tuyên truyền về ASEAN của ngành Công Thương tỉnh Tiền Giang giai đoạn 2022 - 2025",
 "period": {"start": 2022, "end": 2025},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
           {"number": "318/KH-UBND", "type": "Kế hoạch", "date": "2021-10-29"},
           {"number": "07/2021/QĐ-UBND", "type": "Quyết định", "date": "2021-03-02"}],
 "signer": {"name": "Trần Thị Mỹ Hạnh", "position": "Phó Giám đốc"},
 "note": "07/2021/QĐ-UBND (the department's mandate) is cited under 'Căn cứ' so it is basis, though not about ASEAN."}
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
 S("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
 S("III", "III.", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN", 1, "tasks"),
 S("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"), S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 S("V.1", "1.", "Văn phòng Sở", 2), S("V.2", "2.", "Phòng Kế hoạch - Tài chính - Tổng hợp", 2),
 S("V.3", "3.", "Các phòng, đơn vị thuộc Sở", 2), S("V.4", "4.", "Đề nghị Hiệp hội Doanh nghiệp tỉnh", 2)]
VP = A("Văn phòng Sở"); QLTM = A("Phòng Quản lý Thương mại"); KC = A("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp")
CPDV = A("Các phòng, đơn vị thuộc Sở", coll=True); HH = A("Hiệp hội Doanh nghiệp tỉnh"); KH = A("Phòng Kế hoạch - Tài chính - Tổng hợp")
Y = lambda a, b: TF(f"{a} - {b}", f"{a}-01-01", f"{b}-12-31")
tasks = [
 T("III.1", "Duy trì chuyên mục \"Hội nhập ASEAN\" trên Trang thông tin điện tử Sở Công Thương; cập nhật tin, bài về Chủ đề ASEAN hằng năm, kết quả hợp tác trên 3 trụ cột, trọng tâm là Trụ cột Kinh tế",
   [VP], [CPDV], note="Body task table: id = III + STT. Group rows A/B/C are neither tasks nor sections; STT runs 1-11 without restarting, so ids carry no group letter. 'Văn phòng Sở' kept as printed (the department's own office)."),
 T("III.2", "Chia sẻ tin, bài, infographic về ASEAN trên Fanpage \"Công Thương Tiền Giang\" và nhóm Zalo doanh nghiệp của Sở", [VP], [KC],
   note="'Hằng quý' is not a window: timeframe null, quarterly recurring deadline."),
 T("III.3", "Tuyên truyền về hợp tác ASEAN trong phục hồi kinh tế sau đại dịch COVID-19, bảo đảm chuỗi cung ứng, lưu thông hàng hóa", [QLTM], [VP], TF("Năm 2022", "2022-01-01", "2022-12-31")),
 T("III.4", "Giới thiệu gương doanh nghiệp, hợp tác xã điển hình xuất khẩu thành công sang thị trường các nước ASEAN", [QLTM], [HH, A("Báo Ấp Bắc")], Y(2023, 2025)),
 T("III.5", "Tổ chức hội nghị phổ biến Hiệp định ATIGA, Hiệp định RCEP, quy tắc xuất xứ và Cơ chế một cửa ASEAN cho doanh nghiệp, hợp tác xã", [QLTM], [A("Sở Kế hoạch và Đầu tư"), HH], TF("Quý III/2022", "2022-07-01", "2022-09-30")),
 T("III.6", "Phổ biến kiến thức thương mại điện tử; hỗ trợ đưa sản phẩm OCOP, trái cây đặc sản lên các sàn thương mại điện tử hướng tới thị trường ASEAN", [QLTM], [KC], Y(2022, 2025)),
 T("III.7", "Tham gia hội chợ, triển lãm tại các nước ASEAN; tổ chức gian hàng giới thiệu trái cây, đặc sản Tiền Giang (sầu riêng Cai Lậy, thanh long Chợ Gạo, vú sữa Lò Rèn Vĩnh Kim)",
   [QLTM], [A("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh")], note="'Hằng năm' is not a window: yearly recurring deadline."),
 T("III.8", "Hỗ trợ doanh nghiệp công nghiệp chế biến, công nghiệp hỗ trợ tham gia chuỗi cung ứng giá trị khu vực ASEAN", [A("Phòng Quản lý Công nghiệp")], [KC], Y(2023, 2025)),
 T("III.9", "Cung cấp thông tin cảnh báo sớm về phòng vệ thương mại, rào cản kỹ thuật tại thị trường các nước ASEAN", [KH], [QLTM]),
 T("III.10", "Cử công chức, viên chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Công Thương, Sở Thông tin và Truyền thông tổ chức", [VP], [CPDV],
   note="'Theo kế hoạch của Bộ' is no window and no deadline."),
 T("III.11", "Tổ chức lớp bồi dưỡng kiến thức hội nhập kinh tế quốc tế, tận dụng ưu đãi thuế quan trong ASEAN cho doanh nghiệp nhỏ và vừa", [KC], [QLTM], TF("Năm 2024", "2024-01-01", "2024-12-31"))]
assignments = [
 ASG(VP, "V.1", ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo Giám đốc Sở và Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) kết quả thực hiện trước ngày 15/11 hằng năm"]),
 ASG(KH, "V.2", ["Tham mưu Giám đốc Sở bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(CPDV, "V.3", ["Căn cứ nhiệm vụ được phân công tại Mục III, chủ động triển khai thực hiện; gửi báo cáo kết quả về Văn phòng Sở trước ngày 05/11 hằng năm"]),
 ASG(HH, "V.4", ["Phối hợp phổ biến nội dung Kế hoạch đến các doanh nghiệp hội viên"])]
deadlines = [
 D("Hằng quý", "recurring", "III.2", "Chia sẻ tin, bài, infographic về ASEAN", rec="quarterly"),
 D("Năm 2022", "period", "III.3", "Tuyên truyền về hợp tác ASEAN trong phục hồi kinh tế sau đại dịch COVID-19", start="2022-01-01", end="2022-12-31"),
 D("2023 - 2025", "period", "III.4", "Giới thiệu gương doanh nghiệp, hợp tác xã điển hình", start="2023-01-01", end="2025-12-31"),
 D("Quý III/2022", "period", "III.5", "Tổ chức hội nghị phổ biến Hiệp định ATIGA, Hiệp định RCEP", start="2022-07-01", end="2022-09-30"),
 D("2022 - 2025", "period", "III.6", "Phổ biến kiến thức thương mại điện tử", start="2022-01-01", end="2025-12-31"),
 D("Hằng năm", "recurring", "III.7", "Tham gia hội chợ, triển lãm tại các nước ASEAN", rec="yearly"),
 D("2023 - 2025", "period", "III.8", "Hỗ trợ doanh nghiệp công nghiệp chế biến, công nghiệp hỗ trợ tham gia chuỗi cung ứng giá trị khu vực ASEAN", start="2023-01-01", end="2025-12-31"),
 D("Năm 2024", "period", "III.11", "Tổ chức lớp bồi dưỡng kiến thức hội nhập kinh tế quốc tế", start="2024-01-01", end="2024-12-31"),
 D("trước ngày 15/11 hằng năm", "due", "V.1", "tổng hợp, báo cáo Giám đốc Sở và Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) kết quả thực hiện", due="--11-15", rec="yearly"),
 D("trước ngày 05/11 hằng năm", "due", "V.3", "gửi báo cáo kết quả về Văn phòng Sở", due="--11-05", rec="yearly")]
budget = {"present": True, "section": "IV", "sources": ["unit_budget", "state_budget", "sponsorship", "other_lawful"],
 "clauses": [{"text": "Kinh phí thực hiện từ nguồn kinh phí chi thường xuyên của Sở Công Thương được giao hằng năm; lồng ghép trong kinh phí Chương trình xúc tiến thương mại và Chương trình khuyến công của tỉnh", "section": "IV"},
             {"text": "Dự kiến kinh phí thực hiện khoảng 120 triệu đồng/năm", "section": "IV"},
             {"text": "Vận động tài trợ của doanh nghiệp và các nguồn hợp pháp khác theo quy định", "section": "IV"}],
 "amounts": [{"text": "120 triệu đồng", "vnd": 120000000, "note": "per year ('120 triệu đồng/năm'), an estimate"}],
 "note": "state_budget for the provincial trade-promotion and industry-extension programmes the work is folded into; 'tài trợ của doanh nghiệp' read as sponsorship (vận động tài trợ), not enterprise contribution."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Landscape PDF; the task table spans pages 2-3 with its header row repeated on page 3 and page numbers in the footer: the repeated header is not a row. 'Thường xuyên' (rows 1, 9) and 'Theo kế hoạch của Bộ' (row 10) are not deadlines; 'hằng năm' in IV describes the budget allocation, not an obligation."}
areas = [
 area("B01", "Annual ASEAN theme; three pillars; Vietnam's contribution", "covered",
  [("III.1", "cập nhật tin, bài về Chủ đề ASEAN hằng năm, kết quả hợp tác trên 3 trụ cột")]),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "covered",
  [("III.3", "Tuyên truyền về hợp tác ASEAN trong phục hồi kinh tế sau đại dịch COVID-19")]),
 area("B03", "Real-life stories, exemplary people; ASEAN awards", "covered",
  [("III.4", "Giới thiệu gương doanh nghiệp, hợp tác xã điển hình xuất khẩu thành công sang thị trường các nước ASEAN")]),
 area("B04", "ASEAN Community identity and belonging", "partial",
  [("I.1", "lan tỏa tinh thần \"Tư duy Cộng đồng, Hành động Cộng đồng\"")], note="Only in the purposes section."),
 area("B05", "Promote the province to ASEAN members and partners", "covered",
  [("III.7", "tổ chức gian hàng giới thiệu trái cây, đặc sản Tiền Giang")]),
 area("B06", "New fields: e-commerce, value chains, single window, labour mobility, digital economy", "covered",
  [("III.6", "Phổ biến kiến thức thương mại điện tử"), ("III.8", "tham gia chuỗi cung ứng giá trị khu vực ASEAN"),
   ("III.5", "quy tắc xuất xứ và Cơ chế một cửa ASEAN")]),
 area("B07", "Portals and new media", "covered",
  [("III.1", "Duy trì chuyên mục \"Hội nhập ASEAN\" trên Trang thông tin điện tử Sở Công Thương"),
   ("III.2", "Chia sẻ tin, bài, infographic về ASEAN trên Fanpage \"Công Thương Tiền Giang\"")]),
 area("B08", "Visual propaganda on ASEAN days", "missing"),
 area("B09", "Training and capacity building for propaganda staff", "covered",
  [("III.10", "Cử công chức, viên chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN")],
  note="Sending staff to courses run by others (the 2019 reference's 'send them to central courses'); covered."),
 area("B10", "Contests and youth activities on ASEAN", "missing"),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion", "covered",
  [("III.7", "Tham gia hội chợ, triển lãm tại các nước ASEAN")]),
 area("B12", "Counter distorted views", "missing",
  note="'cảnh báo sớm về phòng vệ thương mại' (III.9) is trade-remedy information, not countering distorted views."),
 area("B13", "Coordination among departments, localities, organisations and media", "partial",
  [("I.2", "Phối hợp chặt chẽ với Sở Thông tin và Truyền thông, Báo Ấp Bắc, Đài Phát thanh và Truyền hình Tiền Giang trong thực hiện Kế hoạch")],
  note="Only a requirement in section I.")]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 chk("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (kinh phí thường xuyên, lồng ghép chương trình của tỉnh, khoảng 120 triệu đồng/năm, tài trợ)"),
 chk("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 4 assignments"),
 chk("S4", "pass", "V.1 report due trước ngày 15/11 hằng năm; V.3 reports due trước ngày 05/11 hằng năm"),
 chk("S5", "pass", "every task III.1-III.11 has a lead in the table"),
 chk("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg and the provincial plan 318/KH-UBND")]
write(N, 'pdf', plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg and provincial plan 318/KH-UBND", "period 2022-2025 within 2021-2025",
 "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; kinh tế số, chuyển đổi số; COVID-19"]})
