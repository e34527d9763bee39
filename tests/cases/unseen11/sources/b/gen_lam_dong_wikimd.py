"""Plan 3 (layout: MARKDOWN EXPORT FROM A WIKI (Wiki.js style) with `*` bullets and **bold** numbering).

Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng, ASEAN 2023 (1160/QĐ-TTg generation), as a department's
document-library wiki stores it: YAML front matter (title/description/published/date/tags/editor/dateCreated),
a blockquote with the signed-PDF attachment link, the header block as bold lines with hard breaks (two trailing
spaces), NO `#` headings at all — every heading is a bold paragraph (`**I. MỤC ĐÍCH, YÊU CẦU**`, `**1. Mục đích**`),
bullets are `*` (field lines `* **Chủ trì:** …`), the cited documents are wiki links (`[Quyết định số 1160/QĐ-TTg](/…)`),
`*(Đã ký)*` in the signature, and a wiki footer (horizontal rule + "Người cập nhật" line).
The file is written verbatim below (LF line endings, UTF-8 without BOM)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE

HERE = Path(__file__).parent
NAME = "lam-dong_468-KH-SVHTTDL_2023_asean-wikimd"

MD = """---
title: KH 468/KH-SVHTTDL - Thông tin, tuyên truyền về ASEAN năm 2023
description: Kế hoạch của Sở VHTTDL về thông tin, tuyên truyền ASEAN trong lĩnh vực văn hóa, thể thao và du lịch năm 2023
published: true
date: 2023-03-14T02:11:45.332Z
tags: ke-hoach, asean, doi-ngoai, 2023
editor: markdown
dateCreated: 2023-02-22T08:20:05.120Z
---

> 📎 Bản gốc có chữ ký số: [468-KH-SVHTTDL-2023.pdf](/uploads/van-ban/2023/468-kh-svhttdl-2023.pdf) · Thư mục: [Văn bản đi 2023](/van-ban-di/2023)

**UBND TỈNH LÂM ĐỒNG**  
**SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH**  
Số: 468/KH-SVHTTDL

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**  
**Độc lập - Tự do - Hạnh phúc**  
*Lâm Đồng, ngày 21 tháng 02 năm 2023*

**KẾ HOẠCH**  
**Thông tin, tuyên truyền về ASEAN năm 2023 trong lĩnh vực văn hóa, thể thao và du lịch**

Căn cứ [Quyết định số 1160/QĐ-TTg](/van-ban/trung-uong/1160-qd-ttg-2021) ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn đến năm 2030;

Căn cứ [Kế hoạch số 8245/KH-UBND](/van-ban/tinh/8245-kh-ubnd-2021) ngày 30/11/2021 của UBND tỉnh Lâm Đồng về thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn tỉnh;

Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN năm 2023 trong lĩnh vực văn hóa, thể thao và du lịch như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

**1. Mục đích**

* Nâng cao nhận thức của công chức, viên chức, người lao động trong ngành và các doanh nghiệp du lịch trên địa bàn tỉnh về Cộng đồng ASEAN.
* Quảng bá hình ảnh, điểm đến du lịch Lâm Đồng tới thị trường khách các nước ASEAN; góp phần phục hồi hoạt động du lịch sau đại dịch COVID-19.

**2. Yêu cầu**

* Nội dung tuyên truyền chính xác, phù hợp với đối tượng; phối hợp chặt chẽ giữa các phòng, đơn vị thuộc Sở với các sở, ngành, địa phương.
* Bảo đảm tiết kiệm, hiệu quả, lồng ghép với nhiệm vụ chuyên môn của ngành.

**II. NỘI DUNG TUYÊN TRUYỀN**

* Chủ đề ASEAN năm 2023 “ASEAN tầm vóc: Tâm điểm của tăng trưởng”; kết quả hợp tác ASEAN trên 3 trụ cột, trọng tâm là trụ cột Văn hóa - Xã hội.
* Bản sắc Cộng đồng ASEAN; những nét tương đồng về văn hóa giữa các dân tộc ở Lâm Đồng và các nước ASEAN.
* Hợp tác du lịch ASEAN, các tiêu chuẩn du lịch ASEAN; tiềm năng du lịch của Lâm Đồng: thành phố Đà Lạt, Khu du lịch quốc gia hồ Tuyền Lâm, Không gian văn hóa cồng chiêng Tây Nguyên.

**III. NHIỆM VỤ CỤ THỂ**

**1. Tuyên truyền trên Trang thông tin điện tử và mạng xã hội của Sở**

Duy trì chuyên mục “ASEAN” trên Trang thông tin điện tử của Sở; đăng tải tin, bài, video về ASEAN trên Fanpage “Du lịch Lâm Đồng” và kênh Zalo của Sở.

* **Chủ trì:** Văn phòng Sở.
* **Phối hợp:** Các phòng, đơn vị thuộc Sở.
* **Thời gian:** Năm 2023.

**2. Tuyên truyền cổ động trực quan nhân kỷ niệm 56 năm Ngày thành lập ASEAN**

Treo cờ ASEAN, pa nô, băng rôn tại trụ sở Sở, Quảng trường Lâm Viên và các tuyến đường trung tâm thành phố Đà Lạt.

* **Chủ trì:** Phòng Quản lý Văn hóa.
* **Phối hợp:** Trung tâm Văn hóa Nghệ thuật tỉnh; UBND thành phố Đà Lạt.
* **Thời gian:** Tháng 8/2023.

**3. Giao lưu văn hóa nghệ thuật với các nước ASEAN**

Trung tâm Văn hóa Nghệ thuật tỉnh chủ trì, phối hợp với Phòng Quản lý Văn hóa xây dựng chương trình nghệ thuật giao lưu với các đoàn nghệ thuật các nước ASEAN trong khuôn khổ Tuần lễ Hoa Đà Lạt năm 2023; giới thiệu Không gian văn hóa cồng chiêng Tây Nguyên.

* **Thời gian:** Quý IV/2023.

**4. Quảng bá du lịch Lâm Đồng tại thị trường các nước ASEAN**

Tham gia Hội chợ Du lịch quốc tế Thành phố Hồ Chí Minh (ITE HCMC) năm 2023 và các sự kiện xúc tiến du lịch tại Thái Lan, Malaysia, Singapore; phát hành ấn phẩm, video quảng bá điểm đến Lâm Đồng bằng tiếng Anh, tiếng Thái.

* **Chủ trì:** Phòng Quản lý Du lịch.
* **Phối hợp:** Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh; Hiệp hội Du lịch Lâm Đồng.
* **Thời gian:** Quý II - Quý III/2023.

**5. Tham gia các hoạt động thể thao trong khu vực ASEAN**

Phối hợp tuyển chọn, cử vận động viên của tỉnh tham gia đội tuyển quốc gia dự SEA Games 32 tại Campuchia; tuyên truyền thành tích của các vận động viên Lâm Đồng tại Đại hội.

* **Chủ trì:** Phòng Quản lý Thể dục thể thao.
* **Phối hợp:** Trung tâm Huấn luyện và Thi đấu thể dục thể thao tỉnh.
* **Thời gian:** Tháng 4 - tháng 5/2023.

**6. Góc ASEAN tại Thư viện tỉnh**

Thư viện tỉnh Lâm Đồng duy trì, bổ sung tài liệu cho Góc ASEAN; tổ chức trưng bày sách, báo về ASEAN nhân Ngày thành lập ASEAN, tạo điều kiện cho học sinh, sinh viên tìm đọc tài liệu.

* **Thời gian:** Thường xuyên.

**7. Phổ biến tiêu chuẩn du lịch ASEAN cho cơ sở lưu trú, doanh nghiệp lữ hành**

Phổ biến tới các cơ sở lưu trú du lịch, doanh nghiệp lữ hành trên địa bàn tỉnh các tiêu chuẩn du lịch ASEAN (Tiêu chuẩn Homestay ASEAN, Tiêu chuẩn Nhà vệ sinh công cộng ASEAN) và đặc điểm thị trường khách các nước ASEAN.

* **Thời gian:** Quý III/2023.

**8. Trưng bày chuyên đề tại Bảo tàng Lâm Đồng**

Bảo tàng Lâm Đồng chủ trì, phối hợp với Phòng Quản lý Văn hóa tổ chức trưng bày chuyên đề “Lâm Đồng - Sắc màu văn hóa ASEAN”, giới thiệu hiện vật, hình ảnh về văn hóa các dân tộc Lâm Đồng và các nước ASEAN.

* **Thời gian:** Tháng 8 - tháng 9/2023.

**IV. KINH PHÍ THỰC HIỆN**

Kinh phí thực hiện từ nguồn kinh phí thường xuyên đã giao trong dự toán năm 2023 của các phòng, đơn vị và nguồn xã hội hóa (nếu có).

**V. TỔ CHỨC THỰC HIỆN**

**1. Văn phòng Sở**

* Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch.
* Tổng hợp kết quả thực hiện, báo cáo Sở Thông tin và Truyền thông trước ngày 30/11/2023.

**2. Các phòng chuyên môn, đơn vị sự nghiệp trực thuộc Sở**

* Chủ động xây dựng kế hoạch chi tiết, triển khai nhiệm vụ được giao.
* Báo cáo kết quả về Sở (qua Văn phòng Sở) trước ngày 20/11/2023.

**3. Đề nghị Phòng Văn hóa và Thông tin các huyện, thành phố**

* Phối hợp tổ chức các hoạt động tuyên truyền về ASEAN trên địa bàn.
* Lồng ghép nội dung về ASEAN trong các lễ hội, sự kiện văn hóa, thể thao của địa phương.

Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN năm 2023 của Sở Văn hóa, Thể thao và Du lịch./.

*Nơi nhận:*  
* Sở Thông tin và Truyền thông;
* UBND tỉnh (b/c);
* Giám đốc, các PGĐ Sở;
* Các phòng, đơn vị thuộc Sở;
* Phòng VH&TT các huyện, thành phố;
* Lưu: VT, VP.

**KT. GIÁM ĐỐC**  
**PHÓ GIÁM ĐỐC**  
*(Đã ký)*  
**Nguyễn Thị Bích Ngọc**

---

*Người cập nhật: vanthu.svhttdl · Lần sửa cuối: 14/03/2023 09:11 · Lượt xem: 57*
"""


def main():
    (STAGE / f"{NAME}.md").write_text(MD, encoding="utf-8")
    (HERE / f"{NAME}.source.txt").write_text(MD, encoding="utf-8")
    print("wrote", NAME)


if __name__ == "__main__":
    main()
