"""Property-based tests: generated plan-like documents and arbitrary text never break the invariants."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import planparse
from planparse.errors import PlanparseError
from planparse.structure import int_to_roman

AGENCIES = ["Sở Thông tin và Truyền thông", "Sở VHTTDL", "UBND tỉnh", "Ban Tuyên giáo Tỉnh ủy", "Sở Công thương",
            "Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố", "Đài PTTH tỉnh", "Hội LHPN tỉnh"]
TIMES = ["trước ngày 01/12 hàng năm", "quý II/2020", "định kỳ hằng quý", "6 tháng đầu năm 2021", "2019 - 2020",
         "trước ngày 20/5 và ngày 20/11/2019", "năm 2020", ""]
NOISE = ["Thứ sáu - 29/11/2019 03:00 714 0", "**", "⁽⁶⁾", "---", "  ", "\uf0b7 ", "– ", "## "]
KINDS = ["MỤC ĐÍCH, YÊU CẦU", "NỘI DUNG", "NHIỆM VỤ CỤ THỂ", "HÌNH THỨC", "KINH PHÍ THỰC HIỆN", "TỔ CHỨC THỰC HIỆN"]

words = st.sampled_from(["tuyên truyền", "ASEAN", "tổ chức", "hội nghị", "quảng bá", "Góc ASEAN", "doanh nghiệp",
                         "cuộc thi tìm hiểu về ASEAN", "phản bác thông tin sai trái", "mạng xã hội", "tập huấn"])


@st.composite
def plan_docs(draw):
    roman = draw(st.booleans())
    lines = ["KẾ HOẠCH", draw(st.text(min_size=0, max_size=30)), ""]
    if draw(st.booleans()):
        lines.insert(0, "Số: 12/KH-UBND")
    for k in range(1, draw(st.integers(1, 6)) + 1):
        if roman:
            lines.append(f"{draw(st.sampled_from(['', '## ', '**']))}{int_to_roman(k)}. {draw(st.sampled_from(KINDS))}")
        for i in range(1, draw(st.integers(0, 5)) + 1):
            label = draw(st.sampled_from([f"{i}.", f"{i})", f"{k}.{i}.", f"{chr(96 + i)})"]))
            title = " ".join(draw(st.lists(words, min_size=1, max_size=5)))
            lines.append(f"{label} {title}")
            if draw(st.booleans()):
                lines.append(f"- Đơn vị chủ trì: {draw(st.sampled_from(AGENCIES))}.")
            if draw(st.booleans()):
                lines.append(f"- Đơn vị phối hợp: {', '.join(draw(st.lists(st.sampled_from(AGENCIES), max_size=3)))}.")
            t = draw(st.sampled_from(TIMES))
            if t:
                lines.append(f"{draw(st.sampled_from(['- Thời gian thực hiện: ', 'Báo cáo ', '']))}{t}.")
            if draw(st.booleans()):
                lines.append(draw(st.sampled_from(NOISE)) + " ".join(draw(st.lists(words, max_size=8))))
    sep = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    return sep.join(lines)


def check_invariants(plan):
    text = plan.text
    ids = [s.id for s in plan.sections]
    assert len(ids) == len(set(ids))
    for s in plan.sections:
        assert 0 <= s.span[0] <= s.span[1] <= len(text)
    by_id = {s.id: s for s in plan.sections}
    for t in plan.tasks:
        sec = by_id.get(t.section)
        if sec is not None:
            assert sec.span[0] <= t.span[0] and t.span[1] <= sec.span[1]
        for a in t.lead + t.support:
            if a.span:
                assert text[a.span[0]:a.span[1]] == a.text
    for d in plan.deadlines:
        assert text[d.span[0]:d.span[1]] == d.text
    for c in plan.budget.clauses:
        assert text[c.span[0]:c.span[1]] == c.text
    for s in plan.sections:
        a, b = plan.source_span(s.span)
        assert a <= b


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_docs())
def test_generated_plans_keep_invariants(doc):
    plan = planparse.parse(doc)
    check_invariants(plan)
    audit = planparse.audit(plan)
    for area in audit.areas:
        for e in area.evidence:
            assert plan.text[e.span[0]:e.span[1]].strip() == e.text


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=600))
def test_arbitrary_unicode_only_raises_planparse_errors(s):
    try:
        plan = planparse.parse(s)
    except PlanparseError:
        return
    check_invariants(plan)
