"""Plan 3: Sở Du lịch Hà Nội, ASEAN 2020 tourism promotion plan, DOCX converted to PDF by LibreOffice."""
import sys, subprocess, shutil
sys.path.insert(0, "/work/unseen5a/sources")
from common import *

NAME = "ha-noi_3318-KH-SDL_2019_asean-tourism-pdf"
MK = """
@HDR UBND THÀNH PHỐ HÀ NỘI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@HDR SỞ DU LỊCH | Độc lập - Tự do - Hạnh phúc
@HDR Số: 3318/KH-SDL | Hà Nội, ngày 16 tháng 12 năm 2019
@C KẾ HOẠCH
@C Tuyên truyền, quảng bá du lịch Hà Nội gắn với Năm Chủ tịch ASEAN 2020 của Việt Nam
Căn cứ Kế hoạch số 248/KH-UBND ngày 15/11/2019 của Ủy ban nhân dân Thành phố Hà Nội về thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 trên địa bàn Thành phố;
Căn cứ Quyết định số 7210/QĐ-UBND ngày 10/12/2019 của Ủy ban nhân dân Thành phố về việc giao chỉ tiêu kế hoạch kinh tế - xã hội và dự toán thu, chi ngân sách năm 2020 của thành phố Hà Nội;
Sở Du lịch Hà Nội xây dựng Kế hoạch tuyên truyền, quảng bá du lịch Hà Nội gắn với Năm Chủ tịch ASEAN 2020 của Việt Nam như sau:
@B I. MỤC ĐÍCH, YÊU CẦU
@B 1. Mục đích
- Tận dụng cơ hội Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN 2020 với hàng trăm hội nghị, sự kiện tổ chức tại Hà Nội để quảng bá hình ảnh Thủ đô là điểm đến an toàn, thân thiện, hấp dẫn.
- Thu hút khách du lịch từ các nước ASEAN đến Hà Nội, góp phần hoàn thành chỉ tiêu đón khách quốc tế năm 2020.
@B 2. Yêu cầu
- Các hoạt động được tổ chức thiết thực, hiệu quả, phù hợp với lịch trình các hội nghị, sự kiện của Năm ASEAN 2020.
- Các phòng, đơn vị thuộc Sở chủ động, phối hợp chặt chẽ trong quá trình triển khai.
@B II. NHIỆM VỤ CỤ THỂ
1. Xây dựng chuyên mục "Hà Nội - Điểm đến ASEAN" trên Cổng thông tin du lịch Hà Nội và trang Fanpage "Visit Hanoi"; cập nhật thông tin các sự kiện của Năm Chủ tịch ASEAN 2020.
Đơn vị thực hiện: Trung tâm Thông tin Xúc tiến du lịch Hà Nội.
Thời hạn: Quý I/2020.
2. Sản xuất 03 video clip quảng bá điểm đến Hà Nội bằng tiếng Anh và tiếng của một số nước ASEAN, đăng tải trên các nền tảng mạng xã hội YouTube, Facebook.
Đơn vị thực hiện: Trung tâm Thông tin Xúc tiến du lịch Hà Nội.
Thời hạn: trước ngày 30/4/2020.
3. Biên soạn, in ấn 20.000 tờ gấp, bản đồ du lịch Hà Nội song ngữ Việt - Anh có thông tin về Năm ASEAN 2020, phát tại các điểm thông tin du lịch, Cảng hàng không quốc tế Nội Bài và các khách sạn phục vụ đại biểu hội nghị ASEAN.
Đơn vị thực hiện: Trung tâm Thông tin Xúc tiến du lịch Hà Nội.
Thời hạn: Quý I/2020.
4. Tổ chức đoàn famtrip cho 30 doanh nghiệp lữ hành và phóng viên báo chí các nước ASEAN khảo sát các sản phẩm du lịch mới của Hà Nội.
Đơn vị thực hiện: Phòng Quản lý lữ hành.
Thời hạn: Quý III/2020.
5. Tham gia Diễn đàn Du lịch ASEAN (ATF) 2020 và các hội chợ du lịch quốc tế tổ chức tại các nước ASEAN; giới thiệu sản phẩm, điểm đến du lịch Hà Nội tại gian hàng chung của Thành phố.
Đơn vị thực hiện: Trung tâm Thông tin Xúc tiến du lịch Hà Nội.
Thời hạn: Năm 2020.
6. Tổ chức Lễ hội Văn hóa ẩm thực ASEAN tại không gian đi bộ hồ Hoàn Kiếm và phụ cận nhân kỷ niệm Ngày thành lập ASEAN.
Đơn vị thực hiện: Phòng Phát triển sản phẩm du lịch chủ trì, phối hợp với Ủy ban nhân dân quận Hoàn Kiếm.
Thời hạn: Tháng 8/2020.
7. Tập huấn nghiệp vụ, kỹ năng giao tiếp, ngoại ngữ và kiến thức về ASEAN cho 200 hướng dẫn viên du lịch, nhân viên lễ tân phục vụ các đoàn khách dự hội nghị ASEAN.
Đơn vị thực hiện: Phòng Quản lý lữ hành; Phòng Quản lý cơ sở lưu trú du lịch.
Thời hạn: Quý II/2020.
8. Kiểm tra chất lượng dịch vụ, công tác bảo đảm an ninh, an toàn tại các cơ sở lưu trú du lịch đón đại biểu, khách mời các hội nghị ASEAN.
Đơn vị thực hiện: Thanh tra Sở.
Thời hạn: Theo lịch tổ chức các hội nghị ASEAN năm 2020.
9. Phối hợp với Sở Thông tin và Truyền thông tổ chức họp báo, cung cấp thông tin cho các cơ quan báo chí trong nước và quốc tế về các hoạt động du lịch phục vụ Năm Chủ tịch ASEAN 2020.
Đơn vị thực hiện: Văn phòng Sở.
Thời hạn: Quý II/2020.
10. Lắp đặt pa nô, áp phích, băng rôn chào mừng Năm Chủ tịch ASEAN 2020 tại các điểm đến du lịch trọng điểm và trung tâm thông tin du lịch của Thành phố.
Đơn vị thực hiện: Phòng Phát triển sản phẩm du lịch.
Thời hạn: trước ngày 15/01/2020.
@B III. KINH PHÍ THỰC HIỆN
1. Tổng kinh phí thực hiện Kế hoạch là 1.150.000.000 đồng (Một tỷ, một trăm năm mươi triệu đồng) từ nguồn ngân sách Thành phố giao Sở Du lịch năm 2020. Trong đó:
- Sản xuất video clip, ấn phẩm quảng bá (nhiệm vụ 2, 3): 650.000.000 đồng (Sáu trăm năm mươi triệu đồng);
- Tổ chức famtrip và tham gia hội chợ (nhiệm vụ 4, 5): 250.000.000 đồng (Hai trăm năm mươi triệu đồng);
- Tổ chức Lễ hội Văn hóa ẩm thực ASEAN và tập huấn (nhiệm vụ 6, 7): 250.000.000 đồng (Hai trăm năm mươi triệu đồng).
2. Các đơn vị chủ động vận động tài trợ, xã hội hóa từ các doanh nghiệp du lịch để tổ chức Lễ hội Văn hóa ẩm thực ASEAN.
@B IV. TỔ CHỨC THỰC HIỆN
1. Trung tâm Thông tin Xúc tiến du lịch Hà Nội là đầu mối theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Giám đốc Sở.
2. Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao xây dựng kế hoạch chi tiết, dự toán kinh phí và tổ chức thực hiện bảo đảm tiến độ.
3. Phòng Kế hoạch - Tài chính hướng dẫn các đơn vị lập dự toán, thanh quyết toán kinh phí theo quy định.
4. Đề nghị Ủy ban nhân dân các quận, huyện, thị xã phối hợp với Sở Du lịch trong việc tổ chức các hoạt động quảng bá du lịch trên địa bàn.
@B V. CHẾ ĐỘ BÁO CÁO
Các phòng, đơn vị báo cáo kết quả thực hiện về Sở (qua Trung tâm Thông tin Xúc tiến du lịch Hà Nội) trước ngày 20/6/2020 (báo cáo 6 tháng) và trước ngày 20/11/2020 (báo cáo năm) để tổng hợp, báo cáo Ủy ban nhân dân Thành phố và Sở Thông tin và Truyền thông.
Trên đây là Kế hoạch tuyên truyền, quảng bá du lịch Hà Nội gắn với Năm Chủ tịch ASEAN 2020 của Việt Nam. Đề nghị các phòng, đơn vị nghiêm túc triển khai thực hiện./.
@SIG Nơi nhận: | KT. GIÁM ĐỐC
@SIG - UBND Thành phố (để b/c); | PHÓ GIÁM ĐỐC
@SIG - Sở Thông tin và Truyền thông; | 
@SIG - Giám đốc Sở (để b/c); | 
@SIG - Các phòng, đơn vị thuộc Sở; | 
@SIG - Lưu: VT, TTXT. | Hoàng Văn Đông
"""

def build():
    src = mk_to_text(MK)
    (STAGE / "sources" / f"{NAME}.source.txt").write_text(src, encoding="utf-8")
    tmp = STAGE / "sources" / f"{NAME}.docx"
    docx_from_mk(MK, tmp, hdr="table", date_prefix="Hà Nội,")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(STAGE), str(tmp)],
                   check=True, capture_output=True, timeout=180)
    return src

if __name__ == "__main__":
    build(); print("built", NAME)
