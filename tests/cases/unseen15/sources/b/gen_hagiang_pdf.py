# Hà Giang, UBND tỉnh: DOCX printed to PDF by LibreOffice (soffice --headless --convert-to pdf). Ordinary layout.
# Set 15 wording: the tasks of Mục II name no agency; the roles come later in "IV. TỔ CHỨC THỰC HIỆN", by point number
# ("chủ trì thực hiện các nội dung tại điểm 1, 2, 5 và 8 Mục II"), "X là cơ quan thường trực, có trách nhiệm",
# "Đề nghị Ủy ban MTTQ Việt Nam tỉnh …", abbreviations (Sở TT&TT, Sở KH&ĐT, Đài PT-TH tỉnh, BCH Bộ đội Biên phòng),
# times "từ nay đến hết năm 2020", "trong quý IV/2019 và … quý II/2020", "hoàn thành trước 30/6/2020",
# "trong tháng 11-12/2019", reports "trước ngày 15/12/2019 và 15/12/2020", "trước ngày 05/12 hằng năm"; money
# "nguồn kinh phí sự nghiệp văn hóa - thông tin", "tự cân đối", "huy động xã hội hóa". Text hand-written.
import sys, shutil, os; sys.path.insert(0, '.')
from common import *
N = 'ha-giang_298-KH-UBND_2019_asean-orgroles'
header = ([('ỦY BAN NHÂN DÂN', True), ('TỈNH HÀ GIANG', True)],
          [('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', True), ('Độc lập - Tự do - Hạnh phúc', True)],
          'Số: 298/KH-UBND', 'Hà Giang, ngày 16 tháng 10 năm 2019')
body = [
 ('c', 'KẾ HOẠCH'),
 ('c', 'Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Hà Giang'),
 ('p', 'Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN về việc ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020, Ủy ban nhân dân tỉnh Hà Giang ban hành Kế hoạch thực hiện trên địa bàn tỉnh như sau:'),
 ('h', 'I. MỤC ĐÍCH, YÊU CẦU'),
 ('h', '1. Mục đích'),
 ('p', '- Tuyên truyền sâu rộng đến cán bộ, đảng viên và Nhân dân các dân tộc trong tỉnh về Cộng đồng ASEAN, vai trò, vị thế của ASEAN và năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020; giúp người dân, doanh nghiệp nắm bắt được cơ hội để phát triển.'),
 ('p', '- Đưa thông tin về ASEAN vào dòng chảy chính của công tác hội nhập ASEAN; quảng bá hình ảnh đất nước, con người Hà Giang đến các nước ASEAN.'),
 ('h', '2. Yêu cầu'),
 ('p', '- Công tác tuyên truyền phải đúng định hướng, phù hợp với đặc điểm tỉnh miền núi, biên giới, đồng bào dân tộc thiểu số chiếm trên 87% dân số; hình thức đa dạng, dễ hiểu.'),
 ('p', '- Các cơ quan, đơn vị được giao nhiệm vụ triển khai nghiêm túc, đúng tiến độ.'),
 ('h', 'II. NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN'),
 ('h', '1. Tăng cường cơ chế phối hợp thông tin về ASEAN'),
 ('p', 'Tăng cường cơ chế phối hợp giữa các cấp, các ngành theo chiều ngang và chiều dọc trong công tác thông tin về ASEAN; định hướng cho các cơ quan báo chí trọng tâm cần thông tin về ASEAN theo từng giai đoạn, từng sự kiện.'),
 ('h', '2. Tuyên truyền trên báo chí, Cổng Thông tin điện tử và mạng xã hội'),
 ('p', 'Xây dựng chuyên trang, chuyên mục về ASEAN trên Báo Hà Giang, Đài Phát thanh - Truyền hình tỉnh và Cổng Thông tin điện tử tỉnh, tập trung vào các sự kiện quan trọng của ASEAN, năm Chủ tịch ASEAN 2020 của Việt Nam; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam; chia sẻ tin, bài, video của Fanpage “ASEAN và Việt Nam” trên trang mạng xã hội của các cơ quan báo chí địa phương. Thời gian: từ nay đến hết năm 2020.'),
 ('h', '3. Tuyên truyền cho doanh nghiệp, hợp tác xã'),
 ('p', 'Phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử, cơ chế hải quan một cửa ASEAN cho doanh nghiệp, hợp tác xã trên địa bàn tỉnh; tổ chức 01 hội nghị trong quý IV/2019 và 01 hội nghị trong quý II/2020.'),
 ('h', '4. Lồng ghép tuyên truyền trong sinh hoạt của Mặt trận và các đoàn thể'),
 ('p', 'Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện thời sự, sinh hoạt chi bộ, sinh hoạt của các tổ chức thanh niên, phụ nữ, nông dân, cựu chiến binh, nhất là tại các xã biên giới.'),
 ('h', '5. Tập huấn kỹ năng tuyên truyền về ASEAN'),
 ('p', 'Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ đài truyền thanh - truyền hình cấp huyện, báo cáo viên, tuyên truyền viên cơ sở; hoàn thành trước 30/6/2020.'),
 ('h', '6. Tuyên truyền trong nhà trường'),
 ('p', 'Đưa nội dung tìm hiểu về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh các trường trung học phổ thông, phổ thông dân tộc nội trú trong tháng 11-12/2019.'),
 ('h', '7. Tuyên truyền cổ động trực quan, hoạt động văn hóa, du lịch'),
 ('p', 'Tuyên truyền bằng băng rôn, khẩu hiệu, pa nô tại trung tâm các huyện, thành phố và các cửa khẩu; lồng ghép giới thiệu văn hóa các nước ASEAN trong Lễ hội Hoa Tam giác mạch và Tuần Văn hóa - Du lịch Cao nguyên đá Đồng Văn, đặc biệt dịp kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020).'),
 ('h', '8. Quảng bá tiềm năng, thế mạnh của tỉnh'),
 ('p', 'Cung cấp dữ liệu, ấn phẩm quảng bá về tiềm năng, thế mạnh, các dự án kêu gọi đầu tư, sản phẩm đặc sản (chè Shan tuyết, cam sành Bắc Quang, mật ong bạc hà) và Công viên địa chất toàn cầu Cao nguyên đá Đồng Văn để chia sẻ trên Cổng thông tin ASEAN Việt Nam và cơ sở dữ liệu chung.'),
 ('h', 'III. KINH PHÍ THỰC HIỆN'),
 ('p', 'Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí sự nghiệp văn hóa - thông tin trong dự toán ngân sách tỉnh năm 2019, năm 2020 đã giao cho các cơ quan, đơn vị; các cơ quan, đơn vị tự cân đối trong dự toán được giao để thực hiện. Khuyến khích huy động xã hội hóa đối với các hoạt động quảng bá văn hóa, du lịch.'),
 ('h', 'IV. TỔ CHỨC THỰC HIỆN'),
 ('h', '1. Sở Thông tin và Truyền thông'),
 ('p', '- Là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi, đôn đốc việc triển khai Kế hoạch; chủ trì thực hiện các nội dung tại điểm 1, 2, 5 và 8 Mục II Kế hoạch này.'),
 ('p', '- Phối hợp với Ban Tuyên giáo Tỉnh ủy định hướng các cơ quan báo chí về nội dung tuyên truyền.'),
 ('p', '- Tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông trước ngày 15/12/2019 và 15/12/2020.'),
 ('h', '2. Sở Công Thương'),
 ('p', 'Chủ trì, phối hợp với Sở KH&ĐT, Cục Hải quan tỉnh, Hiệp hội Doanh nghiệp tỉnh thực hiện nội dung tại điểm 3 Mục II.'),
 ('h', '3. Sở Giáo dục và Đào tạo'),
 ('p', 'Chủ trì thực hiện nội dung tại điểm 6 Mục II; phối hợp với Tỉnh đoàn hướng dẫn các trường tổ chức cuộc thi.'),
 ('h', '4. Sở Văn hóa, Thể thao và Du lịch'),
 ('p', 'Chủ trì thực hiện nội dung tại điểm 7 Mục II, phối hợp với Sở TT&TT, UBND các huyện, thành phố tổ chức các hoạt động tuyên truyền cổ động trực quan, giới thiệu văn hóa các nước ASEAN.'),
 ('h', '5. Báo Hà Giang, Đài PT-TH tỉnh'),
 ('p', 'Phối hợp với Sở TT&TT thực hiện nội dung tại điểm 2 Mục II; bố trí thời lượng, dung lượng hợp lý cho tin, bài về ASEAN.'),
 ('h', '6. Công an tỉnh, BCH Bộ đội Biên phòng tỉnh'),
 ('p', 'Theo dõi, nắm tình hình dư luận xã hội; kịp thời phát hiện, đấu tranh, phản bác các thông tin sai trái, xuyên tạc về quan hệ hợp tác giữa Việt Nam và các nước ASEAN, nhất là tại khu vực biên giới.'),
 ('h', '7. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh'),
 ('p', 'Chủ trì thực hiện nội dung tại điểm 4 Mục II; chỉ đạo hệ thống Mặt trận, đoàn thể các cấp lồng ghép tuyên truyền về ASEAN đến đoàn viên, hội viên.'),
 ('h', '8. Các sở, ban, ngành; UBND các huyện, thành phố'),
 ('p', 'Theo chức năng, nhiệm vụ được giao phối hợp triển khai Kế hoạch; báo cáo kết quả thực hiện về Sở TT&TT trước ngày 05/12 hằng năm để tổng hợp.'),
 ('p', 'Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Hà Giang. Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.'),
]
recipients = ['Nơi nhận:', '- Ban Chỉ đạo TTTT ASEAN (b/c);', '- Bộ TT&TT (b/c);', '- TTr Tỉnh ủy, TTr HĐND tỉnh;', '- Chủ tịch, các PCT UBND tỉnh;',
              '- Ban Tuyên giáo Tỉnh ủy;', '- Ủy ban MTTQ Việt Nam tỉnh;', '- Các sở, ban, ngành;', '- UBND các huyện, thành phố;', '- Báo Hà Giang, Đài PT-TH tỉnh;', '- Lưu: VT, KGVX.']
sign = [('TM. ỦY BAN NHÂN DÂN', True), ('KT. CHỦ TỊCH', True), ('PHÓ CHỦ TỊCH', True), ('', False), ('(Đã ký)', False), ('', False), ('Hoàng Văn Thành', True)]
os.makedirs('/tmp/s15b', exist_ok=True)
build_docx(f'/tmp/s15b/{N}.docx', header, body, sign, recipients)
to_pdf(f'/tmp/s15b/{N}.docx', STAGE)
print('pages', pdf_pages(f'{STAGE}/{N}.pdf'))
open(f'{N}.extracted.txt', 'w').write(extract_pdf_raw(f'{STAGE}/{N}.pdf'))
