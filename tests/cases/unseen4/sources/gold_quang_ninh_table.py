"""Hand-written gold for plan 2 (Sở TT&TT Quảng Ninh, table DOCX)."""
import sys
sys.path.insert(0, "/work/unseen4a/sources")
from common import *
from gen_quang_ninh_table import NAME, ROWS

src = (STAGE / "sources" / f"{NAME}.source.txt").read_text(encoding="utf-8")
TTTT = A("Trung tâm Truyền thông tỉnh")
PBC = A("Phòng Thông tin - Báo chí - Xuất bản")
VHTT = A("Sở Văn hóa và Thể thao")
CT = A("Sở Công Thương")
GD = A("Sở Giáo dục và Đào tạo")
HUYEN = A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True)
Y2225 = TF("Năm 2022 - 2025", "2022-01-01", "2025-12-31")
content = {r[0]: r[1] for r in ROWS if r[0] != "G"}

spec = [  # id, lead, support, timeframe
 ("1", [TTTT], [A("Sở Ngoại vụ")], None),
 ("2", [TTTT], [A("Hội Nhà báo tỉnh")], Y2225),
 ("3", [PBC], [TTTT], None),
 ("4", [PBC], [A("Ban Tuyên giáo Tỉnh ủy"), A("Công an tỉnh")], None),
 ("5", [PBC], [A("Hội Nhà báo tỉnh")], TF("Quý III/2022", "2022-07-01", "2022-09-30")),
 ("6", [VHTT], [HUYEN], TF("Tháng 8/2022", "2022-08-01", "2022-08-31")),
 ("7", [VHTT], [A("Sở Ngoại vụ")], TF("Năm 2023", "2023-01-01", "2023-12-31")),
 ("8", [PBC], [HUYEN], None),
 ("9", [CT], [A("Hiệp hội Doanh nghiệp tỉnh"), A("Cục Hải quan tỉnh")], Y2225),
 ("10", [CT], [A("Sở Du lịch"), A("Ban Xúc tiến và Hỗ trợ đầu tư tỉnh")], Y2225),
 ("11", [GD], [A("Tỉnh đoàn")], TF("Quý IV/2022", "2022-10-01", "2022-12-31")),
 ("12", [GD], [A("Sở Y tế")], TF("Năm 2022", "2022-01-01", "2022-12-31")),
]
tasks = []
deadlines = []
for stt, lead, sup, tf in spec:
    note = "lead from a vertically merged (vMerge) cell" if stt in ("2", "4", "5", "7", "10", "12") else None
    tasks.append(TASK("II." + stt, content[stt], lead, sup, tf, note))
    if tf:
        deadlines.append(DL(tf["text"], "period", "II." + stt, content[stt], start=tf["start"], end=tf["end"]))
deadlines.insert(0, DL("Hằng năm", "recurring", "II.1", content["1"], rec="yearly", note="time cell 'Hằng năm'"))
deadlines.append(DL("Hằng quý", "recurring", "II.8", content["8"], rec="quarterly", note="time cell 'Hằng quý'"))
deadlines.append(DL("trước ngày 05/12 hằng năm", "due", "IV.1", "Tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện", due="--12-05", rec="yearly"))
deadlines.append(DL("trước ngày 30/11 hằng năm", "due", "IV.3", "gửi báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"))

plan = {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "1958/KH-STTTT", "doc_type": "Kế hoạch",
  "issuer": "Sở Thông tin và Truyền thông tỉnh Quảng Ninh", "province": "Quảng Ninh",
  "issued": "2021-11-15",
  "title": "Triển khai công tác thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025 của ngành Thông tin và Truyền thông tỉnh Quảng Ninh",
  "period": {"start": 2021, "end": 2025},
  "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
            {"number": "245/KH-UBND", "type": "Kế hoạch", "date": "2021-10-28"}],
  "signer": {"name": "Phạm Hồng Quang", "position": "Phó Giám đốc"},
 },
 "sections": [
  SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
  SEC("I.1", "1.", "Mục đích", 2),
  SEC("I.2", "2.", "Yêu cầu", 2),
  SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks", note="task table in the body; its rows are tasks, its group rows I/II/III are neither tasks nor sections"),
  SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  SEC("IV.1", "1.", "Phòng Thông tin - Báo chí - Xuất bản", 2),
  SEC("IV.2", "2.", "Trung tâm Truyền thông tỉnh", 2),
  SEC("IV.3", "3.", "Các sở, ngành liên quan", 2),
  SEC("IV.4", "4.", "UBND các huyện, thị xã, thành phố", 2),
 ],
 "tasks": tasks,
 "assignments": [
  ASG(PBC, "IV.1", ["Là đầu mối tham mưu Giám đốc Sở hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế hoạch",
                    "Tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện trước ngày 05/12 hằng năm"]),
  ASG(TTTT, "IV.2", ["Bố trí thời lượng, vị trí phù hợp cho chuyên trang, chuyên mục về ASEAN",
                     "phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam"]),
  ASG(A("Các sở, ngành liên quan", coll=True), "IV.3", ["Chủ động phối hợp thực hiện các nhiệm vụ được phân công",
      "gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm"]),
  ASG(HUYEN, "IV.4", ["Chỉ đạo Trung tâm Truyền thông và Văn hóa cấp huyện tiếp sóng, phát lại bản tin về ASEAN",
                      "treo cờ, pa nô tại trung tâm hành chính cấp huyện"]),
 ],
 "deadlines": deadlines,
 "budget": {
  "present": True, "section": "III", "sources": ["state_budget", "unit_budget", "other_lawful"],
  "clauses": [{"text": "Kinh phí thực hiện được bố trí từ ngân sách tỉnh trong dự toán giao cho Sở Thông tin và Truyền thông", "section": "III"},
              {"text": "lồng ghép trong kinh phí thường xuyên của các cơ quan, đơn vị và các nguồn hợp pháp khác", "section": "III"}],
  "amounts": [{"text": "1,2 tỷ đồng", "vnd": 1200000000}],
 },
}
audit = {
 "schema": "planparse/audit@1",
 "reference": REF21,
 "applicable": {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2021-2025", "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; 3 trụ cột"]},
 "areas": [
  AREA("B01", "covered", "II.1", "theo Chủ đề ASEAN từng năm, phản ánh đủ 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
  AREA("B02", "covered", "II.12", "Tuyên truyền về hợp tác ASEAN trong ứng phó với dịch COVID-19 và phục hồi sau đại dịch trong các trường học"),
  AREA("B03", "covered", "II.2", "Sản xuất phóng sự, câu chuyện thực tiễn về các mô hình, nhân vật điển hình được hưởng lợi từ hợp tác ASEAN"),
  AREA("B04", "partial", "I.1", "Góp phần hình thành bản sắc Cộng đồng ASEAN và cảm nhận thuộc về một cộng đồng chung trong Nhân dân",
       note="only in the purposes"),
  AREA("B05", "covered", "II.10", "quảng bá tiềm năng, thế mạnh du lịch của tỉnh tới các nước ASEAN"),
  AREA("B06", "covered", "II.9", "Phổ biến cho doanh nghiệp về thương mại điện tử, chuỗi cung ứng giá trị khu vực, cơ chế hải quan một cửa ASEAN và kinh tế số"),
  AREA("B07", "covered", "II.3", "Đăng tải, chia sẻ thông tin về ASEAN trên mạng xã hội và các nền tảng số của tỉnh"),
  AREA("B08", "covered", "II.6", "Treo cờ ASEAN, pa nô, áp phích và băng rôn điện tử nhân kỷ niệm Ngày thành lập ASEAN"),
  AREA("B09", "covered", "II.5", "Tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên và cán bộ thông tin cơ sở"),
  AREA("B10", "covered", "II.11", "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên trên địa bàn tỉnh"),
  AREA("B11", "covered", "II.7", "Tổ chức chương trình giao lưu văn hóa, thể thao với các đoàn nghệ thuật, vận động viên các nước ASEAN"),
  AREA("B12", "covered", "II.4", "Định hướng các cơ quan báo chí phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại"),
  AREA("B13", "partial", "I.2", "Tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương và cơ quan báo chí",
       note="only a requirement in section I; IV.1's focal-point role does not commit to coordination among departments and media"),
 ],
 "checks": [
  {"id": "S1", "status": "pass", "detail": "section I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "section III KINH PHÍ THỰC HIỆN"},
  {"id": "S3", "status": "pass", "detail": "section IV with 4 assignments"},
  {"id": "S4", "status": "pass", "detail": "reports due before 05/12 and 30/11 each year"},
  {"id": "S5", "status": "pass", "detail": "every table row has a lead (merged cells included)"},
  {"id": "S6", "status": "pass", "detail": "basis cites 1160/QĐ-TTg"},
 ],
}
write_gold(NAME, plan, audit, src)
