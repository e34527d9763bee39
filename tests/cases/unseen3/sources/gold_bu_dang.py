import json, re, unicodedata
N = lambda s: unicodedata.normalize("NFC", s)
SRC = N(open("bu-dang.source.txt", encoding="utf-8").read())
FLAT = re.sub(r"\s+", " ", re.sub(r"^[A-Z#]+\|?", "", SRC, flags=re.M).replace("|", " "))
def chk(s):
    assert N(s) in FLAT, s
    return N(s)
def ag(name, text=None, coll=False):
    text = text or name; chk(text)
    return {"name": name, "text": text, "collective": coll}
def sec(i, label, title, level, kind=None):
    d = {"id": i, "label": label, "title": chk(title), "level": level}
    if kind: d["kind"] = kind
    return d
def task(i, title, lead, support, timeframe=None, note=None):
    d = {"id": i, "title": chk(title), "lead": lead, "support": support, "timeframe": timeframe}
    if note: d["note"] = note
    return d
def dl(text, kind, sec, subj, due=None, start=None, end=None, rec=None):
    chk(text); return {"text": text, "kind": kind, "due": due, "start": start, "end": end, "recurrence": rec, "section": sec, "subject": subj}
sections = [
 sec("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
 sec("II", "II.", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", 1, "content"),
 sec("II.1", "1.", "Tuyên truyền về ASEAN và các nước thành viên", 2),
 sec("II.2", "2.", "Tuyên truyền về năm Chủ tịch ASEAN 2020", 2),
 sec("II.3", "3.", "Thông tin cho doanh nghiệp, hợp tác xã", 2),
 sec("II.4", "4.", "Tuyên truyền trong trường học", 2),
 sec("II.5", "5.", "Tuyên truyền cổ động trực quan", 2),
 sec("II.6", "6.", "Lồng ghép tuyên truyền trong sinh hoạt của đoàn thể", 2),
 sec("III", "III.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
 sec("III.1", "1.", "Phòng Văn hóa và Thông tin", 2),
 sec("III.2", "2.", "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện", 2),
 sec("III.3", "3.", "Công an huyện", 2),
 sec("III.4", "4.", "Phòng Tài chính - Kế hoạch", 2),
 sec("III.5", "5.", "UBND các xã, thị trấn", 2),
]
sections[1]["note"] = "Heading names content and forms; kind from its first part, content (its items are tasks either way)."
PVHTT = ag("Phòng Văn hóa và Thông tin")
TT = ag("Trung tâm Văn hóa - Thể thao và Truyền thanh huyện")
tasks = [
 task("II.1", "Tuyên truyền về ASEAN và các nước thành viên", [], []),
 task("II.2", "Tuyên truyền về năm Chủ tịch ASEAN 2020", [TT], [PVHTT], note="Lead from the agency opening the sentence ('… chủ trì, phối hợp với …')."),
 task("II.3", "Thông tin cho doanh nghiệp, hợp tác xã", [ag("Phòng Kinh tế và Hạ tầng huyện")],
      [ag("Phòng Tài chính - Kế hoạch"), ag("Hội Nông dân huyện")]),
 task("II.4", "Tuyên truyền trong trường học", [ag("Phòng Giáo dục và Đào tạo")], [],
      {"text": chk("Quý IV/2019"), "start": "2019-10-01", "end": "2019-12-31"}),
 task("II.5", "Tuyên truyền cổ động trực quan", [], []),
 task("II.6", "Lồng ghép tuyên truyền trong sinh hoạt của đoàn thể",
      [ag("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), ag("Các đoàn thể huyện", "các đoàn thể huyện", True)], [],
      note="Agencies open the sentence as actors. Hội Nông dân, Hội LHPN, Đoàn Thanh niên are named as the settings (sinh hoạt của …), not as roles."),
]
D = "báo cáo kết quả về UBND huyện và Sở Thông tin và Truyền thông"
assignments = [
 {"agency": PVHTT, "section": "III.1", "duties": [chk("Là cơ quan thường trực, tham mưu UBND huyện theo dõi, hướng dẫn các cơ quan, đơn vị, UBND các xã, thị trấn triển khai Kế hoạch"), chk("tổng hợp, báo cáo kết quả về UBND huyện và Sở Thông tin và Truyền thông trước ngày 05/12/2019 và ngày 05/12/2020")]},
 {"agency": TT, "section": "III.2", "duties": [chk("Xây dựng chuyên mục về ASEAN trên sóng Đài Truyền thanh huyện"), chk("tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam")]},
 {"agency": ag("Công an huyện"), "section": "III.3", "duties": [chk("Nắm tình hình dư luận xã hội, kịp thời phản bác các thông tin sai trái, xuyên tạc liên quan đến hội nhập ASEAN trên địa bàn")]},
 {"agency": ag("Phòng Tài chính - Kế hoạch"), "section": "III.4", "duties": [chk("Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách huyện theo phân cấp")]},
 {"agency": ag("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True), "section": "III.5", "duties": [chk("chủ động triển khai tuyên truyền trên hệ thống loa truyền thanh cơ sở"), chk("báo cáo kết quả về Phòng Văn hóa và Thông tin định kỳ hằng quý")]},
]
deadlines = [
 dl("Quý IV/2019", "period", "II.4", "Tuyên truyền trong trường học", start="2019-10-01", end="2019-12-31"),
 dl("trước ngày 05/12/2019", "due", "III.1", D, due="2019-12-05"),
 dl("ngày 05/12/2020", "due", "III.1", D, due="2020-12-05"),
 dl("định kỳ hằng quý", "recurring", "III.5", "báo cáo kết quả về Phòng Văn hóa và Thông tin", rec="quarterly"),
]
plan = {"schema": "planparse/plan@1",
 "meta": {"number": "152/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện Bù Đăng", "province": "Bình Phước",
  "issued": "2019-08-22", "title": chk("Tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 trên địa bàn huyện Bù Đăng"),
  "period": {"start": 2019, "end": 2020},
  "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"}, {"number": "2236/KH-UBND", "type": "Kế hoạch", "date": "2019-08-05"}],
  "signer": {"name": "Lê Văn Thịnh", "position": "Chủ tịch"},
  "note": "Province is not in the header (district UBND); it comes from the basis 'UBND tỉnh Bình Phước' and the stamp. Document is an image-only fax scan: all values need OCR."},
 "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines,
 "budget": {"present": True, "section": "III.4", "sources": ["state_budget", "unit_budget"],
  "clauses": [{"text": chk("Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch từ nguồn ngân sách huyện theo phân cấp; các cơ quan, đơn vị sử dụng kinh phí thường xuyên được giao để triển khai"), "section": "III.4"}],
  "amounts": [], "note": "No budget section; the clause sits in the organisation duty of Phòng Tài chính - Kế hoạch (like 1759 III.2)."}}
def area(i, title, status, secid=None, text=None, note=None):
    d = {"id": i, "title": title, "status": status}
    if status != "missing": d["evidence"] = [{"section": secid, "text": chk(text)}]
    if note: d["note"] = note
    return d
areas = [
 area("A01", "Coordination mechanism across levels and sectors; orienting the press", "partial", "III.1", "Là cơ quan thường trực, tham mưu UBND huyện theo dõi, hướng dẫn các cơ quan, đơn vị, UBND các xã, thị trấn triển khai Kế hoạch", "Only the standing-office role; no vertical/horizontal mechanism, no orienting of the press."),
 area("A02", "Share data with the ASEAN Vietnam portal / common database", "missing"),
 area("A03", "New media: app, Fanpage, livestreams, social networks", "partial", "II.1", "qua hệ thống truyền thanh, Trang thông tin điện tử huyện và mạng xã hội", "Social networks only as a channel qualifier inside II.1."),
 area("A04", "Integrate ASEAN into talks, meetings and mass organisations", "covered", "II.6", "lồng ghép nội dung về ASEAN trong các buổi sinh hoạt của Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên"),
 area("A05", "Train propaganda staff, editors and reporters", "missing"),
 area("A06", "Business outreach on the economic pillar", "covered", "II.3", "Phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử"),
 area("A07", "Youth and schools: extra-curricular content, contests", "covered", "II.4", "Đưa nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh các trường trung học cơ sở"),
 area("A08", "ASEAN Corners", "missing"),
 area("A09", "Press, broadcasting and portal programmes; relaying national broadcasts", "covered", "III.2", "Xây dựng chuyên mục về ASEAN trên sóng Đài Truyền thanh huyện; tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam", "Enumerated duty with its own verb in the organisation section."),
 area("A10", "Culture/sports exchanges, exhibitions, visual propaganda", "covered", "II.5", "Treo băng rôn, khẩu hiệu, pa nô tuyên truyền về ASEAN tại trung tâm huyện", "Visual propaganda only, but as an own task."),
 area("A11", "Trade, investment and tourism promotion, fairs", "missing"),
 area("A12", "Publications and leaflets", "partial", "II.6", "sử dụng tài liệu tuyên truyền do cấp trên cung cấp", "Only uses materials supplied from above, inside II.6; no publication is produced."),
 area("A13", "ASEAN calendar: summits, Chairmanship 2020, anniversaries", "covered", "II.2", "tuyên truyền về việc Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020, kỷ niệm 25 năm Việt Nam gia nhập ASEAN và các Hội nghị Cấp cao ASEAN"),
 area("A14", "ASEAN itself: role, achievements, three pillars, countries and peoples", "covered", "II.1", "Thông tin về vai trò, vị thế của ASEAN, những thành tựu sau hơn 50 năm hình thành và phát triển, 3 trụ cột của Cộng đồng ASEAN"),
 area("A15", "Counter false and distorted information", "covered", "III.3", "kịp thời phản bác các thông tin sai trái, xuyên tạc liên quan đến hội nhập ASEAN trên địa bàn", "Own duty of Công an huyện."),
 area("A16", "Promote the locality itself", "partial", "I", "góp phần quảng bá hình ảnh, tiềm năng của huyện Bù Đăng", "Only in the purposes section."),
]
c = sum(a["status"] == "covered" for a in areas); p = sum(a["status"] == "partial" for a in areas); m = len(areas) - c - p
audit = {"schema": "planparse/audit@1",
 "reference": {"id": "asean-2019-2020", "number": "02/QĐ-BCĐASEAN", "title": "Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020"},
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "fingerprints: Chủ tịch ASEAN 2020, 25 năm Việt Nam gia nhập ASEAN"]},
 "areas": areas,
 "checks": [
  {"id": "S1", "status": "pass", "detail": "section I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "budget clause in III.4 (ngân sách huyện, kinh phí thường xuyên)"},
  {"id": "S3", "status": "pass", "detail": "section III TỔ CHỨC THỰC HIỆN with 5 assignments"},
  {"id": "S4", "status": "pass", "detail": "III.1 báo cáo kết quả … trước ngày 05/12/2019 và ngày 05/12/2020"},
  {"id": "S5", "status": "fail", "detail": "tasks without a lead: II.1, II.5"},
  {"id": "S6", "status": "pass", "detail": "basis cites 02/QĐ-BCĐASEAN"}],
 "summary": {"covered": c, "partial": p, "missing": m, "coverage": round((c + 0.5 * p) / len(areas), 2)}}
name = "bu-dang_152-KH-UBND_2019_asean"
for suf, obj in (("plan", plan), ("audit", audit)):
    open(f"../{name}.{suf}.json", "w", encoding="utf-8").write(json.dumps(obj, ensure_ascii=False, indent=1))
print(c, p, m, len(sections), len(tasks), len(assignments), len(deadlines))
