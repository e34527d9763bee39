"""Hand-written gold answers for the four plans of folder D (written from the spec, not from planparse)."""
import json, unicodedata
from pathlib import Path
OUT = Path(__file__).resolve().parent.parent

def A(name, text=None, collective=False, **kw):
    d = {"name": name, "text": text or name, "collective": collective}
    d.update(kw)
    return d

def S(id, title, kind=None, note=None):
    label = id.split(".")[-1]
    label = label + ("." if not label.isalpha() or label.isupper() else ")")
    d = {"id": id, "label": label, "title": title, "level": id.count(".") + 1}
    if kind:
        d["kind"] = kind
    if note:
        d["note"] = note
    return d

def T(id, title, lead, support=(), tf=None, note=None):
    d = {"id": id, "title": title, "lead": list(lead), "support": list(support), "timeframe": tf}
    if note:
        d["note"] = note
    return d

def TF(text, start, end):
    return {"text": text, "start": start, "end": end}

def D(text, kind, section, subject, due=None, start=None, end=None, rec=None, note=None):
    d = {"text": text, "kind": kind, "due": due, "start": start, "end": end, "recurrence": rec,
         "section": section, "subject": subject}
    if note:
        d["note"] = note
    return d

def ASG(agency, section, duties):
    return {"agency": agency, "section": section, "duties": duties}

def write(name, plan):
    plan = {"schema": "planparse/plan@1", **plan}
    s = json.dumps(plan, ensure_ascii=False, indent=1)
    s = unicodedata.normalize("NFC", s)
    (OUT / f"{name}.plan.json").write_text(s + "\n", encoding="utf-8")

# ---------------------------------------------------------------- 1. Bến Tre, Sở Công Thương (.md)
VPS = A("Văn phòng Sở")
PQLTM = A("Phòng Quản lý Thương mại")
TTKC = A("Trung tâm Khuyến công và Xúc tiến thương mại")
PKH = A("Phòng Kế hoạch - Tài chính - Tổng hợp")
write("ben-tre_2318-KH-SCT_2021_asean-congthuong", {
 "meta": {
  "number": "2318/KH-SCT", "doc_type": "Kế hoạch",
  "issuer": "Sở Công Thương tỉnh Bến Tre", "province": "Bến Tre", "issued": "2021-10-22",
  "title": "Thông tin, tuyên truyền về Cộng đồng ASEAN trong lĩnh vực công thương giai đoạn 2021-2025",
  "period": {"start": 2021, "end": 2025},
  "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
            {"number": "6052/KH-UBND", "type": "Kế hoạch", "date": "2021-10-01"}],
  "signer": {"name": "Lê Văn Hưởng", "position": "Phó Giám đốc"}},
 "sections": [
  S("I", "MỤC ĐÍCH, YÊU CẦU", "purpose"), S("I.1", "Mục đích"), S("I.2", "Yêu cầu"),
  S("II", "NHIỆM VỤ CỤ THỂ", "tasks"),
  S("II.1", "Tuyên truyền các cam kết kinh tế của Việt Nam trong ASEAN và các hiệp định thương mại tự do giữa ASEAN với các đối tác"),
  S("II.2", "Hướng dẫn doanh nghiệp về quy tắc xuất xứ và Cơ chế một cửa ASEAN"),
  S("II.3", "Đẩy mạnh thương mại điện tử và chuyển đổi số trong doanh nghiệp"),
  S("II.4", "Tổ chức, tham gia hội chợ, triển lãm và các đoàn xúc tiến thương mại tại các nước ASEAN"),
  S("II.5", "Thông tin về chuỗi cung ứng giá trị khu vực và công nghiệp hỗ trợ"),
  S("II.6", "Duy trì chuyên mục \"Cộng đồng ASEAN\" trên Trang thông tin điện tử của Sở và trang mạng xã hội của Sở"),
  S("II.7", "Tuyên truyền về hợp tác năng lượng ASEAN và sử dụng năng lượng tiết kiệm, hiệu quả"),
  S("II.8", "Phổ biến thông tin về phòng, chống buôn lậu, gian lận thương mại và hàng giả trong giao thương với các nước ASEAN"),
  S("II.9", "Tập huấn, bồi dưỡng kỹ năng thông tin, tuyên truyền về ASEAN cho công chức, viên chức của Sở"),
  S("II.10", "Thông tin về hợp tác ASEAN trong ứng phó với dịch COVID-19 và phục hồi kinh tế"),
  S("III", "KINH PHÍ THỰC HIỆN", "budget"),
  S("IV", "TỔ CHỨC THỰC HIỆN", "organization"),
  S("IV.1", "Văn phòng Sở"),
  S("IV.2", "Các phòng chuyên môn, Trung tâm Khuyến công và Xúc tiến thương mại"),
  S("IV.3", "Đề nghị Hiệp hội Doanh nghiệp tỉnh Bến Tre và Cục Quản lý thị trường tỉnh Bến Tre")],
 "tasks": [
  T("II.1", "Tuyên truyền các cam kết kinh tế của Việt Nam trong ASEAN và các hiệp định thương mại tự do giữa ASEAN với các đối tác", [PQLTM], [VPS]),
  T("II.2", "Hướng dẫn doanh nghiệp về quy tắc xuất xứ và Cơ chế một cửa ASEAN", [PQLTM], [A("Hiệp hội Doanh nghiệp tỉnh Bến Tre")], TF("2022 - 2025", "2022-01-01", "2025-12-31")),
  T("II.3", "Đẩy mạnh thương mại điện tử và chuyển đổi số trong doanh nghiệp", [TTKC], [PQLTM, A("Sở Thông tin và Truyền thông")]),
  T("II.4", "Tổ chức, tham gia hội chợ, triển lãm và các đoàn xúc tiến thương mại tại các nước ASEAN", [TTKC], [PQLTM], None, "'thời gian: hằng năm' is not a window (spec): timeframe null, a yearly recurring deadline."),
  T("II.5", "Thông tin về chuỗi cung ứng giá trị khu vực và công nghiệp hỗ trợ", [A("Phòng Quản lý Công nghiệp")], [TTKC]),
  T("II.6", "Duy trì chuyên mục \"Cộng đồng ASEAN\" trên Trang thông tin điện tử của Sở và trang mạng xã hội của Sở", [VPS], [A("Các phòng, đơn vị thuộc Sở", "các phòng, đơn vị thuộc Sở", True)]),
  T("II.7", "Tuyên truyền về hợp tác năng lượng ASEAN và sử dụng năng lượng tiết kiệm, hiệu quả", [A("Phòng Quản lý Năng lượng")], [A("Công ty Điện lực Bến Tre")]),
  T("II.8", "Phổ biến thông tin về phòng, chống buôn lậu, gian lận thương mại và hàng giả trong giao thương với các nước ASEAN", [A("Thanh tra Sở")], [A("Cục Quản lý thị trường tỉnh Bến Tre")]),
  T("II.9", "Tập huấn, bồi dưỡng kỹ năng thông tin, tuyên truyền về ASEAN cho công chức, viên chức của Sở", [VPS], [PKH], TF("Quý III/2022", "2022-07-01", "2022-09-30"), "Bộ Công Thương and Sở TT&TT organise the courses staff attend; they are not support of this task."),
  T("II.10", "Thông tin về hợp tác ASEAN trong ứng phó với dịch COVID-19 và phục hồi kinh tế", [PKH], [], TF("2021 - 2022", "2021-01-01", "2022-12-31"))],
 "assignments": [
  ASG(VPS, "IV.1", ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch", "Tổng hợp kết quả, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 10 tháng 12 hằng năm"]),
  ASG(A("Các phòng chuyên môn", "Các phòng chuyên môn", True), "IV.2", ["Căn cứ nhiệm vụ được giao, chủ động xây dựng nội dung chi tiết và triển khai thực hiện", "Định kỳ 6 tháng (trước ngày 05/6) và hằng năm (trước ngày 05/12) gửi báo cáo kết quả về Văn phòng Sở để tổng hợp"]),
  ASG(TTKC, "IV.2", ["Căn cứ nhiệm vụ được giao, chủ động xây dựng nội dung chi tiết và triển khai thực hiện", "Định kỳ 6 tháng (trước ngày 05/6) và hằng năm (trước ngày 05/12) gửi báo cáo kết quả về Văn phòng Sở để tổng hợp"]),
  ASG(A("Hiệp hội Doanh nghiệp tỉnh Bến Tre"), "IV.3", ["Phối hợp với Sở Công Thương trong việc cung cấp thông tin, vận động hội viên, doanh nghiệp tham gia các hoạt động của Kế hoạch"]),
  ASG(A("Cục Quản lý thị trường tỉnh Bến Tre"), "IV.3", ["Phối hợp với Sở Công Thương trong việc cung cấp thông tin, vận động hội viên, doanh nghiệp tham gia các hoạt động của Kế hoạch"])],
 "deadlines": [
  D("2022 - 2025", "period", "II.2", "Hướng dẫn doanh nghiệp về quy tắc xuất xứ và Cơ chế một cửa ASEAN", start="2022-01-01", end="2025-12-31"),
  D("hằng năm", "recurring", "II.4", "Tổ chức, tham gia hội chợ, triển lãm", rec="yearly"),
  D("Quý III/2022", "period", "II.9", "Tập huấn, bồi dưỡng kỹ năng thông tin, tuyên truyền về ASEAN", start="2022-07-01", end="2022-09-30"),
  D("2021 - 2022", "period", "II.10", "Thông tin về hợp tác ASEAN trong ứng phó với dịch COVID-19", start="2021-01-01", end="2022-12-31"),
  D("trước ngày 20 tháng 7 hằng năm", "due", "III", "tổng hợp dự toán kinh phí thực hiện Kế hoạch", due="--07-20", rec="yearly"),
  D("trước ngày 10 tháng 12 hằng năm", "due", "IV.1", "báo cáo Ủy ban nhân dân tỉnh", due="--12-10", rec="yearly"),
  D("Định kỳ 6 tháng (trước ngày 05/6)", "due", "IV.2", "gửi báo cáo kết quả về Văn phòng Sở", due="--06-05", rec="yearly", note="Six-monthly report due 5 June every year; the '6 tháng' frequency is expressed by the two yearly due dates, as in the spec's 'định kỳ hàng năm (trước 10/12)'."),
  D("hằng năm (trước ngày 05/12)", "due", "IV.2", "gửi báo cáo kết quả về Văn phòng Sở", due="--12-05", rec="yearly")],
 "budget": {"present": True, "section": "III", "sources": ["unit_budget", "socialization"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí chi thường xuyên được giao hằng năm của Sở Công Thương, dự kiến khoảng 80 triệu đồng mỗi năm.", "section": "III"},
              {"text": "Huy động thêm nguồn xã hội hóa để tổ chức hội nghị, hội chợ và in ấn tài liệu theo quy định.", "section": "III"}],
  "amounts": [{"text": "80 triệu đồng", "vnd": 80000000}]}})

# ---------------------------------------------------------------- 2. Nam Định, UBND huyện Hải Hậu (.txt, PDF copy)
VHTT = A("Phòng Văn hóa và Thông tin huyện")
XA = A("Ủy ban nhân dân các xã, thị trấn", collective=True)
HD = A("Huyện đoàn Hải Hậu")
write("nam-dinh_112-KH-UBND_2019_asean-hai-hau", {
 "meta": {
  "number": "112/KH-UBND", "doc_type": "Kế hoạch",
  "issuer": "Ủy ban nhân dân huyện Hải Hậu", "province": "Nam Định", "issued": "2019-09-09",
  "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Hải Hậu",
  "period": {"start": 2019, "end": 2020},
  "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
            {"number": "87/KH-UBND", "type": "Kế hoạch", "date": "2019-08-14"}],
  "signer": {"name": "Vũ Văn Thành", "position": "Phó Chủ tịch"}},
 "sections": [
  S("I", "MỤC ĐÍCH, YÊU CẦU", "purpose"), S("I.1", "Mục đích"), S("I.2", "Yêu cầu"),
  S("II", "NỘI DUNG TUYÊN TRUYỀN", "content"),
  S("III", "NHIỆM VỤ CỤ THỂ", "tasks"),
  S("III.1", "Tuyên truyền trên hệ thống truyền thanh huyện và truyền thanh cơ sở"),
  S("III.2", "Tuyên truyền trên Trang thông tin điện tử huyện và các công cụ truyền thông mới"),
  S("III.3", "Tuyên truyền cổ động trực quan chào mừng Năm Chủ tịch ASEAN 2020"),
  S("III.4", "Lồng ghép tuyên truyền về ASEAN trong hoạt động của các tổ chức đoàn thể"),
  S("III.5", "Đưa nội dung về ASEAN vào hoạt động ngoại khóa trong các nhà trường"),
  S("III.6", "Cung cấp thông tin cho doanh nghiệp, hợp tác xã và hộ sản xuất"),
  S("III.7", "Quảng bá tiềm năng du lịch và sản phẩm đặc trưng của huyện"),
  S("III.8", "Theo dõi dư luận, đấu tranh phản bác thông tin sai trái, xuyên tạc"),
  S("III.9", "Tập huấn nghiệp vụ cho đội ngũ làm công tác tuyên truyền cơ sở"),
  S("IV", "KINH PHÍ THỰC HIỆN", "budget"),
  S("V", "TỔ CHỨC THỰC HIỆN", "organization"),
  S("V.1", "Phòng Văn hóa và Thông tin huyện"),
  S("V.2", "Phòng Tài chính - Kế hoạch huyện"),
  S("V.3", "Các phòng, ban, ngành của huyện"),
  S("V.4", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện"),
  S("V.5", "Ủy ban nhân dân các xã, thị trấn")],
 "tasks": [
  T("III.1", "Tuyên truyền trên hệ thống truyền thanh huyện và truyền thanh cơ sở", [A("Đài Truyền thanh huyện")], [VHTT, XA], TF("2019 - 2020", "2019-01-01", "2020-12-31")),
  T("III.2", "Tuyên truyền trên Trang thông tin điện tử huyện và các công cụ truyền thông mới", [VHTT], [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], None),
  T("III.3", "Tuyên truyền cổ động trực quan chào mừng Năm Chủ tịch ASEAN 2020", [A("Trung tâm Văn hóa, Thông tin và Thể thao huyện")], [XA], TF("Quý I/2020", "2020-01-01", "2020-03-31")),
  T("III.4", "Lồng ghép tuyên truyền về ASEAN trong hoạt động của các tổ chức đoàn thể", [VHTT], [HD, A("Hội Liên hiệp Phụ nữ huyện"), A("Hội Nông dân huyện")], TF("2019 - 2020", "2019-01-01", "2020-12-31")),
  T("III.5", "Đưa nội dung về ASEAN vào hoạt động ngoại khóa trong các nhà trường", [A("Phòng Giáo dục và Đào tạo huyện")], [HD], TF("tháng 10/2019 - tháng 5/2020", "2019-10-01", "2020-05-31")),
  T("III.6", "Cung cấp thông tin cho doanh nghiệp, hợp tác xã và hộ sản xuất", [A("Phòng Kinh tế và Hạ tầng huyện")], [A("Phòng Nông nghiệp và Phát triển nông thôn huyện")], TF("2019 - 2020", "2019-01-01", "2020-12-31")),
  T("III.7", "Quảng bá tiềm năng du lịch và sản phẩm đặc trưng của huyện", [VHTT], [A("Ủy ban nhân dân thị trấn Thịnh Long")], TF("từ tháng 4 đến tháng 9/2020", "2020-04-01", "2020-09-30")),
  T("III.8", "Theo dõi dư luận, đấu tranh phản bác thông tin sai trái, xuyên tạc", [A("Công an huyện")], [VHTT], None),
  T("III.9", "Tập huấn nghiệp vụ cho đội ngũ làm công tác tuyên truyền cơ sở", [VHTT], [A("Trung tâm Chính trị huyện")], TF("Quý IV/2019", "2019-10-01", "2019-12-31"), "The 'Đơn vị phối hợp' and 'Thời gian' lines come after the page break (page 3 header)."),
 ],
 "assignments": [
  ASG(VHTT, "V.1", ["Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn triển khai Kế hoạch", "tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 05/12/2019 và trước ngày 05/12/2020"]),
  ASG(A("Phòng Tài chính - Kế hoạch huyện"), "V.2", ["Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
  ASG(A("Các phòng, ban, ngành của huyện", collective=True), "V.3", ["Căn cứ chức năng, nhiệm vụ, xây dựng nội dung tuyên truyền cụ thể và triển khai các nhiệm vụ được giao tại Kế hoạch này"]),
  ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện"), "V.4", ["Phối hợp tuyên truyền sâu rộng trong đoàn viên, hội viên và nhân dân về Cộng đồng ASEAN"]),
  ASG(A("Các tổ chức chính trị - xã hội huyện", "các tổ chức chính trị - xã hội huyện", True), "V.4", ["Phối hợp tuyên truyền sâu rộng trong đoàn viên, hội viên và nhân dân về Cộng đồng ASEAN"]),
  ASG(XA, "V.5", ["Xây dựng kế hoạch tuyên truyền phù hợp với tình hình địa phương", "báo cáo kết quả thực hiện về Ủy ban nhân dân huyện (qua Phòng Văn hóa và Thông tin) trước ngày 25/11 hằng năm"])],
 "deadlines": [
  D("phát sóng định kỳ", "recurring", "III.1", "chuyên mục \"Hải Hậu với Cộng đồng ASEAN\"", note="'định kỳ' with no frequency: recurring, recurrence null (gold convention)."),
  D("2019 - 2020", "period", "III.1", "Tuyên truyền trên hệ thống truyền thanh huyện và truyền thanh cơ sở", start="2019-01-01", end="2020-12-31"),
  D("Quý I/2020", "period", "III.3", "Tuyên truyền cổ động trực quan", start="2020-01-01", end="2020-03-31"),
  D("2019 - 2020", "period", "III.4", "Lồng ghép tuyên truyền về ASEAN trong hoạt động của các tổ chức đoàn thể", start="2019-01-01", end="2020-12-31"),
  D("tháng 10/2019 - tháng 5/2020", "period", "III.5", "Đưa nội dung về ASEAN vào hoạt động ngoại khóa", start="2019-10-01", end="2020-05-31"),
  D("2019 - 2020", "period", "III.6", "Cung cấp thông tin cho doanh nghiệp, hợp tác xã và hộ sản xuất", start="2019-01-01", end="2020-12-31"),
  D("từ tháng 4 đến tháng 9/2020", "period", "III.7", "Quảng bá tiềm năng du lịch", start="2020-04-01", end="2020-09-30"),
  D("Quý IV/2019", "period", "III.9", "Tập huấn nghiệp vụ", start="2019-10-01", end="2019-12-31"),
  D("trước ngày 05/12/2019", "due", "V.1", "báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông", due="2019-12-05"),
  D("trước ngày 05/12/2020", "due", "V.1", "báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông", due="2020-12-05"),
  D("trước ngày 25/11 hằng năm", "due", "V.5", "báo cáo kết quả thực hiện về Ủy ban nhân dân huyện", due="--11-25", rec="yearly")],
 "budget": {"present": True, "section": "IV", "sources": ["state_budget", "socialization"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách huyện trong dự toán năm 2019, năm 2020 của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành.", "section": "IV"},
              {"text": "Khuyến khích các cơ quan, đơn vị huy động thêm nguồn xã hội hóa để triển khai các hoạt động tuyên truyền.", "section": "IV"}],
  "amounts": []}})

# ---------------------------------------------------------------- 3. Long An, UBND xã Mỹ Lộc (.txt, text table)
CCVH = A("Công chức Văn hóa - Xã hội", person=True)
BNDA = A("Ban Nhân dân các ấp", collective=True)
DTN = A("Đoàn Thanh niên xã")
HND = A("Hội Nông dân xã")
write("long-an_27-KH-UBND_2020_asean-xa-my-loc", {
 "meta": {
  "number": "27/KH-UBND", "doc_type": "Kế hoạch",
  "issuer": "Ủy ban nhân dân xã Mỹ Lộc", "province": "Long An", "issued": "2020-03-06",
  "title": "Tuyên truyền về Cộng đồng ASEAN và Năm Chủ tịch ASEAN 2020 trên địa bàn xã Mỹ Lộc năm 2020",
  "period": {"start": 2020, "end": 2020},
  "basis": [{"number": "4123/KH-UBND", "type": "Kế hoạch", "date": "2019-10-31"},
            {"number": "512/KH-UBND", "type": "Kế hoạch", "date": "2020-02-20"}],
  "signer": {"name": "Nguyễn Văn Lực", "position": "Chủ tịch"},
  "note": "Province only from the basis ('UBND tỉnh Long An'); the header names the commune only."},
 "sections": [
  S("I", "MỤC ĐÍCH, YÊU CẦU", "purpose"),
  S("II", "NỘI DUNG VÀ PHÂN CÔNG THỰC HIỆN", "content", "Heading combines content and assignment of tasks; kind from its first part (as in the Kiên Giang gold). 'tasks' is arguable."),
  S("III", "KINH PHÍ", "budget"),
  S("IV", "TỔ CHỨC THỰC HIỆN", "organization")],
 "tasks": [
  T("II.1", "Phát tin, bài về ASEAN và Năm Chủ tịch ASEAN 2020 trên hệ thống loa truyền thanh xã, ấp", [A("Đài Truyền thanh xã")], [CCVH], None),
  T("II.2", "Treo băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020 tại trụ sở UBND xã và các trục đường chính", [CCVH], [BNDA], TF("Tháng 3/2020", "2020-03-01", "2020-03-31")),
  T("II.3", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt chi đoàn, chi hội phụ nữ, chi hội nông dân", [DTN], [A("Hội Liên hiệp Phụ nữ xã"), HND], TF("Quý II/2020", "2020-04-01", "2020-06-30")),
  T("II.4", "Vận động học sinh tham gia cuộc thi tìm hiểu về ASEAN do huyện phát động", [A("Trường Trung học cơ sở Mỹ Lộc", "Trường THCS Mỹ Lộc")], [DTN], TF("Tháng 4 - 5/2020", "2020-04-01", "2020-05-31")),
  T("II.5", "Thông tin cho nông dân, hộ sản xuất về yêu cầu chất lượng nông sản xuất khẩu sang thị trường các nước ASEAN", [HND], [A("Công chức Địa chính - Nông nghiệp", person=True)], TF("Quý III/2020", "2020-07-01", "2020-09-30")),
  T("II.6", "Giới thiệu sách, tài liệu về ASEAN tại Điểm Bưu điện - Văn hóa xã", [CCVH], [A("Điểm Bưu điện - Văn hóa xã")], TF("Năm 2020", "2020-01-01", "2020-12-31")),
  T("II.7", "Nắm bắt dư luận, phản bác thông tin xấu, độc liên quan đến ASEAN và chủ quyền biển, đảo", [A("Công an xã")], [BNDA], None),
  T("II.8", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về UBND huyện", [A("Công chức Văn phòng - Thống kê", person=True)], [CCVH], None, "'Trước ngày 20/11/2020' is a due date, not a window: timeframe null, deadline attached to II.8.")],
 "assignments": [
  ASG(CCVH, "IV", ["tham mưu UBND xã triển khai Kế hoạch", "theo dõi, đôn đốc các bộ phận, đoàn thể thực hiện nhiệm vụ được phân công"]),
  ASG(A("Đài Truyền thanh xã"), "IV", ["xây dựng lịch phát thanh, bảo đảm thời lượng tuyên truyền về ASEAN ít nhất 02 lần/tuần"]),
  ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam xã"), "IV", ["phối hợp tuyên truyền đến đoàn viên, hội viên"]),
  ASG(A("Các đoàn thể xã", "các đoàn thể xã", True), "IV", ["phối hợp tuyên truyền đến đoàn viên, hội viên"]),
  ASG(A("Trưởng Ban Nhân dân các ấp", collective=True), "IV", ["thông tin đến từng hộ dân qua các buổi họp tổ nhân dân tự quản"])],
 "deadlines": [
  D("Tháng 3/2020", "period", "II.2", "Treo băng rôn, khẩu hiệu", start="2020-03-01", end="2020-03-31"),
  D("Quý II/2020", "period", "II.3", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt chi đoàn, chi hội", start="2020-04-01", end="2020-06-30"),
  D("Tháng 4 - 5/2020", "period", "II.4", "Vận động học sinh tham gia cuộc thi tìm hiểu về ASEAN", start="2020-04-01", end="2020-05-31"),
  D("Quý III/2020", "period", "II.5", "Thông tin cho nông dân, hộ sản xuất", start="2020-07-01", end="2020-09-30"),
  D("Năm 2020", "period", "II.6", "Giới thiệu sách, tài liệu về ASEAN", start="2020-01-01", end="2020-12-31"),
  D("Trước ngày 20/11/2020", "due", "II.8", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch về UBND huyện", due="2020-11-20"),
  D("ít nhất 02 lần/tuần", "recurring", "IV", "thời lượng tuyên truyền về ASEAN trên Đài Truyền thanh xã", rec="weekly", note="A frequency (twice a week) on a repeated activity; recurrence 'weekly'. Arguable."),
  D("định kỳ hằng quý", "recurring", "IV", "báo cáo tiến độ thực hiện về UBND xã", rec="quarterly"),
  D("trước ngày 15/11/2020", "due", "IV", "báo cáo năm", due="2020-11-15")],
 "budget": {"present": True, "section": "III", "sources": ["state_budget"],
  "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách xã năm 2020 đã phân bổ cho sự nghiệp văn hóa - thông tin, chi theo đúng quy định hiện hành.", "section": "III"}],
  "amounts": []}})

# ---------------------------------------------------------------- 4. Hải Phòng, UBND thành phố (.txt, web copy, by-agency duties)
TTTT = A("Sở Thông tin và Truyền thông")
SNV = A("Sở Ngoại vụ")
write("hai-phong_58-KH-UBND_2020_asean-chairmanship", {
 "meta": {
  "number": "58/KH-UBND", "doc_type": "Kế hoạch",
  "issuer": "Ủy ban nhân dân thành phố Hải Phòng", "province": "Hải Phòng", "issued": "2020-02-24",
  "title": "Thông tin, tuyên truyền về Năm Chủ tịch ASEAN 2020 của Việt Nam trên địa bàn thành phố Hải Phòng",
  "period": {"start": 2020, "end": 2020},
  "basis": [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
            {"number": "312/BTTTT-TTĐN", "type": "Công văn", "date": "2020-02-03"}],
  "signer": {"name": "Phạm Văn Lập", "position": "Phó Chủ tịch"}},
 "sections": [
  S("I", "MỤC ĐÍCH, YÊU CẦU", "purpose"),
  S("II", "NỘI DUNG TUYÊN TRUYỀN", "content"),
  S("III", "NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN, ĐƠN VỊ", "tasks"),
  S("III.1", "Sở Thông tin và Truyền thông"), S("III.2", "Sở Ngoại vụ"), S("III.3", "Sở Văn hóa và Thể thao"),
  S("III.4", "Sở Du lịch"), S("III.5", "Sở Công Thương"), S("III.6", "Sở Giáo dục và Đào tạo"),
  S("III.7", "Ban Quản lý Khu kinh tế Hải Phòng"), S("III.8", "Báo Hải Phòng, Đài Phát thanh và Truyền hình Hải Phòng"),
  S("III.9", "Công an thành phố"), S("III.10", "Ủy ban nhân dân các quận, huyện"),
  S("IV", "KINH PHÍ THỰC HIỆN", "budget"),
  S("V", "TỔ CHỨC THỰC HIỆN", "organization"),
  S("V.1", "Sở Thông tin và Truyền thông là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân thành phố và Bộ Thông tin và Truyền thông kết quả thực hiện trước ngày 15 tháng 12 hằng năm"),
  S("V.2", "Sở Tài chính tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định"),
  S("V.3", "Thủ trưởng các sở, ban, ngành thành phố; Chủ tịch Ủy ban nhân dân các quận, huyện căn cứ nhiệm vụ được giao triển khai thực hiện; gửi báo cáo sơ kết 6 tháng trước ngày 10/6/2020 và báo cáo năm trước ngày 30/11/2020 về Sở Thông tin và Truyền thông để tổng hợp"),
  S("V.4", "Đề nghị Ban Tuyên giáo Thành ủy, Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội thành phố phối hợp chỉ đạo công tác tuyên truyền trong hệ thống")],
 "tasks": [
  T("III.1", "Sở Thông tin và Truyền thông", [TTTT], [SNV], None, "Heading names the agency that performs every bullet: lead. 'Phối hợp với Sở Ngoại vụ' in a bullet: support (gold convention)."),
  T("III.2", "Sở Ngoại vụ", [SNV], []),
  T("III.3", "Sở Văn hóa và Thể thao", [A("Sở Văn hóa và Thể thao")], [], None, "'Chỉ đạo Thư viện thành phố' is direction of a subordinate, not support."),
  T("III.4", "Sở Du lịch", [A("Sở Du lịch")], [SNV]),
  T("III.5", "Sở Công Thương", [A("Sở Công Thương")], []),
  T("III.6", "Sở Giáo dục và Đào tạo", [A("Sở Giáo dục và Đào tạo")], []),
  T("III.7", "Ban Quản lý Khu kinh tế Hải Phòng", [A("Ban Quản lý Khu kinh tế Hải Phòng")], [A("Sở Kế hoạch và Đầu tư")]),
  T("III.8", "Báo Hải Phòng, Đài Phát thanh và Truyền hình Hải Phòng", [A("Báo Hải Phòng"), A("Đài Phát thanh và Truyền hình Hải Phòng")], []),
  T("III.9", "Công an thành phố", [A("Công an thành phố")], []),
  T("III.10", "Ủy ban nhân dân các quận, huyện", [A("Ủy ban nhân dân các quận, huyện", collective=True)], [])],
 "assignments": [
  ASG(TTTT, "V.1", ["Sở Thông tin và Truyền thông là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch", "tổng hợp, báo cáo Ủy ban nhân dân thành phố và Bộ Thông tin và Truyền thông kết quả thực hiện trước ngày 15 tháng 12 hằng năm"]),
  ASG(A("Sở Tài chính"), "V.2", ["Sở Tài chính tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
  ASG(A("Thủ trưởng các sở, ban, ngành thành phố", collective=True), "V.3", ["căn cứ nhiệm vụ được giao triển khai thực hiện", "gửi báo cáo sơ kết 6 tháng trước ngày 10/6/2020 và báo cáo năm trước ngày 30/11/2020 về Sở Thông tin và Truyền thông để tổng hợp"]),
  ASG(A("Chủ tịch Ủy ban nhân dân các quận, huyện", collective=True), "V.3", ["căn cứ nhiệm vụ được giao triển khai thực hiện", "gửi báo cáo sơ kết 6 tháng trước ngày 10/6/2020 và báo cáo năm trước ngày 30/11/2020 về Sở Thông tin và Truyền thông để tổng hợp"]),
  ASG(A("Ban Tuyên giáo Thành ủy"), "V.4", ["phối hợp chỉ đạo công tác tuyên truyền trong hệ thống"]),
  ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"), "V.4", ["phối hợp chỉ đạo công tác tuyên truyền trong hệ thống"]),
  ASG(A("Các tổ chức chính trị - xã hội thành phố", "các tổ chức chính trị - xã hội thành phố", True), "V.4", ["phối hợp chỉ đạo công tác tuyên truyền trong hệ thống"])],
 "deadlines": [
  D("trước ngày 05/3/2020", "due", "III.1", "mở chuyên trang, chuyên mục \"Năm Chủ tịch ASEAN 2020\"", due="2020-03-05"),
  D("trong Quý III/2020", "period", "III.1", "Tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", start="2020-07-01", end="2020-09-30"),
  D("trong tháng 6 năm 2020", "period", "III.2", "tổ chức hội nghị thông tin đối ngoại về Năm Chủ tịch ASEAN 2020", start="2020-06-01", end="2020-06-30"),
  D("trước ngày 31 tháng 3 năm 2020", "due", "III.3", "trang trí, tuyên truyền cổ động trực quan", due="2020-03-31"),
  D("trong Quý III/2020", "period", "III.5", "tổ chức ít nhất 02 hội nghị phổ biến", start="2020-07-01", end="2020-09-30"),
  D("trong tháng 10/2020", "period", "III.6", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông", start="2020-10-01", end="2020-10-31"),
  D("định kỳ hằng tuần", "recurring", "III.8", "phát sóng chuyên mục về Năm Chủ tịch ASEAN 2020", rec="weekly"),
  D("trước ngày 15 tháng 12 hằng năm", "due", "V.1", "báo cáo Ủy ban nhân dân thành phố và Bộ Thông tin và Truyền thông", due="--12-15", rec="yearly"),
  D("trước ngày 10/6/2020", "due", "V.3", "gửi báo cáo sơ kết 6 tháng về Sở Thông tin và Truyền thông", due="2020-06-10"),
  D("trước ngày 30/11/2020", "due", "V.3", "gửi báo cáo năm về Sở Thông tin và Truyền thông", due="2020-11-30")],
 "budget": {"present": True, "section": "IV", "sources": ["state_budget"],
  "clauses": [{"text": "Kinh phí thực hiện Kế hoạch do ngân sách thành phố bảo đảm theo phân cấp ngân sách hiện hành, được bố trí trong dự toán năm 2020 của các cơ quan, đơn vị; tổng kinh phí dự kiến 1,2 tỷ đồng.", "section": "IV"}],
  "amounts": [{"text": "1,2 tỷ đồng", "vnd": 1200000000}]}})
print("ok")
