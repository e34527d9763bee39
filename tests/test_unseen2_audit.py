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


# -- 2, 3, 4, 6. reference wording: signals a careful analyst reads as the area --------------------

PLAN_2019 = """ỦY BAN NHÂN DÂN HUYỆN AN PHÚ
Số: 77/KH-UBND
KẾ HOẠCH
Tuyên truyền về ASEAN năm 2020

Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN.

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ và Nhân dân trong huyện về ASEAN.

II. NHIỆM VỤ
1. Tuyên truyền về Cộng đồng ASEAN
Phòng Văn hóa và Thông tin huyện chủ trì, biên soạn đề cương giới thiệu về ASEAN.
2. Nhiệm vụ khác
{task}

III. KINH PHÍ
Từ nguồn ngân sách huyện.

IV. TỔ CHỨC THỰC HIỆN
1. Phòng Văn hóa và Thông tin huyện
{duty}
- Tổng hợp, báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 10/12/2020.
"""


def _status(area: str, task: str = "Ủy ban nhân dân các xã triển khai thực hiện.", duty: str = "- Theo dõi việc thực hiện.") -> str:
    plan = planparse.parse(PLAN_2019.format(task=task, duty=duty))
    return next(x.status for x in planparse.audit(plan, "asean-2019-2020").areas if x.id == area)


@pytest.mark.parametrize("area", ["A01", "A04", "A09", "A10"])
def test_the_plan_without_the_clause_does_not_have_the_area(area):
    assert _status(area) == "missing"


@pytest.mark.parametrize("task", [
    "Treo băng rôn, pa nô tuyên truyền kỷ niệm 25 năm Việt Nam gia nhập ASEAN tại các tuyến đường chính.",
    "Kẻ vẽ khẩu hiệu tuyên truyền về ASEAN tại trụ sở Ủy ban nhân dân các xã.",
    "In và treo áp phích giới thiệu Cộng đồng ASEAN tại nhà văn hóa các thôn.",
])
def test_a10_one_kind_of_visual_propaganda_is_the_area(task):
    assert _status("A10", task) == "covered"


@pytest.mark.parametrize("task", [
    "Xây dựng chuyên mục “Hướng tới năm Chủ tịch ASEAN 2020”, tiếp âm các chương trình về ASEAN của Đài Tiếng nói Việt Nam.",
    "Đài Truyền thanh huyện tiếp sóng các chương trình thời sự về ASEAN của Đài Tiếng nói Việt Nam.",
    "Mở chuyên mục “ASEAN và chúng ta” trên hệ thống truyền thanh cơ sở.",
])
def test_a09_a_relay_or_a_column_of_its_own_is_the_area(task):
    assert _status("A09", task) == "covered"


@pytest.mark.parametrize("task", [
    "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện và Hội Nông dân huyện "
    "lồng ghép tuyên truyền về ASEAN trong các buổi sinh hoạt của tổ chức, hội viên, đoàn viên.",
    "Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh các xã phổ biến về ASEAN đến đoàn viên, hội viên.",
])
def test_a04_the_mass_organisations_by_name_are_the_area(task):
    assert _status("A04", task) == "covered"


def test_a04_one_organisation_named_for_another_duty_only_touches_the_area():
    assert _status("A04", "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện phối hợp giám sát việc thực hiện Kế hoạch.") != "covered"


@pytest.mark.parametrize("duty", [
    "- Là cơ quan thường trực, tham mưu Ủy ban nhân dân huyện hướng dẫn, theo dõi, đôn đốc việc triển khai Kế hoạch.",
    "- Là cơ quan chủ trì, tham mưu Ủy ban nhân dân huyện triển khai Kế hoạch.",
    "- Là đơn vị thường trực, giúp Ủy ban nhân dân huyện theo dõi việc thực hiện.",
])
def test_a01_the_standing_body_is_the_focal_point_partial(duty):
    assert _status("A01", duty=duty) == "partial"


def test_a01_reporting_to_a_standing_committee_is_not_the_focal_point():
    assert _status("A01", duty="- Báo cáo Thường trực Huyện ủy kết quả thực hiện.") == "missing"


@pytest.mark.parametrize("task", [
    "Treo pa nô tuyên truyền kỷ niệm Ngày thành lập ASEAN tại các tuyến đường chính.",
    "Kẻ vẽ khẩu hiệu, treo áp phích chào mừng Ngày ASEAN tại trụ sở các xã.",
])
def test_b08_one_kind_of_visual_propaganda_is_the_area(task):
    text = (PLAN_2019.replace("02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN",
                              "1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ")
            .replace("năm 2020", "năm 2022").replace("/2020", "/2022"))
    for t, want in (("Ủy ban nhân dân các xã triển khai thực hiện.", "missing"), (task, "covered")):
        plan = planparse.parse(text.format(task=t, duty="- Theo dõi việc thực hiện."))
        assert next(x.status for x in planparse.audit(plan, "asean-2021-2025").areas if x.id == "B08") == want, t
