# Hand gold for the UBND tỉnh Khánh Hòa foreign-information plan (PDF). Every value typed by hand from the text.
import sys; sys.path.insert(0, '.')
from common import *
N = 'khanh-hoa_2890-KH-UBND_2023_asean-ttdnpdf'
meta = {"number": "2890/KH-UBND", "doc_type": "Kế hoạch", "issuer": "Ủy ban nhân dân tỉnh Khánh Hòa", "province": "Khánh Hòa",
 "issued": "2023-03-28", "title": "Công tác thông tin đối ngoại tỉnh Khánh Hòa năm 2023",
 "period": {"start": 2023, "end": 2023},
 "basis": [{"number": "72/2015/NĐ-CP", "type": "Nghị định", "date": "2015-09-07"},
           {"number": "18/CT-UBND", "type": "Chỉ thị", "date": "2022-12-15"}],
 "signer": {"name": "Lê Minh Tuấn", "position": "Phó Chủ tịch"},
 "note": "'Xét đề nghị … Tờ trình số 412/TTr-SNgV' is a request, not basis."}
H3 = ["Thông tin đối ngoại trên báo chí của tỉnh", "Quảng bá hình ảnh, xúc tiến đầu tư và du lịch", "Thông tin đối ngoại về biển, đảo",
      "Cung cấp thông tin cho phóng viên, cơ quan đại diện nước ngoài", "Tập huấn nghiệp vụ thông tin đối ngoại", "Thông tin đối ngoại trên môi trường mạng",
      "Giao lưu hữu nghị nhân dân"]
ORG = ["Sở Ngoại vụ", "Sở Thông tin và Truyền thông", "Sở Tài chính", "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố",
       "Đề nghị Báo Khánh Hòa, Đài Phát thanh và Truyền hình Khánh Hòa"]
sections = [S("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), S("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")] + [
 S(f"II.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(H3)] + [
 S("III", "III.", "KINH PHÍ", 1, "budget"), S("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization")] + [
 S(f"IV.{i+1}", f"{i+1}.", t, 2) for i, t in enumerate(ORG)]
SNV = A("Sở Ngoại vụ"); TTTT = A("Sở Thông tin và Truyền thông")
BAO = A("Báo Khánh Hòa"); DAI = A("Đài Phát thanh và Truyền hình Khánh Hòa")
def tf(text, s, e): return {"text": text, "start": s, "end": e}
tasks = [
 T("II.1", H3[0], [TTTT], [BAO, DAI]),
 T("II.2", H3[1], [A("Sở Văn hóa, Thể thao và Du lịch")], [A("Trung tâm Xúc tiến Đầu tư và Hỗ trợ doanh nghiệp tỉnh")], tf("năm 2023", "2023-01-01", "2023-12-31")),
 T("II.3", H3[2], [SNV], [A("Bộ Chỉ huy Quân sự tỉnh"), A("Bộ Chỉ huy Bộ đội Biên phòng tỉnh")]),
 T("II.4", H3[3], [SNV], [], tf("quý II/2023", "2023-04-01", "2023-06-30")),
 T("II.5", H3[4], [SNV], [TTTT], tf("quý III/2023", "2023-07-01", "2023-09-30")),
 T("II.6", H3[5], [TTTT], []),
 T("II.7", H3[6], [A("Liên hiệp các tổ chức hữu nghị tỉnh")], [], tf("tháng 8 - 9/2023", "2023-08-01", "2023-09-30"),
   note="'(1973 - 2023)' narrates the anniversaries; not deadlines."),
]
assignments = [
 ASG(SNV, "IV.1", ["Là cơ quan thường trực, hướng dẫn, kiểm tra, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch",
                   "Tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Ngoại giao trước ngày 10/12/2023"]),
 ASG(TTTT, "IV.2", ["Định hướng các cơ quan báo chí của tỉnh tăng cường thông tin đối ngoại; phối hợp với Sở Ngoại vụ xử lý thông tin sai lệch về tỉnh trên môi trường mạng"]),
 ASG(A("Sở Tài chính"), "IV.3", ["Thẩm định, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành", coll=True), "IV.4", ["Xây dựng và triển khai kế hoạch thông tin đối ngoại của cơ quan, địa phương; báo cáo kết quả 6 tháng (trước ngày 10/6/2023) và năm (trước ngày 20/11/2023) về Sở Ngoại vụ để tổng hợp"]),
 ASG(A("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố", True), "IV.4",
     ["Xây dựng và triển khai kế hoạch thông tin đối ngoại của cơ quan, địa phương; báo cáo kết quả 6 tháng (trước ngày 10/6/2023) và năm (trước ngày 20/11/2023) về Sở Ngoại vụ để tổng hợp"]),
 ASG(BAO, "IV.5", ["Dành thời lượng, dung lượng phù hợp cho thông tin đối ngoại; phối hợp thực hiện các nội dung tại mục II của Kế hoạch"]),
 ASG(DAI, "IV.5", ["Dành thời lượng, dung lượng phù hợp cho thông tin đối ngoại; phối hợp thực hiện các nội dung tại mục II của Kế hoạch"]),
]
assignments[3]["note"] = "Two collectives separated by ';' in the heading → two assignments."
assignments[5]["note"] = "'Đề nghị X, Y' → one assignment per body."
deadlines = [
 D("01 kỳ/tuần", "recurring", "II.1", "duy trì chuyên mục “Khánh Hòa hội nhập”, phát sóng 01 kỳ/tuần", rec="weekly"),
 D("năm 2023", "period", "II.2", "quảng bá du lịch biển Nha Trang, Khu kinh tế Vân Phong tại các hội chợ, sự kiện du lịch quốc tế", start="2023-01-01", end="2023-12-31"),
 D("quý II/2023", "period", "II.4", "tổ chức 01 đoàn phóng viên nước ngoài tham quan, viết bài về Khánh Hòa", start="2023-04-01", end="2023-06-30"),
 D("quý III/2023", "period", "II.5", "tổ chức 01 lớp tập huấn kỹ năng thông tin đối ngoại", start="2023-07-01", end="2023-09-30"),
 D("tháng 8 - 9/2023", "period", "II.7", "tổ chức các hoạt động giao lưu hữu nghị", start="2023-08-01", end="2023-09-30"),
 D("trước ngày 10/12/2023", "due", "IV.1", "Tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Ngoại giao", due="2023-12-10"),
 D("trước ngày 10/6/2023", "due", "IV.4", "báo cáo kết quả 6 tháng", due="2023-06-10"),
 D("trước ngày 20/11/2023", "due", "IV.4", "báo cáo kết quả 6 tháng (trước ngày 10/6/2023) và năm", due="2023-11-20"),
]
budget = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget"],
 "clauses": [{"text": "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh bố trí cho công tác thông tin đối ngoại năm 2023 (giao Sở Ngoại vụ 350 triệu đồng) và lồng ghép trong kinh phí hoạt động của các cơ quan, đơn vị", "section": "III"}],
 "amounts": [{"text": "350 triệu đồng", "vnd": 350000000}]}
plan = {"meta": meta, "sections": sections, "tasks": tasks, "assignments": assignments, "deadlines": deadlines, "budget": budget}
areas = [
 area("B01", "Annual ASEAN theme; three pillars; Vietnam's contribution", "partial",
      [("II.3", "trong đó có tiến trình ASEAN và Trung Quốc đàm phán Bộ quy tắc ứng xử ở Biển Đông (COC)")],
      note="ASEAN's political-security cooperation appears only as one clause inside the sea-and-islands task; no theme, no pillars."),
 area("B02", "ASEAN cooperation against COVID-19 and recovery", "missing"),
 area("B03", "Real-life stories, exemplary people; ASEAN awards", "missing"),
 area("B04", "ASEAN Community identity and belonging", "missing"),
 area("B05", "Promote the province to ASEAN members and partners", "covered",
      [("II.2", "quảng bá du lịch biển Nha Trang, Khu kinh tế Vân Phong tại các hội chợ, sự kiện du lịch quốc tế ở Hàn Quốc, Nga, Ấn Độ và các nước ASEAN")],
      note="Promoting the province does not depend on ASEAN (1759 gold: A16 covered); here the markets even include the ASEAN countries."),
 area("B06", "New fields: e-commerce, value chains, single window, labour mobility, digital economy", "missing"),
 area("B07", "Portals and new media", "partial",
      [("II.6", "nâng cấp trang tiếng Anh, tiếng Nga trên Cổng thông tin điện tử tỉnh; phát triển trang “Khanh Hoa - Vietnam” trên mạng xã hội")],
      note="Same kind of activity on foreign information, with no ASEAN content (1759 rule → partial)."),
 area("B08", "Visual propaganda on ASEAN days", "missing"),
 area("B09", "Training and capacity building for propaganda staff", "partial",
      [("II.5", "tổ chức 01 lớp tập huấn kỹ năng thông tin đối ngoại, phát ngôn và cung cấp thông tin cho báo chí")],
      note="A foreign-information course, not on ASEAN (1759 rule → partial; covered is arguable since it is a whole task)."),
 area("B10", "Contests and youth activities on ASEAN", "missing"),
 area("B11", "Culture, sports, fairs, exhibitions, investment and tourism promotion", "partial",
      [("II.2", "tại các hội chợ, sự kiện du lịch quốc tế"), ("II.7", "tổ chức các hoạt động giao lưu hữu nghị nhân kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Singapore")],
      note="Fairs and people-to-people exchanges of the same kind (bilateral, not ASEAN events) → partial as in the 1759 gold (A10, A11)."),
 area("B12", "Counter distorted views", "covered",
      [("II.3", "đấu tranh, phản bác các luận điệu sai trái, xuyên tạc chủ quyền biển, đảo của Việt Nam")],
      note="Countering distorted views does not depend on ASEAN (1759 gold: A15 covered)."),
 area("B13", "Coordination among departments, localities, organisations and media", "partial",
      [("IV.2", "Định hướng các cơ quan báo chí của tỉnh tăng cường thông tin đối ngoại")],
      note="Coordination of foreign information in general (1759 gold: A01 partial)."),
]
checks = [chk("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
 chk("S2", "pass", "section III KINH PHÍ (ngân sách tỉnh, 350 triệu đồng; lồng ghép)"),
 chk("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 7 assignments"),
 chk("S4", "pass", "IV.1: báo cáo UBND tỉnh và Bộ Ngoại giao trước ngày 10/12/2023; IV.4: trước ngày 10/6/2023 và 20/11/2023"),
 chk("S5", "pass", "every task II.1-II.7 opens with its lead"),
 chk("S6", "fail", "basis cites Nghị định 72/2015/NĐ-CP and Chỉ thị 18/CT-UBND only; no 1160/QĐ-TTg and no ASEAN plan")]
write(N, plan, areas, checks, "asean-2021-2025", {"value": False, "reasons": ["another topic: a foreign-information (thông tin đối ngoại) plan for 2023",
      "does not cite 1160/QĐ-TTg or any ASEAN plan", "ASEAN only in passing (COC, the ASEAN tourism markets)"]})
