"""Plan 2: DOCX with the header in a borderless 2-column table and a task table with
vMerge'd lead cells and gridSpan group rows (Sở TT&TT Quảng Ninh, ASEAN 2021-2025)."""
import sys
sys.path.insert(0, "/work/unseen4a/sources")
from docx import Document
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from common import STAGE

NAME = "quang-ninh_1958-KH-STTTT_2021_asean-table"

HEADER = [("UBND TỈNH QUẢNG NINH\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
          ("Số: 1958/KH-STTTT", "Quảng Ninh, ngày 15 tháng 11 năm 2021")]
TITLE = ["KẾ HOẠCH", "Triển khai công tác thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025 của ngành Thông tin và Truyền thông tỉnh Quảng Ninh"]
BEFORE = [
 ("p", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("p", "Thực hiện Kế hoạch số 245/KH-UBND ngày 28/10/2021 của UBND tỉnh Quảng Ninh về thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025 trên địa bàn tỉnh;"),
 ("p", "Sở Thông tin và Truyền thông xây dựng Kế hoạch triển khai như sau:"),
 ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("b", "1. Mục đích"),
 ("p", "- Thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận của công chúng, để mỗi người dân Quảng Ninh hiểu rõ lợi ích thiết thực từ Cộng đồng ASEAN theo tinh thần \"Tư duy Cộng đồng, Hành động Cộng đồng\"."),
 ("p", "- Góp phần hình thành bản sắc Cộng đồng ASEAN và cảm nhận thuộc về một cộng đồng chung trong Nhân dân, nhất là thế hệ trẻ."),
 ("b", "2. Yêu cầu"),
 ("p", "- Tăng cường công tác phối hợp thông tin giữa các sở, ngành, địa phương và cơ quan báo chí; thông tin kịp thời, chính xác, có trọng tâm."),
 ("p", "- Đổi mới hình thức tuyên truyền, ứng dụng nền tảng số, phù hợp với điều kiện phòng, chống dịch COVID-19."),
 ("h", "II. NHIỆM VỤ CỤ THỂ"),
 ("p", "Các nhiệm vụ, đơn vị chủ trì, đơn vị phối hợp và thời gian thực hiện được phân công tại bảng sau:"),
]
COLS = ["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"]
# rows: ("G", text) group row; (stt, content, lead or None when merged with the row above, support, time)
ROWS = [
 ("G", "I. THÔNG TIN TRÊN BÁO CHÍ VÀ NỀN TẢNG SỐ"),
 ("1", "Duy trì chuyên trang, chuyên mục \"ASEAN - Cộng đồng chung\" trên Báo Quảng Ninh và Cổng Thông tin điện tử tỉnh theo Chủ đề ASEAN từng năm, phản ánh đủ 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội", "Trung tâm Truyền thông tỉnh", "Sở Ngoại vụ", "Hằng năm"),
 ("2", "Sản xuất phóng sự, câu chuyện thực tiễn về các mô hình, nhân vật điển hình được hưởng lợi từ hợp tác ASEAN", None, "Hội Nhà báo tỉnh", "Năm 2022 - 2025"),
 ("3", "Đăng tải, chia sẻ thông tin về ASEAN trên mạng xã hội và các nền tảng số của tỉnh", "Phòng Thông tin - Báo chí - Xuất bản", "Trung tâm Truyền thông tỉnh", "Thường xuyên"),
 ("4", "Định hướng các cơ quan báo chí phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại và quá trình hội nhập ASEAN của Việt Nam", None, "Ban Tuyên giáo Tỉnh ủy; Công an tỉnh", "Thường xuyên"),
 ("5", "Tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên và cán bộ thông tin cơ sở", None, "Hội Nhà báo tỉnh", "Quý III/2022"),
 ("G", "II. THÔNG TIN CƠ SỞ VÀ CỔ ĐỘNG TRỰC QUAN"),
 ("6", "Treo cờ ASEAN, pa nô, áp phích và băng rôn điện tử nhân kỷ niệm Ngày thành lập ASEAN (08/8)", "Sở Văn hóa và Thể thao", "UBND các huyện, thị xã, thành phố", "Tháng 8/2022"),
 ("7", "Tổ chức chương trình giao lưu văn hóa, thể thao với các đoàn nghệ thuật, vận động viên các nước ASEAN", None, "Sở Ngoại vụ", "Năm 2023"),
 ("8", "Biên soạn bản tin về ASEAN cung cấp cho hệ thống đài truyền thanh cơ sở", "Phòng Thông tin - Báo chí - Xuất bản", "UBND các huyện, thị xã, thành phố", "Hằng quý"),
 ("G", "III. HOẠT ĐỘNG CHUYÊN ĐỀ"),
 ("9", "Phổ biến cho doanh nghiệp về thương mại điện tử, chuỗi cung ứng giá trị khu vực, cơ chế hải quan một cửa ASEAN và kinh tế số", "Sở Công Thương", "Hiệp hội Doanh nghiệp tỉnh; Cục Hải quan tỉnh", "Năm 2022 - 2025"),
 ("10", "Tham gia hội chợ, triển lãm, xúc tiến đầu tư và quảng bá tiềm năng, thế mạnh du lịch của tỉnh tới các nước ASEAN", None, "Sở Du lịch; Ban Xúc tiến và Hỗ trợ đầu tư tỉnh", "Năm 2022 - 2025"),
 ("11", "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên trên địa bàn tỉnh", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn", "Quý IV/2022"),
 ("12", "Tuyên truyền về hợp tác ASEAN trong ứng phó với dịch COVID-19 và phục hồi sau đại dịch trong các trường học", None, "Sở Y tế", "Năm 2022"),
]
AFTER = [
 ("h", "III. KINH PHÍ THỰC HIỆN"),
 ("p", "Kinh phí thực hiện được bố trí từ ngân sách tỉnh trong dự toán giao cho Sở Thông tin và Truyền thông; lồng ghép trong kinh phí thường xuyên của các cơ quan, đơn vị và các nguồn hợp pháp khác. Tổng kinh phí dự kiến cho giai đoạn là 1,2 tỷ đồng."),
 ("h", "IV. TỔ CHỨC THỰC HIỆN"),
 ("b", "1. Phòng Thông tin - Báo chí - Xuất bản"),
 ("p", "- Là đầu mối tham mưu Giám đốc Sở hướng dẫn, đôn đốc, kiểm tra việc thực hiện Kế hoạch."),
 ("p", "- Tổng hợp, báo cáo Giám đốc Sở kết quả thực hiện trước ngày 05/12 hằng năm."),
 ("b", "2. Trung tâm Truyền thông tỉnh"),
 ("p", "- Bố trí thời lượng, vị trí phù hợp cho chuyên trang, chuyên mục về ASEAN; phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam."),
 ("b", "3. Các sở, ngành liên quan"),
 ("p", "- Chủ động phối hợp thực hiện các nhiệm vụ được phân công; gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm."),
 ("b", "4. UBND các huyện, thị xã, thành phố"),
 ("p", "- Chỉ đạo Trung tâm Truyền thông và Văn hóa cấp huyện tiếp sóng, phát lại bản tin về ASEAN; treo cờ, pa nô tại trung tâm hành chính cấp huyện."),
 ("p", "Trên đây là Kế hoạch triển khai công tác thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025 của Sở Thông tin và Truyền thông; đề nghị các cơ quan, đơn vị phối hợp thực hiện./."),
]
SIGN = ("Nơi nhận:\n- Bộ Thông tin và Truyền thông (b/c);\n- UBND tỉnh (b/c);\n- Các sở, ngành liên quan;\n- UBND các huyện, thị xã, thành phố;\n- Giám đốc, các PGĐ Sở;\n- Lưu: VT, TTBCXB.",
        "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\n\nPhạm Hồng Quang")

def para(cell_or_doc, text, bold=False, italic=False, center=False, size=13):
    p = cell_or_doc.add_paragraph()
    r = p.add_run(text); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p

def set_cell(cell, text, bold=False, center=False, italic=False, size=11):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line); r.bold = bold; r.italic = italic; r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

def body(doc, items, out):
    for kind, text in items:
        out.append(text)
        p = para(doc, text, bold=kind in "hb")
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)

def main():
    out = []
    doc = Document(); __import__("common").compact(doc)
    st = doc.styles["Normal"]; st.font.name = "Times New Roman"; st.font.size = Pt(13)
    sec = doc.sections[0]
    pass
    # header: borderless 2x2 table (no table style -> no borders)
    t = doc.add_table(rows=2, cols=2)
    for i, (l, r) in enumerate(HEADER):
        set_cell(t.cell(i, 0), l, bold=(i == 0), center=True, size=13)
        set_cell(t.cell(i, 1), r, bold=(i == 0), center=True, italic=(i == 1), size=13)
        out.append(l.replace("\n", "\n") + " | " + r)
    for i, line in enumerate(TITLE):
        para(doc, line, bold=True, center=True, size=14); out.append(line)
    body(doc, BEFORE, out)
    tbl = doc.add_table(rows=1, cols=5); tbl.style = "Table Grid"
    for j, c in enumerate(COLS):
        set_cell(tbl.cell(0, j), c, bold=True, center=True)
    out.append(" | ".join(COLS))
    lead_start = None
    for row in ROWS:
        cells = tbl.add_row().cells
        if row[0] == "G":
            m = cells[0].merge(cells[4])
            set_cell(m, row[1], bold=True)
            out.append(row[1]); lead_start = None
            continue
        stt, content, lead, sup, when = row
        set_cell(cells[0], stt, center=True); set_cell(cells[1], content)
        set_cell(cells[3], sup); set_cell(cells[4], when, center=True)
        if lead is not None:
            set_cell(cells[2], lead); lead_start = (cells[2], lead)
            shown = lead
        else:
            m = lead_start[0].merge(cells[2])
            set_cell(m, lead_start[1]); lead_start = (m, lead_start[1])
            shown = "(merged: " + lead_start[1] + ")"
        out.append(" | ".join([stt, content, shown, sup, when]))
    widths = [Cm(1.0), Cm(7.2), Cm(3.3), Cm(3.3), Cm(1.7)]
    tbl.autofit = False
    for col, w in zip(tbl.columns, widths):
        col.width = w
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    body(doc, AFTER, out)
    s = doc.add_table(rows=1, cols=2)
    set_cell(s.cell(0, 0), SIGN[0], size=11); set_cell(s.cell(0, 1), SIGN[1], bold=True, center=True)
    out.append(SIGN[0]); out.append(SIGN[1])
    doc.save(STAGE / f"{NAME}.docx")
    (STAGE / "sources" / f"{NAME}.source.txt").write_text("\n".join(out) + "\n", encoding="utf-8")
    print("wrote", NAME)

if __name__ == "__main__":
    main()
