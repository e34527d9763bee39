"""Plan 4: DOCX with footnotes (word/footnotes.xml), one multi-level Word list (I. / 1. / a) from a
single abstractNum) and the signature block in a 2-column table (UBND tỉnh Hòa Bình, ASEAN 2019-2020)."""
import sys, re
sys.path.insert(0, "/work/unseen4a/sources")
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from common import STAGE

NAME = "hoa-binh_142-KH-UBND_2019_asean-footnotes"

HEADER = [("ỦY BAN NHÂN DÂN\nTỈNH HÒA BÌNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
          ("Số: 142/KH-UBND", "Hòa Bình, ngày 05 tháng 9 năm 2019")]
TITLE = ["KẾ HOẠCH", "Thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Hòa Bình"]
FOOTNOTES = {
 1: "Ban hành kèm theo Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Trưởng Ban Chỉ đạo Thông tin tuyên truyền ASEAN.",
 3: "Tại địa chỉ aseanvietnam.vn, do Bộ Thông tin và Truyền thông quản lý.",
 2: "Hội nghị Cấp cao ASEAN lần thứ 35 tổ chức tại Thái Lan tháng 11/2019.",
 4: "Hệ thống thông tin doanh nghiệp ASEAN (ASEAN Business Information System).",
}
# (level, text): level None = plain paragraph, 0/1/2 = Word list levels I. / 1. / a); {fnN} = footnote reference
BODY = [
 (None, "Thực hiện Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN{fn1} và Công văn số 03/BTTTT-BCĐASEAN ngày 26/6/2019 của Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh Hòa Bình ban hành Kế hoạch thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh như sau:"),
 (0, "MỤC ĐÍCH, YÊU CẦU"),
 (1, "Mục đích"),
 (None, "- Nâng cao hiểu biết của cán bộ, công chức và Nhân dân các dân tộc tỉnh Hòa Bình về vai trò, vị thế của ASEAN, những thành tựu của 3 trụ cột Cộng đồng ASEAN và sự tham gia của Việt Nam, nhất là trong năm Chủ tịch ASEAN 2020."),
 (None, "- Giúp doanh nghiệp và người dân nắm bắt được cơ hội để phát triển, đưa công tác hội nhập ASEAN vào dòng chảy chính của công tác hội nhập ASEAN của tỉnh."),
 (1, "Yêu cầu"),
 (None, "- Thông tin chính xác, kịp thời, có trọng tâm, trọng điểm; huy động sự tham gia của cả hệ thống chính trị."),
 (0, "NHIỆM VỤ CỤ THỂ"),
 (1, "Thông tin trên báo chí, phát thanh, truyền hình"),
 (None, "Báo Hòa Bình, Đài Phát thanh và Truyền hình tỉnh chủ trì, phối hợp với Sở Thông tin và Truyền thông thực hiện:"),
 (2, "Mở chuyên trang, chuyên mục \"Hòa Bình - ASEAN\" với thời lượng, tần suất phù hợp."),
 (2, "Tiếp, phát sóng các chương trình, phim tài liệu về ASEAN của Đài Truyền hình Việt Nam."),
 (2, "Đưa tin về Hội nghị Cấp cao ASEAN lần thứ 35{fn2}, các sự kiện quan trọng của ASEAN và năm Chủ tịch ASEAN 2020 của Việt Nam."),
 (None, "Thời gian thực hiện: 2019 - 2020."),
 (1, "Thông tin trên Cổng Thông tin điện tử tỉnh và mạng xã hội"),
 (None, "Văn phòng UBND tỉnh chủ trì, chia sẻ cơ sở dữ liệu, tin bài về ASEAN với Cổng thông tin ASEAN Việt Nam{fn3}; giới thiệu Ứng dụng và Fanpage \"ASEAN và Việt Nam\" trên Cổng Thông tin điện tử tỉnh; thực hiện thường xuyên."),
 (1, "Tập huấn nghiệp vụ tuyên truyền về ASEAN"),
 (None, "Sở Thông tin và Truyền thông chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ thông tin cơ sở; cử cán bộ tham gia các lớp tập huấn do Trung ương tổ chức. Thời gian thực hiện: Quý IV/2019."),
 (1, "Tuyên truyền cho cộng đồng doanh nghiệp"),
 (None, "Sở Công Thương chủ trì, phối hợp với Sở Kế hoạch và Đầu tư, Hiệp hội Doanh nghiệp tỉnh thực hiện:"),
 (2, "Tổ chức hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử và cơ chế hải quan một cửa ASEAN."),
 (2, "Giới thiệu cho doanh nghiệp khai thác ASEAN BIS{fn4} và các cơ hội kinh doanh trong khu vực."),
 (None, "Thời gian thực hiện: Năm 2020."),
 (1, "Tuyên truyền trong trường học"),
 (None, "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn thực hiện từ tháng 10/2019 đến tháng 5/2020:"),
 (2, "Lồng ghép nội dung về ASEAN trong các hoạt động ngoại khóa."),
 (2, "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông."),
 (2, "Xây dựng Góc ASEAN tại thư viện các trường trung học phổ thông."),
 (1, "Hoạt động văn hóa và cổ động trực quan"),
 (None, "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với UBND các huyện, thành phố thực hiện:"),
 (2, "Treo băng rôn, khẩu hiệu, pa nô chào mừng năm Việt Nam đảm nhiệm vai trò Chủ tịch ASEAN 2020."),
 (2, "Tổ chức triển lãm ảnh \"Hòa Bình - Đất nước, con người ASEAN\" tại Bảo tàng tỉnh trong Quý III/2020."),
 (1, "Quảng bá tiềm năng của tỉnh và xúc tiến đầu tư"),
 (None, "Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Ngoại vụ giới thiệu tiềm năng, thế mạnh của tỉnh, danh mục dự án kêu gọi đầu tư và đặc sản cam Cao Phong tới nhà đầu tư các nước ASEAN tại các hội nghị xúc tiến đầu tư; thực hiện thường xuyên."),
 (1, "Định hướng thông tin và dư luận xã hội"),
 (None, "Đề nghị Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Thông tin và Truyền thông, Công an tỉnh định hướng các cơ quan báo chí về trọng tâm cần thông tin về ASEAN theo từng giai đoạn; nắm bắt dư luận xã hội, phản bác thông tin sai trái, xuyên tạc, đồng thời lồng ghép nội dung về ASEAN trong sinh hoạt của các đoàn thể."),
 (0, "KINH PHÍ THỰC HIỆN"),
 (1, "Kinh phí thực hiện từ nguồn ngân sách tỉnh, bố trí trong dự toán năm 2019, năm 2020 của các cơ quan, đơn vị được giao nhiệm vụ."),
 (1, "Các cơ quan, đơn vị chủ động vận động tài trợ và sử dụng các nguồn hợp pháp khác để thực hiện Kế hoạch."),
 (0, "TỔ CHỨC THỰC HIỆN"),
 (1, "Sở Thông tin và Truyền thông"),
 (None, "Là cơ quan thường trực, theo dõi, hướng dẫn, đôn đốc thực hiện Kế hoạch; tổng hợp kết quả, báo cáo UBND tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN trước ngày 10/12 hằng năm."),
 (1, "Sở Tài chính"),
 (None, "Thẩm định, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách."),
 (1, "Các sở, ban, ngành tỉnh; UBND các huyện, thành phố"),
 (None, "Căn cứ nhiệm vụ được giao, xây dựng kế hoạch cụ thể và tổ chức thực hiện; gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp."),
 (None, "Trên đây là Kế hoạch thông tin tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Hòa Bình; yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện./."),
]
SIGN = ("Nơi nhận:\n- Bộ Thông tin và Truyền thông;\n- BCĐ Thông tin tuyên truyền ASEAN;\n- TT Tỉnh ủy, TT HĐND tỉnh;\n- Chủ tịch, các PCT UBND tỉnh;\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố;\n- Lưu: VT, KGVX.",
        "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nHoàng Văn Tám")

ABSTRACT = f"""<w:abstractNum {nsdecls('w')} w:abstractNumId="77">
<w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>
 <w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:lvlJc w:val="left"/>
 <w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/><w:lvlJc w:val="left"/>
 <w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
</w:abstractNum>"""
NUM = f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'

def set_cell(cell, text, bold=False, center=False, size=12, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(text.split("\n")):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def add_text_with_fn(p, text, bold=False):
    for piece in re.split(r"(\{fn\d+\})", text):
        m = re.fullmatch(r"\{fn(\d+)\}", piece)
        if m:
            p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  f'<w:footnoteReference w:id="{m.group(1)}"/></w:r>'))
        elif piece:
            r = p.add_run(piece); r.bold = bold

def main():
    doc = Document(); __import__("common").compact(doc)
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(parse_xml(ABSTRACT))
    else:
        numbering.append(parse_xml(ABSTRACT))
    numbering.append(parse_xml(NUM))
    # footnotes part
    fx = [f'<w:footnotes {nsdecls("w")}>',
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for k, v in FOOTNOTES.items():
        fx.append(f'<w:footnote w:id="{k}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                  f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {v}</w:t></w:r></w:p></w:footnote>')
    fx.append("</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                "".join(fx).encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)

    out = []
    t = doc.add_table(rows=2, cols=2)
    for i, (l, r) in enumerate(HEADER):
        set_cell(t.cell(i, 0), l, bold=(i == 0), center=True, size=13)
        set_cell(t.cell(i, 1), r, bold=(i == 0), center=True, size=13, italic=(i == 1))
        out.append(l + " | " + r)
    for line in TITLE:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(line); r.bold = True
        out.append(line)
    counters = [0, 0, 0]
    roman = ["I", "II", "III", "IV", "V", "VI"]
    for level, text in BODY:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if level is None:
            p.paragraph_format.first_line_indent = Cm(1)
            add_text_with_fn(p, text)
            label = ""
        else:
            numPr = p._p.get_or_add_pPr().get_or_add_numPr()
            numPr.get_or_add_ilvl().val = level
            numPr.get_or_add_numId().val = 77
            add_text_with_fn(p, text, bold=level < 2)
            counters[level] += 1
            for deeper in range(level + 1, 3):
                counters[deeper] = 0
            label = [roman[counters[0] - 1] + ".", f"{counters[1]}.", "abcdđeghik"[counters[2] - 1] + ")"][level] + " "
        out.append(label + re.sub(r"\{fn(\d+)\}", r"[^\1]", text))
    s = doc.add_table(rows=1, cols=2)
    set_cell(s.cell(0, 0), SIGN[0], size=11)
    set_cell(s.cell(0, 1), SIGN[1], bold=True, center=True, size=13)
    out += [SIGN[0], SIGN[1], "", "Footnotes:"] + [f"[^{k}] {v}" for k, v in FOOTNOTES.items()]
    doc.save(STAGE / f"{NAME}.docx")
    (STAGE / "sources" / f"{NAME}.source.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    print("wrote", NAME)

if __name__ == "__main__":
    main()
