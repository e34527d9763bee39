"""Plan 2 — Tây Ninh, UBND tỉnh, 512/KH-UBND (12/3/2020), asean-2019-2020. Word-style DOCX printed to PDF with
`soffice --headless --convert-to pdf` (intermediate DOCX in build/). Set 15 wording: the tasks of Part II are stated
WITHOUT roles and Part IV gives the roles afterwards by task number (`Chủ trì thực hiện nhiệm vụ tại khoản 1 Mục II`,
`Đề nghị … phối hợp triển khai nội dung tại khoản 4 Mục II`); abbreviations (Đài PT-TH Tây Ninh, Sở TT&TT, BCĐ);
times (`cả năm 2020`, `trong quý II/2020`, `thường xuyên, liên tục`, `dịp kỷ niệm 53 năm Ngày thành lập ASEAN
(08/8/2020)`, `hoàn thành trước ngày 30/6/2020`, `tháng 9-10/2020`, `tháng 10-11/2020`, `chậm nhất ngày 10/12/2020`,
narrative dates `28/7/1995 - 28/7/2020`); money (`tự cân đối trong dự toán … được giao`; extra needs from the
provincial budget via Sở Tài chính)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
NAME = "tay-ninh_512-KH-UBND_2020_asean-laterroles"
BODY = [
 ("P", "Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020;"),
 ("P", "Thực hiện Kế hoạch số 2502/KH-UBND ngày 08/11/2019 của Ủy ban nhân dân tỉnh về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Tây Ninh;"),
 ("P", "Nhằm tuyên truyền sâu rộng về Năm Chủ tịch ASEAN 2020 của Việt Nam, Ủy ban nhân dân tỉnh ban hành Kế hoạch thông tin tuyên truyền về ASEAN năm 2020 như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "- Tuyên truyền để cán bộ, công chức, viên chức, doanh nghiệp và Nhân dân trong tỉnh hiểu rõ vai trò, vị thế của ASEAN, những thành tựu sau hơn 50 năm hình thành và phát triển, vai trò của Việt Nam khi đảm nhận cương vị Chủ tịch ASEAN 2020."),
 ("P", "- Kịp thời định hướng dư luận, phản bác các thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN của Việt Nam."),
 ("P", "- Các hoạt động tuyên truyền phải thiết thực, hiệu quả, tiết kiệm; phù hợp với điều kiện của tỉnh biên giới giáp Vương quốc Campuchia."),
 ("H", "II. NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN"),
 ("H", "1. Tuyên truyền về Năm Chủ tịch ASEAN 2020 và các sự kiện quan trọng của ASEAN"),
 ("P", "Thông tin kịp thời, đầy đủ về Chủ đề ASEAN 2020 \"Gắn kết và Chủ động thích ứng\", các Hội nghị Cấp cao ASEAN lần thứ 36, 37 do Việt Nam chủ trì; kỷ niệm 25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020). Thời gian: cả năm 2020, tập trung cao điểm trước, trong và sau các Hội nghị Cấp cao."),
 ("H", "2. Mở chuyên trang, chuyên mục về ASEAN trên báo chí của tỉnh"),
 ("P", "Mở chuyên mục \"Tây Ninh - ASEAN 2020\" trên Báo Tây Ninh, Đài PT-TH Tây Ninh và Cổng Thông tin điện tử tỉnh; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam và Đài Tiếng nói Việt Nam. Thực hiện trong quý II/2020 và duy trì đến hết năm."),
 ("H", "3. Tuyên truyền trên các công cụ truyền thông mới"),
 ("P", "Chia sẻ các tin, bài, video của Ứng dụng và Fanpage \"ASEAN và Việt Nam\" trên Trang thông tin điện tử, mạng xã hội của các cơ quan, đơn vị; thường xuyên, liên tục."),
 ("H", "4. Lồng ghép tuyên truyền về ASEAN trong sinh hoạt đoàn thể"),
 ("P", "Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt chi đoàn, chi hội, các buổi nói chuyện chuyên đề cho đoàn viên, hội viên thanh niên, phụ nữ, nông dân, nhất là tại các xã biên giới."),
 ("H", "5. Tổ chức triển lãm ảnh về ASEAN"),
 ("P", "Tổ chức triển lãm ảnh \"Việt Nam - ASEAN: 25 năm hội nhập và phát triển\" tại Nhà Văn hóa Thanh niên tỉnh vào dịp kỷ niệm 53 năm Ngày thành lập ASEAN (08/8/2020); treo băng rôn, khẩu hiệu tại các tuyến đường trung tâm thành phố Tây Ninh."),
 ("H", "6. Xây dựng Góc ASEAN tại Thư viện tỉnh"),
 ("P", "Bổ sung sách, báo, tài liệu về ASEAN và các nước thành viên, hoàn thành trước ngày 30/6/2020; tổ chức giới thiệu sách về ASEAN cho học sinh, sinh viên."),
 ("H", "7. Thông tin cho doanh nghiệp về cơ hội và thách thức khi tham gia thị trường ASEAN"),
 ("P", "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, cơ chế hải quan một cửa ASEAN cho doanh nghiệp trên địa bàn tỉnh, nhất là doanh nghiệp trong Khu kinh tế cửa khẩu Mộc Bài. Thời gian: tháng 9-10/2020."),
 ("H", "8. Tuyên truyền về ASEAN trong trường học"),
 ("P", "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông trên địa bàn tỉnh trong tháng 10-11/2020; lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa."),
 ("H", "III. KINH PHÍ"),
 ("P", "Các cơ quan, đơn vị tự cân đối trong dự toán ngân sách năm 2020 được giao để thực hiện các nhiệm vụ tại Kế hoạch này. Trường hợp phát sinh, các cơ quan, đơn vị lập dự toán gửi Sở Tài chính thẩm định, trình UBND tỉnh xem xét, bổ sung từ ngân sách tỉnh theo quy định."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Sở Thông tin và Truyền thông"),
 ("P", "- Là cơ quan đầu mối, chủ trì thực hiện các nhiệm vụ tại khoản 2, khoản 3 Mục II Kế hoạch này; hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về ASEAN."),
 ("P", "- Tổng hợp kết quả thực hiện Kế hoạch, báo cáo UBND tỉnh và Ban Chỉ đạo thông tin tuyên truyền ASEAN (Bộ Thông tin và Truyền thông) chậm nhất ngày 10/12/2020."),
 ("H", "2. Sở Ngoại vụ"),
 ("P", "Chủ trì thực hiện nhiệm vụ tại khoản 1 Mục II; phối hợp với Sở TT&TT cung cấp thông tin về các sự kiện ASEAN cho các cơ quan báo chí."),
 ("H", "3. Sở Văn hóa, Thể thao và Du lịch"),
 ("P", "Chủ trì thực hiện nhiệm vụ tại khoản 5, khoản 6 Mục II; chỉ đạo Thư viện tỉnh xây dựng, duy trì Góc ASEAN."),
 ("H", "4. Sở Công Thương"),
 ("P", "Chủ trì, phối hợp với Ban Quản lý Khu kinh tế tỉnh thực hiện nhiệm vụ tại khoản 7 Mục II."),
 ("H", "5. Sở Giáo dục và Đào tạo"),
 ("P", "Chủ trì, phối hợp với Tỉnh Đoàn thực hiện nhiệm vụ tại khoản 8 Mục II."),
 ("H", "6. Đề nghị Ủy ban MTTQ Việt Nam tỉnh, Tỉnh Đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh"),
 ("P", "Phối hợp triển khai nội dung tại khoản 4 Mục II trong hệ thống tổ chức của mình."),
 ("H", "7. Các sở, ban, ngành tỉnh; UBND các huyện, thành phố"),
 ("P", "Căn cứ chức năng, nhiệm vụ, lồng ghép tuyên truyền về ASEAN trong hoạt động của cơ quan, đơn vị, địa phương; báo cáo kết quả thực hiện (lồng ghép trong báo cáo công tác thông tin đối ngoại) gửi về Sở Thông tin và Truyền thông trước ngày 30/11/2020."),
 ("P", "Trên đây là Kế hoạch thông tin tuyên truyền về ASEAN năm 2020 trên địa bàn tỉnh Tây Ninh./."),
]
RECIP = ["Nơi nhận:", "- BCĐ thông tin tuyên truyền ASEAN;", "- TT.TU, TT.HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
         "- Như Mục IV;", "- LĐVP, P.KGVX;", "- Lưu: VT, VP.UBND tỉnh."]
SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "", "Lê Hữu Phước"]

def main():
    doc = new_doc(size=14)
    set_core(doc, "VPUBND-TayNinh", "2020-03-09T09:20:00", "2020-03-12T10:45:00")
    header(doc, size=12, left=["ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "", "Số: 512/KH-UBND"],
           right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Tây Ninh, ngày 12 tháng 3 năm 2020"])
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Thông tin tuyên truyền về ASEAN năm 2020\ntrên địa bàn tỉnh Tây Ninh", align="center", bold=True, after=12)
    for kind, text in BODY:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    src = Path(__file__).parent / "build" / f"{NAME}.docx"
    doc.save(src)
    out = to_pdf(src, STAGE); print("wrote", out)

main()
