"""Hand gold for Vĩnh Hưng (Long An) 152/KH-UBND (PDF, no funding). Values typed by hand; write_gold checks quotes
against pdftotext -raw of the delivered PDF."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "long-an_vinh-hung_152-KH-UBND_2023_asean-nofunds"
SRC = delivered_text(NAME, "pdf")
TT = lambda: A("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện", "Trung tâm VH,TT&TT huyện")
VH = lambda: A("Phòng Văn hóa và Thông tin", "Phòng VH&TT")
XA = lambda: A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)
m = meta("152/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Vĩnh Hưng", "Long An", "2023-05-19",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn huyện Vĩnh Hưng năm 2023", {"start": 2023, "end": 2023},
         [{"number": "1254/KH-UBND", "type": "Kế hoạch", "date": "2022-04-12"},
          {"number": "862/KH-STTTT", "type": "Kế hoạch", "date": "2023-03-20"}],
         {"name": "Nguyễn Thị Mỹ Hạnh", "position": "Phó Chủ tịch"})
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
T = [
 ("Tuyên truyền về Chủ đề ASEAN năm 2023 và hợp tác trên ba trụ cột", [TT()], [], TF("trong quý III/2023", "2023-07-01", "2023-09-30"),
  "'Việc … do X chủ trì thực hiện, trong quý III/2023': lead X; the quarter times the whole task."),
 ("Phổ biến thông tin về thương mại điện tử, kinh tế số cho hợp tác xã, hộ kinh doanh", [A("Phòng Kinh tế và Hạ tầng")], [], None,
  "'X chủ trì tham mưu UBND huyện tổ chức …': lead X (UBND huyện is the body advised, not a role). 'hoàn thành trước 30/9/2023' is a due date, not a window."),
 ("Đấu tranh, phản bác các quan điểm sai trái", [A("Công an huyện")],
  [A("Ban Chỉ huy Quân sự huyện", "BCH Quân sự huyện"), A("Đồn Biên phòng Long Khốt"), VH()], None,
  "'X chịu trách nhiệm chính; Y, Z và W phối hợp …': lead X, support Y, Z, W. 'Thực hiện thường xuyên' is no deadline."),
 ("Tổ chức cuộc thi tìm hiểu về ASEAN cho thanh thiếu niên", [A("Phòng Giáo dục và Đào tạo")], [A("Huyện Đoàn")],
  TF("trong tháng 10-11/2023", "2023-10-01", "2023-11-30"),
  "'Y phối hợp với X (đơn vị chủ trì)': support named first. The task is the contest, so its months are the task's window."),
 ("Tuyên truyền trực quan nhân kỷ niệm Ngày thành lập ASEAN", [TT(), XA()], [], TF("tháng 8/2023", "2023-08-01", "2023-08-31"),
  "'Đơn vị thực hiện: A; B' with no separate lead: they are the lead."),
 ("Bồi dưỡng kỹ năng tuyên truyền về ASEAN", [VH()], [A("Trung tâm Chính trị huyện")], TF("quý IV/2023", "2023-10-01", "2023-12-31"),
  "'X chủ trì, phối hợp Y' (without 'với'): support Y."),
 ("Giới thiệu tiềm năng của huyện tới bạn bè các nước ASEAN", [], [], None, "No agency named."),
]
tasks = [TASK(f"II.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(T, 1)]
secs += [SEC(f"II.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("III", "III.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("III.1", "1.", "Phòng Văn hóa và Thông tin", 2), SEC("III.2", "2.", "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện", 2),
         SEC("III.3", "3.", "Các cơ quan, ban, ngành huyện; UBND các xã, thị trấn", 2),
         SEC("III.4", "4.", "Đề nghị UBMTTQVN huyện và các đoàn thể chính trị - xã hội huyện", 2)]
D3 = ["Căn cứ nội dung Kế hoạch, chủ động triển khai thực hiện",
      "báo cáo kết quả (lồng ghép trong báo cáo công tác thông tin đối ngoại) về Phòng VH&TT chậm nhất ngày 30/11/2023"]
D4 = ["Phối hợp tuyên truyền đến đoàn viên, hội viên về ASEAN, nhất là tại các xã biên giới"]
asg = [
 ASG(A("Phòng Văn hóa và Thông tin"), "III.1",
     ["Là cơ quan thường trực, có trách nhiệm tham mưu UBND huyện theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch",
      "tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 15 tháng 12 hằng năm"]),
 ASG(A("Trung tâm Văn hóa, Thể thao và Truyền thanh huyện"), "III.2",
     ["Mở chuyên mục \"Vĩnh Hưng với ASEAN\" phát sóng định kỳ hằng tháng trên sóng Đài Truyền thanh huyện",
      "phối hợp với Phòng VH&TT thực hiện các nhiệm vụ được giao tại Mục II"]),
 ASG(A("Các cơ quan, ban, ngành huyện", coll=True), "III.3", D3, note="Two collectives separated by ';'."),
 ASG(XA(), "III.3", D3),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "UBMTTQVN huyện"), "III.4", D4, note="'Đề nghị X và Y': one assignment per addressee."),
 ASG(A("các đoàn thể chính trị - xã hội huyện", coll=True), "III.4", D4),
]
dls = [
 DL("trong quý III/2023", "period", "II.1", "Việc thông tin, tuyên truyền", start="2023-07-01", end="2023-09-30"),
 DL("hoàn thành trước 30/9/2023", "due", "II.2", "tổ chức hội nghị phổ biến cho hợp tác xã, hộ kinh doanh", due="2023-09-30"),
 DL("trong tháng 10-11/2023", "period", "II.4", "tổ chức cuộc thi tìm hiểu về ASEAN", start="2023-10-01", end="2023-11-30"),
 DL("tháng 8/2023", "period", "II.5", "Treo cờ ASEAN, băng rôn, pa nô", start="2023-08-01", end="2023-08-31"),
 DL("quý IV/2023", "period", "II.6", "tổ chức 01 lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN", start="2023-10-01", end="2023-12-31"),
 DL("trước ngày 15 tháng 12 hằng năm", "due", "III.1", "báo cáo UBND huyện và Sở Thông tin và Truyền thông", due="--12-15", rec="yearly",
    note="'hằng năm' in a one-year plan, as printed: yearly."),
 DL("định kỳ hằng tháng", "recurring", "III.2", "phát sóng", rec="monthly"),
 DL("chậm nhất ngày 30/11/2023", "due", "III.3", "báo cáo kết quả", due="2023-11-30"),
]
bud = {"present": False, "section": None, "sources": [], "clauses": [], "amounts": [],
       "note": "The plan has no budget section and no funding sentence anywhere."}
areas = [
 AREA("B01", "covered", "II.1", "Tuyên truyền về Chủ đề ASEAN năm 2023 \"ASEAN tầm vóc: Tâm điểm tăng trưởng\", kết quả hợp tác trên ba trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "partial", "I", "Thông tin về kết quả hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế sau đại dịch", note="Only in the purposes."),
 AREA("B03", "missing"),
 AREA("B04", "missing"),
 AREA("B05", "covered", "II.7", "Lồng ghép giới thiệu tiềm năng du lịch sinh thái, Khu di tích khảo cổ Gò Ô Chùa, các sản phẩm OCOP của huyện"),
 AREA("B06", "covered", "II.2", "phổ biến cho hợp tác xã, hộ kinh doanh về thương mại điện tử, kinh tế số"),
 AREA("B07", "partial", "II.7", "trên Trang thông tin điện tử huyện", note="The portal is only a channel inside II.7; no column or new-media commitment."),
 AREA("B08", "covered", "II.5", "Treo cờ ASEAN, băng rôn, pa nô tuyên truyền kỷ niệm 56 năm Ngày thành lập ASEAN"),
 AREA("B09", "covered", "II.6", "tổ chức 01 lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên, tuyên truyền viên"),
 AREA("B10", "covered", "II.4", "tổ chức cuộc thi tìm hiểu về ASEAN trên mạng xã hội cho đoàn viên, thanh niên, học sinh"),
 AREA("B11", "partial", "II.7", "tại các hội chợ, phiên chợ biên giới", note="Fairs only as a venue inside II.7."),
 AREA("B12", "covered", "II.3", "kịp thời đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam"),
 AREA("B13", "missing"),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "fail", "no budget section and no funding clause"),
          ("S3", "pass", "section III TỔ CHỨC THỰC HIỆN with 6 assignments"),
          ("S4", "pass", "III.1 report 'trước ngày 15 tháng 12 hằng năm'; III.3 report 'chậm nhất ngày 30/11/2023'"),
          ("S5", "fail", "II.7 names no agency"),
          ("S6", "pass", "basis cites the provincial plan 1254/KH-UBND on ASEAN 2022-2025 (which implements 1160/QĐ-TTg)")]
au = audit(REF21, True, ["implements the provincial ASEAN plan 1254/KH-UBND (2022-2025)", "period 2023 within 2021-2025",
                         "fingerprints: 3 trụ cột, COVID-19, kinh tế số"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
