"""People named as performers (spec § tasks: ``"person": true``).

Small teams give duties to people, not agencies: ``Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách
chung …``, ``Bà Nguyễn Thị A``, ``Đ/c …``, a ``Người thực hiện`` cell ``Đỗ Mạnh Cường, Vũ Việt Linh``
(in a DOCX cell the names often stand on their own lines, which a text copy joins with spaces:
``Đỗ Mạnh Cường Vũ Việt Linh``), or a position alone (``Trưởng phòng QLCN``). A person is an
:class:`~planparse.model.Agency` with ``person=True``; ``name`` is the person's name (each syllable
capitalised, as names are written) or, when no name is given, the position as written; ``role``
is the position printed with a name.

The words (honorifics, family names, positions) live in ``data/people.yaml``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load_yaml
from ..model import Agency

_WORD = re.compile(r"[^\W\d_]+")
_SEP = re.compile(r"\s*(?:[;\n]|,(?!\s*(?:Phó|Trưởng|Thư ký|Thành viên|Tổ|Giám đốc|Chánh|Chủ tịch|Ủy viên|Chuyên viên)\b)"
                  r"|\s+và\s+)\s*")
_ROLE_SEP = re.compile(r"\s*(?:[-–—]|,|\()\s*")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, frozenset[str], re.Pattern]:
    d = load_yaml("people.yaml")
    hon = sorted(d["honorifics"], key=len, reverse=True)
    honorific = re.compile(r"(?:" + "|".join(re.escape(h) for h in hon) + r")(?:\.|:)?(?=\s)\s*")
    pos = sorted(d["positions"], key=len, reverse=True)
    position = re.compile(r"(?:" + "|".join(re.escape(p) for p in pos) + r")(?!\w)", re.I)
    return honorific, frozenset(d["surnames"]), position


def _title(name: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in name.split())


def _is_name(tokens: list[str], surnames: frozenset[str], honorific: bool = False) -> bool:
    """2–5 syllables, first and last capitalised; a family name first unless an honorific vouches."""
    if not (1 if honorific else 2) <= len(tokens) <= 5 or not all(_WORD.fullmatch(t) for t in tokens):
        return False
    if not (tokens[0][:1].isupper() and tokens[-1][:1].isupper()):
        return False
    return honorific or tokens[0] in surnames


def _segment(tokens: list[str], surnames: frozenset[str]) -> list[tuple[int, int]] | None:
    """Split a run of names without separators at family names (fewest, most typical names)."""
    cost = {3: 0, 4: 1, 2: 2, 5: 3}
    n = len(tokens)
    best: list[tuple[float, list[tuple[int, int]]] | None] = [None] * (n + 1)
    best[0] = (0, [])
    for i in range(n):
        if best[i] is None or tokens[i] not in surnames:
            continue
        for k in (2, 3, 4, 5):
            j = i + k
            if j > n or not _is_name(tokens[i:j], surnames):
                continue
            c = best[i][0] + cost[k]
            if best[j] is None or c < best[j][0]:
                best[j] = (c, best[i][1] + [(i, j)])
    return best[n][1] if best[n] else None


def person_at(text: str, base: int = 0) -> list[Agency] | None:
    """The person(s) one mention names (``Ông. X - Trưởng đoàn``, ``Trưởng phòng QLCN``,
    ``Đỗ Mạnh Cường Vũ Việt Linh``); ``None`` when it is not a mention of people."""
    honorific_rx, surnames, position_rx = _words()
    raw = text.strip(" .;:,")
    if not raw or re.search(r"(?<!\w)các(?!\w)", raw, re.I):
        return None
    off = base + text.find(raw)
    from .common import province_regex
    hm = honorific_rx.match(raw) if not province_regex().match(raw) else None  # "Bà Rịa - Vũng Tàu" is a place
    rest = raw[hm.end():] if hm else raw
    rest_off = hm.end() if hm else 0
    # (up to 14 words: "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường", a commune post of Decree 33/2023)
    if not hm and position_rx.match(raw) and len(raw.split()) <= 14 and not re.search(r"[,(]", raw):
        # a position whose own words hold " - " ("Công chức Văn hóa - Xã hội xã"): one position,
        # unless what follows the dash is a person's name ("Trưởng phòng - Nguyễn Văn An")
        after = re.split(r"\s+[-–—]\s+", raw, maxsplit=1)
        if len(after) == 2 and not _is_name(after[1].split(), surnames):
            return [Agency(name=raw[:1].upper() + raw[1:], text=raw, collective=False, canonical=False,
                           person=True, role=raw, span=(off, off + len(raw)))]
    # name, then an optional role after " - ", ", " or "("
    rm = _ROLE_SEP.search(rest)
    name_part = rest[:rm.start()] if rm else rest
    role = rest[rm.end():].strip(" )") if rm else None
    if role is not None and not (position_rx.match(role) or (hm and len(role.split()) <= 6)):
        return None
    tokens = name_part.split()
    if hm and _is_name(tokens, surnames, honorific=True):
        return [Agency(name=_title(name_part), text=raw, collective=False, canonical=False, person=True,
                       role=role or None, span=(off, off + len(raw)))]
    if not hm and role is None and position_rx.match(raw) and len(tokens) <= 8:
        return [Agency(name=raw, text=raw, collective=False, canonical=False, person=True, role=raw,
                       span=(off, off + len(raw)))]
    if hm:
        return None
    segs = _segment(tokens, surnames)
    if not segs or (role is not None and len(segs) != 1):
        return None
    from .common import province_regex
    if any(province_regex().fullmatch(" ".join(tokens[i:j])) for i, j in segs):
        return None  # "Hà Nội", "Lâm Đồng": places, not people
    out = []
    pos = 0
    for i, j in segs:
        words = tokens[i:j]
        m = re.search(r"\s+".join(re.escape(w) for w in words), name_part[pos:])
        s = pos + m.start()
        pos += m.end()
        written = name_part[s:pos] if role is None else raw
        out.append(Agency(name=_title(" ".join(words)), text=written, collective=False, canonical=False, person=True,
                          role=role or None, span=(off + rest_off + s, off + rest_off + (pos if role is None else len(raw)))))
    return out


def people_list(text: str, base: int = 0) -> list[Agency] | None:
    """Every person a ``Người thực hiện``-style cell names, or ``None`` unless it names only people."""
    out: list[Agency] = []
    pos = 0
    for m in [*_SEP.finditer(text), None]:
        end = m.start() if m else len(text)
        piece = text[pos:end]
        if piece.strip(" .;:,"):
            got = person_at(piece, base + pos)
            if not got:
                return None
            out.extend(got)
        if m:
            pos = m.end()
    return out or None


def person_heading(text: str, start: int, end: int) -> tuple[Agency, int] | None:
    """A heading that names a person and their role before the duties:
    ``Ông. Hoàng Văn Thuân - Trưởng đoàn: Phụ trách chung …`` → (person, where duties begin)."""
    seg = text[start:end]
    c = seg.find(":")
    if c <= 0 or c > 120:
        return None
    got = person_at(seg[:c], start)
    if not got or len(got) != 1:
        return None
    p = got[0]
    c2 = seg.find(":", c + 1)
    if p.role == p.name and 0 < c2 - c <= 120:
        # "Trưởng ban: Đồng chí Trần Văn Hùng - Phó Chủ tịch UBND huyện: chỉ đạo chung"
        named = person_at(seg[c + 1:c2], start + c + 1)
        if named and len(named) == 1 and _words()[0].match(seg[c + 1:c2].strip()):
            n = named[0]
            return Agency(name=n.name, text=n.text, collective=False, canonical=False, person=True,
                          role=p.name, span=n.span), start + c2 + 1
    return p, start + c + 1
