"""Unseen set 12 (tests/cases/unseen12/): the mechanisms its plans showed missing, case by case.

Set 12's authors never ran planparse: a DOCX of soft line breaks, a LibreOffice PDF with a table of
contents, LibreOffice's HTML with list-markup numbering, a Zalo chat share with symbol bullets; a
cross-reference assignment table, pandoc GFM with raw HTML tables, an old portal of nested tables, a
landscape PDF; VNI text, a DOCX with footnotes and endnotes, a tilted tinted 150-dpi scan, a Hugo page.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import planparse

CASES = Path(__file__).parent / "cases" / "unseen12"

HEAD = "ỦY BAN NHÂN DÂN TỈNH CAO BẰNG\nSố: 2316/KH-UBND\nKẾ HOẠCH\nTuyên truyền về ASEAN năm 2020\n\n"


def test_a_table_of_contents_is_not_the_outline():
    """``MỤC LỤC`` and its entries (a title, dot leaders, a page number) before the body (Lào Cai 318/KH-STTTT):
    the headings count once, where they stand in the body (before: every part and task twice)."""
    text = HEAD + ("MỤC LỤC\nI. MỤC ĐÍCH, YÊU CẦU..........................2\nII. NHIỆM VỤ..........................2\n"
                   "1. Thông tin trên báo chí..........................3\nIII. KINH PHÍ . . . . . . . . . . 4\n"
                   "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\nII. NHIỆM VỤ\n1. Thông tin trên báo chí\n"
                   "Đơn vị chủ trì: Báo Cao Bằng.\nIII. KINH PHÍ\nNgân sách tỉnh.\n")
    p = planparse.parse(text)
    assert [s.id for s in p.sections] == ["I", "II", "II.1", "III"]
    assert "MỤC LỤC" not in p.text and "......" not in p.text


@pytest.mark.parametrize("line", ["Số: ......./KH-UBND", "Cao Bằng, ngày ..... tháng ..... năm 2020",
                                  "Họ và tên: ......................................"])
def test_dotted_blanks_are_not_a_table_of_contents(line):
    assert line.split(":")[0] in planparse.parse(HEAD + line + "\nI. MỤC ĐÍCH\nNâng cao.\n").text


def test_a_table_that_assigns_the_bodys_tasks_by_number():
    """``Nhiệm vụ 1, 2, 9 | Sở X | Sở Y | Thường xuyên`` (Cao Bằng 2316/KH-UBND, "PHÂN CÔNG THỰC HIỆN"):
    each task named takes the row's roles and time; the rows are no tasks of their own (before: seven
    tasks III.1-III.7 and no lead on any body task)."""
    p = planparse.parse(CASES / "cao-bang_2316-KH-UBND_2019_asean-crossref.docx")
    t = {x.id: x for x in p.tasks}
    assert sorted(t) == sorted(f"II.{k}" for k in range(1, 11))
    assert [a.name for a in t["II.9"].lead] == ["Sở Thông tin và Truyền thông"]
    assert [a.name for a in t["II.7"].lead] == ["Sở Văn hóa, Thể thao và Du lịch"]
    assert t["II.3"].timeframe.text == "Năm 2020"


def test_task_numbers_in_a_cell():
    from planparse.extract.annex import _task_numbers
    assert _task_numbers("Nhiệm vụ 1, 2, 9") == ["1", "2", "9"]
    assert _task_numbers("Các nhiệm vụ 3 - 5 và 8") == ["3", "4", "5", "8"]
    assert _task_numbers("Tổ chức hội nghị 2 lần") is None


def test_pictographs_of_a_chat_share_are_no_words():
    """A plan shared in a Zalo group (Lục Ngạn 147/KH-UBND): ``📌 KẾ HOẠCH``, ``👉 Chủ trì: …``, ``⏰ Thời gian: …``
    read as the type line and the task's fields (before: no title, no lead, no support)."""
    p = planparse.parse(HEAD.replace("KẾ HOẠCH", "📌 KẾ HOẠCH") + "I. NHIỆM VỤ\n1. Tuyên truyền trên Đài Truyền thanh\n"
                        "➢ Mở chuyên mục về ASEAN.\n👉 Chủ trì: Đài Truyền thanh huyện.\n👉 Phối hợp: Huyện đoàn.\n"
                        "⏰ Thời gian: Quý I/2020.\n")
    assert p.meta.title == "Tuyên truyền về ASEAN năm 2020"
    [t] = p.tasks
    assert [a.name for a in t.lead] == ["Đài Truyền thanh huyện"] and [a.name for a in t.support] == ["Huyện đoàn"]
    assert t.timeframe.text == "Quý I/2020"
    assert "📌" not in p.text and "- Mở chuyên mục" in p.text  # ➢ stays a bullet


@pytest.mark.parametrize("clause, sources", [
    ("Vận động doanh nghiệp tài trợ cho các hoạt động xúc tiến thương mại.", {"sponsorship"}),
    ("Kinh phí từ nguồn xã hội hóa, tài trợ hợp pháp khác.", {"socialization", "sponsorship"}),
    ("Kinh phí từ nguồn chi thường xuyên của các cơ quan; UBND huyện hỗ trợ 30 triệu đồng.",
     {"unit_budget", "state_budget"}),
])
def test_budget_sources_in_other_words(clause, sources):
    p = planparse.parse(HEAD + "I. NHIỆM VỤ\n1. Hội nghị\nTổ chức hội nghị.\nII. KINH PHÍ\n" + clause + "\n")
    assert set(p.budget.sources) == sources


@pytest.mark.parametrize("first, second, third", [
    ("I.MỤC ĐÍCH, YÊU CẦU", "I. NỘI DUNG TUYÊN TRUYỀN", "- HI.HÌNH THỨC TUYÊN TRUYỀN VÀ PHÂN CÔNG"),
    ("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG TUYÊN TRUYỀN", "III. HÌNH THỨC TUYÊN TRUYỀN VÀ PHÂN CÔNG"),
])
def test_ocr_part_labels_with_a_stroke_lost_or_a_speck_before(first, second, third):
    """Can Lộc 215/KH-UBND (150 dpi, tilted, tinted): Tesseract read "I.MỤC" with no space, "II." as a second
    "I." and "III." as "- HI." (before: no part III, none of its six tasks)."""
    from planparse.structure import build
    text = (f"KẾ HOẠCH\nTuyên truyền về ASEAN\nCăn cứ Kế hoạch số 12/KH-UBND của UBND tỉnh.\n{first}\nNâng cao nhận thức.\n"
            f"{second}\n1. Vai trò của ASEAN.\n{third}\n1. Tuyên truyền trên hệ thống truyền thanh\nNội dung.\n"
            "2. Tuyên truyền cổ động trực quan\nNội dung.\nIV. KINH PHÍ\nNgân sách huyện.\n")
    st = build(text, ocr=True)
    assert [s.id for s in st.sections] == ["I", "II", "II.1", "III", "III.1", "III.2", "IV"]


@pytest.mark.parametrize("text, names", [
    ("UBND xã Đàm Thủy và thị trấn Trùng Khánh", ["Ủy ban nhân dân xã Đàm Thủy", "Ủy ban nhân dân thị trấn Trùng Khánh"]),
    ("Đồn Biên phòng Đàm Thủy và Hải quan cửa khẩu Pò Peo", ["Đồn Biên phòng Đàm Thủy", "Hải quan cửa khẩu Pò Peo"]),
    ("Hạt Kiểm lâm huyện, Phòng Tài nguyên và Môi trường", ["Hạt Kiểm lâm huyện", "Phòng Tài nguyên và Môi trường"]),
])
def test_commune_committees_customs_and_district_units(text, names):
    """Trùng Khánh 156/KH-UBND: a commune's committee lends its head to the town after it; a border
    customs post and a district's forest-ranger or road unit open names of their own."""
    from planparse.extract.agencies import split_list
    assert [a.name for a in split_list(text)] == names


def test_a_lone_backslash_in_a_scan_is_a_speck():
    from planparse.ingest.ocr import _fix
    assert _fix("Chủ trì: Văn phòng HĐND \\ và UBND huyện") == "Chủ trì: Văn phòng HĐND và UBND huyện"
