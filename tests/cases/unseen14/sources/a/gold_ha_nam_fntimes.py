"""Hand gold for the Phủ Lý footnote PDF (basis and task times only in footnotes). Values typed by hand; write_gold
refuses quotes not verbatim in pdftotext -raw of the delivered PDF. Footnote markers print as digits glued to the
preceding word ('Hà Nam2', 'xã hội5'), so no quote runs across a marker."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "ha-nam_phu-ly_86-KH-UBND_2022_asean-fntimes"
SRC = delivered_text(NAME, "pdf")
VH = lambda: A("Phòng Văn hóa và Thông tin")
TT = lambda: A("Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố")
m = meta("86/KH-UBND", "Kế hoạch", "Ủy ban nhân dân thành phố Phủ Lý", "Hà Nam", "2022-03-28",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn thành phố Phủ Lý giai đoạn 2022 - 2025", {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "2915/KH-UBND", "type": "Kế hoạch", "date": "2021-11-12"}],
         {"name": "Lương Minh Tuấn", "position": "Phó Chủ tịch"})
m["note"] = ("The preamble names the programme and the provincial plan by title only; their numbers and dates are in footnotes 1 "
             "and 2 attached to the 'Thực hiện …' sentence, so they are the basis. Task times are footnotes 3-8 on the task headings; "
             "report deadlines are footnotes 9-10.")
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("II", "II.", "NHIỆM VỤ TRỌNG TÂM", 1, "tasks")]
TK = [
 ("Tuyên truyền về Chủ đề ASEAN hằng năm và hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội", [TT()], [VH()], None,
  "Footnote 3 'Thực hiện hằng năm, …' is not a window: timeframe null, yearly recurring deadline."),
 ("Xây dựng chuyên mục \"Phủ Lý với ASEAN\" trên Cổng thông tin điện tử thành phố và trang mạng xã hội của thành phố", [VH()],
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thành phố", "Văn phòng HĐND và UBND thành phố")], ("từ Quý IV/2022 đến năm 2025", "2022-10-01", "2025-12-31"), "Time from footnote 4."),
 ("Tuyên truyền về hợp tác ASEAN ứng phó dịch COVID-19 và phục hồi kinh tế - xã hội", [A("Trung tâm Y tế thành phố")], [TT()], ("năm 2022", "2022-01-01", "2022-12-31"), "Time from footnote 5."),
 ("Giới thiệu các mô hình, doanh nghiệp điển hình của thành phố tận dụng cơ hội từ thị trường ASEAN", [A("Phòng Kinh tế")],
  [A("Hội Doanh nghiệp thành phố Phủ Lý"), TT()], None, "No footnote, no time."),
 ("Tổ chức Hội thi tìm hiểu về ASEAN cho đoàn viên, thanh niên và học sinh trung học cơ sở", [A("Thành đoàn Phủ Lý")], [A("Phòng Giáo dục và Đào tạo")],
  ("Quý III/2023", "2023-07-01", "2023-09-30"), "Time from footnote 6 'Tổ chức 01 lần trong Quý III/2023'."),
 ("Treo cờ ASEAN, pa nô, áp phích tại các trục đường chính và Quảng trường Trung tâm thành phố", [TT()],
  [A("Ủy ban nhân dân các phường, xã", "UBND các phường, xã", True)], ("tháng 8/2022", "2022-08-01", "2022-08-31"), "Time from footnote 7."),
 ("Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ thông tin cơ sở", [VH()], [A("Trung tâm Chính trị thành phố")],
  ("năm 2024", "2024-01-01", "2024-12-31"), "Time from footnote 8."),
]
tasks, dls = [], []
for i, (title, lead, sup, tf, note) in enumerate(TK, 1):
    secs.append(SEC(f"II.{i}", f"{i}.", title, 2))
    tasks.append(TASK(f"II.{i}", title, lead, sup, TF(*tf) if tf else None, note))
    if i == 1:
        dls.append(DL("Thực hiện hằng năm", "recurring", "II.1", title, rec="yearly", note="Footnote 3."))
    if tf:
        dls.append(DL(tf[0], "period", f"II.{i}", title, start=tf[1], end=tf[2]))
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"), SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Phòng Văn hóa và Thông tin", 2), SEC("IV.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
         SEC("IV.3", "3.", "Các cơ quan, đơn vị được giao nhiệm vụ tại mục II", 2), SEC("IV.4", "4.", "UBND các phường, xã", 2)]
asg = [
 ASG(VH(), "IV.1", ["Là cơ quan thường trực giúp UBND thành phố theo dõi, đôn đốc việc thực hiện Kế hoạch",
                    "tổng hợp báo cáo Ủy ban nhân dân thành phố và Sở Thông tin và Truyền thông"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "IV.2", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách thành phố"]),
 ASG(A("Các cơ quan, đơn vị được giao nhiệm vụ tại mục II", coll=True), "IV.3",
     ["Xây dựng kế hoạch cụ thể để triển khai", "báo cáo kết quả về Phòng Văn hóa và Thông tin"]),
 ASG(A("Ủy ban nhân dân các phường, xã", "UBND các phường, xã", True), "IV.4",
     ["Chỉ đạo đài truyền thanh cơ sở tiếp, phát sóng các tin, bài về ASEAN", "phối hợp treo cờ, pa nô, áp phích trên địa bàn"]),
]
dls += [
 DL("trước ngày 30/11 hằng năm", "due", "IV.1", "tổng hợp báo cáo Ủy ban nhân dân thành phố và Sở Thông tin và Truyền thông", due="--11-30", rec="yearly",
    note="Footnote 9 'Báo cáo năm gửi trước ngày 30/11 hằng năm' on the IV.1 sentence."),
 DL("Trước ngày 20/11 hằng năm", "due", "IV.3", "báo cáo kết quả về Phòng Văn hóa và Thông tin", due="--11-20", rec="yearly", note="Footnote 10."),
]
bud = {"present": True, "section": "III", "sources": ["state_budget", "other_lawful"],
       "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách thành phố được giao trong dự toán của các cơ quan, đơn vị và các nguồn kinh phí hợp pháp khác theo quy định", "section": "III"}],
       "amounts": []}
areas = [
 AREA("B01", "covered", "II.1", "Tuyên truyền về Chủ đề ASEAN hằng năm và hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "covered", "II.3", "Tuyên truyền về hợp tác ASEAN ứng phó dịch COVID-19 và phục hồi kinh tế - xã hội"),
 AREA("B03", "covered", "II.4", "Giới thiệu các mô hình, doanh nghiệp điển hình của thành phố tận dụng cơ hội từ thị trường ASEAN"),
 AREA("B04", "missing", note="Only the motto 'Tư duy Cộng đồng, Hành động Cộng đồng' in the purposes."),
 AREA("B05", "partial", "I", "Quảng bá hình ảnh thành phố Phủ Lý năng động, thân thiện với các nhà đầu tư, du khách các nước ASEAN", note="Only in the purposes."),
 AREA("B06", "missing"),
 AREA("B07", "covered", "II.2", "Xây dựng chuyên mục \"Phủ Lý với ASEAN\" trên Cổng thông tin điện tử thành phố và trang mạng xã hội của thành phố"),
 AREA("B08", "covered", "II.6", "Treo cờ ASEAN, pa nô, áp phích tại các trục đường chính và Quảng trường Trung tâm thành phố"),
 AREA("B09", "covered", "II.7", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ thông tin cơ sở"),
 AREA("B10", "covered", "II.5", "Tổ chức Hội thi tìm hiểu về ASEAN cho đoàn viên, thanh niên và học sinh trung học cơ sở"),
 AREA("B11", "missing"),
 AREA("B12", "missing"),
 AREA("B13", "partial", "I", "Tăng cường phối hợp giữa các phòng, ban, đơn vị, Ủy ban Mặt trận Tổ quốc và các đoàn thể trong thông tin về ASEAN", note="Only in the purposes/requirements."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"), ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (city budget, other lawful sources)"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
          ("S4", "pass", "IV.1 report, footnote 9: 'trước ngày 30/11 hằng năm'"),
          ("S5", "pass", "all 7 tasks II.1–II.7 have a Chủ trì"),
          ("S6", "pass", "basis (footnote 1) cites Quyết định 1160/QĐ-TTg")]
au = audit(REF21, True, ["cites 1160/QĐ-TTg (footnote 1)", "period 2022-2025 within 2021-2025",
                         "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; Tư duy Cộng đồng, Hành động Cộng đồng; COVID-19; tầm nhìn 2030"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
