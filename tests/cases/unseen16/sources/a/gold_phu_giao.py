"""Hand gold for UBND huyện Phú Giáo 2187/KH-UBND (DOCX, task table in Part III). Values typed by hand; write_gold checks
quotes against the python-docx text (paragraphs and table cells) of the delivered DOCX."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "binh-duong_phu-giao_2187-KH-UBND_2019_asean-huyentable"
SRC = delivered_text(NAME, "docx")
VH = lambda: A("Phòng Văn hóa và Thông tin huyện")
TT = lambda: A("Trung tâm Văn hóa - Thể thao huyện")
XA = lambda: A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)
MT = lambda: A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ Việt Nam huyện")
m = meta("2187/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Phú Giáo", "Bình Dương", "2019-10-22",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Phú Giáo", {"start": 2019, "end": 2020},
         [{"number": "4750/KH-UBND", "type": "Kế hoạch", "date": "2019-09-18"}],
         {"name": "Nguyễn Hữu Phước", "position": "Phó Chủ tịch"})
m["note"] = "Signature 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' -> Phó Chủ tịch."
ROWS = [
 ("Xây dựng, phát sóng chuyên mục \u201cPhú Giáo hội nhập ASEAN\u201d trên sóng Đài Truyền thanh huyện; tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Bình Dương",
  [A("Đài Truyền thanh huyện")], [VH()], TF("Năm 2019 - 2020", "2019-01-01", "2020-12-31"), None),
 ("Đăng tải tin, bài về ASEAN trên Trang thông tin điện tử huyện; chia sẻ lại nội dung của Ứng dụng và Fanpage \u201cASEAN và Việt Nam\u201d trên trang mạng xã hội của huyện; chia sẻ dữ liệu, ấn phẩm về huyện với Cổng thông tin ASEAN Việt Nam",
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], [VH()], None, "'Thường xuyên' is not a window."),
 ("Tuyên truyền trực quan bằng băng rôn, khẩu hiệu, pa nô tại trung tâm huyện và các tuyến đường chính nhân kỷ niệm Ngày thành lập ASEAN và Năm Chủ tịch ASEAN 2020",
  [TT()], [XA()], TF("Tháng 7 - 8/2020", "2020-07-01", "2020-08-31"), None),
 ("Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt, hội nghị của Mặt trận, các đoàn thể và trong sinh hoạt tổ nhân dân tự quản",
  [MT(), A("Các đoàn thể chính trị - xã hội huyện", "các đoàn thể chính trị - xã hội huyện", True)], [VH(), XA()],
  TF("2019 - 2020", "2019-01-01", "2020-12-31"), "Two leads in the cell, separated by ';'."),
 ("Tổ chức hoạt động ngoại khóa, lồng ghép nội dung về ASEAN trong các trường học; phát động học sinh tham gia cuộc thi tìm hiểu về ASEAN",
  [A("Phòng Giáo dục và Đào tạo huyện")], [A("Huyện Đoàn")], TF("Năm học 2019 - 2020", "2019-09-01", "2020-05-31"),
  "School year read as September 2019 - May 2020."),
 ("Xây dựng \u201cGóc ASEAN\u201d tại Thư viện huyện", [TT()], [VH()], TF("Quý II/2020", "2020-04-01", "2020-06-30"), None),
 ("Tổ chức hội nghị phổ biến cho doanh nghiệp, hợp tác xã về các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử",
  [A("Phòng Kinh tế và Hạ tầng huyện")], [A("Phòng Nông nghiệp và Phát triển nông thôn huyện")],
  TF("Quý IV/2019", "2019-10-01", "2019-12-31"), None),
 ("In ấn, cấp phát tài liệu hỏi - đáp về ASEAN cho các cơ quan, đơn vị và các xã, thị trấn", [VH()], [],
  TF("Quý I/2020", "2020-01-01", "2020-03-31"), "Empty support cell."),
 ("Nắm bắt dư luận xã hội; phản bác thông tin sai trái, xuyên tạc về hội nhập ASEAN trên địa bàn", [A("Công an huyện")], [VH()], None,
  "'Thường xuyên' is not a window."),
]
tasks = [TASK(f"III.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(ROWS, 1)]
tasks[0]["note"] = "Task table inside Part III (not an annex): each row is a task III.<STT>; roles and time from its columns."
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: no tasks."),
        SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks", note="Holds the task table; table rows are tasks, not sections."),
        SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
        SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
        SEC("V.1", "1.", "Phòng Văn hóa và Thông tin huyện", 2),
        SEC("V.2", "2.", "Phòng Tài chính - Kế hoạch huyện", 2),
        SEC("V.3", "3.", "Các cơ quan, ban, ngành huyện", 2),
        SEC("V.4", "4.", "Ủy ban nhân dân các xã, thị trấn", 2),
        SEC("V.5", "5.", "Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện", 2)]
D5 = ["Phối hợp tuyên truyền sâu rộng đến đoàn viên, hội viên và Nhân dân",
      "lồng ghép nội dung về ASEAN trong các hoạt động của tổ chức mình"]
asg = [
 ASG(VH(), "V.1", ["Là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch",
                   "cử cán bộ tham dự các lớp tập huấn nghiệp vụ tuyên truyền về ASEAN do tỉnh tổ chức",
                   "Tổng hợp, tham mưu UBND huyện báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 05/12 hằng năm"]),
 ASG(A("Phòng Tài chính - Kế hoạch huyện"), "V.2", ["Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các cơ quan, ban, ngành huyện", coll=True), "V.3",
     ["Căn cứ nhiệm vụ được phân công tại Mục III, xây dựng kế hoạch và tổ chức thực hiện",
      "báo cáo kết quả về UBND huyện (qua Phòng Văn hóa và Thông tin) trước ngày 25/11 hằng năm"]),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", coll=True), "V.4",
     ["Tuyên truyền về ASEAN trên hệ thống truyền thanh cơ sở", "lồng ghép nội dung về ASEAN trong các buổi sinh hoạt khu phố, ấp"]),
 ASG(MT(), "V.5", D5, note="'Đề nghị X và Y': one assignment per addressee."),
 ASG(A("Các đoàn thể chính trị - xã hội huyện", "các đoàn thể chính trị - xã hội huyện", True), "V.5", D5),
]
dls = [
 DL("Năm 2019 - 2020", "period", "III.1", "Xây dựng, phát sóng chuyên mục \u201cPhú Giáo hội nhập ASEAN\u201d", start="2019-01-01", end="2020-12-31"),
 DL("Tháng 7 - 8/2020", "period", "III.3", "Tuyên truyền trực quan bằng băng rôn, khẩu hiệu, pa nô", start="2020-07-01", end="2020-08-31"),
 DL("2019 - 2020", "period", "III.4", "Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt, hội nghị của Mặt trận, các đoàn thể", start="2019-01-01", end="2020-12-31"),
 DL("Năm học 2019 - 2020", "period", "III.5", "Tổ chức hoạt động ngoại khóa, lồng ghép nội dung về ASEAN trong các trường học", start="2019-09-01", end="2020-05-31"),
 DL("Quý II/2020", "period", "III.6", "Xây dựng \u201cGóc ASEAN\u201d tại Thư viện huyện", start="2020-04-01", end="2020-06-30"),
 DL("Quý IV/2019", "period", "III.7", "Tổ chức hội nghị phổ biến cho doanh nghiệp, hợp tác xã", start="2019-10-01", end="2019-12-31"),
 DL("Quý I/2020", "period", "III.8", "In ấn, cấp phát tài liệu hỏi - đáp về ASEAN", start="2020-01-01", end="2020-03-31"),
 DL("trước ngày 05/12 hằng năm", "due", "V.1", "báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông", due="--12-05", rec="yearly"),
 DL("trước ngày 25/11 hằng năm", "due", "V.3", "báo cáo kết quả về UBND huyện (qua Phòng Văn hóa và Thông tin)", due="--11-25", rec="yearly"),
]
bud = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget", "socialization"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách huyện theo phân cấp ngân sách hiện hành; các cơ quan, đơn vị, địa phương lồng ghép trong kinh phí hoạt động thường xuyên được giao và vận động xã hội hóa", "section": "IV"}],
       "amounts": []}
areas = [
 AREA("A01", "partial", "V.1", "Là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch",
      note="A standing office only; no vertical/horizontal mechanism and no orienting of the press by period."),
 AREA("A02", "covered", "III.2", "chia sẻ dữ liệu, ấn phẩm về huyện với Cổng thông tin ASEAN Việt Nam"),
 AREA("A03", "covered", "III.2", "chia sẻ lại nội dung của Ứng dụng và Fanpage \u201cASEAN và Việt Nam\u201d trên trang mạng xã hội của huyện"),
 AREA("A04", "covered", "III.4", "Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt, hội nghị của Mặt trận, các đoàn thể"),
 AREA("A05", "covered", "V.1", "cử cán bộ tham dự các lớp tập huấn nghiệp vụ tuyên truyền về ASEAN do tỉnh tổ chức",
      note="An enumerated duty with its own verb in the organisation part (sending staff to training), as in the shared gold; 'partial' is arguable since no course of its own is organised."),
 AREA("A06", "covered", "III.7", "Tổ chức hội nghị phổ biến cho doanh nghiệp, hợp tác xã về các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử"),
 AREA("A07", "covered", "III.5", "Tổ chức hoạt động ngoại khóa, lồng ghép nội dung về ASEAN trong các trường học; phát động học sinh tham gia cuộc thi tìm hiểu về ASEAN"),
 AREA("A08", "covered", "III.6", "Xây dựng \u201cGóc ASEAN\u201d tại Thư viện huyện"),
 AREA("A09", "covered", "III.1", "Xây dựng, phát sóng chuyên mục \u201cPhú Giáo hội nhập ASEAN\u201d trên sóng Đài Truyền thanh huyện; tiếp, phát sóng các chương trình về ASEAN"),
 AREA("A10", "covered", "III.3", "Tuyên truyền trực quan bằng băng rôn, khẩu hiệu, pa nô"),
 AREA("A11", "missing"),
 AREA("A12", "covered", "III.8", "In ấn, cấp phát tài liệu hỏi - đáp về ASEAN"),
 AREA("A13", "covered", "II", "việc Việt Nam đảm nhận vai trò Chủ tịch ASEAN năm 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN",
      note="Also III.3 (Năm Chủ tịch ASEAN 2020)."),
 AREA("A14", "covered", "II", "Vai trò, vị thế của ASEAN, những thành tựu của Cộng đồng ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; đất nước, con người các nước ASEAN"),
 AREA("A15", "covered", "III.9", "Nắm bắt dư luận xã hội; phản bác thông tin sai trái, xuyên tạc về hội nhập ASEAN trên địa bàn"),
 AREA("A16", "partial", "III.2", "chia sẻ dữ liệu, ấn phẩm về huyện",
      note="Only publications about the district shared with the portal; no promotion of the district's strengths, investment or tourism."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN"),
          ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 6 assignments"),
          ("S4", "pass", "V.1 báo cáo Sở TT&TT trước ngày 05/12 hằng năm; V.3 trước ngày 25/11 hằng năm"),
          ("S5", "pass", "every row III.1-III.9 has a 'Cơ quan chủ trì'"),
          ("S6", "pass", "basis cites the provincial plan 4750/KH-UBND, which implements 02/QĐ-BCĐASEAN",
           )]
au = audit(REF19, True, ["implements Bình Dương's plan 4750/KH-UBND (18/9/2019) under 02/QĐ-BCĐASEAN", "period 2019-2020",
                         "fingerprints: nắm bắt được cơ hội để phát triển; Ứng dụng và Fanpage; Cổng thông tin ASEAN Việt Nam; Chủ tịch ASEAN 2020"],
           areas, checks)
au["checks"][5]["note"] = "The plan cites only the provincial plan; that 4750/KH-UBND cites 02/QĐ-BCĐASEAN is known from the shared gold."
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
