import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.normalize import normalize


@pytest.mark.parametrize("src,expected", [
    ("Văn hoá", "Văn hóa"), ("thuỷ lợi", "thủy lợi"), ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
    ("khoẻ", "khỏe"), ("quý II", "quý II"), ("hoàng", "hoàng"), ("Hoà bình", "Hòa bình"), ("tuỳ", "tùy"),
])
def test_old_tone_placement_becomes_new(src, expected):
    assert normalize(src).text == expected


def test_nfd_and_space_before_combining_mark_repaired():
    nfd = unicodedata.normalize("NFD", "Kế hoạch")
    broken = nfd.replace("\u0302", " \u0302")
    assert normalize(broken).text == "Kế hoạch"


def test_markdown_decoration_and_footnotes_removed():
    tm = normalize("## **I. MỤC ĐÍCH**\n- UBMTTQVN và các đoàn thể⁽⁶⁾ tỉnh;")
    assert tm.text == "I. MỤC ĐÍCH\n- UBMTTQVN và các đoàn thể tỉnh;"


def test_word_bullet_and_dashes_unified():
    assert normalize("\uf0b7 Sở Văn hóa – Thể thao").text == "- Sở Văn hóa - Thể thao"


def test_page_break_inside_sentence_rejoined():
    src = "ngoài các hoạt động tuyên truyền theo\n\nkế hoạch, cần tăng cường tuyên truyền."
    assert normalize(src).text == "ngoài các hoạt động tuyên truyền theo kế hoạch, cần tăng cường tuyên truyền."


def test_page_break_before_capitalised_word_after_preposition_rejoined():
    src = "Đề nghị các cơ quan, đơn vị, địa phương triển khai thực hiện, gửi báo cáo về\n\nSở Thông tin và Truyền thông."
    assert "gửi báo cáo về Sở Thông tin" in normalize(src).text


def test_headings_are_not_joined():
    src = "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Nâng cao nhận thức"
    assert normalize(src).text == "I. MỤC ĐÍCH, YÊU CẦU\n\n1. Mục đích\n\n- Nâng cao nhận thức"


def test_web_noise_dropped():
    src = ("Tiêu đề bài viết về kế hoạch tuyên truyền\n\nThứ sáu - 29/11/2019 03:00 714 0\n\n"
           "Tiêu đề bài viết về kế hoạch tuyên truyền\n\nNội dung.\n\n Ý kiến bạn đọc\n\nBình luận của ai đó")
    assert normalize(src).text == "Tiêu đề bài viết về kế hoạch tuyên truyền\n\nNội dung."


def test_offsets_map_back_to_source():
    src = "**KẾ HOẠCH**\r\n\r\nVăn hoá   thể thao⁽²⁾"
    tm = normalize(src)
    i = tm.text.index("thể")
    s, e = tm.to_source((i, i + 3))
    assert src[s:e] == "thể"
    j = tm.text.index("hóa")
    s, e = tm.to_source((j, j + 3))
    assert src[s:e] == "hoá"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400))
def test_normalize_never_fails_and_map_is_monotonic(s):
    tm = normalize(s)
    assert len(tm.src) == len(tm.text) + 1
    assert all(tm.src[i] <= tm.src[i + 1] for i in range(len(tm.text) - 1))
    assert all(0 <= tm.src[i] <= len(s) for i in range(len(tm.text)))


def test_mixed_case_vowel_pair_is_left_alone():
    # regression: the tone regex matches "oÈ", which has no new-style form in the table
    assert normalize("hoÈ").text == "hoÈ"


# -- the fast paths give what the plain definitions give ------------------------------------------
_LINE_CASES = ["", " ", "-", "- a", "-a", "-1", "a ", " a", "a  b", "a b", "# Tiêu đề", "**đậm**", "x_y",
               "\uf0b7 Nội dung", "\u2022x", "chú thích\u00b9", "x^(1)", "⁽⁶⁾", "Sở Tài chính", "ỦY BAN NHÂN DÂN"]


@pytest.mark.parametrize("line", _LINE_CASES)
def test_needs_clean_agrees_with_its_regex(line):
    from planparse.normalize import _NEEDS_CLEAN, _needs_clean
    assert _needs_clean(line) == bool(_NEEDS_CLEAN.search(line))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=" -#*_^\u00b9\u2074\u207d\uf0b7\u2022aĐ1\t", max_size=12))
def test_needs_clean_agrees_with_its_regex_on_any_line(line):
    from planparse.normalize import _NEEDS_CLEAN, _needs_clean
    assert _needs_clean(line) == bool(_NEEDS_CLEAN.search(line))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="qQoOuUaàáỳýÀÝỲ x1", max_size=12))
def test_tone_placement_skips_pairs_after_q_like_a_lookbehind(s):
    import re

    from planparse.normalize import _TONE, _tone
    slow = re.compile(r"(?<![qQ])(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![^\W\d_])")
    assert _tone(s) == slow.sub(lambda m: _TONE.get(m.group(0), m.group(0)), s)


@pytest.mark.parametrize("src,joined", [
    ("Các cơ quan, đơn vị phối hợp thực hiện các nhiệm vụ được giao tại\nkế hoạch này.", True),
    ("CÁC CƠ QUAN, ĐƠN VỊ PHỐI HỢP THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC GIAO TẠI\nkế hoạch này.", False),
    ("Các cơ quan, đơn vị phối hợp thực hiện các nhiệm vụ được giao tại\nKẾ HOẠCH NÀY VÀ CÁC VĂN BẢN", False),
    ("Các cơ quan, đơn vị phối hợp thực hiện các\nnhiệm vụ được giao tại\nkế hoạch này.", True),
])
def test_capitals_decide_joins_counted_only_when_asked(src, joined):
    assert ("\n" not in normalize(src).text) is joined
