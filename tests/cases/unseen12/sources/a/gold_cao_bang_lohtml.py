"""Hand gold for the Trùng Khánh LibreOffice-HTML plan. Every value typed by hand; write_gold only checks quotes."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "cao-bang_trung-khanh_156-KH-UBND_2023_asean-lohtml"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")
VHTT = lambda: A("Phòng Văn hóa và Thông tin")
TT = lambda: A("Trung tâm Văn hóa, Thể thao và Truyền thông huyện")
m = meta("156/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Trùng Khánh", "Cao Bằng", "2023-03-09",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn huyện Trùng Khánh giai đoạn 2023 - 2025",
         {"start": 2023, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "3012/KH-UBND", "type": "Kế hoạch", "date": "2022-12-08"}],
         {"name": "Nông Văn Thịnh", "position": "Phó Chủ tịch"})
m["note"] = ("LibreOffice Writer HTML export: no heading carries its number in the text. Numbers come only from the list markup "
             "(<ol type=\"I\">, <ol>, <ol type=\"a\">, start=\"N\" on lists continued after body paragraphs). Sections are numbered "
             "as a browser renders them (checked by printing the page with Chromium); labels are the rendered markers "
             "('I.', '1.', 'a.').")
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
T = [
 ("Thông tin trên hệ thống truyền thanh và Trang thông tin điện tử huyện", [TT()],
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], TF("2023 - 2025", "2023-01-01", "2025-12-31"),
  "Roles in running text: 'X chủ trì, phối hợp với Y thực hiện; thời gian: …'."),
 ("Tuyên truyền về Cộng đồng ASEAN", [VHTT()], [], None,
  "Lead from 'Phòng Văn hóa và Thông tin chủ trì, biên soạn …'; its lettered items a./b. are sections, not tasks."),
 ("Quảng bá tiềm năng du lịch huyện Trùng Khánh", [VHTT()],
  [A("Ban Quản lý Khu du lịch Thác Bản Giốc"), A("Ban Quản lý Công viên địa chất Non nước Cao Bằng")], None,
  "'thời gian: hằng năm' is not a window: timeframe null, yearly recurring deadline."),
 ("Tuyên truyền cổ động trực quan", [TT()],
  [A("Ủy ban nhân dân xã Đàm Thủy"), A("Ủy ban nhân dân thị trấn Trùng Khánh", "thị trấn Trùng Khánh")], None,
  "'Ủy ban nhân dân xã Đàm Thủy và thị trấn Trùng Khánh' is elliptical for two commune-level people's committees: split in two."),
 ("Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh", [A("Phòng Giáo dục và Đào tạo")],
  [A("Huyện đoàn Trùng Khánh"), A("Trường Trung học phổ thông Trùng Khánh", "Trường THPT Trùng Khánh")],
  TF("Quý IV/2023", "2023-10-01", "2023-12-31"), None),
 ("Thông tin cho doanh nghiệp, thương nhân khu vực biên giới", [A("Phòng Kinh tế và Hạ tầng")],
  [A("Đồn Biên phòng Đàm Thủy"), A("Hải quan cửa khẩu Pò Peo")], TF("năm 2024", "2024-01-01", "2024-12-31"), None),
 ("Đấu tranh, phản bác thông tin xấu, độc", [A("Công an huyện")], [A("Ban Tuyên giáo Huyện ủy")], None,
  "'thực hiện thường xuyên' is not a deadline."),
]
tasks = []
for i, (title, lead, sup, tf, note) in enumerate(T, 1):
    secs.append(SEC(f"II.{i}", f"{i}.", title, 2))
    if i == 2:
        secs += [SEC("II.2.a", "a.", "Về ASEAN và chủ đề năm", 3), SEC("II.2.b", "b.", "Về lợi ích ASEAN mang lại cho người dân", 3)]
    tasks.append(TASK(f"II.{i}", title, lead, sup, tf, note))
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Phòng Văn hóa và Thông tin", 2),
         SEC("IV.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
         SEC("IV.3", "3.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện", 2),
         SEC("IV.4", "4.", "Ủy ban nhân dân các xã, thị trấn", 2)]
d3 = ["Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên"]
asg = [
 ASG(VHTT(), "IV.1", ["Là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch",
                      "tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông tỉnh Cao Bằng trước ngày 10/12 hằng năm"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "IV.2", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), "IV.3", d3, note="'Đề nghị X và Y': one assignment per agency."),
 ASG(A("Các đoàn thể chính trị - xã hội huyện", "các đoàn thể chính trị - xã hội huyện", True), "IV.3", d3),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", coll=True), "IV.4",
     ["Chỉ đạo đài truyền thanh xã tiếp sóng, phát các nội dung tuyên truyền về ASEAN",
      "báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 30/11 hằng năm"]),
]
dls = [
 DL("02 kỳ/tháng", "recurring", "II.1", "Mở chuyên mục \"Trùng Khánh - Hội nhập ASEAN\" trên hệ thống truyền thanh huyện", rec="monthly",
    note="Twice a month; the schema's nearest recurrence is monthly (as 'mỗi tháng ít nhất 02 tin, bài' in set 7)."),
 DL("2023 - 2025", "period", "II.1", "Thông tin trên hệ thống truyền thanh và Trang thông tin điện tử huyện", start="2023-01-01", end="2025-12-31"),
 DL("hằng năm", "recurring", "II.3", "Quảng bá tiềm năng du lịch huyện Trùng Khánh", rec="yearly"),
 DL("Ngày thành lập ASEAN (08/8) hằng năm", "due", "II.4", "Treo cờ ASEAN, băng rôn, pa nô, áp phích", due="--08-08", rec="yearly",
    note="A dated yearly occasion (08/8), unlike the undated 'nhân các sự kiện' which is not a deadline; recorded as a yearly due date (a one-day yearly period would be the alternative)."),
 DL("Quý IV/2023", "period", "II.5", "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh", start="2023-10-01", end="2023-12-31"),
 DL("năm 2024", "period", "II.6", "Thông tin cho doanh nghiệp, thương nhân khu vực biên giới", start="2024-01-01", end="2024-12-31"),
 DL("trước ngày 10/12 hằng năm", "due", "IV.1", "tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông tỉnh Cao Bằng", due="--12-10", rec="yearly"),
 DL("trước ngày 30/11 hằng năm", "due", "IV.4", "báo cáo kết quả về Phòng Văn hóa và Thông tin", due="--11-30", rec="yearly"),
]
bud = {"present": True, "section": "III", "sources": ["state_budget", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách huyện được giao trong dự toán hằng năm của các cơ quan, đơn vị và các nguồn kinh phí hợp pháp khác (nếu có)", "section": "III"}],
       "amounts": [],
       "note": "District budget allotted in the units' yearly estimates = state_budget (not the units' own recurrent funds)."}
P = plan(m, secs, tasks, asg, dls, bud)
areas = [
 AREA("B01", "covered", "II.2.a", "Bám sát Chủ đề ASEAN theo từng năm, tuyên truyền về hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "missing", note="No COVID-19 response or recovery."),
 AREA("B03", "covered", "II.2.b", "Giới thiệu một số mô hình hợp tác, giao thương tiêu biểu tại khu vực biên giới có liên quan đến thị trường ASEAN",
      note="An own lettered item presenting exemplary models; no awards or people stories (partial arguable)."),
 AREA("B04", "partial", "I.1", "nâng cao cảm nhận thuộc về một cộng đồng chung", note="Only in the purposes."),
 AREA("B05", "covered", "II.3", "Quảng bá Khu du lịch Thác Bản Giốc, Động Ngườm Ngao, làng nghề làm hương Phja Thắp và đặc sản hạt dẻ Trùng Khánh tới du khách, doanh nghiệp lữ hành các nước ASEAN"),
 AREA("B06", "covered", "II.6", "Phổ biến các quy định về thương mại điện tử, quy tắc xuất xứ hàng hóa, cơ chế hải quan một cửa ASEAN"),
 AREA("B07", "covered", "II.1", "đăng tải tin, bài, video ngắn về ASEAN trên Trang thông tin điện tử huyện và trang mạng xã hội Zalo, Facebook"),
 AREA("B08", "covered", "II.4", "Treo cờ ASEAN, băng rôn, pa nô, áp phích"),
 AREA("B09", "missing", note="No training of propaganda staff."),
 AREA("B10", "covered", "II.5", "Tổ chức cuộc thi tìm hiểu về ASEAN dành cho học sinh trung học cơ sở và trung học phổ thông"),
 AREA("B11", "partial", "II.3", "giới thiệu cơ hội đầu tư, kinh doanh du lịch của huyện",
      note="Investment/tourism promotion only as a clause of the promotion task; no fair, exhibition, cultural or sports event."),
 AREA("B12", "covered", "II.7", "kịp thời đấu tranh, phản bác các quan điểm sai trái, luận điệu xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN"),
 AREA("B13", "missing", note="No coordination mechanism among departments, organisations and media."),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2023-2025", "fingerprints: 3 trụ cột as the content frame; cảm nhận thuộc về một cộng đồng chung"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section III KINH PHÍ THỰC HIỆN"),
                   ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 5 assignments"),
                   ("S4", "pass", "IV.1: báo cáo trước ngày 10/12 hằng năm; IV.4: báo cáo trước ngày 30/11 hằng năm"),
                   ("S5", "pass", "every task II.1-II.7 has a lead"),
                   ("S6", "pass", "basis cites 1160/QĐ-TTg and provincial plan 3012/KH-UBND")])
write_gold(NAME, P, AU, SRC)
