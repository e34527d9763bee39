"""The parse's fast paths give what the plain patterns they stand for give."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.extract import temporal
from planparse.extract.agencies import _ALIAS_DEF, _alias_definitions
from planparse.extract.common import fold, word_starts
from planparse.layout.tables import _GAP
from planparse.normalize import TextMap, _offsets, normalize

WORDS = ("kinh phí", "ngân sách", "quỹ hợp tác", "tháng", "định kỳ", "không muộn hơn", "trước", "năm")
LETTERS = "kinh phí ngân sách quỹ hợp tác tháng định kỳ KINH PHÍ QUỸ ĐỊNH KỲ ıİſKK ,.\n"


@given(st.text(alphabet=LETTERS, max_size=40))
@settings(max_examples=400, deadline=None)
def test_fold_finds_a_word_where_re_ignorecase_does(s):
    low = fold(s)
    assert len(low) == len(s)
    for w in WORDS:
        assert word_starts(low, (w,)) == [m.start() for m in re.finditer(f"(?=({re.escape(w)}))", s, re.I)]


def test_fold_takes_the_letters_the_regex_engine_folds():
    assert fold("KİNH PHı SÁCH ſ") == "kinh phi sách s"


ALIAS_TEXT = st.lists(st.sampled_from(["Sở ", "Ban ", "A", "x", " ", "   ", "\n", "(", ")", ",", ";", "UBND", "BQL", "abcdef",
                                        "\u3000", " " * 125, "a" * 40]), max_size=40).map("".join)


@given(ALIAS_TEXT)
@settings(max_examples=400, deadline=None)
def test_alias_definitions_are_what_the_pattern_finds(s):
    def sig(it):
        return [(m.span(), m.groups()) for m in it]
    assert sig(_alias_definitions(s)) == sig(_ALIAS_DEF.finditer(s))


@pytest.mark.parametrize("text", [
    "", "Sở Tài chính", "trước ngày 15/12", "Quý II", "QUÝ II", "năm 2020", "Hằng năm,", "hàng quý", "ngày 5",
    "1/2", "12019", "mỗi tuần", "từng tháng", "chậm nhất", "Định kỳ", "ĐỊNH KỲ", "abc 3", "hạn chót", "Tháng 6",
])
def test_time_gate_agrees_with_its_pattern(text):
    assert temporal._maybe(text) == bool(temporal._MAYBE.search(text))


@given(st.text(alphabet=" \t\u00a0\u3000ab", max_size=20))
@settings(max_examples=400, deadline=None)
def test_column_gap_is_three_spaces_or_tabs(s):
    assert [m.span() for m in _GAP.finditer(s)] == [m.span() for m in re.finditer(r"\s{3,}|\t+", s)]


def test_offsets_copy_a_run():
    from array import array
    assert _offsets(range(3, 9)) == array("i", range(3, 9))
    assert _offsets(range(0, 0)) == array("i")


@pytest.mark.parametrize("src", ["Một hai\nba bốn", "Hoá đơn thuỷ lợi\r\nquý I", "a\n---\nb  c", "- Sở A;\n\n- Sở B"])
def test_normalize_maps_every_character_back(src):
    tm = normalize(src)
    assert isinstance(tm, TextMap)
    assert len(tm.src) == len(tm.text) + 1
    assert all(0 <= tm.src[i] <= len(src) for i in range(len(tm.text)))
