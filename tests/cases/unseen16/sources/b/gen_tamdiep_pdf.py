"""Plan 3 - UBND thành phố Tam Điệp (Ninh Bình; a district-level town), ASEAN 2019-2020, printed to PDF from Word
(LibreOffice here) with a LANDSCAPE annex: portrait body (header table, typed numbering, section III pointing to the
annex, section V as numbered paragraphs opening with the agency), signature `TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH /
PHÓ CHỦ TỊCH`, then a new landscape section: `PHỤ LỤC … (Kèm theo Kế hoạch số …)` and a ruled table
`TT | Nội dung hoạt động | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện | Sản phẩm` with group rows
I-III (merged across) and TT numbered straight through 1-10, header row repeated.
Chain: python-docx DOCX (NAME.intermediate.docx) → soffice PDF → ../NAME.pdf.
Writes NAME.extracted.txt = pdftotext (default) + pdfplumber table cells of the delivered PDF."""
import shutil, subprocess, sys
sys.path.insert(0, '.')
from kit16 import build
from common import STAGE, extract_pdf_cells, pdf_pages

NAME = 'ninh-binh_tam-diep_96-KH-UBND_2019_asean-landannex'

HEADER = ([("ỦY BAN NHÂN DÂN", "b"), ("THÀNH PHỐ TAM ĐIỆP", "b"), ("", ""), ("Số: 96/KH-UBND", "")],
          [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
           ("Tam Điệp, ngày 21 tháng 10 năm 2019", "i")])
TITLE = [("KẾ HOẠCH", "b"), ("Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020", "b"), ("trên địa bàn thành phố Tam Điệp", "b")]

TRUNGTAM = "Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố"
ROWS = [
 ["TT", "Nội dung hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"],
 ["I", "Tuyên truyền trên hệ thống thông tin cơ sở và Cổng thông tin điện tử", "", "", "", ""],
 ["1", "Xây dựng chuyên mục “Tam Điệp với Cộng đồng ASEAN” trên sóng truyền thanh thành phố, phát 02 kỳ/tháng; tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Ninh Bình",
  TRUNGTAM, "Phòng Văn hóa và Thông tin; UBND các xã, phường", "Tháng 11/2019 - tháng 12/2020", "Chuyên mục phát thanh"],
 ["2", "Đăng tải tin, bài về ASEAN trên Cổng thông tin điện tử thành phố; khai thác, chia sẻ thông tin từ Cổng thông tin ASEAN Việt Nam và Ứng dụng, Fanpage “ASEAN và Việt Nam”",
  "Văn phòng HĐND và UBND thành phố", "Phòng Văn hóa và Thông tin", "Thường xuyên", "Tin, bài"],
 ["3", "Tổ chức buổi nói chuyện chuyên đề “Việt Nam - Năm Chủ tịch ASEAN 2020” cho cán bộ, công chức, viên chức và đoàn viên, hội viên",
  "Phòng Văn hóa và Thông tin", "Ban Tuyên giáo Thành ủy", "Quý I/2020", "01 buổi nói chuyện"],
 ["II", "Tuyên truyền cổ động trực quan, văn hóa, thể thao", "", "", "", ""],
 ["4", "Treo băng rôn, khẩu hiệu, pa nô trên các tuyến phố chính, Quốc lộ 1A đoạn qua thành phố chào mừng Năm Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020)",
  TRUNGTAM, "UBND các phường", "Tháng 7/2020", "Băng rôn, pa nô"],
 ["5", "Lồng ghép nội dung về ASEAN trong Liên hoan văn nghệ quần chúng và Giải Việt dã thành phố năm 2020",
  TRUNGTAM, "Phòng Văn hóa và Thông tin", "Quý III/2020", ""],
 ["6", "Xây dựng “Góc ASEAN” tại Thư viện thành phố, giới thiệu sách, tư liệu về đất nước, con người các nước ASEAN",
  TRUNGTAM, "Phòng Giáo dục và Đào tạo", "Năm 2020", "Góc ASEAN"],
 ["III", "Tuyên truyền cho các đối tượng", "", "", "", ""],
 ["7", "Đưa nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi “Em yêu ASEAN” cho học sinh các trường trung học cơ sở",
  "Phòng Giáo dục và Đào tạo", "Thành Đoàn", "Năm học 2019 - 2020", "Cuộc thi cấp thành phố"],
 ["8", "Phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử cho doanh nghiệp trong Khu công nghiệp Tam Điệp và các hợp tác xã",
  "Phòng Kinh tế", "Ban Quản lý các khu công nghiệp tỉnh", "Quý II/2020", "01 hội nghị"],
 ["9", "Quảng bá tiềm năng du lịch, sản phẩm dứa Đồng Giao và các dự án kêu gọi đầu tư của thành phố qua tờ gấp, video giới thiệu tới du khách, nhà đầu tư các nước ASEAN",
  "Phòng Kinh tế", "Phòng Văn hóa và Thông tin", "Năm 2020", "Tờ gấp, video"],
 ["10", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân, Hội Cựu chiến binh",
  "Thành Đoàn, Hội LHPN, Hội Nông dân, Hội CCB thành phố", "Ủy ban MTTQ Việt Nam thành phố", "Thường xuyên", ""],
]

BODY = [
 ("P", "Căn cứ Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020;"),
 ("P", "Thực hiện Kế hoạch số 118/KH-UBND ngày 16/9/2019 của UBND tỉnh Ninh Bình về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Ninh Bình;"),
 ("P", "UBND thành phố Tam Điệp ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn thành phố, như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân trên địa bàn thành phố về Cộng đồng ASEAN, về Năm Chủ tịch ASEAN 2020 của Việt Nam; góp phần đấu tranh, phản bác các thông tin sai trái về ASEAN và về vai trò của Việt Nam trong ASEAN."),
 ("P", "- Giúp doanh nghiệp, hợp tác xã trên địa bàn nắm bắt được cơ hội để phát triển khi tham gia thị trường ASEAN."),
 ("H", "2. Yêu cầu"),
 ("P", "- Công tác tuyên truyền phải thường xuyên, liên tục, có trọng tâm, trọng điểm; nội dung chính xác, hình thức phù hợp với từng đối tượng."),
 ("P", "- Các cơ quan, đơn vị, địa phương được giao nhiệm vụ chủ động triển khai, bảo đảm tiến độ và hiệu quả."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Vai trò, vị thế của ASEAN; các thành tựu của Cộng đồng ASEAN trên 3 trụ cột; đất nước, con người các nước ASEAN."),
 ("P", "- Năm 2020 Việt Nam đảm nhận vai trò Chủ tịch ASEAN; kỷ niệm 25 năm Việt Nam gia nhập ASEAN."),
 ("P", "- Cơ hội, thách thức đối với doanh nghiệp, hợp tác xã và người lao động của thành phố khi tham gia Cộng đồng Kinh tế ASEAN."),
 ("P", "- Tiềm năng, thế mạnh của thành phố Tam Điệp về công nghiệp chế biến nông sản, du lịch và các dự án kêu gọi đầu tư."),
 ("H", "III. CÁC HOẠT ĐỘNG CỤ THỂ"),
 ("P", "Các hoạt động tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn thành phố, cơ quan chủ trì, cơ quan phối hợp và thời gian thực hiện được phân công tại Phụ lục kèm theo Kế hoạch này."),
 ("H", "IV. KINH PHÍ"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách thành phố trong dự toán năm 2019, năm 2020 của các cơ quan, đơn vị và huy động các nguồn xã hội hóa theo quy định. Tổng kinh phí dự kiến 120.000.000 đồng (năm 2019: 30.000.000 đồng; năm 2020: 90.000.000 đồng)."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("P", "1. Phòng Văn hóa và Thông tin thành phố là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị liên quan hướng dẫn, theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch. Tổng hợp kết quả, báo cáo UBND thành phố và Sở Thông tin và Truyền thông trước ngày 10/12/2019 và trước ngày 10/12/2020."),
 ("P", "2. Phòng Tài chính - Kế hoạch thành phố tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định."),
 ("P", "3. Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố tăng cường thời lượng tin, bài về ASEAN trên sóng truyền thanh; hướng dẫn đài truyền thanh các xã, phường tiếp sóng, phát lại các chương trình về ASEAN."),
 ("P", "4. Đề nghị Ủy ban MTTQ Việt Nam thành phố và các tổ chức chính trị - xã hội thành phố phối hợp tuyên truyền, lồng ghép nội dung về ASEAN trong sinh hoạt của đoàn viên, hội viên."),
 ("P", "5. UBND các xã, phường căn cứ Kế hoạch này xây dựng kế hoạch tuyên truyền phù hợp với địa phương; báo cáo kết quả về UBND thành phố (qua Phòng Văn hóa và Thông tin) trước ngày 30/11 hằng năm."),
 ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Phòng Văn hóa và Thông tin để tổng hợp, báo cáo UBND thành phố xem xét, giải quyết./."),
 ("SIGN", ["Nơi nhận:", "- Sở Thông tin và Truyền thông;", "- TT Thành ủy, TT HĐND thành phố;", "- Chủ tịch, các PCT UBND thành phố;",
           "- Các cơ quan, đơn vị tại Phụ lục;", "- UBND các xã, phường;", "- Lưu: VT, VHTT."],
  [("TM. ỦY BAN NHÂN DÂN", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("", ""), ("Đinh Công Thắng", "b")]),
 ("LANDSCAPE",),
 ("C", "PHỤ LỤC", "b"),
 ("C", "CÁC HOẠT ĐỘNG TUYÊN TRUYỀN, QUẢNG BÁ ASEAN GIAI ĐOẠN 2019 - 2020", "b"),
 ("C", "(Kèm theo Kế hoạch số 96/KH-UBND ngày 21/10/2019 của UBND thành phố Tam Điệp)", "i"),
 ("C", "", ""),
 ("TABLE", ROWS, [1.1, 9.3, 4.6, 4.4, 3.4, 3.4], {"size": 12, "align_cols": "clllcl", "group_rows": {1, 5, 9}, "span_groups": True}),
]

SPEC = {"header": HEADER, "title": TITLE, "body": BODY, "core": ("Phong VHTT TP Tam Diep", "2019-10-17T09:00:00", "2019-10-21T16:20:00")}

if __name__ == '__main__':
    inter = f'{NAME}.intermediate.docx'
    build(inter, SPEC, size=13)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '/tmp/set16b', inter], check=True, capture_output=True)
    shutil.copy(f'/tmp/set16b/{NAME}.intermediate.pdf', f'{STAGE}/{NAME}.pdf')
    open(f'{NAME}.extracted.txt', 'w').write(extract_pdf_cells(f'{STAGE}/{NAME}.pdf'))
    print('wrote', NAME, pdf_pages(f'{STAGE}/{NAME}.pdf'), 'pages')
