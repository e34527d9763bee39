"""Shared helpers for extractors: provinces, dates, document numbers, sentence spans."""
from __future__ import annotations

import csv
import io
import re
from datetime import date
from functools import lru_cache

from ..lexicon import data_text

UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"

# A document number: 4750/KH-UBND, 72/2015/NĐ-CP, 02/QĐ-BCĐASEAN, 368/QĐ-⏎TTg, 02/QĐ-BCĐ ASEAN
NUMBER = (r"\d{1,5}\s*(?:/\s*\d{4}\s*)?/\s*[A-ZĐ][A-Za-zĐđ0-9&Ð]*(?:\s*-\s*[A-ZĐ][A-Za-zĐđ0-9&Ð]*){0,3}"
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


def norm_number(s: str) -> str:
    """``4750 /KH-UBND`` → ``4750/KH-UBND``; also repairs OCR's Ð (U+00D0) for Đ."""
    s = re.sub(r"\s+", "", s).replace("Ð", "Đ")
    s = s.replace("ĐĐ", "Đ") if "QĐĐ" in s else s
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


def province_successor(name: str | None) -> str | None:
    if not name:
        return None
    for r in provinces():
        if r["province"] == name:
            return r["successor"] or None
    return None


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
