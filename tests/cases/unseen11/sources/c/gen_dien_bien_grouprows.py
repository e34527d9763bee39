"""Plan 3: Word-style DOCX (python-docx) whose tasks are only in the annex table; the annex has group rows
(one merged cell spanning all six columns: 'I. THÔNG TIN TRÊN BÁO CHÍ …') between task rows, with STT running
on across groups. Body has no numbered tasks. Never uses planparse."""
from pathlib import Path
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "dien-bien_1865-KH-UBND_2023_asean-grouprows"
OUT = Path("/work/unseen11c") / f"{NAME}.docx"

doc = Document()
sec = doc.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21)
sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(14)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.paragraph_format.space_after = Pt(4); st.paragraph_format.line_spacing = 1.1

def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), "nil"); b.append(x)
    tblPr.append(b)

def para(cell_or_doc, text, bold=False, italic=False, align=None, size=None, indent=True, first=None):
    p = cell_or_doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align == "c": p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "j": p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if indent and align != "c": p.paragraph_format.first_line_indent = Cm(1)
    return p

def set_widths(tbl, W):
    tbl.autofit = False
    for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), W):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in tbl.rows:
        for c, w in zip(row.cells, W):
            c.width = w

# header block: two-column borderless table
ht = doc.add_table(rows=1, cols=2); no_borders(ht)
L, R = ht.rows[0].cells
L.width, R.width = Cm(6), Cm(10)
L.paragraphs[0].text = ""
for cell, rows in ((L, [("ỦY BAN NHÂN DÂN", True, False), ("TỈNH ĐIỆN BIÊN", True, False), ("Số: 1865/KH-UBND", False, False)]),
                   (R, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
                        ("Điện Biên, ngày 09 tháng 6 năm 2023", False, True)])):
    first = True
    for t, b, i in rows:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(t); r.bold = b; r.italic = i; r.font.size = Pt(12)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

para(doc, "")
para(doc, "KẾ HOẠCH", bold=True, align="c")
para(doc, "Thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Điện Biên giai đoạn 2023 - 2025", bold=True, align="c")
para(doc, "_______________", align="c")

BODY = """P|Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;
P|Căn cứ Công văn số 1582/BTTTT-TTĐN ngày 28/4/2023 của Bộ Thông tin và Truyền thông về việc hướng dẫn thông tin, tuyên truyền về ASEAN năm 2023;
P|Ủy ban nhân dân tỉnh Điện Biên ban hành Kế hoạch thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh giai đoạn 2023 - 2025 như sau:
H|I. MỤC ĐÍCH, YÊU CẦU
B|1. Mục đích
P|- Nâng cao nhận thức của cán bộ, đảng viên và các tầng lớp Nhân dân các dân tộc tỉnh Điện Biên về Cộng đồng ASEAN, về chủ trương hội nhập quốc tế của Đảng và Nhà nước; góp phần hình thành bản sắc Cộng đồng ASEAN, “Tư duy Cộng đồng, Hành động Cộng đồng”.
P|- Quảng bá hình ảnh, tiềm năng, thế mạnh của tỉnh Điện Biên tới các nước ASEAN, nhất là các tỉnh Bắc Lào có chung đường biên giới.
B|2. Yêu cầu
P|- Bám sát nội dung Chương trình hành động ban hành kèm theo Quyết định số 1160/QĐ-TTg và hướng dẫn của Bộ Thông tin và Truyền thông; phù hợp với điều kiện thực tế của tỉnh miền núi, biên giới.
P|- Gắn tuyên truyền về ASEAN với thông tin đối ngoại, tuyên truyền bảo vệ chủ quyền, an ninh biên giới quốc gia.
H|II. NỘI DUNG TUYÊN TRUYỀN
P|- Chủ đề ASEAN hằng năm; kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; vai trò và đóng góp của Việt Nam trong ASEAN.
P|- Lợi ích thiết thực mà Cộng đồng ASEAN mang lại cho người dân, doanh nghiệp; các câu chuyện thực tiễn, nhân vật điển hình.
P|- Các lĩnh vực hợp tác mới: thương mại điện tử, kinh tế số, chuyển đổi số, cơ chế hải quan một cửa ASEAN, dịch chuyển lao động.
P|- Tiềm năng, thế mạnh, cơ hội đầu tư, du lịch của tỉnh Điện Biên; quan hệ hợp tác giữa tỉnh Điện Biên với các tỉnh Bắc Lào.
P|- Thông tin phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và việc Việt Nam tham gia ASEAN.
H|III. NHIỆM VỤ CỤ THỂ
P|Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp, thời gian thực hiện và sản phẩm được phân công chi tiết tại Phụ lục kèm theo Kế hoạch này.
H|IV. KINH PHÍ THỰC HIỆN
P|1. Kinh phí thực hiện Kế hoạch do ngân sách nhà nước bảo đảm theo phân cấp ngân sách hiện hành, được bố trí trong dự toán hằng năm của các cơ quan, đơn vị, địa phương và các nguồn kinh phí hợp pháp khác.
P|2. Tổng kinh phí dự kiến từ ngân sách tỉnh giai đoạn 2023 - 2025 là 1,2 tỷ đồng.
P|3. Các cơ quan được giao chủ trì nhiệm vụ tại Phụ lục xây dựng dự toán kinh phí gửi Sở Tài chính trước ngày 15/7 hằng năm để tổng hợp, trình cấp có thẩm quyền bố trí.
H|V. TỔ CHỨC THỰC HIỆN
B|1. Sở Thông tin và Truyền thông
P|- Chủ trì, phối hợp với các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch; hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về ASEAN.
P|- Theo dõi, đôn đốc, tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Thông tin và Truyền thông kết quả thực hiện Kế hoạch trước ngày 15/12 hằng năm.
B|2. Sở Ngoại vụ
P|Cung cấp thông tin về hoạt động hợp tác giữa tỉnh Điện Biên với các tỉnh Bắc Lào và các nước ASEAN cho các cơ quan báo chí; phối hợp tổ chức các hoạt động giao lưu hữu nghị.
B|3. Sở Tài chính
P|Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định.
B|4. Các sở, ban, ngành tỉnh
P|Căn cứ nhiệm vụ được giao tại Phụ lục, xây dựng kế hoạch và tổ chức thực hiện; gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm.
B|5. Ủy ban nhân dân thành phố Điện Biên Phủ, thị xã Mường Lay và các huyện
P|- Chỉ đạo các cơ quan chuyên môn, đài truyền thanh cấp huyện và Ủy ban nhân dân cấp xã tuyên truyền về ASEAN bằng tiếng Việt và tiếng dân tộc trên hệ thống truyền thanh cơ sở.
P|- Các huyện biên giới lồng ghép tuyên truyền về ASEAN với tuyên truyền về công tác quản lý, bảo vệ đường biên, mốc quốc giới.
P|- Gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm.
B|6. Đề nghị Ban Tuyên giáo Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh
P|Phối hợp định hướng thông tin, lồng ghép tuyên truyền về ASEAN trong sinh hoạt chi bộ, sinh hoạt của đoàn viên, hội viên.
P|Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN trên địa bàn tỉnh Điện Biên giai đoạn 2023 - 2025; trong quá trình tổ chức thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./."""
for ln in BODY.split("\n"):
    code, t = ln.split("|", 1)
    if code == "H": para(doc, t, bold=True, align="j")
    elif code == "B": para(doc, t, bold=True, align="j")
    else: para(doc, t, align="j")

# signature block
sg = doc.add_table(rows=1, cols=2); no_borders(sg)
l, r = sg.rows[0].cells
l.paragraphs[0].add_run("Nơi nhận:").bold = True
for t in ["- Bộ Thông tin và Truyền thông (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Lãnh đạo UBND tỉnh;",
          "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thị xã, thành phố;", "- Báo Điện Biên Phủ, Đài PT-TH tỉnh;", "- Lưu: VT, KGVX."]:
    p = l.add_paragraph(); p.add_run(t).font.size = Pt(11)
first = True
for t, b in [("TM. ỦY BAN NHÂN DÂN", True), ("KT. CHỦ TỊCH", True), ("PHÓ CHỦ TỊCH", True), ("", False), ("(Đã ký)", False), ("", False), ("Lò Văn Tiến", True)]:
    p = r.paragraphs[0] if first else r.add_paragraph(); first = False
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = p.add_run(t); rr.bold = b; rr.italic = t.startswith("(")

set_widths(ht, [Cm(5.8), Cm(10.2)])
set_widths(sg, [Cm(8), Cm(8)])

# annex: landscape section
ns = doc.add_section(WD_SECTION.NEW_PAGE)
ns.orientation = WD_ORIENT.LANDSCAPE
ns.page_width, ns.page_height = Cm(29.7), Cm(21)
ns.left_margin, ns.right_margin, ns.top_margin, ns.bottom_margin = Cm(2), Cm(2), Cm(2), Cm(2)
para(doc, "PHỤ LỤC", bold=True, align="c")
para(doc, "DANH MỤC NHIỆM VỤ THÔNG TIN, TUYÊN TRUYỀN VỀ ASEAN GIAI ĐOẠN 2023 - 2025", bold=True, align="c")
para(doc, "(Kèm theo Kế hoạch số 1865/KH-UBND ngày 09/6/2023 của Ủy ban nhân dân tỉnh Điện Biên)", italic=True, align="c")

HEAD = ["TT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"]
ROWS = [
 ("G", "I. THÔNG TIN TRÊN BÁO CHÍ VÀ MÔI TRƯỜNG SỐ"),
 ("1", "Tuyên truyền Chủ đề ASEAN hằng năm, kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và đóng góp của Việt Nam", "Báo Điện Biên Phủ; Đài Phát thanh và Truyền hình tỉnh", "Sở Thông tin và Truyền thông", "Hằng năm", "Tin, bài, phóng sự"),
 ("2", "Duy trì chuyên mục “Điện Biên - ASEAN” trên Cổng Thông tin điện tử tỉnh; chia sẻ tin, bài trên mạng xã hội và các nền tảng số", "Sở Thông tin và Truyền thông", "Văn phòng Ủy ban nhân dân tỉnh", "2023 - 2025", "Chuyên mục, tin bài"),
 ("3", "Thực hiện phóng sự về câu chuyện thực tiễn, nhân vật điển hình được hưởng lợi từ hợp tác ASEAN; giới thiệu các giải thưởng ASEAN", "Đài Phát thanh và Truyền hình tỉnh", "Hội Nhà báo tỉnh", "2024 - 2025", "06 phóng sự"),
 ("4", "Phổ biến kiến thức về thương mại điện tử, kinh tế số, chuyển đổi số, cơ chế hải quan một cửa ASEAN cho doanh nghiệp, hợp tác xã", "Sở Công Thương", "Sở Kế hoạch và Đầu tư; Hiệp hội Doanh nghiệp tỉnh", "Năm 2024", "02 hội nghị"),
 ("G", "II. HOẠT ĐỘNG ĐỐI NGOẠI, VĂN HÓA VÀ XÚC TIẾN"),
 ("5", "Tổ chức giao lưu văn hóa, thể thao với các tỉnh Bắc Lào nhân dịp Lễ hội Hoa Ban; trưng bày triển lãm ảnh về đất nước, con người các nước ASEAN", "Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ; Ủy ban nhân dân thành phố Điện Biên Phủ", "Quý I/2024", "Chương trình giao lưu, triển lãm"),
 ("6", "Quảng bá tiềm năng, thế mạnh, danh mục dự án kêu gọi đầu tư và sản phẩm du lịch của tỉnh tới các nước ASEAN", "Sở Kế hoạch và Đầu tư", "Sở Văn hóa, Thể thao và Du lịch; Sở Ngoại vụ", "2023 - 2025", "Ấn phẩm, video quảng bá"),
 ("7", "Tham gia hội chợ, hoạt động xúc tiến thương mại tại Lào, Thái Lan", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn", "2024 - 2025", "Gian hàng hội chợ"),
 ("8", "Treo cờ ASEAN, pa nô, áp phích tại trụ sở cơ quan và các tuyến phố chính nhân kỷ niệm Ngày thành lập ASEAN", "Ủy ban nhân dân thành phố Điện Biên Phủ", "Sở Văn hóa, Thể thao và Du lịch", "Tháng 8/2023", "Cờ, pa nô"),
 ("G", "III. BỒI DƯỠNG NGHIỆP VỤ, ĐẤU TRANH PHẢN BÁC VÀ PHỐI HỢP THÔNG TIN"),
 ("9", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ thông tin cơ sở", "Sở Thông tin và Truyền thông", "Sở Ngoại vụ", "Quý III/2023", "01 lớp tập huấn"),
 ("10", "Đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại và việc Việt Nam tham gia ASEAN trên không gian mạng", "Công an tỉnh", "Sở Thông tin và Truyền thông; Ban Tuyên giáo Tỉnh ủy", "Thường xuyên", "Báo cáo"),
 ("11", "Tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương, tổ chức chính trị - xã hội và cơ quan báo chí; tổ chức giao ban báo chí hằng quý", "Sở Thông tin và Truyền thông", "Ban Tuyên giáo Tỉnh ủy", "Hằng quý", "Thông báo giao ban"),
 ("12", "Sơ kết, báo cáo kết quả thực hiện Kế hoạch", "Sở Thông tin và Truyền thông", "Các sở, ban, ngành tỉnh; Ủy ban nhân dân các huyện, thị xã, thành phố", "Trước ngày 15/12 hằng năm", "Báo cáo"),
]
tbl = doc.add_table(rows=1, cols=6); tbl.style = "Table Grid"
W = [Cm(1.2), Cm(9.5), Cm(4.2), Cm(5.2), Cm(2.8), Cm(2.8)]
def fill(cell, t, bold=False, center=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(t); r.bold = bold; r.font.size = Pt(12)
    if center: cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
for c, h, w in zip(tbl.rows[0].cells, HEAD, W):
    fill(c, h, True, True); c.width = w
trPr = tbl.rows[0]._tr.get_or_add_trPr(); th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
for row in ROWS:
    cells = tbl.add_row().cells
    for c, w in zip(cells, W): c.width = w
    if row[0] == "G":
        m = cells[0].merge(cells[5])
        fill(m, row[1], True)
    else:
        for i, (c, t) in enumerate(zip(cells, row)):
            fill(c, t, False, i in (0, 4))
tbl.autofit = False
for gc, w in zip(tbl._tbl.tblGrid.findall(qn("w:gridCol")), W):
    gc.set(qn("w:w"), str(int(w.twips)))
doc.save(OUT)
print("wrote", OUT)
