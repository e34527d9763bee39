"""Plan 2 (layout: DOCX task table with Word AUTOMATIC numbering in the STT column + a Word comment).

Sở Du lịch tỉnh Bà Rịa - Vũng Tàu, ASEAN 2022-2025 (1160/QĐ-TTg generation). Built with python-docx + raw XML:
- header and closing: borderless two-column tables;
- section III holds a 5-column task table (STT | Nội dung | Chủ trì | Phối hợp | Thời gian). The STT cells of the
  12 task rows contain NO text: each cell paragraph carries <w:numPr> pointing to a decimal list added to
  numbering.xml (lvlText "%1", suffix nothing), so Word/LibreOffice render 1..12. The list is ONE list that
  continues across the four group rows ("A. …", "B. …", bold, one cell merged over all five columns: gridSpan=5);
  group rows carry no numbering. Multi-agency 'Phối hợp' cells hold one paragraph per agency;
- a Word comment (comments.xml, commentRangeStart/End + commentReference) on the budget paragraph, whose text
  (a reviewer's note with an amount and a month) is not plan text.
Writes ../<NAME>.docx and sources/<NAME>.source.txt (the intended reading text; table rows as ` | ` cells with
the rendered list numbers shown in [brackets])."""
import sys
from pathlib import Path
from docx.shared import Pt, Cm
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from docxkit import new_doc, para, set_widths, borders, cell_text, set_core

HERE = Path(__file__).parent
NAME = "ba-ria-vung-tau_1186-KH-SDL_2022_asean-autonum"

HEAD_L = ["UBND TỈNH BÀ RỊA - VŨNG TÀU", "SỞ DU LỊCH", "", "Số: 1186/KH-SDL"]
HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
          "Bà Rịa - Vũng Tàu, ngày 20 tháng 6 năm 2022"]

BEFORE = [
 ("T", "KẾ HOẠCH"),
 ("S", "Thông tin, tuyên truyền về ASEAN gắn với quảng bá, xúc tiến du lịch tỉnh Bà Rịa - Vũng Tàu giai đoạn 2022 - 2025"),
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, "
       "tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030;"),
 ("P", "Căn cứ Kế hoạch số 98/KH-UBND ngày 27/5/2022 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu về thông tin, tuyên truyền về "
       "ASEAN trên địa bàn tỉnh giai đoạn 2022 - 2025;"),
 ("P", "Sở Du lịch xây dựng Kế hoạch thông tin, tuyên truyền về ASEAN gắn với quảng bá, xúc tiến du lịch giai đoạn 2022 - 2025 "
       "như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Nâng cao nhận thức của công chức, viên chức, người lao động trong ngành du lịch và cộng đồng doanh nghiệp du lịch về "
       "Cộng đồng ASEAN, thúc đẩy tư duy Cộng đồng, hành động Cộng đồng."),
 ("P", "- Tận dụng các cơ hội hợp tác du lịch trong ASEAN để thu hút khách du lịch từ các nước ASEAN, góp phần phục hồi hoạt động "
       "du lịch của tỉnh sau đại dịch COVID-19."),
 ("H", "2. Yêu cầu"),
 ("P", "- Thông tin, tuyên truyền bảo đảm kịp thời, chính xác, gắn với chương trình xúc tiến du lịch của tỉnh."),
 ("P", "- Phối hợp chặt chẽ với Sở Thông tin và Truyền thông, các cơ quan báo chí trong việc cung cấp thông tin về hợp tác du lịch "
       "ASEAN."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Chủ đề ASEAN theo từng năm; kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội và "
       "những đóng góp của Việt Nam."),
 ("P", "- Hợp tác du lịch ASEAN: Chiến lược du lịch ASEAN, các tiêu chuẩn du lịch ASEAN (homestay, du lịch cộng đồng, thành phố "
       "du lịch sạch), Thỏa thuận công nhận lẫn nhau về nghề du lịch ASEAN (MRA-TP)."),
 ("P", "- Tiềm năng, sản phẩm du lịch của tỉnh Bà Rịa - Vũng Tàu: du lịch biển, đảo Côn Đảo, Long Hải - Phước Hải, Hồ Tràm; "
       "du lịch tâm linh, sinh thái; các dự án du lịch kêu gọi đầu tư."),
 ("H", "III. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN"),
 ("P", "Giám đốc Sở phân công các phòng, đơn vị thuộc Sở thực hiện các nhiệm vụ cụ thể như sau:"),
]

# (group label) or (content, [lead], [support...], time)
TABLE = [
 "A. THÔNG TIN, TUYÊN TRUYỀN VỀ ASEAN",
 ("Xây dựng chuyên mục “Du lịch ASEAN” trên Trang thông tin điện tử Sở Du lịch, Fanpage và Zalo OA “Du lịch Bà Rịa - Vũng Tàu”",
  ["Văn phòng Sở"], ["Trung tâm Thông tin Xúc tiến Du lịch"], "Quý III/2022"),
 ("Đăng tải tin, bài về Chủ đề ASEAN hằng năm và kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa "
  "- Xã hội", ["Trung tâm Thông tin Xúc tiến Du lịch"], ["Văn phòng Sở"], "Hằng năm"),
 ("Giới thiệu câu chuyện thực tiễn, mô hình du lịch cộng đồng, doanh nghiệp du lịch điển hình hợp tác hiệu quả với đối tác các "
  "nước ASEAN", ["Trung tâm Thông tin Xúc tiến Du lịch"], ["Hiệp hội Du lịch tỉnh", "Báo Bà Rịa - Vũng Tàu"], "2023 - 2025"),
 ("Treo pa nô, băng rôn tuyên truyền về ASEAN tại trụ sở Sở Du lịch và các khu du lịch trọng điểm nhân kỷ niệm Ngày thành lập "
  "ASEAN", ["Văn phòng Sở"], [], "Tháng 8/2022"),
 "B. QUẢNG BÁ, XÚC TIẾN DU LỊCH TẠI THỊ TRƯỜNG ASEAN",
 ("Tham gia Hội chợ Du lịch quốc tế TP. Hồ Chí Minh (ITE HCMC), giới thiệu sản phẩm du lịch biển, đảo Côn Đảo, Hồ Tràm, Long "
  "Hải tới doanh nghiệp lữ hành các nước ASEAN", ["Trung tâm Thông tin Xúc tiến Du lịch"], ["Hiệp hội Du lịch tỉnh"], "Hằng năm"),
 ("Đón đoàn famtrip, presstrip của doanh nghiệp lữ hành, báo chí Thái Lan, Malaysia, Singapore khảo sát sản phẩm du lịch của "
  "tỉnh", ["Trung tâm Thông tin Xúc tiến Du lịch"], ["Phòng Quản lý Du lịch", "Sở Ngoại vụ"], "Quý IV/2022"),
 ("Biên soạn, phát hành ấn phẩm quảng bá du lịch (cẩm nang, bản đồ du lịch) bằng tiếng Anh, tiếng Thái, tiếng Mã Lai",
  ["Trung tâm Thông tin Xúc tiến Du lịch"], ["Phòng Quản lý Du lịch"], "Năm 2023"),
 ("Phối hợp tổ chức Lễ hội văn hóa, ẩm thực các nước ASEAN tại thành phố Vũng Tàu", ["Phòng Quản lý Du lịch"],
  ["Sở Văn hóa và Thể thao", "UBND thành phố Vũng Tàu"], "Quý II/2024"),
 "C. NÂNG CAO NĂNG LỰC, CHUYỂN ĐỔI SỐ",
 ("Tập huấn tiêu chuẩn nghề du lịch ASEAN cho lao động tại cơ sở lưu trú, doanh nghiệp lữ hành; thông tin về dịch chuyển lao "
  "động theo Thỏa thuận MRA-TP", ["Phòng Quản lý Du lịch"], ["Hiệp hội Du lịch tỉnh", "Các cơ sở đào tạo du lịch"], "Quý III/2023"),
 ("Cử công chức, viên chức tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", ["Văn phòng Sở"], [],
  "Theo kế hoạch của Sở Thông tin và Truyền thông"),
 ("Hướng dẫn doanh nghiệp du lịch ứng dụng thương mại điện tử, chuyển đổi số trong quảng bá, bán sản phẩm tới khách du lịch các "
  "nước ASEAN", ["Phòng Quản lý Du lịch"], ["Trung tâm Thông tin Xúc tiến Du lịch", "Sở Thông tin và Truyền thông"], "2022 - 2025"),
 "D. TỔNG HỢP, BÁO CÁO",
 ("Tổng hợp, báo cáo kết quả thực hiện Kế hoạch gửi UBND tỉnh (qua Sở Thông tin và Truyền thông)", ["Văn phòng Sở"],
  ["Các phòng, đơn vị thuộc Sở"], "Trước ngày 30/11 hằng năm"),
]

BUDGET = ("Kinh phí thực hiện từ nguồn ngân sách nhà nước giao trong dự toán của Sở Du lịch (kinh phí xúc tiến du lịch) và Trung "
          "tâm Thông tin Xúc tiến Du lịch; huy động nguồn xã hội hóa và các nguồn hợp pháp khác theo quy định.")
COMMENT = ("Đề nghị Văn phòng bổ sung dự kiến kinh phí năm 2022 khoảng 350 triệu đồng; Phòng QLDL rà soát lại thời gian tham gia "
           "Hội chợ ITE HCMC (tháng 9/2022) cho khớp với kế hoạch xúc tiến.")

AFTER = [
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Văn phòng Sở"),
 ("P", "- Là đầu mối tham mưu Giám đốc Sở theo dõi, đôn đốc việc thực hiện Kế hoạch; phối hợp với Sở Thông tin và Truyền thông "
       "trong công tác thông tin, tuyên truyền về ASEAN."),
 ("P", "- Tổng hợp kết quả thực hiện, tham mưu báo cáo theo quy định."),
 ("H", "2. Phòng Quản lý Du lịch"),
 ("P", "Chủ trì thực hiện các nhiệm vụ được phân công tại Mục III; hướng dẫn các doanh nghiệp du lịch, cơ sở lưu trú tham gia các "
       "hoạt động hợp tác du lịch ASEAN; gửi báo cáo kết quả về Văn phòng Sở trước ngày 15/11 hằng năm."),
 ("H", "3. Trung tâm Thông tin Xúc tiến Du lịch"),
 ("P", "Chủ động đưa nội dung xúc tiến tại thị trường các nước ASEAN vào chương trình xúc tiến du lịch của tỉnh; thực hiện các "
       "nhiệm vụ được phân công tại Mục III; gửi báo cáo kết quả về Văn phòng Sở trước ngày 15/11 hằng năm."),
 ("H", "4. Đề nghị Hiệp hội Du lịch tỉnh"),
 ("P", "Phối hợp vận động hội viên tham gia các hoạt động quảng bá, xúc tiến du lịch tại thị trường ASEAN; chia sẻ thông tin về cơ "
       "hội hợp tác với doanh nghiệp du lịch các nước ASEAN."),
 ("P", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN gắn với quảng bá, xúc tiến du lịch giai đoạn 2022 - 2025 của Sở Du "
       "lịch. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị báo cáo Giám đốc Sở (qua Văn phòng Sở) để "
       "xem xét, giải quyết./."),
]
RECIP = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Thông tin và Truyền thông;", "- Giám đốc, các PGĐ Sở;",
         "- Các phòng, đơn vị thuộc Sở;", "- Hiệp hội Du lịch tỉnh;", "- Lưu: VT, QLDL."]
SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "", "Nguyễn Văn Thuận"]

NUM_ID = 27
ABS_ID = 27


def add_list_numbering(doc):
    numbering = doc.part.numbering_part.element
    absnum = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ABS_ID}"><w:nsid w:val="5A3C2E11"/>'
        '<w:multiLevelType w:val="hybridMultilevel"/><w:tmpl w:val="0409000F"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/>'
        '<w:lvlJc w:val="center"/><w:suff w:val="nothing"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{ABS_ID}"/></w:num>'))


def numbered_cell(cell):
    p = cell.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.paragraph_format.space_after = Pt(0)
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{NUM_ID}"/></w:numPr>'))


def body(doc, items):
    for kind, text in items:
        if kind == "T":
            para(doc, text, bold=True, align="center", after=0, before=6)
        elif kind == "S":
            para(doc, text, bold=True, align="center", after=12)
        elif kind == "H":
            para(doc, text, bold=True)
        else:
            para(doc, text)


def build():
    doc = new_doc(size=14, left=2.5, right=1.5)
    add_list_numbering(doc)
    h = doc.add_table(rows=1, cols=2); borders(h, "nil"); set_widths(h, [7.5, 9.5])
    cell_text(h.rows[0].cells[0], HEAD_L, bold=(1,), size=12)
    cell_text(h.rows[0].cells[1], HEAD_R, bold=(0, 1), italic=(3,), size=12)
    body(doc, BEFORE)
    widths = [1.2, 7.2, 3.1, 3.3, 2.2]
    t = doc.add_table(rows=1, cols=5); borders(t); set_widths(t, widths)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, head in zip(t.rows[0].cells, ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời gian"]):
        cell_text(c, [head], allbold=True, size=12)
    src_rows = ["STT | Nội dung | Chủ trì | Phối hợp | Thời gian"]
    n = 0
    for row in TABLE:
        r = t.add_row()
        if isinstance(row, str):
            merged = r.cells[0].merge(r.cells[4])
            cell_text(merged, [row], allbold=True, size=12, align="left")
            src_rows.append(row)
            continue
        n += 1
        content, lead, sup, when = row
        numbered_cell(r.cells[0])
        cell_text(r.cells[1], [content], size=12, align="justify")
        cell_text(r.cells[2], lead, size=12)
        cell_text(r.cells[3], sup or [""], size=12)
        cell_text(r.cells[4], [when], size=12)
        src_rows.append(f"[{n}] | {content} | {'; '.join(lead)} | {'; '.join(sup)} | {when}")
    set_widths(t, widths)
    para(doc, "", after=0)
    para(doc, "IV. KINH PHÍ THỰC HIỆN", bold=True)
    bp = para(doc, BUDGET)
    cm = doc.add_comment(bp.runs, text=COMMENT, author="Trần Thị Mai Hương", initials="TMH")
    cm._comment_elm.set(qn("w:date"), "2022-06-17T16:42:00Z")  # a reviewer's note on the draft, not today's date
    body(doc, AFTER)
    s = doc.add_table(rows=1, cols=2); borders(s, "nil"); set_widths(s, [8.5, 8.5])
    cell_text(s.rows[0].cells[0], RECIP, bold=(0,), italic=(0,), size=12, align="left")
    cell_text(s.rows[0].cells[1], SIGN, bold=tuple(i for i, x in enumerate(SIGN) if x), size=14)
    set_core(doc, "Trần Thị Mai Hương", "2022-06-15T14:10:00", "2022-06-20T09:30:00")
    out = STAGE / f"{NAME}.docx"
    doc.save(out)
    src = [f"{a} || {b}" for a, b in zip(HEAD_L, HEAD_R)] + [x for _, x in BEFORE] + src_rows
    src += ["IV. KINH PHÍ THỰC HIỆN", BUDGET, "[COMMENT, not plan text] " + COMMENT] + [x for _, x in AFTER]
    src += RECIP + ["@" + x for x in SIGN if x]
    (HERE / f"{NAME}.source.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    build()
