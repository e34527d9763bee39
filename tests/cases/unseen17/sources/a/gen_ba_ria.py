"""Plan 5 — Đài Phát thanh và Truyền hình tỉnh Bà Rịa - Vũng Tàu, 215/KH-PTTH (25/02/2022), asean-2021-2025, the DOCX
as the station saved it (python-docx): header table, a production schedule table inside Part III with group rows
A/B/C (radio, television, digital) and TT restarting in each group, a frequency column before the roles, signed by the
director himself (`GIÁM ĐỐC`, no KT.)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
from kit16 import page_numbers, underline_cell_line
NAME = "ba-ria-vung-tau_215-KH-PTTH_2022_asean-daitable"
PRE = [
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("P", "Căn cứ Kế hoạch số 186/KH-UBND ngày 08/12/2021 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu về thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh giai đoạn 2021 - 2025;"),
 ("P", "Đài Phát thanh và Truyền hình tỉnh xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN trên sóng phát thanh, truyền hình và các nền tảng số của Đài giai đoạn 2022 - 2025 như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Thông tin kịp thời, chính xác về Cộng đồng ASEAN và sự tham gia của Việt Nam, của tỉnh Bà Rịa - Vũng Tàu trong hợp tác ASEAN; góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng."),
 ("P", "- Quảng bá hình ảnh, tiềm năng của tỉnh đến khán giả, thính giả trong nước và các nước ASEAN."),
 ("H", "2. Yêu cầu"),
 ("P", "- Chương trình có chất lượng, hình thức hấp dẫn, phù hợp với từng kênh sóng và nền tảng; bảo đảm đúng định hướng thông tin đối ngoại."),
 ("P", "- Phối hợp chặt chẽ với Sở Thông tin và Truyền thông, Sở Ngoại vụ và các sở, ngành liên quan trong khai thác nguồn tin, nhân vật."),
 ("H", "II. NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN"),
 ("P", "- Chủ đề ASEAN hằng năm; kết quả hợp tác ASEAN trên ba trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; vai trò, đóng góp của Việt Nam trong ASEAN."),
 ("P", "- Hợp tác ASEAN trong ứng phó đại dịch COVID-19 và phục hồi kinh tế - xã hội sau đại dịch."),
 ("P", "- Cơ hội, thách thức đối với doanh nghiệp và người dân trong tỉnh; tiềm năng, thế mạnh của tỉnh trong liên kết kinh tế, du lịch với các nước ASEAN."),
 ("H", "III. KẾ HOẠCH SẢN XUẤT, PHÁT SÓNG"),
]
ROWS = [
 ["TT", "Nội dung", "Hình thức, tần suất", "Chủ trì", "Phối hợp", "Thời gian"],
 ("GROUP", "A. PHÁT THANH"),
 ["1", "Chuyên mục “Việt Nam - ASEAN” trên sóng phát thanh", "15 phút/số, 02 số/tháng", "Phòng Thời sự", "Phòng Kỹ thuật - Công nghệ", "Năm 2022 - 2025"],
 ["2", "Tin, bài về chủ đề ASEAN hằng năm, các Hội nghị Cấp cao ASEAN và hoạt động của Việt Nam trong ASEAN", "Bản tin thời sự", "Phòng Thời sự", "", "Theo sự kiện"],
 ("GROUP", "B. TRUYỀN HÌNH"),
 ["1", "Phóng sự chuyên đề “Bà Rịa - Vũng Tàu hội nhập ASEAN”: quảng bá tiềm năng, thế mạnh về cảng biển Cái Mép - Thị Vải, du lịch biển và cơ hội đầu tư của tỉnh", "02 phóng sự/năm", "Phòng Chuyên đề", "Sở Kế hoạch và Đầu tư; Sở Du lịch", "Năm 2022 - 2025"],
 ["2", "Chương trình về hợp tác ASEAN ứng phó đại dịch COVID-19 và phục hồi kinh tế", "01 chương trình 30 phút", "Phòng Thời sự", "Sở Y tế", "Quý II/2022"],
 ["3", "Ký sự “Người ASEAN ở Bà Rịa - Vũng Tàu”: câu chuyện về người dân, doanh nghiệp các nước ASEAN sinh sống, làm ăn tại tỉnh; sự tương đồng văn hóa giữa các dân tộc trong Cộng đồng ASEAN", "04 tập", "Phòng Chuyên đề", "Sở Ngoại vụ", "Quý III/2023"],
 ["4", "Tọa đàm “Kinh tế số, logistics và chuỗi cung ứng ASEAN”", "01 tọa đàm/năm", "Phòng Chuyên đề", "Sở Công Thương; Ban Quản lý các khu công nghiệp tỉnh", "Hằng năm"],
 ["5", "Tiếp sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam", "Theo lịch của Trung ương", "Phòng Kỹ thuật - Công nghệ", "", "Thường xuyên"],
 ("GROUP", "C. TRANG TIN ĐIỆN TỬ VÀ NỀN TẢNG SỐ"),
 ["1", "Chuyên mục ASEAN trên Trang tin điện tử brt.vn; đăng tải lại trên Fanpage, YouTube, TikTok của Đài", "Tối thiểu 04 tin, bài/tháng", "Phòng Nội dung số", "Phòng Thời sự", "Thường xuyên"],
 ["2", "Tin, bài đấu tranh, phản bác quan điểm sai trái, xuyên tạc về chính sách đối ngoại, hội nhập ASEAN của Việt Nam", "Theo tình hình", "Phòng Nội dung số", "Phòng Thời sự", "Thường xuyên"],
]
POST = [
 ("H", "IV. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí sản xuất các chương trình được bảo đảm từ nguồn kinh phí đặt hàng sản xuất chương trình phát thanh, truyền hình của Ủy ban nhân dân tỉnh và nguồn thu sự nghiệp của Đài; huy động tài trợ của doanh nghiệp cho các chương trình quảng bá. Tổng kinh phí dự kiến khoảng 420 triệu đồng/năm."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Tổ chức - Hành chính"),
 ("P", "- Là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, tham mưu Giám đốc báo cáo Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm."),
 ("P", "- Cử phóng viên, biên tập viên tham gia các lớp tập huấn, bồi dưỡng kỹ năng thông tin đối ngoại và tuyên truyền về ASEAN do Bộ Thông tin và Truyền thông, Hội Nhà báo Việt Nam tổ chức."),
 ("H", "2. Phòng Kế hoạch - Tài chính"),
 ("P", "- Lập dự toán kinh phí sản xuất chương trình theo Kế hoạch, trình Giám đốc phê duyệt; hướng dẫn thanh, quyết toán theo quy định."),
 ("H", "3. Các phòng chuyên môn thuộc Đài"),
 ("P", "- Căn cứ nhiệm vụ được phân công tại Mục III, xây dựng kế hoạch chi tiết, bố trí phóng viên, biên tập viên thực hiện bảo đảm chất lượng, đúng tiến độ."),
 ("P", "- Gửi báo cáo kết quả thực hiện về Phòng Tổ chức - Hành chính trước ngày 20/11 hằng năm."),
 ("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025 của Đài Phát thanh và Truyền hình tỉnh. Yêu cầu các phòng nghiêm túc triển khai thực hiện./."),
]
RECIP = ["Nơi nhận:", "- Sở TT&TT (b/c);", "- Sở Ngoại vụ;", "- Ban Giám đốc;", "- Các phòng thuộc Đài;", "- Lưu: VT, TCHC."]
SIGN = ["GIÁM ĐỐC", "", "", "", "", "Nguyễn Hữu Phước"]


def main():
    doc = new_doc(size=14)
    set_core(doc, "BRT-TCHC", "2022-02-21T10:15:00", "2022-02-25T16:02:00", title="KH ASEAN 2022-2025")
    page_numbers(doc)
    t = header(doc, size=12, wl=6.6, wr=9.4,
               left=["UBND TỈNH BÀ RỊA - VŨNG TÀU", "ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH", "", "Số: 215/KH-PTTH"],
               right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                      "Bà Rịa - Vũng Tàu, ngày 25 tháng 02 năm 2022"])
    underline_cell_line(t.cell(1, 1), 0)
    for r in t.cell(0, 0).paragraphs[0].runs:
        r.bold = False
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Thông tin, tuyên truyền về ASEAN trên sóng phát thanh, truyền hình\nvà các nền tảng số giai đoạn 2022 - 2025", align="center", bold=True, after=12)
    for kind, text in PRE:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    table(doc, ROWS, [1.0, 5.4, 2.6, 2.3, 2.7, 2.0], size=12, aligns=["center", "justify", "left", "left", "left", "center"], repeat=True)
    for kind, text in POST:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None, before=6 if kind == "H" and text.startswith("IV") else None)
    signature(doc, RECIP, SIGN)
    out = STAGE / f"{NAME}.docx"
    doc.save(out)
    print("wrote", out)


main()
