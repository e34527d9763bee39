# Hà Tiên (Kiên Giang), UBND thành phố: the plan as ordinary Markdown (bold header lines, ## / ### headings with
# typed numbers, "-" bullets). Set 15 wording: "X chủ trì tham mưu UBND thành phố", "Y phối hợp với X …" (support
# first), "Các cơ quan, đơn vị liên quan theo chức năng, nhiệm vụ …" (no lead named), a task title whose word
# ("cổ động trực quan") its body never carries out, names with "và" (Phòng Tài chính - Kế hoạch, Văn phòng HĐND
# và UBND thành phố), "UBMTTQVN"; times "năm 2022 và các năm tiếp theo" ... "trong quý III/2022", "tháng 11-12/2022",
# "trước ngày 15 tháng 12 hằng năm", "hằng quý", "04 tin, bài/tháng"; money "tự cân đối", "ngân sách thành phố".
import sys; sys.path.insert(0, '.')
from common import *
N = 'kien-giang_ha-tien_89-KH-UBND_2022_asean-md'
md = '''**ỦY BAN NHÂN DÂN**
**THÀNH PHỐ HÀ TIÊN**

Số: 89/KH-UBND

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Hà Tiên, ngày 14 tháng 4 năm 2022*

# KẾ HOẠCH

**Thông tin, tuyên truyền về ASEAN trên địa bàn thành phố Hà Tiên giai đoạn 2022 - 2025**

Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;

Căn cứ Kế hoạch số 198/KH-UBND ngày 19/10/2021 của Ủy ban nhân dân tỉnh Kiên Giang về thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn tỉnh Kiên Giang;

Ủy ban nhân dân thành phố Hà Tiên ban hành Kế hoạch thông tin, tuyên truyền về ASEAN trên địa bàn thành phố giai đoạn 2022 - 2025, như sau:

## I. MỤC ĐÍCH, YÊU CẦU

- Tư duy Cộng đồng, Hành động Cộng đồng: giúp cán bộ, đảng viên, Nhân dân và doanh nghiệp trên địa bàn thành phố hiểu rõ về Cộng đồng ASEAN, cơ hội và thách thức của một địa phương có cửa khẩu quốc tế giáp Vương quốc Campuchia.
- Tăng cường công tác phối hợp thông tin giữa các phòng, ban, ngành thành phố, UBND các xã, phường và các cơ quan báo chí trong tuyên truyền về ASEAN.
- Tuyên truyền thường xuyên, đúng định hướng, phù hợp với điều kiện của địa phương.

## II. NHIỆM VỤ, GIẢI PHÁP

### 1. Tuyên truyền về Cộng đồng ASEAN và Chủ đề năm ASEAN

Phòng Văn hóa và Thông tin chủ trì tham mưu UBND thành phố hướng dẫn nội dung tuyên truyền về Chủ đề ASEAN hằng năm, 3 trụ cột của Cộng đồng ASEAN (Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội) và những đóng góp của Việt Nam trong ASEAN. Thời gian: năm 2022 và các năm tiếp theo.

### 2. Thông tin về thương mại, xuất nhập khẩu qua cửa khẩu

Phòng Kinh tế chủ trì, phối hợp với Chi cục Hải quan cửa khẩu quốc tế Hà Tiên, Đồn Biên phòng cửa khẩu quốc tế Hà Tiên tổ chức hội nghị thông tin cho doanh nghiệp, thương nhân về thương mại điện tử, Cơ chế một cửa ASEAN, quy tắc xuất xứ hàng hóa và thủ tục xuất nhập khẩu qua cửa khẩu quốc tế Hà Tiên; tổ chức trong quý III/2022.

### 3. Thông tin về hợp tác ASEAN ứng phó với COVID-19 và phục hồi kinh tế

Các phòng, ban, ngành thành phố phối hợp với Phòng Văn hóa và Thông tin cung cấp thông tin, tin bài về hợp tác ASEAN trong ứng phó với dịch COVID-19, phục hồi du lịch, thương mại biên giới sau đại dịch để đăng tải trên các phương tiện thông tin của thành phố.

### 4. Chuyên mục về ASEAN trên Trang thông tin điện tử thành phố và mạng xã hội

Văn phòng HĐND và UBND thành phố duy trì chuyên mục “Hà Tiên - ASEAN” trên Trang thông tin điện tử thành phố; chia sẻ tin, bài, video lên Fanpage “Hà Tiên ngày nay” và nhóm Zalo của các khu phố, ấp.

### 5. Giới thiệu câu chuyện thực tiễn, mô hình điển hình

Trung tâm Văn hóa - Thể thao và Truyền thanh thành phố thực hiện phóng sự giới thiệu câu chuyện thực tiễn, mô hình điển hình của doanh nghiệp, hộ kinh doanh Hà Tiên giao thương với thị trường Campuchia và các nước ASEAN; phát sóng ít nhất 01 phóng sự/quý.

### 6. Giao lưu văn hóa, thể thao, triển lãm và quảng bá du lịch

Phòng Văn hóa và Thông tin tham mưu UBND thành phố tổ chức giao lưu văn hóa, thể thao với tỉnh Kampot (Vương quốc Campuchia) nhân dịp Lễ hội Văn hóa - Du lịch Hà Tiên; lồng ghép quảng bá tiềm năng du lịch Hà Tiên (Thạch Động, Mũi Nai, Lăng Mạc Cửu, quần đảo Hải Tặc) đến du khách các nước ASEAN. Thời gian: tháng 11-12/2022.

### 7. Tuyên truyền trong đoàn viên, thanh niên, học sinh

Thành Đoàn Hà Tiên chủ trì, phối hợp với Phòng Giáo dục và Đào tạo tổ chức cuộc thi tìm hiểu về ASEAN trên mạng xã hội cho đoàn viên, thanh niên, học sinh trung học cơ sở trong năm 2023.

### 8. Đấu tranh, phản bác quan điểm sai trái

Các cơ quan, đơn vị liên quan theo chức năng, nhiệm vụ được giao chủ động nắm tình hình, kịp thời phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Việt Nam và quá trình hội nhập ASEAN trên không gian mạng.

### 9. Tuyên truyền trên hệ thống truyền thanh và cổ động trực quan

Trung tâm Văn hóa - Thể thao và Truyền thanh thành phố phát tin, bài về ASEAN trên hệ thống loa truyền thanh các xã, phường ít nhất 04 tin, bài/tháng; tiếp âm các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Kiên Giang.

## III. KINH PHÍ THỰC HIỆN

Các cơ quan, đơn vị tự cân đối trong dự toán được giao hằng năm để thực hiện. Phòng Tài chính - Kế hoạch thẩm định, tham mưu UBND thành phố bổ sung kinh phí từ ngân sách thành phố đối với các hoạt động phát sinh (nếu có).

## IV. TỔ CHỨC THỰC HIỆN

### 1. Phòng Văn hóa và Thông tin

- Là cơ quan đầu mối, hướng dẫn, theo dõi, đôn đốc việc triển khai Kế hoạch.
- Tổng hợp kết quả, tham mưu UBND thành phố báo cáo Sở Thông tin và Truyền thông trước ngày 15 tháng 12 hằng năm.

### 2. Phòng Tài chính - Kế hoạch

Tham mưu UBND thành phố bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách.

### 3. Đề nghị UBMTTQVN thành phố và các tổ chức chính trị - xã hội thành phố

Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt của đoàn viên, hội viên; vận động Nhân dân khu vực biên giới chấp hành quy định về xuất nhập cảnh, giao thương qua biên giới.

### 4. UBND các xã, phường

Tổ chức tuyên truyền trên địa bàn; báo cáo kết quả hằng quý về Phòng Văn hóa và Thông tin để tổng hợp.

Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN trên địa bàn thành phố Hà Tiên giai đoạn 2022 - 2025; trong quá trình thực hiện có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo về UBND thành phố (qua Phòng Văn hóa và Thông tin) để được hướng dẫn./.

**Nơi nhận:**
- Sở TT&TT tỉnh Kiên Giang (b/c);
- TT Thành ủy, TT HĐND thành phố;
- CT, các PCT UBND thành phố;
- UBMTTQVN và các tổ chức CT-XH thành phố;
- Các phòng, ban, ngành thành phố;
- UBND các xã, phường;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN**
**KT. CHỦ TỊCH**
**PHÓ CHỦ TỊCH**

*(Đã ký)*

**Trần Thị Ngọc Hân**
'''
open(f'{STAGE}/{N}.md', 'w', encoding='utf-8').write(md)
open(f'{N}.extracted.txt', 'w').write(md)
import subprocess
subprocess.run(['pandoc', f'{STAGE}/{N}.md', '-o', f'/tmp/s15b/{N}.docx'], check=True)
to_pdf(f'/tmp/s15b/{N}.docx', '/tmp/s15b'); print('pages (pandoc→docx→pdf, check only)', pdf_pages(f'/tmp/s15b/{N}.pdf'))
