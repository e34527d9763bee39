"""Hand gold for Tây Ninh 512/KH-UBND (PDF). Part II states tasks without roles; Part IV gives roles by task number
(`Chủ trì thực hiện nhiệm vụ tại khoản N Mục II`), which is read like an annex row that names the task: the task gets
that lead/support. Values typed by hand; write_gold checks quotes against pdftotext -raw of the delivered PDF."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "tay-ninh_512-KH-UBND_2020_asean-laterroles"
SRC = delivered_text(NAME, "pdf")
TTTT = lambda t="Sở Thông tin và Truyền thông": A("Sở Thông tin và Truyền thông", t)
VH = lambda: A("Sở Văn hóa, Thể thao và Du lịch")
m = meta("512/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Tây Ninh", "Tây Ninh", "2020-03-12",
         "Thông tin tuyên truyền về ASEAN năm 2020 trên địa bàn tỉnh Tây Ninh", {"start": 2020, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "2502/KH-UBND", "type": "Kế hoạch", "date": "2019-11-08"}],
         {"name": "Lê Hữu Phước", "position": "Phó Chủ tịch"})
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("II", "II.", "NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN", 1, "content")]
LATER = "Roles from Part IV, which assigns this task by its number ('{}')."
T = [
 ("Tuyên truyền về Năm Chủ tịch ASEAN 2020 và các sự kiện quan trọng của ASEAN", [A("Sở Ngoại vụ")], [],
  TF("cả năm 2020", "2020-01-01", "2020-12-31"),
  LATER.format("Chủ trì thực hiện nhiệm vụ tại khoản 1 Mục II", ) + " '28/7/1995 - 28/7/2020' narrates the anniversary; 'trước, trong và sau các Hội nghị Cấp cao' is event-triggered: neither is a deadline."),
 ("Mở chuyên trang, chuyên mục về ASEAN trên báo chí của tỉnh", [TTTT()], [],
  TF("trong quý II/2020 và duy trì đến hết năm", "2020-04-01", "2020-12-31"),
  LATER.format("chủ trì thực hiện các nhiệm vụ tại khoản 2, khoản 3 Mục II") + " Window: from Q2/2020 to the end of the plan year. The press bodies named in the text are where the column appears, not actors."),
 ("Tuyên truyền trên các công cụ truyền thông mới", [TTTT()], [], None,
  LATER.format("chủ trì thực hiện các nhiệm vụ tại khoản 2, khoản 3 Mục II") + " 'thường xuyên, liên tục': no window, no deadline."),
 ("Lồng ghép tuyên truyền về ASEAN trong sinh hoạt đoàn thể", [],
  [A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"), A("Tỉnh Đoàn"), A("Hội Liên hiệp Phụ nữ tỉnh"), A("Hội Nông dân tỉnh")], None,
  "IV.6 only asks these bodies to 'Phối hợp triển khai nội dung tại khoản 4 Mục II': support, and nobody is given the lead."),
 ("Tổ chức triển lãm ảnh về ASEAN", [VH()], [], None, LATER.format("Chủ trì thực hiện nhiệm vụ tại khoản 5, khoản 6 Mục II")),
 ("Xây dựng Góc ASEAN tại Thư viện tỉnh", [VH()], [], None,
  LATER.format("Chủ trì thực hiện nhiệm vụ tại khoản 5, khoản 6 Mục II") + " 'chỉ đạo Thư viện tỉnh' makes the library the performer under the lead, not a 'phối hợp' support."),
 ("Thông tin cho doanh nghiệp về cơ hội và thách thức khi tham gia thị trường ASEAN", [A("Sở Công Thương")], [A("Ban Quản lý Khu kinh tế tỉnh")],
  TF("tháng 9-10/2020", "2020-09-01", "2020-10-31"), LATER.format("Chủ trì, phối hợp với Ban Quản lý Khu kinh tế tỉnh thực hiện nhiệm vụ tại khoản 7 Mục II")),
 ("Tuyên truyền về ASEAN trong trường học", [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh Đoàn")], None,
  LATER.format("Chủ trì, phối hợp với Tỉnh Đoàn thực hiện nhiệm vụ tại khoản 8 Mục II") + " 'trong tháng 10-11/2020' times the contest clause only: deadline, not window."),
]
tasks = [TASK(f"II.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(T, 1)]
secs += [SEC(f"II.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("III", "III.", "KINH PHÍ", 1, "budget"), SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Sở Thông tin và Truyền thông", 2), SEC("IV.2", "2.", "Sở Ngoại vụ", 2),
         SEC("IV.3", "3.", "Sở Văn hóa, Thể thao và Du lịch", 2), SEC("IV.4", "4.", "Sở Công Thương", 2),
         SEC("IV.5", "5.", "Sở Giáo dục và Đào tạo", 2),
         SEC("IV.6", "6.", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh", 2),
         SEC("IV.7", "7.", "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố", 2)]
D6 = ["Phối hợp triển khai nội dung tại khoản 4 Mục II trong hệ thống tổ chức của mình"]
D7 = ["Căn cứ chức năng, nhiệm vụ, lồng ghép tuyên truyền về ASEAN trong hoạt động của cơ quan, đơn vị, địa phương",
      "báo cáo kết quả thực hiện (lồng ghép trong báo cáo công tác thông tin đối ngoại) gửi về Sở Thông tin và Truyền thông trước ngày 30/11/2020"]
asg = [
 ASG(TTTT(), "IV.1", ["Là cơ quan đầu mối, chủ trì thực hiện các nhiệm vụ tại khoản 2, khoản 3 Mục II Kế hoạch này",
                      "hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về ASEAN",
                      "Tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh và Ban Chỉ đạo thông tin tuyên truyền ASEAN (Bộ Thông tin và Truyền thông) chậm nhất ngày 10/12/2020"]),
 ASG(A("Sở Ngoại vụ"), "IV.2", ["Chủ trì thực hiện nhiệm vụ tại khoản 1 Mục II",
                               "phối hợp với Sở TT&TT cung cấp thông tin về các sự kiện ASEAN cho các cơ quan báo chí"]),
 ASG(VH(), "IV.3", ["Chủ trì thực hiện nhiệm vụ tại khoản 5, khoản 6 Mục II", "chỉ đạo Thư viện tỉnh xây dựng, duy trì Góc ASEAN"]),
 ASG(A("Sở Công Thương"), "IV.4", ["Chủ trì, phối hợp với Ban Quản lý Khu kinh tế tỉnh thực hiện nhiệm vụ tại khoản 7 Mục II"]),
 ASG(A("Sở Giáo dục và Đào tạo"), "IV.5", ["Chủ trì, phối hợp với Tỉnh Đoàn thực hiện nhiệm vụ tại khoản 8 Mục II"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"), "IV.6", D6, note="'Đề nghị X, Y, Z, W': one assignment per addressee."),
 ASG(A("Tỉnh Đoàn"), "IV.6", D6),
 ASG(A("Hội Liên hiệp Phụ nữ tỉnh"), "IV.6", D6),
 ASG(A("Hội Nông dân tỉnh"), "IV.6", D6),
 ASG(A("Các sở, ban, ngành tỉnh", coll=True), "IV.7", D7, note="Two collectives separated by ';'."),
 ASG(A("Ủy ban nhân dân các huyện, thành phố", "UBND các huyện, thành phố", True), "IV.7", D7),
]
dls = [
 DL("cả năm 2020", "period", "II.1", "Tuyên truyền về Năm Chủ tịch ASEAN 2020 và các sự kiện quan trọng của ASEAN", start="2020-01-01", end="2020-12-31"),
 DL("trong quý II/2020 và duy trì đến hết năm", "period", "II.2", "Mở chuyên mục", start="2020-04-01", end="2020-12-31"),
 DL("vào dịp kỷ niệm 53 năm Ngày thành lập ASEAN (08/8/2020)", "period", "II.5", "Tổ chức triển lãm ảnh", start="2020-08-08", end="2020-08-08",
    note="A single dated occasion: one-day period."),
 DL("hoàn thành trước ngày 30/6/2020", "due", "II.6", "Bổ sung sách, báo, tài liệu về ASEAN và các nước thành viên", due="2020-06-30"),
 DL("tháng 9-10/2020", "period", "II.7", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN", start="2020-09-01", end="2020-10-31"),
 DL("trong tháng 10-11/2020", "period", "II.8", "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông", start="2020-10-01", end="2020-11-30"),
 DL("chậm nhất ngày 10/12/2020", "due", "IV.1", "báo cáo UBND tỉnh và Ban Chỉ đạo thông tin tuyên truyền ASEAN", due="2020-12-10"),
 DL("trước ngày 30/11/2020", "due", "IV.7", "báo cáo kết quả thực hiện", due="2020-11-30"),
]
bud = {"present": True, "section": "III", "sources": ["unit_budget", "state_budget"],
       "clauses": [{"text": "Các cơ quan, đơn vị tự cân đối trong dự toán ngân sách năm 2020 được giao để thực hiện các nhiệm vụ tại Kế hoạch này", "section": "III"},
                   {"text": "các cơ quan, đơn vị lập dự toán gửi Sở Tài chính thẩm định, trình UBND tỉnh xem xét, bổ sung từ ngân sách tỉnh theo quy định", "section": "III"}],
       "amounts": [],
       "note": "'tự cân đối trong dự toán … được giao' = the units' own allocated budget (unit_budget); extra needs from the provincial budget (state_budget)."}
areas = [
 AREA("A01", "partial", "IV.1", "hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về ASEAN",
      note="Only the focal point guiding the press; no cross-level/sector coordination mechanism."),
 AREA("A02", "missing"),
 AREA("A03", "covered", "II.3", "Chia sẻ các tin, bài, video của Ứng dụng và Fanpage \"ASEAN và Việt Nam\" trên Trang thông tin điện tử, mạng xã hội của các cơ quan, đơn vị"),
 AREA("A04", "covered", "II.4", "Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt chi đoàn, chi hội, các buổi nói chuyện chuyên đề cho đoàn viên, hội viên thanh niên, phụ nữ, nông dân"),
 AREA("A05", "missing"),
 AREA("A06", "covered", "II.7", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, cơ chế hải quan một cửa ASEAN cho doanh nghiệp trên địa bàn tỉnh"),
 AREA("A07", "covered", "II.8", "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông trên địa bàn tỉnh"),
 AREA("A08", "covered", "II.6", "Xây dựng Góc ASEAN tại Thư viện tỉnh"),
 AREA("A09", "covered", "II.2", "tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam và Đài Tiếng nói Việt Nam"),
 AREA("A10", "covered", "II.5", "Tổ chức triển lãm ảnh \"Việt Nam - ASEAN: 25 năm hội nhập và phát triển\""),
 AREA("A11", "missing"),
 AREA("A12", "missing"),
 AREA("A13", "covered", "II.1", "Thông tin kịp thời, đầy đủ về Chủ đề ASEAN 2020 \"Gắn kết và Chủ động thích ứng\", các Hội nghị Cấp cao ASEAN lần thứ 36, 37 do Việt Nam chủ trì"),
 AREA("A14", "partial", "I", "hiểu rõ vai trò, vị thế của ASEAN, những thành tựu sau hơn 50 năm hình thành và phát triển", note="Only in the purposes."),
 AREA("A15", "partial", "I", "phản bác các thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN của Việt Nam", note="Only in the purposes."),
 AREA("A16", "missing", note="Khu kinh tế cửa khẩu Mộc Bài is only where the businesses are; the province is not promoted."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section III KINH PHÍ (units' own estimates; provincial budget for extra needs)"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 11 assignments"),
          ("S4", "pass", "IV.1 report 'chậm nhất ngày 10/12/2020'; IV.7 report 'trước ngày 30/11/2020'"),
          ("S5", "fail", "II.4 has no lead: IV.6 only asks MTTQ and the mass organisations to 'Phối hợp' on it"),
          ("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN")]
au = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN", "period 2020 within 2019-2020", "fingerprints: Chủ tịch ASEAN 2020, Ứng dụng và Fanpage"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
