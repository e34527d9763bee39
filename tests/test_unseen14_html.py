"""Unseen set 14, the HTML reader: a part's number alone in a layout cell beside its content cell.

An old city portal (Châu Đốc 412/KH-UBND) lays the plan out in a borderless table: each row holds a
Roman part number in a narrow ``<td>`` and, in the cell beside it, the part's title and its body (tasks
as ``<ol>`` items, roles as ``<ul>`` items, paragraphs). The reader took the table for data and wrote
each row on one line (``I. | MỤC ĐÍCH, YÊU CẦU - Nâng cao …``): no part had its own heading line and
no task a line of its own, so the plan had no tasks. A browser shows the number beside the title, one
heading, and the cell's blocks below it; the DOCX reader reads the same layout so already. A table whose
left cells are numbers and whose right cells are one line each is a table of rows, as before.
"""
from __future__ import annotations

import pytest

import planparse
from planparse.ingest.html import read_html

_HEAD = ("<table><tr><td>ỦY BAN NHÂN DÂN<br><b>THÀNH PHỐ AN BÌNH</b><br>Số: 12/KH-UBND</td>"
         "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b><br>"
         "<i>An Bình, ngày 21 tháng 10 năm 2019</i></td></tr></table>"
         "<p align='center'><b>KẾ HOẠCH</b><br><b>Tuyên truyền về ASEAN năm 2020</b></p>")


def _page(parts: str) -> bytes:
    return (f"<html><body><div class='noi-dung'>{_HEAD}<table class='vb' border='0'>{parts}</table>"
            "</div></body></html>").encode("utf-8")


def _lines(parts: str) -> list[str]:
    return read_html(_page(parts), "x.html").text.split("\n")


_PURPOSE = ("<b>MỤC ĐÍCH, YÊU CẦU</b><ul><li>Nâng cao nhận thức về Cộng đồng ASEAN.</li>"
            "<li>Gắn tuyên truyền với quảng bá du lịch.</li></ul>")
_TASKS = ("<b>NHIỆM VỤ</b><ol><li><b>Tuyên truyền trên sóng truyền thanh.</b> Xây dựng chuyên mục ASEAN."
          "<ul><li>Chủ trì: Phòng Văn hóa và Thông tin thành phố.</li><li>Thời gian: Quý II/2020.</li></ul></li>"
          "<li><b>Quảng bá du lịch.</b><ol type='a'><li>Giới thiệu sản phẩm du lịch.</li>"
          "<li>Tổ chức gian hàng tại hội chợ.</li></ol>"
          "<ul><li>Chủ trì: Phòng Kinh tế thành phố.</li><li>Phối hợp: Hiệp hội Du lịch tỉnh.</li></ul></li></ol>")
_ORG = ("<b>TỔ CHỨC THỰC HIỆN</b><ol><li><b>Phòng Văn hóa và Thông tin thành phố:</b> Theo dõi, đôn đốc.</li></ol>"
        "<p>Đề nghị các cơ quan sau phối hợp thực hiện:</p>"
        "<ol start='2'><li><b>Ủy ban nhân dân các phường, xã:</b> Tuyên truyền trên loa truyền thanh.</li></ol>")

_WANT = ["I. MỤC ĐÍCH, YÊU CẦU", "- Nâng cao nhận thức về Cộng đồng ASEAN.", "- Gắn tuyên truyền với quảng bá du lịch.",
         "II. NHIỆM VỤ", "1. Tuyên truyền trên sóng truyền thanh. Xây dựng chuyên mục ASEAN.",
         "- Chủ trì: Phòng Văn hóa và Thông tin thành phố.", "- Thời gian: Quý II/2020.", "2. Quảng bá du lịch.",
         "a. Giới thiệu sản phẩm du lịch.", "b. Tổ chức gian hàng tại hội chợ.", "- Chủ trì: Phòng Kinh tế thành phố.",
         "- Phối hợp: Hiệp hội Du lịch tỉnh.",
         "III. TỔ CHỨC THỰC HIỆN", "1. Phòng Văn hóa và Thông tin thành phố: Theo dõi, đôn đốc.",
         "Đề nghị các cơ quan sau phối hợp thực hiện:",
         "2. Ủy ban nhân dân các phường, xã: Tuyên truyền trên loa truyền thanh."]


def _row(label: str, body: str) -> str:
    return f"<tr><td width='28'>{label}</td><td>{body}</td></tr>"


@pytest.mark.parametrize("labels", [
    ("<b>I.</b>", "<b>II.</b>", "<b>III.</b>"),                # bold, as the Châu Đốc portal has them
    ("I.", "II.", "III."),                                     # plain text
    ("<p> I. </p>", "<p><strong>II.</strong></p>", "<div>III.</div>"),  # in a block of its own
])
def test_a_part_number_in_its_own_cell_opens_the_title_beside_it(labels):
    rows = "".join(_row(lab, body) for lab, body in zip(labels, (_PURPOSE, _TASKS, _ORG)))
    got = _lines(rows)
    assert got[got.index("Tuyên truyền về ASEAN năm 2020") + 1:] == _WANT


def test_a_row_whose_label_cell_is_empty_continues_the_part_above():
    rows = _row("<b>I.</b>", _PURPOSE) + _row("", "<p>Bảo đảm tiết kiệm, hiệu quả.</p>") + _row("<b>II.</b>", _TASKS)
    got = _lines(rows)
    k = got.index("- Gắn tuyên truyền với quảng bá du lịch.")
    assert got[k + 1:k + 3] == ["Bảo đảm tiết kiệm, hiệu quả.", "II. NHIỆM VỤ"]


def test_a_table_of_numbered_one_line_rows_stays_a_table():
    rows = "".join(_row(f"{n}.", f"Nội dung {n}") for n in range(1, 4))
    got = _lines(rows)
    assert got[-3:] == ["1. | Nội dung 1", "2. | Nội dung 2", "3. | Nội dung 3"]


def test_plan_laid_out_beside_its_part_numbers_has_its_tasks_and_assignments():
    rows = "".join(_row(f"<b>{lab}</b>", body) for lab, body in zip(("I.", "II.", "III."), (_PURPOSE, _TASKS, _ORG)))
    plan = planparse.parse(read_html(_page(rows), "x.html"))
    assert [s.id for s in plan.sections if "." not in s.id] == ["I", "II", "III"]
    assert [(t.id, t.title) for t in plan.tasks] == [("II.1", "Tuyên truyền trên sóng truyền thanh"),
                                                     ("II.2", "Quảng bá du lịch")]
    assert [[a.name for a in t.lead] for t in plan.tasks] == [["Phòng Văn hóa và Thông tin thành phố"],
                                                             ["Phòng Kinh tế thành phố"]]
    assert [(a.section, a.agency.name) for a in plan.assignments] == [
        ("III.1", "Phòng Văn hóa và Thông tin thành phố"), ("III.2", "Ủy ban nhân dân các phường, xã")]


# "Đề nghị các cơ quan, đoàn thể sau phối hợp thực hiện:" between two lists leads in to the agencies
# below it: "the following agencies" is no agency of its own
@pytest.mark.parametrize("lead_in", [
    "Đề nghị các cơ quan, đoàn thể sau phối hợp thực hiện:",
    "Đề nghị các cơ quan sau đây phối hợp thực hiện:",
    "Giao các đơn vị dưới đây triển khai thực hiện:",
])
def test_a_collective_that_points_to_the_list_below_is_no_assignment(lead_in):
    text = ("I. MỤC ĐÍCH\nNâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Sở Ngoại vụ: Theo dõi, đôn đốc.\n"
            f"{lead_in}\n2. Sở Nội vụ: Hướng dẫn thi đua.\n")
    plan = planparse.parse(text)
    assert [(a.section, a.agency.name) for a in plan.assignments] == [("II.1", "Sở Ngoại vụ"), ("II.2", "Sở Nội vụ")]
