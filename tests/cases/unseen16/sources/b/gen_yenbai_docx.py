"""Plan 5 - Ban Tuyên giáo Tỉnh ủy Yên Bái (a Party committee body): its plan on FOREIGN INFORMATION for 2022
(thông tin đối ngoại), which mentions ASEAN only in passing - the one document of this set that is not an
implementing plan of an ASEAN reference. Delivered as the DOCX the Ban saved and e-mailed: Party header table
(TỈNH ỦY YÊN BÁI / BAN TUYÊN GIÁO / * / Số 95-KH/BTGTU | ĐẢNG CỘNG SẢN VIỆT NAM / place-date), typed numbering,
tasks with roles in running text (`Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với …`, `Đề nghị Sở … chủ trì`),
no funding section, signature `K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN`, Party-style recipients (`Lưu Văn phòng Ban`).
Writes ../NAME.docx and NAME.extracted.txt (python-docx paragraphs and cells of the delivered file)."""
import sys
sys.path.insert(0, '.')
from kit16 import build, docx_text
from common import STAGE

NAME = 'yen-bai_95-KH-BTGTU_2022_asean-partydocx'

HEADER = ([("TỈNH ỦY YÊN BÁI", ""), ("BAN TUYÊN GIÁO", "b"), ("*", ""), ("Số 95-KH/BTGTU", "")],
          [("ĐẢNG CỘNG SẢN VIỆT NAM", "bu"), ("", ""), ("", ""), ("Yên Bái, ngày 25 tháng 02 năm 2022", "i")])
TITLE = [("KẾ HOẠCH", "b"), ("Công tác thông tin đối ngoại năm 2022", "b"), ("-----", "")]

BODY = [
 ("P", "- Căn cứ Hướng dẫn số 19-HD/BTGTW, ngày 30/12/2021 của Ban Tuyên giáo Trung ương về công tác thông tin đối ngoại năm 2022;"),
 ("P", "- Căn cứ Kế hoạch số 52-KH/TU, ngày 18/01/2022 của Ban Thường vụ Tỉnh ủy về công tác thông tin đối ngoại năm 2022,"),
 ("P", "Ban Tuyên giáo Tỉnh ủy xây dựng Kế hoạch công tác thông tin đối ngoại năm 2022, như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Tiếp tục quán triệt, triển khai thực hiện có hiệu quả đường lối đối ngoại của Đại hội XIII của Đảng, Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX; thông tin kịp thời, chính xác về tình hình thế giới, khu vực và chính sách đối ngoại của Đảng, Nhà nước đến cán bộ, đảng viên và Nhân dân."),
 ("P", "- Quảng bá hình ảnh, tiềm năng, thế mạnh của tỉnh Yên Bái với bạn bè quốc tế; góp phần thu hút đầu tư, phát triển du lịch."),
 ("H", "2. Yêu cầu"),
 ("P", "- Tăng cường phối hợp giữa các cơ quan, đơn vị trong triển khai công tác thông tin đối ngoại; bảo đảm đúng định hướng, kịp thời, hiệu quả."),
 ("P", "- Đổi mới nội dung, hình thức, chú trọng thông tin trên môi trường mạng; phát huy vai trò của đội ngũ báo cáo viên, tuyên truyền viên các cấp."),
 ("H", "II. NỘI DUNG TRỌNG TÂM"),
 ("P", "- Tuyên truyền đường lối đối ngoại độc lập, tự chủ, hòa bình, hữu nghị, hợp tác và phát triển, đa dạng hóa, đa phương hóa quan hệ đối ngoại; vai trò, đóng góp của Việt Nam tại Liên hợp quốc và trong ASEAN."),
 ("P", "- Tuyên truyền Năm Đoàn kết hữu nghị Việt Nam - Lào, Lào - Việt Nam 2022, kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao và 45 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào."),
 ("P", "- Thông tin về kết quả hợp tác quốc tế trong phòng, chống dịch COVID-19, tiếp nhận vắc-xin; phục hồi, phát triển kinh tế - xã hội của tỉnh."),
 ("P", "- Quảng bá tiềm năng, thế mạnh, văn hóa, du lịch của tỉnh: ruộng bậc thang Mù Cang Chải, hồ Thác Bà, văn hóa Thái vùng Mường Lò."),
 ("H", "III. NHIỆM VỤ, GIẢI PHÁP"),
 ("H", "1. Tăng cường lãnh đạo, chỉ đạo công tác thông tin đối ngoại"),
 ("P", "Ban Tuyên giáo Tỉnh ủy tham mưu Ban Thường vụ Tỉnh ủy chỉ đạo các cấp ủy, tổ chức đảng triển khai công tác thông tin đối ngoại năm 2022; trong quý III/2022 kiểm tra việc thực hiện tại 02 huyện và 01 đảng ủy trực thuộc Tỉnh ủy."),
 ("H", "2. Định hướng thông tin đối ngoại trên báo chí, mạng xã hội"),
 ("P", "Báo Yên Bái, Đài Phát thanh và Truyền hình tỉnh, Cổng Thông tin điện tử tỉnh duy trì các chuyên trang, chuyên mục thông tin đối ngoại; tăng cường đưa tin, bài trên mạng xã hội và các nền tảng số."),
 ("H", "3. Cung cấp thông tin cho báo cáo viên"),
 ("P", "Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Ngoại vụ tổ chức hội nghị báo cáo viên cấp tỉnh chuyên đề về tình hình thế giới, khu vực, Biển Đông và công tác đối ngoại của tỉnh. Thời gian thực hiện: quý II/2022."),
 ("H", "4. Tập huấn nghiệp vụ thông tin đối ngoại"),
 ("P", "Ban Tuyên giáo Tỉnh ủy phối hợp với Hội Nhà báo tỉnh tổ chức 01 lớp tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ làm công tác tuyên giáo, phóng viên, biên tập viên các cơ quan báo chí của tỉnh. Thời gian thực hiện: quý III/2022."),
 ("H", "5. Đấu tranh phản bác các quan điểm sai trái"),
 ("P", "Ban Tuyên giáo Tỉnh ủy (Cơ quan Thường trực Ban Chỉ đạo 35 tỉnh) chủ trì, phối hợp với Công an tỉnh, Sở Thông tin và Truyền thông theo dõi, nắm bắt dư luận, kịp thời đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về đường lối đối ngoại của Đảng, chính sách của Nhà nước ta."),
 ("H", "6. Quảng bá hình ảnh tỉnh Yên Bái"),
 ("P", "Đề nghị Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Ngoại vụ xây dựng video, ấn phẩm giới thiệu tiềm năng du lịch, đầu tư của tỉnh bằng tiếng Anh; quảng bá tới bạn bè quốc tế, nhất là các nước ASEAN và các đối tác Nhật Bản, Hàn Quốc thông qua Lễ hội Văn hóa, Du lịch Mường Lò và Tuần Văn hóa - Du lịch Mù Cang Chải. Thời gian thực hiện: tháng 9/2022."),
 ("H", "7. Thông tin đối ngoại ở cơ sở"),
 ("P", "Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy chỉ đạo đội ngũ báo cáo viên, tuyên truyền viên cơ sở lồng ghép thông tin đối ngoại trong sinh hoạt chi bộ, nhất là ở các xã vùng cao có đông đồng bào dân tộc thiểu số; thông tin về Năm Đoàn kết hữu nghị Việt Nam - Lào 2022 và kỷ niệm 55 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2022)."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Tuyên truyền - Báo chí - Xuất bản, Ban Tuyên giáo Tỉnh ủy"),
 ("P", "Chủ trì, tham mưu lãnh đạo Ban hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch. Tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Trung ương kết quả công tác thông tin đối ngoại năm 2022 trước ngày 30/11/2022."),
 ("H", "2. Đề nghị Sở Ngoại vụ, Sở Thông tin và Truyền thông, Sở Văn hóa, Thể thao và Du lịch"),
 ("P", "Phối hợp chặt chẽ với Ban Tuyên giáo Tỉnh ủy thực hiện các nhiệm vụ được phân công tại Kế hoạch này."),
 ("H", "3. Ban Tuyên giáo các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"),
 ("P", "Căn cứ Kế hoạch, tham mưu cấp ủy triển khai công tác thông tin đối ngoại tại địa phương, đơn vị. Báo cáo kết quả 6 tháng trước ngày 10/6/2022 và báo cáo năm trước ngày 10/11/2022 về Ban Tuyên giáo Tỉnh ủy (qua Phòng Tuyên truyền - Báo chí - Xuất bản)."),
 ("SIGN", ["Nơi nhận:", "- Ban Tuyên giáo Trung ương (b/c),", "- Thường trực Tỉnh ủy (b/c),", "- Sở Ngoại vụ, Sở TT&TT, Sở VHTTDL,",
           "- Báo Yên Bái, Đài PT&TH tỉnh,", "- Ban Tuyên giáo các huyện, thị, thành ủy,", "  đảng ủy trực thuộc,", "- Lãnh đạo Ban, các phòng,", "- Lưu Văn phòng Ban."],
  [("K/T TRƯỞNG BAN", "b"), ("PHÓ TRƯỞNG BAN", "b"), ("", ""), ("", ""), ("", ""), ("", ""), ("Hà Văn Lâm", "b")]),
]

SPEC = {"header": HEADER, "title": TITLE, "body": BODY, "core": ("BTG Tinh uy", "2022-02-21T14:10:00", "2022-02-25T09:35:00")}

if __name__ == '__main__':
    out = f'{STAGE}/{NAME}.docx'
    build(out, SPEC, size=14)
    open(f'{NAME}.extracted.txt', 'w').write(docx_text(out))
    print('wrote', out)
