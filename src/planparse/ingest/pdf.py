"""PDF: text layer with pypdfium2 (fast), layout by position; tables with pdfplumber; OCR fallback.

Per page, text runs are grouped into lines by position; running headers, footers and page
numbers (lines in the top/bottom band that repeat across pages, or are bare page numbers) are
dropped; a line that reaches the right margin continues into the next one, so wrapped lines and
paragraphs split by a page break are re-joined. Pages without a text layer are OCR'd with
Tesseract when it is installed. Line boxes are kept so evidence can be drawn on the page.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..errors import IngestError
from . import Document


@dataclass
class PLine:
    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    text: str


_PAGE_NUM = re.compile(r"^(?:-\s*)?(?:Trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*-)?$", re.I)


def _open(data: bytes, name: str):
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - pdfplumber depends on it
        raise IngestError("reading PDFs needs pypdfium2: pip install pypdfium2", path=name) from None
    try:
        return pdfium.PdfDocument(data)
    except Exception as e:  # noqa: BLE001 - pdfium reports every problem through one exception type
        msg = str(e)
        if "password" in msg.lower() or "security" in msg.lower():
            raise IngestError("encrypted PDF (password-protected): remove the password and try again", path=name) from None
        raise IngestError(f"not a readable PDF ({msg.strip() or 'corrupt or truncated file'})", path=name) from None


def _page_lines(page, pno: int) -> list[PLine]:
    tp = page.get_textpage()
    try:
        n = tp.count_rects()
        runs = []
        for i in range(n):
            left, bottom, right, top = tp.get_rect(i)
            t = tp.get_text_bounded(left, bottom, right, top)
            t = t.replace("\r", " ").replace("\n", " ")
            if t.strip():
                runs.append((left, bottom, right, top, t))
    finally:
        tp.close()
    h = page.get_height()
    # group runs into lines: same vertical band
    runs.sort(key=lambda r: (-r[3], r[0]))
    lines: list[list] = []
    for r in runs:
        mid = (r[1] + r[3]) / 2
        for ln in lines:
            if ln[1] - 1 <= mid <= ln[3] + 1 and abs((ln[1] + ln[3]) / 2 - mid) < max(2.0, (ln[3] - ln[1]) * 0.5):
                ln[4].append(r)
                ln[0] = min(ln[0], r[0])
                ln[2] = max(ln[2], r[2])
                ln[1] = min(ln[1], r[1])
                ln[3] = max(ln[3], r[3])
                break
        else:
            lines.append([r[0], r[1], r[2], r[3], [r]])
    # a wide horizontal gap separates two columns (the header block: issuer | national motto)
    split = []
    for x0, b, x1, t, rs in lines:
        rs.sort(key=lambda r: r[0])
        cur = [rs[0]]
        for r in rs[1:]:
            if r[0] - cur[-1][2] > 40:
                split.append(cur)
                cur = [r]
            else:
                cur.append(r)
        split.append(cur)
    out = []
    for rs in split:
        x0, x1 = min(r[0] for r in rs), max(r[2] for r in rs)
        b, t = min(r[1] for r in rs), max(r[3] for r in rs)
        text = ""
        prev_right = None
        for r in rs:
            piece = r[4]
            if prev_right is not None and r[0] - prev_right > 1.5 and not text.endswith(" ") and not piece.startswith(" "):
                text += " "
            text += piece
            prev_right = r[2]
        out.append(PLine(pno, x0, h - t, x1, h - b, re.sub(r"\s+", " ", text).strip()))
    out.sort(key=lambda ln: (round(ln.top, 0), ln.x0))
    return [ln for ln in out if ln.text]


def _has_image(page) -> bool:
    import pypdfium2.raw as raw
    try:
        return any(obj.type == raw.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=2))
    except Exception:  # noqa: BLE001
        return True


def _furniture(pages: list[list[PLine]], heights: list[float]) -> set[tuple[int, int]]:
    """(page, index) of running headers, footers and page numbers."""
    drop = set()
    band = {}
    for p, lines in enumerate(pages):
        h = heights[p]
        for i, ln in enumerate(lines):
            if ln.top < 0.08 * h or ln.bottom > 0.92 * h:
                key = re.sub(r"\d+", "#", ln.text.lower())
                band.setdefault(key, []).append((p, i))
                if _PAGE_NUM.match(ln.text):
                    drop.add((p, i))
    if len(pages) >= 2:
        for key, where in band.items():
            if len({p for p, _ in where}) >= max(2, len(pages) // 2):
                drop.update(where)
    return drop


def _join(pages: list[list[PLine]], drop: set, widths: list[float]) -> tuple[str, list[int], list[tuple]]:
    """Lines → text: a line that reaches the right margin continues into the next one."""
    body = [[ln for i, ln in enumerate(lines) if (p, i) not in drop] for p, lines in enumerate(pages)]
    all_lines = [ln for lines in body for ln in lines]
    if not all_lines:
        return "", [0] * len(pages), []
    # the right margin: where the longest lines end (ragged text makes the most common end too short)
    ends = sorted(ln.x1 for ln in all_lines)
    right = ends[int(0.9 * (len(ends) - 1))]
    left = Counter(round(ln.x0 / 5) * 5 for ln in all_lines).most_common(1)[0][0]
    # the line pitch inside a paragraph; a wider step is paragraph spacing
    pitches = sorted(b.top - a.top for lines in body for a, b in zip(lines, lines[1:])
                     if 0 < b.top - a.top < 3 * (a.bottom - a.top + 1))
    pitch = pitches[len(pitches) // 4] if pitches else 0.0
    parts: list[str] = []
    boxes: list[tuple] = []
    page_starts: list[int] = []
    pos = 0
    prev = None
    for p, lines in enumerate(body):
        page_starts.append(pos)
        for k, ln in enumerate(lines):
            if prev is not None:
                gap_para = ln.page == prev.page and pitch > 0 and ln.top - prev.top > 1.25 * pitch
                # the next line's first word would not have fitted on this one: a wrapped line
                avg = (prev.x1 - prev.x0) / max(1, len(prev.text))
                first = len(ln.text.split(" ", 1)[0]) + 1
                wrapped = prev.x1 + avg * first >= right - 4
                open_end = not prev.text.endswith((":", ";", ".", "!", "?"))
                # "Việt Nam –⏎Singapore": an en dash starting a wrapped line continues it; bullets use "-"
                dash_cont = ln.text[:1] in "\u2013\u2014" and open_end
                lower_next = ln.text[:1].islower()
                continues = (wrapped and (not _starts_item(ln.text) or dash_cont) and abs(ln.x0 - left) < 15
                             and not gap_para and (not prev.text.endswith((":", ";")) or lower_next))
                if continues:
                    sep = "" if prev.text.endswith("-") and re.search(r"\d-$|[A-ZĐ]-$", prev.text) else " "
                else:
                    sep = "\n"
                parts.append(sep)
                pos += len(sep)
            boxes.append((pos, pos + len(ln.text), ln.page + 1, ln.x0, ln.top, ln.x1, ln.bottom))
            parts.append(ln.text)
            pos += len(ln.text)
            prev = ln
    return "".join(parts), page_starts, boxes


_ITEM = re.compile(r"^(?:[-+•\uf0b7*]\s|(?:[IVXL]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s|\d{1,2}[,;:›]\s|[IVXL]{1,4}\s+[A-ZĐ]{2}"
                   r"|Nơi nhận|TM\.|KT\.|PHỤ LỤC|STT\b)")


def _starts_item(t: str) -> bool:
    return bool(_ITEM.match(t))


def read_pdf(data: bytes, name: str, *, max_pages: int | None = 500) -> Document:
    pdf = _open(data, name)
    try:
        n = len(pdf)
        if n == 0:
            raise IngestError("PDF has no pages", path=name)
        if max_pages and n > max_pages:
            raise IngestError(f"PDF has {n} pages, more than the limit of {max_pages} (raise --max-pages)", path=name)
        pages, heights, widths, empty = [], [], [], []
        for i in range(n):
            page = pdf[i]
            try:
                heights.append(page.get_height())
                widths.append(page.get_width())
                lines = _page_lines(page, i)
                has_image = bool(lines) is False and _has_image(page)
            finally:
                page.close()
            pages.append(lines)
            if sum(len(ln.text) for ln in lines) < 15 and has_image:
                empty.append(i)  # a scanned page: an image and no text layer (blank pages are not OCR'd)
    finally:
        pdf.close()
    ocr_conf = None
    if empty:
        from .ocr import ocr_pages
        got = ocr_pages(data, empty, name, all_pages=len(empty) == n)
        for i, (lines, conf) in got.items():
            pages[i] = lines
        if got:
            ocr_conf = round(sum(c for _, c in got.values()) / len(got), 3)
    drop = _furniture(pages, heights)
    text, page_starts, boxes = _join(pages, drop, widths)
    from .legacy import maybe_convert_legacy
    text2, legacy = maybe_convert_legacy(text)
    if len(text2) == len(text):
        text = text2
    doc = Document(text=text, format="pdf", path=name, page_starts=page_starts, encoding=legacy,
                   ocr=bool(empty and ocr_conf is not None), ocr_confidence=ocr_conf, char_boxes=boxes)
    if _has_annex(text):
        # the annex runs from its first table page to the end: continuation pages repeat no header
        first = next((i for i, lines in enumerate(pages) if _table_page(lines)), None)
        doc.tables = _tables(data, name, list(range(first, len(pages))) if first is not None else [])
    return doc


def _has_annex(text: str) -> bool:
    return bool(re.search(r"(?:PHỤ LỤC|Phụ lục|DANH MỤC NHIỆM VỤ|PHÂN CÔNG NHIỆM VỤ|Danh mục nhiệm vụ)", text)) and "STT" in text


def _table_page(lines: list[PLine]) -> bool:
    t = " ".join(ln.text for ln in lines)
    return "STT" in t or bool(re.search(r"chủ trì", t, re.I))


def _tables(data: bytes, name: str, page_idx: list[int]) -> list[list[list[str]]]:
    """Ruled tables on the given pages, with pdfplumber (continuations across pages are merged later)."""
    if not page_idx:
        return []
    import io

    import pdfplumber

    from ..normalize import normalize
    out = []
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for i in page_idx:
            for t in pdf.pages[i].extract_tables():
                # cells get the same repairs as body text (NFC, space before a combining mark, dashes)
                rows = [[normalize((c or "").replace("\n", " ")).text.strip() for c in row] for row in t if row]
                if rows:
                    out.append(rows)
    return out
