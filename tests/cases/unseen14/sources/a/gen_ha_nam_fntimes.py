"""Plan 2 — Hà Nam / thành phố Phủ Lý, 86/KH-UBND (2022), asean-2021-2025.
Layout: PDF printed from a Word DOCX whose LEGAL BASIS and TASK TIMES exist only in FOOTNOTES: the preamble names
the two documents by their titles with superscript markers 1 and 2; each task heading carries a marker whose
footnote gives its time; the report deadlines of IV are footnotes too. In the PDF the markers are small raised
digits glued to the preceding word and the notes sit at the page foot under a short rule.
Built with python-docx (+ footnotes.xml injected), printed with soffice --convert-to pdf."""
import sys, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
NAME = "ha-nam_phu-ly_86-KH-UBND_2022_asean-fntimes"
B = Path(__file__).parent / "build"
FOOT = {
 1: "Quyết định số 1160/QĐ-TTg ngày 13 tháng 7 năm 2021 của Thủ tướng Chính phủ.",
 2: "Kế hoạch số 2915/KH-UBND ngày 12/11/2021 của Ủy ban nhân dân tỉnh Hà Nam.",
 3: "Thực hiện hằng năm, tập trung vào dịp kỷ niệm Ngày thành lập ASEAN (08/8).",
 4: "Thời gian: từ Quý IV/2022 đến năm 2025.",
 5: "Thời gian: năm 2022.",
 6: "Tổ chức 01 lần trong Quý III/2023.",
 7: "Thời gian: tháng 8/2022, dịp kỷ niệm 55 năm Ngày thành lập ASEAN.",
 8: "Thời gian: năm 2024.",
 9: "Báo cáo năm gửi trước ngày 30/11 hằng năm.",
 10: "Trước ngày 20/11 hằng năm.",
}
BODY = [
 ("P", "Thực hiện Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030 của Thủ tướng Chính phủ[^1] và Kế hoạch thực hiện Chương trình trên địa bàn tỉnh Hà Nam[^2], Ủy ban nhân dân thành phố Phủ Lý ban hành Kế hoạch thông tin, tuyên truyền về ASEAN trên địa bàn thành phố giai đoạn 2022 - 2025 như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân thành phố về Cộng đồng ASEAN, góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng; lan tỏa tinh thần \"Tư duy Cộng đồng, Hành động Cộng đồng\"."),
 ("P", "- Quảng bá hình ảnh thành phố Phủ Lý năng động, thân thiện với các nhà đầu tư, du khách các nước ASEAN."),
 ("P", "- Tăng cường phối hợp giữa các phòng, ban, đơn vị, Ủy ban Mặt trận Tổ quốc và các đoàn thể trong thông tin về ASEAN; bảo đảm thiết thực, tiết kiệm."),
 ("H", "II. NHIỆM VỤ TRỌNG TÂM"),
 ("H", "1. Tuyên truyền về Chủ đề ASEAN hằng năm và hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội[^3]"),
 ("P", "- Chủ trì: Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố."),
 ("P", "- Phối hợp: Phòng Văn hóa và Thông tin."),
 ("H", "2. Xây dựng chuyên mục \"Phủ Lý với ASEAN\" trên Cổng thông tin điện tử thành phố và trang mạng xã hội của thành phố[^4]"),
 ("P", "- Chủ trì: Phòng Văn hóa và Thông tin."),
 ("P", "- Phối hợp: Văn phòng HĐND và UBND thành phố."),
 ("H", "3. Tuyên truyền về hợp tác ASEAN ứng phó dịch COVID-19 và phục hồi kinh tế - xã hội[^5]"),
 ("P", "- Chủ trì: Trung tâm Y tế thành phố."),
 ("P", "- Phối hợp: Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố."),
 ("H", "4. Giới thiệu các mô hình, doanh nghiệp điển hình của thành phố tận dụng cơ hội từ thị trường ASEAN"),
 ("P", "- Chủ trì: Phòng Kinh tế."),
 ("P", "- Phối hợp: Hội Doanh nghiệp thành phố Phủ Lý, Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố."),
 ("H", "5. Tổ chức Hội thi tìm hiểu về ASEAN cho đoàn viên, thanh niên và học sinh trung học cơ sở[^6]"),
 ("P", "- Chủ trì: Thành đoàn Phủ Lý."),
 ("P", "- Phối hợp: Phòng Giáo dục và Đào tạo."),
 ("H", "6. Treo cờ ASEAN, pa nô, áp phích tại các trục đường chính và Quảng trường Trung tâm thành phố[^7]"),
 ("P", "- Chủ trì: Trung tâm Văn hóa, Thể thao và Truyền thanh thành phố."),
 ("P", "- Phối hợp: UBND các phường, xã."),
 ("H", "7. Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ thông tin cơ sở[^8]"),
 ("P", "- Chủ trì: Phòng Văn hóa và Thông tin."),
 ("P", "- Phối hợp: Trung tâm Chính trị thành phố."),
 ("H", "III. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện từ nguồn ngân sách thành phố được giao trong dự toán của các cơ quan, đơn vị và các nguồn kinh phí hợp pháp khác theo quy định."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Văn hóa và Thông tin"),
 ("P", "Là cơ quan thường trực giúp UBND thành phố theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo Ủy ban nhân dân thành phố và Sở Thông tin và Truyền thông[^9]."),
 ("H", "2. Phòng Tài chính - Kế hoạch"),
 ("P", "Tham mưu bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách thành phố."),
 ("H", "3. Các cơ quan, đơn vị được giao nhiệm vụ tại mục II"),
 ("P", "Xây dựng kế hoạch cụ thể để triển khai; báo cáo kết quả về Phòng Văn hóa và Thông tin[^10]."),
 ("H", "4. UBND các phường, xã"),
 ("P", "Chỉ đạo đài truyền thanh cơ sở tiếp, phát sóng các tin, bài về ASEAN; phối hợp treo cờ, pa nô, áp phích trên địa bàn."),
 ("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN trên địa bàn thành phố Phủ Lý giai đoạn 2022 - 2025, yêu cầu các cơ quan, đơn vị triển khai thực hiện./."),
]
RECIP = ["Nơi nhận:", "- Sở TT&TT tỉnh;", "- TT Thành ủy;", "- TT HĐND thành phố;", "- Chủ tịch, các PCT UBND thành phố;",
         "- Các phòng, ban, đơn vị thuộc UBND TP;", "- UBND các phường, xã;", "- Lưu: VT, VHTT."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lương Minh Tuấn"]

def main():
    doc = new_doc(size=14)
    set_core(doc, "PhongVHTT", "2022-03-24T08:10:00", "2022-03-28T16:45:00")
    header(doc, size=12, left=["ỦY BAN NHÂN DÂN", "THÀNH PHỐ PHỦ LÝ", "", "Số: 86/KH-UBND"],
           right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Phủ Lý, ngày 28 tháng 3 năm 2022"])
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Thông tin, tuyên truyền về ASEAN trên địa bàn thành phố Phủ Lý\ngiai đoạn 2022 - 2025", align="center", bold=True, after=12)
    for kind, text in BODY:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    B.mkdir(exist_ok=True)
    d = B / f"{NAME}.docx"; doc.save(d); inject_notes(d, FOOT)
    pdf = to_pdf(d, B); shutil.copy(pdf, STAGE / f"{NAME}.pdf")
    print("wrote", STAGE / f"{NAME}.pdf")

main()
