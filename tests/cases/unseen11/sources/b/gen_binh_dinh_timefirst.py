"""Plan 4 (layout: tasks ONLY in an appendix table whose columns run in an unusual order —
TIMEFRAME FIRST (vertically merged over the rows of each period), then TT, task, cooperating bodies, and the LEAD
AGENCY LAST), delivered as a PDF printed by LibreOffice from Word.

UBND tỉnh Bình Định, ASEAN 2019-2020 (02/QĐ-BCĐASEAN). The body has no numbered tasks: section IV only refers to the
annex. The annex table: `Thời gian thực hiện | TT | Nội dung nhiệm vụ | Cơ quan phối hợp | Cơ quan chủ trì`; the time
cell is merged (w:vMerge) over 4, 5, 1 and 2 rows, so a text copy shows it once per group; two cells hold two bodies
on two lines; rows do not split (w:cantSplit) and the header row repeats on the next page (w:tblHeader).
Chain: python-docx DOCX (kept as sources/<NAME>.intermediate.docx) → soffice PDF → ../<NAME>.pdf (text PDF).
Writes sources/<NAME>.source.txt (the intended reading text, table rows as ` | ` cells, merged time repeated)."""
import shutil, subprocess, sys, tempfile
from pathlib import Path
from docx.shared import Pt, Cm
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from docxkit import new_doc, para, set_widths, borders, cell_text, set_core

HERE = Path(__file__).parent
NAME = "binh-dinh_158-KH-UBND_2019_asean-timefirst"

HDR_L = [("ỦY BAN NHÂN DÂN", "b"), ("TỈNH BÌNH ĐỊNH", "b"), ("", ""), ("Số: 158/KH-UBND", "")]
HDR_R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
         ("Bình Định, ngày 09 tháng 10 năm 2019", "i")]
TITLE = "KẾ HOẠCH"
SUBJECT = ["Tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020", "trên địa bàn tỉnh Bình Định"]

BODY = [
 ("P", "Căn cứ Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN ban hành Kế "
       "hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020;"),
 ("P", "Căn cứ Công văn số 03/BTTTT-BCĐASEAN ngày 26/6/2019 của Bộ Thông tin và Truyền thông về việc triển khai Kế "
       "hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020;"),
 ("P", "Xét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 87/TTr-STTTT ngày 30/9/2019,"),
 ("P", "Ủy ban nhân dân tỉnh ban hành Kế hoạch tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh "
       "Bình Định như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Tuyên truyền sâu rộng về Cộng đồng ASEAN, giúp cán bộ, đảng viên và Nhân dân trong tỉnh hiểu rõ vai trò, "
       "vị thế của ASEAN và lợi ích khi Việt Nam là thành viên ASEAN."),
 ("P", "- Đưa thông tin về ASEAN trở thành dòng chảy chính của công tác hội nhập; giúp doanh nghiệp của tỉnh nắm bắt "
       "được cơ hội để phát triển."),
 ("H", "2. Yêu cầu"),
 ("P", "- Công tác tuyên truyền bảo đảm kịp thời, chính xác, có trọng tâm, trọng điểm; phát huy vai trò của các cơ "
       "quan báo chí và hệ thống thông tin cơ sở."),
 ("P", "- Phân công cụ thể, gắn trách nhiệm của từng cơ quan, đơn vị, địa phương."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Các sự kiện quan trọng của ASEAN năm 2019 với chủ đề “Hợp tác vì sự bền vững” và năm 2020 Việt Nam đảm "
       "nhận vai trò Chủ tịch ASEAN; kỷ niệm 25 năm Việt Nam gia nhập ASEAN."),
 ("P", "- Cơ hội và thách thức đối với doanh nghiệp khi tham gia Cộng đồng Kinh tế ASEAN."),
 ("P", "- Tiềm năng, thế mạnh của tỉnh Bình Định: Khu kinh tế Nhơn Hội, cảng Quy Nhơn, du lịch biển Quy Nhơn, "
       "võ cổ truyền Bình Định và các dự án kêu gọi đầu tư của tỉnh."),
 ("H", "III. HÌNH THỨC TUYÊN TRUYỀN"),
 ("P", "- Trên báo chí, Cổng Thông tin điện tử tỉnh và hệ thống thông tin cơ sở."),
 ("P", "- Trên mạng xã hội, Ứng dụng và Fanpage “ASEAN và Việt Nam”."),
 ("P", "- Qua hội nghị, hội thảo, tọa đàm, lớp tập huấn và cổ động trực quan."),
 ("H", "IV. NHIỆM VỤ CỤ THỂ"),
 ("P", "Các nhiệm vụ cụ thể, thời gian thực hiện, cơ quan chủ trì và cơ quan phối hợp được phân công tại Phụ lục kèm "
       "theo Kế hoạch này."),
 ("H", "V. KINH PHÍ THỰC HIỆN"),
 ("P", "1. Kinh phí thực hiện Kế hoạch từ nguồn ngân sách tỉnh, tổng kinh phí 820 triệu đồng (năm 2019: 240 triệu "
       "đồng; năm 2020: 580 triệu đồng), giao Sở Thông tin và Truyền thông quản lý, sử dụng theo quy định."),
 ("P", "2. Khuyến khích các cơ quan, đơn vị vận động tài trợ, huy động các nguồn hợp pháp khác để thực hiện."),
 ("H", "VI. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Sở Thông tin và Truyền thông"),
 ("P", "- Chủ trì, xây dựng cơ chế phối hợp thông tin tuyên truyền về ASEAN theo chiều ngang và chiều dọc giữa các "
       "sở, ngành, địa phương; thông báo cho các cơ quan báo chí về các trọng tâm cần thông tin về ASEAN theo từng "
       "giai đoạn."),
 ("P", "- Theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch, báo cáo UBND tỉnh và Bộ Thông tin và Truyền thông "
       "trước ngày 15/12/2019 và trước ngày 15/12/2020."),
 ("H", "2. Sở Tài chính"),
 ("P", "Thẩm định, tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch."),
 ("H", "3. Sở Ngoại vụ"),
 ("P", "Cung cấp thông tin về quan hệ hợp tác giữa tỉnh Bình Định với các địa phương của các nước ASEAN; phối hợp với "
       "Sở Du lịch quảng bá hình ảnh tỉnh tại các nước ASEAN."),
 ("H", "4. Báo Bình Định, Đài Phát thanh và Truyền hình Bình Định"),
 ("P", "Mở chuyên mục, chuyên trang về ASEAN; phản ánh kịp thời kết quả triển khai Kế hoạch."),
 ("H", "5. Các sở, ban, ngành, hội, đoàn thể tỉnh; UBND các huyện, thị xã, thành phố"),
 ("P", "Căn cứ nhiệm vụ được phân công tại Phụ lục, xây dựng kế hoạch cụ thể để triển khai thực hiện; gửi báo cáo kết "
       "quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm."),
 ("P", "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Thông tin và "
       "Truyền thông để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
]

RECIP = ["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;",
         "- Các sở, ban, ngành, hội, đoàn thể tỉnh;", "- UBND các huyện, thị xã, thành phố;",
         "- Báo Bình Định, Đài PT-TH Bình Định;", "- Lưu: VT, K15."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trần Châu Phong"]

ANNEX_HEAD = ["PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ TUYÊN TRUYỀN, QUẢNG BÁ ASEAN GIAI ĐOẠN 2019 - 2020",
              "(Kèm theo Kế hoạch số 158/KH-UBND ngày 09/10/2019 của UBND tỉnh Bình Định)"]
COLS = ["Thời gian thực hiện", "TT", "Nội dung nhiệm vụ", "Cơ quan phối hợp", "Cơ quan chủ trì"]
# (time group, [(TT, task, [support lines], [lead lines])])
ROWS = [
 ("Quý IV/2019", [
  ("1", "Xây dựng chuyên mục “ASEAN - Việt Nam” trên Cổng Thông tin điện tử tỉnh; chia sẻ cơ sở dữ liệu, tin, bài với "
        "Cổng thông tin ASEAN Việt Nam", ["Sở Thông tin và Truyền thông"], ["Văn phòng UBND tỉnh"]),
  ("2", "Tổ chức lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên, cán bộ thông tin "
        "cơ sở", ["Hội Nhà báo tỉnh"], ["Sở Thông tin và Truyền thông"]),
  ("3", "Hội nghị phổ biến các cam kết trong ASEAN, quy tắc xuất xứ, cơ chế hải quan một cửa ASEAN, thương mại điện tử "
        "cho doanh nghiệp", ["Cục Hải quan Bình Định;", "Hiệp hội Doanh nghiệp tỉnh"], ["Sở Công Thương"]),
  ("4", "Thiết lập Góc ASEAN tại Thư viện tỉnh và Trường THPT chuyên Lê Quý Đôn", ["Sở Giáo dục và Đào tạo"],
        ["Sở Văn hóa và Thể thao"]),
 ]),
 ("Năm 2020", [
  ("5", "Mở chuyên mục, tăng thời lượng tin, bài, phóng sự về Năm Chủ tịch ASEAN 2020 và các Hội nghị Cấp cao ASEAN; "
        "tiếp, phát sóng các chương trình về ASEAN của Đài Truyền hình Việt Nam", ["Sở Thông tin và Truyền thông"],
        ["Báo Bình Định;", "Đài Phát thanh và Truyền hình Bình Định"]),
  ("6", "Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên; lồng ghép nội dung về ASEAN vào hoạt động ngoại "
        "khóa", ["Sở Giáo dục và Đào tạo;", "Trường Đại học Quy Nhơn"], ["Tỉnh đoàn"]),
  ("7", "Tham gia hội chợ, sự kiện xúc tiến du lịch tại các nước ASEAN; quảng bá tiềm năng du lịch, đặc sản của tỉnh "
        "Bình Định", ["Sở Ngoại vụ;", "Trung tâm Thông tin Xúc tiến Du lịch"], ["Sở Du lịch"]),
  ("8", "Lồng ghép tuyên truyền về ASEAN trong các buổi nói chuyện chuyên đề, sinh hoạt của đoàn viên, hội viên thanh "
        "niên, phụ nữ, nông dân", ["Ban Tuyên giáo Tỉnh ủy"],
        ["Ủy ban MTTQ Việt Nam tỉnh;", "các tổ chức chính trị - xã hội tỉnh"]),
  ("9", "Tổ chức giao lưu văn hóa, thể thao với các đoàn nghệ thuật, vận động viên các nước ASEAN", ["Sở Ngoại vụ"],
        ["Sở Văn hóa và Thể thao"]),
 ]),
 ("Quý III/2020", [
  ("10", "Treo băng rôn, khẩu hiệu, pa nô, cờ ASEAN kỷ niệm 53 năm Ngày thành lập ASEAN và 25 năm Việt Nam gia nhập "
         "ASEAN", ["UBND các huyện, thị xã, thành phố"], ["Sở Văn hóa và Thể thao"]),
 ]),
 ("Thường xuyên", [
  ("11", "Theo dõi dư luận xã hội; phát hiện, phản bác thông tin sai trái, xuyên tạc về ASEAN và quan hệ Việt Nam - "
         "ASEAN", ["Công an tỉnh"], ["Sở Thông tin và Truyền thông"]),
  ("12", "Tuyên truyền trên mạng xã hội; chia sẻ nội dung từ Ứng dụng và Fanpage “ASEAN và Việt Nam”",
         ["Các sở, ban, ngành, địa phương"], ["Sở Thông tin và Truyền thông"]),
 ]),
]


def set_vmerge(cell, val):
    tcPr = cell._tc.get_or_add_tcPr()
    el = parse_xml(f'<w:vMerge {nsdecls("w")}' + (f' w:val="{val}"' if val else "") + "/>")
    tcPr.append(el)


def build(path):
    doc = new_doc(size=13, left=3.0, right=1.8, top=2.0, bottom=2.0)
    set_core(doc, "So TTTT Binh Dinh", "2019-10-03T10:12:00", "2019-10-09T15:30:00")
    src = []
    t = doc.add_table(rows=len(HDR_L), cols=2)
    borders(t, "nil"); set_widths(t, [6.0, 10.2])
    for i, ((l, lf), (r, rf)) in enumerate(zip(HDR_L, HDR_R)):
        cell_text(t.cell(i, 0), [l], bold=(0,) if lf == "b" else ())
        cell_text(t.cell(i, 1), [r], bold=(0,) if rf == "b" else (), italic=(0,) if rf == "i" else ())
        src.append(f"{l} || {r}")
    para(doc, TITLE, bold=True, align="center", before=10, after=0)
    for s in SUBJECT:
        para(doc, s, bold=True, align="center", after=0)
    para(doc, "", after=4)
    src += ["", "# " + TITLE] + ["# " + s for s in SUBJECT] + [""]
    for kind, text in BODY:
        para(doc, text, bold=(kind == "H"), align="justify", indent=True, after=3)
        src.append(("## " if kind == "H" else "") + text)
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil"); set_widths(t, [8.0, 8.2])
    cell_text(t.cell(0, 0), RECIP, bold=(0,), italic=(0,), size=11, align="left")
    cell_text(t.cell(0, 1), SIGN, bold=(0, 1, 2, 6), size=13)
    src += [""] + [f"{a} || {b}" for a, b in zip(RECIP + [""] * 9, SIGN + [""] * 9) if a or b]
    # annex on a new page
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    for i, h in enumerate(ANNEX_HEAD):
        para(doc, h, bold=(i < 2), italic=(i == 2), align="center", after=0)
    para(doc, "", after=2)
    src += ["", "[page break]"] + ["# " + h for h in ANNEX_HEAD] + [""]
    n = sum(len(r) for _, r in ROWS)
    tab = doc.add_table(rows=1 + n, cols=5)
    borders(tab); set_widths(tab, [2.4, 1.0, 6.6, 3.4, 3.2])
    hdr = tab.rows[0]
    hdr._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    for c, h in zip(hdr.cells, COLS):
        cell_text(c, [h], allbold=True, size=12)
    src.append(" | ".join(COLS))
    r = 1
    for when, rows in ROWS:
        for k, (tt, task, sup, lead) in enumerate(rows):
            tab.rows[r]._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
            cells = tab.rows[r].cells
            if k == 0:
                cell_text(cells[0], [when], size=12)
            else:
                cell_text(cells[0], [""], size=12)
            if len(rows) > 1:
                set_vmerge(cells[0], "restart" if k == 0 else None)
            cell_text(cells[1], [tt], size=12)
            cell_text(cells[2], [task], size=12, align="justify")
            cell_text(cells[3], sup, size=12, align="left")
            cell_text(cells[4], lead, size=12, align="left")
            src.append(" | ".join([when, tt, task, " ".join(sup), " ".join(lead)]))
            r += 1
    doc.save(path)
    return src


def main():
    inter = HERE / f"{NAME}.intermediate.docx"
    src = build(inter)
    (HERE / f"{NAME}.source.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
    work = Path(tempfile.mkdtemp(prefix="u11b_bd_"))
    subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(work), str(inter)],
                   check=True, capture_output=True)
    shutil.copy(work / f"{NAME}.intermediate.pdf", STAGE / f"{NAME}.pdf")
    print("wrote", NAME)


if __name__ == "__main__":
    main()
