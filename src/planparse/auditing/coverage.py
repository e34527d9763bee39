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
from collections import Counter
from dataclasses import dataclass

from ..model import SectionKind
from bisect import bisect_left, bisect_right

from .match import Unit, compile_phrase, fold, folded_text, match
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
# the retrieval judge's thresholds (a clause's BM25 score in "distinctive words", see retrieval.py),
# the share of the clause's best area's score an area needs (1.0: only the area the clause is most
# about), and the bonus when both judges agree on one clause: chosen by leave-one-plan-out, tools/calibrate_audit.py
THRESHOLDS = {"retrieval_partial": 2.0, "retrieval_covered": 3.0, "agree_bonus": 0.15, "retrieval_rank": 1.0}

_QUALIFIER = re.compile(r"(?:thuộc|của|trong|gắn với|liên quan đến|về)\s+(?:các\s+|cả\s+)?$")
_CLAUSE = re.compile(r";\s+|(?<=[^.\d][.!?])\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈÍÌÓÒÚÙÝ])|:\s+(?=\S)")


_BULLET = re.compile(r"^\s*[-+•*\u2022\uf0b7–]\s*")
_LABEL = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])\s*[.)/:]\s*")


def plan_units(plan) -> list[Unit]:
    """The clauses of a plan that can carry evidence.

    Line kinds come from the parsed plan: a line holding a section's heading is a heading (its
    text starts at the heading's title), a line opening with a dash or bullet is a bullet, a
    field line ("Thời gian: …") is skipped; a text without numbered sections (a news report, an
    excerpt, a plan written as prose) is cut into its paragraphs. The actor opening a clause
    ("Sở X chủ trì …") is taken from the plan's tasks and assignments, not re-extracted.
    """
    from ..structure import FIELD_RE
    text = plan.text
    by_id = {s.id: s for s in plan.sections}
    heads = {s.heading_span[0]: s for s in plan.sections if s.heading_span[1] > s.heading_span[0]}
    head_order = {h: n for n, h in enumerate(heads)}
    head_starts = sorted(heads)
    if plan.sections:
        lo = plan.sections[0].span[0]
        hi = max(s.span[1] for s in plan.sections)
    else:
        lo, hi = _body_bounds(plan)
    actors = _actor_spans(plan)
    units: list[Unit] = []
    pos = lo
    for raw in text[lo:hi].split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            continue
        # the first heading (in section order) that starts on this line
        inside = head_starts[bisect_left(head_starts, start):bisect_left(head_starts, end)]
        head = min(inside, key=head_order.__getitem__) if inside else None
        if head is not None:
            role, body_start = "heading", head
        elif _BULLET.match(raw):
            role, body_start = "bullet", start + _BULLET.match(raw).end()
        else:
            role, body_start = "paragraph", start
        if role != "heading" and FIELD_RE.match(text[body_start:end]) and len(raw) < 400:
            continue
        sec = plan.section_at(start) if plan.sections else None
        top = sec
        while top is not None and top.parent:
            top = by_id.get(top.parent)
        cs = body_start
        for m in list(_CLAUSE.finditer(text, body_start, end)) + [None]:
            ce = m.start() if m else end
            seg = text[cs:ce]
            if len(seg.strip()) >= 8:
                lead = len(seg) - len(seg.lstrip(" -+"))
                actor = _actor_len(actors, cs + lead, ce)
                units.append(Unit(seg.strip(), (cs, ce), sec.id if sec else None,
                                  top.kind.value if top is not None and top.kind else None, role,
                                  actor + lead - (len(seg) - len(seg.lstrip())) if actor else 0, start))
            if m:
                cs = m.end()
    return units


def _body_bounds(plan) -> tuple[int, int]:
    """Where the body of an unnumbered text is: after the header's title, before the signature."""
    text = plan.text
    lo = 0
    title = plan.meta.title
    if title:
        i = text.find(title[:40])
        if 0 <= i < len(text) // 2:
            lo = text.find("\n", i + len(title[:40]))
            lo = 0 if lo < 0 else lo + 1
    return lo, len(text)


def _actor_spans(plan) -> list[tuple[int, int]]:
    """The spans of the agencies the parser found leading tasks and receiving assignments."""
    spans = set()
    for t in plan.tasks:
        for a in t.lead + t.support:
            if a.span:
                spans.add(tuple(a.span))
    for a in plan.assignments:
        if a.agency.span:
            spans.add(tuple(a.agency.span))
    return sorted(spans)


def _actor_len(actors: list[tuple[int, int]], cs: int, ce: int) -> int:
    """Characters of the agencies that open the clause at ``cs`` ("Sở A, Sở B phối hợp …")."""
    from bisect import bisect_left
    i = bisect_left(actors, (cs, 0))
    end = 0
    at = cs
    while i < len(actors) and actors[i][0] <= at + 6 and actors[i][1] <= ce:
        end = actors[i][1]
        at = end
        i += 1
    return max(0, end - cs)


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

    def candidates(self, c) -> dict[int, tuple]:
        """unit index → (match strength, character position in the unit, matched spans, judge) for phrase ``c``."""
        found: dict[int, tuple] = {}
        needle = f" {c.folded} "
        n = len(c.folded.split())
        i = self.text.find(needle)
        while i >= 0:
            k = self.unit_at(i)
            if k not in found:
                u = self.units[k]
                sp = u.span_of(u.token_at(i - self.starts[k] + 1), n)
                found[k] = (1.0, sp[0], (sp,), "signal")
            i = self.text.find(needle, i + 1)
        # loose and fuzzy matching only where the phrase's words could all be
        words = {w for ws in c.words for w in ws}
        if len(c.words) < 2 and len(c.folded) < 12:
            return found  # a one-word phrase: the exact search is all there is
        need = max(2, int(0.6 * len(words) + 0.5))
        counts: Counter = Counter()
        postings = self.postings
        for syl in words:
            p = postings.get(syl)
            if p:
                counts.update(p)  # counted in C
        full = len(words)
        multi = len(c.words) >= 2  # match() tries the loose search only for phrases of two words or more
        long = len(c.folded) >= 12
        for k, n in counts.items():
            if n < need or k in found:
                continue
            # loose (any order) only where every word is present; fuzzy (typos) only when most are
            loose, fuzzy = n == full, long and n >= 0.75 * full
            if not ((loose and multi) or fuzzy):
                continue  # neither search would run: match() would say None
            r = match(c, self.units[k], exact=False, loose=loose, fuzzy=fuzzy)
            if r is not None:
                found[k] = r
        return found


@dataclass
class Hit:
    """One unit's best claim on an area: score (signal scale), matched spans inside the unit, judge."""
    score: float
    unit: Unit
    matched: tuple[tuple[int, int], ...] = ()
    judge: str = "signal"


def score_area(area: Area, units: list[Unit], index: Index | None = None) -> list[Hit]:
    """The signals judge: each unit's score for ``area`` from the area's listed phrases."""
    index = index or Index(units)
    per_unit: dict[int, list[tuple[float, str, tuple, str]]] = {}
    for sig in area.signals:
        c = compile_phrase(sig.phrase)
        w = sig.weight
        for k, (strength, p, spans, how) in index.candidates(c).items():
            u = units[k]
            v = w * strength
            # a distinctive phrase commits wherever it stands; a generic one deep in a clause is a qualifier
            if w < 1.0 and ((p - u.actor_len > PASSING_AFTER and len(u.text) > 140)
                            or (p - u.actor_len > 40 and _QUALIFIER.search(u.text[max(0, p - 25):p]))):
                v *= PASSING_FACTOR
            elif w >= 0.7 and p - u.actor_len <= HEAD_CHARS:
                v *= HEAD_FACTOR  # the clause is about it: "Tạo lập và duy trì Góc ASEAN …"
            per_unit.setdefault(k, []).append((v, c.folded, spans, how))
    scored = []
    for k, hits in per_unit.items():
        u = units[k]
        hits.sort(key=lambda h: (-h[0], h[1]))
        best = hits[0][0]
        others = {f for _, f, _, _ in hits[1:] if f != hits[0][1] and f not in hits[0][1]}
        bonus = min(0.5, sum(0.25 if v >= 0.5 else 0.1 for v, f, _, _ in hits[1:] if f in others and v >= 0.2))
        sc = min(1.5, best + bonus)
        if u.top_kind == SectionKind.PURPOSE.value:
            sc *= PURPOSE_FACTOR
        spans = tuple(sorted({sp for h in hits for sp in h[2]}))
        scored.append(Hit(sc, u, _merge(spans), hits[0][3]))
    scored.sort(key=lambda h: (-h.score, h.unit.span))
    return scored


def _merge(spans) -> tuple[tuple[int, int], ...]:
    out: list[list[int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1] + 1:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return tuple((a, b) for a, b in out)


def retrieval_score(ratio: float, th: dict) -> float:
    """A retrieval ratio on the signals' scale: below ``partial`` nothing; ``partial`` → PARTIAL;
    ``covered`` → COVERED; linear between."""
    lo, hi = th["retrieval_partial"], th["retrieval_covered"]
    if ratio < lo:
        return 0.0
    if ratio >= hi:
        return COVERED + min(0.3, (ratio - hi) * 0.3)
    return PARTIAL + (COVERED - PARTIAL) * (ratio - lo) / (hi - lo)


def retrieval_rows(ref: Reference, units: list[Unit]) -> dict[str, list]:
    """The retrieval judge's raw rows per area: [(ratio, unit index, matched spans)]."""
    from .retrieval import retriever_for
    return retriever_for(ref).score_units(units)


def retrieval_hits(rows: list, units: list[Unit], th: dict) -> list[Hit]:
    """One area's retrieval rows on the signals' scale (purposes count half, as for signals)."""
    hits = []
    for ratio, k, spans, rank in rows:
        if rank < th["retrieval_rank"]:
            continue  # the clause is about another area more than this one
        u = units[k]
        sc = retrieval_score(ratio, th)
        if u.top_kind == SectionKind.PURPOSE.value:
            sc *= PURPOSE_FACTOR
        if sc > 0:
            hits.append(Hit(sc, u, _merge(spans), "retrieval"))
    return hits


def verdict(area: Area, scored: list[Hit], topic_present: bool, insufficient: bool = False) -> str:
    best = scored[0].score if scored else 0.0
    if area.topic_bound and not topic_present:
        status = "partial" if best >= OFF_TOPIC_PARTIAL else "missing"
    else:
        status = "covered" if best >= COVERED else ("partial" if best >= PARTIAL else "missing")
    if status == "missing" and insufficient:
        status = "insufficient"
    return status


def combine(signal: list[Hit], retrieved: list[Hit], th: dict) -> list[Hit]:
    """Per unit, the better judge's claim, raised when the other judge agrees on the same unit."""
    by: dict[tuple, Hit] = {h.unit.span: h for h in signal}
    for r in retrieved:
        s = by.get(r.unit.span)
        if s is None:
            by[r.unit.span] = r
            continue
        hi, lo = (s, r) if s.score >= r.score else (r, s)
        score = min(1.5, hi.score + th["agree_bonus"] * lo.score)
        by[r.unit.span] = Hit(score, hi.unit, _merge(s.matched + r.matched), hi.judge)
    return sorted(by.values(), key=lambda h: (-h.score, h.unit.span))


# A text is too short to judge when its clauses hold fewer than MIN_WORDS words (about three
# ordinary sentences: a plan's single task runs 20-40 words, and the shortest real report of a
# plan we have seen that lists its content runs ~120), or when it only reports that a plan was
# issued: fewer than MIN_CLAUSES clauses besides the sentence that names the plan. Found areas
# keep their verdict; an area not found is then `insufficient`, not `missing`.
MIN_WORDS = 60
MIN_CLAUSES = 3
_REPORTING = re.compile(r"(?:ban hành|vừa có|đã có)\s+(?:Kế hoạch|Quyết định|Chương trình)|(?:Kế hoạch|Quyết định)\s+số\s+\d", re.I)


# a word each branch of _REPORTING needs (lower case; none of their letters has a special case fold):
# a clause without any of them cannot match, and most clauses have none
_REPORTING_WORDS = ("ban", "vừa", "đã", "kế", "quyết")


def _reporting(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in _REPORTING_WORDS) and _REPORTING.search(text) is not None


def insufficiency(plan, units: list[Unit]) -> dict | None:
    """``{"key", "params"}`` when the text is too short or too reported to judge; else None."""
    body = [u for u in units if u.role != "heading" or len(u.text.split()) >= 6]  # not bare headings ("KINH PHÍ")
    words = sum(len(u.text.split()) for u in body)
    if words < MIN_WORDS:
        return {"key": "insufficient.short", "params": {"words": words, "min": MIN_WORDS}}
    content = [u for u in body if not _reporting(u.text) and len(u.text.split()) >= 6]
    if len(content) < MIN_CLAUSES:
        return {"key": "insufficient.reported", "params": {"units": len(content), "min": MIN_CLAUSES}}
    return None


def judge(ref: Reference, plan, topic_present: bool, units: list[Unit] | None = None,
          thresholds: dict | None = None, use_retrieval: bool = True, insufficient: bool = False) -> list[AreaResult]:
    th = {**THRESHOLDS, **(thresholds or {})}
    units = plan_units(plan) if units is None else units
    index = Index(units)
    rows = retrieval_rows(ref, units) if use_retrieval and units else {}
    out = []
    for area in ref.areas:
        scored = combine(score_area(area, units, index), retrieval_hits(rows.get(area.id, []), units, th), th)
        best = scored[0].score if scored else 0.0
        status = verdict(area, scored, topic_present, insufficient)
        ev = []
        if status in ("covered", "partial"):
            seen = set()
            for h in scored[:6]:
                if h.score < PARTIAL or h.unit.span in seen:
                    continue
                seen.add(h.unit.span)
                u = h.unit
                ev.append(Evidence(section=u.section, text=u.text, span=u.span, page=plan.page_of(u.span[0]),
                                   matched=h.matched, judge=h.judge, score=round(min(h.score, 1.5) / 1.5, 3)))
                if len(ev) == 3:
                    break
        out.append(AreaResult(id=area.id, title=area.title, status=status, score=round(min(best, 1.5) / 1.5, 3),
                              evidence=tuple(ev), tag=area.tag, title_en=area.title_en,
                              looked_for=looked_for(area) if status in ("missing", "insufficient") else (),
                              judge=ev[0].judge if ev else None))
    return out


def looked_for(area: Area) -> tuple[str, ...]:
    """What a missing area was searched for: its signals, then the words the retrieval judge weighs."""
    from .retrieval import area_document
    words = list(dict.fromkeys(area_document(area).title_words))
    listed = {fold(s.phrase) for s in area.signals}
    return tuple(s.phrase for s in area.signals) + tuple(w for w in words if w not in listed)


def topic_mentions(ref: Reference, plan) -> int:
    if not ref.topic:
        return 10**6
    body = folded_text(plan.text)
    return sum(len(re.findall(r"(?<!\w)" + re.escape(fold(t)) + r"(?!\w)", body)) for t in ref.topic)
