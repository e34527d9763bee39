"""Unseen set 10 (tests/cases/unseen10/): the mechanisms its plans showed missing, case by case.

Set 10's authors never ran planparse: Word heading styles with no numbers printed, pdftotext -layout text
with a task table, task cards (a small table per task), a legal site's <details> sections with a CSS-grid
annex; an image-only scan with a ruled annex, Windows-1258 text, four levels of numbering, a Huyện ủy's
plan in the Party form.
"""
from __future__ import annotations

import planparse


def _docx(tmp_path, paragraphs, tables=()):
    import docx
    d = docx.Document()
    for style, text in paragraphs:
        if style == "table":
            t = d.add_table(rows=0, cols=2)
            for k, v in text:
                cells = t.add_row().cells
                cells[0].text, cells[1].text = k, v
        else:
            d.add_paragraph(text, style=style)
    path = tmp_path / "plan.docx"
    d.save(path)
    return path


HEAD = [(None, "ỦY BAN NHÂN DÂN TỈNH LONG AN"), (None, "Số: 12/KH-UBND"), (None, "KẾ HOẠCH"),
        (None, "Thông tin về ASEAN năm 2023")]


def test_headings_set_by_word_styles_alone_are_numbered_by_position(tmp_path):
    """A plan whose parts are "Heading 1" and whose items are "Heading 2", no number printed or drawn
    (Long An 2876/KH-STTTT): they are numbered by position, as Word's lost numbering is, so the parts
    and tasks are the styles' (before: no section at all)."""
    path = _docx(tmp_path, HEAD + [
        ("Heading 1", "Mục đích, yêu cầu"), (None, "Nâng cao nhận thức."),
        ("Heading 1", "Nhiệm vụ cụ thể"),
        ("Heading 2", "Tuyên truyền trên báo chí"), (None, "Đơn vị chủ trì: Báo Long An."),
        ("Heading 2", "Tập huấn kỹ năng tuyên truyền"), (None, "Đơn vị chủ trì: Sở Thông tin và Truyền thông."),
        ("Heading 1", "Kinh phí"), (None, "Ngân sách tỉnh."),
    ])
    p = planparse.parse(path)
    assert [s.id for s in p.sections] == ["I", "II", "II.1", "II.2", "III"]
    assert [(t.id, [a.name for a in t.lead]) for t in p.tasks] == [
        ("II.1", ["Báo Long An"]), ("II.2", ["Sở Thông tin và Truyền thông"])]


def test_headings_that_print_their_numbers_are_left_as_written(tmp_path):
    path = _docx(tmp_path, HEAD + [("Heading 1", "I. MỤC ĐÍCH"), (None, "Nâng cao."), ("Heading 1", "II. NHIỆM VỤ"),
                                   ("Heading 2", "1. Tuyên truyền"), ("Heading 1", "III. KINH PHÍ")])
    assert [s.id for s in planparse.parse(path).sections] == ["I", "II", "II.1", "III"]


def test_a_tasks_card_is_read_as_its_fields(tmp_path):
    """Each task a numbered paragraph over a two-column card (Ba Tri 45/KH-UBND): the card's rows are the
    task's fields."""
    path = _docx(tmp_path, HEAD + [
        (None, "I. NHIỆM VỤ CỤ THỂ"), (None, "1. Tuyên truyền trên hệ thống truyền thanh"),
        ("table", [("Nhiệm vụ", "Xây dựng chuyên mục về ASEAN."), ("Chủ trì", "Đài Truyền thanh huyện"),
                   ("Phối hợp", "Phòng Văn hóa và Thông tin; UBND các xã, thị trấn"),
                   ("Thời gian", "Từ tháng 4 đến tháng 12/2020")]),
        (None, "II. KINH PHÍ"), (None, "Ngân sách huyện."),
    ])
    t = planparse.parse(path).tasks[0]
    assert [a.name for a in t.lead] == ["Đài Truyền thanh huyện"]
    assert [a.name for a in t.support] == ["Phòng Văn hóa và Thông tin", "Ủy ban nhân dân các xã, thị trấn"]
    assert (t.timeframe.start, t.timeframe.end) == ("2020-04-01", "2020-12-31")


def test_a_layout_table_ends_before_the_next_part():
    """``pdftotext -layout``: the task table's content column is indented as far as the next part's
    heading, which ended up inside the table's last row (Hải Phòng 263/KH-UBND lost its parts IV and V)."""
    from planparse.layout.tables import text_tables
    text = "\n".join([
        "STT          Nội dung nhiệm vụ               Cơ quan chủ trì     Cơ quan phối      Thời gian",
        "                                                                      hợp          thực hiện",
        " 1   Theo dõi dư luận xã hội; phản bác      Công an thành      Sở Thông tin và     Thường",
        "      thông tin sai trái                     phố                Truyền thông         xuyên",
        "      IV. KINH PHÍ THỰC HIỆN",
        "      Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách thành phố.",
    ])
    [t] = text_tables(text)
    assert len(t.rows) == 2 and "KINH PHÍ" not in " ".join(t.rows[-1])


def test_a_party_committee_under_its_dang_bo():
    """The Party form's header: the Đảng bộ above, the committee that issues below (Củ Chi 215-KH/HU): the
    issuer is the committee, named by its own place; the province is the Đảng bộ's."""
    text = ("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH HUYỆN ỦY CỦ CHI Số 215-KH/HU | ĐẢNG CỘNG SẢN VIỆT NAM Củ Chi, ngày 17 tháng 3 "
            "năm 2023\nKẾ HOẠCH\nthông tin, tuyên truyền về ASEAN giai đoạn 2023 - 2025\n\nI. MỤC ĐÍCH\nNâng cao.\n")
    m = planparse.parse(text).meta
    assert (m.issuer, m.province) == ("Huyện ủy Củ Chi", "Hồ Chí Minh")


def test_an_annex_drawn_as_a_css_grid_with_aria_roles():
    """A legal site draws its annex table with <div>s and CSS grid, the structure said by ARIA roles
    (Khánh Hòa 4862/KH-UBND): read as a table — rows of as many cells as column headers, a ``row`` with no
    cells across the table (a group row)."""
    from planparse.ingest.html import read_html
    html = """<html><body><main><p>PHỤ LỤC</p><div role="grid" style="display:grid">
    <div role="columnheader">STT</div><div role="columnheader">Nhiệm vụ</div><div role="columnheader">Cơ quan chủ trì</div>
    <div role="row">I. THÔNG TIN TRÊN BÁO CHÍ</div>
    <div role="gridcell">1</div><div role="gridcell">Duy trì chuyên mục</div><div role="gridcell">Báo Khánh Hòa</div>
    <div role="gridcell">2</div><div role="gridcell">Sản xuất video</div><div role="gridcell">Sở Thông tin và Truyền thông</div>
    </div></main></body></html>"""
    doc = read_html(html.encode(), "grid.html")
    assert doc.tables == [[["STT", "Nhiệm vụ", "Cơ quan chủ trì"], ["I. THÔNG TIN TRÊN BÁO CHÍ"] * 3,
                           ["1", "Duy trì chuyên mục", "Báo Khánh Hòa"],
                           ["2", "Sản xuất video", "Sở Thông tin và Truyền thông"]]]


def test_a_slightly_tilted_scan_of_a_ruled_table_is_levelled_for_its_rules():
    """A scan tilted 0.38° (under the tilt the text is turned for): a 3,000-pixel column rule drifts 20
    pixels, so no vertical rule is found and the annex's cells were lost (Đồng Nai 9436/KH-UBND's 12 tasks).
    With rows ruled but no columns, the page is levelled and its rules looked for again."""
    from PIL import Image, ImageDraw

    from planparse.ingest.ocr import _leveled_for_rules, image_rules
    from planparse.ingest.pdf import grid_cells
    scale = 300 / 72
    img = Image.new("L", (2480, 3508), 255)
    d = ImageDraw.Draw(img)
    xs, ys = [200, 400, 1400, 1900, 2280], list(range(300, 3300, 300))
    for y in ys:
        d.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
    for x in xs:
        d.line([(x, ys[0]), (x, ys[-1])], fill=0, width=2)
    for y in ys[:-1]:  # text lines in the cells: what the tilt is measured on
        for x in xs[:-1]:
            d.rectangle([x + 30, y + 120, x + 150, y + 150], fill=0)
    tilted = img.rotate(-0.38, fillcolor=255, resample=Image.BICUBIC)
    edges = image_rules(tilted, scale)
    assert not grid_cells(edges)
    _, again, cells = _leveled_for_rules(tilted, scale, edges)
    assert len(cells) >= 30 and any(e["orientation"] == "v" for e in again)


# -- names (set 10's Cần Thơ 412/KH-SCT, set 8's Kon Tum 1862/KH-STTTT) ------------------------------

def test_a_fair_is_not_an_association():
    """``Trung tâm Xúc tiến Đầu tư - Thương mại và Hội chợ Triển lãm thành phố Cần Thơ`` is one centre: "Hội
    chợ" (a fair) is not "Hội" (an association), so the "và" does not open a second name (before: two
    agencies, the first resolved to another province's centre)."""
    from planparse.extract.agencies import split_list
    got = split_list("Trung tâm Xúc tiến Đầu tư - Thương mại và Hội chợ Triển lãm thành phố Cần Thơ")
    assert [a.name for a in got] == ["Trung tâm Xúc tiến Đầu tư - Thương mại và Hội chợ Triển lãm thành phố Cần Thơ"]
    assert [a.name for a in split_list("Sở Công Thương và Hội Doanh nhân trẻ tỉnh")] == [
        "Sở Công Thương", "Hội Doanh nhân trẻ tỉnh"]


def test_a_name_a_word_short_is_another_body():
    """The gazetteer's fuzzy match takes spelling variants, not names with a word missing."""
    from planparse.extract.agencies import lookup
    assert lookup("Trung tâm Xúc tiến Đầu tư - Thương mại") is None
    assert lookup("Trung tâm Xúc tiến Đầu tư, Thương mại và Du lich").name == \
        "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"
    # one word more or less is a locality or a cut, read by OCR or a PDF cell (set 5's Đắk Lắk photo, set 9's matrix)
    assert lookup("Trung tâm Xúc tiến Đâu tư, Thương mại và Du lịch tỉnh").name == \
        "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch"
    assert lookup("Ủy ban Mặt trận Tổ quốc Việt").name == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"


def test_broadcasting_on_ends_a_partners_name():
    from planparse.extract.agencies import split_list
    got = split_list("Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố phát trên đài truyền thanh cấp xã")
    assert [a.name for a in got] == ["Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố"]
