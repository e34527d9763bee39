"""Plan 3 — Liên đoàn Lao động tỉnh Nam Định, 47/KH-LĐLĐ (22/3/2022), asean-2021-2025, printed to PDF from Word
(python-docx -> soffice). Parts numbered in Arabic (`1. MỤC ĐÍCH, YÊU CẦU` … `4. TỔ CHỨC THỰC HIỆN`) with dotted items
(`2.1.`), roles in running text (the Ban that opens the sentence, `phối hợp với`), one actorless task, an
organisation heading of two collectives split by `;`, `TM. BAN THƯỜNG VỤ / PHÓ CHỦ TỊCH`. No page numbers."""
import sys, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
from kit16 import underline_cell_line
NAME = "nam-dinh_47-KH-LDLD_2022_asean-congdoanpdf"
BUILD = Path(__file__).parent / "build"
BODY = [
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("P", "Căn cứ Kế hoạch số 139/KH-UBND ngày 15/11/2021 của Ủy ban nhân dân tỉnh Nam Định về thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh giai đoạn 2021 - 2025;"),
 ("P", "Thực hiện Công văn số 3713/TLĐ ngày 29/12/2021 của Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam về công tác tuyên truyền đối ngoại, hội nhập quốc tế năm 2022,"),
 ("P", "Ban Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN trong công nhân, viên chức, lao động giai đoạn 2022 - 2025 như sau:"),
 ("H", "1. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1.1. Mục đích"),
 ("P", "- Giúp đoàn viên, công nhân, viên chức, lao động (CNVCLĐ) hiểu rõ về Cộng đồng ASEAN, những cơ hội và thách thức đối với người lao động khi Việt Nam hội nhập sâu rộng vào khu vực; góp phần xây dựng nhận thức, cảm nhận về một Cộng đồng ASEAN chung."),
 ("P", "- Nâng cao vai trò của tổ chức công đoàn trong đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của người lao động trong bối cảnh hội nhập."),
 ("H", "1.2. Yêu cầu"),
 ("P", "- Nội dung tuyên truyền ngắn gọn, dễ hiểu, phù hợp với từng đối tượng CNVCLĐ; gắn với các phong trào thi đua của tổ chức công đoàn."),
 ("P", "- Các cấp công đoàn phối hợp chặt chẽ với các cơ quan thông tin, báo chí và các sở, ngành của tỉnh trong quá trình triển khai."),
 ("H", "2. NỘI DUNG VÀ NHIỆM VỤ"),
 ("P", "2.1. Ban Tuyên giáo LĐLĐ tỉnh biên soạn đề cương, tài liệu tuyên truyền về Cộng đồng ASEAN, chủ đề năm ASEAN hằng năm, ba trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam trong ASEAN; cung cấp cho các cấp công đoàn trong quý II hằng năm."),
 ("P", "2.2. Ban Chính sách - Pháp luật LĐLĐ tỉnh chủ trì, phối hợp với Công đoàn các Khu công nghiệp tỉnh thông tin cho công nhân lao động tại các khu công nghiệp Hòa Xá, Bảo Minh, Mỹ Trung về dịch chuyển lao động trong ASEAN, tiêu chuẩn lao động trong các hiệp định thương mại tự do, yêu cầu kỹ năng trong chuyển đổi số của doanh nghiệp; các chính sách hỗ trợ phục hồi việc làm sau đại dịch COVID-19. Thời gian thực hiện: năm 2022 - 2025."),
 ("P", "2.3. Các cấp công đoàn trong tỉnh lồng ghép tuyên truyền về ASEAN trong sinh hoạt công đoàn, hội nghị báo cáo viên, các hoạt động “Tháng Công nhân” (tháng 5 hằng năm) và các diễn đàn, đối thoại giữa người lao động với người sử dụng lao động."),
 ("P", "2.4. Ban Tuyên giáo LĐLĐ tỉnh phối hợp với Ban Nữ công LĐLĐ tỉnh tổ chức Cuộc thi trực tuyến tìm hiểu “CNVCLĐ Nam Định với Cộng đồng ASEAN” trên nền tảng số; thời gian tổ chức: quý III/2023."),
 ("P", "2.5. Văn phòng LĐLĐ tỉnh duy trì chuyên mục “Công đoàn với hội nhập” trên Trang thông tin điện tử và Fanpage của Liên đoàn Lao động tỉnh; chia sẻ tin, bài qua các nhóm Zalo của cán bộ công đoàn cơ sở."),
 ("P", "2.6. Ban Tổ chức LĐLĐ tỉnh tham mưu biểu dương, giới thiệu các tập thể, cá nhân công nhân lao động tiêu biểu trong các doanh nghiệp có vốn đầu tư của các nước ASEAN trên địa bàn tỉnh; xây dựng tin, bài về các câu chuyện, mô hình hay trong xây dựng quan hệ lao động hài hòa, nhân dịp kỷ niệm Ngày thành lập Công đoàn Việt Nam (28/7) hằng năm."),
 ("P", "2.7. Ban Tuyên giáo LĐLĐ tỉnh chủ động nắm bắt tình hình tư tưởng, dư luận trong CNVCLĐ; định hướng thông tin, đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chủ trương hội nhập quốc tế của Đảng, Nhà nước trên không gian mạng."),
 ("P", "2.8. Cử cán bộ làm công tác tuyên giáo công đoàn tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Tổng Liên đoàn Lao động Việt Nam, Ban Tuyên giáo Tỉnh ủy tổ chức; lồng ghép nội dung về ASEAN trong chương trình bồi dưỡng cán bộ công đoàn cơ sở."),
 ("H", "3. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện từ nguồn tài chính công đoàn được phân bổ hằng năm cho hoạt động tuyên truyền của LĐLĐ tỉnh và các cấp công đoàn; vận động tài trợ của các doanh nghiệp. Dự kiến kinh phí tổ chức Cuộc thi trực tuyến năm 2023 là 85 triệu đồng."),
 ("H", "4. TỔ CHỨC THỰC HIỆN"),
 ("H", "4.1. Ban Tuyên giáo LĐLĐ tỉnh"),
 ("P", "Là đầu mối tham mưu Ban Thường vụ LĐLĐ tỉnh triển khai Kế hoạch; hướng dẫn, theo dõi, đôn đốc các cấp công đoàn thực hiện; tổng hợp, báo cáo Tổng Liên đoàn Lao động Việt Nam và Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 20/11 hằng năm."),
 ("H", "4.2. Văn phòng LĐLĐ tỉnh"),
 ("P", "Phối hợp với Ban Tài chính LĐLĐ tỉnh tham mưu bố trí kinh phí thực hiện Kế hoạch; bảo đảm điều kiện kỹ thuật cho Trang thông tin điện tử của LĐLĐ tỉnh."),
 ("H", "4.3. Liên đoàn Lao động các huyện, thành phố; công đoàn ngành và tương đương"),
 ("P", "Căn cứ Kế hoạch này, xây dựng kế hoạch triển khai phù hợp với tình hình thực tế; chỉ đạo công đoàn cơ sở tổ chức thực hiện; báo cáo kết quả về LĐLĐ tỉnh (qua Ban Tuyên giáo) trước ngày 10/11 hằng năm."),
 ("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN trong CNVCLĐ giai đoạn 2022 - 2025 của Ban Thường vụ LĐLĐ tỉnh Nam Định, đề nghị các cấp công đoàn nghiêm túc triển khai thực hiện./."),
]
RECIP = ["Nơi nhận:", "- Tổng LĐLĐ Việt Nam (b/c);", "- Ban Tuyên giáo Tỉnh ủy (b/c);", "- UBND tỉnh (b/c);",
         "- Sở TT&TT;", "- Các đ/c UV BTV LĐLĐ tỉnh;", "- LĐLĐ huyện, TP, CĐ ngành và TĐ;", "- Lưu: VT, TG."]
SIGN = ["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "", "", "", "", "Trần Thị Minh Nguyệt"]


def main():
    doc = new_doc(size=13.5, left=3.0, right=1.8)
    set_core(doc, "Ban Tuyen giao LDLD", "2022-03-17T16:40:00", "2022-03-22T07:55:00", title="KH ASEAN CNVCLD")
    t = header(doc, size=12, wl=6.4, wr=9.8, left=["TỔNG LĐLĐ VIỆT NAM", "LĐLĐ TỈNH NAM ĐỊNH", "", "Số: 47/KH-LĐLĐ"],
               right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                      "Nam Định, ngày 22 tháng 3 năm 2022"])
    underline_cell_line(t.cell(1, 1), 0); underline_cell_line(t.cell(1, 0), 0)
    for r in t.cell(0, 0).paragraphs[0].runs:
        r.bold = False
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Thông tin, tuyên truyền về ASEAN trong công nhân, viên chức, lao động\ngiai đoạn 2022 - 2025", align="center", bold=True, after=12)
    for kind, text in BODY:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    BUILD.mkdir(exist_ok=True)
    d = BUILD / f"{NAME}.docx"
    doc.save(d)
    pdf = to_pdf(d, BUILD)
    shutil.copy(pdf, STAGE / f"{NAME}.pdf")
    print("wrote", STAGE / f"{NAME}.pdf")


main()
