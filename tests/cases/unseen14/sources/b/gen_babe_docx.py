# Ba Bể (Bắc Kạn) district plan as a Word-style DOCX. Roman part headings are typed by hand; the Arabic
# items of each part are Word auto-numbering (one w:num per part, each restarting at 1 with
# lvlOverride/startOverride, as Word's "Restart at 1" writes it), a second list level gives "a)" items;
# a few labels were typed by hand into the middle of the lists (a clerk's later additions): III.7 "7.",
# V.6 "6." and the typed "1." / "2." of part IV. Text hand-written.
import docx, copy, subprocess, shutil, sys
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from lxml import etree
N = 'bac-kan_ba-be_287-KH-UBND_2019_asean-wordrestart'
OUT = '/work/coord/set14b/'
d = docx.Document()
s = d.sections[0]; s.page_width = Cm(21); s.page_height = Cm(29.7); s.left_margin = Cm(3); s.right_margin = Cm(2)
s.top_margin = Cm(2); s.bottom_margin = Cm(2)
st = d.styles['Normal']; st.font.name = 'Times New Roman'; st.font.size = Pt(14)
st.element.rPr.rFonts.set(qn('w:eastAsia'), 'Times New Roman'); st.paragraph_format.space_after = Pt(3)

# ---- numbering definitions: abstractNum 90 = "%1." / "%2)" (lowerLetter); one num per part ----
numbering = d.part.numbering_part.element
W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
absxml = f'''<w:abstractNum xmlns:w="{W}" w:abstractNumId="90"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="0" w:firstLine="709"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="0" w:firstLine="709"/></w:pPr></w:lvl></w:abstractNum>'''
first_num = numbering.find(qn('w:num'))
ab = etree.fromstring(absxml)
if first_num is not None: first_num.addprevious(ab)
else: numbering.append(ab)
def new_num(numid):
    n = etree.fromstring(f'<w:num xmlns:w="{W}" w:numId="{numid}"><w:abstractNumId w:val="90"/>'
                         f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    numbering.append(n)
    return numid
def P(text, bold=False, italic=False, center=False, ind=True, num=None, ilvl=0, size=None):
    p = d.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.JUSTIFY
    if num is not None:
        pPr = p._p.get_or_add_pPr(); numPr = OxmlElement('w:numPr')
        il = OxmlElement('w:ilvl'); il.set(qn('w:val'), str(ilvl)); ni = OxmlElement('w:numId'); ni.set(qn('w:val'), str(num))
        numPr.append(il); numPr.append(ni); pPr.insert(0, numPr)
    elif ind and not center: p.paragraph_format.first_line_indent = Cm(1.25)
    return p
hd = d.add_table(rows=2, cols=2)
def C(cell, lines, bold, italic=False):
    for i, (ln, b) in enumerate(zip(lines, bold)):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(ln); r.bold = b; r.italic = italic; r.font.size = Pt(13)
C(hd.cell(0, 0), ['ỦY BAN NHÂN DÂN', 'HUYỆN BA BỂ'], [False, True])
C(hd.cell(0, 1), ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], [True, True])
C(hd.cell(1, 0), ['Số: 287/KH-UBND'], [False])
C(hd.cell(1, 1), ['Ba Bể, ngày 08 tháng 11 năm 2019'], [False], italic=True)
P('')
P('KẾ HOẠCH', bold=True, center=True)
P('Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Ba Bể', bold=True, center=True)
P('Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020; Kế hoạch số 612/KH-UBND ngày 14/10/2019 của Ủy ban nhân dân tỉnh Bắc Kạn về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Bắc Kạn, Ủy ban nhân dân huyện Ba Bể ban hành Kế hoạch thực hiện như sau:')
P('I. MỤC ĐÍCH, YÊU CẦU', bold=True)
n1 = new_num(91)
P('Mục đích', bold=True, num=n1)
P('- Nâng cao nhận thức của cán bộ, đảng viên và các tầng lớp nhân dân trên địa bàn huyện về Cộng đồng ASEAN, về vai trò của Việt Nam trong năm đảm nhận cương vị Chủ tịch ASEAN 2020.')
P('- Giúp người dân, hộ kinh doanh du lịch và hợp tác xã trên địa bàn huyện nắm bắt được cơ hội để phát triển khi Việt Nam tham gia sâu rộng vào Cộng đồng ASEAN.')
P('Yêu cầu', bold=True, num=n1)
P('- Công tác tuyên truyền phải bám sát định hướng của tỉnh, phù hợp với đặc điểm của huyện miền núi có nhiều đồng bào dân tộc thiểu số; lồng ghép với tuyên truyền phát triển du lịch hồ Ba Bể.')
P('- Các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn phối hợp chặt chẽ, thực hiện đúng tiến độ.')
P('II. NỘI DUNG TUYÊN TRUYỀN', bold=True)
P('- Quá trình hình thành, phát triển, vai trò, vị thế của ASEAN; 3 trụ cột của Cộng đồng ASEAN; đất nước, con người các nước ASEAN.')
P('- Các sự kiện quan trọng của ASEAN trong năm 2019 - 2020; năm Chủ tịch ASEAN 2020 của Việt Nam và kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020).')
P('- Tiềm năng, thế mạnh du lịch của huyện Ba Bể: Vườn quốc gia Ba Bể, hồ Ba Bể, văn hóa các dân tộc Tày, Dao, Mông; các đặc sản miến dong, vịt bầu, cá nướng hồ Ba Bể.')
P('III. NHIỆM VỤ VÀ GIẢI PHÁP', bold=True)
n3 = new_num(92)
P('Tuyên truyền trên hệ thống truyền thanh - truyền hình huyện', bold=True, num=n3)
P('Xây dựng chuyên mục “ASEAN và Ba Bể” phát sóng 02 kỳ/tháng trên sóng Đài Truyền thanh - Truyền hình huyện; tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam và Đài Truyền hình Việt Nam; tăng thời lượng tin, bài trong tháng 7/2020 nhân kỷ niệm 25 năm Việt Nam gia nhập ASEAN.')
P('- Chủ trì: Đài Truyền thanh - Truyền hình huyện.')
P('- Phối hợp: Phòng Văn hóa và Thông tin huyện.')
P('Tuyên truyền trên Trang thông tin điện tử và mạng xã hội', bold=True, num=n3)
P('Mở chuyên mục “Hướng tới năm Chủ tịch ASEAN 2020” trên Trang thông tin điện tử huyện; chia sẻ tin, bài, video từ Fanpage “ASEAN và Việt Nam” lên nhóm Zalo, trang Facebook của các cơ quan, đơn vị và các xã, thị trấn.')
P('- Chủ trì: Văn phòng HĐND và UBND huyện.')
P('- Phối hợp: Phòng Văn hóa và Thông tin huyện; Ủy ban nhân dân các xã, thị trấn.')
P('Tuyên truyền cổ động trực quan', bold=True, num=n3)
P('Treo băng rôn, khẩu hiệu tại trung tâm thị trấn Chợ Rã và dọc tuyến đường ĐT 258 vào hồ Ba Bể trong tháng 7/2020 và tháng 11/2020', num=n3, ilvl=1)
P('Kẻ vẽ 02 pa nô lớn tuyên truyền về Cộng đồng ASEAN tại khu vực bến thuyền Buốc Lốm và ngã ba Bản Pjạc', num=n3, ilvl=1)
P('- Chủ trì: Phòng Văn hóa và Thông tin huyện.')
P('- Phối hợp: Trung tâm Văn hóa - Thể thao huyện; Ủy ban nhân dân thị trấn Chợ Rã.')
P('Lồng ghép tuyên truyền trong sinh hoạt của các đoàn thể', bold=True, num=n3)
P('Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện, Huyện đoàn Ba Bể lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt chi hội, hội nghị báo cáo viên và các buổi nói chuyện chuyên đề tại thôn, bản.')
P('- Thời gian: Quý I/2020 - Quý IV/2020.')
P('Giáo dục về ASEAN trong trường học', bold=True, num=n3)
P('Đưa nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa tại các trường trung học cơ sở; tổ chức Cuộc thi tìm hiểu về ASEAN cho học sinh Trường Phổ thông Dân tộc nội trú THCS huyện; xây dựng Góc ASEAN tại thư viện Trường THCS thị trấn Chợ Rã.')
P('- Chủ trì: Phòng Giáo dục và Đào tạo huyện.')
P('- Phối hợp: Huyện đoàn Ba Bể.')
P('- Thời gian: Năm học 2019 - 2020.')
P('Quảng bá du lịch Ba Bể tới du khách các nước ASEAN', bold=True, num=n3)
P('Biên soạn, in ấn 5.000 tờ rơi song ngữ Việt - Anh giới thiệu du lịch hồ Ba Bể, các điểm du lịch cộng đồng Pác Ngòi, Bó Lù, Cốc Tộc; phát tại bến thuyền, các nhà nghỉ homestay; tham gia gian hàng của tỉnh tại Hội chợ Du lịch quốc tế VITM Hà Nội năm 2020.')
P('- Chủ trì: Phòng Văn hóa và Thông tin huyện.')
P('- Phối hợp: Vườn quốc gia Ba Bể; Phòng Kinh tế và Hạ tầng huyện.')
P('- Thời gian: Quý II/2020.')
P('7. Bồi dưỡng cán bộ làm công tác tuyên truyền', bold=True)
P('Cử cán bộ Phòng Văn hóa và Thông tin, phóng viên Đài Truyền thanh - Truyền hình huyện tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do tỉnh tổ chức.')
P('- Chủ trì: Phòng Văn hóa và Thông tin huyện.')
P('- Phối hợp: Phòng Nội vụ huyện.')
P('IV. KINH PHÍ THỰC HIỆN', bold=True)
P('1. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách huyện năm 2020 giao cho các cơ quan, đơn vị; tổng kinh phí dự kiến 65 triệu đồng.')
P('2. Các cơ quan, đơn vị chủ động lồng ghép trong kinh phí thường xuyên được giao và huy động nguồn xã hội hóa từ các doanh nghiệp du lịch trên địa bàn.')
P('V. TỔ CHỨC THỰC HIỆN', bold=True)
n5 = new_num(93)
P('Phòng Văn hóa và Thông tin huyện', bold=True, num=n5)
P('Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị, các xã, thị trấn triển khai Kế hoạch. Tổng hợp, báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông và Ủy ban nhân dân huyện trước ngày 30/11/2020.')
P('Phòng Tài chính - Kế hoạch huyện', bold=True, num=n5)
P('Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch theo quy định.')
P('Đài Truyền thanh - Truyền hình huyện', bold=True, num=n5)
P('Phối hợp với Phòng Văn hóa và Thông tin xây dựng kế hoạch tin, bài, chuyên mục về ASEAN; định kỳ hàng quý báo cáo số lượng tin, bài đã phát sóng.')
P('Phòng Giáo dục và Đào tạo huyện', bold=True, num=n5)
P('Chỉ đạo các trường học triển khai nội dung giáo dục về ASEAN; báo cáo kết quả Cuộc thi tìm hiểu về ASEAN trước ngày 15/5/2020.')
P('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện', bold=True, num=n5)
P('Chỉ đạo hệ thống tổ chức từ huyện đến cơ sở lồng ghép tuyên truyền về ASEAN trong các hoạt động của tổ chức mình.')
P('6. Ủy ban nhân dân các xã, thị trấn', bold=True)
P('Tổ chức tuyên truyền trên hệ thống loa truyền thanh cơ sở; báo cáo kết quả về Phòng Văn hóa và Thông tin huyện trước ngày 20/11/2020.')
P('Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Ba Bể. Yêu cầu các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn triển khai thực hiện./.')
sg = d.add_table(rows=1, cols=2)
C(sg.cell(0, 0), ['Nơi nhận:', '- Sở TT&TT tỉnh Bắc Kạn;', '- TT Huyện ủy, TT HĐND huyện;', '- CT, PCT UBND huyện;', '- Các cơ quan, đơn vị (t/h);', '- UBND các xã, thị trấn;', '- Lưu: VT, VHTT.'], [True] + [False] * 6)
for p in sg.cell(0, 0).paragraphs:
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    for r in p.runs: r.font.size = Pt(11)
C(sg.cell(0, 1), ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Hoàng Văn Thạch'], [True] * 7)
d.save(OUT + N + '.docx')
sys.path.insert(0, '/work/coord/set14b/sources')
from common import extract_docx
open(OUT + 'sources/' + N + '.extracted.txt', 'w').write(extract_docx(OUT + N + '.docx'))
# LibreOffice rendering, to see the numbers Word/LibreOffice show for the auto-numbered paragraphs
subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '/tmp/set14b_babe', OUT + N + '.docx'], check=True, capture_output=True)
open(OUT + 'sources/' + N + '.rendered.txt', 'w').write(subprocess.run(['pdftotext', '-layout', '/tmp/set14b_babe/' + N + '.pdf', '-'], capture_output=True, text=True).stdout)
