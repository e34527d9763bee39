# Quảng Ninh Sở Công Thương plan as an e-office digitally signed PDF: printed from Word (python-docx ->
# LibreOffice PDF), then stamped the way the provincial e-office/VGCA signing tool does: the organisation's
# signature box ("Ký bởi / Email / Cơ quan / Thời gian ký") with its text layer in the top-right corner
# of page 1 over the header, the personal signature box and a red seal image over the signature block,
# and a small "Mã văn bản" line in every page footer. Text hand-written.
import docx, subprocess, shutil, sys, os
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from PIL import Image, ImageDraw
import pymupdf
N = 'quang-ninh_3567-KH-SCT_2021_asean-esigned'
OUT = '/work/coord/set14b/'; TMP = '/tmp/set14b_qn/'; os.makedirs(TMP, exist_ok=True)
d = docx.Document()
s = d.sections[0]; s.page_width = Cm(21); s.page_height = Cm(29.7); s.left_margin = Cm(3); s.right_margin = Cm(2)
s.top_margin = Cm(2); s.bottom_margin = Cm(2)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(14)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman'); st.paragraph_format.space_after = Pt(4)
def P(text, bold=False, italic=False, center=False, ind=True):
    p = d.add_paragraph(); r = p.add_run(text); r.bold = bold; r.italic = italic
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    if ind and not center: p.paragraph_format.first_line_indent = Cm(1.25)
def C(cell, lines, bold, italic=False, size=13, center=True):
    for i, (ln, b) in enumerate(zip(lines, bold)):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(ln); r.bold = b; r.italic = italic; r.font.size = Pt(size)
hd = d.add_table(rows=2, cols=2)
C(hd.cell(0, 0), ['UBND TỈNH QUẢNG NINH', 'SỞ CÔNG THƯƠNG'], [False, True])
C(hd.cell(0, 1), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], [True, True])
C(hd.cell(1, 0), ['Số: 3567/KH-SCT'], [False])
C(hd.cell(1, 1), ['Quảng Ninh, ngày 12 tháng 11 năm 2021'], [False], italic=True)
P('')
P('KẾ HOẠCH', bold=True, center=True)
P('Thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2021 - 2025', bold=True, center=True)
P('Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;')
P('Thực hiện Kế hoạch số 221/KH-UBND ngày 28/10/2021 của Ủy ban nhân dân tỉnh Quảng Ninh về thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030 trên địa bàn tỉnh;')
P('Sở Công Thương xây dựng Kế hoạch thực hiện như sau:')
P('I. MỤC ĐÍCH, YÊU CẦU', bold=True, ind=False)
P('- Giúp cộng đồng doanh nghiệp trên địa bàn tỉnh hiểu rõ các cam kết hội nhập kinh tế ASEAN, khai thác hiệu quả các cơ hội kinh doanh, đầu tư; góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng.')
P('- Bám sát nội dung Trụ cột Kinh tế ASEAN, gắn với chuyển đổi số, kinh tế số và phục hồi kinh tế sau đại dịch COVID-19.')
P('- Phân công cụ thể, rõ trách nhiệm của các phòng, đơn vị thuộc Sở.')
P('II. NHIỆM VỤ CỤ THỂ', bold=True, ind=False)
tasks = [
 ('Phổ biến các cam kết trong Cộng đồng Kinh tế ASEAN và thương mại điện tử', 'Tổ chức hội nghị phổ biến các cam kết trong Cộng đồng Kinh tế ASEAN, các Hiệp định thương mại tự do ASEAN với các đối tác, kỹ năng kinh doanh trên các sàn thương mại điện tử trong khu vực cho doanh nghiệp, hợp tác xã. Phòng Quản lý Thương mại chủ trì, phối hợp với Trung tâm Khuyến công và Xúc tiến thương mại thực hiện hằng năm.'),
 ('Thông tin về Cơ chế một cửa ASEAN và chuỗi cung ứng khu vực', 'Tổ chức hội thảo về Cơ chế một cửa ASEAN, chuỗi cung ứng giá trị khu vực cho doanh nghiệp xuất nhập khẩu qua cửa khẩu Móng Cái, Hoành Mô trong quý II/2022. Phòng Quản lý Thương mại chủ trì, phối hợp với Cục Hải quan tỉnh Quảng Ninh.'),
 ('Xúc tiến thương mại tại các nước ASEAN', 'Tổ chức đoàn doanh nghiệp tham gia Hội chợ ASEAN - Trung Quốc (CAEXPO) và các hội chợ, triển lãm tại Thái Lan, Ma-lai-xi-a; quảng bá sản phẩm OCOP Quảng Ninh tới các nhà nhập khẩu ASEAN giai đoạn 2022 - 2025. Trung tâm Khuyến công và Xúc tiến thương mại chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh Quảng Ninh.'),
 ('Chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử của Sở', 'Văn phòng Sở duy trì chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử của Sở; cập nhật thông tin thị trường, cảnh báo phòng vệ thương mại; chia sẻ lên mạng xã hội và nền tảng số của Sở.'),
 ('Giới thiệu câu chuyện thực tiễn của doanh nghiệp', 'Phối hợp với Báo Quảng Ninh, Trung tâm Truyền thông tỉnh giới thiệu câu chuyện thực tiễn, mô hình điển hình của doanh nghiệp Quảng Ninh xuất khẩu thành công sang thị trường ASEAN. Phòng Quản lý Thương mại chủ trì.'),
 ('Tuyên truyền về hợp tác ASEAN phục hồi sau dịch COVID-19', 'Phòng Quản lý Công nghiệp biên soạn tài liệu về hợp tác ASEAN trong ứng phó, phục hồi chuỗi sản xuất công nghiệp sau đại dịch COVID-19, gửi các doanh nghiệp trong các khu, cụm công nghiệp trong năm 2022.'),
 ('Nâng cao năng lực cán bộ', 'Cử công chức, viên chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Công Thương, Sở Thông tin và Truyền thông tổ chức. Văn phòng Sở chủ trì.')]
for i, (h, b) in enumerate(tasks, 1):
    P(f'{i}. {h}', bold=True); P(b)
P('III. KINH PHÍ THỰC HIỆN', bold=True, ind=False)
P('Kinh phí thực hiện từ nguồn ngân sách nhà nước giao cho Sở Công Thương hằng năm và kinh phí Chương trình xúc tiến thương mại tỉnh (dự kiến 250 triệu đồng/năm); huy động xã hội hóa, đóng góp của doanh nghiệp tham gia hội chợ.')
P('IV. TỔ CHỨC THỰC HIỆN', bold=True, ind=False)
P('1. Văn phòng Sở', bold=True)
P('Là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp, báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm.')
P('2. Phòng Kế hoạch - Tài chính - Tổng hợp', bold=True)
P('Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán hằng năm của Sở.')
P('3. Các phòng, đơn vị thuộc Sở', bold=True)
P('Chủ động triển khai các nhiệm vụ được giao; báo cáo kết quả về Văn phòng Sở trước ngày 20/11 hằng năm.')
P('Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2021 - 2025 của Sở Công Thương Quảng Ninh./.')
sg = d.add_table(rows=1, cols=2)
C(sg.cell(0, 0), ['Nơi nhận:', '- UBND tỉnh (b/c);', '- Sở TT&TT;', '- Giám đốc, các PGĐ Sở;', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, QLTM.'], [True] + [False] * 5, size=11, center=False)
C(sg.cell(0, 1), ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', '', '', '', '', 'Nguyễn Thị Hạnh'], [True] * 7)
d.save(TMP + 'body.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', TMP, TMP + 'body.docx'], check=True, capture_output=True)
# ---- e-office stamping ----
im = Image.new('RGBA', (300, 300), (255, 255, 255, 0)); dr = ImageDraw.Draw(im)
dr.ellipse((10, 10, 290, 290), outline=(210, 25, 25, 230), width=9); dr.ellipse((40, 40, 260, 260), outline=(210, 25, 25, 230), width=3)
dr.polygon([(150, 95), (163, 135), (205, 135), (171, 160), (184, 200), (150, 175), (116, 200), (129, 160), (95, 135), (137, 135)], fill=(210, 25, 25, 230))
im.save(TMP + 'seal.png')
FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'
doc = pymupdf.open(TMP + 'body.pdf')
p1 = doc[0]
r = pymupdf.Rect(395, 8, 585, 62)
p1.draw_rect(r, color=(0.8, 0.1, 0.1), width=0.8)
p1.insert_textbox(r + (4, 3, -2, 0), 'Ký bởi: Sở Công Thương\nEmail: sct@quangninh.gov.vn\nCơ quan: Tỉnh Quảng Ninh\nThời gian ký: 12.11.2021 16:05:33 +07:00',
                  fontsize=7, fontname='dvs', fontfile=FONT, color=(0.8, 0.1, 0.1))
last = doc[-1]
hits = last.search_for('Nguyễn Thị Hạnh')
y = hits[0].y0 if hits else 400
last.insert_image(pymupdf.Rect(330, y - 100, 430, y), filename=TMP + 'seal.png', overlay=True)
rb = pymupdf.Rect(400, y - 70, 570, y - 30)
last.draw_rect(rb, color=(0.1, 0.2, 0.7), width=0.6)
last.insert_textbox(rb + (3, 2, -2, 0), 'Ký bởi: Nguyễn Thị Hạnh\nThời gian ký: 12.11.2021 15:48:02 +07:00', fontsize=6.5, fontname='dvs', fontfile=FONT, color=(0.1, 0.2, 0.7))
for i, pg in enumerate(doc, 1):
    pg.insert_text((85, 828), f'Mã văn bản: 000.00.22.H49-211112-0017 - Trang {i}/{len(doc)}', fontsize=7, fontname='dvs', fontfile=FONT, color=(0.4, 0.4, 0.4))
doc.save(OUT + N + '.pdf', garbage=3, deflate=True)
sys.path.insert(0, '/work/coord/set14b/sources')
from common import extract_pdf
open(OUT + 'sources/' + N + '.extracted.txt', 'w').write(extract_pdf(OUT + N + '.pdf'))
