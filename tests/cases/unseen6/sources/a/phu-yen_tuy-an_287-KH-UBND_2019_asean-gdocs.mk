@HDR ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@HDR HUYỆN TUY AN | Độc lập - Tự do - Hạnh phúc
@HDR Số: 287/KH-UBND | Tuy An, ngày 14 tháng 10 năm 2019
@C KẾ HOẠCH
@C Tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 trên địa bàn huyện Tuy An
Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020; Kế hoạch số 142/KH-UBND ngày 20/9/2019 của Ủy ban nhân dân tỉnh Phú Yên về tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020, Ủy ban nhân dân huyện Tuy An ban hành Kế hoạch thực hiện như sau:
@H I. MỤC ĐÍCH, YÊU CẦU
- Giúp cán bộ, công chức và Nhân dân trong huyện hiểu rõ hơn về Cộng đồng ASEAN, về vai trò của Việt Nam trên cương vị Chủ tịch ASEAN 2020; chủ động nắm bắt được cơ hội để phát triển, vượt qua thách thức trong tiến trình hội nhập.
- Công tác tuyên truyền phải thiết thực, phù hợp với điều kiện của địa phương, gắn với quảng bá hình ảnh, tiềm năng du lịch của huyện Tuy An.
@H II. NHIỆM VỤ CỤ THỂ
@L1 Tuyên truyền về Năm Chủ tịch ASEAN 2020 của Việt Nam
Tuyên truyền về vai trò, vị thế của ASEAN, thành tựu sau hơn 50 năm hình thành và phát triển; các sự kiện quan trọng của ASEAN, trọng tâm là Năm Chủ tịch ASEAN 2020 và 25 năm Việt Nam gia nhập ASEAN.
Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Văn hóa - Thông tin và Thể thao huyện thực hiện.
@L1 Tuyên truyền trên Đài Truyền thanh và Trang thông tin điện tử huyện
Mở chuyên mục "ASEAN và Tuy An" phát định kỳ hằng tháng; tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam và Đài Phát thanh - Truyền hình Phú Yên; đăng tải tin, bài lên Trang thông tin điện tử huyện và chia sẻ trên mạng xã hội.
(Chủ trì: Trung tâm Văn hóa - Thông tin và Thể thao huyện; thực hiện từ tháng 11/2019 đến tháng 12/2020)
@L1 Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của Mặt trận và các đoàn thể
Lồng ghép nội dung về ASEAN trong các buổi nói chuyện thời sự, sinh hoạt chi đoàn, chi hội. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện chủ trì thực hiện, cụ thể:
@L2 Đối với đoàn viên, thanh niên
Huyện đoàn Tuy An tổ chức diễn đàn, sinh hoạt chuyên đề "Thanh niên Tuy An với Cộng đồng ASEAN".
@L2 Đối với hội viên phụ nữ, nông dân
Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện lồng ghép nội dung về ASEAN vào sinh hoạt chi hội hằng quý.
@L1 Hỗ trợ doanh nghiệp, hợp tác xã tiếp cận thông tin về các cam kết trong ASEAN
Phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử và cơ hội kinh doanh cho doanh nghiệp, hợp tác xã nuôi trồng, chế biến thủy sản trên địa bàn.
Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Tài chính - Kế hoạch tổ chức hội nghị phổ biến trong quý II/2020.
@L1 Tuyên truyền về ASEAN trong trường học
Tổ chức hoạt động ngoại khóa, cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở; xây dựng Góc ASEAN tại thư viện các trường.
Cơ quan chủ trì: Phòng Giáo dục và Đào tạo. Cơ quan phối hợp: Huyện đoàn Tuy An.
@L1 Tuyên truyền cổ động trực quan
Treo băng rôn, khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020 tại trung tâm huyện và dọc tuyến Quốc lộ 1 qua địa bàn huyện.
Giao Trung tâm Văn hóa - Thông tin và Thể thao huyện chủ trì; hoàn thành trước ngày 31/12/2019.
@L1 Quảng bá hình ảnh, tiềm năng du lịch của huyện
Giới thiệu tiềm năng, thế mạnh, sản phẩm du lịch Gành Đá Đĩa, đầm Ô Loan và đặc sản sò huyết Ô Loan tới du khách các nước ASEAN; tham gia hội chợ, triển lãm do tỉnh tổ chức.
(Chủ trì: Phòng Văn hóa và Thông tin; phối hợp: Phòng Kinh tế và Hạ tầng, Ủy ban nhân dân các xã, thị trấn)
@L1 Theo dõi, định hướng dư luận xã hội
Nắm bắt dư luận xã hội, kịp thời phản bác thông tin sai trái, xuyên tạc liên quan đến quan hệ Việt Nam - ASEAN và chủ quyền biển, đảo của Việt Nam.
Công an huyện chủ trì, phối hợp với Phòng Văn hóa và Thông tin thực hiện thường xuyên.
@H III. THỜI GIAN THỰC HIỆN
Từ tháng 10/2019 đến hết năm 2020.
@H IV. KINH PHÍ
Kinh phí thực hiện từ nguồn ngân sách huyện được bố trí trong dự toán năm 2020 của các cơ quan, đơn vị. Phòng Tài chính - Kế hoạch tham mưu bố trí 50 triệu đồng cho hoạt động tuyên truyền cổ động trực quan. Khuyến khích vận động tài trợ từ các doanh nghiệp trên địa bàn.
@H V. TỔ CHỨC THỰC HIỆN
@LV Phòng Văn hóa và Thông tin
Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 25/11/2019 và trước ngày 25/11/2020.
@LV Các cơ quan, đơn vị được giao nhiệm vụ
Chủ động xây dựng nội dung cụ thể, triển khai thực hiện; gửi báo cáo kết quả về Phòng Văn hóa và Thông tin định kỳ hằng quý.
@LV Ủy ban nhân dân các xã, thị trấn
Chỉ đạo đài truyền thanh cơ sở tiếp sóng các chương trình về ASEAN; tổ chức tuyên truyền phù hợp với điều kiện của địa phương.
Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện phối hợp triển khai, lồng ghép tuyên truyền về ASEAN trong đoàn viên, hội viên.
Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 trên địa bàn huyện Tuy An./.
@SIG Nơi nhận: | TM. ỦY BAN NHÂN DÂN
@SIG - Sở Thông tin và Truyền thông (b/c); | KT. CHỦ TỊCH
@SIG - TT Huyện ủy, TT HĐND huyện; | PHÓ CHỦ TỊCH
@SIG - CT, các PCT UBND huyện; | 
@SIG - Các cơ quan, đơn vị liên quan; | 
@SIG - UBND các xã, thị trấn; | 
@SIG - Lưu: VT, VHTT. | Lê Văn Phong
