@HDR UBND TỈNH SƠN LA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@HDR SỞ THÔNG TIN VÀ TRUYỀN THÔNG | Độc lập - Tự do - Hạnh phúc
@HDRSDT Số: {1876}/KH-STTTT | Sơn La, {ngày 22 tháng 9 năm 2021}
@C KẾ HOẠCH
@C Thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Sơn La giai đoạn 2021-2025
Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021-2025, tầm nhìn 2030;
Căn cứ Kế hoạch số 214/KH-UBND ngày 06/9/2021 của Ủy ban nhân dân tỉnh Sơn La về thông tin, tuyên truyền về ASEAN giai đoạn 2021-2025,
Sở Thông tin và Truyền thông xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2021-2025 như sau:
@H1 MỤC ĐÍCH, YÊU CẦU
@H2 Mục đích
Nâng cao nhận thức của cán bộ, đảng viên và các tầng lớp nhân dân các dân tộc tỉnh Sơn La về Cộng đồng ASEAN, góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; lan tỏa tinh thần "Tư duy Cộng đồng, Hành động Cộng đồng".
@H2 Yêu cầu
Công tác thông tin phải kịp thời, chính xác, phù hợp với đặc thù vùng cao, đa dạng hình thức, chú trọng đồng bào dân tộc thiểu số; tăng cường công tác phối hợp thông tin giữa các sở, ban, ngành, địa phương và cơ quan báo chí.
@H1 NHIỆM VỤ VÀ GIẢI PHÁP
@H2 Thông tin về Chủ đề ASEAN hằng năm và hoạt động trên 3 trụ cột
Bám sát Chủ đề ASEAN theo từng năm, thông tin về hợp tác trên cả 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam vào xây dựng Cộng đồng ASEAN.
Đơn vị chủ trì: Phòng Thông tin - Báo chí - Xuất bản.
Đơn vị phối hợp: Báo Sơn La, Đài Phát thanh và Truyền hình tỉnh.
Thời gian: hằng năm.
@H2 Thông tin về hợp tác ASEAN ứng phó đại dịch COVID-19
Định hướng các cơ quan báo chí đưa tin về hợp tác ASEAN ứng phó với đại dịch COVID-19, phục hồi kinh tế - xã hội và bảo đảm chuỗi cung ứng trong khu vực.
Đơn vị chủ trì: Phòng Thông tin - Báo chí - Xuất bản.
Đơn vị phối hợp: Sở Y tế, Sở Kế hoạch và Đầu tư.
Thời gian: năm 2021 - 2022.
@H2 Duy trì chuyên mục "Sơn La với ASEAN" trên môi trường mạng
Duy trì chuyên trang, chuyên mục về ASEAN trên Cổng Thông tin điện tử tỉnh và Trang thông tin điện tử của Sở; phát triển nội dung về ASEAN trên mạng xã hội và các nền tảng số.
Đơn vị chủ trì: Trung tâm Công nghệ thông tin và Truyền thông.
Đơn vị phối hợp: Văn phòng Ủy ban nhân dân tỉnh.
Thời gian: hoàn thành trong quý IV/2021, sau đó cập nhật thường xuyên.
@H2 Phổ biến các lĩnh vực hợp tác mới, kinh tế số và chuyển đổi số
Phổ biến thông tin về thương mại điện tử, kinh tế số, chuyển đổi số, chuỗi cung ứng giá trị khu vực, cơ chế hải quan một cửa ASEAN và dịch chuyển lao động có tay nghề tới doanh nghiệp, hợp tác xã trên địa bàn tỉnh.
Đơn vị chủ trì: Phòng Bưu chính, Viễn thông và Công nghệ thông tin.
Đơn vị phối hợp: Sở Công Thương, Hiệp hội Doanh nghiệp tỉnh.
Thời gian: định kỳ 6 tháng một lần.
@H2 Quảng bá tiềm năng, thế mạnh của tỉnh Sơn La tới các nước ASEAN
Giới thiệu con người, văn hóa các dân tộc, cơ hội kinh doanh, đầu tư, du lịch Mộc Châu và các nông sản chủ lực (xoài, nhãn, cà phê Sơn La) tới các nước thành viên ASEAN và các đối tác.
Đơn vị chủ trì: Phòng Thông tin - Báo chí - Xuất bản.
Đơn vị phối hợp: Sở Văn hóa, Thể thao và Du lịch, Sở Ngoại vụ, Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh.
@H2 Tuyên truyền câu chuyện thực tiễn, nhân vật điển hình
Sản xuất phóng sự, bài viết về câu chuyện thực tiễn, nhân vật điển hình được hưởng lợi từ hợp tác ASEAN; giới thiệu các giải thưởng ASEAN, góp phần vun đắp bản sắc Cộng đồng ASEAN và cảm nhận thuộc về một cộng đồng chung.
Đơn vị chủ trì: Báo Sơn La, Đài Phát thanh và Truyền hình tỉnh.
Đơn vị phối hợp: Phòng Thông tin - Báo chí - Xuất bản.
@H2 Tuyên truyền trực quan nhân Ngày thành lập ASEAN
Treo cờ ASEAN, pa nô, áp phích, băng rôn điện tử tại trụ sở cơ quan và các tuyến phố chính của thành phố Sơn La nhân kỷ niệm Ngày thành lập ASEAN (08/8).
Đơn vị chủ trì: Văn phòng Sở.
Đơn vị phối hợp: Ủy ban nhân dân thành phố Sơn La.
Thời gian: hoàn thành trước ngày 05/8 hằng năm.
@H2 Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN
Tổ chức lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ quản trị Trang thông tin điện tử của các sở, ngành và Trung tâm Văn hóa, Thể thao và Truyền thông các huyện.
Đơn vị chủ trì: Phòng Thông tin - Báo chí - Xuất bản.
Đơn vị phối hợp: Sở Ngoại vụ.
Thời gian: quý III/2022.
@H2 Hưởng ứng cuộc thi tìm hiểu về ASEAN trong giới trẻ
Phát động, hưởng ứng các cuộc thi tìm hiểu về ASEAN dành cho học sinh, sinh viên và đoàn viên thanh niên; khuyến khích dự thi trực tuyến.
Đơn vị chủ trì: Tỉnh đoàn Sơn La.
Đơn vị phối hợp: Sở Giáo dục và Đào tạo, Trung tâm Công nghệ thông tin và Truyền thông.
@H2 Đấu tranh phản bác thông tin sai trái
Theo dõi, nắm bắt dư luận xã hội; kịp thời phản bác các quan điểm sai trái, luận điệu xuyên tạc về đường lối đối ngoại của Đảng, Nhà nước và tiến trình hội nhập ASEAN của Việt Nam trên không gian mạng.
Đơn vị chủ trì: Phòng Thông tin - Báo chí - Xuất bản.
Đơn vị phối hợp: Công an tỉnh.
Thời gian: thường xuyên.
@H1 KINH PHÍ
Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước trong dự toán chi thường xuyên được giao hằng năm của Sở Thông tin và Truyền thông; lồng ghép trong kinh phí thực hiện nhiệm vụ thông tin đối ngoại và huy động nguồn xã hội hóa, các nguồn hợp pháp khác theo quy định.
Dự kiến kinh phí năm 2022: 180 triệu đồng.
Các phòng, đơn vị lập dự toán kinh phí gửi Văn phòng Sở trước ngày 15/7 hằng năm để tổng hợp, trình cấp có thẩm quyền.
@H1 TỔ CHỨC THỰC HIỆN
@H2 Phòng Thông tin - Báo chí - Xuất bản
Là đầu mối tham mưu Giám đốc Sở theo dõi, đôn đốc triển khai Kế hoạch. Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 10/12 hằng năm.
@H2 Các phòng, đơn vị thuộc Sở
Căn cứ nhiệm vụ được giao, chủ động xây dựng nội dung chi tiết và tổ chức thực hiện. Báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/11) về Phòng Thông tin - Báo chí - Xuất bản.
@H2 Đề nghị Báo Sơn La, Đài Phát thanh và Truyền hình tỉnh
Mở chuyên mục, tăng thời lượng thông tin về ASEAN trên các ấn phẩm và chương trình phát thanh, truyền hình bằng tiếng phổ thông và tiếng dân tộc Thái, Mông.
@H2 Đề nghị Ủy ban nhân dân các huyện, thành phố
Chỉ đạo Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thể thao và Truyền thông cấp huyện lồng ghép tuyên truyền về ASEAN vào các chương trình của địa phương.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Sở Thông tin và Truyền thông (qua Phòng Thông tin - Báo chí - Xuất bản) để được hướng dẫn./.
@SIG Nơi nhận: | KT. GIÁM ĐỐC
@SIG - Bộ Thông tin và Truyền thông (b/c); | PHÓ GIÁM ĐỐC
@SIG - UBND tỉnh (b/c); | 
@SIG - Các sở, ban, ngành tỉnh; | 
@SIG - UBND các huyện, thành phố; | 
@SIG - Lãnh đạo Sở; | 
@SIG - Các phòng, đơn vị thuộc Sở; | 
@SIG - Lưu: VT, TTBCXB. | Cầm Ngọc Minh
