# Hand-written gold for the Long Hữu commune plan quoted in a portal article (html).
import json
A = lambda name, text, coll=False: {"name": name, "text": text, "collective": coll}
sec = lambda i, lab, t, lvl, kind=None, **kw: dict({"id": i, "label": lab, "title": t, "level": lvl}, **({"kind": kind} if kind else {}), **kw)
def dl(text, kind, section, subject, due=None, start=None, end=None, rec=None, **kw):
    return dict({"text": text, "kind": kind, "due": due, "start": start, "end": end, "recurrence": rec, "section": section, "subject": subject}, **kw)
T = lambda i, title, lead=(), support=(), **kw: dict({"id": i, "title": title, "lead": list(lead), "support": list(support), "timeframe": None}, **kw)
plan = {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "68/KH-UBND", "doc_type": "Kế hoạch",
  "issuer": "Ủy ban nhân dân xã Long Hữu", "province": "Trà Vinh", "issued": "2019-09-20",
  "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn xã Long Hữu",
  "period": {"start": 2019, "end": 2020},
  "basis": [
   {"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
   {"number": "112/KH-UBND", "type": "Kế hoạch", "date": "2019-09-10"}],
  "signer": {"name": "Nguyễn Văn Sáu", "position": "Chủ tịch"},
  "note": "Province is not in the plan's header; it comes from the portal (thị xã Duyên Hải, tỉnh Trà Vinh; Đài Phát thanh và Truyền hình Trà Vinh in II.2). The article's byline date 24/09/2019 is not the issue date."},
 "sections": [
  sec("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
  sec("II", "II.", "NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN", 1, "content"),
  sec("II.1", "1.", "Tuyên truyền về ASEAN và các sự kiện lớn", 2),
  sec("II.2", "2.", "Tiếp, phát sóng các chương trình về ASEAN của Đài Phát thanh và Truyền hình Trà Vinh, Đài Truyền thanh thị xã Duyên Hải trên hệ thống loa truyền thanh xã, kết hợp giới thiệu sản phẩm đặc trưng của địa phương", 2),
  sec("II.3", "3.", "Tuyên truyền trực quan bằng băng rôn, khẩu hiệu tại trụ sở UBND xã, nhà văn hóa các ấp và trên tuyến Quốc lộ 53 đi qua địa bàn xã", 2),
  sec("II.4", "4.", "Lồng ghép nội dung về ASEAN trong các buổi họp dân ở ấp, sinh hoạt của Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên xã, qua đó nắm bắt dư luận xã hội; phối hợp với Ban Nhân dân các ấp tổ chức thực hiện", 2),
  sec("II.5", "5.", "Các trường Tiểu học, Trung học cơ sở trên địa bàn xã lồng ghép nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa, hưởng ứng cuộc thi tìm hiểu về ASEAN do thị xã phát động", 2),
  sec("II.6", "6.", "Đăng tải tin, bài về ASEAN trên trang Facebook \"UBND xã Long Hữu\" và các nhóm Zalo của ấp", 2),
  sec("II.7", "7.", "Tiếp nhận, cấp phát tờ rơi, tài liệu tuyên truyền về ASEAN do thị xã cung cấp đến các ấp và hộ gia đình", 2),
  sec("II.8", "8.", "Cử công chức Văn hóa - Xã hội và nhân viên Đài Truyền thanh xã tham dự các lớp tập huấn nghiệp vụ tuyên truyền về ASEAN do thị xã tổ chức", 2),
  sec("III", "III.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
  sec("III.1", "1.", "Công chức Văn hóa - Xã hội xã", 2),
  sec("III.2", "2.", "Đài Truyền thanh xã", 2),
  sec("III.3", "3.", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã", 2),
  sec("III.4", "4.", "Ban Nhân dân các ấp", 2)],
 "tasks": [
  T("II.1", "Tuyên truyền về ASEAN và các sự kiện lớn"),
  T("II.2", "Tiếp, phát sóng các chương trình về ASEAN của Đài Phát thanh và Truyền hình Trà Vinh, Đài Truyền thanh thị xã Duyên Hải trên hệ thống loa truyền thanh xã",
    note="The broadcasters named are the sources of the relayed programmes, not performers."),
  T("II.3", "Tuyên truyền trực quan bằng băng rôn, khẩu hiệu"),
  T("II.4", "Lồng ghép nội dung về ASEAN trong các buổi họp dân ở ấp, sinh hoạt của Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên xã",
    support=[A("Ban Nhân dân các ấp", "Ban Nhân dân các ấp", True)],
    note="'phối hợp với Ban Nhân dân các ấp' read as support (gold convention). The mass organisations are venues, not actors."),
  T("II.5", "Các trường Tiểu học, Trung học cơ sở trên địa bàn xã lồng ghép nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa",
    lead=[A("Các trường Tiểu học, Trung học cơ sở trên địa bàn xã", "Các trường Tiểu học, Trung học cơ sở trên địa bàn xã", True)], note="actor opens the sentence"),
  T("II.6", "Đăng tải tin, bài về ASEAN trên trang Facebook \"UBND xã Long Hữu\" và các nhóm Zalo của ấp"),
  T("II.7", "Tiếp nhận, cấp phát tờ rơi, tài liệu tuyên truyền về ASEAN do thị xã cung cấp đến các ấp và hộ gia đình"),
  T("II.8", "Cử công chức Văn hóa - Xã hội và nhân viên Đài Truyền thanh xã tham dự các lớp tập huấn nghiệp vụ tuyên truyền về ASEAN do thị xã tổ chức")],
 "assignments": [
  {"agency": A("Công chức Văn hóa - Xã hội xã", "Công chức Văn hóa - Xã hội xã"), "section": "III.1", "duties": ["Tham mưu UBND xã triển khai Kế hoạch; theo dõi, tổng hợp, báo cáo kết quả thực hiện về UBND thị xã (qua Phòng Văn hóa và Thông tin) trước ngày 15/11/2019 và ngày 15/11/2020"]},
  {"agency": A("Đài Truyền thanh xã", "Đài Truyền thanh xã"), "section": "III.2", "duties": ["Thực hiện các nội dung tại điểm 2, điểm 6 Mục II", "định kỳ hàng tháng xây dựng tin, bài về ASEAN phát trên hệ thống loa truyền thanh xã"]},
  {"agency": A("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Ủy ban Mặt trận Tổ quốc Việt Nam xã"), "section": "III.3", "duties": ["Phối hợp tuyên truyền, vận động đoàn viên, hội viên tìm hiểu về ASEAN"]},
  {"agency": A("Các đoàn thể chính trị - xã hội xã", "các đoàn thể chính trị - xã hội xã", True), "section": "III.3", "duties": ["Phối hợp tuyên truyền, vận động đoàn viên, hội viên tìm hiểu về ASEAN"]},
  {"agency": A("Ban Nhân dân các ấp", "Ban Nhân dân các ấp", True), "section": "III.4", "duties": ["Tổ chức lồng ghép tuyên truyền trong các buổi họp dân"]}],
 "deadlines": [
  dl("trước ngày 15/11/2019", "due", "III.1", "báo cáo kết quả thực hiện về UBND thị xã", due="2019-11-15"),
  dl("ngày 15/11/2020", "due", "III.1", "báo cáo kết quả thực hiện về UBND thị xã", due="2020-11-15"),
  dl("định kỳ hàng tháng", "recurring", "III.2", "xây dựng tin, bài về ASEAN phát trên hệ thống loa truyền thanh xã", rec="monthly")],
 "budget": {"present": False, "section": None, "sources": [], "clauses": [], "amounts": [],
  "note": "The quoted plan says nothing about funding. '(28/7/1995 - 28/7/2020)' in II.1 narrates the anniversary and is not a deadline."}
}
def area(i, title, status, section=None, text=None, note=None):
    d = {"id": i, "title": title, "status": status}
    if status != "missing":
        d["evidence"] = [{"section": section, "text": text}]
    if note: d["note"] = note
    return d
areas = [
 area("A01", "Coordination mechanism across levels and sectors; orienting the press", "missing"),
 area("A02", "Share data and publications with the ASEAN Vietnam portal", "missing"),
 area("A03", "New media: ASEAN app, Fanpage, livestream, social networks", "covered", "II.6", "Đăng tải tin, bài về ASEAN trên trang Facebook \"UBND xã Long Hữu\" và các nhóm Zalo của ấp"),
 area("A04", "Integrate ASEAN into talks, meetings and mass organisations", "covered", "II.4", "Lồng ghép nội dung về ASEAN trong các buổi họp dân ở ấp, sinh hoạt của Hội Nông dân, Hội Liên hiệp Phụ nữ, Đoàn Thanh niên xã"),
 area("A05", "Train propaganda staff; send them to central courses", "covered", "II.8", "tham dự các lớp tập huấn nghiệp vụ tuyên truyền về ASEAN do thị xã tổ chức"),
 area("A06", "Business outreach on the economic pillar", "missing"),
 area("A07", "Youth and schools", "covered", "II.5", "lồng ghép nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa, hưởng ứng cuộc thi tìm hiểu về ASEAN"),
 area("A08", "ASEAN Corners", "missing"),
 area("A09", "Press, broadcasting and portal programmes; relaying broadcasts", "covered", "II.2", "Tiếp, phát sóng các chương trình về ASEAN của Đài Phát thanh và Truyền hình Trà Vinh"),
 area("A10", "Culture exchanges; exhibitions; visual propaganda", "covered", "II.3", "Tuyên truyền trực quan bằng băng rôn, khẩu hiệu"),
 area("A11", "Trade, investment and tourism promotion; fairs", "missing"),
 area("A12", "Publications and leaflets", "covered", "II.7", "Tiếp nhận, cấp phát tờ rơi, tài liệu tuyên truyền về ASEAN"),
 area("A13", "ASEAN calendar, Chairmanship 2020, anniversaries", "covered", "II.1", "Tuyên truyền việc Việt Nam đảm nhận vai trò Chủ tịch ASEAN năm 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 area("A14", "ASEAN's role, achievements, three pillars", "covered", "II.1", "Giới thiệu về vai trò, vị thế của ASEAN, 3 trụ cột của Cộng đồng ASEAN"),
 area("A15", "Counter false information; follow public opinion", "partial", "II.4", "qua đó nắm bắt dư luận xã hội", "A clause inside the meetings task; no countering of false information."),
 area("A16", "Promote the locality itself", "partial", "II.2", "kết hợp giới thiệu sản phẩm đặc trưng của địa phương", "A qualifier inside the broadcasting task.")]
audit = {"schema": "planparse/audit@1",
 "reference": {"id": "asean-2019-2020", "number": "02/QĐ-BCĐASEAN", "title": "Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 (reconstructed reference)"},
 "applicable": {"value": True, "reasons": ["cites 02/QĐ-BCĐASEAN", "period 2019-2020", "Chủ tịch ASEAN năm 2020"]},
 "areas": areas,
 "checks": [
  {"id": "S1", "status": "pass", "detail": "I MỤC ĐÍCH, YÊU CẦU"},
  {"id": "S2", "status": "fail", "detail": "no budget section or clause"},
  {"id": "S3", "status": "pass", "detail": "III with 5 assignments"},
  {"id": "S4", "status": "pass", "detail": "III.1 báo cáo trước ngày 15/11/2019 và ngày 15/11/2020"},
  {"id": "S5", "status": "fail", "detail": "tasks without a lead: II.1, II.2, II.3, II.4, II.6, II.7, II.8"},
  {"id": "S6", "status": "pass", "detail": "basis cites 02/QĐ-BCĐASEAN"}]}
c = sum(a["status"] == "covered" for a in areas); p = sum(a["status"] == "partial" for a in areas); m = len(areas) - c - p
audit["summary"] = {"covered": c, "partial": p, "missing": m, "coverage": round((c + 0.5 * p) / len(areas), 2)}
N = "tra-vinh_long-huu_68-KH-UBND_2019_asean-news"
json.dump(plan, open(f"{N}.plan.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(audit, open(f"{N}.audit.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
