"""Plan 2 (layout: plain text produced by `pdftotext -layout` from the signed PDF).

UBND thành phố Hải Phòng, ASEAN 2019-2020 (02/QĐ-BCĐASEAN generation). Pipeline:
  python-docx DOCX (A4, header block in a borderless 2-column table, body with Roman/Arabic headings, a bordered
  5-column TASK TABLE in body section III, page footer with "Trang N/M" fields, recipients|signature table)
  → LibreOffice PDF (sources/<NAME>.pdf) → `pdftotext -layout` → ../<NAME>.txt (delivered as is: header columns side
  by side separated by runs of spaces, the task table in columns aligned by spaces with cells wrapped over several
  lines, footers at each page end, form feeds between pages).
Also writes sources/<NAME>.source.txt (the intended reading text; ` | ` joins table cells, `||` header columns)."""
import subprocess, sys, shutil
from pathlib import Path
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from docxkit import new_doc, para, set_widths, borders, cell_text, set_core

HERE = Path(__file__).parent
NAME = "hai-phong_263-KH-UBND_2019_asean-pdflayout"

HDR_L = [("ỦY BAN NHÂN DÂN", "b"), ("THÀNH PHỐ HẢI PHÒNG", "b"), ("", ""), ("Số: 263/KH-UBND", "")]
HDR_R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
         ("Hải Phòng, ngày 21 tháng 10 năm 2019", "i")]

PRE = [
 ("T", "KẾ HOẠCH"),
 ("S", "Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020"),
 ("S", "trên địa bàn thành phố Hải Phòng"),
 ("P", "Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26 tháng 6 năm 2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN về "
       "việc ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020; Công văn số 03/BTTTT-BCĐASEAN ngày 26 "
       "tháng 6 năm 2019 của Bộ Thông tin và Truyền thông về việc triển khai Kế hoạch tuyên truyền, quảng bá ASEAN giai "
       "đoạn 2019 - 2020;"),
 ("P", "Xét đề nghị của Giám đốc Sở Thông tin và Truyền thông tại Tờ trình số 95/TTr-STTTT ngày 08 tháng 10 năm 2019,"),
 ("P", "Ủy ban nhân dân thành phố ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn thành "
       "phố Hải Phòng như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Nâng cao nhận thức của cán bộ, công chức, viên chức, doanh nghiệp, học sinh, sinh viên và Nhân dân thành phố về "
       "Cộng đồng ASEAN, về lợi ích và cơ hội mà Cộng đồng ASEAN mang lại; góp phần tạo đồng thuận xã hội cho năm 2020 "
       "Việt Nam đảm nhận vai trò Chủ tịch ASEAN."),
 ("P", "- Giúp cộng đồng doanh nghiệp thành phố nắm bắt được cơ hội để phát triển, chủ động hội nhập và nâng cao năng lực "
       "cạnh tranh trong Cộng đồng Kinh tế ASEAN."),
 ("H", "2. Yêu cầu"),
 ("P", "- Công tác tuyên truyền phải được triển khai mạnh mẽ, thể hiện dòng chảy chính của công tác hội nhập ASEAN; nội "
       "dung thiết thực, phù hợp với từng nhóm đối tượng."),
 ("P", "- Phát huy vai trò của các cơ quan báo chí, hệ thống thông tin cơ sở; chia sẻ, khai thác kho dữ liệu chung tuyên "
       "truyền về ASEAN; bảo đảm tiết kiệm, hiệu quả."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Vai trò, vị thế của ASEAN; các thành tựu của ASEAN trên 3 trụ cột: Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; "
       "đất nước, con người, văn hóa các nước thành viên ASEAN."),
 ("P", "- Các sự kiện quan trọng của ASEAN: Hội nghị Cấp cao ASEAN lần thứ 35; Năm Chủ tịch ASEAN 2020 của Việt Nam; kỷ niệm "
       "25 năm Việt Nam gia nhập ASEAN (28/7/1995 - 28/7/2020) và 05 năm hình thành Cộng đồng ASEAN."),
 ("P", "- Các cam kết trong ASEAN về thuế quan, quy tắc xuất xứ, thương mại điện tử, cơ chế hải quan một cửa ASEAN; hệ thống "
       "thông tin doanh nghiệp ASEAN (ASEAN BIS)."),
 ("P", "- Tiềm năng, thế mạnh của thành phố Hải Phòng; các dự án kêu gọi đầu tư; cảng biển, dịch vụ logistics; du lịch Cát Bà, "
       "Đồ Sơn; các sản phẩm đặc trưng của thành phố."),
 ("H", "III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
 ("P", "Ủy ban nhân dân thành phố phân công các cơ quan, đơn vị thực hiện các nhiệm vụ cụ thể như sau:"),
]

TASKS = [
 ("1", "Xây dựng cơ chế phối hợp theo chiều ngang và chiều dọc giữa các sở, ngành, quận, huyện và cơ quan báo chí; định hướng "
       "trọng tâm cần thông tin về ASEAN theo từng giai đoạn",
  "Sở Thông tin và Truyền thông", "Các sở, ban, ngành; UBND quận, huyện", "Quý IV/2019"),
 ("2", "Chia sẻ dữ liệu, ấn phẩm quảng bá thành phố lên Cổng thông tin ASEAN Việt Nam; khai thác kho dữ liệu chung về ASEAN",
  "Sở Thông tin và Truyền thông", "Văn phòng UBND thành phố", "Thường xuyên"),
 ("3", "Mở chuyên trang, chuyên mục về ASEAN trên báo, đài, Cổng Thông tin điện tử thành phố; tiếp, phát sóng các chương "
       "trình về ASEAN của Đài Truyền hình Việt Nam",
  "Báo Hải Phòng; Đài Phát thanh và Truyền hình Hải Phòng", "Sở Thông tin và Truyền thông", "2019 - 2020"),
 ("4", "Chia sẻ tin, bài từ Ứng dụng và Fanpage “ASEAN và Việt Nam” trên mạng xã hội, trang thông tin điện tử của các cơ "
       "quan, đơn vị",
  "Sở Thông tin và Truyền thông", "Các sở, ban, ngành; UBND quận, huyện", "Thường xuyên"),
 ("5", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ làm công tác thông tin cơ sở",
  "Sở Thông tin và Truyền thông", "Hội Nhà báo thành phố", "Quý II/2020"),
 ("6", "Tổ chức hội nghị thông tin cho doanh nghiệp về các cam kết trong ASEAN, quy tắc xuất xứ, hải quan một cửa ASEAN, "
       "ASEAN BIS",
  "Sở Công Thương", "Hiệp hội Doanh nghiệp thành phố; Cục Hải quan thành phố Hải Phòng", "Quý III/2020"),
 ("7", "Tham gia hội chợ, triển lãm, hội nghị xúc tiến đầu tư tại các nước ASEAN; quảng bá tiềm năng, thế mạnh của thành phố",
  "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "Sở Kế hoạch và Đầu tư; Sở Ngoại vụ", "2019 - 2020"),
 ("8", "Giao lưu văn hóa, thể thao; triển lãm ảnh “ASEAN - Ngôi nhà chung”; treo băng rôn, pa nô, áp phích về Năm Chủ tịch "
       "ASEAN 2020",
  "Sở Văn hóa và Thể thao", "UBND quận, huyện", "Tháng 01 - 8/2020"),
 ("9", "Lồng ghép tuyên truyền về ASEAN trong sinh hoạt của đoàn viên, hội viên và các buổi nói chuyện chuyên đề",
  "Thành đoàn Hải Phòng", "Hội Liên hiệp Phụ nữ thành phố; Hội Nông dân thành phố", "Năm 2020"),
 ("10", "Biên soạn, in ấn, phát hành tài liệu hỏi - đáp, tờ rơi về ASEAN và Năm Chủ tịch ASEAN 2020",
  "Sở Thông tin và Truyền thông", "UBND quận, huyện", "Quý I/2020"),
 ("11", "Theo dõi dư luận xã hội; phản bác thông tin sai trái, xuyên tạc về ASEAN và vai trò của Việt Nam trong ASEAN",
  "Công an thành phố", "Sở Thông tin và Truyền thông", "Thường xuyên"),
]

POST = [
 ("H", "IV. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách thành phố theo phân cấp ngân sách hiện hành, trong dự toán "
       "được giao hằng năm của các cơ quan, đơn vị; khuyến khích huy động các nguồn xã hội hóa và các nguồn hợp pháp khác. "
       "Năm 2020, dự kiến bố trí 350 triệu đồng cho Sở Thông tin và Truyền thông để tổ chức tập huấn và in ấn tài liệu "
       "tuyên truyền."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Sở Thông tin và Truyền thông"),
 ("P", "- Chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; làm đầu mối chia sẻ nội dung dữ "
       "liệu cho các cơ quan báo chí, hệ thống thông tin cơ sở."),
 ("P", "- Tổng hợp, báo cáo Ủy ban nhân dân thành phố và Bộ Thông tin và Truyền thông kết quả thực hiện trước ngày 10/12 "
       "hằng năm."),
 ("H", "2. Sở Tài chính"),
 ("P", "Tham mưu Ủy ban nhân dân thành phố bố trí kinh phí thực hiện Kế hoạch theo quy định."),
 ("H", "3. Các sở, ban, ngành thành phố; Ủy ban nhân dân quận, huyện"),
 ("P", "Căn cứ nhiệm vụ được phân công tại Mục III, xây dựng kế hoạch cụ thể và tổ chức thực hiện; báo cáo kết quả về Sở "
       "Thông tin và Truyền thông trước ngày 30/11 hằng năm để tổng hợp."),
 ("H", "4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội thành phố"),
 ("P", "Lồng ghép tuyên truyền về ASEAN trong các hoạt động của tổ chức mình; vận động đoàn viên, hội viên tích cực tìm hiểu "
       "về Cộng đồng ASEAN."),
 ("P", "Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn thành phố Hải Phòng. Trong quá "
       "trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Thông tin và Truyền thông để tổng "
       "hợp, báo cáo Ủy ban nhân dân thành phố xem xét, chỉ đạo./."),
]

RECIP = ["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- TT. Thành ủy, TT. HĐND TP;", "- CT, PCT UBND TP;",
         "- Ban Tuyên giáo Thành ủy;", "- UBMTTQVN TP và các đoàn thể;", "- Các sở, ban, ngành TP;",
         "- UBND quận, huyện;", "- Báo Hải Phòng, Đài PT&TH Hải Phòng;", "- VP UBND TP (2,3D);", "- Lưu: VT, HT."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Lê Hoàng Phúc"]


def add_field(p, instr, size=11):
    r = p.add_run(); r.font.size = Pt(size)
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r = p.add_run(); r.font.size = Pt(size)
    r._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    r = p.add_run(); r.font.size = Pt(size)
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    r = p.add_run("1"); r.font.size = Pt(size)
    r = p.add_run(); r.font.size = Pt(size)
    r._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def body(doc, items, src):
    for kind, text in items:
        if kind == "T":
            para(doc, text, bold=True, align="center", after=0, before=6); src.append("# " + text)
        elif kind == "S":
            para(doc, text, bold=True, align="center", after=0); src.append("# " + text)
        elif kind == "H":
            p = para(doc, text, bold=True, before=4); src.append("*" + text)
        else:
            para(doc, text); src.append(text)


def build():
    doc = new_doc(size=14, left=3.0, right=1.5, top=2.0, bottom=2.0)
    set_core(doc, "VP UBND TP Hai Phong", "2019-10-15T09:12:00", "2019-10-21T16:40:00", "KH tuyen truyen ASEAN 2019-2020")
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Kế hoạch số 263/KH-UBND ngày 21/10/2019 - Trang "); r.font.size = Pt(11); r.italic = True
    add_field(fp, "PAGE")
    r = fp.add_run("/"); r.font.size = Pt(11)
    add_field(fp, "NUMPAGES")
    src = []
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil"); set_widths(t, [6.0, 10.5])
    cell_text(t.cell(0, 0), [x for x, _ in HDR_L], bold=[i for i, (_, f) in enumerate(HDR_L) if f == "b"], size=13)
    cell_text(t.cell(0, 1), [x for x, _ in HDR_R], bold=[i for i, (_, f) in enumerate(HDR_R) if f == "b"],
              italic=[i for i, (_, f) in enumerate(HDR_R) if f == "i"], size=13)
    src += ["ỦY BAN NHÂN DÂN || CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÀNH PHỐ HẢI PHÒNG || Độc lập - Tự do - Hạnh phúc",
            "Số: 263/KH-UBND || Hải Phòng, ngày 21 tháng 10 năm 2019", ""]
    body(doc, PRE, src)
    W = [1.3, 6.3, 3.3, 3.3, 2.3]
    t = doc.add_table(rows=1 + len(TASKS), cols=5)
    borders(t, "single"); set_widths(t, W)
    head = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"]
    for i, h in enumerate(head):
        cell_text(t.cell(0, i), [h], size=12, allbold=True)
    # repeat the header row on each page, as Word users do
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    src.append(" | ".join(head))
    for ri, (stt, task, lead, sup, tm) in enumerate(TASKS, 1):
        cell_text(t.cell(ri, 0), [stt], size=12)
        cell_text(t.cell(ri, 1), [task], size=12, align="left")
        cell_text(t.cell(ri, 2), [lead], size=12, align="left")
        cell_text(t.cell(ri, 3), [sup], size=12, align="left")
        cell_text(t.cell(ri, 4), [tm], size=12)
        src.append(" | ".join([stt, task, lead, sup, tm]))
    body(doc, POST, src)
    src.append("")
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil"); set_widths(t, [8.0, 8.5])
    c = t.cell(0, 0); c.text = ""
    for i, line in enumerate(RECIP):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line); r.font.size = Pt(12 if i == 0 else 11); r.bold = i == 0; r.italic = i == 0
    cell_text(t.cell(0, 1), SIGN, bold=[0, 1, 2, 6], size=14)
    for l, r in zip(RECIP, SIGN + [""] * 20):
        src.append(f"{l} || @{r}" if r else l)
    dx = HERE / f"{NAME}.docx"
    doc.save(dx)
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(dx)],
                   check=True, capture_output=True)
    pdf = HERE / f"{NAME}.pdf"
    txt = STAGE / f"{NAME}.txt"
    subprocess.run(["pdftotext", "-layout", str(pdf), str(txt)], check=True)
    (HERE / f"{NAME}.source.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
    print("wrote", txt)


if __name__ == "__main__":
    build()
