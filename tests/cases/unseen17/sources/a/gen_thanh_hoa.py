"""Plan 2 — Công an tỉnh Thanh Hóa, 2817/KH-CAT-PX03 (12/9/2019), asean-2019-2020, printed to PDF from the office's
Word file (here: python-docx -> soffice). Header `BỘ CÔNG AN / CÔNG AN TỈNH THANH HÓA`, content items with no actor,
form items that open with the responsible police unit as actor, the organisation part by unit, funding only as a
duty of Phòng Hậu cần, `KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đại tá …`."""
import sys, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
from kit16 import page_numbers, underline_cell_line
NAME = "thanh-hoa_2817-KH-CAT-PX03_2019_asean-capdf"
BUILD = Path(__file__).parent / "build"
BODY = [
 ("P", "Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 và Kế hoạch số 148/KH-UBND ngày 26/7/2019 của Ủy ban nhân dân tỉnh Thanh Hóa về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh, Công an tỉnh xây dựng Kế hoạch triển khai trong lực lượng Công an tỉnh như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "1. Nâng cao nhận thức của cán bộ, chiến sĩ Công an tỉnh về Cộng đồng ASEAN, về vai trò, trách nhiệm của lực lượng Công an nhân dân trong bảo đảm an ninh, trật tự phục vụ Năm Chủ tịch ASEAN 2020 của Việt Nam."),
 ("P", "2. Công tác tuyên truyền phải bám sát sự chỉ đạo của Bộ Công an, Ủy ban nhân dân tỉnh; kết hợp chặt chẽ với nhiệm vụ chính trị của từng đơn vị, địa phương; bảo đảm bí mật nhà nước, không để lộ, lọt thông tin."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "1. Tuyên truyền về Cộng đồng ASEAN, chủ đề năm ASEAN, những thành tựu sau hơn 50 năm hình thành và phát triển; vai trò, vị thế của Việt Nam sau 25 năm gia nhập ASEAN."),
 ("P", "2. Tuyên truyền về hợp tác của các cơ quan thực thi pháp luật ASEAN trong Trụ cột Chính trị - An ninh: phòng, chống khủng bố, tội phạm ma túy, mua bán người, tội phạm công nghệ cao và các loại tội phạm xuyên quốc gia khác."),
 ("P", "3. Tuyên truyền về nhiệm vụ của lực lượng Công an tỉnh trong bảo vệ an ninh, trật tự, bảo đảm an toàn cho các đoàn khách quốc tế, các hội nghị, sự kiện trong khuôn khổ Năm Chủ tịch ASEAN 2020 tổ chức trên địa bàn tỉnh."),
 ("P", "4. Thông tin về thủ tục xuất nhập cảnh, cư trú của công dân các nước ASEAN tại Việt Nam; các quy định về miễn thị thực giữa Việt Nam và các nước ASEAN."),
 ("H", "III. HÌNH THỨC TUYÊN TRUYỀN"),
 ("P", "1. Phòng Công tác đảng và công tác chính trị chủ trì, phối hợp với Phòng Tham mưu mở chuyên mục “Công an Thanh Hóa với ASEAN” trên Trang thông tin điện tử Công an tỉnh và Fanpage “Công an tỉnh Thanh Hóa”; đăng tải tối thiểu 04 tin, bài/tháng trong năm 2020."),
 ("P", "2. Phòng Công tác đảng và công tác chính trị biên soạn tài liệu tuyên truyền về ASEAN phục vụ sinh hoạt chính trị, học tập chính trị tại các đơn vị; lồng ghép nội dung về ASEAN vào hội nghị báo cáo viên hằng quý của Công an tỉnh."),
 ("P", "3. Phòng Công tác đảng và công tác chính trị phối hợp với Đoàn Thanh niên Công an tỉnh tổ chức Cuộc thi tìm hiểu “Công an nhân dân với Cộng đồng ASEAN” trong đoàn viên, thanh niên Công an tỉnh, hoàn thành trong tháng 6/2020."),
 ("P", "4. Phòng Quản lý xuất nhập cảnh in, phát hành tờ rơi song ngữ Việt - Anh hướng dẫn thủ tục tạm trú cho người nước ngoài, đặt tại các cơ sở lưu trú du lịch ở thành phố Sầm Sơn, huyện Hoằng Hóa, thị xã Nghi Sơn."),
 ("P", "5. Công an các huyện, thị xã, thành phố lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt chi bộ, sinh hoạt đơn vị và trong công tác vận động quần chúng tham gia bảo vệ an ninh Tổ quốc tại cơ sở."),
 ("P", "6. Phòng An ninh chính trị nội bộ phối hợp với Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao nắm tình hình dư luận, kịp thời phát hiện, đấu tranh, phản bác thông tin sai trái, xuyên tạc về chủ trương, chính sách đối ngoại của Đảng, Nhà nước và hợp tác ASEAN trên không gian mạng."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("P", "1. Phòng Công tác đảng và công tác chính trị là đơn vị thường trực, giúp Giám đốc Công an tỉnh theo dõi, hướng dẫn, đôn đốc các đơn vị triển khai Kế hoạch; tổng hợp, báo cáo kết quả về Bộ Công an (qua Cục Công tác đảng và công tác chính trị) và Ủy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 25/11/2019 và trước ngày 25/11/2020."),
 ("P", "2. Phòng Hậu cần bảo đảm kinh phí thực hiện Kế hoạch từ nguồn kinh phí công tác đảng, công tác chính trị được Bộ Công an cấp cho Công an tỉnh năm 2019 và năm 2020."),
 ("P", "3. Thủ trưởng các phòng nghiệp vụ, Trưởng Công an các huyện, thị xã, thành phố căn cứ Kế hoạch này xây dựng kế hoạch, tổ chức triển khai tại đơn vị, địa phương; báo cáo kết quả về Công an tỉnh (qua Phòng Công tác đảng và công tác chính trị) trước ngày 15/11 hằng năm."),
 ("P", "Yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện; quá trình thực hiện có vướng mắc, báo cáo Giám đốc Công an tỉnh (qua Phòng Công tác đảng và công tác chính trị) để chỉ đạo./."),
]
RECIP = ["Nơi nhận:", "- Cục Công tác đảng và CTCT (để b/c);", "- UBND tỉnh (để b/c);", "- Đ/c Giám đốc (để b/c);",
         "- Các đ/c PGĐ CAT;", "- Sở TT&TT;", "- Các phòng nghiệp vụ;", "- CA các huyện, TX, TP;", "- Lưu: VT, PX03."]
SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "", "Đại tá Lê Quang Thịnh"]


def main():
    doc = new_doc(size=14)
    set_core(doc, "PX03", "2019-09-09T15:30:00", "2019-09-12T08:05:00", title="KH tuyen truyen ASEAN")
    page_numbers(doc)
    t = header(doc, size=12, wl=6.4, wr=9.6, left=["BỘ CÔNG AN", "CÔNG AN TỈNH THANH HÓA", "", "Số: 2817/KH-CAT-PX03"],
               right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                      "Thanh Hóa, ngày 12 tháng 9 năm 2019"])
    underline_cell_line(t.cell(1, 1), 0); underline_cell_line(t.cell(1, 0), 0)
    for r in t.cell(0, 0).paragraphs[0].runs:
        r.bold = False
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Tuyên truyền, quảng bá ASEAN trong lực lượng Công an tỉnh\ngiai đoạn 2019 - 2020", align="center", bold=True, after=12)
    for kind, text in BODY:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    BUILD.mkdir(exist_ok=True)
    d = BUILD / f"{NAME}.docx"
    doc.save(d)
    pdf = to_pdf(d, BUILD)
    shutil.copy(pdf, STAGE / f"{NAME}.pdf")
    print("wrote", STAGE / f"{NAME}.pdf")


main()
