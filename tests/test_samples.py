"""The five samples: behaviour a reader checks by eye, and the golden JSON files."""
import json
import os
from pathlib import Path

import pytest

from conftest import NAMES, SAMPLE_FILES

GOLDEN = Path(__file__).parent / "golden"
REGEN = os.environ.get("GEN_TEST_DATA") == "1"


def _stable(d: dict) -> dict:
    d = json.loads(json.dumps(d))
    d["source"].pop("path", None)
    if isinstance(d.get("reference"), dict):  # a hash of the reference's content: pinned by the areas already
        d["reference"].pop("sha256", None)
    return d


@pytest.mark.parametrize("name", NAMES)
def test_golden_plan_json(plans, name):
    got = _stable(plans[name].to_dict())
    path = GOLDEN / f"{name}.plan.json"
    if REGEN:
        path.parent.mkdir(exist_ok=True)
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got == expected, "parser output changed; if intended, regenerate with GEN_TEST_DATA=1"


@pytest.mark.parametrize("name", NAMES)
def test_golden_audit_json(audits, name):
    got = _stable(audits[name].to_dict())
    path = GOLDEN / f"{name}.audit.json"
    if REGEN:
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    assert got == expected, "audit output changed; if intended, regenerate with GEN_TEST_DATA=1"


def test_every_span_indexes_plan_text(plans):
    for plan in plans.values():
        for t in plan.tasks:
            for a in t.lead + t.support:
                if a.span:
                    assert plan.text[a.span[0]:a.span[1]] == a.text
        for d in plan.deadlines:
            assert plan.text[d.span[0]:d.span[1]] == d.text
        for c in plan.budget.clauses:
            assert plan.text[c.span[0]:c.span[1]] == c.text
        for s in plan.sections:
            assert plan.text[s.heading_span[0]:s.heading_span[1]] == s.title or s.title.endswith("...")


def test_spans_map_back_to_the_source_file(plans):
    for path in SAMPLE_FILES:
        plan = plans[path.stem]
        src = path.read_text(encoding="utf-8")
        for d in plan.deadlines:
            s, e = plan.source_span(d.span)
            assert src[s:e].replace("**", "") == d.text or d.text in src[s:e].replace("**", "")


def test_lead_unit_from_chu_tri_line(plans):
    t = next(t for t in plans["ca-mau_2019_asean"].tasks if t.id == "II.4")
    assert [a.name for a in t.lead] == ["Sở Công Thương"]


def test_lead_from_focal_point_phrase(plans):
    t = next(t for t in plans["binh-duong_4750-KH-UBND_2019_asean"].tasks if t.id == "III.1")
    assert [a.name for a in t.lead] == ["Sở Thông tin và Truyền thông"]


def test_doer_field_is_support_when_a_lead_is_named(plans):
    t = next(t for t in plans["binh-duong_1759-KH-UBND_2019_foreign-information"].tasks if t.id == "II.4.2")
    assert [a.name for a in t.lead] == ["Ủy ban nhân dân tỉnh"]
    assert any("Becamex" in a.text or "Đầu tư và Phát triển" in a.name for a in t.support)


def test_alias_defined_in_document_is_canonicalised(plans):
    t = next(t for t in plans["binh-duong_1759-KH-UBND_2019_foreign-information"].tasks if t.id == "II.4.3")
    becamex = next(a for a in t.support if "Becamex" in a.text)
    assert becamex.name.startswith("Tổng Công ty Đầu tư và Phát triển công nghiệp")


def test_attribute_items_are_sections_not_tasks(plans):
    p = plans["kien-giang_2841-KH-SGDDT_2021_asean-education"]
    assert {"II.2", "II.3"} <= {s.id for s in p.sections}
    assert {t.id for t in p.tasks} == {"II.1", "III.1", "III.2"}


def test_news_report_metadata(plans):
    m = plans["tay-ninh_2502-KH-UBND_2019_asean-news"].meta
    assert (m.number, m.issued, m.province, m.signer) == ("2502/KH-UBND", "2019-11-08", "Tây Ninh", None)
    assert m.news_report


def test_frames_have_one_row_per_item(plans):
    p = plans["binh-duong_1759-KH-UBND_2019_foreign-information"]
    assert len(p.tasks_frame()) == len(p.tasks)
    assert list(p.tasks_frame().columns)[:5] == ["id", "title", "lead", "support", "timeframe"]
    assert len(p.deadlines_frame()) == len(p.deadlines)
    assert len(p.assignments_frame()) == len(p.assignments)
    assert len(p.sections_frame()) == len(p.sections)
    assert len(p.budget_frame()) == len(p.budget.clauses)


def test_repr_and_html(plans):
    p = plans["binh-duong_4750-KH-UBND_2019_asean"]
    assert "4750/KH-UBND" in repr(p) and "11 tasks" in repr(p)
    assert "<table>" in p._repr_html_()
