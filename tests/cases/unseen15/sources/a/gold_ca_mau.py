"""Hand gold for Cà Mau 148/KH-UBND (DOCX). Every value typed by hand; write_gold only refuses a quote that is not
verbatim in the delivered DOCX text and fills area titles + summary."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "ca-mau_148-KH-UBND_2022_asean-runningroles"
SRC = delivered_text(NAME, "docx")
TTTT = lambda t="Sở Thông tin và Truyền thông": A("Sở Thông tin và Truyền thông", t)
DAI = lambda: A("Đài Phát thanh - Truyền hình tỉnh", "Đài PT-TH tỉnh")
m = meta("148/KH-UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh Cà Mau", "Cà Mau", "2022-08-26",
         "Thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Cà Mau giai đoạn 2022 - 2025", {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "2254/BTTTT-TTĐN", "type": "Công văn", "date": "2022-06-30"}],
         {"name": "Lâm Văn Thành", "position": "Phó Chủ tịch"})
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NHIỆM VỤ VÀ GIẢI PHÁP", 1, "tasks")]
T = [
 ("Thông tin, tuyên truyền về Chủ đề ASEAN hằng năm và hợp tác trên 3 trụ cột", [TTTT()], [A("Ban Tuyên giáo Tỉnh ủy")], None,
  "'Giao X chủ trì, phối hợp với Y': lead X, support Y. 'thực hiện thường xuyên, liên tục' is not a window and not a deadline."),
 ("Duy trì chuyên trang, chuyên mục về ASEAN trên báo chí và Cổng Thông tin điện tử tỉnh",
  [A("Báo Cà Mau"), DAI(), A("Cổng Thông tin điện tử tỉnh")], [], TF("năm 2022 và các năm tiếp theo", "2022-01-01", None),
  "Three bodies open the sentence as actors. 'năm 2022 và các năm tiếp theo' is the task's own (open-ended) window: start 2022-01-01, end null."),
 ("Thông tin về cơ hội kinh doanh, đầu tư và các lĩnh vực hợp tác mới", [A("Sở Công Thương")],
  [A("Sở Kế hoạch và Đầu tư"), A("Hiệp hội Doanh nghiệp tỉnh")], None,
  "'X chủ trì tham mưu …'; support named in a later sentence '… phối hợp thực hiện'. Two separate quarters (one conference each) are deadlines, not one window, so timeframe null."),
 ("Quảng bá tiềm năng, thế mạnh của tỉnh tới các nước ASEAN", [A("Sở Văn hóa, Thể thao và Du lịch", "Sở VH,TT&DL")],
  [A("Sở Kế hoạch và Đầu tư", "Sở KH&ĐT"), A("Sở Ngoại vụ")], TF("năm 2023 - 2024", "2023-01-01", "2024-12-31"),
  "'X phối hợp với Y, Z …': X opens the sentence as the actor (lead); Y, Z support."),
 ("Theo dõi dư luận, phản bác thông tin sai trái", [A("Công an tỉnh")], [TTTT("Sở TT&TT"), DAI()], None, None),
 ("Nâng cao năng lực cho đội ngũ làm công tác thông tin đối ngoại", [A("Sở Ngoại vụ"), TTTT()], [], None,
  "'X, Y theo chức năng, nhiệm vụ cử cán bộ …': no single lead is singled out, but both open the sentence as the actors, so both are lead."),
 ("Tuyên truyền trực quan", [A("Ủy ban nhân dân các huyện, thành phố Cà Mau", "UBND các huyện, thành phố Cà Mau", True)], [], None,
  "'do/… chủ trì thực hiện' with a collective actor."),
 ("Tuyên truyền về ASEAN trong trường học", [A("Sở Giáo dục và Đào tạo")], [A("Tỉnh Đoàn")], None,
  "'X chủ trì, Y phối hợp'. 'tháng 10-11/2023' times only the contest (one clause), so it is a deadline, not the task's window."),
]
tasks = [TASK(f"II.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(T, 1)]
secs += [SEC(f"II.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"), SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Sở Thông tin và Truyền thông", 2), SEC("IV.2", "2.", "Sở Tài chính", 2),
         SEC("IV.3", "3.", "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố Cà Mau", 2),
         SEC("IV.4", "4.", "Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp lồng ghép tuyên truyền về ASEAN trong các hoạt động của tổ chức mình", 2,
             note="Numbered paragraph without a separate heading: title is its (only) sentence.")]
D3 = ["Căn cứ Kế hoạch này, xây dựng kế hoạch triển khai thực hiện tại cơ quan, đơn vị, địa phương",
      "báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 05/6 và 05/12 hằng năm để tổng hợp"]
D4 = ["phối hợp lồng ghép tuyên truyền về ASEAN trong các hoạt động của tổ chức mình"]
asg = [
 ASG(TTTT(), "IV.1", ["Là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch",
                      "chủ trì tổ chức giao ban, tăng cường công tác phối hợp thông tin giữa các sở, ban, ngành, địa phương với các cơ quan báo chí",
                      "Định kỳ 6 tháng (trước ngày 15/6 và 15/12), tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông"]),
 ASG(A("Sở Tài chính"), "IV.2", ["Chủ trì, phối hợp với Sở Thông tin và Truyền thông tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định"]),
 ASG(A("Các sở, ban, ngành tỉnh", coll=True), "IV.3", D3, note="Heading names two collectives separated by ';': one assignment each."),
 ASG(A("Ủy ban nhân dân các huyện, thành phố Cà Mau", "UBND các huyện, thành phố Cà Mau", True), "IV.3", D3),
 ASG(A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"), "IV.4", D4, note="'Đề nghị X và Y': one assignment per addressee."),
 ASG(A("các tổ chức chính trị - xã hội tỉnh", coll=True), "IV.4", D4),
]
S2 = "Cổng Thông tin điện tử tỉnh hoàn thành việc mở chuyên mục \"Cà Mau hội nhập ASEAN\""
S3 = "tổ chức 01 hội nghị"
R1 = "tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông"
R3 = "báo cáo kết quả về Sở Thông tin và Truyền thông"
dls = [
 DL("năm 2022 và các năm tiếp theo", "period", "II.2", "duy trì, nâng cao chất lượng chuyên trang, chuyên mục về ASEAN", start="2022-01-01",
    note="Open-ended window: end null."),
 DL("trước ngày 30/9/2022", "due", "II.2", S2, due="2022-09-30"),
 DL("trong quý IV/2022", "period", "II.3", S3, start="2022-10-01", end="2022-12-31"),
 DL("trong quý III/2023", "period", "II.3", S3, start="2023-07-01", end="2023-09-30"),
 DL("năm 2023 - 2024", "period", "II.4", "xây dựng video clip, ấn phẩm quảng bá du lịch", start="2023-01-01", end="2024-12-31"),
 DL("vào dịp kỷ niệm Ngày thành lập ASEAN (08/8) hằng năm", "due", "II.7", "tuyên truyền trực quan bằng băng rôn, pa nô, áp phích, treo cờ ASEAN",
    due="--08-08", rec="yearly", note="A dated anniversary that recurs every year: kept as a yearly date (--08-08)."),
 DL("trong tháng 10-11/2023", "period", "II.8", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông", start="2023-10-01", end="2023-11-30"),
 DL("Định kỳ 6 tháng (trước ngày 15/6 và 15/12)", "due", "IV.1", R1, due="--06-15", rec="yearly",
    note="'Định kỳ 6 tháng' with two dates: two yearly due dates."),
 DL("Định kỳ 6 tháng (trước ngày 15/6 và 15/12)", "due", "IV.1", R1, due="--12-15", rec="yearly"),
 DL("trước ngày 05/6 và 05/12 hằng năm", "due", "IV.3", R3, due="--06-05", rec="yearly"),
 DL("trước ngày 05/6 và 05/12 hằng năm", "due", "IV.3", R3, due="--12-05", rec="yearly"),
]
bud = {"present": True, "section": "III", "sources": ["state_budget", "socialization"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành", "section": "III"},
                   {"text": "khuyến khích huy động xã hội hóa để tổ chức các hoạt động quảng bá", "section": "III"},
                   {"text": "Sở Thông tin và Truyền thông được bố trí 350 triệu đồng từ nguồn kinh phí sự nghiệp thông tin", "section": "III"},
                   {"text": "tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định", "section": "IV.2"}],
       "amounts": [{"text": "350 triệu đồng", "vnd": 350000000}],
       "note": "'dự toán chi thường xuyên … theo phân cấp ngân sách' and 'nguồn kinh phí sự nghiệp thông tin' are state budget lines; 'Năm 2022' dates the allocation and is not a deadline."}
areas = [
 AREA("B01", "covered", "II.1", "thông tin, tuyên truyền về Chủ đề ASEAN của từng năm, kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "partial", "II.3", "trong bối cảnh phục hồi kinh tế sau đại dịch COVID-19", note="Only a qualifier of the business conferences."),
 AREA("B03", "missing"),
 AREA("B04", "partial", "I.1", "Củng cố bản sắc Cộng đồng ASEAN, nâng cao cảm nhận thuộc về một cộng đồng chung của người dân trong tỉnh", note="Only in the purposes."),
 AREA("B05", "covered", "II.4", "xây dựng video clip, ấn phẩm quảng bá du lịch Mũi Cà Mau, Vườn quốc gia U Minh Hạ, các sản phẩm OCOP và đặc sản của tỉnh tới du khách, nhà đầu tư các nước ASEAN"),
 AREA("B06", "covered", "II.3", "phổ biến cho doanh nghiệp, hợp tác xã về thương mại điện tử, chuỗi cung ứng giá trị khu vực, cơ chế hải quan một cửa ASEAN và kinh tế số"),
 AREA("B07", "covered", "II.2", "duy trì, nâng cao chất lượng chuyên trang, chuyên mục về ASEAN trên các ấn phẩm, sóng phát thanh, truyền hình và nền tảng số"),
 AREA("B08", "covered", "II.7", "tuyên truyền trực quan bằng băng rôn, pa nô, áp phích, treo cờ ASEAN"),
 AREA("B09", "covered", "II.6", "tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 AREA("B10", "covered", "II.8", "tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông"),
 AREA("B11", "missing", note="II.4 promotes the province (B05); no cultural/sports exchange, fair, exhibition or investment-promotion event."),
 AREA("B12", "covered", "II.5", "đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam"),
 AREA("B13", "covered", "IV.1", "tăng cường công tác phối hợp thông tin giữa các sở, ban, ngành, địa phương với các cơ quan báo chí",
      note="An enumerated duty of the standing agency with its own verb."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (regular budget estimates by budget level, socialization; 350 triệu đồng)"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 6 assignments"),
          ("S4", "pass", "IV.1 'Định kỳ 6 tháng (trước ngày 15/6 và 15/12)' report to UBND tỉnh; IV.3 reports before 05/6 and 05/12"),
          ("S5", "pass", "all 8 tasks (II.1–II.8) name a lead in their running text"),
          ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg")]
au = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2022-2025 within 2021-2025",
                         "fingerprints: Tư duy Cộng đồng, Hành động Cộng đồng; thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
