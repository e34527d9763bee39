"""Plan 3: Sở Thông tin và Truyền thông tỉnh Sơn La — 'Phần thứ nhất … Phần thứ tư' tops with Roman and
Arabic items below; single column; footer 'Trang X/Y'. Written as DOCX with python-docx, printed to PDF by
LibreOffice Writer (soffice --headless --convert-to pdf)."""
import os, subprocess, shutil, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "son-la_1208-KH-STTTT_2019_asean-phanthu"
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
N = lambda s: unicodedata.normalize("NFC", s)

HEADER = [("UBND TỈNH SƠN LA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Độc lập - Tự do - Hạnh phúc"),
          ("Số: 1208/KH-STTTT", "Sơn La, ngày 18 tháng 12 năm 2019")]
TITLE = ["KẾ HOẠCH", "Tuyên truyền về ASEAN năm 2020"]
# C = centred bold (Phần lines), H = bold heading, P = paragraph
BODY = [
("P", "Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN về việc ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020 và Công văn số 03/BTTTT-BCĐASEAN ngày 26/6/2019 của Bộ Thông tin và Truyền thông; Kế hoạch số 3150/KH-UBND ngày 25/10/2019 của Ủy ban nhân dân tỉnh Sơn La về tuyên truyền, quảng bá ASEAN giai đoạn 2019-2020;"),
("P", "Sở Thông tin và Truyền thông xây dựng Kế hoạch tuyên truyền về ASEAN năm 2020 như sau:"),
("C", "Phần thứ nhất"),
("C", "MỤC ĐÍCH, YÊU CẦU"),
("H", "I. Mục đích"),
("P", "- Đưa công tác thông tin, tuyên truyền về ASEAN trở thành một phần trong dòng chảy chính của công tác hội nhập ASEAN của tỉnh; giúp cán bộ và Nhân dân các dân tộc tỉnh Sơn La hiểu rõ vai trò, vị thế của ASEAN và của Việt Nam trong năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020."),
("P", "- Giúp doanh nghiệp, người dân vùng biên giới nắm bắt được cơ hội để phát triển trong quan hệ hợp tác với các tỉnh Bắc Lào."),
("H", "II. Yêu cầu"),
("P", "- Thông tin kịp thời, chính xác; phân công rõ đơn vị chủ trì, thời gian thực hiện; bảo đảm tiết kiệm, hiệu quả."),
("C", "Phần thứ hai"),
("C", "NHIỆM VỤ VÀ GIẢI PHÁP"),
("H", "I. TUYÊN TRUYỀN TRÊN BÁO CHÍ VÀ MÔI TRƯỜNG MẠNG"),
("H", "1. Định hướng báo chí tuyên truyền về Năm Chủ tịch ASEAN 2020"),
("P", "Phòng Thông tin - Báo chí - Xuất bản chủ trì hướng dẫn các cơ quan báo chí địa phương mở chuyên trang, chuyên mục về Năm Chủ tịch ASEAN 2020 với chủ đề “Gắn kết và Chủ động thích ứng”, Hội nghị Cấp cao ASEAN lần thứ 36, 37 và kỷ niệm 25 năm Việt Nam gia nhập ASEAN; định hướng nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn, định kỳ hằng tháng."),
("H", "2. Tiếp, phát sóng chương trình, phim tài liệu về ASEAN"),
("P", "Phòng Thông tin - Báo chí - Xuất bản phối hợp với Đài Phát thanh và Truyền hình tỉnh, Đài Truyền thanh - Truyền hình các huyện, thành phố tiếp, phát sóng các chương trình, phim tài liệu về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam. Thời gian: quý III/2020."),
("H", "3. Chuyên mục ASEAN trên Cổng Thông tin điện tử tỉnh"),
("P", "Cơ quan chủ trì: Trung tâm Công nghệ thông tin và Truyền thông. Cơ quan phối hợp: Văn phòng Ủy ban nhân dân tỉnh. Nội dung: duy trì chuyên mục “Sơn La - ASEAN” trên Cổng Thông tin điện tử tỉnh; chia sẻ cơ sở dữ liệu, tin, bài với Cổng thông tin ASEAN Việt Nam. Thời gian: năm 2020."),
("H", "4. Tuyên truyền trên mạng xã hội"),
("P", "Giới thiệu, lan tỏa Ứng dụng và Fanpage “ASEAN và Việt Nam”; phát trực tiếp (livestream) các hoạt động hưởng ứng Năm Chủ tịch ASEAN 2020 của tỉnh trên mạng xã hội (Chủ trì: Trung tâm Công nghệ thông tin và Truyền thông)."),
("H", "II. TUYÊN TRUYỀN CƠ SỞ, TRỰC QUAN VÀ XUẤT BẢN PHẨM"),
("H", "1. Tờ gấp tuyên truyền về ASEAN cho vùng biên giới"),
("P", "Phòng Thông tin - Báo chí - Xuất bản chủ trì, phối hợp với Ban Dân tộc tỉnh biên soạn, in ấn, phát hành 3.000 tờ gấp về ASEAN bằng tiếng Việt và tiếng Thái, cấp cho các xã biên giới của các huyện Sốp Cộp, Sông Mã, Mộc Châu, Vân Hồ, Yên Châu. Thời gian: quý II/2020."),
("H", "2. Áp phích điện tử, pa nô về Năm Chủ tịch ASEAN 2020"),
("P", "Văn phòng Sở thiết kế áp phích điện tử, mẫu pa nô về Năm Chủ tịch ASEAN 2020, cung cấp cho các sở, ngành, Ủy ban nhân dân các huyện, thành phố sử dụng; hoàn thành trước ngày 15/01/2020."),
("H", "3. Góc ASEAN tại Thư viện tỉnh"),
("P", "Phối hợp với Sở Văn hóa, Thể thao và Du lịch xây dựng Góc ASEAN tại Thư viện tỉnh và tủ sách ASEAN tại các điểm bưu điện - văn hóa xã. Thời gian: quý III/2020."),
("H", "III. CÁC HOẠT ĐỘNG HỖ TRỢ"),
("H", "1. Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
("P", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ thông tin cơ sở."),
("P", "- Chủ trì: Phòng Thông tin - Báo chí - Xuất bản."),
("P", "- Phối hợp: Ban Tuyên giáo Tỉnh ủy."),
("P", "- Thời gian: tháng 5/2020."),
("H", "2. Thông tin cho doanh nghiệp về các cam kết trong ASEAN"),
("P", "Giao Phòng Bưu chính, Viễn thông và Công nghệ thông tin chủ trì, phối hợp với Sở Công Thương cung cấp thông tin về cam kết trong ASEAN, thương mại điện tử, Cơ chế hải quan một cửa ASEAN cho doanh nghiệp bưu chính, viễn thông, công nghệ thông tin trên địa bàn tỉnh."),
("H", "3. Đấu tranh phản bác thông tin sai trái, xuyên tạc"),
("P", "Phòng Thông tin - Báo chí - Xuất bản chủ trì, phối hợp với Công an tỉnh theo dõi dư luận xã hội, phát hiện, xử lý thông tin sai trái, xuyên tạc về ASEAN và về vai trò Chủ tịch ASEAN của Việt Nam trên môi trường mạng."),
("H", "4. Quảng bá hình ảnh tỉnh Sơn La với các tỉnh Bắc Lào"),
("P", "Trung tâm Công nghệ thông tin và Truyền thông sản xuất video quảng bá tiềm năng, thế mạnh của tỉnh, du lịch Mộc Châu và các dự án kêu gọi đầu tư, đăng tải trên Cổng Thông tin điện tử tỉnh phiên bản tiếng Lào, tiếng Anh. Thời gian: quý IV/2020."),
("C", "Phần thứ ba"),
("C", "KINH PHÍ THỰC HIỆN"),
("P", "Kinh phí thực hiện Kế hoạch được bố trí từ dự toán chi ngân sách nhà nước năm 2020 giao cho Sở Thông tin và Truyền thông, dự kiến 120.000.000 đồng; lồng ghép trong kinh phí thường xuyên của các phòng, đơn vị thuộc Sở và các nguồn hợp pháp khác."),
("C", "Phần thứ tư"),
("C", "TỔ CHỨC THỰC HIỆN"),
("H", "I. CÁC PHÒNG, ĐƠN VỊ THUỘC SỞ"),
("H", "1. Phòng Thông tin - Báo chí - Xuất bản"),
("P", "- Là đầu mối tham mưu Giám đốc Sở tổ chức triển khai Kế hoạch; hướng dẫn, đôn đốc các đơn vị thực hiện."),
("P", "- Tổng hợp kết quả, báo cáo Ban Chỉ đạo Thông tin tuyên truyền ASEAN và Ủy ban nhân dân tỉnh trước ngày 30/11/2020."),
("H", "2. Phòng Kế hoạch - Tài chính"),
("P", "- Thẩm định dự toán, tham mưu bố trí kinh phí thực hiện Kế hoạch trước ngày 31/01/2020."),
("H", "3. Văn phòng Sở, Trung tâm Công nghệ thông tin và Truyền thông, Phòng Bưu chính, Viễn thông và Công nghệ thông tin"),
("P", "- Triển khai các nhiệm vụ được phân công tại Phần thứ hai; báo cáo kết quả định kỳ hằng quý về Phòng Thông tin - Báo chí - Xuất bản."),
("H", "II. ĐỀ NGHỊ CÁC CƠ QUAN, ĐỊA PHƯƠNG"),
("H", "1. Báo Sơn La, Đài Phát thanh và Truyền hình tỉnh"),
("P", "- Mở chuyên trang, chuyên mục, tăng thời lượng tin, bài về Năm Chủ tịch ASEAN 2020 và các hoạt động hợp tác của tỉnh với các nước ASEAN."),
("H", "2. Ủy ban nhân dân các huyện, thành phố"),
("P", "- Chỉ đạo Phòng Văn hóa và Thông tin, Đài Truyền thanh - Truyền hình cấp huyện lồng ghép tuyên truyền về ASEAN trên hệ thống thông tin cơ sở."),
("P", "Trên đây là Kế hoạch tuyên truyền về ASEAN năm 2020 của Sở Thông tin và Truyền thông tỉnh Sơn La./."),
]
RECIP = ["Nơi nhận:", "- Bộ Thông tin và Truyền thông (b/c);", "- UBND tỉnh (b/c);", "- Ban Tuyên giáo Tỉnh ủy;",
         "- Giám đốc, các PGĐ Sở;", "- Các phòng, đơn vị thuộc Sở;", "- Báo Sơn La, Đài PT-TH tỉnh;", "- UBND các huyện, thành phố;", "- Lưu: VT, TTBCXB."]
SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Cầm Văn Thanh"]


def font(run, size=13, bold=False, italic=False):
    run.font.name = "Times New Roman"; run.font.size = Pt(size); run.bold = bold; run.italic = italic
    rpr = run._element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"): rf.set(qn(k), "Times New Roman")


def para(container, text, align=None, size=13, bold=False, italic=False, indent=False, reuse=False):
    p = container.paragraphs[0] if reuse else container.add_paragraph()
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(4)
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    font(p.add_run(N(text)), size, bold, italic)
    return p


def nil_borders(table):
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    table._tbl.tblPr.append(b)


def field(p, instr):
    r = p.add_run(); font(r, 11)
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        e = OxmlElement(tag)
        if attr: e.set(qn("w:fldCharType"), attr)
        else: e.set(qn("xml:space"), "preserve"); e.text = f" {instr} "
        r._element.append(e)
    r2 = p.add_run("1"); font(r2, 11)
    r3 = p.add_run(); font(r3, 11); e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._element.append(e)


def build():
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    font(fp.add_run("Trang "), 11); field(fp, "PAGE"); font(fp.add_run("/"), 11); field(fp, "NUMPAGES")
    hdr = d.add_table(rows=3, cols=2); nil_borders(hdr)
    for i, (l, r) in enumerate(HEADER):
        para(hdr.cell(i, 0), l, WD_ALIGN_PARAGRAPH.CENTER, 12, bold=(i == 1), reuse=True)
        para(hdr.cell(i, 1), r, WD_ALIGN_PARAGRAPH.CENTER, 12 if i == 0 else 13, bold=(i < 2), italic=(i == 2), reuse=True)
    hdr.autofit = False
    for row in hdr.rows:
        row.cells[0].width, row.cells[1].width = Cm(6.5), Cm(9.5)
    for gc, w in zip(hdr._tbl.tblGrid.findall(qn("w:gridCol")), (6.5, 9.5)): gc.set(qn("w:w"), str(int(w * 567)))
    for t in TITLE: para(d, t, WD_ALIGN_PARAGRAPH.CENTER, 14, bold=True)
    for st, t in BODY:
        if st == "C": para(d, t, WD_ALIGN_PARAGRAPH.CENTER, 13, bold=True)
        elif st == "H": para(d, t, WD_ALIGN_PARAGRAPH.JUSTIFY, 13, bold=True, indent=True)
        else: para(d, t, WD_ALIGN_PARAGRAPH.JUSTIFY, 13, indent=True)
    sig = d.add_table(rows=1, cols=2); nil_borders(sig)
    for i, t in enumerate(RECIP):
        para(sig.cell(0, 0), t, WD_ALIGN_PARAGRAPH.LEFT, 12 if i == 0 else 11, bold=(i == 0), italic=(i == 0), reuse=(i == 0))
    for i, t in enumerate(SIGN):
        para(sig.cell(0, 1), t, WD_ALIGN_PARAGRAPH.CENTER, 13, bold=True, reuse=(i == 0))
    path = os.path.join(HERE, NAME + ".docx"); d.save(path)
    tmp = "/tmp/p3build"; shutil.rmtree(tmp, ignore_errors=True); os.makedirs(tmp)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, path], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT, NAME + ".pdf"))


def source_text():
    L = [f"{l} | {r}" for l, r in HEADER] + [""] + TITLE + [""] + [t for _, t in BODY] + [""]
    for i in range(max(len(RECIP), len(SIGN))):
        l = RECIP[i] if i < len(RECIP) else ""; r = SIGN[i] if i < len(SIGN) else ""
        L.append(" | ".join(x for x in (l, r) if x))
    L += ["", "[footer on every page: Trang N/M]"]
    return N("\n".join(L) + "\n")


if __name__ == "__main__":
    build()
    open(os.path.join(HERE, NAME + ".source.txt"), "w", encoding="utf-8").write(source_text())
