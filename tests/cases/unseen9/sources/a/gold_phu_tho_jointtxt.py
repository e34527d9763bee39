"""Gold for plan 4 (Phú Thọ joint plan Sở VHTTDL + Tỉnh đoàn, plain text pasted from Word). Hand-typed values."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *

NAME = "phu-tho_15-KHLT-SVHTTDL-TDTN_2023_asean-jointtxt"
SRC = (Path(__file__).parent / f"{NAME}.source.txt").read_text(encoding="utf-8")

BTG = lambda: A("Ban Tuyên giáo Tỉnh đoàn")
SVH = lambda: A("Sở Văn hóa, Thể thao và Du lịch")
TTXT = lambda: A("Trung tâm Thông tin Xúc tiến Du lịch")
QLDL = lambda: A("Phòng Quản lý Du lịch")

m = meta("15/KHLT-SVHTTDL-TĐTN", "Kế hoạch", "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ", "Phú Thọ", "2023-05-12",
         "Tuyên truyền, quảng bá về ASEAN trong đoàn viên, thanh niên gắn với quảng bá du lịch Đất Tổ năm 2023",
         {"start": 2023, "end": 2023},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "4315/KH-UBND", "type": "Kế hoạch", "date": "2021-10-22"},
          {"number": "01/CTrPH-SVHTTDL-TĐTN", "type": "Chương trình", "date": "2022-03-15",
           "note": "A numbered joint programme (Chương trình phối hợp) cited under 'Căn cứ': basis, type Chương trình."}],
         {"name": "Hoàng Minh Tuấn", "position": "Phó Giám đốc"})
m["joint"] = True
m["co_issuers"] = ["Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Thọ", "Tỉnh đoàn Phú Thọ"]
m["co_signers"] = [{"name": "Nguyễn Thu Hà", "position": "Phó Bí thư", "for": "Ban Thường vụ Tỉnh đoàn"}]
m["note"] = ("Joint plan (KẾ HOẠCH LIÊN TỊCH) of two bodies; the schema has one issuer and one signer. Issuer = the LEAD body: the one "
             "named first in the number (15/KHLT-SVHTTDL-TĐTN), in the first header column and first in the preamble; the "
             "co-issuer is Tỉnh đoàn Phú Thọ (header column 2 'BCH ĐOÀN TỈNH PHÚ THỌ / ***'). Signer = the lead body's signatory, "
             "who signs in the RIGHT column as Decree 30/2020 places the lead body's signature (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC); "
             "the left column (first on each tab-separated line) is the Tỉnh đoàn's (TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / PHÓ BÍ THƯ). "
             "doc_type 'Kế hoạch': 'liên tịch' is the joint form of issue, not another type (Decree 30 lists no KHLT). Extra "
             "keys joint/co_issuers/co_signers record the second body.")

secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"),
        SEC("I.1", "1.", "Mục đích", 2),
        SEC("I.2", "2.", "Yêu cầu", 2),
        SEC("II", "II.", "NỘI DUNG HOẠT ĐỘNG", 1, "content"),
        SEC("II.1", "1.", "Tuyên truyền trên các nền tảng số", 2),
        SEC("II.2", "2.", "Cuộc thi trực tuyến “Tìm hiểu về Cộng đồng ASEAN và du lịch Đất Tổ”", 2),
        SEC("II.3", "3.", "Ngày hội “Thanh niên Phú Thọ - Sắc màu văn hóa ASEAN”", 2),
        SEC("II.4", "4.", "Hỗ trợ thanh niên phát triển sản phẩm du lịch cộng đồng", 2),
        SEC("II.5", "5.", "Bồi dưỡng kỹ năng thương mại điện tử cho thanh niên khởi nghiệp", 2),
        SEC("II.6", "6.", "Tập huấn kỹ năng tuyên truyền về ASEAN", 2),
        SEC("II.7", "7.", "Đấu tranh, phản bác thông tin sai trái trên không gian mạng", 2),
        SEC("III", "III.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
        SEC("IV", "IV.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
        SEC("IV.1", "1.", "Sở Văn hóa, Thể thao và Du lịch", 2),
        SEC("IV.2", "2.", "Ban Thường vụ Tỉnh đoàn", 2),
        SEC("IV.3", "3.", "Đề nghị Ủy ban nhân dân các huyện, thành, thị", 2),
        SEC("IV.4", "4.", "Các huyện, thành, thị đoàn", 2)]
secs[1]["note"] = "Labels '1.<TAB>' are Word list numbers pasted as text; the tab is whitespace."

tasks = [
 TASK("II.1", "Tuyên truyền trên các nền tảng số", [BTG()], [TTXT()],
      TF("Từ tháng 5 đến tháng 12/2023", "2023-05-01", "2023-12-31")),
 TASK("II.2", "Cuộc thi trực tuyến “Tìm hiểu về Cộng đồng ASEAN và du lịch Đất Tổ”", [BTG()], [QLDL()],
      TF("Tháng 7 - tháng 9/2023", "2023-07-01", "2023-09-30")),
 TASK("II.3", "Ngày hội “Thanh niên Phú Thọ - Sắc màu văn hóa ASEAN”", [SVH()], [BTG(), A("Thành đoàn Việt Trì")],
      TF("Ngày 08/8/2023", "2023-08-08", "2023-08-08"),
      note="'- Thời gian: Ngày 08/8/2023' is the event's single date: a one-day window (start = end). '- Địa điểm: …' is an attribute."),
 TASK("II.4", "Hỗ trợ thanh niên phát triển sản phẩm du lịch cộng đồng", [QLDL()],
      [A("Hội Liên hiệp Thanh niên Việt Nam tỉnh")], TF("Quý III - Quý IV/2023", "2023-07-01", "2023-12-31")),
 TASK("II.5", "Bồi dưỡng kỹ năng thương mại điện tử cho thanh niên khởi nghiệp", [A("Hội Doanh nhân trẻ tỉnh")], [TTXT()],
      TF("Quý III/2023", "2023-07-01", "2023-09-30")),
 TASK("II.6", "Tập huấn kỹ năng tuyên truyền về ASEAN", [SVH()], [BTG()],
      note="'hoàn thành trước ngày 30/9/2023' is a due date, not a window: timeframe null, one due deadline."),
 TASK("II.7", "Đấu tranh, phản bác thông tin sai trái trên không gian mạng",
      [A("Các huyện, thành, thị đoàn", coll=True)], [],
      note="Lead from the collective opening the text as the actor."),
]
tasks[0]["note"] = ("Items 1-7 of section II (kind content) are tasks; leads from '<agency> chủ trì, phối hợp với …'; timeframes from "
                    "the '-<TAB>Thời gian: …' field lines.")

dls = [
 DL("Từ tháng 5 đến tháng 12/2023", "period", "II.1", "Tuyên truyền trên các nền tảng số", start="2023-05-01", end="2023-12-31"),
 DL("Tháng 7 - tháng 9/2023", "period", "II.2", "Cuộc thi trực tuyến “Tìm hiểu về Cộng đồng ASEAN và du lịch Đất Tổ”",
    start="2023-07-01", end="2023-09-30"),
 DL("Ngày 08/8/2023", "period", "II.3", "Ngày hội “Thanh niên Phú Thọ - Sắc màu văn hóa ASEAN”", start="2023-08-08", end="2023-08-08",
    note="Single event date: one-day period."),
 DL("Quý III - Quý IV/2023", "period", "II.4", "Hỗ trợ thanh niên phát triển sản phẩm du lịch cộng đồng",
    start="2023-07-01", end="2023-12-31"),
 DL("Quý III/2023", "period", "II.5", "Bồi dưỡng kỹ năng thương mại điện tử cho thanh niên khởi nghiệp",
    start="2023-07-01", end="2023-09-30"),
 DL("trước ngày 30/9/2023", "due", "II.6", "tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", due="2023-09-30"),
 DL("trước ngày 15/12/2023", "due", "IV.2", "Tổng hợp kết quả, phối hợp với Phòng Quản lý Du lịch báo cáo UBND tỉnh, Trung ương Đoàn",
    due="2023-12-15"),
 DL("trước ngày 30/11/2023", "due", "IV.4", "báo cáo kết quả về Tỉnh đoàn (qua Ban Tuyên giáo)", due="2023-11-30"),
]

asg = [
 ASG(SVH(), "IV.1", ["Chỉ đạo Phòng Quản lý Du lịch là đầu mối phối hợp với Ban Tuyên giáo Tỉnh đoàn triển khai Kế hoạch",
                     "chỉ đạo Trung tâm Thông tin Xúc tiến Du lịch hỗ trợ nội dung, hình ảnh quảng bá du lịch",
                     "Bố trí kinh phí, hướng dẫn thanh toán, quyết toán theo quy định"],
     note="Phòng Quản lý Du lịch and the Trung tâm are named only as objects of 'Chỉ đạo …' inside the Sở's duties (no 'Giao X', no bullet opening with them): not separate assignments."),
 ASG(A("Ban Thường vụ Tỉnh đoàn"), "IV.2",
     ["Chỉ đạo Ban Tuyên giáo Tỉnh đoàn là đầu mối tham mưu tổ chức các hoạt động",
      "hướng dẫn các huyện, thành, thị đoàn, đoàn trực thuộc triển khai Kế hoạch",
      "Tổng hợp kết quả, phối hợp với Phòng Quản lý Du lịch báo cáo UBND tỉnh, Trung ương Đoàn trước ngày 15/12/2023"]),
 ASG(A("Ủy ban nhân dân các huyện, thành, thị", coll=True), "IV.3",
     ["Chỉ đạo Phòng Văn hóa và Thông tin phối hợp với huyện, thành, thị đoàn tổ chức các hoạt động tuyên truyền về ASEAN tại địa phương"]),
 ASG(A("Các huyện, thành, thị đoàn", coll=True), "IV.4",
     ["Xây dựng kế hoạch triển khai phù hợp với thực tế",
      "báo cáo kết quả về Tỉnh đoàn (qua Ban Tuyên giáo) trước ngày 30/11/2023"]),
]

bud = {"present": True, "section": "III", "sources": ["state_budget", "unit_budget", "sponsorship"],
       "clauses": [{"text": "Sở Văn hóa, Thể thao và Du lịch bố trí 60.000.000 đồng từ nguồn kinh phí sự nghiệp văn hóa năm 2023 được giao trong dự toán", "section": "III"},
                   {"text": "Tỉnh đoàn bố trí 25.000.000 đồng từ nguồn kinh phí hoạt động thường xuyên của cơ quan", "section": "III"},
                   {"text": "vận động tài trợ từ các doanh nghiệp, nhà tài trợ để tổ chức ngày hội và cuộc thi", "section": "III"}],
       "amounts": [{"text": "60.000.000 đồng", "vnd": 60000000}, {"text": "25.000.000 đồng", "vnd": 25000000}],
       "note": "Sở's share 'kinh phí sự nghiệp văn hóa … được giao trong dự toán' → state_budget; Tỉnh đoàn's 'kinh phí hoạt động thường xuyên của cơ quan' → unit_budget; 'vận động tài trợ' → sponsorship (the donors being enterprises does not make it 'enterprise')."}
P = plan(m, secs, tasks, asg, dls, bud)

areas = [
 AREA("B01", "covered", "II.1", "đăng tải tin, bài, video ngắn về Chủ đề ASEAN năm 2023 “ASEAN tầm vóc: Tâm điểm tăng trưởng” và hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "missing", note="No COVID-19 content."),
 AREA("B03", "missing", note="No real-life stories, exemplary people or ASEAN awards (the contest prizes are the plan's own)."),
 AREA("B04", "partial", "I", "góp phần nâng cao cảm nhận của thanh niên về một cộng đồng ASEAN chung",
      note="Only in the purposes; the festival's photo display of ASEAN countries is culture exchange (B11), not identity/belonging."),
 AREA("B05", "covered", "II.4", "giới thiệu sản phẩm tới các doanh nghiệp lữ hành, khách du lịch đến từ các nước ASEAN"),
 AREA("B06", "covered", "II.5", "kỹ năng thương mại điện tử, chuyển đổi số, quảng bá sản phẩm trên nền tảng số tới thị trường các nước ASEAN"),
 AREA("B07", "covered", "II.1", "mở chuyên mục “Tuổi trẻ Đất Tổ với ASEAN” trên Fanpage “Tuổi trẻ Phú Thọ” và Trang thông tin điện tử du lịch Phú Thọ"),
 AREA("B08", "covered", "II.3", "treo cờ ASEAN, băng rôn, pa nô tại khu vực tổ chức",
      note="A clause with its own verb inside the festival task, on the ASEAN Day (08/8); covered."),
 AREA("B09", "covered", "II.6", "tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho cán bộ Đoàn chủ chốt, hướng dẫn viên du lịch tại điểm"),
 AREA("B10", "covered", "II.2", "tổ chức cuộc thi trực tuyến dành cho đoàn viên, thanh niên, học sinh, sinh viên trên địa bàn tỉnh"),
 AREA("B11", "covered", "II.3", "tổ chức ngày hội giao lưu văn hóa, thể thao, ẩm thực giữa thanh niên Phú Thọ với lưu học sinh Lào"),
 AREA("B12", "covered", "II.7", "kịp thời đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại và quá trình hội nhập ASEAN của Việt Nam"),
 AREA("B13", "partial", "I", "Tăng cường phối hợp giữa ngành Văn hóa, Thể thao và Du lịch với tổ chức Đoàn các cấp",
      note="The plan is itself a two-body coordination, but it commits to no information coordination with other departments, localities or the media; the phrase is a requirement in section I."),
]
AU = audit(REF21, True, ["cites 1160/QĐ-TTg (13/7/2021) and Phú Thọ plan 4315/KH-UBND", "year 2023 within 2021-2025",
                         "fingerprints: tư duy Cộng đồng, hành động Cộng đồng; 3 trụ cột; chuyển đổi số, nền tảng số"],
           areas, [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"),
                   ("S2", "pass", "section III KINH PHÍ THỰC HIỆN (60.000.000 + 25.000.000 đồng)"),
                   ("S3", "pass", "section IV TỔ CHỨC THỰC HIỆN with 4 assignments"),
                   ("S4", "pass", "IV.2 báo cáo UBND tỉnh, Trung ương Đoàn trước ngày 15/12/2023; IV.4 trước ngày 30/11/2023"),
                   ("S5", "pass", "every task II.1-II.7 names a lead"),
                   ("S6", "pass", "basis cites 1160/QĐ-TTg")])
write_gold(NAME, P, AU, SRC)
