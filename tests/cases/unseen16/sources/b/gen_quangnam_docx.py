"""Plan 1 - Sở Ngoại vụ tỉnh Quảng Nam (a department), ASEAN 2021-2025, delivered as the DOCX the office saved.

Layout: a borderless header table (UBND TỈNH QUẢNG NAM / SỞ NGOẠI VỤ | motto, number | place-date), typed
numbering (I., 1.), section II a list of content bullets, section III one ruled task-assignment table
(STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện | Sản phẩm) naming the Sở's own
rooms as leads, then budget, organisation and a recipients/signature table (KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC).
Writes ../NAME.docx and NAME.extracted.txt (python-docx paragraphs and cells of the delivered file)."""
import sys
sys.path.insert(0, '.')
from kit16 import build, docx_text
from common import STAGE

NAME = 'quang-nam_318-KH-SNgV_2022_asean-assigntable'

HEADER = ([("UBND TỈNH QUẢNG NAM", ""), ("SỞ NGOẠI VỤ", "b"), ("", ""), ("Số: 318/KH-SNgV", "")],
          [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
           ("Quảng Nam, ngày 14 tháng 4 năm 2022", "i")])
TITLE = [("KẾ HOẠCH", "b"), ("Thông tin, tuyên truyền về ASEAN năm 2022", "b")]

ROWS = [
 ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Sản phẩm"],
 ["1", "Duy trì chuyên mục “Quảng Nam - ASEAN” trên Trang thông tin điện tử của Sở Ngoại vụ; đăng tải tối thiểu 04 tin, bài/tháng về hoạt động hợp tác của tỉnh với các nước ASEAN",
  "Văn phòng Sở", "Phòng Hợp tác quốc tế", "Thường xuyên", "Tin, bài trên Trang TTĐT"],
 ["2", "Biên soạn, phát hành tài liệu “Hỏi - đáp về Cộng đồng ASEAN và hợp tác Quảng Nam - Lào” song ngữ Việt - Lào",
  "Phòng Quản lý biên giới", "Phòng Hợp tác quốc tế; BCH Bộ đội Biên phòng tỉnh", "Quý III/2022", "1.000 cuốn"],
 ["3", "Tuyên truyền về Cộng đồng ASEAN, quy chế quản lý biên giới Việt Nam - Lào cho Nhân dân các xã biên giới huyện Tây Giang, Nam Giang",
  "Phòng Quản lý biên giới", "BCH Bộ đội Biên phòng tỉnh; UBND các huyện Tây Giang, Nam Giang", "Tháng 6 - 9/2022", "04 buổi tuyên truyền"],
 ["4", "Tổ chức Hội nghị thông tin về hợp tác kinh tế ASEAN, cơ hội thương mại, đầu tư với thị trường Lào, Thái Lan trong bối cảnh phục hồi kinh tế sau đại dịch COVID-19 cho doanh nghiệp của tỉnh",
  "Phòng Hợp tác quốc tế", "Sở Công Thương; Sở Kế hoạch và Đầu tư; Hiệp hội Doanh nghiệp tỉnh", "Quý IV/2022", "01 hội nghị"],
 ["5", "Quảng bá hình ảnh, tiềm năng du lịch, đầu tư của tỉnh (Đô thị cổ Hội An, Khu đền tháp Mỹ Sơn, Khu kinh tế mở Chu Lai) tới các cơ quan đại diện các nước ASEAN tại Việt Nam và các đoàn khách ASEAN đến làm việc tại tỉnh",
  "Phòng Hợp tác quốc tế", "Sở Du lịch; Trung tâm Dịch thuật và Dịch vụ đối ngoại", "Năm 2022", "Ấn phẩm, video quảng bá"],
 ["6", "Phối hợp tổ chức giao lưu văn hóa, thể thao giữa tỉnh Quảng Nam và các tỉnh Sê Kông, Chăm Pa Sắc, Sa La Văn (Lào) nhân kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao Việt Nam - Lào (05/9/1962 - 05/9/2022)",
  "Phòng Hợp tác quốc tế", "Sở Văn hóa, Thể thao và Du lịch; Liên hiệp các tổ chức hữu nghị tỉnh", "Tháng 7 - 9/2022", "Chương trình giao lưu"],
 ["7", "Tuyên truyền về quyền, nghĩa vụ của công dân, cơ hội việc làm và dịch chuyển lao động trong ASEAN cho người lao động có nhu cầu đi làm việc tại các nước ASEAN",
  "Phòng Lãnh sự - Người Việt Nam ở nước ngoài", "Sở Lao động - Thương binh và Xã hội", "Năm 2022", "Tờ gấp, tin bài"],
 ["8", "Cung cấp thông tin định hướng về ASEAN, về quan điểm của Việt Nam trong các vấn đề của ASEAN cho các cơ quan báo chí; phối hợp phản bác thông tin sai trái, xuyên tạc về chính sách đối ngoại của Đảng và Nhà nước",
  "Phòng Hợp tác quốc tế", "Sở Thông tin và Truyền thông; Báo Quảng Nam; Đài PT-TH Quảng Nam", "Thường xuyên", "Văn bản định hướng"],
 ["9", "Cử công chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng thông tin đối ngoại và tuyên truyền về ASEAN do Bộ Ngoại giao, Bộ Thông tin và Truyền thông tổ chức",
  "Văn phòng Sở", "Các phòng chuyên môn thuộc Sở", "Theo kế hoạch của Bộ", "Công chức được tập huấn"],
 ["10", "Treo cờ ASEAN, pa nô, băng rôn tại trụ sở cơ quan nhân kỷ niệm 55 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2022)",
  "Văn phòng Sở", "Trung tâm Dịch thuật và Dịch vụ đối ngoại", "Trước ngày 05/8/2022", "Cờ, pa nô, băng rôn"],
]

BODY = [
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động của Chính phủ về tuyên truyền, quảng bá ASEAN;"),
 ("P", "Thực hiện Kế hoạch số 7245/KH-UBND ngày 08/11/2021 của UBND tỉnh Quảng Nam về thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn tỉnh;"),
 ("P", "Sở Ngoại vụ xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN năm 2022, cụ thể như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Nâng cao nhận thức của cán bộ, công chức, doanh nghiệp và Nhân dân trong tỉnh về Cộng đồng ASEAN, về quan hệ hợp tác giữa tỉnh Quảng Nam với các địa phương của các nước ASEAN, trước hết là các tỉnh Nam Lào; góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng."),
 ("P", "- Phát huy vai trò của Sở Ngoại vụ trong công tác thông tin đối ngoại, góp phần quảng bá hình ảnh, con người, tiềm năng của Quảng Nam tới các nước ASEAN."),
 ("H", "2. Yêu cầu"),
 ("P", "- Nội dung tuyên truyền chính xác, kịp thời, đúng đường lối đối ngoại của Đảng, chính sách, pháp luật của Nhà nước; hình thức phù hợp với từng đối tượng."),
 ("P", "- Bảo đảm sự phối hợp chặt chẽ giữa Sở Ngoại vụ với các sở, ban, ngành, địa phương và các cơ quan báo chí trong tỉnh; phân công rõ trách nhiệm của từng phòng, đơn vị thuộc Sở."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Tuyên truyền về chủ đề năm ASEAN 2022 “ASEAN hành động: Cùng vượt qua thách thức” do Campuchia làm Chủ tịch; các hoạt động của ASEAN trên cả 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam vào việc xây dựng Cộng đồng ASEAN."),
 ("P", "- Tuyên truyền về quan hệ hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện Việt Nam - Lào; kết quả hợp tác giữa tỉnh Quảng Nam với các tỉnh Sê Kông, Chăm Pa Sắc, Sa La Văn trong khuôn khổ hợp tác ASEAN và hợp tác tiểu vùng Mê Công."),
 ("P", "- Thông tin về các cam kết kinh tế trong ASEAN, cơ hội và thách thức đối với doanh nghiệp của tỉnh; chính sách thu hút đầu tư của tỉnh Quảng Nam đối với nhà đầu tư các nước ASEAN."),
 ("H", "III. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN"),
 ("P", "Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện như sau:"),
 ("TABLE", ROWS, [1.1, 5.3, 2.6, 3.2, 2.0, 1.8], {"size": 11, "align_cols": "cllllc"}),
 ("H", "IV. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh bố trí cho công tác thông tin đối ngoại năm 2022 giao Sở Ngoại vụ (tổng kinh phí dự kiến 85.000.000 đồng) và lồng ghép trong kinh phí hoạt động thường xuyên của các phòng, đơn vị thuộc Sở."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Hợp tác quốc tế"),
 ("P", "Là đầu mối, theo dõi, đôn đốc các phòng, đơn vị thuộc Sở triển khai thực hiện Kế hoạch. Tổng hợp kết quả, tham mưu Giám đốc Sở báo cáo UBND tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 05/12/2022."),
 ("H", "2. Văn phòng Sở"),
 ("P", "Tham mưu Giám đốc Sở bố trí kinh phí thực hiện các nhiệm vụ tại Kế hoạch này. Hướng dẫn các phòng, đơn vị thanh, quyết toán kinh phí theo đúng quy định."),
 ("H", "3. Các phòng, đơn vị thuộc Sở"),
 ("P", "Căn cứ nhiệm vụ được phân công, chủ động xây dựng nội dung, tổ chức thực hiện bảo đảm chất lượng, hiệu quả. Báo cáo kết quả thực hiện về Phòng Hợp tác quốc tế trước ngày 25/11/2022 để tổng hợp."),
 ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị kịp thời báo cáo Giám đốc Sở (qua Phòng Hợp tác quốc tế) để xem xét, giải quyết./."),
 ("SIGN", ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Thông tin và Truyền thông;", "- Giám đốc, các PGĐ Sở;",
           "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, HTQT."],
  [("KT. GIÁM ĐỐC", "b"), ("PHÓ GIÁM ĐỐC", "b"), ("", ""), ("", ""), ("", ""), ("", ""), ("Lê Văn Phước", "b")]),
]

SPEC = {"header": HEADER, "title": TITLE, "body": BODY, "core": ("Phong HTQT - SNgV", "2022-04-11T08:12:00", "2022-04-14T10:40:00")}

if __name__ == '__main__':
    out = f'{STAGE}/{NAME}.docx'
    build(out, SPEC, size=13)
    open(f'{NAME}.extracted.txt', 'w').write(docx_text(out))
    print('wrote', out)
