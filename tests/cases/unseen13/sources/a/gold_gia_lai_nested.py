"""Hand gold for the Chư Sê nested-table DOCX. Every value typed by hand; write_gold only checks quotes
against the text of the delivered DOCX (all paragraphs, nested table cells included)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
from docx import Document
NAME = "gia-lai_chu-se_98-KH-UBND_2022_asean-nestedtable"
SRC = "\n".join(t.text or "" for t in Document(STAGE / f"{NAME}.docx").element.body.iter() if t.tag.endswith("}t"))
VH = lambda: A("Phòng Văn hóa và Thông tin")
TT = lambda: A("Trung tâm Văn hóa - Thông tin và Thể thao huyện")
XA = lambda: A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)
m = meta("98/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Chư Sê", "Gia Lai", "2022-04-12",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn huyện Chư Sê giai đoạn 2022 - 2025",
         {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "745/KH-UBND", "type": "Kế hoạch", "date": "2022-03-28"}],
         {"name": "Phạm Văn Ngọc", "position": "Phó Chủ tịch"})
m["note"] = ("Parts I-IV sit in an outer borderless layout table: the Roman label alone in the left cell, the heading and its "
             "text in the right cell. Part II's task list is a ruled table nested inside that right cell "
             "(STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện): a body task table, rows 1-7 → "
             "tasks II.1-II.7, title = the content cell; rows are not sections.")
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks",
            note="Label 'II.' and title are in two different cells of the outer layout table.")]
T = [
 ("Tuyên truyền về Chủ đề ASEAN hằng năm và hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội trên sóng truyền thanh - truyền hình huyện",
  [TT()], [VH()], None),
 ("Xây dựng chuyên mục \"Chư Sê hội nhập\" trên Trang thông tin điện tử huyện và trang mạng xã hội của huyện",
  [VH()], [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], ("2022 - 2025", "2022-01-01", "2025-12-31")),
 ("Tuyên truyền về hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế - xã hội",
  [A("Trung tâm Y tế huyện")], [TT()], ("Năm 2022", "2022-01-01", "2022-12-31")),
 ("Giới thiệu câu chuyện thực tiễn, nhân vật điển hình là nông dân, hợp tác xã xuất khẩu hồ tiêu, cà phê sang thị trường ASEAN",
  [A("Phòng Nông nghiệp và Phát triển nông thôn")], [A("Hội Nông dân huyện"), XA()], ("2023 - 2025", "2023-01-01", "2025-12-31")),
 ("Tổ chức Hội thi tìm hiểu về ASEAN cho đoàn viên, thanh niên và học sinh trung học cơ sở",
  [A("Huyện đoàn Chư Sê")], [A("Phòng Giáo dục và Đào tạo")], ("Quý III/2023", "2023-07-01", "2023-09-30")),
 ("Treo cờ ASEAN, pa nô, áp phích tại trung tâm huyện nhân kỷ niệm 55 năm Ngày thành lập ASEAN",
  [TT()], [A("Ủy ban nhân dân thị trấn Chư Sê", "UBND thị trấn Chư Sê")], ("Tháng 8/2022", "2022-08-01", "2022-08-31")),
 ("Đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN",
  [A("Công an huyện")], [VH(), A("Ban Tuyên giáo Huyện ủy")], None),
]
tasks, dls = [], []
for i, (title, lead, sup, tf) in enumerate(T, 1):
    note = None
    if i == 1: note = "Time cell 'Hằng năm' is not a window: timeframe null, yearly recurring deadline."
    if i == 7: note = "Time cell 'Thường xuyên': timeframe null, no deadline."
    tasks.append(TASK(f"II.{i}", title, lead, sup, TF(*tf) if tf else None, note))
    if tf:
        dls.append(DL(tf[0], "period", f"II.{i}", title, start=tf[1], end=tf[2]))
    if i == 1:
        dls.append(DL("Hằng năm", "recurring", "II.1", title, rec="yearly"))
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Phòng Văn hóa và Thông tin", 2),
         SEC("IV.2", "2.", "Phòng Tài chính - Kế hoạch", 2),
         SEC("IV.3", "3.", "Các cơ quan, đơn vị được giao nhiệm vụ tại mục II", 2),
         SEC("IV.4", "4.", "Ủy ban nhân dân các xã, thị trấn", 2)]
asg = [
 ASG(VH(), "IV.1", ["Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch",
                    "Tăng cường công tác phối hợp thông tin với các cơ quan, đơn vị, Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể trong tuyên truyền về ASEAN",
                    "Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "IV.2", ["Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách huyện"]),
 ASG(A("Các cơ quan, đơn vị được giao nhiệm vụ tại mục II", coll=True), "IV.3",
     ["Xây dựng kế hoạch chi tiết để triển khai", "gửi báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 20/11 hằng năm"]),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", coll=True), "IV.4",
     ["Chỉ đạo đài truyền thanh cơ sở tiếp, phát sóng các chương trình về ASEAN", "phối hợp treo cờ, pa nô, áp phích trên địa bàn"]),
]
dls += [
 DL("trước ngày 30/11 hằng năm", "due", "IV.1", "Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
 DL("trước ngày 20/11 hằng năm", "due", "IV.3", "gửi báo cáo kết quả về Phòng Văn hóa và Thông tin", due="--11-20", rec="yearly"),
]
bud = {"present": True, "section": "III", "sources": ["state_budget", "socialization", "other_lawful"],
       "clauses": [{"text": "Nguồn ngân sách huyện được giao trong dự toán của các cơ quan, đơn vị; nguồn xã hội hóa và các nguồn hợp pháp khác theo quy định", "section": "III"}],
       "amounts": []}
areas = [
 AREA("B01", "covered", "II.1", "Tuyên truyền về Chủ đề ASEAN hằng năm và hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "covered", "II.3", "Tuyên truyền về hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế - xã hội"),
 AREA("B03", "covered", "II.4", "Giới thiệu câu chuyện thực tiễn, nhân vật điển hình là nông dân, hợp tác xã xuất khẩu hồ tiêu, cà phê sang thị trường ASEAN"),
 AREA("B04", "missing", note="Only the motto 'Tư duy Cộng đồng, Hành động Cộng đồng' in the purposes; nothing on Community identity or belonging."),
 AREA("B05", "partial", "I.1", "quảng bá hình ảnh, tiềm năng du lịch, đầu tư của huyện Chư Sê đến bạn bè, nhà đầu tư các nước ASEAN", note="Only in the purposes."),
 AREA("B06", "missing", note="'chuyển đổi số của huyện' in I.2 is the district's own digital transformation as a requirement, not ASEAN content on the digital economy (partial would be arguable)."),
 AREA("B07", "covered", "II.2", "Xây dựng chuyên mục \"Chư Sê hội nhập\" trên Trang thông tin điện tử huyện và trang mạng xã hội của huyện"),
 AREA("B08", "covered", "II.6", "Treo cờ ASEAN, pa nô, áp phích tại trung tâm huyện nhân kỷ niệm 55 năm Ngày thành lập ASEAN"),
 AREA("B09", "missing"),
 AREA("B10", "covered", "II.5", "Tổ chức Hội thi tìm hiểu về ASEAN cho đoàn viên, thanh niên và học sinh trung học cơ sở"),
 AREA("B11", "missing"),
 AREA("B12", "covered", "II.7", "Đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN"),
 AREA("B13", "covered", "IV.1", "Tăng cường công tác phối hợp thông tin với các cơ quan, đơn vị, Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể trong tuyên truyền về ASEAN"),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (district budget, socialization, other lawful sources)"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
          ("S4", "pass", "IV.1 report to UBND huyện and Sở TT&TT 'trước ngày 30/11 hằng năm'"),
          ("S5", "pass", "all 7 table tasks (II.1–II.7) have an Đơn vị chủ trì"),
          ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg (and provincial Kế hoạch 745/KH-UBND)")]
au = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2022-2025 within 2021-2025", "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; COVID-19; tầm nhìn 2030"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
