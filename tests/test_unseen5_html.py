"""Unseen set 5, the HTML reader: a list item's marker is what a browser draws before it.

A CMS article (Lạng Sơn 1385/KH-SNgV) lays its tasks out as ``<ul class="list-none"><li><strong>1.
…</strong> …`` with the fields of each task in a nested list (``Đơn vị chủ trì: …``). The reader put a
dash before every item of a ``<ul>``, so ``- 1. Duy trì chuyên mục …`` was a bullet and the plan had no
tasks. A browser draws no marker for ``list-style: none`` (a ``style`` attribute or a rule of the page's
own sheet) and, when the sheet is external, the item's typed label still says what it is. The fields in
the nested list keep their markers (a browser's own sheet gives every list one) and stay field lines.
"""
from __future__ import annotations

import pytest

import planparse
from planparse.ingest.html import read_html


def _lines(body: str, head: str = "") -> list[str]:
    page = f"<html><head>{head}</head><body><div class='noi-dung'>{body}</div></body></html>"
    return read_html(page.encode("utf-8"), "x.html").text.split("\n")


_TASK1 = "1. Tuyên truyền trên Trang thông tin điện tử."
_TASK2 = "2. Tập huấn nghiệp vụ."


@pytest.mark.parametrize("head,ul,li", [
    # a class the page's own sheet hides markers for (as the Lạng Sơn portal does)
    ("<style>.list-none{list-style:none;padding-left:0}</style>", "<ul class='list-none'>", "<li>"),
    # the sheet's rule by a descendant selector, with a comment and a @charset before it
    ("<style>@charset 'utf-8'; /* lists */ .post-content ul.tasks { list-style-type: none }</style>",
     "<div class='post-content'><ul class='tasks'>", "<li>"),
    # a style attribute on the list, on the item
    ("", "<ul style='list-style: none; margin: 0'>", "<li>"),
    ("", "<ul>", "<li style='list-style-type:none'>"),
    # an external sheet the reader cannot see: the item's own typed label says what it is
    ("<link rel='stylesheet' href='/css/main.min.css'>", "<ul class='list-unstyled'>", "<li>"),
    ("", "<ul>", "<li>"),
])
def test_an_item_with_its_own_number_is_that_numbered_item(head, ul, li):
    close = "</ul></div>" if ul.startswith("<div") else "</ul>"
    body = (f"{ul}{li}<strong>{_TASK1}</strong> Cập nhật tin, bài."
            "<ul><li>Đơn vị chủ trì: Văn phòng Sở.</li><li>Thời gian thực hiện: Quý I/2020.</li></ul></li>"
            f"{li}<b>{_TASK2}</b><ul><li>Đơn vị chủ trì: Phòng Hợp tác quốc tế.</li></ul></li>{close}")
    assert _lines(body, head) == [f"{_TASK1} Cập nhật tin, bài.", "- Đơn vị chủ trì: Văn phòng Sở.",
                                  "- Thời gian thực hiện: Quý I/2020.", _TASK2,
                                  "- Đơn vị chủ trì: Phòng Hợp tác quốc tế."]


@pytest.mark.parametrize("head,body,lines", [
    # a hidden marker hides a bullet too: the browser shows a plain line
    ("<style>ul.plain li{list-style:none}</style>", "<ul class='plain'><li>Nâng cao nhận thức.</li></ul>",
     ["Nâng cao nhận thức."]),
    # ... and an <ol>'s number, which is still counted (the next visible item is 2.)
    ("", "<ol><li style='list-style:none'>1. Mục đích</li><li>Yêu cầu</li></ol>", ["1. Mục đích", "2. Yêu cầu"]),
    # an <ol> whose items carry their own labels gets no second label
    ("", "<ol type='I'><li>I. MỤC ĐÍCH</li><li>II. NHIỆM VỤ</li></ol>", ["I. MỤC ĐÍCH", "II. NHIỆM VỤ"]),
    ("", "<ol><li>a) Đơn vị chủ trì: Sở Ngoại vụ</li></ol>", ["a) Đơn vị chủ trì: Sở Ngoại vụ"]),
    # rules for other blocks do not reach the article's lists
    ("<style>nav ul, .menu li, footer > ul { list-style: none }</style>",
     "<ul><li>Nâng cao nhận thức.</li></ul>", ["- Nâng cao nhận thức."]),
    # a rule the reader cannot match is not guessed at; a shorthand with a type keeps its marker
    ("<style>li:first-child{list-style:none}</style>", "<ul><li>Một.</li></ul>", ["- Một."]),
    ("<style>ul{list-style: square none}</style>", "<ul><li>Một.</li></ul>", ["- Một."]),
    # a style attribute beats the sheet; the more specific rule beats the later one
    ("<style>ul{list-style:none}</style>", "<ul style='list-style-type:disc'><li>Một.</li></ul>", ["- Một."]),
    ("<style>ul.a{list-style:disc} ul{list-style:none}</style>", "<ul class='a'><li>Một.</li></ul>", ["- Một."]),
    # a nested list keeps its markers under a list that hides them (a browser's sheet sets every list's)
    ("<style>.x{list-style:none}</style>", "<ul class='x'><li>Một<ul><li>hai</li></ul></li></ul>",
     ["Một", "- hai"]),
    # a number that is not an item label (an amount, a year) is no label of its own
    ("", "<ul><li>1.000 cuốn tài liệu</li><li>2020 là năm Chủ tịch ASEAN</li></ul>",
     ["- 1.000 cuốn tài liệu", "- 2020 là năm Chủ tịch ASEAN"]),
])
def test_list_markers_as_a_browser_draws_them(head, body, lines):
    assert _lines(body, head) == lines


_HEADER = ("<table><tr><td><strong>UBND TỈNH LẠNG SƠN</strong></td><td><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
           "</strong></td></tr><tr><td><strong>SỞ NGOẠI VỤ</strong></td><td><strong>Độc lập - Tự do - Hạnh phúc"
           "</strong></td></tr><tr><td>Số: 77/KH-SNgV</td><td><em>Lạng Sơn, ngày 2 tháng 3 năm 2020</em></td>"
           "</tr></table><p><strong>KẾ HOẠCH</strong></p><p><strong>Tuyên truyền về ASEAN năm 2020</strong></p>"
           "<h2>I. MỤC ĐÍCH, YÊU CẦU</h2><ul><li>Nâng cao nhận thức về Cộng đồng ASEAN.</li></ul>"
           "<h2>II. NHIỆM VỤ CỤ THỂ</h2>")
_TAIL = ("<h2>III. TỔ CHỨC THỰC HIỆN</h2><p>Các phòng triển khai Kế hoạch này.</p>"
         "<p><strong>KT. GIÁM ĐỐC<br>PHÓ GIÁM ĐỐC</strong><br><strong>Lương Thị Hồng Vân</strong></p>")


def _tasks_html(ul: str, li: str, label: str, fields: str) -> str:
    items = []
    for n, (title, lead, support) in enumerate([
            ("Duy trì chuyên mục về ASEAN trên Trang thông tin điện tử", "Phòng Thông tin đối ngoại và Lãnh sự",
             "Sở Thông tin và Truyền thông"),
            ("Tập huấn nghiệp vụ thông tin đối ngoại", "Phòng Hợp tác quốc tế", "Sở Nội vụ")], start=1):
        f = (f"<li>Đơn vị chủ trì: {lead}.</li><li>Đơn vị phối hợp: {support}.</li>"
             "<li>Thời gian thực hiện: Quý II/2020.</li>")
        items.append(f"{li}<{label}>{n}. {title}.</{label}> Nội dung chi tiết của nhiệm vụ.{fields.format(f)}</li>")
    return ul + "".join(items) + "</" + ul[1:3] + ">"


@pytest.mark.parametrize("head,ul,li,label,fields", [
    ("<style>.list-none{list-style:none}</style>", "<ul class='list-none'>", "<li>", "strong", "<ul>{}</ul>"),
    ("", "<ul style='list-style-type:none'>", "<li>", "b", "<ul>{}</ul>"),
    ("<link rel='stylesheet' href='/main.css'>", "<ul class='items'>", "<li>", "strong", "<ul>{}</ul>"),
    ("", "<ol style='list-style:none'>", "<li>", "strong", "<ul>{}</ul>"),
    ("", "<ul>", "<li>", "span", "<ol type='a'>{}</ol>"),
])
def test_tasks_laid_out_as_list_items_with_nested_fields(head, ul, li, label, fields):
    page = (f"<html><head>{head}</head><body><article><div class='post-content'>{_HEADER}"
            f"{_tasks_html(ul, li, label, fields)}{_TAIL}</div></article></body></html>")
    plan = planparse.parse(read_html(page.encode("utf-8"), "x.html"))
    assert [(t.id, t.title) for t in plan.tasks] == [
        ("II.1", "Duy trì chuyên mục về ASEAN trên Trang thông tin điện tử"),
        ("II.2", "Tập huấn nghiệp vụ thông tin đối ngoại")]
    assert [[a.name for a in t.lead] for t in plan.tasks] == [["Phòng Thông tin đối ngoại và Lãnh sự"],
                                                             ["Phòng Hợp tác quốc tế"]]
    assert [[a.name for a in t.support] for t in plan.tasks] == [["Sở Thông tin và Truyền thông"], ["Sở Nội vụ"]]
    assert all(t.timeframe and t.timeframe.start == "2020-04-01" for t in plan.tasks)
    assert not [s.id for s in plan.sections if s.id.count(".") > 1]  # the fields are no sections


# Budget sources (Lũng Cú 28/KH-UBND): "từ nguồn kinh phí sự nghiệp văn hóa thông tin của xã" is the
# recurrent line the commune already holds (unit_budget), not a new state allocation; "các nguồn huy
# động hợp pháp khác" is other_lawful with the kind of source between "nguồn" and "hợp pháp".
@pytest.mark.parametrize("clause,sources", [
    ("Kinh phí thực hiện Kế hoạch được chi từ nguồn kinh phí sự nghiệp văn hóa thông tin của xã năm 2022 "
     "và các nguồn huy động hợp pháp khác (nếu có).", ("unit_budget", "other_lawful")),
    ("Sử dụng nguồn chi sự nghiệp văn hóa - thông tin của phường và các nguồn tài chính hợp pháp khác.",
     ("unit_budget", "other_lawful")),
    ("Kinh phí sự nghiệp giáo dục được giao của các trường; nguồn vốn huy động hợp pháp.",
     ("unit_budget", "other_lawful")),
    ("Kinh phí thực hiện từ kinh phí sự nghiệp năm 2021 của các cơ quan, đơn vị.", ("unit_budget",)),
    ("Ngân sách nhà nước và các nguồn kinh phí khác theo quy định của pháp luật.", ("state_budget", "other_lawful")),
    # the same families in other words: a unit's autonomous or operating budget, the budget of every level,
    # a sponsor named as a giver
    ("Sử dụng kinh phí tự chủ và kinh phí hoạt động của các đơn vị; ngân sách các cấp hỗ trợ theo phân cấp.",
     ("state_budget", "unit_budget")),
    ("Vận động các nhà tài trợ, tổ chức tài trợ cho các hoạt động.", ("sponsorship",)),
    # a source named inside "nguồn … hợp pháp" keeps its name
    ("Khuyến khích huy động nguồn xã hội hóa hợp pháp và nguồn tài trợ hợp pháp.", ("sponsorship", "socialization")),
    # a recurrent line no unit holds, or one the state allocates, is the state's budget
    ("Tổng kinh phí: 150.000.000 đồng từ nguồn sự nghiệp văn hóa.", ("state_budget",)),
    ("Kinh phí thực hiện Kế hoạch từ nguồn kinh phí sự nghiệp thông tin - truyền thông năm 2019, năm 2020 được "
     "Ủy ban nhân dân tỉnh giao cho Sở Thông tin và Truyền thông trong dự toán ngân sách nhà nước.", ("state_budget",)),
    ("Kinh phí thực hiện từ nguồn ngân sách xã năm 2020 đã phân bổ cho sự nghiệp văn hóa - thông tin.",
     ("state_budget",)),
    # "hợp pháp" of the way money is spent is no source
    ("Kinh phí do ngân sách huyện bảo đảm; sử dụng nguồn kinh phí đúng mục đích, hợp pháp.", ("state_budget",)),
])
def test_budget_source_wordings(clause, sources):
    p = planparse.parse("I. MỤC ĐÍCH\n\nNâng cao.\n\nII. KINH PHÍ THỰC HIỆN\n\n" + clause +
                        "\n\nIII. TỔ CHỨC THỰC HIỆN\n\nCác đơn vị triển khai thực hiện.")
    assert p.budget.sources == sources
