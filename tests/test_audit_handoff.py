"""The audit's shortcuts give what their plain definitions give: on the samples and on arbitrary text."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import SAMPLE_FILES

# -- document numbers: tried only at the '/' that every number holds ------------------------------

NUMBER_TEXT = st.text(alphabet="0123456789//  \n\t-–ĐQKHUBNDđaÐ٣x", max_size=40)


def _spans(matches):
    return [(m.start(), m.end(), m.groups()) for m in matches]


@settings(max_examples=500, deadline=None)
@given(NUMBER_TEXT)
def test_number_scan_at_slashes_is_finditer(text):
    from planparse.auditing.applicability import _NUMBER, _number_matches
    assert _spans(_number_matches(text)) == _spans(_NUMBER.finditer(text))


@pytest.mark.parametrize("text", [
    "Quyết định số 1160/QĐ-TTg ngày 14/8/2019", "123456/QĐ-TTg", "12345 / QĐ - TTg", "//12/KH", "1/2/3/4/5/A",
    "số 12/2019/NĐ-CP và 34/KH-UBND", "12/\nKH-UBND", "a1/B 22/C-D-E-F-G-H", "", "/", "٣/KH",
])
def test_number_scan_at_slashes_on_examples(text):
    from planparse.auditing.applicability import _NUMBER, _number_matches
    assert _spans(_number_matches(text)) == _spans(_NUMBER.finditer(text))


def test_number_scan_on_the_samples():
    from planparse.auditing.applicability import _NUMBER, _number_matches
    for f in SAMPLE_FILES:
        text = f.read_text(encoding="utf-8")
        assert _spans(_number_matches(text)) == _spans(_NUMBER.finditer(text)), f.name


# -- S4: a sentence's start looked for near the deadline first ------------------------------------

@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab .;!?\n-+", max_size=700), st.integers(0, 700))
def test_sentence_near_a_deadline_is_sentence_bounds(text, pos):
    from planparse.auditing.checks import _sentence_of
    from planparse.extract.common import sentence_bounds
    pos = min(pos, len(text))
    assert _sentence_of(text, pos) == sentence_bounds(text, pos)


# -- insufficiency: one pass, stopped when both counts are enough ----------------------------------

CLAUSES = ["Tổ chức tập huấn cho cán bộ làm công tác thông tin đối ngoại", "KINH PHÍ", "Mục đích",
           "UBND tỉnh vừa có Kế hoạch số 12/KH-UBND triển khai tuyên truyền", "Theo Kế hoạch số 5 của tỉnh",
           "tuyên truyền về ASEAN trên báo đài", "một hai ba bốn năm sáu bảy tám chín mười mười một mười hai",
           "Sở Thông tin và Truyền thông chủ trì"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CLAUSES), st.sampled_from(["heading", "bullet", "paragraph"])), max_size=30))
def test_insufficiency_is_its_plain_definition(rows):
    from planparse.auditing.coverage import insufficiency, insufficiency_plain
    from planparse.auditing.match import Unit
    units = [Unit(t, (0, len(t)), None, None, role) for t, role in rows]
    assert insufficiency(None, units) == insufficiency_plain(None, units)


def test_insufficiency_on_the_samples(plans):
    from planparse.auditing.coverage import insufficiency, insufficiency_plain, plan_units
    for name, plan in plans.items():
        units = plan_units(plan)
        assert insufficiency(plan, units) == insufficiency_plain(plan, units), name
        for cut in (1, 3, 8, 20):
            assert insufficiency(plan, units[:cut]) == insufficiency_plain(plan, units[:cut]), (name, cut)


