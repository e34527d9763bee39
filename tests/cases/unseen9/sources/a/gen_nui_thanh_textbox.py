"""Plan 1 (layout: DOCX whose header block sits in TEXT BOXES).

UBND huyện Núi Thành (Quảng Nam), ASEAN 2020 (02/QĐ-BCĐASEAN generation). Built with python-docx + raw XML:
- the header block is two floating text boxes anchored in the first (empty) paragraph: left box = issuer
  (ỦY BAN NHÂN DÂN / HUYỆN NÚI THÀNH / Số: 97/KH-UBND), right box = national motto + place/date line.
  Each box is saved the way Word 2010+ saves a text box: <mc:AlternateContent> whose <mc:Choice Requires="wps">
  holds a DrawingML <wps:wsp> with <wps:txbx><w:txbxContent>, and whose <mc:Fallback> holds the same
  paragraphs again in a VML <v:shape><v:textbox><w:txbxContent>. So the header text is present TWICE in the
  XML and not at all in document.paragraphs;
- a few empty paragraphs leave room under the boxes; the title and the body are normal paragraphs;
- closing: recipients (left) and signature (right) in a borderless two-column table.
Writes ../<NAME>.docx and sources/<NAME>.source.txt (the intended reading text, header first)."""
import sys
from pathlib import Path
from docx.shared import Pt, Cm
from docx.oxml import parse_xml
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from docxkit import new_doc, para, set_widths, borders, cell_text, xml_text, FONT, set_core

HERE = Path(__file__).parent
NAME = "quang-nam_nui-thanh_97-KH-UBND_2020_asean-textbox"

LEFT_BOX = [("ỦY BAN NHÂN DÂN", "b"), ("HUYỆN NÚI THÀNH", "b"), ("", ""), ("Số: 97/KH-UBND", "")]
RIGHT_BOX = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
             ("Núi Thành, ngày 12 tháng 3 năm 2020", "i")]

BODY = [
 ("T", "KẾ HOẠCH"),
 ("S", "Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện Núi Thành"),
 ("P", "Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN ban hành Kế hoạch "
       "tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020; Kế hoạch số 6854/KH-UBND ngày 14/11/2019 của UBND tỉnh Quảng Nam về "
       "tuyên truyền, quảng bá ASEAN giai đoạn 2019 - 2020 trên địa bàn tỉnh, Ủy ban nhân dân huyện Núi Thành ban hành Kế hoạch "
       "tuyên truyền, quảng bá ASEAN năm 2020 như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Tuyên truyền sâu rộng đến cán bộ, đảng viên, doanh nghiệp và Nhân dân trên địa bàn huyện về việc Việt Nam đảm nhận vai "
       "trò Chủ tịch ASEAN 2020; về 05 năm hình thành Cộng đồng ASEAN và 25 năm Việt Nam gia nhập ASEAN."),
 ("P", "- Giúp doanh nghiệp trong Khu kinh tế mở Chu Lai, các cụm công nghiệp và hộ sản xuất, kinh doanh trên địa bàn huyện nắm bắt "
       "được cơ hội để phát triển, chủ động tham gia vào dòng chảy chính của công tác hội nhập ASEAN."),
 ("H", "2. Yêu cầu"),
 ("P", "- Công tác tuyên truyền phải thường xuyên, đúng định hướng, phù hợp với đặc điểm của từng nhóm đối tượng; gắn với nhiệm vụ "
       "phát triển kinh tế - xã hội của huyện."),
 ("P", "- Phát huy vai trò của các cơ quan, ban, ngành, đoàn thể và UBND các xã, thị trấn; bảo đảm tiết kiệm, hiệu quả, tránh "
       "hình thức."),
 ("H", "II. NỘI DUNG TUYÊN TRUYỀN"),
 ("P", "- Chủ đề Năm ASEAN 2020 “Gắn kết và Chủ động thích ứng”; các sự kiện quan trọng trong Năm Chủ tịch ASEAN 2020 của Việt "
       "Nam, trọng tâm là Hội nghị Cấp cao ASEAN lần thứ 36 và lần thứ 37."),
 ("P", "- Lịch sử hình thành, vai trò, vị thế và 3 trụ cột của Cộng đồng ASEAN; đất nước, con người, văn hóa của các nước thành "
       "viên ASEAN."),
 ("P", "- Các cam kết trong ASEAN liên quan trực tiếp đến doanh nghiệp và người dân: lộ trình cắt giảm thuế quan, quy tắc xuất xứ, "
       "cơ chế hải quan một cửa ASEAN, thương mại điện tử."),
 ("P", "- Tiềm năng, thế mạnh của huyện Núi Thành: Khu kinh tế mở Chu Lai, cảng Kỳ Hà, Cảng hàng không Chu Lai; các dự án kêu gọi "
       "đầu tư; du lịch biển Bãi Rạng, Tam Hải; các sản phẩm OCOP của huyện."),
 ("H", "III. NHIỆM VỤ CỤ THỂ"),
 ("H", "1. Tuyên truyền trên hệ thống truyền thanh và Trang thông tin điện tử huyện"),
 ("P", "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện chủ trì, phối hợp với Văn phòng HĐND và UBND huyện xây dựng chuyên mục "
       "“Núi Thành với Năm Chủ tịch ASEAN 2020”, phát sóng định kỳ hằng tháng trên Đài Truyền thanh huyện và tiếp sóng trên hệ "
       "thống truyền thanh các xã, thị trấn; đăng tải tin, bài trên Trang thông tin điện tử huyện; tiếp, phát sóng các chương "
       "trình về ASEAN của Đài Tiếng nói Việt Nam."),
 ("P", "Thời gian thực hiện: từ tháng 4 đến tháng 12/2020."),
 ("H", "2. Khai thác Cổng thông tin ASEAN Việt Nam và chia sẻ trên mạng xã hội"),
 ("P", "Phòng Văn hóa và Thông tin khai thác, chia sẻ tin, bài, ấn phẩm từ Cổng thông tin ASEAN Việt Nam, Ứng dụng và Fanpage "
       "“ASEAN và Việt Nam” lên Trang thông tin điện tử huyện, Fanpage “Núi Thành - Quảng Nam” và các nhóm Zalo của cơ quan, đơn "
       "vị, địa phương; khuyến khích cán bộ, công chức chia sẻ thông tin tích cực về ASEAN trên trang mạng xã hội cá nhân."),
 ("H", "3. Tuyên truyền cổ động trực quan"),
 ("P", "Trung tâm Văn hóa - Thể thao và Truyền thanh huyện chủ trì, phối hợp với UBND thị trấn Núi Thành treo băng rôn, khẩu hiệu, "
       "pa nô tuyên truyền về Năm Chủ tịch ASEAN 2020 tại trung tâm huyện, dọc Quốc lộ 1A và các khu dân cư tập trung, nhất là "
       "dịp kỷ niệm Ngày thành lập ASEAN."),
 ("P", "Thời gian thực hiện: tháng 7 - tháng 8/2020."),
 ("H", "4. Thông tin cho doanh nghiệp về cơ hội kinh doanh trong ASEAN"),
 ("P", "Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Hội Doanh nghiệp huyện và Ban Quản lý Khu kinh tế mở Chu Lai tổ chức 01 hội "
       "nghị thông tin cho doanh nghiệp, hợp tác xã về các cam kết trong ASEAN, quy tắc xuất xứ, thương mại điện tử, cơ chế hải "
       "quan một cửa ASEAN và cơ hội kinh doanh tại thị trường các nước ASEAN."),
 ("P", "Thời gian thực hiện: Quý III/2020."),
 ("H", "5. Lồng ghép tuyên truyền trong sinh hoạt của các đoàn thể"),
 ("P", "Huyện đoàn chủ trì, phối hợp với Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện lồng ghép tuyên truyền về ASEAN trong các "
       "buổi sinh hoạt chi đoàn, chi hội, các buổi nói chuyện chuyên đề, hội nghị của tổ chức mình; tối đa hóa tính lan tỏa đến "
       "đoàn viên, hội viên và Nhân dân."),
 ("H", "6. Tuyên truyền trong trường học"),
 ("P", "Phòng Giáo dục và Đào tạo chỉ đạo các trường trung học cơ sở lồng ghép nội dung về ASEAN trong hoạt động ngoại khóa; phối "
       "hợp với Huyện đoàn tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học cơ sở toàn huyện."),
 ("P", "Thời gian thực hiện: tháng 10 - tháng 11/2020."),
 ("H", "7. Quảng bá tiềm năng du lịch và sản phẩm của huyện"),
 ("P", "Phòng Văn hóa và Thông tin chủ trì, phối hợp với Phòng Kinh tế và Hạ tầng, Phòng Nông nghiệp và Phát triển nông thôn biên "
       "soạn, in ấn 2.000 tờ gấp giới thiệu tiềm năng, thế mạnh của huyện, các điểm đến du lịch biển Bãi Rạng, Tam Hải và sản "
       "phẩm OCOP; phát hành tại các hội chợ, sự kiện xúc tiến do tỉnh tổ chức có sự tham gia của doanh nghiệp, du khách các "
       "nước ASEAN."),
 ("P", "Thời gian thực hiện: Quý II/2020."),
 ("H", "8. Nắm bắt dư luận, phản bác thông tin sai trái"),
 ("P", "Công an huyện chủ trì, phối hợp với Ban Tuyên giáo Huyện ủy nắm bắt tình hình dư luận xã hội, kịp thời phát hiện, đấu "
       "tranh, phản bác các thông tin sai trái, xuyên tạc về việc Việt Nam đảm nhận vai trò Chủ tịch ASEAN 2020 trên không gian "
       "mạng."),
 ("H", "IV. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách huyện năm 2020 giao cho Phòng Văn hóa và Thông tin, Trung tâm "
       "Văn hóa - Thể thao và Truyền thanh huyện với tổng số 85.000.000 đồng (Tám mươi lăm triệu đồng); các cơ quan, đơn vị khác "
       "sử dụng kinh phí hoạt động thường xuyên của đơn vị để thực hiện."),
 ("H", "V. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Phòng Văn hóa và Thông tin"),
 ("P", "- Là cơ quan thường trực, tham mưu UBND huyện triển khai, theo dõi, đôn đốc việc thực hiện Kế hoạch; hướng dẫn các cơ "
       "quan, đơn vị, địa phương triển khai Kế hoạch."),
 ("P", "- Tổng hợp kết quả, báo cáo UBND huyện và Sở Thông tin và Truyền thông trước ngày 30/11/2020."),
 ("H", "2. Phòng Tài chính - Kế hoạch"),
 ("P", "Tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các đơn vị thanh, quyết toán theo quy định."),
 ("H", "3. Các cơ quan, đơn vị được phân công tại Mục III"),
 ("P", "Chủ động xây dựng kế hoạch cụ thể và triển khai thực hiện; báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày "
       "15/11/2020 để tổng hợp."),
 ("H", "4. Ủy ban nhân dân các xã, thị trấn"),
 ("P", "Chỉ đạo đài truyền thanh cơ sở tiếp sóng chuyên mục của Đài Truyền thanh huyện; lồng ghép tuyên truyền về ASEAN trong các "
       "cuộc họp thôn, tổ dân phố."),
 ("P", "Trên đây là Kế hoạch tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn huyện Núi Thành. Yêu cầu các cơ quan, đơn vị, "
       "địa phương triển khai thực hiện./."),
]
RECIP = ["Nơi nhận:", "- Sở Thông tin và Truyền thông;", "- TT Huyện ủy, TT HĐND huyện;", "- CT, các PCT UBND huyện;",
         "- UBMTTQVN và các đoàn thể huyện;", "- Các cơ quan, đơn vị thuộc huyện;", "- UBND các xã, thị trấn;",
         "- Lưu: VT, VHTT."]
SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "", "", "Phan Văn Thọ"]

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def box_paras(lines):
    out = []
    for text, fmt in lines:
        rpr = f'<w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/>'
        rpr += "<w:b/>" if "b" in fmt else ""
        rpr += "<w:i/>" if "i" in fmt else ""
        rpr += '<w:sz w:val="26"/><w:szCs w:val="26"/>'
        run = f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{xml_text(text)}</w:t></w:r>' if text else ""
        out.append(f'<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="center"/>'
                   f'<w:rPr><w:sz w:val="26"/></w:rPr></w:pPr>{run}</w:p>')
    return "".join(out)


def textbox_run(idx, lines, x_cm, w_cm, h_cm):
    emu = lambda cm: int(cm * 360000)
    pt = lambda cm: f"{cm * 28.3465:.2f}pt"
    content = f"<w:txbxContent>{box_paras(lines)}</w:txbxContent>"
    xml = f'''<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + idx}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:posOffset>{emu(x_cm)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{emu(w_cm)}" cy="{emu(h_cm)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{idx}" name="Text Box {idx}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w_cm)}" cy="{emu(h_cm)}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="6350"><a:noFill/></a:ln></wps:spPr>
<wps:txbx>{content}</wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box {idx}" o:spid="_x0000_s10{25 + idx}" type="#_x0000_t202" style="position:absolute;margin-left:{pt(x_cm)};margin-top:0;width:{pt(w_cm)};height:{pt(h_cm)};z-index:{251659264 + idx};visibility:visible;mso-wrap-style:square;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" filled="f" stroked="f" strokeweight=".5pt">
<v:textbox inset="0,0,0,0">{content}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    return parse_xml(xml.replace("\n", ""))


def build():
    doc = new_doc(size=14)
    body = doc.element.body
    # the python-docx template starts empty; first paragraph = anchor of both text boxes
    anchor = doc.add_paragraph()
    anchor.paragraph_format.space_after = Pt(0)
    anchor._p.append(textbox_run(1, LEFT_BOX, -0.8, 7.2, 2.6))
    anchor._p.append(textbox_run(2, RIGHT_BOX, 6.2, 10.2, 2.6))
    for _ in range(4):
        e = doc.add_paragraph(); e.paragraph_format.space_after = Pt(0)
    for kind, text in BODY:
        if kind == "T":
            para(doc, text, bold=True, align="center", after=0, before=6)
        elif kind == "S":
            para(doc, text, bold=True, align="center", after=12)
        elif kind == "H":
            para(doc, text, bold=True)
        else:
            para(doc, text)
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil"); set_widths(t, [8.0, 8.0])
    c0, c1 = t.rows[0].cells
    cell_text(c0, RECIP, bold=(0,), italic=(0,), size=12, align="left")
    cell_text(c1, SIGN, bold=tuple(i for i, s in enumerate(SIGN) if s), size=14)
    set_core(doc, "VHTT-NuiThanh", "2020-03-09T08:20:00", "2020-03-12T10:05:00")
    out = STAGE / f"{NAME}.docx"
    doc.save(out)
    src = [f"{a} || {b}" for (a, _), (b, _) in zip(LEFT_BOX, RIGHT_BOX)]
    src += [t for _, t in BODY] + RECIP + ["@" + s for s in SIGN if s]
    (HERE / f"{NAME}.source.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    build()
