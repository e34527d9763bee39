"""The audit's fast paths give what their plain definitions give."""
from pathlib import Path

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


# -- the audit's batch paths: each whole-plan pass against its one-at-a-time definition ---------------

FIXTURES = sorted((Path(__file__).parent / "fixtures" / "audit").glob("*.txt"))
SAMPLE_TEXTS = sorted((Path(__file__).resolve().parents[1] / "data" / "samples").glob("*.txt"))


def _references():
    import planparse
    from planparse.auditing.reference import list_references, reference_from_plan
    return list_references() + [reference_from_plan(planparse.parse(SAMPLE_TEXTS[1]))]


@pytest.fixture(scope="module")
def unit_sets():
    import planparse
    from planparse.auditing.coverage import plan_units
    return [plan_units(planparse.parse(p)) for p in SAMPLE_TEXTS + FIXTURES]


def test_signal_screen_finds_what_the_plain_search_finds(unit_sets):
    from planparse.auditing.coverage import Index, signal_table
    for ref in _references():
        table = signal_table(ref)
        for units in unit_sets:
            screened = table.screen(units)
            plain = Index(units)
            for j, c in enumerate(table.phrases):
                assert screened[j] == plain.candidates_plain(c), (ref.id, c.phrase)


def _spans_worked_out(rows):
    return {a: [(r, k, s() if callable(s) else s, q) for r, k, s, q in v] for a, v in rows.items()}


def test_retrieval_scores_all_units_at_once_as_one_at_a_time(unit_sets):
    from planparse.auditing.retrieval import retriever_for
    for ref in _references():
        r = retriever_for(ref)
        for units in unit_sets:
            plain = r.score_units_plain(units)
            assert _spans_worked_out(r.score_units(units)) == plain, ref.id
            top = {a: [x for x in v if x[3] >= 1.0] for a, v in plain.items()}
            assert _spans_worked_out(r.score_units(units, 1.0)) == top, ref.id


def _clause_words():
    from planparse.auditing.reference import load_reference
    ref = load_reference("asean-2019-2020")
    words = sorted({w for a in ref.areas for s in a.signals for w in s.phrase.split()})
    return words + ["ASEAN", "Fanpge", "Lòng", "ghép", ";", ".", ",", "-", "Sở", "chủ trì", "của", "và"]


CLAUSE_WORDS = _clause_words()
_clauses = st.lists(st.lists(st.sampled_from(CLAUSE_WORDS), min_size=1, max_size=30).map(" ".join),
                    min_size=1, max_size=8)


def _units(clauses, per_line=2):
    from planparse.auditing.match import Unit
    out, pos = [], 0
    for n, text in enumerate(clauses):
        out.append(Unit(text, (pos, pos + len(text)), "1", None, "bullet", 0, n // per_line))
        pos += len(text) + 2
    return out


@settings(max_examples=150, deadline=None)
@given(_clauses)
def test_signal_screen_on_any_clauses(clauses):
    from planparse.auditing.coverage import Index, signal_table
    from planparse.auditing.reference import load_reference
    units = _units(clauses)
    table = signal_table(load_reference("asean-2019-2020"))
    screened = table.screen(units)
    plain = Index(units)
    for j, c in enumerate(table.phrases):
        assert screened[j] == plain.candidates_plain(c), c.phrase


@settings(max_examples=150, deadline=None)
@given(_clauses, st.integers(1, 3))
def test_retrieval_on_any_clauses(clauses, per_line):
    from planparse.auditing.reference import load_reference
    from planparse.auditing.retrieval import retriever_for
    units = _units(clauses, per_line)
    r = retriever_for(load_reference("asean-2019-2020"))
    assert _spans_worked_out(r.score_units(units)) == r.score_units_plain(units)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "ab", "a b", "ba", "x"]), max_size=12).map(" ".join),
       st.sampled_from(["a", "b", "a b", "ab", "b a", "a b a", "x", ""]))
def test_word_count_agrees_with_the_bounded_regex(body, phrase):
    import re

    from planparse.auditing.coverage import _count_words
    assert _count_words(body, phrase) == len(re.findall(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", body))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab1.;:!? \tĐ", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_clause_break_hint_never_misses_a_break(text, a, b):
    from planparse.auditing.coverage import _BREAK, _CLAUSE
    if _CLAUSE.search(text, a, b):
        assert _BREAK.search(text, max(0, a - 1), b)


@pytest.mark.parametrize("text", ["Lồng ghép tuyên truyền", "ĐẨY MẠNH fanpage", "Sở Văn hóa, Thể thao và Du lịch", "x"])
def test_bare_text_is_the_folded_text_without_marks(text):
    from planparse.auditing.match import Unit, strip_marks
    u = Unit(text, (0, len(text)), None, None, "paragraph")
    assert u.bare == strip_marks(u.folded)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="aAĐđİΣσς.,;- \n_1", max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_clause_syllables_sliced_from_the_lowered_plan(text, a, b):
    """A clause's syllables taken from the plan lowered once are those of the clause lowered alone."""
    from planparse.auditing.match import _PUNCT, Unit, fold, folded_text, lowered
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    assert folded_text(text) == fold(text)
    low = lowered(text)
    if low is None:
        return
    seg = text[a:b]
    u = Unit(seg.strip(), (a, b), None, None, "paragraph", 0, a, low[a:b])
    assert u.syllables == _PUNCT.sub(" ", seg.strip().lower()).split()


@pytest.mark.parametrize("text", ["", "Sở Văn hóa, Thể thao và Du lịch", "x"])
def test_token_span_clamps_as_min_max(text):
    from planparse.auditing.match import Unit
    u = Unit(text, (0, len(text)), None, None, "paragraph")
    toks = u.tokens
    for first in range(-2, len(toks) + 3):
        for count in range(-1, len(toks) + 3):
            if not toks:
                want = (0, len(text))
            else:
                f = min(max(0, first), len(toks) - 1)
                want = (toks[f][0], toks[min(len(toks) - 1, f + max(1, count) - 1)][1])
            assert u.span_of(first, count) == want


# -- per-clause caches: a clause seen before (in this plan or another) gives what it gave the first time --

_pool = st.lists(st.lists(st.sampled_from(CLAUSE_WORDS), min_size=1, max_size=20).map(" ".join), min_size=1, max_size=4)


_picks = st.lists(st.integers(0, 3), min_size=1, max_size=10)  # which pool clauses, in order


def _repeating(pool, picks):
    """Clauses drawn from a small pool: the same text recurs within a plan and from plan to plan."""
    return [pool[i % len(pool)] for i in picks]


@settings(max_examples=100, deadline=None)
@given(_pool, _picks, _picks, st.integers(1, 3))
def test_signal_screen_cache_gives_the_plain_candidates(pool, picks_a, picks_b, per_line):
    from planparse.auditing.coverage import Index, SignalTable
    from planparse.auditing.reference import load_reference
    table = SignalTable(load_reference("asean-2019-2020"))  # a fresh table: its cache starts empty
    for picks in (picks_a, picks_b, picks_a):
        units = _units(_repeating(pool, picks), per_line)
        screened = table.screen(units)
        plain = Index(units)
        for j, c in enumerate(table.phrases):
            assert screened[j] == plain.candidates_plain(c), c.phrase
            assert list(screened[j]) == sorted(screened[j], key=lambda k: (screened[j][k][0] != 1.0, k))


@settings(max_examples=100, deadline=None)
@given(_pool, _picks, _picks, st.integers(1, 3))
def test_retrieval_cache_gives_the_plain_rows(pool, picks_a, picks_b, per_line):
    from planparse.auditing.reference import load_reference
    from planparse.auditing.retrieval import Retriever
    r = Retriever(load_reference("asean-2019-2020"))  # a fresh retriever: its caches start empty
    for picks in (picks_a, picks_b, picks_a):
        units = _units(_repeating(pool, picks), per_line)
        plain = r.score_units_plain(units)
        assert _spans_worked_out(r.score_units(units)) == plain
        assert _spans_worked_out(r.score_units(units, 1.0)) == {a: [x for x in v if x[3] >= 1.0] for a, v in plain.items()}


def test_clause_caches_stay_bounded(monkeypatch):
    from planparse.auditing import coverage, retrieval
    from planparse.auditing.coverage import Index, SignalTable
    from planparse.auditing.reference import load_reference
    from planparse.auditing import match
    monkeypatch.setattr(match, "CACHE_CLAUSES", 3)
    ref = load_reference("asean-2019-2020")
    table, r = SignalTable(ref), retrieval.Retriever(ref)
    for n in range(6):
        units = _units([f"Tuyên truyền về Cộng đồng ASEAN số {n}", "Cộng đồng ASEAN", f"x {n}"], 2)
        screened = table.screen(units)
        plain = Index(units)
        assert all(screened[j] == plain.candidates_plain(c) for j, c in enumerate(table.phrases))
        assert _spans_worked_out(r.score_units(units)) == r.score_units_plain(units)
        assert len(table._screen_cache) <= 3 and len(r._clause_cache) <= 3 and len(r._line_cache) <= 3


@pytest.mark.parametrize("have, incoming, cap, kept", [
    (0, 5, 8, 0), (6, 2, 8, 6), (8, 1, 8, 6), (8, 3, 8, 5), (8, 20, 8, 0), (3, 1, 4, 3),
])
def test_make_room_drops_the_oldest_entries_only_when_needed(have, incoming, cap, kept):
    from planparse.auditing.match import make_room
    cache = {k: str(k) for k in range(have)}
    make_room(cache, incoming, cap)
    assert list(cache) == list(range(have - kept, have))   # the newest entries stay, in order
    assert len(cache) + min(incoming, cap) <= cap or not cache


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aAĐđİΣσςẞß.,;-_ \t1\u0307", max_size=40))
def test_unit_tokens_are_the_token_spans(text):
    import re

    from planparse.auditing.match import _PUNCT, _TOKEN, Unit
    u = Unit(text, (0, len(text)), None, None, "paragraph")
    want = [m.span() for m in _TOKEN.finditer(text)]
    if len(want) != len(u.syllables):
        want = [m.span() for m in re.finditer(r"\S+", _PUNCT.sub(" ", text))]
    assert list(u.tokens) == want
    assert list(Unit(text, (0, len(text)), None, None, "paragraph").tokens) == want  # the second time, kept


@settings(max_examples=100, deadline=None)
@given(_pool, st.lists(st.tuples(st.integers(0, 3), st.integers(0, 60), st.sampled_from([None, "purpose", "tasks"])),
                       min_size=1, max_size=10), st.lists(st.integers(0, 3), min_size=1, max_size=10))
def test_area_scores_kept_per_clause_are_score_area(pool, picks_a, picks_b):
    """score_areas (per distinct clause, actor length and section kind, kept) == score_area, area by area."""
    from planparse.auditing.coverage import Index, SignalTable, score_area, score_areas
    from planparse.auditing.match import Unit
    from planparse.auditing.reference import load_reference
    ref = load_reference("asean-2019-2020")
    table = SignalTable(ref)  # a fresh table: its caches start empty
    table.ref = ref
    for picks in (picks_a, [(i, 0, None) for i in picks_b], picks_a):
        units, pos = [], 0
        for n, (i, actor, kind) in enumerate(picks):
            text = pool[i % len(pool)]
            units.append(Unit(text, (pos, pos + len(text)), "1", kind, "bullet", min(actor, len(text)), n // 2))
            pos += len(text) + 2
        index = Index(units)
        index._table = table
        assert score_areas(ref, units, index) == [score_area(a, units, Index(units)) for a in ref.areas]
    assert table._score_cache  # the kept path was taken


# -- the retrieval scan: a trie walk finds the words the joins and look-ups find --------------------

def _scan_syllables():
    """Syllables that open, continue and end many dictionary words (and some that open none)."""
    from planparse.auditing.retrieval import _dictionary_by_first
    index = _dictionary_by_first()
    out = set()
    for first in ("báo", "phát", "tuyên", "cộng", "văn", "hội", "thông", "tổ"):
        for w in index.get(first, [])[:40]:
            out.update(w.split(" "))
    return sorted(out) + ["asean", "2020", "x", "và", "các", "của"]


SCAN_SYLLABLES = _scan_syllables()


@pytest.fixture(scope="module")
def retrievers():
    from planparse.auditing.retrieval import retriever_for
    return [retriever_for(ref) for ref in _references()]


def test_retrieval_scan_is_its_plain_definition_on_the_samples(unit_sets, retrievers):
    for r in retrievers:
        for units in unit_sets:
            for u in units:
                assert r._scan(u.syllables) == r._scan_plain(u.syllables), u.text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SCAN_SYLLABLES), max_size=24))
def test_retrieval_scan_is_its_plain_definition_on_any_syllables(sy):
    from planparse.auditing.reference import list_references
    from planparse.auditing.retrieval import retriever_for
    for ref in list_references():
        r = retriever_for(ref)
        assert r._scan(sy) == r._scan_plain(sy)


def test_retrieval_scan_trie_built_from_scratch_gives_the_same_words():
    """The trie is built syllable by syllable as scans meet them: a fresh retriever (empty trie) and
    one that has scanned before give the same; a token that opens no word and scores nothing is kept empty."""
    from planparse.auditing.reference import load_reference
    from planparse.auditing.retrieval import Retriever
    ref = load_reference("asean-2019-2020")
    fresh, used = Retriever(ref), Retriever(ref)
    clauses = [s.phrase for a in ref.areas for s in a.signals][:60]
    for c in clauses:
        used._scan(c.lower().split())
    for c in reversed(clauses):
        sy = c.lower().split()
        assert fresh._scan(sy) == used._scan(sy) == used._scan_plain(sy)
    assert fresh._scan(["zzq9", "zzq9"]) == fresh._scan_plain(["zzq9", "zzq9"]) == ([], [])
    assert fresh._root["zzq9"] == (None, None)


def test_retrieval_scan_trie_stays_bounded(monkeypatch):
    from planparse.auditing import retrieval
    from planparse.auditing.reference import load_reference
    monkeypatch.setattr(retrieval, "ROOT_CAP", 5)
    r = retrieval.Retriever(load_reference("asean-2019-2020"))
    sy = "tổ chức tập huấn cho báo cáo viên về cộng đồng asean năm 2020 và 2021".split()
    for n in range(3):
        assert r._scan(sy + [str(n)]) == r._scan_plain(sy + [str(n)])
        assert len(r._root) <= 5


# -- folding: underscores spaced, then one class, is the alternation ------------------------------

_FOLD_CHARS = "aĐđệỄ_ _\t\n\u00a0\u2028\u3000.,;:!?-–—()[]/\\|\"'“”…•·%&*+=<>@#$^~`{}1٣²½ǅ\u0301\u0323Σσ"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_FOLD_CHARS, max_size=60))
def test_spaced_is_the_punctuation_alternation(s):
    from planparse.auditing.match import _PUNCT, spaced
    assert spaced(s) == _PUNCT.sub(" ", s)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_spaced_is_the_punctuation_alternation_on_any_text(s):
    from planparse.auditing.match import _PUNCT, spaced
    assert spaced(s) == _PUNCT.sub(" ", s)


def test_spaced_on_the_samples():
    from planparse.auditing.match import _PUNCT, spaced
    for p in SAMPLE_TEXTS + FIXTURES:
        text = p.read_text(encoding="utf-8")
        assert spaced(text) == _PUNCT.sub(" ", text)
        assert spaced(text.lower()) == _PUNCT.sub(" ", text.lower())


def test_spaced_on_every_character():
    """Both passes replace character by character (no context): agreeing on every code point, they
    agree on every text."""
    from planparse.auditing.match import _PUNCT, spaced
    every = "".join(map(chr, range(0x110000)))
    assert spaced(every) == _PUNCT.sub(" ", every)
