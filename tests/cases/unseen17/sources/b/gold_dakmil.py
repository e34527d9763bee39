# Hand gold for the UBND huyện Đắk Mil portal page. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'dak-nong_dak-mil_1874-KH-UBND_2019_asean-huyenportal'
meta = {"number": "1874/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân huyện Đắk Mil", "province": "Đắk Nông",
 "issued": "2019-10-15", "title": "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Đắk Mil",
 "period": {"start": 2019, "end": 2020},
 "basis": [{"number": "612/KH-UBND", "type": "Kế hoạch", "date": "2019-10-04"}],
 "signer": {"name": "Lê Văn Chiến", "position": "Phó Chủ tịch"},
 "note": "The portal's metadata table ('Số ký hiệu', 'Ngày ban hành', 'Người ký') agrees with the document's own header and signature."}
H3 = ["Tuyên truyền trên sóng truyền thanh - truyền hình huyện", "Tuyên truyền trên Cổng thông tin điện tử và mạng xã hội", "Tuyên truyền cổ động trực quan",
      "Tuyên truyền cho doanh nghiệp, hợp tác xã", "Tuyên truyền trong trường học", "Lồng ghép tuyên truyền trong sinh hoạt của các đoàn thể",
      "Tuyên truyền cho Nhân dân khu vực biên giới", "Quảng bá hình ảnh huyện Đắk Mil"]
ORG = ["Phòng Văn hóa và Thông tin huyện", "Phòng Tài chính - Kế hoạch huyện", "Các cơ quan, đơn vị được phân công nhiệm vụ", "UBND các xã, thị trấn"]
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
 S("III", "III.", "HÌNH THỨC VÀ NHIỆM VỤ CỤ THỂ", 1, "tasks")] + [S(f"III.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(H3)] + [
 S("IV", "IV.", "KINH PHÍ", 1, "budget"), S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization")] + [
 S(f"V.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(ORG)]
sections[2]["note"] = "Heading joins forms and tasks ('HÌNH THỨC VÀ NHIỆM VỤ CỤ THỂ'); its items are concrete assigned tasks, so kind tasks."
VHTT = A("Phòng Văn hóa và Thông tin huyện"); KTHT = A("Phòng Kinh tế - Hạ tầng huyện")
def tf(text, s, e): return {"text": text, "start": s, "end": e}
tasks = [
 T("III.1", H3[0], [A("Trung tâm Văn hóa - Thể thao - Truyền thanh huyện")], []),
 T("III.2", H3[1], [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], []),
 T("III.3", H3[2], [VHTT], [A("Ủy ban nhân dân thị trấn Đắk Mil", "UBND thị trấn Đắk Mil"), A("Ủy ban nhân dân xã Thuận An", "UBND xã Thuận An")],
   tf("tháng 01 - 02/2020", "2020-01-01", "2020-02-29")),
 T("III.4", H3[3], [KTHT], [A("Phòng Nông nghiệp và Phát triển nông thôn huyện")], tf("quý II/2020", "2020-04-01", "2020-06-30")),
 T("III.5", H3[4], [A("Phòng Giáo dục và Đào tạo huyện")], [], tf("năm học 2019 - 2020", "2019-09-01", "2020-05-31"),
   note="The Phòng opens the text as the actor ('chỉ đạo các trường'); the schools are not named as a role. A school year runs September to May."),
 T("III.6", H3[5], [A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Ủy ban MTTQ Việt Nam huyện"), A("Huyện đoàn"), A("Hội Liên hiệp Phụ nữ huyện"), A("Hội Nông dân huyện")], [],
   note="'Đề nghị X, Y, Z, W lồng ghép …': the requested bodies are the actors, so leads."),
 T("III.7", H3[6], [A("Đồn Biên phòng Cửa khẩu Đắk Per")], [A("Ủy ban nhân dân các xã Thuận An, Đắk Lao", "UBND các xã Thuận An, Đắk Lao", True)],
   note="'Đề nghị X chủ trì, phối hợp với Y': X lead. 'UBND các xã Thuận An, Đắk Lao' kept as one plural entry, as written."),
 T("III.8", H3[7], [VHTT], [KTHT], tf("năm 2020", "2020-01-01", "2020-12-31")),
]
assignments = [
 ASG(VHTT, "V.1", ["Là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc việc triển khai Kế hoạch",
                   "Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 05/12/2019 và trước ngày 05/12/2020"]),
 ASG(A("Phòng Tài chính - Kế hoạch huyện"), "V.2", ["Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các cơ quan, đơn vị được phân công nhiệm vụ", coll=True), "V.3", ["Chủ động triển khai các nhiệm vụ được giao tại mục III",
                   "Báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 25/11 hằng năm"]),
 ASG(A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True), "V.4",
     ["Căn cứ Kế hoạch này tổ chức tuyên truyền về ASEAN trên hệ thống truyền thanh cơ sở và trong các cuộc họp thôn, bon, tổ dân phố"]),
]
deadlines = [
 D("02 lần/tháng", "recurring", "III.1", "xây dựng chuyên mục “Đắk Mil hướng tới Cộng đồng ASEAN”, phát sóng 02 lần/tháng", rec="monthly"),
 D("tháng 01 - 02/2020", "period", "III.3", "treo băng rôn, khẩu hiệu, pa nô chào mừng Năm Chủ tịch ASEAN 2020", start="2020-01-01", end="2020-02-29"),
 D("quý II/2020", "period", "III.4", "tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử", start="2020-04-01", end="2020-06-30"),
 D("năm học 2019 - 2020", "period", "III.5", "lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh", start="2019-09-01", end="2020-05-31"),
 D("năm 2020", "period", "III.8", "biên soạn, in ấn 3.000 tờ gấp giới thiệu tiềm năng du lịch", start="2020-01-01", end="2020-12-31"),
 D("trước ngày 05/12/2019", "due", "V.1", "Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông", due="2019-12-05"),
 D("trước ngày 05/12/2020", "due", "V.1", "Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông", due="2020-12-05"),
 D("trước ngày 25/11 hằng năm", "due", "V.3", "Báo cáo kết quả về Phòng Văn hóa và Thông tin huyện", due="--11-25", rec="yearly"),
]
budget = {"present": True, "section": "IV", "sources": ["state_budget"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách huyện trong dự toán năm 2019, năm 2020 của Phòng Văn hóa và Thông tin huyện", "section": "IV"}],
 "amounts": [{"text": "45.000.000 đồng", "vnd": 45000000}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget}
areas = [
 area("A01", "Coordination mechanism; orienting the press", "partial",
      [("V.1", "Là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc việc triển khai Kế hoạch")],
      note="Only the focal-office role and a requirement of coordination in I; no vertical/horizontal mechanism, no orienting of the press."),
 area("A02", "Share data with the ASEAN Vietnam portal / common database", "missing", note="The Fanpage is used (A03) but nothing about the ASEAN Vietnam portal or a shared database."),
 area("A03", "New media: ASEAN app and Fanpage, social networks", "covered",
      [("III.2", "chia sẻ các tin, bài từ Ứng dụng và Fanpage “ASEAN và Việt Nam” trên các nhóm Zalo, Facebook của các cơ quan, đơn vị")]),
 area("A04", "Integrate ASEAN into talks, meetings and mass organisations", "covered",
      [("III.6", "lồng ghép nội dung về ASEAN trong các buổi sinh hoạt chi hội, chi đoàn, các buổi nói chuyện chuyên đề cho đoàn viên, hội viên")]),
 area("A05", "Train propaganda staff, editors and reporters", "missing"),
 area("A06", "Business outreach on the economic pillar", "covered",
      [("III.4", "tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử cho doanh nghiệp, hợp tác xã xuất khẩu cà phê, hồ tiêu")]),
 area("A07", "Youth and schools: extra-curricular content, contests", "covered",
      [("III.5", "lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh")]),
 area("A08", "ASEAN Corners", "missing"),
 area("A09", "Press, broadcasting and portal programmes; relaying national broadcasts", "covered",
      [("III.1", "xây dựng chuyên mục “Đắk Mil hướng tới Cộng đồng ASEAN”, phát sóng 02 lần/tháng; tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh - Truyền hình Đắk Nông")]),
 area("A10", "Culture/sports exchanges, exhibitions, visual propaganda", "covered",
      [("III.3", "treo băng rôn, khẩu hiệu, pa nô chào mừng Năm Chủ tịch ASEAN 2020")], note="Visual propaganda only; no cultural exchange."),
 area("A11", "Trade, investment and tourism promotion; fairs", "partial",
      [("III.8", "giới thiệu tại các hội chợ, triển lãm do tỉnh tổ chức")], note="One clause inside the leaflet task: the district only shows its leaflets at the province's fairs."),
 area("A12", "Publications and leaflets", "covered", [("III.8", "biên soạn, in ấn 3.000 tờ gấp giới thiệu tiềm năng du lịch, sản phẩm cà phê, hồ tiêu và các dự án kêu gọi đầu tư của huyện")]),
 area("A13", "The ASEAN calendar, Chairmanship 2020, anniversaries", "covered",
      [("II", "Năm 2020 Việt Nam đảm nhận vai trò Chủ tịch ASEAN; kỷ niệm 25 năm Việt Nam gia nhập ASEAN")]),
 area("A14", "ASEAN itself: role, achievements, pillars, countries and peoples", "covered",
      [("II", "Vai trò, vị thế của ASEAN; các thành tựu của Cộng đồng ASEAN trên 3 trụ cột; đất nước, con người các nước ASEAN")]),
 area("A15", "Counter false and distorted information", "covered",
      [("III.7", "đấu tranh, phản bác các thông tin sai trái, xuyên tạc")]),
 area("A16", "Promote the province (here the district) itself", "covered",
      [("II", "Tiềm năng, thế mạnh của huyện Đắk Mil: cà phê, hồ tiêu, sầu riêng; du lịch sinh thái hồ Tây Đắk Mil; Cửa khẩu Đắk Per"),
       ("III.8", "Quảng bá hình ảnh huyện Đắk Mil")]),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 chk("S2", "pass", "section IV KINH PHÍ (ngân sách huyện, 45.000.000 đồng)"),
 chk("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 4 assignments"),
 chk("S4", "pass", "V.1: báo cáo trước ngày 05/12/2019 và trước ngày 05/12/2020; V.3: trước ngày 25/11 hằng năm"),
 chk("S5", "pass", "every task III.1-III.8 opens with or names its lead"),
 chk("S6", "pass", "basis cites provincial plan 612/KH-UBND (tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020)",
     note="The plan cites only the provincial plan; that it implements 02/QĐ-BCĐASEAN is read from its title.")]
write(N, plan, areas, checks, "asean-2019-2020", {"value": True, "reasons": ["implements provincial plan 612/KH-UBND on ASEAN 2019-2020", "period 2019-2020",
      "fingerprints: Năm Chủ tịch ASEAN 2020; nắm bắt được cơ hội để phát triển; Ứng dụng và Fanpage"]})
