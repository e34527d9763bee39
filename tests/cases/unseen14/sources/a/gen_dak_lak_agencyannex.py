"""Plan 5 — Đắk Lắk / huyện Krông Pắc, 178/KH-UBND (2019), asean-2019-2020.
Layout: DOCX with an ANNEX GROUPED BY AGENCY: after the signature, a ruled table STT | Nội dung nhiệm vụ | Đơn vị phối
hợp | Thời gian hoàn thành whose group rows (I, II, … spanning all columns) name the agency in charge; its tasks follow
as numbered rows (STT runs on 1-11 across groups). There is no lead column. The body has no numbered tasks."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
from docx.enum.text import WD_BREAK
from docx.enum.section import WD_ORIENT
from docx.shared import Cm
NAME = "dak-lak_krong-pac_178-KH-UBND_2019_asean-agencyannex"
VH = "Phòng Văn hóa và Thông tin huyện"
ANNEX = [
 ["STT", "Nội dung nhiệm vụ", "Đơn vị phối hợp", "Thời gian hoàn thành"],
 ("GROUP", "I. PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN"),
 ["1", "Hướng dẫn nội dung tuyên truyền về ASEAN theo từng thời điểm cho Đài Truyền thanh - Truyền hình huyện và đài truyền thanh các xã, thị trấn", "Ban Tuyên giáo Huyện ủy", "Thường xuyên"],
 ["2", "Khai thác, chia sẻ tin, bài, ấn phẩm về ASEAN từ Cổng thông tin ASEAN Việt Nam trên Cổng thông tin điện tử huyện", "Văn phòng HĐND và UBND huyện", "Năm 2019 - 2020"],
 ["3", "In ấn, cấp phát tờ rơi, tài liệu hỏi - đáp về Cộng đồng ASEAN bằng tiếng Việt và tiếng Ê Đê cho các buôn, thôn", "UBND các xã, thị trấn", "Quý IV/2019"],
 ("GROUP", "II. ĐÀI TRUYỀN THANH - TRUYỀN HÌNH HUYỆN"),
 ["4", "Xây dựng chuyên mục \"Krông Pắc với Cộng đồng ASEAN\" phát sóng định kỳ hằng tháng; tiếp sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam", VH, "Năm 2019 - 2020"],
 ["5", "Chia sẻ tin, bài về ASEAN trên Fanpage của Đài và các nhóm Zalo của thôn, buôn", VH, "Thường xuyên"],
 ("GROUP", "III. PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"),
 ["6", "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở; lồng ghép nội dung về ASEAN vào hoạt động ngoại khóa", "Huyện đoàn Krông Pắc", "Quý I/2020"],
 ["7", "Xây dựng Góc ASEAN tại thư viện các trường trung học cơ sở đạt chuẩn quốc gia", VH, "Năm 2020"],
 ("GROUP", "IV. PHÒNG KINH TẾ VÀ HẠ TẦNG"),
 ["8", "Tuyên truyền cho doanh nghiệp, hợp tác xã cà phê, sầu riêng về các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử và cơ hội xuất khẩu sang thị trường ASEAN", "Phòng Nông nghiệp và Phát triển nông thôn; Hội Doanh nghiệp huyện", "Năm 2020"],
 ["9", "Giới thiệu sản phẩm cà phê, sầu riêng Krông Pắc tại các hội chợ, triển lãm xúc tiến thương mại do tỉnh tổ chức", "Phòng Nông nghiệp và Phát triển nông thôn", "Theo kế hoạch của tỉnh"],
 ("GROUP", "V. HUYỆN ĐOÀN, HỘI LIÊN HIỆP PHỤ NỮ HUYỆN, HỘI NÔNG DÂN HUYỆN"),
 ["10", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt đoàn, hội và các buổi nói chuyện chuyên đề cho đoàn viên, hội viên", VH, "Thường xuyên"],
 ("GROUP", "VI. CÔNG AN HUYỆN"),
 ["11", "Nắm bắt tình hình dư luận xã hội; phát hiện, đấu tranh, phản bác các thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN", VH, "Thường xuyên"],
]
BODY = [
 ("P", "Thực hiện Kế hoạch số 7415/KH-UBND ngày 21/8/2019 của Ủy ban nhân dân tỉnh Đắk Lắk về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020, Ủy ban nhân dân huyện Krông Pắc ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân các dân tộc trên địa bàn huyện về Cộng đồng ASEAN, về Năm 2020 Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN; giúp doanh nghiệp, hợp tác xã, nông dân nắm bắt được cơ hội để phát triển."),
 ("P", "- Công tác tuyên truyền phải thường xuyên, phù hợp với đồng bào dân tộc thiểu số; phân công rõ đơn vị chủ trì, đơn vị phối hợp."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Vai trò, vị thế, thành tựu của ASEAN và 3 trụ cột của Cộng đồng ASEAN; đất nước, con người các nước ASEAN."),
 ("P", "- Các sự kiện quan trọng của ASEAN; Năm Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN."),
 ("P", "- Tiềm năng, thế mạnh của huyện Krông Pắc về cà phê, sầu riêng, hồ tiêu và du lịch sinh thái."),
 ("H", "III. HÌNH THỨC TUYÊN TRUYỀN"),
 ("P", "- Tuyên truyền trên sóng truyền thanh - truyền hình huyện, Cổng thông tin điện tử huyện và hệ thống truyền thanh cơ sở."),
 ("P", "- Tuyên truyền qua tài liệu, tờ rơi; qua sinh hoạt của các đoàn thể và mạng xã hội."),
 ("H", "IV. KINH PHÍ THỰC HIỆN"),
 ("P", "Các cơ quan, đơn vị sử dụng kinh phí được giao trong dự toán ngân sách của đơn vị để thực hiện; khuyến khích huy động các nguồn xã hội hóa."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("P", "1. Các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ được phân công tại Phụ lục kèm theo Kế hoạch này chủ động xây dựng kế hoạch cụ thể và tổ chức thực hiện; báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 20/11 hằng năm."),
 ("P", "2. Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 30/11/2019 và ngày 30/11/2020."),
 ("P", "3. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện Kế hoạch."),
 ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về Phòng Văn hóa và Thông tin huyện để tổng hợp, báo cáo Ủy ban nhân dân huyện./."),
]
RECIP = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Thông tin và Truyền thông;", "- TT Huyện ủy, TT HĐND huyện;",
         "- CT, các PCT UBND huyện;", "- Các cơ quan, đơn vị có tên tại Phụ lục;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Y Krin Niê"]

def main():
    doc = new_doc(size=14)
    set_core(doc, "VHTT KrongPac", "2019-09-05T08:00:00", "2019-09-09T10:20:00")
    header(doc, size=12, left=["ỦY BAN NHÂN DÂN", "HUYỆN KRÔNG PẮC", "", "Số: 178/KH-UBND"],
           right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Krông Pắc, ngày 09 tháng 9 năm 2019"])
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020\ntrên địa bàn huyện Krông Pắc", align="center", bold=True, after=12)
    for kind, text in BODY:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    P(doc, "PHỤ LỤC", align="center", bold=True, after=0)
    P(doc, "PHÂN CÔNG NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ", align="center", bold=True, after=0)
    P(doc, "(Kèm theo Kế hoạch số 178/KH-UBND ngày 09/9/2019 của UBND huyện Krông Pắc)", align="center", italic=True, after=12, size=13)
    table(doc, ANNEX, [1.2, 8.3, 4.3, 2.4], ruled=True, size=12, aligns=["center", "justify", "left", "center"], repeat=True)
    doc.save(STAGE / f"{NAME}.docx"); print("wrote", NAME)

main()
