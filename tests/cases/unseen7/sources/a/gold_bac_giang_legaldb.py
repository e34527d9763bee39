import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "bac-giang_45-KH-TDTN-TG_2022_asean-legaldb"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
BTG = lambda: A("Ban Tuyên giáo Tỉnh đoàn")
HDNT = lambda: A("Hội Doanh nhân trẻ tỉnh")
CS = lambda: A("Các huyện, thành đoàn, đoàn trực thuộc", coll=True)

m = meta("45-KH/TĐTN-TG", "Kế hoạch", "Tỉnh đoàn Bắc Giang", "Bắc Giang", "2022-04-22",
         "Tuyên truyền về ASEAN trong đoàn viên, thanh niên tỉnh Bắc Giang giai đoạn 2022 - 2025",
         {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "98/KH-UBND", "type": "Kế hoạch", "date": "2022-03-15"}],
         {"name": "Nguyễn Thị Thu Hương", "position": "Phó Bí thư"})
m["note"] = ("Đoàn-style header: left 'TỈNH ĐOÀN BẮC GIANG' / '***' / 'Số: 45-KH/TĐTN-TG' (number joined with '-', kept as printed); right column "
             "'ĐOÀN TNCS HỒ CHÍ MINH' instead of the national motto. Signature 'TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / PHÓ BÍ THƯ'. The database's own "
             "metadata table (Số ký hiệu, Ngày ban hành, Cơ quan ban hành, Người ký, Trích yếu) agrees with the document.")
T = [
 ("Tuyên truyền trên các nền tảng số của Đoàn", [BTG()], [], None, None),
 ("Cuộc thi trực tuyến \"Tuổi trẻ Bắc Giang tìm hiểu về Cộng đồng ASEAN\"", [BTG()], [A("Sở Giáo dục và Đào tạo")],
  TF("tháng 7 - tháng 9/2022", "2022-07-01", "2022-09-30"), "'Giao X phối hợp với Y tổ chức …': X (the assignee and actor) is the lead, Y support."),
 ("Diễn đàn \"Thanh niên Bắc Giang với cơ hội việc làm trong Cộng đồng ASEAN\"", [A("Ban Phong trào Tỉnh đoàn")],
  [A("Sở Lao động - Thương binh và Xã hội"), HDNT()], TF("Quý IV/2022", "2022-10-01", "2022-12-31"),
  "Roles in a leading parenthesis '(Đơn vị chủ trì: …; phối hợp: …)'."),
 ("Bồi dưỡng kiến thức kinh tế số cho thanh niên khởi nghiệp", [HDNT()], [], None, "'Thời gian: hằng năm' is not a window: yearly recurring deadline."),
 ("Tập huấn báo cáo viên, tuyên truyền viên Đoàn", [BTG()], [], None, "'hoàn thành trước ngày 30/6/2023' is a due date, not a timeframe."),
 ("Giao lưu thanh niên ASEAN", [A("Hội Liên hiệp Thanh niên Việt Nam tỉnh")], [], TF("năm 2023 - 2024", "2023-01-01", "2024-12-31"), None),
 ("Lan tỏa câu chuyện, gương thanh niên tiêu biểu", [CS()], [], None, "A collective (district/city Youth Union committees and directly attached units) opens the text as actor."),
 ("Đấu tranh, phản bác thông tin sai trái trên không gian mạng", [BTG()], [], None,
  "'là đầu mối' gives the lead; the 'Đội hình thanh niên xung kích' it mobilises is not named as support (no 'phối hợp')."),
]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        SEC("II", "II.", "NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN", 1, "content", note="Combined heading; kind from its first part.")]
tasks = []
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"II.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"II.{i}", title, lead, sup, tf, note))
secs += [SEC("III", "III.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("III.1", "1.", "Ban Tuyên giáo Tỉnh đoàn", 2),
         SEC("III.2", "2.", "Văn phòng Tỉnh đoàn", 2),
         SEC("III.3", "3.", "Các huyện, thành đoàn, đoàn trực thuộc", 2),
         SEC("III.4", "4.", "Kinh phí thực hiện", 2, note="Funding is an item of the organisation section (no level-1 budget section); it is the budget section of the plan.")]
asg = [
 ASG(BTG(), "III.1", ["Tham mưu Ban Thường vụ Tỉnh đoàn triển khai Kế hoạch", "hướng dẫn, đôn đốc các cơ sở đoàn thực hiện",
                      "Tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh đoàn và Sở Thông tin và Truyền thông trước ngày 10/12 hằng năm"]),
 ASG(A("Văn phòng Tỉnh đoàn"), "III.2", ["Bảo đảm kinh phí, cơ sở vật chất cho các hoạt động cấp tỉnh"]),
 ASG(CS(), "III.3", ["Xây dựng kế hoạch triển khai, gửi về Ban Tuyên giáo Tỉnh đoàn trước ngày 15/5/2022", "báo cáo kết quả thực hiện trước ngày 30/11 hằng năm"]),
]
asg[2]["note"] = "The closing 'Ban Thường vụ Tỉnh đoàn đề nghị các huyện, thành đoàn, đoàn trực thuộc nghiêm túc triển khai' is a closing formula, not a further assignment."
dls = [
 DL("định kỳ hằng quý", "recurring", "II.1", "tổng hợp số lượt tiếp cận", rec="quarterly"),
 DL("tháng 7 - tháng 9/2022", "period", "II.2", "tổ chức cuộc thi cho học sinh, sinh viên, đoàn viên, thanh niên trên nền tảng trực tuyến", start="2022-07-01", end="2022-09-30"),
 DL("Quý IV/2022", "period", "II.3", "Thông tin cho thanh niên về dịch chuyển lao động, công nhận kỹ năng nghề và cơ hội việc làm tại các nước ASEAN", start="2022-10-01", end="2022-12-31"),
 DL("hằng năm", "recurring", "II.4", "bồi dưỡng kiến thức thương mại điện tử, kinh tế số cho thanh niên khởi nghiệp", rec="yearly"),
 DL("trước ngày 30/6/2023", "due", "II.5", "tổ chức lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", due="2023-06-30"),
 DL("năm 2023 - 2024", "period", "II.6", "tổ chức giao lưu văn hóa, thể thao giữa thanh niên Bắc Giang với lưu học sinh, thanh niên các nước ASEAN", start="2023-01-01", end="2024-12-31"),
 DL("trước ngày 10/12 hằng năm", "due", "III.1", "báo cáo Ban Thường vụ Tỉnh đoàn và Sở Thông tin và Truyền thông", due="--12-10", rec="yearly"),
 DL("trước ngày 15/5/2022", "due", "III.3", "Xây dựng kế hoạch triển khai, gửi về Ban Tuyên giáo Tỉnh đoàn", due="2022-05-15"),
 DL("trước ngày 30/11 hằng năm", "due", "III.3", "báo cáo kết quả thực hiện", due="--11-30", rec="yearly"),
]
bud = {"present": True, "section": "III.4", "sources": ["state_budget", "unit_budget", "socialization"],
       "clauses": [{"text": "Kinh phí tổ chức các hoạt động cấp tỉnh được sử dụng từ nguồn ngân sách nhà nước cấp cho Tỉnh đoàn, dự kiến 65 triệu đồng mỗi năm; các đơn vị chủ động cân đối kinh phí hoạt động của đơn vị và huy động nguồn xã hội hóa", "section": "III.4"}],
       "amounts": [{"text": "65 triệu đồng", "vnd": 65000000}],
       "note": "'mỗi năm' qualifies the amount (a yearly rate), not an obligation's timing: no deadline. III.2 'Bảo đảm kinh phí' names no source."}
P = plan(m, secs, tasks, asg, dls, bud)
areas = [
 AREA("B01", "covered", "II.1", "đăng tải tin, bài, video ngắn về Chủ đề ASEAN từng năm và hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "partial", "I", "phục hồi sau đại dịch COVID-19", note="Only in the purposes section; no task informs about ASEAN cooperation against COVID-19."),
 AREA("B03", "covered", "II.7", "giới thiệu câu chuyện thực tiễn, nhân vật điển hình là thanh niên học tập, lao động, kinh doanh thành công nhờ hợp tác với các nước ASEAN"),
 AREA("B04", "missing", note="No content on ASEAN identity or a sense of belonging; 'hình thành tư duy Cộng đồng, hành động Cộng đồng' in the purposes is the programme's motto, not this area."),
 AREA("B05", "missing", note="Nothing promotes Bắc Giang to ASEAN members or partners; the lychee/chicken products appear only as examples for value-chain training (B06)."),
 AREA("B06", "covered", "II.4", "bồi dưỡng kiến thức thương mại điện tử, kinh tế số cho thanh niên khởi nghiệp"),
 AREA("B07", "covered", "II.1", "mở chuyên mục \"Thanh niên Bắc Giang với ASEAN\" trên Fanpage, Zalo OA \"Tuổi trẻ Bắc Giang\""),
 AREA("B08", "missing", note="No flags, panels, posters or banners."),
 AREA("B09", "covered", "II.5", "tổ chức lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho cán bộ đoàn chủ chốt, báo cáo viên, tuyên truyền viên Đoàn các cấp"),
 AREA("B10", "covered", "II.2", "Cuộc thi trực tuyến \"Tuổi trẻ Bắc Giang tìm hiểu về Cộng đồng ASEAN\""),
 AREA("B11", "covered", "II.6", "tổ chức giao lưu văn hóa, thể thao giữa thanh niên Bắc Giang với lưu học sinh, thanh niên các nước ASEAN"),
 AREA("B12", "covered", "II.8", "đấu tranh, phản bác quan điểm sai trái, luận điệu xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN"),
 AREA("B13", "missing", note="No commitment to coordinate information with departments, localities or the media (only one 'phối hợp với Sở Giáo dục và Đào tạo' for a contest)."),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg (13/7/2021) and Bắc Giang umbrella plan 98/KH-UBND", "period 2022-2025 within 2021-2025",
                         "fingerprints: tư duy Cộng đồng, hành động Cộng đồng; kinh tế số, chuyển đổi số; COVID-19; 3 trụ cột"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "III.4 Kinh phí thực hiện (ngân sách nhà nước cấp cho Tỉnh đoàn, 65 triệu đồng, xã hội hóa)"),
                   ("S3", "pass", "section III TỔ CHỨC THỰC HIỆN with 3 assignments"),
                   ("S4", "pass", "III.1 báo cáo trước ngày 10/12 hằng năm; III.3 báo cáo trước ngày 30/11 hằng năm"),
                   ("S5", "pass", "every task II.1-II.8 has a lead"),
                   ("S6", "pass", "basis cites 1160/QĐ-TTg")])
write_gold(NAME, P, AU, SRC)
