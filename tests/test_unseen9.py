"""Unseen set 9 (tests/cases/unseen9/): the mechanisms its plans showed missing, case by case.

Set 9's authors never ran planparse: an Obsidian note, a PDF viewer's copy of a two-column print, a city
portal's article holding a 2026-2030 plan, a commune's LibreOffice DOCX; a header in Word text boxes, a task
table numbered by Word, a CT/PH matrix annex, a joint plan pasted as tab-separated text.
"""
from __future__ import annotations

import pytest

import planparse

HEAD = "UBND TỈNH NINH BÌNH\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 412/KH-STTTT\nNinh Bình, ngày 12 tháng 4 năm 2022\n\n"
BODY = "\n\nCăn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021;\n\nI. MỤC ĐÍCH\n1. Mục đích\nNâng cao nhận thức.\n"


@pytest.mark.parametrize("type_line, title", [
    ("KẾ HOẠCH\nThông tin, tuyên truyền về ASEAN năm 2022", "Thông tin, tuyên truyền về ASEAN năm 2022"),
    # a note's or a portal's heading: the type and the subject in one sentence-case line
    ("Kế hoạch thông tin, tuyên truyền về ASEAN năm 2022", "Thông tin, tuyên truyền về ASEAN năm 2022"),
    ("Kế hoạch số 12/KH-UBND ngày 3/4/2022", None),  # a citation of a plan, no title
])
def test_type_and_subject_on_one_line(type_line, title):
    m = planparse.parse(HEAD + type_line + BODY).meta
    assert (m.doc_type, m.title) == ("Kế hoạch", title)


def test_a_role_matrix_gives_each_row_its_agencies():
    """A "Phân công" annex with tasks as rows and one column per agency, each cell ``CT`` (chủ trì) or
    ``PH`` (phối hợp) (Sóc Trăng 183/KH-UBND): the marks give each row its lead and support; the header
    of a marked column names the agency."""
    from planparse.layout.tables import Table, task_rows
    t = Table(rows=[["STT", "Nhiệm vụ", "Sở TT&TT", "Báo Sóc Trăng", "Đài PTTH tỉnh", "UBND cấp huyện", "Thời gian"],
                    ["1", "Duy trì cơ chế phối hợp", "CT", "PH", "", "PH", "2019 - 2020"],
                    ["2", "Tuyên truyền trên báo chí", "PH", "CT", "CT", "", "Thường xuyên"]], source="pdf")
    rows = task_rows(t)
    assert [(r.cells["lead"], r.cells["support"]) for r in rows] == [
        ("Sở TT&TT", "Báo Sóc Trăng; UBND cấp huyện"), ("Báo Sóc Trăng; Đài PTTH tỉnh", "Sở TT&TT")]
    assert rows[0].cells["time"] == "2019 - 2020" and rows[1].cells["content"] == "Tuyên truyền trên báo chí"
    # columns of other words are no matrix: a table of names is not read as marks
    plain = Table(rows=[["STT", "Nhiệm vụ", "Ghi chú A", "Ghi chú B"], ["1", "Việc một", "xong", "tốt"]])
    assert task_rows(plain) == []
