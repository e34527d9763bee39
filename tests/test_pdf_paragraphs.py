"""PDF lines into paragraphs: three mechanisms found by printing the unseen sets' DOCX to PDF
(``test_docx_to_pdf.py``), each as a small page of lines here.

- A plan printed after the decision that issues it opens a second document: the header block on that page
  (``ỦY BAN NHÂN DÂN`` beside the motto) repeats page 1's, and with two of four pages it read as a running
  header and was dropped from both — the decision lost its issuer (Ninh Thuận 2145/QĐ-UBND). A running
  head above the motto is still furniture.
- A line at the left margin that opens with ``- `` after a full line, in a paragraph whose own first line
  is indented, is the rest of a compound (``Hội chợ Thương mại quốc tế Việt⏎- Lào``), not a bullet: a new
  bullet would start at the paragraph's indent (Nghệ An 3120/KH-SCT).
- The line pitch that tells a paragraph's spacing from its line spacing is read from lines set across the
  text width: a table's cells, set closer in a smaller size, made a heading style's wider spacing look
  like a paragraph break (``Ủy ban Mặt trận Tổ quốc Việt⏎Nam tỉnh``, Điện Biên 1865/KH-UBND).
"""
from __future__ import annotations

from planparse.ingest import pdf as pdf_mod
from planparse.ingest.pdf import PLine

H = 842.0


def _opening(p: int) -> list[PLine]:
    return [PLine(p, 140, 58, 253, 68, "ỦY BAN NHÂN DÂN"), PLine(p, 330, 58, 531, 73, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"),
            PLine(p, 398, 75, 463, 88, "VIỆT NAM"), PLine(p, 141, 93, 252, 104, "TỈNH NINH THUẬN")]


def _body(p: int, n: int = 3) -> list[PLine]:
    return [PLine(p, 85, 200 + 20 * k, 510, 213 + 20 * k, f"Nội dung {p}.{k} của văn bản") for k in range(n)]


def test_a_second_documents_header_block_is_no_running_header():
    pages = [_opening(0) + _body(0), _body(1), _opening(2) + _body(2), _body(3)]
    drop = pdf_mod._furniture(pages, [H] * 4)
    assert not drop


def test_a_running_head_above_the_motto_is_still_furniture():
    head = lambda p: PLine(p, 200, 20, 400, 30, "CÔNG BÁO/Số 12/Ngày 05-11-2019")  # noqa: E731
    pages = [[head(0)] + _opening(0) + _body(0), [head(1)] + _body(1), [head(2)] + _body(2)]
    drop = pdf_mod._furniture(pages, [H] * 3)
    assert {(0, 0), (1, 0), (2, 0)} <= drop
    assert not {(0, i) for i in range(1, 5)} & drop


def _join(lines: list[PLine]) -> str:
    return pdf_mod._join([lines], set(), [595.0])[0]


def _page_of(first: str, rest: list[str]) -> list[PLine]:
    """A paragraph whose first line is indented (121) and wraps to the left margin (85), then others like it."""
    out = [PLine(0, 121, 100, 538, 113, first)]
    top = 118.0
    for t in rest:
        indented = t.startswith(("1.", "2.", "3.", "- Các", "- Gửi"))
        out.append(PLine(0, 121 if indented else 85, top, 538 if len(t) > 60 else 85 + 5 * len(t), top + 13, t))
        top += 18
    return out


def test_a_hyphen_at_the_left_margin_continues_an_indented_paragraph():
    lines = _page_of("1. Tổ chức đoàn doanh nghiệp tham gia Hội chợ Thương mại quốc tế Việt",
                     ["- Lào tại Viêng Chăn và hội chợ chuyên ngành tại Thái Lan trong năm 2020 – Trung tâm Khuyến",
                      "công chủ trì.",
                      "2. Bố trí gian hàng quảng bá hình ảnh ASEAN và các sản phẩm đặc sản của tỉnh tại hội chợ",
                      "trong nước."])
    text = _join(lines)
    assert "quốc tế Việt - Lào tại Viêng Chăn" in text
    assert "\n2. Bố trí gian hàng" in text


def test_a_bullet_at_the_paragraphs_indent_is_a_bullet():
    lines = _page_of("1. Các phòng, đơn vị thuộc Sở thực hiện nghiêm túc, đúng tiến độ các nhiệm vụ được giao",
                     ["- Các phòng chuyên môn chủ động phối hợp với các cơ quan báo chí trong và ngoài tỉnh để đưa",
                      "tin."])
    assert "\n- Các phòng chuyên môn" in _join(lines)


def test_a_bullet_list_set_at_the_margin_keeps_its_bullets():
    """No first-line indent anywhere: a hyphen at the margin after a full line opens a bullet as before."""
    lines = [PLine(0, 85, 100 + 18 * k, 538, 113 + 18 * k, t) for k, t in enumerate([
        "- Chỉ đạo các cơ quan chuyên môn, đài truyền thanh cấp huyện tăng cường thời lượng tin bài về",
        "- Gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 30/11 hằng năm và các nội"])]
    assert _join(lines).count("\n") == 1


def test_a_heading_with_wider_spacing_than_the_body_is_one_paragraph():
    """Body lines step 18 pt, a table's cells 12 pt, the heading's two lines 19.5 pt: one paragraph."""
    body = [PLine(0, 85, 100 + 18 * k, 538, 113 + 18 * k, f"Nội dung đoạn văn dòng thứ {k} của kế hoạch tuyên truyền về ASEAN")
            for k in range(3)]
    cells = [PLine(0, 90, 160 + 12 * k, 200, 169 + 12 * k, f"Ô {k}") for k in range(12)]
    top = 320.0
    heading = [PLine(0, 113, top, 537.5, top + 15, "6. Đề nghị Ban Tuyên giáo Tỉnh ủy, Ủy ban Mặt trận Tổ quốc Việt"),
               PLine(0, 85, top + 19.5, 360, top + 32, "Nam tỉnh và các tổ chức chính trị - xã hội tỉnh")]
    text = _join(body + cells + heading)
    assert "Tổ quốc Việt Nam tỉnh" in text


def test_a_full_line_ending_on_a_semicolon_wraps_in_an_indented_paragraph():
    """``Đơn vị phối hợp: Phòng Bảo trợ xã hội;⏎Phòng Trẻ em và Bình đẳng giới.`` — the second line at the left
    margin, the paragraph's first line indented: one paragraph (Bắc Ninh's second partner was lost in PDF); a
    bullet at the margin after a ';' still opens an item."""
    lines = _page_of("1. Đơn vị chủ trì: Văn phòng Sở. Đơn vị phối hợp: Phòng Bảo trợ xã hội;",
                     ["Phòng Trẻ em và Bình đẳng giới. Thời gian thực hiện: Hằng năm, báo cáo kết quả về Sở trước",
                      "ngày 30/11.",
                      "2. Tổ chức hội nghị phổ biến chính sách về dịch chuyển lao động có kỹ năng trong ASEAN cho",
                      "doanh nghiệp."])
    assert "xã hội; Phòng Trẻ em" in _join(lines)
    items = _page_of("1. Các nội dung tuyên truyền gồm: tình hình hợp tác ASEAN, cơ hội việc làm cho người lao động;",
                     ["- Các chính sách an sinh xã hội và các cam kết về lao động di cư trong Cộng đồng ASEAN hiện",
                      "nay."])
    assert "\n- Các chính sách" in _join(items)
