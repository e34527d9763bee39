"""Unseen set 13 (tests/cases/unseen13/): the mechanisms its plans showed missing, case by case.

Set 13's authors never ran planparse: a forwarded Gmail page, an OCR export with hyphenated words, a task
table nested in a layout table's cell, Markdown with ordinal task headings; a legal database page with <sup>
notes, a shaded LibreOffice PDF, a ward's "Một là, Hai là" paragraphs, a department's lettered parts with
"– X chủ trì" roles.
"""
from __future__ import annotations

import pytest

import planparse

HEAD = "SỞ CÔNG THƯƠNG TỈNH NGHỆ AN\nSố: 3120/KH-SCT\nKẾ HOẠCH\nTuyên truyền về ASEAN năm 2020\n\nI. MỤC ĐÍCH\nNâng cao.\n"


def test_capital_letter_groups_inside_a_roman_part():
    """``II. NHIỆM VỤ`` / ``A. PHỔ BIẾN …`` / ``1. …`` (Nghệ An 3120/KH-SCT): the letters group the part's items,
    ``II.A.1``; the next Roman part closes the group (before: ``A`` a top of its own and ``C.III`` after it)."""
    p = planparse.parse(HEAD + "II. NHIỆM VỤ CỤ THỂ\nA. PHỔ BIẾN THÔNG TIN\n1. Tổ chức hội nghị phổ biến cam kết.\n"
                        "2. Phát hành tờ rơi.\nB. XÚC TIẾN THƯƠNG MẠI\n1. Tham gia hội chợ.\nIII. KINH PHÍ\nNgân sách.\n"
                        "IV. TỔ CHỨC THỰC HIỆN\n1. Văn phòng Sở\nTổng hợp.\n")
    assert [s.id for s in p.sections] == ["I", "II", "II.A", "II.A.1", "II.A.2", "II.B", "II.B.1", "III", "IV", "IV.1"]
    assert [t.id for t in p.tasks] == ["II.A.1", "II.A.2", "II.B.1"]


def test_capital_letter_parts_over_roman_ones_stay_parts():
    p = planparse.parse(HEAD.replace("I. MỤC ĐÍCH\nNâng cao.\n", "") + "A. MỤC ĐÍCH\nI. MỤC ĐÍCH\nNâng cao.\n"
                        "B. NHIỆM VỤ\nI. THÔNG TIN\n1. Tuyên truyền.\n")
    assert [s.id for s in p.sections] == ["A", "A.I", "B", "B.I", "B.I.1"]


def test_roles_in_a_clause_after_a_dash():
    p = planparse.parse(HEAD + "II. NHIỆM VỤ\n1. Tổ chức hội nghị phổ biến các cam kết trong quý I/2020 - Phòng "
                        "Quản lý Thương mại chủ trì, phối hợp với Cục Hải quan tỉnh Nghệ An.\n")
    [t] = p.tasks
    assert [a.name for a in t.lead] == ["Phòng Quản lý Thương mại"]
    assert [a.name for a in t.support] == ["Cục Hải quan tỉnh Nghệ An"]


@pytest.mark.parametrize("items", [
    ["Một là, tuyên truyền trên hệ thống loa truyền thanh của phường.", "Hai là, tuyên truyền trên Trang thông tin điện tử.",
     "Ba là, lồng ghép trong sinh hoạt tổ dân phố."],
    ["Nhiệm vụ thứ nhất: Tuyên truyền trên hệ thống loa", "Nhiệm vụ thứ hai: Tuyên truyền trên Trang thông tin điện tử",
     "Nhiệm vụ thứ ba: Lồng ghép trong sinh hoạt tổ dân phố"],
])
def test_items_counted_in_words(items):
    """A ward's "Một là, …" paragraphs (Hoàng Văn Thụ 58/KH-UBND) and "Nhiệm vụ thứ nhất:" headings (Ba Đồn
    312/KH-UBND) are the part's items in order (before: no task)."""
    p = planparse.parse(HEAD + "II. NHIỆM VỤ CỤ THỂ\n" + "\n".join(items) + "\nIII. KINH PHÍ\nNgân sách phường.\n")
    assert [t.id for t in p.tasks] == ["II.1", "II.2", "II.3"]


def test_a_part_number_in_a_layout_tables_left_cell(tmp_path):
    """Chư Sê 98/KH-UBND: the page is a two-column table, each part's number alone in the left cell and its
    heading, paragraphs and a nested task table in the right; the number opens the part's heading (before:
    every part after II lost)."""
    import docx
    d = docx.Document()
    for line in HEAD.strip().split("\n")[:4]:
        d.add_paragraph(line)
    t = d.add_table(rows=0, cols=2)
    parts = [("I.", ["MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.", "Bám sát định hướng."]),
             ("II.", ["NHIỆM VỤ CỤ THỂ", "1. Tuyên truyền trên sóng truyền thanh", "Đơn vị chủ trì: Đài Truyền thanh huyện.",
                      "2. Tập huấn", "Đơn vị chủ trì: Phòng Văn hóa và Thông tin."]),
             ("III.", ["KINH PHÍ THỰC HIỆN", "Ngân sách huyện."]),
             ("IV.", ["TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa và Thông tin", "- Tổng hợp, báo cáo."])]
    for label, paras in parts:
        left, right = t.add_row().cells
        left.text = label
        right.text = paras[0]
        for x in paras[1:]:
            right.add_paragraph(x)
    path = tmp_path / "layout.docx"
    d.save(path)
    p = planparse.parse(path)
    assert [s.id for s in p.sections] == ["I", "II", "II.1", "II.2", "III", "IV", "IV.1"]
    assert [(x.id, [a.name for a in x.lead]) for x in p.tasks] == [
        ("II.1", ["Đài Truyền thanh huyện"]), ("II.2", ["Phòng Văn hóa và Thông tin"])]


def test_an_html_line_break_in_a_markdown_paragraph():
    """Ba Đồn 312/KH-UBND: the header written ``**ỦY BAN NHÂN DÂN**<br>**THỊ XÃ BA ĐỒN**<br>Số: …``: each
    ``<br>`` a line break, so the header's lines are read (before: the issuer taken from the preamble's
    first body, the province's committee)."""
    from planparse.ingest.markdown import read_markdown
    text, _ = read_markdown("**ỦY BAN NHÂN DÂN**<br>**THỊ XÃ BA ĐỒN**<br/>Số: 312/KH-UBND\n\nKẾ HOẠCH\n")
    assert [x.strip("*") for x in text.split("\n")[:3]] == ["ỦY BAN NHÂN DÂN", "THỊ XÃ BA ĐỒN", "Số: 312/KH-UBND"]
