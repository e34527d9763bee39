"""Applicability: does a plan implement a reference? Citation, period, fingerprints — with reasons."""
from __future__ import annotations

import re

from .match import fold, folded_text
from .reference import Reference


def _num_key(n: str) -> str:
    return re.sub(r"[^0-9A-ZĐ]", "", n.upper().replace("Ð", "Đ"))


def same_number(a: str, b: str) -> bool:
    """Equal document numbers, tolerating misspelt suffixes (``02/QĐ-BCDDASSEAN``)."""
    ka, kb = _num_key(a), _num_key(b)
    if ka == kb:
        return True
    na, nb = a.split("/")[0].strip(), b.split("/")[0].strip()
    if na != nb:
        return False
    from rapidfuzz import fuzz
    sa = re.sub(r"^\d+", "", ka).replace("Đ", "D")
    sb = re.sub(r"^\d+", "", kb).replace("Đ", "D")
    return fuzz.ratio(sa, sb) >= 80


def cites(plan, ref: Reference) -> str | None:
    """The reference (or an umbrella plan implementing it) as cited in the plan's basis, if any."""
    for b in plan.meta.basis:
        for ident in ref.identifiers:
            if same_number(b.number, ident):
                return f"{b.type or ''} {b.number}".strip()
        for d in ref.implementing:
            if same_number(b.number, d.get("number", "")):
                return f"{b.type or ''} {b.number} (implements {ref.number})".strip()
        # an umbrella plan on the same topic and period ("Kế hoạch số 198/KH-UBND … về tuyên truyền, quảng bá ASEAN … 2021-2025")
        if b.type == "Kế hoạch" and ref.topic and any(fold(t) in fold(b.text) for t in ref.topic):
            yrs = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", b.text)]
            if ref.period and any(ref.period[0] <= y <= ref.period[1] for y in yrs):
                return f"{b.type} {b.number} (a plan on {ref.topic[0]} {ref.period[0]}-{ref.period[1]})"
    return None


def fingerprints(plan, ref: Reference) -> list[str]:
    body = " " + folded_text(plan.text) + " "
    return [f for f in ref.fingerprints if " " + fold(f) + " " in body]


def period_overlap(plan, ref: Reference) -> int:
    p = plan.meta.period
    if not p or not ref.period:
        return 0
    return max(0, min(p.end, ref.period[1]) - max(p.start, ref.period[0]) + 1)


def applicability(plan, ref: Reference, topic_count: int) -> tuple[bool, list[str]]:
    reasons = []
    c = cites(plan, ref)
    fp = fingerprints(plan, ref)
    ov = period_overlap(plan, ref)
    p = plan.meta.period
    if c:
        reasons.append(f"cites {c}")
    else:
        reasons.append(f"does not cite {' or '.join(ref.identifiers) or ref.number}")
    if p:
        reasons.append(f"period {p.start}-{p.end}" + ("" if ov else f", outside {ref.period[0]}-{ref.period[1]}" if ref.period else ""))
    if fp:
        reasons.append("fingerprints: " + ", ".join(fp))
    title = fold(plan.meta.title or "")
    topic_in_title = bool(ref.topic) and any(fold(t) in title for t in ref.topic)
    if ref.topic and topic_count == 0:
        reasons.append(f"another topic: {ref.topic[0]} is never mentioned")
    if ref.source == "plan":
        value = bool(c) or ov > 0
    else:
        value = bool(c) or (ov > 0 and topic_count >= 3 and (bool(fp) or topic_in_title))
    return value, reasons


def choose_reference(plan, refs: list[Reference]) -> Reference:
    """The reference a plan cites; else the one whose period overlaps the plan's most."""
    for r in refs:
        if cites(plan, r):
            return r

    def key(r: Reference):
        body = folded_text(plan.text)
        topic = sum(1 for t in r.topic if fold(t) in body) if r.topic else 0
        return (period_overlap(plan, r), len(fingerprints(plan, r)), topic, r.period[1] if r.period else 0)
    return max(refs, key=key)
