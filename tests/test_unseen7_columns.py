"""A plan whose body is set in two columns (a provincial gazette's reprint, unseen set 7): the header
and title across the page, then the body in two columns, often with a rule between them.

pdfium gives the page's characters in drawing order, and lines are made by position: read band by
band, a line of the left column and the line of the right column beside it become one line (the
columns' gap is narrower than the gap that separates a header's two cells), and the two columns'
paragraphs interleave. The reader must find the columns (a gutter no line crosses over a tall band
of the page) and read the left column, then the right one, while the header and title above them
keep their place. The PDFs are made here in more than one way: LibreOffice from a DOCX whose body
section has two columns with a separator line, and Chromium from HTML with CSS columns (justified,
with a rule and a gazette's running header; ragged-right, with no rule). A normal one-column plan
with the two-cell header, a ruled table of tasks and a long recipients list beside the signature
must be read as it always was. Read by column, a gazette's closing comes as printed: the signature
block above ``Nơi nhận``, where the signer must still be found.
"""
from __future__ import annotations

import html
import re
import shutil
import subprocess

import pytest

import planparse
from planparse.ingest import ingest

HEADER = [("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
          ("TỈNH BẮC NINH", "Độc lập - Tự do - Hạnh phúc"),
          ("Số: 1275/KH-UBND", "Bắc Ninh, ngày 12 tháng 8 năm 2024")]
TITLE = "Thông tin, tuyên truyền về Cộng đồng ASEAN năm 2024 trên địa bàn tỉnh Bắc Ninh"

# Two wordings of the same plan: who leads a task written inline (``Sở X chủ trì, phối hợp với …``)
# or as labelled fields (``Cơ quan chủ trì: …``), deadlines as ``Thời gian: …`` or ``trước ngày …``.
# (title, body paragraphs, lead)
TASKS = {
    "inline": [
        ("Tuyên truyền trên báo chí, phát thanh và truyền hình",
         ["Báo Bắc Ninh chủ trì, phối hợp với Đài Phát thanh và Truyền hình tỉnh mở chuyên trang, chuyên mục về "
          "Cộng đồng ASEAN; tăng thời lượng đưa tin về các sự kiện của ASEAN và về vai trò của Việt Nam.",
          "Thời gian: Quý III/2024."], "Báo Bắc Ninh"),
        ("Tuyên truyền trên Cổng thông tin điện tử và mạng xã hội",
         ["Sở Thông tin và Truyền thông chủ trì, phối hợp với các sở, ban, ngành cập nhật tin, bài về ASEAN trên "
          "Cổng thông tin điện tử tỉnh; chia sẻ dữ liệu với Cổng thông tin ASEAN Việt Nam và các trang mạng xã hội.",
          "Thời gian: thường xuyên trong năm 2024."], "Sở Thông tin và Truyền thông"),
        ("Thông tin cho doanh nghiệp về các cam kết trong ASEAN",
         ["Sở Công Thương chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tổ chức hội nghị phổ biến các cam kết, quy "
          "tắc xuất xứ và cơ hội kinh doanh tại thị trường ASEAN cho các doanh nghiệp trên địa bàn tỉnh.",
          "Thời gian: Quý IV/2024."], "Sở Công Thương"),
        ("Tuyên truyền trong trường học",
         ["Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn lồng ghép nội dung về ASEAN vào hoạt động "
          "ngoại khóa; tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh trung học phổ thông trên địa bàn tỉnh.",
          "Thời gian: hoàn thành trước ngày 30/11/2024."], "Sở Giáo dục và Đào tạo"),
        ("Giao lưu văn hóa và tuyên truyền cổ động trực quan",
         ["Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức triển lãm ảnh về đất nước, con người các nước ASEAN; "
          "treo băng rôn, khẩu hiệu, pa nô tại trung tâm các huyện, thị xã, thành phố nhân Ngày thành lập ASEAN.",
          "Thời gian: tháng 8/2024."], "Sở Văn hóa, Thể thao và Du lịch"),
        ("Xuất bản ấn phẩm quảng bá hình ảnh tỉnh",
         ["Sở Ngoại vụ chủ trì, phối hợp với Sở Kế hoạch và Đầu tư biên soạn, phát hành tờ rơi, ấn phẩm song ngữ "
          "giới thiệu tiềm năng, thế mạnh của tỉnh tại các hội nghị xúc tiến đầu tư trong nước và nước ngoài.",
          "Thời gian: Quý IV/2024."], "Sở Ngoại vụ"),
    ],
    "fields": [
        ("Mở chuyên mục về ASEAN trên báo, đài của tỉnh",
         ["Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh. Cơ quan phối hợp: Báo Bắc Ninh. Xây dựng chuyên "
          "mục định kỳ về Cộng đồng ASEAN, phát sóng các chương trình của Đài Truyền hình Việt Nam về ASEAN.",
          "Thời gian thực hiện: từ tháng 9/2024 đến hết năm 2024."], "Đài Phát thanh và Truyền hình tỉnh"),
        ("Tập huấn kỹ năng tuyên truyền về ASEAN",
         ["Cơ quan chủ trì: Sở Thông tin và Truyền thông. Cơ quan phối hợp: Hội Nhà báo tỉnh. Tổ chức một lớp "
          "tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên và cán bộ thông tin cơ sở.",
          "Thời gian thực hiện: Quý IV/2024."], "Sở Thông tin và Truyền thông"),
        ("Lồng ghép tuyên truyền trong hoạt động của các đoàn thể",
         ["Cơ quan chủ trì: Tỉnh đoàn. Cơ quan phối hợp: Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh. Lồng ghép "
          "nội dung về ASEAN trong các buổi sinh hoạt chuyên đề, hội nghị và diễn đàn của đoàn viên, hội viên.",
          "Thời gian thực hiện: cả năm 2024."], "Tỉnh đoàn"),
        ("Hỗ trợ doanh nghiệp tham gia hội chợ tại các nước ASEAN",
         ["Cơ quan chủ trì: Sở Công Thương. Cơ quan phối hợp: Hiệp hội Doanh nghiệp tỉnh. Giới thiệu cơ hội kinh "
          "doanh, hỗ trợ doanh nghiệp tham gia hội chợ và các hoạt động xúc tiến thương mại tại các nước ASEAN.",
          "Thời gian thực hiện: hoàn thành trước ngày 15/12/2024."], "Sở Công Thương"),
        ("Tuyên truyền trên hệ thống thông tin cơ sở",
         ["Cơ quan chủ trì: Ủy ban nhân dân các huyện, thị xã, thành phố. Cơ quan phối hợp: Sở Thông tin và Truyền "
          "thông. Phát trên đài truyền thanh cấp xã các bản tin về ASEAN, treo khẩu hiệu tại trụ sở xã, phường.",
          "Thời gian thực hiện: thường xuyên."], "Ủy ban nhân dân các huyện, thị xã, thành phố"),
        ("Theo dõi dư luận và phản bác thông tin sai trái",
         ["Cơ quan chủ trì: Công an tỉnh. Cơ quan phối hợp: Sở Thông tin và Truyền thông. Nắm bắt dư luận xã hội "
          "về hội nhập ASEAN, kịp thời phát hiện và phản bác các thông tin sai lệch, xuyên tạc trên mạng xã hội.",
          "Thời gian thực hiện: thường xuyên."], "Công an tỉnh"),
    ],
}

OPENING = ("Thực hiện Kế hoạch số 15/KH-BCĐASEAN ngày 20/3/2024 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN "
           "về thông tin, tuyên truyền về Cộng đồng ASEAN năm 2024, Ủy ban nhân dân tỉnh Bắc Ninh ban hành Kế hoạch "
           "thực hiện trên địa bàn tỉnh như sau:")
PURPOSE = [("1. Mục đích", ["Nâng cao nhận thức của cán bộ, đảng viên, doanh nghiệp và Nhân dân trên địa bàn tỉnh về "
                           "Cộng đồng ASEAN, về vai trò, vị thế của Việt Nam trong ASEAN; giúp người dân và doanh "
                           "nghiệp nắm bắt cơ hội, chủ động vượt qua thách thức trong quá trình hội nhập."]),
           ("2. Yêu cầu", ["Công tác tuyên truyền bảo đảm kịp thời, chính xác, đúng định hướng; nội dung phong phú, "
                          "hình thức đa dạng, phù hợp với từng nhóm đối tượng; gắn với quảng bá tiềm năng, thế mạnh "
                          "của tỉnh."])]
CLOSING = ["Các sở, ban, ngành, đoàn thể tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ nhiệm vụ được "
           "giao xây dựng kế hoạch triển khai; gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày "
           "05/12/2024 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.",
           "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Sở Thông tin và "
           "Truyền thông để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, giải quyết./."]
RECIPIENTS = ["Nơi nhận:", "- Ban Chỉ đạo TTTT ASEAN (b/c);", "- TT Tỉnh ủy, TT HĐND tỉnh;",
              "- Chủ tịch, các PCT UBND tỉnh;", "- Các sở, ban, ngành, đoàn thể tỉnh;",
              "- UBND các huyện, thị xã, thành phố;", "- Báo Bắc Ninh, Đài PT-TH tỉnh;", "- Lưu: VT, KGVX."]
SIGNATURE = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Nguyễn Hồng Thái"]


def _body(wording: str) -> list[tuple[str, str]]:
    """The body as (kind, text): ``h`` a heading, ``p`` a paragraph."""
    out = [("p", OPENING), ("h", "I. MỤC ĐÍCH, YÊU CẦU")]
    for head, paras in PURPOSE:
        out += [("h", head)] + [("p", x) for x in paras]
    out.append(("h", "II. NHIỆM VỤ CỤ THỂ"))
    for k, (title, paras, _lead) in enumerate(TASKS[wording], 1):
        out += [("h", f"{k}. {title}")] + [("p", x) for x in paras]
    out += [("h", "III. TỔ CHỨC THỰC HIỆN")] + [("p", x) for x in CLOSING]
    return out


# -- DOCX (LibreOffice): the body a section of two columns with a separator line -------------------

def _docx(path, wording: str, columns: bool, table: bool = False) -> None:
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    from lxml import etree

    d = docx.Document()
    sec = d.sections[0]
    sec.left_margin, sec.right_margin = Cm(2.5), Cm(1.5)
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12 if columns else 13)
    st.paragraph_format.space_after = Pt(3)
    head = d.add_table(rows=len(HEADER), cols=2)
    for r, (a, b) in enumerate(HEADER):
        for c, x in enumerate((a, b)):
            cell = head.cell(r, c)
            cell.text = x
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cell.paragraphs[0].runs[0].bold = r < 2
    for x in ("KẾ HOẠCH", TITLE):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(x).bold = True
    if columns:
        body_sec = d.add_section(WD_SECTION.CONTINUOUS)
        cols = body_sec._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = etree.SubElement(body_sec._sectPr, qn("w:cols"))
        cols.set(qn("w:num"), "2")
        cols.set(qn("w:space"), "567")  # 1 cm
        cols.set(qn("w:sep"), "1")
    for kind, x in _body(wording):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(0.75)
        p.add_run(x).bold = kind == "h"
    if table:
        d.add_paragraph("PHỤ LỤC: DANH MỤC NHIỆM VỤ").alignment = WD_ALIGN_PARAGRAPH.CENTER
        t = d.add_table(rows=1, cols=5)
        t.style = "Table Grid"
        for c, x in enumerate(("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian")):
            t.cell(0, c).text = x
        for k, (title, paras, lead) in enumerate(TASKS[wording], 1):
            row = t.add_row().cells
            for c, x in enumerate((str(k), title + ": " + paras[0][:90], lead, "Các sở, ngành liên quan",
                                   "Quý IV/2024")):
                row[c].text = x
    if columns:
        last = d.add_section(WD_SECTION.CONTINUOUS)  # the signature block across the page again
        last._sectPr.find(qn("w:cols")).set(qn("w:num"), "1")
    sig = d.add_table(rows=1, cols=2)
    left, right = sig.cell(0, 0), sig.cell(0, 1)
    left.text = RECIPIENTS[0]
    for x in RECIPIENTS[1:]:
        left.add_paragraph(x).runs[0].font.size = Pt(11)
    right.text = SIGNATURE[0]
    for x in SIGNATURE[1:]:
        right.add_paragraph(x)
    for p in right.paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.save(str(path))


# -- HTML (Chromium): CSS columns, with a gazette's running header and page numbers ----------------

def _html(path, wording: str, ragged: bool) -> None:
    e = html.escape
    head = "".join(f"<tr><td class='l'>{e(a)}</td><td class='r'>{e(b)}</td></tr>" for a, b in HEADER)
    body = "".join(f"<p class='{k}'>{e(x)}</p>" for k, x in _body(wording))
    rec = "<br>".join(e(x) for x in RECIPIENTS)
    sig = "<br>".join(e(x) for x in SIGNATURE)
    running = ("@page { size: A4; margin: 20mm 15mm 16mm 18mm;"
               " @top-center { content: 'CÔNG BÁO/Số 31 + 32/Ngày 30-8-2024'; font: bold 10pt 'DejaVu Serif'; }"
               " @top-right { content: counter(page); font: bold 10pt 'DejaVu Serif'; } }")
    cols = ("column-count: 2; column-gap: 6mm; column-rule: 0.5pt solid #333; text-align: justify;" if not ragged
            else "column-count: 2; column-gap: 9mm; text-align: left;")
    doc = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><style>
{running}
body {{ font-family: 'DejaVu Serif'; font-size: {10.5 if not ragged else 10}pt; line-height: 1.3; }}
table.hdr {{ width: 100%; border-collapse: collapse; }} td.l {{ width: 40%; text-align: center; }}
td.r {{ text-align: center; }} .title {{ text-align: center; font-weight: bold; margin: 4pt 0; }}
.cols {{ {cols} }} .cols p {{ margin: 0 0 3pt; text-indent: 5mm; }} .cols p.h {{ font-weight: bold; }}
.nn {{ font-size: 8pt; margin-top: 8pt; break-inside: avoid; }}
.sig {{ text-align: center; margin-top: 6pt; font-weight: bold; }}
</style></head><body>
<p class='title'>PHẦN VĂN BẢN KHÁC</p>
<table class='hdr'>{head}</table>
<p class='title'>KẾ HOẠCH</p><p class='title'>{e(TITLE)}</p>
<div class='cols'>{body}<div class='sig'>{sig}</div><div class='nn'>{rec}</div></div>
</body></html>"""
    path.write_text(doc, encoding="utf-8")


FORMS = ["docx-inline", "docx-fields", "html-inline", "html-fields-ragged"]


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    out = tmp_path_factory.mktemp("cols")
    docs = []
    for form in FORMS:
        kind, wording = form.split("-")[:2]
        if kind == "docx":
            _docx(out / f"{form}.docx", wording, columns=True)
            docs.append(out / f"{form}.docx")
        else:
            _html(out / f"{form}.html", wording, ragged=form.endswith("ragged"))
            subprocess.run([shutil.which("chromium") or "chromium", "--headless", "--no-sandbox", "--disable-gpu",
                            "--no-pdf-header-footer", f"--print-to-pdf={out / (form + '.pdf')}",
                            (out / f"{form}.html").as_uri()], check=True, capture_output=True, timeout=120)
    _docx(out / "one-column.docx", "inline", columns=False, table=True)
    docs.append(out / "one-column.docx")
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to", "pdf",
                    "--outdir", str(out), *map(str, docs)], check=True, capture_output=True, timeout=600)
    return out


def _flat(s: str) -> str:
    return " ".join(s.split())


def _page_texts(path) -> list[list[str]]:
    import pypdfium2 as pdfium

    from planparse.ingest import pdf as pdf_mod
    doc = pdfium.PdfDocument(str(path))
    try:
        return [[ln.text for ln in pdf_mod._page_lines(doc[i], i)] for i in range(len(doc))]
    finally:
        doc.close()


@pytest.mark.parametrize("form", FORMS)
def test_the_body_is_set_in_two_columns(pdfs, form):
    """The case means something only if the columns share bands: some line of the left column has a
    line of the right column level with it (what pdftotext -layout shows side by side)."""
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdfs / f"{form}.pdf"))
    try:
        page = doc[0]
        w = page.get_width()
        tp = page.get_textpage()
        left, right = set(), set()
        for i in range(tp.count_chars()):
            if tp.get_text_range(i, 1).isspace():
                continue
            x0, y0, x1, _y1 = tp.get_charbox(i)
            (left if x1 < 0.5 * w - 5 else right if x0 > 0.5 * w + 5 else set()).add(round(y0))
        tp.close()
    finally:
        doc.close()
    assert len(left & right) >= 12, form  # the header's three rows and many more


@pytest.mark.parametrize("form", FORMS)
def test_each_column_reads_top_to_bottom_left_first(pdfs, form):
    """Every paragraph of the body is read whole (its wrapped lines re-joined within its column) and
    in the order written; the header and title come first."""
    kind, wording = form.split("-")[:2]
    text = _flat(ingest(pdfs / f"{form}.pdf").text)
    expected = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH", TITLE] + [x for _, x in _body(wording)]
    pos = 0
    for x in expected:
        at = text.find(_flat(x), pos)
        assert at >= 0, (form, x, text[pos:pos + 300])
        pos = at + len(_flat(x))


@pytest.mark.parametrize("form", FORMS)
def test_a_two_column_plan_parses(pdfs, form):
    kind, wording = form.split("-")[:2]
    p = planparse.parse(pdfs / f"{form}.pdf")
    assert p.meta.number == "1275/KH-UBND"
    assert p.meta.issued == "2024-08-12"
    assert p.meta.title == TITLE
    n = len(TASKS[wording])
    ids = [s.id for s in p.sections]
    assert ids[:4] == ["I", "I.1", "I.2", "II"], ids
    assert [f"II.{k}" for k in range(1, n + 1)] == [s for s in ids if s.startswith("II.")]
    assert "III" in ids
    assert [t.id for t in p.tasks] == [f"II.{k}" for k in range(1, n + 1)]
    for t, (title, _paras, lead) in zip(p.tasks, TASKS[wording]):
        assert t.title.startswith(title[:30]), (t.id, t.title)
        assert [a.name for a in t.lead][:1] == [lead], (t.id, t.lead)
    # each task's dated "Thời gian" line is read as its time (a timeframe, or a deadline of the task)
    timed = {t.id for t in p.tasks if t.timeframe is not None} | {d.task for d in p.deadlines}
    dated = [t.id for t, (_title, paras, _lead) in zip(p.tasks, TASKS[wording]) if re.search(r"\d", paras[-1])]
    assert set(dated) <= timed, (dated, timed)
    assert p.meta.signer is not None and p.meta.signer.name == "Nguyễn Hồng Thái"


def test_a_one_column_plan_with_a_two_cell_header_and_a_table_is_read_as_before(pdfs):
    """The normal layout: a header of two cells side by side, the body across the page, a ruled
    table of five columns, recipients beside the signature. None of it is a two-column body."""
    import pypdfium2 as pdfium

    from planparse.ingest import pdf as pdf_mod
    path = pdfs / "one-column.pdf"
    doc = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(doc)):
            page = doc[i]
            lines = pdf_mod._page_lines(page, i)
            assert not any(ln.col for ln in lines), (i, [ln.text for ln in lines if ln.col][:5])
    finally:
        doc.close()
    pages = _page_texts(path)
    # the header's cells read as before: the issuer's column first on the first page
    assert pages[0][:2] == ["ỦY BAN NHÂN DÂN", "TỈNH BẮC NINH"], pages[0][:6]
    p = planparse.parse(path)
    assert p.meta.number == "1275/KH-UBND"
    assert [t.id for t in p.tasks] == [f"II.{k}" for k in range(1, 7)]
    assert [[a.name for a in t.lead][:1] for t in p.tasks] == [[lead] for _, _, lead in TASKS["inline"]]
    assert p.meta.signer is not None and p.meta.signer.name == "Nguyễn Hồng Thái"
    text = _flat(ingest(path).text)
    assert _flat(TASKS["inline"][0][1][0]) in text


@pytest.mark.parametrize("authority", ["KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH"])
def test_a_signature_set_above_the_recipients_is_read(tmp_path, authority):
    """A column read top to bottom gives the gazette's closing as it is printed: the signature block,
    then ``Nơi nhận``; the signer is the one above the recipients."""
    head = "\n".join(f"{a}    {b}" for a, b in HEADER)
    body = "\n".join(x for _, x in _body("inline"))
    text = f"{head}\nKẾ HOẠCH\n{TITLE}\n{body}\n{authority}\n\n\nNguyễn Hồng Thái\n" + "\n".join(RECIPIENTS) + "\n"
    f = tmp_path / "plan.txt"
    f.write_text(text, encoding="utf-8")
    p = planparse.parse(f)
    assert p.meta.signer is not None and p.meta.signer.name == "Nguyễn Hồng Thái"
    assert p.meta.signer.position == ("Phó Chủ tịch" if authority.startswith("KT.") else "Chủ tịch")
    assert p.meta.recipients[0] == "Ban Chỉ đạo TTTT ASEAN (b/c)"
