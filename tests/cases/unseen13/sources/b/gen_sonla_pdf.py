# Builds a Word-style DOCX with python-docx (Times New Roman 13, shaded header band, shaded table header row)
# and prints it to PDF with LibreOffice. The plan text is hand-written below.
import docx, subprocess, shutil, os
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
N = 'son-la_1890-KH-SVHTTDL_2022_asean-shadedpdf'
d = docx.Document()
sec = d.sections[0]; sec.page_width = Cm(21); sec.page_height = Cm(29.7)
sec.left_margin = Cm(3); sec.right_margin = Cm(2); sec.top_margin = Cm(2); sec.bottom_margin = Cm(2)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(13)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman')
st.paragraph_format.space_after = Pt(3)
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr(); s = OxmlElement('w:shd')
    s.set(qn('w:val'), 'clear'); s.set(qn('w:color'), 'auto'); s.set(qn('w:fill'), fill); tcPr.append(s)
def cellp(cell, lines, bold=False, italic=False, center=True, first=True, size=None):
    for i, ln in enumerate(lines):
        p = cell.paragraphs[0] if (i == 0 and first) else cell.add_paragraph()
        if center: p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        b = bold if not isinstance(bold, list) else bold[i]
        r = p.add_run(ln); r.bold = b; r.italic = italic
        if size: r.font.size = Pt(size)
def para(text, bold=False, italic=False, center=False, indent=True):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and not center: p.paragraph_format.first_line_indent = Cm(1)
    return p
# shaded header band
hb = d.add_table(rows=1, cols=2); hb.autofit = False
for c in hb.rows[0].cells: shade(c, 'DCE6F1')
hb.columns[0].width = Cm(6.5); hb.columns[1].width = Cm(9.5); hb.rows[0].cells[0].width = Cm(6.5); hb.rows[0].cells[1].width = Cm(9.5)
cellp(hb.rows[0].cells[0], ['UBND TỈNH SƠN LA', 'SỞ VĂN HÓA, THỂ THAO', 'VÀ DU LỊCH', '', 'Số: 1890/KH-SVHTTDL'], bold=[False, True, True, False, False], size=12)
cellp(hb.rows[0].cells[1], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '', ''], bold=[True, True, False, False], size=12)
p = hb.rows[0].cells[1].add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run('Sơn La, ngày 25 tháng 8 năm 2022'); r.italic = True; r.font.size = Pt(13)
d.add_paragraph()
para('KẾ HOẠCH', bold=True, center=True)
para('Thông tin, tuyên truyền về ASEAN trong lĩnh vực văn hóa, thể thao và du lịch giai đoạn 2022 - 2025', bold=True, center=True)
para('Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;', italic=True)
para('Thực hiện Kế hoạch số 235/KH-UBND ngày 05/10/2021 của Ủy ban nhân dân tỉnh Sơn La về thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025;', italic=True)
para('Sở Văn hóa, Thể thao và Du lịch ban hành Kế hoạch thực hiện như sau:')
para('I. MỤC ĐÍCH, YÊU CẦU', bold=True)
para('- Tuyên truyền sâu rộng trong cán bộ, viên chức ngành văn hóa, thể thao và du lịch về Cộng đồng ASEAN, tinh thần “Tư duy Cộng đồng, Hành động Cộng đồng”, góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng.')
para('- Gắn thông tin về ASEAN với quảng bá hình ảnh, sản phẩm du lịch đặc trưng của Sơn La.')
para('- Tăng cường công tác phối hợp thông tin giữa các phòng, đơn vị thuộc Sở với các sở, ngành, địa phương và cơ quan báo chí.')
para('II. NỘI DUNG TUYÊN TRUYỀN', bold=True)
para('- Chủ đề ASEAN theo từng năm; kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và đóng góp của Việt Nam.')
para('- Bản sắc Cộng đồng ASEAN, những nét tương đồng về văn hóa giữa các dân tộc tỉnh Sơn La với nhân dân các nước ASEAN.')
para('- Tiềm năng, thế mạnh, cơ hội đầu tư, du lịch của tỉnh Sơn La, nhất là Khu du lịch quốc gia Mộc Châu.')
para('III. NHIỆM VỤ CỤ THỂ', bold=True)
rows = [
 ('1', 'Tuyên truyền cổ động trực quan: treo cờ ASEAN, pa nô, áp phích nhân kỷ niệm Ngày thành lập ASEAN (08/8) tại trung tâm thành phố Sơn La và các khu, điểm du lịch', 'Trung tâm Văn hóa tỉnh', 'Phòng Văn hóa và Thông tin các huyện, thành phố', 'Tháng 8 hằng năm'),
 ('2', 'Xây dựng chuyên mục “Sơn La - ASEAN” trên Trang thông tin điện tử của Sở; đăng tải tin, bài lên mạng xã hội và các nền tảng số', 'Văn phòng Sở', 'Phòng Quản lý du lịch', 'Thường xuyên'),
 ('3', 'Tổ chức Tuần Văn hóa - Du lịch Sơn La gắn với giao lưu văn hóa, thể thao với các tỉnh Bắc Lào', 'Phòng Quản lý văn hóa', 'Sở Ngoại vụ; UBND huyện Mộc Châu', 'Quý IV/2023'),
 ('4', 'Tham gia hội chợ, triển lãm du lịch quốc tế VITM Hà Nội; tổ chức đoàn xúc tiến du lịch tại Lào, Thái Lan', 'Trung tâm Thông tin xúc tiến du lịch', 'Phòng Quản lý du lịch', '2022 - 2025'),
 ('5', 'Trưng bày sách, ảnh “ASEAN - Đoàn kết và hợp tác” tại Thư viện tỉnh; duy trì Góc ASEAN tại phòng đọc thiếu nhi', 'Thư viện tỉnh', 'Bảo tàng tỉnh', 'Năm 2022'),
 ('6', 'Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho cán bộ văn hóa cơ sở và hướng dẫn viên du lịch', 'Phòng Quản lý văn hóa', 'Trung tâm Văn hóa tỉnh', 'Quý II/2023'),
 ('7', 'Phối hợp tổ chức Cuộc thi tìm hiểu về Cộng đồng ASEAN cho học sinh, sinh viên trên địa bàn tỉnh', 'Văn phòng Sở', 'Sở Giáo dục và Đào tạo; Tỉnh đoàn Sơn La', 'Năm 2024'),
 ('8', 'Giới thiệu các mô hình du lịch cộng đồng bản Áng, bản Hua Tạt đến du khách các nước ASEAN, qua câu chuyện thực tiễn của các hộ làm du lịch', 'Phòng Quản lý du lịch', 'UBND huyện Mộc Châu; UBND huyện Vân Hồ', '2023 - 2025')]
t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'; t.autofit = False
W = [Cm(1.3), Cm(5.9), Cm(3.0), Cm(3.2), Cm(2.6)]
for i in range(5): t.columns[i].width = W[i]
for i, h in enumerate(['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian thực hiện']):
    c = t.rows[0].cells[i]; c.width = W[i]; shade(c, 'BFBFBF'); cellp(c, [h], bold=True, size=12)
trPr = t.rows[0]._tr.get_or_add_trPr(); th = OxmlElement('w:tblHeader'); th.set(qn('w:val'), 'true'); trPr.append(th)
for row in rows:
    cs = t.add_row().cells
    for i, v in enumerate(row):
        cs[i].width = W[i]; cellp(cs[i], [v], center=(i in (0, 4)), size=12)
d.add_paragraph()
para('IV. KINH PHÍ THỰC HIỆN', bold=True)
para('Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí thường xuyên của Sở và các đơn vị sự nghiệp trực thuộc, lồng ghép trong các chương trình, đề án của ngành; huy động nguồn xã hội hóa theo quy định. Năm 2022 dự kiến 85 triệu đồng.')
para('V. TỔ CHỨC THỰC HIỆN', bold=True)
para('1. Văn phòng Sở', bold=True)
para('Là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 25/11 hằng năm.')
para('2. Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc Sở', bold=True)
para('Căn cứ nhiệm vụ được giao, xây dựng kế hoạch chi tiết; báo cáo kết quả về Văn phòng Sở trước ngày 15/11 hằng năm.')
para('3. Đề nghị Phòng Văn hóa và Thông tin các huyện, thành phố', bold=True)
para('Phối hợp tổ chức các hoạt động tuyên truyền về ASEAN tại địa phương.')
para('Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025 của Sở Văn hóa, Thể thao và Du lịch./.')
sg = d.add_table(rows=1, cols=2)
cellp(sg.rows[0].cells[0], ['Nơi nhận:', '- UBND tỉnh (b/c);', '- Sở Thông tin và Truyền thông;', '- Giám đốc, các PGĐ Sở;', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, VP.'], bold=[True, False, False, False, False, False], center=False, size=11)
cellp(sg.rows[0].cells[1], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', 'Lò Văn Thanh'], bold=True)
out = '/work/unseen13b/sources/' + N + '.docx'
d.save(out)
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '/tmp/sonla13b', out], check=True, capture_output=True)
shutil.copy('/tmp/sonla13b/' + N + '.pdf', '/work/unseen13b/' + N + '.pdf')
import sys; sys.path.insert(0, '.')
from common import extract_pdf_cells as extract_pdf
open(N + '.extracted.txt', 'w').write(extract_pdf('/work/unseen13b/' + N + '.pdf'))
