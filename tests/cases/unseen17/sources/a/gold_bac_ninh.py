"""Hand gold for Sở LĐ-TB&XH Bắc Ninh 1932/KH-LĐTBXH (DOCX). Every value typed by hand; write_gold only checks that each
quote is verbatim in the python-docx text of the delivered DOCX."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "bac-ninh_1932-KH-LDTBXH_2022_asean-ldtbxhdocx"
SRC = delivered_text(NAME, "docx")
VPS = lambda: A("Văn phòng Sở")
VL = lambda: A("Phòng Việc làm - An toàn lao động")
TTDV = lambda: A("Trung tâm Dịch vụ việc làm tỉnh")
m = meta("1932/KH-LĐTBXH", "Kế hoạch", "Sở Lao động - Thương binh và Xã hội tỉnh Bắc Ninh", "Bắc Ninh", "2022-08-15",
         "Thông tin, tuyên truyền về ASEAN trong lĩnh vực lao động, người có công và xã hội giai đoạn 2022 - 2025",
         {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "512/KH-UBND", "type": "Kế hoạch", "date": "2021-10-28"},
          {"number": "2406/LĐTBXH-HTQT", "type": "Công văn", "date": "2022-07-20"}],
         {"name": "Ngô Thị Hương Giang", "position": "Phó Giám đốc"})
m["note"] = "Header 'UBND TỈNH BẮC NINH' (parent) / 'SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI' over two lines (issuer): locality from the parent line."
T = [
 ("Thông tin về hợp tác ASEAN trong lĩnh vực lao động - xã hội", [VPS()],
  [A("Phòng Bảo trợ xã hội"), A("Phòng Trẻ em và Bình đẳng giới")], None,
  "'Thời gian thực hiện: Hằng năm' is not a window (yearly recurring deadline)."),
 ("Tuyên truyền về dịch chuyển lao động có kỹ năng trong ASEAN", [VL()],
  [TTDV(), A("Ban Quản lý các khu công nghiệp Bắc Ninh")], TF("Năm 2022 - 2025", "2022-01-01", "2025-12-31"), None),
 ("Lồng ghép thông tin thị trường lao động ASEAN tại các phiên giao dịch việc làm", [TTDV()], [VL()], None,
  "'Thường xuyên' is not a window."),
 ("Thông tin về Khung tham chiếu trình độ ASEAN trong giáo dục nghề nghiệp", [A("Phòng Giáo dục nghề nghiệp")],
  [A("Các trường cao đẳng, trung cấp trên địa bàn tỉnh", coll=True)], TF("Năm 2023 - 2024", "2023-01-01", "2024-12-31"), None),
 ("Tuyên truyền về lao động đi làm việc tại các nước ASEAN theo hợp đồng", [VL()],
  [A("Công an tỉnh"), A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True)], None, "'Thường xuyên' is not a window."),
 ("Xây dựng tin, bài về mô hình, điển hình trong hợp tác lao động với các nước ASEAN", [VPS()],
  [A("Các phòng, đơn vị thuộc Sở", coll=True)], TF("Năm 2022 - 2025", "2022-01-01", "2025-12-31"), None),
 ("Bồi dưỡng kỹ năng thông tin, tuyên truyền về ASEAN", [VPS()], [], TF("Năm 2023", "2023-01-01", "2023-12-31"), None),
]
tasks = [TASK(f"II.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(T, 1)]
tasks[0]["note"] = "Roles come from the run-together line 'Đơn vị chủ trì: … Đơn vị phối hợp: … Thời gian thực hiện: …' after each task's content."
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
secs += [SEC(f"II.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Văn phòng Sở", 2), SEC("IV.2", "2.", "Phòng Kế hoạch - Tài chính", 2),
         SEC("IV.3", "3.", "Các phòng chuyên môn, đơn vị sự nghiệp thuộc Sở", 2),
         SEC("IV.4", "4.", "Đề nghị Phòng Lao động - Thương binh và Xã hội các huyện, thị xã, thành phố", 2)]
asg = [
 ASG(VPS(), "IV.1", ["Là đầu mối hướng dẫn, theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch",
                     "tổng hợp kết quả thực hiện, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 25/11 hằng năm"]),
 ASG(A("Phòng Kế hoạch - Tài chính"), "IV.2",
     ["Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của Sở",
      "hướng dẫn các đơn vị thanh, quyết toán theo quy định"]),
 ASG(A("Các phòng chuyên môn, đơn vị sự nghiệp thuộc Sở", coll=True), "IV.3",
     ["Căn cứ nhiệm vụ được giao, xây dựng nội dung cụ thể và tổ chức thực hiện",
      "gửi báo cáo kết quả về Văn phòng Sở trước ngày 15/11 hằng năm để tổng hợp"]),
 ASG(A("Phòng Lao động - Thương binh và Xã hội các huyện, thị xã, thành phố", coll=True), "IV.4",
     ["Tham mưu Ủy ban nhân dân cấp huyện lồng ghép nội dung thông tin về ASEAN trong lĩnh vực lao động - xã hội vào các hoạt động tuyên truyền tại địa phương"],
     note="'Đề nghị' + a district-level collective: one assignment."),
]
dls = [
 DL("Hằng năm", "recurring", "II.1", "Thông tin về hợp tác ASEAN trong lĩnh vực lao động - xã hội", rec="yearly",
    note="Task time field 'Hằng năm': yearly recurring, not a window."),
 DL("Năm 2022 - 2025", "period", "II.2", "Tuyên truyền về dịch chuyển lao động có kỹ năng trong ASEAN", start="2022-01-01", end="2025-12-31"),
 DL("định kỳ hằng tháng", "recurring", "II.3", "Cung cấp thông tin về thị trường lao động, nhu cầu tuyển dụng của các nước ASEAN", rec="monthly",
    note="The task's information is given at the monthly job fairs: a monthly recurring activity."),
 DL("Năm 2023 - 2024", "period", "II.4", "Thông tin về Khung tham chiếu trình độ ASEAN trong giáo dục nghề nghiệp", start="2023-01-01", end="2024-12-31"),
 DL("Năm 2022 - 2025", "period", "II.6", "Xây dựng tin, bài về mô hình, điển hình trong hợp tác lao động với các nước ASEAN", start="2022-01-01", end="2025-12-31"),
 DL("mỗi quý ít nhất 01 tin, bài", "recurring", "II.6", "đăng tải trên Trang thông tin điện tử của Sở", rec="quarterly",
    note="A rate per quarter: recurring, quarterly."),
 DL("Năm 2023", "period", "II.7", "Bồi dưỡng kỹ năng thông tin, tuyên truyền về ASEAN", start="2023-01-01", end="2023-12-31"),
 DL("trước ngày 25/11 hằng năm", "due", "IV.1", "báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông)", due="--11-25", rec="yearly"),
 DL("trước ngày 15/11 hằng năm", "due", "IV.3", "gửi báo cáo kết quả về Văn phòng Sở", due="--11-15", rec="yearly"),
]
bud = {"present": True, "section": "III", "sources": ["unit_budget", "state_budget", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn chi thường xuyên trong dự toán được giao hằng năm của Sở và các đơn vị sự nghiệp trực thuộc", "section": "III"},
                   {"text": "lồng ghép trong kinh phí thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 và các nguồn kinh phí hợp pháp khác", "section": "III"}],
       "amounts": [],
       "note": "The Sở's recurrent funds -> unit_budget; national target programme funds -> state_budget; 'các nguồn kinh phí hợp pháp khác' -> other_lawful. 'dự toán … hằng năm' (III, IV.2) describes the budget cycle, not a deadline."}
areas = [
 AREA("B01", "partial", "II.1", "Phổ biến các nội dung hợp tác của Trụ cột Văn hóa - Xã hội ASEAN trong lĩnh vực lao động, phúc lợi xã hội và phát triển",
      note="One pillar, in the Sở's own field; no annual theme, no other pillars."),
 AREA("B02", "partial", "II.5", "hỗ trợ tư vấn việc làm cho người lao động trở về từ các nước ASEAN do ảnh hưởng của đại dịch COVID-19",
      note="One clause inside the labour-export task."),
 AREA("B03", "covered", "II.6", "Giới thiệu các mô hình, cá nhân điển hình người lao động, doanh nghiệp thành công nhờ hợp tác lao động, đào tạo nghề với các nước ASEAN"),
 AREA("B04", "missing"),
 AREA("B05", "missing"),
 AREA("B06", "covered", "II.2", "Thông tin về các Thỏa thuận công nhận lẫn nhau (MRA) về dịch vụ nghề nghiệp trong ASEAN, cơ hội và điều kiện dịch chuyển lao động có kỹ năng"),
 AREA("B07", "covered", "II.6", "đăng tải trên Trang thông tin điện tử của Sở, mỗi quý ít nhất 01 tin, bài",
      note="A committed posting rate on the Sở's portal; II.3 adds the job portal. Partial is arguable (the portal is the channel of task 6)."),
 AREA("B08", "missing"),
 AREA("B09", "covered", "II.7", "Cử công chức, viên chức làm công tác thông tin, tuyên truyền tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 AREA("B10", "covered", "II.4", "lồng ghép nội dung về Cộng đồng ASEAN vào hoạt động ngoại khóa cho học sinh, sinh viên; tuyển chọn, bồi dưỡng học sinh, sinh viên tham dự Kỳ thi kỹ năng nghề quốc gia hướng tới Kỳ thi tay nghề ASEAN"),
 AREA("B11", "missing", note="Job fairs (phiên giao dịch việc làm) are not trade/culture fairs or promotion events."),
 AREA("B12", "missing"),
 AREA("B13", "partial", "I.2", "Các phòng, đơn vị thuộc Sở phối hợp chặt chẽ với các sở, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố trong quá trình thực hiện",
      note="Only a requirement in the purposes."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section III KINH PHÍ THỰC HIỆN"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
          ("S4", "pass", "IV.1 báo cáo UBND tỉnh trước ngày 25/11 hằng năm; IV.3 trước ngày 15/11 hằng năm"),
          ("S5", "pass", "every task II.1-II.7 has 'Đơn vị chủ trì'"),
          ("S6", "pass", "basis cites 1160/QĐ-TTg and the provincial plan 512/KH-UBND")]
au = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2022-2025 within 2021-2025",
                         "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận; COVID-19"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
