"""Unseen set 7's forms, each made a case of its own in more than one wording: a legal database's page
(a layout table, ``<font>`` runs broken by ``<br>``, a sidebar of links), the Youth Union's documents
(``ĐOÀN TNCS HỒ CHÍ MINH`` in the motto's place, ``Ban Tuyên giáo Tỉnh đoàn``, ``các huyện, thành đoàn``),
run-in task headings, a role named in a bracket, a signature in a grid's right cell."""
import pytest

import planparse
from planparse.extract.agencies import split_list

PURPOSE = "".join(f"- Mục đích thứ {k}: giúp đoàn viên, thanh niên hiểu đúng về Cộng đồng ASEAN, chủ động nắm bắt "
                  "cơ hội học tập, việc làm, khởi nghiệp trong bối cảnh kinh tế số.<br>" for k in range(1, 12))
BODY = ("I. MỤC ĐÍCH, YÊU CẦU<br>" + PURPOSE + "II. NỘI DUNG<br>"
        "1. Tuyên truyền trên nền tảng số<br>Ban Tuyên giáo Tỉnh đoàn chủ trì mở chuyên mục về ASEAN.<br>"
        "2. Cuộc thi tìm hiểu về ASEAN<br>Các huyện, thành đoàn, đoàn trực thuộc tổ chức cuộc thi.<br>"
        "III. TỔ CHỨC THỰC HIỆN<br>Các đơn vị triển khai thực hiện./.")


def _legal_db(sidebar_links: int, metadata: bool) -> str:
    side = "".join(f'<a href="#">Mục {k}</a><br>' for k in range(sidebar_links))
    meta = ('<table border="1"><tr><td>Số ký hiệu</td><td>45-KH/TĐTN-TG</td></tr>'
            '<tr><td>Người ký</td><td>Nguyễn Thị Thu Hương</td></tr></table>') if metadata else ""
    return (f'<html><body><table width="980"><tr><td><font size="5">CƠ SỞ DỮ LIỆU VĂN BẢN</font></td></tr>'
            f'<tr><td><table><tr><td width="200"><font>{side}</font></td><td valign="top">{meta}'
            '<table><tr><td><b>TỈNH ĐOÀN BẮC GIANG</b><br>***<br>Số: 45-KH/TĐTN-TG</td>'
            '<td><b><u>ĐOÀN TNCS HỒ CHÍ MINH</u></b><br><i>Bắc Giang, ngày 22 tháng 4 năm 2022</i></td></tr></table>'
            '<p align="center"><b>KẾ HOẠCH</b><br><b>Tuyên truyền về ASEAN trong đoàn viên, thanh niên</b></p>'
            f'<font face="Times New Roman">{BODY}</font>'
            '<table><tr><td></td><td><b>TM. BAN THƯỜNG VỤ TỈNH ĐOÀN<br>PHÓ BÍ THƯ</b><br>(Đã ký)<br>'
            'Nguyễn Thị Thu Hương</td></tr></table></td></tr></table></td></tr>'
            '<tr><td><font size="1">© Cơ sở dữ liệu văn bản tỉnh</font></td></tr></table></body></html>')


@pytest.mark.parametrize("links,metadata", [(12, True), (40, True), (12, False)])
def test_a_legal_database_page(tmp_path, links, metadata):
    f = tmp_path / "page.html"
    f.write_text(_legal_db(links, metadata), encoding="utf-8")
    p = planparse.parse(f)
    assert p.meta.number == "45-KH/TĐTN-TG"
    assert p.meta.issuer.lower() == "tỉnh đoàn bắc giang"
    assert (p.meta.signer.name, p.meta.signer.position) == ("Nguyễn Thị Thu Hương", "Phó Bí thư")
    assert [s.id for s in p.sections] == ["I", "II", "II.1", "II.2", "III"]
    assert [[a.name for a in t.lead] for t in p.tasks] == [["Ban Tuyên giáo Tỉnh đoàn"],
                                                           ["Các huyện, thành đoàn, đoàn trực thuộc"]]


@pytest.mark.parametrize("text,names", [
    ("Ban Tuyên giáo Tỉnh đoàn", ["Ban Tuyên giáo Tỉnh đoàn"]),
    ("Ban Tuyên giáo Huyện đoàn", ["Ban Tuyên giáo Huyện đoàn"]),
    ("Các huyện, thành đoàn, đoàn trực thuộc", ["Các huyện, thành đoàn, đoàn trực thuộc"]),
    ("Các sở, ngành, Ủy ban nhân dân các huyện", ["Các sở, ngành", "Ủy ban nhân dân các huyện"]),
    ("Thành đoàn, Huyện đoàn Tuy An", ["Thành đoàn", "Huyện đoàn Tuy An"]),
])
def test_youth_union_names(text, names):
    assert [a.name for a in split_list(text)] == names


PLAN = "\n".join(["ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM", "Số: 2786/KH-UBND", "Hà Nam, ngày 10 tháng 12 năm 2021",
                  "KẾ HOẠCH", "Thông tin, tuyên truyền về ASEAN giai đoạn 2021 - 2025", "I. MỤC ĐÍCH, YÊU CẦU",
                  "Nâng cao nhận thức.", "II. NHIỆM VỤ", "1. {task}", "III. TỔ CHỨC THỰC HIỆN", "Các sở triển khai."])


@pytest.mark.parametrize("task,lead,support,window", [
    ("Tuyên truyền trên báo chí: Báo Hà Nam, Đài Phát thanh và Truyền hình Hà Nam chủ trì, phối hợp với Sở Thông tin "
     "và Truyền thông mở chuyên mục về ASEAN; thời gian: năm 2022.",
     ["Báo Hà Nam", "Đài Phát thanh và Truyền hình Hà Nam"], ["Sở Thông tin và Truyền thông"], ("2022-01-01", "2022-12-31")),
    ("Hợp tác ASEAN trong phòng, chống dịch COVID-19: Sở Y tế chủ trì thông tin về hợp tác y tế; thời gian thực hiện: "
     "quý IV/2022.", ["Sở Y tế"], [], ("2022-10-01", "2022-12-31")),
    ("Treo băng rôn về ASEAN tại trụ sở các cơ quan (Trung tâm Văn hóa tỉnh chủ trì, phối hợp với Ủy ban nhân dân "
     "các phường, xã). Thời gian thực hiện: tháng 8/2022.",
     ["Trung tâm Văn hóa tỉnh"], ["Ủy ban nhân dân các phường, xã"], ("2022-08-01", "2022-08-31")),
])
def test_run_in_headings_and_bracketed_roles(task, lead, support, window):
    p = planparse.parse(PLAN.format(task=task))
    t = p.tasks[0]
    assert [a.name for a in t.lead] == lead
    assert [a.name for a in t.support] == support
    assert (t.timeframe.start, t.timeframe.end) == window


def test_a_run_in_heading_without_an_actor_names_none():
    p = planparse.parse(PLAN.format(task="Cổ động trực quan: treo cờ ASEAN, pa nô, áp phích tại các tuyến đường."))
    assert p.tasks[0].lead == ()


# -- a window from a month or a quarter to the end of a year ----------------------------------------

@pytest.mark.parametrize("text,start,end", [
    ("từ tháng 10/2019 đến hết năm 2020", "2019-10-01", "2020-12-31"),
    ("Từ quý IV/2019 đến năm 2020", "2019-10-01", "2020-12-31"),
    ("tháng 11/2021 - năm 2022", "2021-11-01", "2022-12-31"),
    ("từ năm 2021 đến hết năm 2025", "2021-01-01", "2025-12-31"),
])
def test_a_window_to_the_end_of_a_year(text, start, end):
    from planparse.extract.temporal import parse_temporal
    assert [(t.kind, t.start, t.end) for t in parse_temporal(text, time_context=True)] == [("period", start, end)]


def test_a_month_and_a_year_apart_stay_two_windows():
    from planparse.extract.temporal import parse_temporal
    got = [(t.start, t.end) for t in parse_temporal("tháng 10/2019 và năm 2020", time_context=True)]
    assert got == [("2019-10-01", "2019-10-31"), ("2020-01-01", "2020-12-31")]
