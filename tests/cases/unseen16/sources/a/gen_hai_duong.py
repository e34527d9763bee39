"""Plan 1 — Sở Công Thương tỉnh Hải Dương, 1586/KH-SCT (08/7/2022), asean-2021-2025, delivered as the DOCX the office
saved (python-docx: header table with the parent body over the issuer, typed numbering, field lines
`- Đơn vị chủ trì: …`, signature table `KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC`). A department implements the programme in its
own field (economy, trade), so several content areas are only partial or missing."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
from kit16 import page_numbers, underline_cell_line
NAME = "hai-duong_1586-KH-SCT_2022_asean-sctdocx"
BODY = [
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("P", "Thực hiện Kế hoạch số 4127/KH-UBND ngày 30/11/2021 của Ủy ban nhân dân tỉnh Hải Dương về thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Hải Dương giai đoạn 2021 - 2025;"),
 ("P", "Sở Công Thương xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2022 - 2025 với các nội dung sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Giúp cộng đồng doanh nghiệp, hợp tác xã, hộ kinh doanh trên địa bàn tỉnh hiểu rõ các cam kết kinh tế trong Cộng đồng ASEAN, nắm bắt cơ hội và thách thức, tận dụng hiệu quả ưu đãi từ Hiệp định Thương mại hàng hóa ASEAN (ATIGA) và các hiệp định thương mại tự do mà ASEAN là trung tâm."),
 ("P", "- Góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của doanh nghiệp, người dân; thúc đẩy xuất khẩu hàng hóa của tỉnh sang thị trường các nước ASEAN."),
 ("H", "2. Yêu cầu"),
 ("P", "- Thông tin, tuyên truyền phải chính xác, kịp thời, thiết thực, gắn với nhiệm vụ chính trị của ngành Công Thương và nhu cầu thực tế của doanh nghiệp."),
 ("P", "- Tăng cường phối hợp giữa các phòng, đơn vị thuộc Sở với các sở, ngành, hiệp hội doanh nghiệp trong tổ chức thực hiện; tránh hình thức, lãng phí."),
 ("H", "II. NHIỆM VỤ CỤ THỂ"),
 ("H", "1. Tuyên truyền về các cam kết kinh tế trong ASEAN và các FTA mà ASEAN là trung tâm"),
 ("P", "Phổ biến nội dung Trụ cột Kinh tế của Cộng đồng ASEAN, lộ trình cắt giảm thuế quan trong Hiệp định ATIGA, Hiệp định Đối tác kinh tế toàn diện khu vực (RCEP); các kết quả hợp tác kinh tế ASEAN trong phục hồi sau đại dịch COVID-19."),
 ("P", "- Đơn vị chủ trì: Phòng Quản lý Thương mại."),
 ("P", "- Đơn vị phối hợp: Văn phòng Sở; Hiệp hội Doanh nghiệp tỉnh Hải Dương."),
 ("P", "- Thời gian thực hiện: Hằng năm."),
 ("H", "2. Tổ chức hội nghị phổ biến quy tắc xuất xứ hàng hóa và Cơ chế một cửa ASEAN"),
 ("P", "Tổ chức hội nghị phổ biến quy định về quy tắc xuất xứ hàng hóa, cơ chế tự chứng nhận xuất xứ trong ASEAN, Cơ chế một cửa ASEAN (ASW) cho doanh nghiệp sản xuất, xuất nhập khẩu tại các khu, cụm công nghiệp trên địa bàn tỉnh."),
 ("P", "- Đơn vị chủ trì: Phòng Quản lý Thương mại."),
 ("P", "- Đơn vị phối hợp: Chi cục Hải quan Hải Dương; Ban Quản lý các khu công nghiệp tỉnh."),
 ("P", "- Thời gian thực hiện: Từ năm 2022 đến năm 2025."),
 ("H", "3. Hỗ trợ doanh nghiệp ứng dụng thương mại điện tử, chuyển đổi số để tiếp cận thị trường ASEAN"),
 ("P", "Hướng dẫn doanh nghiệp, hợp tác xã, cơ sở công nghiệp nông thôn đưa sản phẩm lên các sàn thương mại điện tử trong nước và khu vực; thông tin về kinh tế số, chuyển đổi số trong ASEAN và các quy định về thương mại điện tử xuyên biên giới."),
 ("P", "- Đơn vị chủ trì: Trung tâm Khuyến công và Tư vấn phát triển công nghiệp."),
 ("P", "- Đơn vị phối hợp: Phòng Quản lý Thương mại; Sở Thông tin và Truyền thông."),
 ("P", "- Thời gian thực hiện: Năm 2022 - 2023."),
 ("H", "4. Xúc tiến thương mại, quảng bá sản phẩm của tỉnh tại thị trường ASEAN"),
 ("P", "Tổ chức, hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm tại các nước ASEAN và Hội chợ Thương mại quốc tế Việt Nam; quảng bá vải thiều Thanh Hà, gốm Chu Đậu và các sản phẩm OCOP của tỉnh tới nhà nhập khẩu các nước ASEAN; tổ chức hội nghị kết nối giao thương trực tuyến với Thương vụ Việt Nam tại các nước ASEAN."),
 ("P", "- Đơn vị chủ trì: Phòng Quản lý Thương mại."),
 ("P", "- Đơn vị phối hợp: Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh; Sở Nông nghiệp và Phát triển nông thôn."),
 ("P", "- Thời gian thực hiện: Theo Chương trình xúc tiến thương mại của tỉnh được phê duyệt."),
 ("H", "5. Thông tin về thị trường, chuỗi cung ứng và công nghiệp hỗ trợ trong khu vực ASEAN"),
 ("P", "Cập nhật, cung cấp cho doanh nghiệp thông tin về thị trường, nhu cầu nhập khẩu của các nước ASEAN; cơ hội tham gia chuỗi cung ứng giá trị khu vực trong lĩnh vực công nghiệp hỗ trợ, cơ khí, dệt may, điện tử; cảnh báo sớm các vụ việc phòng vệ thương mại liên quan đến hàng hóa của tỉnh."),
 ("P", "- Đơn vị chủ trì: Phòng Quản lý Công nghiệp."),
 ("P", "- Đơn vị phối hợp: Phòng Quản lý Thương mại; Trung tâm Khuyến công và Tư vấn phát triển công nghiệp."),
 ("P", "- Thời gian thực hiện: Thường xuyên."),
 ("H", "6. Duy trì chuyên mục \u201cCông Thương Hải Dương với ASEAN\u201d trên Trang thông tin điện tử của Sở"),
 ("P", "Đăng tải tối thiểu 02 tin, bài/tháng về hợp tác kinh tế ASEAN, gương doanh nghiệp điển hình của tỉnh tận dụng hiệu quả cơ hội từ thị trường ASEAN; chia sẻ thông tin trên Fanpage của Sở."),
 ("P", "- Đơn vị chủ trì: Văn phòng Sở."),
 ("P", "- Đơn vị phối hợp: Các phòng, đơn vị thuộc Sở."),
 ("P", "- Thời gian thực hiện: Thường xuyên."),
 ("H", "7. Bồi dưỡng kiến thức về hội nhập ASEAN cho công chức, viên chức của Sở"),
 ("P", "Cử công chức, viên chức tham dự các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Công Thương, Sở Thông tin và Truyền thông tổ chức; tổ chức 01 buổi sinh hoạt chuyên đề về hội nhập kinh tế ASEAN cho công chức, viên chức của Sở."),
 ("P", "- Đơn vị chủ trì: Văn phòng Sở."),
 ("P", "- Thời gian thực hiện: Quý IV/2022."),
 ("H", "III. KINH PHÍ THỰC HIỆN"),
 ("P", "- Kinh phí thực hiện Kế hoạch được bố trí từ nguồn chi thường xuyên trong dự toán được giao của Sở Công Thương."),
 ("P", "- Lồng ghép trong kinh phí Chương trình khuyến công địa phương, Chương trình xúc tiến thương mại của tỉnh và huy động sự tham gia, đóng góp của doanh nghiệp."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Văn phòng Sở"),
 ("P", "- Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch; tổng hợp kết quả, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 20/11 hằng năm."),
 ("P", "- Phối hợp với Phòng Kế hoạch - Tài chính - Tổng hợp lập dự toán kinh phí thực hiện Kế hoạch, tổng hợp chung vào dự toán ngân sách của Sở."),
 ("H", "2. Các phòng chuyên môn, đơn vị thuộc Sở"),
 ("P", "- Căn cứ nhiệm vụ được giao, chủ động xây dựng nội dung và triển khai thực hiện."),
 ("P", "- Gửi báo cáo kết quả thực hiện về Văn phòng Sở trước ngày 10/11 hằng năm để tổng hợp."),
 ("H", "3. Đề nghị Hiệp hội Doanh nghiệp tỉnh, Hội Doanh nhân trẻ tỉnh"),
 ("P", "- Phối hợp thông tin đến hội viên về các nội dung của Kế hoạch; phản ánh kịp thời khó khăn, vướng mắc của doanh nghiệp trong quá trình thực thi các cam kết ASEAN."),
 ("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2022 - 2025 của Sở Công Thương. Trong quá trình thực hiện, nếu có vướng mắc, các phòng, đơn vị phản ánh về Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở xem xét, điều chỉnh cho phù hợp./."),
]
RECIP = ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Sở Thông tin và Truyền thông;", "- Giám đốc, các PGĐ Sở;",
         "- Các phòng, đơn vị thuộc Sở;", "- Hiệp hội DN tỉnh, Hội DNT tỉnh;", "- Trang TTĐT Sở;", "- Lưu: VT, QLTM."]
SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "", "Nguyễn Đình Thái"]


def main():
    doc = new_doc(size=14)
    set_core(doc, "SCT Hai Duong", "2022-07-05T08:20:00", "2022-07-08T10:41:00", title="Ke hoach ASEAN 2022-2025")
    page_numbers(doc)
    t = header(doc, size=12.5, wl=6.2, wr=10.3, left=["UBND TỈNH HẢI DƯƠNG", "SỞ CÔNG THƯƠNG", "", "Số: 1586/KH-SCT"],
               right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                      "Hải Dương, ngày 08 tháng 7 năm 2022"])
    underline_cell_line(t.cell(1, 1), 0)
    for r in t.cell(0, 0).paragraphs[0].runs:
        r.bold = False
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương\ngiai đoạn 2022 - 2025", align="center", bold=True, after=12)
    for kind, text in BODY:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    out = STAGE / f"{NAME}.docx"
    doc.save(out)
    print("wrote", out)


main()
