"""Plan 3 (layout: LibreOffice-made PDF): Sở Thông tin và Truyền thông tỉnh Bắc Ninh, ASEAN 2020 (02/QĐ-BCĐASEAN generation).

Built as a DOCX with python-docx (A4, Times-metric Liberation Serif 14 pt, justified, first-line indents), then
converted by `soffice --headless --convert-to pdf`. Features:
- tasks are numbered paragraphs whose first sentence is the task's name, run in with its text ('1. Định hướng … .
  Phòng … chủ trì thực hiện các nội dung sau:'), followed by lettered sub-items a), b), c) — in tasks 1, 3, 4, 6
  these are content sub-items (sections), in tasks 2 and 5 they are field lines ('a) Đơn vị chủ trì: …');
- a running page header on pages 2+ ('Kế hoạch số 57/KH-STTTT ngày 14/02/2020 … Trang N'), none on page 1
  (different first page);
- one footnote (w:footnotes part) whose mark sits after a quoted column name in task 2; its text narrates event months.
Writes sources/<NAME>.docx (intermediate), ../<NAME>.pdf, sources/<NAME>.source.txt (the intended text)."""
import re, subprocess, sys, shutil
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE

HERE = Path(__file__).parent
NAME = "bac-ninh_57-KH-STTTT_2020_asean-lopdf"
FONT = "Liberation Serif"

FOOTNOTES = {1: "Chủ đề Năm ASEAN 2020 do Việt Nam đề xuất là “Gắn kết và Chủ động thích ứng”; Hội nghị Cấp cao ASEAN lần thứ 36 "
                "và lần thứ 37 dự kiến tổ chức tại Hà Nội vào tháng 4 và tháng 11/2020."}

# kinds: C centred bold, P body paragraph, H bold heading, N numbered task paragraph (first sentence bold), S sub-item
BODY = [
 ("P", "Căn cứ Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN về việc ban hành Kế hoạch "
       "tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020;"),
 ("P", "Căn cứ Kế hoạch số 412/KH-UBND ngày 28/10/2019 của Ủy ban nhân dân tỉnh Bắc Ninh về tuyên truyền, quảng bá ASEAN giai đoạn "
       "2019 - 2020 trên địa bàn tỉnh;"),
 ("P", "Căn cứ Chương trình công tác năm 2020 của Sở Thông tin và Truyền thông,"),
 ("P", "Sở Thông tin và Truyền thông xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN năm 2020 như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Tuyên truyền sâu rộng về Năm Chủ tịch ASEAN 2020 của Việt Nam, giúp cán bộ, đảng viên và nhân dân trên địa bàn tỉnh hiểu rõ "
       "hơn về ASEAN, về đất nước, con người các nước thành viên và vai trò, vị thế của Việt Nam trong ASEAN."),
 ("P", "- Cung cấp thông tin để người dân, doanh nghiệp chủ động nắm bắt được cơ hội để phát triển khi tham gia vào Cộng đồng ASEAN."),
 ("H", "2. Yêu cầu"),
 ("P", "- Thông tin kịp thời, chính xác, bám sát các sự kiện quan trọng của ASEAN trong năm 2020; phối hợp chặt chẽ giữa các phòng, "
       "đơn vị thuộc Sở với các cơ quan báo chí và địa phương."),
 ("P", "- Đa dạng hóa hình thức tuyên truyền, chú trọng các phương tiện truyền thông mới."),
 ("H", "II. NHIỆM VỤ CỤ THỂ"),
 ("N", "1. Định hướng, cung cấp thông tin về ASEAN cho các cơ quan báo chí.",
       " Phòng Thông tin - Báo chí - Xuất bản chủ trì thực hiện các nội dung sau:"),
 ("S", "a) Hằng tháng, định hướng các cơ quan báo chí, Đài Truyền thanh cấp huyện về nội dung trọng tâm cần thông tin về ASEAN theo "
       "từng giai đoạn, nhất là các sự kiện của Năm Chủ tịch ASEAN 2020."),
 ("S", "b) Chia sẻ tin, bài, tư liệu từ Cổng thông tin ASEAN Việt Nam và kho dữ liệu chung về ASEAN cho các cơ quan báo chí, Trang "
       "thông tin điện tử của các sở, ngành, địa phương."),
 ("N", "2. Tuyên truyền trên báo chí và Cổng Thông tin điện tử tỉnh.",
       " Mở và duy trì chuyên trang, chuyên mục “Việt Nam - Chủ tịch ASEAN 2020”{fn1}; tăng thời lượng tin, bài về các Hội nghị Cấp cao "
       "ASEAN và các sự kiện trong Năm Chủ tịch ASEAN 2020; tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam và "
       "Đài Tiếng nói Việt Nam."),
 ("S", "a) Đơn vị chủ trì: Báo Bắc Ninh; Đài Phát thanh và Truyền hình tỉnh; Cổng Thông tin điện tử tỉnh."),
 ("S", "b) Đơn vị phối hợp: Phòng Thông tin - Báo chí - Xuất bản."),
 ("S", "c) Thời gian thực hiện: Từ tháng 3 đến tháng 12/2020."),
 ("N", "3. Tuyên truyền trên các phương tiện truyền thông mới và hệ thống thông tin cơ sở.",
       " Trung tâm Công nghệ thông tin và Truyền thông chủ trì thực hiện:"),
 ("S", "a) Chia sẻ các tin, bài, video và chương trình phát trực tiếp (livestream) của Ứng dụng và Fanpage “ASEAN và Việt Nam” trên "
       "Trang thông tin điện tử và Fanpage của Sở."),
 ("S", "b) Cung cấp tin, bài, tài liệu về ASEAN để Đài Truyền thanh các huyện, thị xã, thành phố và đài truyền thanh cấp xã phát trên "
       "hệ thống loa truyền thanh cơ sở."),
 ("N", "4. Tập huấn, bồi dưỡng nghiệp vụ tuyên truyền về ASEAN.",
       " Phòng Thông tin - Báo chí - Xuất bản chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy, Hội Nhà báo tỉnh thực hiện:"),
 ("S", "a) Tổ chức 01 hội nghị tập huấn kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên các cơ quan báo chí, cán bộ phụ "
       "trách Trang thông tin điện tử và Đài Truyền thanh cấp huyện, hoàn thành trong quý II/2020."),
 ("S", "b) Cử cán bộ, phóng viên tham dự các lớp bồi dưỡng về ASEAN do Bộ Thông tin và Truyền thông tổ chức."),
 ("N", "5. Biên soạn, phát hành tài liệu tuyên truyền về ASEAN.",
       " Biên soạn, in 3.000 cuốn tài liệu hỏi - đáp về ASEAN và Năm Chủ tịch ASEAN 2020; in 500 áp phích, tờ gấp về Cộng đồng ASEAN "
       "cấp phát cho các xã, phường, thị trấn và các trường học."),
 ("S", "a) Đơn vị chủ trì: Phòng Thông tin - Báo chí - Xuất bản."),
 ("S", "b) Đơn vị phối hợp: Ủy ban nhân dân các huyện, thị xã, thành phố."),
 ("S", "c) Thời gian thực hiện: Quý II/2020."),
 ("N", "6. Phối hợp tổ chức các hoạt động hưởng ứng Năm Chủ tịch ASEAN 2020.",
       " Sở Thông tin và Truyền thông phối hợp với Sở Văn hóa, Thể thao và Du lịch, Sở Công Thương, Sở Giáo dục và Đào tạo thực hiện:"),
 ("S", "a) Cung cấp nội dung, hướng dẫn treo băng rôn, khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020 tại các tuyến phố "
       "chính, khu công nghiệp và trụ sở cơ quan."),
 ("S", "b) Phối hợp tổ chức cuộc thi tìm hiểu về ASEAN dành cho học sinh các trường trung học phổ thông trên địa bàn tỉnh."),
 ("S", "c) Cung cấp thông tin về các cam kết trong ASEAN, thương mại điện tử, cơ hội kinh doanh tại thị trường ASEAN cho doanh nghiệp "
       "trong các khu công nghiệp."),
 ("N", "7. Theo dõi, xử lý thông tin sai sự thật về ASEAN trên không gian mạng.",
       " Thanh tra Sở chủ trì, phối hợp với Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh theo dõi, "
       "nắm bắt dư luận xã hội, phát hiện và xử lý các thông tin sai sự thật, xuyên tạc về ASEAN và vai trò Chủ tịch ASEAN của Việt Nam "
       "trên không gian mạng. Thực hiện thường xuyên trong năm 2020."),
 ("H", "III. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện Kế hoạch từ nguồn kinh phí sự nghiệp thông tin năm 2020 đã được Ủy ban nhân dân tỉnh giao trong dự toán của "
       "Sở Thông tin và Truyền thông, tổng số 280.000.000 đồng (Hai trăm tám mươi triệu đồng). Các cơ quan báo chí lồng ghép trong kinh "
       "phí hoạt động thường xuyên của đơn vị."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Thông tin - Báo chí - Xuất bản"),
 ("P", "Là đầu mối tham mưu Giám đốc Sở theo dõi, đôn đốc, hướng dẫn thực hiện Kế hoạch; tổng hợp kết quả, tham mưu báo cáo Ủy ban "
       "nhân dân tỉnh, Bộ Thông tin và Truyền thông trước ngày 05/12/2020."),
 ("H", "2. Văn phòng Sở"),
 ("P", "Bảo đảm kinh phí, hướng dẫn thanh toán, quyết toán kinh phí theo quy định."),
 ("H", "3. Trung tâm Công nghệ thông tin và Truyền thông; Thanh tra Sở"),
 ("P", "Thực hiện các nhiệm vụ được giao tại Mục II Kế hoạch này; báo cáo kết quả về Phòng Thông tin - Báo chí - Xuất bản trước ngày "
       "25/11/2020."),
 ("H", "4. Đề nghị Báo Bắc Ninh, Đài Phát thanh và Truyền hình tỉnh và Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố"),
 ("P", "Phối hợp triển khai các nội dung có liên quan; gửi kết quả thực hiện về Sở Thông tin và Truyền thông (qua Phòng Thông tin - "
       "Báo chí - Xuất bản) trước ngày 25/11/2020."),
 ("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN năm 2020 của Sở Thông tin và Truyền thông tỉnh Bắc Ninh./."),
]
RECIP = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Cục Thông tin đối ngoại - Bộ TT&TT (b/c);", "- Ban Tuyên giáo Tỉnh ủy;",
         "- Giám đốc, các PGĐ Sở;", "- Các cơ quan báo chí tỉnh;", "- Phòng VH&TT các huyện, TX, TP;", "- Lưu: VT, TTBCXB."]
SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "", "Nguyễn Thị Thu Hằng"]


def set_widths(table, cms):
    """Fixed layout with explicit grid widths (LibreOffice reads w:tblGrid, not python-docx's cell widths alone)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def cell_lines(cell, lines, bold=(), italic=(), size=13):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line); r.font.size = Pt(size); r.bold = i in bold; r.italic = i in italic


def runs(p, text, bold=False):
    for piece in re.split(r"(\{fn\d+\})", text):
        m = re.fullmatch(r"\{fn(\d+)\}", piece)
        if m:
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  f'<w:footnoteReference w:id="{m.group(1)}"/></w:r>'))
        elif piece:
            r = p.add_run(piece); r.bold = bold


def main():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
    sec.header_distance = Cm(1)
    st = doc.styles["Normal"]
    st.font.name = FONT; st.font.size = Pt(14)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    pf = st.paragraph_format
    pf.space_after = Pt(6); pf.space_before = Pt(0); pf.line_spacing = 1.1

    # running header, pages 2+ only
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Kế hoạch số 57/KH-STTTT ngày 14/02/2020 của Sở Thông tin và Truyền thông\tTrang ")
    r.italic = True; r.font.size = Pt(10)
    hp._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr="PAGE"><w:r><w:rPr><w:i/><w:sz w:val="20"/></w:rPr>'
                           f'<w:t>2</w:t></w:r></w:fldSimple>'))
    hp._p.get_or_add_pPr().append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr>'))

    # footnotes part
    fx = [f'<w:footnotes {nsdecls("w")}>',
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for k, v in FOOTNOTES.items():
        fx.append(f'<w:footnote w:id="{k}"><w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                  f'<w:r><w:rPr><w:sz w:val="22"/></w:rPr><w:t xml:space="preserve"> {v}</w:t></w:r></w:p></w:footnote>')
    fx.append("</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                "".join(fx).encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)

    src = []
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    set_widths(t, (6.0, 10.0))
    L = ["UBND TỈNH BẮC NINH", "SỞ THÔNG TIN VÀ", "TRUYỀN THÔNG", "———", "Số: 57/KH-STTTT"]
    R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "—————————", "", "Bắc Ninh, ngày 14 tháng 02 năm 2020"]
    cell_lines(t.cell(0, 0), L, bold=(1, 2), size=12)
    cell_lines(t.cell(0, 1), R, bold=(0, 1), italic=(4,), size=12)
    src += [f"{a} || {b}" for a, b in zip(L, R)]  # rows as laid side by side

    for txt in ("KẾ HOẠCH", "Thông tin, tuyên truyền về ASEAN năm 2020", "———"):
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.space_after = Pt(0) if txt != "———" else Pt(12)
        if txt == "KẾ HOẠCH":
            p.paragraph_format.space_before = Pt(18)
        r = p.add_run(txt); r.bold = True
        src.append("#" + txt)

    for item in BODY:
        kind, text = item[0], item[1]
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1.0)
        if kind == "H":
            runs(p, text, bold=True); src.append("*" + text)
        elif kind == "N":
            runs(p, text, bold=True); runs(p, item[2]); src.append(text + item[2])
        else:
            runs(p, text); src.append(text)

    sig = doc.add_table(rows=1, cols=2)
    no_borders(sig)
    set_widths(sig, (8.0, 8.0))
    c0, c1 = sig.cell(0, 0), sig.cell(0, 1)
    c0.text = ""
    for i, line in enumerate(RECIP):
        p = c0.paragraphs[0] if i == 0 else c0.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line); r.font.size = Pt(12 if i == 0 else 11); r.bold = i == 0; r.italic = i == 0
    cell_lines(c1, SIGN, bold=(0, 1, 6), italic=(3,), size=14)
    src += [f"@{l}" for l in SIGN if l] + ["Nơi nhận:"] + RECIP[1:]
    src += ["", "Footnotes:"] + [f"[^{k}] {v}" for k, v in FOOTNOTES.items()]

    docx_path = HERE / f"{NAME}.docx"
    doc.save(docx_path)
    (HERE / f"{NAME}.source.txt").write_text("\n".join(src).replace("{fn1}", "[^1]") + "\n", encoding="utf-8")
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE / "_lo"), str(docx_path)],
                   check=True, capture_output=True)
    shutil.move(str(HERE / "_lo" / f"{NAME}.pdf"), str(STAGE / f"{NAME}.pdf"))
    shutil.rmtree(HERE / "_lo", ignore_errors=True)
    print("wrote", NAME)


if __name__ == "__main__":
    main()
