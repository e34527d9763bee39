# Hand gold for the Hội LHPN tỉnh Bến Tre PDF. Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'ben-tre_27-KH-HPN_2022_asean-hoipdf'
meta = {"number": "27/KH-HPN", "doc_type": "Kế hoạch", "issuer": "Hội Liên hiệp Phụ nữ tỉnh Bến Tre", "province": "Bến Tre",
 "issued": "2022-07-18", "title": "Tuyên truyền về ASEAN trong cán bộ, hội viên, phụ nữ giai đoạn 2022 - 2025",
 "period": {"start": 2022, "end": 2025},
 "basis": [{"number": "3658/KH-UBND", "type": "Kế hoạch", "date": "2022-06-24"}],
 "signer": {"name": "Phan Thị Ngọc Diễm", "position": "Chủ tịch"},
 "note": "Header 'HỘI LHPN VIỆT NAM' (parent) / 'HỘI LHPN TỈNH BẾN TRE' (issuer) / '***'; 'Số: 27 /KH-HPN' → 27/KH-HPN. Signature 'TM. BAN THƯỜNG VỤ / CHỦ TỊCH'. The subject line wraps over two lines."}
TT = ["Tuyên truyền trong sinh hoạt chi, tổ hội phụ nữ", "Tuyên truyền trên Trang thông tin điện tử và mạng xã hội",
 "Hỗ trợ phụ nữ khởi nghiệp, kinh doanh tiếp cận thị trường ASEAN", "Phòng, chống mua bán người và lao động di cư trái phép",
 "Giới thiệu gương phụ nữ điển hình", "Tập huấn cho báo cáo viên, tuyên truyền viên của Hội", "Hưởng ứng các hoạt động về ASEAN tại địa phương"]
ORG = ["Ban Tuyên giáo Hội LHPN tỉnh", "Các Ban, Văn phòng Hội LHPN tỉnh", "Hội LHPN các huyện, thành phố"]
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("I.1", "1.", "Mục đích", 2), S("I.2", "2.", "Yêu cầu", 2),
 S("II", "II.", "NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN", 1, "content")] + [S(f"II.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(TT)] + [
 S("III", "III.", "KINH PHÍ", 1, "budget"), S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization")] + [
 S(f"IV.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(ORG)]
BTG = A("Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh", "Ban Tuyên giáo Hội LHPN tỉnh")
HUYEN = A("Hội Liên hiệp Phụ nữ các huyện, thành phố", "Hội LHPN các huyện, thành phố", True)
tasks = [
 T("II.1", TT[0], [HUYEN], [], None, note="The collective opens the text as the actor ('chỉ đạo cơ sở Hội lồng ghép …')."),
 T("II.2", TT[1], [BTG], [A("Văn phòng Hội Liên hiệp Phụ nữ tỉnh", "Văn phòng Hội LHPN tỉnh")], None),
 T("II.3", TT[2], [A("Ban Kinh tế Hội Liên hiệp Phụ nữ tỉnh", "Ban Kinh tế Hội LHPN tỉnh")], [A("Sở Công Thương"), A("Hội Nữ doanh nhân tỉnh")], None,
   note="'mỗi năm 01 lớp' is a yearly recurring deadline, not a window."),
 T("II.4", TT[3], [A("Ban Gia đình - Xã hội Hội Liên hiệp Phụ nữ tỉnh", "Ban Gia đình - Xã hội Hội LHPN tỉnh")],
   [A("Công an tỉnh"), A("Bộ Chỉ huy Bộ đội Biên phòng tỉnh")], {"text": "năm 2023", "start": "2023-01-01", "end": "2023-12-31"}),
 T("II.5", TT[4], [BTG], [A("Báo Đồng Khởi"), A("Đài Phát thanh và Truyền hình Bến Tre")], None,
   note="Ban Tuyên giáo opens the text as the actor; 'phối hợp với' names the support."),
 T("II.6", TT[5], [BTG], [], {"text": "quý IV/2022", "start": "2022-10-01", "end": "2022-12-31"},
   note="Trung ương Hội and Sở TT&TT only organise the courses staff attend; not support."),
 T("II.7", TT[6], [HUYEN], [], None),
]
assignments = [
 ASG(BTG, "IV.1", ["Tham mưu Ban Thường vụ Hội LHPN tỉnh triển khai Kế hoạch; theo dõi, hướng dẫn, đôn đốc các cấp Hội thực hiện",
                   "Tổng hợp kết quả, báo cáo Ban Thường vụ Hội LHPN tỉnh và Sở Thông tin và Truyền thông trước ngày 05/12 hằng năm"]),
 ASG(A("Các Ban Hội Liên hiệp Phụ nữ tỉnh", "Các Ban", True), "IV.2", ["Căn cứ nội dung được phân công, chủ động phối hợp với Ban Tuyên giáo tổ chức thực hiện có hiệu quả Kế hoạch"]),
 ASG(A("Văn phòng Hội Liên hiệp Phụ nữ tỉnh", "Văn phòng Hội LHPN tỉnh"), "IV.2", ["Căn cứ nội dung được phân công, chủ động phối hợp với Ban Tuyên giáo tổ chức thực hiện có hiệu quả Kế hoạch",
                 "Văn phòng Hội LHPN tỉnh tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán theo quy định"]),
 ASG(HUYEN, "IV.3", ["Xây dựng kế hoạch triển khai phù hợp với tình hình địa phương trước ngày 15/8/2022; chỉ đạo cơ sở Hội tổ chức thực hiện",
                     "Báo cáo kết quả (lồng ghép trong báo cáo năm) về Ban Thường vụ Hội LHPN tỉnh (qua Ban Tuyên giáo) trước ngày 20/11 hằng năm"]),
]
assignments[1]["note"] = "Heading 'Các Ban, Văn phòng Hội LHPN tỉnh' names two assignees (the Ban as a group, the Văn phòng); the second sentence names the Văn phòng only, so it is given to the Văn phòng alone."
deadlines = [
 D("ít nhất 01 lần/năm", "recurring", "II.1", "lồng ghép nội dung tuyên truyền về ASEAN vào sinh hoạt chi, tổ hội phụ nữ", rec="yearly"),
 D("mỗi năm", "recurring", "II.3", "lớp tập huấn cho phụ nữ làm chủ doanh nghiệp, hợp tác xã, tổ hợp tác", rec="yearly",
   note="'tổ chức mỗi năm 01 lớp tập huấn'."),
 D("năm 2023", "period", "II.4", "tuyên truyền cho phụ nữ", start="2023-01-01", end="2023-12-31"),
 D("mỗi quý", "recurring", "II.5", "ít nhất 01 tin, bài", rec="quarterly", note="'mỗi quý ít nhất 01 tin, bài'."),
 D("quý IV/2022", "period", "II.6", "tổ chức tập huấn, cung cấp tài liệu về ASEAN cho đội ngũ báo cáo viên, tuyên truyền viên Hội", start="2022-10-01", end="2022-12-31"),
 D("trước ngày 05/12 hằng năm", "due", "IV.1", "báo cáo Ban Thường vụ Hội LHPN tỉnh và Sở Thông tin và Truyền thông", due="--12-05", rec="yearly"),
 D("trước ngày 15/8/2022", "due", "IV.3", "Xây dựng kế hoạch triển khai phù hợp với tình hình địa phương", due="2022-08-15"),
 D("trước ngày 20/11 hằng năm", "due", "IV.3", "Báo cáo kết quả (lồng ghép trong báo cáo năm) về Ban Thường vụ Hội LHPN tỉnh (qua Ban Tuyên giáo)", due="--11-20", rec="yearly"),
]
budget = {"present": True, "section": "III", "sources": ["unit_budget", "sponsorship", "socialization"],
 "clauses": [{"text": "Kinh phí thực hiện từ nguồn kinh phí hoạt động thường xuyên của Hội LHPN tỉnh và Hội LHPN các huyện, thành phố", "section": "III"},
             {"text": "Vận động tài trợ từ các doanh nghiệp, nhà hảo tâm và các nguồn xã hội hóa khác để tổ chức các hoạt động hỗ trợ phụ nữ", "section": "III"}],
 "amounts": [],
 "note": "'kinh phí hoạt động thường xuyên của Hội' → unit_budget; 'Vận động tài trợ từ các doanh nghiệp' → sponsorship (solicited sponsorship, not a stated enterprise contribution); 'các nguồn xã hội hóa khác' → socialization."}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget}
areas = [
 area("B01", "Annual ASEAN theme; three pillars; Vietnam's contribution", "partial",
      [("I.1", "hiểu rõ về Cộng đồng ASEAN trên 3 trụ cột")], note="Only in the purposes; no annual theme."),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "missing"),
 area("B03", "Real-life stories, exemplary people; ASEAN awards", "covered",
      [("II.5", "thực hiện các phóng sự, bài viết về câu chuyện thực tiễn, mô hình kinh tế hiệu quả của phụ nữ tham gia chuỗi sản xuất, xuất khẩu sang các nước ASEAN")]),
 area("B04", "ASEAN Community identity and belonging", "partial",
      [("II.1", "những nét tương đồng về văn hóa, phong tục giữa phụ nữ các nước ASEAN")], note="One topic in the list of II.1's contents."),
 area("B05", "Promote the province to ASEAN members and partners", "covered",
      [("II.3", "hỗ trợ giới thiệu các sản phẩm OCOP từ dừa do phụ nữ làm chủ tới thị trường các nước ASEAN")],
      note="An enumerated duty with its own verb; products of the province, not tourism or investment."),
 area("B06", "New fields: e-commerce, value chains, single window, labour mobility, digital economy", "covered",
      [("II.3", "lớp tập huấn cho phụ nữ làm chủ doanh nghiệp, hợp tác xã, tổ hợp tác về thương mại điện tử"),
       ("II.4", "hướng dẫn người lao động dịch chuyển hợp pháp trong khu vực")]),
 area("B07", "Portals and new media", "covered",
      [("II.2", "duy trì chuyên mục “Phụ nữ Bến Tre với Cộng đồng ASEAN” trên Trang thông tin điện tử Hội LHPN tỉnh; đăng tải tin, bài, video ngắn về ASEAN trên Fanpage và nhóm Zalo của Hội")]),
 area("B08", "Visual propaganda on ASEAN days", "missing"),
 area("B09", "Training and capacity building for propaganda staff", "covered",
      [("II.6", "tổ chức tập huấn, cung cấp tài liệu về ASEAN cho đội ngũ báo cáo viên, tuyên truyền viên Hội cấp tỉnh, cấp huyện")]),
 area("B10", "Contests and youth activities on ASEAN", "missing"),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion", "covered",
      [("II.7", "vận động hội viên tham gia các hội chợ, triển lãm, hoạt động giao lưu văn hóa về ASEAN do địa phương tổ chức")]),
 area("B12", "Counter distorted views", "missing"),
 area("B13", "Coordination among departments, localities, organisations and media", "partial",
      [("I.2", "Phối hợp chặt chẽ với các sở, ngành, địa phương và các cơ quan báo chí trong triển khai các hoạt động")], note="Only a requirement in section I."),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 chk("S2", "pass", "section III KINH PHÍ (kinh phí hoạt động thường xuyên; vận động tài trợ; xã hội hóa)"),
 chk("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
 chk("S4", "pass", "IV.1: báo cáo trước ngày 05/12 hằng năm; IV.3: báo cáo trước ngày 20/11 hằng năm"),
 chk("S5", "pass", "every task II.1-II.7 names a lead"),
 chk("S6", "pass", "basis cites Kế hoạch 3658/KH-UBND (24/6/2022), Bến Tre's plan implementing the Government's ASEAN action programme",
     note="The plan cites only the provincial umbrella plan, whose subject the preamble gives as the Government's action programme on ASEAN 2022-2025.")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": True, "reasons": ["implements provincial plan 3658/KH-UBND on the Government's ASEAN action programme", "period 2022-2025"]})
