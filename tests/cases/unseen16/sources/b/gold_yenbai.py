# Hand gold for the Ban Tuyên giáo Tỉnh ủy Yên Bái DOCX (foreign-information plan 2022; not an ASEAN plan).
import sys; sys.path.insert(0, '.')
from common import *
N = 'yen-bai_95-KH-BTGTU_2022_asean-partydocx'
meta = {"number": "95-KH/BTGTU", "doc_type": "Kế hoạch", "issuer": "Ban Tuyên giáo Tỉnh ủy Yên Bái", "province": "Yên Bái",
 "issued": "2022-02-25", "title": "Công tác thông tin đối ngoại năm 2022", "period": {"start": 2022, "end": 2022},
 "basis": [{"number": "19-HD/BTGTW", "type": "Hướng dẫn", "date": "2021-12-30"},
           {"number": "52-KH/TU", "type": "Kế hoạch", "date": "2022-01-18"}],
 "signer": {"name": "Hà Văn Lâm", "position": "Phó Trưởng ban"},
 "note": "Party header: left 'TỈNH ỦY YÊN BÁI' (parent) / 'BAN TUYÊN GIÁO' (issuer) / '*' / 'Số 95-KH/BTGTU' (Party number form, no colon); right 'ĐẢNG CỘNG SẢN VIỆT NAM' instead of the national motto. Signature 'K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN'. The Hướng dẫn of the Ban Tuyên giáo Trung ương is cited under 'Căn cứ', so it is basis with its own type."}
TT = ["Tăng cường lãnh đạo, chỉ đạo công tác thông tin đối ngoại", "Định hướng thông tin đối ngoại trên báo chí, mạng xã hội",
 "Cung cấp thông tin cho báo cáo viên", "Tập huấn nghiệp vụ thông tin đối ngoại", "Đấu tranh phản bác các quan điểm sai trái",
 "Quảng bá hình ảnh tỉnh Yên Bái", "Thông tin đối ngoại ở cơ sở"]
ORG = ["Phòng Tuyên truyền - Báo chí - Xuất bản, Ban Tuyên giáo Tỉnh ủy", "Đề nghị Sở Ngoại vụ, Sở Thông tin và Truyền thông, Sở Văn hóa, Thể thao và Du lịch",
 "Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"]
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
 S("II", "II.", "NỘI DUNG TRỌNG TÂM", 1, "content"), S("III", "III.", "NHIỆM VỤ, GIẢI PHÁP", 1, "tasks")] + [
 S(f"III.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(TT)] + [S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization")] + [
 S(f"IV.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(ORG)]
BTG = A("Ban Tuyên giáo Tỉnh ủy"); SNV = A("Sở Ngoại vụ"); STTTT = A("Sở Thông tin và Truyền thông"); SVH = A("Sở Văn hóa, Thể thao và Du lịch")
tasks = [
 T("III.1", TT[0], [BTG], [], None, note="'trong quý III/2022' times only the inspection inside the task: a period deadline, not the task's window."),
 T("III.2", TT[1], [A("Báo Yên Bái"), A("Đài Phát thanh và Truyền hình tỉnh"), A("Cổng Thông tin điện tử tỉnh")], [], None,
   note="Three bodies open the text as actors."),
 T("III.3", TT[2], [BTG], [SNV], {"text": "quý II/2022", "start": "2022-04-01", "end": "2022-06-30"}),
 T("III.4", TT[3], [BTG], [A("Hội Nhà báo tỉnh")], {"text": "quý III/2022", "start": "2022-07-01", "end": "2022-09-30"},
   note="'Ban Tuyên giáo Tỉnh ủy phối hợp với Hội Nhà báo tỉnh tổ chức …': the Ban opens the sentence as the actor, the Hội is support."),
 T("III.5", TT[4], [BTG], [A("Công an tỉnh"), STTTT], None, note="'(Cơ quan Thường trực Ban Chỉ đạo 35 tỉnh)' describes the Ban; not a separate agency."),
 T("III.6", TT[5], [SVH], [SNV], {"text": "tháng 9/2022", "start": "2022-09-01", "end": "2022-09-30"},
   note="'Đề nghị X chủ trì, phối hợp với Y': a Party body can only request a state department, but X leads the task."),
 T("III.7", TT[6], [A("Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy", coll=True)], [], None,
   note="'(08/8/1967 - 08/8/2022)' narrates the ASEAN anniversary; not a deadline."),
]
assignments = [
 ASG(A("Phòng Tuyên truyền - Báo chí - Xuất bản"), "IV.1", ["Chủ trì, tham mưu lãnh đạo Ban hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch",
     "Tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Trung ương kết quả công tác thông tin đối ngoại năm 2022 trước ngày 30/11/2022"]),
 ASG(SNV, "IV.2", ["Phối hợp chặt chẽ với Ban Tuyên giáo Tỉnh ủy thực hiện các nhiệm vụ được phân công tại Kế hoạch này"]),
 ASG(STTTT, "IV.2", ["Phối hợp chặt chẽ với Ban Tuyên giáo Tỉnh ủy thực hiện các nhiệm vụ được phân công tại Kế hoạch này"]),
 ASG(SVH, "IV.2", ["Phối hợp chặt chẽ với Ban Tuyên giáo Tỉnh ủy thực hiện các nhiệm vụ được phân công tại Kế hoạch này"]),
 ASG(A("Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", coll=True), "IV.3",
     ["Căn cứ Kế hoạch, tham mưu cấp ủy triển khai công tác thông tin đối ngoại tại địa phương, đơn vị",
      "Báo cáo kết quả 6 tháng trước ngày 10/6/2022 và báo cáo năm trước ngày 10/11/2022 về Ban Tuyên giáo Tỉnh ủy (qua Phòng Tuyên truyền - Báo chí - Xuất bản)"]),
]
assignments[1]["note"] = "'Đề nghị Sở Ngoại vụ, Sở Thông tin và Truyền thông, Sở Văn hóa, Thể thao và Du lịch': one assignment per department; the list splits between names, not inside 'Sở Văn hóa, Thể thao và Du lịch'."
deadlines = [
 D("trong quý III/2022", "period", "III.1", "kiểm tra việc thực hiện tại 02 huyện và 01 đảng ủy trực thuộc Tỉnh ủy", start="2022-07-01", end="2022-09-30"),
 D("quý II/2022", "period", "III.3", "tổ chức hội nghị báo cáo viên cấp tỉnh", start="2022-04-01", end="2022-06-30"),
 D("quý III/2022", "period", "III.4", "tổ chức 01 lớp tập huấn nghiệp vụ thông tin đối ngoại", start="2022-07-01", end="2022-09-30"),
 D("tháng 9/2022", "period", "III.6", "xây dựng video, ấn phẩm giới thiệu tiềm năng du lịch, đầu tư của tỉnh bằng tiếng Anh", start="2022-09-01", end="2022-09-30"),
 D("trước ngày 30/11/2022", "due", "IV.1", "Tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Trung ương kết quả công tác thông tin đối ngoại năm 2022", due="2022-11-30"),
 D("trước ngày 10/6/2022", "due", "IV.3", "Báo cáo kết quả 6 tháng", due="2022-06-10"),
 D("trước ngày 10/11/2022", "due", "IV.3", "báo cáo năm", due="2022-11-10"),
]
budget = {"present": False, "section": None, "sources": [], "clauses": [], "amounts": [], "note": "The plan says nothing about funding (usual in Party plans)."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget}
areas = [
 area("B01", "Annual ASEAN theme; three pillars; Vietnam's contribution", "partial",
      [("II", "vai trò, đóng góp của Việt Nam tại Liên hợp quốc và trong ASEAN")], note="Vietnam's contribution in ASEAN named once inside a foreign-policy bullet; no theme, no pillars."),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "partial",
      [("II", "Thông tin về kết quả hợp tác quốc tế trong phòng, chống dịch COVID-19")], note="International (not ASEAN) COVID-19 cooperation: the same kind of content."),
 area("B03", "Real-life stories, exemplary people; ASEAN awards", "missing"),
 area("B04", "ASEAN Community identity and belonging", "missing"),
 area("B05", "Promote the province to ASEAN members and partners", "covered",
      [("III.6", "quảng bá tới bạn bè quốc tế, nhất là các nước ASEAN và các đối tác Nhật Bản, Hàn Quốc")],
      note="An own task promoting the province abroad, naming the ASEAN countries first."),
 area("B06", "New fields: e-commerce, value chains, single window, labour mobility, digital economy", "missing"),
 area("B07", "Portals and new media", "partial",
      [("III.2", "duy trì các chuyên trang, chuyên mục thông tin đối ngoại; tăng cường đưa tin, bài trên mạng xã hội và các nền tảng số")],
      note="Foreign-information columns and social networks, not ASEAN content: same kind of activity."),
 area("B08", "Visual propaganda on ASEAN days", "missing"),
 area("B09", "Training and capacity building for propaganda staff", "partial",
      [("III.4", "tổ chức 01 lớp tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ làm công tác tuyên giáo, phóng viên, biên tập viên")],
      note="Training on foreign information in general (same kind); partial, as the shared gold does for 1759's training task."),
 area("B10", "Contests and youth activities on ASEAN", "missing"),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion", "partial",
      [("III.6", "thông qua Lễ hội Văn hóa, Du lịch Mường Lò và Tuần Văn hóa - Du lịch Mù Cang Chải")],
      note="The province's own festivals as channels of promotion; no ASEAN exchange, fair or exhibition."),
 area("B12", "Counter distorted views", "covered",
      [("III.5", "kịp thời đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về đường lối đối ngoại của Đảng, chính sách của Nhà nước ta")],
      note="Countering distortions of foreign policy does not depend on ASEAN: an own task."),
 area("B13", "Coordination among departments, localities, organisations and media", "partial",
      [("I.2", "Tăng cường phối hợp giữa các cơ quan, đơn vị trong triển khai công tác thông tin đối ngoại")], note="Only a requirement in section I."),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 chk("S2", "fail", "no funding section or clause"),
 chk("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 5 assignments"),
 chk("S4", "pass", "IV.1: báo cáo trước ngày 30/11/2022; IV.3: trước ngày 10/6/2022 và 10/11/2022"),
 chk("S5", "pass", "every task III.1-III.7 names a lead"),
 chk("S6", "fail", "basis cites 19-HD/BTGTW and 52-KH/TU on foreign information; neither 1160/QĐ-TTg nor an ASEAN plan")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": False, "reasons": [
 "another topic: foreign information (thông tin đối ngoại) in 2022; ASEAN only in passing (Vietnam's role in ASEAN, the 55th anniversary, promotion to ASEAN countries)",
 "does not cite 1160/QĐ-TTg, 01/QĐ-BCĐASEAN or a provincial ASEAN plan"]})
