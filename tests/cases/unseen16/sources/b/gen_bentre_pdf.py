"""Plan 2 - Hội Liên hiệp Phụ nữ tỉnh Bến Tre (a mass organisation), ASEAN 2021-2025, as the PDF the office
printed from Word (LibreOffice here): text layer, A4 portrait, header table of the Hội (HỘI LHPN VIỆT NAM /
HỘI LHPN TỈNH BẾN TRE / ***), typed numbering, tasks as numbered items whose roles sit in the running text
(`Ban … Hội LHPN tỉnh chủ trì, phối hợp với …`), signature `TM. BAN THƯỜNG VỤ / CHỦ TỊCH`.
Chain: python-docx DOCX (kept as NAME.intermediate.docx) → soffice PDF → ../NAME.pdf.
Writes NAME.extracted.txt = `pdftotext` (default mode) of the delivered PDF."""
import shutil, subprocess, sys
sys.path.insert(0, '.')
from kit16 import build
from common import STAGE, extract_pdf, pdf_pages

NAME = 'ben-tre_27-KH-HPN_2022_asean-hoipdf'

HEADER = ([("HỘI LHPN VIỆT NAM", ""), ("HỘI LHPN TỈNH BẾN TRE", "b"), ("***", ""), ("Số: 27 /KH-HPN", "")],
          [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
           ("Bến Tre, ngày 18 tháng 7 năm 2022", "i")])
TITLE = [("KẾ HOẠCH", "b"), ("Tuyên truyền về ASEAN trong cán bộ, hội viên, phụ nữ", "b"), ("giai đoạn 2022 - 2025", "b")]

BODY = [
 ("P", "Thực hiện Kế hoạch số 3658/KH-UBND ngày 24/6/2022 của Ủy ban nhân dân tỉnh Bến Tre về thực hiện Chương trình hành động của Chính phủ về tuyên truyền, quảng bá ASEAN giai đoạn 2022 - 2025 trên địa bàn tỉnh, Ban Thường vụ Hội Liên hiệp Phụ nữ (LHPN) tỉnh xây dựng Kế hoạch tuyên truyền về ASEAN trong cán bộ, hội viên, phụ nữ giai đoạn 2022 - 2025 như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Giúp cán bộ, hội viên, phụ nữ hiểu rõ về Cộng đồng ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; những cơ hội, thách thức đối với phụ nữ khi Việt Nam tham gia Cộng đồng ASEAN."),
 ("P", "- Nâng cao năng lực cho phụ nữ, nhất là phụ nữ làm chủ doanh nghiệp, hợp tác xã, tổ hợp tác trong tiếp cận thị trường các nước ASEAN; phòng ngừa nguy cơ mua bán người, lao động di cư trái phép."),
 ("H", "2. Yêu cầu"),
 ("P", "- Công tác tuyên truyền được tiến hành thường xuyên, lồng ghép với các hoạt động của Hội, phù hợp với từng nhóm đối tượng phụ nữ."),
 ("P", "- Phối hợp chặt chẽ với các sở, ngành, địa phương và các cơ quan báo chí trong triển khai các hoạt động."),
 ("P", "- Các hoạt động được tổ chức thiết thực, tiết kiệm, tránh hình thức; gắn với thực hiện các phong trào thi đua và cuộc vận động do Hội phát động."),
 ("H", "II. NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN"),
 ("H", "1. Tuyên truyền trong sinh hoạt chi, tổ hội phụ nữ"),
 ("P", "Hội LHPN các huyện, thành phố chỉ đạo cơ sở Hội lồng ghép nội dung tuyên truyền về ASEAN vào sinh hoạt chi, tổ hội phụ nữ ít nhất 01 lần/năm với các nội dung: đất nước, con người các nước ASEAN; những nét tương đồng về văn hóa, phong tục giữa phụ nữ các nước ASEAN; quyền và lợi ích của phụ nữ trong Cộng đồng ASEAN; vai trò của phụ nữ Việt Nam trong xây dựng Cộng đồng ASEAN."),
 ("H", "2. Tuyên truyền trên Trang thông tin điện tử và mạng xã hội"),
 ("P", "Ban Tuyên giáo Hội LHPN tỉnh chủ trì, phối hợp với Văn phòng Hội LHPN tỉnh duy trì chuyên mục “Phụ nữ Bến Tre với Cộng đồng ASEAN” trên Trang thông tin điện tử Hội LHPN tỉnh; đăng tải tin, bài, video ngắn về ASEAN trên Fanpage và nhóm Zalo của Hội."),
 ("H", "3. Hỗ trợ phụ nữ khởi nghiệp, kinh doanh tiếp cận thị trường ASEAN"),
 ("P", "Ban Kinh tế Hội LHPN tỉnh chủ trì, phối hợp với Sở Công Thương, Hội Nữ doanh nhân tỉnh tổ chức mỗi năm 01 lớp tập huấn cho phụ nữ làm chủ doanh nghiệp, hợp tác xã, tổ hợp tác về thương mại điện tử, quy tắc xuất xứ hàng hóa và các cam kết trong Cộng đồng Kinh tế ASEAN; hỗ trợ giới thiệu các sản phẩm OCOP từ dừa do phụ nữ làm chủ tới thị trường các nước ASEAN."),
 ("H", "4. Phòng, chống mua bán người và lao động di cư trái phép"),
 ("P", "Ban Gia đình - Xã hội Hội LHPN tỉnh chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh tuyên truyền cho phụ nữ, nhất là phụ nữ các huyện ven biển Ba Tri, Bình Đại, Thạnh Phú về quy định pháp luật khi đi làm việc tại các nước ASEAN, cảnh giác với thủ đoạn lừa đảo tuyển dụng lao động sang Campuchia, Myanmar; hướng dẫn người lao động dịch chuyển hợp pháp trong khu vực. Thời gian thực hiện: năm 2023."),
 ("H", "5. Giới thiệu gương phụ nữ điển hình"),
 ("P", "Ban Tuyên giáo Hội LHPN tỉnh phối hợp với Báo Đồng Khởi, Đài Phát thanh và Truyền hình Bến Tre thực hiện các phóng sự, bài viết về câu chuyện thực tiễn, mô hình kinh tế hiệu quả của phụ nữ tham gia chuỗi sản xuất, xuất khẩu sang các nước ASEAN; mỗi quý ít nhất 01 tin, bài."),
 ("H", "6. Tập huấn cho báo cáo viên, tuyên truyền viên của Hội"),
 ("P", "Ban Tuyên giáo Hội LHPN tỉnh tổ chức tập huấn, cung cấp tài liệu về ASEAN cho đội ngũ báo cáo viên, tuyên truyền viên Hội cấp tỉnh, cấp huyện; cử cán bộ tham dự các lớp tập huấn do Trung ương Hội LHPN Việt Nam, Sở Thông tin và Truyền thông tổ chức. Thời gian thực hiện: quý IV/2022."),
 ("H", "7. Hưởng ứng các hoạt động về ASEAN tại địa phương"),
 ("P", "Hội LHPN các huyện, thành phố vận động hội viên tham gia các hội chợ, triển lãm, hoạt động giao lưu văn hóa về ASEAN do địa phương tổ chức; giới thiệu sản phẩm của các tổ hợp tác, hợp tác xã do phụ nữ quản lý tại các hội chợ."),
 ("H", "III. KINH PHÍ"),
 ("P", "- Kinh phí thực hiện từ nguồn kinh phí hoạt động thường xuyên của Hội LHPN tỉnh và Hội LHPN các huyện, thành phố."),
 ("P", "- Vận động tài trợ từ các doanh nghiệp, nhà hảo tâm và các nguồn xã hội hóa khác để tổ chức các hoạt động hỗ trợ phụ nữ."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Ban Tuyên giáo Hội LHPN tỉnh"),
 ("P", "Tham mưu Ban Thường vụ Hội LHPN tỉnh triển khai Kế hoạch; theo dõi, hướng dẫn, đôn đốc các cấp Hội thực hiện. Tổng hợp kết quả, báo cáo Ban Thường vụ Hội LHPN tỉnh và Sở Thông tin và Truyền thông trước ngày 05/12 hằng năm."),
 ("H", "2. Các Ban, Văn phòng Hội LHPN tỉnh"),
 ("P", "Căn cứ nội dung được phân công, chủ động phối hợp với Ban Tuyên giáo tổ chức thực hiện có hiệu quả Kế hoạch. Văn phòng Hội LHPN tỉnh tham mưu bố trí kinh phí, hướng dẫn thanh quyết toán theo quy định."),
 ("H", "3. Hội LHPN các huyện, thành phố"),
 ("P", "Xây dựng kế hoạch triển khai phù hợp với tình hình địa phương trước ngày 15/8/2022; chỉ đạo cơ sở Hội tổ chức thực hiện. Báo cáo kết quả (lồng ghép trong báo cáo năm) về Ban Thường vụ Hội LHPN tỉnh (qua Ban Tuyên giáo) trước ngày 20/11 hằng năm."),
 ("P", "Trên đây là Kế hoạch tuyên truyền về ASEAN trong cán bộ, hội viên, phụ nữ giai đoạn 2022 - 2025 của Ban Thường vụ Hội LHPN tỉnh, đề nghị các cấp Hội nghiêm túc triển khai thực hiện./."),
 ("SIGN", ["Nơi nhận:", "- TW Hội LHPN Việt Nam (b/c);", "- Ban Dân vận Tỉnh ủy (b/c);", "- Sở Thông tin và Truyền thông;",
           "- Thường trực Hội LHPN tỉnh;", "- Các Ban, Văn phòng Hội LHPN tỉnh;", "- Hội LHPN các huyện, thành phố;", "- Lưu: VT, BTG."],
  [("TM. BAN THƯỜNG VỤ", "b"), ("CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("", ""), ("Phan Thị Ngọc Diễm", "b")]),
]

SPEC = {"header": HEADER, "title": TITLE, "body": BODY, "core": ("BTG Hoi LHPN tinh", "2022-07-12T15:30:00", "2022-07-18T08:05:00")}

if __name__ == '__main__':
    inter = f'{NAME}.intermediate.docx'
    build(inter, SPEC, size=13)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '/tmp/set16b', inter], check=True, capture_output=True)
    shutil.copy(f'/tmp/set16b/{NAME}.intermediate.pdf', f'{STAGE}/{NAME}.pdf')
    open(f'{NAME}.extracted.txt', 'w').write(extract_pdf(f'{STAGE}/{NAME}.pdf'))
    print('wrote', NAME, pdf_pages(f'{STAGE}/{NAME}.pdf'), 'pages')
