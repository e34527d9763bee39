"""Hand-written gold for plan 3 (Sở Du lịch Hà Nội 3318/KH-SDL, LibreOffice PDF)."""
import sys
sys.path.insert(0, "/work/unseen5a/sources")
from common import *
from gen_ha_noi_sdl_pdf import NAME

src = (STAGE / "sources" / f"{NAME}.source.txt").read_text(encoding="utf-8")
TTXT = A("Trung tâm Thông tin Xúc tiến du lịch Hà Nội")
LH = A("Phòng Quản lý lữ hành")
SP = A("Phòng Phát triển sản phẩm du lịch")
T = [
 ("1", "Xây dựng chuyên mục \"Hà Nội - Điểm đến ASEAN\" trên Cổng thông tin du lịch Hà Nội và trang Fanpage \"Visit Hanoi\"; cập nhật thông tin các sự kiện của Năm Chủ tịch ASEAN 2020",
  [TTXT], [], ("Quý I/2020", "2020-01-01", "2020-03-31")),
 ("2", "Sản xuất 03 video clip quảng bá điểm đến Hà Nội bằng tiếng Anh và tiếng của một số nước ASEAN, đăng tải trên các nền tảng mạng xã hội YouTube, Facebook",
  [TTXT], [], ("trước ngày 30/4/2020", "2020-04-30")),
 ("3", "Biên soạn, in ấn 20.000 tờ gấp, bản đồ du lịch Hà Nội song ngữ Việt - Anh có thông tin về Năm ASEAN 2020, phát tại các điểm thông tin du lịch, Cảng hàng không quốc tế Nội Bài và các khách sạn phục vụ đại biểu hội nghị ASEAN",
  [TTXT], [], ("Quý I/2020", "2020-01-01", "2020-03-31")),
 ("4", "Tổ chức đoàn famtrip cho 30 doanh nghiệp lữ hành và phóng viên báo chí các nước ASEAN khảo sát các sản phẩm du lịch mới của Hà Nội",
  [LH], [], ("Quý III/2020", "2020-07-01", "2020-09-30")),
 ("5", "Tham gia Diễn đàn Du lịch ASEAN (ATF) 2020 và các hội chợ du lịch quốc tế tổ chức tại các nước ASEAN; giới thiệu sản phẩm, điểm đến du lịch Hà Nội tại gian hàng chung của Thành phố",
  [TTXT], [], ("Năm 2020", "2020-01-01", "2020-12-31")),
 ("6", "Tổ chức Lễ hội Văn hóa ẩm thực ASEAN tại không gian đi bộ hồ Hoàn Kiếm và phụ cận nhân kỷ niệm Ngày thành lập ASEAN",
  [SP], [A("Ủy ban nhân dân quận Hoàn Kiếm")], ("Tháng 8/2020", "2020-08-01", "2020-08-31")),
 ("7", "Tập huấn nghiệp vụ, kỹ năng giao tiếp, ngoại ngữ và kiến thức về ASEAN cho 200 hướng dẫn viên du lịch, nhân viên lễ tân phục vụ các đoàn khách dự hội nghị ASEAN",
  [LH, A("Phòng Quản lý cơ sở lưu trú du lịch")], [], ("Quý II/2020", "2020-04-01", "2020-06-30")),
 ("8", "Kiểm tra chất lượng dịch vụ, công tác bảo đảm an ninh, an toàn tại các cơ sở lưu trú du lịch đón đại biểu, khách mời các hội nghị ASEAN",
  [A("Thanh tra Sở")], [], None),
 ("9", "Phối hợp với Sở Thông tin và Truyền thông tổ chức họp báo, cung cấp thông tin cho các cơ quan báo chí trong nước và quốc tế về các hoạt động du lịch phục vụ Năm Chủ tịch ASEAN 2020",
  [A("Văn phòng Sở")], [A("Sở Thông tin và Truyền thông")], ("Quý II/2020", "2020-04-01", "2020-06-30")),
 ("10", "Lắp đặt pa nô, áp phích, băng rôn chào mừng Năm Chủ tịch ASEAN 2020 tại các điểm đến du lịch trọng điểm và trung tâm thông tin du lịch của Thành phố",
  [SP], [], ("trước ngày 15/01/2020", "2020-01-15")),
]
tasks, deadlines, tsecs = [], [], []
for n, title, lead, sup, t in T:
    tid = "II." + n
    tf = None
    if t and len(t) == 3:
        tf = TF(*t)
        deadlines.append(DL(t[0], "period", tid, title, start=t[1], end=t[2]))
    elif t:
        deadlines.append(DL(t[0], "due", tid, title, due=t[1]))
    note = None
    if n == "1":
        note = "'Đơn vị thực hiện:' with no separate lead named is the lead; 'Thời hạn: Quý I/2020' (a window) read as the task's timeframe plus a period deadline"
    if n == "2":
        note = "'Thời hạn: trước ngày …' is a due date: deadline only, timeframe null"
    if n == "6":
        note = "lead/support from 'X chủ trì, phối hợp với Y' inside the Đơn vị thực hiện line"
    if n == "8":
        note = "'Thời hạn: Theo lịch tổ chức các hội nghị ASEAN năm 2020' is event-triggered (ASEAN meeting calendar): no deadline, no timeframe"
    if n == "9":
        note = "lead from 'Đơn vị thực hiện: Văn phòng Sở'; support from 'Phối hợp với Sở Thông tin và Truyền thông' opening the task"
    tasks.append(TASK(tid, title, lead, sup, tf, note))
    tsecs.append(SEC(tid, n + ".", title, 2))
deadlines += [
 DL("trước ngày 20/6/2020", "due", "V", "báo cáo kết quả thực hiện về Sở", due="2020-06-20"),
 DL("trước ngày 20/11/2020", "due", "V", "báo cáo kết quả thực hiện về Sở", due="2020-11-20"),
]
III1 = "Tổng kinh phí thực hiện Kế hoạch là 1.150.000.000 đồng (Một tỷ, một trăm năm mươi triệu đồng) từ nguồn ngân sách Thành phố giao Sở Du lịch năm 2020"
III2 = "Các đơn vị chủ động vận động tài trợ, xã hội hóa từ các doanh nghiệp du lịch để tổ chức Lễ hội Văn hóa ẩm thực ASEAN"
IV = {
 "1": "Trung tâm Thông tin Xúc tiến du lịch Hà Nội là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Giám đốc Sở",
 "2": "Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, dự toán kinh phí và tổ chức thực hiện bảo đảm tiến độ",
 "3": "Phòng Kế hoạch - Tài chính hướng dẫn các đơn vị lập dự toán, thanh quyết toán kinh phí theo quy định",
 "4": "Đề nghị Ủy ban nhân dân các quận, huyện, thị xã phối hợp với Sở Du lịch trong việc tổ chức các hoạt động quảng bá du lịch trên địa bàn",
}
plan = {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "3318/KH-SDL", "doc_type": "Kế hoạch",
  "issuer": "Sở Du lịch thành phố Hà Nội", "province": "Hà Nội",
  "issued": "2019-12-16",
  "title": "Tuyên truyền, quảng bá du lịch Hà Nội gắn với Năm Chủ tịch ASEAN 2020 của Việt Nam",
  "period": {"start": 2020, "end": 2020},
  "basis": [{"number": "248/KH-UBND", "type": "Kế hoạch", "date": "2019-11-15"},
            {"number": "7210/QĐ-UBND", "type": "Quyết định", "date": "2019-12-10"}],
  "signer": {"name": "Hoàng Văn Đông", "position": "Phó Giám đốc"},
  "note": "period: the title names no 'giai đoạn'/'năm'; the plan is for the ASEAN Chairmanship year 2020 and its budget is the 2020 estimate, so 2020-2020 (a reader could leave it null). Both 'Căn cứ' documents are basis (the second is the budget decision).",
 },
 "sections": [
  SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
  SEC("I.1", "1.", "Mục đích", 2),
  SEC("I.2", "2.", "Yêu cầu", 2),
  SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"),
 ] + tsecs + [
  SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  SEC("III.1", "1.", III1, 2),
  SEC("III.2", "2.", III2, 2),
  SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 ] + [SEC("IV." + k, k + ".", v, 2) for k, v in IV.items()] + [
  SEC("V", "V.", "CHẾ ĐỘ BÁO CÁO", 1, "reporting"),
 ],
 "tasks": tasks,
 "assignments": [
  ASG(TTXT, "IV.1", ["là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Giám đốc Sở"]),
  ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "IV.2", ["căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, dự toán kinh phí và tổ chức thực hiện bảo đảm tiến độ"]),
  ASG(A("Phòng Kế hoạch - Tài chính"), "IV.3", ["hướng dẫn các đơn vị lập dự toán, thanh quyết toán kinh phí theo quy định"]),
  ASG(A("Ủy ban nhân dân các quận, huyện, thị xã", coll=True), "IV.4", ["phối hợp với Sở Du lịch trong việc tổ chức các hoạt động quảng bá du lịch trên địa bàn"]),
 ],
 "deadlines": deadlines,
 "budget": {
  "present": True, "section": "III",
  "sources": ["state_budget", "sponsorship", "socialization"],
  "clauses": [{"text": III1, "section": "III.1"}, {"text": III2, "section": "III.2"}],
  "amounts": [
   {"text": "1.150.000.000 đồng", "vnd": 1150000000},
   {"text": "650.000.000 đồng", "vnd": 650000000},
   {"text": "250.000.000 đồng", "vnd": 250000000},
   {"text": "250.000.000 đồng", "vnd": 250000000},
  ],
  "note": "every printed amount is listed: the total and its three parts (two parts of 250.000.000 đồng each); the amounts in words repeat the figures and are not extra amounts",
 },
}
areas = [
 AREA("A01", "missing", note="only the focal-point role of Trung tâm TTXT in IV.1 (follow-up, not a coordination mechanism or press orientation); arguable partial"),
 AREA("A02", "missing"),
 AREA("A03", "covered", "II.2", "đăng tải trên các nền tảng mạng xã hội YouTube, Facebook"),
 AREA("A04", "missing"),
 AREA("A05", "partial", "II.7", "Tập huấn nghiệp vụ, kỹ năng giao tiếp, ngoại ngữ và kiến thức về ASEAN cho 200 hướng dẫn viên du lịch",
      note="training on ASEAN for tour guides and receptionists, not for propaganda staff or reporters"),
 AREA("A06", "missing"),
 AREA("A07", "missing"),
 AREA("A08", "missing"),
 AREA("A09", "covered", "II.1", "Xây dựng chuyên mục \"Hà Nội - Điểm đến ASEAN\" trên Cổng thông tin du lịch Hà Nội"),
 AREA("A10", "covered", "II.10", "Lắp đặt pa nô, áp phích, băng rôn chào mừng Năm Chủ tịch ASEAN 2020"),
 AREA("A11", "covered", "II.5", "Tham gia Diễn đàn Du lịch ASEAN (ATF) 2020 và các hội chợ du lịch quốc tế tổ chức tại các nước ASEAN"),
 AREA("A12", "covered", "II.3", "Biên soạn, in ấn 20.000 tờ gấp, bản đồ du lịch Hà Nội song ngữ Việt - Anh có thông tin về Năm ASEAN 2020"),
 AREA("A13", "covered", "II.1", "cập nhật thông tin các sự kiện của Năm Chủ tịch ASEAN 2020"),
 AREA("A14", "partial", "II.7", "kiến thức về ASEAN", note="ASEAN itself appears only as a training topic"),
 AREA("A15", "missing"),
 AREA("A16", "covered", "II.2", "Sản xuất 03 video clip quảng bá điểm đến Hà Nội"),
]
audit = {
 "schema": "planparse/audit@1", "reference": REF19,
 "applicable": {"value": True, "reasons": ["cites the city plan 248/KH-UBND on ASEAN propaganda 2019-2020", "plan year 2020 inside 2019-2020",
                "fingerprint: Chủ tịch ASEAN 2020"]},
 "areas": areas,
 "checks": [
  {"id": "S1", "status": "pass", "detail": "section I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "section III KINH PHÍ THỰC HIỆN (1.150.000.000 đồng)"},
  {"id": "S3", "status": "pass", "detail": "section IV TỔ CHỨC THỰC HIỆN with 4 assignments"},
  {"id": "S4", "status": "pass", "detail": "V: báo cáo trước ngày 20/6/2020 and 20/11/2020"},
  {"id": "S5", "status": "pass", "detail": "every task II.1-II.10 has an Đơn vị thực hiện"},
  {"id": "S6", "status": "pass", "detail": "basis cites the city plan 248/KH-UBND, which implements 02/QĐ-BCĐASEAN", "note": "S6 through a provincial (city) plan, as the spec allows"},
 ],
}
write_gold(NAME, plan, audit, src)
