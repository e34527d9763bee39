"""Hand-written gold answers (typed by the author from the spec; planparse not used)."""
import json, unicodedata
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent

def A(name, text=None, coll=False):
    return {"name": name, "text": text or name, "collective": coll}

def S(id_, title, kind=None):
    lvl = id_.count(".") + 1
    lab = id_.split(".")[-1]
    label = lab + (")" if lab.isalpha() and lab.islower() else ".")
    d = {"id": id_, "label": label, "title": title, "level": lvl}
    if kind: d["kind"] = kind
    return d

def T(id_, title, lead=(), support=(), tf=None, note=None):
    d = {"id": id_, "title": title, "lead": list(lead), "support": list(support), "timeframe": tf}
    if note: d["note"] = note
    return d

def TF(text, s, e): return {"text": text, "start": s, "end": e}

def D(text, kind, section, subject, due=None, start=None, end=None, rec=None):
    return {"text": text, "kind": kind, "due": due, "start": start, "end": end, "recurrence": rec,
            "section": section, "subject": subject}

def SA(name, text, section, duties, coll=False):
    return {"agency": A(name, text, coll), "section": section, "duties": duties}

def write(name, plan):
    s = json.dumps(plan, ensure_ascii=False, indent=1)
    (OUT / f"{name}.plan.json").write_text(unicodedata.normalize("NFC", s) + "\n", encoding="utf-8")

STTTT = "Sở Thông tin và Truyền thông"
BTG = "Ban Tuyên giáo Tỉnh ủy"
VH = "Sở Văn hóa, Thể thao và Du lịch"

# ------------------------------------------------------------------ 1 Hà Giang
write("ha-giang_2315-KH-UBND_2019_asean", {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "2315/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Hà Giang",
  "province": "Hà Giang", "issued": "2019-08-12",
  "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 trên địa bàn tỉnh Hà Giang",
  "period": {"start": 2019, "end": 2020},
  "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
            {"number": "03/BTTTT-BCĐASEAN", "type": "Công văn", "date": "2019-06-26"}],
  "signer": {"name": "Trần Đức Quý", "position": "Phó Chủ tịch"},
  "note": "Tờ trình 87/TTr-STTTT is cited under 'Xét đề nghị' and is not basis."},
 "sections": [
  S("I", "MỤC ĐÍCH, YÊU CẦU", "purpose"), S("I.1", "Mục đích"), S("I.2", "Yêu cầu"),
  S("II", "NỘI DUNG TUYÊN TRUYỀN", "content"),
  S("III", "NHIỆM VỤ VÀ GIẢI PHÁP", "tasks"),
  S("III.1", "Tăng cường công tác chỉ đạo, phối hợp thông tin tuyên truyền về ASEAN"),
  S("III.2", "Tuyên truyền trên báo chí, phát thanh, truyền hình"),
  S("III.2.a", "Mở chuyên trang, chuyên mục về ASEAN; tăng thời lượng tin, bài bằng tiếng Mông, tiếng Dao"),
  S("III.2.b", "Tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam"),
  S("III.3", "Tuyên truyền trên Cổng Thông tin điện tử tỉnh và mạng xã hội"),
  S("III.4", "Tuyên truyền qua hệ thống thông tin cơ sở"),
  S("III.5", "Tuyên truyền cổ động trực quan"),
  S("III.6", "Tuyên truyền cho doanh nghiệp"),
  S("III.7", "Tuyên truyền trong nhà trường"),
  S("III.8", "Tuyên truyền qua các tổ chức chính trị - xã hội"),
  S("III.9", "Tập huấn, bồi dưỡng nghiệp vụ"),
  S("III.10", "Quảng bá hình ảnh tỉnh Hà Giang tới các nước ASEAN"),
  S("IV", "KINH PHÍ THỰC HIỆN", "budget"),
  S("V", "TỔ CHỨC THỰC HIỆN", "organization"),
  S("V.1", "Sở Thông tin và Truyền thông"), S("V.2", "Sở Tài chính"),
  S("V.3", "Các sở, ban, ngành, đoàn thể tỉnh; Ủy ban nhân dân các huyện, thành phố")],
 "tasks": [
  T("III.1", "Tăng cường công tác chỉ đạo, phối hợp thông tin tuyên truyền về ASEAN",
    [A(STTTT)], [A(BTG)], note="Lead from 'là đầu mối'; support from 'phối hợp với'."),
  T("III.2", "Tuyên truyền trên báo chí, phát thanh, truyền hình",
    [A("Báo Hà Giang"), A("Đài Phát thanh và Truyền hình Hà Giang")], [A(STTTT)]),
  T("III.3", "Tuyên truyền trên Cổng Thông tin điện tử tỉnh và mạng xã hội",
    [A("Văn phòng Ủy ban nhân dân tỉnh")], [], TF("Quý IV/2019 - Quý IV/2020", "2019-10-01", "2020-12-31"),
    note="'chia sẻ dữ liệu với Cổng thông tin ASEAN Việt Nam' is not a support role."),
  T("III.4", "Tuyên truyền qua hệ thống thông tin cơ sở",
    [A("Ủy ban nhân dân các huyện, thành phố", coll=True)]),
  T("III.5", "Tuyên truyền cổ động trực quan",
    [A(VH)], [A("Ủy ban nhân dân các huyện, thành phố", coll=True)], TF("Tháng 7/2020", "2020-07-01", "2020-07-31")),
  T("III.6", "Tuyên truyền cho doanh nghiệp",
    [A("Sở Công Thương")], [A("Sở Kế hoạch và Đầu tư"), A("Cục Hải quan tỉnh Hà Giang")]),
  T("III.7", "Tuyên truyền trong nhà trường", [A("Sở Giáo dục và Đào tạo")]),
  T("III.8", "Tuyên truyền qua các tổ chức chính trị - xã hội",
    [A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), A("Tỉnh Đoàn"), A("Hội Liên hiệp Phụ nữ tỉnh"), A("Hội Nông dân tỉnh")],
    note="'Đề nghị X, Y, Z, W lồng ghép …': the agencies are the actors of the task, read as lead."),
  T("III.9", "Tập huấn, bồi dưỡng nghiệp vụ", [A(STTTT)], [A(BTG)],
    TF("Quý III/2020", "2020-07-01", "2020-09-30")),
  T("III.10", "Quảng bá hình ảnh tỉnh Hà Giang tới các nước ASEAN",
    [A(VH), A("Sở Ngoại vụ"), A("Sở Kế hoạch và Đầu tư")]),
 ],
 "assignments": [
  SA(STTTT, STTTT, "V.1", ["Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch",
                          "Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 15/12 hằng năm"]),
  SA("Sở Tài chính", "Sở Tài chính", "V.2", ["Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
  SA("Các sở, ban, ngành, đoàn thể tỉnh", "Các sở, ban, ngành, đoàn thể tỉnh", "V.3",
     ["Căn cứ Kế hoạch này, xây dựng kế hoạch chi tiết của cơ quan, đơn vị, địa phương",
      "Gửi báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 05/12 hằng năm để tổng hợp"], True),
  SA("Ủy ban nhân dân các huyện, thành phố", "Ủy ban nhân dân các huyện, thành phố", "V.3",
     ["Căn cứ Kế hoạch này, xây dựng kế hoạch chi tiết của cơ quan, đơn vị, địa phương",
      "Gửi báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 05/12 hằng năm để tổng hợp"], True)],
 "deadlines": [
  D("Quý IV/2019 - Quý IV/2020", "period", "III.3", "Thời gian thực hiện", start="2019-10-01", end="2020-12-31"),
  D("Tháng 7/2020", "period", "III.5", "Thời gian thực hiện", start="2020-07-01", end="2020-07-31"),
  D("Quý III/2020", "period", "III.9", "Thời gian", start="2020-07-01", end="2020-09-30"),
  D("trước ngày 15/12 hằng năm", "due", "V.1", "báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông",
    due="--12-15", rec="yearly"),
  D("trước ngày 05/12 hằng năm", "due", "V.3", "Gửi báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông",
    due="--12-05", rec="yearly")],
 "budget": {"present": True, "section": "IV",
            "sources": ["state_budget", "unit_budget", "socialization", "other_lawful"],
            "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp ngân sách hiện hành và lồng ghép trong kinh phí thường xuyên của các cơ quan, đơn vị", "section": "IV"}],
            "amounts": [{"text": "350 triệu đồng", "vnd": 350000000}]},
 "note": "II content is bullets only, so it has no numbered tasks; '(28/7/1995 - 28/7/2020)' narrates an anniversary and is not a deadline."
})

# ------------------------------------------------------------------ 2 Quảng Bình
PQLDL, VPS = "Phòng Quản lý Du lịch", "Văn phòng Sở"
TTXT = "Trung tâm Thông tin Xúc tiến du lịch"
TTVH = "Trung tâm Văn hóa - Điện ảnh tỉnh"
PVHGD = "Phòng Quản lý Văn hóa và Gia đình"
def y(t, a, b): return TF(t, a, b)
write("quang-binh_1462-KH-SVHTTDL_2021_asean-culture", {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "1462/KH-SVHTTDL", "doc_type": "Kế hoạch",
  "issuer": "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Bình", "province": "Quảng Bình", "issued": "2021-10-18",
  "title": "Tuyên truyền, quảng bá ASEAN trong lĩnh vực văn hóa, thể thao và du lịch giai đoạn 2021-2025",
  "period": {"start": 2021, "end": 2025},
  "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
            {"number": "1873/KH-UBND", "type": "Kế hoạch", "date": "2021-09-24"}],
  "signer": {"name": "Hoàng Minh Đức", "position": "Phó Giám đốc"}},
 "sections": [
  S("I", "MỤC ĐÍCH, YÊU CẦU", "purpose"), S("I.1", "Mục đích"), S("I.2", "Yêu cầu"),
  S("II", "NỘI DUNG TUYÊN TRUYỀN", "content"),
  S("III", "NHIỆM VỤ CỤ THỂ", "tasks"),
  S("IV", "KINH PHÍ THỰC HIỆN", "budget"),
  S("V", "TỔ CHỨC THỰC HIỆN", "organization"),
  S("V.1", "Văn phòng Sở"), S("V.2", "Các phòng chuyên môn và đơn vị sự nghiệp trực thuộc Sở"),
  S("V.3", "Đề nghị Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố")],
 "tasks": [
  T("PL.1", "Xây dựng, duy trì Góc ASEAN tại Thư viện tỉnh và thư viện các huyện, thị xã, thành phố",
    [A("Thư viện tỉnh")], [A("Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố", coll=True)],
    y("Năm 2022", "2022-01-01", "2022-12-31")),
  T("PL.2", "Trưng bày sách, báo, tư liệu về Cộng đồng ASEAN nhân Ngày ASEAN",
    [A("Thư viện tỉnh")], [A("Bảo tàng tỉnh")], None, note="Lead cell vertically merged with row 1 (w:vMerge)."),
  T("PL.3", "Tổ chức triển lãm ảnh \"Quảng Bình - Điểm đến của ASEAN\"",
    [A("Bảo tàng tỉnh")], [A(TTVH)], y("Quý III/2022", "2022-07-01", "2022-09-30")),
  T("PL.4", "Tuyên truyền cổ động trực quan: pa nô, áp phích, băng rôn, treo cờ ASEAN dịp Ngày ASEAN",
    [A(TTVH)], [A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True)]),
  T("PL.5", "Cung cấp thông tin, hình ảnh về hoạt động văn hóa, du lịch gắn với ASEAN cho Báo Quảng Bình, Đài Phát thanh và Truyền hình Quảng Bình",
    [A(VPS)], [A(PQLDL)], note="Lead kept as printed ('Văn phòng Sở'); canonical long form would be 'Văn phòng Sở Văn hóa, Thể thao và Du lịch'."),
  T("PL.6", "Cập nhật chuyên mục \"Quảng Bình hội nhập ASEAN\" trên Trang thông tin điện tử của Sở; chia sẻ tin, bài trên mạng xã hội và các nền tảng số",
    [A(VPS)], [A(TTXT)], y("2021 - 2025", "2021-01-01", "2025-12-31"),
    note="Time cell has a tracked change: w:del '2023', w:ins '2025'; accepted text is '2021 - 2025'. Lead cell vMerged with row 5."),
  T("PL.7", "Xây dựng phóng sự, phim tài liệu giới thiệu Vườn quốc gia Phong Nha - Kẻ Bàng, di sản thiên nhiên thế giới",
    [A(TTXT)], [A("Đài Phát thanh và Truyền hình Quảng Bình")], y("Năm 2023", "2023-01-01", "2023-12-31")),
  T("PL.8", "Tham gia hội chợ du lịch tại các nước ASEAN; quảng bá sản phẩm du lịch Quảng Bình tới thị trường Thái Lan, Lào",
    [A(PQLDL)], [A(TTXT), A("Hiệp hội Du lịch tỉnh")]),
  T("PL.9", "Đón các đoàn famtrip, presstrip từ các nước ASEAN khảo sát sản phẩm du lịch của tỉnh",
    [A(PQLDL)], [A("Sở Ngoại vụ")], y("2022 - 2025", "2022-01-01", "2025-12-31")),
  T("PL.10", "Tổ chức giao lưu văn hóa, nghệ thuật với tỉnh Khăm Muồn (Lào)",
    [A(PVHGD)], [A(TTVH)], y("Năm 2022", "2022-01-01", "2022-12-31"), note="Carries a Word comment; comment text is not plan text."),
  T("PL.11", "Tổ chức giải chạy Marathon quốc tế khám phá Quảng Bình có vận động viên các nước ASEAN tham gia",
    [A("Phòng Quản lý Thể dục thể thao")], [A("Trung tâm Huấn luyện và Thi đấu thể thao tỉnh")]),
  T("PL.12", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho cán bộ văn hóa cơ sở",
    [A(PVHGD)], [A(STTTT)], y("Quý II/2022", "2022-04-01", "2022-06-30"))],
 "assignments": [
  SA(VPS, VPS, "V.1", ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch",
                       "tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 30/11 hằng năm"]),
  SA("Các phòng chuyên môn và đơn vị sự nghiệp trực thuộc Sở", "Các phòng chuyên môn và đơn vị sự nghiệp trực thuộc Sở", "V.2",
     ["Căn cứ nhiệm vụ được phân công tại Phụ lục, chủ động xây dựng kế hoạch chi tiết và tổ chức thực hiện",
      "gửi báo cáo kết quả về Văn phòng Sở trước ngày 15/11 hằng năm"], True),
  SA("Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố", "Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố", "V.3",
     ["Phối hợp với các đơn vị thuộc Sở tổ chức các hoạt động tuyên truyền, quảng bá ASEAN tại địa phương",
      "tham mưu Ủy ban nhân dân cấp huyện bố trí địa điểm trưng bày, cổ động trực quan"], True)],
 "deadlines": [
  D("Năm 2022", "period", "PL.1", "Xây dựng, duy trì Góc ASEAN", start="2022-01-01", end="2022-12-31"),
  D("Hằng năm", "recurring", "PL.2", "Trưng bày sách, báo, tư liệu về Cộng đồng ASEAN", rec="yearly"),
  D("Quý III/2022", "period", "PL.3", "Tổ chức triển lãm ảnh", start="2022-07-01", end="2022-09-30"),
  D("Hằng năm", "recurring", "PL.4", "Tuyên truyền cổ động trực quan", rec="yearly"),
  D("2021 - 2025", "period", "PL.6", "Cập nhật chuyên mục", start="2021-01-01", end="2025-12-31"),
  D("Năm 2023", "period", "PL.7", "Xây dựng phóng sự, phim tài liệu", start="2023-01-01", end="2023-12-31"),
  D("Hằng năm", "recurring", "PL.8", "Tham gia hội chợ du lịch", rec="yearly"),
  D("2022 - 2025", "period", "PL.9", "Đón các đoàn famtrip, presstrip", start="2022-01-01", end="2025-12-31"),
  D("Năm 2022", "period", "PL.10", "Tổ chức giao lưu văn hóa, nghệ thuật", start="2022-01-01", end="2022-12-31"),
  D("Hằng năm", "recurring", "PL.11", "Tổ chức giải chạy Marathon", rec="yearly"),
  D("Quý II/2022", "period", "PL.12", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền", start="2022-04-01", end="2022-06-30"),
  D("trước ngày 30/11 hằng năm", "due", "V.1", "báo cáo Ủy ban nhân dân tỉnh", due="--11-30", rec="yearly"),
  D("trước ngày 15/11 hằng năm", "due", "V.2", "gửi báo cáo kết quả về Văn phòng Sở", due="--11-15", rec="yearly")],
 "budget": {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget", "sponsorship"],
            "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách nhà nước giao cho Sở", "section": "IV"}],
            "amounts": []},
 "note": "III has no numbered items (it points to the annex); the annex is numbered independently, so all tasks are PL.<STT>. Group rows I-IV (gridSpan) are neither tasks nor sections. Row 5 'Thường xuyên' gives no timeframe and no deadline."
})

# ------------------------------------------------------------------ 3 Cần Giuộc (HTML)
PVHTT = "Phòng Văn hóa và Thông tin huyện"
TTH = "Trung tâm Văn hóa, Thể thao và Truyền thanh huyện"
write("can-giuoc_1287-KH-UBND_2022_asean", {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "1287/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện Cần Giuộc",
  "province": "Long An", "issued": "2022-03-21",
  "title": "Tuyên truyền, quảng bá ASEAN năm 2022 trên địa bàn huyện Cần Giuộc",
  "period": {"start": 2022, "end": 2022},
  "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
            {"number": "812/KH-UBND", "type": "Kế hoạch", "date": "2022-03-01"}],
  "signer": {"name": "Đỗ Thanh Hùng", "position": "Phó Chủ tịch"},
  "note": "Province is not in the header (only 'HUYỆN CẦN GIUỘC'); Long An is stated in the preamble (Kế hoạch of Ủy ban nhân dân tỉnh Long An)."},
 "sections": [
  S("1", "MỤC ĐÍCH, YÊU CẦU", "purpose"),
  S("2", "NHIỆM VỤ CỤ THỂ", "tasks"),
  S("2.1", "Tuyên truyền trên Trang thông tin điện tử huyện và mạng xã hội"),
  S("2.2", "Tuyên truyền trên hệ thống truyền thanh"),
  S("2.3", "Tuyên truyền cổ động trực quan"),
  S("2.4", "Tuyên truyền cho doanh nghiệp, hợp tác xã"),
  S("2.5", "Tuyên truyền trong trường học"),
  S("2.6", "Tuyên truyền trong đoàn viên, hội viên"),
  S("2.7", "Tập huấn nghiệp vụ"),
  S("2.8", "Đấu tranh, phản bác thông tin sai trái"),
  S("3", "KINH PHÍ", "budget"),
  S("4", "TỔ CHỨC THỰC HIỆN", "organization"),
  S("4.1", PVHTT), S("4.2", "Phòng Tài chính - Kế hoạch huyện"),
  S("4.3", "Các cơ quan, ban, ngành, đoàn thể huyện; Ủy ban nhân dân các xã, thị trấn")],
 "tasks": [
  T("2.1", "Tuyên truyền trên Trang thông tin điện tử huyện và mạng xã hội", [A(PVHTT)], [A(TTH)]),
  T("2.2", "Tuyên truyền trên hệ thống truyền thanh", [A(TTH)], [],
    TF("từ tháng 4 đến tháng 12/2022", "2022-04-01", "2022-12-31")),
  T("2.3", "Tuyên truyền cổ động trực quan", [A(TTH)], [A("Ủy ban nhân dân các xã, thị trấn", coll=True)],
    note="'hoàn thành trước ngày 05/8/2022' is a due date, not a timeframe; '(08/8/1967 - 08/8/2022)' narrates."),
  T("2.4", "Tuyên truyền cho doanh nghiệp, hợp tác xã", [A("Phòng Kinh tế huyện")],
    [A("Phòng Tài chính - Kế hoạch huyện")], TF("Quý III/2022", "2022-07-01", "2022-09-30")),
  T("2.5", "Tuyên truyền trong trường học", [A("Phòng Giáo dục và Đào tạo huyện")]),
  T("2.6", "Tuyên truyền trong đoàn viên, hội viên", [A("Huyện Đoàn")],
    [A("Hội Liên hiệp Phụ nữ huyện"), A("Hội Nông dân huyện")]),
  T("2.7", "Tập huấn nghiệp vụ", [A(PVHTT)]),
  T("2.8", "Đấu tranh, phản bác thông tin sai trái", [A("Công an huyện")], [A(PVHTT)])],
 "assignments": [
  SA(PVHTT, PVHTT, "4.1", ["Là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch",
                           "tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 10/12/2022"]),
  SA("Phòng Tài chính - Kế hoạch huyện", "Phòng Tài chính - Kế hoạch huyện", "4.2",
     ["Thẩm định, tham mưu Ủy ban nhân dân huyện cấp kinh phí thực hiện Kế hoạch theo quy định"]),
  SA("Các cơ quan, ban, ngành, đoàn thể huyện", "Các cơ quan, ban, ngành, đoàn thể huyện", "4.3",
     ["Căn cứ Kế hoạch này, tổ chức tuyên truyền phù hợp với chức năng, nhiệm vụ",
      "báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện trước ngày 30/11/2022"], True),
  SA("Ủy ban nhân dân các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "4.3",
     ["Căn cứ Kế hoạch này, tổ chức tuyên truyền phù hợp với chức năng, nhiệm vụ",
      "báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện trước ngày 30/11/2022"], True)],
 "deadlines": [
  D("từ tháng 4 đến tháng 12/2022", "period", "2.2", "Thời gian thực hiện", start="2022-04-01", end="2022-12-31"),
  D("hoàn thành trước ngày 05/8/2022", "due", "2.3", "treo băng rôn, pa nô, cờ ASEAN", due="2022-08-05"),
  D("Quý III/2022", "period", "2.4", "Thời gian thực hiện", start="2022-07-01", end="2022-09-30"),
  D("trước ngày 10/12/2022", "due", "4.1", "báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông", due="2022-12-10"),
  D("trước ngày 30/11/2022", "due", "4.3", "báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện", due="2022-11-30")],
 "budget": {"present": True, "section": "3", "sources": ["state_budget", "unit_budget"],
            "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách huyện năm 2022", "section": "3"}],
            "amounts": [{"text": "15.000.000 đồng", "vnd": 15000000}, {"text": "25.000.000 đồng", "vnd": 25000000}]},
 "note": "No Roman headings: parts are Arabic 1-4, tasks are the dotted items 2.1-2.8 (ids '2.1' …). The closing 'Đề nghị các cơ quan, đơn vị nghiêm túc triển khai' is not an assignment."
})
print("gold written")

# ------------------------------------------------------------------ 4 Hướng Hóa (portal page)
PVH4 = "Phòng Văn hóa và Thông tin huyện"
write("huong-hoa_145-KH-UBND_2019_asean-portal", {
 "schema": "planparse/plan@1",
 "meta": {
  "number": "145/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện Hướng Hóa",
  "province": "Quảng Trị", "issued": "2019-09-05",
  "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 trên địa bàn huyện Hướng Hóa",
  "period": {"start": 2019, "end": 2020},
  "basis": [{"number": "3961/KH-UBND", "type": "Kế hoạch", "date": "2019-08-20"}],
  "signer": {"name": "Lê Văn Tuấn", "position": "Phó Chủ tịch"},
  "note": "The 'Văn bản liên quan' sidebar (98/KH-UBND, 1520/UBND-VH, 210/BC-UBND, and 3961 again) is site chrome, not basis."},
 "sections": [
  S("I", "MỤC ĐÍCH, YÊU CẦU", "purpose"),
  S("II", "NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN", "content"),
  S("II.1", "Tuyên truyền trên hệ thống truyền thanh - truyền hình huyện"),
  S("II.2", "Tuyên truyền tại Cửa khẩu quốc tế Lao Bảo và khu vực biên giới"),
  S("II.3", "Tuyên truyền cổ động trực quan"),
  S("II.4", "Tuyên truyền trong trường học"),
  S("II.5", "Hỗ trợ thông tin cho doanh nghiệp"),
  dict(S("II.6", "Thời gian thực hiện: năm 2019 và năm 2020"), note="Attribute item: a section, not a task."),
  S("III", "KINH PHÍ", "budget"),
  S("IV", "TỔ CHỨC THỰC HIỆN", "organization"),
  S("IV.1", "Giao Phòng Văn hóa và Thông tin huyện chủ trì, theo dõi, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch này"),
  S("IV.2", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể huyện lồng ghép nội dung tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên"),
  S("IV.3", "Ủy ban nhân dân các xã, thị trấn căn cứ Kế hoạch này triển khai thực hiện tại địa phương")],
 "tasks": [
  T("II.1", "Tuyên truyền trên hệ thống truyền thanh - truyền hình huyện",
    [A("Đài Truyền thanh - Truyền hình huyện")], [A(PVH4)], TF("năm 2019 - 2020", "2019-01-01", "2020-12-31")),
  T("II.2", "Tuyên truyền tại Cửa khẩu quốc tế Lao Bảo và khu vực biên giới",
    [A("Đồn Biên phòng Cửa khẩu quốc tế Lao Bảo")],
    [A("Ủy ban nhân dân thị trấn Lao Bảo", "UBND thị trấn Lao Bảo"), A("Ủy ban nhân dân các xã biên giới", "UBND các xã biên giới", True)],
    TF("Quý IV/2019", "2019-10-01", "2019-12-31")),
  T("II.3", "Tuyên truyền cổ động trực quan", [A("Trung tâm Văn hóa - Thông tin huyện")], [],
    TF("tháng 11/2020", "2020-11-01", "2020-11-30")),
  T("II.4", "Tuyên truyền trong trường học", [A("Phòng Giáo dục và Đào tạo huyện")]),
  T("II.5", "Hỗ trợ thông tin cho doanh nghiệp", [A("Phòng Kinh tế và Hạ tầng huyện")], [A("Hội Doanh nghiệp huyện")])],
 "assignments": [
  SA(PVH4, PVH4, "IV.1", ["chủ trì, theo dõi, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch này",
                          "Tổng hợp, báo cáo kết quả về UBND huyện trước ngày 20/11/2019 và ngày 20/11/2020"]),
  SA("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "IV.2",
     ["lồng ghép nội dung tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên"]),
  SA("Các đoàn thể huyện", "các đoàn thể huyện", "IV.2",
     ["lồng ghép nội dung tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên"], True),
  SA("Ủy ban nhân dân các xã, thị trấn", "Ủy ban nhân dân các xã, thị trấn", "IV.3",
     ["căn cứ Kế hoạch này triển khai thực hiện tại địa phương"], True)],
 "deadlines": [
  D("định kỳ", "recurring", "II.1", "phát sóng chuyên mục \"ASEAN - Ngôi nhà chung\"", rec=None),
  D("năm 2019 - 2020", "period", "II.1", "Thời gian", start="2019-01-01", end="2020-12-31"),
  D("Quý IV/2019", "period", "II.2", "Thời gian", start="2019-10-01", end="2019-12-31"),
  D("tháng 11/2020", "period", "II.3", "Thời gian", start="2020-11-01", end="2020-11-30"),
  dict(D("năm 2019 và năm 2020", "period", "II.6", "Thời gian thực hiện", start="2019-01-01", end="2020-12-31"),
       note="Body 'Thời gian thực hiện' item restating the plan period; kept as a period, as in the Kiên Giang gold (II.3)."),
  D("trước ngày 20/11/2019", "due", "IV.1", "báo cáo kết quả về UBND huyện", due="2019-11-20"),
  D("ngày 20/11/2020", "due", "IV.1", "báo cáo kết quả về UBND huyện", due="2020-11-20")],
 "budget": {"present": True, "section": "III", "sources": ["state_budget", "socialization"],
            "clauses": [{"text": "Kinh phí thực hiện được bố trí trong dự toán ngân sách huyện giao cho các cơ quan, đơn vị", "section": "III"}],
            "amounts": []},
 "note": "'phát sóng định kỳ' (no frequency) is recurring with recurrence null, following the gold convention for 'định kỳ'."
})
print("gold 4 written")
