# Hand gold for the Hoàng Văn Thụ ward plan (plain text, "Một là, …" run-in tasks).
from common import *
N = 'thai-nguyen_hoang-van-thu_58-KH-UBND_2022_asean-motla'
P = lambda t, s, e: {"text": t, "start": s, "end": e}
def PER(name): return {"name": name, "text": name, "collective": False, "person": True}
meta = {"number": "58/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân phường Hoàng Văn Thụ", "province": "Thái Nguyên",
 "issued": "2022-03-15", "title": "Thông tin, tuyên truyền về ASEAN năm 2022 trên địa bàn phường Hoàng Văn Thụ",
 "period": {"start": 2022, "end": 2022},
 "basis": [{"number": "112/KH-UBND", "type": "Kế hoạch", "date": "2022-02-28"}],
 "signer": {"name": "Dương Thị Hải Yến", "position": "Chủ tịch"}}
TT = ["tuyên truyền trên hệ thống loa truyền thanh của phường", "tuyên truyền trên Trang thông tin điện tử phường và nhóm Zalo của các tổ dân phố",
 "tuyên truyền cổ động trực quan nhân kỷ niệm 55 năm Ngày thành lập ASEAN",
 "tổ chức cho đoàn viên, thanh niên và học sinh tham gia Cuộc thi tìm hiểu về ASEAN do Thành đoàn Thái Nguyên phát động",
 "lồng ghép tuyên truyền về Cộng đồng ASEAN trong sinh hoạt chi hội", "nắm tình hình dư luận trên địa bàn",
 "nâng cao năng lực đội ngũ làm công tác tuyên truyền"]
LB = ["Một là,", "Hai là,", "Ba là,", "Bốn là,", "Năm là,", "Sáu là,", "Bảy là,"]
sections = [S("I","I.","MỤC ĐÍCH, YÊU CẦU",1,"purpose"), S("I.1","1.","Mục đích",2), S("I.2","2.","Yêu cầu",2),
 S("II","II.","NHIỆM VỤ CỤ THỂ",1,"tasks")]
sections += [S(f"II.{i+1}", LB[i], TT[i], 2) for i in range(7)]
sections += [S("III","III.","KINH PHÍ",1,"budget"), S("IV","IV.","TỔ CHỨC THỰC HIỆN",1,"organization"),
 S("IV.1","1.","Công chức Văn hóa - Xã hội phường",2),
 S("IV.2","2.","Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể chính trị - xã hội phường",2),
 S("IV.3","3.","Các tổ dân phố",2)]
VHXH = PER("Công chức Văn hóa - Xã hội phường"); UBP = A("Ủy ban nhân dân phường")
tasks = [
 T("II.1", TT[0], [VHXH], [], None, note="The ward's culture-society civil servant is a position, not a body: entered with person true and the position as name. 'mỗi tuần 02 lần' is a weekly recurring deadline, not a window."),
 T("II.2", TT[1], [PER("Công chức Văn phòng - Thống kê phường")], [], None,
   note="'Trưởng các tổ dân phố chia sẻ lại trong nhóm Zalo của tổ' is a second actor with its own verb, not 'phối hợp'; not listed as support (debatable)."),
 T("II.3", TT[2], [UBP], [], P("từ ngày 01/8 đến ngày 10/8/2022", "2022-08-01", "2022-08-10")),
 T("II.4", TT[3], [A("Đoàn Thanh niên phường")], [A("Trường Trung học cơ sở Hoàng Văn Thụ")], P("quý III/2022", "2022-07-01", "2022-09-30")),
 T("II.5", TT[4], [A("Hội Liên hiệp Phụ nữ phường"), A("Hội Cựu chiến binh phường")], [], None,
   note="'các buổi sinh hoạt định kỳ' names the meetings the content goes into; not read as a deadline."),
 T("II.6", TT[5], [A("Công an phường")], []),
 T("II.7", TT[6], [UBP], [])]
assignments = [
 ASG(VHXH, "IV.1", ["Tham mưu Ủy ban nhân dân phường triển khai Kế hoạch", "theo dõi, đôn đốc các bộ phận, tổ dân phố thực hiện",
   "tổng hợp kết quả, báo cáo Ủy ban nhân dân thành phố (qua Phòng Văn hóa và Thông tin thành phố) trước ngày 20/11/2022"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam phường"), "IV.2", ["Phối hợp tuyên truyền nội dung Kế hoạch đến đoàn viên, hội viên"]),
 ASG(A("Các đoàn thể chính trị - xã hội phường", "các đoàn thể chính trị - xã hội phường", True), "IV.2", ["Phối hợp tuyên truyền nội dung Kế hoạch đến đoàn viên, hội viên"]),
 ASG(A("Các tổ dân phố", coll=True), "IV.3", ["Phổ biến nội dung tuyên truyền đến từng hộ gia đình", "báo cáo kết quả thực hiện về Ủy ban nhân dân phường trước ngày 10/11/2022"])]
deadlines = [
 D("mỗi tuần 02 lần","recurring","II.1","phát tin, bài về ASEAN",rec="weekly", note="Text: 'mỗi tuần 02 lần vào sáng thứ Hai và sáng thứ Năm'; twice a week, kept as weekly."),
 D("từ ngày 01/8 đến ngày 10/8/2022","period","II.3","treo cờ ASEAN cùng Quốc kỳ tại trụ sở Ủy ban nhân dân phường",start="2022-08-01",end="2022-08-10"),
 D("quý III/2022","period","II.4",TT[3],start="2022-07-01",end="2022-09-30"),
 D("trước ngày 20/11/2022","due","IV.1","tổng hợp kết quả, báo cáo Ủy ban nhân dân thành phố",due="2022-11-20"),
 D("trước ngày 10/11/2022","due","IV.3","báo cáo kết quả thực hiện về Ủy ban nhân dân phường",due="2022-11-10")]
budget = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách phường năm 2022; các đoàn thể sử dụng kinh phí hoạt động thường xuyên của đơn vị để tổ chức các hoạt động lồng ghép", "section": "III"}],
 "amounts": []}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget,
 "note": "Section II numbers its tasks with ordinal words ('Một là,' … 'Bảy là,') opening run-in paragraphs. Read as numbered paragraphs 1-7 (ids II.1-II.7, label as printed); the title is the first sentence after the ordinal (the spec's rule for a numbered paragraph without a heading). '55 năm Ngày thành lập ASEAN' and 'năm 2022' in the budget clause are not deadlines."}
areas = [
 area("B01","Annual ASEAN theme; three pillars; Vietnam's contribution","covered",[("II.1","Chủ đề ASEAN năm 2022 “Cùng nhau giải quyết thách thức”")], note="The yearly theme and Vietnam's role are enumerated broadcast topics; the three pillars are not named."),
 area("B02","ASEAN cooperation against COVID-19 and recovery","covered",[("II.1","hợp tác ASEAN trong phòng, chống dịch COVID-19 và phục hồi kinh tế")], note="An enumerated topic of the broadcast task; partial is arguable."),
 area("B03","Real-life stories, exemplary people; ASEAN awards","missing"),
 area("B04","ASEAN Community identity and belonging","partial",[("I.1","từng bước hình thành cảm nhận thuộc về một cộng đồng chung")], note="Purposes only."),
 area("B05","Promote the province to ASEAN members and partners","missing"),
 area("B06","New fields: e-commerce, value chains, single window, labour mobility, digital economy","partial",[("II.5","nhắc nhở hội viên cảnh giác khi mua bán qua thương mại điện tử với người bán ở nước ngoài")], note="One phrase inside the mass-organisation task, a consumer warning rather than ASEAN's new fields."),
 area("B07","Portals and new media","covered",[("II.2","đăng tải, chia sẻ tin, bài, video về ASEAN từ Cổng thông tin ASEAN Việt Nam")]),
 area("B08","Visual propaganda on ASEAN days","covered",[("II.3","treo cờ ASEAN cùng Quốc kỳ tại trụ sở Ủy ban nhân dân phường, căng băng rôn")]),
 area("B09","Training and capacity building for propaganda staff","covered",[("II.7","tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN")]),
 area("B10","Contests and youth activities on ASEAN","covered",[("II.4","tổ chức cho đoàn viên, thanh niên và học sinh tham gia Cuộc thi tìm hiểu về ASEAN")]),
 area("B11","Culture, sports, fairs, exhibitions, investment and tourism promotion","missing"),
 area("B12","Counter distorted views","covered",[("II.6","kịp thời phản bác các thông tin sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và việc Việt Nam tham gia ASEAN")]),
 area("B13","Coordination among departments, localities, organisations and media","partial",[("IV.2","Phối hợp tuyên truyền nội dung Kế hoạch đến đoàn viên, hội viên")], note="Only the request to the Front and mass organisations to join in.")]
checks = [chk("S1","pass","section I MỤC ĐÍCH, YÊU CẦU"), chk("S2","pass","section III KINH PHÍ (ngân sách phường; kinh phí thường xuyên của đoàn thể)"),
 chk("S3","pass","section IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
 chk("S4","pass","reports due 'trước ngày 20/11/2022' (IV.1) and 'trước ngày 10/11/2022' (IV.3)"),
 chk("S5","pass","every task II.1-II.7 opens with its actor"),
 chk("S6","pass","basis cites the city's plan 112/KH-UBND (UBND thành phố Thái Nguyên) on ASEAN propaganda in 2022",
     note="The ward cites only the city plan; that it implements 1160/QĐ-TTg is not stated in this text (same call as Kiên Giang 2841 in the shared gold).")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["implements the city plan 112/KH-UBND on ASEAN propaganda in 2022", "period 2022 inside 2021-2025", "fingerprints: COVID-19 và phục hồi; cảm nhận thuộc về một cộng đồng chung"]})
