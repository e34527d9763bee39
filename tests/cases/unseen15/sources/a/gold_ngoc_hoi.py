"""Hand gold for Ngọc Hồi (Kon Tum) 86/KH-UBND (plain text). Values typed by hand; write_gold checks quotes against the .txt."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "kon-tum_ngoc-hoi_86-KH-UBND_2020_asean-districttext"
SRC = delivered_text(NAME, "txt")
TT = lambda: A("Trung tâm Văn hóa - Truyền thông và Thể thao huyện")
MT = lambda: A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ Việt Nam huyện")
HD = lambda: A("Huyện đoàn")
XA = lambda: A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)
m = meta("86/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Ngọc Hồi", "Kon Tum", "2020-04-09",
         "Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện Ngọc Hồi", {"start": 2020, "end": 2020},
         [{"number": "3120/KH-UBND", "type": "Kế hoạch", "date": "2019-11-15"},
          {"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": None},
          {"number": "245/STTTT-TTBCXB", "type": "Công văn", "date": "2020-03-02"}],
         {"name": "Trần Văn Thái", "position": "Phó Chủ tịch"})
m["note"] = "02/QĐ-BCĐASEAN is cited (without its date) in the preamble as what the provincial plan implements: kept as basis with date null."
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: no numbered items, so no tasks."),
        SEC("III", "III.", "HÌNH THỨC VÀ NHIỆM VỤ CỤ THỂ", 1, "tasks")]
T = [
 ("Tuyên truyền trên hệ thống truyền thanh, truyền hình của huyện", [TT()], [],
  TF("từ nay đến hết năm 2020", "2020-04-09", "2020-12-31"), "'từ nay' = from the issue date (09/4/2020)."),
 ("Tuyên truyền lưu động, cổ động trực quan", [TT()], [XA()], None, None),
 ("Lồng ghép tuyên truyền trong sinh hoạt của Mặt trận, đoàn thể", [MT()],
  [HD(), A("Hội Liên hiệp Phụ nữ huyện"), A("Hội Nông dân huyện")], None,
  "'Đề nghị X phối hợp với Y, Z, W lồng ghép …': X is the addressee doing the task (lead), the bodies after 'phối hợp với' support. 'thường xuyên, liên tục' is no deadline."),
 ("Tuyên truyền về ASEAN trong trường học", [A("Phòng Giáo dục và Đào tạo")], [HD()], TF("tháng 9 - 12/2020", "2020-09-01", "2020-12-31"),
  "District office named without 'huyện', as printed."),
 ("Giới thiệu tiềm năng, thế mạnh của huyện", [A("Phòng Tài chính - Kế hoạch")],
  [A("Phòng Kinh tế - Hạ tầng"), A("Ban Quản lý Khu kinh tế tỉnh")], None,
  "'Y phối hợp với X (cơ quan chủ trì) và Z …': the support opens the sentence; the lead is the body marked '(cơ quan chủ trì)'. Ban Quản lý Khu kinh tế tỉnh keeps its provincial level."),
 ("Nắm bắt dư luận, đấu tranh với thông tin sai trái", [A("Công an huyện"), A("Đồn Biên phòng Cửa khẩu quốc tế Bờ Y")], [], None,
  "'X, Y theo chức năng, nhiệm vụ …': both actors are lead."),
 ("Biên soạn, cấp phát tài liệu tuyên truyền", [], [], None, "No agency named anywhere for this task."),
]
tasks = [TASK(f"III.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(T, 1)]
secs += [SEC(f"III.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("IV", "IV.", "KINH PHÍ", 1, "budget"), SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("V.1", "1.", "Phòng Văn hóa và Thông tin", 2), SEC("V.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
         SEC("V.3", "3.", "Các cơ quan, đơn vị; UBND các xã, thị trấn", 2),
         SEC("V.4", "4.", "Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện phối hợp thực hiện Kế hoạch này", 2)]
D3 = ["Căn cứ Kế hoạch này, chủ động triển khai thực hiện", "báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 25/11/2020 để tổng hợp"]
asg = [
 ASG(A("Phòng Văn hóa và Thông tin"), "V.1",
     ["Là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch",
      "tổng hợp, báo cáo kết quả thực hiện về UBND huyện, Sở Thông tin và Truyền thông trước ngày 05/12/2020"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "V.2", ["Tham mưu UBND huyện bố trí, hướng dẫn sử dụng và thanh quyết toán kinh phí theo quy định"]),
 ASG(A("Các cơ quan, đơn vị", coll=True), "V.3", D3, note="Two collectives separated by ';'."),
 ASG(XA(), "V.3", D3),
 ASG(MT(), "V.4", ["phối hợp thực hiện Kế hoạch này"], note="'Đề nghị X và Y': one assignment per addressee."),
 ASG(A("các đoàn thể chính trị - xã hội huyện", coll=True), "V.4", ["phối hợp thực hiện Kế hoạch này"]),
]
dls = [
 DL("02 kỳ/tháng", "recurring", "III.1", "phát sóng", rec="monthly", note="Broadcast twice a month: recurring, monthly."),
 DL("từ nay đến hết năm 2020", "period", "III.1", "Tuyên truyền trên hệ thống truyền thanh, truyền hình của huyện", start="2020-04-09", end="2020-12-31"),
 DL("dịp kỷ niệm Ngày thành lập ASEAN (08/8)", "period", "III.2", "treo băng rôn, khẩu hiệu, pa nô", start="2020-08-08", end="2020-08-08",
    note="One-year plan: the anniversary falls on 08/8/2020; a one-day period."),
 DL("25 năm Việt Nam gia nhập ASEAN (28/7)", "period", "III.2", "treo băng rôn, khẩu hiệu, pa nô", start="2020-07-28", end="2020-07-28",
    note="The 25th anniversary is 28/7/2020; a one-day period."),
 DL("tháng 9 - 12/2020", "period", "III.4", "Tuyên truyền về ASEAN trong trường học", start="2020-09-01", end="2020-12-31"),
 DL("hoàn thành trước ngày 30/6/2020", "due", "III.7", "In, cấp phát tờ rơi, tài liệu tuyên truyền về ASEAN", due="2020-06-30"),
 DL("trước ngày 05/12/2020", "due", "V.1", "báo cáo kết quả thực hiện về UBND huyện, Sở Thông tin và Truyền thông", due="2020-12-05"),
 DL("trước ngày 25/11/2020", "due", "V.3", "báo cáo kết quả về Phòng Văn hóa và Thông tin", due="2020-11-25"),
]
bud = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch từ ngân sách huyện năm 2020 đã giao cho Phòng Văn hóa và Thông tin, Trung tâm Văn hóa - Truyền thông và Thể thao huyện", "section": "IV"},
                   {"text": "các cơ quan, đơn vị, UBND các xã, thị trấn sử dụng kinh phí chi thường xuyên của đơn vị để thực hiện", "section": "IV"},
                   {"text": "Tham mưu UBND huyện bố trí, hướng dẫn sử dụng và thanh quyết toán kinh phí theo quy định", "section": "V.2"}],
       "amounts": [{"text": "45.000.000 đồng", "vnd": 45000000}],
       "note": "District budget = state_budget; units' recurrent funds = unit_budget. The amount in words repeats the figure."}
areas = [
 AREA("A01", "missing"),
 AREA("A02", "missing"),
 AREA("A03", "covered", "III.1", "đăng tải lại các tin, bài trên Trang thông tin điện tử huyện và trang mạng xã hội của huyện",
      note="An own clause putting ASEAN items on the district's social-network page (no App/Fanpage): covered, as 4750's social-network bullet; partial is arguable."),
 AREA("A04", "covered", "III.3", "lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt chi hội, chi đoàn, các buổi nói chuyện chuyên đề ở thôn, làng"),
 AREA("A05", "missing"),
 AREA("A06", "partial", "I.1", "giúp doanh nghiệp, hộ kinh doanh nắm bắt được cơ hội để phát triển", note="Only in the purposes."),
 AREA("A07", "covered", "III.4", "lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa"),
 AREA("A08", "covered", "III.4", "tổ chức Góc ASEAN tại thư viện trường học"),
 AREA("A09", "covered", "III.1", "tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh - Truyền hình tỉnh"),
 AREA("A10", "covered", "III.2", "treo băng rôn, khẩu hiệu, pa nô tại Cửa khẩu quốc tế Bờ Y và trung tâm huyện"),
 AREA("A11", "missing", note="III.5 hands investment documents to visiting investors (A16); no fair or trade/investment-promotion event."),
 AREA("A12", "covered", "III.7", "In, cấp phát tờ rơi, tài liệu tuyên truyền về ASEAN bằng tiếng Việt và tiếng Xơ Đăng"),
 AREA("A13", "covered", "II", "Năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020 với chủ đề \"Gắn kết và Chủ động thích ứng\"; các sự kiện quan trọng của ASEAN trong năm 2020",
      note="An own content bullet."),
 AREA("A14", "covered", "II", "Vai trò, vị thế và những thành tựu của ASEAN; đất nước, con người các nước ASEAN", note="An own content bullet."),
 AREA("A15", "covered", "III.6", "kịp thời phản bác các thông tin sai trái, xuyên tạc về quan hệ hợp tác giữa Việt Nam với các nước ASEAN"),
 AREA("A16", "covered", "III.5", "biên soạn tài liệu giới thiệu tiềm năng, thế mạnh, các dự án kêu gọi đầu tư tại Khu kinh tế cửa khẩu quốc tế Bờ Y"),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section IV KINH PHÍ (district budget 45.000.000 đồng; units' recurrent funds)"),
          ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 6 assignments"),
          ("S4", "pass", "V.1 report 'trước ngày 05/12/2020'; V.3 report 'trước ngày 25/11/2020'"),
          ("S5", "fail", "III.7 names no agency"),
          ("S6", "pass", "basis cites the provincial plan 3120/KH-UBND on ASEAN 2019-2020 and, in passing, 02/QĐ-BCĐASEAN")]
au = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN through the provincial plan 3120/KH-UBND", "period 2020 within 2019-2020",
                         "fingerprints: Chủ tịch ASEAN 2020, nắm bắt được cơ hội để phát triển"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
