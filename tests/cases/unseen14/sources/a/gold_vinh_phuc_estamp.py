"""Hand gold for the Vĩnh Phúc e-office stamped PDF. Values typed by hand; write_gold refuses quotes not verbatim in
pdftotext -raw of the delivered PDF."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "vinh-phuc_1024-KH-STTTT_2023_asean-estamp"
SRC = delivered_text(NAME, "pdf")
PB = lambda: A("Phòng Thông tin - Báo chí - Xuất bản")
TT = lambda: A("Trung tâm Công nghệ Thông tin và Truyền thông")
m = meta("1024/KH-STTTT", "Kế hoạch", "Sở Thông tin và Truyền thông tỉnh Vĩnh Phúc", "Vĩnh Phúc", "2023-05-08",
         "Thông tin, tuyên truyền về ASEAN năm 2023", {"start": 2023, "end": 2023},
         [{"number": "1160/QĐ-TTg", "type": "Quyết định", "date": "2021-07-13"},
          {"number": "178/KH-UBND", "type": "Kế hoạch", "date": "2021-11-15"}],
         {"name": "Phùng Thị Hạnh", "position": "Phó Giám đốc"})
m["note"] = ("The draft left the number and the day/month blank ('Số:        /KH-STTTT', 'ngày      tháng      năm 2023'); the "
             "document-management system stamped '1024', '08' and '5' into the blanks after signing, as separate text objects at the "
             "end of page 1's content stream (pdftotext -raw prints them after page 1's text; the layout view puts them in place). "
             "The stamped values are part of the delivered document, so number and issued are NOT null. The red 'Ký bởi …' box "
             "(signing time 08.05.2023) is a signature artefact, not the signer. Every word is a separate text object (no spaces).")
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content", note="Bullets only."),
        SEC("III", "III.", "NHIỆM VỤ CỤ THỂ", 1, "tasks")]
tasks, dls = [], []
def add(id_, label, title, level, lead, sup, tf=None, note=None, task=True):
    secs.append(SEC(id_, label, title, level))
    if task:
        tasks.append(TASK(id_, title, lead, sup, TF(*tf) if tf else None, note))
        if tf:
            dls.append(DL(tf[0], "period", id_, title, start=tf[1], end=tf[2]))
add("III.1", "1.", "Hướng dẫn, định hướng thông tin tuyên truyền về ASEAN", 2, [PB()], [A("Ban Tuyên giáo Tỉnh ủy")], ("cả năm 2023", "2023-01-01", "2023-12-31"),
    "Lead = actor opening the paragraph ('… chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy …').")
add("III.2", "2.", "Tuyên truyền trên Cổng thông tin điện tử và các nền tảng số", 2, [], [],
    note="Parent of the dotted sub-tasks 2.1 and 2.2; no lead of its own (both sub-tasks have one, so S5 still passes).")
add("III.2.1", "2.1.", "Duy trì chuyên mục \"Vĩnh Phúc - ASEAN\" trên Cổng Thông tin - Giao tiếp điện tử tỉnh", 3, [TT()],
    [A("Văn phòng Ủy ban nhân dân tỉnh")], ("năm 2023", "2023-01-01", "2023-12-31"))
add("III.2.2", "2.2.", "Chia sẻ tin, bài, video ngắn về ASEAN trên các trang mạng xã hội của Sở và hệ thống thông tin cơ sở", 3, [PB()], [],
    note="'Thời gian: hằng quý' is not a window: timeframe null, quarterly recurring deadline.")
dls.append(DL("hằng quý", "recurring", "III.2.2", "Chia sẻ tin, bài, video ngắn về ASEAN trên các trang mạng xã hội của Sở và hệ thống thông tin cơ sở", rec="quarterly"))
add("III.3", "3.", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", 2, [PB()], [A("Hội Nhà báo tỉnh")], ("Quý III/2023", "2023-07-01", "2023-09-30"))
add("III.4", "4.", "Tuyên truyền về kinh tế số, thương mại điện tử trong ASEAN cho doanh nghiệp", 2, [A("Phòng Công nghệ thông tin")],
    [A("Sở Công Thương"), A("Hiệp hội Doanh nghiệp tỉnh")], ("Quý II - Quý III/2023", "2023-04-01", "2023-09-30"))
add("III.5", "5.", "Tuyên truyền trực quan nhân Ngày thành lập ASEAN (08/8)", 2, [TT()],
    [A("Ủy ban nhân dân các huyện, thành phố", coll=True)], ("tháng 8/2023", "2023-08-01", "2023-08-31"))
add("III.6", "6.", "Xử lý thông tin sai trái về ASEAN trên không gian mạng", 2, [PB()], [A("Công an tỉnh")], None,
    "'Thời gian: thường xuyên': no timeframe, no deadline.")
secs += [SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"), SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
         SEC("V.1", "1.", "Phòng Thông tin - Báo chí - Xuất bản", 2), SEC("V.2", "2.", "Văn phòng Sở", 2),
         SEC("V.3", "3.", "Các phòng, đơn vị thuộc Sở", 2), SEC("V.4", "4.", "Báo Vĩnh Phúc, Đài Phát thanh và Truyền hình Vĩnh Phúc", 2)]
D4 = ["Đề nghị dành thời lượng, chuyên mục thông tin về ASEAN", "phối hợp sản xuất các tin, bài, phóng sự về Chủ đề ASEAN năm 2023"]
asg = [
 ASG(PB(), "V.1", ["Là đầu mối tham mưu, theo dõi, đôn đốc thực hiện Kế hoạch",
                   "tổng hợp báo cáo kết quả gửi Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông trước ngày 05/12/2023"]),
 ASG(A("Văn phòng Sở"), "V.2", ["Bảo đảm kinh phí, cơ sở vật chất cho các hoạt động của Kế hoạch"]),
 ASG(A("Các phòng, đơn vị thuộc Sở", coll=True), "V.3", ["Triển khai các nhiệm vụ được giao",
     "báo cáo kết quả về Phòng Thông tin - Báo chí - Xuất bản trước ngày 25/11/2023"]),
 ASG(A("Báo Vĩnh Phúc"), "V.4", D4, note="Heading names two bodies: one assignment each."),
 ASG(A("Đài Phát thanh và Truyền hình Vĩnh Phúc"), "V.4", D4),
]
dls += [
 DL("trước ngày 05/12/2023", "due", "V.1", "tổng hợp báo cáo kết quả gửi Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông", due="2023-12-05"),
 DL("trước ngày 25/11/2023", "due", "V.3", "báo cáo kết quả về Phòng Thông tin - Báo chí - Xuất bản", due="2023-11-25"),
]
bud = {"present": True, "section": "IV", "sources": ["state_budget", "unit_budget"],
       "clauses": [{"text": "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở Thông tin và Truyền thông năm 2023 (dự kiến 150 triệu đồng) và lồng ghép trong các chương trình, nhiệm vụ khác của Sở", "section": "IV"}],
       "amounts": [{"text": "150 triệu đồng", "vnd": 150000000}]}
areas = [
 AREA("B01", "covered", "II", "Chủ đề ASEAN năm 2023 \"ASEAN tầm vóc: Tâm điểm tăng trưởng\" và các hoạt động của ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội"),
 AREA("B02", "missing"), AREA("B03", "missing"), AREA("B04", "missing"),
 AREA("B05", "covered", "II", "Tiềm năng, thế mạnh, môi trường đầu tư của tỉnh Vĩnh Phúc đối với nhà đầu tư các nước ASEAN",
      note="An own content bullet (no task promotes the province; partial arguable)."),
 AREA("B06", "covered", "III.4", "Tuyên truyền về kinh tế số, thương mại điện tử trong ASEAN cho doanh nghiệp"),
 AREA("B07", "covered", "III.2.1", "Duy trì chuyên mục \"Vĩnh Phúc - ASEAN\" trên Cổng Thông tin - Giao tiếp điện tử tỉnh"),
 AREA("B08", "covered", "III.5", "Đăng tải băng rôn điện tử, pa nô về ASEAN trên màn hình LED công cộng"),
 AREA("B09", "covered", "III.3", "Tổ chức 01 lớp tập huấn kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ thông tin cơ sở"),
 AREA("B10", "missing"), AREA("B11", "missing"),
 AREA("B12", "covered", "III.6", "Theo dõi, phát hiện, đề nghị xử lý các thông tin xấu, độc, xuyên tạc về ASEAN và quá trình hội nhập của Việt Nam trên không gian mạng"),
 AREA("B13", "partial", "V.4", "phối hợp sản xuất các tin, bài, phóng sự về Chủ đề ASEAN năm 2023",
      note="Only the press is asked to cooperate; no coordination among departments, localities and socio-political organisations."),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"), ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (state budget 150 triệu đồng, unit programmes)"),
          ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 5 assignments"),
          ("S4", "pass", "V.1 report to UBND tỉnh and Bộ TT&TT 'trước ngày 05/12/2023'"),
          ("S5", "pass", "every task has a lead; III.2 is divided into 2.1 and 2.2, which both have one"),
          ("S6", "pass", "basis cites Quyết định 1160/QĐ-TTg")]
au = audit(REF21, True, ["cites 1160/QĐ-TTg", "period 2023 within 2021-2025", "fingerprints: thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; kinh tế số, chuyển đổi số; tầm nhìn 2030"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
