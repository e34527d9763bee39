"""Ingest of unseen set 4: DOCX footnotes, skewed scans, wrapped paragraphs of a PDF's text layer.

- DOCX footnotes and endnotes (``word/footnotes.xml``, ``endnotes.xml``) were never read, so a basis
  given only in a footnote of the preamble was lost (Hòa Bình 142/KH-UBND: the Steering Committee's
  plan is cited in the preamble, its ``Quyết định số 02/QĐ-BCĐASEAN`` only in footnote 1). A note is
  read as a line after the paragraph that cites it, and read as the plan's own words (sets 12 and 14's
  annotators took a task's time and a report's deadline from notes): the plan reads as the same text
  with each note typed below its paragraph. It never becomes part of a heading.
"""
from __future__ import annotations

import re

import pytest

import planparse
from planparse.ingest import ingest

# ---------------------------------------------------------------------------------------------
# DOCX footnotes and endnotes
# ---------------------------------------------------------------------------------------------

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _notes_part(kind: str, notes: dict[int, str]) -> bytes:
    xs = [f'<w:{kind}s {_W}>',
          f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>',
          f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>']
    for k, v in notes.items():
        xs.append(f'<w:{kind} w:id="{k}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                  f'<w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {v}</w:t></w:r></w:p></w:{kind}>')
    xs.append(f"</w:{kind}s>")
    return "".join(xs).encode("utf-8")


def _add(p, text: str, kind: str) -> None:
    """Paragraph ``p`` gets ``text``, each ``{nN}`` a reference to note N."""
    from docx.oxml import parse_xml
    for piece in re.split(r"(\{n\d+\})", text):
        m = re.fullmatch(r"\{n(\d+)\}", piece)
        if m:
            p._p.append(parse_xml(f'<w:r {_W}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  f'<w:{kind}Reference w:id="{m.group(1)}"/></w:r>'))
        elif piece:
            p.add_run(piece)


def _docx_with_notes(path, body: list[str], notes: dict[int, str], kind: str = "footnote",
                     table: list[list[str]] | None = None) -> None:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    d = docx.Document()
    for t in ("ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", "Số: 142/KH-UBND", "Hòa Bình, ngày 05 tháng 9 năm 2019", "KẾ HOẠCH",
              "Thông tin tuyên truyền về ASEAN giai đoạn 2019 - 2020"):
        d.add_paragraph(t)
    for t in body:
        _add(d.add_paragraph(), t, kind)
    if table:
        tb = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                _add(tb.cell(i, j).paragraphs[0], cell, kind)
    for t in ("III. TỔ CHỨC THỰC HIỆN", "Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.",
              "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Tám"):
        d.add_paragraph(t)
    part = Part(PackURI(f"/word/{kind}s.xml"),
                f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}s+xml",
                _notes_part(kind, notes), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES)
    d.save(path)


_TASKS = ["II. NHIỆM VỤ CỤ THỂ",
          "1. Thông tin trên báo chí{n2}",
          "Báo Hòa Bình chủ trì, phối hợp với Sở Thông tin và Truyền thông đưa tin về Hội nghị Cấp cao ASEAN "
          "lần thứ 35{n3} và năm Chủ tịch ASEAN 2020 của Việt Nam. Thời gian thực hiện: Quý IV/2019.",
          "2. Tập huấn nghiệp vụ",
          "Sở Nội vụ chủ trì tổ chức tập huấn cho cán bộ cơ sở{n4}. Thời gian thực hiện: Quý I/2020."]

# (preamble citing note 1, the basis note 1 gives, notes 2-4: on a heading and on task sentences)
NOTE_CASES = {
    "decision-in-note": (
        "Thực hiện Kế hoạch tuyên truyền về ASEAN của Ban Chỉ đạo Thông tin tuyên truyền ASEAN{n1} và Công văn "
        "số 03/BTTTT-BCĐASEAN ngày 26/6/2019 của Bộ Thông tin và Truyền thông, Ủy ban nhân dân tỉnh ban hành Kế "
        "hoạch như sau:",
        "Ban hành kèm theo Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Trưởng Ban Chỉ đạo Thông tin tuyên "
        "truyền ASEAN.", "02/QĐ-BCĐASEAN",
        {2: "Gồm Báo Hòa Bình và Đài Phát thanh và Truyền hình tỉnh.",
         3: "Hội nghị tổ chức tại Thái Lan tháng 11/2019.",
         4: "Theo Kế hoạch số 15/KH-BNV, hoàn thành trước ngày 30/11/2019."}),
    "plan-number-in-note": (
        "Căn cứ Kế hoạch của Bộ Thông tin và Truyền thông về thông tin đối ngoại{n1}; Ủy ban nhân dân tỉnh ban "
        "hành Kế hoạch như sau:",
        "Kế hoạch số 1251/KH-BTTTT ngày 12/4/2019 của Bộ Thông tin và Truyền thông.", "1251/KH-BTTTT",
        {2: "Chuyên mục do Sở Văn hóa, Thể thao và Du lịch phối hợp thực hiện.",
         3: "Diễn ra từ ngày 31/10 đến ngày 04/11/2019 tại Băng Cốc.",
         4: "Chậm nhất ngày 15/12/2019 các xã gửi danh sách học viên."}),
}


def _inline(body: list[str], notes: dict[int, str]) -> str:
    """The same plan as text, each note a line of its own after the paragraph that cites it."""
    lines = ["ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH", "Số: 142/KH-UBND", "Hòa Bình, ngày 05 tháng 9 năm 2019", "KẾ HOẠCH",
             "Thông tin tuyên truyền về ASEAN giai đoạn 2019 - 2020"]
    for t in body:
        cited = [int(n) for n in re.findall(r"\{n(\d+)\}", t)]
        lines += [re.sub(r"\{n\d+\}", "", t), *[notes[n] for n in cited]]
    lines += ["III. TỔ CHỨC THỰC HIỆN", "Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.",
              "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Tám"]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize("kind", ["footnote", "endnote"])
@pytest.mark.parametrize("case", list(NOTE_CASES))
def test_docx_note_gives_the_basis_and_reads_as_the_plans_words(tmp_path, case, kind):
    preamble, note1, number, notes = NOTE_CASES[case]
    path = tmp_path / "plan.docx"
    body = [preamble, "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức về ASEAN.", *_TASKS]
    _docx_with_notes(path, body, {1: note1, **notes}, kind)
    plan = planparse.parse(path)
    assert number in [b.number for b in plan.meta.basis], plan.meta.basis
    titles = [s.title for s in plan.sections]
    assert "Thông tin trên báo chí" in titles and "Tập huấn nghiệp vụ" in titles, titles
    # a note's deadline ("hoàn thành trước ngày 30/11/2019" on a task's sentence) is the task's
    note4 = {"decision-in-note": "trước ngày 30/11/2019", "plan-number-in-note": "Chậm nhất ngày 15/12/2019"}[case]
    assert note4 in [d.text for d in plan.deadlines], [d.text for d in plan.deadlines]
    tasks = {t.title: t for t in plan.tasks}
    assert [x.name for x in tasks["Thông tin trên báo chí"].support] == ["Sở Thông tin và Truyền thông"]
    # and the plan reads as the same words typed with each note below its paragraph
    typed = planparse.parse(_inline(body, {1: note1, **notes}))
    assert [(d.kind, d.text, d.section) for d in plan.deadlines] == [(d.kind, d.text, d.section) for d in typed.deadlines]
    assert [(a.agency.name, a.section) for a in plan.assignments] == [(a.agency.name, a.section) for a in typed.assignments]
    assert [(t.id, t.timeframe and t.timeframe.text) for t in plan.tasks] == [(t.id, t.timeframe and t.timeframe.text) for t in typed.tasks]


def test_docx_note_cited_in_a_table_cell_is_read_once(tmp_path):
    path = tmp_path / "plan.docx"
    body = ["Căn cứ Kế hoạch của Ban Chỉ đạo{n1}, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
            "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức về ASEAN.", "II. NHIỆM VỤ CỤ THỂ"]
    table = [["STT", "Nội dung", "Chủ trì", "Thời gian"],
             ["1", "Tuyên truyền trên báo chí{n2}", "Báo Hòa Bình", "Năm 2020"]]
    _docx_with_notes(path, body, {1: "Kế hoạch số 15/KH-BCĐASEAN ngày 02/7/2019.",
                                  2: "Hội nghị tổ chức tại Thái Lan từ ngày 31/10 đến ngày 04/11/2019."},
                     table=table)
    doc = ingest(path)
    assert doc.text.count("Hội nghị tổ chức tại Thái Lan") == 1
    plan = planparse.parse(path)
    assert "15/KH-BCĐASEAN" in [b.number for b in plan.meta.basis]
    assert [d.section for d in plan.deadlines if d.text == "Năm 2020"] == ["II.1"], plan.deadlines


# ---------------------------------------------------------------------------------------------
# Skewed scans: the page is turned level before Tesseract reads it
# ---------------------------------------------------------------------------------------------
# A sheet fed askew by 1-2° made Tesseract read the end of a heading's line into the next line
# ("3. Các cơ quan, ban, ngành, đoàn thể huyện" + "nhiệm vụ, chủ động triển khai các nội dung") and cut
# "trước ngày 05/12/2022" to "05/1" (Trà Vinh, Cầu Ngang 145/KH-UBND: 200 dpi JPEG, pages turned
# 1.4°, -1.1°, 1.7°).

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
_FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"


def _text_page(paragraphs: list[tuple[str, bool]], dpi: int = 200):
    """An A4 page image with ``paragraphs`` ((text, bold)) justified between 2.5 cm margins, each
    paragraph's first line indented (a heading's too, as Word sets a numbered heading)."""
    from PIL import Image, ImageDraw, ImageFont
    px = dpi / 72
    w, h = round(595 * px), round(842 * px)
    img = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(img)
    left, right, y = round(71 * px), round(524 * px), round(70 * px)
    for text, bold in paragraphs:
        font = ImageFont.truetype(_FONT_BOLD if bold else _FONT, round(13 * px))
        words, line, x0 = text.split(), [], left + round(28 * px)
        lines = []
        for word in words:
            if line and draw.textlength(" ".join(line + [word]), font=font) > right - x0:
                lines.append((x0, line))
                line, x0 = [], left
            line.append(word)
        lines.append((x0, line))
        for k, (x, ws) in enumerate(lines):
            if k < len(lines) - 1 and len(ws) > 1:  # justified: the spaces share the line's slack
                slack = right - x - sum(draw.textlength(t, font=font) for t in ws)
                gap = slack / (len(ws) - 1)
                for t in ws:
                    draw.text((x, y), t, font=font, fill=0)
                    x += draw.textlength(t, font=font) + gap
            else:
                draw.text((x, y), " ".join(ws), font=font, fill=0)
            y += round(19 * px)
        y += round(4 * px)
    return img


def _bare(s: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def _skew(img, angle: float):
    from PIL import Image
    return img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)


@pytest.mark.parametrize("angle", [-3.0, -1.7, -1.1, -0.5, 0.0, 0.3, 0.6, 1.4, 2.2, 4.0])
def test_skew_angle_is_measured(angle):
    from planparse.ingest.ocr import skew_angle
    paras = [(_PAGE[k % len(_PAGE)][0], _PAGE[k % len(_PAGE)][1]) for k in range(14)]
    img = _skew(_text_page(paras), angle)
    got = skew_angle(img, 200 / 72)
    if abs(angle) < 0.4:  # a slight tilt Tesseract copes with: the page is read as it is
        assert got == 0.0
    else:
        assert abs(got - angle) <= 0.15, (angle, got)


def test_skew_angle_of_a_blank_or_pictured_page_is_zero():
    from PIL import Image, ImageDraw
    from planparse.ingest.ocr import skew_angle
    blank = Image.new("L", (1654, 2339), 255)
    assert skew_angle(blank, 200 / 72) == 0.0
    pic = blank.copy()
    ImageDraw.Draw(pic).ellipse((400, 600, 1200, 1400), fill=40)  # a seal-like blot, no lines of text
    assert skew_angle(pic, 200 / 72) == 0.0


_PAGE = [
    ("V. TỔ CHỨC THỰC HIỆN", True),
    ("1. Phòng Văn hóa và Thông tin huyện", True),
    ("Là cơ quan thường trực, hướng dẫn, đôn đốc các cơ quan, đơn vị triển khai Kế hoạch; tổng hợp, báo cáo "
     "kết quả về Ủy ban nhân dân huyện và Sở Thông tin và Truyền thông trước ngày 05/12/2022.", False),
    ("2. Phòng Tài chính - Kế hoạch huyện", True),
    ("Tham mưu bố trí kinh phí thực hiện Kế hoạch theo quy định.", False),
    ("3. Các cơ quan, ban, ngành, đoàn thể huyện", True),
    ("Căn cứ chức năng, nhiệm vụ, chủ động triển khai các nội dung được phân công; định kỳ hằng quý báo cáo "
     "kết quả về Phòng Văn hóa và Thông tin huyện để tổng hợp.", False),
    ("4. Ủy ban nhân dân các xã, thị trấn", True),
    ("Chỉ đạo công chức văn hóa - xã hội và Đài truyền thanh xã phối hợp thực hiện các nhiệm vụ tại mục III "
     "của Kế hoạch này; tổ chức tuyên truyền trong quý III/2022.", False),
]


def _scan_pdf(path, img) -> None:
    """The page image as a scanner writes it: greyscale JPEG (quality 60) in a PDF at 200 dpi."""
    import io
    from PIL import Image
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=60)
    Image.open(io.BytesIO(buf.getvalue())).save(path, format="PDF", resolution=200)


@pytest.mark.parametrize("angle", [-1.8, -1.1, 1.4, 2.0])
def test_skewed_scan_reads_headings_and_dates_on_their_lines(tmp_path, angle):
    from planparse.ingest.ocr import tesseract_available
    if not tesseract_available():
        pytest.skip("Tesseract with its Vietnamese model is not installed")
    path = tmp_path / "scan.pdf"
    _scan_pdf(path, _skew(_text_page(_PAGE), angle))
    doc = ingest(path)
    # (a bold capital's marks are Tesseract's to misread: the line is what is tested)
    lines = [_bare(ln.strip()) for ln in doc.text.splitlines()]
    for text, bold in _PAGE:
        if bold:
            assert _bare(text) in lines, (angle, text, lines)
    assert "trước ngày 05/12/2022" in doc.text, doc.text
    assert "định kỳ hằng quý" in doc.text, doc.text
    assert "quý III/2022" in doc.text, doc.text


# ---------------------------------------------------------------------------------------------
# Wrapped lines of a PDF's text layer re-joined by geometry
# ---------------------------------------------------------------------------------------------
# Hà Tĩnh, Can Lộc 312/KH-UBND (Chromium print, justified, first lines indented 28 pt, a landscape annex
# page): no wrapped line was re-joined — one right margin for the document was the landscape page's, so
# no portrait line reached it — and a bold heading over three lines was cut at its first line's end
# ("… Huyện đoàn, Hội" / "Liên hiệp Phụ nữ huyện …": "Hội" became an assignee), a line ending on
# "Đơn vị phối hợp:" lost its agencies on the next line.

from planparse.ingest import pdf as pdf_mod  # noqa: E402
from planparse.ingest.pdf import PLine  # noqa: E402

_LEFT, _RIGHT, _INDENT, _PITCH = 76.5, 546.7, 104.8, 15.7


def _para(page: int, top: float, lines: list[str], last_full: bool = False) -> list[PLine]:
    """A justified paragraph: the first line indented, every line but the last reaching the right margin."""
    out = []
    for k, t in enumerate(lines):
        x0 = _INDENT if k == 0 else _LEFT
        full = k < len(lines) - 1 or last_full
        x1 = _RIGHT if full else x0 + 5.6 * len(t)
        out.append(PLine(page, x0, top + k * _PITCH, x1, top + k * _PITCH + 13, t))
    return out


_HEADING3 = ["3. Đề nghị Ủy ban MTTQ Việt Nam huyện, Huyện đoàn, Hội",
             "Liên hiệp Phụ nữ huyện và Hội Nông dân huyện chỉ đạo hệ",
             "thống cơ sở lồng ghép tuyên truyền về ASEAN trong các hoạt", "động của tổ chức mình."]
_FIELD = ["- Đơn vị chủ trì: Ủy ban MTTQ Việt Nam huyện; Đơn vị phối hợp:",
          "Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện, Huyện đoàn."]
_FIELD2 = ["+ Cơ quan chủ trì: Phòng Văn hóa và Thông tin huyện; phối hợp:",
           "Trung tâm Văn hóa - Truyền thông huyện, UBND các xã, thị trấn."]


def _body_page(page: int, extra: list[list[str]]) -> list[PLine]:
    """Short numbered headings (one line, indented) each with a short body: indented first lines
    outnumber the flush continuation lines."""
    out, top = [], 60.0
    for k in range(6):
        out += _para(page, top, [f"{k + 1}. Nhiệm vụ số {k + 1} của huyện"])
        top += 17.3
        out += _para(page, top, ["Tổ chức tuyên truyền về ASEAN cho cán bộ, đảng viên và Nhân dân trên",
                                 "địa bàn huyện."])
        top += 2 * _PITCH + 1.6
    for lines in extra:
        out += _para(page, top, lines)
        top += len(lines) * _PITCH + 1.6
    return out


def _landscape_annex(page: int) -> list[PLine]:
    out = [PLine(page, 387, 57, 456, 72, "PHỤ LỤC")]
    for k in range(8):
        top = 120 + 40 * k
        out.append(PLine(page, 68.7, top, 760.5, top + 13, f"{k + 1} Nội dung nhiệm vụ số {k + 1} trên Trang thông tin "
                                                           f"Phòng Văn hóa và 2019 - 2020 02 chuyên mục/tháng"))
        out.append(PLine(page, 105.6, top + 15, 330, top + 28, "điện tử huyện và Fanpage Thông tin huyện"))
    return out


@pytest.mark.parametrize("annex", [False, True], ids=["portrait", "with-landscape-annex"])
@pytest.mark.parametrize("extra", [[_HEADING3], [_FIELD], [_FIELD2], [_HEADING3, _FIELD]],
                         ids=["heading-3-lines", "label-colon", "label-colon-2", "both"])
def test_wrapped_lines_of_a_paragraph_are_rejoined(extra, annex):
    pages = [_body_page(0, []), _body_page(1, extra)]
    if annex:
        pages.append(_landscape_annex(2))
    widths = [595.0, 595.0, 842.0][:len(pages)]
    text, _, _ = pdf_mod._join(pages, set(), widths)
    lines = text.split("\n")
    for para in extra:
        assert " ".join(para) in lines, (para, lines)
    # the short headings and their bodies stay lines of their own
    assert "1. Nhiệm vụ số 1 của huyện" in lines
    assert ("Tổ chức tuyên truyền về ASEAN cho cán bộ, đảng viên và Nhân dân trên địa bàn huyện.") in lines
    if annex:  # a table's cells are not a paragraph's lines
        assert "điện tử huyện và Fanpage Thông tin huyện" in lines


def test_a_heading_that_fills_its_line_keeps_the_next_paragraph_apart():
    """A full-width heading line followed by an indented first line: two paragraphs."""
    page = _body_page(0, [])
    top = page[-1].top + 20
    page += [PLine(0, _INDENT, top, _RIGHT, top + 13, "7. Tuyên truyền trên hệ thống truyền thanh và Trang thông tin"),
             *_para(0, top + 17.3, ["Mở chuyên mục về ASEAN trên Đài Truyền thanh huyện, tiếp sóng các chương",
                                    "trình về ASEAN."])]
    text, _, _ = pdf_mod._join([page], set(), [595.0])
    assert "7. Tuyên truyền trên hệ thống truyền thanh và Trang thông tin" in text.split("\n")


@pytest.mark.parametrize("lines,want", [
    (["cho cán bộ trong quý IH/2022."], "cho cán bộ trong quý III/2022."),
    (["hoàn thành trong Quý IHI/2021"], "hoàn thành trong Quý III/2021"),
    (["tổ chức hội nghị trong quý H/2023."], "tổ chức hội nghị trong quý II/2023."),
    (["tổ chức hội nghị trong quý IV/2023."], "tổ chức hội nghị trong quý IV/2023."),
    (["Thời gian thực hiện: Quý TIII/2020."], "Thời gian thực hiện: Quý III/2020."),
    (["Thời gian thực hiện: Quý 1/2020; quý II/2020."], "Thời gian thực hiện: Quý 1/2020; quý II/2020."),
    (["các xã, thị trấn trong quý", "IH/2022."], "các xã, thị trấn trong quý\nIII/2022."),
    (["Hội nghị", "IH/2022 của Bộ"], "Hội nghị\nIH/2022 của Bộ"),  # no "quý" before it: left alone
])
def test_ocr_quarter_numeral_read_as_h(lines, want):
    from planparse.ingest.ocr import _fix, fix_label_case
    page = [PLine(0, 70, 100 + 20 * k, 520, 113 + 20 * k, _fix(t)) for k, t in enumerate(lines)]
    fix_label_case([page])
    assert "\n".join(ln.text for ln in page) == want


def test_a_right_column_line_is_not_continued_by_the_left_column():
    """The motto ends at the right margin; the issuer's second line below it at the left margin is
    another column's line, not the motto's continuation (Lạng Sơn 215/KH-SVHTTDL read as a scan)."""
    page = [PLine(0, 90, 40, 250, 53, "UBND TỈNH LẠNG SƠN"),
            PLine(0, 300, 40, _RIGHT, 53, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
            PLine(0, 80, 56, 270, 69, "SỞ VĂN HÓA, THỂ THAO"),
            PLine(0, 330, 58, _RIGHT, 71, "Độc lập - Tự do - Hạnh phúc"),
            PLine(0, _LEFT + 5, 74, 250, 87, "VÀ DU LỊCH")] + _body_page(0, [_HEADING3])[:-4]
    for ln in page[5:]:
        ln.top += 60
        ln.bottom += 60
    text, _, _ = pdf_mod._join([page], set(), [595.0])
    lines = text.split("\n")
    assert "Độc lập - Tự do - Hạnh phúc" in lines and "VÀ DU LỊCH" in lines, lines


@pytest.mark.parametrize("text,want", [
    ("báo cáo kết quả hãng tuần về Sở", "báo cáo kết quả hằng tuần về Sở"),
    ("Định kỳ hăng quý, báo cáo", "Định kỳ hằng quý, báo cáo"),
    ("Hẳng năm, tổ chức hội nghị", "Hằng năm, tổ chức hội nghị"),
    ("báo cáo hằng tháng", "báo cáo hằng tháng"),
    ("thông tin của hãng tin nước ngoài", "thông tin của hãng tin nước ngoài"),  # a firm: left alone
    ("doanh thu của các hãng năm 2020", "doanh thu của các hãng năm 2020"),  # the firms in 2020
])
def test_ocr_every_read_with_another_mark(text, want):
    """Tesseract reads the ă of "hằng" under another mark ("hãng tuần" in a district's scan): before a
    unit of time it is always "hằng"."""
    from planparse.ingest.ocr import _fix
    assert _fix(text) == want
