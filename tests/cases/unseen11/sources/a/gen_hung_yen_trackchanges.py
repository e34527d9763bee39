"""Plan 1: UBND tỉnh Hưng Yên plan as a DOCX with TRACKED CHANGES left in (w:ins / w:del runs, whole inserted and
deleted paragraphs, one moved paragraph w:moveFrom/w:moveTo, one comment, <w:trackRevisions/> on).
Markup in the text below:  {+…+} inserted run, {-…-} deleted run, **…** bold.
Paragraph prefixes: 'I|' whole paragraph inserted, 'D|' whole paragraph deleted, 'MF|' moved away from here,
'MT|' moved to here, 'H|' centred bold heading, 'C|' centred, 'B|' bold left, 'N|' plain (first-line indent)."""
import re, sys, zipfile, shutil
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from docxkit import new_doc, set_widths, borders, set_core
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml, OxmlElement
from docx.oxml.ns import nsdecls, qn

NAME = "hung-yen_126-KH-UBND_2022_asean-trackchanges"
OUT = Path("/work/unseen11a") / f"{NAME}.docx"

AUTH = {"a": ("Nguyễn Thu Hà", "2022-08-10T09:14:00Z"),   # chuyên viên Phòng KGVX, VP UBND tỉnh
        "b": ("Phạm Văn Lợi", "2022-08-11T15:02:00Z"),    # Sở TT&TT, góp ý dự thảo
        "v": ("VT-UBND", "2022-08-15T10:31:00Z")}         # văn thư lấy số

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "**TỈNH HƯNG YÊN**", "Số: {v-        -}{v+126+}/KH-UBND"]
HEADER_RIGHT = ["**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**", "**Độc lập - Tự do - Hạnh phúc**",
                "*Hưng Yên, ngày {v+15+} tháng {v-7-}{v+8+} năm 2022*"]

BODY = """
H|KẾ HOẠCH
H|Thông tin tuyên truyền về ASEAN trên địa bàn tỉnh Hưng Yên giai đoạn {a-2021-}{a+2022+} - 2025
D|Căn cứ Quyết định số 1536/QĐ-TTg ngày 05/9/2013 của Thủ tướng Chính phủ phê duyệt Đề án thông tin tuyên truyền về Cộng đồng ASEAN;
N|Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025;
I|Xét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 58/TTr-STTTT ngày 02/8/2022,
N|Ủy ban nhân dân tỉnh ban hành Kế hoạch thông tin tuyên truyền về ASEAN trên địa bàn tỉnh giai đoạn {a-2021-}{a+2022+} - 2025 như sau:
B|I. MỤC ĐÍCH, YÊU CẦU
B|1. Mục đích
N|- Nâng cao nhận thức của cán bộ, đảng viên, doanh nghiệp và Nhân dân trong tỉnh về Cộng đồng ASEAN, về vai trò, đóng góp của Việt Nam; góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng, hình thành “Tư duy Cộng đồng, Hành động Cộng đồng”.
N|- Quảng bá hình ảnh, tiềm năng, cơ hội đầu tư của tỉnh Hưng Yên đến các nước ASEAN, góp phần thúc đẩy phục hồi kinh tế sau đại dịch COVID-19.
B|2. Yêu cầu
N|- Thông tin tuyên truyền kịp thời, chính xác, {a-phong phú-}{a+đa dạng về hình thức+}, phù hợp với từng đối tượng; đẩy mạnh truyền thông trên các nền tảng số.
N|- Tăng cường công tác phối hợp thông tin giữa các sở, ban, ngành, địa phương và các cơ quan báo chí.
B|II. NỘI DUNG THÔNG TIN TUYÊN TRUYỀN
N|- Bám sát Chủ đề ASEAN theo từng năm; thông tin về hoạt động của ASEAN trên cả 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và những đóng góp của Việt Nam trong xây dựng Cộng đồng ASEAN.
N|- Bản sắc Cộng đồng ASEAN, những nét tương đồng về văn hóa, lịch sử giữa các dân tộc trong khu vực; nâng cao cảm nhận thuộc về một cộng đồng chung.
N|- Các lĩnh vực hợp tác mới: thương mại điện tử, kinh tế số, chuỗi cung ứng giá trị khu vực, cơ chế hải quan một cửa ASEAN, dịch chuyển lao động.
D|- Hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi toàn diện.
B|III. NHIỆM VỤ, GIẢI PHÁP
B|1. Thông tin trên báo chí và Cổng Thông tin điện tử tỉnh
N|Duy trì chuyên trang, chuyên mục về ASEAN; tăng thời lượng tin, bài vào các dịp {a-Hội nghị-}{a+Hội nghị Cấp cao ASEAN+}, Ngày thành lập ASEAN (08/8).
N|Chủ trì: {b-Sở Thông tin và Truyền thông-}{b+Báo Hưng Yên, Đài Phát thanh và Truyền hình Hưng Yên, Cổng Thông tin điện tử tỉnh+}; phối hợp: {b+Sở Thông tin và Truyền thông+}{b-các cơ quan báo chí của tỉnh-}. Thời gian: hằng năm.
B|2. Truyền thông trên mạng xã hội và nền tảng số
N|Tạo lập, chia sẻ nội dung về ASEAN trên các trang Facebook, Zalo, YouTube của cơ quan báo chí và Cổng Thông tin điện tử tỉnh; khuyến khích cán bộ, công chức chia sẻ thông tin tích cực về hợp tác ASEAN trên mạng xã hội.
N|Chủ trì: Sở Thông tin và Truyền thông; phối hợp: các cơ quan báo chí của tỉnh. Thời gian: thường xuyên.
B|3. Tuyên truyền cổ động trực quan
N|Treo cờ ASEAN, pa nô, áp phích, băng rôn, băng điện tử tại trụ sở các cơ quan và trên các tuyến phố chính của thành phố Hưng Yên nhân Ngày thành lập ASEAN (08/8){a- và các sự kiện lớn của tỉnh-}.
N|Chủ trì: Sở Văn hóa, Thể thao và Du lịch; phối hợp: UBND các huyện, thị xã, thành phố. Thời gian: tháng 8 hằng năm.
B|4. Quảng bá tiềm năng, thế mạnh của tỉnh đến các nước ASEAN
N|Giới thiệu tiềm năng, thế mạnh, cơ hội đầu tư, kinh doanh, du lịch của tỉnh Hưng Yên (Phố Hiến, nhãn lồng, các khu công nghiệp) trên các ấn phẩm song ngữ và tại các hội nghị xúc tiến đầu tư với đối tác ASEAN.
N|Chủ trì: Sở Kế hoạch và Đầu tư; phối hợp: Sở Ngoại vụ, Ban Quản lý các khu công nghiệp tỉnh. Thời gian: năm {a-2022-}{a+2023+} - 2025.
B|5. Thông tin cho doanh nghiệp về các lĩnh vực hợp tác mới
N|Tổ chức hội nghị phổ biến các cam kết trong ASEAN, thương mại điện tử, cơ chế hải quan một cửa ASEAN, chuỗi cung ứng giá trị khu vực cho doanh nghiệp, hợp tác xã{b+; hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm tại các nước ASEAN+}.
N|Chủ trì: Sở Công Thương; phối hợp: Hiệp hội Doanh nghiệp tỉnh, Ban Quản lý các khu công nghiệp tỉnh. Thời gian: hằng năm.
D|6. Đấu tranh phản bác thông tin sai trái
D|Theo dõi, phát hiện, đấu tranh phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Việt Nam và tiến trình hội nhập ASEAN.
D|Chủ trì: Công an tỉnh; phối hợp: Sở Thông tin và Truyền thông. Thời gian: thường xuyên.
B|{a-7-}{a+6+}. Tập huấn, bồi dưỡng kỹ năng tuyên truyền
N|Tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ phóng viên, biên tập viên, cán bộ làm công tác thông tin cơ sở.
N|Chủ trì: Sở Thông tin và Truyền thông; phối hợp: Sở Ngoại vụ. Thời gian: quý {a-III-}{a+IV+} hằng năm.
IB|7. Cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên
I|Phát động cuộc thi tìm hiểu về ASEAN trực tuyến cho học sinh trung học phổ thông, sinh viên các trường đại học, cao đẳng trên địa bàn tỉnh.
I|Chủ trì: Sở Giáo dục và Đào tạo; phối hợp: Tỉnh đoàn. Thời gian: năm 2024.
B|8. Giao lưu văn hóa, thể thao
N|Tổ chức hoặc tham gia các hoạt động giao lưu văn hóa, thể thao, triển lãm ảnh về ASEAN; lồng ghép giới thiệu ASEAN trong Lễ hội văn hóa, du lịch Phố Hiến.
N|Chủ trì: Sở Văn hóa, Thể thao và Du lịch; phối hợp: Sở Ngoại vụ, UBND thành phố Hưng Yên. Thời gian: năm 2023 và năm 2025.
B|IV. KINH PHÍ THỰC HIỆN
N|- Kinh phí thực hiện được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành, trong dự toán hằng năm của các cơ quan, đơn vị{a+; huy động nguồn xã hội hóa và các nguồn hợp pháp khác+}.
N|- Hằng năm, Sở Thông tin và Truyền thông lập dự toán kinh phí {a-300-}{a+250+} triệu đồng/năm, gửi Sở Tài chính thẩm định, trình UBND tỉnh.
B|V. TỔ CHỨC THỰC HIỆN
B|1. Sở Thông tin và Truyền thông
N|- Chủ trì, hướng dẫn, đôn đốc các sở, ngành, địa phương triển khai Kế hoạch; định hướng các cơ quan báo chí về nội dung trọng tâm tuyên truyền về ASEAN.
N|- Tổng hợp, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông kết quả thực hiện trước ngày {b-30/11-}{b+05/12+} hằng năm.
B|2. Sở Ngoại vụ
N|- Cung cấp thông tin về các hoạt động hợp tác giữa tỉnh Hưng Yên với các địa phương, đối tác ASEAN cho các cơ quan báo chí.
MF|- Cung cấp thông tin về tình hình thực hiện các hiệp định thương mại tự do trong ASEAN cho doanh nghiệp.
B|3. Sở Công Thương
MT|- Cung cấp thông tin về tình hình thực hiện các hiệp định thương mại tự do trong ASEAN cho doanh nghiệp.
B|4. Sở Tài chính
N|- Tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định.
B|5. Các sở, ban, ngành tỉnh; UBND các huyện, thị xã, thành phố
N|- Xây dựng kế hoạch tuyên truyền về ASEAN hằng năm của cơ quan, địa phương; báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày {b-15/11-}{b+25/11+} hằng năm.
DB|6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể chính trị - xã hội tỉnh
D|- Lồng ghép tuyên truyền về ASEAN trong các hoạt động của tổ chức mình.
N|Trên đây là Kế hoạch thông tin tuyên truyền về ASEAN trên địa bàn tỉnh Hưng Yên giai đoạn {a-2021-}{a+2022+} - 2025; yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.
"""

SIG_LEFT = ["***Nơi nhận:***", "- Bộ Thông tin và Truyền thông;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;",
            "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;", "- Báo Hưng Yên, Đài PT&TH tỉnh;",
            "- Lưu: VT, KGVX{a-(Hà)-}."]
SIG_RIGHT = ["**TM. ỦY BAN NHÂN DÂN**", "**KT. CHỦ TỊCH**", "**PHÓ CHỦ TỊCH**", "", "", "", "**{a-Lê Minh Tuấn-}{a+Đào Văn Khánh+}**"]

rid = [100]


def nid():
    rid[0] += 1
    return str(rid[0])


def rev_el(tag, who):
    author, date = AUTH[who]
    el = OxmlElement(tag)
    el.set(qn("w:id"), nid()); el.set(qn("w:author"), author); el.set(qn("w:date"), date)
    return el


def mk_run(text, bold=False, italic=False, deleted=False, size=None):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if italic:
        rpr.append(OxmlElement("w:i"))
    if size:
        sz = OxmlElement("w:sz"); sz.set(qn("w:val"), str(size * 2)); rpr.append(sz)
    if len(rpr):
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    r.append(t)
    return r


TOK = re.compile(r"\{([abv])([+-])(.*?)\2\}")


def fill(p, text, mode="N", bold=False, italic=False, size=None, whole=None):
    """Append runs for `text` to python-docx paragraph p. whole = ('ins'|'del'|'moveFrom'|'moveTo', who)."""
    pe = p._p
    # bold/italic stretches
    pieces = []
    for seg_i, seg in enumerate(re.split(r"(\*\*\*|\*\*|\*)", text)):
        pieces.append(seg)
    b = bold; it = italic
    parts = []
    for seg in pieces:
        if seg == "***":
            b = not b; it = not it; continue
        if seg == "**":
            b = not b; continue
        if seg == "*":
            it = not it; continue
        pos = 0
        for m in TOK.finditer(seg):
            if m.start() > pos:
                parts.append((None, None, seg[pos:m.start()], b, it))
            parts.append((m.group(1), "ins" if m.group(2) == "+" else "del", m.group(3), b, it))
            pos = m.end()
        if pos < len(seg):
            parts.append((None, None, seg[pos:], b, it))
    container = None
    if whole:
        kind, who = whole
        container = rev_el(f"w:{kind}", who)
        pe.append(container)
    for who, kind, s, bb, ii in parts:
        if not s:
            continue
        deleted = (kind == "del") or (whole and whole[0] in ("del", "moveFrom"))
        r = mk_run(s, bb, ii, deleted=deleted, size=size)
        if kind:
            w = rev_el(f"w:{kind}", who); w.append(r)
            (container if container is not None else pe).append(w)
        else:
            (container if container is not None else pe).append(r)
    if whole:
        # paragraph mark revision
        ppr = pe.get_or_add_pPr()
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr"); ppr.append(rpr)
        rpr.append(rev_el(f"w:{whole[0]}", whole[1]))
    return p


def main():
    doc = new_doc(size=14, left=3.0, right=2.0, top=2.0, bottom=2.0)
    # header block: borderless 2-column table
    tb = doc.add_table(rows=1, cols=2)
    borders(tb, "nil"); set_widths(tb, [6.0, 10.0])
    for cell, lines in zip(tb.rows[0].cells, (HEADER_LEFT, HEADER_RIGHT)):
        cell.text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            fill(p, line, size=12)
    moved = 0
    for line in BODY.strip("\n").split("\n"):
        mode, text = line.split("|", 1)
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        whole = None
        if mode.startswith("I"):
            whole = ("ins", "a")
        elif mode.startswith("D"):
            whole = ("del", "a")
        elif mode == "MF":
            whole = ("moveFrom", "b")
        elif mode == "MT":
            whole = ("moveTo", "b")
        if mode in ("IB", "DB"):
            mode = "B"
        if mode == "H":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            fill(p, text, bold=True)
            continue
        if mode == "B":
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Cm(1.0)
            fill(p, text, bold=True, whole=whole)
            continue
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1.0)
        if mode in ("MF", "MT"):
            tag = "w:moveFromRangeStart" if mode == "MF" else "w:moveToRangeStart"
            st = rev_el(tag, "b"); st.set(qn("w:name"), "move112133501")
            p._p.append(st)
            fill(p, text, whole=whole)
            en = OxmlElement(tag.replace("Start", "End")); en.set(qn("w:id"), st.get(qn("w:id")))
            p._p.append(en)
            continue
        fill(p, text, whole=whole)
    # comment on the amount (python-docx 1.2 comments API)
    for p in doc.paragraphs:
        if "lập dự toán kinh phí" in "".join(t.text or "" for t in p._p.iter(qn("w:t"))):
            runs = [r for r in p.runs if "triệu đồng/năm" in r.text]
            if runs:
                doc.add_comment(runs, text="Đề nghị Sở Tài chính cho ý kiến về mức kinh phí trước khi trình ký.",
                                author="Nguyễn Thu Hà", initials="NTH")
    # recipients / signature: borderless 2-column table
    doc.add_paragraph()
    tb = doc.add_table(rows=1, cols=2)
    borders(tb, "nil"); set_widths(tb, [8.0, 8.0])
    for cell, lines, al, sz in ((tb.rows[0].cells[0], SIG_LEFT, WD_ALIGN_PARAGRAPH.LEFT, 11),
                                (tb.rows[0].cells[1], SIG_RIGHT, WD_ALIGN_PARAGRAPH.CENTER, 14)):
        cell.text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = al; p.paragraph_format.space_after = Pt(0)
            fill(p, line, size=sz)
    # track changes switched on
    settings = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    settings.insert(0, tr)
    set_core(doc, "Nguyễn Thu Hà", "2022-07-28T08:05:00", "2022-08-15T10:33:00",
             title="Kế hoạch thông tin tuyên truyền về ASEAN giai đoạn 2022 - 2025")
    doc.save(OUT)
    x = zipfile.ZipFile(OUT).read("word/document.xml").decode()
    print("wrote", OUT, "ins", x.count("<w:ins "), "del", x.count("<w:del "), "moveFrom", x.count("<w:moveFrom "),
          "moveTo", x.count("<w:moveTo "))


if __name__ == "__main__":
    main()
