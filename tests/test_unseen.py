"""Mechanisms that failed on plans the parser had never seen (tests/cases/unseen/: six plans written
and annotated by hand from the spec, without the parser), each as a failing case in several forms
of its own, and the unseen plans themselves scored with the project's scorer."""
from __future__ import annotations

import pytest

import planparse
from planparse.extract.agencies import issuer_level, split_list


def _header(issuer_lines: str, number: str = "12/KH-UBND", place: str = "Cam Hải Tây") -> str:
    return (f"{issuer_lines}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            f"Số: {number}\n{place}, ngày 12 tháng 3 năm 2019\n\nKẾ HOẠCH\nTuyên truyền về Cộng đồng ASEAN năm 2019\n\n"
            "I. MỤC ĐÍCH, YÊU CẦU\n\nNâng cao nhận thức của cán bộ, nhân dân.\n\nII. NỘI DUNG\n\n")


# -- a bare name takes the level of the plan's issuer ---------------------------------------------

@pytest.mark.parametrize("issuer, level", [
    ("Ủy ban nhân dân huyện Quỳnh Lưu", "huyện"),
    ("Ủy ban nhân dân xã Cam Hải Tây", "xã"),
    ("Ủy ban nhân dân thị xã Ba Đồn", "thị xã"),
    ("Ủy ban nhân dân phường Trần Phú", "phường"),
    ("Ủy ban nhân dân thị trấn Cầu Giát", "thị trấn"),
    ("Huyện ủy Đức Thọ", "huyện"),
    ("Phòng Văn hóa và Thông tin huyện Hải Lăng", "huyện"),
    ("Ủy ban nhân dân thành phố Quảng Ngãi", "thành phố"),  # a province's capital: a district
    ("Thành ủy Vinh", "thành phố"),
    ("Ủy ban nhân dân thành phố Hà Nội", None),  # a city under the central government: a province
    ("Thành ủy Đà Nẵng", None),
    ("UBND Thành phố Hồ Chí Minh", None),
    ("Ủy ban nhân dân tỉnh Bình Dương", None),
    ("Sở Giáo dục và Đào tạo", None),
    (None, None),
])
def test_issuer_level(issuer, level):
    assert issuer_level(issuer) == level


_MASS = ("1. Tuyên truyền trong hội viên\n\nHội Nông dân, Hội Cựu chiến binh lồng ghép nội dung tuyên truyền "
         "về ASEAN trong sinh hoạt.\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị triển khai thực hiện.\n")


@pytest.mark.parametrize("issuer_lines, place, level", [
    ("ỦY BAN NHÂN DÂN\nXÃ CAM HẢI TÂY", "Cam Hải Tây", "xã"),
    ("UBND HUYỆN QUỲNH LƯU", "Quỳnh Lưu", "huyện"),
    ("ỦY BAN NHÂN DÂN\nTỈNH KHÁNH HÒA", "Khánh Hòa", "tỉnh"),
])
def test_bare_mass_organisation_takes_the_issuers_level(issuer_lines, place, level):
    p = planparse.parse(_header(issuer_lines, place=place) + _MASS)
    lead = {a.name for a in p.tasks[0].lead}
    assert lead == {f"Hội Nông dân {level}", f"Hội Cựu chiến binh {level}"}, lead


def test_a_name_that_states_its_level_keeps_it():
    """In a commune's plan ``Hội Nông dân tỉnh`` is still the province's."""
    p = planparse.parse(_header("ỦY BAN NHÂN DÂN\nXÃ CAM HẢI TÂY") + _MASS.replace(
        "Hội Nông dân, Hội Cựu chiến binh", "Hội Nông dân tỉnh, Hội Cựu chiến binh huyện"))
    assert {a.name for a in p.tasks[0].lead} == {"Hội Nông dân tỉnh", "Hội Cựu chiến binh huyện"}


def test_the_level_does_not_leak_into_the_next_plan():
    planparse.parse(_header("ỦY BAN NHÂN DÂN\nXÃ CAM HẢI TÂY") + _MASS)
    assert [a.name for a in split_list("Hội Nông dân")] == ["Hội Nông dân tỉnh"]


@pytest.mark.parametrize("written, name", [
    ("Hiệp hội Doanh nghiệp tỉnh", "Hiệp hội Doanh nghiệp tỉnh"),
    ("Hiệp hội Doanh nghiệp", "Hiệp hội Doanh nghiệp tỉnh"),
    ("Hội Doanh nghiệp tỉnh", "Hội Doanh nghiệp tỉnh"),
])
def test_an_association_is_not_another(written, name):
    assert [a.name for a in split_list(written)] == [name]


# -- "X chủ trì, phối hợp với Y" further down a task's body ---------------------------------------

@pytest.mark.parametrize("body", [
    # the actor's sentence as a paragraph of its own after the task's description
    "Tập trung tuyên truyền về ba trụ cột của Cộng đồng ASEAN.\n{actor} chủ trì, phối hợp với Báo Quảng Ngãi thực hiện.",
    # as a bullet
    "Tập trung tuyên truyền về ba trụ cột của Cộng đồng ASEAN.\n- {actor} chủ trì, phối hợp với Báo Quảng Ngãi thực hiện.",
    # as the second sentence of the paragraph
    "Tập trung tuyên truyền về ba trụ cột. {actor} chủ trì, phối hợp với Báo Quảng Ngãi thực hiện.",
])
def test_chairing_actor_later_in_the_task(body):
    actor = "Sở Thông tin và Truyền thông"
    p = planparse.parse(_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", place="Quảng Ngãi")
                        + "1. Tuyên truyền trên báo chí\n\n" + body.format(actor=actor) + "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác sở thực hiện.\n")
    t = p.tasks[0]
    assert [a.name for a in t.lead] == [actor]
    assert [a.name for a in t.support] == ["Báo Quảng Ngãi"]


def test_an_agency_that_only_cooperates_is_not_the_lead():
    p = planparse.parse(_header("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI", place="Quảng Ngãi")
                        + "1. Tuyên truyền trên báo chí\n\nTập trung tuyên truyền về ba trụ cột.\n"
                          "Phối hợp với Sở Thông tin và Truyền thông thực hiện.\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác sở.\n")
    assert p.tasks[0].lead == ()


# -- a role field's value no name rule knows is kept as written -----------------------------------

@pytest.mark.parametrize("field, lead, support", [
    ("- Chủ trì: Tổ Kiểm tra liên ngành xã.", ["Tổ Kiểm tra liên ngành xã"], []),
    ("- Chủ trì: Công chức Văn hóa - Xã hội xã.", ["Công chức Văn hóa - Xã hội xã"], []),
    ("- Chủ trì: Ban Văn hóa xã.\n- Phối hợp: Công chức Văn hóa - Xã hội xã; Ban Nhân dân các thôn.",
     ["Ban Văn hóa xã"], ["Công chức Văn hóa - Xã hội xã", "Ban Nhân dân các thôn"]),
    ("Đơn vị chủ trì: Tổ công nghệ số cộng đồng xã", ["Tổ công nghệ số cộng đồng xã"], []),
])
def test_role_field_value_kept_as_written(field, lead, support):
    p = planparse.parse(_header("ỦY BAN NHÂN DÂN\nXÃ CAM HẢI TÂY")
                        + f"1. Tuyên truyền trên loa truyền thanh\n\n{field}\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị.\n")
    t = p.tasks[0]
    assert [a.name for a in t.lead] == lead
    assert [a.name for a in t.support] == support


@pytest.mark.parametrize("value", [
    "theo kế hoạch của huyện.",  # not a name: lower-case
    "Thực hiện theo hướng dẫn của huyện, bảo đảm tiến độ, chất lượng và hiệu quả trong suốt quá trình triển khai.",
])
def test_a_sentence_in_a_role_field_is_not_an_agency(value):
    p = planparse.parse(_header("ỦY BAN NHÂN DÂN\nXÃ CAM HẢI TÂY")
                        + f"1. Tuyên truyền\n\n- Chủ trì: {value}\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị.\n")
    assert p.tasks[0].lead == ()


# -- assignments ---------------------------------------------------------------------------------

def _org(body: str) -> list:
    p = planparse.parse(_header("ỦY BAN NHÂN DÂN\nHUYỆN QUỲNH LƯU", place="Quỳnh Lưu")
                        + "1. Tuyên truyền\n\nNội dung tuyên truyền.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n" + body)
    return [(a.agency.name, a.duties[:1]) for a in p.assignments]


@pytest.mark.parametrize("heading", ["1. Phòng Văn hóa và Thông tin huyện", "1. Phòng Giáo dục và Đào tạo huyện"])
def test_a_heading_naming_a_unit_whose_name_holds_a_verb(heading):
    """``Đào tạo`` holds the verb ``tạo``: inside a name it does not make the heading a sentence."""
    got = _org(f"{heading}\n\nChỉ đạo các trường học trên địa bàn triển khai nội dung tuyên truyền.\n")
    assert [n for n, _ in got] == [heading[3:]]


@pytest.mark.parametrize("bullet", [
    "- Chỉ đạo các đơn vị trực thuộc, Đài Truyền thanh cấp xã tăng cường tuyên truyền.",
    "- Chỉ đạo Trung tâm Văn hóa, Thông tin và Thể thao huyện đăng tải tin, bài.",
    "Chỉ đạo các chi hội, chi đoàn lồng ghép nội dung tuyên truyền.",
])
def test_directing_others_is_a_duty_of_the_agency_assigned(bullet):
    """``Chỉ đạo X`` under an agency's heading is that agency's duty; X is not assigned."""
    got = _org(f"1. Phòng Văn hóa và Thông tin huyện\n\n- Tham mưu triển khai Kế hoạch.\n{bullet}\n")
    assert [n for n, _ in got] == ["Phòng Văn hóa và Thông tin huyện"]


def test_directing_with_no_agency_assigned_yet_assigns():
    got = _org("Chỉ đạo Phòng Văn hóa và Thông tin huyện tham mưu triển khai Kế hoạch.\n")
    assert [n for n, _ in got] == ["Phòng Văn hóa và Thông tin huyện"]


@pytest.mark.parametrize("heading, names, duty", [
    ("5. UBND các xã, thị trấn; các cơ quan, đơn vị liên quan: căn cứ Kế hoạch này xây dựng kế hoạch triển khai.",
     ["Ủy ban nhân dân các xã, thị trấn", "Các cơ quan, đơn vị liên quan"], "căn cứ Kế hoạch này xây dựng kế hoạch triển khai"),
    ("5. Phòng Tài chính - Kế hoạch huyện: tham mưu bố trí kinh phí thực hiện.",
     ["Phòng Tài chính - Kế hoạch huyện"], "tham mưu bố trí kinh phí thực hiện"),
])
def test_agency_list_heading_before_a_colon(heading, names, duty):
    got = _org(heading + "\n")
    assert [n for n, _ in got] == names
    assert all(d == (duty,) for _, d in got)


@pytest.mark.parametrize("heading", ["1. Công chức Văn hóa - Xã hội xã", "2. Công chức Tài chính - Kế toán xã"])
def test_a_post_named_by_a_heading_is_assigned(heading):
    p = planparse.parse(_header("ỦY BAN NHÂN DÂN\nXÃ CAM HẢI TÂY") + "1. Tuyên truyền\n\nNội dung.\n\nIII. TỔ CHỨC THỰC HIỆN\n\n"
                        + heading + "\n\nTham mưu UBND xã triển khai Kế hoạch.\n")
    [a] = p.assignments
    assert a.agency.name == heading[3:] and a.agency.person
    assert a.duties == ("Tham mưu UBND xã triển khai Kế hoạch",)


# -- the unseen plans, scored --------------------------------------------------------------------
#
# Measured before any fix made from them, as they came, the parser scored (F1):
# - unseen/ (3 text, 2 DOCX, 1 HTML; at 48ab936): assignments 0.850, tasks.lead 0.938, tasks.support
#   0.971, meta.number/issued/signer 0.833, budget.amounts 0.909, deadlines 0.990, the rest 1.000;
# - unseen_pdf/ (Word printed to PDF, a ruled landscape annex, a 200-dpi scan; at defb71a): sections
#   0.838, tasks 0.870, tasks.lead 0.857, tasks.support 0.812, tasks.timeframe 0.917, deadlines 0.897,
#   assignments 0.930, budget.amounts 0.750, budget.sources 0.933, meta.issuer/issued/province/signer
#   0.667, the rest 1.000.
# - set 1's audit verdicts, annotated later by another hand (*.audit.json; at c942207): audit.status
#   0.889 (120/135), audit.missing 0.816, audit.checks 0.963, applicable and evidence 1.000;
# - unseen2/ (set 2: 2 Markdown/text, 2 text, 2 DOCX, 2 HTML, 3 PDF; at c942207): tasks.lead 0.889,
#   assignments 0.902, deadlines 0.906, sections.title 0.911, meta.issuer/signer 0.909, meta.title
#   0.818, meta.period 0.727, sections.kind 0.960, tasks 0.971, budget.sources 0.980,
#   tasks.timeframe 0.980, tasks.support 0.990, the rest 1.000.
# Those figures are the measurement of generality; the plans are now seen, so the floors below only
# hold what the fixes reached (a regression test, not a measure).

UNSEEN_FLOOR = {
    "unseen": {"assignments": 0.95, "tasks.lead": 0.98, "tasks.support": 1.0, "meta.number": 1.0,
               "meta.issued": 1.0, "meta.signer": 1.0, "budget.amounts": 1.0, "deadlines": 0.98,
               "budget.sources": 0.97, "sections": 1.0, "tasks": 1.0, "sections.kind": 1.0, "tasks.timeframe": 1.0,
               "meta.issuer": 1.0, "meta.title": 1.0, "meta.basis": 1.0, "meta.province": 1.0, "meta.period": 1.0},
    "unseen_pdf": {"sections": 1.0, "tasks": 1.0, "tasks.lead": 0.97, "tasks.support": 0.95,
                   "tasks.timeframe": 1.0, "deadlines": 0.98, "assignments": 0.97, "budget.amounts": 1.0,
                   "budget.sources": 1.0, "meta.issuer": 1.0, "meta.issued": 1.0, "meta.province": 1.0,
                   "meta.number": 1.0, "meta.title": 1.0, "meta.basis": 1.0, "meta.signer": 0.66},
    "unseen2": {"sections": 1.0, "sections.title": 1.0, "sections.kind": 1.0, "tasks": 1.0, "tasks.lead": 1.0,
                "tasks.support": 0.99, "tasks.timeframe": 1.0, "assignments": 1.0, "deadlines": 0.97,
                "budget.sources": 1.0, "budget.amounts": 1.0, "meta.issuer": 1.0, "meta.title": 1.0,
                "meta.period": 0.9, "meta.signer": 0.9, "meta.number": 1.0, "meta.issued": 1.0,
                "meta.province": 1.0, "meta.basis": 1.0},
}
# set 3 (tests/cases/unseen3/, plan and audit gold; scored as it came after the set-2 fixes): three text
# plans 1.000 on every plan field but meta.province 0.667, audit.status 0.867, audit.missing 0.909; the
# font-changed PDF deadlines 0.889, budget.amounts 0.500, audit.status 0.846; the fax-like scan
# sections 0.105, tasks 0, meta number/issued/issuer 0, audit.status 0.375
UNSEEN_FLOOR["unseen3"] = {
    "sections": 1.0, "sections.title": 0.97, "sections.kind": 1.0, "tasks": 1.0, "tasks.lead": 0.97,
    "tasks.support": 1.0, "tasks.timeframe": 1.0, "assignments": 1.0, "deadlines": 1.0, "budget.present": 1.0,
    "budget.sources": 1.0, "budget.amounts": 1.0, "meta.number": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0,
    "meta.title": 1.0, "meta.period": 1.0, "meta.basis": 1.0, "meta.province": 0.8, "meta.signer": 0.8,
    "audit.status": 0.9, "audit.missing": 0.96, "audit.checks": 1.0, "audit.applicable": 1.0,
    "audit.evidence": 1.0}
# set 1's audit verdicts after the fixes (status 0.926 over both folders; the ten left are calls the
# annotator marked debatable)
UNSEEN_FLOOR["unseen"].update({"audit.status": 0.94, "audit.missing": 0.94, "audit.checks": 1.0,
                               "audit.applicable": 1.0, "audit.evidence": 1.0})
UNSEEN_FLOOR["unseen_pdf"].update({"audit.status": 0.88, "audit.missing": 0.66, "audit.checks": 0.94,
                                   "audit.applicable": 1.0, "audit.evidence": 1.0})
# A rate ("02 kỳ/tháng", "02 lần/tuần") is a recurring deadline (spec: "a repeated activity without a date") as
# the annotators of sets 11, 12, 14 and 15 read it; those of sets 4, 5 and unseen_pdf did not list it. Since
# stop 25 it is read: unseen_pdf deadlines 0.983 -> 0.967, set 4 1.000 -> 0.991 (floors below), set 5 0.982 -> 0.976.
UNSEEN_FLOOR["unseen_pdf"]["deadlines"] = 0.96

# set 4 (tests/cases/unseen4/, 12 plans, plan and audit gold; scored as it came at 8e7a8e8): assignments
# 0.915, audit.checks 0.944, audit.missing 0.762, audit.status 0.862, budget.sources 0.984, deadlines 0.936,
# meta.basis 0.960, meta.issuer/signer 0.917, sections 0.995, sections.kind 0.982, sections.title 0.990,
# tasks 0.927, tasks.lead 0.857, tasks.support 0.895, tasks.timeframe 0.968, the rest 1.000
UNSEEN_FLOOR["unseen4"] = {
    "assignments": 0.96, "audit.applicable": 1.0, "audit.checks": 1.0, "audit.evidence": 1.0,
    "audit.missing": 0.88, "audit.status": 0.94, "budget.amounts": 1.0, "budget.present": 1.0,
    "budget.sources": 0.98, "deadlines": 0.99, "meta.basis": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0,
    "meta.number": 1.0, "meta.period": 1.0, "meta.province": 1.0, "meta.signer": 1.0, "meta.title": 1.0,
    "sections": 1.0, "sections.kind": 0.98, "sections.title": 1.0, "tasks": 1.0, "tasks.lead": 0.97,
    "tasks.support": 1.0, "tasks.timeframe": 1.0}
# set 5 (tests/cases/unseen5/, 8 plans whose authors never ran planparse; scored as it came at 42b32d5):
# sections 0.770, tasks 0.661, tasks.lead 0.583, tasks.support 0.434, assignments 0.785, deadlines 0.873,
# budget.sources 0.800, audit.status 0.731, audit.missing 0.425, audit.checks 0.812, meta.basis 0.933,
# sections.kind 0.914, budget.present / meta.number / meta.period / meta.province / tasks.timeframe 0.875
UNSEEN_FLOOR["unseen5"] = {
    "assignments": 0.96, "audit.applicable": 1.0, "audit.checks": 1.0, "audit.evidence": 1.0,
    "audit.missing": 0.68, "audit.status": 0.89, "budget.amounts": 1.0, "budget.present": 1.0,
    "budget.sources": 0.97, "deadlines": 0.96, "meta.basis": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0,
    "meta.number": 1.0, "meta.period": 0.87, "meta.province": 0.87, "meta.signer": 1.0, "meta.title": 1.0,
    "sections": 1.0, "sections.kind": 1.0, "sections.title": 1.0, "tasks": 1.0, "tasks.lead": 0.99,
    "tasks.support": 0.97, "tasks.timeframe": 1.0}

# set 6 (tests/cases/unseen6/, 8 plans whose authors never ran planparse: Word style numbering and content
# controls, a Google Docs export, Word's plain-text export, a phone photo, a document in one big table, a
# task table split in two, "Phần thứ …" parts over Roman items, setext Markdown; scored as it came at
# 99e1cff): sections 0.617, assignments 0.623, tasks.lead 0.651, audit.missing 0.643, audit.checks 0.729,
# tasks 0.750, audit.status 0.750, tasks.support 0.777, deadlines 0.840, sections.kind 0.870, every meta
# field 0.875 (the Google Docs page read as its signature cell alone), budget.amounts 0.923
UNSEEN_FLOOR["unseen6"] = {
    "assignments": 0.98, "audit.applicable": 1.0, "audit.checks": 1.0, "audit.evidence": 1.0,
    "audit.missing": 0.88, "audit.status": 0.92, "budget.amounts": 1.0, "budget.present": 1.0,
    "budget.sources": 1.0, "deadlines": 0.98, "meta.basis": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0,
    "meta.number": 1.0, "meta.period": 1.0, "meta.province": 1.0, "meta.signer": 1.0, "meta.title": 1.0,
    "sections": 1.0, "sections.kind": 1.0, "sections.title": 0.99, "tasks": 1.0, "tasks.lead": 0.95,
    "tasks.support": 1.0, "tasks.timeframe": 1.0}

# set 7 (tests/cases/unseen7/, 8 plans whose authors never ran planparse: a gazette's two-column reprint, a
# 2-up scan, run-in task headings in a LibreOffice DOCX, pandoc's DOCX→Markdown, a PDF viewer's text copy, a
# legal database's page of a Tỉnh đoàn plan, a closing task-assignment table, a ward clerk's text; scored as it
# came at b98323b): tasks.lead 0.580, tasks.support 0.716, tasks.timeframe 0.722, sections 0.745, audit.checks
# 0.750, meta.issuer / period / signer / title 0.750, tasks 0.774, assignments 0.794, audit.status 0.810,
# deadlines 0.824, audit.missing 0.826, budget.sources 0.833, meta.basis 0.857, meta.number / issued / doc_type
# and budget.present 0.875, sections.title 0.884, sections.kind 0.906, budget.amounts 0.909
UNSEEN_FLOOR["unseen7"] = {
    "assignments": 0.97, "audit.applicable": 1.0, "audit.checks": 0.97, "audit.evidence": 1.0,
    "audit.missing": 0.86, "audit.status": 0.89, "budget.amounts": 1.0, "budget.present": 1.0,
    "budget.sources": 0.94, "deadlines": 0.98, "meta.basis": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0,
    "meta.number": 1.0, "meta.period": 1.0, "meta.province": 1.0, "meta.signer": 1.0, "meta.title": 1.0,
    "sections": 1.0, "sections.kind": 0.97, "sections.title": 0.94, "tasks": 1.0, "tasks.lead": 1.0,
    "tasks.support": 0.97, "tasks.timeframe": 1.0}

# set 8 (tests/cases/unseen8/, 8 plans whose authors never ran planparse: a wiki's Markdown with <br> in pipe
# cells, a DOCX with three-level typed numbering and roles in running text, a clerk's e-mail hard-wrapped at 72
# columns, Word's filtered HTML in windows-1252, a provincial portal's page, an OCR'd fax with damaged marks and a
# seal drawn in letters, a LibreOffice PDF with running header and footnote, a district's field bullets). Scored
# as it came — part b at 78800a0: audit.missing 0.880, audit.status 0.914, budget.sources 0.941, deadlines
# 0.985, meta.issuer / signer 0.750, tasks.support 0.980, tasks.timeframe 0.952, the rest 1.000; part a at
# 3bf70fd: assignments 0.880, audit.missing 0.759, audit.status 0.810, budget.sources 0.952, deadlines 0.984,
# meta.basis 0.875, meta.issued / issuer / signer 0.750, tasks.lead 0.900, tasks.support 0.931, the rest 1.000.
# Left: "Văn phòng Sở" / "Thanh tra Sở" resolved to the department by part a's annotator (bare in most gold);
# a bracketed sub-unit after a body; audit calls the annotators mark debatable.
UNSEEN_FLOOR["unseen8"] = {
    "assignments": 0.93, "audit.applicable": 1.0, "audit.checks": 1.0, "audit.evidence": 1.0, "audit.missing": 0.89,
    "audit.status": 0.90, "budget.amounts": 1.0, "budget.present": 1.0, "budget.sources": 1.0, "deadlines": 0.99,
    "meta.basis": 1.0, "meta.doc_type": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0, "meta.number": 1.0,
    "meta.period": 1.0, "meta.province": 1.0, "meta.signer": 1.0, "meta.title": 1.0, "sections": 1.0,
    "sections.kind": 1.0, "sections.title": 1.0, "tasks": 1.0, "tasks.lead": 0.95, "tasks.support": 1.0,
    "tasks.timeframe": 1.0}

# set 9 (tests/cases/unseen9/, 8 plans whose authors never ran planparse: an Obsidian note with front matter,
# callouts and numbered bullets, a PDF viewer's copy of a two-column print, a city portal's article holding a
# 2026-2030 plan, a commune's LibreOffice DOCX with lettered items; a district's DOCX whose header is in Word
# text boxes, a DOCX task table numbered by Word, a CT/PH role matrix annex, a joint plan as tab-separated
# text). Scored as it came — part b at 6dca0b2: assignments 0.909, audit.checks 0.917, audit.missing 0.929,
# audit.status 0.927, deadlines 0.986, meta.period / title 0.750, sections 0.901, sections.title 0.918, tasks
# 0.846, tasks.lead 0.818, tasks.support 0.843, tasks.timeframe 0.909, the rest 1.000; part a at 03275de:
# assignments 0.973, audit.checks 0.958, audit.missing 0.842, audit.status 0.931, deadlines 0.877, meta.signer
# 0.750, tasks 0.987, tasks.lead 0.776, tasks.support 0.674, tasks.timeframe 0.692, the rest 1.000.
# Left: run-in titles cut at the colon by part b's annotator (the reference gold keeps the first sentence).
UNSEEN_FLOOR["unseen9"] = {
    "assignments": 0.97, "audit.applicable": 1.0, "audit.checks": 1.0, "audit.evidence": 1.0, "audit.missing": 0.89,
    "audit.status": 0.92, "budget.amounts": 1.0, "budget.present": 1.0, "budget.sources": 1.0, "deadlines": 0.99,
    "meta.basis": 1.0, "meta.doc_type": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0, "meta.number": 1.0,
    "meta.period": 1.0, "meta.province": 1.0, "meta.signer": 1.0, "meta.title": 1.0, "sections": 1.0,
    "sections.kind": 1.0, "sections.title": 0.96, "tasks": 1.0, "tasks.lead": 1.0, "tasks.support": 0.99,
    "tasks.timeframe": 1.0}
# the same rate with its period first ("mỗi năm ít nhất 01 lớp", stop 26) is read too; set 9's Đà Nẵng annotator
# did not list it: deadlines 0.993 -> 0.987
UNSEEN_FLOOR["unseen9"]["deadlines"] = 0.98

# set 10 (tests/cases/unseen10/, 8 plans whose authors never ran planparse: Word heading styles with no
# numbers printed, pdftotext -layout text with a task table over a page break, a district's DOCX of task cards,
# a legal site's <details> page with a CSS-grid annex; an image-only scan with a ruled annex, Windows-1258 text
# with combining marks, four levels of numbering, a Huyện ủy's plan in the Party form on a Party website).
# Scored as it came (part b at 6bb3c4b, part a at f25dc77): tasks.support 0.565, tasks.lead 0.617, audit.missing
# 0.619, budget.amounts 0.667, deadlines 0.727, tasks.timeframe 0.759, audit.status 0.767, audit.checks 0.812,
# assignments 0.828, tasks 0.831, budget.present / meta.issuer 0.875, sections 0.907, budget.sources 0.914,
# sections.kind 0.968, meta.basis 0.970, the rest 1.000.
UNSEEN_FLOOR["unseen10"] = {
    "assignments": 0.95, "audit.applicable": 1.0, "audit.checks": 0.97, "audit.evidence": 1.0, "audit.missing": 0.80,
    "audit.status": 0.88, "budget.amounts": 1.0, "budget.present": 1.0, "budget.sources": 1.0, "deadlines": 0.98,
    "meta.basis": 1.0, "meta.doc_type": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0, "meta.number": 1.0,
    "meta.period": 1.0, "meta.province": 1.0, "meta.signer": 1.0, "meta.title": 1.0, "sections": 0.99,
    "sections.kind": 1.0, "sections.title": 1.0, "tasks": 0.99, "tasks.lead": 0.96, "tasks.support": 0.97,
    "tasks.timeframe": 0.97}


# set 11 (tests/cases/unseen11/, 12 plans whose authors never ran planparse: a DOCX with tracked changes left in,
# a Chromium print with the browser's header and footer, an e-office page of <div>s with inline styles, a CRLF
# text with tab indents and roles in trailing brackets; a two-column DOCX, a 200-dpi image-only scan with a red
# stamp, wiki Markdown with bold numbering, an annex whose time column comes first and is merged over groups of
# rows; an RTF-born DOCX with typed labels and tabs, a portal page of <p>/<br>/&nbsp;, an annex with group rows,
# a web-form copy in NFD with no-break and zero-width spaces). Scored as it came (parts a and b at 17f37c0,
# part c at 9c25716, the same code): tasks.timeframe 0.831, audit.missing 0.879, audit.status 0.902, deadlines
# 0.922, tasks.support 0.945, assignments 0.961, tasks.lead 0.971, audit.checks 0.972, meta.basis 0.976,
# budget.sources / sections.kind 0.983, sections 0.998, the rest 1.000.
UNSEEN_FLOOR["unseen11"] = {
    "assignments": 0.99, "audit.applicable": 1.0, "audit.checks": 1.0, "audit.evidence": 1.0, "audit.missing": 0.9,
    "audit.status": 0.91, "budget.amounts": 1.0, "budget.present": 1.0, "budget.sources": 1.0, "deadlines": 0.98,
    "meta.basis": 1.0, "meta.doc_type": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0, "meta.number": 1.0,
    "meta.period": 1.0, "meta.province": 1.0, "meta.signer": 1.0, "meta.title": 1.0, "sections": 1.0,
    "sections.kind": 1.0, "sections.title": 1.0, "tasks": 1.0, "tasks.lead": 1.0, "tasks.support": 1.0,
    "tasks.timeframe": 0.98}

# set 12 (tests/cases/unseen12/, 12 plans whose authors never ran planparse: a DOCX of soft line breaks with header
# and signature tables, a LibreOffice PDF with a table of contents, LibreOffice's HTML with list-markup numbering,
# a Zalo chat share with symbol bullets; a cross-reference assignment table, pandoc GFM with raw HTML tables, an
# old portal of nested tables and <font>, a landscape PDF with a task table over pages; VNI text, a DOCX with
# footnotes and endnotes, a 150-dpi tilted tinted scan, a Hugo page with definition-list roles). Scored as it
# came (def3c0c): tasks.support 0.658, tasks.lead 0.681, tasks.timeframe 0.787, meta.period 0.833, tasks
# 0.869, assignments 0.907, audit.status 0.908, meta.title 0.917, sections 0.918, budget.sources 0.923,
# deadlines 0.925, audit.missing 0.932, audit.checks 0.944, meta.basis 0.957, sections.kind 0.981, the rest 1.000.
# Left: frequencies ("02 kỳ/tháng") and a month of every year read as recurring items by this set's annotators.
UNSEEN_FLOOR["unseen12"] = {
    "assignments": 1.0, "audit.applicable": 1.0, "audit.checks": 0.98, "audit.evidence": 1.0, "audit.missing": 0.93,
    "audit.status": 0.90, "budget.amounts": 1.0, "budget.present": 1.0, "budget.sources": 0.98, "deadlines": 0.94,
    "meta.basis": 1.0, "meta.doc_type": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0, "meta.number": 1.0,
    "meta.period": 0.91, "meta.province": 1.0, "meta.signer": 1.0, "meta.title": 1.0, "sections": 1.0,
    "sections.kind": 0.98, "sections.title": 1.0, "tasks": 1.0, "tasks.lead": 0.99, "tasks.support": 1.0,
    "tasks.timeframe": 1.0}

# set 13 (tests/cases/unseen13/, 8 plans whose authors never ran planparse: a forwarded Gmail page, an OCR
# export with hyphenated words and running page headers, a task table nested in a layout table's cell, Markdown
# with ordinal task headings and bold roles; a legal database page with <sup> notes, a shaded LibreOffice PDF,
# a ward's "Một là, Hai là" paragraphs, a department's lettered parts with "– X chủ trì" roles). Scored as it
# came (88f3890): sections 0.748, tasks.lead 0.775, tasks 0.779, budget.amounts 0.800, meta.issuer 0.875,
# audit.status / audit.missing 0.879, assignments 0.881, tasks.support 0.894, audit.checks 0.896,
# sections.title 0.987, deadlines 0.992, the rest 1.000.
UNSEEN_FLOOR["unseen13"] = {
    "assignments": 1.0, "audit.applicable": 1.0, "audit.checks": 0.97, "audit.evidence": 1.0, "audit.missing": 0.87,
    "audit.status": 0.87, "budget.amounts": 0.90, "budget.present": 1.0, "budget.sources": 1.0, "deadlines": 0.99,
    "meta.basis": 1.0, "meta.doc_type": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0, "meta.number": 1.0,
    "meta.period": 1.0, "meta.province": 1.0, "meta.signer": 1.0, "meta.title": 1.0, "sections": 1.0,
    "sections.kind": 1.0, "sections.title": 1.0, "tasks": 1.0, "tasks.lead": 1.0, "tasks.support": 0.96,
    "tasks.timeframe": 0.97}

# set 14 (tests/cases/unseen14/, 12 plans whose authors never ran planparse, on how real offices' software bends
# a plan: a justified Word PDF of soft line breaks, basis and times only in a PDF's footnotes, an annex table
# without rules, a table with the lead column last and repeated header rows, an annex grouped by agency, a
# word-placed e-office PDF with a stamped number; Word auto-numbering restarting per part, PDF-to-Markdown
# output, a landscape annex page stored turned (/Rotate 90), Word's plain-text save, a table-layout portal with
# <ol> tasks, an e-signed PDF). Scored as it came (d71a6cb, the code of 8daffa1): tasks.lead 0.726,
# tasks.timeframe 0.735, audit.missing 0.795, tasks.support 0.808, deadlines 0.824, audit.status 0.845,
# audit.checks 0.889, tasks 0.891, assignments 0.906, budget.sources 0.935, meta.basis 0.952, sections 0.957,
# sections.title 0.968, the rest 1.000.
# (audit.missing 0.83 -> 0.82 at stop 25: a task table's header "Cơ quan phối hợp Thời gian …" is no longer
# evidence of coordination (it names a partner column, as "phối hợp Sở X" names a partner); the Duyên Hải plan's
# coordination area, partial by its purposes only per its annotator, had been found "partial" on that header.)
UNSEEN_FLOOR["unseen14"] = {
    "assignments": 0.98, "audit.applicable": 1.0, "audit.checks": 0.98, "audit.evidence": 1.0, "audit.missing": 0.82,
    "audit.status": 0.86, "budget.amounts": 1.0, "budget.present": 1.0, "budget.sources": 0.96, "deadlines": 0.97,
    "meta.basis": 1.0, "meta.doc_type": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0, "meta.number": 1.0,
    "meta.period": 1.0, "meta.province": 1.0, "meta.signer": 1.0, "meta.title": 1.0, "sections": 1.0,
    "sections.kind": 1.0, "sections.title": 0.97, "tasks": 0.99, "tasks.lead": 0.98, "tasks.support": 0.97,
    "tasks.timeframe": 0.98}

# set 15 (tests/cases/unseen15/, 12 plans whose authors never ran planparse, on how real plans word things:
# roles given later by the task's number, "do X chủ trì", "X (đơn vị chủ trì)", "Y phối hợp …", short names the
# plan spells out elsewhere, "từ nay đến hết năm", "năm 2022 và các năm tiếp theo", rates ("02 kỳ/tháng"), a
# Youth Union's header, a commune plan that never names its province, funds "đã giao cho" the units).
# Scored as it came (81a9ce2, the code of e9cba42): tasks.support 0.547, tasks.lead 0.723, tasks.timeframe
# 0.778, audit.status 0.828, deadlines 0.859, audit.missing 0.870, meta.issuer / meta.province 0.917,
# budget.sources 0.936, assignments 0.945, audit.checks 0.958, sections.kind 0.979, the rest 1.000.
UNSEEN_FLOOR["unseen15"] = {
    "assignments": 0.97, "audit.applicable": 1.0, "audit.checks": 1.0, "audit.evidence": 1.0, "audit.missing": 0.86,
    "audit.status": 0.82, "budget.amounts": 1.0, "budget.present": 1.0, "budget.sources": 0.97, "deadlines": 0.94,
    "meta.basis": 1.0, "meta.doc_type": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0, "meta.number": 1.0,
    "meta.period": 1.0, "meta.province": 1.0, "meta.signer": 1.0, "meta.title": 1.0, "sections": 1.0,
    "sections.kind": 0.97, "sections.title": 1.0, "tasks": 1.0, "tasks.lead": 0.98, "tasks.support": 0.93,
    "tasks.timeframe": 0.94}

# set 16 (tests/cases/unseen16/, 12 plans whose authors never ran planparse: one week's mailbag from every kind of
# issuer — a Sở, a Tỉnh đoàn, a border-guard command, a district, a town, a commune, a Party Ban Tuyên giáo, a
# university, a Hội Phụ nữ, a province — as they travel: Word-printed PDFs, office DOCX, two signed scans, portal
# pages; two plans implement neither reference). Scored as it came (fc2ae5f, the code of e4104f8): assignments
# 0.875, tasks.lead 0.886, meta.issuer 0.833, audit.status 0.857, audit.missing 0.904, meta.signer /
# audit.applicable 0.917, budget.sources 0.955, deadlines 0.966, audit.checks 0.972, meta.basis 0.977,
# tasks.support 0.979, the rest 1.000. The areas of a plan titled for another topic are capped at partial
# where they are about ASEAN (the 1759 sample's gold; its two such plans): audit.status 0.857 -> 0.899.
# Left: "Văn phòng Sở" spelled out with the issuing Sở by one annotator
# (kept as written, as the other sets' annotators do), an armed unit's own budget line, a rate woven into a
# landscape annex's cells, the audit's partial/covered calls.
UNSEEN_FLOOR["unseen16"] = {
    "assignments": 0.95, "audit.applicable": 1.0, "audit.checks": 0.98, "audit.evidence": 1.0, "audit.missing": 0.90,
    "audit.status": 0.89, "budget.amounts": 1.0, "budget.present": 1.0, "budget.sources": 1.0, "deadlines": 0.99,
    "meta.basis": 1.0, "meta.doc_type": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0, "meta.number": 1.0,
    "meta.period": 1.0, "meta.province": 1.0, "meta.signer": 1.0, "meta.title": 1.0, "sections": 1.0,
    "sections.kind": 1.0, "sections.title": 1.0, "tasks": 1.0, "tasks.lead": 0.96, "tasks.support": 0.98,
    "tasks.timeframe": 1.0}

# set 17 (tests/cases/unseen17/, 10 plans whose authors never ran planparse: the mailbag again with other senders — a
# Sở LĐ-TB&XH, Công an tỉnh, a provincial Liên đoàn Lao động, a city's quận, a broadcaster with a landscape schedule
# annex, a Ban Quản lý Khu kinh tế with group-row tables, a district, a medical college, a province's
# foreign-information plan). Scored as it came (the code of 8f7380e, set 16's fixes in): tasks.lead 0.832, budget.sources
# 0.788, meta.issuer 0.800, assignments 0.841, audit.status 0.863, tasks.support 0.870, deadlines 0.889, audit.missing
# 0.894, tasks 0.953, sections.kind 0.957, the rest 1.000. Left: "Văn phòng Ban" spelled out by its annotator (kept as
# written, as "Văn phòng Sở" is), a heading whose kind is its second phrase ("HÌNH THỨC VÀ NHIỆM VỤ CỤ THỂ"), a shared
# "trường" over "Đoàn Thanh niên, Hội Sinh viên trường", anniversaries its annotator does not date.
UNSEEN_FLOOR["unseen17"] = {
    "assignments": 0.95, "audit.applicable": 1.0, "audit.checks": 1.0, "audit.evidence": 1.0, "audit.missing": 0.90,
    "audit.status": 0.86, "budget.amounts": 1.0, "budget.present": 1.0, "budget.sources": 1.0, "deadlines": 0.96,
    "meta.basis": 1.0, "meta.doc_type": 1.0, "meta.issued": 1.0, "meta.issuer": 1.0, "meta.number": 1.0,
    "meta.period": 1.0, "meta.province": 1.0, "meta.signer": 1.0, "meta.title": 1.0, "sections": 1.0,
    "sections.kind": 0.95, "sections.title": 1.0, "tasks": 1.0, "tasks.lead": 0.96, "tasks.support": 1.0,
    "tasks.timeframe": 1.0}


@pytest.fixture(scope="module")
def unseen_scores(tmp_path_factory):
    import json
    import subprocess
    import sys
    from pathlib import Path

    from conftest import SCORER
    out = {}
    for which in UNSEEN_FLOOR:
        cases = Path(__file__).parent / "cases" / which
        pred = tmp_path_factory.mktemp(which)
        for gold in sorted(cases.glob("*.plan.json")):
            name = gold.name[:-len(".plan.json")]
            [src] = [p for p in cases.glob(name + ".*") if not p.name.endswith(".json")]
            plan = planparse.parse(src)
            (pred / gold.name).write_text(plan.to_json(), encoding="utf-8")
            if (cases / f"{name}.audit.json").exists():
                (pred / f"{name}.audit.json").write_text(planparse.audit(plan).to_json(), encoding="utf-8")
        res = subprocess.run([sys.executable, str(SCORER), str(cases), str(pred), "--json"], capture_output=True,
                             text=True, check=True)
        out[which] = json.loads(res.stdout)["fields"]
    return out


@pytest.mark.parametrize("which, field, floor",
                         [(w, f, x) for w, fl in UNSEEN_FLOOR.items() for f, x in sorted(fl.items())])
def test_unseen_plans_hold_their_scores(unseen_scores, which, field, floor):
    assert unseen_scores[which][field]["f1"] >= floor, unseen_scores[which][field]


# -- OCR: a Roman numeral read as a capital letter ------------------------------------------------

_OCR_PLAN = ("KẾ HOẠCH\nTuyên truyền về ASEAN\nThực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh.\n"
             "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\n{label} NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN\n"
             "1. Tuyên truyền trên hệ thống truyền thanh\nNội dung.\n2. Tuyên truyền cổ động trực quan\nNội dung.\n"
             "III. KINH PHÍ\nNgân sách huyện.\n")


@pytest.mark.parametrize("label", ["H.", "Il.", "IL", "lI."])
def test_ocr_roman_two_misread(label):
    from planparse.structure import build
    st = build(_OCR_PLAN.format(label=label), ocr=True)
    assert [s.id for s in st.sections] == ["I", "II", "II.1", "II.2", "III"]


def test_ocr_capital_letter_tops_stay_letters():
    """A real sequence of capital-letter groups under a Roman section is not renumbered (read as without OCR:
    groups of the Roman part, ``II.A``, since set 13's lettered parts)."""
    from planparse.structure import build
    text = _OCR_PLAN.format(label="II.").replace(
        "1. Tuyên truyền trên", "A. TUYÊN TRUYỀN TRÊN BÁO CHÍ\n1. Tuyên truyền trên").replace(
        "2. Tuyên truyền cổ động", "B. TUYÊN TRUYỀN CỔ ĐỘNG\n2. Tuyên truyền cổ động")
    ocr = [s.id for s in build(text, ocr=True).sections]
    assert ocr == [s.id for s in build(text, ocr=False).sections], ocr  # as read without OCR
    assert "II.A" in ocr and "II.B" in ocr and not any(i in ("IV", "V") for i in ocr), ocr


@pytest.mark.parametrize("issuer_lines, place, province, successor", [
    ("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ", "Thừa Thiên Huế", "Thừa Thiên Huế", "Huế"),  # its name until 2025
    ("SỞ VĂN HÓA VÀ THỂ THAO\nTỈNH THỪA THIÊN HUẾ", "Thừa Thiên Huế", "Thừa Thiên Huế", "Huế"),
    ("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HUẾ", "Huế", "Huế", "Huế"),  # a centrally-run city since 2025
])
def test_province_keeps_the_name_it_had(issuer_lines, place, province, successor):
    p = planparse.parse(_header(issuer_lines, place=place) + _MASS)
    assert (p.meta.province, p.meta.province_successor) == (province, successor)


@pytest.mark.parametrize("sentence", [
    "Kinh phí được bố trí trong dự toán ngân sách huyện năm 2019.",
    "Các xã, thị trấn sử dụng ngân sách xã để thực hiện.",
    "Nguồn kinh phí từ ngân sách thành phố và ngân sách phường.",
])
def test_a_local_budget_is_state_budget(sentence):
    p = planparse.parse("I. MỤC ĐÍCH\n\nNâng cao.\n\nII. KINH PHÍ THỰC HIỆN\n\n" + sentence + "\n")
    assert "state_budget" in p.budget.sources


def test_a_budget_word_after_ngan_sach_is_not_a_level():
    p = planparse.parse("I. MỤC ĐÍCH\n\nNâng cao.\n\nII. KINH PHÍ THỰC HIỆN\n\nKinh phí do đơn vị tự cân đối, "
                        "không đề nghị ngân sách xãhội.\n")
    assert "state_budget" not in p.budget.sources
