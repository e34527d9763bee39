"""Fax-like scans (unseen set 3, Bù Đăng 152/KH-UBND): a page thresholded to black and white at 200 dpi,
with salt-and-pepper specks, a slight skew and no text layer.

On such a page Tesseract read the specks beside a line's first letters as marks (``=1, Tuyên truyền``,
``TL NỘI DUNG`` for ``II. NỘI DUNG``, ``_.2.``, ``äH: Thông tin``) and the plan lost its number, its date,
its sections and its tasks. OCR now finds a speckled page (``ocr._speckled``) and median-filters it first.

The plans here are drawn as make_fax.py (tests/cases/unseen3/sources/) makes its scan: text rendered at
200 dpi, cut at grey 150, specks strewn, turned half a degree, saved as an image-only PDF. Three
wordings, fonts and speck rates; each must keep its number, date and headings.
"""
from __future__ import annotations

import random
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import pytest

import planparse
from planparse.ingest import ocr as ocr_mod

FONTS = Path("/usr/share/fonts/truetype/dejavu")
DPI = 200

PLANS = {
    "serif": dict(
        font="DejaVuSerif", seed=1, specks=0.0015,
        issuer=["ỦY BAN NHÂN DÂN", "HUYỆN PHÚ RIỀNG"], number="Số: 37/KH-UBND", date="Phú Riềng, ngày 14 tháng 3 năm 2021",
        title=["KẾ HOẠCH", "Tuyên truyền về Cộng đồng ASEAN năm 2021"],
        body=[("I. MỤC ĐÍCH, YÊU CẦU", ["- Nâng cao nhận thức của cán bộ và Nhân dân về Cộng đồng ASEAN.",
                                         "- Việc tuyên truyền phải thiết thực, tránh hình thức."]),
              ("II. NỘI DUNG TUYÊN TRUYỀN", ["1. Tuyên truyền trên hệ thống truyền thanh",
                                              "Trung tâm Văn hóa huyện chủ trì xây dựng chuyên mục về ASEAN.",
                                              "2. Tuyên truyền trong trường học",
                                              "Phòng Giáo dục và Đào tạo chủ trì tổ chức cuộc thi tìm hiểu.",
                                              "3. Tuyên truyền cổ động trực quan",
                                              "Treo băng rôn, khẩu hiệu tại trung tâm huyện."]),
              ("III. TỔ CHỨC THỰC HIỆN", ["1. Phòng Văn hóa và Thông tin theo dõi, tổng hợp kết quả.",
                                           "2. UBND các xã triển khai Kế hoạch này."])],
        number_want="37/KH-UBND", issued_want="2021-03-14"),
    "sans": dict(
        font="DejaVuSans", seed=3, specks=0.002,
        issuer=["UBND TỈNH BÌNH PHƯỚC", "SỞ THÔNG TIN VÀ TRUYỀN THÔNG"], number="Số: 208/KH-STTTT",
        date="Bình Phước, ngày 9 tháng 10 năm 2020",
        title=["KẾ HOẠCH", "Thông tin đối ngoại về ASEAN năm 2020"],
        body=[("I. MỤC ĐÍCH", ["Quảng bá hình ảnh tỉnh Bình Phước với các nước ASEAN."]),
              ("II. NHIỆM VỤ", ["1. Cập nhật tin bài trên Cổng thông tin điện tử tỉnh",
                                 "Phòng Thông tin - Báo chí chủ trì thực hiện thường xuyên.",
                                 "2. Tập huấn kỹ năng thông tin đối ngoại",
                                 "Văn phòng Sở chủ trì tổ chức 01 lớp tập huấn trong Quý IV/2020."]),
              ("III. KINH PHÍ", ["Kinh phí thực hiện từ nguồn ngân sách tỉnh năm 2020."]),
              ("IV. TỔ CHỨC THỰC HIỆN", ["Các phòng, đơn vị thuộc Sở triển khai thực hiện."])],
        number_want="208/KH-STTTT", issued_want="2020-10-09"),
    "condensed": dict(
        font="DejaVuSerifCondensed", seed=4, specks=0.0012,
        issuer=["ỦY BAN NHÂN DÂN", "XÃ ĐỨC LIỄU"], number="Số: 15/KH-UBND", date="Đức Liễu, ngày 2 tháng 6 năm 2022",
        title=["KẾ HOẠCH", "Tuyên truyền hội nhập quốc tế năm 2022"],
        body=[("I. MỤC ĐÍCH, YÊU CẦU", ["Giúp Nhân dân hiểu rõ cơ hội và thách thức khi hội nhập."]),
              ("II. NỘI DUNG", ["1. Tuyên truyền trên loa truyền thanh xã",
                                 "Đài Truyền thanh xã phát tin 02 lần mỗi tháng.",
                                 "2. Tuyên truyền tại các thôn",
                                 "Trưởng thôn lồng ghép nội dung trong các buổi họp thôn."]),
              ("III. TỔ CHỨC THỰC HIỆN", ["Công chức Văn hóa - Xã hội theo dõi, báo cáo kết quả."])],
        number_want="15/KH-UBND", issued_want="2022-06-02"),
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in text if not unicodedata.combining(c)).upper()


def _fax(spec: dict, out: Path) -> None:
    """The plan as a one-page fax-like image-only PDF (A4, 200 dpi, 1 bit, specks, 0.5° skew)."""
    from PIL import Image, ImageDraw, ImageFont
    w, h = round(8.27 * DPI), round(11.69 * DPI)
    s = DPI / 72
    img = Image.new("L", (w, h), 255)
    d = ImageDraw.Draw(img)
    reg = ImageFont.truetype(str(FONTS / f"{spec['font']}.ttf"), round(13 * s))
    bold = ImageFont.truetype(str(FONTS / f"{spec['font']}-Bold.ttf"), round(13 * s))
    left, right, step = 85 * s, 530 * s, 21 * s
    y = 50 * s
    for k, t in enumerate(spec["issuer"]):
        d.text((150 * s, y + k * step), t, font=bold if k else reg, fill=0, anchor="ma")
    d.text((400 * s, y), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", font=bold, fill=0, anchor="ma")
    d.text((400 * s, y + step), "Độc lập - Tự do - Hạnh phúc", font=bold, fill=0, anchor="ma")
    y += 2.6 * step
    d.text((150 * s, y), spec["number"], font=reg, fill=0, anchor="ma")
    d.text((right, y), spec["date"], font=reg, fill=0, anchor="ra")
    y += 2.5 * step
    for t in spec["title"]:
        d.text((w / 2, y), t, font=bold, fill=0, anchor="ma")
        y += step
    y += step
    for heading, lines in spec["body"]:
        d.text((left, y), heading, font=bold, fill=0)
        y += step
        for t in lines:
            d.text((left + (0 if t[:2].rstrip(".").isdigit() else 35 * s), y), t,
                   font=bold if t[:2].rstrip(".").isdigit() else reg, fill=0)
            y += step
    bw = img.point(lambda v: 255 if v > 150 else 0)
    rnd = random.Random(spec["seed"])
    px = bw.load()
    n = int(w * h * spec["specks"])
    for _ in range(n):  # pepper, a pixel or two
        x, yy = rnd.randrange(w), rnd.randrange(h)
        px[x, yy] = 0
        if rnd.random() < 0.3 and x + 1 < w:
            px[x + 1, yy] = 0
    for _ in range(n // 3):  # salt: drop-outs in strokes
        px[rnd.randrange(w), rnd.randrange(h)] = 255
    bw = bw.rotate(0.5, resample=Image.NEAREST, expand=False, fillcolor=255)
    bw.save(out, "PDF", resolution=DPI)


@pytest.fixture(scope="module")
def faxes(tmp_path_factory):
    if not ocr_mod.tesseract_available():
        pytest.skip("Tesseract with its Vietnamese model is needed")
    out = tmp_path_factory.mktemp("fax")
    for name, spec in PLANS.items():
        _fax(spec, out / f"{name}.pdf")
    return out


@pytest.mark.parametrize("name", list(PLANS))
def test_fax_scan_keeps_number_date_and_headings(faxes, name):
    spec = PLANS[name]
    plan = planparse.parse(faxes / f"{name}.pdf")
    assert plan.source.ocr
    assert plan.meta.number == spec["number_want"], plan.meta.number
    assert plan.meta.issued == spec["issued_want"], plan.meta.issued
    # a heading counts as read when a section has its title, up to a tone slip (TUYÊN read TUYẾN)
    titles = [_fold(s.title) for s in plan.sections]
    for heading, _ in spec["body"]:
        want = _fold(heading.split(" ", 1)[1])
        assert any(SequenceMatcher(None, want, t).ratio() >= 0.85 for t in titles), (want, titles)


def test_speckled_pages_are_told_from_clean_ones(faxes):
    """The filter runs on the speckled page only: the same page before specks are strewn is clean."""
    import pypdfium2 as pdfium
    from PIL import Image
    scale = 300 / 72
    page = pdfium.PdfDocument(str(faxes / "serif.pdf"))[0]
    speckled = page.render(scale=scale, grayscale=True).to_pil()
    assert ocr_mod._speckled(speckled, scale)
    clean = ocr_mod._despeckle(speckled)
    assert not ocr_mod._speckled(clean, scale)
    assert not ocr_mod._speckled(Image.new("L", (200, 200), 255), scale)
