import pytest

import planparse
from planparse.errors import ReferenceError
from planparse.auditing.reference import parse_reference_yaml


def test_foreign_information_plan_is_not_applicable(audits):
    a = audits["binh-duong_1759-KH-UBND_2019_foreign-information"]
    assert a.reference["id"] == "asean-2019-2020"
    assert a.applicable is False
    assert any("never mentioned" in r for r in a.reasons)


def test_2021_plan_is_audited_against_2021_reference(audits):
    a = audits["kien-giang_2841-KH-SGDDT_2021_asean-education"]
    assert a.reference["id"] == "asean-2021-2025" and a.applicable


def test_every_covered_or_partial_area_has_evidence_inside_the_plan(audits):
    for a in audits.values():
        for area in a.areas:
            if area.status != "missing":
                assert area.evidence
                for e in area.evidence:
                    assert a.plan.text[e.span[0]:e.span[1]].strip() == e.text


def test_removing_an_area_makes_it_missing_and_leaves_the_rest(plans, audits):
    name = "binh-duong_4750-KH-UBND_2019_asean"
    text = plans[name].text
    cut = "\n".join(ln for ln in text.split("\n") if "Góc ASEAN" not in ln)
    before = {x.id: x.status for x in audits[name].areas}
    after = {x.id: x.status for x in planparse.audit(planparse.parse(cut)).areas}
    assert after["A08"] == "missing" and before["A08"] == "covered"
    assert {k: v for k, v in after.items() if k not in ("A08", "A07")} == {k: v for k, v in before.items() if k not in ("A08", "A07")}


def test_reconstructed_reference_is_flagged_with_tags(audits):
    d = audits["ca-mau_2019_asean"].to_dict()
    assert d["reference"]["reconstructed"] is True
    assert all(a["tag"] for a in d["areas"])
    assert d["schema"] == "planparse/audit@1"


def test_checks_detail_lists_tasks_without_lead(audits):
    s5 = next(c for c in audits["binh-duong_4750-KH-UBND_2019_asean"].checks if c.id == "S5")
    assert s5.status == "fail" and s5.items == ("II.1", "II.2", "II.3", "II.4", "II.5", "II.6", "II.7")


def test_plan_as_reference(plans):
    parent = plans["binh-duong_4750-KH-UBND_2019_asean"]
    a = planparse.audit(plans["ca-mau_2019_asean"], reference=parent)
    assert a.reference["source"] == "plan"
    assert [x.id for x in a.areas] == [t.id for t in parent.tasks]
    assert {x.status for x in a.areas} <= {"covered", "partial", "missing"}
    self_audit = planparse.audit(parent, reference=parent)
    assert all(x.status == "covered" for x in self_audit.areas)


def test_user_reference_yaml(tmp_path):
    ref = tmp_path / "mine.yaml"
    ref.write_text("id: mine\nnumber: 1/QĐ-X\ntitle: Thử\ntopic: [ASEAN]\nareas:\n"
                   "  - id: X1\n    title: Góc ASEAN\n    signals: [Góc ASEAN]\n", encoding="utf-8")
    a = planparse.audit("data/samples/binh-duong_4750-KH-UBND_2019_asean.txt", reference=str(ref))
    assert a.reference["id"] == "mine" and a.areas[0].status == "covered"


def test_reference_errors_are_all_reported_with_lines():
    bad = ("id: x\ntitle: t\nareas:\n  - id: A1\n    title: a\n    signals: [{phrase: a, b, strength: strong}]\n"
           "  - id: A1\n    signals: []\nchecks: {S9: nope}\n")
    with pytest.raises(ReferenceError) as e:
        parse_reference_yaml(bad, "bad.yaml")
    msg = str(e.value)
    assert "missing required key 'number'" in msg and "duplicate area id" in msg and "S9" in msg
    assert "strength must be one of" in msg and "line " in msg and len(e.value.errors) >= 5


def test_unsafe_yaml_tag_is_refused():
    with pytest.raises(ReferenceError) as e:
        parse_reference_yaml("id: !!python/object/apply:os.system ['echo hi']\n", "evil.yaml")
    assert "unsafe" in str(e.value) or "tag" in str(e.value)


def test_audit_frames_and_html(audits):
    a = audits["tay-ninh_2502-KH-UBND_2019_asean-news"]
    df = a.to_frame()
    assert len(df) == 16 and set(df["status"]) <= {"covered", "partial", "missing"}
    assert "Đã đề cập" in a._repr_html_()
    assert "coverage=" in repr(a)


def test_references_listed():
    ids = [r.id for r in planparse.references()]
    assert ids == ["asean-2019-2020", "asean-2021-2025"]


def test_shipped_segmentation_is_current():
    """Run tools/build_segmentation.py after editing a reference YAML."""
    from planparse.auditing.match import _segment_with_underthesea, _shipped_segmentation
    from planparse.auditing.retrieval import shipped_phrases
    cache = _shipped_segmentation()
    for phrase in shipped_phrases():
        assert phrase in cache, f"{phrase!r} missing: run tools/build_segmentation.py"
        assert [tuple(w) for w in cache[phrase]] == list(_segment_with_underthesea(phrase))


def test_forget_clauses_empties_the_clause_memory_and_changes_no_result():
    """The audit keeps per-clause work between plans (plans of one directive repeat clauses); the
    results must not depend on it, and forget_clauses gives the memory back."""
    from conftest import SAMPLE_FILES
    from planparse.auditing import coverage, forget_clauses, match, retrieval
    plans = [planparse.parse(f) for f in SAMPLE_FILES]
    forget_clauses()
    first = [planparse.audit(p).to_json() for p in plans]                 # cold, one after another
    assert any(t._score_cache for t in coverage._TABLES.values())
    assert any(r._clause_cache for r in retrieval._RETRIEVERS.values())
    again = [planparse.audit(p).to_json() for p in reversed(plans)][::-1]  # warm, in the other order
    forget_clauses()
    assert not any(t._score_cache or t._screen_cache for t in coverage._TABLES.values())
    assert not any(r._clause_cache or r._line_cache for r in retrieval._RETRIEVERS.values())
    assert match.token_spans.cache_info().currsize == 0
    cold = [planparse.audit(p).to_json() for p in plans]
    assert first == again == cold
