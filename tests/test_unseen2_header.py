"""Unseen set 2, the header reader: a portal's metadata about the document is not the document's header.

A portal page embeds the plan under its own properties table (``Số ký hiệu | 145/KH-UBND | Ngày ban hành
| 05/09/2019``, ``Loại văn bản | Kế hoạch``, ``Người ký | …``, ``File đính kèm | …``). The table's
``Kế hoạch`` was read as the type line, its next rows as the subject, and with no capital line before
it the issuer came from the preamble's province (Hướng Hóa 145/KH-UBND, unseen set 2). The document's
own header block (layout.md §1) wins; the portal's values only fill what the header leaves blank —
whatever form the metadata takes and whether it stands before or after the document.
"""
from __future__ import annotations

import pytest

import planparse
from planparse.ingest.html import read_html

_DOCS = {
    # a district's plan: the province only in the preamble and the page's footer; the portal files it
    # under the province and gives a short subject of its own
    "district": dict(
        left=["ỦY BAN NHÂN DÂN", "<b>HUYỆN KỲ ANH</b>"], num="308/KH-UBND", place="Kỳ Anh, ngày 03 tháng 6 năm 2020",
        title="Tuyên truyền về Cộng đồng ASEAN năm 2020 trên địa bàn huyện Kỳ Anh",
        pre="Thực hiện Kế hoạch số 1234/KH-UBND ngày 12/5/2020 của UBND tỉnh Hà Tĩnh về tuyên truyền ASEAN năm "
            "2020, UBND huyện Kỳ Anh ban hành Kế hoạch như sau:",
        issuer="Ủy ban nhân dân huyện Kỳ Anh", issued="2020-06-03", sign="Trần Đình Lộc", period=(2020, 2020),
        props=[("Số ký hiệu", "308/KH-UBND"), ("Ngày ban hành", "03/06/2020"), ("Loại văn bản", "Kế hoạch"),
               ("Cơ quan ban hành", "UBND tỉnh Hà Tĩnh"), ("Người ký", "Trần Đình Lộc"), ("Lĩnh vực", "Văn hóa - Xã hội"),
               ("Trích yếu", "Kế hoạch tuyên truyền ASEAN 2020"), ("File đính kèm", "308-KH-UBND.pdf (245 KB)")]),
    # a department's plan: the portal names the locality alone and its type in capitals
    "department": dict(
        left=["UBND TỈNH QUẢNG NAM", "<b>SỞ NGOẠI VỤ</b>"], num="77/KH-SNgV", place="Quảng Nam, ngày 19 tháng 02 năm 2021",
        title="Thông tin đối ngoại về ASEAN giai đoạn 2021 - 2023",
        pre="Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ;",
        issuer="Sở Ngoại vụ tỉnh Quảng Nam", issued="2021-02-19", sign="Nguyễn Văn Tám", period=(2021, 2023),
        props=[("Số hiệu", "77/KH-SNgV"), ("Ngày ký", "19/02/2021"), ("Loại văn bản", "KẾ HOẠCH"),
               ("Nơi ban hành", "Tỉnh Quảng Nam"), ("Người ký", "Nguyễn Văn Tám"), ("Ngày hiệu lực", "19/02/2021"),
               ("Tình trạng", "Còn hiệu lực"), ("Tệp đính kèm", "77-KH-SNgV.docx")]),
}


def _document(d: dict, number_line: bool = True) -> str:
    num = f"Số: {d['num']}" if number_line else "&nbsp;"
    return (f"<table class='header'><tr><td>{'<br>'.join(d['left'])}</td><td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
            f"</b><br><b>Độc lập - Tự do - Hạnh phúc</b></td></tr><tr><td>{num}</td><td><i>{d['place']}</i></td></tr>"
            f"</table><p><b>KẾ HOẠCH</b></p><p><b>{d['title']}</b></p><p>{d['pre']}</p>"
            "<p><b>I. MỤC ĐÍCH, YÊU CẦU</b></p><p>- Nâng cao nhận thức về Cộng đồng ASEAN.</p>"
            "<p><b>II. NHIỆM VỤ</b></p><p><b>1. Tuyên truyền trên báo chí</b></p>"
            "<p>Phòng Văn hóa và Thông tin chủ trì thực hiện, hoàn thành trong quý IV.</p>"
            "<p><b>III. TỔ CHỨC THỰC HIỆN</b></p><p>Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.</p>"
            "<table class='sign'><tr><td><b><i>Nơi nhận:</i></b><br>- Như trên;<br>- Lưu: VT.</td>"
            f"<td><b>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</b><br><br><b>{d['sign']}</b></td></tr></table>")


def _props(props: list[tuple[str, str]], form: str) -> str:
    if form == "table, two pairs a row":
        rows = [props[i:i + 2] for i in range(0, len(props), 2)]
        return ("<table class='doc-props'>" + "".join("<tr>" + "".join(f"<th>{k}</th><td>{v}</td>" for k, v in r)
                                                      + "</tr>" for r in rows) + "</table>")
    if form == "table, label with colon":
        return "<table class='thuoc-tinh'>" + "".join(f"<tr><td>{k}:</td><td>{v}</td></tr>" for k, v in props) + "</table>"
    if form == "colon lines":
        return "<div class='vb-info'>" + "".join(f"<p><b>{k}:</b> {v}</p>" for k, v in props) + "</div>"
    assert form == "definition list"
    return "<dl class='attrs'>" + "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in props) + "</dl>"


_FORMS = ["table, two pairs a row", "table, label with colon", "colon lines", "definition list"]


def _page(inner: str, title: str) -> bytes:
    return ("<html><head><meta charset='utf-8'><title>" + title + " - Cổng TTĐT</title></head><body>"
            "<nav class='menu'><a href='/'>Trang chủ</a></nav>"
            f"<div id='content'><h2 class='doc-title'>Kế hoạch {title[0].lower()}{title[1:]}</h2>{inner}</div>"
            "<aside class='related'><h3>VĂN BẢN LIÊN QUAN</h3><ul><li>Kế hoạch số 11/KH-UBND ngày 2/1/2020 của UBND "
            "tỉnh Hà Tĩnh</li></ul></aside><footer><p>Cơ quan chủ quản: UBND tỉnh Hà Tĩnh</p></footer></body></html>"
            ).encode("utf-8")


@pytest.mark.parametrize("where", ["before", "after"])
@pytest.mark.parametrize("form", _FORMS)
@pytest.mark.parametrize("doc", sorted(_DOCS))
def test_document_header_wins_over_portal_metadata(doc, form, where):
    d = _DOCS[doc]
    props, body = _props(d["props"], form), f"<div class='doc-content'>{_document(d)}</div>"
    p = planparse.parse(read_html(_page(props + body if where == "before" else body + props, d["title"]), "x.html"))
    m = p.meta
    assert (m.number, m.issued, m.doc_type, m.issuer) == (d["num"], d["issued"], "Kế hoạch", d["issuer"])
    assert m.title == d["title"]
    assert (m.period.start, m.period.end) == d["period"]
    assert m.signer.name == d["sign"]


@pytest.mark.parametrize("form", _FORMS)
def test_portal_metadata_fills_what_the_document_leaves_blank(form):
    """A copy whose header lost its number line: the portal's number fills it; the rest stays the header's."""
    d = _DOCS["district"]
    page = _page(_props(d["props"], form) + _document(d, number_line=False), d["title"])
    m = planparse.parse(read_html(page, "x.html")).meta
    assert (m.number, m.issuer, m.title) == ("308/KH-UBND", "Ủy ban nhân dân huyện Kỳ Anh", d["title"])


def test_portal_metadata_alone_gives_the_fields():
    """A web-database copy of the body without its header: the metadata is all there is."""
    text = ("Số hiệu | 45/KH-UBND | Ngày ban hành | 12/03/2021\nLoại văn bản | Kế hoạch | Cơ quan ban hành | "
            "UBND tỉnh Bình Định\nTrích yếu | Tuyên truyền về ASEAN năm 2021\nNgười ký | Lâm Hải Giang\n"
            "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức về ASEAN.\nII. NHIỆM VỤ\n1. Sở Thông tin và Truyền thông "
            "chủ trì tuyên truyền trên báo chí.\n")
    m = planparse.parse(text).meta
    assert (m.number, m.issued, m.doc_type) == ("45/KH-UBND", "2021-03-12", "Kế hoạch")
    assert (m.issuer, m.title) == ("Ủy ban nhân dân tỉnh Bình Định", "Tuyên truyền về ASEAN năm 2021")
    assert (m.signer.name, m.signer.position) == ("Lâm Hải Giang", None)  # no closing: the portal's signer


@pytest.mark.parametrize("sep", [" | ", "\t", "    "])
def test_text_copy_of_a_portal_page(sep):
    """The same page saved as text: the properties table's rows as cells joined by `` | ``, a tab or spaces;
    the portal's number disagrees with the document's (a typo in the database): the document's stands."""
    rows = [("Số ký hiệu", "215/KH-UBND", "Ngày ban hành", "15/05/2022"), ("Loại văn bản", "Kế hoạch", "Lĩnh vực", "Văn hóa"),
            ("Cơ quan ban hành", "UBND tỉnh Hà Tĩnh", "Người ký", "Trần Báu Hà")]
    meta_lines = [sep.join(r) for r in rows]
    doc = ["ỦY BAN NHÂN DÂN", "HUYỆN CẨM XUYÊN", "Số: 214/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
           "Độc lập - Tự do - Hạnh phúc", "Cẩm Xuyên, ngày 14 tháng 5 năm 2022", "KẾ HOẠCH",
           "Chuyển đổi số trong công tác thông tin đối ngoại năm 2022",
           "Căn cứ Kế hoạch số 88/KH-UBND ngày 01/3/2022 của UBND tỉnh Hà Tĩnh;", "I. MỤC ĐÍCH, YÊU CẦU",
           "Nâng cao hiệu quả thông tin đối ngoại.", "II. NHIỆM VỤ", "1. Phòng Văn hóa và Thông tin chủ trì thực hiện."]
    m = planparse.parse("\n".join(["Kế hoạch chuyển đổi số năm 2022"] + meta_lines + doc)).meta
    assert (m.number, m.issued, m.issuer) == ("214/KH-UBND", "2022-05-14", "Ủy ban nhân dân huyện Cẩm Xuyên")
    assert m.title == "Chuyển đổi số trong công tác thông tin đối ngoại năm 2022"
    assert (m.period.start, m.period.end) == (2022, 2022)


@pytest.mark.parametrize("line", ["Số hiệu: 309/KH-UBND", "Ngày ban hành: 04/06/2020", "Số ký hiệu | 309/KH-UBND"])
def test_colon_metadata_before_the_header_does_not_override_it(line):
    d = _DOCS["district"]
    text = read_html(_page(f"<p>{line}</p>" + _document(d), d["title"]), "x.html").text
    m = planparse.parse(text).meta
    assert (m.number, m.issued) == ("308/KH-UBND", "2020-06-03")
