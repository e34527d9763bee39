"""The header block (layout.md §1): normalised text → number, type, issuer, place and date, subject.

A Decree 30/2020 header is two columns — parent and issuing body over ``Số:`` on the left,
the national motto over ``Địa danh, ngày … tháng … năm …`` on the right — then the type line
(``KẾ HOẠCH``) and the subject below it. Copies flatten the columns in many ways (one cell
per line, interleaved, one line joined by spaces/tab/`` | ``/`` — ``, portal metadata lines,
news sentences), so the reader never relies on line order between the columns: it removes
the motto, finds the number and the date by their own grammar wherever they sit, and takes
the capital cells before the type line as the left column. Vocabulary: ``data/header.yaml``
and ``data/doc_types.csv``.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import data_text, load_yaml

UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
# a part continued on the next line is a whole capitals token there (``BYT-`` / ``BCT-BTC``, never ``Hà Nội``)
_CODE = r"[A-ZĐ][A-Za-zĐđ0-9&]*(?:-(?:[ \t]*\n[ \t]*(?=[A-ZĐ][A-ZĐ0-9&]*(?:-|\s|$)))?[A-ZĐ][A-Za-zĐđ0-9&]*)*"
# a code cut after its hyphen whose rest comes after the other column's line (the date)
_CODE_REST = re.compile(r"[A-ZĐ][A-ZĐ0-9&]*(?:-[A-ZĐ][A-ZĐ0-9&]*)*")
# Cyrillic and Greek capitals a text layer may give for their Latin look-alikes (``ВСТ`` for ``BCT``)
_LOOKALIKES = str.maketrans("АВСЕНІЈКМОРЅТХУΑΒΕΗΙΚΜΝΟΡΤΧΥΖ", "ABCEHIJKMOPSTXYABEHIKMNOPTXYZ")
_HAS_LOOKALIKE = re.compile("[" + "".join(map(chr, _LOOKALIKES)) + "]")
# ``Số: 4750 /KH-UBND``, ``Số: 89 /2026/QĐ-CT``, ``Số:      /KH-SCT`` (blank), ``Số hiệu: …`` (portal).
# Party documents (Hướng dẫn 36-HD/VPTW) print ``Số 45-KH/BTGTU``: no colon, the type before the slash.
# Hyphenated parts of the code never have spaces around the hyphen: ``KH-UBND — Cao Bằng``
# stops before the place; a hyphen that ends a line continues the code on the next one.
_NUMBER = re.compile(r"(?:(?<![\w])(?:Số|SỐ|Số hiệu|Số ký hiệu|Ký hiệu)\s*:|(?<![\w])Số(?=[ \t]+\d+(?:-[A-ZĐ][A-Za-zĐ]*)?\s*/))"
                     r"\s*(?P<digits>\d[\d.]*[a-z]?)?(?P<ptype>-[A-ZĐ][A-Za-zĐ]*)?[\s.…_]*(?P<year>[/⁄∕]\s*(?:19|20)\d{2})?\s*[/⁄∕]\s*(?P<code>" + _CODE + ")")
_PLACE = r"(?<![\w/-])(?P<place>[" + UPPER + r"][^\W\d_]*\.?(?:[ ][" + UPPER + r"][^\W\d_]*\.?){0,4})"
# the day: digits, left blank (dots, an ellipsis, spaces), or a scan's illegible speck (``ngàyOẨ``)
# the date line's words also as OCR and a fax leave them, a mark lost or misread (``thảng``, ``ngay``, ``nam``):
# in a place-date line no other word stands there
_NGAY, _THANG, _NAM = r"ng[àaáảạ]y", r"th[áaàảãạâấ]ng", r"n[ăaắằẳặâ]m"
_DAY = r"(?:(?P<d>\d{1,2})|[^\W\d_]{1,2}(?=[\s.…_]*" + _THANG + r"))?[\s.…_]*"
# A scan may leave a stamp's or a pen's speck between the month and ``năm`` (``tháng 5 4 năm``):
# the typed month stands unless the two could be one month split by OCR (``tháng 1 2 năm``).
_DATE_LINE = re.compile(_PLACE + r"(?:\s*,\s*[a-zà-ỹ]{1,2})?\s*,\s*" + _NGAY + r"\s*(?:" + _DAY + _THANG + r"\s*(?P<m>\d{1,2})?"
                        r"(?:[ \t]+(?P<speck>\d{1,2})(?=[ \t]+" + _NAM + r"))?[\s.…_]*" + _NAM + r"\s*(?P<y>\d{4})"
                        r"|(?P<d2>\d{1,2})\s*[/.-]\s*(?P<m2>\d{1,2})\s*[/.-]\s*(?P<y2>\d{4}))")
_BARE_DATE = re.compile(r"^[Nn]gày\s*(?P<d>\d{1,2})?[\s.…_]*tháng\s*(?P<m>\d{1,2})?[\s.…_]*năm\s*(?P<y>\d{4})\.?$")
# ``Hôm nay`` also with OCR's tone slips on ô (``Hồm nay``)
_TODAY = re.compile(r"H[ôồốổỗộo]m nay[^.\n]{0,60}?ngày\s*(?P<d>\d{1,2})\s*(?:/|tháng)\s*(?P<m>\d{1,2})\s*(?:/|năm)\s*(?P<y>\d{4})")
_VV = re.compile(r"^(?:V/v|V/V|v/v|Về việc)\b\s*:?\s*")
_STRIP_MD = re.compile(r"[*_#`]+|^\s*>\s*")
_CELL_SPLIT = re.compile(r"\t+|[ \t]*\|[ \t]*|[ ]{3,}|[ ]+[—–][ ]+")
_CITES = re.compile(r"\bsố\s+\d|\d+\s*/\s*[A-ZĐ]")
_HEADING = re.compile(r"^(?:[IVXLC]+|\d{1,2}|[A-Z])[.)]\s+\S|^(?:Phần|PHẦN|Chương|CHƯƠNG|Điều)\s")


@dataclass(frozen=True, slots=True)
class Header:
    """What the header block states; ``None`` for what it leaves out or blank."""
    number: str | None = None
    number_code: str | None = None     # the part after the digits, kept when the digits are blank
    doc_type: str | None = None
    issuer: str | None = None
    bodies: tuple[str, ...] = ()       # the left column's bodies, parent first, in capitals
    place: str | None = None
    issued: str | None = None
    title: str | None = None
    signer: str | None = None          # a portal's ``Người ký``: the closing's signer when it has none
    news: bool = False
    found: bool = False                # a header block (number line, motto, type line or V/v) exists
    end: int = 0                       # offset where the header block and subject end


@lru_cache(maxsize=1)
def _vocab() -> dict:
    return load_yaml("header.yaml")


@lru_cache(maxsize=1)
def doc_types() -> dict[str, str]:
    """Appendix III type abbreviations: ``KH`` → ``Kế hoạch``."""
    return {r["abbreviation"]: r["name"] for r in csv.DictReader(io.StringIO(data_text("doc_types.csv")))}


@lru_cache(maxsize=1)
def _type_line() -> re.Pattern:
    names = set(doc_types().values()) | {"Công văn", "Phiếu trình", "Thông tư liên tịch"}
    alts = "|".join(re.escape(n.upper()).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    return re.compile(r"^(?P<type>" + alts + r")(?![\w])\s*:?\s*(?P<rest>.*)$")


@lru_cache(maxsize=1)
def _type_line_unmarked() -> tuple[re.Pattern, dict[str, str]]:
    """The type words without their marks, for OCR'd and mis-encoded copies (``GIẦY PHÉP``, ``QUYẾT: ĐỊNH``)."""
    from ..vi import strip_marks
    names = set(doc_types().values()) | {"Công văn", "Phiếu trình", "Thông tư liên tịch"}
    back = {strip_marks(n.upper()): n for n in names}
    alts = "|".join(re.escape(k).replace(r"\ ", r"[\s:.]+") for k in sorted(back, key=len, reverse=True))
    return re.compile(r"^(?P<type>" + alts + r")(?![\w])\s*:?\s*(?P<rest>.*)$"), back


@lru_cache(maxsize=1)
def _type_run_in() -> re.Pattern:
    names = set(doc_types().values()) | {"Công văn"}
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    not_subject = r"(?:số|này|đó|được|đã|của|và|ban hành|kèm|tại|nêu|trên)\b"
    return re.compile(r"^(?P<type>" + alts + r")\s+(?!" + not_subject + r")(?P<rest>[a-zà-ỹđ][^\n]*)$")


def _match_type(cell: str, run_in: bool = False) -> tuple[str, str] | None:
    """``(type name, rest of the line)`` when ``cell`` is a type line in capitals; ``run_in``: also a
    sentence-case line that runs the type into its subject (read only where no other type line is)."""
    m = _type_line().match(cell)
    if m and _is_caps(m.group("type")):
        return type_name(m.group("type")) or m.group("type"), m.group("rest")
    if not _is_caps(cell):
        name = type_name(cell.rstrip(" :"))  # a web copy that lost the capitals: ``Kế hoạch`` alone on its line
        if name:
            return (name, "") if cell[:1].isupper() else None
        # a note's or a portal's heading: the type and the subject in one sentence-case line
        # (``Kế hoạch thông tin, tuyên truyền về ASEAN năm 2022``), not a citation of one (``Kế hoạch số 12/…``)
        m = _type_run_in().match(cell) if run_in else None
        if m and len(cell) < 250 and not cell.rstrip().endswith((".", ";", ",")):
            rest = m.group("rest")
            return type_name(m.group("type")) or m.group("type"), rest[:1].upper() + rest[1:]
        return None
    from ..vi import strip_marks
    rx, back = _type_line_unmarked()
    m = rx.match(strip_marks(cell))  # strip_marks keeps positions: the rest is sliced from the cell
    if m:
        return back[re.sub(r"[\s:.]+", " ", m.group("type"))], cell[m.start("rest"):]
    return None


def _type_line_at(cells_by_line: list[list[str]], run_in: bool) -> tuple[int, tuple[str, str]] | None:
    """The first header line holding a type line (``_match_type``) whose rest can be a subject: (line,
    (type name, rest))."""
    for i, cells in enumerate(cells_by_line):
        for c in cells:
            mt = _match_type(c, run_in)
            if mt and (not mt[1] or _is_caps(mt[1]) or len(mt[1]) < 120):
                return i, mt
    return None


def match_type_line(cell: str) -> tuple[str, str] | None:
    """``(type name, rest of the line)`` when ``cell`` is a document's type line (``KẾ HOẠCH``)."""
    return _match_type(cell.strip())


@lru_cache(maxsize=1)
def _openings() -> tuple[re.Pattern, re.Pattern]:
    """Words that open the preamble (``Căn cứ``: only a citing line ends the header, a subject may
    start with ``Thực hiện``) and lines that always end it (``Kính gửi``)."""
    v = _vocab()
    words = [re.escape(w) for w in v["preamble_words"]] + list(v.get("preamble_slips", ()))
    return (re.compile(r"^(?:" + "|".join(words) + r")\b"),
            re.compile(r"^(?:" + "|".join(map(re.escape, v["block_ends"])) + r")\b"))


@lru_cache(maxsize=1)
def _motto() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in _vocab()["motto"]), re.I)


def is_motto(line: str) -> bool:
    """Is the line the national motto (or the name a Party or Youth Union document puts there), whole or the
    first half of a wrapped one?"""
    return bool(_motto().search(line) or any(h.match(line.strip()) for h, _ in _motto_halves()))


def opens_with_motto(lines: list[str], within: int = 12) -> bool:
    """Does the national motto stand among the first ``within`` non-empty lines (a Decree 30 header)?"""
    from itertools import islice
    rx = _motto()
    return any(rx.search(ln) for ln in islice((x for x in lines if x.strip()), within))


@lru_cache(maxsize=1)
def _levels() -> list[tuple[str, str]]:
    out = []
    for kind, words in _vocab()["levels"].items():
        out += [(w, kind) for w in words]
    return sorted(out, key=lambda p: len(p[0]), reverse=True)


_LOCALITY = re.compile(r"(?<![\w])(?P<lw>T[ỈĨÍÌỊ]NH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|PHƯỜNG|XÃ(?!\s+HỘI))\s+(?![ỦU][ỶY]\b)(?P<name>[^\W\d_][\w .'-]*)$")


_PARTY_UNIT_OF = re.compile(r"^(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)\s+[ỦU][ỶY]\s+[^\W\d_]")


def _lw(m: re.Match) -> str:
    """The locality word in lower case; OCR's tone slips on TỈNH (TĨNH, TÍNH) are read as tỉnh."""
    lw = m.group("lw").lower()
    return "tỉnh" if re.fullmatch(r"t.nh", lw) else lw


def type_name(word: str) -> str | None:
    """``KẾ HOẠCH`` / ``Kế hoạch`` → ``Kế hoạch`` (the table's spelling)."""
    return _type_names().get(_WS.sub(" ", word).strip().lower())


_WS = re.compile(r"\s+")


@lru_cache(maxsize=1)
def _type_names() -> dict[str, str]:
    return {name.lower(): name for name in set(doc_types().values()) | {"Công văn", "Phiếu trình"}}


def type_from_code(code: str | None) -> str | None:
    """The type abbreviation of a number's code (``KH-UBND`` → ``Kế hoạch``); ``None`` when the code has none."""
    if not code:
        return None
    return doc_types().get(code.split("-")[0])


def _is_caps(s: str) -> bool:
    letters = "".join(filter(str.isalpha, s))  # C-speed: no per-character Python frame
    return len(letters) >= 2 and sum(map(str.isupper, letters)) >= 0.9 * len(letters)


@lru_cache(maxsize=4096)
def _level_of(cell: str) -> str | None:
    for w, kind in _levels():
        if cell == w or cell.startswith(w + " ") or cell.startswith(w + ","):
            return kind
    return None


def _sentence_case(s: str) -> str:
    s = s.strip()
    return s[:1].upper() + s[1:] if s else s


@lru_cache(maxsize=4096)
def proper_case(caps: str) -> str:
    """A capital name in house style by rule: ``SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH HẬU GIANG`` →
    ``Sở Văn hóa, Thể thao và Du lịch tỉnh Hậu Giang``.

    The level word keeps its own spelling, the field's first word and each word after ``,``,
    ``và`` or `` - `` is capitalised, a locality's name is capitalised word by word, and fixed
    terms (``Công Thương``, ``Ủy ban nhân dân``) come from ``data/header.yaml``."""
    s = re.sub(r"\s+", " ", caps).strip()
    if not _is_caps(s):
        return s
    s = _expanded_caps(s)
    loc = _LOCALITY.search(s)
    place = ""
    named = None if loc else _ends_in_province(s)
    if named:  # "TRƯỜNG CAO ĐẲNG Y TẾ PHÚ THỌ": a school or a paper named by its province, no locality word
        from ..extract.common import canonical_province
        return proper_case(s[:named.start()].rstrip()) + " " + (canonical_province(named.group(0)) or named.group(0).title())
    if loc and loc.start() > 0:
        place = " " + _lw(loc) + " " + " ".join(w.capitalize() for w in loc.group("name").split())
        s = s[:loc.start()].rstrip()
    elif loc:
        return _lw(loc).capitalize() + " " + " ".join(w.capitalize() for w in loc.group("name").split())
    orig = s.split(" ")
    words = s.lower().split(" ")
    level = _level_of(s)
    n_level = len(next((w for w, k in _levels() if s == w or s.startswith(w + " ")), "").split()) if level else 0
    out = []
    place_from = next((i + 2 for i in range(len(words) - 2)  # a party committee's place: TỈNH ỦY QUẢNG TRỊ
                       if words[i] in _COMMITTEE and words[i + 1] in ("ủy", "uỷ")), len(words))
    for i, w in enumerate(words):
        prev = words[i - 1] if i else ""
        if re.search(r"[\d/]", w):  # a document number inside the name (ĐOÀN KIỂM TRA THEO QUYẾT ĐỊNH SỐ 1050/QĐ-SCT)
            w = orig[i]
        elif i == 0 or (n_level and i == n_level) or prev.endswith(",") or prev in ("và", "-", "–") or i >= place_from:
            w = w[:1].upper() + w[1:]
        out.append(w)
    name = " ".join(out)
    for term in _vocab()["proper_terms"]:
        name = re.sub(r"(?<![\w])" + re.escape(term) + r"(?![\w])", term, name, flags=re.I)
    name = re.sub(r"(?<![\w])(?:ubnd|hđnd|qđ|kh|sct)(?=[\W])", lambda m: m.group(0).upper(), name)
    return name + place


def _ends_in_province(caps: str) -> re.Match | None:
    """The province name a capital body name ends with, after a word of its own at least
    (``TRƯỜNG CAO ĐẲNG Y TẾ PHÚ THỌ``, ``BÁO NAM ĐỊNH``; ``ỦY BAN NHÂN DÂN TỈNH …`` says its place itself)."""
    from ..extract.common import province_regex
    words = caps.split()
    for k in (3, 2, 1):
        if len(words) > k:
            tail = " ".join(words[-k:])
            m = province_regex().fullmatch(tail)
            if m:
                return re.search(re.escape(tail) + r"$", caps)
    return None


def _expanded_caps(s: str) -> str:
    """A capital name with its abbreviations written out (``HỘI LHPN TỈNH BẾN TRE`` → ``HỘI LIÊN HIỆP PHỤ NỮ
    TỈNH BẾN TRE``): the issuer is the body's full name. The level words' own (``UBND``, ``HĐND``) are read
    as they stand."""
    from ..extract.agencies import abbreviation_words, expand
    words = abbreviation_words()
    if not any(w in words and w not in ("UBND", "HĐND") for w in re.findall(r"[^\W\d_]+", s)):
        return s
    return expand(s).upper()


_COMMITTEE = frozenset({"tỉnh", "thành", "huyện", "quận", "thị"})  # tỉnh ủy, thành ủy, huyện ủy, … + a place (not đảng ủy + a unit)


def _locality(caps: str) -> str | None:
    """``ỦY BAN NHÂN DÂN TỈNH LÀO CAI`` → ``tỉnh Lào Cai``."""
    m = _LOCALITY.search(re.sub(r"\s+", " ", caps).strip())
    if not m:
        return None
    return _lw(m) + " " + " ".join(w.capitalize() for w in m.group("name").split())


def _bodies(cells: list[str]) -> list[str]:
    """Group the left column's capital cells into bodies: a level word starts one, a locality
    completes one that has none, other capital lines continue the body above (wrapped names)."""
    units: list[str] = []
    split: list[str] = []
    # abbreviations written out, so the level words know them: "LĐLĐ TỈNH NAM ĐỊNH", "BCH HUYỆN ĐOÀN CÁI BÈ"
    # (Ban Chấp hành over an elected body, agencies.BCH_ELECTED)
    cells = [_expanded_caps(c) if _is_caps(c) else c for c in cells]
    cells = [p for c in _rejoin_level_words(cells) for p in _split_after_locality(c)]
    for c in cells:
        # a web copy joins the column's lines with " - ": split where a new body starts
        parts = re.split(r"\s+[-–—]\s+", c)
        cur = parts[0]
        for p in parts[1:]:
            if _level_of(p) not in (None, "locality"):
                split.append(cur)
                cur = p
            else:
                cur += " - " + p
        split.append(cur)
    for c in split:
        c = c.strip(" -–—;")
        if not c:
            continue
        kind = _level_of(c)
        if kind == "locality" and units and not _LOCALITY.search(units[-1]):
            units[-1] += " " + c
        elif kind is not None or not units:
            units.append(c)
        else:
            units[-1] += " " + c
    return units


def _rejoin_level_words(cells: list[str]) -> list[str]:
    """A narrow column wraps inside a body's level word (``ỦY BAN NHÂN`` / ``DÂN``, ``HỘI`` /
    ``ĐỒNG NHÂN DÂN``): the two lines are one, else the second half starts a body of its own."""
    out: list[str] = []
    for c in cells:
        if out and _level_of(c) is None and _level_across(out[-1], c):
            out[-1] += " " + c
        else:
            out.append(c)
    return out


def _level_across(a: str, b: str) -> bool:
    j = f"{a} {b}"
    return any(len(w) > len(a) and j.startswith(w) and (len(j) == len(w) or not j[len(w)].isalnum())
               for w, _ in _levels())


@lru_cache(maxsize=1)
def _new_body() -> re.Pattern:
    words = sorted(_vocab()["new_body_words"], key=len, reverse=True)
    return re.compile(r"\s(?=(?:" + "|".join(re.escape(w) for w in words) + r")\s)")


def _split_after_locality(cell: str) -> list[str]:
    """``UBND TỈNH HẬU GIANG SỞ VĂN HÓA…`` → ``[UBND TỈNH HẬU GIANG, SỞ VĂN HÓA…]``: after a locality
    word and at least one word of its name, a body word starts the next body."""
    # (a Party committee's place too: ``TỈNH ỦY HẬU GIANG BAN TUYÊN GIÁO``)
    loc = re.search(r"(?<![\w])(?:T[ỈĨ]NH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|PHƯỜNG|XÃ(?!\s+HỘI))\s+(?![ỦU][ỶY]\b)\S+"
                    r"|(?<![\w])(?:T[ỈĨ]NH|THÀNH|HUYỆN|QUẬN|THỊ)\s+[ỦU][ỶY]\s+\S+", cell)
    if not loc:
        return [cell]
    m = _new_body().search(cell, loc.end())
    if not m:
        return [cell]
    return [cell[:m.start()].strip()] + _split_after_locality(cell[m.end():].strip())


def _joint_rank(body: str) -> bool:
    """A body of ministerial rank (``BỘ Y TẾ``, ``VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO``), not a unit under one (``BỘ CHỈ HUY``)."""
    b = re.sub(r"\s+", " ", body).strip()
    return _level_of(b) == "national" and any(
        b.startswith(w + " ") or b == w for w in _vocab()["joint_ranks"])


def compose_issuer(bodies: list[str] | tuple[str, ...], province: str | None = None) -> str | None:
    """The issuing body (the last one) with its locality from a parent, or its parent when it is a
    unit of a department: ``[UBND TỈNH HẬU GIANG, SỞ VĂN HÓA…]`` → ``Sở Văn hóa… tỉnh Hậu Giang``."""
    bodies = _bodies(list(bodies))
    if not bodies:
        return None
    joint = [b for b in bodies if _joint_rank(b)]
    if len(joint) >= 2:  # ministries issue together: no one of them is the others' parent
        return ", ".join(proper_case(b) for b in joint)
    body = bodies[-1]
    kind = _level_of(body)
    name = proper_case(body)
    if kind != "company":  # the issuer is spelled out in full: UBND TỈNH QUẢNG TRỊ → Ủy ban nhân dân tỉnh …
        from ..extract.agencies import expand, respell
        name = respell(expand(name))
    if _LOCALITY.search(body) or kind in ("national", "company") or _PARTY_UNIT_OF.match(body) \
            or _ends_in_province(body):
        return name  # (a Party committee named by its place, "HUYỆN ỦY CỦ CHI", holds its locality)
    parents = list(bodies[:-1])
    if kind == "unit" and parents and _level_of(parents[-1]) not in ("government", "locality"):
        parent = compose_issuer(parents, province)
        return f"{name}, {parent}" if parent else name
    if parents and _level_of(parents[-1]) == "party" and kind in ("department", "unit") and not body.startswith("SỞ"):
        # (a state department has no Party body over it: "BCH ĐOÀN TỈNH" beside a Sở is a joint plan's co-issuer)
        return f"{name} {proper_case(parents[-1])}"  # Ban Tuyên giáo Tỉnh ủy Lào Cai
    for p in reversed(parents):
        loc = _locality(p)
        if loc:
            return f"{name} {loc}"
        if _level_of(p) == "national":
            return name
    if province and kind in ("government", "department", "unit", "party", None):
        from ..extract.common import CITIES
        return f"{name} {'thành phố' if province in CITIES else 'tỉnh'} {province}"
    return name


def _clean(line: str) -> str:
    if "*" in line or "_" in line or "#" in line or "`" in line or ">" in line:
        line = _STRIP_MD.sub("", line)
    return line.strip()


def _strip_vv(s: str) -> str:
    return _sentence_case(_VV.sub("", s.strip()))


def _title_case_caps(s: str) -> str:
    """A subject in capitals in sentence case: place names after tỉnh/huyện/… keep their capitals
    (a known province by name, otherwise its next two words) and fixed terms (ASEAN) theirs."""
    if not _is_caps(s):
        return s
    from ..extract.common import province_regex
    low = s.lower()
    for loc in _LOCALITY_ANY.finditer(s):
        start = loc.end()
        pm = province_regex().match(s, start)
        end = pm.end() if pm else start
        if not pm:
            m = re.match(r"[^\W\d_]+(?:\s[^\W\d_]+)?", s[start:])
            end = start + (m.end() if m else 0)
        low = low[:start] + " ".join(w.capitalize() for w in s[start:end].split(" ")) + low[end:]
    return _fixed_terms(low)


_LOCALITY_ANY = re.compile(r"(?<![\w])(?:T[ỈĨÍÌỊ]NH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|THỊ TRẤN|PHƯỜNG|XÃ(?!\s+HỘI))\s+(?![ỦU][ỶY]\b)")


def _fixed_terms(s: str) -> str:
    for term in _vocab()["proper_terms"]:
        if term.lower() in s.lower():
            s = re.sub(r"(?<![\w])" + re.escape(term) + r"(?![\w])", term, s, flags=re.I)
    return s


@lru_cache(maxsize=1)
def _code_rest(region: str, end: int) -> tuple[str, int]:
    """The rest of a number's code that a hyphen at the line's end continues on a later line, after
    the other column's line (``Số: 24 /HDLN-BCA-BQP-BYT-`` / ``Hà Nội, ngày …`` / ``BCT-BTC``), and
    the offset where that line ends (0 when there is none)."""
    if not re.match(r"-[ \t]*\n", region[end:]):
        return "", 0
    pos = region.index("\n", end) + 1
    for _ in range(3):
        nl = region.find("\n", pos)
        nl = len(region) if nl < 0 else nl
        ln = region[pos:nl].strip()
        if _CODE_REST.fullmatch(ln):
            return "-" + ln, nl
        if not (_DATE_LINE.search(ln) or _motto().search(ln)):
            break
        pos = nl + 1
    return "", 0


def _portal(cells: list[str]) -> dict[str, str]:
    """The field each ``Label: value`` cell fills (``Số hiệu: 145/KH-UBND``), the first cell of a field
    winning."""
    labels = _portal_labels()
    out: dict[str, str] = {}
    for cell in cells:
        lab = _portal_label(cell) if ":" in cell else None  # every label needs its colon here
        if lab and lab[1] and labels[lab[0]]:
            out.setdefault(labels[lab[0]], lab[1])
    return out


@lru_cache(maxsize=1)
def _portal_labels() -> dict[str, str | None]:
    """A portal's metadata labels, lower case → the field each fills (``None``: a label of no field
    of ours, ``Lĩnh vực``, ``File đính kèm``)."""
    v = _vocab()
    out: dict[str, str | None] = {lb.lower(): key for key, labels in v["portal"].items() for lb in labels}
    for lb in v["portal_other"]:
        out.setdefault(lb.lower(), None)
    return out


@lru_cache(maxsize=1)
def _portal_label_colon() -> re.Pattern:
    alts = "|".join(re.escape(lb) for lb in sorted(_portal_labels(), key=len, reverse=True))
    return re.compile(r"^(?P<label>" + alts + r")\s*:\s*(?P<v>.*)$", re.I)


def _portal_label(cell: str) -> tuple[str, str] | None:
    """``(label, value on the same cell)`` when ``cell`` opens with a portal label: ``Người ký``,
    ``Người ký:`` (the value in the next cell or line) or ``Người ký: Lê Văn Tuấn``."""
    bare = cell.rstrip(" :").lower()
    if bare in _portal_labels():
        return bare, ""
    m = _portal_label_colon().match(cell) if ":" in cell else None
    return (m.group("label").lower(), m.group("v").strip()) if m else None


def _portal_block(lines: list[str]) -> tuple[list[tuple[int, str, str]], set[int]]:
    """A portal's metadata about the document, wherever it stands among the first lines: ``Label: value``
    lines, a properties table (``Số ký hiệu | 145/KH-UBND | Ngày ban hành | 05/09/2019``, two pairs to a
    row, or ``Số ký hiệu: | …``) or a list whose label and value are lines of their own (``<dt>``/``<dd>``).
    Returns ``(line, field, value)`` for each value of a field of ours, and the indices of the lines that
    are metadata: they are the page's words about the document, none of them a line of its header block."""
    labels = _portal_labels()
    values: list[tuple[int, str, str]] = []
    block: set[int] = set()
    pending: str | None = None  # a label alone on its line: the value is the next line
    for i, ln in enumerate(lines):
        if not ln:
            continue
        if pending is not None:
            block.add(i)
            if _portal_label(ln) is None:
                if labels[pending]:
                    values.append((i, labels[pending], ln))
                pending = None
                continue
            pending = None
        cells = [c.strip() for c in _CELL_SPLIT.split(ln) if c.strip()]
        if not cells or _portal_label(cells[0]) is None:
            continue
        block.add(i)
        k = 0
        while k < len(cells):
            lab = _portal_label(cells[k])
            if lab is None:
                k += 1
                continue
            label, value = lab
            if not value and k + 1 < len(cells) and _portal_label(cells[k + 1]) is None:
                value = cells[k + 1]
                k += 1
            if value and labels[label]:
                values.append((i, labels[label], value))
            elif not value and len(cells) == 1:
                pending = label
            k += 1
    return values, block


def _news(text: str) -> dict | None:
    """A report of the plan: ``Ngày 15/11/2019, UBND tỉnh ban hành Kế hoạch số 400/KH-UBND về …`` or
    ``UBND tỉnh vừa ban hành Kế hoạch số 400/KH-UBND ngày 15/11/2019 về …``."""
    from ..extract.common import iso, norm_number
    rx = _news_re()
    # a report names the plan by its number, or dates the issue in its opening words
    m = next((m for m in rx.finditer(text[:4000]) if m.group("num") or m.group("d1")), None)
    if not m:
        return None
    issued = None
    for k in ("1", "2"):
        if m.group("d" + k):
            issued = iso(int(m.group("y" + k)), int(m.group("m" + k)), int(m.group("d" + k)))
            break
    return {"issued": issued, "number": norm_number(m.group("num")) if m.group("num") else None,
            "doc_type": type_name(m.group("type")), "title": _sentence_case(m.group("subj")) if m.group("subj") else None,
            "actor": m.group("actor").strip(" ,"), "end": m.end()}


@lru_cache(maxsize=1)
def _news_re() -> re.Pattern:
    from ..extract.common import NUMBER
    types = "|".join(re.escape(n) for n in sorted(set(doc_types().values()), key=len, reverse=True))
    date = r"(?P<d{0}>\d{{1,2}})\s*(?:/|tháng)\s*(?P<m{0}>\d{{1,2}})\s*(?:/|năm)\s*(?P<y{0}>\d{{4}})"
    rx = re.compile(r"(?:^|\n)[ \t]*(?:Ngày\s+" + date.format(1) + r",?\s*)?(?P<actor>[^\n]{0,200}?)\s*"
                    r"(?:đã\s+|vừa\s+|mới\s+)?ban hành\s+(?P<type>" + types + r")\s+(?:số\s+)?(?P<num>" + NUMBER + r")?"
                    r"(?:\s*,?\s*ngày\s+" + date.format(2) + r")?\s*(?:,\s*)?"
                    r"(?:(?:về việc|về|V/v|nhằm)\s+(?P<subj>[^\n]+?))?\s*(?:\.(?:\s|$)|\n|$)", re.I)
    return rx


def _join_wrapped_motto(lines: list[str], motto: re.Pattern) -> list[str]:
    """A narrow right column wraps the motto (``CỘNG HÒA XÃ HỘI CHỦ NGHĨA`` / ``VIỆT NAM``, or over
    three lines in a narrower one): move the wrapped words back onto the motto's first line, so that
    no piece of it is read as a body's name. The number of lines stays the same (other steps index them)."""
    out = list(lines)
    for i in range(len(out) - 1):
        a = out[i]
        if not a or not out[i + 1]:
            continue
        joined_up = False
        for n in (2, 3):  # the motto over this line and the next one or two
            nxt = out[i + 1:i + n]
            if len(nxt) < n - 1 or not all(nxt):
                break
            joined = " ".join([a] + nxt)
            m = next((m for m in motto.finditer(joined) if m.start() < len(a) < m.end()), None)
            if m is None:
                continue
            out[i] = joined[:m.end()]
            pos = len(a) + 1
            for k, ln in enumerate(nxt):  # each next line keeps what follows the motto's end
                out[i + 1 + k] = ln[m.end() - pos:].strip() if m.end() > pos else ln
                pos += len(ln) + 1
            joined_up = True
            break
        if not joined_up:
            # the halves with other words between them: put the second half back after the first
            for head_rx, tail_rx in _motto_halves():
                hm = head_rx.search(out[i])
                tm = tail_rx.match(out[i + 1])
                if hm and tm and not motto.search(out[i]):
                    out[i] = f"{out[i][:hm.end()]} {tm.group(0)}{out[i][hm.end():]}"
                    out[i + 1] = out[i + 1][tm.end():].strip()
                    break
    return out


@lru_cache(maxsize=1)
def _motto_halves() -> list[tuple[re.Pattern, re.Pattern]]:
    return [(re.compile(h, re.I), re.compile(t, re.I)) for h, t in _vocab().get("motto_wrapped", [])]


def read_header(text: str, limit: int | None = None) -> Header:
    """Read the header block at the start of ``text`` (optionally only ``text[:limit]``)."""
    from ..extract.common import canonical_province, iso
    head = text[: limit if limit else 6000]
    raw_lines = head.split("\n")
    offsets, pos = [], 0
    for ln in raw_lines:
        offsets.append(pos)
        pos += len(ln) + 1
    motto = _motto()
    lines = _join_wrapped_motto([_clean(ln) for ln in raw_lines[:61]], motto)  # the block ends within 60 lines
    # a portal's metadata about the document (before or after its header): its values only fill what
    # the header leaves out, and its lines are none of the header's cells (``Loại văn bản | Kế hoạch``
    # is no type line, ``Người ký | …`` no subject, ``Cơ quan ban hành | UBND …`` no issuer)
    portal_values, portal_lines = _portal_block(lines)
    lines = ["" if i in portal_lines else ln for i, ln in enumerate(lines)]
    # the header ends at the preamble or the first heading; a portal/news copy may open with more lines
    preamble, stops = _openings()
    stop = len(lines)
    for i, ln in enumerate(lines):
        if i > 0 and (preamble.match(ln) and (len(ln) > 160 or ln.endswith((";", ":")) or _CITES.search(ln))
                      or stops.match(ln) or _HEADING.match(ln)):
            stop = i
            break
    stop = min(stop, 60)
    # a ``Label: value`` cell after other cells on its line (the lines that open with a label are the
    # metadata block's, read above)
    portal = _portal([c.strip() for ln in lines[:stop] for c in _CELL_SPLIT.split(ln) if c.strip()])
    for i, key, value in portal_values:
        if i < stop:
            portal.setdefault(key, value)
    # number: searched in the joined header, so that `Số:` and its code may sit on two lines
    region_end = offsets[stop] if stop < len(offsets) else len(head)
    region = head[:region_end]
    number = code = None
    found = False
    code_lines: set[int] = set()
    # str.translate looks up every character: only a region with a lookalike needs it (most have none)
    latin = region.translate(_LOOKALIKES) if _HAS_LOOKALIKE.search(region) else region
    nm = _own(_NUMBER, latin, offsets, portal_lines)
    if nm:
        found = True
        code = re.sub(r"\s+", "", nm.group("code"))
        rest, rest_end = _code_rest(latin, nm.end())
        code += rest
        # lines the code runs onto are no cells of the left column
        code_lines = {i for i in range(len(offsets)) if nm.start() < offsets[i] < (rest_end or nm.end())}
        ptype = nm.group("ptype") or ""
        if nm.group("digits"):
            number = re.sub(r"\s+", "", nm.group("digits") + ptype + (nm.group("year") or "") + "/" + code)
            number = re.sub(r"[⁄∕]", "/", number)  # OCR and some fonts give a fraction or division slash
        if ptype:  # the Party's form puts the type before the slash: 12-KH/BTGTU
            code = ptype[1:] + "-" + code
        number = number.replace("Ð", "Đ") if number else None
    # place and date
    place = issued = None
    dm = _own(_DATE_LINE, region, offsets, portal_lines)
    if dm:
        found = True
        place = dm.group("place").strip()
        if dm.group("y"):
            if dm.group("d") and dm.group("m") and not (dm.group("speck") and int(dm.group("m") + dm.group("speck")) <= 12):
                issued = iso(int(dm.group("y")), int(dm.group("m")), int(dm.group("d")))
        else:
            issued = iso(int(dm.group("y2")), int(dm.group("m2")), int(dm.group("d2")))
    if dm is None:  # a copy that dropped the place: the date alone in its cell
        for ln in lines[:stop]:
            for c in _CELL_SPLIT.split(ln):
                d = _BARE_DATE.match(c.strip())
                if d:
                    found = True
                    issued = iso(int(d.group("y")), int(d.group("m")), int(d.group("d"))) if d.group("d") and d.group("m") else None
                    break
            else:
                continue
            break
    # cells, with the motto and the date taken out
    cells_by_line: list[list[str]] = []
    motto_seen = False
    for i, ln in enumerate(lines[:stop]):
        if i in code_lines:
            cells_by_line.append([])
            continue
        if motto.search(ln):
            found = motto_seen = True
        s = motto.sub("\t", ln)
        s = _DATE_LINE.sub("\t", s)
        s = _NUMBER.sub("\t", s)
        cells_by_line.append([c.strip(" -–—") for c in _CELL_SPLIT.split(s) if c.strip(" -–—|")])
    # type line and V/v line
    type_at = vv_at = None
    doc_type = title = None
    end_line = 0
    # (a heading that runs the type into its subject only where no type line stands on its own: a
    # portal's page title "Kế hoạch thông tin …" over the document's own "KẾ HOẠCH" is the portal's)
    found_type = _type_line_at(cells_by_line, run_in=False) or _type_line_at(cells_by_line, run_in=True)
    if found_type:
        type_at, (doc_type, rest) = found_type
        rest = rest.strip()
        for mod in _vocab()["type_modifiers"]:
            if rest.startswith(mod):
                rest = rest[len(mod):].strip()
        title, end_line = _subject(rest, lines, type_at + 1, stop)
    if type_at is None:
        for i, cells in enumerate(cells_by_line):
            c = next((c for c in cells if _VV.match(c)), None)
            if c:
                vv_at = i
                parts = [c]
                j = i + 1
                while j < stop and j < i + 6:
                    nxt = lines[j].strip()
                    if not nxt or nxt.startswith(("Kính gửi", "Số")) or _is_caps(nxt) or _DATE_LINE.search(nxt):
                        break
                    parts.append(nxt)
                    j += 1
                title = _strip_vv(" ".join(parts)).rstrip(" .")
                end_line = j
                found = True
                break
    if type_at is not None:
        found = True
    # the left column: capital cells before the type line (or the V/v line, or the end of the block)
    upto = type_at if type_at is not None else (vv_at if vv_at is not None else min(stop, 12))
    caps = [c for cells in cells_by_line[:upto] for c in cells
            if c[:1].isalpha() and _is_caps(c) and not _match_type(c) and not re.match(r"^(?:SỐ|SỐ HIỆU)\s*:", c)]
    if not caps:  # a copy that lost the capitals: a short cell opening with a level word is the body
        caps = [c.upper() for cells in cells_by_line[:upto] for c in cells
                if len(c) <= 80 and c[:1].isupper() and not re.search(r"[\d:]", c)
                and _level_of(c.upper()) not in (None, "locality") and not _match_type(c)]
    if type_at is None and vv_at is None and not (nm or dm or motto_seen):
        caps = []  # no header block: a headline in capitals is not an issuing body
    bodies = _bodies(caps)
    if doc_type is None:
        doc_type = type_from_code(code)
        if doc_type is None and (vv_at is not None or code):
            doc_type = "Công văn"
    # portal metadata fills what the document's own header leaves out
    if portal:
        found = True
        if number is None and "number" in portal:
            pm = re.match(r"\s*(\d[\d.]*)\s*(/\s*\d{4})?\s*/\s*(" + _CODE + ")", portal["number"])
            if pm:
                number = re.sub(r"\s+", "", portal["number"][pm.start(1):pm.end()])
                code = code or re.sub(r"\s+", "", pm.group(3))
        if issued is None and "issued" in portal:
            d = re.search(r"(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})", portal["issued"])
            if d:
                issued = iso(int(d.group(3)), int(d.group(2)), int(d.group(1)))
        if doc_type is None and "doc_type" in portal:
            doc_type = type_name(portal["doc_type"]) or portal["doc_type"]
        if title is None and "title" in portal:
            title = _strip_vv(portal["title"])
        if not bodies and "issuer" in portal:
            b = portal["issuer"].upper()
            # a portal names the issuing locality alone (``Tỉnh Hậu Giang``): its people's committee
            bodies = ["ỦY BAN NHÂN DÂN " + b] if _level_of(b) == "locality" else [b]
    news = False
    if not (nm or type_at is not None or vv_at is not None):
        nw = _news(text)
        if nw:
            news = True
            number = number or nw["number"]
            issued = issued or nw["issued"]
            doc_type = doc_type or nw["doc_type"]
            title = nw["title"] or title
            end_line = max(end_line, head.count("\n", 0, min(nw["end"], len(head))))
    if issued is None and dm is None and doc_type == "Biên bản":
        tm = _TODAY.search(text[:6000])
        if tm:
            issued = iso(int(tm.group("y")), int(tm.group("m")), int(tm.group("d")))
    province = canonical_province(place) if place else None
    if province is None and bodies:
        loc = _locality(" ".join(bodies))
        if loc:
            province = canonical_province(re.sub(r"^(?:tỉnh|thành phố)\s+", "", loc))
    issuer = compose_issuer(bodies, province)
    end = offsets[end_line] if end_line < len(offsets) else len(head)
    return Header(number=number, number_code=code, doc_type=doc_type, issuer=issuer, bodies=tuple(bodies),
                  place=place, issued=issued, title=title or None, signer=portal.get("signer"), news=news,
                  found=found, end=end)


def _own(rx: re.Pattern, region: str, offsets: list[int], portal_lines: set[int]) -> re.Match | None:
    """The first match of ``rx`` in the document's own lines; one in a portal's metadata line
    (``Số hiệu: …``) only when the document has none."""
    first = rx.search(region)
    if first is None or not portal_lines:
        return first
    from bisect import bisect_right
    for m in rx.finditer(region):
        if bisect_right(offsets, m.start()) - 1 not in portal_lines:
            return m
    return first


def _subject(rest: str, lines: list[str], start: int, stop: int) -> tuple[str | None, int]:
    """The subject (trích yếu) under the type line: the rest of the type line, capital lines that
    continue it, then up to four mixed-case lines, stopping at the authority line, a parenthesis,
    the preamble or a blank after text."""
    parts = [_title_case_caps(rest)] if rest else []
    j = start
    blank = False
    n_lower = 0
    while j < min(stop, start + 8):
        s = lines[j].strip()
        if not s:
            if parts:
                blank = True
            j += 1
            continue
        if s.startswith(("(", "Kính gửi", "Số", "---", "___")) or _motto().search(s) or _DATE_LINE.search(s):
            break
        if _is_caps(s):
            # an authority line (CHỦ TỊCH ỦY BAN …, ỦY BAN NHÂN DÂN TỈNH …, CÔNG TY …) ends the subject
            if _level_of(s) or _position_line(s) or n_lower or (blank and parts):
                break
            parts.append(_title_case_caps(s))
            j += 1
            continue
        if blank and parts and (len(s) > 120 or parts[-1].endswith((".", ":", ";"))):
            break
        if parts and _openings()[0].match(s):
            break  # ``Căn cứ Luật … ngày`` wrapped before its ";": the preamble, not the subject's next line
        if len(s) > 260 or (n_lower and (len(s) > 160 or s.endswith(":"))):
            break  # a paragraph of the body, not the subject's next line
        if parts and rest and n_lower == 0 and s[:1].isupper() and s[1:2].islower():
            s = s[:1].lower() + s[1:]
        parts.append(s)
        n_lower += 1
        blank = False
        j += 1
        if n_lower >= 4:
            break
    t = " ".join(parts).strip().rstrip(".")
    t = re.sub(r"\s+", " ", t)
    return (_strip_vv(t) if t else None), j


def _position_line(s: str) -> bool:
    return any(s.startswith(p) for p in _vocab()["positions"])
