"""A document an office suite saved as a web page (its ``generator`` meta): what the suite writes that a
browser shows otherwise than the document reads. Found by saving every unseen DOCX as a web page with
LibreOffice (``test_docx_to_pdf.py``).

- One numbered list broken by paragraphs is written as one ``<ol>`` per run of items, each with the
  ``start`` it goes on from — but not the run that opens with the sub-items of the item before it: a
  browser numbers that run from 1 again (Hòa Bình's ``6. Hoạt động văn hóa`` read as ``1.``, Hà Giang's
  ``III.3`` as ``III.1``). Office pages go on from the last item at the run's depth and kind.
- Footnotes and endnotes are gathered at the page's end, their marks glued to the words
  (``lần thứ 35²`` read as ``lần thứ 352``): each note goes after the block that cites it and its mark
  out of the text, as the DOCX reader reads notes (a report's date may stand only in a note).
- A tab on a line is the document's tab stop (``Nơi nhận:⇥T/M ỦY BAN NHÂN DÂN``: the recipients and the
  signature side by side), kept as the DOCX reader keeps it; the suite's own source layout (a line break
  and a tab inside a paragraph's text) is white space as a browser shows it (Lũng Cú's signer was lost).
"""
from __future__ import annotations

import pytest

import planparse
from planparse.ingest.html import read_html

_HEAD = ('<html><head><meta name="generator" content="{gen}"></head><body>'
         "<p>ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH</p><p>KẾ HOẠCH</p><p>Tuyên truyền về ASEAN năm 2020</p>")


def _page(body: str, gen: str = "LibreOffice/7.3.7.2$Linux_X86_64") -> str:
    return _HEAD.format(gen=gen) + body + "</body></html>"


_LISTS = ('<ol type="I"><li><p>NỘI DUNG</p><ol><li><p>Tuyên truyền trên báo chí</p></ol></ol>'
          '<p>Sở Thông tin và Truyền thông chủ trì.</p>'
          '<ol type="I"><ol start="2"><li><p>Tuyên truyền trong trường học</p></ol></ol>'
          '<p>Sở Giáo dục và Đào tạo chủ trì, thực hiện:</p>'
          '<ol type="I"><ol><ol type="a"><li><p>Lồng ghép trong hoạt động ngoại khóa.</p>'
          '<li><p>Tổ chức cuộc thi tìm hiểu về ASEAN.</p></ol>'
          '<li><p>Hoạt động văn hóa và cổ động trực quan</p></ol></ol>'
          '<p>Sở Văn hóa, Thể thao và Du lịch chủ trì.</p>')


@pytest.mark.parametrize("gen, want", [
    ("LibreOffice/7.3.7.2$Linux_X86_64", "3. Hoạt động văn hóa và cổ động trực quan"),
    ("Microsoft Word 15", "3. Hoạt động văn hóa và cổ động trực quan"),
    ("WordPress 6.4", "1. Hoạt động văn hóa và cổ động trực quan"),  # a page written by hand: as a browser shows it
])
def test_a_list_run_that_opens_with_sub_items_goes_on(gen, want):
    text = read_html(_page(_LISTS, gen).encode(), "x.html").text
    assert want in text.splitlines()


_NOTES = ('<p>II. NỘI DUNG</p><p>1. Đưa tin về Hội nghị Cấp cao ASEAN lần thứ 35<a class="sdfootnoteanc" '
          'name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a>, các sự kiện quan trọng của ASEAN.</p>'
          '<p>2. Báo cáo kết quả về Sở Thông tin và Truyền thông<a class="sdendnoteanc" name="sdendnote1anc" '
          'href="#sdendnote1sym"><sup>i</sup></a>.</p>'
          '<div id="sdfootnote1"><p><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>'
          'Tổ chức tại Thái Lan tháng 11/2019.</p></div>'
          '<div id="sdendnote1"><p><a class="sdendnotesym" name="sdendnote1sym" href="#sdendnote1anc">i</a>'
          'Trước ngày 05/12 hằng năm.</p></div>')


def test_notes_go_after_the_block_that_cites_them():
    lines = read_html(_page(_NOTES).encode(), "x.html").text.splitlines()
    i = lines.index("1. Đưa tin về Hội nghị Cấp cao ASEAN lần thứ 35, các sự kiện quan trọng của ASEAN.")
    assert lines[i + 1] == "Tổ chức tại Thái Lan tháng 11/2019."
    j = lines.index("2. Báo cáo kết quả về Sở Thông tin và Truyền thông.")
    assert lines[j + 1] == "Trước ngày 05/12 hằng năm."
    assert lines[-1] == "Trước ngày 05/12 hằng năm."  # moved, not copied


def test_word_notes_too():
    body = ('<p>1. Xây dựng chuyên mục về ASEAN<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>'
            '[1]</span></a>.</p><p>2. Tổ chức hội nghị.</p>'
            '<div style="mso-element:footnote-list"><div style="mso-element:footnote" id="ftn1"><p>'
            '<a href="#_ftnref1" name="_ftn1">[1]</a> Thời gian: quý III/2020.</p></div></div>')
    lines = read_html(_page(body, "Microsoft Word 15 (filtered)").encode(), "x.html").text.splitlines()
    assert lines[lines.index("1. Xây dựng chuyên mục về ASEAN.") + 1] == "Thời gian: quý III/2020."


_SIGNED = ('<p>Trên đây là Kế hoạch tuyên truyền về ASEAN năm 2022 trên địa bàn xã Lũng Cú./.</p>'
           '<p><span>Nơi\nnhận:</span>\t<b>\n       T/M ỦY BAN NHÂN DÂN</b></p>'
           '<p><span>-\nUBND huyện Đồng Văn (b/c);</span>\t<b>\n              CHỦ TỊCH</b></p>'
           '<p><span>-\nLưu: VT.</span>\t<b>\n           Giàng Mí Sính</b></p>')


def test_a_tab_stop_keeps_the_signature_apart():
    lines = read_html(_page(_SIGNED).encode(), "x.html").text.splitlines()
    assert "Nơi nhận:\tT/M ỦY BAN NHÂN DÂN" in lines
    assert "- Lưu: VT.\tGiàng Mí Sính" in lines
    plan = planparse.parse(read_html(_page("<p>I. MỤC ĐÍCH</p><p>Nâng cao nhận thức.</p>" + _SIGNED).encode(), "x.html"))
    assert (plan.meta.signer.name, plan.meta.signer.position) == ("Giàng Mí Sính", "Chủ tịch")


def test_a_hand_written_page_shows_a_tab_as_a_space():
    lines = read_html(_page(_SIGNED, "WordPress 6.4").encode(), "x.html").text.splitlines()
    assert "Nơi nhận: T/M ỦY BAN NHÂN DÂN" in lines
