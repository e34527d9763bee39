"""Check details as data: S2's budget sources and S6's citation are structured in ``detail_params``
(lists and the citation's own fields, no preformatted text), while ``detail`` and the vi/en reports
read as they did when those parameters were preformatted strings — and audits written that way
(before the change) still render."""
import copy
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conftest import ROOT, SAMPLE_FILES

import planparse
from planparse.auditing.model import render
from planparse.report.i18n import check_detail

BUDGET_CODES = ["state_budget", "unit_budget", "sponsorship", "socialization", "enterprise", "asean_funds", "other_lawful"]
CITATION_FIELDS = {"citation", "number", "topic", "start", "end"}


def _check(key, params):
    return {"id": key.split(".")[1], "detail": "x", "detail_key": key, "detail_params": params}


def _as_written_before(key: str, params: dict) -> dict:
    """The parameters as audits wrote them before they were data (checks.py at 0702d29)."""
    old = dict(params)
    if isinstance(old.get("sources"), list):
        old["sources"] = f" ({', '.join(old['sources'])})" if old["sources"] else ""
    if isinstance(old.get("numbers"), list):
        old["numbers"] = ", ".join(old["numbers"])
    if key == "check.S6.pass":
        how = ("applicability.cites_topic_plan" if "topic" in params else
               "applicability.cites_umbrella" if "number" in params else "applicability.cites")
        old = {"citation": render(how, params).removeprefix("cites ")}
    return old


def _s(d: dict, cid: str) -> dict:
    return next(c for c in d["checks"] if c["id"] == cid)


# -- the JSON shape --------------------------------------------------------------------------------

def test_s2_sources_are_the_budget_source_codes(audits):
    for name, a in audits.items():
        s2 = _s(a.to_dict(), "S2")
        if s2["status"] != "pass":
            assert s2["detail_params"] == {}, name
            continue
        assert s2["detail_params"]["sources"] == list(a.plan.budget.sources), name
        assert all(x in BUDGET_CODES for x in s2["detail_params"]["sources"])
    assert _s(audits["ca-mau_2019_asean"].to_dict(), "S2")["detail_params"] == {
        "id": "IV", "title": "KINH PHÍ THỰC HIỆN", "sources": ["state_budget", "sponsorship", "other_lawful"]}


def test_s6_carries_the_citations_own_fields(audits):
    from planparse.auditing.applicability import citation
    from planparse.auditing.reference import load_reference
    for name, a in audits.items():
        s6 = _s(a.to_dict(), "S6")
        if s6["detail_key"] == "check.S6.pass":
            assert set(s6["detail_params"]) <= CITATION_FIELDS
            assert s6["detail_params"] == citation(a.plan, load_reference(a.reference["id"]))[1], name
        elif s6["detail_key"] == "check.S6.other":
            assert s6["detail_params"]["numbers"] == [b.number for b in a.plan.meta.basis]
    kg = _s(audits["kien-giang_2841-KH-SGDDT_2021_asean-education"].to_dict(), "S6")
    assert kg["detail_params"] == {"citation": "Kế hoạch 198/KH-UBND", "number": "1160/QĐ-TTg"}
    assert kg["detail"] == "basis cites Kế hoạch 198/KH-UBND (implements 1160/QĐ-TTg)"
    bd = _s(audits["binh-duong_1759-KH-UBND_2019_foreign-information"].to_dict(), "S6")
    assert bd["detail_params"]["numbers"][:2] == ["21/CT-TTg", "368/QĐ-TTg"]


def test_no_preformatted_text_in_s2_and_s6_params(audits):
    for a in audits.values():
        for cid in ("S2", "S6"):
            for k, v in _s(a.to_dict(), cid)["detail_params"].items():
                for x in v if isinstance(v, list) else [v]:
                    assert not (isinstance(x, str) and (x != x.strip() or re.search(r"\((?:implements|a plan on)|, ", x))), (cid, k, v)


_DISTRICT = (ROOT / "tests" / "fixtures" / "audit" / "plan-2021-district.txt").read_text(encoding="utf-8").replace(
    "Triển khai có hiệu quả Chương trình hành động ban hành kèm theo Quyết định số 1160/QĐ-TTg ngày 13/7/2021 "
    "của Thủ tướng Chính phủ; góp", "Góp")


@pytest.mark.parametrize("preamble, params, detail", [
    ("Thực hiện Kế hoạch số 198/KH-UBND ngày 19/10/2021 của Ủy ban nhân dân tỉnh Kiên Giang;",
     {"citation": "Kế hoạch 198/KH-UBND", "number": "1160/QĐ-TTg"},
     "basis cites Kế hoạch 198/KH-UBND (implements 1160/QĐ-TTg)"),
    ("Thực hiện Kế hoạch số 45/KH-UBND ngày 10/11/2021 của Ủy ban nhân dân tỉnh Bạc Liêu về thông tin, tuyên "
     "truyền về Cộng đồng ASEAN giai đoạn 2021 - 2025;",
     {"citation": "Kế hoạch 45/KH-UBND", "topic": "ASEAN", "start": 2021, "end": 2025},
     "basis cites Kế hoạch 45/KH-UBND (a plan on ASEAN 2021-2025)"),
])
def test_s6_citing_a_plan_that_implements_the_reference(preamble, params, detail):
    text = _DISTRICT.replace("trên địa bàn thị xã\n\n", "trên địa bàn thị xã\n\n" + preamble + "\n\n", 1)
    a = planparse.audit(planparse.parse(text))
    s6 = _s(a.to_dict(), "S6")
    assert (s6["detail_key"], s6["detail_params"], s6["detail"]) == ("check.S6.pass", params, detail)
    assert a.reason_codes[0]["params"] == params  # the same fields as the applicability reason
    # the sentence the audit wrote before, from the rendered citation message
    assert detail == "basis cites " + render(a.reason_codes[0]["key"], params).removeprefix("cites ")


# -- rendering: as before, and audits written before still render --------------------------------

# (key, params as now written, as written before, vi, en): the texts are what reports showed before
CASES = [
    ("check.S2.section", {"id": "IV", "title": "KINH PHÍ", "sources": ["state_budget", "sponsorship"]},
     {"id": "IV", "title": "KINH PHÍ", "sources": " (state_budget, sponsorship)"},
     "mục IV KINH PHÍ (ngân sách nhà nước, tài trợ)", "section IV KINH PHÍ (state budget, sponsorship)"),
    ("check.S2.clause", {"section": "III.2", "sources": []}, {"section": "III.2", "sources": ""},
     "điều khoản kinh phí tại III.2", "budget clause in III.2"),
    ("check.S6.pass", {"citation": "Kế hoạch 198/KH-UBND", "number": "1160/QĐ-TTg"},
     {"citation": "Kế hoạch 198/KH-UBND (implements 1160/QĐ-TTg)"},
     "căn cứ viện dẫn Kế hoạch 198/KH-UBND (văn bản triển khai 1160/QĐ-TTg)",
     "basis cites Kế hoạch 198/KH-UBND (implements 1160/QĐ-TTg)"),
    ("check.S6.pass", {"citation": "Kế hoạch 45/KH-UBND", "topic": "ASEAN", "start": 2021, "end": 2025},
     {"citation": "Kế hoạch 45/KH-UBND (a plan on ASEAN 2021-2025)"},
     "căn cứ viện dẫn Kế hoạch 45/KH-UBND (kế hoạch về ASEAN giai đoạn 2021-2025)",
     "basis cites Kế hoạch 45/KH-UBND (a plan on ASEAN 2021-2025)"),
    ("check.S6.pass", {"citation": "Quyết định 02/QĐ-BCĐASEAN"}, {"citation": "Quyết định 02/QĐ-BCĐASEAN"},
     "căn cứ viện dẫn Quyết định 02/QĐ-BCĐASEAN", "basis cites Quyết định 02/QĐ-BCĐASEAN"),
    ("check.S6.other", {"numbers": ["21/CT-TTg", "368/QĐ-TTg"], "number": "02/QĐ-BCĐASEAN"},
     {"numbers": "21/CT-TTg, 368/QĐ-TTg", "number": "02/QĐ-BCĐASEAN"},
     "căn cứ viện dẫn 21/CT-TTg, 368/QĐ-TTg; không viện dẫn 02/QĐ-BCĐASEAN",
     "basis cites 21/CT-TTg, 368/QĐ-TTg; not 02/QĐ-BCĐASEAN"),
]

# the English report's HTML before: words quoted from the plan marked lang="vi", source labels not
HTML_EN = {
    0: "section <span lang='vi'>IV</span> <span lang='vi'>KINH PHÍ</span> (state budget, sponsorship)",
    1: "budget clause in <span lang='vi'>III.2</span><span lang='vi'></span>",
    2: "basis cites <span lang='vi'>Kế hoạch 198/KH-UBND (implements 1160/QĐ-TTg)</span>",
    3: "basis cites <span lang='vi'>Kế hoạch 45/KH-UBND (a plan on ASEAN 2021-2025)</span>",
}


@pytest.mark.parametrize("i", range(len(CASES)))
def test_details_render_as_before_in_vi_and_en(i):
    from planparse.auditing.model import detail_text
    key, new, old, vi, en = CASES[i]
    assert _as_written_before(key, new) == old
    assert detail_text(key, new) == render(key, old)  # the JSON's English detail
    for params in (new, old):  # now, and an audit written before
        assert check_detail(_check(key, params), "vi") == vi
        assert check_detail(_check(key, params), "en") == en
        assert check_detail(_check(key, params), "vi", html=True) == vi  # nothing to escape or mark
        if i in HTML_EN:
            assert check_detail(_check(key, params), "en", html=True) == HTML_EN[i]
    assert check_detail(_check(key, new), "en", html=True) == check_detail(_check(key, old), "en", html=True)


@given(st.lists(st.sampled_from(BUDGET_CODES + ["a_new_code"]), unique=True),
       st.sampled_from(["vi", "en"]), st.booleans())
def test_budget_sources_render_as_the_old_preformatted_string_did(sources, lang, html):
    from planparse.auditing.model import detail_text
    new = {"id": "IV", "title": "KINH PHÍ <b>", "sources": sources}
    old = _as_written_before("check.S2.section", new)
    assert detail_text("check.S2.section", new) == render("check.S2.section", old)
    assert check_detail(_check("check.S2.section", new), lang, html) == check_detail(_check("check.S2.section", old), lang, html)


@pytest.fixture(scope="module")
def rows():
    return planparse.audit_many(SAMPLE_FILES, jobs=1).rows


def _written_before(rows):
    old = copy.deepcopy(rows)
    for r in old:
        for c in r["audit"]["checks"]:
            if c["id"] in ("S2", "S6"):
                c["detail_params"] = _as_written_before(c["detail_key"], c["detail_params"])
    return old


def test_the_old_params_are_really_strings(rows):
    old = _written_before(rows)
    kg = next(r for r in old if "2841" in r["path"])["audit"]
    assert _s(kg, "S2")["detail_params"]["sources"] == " (state_budget, socialization, enterprise, asean_funds, other_lawful)"
    assert _s(kg, "S6")["detail_params"] == {"citation": "Kế hoạch 198/KH-UBND (implements 1160/QĐ-TTg)"}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_audits_written_before_render_the_same_reports(rows, lang, tmp_path):
    import openpyxl
    from planparse.auditing.batch import AuditSet
    new, old = AuditSet(rows), AuditSet(_written_before(rows))
    assert old.to_html(lang=lang) == new.to_html(lang=lang)
    new.to_excel(tmp_path / "new.xlsx", lang=lang)
    old.to_excel(tmp_path / "old.xlsx", lang=lang)

    def cells(p):
        return [[[c.value for c in row] for row in ws.iter_rows()] for ws in openpyxl.load_workbook(p).worksheets]
    assert cells(tmp_path / "old.xlsx") == cells(tmp_path / "new.xlsx")


def test_a_citation_missing_its_period_falls_back_to_the_sentence():
    check = {"id": "S6", "detail": "basis cites X", "detail_key": "check.S6.pass",
             "detail_params": {"citation": "Kế hoạch 45/KH-UBND", "topic": "ASEAN"}}
    assert check_detail(check, "vi") == "basis cites X"
