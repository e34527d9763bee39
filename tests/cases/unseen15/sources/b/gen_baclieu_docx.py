# Bạc Liêu, Sở Thông tin và Truyền thông: an ordinary Word DOCX (header table, typed numbering, signature
# table). Set 15 wording: "X chủ trì tham mưu", "Cơ quan chủ trì: …; cơ quan phối hợp: …", "X (chủ trì), Y (phối
# hợp)", "X chịu trách nhiệm chính", "X là cơ quan thường trực, có trách nhiệm", "Đề nghị X, Y …"; abbreviations
# (Sở TT&TT, Đài PT-TH, Sở VH,TT&DL, Trung tâm CNTT&TT); times "hằng quý", "năm 2022 và các năm tiếp theo",
# "dịp kỷ niệm Ngày thành lập ASEAN (08/8) hằng năm", "trong quý III/2022", "hoàn thành trước 30/9/2022",
# "định kỳ 6 tháng (trước ngày 15/6 và 15/12)", "chậm nhất ngày 05/6 và ngày 05/12 hằng năm"; money "dự toán chi
# thường xuyên", "lồng ghép", an amount in digits and words. Text hand-written.
import sys; sys.path.insert(0, '.')
from common import *
N = 'bac-lieu_412-KH-STTTT_2022_asean-sodocx'
header = ([('UBND TỈNH BẠC LIÊU', False), ('SỞ THÔNG TIN VÀ TRUYỀN THÔNG', True)],
          [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True), ('Độc lập - Tự do - Hạnh phúc', True)],
          'Số: 412/KH-STTTT', 'Bạc Liêu, ngày 22 tháng 3 năm 2022')
body = [
 ('c', 'KẾ HOẠCH'),
 ('c', 'Thông tin, tuyên truyền về ASEAN của ngành Thông tin và Truyền thông tỉnh Bạc Liêu giai đoạn 2022 - 2025'),
 ('p', 'Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;'),
 ('p', 'Căn cứ Kế hoạch số 156/KH-UBND ngày 29/11/2021 của Ủy ban nhân dân tỉnh Bạc Liêu về thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Bạc Liêu giai đoạn 2021 - 2025;'),
 ('p', 'Sở Thông tin và Truyền thông (TT&TT) ban hành Kế hoạch thông tin, tuyên truyền về ASEAN của ngành giai đoạn 2022 - 2025, cụ thể như sau:'),
 ('h', 'I. MỤC ĐÍCH, YÊU CẦU'),
 ('h', '1. Mục đích'),
 ('p', '- Nâng cao nhận thức của cán bộ, công chức, viên chức và Nhân dân trong tỉnh về Cộng đồng ASEAN, góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng.'),
 ('p', '- Kịp thời thông tin về hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế sau đại dịch; về cơ hội, thách thức đối với tỉnh Bạc Liêu trong tiến trình hội nhập khu vực.'),
 ('h', '2. Yêu cầu'),
 ('p', '- Thông tin chính xác, kịp thời, phù hợp với đặc điểm của tỉnh; gắn với nhiệm vụ chuyển đổi số của ngành.'),
 ('p', '- Các phòng, đơn vị thuộc Sở xác định rõ trách nhiệm; tăng cường phối hợp thông tin với các sở, ban, ngành tỉnh, các cơ quan báo chí và UBND các huyện, thị xã, thành phố.'),
 ('h', 'II. NHIỆM VỤ CỤ THỂ'),
 ('h', '1. Định hướng thông tin tuyên truyền về ASEAN cho báo chí và hệ thống thông tin cơ sở'),
 ('p', 'Phòng Thông tin - Báo chí - Xuất bản chủ trì tham mưu Giám đốc Sở ban hành văn bản hướng dẫn, định hướng nội dung tuyên truyền về ASEAN cho các cơ quan báo chí địa phương và hệ thống thông tin cơ sở, bám sát Chủ đề năm ASEAN và các nội dung của 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội. Thời gian: hằng quý và khi có sự kiện quan trọng của ASEAN.'),
 ('h', '2. Chuyên mục về ASEAN trên Cổng Thông tin điện tử tỉnh và mạng xã hội'),
 ('p', 'Duy trì chuyên mục “Bạc Liêu - ASEAN” trên Cổng Thông tin điện tử tỉnh và Trang thông tin điện tử của Sở; chia sẻ tin, bài, infographic, video ngắn về ASEAN lên Fanpage “Thông tin Bạc Liêu” và các nền tảng số. Cơ quan chủ trì: Trung tâm Công nghệ thông tin và Truyền thông; cơ quan phối hợp: Văn phòng Sở, Phòng Thông tin - Báo chí - Xuất bản. Thời gian thực hiện: năm 2022 và các năm tiếp theo.'),
 ('h', '3. Tuyên truyền trên Báo Bạc Liêu, Đài Phát thanh - Truyền hình Bạc Liêu'),
 ('p', 'Đề nghị Báo Bạc Liêu, Đài PT-TH Bạc Liêu mở chuyên trang, chuyên mục về ASEAN; tăng thời lượng tin, bài dịp kỷ niệm Ngày thành lập ASEAN (08/8) hằng năm; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam. Sở TT&TT theo dõi, đôn đốc việc thực hiện.'),
 ('h', '4. Thông tin về kinh tế số, thương mại điện tử và cơ hội hợp tác với các nước ASEAN'),
 ('p', 'Phòng Bưu chính, Viễn thông và Công nghệ thông tin (chủ trì), Sở Công Thương, Sở Kế hoạch và Đầu tư (phối hợp) biên soạn tin, bài giới thiệu về kinh tế số, chuyển đổi số, thương mại điện tử trong ASEAN, Cơ chế một cửa ASEAN; thông tin về cơ hội kinh doanh, đầu tư và các hội chợ, triển lãm thương mại trong khu vực cho doanh nghiệp của tỉnh. Thời gian: trong quý III/2022.'),
 ('h', '5. Nâng cao năng lực đội ngũ làm công tác thông tin, tuyên truyền về ASEAN'),
 ('p', 'Văn phòng Sở chịu trách nhiệm chính trong việc cử công chức, viên chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Thông tin và Truyền thông tổ chức; phối hợp với Trung tâm CNTT&TT mở 01 lớp tập huấn cho cán bộ phụ trách đài truyền thanh cấp xã, trang thông tin điện tử các huyện, thị xã, thành phố trong quý II/2023.'),
 ('h', '6. Đấu tranh, phản bác thông tin sai trái'),
 ('p', 'Phòng Thông tin - Báo chí - Xuất bản là cơ quan thường trực, có trách nhiệm theo dõi, nắm bắt dư luận trên không gian mạng; phối hợp với Công an tỉnh, Ban Tuyên giáo Tỉnh ủy kịp thời phát hiện, xử lý, phản bác các thông tin, quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam. Thời gian: thường xuyên, liên tục.'),
 ('h', '7. Tuyên truyền trên hệ thống thông tin cơ sở'),
 ('p', 'Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thể thao và Truyền thanh cấp huyện sử dụng bảng tin điện tử, pa nô, áp phích tuyên truyền về ASEAN tại nơi công cộng; phát trên hệ thống đài truyền thanh cơ sở ít nhất 02 tin, bài mỗi tháng.'),
 ('h', '8. Giới thiệu tiềm năng, thế mạnh của tỉnh đến các nước ASEAN'),
 ('p', 'Trung tâm CNTT&TT phối hợp với Sở VH,TT&DL, Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh xây dựng ấn phẩm điện tử song ngữ Việt - Anh giới thiệu tiềm năng, thế mạnh, sản phẩm OCOP và các điểm du lịch của Bạc Liêu (Khu du lịch Nhà Mát, Cánh đồng điện gió, Khu lưu niệm nghệ thuật Đờn ca tài tử Nam Bộ) đến doanh nghiệp, du khách các nước ASEAN; hoàn thành trước 30/9/2022.'),
 ('h', 'III. KINH PHÍ THỰC HIỆN'),
 ('p', '1. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên hằng năm của Sở TT&TT theo phân cấp ngân sách nhà nước hiện hành; năm 2022 dự kiến 120.000.000 đồng (Một trăm hai mươi triệu đồng).'),
 ('p', '2. Các đơn vị thuộc Sở lồng ghép trong kinh phí hoạt động thường xuyên được giao và huy động các nguồn hợp pháp khác để thực hiện.'),
 ('h', 'IV. TỔ CHỨC THỰC HIỆN'),
 ('h', '1. Văn phòng Sở'),
 ('p', '- Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch; tham mưu bố trí kinh phí trong dự toán hằng năm của Sở.'),
 ('p', '- Tổng hợp kết quả thực hiện, tham mưu Giám đốc Sở báo cáo UBND tỉnh, Bộ TT&TT định kỳ 6 tháng (trước ngày 15/6 và 15/12) hoặc đột xuất khi có yêu cầu.'),
 ('h', '2. Các phòng chuyên môn, Trung tâm CNTT&TT'),
 ('p', 'Căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch chi tiết hằng năm; báo cáo kết quả thực hiện về Văn phòng Sở chậm nhất ngày 05/6 và ngày 05/12 hằng năm.'),
 ('h', '3. Đề nghị Báo Bạc Liêu, Đài PT-TH Bạc Liêu'),
 ('p', 'Phối hợp thực hiện nội dung tại khoản 3 Mục II Kế hoạch này; dành thời lượng, dung lượng phù hợp cho tin, bài về ASEAN.'),
 ('h', '4. Đề nghị UBND các huyện, thị xã, thành phố'),
 ('p', 'Chỉ đạo Phòng Văn hóa và Thông tin triển khai nội dung tại khoản 7 Mục II; gửi báo cáo kết quả về Sở TT&TT (qua Phòng Thông tin - Báo chí - Xuất bản) trước ngày 30/11 hằng năm.'),
 ('p', 'Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN của ngành Thông tin và Truyền thông tỉnh Bạc Liêu giai đoạn 2022 - 2025. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở TT&TT (qua Văn phòng Sở) để xem xét, giải quyết./.'),
]
recipients = ['Nơi nhận:', '- Bộ TT&TT (Cục TTĐN);', '- UBND tỉnh (b/c);', '- Ban Tuyên giáo Tỉnh ủy;', '- Các sở, ban, ngành tỉnh;',
              '- UBND các huyện, TX, TP;', '- Báo Bạc Liêu, Đài PT-TH Bạc Liêu;', '- Lãnh đạo Sở;', '- Các phòng, đơn vị thuộc Sở;', '- Lưu: VT, TTBCXB.']
sign = [('KT. GIÁM ĐỐC', True), ('PHÓ GIÁM ĐỐC', True), ('', False), ('(Đã ký)', False), ('', False), ('Lê Hoàng Phúc', True)]
build_docx(f'{STAGE}/{N}.docx', header, body, sign, recipients)
open(f'{N}.extracted.txt', 'w').write(extract_docx(f'{STAGE}/{N}.docx'))
import subprocess
to_pdf(f'{STAGE}/{N}.docx', '/tmp/s15b'); print('pages', pdf_pages(f'/tmp/s15b/{N}.pdf'))
