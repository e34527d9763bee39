"""Plan 1: Sở Công Thương tỉnh Bình Phước — whole body inside one big one-column table,
header as a nested two-column table in the first cell, Nơi nhận/signature as a nested table in the last."""
import os, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "binh-phuoc_1465-KH-SCT_2019_asean-onetable"
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = lambda s: unicodedata.normalize("NFC", s)

HEADER = [("UBND TỈNH BÌNH PHƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          ("SỞ CÔNG THƯƠNG", "Độc lập - Tự do - Hạnh phúc"),
          ("Số: 1465/KH-SCT", "Bình Phước, ngày 20 tháng 8 năm 2019")]
TITLE = ["KẾ HOẠCH", "Tuyên truyền, quảng bá ASEAN trong lĩnh vực công thương", "giai đoạn 2019-2020"]

# (style, text): H = bold heading, P = justified paragraph, B = bullet paragraph, I = italic field line
BODY1 = [
("P", "Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020; Kế hoạch số 2418/KH-UBND ngày 05/8/2019 của Ủy ban nhân dân tỉnh Bình Phước về tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 trên địa bàn tỉnh;"),
("P", "Sở Công Thương xây dựng Kế hoạch tuyên truyền, quảng bá ASEAN trong lĩnh vực công thương giai đoạn 2019-2020, cụ thể như sau:"),
("H", "I. MỤC ĐÍCH, YÊU CẦU"),
("H", "1. Mục đích"),
("B", "- Giúp cộng đồng doanh nghiệp, hợp tác xã và thương nhân trên địa bàn tỉnh hiểu rõ các cam kết kinh tế trong ASEAN, nắm bắt được cơ hội để phát triển và chủ động ứng phó với thách thức khi Cộng đồng Kinh tế ASEAN vận hành sâu rộng."),
("B", "- Góp phần đưa công tác tuyên truyền về ASEAN trở thành một phần trong dòng chảy chính của công tác hội nhập ASEAN, nhất là trong năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020."),
("H", "2. Yêu cầu"),
("B", "- Nội dung tuyên truyền chính xác, thiết thực, gắn với nhiệm vụ quản lý nhà nước của ngành công thương."),
("B", "- Các phòng, đơn vị thuộc Sở phối hợp chặt chẽ, sử dụng hiệu quả nguồn lực, tránh trùng lặp."),
("H", "II. NHIỆM VỤ CỤ THỂ"),
("H", "1. Phổ biến các cam kết trong ASEAN về thương mại hàng hóa, dịch vụ và đầu tư"),
("P", "Tổ chức phổ biến nội dung Hiệp định Thương mại hàng hóa ASEAN (ATIGA), các lộ trình cắt giảm thuế quan và những cơ hội kinh doanh trong Cộng đồng Kinh tế ASEAN cho doanh nghiệp, hợp tác xã trên địa bàn tỉnh."),
("I", "- Đơn vị chủ trì: Phòng Quản lý Thương mại."),
("I", "- Đơn vị phối hợp: Văn phòng Sở; Hiệp hội Doanh nghiệp tỉnh Bình Phước."),
("I", "- Thời gian thực hiện: Năm 2019 - 2020."),
("H", "2. Hội nghị hướng dẫn quy tắc xuất xứ và cơ chế tự chứng nhận xuất xứ"),
("P", "Phòng Quản lý Thương mại chủ trì, phối hợp với Cục Hải quan tỉnh Bình Phước tổ chức 01 hội nghị hướng dẫn quy tắc xuất xứ hàng hóa, cơ chế tự chứng nhận xuất xứ trong ATIGA cho doanh nghiệp xuất khẩu hạt điều, cao su, gỗ chế biến. Thời gian: quý IV/2019."),
("H", "3. Thông tin về thương mại điện tử, Cơ chế hải quan một cửa ASEAN và ASEAN BIS"),
("P", "Phòng Kế hoạch - Tài chính - Tổng hợp là đầu mối biên soạn, cung cấp thông tin về thương mại điện tử, Cơ chế hải quan một cửa ASEAN, Hệ thống thông tin kinh doanh ASEAN (ASEAN BIS) và Hội đồng Tư vấn kinh doanh ASEAN (ABA) để doanh nghiệp khai thác. Thời gian: quý II/2020."),
("H", "4. Chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử của Sở"),
("P", "Văn phòng Sở duy trì chuyên mục “Hội nhập ASEAN” trên Trang thông tin điện tử của Sở Công Thương; cập nhật tin, bài định kỳ hằng tháng và chia sẻ cơ sở dữ liệu, ấn phẩm với Cổng thông tin ASEAN Việt Nam."),
("H", "5. Lan tỏa thông tin về ASEAN trên mạng xã hội"),
("P", "Giao Văn phòng Sở chủ trì chia sẻ nội dung từ Ứng dụng và Fanpage “ASEAN và Việt Nam” trên trang mạng xã hội của Sở; khuyến khích công chức, người lao động chia sẻ tin, bài về ASEAN."),
]
BODY2 = [
("H", "6. Đưa doanh nghiệp tham gia hội chợ, triển lãm tại các nước ASEAN"),
("P", "Tổ chức đoàn doanh nghiệp của tỉnh tham gia hội chợ, triển lãm thương mại tại Campuchia, Lào, Thái Lan; kết hợp quảng bá hình ảnh ASEAN và giới thiệu sản phẩm chủ lực của tỉnh."),
("I", "- Đơn vị chủ trì: Trung tâm Khuyến công và Xúc tiến thương mại."),
("I", "- Đơn vị phối hợp: Phòng Quản lý Thương mại; Hiệp hội Doanh nghiệp tỉnh Bình Phước."),
("I", "- Thời gian thực hiện: Năm 2020."),
("H", "7. Hội chợ thương mại biên giới Việt Nam - Campuchia tại huyện Lộc Ninh"),
("P", "Trung tâm Khuyến công và Xúc tiến thương mại chủ trì, phối hợp với Ủy ban nhân dân huyện Lộc Ninh tổ chức Hội chợ thương mại biên giới Việt Nam - Campuchia tại Khu kinh tế cửa khẩu Hoa Lư; dành khu gian hàng quảng bá hạt điều Bình Phước và các đặc sản của tỉnh. Thời gian: tháng 12/2019."),
("H", "8. Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
("P", "Cử công chức làm công tác tuyên truyền, hội nhập tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Công Thương, Bộ Thông tin và Truyền thông tổ chức (Đơn vị chủ trì: Văn phòng Sở)."),
("H", "9. Biên soạn, phát hành tài liệu tuyên truyền"),
("P", "Biên soạn, in ấn, phát hành 2.000 tờ rơi và 500 cuốn sổ tay hỏi - đáp về Cộng đồng Kinh tế ASEAN cấp cho doanh nghiệp, hợp tác xã tại các hội nghị, hội chợ."),
("I", "- Đơn vị chủ trì: Phòng Quản lý Thương mại."),
("I", "- Đơn vị phối hợp: Trung tâm Khuyến công và Xúc tiến thương mại."),
("I", "- Thời gian thực hiện: quý I/2020."),
("H", "10. Nắm bắt dư luận, phản bác thông tin sai trái"),
("P", "Các phòng, đơn vị thuộc Sở theo dõi, nắm bắt dư luận xã hội về tác động của hội nhập ASEAN đối với sản xuất, kinh doanh; kịp thời cung cấp thông tin chính thống để phản bác thông tin sai trái, xuyên tạc."),
("H", "III. KINH PHÍ THỰC HIỆN"),
("P", "1. Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí thường xuyên năm 2019, năm 2020 của Sở Công Thương và nguồn ngân sách tỉnh bố trí cho Chương trình xúc tiến thương mại hằng năm; dự kiến tổng kinh phí là 350 triệu đồng."),
("P", "2. Trung tâm Khuyến công và Xúc tiến thương mại vận động tài trợ của doanh nghiệp để tổ chức gian hàng, hội chợ theo quy định."),
("H", "IV. TỔ CHỨC THỰC HIỆN"),
("H", "1. Văn phòng Sở"),
("B", "- Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch."),
("B", "- Tổng hợp kết quả, báo cáo Sở Thông tin và Truyền thông định kỳ 6 tháng (trước ngày 15/6 và ngày 05/12 hằng năm)."),
("H", "2. Phòng Kế hoạch - Tài chính - Tổng hợp"),
("B", "- Tham mưu Giám đốc Sở bố trí kinh phí thực hiện Kế hoạch; lập dự toán kinh phí gửi Sở Tài chính trước ngày 15/7 hằng năm."),
("H", "3. Phòng Quản lý Thương mại, Trung tâm Khuyến công và Xúc tiến thương mại"),
("B", "- Chủ động triển khai các nhiệm vụ được giao tại Mục II; gửi kết quả về Văn phòng Sở trước ngày 30/11 hằng năm."),
("H", "4. Đề nghị Hiệp hội Doanh nghiệp tỉnh Bình Phước và Cục Hải quan tỉnh Bình Phước"),
("B", "- Phối hợp với Sở Công Thương thông tin đến hội viên, doanh nghiệp về các hoạt động tuyên truyền, quảng bá ASEAN."),
("P", "Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN trong lĩnh vực công thương giai đoạn 2019-2020 của Sở Công Thương tỉnh Bình Phước. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị báo cáo về Văn phòng Sở để tổng hợp, trình Giám đốc Sở xem xét, giải quyết./."),
]
RECIP = ["Nơi nhận:", "- Sở Thông tin và Truyền thông;", "- UBND tỉnh (b/c);", "- Giám đốc, các PGĐ Sở;",
         "- Các phòng, đơn vị thuộc Sở;", "- Hiệp hội Doanh nghiệp tỉnh;", "- Lưu: VT, QLTM."]
SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Lê Văn Thắng"]


def font(run, size=13, bold=False, italic=False):
    run.font.name = "Times New Roman"; run.font.size = Pt(size); run.bold = bold; run.italic = italic
    rpr = run._element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"): rf.set(qn(k), "Times New Roman")


def para(container, text, align=None, size=13, bold=False, italic=False, first=True, indent=False):
    p = container.paragraphs[0] if (first and container.paragraphs and not container.paragraphs[0].text
                                   and len(container.paragraphs) == 1) else container.add_paragraph()
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(3)
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    font(p.add_run(N(text)), size, bold, italic)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)


def widths(table, cms):
    table.autofit = False
    for row in table.rows:
        for c, w in zip(row.cells, cms): c.width = Cm(w)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms): gc.set(qn("w:w"), str(int(w * 567)))
    tblW = table._tbl.tblPr.find(qn("w:tblW"))
    if tblW is None: tblW = OxmlElement("w:tblW"); table._tbl.tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa"); tblW.set(qn("w:w"), str(int(sum(cms) * 567)))


def body_rows(cell, rows):
    for st, t in rows:
        if st == "H": para(cell, t, WD_ALIGN_PARAGRAPH.JUSTIFY, bold=True, indent=True)
        elif st == "I": para(cell, t, WD_ALIGN_PARAGRAPH.JUSTIFY, italic=True, indent=True)
        else: para(cell, t, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)


def build():
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    outer = d.add_table(rows=5, cols=1); no_borders(outer); widths(outer, [16])
    # row 0: nested two-column header
    c0 = outer.cell(0, 0)
    hdr = c0.add_table(rows=3, cols=2); no_borders(hdr); widths(hdr, [6, 9.8])
    for i, (l, r) in enumerate(HEADER):
        para(hdr.cell(i, 0), l, WD_ALIGN_PARAGRAPH.CENTER, 12 if i == 0 else 13, bold=(i == 1))
        para(hdr.cell(i, 1), r, WD_ALIGN_PARAGRAPH.CENTER if i < 2 else WD_ALIGN_PARAGRAPH.RIGHT,
             12, bold=(i < 2), italic=(i == 2))
    # remove the empty paragraph python-docx leaves before the nested table
    p0 = c0.paragraphs[0]
    if not p0.text: pass  # Word requires a paragraph after a nested table; keep cell valid
    # row 1: title
    c1 = outer.cell(1, 0)
    para(c1, TITLE[0], WD_ALIGN_PARAGRAPH.CENTER, 14, bold=True)
    for t in TITLE[1:]: para(c1, t, WD_ALIGN_PARAGRAPH.CENTER, 14, bold=True)
    body_rows(outer.cell(2, 0), BODY1)
    body_rows(outer.cell(3, 0), BODY2)
    c4 = outer.cell(4, 0)
    sig = c4.add_table(rows=1, cols=2); no_borders(sig); widths(sig, [8, 7.8])
    for i, t in enumerate(RECIP):
        para(sig.cell(0, 0), t, WD_ALIGN_PARAGRAPH.LEFT, 12 if i == 0 else 11, bold=(i == 0), italic=(i == 0))
    for i, t in enumerate(SIGN):
        para(sig.cell(0, 1), t, WD_ALIGN_PARAGRAPH.CENTER, 13, bold=True)
    d.add_paragraph()  # Word always keeps an empty paragraph after a body-final table
    d.save(os.path.join(OUT, NAME + ".docx"))


def source_text():
    L = [f"{l} | {r}" for l, r in HEADER] + [""] + TITLE + [""]
    L += [t for _, t in BODY1] + [t for _, t in BODY2] + [""]
    for i in range(max(len(RECIP), len(SIGN))):
        l = RECIP[i] if i < len(RECIP) else ""; r = SIGN[i] if i < len(SIGN) else ""
        L.append(f"{l} | {r}".strip(" |") if (l or r) else "")
    return N("\n".join(L) + "\n")


if __name__ == "__main__":
    build()
    open(os.path.join(OUT, "sources", NAME + ".source.txt"), "w", encoding="utf-8").write(source_text())
