# Vĩnh Phúc Sở TT&TT plan: written as a Word-style DOCX (python-docx), printed to PDF by LibreOffice (with a
# red seal/signature picture and a logo picture), then converted to Markdown with pymupdf4llm, the way a
# portal editor or a document-to-AI pipeline turns a signed PDF into Markdown. The delivered .md is the
# converter's output, untouched. Text hand-written.
import docx, subprocess, shutil, sys, os
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image, ImageDraw, ImageFont
N = 'vinh-phuc_468-KH-STTTT_2023_asean-pdf2md'
OUT = '/work/coord/set14b/'; TMP = '/tmp/set14b_vp/'; os.makedirs(TMP, exist_ok=True)
# seal + signature picture
im = Image.new('RGBA', (420, 300), (255, 255, 255, 0)); dr = ImageDraw.Draw(im)
dr.ellipse((20, 20, 260, 260), outline=(200, 20, 20, 255), width=8); dr.ellipse((45, 45, 235, 235), outline=(200, 20, 20, 255), width=3)
dr.polygon([(140, 95), (152, 130), (190, 130), (160, 152), (171, 188), (140, 166), (109, 188), (120, 152), (90, 130), (128, 130)], fill=(200, 20, 20, 255))
dr.line([(200, 200), (260, 150), (300, 210), (360, 140), (400, 190)], fill=(20, 20, 140, 255), width=5)
im.save(TMP + 'seal.png')
lg = Image.new('RGB', (200, 200), 'white'); dl = ImageDraw.Draw(lg); dl.ellipse((10, 10, 190, 190), outline=(0, 70, 160), width=10)
dl.rectangle((60, 60, 140, 140), fill=(0, 70, 160)); lg.save(TMP + 'logo.png')

d = docx.Document()
s = d.sections[0]; s.page_width = Cm(21); s.page_height = Cm(29.7); s.left_margin = Cm(3); s.right_margin = Cm(2)
s.top_margin = Cm(2); s.bottom_margin = Cm(2)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(14)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman'); st.paragraph_format.space_after = Pt(4)
def P(text, bold=False, italic=False, center=False, ind=True, size=None):
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
hd = d.add_table(rows=2, cols=2)
hd.cell(0, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
hd.cell(0, 0).paragraphs[0].add_run().add_picture(TMP + 'logo.png', width=Cm(1.2))
C(hd.cell(0, 0), ['UBND TỈNH VĨNH PHÚC', 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG'], [False, True]) if False else None
for ln, b in (('UBND TỈNH VĨNH PHÚC', False), ('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', True)):
    p = hd.cell(0, 0).add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.paragraph_format.space_after = Pt(0)
    r = p.add_run(ln); r.bold = b; r.font.size = Pt(12)
C(hd.cell(0, 1), ['', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], [True, True, True], size=12)
C(hd.cell(1, 0), ['Số: 468/KH-STTTT'], [False])
C(hd.cell(1, 1), ['Vĩnh Phúc, ngày 17 tháng 3 năm 2023'], [False], italic=True)
P('')
P('KẾ HOẠCH', bold=True, center=True)
P('Thông tin, tuyên truyền về ASEAN năm 2023', bold=True, center=True)
P('Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;')
P('Căn cứ Kế hoạch số 203/KH-UBND ngày 22/11/2021 của Ủy ban nhân dân tỉnh Vĩnh Phúc thực hiện Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn tỉnh;')
P('Sở Thông tin và Truyền thông xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN năm 2023 như sau:')
P('I. MỤC ĐÍCH, YÊU CẦU', bold=True, ind=False)
P('1. Mục đích', bold=True)
P('- Tiếp tục nâng cao nhận thức của cán bộ, công chức, viên chức, doanh nghiệp và Nhân dân trong tỉnh về Cộng đồng ASEAN, tinh thần “Tư duy Cộng đồng, Hành động Cộng đồng”; góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng.')
P('- Quảng bá hình ảnh, tiềm năng, cơ hội đầu tư của tỉnh Vĩnh Phúc tới cộng đồng doanh nghiệp các nước ASEAN.')
P('2. Yêu cầu', bold=True)
P('- Thông tin chính xác, kịp thời, đúng định hướng; gắn tuyên truyền về ASEAN với chuyển đổi số và phát triển kinh tế số của tỉnh.')
P('- Tăng cường công tác phối hợp thông tin giữa Sở với các sở, ban, ngành, địa phương và các cơ quan báo chí trên địa bàn tỉnh.')
P('II. NỘI DUNG TUYÊN TRUYỀN', bold=True, ind=False)
P('- Chủ đề năm ASEAN 2023 “ASEAN tầm vóc: Tâm điểm tăng trưởng” do Indonesia đảm nhiệm vai trò Chủ tịch; kết quả hợp tác trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam.')
P('- Hợp tác ASEAN trong phục hồi kinh tế sau đại dịch COVID-19; các lĩnh vực hợp tác mới: thương mại điện tử, kinh tế số, chuyển đổi số, chuỗi cung ứng giá trị khu vực.')
P('- Những câu chuyện thực tiễn, mô hình hiệu quả của doanh nghiệp Vĩnh Phúc khi tham gia thị trường các nước ASEAN.')
P('III. NHIỆM VỤ CỤ THỂ', bold=True, ind=False)
P('Các nhiệm vụ cụ thể được phân công như sau:')
rows = [
 ('1', 'Xây dựng, duy trì chuyên mục “Vĩnh Phúc hội nhập ASEAN” trên Cổng Thông tin - Giao tiếp điện tử tỉnh và Trang thông tin điện tử của Sở', 'Trung tâm Công nghệ thông tin và Truyền thông', 'Phòng Thông tin - Báo chí - Xuất bản', 'Thường xuyên'),
 ('2', 'Định hướng các cơ quan báo chí địa phương mở chuyên trang, chuyên mục về ASEAN; tăng thời lượng tin, bài nhân kỷ niệm 56 năm Ngày thành lập ASEAN (08/8/2023)', 'Phòng Thông tin - Báo chí - Xuất bản', 'Báo Vĩnh Phúc; Đài Phát thanh và Truyền hình tỉnh', 'Tháng 7, 8/2023'),
 ('3', 'Chia sẻ tin, bài, video về ASEAN trên các trang mạng xã hội, nền tảng số của Sở và hệ thống thông tin cơ sở', 'Trung tâm Công nghệ thông tin và Truyền thông', 'Phòng Văn hóa và Thông tin các huyện, thành phố', 'Thường xuyên'),
 ('4', 'Biên soạn tài liệu hỏi - đáp về thương mại điện tử, Cơ chế một cửa ASEAN và cơ hội đưa sản phẩm OCOP lên các sàn thương mại điện tử trong khu vực', 'Phòng Thông tin - Báo chí - Xuất bản', 'Sở Công Thương', 'Quý II/2023'),
 ('5', 'Tổ chức hội nghị tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ cán bộ thông tin cơ sở, Đài Truyền thanh các huyện, thành phố', 'Phòng Thông tin - Báo chí - Xuất bản', 'Phòng Văn hóa và Thông tin các huyện, thành phố', 'Quý III/2023'),
 ('6', 'Tuyên truyền về chuyển đổi số, kinh tế số trong ASEAN trên hệ thống loa truyền thanh cơ sở và bảng tin điện tử công cộng', 'Phòng Bưu chính, Viễn thông và Chuyển đổi số', 'UBND các huyện, thành phố', 'Năm 2023'),
 ('7', 'Giới thiệu câu chuyện thực tiễn, nhân vật điển hình là doanh nghiệp, người lao động Vĩnh Phúc làm việc, kinh doanh tại các nước ASEAN', 'Báo Vĩnh Phúc', 'Sở Lao động - Thương binh và Xã hội; Hiệp hội Doanh nghiệp tỉnh', 'Quý III - Quý IV/2023'),
 ('8', 'Theo dõi, nắm bắt dư luận; kịp thời phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Việt Nam và quá trình hội nhập ASEAN trên không gian mạng', 'Phòng Thông tin - Báo chí - Xuất bản', 'Công an tỉnh', 'Thường xuyên'),
 ('9', 'Treo băng rôn, pa nô điện tử chào mừng Ngày thành lập ASEAN tại trụ sở Sở và trên bảng điện tử tại các nút giao thông trung tâm thành phố Vĩnh Yên', 'Văn phòng Sở', 'Trung tâm Công nghệ thông tin và Truyền thông', 'Tháng 8/2023')]
t = d.add_table(rows=1, cols=5); t.style = 'Table Grid'; t.autofit = False
W = [Cm(1.1), Cm(6.4), Cm(3.3), Cm(3.2), Cm(2.0)]
for i, h in enumerate(['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian']):
    c = t.rows[0].cells[i]; c.width = W[i]; C(c, [h], [True], size=12)
for row in rows:
    cs = t.add_row().cells
    for i, v in enumerate(row):
        cs[i].width = W[i]; C(cs[i], [v], [False], size=12, center=(i in (0, 4)))
P('')
P('IV. KINH PHÍ THỰC HIỆN', bold=True, ind=False)
P('Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước đã giao trong dự toán năm 2023 của Sở Thông tin và Truyền thông (nhiệm vụ thông tin đối ngoại); dự kiến 120 triệu đồng. Các đơn vị phối hợp sử dụng kinh phí thường xuyên của đơn vị.')
P('V. TỔ CHỨC THỰC HIỆN', bold=True, ind=False)
P('1. Phòng Thông tin - Báo chí - Xuất bản', bold=True)
P('Là đầu mối tham mưu, theo dõi, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, tham mưu báo cáo Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh trước ngày 10/12/2023.')
P('2. Trung tâm Công nghệ thông tin và Truyền thông', bold=True)
P('Bảo đảm kỹ thuật, duy trì chuyên mục về ASEAN; hằng tháng thống kê số lượt truy cập chuyên mục gửi Phòng Thông tin - Báo chí - Xuất bản.')
P('3. Đề nghị Báo Vĩnh Phúc, Đài Phát thanh và Truyền hình tỉnh', bold=True)
P('Dành thời lượng, dung lượng phù hợp đăng tải tin, bài về ASEAN; tiếp sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam.')
P('4. Đề nghị Ủy ban nhân dân các huyện, thành phố', bold=True)
P('Chỉ đạo Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thông tin và Thể thao cấp huyện phối hợp triển khai; gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11/2023.')
P('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Thông tin và Truyền thông (qua Phòng Thông tin - Báo chí - Xuất bản) để được hướng dẫn./.')
sg = d.add_table(rows=1, cols=2)
C(sg.cell(0, 0), ['Nơi nhận:', '- Bộ TT&TT (b/c);', '- UBND tỉnh (b/c);', '- Giám đốc, các PGĐ Sở;', '- Các sở, ban, ngành (p/h);', '- UBND các huyện, thành phố;', '- Lưu: VT, TTBCXB.'], [True] + [False] * 6, size=11, center=False)
C(sg.cell(0, 1), ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'], [True, True])
p = sg.cell(0, 1).add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; p.add_run().add_picture(TMP + 'seal.png', width=Cm(4.2))
C(sg.cell(0, 1), ['Nguyễn Văn Lượng'], [True]) if False else None
p = sg.cell(0, 1).add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER; r = p.add_run('Nguyễn Văn Lượng'); r.bold = True
d.save(TMP + N + '.docx')
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', TMP, TMP + N + '.docx'], check=True, capture_output=True)
shutil.copy(TMP + N + '.pdf', OUT + 'sources/' + N + '.source.pdf')
import pymupdf4llm
md = pymupdf4llm.to_markdown(TMP + N + '.pdf')
open(OUT + N + '.md', 'w').write(md)
open(OUT + 'sources/' + N + '.extracted.txt', 'w').write(md.replace('<br>', ' '))  # cell line breaks read as spaces
