"""Plan 4 — Kon Tum / huyện Ngọc Hồi, 86/KH-UBND (09/4/2020), asean-2019-2020. Plain UTF-8 text as saved from the
e-office system: one paragraph per line, header cells one per line (left column, then right column), CRLF-free.
Set 15 wording: district names with the level left out (`Phòng Văn hóa và Thông tin`, `Phòng Giáo dục và Đào tạo`)
next to ones that keep it (`Trung tâm Văn hóa - Truyền thông và Thể thao huyện`), provincial bodies keeping theirs
(`Ban Quản lý Khu kinh tế tỉnh`); roles `Đề nghị Ủy ban MTTQ Việt Nam huyện phối hợp với … lồng ghép`, `Y phối hợp
với X (cơ quan chủ trì)`, `X chủ trì, phối hợp với Y`, `X, Y theo chức năng, nhiệm vụ`, a task with no actor;
times `từ nay đến hết năm 2020`, `dịp kỷ niệm Ngày thành lập ASEAN (08/8) và 25 năm Việt Nam gia nhập ASEAN (28/7)`,
`thường xuyên, liên tục`, `tháng 9 - 12/2020`, `hoàn thành trước ngày 30/6/2020`, reports `trước ngày 05/12/2020`,
`trước ngày 25/11/2020`; money `ngân sách huyện` + units' recurrent funds, `45.000.000 đồng (Bốn mươi lăm triệu đồng)`."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
NAME = "kon-tum_ngoc-hoi_86-KH-UBND_2020_asean-districttext"
TT = "Trung tâm Văn hóa - Truyền thông và Thể thao huyện"
LINES = f"""ỦY BAN NHÂN DÂN
HUYỆN NGỌC HỒI
Số: 86/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Ngọc Hồi, ngày 09 tháng 4 năm 2020

KẾ HOẠCH
Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện Ngọc Hồi

Thực hiện Kế hoạch số 3120/KH-UBND ngày 15/11/2019 của Ủy ban nhân dân tỉnh Kon Tum về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh (triển khai Quyết định số 02/QĐ-BCĐASEAN của Ban Chỉ đạo Thông tin tuyên truyền ASEAN); Công văn số 245/STTTT-TTBCXB ngày 02/3/2020 của Sở Thông tin và Truyền thông về việc triển khai công tác tuyên truyền về ASEAN năm 2020, Ủy ban nhân dân huyện Ngọc Hồi ban hành Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện, như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Tuyên truyền để cán bộ, đảng viên và Nhân dân các dân tộc trên địa bàn huyện hiểu rõ về Cộng đồng ASEAN, về vai trò Chủ tịch ASEAN 2020 của Việt Nam; giúp doanh nghiệp, hộ kinh doanh nắm bắt được cơ hội để phát triển, nhất là tại Khu kinh tế cửa khẩu quốc tế Bờ Y.
2. Yêu cầu
Nội dung tuyên truyền ngắn gọn, dễ hiểu, phù hợp với đặc điểm vùng biên giới, đồng bào dân tộc thiểu số; kết hợp tuyên truyền bằng tiếng Việt và tiếng Xơ Đăng.
II. NỘI DUNG TUYÊN TRUYỀN
- Vai trò, vị thế và những thành tựu của ASEAN; đất nước, con người các nước ASEAN, nhất là hai nước láng giềng Lào và Campuchia.
- Năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020 với chủ đề "Gắn kết và Chủ động thích ứng"; các sự kiện quan trọng của ASEAN trong năm 2020.
- Tiềm năng, thế mạnh và các dự án kêu gọi đầu tư của huyện Ngọc Hồi, Khu kinh tế cửa khẩu quốc tế Bờ Y.
III. HÌNH THỨC VÀ NHIỆM VỤ CỤ THỂ
1. Tuyên truyền trên hệ thống truyền thanh, truyền hình của huyện
{TT} xây dựng chuyên mục "Ngọc Hồi - Ngã ba Đông Dương" phát sóng 02 kỳ/tháng trên sóng phát thanh huyện; tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh - Truyền hình tỉnh; đăng tải lại các tin, bài trên Trang thông tin điện tử huyện và trang mạng xã hội của huyện. Thời gian: từ nay đến hết năm 2020.
2. Tuyên truyền lưu động, cổ động trực quan
{TT} phối hợp với UBND các xã, thị trấn tổ chức tuyên truyền lưu động, treo băng rôn, khẩu hiệu, pa nô tại Cửa khẩu quốc tế Bờ Y và trung tâm huyện vào dịp kỷ niệm Ngày thành lập ASEAN (08/8) và 25 năm Việt Nam gia nhập ASEAN (28/7).
3. Lồng ghép tuyên truyền trong sinh hoạt của Mặt trận, đoàn thể
Đề nghị Ủy ban MTTQ Việt Nam huyện phối hợp với Huyện đoàn, Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt chi hội, chi đoàn, các buổi nói chuyện chuyên đề ở thôn, làng; thực hiện thường xuyên, liên tục.
4. Tuyên truyền về ASEAN trong trường học
Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Huyện đoàn chỉ đạo các trường trung học cơ sở lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa, tổ chức Góc ASEAN tại thư viện trường học. Thời gian: tháng 9 - 12/2020.
5. Giới thiệu tiềm năng, thế mạnh của huyện
Phòng Kinh tế - Hạ tầng phối hợp với Phòng Tài chính - Kế hoạch (cơ quan chủ trì) và Ban Quản lý Khu kinh tế tỉnh biên soạn tài liệu giới thiệu tiềm năng, thế mạnh, các dự án kêu gọi đầu tư tại Khu kinh tế cửa khẩu quốc tế Bờ Y để cung cấp cho các đoàn công tác, nhà đầu tư đến từ các nước ASEAN.
6. Nắm bắt dư luận, đấu tranh với thông tin sai trái
Công an huyện, Đồn Biên phòng Cửa khẩu quốc tế Bờ Y theo chức năng, nhiệm vụ nắm bắt tình hình dư luận xã hội vùng biên giới; kịp thời phản bác các thông tin sai trái, xuyên tạc về quan hệ hợp tác giữa Việt Nam với các nước ASEAN.
7. Biên soạn, cấp phát tài liệu tuyên truyền
In, cấp phát tờ rơi, tài liệu tuyên truyền về ASEAN bằng tiếng Việt và tiếng Xơ Đăng cho các thôn, làng, tổ dân phố; hoàn thành trước ngày 30/6/2020.
IV. KINH PHÍ
Kinh phí thực hiện Kế hoạch từ ngân sách huyện năm 2020 đã giao cho Phòng Văn hóa và Thông tin, {TT}, tổng kinh phí 45.000.000 đồng (Bốn mươi lăm triệu đồng); các cơ quan, đơn vị, UBND các xã, thị trấn sử dụng kinh phí chi thường xuyên của đơn vị để thực hiện.
V. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin
Là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch; tổng hợp, báo cáo kết quả thực hiện về UBND huyện, Sở Thông tin và Truyền thông trước ngày 05/12/2020.
2. Phòng Tài chính - Kế hoạch
Tham mưu UBND huyện bố trí, hướng dẫn sử dụng và thanh quyết toán kinh phí theo quy định.
3. Các cơ quan, đơn vị; UBND các xã, thị trấn
Căn cứ Kế hoạch này, chủ động triển khai thực hiện; báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 25/11/2020 để tổng hợp.
4. Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện phối hợp thực hiện Kế hoạch này.
Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện Ngọc Hồi./.

Nơi nhận:
- Sở Thông tin và Truyền thông (b/c);
- TT Huyện ủy, TT HĐND huyện (b/c);
- CT, các PCT UBND huyện;
- UBMTTQVN và các đoàn thể huyện;
- Các cơ quan, đơn vị;
- UBND các xã, thị trấn;
- Lưu: VT, VHTT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Trần Văn Thái
"""
(STAGE / f"{NAME}.txt").write_text(LINES, encoding="utf-8"); print("wrote", NAME)
