"""Plan 2 — Ban Chấp hành Đoàn tỉnh Cà Mau (Tỉnh đoàn), 318-KH/TĐTN-BTG (17/3/2023), asean-2021-2025. Word document
printed to PDF (DOCX built with python-docx, printed with `soffice --headless --convert-to pdf`; the DOCX is kept in
build/). Đoàn header (`BCH ĐOÀN TỈNH CÀ MAU` / `***`, `ĐOÀN TNCS HỒ CHÍ MINH` in place of the national motto), Đoàn-style
number `318-KH/TĐTN-BTG`, signature `TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / PHÓ BÍ THƯ`. The body lists the activities without
roles; a landscape annex page (a real landscape section, not a rotated page) gives each activity, by the same STT and
name, its lead, support and time. The Tỉnh đoàn names its own units (`Ban Tuyên giáo Tỉnh đoàn`, `Đoàn trường`)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
from kit16 import page_numbers, landscape_section, underline_cell_line
NAME = "ca-mau_318-KH-TDTN-BTG_2023_asean-doanannex"
BODY = [
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("P", "Căn cứ Kế hoạch số 148/KH-UBND ngày 26/8/2022 của Ủy ban nhân dân tỉnh Cà Mau về thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Cà Mau giai đoạn 2022 - 2025;"),
 ("P", "Căn cứ Chương trình công tác Đoàn và phong trào thanh thiếu nhi tỉnh Cà Mau năm 2023,"),
 ("P", "Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch tuyên truyền về ASEAN trong đoàn viên, thanh niên năm 2023, cụ thể như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "- Nâng cao nhận thức của đoàn viên, thanh niên về Cộng đồng ASEAN, về chủ trương, đường lối đối ngoại của Đảng, vai trò và đóng góp của Việt Nam trong ASEAN; hình thành ý thức \u201cTư duy Cộng đồng, Hành động Cộng đồng\u201d trong thanh niên."),
 ("P", "- Phát huy vai trò xung kích của tuổi trẻ Cà Mau trong việc chủ động học tập, trang bị kỹ năng, ngoại ngữ để hội nhập, lập nghiệp trong môi trường khu vực."),
 ("P", "- Các hoạt động phải thiết thực, phù hợp với từng đối tượng đoàn viên, thanh niên; đẩy mạnh ứng dụng mạng xã hội, nền tảng số trong tuyên truyền."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Chủ đề năm ASEAN 2023 \u201cASEAN tầm vóc: Tâm điểm tăng trưởng\u201d; kết quả hợp tác ASEAN trên ba trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam trong ASEAN."),
 ("P", "- Lịch sử, văn hóa, con người các nước thành viên ASEAN; những nét tương đồng về văn hóa, truyền thống giữa các dân tộc trong khu vực, góp phần vun đắp ý thức về một cộng đồng chung."),
 ("P", "- Cơ hội học tập, việc làm, khởi nghiệp của thanh niên trong Cộng đồng ASEAN: dịch chuyển lao động có kỹ năng, công nhận lẫn nhau về trình độ nghề, kinh tế số, thương mại điện tử."),
 ("H", "III. CÁC HOẠT ĐỘNG TRỌNG TÂM"),
 ("H", "1. Cuộc thi trực tuyến \u201cTuổi trẻ Cà Mau tìm hiểu về Cộng đồng ASEAN\u201d"),
 ("P", "Tổ chức cuộc thi trắc nghiệm trực tuyến trên phần mềm thi của Tỉnh đoàn dành cho đoàn viên, thanh niên, học sinh, sinh viên trên địa bàn tỉnh; trao giải cho các cá nhân, tập thể có thành tích cao."),
 ("H", "2. Chuỗi tuyên truyền \u201cKhám phá ASEAN\u201d trên mạng xã hội"),
 ("P", "Thực hiện 10 kỳ tuyên truyền giới thiệu về đất nước, con người, văn hóa, ẩm thực, lễ hội của 10 quốc gia thành viên ASEAN qua infographic, video ngắn đăng tải trên Fanpage \u201cTuổi trẻ Cà Mau\u201d, kênh TikTok và các nhóm Zalo của cơ sở Đoàn."),
 ("H", "3. Diễn đàn \u201cThanh niên Cà Mau - Khởi nghiệp và hội nhập ASEAN\u201d"),
 ("P", "Tổ chức diễn đàn giới thiệu những mô hình, câu chuyện thành công của thanh niên khởi nghiệp, xuất khẩu nông, thủy sản (tôm, cua, khô, mật ong rừng U Minh Hạ) sang thị trường các nước ASEAN; trao đổi về kỹ năng bán hàng qua sàn thương mại điện tử."),
 ("H", "4. Sinh hoạt chủ điểm \u201cTuổi trẻ với Cộng đồng ASEAN\u201d trong trường học"),
 ("P", "Tổ chức sinh hoạt chủ điểm, hoạt động ngoại khóa, ngày hội văn hóa các nước ASEAN tại các trường trung học phổ thông, cao đẳng, đại học nhân dịp kỷ niệm 56 năm Ngày thành lập ASEAN."),
 ("H", "5. Tập huấn kỹ năng tuyên truyền về ASEAN trên không gian mạng"),
 ("P", "Tổ chức 01 lớp tập huấn cho đội ngũ báo cáo viên, tuyên truyền viên, cán bộ Đoàn chủ chốt các cấp về kỹ năng tuyên truyền về ASEAN, kỹ năng sản xuất video ngắn, infographic trên mạng xã hội."),
 ("H", "6. Đấu tranh, phản bác các quan điểm sai trái trên không gian mạng"),
 ("P", "Phát huy vai trò của các Đội hình thanh niên tình nguyện trên không gian mạng trong việc lan tỏa thông tin tích cực về hợp tác ASEAN; kịp thời phát hiện, đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam."),
 ("H", "7. Giới thiệu đoàn viên tham gia các chương trình giao lưu thanh niên khu vực"),
 ("P", "Tuyển chọn, giới thiệu đoàn viên, thanh niên tiêu biểu tham gia Chương trình Tàu Thanh niên Đông Nam Á - Nhật Bản và các hoạt động giao lưu thanh niên ASEAN do Trung ương Đoàn tổ chức."),
 ("P", "(Phân công đơn vị chủ trì, phối hợp và thời gian thực hiện theo Phụ lục đính kèm)", "italic"),
 ("H", "IV. KINH PHÍ"),
 ("P", "Kinh phí thực hiện từ nguồn kinh phí hoạt động năm 2023 của Tỉnh đoàn; các cơ sở Đoàn chủ động bố trí từ nguồn kinh phí của đơn vị và vận động xã hội hóa. Tổng kinh phí dự kiến của Tỉnh đoàn: 62.000.000 đồng (Sáu mươi hai triệu đồng)."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Ban Tuyên giáo Tỉnh đoàn"),
 ("P", "- Tham mưu Ban Thường vụ Tỉnh đoàn triển khai Kế hoạch; chủ trì các hoạt động được phân công tại Phụ lục kèm theo."),
 ("P", "- Theo dõi, đôn đốc các cơ sở Đoàn thực hiện; tổng hợp kết quả, báo cáo Ban Thường vụ Tỉnh đoàn và Ban Tuyên giáo Trung ương Đoàn trước ngày 30/11/2023."),
 ("H", "2. Các Ban, Văn phòng, đơn vị trực thuộc Tỉnh đoàn"),
 ("P", "Căn cứ nhiệm vụ được phân công tại Phụ lục, chủ động phối hợp với Ban Tuyên giáo Tỉnh đoàn tổ chức thực hiện."),
 ("H", "3. Các Huyện đoàn, Thành đoàn, Đoàn trực thuộc"),
 ("P", "- Xây dựng kế hoạch triển khai phù hợp với tình hình thực tế của đơn vị; hưởng ứng, vận động đoàn viên, thanh niên tham gia Cuộc thi trực tuyến và theo dõi Chuỗi tuyên truyền \u201cKhám phá ASEAN\u201d."),
 ("P", "- Báo cáo kết quả thực hiện về Ban Thường vụ Tỉnh đoàn (qua Ban Tuyên giáo) trước ngày 15/11/2023."),
 ("P", "Trên đây là Kế hoạch tuyên truyền về ASEAN trong đoàn viên, thanh niên năm 2023 của Ban Thường vụ Tỉnh đoàn Cà Mau. Đề nghị các cơ sở Đoàn nghiêm túc triển khai thực hiện./."),
]
RECIP = ["Nơi nhận:", "- Ban Bí thư Trung ương Đoàn (b/c);", "- Ban Tuyên giáo TW Đoàn (b/c);", "- Ban Tuyên giáo Tỉnh ủy (b/c);",
         "- Sở Thông tin và Truyền thông;", "- Thường trực Tỉnh đoàn;", "- Các Ban, đơn vị trực thuộc Tỉnh đoàn;",
         "- Các Huyện, Thành đoàn, Đoàn trực thuộc;", "- Lưu: VP, BTG."]
SIGN = ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ", "", "", "", "", "Lâm Thị Ngọc Diễm"]
ANNEX = [
 ["STT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Ghi chú"],
 ["1", "Cuộc thi trực tuyến \u201cTuổi trẻ Cà Mau tìm hiểu về Cộng đồng ASEAN\u201d", "Ban Tuyên giáo Tỉnh đoàn",
  "Ban Thanh niên trường học Tỉnh đoàn; Sở Giáo dục và Đào tạo", "Tháng 7 - 8/2023", "03 tuần thi"],
 ["2", "Chuỗi tuyên truyền \u201cKhám phá ASEAN\u201d trên mạng xã hội", "Ban Tuyên giáo Tỉnh đoàn", "Văn phòng Tỉnh đoàn",
  "Tháng 4 - 6/2023", "10 kỳ"],
 ["3", "Diễn đàn \u201cThanh niên Cà Mau - Khởi nghiệp và hội nhập ASEAN\u201d", "Ban Phong trào Tỉnh đoàn",
  "Hội Doanh nhân trẻ tỉnh; Sở Công Thương", "Quý III/2023", ""],
 ["4", "Sinh hoạt chủ điểm \u201cTuổi trẻ với Cộng đồng ASEAN\u201d trong trường học", "Ban Thanh niên trường học Tỉnh đoàn",
  "Các Đoàn trường THPT, cao đẳng, đại học", "Tháng 8/2023", ""],
 ["5", "Tập huấn kỹ năng tuyên truyền về ASEAN trên không gian mạng", "Ban Tuyên giáo Tỉnh đoàn",
  "Ban Tổ chức - Kiểm tra Tỉnh đoàn", "Quý II/2023", "01 lớp"],
 ["6", "Đấu tranh, phản bác các quan điểm sai trái trên không gian mạng", "Ban Tuyên giáo Tỉnh đoàn",
  "Các Đội hình thanh niên tình nguyện trên không gian mạng; Công an tỉnh", "Thường xuyên", ""],
 ["7", "Giới thiệu đoàn viên tham gia các chương trình giao lưu thanh niên khu vực", "Ban Tổ chức - Kiểm tra Tỉnh đoàn",
  "Hội Liên hiệp Thanh niên Việt Nam tỉnh", "Theo thông báo của Trung ương Đoàn", ""],
]


def main():
    doc = new_doc(size=14, left=3.0, right=2.0)
    set_core(doc, "BTG Tinh doan", "2023-03-14T15:02:00", "2023-03-17T07:55:00")
    page_numbers(doc)
    t = header(doc, size=13, wl=7.0, wr=9.0, bold_left=(0,), left=["BCH ĐOÀN TỈNH CÀ MAU", "***", "Số: 318-KH/TĐTN-BTG"],
               right=["ĐOÀN TNCS HỒ CHÍ MINH", "", "Cà Mau, ngày 17 tháng 3 năm 2023"])
    underline_cell_line(t.cell(0, 1), 0)
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0, size=15)
    P(doc, "Tuyên truyền về ASEAN trong đoàn viên, thanh niên tỉnh Cà Mau năm 2023", align="center", bold=True, after=0)
    P(doc, "-----", align="center", after=10)
    for item in BODY:
        kind, text = item[0], item[1]
        it = len(item) > 2 and item[2] == "italic"
        P(doc, text, bold=(kind == "H"), italic=it, after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    landscape_section(doc)
    P(doc, "PHỤ LỤC", align="center", bold=True, after=0)
    P(doc, "PHÂN CÔNG THỰC HIỆN CÁC HOẠT ĐỘNG TRỌNG TÂM", align="center", bold=True, after=0)
    P(doc, "(Kèm theo Kế hoạch số 318-KH/TĐTN-BTG ngày 17/3/2023 của Ban Thường vụ Tỉnh đoàn)", align="center", italic=True, after=8)
    table(doc, ANNEX, [1.2, 7.8, 4.6, 6.4, 3.6, 2.6], size=12, aligns=["center", "left", "left", "left", "center", "left"], repeat=True)
    src = Path(__file__).parent / "build" / f"{NAME}.docx"
    doc.save(src)
    out = to_pdf(src, STAGE)
    print("wrote", out)


main()
