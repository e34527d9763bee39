"""Plan 1 (layout: DOCX whose section headings are Word HEADING STYLES with NO numbers at all).

Sở Thông tin và Truyền thông tỉnh Long An, ASEAN 2023 (1160/QĐ-TTg generation). Built with python-docx + raw XML:
- header block in a borderless 2-column table (issuer | motto), number and place/date on the third row;
- every section heading is a paragraph in style "Heading 1" (parts: "Mục đích, yêu cầu", "Nhiệm vụ cụ thể" …) or
  "Heading 2" (sub-parts and the tasks). The heading TEXT carries no label: no typed "I."/"1.", no w:numPr, and the
  heading styles are restyled (Times New Roman, black, no numbering) the way a clerk restyles Word's built-ins, so
  only the style (and its outline level) tells the level;
- body text is Normal; field labels ("Đơn vị chủ trì:", "Thời gian thực hiện:") are bold runs inside Normal paragraphs
  (bold is therefore NOT a heading signal); bullets are typed "- ";
- recipients (left) and signature (right) in a borderless two-column table.
Writes ../<NAME>.docx and sources/<NAME>.source.txt (intended reading text; `#`/`##` mark Heading 1/2 there only)."""
import sys
from pathlib import Path
from docx.shared import Pt, Cm, RGBColor
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
sys.path.insert(0, str(Path(__file__).parent))
from common import STAGE
from docxkit import new_doc, para, add_runs, set_widths, borders, cell_text, FONT, set_core

HERE = Path(__file__).parent
NAME = "long-an_2876-KH-STTTT_2022_asean-headingstyles"

HDR_L = [("UBND TỈNH LONG AN", ""), ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "b"), ("", ""), ("Số: 2876/KH-STTTT", "")]
HDR_R = [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "b"), ("Độc lập - Tự do - Hạnh phúc", "b"), ("", ""),
         ("Long An, ngày 16 tháng 12 năm 2022", "i")]

# ("T", title) ("S", subject) ("P", paragraph; **x** = bold run) ("H1", heading 1) ("H2", heading 2)
BODY = [
 ("T", "KẾ HOẠCH"),
 ("S", "Thông tin, tuyên truyền về ASEAN năm 2023"),
 ("P", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình hành động thông tin, "
       "tuyên truyền về ASEAN giai đoạn 2021 - 2025, tầm nhìn đến năm 2030;"),
 ("P", "Căn cứ Kế hoạch số 3864/KH-UBND ngày 05/11/2021 của UBND tỉnh Long An về thông tin, tuyên truyền về ASEAN giai đoạn "
       "2021 - 2025 trên địa bàn tỉnh Long An;"),
 ("P", "Sở Thông tin và Truyền thông ban hành Kế hoạch thông tin, tuyên truyền về ASEAN năm 2023, cụ thể như sau:"),
 ("H1", "Mục đích, yêu cầu"),
 ("H2", "Mục đích"),
 ("P", "- Nâng cao nhận thức của cán bộ, công chức, viên chức, doanh nghiệp và Nhân dân trên địa bàn tỉnh về Cộng đồng ASEAN "
       "và tinh thần “Tư duy Cộng đồng, Hành động Cộng đồng”; góp phần thu hẹp khoảng cách giữa hợp tác khu vực và cảm nhận "
       "của công chúng."),
 ("P", "- Giúp doanh nghiệp, nhất là doanh nghiệp trong các khu công nghiệp của tỉnh, nắm bắt cơ hội từ các cam kết kinh tế "
       "của ASEAN để đẩy mạnh phục hồi sản xuất, kinh doanh sau đại dịch COVID-19."),
 ("H2", "Yêu cầu"),
 ("P", "- Thông tin kịp thời, chính xác, đúng định hướng; bám sát Chủ đề ASEAN năm 2023 “ASEAN tầm vóc: Tâm điểm của tăng "
       "trưởng” do Indonesia đảm nhiệm vai trò Chủ tịch ASEAN."),
 ("P", "- Tăng cường công tác phối hợp thông tin giữa Sở Thông tin và Truyền thông với các sở, ban, ngành, địa phương và các "
       "cơ quan báo chí trên địa bàn tỉnh; bảo đảm tiết kiệm, hiệu quả."),
 ("H1", "Nội dung thông tin, tuyên truyền"),
 ("P", "- Chủ đề ASEAN năm 2023 và kết quả hợp tác ASEAN trên 3 trụ cột Chính trị - An ninh, Kinh tế, Văn hóa - Xã hội; "
       "những đóng góp chủ động, tích cực và có trách nhiệm của Việt Nam trong ASEAN."),
 ("P", "- Bản sắc Cộng đồng ASEAN, những nét tương đồng về văn hóa, lịch sử giữa Việt Nam và các quốc gia thành viên ASEAN."),
 ("P", "- Các cam kết kinh tế trong ASEAN; thương mại điện tử, kinh tế số, chuyển đổi số; cơ chế hải quan một cửa ASEAN; cơ "
       "hội để doanh nghiệp tham gia chuỗi cung ứng giá trị khu vực."),
 ("P", "- Tiềm năng, thế mạnh và môi trường đầu tư của tỉnh Long An; Cảng quốc tế Long An, các khu công nghiệp tiếp giáp "
       "Thành phố Hồ Chí Minh; các sản phẩm OCOP, điểm đến du lịch của tỉnh."),
 ("H1", "Nhiệm vụ cụ thể"),
 ("H2", "Thông tin trên Báo Long An, Đài Phát thanh và Truyền hình Long An"),
 ("P", "Duy trì chuyên mục về ASEAN; đăng, phát tin, bài về Chủ đề ASEAN năm 2023, Hội nghị Cấp cao ASEAN lần thứ 42 và lần "
       "thứ 43, sự tham gia của Việt Nam và của tỉnh Long An trong hợp tác ASEAN."),
 ("P", "**Đơn vị chủ trì:** Phòng Thông tin - Báo chí - Xuất bản."),
 ("P", "**Đơn vị phối hợp:** Báo Long An, Đài Phát thanh và Truyền hình Long An."),
 ("P", "**Thời gian thực hiện:** Năm 2023."),
 ("H2", "Chuyên mục ASEAN trên Cổng Thông tin điện tử tỉnh và mạng xã hội"),
 ("P", "Xây dựng chuyên mục “Long An - ASEAN” trên Cổng Thông tin điện tử tỉnh; đăng tải, chia sẻ thông tin về ASEAN trên "
       "trang mạng xã hội Facebook, Zalo của Sở."),
 ("P", "**Đơn vị chủ trì:** Trung tâm Công nghệ thông tin và Truyền thông."),
 ("P", "**Đơn vị phối hợp:** Văn phòng Sở."),
 ("P", "**Thời gian thực hiện:** Quý I/2023."),
 ("H2", "Tuyên truyền trên hệ thống thông tin cơ sở"),
 ("P", "Cung cấp tài liệu, nội dung tuyên truyền về ASEAN cho hệ thống đài truyền thanh cấp xã, bảng tin điện tử công cộng; "
       "hướng dẫn biên tập, phát sóng phù hợp với từng địa bàn."),
 ("P", "**Đơn vị chủ trì:** Phòng Thông tin - Báo chí - Xuất bản."),
 ("P", "**Đơn vị phối hợp:** Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố."),
 ("P", "**Thời gian thực hiện:** Thường xuyên."),
 ("H2", "Tuyên truyền cổ động trực quan nhân kỷ niệm 56 năm Ngày thành lập ASEAN"),
 ("P", "Treo cờ ASEAN, pa nô, băng rôn tại trụ sở Sở; trình chiếu nội dung tuyên truyền về ASEAN trên màn hình LED tại Quảng "
       "trường tỉnh và các bảng điện tử công cộng tại thành phố Tân An."),
 ("P", "**Đơn vị chủ trì:** Văn phòng Sở."),
 ("P", "**Đơn vị phối hợp:** Trung tâm Công nghệ thông tin và Truyền thông."),
 ("P", "**Thời gian thực hiện:** Tháng 8/2023."),
 ("H2", "Tập huấn kỹ năng thông tin, tuyên truyền về ASEAN"),
 ("P", "Tổ chức 01 lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên các cơ quan báo chí và "
       "cán bộ làm công tác thông tin cơ sở trên địa bàn tỉnh."),
 ("P", "**Đơn vị chủ trì:** Phòng Thông tin - Báo chí - Xuất bản."),
 ("P", "**Đơn vị phối hợp:** Hội Nhà báo tỉnh."),
 ("P", "**Thời gian thực hiện:** Quý III/2023."),
 ("H2", "Hỗ trợ doanh nghiệp tiếp cận thông tin về thương mại điện tử và chuyển đổi số trong ASEAN"),
 ("P", "Tổ chức hội thảo giới thiệu các nền tảng thương mại điện tử, giải pháp chuyển đổi số, cơ chế hải quan một cửa ASEAN "
       "cho doanh nghiệp nhỏ và vừa, hợp tác xã trên địa bàn tỉnh."),
 ("P", "**Đơn vị chủ trì:** Phòng Công nghệ thông tin."),
 ("P", "**Đơn vị phối hợp:** Sở Công Thương, Hiệp hội Doanh nghiệp tỉnh."),
 ("P", "**Thời gian thực hiện:** Tháng 10/2023."),
 ("H2", "Theo dõi dư luận, phản bác thông tin sai trái"),
 ("P", "Phòng Thông tin - Báo chí - Xuất bản chủ trì, phối hợp với Công an tỉnh theo dõi tình hình dư luận xã hội, kịp thời "
       "phản bác các quan điểm sai trái, xuyên tạc về chính sách đối ngoại của Đảng, Nhà nước và quá trình hội nhập ASEAN của "
       "Việt Nam."),
 ("H2", "Giới thiệu câu chuyện thực tiễn về lợi ích của hợp tác ASEAN"),
 ("P", "Thực hiện loạt tin, bài, phóng sự giới thiệu câu chuyện thực tiễn, nhân vật điển hình, doanh nghiệp của tỉnh hợp tác "
       "hiệu quả với đối tác các nước ASEAN, đăng tải trên chuyên mục “Long An - ASEAN”."),
 ("P", "**Đơn vị chủ trì:** Trung tâm Công nghệ thông tin và Truyền thông."),
 ("P", "**Đơn vị phối hợp:** Phòng Thông tin - Báo chí - Xuất bản."),
 ("P", "**Thời gian thực hiện:** từ Quý II đến Quý IV/2023."),
 ("H1", "Kinh phí thực hiện"),
 ("P", "Kinh phí thực hiện Kế hoạch được bố trí từ nguồn kinh phí chi thường xuyên năm 2023 của Sở Thông tin và Truyền thông "
       "đã được UBND tỉnh giao tại Quyết định số 3698/QĐ-UBND ngày 09/12/2022 và lồng ghép trong các chương trình, kế hoạch "
       "khác của Sở. Tổng kinh phí dự kiến: 185.000.000 đồng (Một trăm tám mươi lăm triệu đồng)."),
 ("H1", "Tổ chức thực hiện"),
 ("H2", "Phòng Thông tin - Báo chí - Xuất bản"),
 ("P", "Là đầu mối theo dõi, đôn đốc các phòng, đơn vị thuộc Sở triển khai Kế hoạch. Tổng hợp, báo cáo kết quả thực hiện về "
       "UBND tỉnh và Bộ Thông tin và Truyền thông (qua Cục Thông tin đối ngoại) trước ngày 05/12/2023."),
 ("H2", "Phòng Kế hoạch - Tài chính"),
 ("P", "Tham mưu Giám đốc Sở bố trí kinh phí thực hiện Kế hoạch; hướng dẫn các phòng, đơn vị thanh toán, quyết toán kinh phí "
       "theo quy định."),
 ("H2", "Các phòng, đơn vị thuộc Sở"),
 ("P", "Căn cứ nhiệm vụ được giao, chủ động xây dựng nội dung và triển khai thực hiện. Báo cáo kết quả về Phòng Thông tin - "
       "Báo chí - Xuất bản trước ngày 25/11/2023 để tổng hợp."),
 ("H2", "Đề nghị Báo Long An, Đài Phát thanh và Truyền hình Long An"),
 ("P", "Bố trí thời lượng, dung lượng hợp lý cho chuyên mục về ASEAN; phối hợp với Sở Thông tin và Truyền thông thực hiện các "
       "nội dung tại Kế hoạch này."),
 ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị phản ánh về Phòng Thông tin - Báo chí - Xuất "
       "bản để tổng hợp, báo cáo Giám đốc Sở xem xét, giải quyết./."),
]

RECIP = ["Nơi nhận:", "- Bộ Thông tin và Truyền thông (Cục TTĐN);", "- UBND tỉnh (b/c);", "- Ban Tuyên giáo Tỉnh ủy;",
         "- Giám đốc, các PGĐ Sở;", "- Báo Long An, Đài PT&TH Long An;", "- Các phòng, đơn vị thuộc Sở;",
         "- Lưu: VT, TTBCXB."]
SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "", "", "Trần Minh Khải"]


def style_headings(doc):
    """Restyle Word's built-in Heading 1/2: Times New Roman, black, no theme colour, no numbering."""
    spec = {"Heading 1": (14, True, False, 12, 6), "Heading 2": (14, True, True, 6, 3)}
    for name, (size, bold, italic, before, after) in spec.items():
        st = doc.styles[name]
        st.font.name = FONT; st.font.size = Pt(size); st.font.bold = bold; st.font.italic = italic
        st.font.color.rgb = RGBColor(0, 0, 0)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = parse_xml(f'<w:rFonts {nsdecls("w")}/>'); rpr.append(rf)
        for a in list(rf.attrib):
            del rf.attrib[a]
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), FONT)
        pf = st.paragraph_format
        pf.space_before = Pt(before); pf.space_after = Pt(after); pf.keep_with_next = True
        pf.first_line_indent = Cm(1.27) if name == "Heading 2" else Cm(0)
        # make sure no list numbering hides in the style
        ppr = st.element.get_or_add_pPr()
        for n in ppr.findall(qn("w:numPr")):
            ppr.remove(n)


def build():
    doc = new_doc(size=14)
    style_headings(doc)
    set_core(doc, "Nguyen Thi Thu Hien", "2022-12-12T08:41:00", "2022-12-16T15:02:00", "Kế hoạch thông tin tuyên truyền ASEAN năm 2023")
    src = []
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil"); set_widths(t, [6.0, 10.0])
    cell_text(t.cell(0, 0), [x for x, _ in HDR_L], bold=[i for i, (_, f) in enumerate(HDR_L) if f == "b"], size=12)
    cell_text(t.cell(0, 1), [x for x, _ in HDR_R], bold=[i for i, (_, f) in enumerate(HDR_R) if f == "b"],
              italic=[i for i, (_, f) in enumerate(HDR_R) if f == "i"], size=12)
    src += ["UBND TỈNH LONG AN || CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SỞ THÔNG TIN VÀ TRUYỀN THÔNG || Độc lập - Tự do - Hạnh phúc",
            "Số: 2876/KH-STTTT || Long An, ngày 16 tháng 12 năm 2022", ""]
    para(doc, "", after=0)
    for kind, text in BODY:
        if kind == "T":
            para(doc, text, bold=True, align="center", after=0, before=6); src.append("# " + text)
        elif kind == "S":
            para(doc, text, bold=True, align="center", after=12); src.append("# " + text)
        elif kind == "H1":
            p = doc.add_paragraph(text, style="Heading 1"); src.append("# " + text)
        elif kind == "H2":
            p = doc.add_paragraph(text, style="Heading 2"); src.append("## " + text)
        else:
            para(doc, text); src.append(text.replace("**", ""))
    src.append("")
    t = doc.add_table(rows=1, cols=2)
    borders(t, "nil"); set_widths(t, [8.0, 8.0])
    c = t.cell(0, 0); c.text = ""
    for i, line in enumerate(RECIP):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(line); r.font.size = Pt(12 if i == 0 else 11); r.bold = i == 0; r.italic = i == 0
    cell_text(t.cell(0, 1), SIGN, bold=[0, 1, 5], size=14)
    for l, r in zip(RECIP, SIGN + [""] * 10):
        src.append(f"{l} || @{r}" if r else l)
    out = STAGE / f"{NAME}.docx"
    doc.save(out)
    (HERE / f"{NAME}.source.txt").write_text("\n".join(src) + "\n", encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    build()
