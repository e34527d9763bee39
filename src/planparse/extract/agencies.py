"""Agencies: find, split and canonicalise agency names against the shipped gazetteer.

Exact matching is one compiled regex over every name and alias (separators ``,``/``-``/``&``/
``và`` optional, case-insensitive, across line breaks); spelling variants fall back to
rapidfuzz over the expanded name; agencies the gazetteer does not know are still returned,
with ``canonical=False``, when the text plainly names one (``Ban Quản lý Khu công nghiệp
Việt Nam - Singapore``). Collective references keep their wording (``collective=True``).
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import data_text, load_lines, load_yaml
from ..model import Agency
from .common import province_regex

_SEP = r"(?:\s*[,&\-]\s*|\s+)(?:và\s+)?"
_COLLECTIVE_OPEN = re.compile(r"^(?:các|một số|những|mọi|toàn thể|tất cả(?: các)?|mỗi|hệ thống)\b", re.I)
_GENERIC = re.compile(r"^(?:cơ quan|đơn vị|địa phương|đoàn thể|tổ chức|ngành|sở|ban|huyện|thị xã|thành phố|cấp|hội|"
                      r"phòng|trường|cơ sở|doanh nghiệp|hiệp hội|đài|báo|xã|phường|thị trấn|hệ thống)\b", re.I)


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


@lru_cache(maxsize=8192)
def expand(s: str) -> str:
    """Expand abbreviations on token boundaries, longest first (``UBND`` → ``Ủy ban nhân dân``)."""
    rx, table = _abbreviations()
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
                toks = [t for t in re.split(r"[\s,&\-]+", alias) if t and t.lower() != "và"]
                patterns.append(_SEP.join(re.escape(t) for t in toks))
    patterns = sorted(set(patterns), key=len, reverse=True)
    prov = province_regex().pattern
    suffix = (r"(?P<suffix>\s+(?:của\s+)?(?:tỉnh|thành phố)(?:\s+" + prov + r")?(?!\w)"
              r"|\s+(?:" + prov + r")|\s+cấp tỉnh|\s+Trung ương|\s+tại\s+(?:" + prov + r"))?")
    rx = re.compile(r"(?<!\w)(?P<core>" + "|".join(patterns) + r")(?!\w)" + suffix, re.I)
    return by_key, rx, list(by_key)


@lru_cache(maxsize=1)
def _heads() -> re.Pattern:
    heads = sorted(load_lines("agency_heads.txt"), key=len, reverse=True)
    # an unknown agency's head is followed by a capitalised word: "Ban Quản lý …", not "Đoàn công tác"
    return re.compile(r"^(?!Báo cáo|Ban hành|Phòng chống|Hội nghị|Hội thảo|Hội chợ|Đoàn công tác|Cổng thông tin ASEAN)"
                      r"(?:" + "|".join(re.escape(h) for h in heads) + r")(?=\s+[\w(]|$)")


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    verbs = sorted(load_lines("verbs.txt"), key=len, reverse=True)
    # lower-case only: in running text verbs are lower-case, inside names words are capitalised
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(v) for v in verbs) + r")(?!\w)")


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
    return by_key[hit[0]] if hit else None


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
    raw = re.sub(r"\s*\([^()]*\)\s*$", "", raw).strip() or raw  # [^()]: linear on "Sở X (" × 7000
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
    _, rx, _ = gazetteer()
    if _COLLECTIVE_OPEN.match(raw) or (_GENERIC.match(raw) and not _heads().match(raw)):
        return Agency(name=_cap(expand(raw)), text=raw, collective=True, canonical=True, span=span)
    m = rx.fullmatch(raw)
    if m:
        e = lookup(m.group("core"))
        if e:
            return Agency(name=_with_suffix(e.name, m.group("suffix"), m.group("core")), text=raw, canonical=True,
                          id=e.id, successor=e.successor, span=span)
    if re.search(r"(?<!\w)các(?!\w)", " ".join(raw.split()[:5])) and lookup(raw) is None:
        return Agency(name=_cap(expand(raw)), text=raw, collective=True, canonical=True, span=span)
    e = lookup(raw)
    if e:
        return Agency(name=e.name, text=raw, canonical=True, id=e.id, successor=e.successor, span=span)
    pm = re.fullmatch(r"Báo(?:\s+điện tử)?\s+(" + province_regex().pattern + ")", raw)
    if pm:
        return Agency(name=f"Báo {pm.group(1)}", text=raw, canonical=True, span=span)
    if _heads().match(raw) or _heads().match(_cap(raw)):
        return Agency(name=_proper(expand(raw)), text=raw, canonical=False, span=span)
    return None


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


def find_all(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, Agency]]:
    """Every gazetteer agency mentioned in ``text[lo:hi]`` (offsets into ``text``)."""
    _, rx, _ = gazetteer()
    out = []
    for m in rx.finditer(text, lo, len(text) if hi is None else hi):
        e = lookup(m.group("core"))
        if not e:
            continue
        out.append((m.start(), m.end(), Agency(name=_with_suffix(e.name, m.group("suffix"), m.group("core")), text=m.group(0),
                                               canonical=True, id=e.id, successor=e.successor,
                                               span=(m.start(), m.end()))))
    return out


_LIST_SPLIT = re.compile(r"\s*;\s*|\s*,\s*|\s+và\s+|\s+cùng\s+")


def split_list(text: str, base: int = 0, aliases: dict[str, str] | None = None) -> list[Agency]:
    """Split an agency list (``Sở A, Sở B và các cơ quan, đơn vị liên quan``) into agencies."""
    text = text.rstrip(" .;")
    protected: list[tuple[int, int]] = []
    for s, e, _ in find_all(text):
        protected.append((s, e))
    i = text.find("(")  # what finditer(r"\([^)]*\)") finds, without rescanning to the end from every "("
    while i >= 0:
        j = text.find(")", i)
        if j < 0:
            break
        protected.append((i, j + 1))
        i = text.find("(", j + 1)
    inside = bytearray(len(text) + 1)  # 1 strictly inside a protected span: a lookup, not a scan of every span
    for a, b in protected:
        if b - a > 1:
            inside[a + 1:b] = b"\x01" * (b - a - 1)
    cuts = [m for m in _LIST_SPLIT.finditer(text) if not inside[m.start()] and not inside[max(0, m.end() - 1)]]
    from bisect import bisect_right
    from itertools import accumulate
    protected.sort()
    p_starts = [a for a, _ in protected]
    p_reach = list(accumulate((b for _, b in protected), max))
    chunks: list[tuple[int, int]] = []
    prev = 0
    for m in cuts:
        chunks.append((prev, m.start()))
        prev = m.end()
    chunks.append((prev, len(text)))
    items: list[list[int]] = []  # [start, end, is_collective]
    for s, e in chunks:
        piece = text[s:e].strip()
        if not piece:
            continue
        head_named = bool(_heads().match(piece)) and len(piece.split()) > 1 and not _GENERIC.fullmatch(piece)
        k = bisect_right(p_starts, s + 1)  # some protected span starting by s+1 reaches e-1
        in_gaz = bool(k) and p_reach[k - 1] >= e - 1
        bare_head = bool(re.fullmatch(r"(?:Sở|Ban|Ngành|Hội|Đoàn thể|Sở, Ban)", piece))
        starts_collective = bool(_COLLECTIVE_OPEN.match(piece))
        generic = bool(_GENERIC.match(piece)) or bare_head
        if items:
            last_collective = items[-1][2]
            if starts_collective or ((head_named or in_gaz) and not bare_head):
                items.append([s, e, starts_collective or _has_cac(piece)])
                continue
            if generic:
                if last_collective:
                    items[-1][1] = e
                else:
                    items.append([s, e, True])
                continue
            items[-1][1] = e  # a continuation ("Phát triển công nghiệp", "ngoài nước")
        else:
            items.append([s, e, starts_collective or _has_cac(piece) or (generic and not head_named)])
    out = []
    for s, e, _ in items:
        piece = text[s:e]
        lead = len(piece) - len(piece.lstrip())
        a = make_agency(piece, (base + s, base + e), aliases)
        if a:
            out.append(a)
    return out


def _has_cac(piece: str) -> bool:
    return bool(re.search(r"(?<!\w)các(?!\w)", piece)) and not gazetteer()[1].fullmatch(piece.strip(" .;,"))


def phrase_end(text: str, start: int, limit: int) -> int:
    """Where an agency phrase that starts at ``start`` ends: before the first verb or clause break."""
    vx = _verbs()
    pos = start
    words = 0
    names = [(s, e) for s, e, _ in find_all(text, start, limit)]
    # inside a name ⇔ the furthest end among names starting at or before w0 lies past w0 (bisect, not a scan)
    from bisect import bisect_right
    from itertools import accumulate
    starts = [s for s, _ in names]
    reach = list(accumulate((e for _, e in names), max))
    for m in re.finditer(r"\S+", text[start:limit]):
        w0 = start + m.start()
        tok = m.group(0)
        k = bisect_right(starts, w0)
        if k and reach[k - 1] > w0:
            if re.search(r"[.;:]$", tok) and not re.search(r"(?:TP|Tp)[.]$", tok):
                return _rstrip(text, start, w0 + len(tok) - 1)  # "Sở Tài chính: thẩm định …"
            words += 1
            pos = w0 + len(tok)
            continue
        if words >= 1:
            vm = vx.match(text, w0)
            if vm and not re.search(r"(?:các|những|cơ quan|và)\s*$", text[max(start, w0 - 40):w0]):
                return _rstrip(text, start, w0)
        if re.search(r"[.;:]$", tok) and not re.search(r"(?:như|gồm|TP|Tp)[:.]$", tok):
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


def opening_agencies(text: str, start: int, limit: int, aliases: dict[str, str] | None = None,
                     allow_collective: bool = True) -> list[Agency]:
    """Agencies that open the clause at ``start`` as its actor (``Sở X tổ chức …``)."""
    seg = text[start:limit]
    lead = len(seg) - len(seg.lstrip(" -+"))
    s = start + lead
    # skip an introductory clause ("Căn cứ vào …, ", "Trên cơ sở …, ")
    if re.match(r"(?:Căn cứ|Trên cơ sở|Theo(?!\s+dõi)|Ngoài ra|Đồng thời|Bên cạnh đó|Thông qua)\b", text[s:limit]):
        _, rx0, _ = gazetteer()
        for cm in re.finditer(r",\s*", text[s:min(limit, s + 250)]):
            p = s + cm.end()
            if rx0.match(text, p, limit) or _heads().match(text[p:limit]):
                s = p
                break
    _, rx, _ = gazetteer()
    m = rx.match(text, s, limit)
    first_is_named = bool(m)
    if not m:
        piece = text[s:limit]
        if not (_heads().match(piece) or (allow_collective and _COLLECTIVE_OPEN.match(piece) and _looks_agency(piece))):
            return []
    end = phrase_end(text, s, limit)
    # the list of actors runs up to the verb; it must be followed by a verb, ':' or 'là'
    after = text[end:limit].lstrip(" ,:")
    if not after or re.match(r"(?:của|về|với|trong|tại|cho|đối với|và)\b", after):
        return []
    if not first_is_named and not _verbs().match(after) and not text[end:end + 2].strip().startswith(":"):
        return []
    return split_list(text[s:end], base=s, aliases=aliases)


def _looks_agency(piece: str) -> bool:
    return bool(re.match(r"(?:các|một số|những)\s+(?:sở|ban|ngành|cơ quan|đơn vị|địa phương|đoàn thể|tổ chức|"
                         r"Sở|Ban|UBND|Ủy ban|phòng|Phòng|trường|cơ sở|hội|Hội|huyện)", piece, re.I))


def doc_aliases(text: str) -> dict[str, str]:
    """Aliases a document defines inline: ``Tổng công ty … – CTCP (Tổng Công ty Becamex IDC)``."""
    out: dict[str, str] = {}
    for m in re.finditer(r"([" + "A-ZĐÂĂÊÔƠƯỦ" + r"][^,;:()\n]{5,120}?)\s*\(([^()\n]{2,60})\)", text):
        full, short = m.group(1).strip(), m.group(2).strip()
        if not _heads().match(short) and not re.fullmatch(r"[A-ZĐ&]{2,10}", short):
            continue
        # the full name is the tail of the text before "(" that starts with an agency head
        hm = None
        for hh in re.finditer(r"(?<!\w)(?:Tổng [Cc]ông ty|Công ty|Ủy ban nhân dân|Sở|Ban|Trung tâm|Hội)\b", full):
            hm = hh
            break
        if not hm:
            continue
        full = full[hm.start():]
        out[_key(short)] = full
    return out
