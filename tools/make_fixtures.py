"""Build test documents from the sample plans: DOCX with Word auto-numbering, PDF, scanned PDF, HTML.

    .venv/bin/python tools/make_fixtures.py OUT_DIR [--only NAME] [--no-scan]

- DOCX: python-docx, headings numbered by Word (numbering.xml: upperRoman ``%1.``, decimal ``%2.``,
  dotted ``%2.%3.``, letters ``%4)``), each Roman section on its own ``w:num`` sharing one abstractNum
  (as LibreOffice writes lists), a running header and footer with the page number;
- PDF: the DOCX rendered by LibreOffice headless (headers/footers on every page, paragraphs broken
  across pages, auto numbers printed);
- scanned PDF: the PDF's pages rendered to 200 dpi images and re-wrapped as an image-only PDF;
- HTML: the text inside a provincial news page with navigation, counters, share buttons and comments;
- TCVN3: the text in the legacy .VnTime byte encoding;
- annex: a short plan whose tasks are given in a ``PHỤ LỤC`` table spanning two pages.
"""
from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

ROMAN = re.compile(r"^([IVXL]+)\.\s+(.*)$")
DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.\s+(.*)$")
ARABIC = re.compile(r"^(\d{1,2})\.\s+(.*)$")
LETTER = re.compile(r"^([a-z])\)\s+(.*)$")


def _numbering(doc, roman: bool):
    """Add one abstractNum (4 levels) and return a factory of w:num ids sharing it."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    part = doc.part.numbering_part
    root = part.element
    aid = 90 + int(roman)
    lv = [("upperRoman", "%1."), ("decimal", "%2."), ("decimal", "%2.%3."), ("lowerLetter", "%4)")] if roman else \
         [("decimal", "%1."), ("decimal", "%1.%2."), ("lowerLetter", "%3)"), ("lowerLetter", "%4)")]
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{f}"/><w:lvlText w:val="{t}"/>'
        f'<w:lvlJc w:val="left"/></w:lvl>' for i, (f, t) in enumerate(lv))
    root.insert(0, parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                             f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'))
    counter = [200 + 20 * int(roman)]

    def new_num() -> str:
        counter[0] += 1
        root.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{counter[0]}"><w:abstractNumId w:val="{aid}"/></w:num>'))
        return str(counter[0])
    return new_num


def _set_num(p, num_id: str, ilvl: int) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ppr = p._p.get_or_add_pPr()
    np_ = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    np_.append(il)
    np_.append(ni)
    ppr.insert(0, np_)


def _page_field(paragraph) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        r = paragraph.add_run()
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.text = text
            r._r.append(it)


def build_docx(text: str, out: Path, header: str, annex_rows: list[list[str]] | None = None) -> None:
    """Write ``text`` (planparse-normalised lines) as a DOCX whose numbered headings use Word numbering."""
    import docx
    from docx.shared import Pt
    from planparse.structure import FIELD_RE
    doc = docx.Document()
    style = doc.styles["Normal"]
    style.font.name = "DejaVu Serif"
    style.font.size = Pt(12)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header
    _page_field(sec.footer.paragraphs[0])
    lines = [ln for ln in text.split("\n") if ln.strip()]
    has_roman = any(ROMAN.match(ln) for ln in lines)
    new_num = _numbering(doc, has_roman)
    num = new_num()
    for ln in lines:
        m = ROMAN.match(ln)
        if m and has_roman:
            num = new_num()  # LibreOffice-style: a new w:num per section, one shared abstractNum
            p = doc.add_paragraph(m.group(2))
            _set_num(p, num, 0)
            continue
        m = DOTTED.match(ln)
        if m:
            p = doc.add_paragraph(m.group(3))
            _set_num(p, num, 2 if has_roman else 1)
            continue
        m = ARABIC.match(ln)
        if m:
            p = doc.add_paragraph(m.group(2))
            _set_num(p, num, 1 if has_roman else 0)
            continue
        m = LETTER.match(ln)
        if m and not FIELD_RE.match(m.group(2)):
            p = doc.add_paragraph(m.group(2))
            _set_num(p, num, 3 if has_roman else 2)
            continue
        doc.add_paragraph(ln)
    if annex_rows:
        doc.add_page_break()
        doc.add_paragraph("PHỤ LỤC")
        doc.add_paragraph("DANH MỤC NHIỆM VỤ TRIỂN KHAI KẾ HOẠCH")
        t = doc.add_table(rows=0, cols=len(annex_rows[0]))
        t.style = "Table Grid"
        for row in annex_rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                c.text = v
    doc.save(out)


def to_pdf(docx_files: list[Path], outdir: Path) -> None:
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    if not exe:
        raise SystemExit("LibreOffice is needed to render PDFs: apt-get install libreoffice-writer-nogui")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{prof}", "--convert-to", "pdf",
                        "--outdir", str(outdir), *map(str, docx_files)], check=True, capture_output=True, timeout=600)


def to_scanned(pdf: Path, out: Path, dpi: int = 300) -> None:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(pdf))
    images = [doc[i].render(scale=dpi / 72).to_pil().convert("L") for i in range(len(doc))]
    doc.close()
    images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi, quality=85)


def to_html(text: str, title: str, out: Path) -> None:
    paras = "\n".join(f"<p>{html.escape(ln)}</p>" for ln in text.split("\n") if ln.strip())
    out.write_text(f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)} - Cổng TTĐT</title>
<script>var views = 714;</script></head><body>
<header class="site-header"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH</div><nav class="menu"><a href="#">Trang chủ</a>
<a href="#">Tin tức</a><a href="#">Văn bản</a></nav></header>
<div class="breadcrumb">Trang chủ / Tin tức / Thông tin tuyên truyền</div>
<div class="container"><div class="sidebar"><h3>Tin mới</h3><ul><li>Hội nghị giao ban quý III</li><li>Thông báo lịch tiếp dân</li></ul></div>
<div class="news-detail"><h1 class="title">{html.escape(title)}</h1><div class="meta">Thứ sáu - 29/11/2019 03:00 <span class="view-count">714</span></div>
<div class="content">{paras}</div>
<div class="share-buttons"><a>Chia sẻ</a><a>Facebook</a><a>Zalo</a><a>In bài</a></div>
<div class="tags">Từ khóa: ASEAN, tuyên truyền</div></div>
<div id="comments" class="comments"><h3>Ý kiến bạn đọc</h3><form><textarea></textarea><button>Gửi</button></form>
<p>Bạn đã không sử dụng Site, Bấm vào đây để duy trì trạng thái đăng nhập. Thời gian chờ: 60 giây</p></div></div>
<footer class="footer">Bản quyền thuộc Cổng Thông tin điện tử tỉnh</footer></body></html>""", encoding="utf-8")


ANNEX_PLAN = """ỦY BAN NHÂN DÂN
TỈNH LONG AN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 120/KH-UBND

Long An, ngày 05 tháng 3 năm 2020

KẾ HOẠCH
Tuyên truyền, quảng bá ASEAN năm 2020 trên địa bàn tỉnh Long An

Thực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019 của Ban Chỉ đạo Thông tin tuyên truyền ASEAN, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao nhận thức của cán bộ, nhân dân và doanh nghiệp về Cộng đồng ASEAN.

II. NHIỆM VỤ CỤ THỂ

1. Tổ chức các lớp tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN cho phóng viên, biên tập viên

2. Xây dựng chuyên trang, chuyên mục về ASEAN trên Báo Long An và Đài Phát thanh và Truyền hình Long An

3. Tổ chức cuộc thi tìm hiểu về ASEAN cho học sinh, sinh viên

(Đơn vị chủ trì, phối hợp và thời gian thực hiện các nhiệm vụ tại Phụ lục kèm theo)

III. KINH PHÍ THỰC HIỆN

Kinh phí thực hiện từ nguồn ngân sách nhà nước theo phân cấp hiện hành và nguồn xã hội hóa.

IV. TỔ CHỨC THỰC HIỆN

1. Sở Thông tin và Truyền thông chủ trì, theo dõi, tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12/2020.

2. Các sở, ban, ngành tỉnh căn cứ chức năng, nhiệm vụ triển khai thực hiện các nhiệm vụ tại Phụ lục.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn Út
"""

ANNEX_ROWS = [
    ["STT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện"],
    ["I", "CÔNG TÁC TUYÊN TRUYỀN", "", "", ""],
    ["1", "Tập huấn, bồi dưỡng kỹ năng tuyên truyền về ASEAN", "Sở Thông tin và Truyền thông", "Ban Tuyên giáo Tỉnh ủy", "Quý II/2020"],
    ["2", "Chuyên trang, chuyên mục về ASEAN", "Báo Long An; Đài Phát thanh và Truyền hình Long An", "Sở Thông tin và Truyền thông", "Năm 2020"],
    ["3", "Cuộc thi tìm hiểu về ASEAN", "Sở Giáo dục và Đào tạo", "Tỉnh đoàn", "Quý III/2020"],
    ["II", "HOẠT ĐỘNG QUẢNG BÁ", "", "", ""],
] + [[str(n), f"Tổ chức hoạt động quảng bá số {n} về tiềm năng, thế mạnh của tỉnh tại các hội chợ ASEAN",
      "Sở Công Thương" if n % 2 else "Sở Văn hóa, Thể thao và Du lịch", "Các sở, ban, ngành tỉnh",
      "6 tháng đầu năm 2020" if n % 3 else "Quý IV/2020"] for n in range(4, 34)]

ANNEX_GOLD = {  # what a reader takes from the annex: the spec's rules applied by hand
    "II.1": {"lead": ["Sở Thông tin và Truyền thông"], "support": ["Ban Tuyên giáo Tỉnh ủy"], "timeframe": ("2020-04-01", "2020-06-30")},
    "II.2": {"lead": ["Báo Long An", "Đài Phát thanh và Truyền hình Long An"], "support": ["Sở Thông tin và Truyền thông"],
             "timeframe": ("2020-01-01", "2020-12-31")},
    "II.3": {"lead": ["Sở Giáo dục và Đào tạo"], "support": ["Tỉnh đoàn"], "timeframe": ("2020-07-01", "2020-09-30")},
    **{f"PL.{n}": {"lead": ["Sở Công Thương" if n % 2 else "Sở Văn hóa, Thể thao và Du lịch"],
                   "support": ["Các sở, ban, ngành tỉnh"],
                   "timeframe": ("2020-01-01", "2020-06-30") if n % 3 else ("2020-10-01", "2020-12-31")} for n in range(4, 34)},
}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--no-scan", action="store_true")
    ap.add_argument("--samples", type=Path, default=ROOT / "data" / "samples")
    args = ap.parse_args(argv)
    import planparse
    from tests.legacy_helpers import to_tcvn3
    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    docs = []
    for f in sorted(args.samples.glob("*.txt")):
        if args.only and f.stem not in args.only:
            continue
        plan = planparse.parse(f)
        header = f"{plan.meta.issuer or 'Ủy ban nhân dân'} - Kế hoạch {plan.meta.number or ''}".strip()
        build_docx(plan.text, out / f"{f.stem}.docx", header)
        docs.append(out / f"{f.stem}.docx")
        to_html(plan.text, plan.meta.title or f.stem, out / f"{f.stem}.html")
        (out / f"{f.stem}.tcvn3.txt").write_bytes(to_tcvn3(plan.text).encode("latin-1", "replace"))
    annex_docx = out / "annex-plan.docx"
    build_docx(ANNEX_PLAN, annex_docx, "UBND tỉnh Long An - Kế hoạch 120/KH-UBND", annex_rows=ANNEX_ROWS)
    docs.append(annex_docx)
    to_pdf(docs, out)
    if not args.no_scan:
        for d in docs:
            if d.stem != "annex-plan":
                to_scanned(out / f"{d.stem}.pdf", out / f"{d.stem}.scanned.pdf")
    print(f"wrote fixtures for {len(docs)} documents to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
