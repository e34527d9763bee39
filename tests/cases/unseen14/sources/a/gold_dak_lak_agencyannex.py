"""Hand gold for the Krông Pắc DOCX whose annex is grouped by agency. Values typed by hand; write_gold refuses quotes
not verbatim in the DOCX (paragraphs + table cells)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import *
NAME = "dak-lak_krong-pac_178-KH-UBND_2019_asean-agencyannex"
SRC = delivered_text(NAME, "docx")
VH = lambda: A("Phòng Văn hóa và Thông tin huyện")
NN = lambda: A("Phòng Nông nghiệp và Phát triển nông thôn")
m = meta("178/KH-UBND", "Kế hoạch", "Ủy ban nhân dân huyện Krông Pắc", "Đắk Lắk", "2019-09-09",
         "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Krông Pắc", {"start": 2019, "end": 2020},
         [{"number": "7415/KH-UBND", "type": "Kế hoạch", "date": "2019-08-21"}],
         {"name": "Y Krin Niê", "position": "Phó Chủ tịch"})
m["note"] = ("The body has no numbered tasks. The annex 'PHÂN CÔNG NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ' has columns STT | Nội dung nhiệm vụ | "
             "Đơn vị phối hợp | Thời gian hoàn thành and group rows I-VI that name the agency in charge; there is no lead column. "
             "Decision: each row's lead is the agency (or agencies) of the group row above it; group rows are not tasks. "
             "STT runs on 1-11 across groups → PL.1-PL.11.")
secs = [SEC("I", "I.", "MỤC ĐÍCH, YÊU CẦU", 1, "purpose"), SEC("II", "II.", "NỘI DUNG TUYÊN TRUYỀN", 1, "content"),
        SEC("III", "III.", "HÌNH THỨC TUYÊN TRUYỀN", 1, "forms"), SEC("IV", "IV.", "KINH PHÍ THỰC HIỆN", 1, "budget"),
        SEC("V", "V.", "TỔ CHỨC THỰC HIỆN", 1, "organization"),
        SEC("V.1", "1.", "Các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ được phân công tại Phụ lục kèm theo Kế hoạch này chủ động xây dựng kế hoạch cụ thể và tổ chức thực hiện; báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 20/11 hằng năm", 2),
        SEC("V.2", "2.", "Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 30/11/2019 và ngày 30/11/2020", 2),
        SEC("V.3", "3.", "Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch", 2)]
G1 = [A("Phòng Văn hóa và Thông tin huyện", "PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN")]
G2 = [A("Đài Truyền thanh - Truyền hình huyện", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH HUYỆN")]
G3 = [A("Phòng Giáo dục và Đào tạo", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")]
G4 = [A("Phòng Kinh tế và Hạ tầng", "PHÒNG KINH TẾ VÀ HẠ TẦNG")]
G5 = [A("Huyện đoàn", "HUYỆN ĐOÀN"), A("Hội Liên hiệp Phụ nữ huyện", "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN"), A("Hội Nông dân huyện", "HỘI NÔNG DÂN HUYỆN")]
G6 = [A("Công an huyện", "CÔNG AN HUYỆN")]
ROWS = [
 ("Hướng dẫn nội dung tuyên truyền về ASEAN theo từng thời điểm cho Đài Truyền thanh - Truyền hình huyện và đài truyền thanh các xã, thị trấn", G1, [A("Ban Tuyên giáo Huyện ủy")], None),
 ("Khai thác, chia sẻ tin, bài, ấn phẩm về ASEAN từ Cổng thông tin ASEAN Việt Nam trên Cổng thông tin điện tử huyện", G1,
  [A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND và UBND huyện")], ("Năm 2019 - 2020", "2019-01-01", "2020-12-31")),
 ("In ấn, cấp phát tờ rơi, tài liệu hỏi - đáp về Cộng đồng ASEAN bằng tiếng Việt và tiếng Ê Đê cho các buôn, thôn", G1,
  [A("Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", True)], ("Quý IV/2019", "2019-10-01", "2019-12-31")),
 ("Xây dựng chuyên mục \"Krông Pắc với Cộng đồng ASEAN\" phát sóng định kỳ hằng tháng; tiếp sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam", G2, [VH()], ("Năm 2019 - 2020", "2019-01-01", "2020-12-31")),
 ("Chia sẻ tin, bài về ASEAN trên Fanpage của Đài và các nhóm Zalo của thôn, buôn", G2, [VH()], None),
 ("Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở; lồng ghép nội dung về ASEAN vào hoạt động ngoại khóa", G3, [A("Huyện đoàn Krông Pắc")], ("Quý I/2020", "2020-01-01", "2020-03-31")),
 ("Xây dựng Góc ASEAN tại thư viện các trường trung học cơ sở đạt chuẩn quốc gia", G3, [VH()], ("Năm 2020", "2020-01-01", "2020-12-31")),
 ("Tuyên truyền cho doanh nghiệp, hợp tác xã cà phê, sầu riêng về các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử và cơ hội xuất khẩu sang thị trường ASEAN", G4,
  [NN(), A("Hội Doanh nghiệp huyện")], ("Năm 2020", "2020-01-01", "2020-12-31")),
 ("Giới thiệu sản phẩm cà phê, sầu riêng Krông Pắc tại các hội chợ, triển lãm xúc tiến thương mại do tỉnh tổ chức", G4, [NN()], None),
 ("Lồng ghép tuyên truyền về ASEAN trong sinh hoạt đoàn, hội và các buổi nói chuyện chuyên đề cho đoàn viên, hội viên", G5, [VH()], None),
 ("Nắm bắt tình hình dư luận xã hội; phát hiện, đấu tranh, phản bác các thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN", G6, [VH()], None),
]
NOTES = {1: "Time 'Thường xuyên': no timeframe.", 5: "Time 'Thường xuyên': no timeframe.", 9: "Time 'Theo kế hoạch của tỉnh': no window.",
         10: "Group row V names three bodies; all three are leads.", 11: "Time 'Thường xuyên': no timeframe."}
tasks, dls = [], []
for i, (title, lead, sup, tf) in enumerate(ROWS, 1):
    tasks.append(TASK(f"PL.{i}", title, lead, sup, TF(*tf) if tf else None, NOTES.get(i)))
    if i == 4:
        dls.append(DL("định kỳ hằng tháng", "recurring", "PL.4", "Xây dựng chuyên mục \"Krông Pắc với Cộng đồng ASEAN\" phát sóng", rec="monthly"))
    if tf:
        dls.append(DL(tf[0], "period", f"PL.{i}", title, start=tf[1], end=tf[2]))
asg = [
 ASG(A("Các cơ quan, đơn vị, địa phương", coll=True), "V.1",
     ["căn cứ nhiệm vụ được phân công tại Phụ lục kèm theo Kế hoạch này chủ động xây dựng kế hoạch cụ thể và tổ chức thực hiện",
      "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 20/11 hằng năm"]),
 ASG(VH(), "V.2", ["là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch",
                   "tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 30/11/2019 và ngày 30/11/2020"]),
 ASG(A("Phòng Tài chính - Kế hoạch"), "V.3", ["tham mưu bố trí kinh phí thực hiện Kế hoạch"]),
]
dls += [
 DL("trước ngày 20/11 hằng năm", "due", "V.1", "báo cáo kết quả về Phòng Văn hóa và Thông tin huyện", due="--11-20", rec="yearly"),
 DL("trước ngày 30/11/2019 và ngày 30/11/2020", "due", "V.2", "tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông", due="2019-11-30"),
 DL("trước ngày 30/11/2019 và ngày 30/11/2020", "due", "V.2", "tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông", due="2020-11-30"),
]
bud = {"present": True, "section": "IV", "sources": ["state_budget", "socialization"],
       "clauses": [{"text": "Các cơ quan, đơn vị sử dụng kinh phí được giao trong dự toán ngân sách của đơn vị để thực hiện", "section": "IV"},
                   {"text": "khuyến khích huy động các nguồn xã hội hóa", "section": "IV"}],
       "amounts": [], "note": "'kinh phí được giao trong dự toán ngân sách của đơn vị' read as state_budget (budget estimates); unit_budget is arguable."}
areas = [
 AREA("A01", "covered", "PL.1", "Hướng dẫn nội dung tuyên truyền về ASEAN theo từng thời điểm cho Đài Truyền thanh - Truyền hình huyện và đài truyền thanh các xã, thị trấn",
      note="Orienting media by period; no vertical/horizontal mechanism (partial arguable)."),
 AREA("A02", "covered", "PL.2", "Khai thác, chia sẻ tin, bài, ấn phẩm về ASEAN từ Cổng thông tin ASEAN Việt Nam"),
 AREA("A03", "covered", "PL.5", "Chia sẻ tin, bài về ASEAN trên Fanpage của Đài và các nhóm Zalo của thôn, buôn"),
 AREA("A04", "covered", "PL.10", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt đoàn, hội và các buổi nói chuyện chuyên đề cho đoàn viên, hội viên"),
 AREA("A05", "missing"),
 AREA("A06", "covered", "PL.8", "Tuyên truyền cho doanh nghiệp, hợp tác xã cà phê, sầu riêng về các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử"),
 AREA("A07", "covered", "PL.6", "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở; lồng ghép nội dung về ASEAN vào hoạt động ngoại khóa"),
 AREA("A08", "covered", "PL.7", "Xây dựng Góc ASEAN tại thư viện các trường trung học cơ sở đạt chuẩn quốc gia"),
 AREA("A09", "covered", "PL.4", "tiếp sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam"),
 AREA("A10", "missing"),
 AREA("A11", "partial", "PL.9", "Giới thiệu sản phẩm cà phê, sầu riêng Krông Pắc tại các hội chợ, triển lãm xúc tiến thương mại do tỉnh tổ chức",
      note="District products at provincial fairs; nothing on fairs in ASEAN or ASEAN's image."),
 AREA("A12", "covered", "PL.3", "In ấn, cấp phát tờ rơi, tài liệu hỏi - đáp về Cộng đồng ASEAN"),
 AREA("A13", "covered", "II", "Các sự kiện quan trọng của ASEAN; Năm Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN"),
 AREA("A14", "covered", "II", "Vai trò, vị thế, thành tựu của ASEAN và 3 trụ cột của Cộng đồng ASEAN; đất nước, con người các nước ASEAN"),
 AREA("A15", "covered", "PL.11", "phát hiện, đấu tranh, phản bác các thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN"),
 AREA("A16", "covered", "II", "Tiềm năng, thế mạnh của huyện Krông Pắc về cà phê, sầu riêng, hồ tiêu và du lịch sinh thái"),
]
checks = [("S1", "pass", "section I MỤC ĐÍCH, YÊU CẦU"), ("S2", "pass", "section IV KINH PHÍ THỰC HIỆN (budget estimates, socialization)"),
          ("S3", "pass", "section V TỔ CHỨC THỰC HIỆN with 3 assignments (plus the annex's agency groups)"),
          ("S4", "pass", "V.2 report 'trước ngày 30/11/2019 và ngày 30/11/2020'"),
          ("S5", "pass", "all 11 annex tasks take the lead of their agency group row"),
          ("S6", "pass", "basis cites the provincial ASEAN plan 7415/KH-UBND (2019-2020)")]
au = audit(REF19, True, ["cites the provincial plan 7415/KH-UBND on tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020", "period 2019-2020",
                         "fingerprints: Chủ tịch ASEAN 2020, nắm bắt được cơ hội để phát triển, Cổng thông tin ASEAN Việt Nam"], areas, checks)
write_gold(NAME, plan(m, secs, tasks, asg, dls, bud), au, SRC)
