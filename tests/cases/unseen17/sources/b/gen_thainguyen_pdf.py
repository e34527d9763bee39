"""Plan 2 - Đài Phát thanh và Truyền hình tỉnh Thái Nguyên (a media body), ASEAN 2021-2025 (a 2023 plan), printed to
PDF from Word (LibreOffice here). Portrait body (header table with the parent `UBND TỈNH THÁI NGUYÊN`, Roman/Arabic
headings, tasks opening with the Đài's own rooms), signature `KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC`, then a LANDSCAPE annex: the
programme schedule `STT | Tên chương trình, chuyên mục | Thể loại, thời lượng | Kênh, nền tảng | Tần suất, số kỳ |
Phòng chủ trì | Đơn vị phối hợp | Thời gian thực hiện`, rows 1-8 numbered on their own (not the body's task numbers).
Chain: python-docx DOCX (build/NAME.intermediate.docx) → soffice PDF → ../NAME.pdf.
Writes NAME.extracted.txt = pdftotext + pdfplumber table cells of the delivered PDF."""
import shutil, subprocess, sys, os
sys.path.insert(0, '.')
from kit16 import build
from common import STAGE, extract_pdf_cells, pdf_pages

NAME = 'thai-nguyen_86-KH-PTTH_2023_asean-dailandannex'

HEADER = ([("UBND TỈNH THÁI NGUYÊN", ""), ("ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH", "b"), ("", ""), ("Số: 86/KH-PTTH", "")],
          [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
           ("Thái Nguyên, ngày 20 tháng 02 năm 2023", "i")])
TITLE = [("KẾ HOẠCH", "b"), ("Thông tin, tuyên truyền về ASEAN năm 2023", "b"),
         ("trên sóng phát thanh, truyền hình và các nền tảng số của Đài", "b")]

CD = "Phòng Chuyên đề"; TS = "Phòng Biên tập - Thời sự"; PT = "Phòng Phát thanh"; NDS = "Phòng Nội dung số"; KT = "Phòng Kỹ thuật - Công nghệ"
ROWS = [
 ["STT", "Tên chương trình, chuyên mục", "Thể loại, thời lượng", "Kênh, nền tảng", "Tần suất, số kỳ", "Phòng chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
 ["1", "Chuyên mục “Thái Nguyên hội nhập” với chủ đề ASEAN", "Chuyên mục truyền hình, 15 phút", "TN1", "01 kỳ/tháng", CD, KT, "Tháng 3 - 12/2023"],
 ["2", "Phóng sự nhiều kỳ “Doanh nghiệp Thái Nguyên với thị trường ASEAN”", "Phóng sự, 10 phút/kỳ", "TN1, TN2", "03 kỳ", TS, KT, "Quý II/2023"],
 ["3", "Chương trình “Cộng đồng ASEAN - Chia sẻ và kết nối”", "Phát thanh, 20 phút", "Kênh phát thanh FM", "02 kỳ/tháng", PT, NDS, "Tháng 3 - 12/2023"],
 ["4", "Tọa đàm “Chuyển đổi số, thương mại điện tử - cơ hội đưa nông sản Thái Nguyên vào thị trường ASEAN”", "Tọa đàm truyền hình, 30 phút", "TN1", "01 kỳ", CD, "Sở Công Thương", "Tháng 8/2023"],
 ["5", "Phim tài liệu “Chè Thái Nguyên - Hành trình đến với bạn bè ASEAN”", "Phim tài liệu, 25 phút", "TN1, các nền tảng số", "01 phim", CD, "Hiệp hội Chè Thái Nguyên", "Quý IV/2023"],
 ["6", "Tin, bài, video ngắn về Hội nghị Cấp cao ASEAN lần thứ 42, 43 và các sự kiện của ASEAN năm 2023", "Tin, bài, video ngắn", "thainguyentv.vn, Fanpage, YouTube, TikTok của Đài", "Ít nhất 04 tin, bài/tháng", NDS, TS, "Năm 2023"],
 ["7", "Chuyên mục “Câu chuyện ASEAN”: giới thiệu nhân vật, câu chuyện thực tiễn của lưu học sinh Lào, Campuchia đang học tập tại Đại học Thái Nguyên và người dân, doanh nghiệp hưởng lợi từ hợp tác ASEAN", "Phát thanh, 10 phút", "Kênh phát thanh FM, thainguyentv.vn", "01 kỳ/quý", PT, "Đại học Thái Nguyên", "Quý II - IV/2023"],
 ["8", "Trailer, băng rôn điện tử chào mừng 56 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2023)", "Trailer 30 giây, banner", "TN1, TN2, thainguyentv.vn", "Phát hằng ngày", KT, NDS, "Từ 01/8 đến 10/8/2023"],
]

BODY = [
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("P", "Căn cứ Kế hoạch số 171/KH-UBND ngày 10/11/2021 của UBND tỉnh Thái Nguyên về thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn tỉnh;"),
 ("P", "Căn cứ Công văn số 245/STTTT-TTBCXB ngày 06/02/2023 của Sở Thông tin và Truyền thông về định hướng công tác thông tin đối ngoại năm 2023;"),
 ("P", "Đài Phát thanh và Truyền hình tỉnh xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN năm 2023, cụ thể như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "- Thông tin kịp thời, chính xác về ASEAN, về vai trò và đóng góp của Việt Nam trong ASEAN tới khán, thính giả trong và ngoài tỉnh; góp phần hình thành ý thức về một Cộng đồng ASEAN chung, gắn kết và chia sẻ."),
 ("P", "- Đa dạng hóa hình thức thể hiện, đẩy mạnh tuyên truyền trên các nền tảng số; phối hợp chặt chẽ với các sở, ngành, địa phương trong cung cấp thông tin."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Chủ đề ASEAN năm 2023 “ASEAN tầm vóc: Tâm điểm tăng trưởng”; các hoạt động của ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam."),
 ("P", "- Hợp tác ASEAN trong ứng phó với dịch bệnh, phục hồi kinh tế sau đại dịch COVID-19."),
 ("P", "- Những câu chuyện thực tiễn, nhân vật điển hình về lợi ích mà hợp tác ASEAN mang lại cho người dân, doanh nghiệp tỉnh Thái Nguyên."),
 ("P", "- Cơ hội, thách thức đối với doanh nghiệp, hợp tác xã của tỉnh trong chuyển đổi số, thương mại điện tử và tham gia thị trường ASEAN."),
 ("H", "III. NHIỆM VỤ CỤ THỂ"),
 ("H", "1. Sản xuất, phát sóng chương trình, chuyên mục về ASEAN"),
 ("P", "Các phòng nghiệp vụ sản xuất, phát sóng các chương trình, chuyên mục, tin, bài về ASEAN theo Danh mục tại Phụ lục kèm theo Kế hoạch này; bảo đảm chất lượng nội dung, đúng thời lượng và lịch phát sóng."),
 ("H", "2. Tiếp sóng chương trình của Trung ương"),
 ("P", "Phòng Kỹ thuật - Công nghệ chủ trì, phối hợp với Phòng Biên tập - Thời sự tiếp sóng các chương trình, phim tài liệu về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam theo đề nghị của Ban Chỉ đạo Thông tin tuyên truyền ASEAN."),
 ("H", "3. Tuyên truyền trên các nền tảng số"),
 ("P", "Phòng Nội dung số chủ trì đăng tải, chia sẻ các sản phẩm về ASEAN của Đài trên Trang thông tin điện tử thainguyentv.vn, Fanpage, kênh YouTube, TikTok của Đài; tương tác, trả lời ý kiến của khán, thính giả."),
 ("H", "4. Bồi dưỡng nghiệp vụ cho phóng viên, biên tập viên"),
 ("P", "Phòng Tổ chức - Hành chính chủ trì cử phóng viên, biên tập viên tham gia các lớp bồi dưỡng nghiệp vụ thông tin đối ngoại, tuyên truyền về ASEAN do Bộ Thông tin và Truyền thông, Hội Nhà báo Việt Nam tổ chức."),
 ("H", "5. Phóng sự về hợp tác của tỉnh với các nước ASEAN"),
 ("P", "Phòng Biên tập - Thời sự phối hợp với Sở Ngoại vụ, Sở Công Thương thực hiện loạt phóng sự về hoạt động xúc tiến đầu tư, thương mại của tỉnh với các nước ASEAN, hoàn thành trong quý III/2023."),
 ("H", "IV. KINH PHÍ"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí đặt hàng sản xuất chương trình phát thanh, truyền hình năm 2023 do UBND tỉnh giao cho Đài và nguồn thu sự nghiệp của Đài. Tổng kinh phí dự kiến: 185.000.000 đồng (Một trăm tám mươi lăm triệu đồng)."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("P", "1. Phòng Biên tập - Thời sự là đầu mối theo dõi, đôn đốc các phòng thực hiện Kế hoạch; tổng hợp kết quả, tham mưu Giám đốc Đài báo cáo Sở Thông tin và Truyền thông trước ngày 30/11/2023."),
 ("P", "2. Phòng Kế hoạch - Tài chính bảo đảm kinh phí sản xuất chương trình; hướng dẫn thanh, quyết toán theo quy định."),
 ("P", "3. Các phòng nghiệp vụ chủ động xây dựng kịch bản, bố trí nhân lực thực hiện các chương trình được giao; báo cáo kết quả về Phòng Biên tập - Thời sự trước ngày 20/11/2023."),
 ("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN năm 2023 của Đài Phát thanh và Truyền hình tỉnh. Yêu cầu các phòng nghiêm túc triển khai thực hiện./."),
 ("SIGN", ["Nơi nhận:", "- Sở Thông tin và Truyền thông (b/c);", "- Ban Tuyên giáo Tỉnh ủy (b/c);", "- Giám đốc, các PGĐ Đài;", "- Các phòng thuộc Đài;", "- Lưu: VT, BTTS."],
  [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("", ""), ("Trần Thị Minh Huệ", "b")]),
 ("LANDSCAPE",),
 ("C", "PHỤ LỤC", "b"),
 ("C", "DANH MỤC CHƯƠNG TRÌNH, CHUYÊN MỤC, TIN BÀI VỀ ASEAN NĂM 2023", "b"),
 ("C", "(Kèm theo Kế hoạch số 86/KH-PTTH ngày 20/02/2023 của Đài Phát thanh và Truyền hình tỉnh Thái Nguyên)", "i"),
 ("C", "", ""),
 ("TABLE", ROWS, [1.3, 6.3, 3.0, 3.2, 2.4, 2.8, 3.0, 2.8], {"size": 11, "align_cols": "cllllllc"}),
]
SPEC = {"header": HEADER, "title": TITLE, "body": BODY, "core": ("Phong BTTS", "2023-02-16T14:00:00", "2023-02-20T10:05:00")}

if __name__ == '__main__':
    os.makedirs('build', exist_ok=True)
    inter = f'build/{NAME}.intermediate.docx'
    build(inter, SPEC, size=13)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '/tmp/set17b', inter], check=True, capture_output=True)
    shutil.copy(f'/tmp/set17b/{NAME}.intermediate.pdf', f'{STAGE}/{NAME}.pdf')
    open(f'{NAME}.extracted.txt', 'w').write(extract_pdf_cells(f'{STAGE}/{NAME}.pdf'))
    print('wrote', NAME, pdf_pages(f'{STAGE}/{NAME}.pdf'), 'pages')
