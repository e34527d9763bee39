"""Hand gold for Bình Dương Sở Công Thương 612/KH-SCT (portal HTML). Values typed by hand; write_gold checks quotes
against the page text with tags stripped and entities unescaped."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "binh-duong_612-KH-SCT_2023_asean-rolefields"
SRC = delivered_text(NAME, "html")
QLTM = lambda: A("Phòng Quản lý Thương mại")
HH = lambda: A("các hiệp hội ngành hàng", coll=True)
m = meta("612/KH-SCT", "Kế hoạch", "Sở Công Thương tỉnh Bình Dương", "Bình Dương", "2023-03-15",
         "Thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương năm 2023", {"start": 2023, "end": 2023},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "5210/KH-UBND", "type": "Kế hoạch", "date": "2021-11-03"}],
         {"name": "Phan Thị Ngọc Hà", "position": "Phó Giám đốc"})
m["note"] = ("Portal page: the site header ('CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH DƯƠNG / SỞ CÔNG THƯƠNG'), the posting date "
             "17/03/2023 and the related-news list are page furniture; metadata from the document's own header table.")
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("I.1", "1.", "Mục đích", 2), SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG, NHIỆM VỤ CỤ THỂ", 1, "tasks")]
T = [
 ("Phổ biến các cam kết của Việt Nam trong ASEAN cho doanh nghiệp xuất nhập khẩu", [QLTM()],
  [A("Cục Hải quan tỉnh Bình Dương"), A("Hiệp hội Doanh nghiệp tỉnh Bình Dương")],
  TF("trong quý II và quý III/2023", "2023-04-01", "2023-09-30"),
  "Field line '- Cơ quan chủ trì: X; cơ quan phối hợp: Y, Z.' Two consecutive quarters form one window."),
 ("Duy trì chuyên mục về ASEAN trên Trang thông tin điện tử của Sở", [A("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp")],
  [A("Văn phòng Sở")], None, "'X (chủ trì), Y (phối hợp)'. Internal units are named without the Sở's locality, as printed."),
 ("Hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm tại các nước ASEAN", [A("Trung tâm Xúc tiến Thương mại")], [HH()], None,
  "'Thời gian: theo Chương trình xúc tiến thương mại năm 2023 của tỉnh' refers to another programme: no window, no deadline."),
 ("Hướng dẫn doanh nghiệp nhỏ và vừa tham gia thương mại điện tử, chuyển đổi số", [QLTM(), A("Phòng Quản lý Công nghiệp")], [], None,
  "'X, Y theo chức năng, nhiệm vụ hướng dẫn …': both open the sentence as actors, so both are lead."),
 ("Thông tin về chuỗi cung ứng giá trị khu vực cho doanh nghiệp trong các khu công nghiệp", [],
  [A("Ban Quản lý các khu công nghiệp Bình Dương")], TF("quý IV/2023", "2023-10-01", "2023-12-31"),
  "Opens with 'Phối hợp với X': X is support; no lead is named (the Sở itself is implied)."),
 ("Tập huấn kỹ năng cung cấp thông tin về ASEAN", [], [], None, "No agency named; 'hoàn thành trước 30/9/2023' is a due date, not a window."),
 ("Phổ biến thông tin về phòng vệ thương mại trong khu vực", [], [], None, "No agency named."),
]
tasks = [TASK(f"II.{i}", t, l, s, tf, n) for i, (t, l, s, tf, n) in enumerate(T, 1)]
secs += [SEC(f"II.{i}", f"{i}.", t[0], 2) for i, t in enumerate(T, 1)]
secs += [SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"), SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("IV.1", "1.", "Các phòng, đơn vị thuộc Sở", 2), SEC("IV.2", "2.", "Văn phòng Sở", 2),
         SEC("IV.3", "3.", "Đề nghị Hiệp hội Doanh nghiệp tỉnh Bình Dương và các hiệp hội ngành hàng", 2)]
D3 = ["Phối hợp phổ biến thông tin về ASEAN đến các hội viên", "phản ánh kịp thời khó khăn, vướng mắc của doanh nghiệp về Sở Công Thương"]
asg = [
 ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "IV.1",
     ["Căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch chi tiết và tổ chức thực hiện",
      "báo cáo kết quả thực hiện về Sở (qua Văn phòng Sở) trước ngày 25/11/2023"]),
 ASG(A("Văn phòng Sở"), "IV.2", ["Là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch",
                               "tổng hợp, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông trước ngày 05/12/2023"]),
 ASG(A("Hiệp hội Doanh nghiệp tỉnh Bình Dương"), "IV.3", D3, note="'Đề nghị X và Y': one assignment per addressee."),
 ASG(HH(), "IV.3", D3),
]
dls = [
 DL("trong quý II và quý III/2023", "period", "II.1", "Tổ chức 02 hội nghị phổ biến Hiệp định Thương mại hàng hóa ASEAN (ATIGA)", start="2023-04-01", end="2023-09-30"),
 DL("tối thiểu 04 tin, bài/tháng", "recurring", "II.2", "đăng tải", rec="monthly", note="A monthly output quota: recurring, monthly."),
 DL("quý IV/2023", "period", "II.5", "thông tin cho doanh nghiệp trong các khu công nghiệp về cơ hội tham gia chuỗi cung ứng giá trị khu vực", start="2023-10-01", end="2023-12-31"),
 DL("hoàn thành trước 30/9/2023", "due", "II.6", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", due="2023-09-30"),
 DL("định kỳ hằng quý", "recurring", "II.7", "Cập nhật, phổ biến", rec="quarterly"),
 DL("trước ngày 25/11/2023", "due", "IV.1", "báo cáo kết quả thực hiện về Sở (qua Văn phòng Sở)", due="2023-11-25"),
 DL("trước ngày 05/12/2023", "due", "IV.2", "báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông", due="2023-12-05"),
]
bud = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget", "enterprise"],
       "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được lồng ghép từ nguồn kinh phí khuyến công, xúc tiến thương mại năm 2023 đã được Ủy ban nhân dân tỉnh phê duyệt và kinh phí chi thường xuyên của Sở", "section": "III"},
                   {"text": "huy động sự đóng góp của doanh nghiệp tham gia hội chợ, triển lãm", "section": "III"},
                   {"text": "Kinh phí tổ chức 02 hội nghị tại khoản 1 Mục II dự kiến là 120.000.000 đồng (Một trăm hai mươi triệu đồng)", "section": "III"}],
       "amounts": [{"text": "120.000.000 đồng", "vnd": 120000000}],
       "note": "Provincial khuyến công / trade-promotion programme funds = state_budget; the Sở's recurrent spending = unit_budget; businesses' contributions = enterprise. The amount in words repeats the same figure."}
areas = [
 AREA("B01", "partial", "I.1", "nắm bắt đầy đủ các cam kết, cơ hội và thách thức trong Trụ cột Kinh tế của Cộng đồng ASEAN",
      note="Only the economic pillar, only in the purposes; no annual theme."),
 AREA("B02", "missing"),
 AREA("B03", "covered", "II.2", "giới thiệu câu chuyện của các doanh nghiệp xuất khẩu thành công sang thị trường ASEAN",
      note="An enumerated clause with its own verb inside II.2."),
 AREA("B04", "missing"),
 AREA("B05", "covered", "II.3", "quảng bá sản phẩm, thương hiệu của doanh nghiệp Bình Dương"),
 AREA("B06", "covered", "II.1", "phổ biến Hiệp định Thương mại hàng hóa ASEAN (ATIGA), quy tắc xuất xứ, thương mại điện tử và cơ chế hải quan một cửa ASEAN"),
 AREA("B07", "covered", "II.2", "duy trì chuyên mục \u201cHội nhập kinh tế quốc tế - ASEAN\u201d trên Trang thông tin điện tử Sở Công Thương"),
 AREA("B08", "missing"),
 AREA("B09", "covered", "II.6", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN trong lĩnh vực công thương cho công chức, viên chức của Sở"),
 AREA("B10", "missing"),
 AREA("B11", "covered", "II.3", "Tổ chức đoàn doanh nghiệp tham gia hội chợ, triển lãm tại Thái Lan, Campuchia"),
 AREA("B12", "missing"),
 AREA("B13", "partial", "I.2", "tăng cường phối hợp thông tin giữa Sở Công Thương với các sở, ngành, hiệp hội doanh nghiệp và cơ quan báo chí của tỉnh",
      note="Only a requirement in section I."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
          ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (khuyến công/XTTM funds, the Sở's recurrent budget, business contributions; 120.000.000 đồng)"),
          ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
          ("S4", "pass", "IV.2 report 'trước ngày 05/12/2023'; IV.1 report 'trước ngày 25/11/2023'"),
          ("S5", "fail", "II.5, II.6 and II.7 name no lead (II.5 only 'Phối hợp với Ban Quản lý các khu công nghiệp Bình Dương')"),
          ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg")]
au = audit(REF21, True, ["cites 1160/QĐ-TTg and the provincial plan 5210/KH-UBND on ASEAN 2021-2025", "period 2023 within 2021-2025",
                         "fingerprints: Trụ cột Kinh tế; thương mại điện tử, chuyển đổi số"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
