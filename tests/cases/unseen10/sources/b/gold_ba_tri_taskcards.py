"""Gold (by hand) for Plan 3: ben-tre_ba-tri_45-KH-UBND_2020_asean-taskcards.docx.
Every value below was typed by the annotator; write_gold only refuses quotes not verbatim in the source text."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "ben-tre_ba-tri_45-KH-UBND_2020_asean-taskcards"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

VHTT = lambda: A("Phòng Văn hóa và Thông tin")
XA = lambda: A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)
HD = lambda: A("Huyện đoàn")
KTHT = lambda: A("Phòng Kinh tế và Hạ tầng")

m = meta("45/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Ba Tri", "Bến Tre", "2020-03-09",
         "Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện Ba Tri", {"start": 2020, "end": 2020},
         [{"number": "6512/KH-UBND", "type": "Kế hoạch", "date": "2019-12-02"},
          {"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"}],
         {"name": "Trần Văn Hữu", "position": "Phó Chủ tịch"})
m["basis"][1]["note"] = ("Cited inside a parenthesis of the 'Thực hiện …' preamble as what the provincial plan implements; "
                         "counted as basis (as in set 7's Bắc Kạn gold).")
m["note"] = "Header 'ỦY BAN NHÂN DÂN' / 'HUYỆN BA TRI': a district issuer; the province (Bến Tre) comes from the preamble."

secs = [
 SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 SEC("I.1", "1.", "Mục đích", 2),
 SEC("I.2", "2.", "Yêu cầu", 2),
 SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only: no tasks."),
 SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks",
     note="Each task is a typed numbered paragraph ('1. …' … '9. …') followed by its own 2-column card table "
          "(Nhiệm vụ | Chủ trì | Phối hợp | Thời gian). The numbered paragraph is the task (its title); the card rows are "
          "its fields: 'Chủ trì' = lead, 'Phối hợp' = support, 'Thời gian' = timeframe/deadline. Card rows are neither "
          "sections nor tasks, and the cards are not an annex (no PL. ids)."),
]
T = [
 ("Tuyên truyền trên hệ thống truyền thanh huyện và truyền thanh cơ sở", [A("Đài Truyền thanh huyện")], [VHTT(), XA()],
  TF("Từ tháng 4 đến tháng 12/2020", "2020-04-01", "2020-12-31"),
  "Phối hợp cell 'Phòng Văn hóa và Thông tin; UBND các xã, thị trấn': split at ';'."),
 ("Đăng tải thông tin trên Cổng thông tin điện tử huyện và mạng xã hội",
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], [VHTT()], None,
  "'Thời gian | Thường xuyên': timeframe null, no deadline."),
 ("Tuyên truyền cổ động trực quan", [A("Trung tâm Văn hóa - Thể thao huyện")],
  [A("Ủy ban nhân dân thị trấn Ba Tri", "UBND thị trấn Ba Tri"), A("Ủy ban nhân dân xã An Thủy", "UBND xã An Thủy")],
  TF("Tháng 7 và tháng 8/2020", "2020-07-01", "2020-08-31"),
  "Two consecutive months: one window July-August 2020 (timeframe and a single period deadline)."),
 ("Thông tin cho doanh nghiệp, hợp tác xã", [KTHT()],
  [A("Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Nông nghiệp và PTNT")],
  TF("Quý III/2020", "2020-07-01", "2020-09-30"), "The Nhiệm vụ cell holds two paragraphs."),
 ("Lồng ghép tuyên truyền trong các đoàn thể", [HD(), A("Hội Liên hiệp Phụ nữ huyện"), A("Hội Nông dân huyện")], [],
  TF("Năm 2020", "2020-01-01", "2020-12-31"),
  "Chủ trì cell holds three agencies, one per paragraph: three leads. Phối hợp cell is '-': support []."),
 ("Tuyên truyền trong nhà trường", [A("Phòng Giáo dục và Đào tạo")], [HD()], None,
  "'Thời gian | Trước ngày 30/5/2020' is a due date, not a window: timeframe null, one due deadline."),
 ("Cử cán bộ tham gia tập huấn", [VHTT()], [A("Phòng Nội vụ")], None,
  "'Theo kế hoạch của Sở Thông tin và Truyền thông' is no time constraint: timeframe null, no deadline."),
 ("Nắm bắt dư luận, phản bác thông tin sai trái", [A("Công an huyện")], [VHTT()], None, None),
 ("Quảng bá hình ảnh huyện Ba Tri", [VHTT()], [KTHT()], TF("Quý IV/2020", "2020-10-01", "2020-12-31"), None),
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
 ASG(VHTT(), "V.1", ["Chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương thực hiện Kế hoạch",
                     "Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 05/12/2020"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "V.2", ["Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các cơ quan, đơn vị được giao nhiệm vụ tại Mục III", coll=True), "V.3",
     ["Chủ động triển khai thực hiện nhiệm vụ được giao",
      "báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 25/11/2020 để tổng hợp"]),
 ASG(XA(), "V.4", ["Tuyên truyền về ASEAN trên hệ thống loa truyền thanh cơ sở",
                   "phối hợp treo băng rôn, khẩu hiệu trên địa bàn"]),
]
def tdl(i, text, start, end):
    return DL(text, "period", f"III.{i}", T[i - 1][0], start=start, end=end)
dls = [
 tdl(1, "Từ tháng 4 đến tháng 12/2020", "2020-04-01", "2020-12-31"),
 tdl(3, "Tháng 7 và tháng 8/2020", "2020-07-01", "2020-08-31"),
 tdl(4, "Quý III/2020", "2020-07-01", "2020-09-30"),
 tdl(5, "Năm 2020", "2020-01-01", "2020-12-31"),
 DL("Trước ngày 30/5/2020", "due", "III.6", "Tuyên truyền trong nhà trường", due="2020-05-30"),
 tdl(9, "Quý IV/2020", "2020-10-01", "2020-12-31"),
 DL("trước ngày 05/12/2020", "due", "V.1", "Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông", due="2020-12-05"),
 DL("trước ngày 25/11/2020", "due", "V.3", "báo cáo kết quả về Phòng Văn hóa và Thông tin", due="2020-11-25"),
]
dls[1]["note"] = "'Tháng 7 và tháng 8/2020' read as one contiguous window (July-August), not two one-month periods."
bud = {"present": True, "section": "IV", "sources": ["state_budget"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch do ngân sách huyện bảo đảm, bố trí trong dự toán năm 2020 của các cơ quan, đơn vị được giao nhiệm vụ", "section": "IV"},
                   {"text": "UBND các xã, thị trấn sử dụng ngân sách xã để tổ chức các hoạt động tuyên truyền trên địa bàn", "section": "IV"}],
       "amounts": [],
       "note": "District and commune budgets are both state budget; 'dự toán năm 2020' is the budget year, not a deadline."}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("A01", "partial", "V.1", "Chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương thực hiện Kế hoạch",
      note="Only the focal role of Phòng VH&TT; no vertical/horizontal mechanism, no orienting of the press."),
 AREA("A02", "missing", note="Nothing shares data with the ASEAN Vietnam portal or a common database (III.2 only relays the Fanpage)."),
 AREA("A03", "covered", "III.2", "chia sẻ nội dung từ Fanpage “ASEAN và Việt Nam” trên trang Facebook, nhóm Zalo của các cơ quan, đơn vị, địa phương"),
 AREA("A04", "covered", "III.5", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt chi đoàn, chi hội, các buổi nói chuyện chuyên đề; chú trọng đối tượng thanh niên, phụ nữ, nông dân"),
 AREA("A05", "covered", "III.7", "tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do tỉnh tổ chức"),
 AREA("A06", "covered", "III.4", "Phổ biến các cam kết trong ASEAN về thuế quan, quy tắc xuất xứ hàng hóa"),
 AREA("A07", "covered", "III.6", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở"),
 AREA("A08", "covered", "III.6", "xây dựng thí điểm Góc ASEAN tại thư viện Trường THCS thị trấn Ba Tri"),
 AREA("A09", "covered", "III.1", "tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Bến Tre"),
 AREA("A10", "covered", "III.3", "Treo băng rôn, khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020"),
 AREA("A11", "missing", note="No fair, trade or investment promotion; III.9 promotes the district to ASEAN visitors and firms but names no promotion event."),
 AREA("A12", "partial", "III.2", "Đăng tải tin, bài, ấn phẩm về ASEAN trên Cổng thông tin điện tử huyện",
      note="Publications are only posted online; nothing produces or distributes leaflets or printed material."),
 AREA("A13", "covered", "II", "các sự kiện trong Năm Chủ tịch ASEAN 2020 của Việt Nam; kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II", "Vai trò, vị thế của ASEAN; 3 trụ cột của Cộng đồng ASEAN"),
 AREA("A15", "covered", "III.8", "phản bác các thông tin sai trái, xuyên tạc liên quan đến ASEAN"),
 AREA("A16", "covered", "III.9", "Giới thiệu tiềm năng, thế mạnh của huyện"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN (through provincial plan 6512/KH-UBND)", "year 2020 within 2019-2020",
                         "fingerprints: Năm Chủ tịch ASEAN 2020; nắm bắt được cơ hội để phát triển; Fanpage “ASEAN và Việt Nam”"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 4 assignments"),
                   ("S4", "pass", "V.1 report trước ngày 05/12/2020; V.3 reports trước ngày 25/11/2020"),
                   ("S5", "pass", "every task III.1-III.9 has a lead (card row 'Chủ trì')"),
                   ("S6", "pass", "basis cites 02/QĐ-BCĐASEAN and provincial plan 6512/KH-UBND")])
write_gold(NAME, P, AU, SRC)
