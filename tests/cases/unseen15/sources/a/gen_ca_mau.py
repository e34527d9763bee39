"""Plan 1 — Cà Mau, UBND tỉnh, 148/KH-UBND (26/8/2022), asean-2021-2025. Ordinary Word DOCX (python-docx): header
table, typed Roman/Arabic labels in bold, justified body. Set 15 wording: roles in running text (`Giao X chủ trì, phối
hợp với Y`, `X chủ trì tham mưu …; Y, Z phối hợp thực hiện`, `X phối hợp với Y, Z …`, `X chủ trì, Y phối hợp`,
`X, Y theo chức năng, nhiệm vụ`), abbreviations (Sở TT&TT, Sở VH,TT&DL, Đài PT-TH tỉnh, Sở KH&ĐT), times (`thường
xuyên, liên tục`, `năm 2022 và các năm tiếp theo`, `trước ngày 30/9/2022`, `quý IV/2022`, `tháng 10-11/2023`, `dịp
kỷ niệm Ngày thành lập ASEAN (08/8) hằng năm`, `Định kỳ 6 tháng (trước ngày 15/6 và 15/12)`), money (`dự toán chi
thường xuyên … theo phân cấp`, `huy động xã hội hóa`, `350 triệu đồng` from `nguồn kinh phí sự nghiệp thông tin`)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
NAME = "ca-mau_148-KH-UBND_2022_asean-runningroles"
BODY = [
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("P", "Thực hiện Công văn số 2254/BTTTT-TTĐN ngày 30/6/2022 của Bộ Thông tin và Truyền thông về việc hướng dẫn triển khai công tác thông tin tuyên truyền về ASEAN năm 2022;"),
 ("P", "Ủy ban nhân dân tỉnh Cà Mau ban hành Kế hoạch thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh giai đoạn 2022 - 2025, cụ thể như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Nâng cao nhận thức của cán bộ, đảng viên, doanh nghiệp và Nhân dân trong tỉnh về Cộng đồng ASEAN, về vai trò và những đóng góp của Việt Nam trong ASEAN; góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng theo tinh thần \"Tư duy Cộng đồng, Hành động Cộng đồng\"."),
 ("P", "- Củng cố bản sắc Cộng đồng ASEAN, nâng cao cảm nhận thuộc về một cộng đồng chung của người dân trong tỉnh."),
 ("P", "- Quảng bá hình ảnh, tiềm năng, thế mạnh của tỉnh Cà Mau đến các nước thành viên ASEAN và các đối tác, góp phần thu hút đầu tư, phát triển du lịch."),
 ("H", "2. Yêu cầu"),
 ("P", "- Công tác thông tin, tuyên truyền phải bám sát Chủ đề ASEAN theo từng năm, chủ trương, đường lối đối ngoại của Đảng, chính sách, pháp luật của Nhà nước; bảo đảm chính xác, kịp thời, phù hợp với từng đối tượng."),
 ("P", "- Gắn với nhiệm vụ chuyển đổi số của tỉnh; đa dạng hóa hình thức tuyên truyền, chú trọng các nền tảng số."),
 ("H", "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
 ("H", "1. Thông tin, tuyên truyền về Chủ đề ASEAN hằng năm và hợp tác trên 3 trụ cột"),
 ("P", "Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy định hướng các cơ quan báo chí của tỉnh thông tin, tuyên truyền về Chủ đề ASEAN của từng năm, kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam vào việc xây dựng Cộng đồng ASEAN. Nhiệm vụ thực hiện thường xuyên, liên tục."),
 ("H", "2. Duy trì chuyên trang, chuyên mục về ASEAN trên báo chí và Cổng Thông tin điện tử tỉnh"),
 ("P", "Báo Cà Mau, Đài PT-TH tỉnh và Cổng Thông tin điện tử tỉnh duy trì, nâng cao chất lượng chuyên trang, chuyên mục về ASEAN trên các ấn phẩm, sóng phát thanh, truyền hình và nền tảng số, năm 2022 và các năm tiếp theo. Cổng Thông tin điện tử tỉnh hoàn thành việc mở chuyên mục \"Cà Mau hội nhập ASEAN\" trước ngày 30/9/2022."),
 ("H", "3. Thông tin về cơ hội kinh doanh, đầu tư và các lĩnh vực hợp tác mới"),
 ("P", "Sở Công Thương chủ trì tham mưu tổ chức hội nghị phổ biến cho doanh nghiệp, hợp tác xã về thương mại điện tử, chuỗi cung ứng giá trị khu vực, cơ chế hải quan một cửa ASEAN và kinh tế số trong bối cảnh phục hồi kinh tế sau đại dịch COVID-19; tổ chức 01 hội nghị trong quý IV/2022 và 01 hội nghị trong quý III/2023. Sở Kế hoạch và Đầu tư, Hiệp hội Doanh nghiệp tỉnh phối hợp thực hiện."),
 ("H", "4. Quảng bá tiềm năng, thế mạnh của tỉnh tới các nước ASEAN"),
 ("P", "Sở VH,TT&DL phối hợp với Sở KH&ĐT, Sở Ngoại vụ xây dựng video clip, ấn phẩm quảng bá du lịch Mũi Cà Mau, Vườn quốc gia U Minh Hạ, các sản phẩm OCOP và đặc sản của tỉnh tới du khách, nhà đầu tư các nước ASEAN; thời gian thực hiện: năm 2023 - 2024."),
 ("H", "5. Theo dõi dư luận, phản bác thông tin sai trái"),
 ("P", "Công an tỉnh chủ trì, phối hợp với Sở TT&TT, Đài PT-TH tỉnh theo dõi, nắm bắt dư luận xã hội trên không gian mạng; kịp thời phát hiện, đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam."),
 ("H", "6. Nâng cao năng lực cho đội ngũ làm công tác thông tin đối ngoại"),
 ("P", "Sở Ngoại vụ, Sở Thông tin và Truyền thông theo chức năng, nhiệm vụ cử cán bộ, phóng viên, biên tập viên tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Thông tin và Truyền thông, Bộ Ngoại giao tổ chức."),
 ("H", "7. Tuyên truyền trực quan"),
 ("P", "UBND các huyện, thành phố Cà Mau chủ trì thực hiện tuyên truyền trực quan bằng băng rôn, pa nô, áp phích, treo cờ ASEAN tại trụ sở cơ quan và các tuyến đường chính vào dịp kỷ niệm Ngày thành lập ASEAN (08/8) hằng năm."),
 ("H", "8. Tuyên truyền về ASEAN trong trường học"),
 ("P", "Sở Giáo dục và Đào tạo chủ trì, Tỉnh Đoàn phối hợp lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông trong tháng 10-11/2023."),
 ("H", "III. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành; khuyến khích huy động xã hội hóa để tổ chức các hoạt động quảng bá. Năm 2022, Sở Thông tin và Truyền thông được bố trí 350 triệu đồng từ nguồn kinh phí sự nghiệp thông tin để triển khai các nhiệm vụ tại Mục II."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Sở Thông tin và Truyền thông"),
 ("P", "Là cơ quan thường trực, có trách nhiệm hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch; chủ trì tổ chức giao ban, tăng cường công tác phối hợp thông tin giữa các sở, ban, ngành, địa phương với các cơ quan báo chí. Định kỳ 6 tháng (trước ngày 15/6 và 15/12), tổng hợp, báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông."),
 ("H", "2. Sở Tài chính"),
 ("P", "Chủ trì, phối hợp với Sở Thông tin và Truyền thông tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định."),
 ("H", "3. Các sở, ban, ngành tỉnh; UBND các huyện, thành phố Cà Mau"),
 ("P", "Căn cứ Kế hoạch này, xây dựng kế hoạch triển khai thực hiện tại cơ quan, đơn vị, địa phương; báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 05/6 và 05/12 hằng năm để tổng hợp."),
 ("H", "4. Đề nghị Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp lồng ghép tuyên truyền về ASEAN trong các hoạt động của tổ chức mình."),
 ("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Cà Mau giai đoạn 2022 - 2025. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo UBND tỉnh xem xét, chỉ đạo./."),
]
RECIP = ["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
         "- Ban Tuyên giáo Tỉnh ủy;", "- UBMTTQVN tỉnh và các tổ chức CT-XH tỉnh;", "- Các sở, ban, ngành tỉnh;",
         "- UBND các huyện, thành phố Cà Mau;", "- Báo Cà Mau, Đài PT-TH tỉnh;", "- Cổng TTĐT tỉnh;", "- Lưu: VT, Ktr46/8."]
SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "", "Lâm Văn Thành"]

def main():
    doc = new_doc(size=14)
    set_core(doc, "VP UBND tinh Ca Mau", "2022-08-22T08:10:00", "2022-08-26T16:02:00")
    header(doc, size=12, left=["ỦY BAN NHÂN DÂN", "TỈNH CÀ MAU", "", "Số: 148/KH-UBND"],
           right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Cà Mau, ngày 26 tháng 8 năm 2022"])
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Cà Mau\ngiai đoạn 2022 - 2025", align="center", bold=True, after=12)
    for kind, text in BODY:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    doc.save(STAGE / f"{NAME}.docx"); print("wrote", NAME)

main()
