"""Hand-written gold for plan 1 (Ninh Thuận 2145/QĐ-UBND, decision issuing a plan)."""
import sys
sys.path.insert(0, "/work/unseen5a/sources")
from common import *
from gen_ninh_thuan_decision import NAME

src = (STAGE / "sources" / f"{NAME}.source.txt").read_text(encoding="utf-8")
TT = A("Sở Thông tin và Truyền thông")
BTG = A("Ban Tuyên giáo Tỉnh ủy")
VHTTDL = A("Sở Văn hóa, Thể thao và Du lịch")
CT = A("Sở Công Thương")
TD = A("Tỉnh đoàn")

def tf(text, s, e):
    return TF(text, s, e)

T = [  # id, title, lead, support, timeframe
 ("1", "Xây dựng cơ chế phối hợp thông tin tuyên truyền về ASEAN giữa các sở, ngành, địa phương và cơ quan báo chí theo chiều ngang và chiều dọc; định hướng các cơ quan báo chí về nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn",
  [TT], [BTG, A("Sở Ngoại vụ")], tf("Quý IV/2019", "2019-10-01", "2019-12-31")),
 ("2", "Khai thác, chia sẻ cơ sở dữ liệu chung về ASEAN từ Cổng thông tin ASEAN Việt Nam; đăng tải, chia sẻ tin, bài trên Cổng thông tin điện tử tỉnh và Fanpage \"ASEAN và Việt Nam\"",
  [A("Văn phòng Ủy ban nhân dân tỉnh")], [TT], None),
 ("3", "Mở chuyên trang, chuyên mục về ASEAN; tiếp, phát sóng các chương trình, phim tài liệu về ASEAN của Đài Truyền hình Việt Nam và Đài Tiếng nói Việt Nam",
  [A("Báo Ninh Thuận"), A("Đài Phát thanh và Truyền hình Ninh Thuận")], [], tf("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("4", "Tổ chức 02 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên, phóng viên, biên tập viên trên địa bàn tỉnh",
  [TT], [BTG, A("Hội Nhà báo tỉnh")], tf("Quý II/2020", "2020-04-01", "2020-06-30")),
 ("5", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử và Cơ chế hải quan một cửa ASEAN cho doanh nghiệp trên địa bàn tỉnh",
  [CT], [A("Sở Kế hoạch và Đầu tư"), A("Hiệp hội Doanh nghiệp tỉnh")], tf("Năm 2020", "2020-01-01", "2020-12-31")),
 ("6", "Lồng ghép nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông; xây dựng Góc ASEAN tại thư viện các trường trung học phổ thông",
  [A("Sở Giáo dục và Đào tạo")], [TD, A("Thư viện tỉnh")], tf("Tháng 3 - tháng 5/2020", "2020-03-01", "2020-05-31")),
 ("7", "Tổ chức triển lãm ảnh \"Ninh Thuận - ASEAN: Gắn kết và phát triển\", các hoạt động giao lưu văn hóa, thể thao; treo băng rôn, khẩu hiệu, pa nô, áp phích tại trung tâm thành phố Phan Rang - Tháp Chàm",
  [VHTTDL], [A("Ủy ban nhân dân thành phố Phan Rang - Tháp Chàm")], tf("Tháng 7/2020", "2020-07-01", "2020-07-31")),
 ("8", "Quảng bá tiềm năng, thế mạnh và các dự án kêu gọi đầu tư của tỉnh tại các hội chợ, hội nghị xúc tiến đầu tư, thương mại, du lịch với các nước ASEAN",
  [A("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh")], [CT, VHTTDL], tf("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("9", "Biên soạn, in ấn, phát hành tài liệu, tờ rơi tuyên truyền về Cộng đồng ASEAN và Năm Chủ tịch ASEAN 2020 của Việt Nam, cấp phát cho các huyện, thành phố",
  [TT], [], tf("Quý I/2020", "2020-01-01", "2020-03-31")),
 ("10", "Theo dõi, nắm bắt dư luận xã hội; kịp thời cung cấp thông tin, phản bác các thông tin sai trái, xuyên tạc liên quan đến việc Việt Nam tham gia ASEAN",
  [TT], [A("Công an tỉnh")], None),
 ("11", "Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện chuyên đề, sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, nông dân ở cơ sở",
  [A("Ủy ban nhân dân các huyện, thành phố", coll=True)], [TD, A("Hội Liên hiệp Phụ nữ tỉnh"), A("Hội Nông dân tỉnh")], tf("2019 - 2020", "2019-01-01", "2020-12-31")),
]
tasks, deadlines, tsecs = [], [], []
for n, title, lead, sup, t in T:
    tid = "III." + n
    tasks.append(TASK(tid, title, lead, sup, t))
    tsecs.append(SEC(tid, n + ".", title, 2))
    if t:
        deadlines.append(DL(t["text"], "period", tid, title, start=t["start"], end=t["end"]))
deadlines.append(DL("trước ngày 15/12 hằng năm", "due", "V.1", "báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN", due="--12-15", rec="yearly"))
deadlines.append(DL("trước ngày 30/11 hằng năm", "due", "V.3", "Gửi báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"))

IV1 = "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành"
IV2 = "Khuyến khích các cơ quan, đơn vị huy động nguồn xã hội hóa và các nguồn hợp pháp khác để thực hiện Kế hoạch"
V4 = "Đề nghị Ban Tuyên giáo Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp chỉ đạo, định hướng công tác tuyên truyền về ASEAN trong hệ thống chính trị"
V4d = ["phối hợp chỉ đạo, định hướng công tác tuyên truyền về ASEAN trong hệ thống chính trị"]
V3d = ["Căn cứ nhiệm vụ được giao, xây dựng kế hoạch cụ thể và tổ chức triển khai thực hiện",
       "Gửi báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp"]
plan = {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "2145/QĐ-UBND", "doc_type": "Quyết định",
  "issuer": "Ủy ban nhân dân tỉnh Ninh Thuận", "province": "Ninh Thuận",
  "issued": "2019-10-22",
  "title": "Ban hành Kế hoạch thông tin tuyên truyền, quảng bá về ASEAN giai đoạn 2019-2020 trên địa bàn tỉnh Ninh Thuận",
  "period": {"start": 2019, "end": 2020},
  "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
            {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
  "signer": {"name": "Trần Văn Lộc", "position": "Phó Chủ tịch"},
  "note": "doc_type/number/title are the decision's (the document as issued: header number 2145/QĐ-UBND, trích yếu under QUYẾT ĐỊNH); the attached KẾ HOẠCH carries no number of its own. 'Theo đề nghị … Tờ trình số 187/TTr-STTTT' is a request, not basis (like 'Xét đề nghị'). Period from the plan it issues (2019-2020).",
 },
 "sections": [
  SEC("1", "Điều 1.", "Ban hành kèm theo Quyết định này Kế hoạch thông tin tuyên truyền, quảng bá về ASEAN giai đoạn 2019-2020 trên địa bàn tỉnh Ninh Thuận", 1, "other",
      note="Điều of the decision: Arabic-like, no Roman parent, so level-1 ids 1/2/3; title = first sentence"),
  SEC("2", "Điều 2.", "Quyết định này có hiệu lực thi hành kể từ ngày ký", 1, "other"),
  SEC("3", "Điều 3.", "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ trưởng các sở, ban, ngành thuộc tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này", 1, "other",
      note="execution formula of the decision, not the plan's Tổ chức thực hiện: kind other, no assignments"),
  SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
  SEC("I.1", "1.", "Mục đích", 2),
  SEC("I.2", "2.", "Yêu cầu", 2),
  SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
  SEC("III", "III.", "NHIỆM VỤ VÀ HOẠT ĐỘNG CỤ THỂ", 1, "tasks"),
 ] + tsecs + [
  SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  SEC("IV.1", "1.", IV1, 2),
  SEC("IV.2", "2.", IV2, 2),
  SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  SEC("V.1", "1.", "Sở Thông tin và Truyền thông", 2),
  SEC("V.2", "2.", "Sở Tài chính", 2),
  SEC("V.3", "3.", "Các sở, ban, ngành thuộc tỉnh; Ủy ban nhân dân các huyện, thành phố", 2),
  SEC("V.4", "4.", V4, 2),
 ],
 "tasks": tasks,
 "assignments": [
  ASG(TT, "V.1", ["Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai thực hiện Kế hoạch; hướng dẫn, đôn đốc, kiểm tra việc thực hiện",
                  "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN trước ngày 15/12 hằng năm"]),
  ASG(A("Sở Tài chính"), "V.2", ["Trên cơ sở dự toán của các cơ quan, đơn vị, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
  ASG(A("Các sở, ban, ngành thuộc tỉnh", coll=True), "V.3", V3d, note="heading names two collectives separated by ';': split"),
  ASG(A("Ủy ban nhân dân các huyện, thành phố", coll=True), "V.3", V3d),
  ASG(BTG, "V.4", V4d),
  ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "V.4", V4d),
  ASG(A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", True), "V.4", V4d),
 ],
 "deadlines": deadlines,
 "budget": {
  "present": True, "section": "IV",
  "sources": ["state_budget", "socialization", "other_lawful"],
  "clauses": [{"text": IV1, "section": "IV.1"}, {"text": IV2, "section": "IV.2"}],
  "amounts": [],
 },
}

areas = [
 AREA("A01", "covered", "III.1", "Xây dựng cơ chế phối hợp thông tin tuyên truyền về ASEAN giữa các sở, ngành, địa phương và cơ quan báo chí theo chiều ngang và chiều dọc"),
 AREA("A02", "covered", "III.2", "Khai thác, chia sẻ cơ sở dữ liệu chung về ASEAN từ Cổng thông tin ASEAN Việt Nam"),
 AREA("A03", "covered", "III.2", "đăng tải, chia sẻ tin, bài trên Cổng thông tin điện tử tỉnh và Fanpage \"ASEAN và Việt Nam\"",
      note="Fanpage only (no app/livestream), as in the 4750 gold"),
 AREA("A04", "covered", "III.11", "Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện chuyên đề, sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, nông dân ở cơ sở"),
 AREA("A05", "covered", "III.4", "Tổ chức 02 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên, phóng viên, biên tập viên"),
 AREA("A06", "covered", "III.5", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử và Cơ chế hải quan một cửa ASEAN cho doanh nghiệp"),
 AREA("A07", "covered", "III.6", "Lồng ghép nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông"),
 AREA("A08", "covered", "III.6", "xây dựng Góc ASEAN tại thư viện các trường trung học phổ thông"),
 AREA("A09", "covered", "III.3", "Mở chuyên trang, chuyên mục về ASEAN; tiếp, phát sóng các chương trình, phim tài liệu về ASEAN của Đài Truyền hình Việt Nam"),
 AREA("A10", "covered", "III.7", "Tổ chức triển lãm ảnh \"Ninh Thuận - ASEAN: Gắn kết và phát triển\", các hoạt động giao lưu văn hóa, thể thao; treo băng rôn, khẩu hiệu, pa nô, áp phích"),
 AREA("A11", "covered", "III.8", "Quảng bá tiềm năng, thế mạnh và các dự án kêu gọi đầu tư của tỉnh tại các hội chợ, hội nghị xúc tiến đầu tư, thương mại, du lịch với các nước ASEAN"),
 AREA("A12", "covered", "III.9", "Biên soạn, in ấn, phát hành tài liệu, tờ rơi tuyên truyền về Cộng đồng ASEAN"),
 AREA("A13", "partial", "III.9", "Năm Chủ tịch ASEAN 2020 của Việt Nam",
      note="only a topic qualifier of the leaflets task and a phrase in the purposes; no summit calendar, no 2019/2020 themes, no anniversaries"),
 AREA("A14", "covered", "II", "Quá trình hình thành, phát triển, vai trò, vị thế và những thành tựu của ASEAN; 3 trụ cột của Cộng đồng ASEAN; đất nước, con người các nước ASEAN"),
 AREA("A15", "covered", "III.10", "Theo dõi, nắm bắt dư luận xã hội; kịp thời cung cấp thông tin, phản bác các thông tin sai trái, xuyên tạc"),
 AREA("A16", "covered", "III.8", "Quảng bá tiềm năng, thế mạnh và các dự án kêu gọi đầu tư của tỉnh"),
]
audit = {
 "schema": "planparse/audit@1",
 "reference": REF19,
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN and 03/BTTTT-BCĐASEAN", "period 2019-2020",
                "fingerprints: Chủ tịch ASEAN 2020, dòng chảy chính của công tác hội nhập ASEAN, nắm bắt được cơ hội để phát triển, Cổng thông tin ASEAN Việt Nam"]},
 "areas": areas,
 "checks": [
  {"id": "S1", "status": "pass", "detail": "section I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "section IV KINH PHÍ THỰC HIỆN"},
  {"id": "S3", "status": "pass", "detail": "section V TỔ CHỨC THỰC HIỆN with 7 assignments"},
  {"id": "S4", "status": "pass", "detail": "V.1 báo cáo trước ngày 15/12 hằng năm; V.3 trước ngày 30/11 hằng năm"},
  {"id": "S5", "status": "pass", "detail": "every task III.1-III.11 has a Cơ quan chủ trì"},
  {"id": "S6", "status": "pass", "detail": "basis cites Quyết định 02/QĐ-BCĐASEAN (26/6/2019)"},
 ],
}
write_gold(NAME, plan, audit, src)
