# Hand gold for the Quảng Ninh e-office signed PDF (signature boxes stamped into the text layer).
from common import *
N = 'quang-ninh_3567-KH-SCT_2021_asean-esigned'
P = lambda t, s, e: {"text": t, "start": s, "end": e}
meta = {"number": "3567/KH-SCT", "doc_type": "Kế hoạch", "issuer": "Sở Công Thương tỉnh Quảng Ninh", "province": "Quảng Ninh",
 "issued": "2021-11-12", "title": "Thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2021 - 2025",
 "period": {"start": 2021, "end": 2025},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"}, {"number": "221/KH-UBND", "type": "Kế hoạch", "date": "2021-10-28"}],
 "signer": {"name": "Nguyễn Thị Hạnh", "position": "Phó Giám đốc"}}
T2 = ["Phổ biến các cam kết trong Cộng đồng Kinh tế ASEAN và thương mại điện tử", "Thông tin về Cơ chế một cửa ASEAN và chuỗi cung ứng khu vực",
 "Xúc tiến thương mại tại các nước ASEAN", "Chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử của Sở", "Giới thiệu câu chuyện thực tiễn của doanh nghiệp",
 "Tuyên truyền về hợp tác ASEAN phục hồi sau dịch COVID-19", "Nâng cao năng lực cán bộ"]
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("II","II.","NHIỆM VỤ CỤ THỂ",1,"tasks")]
sections += [S(f"II.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(T2)]
sections += [S("III","III.","KINH PHÍ THỰC HIỆN",1,"budget"), S("IV","IV.","TỔ CHỨC THỰC HIỆN",1,"organization"),
 S("IV.1","1.","Văn phòng Sở",2), S("IV.2","2.","Phòng Kế hoạch - Tài chính - Tổng hợp",2), S("IV.3","3.","Các phòng, đơn vị thuộc Sở",2)]
TM = A("Phòng Quản lý Thương mại"); KC = A("Trung tâm Khuyến công và Xúc tiến thương mại"); VP = A("Văn phòng Sở")
tasks = [
 T("II.1", T2[0], [TM], [KC], None, note="'hằng năm' is not a window (kept as a yearly recurring deadline)."),
 T("II.2", T2[1], [TM], [A("Cục Hải quan tỉnh Quảng Ninh")], P("quý II/2022", "2022-04-01", "2022-06-30")),
 T("II.3", T2[2], [KC], [A("Hiệp hội Doanh nghiệp tỉnh Quảng Ninh")], P("2022 - 2025", "2022-01-01", "2025-12-31"), note="'giai đoạn 2022 - 2025' in the running text."),
 T("II.4", T2[3], [VP], [], None, note="Lead from the actor opening the text."),
 T("II.5", T2[4], [TM], [A("Báo Quảng Ninh"), A("Trung tâm Truyền thông tỉnh")], None, note="'Phối hợp với X' opens the text; the lead is named at its end ('Phòng Quản lý Thương mại chủ trì')."),
 T("II.6", T2[5], [A("Phòng Quản lý Công nghiệp")], [], P("trong năm 2022", "2022-01-01", "2022-12-31")),
 T("II.7", T2[6], [VP], [], None, note="'do Bộ Công Thương, Sở Thông tin và Truyền thông tổ chức' names the course organisers, not support.")]
assignments = [
 ASG(VP, "IV.1", ["Là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch", "tổng hợp, báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"]),
 ASG(A("Phòng Kế hoạch - Tài chính - Tổng hợp"), "IV.2", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm của Sở"]),
 ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "IV.3", ["Chủ động triển khai các nhiệm vụ được giao", "báo cáo kết quả về Văn phòng Sở trước ngày 20/11 hằng năm"])]
deadlines = [
 D("hằng năm", "recurring", "II.1", "Tổ chức hội nghị phổ biến các cam kết trong Cộng đồng Kinh tế ASEAN", rec="yearly"),
 D("quý II/2022", "period", "II.2", "Tổ chức hội thảo về Cơ chế một cửa ASEAN, chuỗi cung ứng giá trị khu vực", start="2022-04-01", end="2022-06-30"),
 D("giai đoạn 2022 - 2025", "period", "II.3", "Tổ chức đoàn doanh nghiệp tham gia Hội chợ ASEAN - Trung Quốc (CAEXPO)", start="2022-01-01", end="2025-12-31"),
 D("trong năm 2022", "period", "II.6", "biên soạn tài liệu về hợp tác ASEAN trong ứng phó, phục hồi chuỗi sản xuất công nghiệp sau đại dịch COVID-19", start="2022-01-01", end="2022-12-31"),
 D("trước ngày 30/11 hằng năm", "due", "IV.1", "tổng hợp, báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
 D("trước ngày 20/11 hằng năm", "due", "IV.3", "báo cáo kết quả về Văn phòng Sở", due="--11-20", rec="yearly")]
budget = {"present": True, "section": "III", "sources": ["state_budget", "socialization", "enterprise"],
 "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở Công Thương hằng năm và kinh phí Chương trình xúc tiến thương mại tỉnh (dự kiến 250 triệu đồng/năm); huy động xã hội hóa, đóng góp của doanh nghiệp tham gia hội chợ", "section": "III"}],
 "amounts": [{"text": "250 triệu đồng", "vnd": 250000000, "note": "Per year ('250 triệu đồng/năm')."}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "E-office signed PDF: the organisation's signature box ('Ký bởi: Sở Công Thương / Email / Cơ quan: Tỉnh Quảng Ninh / Thời gian ký: 12.11.2021 16:05:33') is in the text layer before the header; its time is the signing time, not the issue date. The personal box ('Ký bởi: Nguyễn Thị Hạnh …') sits between the position and the printed name. Footer 'Mã văn bản … Trang i/3' on every page. None of these is plan content."}
areas = [
 area("B01","Annual ASEAN theme; three pillars; Vietnam's contribution","partial",[("I","Bám sát nội dung Trụ cột Kinh tế ASEAN")], note="Only the economic pillar, and only in the purposes."),
 area("B02","ASEAN cooperation against COVID-19 and recovery","covered",[("II.6","biên soạn tài liệu về hợp tác ASEAN trong ứng phó, phục hồi chuỗi sản xuất công nghiệp sau đại dịch COVID-19")]),
 area("B03","Real-life stories, exemplary people; ASEAN awards","covered",[("II.5","giới thiệu câu chuyện thực tiễn, mô hình điển hình của doanh nghiệp Quảng Ninh xuất khẩu thành công sang thị trường ASEAN")]),
 area("B04","ASEAN Community identity and belonging","missing"),
 area("B05","Promote the province to ASEAN members and partners","covered",[("II.3","quảng bá sản phẩm OCOP Quảng Ninh tới các nhà nhập khẩu ASEAN")]),
 area("B06","New fields: e-commerce, value chains, single window, labour mobility, digital economy","covered",[("II.1","kỹ năng kinh doanh trên các sàn thương mại điện tử trong khu vực"),("II.2","Tổ chức hội thảo về Cơ chế một cửa ASEAN, chuỗi cung ứng giá trị khu vực")]),
 area("B07","Portals and new media","covered",[("II.4","Văn phòng Sở duy trì chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử của Sở"),("II.4","chia sẻ lên mạng xã hội và nền tảng số của Sở")]),
 area("B08","Visual propaganda on ASEAN days","missing"),
 area("B09","Training and capacity building for propaganda staff","covered",[("II.7","Cử công chức, viên chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN")]),
 area("B10","Contests and youth activities on ASEAN","missing"),
 area("B11","Culture, sports, fairs, exhibitions, investment and tourism promotion","covered",[("II.3","Tổ chức đoàn doanh nghiệp tham gia Hội chợ ASEAN - Trung Quốc (CAEXPO) và các hội chợ, triển lãm tại Thái Lan, Ma-lai-xi-a")]),
 area("B12","Counter distorted views","missing"),
 area("B13","Coordination among departments, localities, organisations and media","missing", note="Only task-level 'phối hợp với'; no commitment to coordination of information.")]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section III KINH PHÍ THỰC HIỆN (ngân sách nhà nước, xã hội hóa, doanh nghiệp; 250 triệu đồng/năm)"),
 chk("S3","pass","section IV TỔ CHỨC THỰC HIỆN with 3 assignments"), chk("S4","pass","reports due 'trước ngày 30/11 hằng năm' (IV.1) and 'trước ngày 20/11 hằng năm' (IV.3)"),
 chk("S5","pass","every task II.1-II.7 has a lead"), chk("S6","pass","basis cites Quyết định 1160/QĐ-TTg (and Quảng Ninh's plan 221/KH-UBND)")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2021-2025", "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; kinh tế số, chuyển đổi số; COVID-19"]})
