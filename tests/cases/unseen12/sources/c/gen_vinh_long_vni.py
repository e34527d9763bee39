"""Plan 1 (layout: PLAIN TEXT IN THE LEGACY VNI-WINDOWS ENCODING).

UBND tỉnh Vĩnh Long, ASEAN 2019-2020 (02/QĐ-BCĐASEAN). The Unicode text below is what an office typist had in a
VNI-Times Word file; it is saved as "Plain Text, Western European (Windows)", so every Vietnamese letter becomes its
VNI byte sequence (vni.py), the header and signature tables become tab-separated lines, and lines end in CRLF.
Writes ../<NAME>.txt (VNI bytes) and sources/<NAME>.source.txt (the Unicode text: the gold's reference text)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
import vni

HERE = Path(__file__).parent
NAME = "vinh-long_1872-KH-UBND_2019_asean-vni"

TEXT = """\
ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH VĨNH LONG\tĐộc lập - Tự do - Hạnh phúc
\t
Số: 1872/KH-UBND\tVĩnh Long, ngày 15 tháng 8 năm 2019

KẾ HOẠCH
Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020
trên địa bàn tỉnh Vĩnh Long

Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN về việc ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020; Công văn số 03/BTTTT-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN về việc triển khai Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020;
Ủy ban nhân dân tỉnh Vĩnh Long ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh như sau:

I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích
- Tiếp tục nâng cao nhận thức của cán bộ, công chức, viên chức, doanh nghiệp và Nhân dân trong tỉnh về Cộng đồng ASEAN, về vai trò của Việt Nam trong ASEAN, chuẩn bị cho năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020.
- Giúp doanh nghiệp, hợp tác xã và người dân nắm bắt được cơ hội để phát triển, chủ động vượt qua thách thức khi Việt Nam hội nhập sâu rộng vào Cộng đồng ASEAN; góp phần phản bác các thông tin sai trái về tiến trình hội nhập ASEAN của Việt Nam.
- Quảng bá hình ảnh, tiềm năng, thế mạnh của tỉnh Vĩnh Long đến bạn bè các nước ASEAN.
2. Yêu cầu
- Công tác tuyên truyền phải kịp thời, chính xác, đúng định hướng, góp phần đưa công tác tuyên truyền về ASEAN trở thành dòng chảy chính của công tác hội nhập ASEAN.
- Có sự phối hợp chặt chẽ giữa các sở, ban, ngành, đoàn thể tỉnh với Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan báo chí trên địa bàn tỉnh.

II. NỘI DUNG TUYÊN TRUYỀN
- Thông tin về ASEAN: vai trò, vị thế của ASEAN trong khu vực và thế giới; những thành tựu của Cộng đồng ASEAN trên 3 trụ cột; đất nước, con người, văn hóa các nước ASEAN.
- Các sự kiện quan trọng của ASEAN trong năm 2019 và năm 2020: chủ đề năm ASEAN 2019 "Thúc đẩy quan hệ đối tác vì sự bền vững"; Năm Chủ tịch ASEAN 2020 của Việt Nam với chủ đề "Gắn kết và Chủ động thích ứng"; kỷ niệm 25 năm Việt Nam gia nhập ASEAN.
- Cơ hội, thách thức đối với doanh nghiệp, hợp tác xã, nông dân của tỉnh khi tham gia thị trường ASEAN, nhất là đối với các mặt hàng nông sản, trái cây, gạch gốm.

III. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tuyên truyền trên báo chí và Cổng Thông tin điện tử tỉnh
- Nội dung: Báo Vĩnh Long, Đài Phát thanh và Truyền hình Vĩnh Long mở chuyên trang, chuyên mục về ASEAN; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam; Cổng Thông tin điện tử tỉnh đăng tải tin, bài về Năm Chủ tịch ASEAN 2020.
- Đơn vị chủ trì: Sở Thông tin và Truyền thông.
- Đơn vị phối hợp: Báo Vĩnh Long, Đài Phát thanh và Truyền hình Vĩnh Long, Văn phòng UBND tỉnh.
- Thời gian thực hiện: 2019 - 2020.
2. Chia sẻ cơ sở dữ liệu và phát triển công cụ truyền thông mới
- Nội dung: Kết nối, chia sẻ cơ sở dữ liệu về ASEAN giữa các sở, ngành, địa phương với Cổng thông tin ASEAN Việt Nam; chia sẻ tin, bài từ Ứng dụng và Fanpage "ASEAN và Việt Nam" trên mạng xã hội, trang thông tin điện tử của các sở, ngành, địa phương.
- Đơn vị chủ trì: Sở Thông tin và Truyền thông.
- Đơn vị phối hợp: Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố.
- Thời gian thực hiện: Thường xuyên.
3. Tập huấn nghiệp vụ tuyên truyền về ASEAN
- Nội dung: Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên, phóng viên, biên tập viên, cán bộ làm công tác thông tin cơ sở; cử cán bộ tham dự các lớp tập huấn do Bộ Thông tin và Truyền thông tổ chức.
- Đơn vị chủ trì: Sở Thông tin và Truyền thông.
- Đơn vị phối hợp: Ban Tuyên giáo Tỉnh ủy, Hội Nhà báo tỉnh.
- Thời gian thực hiện: Quý IV/2019.
4. Lồng ghép tuyên truyền trong các tổ chức đoàn thể
- Nội dung: Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện chuyên đề, sinh hoạt chi đoàn, chi hội phụ nữ, chi hội nông dân, nhằm tối đa hóa tính lan tỏa của các hoạt động tuyên truyền.
- Đơn vị chủ trì: Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh.
- Đơn vị phối hợp: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh.
- Thời gian thực hiện: 2019 - 2020.
5. Thông tin cho doanh nghiệp về Trụ cột Kinh tế ASEAN
- Nội dung: Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, Cơ chế một cửa ASEAN, thương mại điện tử; hướng dẫn doanh nghiệp khai thác Hệ thống thông tin doanh nghiệp ASEAN (ASEAN BIS) để tìm kiếm cơ hội kinh doanh.
- Đơn vị chủ trì: Sở Công Thương.
- Đơn vị phối hợp: Sở Kế hoạch và Đầu tư, Hiệp hội Doanh nghiệp tỉnh.
- Thời gian thực hiện: Quý II/2020.
6. Xúc tiến thương mại, đầu tư và du lịch
- Nội dung: Tổ chức cho doanh nghiệp tham gia hội chợ, triển lãm tại các nước ASEAN; quảng bá tiềm năng, thế mạnh, các dự án kêu gọi đầu tư và sản phẩm đặc sản của tỉnh (vú sữa Lò Rèn, cam sành Tam Bình, gốm đỏ Mang Thít) tại các hội chợ quốc tế.
- Đơn vị chủ trì: Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh.
- Đơn vị phối hợp: Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch.
- Thời gian thực hiện: Năm 2020.
7. Tuyên truyền cổ động trực quan và giao lưu văn hóa
- Nội dung: Treo băng rôn, khẩu hiệu, pa nô, áp phích tại trung tâm thành phố Vĩnh Long và các huyện, thị xã nhân kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020); tổ chức triển lãm ảnh "Việt Nam - ASEAN" tại Bảo tàng tỉnh.
- Đơn vị chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Đơn vị phối hợp: UBND thành phố Vĩnh Long; UBND các huyện, thị xã.
- Thời gian thực hiện: Tháng 7/2020.
8. Biên soạn, phát hành tài liệu tuyên truyền
- Nội dung: Biên soạn, in ấn, phát hành tờ rơi, tài liệu hỏi - đáp về Cộng đồng ASEAN cấp phát cho các xã, phường, thị trấn.
- Đơn vị chủ trì: Sở Thông tin và Truyền thông.
- Đơn vị phối hợp: Ban Tuyên giáo Tỉnh ủy.
- Thời gian thực hiện: Quý I/2020.

IV. KINH PHÍ THỰC HIỆN
Kinh phí thực hiện Kế hoạch từ nguồn ngân sách nhà nước được bố trí trong dự toán năm 2019, năm 2020 của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành; nguồn xã hội hóa và các nguồn hợp pháp khác.
Tổng kinh phí dự kiến từ ngân sách tỉnh: 350 triệu đồng (năm 2019: 120 triệu đồng; năm 2020: 230 triệu đồng).

V. TỔ CHỨC THỰC HIỆN
1. Sở Thông tin và Truyền thông
- Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch; xây dựng cơ chế phối hợp thông tin tuyên truyền về ASEAN theo chiều ngang và chiều dọc; định hướng các cơ quan báo chí về nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn.
- Tổng hợp, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện Kế hoạch trước ngày 15/12 hằng năm.
2. Sở Tài chính
- Thẩm định, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định.
3. Báo Vĩnh Long, Đài Phát thanh và Truyền hình Vĩnh Long
- Xây dựng chuyên mục, tăng thời lượng tin, bài về ASEAN trên sóng phát thanh, truyền hình và báo in, báo điện tử.
4. Các sở, ban, ngành, đoàn thể tỉnh; UBND các huyện, thị xã, thành phố
- Căn cứ Kế hoạch này, xây dựng kế hoạch tuyên truyền về ASEAN phù hợp với chức năng, nhiệm vụ; báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 05/12 hằng năm để tổng hợp.

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo./.

Nơi nhận:\tTM. ỦY BAN NHÂN DÂN
- Ban Chỉ đạo TTTT ASEAN;\tKT. CHỦ TỊCH
- Bộ Thông tin và Truyền thông;\tPHÓ CHỦ TỊCH
- TT.TU, TT.HĐND tỉnh;\t
- CT, các PCT UBND tỉnh;\t
- Các sở, ban, ngành, đoàn thể tỉnh;\t
- Báo Vĩnh Long, Đài PT-TH Vĩnh Long;\t
- UBND các huyện, thị xã, thành phố;\t
- LĐVP UBND tỉnh;\t
- Lưu: VT, 5.02.05.\tLê Quang Định
"""


def main():
    (HERE / f"{NAME}.source.txt").write_text(TEXT, encoding="utf-8")
    data = vni.to_vni(TEXT.replace("\n", "\r\n"))
    (STAGE / f"{NAME}.txt").write_bytes(data)
    assert vni.from_vni(data).replace("\r\n", "\n") == TEXT
    print("wrote", STAGE / f"{NAME}.txt", len(data), "bytes")


if __name__ == "__main__":
    main()
