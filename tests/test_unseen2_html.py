"""Unseen set 2, the HTML reader: white space in a page's source is laid out as a browser lays it out.

Word's "Web Page, Filtered" export (and Word's full HTML, editors, portals) wraps long paragraphs in
the page's SOURCE: ``<b>2.1. Tuyên\\ntruyền trên Trang …</b>``. In HTML that line break is a space;
read as a line break it cut every wrapped section title, subject line and task (Cần Giuộc 1287/KH-UBND).
Each markup below is written twice, once with its text wrapped in the source and once without: the
reader must give the same text for both, whatever the markup.
"""
from __future__ import annotations

import re
import textwrap

import pytest

import planparse
from planparse.ingest.html import read_html

_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN ĐỨC THỌ", "Số: 215/KH-UBND"]
_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Đức Thọ, ngày 14 tháng 5 năm 2021"]
_TITLE = "Thông tin đối ngoại và tuyên truyền về Cộng đồng ASEAN giai đoạn 2021 - 2025 trên địa bàn huyện Đức Thọ"
# (bold?, text) paragraphs after the header
_PARAS = [
    (True, "KẾ HOẠCH"),
    (True, _TITLE),
    (False, "Căn cứ Kế hoạch số 1234/KH-UBND ngày 02/3/2021 của Ủy ban nhân dân tỉnh Hà Tĩnh về thông tin đối "
            "ngoại giai đoạn 2021 - 2025;"),
    (False, "Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện trên địa bàn huyện như sau:"),
    (True, "I. MỤC ĐÍCH, YÊU CẦU"),
    (False, "- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về Cộng đồng ASEAN và lợi ích của hội nhập."),
    (True, "II. NHIỆM VỤ VÀ GIẢI PHÁP"),
    (True, "1. Tuyên truyền trên hệ thống truyền thanh cơ sở và Trang thông tin điện tử huyện"),
    (False, "Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Trung tâm Văn hóa - Truyền thông huyện xây "
            "dựng chuyên mục về ASEAN, thực hiện hằng quý."),
    (True, "2. Bồi dưỡng kiến thức về hội nhập quốc tế cho đội ngũ cán bộ, công chức"),
    (False, "Phòng Nội vụ huyện chủ trì tổ chức lớp bồi dưỡng, hoàn thành trong quý IV/2021."),
    (True, "III. KINH PHÍ THỰC HIỆN"),
    (False, "Kinh phí thực hiện từ nguồn ngân sách huyện bố trí trong dự toán hằng năm của các cơ quan, đơn vị."),
    (True, "IV. TỔ CHỨC THỰC HIỆN"),
    (False, "Giao Văn phòng HĐND và UBND huyện theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch này."),
]
_TABLE_HEAD = ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Thời gian"]
_TABLE_ROW = ["1", "Tổ chức cuộc thi tìm hiểu về Cộng đồng ASEAN cho học sinh trung học cơ sở",
              "Phòng Giáo dục và Đào tạo huyện", "Quý III/2021"]
_NOI_NHAN = ["Nơi nhận:", "- UBND tỉnh Hà Tĩnh;", "- Lưu: VT, VH."]
_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Hùng"]


def _wrapper(width: int | None, eol: str = "\n", indent: str = ""):
    """How a saving program wraps text in the source: at ``width`` columns, with ``eol`` and ``indent``."""
    def wrap(s: str) -> str:
        if width is None:
            return s
        return (eol + indent).join(textwrap.wrap(s, width, break_long_words=False, break_on_hyphens=False))
    return wrap


def _word_filtered(w) -> str:
    """Word's "Web Page, Filtered": ``<p class=MsoNormal>``, ``<span lang=VI>``, ``<o:p>``, the header a table."""
    def p(text, bold=False, center=False):
        t = f"<b>{w(text)}</b>" if bold else w(text)
        al = " align=center style='text-align:center'" if center else "\nstyle='text-align:justify;text-indent:36.0pt'"
        return (f"<p class=MsoNormal{al}><span lang=VI\nstyle='font-size:14.0pt;font-family:\"Times New Roman\",serif'>"
                f"{t}<o:p></o:p></span></p>\n")
    cell = lambda lines: "".join(p(x, center=True) for x in lines)
    grid = lambda rows: "".join("<tr>" + "".join(f"<td valign=top>{cell([c])}</td>" for c in r) + "</tr>" for r in rows)
    body = (f"<table class=MsoNormalTable border=0><tr><td width=246>{cell(_LEFT)}</td>"
            f"<td width=396>{cell(_RIGHT)}</td></tr></table>\n<p class=MsoNormal><span lang=VI>&nbsp;</span></p>\n"
            + "".join(p(t, b, center=i < 2) for i, (b, t) in enumerate(_PARAS[:-2]))
            + f"<table class=MsoTableGrid border=1>{grid([_TABLE_HEAD, _TABLE_ROW])}</table>\n"
            + "".join(p(t, b) for b, t in _PARAS[-2:])
            + f"<table border=0><tr><td>{cell(_NOI_NHAN)}</td><td>{cell(_SIGN)}</td></tr></table>")
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n<meta http-equiv=Content-Type "
            "content=\"text/html; charset=utf-8\">\n<meta name=Generator content=\"Microsoft Word 15 (filtered)\">\n"
            f"<title>KẾ HOẠCH</title></head>\n<body lang=EN-US>\n<div class=WordSection1>\n{body}</div>\n</body></html>")


def _word_full(w) -> str:
    """Word's full "Web Page": conditional comments in the head and around list labels, ``mso-`` styles,
    CRLF line ends in the source."""
    def p(text, bold=False, center=False):
        label, rest = "", text
        m = re.match(r"^(\d+\.)\s+(.*)$", text)
        if m:  # Word's own list numbering: the label in a span that only down-level browsers show
            label = (f"<![if !supportLists]><span lang=VI style='mso-list:Ignore'>{m.group(1)}<span "
                     f"style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp;\r\n</span></span><![endif]>")
            rest = m.group(2)
        t = f"<b style='mso-bidi-font-weight:normal'>{w(rest)}</b>" if bold else w(rest)
        style = "text-align:center" if center else "text-align:justify;mso-list:l0 level1 lfo1"
        return f"<p class=MsoNormal style='{style}'>{label}<span lang=VI>{t}<o:p></o:p></span></p>\r\n"
    cell = lambda lines: "".join(p(x, center=True) for x in lines)
    grid = lambda rows: "".join("<tr style='mso-yfti-irow:0'>" + "".join(f"<td>{cell([c])}</td>" for c in r) + "</tr>"
                                for r in rows)
    head = ("<!--[if gte mso 9]><xml>\r\n <o:DocumentProperties>\r\n  <o:Author>Phong VHTT</o:Author>\r\n"
            " </o:DocumentProperties>\r\n</xml><![endif]--><!--[if gte mso 9]><xml>\r\n <w:WordDocument>\r\n"
            "  <w:View>Print</w:View>\r\n </w:WordDocument>\r\n</xml><![endif]-->")
    body = (f"<table class=MsoNormalTable border=0 style='mso-yfti-tbllook:1184'><tr><td>{cell(_LEFT)}</td>"
            f"<td>{cell(_RIGHT)}</td></tr></table>\r\n"
            + "".join(p(t, b, center=i < 2) for i, (b, t) in enumerate(_PARAS[:-2]))
            + f"<table class=MsoTableGrid border=1>{grid([_TABLE_HEAD, _TABLE_ROW])}</table>\r\n"
            + "".join(p(t, b) for b, t in _PARAS[-2:])
            + f"<table border=0><tr><td>{cell(_NOI_NHAN)}</td><td>{cell(_SIGN)}</td></tr></table>")
    return (f"<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\">\r\n"
            f"<head>\r\n<meta charset=utf-8>\r\n<meta name=ProgId content=Word.Document>\r\n{head}\r\n</head>\r\n"
            f"<body lang=VI style='tab-interval:36.0pt'>\r\n<div class=WordSection1>\r\n{body}\r\n</div>\r\n</body>\r\n</html>")


def _portal_divs(w) -> str:
    """A portal's article: the header as two floated ``<div>``s, paragraphs as ``<div>``s, text straight in them."""
    col = lambda lines: "".join(f"<div>\n  {w(x)}\n</div>\n" for x in lines)
    grid = lambda rows: "".join("<tr>" + "".join(f"<td>\n{w(c)}\n</td>" for c in r) + "</tr>\n" for r in rows)
    paras = "".join(f"<div class=\"para\">\n    {'<strong>' if b else ''}{w(t)}{'</strong>' if b else ''}\n</div>\n"
                    for b, t in _PARAS[:-2])
    body = (f"<div class=\"doc-head\"><div style=\"float:left;width:40%\">\n{col(_LEFT)}</div>"
            f"<div style=\"float:right\">\n{col(_RIGHT)}</div></div>\n{paras}"
            f"<table class=\"tbl\">\n{grid([_TABLE_HEAD, _TABLE_ROW])}</table>\n"
            + "".join(f"<div>\n    {'<strong>' if b else ''}{w(t)}{'</strong>' if b else ''}\n</div>\n" for b, t in _PARAS[-2:])
            + f"<div class=\"sign\"><div>{col(_NOI_NHAN)}</div><div>{col(_SIGN)}</div></div>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Kế hoạch - Cổng TTĐT huyện</title></head><body>"
            "<nav class=\"menu\"><a href=\"/\">Trang chủ</a></nav>\n"
            f"<div class=\"noi-dung\">\n{body}</div>\n<footer>Bản quyền thuộc UBND huyện</footer></body></html>")


def _td_cells(w) -> str:
    """An old page laid out as one table: each paragraph a ``<td>``, its text wrapped and indented in the source."""
    rows = "".join(f"<tr>\n\t<td>\n\t\t{w(t)}\n\t</td>\n</tr>\n" for _, t in _PARAS[:-2])
    head = ("<tr><td><table><tr><td>\n\t" + "<br>\n\t".join(map(w, _LEFT)) + "\n</td><td>\n\t"
            + "<br>\n\t".join(map(w, _RIGHT)) + "\n</td></tr></table></td></tr>\n")
    grid = "".join("<tr>" + "".join(f"<td>\n\t{w(c)}\n</td>" for c in r) + "</tr>\n" for r in [_TABLE_HEAD, _TABLE_ROW])
    tail = "".join(f"<tr><td>\n\t\t{w(t)}\n</td></tr>\n" for _, t in _PARAS[-2:])
    sign = ("<tr><td><table><tr><td>" + "<br>\n".join(map(w, _NOI_NHAN)) + "</td><td>"
            + "<br>\n".join(map(w, _SIGN)) + "</td></tr></table></td></tr>")
    return (f"<html><head><meta charset=\"utf-8\"></head><body><table class=\"content\">\n{head}{rows}"
            f"<tr><td><table border=1>\n{grid}</table></td></tr>\n{tail}{sign}</table></body></html>")


_MARKUPS = {"word-filtered": _word_filtered, "word-full": _word_full, "portal-divs": _portal_divs,
            "td-cells": _td_cells}
_WRAPS = {"72 LF": _wrapper(72), "30 LF": _wrapper(30), "40 CRLF indented": _wrapper(40, "\r\n", "  "),
          "25 tab": _wrapper(25, "\n", "\t")}


def _read(html: str):
    return read_html(html.encode("utf-8"), "x.html")


@pytest.mark.parametrize("wrap", sorted(_WRAPS))
@pytest.mark.parametrize("markup", sorted(_MARKUPS))
def test_line_breaks_in_the_source_are_spaces(markup, wrap):
    make = _MARKUPS[markup]
    control, wrapped = _read(make(_wrapper(None))), _read(make(_WRAPS[wrap]))
    assert wrapped.text == control.text
    assert wrapped.tables == control.tables
    lines = wrapped.text.split("\n")
    for _, t in _PARAS:
        assert t in lines, t


@pytest.mark.parametrize("markup", sorted(_MARKUPS))
def test_wrapped_plan_parses_as_its_control(markup):
    """The fields the Cần Giuộc copy lost: section titles and kinds, subject and period, issuer, leads."""
    make = _MARKUPS[markup]
    got = planparse.parse(_read(make(_wrapper(30))).text)
    ref = planparse.parse(_read(make(_wrapper(None))).text)
    assert [(s.id, s.title, s.kind) for s in got.sections] == [(s.id, s.title, s.kind) for s in ref.sections]
    assert [(t.id, [a.name for a in t.lead]) for t in got.tasks] == [(t.id, [a.name for a in t.lead]) for t in ref.tasks]
    m = got.meta
    assert (m.title, m.issuer, m.number, m.issued) == (_TITLE, "Ủy ban nhân dân huyện Đức Thọ", "215/KH-UBND", "2021-05-14")
    assert (m.period.start, m.period.end) == (2021, 2025)
    assert "Bồi dưỡng kiến thức về hội nhập quốc tế cho đội ngũ cán bộ, công chức" in [s.title for s in got.sections]


@pytest.mark.parametrize("block", [
    "<pre>{}</pre>",
    "<div style='white-space: pre'>{}</div>",
    "<div style='color:red;white-space:pre-wrap'>{}</div>",
    "<p style='white-space:pre-line'>{}</p>",
    "<div style='white-space:pre'><span>{}</span></div>",  # inherited
    "<textarea>{}</textarea>",  # a portal that shows the document's text in a read-only box
])
def test_preformatted_text_keeps_its_line_breaks(block):
    doc = _read("<html><body><div class='noi-dung'>" + block.format("Nơi nhận:\n- Sở Tài chính;\n- Lưu: VT.")
                + "</div></body></html>")
    assert doc.text.split("\n") == ["Nơi nhận:", "- Sở Tài chính;", "- Lưu: VT."]


@pytest.mark.parametrize("block,lines", [
    ("<div style='white-space:pre'><p style='white-space:normal'>một\nhai</p>ba\nbốn</div>", ["một hai", "ba", "bốn"]),
    ("<p>một<br>\nhai\nba</p>", ["một", "hai ba"]),
    ("<p>một   \t hai&nbsp;&nbsp;ba</p>", ["một hai ba"]),
    ("<p><b>2.1. Tuyên\ntruyền</b>\n<i>trên\r\nTrang</i></p>", ["2.1. Tuyên truyền trên Trang"]),
])
def test_whitespace_rules(block, lines):
    assert _read(f"<html><body><div class='noi-dung'>{block}</div></body></html>").text.split("\n") == lines


_PLAIN = ("KẾ HOẠCH\nTuyên truyền về ASEAN năm 2022\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao nhận thức.\n"
          "2. Yêu cầu\na) Thiết thực.\nII. NHIỆM VỤ\n1. Sở Thông tin và Truyền thông chủ trì.")


@pytest.mark.parametrize("page", [
    # a portal showing the document as plain text, ``white-space`` set by its style sheet
    "<html><head><style>.vb-text {{ font-size: 14px; white-space: pre-wrap; }}</style></head>"
    "<body><div class='noi-dung'><div class='vb-text'>{}</div></div></body></html>",
    "<html><head><style>/* nội dung */ div.noi-dung  > .plain, td.x {{white-space:pre-line}}</style></head>"
    "<body><div class='noi-dung'><p class='plain other'>{}</p></div></body></html>",
    "<html><head><style>#vb_content{{white-space:pre}}</style></head>"
    "<body><div class='noi-dung'><div id='vb_content'><span>{}</span></div></div></body></html>",
    # the same with the sheet outside the page: the text's labelled lines say it is laid out line by line
    "<html><head><link rel='stylesheet' href='/skin.css'></head>"
    "<body><div class='noi-dung'><div class='vb-text'>{}</div></div></body></html>",
])
def test_plain_text_shown_by_a_style_sheet_keeps_its_lines(page):
    assert _read(page.format(_PLAIN)).text.split("\n") == _PLAIN.split("\n")


@pytest.mark.parametrize("text", [
    "Phối hợp thực hiện nội dung tại Mục\n2. Phần II của Kế hoạch này và tuyên truyền về Cộng đồng\nASEAN.",
    "Đồn Biên phòng phát tờ rơi song ngữ Việt\n- Lào tại Cửa khẩu; Đài Phát thanh\n- Truyền hình đưa tin;"
    " Trung tâm Văn hóa\n- Thông tin treo băng rôn.",
])
def test_a_wrapped_paragraph_is_one_line_even_with_a_label_or_dash_after_a_break(text):
    assert _read(f"<html><body><div class='noi-dung'><p>{text}</p></div></body></html>").text == " ".join(text.split())
