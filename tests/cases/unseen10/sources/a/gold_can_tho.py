"""Hand-written gold for plan 2 (Cần Thơ, Windows-1258 plain text). Quotes are checked against the UTF-8 source;
verify_docs.py re-checks them against the delivered .txt decoded from cp1258 and NFC-normalised."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

NAME = "can-tho_412-KH-SCT_2020_asean-cp1258"
SRC = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), NAME + ".source.txt"), encoding="utf-8").read()

M = meta("412/KH-SCT", "Kế hoạch", "Sở Công Thương thành phố Cần Thơ", "Cần Thơ", "2020-03-16",
         "Thông tin, tuyên truyền về Cộng đồng Kinh tế ASEAN và các cam kết hội nhập trong ASEAN cho doanh nghiệp năm 2020",
         {"start": 2020, "end": 2020},
         [{"number": "02/QĐ-BCĐASEAN", "type": "Quyết định", "date": "2019-06-26"},
          {"number": "168/KH-UBND", "type": "Kế hoạch", "date": "2019-10-04"}],
         {"name": "Lê Minh Thuận", "position": "Phó Giám đốc"})
M["note"] = ("File is Windows-1258 with tone marks as combining characters and CRLF line ends; values are given in NFC. "
             "The subject line wraps over two lines in the header and is joined with one space.")

sections = [
    SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
    SEC("I.1", "1.", "Mục đích", 2),
    SEC("I.2", "2.", "Yêu cầu", 2),
    SEC("II", "II.", "NỘI DUNG VÀ NHIỆM VỤ CỤ THỂ", 1, "tasks"),
    SEC("II.1", "1.", "Phổ biến các cam kết trong Cộng đồng Kinh tế ASEAN", 2),
    SEC("II.2", "2.", "Hướng dẫn quy tắc xuất xứ và thủ tục cấp Giấy chứng nhận xuất xứ hàng hóa mẫu D", 2),
    SEC("II.3", "3.", "Tuyên truyền về thương mại điện tử và Cơ chế một cửa ASEAN", 2),
    SEC("II.4", "4.", "Mở chuyên mục \"Doanh nghiệp với ASEAN\" trên Trang thông tin điện tử của Sở", 2),
    SEC("II.5", "5.", "Biên soạn, phát hành cẩm nang \"Doanh nghiệp Cần Thơ với thị trường ASEAN\"", 2),
    SEC("II.6", "6.", "Tham gia hội chợ, triển lãm và xúc tiến thương mại tại các nước ASEAN", 2),
    SEC("II.7", "7.", "Khảo sát khó khăn, vướng mắc của doanh nghiệp xuất khẩu sang thị trường ASEAN", 2),
    SEC("II.8", "8.", "Cập nhật kiến thức về hội nhập ASEAN cho công chức, viên chức của Sở", 2),
    SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
    SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
    SEC("IV.1", "1.", "Phòng Quản lý Thương mại", 2),
    SEC("IV.2", "2.", "Văn phòng Sở", 2),
    SEC("IV.3", "3.", "Các phòng, đơn vị thuộc Sở", 2),
    SEC("IV.4", "4.", "Đề nghị Hiệp hội Doanh nghiệp thành phố Cần Thơ", 2),
]
tt = {s["id"]: s["title"] for s in sections}

QLTM = A("Phòng Quản lý Thương mại")
VPS = A("Văn phòng Sở")
TTKC = A("Trung tâm Khuyến công và Tư vấn phát triển công nghiệp")
HQ = A("Cục Hải quan thành phố Cần Thơ")
HH = A("Hiệp hội Doanh nghiệp thành phố Cần Thơ")
tasks = [
    TASK("II.1", tt["II.1"], [QLTM], [VPS, TTKC], TF("Quý II/2020", "2020-04-01", "2020-06-30")),
    TASK("II.2", tt["II.2"], [QLTM], [A("Phòng Quản lý Xuất nhập khẩu khu vực Cần Thơ"), HQ], TF("Tháng 5/2020", "2020-05-01", "2020-05-31")),
    TASK("II.3", tt["II.3"], [QLTM], [HQ], TF("Quý III/2020", "2020-07-01", "2020-09-30")),
    TASK("II.4", tt["II.4"], [VPS], [A("Các phòng, đơn vị thuộc Sở", coll=True)], None,
         note="'Thường xuyên' is not a window: timeframe null."),
    TASK("II.5", tt["II.5"], [TTKC], [QLTM], TF("Quý III/2020", "2020-07-01", "2020-09-30")),
    TASK("II.6", tt["II.6"], [QLTM], [A("Trung tâm Xúc tiến Đầu tư - Thương mại và Hội chợ Triển lãm thành phố Cần Thơ")], None,
         note="'Theo Chương trình xúc tiến thương mại thành phố năm 2020' names a programme, not a window: timeframe null, no deadline."),
    TASK("II.7", tt["II.7"], [A("Phòng Kế hoạch - Tài chính - Tổng hợp")], [HH], TF("Quý IV/2020", "2020-10-01", "2020-12-31")),
    TASK("II.8", tt["II.8"], [VPS], [], TF("Năm 2020", "2020-01-01", "2020-12-31")),
]

assignments = [
    ASG(QLTM, "IV.1", ["Là đầu mối, theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch",
                       "Tổng hợp kết quả thực hiện, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân thành phố và Sở Thông tin và Truyền thông trước ngày 05/12/2020"]),
    ASG(VPS, "IV.2", ["Tham mưu bố trí kinh phí thực hiện Kế hoạch", "đăng tải Kế hoạch trên Trang thông tin điện tử của Sở"]),
    ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "IV.3", ["Căn cứ nhiệm vụ được giao, chủ động triển khai thực hiện",
                                                             "báo cáo kết quả về Phòng Quản lý Thương mại trước ngày 25/11/2020"]),
    ASG(HH, "IV.4", ["Phối hợp thông tin đến hội viên",
                     "phản ánh kịp thời khó khăn, vướng mắc của doanh nghiệp khi thực thi các cam kết trong ASEAN"]),
]

deadlines = [
    DL("Quý II/2020", "period", "II.1", "Phổ biến các cam kết trong Cộng đồng Kinh tế ASEAN", start="2020-04-01", end="2020-06-30"),
    DL("Tháng 5/2020", "period", "II.2", "Tổ chức 01 hội nghị hướng dẫn doanh nghiệp xuất khẩu về quy tắc xuất xứ", start="2020-05-01", end="2020-05-31"),
    DL("Quý III/2020", "period", "II.3", "Tuyên truyền về thương mại điện tử và Cơ chế một cửa ASEAN", start="2020-07-01", end="2020-09-30"),
    DL("Quý III/2020", "period", "II.5", "Biên soạn, phát hành cẩm nang \"Doanh nghiệp Cần Thơ với thị trường ASEAN\"", start="2020-07-01", end="2020-09-30"),
    DL("Quý IV/2020", "period", "II.7", "Khảo sát khó khăn, vướng mắc của doanh nghiệp xuất khẩu sang thị trường ASEAN", start="2020-10-01", end="2020-12-31"),
    DL("Năm 2020", "period", "II.8", "Cập nhật kiến thức về hội nhập ASEAN cho công chức, viên chức của Sở", start="2020-01-01", end="2020-12-31"),
    DL("trước ngày 05/12/2020", "due", "IV.1", "báo cáo Ủy ban nhân dân thành phố và Sở Thông tin và Truyền thông", due="2020-12-05"),
    DL("trước ngày 25/11/2020", "due", "IV.3", "báo cáo kết quả về Phòng Quản lý Thương mại", due="2020-11-25"),
]

budget = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget"],
          "clauses": [{"text": "Kinh phí thực hiện Kế hoạch được sử dụng từ nguồn ngân sách thành phố cấp cho Chương trình xúc tiến thương mại năm 2020 và kinh phí chi thường xuyên của Sở đã được giao trong dự toán năm 2020", "section": "III"}],
          "amounts": [{"text": "60.000.000 đồng", "vnd": 60000000}]}

P = plan(M, sections, tasks, assignments, deadlines, budget)

areas = [
    AREA("A01", "missing", note="Phòng Quản lý Thương mại is only the department's internal focal point (IV.1); no cross-level/cross-sector mechanism, no orienting of the press."),
    AREA("A02", "missing"),
    AREA("A03", "missing", note="No Fanpage, app or social network; the Sở's own web page is counted under A09."),
    AREA("A04", "partial", "II.1", "lồng ghép vào các hội nghị, hội thảo, tập huấn của ngành Công Thương",
         note="A phrase inside the commitments task; no talks, no mass organisations."),
    AREA("A05", "partial", "II.8", "Cử công chức, viên chức tham dự các lớp tập huấn, bồi dưỡng về hội nhập kinh tế ASEAN",
         note="Own task, but it sends the department's own officials to courses on economic integration, not propaganda staff, editors or reporters."),
    AREA("A06", "covered", "II.1", "Tuyên truyền, phổ biến các cam kết trong ASEAN về thương mại hàng hóa, dịch vụ, đầu tư"),
    AREA("A07", "missing"),
    AREA("A08", "missing"),
    AREA("A09", "covered", "II.4", "Mở chuyên mục \"Doanh nghiệp với ASEAN\" trên Trang thông tin điện tử của Sở",
         note="A column on the department's own web page (no press or broadcasting); judged covered as an own task, 'partial' is arguable."),
    AREA("A10", "missing"),
    AREA("A11", "covered", "II.6", "Vận động, hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm tại Thái Lan, Campuchia, Myanmar"),
    AREA("A12", "covered", "II.5", "In 2.000 cuốn cẩm nang tóm tắt các cam kết, thủ tục xuất khẩu, thông tin thị trường từng nước thành viên ASEAN"),
    AREA("A13", "partial", "II.4", "cập nhật tin, bài về hoạt động của Sở hướng tới Năm Chủ tịch ASEAN 2020",
         note="Chủ tịch ASEAN 2020 appears only in the purposes and as a qualifier in II.4; no summits or anniversaries."),
    AREA("A14", "missing", note="No content on ASEAN's role, pillars, countries or peoples; 'thông tin thị trường từng nước' in II.5 is market information."),
    AREA("A15", "missing"),
    AREA("A16", "covered", "II.6", "giới thiệu sản phẩm chủ lực của thành phố tại các phiên chợ hàng Việt ở nước ngoài"),
]
AU = audit(REF19, True, ["cites 02/QĐ-BCĐASEAN and the city's Kế hoạch 168/KH-UBND under it", "year 2020 inside 2019-2020",
                         "fingerprints: nắm bắt được cơ hội để phát triển, Năm Chủ tịch ASEAN 2020"],
           areas,
           [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
            ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (city budget for the trade promotion programme, recurrent budget; 60.000.000 đồng)"),
            ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
            ("S4", "pass", "IV.1 báo cáo trước ngày 05/12/2020; IV.3 báo cáo trước ngày 25/11/2020"),
            ("S5", "pass", "every task II.1-II.8 has an Đơn vị chủ trì"),
            ("S6", "pass", "basis cites Quyết định 02/QĐ-BCĐASEAN and Kế hoạch 168/KH-UBND")])

if __name__ == "__main__":
    write_gold(NAME, P, AU, SRC)
