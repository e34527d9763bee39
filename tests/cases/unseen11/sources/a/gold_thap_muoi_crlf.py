"""Gold (by hand) for Plan 4: dong-thap_thap-muoi_112-KH-UBND_2020_asean-crlftabs.txt.
Every value is typed here by the annotator; write_gold only refuses quotes not verbatim in the delivered text."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
from extract import text_of

NAME = "dong-thap_thap-muoi_112-KH-UBND_2020_asean-crlftabs"
SRC = text_of(STAGE / f"{NAME}.txt")

VHTT = lambda: A("Phòng Văn hóa và Thông tin")
TT = lambda: A("Trung tâm Văn hóa - Thể thao và Truyền thanh huyện")
KTHT = lambda: A("Phòng Kinh tế và Hạ tầng")
HD = lambda: A("Huyện đoàn")
HND = lambda: A("Hội Nông dân huyện")
XA = lambda: A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)

m = meta("112/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Tháp Mười", "Đồng Tháp", "2020-04-17",
         "Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện Tháp Mười", {"start": 2020, "end": 2020},
         [{"number": "318/KH-UBND", "type": "Kế hoạch", "date": "2019-11-25"}],
         {"name": "Nguyễn Thị Hồng Nhung", "position": "Phó Chủ tịch"})
m["note"] = ("Header columns are separated by TAB runs ('ỦY BAN NHÂN DÂN<TAB><TAB><TAB>CỘNG HÒA …', 'Số: 112/KH-UBND<TAB>…"
             "<TAB>Tháp Mười, ngày 17 tháng 4 năm 2020'); district issuer, province from the preamble. Signature block "
             "'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' is interleaved with the Nơi nhận lines by tabs.")

T = [
 ("Tuyên truyền trên sóng truyền thanh huyện và hệ thống truyền thanh cơ sở", [TT()], [XA()],
  TF("từ tháng 5 đến tháng 12/2020", "2020-05-01", "2020-12-31"), None),
 ("Đăng tải thông tin về ASEAN trên Trang thông tin điện tử huyện và mạng xã hội",
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], [VHTT()], None,
  "'thời gian: thường xuyên' is not a window: timeframe null, no deadline."),
 ("Tuyên truyền cổ động trực quan", [TT()],
  [A("Ủy ban nhân dân thị trấn Mỹ An", "UBND thị trấn Mỹ An"), A("Ủy ban nhân dân xã Tân Kiều", "UBND xã Tân Kiều"),
   A("Ủy ban nhân dân xã Mỹ Hòa", "UBND xã Mỹ Hòa")],
  TF("tháng 7/2020", "2020-07-01", "2020-07-31"),
  "The roles parenthesis stands on its own TAB-indented line after the two '+' bullets; it still belongs to task 3."),
 ("Biên soạn, in ấn tài liệu tuyên truyền", [VHTT()], [A("Phòng Tài chính - Kế hoạch")],
  TF("quý II/2020", "2020-04-01", "2020-06-30"), None),
 ("Lồng ghép tuyên truyền trong các tổ chức đoàn thể", [HD(), A("Hội Liên hiệp Phụ nữ huyện"), HND()], [],
  TF("năm 2020", "2020-01-01", "2020-12-31"), "'(Huyện đoàn, Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện chủ trì thực hiện …)': three leads, no support."),
 ("Tuyên truyền trong nhà trường", [A("Phòng Giáo dục và Đào tạo")], [HD()], None,
  "'thời gian: hoàn thành trước ngày 15/12/2020' is a due date, not a window: timeframe null, one due deadline."),
 ("Thông tin cho nông dân, hợp tác xã và doanh nghiệp",
  [A("Phòng Nông nghiệp và Phát triển nông thôn")], [KTHT(), HND()],
  TF("quý III/2020", "2020-07-01", "2020-09-30"), None),
 ("Cử cán bộ tham gia tập huấn", [VHTT()], [], None,
  "'(Phòng Văn hóa và Thông tin thực hiện; …)': the only named performer is read as lead. 'thời gian: theo kế hoạch "
  "của Sở Thông tin và Truyền thông' is no time constraint."),
 ("Giới thiệu tiềm năng, thế mạnh của huyện", [VHTT()], [KTHT(), A("Ban Quản lý Khu di tích Gò Tháp")],
  TF("năm 2020", "2020-01-01", "2020-12-31"), None),
 ("Nắm bắt dư luận xã hội", [A("Công an huyện")],
  [A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện")], None, "'thời gian: thường xuyên': timeframe null."),
]
secs = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 SEC("I.1", "1.", "Mục đích", 2),
 SEC("I.2", "2.", "Yêu cầu", 2),
 SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: no tasks."),
 SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks",
     note="Each task is one TAB-indented numbered paragraph; title = its first sentence; roles from the trailing "
          "parenthesis '(X chủ trì, phối hợp với Y thực hiện; thời gian: …)'."),
]
tasks = []
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"III.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, tf, note))
secs += [
 SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 SEC("V.1", "1.", "Phòng Văn hóa và Thông tin", 2),
 SEC("V.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
 SEC("V.3", "3.", "Các cơ quan, đơn vị được giao nhiệm vụ tại Mục III", 2),
 SEC("V.4", "4.", "UBND các xã, thị trấn", 2),
]
asg = [
 ASG(VHTT(), "V.1", ["Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch",
                     "Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 05/12/2020"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "V.2", ["Tham mưu UBND huyện cấp kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các cơ quan, đơn vị được giao nhiệm vụ tại Mục III", coll=True), "V.3",
     ["Chủ động xây dựng kế hoạch, triển khai thực hiện",
      "báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 25/11/2020 để tổng hợp"]),
 ASG(XA(), "V.4", ["Tuyên truyền về ASEAN trên hệ thống truyền thanh cơ sở, trong các cuộc họp ấp, khóm",
                   "Phối hợp treo băng rôn, khẩu hiệu trên địa bàn theo hướng dẫn của Trung tâm Văn hóa - Thể thao và Truyền thanh huyện"]),
]
def tdl(i, text, start, end):
    return DL(text, "period", f"III.{i}", T[i - 1][0], start=start, end=end)
dls = [
 DL("02 kỳ/tháng", "recurring", "III.1", "Duy trì chuyên mục “ASEAN và Việt Nam”", rec="monthly",
    note="'02 kỳ/tháng' (twice a month) is a repeated activity with no date; recurrence monthly is the nearest value."),
 tdl(1, "từ tháng 5 đến tháng 12/2020", "2020-05-01", "2020-12-31"),
 tdl(3, "tháng 7/2020", "2020-07-01", "2020-07-31"),
 tdl(4, "quý II/2020", "2020-04-01", "2020-06-30"),
 tdl(5, "năm 2020", "2020-01-01", "2020-12-31"),
 DL("hoàn thành trước ngày 15/12/2020", "due", "III.6", "Tuyên truyền trong nhà trường", due="2020-12-15"),
 tdl(7, "quý III/2020", "2020-07-01", "2020-09-30"),
 tdl(9, "năm 2020", "2020-01-01", "2020-12-31"),
 DL("trước ngày 05/12/2020", "due", "V.1", "Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông", due="2020-12-05"),
 DL("trước ngày 25/11/2020", "due", "V.3", "báo cáo kết quả về Phòng Văn hóa và Thông tin", due="2020-11-25"),
]
bud = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách huyện năm 2020 là 45.000.000 đồng (Bốn mươi lăm triệu đồng)", "section": "IV"},
                   {"text": "Các cơ quan, đơn vị sử dụng kinh phí thường xuyên của đơn vị để thực hiện các nội dung được giao", "section": "IV"}],
       "amounts": [{"text": "45.000.000 đồng", "vnd": 45000000}]}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("A01", "partial", "V.1", "Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch",
      note="Only the standing-office role; no vertical/horizontal mechanism and no orienting of the press."),
 AREA("A02", "missing", note="Nothing shares data with the ASEAN Vietnam portal or a common database; III.2 only relays the Fanpage."),
 AREA("A03", "covered", "III.2", "chia sẻ các tin, bài, video từ Fanpage “ASEAN và Việt Nam” trên trang Facebook và nhóm Zalo của các cơ quan, đơn vị"),
 AREA("A04", "covered", "III.5", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt chi đoàn, chi hội và các buổi nói chuyện chuyên đề; chú trọng thanh niên, phụ nữ, nông dân"),
 AREA("A05", "covered", "III.8", "tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Sở Thông tin và Truyền thông tổ chức"),
 AREA("A06", "covered", "III.7", "Phổ biến các cam kết trong ASEAN về thuế quan, quy tắc xuất xứ đối với nông sản"),
 AREA("A07", "covered", "III.6", "Tổ chức hoạt động ngoại khóa, cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở"),
 AREA("A08", "missing", note="No ASEAN Corner anywhere."),
 AREA("A09", "covered", "III.1", "tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Đồng Tháp"),
 AREA("A10", "covered", "III.3", "Treo băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020"),
 AREA("A11", "missing", note="No fair, trade, investment or tourism promotion event; III.9 promotes the district through the website and the province's tourism publications only (A16)."),
 AREA("A12", "covered", "III.4", "Biên soạn tài liệu hỏi - đáp về Cộng đồng ASEAN, in ấn, phát hành 3.000 tờ rơi"),
 AREA("A13", "covered", "II", "các sự kiện trong Năm Chủ tịch ASEAN 2020 của Việt Nam; kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II", "Vai trò, vị thế của ASEAN; 3 trụ cột của Cộng đồng ASEAN"),
 AREA("A15", "partial", "III.10", "Theo dõi, nắm bắt tình hình dư luận trong Nhân dân về các vấn đề liên quan đến ASEAN",
      note="Follows public opinion but never commits to countering false or distorted information."),
 AREA("A16", "covered", "III.9", "Quảng bá hình ảnh Tháp Mười, các sản phẩm OCOP từ sen, Khu di tích Gò Tháp"),
]
AU = audit(REF19, True, ["implements provincial plan 318/KH-UBND on ASEAN 2019 - 2020 (no direct citation of 02/QĐ-BCĐASEAN)",
                         "year 2020 within 2019-2020",
                         "fingerprints: Chủ tịch ASEAN 2020; nắm bắt được cơ hội để phát triển; dòng chảy chính của công tác hội nhập ASEAN; Fanpage “ASEAN và Việt Nam”"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (45.000.000 đồng from the district budget)"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 4 assignments"),
                   ("S4", "pass", "V.1 report trước ngày 05/12/2020; V.3 reports trước ngày 25/11/2020"),
                   ("S5", "pass", "every task III.1-III.10 names a lead in its trailing parenthesis"),
                   ("S6", "pass", "basis cites provincial plan 318/KH-UBND on tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020")])
AU["checks"][5]["note"] = "The plan cites only the provincial plan, which implements 02/QĐ-BCĐASEAN; S6 allows 'a provincial plan that does'."
write_gold(NAME, P, AU, SRC)
