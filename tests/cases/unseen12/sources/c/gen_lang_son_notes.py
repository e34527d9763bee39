"""Plan 2 (layout: DOCX WITH FOOTNOTES AND ENDNOTES; "Nơi nhận" and signature side by side in a two-column table).

Sở Công Thương tỉnh Lạng Sơn, ASEAN 2021-2025 (1160/QĐ-TTg via the province's plan 245/KH-UBND).
The legal basis is only in FOOTNOTES: the preamble names the two documents by their titles and the footnotes give
their numbers and dates. Some task details are ENDNOTES (i, ii, iii after the signature): the year themes, the 2022
conference focus, and the fair quota with its funding source. The reporting deadlines of IV.1 are in footnote 3.
python-docx builds the body; footnotes.xml / endnotes.xml, their relationships and content types are added to the
package by hand (python-docx has no notes API). LibreOffice renders the notes (checked with soffice → pdf).
Writes ../<NAME>.docx and sources/<NAME>.source.txt (reading text; notes appended as `[^n]: …` / `[^i]: …`)."""
import re, shutil, sys, tempfile, zipfile
from pathlib import Path
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from docxkit import new_doc, para, set_widths, borders, cell_text, set_core, xml_text
from docx.shared import Pt, Cm
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

HERE = Path(__file__).parent
NAME = "lang-son_412-KH-SCT_2022_asean-notes"

FOOT = {
 1: "Ban hành kèm theo Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ.",
 2: "Kế hoạch số 245/KH-UBND ngày 15/11/2021 của Ủy ban nhân dân tỉnh Lạng Sơn.",
 3: "Báo cáo 6 tháng gửi trước ngày 10/6; báo cáo năm gửi trước ngày 05/12 hằng năm.",
}
END = {
 1: "Năm 2022: chủ đề ASEAN \"ASEAN hành động: Cùng giải quyết thách thức\" (Campuchia - Chủ tịch ASEAN); năm 2023: "
    "chủ đề \"ASEAN tầm vóc: Tâm điểm tăng trưởng\" (In-đô-nê-xi-a - Chủ tịch ASEAN); các năm tiếp theo theo chủ đề do "
    "nước Chủ tịch ASEAN công bố.",
 2: "Năm 2022 tập trung vào Hiệp định Đối tác Kinh tế Toàn diện Khu vực (RCEP) có hiệu lực từ ngày 01/01/2022 và quy "
    "định về tự chứng nhận xuất xứ hàng hóa trong ASEAN.",
 3: "Dự kiến hằng năm tham gia 01 - 02 hội chợ, mỗi hội chợ hỗ trợ từ 05 đến 07 doanh nghiệp; kinh phí từ Chương trình "
    "xúc tiến thương mại tỉnh Lạng Sơn.",
}
ROMAN = {1: "i", 2: "ii", 3: "iii"}

HDR_L = ["UBND TỈNH LẠNG SƠN", "SỞ CÔNG THƯƠNG", "", "Số: 412/KH-SCT"]
HDR_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Lạng Sơn, ngày 18 tháng 3 năm 2022"]

# ("H", text) bold heading; ("P", text) paragraph; ("F", label, text) field bullet with italic label.
# [^N] = footnote N, [^eN] = endnote N
BODY = [
 ("P", "Thực hiện Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn 2030[^1]; Kế hoạch "
       "thông tin tuyên truyền về ASEAN trên địa bàn tỉnh Lạng Sơn giai đoạn 2021 - 2025[^2], Sở Công Thương xây dựng Kế "
       "hoạch thông tin tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2022 - 2025, cụ thể như sau:"),
 ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
 ("H", "1. Mục đích"),
 ("P", "- Nâng cao nhận thức của doanh nghiệp, hợp tác xã, hộ kinh doanh và công chức, viên chức ngành Công Thương về "
       "Cộng đồng Kinh tế ASEAN, các cam kết hội nhập kinh tế trong ASEAN; góp phần thu hẹp khoảng cách giữa hợp tác khu vực "
       "và cảm nhận của công chúng."),
 ("P", "- Hỗ trợ doanh nghiệp tận dụng cơ hội từ thị trường ASEAN để phục hồi sản xuất, kinh doanh sau đại dịch COVID-19."),
 ("H", "2. Yêu cầu"),
 ("P", "- Thông tin tuyên truyền chính xác, kịp thời, phù hợp với từng nhóm đối tượng; chủ động phản bác các quan điểm sai "
       "trái, xuyên tạc về hội nhập kinh tế quốc tế của Việt Nam."),
 ("P", "- Lồng ghép với các hoạt động chuyên môn của ngành, bảo đảm tiết kiệm, hiệu quả."),
 ("H", "II. NỘI DUNG VÀ NHIỆM VỤ CỤ THỂ"),
 ("H", "1. Tuyên truyền về Trụ cột Kinh tế ASEAN và chủ đề ASEAN hằng năm"),
 ("F", "Nội dung:", "Thông tin về chủ đề ASEAN theo từng năm, các thành tựu của Cộng đồng Kinh tế ASEAN, vai trò và đóng góp "
       "của Việt Nam trong hợp tác kinh tế ASEAN[^e1]."),
 ("F", "Chủ trì:", "Phòng Quản lý Thương mại."),
 ("F", "Phối hợp:", "Văn phòng Sở."),
 ("F", "Thời gian:", "Hằng năm."),
 ("H", "2. Phổ biến cam kết và các lĩnh vực hợp tác mới cho doanh nghiệp"),
 ("F", "Nội dung:", "Tổ chức hội nghị, tọa đàm phổ biến cho doanh nghiệp các cam kết trong Hiệp định Thương mại hàng hóa "
       "ASEAN (ATIGA), quy tắc xuất xứ, thương mại điện tử, kinh tế số, Cơ chế một cửa ASEAN[^e2]; hướng dẫn doanh nghiệp "
       "tham gia chuỗi cung ứng giá trị khu vực."),
 ("F", "Chủ trì:", "Phòng Quản lý Thương mại."),
 ("F", "Phối hợp:", "Cục Hải quan tỉnh Lạng Sơn, Hiệp hội Doanh nghiệp tỉnh Lạng Sơn."),
 ("F", "Thời gian:", "Quý III/2022."),
 ("H", "3. Xúc tiến thương mại với thị trường ASEAN"),
 ("F", "Nội dung:", "Tổ chức, hỗ trợ doanh nghiệp của tỉnh tham gia hội chợ, triển lãm, giao thương tại các nước ASEAN và "
       "tại Hội chợ Trung Quốc - ASEAN (CAEXPO)[^e3]; giới thiệu sản phẩm đặc trưng của tỉnh (hoa hồi, na Chi Lăng, thạch "
       "đen Tràng Định) tới các nhà nhập khẩu ASEAN."),
 ("F", "Chủ trì:", "Trung tâm Khuyến công và Xúc tiến thương mại."),
 ("F", "Phối hợp:", "Phòng Quản lý Thương mại; Ủy ban nhân dân các huyện, thành phố."),
 ("F", "Thời gian:", "2022 - 2025."),
 ("H", "4. Tuyên truyền trên Trang thông tin điện tử của Sở và mạng xã hội"),
 ("F", "Nội dung:", "Duy trì chuyên mục \"Hội nhập ASEAN\" trên Trang thông tin điện tử của Sở Công Thương; đăng tải tin, "
       "bài, video ngắn về thị trường ASEAN trên trang mạng xã hội Facebook và Zalo của Sở."),
 ("F", "Chủ trì:", "Văn phòng Sở."),
 ("F", "Phối hợp:", "Các phòng chuyên môn thuộc Sở."),
 ("F", "Thời gian:", "Thường xuyên."),
 ("H", "5. Thông tin thị trường cho doanh nghiệp xuất nhập khẩu"),
 ("F", "Nội dung:", "Biên soạn, phát hành bản tin thị trường ASEAN; cung cấp thông tin về tiêu chuẩn, quy chuẩn kỹ thuật, "
       "biện pháp phi thuế quan của các nước ASEAN cho doanh nghiệp xuất khẩu nông sản qua các cửa khẩu của tỉnh."),
 ("F", "Chủ trì:", "Phòng Quản lý Thương mại."),
 ("F", "Phối hợp:", "Trung tâm Khuyến công và Xúc tiến thương mại."),
 ("F", "Thời gian:", "Hằng quý."),
 ("H", "6. Bồi dưỡng kiến thức về ASEAN cho công chức, viên chức"),
 ("F", "Nội dung:", "Cử công chức, viên chức tham gia các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ Công "
       "Thương, Sở Thông tin và Truyền thông tổ chức."),
 ("F", "Chủ trì:", "Văn phòng Sở."),
 ("F", "Thời gian:", "Theo kế hoạch của Bộ Công Thương."),
 ("H", "7. Phối hợp thông tin với các cơ quan liên quan"),
 ("F", "Nội dung:", "Chia sẻ thông tin, số liệu về hoạt động thương mại với các nước ASEAN cho Sở Thông tin và Truyền thông, "
       "Báo Lạng Sơn, Đài Phát thanh và Truyền hình tỉnh phục vụ công tác tuyên truyền; tăng cường công tác phối hợp thông "
       "tin với các sở, ngành, địa phương."),
 ("F", "Chủ trì:", "Văn phòng Sở."),
 ("F", "Phối hợp:", "Phòng Quản lý Thương mại, Phòng Quản lý Công nghiệp."),
 ("F", "Thời gian:", "Thường xuyên."),
 ("H", "III. KINH PHÍ THỰC HIỆN"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí chi thường xuyên hằng năm giao cho Sở Công Thương; kinh "
       "phí Chương trình xúc tiến thương mại tỉnh Lạng Sơn (đối với nhiệm vụ tại mục 3 phần II) và nguồn xã hội hóa, tài trợ "
       "hợp pháp khác."),
 ("H", "IV. TỔ CHỨC THỰC HIỆN"),
 ("H", "1. Văn phòng Sở"),
 ("P", "Là đầu mối theo dõi, đôn đốc các phòng, đơn vị triển khai Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân tỉnh và "
       "Sở Thông tin và Truyền thông[^3]."),
 ("H", "2. Các phòng chuyên môn, Trung tâm Khuyến công và Xúc tiến thương mại"),
 ("P", "Căn cứ nhiệm vụ được giao, chủ động xây dựng kế hoạch chi tiết hằng năm; gửi kết quả thực hiện về Văn phòng Sở trước "
       "ngày 30/11 hằng năm."),
 ("H", "3. Đề nghị phối hợp"),
 ("P", "Đề nghị Cục Hải quan tỉnh Lạng Sơn, Hiệp hội Doanh nghiệp tỉnh Lạng Sơn phối hợp cung cấp thông tin, tài liệu và cử "
       "báo cáo viên tham gia các hội nghị phổ biến cam kết ASEAN do Sở Công Thương tổ chức."),
 ("P", "Trên đây là Kế hoạch thông tin tuyên truyền về ASEAN trong lĩnh vực công thương giai đoạn 2022 - 2025 của Sở Công "
       "Thương. Trong quá trình thực hiện, nếu có vướng mắc, các phòng, đơn vị phản ánh về Văn phòng Sở để tổng hợp, báo cáo "
       "Giám đốc Sở xem xét, giải quyết./."),
]

RECIP = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Thông tin và Truyền thông;", "- Giám đốc, các PGĐ Sở;",
         "- Các phòng, đơn vị thuộc Sở;", "- Cục Hải quan tỉnh;", "- Hiệp hội Doanh nghiệp tỉnh;",
         "- Trang TTĐT Sở;", "- Lưu: VT, QLTM."]
SIGN = ["GIÁM ĐỐC", "", "", "", "", "", "Lương Văn Đoàn"]

NOTE = re.compile(r"\[\^(e?)(\d+)\]")
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def add_with_notes(p, text, italic=False):
    pos = 0
    for mm in NOTE.finditer(text):
        if mm.start() > pos:
            r = p.add_run(text[pos:mm.start()]); r.italic = italic
        tag = "endnoteReference" if mm.group(1) else "footnoteReference"
        p._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                              f'<w:{tag} w:id="{mm.group(2)}"/></w:r>'))
        pos = mm.end()
    if pos < len(text):
        r = p.add_run(text[pos:]); r.italic = italic


def notes_xml(kind, notes):
    ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
    parts = [f'<w:{kind}s {W_NS}>',
             f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
             f'</w:pPr><w:r><w:separator/></w:r></w:p></w:{kind}>',
             f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
             f'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>']
    for i, t in notes.items():
        parts.append(f'<w:{kind} w:id="{i}"><w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="both"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="20"/></w:rPr><w:{ref}/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve"> {xml_text(t)}</w:t></w:r></w:p></w:{kind}>')
    parts.append(f"</w:{kind}s>")
    return "".join(parts)


def inject_notes(path):
    tmp = path.with_suffix(".tmp")
    zin = zipfile.ZipFile(path)
    zout = zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED)
    for it in zin.infolist():
        data = zin.read(it.filename)
        if it.filename == "[Content_Types].xml":
            s = data.decode()
            s = s.replace("</Types>",
                          '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
                          'officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/endnotes.xml" '
                          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/></Types>')
            data = s.encode()
        elif it.filename == "word/_rels/document.xml.rels":
            s = data.decode()
            s = s.replace("</Relationships>",
                          '<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                          'relationships/footnotes" Target="footnotes.xml"/><Relationship Id="rIdEn1" '
                          'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" '
                          'Target="endnotes.xml"/></Relationships>')
            data = s.encode()
        zout.writestr(it, data)
    zout.writestr("word/footnotes.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + notes_xml("footnote", FOOT))
    zout.writestr("word/endnotes.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + notes_xml("endnote", END))
    zout.close(); zin.close()
    shutil.move(tmp, path)


def main():
    doc = new_doc(size=14, left=3.0, right=2.0, top=2.0, bottom=2.0)
    set_core(doc, "Van phong So Cong Thuong", "2022-03-15T08:40:00", "2022-03-18T10:05:00")
    src = []
    t = doc.add_table(rows=len(HDR_L), cols=2)
    borders(t, "nil"); set_widths(t, [6.3, 9.7])
    for i, (l, r) in enumerate(zip(HDR_L, HDR_R)):
        cell_text(t.cell(i, 0), [l], bold=(0,) if i == 1 else (), size=13)
        cell_text(t.cell(i, 1), [r], bold=(0,) if i < 2 else (), italic=(0,) if i == 3 else (), size=13)
        src.append(f"{l} || {r}")
    para(doc, "KẾ HOẠCH", bold=True, align="center", before=12, after=0)
    subj = ["Thông tin tuyên truyền về ASEAN trong lĩnh vực công thương", "giai đoạn 2022 - 2025"]
    for s in subj:
        para(doc, s, bold=True, align="center", after=0)
    para(doc, "", after=6)
    src += ["", "# KẾ HOẠCH"] + ["# " + s for s in subj] + [""]
    for item in BODY:
        if item[0] == "H":
            para(doc, item[1], bold=True, align="justify", indent=True, after=3)
            src.append("## " + item[1])
        elif item[0] == "P":
            p = para(doc, "", align="justify", indent=True, after=3)
            add_with_notes(p, item[1])
            src.append(item[1])
        else:
            p = para(doc, "", align="justify", indent=True, after=3)
            r = p.add_run("- "); r2 = p.add_run(item[1]); r2.italic = True
            p.add_run(" ")
            add_with_notes(p, item[2])
            src.append(f"- {item[1]} {item[2]}")
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil"); set_widths(t, [8.0, 8.0])
    cell_text(t.cell(0, 0), RECIP, bold=(0,), italic=(0,), size=11, align="left")
    cell_text(t.cell(0, 1), SIGN, bold=(0, 6), size=14)
    src += [""] + [f"{a} || {b}" for a, b in zip(RECIP, SIGN + [""] * 9) if a or b]
    src += [""] + [f"[^{i}]: {t}" for i, t in FOOT.items()] + [f"[^{ROMAN[i]}]: {t}" for i, t in END.items()]
    out = STAGE / f"{NAME}.docx"
    doc.save(out)
    inject_notes(out)
    txt = "\n".join(src) + "\n"
    txt = NOTE.sub(lambda mm: f"[^{ROMAN[int(mm.group(2))]}]" if mm.group(1) else f"[^{mm.group(2)}]", txt)
    (HERE / f"{NAME}.source.txt").write_text(txt, encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    main()
