"""Agencies: find, split and canonicalise agency names against the shipped gazetteer.

Exact matching is one compiled regex over every name and alias, built as a token trie
(separators ``,``/``-``/``&``/``và`` optional, case-insensitive, across line breaks); spelling
variants fall back to rapidfuzz over the expanded name, keeping the level (``Ban …`` is never
``Bộ …``). Names the gazetteer lacks are composed by a grammar (``data/agency_grammar.yaml``):
LEVEL + FIELD (+ LOCALITY) or BODY (+ LOCALITY), which keeps a district's or commune's body
apart from the province's (``Phòng Nông nghiệp và PTNT huyện``, ``UBMTTQ Việt Nam huyện``) and
keeps ``và``/``-`` inside a name from splitting a list. Other agencies are still returned, with
``canonical=False``, when the text plainly names one (``Ban Quản lý Khu công nghiệp Việt Nam -
Singapore``). Collective references keep their wording (``collective=True``). People named as
performers come from :mod:`.people`.
"""
from __future__ import annotations

import csv
import io
import re
from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate

from ..lexicon import data_text, load_lines, load_yaml, verb_compounds
from ..model import Agency
from .common import UPPER, province_regex
from .people import _words, people_list, person_at

_SEP = r"(?:\s*[,&\-]\s*|\s+)(?:và\s+)?"
_COLLECTIVE_OPEN = re.compile(r"^(?:các|một số|những|mọi|toàn thể|tất cả(?: các)?|mỗi|hệ thống)\b", re.I)
# (a word that names a kind of body; "hội" as a word's first syllable is not one: "Hội chợ Triển lãm", "hội nghị")
_GENERIC_WORDS = (r"cơ quan|đơn vị|địa phương|đoàn thể|tổ chức|ngành|sở|ban|huyện|thị xã|thành phố|cấp|"
                  r"hội(?!\s+(?:chợ|nghị|thảo|thi|diễn|trại|báo|xuân|làng)\b)|"
                  r"phòng|trường|cơ sở|doanh nghiệp|hiệp hội|đài|báo(?!\s+cáo\b)|xã|phường|thị trấn|hệ thống")
_GENERIC = re.compile(r"^(?:" + _GENERIC_WORDS + r")\b", re.I)


_VA = re.compile(r"\s+và\s+")
_KEY_PUNCT = re.compile(r"[,&\-.;:()/]+")
_WS = re.compile(r"\s+")


@lru_cache(maxsize=16384)
def _key(s: str) -> str:
    s = _KEY_PUNCT.sub(" ", _VA.sub(" ", s.lower()))
    return _WS.sub(" ", s).strip()


@dataclass(frozen=True)
class Entry:
    id: str
    name: str
    kind: str
    successor: str | None


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[re.Pattern, dict[str, str]]:
    rows = list(csv.DictReader(io.StringIO(data_text("abbreviations.csv"))))
    rows.sort(key=lambda r: len(r["abbreviation"]), reverse=True)
    table = {r["abbreviation"]: r["expansion"] for r in rows}
    alt = "|".join(re.escape(r["abbreviation"]) for r in rows)  # longest first: "UBMTTQVN" before "UBND"
    return re.compile(r"(?<![\w&])(?:" + alt + r")(?![\w&])"), table


# "BCH" is two words: over an elected body its executive committee (Ban Chấp hành: "BCH Huyện Đoàn", "BCH
# ĐOÀN TỈNH …" in a Youth Union's header), over an armed unit a command (Ban Chỉ huy: "BCH Quân sự huyện",
# abbreviations.csv)
BCH_ELECTED = re.compile(r"(?<![\w&])BCH(?=\s+(?:Đoàn|Huyện Đoàn|Tỉnh Đoàn|Thành Đoàn|Quận Đoàn|Thị Đoàn|Chi Đoàn"
                         r"|Đoàn TNCS|Hội|Công Đoàn|Liên Đoàn|Đảng Bộ|Chi Bộ)(?!\w))", re.I)

# and a province's command is a "Bộ" (Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh), a district's a "Ban"
BCH_PROVINCE = re.compile(r"(?<![\w&])BCH(?=\s+(?:Bộ đội Biên phòng|BĐBP|Quân sự\s+tỉnh)(?!\w))", re.I)


@lru_cache(maxsize=8192)
def expand(s: str) -> str:
    """Expand abbreviations on token boundaries, longest first (``UBND`` → ``Ủy ban nhân dân``)."""
    rx, table = _abbreviations()
    if "BCH" in s:
        s = BCH_PROVINCE.sub("Bộ Chỉ huy", BCH_ELECTED.sub("Ban Chấp hành", s))
    return rx.sub(lambda m: table[m.group(0)], s)


def _city_variant(name: str) -> str | None:
    """``… tỉnh`` → ``… thành phố``, ``Tỉnh ủy`` → ``Thành ủy``, ``Tỉnh đoàn`` → ``Thành đoàn``."""
    out = re.sub(r"\bTỉnh ủy\b", "Thành ủy", name)
    out = re.sub(r"^Tỉnh [đĐ]oàn$", "Thành đoàn", out)
    out = re.sub(r"\btỉnh$", "thành phố", out)
    return out if out != name else None


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, Entry], re.Pattern, list[str]]:
    """(alias-key → entry, compiled matcher, keys for fuzzy matching)."""
    data = load_yaml("agencies.yaml")
    by_key: dict[str, Entry] = {}
    patterns: list[str] = []
    for i, item in enumerate(data):
        e = Entry(id=f"ag{i:03d}", name=item["name"], kind=item.get("kind", "other"), successor=item.get("successor"))
        aliases = [item["name"], *item.get("aliases", [])]
        variants = [(e, aliases)]
        city = _city_variant(item["name"])
        if city:  # the same body in a centrally-run city: "UBND thành phố", "Thành đoàn", "Ban Tuyên giáo Thành ủy"
            ce = Entry(id=f"ag{i:03d}c", name=city, kind=e.kind, successor=None)
            variants.append((ce, [v for v in (_city_variant(a) for a in aliases) if v]))
        for entry, names in variants:
            for alias in names:
                by_key.setdefault(_key(alias), entry)
                by_key.setdefault(_key(expand(alias)), entry)
                patterns.append(_tokens(alias))
    prov = province_regex().pattern
    suffix = (r"(?P<suffix>\s+(?:của\s+)?(?:tỉnh|thành phố)(?:\s+" + prov + r")?(?!\w)"
              r"|\s+(?:" + prov + r")|\s+cấp tỉnh|\s+Trung ương|\s+tại\s+(?:" + prov + r"))?")
    # commas between words are optional, so "… tỉnh, Ủy ban nhân dân …" would read "Tỉnh ủy": a name
    # whose "ủy" came after a comma does not end where "Ủy ban …" goes on. ("… đoàn thể tỉnh và Ủy ban
    # nhân dân các xã" keeps its reading: a collective phrase with "và" is one, see agencies.csv.)
    not_uy_ban = r"(?!(?:(?<=, ủy)|(?<=,ủy))\s+ban\s+(?:nhân|mặt|thường|kiểm))"
    rx = re.compile(r"(?<!\w)" + _opens_with(patterns) + r"(?P<core>" + _trie_alt(patterns) + r")(?!\w)" + not_uy_ban
                    + suffix, re.I)
    return by_key, rx, list(by_key)


def _tokens(phrase: str) -> list[str]:
    return [t for t in re.split(r"[\s,&\-]+", phrase) if t and t.lower() != "và"]


def _opens_with(seqs: list[list[str]]) -> str:
    """A lookahead for the first letters of the names: at most word starts it fails at once,
    where the alternation would try each of its branches."""
    firsts = sorted({toks[0][0].lower() for toks in seqs if toks})
    return "(?=[" + "".join(re.escape(c) for c in firsts) + "])"


def _trie_alt(seqs: list[list[str]]) -> str:
    """One alternation of many names as a token trie: ``Sở (?:Nội vụ|Tư pháp|…)``.

    The same language as ``name1|name2|…`` (longest first, words joined by :data:`_SEP`, matched
    case-insensitively), but shared prefixes are tried once: the pattern compiles and scans
    several times faster than a flat alternation of hundreds of names.
    """
    root: dict = {}
    for toks in seqs:
        node = root
        for t in toks:
            node = node.setdefault(t.lower(), {})
        node[""] = {}  # a name ends here

    def emit(node: dict, skip: int = 0) -> str:
        alts = []
        for tok in sorted((t for t in node if t), key=lambda t: (-len(t), t)):
            child = node[tok]
            out = re.escape(tok[skip:])
            if any(child):
                out += "(?:" + _SEP + emit(child) + ")" + ("?" if "" in child else "")
            alts.append(out)
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    # the first words grouped by their first letter, each group opened by a case-sensitive class
    # (``_first_letter``): the engine skips a group whose class fails at once, where each
    # case-insensitive branch would be entered and tried; a word start that opens no name costs a
    # class test per letter instead of a try per first word
    firsts: dict[str, dict] = {}
    for tok in (t for t in root if t):
        firsts.setdefault(tok[0], {})[tok] = root[tok]
    if len(firsts) < 2 or any(re.fullmatch(re.escape(x), y, re.I) for x in firsts for y in firsts if x != y):
        return emit(root)  # letters one case of another ("i", "ı"): one group would have to hold both
    groups = [_first_letter(x) + emit(node, 1) for x, node in firsts.items()]
    return "(?:" + "|".join(groups) + ")"


# letters and marks a plan's text is mostly made of: those of them a letter cannot be, case aside, are
# left out of its class (the rest of Unicode stays in: the lookbehind then decides)
_PROBE = frozenset("aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệfghiìỉĩíịjklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvwxyỳỷỹýỵz"
                   "AÀẢÃÁẠĂẰẲẴẮẶÂẦẨẪẤẬBCDĐEÈẺẼÉẸÊỀỂỄẾỆFGHIÌỈĨÍỊJKLMNOÒỎÕÓỌÔỒỔỖỐỘƠỜỞỠỚỢPQRSTUÙỦŨÚỤƯỪỬỮỨỰVWXYỲỶỸÝỴZ"
                   "0123456789 \t\n\r\f\v\u00a0!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~–—“”‘’…•")


@lru_cache(maxsize=None)
def _first_letter(x: str) -> str:
    """A pattern that consumes one character exactly when ``x`` matches it case-insensitively: a
    case-sensitive class of every character but the probed ones ``x`` does not match (a branch that
    opens with a class is skipped by the engine on one test), then a case-insensitive lookbehind on
    ``x`` itself for the characters the class lets through."""
    other = sorted(ord(c) for c in _PROBE if not re.fullmatch(re.escape(x), c, re.I))
    runs: list[list[int]] = []
    for c in other:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    cls = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in runs)
    return "(?-i:[^" + cls + "])(?<=" + re.escape(x) + ")"


@lru_cache(maxsize=1)
def _abbreviation_rows() -> tuple[dict, ...]:
    rows = list(csv.DictReader(io.StringIO(data_text("abbreviations.csv"))))
    return tuple(sorted(rows, key=lambda r: len(r["expansion"]), reverse=True))


def _abbreviated(phrase: str) -> set[str]:
    """The phrase and its spellings with abbreviations (``Nông nghiệp và PTNT``, ``NN&PTNT``)."""
    out = {phrase}
    for r in _abbreviation_rows():
        exp, ab = r["expansion"], r["abbreviation"]
        if len(exp.split()) < 2 or ab.endswith("."):
            continue
        for v in list(out):
            if exp.lower() in v.lower() and len(out) < 24:
                i = v.lower().index(exp.lower())
                out.add(v[:i] + ab + v[i + len(exp):])
    return out


@dataclass(frozen=True)
class _Grammar:
    rx: re.Pattern
    canon: dict[str, str]  # key of a level/field/body as written (expanded) → its canonical spelling


@lru_cache(maxsize=1)
def grammar() -> _Grammar:
    """LEVEL + FIELD (+ LOCALITY) or BODY (+ LOCALITY), from ``data/agency_grammar.yaml``."""
    g = load_yaml("agency_grammar.yaml")
    canon: dict[str, str] = {}

    openers: list[list[str]] = []  # the names a match can open with (a level, a body or a unit)

    def alt(items: list[str], opens: bool = False) -> str:
        seqs = []
        for it in items:
            canon.setdefault(_key(it), it)
            seqs.extend(_tokens(v) for v in _abbreviated(it))
        if opens:
            openers.extend(seqs)
        return _trie_alt(seqs)

    up = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
    heads = "|".join(re.escape(h) for h in sorted(load_lines("agency_heads.txt"), key=len, reverse=True))
    # a place's name: capitalised words, never the next agency ("huyện Sở Tài chính" is two names)
    place = r"(?-i:(?!(?:" + heads + r")(?!\w))[" + up + r"0-9][\w]*(?:\s+(?!(?:" + heads + r")(?!\w))[" + up + r"0-9][\w]*){0,3})"
    localities = "|".join(re.escape(x) for x in sorted(g["localities"], key=len, reverse=True))
    # the unit a body belongs to: "huyện", "xã Tân Phú", or a Party committee ("Ban Tuyên giáo Huyện ủy");
    # a committee named by its unit is capitalised ("Huyện đoàn"): "các huyện, thành đoàn, …" lists units
    loc = (r"(?P<loc>\s+(?:của\s+)?(?:" + localities + r")(?!\w)(?!\s+(?:ủy|đoàn|Ủy|Đoàn)(?!\w))(?:\s+" + place + r")?"
           # (or the Youth Union's: "Ban Tuyên giáo Tỉnh đoàn")
           r"|\s+(?-i:(?:Tỉnh|Huyện|Thị|Thành|Quận) (?:ủy|đoàn|Ủy|Đoàn)|Đảng ủy(?:\s+(?:xã|phường|thị trấn))?)(?!\w)"
           # a department's own unit ("Thanh tra Sở", "Văn phòng Bộ"); "Sở Y tế" after it is the next name
           r"|\s+(?-i:(?:Sở|Bộ)(?!\w)(?!\s+[" + up + r"])))")
    names = (r"(?:(?P<level>" + alt(g["levels"], True) + r")\s+(?P<field>" + alt(g["fields"]) + r")"
             r"|(?P<body>" + alt(g["bodies"], True) + r")|(?P<unit>(?=(?-i:[" + up + r"]))" + alt(g["unit_bodies"], True) + r"))")
    rx = re.compile(r"(?<!\w)" + _opens_with(openers) + names + r"(?!\w)" + loc + "?", re.I)
    return _Grammar(rx, canon)


def _canon(part: str) -> str:
    k = _key(expand(part))
    return grammar().canon.get(k) or _cap(expand(part))


def grammar_name(m: re.Match) -> str:
    """The canonical name of a grammar match: level and field spelled out, locality as printed."""
    if m.group("level"):
        head = _canon(m.group("level")) + " " + _canon(m.group("field"))
    else:
        head = _canon(m.group("body") or m.group("unit"))
    loc = m.group("loc")
    if loc:
        loc = _WS.sub(" ", loc).strip()
        loc = re.sub(r"^của\s+", "", loc)
        if re.match(r"(?:TP|TX)\b", loc):
            loc = expand(loc)
        elif loc not in ("Sở", "Bộ") and not re.search(r"\b(?:ủy|đoàn)\b", loc.split(" ")[0] + " " + (loc.split(" ") + [""])[1]):
            loc = loc[:1].lower() + loc[1:]  # "Huyện" → "huyện", but "Huyện ủy" stays
        head = f"{head} {loc}"
        if head.startswith("Bộ Chỉ huy") and re.match(r"(?:huyện|quận|thị xã|xã|phường|thị trấn|cấp huyện|cấp xã)\b", loc):
            head = "Ban" + head[2:]  # below the province the military command is a "Ban" (BCHQS huyện)
        elif head.startswith("Ban Chỉ huy") and re.fullmatch(r"tỉnh(?: \S.*)?", loc):
            head = "Bộ" + head[3:]  # and a province's is a "Bộ" ("BCH Quân sự tỉnh"; "thành phố" may be a district's)
    return head


def find_grammar(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, re.Match]]:
    return [(m.start(), m.end(), m) for m in grammar().rx.finditer(text, lo, len(text) if hi is None else hi)]


@lru_cache(maxsize=1)
def _heads() -> re.Pattern:
    heads = sorted(load_lines("agency_heads.txt"), key=len, reverse=True)
    # an unknown agency's head is followed by a capitalised word: "Ban Quản lý …", not "Đoàn công tác"
    # ("Công đoàn viên" is a union member; "Công đoàn viên chức tỉnh" the civil servants' union)
    return re.compile(r"^(?!Báo cáo|Ban hành|Phòng chống|Hội nghị|Hội thảo|Hội chợ|Đoàn công tác|Cổng thông tin ASEAN"
                      r"|Công đoàn viên(?!\s+chức)|Khoa học)"
                      r"(?:" + "|".join(re.escape(h) for h in heads) + r")(?=\s+[\w(]|$)")


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    verbs = sorted(load_lines("verbs.txt"), key=len, reverse=True)
    # lower-case only: in running text verbs are lower-case, inside names words are capitalised
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in verbs) + r")(?!\w)")


# "được giao chủ trì": assigned to lead (a role is what is assigned; "được phân công chủ động …" is
# the collective's predicate)
_PASSIVE = re.compile(r"(?<!\w)được\s+$")
_ASSIGNED_ROLE = re.compile(r"(?<!\w)được\s+(?:giao|phân công)\s+$")
_ROLE_VERB = re.compile(r"(?:chủ trì|phối hợp|thực hiện)(?!\w)")


def _passive_in_collective(text: str, start: int, verb_at: int) -> bool:
    """A verb after ``được`` in a collective that opens at ``start`` (``Các cơ quan, đơn vị được phân
    công tại mục II``, ``các đơn vị được giao chủ trì``): a relative clause saying which bodies are
    meant, part of the collective's wording, not its predicate. (After a named agency, ``Sở Y tế được
    giao …`` is the predicate: the name is whole without it.)"""
    lo = max(start, verb_at - 24)
    return bool(_PASSIVE.search(text, lo, verb_at) or (_ASSIGNED_ROLE.search(text, lo, verb_at)
                                                        and _ROLE_VERB.match(text, verb_at))) \
        and bool(_COLLECTIVE_OPEN.match(text[start:verb_at]))  # (its "^" holds at 0 only)


@lru_cache(maxsize=8192)
def lookup(text: str) -> Entry | None:
    """The gazetteer entry for a whole name, exactly or (≥ 90) fuzzily; else ``None``."""
    by_key, _, keys = gazetteer()
    k = _key(expand(text))
    e = by_key.get(k) or by_key.get(_key(text))
    if e:
        return e
    from rapidfuzz import fuzz, process
    hit = process.extractOne(k, keys, scorer=fuzz.ratio, score_cutoff=90)
    if hit and (k.split()[:1] != hit[0].split()[:1] or abs(k.count(" ") - hit[0].count(" ")) > 1):
        # a spelling variant keeps its level ("Ban Chỉ huy …" is not "Bộ Chỉ huy …") and about its words: one
        # more or less is a locality or a cut ("… Du lịch tỉnh", "… Tổ quốc Việt"), two are another body
        # ("Trung tâm Xúc tiến Đầu tư - Thương mại" is not "… và Du lịch")
        return None
    return by_key[hit[0]] if hit else None


def by_key_exact(name: str) -> Entry | None:
    """The gazetteer entry spelled exactly (up to punctuation and case) as ``name``."""
    return gazetteer()[0].get(_key(name))


def respell(name: str) -> str:
    """``name`` as the gazetteer spells it when the two differ only in marks and case (an OCR'd or
    faxed header: ``Sở Công thuơng`` → ``Sở Công Thương``); otherwise ``name`` as it is. Only marks:
    names that differ in a letter are other names (``Sở Y tế`` is not ``Sở Tư pháp``)."""
    from ..vi import strip_marks
    e = lookup(name) or _by_folded_key().get(strip_marks(_key(name)))
    if e is None or e.name == name:
        return name
    return e.name if strip_marks(_key(e.name)) == strip_marks(_key(name)) else name


@lru_cache(maxsize=1)
def _by_folded_key() -> dict[str, Entry]:
    """The gazetteer by its keys without marks, where only one entry has that folded key."""
    from ..vi import strip_marks
    by_key = gazetteer()[0]
    out: dict[str, Entry | None] = {}
    for k, e in by_key.items():
        f = strip_marks(k)
        out[f] = e if f not in out or out[f] is e else None
    return {k: e for k, e in out.items() if e is not None}


def resolve_name(text: str) -> str | None:
    e = lookup(text)
    return e.name if e else None


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _proper(name: str) -> str:
    """House style for names outside the gazetteer: ``Tổng công ty`` → ``Tổng Công ty``."""
    name = _cap(name)
    name = re.sub(r"^Tổng công ty", "Tổng Công ty", name)
    return re.sub(r"^Công ty cổ phần", "Công ty Cổ phần", name)


_LEAD_CONJ = re.compile(r"^(?:và|cùng|với)\s+")


def _tidy(s: str) -> str:
    s = _WS.sub(" ", s).strip(" ,;.:-\n")
    return _LEAD_CONJ.sub("", s)


def make_agency(text: str, span: tuple[int, int] | None = None, aliases: dict[str, str] | None = None) -> Agency | None:
    """Classify one agency mention: gazetteer entry, collective group, or an unknown named agency.

    ``span`` locates ``text`` in the plan; the returned span covers exactly the agency's ``text``.
    """
    raw = _tidy(text)
    if not raw or len(raw) < 3:
        return None
    if ")" in raw:  # the pattern ends on ")": without one it removes nothing
        raw = _TRAILING_PAREN.sub("", raw).strip() or raw  # [^()]: linear on "Sở X (" × 7000
    if span is not None:
        k = text.find(raw)
        span = (span[0] + max(0, k), span[0] + max(0, k) + len(raw))
    if aliases:
        k = _key(raw)
        if k in aliases:
            full = aliases[k]
            e = lookup(full)
            return Agency(name=e.name if e else _proper(full), text=raw, collective=False, canonical=bool(e),
                          id=e.id if e else None, successor=e.successor if e else None, span=span)
    a = _at_level(_classify(raw))
    if a is None or span is None:
        return a
    return _with_span(a, span)


def _with_span(a: Agency, span: tuple[int, int]) -> Agency:
    """``dataclasses.replace(a, span=span)`` without its field-by-field introspection (a hot path);
    the fields go by position, in their declared order (name, text, collective, canonical,
    person, id, successor, span, role): keywords cost a third more per agency."""
    return Agency(a.name, a.text, a.collective, a.canonical, a.person, a.id, a.successor, span, a.role)


_TRAILING_PAREN = re.compile(r"\s*\([^()]*\)\s*$")
_CAC = re.compile(r"(?<!\w)các(?!\w)")
# "các cơ quan, đoàn thể sau", "các đơn vị dưới đây": a collective that points to the list after it
# names no one itself (the items below it do)
_POINTS_AHEAD = re.compile(r"\s(?:sau(?:\s+đây)?|dưới đây|như sau)$")


@lru_cache(maxsize=16384)
def _classify(raw: str) -> Agency | None:
    """:func:`make_agency` of a tidied mention, without its span (the same name recurs across a plan)."""
    span = None
    if _POINTS_AHEAD.search(raw) and _CAC.search(raw.lower()):
        return None
    _, rx, _ = gazetteer()
    gm = grammar().rx.fullmatch(raw)
    if gm and not _CAC.search(raw) and not rx.fullmatch(raw):
        # a name the gazetteer does not spell, composed by the grammar: level, field, locality
        name = grammar_name(gm)
        e = by_key_exact(name)
        if e:
            return Agency(name=e.name, text=raw, canonical=True, id=e.id, successor=e.successor, span=span)
        return Agency(name=name, text=raw, canonical=False, span=span)
    if _COLLECTIVE_OPEN.match(raw) or (_GENERIC.match(raw) and not _heads().match(_cap(raw))):
        return Agency(name=_collective_name(raw), text=raw, collective=True, canonical=True, span=span)
    m = rx.fullmatch(raw)
    if m:
        e = lookup(m.group("core"))
        if e:
            return Agency(name=_with_suffix(e.name, m.group("suffix"), m.group("core")), text=raw, canonical=True,
                          id=e.id, successor=e.successor, span=span)
    if (_CAC.search(" ".join(raw.split()[:5])) or position_collective(raw)) and lookup(raw) is None:
        return Agency(name=_collective_name(raw), text=raw, collective=True, canonical=True, span=span)
    e = lookup(raw)
    if e:
        return Agency(name=e.name, text=raw, canonical=True, id=e.id, successor=e.successor, span=span)
    pm = re.fullmatch(r"Báo(?:\s+điện tử)?\s+(" + province_regex().pattern + ")", raw)
    if pm:
        return Agency(name=f"Báo {pm.group(1)}", text=raw, canonical=True, span=span)
    near = _ocr_field(raw)
    if near:  # read as the corrected spelling would be (a level opens it: never None), as written
        return replace(_classify(near), text=raw)
    if _heads().match(raw) or _heads().match(_cap(raw)):
        # "Ủy ban nhân dân xã, phường", "Phòng Văn hóa và Thông tin các huyện, thành phố": the body of
        # each of those places, a collective as "UBND các huyện, thị xã, thành phố" is
        many = bool(_WIDENED_LOCALITY.search(raw))
        return Agency(name=_collective_name(raw) if many else _proper(expand(raw)), text=raw, collective=many,
                      canonical=many, span=span)
    return None


def _collective_name(raw: str) -> str:
    """A collective reference keeps its wording (spec: ``UBND các huyện, thị xã, thành phố``); only the
    names of bodies inside it are spelled out as canonical names are (``UBND`` → ``Ủy ban nhân dân``,
    ``Phòng GD&ĐT`` → ``Phòng Giáo dục và Đào tạo``). Other abbreviations are its own words: ``các
    trường THPT trực thuộc Sở`` names no body, and a school level spelled out would not be its wording."""
    spans = _maximal(name_spans(raw) + grammar_spans(raw))
    out = raw
    for a, b in sorted(spans, reverse=True):
        out = out[:a] + expand(out[a:b]) + out[b:]
    return _cap(out)


# the units a body's locality can be below a province (a collective widens one to many: "các huyện, thị xã")
_LOCALITY_WORDS = "huyện|thị xã|thành phố|quận|xã|phường|thị trấn"
_LOCALITY_WORD = "(?:" + _LOCALITY_WORDS + ")"
_WIDENED_LOCALITY = re.compile(r"(?<!\w)(?:tỉnh|" + _LOCALITY_WORDS + r")(?:\s*,\s*" + _LOCALITY_WORD + r")+$")


@lru_cache(maxsize=1)
def _levels_and_fields() -> tuple[tuple[str, ...], tuple[str, ...]]:
    g = load_yaml("agency_grammar.yaml")
    fields = tuple(f for f in g["fields"] if len(f.split()) >= 2 and len(f) >= 8)
    return tuple(sorted(g["levels"], key=len, reverse=True)), fields


def _ocr_field(raw: str) -> str | None:
    """``raw`` with its field respelled when, after a level the grammar knows, the field is one letter
    off a single field of the grammar (an OCR slip: ``Phòng Văn hóa và Thông tỉn các huyện``), else
    None. Only fields of two words or more: a short field one letter off may be another field."""
    from rapidfuzz.distance import Levenshtein
    levels, fields = _levels_and_fields()
    level = next((lv for lv in levels if raw.startswith(lv + " ")), None)
    if level is None:
        return None
    rest = raw[len(level) + 1:]
    words = rest.split(" ")
    hits = set()
    for f in fields:
        k = len(f.split())
        cand = " ".join(words[:k])
        if cand.lower() == f.lower():
            return None  # spelled right: whatever else the name holds, it is not an OCR slip of a field
        if len(words) >= k and Levenshtein.distance(cand.lower(), f.lower(), score_cutoff=1) == 1:
            [op] = Levenshtein.editops(cand.lower(), f.lower())
            # one letter read as another; a comma or a dropped letter is no slip of the field
            if op.tag == "replace" and cand[op.src_pos].isalpha() and f[op.dest_pos].isalpha():
                hits.add((f, len(cand)))
    if len(hits) != 1:
        return None
    f, n = hits.pop()
    return f"{level} {f}{rest[n:]}"


def _with_suffix(name: str, suffix: str | None, core: str = "") -> str:
    """Keep a printed province suffix: ``Đài PTTH`` + `` Bình Dương`` → ``… Bình Dương``."""
    if not suffix:
        return name
    s = re.sub(r"\s+", " ", suffix).strip()
    s = re.sub(r"^của\s+", "", s)
    low = s.lower()
    if low == "cấp tỉnh":
        return name
    if low == "tỉnh":
        return name if name.endswith(" tỉnh") else f"{name} tỉnh"
    if low.startswith("tỉnh ") and name.endswith(" tỉnh"):
        return name + s[4:]
    if name.endswith(" tỉnh") and not core.lower().endswith("tỉnh") and not low.startswith(("trung", "tại")):
        return f"{name[:-5]} {s}"  # "Hội Văn học Nghệ thuật Bình Dương", as printed
    return f"{name} {s}"


def opens_name(text: str) -> bool:
    """Does ``text`` open with a name: a capital that starts an agency's head, or ``Các …``? (Where a
    cell's wrapped line ends one name and the next line opens another.)"""
    return text[:1].isupper() and bool(_heads().match(text) or _COLLECTIVE_OPEN.match(text))


def is_whole_name(text: str) -> bool:
    """Is ``text`` one name from end to end (``Sở Văn hóa, Thể thao và Du lịch``)?"""
    return (0, len(text)) in name_spans(text)


def name_spans(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """The spans of :func:`find_all`, without building its agencies."""
    _, rx, _ = gazetteer()
    return [m.span() for m in rx.finditer(text, lo, len(text) if hi is None else hi) if lookup(m.group("core"))]


def grammar_spans(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """The spans of :func:`find_grammar`."""
    return [m.span() for m in grammar().rx.finditer(text, lo, len(text) if hi is None else hi)]


def find_all(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, Agency]]:
    """Every gazetteer agency mentioned in ``text[lo:hi]`` (offsets into ``text``)."""
    _, rx, _ = gazetteer()
    out = []
    for m in rx.finditer(text, lo, len(text) if hi is None else hi):
        e = lookup(m.group("core"))
        if not e:
            continue
        out.append((m.start(), m.end(), _at_level(Agency(
            name=_with_suffix(e.name, m.group("suffix"), m.group("core")), text=m.group(0), canonical=True,
            id=e.id, successor=e.successor, span=(m.start(), m.end())))))
    return out


# every separator opens with a space, ";", "," or "/": the lookahead skips other characters at
# once instead of trying five alternatives at each
# "phòng, chống" (to prevent and combat) is a verb pair inside names ("Phòng An ninh mạng và phòng,
# chống tội phạm sử dụng công nghệ cao", "Ban Chỉ đạo phòng, chống tham nhũng"): no list breaks at it
# nor at "và các khu công nghiệp" (the zones a management board runs: "Ban Quản lý Khu kinh tế Nghi Sơn và
# các khu công nghiệp"; zones are places, never an agency of their own)
_LIST_SPLIT = re.compile(r"(?=[\s;,/])(?:\s*;\s*|\s*,\s*(?!chống\b)"
                         r"|\s+và\s+(?!phòng,?\s+chống\b|các\s+khu\s+(?:công nghiệp|chế xuất|kinh tế)\b)|\s+cùng\s+"
                         r"|\s*/\s*(?=[A-ZĐÂĂÊÔƠƯỦ]))")
_LINE_BREAK = re.compile(r"\s*\n\s*")
_BULLET_OPEN = re.compile(r"[-–+•]\s")
_BARE_HEAD = re.compile(r"(?:Sở|Ban|Ngành|Hội|Đoàn thể|Sở, Ban)")
# kinds of unit written bare, as a plural lists them ("Các Ban, Văn phòng", "Các Huyện đoàn, Thành đoàn")
_KIND = re.compile(r"(?:Ban|Văn phòng|Phòng|Đơn vị|Trung tâm|Sở|Ngành|Hội|Chi hội|Cơ sở Hội|Đoàn|Chi đoàn"
                   r"|(?:Huyện|Thành|Thị|Quận|Tỉnh) đoàn)(?:\s+trực thuộc(?:\s+\S+){0,3})?", re.I)
# a piece that opens with a kind of body, after a ";" a collective of its own ("Liên đoàn Lao động các huyện,
# thành phố; công đoàn ngành và tương đương")
_KIND_OPEN = re.compile(r"(?:công đoàn|" + _GENERIC_WORDS + r")\b", re.I)
_KINDS = re.compile(r"Các\s+" + _KIND.pattern + r"(?:\s*,\s*" + _KIND.pattern + r")*\s*,\s*", re.I)


# split_list's answers for the plan being parsed (see :func:`plan_scope`): (text, aliases) → its
# agencies and the base they were found at, with the aliases dict kept alive so its id is not reused
# while cached
_SPLIT_CACHE: ContextVar[dict | None] = ContextVar("planparse_split_cache", default=None)


# the level of the plan's issuer below the province ("huyện", "xã", …; see :func:`set_issuer_level`),
# in a one-item list that lives and dies with the plan
_LEVEL: ContextVar[list | None] = ContextVar("planparse_issuer_level", default=None)


@contextmanager
def plan_scope() -> Iterator[None]:
    """While a plan is parsed: a list of agencies written twice in it (``Sở Tài chính`` in many
    fields) is split once, and bare names take the issuer's level (:func:`set_issuer_level`).
    Both live and die with the plan."""
    token = _SPLIT_CACHE.set({})
    level = _LEVEL.set([None])
    try:
        yield
    finally:
        _SPLIT_CACHE.reset(token)
        _LEVEL.reset(level)


_ISSUER_LEVEL = re.compile(r"(?<!\w)(thị xã|thị trấn|thành phố|xã|phường|huyện|quận)\s+(?=[A-ZĐÂĂÊÔƠƯ0-9])"
                           r"|(?<!\w)(Huyện|Thị|Thành) ủy(?!\w)")
_PARTY_LEVEL = {"Huyện": "huyện", "Thị": "thị xã", "Thành": "thành phố"}


def issuer_level(issuer: str | None) -> str | None:
    """The administrative level of an issuer below the province, else ``None``: ``Ủy ban nhân dân
    huyện Quỳnh Lưu`` → ``huyện``, ``UBND xã Cam Hải Tây`` → ``xã``, ``Huyện ủy …`` → ``huyện``. A
    city under the central government (``thành phố Hà Nội``) is a province."""
    if not issuer:
        return None
    m = _ISSUER_LEVEL.search(issuer)
    if not m:
        return None
    level = m.group(1) or _PARTY_LEVEL[m.group(2)]
    if level == "thành phố":
        p = province_regex().match(issuer[m.end():].lstrip())
        if p and _central_city(p.group(0)):
            return None
    return level


def _central_city(name: str) -> bool:
    """A city under the central government (Hà Nội, Đà Nẵng, …): a province, not a district."""
    from .common import CITIES, canonical_province
    return canonical_province(name) in CITIES


def set_issuer_level(issuer: str | None) -> None:
    """Within :func:`plan_scope`: a gazetteer name of the province level written bare, without any
    place word (``Hội Nông dân``, ``Công an``, ``Văn phòng UBND``), is the issuer's own body in a
    district's or commune's plan (``Hội Nông dân xã``); in a province's plan it stays ``… tỉnh``."""
    box = _LEVEL.get()
    if box is None:
        return
    level = issuer_level(issuer)
    if level != box[0]:
        box[0] = level
        cache = _SPLIT_CACHE.get()
        if cache is not None:
            cache.clear()  # lists split before the level was known


def _at_level(a: Agency | None) -> Agency | None:
    """``a`` at the issuer's level when it is a province-level gazetteer name written bare."""
    box = _LEVEL.get()
    if a is None or box is None or box[0] is None or not a.canonical or a.collective or a.person:
        return a
    if not a.name.endswith(" tỉnh") or _PLACE_WORDS.intersection(a.text.lower().split()):
        return a
    name = f"{a.name[:-5]} {box[0]}"
    if name.startswith("Bộ Chỉ huy"):
        name = "Ban" + name[2:]  # below the province the military command is a "Ban" (BCHQS huyện)
    return replace(a, name=name, id=None, successor=None)


def _shifted(a: Agency, d: int) -> Agency:
    if not d or a.span is None:
        return a
    return _with_span(a, (a.span[0] + d, a.span[1] + d))


def split_list(text: str, base: int = 0, aliases: dict[str, str] | None = None) -> list[Agency]:
    """Split an agency list (``Sở A, Sở B và các cơ quan, đơn vị liên quan``) into agencies.

    A list of people (a ``Người thực hiện`` cell: ``Đỗ Mạnh Cường, Vũ Việt Linh``, ``Ông X - Trưởng
    đoàn``, ``Trưởng phòng QLCN``) gives people (``person=True``), see :mod:`.people`.
    Within :func:`plan_scope` the answer for a text already split is reused (spans move with ``base``).
    """
    cache = _SPLIT_CACHE.get()
    if cache is None:
        return _split_list(text, base, aliases)
    key = (text, id(aliases) if aliases else 0)
    hit = cache.get(key)
    if hit is None:
        got = _split_list(text, base, aliases)
        cache[key] = (got, base, aliases)
        return list(got)
    return [_shifted(a, base - hit[1]) for a in hit[0]]


def _split_list(text: str, base: int, aliases: dict[str, str] | None) -> list[Agency]:
    if len(text) > 4 and text.isupper():  # a list written in capitals: read as names are written
        view = recase(text)
        if view != text:
            return [a if a.span is None or a.person else replace(a, text=text[a.span[0] - base:a.span[1] - base])
                    for a in _split_list_cased(view, base, aliases)]
    return _split_list_cased(text, base, aliases)


def _split_list_cased(text: str, base: int, aliases: dict[str, str] | None) -> list[Agency]:
    text = text.rstrip(" .;")
    names = name_spans(text)
    if (0, len(text)) in names and _one_name(text, [(0, len(text))]):
        # the whole text is one gazetteer name: the grammar's names lie inside it, so it alone is
        # protected; no verb or sentence end cuts it (each lies inside it); one piece, as below
        return _agencies_of(text, [(0, len(text))], base, aliases)
    protected = _maximal(names + grammar_spans(text))
    text = text[:_verb_cut(text, protected)].rstrip(" ,;.")
    protected = [(a, min(b, len(text))) for a, b in protected if a < len(text)]
    if not protected:
        people = people_list(text, base)
        if people:
            return people
    elif _one_name(text, protected):
        return _agencies_of(text, [(0, len(text))], base, aliases)
    i = text.find("(")  # what finditer(r"\([^)]*\)") finds, without rescanning to the end from every "("
    while i >= 0:
        j = text.find(")", i)
        if j < 0:
            break
        protected.append((i, j + 1))
        i = text.find("(", j + 1)
    n = len(text)
    interior = bytearray(n + 1)  # positions strictly inside a protected span
    for a, b in protected:
        interior[a + 1:b] = b"\x01" * max(0, b - a - 1)
    # the furthest end of a span that starts at or before a position: bisect over the starts
    by_start = sorted(protected)
    span_starts = [a for a, _ in by_start]
    span_reach = list(accumulate((b for _, b in by_start), max))

    def reach(pos: int) -> int:
        k = bisect_right(span_starts, pos)
        return span_reach[k - 1] if k else -1
    starts = {a for a, _ in protected}
    cuts = [(m.start(), m.end()) for m in _LIST_SPLIT.finditer(text)
            if not (interior[m.start()] or interior[max(0, m.end() - 1)])]
    # a table cell: one name a line ("Sở Tài chính⏎Sở Nội vụ", "- Sở A;⏎- Sở B")
    # (a name wrapped over two lines is not cut: the next line must open a name, or a bullet)
    for m in _LINE_BREAK.finditer(text) if "\n" in text else ():
        nxt = text[m.end():m.end() + 60]
        if not interior[m.start()] and (
                _BULLET_OPEN.match(nxt) or _heads().match(nxt) or _COLLECTIVE_OPEN.match(nxt) or _honorific(nxt)
                or m.end() in starts):
            cuts.append((m.start(), m.end()))
    # names written one after another, their lines joined by a space: "Phòng Nội vụ Phòng Tư pháp" — but a
    # unit's name goes on with the body it belongs to ("Ban Tuyên giáo Hội LHPN tỉnh", "Đoàn Thanh niên Trường")
    for a, b in protected:
        w = _WS.match(text, b)
        if w and w.end() < n and (w.end() in starts or _heads().match(text[w.end():w.end() + 60])) \
                and not (" " in w.group(0) and _SUB_UNIT.match(text, a) and _PARENT_BODY.match(text, w.end())
                         and not _PLACED.search(text, a, b)):
            cuts.append((b, w.end()))
    cuts = sorted(set(cuts))
    chunks: list[tuple[int, int]] = []
    prev = 0
    for cs, ce in cuts:
        if cs < prev:
            continue
        chunks.append((prev, cs))
        prev = ce
    chunks.append((prev, len(text)))
    items: list[list[int]] = []  # [start, end, is_collective]
    prev_end = 0
    for s, e in chunks:
        after_semicolon = ";" in text[prev_end:s]
        after_va = bool(_VA.fullmatch(text[prev_end:s]))
        prev_end = e
        lead = len(text[s:e]) - len(text[s:e].lstrip(" -–+•\t"))
        s += lead  # a bullet opening the piece
        piece = text[s:e].strip()
        if not piece:
            continue
        if len(chunks) == 1:
            items.append([s, e, False])  # one piece: nothing to merge, so none of its traits is weighed
            break
        head_named = bool(_heads().match(piece)) and len(piece.split()) > 1 and not _GENERIC.fullmatch(piece)
        in_gaz = reach(min(s + 1, n + 1)) >= e - 1
        bare_head = bool(_BARE_HEAD.fullmatch(piece))
        starts_collective = bool(_COLLECTIVE_OPEN.match(piece))
        head_named = head_named or bool(_honorific(piece)) or s in starts
        generic = bool(_GENERIC.match(piece)) or bare_head
        if items:
            last_collective = items[-1][2]
            if after_va and _managed_more(text[items[-1][0]:items[-1][1]], piece):
                items[-1][1] = e  # "Ban Quản lý bán đảo Sơn Trà và các bãi biển du lịch Đà Nẵng": one board
                continue
            if last_collective and not after_semicolon and not after_va and not starts_collective and (
                    piece[:1].islower() or (_KIND.fullmatch(piece) and _KINDS.fullmatch(text, items[-1][0], s))):
                # a collective's next kind in lower case ("Các huyện, thành đoàn, đoàn trực thuộc"): a word that
                # names a body when capitalised is here a kind of unit; so are capitalised kinds after kinds
                # ("Các Ban, Văn phòng, đơn vị trực thuộc Tỉnh đoàn", "Các Huyện đoàn, Thành đoàn, Đoàn trực thuộc")
                items[-1][1] = e
                continue
            # "separate collectives are split at ;" (spec): "Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các
            # quận, huyện" is two, while "Giám đốc các Sở và Thủ trưởng các ban, ngành" stays one
            if starts_collective or ((head_named or in_gaz) and not bare_head) \
                    or (after_semicolon and (position_collective(piece) or _KIND_OPEN.match(piece))) \
                    or (not after_va and position_collective(piece)
                        and position_collective(text[items[-1][0]:items[-1][1]])):
                # (two posts held across groups, "Thủ trưởng các phòng nghiệp vụ, Trưởng Công an các huyện":
                # two collectives; "Giám đốc các Sở và Thủ trưởng các ban, ngành" stays one)
                items.append([s, e, starts_collective or _has_cac(piece)])
                continue
            if generic:
                # a lone place word after one ("Phòng Văn hóa và Thông tin các huyện, thành phố", "huyện,
                # thị xã") widens that name's locality: it is not an agency of its own
                if last_collective or (_LONE_LOCALITY.fullmatch(piece)
                                       and _ENDS_IN_LOCALITY.search(text, items[-1][0], items[-1][1])):
                    items[-1][1] = e
                else:
                    items.append([s, e, True])
                continue
            items[-1][1] = e  # a continuation ("Phát triển công nghiệp", "ngoài nước")
        else:
            items.append([s, e, starts_collective or _has_cac(piece) or (generic and not head_named)])
    return _shared_head(_agencies_of(text, items, base, aliases))


# a people's council or committee named with its locality: the head every place after it shares
# ("Ủy ban nhân dân thành phố Điện Biên Phủ, thị xã Mường Lay và các huyện" names three committees;
# "UBND thành phố Nha Trang, Cam Ranh" two)
_HEAD_LOC = re.compile(r"(?P<head>Ủy ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s+(?P<loc>thành phố|thị xã|huyện|quận|xã|phường|thị trấn)\s+"
                       r"(?P<names>[^,;()]+(?:\s*(?:,|và)\s*[^,;()]+)+)")
_PLACE_ONLY = re.compile(r"(?-i:[A-ZĐÂĂÊÔƠƯ][^\W\d_]*)(?:\s+(?-i:[A-ZĐÂĂÊÔƠƯ][^\W\d_]*)){0,3}")
_LOC_OPEN = re.compile(r"(?:các\s+)?(?:thành phố|thị xã|huyện|quận|xã|phường|thị trấn)(?!\w)")


def _shared_head(agencies: list[Agency]) -> list[Agency]:
    """Places listed after a committee named with its locality take its head: ``UBND thành phố Nha
    Trang, Cam Ranh`` → the committees of both cities; ``…, thị xã Mường Lay và các huyện`` (after
    ``Ủy ban nhân dân thành phố X``) → ``Ủy ban nhân dân thị xã Mường Lay``, ``Ủy ban nhân dân các huyện``."""
    if not agencies or not any(_HEAD_LOC.match(a.text) or a.name.startswith(("Ủy ban nhân dân ", "Hội đồng nhân dân "))
                               for a in agencies if not a.person):
        return agencies
    out: list[Agency] = []
    head = None
    for a in agencies:
        if a.person:
            out.append(a)
            continue
        m = _HEAD_LOC.fullmatch(a.text)
        if m and a.span is not None:
            names = re.split(r"\s*(?:,|\bvà\b)\s*", m.group("names"))
            if len(names) > 1 and all(_PLACE_ONLY.fullmatch(n) and not _heads().match(n) for n in names):
                full = expand(m.group("head"))
                k = m.start("names")
                for n in names:
                    at = a.text.index(n, k)
                    k = at + len(n)
                    sp = (a.span[0] + at, a.span[0] + k)
                    first = at == m.start("names")
                    out.append(replace(a, name=f"{full} {m.group('loc')} {n}", id=None, successor=None,
                                       text=a.text[:k] if first else n, span=(a.span[0], sp[1]) if first else sp))
                head = expand(m.group("head"))
                continue
        if head and _LOC_OPEN.match(a.text):
            a = replace(a, name=f"{head} {a.text}", id=None, successor=None, collective=a.text.startswith("các "))
        else:
            hm = re.match(r"(Ủy ban nhân dân|Hội đồng nhân dân) (?:thành phố|thị xã|huyện|quận|xã|phường|thị trấn) ", a.name)
            head = hm.group(1) if hm else None
        out.append(a)
    return out


_BOARD = re.compile(r"Ban [Qq]uản lý\s+(?!các\b)\w")


def _managed_more(board: str, piece: str) -> bool:
    """``piece``, after ``và``, is a second thing the management board ``board`` manages (``Ban Quản lý
    bán đảo Sơn Trà và các bãi biển du lịch Đà Nẵng``): a board is named by what it manages, so a named
    place (a capitalised word) that names no body (no agency head, no known name, no group of bodies)
    goes on its name."""
    if not _BOARD.match(board) or lookup(board) is not None:
        return False
    p = _COLLECTIVE_OPEN.sub("", piece).strip()
    return any(w[:1].isupper() for w in p.split()) \
        and not (_heads().match(_cap(p)) or _GENERIC.match(p) or _looks_agency(piece) or gazetteer()[1].search(p)
                 or grammar().rx.search(p))


_LONE_LOCALITY = re.compile(r"(?:thành phố|thị xã|thị trấn|huyện|quận|xã|phường)", re.I)
_ENDS_IN_LOCALITY = re.compile(r"(?<!\w)(?:tỉnh|thành phố|thị xã|thị trấn|huyện|quận|xã|phường)$", re.I)


def _one_name(text: str, protected: list[tuple[int, int]]) -> bool:
    """The text is one name and nothing else ("Sở Tài chính"): every separator lies inside it, so
    the cutting in :func:`_split_list` finds no cut (no "(" to protect, no other name to cut after,
    no bullet before it) and gives the whole text as one piece."""
    return len(protected) == 1 and protected[0] == (0, len(text)) and "(" not in text \
        and text[:1] not in " -–+•\t"


def _agencies_of(text: str, items, base: int, aliases: dict[str, str] | None) -> list[Agency]:
    """The agency (or, failing that, the people) each ``text[s:e]`` of ``items`` names."""
    out = []
    for s, e, *_ in items:
        piece = text[s:e]
        a = make_agency(piece, (base + s, base + e), aliases)
        if a:
            out.append(a)
        else:
            out.extend(person_at(piece, base + s) or ())
    return out


def _maximal(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans not inside another (a gazetteer name inside a grammar name, or the reverse)."""
    out: list[tuple[int, int]] = []
    reach = -1
    for a, b in sorted(set(spans), key=lambda x: (x[0], -x[1])):
        if b > reach:
            out.append((a, b))
            reach = b
    return out


_SENTENCE_STOP = re.compile(r"(?<!\bTP)(?<!\bTp)(?<!\bTX)(?<!\bTx)\.\s+(?=[A-ZĐ])")
_OPEN_BEFORE = re.compile(r"(?:các|những|cơ quan|đơn vị|và|,)\s*$")


def _verb_cut(text: str, protected: list[tuple[int, int]]) -> int:
    """Where a list of names ends: before the first lower-case verb outside a name
    (``Sở Ngoại vụ biên soạn …`` → ``Sở Ngoại vụ``)."""
    cut = len(text)
    for m in _SENTENCE_STOP.finditer(text) if "." in text else ():
        if not any(a <= m.start() < b for a, b in protected):
            cut = m.start()  # "Phòng KT-HT. Đơn vị phối hợp: …": the sentence ends the list
            break
    for m in _verbs().finditer(text, 0, cut):
        if m.start() == 0 or any(a <= m.start() < b for a, b in protected) \
                or _OPEN_BEFORE.search(text[:m.start()]) or _passive_in_collective(text, 0, m.start()) \
                or (" " not in m.group(0) and _completes_word(text, m.start())):
            continue
        # a verb ends the list after a whole name ("Sở Ngoại vụ biên soạn …") or when a clause
        # follows; inside an unknown name it may be a word of it ("Ban Quản lý dự án đầu tư xây dựng")
        after_name = any(not text[b:m.start()].strip() for _, b in protected)
        if after_name or len(text[m.end():cut].split()) >= 4:
            cut = m.start()
            break
    for a, b in protected:
        # a whole name followed by a lower-case word that cannot continue it: "UBND tỉnh Lào Cai nhận được …",
        # or by the localities it is of and a verb ("Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố tư vấn …")
        loc = _LOCALITY_TAIL.match(text, b, cut)
        if loc and not any(a2 < b < b2 for a2, b2 in protected):
            w = _WS.match(text, loc.end(), cut)  # only a verb: "các xã dọc Quốc lộ 1A" are communes still
            if w and _verbs().match(text, w.end(), cut):
                cut = min(cut, loc.end())
        w = _NEXT_WORD.match(text, b, cut)
        if w and w.group(1)[:1].islower() and w.group(1) not in _NAME_CONTINUES \
                and not any(a2 < b < b2 for a2, b2 in protected):  # not where another name goes on
            cut = min(cut, b)
    return cut


_CAPITALISED_BEFORE = re.compile(r"(?<!\w)([" + UPPER + r"]\w*)\s+$")


def _completes_word(text: str, at: int) -> bool:
    """Is the lower-case syllable at ``at`` the second of a word whose first, capitalised, stands before it
    (``Phòng Đào tạo``: ``đào tạo``, not the verb ``tạo``)? Asked of a one-syllable verb only: a verb of two
    (``tổ chức`` after ``Hà Tiên``) is read whole, whatever its first syllable makes with the name's last."""
    before = _CAPITALISED_BEFORE.search(text, max(0, at - 12), at)
    if not before:
        return False
    syllable = re.match(r"\w+", text[at:])
    return f"{before.group(1)} {syllable.group(0)}".lower() in verb_compounds()


# a body's own unit, and the bodies such units belong to: written one after the other they are one name, the
# unit's (a unit is not its body's peer, so no list puts them side by side without a comma)
_SUB_UNIT = re.compile(r"(?:Ban|Phòng|Văn phòng|Khoa|Trung tâm|Đoàn Thanh niên|Công đoàn|Chi đoàn|Tổ|Đội)\s")
_PLACED = re.compile(r"(?<!\w)(?:tỉnh|" + _LOCALITY_WORDS + r")(?!\w)")  # a unit named with its place is whole
_PARENT_BODY = re.compile(r"(?:Hội|Trường|Đại học|Học viện|Sở|Liên đoàn|LĐLĐ|Bộ Chỉ huy|Công an|(?:Tỉnh|Huyện|Thành|Thị|Quận|Đảng) (?:ủy|uỷ|đoàn))"
                          r"(?!\w)(?!\s+(?:nghị|thảo|chợ|viên)(?!\w))")


_NEXT_WORD = re.compile(r"\s+(\w+)")
_LOCALITY_TAIL = re.compile(r"\s+các\s+" + _LOCALITY_WORD + r"(?:\s*,\s*" + _LOCALITY_WORD + r")*(?:\s+(?:và|,)\s*"
                            + _LOCALITY_WORD + r")?(?!\w)")
_NAME_CONTINUES = frozenset("""và cùng với hoặc các của tại thuộc trực trên cấp huyện tỉnh xã phường thị thành quận khu
 liên trường cửa""".split())  # (a school's own unit: "Đoàn Thanh niên trường"; a border gate's: "… cửa khẩu Lao Bảo")


def _honorific(piece: str, positions: bool = True) -> bool:
    """The piece opens with an honorific (``Ông``, ``Đ/c``) or a position (``Phó Trưởng phòng``)."""
    honorific, _, position = _words()
    if honorific.match(piece):
        return not province_regex().match(piece)  # "Bà Rịa - Vũng Tàu" is a place
    # "Giám đốc các Sở và Thủ trưởng các ban, ngành" is one collective, not two positions
    return positions and bool(position.match(piece)) and not _CAC.search(piece)


def _has_cac(piece: str) -> bool:
    return bool(_CAC.search(piece)) and not gazetteer()[1].fullmatch(piece.strip(" .;,"))


_TOKEN = re.compile(r"\S+")
_LIST_OPEN_BEFORE = re.compile(r"(?:các|những|cơ quan|và)\s*$")
_INTRO_OR_TP = re.compile(r"(?:như|gồm|TP|Tp)[:.]$")


# "theo chức năng, nhiệm vụ", "căn cứ chức năng", "trong phạm vi thẩm quyền": how the actor acts, not its name
_BY_REMIT = re.compile(r"(?:theo|căn cứ(?:\s+vào)?|trong phạm vi|trên cơ sở)\s+(?:chức năng|nhiệm vụ|thẩm quyền|quyền hạn)(?!\w)", re.I)


_BY_REMIT_CLAUSE = re.compile(_BY_REMIT.pattern + r"(?:\s*,\s*(?:nhiệm vụ|quyền hạn|thẩm quyền)(?!\w))?"
                              r"(?:\s+(?:được giao|của mình|của đơn vị|của ngành))?\s*,?\s*", re.I)


def phrase_end(text: str, start: int, limit: int) -> int:
    """Where an agency phrase that starts at ``start`` ends: before the first verb or clause break."""
    vx = _verbs()
    pos = start
    words = 0
    names = sorted(name_spans(text, start, limit) + grammar_spans(text, start, limit))
    # inside a name ⇔ the furthest end among names starting at or before w0 lies past w0 (bisect, not a scan)
    starts = [s for s, _ in names]
    reach = list(accumulate((e for _, e in names), max))
    for m in _TOKEN.finditer(text[start:limit]):
        w0 = start + m.start()
        tok = m.group(0)
        k = bisect_right(starts, w0)
        if k and reach[k - 1] > w0:
            if tok.endswith((".", ";", ":")) and not tok.endswith(("TP.", "Tp.")):
                return _rstrip(text, start, w0 + len(tok) - 1)  # "Sở Tài chính: thẩm định …"
            words += 1
            pos = w0 + len(tok)
            continue
        if words >= 1:
            vm = vx.match(text, w0)
            if vm and not _LIST_OPEN_BEFORE.search(text[max(start, w0 - 40):w0]) \
                    and not _passive_in_collective(text, start, w0) \
                    and not (" " not in vm.group(0) and _completes_word(text, w0)):
                return _rstrip(text, start, w0)
            if _BY_REMIT.match(text, w0):  # "Đồn Biên phòng X theo chức năng, nhiệm vụ nắm tình hình …"
                return _rstrip(text, start, w0)
        if tok.endswith((".", ";", ":")) and not _INTRO_OR_TP.search(tok):
            return _rstrip(text, start, w0 + len(tok) - 1)
        if tok.endswith(",") and vx.match(text, w0 + len(tok) + 1) and words >= 1:
            return _rstrip(text, start, w0 + len(tok) - 1)
        words += 1
        pos = w0 + len(tok)
    return _rstrip(text, start, pos)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,;:.":
        end -= 1
    return end


# (matched at a position with ``limit`` as endpos: the same as matching ``text[s:limit]``, as
# neither pattern looks behind its start)
_INTRO = re.compile(r"(?:Căn cứ|Trên cơ sở|Theo(?!\s+dõi)|Ngoài ra|Đồng thời|Bên cạnh đó|Thông qua)\b")
_ASSIGNING = re.compile(r"(?:Giao(?:\s+cho)?|Đề nghị|Yêu cầu)\s+(?=\S)")
_NOT_AN_ACTOR_AFTER = re.compile(r"(?:của|về|với|trong|tại|cho|đối với|và)\b")


def request_end(text: str, start: int, end: int) -> int:
    """Where a field's value starts past a request opening it ("Cơ quan chủ trì: Đề nghị Ủy ban MTTQ tỉnh,
    Tỉnh đoàn": a plan asks the Front and the unions, it cannot assign them; the request names no one)."""
    gm = _ASSIGNING.match(text, start, end)
    return gm.end() if gm and _names_at(text, gm.end(), end) else start


def _names_at(text: str, pos: int, end: int) -> bool:
    """Does an agency's name (the gazetteer's, the name grammar's, or a collective) open at ``pos``?"""
    _, rx, _ = gazetteer()
    head = text[pos:min(end, pos + 60)]
    return bool(rx.match(text, pos, end) or grammar().rx.match(text, pos, end) or _heads().match(head)
                or _COLLECTIVE_OPEN.match(head))


def opening_agencies(text: str, start: int, limit: int, aliases: dict[str, str] | None = None,
                     allow_collective: bool = True) -> list[Agency]:
    """Agencies that open the clause at ``start`` as its actor (``Sở X tổ chức …``)."""
    seg = text[start:limit]
    lead = len(seg) - len(seg.lstrip(" -+"))
    s = start + lead
    # skip an introductory clause ("Căn cứ vào …, ", "Trên cơ sở …, ")
    if _INTRO.match(text, s, limit):
        _, rx0, _ = gazetteer()
        for cm in re.finditer(r",\s*", text[s:min(limit, s + 250)]):
            p = s + cm.end()
            if rx0.match(text, p, limit) or _heads().match(text[p:limit]):
                s = p
                break
    gm = _ASSIGNING.match(text, s, limit)
    if gm:  # "Giao Phòng X chủ trì, …": the agency after the assigning verb is the actor
        s = gm.end()
    _, rx, _ = gazetteer()
    m = rx.match(text, s, limit) or grammar().rx.match(text, s, limit)
    first_is_named = bool(m) or _honorific(text[s:limit], positions=False)  # "Ông Nguyễn Văn A - … chỉ đạo"
    if not first_is_named and not _unnamed_actor(text[s:limit], allow_collective):
        return []
    end = phrase_end(text, s, limit)
    # separate actors joined by ";" ("Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các quận, huyện căn
    # cứ …"): a phrase ends at ";", but when another actor opens after it the list goes on to the verb
    semi = _SEMICOLON.match(text, end, limit)
    while semi and _opens_actor(text, semi.end(), limit, allow_collective):
        end = phrase_end(text, semi.end(), limit)
        semi = _SEMICOLON.match(text, end, limit)
    # the list of actors runs up to the verb; it must be followed by a verb, ':' or 'là'
    after = text[end:limit].lstrip(" ,:")
    remit = _BY_REMIT_CLAUSE.match(after)
    if remit and _verbs().match(after[remit.end():]):
        after = after[remit.end():]  # "… theo chức năng, nhiệm vụ được giao, triển khai …": the verb after how it acts
    if not after or _NOT_AN_ACTOR_AFTER.match(after):
        return []
    if not first_is_named and not _verbs().match(after) and not text[end:end + 2].strip().startswith(":"):
        return []
    return split_list(text[s:end], base=s, aliases=aliases)


_OF_MANY = re.compile(r"\s+(?:[^\s,;:.]+\s+){0,5}?các(?!\w)")


def position_collective(piece: str) -> bool:
    """The piece opens with a post held across a group of bodies (``Thủ trưởng các sở, ban, ngành``,
    ``Giám đốc các Sở``, ``Chủ tịch UBND các huyện``, ``Trưởng Ban Nhân dân các ấp``): the holders
    of that post, a collective actor like ``các sở`` itself (a post alone names a person, see
    :mod:`.people`)."""
    m = _words()[2].match(piece)
    return bool(m) and bool(_OF_MANY.match(piece, m.end()))


def _opens_actor(text: str, s: int, limit: int, allow_collective: bool = True) -> bool:
    """Whether an actor's name opens ``text[s:limit]``: a known or composed name, an honorific, an
    agency head, a collective of agencies or of a post's holders."""
    _, rx, _ = gazetteer()
    if rx.match(text, s, limit) or grammar().rx.match(text, s, limit):
        return True
    piece = text[s:limit]
    return bool(_honorific(piece, positions=False)) or _unnamed_actor(piece, allow_collective)


def _unnamed_actor(piece: str, allow_collective: bool) -> bool:
    """An actor no name rule knows opens ``piece``: an agency head, a post's holder, a collective of
    agencies or of a post's holders."""
    return bool(_heads().match(piece) or _post_holder(piece) or (allow_collective and (
        (_COLLECTIVE_OPEN.match(piece) and _looks_agency(piece)) or position_collective(piece))))


_OFFICE_WORD = re.compile(r"\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ]")


def _post_holder(piece: str) -> bool:
    """A post named by its office opens ``piece`` (``Công chức Văn hóa - Xã hội``, ``công chức Tư pháp
    - Hộ tịch xã``): a commune gives its duties to its civil servants, who hold offices, not bodies.
    The post alone (``Công chức``, ``cán bộ``) or followed by a lower-case word names nobody in
    particular, and a post held across bodies (``Chủ tịch UBND các xã``) is a collective. A post in a
    body (``Thành viên Ban Chỉ đạo``, ``Chánh Văn phòng UBND tỉnh``) names people of that body, not
    an office of their own: the body's name is read as the body's."""
    m = _words()[2].match(piece)
    if not m or not _OFFICE_WORD.match(piece, m.end()) or _OF_MANY.match(piece, m.end()):
        return False
    rest = piece[m.end():].lstrip()
    _, rx, _ = gazetteer()
    return not (_heads().match(rest) or rx.match(rest) or grammar().rx.match(rest))


_SEMICOLON = re.compile(r"\s*;\s*")


# (a commune's residential units, "các tổ dân phố", "các thôn", "các ấp", take duties as its bodies do)
_LOOKS_AGENCY = re.compile(r"(?:các|một số|những)\s+(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|đoàn thể|tổ chức|"
                           r"Sở|Ban|UBND|Ủy ban|phòng|Phòng|trường|cơ sở|hội|Hội|huyện|đồn|chi hội|chi đoàn|cấp công đoàn|công đoàn|"
                           r"(?:tổ dân phố|tổ dân cư|khu phố|thôn|ấp)(?!\w))", re.I)


def _looks_agency(piece: str) -> bool:
    return bool(_LOOKS_AGENCY.match(piece))


def _starts_agency(s: str, strict: bool = False) -> bool:
    """``strict``: a collective must name agencies (``Các sở, ban, ngành``), not any ``Các …``, and a
    head word alone (``Phòng``, a heading cut short) names nobody."""
    if strict and len(s.split()) < 2:
        return False
    if gazetteer()[1].match(s) or _heads().match(s) or position_collective(s):
        return True
    return bool(_COLLECTIVE_OPEN.match(s)) and (not strict or _looks_agency(s))


def _names_a_position(s: str) -> bool:
    """A heading naming a post (``Công chức Văn hóa - Xã hội xã``): small communes assign duties to
    posts, not offices."""
    got = person_at(s)
    return bool(got) and len(got) == 1 and got[0].role == got[0].name


def _has_verb(s: str) -> bool:
    """A verb after the first character of ``s``, other than a collective's ``được …`` clause."""
    return any(not _passive_in_collective(s, 0, m.start()) for m in _verbs().finditer(s, 1))


def _mask_names(s: str) -> str:
    """``s`` with its names blanked, so a verb test sees only what lies between them: the grammar's
    names too (``Phòng Giáo dục và Đào tạo huyện`` holds the verb ``tạo``)."""
    for a, b in sorted(name_spans(s) + grammar_spans(s), reverse=True):
        s = s[:a] + "X" * (b - a) + s[b:]
    return s


def _proper_after_head(name: str) -> bool:
    """An unknown agency's name: its head followed by a capitalised word (``Ban Quản lý Khu kinh tế``),
    not by a common noun (``Hội thi``, ``Đài truyền thanh``)."""
    m = _heads().match(name)
    return bool(m) and name[m.end():].lstrip()[:1].isupper()


def heading_agencies(text: str, start: int, end: int, aliases: dict[str, str] | None = None,
                     strict: bool = False) -> tuple[list[Agency], int] | None:
    """A heading that is just a list of agencies (``Sở Ngoại vụ``, ``Các cơ quan báo, đài; Cổng …``,
    ``Báo Hải Phòng, Đài Phát thanh và Truyền hình Hải Phòng:``), or such a list before a colon and
    the duties (``UBND các xã, thị trấn; các cơ quan liên quan: căn cứ …``): (the agencies, where the
    duties begin), else None. The heading names who carries out what is written under it.
    ``strict``: only a collective that names agencies counts (see :func:`_starts_agency`)."""
    seg = text[start:end]
    colon = seg.find(":", 0, 200)
    names_end = start + colon if colon > 0 else end
    bare = recase(text[start:names_end].strip().rstrip(".:"))  # a heading in capitals read as names are written
    if bare and (_starts_agency(bare, strict) or _names_a_position(bare)) \
            and not _has_verb(_mask_names(bare)) and len(bare) < 200:
        ags = split_list(bare, base=start + (len(seg) - len(seg.lstrip())), aliases=aliases)
        if strict and not all(a.canonical or a.person or _proper_after_head(a.text) for a in ags):
            return None  # "3. Hội thi": a head word opening a title, not an unknown agency
        if ags:
            # each agency's text as the document writes it (the name is the one read)
            return [replace(a, text=text[a.span[0]:a.span[1]]) if a.span else a for a in ags], \
                (names_end + 1 if colon > 0 else end)
    return None


_ALIAS_DEF = re.compile(r"([" + "A-ZĐÂĂÊÔƠƯỦ" + r"][^,;:()\n]{5,120}?)\s*\(([^()\n]{2,60})\)")
_ACRONYM = re.compile(r"[A-ZĐ&]{2,10}")
_ALIAS_HEAD = re.compile(r"(?<!\w)(?:Tổng [Cc]ông ty|Công ty|Ủy ban nhân dân|Sở|Ban|Trung tâm|Hội)\b")


def _alias_definitions(text: str):
    """``_ALIAS_DEF.finditer(text)``, searched only near each ``(``.

    A definition's ``(`` is the first one after its start, and its name (at most 121 characters)
    ends where the spaces before that ``(`` begin; its ``(…)`` is at most 62 characters. So a
    match that starts before the next ``(`` starts in that window and ends within reach of it.
    """
    pos = 0
    while True:
        q = text.find("(", pos)
        if q < 0:
            return
        w = q
        while w > pos and text[w - 1].isspace():  # str.isspace() is the \s of a str pattern
            w -= 1
        m = _ALIAS_DEF.search(text, max(pos, w - 121), q + 62)
        if m and m.start() < q:
            yield m
            pos = m.end()
        else:
            pos = q + 1


def doc_aliases(text: str) -> dict[str, str]:
    """Aliases a document defines inline: ``Tổng công ty … – CTCP (Tổng Công ty Becamex IDC)``."""
    out: dict[str, str] = {}
    for m in _alias_definitions(text):
        full, short = m.group(1).strip(), m.group(2).strip()
        if not _heads().match(short) and not _ACRONYM.fullmatch(short):
            continue
        # the full name is the tail of the text before "(" that starts with an agency head
        hm = _ALIAS_HEAD.search(full)
        if not hm:
            continue
        full = full[hm.start():]
        # a short name stands for a longer one; a name of its own in brackets after a body ("Văn phòng
        # UBND tỉnh (Cổng thông tin điện tử tỉnh)") is the unit that does the work, not an alias
        if len(short) >= len(full) or lookup(short) is not None:
            continue
        out[_key(short)] = full
    return out


# -- agency names written in capitals --------------------------------------------------------------

_LOWER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1)
def _word_case() -> tuple[dict[tuple[str, str], str], dict[str, str]]:
    """How agency and place names write a word after the first: ((previous word, word) → form, word →
    form), each the most common form in the gazetteer's names and aliases and the provinces' names,
    lower-cased keys (``(sở, y)`` → ``Y``, ``(y, tế)`` → ``tế``, ``(sở, thông)`` → ``Thông``, ``(truyền,
    thông)`` → ``thông``). A name's first word is capitalised wherever it stands: it is not counted."""
    from collections import Counter

    from .common import provinces
    pairs: dict[tuple[str, str], Counter] = {}
    words: dict[str, Counter] = {}
    names = [n for item in load_yaml("agencies.yaml") for n in (item["name"], *item.get("aliases", []))]
    names += [r[k] for r in provinces() for k in ("province", "successor") if r.get(k)]
    names += list(_abbreviations()[1].values())
    for name in names:
        ws = re.findall(r"[^\W\d_]+", name)
        for prev, w in zip(ws, ws[1:]):
            if w.isupper() and len(w) > 1:  # an abbreviation (UBND) says nothing about case
                continue
            pairs.setdefault((prev.lower(), w.lower()), Counter())[w] += 1
            words.setdefault(w.lower(), Counter())[w] += 1
    def best(c: Counter) -> str:  # the most common form; a tie goes to the capitalised one
        return max(c.items(), key=lambda kv: (kv[1], kv[0][:1].isupper()))[0]
    return {k: best(c) for k, c in pairs.items()}, {k: best(c) for k, c in words.items()}


def recase(s: str) -> str:
    """An agency heading written in capitals as names are written (``PHÒNG VĂN HÓA VÀ THÔNG TIN HUYỆN``
    → ``Phòng Văn hóa và Thông tin huyện``): the first word capitalised, each other word as the
    gazetteer most often writes it after the word before it (else anywhere after a first word), a word
    it never shows (a place name) capitalised, an abbreviation (``UBND``, ``HĐND``) kept. Text with a
    lower-case letter, or whose recasing would change its length, is returned as is, so spans into the
    original text hold."""
    if not s.isupper():  # a lower-case letter, or no letter at all
        return s
    pairs, words = _word_case()
    abbr = abbreviation_words()
    prev: list = [None, False]  # the word before (lower-cased); whether it was capitalised after the first

    def word(m: re.Match) -> str:
        w = m.group(0)
        low = w.lower()
        if w in abbr or (len(w) > 1 and not _vowel(w)):
            out = w  # an abbreviation: UBND, HĐND, MTTQ
        elif prev[0] is None:
            out = w[:1] + low[1:]
        elif (prev[0], low) in pairs:
            out = pairs[(prev[0], low)]
        elif low in _PLACE_WORDS:  # "… huyện", "các xã, thị trấn"
            out = low
        elif prev[0] in _PLACE_WORDS or prev[1]:  # a place's name: "huyện Hải Lăng"
            out = w[:1] + low[1:]
        else:
            out = words.get(low, low)
        prev[0], prev[1] = low, prev[0] is not None and out[:1].isupper() and out not in abbr
        return out

    out = re.sub(r"[^\W\d_]+", word, s)
    return out if len(out) == len(s) else s


_PLACE_WORDS = frozenset({"tỉnh", "huyện", "quận", "xã", "phường", "phố", "trấn", "thị"})


@lru_cache(maxsize=1)
def abbreviation_words() -> frozenset[str]:
    """The letter runs in capitals of the abbreviations ``expand`` knows (``HĐND&UBND`` gives ``HĐND``, ``UBND``)."""
    return frozenset(p for a in _abbreviations()[1] for p in re.findall(r"[^\W\d_]+", a) if p.isupper() and len(p) > 1)


_VOWELS = frozenset("aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def _vowel(w: str) -> bool:
    return any(c in _VOWELS for c in w.lower())
