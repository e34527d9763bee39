# Hand-written gold for the Đắk Lắk Sở Ngoại vụ plan (txt).
import json
A = lambda name, text, coll=False: {"name": name, "text": text, "collective": coll}
sec = lambda i, lab, t, lvl, kind=None, **kw: dict({"id": i, "label": lab, "title": t, "level": lvl}, **({"kind": kind} if kind else {}), **kw)
tf = lambda text, s, e: {"text": text, "start": s, "end": e}
def dl(text, kind, section, subject, due=None, start=None, end=None, rec=None, **kw):
    return dict({"text": text, "kind": kind, "due": due, "start": start, "end": end, "recurrence": rec, "section": section, "subject": subject}, **kw)
VP = dict(A("Văn phòng Sở", "Văn phòng Sở"), note="Kept as printed; spelling it out as Văn phòng Sở Ngoại vụ is arguable.")
HTQT = A("Phòng Hợp tác quốc tế", "Phòng Hợp tác quốc tế")
LS = A("Phòng Lãnh sự và Quản lý biên giới", "Phòng Lãnh sự và Quản lý biên giới")
STTTT = A("Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông")
plan = {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "412/KH-SNgV", "doc_type": "Kế hoạch",
  "issuer": "Sở Ngoại vụ tỉnh Đắk Lắk", "province": "Đắk Lắk", "issued": "2019-08-29",
  "title": "TUYÊN TRUYỀN, QUẢNG BÁ ASEAN GIAI ĐOẠN 2019 - 2020 CỦA NGÀNH NGOẠI VỤ TỈNH ĐẮK LẮK",
  "period": {"start": 2019, "end": 2020},
  "basis": [
   {"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
   {"number": "7120/KH-UBND", "type": "Kế hoạch", "date": "2019-08-20"}],
  "signer": {"name": "Trần Quốc Vinh", "position": "Phó Giám đốc"}},
 "sections": [
  sec("I", "Phần I", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
  sec("I.1", "1.", "Mục đích", 2), sec("I.2", "2.", "Yêu cầu", 2),
  sec("II", "Phần II", "NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN", 1, "content"),
  sec("II.1", "1.", "Nội dung tuyên truyền", 2),
  sec("II.1.1", "1.1.", "Tuyên truyền về vai trò, vị thế, thành tựu của ASEAN sau hơn 50 năm hình thành và phát triển; 3 trụ cột của Cộng đồng ASEAN; đất nước, con người các nước thành viên ASEAN", 3),
  sec("II.1.2", "1.2.", "Tuyên truyền về các sự kiện quan trọng của ASEAN trong năm 2019 - 2020, trọng tâm là Năm Chủ tịch ASEAN 2020 của Việt Nam với chủ đề \"Gắn kết và chủ động thích ứng\"", 3),
  sec("II.1.3", "1.3.", "Giới thiệu tiềm năng, thế mạnh, các dự án kêu gọi đầu tư và sản phẩm đặc trưng của tỉnh Đắk Lắk (cà phê, hồ tiêu, du lịch sinh thái, văn hóa cồng chiêng Tây Nguyên) đến các đối tác ASEAN", 3),
  sec("II.2", "2.", "Hình thức tuyên truyền", 2),
  sec("II.2.a", "a)", "Đăng tải tin, bài, hình ảnh trên Trang thông tin điện tử của Sở và các ấn phẩm đối ngoại của tỉnh", 3),
  sec("II.2.b", "b)", "Thông qua các hội nghị, hội thảo, buổi làm việc với đoàn khách ASEAN và các đoàn xúc tiến đầu tư, thương mại của tỉnh", 3),
  sec("II.2.c", "c)", "Cung cấp tài liệu, ấn phẩm cho các cơ quan, đơn vị, địa phương có nhu cầu", 3),
  sec("III", "Phần III", "NHIỆM VỤ CỤ THỂ", 1, "tasks"),
  sec("IV", "Phần IV", "KINH PHÍ THỰC HIỆN", 1, "budget"),
  sec("V", "Phần V", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  sec("V.1", "1.", "Văn phòng Sở", 2),
  sec("V.2", "2.", "Các phòng, đơn vị thuộc Sở", 2),
  sec("V.3", "3.", "Đề nghị Sở Thông tin và Truyền thông, Báo Đắk Lắk và Đài Phát thanh và Truyền hình tỉnh", 2)],
 "tasks": [
  {"id": "II.1", "title": "Nội dung tuyên truyền", "lead": [], "support": [], "timeframe": None},
  {"id": "II.1.1", "title": "Tuyên truyền về vai trò, vị thế, thành tựu của ASEAN", "lead": [], "support": [], "timeframe": None},
  {"id": "II.1.2", "title": "Tuyên truyền về các sự kiện quan trọng của ASEAN trong năm 2019 - 2020", "lead": [], "support": [], "timeframe": None,
   "note": "'trong năm 2019 - 2020' narrates when the events happen; not a timeframe."},
  {"id": "II.1.3", "title": "Giới thiệu tiềm năng, thế mạnh, các dự án kêu gọi đầu tư và sản phẩm đặc trưng của tỉnh Đắk Lắk", "lead": [], "support": [], "timeframe": None},
  {"id": "II.2", "title": "Hình thức tuyên truyền", "lead": [], "support": [], "timeframe": None,
   "note": "'Hình thức' is not one of the attribute titles listed in the spec, so the item is a task (like 'Nội dung tuyên truyền')."},
  {"id": "III.A.1", "title": "Duy trì chuyên mục \"ASEAN\" trên Trang thông tin điện tử của Sở Ngoại vụ; chia sẻ tin, bài, dữ liệu với Cổng thông tin ASEAN Việt Nam",
   "lead": [VP], "support": [HTQT, LS], "timeframe": tf("2019 - 2020", "2019-01-01", "2020-12-31")},
  {"id": "III.A.2", "title": "Biên soạn, in ấn, phát hành tài liệu hỏi - đáp và tờ gấp tuyên truyền về Cộng đồng ASEAN",
   "lead": [HTQT], "support": [STTTT], "timeframe": tf("Quý IV/2019", "2019-10-01", "2019-12-31")},
  {"id": "III.A.3", "title": "Tuyên truyền về Năm Chủ tịch ASEAN 2020 của Việt Nam và kỷ niệm 25 năm Việt Nam gia nhập ASEAN",
   "lead": [HTQT], "support": [A("Báo Đắk Lắk", "Báo Đắk Lắk"), A("Đài Phát thanh và Truyền hình tỉnh", "Đài Phát thanh và Truyền hình tỉnh")], "timeframe": tf("Năm 2020", "2020-01-01", "2020-12-31")},
  {"id": "III.A.4", "title": "Lồng ghép tuyên truyền về ASEAN tại các hội nghị, buổi nói chuyện thời sự cho cán bộ, đoàn viên thanh niên, hội viên phụ nữ",
   "lead": [VP], "support": [A("Tỉnh đoàn", "Tỉnh đoàn"), A("Hội Liên hiệp Phụ nữ tỉnh", "Hội Liên hiệp Phụ nữ tỉnh")], "timeframe": None},
  {"id": "III.A.5", "title": "Cử cán bộ tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Ngoại giao, Bộ Thông tin và Truyền thông tổ chức",
   "lead": [VP], "support": [], "timeframe": None},
  {"id": "III.B.1", "title": "Đưa nội dung giới thiệu về ASEAN vào các chương trình giao lưu văn hóa, hữu nghị với các tỉnh Đông Bắc Campuchia và Nam Lào",
   "lead": [HTQT], "support": [A("Sở Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"), A("Liên hiệp các tổ chức hữu nghị tỉnh", "Liên hiệp các tổ chức hữu nghị tỉnh")],
   "timeframe": tf("2019 - 2020", "2019-01-01", "2020-12-31")},
  {"id": "III.B.2", "title": "Cung cấp thông tin về tiềm năng, thế mạnh, danh mục dự án kêu gọi đầu tư của tỉnh cho các cơ quan đại diện và đoàn khách các nước ASEAN đến làm việc",
   "lead": [HTQT], "support": [A("Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư"), A("Trung tâm Xúc tiến Đầu tư tỉnh", "Trung tâm Xúc tiến Đầu tư tỉnh")], "timeframe": None},
  {"id": "III.B.3", "title": "Nắm bắt dư luận xã hội, phối hợp đấu tranh, phản bác các thông tin sai trái, xuyên tạc về quan hệ Việt Nam - ASEAN và vấn đề Biển Đông",
   "lead": [LS], "support": [A("Công an tỉnh", "Công an tỉnh")], "timeframe": None}],
 "assignments": [
  {"agency": VP, "section": "V.1", "duties": ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch", "tổng hợp kết quả thực hiện, tham mưu Giám đốc Sở báo cáo UBND tỉnh và Sở Thông tin và Truyền thông trước ngày 05/12/2019 và ngày 05/12/2020"]},
  {"agency": A("Các phòng, đơn vị thuộc Sở", "Các phòng, đơn vị thuộc Sở", True), "section": "V.2", "duties": ["Căn cứ nhiệm vụ được phân công tại Phần III, chủ động xây dựng nội dung chi tiết và triển khai thực hiện", "định kỳ hàng quý báo cáo kết quả về Văn phòng Sở để tổng hợp"]},
  {"agency": STTTT, "section": "V.3", "duties": ["Phối hợp, hỗ trợ Sở Ngoại vụ đăng tải, phát sóng các tin, bài, phóng sự về hoạt động đối ngoại liên quan đến ASEAN của tỉnh"]},
  {"agency": A("Báo Đắk Lắk", "Báo Đắk Lắk"), "section": "V.3", "duties": ["Phối hợp, hỗ trợ Sở Ngoại vụ đăng tải, phát sóng các tin, bài, phóng sự về hoạt động đối ngoại liên quan đến ASEAN của tỉnh"]},
  {"agency": A("Đài Phát thanh và Truyền hình tỉnh", "Đài Phát thanh và Truyền hình tỉnh"), "section": "V.3", "duties": ["Phối hợp, hỗ trợ Sở Ngoại vụ đăng tải, phát sóng các tin, bài, phóng sự về hoạt động đối ngoại liên quan đến ASEAN của tỉnh"]}],
 "deadlines": [
  dl("2019 - 2020", "period", "III", "Duy trì chuyên mục \"ASEAN\" trên Trang thông tin điện tử của Sở Ngoại vụ", start="2019-01-01", end="2020-12-31"),
  dl("Quý IV/2019", "period", "III", "Biên soạn, in ấn, phát hành tài liệu hỏi - đáp và tờ gấp", start="2019-10-01", end="2019-12-31"),
  dl("Năm 2020", "period", "III", "Tuyên truyền về Năm Chủ tịch ASEAN 2020 của Việt Nam", start="2020-01-01", end="2020-12-31"),
  dl("2019 - 2020", "period", "III", "Đưa nội dung giới thiệu về ASEAN vào các chương trình giao lưu văn hóa, hữu nghị", start="2019-01-01", end="2020-12-31"),
  dl("trước ngày 05/12/2019", "due", "V.1", "báo cáo UBND tỉnh và Sở Thông tin và Truyền thông", due="2019-12-05"),
  dl("ngày 05/12/2020", "due", "V.1", "báo cáo UBND tỉnh và Sở Thông tin và Truyền thông", due="2020-12-05"),
  dl("định kỳ hàng quý", "recurring", "V.2", "báo cáo kết quả về Văn phòng Sở", rec="quarterly")],
 "budget": {"present": True, "section": "IV", "sources": ["unit_budget"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được sử dụng từ nguồn kinh phí chi thường xuyên năm 2019, năm 2020 đã giao cho Sở Ngoại vụ, lồng ghép với kinh phí thực hiện công tác thông tin đối ngoại của Sở", "section": "IV"}],
  "amounts": [],
  "note": "Recurrent expenditure already allotted to the department and integrated with its own programme: unit_budget only (not state_budget, though the recurrent budget is ultimately state money)."}
}
def area(i, title, status, section=None, text=None, note=None):
    d = {"id": i, "title": title, "status": status}
    if status != "missing":
        d["evidence"] = [{"section": section, "text": text}]
    if note: d["note"] = note
    return d
areas = [
 area("A01", "Coordination mechanism across levels and sectors; orienting the press", "partial", "I.2", "Phát huy cơ chế phối hợp giữa Sở Ngoại vụ với các sở, ngành, địa phương và cơ quan báo chí trong thông tin về ASEAN", "Only a requirement in the purposes part."),
 area("A02", "Share data and publications with the ASEAN Vietnam portal", "covered", "III", "chia sẻ tin, bài, dữ liệu với Cổng thông tin ASEAN Việt Nam", "Second clause of row A.1, with its own verb."),
 area("A03", "New media: ASEAN app, Fanpage, livestream, social networks", "missing"),
 area("A04", "Integrate ASEAN into talks, meetings and mass organisations", "covered", "III", "Lồng ghép tuyên truyền về ASEAN tại các hội nghị, buổi nói chuyện thời sự cho cán bộ, đoàn viên thanh niên, hội viên phụ nữ"),
 area("A05", "Train propaganda staff; send them to central courses", "covered", "III", "Cử cán bộ tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 area("A06", "Business outreach on the economic pillar", "partial", "III", "qua đó giúp doanh nghiệp của tỉnh tiếp cận cơ hội kinh doanh tại các nước ASEAN", "A purpose clause inside row B.2; no ASEAN commitments, rules of origin etc."),
 area("A07", "Youth and schools", "missing"),
 area("A08", "ASEAN Corners", "missing"),
 area("A09", "Press, broadcasting and portal programmes, columns", "covered", "III", "Duy trì chuyên mục \"ASEAN\" trên Trang thông tin điện tử của Sở Ngoại vụ"),
 area("A10", "Culture, sports and tourism exchanges; exhibitions; visual propaganda", "covered", "III", "Đưa nội dung giới thiệu về ASEAN vào các chương trình giao lưu văn hóa, hữu nghị với các tỉnh Đông Bắc Campuchia và Nam Lào", "Cultural exchanges only; no visual propaganda. An own row, so covered."),
 area("A11", "Trade, investment and tourism promotion; fairs", "partial", "II.2.b", "các đoàn xúc tiến đầu tư, thương mại của tỉnh", "Only as a channel (occasion) in a forms item."),
 area("A12", "Publications and leaflets", "covered", "III", "Biên soạn, in ấn, phát hành tài liệu hỏi - đáp và tờ gấp tuyên truyền về Cộng đồng ASEAN"),
 area("A13", "ASEAN calendar, Chairmanship 2020, anniversaries", "covered", "III", "Tuyên truyền về Năm Chủ tịch ASEAN 2020 của Việt Nam và kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 area("A14", "ASEAN's role, achievements, three pillars; countries and peoples", "covered", "II.1.1", "Tuyên truyền về vai trò, vị thế, thành tựu của ASEAN sau hơn 50 năm hình thành và phát triển; 3 trụ cột của Cộng đồng ASEAN; đất nước, con người các nước thành viên ASEAN"),
 area("A15", "Counter false and distorted information; follow public opinion", "covered", "III", "Nắm bắt dư luận xã hội, phối hợp đấu tranh, phản bác các thông tin sai trái, xuyên tạc về quan hệ Việt Nam - ASEAN"),
 area("A16", "Promote the province itself", "covered", "II.1.3", "Giới thiệu tiềm năng, thế mạnh, các dự án kêu gọi đầu tư và sản phẩm đặc trưng của tỉnh Đắk Lắk")]
audit = {"schema": "planparse/audit@1",
 "reference": {"id": "asean-2019-2020", "number": "02/QĐ-BCĐASEAN", "title": "Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 (reconstructed reference)"},
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "Chủ tịch ASEAN 2020"]},
 "areas": areas,
 "checks": [
  {"id": "S1", "status": "pass", "detail": "Phần I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "pass", "detail": "Phần IV KINH PHÍ THỰC HIỆN"},
  {"id": "S3", "status": "pass", "detail": "Phần V with 5 assignments"},
  {"id": "S4", "status": "pass", "detail": "V.1 báo cáo trước ngày 05/12/2019 và ngày 05/12/2020"},
  {"id": "S5", "status": "fail", "detail": "tasks without a lead: II.1 (and its sub-tasks II.1.1–II.1.3), II.2"},
  {"id": "S6", "status": "pass", "detail": "basis cites 02/QĐ-BCĐASEAN"}]}
c = sum(a["status"] == "covered" for a in areas); p = sum(a["status"] == "partial" for a in areas); m = len(areas) - c - p
audit["summary"] = {"covered": c, "partial": p, "missing": m, "coverage": round((c + 0.5 * p) / len(areas), 2)}
N = "dak-lak_412-KH-SNgV_2019_asean"
json.dump(plan, open(f"{N}.plan.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(audit, open(f"{N}.audit.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
