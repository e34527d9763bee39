"""Plan 3 (layout: DOCX where each task is a small 2-column TABLE, a "task card").

UBND huyện Ba Tri (Bến Tre), ASEAN 2020 (02/QĐ-BCĐASEAN generation, through the provincial plan). Built with
python-docx:
- header block in a borderless 2-column table; title and body as normal paragraphs with typed Roman/Arabic labels;
- section III: each task is a typed, bold numbered paragraph ("1. Tuyên truyền trên …") followed by its own bordered
  2-column card table with the rows "Nhiệm vụ | …", "Chủ trì | …", "Phối hợp | …", "Thời gian | …" (label column
  shaded, 3.2 cm; value column 13.3 cm). Some cards have a multi-paragraph value, one has "-" as Phối hợp;
- recipients (left) and signature (right) in a borderless two-column table.
Writes ../<NAME>.docx and sources/<NAME>.source.txt (intended reading text; card rows as `label | value`)."""
import sys
from pathlib import Path
from docx.shared import Pt, Cm
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from docxkit import new_doc, para, set_widths, borders, cell_text, set_core

HERE = Path(__file__).parent
NAME = "ben-tre_ba-tri_45-KH-UBND_2020_asean-taskcards"

HDR_L = [("ỦY BAN NHÂN DÂN", "b"), ("HUYỆN BA TRI", "b"), ("", ""), ("Số: 45/KH-UBND", "")]
HDR_R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
         ("Ba Tri, ngày 09 tháng 3 năm 2020", "i")]

PRE = [
 ("T", "KẾ HOẠCH"),
 ("S", "Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện Ba Tri"),
 ("P", "Thực hiện Kế hoạch số 6512/KH-UBND ngày 02/12/2019 của UBND tỉnh Bến Tre về tuyên truyền, quảng bá ASEAN giai đoạn "
       "2019 - 2020 trên địa bàn tỉnh (triển khai Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin "
       "tuyên truyền ASEAN), UBND huyện Ba Tri xây dựng Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện, "
       "cụ thể như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Tuyên truyền sâu rộng đến cán bộ, đảng viên, doanh nghiệp và Nhân dân trên địa bàn huyện về Năm Chủ tịch ASEAN 2020 "
       "của Việt Nam, về lợi ích và cơ hội mà Cộng đồng ASEAN mang lại."),
 ("P", "- Giúp doanh nghiệp, hợp tác xã và hộ sản xuất của huyện nắm bắt được cơ hội để phát triển, mở rộng thị trường tiêu "
       "thụ nông sản, thủy sản sang các nước ASEAN."),
 ("H", "2. Yêu cầu"),
 ("P", "- Nội dung tuyên truyền ngắn gọn, dễ hiểu, phù hợp với từng đối tượng; hình thức đa dạng, bảo đảm phù hợp với tình "
       "hình phòng, chống dịch bệnh Covid-19 trên địa bàn."),
 ("P", "- Các cơ quan, đơn vị, địa phương phối hợp chặt chẽ; gắn công tác tuyên truyền về ASEAN với nhiệm vụ chính trị của "
       "huyện năm 2020."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Chủ đề Năm ASEAN 2020 “Gắn kết và Chủ động thích ứng”; các sự kiện trong Năm Chủ tịch ASEAN 2020 của Việt Nam; kỷ "
       "niệm 25 năm Việt Nam gia nhập ASEAN."),
 ("P", "- Vai trò, vị thế của ASEAN; 3 trụ cột của Cộng đồng ASEAN; đất nước, con người, văn hóa các nước thành viên."),
 ("P", "- Các cam kết trong ASEAN liên quan đến sản xuất, kinh doanh nông sản, thủy sản; quy tắc xuất xứ hàng hóa."),
 ("H", "III. NHIỆM VỤ CỤ THỂ"),
]

CARDS = [
 ("1. Tuyên truyền trên hệ thống truyền thanh huyện và truyền thanh cơ sở",
  ["Xây dựng chuyên mục “Ba Tri hướng tới Năm Chủ tịch ASEAN 2020” phát trên sóng Đài Truyền thanh huyện; tiếp sóng các "
   "chương trình về ASEAN của Đài Tiếng nói Việt Nam, Đài Phát thanh và Truyền hình Bến Tre trên hệ thống truyền thanh các "
   "xã, thị trấn."],
  ["Đài Truyền thanh huyện"], ["Phòng Văn hóa và Thông tin; UBND các xã, thị trấn"], ["Từ tháng 4 đến tháng 12/2020"]),
 ("2. Đăng tải thông tin trên Cổng thông tin điện tử huyện và mạng xã hội",
  ["Đăng tải tin, bài, ấn phẩm về ASEAN trên Cổng thông tin điện tử huyện; chia sẻ nội dung từ Fanpage “ASEAN và Việt Nam” "
   "trên trang Facebook, nhóm Zalo của các cơ quan, đơn vị, địa phương."],
  ["Văn phòng HĐND và UBND huyện"], ["Phòng Văn hóa và Thông tin"], ["Thường xuyên"]),
 ("3. Tuyên truyền cổ động trực quan",
  ["Treo băng rôn, khẩu hiệu, pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020 tại trung tâm huyện, thị trấn Ba Tri, xã An Thủy "
   "và dọc Đường tỉnh 885."],
  ["Trung tâm Văn hóa - Thể thao huyện"], ["UBND thị trấn Ba Tri, UBND xã An Thủy"], ["Tháng 7 và tháng 8/2020"]),
 ("4. Thông tin cho doanh nghiệp, hợp tác xã",
  ["Phổ biến các cam kết trong ASEAN về thuế quan, quy tắc xuất xứ hàng hóa, tiêu chuẩn chất lượng nông sản đến doanh "
   "nghiệp, hợp tác xã sản xuất, kinh doanh bò Ba Tri, muối Bảo Thạnh, dừa và thủy sản An Thủy.",
   "Lồng ghép tại hội nghị gặp mặt doanh nghiệp của huyện."],
  ["Phòng Kinh tế và Hạ tầng"], ["Phòng Nông nghiệp và PTNT"], ["Quý III/2020"]),
 ("5. Lồng ghép tuyên truyền trong các đoàn thể",
  ["Lồng ghép tuyên truyền về ASEAN trong sinh hoạt chi đoàn, chi hội, các buổi nói chuyện chuyên đề; chú trọng đối tượng "
   "thanh niên, phụ nữ, nông dân."],
  ["Huyện đoàn", "Hội Liên hiệp Phụ nữ huyện", "Hội Nông dân huyện"], ["-"], ["Năm 2020"]),
 ("6. Tuyên truyền trong nhà trường",
  ["Lồng ghép giới thiệu về ASEAN trong hoạt động ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ "
   "sở; xây dựng thí điểm Góc ASEAN tại thư viện Trường THCS thị trấn Ba Tri."],
  ["Phòng Giáo dục và Đào tạo"], ["Huyện đoàn"], ["Trước ngày 30/5/2020"]),
 ("7. Cử cán bộ tham gia tập huấn",
  ["Cử cán bộ, báo cáo viên, phóng viên Đài Truyền thanh huyện tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về "
   "ASEAN do tỉnh tổ chức."],
  ["Phòng Văn hóa và Thông tin"], ["Phòng Nội vụ"], ["Theo kế hoạch của Sở Thông tin và Truyền thông"]),
 ("8. Nắm bắt dư luận, phản bác thông tin sai trái",
  ["Theo dõi, nắm bắt tình hình dư luận xã hội; kịp thời phát hiện, phản bác các thông tin sai trái, xuyên tạc liên quan "
   "đến ASEAN và vai trò của Việt Nam trong ASEAN."],
  ["Công an huyện"], ["Phòng Văn hóa và Thông tin"], ["Thường xuyên"]),
 ("9. Quảng bá hình ảnh huyện Ba Tri",
  ["Giới thiệu tiềm năng, thế mạnh của huyện: Khu di tích mộ và đền thờ Nguyễn Đình Chiểu, đền thờ Võ Trường Toản; Sân "
   "chim Vàm Hồ; bò Ba Tri và các sản phẩm OCOP tới du khách, doanh nghiệp các nước ASEAN."],
  ["Phòng Văn hóa và Thông tin"], ["Phòng Kinh tế và Hạ tầng"], ["Quý IV/2020"]),
]

POST = [
 ("H", "IV. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện Kế hoạch do ngân sách huyện bảo đảm, bố trí trong dự toán năm 2020 của các cơ quan, đơn vị được "
       "giao nhiệm vụ. UBND các xã, thị trấn sử dụng ngân sách xã để tổ chức các hoạt động tuyên truyền trên địa bàn."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Văn hóa và Thông tin"),
 ("P", "- Chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ quan, đơn vị, địa phương thực hiện Kế hoạch."),
 ("P", "- Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 05/12/2020."),
 ("H", "2. Phòng Tài chính - Kế hoạch"),
 ("P", "Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch theo quy định."),
 ("H", "3. Các cơ quan, đơn vị được giao nhiệm vụ tại Mục III"),
 ("P", "Chủ động triển khai thực hiện nhiệm vụ được giao; báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày "
       "25/11/2020 để tổng hợp."),
 ("H", "4. UBND các xã, thị trấn"),
 ("P", "Tuyên truyền về ASEAN trên hệ thống loa truyền thanh cơ sở; phối hợp treo băng rôn, khẩu hiệu trên địa bàn."),
 ("P", "Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện Ba Tri, UBND huyện yêu cầu các cơ "
       "quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./."),
]

RECIP = ["Nơi nhận:", "- Sở Thông tin và Truyền thông;", "- TT Huyện ủy, TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;",
         "- Ban Tuyên giáo Huyện ủy;", "- Các cơ quan, đơn vị tại Mục III;", "- UBND các xã, thị trấn;",
         "- Lưu: VT, VHTT."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "Trần Văn Hữu"]


def shade(cell, fill="EDEDED"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def body(doc, items, src):
    for kind, text in items:
        if kind == "T":
            para(doc, text, bold=True, align="center", after=0, before=6); src.append("# " + text)
        elif kind == "S":
            para(doc, text, bold=True, align="center", after=12); src.append("# " + text)
        elif kind == "H":
            para(doc, text, bold=True, before=4); src.append("*" + text)
        else:
            para(doc, text); src.append(text)


def build():
    doc = new_doc(size=14, left=3.0, right=1.5, top=2.0, bottom=2.0)
    set_core(doc, "VHTT Ba Tri", "2020-03-04T10:20:00", "2020-03-09T14:05:00", "KH tuyen truyen ASEAN 2020")
    src = []
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil"); set_widths(t, [6.0, 10.5])
    cell_text(t.cell(0, 0), [x for x, _ in HDR_L], bold=[i for i, (_, f) in enumerate(HDR_L) if f == "b"], size=13)
    cell_text(t.cell(0, 1), [x for x, _ in HDR_R], bold=[i for i, (_, f) in enumerate(HDR_R) if f == "b"],
              italic=[i for i, (_, f) in enumerate(HDR_R) if f == "i"], size=13)
    src += ["ỦY BAN NHÂN DÂN || CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "HUYỆN BA TRI || Độc lập - Tự do - Hạnh phúc",
            "Số: 45/KH-UBND || Ba Tri, ngày 09 tháng 3 năm 2020", ""]
    body(doc, PRE, src)
    for head, task, lead, sup, tm in CARDS:
        para(doc, head, bold=True, before=6, after=3); src.append("*" + head)
        t = doc.add_table(rows=4, cols=2)
        borders(t, "single"); set_widths(t, [3.2, 13.3])
        for ri, (lab, val) in enumerate([("Nhiệm vụ", task), ("Chủ trì", lead), ("Phối hợp", sup), ("Thời gian", tm)]):
            cell_text(t.cell(ri, 0), [lab], size=13, align="left", allbold=True)
            shade(t.cell(ri, 0))
            cell_text(t.cell(ri, 1), val, size=13, align="justify" if ri == 0 else "left")
            src.append(f"{lab} | " + " / ".join(val))
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
    out = STAGE / f"{NAME}.docx"
    doc.save(out)
    (HERE / f"{NAME}.source.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    build()
