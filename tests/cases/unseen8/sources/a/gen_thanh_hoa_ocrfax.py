"""Plan 2 (layout: OCR'd fax, plain text): Sở Công Thương tỉnh Thanh Hóa, ASEAN 2021-2025 generation.

What a Tesseract run on a poor fax of the signed plan gives: the fax machine's header line on every page
(`FAX NO. : … P1`), the page number on pages 2+, hard line breaks where the printed lines ended (so sentences
break mid-line, and one paragraph runs across a page break), the header's two columns side by side, the
'Nơi nhận' column interleaved with the signature column, and the round red stamp OCR'd as garbled letters next
to the signer. Tone marks damaged by the OCR (written into the text by hand, on purpose):
  header 'TỈNH THANH HÓA' -> 'TINH THANH HOÁ', 'SỞ CÔNG THƯƠNG' -> 'SỞ CÔNG THUƠNG', 'tháng' -> 'thảng';
  basis '1160/QĐ-TTg' -> '1160/QD-TTg'; 'Ủy ban' -> 'Uy ban' (basis line and V.1); 'đẩy mạnh' -> 'dẩy mạnh';
  'điện tử' -> 'diện tử' (twice); 'chủ trì' -> 'chủ tri' (III.3); 'Khuyến công' -> 'Khuyên công' (III.3);
  'ASEAN' -> 'ASFAN' once (closing paragraph); one bullet '-' -> '—'; specks ('.', ''', '|') on a few lines.
The title lines, section headings and the signer's name came through clean.
Writes ../thanh-hoa_1872-KH-SCT_2022_asean-ocrfax.txt and sources/<NAME>.source.txt (same text)."""
import sys, textwrap
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE

NAME = "thanh-hoa_1872-KH-SCT_2022_asean-ocrfax"
W = 86          # characters per printed line, as OCR'd from a 14 pt A4 page
PAGE_SIZES = [48, 47, 45, 60]   # lines per OCR'd page; page 1 ends mid-sentence

HEAD = """UBND TINH THANH HOÁ                      CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ CÔNG THUƠNG                                 Độc lập - Tự do - Hạnh phúc
     —__                                          ————————————
Số: 1872/KH-SCT                          Thanh Hoá, ngày 15 thảng 7 năm 2022

                                      KẾ HOẠCH
            Thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương
                               giai đoạn 2022 - 2025
                                        ———
""".splitlines()

PARAS = [
 "Căn cứ Quyết định số 1160/QD-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;",
 "Căn cứ Kế hoạch số 142/KH-UBND ngày 06/6/2022 của Uy ban nhân dân tỉnh Thanh Hóa về thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Thanh Hóa giai đoạn 2022 - 2025;",
 "Sở Công Thương xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2022 - 2025, như sau:",
 "I. MỤC ĐÍCH, YÊU CẦU",
 "1. Mục đích",
 "- Phổ biến kịp thời tới cộng đồng doanh nghiệp, hợp tác xã, hộ kinh doanh trên địa bàn tỉnh các thông tin về Cộng đồng Kinh tế ASEAN, các cam kết của Việt Nam trong ASEAN và các Hiệp định thương mại tự do giữa ASEAN với các đối tác; góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng, doanh nghiệp.",
 "- Giúp doanh nghiệp tận dụng cơ hội, vượt qua thách thức, dẩy mạnh xuất khẩu sang thị trường các nước ASEAN; phục hồi sản xuất, kinh doanh sau đại dịch COVID-19.",
 "2. Yêu cầu",
 "- Nội dung thông tin chính xác, thiết thực, bám sát nhu cầu của doanh nghiệp; hình thức phong phú, ưu tiên ứng dụng công nghệ số; phối hợp chặt chẽ với các sở, ngành, cơ quan báo chí trong công tác thông tin về ASEAN.",
 "- Lồng ghép với các chương trình khuyến công, xúc tiến thương mại, phát triển thương mại diện tử của tỉnh; tránh trùng lặp, lãng phí.",
 "II. NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN",
 "- Chủ đề ASEAN theo từng năm và các hoạt động hợp tác trên Trụ cột Kinh tế; đóng góp của Việt Nam trong việc xây dựng Cộng đồng Kinh tế ASEAN.",
 "- Các cam kết về thuế quan, quy tắc xuất xứ hàng hóa, hàng rào kỹ thuật trong thương mại theo Hiệp định Thương mại hàng hóa ASEAN (ATIGA); Cơ chế một cửa ASEAN, cơ chế tự chứng nhận xuất xứ.",
 "— Các lĩnh vực mới: thương mại điện tử, kinh tế số, chuyển đổi số trong doanh nghiệp, chuỗi cung ứng giá trị khu vực.",
 "- Thông tin về thị trường, cơ hội kinh doanh, đầu tư tại các nước ASEAN; các sản phẩm chủ lực, thế mạnh của tỉnh Thanh Hóa có khả năng xuất khẩu sang thị trường ASEAN.",
 "III. NHIỆM VỤ CỤ THỂ",
 "1. Tổ chức hội nghị phổ biến cam kết ASEAN cho doanh nghiệp",
 "Phòng Quản lý Thương mại chủ trì, phối hợp với Hiệp hội Doanh nghiệp tỉnh, Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, Cơ chế một cửa ASEAN cho doanh nghiệp, hợp tác xã tại thành phố Thanh Hóa và thị xã Nghi Sơn.",
 "Thời gian: Hằng năm.",
 "2. Thông tin về ASEAN trên Trang thông tin điện tử của Sở",
 "Văn phòng Sở duy trì chuyên mục “Hội nhập kinh tế quốc tế - ASEAN” trên Trang thông tin diện tử của Sở Công Thương; đăng tải tin, bài, văn bản về các cam kết ASEAN, cảnh báo phòng vệ thương mại; chia sẻ thông tin trên trang mạng xã hội (Fanpage, Zalo OA) của Sở.",
 "Thời gian: Thường xuyên.",
 "3. Hỗ trợ doanh nghiệp tiếp cận thị trường ASEAN qua thương mại điện tử",
 "Phòng Quản lý Thương mại chủ tri, phối hợp với Trung tâm Khuyên công và Tư vấn phát triển công nghiệp tổ chức tập huấn kỹ năng thương mại điện tử; hỗ trợ doanh nghiệp, hợp tác xã đưa sản phẩm OCOP lên các sàn thương mại điện tử xuyên biên giới hướng tới thị trường các nước ASEAN.",
 "Thời gian: năm 2022 - 2025.",
 "4. Xúc tiến thương mại, tham gia hội chợ tại các nước ASEAN",
 "Phòng Quản lý Thương mại chủ trì, phối hợp với Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch tỉnh tổ chức đoàn doanh nghiệp tham gia hội chợ, triển lãm tại Lào, Thái Lan, Campuchia; giới thiệu các sản phẩm chủ lực, đặc sản của tỉnh (gạo, thủy sản chế biến, nem chua, hàng thủ công mỹ nghệ) tới các nhà nhập khẩu ASEAN.",
 "Thời gian: Theo Chương trình xúc tiến thương mại của tỉnh.",
 "5. Hỗ trợ doanh nghiệp thực hiện quy tắc xuất xứ và tham gia chuỗi cung ứng khu vực",
 "Phòng Quản lý Công nghiệp chủ trì, phối hợp với Phòng Quản lý Thương mại tư vấn cho doanh nghiệp ngành dệt may, da giày, chế biến nông sản về quy tắc xuất xứ, cơ chế tự chứng nhận xuất xứ trong ATIGA; kết nối doanh nghiệp với chuỗi cung ứng giá trị khu vực.",
 "Thời gian: năm 2023 - 2024.",
 "6. Biên soạn, phát hành tài liệu hỏi - đáp về cam kết ASEAN",
 "Phòng Quản lý Thương mại biên soạn Sổ tay hỏi - đáp về các cam kết ASEAN trong lĩnh vực công thương, in và phát hành 1.000 cuốn tới doanh nghiệp, hợp tác xã, phòng Kinh tế, phòng Kinh tế và Hạ tầng cấp huyện.",
 "Thời gian: hoàn thành trong Quý IV/2022.",
 "7. Cử công chức tham gia tập huấn về ASEAN",
 "Văn phòng Sở cử công chức, viên chức làm công tác hội nhập kinh tế quốc tế tham dự các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Công Thương, Sở Thông tin và Truyền thông tổ chức.",
 "Thời gian: Theo thông báo của cơ quan tổ chức.",
 "IV. KINH PHÍ THỰC HIỆN",
 "Kinh phí thực hiện được bố trí từ nguồn kinh phí chi thường xuyên của Sở Công Thương; lồng ghép trong kinh phí Chương trình khuyến công, Chương trình xúc tiến thương mại được phê duyệt; huy động xã hội hóa và các nguồn hợp pháp khác theo quy định.",
 "V. TỔ CHỨC THỰC HIỆN",
 "1. Văn phòng Sở",
 "- Là đầu mối, theo dõi, đôn đốc các phòng, đơn vị thuộc Sở triển khai thực hiện Kế hoạch.",
 "- Tổng hợp kết quả, báo cáo Uy ban nhân dân tỉnh (qua Sở Thông tin và Truyền thông) trước ngày 05/12 hằng năm.",
 "2. Phòng Kế hoạch - Tài chính",
 "- Tham mưu Giám đốc Sở bố trí kinh phí thực hiện Kế hoạch trong dự toán được giao.",
 "3. Các phòng, đơn vị thuộc Sở",
 "- Căn cứ nhiệm vụ được giao, chủ động xây dựng nội dung, tổ chức thực hiện; báo cáo kết quả về Văn phòng Sở trước ngày 25/11 hằng năm.",
 "4. Đề nghị Hiệp hội Doanh nghiệp tỉnh, Hội Doanh nhân trẻ tỉnh",
 "- Phổ biến Kế hoạch tới các hội viên; phản ánh kịp thời khó khăn, vướng mắc của doanh nghiệp khi thực thi các cam kết ASEAN về Sở Công Thương để tổng hợp, xử lý.",
 "Trên đây là Kế hoạch thông tin, tuyên truyền về ASFAN trong lĩnh vực công thương giai đoạn 2022 - 2025 của Sở Công Thương; yêu cầu các phòng, đơn vị nghiêm túc triển khai thực hiện./.",
]

SIGN = """Nơi nhận:                                              KT. GIÁM ĐỐC
- UBND tỉnh (để b/c);                                  PHÓ GIÁM ĐỐC
- Sở TT&TT;                                      ,.-~ SỞ `~.
- Giám đốc, các PGĐ Sở;                        ;/ CÔNG THUONG \\ /ể
- Các phòng, đơn vị thuộc Sở;                  |( * ) TH4NH  |/ Ầ~
- Lưu: VT, QLTM.                                \\ HOÁ ./ ⁄
                                                 `'-.,.-'

                                                 Lê Quang Hưng""".splitlines()

SPECKS = {7: "'", 19: ".", 33: "|"}      # speck lines OCR'd from fax noise, by output line index within a page


def fax_line(p):
    return f"FAX NO. : 02373852417                                   Jul. 18 2022 09:14AM  P{p}"


body = []
for para in PARAS:
    body += textwrap.wrap(para, W, break_long_words=False, break_on_hyphens=False)
    body.append("")
body += [""] + SIGN

pages, cur = [], list(HEAD) + [""]
for ln in body:
    if len(cur) >= PAGE_SIZES[len(pages)]:
        pages.append(cur); cur = []
    cur.append(ln)
pages.append(cur)

out = []
for i, pg in enumerate(pages, 1):
    out.append(fax_line(i))
    out.append("")
    if i > 1:
        out.append(" " * 42 + str(i))
        out.append("")
    for j, ln in enumerate(pg):
        if j in SPECKS and ln == "":
            ln = SPECKS[j]
        out.append(ln)
    out += ["", "\f"] if i < len(pages) else [""]
text = "\n".join(out).replace("\n\f\n", "\n\f")
(STAGE / f"{NAME}.txt").write_text(text, encoding="utf-8")
(Path(__file__).parent / f"{NAME}.source.txt").write_text(text, encoding="utf-8")
print("wrote", NAME, len(pages), "pages", len(text.splitlines()), "lines")
