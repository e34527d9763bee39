# Writes the ward plan as plain UTF-8 text (hand-written), tasks as run-in "Một là, … Bảy là," paragraphs.
N = 'thai-nguyen_hoang-van-thu_58-KH-UBND_2022_asean-motla'
T = """UBND THÀNH PHỐ THÁI NGUYÊN
ỦY BAN NHÂN DÂN
PHƯỜNG HOÀNG VĂN THỤ

Số: 58/KH-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Hoàng Văn Thụ, ngày 15 tháng 3 năm 2022

KẾ HOẠCH
Thông tin, tuyên truyền về ASEAN năm 2022 trên địa bàn phường Hoàng Văn Thụ

Thực hiện Kế hoạch số 112/KH-UBND ngày 28/02/2022 của Ủy ban nhân dân thành phố Thái Nguyên về thông tin, tuyên truyền về ASEAN năm 2022, Ủy ban nhân dân phường Hoàng Văn Thụ xây dựng Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Giúp cán bộ, đảng viên và Nhân dân trên địa bàn phường hiểu rõ hơn về Cộng đồng ASEAN, lợi ích và trách nhiệm của người dân khi Việt Nam là thành viên tích cực của ASEAN; từng bước hình thành cảm nhận thuộc về một cộng đồng chung.
2. Yêu cầu
Công tác tuyên truyền phải thiết thực, phù hợp với đặc điểm dân cư của phường; lồng ghép với các nhiệm vụ chính trị của địa phương, không phô trương, hình thức.

II. NHIỆM VỤ CỤ THỂ
Một là, tuyên truyền trên hệ thống loa truyền thanh của phường. Công chức Văn hóa - Xã hội phường biên tập, phát tin, bài về ASEAN mỗi tuần 02 lần vào sáng thứ Hai và sáng thứ Năm, tập trung vào: Chủ đề ASEAN năm 2022 “Cùng nhau giải quyết thách thức”; hợp tác ASEAN trong phòng, chống dịch COVID-19 và phục hồi kinh tế; vai trò của Việt Nam trong ASEAN.
Hai là, tuyên truyền trên Trang thông tin điện tử phường và nhóm Zalo của các tổ dân phố. Công chức Văn phòng - Thống kê phường đăng tải, chia sẻ tin, bài, video về ASEAN từ Cổng thông tin ASEAN Việt Nam; Trưởng các tổ dân phố chia sẻ lại trong nhóm Zalo của tổ.
Ba là, tuyên truyền cổ động trực quan nhân kỷ niệm 55 năm Ngày thành lập ASEAN. Ủy ban nhân dân phường chỉ đạo treo cờ ASEAN cùng Quốc kỳ tại trụ sở Ủy ban nhân dân phường, căng băng rôn tại nút giao đường Hoàng Văn Thụ - Lương Ngọc Quyến, thời gian từ ngày 01/8 đến ngày 10/8/2022.
Bốn là, tổ chức cho đoàn viên, thanh niên và học sinh tham gia Cuộc thi tìm hiểu về ASEAN do Thành đoàn Thái Nguyên phát động. Đoàn Thanh niên phường chủ trì, phối hợp với Trường Trung học cơ sở Hoàng Văn Thụ thực hiện trong quý III/2022.
Năm là, lồng ghép tuyên truyền về Cộng đồng ASEAN trong sinh hoạt chi hội. Hội Liên hiệp Phụ nữ phường, Hội Cựu chiến binh phường lồng ghép nội dung về ASEAN vào các buổi sinh hoạt định kỳ, trong đó nhắc nhở hội viên cảnh giác khi mua bán qua thương mại điện tử với người bán ở nước ngoài.
Sáu là, nắm tình hình dư luận trên địa bàn. Công an phường chủ động nắm tình hình, kịp thời phản bác các thông tin sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và việc Việt Nam tham gia ASEAN trên mạng xã hội.
Bảy là, nâng cao năng lực đội ngũ làm công tác tuyên truyền. Ủy ban nhân dân phường cử công chức Văn hóa - Xã hội và các tuyên truyền viên cơ sở tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Ủy ban nhân dân thành phố tổ chức.

III. KINH PHÍ
Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách phường năm 2022; các đoàn thể sử dụng kinh phí hoạt động thường xuyên của đơn vị để tổ chức các hoạt động lồng ghép.

IV. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội phường
Tham mưu Ủy ban nhân dân phường triển khai Kế hoạch; theo dõi, đôn đốc các bộ phận, tổ dân phố thực hiện; tổng hợp kết quả, báo cáo Ủy ban nhân dân thành phố (qua Phòng Văn hóa và Thông tin thành phố) trước ngày 20/11/2022.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường và các đoàn thể chính trị - xã hội phường
Phối hợp tuyên truyền nội dung Kế hoạch đến đoàn viên, hội viên.
3. Các tổ dân phố
Phổ biến nội dung tuyên truyền đến từng hộ gia đình; báo cáo kết quả thực hiện về Ủy ban nhân dân phường trước ngày 10/11/2022.

Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN năm 2022 trên địa bàn phường Hoàng Văn Thụ. Yêu cầu các bộ phận, đơn vị liên quan triển khai thực hiện./.

Nơi nhận:
- UBND thành phố (b/c);
- Phòng VH&TT thành phố;
- TT Đảng ủy, HĐND phường;
- CT, các PCT UBND phường;
- MTTQ và các đoàn thể phường;
- Các tổ dân phố;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Dương Thị Hải Yến
"""
open(f'/work/unseen13b/{N}.txt', 'w', encoding='utf-8').write(T)
open(f'{N}.extracted.txt', 'w', encoding='utf-8').write(open(f'/work/unseen13b/{N}.txt', encoding='utf-8').read())
