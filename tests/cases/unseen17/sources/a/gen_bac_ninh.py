"""Plan 1 — Sở Lao động - Thương binh và Xã hội tỉnh Bắc Ninh, 1932/KH-LĐTBXH (15/8/2022), asean-2021-2025, delivered as
the DOCX the office saved (python-docx: header table with the parent body over the issuer, typed numbering, the three
roles run together in ONE paragraph after each task's content, `KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC`)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
from kit16 import page_numbers, underline_cell_line
NAME = "bac-ninh_1932-KH-LDTBXH_2022_asean-ldtbxhdocx"
BODY = [
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("P", "Thực hiện Kế hoạch số 512/KH-UBND ngày 28/10/2021 của Ủy ban nhân dân tỉnh Bắc Ninh về thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh giai đoạn 2021 - 2025; Công văn số 2406/LĐTBXH-HTQT ngày 20/7/2022 của Bộ Lao động - Thương binh và Xã hội về việc đẩy mạnh thông tin về hợp tác ASEAN trong lĩnh vực lao động - xã hội,"),
 ("P", "Sở Lao động - Thương binh và Xã hội ban hành Kế hoạch thông tin, tuyên truyền về ASEAN trong lĩnh vực lao động, người có công và xã hội giai đoạn 2022 - 2025 như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Nâng cao nhận thức của công chức, viên chức, người lao động, người sử dụng lao động trên địa bàn tỉnh về hợp tác ASEAN trong lĩnh vực lao động, việc làm, giáo dục nghề nghiệp và an sinh xã hội; góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của người dân."),
 ("P", "- Giúp người lao động nắm bắt cơ hội việc làm, dịch chuyển lao động có kỹ năng trong khu vực; chủ động nâng cao trình độ, kỹ năng nghề đáp ứng yêu cầu hội nhập."),
 ("H", "2. Yêu cầu"),
 ("P", "- Nội dung thông tin chính xác, thiết thực, gắn với nhiệm vụ chuyên môn của ngành; lồng ghép với các hoạt động thường xuyên của Sở, tránh hình thức, lãng phí."),
 ("P", "- Các phòng, đơn vị thuộc Sở phối hợp chặt chẽ với các sở, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố trong quá trình thực hiện."),
 ("H", "II. NHIỆM VỤ CỤ THỂ"),
 ("H", "1. Thông tin về hợp tác ASEAN trong lĩnh vực lao động - xã hội"),
 ("P", "Phổ biến các nội dung hợp tác của Trụ cột Văn hóa - Xã hội ASEAN trong lĩnh vực lao động, phúc lợi xã hội và phát triển; các tuyên bố, cam kết của ASEAN về bảo vệ quyền của người lao động di cư, an sinh xã hội, bình đẳng giới và bảo vệ trẻ em mà Việt Nam tham gia."),
 ("P", "Đơn vị chủ trì: Văn phòng Sở. Đơn vị phối hợp: Phòng Bảo trợ xã hội; Phòng Trẻ em và Bình đẳng giới. Thời gian thực hiện: Hằng năm."),
 ("H", "2. Tuyên truyền về dịch chuyển lao động có kỹ năng trong ASEAN"),
 ("P", "Thông tin về các Thỏa thuận công nhận lẫn nhau (MRA) về dịch vụ nghề nghiệp trong ASEAN, cơ hội và điều kiện dịch chuyển lao động có kỹ năng; phổ biến cho người lao động tại các khu công nghiệp Yên Phong, Quế Võ, VSIP Bắc Ninh về yêu cầu kỹ năng, ngoại ngữ khi làm việc tại các nước ASEAN."),
 ("P", "Đơn vị chủ trì: Phòng Việc làm - An toàn lao động. Đơn vị phối hợp: Trung tâm Dịch vụ việc làm tỉnh; Ban Quản lý các khu công nghiệp Bắc Ninh. Thời gian thực hiện: Năm 2022 - 2025."),
 ("H", "3. Lồng ghép thông tin thị trường lao động ASEAN tại các phiên giao dịch việc làm"),
 ("P", "Cung cấp thông tin về thị trường lao động, nhu cầu tuyển dụng của các nước ASEAN và của doanh nghiệp có vốn đầu tư từ các nước ASEAN trên địa bàn tỉnh tại các phiên giao dịch việc làm định kỳ hằng tháng và trên Cổng thông tin việc làm của Trung tâm."),
 ("P", "Đơn vị chủ trì: Trung tâm Dịch vụ việc làm tỉnh. Đơn vị phối hợp: Phòng Việc làm - An toàn lao động. Thời gian thực hiện: Thường xuyên."),
 ("H", "4. Thông tin về Khung tham chiếu trình độ ASEAN trong giáo dục nghề nghiệp"),
 ("P", "Hướng dẫn các cơ sở giáo dục nghề nghiệp phổ biến Khung tham chiếu trình độ ASEAN (AQRF), lồng ghép nội dung về Cộng đồng ASEAN vào hoạt động ngoại khóa cho học sinh, sinh viên; tuyển chọn, bồi dưỡng học sinh, sinh viên tham dự Kỳ thi kỹ năng nghề quốc gia hướng tới Kỳ thi tay nghề ASEAN."),
 ("P", "Đơn vị chủ trì: Phòng Giáo dục nghề nghiệp. Đơn vị phối hợp: Các trường cao đẳng, trung cấp trên địa bàn tỉnh. Thời gian thực hiện: Năm 2023 - 2024."),
 ("H", "5. Tuyên truyền về lao động đi làm việc tại các nước ASEAN theo hợp đồng"),
 ("P", "Phổ biến quy định về người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng; cảnh báo các thủ đoạn lừa đảo, môi giới bất hợp pháp, mua bán người qua biên giới sang các nước ASEAN; hỗ trợ tư vấn việc làm cho người lao động trở về từ các nước ASEAN do ảnh hưởng của đại dịch COVID-19."),
 ("P", "Đơn vị chủ trì: Phòng Việc làm - An toàn lao động. Đơn vị phối hợp: Công an tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố. Thời gian thực hiện: Thường xuyên."),
 ("H", "6. Xây dựng tin, bài về mô hình, điển hình trong hợp tác lao động với các nước ASEAN"),
 ("P", "Giới thiệu các mô hình, cá nhân điển hình người lao động, doanh nghiệp thành công nhờ hợp tác lao động, đào tạo nghề với các nước ASEAN; đăng tải trên Trang thông tin điện tử của Sở, mỗi quý ít nhất 01 tin, bài."),
 ("P", "Đơn vị chủ trì: Văn phòng Sở. Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở. Thời gian thực hiện: Năm 2022 - 2025."),
 ("H", "7. Bồi dưỡng kỹ năng thông tin, tuyên truyền về ASEAN"),
 ("P", "Cử công chức, viên chức làm công tác thông tin, tuyên truyền tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Lao động - Thương binh và Xã hội, Sở Thông tin và Truyền thông tổ chức."),
 ("P", "Đơn vị chủ trì: Văn phòng Sở. Thời gian thực hiện: Năm 2023."),
 ("H", "III. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn chi thường xuyên trong dự toán được giao hằng năm của Sở và các đơn vị sự nghiệp trực thuộc; lồng ghép trong kinh phí thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 và các nguồn kinh phí hợp pháp khác."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Văn phòng Sở"),
 ("P", "Là đầu mối hướng dẫn, theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch; tổng hợp kết quả thực hiện, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 25/11 hằng năm."),
 ("H", "2. Phòng Kế hoạch - Tài chính"),
 ("P", "Tham mưu bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của Sở; hướng dẫn các đơn vị thanh, quyết toán theo quy định."),
 ("H", "3. Các phòng chuyên môn, đơn vị sự nghiệp thuộc Sở"),
 ("P", "Căn cứ nhiệm vụ được giao, xây dựng nội dung cụ thể và tổ chức thực hiện; gửi báo cáo kết quả về Văn phòng Sở trước ngày 15/11 hằng năm để tổng hợp."),
 ("H", "4. Đề nghị Phòng Lao động - Thương binh và Xã hội các huyện, thị xã, thành phố"),
 ("P", "Tham mưu Ủy ban nhân dân cấp huyện lồng ghép nội dung thông tin về ASEAN trong lĩnh vực lao động - xã hội vào các hoạt động tuyên truyền tại địa phương."),
 ("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN trong lĩnh vực lao động, người có công và xã hội giai đoạn 2022 - 2025 của Sở Lao động - Thương binh và Xã hội tỉnh Bắc Ninh. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở xem xét, giải quyết./."),
]
RECIP = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Thông tin và Truyền thông;", "- Giám đốc, các PGĐ Sở;",
         "- Các phòng, đơn vị thuộc Sở;", "- Phòng LĐTBXH các huyện, TX, TP;", "- Lưu: VT, VP."]
SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "", "Ngô Thị Hương Giang"]


def main():
    doc = new_doc(size=14)
    set_core(doc, "VP So LDTBXH", "2022-08-11T14:05:00", "2022-08-15T09:12:00", title="KH ASEAN 2022-2025")
    page_numbers(doc)
    t = header(doc, size=12.5, wl=6.6, wr=9.9,
               left=["UBND TỈNH BẮC NINH", "SỞ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI", "", "Số: 1932/KH-LĐTBXH"],
               right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                      "Bắc Ninh, ngày 15 tháng 8 năm 2022"])
    underline_cell_line(t.cell(1, 1), 0)
    for r in t.cell(0, 0).paragraphs[0].runs:
        r.bold = False
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Thông tin, tuyên truyền về ASEAN trong lĩnh vực lao động, người có công\nvà xã hội giai đoạn 2022 - 2025", align="center", bold=True, after=12)
    for kind, text in BODY:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    out = STAGE / f"{NAME}.docx"
    doc.save(out)
    print("wrote", out)


main()
