"""Plan 4 — Ủy ban nhân dân huyện Phú Giáo (Bình Dương), 2187/KH-UBND (22/10/2019), asean-2019-2020. DOCX: a python-docx
draft (build/NAME.pydocx.docx) re-saved by LibreOffice as Word 2007-365 .docx, as a district office that edits in
LibreOffice sends it. Header `ỦY BAN NHÂN DÂN / HUYỆN PHÚ GIÁO`, date line with the district name, three-line
signature `TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH`. The tasks are a ruled table inside Part III
(STT typed | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện), naming district offices and
mass organisations. Implements the provincial plan 4750/KH-UBND (18/9/2019)."""
import sys, shutil, subprocess
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
from kit16 import page_numbers, underline_cell_line
NAME = "binh-duong_phu-giao_2187-KH-UBND_2019_asean-huyentable"
BUILD = Path(__file__).parent / "build"
BEFORE = [
 ("P", "Thực hiện Kế hoạch số 4750/KH-UBND ngày 18/9/2019 của Ủy ban nhân dân tỉnh Bình Dương về tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Bình Dương;"),
 ("P", "Ủy ban nhân dân huyện Phú Giáo ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "- Tiếp tục nâng cao nhận thức của cán bộ, đảng viên, công chức, viên chức và Nhân dân trên địa bàn huyện về Cộng đồng ASEAN, về lợi ích và cơ hội khi Việt Nam là thành viên ASEAN; tạo sự đồng thuận trong thực hiện các cam kết hội nhập."),
 ("P", "- Giúp doanh nghiệp, hợp tác xã, hộ sản xuất trên địa bàn huyện nắm bắt được cơ hội để phát triển, tận dụng các ưu đãi trong ASEAN."),
 ("P", "- Công tác tuyên truyền phải thường xuyên, có trọng tâm, trọng điểm, phù hợp với điều kiện thực tế của huyện; gắn với tuyên truyền các sự kiện chính trị quan trọng của đất nước, của tỉnh và của huyện."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Vai trò, vị thế của ASEAN, những thành tựu của Cộng đồng ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; đất nước, con người các nước ASEAN."),
 ("P", "- Các sự kiện quan trọng của ASEAN trong năm 2019, năm 2020; việc Việt Nam đảm nhận vai trò Chủ tịch ASEAN năm 2020 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN."),
 ("P", "- Các cam kết trong ASEAN liên quan đến doanh nghiệp, người lao động; cơ hội và thách thức đối với sản xuất nông nghiệp, công nghiệp trên địa bàn huyện."),
 ("H", "III. NHIỆM VỤ CỤ THỂ"),
 ("P", "Các cơ quan, đơn vị, địa phương triển khai các nhiệm vụ cụ thể sau:"),
]
TABLE = [
 ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"],
 ["1", "Xây dựng, phát sóng chuyên mục \u201cPhú Giáo hội nhập ASEAN\u201d trên sóng Đài Truyền thanh huyện; tiếp, phát sóng các chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Bình Dương",
  "Đài Truyền thanh huyện", "Phòng Văn hóa và Thông tin huyện", "Năm 2019 - 2020"],
 ["2", "Đăng tải tin, bài về ASEAN trên Trang thông tin điện tử huyện; chia sẻ lại nội dung của Ứng dụng và Fanpage \u201cASEAN và Việt Nam\u201d trên trang mạng xã hội của huyện; chia sẻ dữ liệu, ấn phẩm về huyện với Cổng thông tin ASEAN Việt Nam",
  "Văn phòng HĐND và UBND huyện", "Phòng Văn hóa và Thông tin huyện", "Thường xuyên"],
 ["3", "Tuyên truyền trực quan bằng băng rôn, khẩu hiệu, pa nô tại trung tâm huyện và các tuyến đường chính nhân kỷ niệm Ngày thành lập ASEAN và Năm Chủ tịch ASEAN 2020",
  "Trung tâm Văn hóa - Thể thao huyện", "UBND các xã, thị trấn", "Tháng 7 - 8/2020"],
 ["4", "Lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt, hội nghị của Mặt trận, các đoàn thể và trong sinh hoạt tổ nhân dân tự quản",
  "Ủy ban MTTQ Việt Nam huyện; các đoàn thể chính trị - xã hội huyện", "Phòng Văn hóa và Thông tin huyện; UBND các xã, thị trấn", "2019 - 2020"],
 ["5", "Tổ chức hoạt động ngoại khóa, lồng ghép nội dung về ASEAN trong các trường học; phát động học sinh tham gia cuộc thi tìm hiểu về ASEAN",
  "Phòng Giáo dục và Đào tạo huyện", "Huyện Đoàn", "Năm học 2019 - 2020"],
 ["6", "Xây dựng \u201cGóc ASEAN\u201d tại Thư viện huyện", "Trung tâm Văn hóa - Thể thao huyện", "Phòng Văn hóa và Thông tin huyện", "Quý II/2020"],
 ["7", "Tổ chức hội nghị phổ biến cho doanh nghiệp, hợp tác xã về các cam kết trong ASEAN, quy tắc xuất xứ hàng hóa, thương mại điện tử",
  "Phòng Kinh tế và Hạ tầng huyện", "Phòng Nông nghiệp và Phát triển nông thôn huyện", "Quý IV/2019"],
 ["8", "In ấn, cấp phát tài liệu hỏi - đáp về ASEAN cho các cơ quan, đơn vị và các xã, thị trấn", "Phòng Văn hóa và Thông tin huyện", "", "Quý I/2020"],
 ["9", "Nắm bắt dư luận xã hội; phản bác thông tin sai trái, xuyên tạc về hội nhập ASEAN trên địa bàn", "Công an huyện",
  "Phòng Văn hóa và Thông tin huyện", "Thường xuyên"],
]
AFTER = [
 ("H", "IV. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách huyện theo phân cấp ngân sách hiện hành; các cơ quan, đơn vị, địa phương lồng ghép trong kinh phí hoạt động thường xuyên được giao và vận động xã hội hóa."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Văn hóa và Thông tin huyện"),
 ("P", "- Là cơ quan thường trực, tham mưu UBND huyện theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch; cử cán bộ tham dự các lớp tập huấn nghiệp vụ tuyên truyền về ASEAN do tỉnh tổ chức."),
 ("P", "- Tổng hợp, tham mưu UBND huyện báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 05/12 hằng năm."),
 ("H", "2. Phòng Tài chính - Kế hoạch huyện"),
 ("P", "Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo quy định."),
 ("H", "3. Các cơ quan, ban, ngành huyện"),
 ("P", "Căn cứ nhiệm vụ được phân công tại Mục III, xây dựng kế hoạch và tổ chức thực hiện; báo cáo kết quả về UBND huyện (qua Phòng Văn hóa và Thông tin) trước ngày 25/11 hằng năm."),
 ("H", "4. Ủy ban nhân dân các xã, thị trấn"),
 ("P", "Tuyên truyền về ASEAN trên hệ thống truyền thanh cơ sở; lồng ghép nội dung về ASEAN trong các buổi sinh hoạt khu phố, ấp."),
 ("H", "5. Đề nghị Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện"),
 ("P", "Phối hợp tuyên truyền sâu rộng đến đoàn viên, hội viên và Nhân dân; lồng ghép nội dung về ASEAN trong các hoạt động của tổ chức mình."),
 ("P", "Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn huyện Phú Giáo. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về UBND huyện (qua Phòng Văn hóa và Thông tin) để xem xét, chỉ đạo./."),
]
RECIP = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở TT&TT tỉnh;", "- TT. Huyện ủy, TT. HĐND huyện;", "- CT, các PCT UBND huyện;",
         "- UBMTTQ VN và các đoàn thể huyện;", "- Các cơ quan, ban, ngành huyện;", "- UBND các xã, thị trấn;", "- LĐVP, TH;", "- Lưu: VT."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "", "Nguyễn Hữu Phước"]


def main():
    doc = new_doc(size=14, left=3.0, right=2.0)
    set_core(doc, "Windows User", "2019-10-16T09:10:00", "2019-10-22T16:32:00")
    page_numbers(doc)
    t = header(doc, size=13, wl=6.0, wr=10.0, bold_left=(1,),
               left=["ỦY BAN NHÂN DÂN", "HUYỆN PHÚ GIÁO", "", "Số: 2187/KH-UBND"],
               right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Phú Giáo, ngày 22 tháng 10 năm 2019"])
    for r in t.cell(0, 0).paragraphs[0].runs:
        r.bold = True
    underline_cell_line(t.cell(1, 1), 0)
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020\ntrên địa bàn huyện Phú Giáo", align="center", bold=True, after=12)
    for kind, text in BEFORE:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    table(doc, TABLE, [1.3, 6.0, 3.2, 3.2, 2.3], size=12, aligns=["center", "justify", "left", "left", "center"], repeat=True)
    for kind, text in AFTER:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None, before=6 if text.startswith("IV.") else None)
    signature(doc, RECIP, SIGN)
    draft = BUILD / f"{NAME}.pydocx.docx"
    doc.save(draft)
    tmp = Path("/tmp/set16a/lo")
    tmp.mkdir(parents=True, exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(tmp), str(draft)],
                   check=True, capture_output=True)
    shutil.copy(tmp / f"{NAME}.pydocx.docx", STAGE / f"{NAME}.docx")
    print("wrote", STAGE / f"{NAME}.docx")


main()
