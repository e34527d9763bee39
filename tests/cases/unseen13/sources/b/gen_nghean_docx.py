# Builds the Sở Công Thương Nghệ An plan as DOCX with python-docx: tasks under lettered parts A./B./C.,
# Arabic items restarting under each, roles after an en dash at the end of the item. Text hand-written.
import docx
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
N = 'nghe-an_3120-KH-SCT_2019_asean-letteredparts'
d = docx.Document()
s = d.sections[0]; s.page_width = Cm(21); s.page_height = Cm(29.7); s.left_margin = Cm(3); s.right_margin = Cm(2)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(14)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman'); st.paragraph_format.space_after = Pt(4)
def P(text, bold=False, italic=False, center=False, ind=True):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    if ind and not center: p.paragraph_format.first_line_indent = Cm(1.27)
hd = d.add_table(rows=2, cols=2)
def C(cell, lines, bold):
    for i, (ln, b) in enumerate(zip(lines, bold)):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(ln); r.bold = b; r.font.size = Pt(13)
C(hd.cell(0, 0), ['UBND TỈNH NGHỆ AN', 'SỞ CÔNG THƯƠNG'], [False, True])
C(hd.cell(0, 1), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], [True, True])
C(hd.cell(1, 0), ['Số: 3120/KH-SCT'], [False])
C(hd.cell(1, 1), ['Nghệ An, ngày 12 tháng 11 năm 2019'], [False]); hd.cell(1, 1).paragraphs[0].runs[0].italic = True
P('KẾ HOẠCH', bold=True, center=True)
P('Tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2019 - 2020', bold=True, center=True)
P('Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020; Kế hoạch số 705/KH-UBND ngày 28/10/2019 của Ủy ban nhân dân tỉnh Nghệ An về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh, Sở Công Thương xây dựng Kế hoạch như sau:')
P('I. MỤC ĐÍCH, YÊU CẦU', bold=True)
P('- Giúp cộng đồng doanh nghiệp trên địa bàn tỉnh nắm bắt được cơ hội để phát triển từ Cộng đồng Kinh tế ASEAN, chủ động tận dụng các ưu đãi thuế quan trong khu vực.')
P('- Gắn hoạt động tuyên truyền với các sự kiện của năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020.')
P('- Các phòng, đơn vị thuộc Sở thực hiện nghiêm túc, đúng tiến độ các nhiệm vụ được giao.')
P('II. NHIỆM VỤ CỤ THỂ', bold=True)
P('A. PHỔ BIẾN THÔNG TIN CHO DOANH NGHIỆP', bold=True)
P('1. Tổ chức 02 hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa và Cơ chế hải quan một cửa ASEAN cho doanh nghiệp xuất khẩu trên địa bàn tỉnh trong quý I/2020 – Phòng Quản lý Thương mại chủ trì, phối hợp với Cục Hải quan tỉnh Nghệ An.')
P('2. Biên soạn, phát hành 3.000 tờ rơi và cẩm nang hỏi - đáp về Cộng đồng Kinh tế ASEAN, thương mại điện tử và Hệ thống thông tin doanh nghiệp ASEAN (ASEAN BIS), hoàn thành trước ngày 31/12/2019 – Trung tâm Khuyến công và Xúc tiến thương mại chủ trì.')
P('3. Thường xuyên cập nhật thông tin thị trường các nước ASEAN, cơ hội kinh doanh trên Trang thông tin điện tử của Sở; chia sẻ dữ liệu về hoạt động thương mại của tỉnh lên Cổng thông tin ASEAN Việt Nam – Văn phòng Sở chủ trì.')
P('B. XÚC TIẾN THƯƠNG MẠI', bold=True)
P('1. Tổ chức đoàn doanh nghiệp tham gia Hội chợ Thương mại quốc tế Việt - Lào tại Viêng Chăn và hội chợ chuyên ngành tại Thái Lan trong năm 2020 – Trung tâm Khuyến công và Xúc tiến thương mại chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh Nghệ An.')
P('2. Bố trí gian hàng quảng bá hình ảnh ASEAN và các sản phẩm đặc sản của tỉnh (cam Vinh, nước mắm Vạn Phần, chè Thanh Chương) tại Hội chợ Thương mại quốc tế Việt - Lào - Thái Lan tổ chức tại thành phố Vinh vào tháng 10/2020 – Trung tâm Khuyến công và Xúc tiến thương mại chủ trì.')
P('C. CÔNG TÁC CHỈ ĐẠO, BỒI DƯỠNG', bold=True)
P('1. Cử công chức, viên chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Công Thương tổ chức – Văn phòng Sở chủ trì.')
P('2. Định hướng thông tin về hội nhập kinh tế ASEAN cho Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh theo từng giai đoạn – Phòng Quản lý Thương mại chủ trì, phối hợp với Sở Thông tin và Truyền thông.')
P('III. KINH PHÍ THỰC HIỆN', bold=True)
P('Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở năm 2020 và kinh phí Chương trình xúc tiến thương mại tỉnh; vận động doanh nghiệp đóng góp khi tham gia hội chợ. Dự kiến tổng kinh phí: 380.000.000 đồng.')
P('IV. TỔ CHỨC THỰC HIỆN', bold=True)
P('1. Văn phòng Sở', bold=True)
P('Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh và Sở Thông tin và Truyền thông trước ngày 05/12/2019 và trước ngày 05/12/2020.')
P('2. Phòng Kế hoạch - Tài chính - Tổng hợp', bold=True)
P('Tham mưu bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch.')
P('3. Các phòng, đơn vị được giao chủ trì', bold=True)
P('Xây dựng kế hoạch chi tiết cho từng hoạt động; báo cáo kết quả về Văn phòng Sở sau khi kết thúc hoạt động.')
P('Trên đây là Kế hoạch tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2019 - 2020 của Sở Công Thương Nghệ An./.')
sg = d.add_table(rows=1, cols=2)
C(sg.cell(0, 0), ['Nơi nhận:', '- UBND tỉnh (b/c);', '- Sở TT&TT;', '- Giám đốc, các PGĐ Sở;', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, QLTM.'], [True] + [False] * 5)
for p in sg.cell(0, 0).paragraphs: p.alignment = WD_ALIGN_PARAGRAPH.LEFT
C(sg.cell(0, 1), ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', 'Trần Quốc Thành'], [True] * 5)
d.save(f'/work/unseen13b/{N}.docx')
import sys; sys.path.insert(0, '.')
from common import extract_docx
open(f'{N}.extracted.txt', 'w').write(extract_docx(f'/work/unseen13b/{N}.docx'))
