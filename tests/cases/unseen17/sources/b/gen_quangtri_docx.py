"""Plan 1 - Ban Quản lý Khu kinh tế tỉnh Quảng Trị (a provincial Ban), ASEAN 2021-2025, DOCX as the office saved it.
Header table (`UBND TỈNH QUẢNG TRỊ` over `BAN QUẢN LÝ KHU KINH TẾ`), typed Roman/Arabic headings, section III is a
ruled task-assignment table with columns `TT | Nội dung nhiệm vụ | Thời gian thực hiện | Đơn vị chủ trì | Đơn vị phối hợp`
and group rows A, B, C (merged across) under which TT restarts at 1. Signature `KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN`.
Writes ../NAME.docx and NAME.extracted.txt (python-docx paragraphs + cells of the delivered file)."""
import sys
sys.path.insert(0, '.')
from kit16 import build
from common import STAGE, extract_docx

NAME = 'quang-tri_215-KH-BQLKKT_2022_asean-kktgrouptable'

HEADER = ([("UBND TỈNH QUẢNG TRỊ", ""), ("BAN QUẢN LÝ KHU KINH TẾ", "bu"), ("", ""), ("Số: 215/KH-BQLKKT", "")],
          [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "bu"), ("", ""),
           ("Quảng Trị, ngày 09 tháng 5 năm 2022", "i")])
TITLE = [("KẾ HOẠCH", "b"), ("Thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025", "b"),
         ("của Ban Quản lý Khu kinh tế tỉnh Quảng Trị", "b")]

VP = "Văn phòng Ban"; QLDT = "Phòng Quản lý Đầu tư"; DNLD = "Phòng Quản lý Doanh nghiệp và Lao động"
LB = "Ban Quản lý Cửa khẩu quốc tế Lao Bảo"; LL = "Ban Quản lý Cửa khẩu quốc tế La Lay"
ROWS = [
 ["TT", "Nội dung nhiệm vụ", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp"],
 ["A", "Thông tin, tuyên truyền trong cơ quan và trên môi trường số", "", "", ""],
 ["1", "Duy trì chuyên mục “Khu kinh tế Quảng Trị - Hội nhập ASEAN” trên Trang thông tin điện tử của Ban; đăng tải ít nhất 02 tin, bài/tháng về hoạt động hợp tác kinh tế, đầu tư với các nước ASEAN",
  "Thường xuyên", VP, "Các phòng, đơn vị thuộc Ban"],
 ["2", "Phổ biến nội dung về Cộng đồng ASEAN, Chủ đề ASEAN của từng năm cho cán bộ, công chức, viên chức và người lao động của Ban trong các buổi sinh hoạt chuyên đề",
  "Hằng năm", VP, "Công đoàn cơ sở Ban Quản lý Khu kinh tế"],
 ["3", "Cử công chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng thông tin đối ngoại và tuyên truyền về ASEAN do Trung ương, tỉnh tổ chức",
  "Theo kế hoạch của cấp trên", VP, "Các phòng, đơn vị thuộc Ban"],
 ["B", "Thông tin, tuyên truyền tới doanh nghiệp, nhà đầu tư", "", "", ""],
 ["1", "Tổ chức Hội nghị phổ biến các cam kết trong Cộng đồng Kinh tế ASEAN, Hiệp định Thương mại hàng hóa ASEAN (ATIGA), quy tắc xuất xứ hàng hóa cho doanh nghiệp trong các khu kinh tế, khu công nghiệp",
  "Quý IV/2022", DNLD, "Sở Công Thương; Hiệp hội Doanh nghiệp tỉnh"],
 ["2", "Tuyên truyền, hướng dẫn doanh nghiệp xuất nhập khẩu về Cơ chế một cửa ASEAN, thủ tục hải quan điện tử và thương mại điện tử xuyên biên giới qua các cửa khẩu Lao Bảo, La Lay",
  "2022 - 2025", LB, "Chi cục Hải quan cửa khẩu Lao Bảo; Chi cục Hải quan cửa khẩu La Lay; " + LL],
 ["3", "Quảng bá tiềm năng, lợi thế và danh mục dự án kêu gọi đầu tư vào Khu kinh tế Đông Nam Quảng Trị, Khu kinh tế - thương mại đặc biệt Lao Bảo trên Hành lang kinh tế Đông - Tây tới nhà đầu tư các nước ASEAN",
  "Hằng năm", QLDT, "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh"],
 ["4", "Tham gia Hội chợ Thương mại quốc tế Hành lang kinh tế Đông - Tây và các hội nghị xúc tiến đầu tư tại Lào, Thái Lan",
  "Theo kế hoạch của UBND tỉnh", QLDT, "Sở Công Thương"],
 ["5", "Thông tin về cơ hội việc làm, dịch chuyển lao động có tay nghề trong ASEAN; hướng dẫn doanh nghiệp tuyển dụng, sử dụng lao động nước ngoài đúng quy định",
  "Năm 2023", DNLD, "Sở Lao động - Thương binh và Xã hội"],
 ["C", "Tuyên truyền tại khu vực cửa khẩu", "", "", ""],
 ["1", "Treo cờ ASEAN, pa nô, băng rôn tại khu vực Cửa khẩu quốc tế Lao Bảo, Cửa khẩu quốc tế La Lay nhân kỷ niệm Ngày thành lập ASEAN (08/8)",
  "Trước ngày 05/8 hằng năm", LB + "; " + LL, "Các lực lượng chức năng tại cửa khẩu"],
 ["2", "Tổ chức giao lưu văn hóa, thể thao giữa cán bộ, lực lượng chức năng hai bên Cửa khẩu quốc tế La Lay - La Lay (tỉnh Salavan, Lào)",
  "Quý III/2023", LL, "Đồn Biên phòng Cửa khẩu quốc tế La Lay"],
]

BODY = [
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("P", "Thực hiện Kế hoạch số 5612/KH-UBND ngày 25/11/2021 của UBND tỉnh Quảng Trị về thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn tỉnh;"),
 ("P", "Ban Quản lý Khu kinh tế tỉnh xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025 như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Giúp cán bộ, công chức, viên chức của Ban và cộng đồng doanh nghiệp, nhà đầu tư trong các khu kinh tế, khu công nghiệp hiểu rõ về Cộng đồng ASEAN, các cam kết hội nhập kinh tế ASEAN; chủ động nắm bắt cơ hội, vượt qua thách thức trong hội nhập."),
 ("P", "- Quảng bá hình ảnh, môi trường đầu tư của các khu kinh tế tỉnh Quảng Trị trên Hành lang kinh tế Đông - Tây tới các nhà đầu tư trong khu vực ASEAN."),
 ("H", "2. Yêu cầu"),
 ("P", "- Thông tin tuyên truyền chính xác, kịp thời, gắn với nhiệm vụ chính trị của Ban; phù hợp với từng nhóm đối tượng."),
 ("P", "- Bảo đảm sự phối hợp chặt chẽ giữa Ban Quản lý Khu kinh tế tỉnh với các sở, ngành, địa phương và lực lượng chức năng tại các cửa khẩu."),
 ("H", "II. NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN"),
 ("P", "- Chủ đề ASEAN của từng năm; kết quả hợp tác ASEAN trên 3 trụ cột, trọng tâm là trụ cột Kinh tế; vai trò, đóng góp của Việt Nam trong ASEAN."),
 ("P", "- Các cam kết của Việt Nam trong Cộng đồng Kinh tế ASEAN; cơ hội và thách thức đối với doanh nghiệp trong bối cảnh phục hồi kinh tế sau đại dịch COVID-19."),
 ("P", "- Cơ chế một cửa ASEAN, thương mại điện tử, chuyển đổi số trong thủ tục xuất nhập khẩu hàng hóa qua biên giới."),
 ("P", "- Chính sách ưu đãi đầu tư, tiềm năng, lợi thế của Khu kinh tế Đông Nam Quảng Trị và Khu kinh tế - thương mại đặc biệt Lao Bảo."),
 ("H", "III. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN"),
 ("TABLE", ROWS, [1.0, 6.6, 2.4, 3.0, 3.0], {"size": 11, "align_cols": "clcll", "group_rows": {1, 5, 11}, "span_groups": True}),
 ("H", "IV. KINH PHÍ"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí chi thường xuyên của Ban Quản lý Khu kinh tế tỉnh; lồng ghép trong kinh phí xúc tiến đầu tư do UBND tỉnh giao và huy động tài trợ của các doanh nghiệp (nếu có) theo quy định."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Văn phòng Ban"),
 ("P", "- Là đầu mối, theo dõi, đôn đốc các phòng, đơn vị thuộc Ban triển khai thực hiện Kế hoạch."),
 ("P", "- Tổng hợp kết quả, tham mưu Lãnh đạo Ban báo cáo UBND tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 05/12 hằng năm."),
 ("H", "2. Các phòng, đơn vị thuộc Ban"),
 ("P", "- Căn cứ nhiệm vụ được phân công tại mục III, chủ động xây dựng nội dung và tổ chức thực hiện bảo đảm hiệu quả."),
 ("P", "- Báo cáo kết quả thực hiện về Văn phòng Ban trước ngày 25/11 hằng năm để tổng hợp."),
 ("H", "3. Đề nghị Hiệp hội Doanh nghiệp tỉnh, các doanh nghiệp trong các khu kinh tế, khu công nghiệp"),
 ("P", "- Phối hợp phổ biến thông tin về các cam kết hội nhập ASEAN đến hội viên, người lao động; phản ánh kịp thời khó khăn, vướng mắc trong quá trình tham gia thị trường ASEAN về Ban Quản lý Khu kinh tế tỉnh."),
 ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị phản ánh về Văn phòng Ban để tổng hợp, báo cáo Trưởng ban xem xét, chỉ đạo./."),
 ("SIGN", ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Thông tin và Truyền thông;", "- Lãnh đạo Ban;", "- Các phòng, đơn vị thuộc Ban;",
           "- Hiệp hội Doanh nghiệp tỉnh;", "- Lưu: VT, VP."],
  [("KT. TRƯỞNG BAN", "b"), ("PHÓ TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("", ""), ("Lê Quang Hòa", "b")]),
]
SPEC = {"header": HEADER, "title": TITLE, "body": BODY, "core": ("VP BQLKKT", "2022-05-05T08:10:00", "2022-05-09T15:40:00")}

if __name__ == '__main__':
    build(f'{STAGE}/{NAME}.docx', SPEC, size=13)
    open(f'{NAME}.extracted.txt', 'w').write(extract_docx(f'{STAGE}/{NAME}.docx'))
    print('wrote', NAME)
