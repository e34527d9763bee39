"""The HTML reader on portal pages: the page's furniture goes, the document's own parts stay whatever
their markup is called, and a ``<br>`` ends a line wherever it sits."""
from __future__ import annotations

import pytest

import planparse
from planparse.ingest.html import read_html

# A Decree 30 header in the forms portals publish it: a two-cell table, two side-by-side divs,
# paragraphs broken by <br> inside <strong>/<em>/<span>.
_HEADER_FORMS = {
    "table": ("<table{attr} style='width:100%;border:none'><tr>"
              "<td><strong>ỦY BAN NHÂN DÂN<br>TỈNH HÀ TĨNH</strong><br>-------<br>Số: 215/KH-UBND</td>"
              "<td><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</strong><br>"
              "---------------<br><em>Hà Tĩnh, ngày 14 tháng 5 năm 2022</em></td></tr></table>"),
    "divs": ("<div{attr}><div style='float:left;width:40%'><p><b>ỦY BAN NHÂN DÂN</b></p><p><b>TỈNH HÀ TĨNH</b></p>"
             "<p>Số: 215/KH-UBND</p></div><div style='float:right'><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p>"
             "<p><b>Độc lập - Tự do - Hạnh phúc</b></p><p><i>Hà Tĩnh, ngày 14 tháng 5 năm 2022</i></p></div></div>"),
    "paragraphs": ("<div{attr}><p><span style='font-weight:bold'>ỦY BAN NHÂN DÂN<br/>TỈNH HÀ TĨNH</span><br/>"
                   "<span>Số: 215/KH-UBND</span></p><p><strong><span>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</span><br/>"
                   "<span>Độc lập - Tự do - Hạnh phúc</span></strong></p>"
                   "<p><em><span>Hà Tĩnh, ngày 14 tháng 5 năm 2022</span></em></p></div>"),
    "bare": ("<div{attr}>ỦY BAN NHÂN DÂN<br>TỈNH HÀ TĨNH<br>Số: 215/KH-UBND<br><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
             "<br>Độc lập - Tự do - Hạnh phúc</b><br><i>Hà Tĩnh, ngày 14 tháng 5 năm 2022</i></div>"),
}
# names portals give the block that holds the document's header (and the HTML5 element for it)
_HEADER_NAMES = [' class="header"', ' class="vb-header"', ' class="doc-header"', ' class="title-header"',
                 ' class="page-header"', ' id="header"', ' class="noidung_header clearfix"', ' id="vb_header"']

_BODY = ("<p><strong>KẾ HOẠCH</strong></p><p><strong>Tuyên truyền về chuyển đổi số năm 2022</strong></p>"
         "<p>Thực hiện Quyết định số 411/QĐ-TTg ngày 31/3/2022 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh "
         "ban hành Kế hoạch như sau:</p><p><strong>I. MỤC ĐÍCH, YÊU CẦU</strong></p>"
         "<p>Nâng cao nhận thức của người dân về chuyển đổi số.</p><p><strong>II. NHIỆM VỤ</strong></p>"
         "<p>1. Sở Thông tin và Truyền thông chủ trì tuyên truyền trên báo chí, hoàn thành trong quý III/2022.</p>"
         "<p>Trên đây là Kế hoạch tuyên truyền về chuyển đổi số năm 2022./.</p>")

_SITE_TOP = ("<div id='header'><a href='/'><img src='/logo.png' alt='Cổng thông tin'></a>"
             "<p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH</p><p class='today'>Thứ Hai, ngày 7 tháng 12 năm 2026</p></div>"
             "<header class='site'><p>Đường dây nóng: 0239.123.456</p></header>"
             "<ul class='menu'><li><a href='/'>Trang chủ</a></li><li><a href='/tin-tuc'>Tin tức</a></li></ul>"
             "<div class='breadcrumb'>Trang chủ » Văn bản</div>")
_SITE_BOTTOM = ("<div id='footer'><p>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH<br>Giấy phép số: 45/GP-TTĐT ngày 2/3/2019"
                "<br>Cập nhật: Thứ Hai, ngày 7 tháng 12 năm 2026</p></div><footer><p>Bản quyền thuộc UBND tỉnh</p></footer>")
_CHROME = ["CỔNG THÔNG TIN", "Thứ Hai", "Đường dây nóng", "Trang chủ", "Giấy phép", "Bản quyền", "Cập nhật",
           "Lượt xem"]


def _page(article: str) -> bytes:
    return (f"<html><head><title>Kế hoạch tuyên truyền</title></head><body>{_SITE_TOP}"
            f"<div class='content'><div class='page-header'><h1>Kế hoạch tuyên truyền về chuyển đổi số</h1>"
            f"<span>Lượt xem: 1.024</span></div>{article}</div>{_SITE_BOTTOM}</body></html>").encode("utf-8")


@pytest.mark.parametrize("name", _HEADER_NAMES + [""])
@pytest.mark.parametrize("form", sorted(_HEADER_FORMS))
def test_document_header_is_kept_whatever_its_block_is_called(form, name):
    """A block named like page chrome (``header``) that holds the document's Decree 30 header is the
    document's, not the site's: its number and date must reach the parser."""
    doc = read_html(_page(_HEADER_FORMS[form].format(attr=name) + _BODY), "x.html")
    assert "Số: 215/KH-UBND" in doc.text and "Hà Tĩnh, ngày 14 tháng 5 năm 2022" in doc.text
    meta = planparse.parse(doc).meta
    assert (meta.number, meta.issued, meta.issuer) == ("215/KH-UBND", "2022-05-14", "Ủy ban nhân dân tỉnh Hà Tĩnh")


@pytest.mark.parametrize("form", ["table", "bare"])
@pytest.mark.parametrize("wrap", ["<header>{}</header>", "<div class='doc-header'>{}</div>"])
def test_html5_header_element_holding_the_document_header_is_kept(wrap, form):
    header = _HEADER_FORMS[form].format(attr="")
    if form == "bare":
        header = header.removeprefix("<div>").removesuffix("</div>")  # its lines straight in the <header>
    doc = read_html(_page("<article>Kế hoạch số 215" + wrap.format(header) + _BODY + "</article>"), "x.html")
    assert planparse.parse(doc).meta.number == "215/KH-UBND"


@pytest.mark.parametrize("form", sorted(_HEADER_FORMS))
def test_site_chrome_is_still_dropped(form):
    """The site's own header, menu, breadcrumb and footer go, even when they show a date line or a
    licence number, and so does the article's page-header (title and view counter)."""
    doc = read_html(_page(_HEADER_FORMS[form].format(attr=' class="vb-header"') + _BODY), "x.html")
    for chrome in _CHROME:
        assert chrome not in doc.text, chrome
    assert doc.text.startswith("ỦY BAN NHÂN DÂN")


def test_split_header_cells_named_header_are_kept():
    """A header laid out as a 2x2 table whose cells are each called ``header-…``: the issuer's cell holds
    none of the header's marks itself, but belongs to a block that is the document's header."""
    table = ("<table class='tbl-header'><tr><td class='header-left'>ỦY BAN NHÂN DÂN<br>TỈNH HÀ TĨNH</td>"
             "<td class='header-right'>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</td></tr>"
             "<tr><td class='header-left'>Số: 215/KH-UBND</td>"
             "<td class='header-right'><em>Hà Tĩnh, ngày 14 tháng 5 năm 2022</em></td></tr></table>")
    meta = planparse.parse(read_html(_page(table + _BODY), "x.html")).meta
    assert (meta.number, meta.issued, meta.issuer) == ("215/KH-UBND", "2022-05-14", "Ủy ban nhân dân tỉnh Hà Tĩnh")


_CLOSING = ("<table{attr}><tr><td><strong><em>Nơi nhận:</em></strong><br>- Sở Tài chính;<br>- Lưu: VT.</td>"
            "<td><strong>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</strong><br><br><strong>Trần Văn Hòa"
            "</strong></td></tr></table>")


@pytest.mark.parametrize("name", [' class="vb-footer"', ' class="footer"', ' id="doc_footer"', ""])
def test_document_closing_is_kept_whatever_its_block_is_called(name):
    page = _page(_HEADER_FORMS["table"].format(attr="") + _BODY + _CLOSING.format(attr=name))
    meta = planparse.parse(read_html(page, "x.html")).meta
    assert (meta.signer.name, meta.signer.position) == ("Trần Văn Hòa", "Phó Chủ tịch")


def _lines(body: str) -> list[str]:
    doc = read_html(f"<html><body><div class='noi-dung'>{body}</div></body></html>".encode("utf-8"), "x.html")
    return doc.text.split("\n")


@pytest.mark.parametrize("body,lines", [
    ("<p><strong>ỦY BAN NHÂN DÂN<br>TỈNH HÀ TĨNH</strong></p>", ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH"]),
    ("<p><em>một<br/>hai</em> ba</p>", ["một", "hai ba"]),
    ("<p><span><b>một<br>hai</b></span><br>ba</p>", ["một", "hai", "ba"]),
    ("<p><a href='#'><span><strong>một<br></strong></span>hai</a></p>", ["một", "hai"]),
    ("<div><font><u>một</u><br />hai</font></div>", ["một", "hai"]),
    ("<ul><li><strong>Sở Y tế<br>Sở Tài chính</strong></li></ul>", ["- Sở Y tế", "Sở Tài chính"]),
    ("<p><strong>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH<br>PHÓ CHỦ TỊCH</strong></p>",
     ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]),
])
def test_br_inside_inline_elements_ends_the_line(body, lines):
    assert _lines(body) == lines


@pytest.mark.parametrize("cell", ["<strong>TM. ỦY BAN NHÂN DÂN<br>KT. CHỦ TỊCH</strong>",
                                  "<span><em>TM. ỦY BAN NHÂN DÂN</em><br></span>KT. CHỦ TỊCH",
                                  "<p><b>TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH</b></p>"])
def test_br_inside_inline_elements_in_a_table_cell(cell):
    doc = read_html(f"<html><body><div class='noi-dung'><table><tr><td>Nơi nhận:</td><td>{cell}</td></tr></table>"
                    "</div></body></html>".encode("utf-8"), "x.html")
    assert doc.tables == [[["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH"]]]
    assert "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" in doc.text


@pytest.mark.parametrize("strong", ["strong", "b", "span"])
def test_issuer_and_signer_broken_by_br_inside_inline(strong):
    header = (f"<table><tr><td><{strong}>ỦY BAN NHÂN DÂN<br>TỈNH HÀ TĨNH</{strong}><br>Số: 215/KH-UBND</td>"
              f"<td><{strong}>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br>Độc lập - Tự do - Hạnh phúc</{strong}><br>"
              "Hà Tĩnh, ngày 14 tháng 5 năm 2022</td></tr></table>")
    meta = planparse.parse(read_html(_page(header + _BODY + _CLOSING.format(attr="")), "x.html")).meta
    assert meta.issuer == "Ủy ban nhân dân tỉnh Hà Tĩnh"
    assert (meta.signer.name, meta.signer.position) == ("Trần Văn Hòa", "Phó Chủ tịch")


@pytest.mark.parametrize("wrap", ["<form method='post' id='Form'>{}</form>", "<form><div id='dnn_content'>{}</div></form>",
                                  "<aside class='doc'>{}</aside>"])
def test_a_page_wrapped_in_a_form_keeps_its_document(wrap):
    """An ASP.NET (DNN) page is one <form>; the document inside it is read, the chrome around it still goes."""
    inner = (_SITE_TOP + "<div class='content'>" + _HEADER_FORMS["divs"].format(attr=" class='vb-header'") + _BODY
             + "</div>" + _SITE_BOTTOM)
    doc = read_html(f"<html><body>{wrap.format(inner)}</body></html>".encode("utf-8"), "x.html")
    assert planparse.parse(doc).meta.number == "215/KH-UBND"
    for chrome in _CHROME:
        assert chrome not in doc.text, chrome


_SHORT = ("<p>Số: 31/TB-UBND</p><p>Hà Tĩnh, ngày 2 tháng 6 năm 2022</p><p>THÔNG BÁO</p>"
          "<p>Lịch tiếp công dân tháng 6 năm 2022.</p>")


@pytest.mark.parametrize("page", [
    # a short notice (no numbered sections) on a page whose site header and footer are named so
    "<body><div class='header'><p>CỔNG THÔNG TIN ĐIỆN TỬ</p></div><div class='content'>{doc}</div>"
    "<div class='footer'><p>Bản quyền thuộc UBND tỉnh</p></div></body>",
    # an old portal laid out as one table: banner and footer are cells of the table around the document
    "<body><table><tr><td class='header'>CỔNG THÔNG TIN ĐIỆN TỬ</td></tr><tr><td class='content'>{doc}</td></tr>"
    "<tr><td class='footer'>Bản quyền thuộc UBND tỉnh</td></tr></table></body>",
])
def test_site_header_of_a_short_page_is_still_dropped(page):
    doc = read_html(page.format(doc=_SHORT).encode("utf-8"), "x.html")
    assert "Số: 31/TB-UBND" in doc.text
    assert "CỔNG THÔNG TIN" not in doc.text and "Bản quyền" not in doc.text


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_html_with_or_without_a_byte_order_mark(codec):
    """UTF-16 without a BOM was read as cp1258 junk and 'converted' from TCVN3 (a hostile-input hunt)."""
    import planparse
    html = ("<html><head><meta charset='utf-16'></head><body><p>ỦY BAN NHÂN DÂN<br>TỈNH TÂY NINH</p>"
            "<p>Số: 2502/KH-UBND</p><p>Tây Ninh, ngày 12 tháng 9 năm 2019</p><p>KẾ HOẠCH</p>"
            "<p>Tuyên truyền về Cộng đồng ASEAN năm 2019</p><p>I. MỤC ĐÍCH, YÊU CẦU</p><p>Nâng cao nhận thức.</p></body></html>")
    from planparse.ingest.html import read_html
    doc = read_html(html.encode(codec), "p.html")
    assert "Tuyên truyền về Cộng đồng ASEAN" in doc.text
    p = planparse.parse(doc.text)
    assert (p.meta.number, p.meta.issued) == ("2502/KH-UBND", "2019-09-12")
