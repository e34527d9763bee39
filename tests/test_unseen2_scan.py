"""Scanned plans (unseen set 2 and the set-1 scan): page furniture as a scan reads it, and red seals.

- A page number that a scan reads with specks or dashes around it (``/2``, ``2'``, ``— 2 —``) was not
  taken for a page number; it then sat between a heading that ends a page and its body on the next
  page, and the task lost its lead (Hà Tĩnh 412/KH-UBND: ``4. Thông tin cho doanh nghiệp, hợp tác xã``
  at the foot of page 2, ``/2`` under it, ``Phòng Kinh tế - Hạ tầng huyện phối hợp …`` on page 3).
  The same holds for a text layer whose footer draws its number between em dashes.
- A red seal over the signature block: OCR reads the page with red ink dropped out (``ocr._drop_red``).
"""
from __future__ import annotations

import shutil
import subprocess

import pytest

import planparse
from planparse.ingest import ocr as ocr_mod
from planparse.ingest import pdf as pdf_mod
from planparse.ingest.pdf import PLine

H, W = 842.0, 595.0


def _page(p: int, body: list[str], number: str | None, at_top: bool) -> list[PLine]:
    lines = []
    top = 100.0
    if number is not None and at_top:
        lines.append(PLine(p, 290, 30, 305, 42, number))
    for k, t in enumerate(body):
        lines.append(PLine(p, 85, top + 20 * k, 510, top + 20 * k + 13, t))
    if number is not None and not at_top:
        lines.append(PLine(p, 290, 800, 305, 812, number))
    return lines


@pytest.mark.parametrize("at_top", [True, False], ids=["top", "bottom"])
@pytest.mark.parametrize("form", ["/{n}", "{n}'", "— {n} —", "·{n}.", "- {n} -", "Trang {n}", "{n}", "‘{n}"])
def test_page_number_with_marks_around_it_is_furniture(form, at_top):
    """Page 2's number is read with marks, the other pages' numbers plain (so it repeats no other page's line)."""
    pages = [_page(p, [f"Dòng {p}.{k} của nội dung văn bản" for k in range(3)],
                   form.format(n=p + 1) if p == 1 else str(p + 1), at_top) for p in range(4)]
    drop = pdf_mod._furniture(pages, [H] * 4)
    for p, lines in enumerate(pages):
        kept = [ln.text for i, ln in enumerate(lines) if (p, i) not in drop]
        assert kept == [f"Dòng {p}.{k} của nội dung văn bản" for k in range(3)], (form, p, kept)


@pytest.mark.parametrize("text", ["12.", "(3)", "/7"])
def test_a_number_with_marks_that_is_not_the_page_number_stays(text):
    """A row number (``12.``) closing a page's table is text: marks count only around the page's own number."""
    pages = [_page(0, ["Nội dung", "Nội dung tiếp"], None, False), _page(1, ["Nội dung trang hai"], None, False)]
    pages[0].append(PLine(0, 85, 790, 100, 802, text))
    drop = pdf_mod._furniture(pages, [H] * 2)
    assert (0, 2) not in drop


# ---------------------------------------------------------------------------------------------
# A heading that ends page 1, its body on page 2: PDFs made by LibreOffice (text layer) and their
# scans (OCR), with the page number in the footer or the header
# ---------------------------------------------------------------------------------------------

LAYOUTS = {
    # heading, body (its first words name the lead), footer/header text around the PAGE field, where
    "footer-dashes": ("4. Thông tin cho doanh nghiệp, hợp tác xã",
                      "Phòng Kinh tế - Hạ tầng huyện phối hợp với Hội Doanh nhân trẻ huyện tổ chức 01 hội nghị thông "
                      "tin về cơ hội, thách thức khi Việt Nam tham gia Cộng đồng ASEAN trước ngày 30/11/2019.",
                      ("— ", " —"), "footer", "Phòng Kinh tế"),
    "footer-plain": ("3. Thông tin cho hợp tác xã và nông dân",
                     "Phòng Nông nghiệp và Phát triển nông thôn huyện chủ trì, phối hợp với Hội Nông dân huyện cung cấp "
                     "thông tin về thị trường các nước ASEAN cho hợp tác xã, nông dân trong năm 2020.",
                     ("", ""), "footer", "Phòng Nông nghiệp"),
    "header-plain": ("2. Tập huấn nghiệp vụ thông tin đối ngoại",
                     "Sở Nội vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông mở 02 lớp tập huấn kỹ năng tuyên "
                     "truyền về ASEAN cho cán bộ cấp xã trong năm 2020.",
                     ("", ""), "header", "Sở Nội vụ"),
}


def _docx(path, heading: str, body: str, around: tuple[str, str], where: str) -> None:
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    d = docx.Document()
    d.styles["Normal"].font.name = "DejaVu Serif"
    d.styles["Normal"].font.size = Pt(13)
    sec = d.sections[0]
    para = (sec.footer if where == "footer" else sec.header).paragraphs[0]
    para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    para.add_run(around[0])
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        r = para.add_run()
        el = OxmlElement("w:fldChar" if kind else "w:instrText")
        if kind:
            el.set(qn("w:fldCharType"), kind)
        else:
            el.text = text
        r._r.append(el)
    para.add_run(around[1])
    for t in ("ỦY BAN NHÂN DÂN HUYỆN HƯƠNG KHÊ", "Số: 412/KH-UBND", "KẾ HOẠCH",
              "Tuyên truyền về Cộng đồng ASEAN giai đoạn 2019 - 2020", "I. MỤC ĐÍCH, YÊU CẦU",
              "Nâng cao nhận thức của cán bộ và Nhân dân về Cộng đồng ASEAN.", "II. NHIỆM VỤ CỤ THỂ",
              "1. Tuyên truyền trên hệ thống truyền thanh",
              "Trung tâm Văn hóa - Truyền thông huyện chủ trì xây dựng chuyên mục về ASEAN, phát sóng 02 kỳ/tháng."):
        d.add_paragraph(t)
    p = d.add_paragraph()
    p.add_run(heading).bold = True
    p.add_run().add_break(WD_BREAK.PAGE)  # the heading ends page 1
    d.add_paragraph(body)
    d.add_paragraph("III. TỔ CHỨC THỰC HIỆN")
    d.add_paragraph("Các cơ quan, đơn vị triển khai thực hiện Kế hoạch này.")
    d.save(path)


def _scan(pdf_path, out, where: str, dpi: int = 200) -> None:
    """The PDF as a greyscale scan, with a speck of dirt just left of the page number that comes
    between the heading and its body (page 1's footer, page 2's header): OCR reads it as ``/1``, ``/2``."""
    import pypdfium2 as pdfium
    from PIL import ImageDraw
    doc = pdfium.PdfDocument(str(pdf_path))
    images = []
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        if i == (0 if where == "footer" else 1):
            tp = page.get_textpage()
            text = tp.get_text_range()
            k = (text.rindex if where == "footer" else text.index)(str(i + 1))
            left, bottom, _right, top = tp.get_charbox(k)
            s = dpi / 72
            x, y0, y1 = left * s, (page.get_height() - top) * s, (page.get_height() - bottom) * s
            ImageDraw.Draw(img).line((x - 12, y1, x - 4, y0), fill=0, width=2)  # a slanted speck: "/2"
            tp.close()
        images.append(img)
    doc.close()
    images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi, quality=90)


@pytest.fixture(scope="module")
def split_heading_pdfs(tmp_path_factory):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        pytest.skip("LibreOffice is needed to build the PDFs")
    out = tmp_path_factory.mktemp("splitheading")
    files = []
    for name, (heading, body, around, where, _lead) in LAYOUTS.items():
        _docx(out / f"{name}.docx", heading, body, around, where)
        files.append(out / f"{name}.docx")
    subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to", "pdf",
                    "--outdir", str(out), *map(str, files)], check=True, capture_output=True, timeout=600)
    if ocr_mod.tesseract_available():
        for name, layout in LAYOUTS.items():
            _scan(out / f"{name}.pdf", out / f"{name}.scan.pdf", layout[3])
    return out


@pytest.mark.parametrize("kind", ["text", "scan"])
@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_heading_ending_a_page_keeps_its_body_and_lead(split_heading_pdfs, layout, kind):
    heading, body, _around, _where, lead = LAYOUTS[layout]
    path = split_heading_pdfs / f"{layout}.pdf"
    if kind == "scan":
        if not ocr_mod.tesseract_available():
            pytest.skip("Tesseract with its Vietnamese model is needed")
        path = split_heading_pdfs / f"{layout}.scan.pdf"
    assert len(__import__("pypdfium2").PdfDocument(str(path))) == 2
    plan = planparse.parse(path)
    assert plan.source.ocr == (kind == "scan")
    task = next(t for t in plan.tasks if heading.split(" ", 1)[1][:20] in (t.title or ""))
    assert any(lead.lower() in a.name.lower() for a in task.lead or ()), (layout, kind, task.lead)


# ---------------------------------------------------------------------------------------------
# A red seal over the signature block of a colour scan
# ---------------------------------------------------------------------------------------------

def test_drop_red_keeps_print_and_drops_seal_ink():
    from PIL import Image
    img = Image.new("RGB", (40, 10), (250, 250, 250))
    px = img.load()
    inks = {0: (10, 10, 10), 1: (205, 30, 40), 2: (200, 40, 180), 3: (30, 60, 200), 4: (20, 5, 8)}  # black, red, magenta, blue, black under red
    for k, colour in inks.items():
        for x in range(8 * k, 8 * k + 8):
            for y in range(10):
                px[x, y] = colour
    out = ocr_mod._drop_red(img)
    assert out.mode == "L"
    v = [out.getpixel((8 * k + 4, 5)) for k in inks]
    assert v[0] < 30 and v[4] < 30, v  # print stays black, also where the seal covers it
    assert v[1] >= 200 and v[2] >= 200, v  # red and magenta seal ink becomes paper
    assert v[3] < 100, v  # a blue signature stays dark
    grey = Image.new("L", (5, 5), 90)
    assert ocr_mod._drop_red(grey.convert("RGB")).getpixel((2, 2)) == 90  # a grey page is unchanged


SIGNATURES = {
    "kt": (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], "Hoàng Thị Thu Hà", (205, 30, 40)),
    "tm": (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "Nguyễn Văn Bình", (190, 20, 90)),
}


def _seal(colour, size: int = 560):
    """A round seal: two rings, a star and letters around (as make_scan.py of unseen set 2 draws it)."""
    import math

    from PIL import Image, ImageDraw, ImageFont
    font = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    seal = Image.new("RGB", (size, size), (255, 255, 255))
    d = ImageDraw.Draw(seal)
    d.ellipse((10, 10, size - 10, size - 10), outline=colour, width=14)
    d.ellipse((70, 70, size - 70, size - 70), outline=colour, width=6)
    f = ImageFont.truetype(font, 40)
    txt = "ỦY BAN NHÂN DÂN * TỈNH LẠNG SƠN * "
    for j, ch in enumerate(txt):
        a = 2 * math.pi * j / len(txt) - math.pi / 2
        x, y = size / 2 + 225 * math.cos(a), size / 2 + 225 * math.sin(a)
        d.text((x, y), ch, font=f, fill=colour, anchor="mm")
    d.regular_polygon((size / 2, size / 2, 60), 5, fill=colour)
    return seal.rotate(12, fillcolor=(255, 255, 255))


@pytest.fixture(scope="module")
def sealed_scans(tmp_path_factory):
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe or not ocr_mod.tesseract_available():
        pytest.skip("LibreOffice and Tesseract (Vietnamese) are needed")
    import docx
    import pypdfium2 as pdfium
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt
    from PIL import ImageChops
    out = tmp_path_factory.mktemp("sealed")
    files = []
    for name, (titles, signer, _colour) in SIGNATURES.items():
        d = docx.Document()
        d.styles["Normal"].font.name = "DejaVu Serif"
        d.styles["Normal"].font.size = Pt(13)
        for t in ("ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", "Số: 215/KH-UBND", "KẾ HOẠCH", "Tuyên truyền về Cộng đồng ASEAN năm 2020",
                  "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức của cán bộ và Nhân dân về Cộng đồng ASEAN.",
                  "II. TỔ CHỨC THỰC HIỆN", "Sở Thông tin và Truyền thông chủ trì, theo dõi việc thực hiện Kế hoạch."):
            d.add_paragraph(t)
        for t in titles + ["", "", signer]:
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.add_run(t).bold = True
        d.save(out / f"{name}.docx")
        files.append(out / f"{name}.docx")
    subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{out}/profile", "--convert-to", "pdf",
                    "--outdir", str(out), *map(str, files)], check=True, capture_output=True, timeout=600)
    for name, (_titles, signer, colour) in SIGNATURES.items():
        doc = pdfium.PdfDocument(str(out / f"{name}.pdf"))
        page = doc[0]
        s = 300 / 72
        img = page.render(scale=s).to_pil().convert("RGB")
        tp = page.get_textpage()
        text = tp.get_text_range()
        left, _b, _r, top = tp.get_charbox(text.index(signer))
        tp.close()
        x, y = int(left * s) - 200, int((page.get_height() - top) * s) - 380
        # ink on paper: where the seal covers print, the two inks darken each other
        region = img.crop((x, y, x + 560, y + 560))
        img.paste(ImageChops.multiply(region, _seal(colour)), (x, y))
        img.save(out / f"{name}.scan.pdf", resolution=300, quality=90)
        doc.close()
    return out


@pytest.mark.parametrize("name", list(SIGNATURES))
def test_signer_under_a_red_seal_is_read(sealed_scans, name):
    titles, signer, _colour = SIGNATURES[name]
    plan = planparse.parse(sealed_scans / f"{name}.scan.pdf")
    assert plan.source.ocr
    assert plan.meta.signer is not None and plan.meta.signer.name == signer, plan.meta.signer


def _tsv(lines: list[list[tuple[str, float]]]) -> str:
    rows = ["level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"]
    for k, words in enumerate(lines):
        for j, (w, c) in enumerate(words):
            rows.append(f"5\t1\t1\t1\t{k + 1}\t{j + 1}\t{100 + 60 * j}\t{100 + 50 * k}\t50\t40\t{c}\t{w}")
    return "\n".join(rows)


@pytest.mark.parametrize("junk", [[("_<‡1/....", 0.0)], [("d\\.+†..'", 10.0)], [("z", 41.0), (":", 60.0), ("NớÀ", 20.0)],
                                  [("———", 23.0)]])
def test_doubtful_runs_without_a_sure_word_are_specks(junk):
    """Handwriting on a stamp's dotted lines, a signature's scrawl, a seal's remains: not text."""
    tsv = _tsv([[("Xử", 96.0), ("phạt", 95.0), ("vi", 97.0), ("phạm", 96.0)], junk, [("lowfg", 12.0), ("Văn", 93.0), ("Thuân", 93.0)],
                [("2", 91.0)]])
    lines, _ = ocr_mod._lines_from_tsv(tsv, 0, ((595, 842), 300 / 72), PLine)
    assert [ln.text for ln in lines] == ["Xử phạt vi phạm", "lowfg Văn Thuân", "2"]
    assert ocr_mod._sure_words(tsv) == 6
