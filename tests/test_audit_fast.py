"""The audit's shortcuts give what their plain definitions give: on the samples and on arbitrary text."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SAMPLE_FILES
from test_fuzz import plan_docs

# -- plain definitions the shortcuts are held to ------------------------------------------------

def plan_units_plain(plan) -> list[Unit]:
    """``plan_units`` as first written, line by line: the definition ``plan_units`` is held to.

    Line kinds come from the parsed plan: a line holding a section's heading is a heading (its
    text starts at the heading's title), a line opening with a dash or bullet is a bullet, a
    field line ("Thời gian: …") is skipped; a text without numbered sections (a news report, an
    excerpt, a plan written as prose) is cut into its paragraphs. The actor opening a clause
    ("Sở X chủ trì …") is taken from the plan's tasks and assignments, not re-extracted.
    """
    from planparse.auditing.coverage import (_BREAK, _CLAUSE, Unit, _actor_len, _actor_spans, body_span, line_roles,
                                             lowered, section_index)
    text = plan.text
    low = lowered(text)  # the plan lowered once: each clause's syllables are a slice of it
    by_id = {s.id: s for s in plan.sections}
    lo, hi = body_span(plan)
    actors = _actor_spans(plan)
    sections = section_index(plan.sections) if plan.sections else None  # what plan.section_at asks
    where: dict[int, tuple[str | None, str | None]] = {}  # per section object: (its id, its top section's kind)
    units: list[Unit] = []
    for start, end, role, body_start in line_roles(plan, lo, hi):  # the line kinds are not the shortcut
        sec = sections.at(start) if sections is not None else None
        place = where.get(id(sec))
        if place is None:
            top = sec
            while top is not None and top.parent:
                top = by_id.get(top.parent)
            place = where[id(sec)] = (sec.id if sec else None, top.kind.value if top is not None and top.kind else None)
        cs = body_start
        # a clause break is a ; . ! ? or : followed by white space (the . ! ? may stand just before
        # body_start: _CLAUSE looks behind): most lines have none
        breaks = list(_CLAUSE.finditer(text, body_start, end)) if _BREAK.search(text, max(0, body_start - 1), end) else []
        for m in breaks + [None]:
            ce = m.start() if m else end
            seg = text[cs:ce]
            body = seg.strip()
            if len(body) >= 8:
                lead = len(seg) - len(seg.lstrip(" -+"))
                actor = _actor_len(actors, cs + lead, ce)
                units.append(Unit(body, (cs, ce), place[0], place[1], role,
                                  actor + lead - (len(seg) - len(seg.lstrip())) if actor else 0, start,
                                  low[cs:ce] if low is not None else None))
            if m:
                cs = m.end()
    return units


def insufficiency_plain(plan, units: list[Unit]) -> dict | None:
    """``insufficiency`` as first written: every clause's words counted, then the content clauses."""
    from planparse.auditing.coverage import MIN_CLAUSES, MIN_WORDS, _reporting
    sized = [(u, len(u.text.split())) for u in units]
    body = [(u, n) for u, n in sized if u.role != "heading" or n >= 6]  # not bare headings ("KINH PHÍ")
    words = sum(n for _, n in body)
    if words < MIN_WORDS:
        return {"key": "insufficient.short", "params": {"words": words, "min": MIN_WORDS}}
    content = 0  # clauses of six words or more that do not report a plan; counted up to MIN_CLAUSES
    for u, n in body:
        if n >= 6 and not _reporting(u.text):
            content += 1
            if content >= MIN_CLAUSES:
                return None
    return {"key": "insufficient.reported", "params": {"units": content, "min": MIN_CLAUSES}}


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
    from planparse.auditing.coverage import insufficiency
    from planparse.auditing.match import Unit
    units = [Unit(t, (0, len(t)), None, None, role) for t, role in rows]
    assert insufficiency(None, units) == insufficiency_plain(None, units)


def test_insufficiency_on_the_samples(plans):
    from planparse.auditing.coverage import insufficiency, plan_units
    for name, plan in plans.items():
        units = plan_units(plan)
        assert insufficiency(plan, units) == insufficiency_plain(plan, units), name
        for cut in (1, 3, 8, 20):
            assert insufficiency(plan, units[:cut]) == insufficiency_plain(plan, units[:cut]), (name, cut)



# -- plan_units: clause breaks at their _BREAK, sections asked past a boundary ---------------------

def _units(units):
    return [(u.text, u.span, u.section, u.top_kind, u.role, u.actor_len, u.line, u.folded, u.syllables) for u in units]


def _same_units(plan):
    """plan_units == the plain line-by-line definition."""
    from planparse.auditing.coverage import plan_units
    got = _units(plan_units(plan))
    assert got == _units(plan_units_plain(plan))
    return got


def test_plan_units_on_the_samples(plans):
    for name, plan in plans.items():
        assert _same_units(plan), name


def test_plan_units_on_the_audit_fixtures():
    import planparse
    from conftest import ROOT
    for f in sorted((ROOT / "tests" / "fixtures" / "audit").glob("*.txt")):
        _same_units(planparse.parse(f))


@pytest.fixture(scope="module")
def layout_texts(tmp_path_factory):
    import sys

    from conftest import ROOT
    sys.path.insert(0, str(ROOT / "tools"))
    from make_layouts import write_all
    return write_all(tmp_path_factory.mktemp("layouts"), ["txt"])


def test_plan_units_on_every_layout(layout_texts):
    import planparse
    assert len(layout_texts) >= 20
    for f in layout_texts:
        assert _same_units(planparse.parse(f)), f.name


def test_plan_units_on_cut_bodies(plans):
    """Bodies that start or end inside a line (a section's span cut mid-line), and plans without
    sections (the body's bounds from the title)."""
    import dataclasses

    for name, plan in list(plans.items())[:6]:
        secs = plan.sections
        if not secs:
            continue
        for dlo, dhi in ((3, 0), (0, -5), (7, -1), (1, -2)):
            first = secs[0]
            moved = (dataclasses.replace(first, span=(first.span[0] + dlo, first.span[1])),) + secs[1:]
            top = max(range(len(moved)), key=lambda k: moved[k].span[1])
            s = moved[top]
            moved = moved[:top] + (dataclasses.replace(s, span=(s.span[0], max(s.span[0], s.span[1] + dhi))),) + moved[top + 1:]
            _same_units(dataclasses.replace(plan, sections=moved))
        _same_units(dataclasses.replace(plan, sections=()))


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(plan_docs())
def test_plan_units_on_generated_plans(doc):
    import planparse
    _same_units(planparse.parse(doc))


CLAUSE_TEXT = st.text(alphabet="ab A Đ1.;:!?\n\t", max_size=60)


@settings(max_examples=500, deadline=None)
@given(CLAUSE_TEXT, st.integers(0, 60), st.integers(0, 60))
def test_clause_breaks_at_hints_are_finditer(text, a, b):
    from planparse.auditing.coverage import _BREAK, _CLAUSE, _clause_breaks
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    hints = [m.start() for m in _BREAK.finditer(text, max(0, a - 1), b)]
    k = 0
    while k < len(hints) and hints[k] < a - 1:
        k += 1
    got = _clause_breaks(text, hints, k, len(hints), a, b)
    assert [m.span() for m in got] == [m.span() for m in _CLAUSE.finditer(text, a, b)]


# names and texts of a few letters, where names overlap, nest, share a start and touch word characters
NAME = st.text(alphabet="Sở Ab_1\n-", min_size=1, max_size=8).map(str.strip).filter(bool)
NAME_TEXT = st.text(alphabet="Sở Ab_1\n-.Đ", max_size=40)


@given(st.sets(NAME, min_size=1, max_size=6), st.lists(NAME_TEXT, max_size=6))
@settings(max_examples=800, deadline=None)
def test_name_spans_are_the_names_pattern_finditer(names, texts):
    from planparse.auditing.coverage import _name_spans, _names_pattern
    rx = _names_pattern(names)
    assert _name_spans(names, texts) == [tuple(m.span() for m in rx.finditer(t)) for t in texts]


def test_name_spans_on_the_samples(plans):
    from planparse.auditing.coverage import _agency_names, _name_spans, _names_pattern, plan_units
    for plan in plans.values():
        texts = [u.text for u in plan_units(plan)]
        for names in _agency_names(plan):
            if names:
                rx = _names_pattern(names)
                assert _name_spans(names, texts) == [tuple(m.span() for m in rx.finditer(t)) for t in texts]


def test_word_characters_are_the_regex_engines():
    import re
    import sys

    from planparse.auditing.coverage import _is_word
    word = re.compile(r"\w")
    assert all(_is_word(chr(c)) == bool(word.match(chr(c))) for c in range(sys.maxunicode + 1))
