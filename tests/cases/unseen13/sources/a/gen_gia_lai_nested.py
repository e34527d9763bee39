"""Build the Chư Sê DOCX: header and signature in borderless two-cell tables; the body's parts I-IV laid out in an
outer borderless two-column layout table (left cell: the Roman label alone; right cell: the heading and its text);
the task list of part II is a ruled table NESTED inside the right cell of row II."""
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import STAGE, compact
NAME = "gia-lai_chu-se_98-KH-UBND_2022_asean-nestedtable"
C = WD_ALIGN_PARAGRAPH.CENTER

def borders(tbl, val):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}"); e.set(qn("w:val"), val); e.set(qn("w:sz"), "4"); e.set(qn("w:color"), "000000"); b.append(e)
    tblPr.append(b)

def widths(tbl, cms):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in tbl.rows:
        for c, w in zip(row.cells, cms):
            c.width = Cm(w)

def put(cell_or_doc, text, bold=False, italic=False, align=None, size=None, first=False):
    p = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic
    if size: r.font.size = Pt(size)
    if align is not None: p.alignment = align
    return p

doc = Document(); compact(doc, 13)
h = doc.add_table(rows=1, cols=2); borders(h, "nil"); widths(h, (6.5, 10.0))
l, r = h.rows[0].cells
put(l, "ỦY BAN NHÂN DÂN", align=C, first=True); put(l, "HUYỆN CHƯ SÊ", bold=True, align=C); put(l, "Số: 98/KH-UBND", align=C)
put(r, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, align=C, first=True); put(r, "Độc lập - Tự do - Hạnh phúc", bold=True, align=C)
put(r, "Chư Sê, ngày 12 tháng 4 năm 2022", italic=True, align=C)
put(doc, "KẾ HOẠCH", bold=True, align=C)
put(doc, "Thông tin, tuyên truyền về ASEAN trên địa bàn huyện Chư Sê giai đoạn 2022 - 2025", bold=True, align=C)
put(doc, "Thực hiện Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030; Kế hoạch số 745/KH-UBND ngày 28/3/2022 của Ủy ban nhân dân tỉnh Gia Lai thực hiện Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn tỉnh, Ủy ban nhân dân huyện Chư Sê ban hành Kế hoạch như sau:")

O = doc.add_table(rows=4, cols=2); borders(O, "nil")
widths(O, (1.2, 15.3))
parts = [
 ("I.", "MỤC ĐÍCH, YÊU CẦU", [
   ("1. Mục đích", True),
   ("- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân các dân tộc trên địa bàn huyện về Cộng đồng ASEAN, về lợi ích và cơ hội mà hợp tác ASEAN mang lại, thực hiện phương châm \"Tư duy Cộng đồng, Hành động Cộng đồng\".", False),
   ("- Qua đó quảng bá hình ảnh, tiềm năng du lịch, đầu tư của huyện Chư Sê đến bạn bè, nhà đầu tư các nước ASEAN.", False),
   ("2. Yêu cầu", True),
   ("- Thông tin kịp thời, chính xác, phù hợp với đồng bào dân tộc thiểu số; gắn với nhiệm vụ chuyển đổi số của huyện.", False)]),
 ("II.", "NHIỆM VỤ CỤ THỂ", [
   ("Các cơ quan, đơn vị thực hiện các nhiệm vụ theo bảng phân công dưới đây:", False)]),
 ("III.", "KINH PHÍ THỰC HIỆN", [
   ("Nguồn ngân sách huyện được giao trong dự toán của các cơ quan, đơn vị; nguồn xã hội hóa và các nguồn hợp pháp khác theo quy định.", False)]),
 ("IV.", "TỔ CHỨC THỰC HIỆN", [
   ("1. Phòng Văn hóa và Thông tin", True),
   ("- Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch.", False),
   ("- Tăng cường công tác phối hợp thông tin với các cơ quan, đơn vị, Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể trong tuyên truyền về ASEAN.", False),
   ("- Tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm.", False),
   ("2. Phòng Tài chính - Kế hoạch", True),
   ("- Tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch theo khả năng cân đối ngân sách huyện.", False),
   ("3. Các cơ quan, đơn vị được giao nhiệm vụ tại mục II", True),
   ("- Xây dựng kế hoạch chi tiết để triển khai; gửi báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 20/11 hằng năm.", False),
   ("4. Ủy ban nhân dân các xã, thị trấn", True),
   ("- Chỉ đạo đài truyền thanh cơ sở tiếp, phát sóng các chương trình về ASEAN; phối hợp treo cờ, pa nô, áp phích trên địa bàn.", False)]),
]
ROWS = [
 ("1", "Tuyên truyền về Chủ đề ASEAN hằng năm và hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội trên sóng truyền thanh - truyền hình huyện",
  "Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Phòng Văn hóa và Thông tin", "Hằng năm"),
 ("2", "Xây dựng chuyên mục \"Chư Sê hội nhập\" trên Trang thông tin điện tử huyện và trang mạng xã hội của huyện",
  "Phòng Văn hóa và Thông tin", "Văn phòng HĐND và UBND huyện", "2022 - 2025"),
 ("3", "Tuyên truyền về hợp tác ASEAN trong ứng phó với đại dịch COVID-19 và phục hồi kinh tế - xã hội",
  "Trung tâm Y tế huyện", "Trung tâm Văn hóa - Thông tin và Thể thao huyện", "Năm 2022"),
 ("4", "Giới thiệu câu chuyện thực tiễn, nhân vật điển hình là nông dân, hợp tác xã xuất khẩu hồ tiêu, cà phê sang thị trường ASEAN",
  "Phòng Nông nghiệp và Phát triển nông thôn", "Hội Nông dân huyện; UBND các xã, thị trấn", "2023 - 2025"),
 ("5", "Tổ chức Hội thi tìm hiểu về ASEAN cho đoàn viên, thanh niên và học sinh trung học cơ sở",
  "Huyện đoàn Chư Sê", "Phòng Giáo dục và Đào tạo", "Quý III/2023"),
 ("6", "Treo cờ ASEAN, pa nô, áp phích tại trung tâm huyện nhân kỷ niệm 55 năm Ngày thành lập ASEAN",
  "Trung tâm Văn hóa - Thông tin và Thể thao huyện", "UBND thị trấn Chư Sê", "Tháng 8/2022"),
 ("7", "Đấu tranh, phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN",
  "Công an huyện", "Phòng Văn hóa và Thông tin; Ban Tuyên giáo Huyện ủy", "Thường xuyên"),
]
for row, (lab, head, paras) in zip(O.rows, parts):
    put(row.cells[0], lab, bold=True, first=True)
    put(row.cells[1], head, bold=True, first=True)
    for t, b in paras:
        put(row.cells[1], t, bold=b)
    if lab == "II.":
        n = row.cells[1].add_table(rows=1 + len(ROWS), cols=5); borders(n, "single"); widths(n, (0.9, 5.9, 3.1, 3.2, 2.0))
        for c, t in zip(n.rows[0].cells, ("STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện")):
            put(c, t, bold=True, align=C, size=11, first=True)
        for rr, vals in zip(n.rows[1:], ROWS):
            for c, t in zip(rr.cells, vals):
                put(c, t, size=11, first=True, align=C if t in (vals[0], vals[4]) else None)
        put(row.cells[1], "Ngoài các nhiệm vụ trên, các cơ quan, đơn vị chủ động lồng ghép tuyên truyền về ASEAN trong hoạt động chuyên môn.")
put(doc, "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN trên địa bàn huyện Chư Sê giai đoạn 2022 - 2025./.")
s = doc.add_table(rows=1, cols=2); borders(s, "nil"); widths(s, (8.0, 8.5))
l, r = s.rows[0].cells
put(l, "Nơi nhận:", bold=True, italic=True, size=11, first=True)
for t in ("- Sở Thông tin và Truyền thông (b/c);", "- TT Huyện ủy, TT HĐND huyện (b/c);", "- CT, các PCT UBND huyện;",
          "- Các cơ quan, đơn vị tại mục II;", "- UBND các xã, thị trấn;", "- Lưu: VT, VHTT."):
    put(l, t, size=10)
for i, t in enumerate(("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Phạm Văn Ngọc")):
    put(r, t, bold=True, align=C, first=(i == 0))
doc.save(STAGE / f"{NAME}.docx")
print("wrote", NAME)
