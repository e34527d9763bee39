"""Plan 4 — Quảng Ninh / thị xã Đông Triều, 205/KH-UBND (2022), asean-2021-2025.
Layout: DOCX whose body task table has its columns in an UNUSUAL ORDER — TT | Thời gian thực hiện | Nội dung nhiệm vụ |
Đơn vị phối hợp | Đơn vị chủ trì (time first, support before lead, lead last) — with a column-number row (1)…(5)
under the header, and the header + number rows REPEATED as ordinary rows in the middle of the table (the clerk pasted
the second half of the table from page 2 of the printed draft). Group rows I/II span the table; TT runs on 1-9."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
NAME = "quang-ninh_dong-trieu_205-KH-UBND_2022_asean-colorder"
HDR = ["TT", "Thời gian thực hiện", "Nội dung nhiệm vụ", "Đơn vị phối hợp", "Đơn vị chủ trì"]
NUM = ["(1)", "(2)", "(3)", "(4)", "(5)"]
TT = "Trung tâm Truyền thông và Văn hóa thị xã"
ROWS = [HDR, NUM,
 ("GROUP", "I. THÔNG TIN, TUYÊN TRUYỀN"),
 ["1", "Hằng năm", "Tuyên truyền Chủ đề ASEAN của từng năm và hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội trên sóng phát thanh, truyền hình thị xã", "Phòng Văn hóa và Thông tin", TT],
 ["2", "2022 - 2025", "Duy trì chuyên mục \"Đông Triều hội nhập\" trên Cổng thông tin điện tử thị xã và trang mạng xã hội chính thức của thị xã", TT, "Văn phòng HĐND và UBND thị xã"],
 ["3", "Quý IV/2022", "Tuyên truyền về thương mại điện tử, chuyển đổi số và cơ hội xuất khẩu sang thị trường ASEAN cho doanh nghiệp, hợp tác xã có sản phẩm OCOP", "Hội Doanh nghiệp thị xã; " + TT, "Phòng Kinh tế"],
 ["4", "Năm 2023", "Xây dựng phóng sự về câu chuyện thực tiễn, nhân vật điển hình của làng nghề gốm sứ Đông Triều hưởng lợi từ hợp tác ASEAN", "Phòng Kinh tế", TT],
 HDR, NUM,
 ["5", "Tháng 8/2022", "Treo cờ ASEAN, băng rôn, pa nô nhân kỷ niệm 55 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2022)", TT, "UBND các phường, xã"],
 ["6", "Quý III/2023", "Tổ chức cuộc thi trực tuyến tìm hiểu về ASEAN cho đoàn viên, thanh niên và học sinh", "Thị đoàn Đông Triều", "Phòng Giáo dục và Đào tạo"],
 ("GROUP", "II. GIAO LƯU, QUẢNG BÁ VÀ NÂNG CAO NĂNG LỰC"),
 ["7", "2023 - 2025", "Quảng bá Khu di tích quốc gia đặc biệt Nhà Trần tại Đông Triều, làng gốm và các sản phẩm du lịch của thị xã tới du khách, nhà đầu tư các nước ASEAN", "Ban Quản lý di tích Nhà Trần tại Đông Triều", "Phòng Văn hóa và Thông tin"],
 ["8", "Năm 2024", "Tập huấn kỹ năng tuyên truyền về ASEAN trên nền tảng số cho cán bộ văn hóa - thông tin và tổ công nghệ số cộng đồng các phường, xã", "Phòng Văn hóa và Thông tin", TT],
 ["9", "Thường xuyên", "Theo dõi dư luận; đấu tranh, phản bác các thông tin sai trái, xuyên tạc về quá trình hội nhập ASEAN của Việt Nam trên không gian mạng", "Phòng Văn hóa và Thông tin", "Công an thị xã"],
]
BODY = [
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("P", "Thực hiện Kế hoạch số 37/KH-UBND ngày 18/02/2022 của Ủy ban nhân dân tỉnh Quảng Ninh về thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025, Ủy ban nhân dân thị xã Đông Triều ban hành Kế hoạch thực hiện như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "Nâng cao nhận thức của cán bộ, đảng viên, doanh nghiệp và Nhân dân thị xã về Cộng đồng ASEAN theo tinh thần \"Tư duy Cộng đồng, Hành động Cộng đồng\"; quảng bá hình ảnh, tiềm năng du lịch, đầu tư của thị xã Đông Triều tới các nước ASEAN."),
 ("H", "2. Yêu cầu"),
 ("P", "Thông tin chính xác, kịp thời; gắn với nhiệm vụ chuyển đổi số của thị xã; tăng cường công tác phối hợp thông tin giữa các cơ quan, đơn vị, Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các tổ chức chính trị - xã hội."),
 ("H", "II. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
 ("TABLE", None),
 ("H", "III. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện Kế hoạch do ngân sách thị xã bảo đảm, bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị theo phân cấp; huy động nguồn xã hội hóa và các nguồn hợp pháp khác."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Văn hóa và Thông tin"),
 ("P", "Là cơ quan thường trực, hướng dẫn, kiểm tra, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp báo cáo kết quả thực hiện về Ủy ban nhân dân thị xã và Sở Thông tin và Truyền thông trước ngày 10/12 hằng năm."),
 ("H", "2. Phòng Tài chính - Kế hoạch"),
 ("P", "Tham mưu Ủy ban nhân dân thị xã bố trí kinh phí thực hiện các nhiệm vụ của Kế hoạch."),
 ("H", "3. Các cơ quan, đơn vị được phân công tại mục II"),
 ("P", "Xây dựng kế hoạch chi tiết và tổ chức thực hiện; gửi báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 30/11 hằng năm."),
 ("H", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã và các tổ chức chính trị - xã hội"),
 ("P", "Lồng ghép tuyên truyền về ASEAN trong các hoạt động của Mặt trận và đoàn thể."),
 ("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN trên địa bàn thị xã Đông Triều giai đoạn 2022 - 2025./."),
]
RECIP = ["Nơi nhận:", "- Sở TT&TT (b/c);", "- TT Thị ủy, TT HĐND thị xã (b/c);", "- CT, các PCT UBND thị xã;",
         "- UBMTTQ và các đoàn thể thị xã;", "- Các phòng, ban, đơn vị;", "- UBND các phường, xã;", "- Lưu: VT, VHTT."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Phạm Quang Khải"]

def main():
    doc = new_doc(size=14)
    set_core(doc, "UBND-DongTrieu", "2022-04-18T10:00:00", "2022-04-20T15:31:00")
    header(doc, size=12, left=["ỦY BAN NHÂN DÂN", "THỊ XÃ ĐÔNG TRIỀU", "", "Số: 205/KH-UBND"],
           right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Đông Triều, ngày 20 tháng 4 năm 2022"])
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Thông tin, tuyên truyền về ASEAN trên địa bàn thị xã Đông Triều\ngiai đoạn 2022 - 2025", align="center", bold=True, after=12)
    for kind, text in BODY:
        if kind == "TABLE":
            t = table(doc, ROWS, [1.0, 2.3, 6.6, 3.2, 3.2], ruled=True, header_rows=2, size=12,
                      aligns=["center", "center", "justify", "left", "left"], repeat=True)
            # rows 7-8 (the pasted header + numbers) are ordinary rows, bold like the real header
            for ri in (7, 8):
                for c in t.rows[ri].cells:
                    for p in c.paragraphs:
                        for r in p.runs: r.bold = True
                        p.alignment = 1
            continue
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    doc.save(STAGE / f"{NAME}.docx"); print("wrote", NAME)

main()
