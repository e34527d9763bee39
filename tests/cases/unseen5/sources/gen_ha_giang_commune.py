"""Plan 4: UBND xã Lũng Cú (Đồng Văn, Hà Giang), typed DOCX: no Word numbering, header aligned with tabs/spaces (no table)."""
import sys
sys.path.insert(0, "/work/unseen5a/sources")
from common import *

NAME = "ha-giang_lung-cu_28-KH-UBND_2022_asean-commune"
MK = """
@HDR    UBND HUYỆN ĐỒNG VĂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@HDR ỦY BAN NHÂN DÂN XÃ LŨNG CÚ |          Độc lập - Tự do - Hạnh phúc
@HDR        Số: 28/KH-UBND |       Lũng Cú, ngày 14 tháng 3 năm 2022
@C KẾ HOẠCH
@C Thông tin tuyên truyền về ASEAN năm 2022 trên địa bàn xã Lũng Cú
Thực hiện Kế hoạch số 56/KH-UBND ngày 25/02/2022 của Ủy ban nhân dân huyện Đồng Văn về thông tin tuyên truyền về ASEAN năm 2022, Ủy ban nhân dân xã Lũng Cú xây dựng Kế hoạch thực hiện trên địa bàn xã như sau:
@B I. MỤC ĐÍCH, YÊU CẦU
@B 1. Mục đích
- Giúp cán bộ, đảng viên và Nhân dân các dân tộc trên địa bàn xã hiểu biết cơ bản về Cộng đồng ASEAN và lợi ích khi Việt Nam là thành viên ASEAN.
- Góp phần xây dựng khu vực biên giới hòa bình, hữu nghị, hợp tác và phát triển.
@B 2. Yêu cầu
- Tuyên truyền bằng tiếng phổ thông và tiếng Mông, ngắn gọn, dễ hiểu, phù hợp với phong tục, tập quán của đồng bào.
- Lồng ghép với các nhiệm vụ chính trị của địa phương, không phô trương, hình thức.
@B II. NỘI DUNG TUYÊN TRUYỀN
- Khái quát về ASEAN và Cộng đồng ASEAN với 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; chủ đề Năm ASEAN 2022.
- Những nét tương đồng về văn hóa, phong tục giữa các dân tộc Việt Nam và Nhân dân các nước ASEAN.
- Chủ trương, chính sách của Đảng, Nhà nước về đối ngoại và bảo vệ chủ quyền biên giới quốc gia.
@B III. NHIỆM VỤ CỤ THỂ
@B 1. Tuyên truyền trên hệ thống truyền thanh cơ sở
Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Đài Truyền thanh xã biên tập, phát sóng tin, bài về ASEAN bằng tiếng phổ thông và tiếng Mông trên hệ thống loa truyền thanh của xã và các thôn, tối thiểu 02 lần/tháng.
- Thời gian thực hiện: Cả năm 2022.
@B 2. Tuyên truyền trực quan
Công chức Văn hóa - Xã hội phối hợp với Đồn Biên phòng Lũng Cú treo băng rôn, khẩu hiệu, pa nô tuyên truyền về ASEAN tại trung tâm xã và khu vực Cột cờ Lũng Cú nhân Ngày thành lập ASEAN.
- Thời gian thực hiện: Tháng 8/2022.
@B 3. Lồng ghép tuyên truyền trong sinh hoạt của các đoàn thể
Ủy ban Mặt trận Tổ quốc Việt Nam xã, Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã và Hội Nông dân xã lồng ghép nội dung về ASEAN trong các buổi sinh hoạt chi hội, họp thôn.
- Thời gian thực hiện: Thường xuyên.
@B 4. Tuyên truyền trong trường học
Trường Phổ thông dân tộc bán trú Trung học cơ sở Lũng Cú lồng ghép giới thiệu về các nước ASEAN trong giờ sinh hoạt dưới cờ, hoạt động ngoại khóa; tổ chức cho học sinh tìm hiểu về ASEAN qua tranh ảnh, câu đố.
- Thời gian thực hiện: Tháng 4 - tháng 5/2022.
@B 5. Bổ sung sách, tài liệu về ASEAN
Công chức Văn hóa - Xã hội tiếp nhận, bổ sung sách, tài liệu về ASEAN do huyện cấp vào Điểm Bưu điện - Văn hóa xã và tủ sách pháp luật của xã.
- Thời gian thực hiện: Quý III/2022.
@B 6. Quảng bá tiềm năng du lịch của xã
Công chức Văn hóa - Xã hội phối hợp với Hợp tác xã du lịch cộng đồng thôn Lô Lô Chải giới thiệu sản phẩm du lịch cộng đồng, bản sắc văn hóa dân tộc Lô Lô, Mông tới du khách các nước ASEAN.
- Thời gian thực hiện: Năm 2022.
@B 7. Tham gia bồi dưỡng kỹ năng tuyên truyền
Cử công chức Văn hóa - Xã hội, cán bộ Đài Truyền thanh xã và tuyên truyền viên các thôn tham gia lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN do huyện tổ chức.
- Thời gian thực hiện: Theo kế hoạch của huyện.
@B 8. Nắm bắt tình hình dư luận
Công an xã chủ trì, phối hợp với Đồn Biên phòng Lũng Cú nắm bắt tình hình, kịp thời phát hiện, phản bác thông tin sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước trên mạng xã hội và trong cộng đồng dân cư.
- Thời gian thực hiện: Thường xuyên.
@B IV. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện Kế hoạch được chi từ nguồn kinh phí sự nghiệp văn hóa thông tin của xã năm 2022 và các nguồn huy động hợp pháp khác (nếu có).
@B V. TỔ CHỨC THỰC HIỆN
@B 1. Công chức Văn hóa - Xã hội
- Tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; theo dõi, đôn đốc các thôn, đơn vị thực hiện.
- Tổng hợp kết quả, tham mưu báo cáo theo quy định.
@B 2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã
- Phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tìm hiểu về Cộng đồng ASEAN.
@B 3. Trưởng các thôn
- Tuyên truyền về ASEAN tại các cuộc họp thôn.
- Báo cáo kết quả về Ủy ban nhân dân xã (qua công chức Văn hóa - Xã hội) trước ngày 05/6 và ngày 05/12/2022.
@B VI. CHẾ ĐỘ BÁO CÁO
Ủy ban nhân dân xã báo cáo kết quả thực hiện Kế hoạch về Ủy ban nhân dân huyện (qua Phòng Văn hóa và Thông tin huyện) định kỳ 6 tháng, năm.
Trên đây là Kế hoạch thông tin tuyên truyền về ASEAN năm 2022 trên địa bàn xã Lũng Cú, đề nghị các ban, ngành, đoàn thể và các thôn triển khai thực hiện./.
@SIG Nơi nhận: |         T/M ỦY BAN NHÂN DÂN
@SIG - UBND huyện Đồng Văn (b/c); |                CHỦ TỊCH
@SIG - Phòng VH&TT huyện; | 
@SIG - TT Đảng ủy, HĐND xã; | 
@SIG - Các ban, ngành, đoàn thể xã; | 
@SIG - Trưởng các thôn; | 
@SIG - Lưu: VT. |             Giàng Mí Sính
"""

def build():
    src = mk_to_text(MK)
    (STAGE / "sources" / f"{NAME}.source.txt").write_text(src, encoding="utf-8")
    docx_from_mk(MK, STAGE / f"{NAME}.docx", hdr="tabs", date_prefix="Lũng Cú,")
    return src

if __name__ == "__main__":
    build(); print("built", NAME)
