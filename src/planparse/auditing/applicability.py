"""Applicability: does a plan implement a reference? Citation, generation, period, topic — with reasons.

Reasons are message keys with parameters (``data/messages/audit.yaml``): the JSON keeps an English
rendering in ``reasons`` and the keys in ``reason_codes``, so a report renders either language.

- **Citation**: the reference's identifiers (or a plan implementing it) in the basis, or anywhere
  in the text — purposes, body, a news sentence ("… triển khai Quyết định số 1160/QĐ-TTg …").
- **Generation**: a plan that cites another shipped reference's decision, or the programme this
  reference replaces, or that was issued before the reference, or whose period lies mostly before
  it, belongs to another generation: ``applicable: false``, naming the shipped reference it
  belongs to when there is one.
- **Period and topic**: without a citation, an overlapping period plus the topic named often
  enough, and a fingerprint or the topic in the title.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .match import fold, fold_phrase, folded_text
from .model import render
from .reference import Reference

_NUMBER = re.compile(r"(?<![\d/])(\d{1,5})\s*/\s*((?:\d{4}\s*/\s*)?[A-ZĐÐ][A-Za-zĐđÐ]*(?:\s*[-–]\s*\n?\s*[A-ZĐÐ][A-Za-zĐđÐ]*){0,4})")


@lru_cache(maxsize=4096)
def _num_key(n: str) -> str:
    return re.sub(r"[^0-9A-ZĐ]", "", n.upper().replace("Ð", "Đ"))


@lru_cache(maxsize=16384)
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


def _basis_citation(plan, ref: Reference) -> tuple[str, dict] | None:
    for b in plan.meta.basis:
        cit = f"{b.type or ''} {b.number}".strip()
        for ident in ref.identifiers:
            if same_number(b.number, ident):
                return "applicability.cites", {"citation": cit}
        for d in ref.implementing:
            if same_number(b.number, d.get("number", "")):
                return "applicability.cites_umbrella", {"citation": cit, "number": ref.number}
        # an umbrella plan on the same topic and period ("Kế hoạch số 198/KH-UBND … về tuyên truyền, quảng bá ASEAN … 2021-2025")
        if b.type == "Kế hoạch" and ref.topic and any(fold_phrase(t) in fold(b.text) for t in ref.topic):
            yrs = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", b.text)]
            if ref.period and any(ref.period[0] <= y <= ref.period[1] for y in yrs):
                return "applicability.cites_topic_plan", {"citation": cit, "topic": ref.topic[0],
                                                          "start": ref.period[0], "end": ref.period[1]}
    return None


def numbers_in_text(plan) -> list[tuple[str, int]]:
    """Every document number written in the plan's text, with its position."""
    return list(_numbers(plan.text))


@lru_cache(maxsize=8)
def _numbers(text: str) -> tuple[tuple[str, int], ...]:
    """``numbers_in_text`` of a whole text, found once however many references and checks ask."""
    return tuple((_SPACE.sub("", m.group(1) + "/" + m.group(2)), m.start()) for m in _number_matches(text))


_SPACE = re.compile(r"\s+")


def _number_matches(text: str):
    """``_NUMBER.finditer(text)``, tried only where a match can start: every match holds a '/' after
    its digits and white space, and starts at the first of those digits (the look-behind allows no
    digit before it), so each '/' names the one place a match through it can start. Those places
    rise with the '/', and one is skipped when a match already took it, as ``finditer`` would."""
    find, match = text.find, _NUMBER.match
    done = 0  # where the last match ended: finditer goes on from there
    j = find("/")
    while j >= 0:
        k = j
        while k > done and text[k - 1].isspace():
            k -= 1
        d = k
        while d > done and k - d <= 5 and text[d - 1].isdecimal():
            d -= 1
        if d < k:
            m = match(text, d)
            if m is not None:
                yield m
                done = m.end()
                j = find("/", max(done, j + 1))
                continue
        j = find("/", j + 1)


def _mentioned(plan, numbers: tuple[str, ...]) -> tuple[str, int] | None:
    for found, pos in numbers_in_text(plan):
        for n in numbers:
            if n and same_number(found, n):
                return n, pos
    return None


def citation(plan, ref: Reference) -> tuple[str, dict] | None:
    """(message key, params) of how the plan cites the reference: in its basis, else anywhere in its text."""
    got = _basis_citation(plan, ref)
    if got:
        return got
    hit = _mentioned(plan, ref.identifiers + tuple(d.get("number", "") for d in ref.implementing))
    if hit:
        sec = plan.section_at(hit[1]) if plan.sections else None
        where = f"section {sec.id}" if sec else "body"
        return "applicability.mentions", {"citation": hit[0], "where": where}
    return None


def cites(plan, ref: Reference) -> str | None:
    """The reference (or an umbrella plan implementing it) as the plan cites it, rendered in English."""
    c = citation(plan, ref)
    return render(*c) if c else None


def fingerprints(plan, ref: Reference) -> list[str]:
    body = " " + folded_text(plan.text) + " "
    return [f for f in ref.fingerprints if " " + fold_phrase(f) + " " in body]


def period_overlap(plan, ref: Reference) -> int:
    p = plan.meta.period
    if not p or not ref.period:
        return 0
    return max(0, min(p.end, ref.period[1]) - max(p.start, ref.period[0]) + 1)


def generation(plan, ref: Reference, others: list[Reference]) -> list[tuple[str, dict]]:
    """Reasons the plan belongs to another generation of programme than ``ref`` (empty: same generation)."""
    out: list[tuple[str, dict]] = []
    for o in others:
        if o.id == ref.id:
            continue
        got = _basis_citation(plan, o)
        cit = got[1]["citation"] if got else None
        if cit is None and not _mentioned(plan, ref.identifiers):
            hit = _mentioned(plan, o.identifiers)
            cit = hit[0] if hit else None
        if cit:
            out.append(("applicability.generation_cites_other", {"citation": cit, "reference": o.id, "number": o.number}))
            return out
    for o in [ref] + others:
        hit = _mentioned(plan, o.supersedes)
        if hit and not _mentioned(plan, o.identifiers):
            out.append(("applicability.generation_cites_superseded", {"citation": hit[0], "reference": o.id, "number": o.number}))
            return out
    issued = plan.meta.issued
    if issued and ref.date and re.match(r"\d{4}-\d{2}-\d{2}$", issued) and issued < str(ref.date):
        out.append(("applicability.generation_predates", {"issued": issued, "number": ref.number, "date": str(ref.date)}))
    p = plan.meta.period
    if p and ref.period and p.end >= p.start:
        before = max(0, min(p.end, ref.period[0] - 1) - p.start + 1)
        if before * 2 > p.end - p.start + 1:
            out.append(("applicability.generation_period", {"start": p.start, "end": p.end,
                                                             "ref_start": ref.period[0], "ref_end": ref.period[1]}))
    return out


def applicability(plan, ref: Reference, topic_count: int, others: list[Reference] | None = None) -> tuple[bool, list[dict]]:
    """(applicable, reason codes ``[{"key", "params"}]``)."""
    codes: list[tuple[str, dict]] = []
    c = citation(plan, ref)
    fp = fingerprints(plan, ref)
    ov = period_overlap(plan, ref)
    p = plan.meta.period
    codes.append(c if c else ("applicability.no_citation", {"identifiers": " or ".join(ref.identifiers) or ref.number}))
    if p:
        if ov or not ref.period:
            codes.append(("applicability.period", {"start": p.start, "end": p.end}))
        else:
            codes.append(("applicability.period_outside", {"start": p.start, "end": p.end,
                                                            "ref_start": ref.period[0], "ref_end": ref.period[1]}))
    if fp:
        codes.append(("applicability.fingerprints", {"items": ", ".join(fp)}))
    topic_in_title = bool(ref.topic) and _title_names_topic(plan, ref)
    if ref.topic and topic_count == 0:
        codes.append(("applicability.other_topic", {"topic": ref.topic[0]}))
    gen = [] if c or ref.source == "plan" else generation(plan, ref, others or [])
    codes += gen
    if ref.source == "plan":
        value = bool(c) or ov > 0
    else:
        # uncited, a plan implements the reference when its title names the topic (a plan titled for another
        # topic, "Công tác thông tin đối ngoại năm 2022", that speaks of ASEAN and COVID-19 is that topic's);
        # without a title read, its fingerprints say so
        value = bool(c) or (not gen and ov > 0 and topic_count >= 3
                            and (topic_in_title or (bool(fp) and not plan.meta.title)))
    if gen and not value:
        home = next((o for o in others or [] if o.id != ref.id and citation(plan, o)), None)
        codes.append(("applicability.belongs_to", {"reference": home.id, "number": home.number}) if home
                     else ("applicability.no_shipped", {}))
    return value, [{"key": k, "params": prm} for k, prm in codes]


def _title_names_topic(plan, ref: Reference) -> bool:
    title = fold(plan.meta.title or "")
    return any(fold_phrase(t) in title for t in ref.topic)


def titled_for_other_topic(plan, ref: Reference) -> bool:
    """The plan's title names a topic and not the reference's (``Công tác thông tin đối ngoại năm 2022`` for
    an ASEAN reference)."""
    return bool(ref.topic) and bool(plan.meta.title) and not _title_names_topic(plan, ref)


def choose_reference(plan, refs: list[Reference]) -> Reference:
    """The reference a plan cites; else the one whose period overlaps the plan's most."""
    for r in refs:
        if _basis_citation(plan, r):
            return r
    for r in refs:
        if citation(plan, r):
            return r

    def key(r: Reference):
        body = folded_text(plan.text)
        topic = sum(1 for t in r.topic if fold_phrase(t) in body) if r.topic else 0
        return (period_overlap(plan, r), len(fingerprints(plan, r)), topic, r.period[1] if r.period else 0)
    return max(refs, key=key)
