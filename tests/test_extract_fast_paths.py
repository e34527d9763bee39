"""The extractors' fast paths give what the plain code they stand for gives."""
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.extract import temporal


# Temporal patterns opened by a first-character lookahead (common.gated) find what they find plain.
TEMPORAL_PIECES = ["trước", "Trước", "TRƯỚC", "trước hoặc vào", "chậm nhất là", "Hạn chót", "không muộn hơn", "ngày", "Ngày",
                   "tháng", "Tháng", "THÁNG", "năm", "Năm", "quý", "Quý", "I", "IV", "III", "định kỳ", "Định kỳ", "ĐỊNH KỲ",
                   "hàng", "hằng", "Hằng năm,", "mỗi", "từng", "tuần", "6", "sáu", "đầu", "cuối", "giai đoạn", "thời kỳ",
                   "từ", "Từ", "đến", "đến hết", "-", "–", "/", ".", ",", ";", ":", " ", "  ", "\n", "(", ")", "2020", "2021",
                   "1999", "15", "3", "12", "12/2020", "30/6", "01/6/2026", "13h30", "17 giờ", "’", "Thứ Ba", "chủ nhật",
                   "hoàn thành", "thực hiện", "triển khai", "tổ chức", "trong", "vào", "lúc", "bắt đầu", "xong trong", "số",
                   "ban hành", "đã", "diễn ra", "họp", "báo cáo", "gửi", "Giêng", "Mười một", "1,5", "làm việc", "|", "cả",
                   "\u212a", "ſ", "İ", "ı", "x", "Sở Tài chính", "K", "k", "h", "H"]
TEMPORAL_TEXT = st.lists(st.sampled_from(TEMPORAL_PIECES), max_size=16).map("".join) | \
    st.lists(st.sampled_from(TEMPORAL_PIECES), max_size=16).map(" ".join)


@given(TEMPORAL_TEXT)
@settings(max_examples=600, deadline=None)
def test_gated_temporal_patterns_match_as_written(s):
    def sig(it):
        return [(m.span(), m.groupdict()) for m in it]
    for name in temporal._GATED:
        fast, plain = getattr(temporal, name), temporal._PLAIN[name]
        assert fast is not plain, name  # every listed pattern has a gate
        assert sig(fast.finditer(s)) == sig(plain.finditer(s)), name
        assert sig(fast.finditer(s, 3)) == sig(plain.finditer(s, 3)), name


@given(TEMPORAL_TEXT, st.booleans(), st.sampled_from([None, 2020]))
@settings(max_examples=300, deadline=None)
def test_parse_temporal_gives_with_gates_what_it_gives_without(s, time_context, year):
    fast = temporal.parse_temporal(s, time_context=time_context, year=year)
    saved = {name: getattr(temporal, name) for name in temporal._GATED}
    try:
        for name in temporal._GATED:
            setattr(temporal, name, temporal._PLAIN[name])
        plain = temporal.parse_temporal(s, time_context=time_context, year=year)
    finally:
        for name, rx in saved.items():
            setattr(temporal, name, rx)
    assert fast == plain


@pytest.mark.parametrize("pattern, flags, text", [
    (r"(?<!\w)(?:ab|cd)?e", 0, "xe ab e cde"),
    (r"(?i:k)x|y", 0, "\u212ax Kx kx y"),                # a case-insensitive part opens: the gate folds too
    (r"s\d", re.I, "ſ1 S2 s3"),                          # re.I takes ſ for s
    (r"(?:[a-c]|\d)+z", 0, "bz 9z zz"),
    (r"^\s*tháng", re.M, "x\n  tháng"),
])
def test_first_char_gate_holds_every_opening_character(pattern, flags, text):
    from planparse.extract.common import first_char_gate, gated
    rx = re.compile(pattern, flags)
    gate = re.compile(first_char_gate(rx), flags)
    for m in rx.finditer(text):
        assert gate.match(text, m.start())
    assert [m.span() for m in gated(rx).finditer(text)] == [m.span() for m in rx.finditer(text)]
    for c in map(chr, range(0x3000)):  # no character that opens a match is left out
        if rx.match(c + "x1z") and not rx.match("", 0):
            assert gate.match(c), (pattern, c)


@pytest.mark.parametrize("pattern", [r"a*", r".b", r"[^a]b", r"(?:a|.)b", r"x?"])
def test_first_char_gate_gives_none_when_a_match_may_open_anywhere(pattern):
    from planparse.extract.common import first_char_gate, gated
    rx = re.compile(pattern)
    assert first_char_gate(rx) is None and gated(rx) is rx

