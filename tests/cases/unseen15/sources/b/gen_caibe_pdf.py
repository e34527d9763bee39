# Cái Bè (Tiền Giang), Ban Chấp hành Huyện Đoàn: a mass-organisation (Đoàn) plan, DOCX printed to PDF by LibreOffice.
# Đoàn header (BCH ĐOÀN TỈNH … / BCH HUYỆN ĐOÀN … / *** ; right column "ĐOÀN TNCS HỒ CHÍ MINH"), number "52-KH/HĐ",
# signature "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN / BÍ THƯ". Set 15 wording: "X chủ trì, phối hợp với Y, Z", "Đơn vị thực hiện:"
# as the only role, "X chịu trách nhiệm chính; Y, Z phối hợp", "Do X chủ trì thực hiện, phối hợp Y", "X (chủ trì); Y, Z
# (phối hợp)", abbreviations (Hội LHTN Việt Nam huyện, Phòng NN&PTNT huyện); times "Đợt 1: từ ngày 01/8 đến ngày
# 31/8/2023", "tháng 7-8/2023", "dịp kỷ niệm 56 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2023)", "quý III/2023",
# "chậm nhất ngày 30/6/2023", "năm học 2023 - 2024", "trước ngày 31/3/2023", "chậm nhất ngày 15/11/2023",
# "trước ngày 25/11/2023"; money "kinh phí hoạt động năm 2023 của Huyện Đoàn (dự kiến 15.000.000 đồng)", xã hội hóa,
# "tự cân đối", "vận động tài trợ". Text hand-written.
import sys, os; sys.path.insert(0, '.')
from common import *
N = 'tien-giang_cai-be_52-KH-HD_2023_asean-doan'
header = ([('BCH ĐOÀN TỈNH TIỀN GIANG', False), ('BCH HUYỆN ĐOÀN CÁI BÈ', True), ('***', False)],
          [('ĐOÀN TNCS HỒ CHÍ MINH', True)],
          'Số: 52-KH/HĐ', 'Cái Bè, ngày 15 tháng 3 năm 2023')
body = [
 ('c', 'KẾ HOẠCH'),
 ('c', 'Tuyên truyền về ASEAN trong đoàn viên, thanh thiếu nhi huyện Cái Bè năm 2023'),
 ('ci', '-----'),
 ('p', 'Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;'),
 ('p', 'Căn cứ Kế hoạch số 64/KH-UBND ngày 03/3/2022 của Ủy ban nhân dân huyện Cái Bè về thông tin, tuyên truyền về ASEAN trên địa bàn huyện giai đoạn 2022 - 2025;'),
 ('p', 'Căn cứ Kế hoạch số 138-KH/TĐTN-TG ngày 20/02/2023 của Ban Thường vụ Tỉnh Đoàn Tiền Giang về tuyên truyền về ASEAN trong đoàn viên, thanh thiếu nhi năm 2023,'),
 ('p', 'Ban Thường vụ Huyện Đoàn Cái Bè xây dựng Kế hoạch tuyên truyền về ASEAN trong đoàn viên, thanh thiếu nhi năm 2023, cụ thể như sau:'),
 ('h', 'I. MỤC ĐÍCH, YÊU CẦU'),
 ('h', '1. Mục đích'),
 ('p', '- Giúp đoàn viên, thanh thiếu nhi hiểu về Cộng đồng ASEAN, chủ đề năm ASEAN 2023 “ASEAN tầm vóc: Tâm điểm tăng trưởng” và những cơ hội học tập, lập nghiệp trong khu vực.'),
 ('p', '- Phát huy vai trò xung kích của tuổi trẻ Cái Bè trong quảng bá hình ảnh quê hương đến bạn bè các nước ASEAN.'),
 ('h', '2. Yêu cầu'),
 ('p', '- Các hoạt động tổ chức thiết thực, phù hợp với từng đối tượng đoàn viên, thanh niên, thiếu nhi; ứng dụng mạnh mẽ mạng xã hội.'),
 ('h', 'II. NỘI DUNG VÀ HÌNH THỨC TRIỂN KHAI'),
 ('h', '1. Cuộc thi trực tuyến “Tuổi trẻ Cái Bè tìm hiểu về ASEAN”'),
 ('p', 'Ban Tuyên giáo Huyện Đoàn chủ trì, phối hợp với Hội đồng Đội huyện, Phòng Giáo dục và Đào tạo huyện tổ chức cuộc thi trực tuyến tìm hiểu về ASEAN dành cho đoàn viên, thanh niên, học sinh trung học cơ sở, trung học phổ thông trên địa bàn huyện. Thời gian: Đợt 1 từ ngày 01/8 đến ngày 31/8/2023.'),
 ('h', '2. Sinh hoạt chủ điểm về ASEAN'),
 ('p', 'Các cơ sở Đoàn trực thuộc tổ chức sinh hoạt chủ điểm “Tuổi trẻ với Cộng đồng ASEAN” dịp kỷ niệm 56 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2023); Chi đoàn các trường trung học phổ thông lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa. Thời gian: tháng 7-8/2023.'),
 ('h', '3. Tuyên truyền trên mạng xã hội'),
 ('p', 'Đăng tải tin, bài, infographic, video ngắn về ASEAN trên Fanpage “Tuổi trẻ Cái Bè”, kênh TikTok và nhóm Zalo của Huyện Đoàn; chia sẻ các sản phẩm truyền thông của Fanpage “ASEAN và Việt Nam”. Đơn vị thực hiện: Ban Tuyên giáo Huyện Đoàn. Thời gian: thường xuyên.'),
 ('h', '4. Giao lưu văn hóa, thể thao với thanh niên các nước ASEAN'),
 ('p', 'Ban Phong trào Huyện Đoàn chịu trách nhiệm chính; Hội LHTN Việt Nam huyện, Trung tâm Văn hóa, Thể thao và Truyền thanh huyện phối hợp tổ chức chương trình giao lưu văn hóa, thể thao giữa thanh niên Cái Bè với lưu học sinh các nước ASEAN đang học tập tại tỉnh; kết hợp giới thiệu du lịch sinh thái miệt vườn, chợ nổi Cái Bè. Thời gian: quý III/2023.'),
 ('h', '5. Tập huấn cho cán bộ Đoàn'),
 ('p', 'Tổ chức 01 lớp tập huấn kỹ năng tuyên truyền về ASEAN, kỹ năng nhận diện và phản bác quan điểm sai trái trên mạng xã hội cho Bí thư, Phó Bí thư các cơ sở Đoàn và báo cáo viên Huyện Đoàn; hoàn thành chậm nhất ngày 30/6/2023. Do Ban Tổ chức - Kiểm tra Huyện Đoàn chủ trì thực hiện, phối hợp Trung tâm Chính trị huyện.'),
 ('h', '6. Hỗ trợ thanh niên khởi nghiệp, kinh doanh trên nền tảng số'),
 ('p', 'Hội LHTN Việt Nam huyện (chủ trì); Ban Phong trào Huyện Đoàn, Phòng NN&PTNT huyện (phối hợp) tổ chức diễn đàn “Thanh niên khởi nghiệp, chuyển đổi số”, hướng dẫn thanh niên kinh doanh trên sàn thương mại điện tử, giới thiệu nông sản OCOP của huyện (xoài cát Hòa Lộc, sầu riêng Ngũ Hiệp, bưởi da xanh) đến thị trường các nước ASEAN. Thời gian: trong năm 2023.'),
 ('h', '7. Hoạt động cho thiếu nhi'),
 ('p', 'Hội đồng Đội huyện hướng dẫn Liên đội các trường tiểu học, trung học cơ sở trang trí “Góc ASEAN” và tổ chức hoạt động “Em tìm hiểu đất nước, con người các nước ASEAN”, giúp thiếu nhi cảm nhận về một cộng đồng chung của các dân tộc Đông Nam Á. Thời gian: năm học 2023 - 2024.'),
 ('h', 'III. KINH PHÍ'),
 ('p', '- Kinh phí tổ chức các hoạt động cấp huyện: từ nguồn kinh phí hoạt động năm 2023 của Huyện Đoàn (dự kiến 15.000.000 đồng) và huy động xã hội hóa.'),
 ('p', '- Các cơ sở Đoàn tự cân đối kinh phí và vận động tài trợ để thực hiện.'),
 ('h', 'IV. TỔ CHỨC THỰC HIỆN'),
 ('h', '1. Ban Tuyên giáo Huyện Đoàn'),
 ('p', 'Tham mưu Ban Thường vụ Huyện Đoàn triển khai Kế hoạch; theo dõi, đôn đốc các cơ sở Đoàn thực hiện; tổng hợp, báo cáo Ban Thường vụ Tỉnh Đoàn (qua Ban Tuyên giáo) trước ngày 25/11/2023.'),
 ('h', '2. Các ban Huyện Đoàn, Hội đồng Đội huyện'),
 ('p', 'Theo chức năng, nhiệm vụ chủ động phối hợp với Ban Tuyên giáo Huyện Đoàn triển khai các nội dung của Kế hoạch.'),
 ('h', '3. Các cơ sở Đoàn trực thuộc'),
 ('p', 'Xây dựng kế hoạch triển khai tại đơn vị trước ngày 31/3/2023; báo cáo kết quả (lồng ghép trong báo cáo tháng) về Huyện Đoàn (qua Ban Tuyên giáo) chậm nhất ngày 15/11/2023.'),
 ('p', 'Trên đây là Kế hoạch tuyên truyền về ASEAN trong đoàn viên, thanh thiếu nhi huyện Cái Bè năm 2023. Ban Thường vụ Huyện Đoàn đề nghị các cơ sở Đoàn nghiêm túc triển khai thực hiện./.'),
]
recipients = ['Nơi nhận:', '- BTV Tỉnh Đoàn (b/c);', '- Thường trực Huyện ủy (b/c);', '- Ban Tuyên giáo Huyện ủy;', '- UBND huyện;', '- Các cơ sở Đoàn trực thuộc;', '- Lưu VP.']
sign = [('TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN', True), ('BÍ THƯ', True), ('', False), ('(Đã ký)', False), ('', False), ('Nguyễn Thanh Tâm', True)]
os.makedirs('/tmp/s15b', exist_ok=True)
build_docx(f'/tmp/s15b/{N}.docx', header, body, sign, recipients)
to_pdf(f'/tmp/s15b/{N}.docx', STAGE)
print('pages', pdf_pages(f'{STAGE}/{N}.pdf'))
open(f'{N}.extracted.txt', 'w').write(extract_pdf_raw(f'{STAGE}/{N}.pdf'))
