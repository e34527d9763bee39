"""Plan 3 (layout: "phân công" MATRIX annex, PDF made by LibreOffice from a DOCX built here).

UBND tỉnh Sóc Trăng, ASEAN 2019-2020 (02/QĐ-BCĐASEAN generation).
- body (portrait A4): tasks II.1-II.10 are numbered headings followed by a paragraph each; the body names NO
  agency in charge ("được phân công … tại Phụ lục");
- after the signature, a landscape section holds the annex "PHỤ LỤC / PHÂN CÔNG THỰC HIỆN NHIỆM VỤ …" : a ruled
  table with tasks as rows (STT 1-11, rows 1-10 repeat the body tasks' headings, row 11 is annex-only) and
  agencies as columns (abbreviated headers: Sở TT&TT, Sở VHTTDL, … UBND cấp huyện), each cell "CT", "PH" or
  empty, a last column "Thời gian"; under it the legend "Ghi chú: CT: Chủ trì; PH: Phối hợp.";
- DOCX → PDF with `soffice --headless --convert-to pdf` (Liberation Serif substitutes Times New Roman).
Writes sources/<NAME>.docx (intermediate), ../<NAME>.pdf and sources/<NAME>.source.txt."""
import subprocess, sys, shutil
from pathlib import Path
from docx.shared import Pt, Cm
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from docxkit import new_doc, para, set_widths, borders, cell_text, set_core

HERE = Path(__file__).parent
NAME = "soc-trang_183-KH-UBND_2019_asean-matrix"

HEAD_L = ["ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG", "", "Số: 183/KH-UBND"]
HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Sóc Trăng, ngày 28 tháng 10 năm 2019"]

BODY = [
 ("T", "KẾ HOẠCH"),
 ("S", "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Sóc Trăng"),
 ("P", "Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN về việc ban hành Kế "
       "hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 và Công văn số 03/BTTTT-BCĐASEAN ngày 26/6/2019 của Ban Chỉ "
       "đạo Thông tin tuyên truyền ASEAN về việc triển khai Kế hoạch, Ủy ban nhân dân tỉnh Sóc Trăng ban hành Kế hoạch tuyên "
       "truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("P", "- Tăng cường thông tin, tuyên truyền để cán bộ, đảng viên, doanh nghiệp và Nhân dân trong tỉnh hiểu rõ về Cộng đồng "
       "ASEAN, nắm bắt được cơ hội để phát triển, góp phần đưa tỉnh Sóc Trăng tham gia vào dòng chảy chính của công tác hội "
       "nhập ASEAN."),
 ("P", "- Góp phần chuẩn bị tốt cho Năm Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020."),
 ("P", "- Công tác tuyên truyền phải có trọng tâm, trọng điểm, phù hợp với đặc thù vùng đồng bào dân tộc Khmer; phân công rõ "
       "trách nhiệm chủ trì, phối hợp giữa các cơ quan, đơn vị."),
 ("H", "II. NHIỆM VỤ CỤ THỂ"),
 ("P", "Các nhiệm vụ dưới đây được phân công chủ trì, phối hợp thực hiện tại Phụ lục kèm theo Kế hoạch này."),
 ("H", "1. Duy trì cơ chế phối hợp thông tin về ASEAN"),
 ("P", "Thiết lập, duy trì cơ chế phối hợp thông tin theo chiều ngang và chiều dọc giữa các sở, ban, ngành, địa phương và các "
       "cơ quan báo chí; định kỳ hằng quý định hướng nội dung trọng tâm cần thông tin về ASEAN theo từng giai đoạn."),
 ("H", "2. Tuyên truyền trên báo chí, Cổng Thông tin điện tử tỉnh"),
 ("P", "Mở chuyên trang, chuyên mục về ASEAN trên Báo Sóc Trăng, Đài Phát thanh và Truyền hình Sóc Trăng, Cổng Thông tin điện "
       "tử tỉnh; tuyên truyền về vai trò, vị thế của ASEAN, thành tựu của Cộng đồng ASEAN trên 3 trụ cột; tiếp, phát sóng các "
       "chương trình, phim tài liệu về ASEAN của Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam."),
 ("H", "3. Khai thác cơ sở dữ liệu và truyền thông mới"),
 ("P", "Chia sẻ cơ sở dữ liệu, tin, bài từ Cổng thông tin ASEAN Việt Nam; giới thiệu, quảng bá Ứng dụng và Fanpage “ASEAN và "
       "Việt Nam” đến cán bộ, công chức, đoàn viên, thanh niên; tăng cường tuyên truyền về ASEAN trên mạng xã hội."),
 ("H", "4. Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN"),
 ("P", "Tổ chức 01 lớp tập huấn cho phóng viên, biên tập viên các cơ quan báo chí, cán bộ làm công tác thông tin, tuyên truyền "
       "cấp tỉnh, cấp huyện; cử cán bộ tham dự các lớp bồi dưỡng do Bộ Thông tin và Truyền thông tổ chức."),
 ("H", "5. Thông tin cho doanh nghiệp về Cộng đồng Kinh tế ASEAN"),
 ("P", "Tổ chức hội nghị, tọa đàm phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, cơ chế hải quan một cửa ASEAN, Hệ thống "
       "thông tin kinh doanh ASEAN (ASEAN BIS) cho doanh nghiệp, hợp tác xã, nhất là doanh nghiệp chế biến, xuất khẩu gạo, "
       "thủy sản."),
 ("H", "6. Tuyên truyền về ASEAN trong trường học"),
 ("P", "Đưa nội dung về ASEAN vào hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông; "
       "duy trì, phát huy Góc ASEAN tại Thư viện tỉnh và xây dựng Góc ASEAN tại một số trường trung học phổ thông."),
 ("H", "7. Giao lưu văn hóa, thể thao và cổ động trực quan"),
 ("P", "Gắn tuyên truyền về ASEAN với Lễ hội Oóc Om Bóc - Đua ghe Ngo của đồng bào Khmer, mời các đoàn nghệ thuật, đội ghe ngo "
       "của các nước ASEAN tham gia giao lưu; treo băng rôn, khẩu hiệu, pa nô tuyên truyền về ASEAN tại trung tâm tỉnh, các "
       "huyện, thị xã, thành phố."),
 ("H", "8. Xúc tiến thương mại, đầu tư và quảng bá hình ảnh tỉnh"),
 ("P", "Tham gia hội chợ, hội nghị xúc tiến thương mại, đầu tư tại các nước ASEAN; giới thiệu tiềm năng, thế mạnh, các dự án "
       "kêu gọi đầu tư, sản phẩm đặc sản của tỉnh (gạo thơm, bánh pía, tôm) tới nhà đầu tư các nước ASEAN."),
 ("H", "9. Tuyên truyền trên hệ thống thông tin cơ sở"),
 ("P", "Biên tập, phát sóng tin, bài về ASEAN bằng tiếng Việt và tiếng Khmer trên hệ thống đài truyền thanh cấp huyện, cấp xã; "
       "lồng ghép trong các buổi sinh hoạt ấp, khóm."),
 ("H", "10. Biên soạn, phát hành tài liệu tuyên truyền"),
 ("P", "Biên soạn, in 5.000 tờ rơi, 1.000 cuốn sổ tay hỏi - đáp về ASEAN bằng song ngữ Việt - Khmer, cấp phát cho các xã, "
       "phường, thị trấn, trường học và chùa Khmer."),
 ("H", "III. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện được bố trí trong dự toán ngân sách hằng năm của các cơ quan, đơn vị theo phân cấp ngân sách hiện "
       "hành; khuyến khích huy động nguồn xã hội hóa để tổ chức các hoạt động giao lưu, quảng bá."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Sở Thông tin và Truyền thông"),
 ("P", "Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương triển khai Kế hoạch; tổng hợp kết "
       "quả, báo cáo Ủy ban nhân dân tỉnh và Ban Chỉ đạo Thông tin tuyên truyền ASEAN trước ngày 10/12 hằng năm."),
 ("H", "2. Các sở, ban, ngành tỉnh"),
 ("P", "Căn cứ nhiệm vụ được phân công chủ trì, phối hợp tại Phụ lục kèm theo, xây dựng kế hoạch chi tiết và tổ chức thực hiện; "
       "gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm."),
 ("H", "3. Sở Tài chính"),
 ("P", "Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch theo quy định."),
 ("H", "4. Ủy ban nhân dân các huyện, thị xã, thành phố"),
 ("P", "Xây dựng kế hoạch tuyên truyền về ASEAN phù hợp với tình hình địa phương; chỉ đạo đài truyền thanh cấp huyện, cấp xã "
       "thực hiện nhiệm vụ tại mục 9 Phần II Kế hoạch này."),
 ("H", "5. Đề nghị Ban Tuyên giáo Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể tỉnh"),
 ("P", "Phối hợp định hướng công tác tuyên truyền; lồng ghép tuyên truyền về ASEAN trong sinh hoạt của cán bộ, đoàn viên, hội "
       "viên."),
 ("P", "Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh Sóc Trăng. Trong quá trình "
       "thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Thông tin và Truyền thông để tổng "
       "hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo./."),
]
RECIP = ["Nơi nhận:", "- Ban Chỉ đạo TTTT ASEAN (b/c);", "- Bộ TT&TT (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
         "- CT, các PCT UBND tỉnh;", "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, TX, TP;",
         "- Báo Sóc Trăng, Đài PT-TH tỉnh;", "- Lưu: VT, KGVX."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "", "Thạch Minh Đức"]

ANNEX_HEAD = ["PHỤ LỤC", "PHÂN CÔNG THỰC HIỆN NHIỆM VỤ TUYÊN TRUYỀN, QUẢNG BÁ ASEAN GIAI ĐOẠN 2019 - 2020",
              "(Kèm theo Kế hoạch số 183/KH-UBND ngày 28/10/2019 của Ủy ban nhân dân tỉnh Sóc Trăng)"]
COLS = ["Sở TT&TT", "Sở VHTTDL", "Sở Công Thương", "Sở KH&ĐT", "Sở GD&ĐT", "Sở Ngoại vụ", "Báo Sóc Trăng",
        "Đài PTTH tỉnh", "Tỉnh đoàn", "UBND cấp huyện"]
# STT, task, {column: CT/PH}, time
ROWS = [
 (1, "Duy trì cơ chế phối hợp thông tin về ASEAN",
  {"Sở TT&TT": "CT", "Sở Ngoại vụ": "PH", "Báo Sóc Trăng": "PH", "Đài PTTH tỉnh": "PH", "UBND cấp huyện": "PH"}, "2019 - 2020"),
 (2, "Tuyên truyền trên báo chí, Cổng Thông tin điện tử tỉnh",
  {"Báo Sóc Trăng": "CT", "Đài PTTH tỉnh": "CT", "Sở TT&TT": "PH"}, "2019 - 2020"),
 (3, "Khai thác cơ sở dữ liệu và truyền thông mới",
  {"Sở TT&TT": "CT", "Báo Sóc Trăng": "PH", "Đài PTTH tỉnh": "PH", "Tỉnh đoàn": "PH"}, "Thường xuyên"),
 (4, "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", {"Sở TT&TT": "CT", "Sở Ngoại vụ": "PH"}, "Quý II/2020"),
 (5, "Thông tin cho doanh nghiệp về Cộng đồng Kinh tế ASEAN",
  {"Sở Công Thương": "CT", "Sở KH&ĐT": "PH", "Sở Ngoại vụ": "PH"}, "Năm 2020"),
 (6, "Tuyên truyền về ASEAN trong trường học", {"Sở GD&ĐT": "CT", "Sở VHTTDL": "PH", "Tỉnh đoàn": "PH"}, "2019 - 2020"),
 (7, "Giao lưu văn hóa, thể thao và cổ động trực quan",
  {"Sở VHTTDL": "CT", "Sở Ngoại vụ": "PH", "UBND cấp huyện": "PH"}, "2019 - 2020"),
 (8, "Xúc tiến thương mại, đầu tư và quảng bá hình ảnh tỉnh",
  {"Sở Công Thương": "CT", "Sở KH&ĐT": "CT", "Sở VHTTDL": "PH", "Sở Ngoại vụ": "PH"}, "2019 - 2020"),
 (9, "Tuyên truyền trên hệ thống thông tin cơ sở", {"UBND cấp huyện": "CT", "Sở TT&TT": "PH"}, "Thường xuyên"),
 (10, "Biên soạn, phát hành tài liệu tuyên truyền",
  {"Sở TT&TT": "CT", "Sở GD&ĐT": "PH", "UBND cấp huyện": "PH"}, "Quý I/2020"),
 (11, "Sơ kết, đánh giá kết quả thực hiện Kế hoạch",
  {"Sở TT&TT": "CT", "Sở VHTTDL": "PH", "Sở Công Thương": "PH", "Sở KH&ĐT": "PH", "Sở GD&ĐT": "PH", "Sở Ngoại vụ": "PH",
   "UBND cấp huyện": "PH"}, "Tháng 12/2020"),
]
LEGEND = "Ghi chú: CT: Chủ trì; PH: Phối hợp."


def shade(cell, fill="D9D9D9"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def vcenter(cell):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:vAlign {nsdecls("w")} w:val="center"/>'))


def repeat_header(row):
    row._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))


def build():
    doc = new_doc(size=14)
    h = doc.add_table(rows=1, cols=2); borders(h, "nil"); set_widths(h, [6.0, 10.0])
    cell_text(h.rows[0].cells[0], HEAD_L, bold=(1,), size=13)
    cell_text(h.rows[0].cells[1], HEAD_R, bold=(0, 1), italic=(3,), size=12.5)
    for kind, text in BODY:
        if kind == "T":
            para(doc, text, bold=True, align="center", after=0, before=12)
        elif kind == "S":
            para(doc, text, bold=True, align="center", after=12)
        elif kind == "H":
            para(doc, text, bold=True)
        else:
            para(doc, text)
    s = doc.add_table(rows=1, cols=2); borders(s, "nil"); set_widths(s, [8.0, 8.0])
    cell_text(s.rows[0].cells[0], RECIP, bold=(0,), italic=(0,), size=12, align="left")
    cell_text(s.rows[0].cells[1], SIGN, bold=tuple(i for i, x in enumerate(SIGN) if x), size=14)
    # landscape annex section
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(2); sec.top_margin = sec.bottom_margin = Cm(1.8)
    para(doc, ANNEX_HEAD[0], bold=True, align="center", after=0)
    para(doc, ANNEX_HEAD[1], bold=True, align="center", after=0)
    para(doc, ANNEX_HEAD[2], italic=True, align="center", after=8)
    widths = [1.0, 5.4] + [1.73] * len(COLS) + [2.0]
    t = doc.add_table(rows=1, cols=len(widths)); borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["STT", "Nhiệm vụ"] + COLS + ["Thời gian"]
    for c, head in zip(t.rows[0].cells, heads):
        cell_text(c, [head], allbold=True, size=9); shade(c); vcenter(c)
    repeat_header(t.rows[0])
    src = ["STT | Nhiệm vụ | " + " | ".join(COLS) + " | Thời gian"]
    for stt, task, roles, when in ROWS:
        r = t.add_row()
        cells = r.cells
        cell_text(cells[0], [str(stt)], size=11); vcenter(cells[0])
        cell_text(cells[1], [task], size=11, align="left"); vcenter(cells[1])
        for j, col in enumerate(COLS):
            cell_text(cells[2 + j], [roles.get(col, "")], size=11, allbold=roles.get(col) == "CT"); vcenter(cells[2 + j])
        cell_text(cells[-1], [when], size=11); vcenter(cells[-1])
        src.append(f"{stt} | {task} | " + " | ".join(roles.get(c, "") for c in COLS) + f" | {when}")
    set_widths(t, widths)
    lg = para(doc, "", align="left", after=0, before=6)
    r = lg.add_run("Ghi chú: "); r.bold = True; r.italic = True; r.font.size = Pt(12)
    r = lg.add_run("CT: Chủ trì; PH: Phối hợp."); r.italic = True; r.font.size = Pt(12)
    set_core(doc, "Phong KGVX", "2019-10-21T15:00:00", "2019-10-28T08:45:00")
    docx_path = HERE / f"{NAME}.docx"
    doc.save(docx_path)
    tmp = Path("/tmp/u9_soc"); tmp.mkdir(exist_ok=True)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)], check=True,
                   capture_output=True)
    # LibreOffice stamps today's date; give the PDF the date it was exported for signing (metadata only)
    from pypdf import PdfReader, PdfWriter
    w = PdfWriter(clone_from=PdfReader(tmp / f"{NAME}.pdf"))
    w.add_metadata({"/CreationDate": "D:20191028084500+07'00'", "/Author": "Phong KGVX", "/Creator": "Writer",
                    "/Producer": "LibreOffice 7.4"})
    with open(STAGE / f"{NAME}.pdf", "wb") as fh:
        w.write(fh)
    lines = [f"{a} || {b}" for a, b in zip(HEAD_L, HEAD_R)] + [x for _, x in BODY] + RECIP + ["@" + x for x in SIGN if x]
    lines += ANNEX_HEAD + src + [LEGEND]
    (HERE / f"{NAME}.source.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("wrote", STAGE / f"{NAME}.pdf")


if __name__ == "__main__":
    build()
