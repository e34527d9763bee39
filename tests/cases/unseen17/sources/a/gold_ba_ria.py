"""Hand gold for Đài PT-TH tỉnh Bà Rịa - Vũng Tàu 215/KH-PTTH (DOCX). Every value typed by hand; write_gold only checks
that each quote is verbatim in the python-docx text (paragraphs and table cells) of the delivered DOCX."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "ba-ria-vung-tau_215-KH-PTTH_2022_asean-daitable"
SRC = delivered_text(NAME, "docx")
TS = lambda: A("Phòng Thời sự")
CD = lambda: A("Phòng Chuyên đề")
KTCN = lambda: A("Phòng Kỹ thuật - Công nghệ")
NDS = lambda: A("Phòng Nội dung số")
m = meta("215/KH-PTTH", "Kế hoạch", "Đài Phát thanh và Truyền hình tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "2022-02-25",
         "Thông tin, tuyên truyền về ASEAN trên sóng phát thanh, truyền hình và các nền tảng số giai đoạn 2022 - 2025",
         {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "186/KH-UBND", "type": "Kế hoạch", "date": "2021-12-08"}],
         {"name": "Nguyễn Hữu Phước", "position": "Giám đốc"})
m["note"] = "Header 'UBND TỈNH BÀ RỊA - VŨNG TÀU' (parent) / 'ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH' (issuer): locality from the parent line. Signed by the director himself ('GIÁM ĐỐC')."
R = [  # (id, title, lead, support, timeframe, note)
 ("III.A.1", "Chuyên mục “Việt Nam - ASEAN” trên sóng phát thanh", [TS()], [KTCN()], TF("Năm 2022 - 2025", "2022-01-01", "2025-12-31"), None),
 ("III.A.2", "Tin, bài về chủ đề ASEAN hằng năm, các Hội nghị Cấp cao ASEAN và hoạt động của Việt Nam trong ASEAN", [TS()], [], None,
  "'Theo sự kiện' is event timing: no window, no deadline."),
 ("III.B.1", "Phóng sự chuyên đề “Bà Rịa - Vũng Tàu hội nhập ASEAN”: quảng bá tiềm năng, thế mạnh về cảng biển Cái Mép - Thị Vải, du lịch biển và cơ hội đầu tư của tỉnh",
  [CD()], [A("Sở Kế hoạch và Đầu tư"), A("Sở Du lịch")], TF("Năm 2022 - 2025", "2022-01-01", "2025-12-31"), None),
 ("III.B.2", "Chương trình về hợp tác ASEAN ứng phó đại dịch COVID-19 và phục hồi kinh tế", [TS()], [A("Sở Y tế")],
  TF("Quý II/2022", "2022-04-01", "2022-06-30"), None),
 ("III.B.3", "Ký sự “Người ASEAN ở Bà Rịa - Vũng Tàu”: câu chuyện về người dân, doanh nghiệp các nước ASEAN sinh sống, làm ăn tại tỉnh; sự tương đồng văn hóa giữa các dân tộc trong Cộng đồng ASEAN",
  [CD()], [A("Sở Ngoại vụ")], TF("Quý III/2023", "2023-07-01", "2023-09-30"), None),
 ("III.B.4", "Tọa đàm “Kinh tế số, logistics và chuỗi cung ứng ASEAN”", [CD()],
  [A("Sở Công Thương"), A("Ban Quản lý các khu công nghiệp tỉnh")], None, "'Hằng năm' is not a window (yearly recurring deadline)."),
 ("III.B.5", "Tiếp sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam", [KTCN()], [], None,
  "'Thường xuyên' / 'Theo lịch của Trung ương': no window, no deadline."),
 ("III.C.1", "Chuyên mục ASEAN trên Trang tin điện tử brt.vn; đăng tải lại trên Fanpage, YouTube, TikTok của Đài", [NDS()], [TS()], None,
  "'Thường xuyên' is not a window; the monthly rate is a recurring deadline."),
 ("III.C.2", "Tin, bài đấu tranh, phản bác quan điểm sai trái, xuyên tạc về chính sách đối ngoại, hội nhập ASEAN của Việt Nam", [NDS()], [TS()], None, None),
]
tasks = [TASK(i, t, l, s, tf, n) for i, t, l, s, tf, n in R]
tasks[0]["note"] = "Body task table inside Part III; TT restarts under the group rows A/B/C, so ids are III.<group>.<TT>. Group and header rows are neither tasks nor sections."
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN", 1, "content"),
        SEC("III", "III.", "KẾ HOẠCH SẢN XUẤT, PHÁT SÓNG", 1, "tasks"),
        SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
        SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
        SEC("V.1", "1.", "Phòng Tổ chức - Hành chính", 2), SEC("V.2", "2.", "Phòng Kế hoạch - Tài chính", 2),
        SEC("V.3", "3.", "Các phòng chuyên môn thuộc Đài", 2)]
asg = [
 ASG(A("Phòng Tổ chức - Hành chính"), "V.1",
     ["Là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch",
      "tổng hợp, tham mưu Giám đốc báo cáo Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm",
      "Cử phóng viên, biên tập viên tham gia các lớp tập huấn, bồi dưỡng kỹ năng thông tin đối ngoại và tuyên truyền về ASEAN do Bộ Thông tin và Truyền thông, Hội Nhà báo Việt Nam tổ chức"]),
 ASG(A("Phòng Kế hoạch - Tài chính"), "V.2",
     ["Lập dự toán kinh phí sản xuất chương trình theo Kế hoạch, trình Giám đốc phê duyệt",
      "hướng dẫn thanh, quyết toán theo quy định"]),
 ASG(A("Các phòng chuyên môn thuộc Đài", coll=True), "V.3",
     ["Căn cứ nhiệm vụ được phân công tại Mục III, xây dựng kế hoạch chi tiết, bố trí phóng viên, biên tập viên thực hiện bảo đảm chất lượng, đúng tiến độ",
      "Gửi báo cáo kết quả thực hiện về Phòng Tổ chức - Hành chính trước ngày 20/11 hằng năm"]),
]
dls = [
 DL("Năm 2022 - 2025", "period", "III.A.1", "Chuyên mục “Việt Nam - ASEAN” trên sóng phát thanh", start="2022-01-01", end="2025-12-31"),
 DL("02 số/tháng", "recurring", "III.A.1", "Chuyên mục “Việt Nam - ASEAN” trên sóng phát thanh", rec="monthly",
    note="Frequency column: a rate per month."),
 DL("Năm 2022 - 2025", "period", "III.B.1", "Phóng sự chuyên đề “Bà Rịa - Vũng Tàu hội nhập ASEAN”", start="2022-01-01", end="2025-12-31"),
 DL("02 phóng sự/năm", "recurring", "III.B.1", "Phóng sự chuyên đề “Bà Rịa - Vũng Tàu hội nhập ASEAN”", rec="yearly"),
 DL("Quý II/2022", "period", "III.B.2", "Chương trình về hợp tác ASEAN ứng phó đại dịch COVID-19 và phục hồi kinh tế", start="2022-04-01", end="2022-06-30"),
 DL("Quý III/2023", "period", "III.B.3", "Ký sự “Người ASEAN ở Bà Rịa - Vũng Tàu”", start="2023-07-01", end="2023-09-30"),
 DL("Hằng năm", "recurring", "III.B.4", "Tọa đàm “Kinh tế số, logistics và chuỗi cung ứng ASEAN”", rec="yearly",
    note="Time column 'Hằng năm' (the frequency column's '01 tọa đàm/năm' says the same): one yearly recurring item."),
 DL("Tối thiểu 04 tin, bài/tháng", "recurring", "III.C.1", "Chuyên mục ASEAN trên Trang tin điện tử brt.vn", rec="monthly"),
 DL("trước ngày 30/11 hằng năm", "due", "V.1", "tham mưu Giám đốc báo cáo Sở Thông tin và Truyền thông", due="--11-30", rec="yearly"),
 DL("trước ngày 20/11 hằng năm", "due", "V.3", "Gửi báo cáo kết quả thực hiện về Phòng Tổ chức - Hành chính", due="--11-20", rec="yearly"),
]
bud = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget", "sponsorship"],
       "clauses": [{"text": "Kinh phí sản xuất các chương trình được bảo đảm từ nguồn kinh phí đặt hàng sản xuất chương trình phát thanh, truyền hình của Ủy ban nhân dân tỉnh và nguồn thu sự nghiệp của Đài", "section": "IV"},
                   {"text": "huy động tài trợ của doanh nghiệp cho các chương trình quảng bá", "section": "IV"},
                   {"text": "Tổng kinh phí dự kiến khoảng 420 triệu đồng/năm", "section": "IV"}],
       "amounts": [{"text": "420 triệu đồng", "vnd": 420000000}],
       "note": "Provincial commissioning (đặt hàng) -> state_budget; the station's own service revenue -> unit_budget; 'huy động tài trợ của doanh nghiệp' -> sponsorship."}
areas = [
 AREA("B01", "covered", "II", "Chủ đề ASEAN hằng năm; kết quả hợp tác ASEAN trên ba trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; vai trò, đóng góp của Việt Nam trong ASEAN"),
 AREA("B02", "covered", "III.B.2", "Chương trình về hợp tác ASEAN ứng phó đại dịch COVID-19 và phục hồi kinh tế"),
 AREA("B03", "covered", "III.B.3", "câu chuyện về người dân, doanh nghiệp các nước ASEAN sinh sống, làm ăn tại tỉnh"),
 AREA("B04", "partial", "III.B.3", "sự tương đồng văn hóa giữa các dân tộc trong Cộng đồng ASEAN",
      note="One topic phrase of the documentary row; no commitment to the Community identity or sense of belonging."),
 AREA("B05", "covered", "III.B.1", "quảng bá tiềm năng, thế mạnh về cảng biển Cái Mép - Thị Vải, du lịch biển và cơ hội đầu tư của tỉnh"),
 AREA("B06", "covered", "III.B.4", "Tọa đàm “Kinh tế số, logistics và chuỗi cung ứng ASEAN”"),
 AREA("B07", "covered", "III.C.1", "Chuyên mục ASEAN trên Trang tin điện tử brt.vn; đăng tải lại trên Fanpage, YouTube, TikTok của Đài"),
 AREA("B08", "missing"),
 AREA("B09", "covered", "V.1", "Cử phóng viên, biên tập viên tham gia các lớp tập huấn, bồi dưỡng kỹ năng thông tin đối ngoại và tuyên truyền về ASEAN",
      note="An enumerated duty with its own verb in the organisation part."),
 AREA("B10", "missing"),
 AREA("B11", "missing"),
 AREA("B12", "covered", "III.C.2", "Tin, bài đấu tranh, phản bác quan điểm sai trái, xuyên tạc về chính sách đối ngoại, hội nhập ASEAN của Việt Nam"),
 AREA("B13", "partial", "I.2", "Phối hợp chặt chẽ với Sở Thông tin và Truyền thông, Sở Ngoại vụ và các sở, ngành liên quan trong khai thác nguồn tin, nhân vật",
      note="Only a requirement in the purposes."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN"),
          ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 3 assignments"),
          ("S4", "pass", "V.1 báo cáo Sở TT&TT trước ngày 30/11 hằng năm; V.3 trước ngày 20/11 hằng năm"),
          ("S5", "pass", "every row of the Part III table has a Chủ trì"),
          ("S6", "pass", "basis cites 1160/QĐ-TTg and the provincial plan 186/KH-UBND")]
au = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2022-2025 within 2021-2025",
                         "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; COVID-19; kinh tế số"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
