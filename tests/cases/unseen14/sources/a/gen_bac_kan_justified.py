"""Plan 1 — Bắc Kạn / huyện Ba Bể, 112/KH-UBND (2019), asean-2019-2020.
Layout: a PDF printed from Word-style DOCX with JUSTIFIED text whose body paragraphs were pasted from an
e-mail and so carry SOFT LINE BREAKS (Shift+Enter) every ~90 characters; in a justified paragraph every line
that ends in a soft break is stretched to the full width (wide word gaps), and the role/time lines are soft-break
lines inside the task paragraph. Built with python-docx, printed with soffice --convert-to pdf."""
import sys, textwrap, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
NAME = "bac-kan_ba-be_112-KH-UBND_2019_asean-justified"
B = Path(__file__).parent / "build"

def soft(text, width=92):
    """mimic an e-mail hard-wrap turned into Shift+Enter breaks when pasted into Word"""
    out = []
    for line in text.split("\n"):
        out.append("\n".join(textwrap.wrap(line, width)))
    return "\n".join(out)

BODY = [
 ("P", soft("Thực hiện Kế hoạch số 3870/KH-UBND ngày 24/7/2019 của Ủy ban nhân dân tỉnh Bắc Kạn về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Bắc Kạn, Ủy ban nhân dân huyện Ba Bể xây dựng Kế hoạch tuyên truyền, quảng bá ASEAN trên địa bàn huyện giai đoạn 2019 - 2020, cụ thể như sau:")),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", soft("- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân các dân tộc huyện Ba Bể về Cộng đồng ASEAN, về những cơ hội và thách thức khi Việt Nam là thành viên tích cực của ASEAN, đặc biệt trong Năm 2020 Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN.")),
 ("P", soft("- Giúp người dân, hợp tác xã, cơ sở kinh doanh du lịch trên địa bàn nắm bắt được cơ hội để phát triển, đưa công tác thông tin về ASEAN vào dòng chảy chính của công tác hội nhập ASEAN.")),
 ("H", "2. Yêu cầu"),
 ("P", soft("- Công tác tuyên truyền phải bám sát định hướng của tỉnh, nội dung ngắn gọn, dễ hiểu, phù hợp với đồng bào các dân tộc Tày, Dao, Mông trên địa bàn huyện.")),
 ("P", soft("- Các cơ quan, đơn vị phối hợp chặt chẽ, lồng ghép với các nhiệm vụ chính trị của địa phương, bảo đảm tiết kiệm, hiệu quả.")),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", soft("- Tuyên truyền về Cộng đồng ASEAN, vai trò, vị thế và những thành tựu của ASEAN; đất nước, con người các nước ASEAN.")),
 ("P", soft("- Các sự kiện quan trọng của ASEAN năm 2019 và Năm ASEAN 2020 khi Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN; kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020).")),
 ("P", soft("- Những cơ hội, thách thức đối với người dân, hợp tác xã trên địa bàn huyện khi tham gia Cộng đồng ASEAN.")),
 ("H", "III. NHIỆM VỤ, HOẠT ĐỘNG CỤ THỂ"),
 ("H", "1. Tuyên truyền trên sóng phát thanh, truyền hình và Trang thông tin điện tử huyện"),
 ("P", soft("Xây dựng chuyên mục \"Ba Bể hội nhập\" phát sóng định kỳ hằng tháng trên sóng Đài Truyền thanh - Truyền hình huyện; tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Truyền hình Việt Nam; đăng tải tin, bài về ASEAN trên Trang thông tin điện tử huyện, chia sẻ các tin, bài từ Cổng thông tin ASEAN Việt Nam.") +
        "\nChủ trì: Đài Truyền thanh - Truyền hình huyện; phối hợp: Phòng Văn hóa và Thông tin, Văn phòng HĐND và UBND huyện.\nThời gian: Năm 2019 - 2020."),
 ("H", "2. Tuyên truyền trên mạng xã hội"),
 ("P", soft("Lập và duy trì Fanpage \"Ba Bể - Hội nhập ASEAN\" trên mạng xã hội Facebook, chia sẻ tin, bài từ Ứng dụng và Fanpage \"ASEAN và Việt Nam\" của Bộ Thông tin và Truyền thông; khuyến khích cán bộ, công chức, đoàn viên thanh niên chia sẻ các thông tin chính thống về ASEAN.") +
        "\nChủ trì: Phòng Văn hóa và Thông tin; phối hợp: Huyện đoàn Ba Bể.\nThời gian: Quý IV/2019."),
 ("H", "3. Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của các đoàn thể"),
 ("P", soft("Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện, Hội Cựu chiến binh huyện lồng ghép nội dung về Cộng đồng ASEAN, lợi ích và thách thức khi Việt Nam tham gia ASEAN vào các buổi sinh hoạt chi hội, tổ hội của thanh niên, phụ nữ, nông dân, cựu chiến binh; Ban Tuyên giáo Huyện ủy phối hợp cung cấp tài liệu, định hướng nội dung.") +
        "\nThời gian: Thường xuyên."),
 ("H", "4. Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 ("P", soft("Cử cán bộ làm công tác tuyên truyền, phóng viên, biên tập viên Đài Truyền thanh - Truyền hình huyện tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do tỉnh và Trung ương tổ chức; tổ chức 01 lớp tập huấn cho công chức văn hóa - xã hội và trưởng đài truyền thanh các xã, thị trấn.") +
        "\nChủ trì: Phòng Văn hóa và Thông tin; phối hợp: Phòng Nội vụ, Đài Truyền thanh - Truyền hình huyện.\nThời gian: Quý II/2020."),
 ("H", "5. Tuyên truyền trong trường học"),
 ("P", soft("Phòng Giáo dục và Đào tạo chỉ đạo các trường trung học cơ sở đưa nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa; phối hợp với Huyện đoàn Ba Bể tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh; xây dựng Góc ASEAN tại thư viện Trường Phổ thông Dân tộc nội trú Trung học cơ sở huyện Ba Bể.") +
        "\nThời gian: Năm 2020."),
 ("H", "6. Quảng bá hình ảnh, tiềm năng du lịch huyện Ba Bể gắn với Vườn di sản ASEAN"),
 ("P", soft("Giới thiệu Vườn quốc gia Ba Bể - Vườn di sản ASEAN, hồ Ba Bể, các bản du lịch cộng đồng Pác Ngòi, Bó Lù và đặc sản địa phương tới du khách các nước ASEAN thông qua ấn phẩm, tờ rơi song ngữ Việt - Anh; tham gia hội chợ, triển lãm, xúc tiến du lịch do tỉnh tổ chức; treo băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020 tại trung tâm huyện và khu du lịch hồ Ba Bể.") +
        "\nChủ trì: Phòng Văn hóa và Thông tin; phối hợp: Ban Quản lý Vườn quốc gia Ba Bể, Phòng Kinh tế và Hạ tầng, UBND xã Nam Mẫu.\nThời gian: Năm 2020."),
 ("H", "7. Theo dõi, nắm bắt dư luận xã hội"),
 ("P", soft("Công an huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin theo dõi, nắm bắt tình hình dư luận xã hội; kịp thời phát hiện, phản bác các thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN của Việt Nam trên không gian mạng.")),
 ("H", "IV. KINH PHÍ THỰC HIỆN"),
 ("P", soft("Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách huyện theo phân cấp ngân sách hiện hành; các cơ quan, đơn vị lồng ghép trong kinh phí hoạt động thường xuyên được giao và huy động nguồn xã hội hóa. Năm 2020, ngân sách huyện hỗ trợ 30 triệu đồng cho các hoạt động chào mừng Năm Chủ tịch ASEAN 2020.")),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Văn hóa và Thông tin"),
 ("P", soft("- Là cơ quan thường trực, tham mưu UBND huyện hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch.")),
 ("P", soft("- Phối hợp với Ban Tuyên giáo Huyện ủy định hướng nội dung tuyên truyền về ASEAN theo từng thời điểm cho Đài Truyền thanh - Truyền hình huyện và hệ thống truyền thanh cơ sở.")),
 ("P", soft("- Tổng hợp, báo cáo kết quả thực hiện về UBND huyện và Sở Thông tin và Truyền thông trước ngày 05/12 hằng năm.")),
 ("H", "2. Phòng Tài chính - Kế hoạch"),
 ("P", "Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách."),
 ("H", "3. Các cơ quan, đơn vị, đoàn thể huyện"),
 ("P", soft("Căn cứ nhiệm vụ được giao tại mục III, chủ động xây dựng kế hoạch và tổ chức thực hiện; báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 25/11 hằng năm.")),
 ("H", "4. UBND các xã, thị trấn"),
 ("P", soft("Chỉ đạo đài truyền thanh cơ sở tiếp, phát sóng các tin, bài về ASEAN; treo băng rôn, khẩu hiệu trên địa bàn.")),
 ("P", soft("Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN trên địa bàn huyện Ba Bể giai đoạn 2019 - 2020. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Văn hóa và Thông tin để tổng hợp, báo cáo UBND huyện xem xét, giải quyết./.")),
]
RECIP = ["Nơi nhận:", "- Sở Thông tin và Truyền thông;", "- TT Huyện ủy;", "- TT HĐND huyện;", "- CT, các PCT UBND huyện;",
         "- Các cơ quan, đơn vị, đoàn thể huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Triệu Đức Hùng"]

def main():
    doc = new_doc(size=14, left=3.0, right=2.0, top=2.0, bottom=2.0)
    set_core(doc, "VHTT-BaBe", "2019-08-12T15:20:00", "2019-08-15T09:02:00")
    header(doc, size=12, left=["ỦY BAN NHÂN DÂN", "HUYỆN BA BỂ", "", "Số: 112/KH-UBND"],
           right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Ba Bể, ngày 15 tháng 8 năm 2019"])
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Tuyên truyền, quảng bá ASEAN trên địa bàn huyện Ba Bể\ngiai đoạn 2019 - 2020", align="center", bold=True, after=12)
    for kind, text in BODY:
        if kind == "H":
            P(doc, text, bold=True, indent=True, after=3)
        else:
            P(doc, text)
    signature(doc, RECIP, SIGN)
    B.mkdir(exist_ok=True)
    d = B / f"{NAME}.docx"; doc.save(d)
    pdf = to_pdf(d, B); shutil.copy(pdf, STAGE / f"{NAME}.pdf")
    print("wrote", STAGE / f"{NAME}.pdf")

main()
