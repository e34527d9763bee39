"""Plan 4 - Trường Cao đẳng Y tế Phú Thọ (a college under the provincial health department), ASEAN 2021-2025
(a school-year plan, năm học 2022 - 2023), DOCX as the college's office saved it. Header table with the parent
`SỞ Y TẾ PHÚ THỌ` over `TRƯỜNG CAO ĐẲNG Y TẾ PHÚ THỌ`; the body has NO Roman headings: parts are `1.` … `5.` in
capitals with dotted `3.1.` … items, each task a bold dotted heading, roles in running text (the college's own
rooms, khoa, Đoàn Thanh niên) and a closing `Thời gian:` sentence. Signature `KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG`.
Writes ../NAME.docx and NAME.extracted.txt (python-docx paragraphs + cells)."""
import sys
sys.path.insert(0, '.')
from kit16 import build
from common import STAGE, extract_docx

NAME = 'phu-tho_412-KH-CDYT_2022_asean-caodangdocx'
HEADER = ([("SỞ Y TẾ PHÚ THỌ", ""), ("TRƯỜNG CAO ĐẲNG Y TẾ PHÚ THỌ", "b"), ("", ""), ("Số: 412/KH-CĐYT", "")],
          [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
           ("Phú Thọ, ngày 26 tháng 9 năm 2022", "i")])
TITLE = [("KẾ HOẠCH", "b"), ("Thông tin, tuyên truyền về ASEAN năm học 2022 - 2023", "b")]
BODY = [
 ("P", "Căn cứ Kế hoạch số 3047/KH-UBND ngày 12/8/2021 của UBND tỉnh Phú Thọ về thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn tỉnh;"),
 ("P", "Căn cứ Công văn số 1895/SYT-VP ngày 15/9/2022 của Sở Y tế Phú Thọ về việc triển khai công tác thông tin đối ngoại năm 2022;"),
 ("P", "Trường Cao đẳng Y tế Phú Thọ xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN năm học 2022 - 2023 như sau:"),
 ("H", "1. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1.1. Mục đích"),
 ("P", "- Nâng cao hiểu biết của viên chức, người lao động và học sinh, sinh viên của Trường về Cộng đồng ASEAN, về hợp tác y tế trong ASEAN; giúp sinh viên chủ động chuẩn bị năng lực nghề nghiệp để tham gia thị trường lao động khu vực."),
 ("H", "1.2. Yêu cầu"),
 ("P", "- Hình thức tuyên truyền phù hợp với đặc thù của nhà trường; gắn với hoạt động đào tạo và công tác học sinh, sinh viên."),
 ("P", "- Các phòng, khoa, trung tâm và đoàn thể phối hợp chặt chẽ trong tổ chức thực hiện."),
 ("H", "2. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Những thông tin cơ bản về ASEAN, Cộng đồng ASEAN; hợp tác ASEAN trong lĩnh vực y tế thuộc trụ cột Văn hóa - Xã hội."),
 ("P", "- Hợp tác ASEAN trong phòng, chống dịch COVID-19 và phục hồi sau đại dịch; Quỹ ứng phó COVID-19 của ASEAN."),
 ("P", "- Thỏa thuận công nhận lẫn nhau về dịch vụ điều dưỡng trong ASEAN; cơ hội việc làm, dịch chuyển lao động ngành y tế trong khu vực."),
 ("H", "3. CÁC HOẠT ĐỘNG CỤ THỂ"),
 ("H", "3.1. Tuyên truyền trên Trang thông tin điện tử và fanpage của Trường"),
 ("P", "Phòng Khoa học và Hợp tác quốc tế chủ trì, phối hợp với Trung tâm Thông tin - Thư viện duy trì chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử của Trường; đăng tải tin, bài trên fanpage của Trường ít nhất 02 tin, bài/tháng."),
 ("H", "3.2. Lồng ghép nội dung về ASEAN trong giảng dạy"),
 ("P", "Phòng Đào tạo chỉ đạo các khoa lồng ghép giới thiệu về Cộng đồng ASEAN, Thỏa thuận công nhận lẫn nhau về dịch vụ điều dưỡng trong ASEAN vào học phần Giáo dục chính trị và học phần Điều dưỡng cơ sở. Thời gian: từ tháng 10/2022 đến tháng 01/2023."),
 ("H", "3.3. Tuyên truyền trong Tuần sinh hoạt công dân - học sinh, sinh viên đầu khóa"),
 ("P", "Phòng Công tác học sinh - sinh viên đưa nội dung về ASEAN vào chương trình Tuần sinh hoạt công dân - học sinh, sinh viên đầu khóa học 2022 - 2025. Thời gian: tháng 10/2022."),
 ("H", "3.4. Cuộc thi “Sinh viên Y tế Phú Thọ tìm hiểu về ASEAN”"),
 ("P", "Đoàn Thanh niên trường chủ trì, phối hợp với Hội Sinh viên trường và Phòng Công tác học sinh - sinh viên tổ chức cuộc thi trực tuyến tìm hiểu về ASEAN cho học sinh, sinh viên toàn trường. Thời gian: tháng 3/2023."),
 ("H", "3.5. Giao lưu văn hóa, thể thao với lưu học sinh Lào"),
 ("P", "Phòng Khoa học và Hợp tác quốc tế chủ trì, phối hợp với Đoàn Thanh niên trường tổ chức giao lưu văn hóa, thể thao giữa học sinh, sinh viên Việt Nam và lưu học sinh Lào đang học tập tại Trường nhân dịp Tết cổ truyền Bunpimay. Thời gian: tháng 4/2023."),
 ("H", "3.6. Tư vấn việc làm trong khu vực ASEAN cho sinh viên năm cuối"),
 ("P", "Phòng Công tác học sinh - sinh viên phối hợp với Khoa Điều dưỡng tổ chức buổi tư vấn về cơ hội việc làm, yêu cầu về chuẩn năng lực, ngoại ngữ đối với điều dưỡng viên khi làm việc tại các nước ASEAN cho sinh viên năm cuối. Thời gian: tháng 5/2023."),
 ("H", "3.7. Treo cờ ASEAN, pa nô tuyên truyền"),
 ("P", "Phòng Tổ chức - Hành chính treo cờ ASEAN cùng Quốc kỳ và pa nô tại cổng Trường nhân kỷ niệm 56 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2023); hoàn thành trước ngày 05/8/2023."),
 ("H", "3.8. Góc ASEAN tại Thư viện"),
 ("P", "Trung tâm Thông tin - Thư viện bổ sung sách, tài liệu về ASEAN, về hệ thống y tế và đào tạo nhân lực y tế của các nước ASEAN tại “Góc ASEAN” của Thư viện Trường."),
 ("H", "4. KINH PHÍ"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí chi thường xuyên năm học 2022 - 2023 của Trường và kinh phí hoạt động của Đoàn Thanh niên, Hội Sinh viên trường."),
 ("H", "5. TỔ CHỨC THỰC HIỆN"),
 ("H", "5.1. Phòng Khoa học và Hợp tác quốc tế"),
 ("P", "- Là đầu mối, hướng dẫn, theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch."),
 ("P", "- Tổng hợp kết quả, tham mưu Hiệu trưởng báo cáo Sở Y tế trước ngày 15/6/2023."),
 ("H", "5.2. Phòng Tài chính - Kế toán"),
 ("P", "- Tham mưu bố trí kinh phí, hướng dẫn thanh, quyết toán theo quy định."),
 ("H", "5.3. Các phòng, khoa, trung tâm thuộc Trường"),
 ("P", "- Căn cứ nhiệm vụ được giao tại mục 3, chủ động triển khai thực hiện; báo cáo kết quả về Phòng Khoa học và Hợp tác quốc tế trước ngày 31/5/2023."),
 ("H", "5.4. Đoàn Thanh niên, Hội Sinh viên trường"),
 ("P", "- Vận động đoàn viên, hội viên tích cực tham gia các hoạt động tìm hiểu về ASEAN; phát huy vai trò của câu lạc bộ tiếng Anh trong tuyên truyền về ASEAN."),
 ("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN năm học 2022 - 2023 của Trường Cao đẳng Y tế Phú Thọ. Đề nghị các đơn vị nghiêm túc triển khai thực hiện./."),
 ("SIGN", ["Nơi nhận:", "- Sở Y tế (b/c);", "- Ban Giám hiệu;", "- Các phòng, khoa, trung tâm;", "- Đoàn TN, Hội SV trường;", "- Lưu: VT, KH&HTQT."],
  [("KT. HIỆU TRƯỞNG", "b"), ("PHÓ HIỆU TRƯỞNG", "b"), ("", ""), ("", ""), ("", ""), ("", ""), ("Đỗ Thị Thu Hằng", "b")]),
]
SPEC = {"header": HEADER, "title": TITLE, "body": BODY, "core": ("Phong KH&HTQT", "2022-09-22T09:30:00", "2022-09-26T16:45:00")}

if __name__ == '__main__':
    build(f'{STAGE}/{NAME}.docx', SPEC, size=13)
    open(f'{NAME}.extracted.txt', 'w').write(extract_docx(f'{STAGE}/{NAME}.docx'))
    print('wrote', NAME)
