"""Coverage: judge each content area covered / partial / missing, with evidence, as a careful reader.

A plan's body is cut into units (clauses of headings, bullets and paragraphs). Each area's
signals are matched in every unit; a unit's score for an area is its best signal (weighted by
the signal's strength and the match quality) plus a bonus for further distinct signals. A
mention deep inside a long clause (a qualifier of something else) and a mention in the purposes
section count less, as the spec's reader would: an own task, bullet or duty covers; a passing
mention or one only in the purposes is partial.
"""
from __future__ import annotations

import re

from ..model import SectionKind
from bisect import bisect_right

from .match import Unit, _orig_pos, compile_phrase, fold, folded_text, match
from .model import AreaResult, Evidence
from .reference import Area, Reference

COVERED = 0.9
PARTIAL = 0.3
OFF_TOPIC_PARTIAL = 0.6  # in a plan that never names the topic, only clear same-kind activity is partial
PASSING_AFTER = 100  # characters into a clause after which a mention is a qualifier
PASSING_FACTOR = 0.75
PURPOSE_FACTOR = 0.5
HEAD_CHARS = 40  # a signal this close to the start of its clause is what the clause is about
HEAD_FACTOR = 1.3

_QUALIFIER = re.compile(r"(?:thuộc|của|trong|gắn với|liên quan đến|về)\s+(?:các\s+|cả\s+)?$")
_CLAUSE = re.compile(r";\s+|(?<=[^.\d][.!?])\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ])|:\s+(?=\S)")


def plan_units(plan) -> list[Unit]:
    from ..extract.agencies import opening_agencies
    from ..structure import classify
    text = plan.text
    by_id = {s.id: s for s in plan.sections}
    if not plan.sections:
        return []
    lo = plan.sections[0].span[0]
    hi = max(s.span[1] for s in plan.sections)
    units: list[Unit] = []
    pos = lo
    for raw in text[lo:hi].split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            continue
        ln = classify(raw, start)
        if ln.kind == "field":
            continue
        sec = plan.section_at(start)
        top = sec
        while top is not None and top.parent:
            top = by_id.get(top.parent)
        role = "heading" if ln.kind in ("roman", "arabic", "dotted", "letter") else ("bullet" if ln.kind == "bullet" else "paragraph")
        body_start = ln.rest_start if ln.kind != "text" else start
        cs = body_start
        for m in list(_CLAUSE.finditer(text, body_start, end)) + [None]:
            ce = m.start() if m else end
            seg = text[cs:ce]
            if len(seg.strip()) >= 8:
                actor = 0
                head = seg.lstrip(" -+")[:1]
                ags = opening_agencies(text, cs, ce) if len(seg) > 40 and (head.isupper() or seg.lstrip(" -+")[:3] == "các") else []
                if ags and ags[-1].span:
                    actor = max(0, ags[-1].span[1] - cs)
                units.append(Unit(seg.strip(), (cs, ce), sec.id if sec else None,
                                  top.kind.value if top is not None and top.kind else None, role, actor))
            if m:
                cs = m.end()
    return units


class Index:
    """The units of one plan folded into one string, so each signal is searched once per plan."""

    def __init__(self, units: list[Unit]) -> None:
        self.units = units
        self.starts: list[int] = []
        parts = []
        pos = 0
        for u in units:
            self.starts.append(pos)
            parts.append(u.padded)
            pos += len(u.padded) + 1
        self.text = "\n".join(parts)
        self.postings: dict[str, set[int]] = {}
        for k, u in enumerate(units):
            for syl in set(u.folded.split()):
                self.postings.setdefault(syl, set()).add(k)

    def unit_at(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def candidates(self, c) -> dict[int, tuple[float, int]]:
        """unit index → (match strength, character position in the unit) for compiled phrase ``c``."""
        found: dict[int, tuple[float, int]] = {}
        needle = f" {c.folded} "
        i = self.text.find(needle)
        while i >= 0:
            k = self.unit_at(i)
            found.setdefault(k, (1.0, _orig_pos(self.units[k], i - self.starts[k])))
            i = self.text.find(needle, i + 1)
        # loose and fuzzy matching only where the phrase's words could all be
        words = {w for ws in c.words for w in ws}
        if len(c.words) < 2 and len(c.folded) < 12:
            return found  # a one-word phrase: the exact search is all there is
        need = max(2, int(0.6 * len(words) + 0.5))
        counts: dict[int, int] = {}
        for syl in words:
            for k in self.postings.get(syl, ()):
                counts[k] = counts.get(k, 0) + 1
        full = len(words)
        for k, n in counts.items():
            if n < need or k in found:
                continue
            # loose (any order) only where every word is present; fuzzy (typos) only when most are
            r = match(c, self.units[k], exact=False, loose=n == full, fuzzy=len(c.folded) >= 12 and n >= 0.75 * full)
            if r is not None:
                found[k] = r
        return found


def score_area(area: Area, units: list[Unit], index: Index | None = None) -> list[tuple[float, Unit]]:
    index = index or Index(units)
    per_unit: dict[int, list[tuple[float, str]]] = {}
    for sig in area.signals:
        c = compile_phrase(sig.phrase)
        w = sig.weight
        for k, (strength, p) in index.candidates(c).items():
            u = units[k]
            v = w * strength
            # a distinctive phrase commits wherever it stands; a generic one deep in a clause is a qualifier
            if w < 1.0 and ((p - u.actor_len > PASSING_AFTER and len(u.text) > 140)
                            or (p - u.actor_len > 40 and _QUALIFIER.search(u.text[max(0, p - 25):p]))):
                v *= PASSING_FACTOR
            elif w >= 0.7 and p - u.actor_len <= HEAD_CHARS:
                v *= HEAD_FACTOR  # the clause is about it: "Tạo lập và duy trì Góc ASEAN …"
            per_unit.setdefault(k, []).append((v, c.folded))
    scored = []
    for k, hits in per_unit.items():
        u = units[k]
        hits.sort(reverse=True)
        best = hits[0][0]
        others = {f for _, f in hits[1:] if f != hits[0][1] and f not in hits[0][1]}
        bonus = min(0.5, sum(0.25 if v >= 0.5 else 0.1 for v, f in hits[1:] if f in others and v >= 0.2))
        sc = min(1.5, best + bonus)
        if u.top_kind == SectionKind.PURPOSE.value:
            sc *= PURPOSE_FACTOR
        scored.append((sc, u))
    scored.sort(key=lambda x: (-x[0], x[1].span))
    return scored


def judge(ref: Reference, plan, topic_present: bool) -> list[AreaResult]:
    units = plan_units(plan)
    index = Index(units)
    out = []
    for area in ref.areas:
        scored = score_area(area, units, index)
        best = scored[0][0] if scored else 0.0
        if area.topic_bound and not topic_present:
            status = "partial" if best >= OFF_TOPIC_PARTIAL else "missing"
        else:
            status = "covered" if best >= COVERED else ("partial" if best >= PARTIAL else "missing")
        ev = []
        if status != "missing":
            seen = set()
            for s, u in scored[:6]:
                if s < PARTIAL or u.span in seen:
                    continue
                seen.add(u.span)
                ev.append(Evidence(section=u.section, text=u.text, span=u.span, page=plan.page_of(u.span[0])))
                if len(ev) == 3:
                    break
        out.append(AreaResult(id=area.id, title=area.title, status=status, score=round(min(best, 1.5) / 1.5, 3),
                              evidence=tuple(ev), tag=area.tag, title_en=area.title_en))
    return out


def topic_mentions(ref: Reference, plan) -> int:
    if not ref.topic:
        return 10**6
    body = folded_text(plan.text)
    return sum(len(re.findall(r"(?<!\w)" + re.escape(fold(t)) + r"(?!\w)", body)) for t in ref.topic)
