"""Hand gold for the Lào Cai TOC PDF. Every value typed by hand; write_gold only checks quotes."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "lao-cai_318-KH-STTTT_2022_asean-toc"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
STT = lambda: A("Sở Thông tin và Truyền thông")
BTG = lambda: A("Ban Tuyên giáo Tỉnh ủy")
m = meta("318/KH-STTTT", "Kế hoạch", "Sở Thông tin và Truyền thông tỉnh Lào Cai", "Lào Cai", "2022-06-16",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Lào Cai giai đoạn 2022 - 2025",
         {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "245/KH-UBND", "type": "Kế hoạch", "date": "2022-04-22"}],
         {"name": "Nguyễn Thị Thanh Hương", "position": "Phó Giám đốc"})
m["note"] = ("Page 1 carries a MỤC LỤC (table of contents): every level-1/level-2 heading repeated with a dot leader and a page "
             "number. Those TOC lines are not sections; each heading is annotated once, where it occurs in the body (pages 2-4). "
             "Page numbers in the footer are page furniture.")
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN", 1, "content"),
        SEC("II.1", "1.", "Tuyên truyền về Cộng đồng ASEAN và chủ đề năm ASEAN", 2),
        SEC("II.2", "2.", "Tuyên truyền về lợi ích và cơ hội hợp tác", 2),
        SEC("II.3", "3.", "Tuyên truyền về tỉnh Lào Cai", 2),
        SEC("III", "III.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks")]
T = [
 ("Tăng cường công tác phối hợp thông tin", [STT()], [BTG(), A("Các cơ quan báo chí của tỉnh", "các cơ quan báo chí của tỉnh", True)], None, None),
 ("Thông tin trên báo chí và Cổng Thông tin điện tử tỉnh",
  [A("Báo Lào Cai"), A("Đài Phát thanh và Truyền hình tỉnh"), A("Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh")], [],
  TF("2022 - 2025", "2022-01-01", "2025-12-31"),
  "Three leads in one 'Cơ quan chủ trì' line; '(Cổng Thông tin điện tử tỉnh)' is the unit of Văn phòng UBND tỉnh that runs the portal, kept inside that lead, not a fourth agency."),
 ("Thông tin trên mạng xã hội và các nền tảng số", [STT()], [A("Tỉnh đoàn Lào Cai")], TF("2022 - 2025", "2022-01-01", "2025-12-31"), None),
 ("Thông tin đối ngoại, quảng bá hình ảnh tỉnh Lào Cai", [A("Sở Ngoại vụ")],
  [A("Sở Văn hóa, Thể thao và Du lịch"), A("Trung tâm Xúc tiến đầu tư tỉnh")], None, "'Thời gian: Hằng năm' is not a window (timeframe null); kept as a yearly recurring deadline."),
 ("Hỗ trợ doanh nghiệp tiếp cận thị trường ASEAN", [A("Sở Công Thương")],
  [A("Cục Hải quan tỉnh Lào Cai"), A("Hiệp hội Doanh nghiệp tỉnh")],
  TF("Quý III/2022 và Quý III/2024", "2022-07-01", "2024-09-30"),
  "Two separate quarters: timeframe recorded as their hull (as in earlier sets), deadlines as two one-quarter periods."),
 ("Tập huấn, bồi dưỡng đội ngũ làm công tác thông tin, tuyên truyền", [STT()], [], None,
  "'Thời gian: Quý IV hằng năm' recurs every year with no year range: timeframe null, yearly recurring deadline."),
 ("Đấu tranh, phản bác thông tin sai trái", [A("Công an tỉnh")], [STT(), BTG()], None, None),
]
tasks = [TASK("II.1", "Tuyên truyền về Cộng đồng ASEAN và chủ đề năm ASEAN", [], []),
         TASK("II.2", "Tuyên truyền về lợi ích và cơ hội hợp tác", [], []),
         TASK("II.3", "Tuyên truyền về tỉnh Lào Cai", [], [])]
tasks[0]["note"] = "Numbered items of the 'content' section are tasks (spec); they name no agency."
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"III.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"III.{i}", title, lead, sup, tf, note))
secs += [SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("V.1", "1.", "Sở Thông tin và Truyền thông", 2),
         SEC("V.2", "2.", "Các sở, ban, ngành, đoàn thể tỉnh", 2),
         SEC("V.3", "3.", "Báo Lào Cai, Đài Phát thanh và Truyền hình tỉnh", 2),
         SEC("V.4", "4.", "Ủy ban nhân dân các huyện, thị xã, thành phố", 2)]
d3 = ["Xây dựng kế hoạch tuyên truyền cụ thể, bố trí thời lượng, dung lượng hợp lý cho thông tin về ASEAN"]
asg = [
 ASG(STT(), "V.1", ["Là cơ quan đầu mối, hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở triển khai Kế hoạch",
                    "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 15/12 hằng năm"]),
 ASG(A("Các sở, ban, ngành, đoàn thể tỉnh", coll=True), "V.2",
     ["Căn cứ chức năng, nhiệm vụ, chủ động lồng ghép nội dung thông tin về ASEAN vào kế hoạch công tác của cơ quan, đơn vị",
      "Gửi báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"]),
 ASG(A("Báo Lào Cai"), "V.3", d3, note="Heading names two agencies: one assignment each, same duties."),
 ASG(A("Đài Phát thanh và Truyền hình tỉnh"), "V.3", d3),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True), "V.4",
     ["Chỉ đạo Trung tâm Văn hóa, Thể thao và Truyền thông cấp huyện và hệ thống truyền thanh cơ sở tuyên truyền về ASEAN"]),
]
dls = [
 DL("hằng tháng", "recurring", "III.1", "định hướng nội dung thông tin về ASEAN theo từng thời điểm thông qua giao ban báo chí", rec="monthly"),
 DL("Hằng năm", "recurring", "III.1", "Tăng cường công tác phối hợp thông tin", rec="yearly"),
 DL("2022 - 2025", "period", "III.2", "Thông tin trên báo chí và Cổng Thông tin điện tử tỉnh", start="2022-01-01", end="2025-12-31"),
 DL("trong tháng 8 hằng năm", "recurring", "III.2", "tăng thời lượng tin, bài", rec="yearly",
    note="A window that recurs every August; the schema has no recurring window, so recorded as yearly recurring without dates."),
 DL("2022 - 2025", "period", "III.3", "Thông tin trên mạng xã hội và các nền tảng số", start="2022-01-01", end="2025-12-31"),
 DL("Hằng năm", "recurring", "III.4", "Thông tin đối ngoại, quảng bá hình ảnh tỉnh Lào Cai", rec="yearly"),
 DL("Quý III/2022", "period", "III.5", "Hỗ trợ doanh nghiệp tiếp cận thị trường ASEAN", start="2022-07-01", end="2022-09-30"),
 DL("Quý III/2024", "period", "III.5", "Hỗ trợ doanh nghiệp tiếp cận thị trường ASEAN", start="2024-07-01", end="2024-09-30"),
 DL("Quý IV hằng năm", "recurring", "III.6", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", rec="yearly"),
 DL("trước ngày 15/12 hằng năm", "due", "V.1", "báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông", due="--12-15", rec="yearly"),
 DL("trước ngày 30/11 hằng năm", "due", "V.2", "Gửi báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
]
bud = {"present": True, "section": "IV", "sources": ["state_budget", "socialization", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước trong dự toán hằng năm của Sở Thông tin và Truyền thông", "section": "IV"},
                   {"text": "Huy động nguồn xã hội hóa và các nguồn hợp pháp khác theo quy định", "section": "IV"}],
       "amounts": [{"text": "150 triệu đồng", "vnd": 150000000}],
       "note": "Printed '150 triệu đồng/năm' (per year). 'dự toán hằng năm' qualifies the budget line; not a deadline."}
P = plan(m, secs, tasks, asg, dls, bud)
areas = [
 AREA("B01", "covered", "II.1", "Bám sát Chủ đề ASEAN theo từng năm, thông tin về hoạt động của ASEAN trên cả 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "partial", "II.2", "hợp tác ASEAN trong phục hồi kinh tế sau đại dịch COVID-19", note="One phrase inside the benefits item."),
 AREA("B03", "missing", note="No real-life stories, exemplary people or ASEAN awards."),
 AREA("B04", "covered", "II.1", "tuyên truyền về bản sắc Cộng đồng ASEAN, nâng cao cảm nhận thuộc về một cộng đồng chung"),
 AREA("B05", "covered", "III.4", "Quảng bá về con người, cơ hội kinh doanh, đầu tư, du lịch của tỉnh đến các nước thành viên ASEAN"),
 AREA("B06", "covered", "III.5", "Phổ biến cho doanh nghiệp về thương mại điện tử, cơ chế hải quan một cửa ASEAN"),
 AREA("B07", "covered", "III.3", "Xây dựng nội dung ngắn, đồ họa, video về ASEAN đăng tải trên trang mạng xã hội của các cơ quan, đơn vị và nền tảng số của tỉnh"),
 AREA("B08", "missing", note="No flags, panels, posters or banners."),
 AREA("B09", "covered", "III.6", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN mỗi năm"),
 AREA("B10", "partial", "III.3", "chú trọng hình thức phù hợp với giới trẻ", note="Youth only as a target style of social-media content; no contest or youth activity."),
 AREA("B11", "covered", "III.4", "tổ chức, tham gia các hoạt động xúc tiến đầu tư, du lịch, hội chợ thương mại quốc tế Việt - Trung (Lào Cai)"),
 AREA("B12", "covered", "III.7", "đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam"),
 AREA("B13", "covered", "III.1", "Tăng cường công tác phối hợp thông tin giữa các sở, ban, ngành, địa phương, các tổ chức chính trị - xã hội và các cơ quan báo chí"),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2022-2025", "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; Tư duy Cộng đồng, Hành động Cộng đồng; COVID-19; 3 trụ cột"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 5 assignments"),
                   ("S4", "pass", "V.1: báo cáo trước ngày 15/12 hằng năm; V.2: gửi báo cáo trước ngày 30/11 hằng năm"),
                   ("S5", "fail", "tasks without a lead: II.1, II.2, II.3"),
                   ("S6", "pass", "basis cites 1160/QĐ-TTg and provincial plan 245/KH-UBND")])
write_gold(NAME, P, AU, SRC)
