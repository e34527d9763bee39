"""Gold for plan 4 (Phụng Hiệp 86/KH-UBND, plain text with field bullets). Values decided by hand from the text."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "hau-giang_phung-hiep_86-KH-UBND_2024_asean-fieldbullets"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

VHTT = lambda: A("Phòng Văn hóa và Thông tin huyện")
TTVH = lambda: A("Trung tâm Văn hóa, Thông tin và Thể thao huyện")
UBXA = lambda: A("Ủy ban nhân dân các xã, thị trấn", coll=True)
KTHT = lambda: A("Phòng Kinh tế và Hạ tầng huyện")
MTTQ = lambda: A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ Việt Nam huyện")
DT = lambda: A("Các đoàn thể chính trị - xã hội huyện", "các đoàn thể chính trị - xã hội huyện", True)
Y24 = lambda: TF("Năm 2024", "2024-01-01", "2024-12-31")

m = meta("86/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Phụng Hiệp", "Hậu Giang", "2024-03-12",
         "Thông tin, tuyên truyền về ASEAN năm 2024 trên địa bàn huyện Phụng Hiệp", {"start": 2024, "end": 2024},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "41/KH-UBND", "type": "Kế hoạch", "date": "2024-02-26"}],
         {"name": "Lê Hoàng Khải", "position": "Phó Chủ tịch"})
m["note"] = ("The header names only the district (ỦY BAN NHÂN DÂN / HUYỆN PHỤNG HIỆP); the province comes from the preamble's "
             "'Ủy ban nhân dân tỉnh Hậu Giang'. 'Theo đề nghị của Trưởng phòng …' is not basis.")

T = [
 ("Tuyên truyền trên hệ thống thông tin cơ sở", [TTVH()], [UBXA()], None, "'+ Thời gian: Thường xuyên' is not a window."),
 ("Tuyên truyền trên Trang thông tin điện tử và mạng xã hội",
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], [VHTT()], Y24(),
  "One office whose name contains 'và' ('Văn phòng HĐND và UBND huyện'), not two agencies."),
 ("Tuyên truyền trực quan", [VHTT()], [TTVH(), UBXA()], TF("Tháng 8/2024", "2024-08-01", "2024-08-31"),
  "'(08/8/1967 - 08/8/2024)' narrates the anniversary; the task's window is the '+ Thời gian' field."),
 ("Thông tin cho hợp tác xã, hộ kinh doanh", [KTHT()], [A("Phòng Nông nghiệp và Phát triển nông thôn huyện")],
  TF("Quý II/2024", "2024-04-01", "2024-06-30"), None),
 ("Tuyên truyền trong trường học", [A("Phòng Giáo dục và Đào tạo huyện")], [A("Huyện đoàn Phụng Hiệp")], None,
  "'+ Thời gian: Trước ngày 30/9/2024' is a due date: a deadline, not a timeframe."),
 ("Lồng ghép tuyên truyền trong sinh hoạt của Mặt trận và các đoàn thể", [MTTQ(), DT()], [], Y24(),
  "'Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện': two leads (one body, one collective). No '+ Phối hợp' line."),
 ("Quảng bá hình ảnh huyện Phụng Hiệp", [VHTT()], [KTHT(), A("Ban Quản lý Khu bảo tồn thiên nhiên Lung Ngọc Hoàng")], None,
  "'Theo kế hoạch của tỉnh' is not a window or a deadline."),
 ("Đấu tranh phản bác quan điểm sai trái", [A("Công an huyện")], [VHTT()], None, None),
]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
tasks = []
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"II.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"II.{i}", title, lead, sup, tf, note))
tasks[0]["note"] = ("Field bullets '- Nội dung:' / '+ Chủ trì:' / '+ Phối hợp:' / '+ Thời gian:' are attributes of the numbered task "
                    "above them (bullets are never sections or tasks). " + tasks[0]["note"])
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Phòng Văn hóa và Thông tin huyện", 2),
         SEC("IV.2", "2.", "Phòng Tài chính - Kế hoạch huyện", 2),
         SEC("IV.3", "3.", "Các cơ quan, đơn vị được giao nhiệm vụ; Ủy ban nhân dân các xã, thị trấn", 2),
         SEC("IV.4", "4.", "Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện", 2)]
D3 = ["Xây dựng kế hoạch cụ thể, tổ chức thực hiện", "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 05/11/2024"]
D4 = ["Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia các hoạt động hưởng ứng"]
asg = [
 ASG(VHTT(), "IV.1", ["Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện theo dõi, hướng dẫn, đôn đốc thực hiện Kế hoạch",
                      "Tổng hợp kết quả, tham mưu Ủy ban nhân dân huyện báo cáo Sở Thông tin và Truyền thông trước ngày 15/11/2024"]),
 ASG(A("Phòng Tài chính - Kế hoạch huyện"), "IV.2", ["Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch"]),
 ASG(A("Các cơ quan, đơn vị được giao nhiệm vụ", coll=True), "IV.3", D3,
     note="Two collectives separated by ';': two assignments with the same duties."),
 ASG(UBXA(), "IV.3", D3),
 ASG(MTTQ(), "IV.4", D4, note="'Đề nghị X và Y': one assignment per agency."),
 ASG(DT(), "IV.4", D4),
]
dls = [
 DL("Năm 2024", "period", "II.2", "Tuyên truyền trên Trang thông tin điện tử và mạng xã hội", start="2024-01-01", end="2024-12-31"),
 DL("Tháng 8/2024", "period", "II.3", "Tuyên truyền trực quan", start="2024-08-01", end="2024-08-31"),
 DL("Quý II/2024", "period", "II.4", "Thông tin cho hợp tác xã, hộ kinh doanh", start="2024-04-01", end="2024-06-30"),
 DL("Trước ngày 30/9/2024", "due", "II.5", "Tổ chức cho học sinh các trường trung học cơ sở tham gia cuộc thi tìm hiểu về ASEAN", due="2024-09-30"),
 DL("Năm 2024", "period", "II.6", "Lồng ghép tuyên truyền trong sinh hoạt của Mặt trận và các đoàn thể", start="2024-01-01", end="2024-12-31"),
 DL("trước ngày 15/11/2024", "due", "IV.1", "tham mưu Ủy ban nhân dân huyện báo cáo Sở Thông tin và Truyền thông", due="2024-11-15"),
 DL("trước ngày 05/11/2024", "due", "IV.3", "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện", due="2024-11-05"),
]
dls[0]["note"] = ("'Năm 2024' as a task's time field is kept although it equals the plan year (it is the task's own field, not the title). "
                  "'Thường xuyên', 'Theo kế hoạch của tỉnh', the anniversary dates in II.3 and the budget year in III are not deadlines.")
bud = {"present": True, "section": "III", "sources": ["state_budget", "socialization"],
       "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách huyện năm 2024 đã giao trong dự toán của các cơ quan, đơn vị", "section": "III"},
                   {"text": "Khuyến khích huy động nguồn xã hội hóa để tổ chức các hoạt động tuyên truyền", "section": "III"}],
       "amounts": []}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("B01", "covered", "II.1", "thông tin về chủ đề Năm ASEAN 2024, các hoạt động hợp tác trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và vai trò, đóng góp của Việt Nam trong ASEAN"),
 AREA("B02", "missing", note="COVID-19 and recovery are not mentioned (a 2024 plan)."),
 AREA("B03", "covered", "II.6", "giới thiệu các mô hình, câu chuyện thực tiễn về lợi ích mà Cộng đồng ASEAN mang lại cho người dân, doanh nghiệp"),
 AREA("B04", "partial", "I", "cảm nhận về bản sắc Cộng đồng ASEAN", note="Only in the purposes."),
 AREA("B05", "covered", "II.7", "Giới thiệu tiềm năng du lịch sinh thái Khu bảo tồn thiên nhiên Lung Ngọc Hoàng và các sản phẩm OCOP của huyện tới du khách, nhà đầu tư các nước ASEAN"),
 AREA("B06", "covered", "II.4", "Phổ biến các cam kết trong ASEAN, thương mại điện tử, chuyển đổi số"),
 AREA("B07", "covered", "II.2", "Duy trì chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử huyện; chia sẻ tin, bài, video về ASEAN trên Fanpage, nhóm Zalo"),
 AREA("B08", "covered", "II.3", "Treo cờ ASEAN, băng rôn, pa nô tại trụ sở các cơ quan"),
 AREA("B09", "missing", note="No training or capacity building."),
 AREA("B10", "covered", "II.5", "Tổ chức cho học sinh các trường trung học cơ sở tham gia cuộc thi tìm hiểu về ASEAN"),
 AREA("B11", "partial", "II.7", "thông qua các hội chợ, triển lãm do tỉnh tổ chức",
      note="Fairs and exhibitions appear only as the channel for promoting the district; no cultural/sports exchange or promotion event of its own."),
 AREA("B12", "covered", "II.8", "đấu tranh phản bác các quan điểm sai trái, xuyên tạc về chủ trương hội nhập quốc tế, đường lối đối ngoại của Đảng và Nhà nước"),
 AREA("B13", "partial", "I", "tăng cường phối hợp thông tin giữa các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn",
      note="Only a requirement in section I."),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg and provincial plan 41/KH-UBND (2024)", "period 2024 within 2021-2025",
                         "fingerprints: tư duy Cộng đồng, hành động Cộng đồng; 3 trụ cột; chuyển đổi số"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section III KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 6 assignments"),
                   ("S4", "pass", "IV.1: báo cáo Sở TT&TT trước ngày 15/11/2024; IV.3: báo cáo trước ngày 05/11/2024"),
                   ("S5", "pass", "every task II.1-II.8 has a '+ Chủ trì' line"),
                   ("S6", "pass", "basis cites 1160/QĐ-TTg and provincial plan 41/KH-UBND")])
write_gold(NAME, P, AU, SRC)
