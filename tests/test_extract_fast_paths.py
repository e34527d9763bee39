"""The extractors' fast paths give what the plain code they stand for gives."""
import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.extract import agencies, assignments, temporal
from planparse.model import Agency


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



# _split_list: a text that is one name is not cut
LIST_PIECES = ["Sở Tài chính", "Sở Nội vụ", "UBND tỉnh", "Ủy ban nhân dân tỉnh", "Ban Tuyên giáo Tỉnh ủy", "Phòng Nội vụ",
               "Phòng Tư pháp", "các cơ quan, đơn vị liên quan", "Các sở, ban, ngành", "Sở TT&TT", "Sở GDĐT", "huyện",
               "xã Tân Phú", "Công an tỉnh", "BQL", "Ông Nguyễn Văn An", "Trưởng phòng QLCN", "Đỗ Mạnh Cường",
               "Ban Quản lý dự án", "tổ chức", "triển khai", "cùng", ",", ", ", ";", "; ", " và ", " ", "\n", "\n- ",
               "- ", "(", ")", ".", "/", "Hội Nông dân", "Tỉnh đoàn", "Trung tâm", "thành phố Bình Phước"]
LIST_TEXT = st.lists(st.sampled_from(LIST_PIECES), min_size=1, max_size=8).map("".join)


@pytest.fixture(scope="module")
def plain_split():
    def plain(text, base, aliases):
        saved = agencies._one_name
        agencies._one_name = lambda *a: False
        try:
            return agencies._split_list(text, base, aliases)
        finally:
            agencies._one_name = saved
    return plain


@given(LIST_TEXT, st.sampled_from([None, {"bql": "Ban Quản lý Khu công nghiệp"}]))
@settings(max_examples=500, deadline=None)
def test_split_list_of_one_name_is_what_the_cutting_gives(plain_split, text, aliases):
    assert agencies._split_list(text, 7, aliases) == plain_split(text, 7, aliases)


@pytest.mark.parametrize("text", ["Sở Tài chính", "Sở Tài chính.", "Sở Văn hóa, Thể thao và Du lịch", "UBND tỉnh",
                                  "Phòng Nội vụ Phòng Tư pháp", "Sở Tài chính (chủ trì)", "- Sở Nội vụ", "BQL"])
def test_split_list_shortcut_cases(plain_split, text):
    assert agencies._split_list(text, 0, None) == plain_split(text, 0, None)


@pytest.mark.parametrize("a", [
    Agency(name="Sở Tài chính", text="Sở Tài chính", id="ag001", successor="Sở X", span=(1, 2)),
    Agency(name="Nguyễn Văn A", text="Ông Nguyễn Văn A", collective=False, canonical=False, person=True, role="Trưởng đoàn"),
    Agency(name="Các sở", text="các sở", collective=True, canonical=True, span=None),
])
def test_with_span_is_replace(a):
    assert agencies._with_span(a, (5, 9)) == dataclasses.replace(a, span=(5, 9))
    assert [f.name for f in dataclasses.fields(Agency)] == ["name", "text", "collective", "canonical", "person", "id",
                                                           "successor", "span", "role"]


@given(st.lists(st.sampled_from(["Sở Tài chính (", "x", ")", " ", "(a)", "Sở"]), max_size=8).map("".join))
@settings(max_examples=300, deadline=None)
def test_make_agency_without_a_closing_paren(text):
    """make_agency skips the trailing-parenthesis pattern when the text has no ')'."""
    raw = agencies._tidy(text)
    if ")" not in raw:
        assert agencies._TRAILING_PAREN.sub("", raw) == raw


# assignments: a duty is read off the first 1200 characters of a long paragraph
DUTY_PIECES = ["Sở", " ", "   ", "\n", "\t", ".", ". ", "..", "x", "tổ chức", ":", ",", "-", " " * 200, "a" * 150, "b. c"]


def _duty_plain(text, start, end):
    d = text[start:end].strip(" :.,;-")
    d = re.sub(r"\s+", " ", d)
    if len(d.split()) < 2:
        return None
    m = re.search(r"(?<!\.)\.(?=\s)", d)
    return (d[:m.start()] if m else d)[:300]


@given(st.lists(st.sampled_from(DUTY_PIECES), max_size=120).map("".join), st.integers(0, 5))
@settings(max_examples=500, deadline=None)
def test_duty_of_a_long_paragraph_is_the_plain_duty(text, start):
    assert assignments._duty(text, start, len(text)) == _duty_plain(text, start, len(text))


ASSIGN_PIECES = ["Giao", "giao", "Đề nghị", "Yêu cầu", "Chỉ đạo", "chỉ đạo", " ", "  ", "\n", ",", ".", "x", "Sở Tài chính",
                 "a" * 50, " " * 60]


@given(st.lists(st.sampled_from(ASSIGN_PIECES), max_size=20).map("".join))
@settings(max_examples=500, deadline=None)
def test_assign_open_finds_every_assigning_verb_before_120(seg):
    m = assignments._ASSIGN_VERB.search(seg)
    if m and m.start() < 120:
        assert assignments._ASSIGN_OPEN.search(seg, 0, 128)


def test_lines_within_is_the_filter_over_all_lines():
    from planparse.structure import build
    for f in sorted(Path(__file__).resolve().parents[1].joinpath("data", "samples").glob("*.txt"))[:6]:
        text = f.read_text(encoding="utf-8")
        stt = build(text)
        starts = [ln.start for ln in stt.lines]
        assert starts == sorted(starts)
        for lo, hi in [(0, len(text)), (100, 900), (len(text) // 3, len(text) // 2)] + [s.span for s in stt.sections]:
            assert assignments._lines_within(stt, starts, lo, hi) == \
                [ln for ln in stt.lines if lo <= ln.start and ln.end <= hi]


FOCAL_TEXT = st.lists(st.sampled_from(["đầu mối", "ĐẦU MỐI", "Đầu Mối", "đầu", "mối", " ", "  ", "là", "làm", "Là", "cơ quan",
                                       "đơn vị", "Sở Y tế", "\n", "ı", "İ"]), max_size=10).map("".join)


@given(FOCAL_TEXT)
@settings(max_examples=400, deadline=None)
def test_focal_gate_sees_every_focal_phrase(s):
    """_focal passes over a task whose folded text lacks "đầu mối": every _FOCAL match holds it."""
    from planparse.extract.common import lower_as_re
    from planparse.extract.tasks import _FOCAL
    for m in _FOCAL.finditer(s):
        assert 0 <= lower_as_re(s).find("đầu mối", m.start(), m.end())


@given(TEMPORAL_TEXT)
@settings(max_examples=500, deadline=None)
def test_time_gate_is_its_pattern(s):
    assert temporal._maybe(s) == bool(temporal._MAYBE.search(s))
