# Thị xã Duyên Hải (Trà Vinh) plan as Word "Save As > Plain Text (.txt), Unicode (UTF-8)" writes it:
# UTF-8 with BOM, CRLF line ends, one line per paragraph, table rows as cells joined by TAB, and a paragraph
# mark inside a cell written as a line break (so a multi-paragraph cell breaks its row over several lines).
# The document is modelled here as Word paragraphs and tables and serialised that way. Text hand-written.
N = 'tra-vinh_duyen-hai_95-KH-UBND_2022_asean-wordtabtxt'
OUT = '/work/coord/set14b/'
doc = []  # items: str (paragraph) or list of rows (row = list of cells, cell = list of paragraphs)
def p(*lines): doc.extend(lines)
def table(rows): doc.append(rows)
table([[['ỦY BAN NHÂN DÂN', 'THỊ XÃ DUYÊN HẢI'], ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']],
       [['Số: 95/KH-UBND'], ['Duyên Hải, ngày 15 tháng 4 năm 2022']]])
p('', 'KẾ HOẠCH', 'Thông tin, tuyên truyền về ASEAN năm 2022 trên địa bàn thị xã Duyên Hải', '',
  'Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;',
  'Căn cứ Kế hoạch số 58/KH-UBND ngày 24/9/2021 của Ủy ban nhân dân tỉnh Trà Vinh về thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025;',
  'Ủy ban nhân dân thị xã Duyên Hải xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN năm 2022, cụ thể như sau:',
  'I. MỤC ĐÍCH, YÊU CẦU',
  '- Giúp cán bộ, đảng viên và Nhân dân thị xã, nhất là đồng bào dân tộc Khmer, hiểu rõ về Cộng đồng ASEAN, tinh thần “Tư duy Cộng đồng, Hành động Cộng đồng”, thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng.',
  '- Tuyên truyền phải bám sát chủ đề năm ASEAN 2022, phù hợp tình hình phòng, chống dịch COVID-19 trên địa bàn.',
  '- Phát huy sự phối hợp giữa các cơ quan, đơn vị thị xã với Ủy ban nhân dân các xã, phường trong triển khai thực hiện.',
  'II. NỘI DUNG TUYÊN TRUYỀN',
  '- Chủ đề năm ASEAN 2022 “ASEAN hành động: Cùng giải quyết thách thức” do Campuchia đảm nhiệm vai trò Chủ tịch; kết quả hợp tác trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội.',
  '- Hợp tác ASEAN trong ứng phó và phục hồi sau đại dịch COVID-19; cơ hội việc làm, dịch chuyển lao động trong ASEAN đối với thanh niên, lao động ven biển.',
  '- Những nét tương đồng văn hóa giữa đồng bào Khmer Nam Bộ với nhân dân các nước ASEAN; bản sắc Cộng đồng ASEAN.',
  '- Tiềm năng, thế mạnh của thị xã Duyên Hải: Trung tâm Điện lực Duyên Hải, Khu kinh tế Định An, điện gió ven biển, du lịch biển Ba Động.',
  'III. NHIỆM VỤ CỤ THỂ')
table([[['TT'], ['Nội dung công việc'], ['Cơ quan chủ trì'], ['Cơ quan phối hợp'], ['Thời gian thực hiện']],
 [['A'], ['TUYÊN TRUYỀN TRÊN CÁC PHƯƠNG TIỆN THÔNG TIN'], [''], [''], ['']],
 [['1'], ['Xây dựng chuyên mục “ASEAN - Cộng đồng chung” phát sóng trên Đài Truyền thanh thị xã bằng tiếng Việt và tiếng Khmer'], ['Trung tâm Văn hóa, Thông tin và Thể thao thị xã'], ['Phòng Văn hóa và Thông tin thị xã'], ['Hằng tháng']],
 [['2'], ['Đăng tải tin, bài về ASEAN trên Trang thông tin điện tử thị xã;', 'chia sẻ trên trang Zalo, Facebook “Duyên Hải ngày mới”'], ['Văn phòng HĐND và UBND thị xã'], ['Phòng Văn hóa và Thông tin thị xã'], ['Thường xuyên']],
 [['3'], ['Tuyên truyền trên hệ thống loa truyền thanh các xã, phường'], ['UBND các xã, phường'], ['Trung tâm Văn hóa, Thông tin và Thể thao thị xã'], ['Năm 2022']],
 [['4'], ['Treo cờ ASEAN, băng rôn, pa nô chào mừng 55 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2022) tại trục đường chính phường 1'], ['Phòng Văn hóa và Thông tin thị xã'], ['UBND phường 1;', 'UBND phường 2'], ['Tháng 8/2022']],
 [['B'], ['CÁC HOẠT ĐỘNG KHÁC'], [''], [''], ['']],
 [['1'], ['Tổ chức Cuộc thi tìm hiểu về ASEAN trực tuyến cho học sinh các trường THCS, THPT trên địa bàn thị xã'], ['Phòng Giáo dục và Đào tạo thị xã'], ['Thị đoàn Duyên Hải'], ['Quý III/2022']],
 [['2'], ['Lồng ghép giới thiệu văn hóa các nước ASEAN trong Lễ hội Ok Om Bok của đồng bào Khmer;', 'giao lưu văn nghệ, thể thao giữa các phum, sóc'], ['Phòng Văn hóa và Thông tin thị xã'], ['Trung tâm Văn hóa, Thông tin và Thể thao thị xã;', 'UBND xã Long Toàn'], ['Tháng 11/2022']],
 [['3'], ['Thông tin về cơ hội việc làm, dịch chuyển lao động có kỹ năng trong ASEAN cho thanh niên, lao động nông thôn'], ['Phòng Lao động - Thương binh và Xã hội thị xã'], ['Thị đoàn Duyên Hải;', 'Hội Liên hiệp Phụ nữ thị xã'], ['Quý II - Quý III/2022']],
 [['4'], ['Giới thiệu cơ hội đầu tư vào Khu kinh tế Định An, các dự án điện gió ven biển và du lịch Ba Động trên Trang thông tin điện tử thị xã (bản tiếng Anh)'], ['Phòng Kinh tế thị xã'], ['Văn phòng HĐND và UBND thị xã'], ['Năm 2022']],
 [['5'], ['Cử cán bộ tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Sở Thông tin và Truyền thông tổ chức'], ['Phòng Văn hóa và Thông tin thị xã'], ['Phòng Nội vụ thị xã'], ['Theo kế hoạch của Sở']]])
p('IV. KINH PHÍ THỰC HIỆN',
  'Kinh phí thực hiện từ nguồn kinh phí sự nghiệp văn hóa - thông tin thị xã năm 2022 đã giao cho các cơ quan, đơn vị (tổng dự kiến 45.000.000 đồng) và nguồn xã hội hóa.',
  'V. TỔ CHỨC THỰC HIỆN',
  '1. Phòng Văn hóa và Thông tin thị xã',
  'Chủ trì, hướng dẫn các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân thị xã và Sở Thông tin và Truyền thông trước ngày 05/12/2022.',
  '2. Phòng Tài chính - Kế hoạch thị xã',
  'Thẩm định, tham mưu phân bổ kinh phí thực hiện Kế hoạch.',
  '3. Trung tâm Văn hóa, Thông tin và Thể thao thị xã',
  'Xây dựng, phát sóng chuyên mục về ASEAN; hằng quý báo cáo kết quả về Phòng Văn hóa và Thông tin thị xã.',
  '4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã, Thị đoàn, Hội Liên hiệp Phụ nữ thị xã',
  'Lồng ghép tuyên truyền về ASEAN trong sinh hoạt đoàn viên, hội viên.',
  '5. Ủy ban nhân dân các xã, phường',
  'Tổ chức tuyên truyền tại địa phương; báo cáo kết quả về Phòng Văn hóa và Thông tin thị xã trước ngày 25/11/2022.',
  'Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN năm 2022 trên địa bàn thị xã Duyên Hải./.')
table([[['Nơi nhận:', '- Sở TT&TT tỉnh Trà Vinh;', '- TT.TXU, TT.HĐND thị xã;', '- CT, các PCT UBND thị xã;', '- Các cơ quan, đơn vị có tên tại mục V;', '- Lưu: VT.'],
        ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', '', 'Thạch Thị Sa Rinh']]])
lines = []
for it in doc:
    if isinstance(it, str): lines.append(it)
    else:
        for row in it:
            lines.append('\t'.join('\r\n'.join(cell) for cell in row))
txt = '\ufeff' + '\r\n'.join(lines) + '\r\n'
open(OUT + N + '.txt', 'w', encoding='utf-8', newline='').write(txt)
open(OUT + 'sources/' + N + '.extracted.txt', 'w').write(txt.lstrip('\ufeff'))
