"""Plan 4: district plan as a Windows text file (CRLF, no BOM, UTF-8) with TAB indentation.
Tasks are numbered paragraphs whose roles sit in a trailing parenthesis '(X chủ trì, phối hợp với Y thực hiện; ...)'.
In the text below '»' stands for one TAB character; each source line is one line of the delivered file."""
from pathlib import Path

NAME = "dong-thap_thap-muoi_112-KH-UBND_2020_asean-crlftabs"
OUT = Path("/work/unseen11a") / f"{NAME}.txt"

TEXT = r"""
ỦY BAN NHÂN DÂN»»»CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN THÁP MƯỜI»»»»Độc lập - Tự do - Hạnh phúc
»»»»»---------------
Số: 112/KH-UBND»»»»Tháp Mười, ngày 17 tháng 4 năm 2020

»»»»KẾ HOẠCH
»»Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện Tháp Mười

»Thực hiện Kế hoạch số 318/KH-UBND ngày 25/11/2019 của Ủy ban nhân dân tỉnh Đồng Tháp về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Đồng Tháp;
»Ủy ban nhân dân huyện Tháp Mười ban hành Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện, cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU
»1. Mục đích
»»- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân trên địa bàn huyện về Cộng đồng ASEAN, về vai trò, trách nhiệm của Việt Nam trong năm đảm nhận vai trò Chủ tịch ASEAN 2020; giúp người dân, doanh nghiệp, hợp tác xã nắm bắt được cơ hội để phát triển, đồng thời chủ động ứng phó với các thách thức trong quá trình hội nhập.
»»- Đưa công tác tuyên truyền về ASEAN trở thành nhiệm vụ thường xuyên của các cơ quan, đơn vị, địa phương, góp phần đưa thông tin về ASEAN vào dòng chảy chính của công tác hội nhập ASEAN.
»2. Yêu cầu
»»- Công tác tuyên truyền phải bám sát định hướng của Trung ương, của tỉnh; nội dung thiết thực, hình thức phù hợp với từng nhóm đối tượng, nhất là nông dân, thanh niên, học sinh.
»»- Các cơ quan, đơn vị, địa phương chủ động lồng ghép với các nhiệm vụ chính trị của đơn vị; bảo đảm an toàn trong điều kiện phòng, chống dịch bệnh COVID-19, tránh hình thức, lãng phí.

II. NỘI DUNG TUYÊN TRUYỀN
»- Vai trò, vị thế của ASEAN; 3 trụ cột của Cộng đồng ASEAN (Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội); đất nước, con người các nước ASEAN.
»- Chủ đề Năm ASEAN 2020 “Gắn kết và Chủ động thích ứng”, các sự kiện trong Năm Chủ tịch ASEAN 2020 của Việt Nam; kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020).
»- Những cơ hội và thách thức đối với sản xuất nông nghiệp của huyện khi thực hiện các cam kết trong ASEAN, nhất là đối với lúa gạo, sen, thủy sản.

III. NHIỆM VỤ CỤ THỂ
»1. Tuyên truyền trên sóng truyền thanh huyện và hệ thống truyền thanh cơ sở. Duy trì chuyên mục “ASEAN và Việt Nam” 02 kỳ/tháng trên sóng Đài Truyền thanh huyện; tiếp sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Đồng Tháp (Trung tâm Văn hóa - Thể thao và Truyền thanh huyện chủ trì, phối hợp với UBND các xã, thị trấn thực hiện; thời gian: từ tháng 5 đến tháng 12/2020).
»2. Đăng tải thông tin về ASEAN trên Trang thông tin điện tử huyện và mạng xã hội. Mở chuyên mục về ASEAN trên Trang thông tin điện tử huyện; chia sẻ các tin, bài, video từ Fanpage “ASEAN và Việt Nam” trên trang Facebook và nhóm Zalo của các cơ quan, đơn vị (Văn phòng HĐND và UBND huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin thực hiện; thời gian: thường xuyên).
»3. Tuyên truyền cổ động trực quan. Các nội dung thực hiện:
»»+ Treo băng rôn, khẩu hiệu chào mừng Năm Chủ tịch ASEAN 2020 trên các tuyến đường chính của thị trấn Mỹ An và dọc Quốc lộ N2;
»»+ Thay mới 02 pa nô tuyên truyền về Cộng đồng ASEAN tại Khu di tích Gò Tháp và Khu du lịch Đồng Sen Tháp Mười.
»(Trung tâm Văn hóa - Thể thao và Truyền thanh huyện chủ trì, phối hợp với UBND thị trấn Mỹ An, UBND xã Tân Kiều, UBND xã Mỹ Hòa thực hiện; thời gian: tháng 7/2020).
»4. Biên soạn, in ấn tài liệu tuyên truyền. Biên soạn tài liệu hỏi - đáp về Cộng đồng ASEAN, in ấn, phát hành 3.000 tờ rơi đến các ấp, khóm (Phòng Văn hóa và Thông tin chủ trì, phối hợp với Phòng Tài chính - Kế hoạch thực hiện; thời gian: quý II/2020).
»5. Lồng ghép tuyên truyền trong các tổ chức đoàn thể. Lồng ghép tuyên truyền về ASEAN trong sinh hoạt chi đoàn, chi hội và các buổi nói chuyện chuyên đề; chú trọng thanh niên, phụ nữ, nông dân (Huyện đoàn, Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện chủ trì thực hiện; thời gian: năm 2020).
»6. Tuyên truyền trong nhà trường. Tổ chức hoạt động ngoại khóa, cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở trên địa bàn huyện (Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Huyện đoàn thực hiện; thời gian: hoàn thành trước ngày 15/12/2020).
»7. Thông tin cho nông dân, hợp tác xã và doanh nghiệp. Phổ biến các cam kết trong ASEAN về thuế quan, quy tắc xuất xứ đối với nông sản; giới thiệu kinh nghiệm đưa sản phẩm sen, gạo của huyện vào thị trường các nước ASEAN (Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng, Hội Nông dân huyện thực hiện; thời gian: quý III/2020).
»8. Cử cán bộ tham gia tập huấn. Cử cán bộ phụ trách công tác thông tin, tuyên truyền của huyện và các xã, thị trấn tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Sở Thông tin và Truyền thông tổ chức (Phòng Văn hóa và Thông tin thực hiện; thời gian: theo kế hoạch của Sở Thông tin và Truyền thông).
»9. Giới thiệu tiềm năng, thế mạnh của huyện. Quảng bá hình ảnh Tháp Mười, các sản phẩm OCOP từ sen, Khu di tích Gò Tháp đến du khách và doanh nghiệp các nước ASEAN qua Trang thông tin điện tử huyện và các ấn phẩm du lịch của tỉnh (Phòng Văn hóa và Thông tin chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng, Ban Quản lý Khu di tích Gò Tháp thực hiện; thời gian: năm 2020).
»10. Nắm bắt dư luận xã hội. Theo dõi, nắm bắt tình hình dư luận trong Nhân dân về các vấn đề liên quan đến ASEAN, kịp thời báo cáo, đề xuất xử lý (Công an huyện chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam huyện thực hiện; thời gian: thường xuyên).

IV. KINH PHÍ THỰC HIỆN
»Kinh phí thực hiện Kế hoạch được bố trí từ ngân sách huyện năm 2020 là 45.000.000 đồng (Bốn mươi lăm triệu đồng), giao cho Phòng Văn hóa và Thông tin quản lý, sử dụng theo quy định. Các cơ quan, đơn vị sử dụng kinh phí thường xuyên của đơn vị để thực hiện các nội dung được giao.

V. TỔ CHỨC THỰC HIỆN
»1. Phòng Văn hóa và Thông tin
»»- Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch.
»»- Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 05/12/2020.
»2. Phòng Tài chính - Kế hoạch
»»- Tham mưu UBND huyện cấp kinh phí thực hiện Kế hoạch theo quy định.
»3. Các cơ quan, đơn vị được giao nhiệm vụ tại Mục III
»»- Chủ động xây dựng kế hoạch, triển khai thực hiện; báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 25/11/2020 để tổng hợp.
»4. UBND các xã, thị trấn
»»- Tuyên truyền về ASEAN trên hệ thống truyền thanh cơ sở, trong các cuộc họp ấp, khóm.
»»- Phối hợp treo băng rôn, khẩu hiệu trên địa bàn theo hướng dẫn của Trung tâm Văn hóa - Thể thao và Truyền thanh huyện.

»Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện Tháp Mười. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Phòng Văn hóa và Thông tin để tổng hợp, báo cáo UBND huyện xem xét./.

Nơi nhận:»»»»TM. ỦY BAN NHÂN DÂN
- Sở Thông tin và Truyền thông;»»»KT. CHỦ TỊCH
- TT/HU, TT/HĐND huyện;»»»»PHÓ CHỦ TỊCH
- CT, các PCT UBND huyện;
- Các cơ quan, đơn vị tại Mục III;
- UBND các xã, thị trấn;»»»»(Đã ký)
- Lưu: VT, VHTT.
»»»»»Nguyễn Thị Hồng Nhung
"""

def main():
    lines = TEXT.strip("\n").split("\n")
    body = "\r\n".join(l.replace("»", "\t") for l in lines) + "\r\n"
    OUT.write_bytes(body.encode("utf-8"))
    raw = OUT.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n") and not raw.startswith(b"\xef\xbb\xbf")
    print("wrote", OUT, len(raw), "bytes", raw.count(b"\r\n"), "CRLF lines", raw.count(b"\t"), "tabs")

if __name__ == "__main__":
    main()
