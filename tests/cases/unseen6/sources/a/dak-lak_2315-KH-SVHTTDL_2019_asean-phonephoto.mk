@HDR UBND TỈNH ĐẮK LẮK | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@HDR SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH | Độc lập - Tự do - Hạnh phúc
@HDR Số: 2315/KH-SVHTTDL | Đắk Lắk, ngày 05 tháng 11 năm 2019
@C KẾ HOẠCH
@C Tuyên truyền, quảng bá ASEAN trong lĩnh vực văn hóa, thể thao và du lịch giai đoạn 2019-2020
Thực hiện Công văn số 03/BTTTT-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN; Kế hoạch số 9870/KH-UBND ngày 18/10/2019 của Ủy ban nhân dân tỉnh Đắk Lắk về tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020, Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch như sau:
@C PHẦN THỨ NHẤT
@C MỤC ĐÍCH, YÊU CẦU
- Đưa thông tin về ASEAN vào dòng chảy chính của công tác hội nhập ASEAN của ngành; quảng bá hình ảnh đất nước, con người, văn hóa các dân tộc Đắk Lắk tới bạn bè các nước ASEAN.
- Hoạt động tuyên truyền gắn với Năm Chủ tịch ASEAN 2020 của Việt Nam, bảo đảm thiết thực, tiết kiệm, hiệu quả.
@C PHẦN THỨ HAI
@C NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN
@B 1. Tuyên truyền cổ động trực quan
Treo băng rôn, khẩu hiệu, pa nô, áp phích chào mừng Năm Chủ tịch ASEAN 2020 tại các tuyến đường trung tâm thành phố Buôn Ma Thuột.
Đơn vị thực hiện: Trung tâm Văn hóa tỉnh. Thời gian: quý I/2020.
@B 2. Xây dựng Góc ASEAN tại Thư viện tỉnh
Xây dựng, duy trì Góc ASEAN với sách, báo, tài liệu về các nước ASEAN; tổ chức trưng bày sách chuyên đề "Việt Nam - Chủ tịch ASEAN 2020".
Giao Thư viện tỉnh chủ trì; hoàn thành trước ngày 31/3/2020.
@B 3. Triển lãm ảnh "Đất nước, con người các nước ASEAN"
Tổ chức triển lãm ảnh về đất nước, con người các nước ASEAN và thành tựu 25 năm Việt Nam gia nhập ASEAN tại Bảo tàng tỉnh.
Bảo tàng tỉnh chủ trì, phối hợp với Hội Văn học Nghệ thuật tỉnh thực hiện trong tháng 8/2020.
@B 4. Giao lưu văn hóa, thể thao
Tổ chức giao lưu văn nghệ, giải thể thao có sự tham gia của lưu học sinh Lào, Campuchia đang học tập tại tỉnh nhân dịp kỷ niệm Ngày thành lập ASEAN.
Đơn vị chủ trì: Phòng Quản lý Thể dục thể thao. Đơn vị phối hợp: Trường Đại học Tây Nguyên, Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh.
@B 5. Quảng bá du lịch Đắk Lắk tới thị trường ASEAN
Giới thiệu tiềm năng du lịch, Lễ hội Cà phê Buôn Ma Thuột, Không gian văn hóa Cồng chiêng Tây Nguyên tới các hãng lữ hành, du khách các nước ASEAN; tham gia Hội chợ Du lịch quốc tế Việt Nam và các hội chợ du lịch tại Thái Lan, Campuchia.
Phòng Quản lý Du lịch là đầu mối, phối hợp với Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh. Thời gian: năm 2020.
@B 6. Ấn phẩm tuyên truyền
In ấn, phát hành tờ rơi, cẩm nang du lịch song ngữ Việt - Anh giới thiệu ASEAN và điểm đến Đắk Lắk.
Đơn vị thực hiện: Văn phòng Sở. Thời gian: trước ngày 30/6/2020.
@B 7. Tuyên truyền trên Trang thông tin điện tử của Sở và mạng xã hội
Mở chuyên mục "ASEAN" trên Trang thông tin điện tử của Sở; chia sẻ thông tin, hình ảnh qua Fanpage "Du lịch Đắk Lắk", cập nhật định kỳ hằng tuần (Chủ trì: Văn phòng Sở).
@B 8. Lồng ghép tuyên truyền trong hoạt động thông tin lưu động
Lồng ghép phim tài liệu, thông tin về ASEAN trong các buổi chiếu phim lưu động phục vụ đồng bào vùng sâu, vùng xa bằng tiếng Ê Đê, M'nông. Giao Trung tâm Văn hóa tỉnh thực hiện hằng tháng.
@C PHẦN THỨ BA
@C KINH PHÍ
Kinh phí được bố trí từ nguồn ngân sách nhà nước giao cho Sở năm 2020, lồng ghép trong kinh phí sự nghiệp văn hóa, thể thao và du lịch của các đơn vị; tranh thủ nguồn xã hội hóa. Tổng kinh phí dự kiến: 350.000.000 đồng (Ba trăm năm mươi triệu đồng).
@C PHẦN THỨ TƯ
@C TỔ CHỨC THỰC HIỆN
@B 1. Phòng Quản lý Văn hóa
Là đầu mối theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp báo cáo kết quả gửi Sở Thông tin và Truyền thông trước ngày 15/12/2019 và trước ngày 15/11/2020.
@B 2. Phòng Kế hoạch - Tài chính
Tham mưu bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị thanh quyết toán theo quy định.
@B 3. Các phòng, đơn vị trực thuộc Sở
Xây dựng kế hoạch chi tiết, triển khai thực hiện; báo cáo kết quả về Sở (qua Phòng Quản lý Văn hóa) định kỳ 6 tháng.
Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 của Sở Văn hóa, Thể thao và Du lịch./.
@SIG Nơi nhận: | KT. GIÁM ĐỐC
@SIG - Sở Thông tin và Truyền thông; | PHÓ GIÁM ĐỐC
@SIG - UBND tỉnh (b/c); | 
@SIG - Giám đốc, các PGĐ Sở; | 
@SIG - Các phòng, đơn vị trực thuộc; | 
@SIG - Lưu: VT, QLVH. | Trần Thị Minh Hạnh
