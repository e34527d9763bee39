"""Shared helpers for extractors: provinces, dates, document numbers, sentence spans."""
from __future__ import annotations

import csv
import io
import re
from datetime import date
from functools import lru_cache

from ..lexicon import data_text

UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"

# A document number: 4750/KH-UBND, 72/2015/NĐ-CP, 02/QĐ-BCĐASEAN, 368/QĐ-⏎TTg, 02/QĐ-BCĐ ASEAN, and the
# Party's form with the type before the slash (2080-CV/BTGTW, 36-HD/VPTW)
NUMBER = (r"\d{1,5}(?:-[A-ZĐ][A-Za-zĐđ]{0,5}(?=/))?\s*(?:/\s*\d{4}\s*)?/\s*[A-ZĐ][A-Za-zĐđ0-9&Ð]*(?:\s*-\s*[A-ZĐ][A-Za-zĐđ0-9&Ð]*){0,3}"
          r"(?:\s(?=ASEAN\b)ASEAN)?")
NUMBER_RE = re.compile(NUMBER)

DOC_TYPES = ["Quyết định", "Chỉ thị", "Nghị định", "Thông tư", "Công văn", "Kế hoạch", "Nghị quyết",
             "Hướng dẫn", "Thông báo", "Luật", "Chương trình", "Đề án", "Văn bản", "Công điện", "Thông tri",
             "Kết luận", "Chiến lược"]
_CODE_TYPES = {"QĐ": "Quyết định", "CT": "Chỉ thị", "NĐ": "Nghị định", "TT": "Thông tư", "KH": "Kế hoạch",
               "NQ": "Nghị quyết", "HD": "Hướng dẫn", "TB": "Thông báo", "KL": "Kết luận", "CĐ": "Công điện",
               "CTr": "Chương trình", "ĐA": "Đề án"}


# Centrally-run cities: their bodies say ``thành phố``, not ``tỉnh``.
CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")


# a code written without its Đ (an OCR'd or faxed copy, a keyboard without Vietnamese): ``QD`` and
# ``ND`` are no type's code (Decree 30/2020, Appendix III), so they can only be QĐ and NĐ
_NO_D = re.compile(r"(?<=[/-])(QD|ND|BCD)(?=[-/]|ASEAN\b|$)")


def norm_number(s: str) -> str:
    """``4750 /KH-UBND`` → ``4750/KH-UBND``; also repairs OCR's Ð (U+00D0) for Đ, and a code that lost
    its Đ (``1160/QD-TTg`` → ``1160/QĐ-TTg``)."""
    s = re.sub(r"\s+", "", s).replace("Ð", "Đ")
    s = s.replace("ĐĐ", "Đ") if "QĐĐ" in s else s
    if "D" in s:
        s = _NO_D.sub(lambda m: m.group(1)[:-1] + "Đ", s)
    return s


def type_from_number(number: str) -> str:
    """The type a number's abbreviation names (``data/doc_types.csv``); a letter has none: ``Công văn``."""
    from ..layout.header import doc_types
    parts = number.split("/")
    code = parts[-1].split("-")[0] if parts else ""
    return doc_types().get(code) or _CODE_TYPES.get(code, "Công văn")


def iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


DATE_RE = re.compile(
    r"ngày\s+(?P<d1>\d{1,2})\s*(?:tháng|/|-|\.)\s*(?P<m1>\d{1,2})\s*(?:năm|/|-|\.)\s*(?P<y1>\d{4})"
    r"|(?<![\d/])(?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})(?![\d/])",
    re.I,
)


def parse_date(m: re.Match) -> str | None:
    if m.group("d1"):
        return iso(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
    return iso(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))


@lru_cache(maxsize=1)
def provinces() -> list[dict]:
    rows = list(csv.DictReader(io.StringIO(data_text("provinces.csv"))))
    return rows


@lru_cache(maxsize=1)
def province_regex() -> re.Pattern:
    names = set()
    for r in provinces():
        names.add(r["province"])
        names.add(r["successor"])
    names.add("Thừa Thiên - Huế")
    names.add("TP. Hồ Chí Minh")
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True) if n)
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)", re.I)


@lru_cache(maxsize=4096)
def canonical_province(name: str) -> str | None:
    k = re.sub(r"\s+", " ", name).strip().lower().replace("tp. ", "")
    for r in provinces():
        for cand in (r["province"], r["successor"]):
            if cand and cand.lower() == k:
                return cand
    if k in ("thừa thiên - huế", "thừa thiên-huế"):
        return "Thừa Thiên Huế"
    return None


def number_list(nums: str) -> list[str]:
    """The numbers a list names, ranges spelled out: ``1, 2, 5 và 8`` → 1 2 5 8; ``3 - 5``, ``3 đến 5`` →
    3 4 5 (a range of at most 30; anything else is read as its two ends)."""
    out: list[str] = []
    for part in re.split(r"\s*(?:,|;|và)\s*", nums):
        ab = re.split(r"\s*(?:-|–|đến)\s*", part)
        if len(ab) == 2 and ab[0].isdigit() and ab[1].isdigit() and int(ab[0]) < int(ab[1]) <= int(ab[0]) + 30:
            out += [str(k) for k in range(int(ab[0]), int(ab[1]) + 1)]
        else:
            out += [x for x in ab if x]
    return out


@lru_cache(maxsize=1)
def _districts() -> tuple[re.Pattern, dict[tuple[str, str], set[str]]]:
    """The districts before 2025 (``Huyện Mỹ Xuyên`` → Sóc Trăng; tools/build_provinces.py): (a pattern
    finding ``huyện|thị xã|thành phố|quận NAME`` of any of them, (kind, name) lower-cased → provinces)."""
    where: dict[tuple[str, str], set[str]] = {}
    for r in csv.DictReader(io.StringIO(data_text("districts.csv"))):
        m = re.match(r"(Huyện|Thị xã|Thành phố|Quận)\s+(.+)$", r["district"])
        if m:
            where.setdefault((m.group(1).lower(), m.group(2).lower()), set()).add(r["province"])
    names = sorted({n for _, n in where}, key=len, reverse=True)
    rx = re.compile(r"(?<!\w)(?P<kind>huyện|thị xã|thành phố|quận)\s+(?P<name>" + "|".join(re.escape(n) for n in names)
                    + r")(?!\w)", re.I)
    return rx, where


def district_province(text: str) -> str | None:
    """The province of the districts ``text`` names (``Ủy ban nhân dân huyện Mỹ Xuyên``), when they all lie
    in one: a name several provinces have (``huyện Châu Thành``) tells nothing on its own."""
    rx, where = _districts()
    found: set[str] | None = None
    for m in rx.finditer(text):
        got = where.get((m.group("kind").lower(), m.group("name").lower()))
        if got:
            found = got if found is None else (found & got or found | got)
    return next(iter(found)) if found and len(found) == 1 else None


def province_successor(name: str | None) -> str | None:
    if not name:
        return None
    for r in provinces():
        if r["province"] == name:
            return r["successor"] or None
    # a name that exists only since 2025 (Huế, once Thừa Thiên Huế) is its own successor
    return name if any(r["successor"] == name for r in provinces()) else None


def title_case_vi(s: str) -> str:
    """``SỞ GIÁO DỤC VÀ ĐÀO TẠO`` → ``Sở giáo dục và đào tạo`` (callers then canonicalise)."""
    s = s.strip().lower()
    return s[:1].upper() + s[1:]


_FOLD_SPECIAL = str.maketrans({"ı": "i", "İ": "i", "ſ": "s"})


def lower_as_re(text: str) -> str:
    """``text`` lower-cased letter for letter as ``re.IGNORECASE`` compares Latin (and Vietnamese)
    letters, and as long as ``text``: a word found in it with ``str.find`` is exactly where that
    word, compiled with ``re.I``, matches. (``str.lower()`` alone turns ``İ`` into two characters,
    and the regex engine also takes ``ı`` for ``i`` and ``ſ`` for ``s``.)"""
    if "ı" in text or "İ" in text or "ſ" in text:
        text = text.translate(_FOLD_SPECIAL)
    return text.lower()


def word_starts(folded: str, words: tuple[str, ...], base: int = 0) -> list[int]:
    """Sorted start offsets (plus ``base``) of every occurrence of the lower-case ``words`` in ``folded``."""
    out = []
    for w in words:
        i = folded.find(w)
        while i >= 0:
            out.append(base + i)
            i = folded.find(w, i + 1)
    out.sort()
    return out


SENT_END = re.compile(r"(?<!\.)[.;!?](?!\.)(?=\s|$)|\n")


def sentence_bounds(text: str, pos: int, lo: int = 0, hi: int | None = None) -> tuple[int, int]:
    """The span of the sentence (or ';'-clause) containing ``pos`` within [lo, hi)."""
    hi = len(text) if hi is None else hi
    start = lo
    # the last sentence end before pos, looking back a bounded window (sentences are short)
    for m in SENT_END.finditer(text, max(lo, pos - 3000), pos):
        start = m.end()
    m = SENT_END.search(text, pos, hi)
    end = m.start() if m else hi
    while start < end and text[start] in " -+\n":
        start += 1
    return start, end


_CLASS_OF = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
             "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _first_chars(items, flags: int, out: list[str], folds: list[bool]) -> bool | None:
    """Add to ``out`` the class items (``a``, ``\\d``, ``a-z``) of every character a match of the
    parsed ``items`` can open with, looking past zero-width assertions and what may match empty.
    ``folds`` gets, for each, whether it is matched ignoring case. Returns whether ``items`` can
    match the empty string, or ``None`` when the opening is not a
    set of characters this reads (``.``, a negated class, a back-reference): no gate then."""
    from re import _constants as C
    for op, av in items:
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the match's first character comes after it
        if op is C.LITERAL:
            out.append(f"\\U{av:08x}")
            folds.append(bool(flags & C.SRE_FLAG_IGNORECASE))
            return False
        if op is C.IN:
            folds.append(bool(flags & C.SRE_FLAG_IGNORECASE))
            for iop, iav in av:
                if iop is C.LITERAL:
                    out.append(f"\\U{iav:08x}")
                elif iop is C.RANGE:
                    out.append(f"\\U{iav[0]:08x}-\\U{iav[1]:08x}")
                elif iop is C.CATEGORY and str(iav) in _CLASS_OF:
                    out.append(_CLASS_OF[str(iav)])
                else:
                    return None  # NEGATE and the like
            return False
        if op is C.SUBPATTERN:
            _, add, dele, sub = av
            if (add | dele) & ~C.SRE_FLAG_IGNORECASE:
                return None
            empty = _first_chars(sub, (flags | add) & ~dele, out, folds)
        elif op is C.BRANCH:
            empty = False
            for alt in av[1]:
                e = _first_chars(alt, flags, out, folds)
                if e is None:
                    return None
                empty = empty or e
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            lo, _, sub = av
            empty = _first_chars(sub, flags, out, folds)
            if empty is not None:
                empty = empty or lo == 0
        elif op is C.ATOMIC_GROUP:
            empty = _first_chars(av, flags, out, folds)
        else:
            return None
        if empty is None or not empty:
            return empty
    return True


def first_char_gate(*patterns: re.Pattern) -> str | None:
    """A character class (``[…]``, or ``(?i:[…])`` when a case-insensitive part opens a match) that
    holds every character a match of any of ``patterns`` can start with; ``None`` when that is not
    a readable set (a pattern may match empty, or open with ``.``). A position whose character is
    not in the class starts no match, so a scan may skip it."""
    from re import _parser
    out: list[str] = []
    folds: list[bool] = []
    for p in patterns:
        if not isinstance(p.pattern, str):
            return None
        if _first_chars(_parser.parse(p.pattern, p.flags), p.flags, out, folds) is not False:
            return None
    gate = "[" + "".join(dict.fromkeys(out)) + "]"
    # the class matches a letter in every case the pattern's own literal or class did
    return "(?i:" + gate + ")" if any(folds) else gate


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def gated(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` opened with a lookahead on :func:`first_char_gate`: the same matches (a match
    must start with one of those characters), but at every other position the engine fails on one
    class test instead of trying each alternative. Unchanged when no gate can be read."""
    gate = first_char_gate(pattern)
    if gate is None or _GLOBAL_FLAGS.match(pattern.pattern):
        return pattern  # no gate, or global inline flags ("(?i)…") that must stay first
    return re.compile("(?=" + gate + ")(?:" + pattern.pattern + ")", pattern.flags)
