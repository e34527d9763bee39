"""Plan 5 — Long An / huyện Vĩnh Hưng, 152/KH-UBND (19/5/2023), asean-2021-2025. DOCX printed to PDF with
`soffice --headless --convert-to pdf` (intermediate DOCX in build/). Set 15 wording: NO funding stated anywhere;
roles `do X chủ trì thực hiện`, `X chủ trì tham mưu UBND huyện …`, `X chịu trách nhiệm chính; Y, Z và W phối hợp …`,
`Y phối hợp với X (đơn vị chủ trì)`, `Đơn vị thực hiện: A; B` (no separate lead), `X chủ trì, phối hợp Y` (no
`với`), a task with no actor; abbreviations (`BCH Quân sự huyện`, `Phòng VH&TT`, `UBMTTQVN huyện`, `Trung tâm
VH,TT&TT huyện`); times (`trong quý III/2023`, `hoàn thành trước 30/9/2023`, `thường xuyên`, `tháng 10-11/2023`,
`Thời gian: tháng 8/2023`, `quý IV/2023`, `định kỳ hằng tháng`, `trước ngày 15 tháng 12 hằng năm`, `chậm nhất ngày
30/11/2023`)."""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from kit import *
NAME = "long-an_vinh-hung_152-KH-UBND_2023_asean-nofunds"
BODY = [
 ("P", "Căn cứ Kế hoạch số 1254/KH-UBND ngày 12/4/2022 của UBND tỉnh Long An về thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025 trên địa bàn tỉnh Long An;"),
 ("P", "Căn cứ Kế hoạch số 862/KH-STTTT ngày 20/3/2023 của Sở Thông tin và Truyền thông tỉnh Long An về công tác thông tin đối ngoại năm 2023;"),
 ("P", "Ủy ban nhân dân huyện Vĩnh Hưng xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN trên địa bàn huyện năm 2023, cụ thể như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân trên địa bàn huyện biên giới về Cộng đồng ASEAN, về lợi ích và cơ hội khi Việt Nam tham gia Cộng đồng ASEAN."),
 ("P", "- Thông tin về kết quả hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế sau đại dịch."),
 ("P", "- Công tác tuyên truyền phải thường xuyên, phù hợp với đặc điểm của huyện biên giới giáp Vương quốc Campuchia, gắn với nhiệm vụ bảo vệ chủ quyền an ninh biên giới."),
 ("H", "II. NHIỆM VỤ CỤ THỂ"),
 ("H", "1. Tuyên truyền về Chủ đề ASEAN năm 2023 và hợp tác trên ba trụ cột"),
 ("P", "Tuyên truyền về Chủ đề ASEAN năm 2023 \"ASEAN tầm vóc: Tâm điểm tăng trưởng\", kết quả hợp tác trên ba trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và vai trò của Việt Nam trong ASEAN. Việc thông tin, tuyên truyền do Trung tâm VH,TT&TT huyện chủ trì thực hiện, trong quý III/2023."),
 ("H", "2. Phổ biến thông tin về thương mại điện tử, kinh tế số cho hợp tác xã, hộ kinh doanh"),
 ("P", "Phòng Kinh tế và Hạ tầng chủ trì tham mưu UBND huyện tổ chức hội nghị phổ biến cho hợp tác xã, hộ kinh doanh về thương mại điện tử, kinh tế số và cơ hội xuất khẩu nông sản sang thị trường ASEAN qua Cửa khẩu quốc tế Long Khốt, hoàn thành trước 30/9/2023."),
 ("H", "3. Đấu tranh, phản bác các quan điểm sai trái"),
 ("P", "Công an huyện chịu trách nhiệm chính; BCH Quân sự huyện, Đồn Biên phòng Long Khốt và Phòng VH&TT phối hợp theo dõi, nắm tình hình dư luận xã hội khu vực biên giới; kịp thời đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam. Thực hiện thường xuyên."),
 ("H", "4. Tổ chức cuộc thi tìm hiểu về ASEAN cho thanh thiếu niên"),
 ("P", "Huyện Đoàn phối hợp với Phòng Giáo dục và Đào tạo (đơn vị chủ trì) tổ chức cuộc thi tìm hiểu về ASEAN trên mạng xã hội cho đoàn viên, thanh niên, học sinh các trường trung học cơ sở, trung học phổ thông trên địa bàn huyện trong tháng 10-11/2023."),
 ("H", "5. Tuyên truyền trực quan nhân kỷ niệm Ngày thành lập ASEAN"),
 ("P", "Treo cờ ASEAN, băng rôn, pa nô tuyên truyền kỷ niệm 56 năm Ngày thành lập ASEAN tại Trụ sở UBND huyện, Cửa khẩu quốc tế Long Khốt và các tuyến đường chính."),
 ("P", "- Đơn vị thực hiện: Trung tâm VH,TT&TT huyện; UBND các xã, thị trấn."),
 ("P", "- Thời gian: tháng 8/2023."),
 ("H", "6. Bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 ("P", "Phòng VH&TT chủ trì, phối hợp Trung tâm Chính trị huyện tổ chức 01 lớp bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên, tuyên truyền viên, cán bộ văn hóa - thông tin các xã, thị trấn; thời gian: quý IV/2023."),
 ("H", "7. Giới thiệu tiềm năng của huyện tới bạn bè các nước ASEAN"),
 ("P", "Lồng ghép giới thiệu tiềm năng du lịch sinh thái, Khu di tích khảo cổ Gò Ô Chùa, các sản phẩm OCOP của huyện trên Trang thông tin điện tử huyện và tại các hội chợ, phiên chợ biên giới, nhất là với thương nhân, du khách Vương quốc Campuchia."),
 ("H", "III. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Văn hóa và Thông tin"),
 ("P", "Là cơ quan thường trực, có trách nhiệm tham mưu UBND huyện theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 15 tháng 12 hằng năm."),
 ("H", "2. Trung tâm Văn hóa, Thể thao và Truyền thanh huyện"),
 ("P", "Mở chuyên mục \"Vĩnh Hưng với ASEAN\" phát sóng định kỳ hằng tháng trên sóng Đài Truyền thanh huyện; phối hợp với Phòng VH&TT thực hiện các nhiệm vụ được giao tại Mục II."),
 ("H", "3. Các cơ quan, ban, ngành huyện; UBND các xã, thị trấn"),
 ("P", "Căn cứ nội dung Kế hoạch, chủ động triển khai thực hiện; báo cáo kết quả (lồng ghép trong báo cáo công tác thông tin đối ngoại) về Phòng VH&TT chậm nhất ngày 30/11/2023."),
 ("H", "4. Đề nghị UBMTTQVN huyện và các đoàn thể chính trị - xã hội huyện"),
 ("P", "Phối hợp tuyên truyền đến đoàn viên, hội viên về ASEAN, nhất là tại các xã biên giới."),
 ("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN trên địa bàn huyện Vĩnh Hưng năm 2023. Trong quá trình triển khai thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương báo cáo về UBND huyện (qua Phòng VH&TT) để xem xét, chỉ đạo./."),
]
RECIP = ["Nơi nhận:", "- Sở TT&TT tỉnh Long An;", "- TT.HU, TT.HĐND huyện;", "- CT, các PCT UBND huyện;",
         "- UBMTTQVN và các đoàn thể huyện;", "- Các cơ quan, ban, ngành huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."]
SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "", "Nguyễn Thị Mỹ Hạnh"]

def main():
    doc = new_doc(size=14)
    set_core(doc, "UBND Vinh Hung", "2023-05-15T14:00:00", "2023-05-19T09:12:00")
    header(doc, size=12, left=["ỦY BAN NHÂN DÂN", "HUYỆN VĨNH HƯNG", "", "Số: 152/KH-UBND"],
           right=["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Vĩnh Hưng, ngày 19 tháng 5 năm 2023"])
    P(doc, "KẾ HOẠCH", align="center", bold=True, before=12, after=0)
    P(doc, "Thông tin, tuyên truyền về ASEAN trên địa bàn huyện Vĩnh Hưng năm 2023", align="center", bold=True, after=12)
    for kind, text in BODY:
        P(doc, text, bold=(kind == "H"), after=3 if kind == "H" else None)
    signature(doc, RECIP, SIGN)
    src = Path(__file__).parent / "build" / f"{NAME}.docx"
    doc.save(src)
    out = to_pdf(src, STAGE); print("wrote", out)

main()
