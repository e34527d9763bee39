"""Table-driven tests for the extractors: tests/cases/*.csv, one row one test."""
import csv
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from planparse.extract.agencies import split_list
from planparse.extract.temporal import parse_temporal

CASES = Path(__file__).parent / "cases"


def rows(name):
    with open(CASES / name, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def none(s):
    return s or None


@pytest.mark.parametrize("row", rows("deadlines_vi.csv"), ids=lambda r: r["text"][:40])
def test_deadline_grammar(row):
    got = parse_temporal(row["text"], year=int(row["plan_year"]) if row["plan_year"] else None,
                         time_context=row["time_field"] == "1")
    assert len(got) == int(row["n"]), [(t.kind, t.due, t.start, t.text) for t in got]
    if got:
        t = got[0]
        assert (t.kind, t.due, t.start, t.end, t.recurrence) == (
            row["kind"], none(row["due"]), none(row["start"]), none(row["end"]), none(row["recurrence"]))


def test_deadline_case_table_is_large_enough():
    assert len(rows("deadlines_vi.csv")) >= 60


@pytest.mark.parametrize("row", rows("agencies.csv"), ids=lambda r: r["text"][:40])
def test_agency_list(row):
    got = split_list(row["text"])
    assert [a.name for a in got] == [n.strip() for n in row["names"].split("|")]
    if row["collective"]:
        assert all(a.collective == (row["collective"] == "1") for a in got)
    if row["canonical"]:
        assert all(a.canonical == (row["canonical"] == "1") for a in got)


def test_agency_spans_index_the_text():
    text = "Đơn vị phối hợp: Sở Công thương, Ban Tuyên giáo Tỉnh ủy và các cơ quan liên quan."
    start = text.index(":") + 2
    for a in split_list(text[start:], base=start):
        assert text[a.span[0]:a.span[1]] == a.text


def test_successor_after_2025_reorganisation():
    a = split_list("Sở Thông tin và Truyền thông")[0]
    assert a.successor and "Khoa học và Công nghệ" in a.successor


@pytest.mark.parametrize("text,vnd", [
    ("1,5 tỷ đồng", 1_500_000_000), ("500.000.000 đồng", 500_000_000), ("500 triệu đồng", 500_000_000),
    ("20 nghìn đồng", 20_000), ("1.200.000 VNĐ", 1_200_000),
])
def test_amounts(text, vnd):
    from planparse.extract.budget import _AMOUNT, parse_amount
    assert parse_amount(_AMOUNT.search(text)) == vnd


def test_budget_sources_from_a_clause():
    import planparse
    plan = planparse.parse("I. MỤC ĐÍCH\n\nNâng cao.\n\nII. KINH PHÍ THỰC HIỆN\n\nKinh phí từ ngân sách nhà nước, "
                           "nguồn xã hội hóa, vận động tài trợ, Quỹ hợp tác ASEAN và các nguồn hợp pháp khác; "
                           "dự kiến 1,5 tỷ đồng.")
    assert plan.budget.present
    assert set(plan.budget.sources) == {"state_budget", "socialization", "sponsorship", "asean_funds", "other_lawful"}
    assert [a.vnd for a in plan.budget.amounts] == [1_500_000_000]


def test_assignment_bullet_with_colon_after_the_agency():
    import planparse
    p = planparse.parse("I. NỘI DUNG\n\n1. Tuyên truyền.\n\nII. TỔ CHỨC THỰC HIỆN\n\n- Sở Tài chính: thẩm định, bố trí kinh phí.\n\n"
                        "- UBND các quận, huyện: triển khai tại địa phương.")
    assert [a.agency.name for a in p.assignments] == ["Sở Tài chính", "Ủy ban nhân dân các quận, huyện"]


def test_district_plan_keeps_levels_and_localities():
    """A district plan (not a sample's layout): district offices, lists with "và"/"-" inside names,
    a verb after a name, a person as actor, time words as fields."""
    import planparse
    p = planparse.parse((CASES / "district_plan.txt").read_text(encoding="utf-8"))
    tasks = {t.id: t for t in p.tasks}
    assert [a.name for a in tasks["II.1"].support] == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Huyện đoàn", "Hội Liên hiệp Phụ nữ huyện"]
    assert [a.name for a in tasks["II.2"].lead] == ["Phòng Kinh tế và Hạ tầng", "Phòng Lao động - Thương binh và Xã hội"]
    assert [a.name for a in tasks["II.2"].support] == [
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Phòng Nông nghiệp và Phát triển nông thôn huyện"]
    assert [a.name for a in tasks["II.3"].support] == ["Phòng Giáo dục và Đào tạo huyện"]
    assert [(a.name, a.person, a.role) for a in tasks["II.4"].lead] == [("Nguyễn Văn An", True, "Phó Chủ tịch UBND huyện")]
    assert (tasks["II.2"].timeframe.start, tasks["II.2"].timeframe.end) == ("2020-10-01", "2020-11-30")
    assert tasks["II.1"].timeframe is None  # Thường xuyên is not a window
    assert [a.agency.name for a in p.assignments] == [
        "Phòng Văn hóa và Thông tin huyện", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện",
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Các đoàn thể huyện", "Phòng Tài chính - Kế hoạch",
        "Ủy ban nhân dân các xã, thị trấn"]
    kinds = sorted((d.kind.value, d.start, d.end, d.recurrence) for d in p.deadlines)
    assert kinds == [("period", "2020-04-29", "2020-04-29", None), ("period", "2020-10-01", "2020-11-30", None),
                     ("recurring", None, None, "yearly")]


def test_org_section_intro_assigns_the_items_below_it():
    import planparse
    p = planparse.parse("I. NỘI DUNG\n1. Kiểm tra kỹ thuật.\nII. TỔ CHỨC THỰC HIỆN\n"
                        "Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc:\n"
                        "1. Tổ chức kiểm tra kỹ thuật an toàn cho các đối tượng.\n"
                        "2. Chuẩn bị các điều kiện cần thiết khác.\n")
    assert [(a.agency.name, a.section) for a in p.assignments] == [("Phòng Quản lý Công nghiệp", "II")]
    duties = p.assignments[0].duties
    assert len(duties) == 2 and duties[0].startswith("Tổ chức") and duties[1].startswith("Chuẩn bị")


def test_district_plan_roles_in_sentences():
    """Roles written as sentences and one-line fields; a team's head named after a position."""
    import planparse
    p = planparse.parse((CASES / "district_plan_sentences.txt").read_text(encoding="utf-8"))
    tasks = {t.id: t for t in p.tasks}
    assert [a.name for a in tasks["II.1"].lead] == ["Phòng Văn hóa và Thông tin"]  # after "Giao"
    assert [a.name for a in tasks["II.1"].support] == ["Phòng Giáo dục và Đào tạo", "Trung tâm Văn hóa - Thể thao huyện"]
    assert [a.name for a in tasks["II.4"].lead] == ["Phòng Kinh tế và Hạ tầng"]  # the sentence ends the list
    people = [(a.agency.name, a.agency.role) for a in p.assignments if a.agency.person]
    assert people == [("Trần Văn Hùng", "Trưởng ban tổ chức"), ("Lê Thị Hoa", "Trưởng phòng Văn hóa và Thông tin")]
    assert [a.agency.name for a in p.assignments if not a.agency.person] == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Huyện đoàn", "Hội Liên hiệp Phụ nữ huyện", "Phòng Tài chính - Kế hoạch"]


def test_annex_rows_give_their_task_a_deadline():
    """An annex row's time window (read into its PL task's timeframe) is a deadline of that task, once."""
    from planparse.extract.deadlines import annex_deadlines
    from planparse.extract.temporal import parse_temporal
    from planparse.model import Deadline, DeadlineKind, Task, Timeframe
    t = parse_temporal("23/3/2026 | 02 ngày", time_context=True)[0]
    tf = Timeframe(text=t.text, start=t.start, end=t.end)
    tasks = [Task(id="PL.1", title="Công ty A", lead=(), support=(), timeframe=tf, section="PL", span=(0, 0)),
             Task(id="PL.2", title="Công ty B", lead=(), support=(), timeframe=None, section="PL", span=(0, 0)),
             Task(id="II.1", title="Tuyên truyền", lead=(), support=(), timeframe=tf, section="II", span=(0, 0))]
    got = annex_deadlines(tasks, [])
    assert [(d.task, d.kind, d.start, d.end) for d in got] == [("PL.1", DeadlineKind.PERIOD, "2026-03-23", "2026-03-24")]
    body = Deadline(text=t.text, kind=DeadlineKind.PERIOD, due=None, start=t.start, end=t.end, recurrence=None,
                    section=None, subject="")
    assert annex_deadlines(tasks, [body]) == []  # the same window already read from the text


def test_org_section_lead_in_that_narrates_assigns_nothing():
    import planparse
    p = planparse.parse("I. NỘI DUNG\n1. Kiểm tra.\nII. TỔ CHỨC THỰC HIỆN\n"
                        "Ủy ban nhân dân tỉnh nhận được Văn bản số 12/BXD ngày 02/3/2026, yêu cầu như sau:\n"
                        "1. Sở Xây dựng: chủ trì kiểm tra.\n")
    assert [(a.agency.name, a.section) for a in p.assignments] == [("Sở Xây dựng", "II.1")]


@pytest.mark.parametrize("sentence,window", [
    ("Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp thực hiện trong quý III/2020.", ("2020-07-01", "2020-09-30")),
    ("Phòng Giáo dục và Đào tạo huyện chủ trì thực hiện trong tháng 10/2020.", ("2020-10-01", "2020-10-31")),
    ("Sở Công Thương chủ trì thực hiện trong 6 tháng cuối năm 2020.", ("2020-07-01", "2020-12-31")),
    ("Huyện đoàn chủ trì, thực hiện từ ngày 01/3/2021 đến ngày 30/4/2021.", ("2021-03-01", "2021-04-30")),
    # two windows, or only a due date: no timeframe (spec: a due date alone is a deadline)
    ("Sở Y tế triển khai trong quý I/2020, tổng kết trong quý IV/2020.", (None, None)),
    ("Sở Tài chính chủ trì, hoàn thành trước ngày 15/12/2020.", (None, None)),
])
def test_timeframe_written_in_the_task_sentence(sentence, window):
    import planparse
    p = planparse.parse("I. MỤC ĐÍCH\n\nNâng cao nhận thức.\n\nII. NHIỆM VỤ VÀ GIẢI PHÁP\n\n"
                        "1. Tổ chức tuyên truyền về chuyển đổi số.\n\n" + sentence + "\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                        "Các cơ quan, đơn vị triển khai thực hiện.\n")
    tf = p.tasks[0].timeframe
    assert ((tf.start, tf.end) if tf else (None, None)) == window


_TABLE_PLAN = ("I. MỤC ĐÍCH\n\nNâng cao nhận thức.\n\nII. NHIỆM VỤ\n\nCác nhiệm vụ cụ thể như sau:\n\n"
               "STT | Nội dung nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian thực hiện\n"
               "1 | Phát sóng chương trình chuyên đề | Đài Phát thanh và Truyền hình tỉnh | Báo tỉnh | {0}\n"
               "2 | Tập huấn kỹ năng số cho cán bộ | Sở Nội vụ | Sở Tư pháp | {1}\n\n"
               "III. TỔ CHỨC THỰC HIỆN\n\nCác cơ quan, đơn vị triển khai thực hiện.\n")


@pytest.mark.parametrize("cells,windows", [
    (("Năm 2020", "Tháng 10/2020"), {("2020-01-01", "2020-12-31"), ("2020-10-01", "2020-10-31")}),
    (("Quý III/2020", "6 tháng cuối năm 2020"), {("2020-07-01", "2020-09-30"), ("2020-07-01", "2020-12-31")}),
])
def test_body_table_time_cells_are_deadlines_of_their_rows(cells, windows):
    """A time column needs no cue word: each row's window is a deadline attached to its task, once."""
    import planparse
    p = planparse.parse(_TABLE_PLAN.format(*cells))
    got = [((d.start, d.end), d.task) for d in p.deadlines if d.kind.value == "period"]
    assert {w for w, _ in got} == windows and len(got) == 2
    assert {tid for _, tid in got} == {t.id for t in p.tasks} == {"II.1", "II.2"}


@pytest.mark.parametrize("wrapped,due", [
    ("tổng hợp, báo cáo kết quả thực hiện trước ngày\n15/12/2020.", "2020-12-15"),
    ("báo cáo Ủy ban nhân dân tỉnh chậm nhất là ngày\n20/6/2021.", "2021-06-20"),
    ("hoàn thành trước\nngày 30/9/2020.", "2020-09-30"),
])
def test_deadline_wrapped_over_a_line_break(wrapped, due):
    """A PDF's (or a hard-wrapped text's) line break inside 'trước ngày | 15/12/2020' keeps the deadline."""
    import planparse
    p = planparse.parse("I. MỤC ĐÍCH\n\nNâng cao nhận thức.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. Sở Thông tin và Truyền thông\n"
                        "- Chủ trì, theo dõi, đôn đốc; " + wrapped + "\n2. Sở Tài chính\n- Bố trí kinh phí.\n")
    assert [d.due for d in p.deadlines if d.kind.value == "due"] == [due]


@pytest.mark.parametrize("heading,lead", [
    # a copy that ran the heading and the paragraph under it into one line (a wrapped PDF line)
    ("3. Tập huấn kỹ năng ứng phó thiên tai. Phòng Nông nghiệp và Phát triển nông thôn huyện chủ trì, "
     "phối hợp với Hội Chữ thập đỏ huyện thực hiện trong tháng 5/2021.",
     ["Phòng Nông nghiệp và Phát triển nông thôn huyện"]),
    # the same content on two lines: the same lead
    ("3. Tập huấn kỹ năng ứng phó thiên tai.\nPhòng Nông nghiệp và Phát triển nông thôn huyện chủ trì, "
     "phối hợp với Hội Chữ thập đỏ huyện thực hiện trong tháng 5/2021.",
     ["Phòng Nông nghiệp và Phát triển nông thôn huyện"]),
    # a second sentence that does not open with an actor gives no lead
    ("3. Tập huấn kỹ năng ứng phó thiên tai. Nội dung do Phòng Nông nghiệp và Phát triển nông thôn huyện soạn.", []),
    # the actor opening the heading itself still comes first
    ("3. Sở Y tế tổ chức tập huấn. Phòng Nông nghiệp và Phát triển nông thôn huyện chủ trì.", ["Sở Y tế"]),
])
def test_task_actor_after_the_title_on_the_heading_line(heading, lead):
    import planparse
    p = planparse.parse(f"I. MỤC ĐÍCH\n\nNâng cao nhận thức.\n\nII. NHIỆM VỤ\n\n{heading}\n\n"
                        "4. Tuyên truyền trên báo.\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị thực hiện.")
    task = next(t for t in p.tasks if t.title.startswith("Tập huấn") or t.title.startswith("Sở Y tế"))
    assert [a.name for a in task.lead] == lead


@pytest.mark.parametrize("line,want", [
    ("Đơn vị chủ trì: Sở Y tế.", [("lead", "Sở Y tế.")]),
    ("Đơn vị chủ trì: Sở Y tế; đơn vị phối hợp: Sở Tài chính, Sở Nội vụ; thời gian thực hiện: Quý II/2021.",
     [("lead", "Sở Y tế"), ("support", "Sở Tài chính, Sở Nội vụ"), ("time", "Quý II/2021.")]),
    ("Cơ quan chủ trì: Sở Y tế, cơ quan phối hợp: Sở Tài chính.", [("lead", "Sở Y tế"), ("support", "Sở Tài chính.")]),
    ("Chủ trì: Sở Y tế. Thời gian: năm 2021", [("lead", "Sở Y tế"), ("time", "năm 2021")]),
    ("Thực hiện: Sở Y tế", [("doer", "Sở Y tế")]),
    # a label inside a value's words is not a new field ("… thực hiện" without ':')
    ("Đơn vị phối hợp: các đơn vị thực hiện nhiệm vụ; thời gian: 2021", [("support", "các đơn vị thực hiện nhiệm vụ"),
                                                                         ("time", "2021")]),
    ("Địa điểm: hội trường", []),  # not a task field
])
def test_line_fields(line, want):
    from planparse.extract.fields import line_fields
    assert [(k, line[a:b]) for k, a, b in line_fields(line, 0, len(line))] == want


@pytest.mark.parametrize("plan_tail", [
    # one line, ';' between fields
    "1. Tập huấn kỹ năng.\n- Đơn vị chủ trì: Sở Y tế; đơn vị phối hợp: Sở Tài chính; thời gian thực hiện: Năm 2021.",
    # a role note in brackets after the task
    "1. Tập huấn kỹ năng (Chủ trì: Sở Y tế; phối hợp: Sở Tài chính; thời gian: Năm 2021).",
    # one field a line (the standard)
    "1. Tập huấn kỹ năng.\n- Đơn vị chủ trì: Sở Y tế.\n- Đơn vị phối hợp: Sở Tài chính.\n- Thời gian thực hiện: Năm 2021.",
])
def test_task_roles_and_time_however_the_fields_are_laid_out(plan_tail):
    import planparse
    p = planparse.parse(f"I. MỤC ĐÍCH\n\nNâng cao nhận thức.\n\nII. NHIỆM VỤ\n\n{plan_tail}\n\n"
                        "III. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị thực hiện.")
    (task,) = p.tasks
    assert [a.name for a in task.lead] == ["Sở Y tế"] and [a.name for a in task.support] == ["Sở Tài chính"]
    assert task.timeframe.text == "Năm 2021"
    assert [(d.kind.value, d.start, d.end, d.section) for d in p.deadlines] == [("period", "2021-01-01", "2021-12-31", "II.1")]


@pytest.mark.parametrize("caps,want", [
    ("PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN", "Phòng Văn hóa và Thông tin huyện"),
    ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Sở Thông tin và Truyền thông"),
    ("SỞ Y TẾ TỈNH BÌNH DƯƠNG", "Sở Y tế tỉnh Bình Dương"),
    ("UBND HUYỆN HẢI LĂNG", "UBND huyện Hải Lăng"),          # an abbreviation kept; a place's name capitalised
    ("ỦY BAN NHÂN DÂN CÁC XÃ, THỊ TRẤN", "Ủy ban nhân dân các xã, thị trấn"),
    ("Sở Y tế", "Sở Y tế"),                                  # not in capitals: as it is
])
def test_recase_agency_names_written_in_capitals(caps, want):
    from planparse.extract.agencies import recase
    got = recase(caps)
    assert got == want and len(got) == len(caps)


@given(st.text(alphabet="AĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYÁÀẢÃẠẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ ,-&", max_size=60))
@settings(max_examples=300, deadline=None)
def test_recase_keeps_length_and_letters(s):
    """Recasing changes case only: the same length (spans hold) and the same letters."""
    from planparse.extract.agencies import recase
    got = recase(s)
    assert len(got) == len(s) and got.lower() == s.lower()


@pytest.mark.parametrize("head,name", [
    ("SỞ Y TẾ", "Sở Y tế"),
    ("PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN", "Phòng Văn hóa và Thông tin huyện"),
    ("VĂN PHÒNG HĐND VÀ UBND HUYỆN", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"),
])
def test_organization_heading_in_capitals_assigns_its_agency(head, name):
    import planparse
    p = planparse.parse(f"I. MỤC ĐÍCH\n\nNâng cao.\n\nII. TỔ CHỨC THỰC HIỆN\n\n1. {head}\n\n"
                        "- Chủ trì, theo dõi việc triển khai Kế hoạch.\n\n2. Sở Tài chính\n\n- Bố trí kinh phí.")
    first = p.assignments[0]
    assert (first.agency.name, first.agency.text, first.section) == (name, head, "II.1")


@pytest.mark.parametrize("caps,names", [
    ("PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN", ["Phòng Văn hóa và Thông tin huyện"]),
    ("SỞ Y TẾ, SỞ TÀI CHÍNH", ["Sở Y tế", "Sở Tài chính"]),
    ("UBND CÁC XÃ, THỊ TRẤN", ["Ủy ban nhân dân các xã, thị trấn"]),
    ("HỘI CHỮ THẬP ĐỎ HUYỆN; UBND CÁC XÃ, THỊ TRẤN", ["Hội Chữ thập đỏ huyện", "Ủy ban nhân dân các xã, thị trấn"]),
])
def test_agency_list_written_in_capitals(caps, names):
    """A list in capitals (a table cell, a role field) gives the agencies' names as names are written,
    each agency's text as written and its span into the text."""
    got = split_list(caps, base=100)
    assert [a.name for a in got] == names
    assert all(a.text == caps[a.span[0] - 100:a.span[1] - 100] and a.text.isupper() for a in got)


@pytest.mark.parametrize("clause,sources", [
    ("Tổng kinh phí: 150.000.000 đồng từ nguồn sự nghiệp văn hóa.", ("state_budget",)),
    ("Các đơn vị sử dụng nguồn kinh phí được giao trong dự toán năm 2021 và lồng ghép các chương trình.", ("unit_budget",)),
    ("Kinh phí do ngân sách tỉnh bảo đảm; khuyến khích huy động các nguồn hợp pháp khác.", ("state_budget", "other_lawful")),
    # a unit's running budget in the words offices use for it: "chi thường xuyên", "kinh phí hoạt động"
    ("Kinh phí được bố trí từ nguồn kinh phí chi thường xuyên được giao hằng năm của Sở.", ("unit_budget",)),
    ("Các đơn vị sử dụng nguồn chi thường xuyên của đơn vị để thực hiện.", ("unit_budget",)),
    ("Sử dụng kinh phí hoạt động thường xuyên của cơ quan, đơn vị.", ("unit_budget",)),
    # a recurrent line already allotted to the units (set 15): their money, as "… của đơn vị"
    ("Kinh phí thực hiện từ nguồn kinh phí sự nghiệp văn hóa năm 2020 đã giao cho Sở và các đơn vị sự nghiệp "
     "trực thuộc.", ("unit_budget",)),
])
def test_budget_source_phrases(clause, sources):
    import planparse
    p = planparse.parse("I. MỤC ĐÍCH\n\nNâng cao.\n\nII. KINH PHÍ THỰC HIỆN\n\n" + clause +
                        "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nSở Tài chính bố trí kinh phí.")
    assert p.budget.sources == sources
