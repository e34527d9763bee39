"""Plan 2: UBND huyện Tháp Mười (Đồng Tháp), plain text, tasks only in a tab-separated PHỤ LỤC (STT 1..12)."""
import sys
sys.path.insert(0, "/work/unseen5a/sources")
from common import *

NAME = "dong-thap_thap-muoi_245-KH-UBND_2021_asean-annex"
HEAD = """ỦY BAN NHÂN DÂN                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN THÁP MƯỜI                                Độc lập - Tự do - Hạnh phúc

Số: 245/KH-UBND                       Tháp Mười, ngày 28 tháng 12 năm 2021

KẾ HOẠCH
Thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025
trên địa bàn huyện Tháp Mười
"""
BODY = """
Thực hiện Quyết định số 1160/QĐ-TTg ngày 13 tháng 7 năm 2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030; Kế hoạch số 312/KH-UBND ngày 10 tháng 11 năm 2021 của Ủy ban nhân dân tỉnh Đồng Tháp về thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025;
Ủy ban nhân dân huyện Tháp Mười ban hành Kế hoạch thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn huyện, cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân trong huyện về Cộng đồng ASEAN, về lợi ích và trách nhiệm khi Việt Nam là thành viên ASEAN; góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng.
- Khơi dậy tinh thần "Tư duy Cộng đồng, Hành động Cộng đồng", giúp doanh nghiệp, hợp tác xã và người dân chủ động tham gia, tận dụng các cơ hội từ Cộng đồng ASEAN.
2. Yêu cầu
- Thông tin tuyên truyền kịp thời, chính xác, phù hợp với đặc điểm vùng nông thôn, vùng Đồng Tháp Mười.
- Phát huy vai trò của hệ thống thông tin cơ sở; tăng cường công tác phối hợp thông tin giữa các cơ quan, đơn vị và địa phương.

II. NỘI DUNG TUYÊN TRUYỀN
- Chủ đề ASEAN theo từng năm; kết quả hợp tác trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam trong ASEAN.
- Hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế sau đại dịch.
- Bản sắc Cộng đồng ASEAN, những nét tương đồng về văn hóa giữa các quốc gia thành viên; cảm nhận thuộc về một cộng đồng chung.
- Cơ hội và thách thức đối với nông dân, doanh nghiệp, hợp tác xã của huyện trong lĩnh vực nông nghiệp, kinh tế số, chuyển đổi số.
- Tiềm năng, thế mạnh của huyện Tháp Mười về sản phẩm sen, lúa gạo, du lịch sinh thái và di tích lịch sử văn hóa.

III. NHIỆM VỤ CỤ THỂ
Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành được phân công tại Phụ lục kèm theo Kế hoạch này (có Phụ lục kèm theo).

IV. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và lồng ghép trong kinh phí hoạt động thường xuyên của các cơ quan, đơn vị.

V. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin huyện
- Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế hoạch.
- Tổng hợp, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông kết quả thực hiện trước ngày 05/12 hằng năm.
2. Trung tâm Văn hóa - Thể thao và Truyền thanh huyện
- Bố trí thời lượng phát sóng chuyên mục về ASEAN trên Đài Truyền thanh huyện; hướng dẫn Đài Truyền thanh các xã, thị trấn tiếp sóng, phát lại các chương trình về ASEAN.
3. Phòng Giáo dục và Đào tạo huyện
- Chỉ đạo các trường trung học cơ sở lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa, sinh hoạt dưới cờ.
4. Phòng Tài chính - Kế hoạch huyện
- Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách.
5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện
- Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt của đoàn viên, hội viên.
6. Ủy ban nhân dân các xã, thị trấn
- Xây dựng kế hoạch triển khai tại địa phương; chỉ đạo Đài Truyền thanh xã, thị trấn tiếp sóng các chương trình về ASEAN.
- Báo cáo kết quả thực hiện về Ủy ban nhân dân huyện (qua Phòng Văn hóa và Thông tin) trước ngày 15/6 và ngày 25/11 hằng năm.

Trên đây là Kế hoạch thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn huyện Tháp Mười. Yêu cầu Thủ trưởng các cơ quan, đơn vị và Chủ tịch Ủy ban nhân dân các xã, thị trấn triển khai thực hiện./.

Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- Sở Thông tin và Truyền thông;                       KT. CHỦ TỊCH
- TT. Huyện ủy, TT. HĐND huyện;                      PHÓ CHỦ TỊCH
- CT, các PCT UBND huyện;
- Các cơ quan, đơn vị có tên tại mục V;
- UBND các xã, thị trấn;
- Lưu: VT, VHTT.                                 Nguyễn Hoàng Khải

"""
ANNEX_HEAD = """PHỤ LỤC
DANH MỤC NHIỆM VỤ THÔNG TIN TUYÊN TRUYỀN VỀ ASEAN GIAI ĐOẠN 2021 - 2025
(Kèm theo Kế hoạch số 245/KH-UBND ngày 28/12/2021 của Ủy ban nhân dân huyện Tháp Mười)

"""
COLS = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Ghi chú"]
ROWS = [
 ("I", "Tuyên truyền trên hệ thống thông tin cơ sở và mạng xã hội", "", "", "", ""),
 ("1", "Xây dựng chuyên mục \"ASEAN - Cộng đồng chung\" phát trên sóng Đài Truyền thanh huyện", "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện", "Phòng Văn hóa và Thông tin huyện", "Hằng năm", "02 kỳ/tháng"),
 ("2", "Đăng tải tin, bài về ASEAN trên Trang thông tin điện tử huyện và trang mạng xã hội \"Tháp Mười ngày mới\"", "Phòng Văn hóa và Thông tin huyện", "Văn phòng HĐND và UBND huyện", "Thường xuyên", ""),
 ("3", "Tiếp sóng, phát lại các chương trình về Cộng đồng ASEAN của Đài Phát thanh và Truyền hình Đồng Tháp trên hệ thống loa truyền thanh cơ sở", "UBND các xã, thị trấn", "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện", "2022 - 2025", ""),
 ("II", "Tuyên truyền trực quan, văn hóa, thể thao", "", "", "", ""),
 ("4", "Treo cờ ASEAN, băng rôn, pa nô, áp phích tuyên truyền nhân Ngày thành lập ASEAN tại trung tâm huyện", "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện", "UBND thị trấn Mỹ An", "Tháng 8/2022", ""),
 ("5", "Tổ chức Hội thi tìm hiểu về Cộng đồng ASEAN cho đoàn viên, thanh niên", "Huyện đoàn Tháp Mười", "Phòng Văn hóa và Thông tin huyện", "Quý III/2023", ""),
 ("6", "Trưng bày, triển lãm ảnh \"Việt Nam - ASEAN, những câu chuyện thực tiễn\" kết hợp giới thiệu sản phẩm OCOP của huyện", "Phòng Văn hóa và Thông tin huyện", "Phòng Nông nghiệp và Phát triển nông thôn huyện", "Năm 2024", ""),
 ("III", "Giáo dục, bồi dưỡng và quảng bá", "", "", "", ""),
 ("7", "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở", "Phòng GD&ĐT huyện", "Huyện đoàn Tháp Mười", "Trước ngày 31/5/2023", ""),
 ("8", "Bổ sung sách, tài liệu về ASEAN cho Góc ASEAN tại Thư viện huyện", "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện", "", "Năm 2022", ""),
 ("9", "Cử cán bộ, báo cáo viên, tuyên truyền viên cơ sở tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do tỉnh tổ chức", "Phòng Văn hóa và Thông tin huyện", "Ban Tuyên giáo Huyện ủy", "Hằng năm", ""),
 ("10", "Hướng dẫn doanh nghiệp, hợp tác xã ứng dụng thương mại điện tử, chuyển đổi số, tham gia chuỗi cung ứng giá trị khu vực", "Phòng Kinh tế và Hạ tầng huyện", "Phòng Tài chính - Kế hoạch huyện", "2022 - 2025", ""),
 ("11", "Quảng bá tiềm năng du lịch Khu di tích Gò Tháp, Đồng Sen Tháp Mười tới du khách các nước ASEAN", "Phòng Văn hóa và Thông tin huyện", "UBND xã Tân Kiều, UBND xã Mỹ Hòa", "2022 - 2025", ""),
 ("12", "Theo dõi dư luận xã hội, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại và hội nhập ASEAN của Việt Nam", "Công an huyện", "Phòng Văn hóa và Thông tin huyện", "Thường xuyên", ""),
]

def build():
    table = "\t".join(COLS) + "\n" + "".join("\t".join(r) + "\n" for r in ROWS)
    text = N(HEAD + BODY + ANNEX_HEAD + table)
    (STAGE / "sources" / f"{NAME}.source.txt").write_text(text, encoding="utf-8")
    (STAGE / f"{NAME}.txt").write_text(text, encoding="utf-8")
    return text

if __name__ == "__main__":
    build(); print("built", NAME)
