"""Plan 5 - UBND tỉnh Khánh Hòa (provincial People's Committee): a plan on FOREIGN INFORMATION (thông tin đối ngoại)
for 2023 that mentions ASEAN only in passing (the ASEAN-China COC, Singapore's 50 years of relations, tourism markets).
Printed to PDF from Word (LibreOffice here), ordinary A4 portrait, text layer: header table `ỦY BAN NHÂN DÂN` /
`TỈNH KHÁNH HÒA`, Roman parts, numbered tasks opening with the lead department, `Thời gian:` sentences, organisation
section by agency headings, `TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH`.
Chain: python-docx DOCX (build/NAME.intermediate.docx) → soffice PDF → ../NAME.pdf. Writes NAME.extracted.txt = pdftotext."""
import shutil, subprocess, sys, os
sys.path.insert(0, '.')
from kit16 import build
from common import STAGE, extract_pdf, pdf_pages

NAME = 'khanh-hoa_2890-KH-UBND_2023_asean-ttdnpdf'
HEADER = ([("ỦY BAN NHÂN DÂN", "b"), ("TỈNH KHÁNH HÒA", "b"), ("", ""), ("Số: 2890/KH-UBND", "")],
          [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
           ("Khánh Hòa, ngày 28 tháng 3 năm 2023", "i")])
TITLE = [("KẾ HOẠCH", "b"), ("Công tác thông tin đối ngoại tỉnh Khánh Hòa năm 2023", "b")]
BODY = [
 ("P", "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;"),
 ("P", "Căn cứ Chỉ thị số 18/CT-UBND ngày 15/12/2022 của Chủ tịch UBND tỉnh về tăng cường công tác thông tin đối ngoại trên địa bàn tỉnh;"),
 ("P", "Xét đề nghị của Giám đốc Sở Ngoại vụ tại Tờ trình số 412/TTr-SNgV ngày 14/3/2023, UBND tỉnh ban hành Kế hoạch công tác thông tin đối ngoại năm 2023 như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "- Thông tin kịp thời, chính xác về đường lối đối ngoại của Đảng, chính sách của Nhà nước và tình hình phát triển kinh tế - xã hội của tỉnh tới bạn bè quốc tế; quảng bá hình ảnh Khánh Hòa năng động, thân thiện, hội nhập."),
 ("P", "- Đấu tranh, phản bác kịp thời các thông tin sai lệch về tỉnh; nâng cao hiệu quả phối hợp giữa các sở, ngành, địa phương và cơ quan báo chí trong công tác thông tin đối ngoại."),
 ("H", "II. NHIỆM VỤ CỤ THỂ"),
 ("H", "1. Thông tin đối ngoại trên báo chí của tỉnh"),
 ("P", "Sở Thông tin và Truyền thông chủ trì, phối hợp với Báo Khánh Hòa, Đài Phát thanh và Truyền hình Khánh Hòa duy trì chuyên mục “Khánh Hòa hội nhập”, phát sóng 01 kỳ/tuần; thông tin về quan hệ hợp tác của tỉnh với các địa phương nước ngoài, trong đó có các nước ASEAN."),
 ("H", "2. Quảng bá hình ảnh, xúc tiến đầu tư và du lịch"),
 ("P", "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Trung tâm Xúc tiến Đầu tư và Hỗ trợ doanh nghiệp tỉnh quảng bá du lịch biển Nha Trang, Khu kinh tế Vân Phong tại các hội chợ, sự kiện du lịch quốc tế ở Hàn Quốc, Nga, Ấn Độ và các nước ASEAN. Thời gian: năm 2023."),
 ("H", "3. Thông tin đối ngoại về biển, đảo"),
 ("P", "Sở Ngoại vụ chủ trì, phối hợp với Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh thông tin về chủ quyền biển, đảo, quan điểm của Việt Nam về vấn đề Biển Đông, trong đó có tiến trình ASEAN và Trung Quốc đàm phán Bộ quy tắc ứng xử ở Biển Đông (COC); đấu tranh, phản bác các luận điệu sai trái, xuyên tạc chủ quyền biển, đảo của Việt Nam."),
 ("H", "4. Cung cấp thông tin cho phóng viên, cơ quan đại diện nước ngoài"),
 ("P", "Sở Ngoại vụ cung cấp thông tin về tình hình kinh tế - xã hội của tỉnh cho các cơ quan đại diện nước ngoài, phóng viên nước ngoài; tổ chức 01 đoàn phóng viên nước ngoài tham quan, viết bài về Khánh Hòa. Thời gian: quý II/2023."),
 ("H", "5. Tập huấn nghiệp vụ thông tin đối ngoại"),
 ("P", "Sở Ngoại vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông tổ chức 01 lớp tập huấn kỹ năng thông tin đối ngoại, phát ngôn và cung cấp thông tin cho báo chí cho cán bộ làm công tác thông tin đối ngoại của các sở, ngành, địa phương. Thời gian: quý III/2023."),
 ("H", "6. Thông tin đối ngoại trên môi trường mạng"),
 ("P", "Sở Thông tin và Truyền thông chủ trì nâng cấp trang tiếng Anh, tiếng Nga trên Cổng thông tin điện tử tỉnh; phát triển trang “Khanh Hoa - Vietnam” trên mạng xã hội để giới thiệu về tỉnh tới bạn bè quốc tế."),
 ("H", "7. Giao lưu hữu nghị nhân dân"),
 ("P", "Liên hiệp các tổ chức hữu nghị tỉnh chủ trì tổ chức các hoạt động giao lưu hữu nghị nhân kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Singapore (1973 - 2023) và 50 năm quan hệ ngoại giao Việt Nam - Nhật Bản (1973 - 2023). Thời gian: tháng 8 - 9/2023."),
 ("H", "III. KINH PHÍ"),
 ("P", "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh bố trí cho công tác thông tin đối ngoại năm 2023 (giao Sở Ngoại vụ 350 triệu đồng) và lồng ghép trong kinh phí hoạt động của các cơ quan, đơn vị."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Sở Ngoại vụ"),
 ("P", "Là cơ quan thường trực, hướng dẫn, kiểm tra, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch. Tổng hợp kết quả, báo cáo UBND tỉnh và Bộ Ngoại giao trước ngày 10/12/2023."),
 ("H", "2. Sở Thông tin và Truyền thông"),
 ("P", "Định hướng các cơ quan báo chí của tỉnh tăng cường thông tin đối ngoại; phối hợp với Sở Ngoại vụ xử lý thông tin sai lệch về tỉnh trên môi trường mạng."),
 ("H", "3. Sở Tài chính"),
 ("P", "Thẩm định, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định."),
 ("H", "4. Các sở, ban, ngành; UBND các huyện, thị xã, thành phố"),
 ("P", "Xây dựng và triển khai kế hoạch thông tin đối ngoại của cơ quan, địa phương; báo cáo kết quả 6 tháng (trước ngày 10/6/2023) và năm (trước ngày 20/11/2023) về Sở Ngoại vụ để tổng hợp."),
 ("H", "5. Đề nghị Báo Khánh Hòa, Đài Phát thanh và Truyền hình Khánh Hòa"),
 ("P", "Dành thời lượng, dung lượng phù hợp cho thông tin đối ngoại; phối hợp thực hiện các nội dung tại mục II của Kế hoạch."),
 ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Ngoại vụ để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
 ("SIGN", ["Nơi nhận:", "- Bộ Ngoại giao (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành;",
           "- UBND các huyện, thị xã, thành phố;", "- Báo Khánh Hòa, Đài PT-TH Khánh Hòa;", "- Lưu: VT, HP, TL."],
  [("TM. ỦY BAN NHÂN DÂN", "b"), ("KT. CHỦ TỊCH", "b"), ("PHÓ CHỦ TỊCH", "b"), ("", ""), ("", ""), ("", ""), ("", ""), ("Lê Minh Tuấn", "b")]),
]
SPEC = {"header": HEADER, "title": TITLE, "body": BODY, "core": ("SNgV Khanh Hoa", "2023-03-20T10:00:00", "2023-03-28T15:30:00")}

if __name__ == '__main__':
    os.makedirs('build', exist_ok=True)
    inter = f'build/{NAME}.intermediate.docx'
    build(inter, SPEC, size=13)
    subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', '/tmp/set17b', inter], check=True, capture_output=True)
    shutil.copy(f'/tmp/set17b/{NAME}.intermediate.pdf', f'{STAGE}/{NAME}.pdf')
    open(f'{NAME}.extracted.txt', 'w').write(extract_pdf(f'{STAGE}/{NAME}.pdf'))
    print('wrote', NAME, pdf_pages(f'{STAGE}/{NAME}.pdf'), 'pages')
