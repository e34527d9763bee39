"""Structure: normalised text → lines, the section tree, and the preamble/body/closing regions.

Levels come from the numbering only (Roman → Arabic → dotted ``4.1.`` → lettered ``a)``),
never from Markdown ``#``. Field lines (``a) Đơn vị chủ trì: …``) and bullets are not sections.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..lexicon import load_yaml
from ..model import Section, SectionKind
from ..sections import SectionIndex, section_index  # noqa: F401  (re-exported)

ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_to_int(s: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(s):
        v = ROMAN_VALUES.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if int_to_roman(total) == s else None


def int_to_roman(n: int) -> str:
    out = ""
    for v, r in ((100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out += r
            n -= v
    return out


_ROMAN = re.compile(r"^(?P<label>(?P<num>[IVXLC]{1,8})\s?[.)/:-])\s*(?P<rest>\S.*)$")
_ROMAN_BARE = re.compile(r"^(?P<label>(?P<num>[IVXL]{1,6}))\s+(?P<rest>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ][^a-zđ]{3,})$")  # "II HÌNH THỨC"
# "1.1.1.Nâng cao": a PDF's justified line may lose the space after the label's final dot
_DOTTED = re.compile(r"^(?P<label>(?P<num>\d{1,2}(?:\.\d{1,2}){1,3})\.?)(?:\s+|(?<=\.)(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ]))"
                     r"(?P<rest>\S.*)$")
# "›": an OCR'd "."; "1/ Tuyên truyền" (a slash, then a space) is how some offices type the label;
# "1- Nâng cao" (a hyphen, then a space) is the Party's form (Hướng dẫn 36-HD/VPTW: "I-", "1-")
_ARABIC = re.compile(r"^(?P<label>(?P<num>\d{1,3})(?:[.)›]|[/\-–](?=\s)))\s*(?P<rest>\S.*)$")
_LETTER = re.compile(r"^(?P<label>(?P<num>[a-zđ])[)/](?!(?<=/)\S))\s*(?P<rest>\S.*)$|^(?P<label2>(?P<num2>[a-zđ])\.)\s+(?P<rest2>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ].*)$")
FIELD_RE = re.compile(
    r"^(?:(?:Đơn vị|Cơ quan|Đơn vị|Cơ quan, đơn vị)\s+)?(?:chủ trì|phối hợp|thực hiện|tham mưu|đầu mối)"
    r"(?:\s+thực hiện)?\s*:"
    r"|^(?:Thời gian(?:\s+(?:thực hiện|hoàn thành|triển khai|tổ chức))?|Tiến độ(?:\s+thực hiện)?|Thời hạn(?:\s+hoàn thành)?"
    r"|Kinh phí(?:\s+thực hiện)?|Nguồn kinh phí|Sản phẩm(?:\s+đầu ra)?|Kết quả(?:\s+đầu ra)?|Số lượng|Đối tượng|Địa điểm|Quy mô"
    r"|Thành phần|Hình thức|Nội dung)\s*:",
    re.I,
)
_BULLET = re.compile(r"^[-+*•]\s")
# (a table row's empty first cell before it: "| TM. BAN THƯỜNG VỤ …", the signature in a grid's right cell)
_CLOSING_BLOCK = re.compile(r"^(?:\|\s*)*(?:Nơi nhận|TM\.|T\.M\.|TM\s|T/M|KT\.|KT\s|K/T\s|Q\.\s?CHỦ|Q\.\s?GIÁM|TL\.|TUQ\.|Đã ký\b)", re.I)
_CLOSING_PARA = re.compile(r"^(?:Trên đây là|Trong quá trình (?:tổ chức )?(?:triển khai|thực hiện)|Yêu cầu các|Đề nghị các .{0,80}(?:nghiêm túc|triển khai thực hiện)\.?/?\.?$"
                           # a request to carry the plan out, closed by the text's end mark "./." (Decree 30)
                           r"|(?:Yêu cầu|Đề nghị) .{0,300}\./\.$)", re.I)
_ANNEX = re.compile(r"^(?:PHỤ LỤC|Phụ lục)(?:\s+[IVX\d]+)?\b")
_ANNEX_REF = re.compile(r"^\(?\s*(?:Kèm theo|Ban hành kèm theo)\s+(?:Kế hoạch|Quyết định|Công văn|Văn bản|Chương trình|Thông báo|Hướng dẫn)\s+số", re.I)
_NEWS_OPEN = re.compile(r"^Ngày\s+\d{1,2}/\d{1,2}/\d{4},?\s.{0,200}?ban hành\s+(?:Kế hoạch|Quyết định|Chỉ thị)")
_NARRATIVE = re.compile(r"^[A-ZĐ]\S*\s(?:\S+\s){0,7}(?:đã|vừa)\s")
_ABBREV_END = re.compile(r"(?:\b(?:TP|Tp|TX|Tx|ThS|TS|PGS|GS|Đ/c|đ/c|v\.v|St|TT|BS|KS|Th))$")


@dataclass
class Line:
    start: int
    end: int
    text: str
    kind: str  # roman | arabic | dotted | letter | field | bullet | text
    num: str = ""
    label: str = ""
    rest: str = ""
    rest_start: int = 0


@dataclass
class Structure:
    text: str
    lines: list[Line]
    sections: list[Section]
    preamble: tuple[int, int]
    body: tuple[int, int]
    closing: tuple[int, int]
    annex: tuple[int, int] | None = None
    closing_paragraph: tuple[int, int] | None = None
    news_report: bool = False
    children: dict[str, list[str]] = field(default_factory=dict)

    def section(self, sid: str) -> Section | None:
        for s in self.sections:
            if s.id == sid:
                return s
        return None

    def own_span(self, sec: Section) -> tuple[int, int]:
        """From the heading to the first child heading (the section's own words)."""
        kids = [s for s in self.sections if s.parent == sec.id]
        end = min((k.span[0] for k in kids), default=sec.span[1])
        return (sec.span[0], end)

    def lines_in(self, span: tuple[int, int]) -> list[Line]:
        return [ln for ln in self.lines if ln.start >= span[0] and ln.end <= span[1]]

    def section_at(self, offset: int) -> Section | None:
        return section_index(self.sections).at(offset)


def split_lines(text: str) -> list[Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            continue
        out.append(classify(raw, start))
    return out


_WORDS: dict | None = None


def _words() -> dict:
    """Level words of the decree's hierarchy (``data/outline.yaml``), compiled on first use."""
    global _WORDS
    if _WORDS is None:
        data = load_yaml("outline.yaml")
        alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
        ords = alt(data["ordinals"])
        _WORDS = {
            "part": re.compile(
                r"^(?P<word>" + alt(data["parts"]) + r")\s+(?P<num>[IVXLC]{1,6}|\d{1,2}|thứ\s+(?:" + ords + r"))(?!\w)"
                r"\s*[.:\-]?\s*(?P<rest>.*)$", re.I),
            "article": re.compile(
                r"^(?P<word>" + alt(data["articles"]) + r")\s+(?P<num>\d{1,3})(?P<sep>\s*[.:\-]|\s*$|\s+(?=[A-ZĐÂĂÊÔƠƯ]))"
                r"\s*(?P<rest>.*)$", re.I),
            # a word item needs its separator (or the line's end): "Nội dung 3 trụ cột" is a sentence
            # (or counted with an ordinal word: "Nhiệm vụ thứ nhất: …")
            "item": re.compile(
                r"^(?P<word>" + alt(data["items"]) + r")\s+(?P<num>\d{1,3}|thứ\s+(?:" + ords + r"))(?P<sep>\s*[.:)\-–]\s*|\s*$)"
                r"(?P<rest>(?!\d).*)$", re.I),
            # an item counted in words at a paragraph's start: "Một là, tăng cường …", "Hai là, …"
            "counted": re.compile(r"^(?P<num>" + alt(data["cardinals"]) + r")\s+là\s*[,:]\s*(?P<rest>\S.*)$", re.I),
            "cardinals": {k.lower(): v for k, v in data["cardinals"].items()},
            "ordinals": {k.lower(): v for k, v in data["ordinals"].items()},
            "letters": tuple(data["letters"]),
        }
    return _WORDS


_COUNTED_LABEL = re.compile(r"^\w+\s+là\s*[,:]$")  # a "Một là," item's label
_ALPHA = re.compile(r"^(?P<label>(?P<num>[A-ZĐ])[.)])\s+(?P<rest>\S.*)$")


def _level_word(raw: str, start: int, end: int) -> Line | None:
    """``Phần I`` / ``PHẦN THỨ NHẤT`` / ``Chương II`` (Roman, level 1), ``Mục 1`` / ``Điều 3.``
    (nest like Arabic items) and ``Nhiệm vụ 1:`` / ``Hoạt động 2.`` (the plan's items, labelled
    with a word). The word must open the line with a capital letter."""
    if not raw[:1].isupper():
        return None
    w = _words()
    m = w["part"].match(raw)
    if m:
        num = m.group("num")
        if num[:1].isdigit():
            val = int(num)
        elif num.lower().startswith("thứ"):
            val = w["ordinals"].get(num.split()[-1].lower(), 0)
        else:
            val = roman_to_int(num.upper()) or 0
        rest = m.group("rest")
        if val and (not rest or rest[:1].isupper() or not rest[:1].isalpha()):
            label = raw[:m.end("num")].strip()
            return Line(start, end, raw, "roman", int_to_roman(val), label, rest, start + m.start("rest") if rest else end)
    m = w["item"].match(raw)
    if m:
        rest = m.group("rest")
        label = raw[:m.end("num")].strip() + m.group("sep").strip()
        num = m.group("num")
        if not num[:1].isdigit():
            num = str(w["ordinals"].get(num.split()[-1].lower(), 0))
        if num != "0":
            return Line(start, end, raw, "item", num, label, rest, start + m.start("rest") if rest else end)
    m = w["counted"].match(raw)
    if m:
        label = raw[:m.start("rest")].strip()
        return Line(start, end, raw, "item", str(w["cardinals"][m.group("num").lower()]), label, m.group("rest"),
                    start + m.start("rest"))
    m = w["article"].match(raw)
    if m:
        rest = m.group("rest")
        if not rest or rest[:1].isupper() or m.group("sep").strip():
            label = raw[:m.end("num")].strip() + ("." if m.group("sep").strip() == "." else "")
            return Line(start, end, raw, "article", m.group("num"), label, rest, start + m.start("rest") if rest else end)
    return None


# The labels' patterns are tried only on a line whose first character can open them (none of
# them ignores case): a line of running text is not matched against each in turn.
_ROMAN_FIRST = frozenset("IVXLC")
_ALPHA_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZĐ")
_LETTER_FIRST = frozenset("abcdefghijklmnopqrstuvwxyzđ")
_BULLET_FIRST = frozenset("-+*•")


def classify(raw: str, start: int) -> Line:
    end = start + len(raw)
    first = raw[:1]
    if first.isupper():  # _level_word needs a capital
        lw = _level_word(raw, start, end)
        if lw is not None:
            return lw
    if first in _ROMAN_FIRST:
        m = _ROMAN.match(raw)
        if m and (m.group("num") in ("C", "L") or raw[:3].lower() == "v/v"):  # "V/v …": a letter's subject line
            m = None  # ``C. TỔ CHỨC THỰC HIỆN``: a capital-letter top, not Roman 100
        if m and roman_to_int(m.group("num")) and (m.group("label").endswith((".", ")", "/", ":")) or m.group("rest")[:1].isupper()):
            return Line(start, end, raw, "roman", m.group("num"), m.group("label").replace(" ", ""), m.group("rest"), start + m.start("rest"))
        m = _ROMAN_BARE.match(raw)
        if m and roman_to_int(m.group("num")):
            return Line(start, end, raw, "roman", m.group("num"), m.group("num") + ".", m.group("rest"), start + m.start("rest"))
    if first.isdigit():  # every \d is a str.isdigit() character
        m = _DOTTED.match(raw)
        if m and (m.group("label").endswith(".") or m.group("rest")[:1].isupper()):
            return Line(start, end, raw, "dotted", m.group("num"), m.group("label"), m.group("rest"), start + m.start("rest"))
        m = _ARABIC.match(raw)
        if m and not _DIGIT.match(m.group("rest")):
            return Line(start, end, raw, "arabic", m.group("num"), m.group("label").replace("›", "."), m.group("rest"),
                        start + m.start("rest"))
    if first in _ALPHA_FIRST:
        m = _ALPHA.match(raw)
        if m and m.group("num") not in "IVX" and _is_caps(m.group("rest")) and len(m.group("rest").split()) >= 2:
            return Line(start, end, raw, "alpha", m.group("num"), m.group("label"), m.group("rest"), start + m.start("rest"))
    m = _LETTER.match(raw) if first in _LETTER_FIRST else None
    if m:
        num = m.group("num") or m.group("num2")
        label = m.group("label") or m.group("label2")
        rest = m.group("rest") if m.group("num") else m.group("rest2")
        rs = start + (m.start("rest") if m.group("num") else m.start("rest2"))
        kind = "field" if FIELD_RE.match(rest) else "letter"
        return Line(start, end, raw, kind, num, label, rest, rs)
    if first in _BULLET_FIRST and _BULLET.match(raw):
        rest = raw[2:].lstrip()
        rs = end - len(rest)
        kind = "field" if FIELD_RE.match(rest) else "bullet"
        return Line(start, end, raw, kind, raw[0], raw[0], rest, rs)
    if FIELD_RE.match(raw) and len(raw) < 400:
        return Line(start, end, raw, "field", "", "", raw, start)
    return Line(start, end, raw, "text", "", "", raw, start)


_DIGIT = re.compile(r"\d")
_DOT_BEFORE_WORD = re.compile(r"\.(?=\s+\S)")


@lru_cache(maxsize=1)
def _honorific_end() -> re.Pattern:
    """An honorific just before a dot: "Ông. Hoàng Văn Thuân" is one name, not two sentences."""
    words = sorted(load_yaml("people.yaml")["honorifics"], key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")$")


def first_sentence(s: str) -> str:
    """The first sentence of a numbered paragraph (its title when it has no heading)."""
    for m in _DOT_BEFORE_WORD.finditer(s):
        i = m.start()
        if s[i - 1:i] == "." or s[i + 1:i + 2] == ".":
            continue
        if _ABBREV_END.search(s[:i]) or re.search(r"\d$", s[:i]) and re.match(r"\.\d", s[i:]):
            continue
        if _honorific_end().search(s, 0, i):
            continue
        nxt = s[m.end():].lstrip()[:1]
        if nxt and (nxt.isupper() or nxt in "\"“(-"):
            return s[:i]
    return s


def clean_title(s: str) -> str:
    s = first_sentence(s).strip()
    if s.endswith(("./.", "./")):  # the decree's end-of-text mark after a last paragraph ("… Quyết định này./.")
        s = s[:s.rindex("./")]
    if s.endswith("...."):
        s = s[:-1]
    elif not s.endswith("..."):
        s = s.rstrip(" .")
    return s.rstrip(" :;,").strip()


def _bare(s: str) -> str:
    from ..vi import strip_marks
    return strip_marks(s.lower())


_KIND_RX: list | None = None


def _kind_patterns():
    global _KIND_RX
    if _KIND_RX is None:
        _KIND_RX = []
        for fold in (str.lower, _bare):
            pats = [(re.compile(r"(?<!\w)" + re.escape(fold(ph)) + r"(?!\w)"), kind, ph)
                    for kind, phrases in load_yaml("section_kinds.yaml").items() for ph in phrases]
            _KIND_RX.append((fold, pats))
    return _KIND_RX


_CONTENT_AND_TASKS = re.compile(r"nội dung\s*(?:,|và)\s*(?:các\s+)?(?:nhiệm vụ|hoạt động|giải pháp|công việc)")


@lru_cache(maxsize=4096)
def classify_kind(title: str, level1_arabic: bool = False) -> SectionKind:
    """The kind of a section from its title (cached: a plan asks again for its top-level titles)."""
    best: tuple[int, str] | None = None
    best_ph = ""
    found: set[str] = set()
    # exact first; then without diacritics, so an OCR tone slip ("THỤC HIỆN") still classifies
    for fold, pats in _kind_patterns():
        text = fold(title)
        for rx, kind, ph in pats:
            m = rx.search(text)
            if m:
                found.add(kind)
            if m and (best is None or m.start() < best[0] or (m.start() == best[0] and len(ph) > len(best_ph))):
                best, best_ph = (m.start(), kind), ph
        if best is not None:
            break
    if best is not None and best[1] in ("audience", "timeline") and "content" in found:
        # "Đối tượng, nội dung kiểm tra": the part's content, with its audience
        best = (best[0], "content")
    if best is not None and best[1] == "content" and "tasks" in found and _CONTENT_AND_TASKS.search(title.lower()):
        # "NỘI DUNG, NHIỆM VỤ", "Nội dung và nhiệm vụ cụ thể": the part that holds the tasks
        best = (best[0], "tasks")
    if best is None:
        return SectionKind.TASKS if level1_arabic else SectionKind.OTHER
    kind = SectionKind(best[1])
    if level1_arabic and kind in (SectionKind.CONTENT, SectionKind.FORMS) and best[0] > 0:
        return SectionKind.TASKS
    if level1_arabic and best[0] > 12 and kind not in (SectionKind.ORGANIZATION, SectionKind.BUDGET):
        # "Các hoạt động truyền thông …": an activity item, not a section of that kind
        return SectionKind.TASKS
    return kind


def _is_caps(s: str) -> bool:
    letters = "".join(filter(str.isalpha, s))  # C-speed: no per-character Python frame
    return bool(letters) and sum(map(str.isupper, letters)) / len(letters) > 0.8


_OCR_LOWER_LABEL = re.compile(r"^(?P<num>[a-zđà-ỹ]{1,3})[.,;:›]?\s+(?P<rest>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝỦỨ].{8,})$")
_OCR_LABEL = re.compile(r"^(?P<num>\S{1,2}?)[.,;:›]?\s+(?P<rest>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝỦỨ].{8,})$")


_OCR_ROMAN = re.compile(r"^(?:[-–_'\"“]\s*)?(?P<num>[IVXLlHỊ1|ìíịĩỉÍÌ]{1,4}|lễ|lẽ|IỊ|Ï|Il|IL|Ll)(?:[.,:;›]\s*|\s+)(?P<rest>[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝỦỨỤ][^a-zđàáảãạăâèéẻẽẹêìíỉĩịòóỏõọôơùúủũụưỳýỷỹỵ]{6,})$")


def _ocr_relabel(lines: list[Line]) -> None:
    """In OCR'd text, trust the numbering sequence over misread labels: "5;" for "2.", "B." for "5.",
    "IL NỘI DUNG" or "lễ MỤC ĐÍCH" for a Roman heading (a short token before an all-capitals title)."""
    expected = None
    romans = 0
    alphas: set[str] = set()
    started = False  # the header block and title come first: nothing there is a section
    for i, ln in enumerate(lines):
        if not started:
            started = ln.kind in ("roman", "arabic") or bool(re.match(r"(?:Thực hiện|Căn cứ|Triển khai|Ngày \d)", ln.text))
            if not started:
                continue
        if ln.kind == "roman":
            if romans and roman_to_int(ln.num) == romans and _OCR_ROMAN.match(ln.text):
                # "I. NỘI DUNG" right after "I. MỤC ĐÍCH": the next numeral, a stroke lost
                num = int_to_roman(romans + 1)
                lines[i] = Line(ln.start, ln.end, ln.text, "roman", num, num + ".", ln.rest, ln.rest_start)
            romans += 1
            expected = 1
            continue
        if ln.kind == "alpha":
            alphas.add(ln.num)
        # "H. NỘI DUNG" after "I. MỤC ĐÍCH" is "II." misread, not a capital-letter top: no letter
        # before it opened a sequence (a real "H." follows a "G.")
        # (a speck before it may make it a bullet: "- HI.HÌNH THỨC …" for "III.")
        if ln.kind in ("text", "bullet") or (ln.kind == "alpha" and romans and chr(ord(ln.num[:1] or "A") - 1) not in alphas):
            m = _OCR_ROMAN.match(ln.text)
            if m and len(m.group("rest").split()) >= 2:
                romans += 1
                num = int_to_roman(romans)
                lines[i] = Line(ln.start, ln.end, ln.text, "roman", num, num + ".", m.group("rest"), ln.start + m.start("rest"))
                expected = 1
                continue
        if ln.kind == "arabic" and expected is not None:
            if ln.num != str(expected):
                lines[i] = Line(ln.start, ln.end, ln.text, "arabic", str(expected), f"{expected}.", ln.rest, ln.rest_start)
            expected += 1
            continue
        if ln.kind == "text" and expected is not None and expected > 1:
            m = _OCR_LABEL.match(ln.text) or _OCR_LOWER_LABEL.match(ln.text)
            if m:
                tok = m.group("num")
                # a digit, a lone letter with a stop ("Ạ."), or a lower-case scrap ("vầu", "âu") before a
                # capitalised sentence: a number Tesseract could not read
                if any(c.isdigit() for c in tok) or (len(tok) == 1 and ln.text[1:2] in ".,;:›") or tok.islower():
                    rs = ln.start + m.start("rest")
                    lines[i] = Line(ln.start, ln.end, ln.text, "arabic", str(expected), f"{expected}.", m.group("rest"), rs)
                    expected += 1


_HEADING_KINDS = ("roman", "arabic", "dotted", "alpha", "article", "item")


def _regions(lines: list[Line], begin: int) -> tuple[int | None, int | None, int | None]:
    """From line ``begin``: the first heading, the closing block and the first appendix (line
    indices, ``None`` when absent)."""
    annex_start = None
    closing_start = None
    first_heading = None
    for i in range(begin, len(lines)):
        ln = lines[i]
        if ln.kind in _HEADING_KINDS and first_heading is None:
            if ln.kind == "arabic" and _CLOSING_BLOCK.match(ln.rest):
                continue
            first_heading = i
        if first_heading is not None and closing_start is None and _CLOSING_BLOCK.match(ln.text):
            closing_start = i
        if first_heading is not None and _ANNEX.match(ln.text) and _is_caps(ln.text[:7]):
            annex_start = i
            break
        if first_heading is not None and i > first_heading and _ANNEX_REF.match(ln.text):
            # an appendix without the word: its capital title, then "(Kèm theo Kế hoạch số …)"
            j = i
            while j - 1 > first_heading and i - (j - 1) <= 3 and lines[j - 1].kind == "text" \
                    and _is_caps(lines[j - 1].text) and not _CLOSING_BLOCK.match(lines[j - 1].text):
                j -= 1
            annex_start = j
            if closing_start is not None and closing_start >= j:
                closing_start = None
            break
    return first_heading, closing_start, annex_start


# "(Ban hành kèm theo Quyết định số …)": a document issued by another (an appendix is "Kèm theo …")
_ISSUED_WITH = re.compile(r"^\(?\s*Ban hành kèm theo\b", re.I)


def _attached_document(lines: list[Line], closing_start: int | None, annex_start: int | None) -> tuple[int, int] | None:
    """A document that the main one issues, after the main one's closing: its type line in capitals
    (``KẾ HOẠCH``, ``QUY CHẾ`` …, not an appendix's ``PHỤ LỤC``) and subject, then ``(Ban hành kèm
    theo Quyết định số …)``, then its own numbered headings. (line of the type, line of the
    reference), or ``None``."""
    if closing_start is None or annex_start is None:
        return None
    from .header import match_type_line
    ref = next((k for k in range(annex_start, min(annex_start + 4, len(lines))) if _ISSUED_WITH.match(lines[k].text)), None)
    if ref is None:
        return None
    for k in range(ref - 1, max(closing_start, ref - 5), -1):
        mt = match_type_line(lines[k].text)
        if mt and _is_caps(lines[k].text):
            if any(ln.kind in ("roman", "arabic", "article", "alpha") for ln in lines[ref + 1:ref + 40]):
                return k, ref
            return None
    return None


def build(text: str, ocr: bool = False, tables: list[tuple[int, int]] | None = None) -> Structure:
    lines = split_lines(text)
    if tables:
        # rows of a task table are not headings, whatever their number cell looks like
        for i, ln in enumerate(lines):
            if ln.kind != "text" and any(a <= ln.start < b for a, b in tables):
                lines[i] = Line(ln.start, ln.end, ln.text, "text", "", "", ln.text, ln.start)
    if ocr:
        _ocr_relabel(lines)
    n = len(text)
    # -- regions -------------------------------------------------------------
    news = any(_NEWS_OPEN.match(ln.text) for ln in lines[:8])
    first_heading, closing_start, annex_start = _regions(lines, 0)
    # a decision that issues a plan: the plan it attaches after its closing is body too, each
    # part numbered on its own (``Điều 1.`` … then the plan's ``I.`` …)
    segments: list[tuple[int, int]] = []
    attached = _attached_document(lines, closing_start, annex_start)
    if attached is not None:
        segments.append((first_heading, closing_start))
        first_heading2, closing_start2, annex_start2 = _regions(lines, attached[1] + 1)
        closing_end_line = attached[0]  # the decision's closing ends where the attached document starts
        first_attached = first_heading2
        closing_start, annex_start = closing_start2, annex_start2
    if first_heading is None:
        first_heading = len(lines)
    body_start = lines[first_heading].start if first_heading < len(lines) else n
    stop = closing_start if closing_start is not None else (annex_start if annex_start is not None else len(lines))
    body_end_line = stop
    # a news report's trailing narrative ("Sở X đã tổ chức …") is not the plan
    if news:
        j = body_end_line
        while j - 1 > first_heading and lines[j - 1].kind == "text" and _NARRATIVE.match(lines[j - 1].text):
            j -= 1
        body_end_line = j
    body_end = lines[body_end_line - 1].end if body_end_line > first_heading else body_start
    if attached is not None:
        segments.append((first_attached if first_attached is not None else body_end_line, body_end_line))
        first_closing = segments[0][1]
        closing = (lines[first_closing].start, lines[closing_end_line].start - 1)
    else:
        segments.append((first_heading, body_end_line))
    body_lines = [ln for a, b in segments for ln in lines[a:b]]
    closing_para = None
    for k, ln in enumerate(body_lines):
        if k > 0 and ln.kind == "text" and _CLOSING_PARA.match(ln.text):
            # only a closing paragraph if nothing numbered follows it
            if not any(l2.kind in _HEADING_KINDS for l2 in body_lines[k + 1:]):
                closing_para = (ln.start, body_end)
                break
    if attached is None:
        closing_end = lines[annex_start].start - 1 if annex_start is not None else n
        closing = (lines[stop].start if stop < len(lines) else n, max(closing_end, lines[stop].start if stop < len(lines) else n))
    annex = (lines[annex_start].start, n) if annex_start is not None else None
    # -- headings --------------------------------------------------------------
    raw: list[dict] = []
    level_of: dict[str, int] = {}
    for k, (a, b) in enumerate(segments):
        seg = lines[a:b]
        _titles_from_next_line(seg)
        before = len(raw)
        _number_segment(seg, raw, level_of)
        for r in raw[before:]:
            r["issuing"] = k < len(segments) - 1
    has_roman = any(ln.kind == "roman" for ln in body_lines)
    alphas = [ln for ln in body_lines if ln.kind == "alpha"]
    has_alpha = len(alphas) >= 2 and alphas[0].num == "A"
    # unique ids
    seen: dict[str, int] = {}
    for r in raw:
        if r["id"] in seen:
            seen[r["id"]] += 1
            r["id"] = f"{r['id']}-{seen[r['id']]}"
        else:
            seen[r["id"]] = 1
    # a plan numbering its parts 1. 2. 3. (``1. MỤC ĐÍCH, YÊU CẦU`` … ``4. TỔ CHỨC THỰC HIỆN``)
    arabic_parts = not (has_roman or has_alpha) and arabic_top_level_is_skeleton(
        [(r["label"], clean_title(r["line"].rest)) for r in raw if r["level"] == 1])
    # spans: to the next heading at the same or a higher level
    sections: list[Section] = []
    seg_ends = [lines[b - 1].end if b > a else body_start for a, b in segments]
    for i, r in enumerate(raw):
        start = r["line"].start
        end = body_end
        for r2 in raw[i + 1:]:
            if r2["level"] <= r["level"]:
                end = r2["line"].start
                break
        # a heading of the issuing decision ends with it, before its closing
        end = min(end, next((e for e in seg_ends if e >= start), end))
        if closing_para and r["level"] > 1 and start < closing_para[0] < end:
            end = closing_para[0]
        end = _trim_end(text, start, end)
        ln = r["line"]
        title = clean_title(ln.rest)
        kind = None
        if r["issuing"]:
            # the issuing decision's articles (``Điều 3. Chánh Văn phòng … chịu trách nhiệm thi hành``)
            # frame the plan: none of them is one of its parts
            kind = SectionKind.OTHER if r["level"] == 1 else None
        elif r["level"] == 1:
            kind = classify_kind(title, level1_arabic=not (has_roman or has_alpha or arabic_parts))
        sections.append(Section(
            id=r["id"], label=r["label"], title=title, level=r["level"], kind=kind,
            span=(start, end), heading_span=(ln.rest_start, ln.rest_start + len(title)), parent=r["parent"],
        ))
    children: dict[str, list[str]] = {}
    for s in sections:
        if s.parent:
            children.setdefault(s.parent, []).append(s.id)
    preamble = (0, body_start)
    return Structure(text, lines, sections, preamble, (body_start, body_end), closing, annex,
                     closing_para, news, children)


def _number_segment(body_lines: list[Line], raw: list[dict], level_of: dict[str, int]) -> None:
    """The ids of one numbered run of headings (a document's body), appended to ``raw``."""
    has_roman = any(ln.kind == "roman" for ln in body_lines)
    alphas = [ln for ln in body_lines if ln.kind == "alpha"]
    has_alpha = len(alphas) >= 2 and alphas[0].num == "A"

    def add(sid, ln, parent):
        level = level_of[parent] + 1 if parent else 1
        raw.append(dict(id=sid, label=ln.label, line=ln, level=level, parent=parent))
        level_of.setdefault(sid, level)
        return sid

    # parts named by a word over Roman items (``Phần thứ hai`` / ``I. TUYÊN TRUYỀN …`` / ``1. …``): the
    # parts stand where capital-letter tops do, and the Roman items nest in them (``II.I.1``)
    part_rx = _words()["part"]
    part_lines = [ln for ln in body_lines if ln.kind == "roman" and part_rx.match(ln.label)]
    # (a part's Roman items start again at I; a Roman ``III.`` after ``Phần II`` goes on numbering the parts)
    parts_over_roman = bool(part_lines) and any(ln.kind == "roman" and ln.num == "I" and not part_rx.match(ln.label)
                                                and ln.start > part_lines[0].start for ln in body_lines)
    # capital letters that first stand inside a Roman part (``II. NHIỆM VỤ`` / ``A. PHỔ BIẾN …`` / ``1. …``)
    # group that part's items: ``II.A``, ``II.A.1``; the next Roman part closes the group
    romans_at = [ln.start for ln in body_lines if ln.kind == "roman"]
    groups_in_roman = has_alpha and bool(romans_at) and romans_at[0] < alphas[0].start and not parts_over_roman
    group = None  # id of the current capital-letter group inside a Roman part
    alpha = None  # id of the current capital-letter top (A, B)
    roman = None  # id of current roman (under alpha: A.I)
    roman_val = 0
    article = None  # id of the current Mục/Điều: Arabic items nest under it
    arabic = None  # id of current arabic/dotted for letters
    item = None  # id of the current word item (``Nhiệm vụ 2:``) and its parent
    item_parent = None
    prev_letter = None
    for ln in body_lines:
        if ln.kind == "alpha" and groups_in_roman:
            if roman is None:
                continue
            group = add(f"{roman}.{ln.num}", ln, roman)
            article = arabic = item = None
        elif (ln.kind == "alpha" and has_alpha) or (parts_over_roman and ln.kind == "roman" and part_rx.match(ln.label)):
            alpha = add(ln.num, ln, None)
            roman, roman_val, article, arabic, item = None, 0, None, None, None
        elif ln.kind == "roman":
            group = None
            val = roman_to_int(ln.num) or 0
            if (roman_val and (val <= roman_val or val > roman_val + 2)) or (not roman_val and val > 3):
                val = roman_val + 1  # an OCR slip (III. read as II., I. as L.) or a repeated label
            roman_val = val
            roman = add((f"{alpha}." if alpha else "") + int_to_roman(val), ln, alpha)
            article = arabic = item = None
        elif ln.kind == "item":
            # ``Nhiệm vụ 2:`` is the next sibling of ``Nhiệm vụ 1:`` whatever was numbered inside
            # that one; a first item nests in the Arabic item or Mục/Điều that is open, else in the part
            if item is not None:
                parent = item_parent
            else:
                parent = arabic or article or group or roman or alpha
                if parent is None and (has_roman or has_alpha):
                    continue  # before the first top heading
            item_parent = parent
            item = sid = add(f"{parent}.{ln.num}" if parent else ln.num, ln, parent)
            if parent in (article, roman, alpha):
                article = sid  # at the Arabic level: the items numbered ``1.`` inside it nest under it
            arabic = sid
        elif ln.kind in ("arabic", "article"):
            if ln.kind == "article" or (item is not None and item_parent not in (article, roman, alpha)):
                item = None  # an article, or the next Arabic item after word items nested in one, closes them
            num = ln.num
            top = group or roman or alpha
            if article and ln.kind == "arabic":
                parent = article  # khoản under Điều, items under Mục
            elif top:
                parent = top
            elif has_roman or has_alpha:
                continue  # numbered lines before the first top heading
            else:
                parent = None
            sid = add(f"{parent}.{num}" if parent else num, ln, parent)
            if ln.kind == "article":
                article = sid
            arabic = sid
        elif ln.kind == "dotted":
            parts = ln.num.split(".")
            top = group or roman or alpha
            base = f"{top}." if top else ""
            sid = base + ".".join(parts)
            parent_id = base + ".".join(parts[:-1])
            parent = parent_id if parent_id in level_of else top
            raw.append(dict(id=sid, label=ln.label, line=ln, level=(level_of[top] if top else 0) + len(parts),
                            parent=parent))
            level_of.setdefault(sid, raw[-1]["level"])
            arabic = sid
        elif ln.kind == "letter":
            if ln.num not in _words()["letters"] and (prev_letter is None or ord(prev_letter) + 1 != ord(ln.num)):
                continue  # f, j, w, z: not Vietnamese item letters, unless the list runs in Latin order (e, f)
            prev_letter = ln.num
            if arabic:
                parent = arabic
            elif group or roman or alpha:
                parent = group or roman or alpha
            else:
                continue
            add(f"{parent}.{ln.num}", ln, parent)


def numbered_item(label: str) -> bool:
    """An Arabic item's label (``2.``, ``4.1.``, ``1-``) or a word item's (``Nhiệm vụ 2:``): the
    labels a task can have."""
    return label[:1].isdigit() or bool(_words()["item"].match(label)) or bool(_COUNTED_LABEL.match(label))


_SKELETON = {SectionKind.PURPOSE, SectionKind.ORGANIZATION, SectionKind.BUDGET, SectionKind.REPORTING,
             SectionKind.AUDIENCE, SectionKind.TIMELINE}


def arabic_top_level_is_skeleton(tops: list[tuple[str, str]]) -> bool:
    """Top-level Arabic items (label, title) that are the plan's parts, not its tasks: mostly in
    capitals with two parts of the plan skeleton (purposes, budget, organisation …), or three
    different skeleton parts whatever the case (``1. Mục tiêu`` … ``4. Phân công nhiệm vụ`` …
    ``5. Kinh phí``)."""
    if not tops or any(not lab[:1].isdigit() for lab, _ in tops):
        return False
    kinds = [classify_kind(t) for _, t in tops]
    caps = [k for (_, t), k in zip(tops, kinds) if t and _is_caps(t)]
    skeleton_caps = [k for k in caps if k in _SKELETON]
    if len(caps) >= 0.6 * len(tops) and len(skeleton_caps) >= 2:
        return True
    return len({k for k in kinds if k in _SKELETON}) >= 3 and SectionKind.PURPOSE in kinds


def _titles_from_next_line(lines: list[Line]) -> None:
    """``Phần I`` / ``MỤC ĐÍCH, YÊU CẦU``: a heading alone on its line takes its title from the
    next line when that line is in capitals (a word item, ``Nhiệm vụ 1`` / ``Tuyên truyền …``,
    from a short next line in any case)."""
    for i, ln in enumerate(lines[:-1]):
        if ln.kind in ("roman", "article", "alpha", "item") and not ln.rest.strip():
            nxt = lines[i + 1]
            if nxt.kind == "text" and (_is_caps(nxt.text) or ln.kind == "item") and len(nxt.text) < 200:
                lines[i] = Line(ln.start, ln.end, ln.text, ln.kind, ln.num, ln.label, nxt.text, nxt.start)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \n":
        end -= 1
    return end
