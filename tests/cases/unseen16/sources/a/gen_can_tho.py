"""Plan 6 — Trường Đại học Cần Thơ, 1208/KH-ĐHCT (26/4/2023): the university's FOREIGN-INFORMATION plan for 2023, the
one document of this set that is not an implementing plan of an ASEAN reference (ASEAN only in passing: AUN-QA, the
region's countries). Word document printed to PDF (python-docx -> `soffice --convert-to pdf`, DOCX kept in build/),
page numbers at the top centre from page 2, header with the parent ministry over the university, signature
`KT. HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG`, units named as a university names them (`Phòng Hợp tác Quốc tế`, `Đoàn Thanh niên
Trường`, `Khoa Khoa học Chính trị`)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
from kit16 import page_numbers, underline_cell_line
NAME = "can-tho_1208-KH-DHCT_2023_asean-ttdnpdf"
BODY = [
 ("P", "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;"),
 ("P", "Căn cứ Kế hoạch số 178/KH-BGDĐT ngày 01 tháng 3 năm 2023 của Bộ Giáo dục và Đào tạo về công tác thông tin đối ngoại năm 2023;"),
 ("P", "Căn cứ Quy chế tổ chức và hoạt động của Trường Đại học Cần Thơ,"),
 ("P", "Trường Đại học Cần Thơ xây dựng Kế hoạch công tác thông tin đối ngoại năm 2023 như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Quảng bá hình ảnh, thương hiệu, thành tựu đào tạo, nghiên cứu khoa học và chuyển giao công nghệ của Trường Đại học Cần Thơ đến bạn bè, đối tác quốc tế; góp phần nâng cao vị thế của Trường trong khu vực và trên thế giới."),
 ("P", "- Thông tin kịp thời, chính xác cho viên chức, người lao động, người học về tình hình thế giới, khu vực, đường lối đối ngoại của Đảng, chính sách của Nhà nước."),
 ("H", "2. Yêu cầu"),
 ("P", "- Hoạt động thông tin đối ngoại bám sát định hướng của Bộ Giáo dục và Đào tạo và của thành phố Cần Thơ; bảo đảm đúng quy định về quản lý hoạt động thông tin đối ngoại, bảo vệ bí mật nhà nước."),
 ("H", "II. NHIỆM VỤ CỤ THỂ"),
 ("H", "1. Cập nhật thông tin trên Trang thông tin điện tử tiếng Anh của Trường"),
 ("P", "Trung tâm Thông tin và Quản trị mạng chủ trì, phối hợp với Phòng Hợp tác Quốc tế cập nhật thường xuyên tin, bài tiếng Anh về hoạt động đào tạo, nghiên cứu khoa học, hợp tác quốc tế trên Trang thông tin điện tử của Trường; bảo đảm tối thiểu 08 tin, bài/tháng."),
 ("H", "2. Biên soạn ấn phẩm giới thiệu Trường"),
 ("P", "Phòng Hợp tác Quốc tế chủ trì biên soạn, in ấn ấn phẩm giới thiệu Trường bằng tiếng Anh (sổ tay, tờ gấp, video giới thiệu) phục vụ các đoàn khách quốc tế và các hội chợ giáo dục; thực hiện trong quý II/2023."),
 ("H", "3. Tham gia hội chợ, triển lãm giáo dục quốc tế"),
 ("P", "Phòng Hợp tác Quốc tế phối hợp với Phòng Đào tạo tham gia các hội chợ, triển lãm giáo dục quốc tế, giới thiệu chương trình đào tạo của Trường tại Campuchia, Lào, Indonesia và các nước trong khu vực."),
 ("H", "4. Thông tin về kết quả kiểm định và xếp hạng"),
 ("P", "Trung tâm Quản lý chất lượng chủ trì thông tin về kết quả đánh giá chương trình đào tạo theo tiêu chuẩn của Mạng lưới các trường đại học ASEAN (AUN-QA), thứ hạng của Trường trong các bảng xếp hạng đại học khu vực và thế giới."),
 ("H", "5. Giới thiệu văn hóa Việt Nam cho lưu học sinh, sinh viên quốc tế"),
 ("P", "Phòng Công tác Sinh viên chủ trì, phối hợp với Đoàn Thanh niên Trường, Hội Sinh viên Trường tổ chức các hoạt động giới thiệu văn hóa, lịch sử, con người Việt Nam và thành phố Cần Thơ cho lưu học sinh Lào, Campuchia và sinh viên quốc tế; tổ chức Ngày hội văn hóa sinh viên quốc tế vào tháng 11/2023."),
 ("H", "6. Thông tin thời sự quốc tế cho viên chức, người học"),
 ("P", "Khoa Khoa học Chính trị chủ trì tổ chức 02 buổi nói chuyện chuyên đề về tình hình thời sự quốc tế, khu vực và chính sách đối ngoại của Việt Nam cho viên chức, người học trong năm 2023."),
 ("H", "7. Đấu tranh, phản bác thông tin sai trái trên không gian mạng"),
 ("P", "Đoàn Thanh niên Trường chủ trì phát huy vai trò của đội ngũ sinh viên tình nguyện trên không gian mạng, kịp thời chia sẻ thông tin chính thống, đấu tranh phản bác các thông tin sai trái, xuyên tạc về đường lối đối ngoại của Đảng, chính sách của Nhà nước."),
 ("H", "8. Bồi dưỡng nghiệp vụ thông tin đối ngoại"),
 ("P", "Phòng Tổ chức - Cán bộ phối hợp với Phòng Hợp tác Quốc tế cử viên chức làm công tác hợp tác quốc tế, truyền thông tham dự các lớp bồi dưỡng nghiệp vụ thông tin đối ngoại do Bộ Giáo dục và Đào tạo, Sở Ngoại vụ thành phố Cần Thơ tổ chức."),
 ("H", "III. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí hoạt động thường xuyên năm 2023 của Trường và các nguồn hợp pháp khác."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Hợp tác Quốc tế"),
 ("P", "Là đầu mối giúp Hiệu trưởng theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp, báo cáo kết quả công tác thông tin đối ngoại năm 2023 về Bộ Giáo dục và Đào tạo trước ngày 15/11/2023."),
 ("H", "2. Phòng Tài chính"),
 ("P", "Bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch theo quy định."),
 ("H", "3. Các đơn vị được giao nhiệm vụ"),
 ("P", "Chủ động xây dựng kế hoạch chi tiết, triển khai thực hiện; gửi báo cáo kết quả về Phòng Hợp tác Quốc tế trước ngày 31/10/2023."),
 ("P", "Trên đây là Kế hoạch công tác thông tin đối ngoại năm 2023 của Trường Đại học Cần Thơ. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Phòng Hợp tác Quốc tế để tổng hợp, báo cáo Hiệu trưởng xem xét, giải quyết./."),
]
RECIP = ["Nơi nhận:", "- Bộ GD&ĐT (Cục HTQT) (để b/c);", "- Sở Ngoại vụ TP. Cần Thơ;", "- Ban Giám hiệu;",
         "- Các đơn vị trực thuộc;", "- Lưu: VT, HTQT."]
SIGN = ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "", "", "", "", "Lâm Quốc Huy"]


def main():
    doc = new_doc(size=14, left=3.0, right=2.0)
    set_core(doc, "HTQT-CTU", "2023-04-20T10:05:00", "2023-04-26T15:18:00", title="KH TTDN 2023")
    page_numbers(doc)
    t = header(doc, size=12, wl=6.6, wr=9.4, bold_left=(1,),
               left=["BỘ GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG ĐẠI HỌC CẦN THƠ", "", "Số: 1208/KH-ĐHCT"],
               right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Cần Thơ, ngày 26 tháng 4 năm 2023"])
    underline_cell_line(t.cell(1, 1), 0)
    underline_cell_line(t.cell(1, 0), 0)
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0, size=14)
    P(doc, "Công tác thông tin đối ngoại năm 2023", align="center", bold=True, after=12, size=14)
    for kind, text in BODY:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    src = Path(__file__).parent / "build" / f"{NAME}.docx"
    doc.save(src)
    out = to_pdf(src, STAGE)
    print("wrote", out)


main()
