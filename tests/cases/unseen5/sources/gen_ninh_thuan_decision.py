"""Plan 1: Quyết định of UBND tỉnh Ninh Thuận issuing an ASEAN plan as its attachment (DOCX, Decree 30 layout)."""
import sys
sys.path.insert(0, "/work/unseen5a/sources")
from common import *
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

NAME = "ninh-thuan_2145-QD-UBND_2019_asean-decision"
MK = """
@HDR ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@HDR TỈNH NINH THUẬN | Độc lập - Tự do - Hạnh phúc
@HDR Số: 2145/QĐ-UBND | Ninh Thuận, ngày 22 tháng 10 năm 2019
@C QUYẾT ĐỊNH
@C Ban hành Kế hoạch thông tin tuyên truyền, quảng bá về ASEAN giai đoạn 2019-2020 trên địa bàn tỉnh Ninh Thuận
@C CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH THUẬN
@I Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
@I Căn cứ Quyết định số 02/QĐ-BCĐASEAN ngày 26 tháng 6 năm 2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN về việc ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020;
@I Căn cứ Công văn số 03/BTTTT-BCĐASEAN ngày 26 tháng 6 năm 2019 của Bộ Thông tin và Truyền thông về việc triển khai Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020;
@I Theo đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 187/TTr-STTTT ngày 08 tháng 10 năm 2019.
@C QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin tuyên truyền, quảng bá về ASEAN giai đoạn 2019-2020 trên địa bàn tỉnh Ninh Thuận.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Thông tin và Truyền thông, Thủ trưởng các sở, ban, ngành thuộc tỉnh, Chủ tịch Ủy ban nhân dân các huyện, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.
@SIG Nơi nhận: | KT. CHỦ TỊCH
@SIG - Như Điều 3; | PHÓ CHỦ TỊCH
@SIG - Ban Chỉ đạo TTTT ASEAN (Bộ TT&TT); | 
@SIG - TT. Tỉnh ủy, TT. HĐND tỉnh; | 
@SIG - CT, các PCT UBND tỉnh; | 
@SIG - Lưu: VT, VXNV. | Trần Văn Lộc
@PB
@HDR ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@HDR TỈNH NINH THUẬN | Độc lập - Tự do - Hạnh phúc
@C KẾ HOẠCH
@C Thông tin tuyên truyền, quảng bá về ASEAN giai đoạn 2019-2020 trên địa bàn tỉnh Ninh Thuận
@CI (Ban hành kèm theo Quyết định số 2145/QĐ-UBND ngày 22/10/2019 của Chủ tịch Ủy ban nhân dân tỉnh Ninh Thuận)
@B I. MỤC ĐÍCH, YÊU CẦU
@B 1. Mục đích
- Nâng cao nhận thức của cán bộ, đảng viên, doanh nghiệp và Nhân dân trong tỉnh về Cộng đồng ASEAN, về vai trò, vị thế của Việt Nam trong ASEAN, nhất là khi Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN 2020; giúp người dân, doanh nghiệp nắm bắt được cơ hội để phát triển và chủ động ứng phó với các thách thức.
- Đưa công tác thông tin tuyên truyền về ASEAN trở thành một phần trong dòng chảy chính của công tác hội nhập ASEAN của tỉnh.
@B 2. Yêu cầu
- Công tác tuyên truyền bám sát chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước về hội nhập quốc tế; nội dung chính xác, hình thức phong phú, phù hợp với từng nhóm đối tượng.
- Bảo đảm sự phối hợp chặt chẽ giữa các sở, ngành, địa phương và cơ quan báo chí; tiết kiệm, hiệu quả, tránh hình thức.
@B II. NỘI DUNG TUYÊN TRUYỀN
- Quá trình hình thành, phát triển, vai trò, vị thế và những thành tựu của ASEAN; 3 trụ cột của Cộng đồng ASEAN; đất nước, con người các nước ASEAN.
- Các cam kết trong ASEAN liên quan trực tiếp đến doanh nghiệp; cơ hội và thách thức đối với doanh nghiệp của tỉnh khi tham gia thị trường ASEAN.
- Tiềm năng, thế mạnh của tỉnh Ninh Thuận về năng lượng tái tạo, du lịch biển, nông nghiệp ứng dụng công nghệ cao; các dự án kêu gọi đầu tư và đặc sản của tỉnh.
- Chủ trương, chính sách của Đảng, Nhà nước về hội nhập quốc tế; đấu tranh với các luận điệu xuyên tạc về quá trình hội nhập của Việt Nam.
@B III. NHIỆM VỤ VÀ HOẠT ĐỘNG CỤ THỂ
1. Xây dựng cơ chế phối hợp thông tin tuyên truyền về ASEAN giữa các sở, ngành, địa phương và cơ quan báo chí theo chiều ngang và chiều dọc; định hướng các cơ quan báo chí về nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn.
- Cơ quan chủ trì: Sở Thông tin và Truyền thông.
- Cơ quan phối hợp: Ban Tuyên giáo Tỉnh ủy, Sở Ngoại vụ.
- Thời gian thực hiện: Quý IV/2019.
2. Khai thác, chia sẻ cơ sở dữ liệu chung về ASEAN từ Cổng thông tin ASEAN Việt Nam; đăng tải, chia sẻ tin, bài trên Cổng thông tin điện tử tỉnh và Fanpage "ASEAN và Việt Nam".
- Cơ quan chủ trì: Văn phòng Ủy ban nhân dân tỉnh (Cổng thông tin điện tử tỉnh).
- Cơ quan phối hợp: Sở Thông tin và Truyền thông.
- Thời gian thực hiện: Thường xuyên.
3. Mở chuyên trang, chuyên mục về ASEAN; tiếp, phát sóng các chương trình, phim tài liệu về ASEAN của Đài Truyền hình Việt Nam và Đài Tiếng nói Việt Nam.
- Cơ quan chủ trì: Báo Ninh Thuận, Đài Phát thanh và Truyền hình Ninh Thuận.
- Thời gian thực hiện: 2019 - 2020.
4. Tổ chức 02 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên, phóng viên, biên tập viên trên địa bàn tỉnh.
- Cơ quan chủ trì: Sở Thông tin và Truyền thông.
- Cơ quan phối hợp: Ban Tuyên giáo Tỉnh ủy, Hội Nhà báo tỉnh.
- Thời gian thực hiện: Quý II/2020.
5. Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử và Cơ chế hải quan một cửa ASEAN cho doanh nghiệp trên địa bàn tỉnh.
- Cơ quan chủ trì: Sở Công Thương.
- Cơ quan phối hợp: Sở Kế hoạch và Đầu tư, Hiệp hội Doanh nghiệp tỉnh.
- Thời gian thực hiện: Năm 2020.
6. Lồng ghép nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông; xây dựng Góc ASEAN tại thư viện các trường trung học phổ thông.
- Cơ quan chủ trì: Sở Giáo dục và Đào tạo.
- Cơ quan phối hợp: Tỉnh đoàn, Thư viện tỉnh.
- Thời gian thực hiện: Tháng 3 - tháng 5/2020.
7. Tổ chức triển lãm ảnh "Ninh Thuận - ASEAN: Gắn kết và phát triển", các hoạt động giao lưu văn hóa, thể thao; treo băng rôn, khẩu hiệu, pa nô, áp phích tại trung tâm thành phố Phan Rang - Tháp Chàm.
- Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch.
- Cơ quan phối hợp: Ủy ban nhân dân thành phố Phan Rang - Tháp Chàm.
- Thời gian thực hiện: Tháng 7/2020.
8. Quảng bá tiềm năng, thế mạnh và các dự án kêu gọi đầu tư của tỉnh tại các hội chợ, hội nghị xúc tiến đầu tư, thương mại, du lịch với các nước ASEAN.
- Cơ quan chủ trì: Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh.
- Cơ quan phối hợp: Sở Công Thương, Sở Văn hóa, Thể thao và Du lịch.
- Thời gian thực hiện: 2019 - 2020.
9. Biên soạn, in ấn, phát hành tài liệu, tờ rơi tuyên truyền về Cộng đồng ASEAN và Năm Chủ tịch ASEAN 2020 của Việt Nam, cấp phát cho các huyện, thành phố.
- Cơ quan chủ trì: Sở Thông tin và Truyền thông.
- Thời gian thực hiện: Quý I/2020.
10. Theo dõi, nắm bắt dư luận xã hội; kịp thời cung cấp thông tin, phản bác các thông tin sai trái, xuyên tạc liên quan đến việc Việt Nam tham gia ASEAN.
- Cơ quan chủ trì: Sở Thông tin và Truyền thông.
- Cơ quan phối hợp: Công an tỉnh.
- Thời gian thực hiện: Thường xuyên.
11. Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện chuyên đề, sinh hoạt của đoàn viên, hội viên thanh niên, phụ nữ, nông dân ở cơ sở.
- Cơ quan chủ trì: Ủy ban nhân dân các huyện, thành phố.
- Cơ quan phối hợp: Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh.
- Thời gian thực hiện: 2019 - 2020.
@B IV. KINH PHÍ THỰC HIỆN
1. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách nhà nước của các cơ quan, đơn vị theo phân cấp ngân sách hiện hành.
2. Khuyến khích các cơ quan, đơn vị huy động nguồn xã hội hóa và các nguồn hợp pháp khác để thực hiện Kế hoạch.
@B V. TỔ CHỨC THỰC HIỆN
@B 1. Sở Thông tin và Truyền thông
- Là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai thực hiện Kế hoạch; hướng dẫn, đôn đốc, kiểm tra việc thực hiện.
- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN trước ngày 15/12 hằng năm.
@B 2. Sở Tài chính
- Trên cơ sở dự toán của các cơ quan, đơn vị, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định.
@B 3. Các sở, ban, ngành thuộc tỉnh; Ủy ban nhân dân các huyện, thành phố
- Căn cứ nhiệm vụ được giao, xây dựng kế hoạch cụ thể và tổ chức triển khai thực hiện.
- Gửi báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp.
4. Đề nghị Ban Tuyên giáo Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp chỉ đạo, định hướng công tác tuyên truyền về ASEAN trong hệ thống chính trị.
Trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./.
"""

def build():
    src = mk_to_text(MK)
    (STAGE / "sources" / f"{NAME}.source.txt").write_text(src, encoding="utf-8")
    doc = Document()
    compact(doc, 12)
    doc.styles["Normal"].font.name = "Times New Roman"
    items = parse_mk(MK)
    i = 0
    while i < len(items):
        tag, rest = items[i]
        if tag in ("HDR", "SIG"):
            rows = []
            while i < len(items) and items[i][0] == tag:
                rows.append(items[i][1].partition(" | ")[::2]); i += 1
            t = doc.add_table(rows=len(rows), cols=2)  # default style: no borders
            for r, (l, rr) in enumerate(rows):
                for c, txt in enumerate((l, rr)):
                    cell = t.cell(r, c)
                    p = cell.paragraphs[0]
                    run = p.add_run(txt.strip())
                    if tag == "HDR":
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                        run.bold = not txt.startswith("Số") and not txt.startswith("Ninh Thuận,") and not txt.startswith("ỦY BAN")
                        run.italic = txt.startswith("Ninh Thuận,")
                        run.font.size = Pt(12 if c == 0 else 13)
                    else:
                        if c == 1:
                            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                            run.bold = True
                        else:
                            run.font.size = Pt(11 if r else 12)
                            run.bold = r == 0; run.italic = r == 0
            continue
        if tag == "PB":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            p = doc.add_paragraph()
            run = p.add_run(rest)
            if tag in ("C", "CI", "CN"):
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.bold = tag == "C"; run.italic = tag == "CI"
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                p.paragraph_format.first_line_indent = Cm(1)
                run.bold = tag == "B" or rest.startswith("Điều ")
                run.italic = tag == "I"
                if rest.startswith("Điều "):  # bold only the "Điều N." label
                    p.clear() if hasattr(p, "clear") else None
                    lab, _, body = rest.partition(". ")
                    r1 = p.add_run(lab + ". "); r1.bold = True
                    p.add_run(body)
        i += 1
    out = STAGE / f"{NAME}.docx"
    doc.save(out)
    return src

if __name__ == "__main__":
    build()
    print("built", NAME)
