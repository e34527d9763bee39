"""Budget (spec README "budget"): inside the budget section every sentence is a budget clause and
its money amounts count, whether or not it names the funding (``UBND huyện bố trí 60 triệu đồng
cho …``); outside it a sentence counts only when it speaks of funding. The section's heading is
no clause."""
from __future__ import annotations

import pytest

from planparse import parse

PURPOSE = "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Nâng cao nhận thức của cán bộ về ASEAN.\n\n"
TASKS = "II. NỘI DUNG\n\n1. Tổ chức hội nghị tuyên truyền về ASEAN cho cán bộ, công chức.\n\n"
ORG = "IV. TỔ CHỨC THỰC HIỆN\n\n1. Phòng Văn hóa và Thông tin chủ trì triển khai Kế hoạch.\n"

# how the budget section is laid out: {s} is the sentence stating the amount
LAYOUTS = {
    "roman heading, one paragraph": "III. KINH PHÍ THỰC HIỆN\n\nKinh phí thực hiện từ nguồn ngân sách huyện. {s} "
                                    "Khuyến khích huy động nguồn xã hội hóa.\n\n",
    "roman heading, numbered items": "III. KINH PHÍ THỰC HIỆN\n\n1. Kinh phí thực hiện từ nguồn ngân sách tỉnh.\n\n"
                                     "2. {s}\n\n",
    "heading in sentence case, the amount on its own line": "III. Kinh phí\n\nNguồn ngân sách nhà nước theo phân cấp.\n"
                                                            "{s}\n\n",
}
SENTENCES = [
    "Năm 2020, UBND huyện bố trí {a} cho hoạt động tuyên truyền trực quan và tổ chức hội nghị.",
    "Dự kiến tổ chức 02 hội nghị với tổng mức {a}.",
    "Mỗi hội nghị: {a}.",
]
AMOUNTS = [
    ("60 triệu đồng", [60_000_000]),
    ("60.000.000 đồng", [60_000_000]),
    ("1,5 tỷ đồng", [1_500_000_000]),
    ("15.000.000 đồng (Mười lăm triệu đồng)", [15_000_000]),
    ("60 triệu đồng (60.000.000 đồng)", [60_000_000]),
    ("500 nghìn đồng", [500_000]),
    ("500.000đ", [500_000]),
]


@pytest.mark.parametrize("amount, vnd", AMOUNTS)
@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_sentence_of_the_budget_section_counts(layout, sentence, amount, vnd):
    s = sentence.format(a=amount)
    b = parse(PURPOSE + TASKS + LAYOUTS[layout].format(s=s) + ORG).budget
    assert [a.vnd for a in b.amounts] == vnd
    assert any(s.rstrip(".") in c.text for c in b.clauses)
    assert b.section == "III"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_the_heading_is_no_clause(layout):
    b = parse(PURPOSE + TASKS + LAYOUTS[layout].format(s="Mỗi hội nghị 5 triệu đồng.") + ORG).budget
    assert not any(c.text.lower().rstrip(".") in ("kinh phí thực hiện", "kinh phí") for c in b.clauses)


def test_a_numbered_paragraph_without_a_stop_stays_a_clause():
    b = parse(PURPOSE + TASKS + "III. KINH PHÍ THỰC HIỆN\n\n1. Kinh phí từ nguồn ngân sách tỉnh\n\n"
              "2. Khuyến khích huy động nguồn xã hội hóa\n\n" + ORG).budget
    assert [c.text for c in b.clauses] == ["Kinh phí từ nguồn ngân sách tỉnh", "Khuyến khích huy động nguồn xã hội hóa"]
    assert set(b.sources) == {"state_budget", "socialization"}


@pytest.mark.parametrize("sentence, vnd", [
    # outside the budget section the keyword rule holds: a sum for a prize is no funding …
    ("Năm 2020, tổ chức hội thi với giải thưởng 5 triệu đồng.", []),
    # … a funding sentence is
    ("Năm 2020, UBND huyện bố trí kinh phí 60 triệu đồng cho hoạt động tuyên truyền.", [60_000_000]),
])
def test_outside_the_budget_section_only_funding_sentences(sentence, vnd):
    text = PURPOSE + "II. NỘI DUNG\n\n1. Tổ chức hội thi tìm hiểu về ASEAN.\n" + sentence + "\n\n" + \
        "III. KINH PHÍ THỰC HIỆN\n\nKinh phí từ nguồn ngân sách huyện.\n\n" + ORG
    assert [a.vnd for a in parse(text).budget.amounts] == vnd


@pytest.mark.parametrize("heading", ["III. KINH PHÍ THỰC HIỆN", "Phần III. KINH PHÍ THỰC HIỆN", "Chương III. KINH PHÍ",
                                     "Phần III\nKINH PHÍ THỰC HIỆN", "III. Kinh phí thực hiện"])
def test_neither_the_label_nor_the_heading_is_a_clause(heading):
    b = parse(PURPOSE + TASKS + heading + "\n\nKinh phí từ nguồn ngân sách tỉnh.\n\n" + ORG).budget
    assert [c.text for c in b.clauses] == ["Kinh phí từ nguồn ngân sách tỉnh"]


@pytest.mark.parametrize("section, kept", [
    # a numbered paragraph whose line a scan broke (the next line opens with a stop or in lower case)
    ("1. Kinh phí xây dựng cơ sở dữ liệu được bảo đảm\n.bằng ngân sách nhà nước.",
     ["Kinh phí xây dựng cơ sở dữ liệu được bảo đảm", ".bằng ngân sách nhà nước"]),
    # a ``label: content`` paragraph running onto a line that opens with a capital
    ("1. Phương tiện: Xe ô tô 7 chỗ do Văn phòng Sở\nCông Thương bố trí.",
     ["Phương tiện: Xe ô tô 7 chỗ do Văn phòng Sở", "Công Thương bố trí"]),
    # a line ending in ":" that introduces a list, not subsections
    ("Kinh phí thực hiện từ các nguồn sau:\n- Ngân sách nhà nước;\n- Nguồn xã hội hóa.",
     ["Kinh phí thực hiện từ các nguồn sau:", "Ngân sách nhà nước;", "Nguồn xã hội hóa"]),
])
def test_numbered_paragraphs_that_look_like_headings_stay_clauses(section, kept):
    b = parse(PURPOSE + TASKS + "III. KINH PHÍ THỰC HIỆN\n\n" + section + "\n\n" + ORG).budget
    assert [c.text for c in b.clauses] == kept


def test_a_heading_ending_in_a_colon_over_its_subsections_is_no_clause():
    b = parse(PURPOSE + TASKS + "III. Dự kiến các nguồn lực cho hoạt động:\n\n1. Kinh phí: theo quy định.\n\n"
              "2. Phương tiện: Xe ô tô của Sở.\n\n" + ORG).budget
    assert [c.text for c in b.clauses] == ["Kinh phí: theo quy định", "Phương tiện: Xe ô tô của Sở"]


@pytest.mark.parametrize("clause, want", [
    # the state's money put in the agencies' estimates is one state source (the layout corpus's plan, and
    # unseen set 8: Hậu Giang's Phụng Hiệp, Bình Thuận 1127/KH-UBND)
    ("Kinh phí thực hiện từ nguồn ngân sách huyện năm 2024 đã giao trong dự toán của các cơ quan, đơn vị.",
     ("state_budget",)),
    ("Kinh phí được bảo đảm từ nguồn ngân sách tỉnh năm 2020, bố trí trong dự toán của các cơ quan, đơn vị "
     "được giao chủ trì nhiệm vụ.", ("state_budget",)),
    # the agencies' own running money stays theirs
    ("Các cơ quan, đơn vị bố trí kinh phí trong dự toán của cơ quan, đơn vị mình.", ("unit_budget",)),
    ("Kinh phí từ nguồn ngân sách huyện giao trong dự toán của các cơ quan, đơn vị; lồng ghép trong kinh phí "
     "hoạt động thường xuyên của cơ quan, đơn vị.", ("state_budget", "unit_budget")),
])
def test_state_money_in_the_agencies_estimates(clause, want):
    import planparse
    t = "UBND TỈNH X\nSố: 1/KH-UBND\nKẾ HOẠCH\nThử\n\nI. NHIỆM VỤ\n1. Tuyên truyền.\nII. KINH PHÍ\n" + clause + "\n"
    assert planparse.parse(t).budget.sources == want
