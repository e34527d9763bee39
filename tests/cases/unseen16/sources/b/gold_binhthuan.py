# Hand gold for the UBND tỉnh Bình Thuận scanned PDF. Every value typed by hand from the text put on the page.
import sys; sys.path.insert(0, '.')
from common import *
N = 'binh-thuan_2745-KH-UBND_2021_asean-scan250'
meta = {"number": "2745/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Bình Thuận", "province": "Bình Thuận",
 "issued": "2021-09-10",
 "title": "Thực hiện Chương trình hành động của Chính phủ về tuyên truyền, quảng bá ASEAN trên địa bàn tỉnh Bình Thuận giai đoạn 2021 - 2025",
 "period": {"start": 2021, "end": 2025},
 "basis": [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"}],
 "signer": {"name": "Trần Minh Khoa", "position": "Phó Chủ tịch"},
 "note": "Image-only scan (250 dpi, tilted, stamp over the signature). 'theo đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 185/TTr-STTTT' is a request, not basis. The subject line wraps over two lines."}
TT = ["Tuyên truyền trên báo chí và Cổng Thông tin điện tử tỉnh", "Tuyên truyền trên mạng xã hội, nền tảng số", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền",
 "Thông tin, hỗ trợ doanh nghiệp", "Tuyên truyền trong trường học", "Hoạt động văn hóa, du lịch và cổ động trực quan",
 "Thông tin về lao động, việc làm trong ASEAN", "Nắm bắt dư luận, đấu tranh phản bác thông tin sai trái"]
ORG = ["Sở Thông tin và Truyền thông là cơ quan thường trực, chủ trì hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Bộ Thông tin và Truyền thông, UBND tỉnh trước ngày 15/12 hằng năm",
 "Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định",
 "Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố căn cứ chức năng, nhiệm vụ xây dựng kế hoạch và tổ chức thực hiện; báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp",
 "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền, lồng ghép nội dung về ASEAN trong hoạt động của đoàn viên, hội viên"]
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
 S("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"), S("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")] + [
 S(f"III.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(TT)] + [S("IV", "IV.", "KINH PHÍ", 1, "budget"),
 S("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization")] + [S(f"V.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(ORG)]
TTTT = A("Sở Thông tin và Truyền thông")
def tf(text, s, e): return {"text": text, "start": s, "end": e}
tasks = [
 T("III.1", TT[0], [TTTT], [A("Báo Bình Thuận"), A("Đài Phát thanh - Truyền hình Bình Thuận"), A("Cổng Thông tin điện tử tỉnh")], None,
   note="'Thời gian thực hiện: hằng năm' is not a window; it is a yearly recurring deadline."),
 T("III.2", TT[1], [TTTT], [A("Ban Tuyên giáo Tỉnh ủy")], None, note="The Sở opens the sentence as the actor; 'phối hợp với' names the support."),
 T("III.3", TT[2], [TTTT], [], None),
 T("III.4", TT[3], [A("Sở Công Thương")], [A("Sở Kế hoạch và Đầu tư"), A("Hiệp hội Thanh long Bình Thuận")], tf("2022 - 2025", "2022-01-01", "2025-12-31")),
 T("III.5", TT[4], [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh Đoàn")], None),
 T("III.6", TT[5], [A("Sở Văn hóa, Thể thao và Du lịch")], [A("Ủy ban nhân dân các huyện, thị xã, thành phố", coll=True)], None),
 T("III.7", TT[6], [A("Sở Lao động - Thương binh và Xã hội")], [], tf("2022 - 2025", "2022-01-01", "2025-12-31")),
 T("III.8", TT[7], [A("Công an tỉnh")], [TTTT], None),
]
assignments = [
 ASG(TTTT, "V.1", ["là cơ quan thường trực, chủ trì hướng dẫn, theo dõi, đôn đốc thực hiện Kế hoạch",
                   "tổng hợp kết quả, báo cáo Bộ Thông tin và Truyền thông, UBND tỉnh trước ngày 15/12 hằng năm"]),
 ASG(A("Sở Tài chính"), "V.2", ["tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành tỉnh", coll=True), "V.3", ["căn cứ chức năng, nhiệm vụ xây dựng kế hoạch và tổ chức thực hiện",
     "báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp"]),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True), "V.3", ["căn cứ chức năng, nhiệm vụ xây dựng kế hoạch và tổ chức thực hiện",
     "báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp"]),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"), "V.4", ["phối hợp tuyên truyền, lồng ghép nội dung về ASEAN trong hoạt động của đoàn viên, hội viên"]),
 ASG(A("Các tổ chức chính trị - xã hội tỉnh", "các tổ chức chính trị - xã hội tỉnh", True), "V.4", ["phối hợp tuyên truyền, lồng ghép nội dung về ASEAN trong hoạt động của đoàn viên, hội viên"]),
]
assignments[2]["note"] = "Two collectives separated by ';' give two assignments with the same duties."
deadlines = [
 D("hằng năm", "recurring", "III.1", "mở chuyên trang, chuyên mục về ASEAN", rec="yearly", note="'Thời gian thực hiện: hằng năm'."),
 D("mỗi năm", "recurring", "III.3", "tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", rec="yearly", note="'mỗi năm ít nhất 01 lớp'."),
 D("2022 - 2025", "period", "III.4", "phổ biến các cam kết trong Cộng đồng Kinh tế ASEAN", start="2022-01-01", end="2025-12-31"),
 D("nhân dịp kỷ niệm Ngày thành lập ASEAN (08/8) hằng năm", "due", "III.6", "treo cờ ASEAN, pa nô, áp phích", due="--08-08", rec="yearly",
   note="A fixed date every year for the flags and posters; read as a yearly due date (as unseen15/b did), not as vague event timing."),
 D("2022 - 2025", "period", "III.7", "tuyên truyền về cơ hội việc làm, dịch chuyển lao động có kỹ năng trong ASEAN", start="2022-01-01", end="2025-12-31"),
 D("Hằng năm", "recurring", "IV", "xây dựng dự toán kinh phí, gửi Sở Tài chính thẩm định", rec="yearly"),
 D("trước ngày 15/12 hằng năm", "due", "V.1", "tổng hợp kết quả, báo cáo Bộ Thông tin và Truyền thông, UBND tỉnh", due="--12-15", rec="yearly"),
 D("trước ngày 30/11 hằng năm", "due", "V.3", "báo cáo kết quả về Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
]
budget = {"present": True, "section": "IV", "sources": ["state_budget", "socialization", "other_lawful"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách nhà nước hằng năm của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành; huy động các nguồn xã hội hóa và các nguồn hợp pháp khác", "section": "IV"},
             {"text": "Hằng năm, các cơ quan, đơn vị được giao nhiệm vụ xây dựng dự toán kinh phí, gửi Sở Tài chính thẩm định, trình UBND tỉnh xem xét, bố trí", "section": "IV"}],
 "amounts": []}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget}
areas = [
 area("B01", "Annual ASEAN theme; three pillars; Vietnam's contribution", "covered",
      [("II", "Chủ đề ASEAN từng năm; hoạt động của ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; đóng góp của Việt Nam")]),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "covered",
      [("II", "Hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế - xã hội")]),
 area("B03", "Real-life stories, exemplary people; ASEAN awards", "missing"),
 area("B04", "ASEAN Community identity and belonging", "missing",
      note="'Tư duy Cộng đồng, Hành động Cộng đồng' in the purposes is the programme's general aim, not identity or belonging."),
 area("B05", "Promote the province to ASEAN members and partners", "covered",
      [("III.6", "quảng bá du lịch Bình Thuận tới thị trường các nước ASEAN tại các hội chợ du lịch trong nước và quốc tế"),
       ("III.4", "hỗ trợ doanh nghiệp đưa thanh long, thủy sản vào thị trường các nước ASEAN")]),
 area("B06", "New fields: e-commerce, value chains, single window, labour mobility, digital economy", "covered",
      [("III.4", "quy tắc xuất xứ, thương mại điện tử, cơ chế một cửa ASEAN"),
       ("III.7", "tuyên truyền về cơ hội việc làm, dịch chuyển lao động có kỹ năng trong ASEAN")]),
 area("B07", "Portals and new media", "covered",
      [("III.1", "mở chuyên trang, chuyên mục về ASEAN"),
       ("III.2", "chia sẻ tin, bài, video, infographic về ASEAN trên các trang mạng xã hội của cơ quan, đơn vị, địa phương")]),
 area("B08", "Visual propaganda on ASEAN days", "covered",
      [("III.6", "treo cờ ASEAN, pa nô, áp phích nhân dịp kỷ niệm Ngày thành lập ASEAN (08/8) hằng năm")]),
 area("B09", "Training and capacity building for propaganda staff", "covered",
      [("III.3", "tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ phóng viên, biên tập viên, cán bộ làm công tác thông tin đối ngoại, thông tin cơ sở")]),
 area("B10", "Contests and youth activities on ASEAN", "covered",
      [("III.5", "tổ chức, hưởng ứng cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên")]),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion", "covered",
      [("III.6", "tại các hội chợ du lịch trong nước và quốc tế; tổ chức giao lưu văn hóa, thể thao")]),
 area("B12", "Counter distorted views", "covered",
      [("III.8", "kịp thời phản bác thông tin sai trái, xuyên tạc về chủ trương hội nhập ASEAN của Đảng và Nhà nước")]),
 area("B13", "Coordination among departments, localities, organisations and media", "partial",
      [("I.2", "Tăng cường công tác phối hợp thông tin giữa các sở, ban, ngành, địa phương, các tổ chức chính trị - xã hội và các cơ quan báo chí")],
      note="Only a requirement in section I; V.1's focal role is not a coordination mechanism among these bodies."),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 chk("S2", "pass", "section IV KINH PHÍ (dự toán chi ngân sách nhà nước; xã hội hóa; nguồn hợp pháp khác)"),
 chk("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 6 assignments"),
 chk("S4", "pass", "V.1: báo cáo trước ngày 15/12 hằng năm; V.3: trước ngày 30/11 hằng năm"),
 chk("S5", "pass", "every task III.1-III.8 names a lead"),
 chk("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["cites 1160/QĐ-TTg", "period 2021-2025",
 "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; Tư duy Cộng đồng, Hành động Cộng đồng; COVID-19; 3 trụ cột"]})
