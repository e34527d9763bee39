# Hand-written gold for the Lệ Thủy plan (docx). Encoded as Python for convenience; every value decided by hand.
import json
A = lambda name, text, coll=False: {"name": name, "text": text, "collective": coll}
sec = lambda i, lab, t, lvl, kind=None, **kw: dict({"id": i, "label": lab, "title": t, "level": lvl}, **({"kind": kind} if kind else {}), **kw)
tf = lambda text, s, e: {"text": text, "start": s, "end": e}
def dl(text, kind, section, subject, due=None, start=None, end=None, rec=None, **kw):
    return dict({"text": text, "kind": kind, "due": due, "start": start, "end": end, "recurrence": rec, "section": section, "subject": subject}, **kw)
PVH = A("Phòng Văn hóa và Thông tin huyện", "Phòng Văn hóa và Thông tin huyện")
TT = A("Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Trung tâm Văn hóa - Thông tin và Thể thao huyện")
XA = A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)
plan = {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "2156/KH-UBND", "doc_type": "Kế hoạch",
  "issuer": "Ủy ban nhân dân huyện Lệ Thủy", "province": "Quảng Bình", "issued": "2021-11-22",
  "title": "Triển khai Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn huyện Lệ Thủy",
  "period": {"start": 2021, "end": 2025},
  "basis": [
   {"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
   {"number": "2034/KH-UBND", "type": "Kế hoạch", "date": "2021-10-28"}],
  "signer": {"name": "Nguyễn Đức Thắng", "position": "Phó Chủ tịch"}},
 "sections": [
  sec("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
  sec("I.1", "1.", "Mục đích", 2), sec("I.2", "2.", "Yêu cầu", 2),
  sec("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
  sec("III", "III.", "NHIỆM VỤ VÀ GIẢI PHÁP CỤ THỂ", 1, "tasks"),
  sec("III.1", "1.", "Tuyên truyền trên hệ thống thông tin cơ sở và không gian mạng", 2),
  sec("III.2", "2.", "Tuyên truyền trực quan", 2),
  sec("III.3", "3.", "Phòng Văn hóa và Thông tin huyện biên soạn tài liệu hỏi - đáp về Cộng đồng ASEAN, cung cấp cho Đài Truyền thanh các xã, thị trấn và báo cáo viên, tuyên truyền viên cơ sở", 2),
  sec("III.4", "4.", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện lồng ghép nội dung tuyên truyền về ASEAN vào sinh hoạt chi hội, tổ hội, các buổi nói chuyện chuyên đề cho đoàn viên, hội viên", 2),
  sec("III.5", "5.", "Tổ chức cuộc thi tìm hiểu về ASEAN", 2),
  sec("III.6", "6.", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền", 2),
  sec("III.7", "7.", "Phòng Kinh tế và Hạ tầng huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin huyện giới thiệu tiềm năng, thế mạnh, cơ hội đầu tư, du lịch của huyện Lệ Thủy (suối khoáng nóng Bang, Lễ hội đua thuyền truyền thống trên sông Kiến Giang, các sản phẩm OCOP) trên Trang thông tin điện tử huyện và tại các hội chợ, triển lãm do tỉnh tổ chức", 2),
  sec("III.8", "8.", "Tăng cường phối hợp thông tin", 2),
  sec("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  sec("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  sec("V.1", "1.", "Phòng Văn hóa và Thông tin huyện", 2),
  sec("V.2", "2.", "Phòng Tài chính - Kế hoạch huyện", 2),
  sec("V.3", "3.", "Trung tâm Văn hóa - Thông tin và Thể thao huyện", 2),
  sec("V.4", "4.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện", 2),
  sec("V.5", "5.", "UBND các xã, thị trấn", 2)],
 "tasks": [
  {"id": "III.1", "title": "Tuyên truyền trên hệ thống thông tin cơ sở và không gian mạng", "lead": [TT], "support": [PVH, XA], "timeframe": None},
  {"id": "III.2", "title": "Tuyên truyền trực quan", "lead": [TT, XA], "support": [], "timeframe": None,
   "note": "'Đơn vị thực hiện' with no separate lead named: the performing units are the leads (spec: it is support only when a separate lead is named)."},
  {"id": "III.3", "title": "Phòng Văn hóa và Thông tin huyện biên soạn tài liệu hỏi - đáp về Cộng đồng ASEAN", "lead": [PVH], "support": [],
   "timeframe": tf("Quý I/2022", "2022-01-01", "2022-03-31"), "note": "actor opens the sentence"},
  {"id": "III.4", "title": "Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện lồng ghép nội dung tuyên truyền về ASEAN", 
   "lead": [A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), A("Các đoàn thể chính trị - xã hội huyện", "các đoàn thể chính trị - xã hội huyện", True)],
   "support": [], "timeframe": None, "note": "actors open the sentence"},
  {"id": "III.5", "title": "Tổ chức cuộc thi tìm hiểu về ASEAN", "lead": [A("Phòng Giáo dục và Đào tạo huyện", "Phòng Giáo dục và Đào tạo huyện")],
   "support": [A("Huyện đoàn Lệ Thủy", "Huyện đoàn Lệ Thủy"), PVH], "timeframe": tf("Năm 2023", "2023-01-01", "2023-12-31")},
  {"id": "III.6", "title": "Tập huấn, bồi dưỡng kỹ năng tuyên truyền", "lead": [PVH], "support": [], "timeframe": tf("2022 - 2025", "2022-01-01", "2025-12-31")},
  {"id": "III.7", "title": "Phòng Kinh tế và Hạ tầng huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin huyện giới thiệu tiềm năng, thế mạnh, cơ hội đầu tư, du lịch của huyện Lệ Thủy",
   "lead": [A("Phòng Kinh tế và Hạ tầng huyện", "Phòng Kinh tế và Hạ tầng huyện")], "support": [PVH], "timeframe": None},
  {"id": "III.8", "title": "Tăng cường phối hợp thông tin", "lead": [A("Các cơ quan, đơn vị thuộc Ủy ban nhân dân huyện", "Các cơ quan, đơn vị thuộc UBND huyện", True), XA], "support": [], "timeframe": None}],
 "assignments": [
  {"agency": PVH, "section": "V.1", "duties": ["Là cơ quan thường trực, chủ trì tham mưu UBND huyện triển khai Kế hoạch", "Tổng hợp kết quả thực hiện, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 05/12 hằng năm"]},
  {"agency": A("Phòng Tài chính - Kế hoạch huyện", "Phòng Tài chính - Kế hoạch huyện"), "section": "V.2", "duties": ["Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách và quy định hiện hành"]},
  {"agency": TT, "section": "V.3", "duties": ["Xây dựng kế hoạch tuyên truyền cụ thể trên sóng truyền thanh, Trang thông tin điện tử huyện"]},
  {"agency": A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), "section": "V.4", "duties": ["Căn cứ chức năng, nhiệm vụ, chỉ đạo hệ thống tổ chức từ huyện đến cơ sở tuyên truyền, vận động đoàn viên, hội viên tìm hiểu về ASEAN"]},
  {"agency": A("Các đoàn thể chính trị - xã hội huyện", "các đoàn thể chính trị - xã hội huyện", True), "section": "V.4", "duties": ["Căn cứ chức năng, nhiệm vụ, chỉ đạo hệ thống tổ chức từ huyện đến cơ sở tuyên truyền, vận động đoàn viên, hội viên tìm hiểu về ASEAN"]},
  {"agency": XA, "section": "V.5", "duties": ["Xây dựng kế hoạch tuyên truyền phù hợp với tình hình địa phương", "Báo cáo kết quả thực hiện về UBND huyện (qua Phòng Văn hóa và Thông tin) trước ngày 30/11 hằng năm"]}],
 "deadlines": [
  dl("Hằng năm", "recurring", "III.2", "Tuyên truyền trực quan", rec="yearly"),
  dl("Quý I/2022", "period", "III.3", "biên soạn tài liệu hỏi - đáp về Cộng đồng ASEAN", start="2022-01-01", end="2022-03-31"),
  dl("Năm 2023", "period", "III.5", "Tổ chức cuộc thi tìm hiểu về ASEAN", start="2023-01-01", end="2023-12-31"),
  dl("2022 - 2025", "period", "III.6", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền", start="2022-01-01", end="2025-12-31"),
  dl("trước ngày 05/12 hằng năm", "due", "V.1", "báo cáo UBND huyện và Sở Thông tin và Truyền thông", due="--12-05", rec="yearly"),
  dl("trước ngày 30/11 hằng năm", "due", "V.5", "Báo cáo kết quả thực hiện về UBND huyện", due="--11-30", rec="yearly")],
 "budget": {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget", "socialization"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách huyện giao trong dự toán của các cơ quan, đơn vị; lồng ghép trong kinh phí hoạt động thường xuyên của cơ quan, đơn vị và huy động nguồn xã hội hóa theo quy định", "section": "IV"}],
  "amounts": [{"text": "150.000.000 đồng", "vnd": 150000000}, {"text": "40.000.000 đồng", "vnd": 40000000}],
  "note": "The words '(Một trăm năm mươi triệu đồng)' restate the first amount and are not a separate amount."}
}
def area(i, title, status, section=None, text=None, note=None):
    d = {"id": i, "title": title, "status": status}
    if status != "missing":
        d["evidence"] = [{"section": section, "text": text}]
    if note: d["note"] = note
    return d
areas = [
 area("B01", "Annual ASEAN theme; all three pillars; Vietnam's contribution", "covered", "II", "Bám sát Chủ đề ASEAN theo từng năm; tuyên truyền về hoạt động của Cộng đồng ASEAN trên cả 3 trụ cột"),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "partial", "I.1", "hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế", "Only in the purposes section."),
 area("B03", "Real-life stories, exemplary people, ASEAN awards", "missing"),
 area("B04", "ASEAN Community identity and sense of belonging", "covered", "II", "Tuyên truyền về bản sắc Cộng đồng ASEAN, sự tương đồng về văn hóa, lịch sử giữa các dân tộc trong khu vực, nâng cao cảm nhận thuộc về một cộng đồng chung"),
 area("B05", "Promote the province to ASEAN members and partners", "covered", "III.7", "giới thiệu tiềm năng, thế mạnh, cơ hội đầu tư, du lịch của huyện Lệ Thủy"),
 area("B06", "New fields: e-commerce, value chains, Single Window, labour mobility, digital economy", "partial", "II", "trong đó chú trọng các lĩnh vực kinh tế số, thương mại điện tử", "A qualifier inside the three-pillars bullet."),
 area("B07", "Portals and new media", "covered", "III.1", "Mở chuyên mục \"ASEAN - Hội nhập và phát triển\" trên Trang thông tin điện tử huyện"),
 area("B08", "Visual propaganda: ASEAN flags, panels, posters, banners", "covered", "III.2", "Treo cờ ASEAN tại trụ sở các cơ quan, đơn vị; kẻ vẽ pa nô, băng rôn, khẩu hiệu tuyên truyền"),
 area("B09", "Training for propaganda staff", "covered", "III.6", "Tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên, tuyên truyền viên"),
 area("B10", "Contests and youth activities on ASEAN", "covered", "III.5", "Tổ chức cuộc thi tìm hiểu về ASEAN dành cho học sinh trung học cơ sở trên địa bàn huyện"),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion events", "partial", "III.7", "tại các hội chợ, triển lãm do tỉnh tổ chức", "Only the venue of the district-promotion task (B05); no event of its own."),
 area("B12", "Counter distorted views", "missing"),
 area("B13", "Coordination among departments, localities, organisations and media", "covered", "III.8", "Tăng cường công tác phối hợp thông tin giữa các cơ quan, đơn vị, các tổ chức chính trị - xã hội và UBND các xã, thị trấn trong tuyên truyền về ASEAN")]
audit = {"schema": "planparse/audit@1",
 "reference": {"id": "asean-2021-2025", "number": "1160/QĐ-TTg", "title": "Government action programme on ASEAN propaganda to 2025, vision 2030 (reconstructed reference)"},
 "applicable": {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2021-2025", "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách…; COVID-19; 3 trụ cột"]},
 "areas": areas,
 "checks": [
  {"id": "S1", "status": "pass", "detail": "I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "IV KINH PHÍ THỰC HIỆN"},
  {"id": "S3", "status": "pass", "detail": "V with 6 assignments"},
  {"id": "S4", "status": "pass", "detail": "V.1 báo cáo trước ngày 05/12 hằng năm; V.5 trước ngày 30/11 hằng năm"},
  {"id": "S5", "status": "pass", "detail": "every task III.1–III.8 has a lead"},
  {"id": "S6", "status": "pass", "detail": "basis cites 1160/QĐ-TTg"}]}
c = sum(a["status"] == "covered" for a in areas); p = sum(a["status"] == "partial" for a in areas); m = len(areas) - c - p
audit["summary"] = {"covered": c, "partial": p, "missing": m, "coverage": round((c + 0.5 * p) / len(areas), 2)}
N = "quang-binh_le-thuy_2156-KH-UBND_2021_asean"
json.dump(plan, open(f"{N}.plan.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(audit, open(f"{N}.audit.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
