"""The audit where it disagreed with an independent annotator on unseen plans (set 1,
/work/unseen-audit/disagreements.txt): each mechanism shown on small synthetic plans, in more
than one wording or layout than the unseen file."""
from __future__ import annotations

import pytest

import planparse

# -- 1. an annex that follows the signature is part of what the audit reads ----------------------

ANNEX_BODY = """ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN
Số: 45/KH-UBND
KẾ HOẠCH
Thông tin, tuyên truyền về ASEAN năm 2022

Thực hiện Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ.

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của Nhân dân về Cộng đồng ASEAN và tinh thần "Tư duy Cộng đồng, Hành động Cộng đồng".

II. NHIỆM VỤ CỤ THỂ
Các nhiệm vụ, đơn vị chủ trì và thời gian thực hiện tại Phụ lục kèm theo.

III. KINH PHÍ
Từ nguồn kinh phí chi thường xuyên của các đơn vị.

IV. TỔ CHỨC THỰC HIỆN
Các đơn vị báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 15/12/2022.

Nơi nhận:
- Như trên;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn A

PHỤ LỤC
PHÂN CÔNG NHIỆM VỤ
(Kèm theo Kế hoạch số 45/KH-UBND)

"""

# (number, content, lead, time) — the training row is the one the body never mentions
ANNEX_ROWS = [
    ("STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"),
    ("1", "Đăng tải tin, bài về ASEAN trên Cổng thông tin điện tử tỉnh", "Sở Thông tin và Truyền thông", "Năm 2022"),
    ("2", "{training}", "Sở Nội vụ", "Quý III/2022"),
    ("3", "Treo cờ ASEAN tại trụ sở các cơ quan nhân kỷ niệm ngày thành lập ASEAN", "Sở Văn hóa và Thể thao", "Tháng 8/2022"),
]

TRAININGS = [
    "Cử cán bộ, công chức tham gia lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN do Bộ tổ chức",
    "Tổ chức tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho đội ngũ báo cáo viên cấp huyện",
]


def _wrap(s: str, width: int) -> list[str]:
    out, line = [], ""
    for w in s.split():
        if line and len(line) + 1 + len(w) > width:
            out.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    return out + [line]


def _annex(layout: str, training: str) -> str:
    rows = [tuple(c.format(training=training) for c in r) for r in ANNEX_ROWS]
    if layout == "tabs":
        lines = ["\t".join(r) for r in rows]
    elif layout == "pipes":
        lines = ["| " + " | ".join(r) + " |" for r in rows]
        lines.insert(1, "|---|---|---|---|")
    else:  # aligned columns with the content cell wrapped: the cell never stands whole in the text
        widths = (6, 44, 32, 14)
        lines = []
        for r in rows:
            cells = [_wrap(c, w - 2) for c, w in zip(r, widths)]
            for k in range(max(map(len, cells))):
                lines.append("".join((c[k] if k < len(c) else "").ljust(w) for c, w in zip(cells, widths)).rstrip())
    return ANNEX_BODY + "\n".join(lines) + "\n"


@pytest.mark.parametrize("training", TRAININGS, ids=["cu-can-bo", "to-chuc"])
@pytest.mark.parametrize("layout", ["tabs", "pipes", "aligned-wrapped"])
def test_an_annex_row_after_the_signature_covers_its_area(layout, training):
    plan = planparse.parse(_annex(layout, training))
    row = next(t for t in plan.tasks if "tập huấn" in t.title)
    assert row.source == "annex"
    a = planparse.audit(plan, "asean-2021-2025")
    b09 = next(x for x in a.areas if x.id == "B09")
    assert b09.status == "covered", (b09.status, b09.score)
    ev = b09.evidence[0]
    assert ev.section == row.id and "bồi dưỡng kỹ năng tuyên truyền" in ev.text
    # the span is where the row stands in the text: the whole quote, or its opening words where
    # the table's columns interleave the cell's lines
    at = plan.text[ev.span[0]:ev.span[1]]
    assert at.strip() == ev.text or (len(at.split()) >= 3 and ev.text.startswith(at))
    # and without the annex the area is not there
    cut = planparse.parse(ANNEX_BODY)
    assert next(x for x in planparse.audit(cut, "asean-2021-2025").areas if x.id == "B09").status == "missing"


def test_annex_rows_are_units_with_distinct_spans():
    from planparse.auditing.coverage import audit_units, plan_units
    plan = planparse.parse(_annex("aligned-wrapped", TRAININGS[0]))
    body, units = plan_units(plan), audit_units(plan)
    rows = units[len(body):]
    assert [u.section for u in rows] == [t.id for t in plan.tasks if t.source == "annex"]
    assert all(u.role == "row" and u.top_kind == "tasks" for u in rows)
    assert len({u.span for u in units}) == len(units)


# -- 5. S5: a task divided into the rows of a table in its section ---------------------------------

DIVIDED = """KẾ HOẠCH
Tuyên truyền về ASEAN năm 2020

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức về Cộng đồng ASEAN.

II. NHIỆM VỤ
1. Tuyên truyền trên báo chí
Đài Phát thanh và Truyền hình tỉnh chủ trì, mở chuyên mục về ASEAN.
2. {title}
{table}
III. TỔ CHỨC THỰC HIỆN
1. Sở Thông tin và Truyền thông
- Theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2020.
"""

ROWS = [("1", "Tổ chức hội nghị tập huấn kỹ năng tuyên truyền", "Sở Thông tin và Truyền thông", "Quý III/2020"),
        ("2", "Xây dựng Góc ASEAN tại Thư viện tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Năm 2020"),
        ("3", "Tổ chức cuộc thi tìm hiểu về ASEAN", "Tỉnh đoàn", "Quý IV/2020")]


def _table(layout: str, rows) -> str:
    head = ("TT", "Nội dung", "Cơ quan chủ trì", "Thời gian")
    if layout == "pipes":
        return "\n".join("| " + " | ".join(r) + " |" for r in [head] + rows) + "\n"
    return "\n".join("\t".join(r) for r in [head] + rows) + "\n"


@pytest.mark.parametrize("title", ["Các hoạt động tuyên truyền cụ thể", "Phân công thực hiện các hoạt động"])
@pytest.mark.parametrize("layout", ["tabs", "pipes"])
def test_a_task_divided_into_table_rows_that_all_have_a_lead_passes_s5(layout, title):
    plan = planparse.parse(DIVIDED.format(title=title, table=_table(layout, ROWS)))
    assert [t.id for t in plan.tasks if t.source == "table"] == ["II.2.1", "II.2.2", "II.2.3"]
    assert not next(t for t in plan.tasks if t.id == "II.2").lead
    s5 = next(c for c in planparse.audit(plan).checks if c.id == "S5")
    assert s5.status == "pass", s5.detail


@pytest.mark.parametrize("layout", ["tabs", "pipes"])
def test_a_row_without_a_lead_still_fails_s5(layout):
    rows = ROWS[:2] + [("3", "Tổ chức cuộc thi tìm hiểu về ASEAN", "", "Quý IV/2020")]
    plan = planparse.parse(DIVIDED.format(title="Các hoạt động tuyên truyền cụ thể", table=_table(layout, rows)))
    s5 = next(c for c in planparse.audit(plan).checks if c.id == "S5")
    assert s5.status == "fail" and "II.2" in s5.items and "II.2.3" in s5.items, s5.detail
