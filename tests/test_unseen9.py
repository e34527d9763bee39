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
