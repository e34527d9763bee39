"""Hand gold for the Hàm Yên soft-break DOCX. Every value typed by hand; write_gold only checks quotes."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "tuyen-quang_ham-yen_245-KH-UBND_2019_asean-softbreaks"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
VHTT = lambda: A("Phòng Văn hóa và Thông tin huyện")
NN = lambda: A("Phòng Nông nghiệp và Phát triển nông thôn")
m = meta("245/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Hàm Yên", "Tuyên Quang", "2019-10-15",
         "Thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Hàm Yên",
         {"start": 2019, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "98/KH-UBND", "type": "Kế hoạch", "date": "2019-09-12"}],
         {"name": "Hoàng Văn Định", "position": "Phó Chủ tịch"})
m["note"] = ("Layout: header and signature are two-cell borderless tables; the body is one Word paragraph per block, its lines "
             "separated by manual line breaks (w:br), so a heading and its text share one paragraph.")
T = [
 ("Tuyên truyền trên sóng truyền thanh - truyền hình và Trang thông tin điện tử huyện",
  [A("Đài Truyền thanh - Truyền hình huyện")],
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")],
  TF("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Biên soạn tài liệu tuyên truyền về ASEAN", [VHTT()], [], TF("Quý IV/2019", "2019-10-01", "2019-12-31")),
 ("Lồng ghép tuyên truyền trong hoạt động của Mặt trận và các đoàn thể",
  [A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện")],
  [A("Huyện đoàn"), A("Hội Liên hiệp Phụ nữ huyện"), A("Hội Nông dân huyện")],
  TF("2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Tuyên truyền về ASEAN trong các nhà trường", [A("Phòng Giáo dục và Đào tạo")], [A("Huyện đoàn Hàm Yên")],
  TF("năm 2020", "2020-01-01", "2020-12-31")),
 ("Thông tin cho doanh nghiệp, hợp tác xã và hộ sản xuất cam", [A("Phòng Kinh tế và Hạ tầng")],
  [NN(), A("Hội Nông dân huyện")], TF("Quý II/2020", "2020-04-01", "2020-06-30")),
 ("Tuyên truyền cổ động trực quan", [VHTT()], [A("Ủy ban nhân dân các xã, thị trấn", coll=True)],
  TF("tháng 01/2020 - tháng 12/2020", "2020-01-01", "2020-12-31")),
 ("Quảng bá hình ảnh huyện Hàm Yên", [VHTT()], [NN()], None),
 ("Nâng cao năng lực đội ngũ làm công tác tuyên truyền", [A("Phòng Nội vụ")], [VHTT()], None),
]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
tasks = []
for i, (title, lead, sup, tf) in enumerate(T, 1):
    secs.append(SEC(f"II.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"II.{i}", title, lead, sup, tf))
tasks[2]["note"] = "Support split at commas: Huyện đoàn / Hội Liên hiệp Phụ nữ huyện / Hội Nông dân huyện."
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Phòng Văn hóa và Thông tin huyện", 2),
         SEC("IV.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
         SEC("IV.3", "3.", "Các cơ quan, đơn vị được giao nhiệm vụ tại Mục II", 2),
         SEC("IV.4", "4.", "Ủy ban nhân dân các xã, thị trấn", 2)]
asg = [
 ASG(VHTT(), "IV.1", ["Là cơ quan đầu mối, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện Kế hoạch",
                      "tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "IV.2", ["Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các cơ quan, đơn vị được giao nhiệm vụ tại Mục II", coll=True), "IV.3",
     ["Xây dựng kế hoạch chi tiết, tổ chức thực hiện có hiệu quả", "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 20/11 hằng năm"]),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", coll=True), "IV.4",
     ["Tuyên truyền về ASEAN trên hệ thống loa truyền thanh cơ sở", "phối hợp treo băng rôn, khẩu hiệu trên địa bàn"]),
]
dls = [DL("định kỳ hằng tháng", "recurring", "II.1", "Xây dựng chuyên mục \"Hàm Yên với Cộng đồng ASEAN\" phát sóng", rec="monthly")]
for i, (title, lead, sup, tf) in enumerate(T, 1):
    if tf:
        dls.append(DL(tf["text"], "period", f"II.{i}", title, start=tf["start"], end=tf["end"]))
dls += [
 DL("trước ngày 30/11 hằng năm", "due", "IV.1", "tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
 DL("trước ngày 20/11 hằng năm", "due", "IV.3", "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện", due="--11-20", rec="yearly"),
]
bud = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách huyện theo phân cấp ngân sách hiện hành", "section": "III"},
                   {"text": "các cơ quan, đơn vị lồng ghép trong kinh phí hoạt động thường xuyên được giao để thực hiện", "section": "III"}],
       "amounts": [{"text": "85 triệu đồng", "vnd": 85000000}],
       "note": "'năm 2020 dự kiến 85 triệu đồng' is a budget year, not a deadline."}
P = plan(m, secs, tasks, asg, dls, bud)
areas = [
 AREA("A01", "partial", "IV.1", "Là cơ quan đầu mối, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện Kế hoạch",
      note="Only the focal-point role; no vertical/horizontal mechanism and no orienting of the press."),
 AREA("A02", "missing", note="No sharing of data with the ASEAN Vietnam portal or a common database."),
 AREA("A03", "partial", "II.1", "chia sẻ thông tin từ Fanpage \"ASEAN và Việt Nam\"",
      note="One phrase inside the broadcasting task; no app, livestream or social-network activity of its own."),
 AREA("A04", "covered", "II.3", "Lồng ghép nội dung về ASEAN trong các buổi nói chuyện thời sự, sinh hoạt chi đoàn, chi hội; chú trọng đối tượng thanh niên, phụ nữ, nông dân"),
 AREA("A05", "covered", "II.8", "tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do tỉnh tổ chức"),
 AREA("A06", "covered", "II.5", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, tiêu chuẩn chất lượng và thương mại điện tử"),
 AREA("A07", "covered", "II.4", "Tổ chức hoạt động ngoại khóa, cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở"),
 AREA("A08", "covered", "II.4", "xây dựng Góc ASEAN tại thư viện Trường Phổ thông Dân tộc nội trú huyện"),
 AREA("A09", "covered", "II.1", "tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam"),
 AREA("A10", "covered", "II.6", "Treo băng rôn, khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020",
      note="Visual propaganda only; no cultural exchange or exhibition."),
 AREA("A11", "missing", note="No fair, trade or investment promotion event."),
 AREA("A12", "covered", "II.2", "Biên soạn, phát hành tài liệu hỏi - đáp, tờ gấp"),
 AREA("A13", "covered", "II.2", "Năm Chủ tịch ASEAN 2020 và 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II.2", "vai trò, vị thế của ASEAN, 3 trụ cột của Cộng đồng ASEAN, đất nước, con người các nước ASEAN"),
 AREA("A15", "missing", note="Nothing on countering false information or following public opinion."),
 AREA("A16", "covered", "II.7", "Giới thiệu tiềm năng, thế mạnh của huyện, sản phẩm cam sành Hàm Yên đạt chứng nhận chỉ dẫn địa lý"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020; nắm bắt được cơ hội để phát triển; Fanpage \"ASEAN và Việt Nam\""],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section III KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
                   ("S4", "pass", "IV.1: báo cáo trước ngày 30/11 hằng năm; IV.3: báo cáo trước ngày 20/11 hằng năm"),
                   ("S5", "pass", "every task II.1-II.8 has a lead"),
                   ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN and provincial plan 98/KH-UBND")])
write_gold(NAME, P, AU, SRC)
