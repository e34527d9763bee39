"""Hand gold for Sở Công Thương Hải Dương 1586/KH-SCT (DOCX). Every value typed by hand; write_gold only checks that
each quote is verbatim in the python-docx text of the delivered DOCX."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "hai-duong_1586-KH-SCT_2022_asean-sctdocx"
SRC = delivered_text(NAME, "docx")
QLTM = lambda: A("Phòng Quản lý Thương mại")
VPS = lambda: A("Văn phòng Sở")
KC = lambda: A("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp")
m = meta("1586/KH-SCT", "Kế hoạch", "Sở Công Thương tỉnh Hải Dương", "Hải Dương", "2022-07-08",
         "Thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2022 - 2025", {"start": 2022, "end": 2025},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "4127/KH-UBND", "type": "Kế hoạch", "date": "2021-11-30"}],
         {"name": "Nguyễn Đình Thái", "position": "Phó Giám đốc"})
m["note"] = "Header 'UBND TỈNH HẢI DƯƠNG' (parent) / 'SỞ CÔNG THƯƠNG' (issuer): locality taken from the parent line."
T = [
 ("Tuyên truyền về các cam kết kinh tế trong ASEAN và các FTA mà ASEAN là trung tâm", [QLTM()],
  [VPS(), A("Hiệp hội Doanh nghiệp tỉnh Hải Dương")], None, "'Thời gian thực hiện: Hằng năm' is not a window (yearly recurring deadline)."),
 ("Tổ chức hội nghị phổ biến quy tắc xuất xứ hàng hóa và Cơ chế một cửa ASEAN", [QLTM()],
  [A("Chi cục Hải quan Hải Dương"), A("Ban Quản lý các khu công nghiệp tỉnh")],
  TF("Từ năm 2022 đến năm 2025", "2022-01-01", "2025-12-31"), None),
 ("Hỗ trợ doanh nghiệp ứng dụng thương mại điện tử, chuyển đổi số để tiếp cận thị trường ASEAN", [KC()],
  [QLTM(), A("Sở Thông tin và Truyền thông")], TF("Năm 2022 - 2023", "2022-01-01", "2023-12-31"), None),
 ("Xúc tiến thương mại, quảng bá sản phẩm của tỉnh tại thị trường ASEAN", [QLTM()],
  [A("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"), A("Sở Nông nghiệp và Phát triển nông thôn")], None,
  "'Theo Chương trình xúc tiến thương mại của tỉnh được phê duyệt' names no time: no timeframe, no deadline."),
 ("Thông tin về thị trường, chuỗi cung ứng và công nghiệp hỗ trợ trong khu vực ASEAN", [A("Phòng Quản lý Công nghiệp")],
  [QLTM(), KC()], None, "'Thường xuyên' is not a window."),
 ("Duy trì chuyên mục \u201cCông Thương Hải Dương với ASEAN\u201d trên Trang thông tin điện tử của Sở", [VPS()],
  [A("Các phòng, đơn vị thuộc Sở", coll=True)], None, None),
 ("Bồi dưỡng kiến thức về hội nhập ASEAN cho công chức, viên chức của Sở", [VPS()], [],
  TF("Quý IV/2022", "2022-10-01", "2022-12-31"), None),
]
tasks = [TASK(f"II.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(T, 1)]
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
secs += [SEC(f"II.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
         SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Văn phòng Sở", 2), SEC("IV.2", "2.", "Các phòng chuyên môn, đơn vị thuộc Sở", 2),
         SEC("IV.3", "3.", "Đề nghị Hiệp hội Doanh nghiệp tỉnh, Hội Doanh nhân trẻ tỉnh", 2)]
D3 = ["Phối hợp thông tin đến hội viên về các nội dung của Kế hoạch",
      "phản ánh kịp thời khó khăn, vướng mắc của doanh nghiệp trong quá trình thực thi các cam kết ASEAN"]
asg = [
 ASG(VPS(), "IV.1", ["Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch",
                     "tổng hợp kết quả, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 20/11 hằng năm",
                     "Phối hợp với Phòng Kế hoạch - Tài chính - Tổng hợp lập dự toán kinh phí thực hiện Kế hoạch, tổng hợp chung vào dự toán ngân sách của Sở"]),
 ASG(A("Các phòng chuyên môn, đơn vị thuộc Sở", coll=True), "IV.2",
     ["Căn cứ nhiệm vụ được giao, chủ động xây dựng nội dung và triển khai thực hiện",
      "Gửi báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 10/11 hằng năm để tổng hợp"]),
 ASG(A("Hiệp hội Doanh nghiệp tỉnh"), "IV.3", D3, note="'Đề nghị X, Y': one assignment per addressee."),
 ASG(A("Hội Doanh nhân trẻ tỉnh"), "IV.3", D3),
]
dls = [
 DL("Hằng năm", "recurring", "II.1", "Tuyên truyền về các cam kết kinh tế trong ASEAN và các FTA mà ASEAN là trung tâm", rec="yearly",
    note="Task time field 'Hằng năm': a yearly recurring deadline, not a window."),
 DL("Từ năm 2022 đến năm 2025", "period", "II.2", "Tổ chức hội nghị phổ biến quy định về quy tắc xuất xứ hàng hóa",
    start="2022-01-01", end="2025-12-31"),
 DL("Năm 2022 - 2023", "period", "II.3", "Hướng dẫn doanh nghiệp, hợp tác xã, cơ sở công nghiệp nông thôn đưa sản phẩm lên các sàn thương mại điện tử",
    start="2022-01-01", end="2023-12-31"),
 DL("02 tin, bài/tháng", "recurring", "II.6", "Đăng tải tối thiểu 02 tin, bài/tháng về hợp tác kinh tế ASEAN", rec="monthly",
    note="A rate per month: recurring, monthly."),
 DL("Quý IV/2022", "period", "II.7", "tổ chức 01 buổi sinh hoạt chuyên đề về hội nhập kinh tế ASEAN", start="2022-10-01", end="2022-12-31"),
 DL("trước ngày 20/11 hằng năm", "due", "IV.1", "báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông)", due="--11-20", rec="yearly"),
 DL("trước ngày 10/11 hằng năm", "due", "IV.2", "Gửi báo cáo kết quả thực hiện về Văn phòng Sở", due="--11-10", rec="yearly"),
]
bud = {"present": True, "section": "III", "sources": ["unit_budget", "state_budget", "enterprise"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn chi thường xuyên trong dự toán được giao của Sở Công Thương", "section": "III"},
                   {"text": "Lồng ghép trong kinh phí Chương trình khuyến công địa phương, Chương trình xúc tiến thương mại của tỉnh và huy động sự tham gia, đóng góp của doanh nghiệp", "section": "III"}],
       "amounts": [],
       "note": "The Sở's own recurrent funds -> unit_budget; the provincial khuyến công / xúc tiến thương mại programmes (provincial budget) -> state_budget; 'đóng góp của doanh nghiệp' -> enterprise."}
areas = [
 AREA("B01", "partial", "II.1", "Phổ biến nội dung Trụ cột Kinh tế của Cộng đồng ASEAN",
      note="Only the economic pillar; no annual theme, no other pillars, no Vietnam's contribution."),
 AREA("B02", "partial", "II.1", "các kết quả hợp tác kinh tế ASEAN trong phục hồi sau đại dịch COVID-19",
      note="One phrase inside the FTA-outreach task."),
 AREA("B03", "partial", "II.6", "gương doanh nghiệp điển hình của tỉnh tận dụng hiệu quả cơ hội từ thị trường ASEAN",
      note="A topic of the website column, not an activity of its own."),
 AREA("B04", "missing"),
 AREA("B05", "covered", "II.4", "quảng bá vải thiều Thanh Hà, gốm Chu Đậu và các sản phẩm OCOP của tỉnh tới nhà nhập khẩu các nước ASEAN"),
 AREA("B06", "covered", "II.3", "Hướng dẫn doanh nghiệp, hợp tác xã, cơ sở công nghiệp nông thôn đưa sản phẩm lên các sàn thương mại điện tử trong nước và khu vực; thông tin về kinh tế số, chuyển đổi số trong ASEAN"),
 AREA("B07", "covered", "II.6", "Duy trì chuyên mục \u201cCông Thương Hải Dương với ASEAN\u201d trên Trang thông tin điện tử của Sở"),
 AREA("B08", "missing"),
 AREA("B09", "covered", "II.7", "Cử công chức, viên chức tham dự các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 AREA("B10", "missing"),
 AREA("B11", "covered", "II.4", "Tổ chức, hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm tại các nước ASEAN và Hội chợ Thương mại quốc tế Việt Nam"),
 AREA("B12", "missing"),
 AREA("B13", "partial", "I.2", "Tăng cường phối hợp giữa các phòng, đơn vị thuộc Sở với các sở, ngành, hiệp hội doanh nghiệp trong tổ chức thực hiện",
      note="Only a requirement in the purposes; IV.3 asks the business associations to relay information, not a coordination mechanism."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section III KINH PHÍ THỰC HIỆN"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
          ("S4", "pass", "IV.1 báo cáo UBND tỉnh trước ngày 20/11 hằng năm; IV.2 trước ngày 10/11 hằng năm"),
          ("S5", "pass", "every task II.1-II.7 has 'Đơn vị chủ trì'"),
          ("S6", "pass", "basis cites 1160/QĐ-TTg and the provincial plan 4127/KH-UBND")]
au = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2022-2025 within 2021-2025",
                         "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận; kinh tế số, chuyển đổi số; COVID-19"],
           areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
