"""The audit's fast paths give what their plain definitions give."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.auditing.retrieval import MAX_WORD, _longest, _prefixes


def _plain_longest(sy, words):
    """Longest match as first written: join every candidate length, longest first, and look it up."""
    out, i = [], 0
    while i < len(sy):
        for n in range(min(MAX_WORD, len(sy) - i), 1, -1):
            w = " ".join(sy[i:i + n])
            if w in words:
                out.append((w, i, n))
                i += n
                break
        else:
            out.append((sy[i], i, 1))
            i += 1
    return out


WORDS = {"q r s t u", "q r s", "tập huấn", "báo cáo", "báo cáo viên", "đài phát thanh", "phát thanh", "phát thanh truyền hình",
         "a b c d", "a b c d e", "a b", "b c d", "x"}


@pytest.mark.parametrize("clause", [
    "tổ chức tập huấn cho báo cáo viên", "đài phát thanh truyền hình tỉnh", "phát thanh truyền hình",
    "a b c d e", "a b c", "b c d e", "x x x", "", "báo", "báo cáo",
])
def test_prefix_longest_match_finds_the_plain_words(clause):
    sy = clause.split()
    assert _longest(sy, WORDS, _prefixes(WORDS)) == _plain_longest(sy, WORDS)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from("q r s t u a b c d e x tập huấn báo cáo viên đài phát thanh truyền hình".split()), max_size=14))
def test_prefix_longest_match_on_any_clause(sy):
    assert _longest(sy, WORDS, _prefixes(WORDS)) == _plain_longest(sy, WORDS)


@pytest.mark.parametrize("text", [
    "UBND tỉnh vừa có Kế hoạch triển khai", "UBND TỈNH VỪA CÓ KẾ HOẠCH", "Theo Kế hoạch số 12/KH-UBND",
    "THEO QUYẾT ĐỊNH SỐ 5", "Tỉnh đã ban hành   Quyết định", "Tổ chức tập huấn cho cán bộ", "",
    "kế hoạch này", "Ban hành\nChương trình", "đã có\tkế hoạch",
])
def test_reporting_prefilter_agrees_with_its_regex(text):
    from planparse.auditing.coverage import _REPORTING, _reporting
    assert _reporting(text) == bool(_REPORTING.search(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="BAN hành VỪA có ĐÃ Kế HOẠCH quyết ĐỊNH số 1 Chương trình\t", max_size=30))
def test_reporting_prefilter_on_any_text(text):
    from planparse.auditing.coverage import _REPORTING, _reporting
    assert _reporting(text) == bool(_REPORTING.search(text))


def _data_yaml():
    from importlib import resources
    root = resources.files("planparse.data")
    return sorted(p.name for p in root.iterdir() if p.name.endswith(".yaml")) + \
        sorted("messages/" + p.name for p in (root / "messages").iterdir() if p.name.endswith(".yaml"))


@pytest.mark.parametrize("name", _data_yaml())
def test_data_files_load_the_same_with_the_fast_yaml_loader(name):
    import yaml

    from planparse.lexicon import data_text, safe_load
    text = data_text(name)
    assert safe_load(text) == yaml.load(text, Loader=yaml.SafeLoader)


@pytest.mark.parametrize("text,expected", [
    ("x. a) Kinh phí thực hiện", "Kinh phí thực hiện"), ("x. 2.1. Ngân sách tỉnh", "Ngân sách tỉnh"),
    ("x. - Kinh phí", "Kinh phí"), ("x. III. Kinh phí ", "Kinh phí"), ("x. Kinh phí", "Kinh phí"),
])
def test_budget_sentence_loses_its_opening_label(text, expected):
    from planparse.extract.budget import _sentences
    s, e = list(_sentences(text, 0, len(text)))[-1]
    assert text[s:e] == expected
