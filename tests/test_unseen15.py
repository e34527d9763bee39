"""Unseen set 15 (tests/cases/unseen15/): how real plans word roles, names, times and money.

Each mechanism as a table of the wordings its authors wrote (and the neighbours it must not catch)."""
from __future__ import annotations

import pytest

import planparse

_HEAD = ("ỦY BAN NHÂN DÂN\nHUYỆN VĨNH HƯNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
         "Số: 152/KH-UBND\nVĩnh Hưng, ngày 10 tháng 3 năm 2023\n\nKẾ HOẠCH\nThông tin, tuyên truyền về ASEAN năm 2023\n\n"
         "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức về ASEAN.\n\nII. NHIỆM VỤ CỤ THỂ\n")


def _roles(body: str, org: str = "") -> dict[str, tuple[list[str], list[str]]]:
    text = _HEAD + body + ("\nIII. TỔ CHỨC THỰC HIỆN\n" + org if org else "")
    return {t.id: ([a.name for a in t.lead], [a.name for a in t.support]) for t in planparse.parse(text).tasks}


# -- roles given later, by the task's number -------------------------------------------------------

_TASKS = ("1. Tuyên truyền trên Đài Truyền thanh huyện\nDuy trì chuyên mục về ASEAN.\n"
          "2. Tổ chức cuộc thi tìm hiểu về ASEAN\nTổ chức cuộc thi cho học sinh.\n"
          "3. Hội nghị phổ biến thương mại điện tử\nTổ chức 01 hội nghị cho hộ kinh doanh.\n"
          "4. Tuyên truyền trong hội viên\nLồng ghép tuyên truyền trong sinh hoạt.\n")


@pytest.mark.parametrize("org, want", [
    ("1. Phòng Văn hóa và Thông tin\nChủ trì thực hiện nhiệm vụ tại khoản 1, khoản 3 Mục II.\n",
     {"II.1": (["Phòng Văn hóa và Thông tin"], []), "II.3": (["Phòng Văn hóa và Thông tin"], [])}),
    ("1. Phòng Giáo dục và Đào tạo\nChủ trì, phối hợp với Huyện đoàn thực hiện nội dung tại điểm 2 Mục II.\n",
     {"II.2": (["Phòng Giáo dục và Đào tạo"], ["Huyện đoàn"])}),
    ("1. Phòng Giáo dục và Đào tạo\nChủ trì thực hiện nội dung tại điểm 2 Mục II, phối hợp với Huyện đoàn tổ "
     "chức các vòng thi.\n", {"II.2": (["Phòng Giáo dục và Đào tạo"], ["Huyện đoàn"])}),
    ("1. Phòng Văn hóa và Thông tin\n- Là cơ quan thường trực; chủ trì thực hiện các nội dung tại điểm 1, 2 và 4 "
     "Mục II Kế hoạch này.\n", {k: (["Phòng Văn hóa và Thông tin"], []) for k in ("II.1", "II.2", "II.4")}),
    ("1. Đề nghị Hội Nông dân huyện, Hội Cựu chiến binh huyện\nPhối hợp triển khai nội dung tại khoản 4 Mục II.\n",
     {"II.4": ([], ["Hội Nông dân huyện", "Hội Cựu chiến binh huyện"])}),
    # a duty to carry out, no one in charge named: no lead (set 3's annotator)
    ("1. Đài Truyền thanh huyện\nThực hiện các nội dung tại điểm 1, điểm 4 Mục II.\n", {"II.1": ([], []), "II.4": ([], [])}),
])
def test_roles_given_by_the_tasks_number(org, want):
    got = _roles(_TASKS, org)
    for tid, roles in want.items():
        assert (got[tid][0], sorted(got[tid][1])) == (roles[0], sorted(roles[1])), (tid, got[tid])


def test_a_task_that_names_its_lead_keeps_it():
    body = _TASKS.replace("Tổ chức cuộc thi cho học sinh.", "Phòng Giáo dục và Đào tạo tổ chức cuộc thi cho học sinh.")
    got = _roles(body, "1. Huyện đoàn\nChủ trì thực hiện nội dung tại điểm 2 Mục II.\n")
    assert got["II.2"][0] == ["Phòng Giáo dục và Đào tạo"]


# -- who leads, in running text ----------------------------------------------------------------------

@pytest.mark.parametrize("sentence, lead, support", [
    # the one in charge named after the task
    ("Việc tuyên truyền do Phòng Văn hóa và Thông tin chủ trì thực hiện, trong quý III/2023.",
     ["Phòng Văn hóa và Thông tin"], []),
    ("Nội dung này do Phòng Văn hóa và Thông tin chủ trì, phối hợp với Huyện đoàn thực hiện.",
     ["Phòng Văn hóa và Thông tin"], ["Huyện đoàn"]),
    # ... but not who made something the task uses
    ("Chia sẻ các chương trình phát trực tiếp (chương trình do Đài Truyền hình Việt Nam chủ trì sản xuất).", [], []),
    # a bracket marks the one in charge; the one named first works with it
    ("Huyện đoàn phối hợp với Phòng Giáo dục và Đào tạo (đơn vị chủ trì) tổ chức cuộc thi.",
     ["Phòng Giáo dục và Đào tạo"], ["Huyện đoàn"]),
    # "phối hợp" with no partner: those named before it work with the one in charge ...
    ("Công an huyện chịu trách nhiệm chính; Ban Chỉ huy Quân sự huyện và Phòng Văn hóa và Thông tin phối hợp "
     "theo dõi dư luận.", ["Công an huyện"], ["Ban Chỉ huy Quân sự huyện", "Phòng Văn hóa và Thông tin"]),
    # ... or, alone, are the ones who do it
    ("Hội Nông dân huyện và Hội Cựu chiến binh huyện phối hợp tuyên truyền trong hội viên.",
     ["Hội Nông dân huyện", "Hội Cựu chiến binh huyện"], []),
    # "Y phối hợp với X …" names Y first as the actor (spec § tasks; sets 5-14)
    ("Phòng Văn hóa và Thông tin phối hợp với Huyện đoàn tổ chức giao lưu.", ["Phòng Văn hóa và Thông tin"], ["Huyện đoàn"]),
    # "phối hợp" and a partner without "với"
    ("Phòng Văn hóa và Thông tin chủ trì, phối hợp Trung tâm Chính trị huyện tổ chức 01 lớp bồi dưỡng.",
     ["Phòng Văn hóa và Thông tin"], ["Trung tâm Chính trị huyện"]),
    ("Phòng Văn hóa và Thông tin chủ trì, phối hợp tổ chức lớp bồi dưỡng.", ["Phòng Văn hóa và Thông tin"], []),
    # "X chủ trì, Y phối hợp …"
    ("Phòng Giáo dục và Đào tạo chủ trì, Huyện đoàn phối hợp lồng ghép nội dung về ASEAN.",
     ["Phòng Giáo dục và Đào tạo"], ["Huyện đoàn"]),
    # roles in brackets after a list
    ("Phòng Văn hóa và Thông tin (chủ trì), Phòng Tài chính - Kế hoạch, Huyện đoàn (phối hợp) biên soạn tài liệu.",
     ["Phòng Văn hóa và Thông tin"], ["Phòng Tài chính - Kế hoạch", "Huyện đoàn"]),
    # the list goes on after the bracket that marks the one in charge
    ("Phòng Kinh tế và Hạ tầng phối hợp với Phòng Tài chính - Kế hoạch (cơ quan chủ trì) và Huyện đoàn biên soạn tài liệu.",
     ["Phòng Tài chính - Kế hoạch"], ["Phòng Kinh tế và Hạ tầng", "Huyện đoàn"]),
    # the offices at large work with the one office named
    ("Các phòng, ban liên quan phối hợp với Phòng Văn hóa và Thông tin giới thiệu tiềm năng du lịch.",
     ["Phòng Văn hóa và Thông tin"], ["Các phòng, ban liên quan"]),
    # how an actor acts is not its name
    ("Đồn Biên phòng Lũng Cú theo chức năng, nhiệm vụ nắm tình hình dư luận.", ["Đồn Biên phòng Lũng Cú"], []),
    # a Youth Union's own unit, its committee capitalised
    ("Do Ban Tổ chức - Kiểm tra Huyện Đoàn chủ trì thực hiện.", ["Ban Tổ chức - Kiểm tra Huyện Đoàn"], []),
])
def test_who_leads_in_running_text(sentence, lead, support):
    from planparse.extract.agencies import _key
    got = _roles("1. Tuyên truyền về ASEAN\n" + sentence + "\n")["II.1"]
    assert ({_key(x) for x in got[0]}, {_key(x) for x in got[1]}) == ({_key(x) for x in lead}, {_key(x) for x in support}), got


# -- a name written short is the one the plan spells out ------------------------------------------------

def test_a_short_name_is_the_one_the_plan_spells_out():
    """``TT&TT`` is ``Thông tin và Truyền thông`` in the abbreviation table; in a district centre's name the
    plan writes in full it is ``Thể thao và Truyền thanh``."""
    plan = planparse.parse(_HEAD + "1. Tuyên truyền trên sóng truyền thanh\n- Đơn vị thực hiện: Trung tâm VH,TT&TT "
                           "huyện.\nIII. TỔ CHỨC THỰC HIỆN\n1. Trung tâm Văn hóa, Thể thao và Truyền thanh huyện\n"
                           "Mở chuyên mục về ASEAN.\n")
    [full] = [a.agency.name for a in plan.assignments]
    assert "Truyền thanh" in full and [a.name for a in plan.tasks[0].lead] == [full]


def test_a_short_name_with_no_full_form_keeps_the_tables_expansion():
    got = _roles("1. Tuyên truyền trên báo chí\n- Đơn vị chủ trì: Sở TT&TT.\n")
    assert got["II.1"][0] == ["Sở Thông tin và Truyền thông"]


@pytest.mark.parametrize("written, name", [
    ("BCH Quân sự huyện", "Ban Chỉ huy Quân sự huyện"),
    ("BCHQS tỉnh", "Bộ Chỉ huy Quân sự tỉnh"),
])
def test_command_abbreviations(written, name):
    from planparse.extract.agencies import split_list
    assert [a.name for a in split_list(written)] == [name]


# -- windows that run from the plan's own dates ----------------------------------------------------------

@pytest.mark.parametrize("title, sentence, window", [
    # "from now": from the day the plan is signed
    ("Thông tin, tuyên truyền về ASEAN năm 2023", "Phòng Văn hóa và Thông tin thực hiện từ nay đến hết năm 2023.",
     ("2023-03-10", "2023-12-31")),
    # "and the years after": to the end of the plan's period ...
    ("Thông tin, tuyên truyền về ASEAN giai đoạn 2023 - 2025",
     "Phòng Văn hóa và Thông tin duy trì chuyên mục trong năm 2023 và các năm tiếp theo.", ("2023-01-01", "2025-12-31")),
    # ... open in a plan of one year
    ("Thông tin, tuyên truyền về ASEAN năm 2023",
     "Phòng Văn hóa và Thông tin duy trì chuyên mục trong năm 2023 và các năm tiếp theo.", ("2023-01-01", None)),
])
def test_windows_from_the_plans_own_dates(title, sentence, window):
    plan = planparse.parse(_HEAD.replace("Thông tin, tuyên truyền về ASEAN năm 2023", title)
                           + "1. Tuyên truyền trên Đài Truyền thanh huyện\n" + sentence + "\n")
    tf = plan.tasks[0].timeframe
    assert tf is not None and (tf.start, tf.end) == window, tf


# -- who issued it, and where --------------------------------------------------------------------------

def test_a_youth_unions_header():
    """A Đoàn plan's header: the parent committee over the issuing one, both written ``BCH …`` (Ban Chấp
    hành), and the Union's name where the national motto stands."""
    from planparse.layout.header import compose_issuer
    assert compose_issuer(["BCH ĐOÀN TỈNH TIỀN GIANG", "BCH HUYỆN ĐOÀN CÁI BÈ"]).lower() == \
        "ban chấp hành huyện đoàn cái bè"
    plan = planparse.parse("BCH ĐOÀN TỈNH TIỀN GIANG\nBCH HUYỆN ĐOÀN CÁI BÈ\n***\nSố: 52-KH/HĐ\n"
                           "ĐOÀN TNCS HỒ CHÍ MINH\nCái Bè, ngày 15 tháng 3 năm 2023\nKẾ HOẠCH\n"
                           "Tuyên truyền về ASEAN trong đoàn viên năm 2023\n\nI. MỤC ĐÍCH\nNâng cao nhận thức.\n")
    assert plan.meta.issuer.lower() == "ban chấp hành huyện đoàn cái bè" and plan.meta.province == "Tiền Giang"


@pytest.mark.parametrize("text, province", [
    ("Ủy ban nhân dân huyện Mỹ Xuyên", "Sóc Trăng"),
    ("UBND THỊ XÃ GIÁ RAI", "Bạc Liêu"),
    ("Phòng Văn hóa và Thông tin huyện Cầu Kè", "Trà Vinh"),
    ("Ủy ban nhân dân huyện Châu Thành", None),  # eleven provinces have one
    ("Ủy ban nhân dân xã Long Hữu", None),  # a commune alone
])
def test_a_district_places_its_province(text, province):
    from planparse.extract.common import district_province
    assert district_province(text) == province


def test_a_commune_plan_that_names_no_province_takes_its_districts():
    plan = planparse.parse("ỦY BAN NHÂN DÂN\nTHỊ TRẤN MỸ XUYÊN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                           "Độc lập - Tự do - Hạnh phúc\nSố: 45/KH-UBND\nMỹ Xuyên, ngày 06 tháng 7 năm 2020\n\nKẾ HOẠCH\n"
                           "Tuyên truyền về ASEAN năm 2020\n\nThực hiện Kế hoạch số 112/KH-UBND ngày 22/6/2020 của Ủy ban "
                           "nhân dân huyện Mỹ Xuyên, Ủy ban nhân dân thị trấn xây dựng Kế hoạch như sau:\n"
                           "I. MỤC ĐÍCH\nNâng cao nhận thức.\n")
    assert plan.meta.province == "Sóc Trăng"


# -- a table typed with tabs in Word ---------------------------------------------------------------------

@pytest.mark.parametrize("name", ["unseen14/tra-vinh_duyen-hai_95-KH-UBND_2022_asean-wordtabtxt.txt",
                                  "unseen6/bac-lieu_hong-dan_356-KH-UBND_2021_asean-wordtxt.txt",
                                  "unseen5/dong-thap_thap-muoi_245-KH-UBND_2021_asean-annex.txt"])
def test_tab_rows_in_a_docx_are_the_rows_of_its_text(name, tmp_path):
    """The same plan as a DOCX whose lines are paragraphs (as Word opens the text, or a clerk types the
    rows with tabs): Word keeps each tab a tab when it saves as text, so a DOCX's tab is no space."""
    from pathlib import Path

    import docx
    src = Path(__file__).parent / "cases" / name
    text = src.read_text(encoding="utf-8")
    d = docx.Document()
    for line in text.replace("\r\n", "\n").split("\n"):
        d.add_paragraph(line)
    path = tmp_path / "typed.docx"
    d.save(path)

    def roles(plan):
        return [(t.id, sorted(a.name for a in t.lead), sorted(a.name for a in t.support)) for t in plan.tasks]
    a, b = planparse.parse(src), planparse.parse(path)
    assert len(a.tasks) >= 5 and roles(b) == roles(a)
