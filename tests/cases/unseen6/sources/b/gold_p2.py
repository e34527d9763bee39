import sys, os; sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from goldlib import *
import gen_p2 as G
NAME = G.NAME
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
src = open(os.path.join(HERE, f"{NAME}.source.txt"), encoding="utf-8").read()

CANON = {
 "Văn phòng HĐND và UBND huyện": "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện",
 "UBND các xã, thị trấn": "Ủy ban nhân dân các xã, thị trấn",
 "UBND thị trấn Phong Điền": "Ủy ban nhân dân thị trấn Phong Điền",
}
COLL = {"UBND các xã, thị trấn"}
def ag(text): return A(CANON.get(text, text), text, coll=text in COLL)
def ags(cell): return [ag(x.strip()) for x in cell.split(";")]

# time cell → (timeframe, deadline kwargs)
TIME = {
 "Hằng tháng": (None, dict(kind="recurring", rec="monthly")),
 "Thường xuyên": (None, None),
 "Định kỳ hằng quý": (None, dict(kind="recurring", rec="quarterly")),
 "Trước ngày ba mươi tháng Sáu năm 2023": (None, dict(kind="due", due="2023-06-30")),
 "Trước ngày mùng năm tháng Tám": (None, dict(kind="due", due="2023-08-05",
     note="Date in words without a year in a one-year plan (năm 2023): read as 2023-08-05, not a yearly --08-05.")),
 "Quý III/2023": (("2023-07-01", "2023-09-30"), dict(kind="period", start="2023-07-01", end="2023-09-30")),
 "Quý II/2023": (("2023-04-01", "2023-06-30"), dict(kind="period", start="2023-04-01", end="2023-06-30")),
 "Theo kế hoạch của tỉnh": (None, None),
 "Trước ngày mười lăm tháng Mười Hai": (None, dict(kind="due", due="2023-12-15",
     note="Date in words, no year, in the 2023 plan → 2023-12-15.")),
 "Tháng 8/2023": (("2023-08-01", "2023-08-31"), dict(kind="period", start="2023-08-01", end="2023-08-31")),
 "Năm 2023": (("2023-01-01", "2023-12-31"), dict(kind="period", start="2023-01-01", end="2023-12-31")),
}
tasks, deadlines = [], []
for rows in (G.T1, G.T2):
    grp = None
    for r in rows:
        if r[0] == "G": grp = r[1]; continue
        _, stt, title, lead, sup, time, prod = r
        tid = f"II.{grp}.{stt}"
        tf, dl = TIME[time]
        t = T(tid, title, ags(lead), ags(sup), TF(time, *tf) if tf else None)
        tasks.append(t)
        if dl:
            dl = dict(dl); kind = dl.pop("kind"); note = dl.pop("note", None)
            d = D(time, kind, tid, title, **dl)
            if note: d["note"] = note
            deadlines.append(d)
tasks[0]["note"] = ("Body task table split into two Word tables with the paragraph '(tiếp theo)' between; STT restarts under the Roman group rows "
                    "I–IV, so ids are <section>.<group>.<STT> (II.I.1 … II.IV.2). Group rows continue across the split (III and IV are in the second table). "
                    "Rows are tasks, not sections.")
sections = [
 S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
 S("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks"),
 S("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
 S("III.1", "1.", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách huyện năm 2023 giao cho các cơ quan, đơn vị; tổng kinh phí dự kiến 85.000.000 đồng (Tám mươi lăm triệu đồng)", 2),
 S("III.2", "2.", "Khuyến khích huy động các nguồn xã hội hóa và các nguồn hợp pháp khác để tổ chức các hoạt động giao lưu, quảng bá", 2),
 S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 S("IV.1", "1.", "Phòng Văn hóa và Thông tin huyện", 2),
 S("IV.2", "2.", "Phòng Tài chính - Kế hoạch huyện", 2),
 S("IV.3", "3.", "Các cơ quan được giao chủ trì nhiệm vụ tại Mục II", 2),
 S("IV.4", "4.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", 2),
 S("IV.5", "5.", "Ủy ban nhân dân các xã, thị trấn", 2),
]
deadlines += [
 D("trước ngày 10/12/2023", "due", "IV.1", "báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông", due="2023-12-10"),
 D("định kỳ 6 tháng", "recurring", "IV.5", "Gửi báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện", rec="semiannual"),
 D("trước ngày hai mươi lăm tháng Mười Một", "due", "IV.5", "báo cáo năm", due="2023-11-25", note="Date in words, no year → 2023."),
]
d44 = ["Phối hợp tuyên truyền về ASEAN đến đoàn viên, hội viên và Nhân dân"]
plan = {"schema": "planparse/plan@1",
 "meta": {"number": "318/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện Phong Điền", "province": "Thừa Thiên Huế",
  "issued": "2023-03-14",
  "title": "Thông tin, tuyên truyền về ASEAN năm 2023 trên địa bàn huyện Phong Điền",
  "period": {"start": 2023, "end": 2023},
  "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
            {"number": "52/KH-UBND", "type": "Kế hoạch", "date": "2023-02-21"}],
  "signer": {"name": "Lê Đình Tuấn", "position": "Phó Chủ tịch"},
  "note": "'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015' cites a law without a number: not basis."},
 "sections": sections, "tasks": tasks,
 "assignments": [
  {"agency": A("Phòng Văn hóa và Thông tin huyện"), "section": "IV.1", "duties": [
     "Là cơ quan thường trực, hướng dẫn, theo dõi việc triển khai Kế hoạch",
     "Chủ trì tăng cường công tác phối hợp thông tin giữa các cơ quan, đơn vị, địa phương và các tổ chức chính trị - xã hội trong tuyên truyền về ASEAN",
     "Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 10/12/2023"]},
  {"agency": A("Phòng Tài chính - Kế hoạch huyện"), "section": "IV.2", "duties": ["Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch theo quy định"]},
  {"agency": A("Các cơ quan được giao chủ trì nhiệm vụ tại Mục II", coll=True), "section": "IV.3",
   "duties": ["Chủ động xây dựng nội dung, triển khai nhiệm vụ bảo đảm đúng thời gian hoàn thành và sản phẩm"],
   "note": "Heading names a collective of agencies by reference to Mục II: kept as one collective assignee."},
  {"agency": A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), "section": "IV.4", "duties": d44},
  {"agency": A("Các tổ chức chính trị - xã hội huyện", "các tổ chức chính trị - xã hội huyện", coll=True), "section": "IV.4", "duties": d44},
  {"agency": A("Ủy ban nhân dân các xã, thị trấn", coll=True), "section": "IV.5", "duties": [
     "Chỉ đạo đài truyền thanh cơ sở tiếp sóng, phát sóng chương trình về ASEAN",
     "Gửi báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện định kỳ 6 tháng",
     "báo cáo năm gửi trước ngày hai mươi lăm tháng Mười Một"]},
 ],
 "deadlines": deadlines,
 "budget": {"present": True, "section": "III",
  "sources": ["state_budget", "socialization", "other_lawful"],
  "clauses": [
   {"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách huyện năm 2023 giao cho các cơ quan, đơn vị", "section": "III.1"},
   {"text": "Khuyến khích huy động các nguồn xã hội hóa và các nguồn hợp pháp khác", "section": "III.2"}],
  "amounts": [{"text": "85.000.000 đồng", "vnd": 85000000, "note": "Also spelt out '(Tám mươi lăm triệu đồng)': the same amount, listed once."}],
  "note": "'dự toán ngân sách huyện … giao cho các cơ quan, đơn vị' → state_budget (district budget estimate), not unit_budget."},
}
def task_ev(tid, text): return (tid, text)
areas = [
 AR("B01", "Annual ASEAN theme; all three pillars; Vietnam's contribution", "covered",
    [("II.I.1", "đăng tải tin, bài về Chủ đề ASEAN năm 2023 “ASEAN tầm vóc: Tâm điểm tăng trưởng” và hoạt động hợp tác trên cả 3 trụ cột")]),
 AR("B02", "ASEAN cooperation against COVID-19 and recovery", "covered",
    [("II.II.3", "Phổ biến thông tin về phục hồi kinh tế sau COVID-19")]),
 AR("B03", "Real-life stories, exemplary people, ASEAN awards", "covered",
    [("II.I.4", "Thực hiện phóng sự về câu chuyện thực tiễn, nhân vật điển hình của huyện trong hợp tác với các nước ASEAN")]),
 AR("B04", "ASEAN Community identity and sense of belonging", "partial",
    [("I.1", "góp phần nâng cao cảm nhận thuộc về một cộng đồng chung của người dân trên địa bàn huyện")],
    note="Only in the purposes section; no task on ASEAN identity."),
 AR("B05", "Promote the province to ASEAN members and partners", "covered",
    [("II.IV.1", "Quảng bá Làng cổ Phước Tích, đầm phá Tam Giang và sản phẩm OCOP của huyện đến du khách, nhà đầu tư các nước ASEAN")],
    note="A district promoting itself counts for the locality-promotion area."),
 AR("B06", "New fields: e-commerce, value chains, Single Window, labour mobility, digital economy", "covered",
    [("II.II.3", "thương mại điện tử, kinh tế số, chuyển đổi số và dịch chuyển lao động trong ASEAN")]),
 AR("B07", "Portals and new media", "covered",
    [("II.I.1", "Xây dựng chuyên mục “Phong Điền với Cộng đồng ASEAN” trên Trang thông tin điện tử huyện"),
     ("II.I.3", "Chia sẻ tin, bài, video ngắn về ASEAN trên mạng xã hội")]),
 AR("B08", "Visual propaganda on ASEAN days", "covered",
    [("II.II.1", "Treo cờ ASEAN, pa nô, băng rôn tại trung tâm huyện nhân kỷ niệm 56 năm Ngày thành lập ASEAN")]),
 AR("B09", "Training and capacity building for propaganda staff", "covered",
    [("II.III.1", "Cử cán bộ tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do tỉnh tổ chức")]),
 AR("B10", "Contests and youth activities on ASEAN", "covered",
    [("II.III.2", "Hưởng ứng cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở")]),
 AR("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion", "covered",
    [("II.III.3", "Tổ chức giao lưu văn hóa, thể thao chào mừng Ngày ASEAN trong đoàn viên, thanh niên")]),
 AR("B12", "Counter distorted views on foreign policy and ASEAN integration", "covered",
    [("II.IV.2", "phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại và hội nhập ASEAN của Việt Nam")]),
 AR("B13", "Coordination among departments, localities, organisations and media", "covered",
    [("IV.1", "Chủ trì tăng cường công tác phối hợp thông tin giữa các cơ quan, đơn vị, địa phương và các tổ chức chính trị - xã hội trong tuyên truyền về ASEAN")],
    note="An own bullet with its own verb in the organisation section (not only a requirement) → covered."),
]
audit = {"schema": "planparse/audit@1", "reference": REF21,
 "applicable": {"value": True, "reasons": ["cites 1160/QĐ-TTg (13/7/2021) and the provincial plan 52/KH-UBND", "year 2023 within 2021-2025",
   "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; kinh tế số, chuyển đổi số; COVID-19; 3 trụ cột"]},
 "areas": areas,
 "checks": [
  {"id": "S1", "status": "pass", "detail": "section I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "section III KINH PHÍ THỰC HIỆN (district budget, socialisation, other lawful sources; 85.000.000 đồng)"},
  {"id": "S3", "status": "pass", "detail": "section IV TỔ CHỨC THỰC HIỆN with 6 assignments"},
  {"id": "S4", "status": "pass", "detail": "IV.1: báo cáo UBND huyện và Sở TT&TT trước ngày 10/12/2023; IV.5 báo cáo năm trước ngày hai mươi lăm tháng Mười Một"},
  {"id": "S5", "status": "pass", "detail": "all 12 table tasks have a Cơ quan chủ trì"},
  {"id": "S6", "status": "pass", "detail": "basis cites Quyết định 1160/QĐ-TTg and Kế hoạch 52/KH-UBND of the province"}],
 "summary": summary(areas)}
check(src, plan, audit); check2(plan, audit, table_tasks=True)
write(os.path.join(OUT, f"{NAME}.plan.json"), plan); write(os.path.join(OUT, f"{NAME}.audit.json"), audit)
print(audit["summary"], [t["id"] for t in tasks])
