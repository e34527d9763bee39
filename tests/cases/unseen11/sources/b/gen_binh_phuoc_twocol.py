"""Plan 1 (layout: DOCX whose body is set in TWO TEXT COLUMNS — a continuous section with <w:cols w:num="2">).

UBND tỉnh Bình Phước, ASEAN 2022-2025 (1160/QĐ-TTg generation). Built with python-docx + raw XML:
- section 1 (one column): header block in a borderless 2-column table, then "KẾ HOẠCH" and the subject line;
- section 2 (continuous break, w:cols num=2 space=567 with a separator line): the whole body — preamble, I.–V. with
  typed labels, `- ` bullets, role lines "Chủ trì: …" / "Phối hợp: …" / "Thời gian: …"; one explicit column break
  (w:br type=column) before "IV. KINH PHÍ";
- section 3 (continuous break back to one column): recipients (left) and signature (right) in a borderless table.
Writes ../<NAME>.docx and sources/<NAME>.source.txt (the intended reading text)."""
import sys
from pathlib import Path
from docx.shared import Pt, Cm
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from docxkit import new_doc, para, add_runs, set_widths, borders, cell_text, set_core

HERE = Path(__file__).parent
NAME = "binh-phuoc_214-KH-UBND_2022_asean-twocol"

HDR_L = [("ỦY BAN NHÂN DÂN", "b"), ("TỈNH BÌNH PHƯỚC", "b"), ("", ""), ("Số: 214/KH-UBND", "")]
HDR_R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
         ("Bình Phước, ngày 14 tháng 6 năm 2022", "i")]
TITLE = "KẾ HOẠCH"
SUBJECT = ["Thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025", "trên địa bàn tỉnh Bình Phước"]

# ("H", heading, bold) ("P", paragraph) ("B", "- " bullet) ("F", field line, label bold) ("COL", column break)
BODY = [
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động "
       "thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn đến năm 2030;"),
 ("P", "Căn cứ Công văn số 1420/BTTTT-TTĐN ngày 22/4/2022 của Bộ Thông tin và Truyền thông về việc hướng dẫn triển "
       "khai Chương trình hành động thông tin, tuyên truyền về ASEAN;"),
 ("P", "Ủy ban nhân dân tỉnh ban hành Kế hoạch thông tin, tuyên truyền về ASEAN giai đoạn 2022 - 2025 trên địa bàn "
       "tỉnh như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("B", "- Nâng cao nhận thức của cán bộ, công chức, viên chức, doanh nghiệp và Nhân dân trong tỉnh về Cộng đồng ASEAN, "
       "về tinh thần “Tư duy Cộng đồng, Hành động Cộng đồng”; góp phần thu hẹp khoảng cách giữa hợp tác khu vực và "
       "cảm nhận của công chúng."),
 ("B", "- Giúp doanh nghiệp, nhất là doanh nghiệp trong các khu công nghiệp của tỉnh, nắm bắt cơ hội và thách thức "
       "khi tham gia thị trường ASEAN; quảng bá hình ảnh Bình Phước năng động, thân thiện đến bạn bè trong khu vực."),
 ("H", "2. Yêu cầu"),
 ("B", "- Thông tin chính xác, kịp thời, đúng định hướng; nội dung phù hợp với từng đối tượng, từng địa bàn."),
 ("B", "- Tăng cường công tác phối hợp thông tin giữa các sở, ban, ngành, địa phương với các cơ quan báo chí; "
       "bảo đảm tiết kiệm, hiệu quả."),
 ("H", "II. NỘI DUNG THÔNG TIN, TUYÊN TRUYỀN"),
 ("B", "- Chủ đề ASEAN theo từng năm; kết quả hợp tác ASEAN trên cả 3 trụ cột Chính trị - An ninh, Kinh tế, Văn "
       "hóa - Xã hội và những đóng góp chủ động, tích cực, có trách nhiệm của Việt Nam."),
 ("B", "- Bản sắc Cộng đồng ASEAN, những nét tương đồng về văn hóa, lịch sử giữa các quốc gia thành viên; nâng cao "
       "cảm nhận thuộc về một cộng đồng chung."),
 ("B", "- Các cam kết kinh tế trong ASEAN; thương mại điện tử, kinh tế số, chuyển đổi số; cơ chế hải quan một cửa "
       "ASEAN; cơ hội tham gia chuỗi cung ứng giá trị khu vực."),
 ("B", "- Tiềm năng, thế mạnh của tỉnh Bình Phước: Khu kinh tế cửa khẩu Hoa Lư, khu công nghiệp Minh Hưng - Hàn Quốc; Vườn "
       "quốc gia Bù Gia Mập, Trảng cỏ Bù Lạch; hạt điều Bình Phước và các sản phẩm OCOP của tỉnh."),
 ("H", "III. NHIỆM VỤ CỤ THỂ"),
 ("H", "1. Thông tin, tuyên truyền về ASEAN trên báo chí của tỉnh"),
 ("P", "Duy trì chuyên mục về ASEAN trên Báo Bình Phước, Đài Phát thanh - Truyền hình Bình Phước; tăng thời lượng tin, "
       "bài về ASEAN, trong đó có những câu chuyện thực tiễn về lợi ích của hội nhập đối với người dân, doanh nghiệp "
       "của tỉnh; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam."),
 ("F", "Chủ trì: ", "Sở Thông tin và Truyền thông."),
 ("F", "Phối hợp: ", "Báo Bình Phước, Đài Phát thanh - Truyền hình Bình Phước."),
 ("F", "Thời gian: ", "Thường xuyên."),
 ("H", "2. Chuyên mục ASEAN trên Cổng Thông tin điện tử tỉnh và mạng xã hội"),
 ("P", "Xây dựng chuyên mục “Bình Phước với ASEAN” trên Cổng Thông tin điện tử tỉnh; đăng tải, chia sẻ thông tin về "
       "ASEAN trên trang mạng xã hội chính thức của tỉnh và các nền tảng số."),
 ("F", "Chủ trì: ", "Văn phòng UBND tỉnh."),
 ("F", "Phối hợp: ", "Sở Thông tin và Truyền thông."),
 ("F", "Thời gian: ", "Năm 2022."),
 ("H", "3. Tuyên truyền trên hệ thống thông tin cơ sở"),
 ("P", "UBND các huyện, thị xã, thành phố chỉ đạo Trung tâm Văn hóa, Thông tin và Thể thao cấp huyện, đài truyền "
       "thanh cấp xã xây dựng tin, bài, phát thanh nội dung về ASEAN; phối hợp với Sở Thông tin và Truyền thông cung "
       "cấp tài liệu tuyên truyền cho cơ sở."),
 ("F", "Thời gian: ", "Thường xuyên."),
 ("H", "4. Tuyên truyền cổ động trực quan nhân kỷ niệm Ngày thành lập ASEAN"),
 ("P", "Treo cờ ASEAN, pa nô, áp phích, băng rôn tại trung tâm thành phố Đồng Xoài, thị xã Bình Long, cửa khẩu quốc tế Hoa Lư và trụ sở các cơ "
       "quan nhân kỷ niệm 55 năm Ngày thành lập ASEAN (08/8/1967 - 08/8/2022)."),
 ("F", "Chủ trì: ", "Sở Văn hóa, Thể thao và Du lịch."),
 ("F", "Phối hợp: ", "UBND các huyện, thị xã, thành phố."),
 ("F", "Thời gian: ", "Tháng 7 - tháng 8/2022."),
 ("H", "5. Thông tin cho doanh nghiệp về các cam kết kinh tế và lĩnh vực mới của ASEAN"),
 ("P", "Tổ chức hội nghị, tọa đàm, biên soạn bản tin điện tử cung cấp thông tin cho doanh nghiệp về các cam kết "
       "trong ASEAN, quy tắc xuất xứ, thương mại điện tử, cơ chế hải quan một cửa ASEAN, dịch chuyển lao động."),
 ("F", "Chủ trì: ", "Sở Công Thương."),
 ("F", "Phối hợp: ", "Sở Kế hoạch và Đầu tư, Ban Quản lý Khu kinh tế tỉnh, Hiệp hội Doanh nghiệp tỉnh."),
 ("F", "Thời gian: ", "2022 - 2025."),
 ("H", "6. Quảng bá tiềm năng, cơ hội đầu tư của tỉnh đến các nước ASEAN"),
 ("P", "Sản xuất video, ấn phẩm song ngữ giới thiệu môi trường đầu tư, cơ hội kinh doanh, du lịch của Bình Phước; sử "
       "dụng tại các sự kiện xúc tiến đầu tư của tỉnh và gửi các cơ quan đại diện Việt Nam tại các nước ASEAN."),
 ("F", "Chủ trì: ", "Sở Kế hoạch và Đầu tư."),
 ("F", "Phối hợp: ", "Sở Ngoại vụ, Sở Văn hóa, Thể thao và Du lịch."),
 ("F", "Thời gian: ", "2022 - 2025."),
 ("H", "7. Cuộc thi tìm hiểu về ASEAN dành cho học sinh, sinh viên"),
 ("P", "Tổ chức cuộc thi tìm hiểu về ASEAN trực tuyến dành cho học sinh trung học phổ thông và sinh viên các trường "
       "đại học, cao đẳng trên địa bàn tỉnh; trao giải cho tập thể, cá nhân đạt thành tích cao."),
 ("F", "Chủ trì: ", "Tỉnh đoàn Bình Phước."),
 ("F", "Phối hợp: ", "Sở Giáo dục và Đào tạo."),
 ("F", "Thời gian: ", "Quý IV/2022."),
 ("H", "8. Đấu tranh, phản bác quan điểm sai trái về hội nhập ASEAN"),
 ("P", "Theo dõi, nắm bắt dư luận; kịp thời phát hiện, đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về "
       "chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của Việt Nam trên không gian mạng."),
 ("F", "Chủ trì: ", "Công an tỉnh."),
 ("F", "Phối hợp: ", "Sở Thông tin và Truyền thông."),
 ("F", "Thời gian: ", "Thường xuyên."),
 ("COL",),
 ("H", "IV. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, lồng ghép trong "
       "kinh phí chi thường xuyên của các cơ quan, đơn vị và từ nguồn xã hội hóa, các nguồn hợp pháp khác."),
 ("P", "Năm 2022, ngân sách tỉnh bố trí 350 triệu đồng cho Sở Thông tin và Truyền thông để thực hiện các nhiệm vụ "
       "tại mục III của Kế hoạch này. Các năm tiếp theo, các cơ quan, đơn vị lập dự toán kinh phí cùng với dự toán "
       "ngân sách của đơn vị, gửi Sở Tài chính thẩm định."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Sở Thông tin và Truyền thông"),
 ("B", "- Chủ trì, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch."),
 ("B", "- Tăng cường công tác phối hợp thông tin với các sở, ngành, địa phương và cơ quan báo chí; định hướng nội "
       "dung tuyên truyền về ASEAN theo từng thời điểm."),
 ("B", "- Tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và Bộ Thông tin và Truyền thông trước ngày 10/12 hằng năm."),
 ("H", "2. Sở Tài chính"),
 ("P", "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định."),
 ("H", "3. Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố"),
 ("P", "Căn cứ nhiệm vụ được giao, xây dựng kế hoạch cụ thể và tổ chức thực hiện; báo cáo kết quả về Sở Thông "
       "tin và Truyền thông trước ngày 25/11 hằng năm."),
 ("H", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh và Hội Nông dân tỉnh"),
 ("P", "Lồng ghép nội dung tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên."),
 ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Thông tin và "
       "Truyền thông để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./."),
]

RECIP = ["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
         "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;", "- Báo Bình Phước, Đài PT-TH Bình Phước;",
         "- Lưu: VT, KGVX.Thg."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Phạm Văn Nghiêm"]


def set_cols(section, num, sep=False):
    sp = section._sectPr
    for c in sp.findall(qn("w:cols")):
        sp.remove(c)
    el = parse_xml(f'<w:cols {nsdecls("w")} w:num="{num}" w:space="567"' + (' w:sep="1"' if sep else "") + '/>')
    # w:cols must come after w:pgMar/w:pgNumType etc.; python-docx sectPr order: … pgSz, pgMar, cols, docGrid
    dg = sp.find(qn("w:docGrid"))
    (dg.addprevious(el) if dg is not None else sp.append(el))


def main():
    doc = new_doc(size=13, left=2.5, right=1.8, top=2.0, bottom=2.0)
    set_core(doc, "Nguyen Thu Trang", "2022-06-13T08:10:00", "2022-06-14T16:42:00", "Kế hoạch ASEAN 2022-2025")
    src = []
    t = doc.add_table(rows=len(HDR_L), cols=2)
    borders(t, "nil"); set_widths(t, [6.5, 10.2])
    for i, ((l, lf), (r, rf)) in enumerate(zip(HDR_L, HDR_R)):
        cell_text(t.cell(i, 0), [l], bold=(0,) if lf == "b" else ())
        cell_text(t.cell(i, 1), [r], bold=(0,) if rf == "b" else (), italic=(0,) if rf == "i" else ())
        src.append(f"{l} || {r}")
    para(doc, TITLE, bold=True, align="center", before=12, after=0)
    for s in SUBJECT:
        para(doc, s, bold=True, align="center", after=0)
    para(doc, "", align="center", after=6)
    src += ["", "# " + TITLE] + ["# " + s for s in SUBJECT] + [""]
    # section 2: body in two columns
    body = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(body, 2, sep=True)
    for item in BODY:
        kind = item[0]
        if kind == "COL":
            p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.COLUMN)
            src.append("[column break]")
            continue
        if kind == "H":
            para(doc, item[1], bold=True, align="justify", indent=False, after=3, before=3)
            src.append("## " + item[1])
        elif kind == "F":
            p = para(doc, "", align="justify", indent=True, after=2)
            r = p.add_run(item[1]); r.bold = True; r.italic = True
            p.add_run(item[2])
            src.append(item[1] + item[2])
        else:
            para(doc, item[1], align="justify", indent=True, after=3)
            src.append(item[1])
    # section 3: closing, one column
    close = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(close, 1)
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil"); set_widths(t, [8.2, 8.5])
    cell_text(t.cell(0, 0), RECIP, bold=(0,), italic=(0,), size=11, align="left")
    cell_text(t.cell(0, 1), SIGN, bold=(0, 1, 2, 6), size=13)
    src += [""] + [f"{a} || {b}" for a, b in zip(RECIP + [""] * 9, SIGN + [""] * 9) if a or b]
    doc.save(STAGE / f"{NAME}.docx")
    (HERE / f"{NAME}.source.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
    print("wrote", NAME)


if __name__ == "__main__":
    main()
