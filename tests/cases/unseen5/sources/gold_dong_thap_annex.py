"""Hand-written gold for plan 2 (Tháp Mười 245/KH-UBND, tab-separated annex)."""
import sys
sys.path.insert(0, "/work/unseen5a/sources")
from common import *
from gen_dong_thap_annex import NAME, ROWS

src = (STAGE / "sources" / f"{NAME}.source.txt").read_text(encoding="utf-8")
VHTT = A("Phòng Văn hóa và Thông tin huyện")
TT = A("Trung tâm Văn hóa - Thể thao và Truyền thanh huyện")
HD = A("Huyện đoàn Tháp Mười")
XA = A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)
Y2225 = TF("2022 - 2025", "2022-01-01", "2025-12-31")
content = {r[0]: r[1] for r in ROWS}
spec = [  # stt, lead, support, timeframe, extra deadline
 ("1", [TT], [VHTT], None, DL("Hằng năm", "recurring", "PL.1", content["1"], rec="yearly")),
 ("2", [VHTT], [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], None, None),
 ("3", [XA], [TT], Y2225, None),
 ("4", [TT], [A("Ủy ban nhân dân thị trấn Mỹ An", "UBND thị trấn Mỹ An")], TF("Tháng 8/2022", "2022-08-01", "2022-08-31"), None),
 ("5", [HD], [VHTT], TF("Quý III/2023", "2023-07-01", "2023-09-30"), None),
 ("6", [VHTT], [A("Phòng Nông nghiệp và Phát triển nông thôn huyện")], TF("Năm 2024", "2024-01-01", "2024-12-31"), None),
 ("7", [A("Phòng Giáo dục và Đào tạo huyện", "Phòng GD&ĐT huyện")], [HD], None,
  DL("Trước ngày 31/5/2023", "due", "PL.7", content["7"], due="2023-05-31", note="a due date alone: deadline, not timeframe")),
 ("8", [TT], [], TF("Năm 2022", "2022-01-01", "2022-12-31"), None),
 ("9", [VHTT], [A("Ban Tuyên giáo Huyện ủy")], None, DL("Hằng năm", "recurring", "PL.9", content["9"], rec="yearly")),
 ("10", [A("Phòng Kinh tế và Hạ tầng huyện")], [A("Phòng Tài chính - Kế hoạch huyện")], Y2225, None),
 ("11", [VHTT], [A("Ủy ban nhân dân xã Tân Kiều", "UBND xã Tân Kiều"), A("Ủy ban nhân dân xã Mỹ Hòa", "UBND xã Mỹ Hòa")], Y2225, None),
 ("12", [A("Công an huyện")], [VHTT], None, None),
]
tasks, deadlines = [], []
for stt, lead, sup, tf, extra in spec:
    tid = "PL." + stt
    tasks.append(TASK(tid, content[stt], lead, sup, tf))
    if tf:
        deadlines.append(DL(tf["text"], "period", tid, content[stt], start=tf["start"], end=tf["end"]))
    if extra:
        deadlines.append(extra)
tasks[0]["note"] = "annex numbered independently of the body (body III only says '(có Phụ lục kèm theo)'): all rows are PL. tasks; group rows I/II/III are neither tasks nor sections; Ghi chú '02 kỳ/tháng' is not a deadline"
deadlines += [
 DL("trước ngày 05/12 hằng năm", "due", "V.1", "báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông kết quả thực hiện", due="--12-05", rec="yearly"),
 DL("trước ngày 15/6 và ngày 25/11 hằng năm", "due", "V.6", "Báo cáo kết quả thực hiện về Ủy ban nhân dân huyện", due="--06-15", rec="yearly"),
 DL("trước ngày 15/6 và ngày 25/11 hằng năm", "due", "V.6", "Báo cáo kết quả thực hiện về Ủy ban nhân dân huyện", due="--11-25", rec="yearly"),
]
IV = "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và lồng ghép trong kinh phí hoạt động thường xuyên của các cơ quan, đơn vị"
V5d = ["Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt của đoàn viên, hội viên"]
plan = {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "245/KH-UBND", "doc_type": "Kế hoạch",
  "issuer": "Ủy ban nhân dân huyện Tháp Mười", "province": "Đồng Tháp",
  "issued": "2021-12-28",
  "title": "Thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn huyện Tháp Mười",
  "period": {"start": 2021, "end": 2025},
  "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
            {"number": "312/KH-UBND", "type": "Kế hoạch", "date": "2021-11-10"}],
  "signer": {"name": "Nguyễn Hoàng Khải", "position": "Phó Chủ tịch"},
 },
 "sections": [
  SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
  SEC("I.1", "1.", "Mục đích", 2),
  SEC("I.2", "2.", "Yêu cầu", 2),
  SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
  SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks", note="body holds no numbered task; tasks are the annex rows PL.1-PL.12"),
  SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  SEC("V.1", "1.", "Phòng Văn hóa và Thông tin huyện", 2),
  SEC("V.2", "2.", "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện", 2),
  SEC("V.3", "3.", "Phòng Giáo dục và Đào tạo huyện", 2),
  SEC("V.4", "4.", "Phòng Tài chính - Kế hoạch huyện", 2),
  SEC("V.5", "5.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", 2),
  SEC("V.6", "6.", "Ủy ban nhân dân các xã, thị trấn", 2),
 ],
 "tasks": tasks,
 "assignments": [
  ASG(VHTT, "V.1", ["Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế hoạch",
                    "Tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông kết quả thực hiện trước ngày 05/12 hằng năm"]),
  ASG(TT, "V.2", ["Bố trí thời lượng phát sóng chuyên mục về ASEAN trên Đài Truyền thanh huyện; hướng dẫn Đài Truyền thanh các xã, thị trấn tiếp sóng, phát lại các chương trình về ASEAN"]),
  ASG(A("Phòng Giáo dục và Đào tạo huyện"), "V.3", ["Chỉ đạo các trường trung học cơ sở lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa, sinh hoạt dưới cờ"]),
  ASG(A("Phòng Tài chính - Kế hoạch huyện"), "V.4", ["Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách"]),
  ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), "V.5", V5d, note="'Đề nghị X và Y' heading: one assignment per agency"),
  ASG(A("Các tổ chức chính trị - xã hội huyện", "các tổ chức chính trị - xã hội huyện", True), "V.5", V5d),
  ASG(A("Ủy ban nhân dân các xã, thị trấn", coll=True), "V.6", ["Xây dựng kế hoạch triển khai tại địa phương; chỉ đạo Đài Truyền thanh xã, thị trấn tiếp sóng các chương trình về ASEAN",
      "Báo cáo kết quả thực hiện về Ủy ban nhân dân huyện (qua Phòng Văn hóa và Thông tin) trước ngày 15/6 và ngày 25/11 hằng năm"]),
 ],
 "deadlines": deadlines,
 "budget": {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget"],
            "clauses": [{"text": IV, "section": "IV"}], "amounts": []},
}
areas = [
 AREA("B01", "covered", "II", "Chủ đề ASEAN theo từng năm; kết quả hợp tác trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam trong ASEAN"),
 AREA("B02", "covered", "II", "Hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế sau đại dịch", note="own content bullet"),
 AREA("B03", "partial", "PL.6", "triển lãm ảnh \"Việt Nam - ASEAN, những câu chuyện thực tiễn\"", note="only the title of an exhibition; no stories/models/awards commitment"),
 AREA("B04", "covered", "II", "Bản sắc Cộng đồng ASEAN, những nét tương đồng về văn hóa giữa các quốc gia thành viên; cảm nhận thuộc về một cộng đồng chung"),
 AREA("B05", "covered", "PL.11", "Quảng bá tiềm năng du lịch Khu di tích Gò Tháp, Đồng Sen Tháp Mười tới du khách các nước ASEAN"),
 AREA("B06", "covered", "PL.10", "Hướng dẫn doanh nghiệp, hợp tác xã ứng dụng thương mại điện tử, chuyển đổi số, tham gia chuỗi cung ứng giá trị khu vực"),
 AREA("B07", "covered", "PL.2", "Đăng tải tin, bài về ASEAN trên Trang thông tin điện tử huyện và trang mạng xã hội"),
 AREA("B08", "covered", "PL.4", "Treo cờ ASEAN, băng rôn, pa nô, áp phích tuyên truyền nhân Ngày thành lập ASEAN"),
 AREA("B09", "covered", "PL.9", "tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do tỉnh tổ chức"),
 AREA("B10", "covered", "PL.5", "Tổ chức Hội thi tìm hiểu về Cộng đồng ASEAN cho đoàn viên, thanh niên"),
 AREA("B11", "covered", "PL.6", "Trưng bày, triển lãm ảnh"),
 AREA("B12", "covered", "PL.12", "phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại và hội nhập ASEAN của Việt Nam"),
 AREA("B13", "partial", "I.2", "tăng cường công tác phối hợp thông tin giữa các cơ quan, đơn vị và địa phương", note="only a requirement in section I"),
]
audit = {
 "schema": "planparse/audit@1", "reference": REF21,
 "applicable": {"value": True, "reasons": ["cites 1160/QĐ-TTg and the provincial plan 312/KH-UBND", "period 2021-2025",
                "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; kinh tế số, chuyển đổi số"]},
 "areas": areas,
 "checks": [
  {"id": "S1", "status": "pass", "detail": "section I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "section IV KINH PHÍ THỰC HIỆN"},
  {"id": "S3", "status": "pass", "detail": "section V TỔ CHỨC THỰC HIỆN with 7 assignments"},
  {"id": "S4", "status": "pass", "detail": "V.1 báo cáo trước ngày 05/12 hằng năm"},
  {"id": "S5", "status": "pass", "detail": "every annex task PL.1-PL.12 has a Cơ quan chủ trì"},
  {"id": "S6", "status": "pass", "detail": "basis cites 1160/QĐ-TTg"},
 ],
}
write_gold(NAME, plan, audit, src)
