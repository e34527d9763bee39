"""Hand gold for the Ba Bể justified PDF. Every value typed by hand from the text; write_gold only refuses quotes
that are not verbatim in pdftotext -raw of the delivered PDF (whitespace collapsed)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "bac-kan_ba-be_112-KH-UBND_2019_asean-justified"
SRC = delivered_text(NAME, "pdf")
VH = lambda: A("Phòng Văn hóa và Thông tin")
DAI = lambda: A("Đài Truyền thanh - Truyền hình huyện")
m = meta("112/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Ba Bể", "Bắc Kạn", "2019-08-15",
         "Tuyên truyền, quảng bá ASEAN trên địa bàn huyện Ba Bể giai đoạn 2019 - 2020", {"start": 2019, "end": 2020},
         [{"number": "3870/KH-UBND", "type": "Kế hoạch", "date": "2019-07-24"}],
         {"name": "Triệu Đức Hùng", "position": "Phó Chủ tịch"})
m["note"] = ("Body paragraphs carry soft line breaks (Shift+Enter) every ~90 characters inside justified paragraphs; a soft "
             "break can put a hyphen at the start of a PDF line ('- 2020, cụ thể như sau:', '- Truyền hình huyện;'): these are "
             "not bullets. The role and time lines of each task are soft-break lines inside the task paragraph.")
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: no tasks."),
        SEC("III", "III.", "NHIỆM VỤ, HOẠT ĐỘNG CỤ THỂ", 1, "tasks")]
TT = [
 ("Tuyên truyền trên sóng phát thanh, truyền hình và Trang thông tin điện tử huyện", [DAI()],
  [VH(), A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], ("Năm 2019 - 2020", "2019-01-01", "2020-12-31"), None),
 ("Tuyên truyền trên mạng xã hội", [VH()], [A("Huyện đoàn Ba Bể")], ("Quý IV/2019", "2019-10-01", "2019-12-31"), None),
 ("Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của các đoàn thể",
  [A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), A("Huyện đoàn"), A("Hội Liên hiệp Phụ nữ huyện"), A("Hội Nông dân huyện"), A("Hội Cựu chiến binh huyện")],
  [A("Ban Tuyên giáo Huyện ủy")], None,
  "Leads are the five bodies opening the paragraph as actors; 'Ban Tuyên giáo Huyện ủy phối hợp' is support. 'Thời gian: Thường xuyên' → no timeframe, no deadline."),
 ("Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", [VH()], [A("Phòng Nội vụ"), DAI()], ("Quý II/2020", "2020-04-01", "2020-06-30"), None),
 ("Tuyên truyền trong trường học", [A("Phòng Giáo dục và Đào tạo")], [A("Huyện đoàn Ba Bể")], ("Năm 2020", "2020-01-01", "2020-12-31"),
  "Lead = the actor opening the paragraph; support from 'phối hợp với Huyện đoàn Ba Bể'."),
 ("Quảng bá hình ảnh, tiềm năng du lịch huyện Ba Bể gắn với Vườn di sản ASEAN", [VH()],
  [A("Ban Quản lý Vườn quốc gia Ba Bể"), A("Phòng Kinh tế và Hạ tầng"), A("Ủy ban nhân dân xã Nam Mẫu", "UBND xã Nam Mẫu")],
  ("Năm 2020", "2020-01-01", "2020-12-31"), None),
 ("Theo dõi, nắm bắt dư luận xã hội", [A("Công an huyện")], [VH()], None, "Roles from 'Công an huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin'."),
]
tasks, dls = [], []
for i, (title, lead, sup, tf, note) in enumerate(TT, 1):
    secs.append(SEC(f"III.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, TF(*tf) if tf else None, note))
    if i == 1:
        dls.append(DL("định kỳ hằng tháng", "recurring", "III.1", "Xây dựng chuyên mục \"Ba Bể hội nhập\"", rec="monthly"))
    if tf:
        dls.append(DL(tf[0], "period", f"III.{i}", title, start=tf[1], end=tf[2]))
secs += [SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"), SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("V.1", "1.", "Phòng Văn hóa và Thông tin", 2), SEC("V.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
         SEC("V.3", "3.", "Các cơ quan, đơn vị, đoàn thể huyện", 2), SEC("V.4", "4.", "UBND các xã, thị trấn", 2)]
asg = [
 ASG(VH(), "V.1", ["Là cơ quan thường trực, tham mưu UBND huyện hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch",
                   "Phối hợp với Ban Tuyên giáo Huyện ủy định hướng nội dung tuyên truyền về ASEAN theo từng thời điểm cho Đài Truyền thanh - Truyền hình huyện và hệ thống truyền thanh cơ sở",
                   "Tổng hợp, báo cáo kết quả thực hiện về UBND huyện và Sở Thông tin và Truyền thông trước ngày 05/12 hằng năm"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "V.2", ["Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách"]),
 ASG(A("Các cơ quan, đơn vị, đoàn thể huyện", coll=True), "V.3",
     ["Căn cứ nhiệm vụ được giao tại mục III, chủ động xây dựng kế hoạch và tổ chức thực hiện",
      "báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 25/11 hằng năm"]),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True), "V.4",
     ["Chỉ đạo đài truyền thanh cơ sở tiếp, phát sóng các tin, bài về ASEAN", "treo băng rôn, khẩu hiệu trên địa bàn"]),
]
dls += [
 DL("trước ngày 05/12 hằng năm", "due", "V.1", "Tổng hợp, báo cáo kết quả thực hiện về UBND huyện và Sở Thông tin và Truyền thông", due="--12-05", rec="yearly"),
 DL("trước ngày 25/11 hằng năm", "due", "V.3", "báo cáo kết quả về Phòng Văn hóa và Thông tin", due="--11-25", rec="yearly"),
]
bud = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget", "socialization"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách huyện theo phân cấp ngân sách hiện hành", "section": "IV"},
                   {"text": "các cơ quan, đơn vị lồng ghép trong kinh phí hoạt động thường xuyên được giao và huy động nguồn xã hội hóa", "section": "IV"},
                   {"text": "Năm 2020, ngân sách huyện hỗ trợ 30 triệu đồng cho các hoạt động chào mừng Năm Chủ tịch ASEAN 2020", "section": "IV"}],
       "amounts": [{"text": "30 triệu đồng", "vnd": 30000000}]}
areas = [
 AREA("A01", "covered", "V.1", "Phối hợp với Ban Tuyên giáo Huyện ủy định hướng nội dung tuyên truyền về ASEAN theo từng thời điểm cho Đài Truyền thanh - Truyền hình huyện và hệ thống truyền thanh cơ sở",
      note="An own duty orienting the district media by period, with a coordination partner; partial would be arguable (no vertical/horizontal mechanism)."),
 AREA("A02", "partial", "III.1", "chia sẻ các tin, bài từ Cổng thông tin ASEAN Việt Nam", note="One phrase inside the broadcasting task."),
 AREA("A03", "covered", "III.2", "Lập và duy trì Fanpage \"Ba Bể - Hội nhập ASEAN\" trên mạng xã hội Facebook, chia sẻ tin, bài từ Ứng dụng và Fanpage \"ASEAN và Việt Nam\""),
 AREA("A04", "covered", "III.3", "lồng ghép nội dung về Cộng đồng ASEAN, lợi ích và thách thức khi Việt Nam tham gia ASEAN vào các buổi sinh hoạt chi hội, tổ hội của thanh niên, phụ nữ, nông dân, cựu chiến binh"),
 AREA("A05", "covered", "III.4", "Cử cán bộ làm công tác tuyên truyền, phóng viên, biên tập viên Đài Truyền thanh - Truyền hình huyện tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 AREA("A06", "partial", "II", "Những cơ hội, thách thức đối với người dân, hợp tác xã trên địa bàn huyện khi tham gia Cộng đồng ASEAN",
      note="Only a content bullet; no business outreach on commitments, rules of origin, e-commerce."),
 AREA("A07", "covered", "III.5", "chỉ đạo các trường trung học cơ sở đưa nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa"),
 AREA("A08", "covered", "III.5", "xây dựng Góc ASEAN tại thư viện Trường Phổ thông Dân tộc nội trú Trung học cơ sở huyện Ba Bể"),
 AREA("A09", "covered", "III.1", "tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Truyền hình Việt Nam"),
 AREA("A10", "covered", "III.6", "treo băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020 tại trung tâm huyện và khu du lịch hồ Ba Bể",
      note="Visual propaganda only; no cultural exchange or ASEAN exhibition."),
 AREA("A11", "partial", "III.6", "tham gia hội chợ, triển lãm, xúc tiến du lịch do tỉnh tổ chức",
      note="Promotes the district at provincial fairs; no fairs in ASEAN or ASEAN promotion at international fairs."),
 AREA("A12", "partial", "III.6", "thông qua ấn phẩm, tờ rơi song ngữ Việt - Anh",
      note="Leaflets are a channel for promoting Ba Bể, not ASEAN publications."),
 AREA("A13", "covered", "II", "Các sự kiện quan trọng của ASEAN năm 2019 và Năm ASEAN 2020 khi Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN; kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II", "Tuyên truyền về Cộng đồng ASEAN, vai trò, vị thế và những thành tựu của ASEAN; đất nước, con người các nước ASEAN"),
 AREA("A15", "covered", "III.7", "kịp thời phát hiện, phản bác các thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN của Việt Nam trên không gian mạng"),
 AREA("A16", "covered", "III.6", "Giới thiệu Vườn quốc gia Ba Bể - Vườn di sản ASEAN, hồ Ba Bể, các bản du lịch cộng đồng Pác Ngòi, Bó Lù và đặc sản địa phương tới du khách các nước ASEAN"),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"), ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (district budget, unit funds, socialization; 30 triệu đồng)"),
          ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 4 assignments"),
          ("S4", "pass", "V.1 report to UBND huyện and Sở TT&TT 'trước ngày 05/12 hằng năm'"),
          ("S5", "pass", "all 7 tasks III.1–III.7 have a lead"),
          ("S6", "pass", "basis cites the provincial ASEAN plan 3870/KH-UBND (2019-2020)")]
au = audit(REF19, True, ["cites the provincial plan 3870/KH-UBND on tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020", "period 2019-2020",
                         "fingerprints: nắm bắt được cơ hội để phát triển, dòng chảy chính của công tác hội nhập ASEAN, Ứng dụng và Fanpage, Cổng thông tin ASEAN Việt Nam, Chủ tịch ASEAN"],
           areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
