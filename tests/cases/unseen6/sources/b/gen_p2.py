"""Plan 2: UBND huyện Phong Điền (Thừa Thiên Huế) — task table in the body
(STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm),
split into two tables with a '(tiếp theo)' paragraph between, Roman group rows inside,
some deadlines written in words."""
import os, unicodedata
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "thua-thien-hue_phong-dien_318-KH-UBND_2023_asean-splittable"
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
N = lambda s: unicodedata.normalize("NFC", s)

HEADER = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          ("HUYỆN PHONG ĐIỀN", "Độc lập - Tự do - Hạnh phúc"),
          ("Số: 318/KH-UBND", "Phong Điền, ngày 14 tháng 3 năm 2023")]
TITLE = ["KẾ HOẠCH", "Thông tin, tuyên truyền về ASEAN năm 2023", "trên địa bàn huyện Phong Điền"]
PRE = [
("P", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;"),
("P", "Thực hiện Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021-2025, tầm nhìn 2030; Kế hoạch số 52/KH-UBND ngày 21/02/2023 của Ủy ban nhân dân tỉnh Thừa Thiên Huế về thông tin, tuyên truyền về ASEAN năm 2023;"),
("P", "Ủy ban nhân dân huyện ban hành Kế hoạch thông tin, tuyên truyền về ASEAN năm 2023 trên địa bàn huyện như sau:"),
("H", "I. MỤC ĐÍCH, YÊU CẦU"),
("H", "1. Mục đích"),
("P", "- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về Cộng đồng ASEAN, tinh thần “Tư duy Cộng đồng, Hành động Cộng đồng”; góp phần nâng cao cảm nhận thuộc về một cộng đồng chung của người dân trên địa bàn huyện."),
("P", "- Giúp người dân, hợp tác xã, hộ kinh doanh nắm bắt cơ hội từ kinh tế số, chuyển đổi số và quá trình phục hồi kinh tế trong khu vực."),
("H", "2. Yêu cầu"),
("P", "- Các nhiệm vụ được phân công cụ thể, rõ cơ quan chủ trì, thời gian hoàn thành và sản phẩm; nội dung tuyên truyền chính xác, phù hợp với từng đối tượng."),
("H", "II. NHIỆM VỤ CỤ THỂ"),
("P", "Các nhiệm vụ cụ thể được phân công theo bảng sau:"),
]
COLS = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
T1 = [
("G", "I", "Tuyên truyền trên báo chí, hệ thống truyền thanh và Trang thông tin điện tử"),
("R", "1", "Xây dựng chuyên mục “Phong Điền với Cộng đồng ASEAN” trên Trang thông tin điện tử huyện; đăng tải tin, bài về Chủ đề ASEAN năm 2023 “ASEAN tầm vóc: Tâm điểm tăng trưởng” và hoạt động hợp tác trên cả 3 trụ cột", "Văn phòng HĐND và UBND huyện", "Phòng Văn hóa và Thông tin huyện", "Hằng tháng", "Chuyên mục, tin, bài"),
("R", "2", "Tiếp sóng, phát sóng chương trình về ASEAN của Đài Tiếng nói Việt Nam trên hệ thống truyền thanh cơ sở", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "UBND các xã, thị trấn", "Thường xuyên", "Chương trình phát sóng"),
("R", "3", "Chia sẻ tin, bài, video ngắn về ASEAN trên mạng xã hội, nhóm Zalo của các cơ quan, thôn, tổ dân phố", "Phòng Văn hóa và Thông tin huyện", "Huyện đoàn; UBND các xã, thị trấn", "Định kỳ hằng quý", "Bài viết, video ngắn"),
("R", "4", "Thực hiện phóng sự về câu chuyện thực tiễn, nhân vật điển hình của huyện trong hợp tác với các nước ASEAN", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Phòng Lao động - Thương binh và Xã hội huyện", "Trước ngày ba mươi tháng Sáu năm 2023", "02 phóng sự"),
("G", "II", "Tuyên truyền trực quan và qua hội nghị, sinh hoạt đoàn thể"),
("R", "1", "Treo cờ ASEAN, pa nô, băng rôn tại trung tâm huyện nhân kỷ niệm 56 năm Ngày thành lập ASEAN", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "UBND thị trấn Phong Điền", "Trước ngày mùng năm tháng Tám", "Cờ, pa nô, băng rôn"),
("R", "2", "Lồng ghép tuyên truyền về ASEAN trong hội nghị báo cáo viên, sinh hoạt của Hội Liên hiệp Phụ nữ, Hội Nông dân, Đoàn Thanh niên", "Phòng Văn hóa và Thông tin huyện", "Hội Liên hiệp Phụ nữ huyện; Hội Nông dân huyện; Huyện đoàn", "Quý III/2023", "Hội nghị, buổi sinh hoạt"),
("R", "3", "Phổ biến thông tin về phục hồi kinh tế sau COVID-19, thương mại điện tử, kinh tế số, chuyển đổi số và dịch chuyển lao động trong ASEAN cho hợp tác xã, hộ kinh doanh, người lao động", "Phòng Kinh tế và Hạ tầng huyện", "Phòng Văn hóa và Thông tin huyện", "Quý II/2023", "01 hội nghị phổ biến"),
]
MID = "(tiếp theo)"
T2 = [
("G", "III", "Tập huấn, thi tìm hiểu và giao lưu"),
("R", "1", "Cử cán bộ tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do tỉnh tổ chức", "Phòng Văn hóa và Thông tin huyện", "Phòng Nội vụ huyện", "Theo kế hoạch của tỉnh", "Danh sách cán bộ tham gia"),
("R", "2", "Hưởng ứng cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở; tổ chức sinh hoạt ngoại khóa chủ đề ASEAN", "Phòng Giáo dục và Đào tạo huyện", "Huyện đoàn", "Trước ngày mười lăm tháng Mười Hai", "Bài dự thi, buổi ngoại khóa"),
("R", "3", "Tổ chức giao lưu văn hóa, thể thao chào mừng Ngày ASEAN trong đoàn viên, thanh niên", "Huyện đoàn", "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "Tháng 8/2023", "Chương trình giao lưu"),
("G", "IV", "Quảng bá hình ảnh huyện và đấu tranh phản bác"),
("R", "1", "Quảng bá Làng cổ Phước Tích, đầm phá Tam Giang và sản phẩm OCOP của huyện đến du khách, nhà đầu tư các nước ASEAN", "Phòng Văn hóa và Thông tin huyện", "Phòng Kinh tế và Hạ tầng huyện", "Năm 2023", "Video, ấn phẩm quảng bá"),
("R", "2", "Nắm bắt dư luận, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại và hội nhập ASEAN của Việt Nam", "Công an huyện", "Phòng Văn hóa và Thông tin huyện", "Thường xuyên", "Báo cáo tình hình dư luận"),
]
POST = [
("H", "III. KINH PHÍ THỰC HIỆN"),
("P", "1. Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách huyện năm 2023 giao cho các cơ quan, đơn vị; tổng kinh phí dự kiến 85.000.000 đồng (Tám mươi lăm triệu đồng)."),
("P", "2. Khuyến khích huy động các nguồn xã hội hóa và các nguồn hợp pháp khác để tổ chức các hoạt động giao lưu, quảng bá."),
("H", "IV. TỔ CHỨC THỰC HIỆN"),
("H", "1. Phòng Văn hóa và Thông tin huyện"),
("P", "- Là cơ quan thường trực, hướng dẫn, theo dõi việc triển khai Kế hoạch."),
("P", "- Chủ trì tăng cường công tác phối hợp thông tin giữa các cơ quan, đơn vị, địa phương và các tổ chức chính trị - xã hội trong tuyên truyền về ASEAN."),
("P", "- Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 10/12/2023."),
("H", "2. Phòng Tài chính - Kế hoạch huyện"),
("P", "Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch theo quy định."),
("H", "3. Các cơ quan được giao chủ trì nhiệm vụ tại Mục II"),
("P", "Chủ động xây dựng nội dung, triển khai nhiệm vụ bảo đảm đúng thời gian hoàn thành và sản phẩm."),
("H", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện"),
("P", "Phối hợp tuyên truyền về ASEAN đến đoàn viên, hội viên và Nhân dân."),
("H", "5. Ủy ban nhân dân các xã, thị trấn"),
("P", "- Chỉ đạo đài truyền thanh cơ sở tiếp sóng, phát sóng chương trình về ASEAN."),
("P", "- Gửi báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện định kỳ 6 tháng; báo cáo năm gửi trước ngày hai mươi lăm tháng Mười Một."),
("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN năm 2023 trên địa bàn huyện Phong Điền. Yêu cầu các cơ quan, đơn vị, địa phương triển khai thực hiện./."),
]
RECIP = ["Nơi nhận:", "- Sở Thông tin và Truyền thông;", "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;",
         "- Các cơ quan, đơn vị tại Mục II;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lê Đình Tuấn"]


def font(run, size=13, bold=False, italic=False):
    run.font.name = "Times New Roman"; run.font.size = Pt(size); run.bold = bold; run.italic = italic
    rpr = run._element.get_or_add_rPr(); rf = rpr.find(qn("w:rFonts"))
    if rf is None: rf = OxmlElement("w:rFonts"); rpr.append(rf)
    for k in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"): rf.set(qn(k), "Times New Roman")


def para(container, text, align=None, size=13, bold=False, italic=False, indent=False, reuse=False):
    p = container.paragraphs[0] if reuse else container.add_paragraph()
    if align is not None: p.alignment = align
    p.paragraph_format.space_after = Pt(3)
    if indent: p.paragraph_format.first_line_indent = Cm(1)
    font(p.add_run(N(text)), size, bold, italic)
    return p


def borders(table, val):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        x = OxmlElement(f"w:{e}"); x.set(qn("w:val"), val)
        if val != "nil": x.set(qn("w:sz"), "4"); x.set(qn("w:color"), "000000")
        b.append(x)
    tblPr.append(b)


def widths(table, cms):
    table.autofit = False
    for row in table.rows:
        for c, w in zip(row.cells, cms): c.width = Cm(w)
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms): gc.set(qn("w:w"), str(int(w * 567)))


def blocks(d, rows):
    for st, t in rows:
        para(d, t, WD_ALIGN_PARAGRAPH.JUSTIFY, bold=(st == "H"), indent=True)


def task_table(d, rows):
    W = [1.1, 5.4, 2.9, 2.9, 2.3, 2.4]
    t = d.add_table(rows=1 + len(rows), cols=6); borders(t, "single")
    for j, h in enumerate(COLS):
        para(t.cell(0, j), h, WD_ALIGN_PARAGRAPH.CENTER, 11, bold=True, reuse=True)
    # repeat header row on each page
    trPr = t.rows[0]._tr.get_or_add_trPr(); th = OxmlElement("w:tblHeader"); th.set(qn("w:val"), "true"); trPr.append(th)
    for i, r in enumerate(rows, 1):
        if r[0] == "G":
            para(t.cell(i, 0), r[1], WD_ALIGN_PARAGRAPH.CENTER, 11, bold=True, reuse=True)
            m = t.cell(i, 1).merge(t.cell(i, 5))
            para(m, r[2], WD_ALIGN_PARAGRAPH.LEFT, 11, bold=True, reuse=True)
        else:
            for j, v in enumerate(r[1:]):
                para(t.cell(i, j), v, WD_ALIGN_PARAGRAPH.CENTER if j in (0, 4) else WD_ALIGN_PARAGRAPH.LEFT, 11, reuse=True)
    widths(t, W)


def build():
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(1.5), Cm(2), Cm(2)
    d.paragraphs[0] if d.paragraphs else None
    hdr = d.add_table(rows=3, cols=2); borders(hdr, "nil")
    for i, (l, r) in enumerate(HEADER):
        para(hdr.cell(i, 0), l, WD_ALIGN_PARAGRAPH.CENTER, 13, bold=(i == 1), reuse=True)
        para(hdr.cell(i, 1), r, WD_ALIGN_PARAGRAPH.CENTER, 12 if i == 0 else 13, bold=(i < 2), italic=(i == 2), reuse=True)
    widths(hdr, [6.5, 10.5])
    for i, t in enumerate(TITLE): para(d, t, WD_ALIGN_PARAGRAPH.CENTER, 14, bold=True)
    blocks(d, PRE)
    task_table(d, T1)
    para(d, MID, WD_ALIGN_PARAGRAPH.RIGHT, 12, italic=True)
    task_table(d, T2)
    blocks(d, POST)
    sig = d.add_table(rows=1, cols=2); borders(sig, "nil")
    for i, t in enumerate(RECIP):
        para(sig.cell(0, 0), t, WD_ALIGN_PARAGRAPH.LEFT, 12 if i == 0 else 11, bold=(i == 0), italic=(i == 0), reuse=(i == 0))
    for i, t in enumerate(SIGN):
        para(sig.cell(0, 1), t, WD_ALIGN_PARAGRAPH.CENTER, 13, bold=True, reuse=(i == 0))
    widths(sig, [8.5, 8.5])
    d.save(os.path.join(OUT, NAME + ".docx"))


def source_text():
    L = [f"{l} | {r}" for l, r in HEADER] + [""] + TITLE + [""] + [t for _, t in PRE] + [""]
    L.append(" | ".join(COLS))
    for r in T1: L.append(" | ".join(r[1:]))
    L += ["", MID, ""]
    L.append(" | ".join(COLS))
    for r in T2: L.append(" | ".join(r[1:]))
    L += [""] + [t for _, t in POST] + [""]
    for i in range(max(len(RECIP), len(SIGN))):
        l = RECIP[i] if i < len(RECIP) else ""; r = SIGN[i] if i < len(SIGN) else ""
        L.append(" | ".join(x for x in (l, r) if x))
    return N("\n".join(L) + "\n")


if __name__ == "__main__":
    build()
    open(os.path.join(OUT, "sources", NAME + ".source.txt"), "w", encoding="utf-8").write(source_text())
