"""A scan of sheets printed 2-up: two A5 pages side by side on each A4 landscape sheet (unseen set 7,
Tuyên Quang 2147/KH-SVHTTDL). Read as one page, Tesseract runs each line of the left page on into the
line beside it on the right page, and nothing of the plan is found (number, date, issuer, title,
signer all lost). A sheet with a clear gutter down its middle — a fold line may show in it — and a
full block of text on each side is read as two pages, left then right (``ocr.two_up_gutter``).

A landscape page that is one page — an annex's wide table, a two-column table, body text across the
width, an A5 page alone on the sheet — is read as it is.

The sheets are drawn here with Pillow (150 dpi, DejaVu Serif), in several variants: fold line dark,
light or absent, level or turned a little, with scanner specks.
"""
from __future__ import annotations

import random
from difflib import SequenceMatcher
from pathlib import Path

import pytest

import planparse
from planparse.ingest import ocr as ocr_mod

DPI = 150
MM = DPI / 25.4
A5 = (round(148 * MM), round(210 * MM))
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

NUMBER = "318/KH-SNV"
ISSUED = "2023-03-14"
SIGNER = "Hoàng Minh Tuấn"
SECTIONS = ["MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ CỤ THỂ", "KINH PHÍ", "TỔ CHỨC THỰC HIỆN"]

# (kind, text): kind "h" a bold heading, "p" a justified paragraph, "c" a centred bold line
BODY = [
    ("p", "Căn cứ Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ phê duyệt Chương trình "
          "hành động thông tin, tuyên truyền về ASEAN giai đoạn 2021-2025;"),
    ("p", "Sở Nội vụ xây dựng Kế hoạch thực hiện năm 2023 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("p", "Nâng cao nhận thức của cán bộ, công chức, viên chức trong ngành về Cộng đồng ASEAN, về cơ hội "
          "và thách thức khi Việt Nam tham gia Cộng đồng ASEAN; bảo đảm thiết thực, hiệu quả, tiết kiệm."),
    ("h", "II. NHIỆM VỤ CỤ THỂ"),
    ("h", "1. Tuyên truyền trên Trang thông tin điện tử"),
    ("p", "Văn phòng Sở chủ trì duy trì chuyên mục về ASEAN trên Trang thông tin điện tử của Sở, đăng tải "
          "tin, bài về hợp tác ASEAN trong lĩnh vực nội vụ; cập nhật định kỳ hằng tháng."),
    ("h", "2. Bồi dưỡng kiến thức về ASEAN"),
    ("p", "Phòng Tổ chức, biên chế chủ trì, phối hợp với Trường Chính trị tỉnh lồng ghép nội dung về ASEAN "
          "trong các lớp bồi dưỡng công chức cấp xã; thời gian thực hiện trong quý III/2023."),
    ("h", "3. Hội nghị chuyên đề"),
    ("p", "Phòng Cải cách hành chính chủ trì tổ chức hội nghị chuyên đề về kinh nghiệm cải cách hành chính "
          "của các nước ASEAN cho lãnh đạo các phòng chuyên môn cấp huyện; hoàn thành trước ngày 30/10/2023."),
    ("h", "III. KINH PHÍ"),
    ("p", "Kinh phí thực hiện từ nguồn ngân sách nhà nước giao trong dự toán năm 2023 của Sở Nội vụ và "
          "các nguồn hợp pháp khác theo quy định."),
    ("h", "IV. TỔ CHỨC THỰC HIỆN"),
    ("p", "Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao triển khai thực hiện Kế hoạch; báo cáo kết "
          "quả về Văn phòng Sở trước ngày 05/12/2023 để tổng hợp, báo cáo Ủy ban nhân dân tỉnh."),
    ("p", "Trên đây là Kế hoạch thông tin, tuyên truyền về ASEAN năm 2023 của Sở Nội vụ tỉnh Hà Giang./."),
]


def _font(size_pt: float, bold: bool = False):
    from PIL import ImageFont
    return ImageFont.truetype(str(FONT_DIR / ("DejaVuSerif-Bold.ttf" if bold else "DejaVuSerif.ttf")),
                              round(size_pt * DPI / 72))


def _wrap(draw, text: str, font, width: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        t = f"{cur} {word}".strip()
        if cur and draw.textlength(t, font=font) > width:
            lines.append(cur)
            cur = word
        else:
            cur = t
    return lines + [cur] if cur else lines


def _a5_pages() -> list:
    """The plan on A5 pages (grey images), a page number at the top of pages after the first."""
    from PIL import Image, ImageDraw
    margin, left, width = 15 * MM, 18 * MM, A5[0] - 33 * MM
    body, bold, small, small_b = _font(12), _font(12, True), _font(8), _font(8, True)
    pages, page, draw, y = [], None, None, 0.0

    def new_page():
        nonlocal page, draw, y
        page = Image.new("L", A5, 255)
        draw = ImageDraw.Draw(page)
        pages.append(page)
        y = margin
        if len(pages) > 1:
            draw.text((A5[0] / 2, y), str(len(pages)), font=small, fill=0, anchor="mt")
            y += 8 * MM

    def centred(x: float, text: str, font):
        nonlocal y
        draw.text((x, y), text, font=font, fill=0, anchor="mt")

    new_page()
    for k, (a, b) in enumerate([("UBND TỈNH HÀ GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                ("SỞ NỘI VỤ", "Độc lập - Tự do - Hạnh phúc")]):
        centred(left + 0.2 * width, a, small_b if k else small)
        centred(left + 0.68 * width, b, small_b)
        y += 5 * MM
    y += 2 * MM
    centred(left + 0.2 * width, f"Số: {NUMBER}", small)
    draw.text((left + 0.68 * width, y), "Hà Giang, ngày 14 tháng 3 năm 2023", font=_font(8), fill=0, anchor="mt")
    y += 10 * MM
    centred(left + width / 2, "KẾ HOẠCH", _font(11, True))
    y += 7 * MM
    for ln in _wrap(draw, "Thông tin, tuyên truyền về ASEAN năm 2023 của Sở Nội vụ", bold, width * 0.8):
        centred(left + width / 2, ln, bold)
        y += 5.5 * MM
    y += 4 * MM
    step = 6.8 * MM
    for kind, text in BODY:
        font = bold if kind == "h" else body
        lines = _wrap(draw, text, font, width - (0 if kind == "h" else 6 * MM))
        for j, ln in enumerate(lines):
            if y + step > A5[1] - margin:
                new_page()
            x = left + (6 * MM if kind == "p" and j == 0 else 0)
            draw.text((x, y), ln, font=font, fill=0)
            y += step
        y += 1.2 * MM
    if y + 40 * MM > A5[1] - margin:
        new_page()
    y += 4 * MM
    top = y
    for k, t in enumerate(["Nơi nhận:", "- UBND tỉnh (b/c);", "- Lãnh đạo Sở;", "- Lưu: VT, VP."]):
        draw.text((left, top + k * 4.5 * MM), t, font=small_b if k == 0 else small, fill=0)
    for k, (t, f) in enumerate([("GIÁM ĐỐC", small_b), ("(Đã ký)", small), ("", small), (SIGNER, small_b)]):
        y = top + k * 6 * MM
        centred(left + 0.72 * width, t, f)
    return pages


def _sheet(left, right, *, fold: int | None, angle: float, specks: int, seed: int):
    """Two A5 pages on an A4 landscape sheet, the fold line drawn in grey level ``fold``."""
    from PIL import Image, ImageDraw, ImageFilter
    w, h = round(297 * MM), round(210 * MM)
    sheet = Image.new("L", (w, h), 250)
    for j, pg in enumerate((left, right)):
        if pg is not None:
            sheet.paste(pg, (j * (w // 2) + (w // 2 - pg.width) // 2, (h - pg.height) // 2))
    if fold is not None:
        ImageDraw.Draw(sheet).line([(w // 2, 0), (w // 2, h)], fill=fold, width=2)
    rnd = random.Random(seed)
    px = sheet.load()
    for _ in range(specks):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((90, 140, 180))
    if angle:
        sheet = sheet.rotate(angle, fillcolor=245, resample=Image.BICUBIC)
    return sheet.filter(ImageFilter.GaussianBlur(0.5))


VARIANTS = {  # fold line grey level (None: none), turn in degrees, specks a sheet
    "fold-dark-level": (70, 0.0, 0),
    "no-fold-turned": (None, 0.5, 2000),
    "fold-light-turned": (200, -0.4, 4000),
}


def _save_pdf(sheets, path: Path) -> Path:
    sheets[0].save(path, save_all=True, append_images=sheets[1:], resolution=float(DPI))
    return path


@pytest.fixture(scope="module")
def pages():
    return _a5_pages()


@pytest.fixture(scope="module")
def twoup_pdfs(tmp_path_factory, pages):
    out = tmp_path_factory.mktemp("twoup")
    paths = {}
    for k, (name, (fold, angle, specks)) in enumerate(VARIANTS.items()):
        padded = pages + [None] * (len(pages) % 2)
        sheets = [_sheet(padded[i], padded[i + 1], fold=fold, angle=angle, specks=specks, seed=k)
                  for i in range(0, len(padded), 2)]
        paths[name] = _save_pdf(sheets, out / f"{name}.pdf")
    return paths


def test_the_plan_fills_more_than_one_sheet(pages):
    assert len(pages) == 3  # the last sheet holds one page


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_sheet_is_found_two_up(pages, variant):
    fold, angle, specks = VARIANTS[variant]
    sheet = _sheet(pages[0], pages[1], fold=fold, angle=angle, specks=specks, seed=1)
    cut = ocr_mod.two_up_gutter(sheet, DPI / 72)
    assert cut is not None and 0.4 * sheet.width < cut[0] < cut[1] < 0.6 * sheet.width


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_two_up_scan_reads_as_a5_pages(twoup_pdfs, pages, variant):
    if not ocr_mod.tesseract_available():
        pytest.skip("Tesseract with its Vietnamese model is needed")
    plan = planparse.parse(twoup_pdfs[variant])
    assert plan.source.ocr
    m = plan.meta
    assert m.number == NUMBER, m.number
    assert m.issued == ISSUED, m.issued
    assert m.issuer and "Nội vụ" in m.issuer, m.issuer
    assert m.title and "ASEAN năm 2023" in m.title, m.title
    assert m.signer is not None and m.signer.name == SIGNER, m.signer
    tops = [(s.label, s.title) for s in plan.sections if s.level == 1]
    # as OCR reads this font at this size a mark may slip ("THỤC" for "THỰC", "II." for "III.")
    assert len(tops) == len(SECTIONS) and all(SequenceMatcher(None, t, want).ratio() > 0.9 for (_, t), want in zip(tops, SECTIONS)), tops
    leads = {a.name for t in plan.tasks for a in t.lead}
    assert {"Văn phòng Sở", "Phòng Cải cách hành chính"} <= leads, leads


# ---- sheets that are one page ------------------------------------------------------------------

def _landscape(draw_fn):
    from PIL import Image, ImageDraw
    img = Image.new("L", (round(297 * MM), round(210 * MM)), 255)
    draw_fn(ImageDraw.Draw(img), img.width, img.height)
    return img


def _table(draw, w, h, cols: list[float], text: bool = True):
    """A ruled table across the page, its column rules at the shares ``cols`` of its width."""
    x0, x1, y0, row = 15 * MM, w - 15 * MM, 30 * MM, 11 * MM
    font = _font(8)
    xs = [x0 + c * (x1 - x0) for c in [0.0] + cols + [1.0]]
    rows = int((h - 20 * MM - y0) // row)
    for r in range(rows + 1):
        draw.line([(x0, y0 + r * row), (x1, y0 + r * row)], fill=0, width=2)
    for x in xs:
        draw.line([(x, y0), (x, y0 + rows * row)], fill=0, width=2)
    draw.text((w / 2, 12 * MM), "PHỤ LỤC: DANH MỤC NHIỆM VỤ NĂM 2023", font=_font(10, True), fill=0, anchor="mt")
    for r in range(rows):
        for a, b in zip(xs, xs[1:]):
            words = ["Tổ", "chức", "hội", "nghị", "tuyên", "truyền", "ASEAN", "cho", "cán", "bộ"]
            t = " ".join(words[: max(1, int((b - a) / (8 * MM)))]) if text else ""
            draw.text((a + 1.5 * MM, y0 + r * row + 3 * MM), t, font=font, fill=0)


def _text_across(draw, w, h):
    font = _font(10)
    for k in range(30):
        draw.text((15 * MM, 15 * MM + k * 6 * MM), "Các phòng, đơn vị thuộc Sở căn cứ nhiệm vụ được giao "
                  "triển khai thực hiện Kế hoạch; báo cáo kết quả về Văn phòng Sở trước ngày 05/12/2023.", font=font, fill=0)


ONE_PAGE = {
    "wide-table": lambda d, w, h: _table(d, w, h, [0.06, 0.45, 0.62, 0.8]),
    "two-column-table": lambda d, w, h: _table(d, w, h, [0.5]),
    "text-across": _text_across,
}


@pytest.mark.parametrize("kind", list(ONE_PAGE))
def test_landscape_page_is_not_split(kind):
    assert ocr_mod.two_up_gutter(_landscape(ONE_PAGE[kind]), DPI / 72) is None


def test_short_last_page_beside_a_full_page_is_split(pages):
    """The plan's last page (its closing block and signature) printed beside a full page."""
    sheet = _sheet(pages[1], pages[2], fold=90, angle=-0.3, specks=1000, seed=4)
    assert ocr_mod.two_up_gutter(sheet, DPI / 72) is not None


def test_closing_blocks_side_by_side_are_not_split():
    """A landscape page's "Nơi nhận" block and signer block, a gap between them: one page."""
    def closing(draw, w, h):
        for k, t in enumerate(["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Tài chính;", "- Lãnh đạo Sở;",
                               "- Các phòng, đơn vị thuộc Sở;", "- Lưu: VT, VP."]):
            draw.text((20 * MM, 40 * MM + k * 6 * MM), t, font=_font(10), fill=0)
        for k, t in enumerate(["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "", "", SIGNER]):
            draw.text((w * 0.75, 40 * MM + k * 6 * MM), t, font=_font(10, True), fill=0, anchor="mt")
    assert ocr_mod.two_up_gutter(_landscape(closing), DPI / 72) is None


def test_portrait_page_and_a_lone_a5_page_are_not_split(pages):
    assert ocr_mod.two_up_gutter(pages[1], DPI / 72) is None
    lone = _sheet(pages[1], None, fold=120, angle=0.3, specks=1000, seed=3)
    assert ocr_mod.two_up_gutter(lone, DPI / 72) is None


def test_landscape_table_scan_reads_as_one_page(tmp_path):
    """An annex's wide table scanned on its own: one page, its cells read as they are."""
    if not ocr_mod.tesseract_available():
        pytest.skip("Tesseract with its Vietnamese model is needed")
    from planparse.ingest import pdf as pdf_mod
    path = _save_pdf([_landscape(ONE_PAGE["two-column-table"])], tmp_path / "table.pdf")
    doc = pdf_mod.read_pdf(path.read_bytes(), path.name)
    assert len(doc.page_starts) == 1
