"""Unseen set 8 (tests/cases/unseen8/): the mechanisms its plans showed missing, case by case.

Set 8's authors never ran planparse: a wiki's Markdown (pipe tables with ``<br>`` in cells), a DOCX
with three-level typed numbering, a clerk's email body, Word's filtered HTML, a provincial portal's page,
an OCR'd fax, a LibreOffice PDF with a running header and a footnote, a district's field bullets.
"""
from __future__ import annotations

import planparse
from planparse.auditing.coverage import plan_units

FIELD_BULLETS = """ỦY BAN NHÂN DÂN HUYỆN PHỤNG HIỆP
Số: 86/KH-UBND
KẾ HOẠCH
Thông tin, tuyên truyền về ASEAN năm 2024

I. NHIỆM VỤ
1. Tuyên truyền trực quan
- Nội dung: Treo cờ ASEAN, băng rôn, pa nô tại trụ sở các cơ quan nhân kỷ niệm Ngày thành lập ASEAN.
+ Chủ trì: Phòng Văn hóa và Thông tin huyện.
+ Phối hợp: Ủy ban nhân dân các xã, thị trấn.
+ Thời gian: Tháng 8/2024.
2. Quảng bá hình ảnh huyện
- Hình thức: Video clip giới thiệu du lịch sinh thái của huyện tới du khách các nước ASEAN.
+ Chủ trì: Phòng Văn hóa và Thông tin huyện.
+ Thời gian: Năm 2024.
"""


def test_a_field_that_says_what_the_task_does_is_read_by_the_audit():
    """A plan written as field bullets says each task's substance in ``- Nội dung: …`` (or
    ``Hình thức: …``): the audit read none of it (a district plan's areas came out missing) because
    every field line was passed over as a role or a time. Roles and times still are."""
    plan = planparse.parse(FIELD_BULLETS)
    texts = [u.text for u in plan_units(plan)]
    assert any(t.startswith("Treo cờ ASEAN, băng rôn") for t in texts)
    assert any(t.startswith("Video clip giới thiệu du lịch") for t in texts)
    assert not any("Chủ trì" in t or "Tháng 8/2024" in t for t in texts)
    assert [a.name for a in plan.tasks[0].lead] == ["Phòng Văn hóa và Thông tin huyện"]


def test_prevent_and_combat_inside_a_name_is_no_list_break():
    """``phòng, chống`` (to prevent and combat) names a unit's field; the list split at its "và" and
    its comma made "Phòng, chống tội phạm …" an agency of its own (Bắc Ninh's PA05)."""
    from planparse.extract.agencies import split_list
    pa05 = "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao Công an tỉnh"
    assert [a.name for a in split_list(pa05 + ", Sở Tư pháp")] == [pa05, "Sở Tư pháp"]
    assert [a.name for a in split_list("Sở Nội vụ và Phòng Tư pháp huyện")] == ["Sở Nội vụ", "Phòng Tư pháp huyện"]


def test_a_request_opening_a_role_field_names_no_one():
    """``- Cơ quan chủ trì: Đề nghị Ủy ban MTTQ Việt Nam tỉnh, Tỉnh đoàn, …`` (a plan asks the Front and the
    unions, it cannot assign them): the first of them was lost with the request (Yên Bái 176/KH-UBND)."""
    from planparse.extract.agencies import split_list
    got = split_list("Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh")
    assert [a.name for a in got] == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh"]
    assert got[0].span == (8, 45)
    assert split_list("Giao thông vận tải") == []  # a sector, not "Giao" before a name
