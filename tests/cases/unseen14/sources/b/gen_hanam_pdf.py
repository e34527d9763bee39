# Hà Nam provincial plan: body printed from Word (python-docx -> LibreOffice PDF, A4 portrait); the annex was
# made as a separate A4-landscape document and merged into the signed PDF the way an e-office merge tool does:
# annex page 1 is stored as a portrait page (595x842) with its content turned and /Rotate 90 so it displays
# landscape; annex page 2 is kept as a genuine landscape page (842x595). Text hand-written.
import docx, subprocess, shutil, sys, os
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
N = 'ha-nam_2186-KH-UBND_2019_asean-rotatedannex'
OUT = '/work/coord/set14b/'; TMP = '/tmp/set14b_hn/'; os.makedirs(TMP, exist_ok=True)
def newdoc(landscape=False):
    d = docx.Document(); s = d.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE; s.page_width = Cm(29.7); s.page_height = Cm(21)
        s.left_margin = Cm(1.5); s.right_margin = Cm(1.5); s.top_margin = Cm(1.8); s.bottom_margin = Cm(1.5)
    else:
        s.page_width = Cm(21); s.page_height = Cm(29.7); s.left_margin = Cm(3); s.right_margin = Cm(2); s.top_margin = Cm(2); s.bottom_margin = Cm(2)
    st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman'); st.paragraph_format.space_after = Pt(4)
    return d
def P(d, text, bold=False, italic=False, center=False, ind=True, size=None):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    if ind and not center: p.paragraph_format.first_line_indent = Cm(1.25)
    return p
def C(cell, lines, bold, italic=False, size=13, center=True):
    for i, (ln, b) in enumerate(zip(lines, bold)):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(ln); r.bold = b; r.italic = italic; r.font.size = Pt(size)
# ---------------- body ----------------
d = newdoc()
hd = d.add_table(rows=2, cols=2)
C(hd.cell(0, 0), ['ỦY BAN NHÂN DÂN', 'TỈNH HÀ NAM'], [True, True])
C(hd.cell(0, 1), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], [True, True])
C(hd.cell(1, 0), ['Số: 2186/KH-UBND'], [False])
C(hd.cell(1, 1), ['Hà Nam, ngày 04 tháng 9 năm 2019'], [False], italic=True)
P(d, '')
P(d, 'KẾ HOẠCH', bold=True, center=True)
P(d, 'Thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020', bold=True, center=True)
P(d, 'trên địa bàn tỉnh Hà Nam', bold=True, center=True)
P(d, 'Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN về việc ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 và Công văn số 03/BTTTT-BCĐASEAN ngày 26/6/2019 của Bộ Thông tin và Truyền thông về việc triển khai Kế hoạch, Ủy ban nhân dân tỉnh Hà Nam ban hành Kế hoạch thực hiện như sau:')
P(d, 'I. MỤC ĐÍCH, YÊU CẦU', bold=True, ind=False)
P(d, '- Đẩy mạnh thông tin tuyên truyền về Cộng đồng ASEAN, tạo sự đồng thuận trong xã hội, chuẩn bị tốt cho năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020; thể hiện dòng chảy chính của công tác hội nhập ASEAN trong đời sống của tỉnh.')
P(d, '- Giúp doanh nghiệp, người dân nắm bắt được cơ hội để phát triển, chủ động tham gia vào thị trường chung ASEAN.')
P(d, '- Các hoạt động thực hiện thiết thực, hiệu quả, tiết kiệm; phân công rõ trách nhiệm của từng cơ quan, đơn vị (chi tiết tại Phụ lục kèm theo).')
P(d, 'II. NỘI DUNG TUYÊN TRUYỀN', bold=True, ind=False)
P(d, '- Vai trò, vị thế của ASEAN; thành tựu 52 năm hình thành và phát triển; 3 trụ cột của Cộng đồng ASEAN.')
P(d, '- Các Hội nghị Cấp cao ASEAN và các sự kiện quan trọng của ASEAN năm 2019 - 2020; vai trò Chủ tịch ASEAN 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN.')
P(d, '- Các cam kết trong ASEAN liên quan đến thương mại hàng hóa, quy tắc xuất xứ, Cơ chế một cửa ASEAN; cơ hội và thách thức đối với doanh nghiệp của tỉnh.')
P(d, '- Tiềm năng, thế mạnh của tỉnh Hà Nam; các dự án kêu gọi đầu tư vào các khu công nghiệp Đồng Văn, Châu Sơn, Thanh Liêm; Khu du lịch Tam Chúc và các sản phẩm OCOP của tỉnh.')
P(d, 'III. NHIỆM VỤ CỤ THỂ', bold=True, ind=False)
P(d, '1. Tăng cường cơ chế phối hợp thông tin tuyên truyền về ASEAN', bold=True)
P(d, 'Tăng cường phối hợp theo chiều dọc với Ban Chỉ đạo Thông tin tuyên truyền ASEAN và theo chiều ngang giữa các sở, ngành, địa phương; định hướng các cơ quan báo chí của tỉnh về trọng tâm cần thông tin về ASEAN theo từng giai đoạn.')
P(d, '2. Tuyên truyền trên báo chí và Cổng Thông tin điện tử tỉnh', bold=True)
P(d, 'Báo Hà Nam, Đài Phát thanh và Truyền hình Hà Nam, Cổng Thông tin điện tử tỉnh duy trì chuyên trang, chuyên mục về ASEAN; tiếp, phát sóng các chương trình, phim tài liệu về ASEAN của Đài Truyền hình Việt Nam.')
P(d, '3. Chia sẻ dữ liệu và tuyên truyền trên các công cụ truyền thông mới', bold=True)
P(d, 'Chia sẻ dữ liệu, ấn phẩm truyền thông quảng bá về tỉnh lên Cổng thông tin ASEAN Việt Nam; chia sẻ các chương trình livestream trên Fanpage “ASEAN và Việt Nam” tới hệ thống trang thông tin điện tử của các sở, ngành, địa phương.')
P(d, '4. Thông tin cho doanh nghiệp', bold=True)
P(d, 'Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử và Hệ thống thông tin doanh nghiệp ASEAN (ASEAN BIS) cho doanh nghiệp trong các khu công nghiệp, cụm công nghiệp.')
P(d, '5. Tuyên truyền trong trường học', bold=True)
P(d, 'Lồng ghép nội dung về ASEAN trong các hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông; duy trì Góc ASEAN tại Thư viện tỉnh.')
P(d, '6. Tuyên truyền cổ động trực quan', bold=True)
P(d, 'Treo băng rôn, khẩu hiệu, pa nô, áp phích chào mừng năm Việt Nam là Chủ tịch ASEAN 2020 tại trung tâm thành phố Phủ Lý và các huyện.')
P(d, 'IV. KINH PHÍ THỰC HIỆN', bold=True, ind=False)
P(d, 'Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi ngân sách hàng năm của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành; khuyến khích huy động nguồn tài trợ, xã hội hóa và các nguồn hợp pháp khác.')
P(d, 'V. TỔ CHỨC THỰC HIỆN', bold=True, ind=False)
P(d, '1. Sở Thông tin và Truyền thông', bold=True)
P(d, 'Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 05/12 hằng năm.')
P(d, '2. Sở Tài chính', bold=True)
P(d, 'Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định.')
P(d, '3. Các sở, ban, ngành, đoàn thể tỉnh; Ủy ban nhân dân các huyện, thành phố', bold=True)
P(d, 'Căn cứ nhiệm vụ được phân công tại Phụ lục, xây dựng kế hoạch cụ thể và tổ chức thực hiện; báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 25/11 hằng năm để tổng hợp.')
P(d, 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) để xem xét, giải quyết./.')
sg = d.add_table(rows=1, cols=2)
C(sg.cell(0, 0), ['Nơi nhận:', '- Bộ TT&TT (b/c);', '- TT Tỉnh ủy, TT HĐND tỉnh (b/c);', '- Chủ tịch, các PCT UBND tỉnh;', '- Các sở, ban, ngành, đoàn thể tỉnh;', '- UBND các huyện, thành phố;', '- Lưu: VT, VX.'], [True] + [False] * 6, size=11, center=False)
C(sg.cell(0, 1), ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Bùi Quang Thắng'], [True] * 7)
d.save(TMP + 'body.docx')
# ---------------- annex (landscape) ----------------
a = newdoc(landscape=True)
P(a, 'PHỤ LỤC', bold=True, center=True)
P(a, 'PHÂN CÔNG THỰC HIỆN NHIỆM VỤ TUYÊN TRUYỀN, QUẢNG BÁ ASEAN GIAI ĐOẠN 2019 - 2020', bold=True, center=True)
P(a, '(Kèm theo Kế hoạch số 2186/KH-UBND ngày 04/9/2019 của UBND tỉnh Hà Nam)', italic=True, center=True)
rows = [
 ('1', 'Tăng cường cơ chế phối hợp thông tin tuyên truyền về ASEAN theo chiều dọc và chiều ngang; định hướng báo chí', 'Sở Thông tin và Truyền thông', 'Các sở, ban, ngành; UBND các huyện, thành phố', '2019 - 2020', 'Văn bản định hướng'),
 ('2', 'Duy trì chuyên trang, chuyên mục về ASEAN trên báo chí và Cổng Thông tin điện tử tỉnh; tiếp, phát sóng chương trình của Đài Truyền hình Việt Nam', 'Báo Hà Nam; Đài Phát thanh và Truyền hình Hà Nam', 'Văn phòng UBND tỉnh (Cổng Thông tin điện tử tỉnh)', 'Thường xuyên', 'Chuyên trang, chuyên mục'),
 ('3', 'Chia sẻ dữ liệu lên Cổng thông tin ASEAN Việt Nam; chia sẻ livestream trên Fanpage “ASEAN và Việt Nam”', 'Sở Thông tin và Truyền thông', 'Các sở, ngành, địa phương', 'Thường xuyên', 'Dữ liệu, tin bài được chia sẻ'),
 ('4', 'Hội nghị phổ biến cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử, ASEAN BIS cho doanh nghiệp', 'Sở Công Thương', 'Ban Quản lý các khu công nghiệp tỉnh; Hiệp hội Doanh nghiệp tỉnh', 'Quý IV/2019 và Quý II/2020', '02 hội nghị'),
 ('5', 'Hoạt động ngoại khóa, cuộc thi tìm hiểu về ASEAN cho học sinh THPT; duy trì Góc ASEAN tại Thư viện tỉnh', 'Sở Giáo dục và Đào tạo', 'Sở Văn hóa, Thể thao và Du lịch; Tỉnh đoàn', 'Năm học 2019 - 2020', 'Cuộc thi cấp tỉnh'),
 ('6', 'Tuyên truyền cổ động trực quan chào mừng năm Chủ tịch ASEAN 2020', 'Sở Văn hóa, Thể thao và Du lịch', 'UBND các huyện, thành phố', 'Tháng 01 - tháng 12/2020', 'Băng rôn, pa nô, áp phích'),
 ('7', 'Giới thiệu tiềm năng du lịch Tam Chúc, đền Trần Thương và sản phẩm OCOP tại Hội chợ Du lịch quốc tế VITM và Hội chợ ASEAN - Trung Quốc (CAEXPO)', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở Công Thương; Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp', 'Năm 2020', 'Gian hàng quảng bá'),
 ('8', 'Biên soạn, in ấn 10.000 tờ gấp hỏi - đáp về Cộng đồng ASEAN phát hành đến các xã, phường, thị trấn', 'Sở Thông tin và Truyền thông', 'UBND các huyện, thành phố', 'Quý I/2020', 'Tờ gấp')]
t = a.add_table(rows=1, cols=6); t.style = 'Table Grid'; t.autofit = False
W = [Cm(1.2), Cm(9.0), Cm(4.3), Cm(5.0), Cm(3.2), Cm(3.8)]
for i, h in enumerate(['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm']):
    c = t.rows[0].cells[i]; c.width = W[i]; C(c, [h], [True], size=12)
trPr = t.rows[0]._tr.get_or_add_trPr(); th = OxmlElement('w:tblHeader'); th.set(qn('w:val'), 'true'); trPr.append(th)
for row in rows:
    cs = t.add_row().cells
    for i, v in enumerate(row):
        cs[i].width = W[i]; C(cs[i], [v], [False], size=12, center=(i in (0, 4)))
a.save(TMP + 'annex.docx')
for f in ('body', 'annex'):
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', TMP, TMP + f + '.docx'], check=True, capture_output=True)
# ---------------- merge: annex page 1 rotated into a portrait box with /Rotate 90 ----------------
from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.generic import RectangleObject
w = PdfWriter()
for pg in PdfReader(TMP + 'body.pdf').pages: w.add_page(pg)
ann = PdfReader(TMP + 'annex.pdf').pages
print('annex pages', len(ann))
for i, src in enumerate(ann):
    pg = w.add_page(src)
    if i == 0:
        W0, H0 = float(pg.mediabox.width), float(pg.mediabox.height)  # 842 x 595
        # turn content 90 degrees counter-clockwise into a portrait box: (x, y) -> (H0 - y, x); /Rotate 90 shows it upright
        pg.add_transformation(Transformation().rotate(90).translate(H0, 0))
        pg.mediabox = RectangleObject([0, 0, H0, W0]); pg.cropbox = RectangleObject([0, 0, H0, W0])
        pg.rotate(90)
w.write(OUT + N + '.pdf')
sys.path.insert(0, '/work/coord/set14b/sources')
from common import extract_pdf_cells_derotated as extract_pdf_cells
open(OUT + 'sources/' + N + '.extracted.txt', 'w').write(extract_pdf_cells(OUT + N + '.pdf'))
