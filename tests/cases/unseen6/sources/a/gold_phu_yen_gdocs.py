import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "phu-yen_tuy-an_287-KH-UBND_2019_asean-gdocs"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
VHTT = lambda: A("Phòng Văn hóa và Thông tin")
TTVH = lambda: A("Trung tâm Văn hóa - Thông tin và Thể thao huyện")
MT = lambda: A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện")
DT = lambda: A("Các đoàn thể chính trị - xã hội huyện", "các đoàn thể chính trị - xã hội huyện", True)

m = meta("287/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Tuy An", "Phú Yên", "2019-10-14",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 trên địa bàn huyện Tuy An",
         {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "142/KH-UBND", "type": "Kế hoạch", "date": "2019-09-20"}],
         {"name": "Lê Văn Phong", "position": "Phó Chủ tịch"})

T = [
 ("II.1", "Tuyên truyền về Năm Chủ tịch ASEAN 2020 của Việt Nam", [VHTT()], [TTVH()], None, None),
 ("II.2", "Tuyên truyền trên Đài Truyền thanh và Trang thông tin điện tử huyện", [TTVH()], [],
  TF("từ tháng 11/2019 đến tháng 12/2020", "2019-11-01", "2020-12-31"), "Lead from the trailing '(Chủ trì: …; thực hiện từ … đến …)' line."),
 ("II.3", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của Mặt trận và các đoàn thể", [MT(), DT()], [], None,
  "Leads from 'Đề nghị X và Y chủ trì thực hiện' inside the task body; the lettered sub-items name Huyện đoàn, Hội LHPN, Hội Nông dân as actors but lettered items are not tasks."),
 ("II.4", "Hỗ trợ doanh nghiệp, hợp tác xã tiếp cận thông tin về các cam kết trong ASEAN", [A("Phòng Kinh tế và Hạ tầng")],
  [A("Phòng Tài chính - Kế hoạch")], TF("quý II/2020", "2020-04-01", "2020-06-30"),
  "'tổ chức hội nghị phổ biến trong quý II/2020' read as the task's own window."),
 ("II.5", "Tuyên truyền về ASEAN trong trường học", [A("Phòng Giáo dục và Đào tạo")], [A("Huyện đoàn Tuy An")], None, None),
 ("II.6", "Tuyên truyền cổ động trực quan", [TTVH()], [], None, None),
 ("II.7", "Quảng bá hình ảnh, tiềm năng du lịch của huyện", [VHTT()],
  [A("Phòng Kinh tế và Hạ tầng"), A("Ủy ban nhân dân các xã, thị trấn", coll=True)], None, None),
 ("II.8", "Theo dõi, định hướng dư luận xã hội", [A("Công an huyện")], [VHTT()], None, None),
]
tasks = [TASK(i, t, l, s, tf, note) for i, t, l, s, tf, note in T]

secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks",
        note="Arabic labels of II and V are Google Docs CSS counters (ol.lst-kix_… with li:before content), not text.")]
for i, t, *_ in T:
    secs.append(SEC(i, i.split(".")[1] + ".", t, 2))
    if i == "II.3":
        secs.append(SEC("II.3.a", "a)", "Đối với đoàn viên, thanh niên", 3))
        secs.append(SEC("II.3.b", "b)", "Đối với hội viên phụ nữ, nông dân", 3))
secs += [SEC("III", "III.", "THỜI GIAN THỰC HIỆN", 1, "timeline"), SEC("IV", "IV.", "KINH PHÍ", 1, "budget"),
         SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("V.1", "1.", "Phòng Văn hóa và Thông tin", 2),
         SEC("V.2", "2.", "Các cơ quan, đơn vị được giao nhiệm vụ", 2),
         SEC("V.3", "3.", "Ủy ban nhân dân các xã, thị trấn", 2)]

MTD = ["phối hợp triển khai, lồng ghép tuyên truyền về ASEAN trong đoàn viên, hội viên"]
asg = [
 ASG(VHTT(), "V.1", ["Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch",
                     "tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 25/11/2019 và trước ngày 25/11/2020"]),
 ASG(A("Các cơ quan, đơn vị được giao nhiệm vụ", coll=True), "V.2",
     ["Chủ động xây dựng nội dung cụ thể, triển khai thực hiện", "gửi báo cáo kết quả về Phòng Văn hóa và Thông tin định kỳ hằng quý"]),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", coll=True), "V.3",
     ["Chỉ đạo đài truyền thanh cơ sở tiếp sóng các chương trình về ASEAN", "tổ chức tuyên truyền phù hợp với điều kiện của địa phương"]),
 ASG(MT(), "V", MTD, note="Unnumbered 'Đề nghị X và Y …' paragraph after V.3, split into one assignment per agency."),
 ASG(DT(), "V", MTD),
]

dls = [
 DL("định kỳ hằng tháng", "recurring", "II.2", "Mở chuyên mục \"ASEAN và Tuy An\"", rec="monthly"),
 DL("từ tháng 11/2019 đến tháng 12/2020", "period", "II.2", "Tuyên truyền trên Đài Truyền thanh và Trang thông tin điện tử huyện",
    start="2019-11-01", end="2020-12-31"),
 DL("hằng quý", "recurring", "II.3.b", "lồng ghép nội dung về ASEAN vào sinh hoạt chi hội", rec="quarterly"),
 DL("quý II/2020", "period", "II.4", "tổ chức hội nghị phổ biến", start="2020-04-01", end="2020-06-30"),
 DL("trước ngày 31/12/2019", "due", "II.6", "Tuyên truyền cổ động trực quan", due="2019-12-31"),
 DL("Từ tháng 10/2019 đến hết năm 2020", "period", "III", "THỜI GIAN THỰC HIỆN", start="2019-10-01", end="2020-12-31",
    note="Body 'Thời gian thực hiện' section; kept as a period like the Kiên Giang sample."),
 DL("trước ngày 25/11/2019", "due", "V.1", "báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông", due="2019-11-25"),
 DL("trước ngày 25/11/2020", "due", "V.1", "báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông", due="2020-11-25"),
 DL("định kỳ hằng quý", "recurring", "V.2", "gửi báo cáo kết quả về Phòng Văn hóa và Thông tin", rec="quarterly"),
]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "sponsorship"],
          "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách huyện được bố trí trong dự toán năm 2020 của các cơ quan, đơn vị", "section": "IV"},
                      {"text": "Khuyến khích vận động tài trợ từ các doanh nghiệp trên địa bàn", "section": "IV"}],
          "amounts": [{"text": "50 triệu đồng", "vnd": 50000000}],
          "note": "'vận động tài trợ từ các doanh nghiệp' mapped to sponsorship only (not enterprise)."}

areas = [
 AREA("A01", "partial", "V.1", "Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch",
      note="Only a focal-point role; no vertical/horizontal coordination mechanism, no press orientation."),
 AREA("A02", "missing"),
 AREA("A03", "partial", "II.2", "chia sẻ trên mạng xã hội", note="Social networks only as a passing channel in II.2; no app, Fanpage or livestream."),
 AREA("A04", "covered", "II.3", "Lồng ghép nội dung về ASEAN trong các buổi nói chuyện thời sự, sinh hoạt chi đoàn, chi hội"),
 AREA("A05", "missing"),
 AREA("A06", "covered", "II.4", "Phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử và cơ hội kinh doanh cho doanh nghiệp"),
 AREA("A07", "covered", "II.5", "Tổ chức hoạt động ngoại khóa, cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở"),
 AREA("A08", "covered", "II.5", "xây dựng Góc ASEAN tại thư viện các trường"),
 AREA("A09", "covered", "II.2", "Mở chuyên mục \"ASEAN và Tuy An\" phát định kỳ hằng tháng; tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam"),
 AREA("A10", "covered", "II.6", "Treo băng rôn, khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020"),
 AREA("A11", "partial", "II.7", "tham gia hội chợ, triển lãm do tỉnh tổ chức",
      note="Fairs only as a channel for the district's own tourism, in passing; no trade/investment promotion of or in ASEAN."),
 AREA("A12", "missing"),
 AREA("A13", "covered", "II.1", "các sự kiện quan trọng của ASEAN, trọng tâm là Năm Chủ tịch ASEAN 2020 và 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II.1", "Tuyên truyền về vai trò, vị thế của ASEAN, thành tựu sau hơn 50 năm hình thành và phát triển"),
 AREA("A15", "covered", "II.8", "kịp thời phản bác thông tin sai trái, xuyên tạc liên quan đến quan hệ Việt Nam - ASEAN"),
 AREA("A16", "covered", "II.7", "Giới thiệu tiềm năng, thế mạnh, sản phẩm du lịch Gành Đá Đĩa, đầm Ô Loan và đặc sản sò huyết Ô Loan",
      note="The district's strengths (within the province) count as promoting the locality."),
]
a = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN (26/6/2019)", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020; nắm bắt được cơ hội để phát triển"],
          areas,
          [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"), ("S2", "pass", "section IV KINH PHÍ"),
           ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 5 assignments"),
           ("S4", "pass", "V.1: báo cáo UBND huyện và Sở TT&TT trước ngày 25/11/2019 và 25/11/2020"),
           ("S5", "pass", "every task II.1-II.8 names a lead"),
           ("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN")])
write_gold(NAME, plan(m, secs, tasks, asg, dls, budget), a, SRC)
