# Hand gold for the Hà Tiên (Kiên Giang) Markdown plan. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'kien-giang_ha-tien_89-KH-UBND_2022_asean-md'
meta = {"number": "89/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân thành phố Hà Tiên", "province": "Kiên Giang",
 "issued": "2022-04-14", "title": "Thông tin, tuyên truyền về ASEAN trên địa bàn thành phố Hà Tiên giai đoạn 2022 - 2025",
 "period": {"start": 2022, "end": 2025},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"}, {"number": "198/KH-UBND", "type": "Kế hoạch", "date": "2021-10-19"}],
 "signer": {"name": "Trần Thị Ngọc Hân", "position": "Phó Chủ tịch"}}
TT = ["Tuyên truyền về Cộng đồng ASEAN và Chủ đề năm ASEAN", "Thông tin về thương mại, xuất nhập khẩu qua cửa khẩu",
 "Thông tin về hợp tác ASEAN ứng phó với COVID-19 và phục hồi kinh tế", "Chuyên mục về ASEAN trên Trang thông tin điện tử thành phố và mạng xã hội",
 "Giới thiệu câu chuyện thực tiễn, mô hình điển hình", "Giao lưu văn hóa, thể thao, triển lãm và quảng bá du lịch",
 "Tuyên truyền trong đoàn viên, thanh niên, học sinh", "Đấu tranh, phản bác quan điểm sai trái", "Tuyên truyền trên hệ thống truyền thanh và cổ động trực quan"]
ORG = ["Phòng Văn hóa và Thông tin", "Phòng Tài chính - Kế hoạch", "Đề nghị UBMTTQVN thành phố và các tổ chức chính trị - xã hội thành phố", "UBND các xã, phường"]
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("II","II.","NHIỆM VỤ, GIẢI PHÁP",1,"tasks")] + [S(f"II.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(TT)] + [
 S("III","III.","KINH PHÍ THỰC HIỆN",1,"budget"), S("IV","IV.","TỔ CHỨC THỰC HIỆN",1,"organization")] + [S(f"IV.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(ORG)]
VHTT = A("Phòng Văn hóa và Thông tin"); TT3 = A("Trung tâm Văn hóa - Thể thao và Truyền thanh thành phố")
tasks = [
 T("II.1", TT[0], [VHTT], [], {"text": "năm 2022 và các năm tiếp theo", "start": "2022-01-01", "end": "2025-12-31"},
   note="'X chủ trì tham mưu UBND thành phố …'. The open-ended window is bounded by the plan period 2022-2025."),
 T("II.2", TT[1], [A("Phòng Kinh tế")], [A("Chi cục Hải quan cửa khẩu quốc tế Hà Tiên"), A("Đồn Biên phòng cửa khẩu quốc tế Hà Tiên")],
   {"text": "trong quý III/2022", "start": "2022-07-01", "end": "2022-09-30"}),
 T("II.3", TT[2], [VHTT], [A("Các phòng, ban, ngành thành phố", coll=True)], None,
   note="'Y phối hợp với X cung cấp thông tin …': support named first; X, the office in charge of information, is the lead."),
 T("II.4", TT[3], [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố", "Văn phòng HĐND và UBND thành phố")], [], None),
 T("II.5", TT[4], [TT3], [], None, note="'ít nhất 01 phóng sự/quý' is a recurring deadline, not a window."),
 T("II.6", TT[5], [VHTT], [], {"text": "tháng 11-12/2022", "start": "2022-11-01", "end": "2022-12-31"},
   note="'X tham mưu UBND thành phố tổ chức …': X is the lead. 'nhân dịp Lễ hội …' is event timing."),
 T("II.7", TT[6], [A("Thành Đoàn Hà Tiên")], [A("Phòng Giáo dục và Đào tạo")], {"text": "trong năm 2023", "start": "2023-01-01", "end": "2023-12-31"}),
 T("II.8", TT[7], [], [], None, note="'Các cơ quan, đơn vị liên quan theo chức năng, nhiệm vụ được giao …' names no agency: no lead."),
 T("II.9", TT[8], [TT3], [], None, note="The title's 'cổ động trực quan' is never carried out in the body."),
]
assignments = [
 ASG(VHTT, "IV.1", ["Là cơ quan đầu mối, hướng dẫn, theo dõi, đôn đốc việc triển khai Kế hoạch", "Tổng hợp kết quả, tham mưu UBND thành phố báo cáo Sở Thông tin và Truyền thông trước ngày 15 tháng 12 hằng năm"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "IV.2", ["Tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "UBMTTQVN thành phố"), "IV.3", ["Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt của đoàn viên, hội viên", "vận động Nhân dân khu vực biên giới chấp hành quy định về xuất nhập cảnh, giao thương qua biên giới"]),
 ASG(A("Các tổ chức chính trị - xã hội thành phố", "các tổ chức chính trị - xã hội thành phố", coll=True), "IV.3", ["Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt của đoàn viên, hội viên", "vận động Nhân dân khu vực biên giới chấp hành quy định về xuất nhập cảnh, giao thương qua biên giới"]),
 ASG(A("Ủy ban nhân dân các xã, phường", "UBND các xã, phường", coll=True), "IV.4", ["Tổ chức tuyên truyền trên địa bàn", "báo cáo kết quả hằng quý về Phòng Văn hóa và Thông tin để tổng hợp"]),
]
deadlines = [
 D("năm 2022 và các năm tiếp theo", "period", "II.1", "hướng dẫn nội dung tuyên truyền về Chủ đề ASEAN hằng năm", start="2022-01-01", end="2025-12-31", note="Bounded by the plan period."),
 D("trong quý III/2022", "period", "II.2", "tổ chức hội nghị thông tin cho doanh nghiệp, thương nhân", start="2022-07-01", end="2022-09-30"),
 D("ít nhất 01 phóng sự/quý", "recurring", "II.5", "phát sóng", rec="quarterly"),
 D("tháng 11-12/2022", "period", "II.6", "tổ chức giao lưu văn hóa, thể thao với tỉnh Kampot (Vương quốc Campuchia)", start="2022-11-01", end="2022-12-31"),
 D("trong năm 2023", "period", "II.7", "tổ chức cuộc thi tìm hiểu về ASEAN trên mạng xã hội", start="2023-01-01", end="2023-12-31"),
 D("ít nhất 04 tin, bài/tháng", "recurring", "II.9", "phát tin, bài về ASEAN trên hệ thống loa truyền thanh các xã, phường", rec="monthly"),
 D("trước ngày 15 tháng 12 hằng năm", "due", "IV.1", "tham mưu UBND thành phố báo cáo Sở Thông tin và Truyền thông", due="--12-15", rec="yearly"),
 D("hằng quý", "recurring", "IV.4", "báo cáo kết quả", rec="quarterly"),
]
budget = {"present": True, "section": "III", "sources": ["unit_budget", "state_budget"],
 "clauses": [{"text": "Các cơ quan, đơn vị tự cân đối trong dự toán được giao hằng năm để thực hiện", "section": "III"},
             {"text": "Phòng Tài chính - Kế hoạch thẩm định, tham mưu UBND thành phố bổ sung kinh phí từ ngân sách thành phố đối với các hoạt động phát sinh (nếu có)", "section": "III"}],
 "amounts": [], "note": "'tự cân đối trong dự toán được giao' → unit_budget; a top-up 'từ ngân sách thành phố' for extra activities → state_budget."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Markdown '#'/'##'/'###' marks and '**' are decoration; levels come from the typed labels."}
areas = [
 area("B01","Annual ASEAN theme; three pillars; Vietnam's contribution","covered",[("II.1","hướng dẫn nội dung tuyên truyền về Chủ đề ASEAN hằng năm, 3 trụ cột của Cộng đồng ASEAN (Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội) và những đóng góp của Việt Nam trong ASEAN")]),
 area("B02","ASEAN cooperation against COVID-19 and recovery","covered",[("II.3","cung cấp thông tin, tin bài về hợp tác ASEAN trong ứng phó với dịch COVID-19, phục hồi du lịch, thương mại biên giới sau đại dịch")]),
 area("B03","Real-life stories, exemplary people; ASEAN awards","covered",[("II.5","thực hiện phóng sự giới thiệu câu chuyện thực tiễn, mô hình điển hình của doanh nghiệp, hộ kinh doanh Hà Tiên")]),
 area("B04","ASEAN Community identity and belonging","missing", note="'Tư duy Cộng đồng, Hành động Cộng đồng' in the purposes is the programme's slogan, not identity/belonging content."),
 area("B05","Promote the province to ASEAN members and partners","covered",[("II.6","lồng ghép quảng bá tiềm năng du lịch Hà Tiên (Thạch Động, Mũi Nai, Lăng Mạc Cửu, quần đảo Hải Tặc) đến du khách các nước ASEAN")]),
 area("B06","New fields: e-commerce, value chains, single window, labour mobility, digital economy","covered",[("II.2","tổ chức hội nghị thông tin cho doanh nghiệp, thương nhân về thương mại điện tử, Cơ chế một cửa ASEAN")]),
 area("B07","Portals and new media","covered",[("II.4","duy trì chuyên mục “Hà Tiên - ASEAN” trên Trang thông tin điện tử thành phố; chia sẻ tin, bài, video lên Fanpage “Hà Tiên ngày nay”")]),
 area("B08","Visual propaganda on ASEAN days","partial",[("II.9","Tuyên truyền trên hệ thống truyền thanh và cổ động trực quan")], note="Only a word in II.9's title; the body commits to radio broadcasts only."),
 area("B09","Training and capacity building for propaganda staff","missing"),
 area("B10","Contests and youth activities on ASEAN","covered",[("II.7","tổ chức cuộc thi tìm hiểu về ASEAN trên mạng xã hội cho đoàn viên, thanh niên, học sinh trung học cơ sở")]),
 area("B11","Culture, sports, fairs, exhibitions, investment and tourism promotion","covered",[("II.6","tổ chức giao lưu văn hóa, thể thao với tỉnh Kampot (Vương quốc Campuchia)")]),
 area("B12","Counter distorted views","covered",[("II.8","kịp thời phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Việt Nam và quá trình hội nhập ASEAN")], note="An own task, though no agency is named to lead it."),
 area("B13","Coordination among departments, localities, organisations and media","partial",[("I","Tăng cường công tác phối hợp thông tin giữa các phòng, ban, ngành thành phố, UBND các xã, phường và các cơ quan báo chí")], note="Only in the purposes."),
]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section III KINH PHÍ THỰC HIỆN (tự cân đối; ngân sách thành phố)"),
 chk("S3","pass","section IV TỔ CHỨC THỰC HIỆN with 5 assignments"), chk("S4","pass","report due 'trước ngày 15 tháng 12 hằng năm' (IV.1)"),
 chk("S5","fail","II.8 names no lead ('Các cơ quan, đơn vị liên quan theo chức năng, nhiệm vụ')"), chk("S6","pass","basis cites Quyết định 1160/QĐ-TTg and Kiên Giang's plan 198/KH-UBND")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg and 198/KH-UBND", "period 2022-2025", "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; COVID-19; 3 trụ cột"]})
