"""Plan 3 — Trà Vinh, Sở Văn hóa, Thể thao và Du lịch, 215/KH-SVHTTDL (2020), asean-2019-2020.
Layout: PDF printed from Word; the activities are only in an ANNEX TABLE WITH NO RULING LINES (the Word table's
borders were set to "None", so in the PDF the columns exist only as whitespace; cells wrap over several lines).
The annex starts on a new page after the signature. Built with python-docx, printed with soffice."""
import sys, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
from docx.enum.text import WD_BREAK
NAME = "tra-vinh_215-KH-SVHTTDL_2020_asean-unruledannex"
B = Path(__file__).parent / "build"
BODY = [
 ("P", "Căn cứ Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020;"),
 ("P", "Thực hiện Kế hoạch số 68/KH-UBND ngày 22/10/2019 của Ủy ban nhân dân tỉnh Trà Vinh về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh;"),
 ("P", "Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 của ngành, như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "- Tuyên truyền sâu rộng trong cán bộ, công chức, viên chức, người lao động của ngành và Nhân dân trong tỉnh về Năm ASEAN 2020, khi Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN, với chủ đề \"Gắn kết và Chủ động thích ứng\"."),
 ("P", "- Quảng bá tiềm năng du lịch, văn hóa đặc sắc của đồng bào Kinh - Khmer - Hoa tỉnh Trà Vinh đến bạn bè các nước ASEAN."),
 ("P", "- Các hoạt động phải thiết thực, phù hợp với chức năng, nhiệm vụ của từng đơn vị, tránh hình thức, lãng phí."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Quá trình hình thành, phát triển, vai trò, vị thế của ASEAN; đất nước, con người, văn hóa các nước thành viên ASEAN."),
 ("P", "- Các hoạt động trong Năm Chủ tịch ASEAN 2020 của Việt Nam; kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020)."),
 ("P", "- Hợp tác ASEAN trong lĩnh vực văn hóa, thể thao và du lịch; các sản phẩm du lịch đặc trưng của tỉnh."),
 ("H", "III. CÁC HOẠT ĐỘNG CỤ THỂ"),
 ("P", "Các hoạt động cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện tại Phụ lục kèm theo Kế hoạch này."),
 ("H", "IV. KINH PHÍ"),
 ("P", "Kinh phí thực hiện Kế hoạch được sử dụng từ nguồn kinh phí sự nghiệp văn hóa, thể thao và du lịch năm 2020 đã giao cho các đơn vị; khuyến khích vận động tài trợ của các doanh nghiệp du lịch."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Quản lý Văn hóa và Gia đình"),
 ("P", "Là đầu mối theo dõi, hướng dẫn, đôn đốc các đơn vị triển khai Kế hoạch; tổng hợp kết quả báo cáo Sở Thông tin và Truyền thông trước ngày 10/12/2020."),
 ("H", "2. Các phòng, đơn vị sự nghiệp thuộc Sở"),
 ("P", "Căn cứ nhiệm vụ tại Phụ lục, xây dựng kế hoạch chi tiết, tổ chức thực hiện và gửi báo cáo kết quả về Phòng Quản lý Văn hóa và Gia đình trước ngày 30/11/2020."),
 ("H", "3. Văn phòng Sở"),
 ("P", "Đăng tải Kế hoạch và tin, bài về các hoạt động trên Trang thông tin điện tử của Sở."),
]
RECIP = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Thông tin và Truyền thông;", "- Giám đốc, các PGĐ Sở;",
         "- Các phòng, đơn vị thuộc Sở;", "- Phòng VHTT các huyện, thị xã, TP;", "- Lưu: VT, QLVHGĐ."]
SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "", "Thạch Thị Sa Rên"]
ANNEX = [
 ["STT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian"],
 ["1", "Trưng bày chuyên đề \"Việt Nam - Chủ tịch ASEAN 2020\" và giới thiệu sách, tư liệu về các nước ASEAN", "Thư viện tỉnh", "Phòng Quản lý Văn hóa và Gia đình", "Tháng 7 - 8/2020"],
 ["2", "Duy trì, bổ sung tài liệu cho Góc ASEAN tại Thư viện tỉnh và thư viện các huyện, thị xã, thành phố", "Thư viện tỉnh", "Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố", "Năm 2020"],
 ["3", "Cổ động trực quan: pa nô, băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN", "Trung tâm Văn hóa tỉnh", "Phòng Quản lý Văn hóa và Gia đình", "Tháng 7/2020"],
 ["4", "Giao lưu văn hóa, nghệ thuật Khmer với đoàn nghệ thuật tỉnh Takeo (Vương quốc Campuchia)", "Đoàn Nghệ thuật Khmer Ánh Bình Minh", "Phòng Quản lý Văn hóa và Gia đình", "Quý III/2020"],
 ["5", "Quảng bá du lịch Trà Vinh (Ao Bà Om, chùa Âng, biển Ba Động) tới du khách ASEAN qua tờ gấp song ngữ Việt - Anh và Trang thông tin điện tử của Sở", "Trung tâm Thông tin và Xúc tiến Du lịch", "Phòng Quản lý Du lịch", "Năm 2020"],
 ["6", "Tham gia Hội chợ Du lịch quốc tế Việt Nam (VITM) và các sự kiện xúc tiến du lịch tại các nước ASEAN", "Trung tâm Thông tin và Xúc tiến Du lịch", "Phòng Quản lý Du lịch", "Theo kế hoạch của Bộ"],
 ["7", "Lồng ghép tuyên truyền về ASEAN tại Giải Đua ghe Ngo đồng bào Khmer tỉnh Trà Vinh mở rộng", "Trung tâm Huấn luyện và Thi đấu thể dục thể thao", "Phòng Quản lý Thể dục thể thao", "Tháng 11/2020"],
 ["8", "Tập huấn kiến thức về ASEAN cho hướng dẫn viên du lịch và cán bộ văn hóa cơ sở", "Phòng Quản lý Du lịch", "Hiệp hội Du lịch tỉnh Trà Vinh", "Quý II/2020"],
]

def main():
    doc = new_doc(size=14)
    set_core(doc, "QLVHGD", "2020-02-03T09:30:00", "2020-02-05T14:12:00")
    header(doc, size=12, left=["UBND TỈNH TRÀ VINH", "SỞ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "Số: 215/KH-SVHTTDL"],
           right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Trà Vinh, ngày 05 tháng 02 năm 2020"],
           bold_left=(1, 2))
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Tuyên truyền, quảng bá ASEAN năm 2020\ncủa ngành Văn hóa, Thể thao và Du lịch", align="center", bold=True, after=12)
    for kind, text in BODY:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    P(doc, "PHỤ LỤC", align="center", bold=True, after=0)
    P(doc, "DANH MỤC HOẠT ĐỘNG TUYÊN TRUYỀN, QUẢNG BÁ ASEAN NĂM 2020", align="center", bold=True, after=0, size=13)
    P(doc, "(Kèm theo Kế hoạch số 215/KH-SVHTTDL ngày 05/02/2020 của Sở Văn hóa, Thể thao và Du lịch)", align="center", italic=True, after=12, size=13)
    table(doc, ANNEX, [1.3, 5.5, 3.5, 3.3, 2.4], ruled=False, size=12, aligns=["center", "justify", "left", "left", "center"])
    B.mkdir(exist_ok=True)
    d = B / f"{NAME}.docx"; doc.save(d)
    pdf = to_pdf(d, B); shutil.copy(pdf, STAGE / f"{NAME}.pdf")
    print("wrote", STAGE / f"{NAME}.pdf")

main()
