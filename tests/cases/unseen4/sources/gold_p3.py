import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib_pdf import *
NAME = "tien-giang_58-KH-SCT_2023_asean-business-sigscan"
src = open(f"{NAME}.source.txt", encoding="utf-8").read()
QLTM = A("Phòng Quản lý Thương mại"); TTKC = A("Trung tâm Khuyến công và Xúc tiến thương mại")
VPS = A("Văn phòng Sở", note="Kept as written: inside a Sở's own plan 'Văn phòng Sở' is the unit's full name.")
tasks = [
 T("II.1", "Phổ biến thông tin về các cam kết hội nhập ASEAN", note="Parent item: a task with no lead; all its sub-tasks have one."),
 T("II.1.1", "Tổ chức hội nghị phổ biến Hiệp định Thương mại hàng hóa ASEAN (ATIGA) và quy tắc xuất xứ", [QLTM], [TTKC],
   TF("Quý II - Quý III/2023", "2023-04-01", "2023-09-30")),
 T("II.1.2", 'Cập nhật chuyên mục "Hội nhập ASEAN" trên Trang thông tin điện tử của Sở', [VPS],
   [A("Các phòng chuyên môn thuộc Sở", coll=True)]),
 T("II.1.3", "Biên soạn, phát hành tờ gấp về ưu đãi thuế quan trong ASEAN", [A("Phòng Quản lý Công nghiệp")], []),
 T("II.2", "Hỗ trợ doanh nghiệp khai thác thị trường ASEAN"),
 T("II.2.1", "Tổ chức đoàn doanh nghiệp tham gia hội chợ thương mại tại Vương quốc Campuchia", [TTKC],
   [A("Hiệp hội Doanh nghiệp tỉnh Tiền Giang")], TF("tháng 9/2023", "2023-09-01", "2023-09-30")),
 T("II.2.2", "Tập huấn kỹ năng kinh doanh trên sàn thương mại điện tử", [QLTM], [A("Sở Thông tin và Truyền thông")],
   TF("Quý III/2023", "2023-07-01", "2023-09-30")),
 T("II.2.3", "Hướng dẫn thủ tục Cơ chế một cửa ASEAN và chứng nhận xuất xứ mẫu D", [TTKC],
   [A("Phòng Thương mại và Công nghiệp Việt Nam chi nhánh Cần Thơ")], TF("tháng 10/2023", "2023-10-01", "2023-10-31")),
 T("II.3", "Tuyên truyền trong nội bộ ngành Công Thương"),
 T("II.3.1", "Lồng ghép nội dung về ASEAN trong sinh hoạt đoàn thể của cơ quan", [A("Công đoàn cơ sở Sở Công Thương")],
   [A("Chi đoàn Sở Công Thương")], None, note="'Thời gian: hằng quý' is a quarterly recurrence, not a window."),
 T("II.3.2", "Cử công chức tham dự tập huấn kỹ năng tuyên truyền về ASEAN", [VPS], [], None,
   note="'theo kế hoạch của Sở Thông tin và Truyền thông' is not a window."),
]
plan = {"schema": "planparse/plan@1",
 "meta": {"number": "58/KH-SCT", "doc_type": "Kế hoạch", "issuer": "Sở Công Thương tỉnh Tiền Giang",
  "province": "Tiền Giang", "issued": "2023-02-20",
  "title": "Tuyên truyền, phổ biến về Cộng đồng Kinh tế ASEAN cho doanh nghiệp năm 2023",
  "period": {"start": 2023, "end": 2023},
  "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
            {"number": "315/KH-UBND", "type": "Kế hoạch", "date": "2021-11-10"}],
  "signer": {"name": "Trần Quốc Dũng", "position": "Phó Giám đốc", "note": "Printed only on the last page, which is an image (scanned signature page)."}},
 "sections": [
  S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
  S("II", "II.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks")] +
  [S(t["id"], t["id"].split(".", 1)[1] + ".", t["title"], t["id"].count(".") + 1) for t in tasks] + [
  S("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  S("IV.1", "1.", "Văn phòng Sở", 2), S("IV.2", "2.", "Phòng Kế hoạch - Tài chính - Tổng hợp", 2),
  S("IV.3", "3.", "Các phòng chuyên môn, Trung tâm Khuyến công và Xúc tiến thương mại", 2)],
 "tasks": tasks,
 "assignments": [
  {"agency": VPS, "section": "IV.1", "duties": ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch",
     "phối hợp với Sở Thông tin và Truyền thông cung cấp thông tin về ASEAN cho các cơ quan báo chí",
     "tổng hợp kết quả, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh trước ngày 10/12/2023"]},
  {"agency": A("Phòng Kế hoạch - Tài chính - Tổng hợp"), "section": "IV.2", "duties": ["Tham mưu bố trí, hướng dẫn thanh quyết toán kinh phí thực hiện Kế hoạch theo quy định"]},
  {"agency": A("Các phòng chuyên môn", coll=True), "section": "IV.3", "duties": ["Chủ động triển khai nhiệm vụ được giao", "báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 30/11/2023"],
   "note": "The heading names two assignees, split at the comma (one assignment per agency)."},
  {"agency": TTKC, "section": "IV.3", "duties": ["Chủ động triển khai nhiệm vụ được giao", "báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 30/11/2023"]}],
 "deadlines": [
  D("Quý II - Quý III/2023", "period", "II.1.1", "Tổ chức 02 hội nghị tại thành phố Mỹ Tho và thị xã Cai Lậy", start="2023-04-01", end="2023-09-30"),
  D("xong trước ngày 30/6/2023", "due", "II.1.3", "In 2.000 tờ gấp hướng dẫn tra cứu biểu thuế ATIGA", due="2023-06-30"),
  D("tháng 9/2023", "period", "II.2.1", "Tổ chức đoàn doanh nghiệp tham gia hội chợ thương mại tại Vương quốc Campuchia", start="2023-09-01", end="2023-09-30"),
  D("Quý III/2023", "period", "II.2.2", "Tập huấn kỹ năng kinh doanh trên sàn thương mại điện tử", start="2023-07-01", end="2023-09-30"),
  D("tháng 10/2023", "period", "II.2.3", "Tổ chức tọa đàm, giải đáp vướng mắc về khai báo điện tử qua Cơ chế một cửa ASEAN", start="2023-10-01", end="2023-10-31"),
  D("hằng quý", "recurring", "II.3.1", "Lồng ghép tuyên truyền về Cộng đồng Kinh tế ASEAN trong sinh hoạt công đoàn, chi đoàn của cơ quan Sở", rec="quarterly"),
  D("trước ngày 10/12/2023", "due", "IV.1", "báo cáo Ủy ban nhân dân tỉnh", due="2023-12-10"),
  D("trước ngày 30/11/2023", "due", "IV.3", "báo cáo kết quả thực hiện về Văn phòng Sở", due="2023-11-30")],
 "budget": {"present": True, "section": "III", "sources": ["state_budget", "enterprise", "unit_budget"],
  "clauses": [{"text": "sử dụng từ nguồn kinh phí khuyến công, xúc tiến thương mại năm 2023 do ngân sách tỉnh cấp", "section": "III"},
              {"text": "Doanh nghiệp tham gia hội chợ tự chi trả chi phí đi lại, ăn ở", "section": "III", "note": "read as enterprise contribution"},
              {"text": "Các hoạt động còn lại sử dụng kinh phí chi thường xuyên của Sở", "section": "III"}],
  "amounts": [{"text": "320.000.000 đồng", "vnd": 320000000}]}}
areas = [
 AR("B01", "Annual theme; three pillars", "partial", [("I.1", "Cộng đồng Kinh tế ASEAN - một trong 3 trụ cột của Cộng đồng ASEAN")], note="Only the purposes name one pillar; no annual theme."),
 AR("B02", "COVID-19 cooperation", "missing"),
 AR("B03", "Real-life stories, exemplary people", "partial", [("II.1.2", "giới thiệu các doanh nghiệp điển hình của tỉnh thành công tại thị trường ASEAN")], note="A clause inside the portal task."),
 AR("B04", "Community identity", "missing"),
 AR("B05", "Promote the province to ASEAN", "covered", [("II.2.1", "Giới thiệu sản phẩm trái cây, đặc sản và tiềm năng hợp tác đầu tư của tỉnh Tiền Giang tại Hội chợ Thương mại Việt Nam - Campuchia")]),
 AR("B06", "New fields: e-commerce, Single Window", "covered", [("II.2.2", "Tập huấn kỹ năng kinh doanh trên sàn thương mại điện tử"), ("II.2.3", "Hướng dẫn thủ tục Cơ chế một cửa ASEAN")]),
 AR("B07", "Portals and new media", "covered", [("II.1.2", 'Cập nhật chuyên mục "Hội nhập ASEAN" trên Trang thông tin điện tử của Sở')]),
 AR("B08", "Visual propaganda", "missing"),
 AR("B09", "Training of propaganda staff", "covered", [("II.3.2", "Cử công chức phụ trách thông tin, tuyên truyền tham dự các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN")],
    note="An own task, though it only sends staff to courses organised by Sở TT&TT."),
 AR("B10", "Contests and youth", "missing"),
 AR("B11", "Fairs, exhibitions, promotion events", "covered", [("II.2.1", "Tổ chức đoàn doanh nghiệp tham gia hội chợ thương mại tại Vương quốc Campuchia")]),
 AR("B12", "Counter distorted views", "missing"),
 AR("B13", "Coordination of information", "partial", [("IV.1", "phối hợp với Sở Thông tin và Truyền thông cung cấp thông tin về ASEAN cho các cơ quan báo chí")]),
]
audit = {"schema": "planparse/audit@1", "reference": REF21,
 "applicable": {"value": True, "reasons": ["cites 1160/QĐ-TTg and the provincial plan 315/KH-UBND", "year 2023 within 2021-2025"]},
 "areas": areas,
 "checks": [{"id": "S1", "status": "pass", "detail": "section I"}, {"id": "S2", "status": "pass", "detail": "section III, 320 million VND"},
  {"id": "S3", "status": "pass", "detail": "section IV, 4 assignments"}, {"id": "S4", "status": "pass", "detail": "report before 10/12/2023 (IV.1)"},
  {"id": "S5", "status": "pass", "detail": "II.1-II.3 have no lead of their own but every numbered sub-task has one"},
  {"id": "S6", "status": "pass", "detail": "basis cites 1160/QĐ-TTg"}],
 "summary": summary(areas)}
check(src, plan, audit)
write(f"../{NAME}.plan.json", plan); write(f"../{NAME}.audit.json", audit); print("ok", audit["summary"])
