"""Budget: whether and how the plan is funded — clauses, sources, amounts, the appraising agency."""
from __future__ import annotations

import re
from functools import lru_cache

from ..lexicon import load_yaml
from ..model import Amount, Budget, BudgetClause, SectionKind
from ..structure import Structure
from .agencies import find_all
from .common import SENT_END, lower_as_re, word_starts

_MONEY_WORDS = ("kinh phí", "ngân sách", "nguồn vốn", "tài trợ", "xã hội hóa", "quỹ hợp tác")  # any case
_FUNDING = re.compile(r"bố trí|cấp|dự toán|từ nguồn|nguồn|bảo đảm|đảm bảo|sử dụng|huy động|quyết toán|thẩm định|"
                      r"phân bổ|cân đối|lồng ghép|chi\b|hỗ trợ|vận động", re.I)
# Linear on any input: a match starts only where a number starts (not inside "100 100 100 …"), every
# repetition is bounded (no amount has more than 15 digit groups) and nothing is given back (possessive).
_AMOUNT = re.compile(r"(?<![\d.,])(?P<num>\d{1,3}(?:[.\s]\d{3}){1,5}+(?!\d)|\d{1,18}+(?:,\d{1,6}+)?)"
                     r"\s{0,3}+(?P<unit>tỷ|triệu|nghìn|ngàn)?\s{0,3}+(?:đồng|VNĐ|VND|đ)\b", re.I)
_MONEY_CORE = re.compile(r"kinh phí|ngân sách|nguồn vốn", re.I)
_LABEL = re.compile(r"(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+")
_UNITS = {"tỷ": 10**9, "triệu": 10**6, "nghìn": 10**3, "ngàn": 10**3}


@lru_cache(maxsize=1)
def _source_patterns() -> tuple[tuple[str, tuple[re.Pattern, ...]], ...]:
    return tuple((src, tuple(re.compile(p, re.I) for p in phrases))
                 for src, phrases in load_yaml("budget_sources.yaml").items())


def _needed(p: re.Pattern) -> str:
    """The longest run of literal characters outside any group, branch or repeat of ``p``, as
    ``lower_as_re`` spells it: every match holds it (in some case), so a text whose ``lower_as_re``
    lacks it has no match. "" when ``p`` has no such run."""
    from re import _constants, _parser
    best, run = "", ""
    for op, av in _parser.parse(p.pattern, p.flags):
        if op is _constants.LITERAL:
            run += chr(av)
        else:
            best, run = max(best, run, key=len), ""
    return lower_as_re(max(best, run, key=len))


@lru_cache(maxsize=1)
def _source_needs() -> tuple[tuple[str, tuple[tuple[re.Pattern, str], ...]], ...]:
    """``_source_patterns`` with each pattern's ``_needed`` words."""
    return tuple((src, tuple((p, _needed(p)) for p in patterns)) for src, patterns in _source_patterns())


def _sources(s: str) -> list[str]:
    """The sources the text names, in the data's order. A phrase inside a longer phrase of another
    source names nothing of its own: it is a word of the longer one (``budget_sources.yaml``).
    (A pattern whose words the text lacks is not run: most of the forty are not there.)"""
    low = lower_as_re(s)
    found = [(src, m.start(), m.end()) for src, patterns in _source_needs() for p, need in patterns if need in low
             for m in p.finditer(s) if m.end() > m.start()]
    named = {src for src, a, b in found
             if not any(o != src and oa <= a and b <= ob and ob - oa > b - a for o, oa, ob in found)}
    return [src for src, _ in _source_patterns() if src in named]


def parse_amount(m: re.Match) -> int | None:
    num, unit = m.group("num"), (m.group("unit") or "").lower()
    if unit:
        val = float(num.replace(".", "").replace(" ", "").replace(",", ".")) if re.fullmatch(r"\d+(?:,\d+)?", num) \
            else float(re.sub(r"[.\s]", "", num))
        return int(round(val * _UNITS[unit]))
    digits = re.sub(r"[.\s]", "", num)
    return int(digits) if digits.isdigit() else None


def table_amounts(tables, found: list[Amount] | None = None, text: str = "") -> list[Amount]:
    """The amounts in the budget column (``Kinh phí``, ``Dự toán``) of the plan's task tables
    (spec budget.amounts: money amounts in VND; a row's ``120 triệu đồng`` is one as a sentence's
    is). A cell that says no sum (``Xã hội hóa``, ``Kinh phí thường xuyên``) gives none. An amount
    the sentence scan already read from the table's own lines (a text table in the budget section)
    is not counted twice: found inside the table's span, or, for a table of unknown position (a
    PDF's), in a line that holds the row's content."""
    from collections import Counter

    from ..layout.tables import task_rows
    out: list[Amount] = []
    for table in tables:
        rows = task_rows(table)
        if not rows or not any(r.cells.get("budget") for r in rows):
            continue
        known = table.start is not None and table.end is not None
        inside = Counter(a.vnd for a in found or () if known and a.span and table.start <= a.span[0] < table.end)
        for r in rows:
            cell = " ".join((r.cells.get("budget") or "").split())
            for m in _AMOUNT.finditer(cell):
                v = parse_amount(m)
                if not v:
                    continue
                if inside[v]:
                    inside[v] -= 1
                    continue
                if not known and _read_in_row_line(text, found, v, r.cells.get("content", "")):
                    continue
                out.append(Amount(text=m.group(0), vnd=v, span=None))
    return out


def _read_in_row_line(text: str, found, v: int, content: str) -> bool:
    head = " ".join(content.split()[:4])
    if not head or not text:
        return False
    for a in found or ():
        if a.vnd == v and a.span:
            lo, hi = text.rfind("\n", 0, a.span[0]) + 1, text.find("\n", a.span[1])
            if head in " ".join(text[lo:hi if hi >= 0 else len(text)].split()):
                return True
    return False


def extract_budget(text: str, st: Structure, tables=()) -> Budget:
    budget_secs = [s for s in st.sections if s.kind == SectionKind.BUDGET]
    purposes = [s for s in st.sections if s.level == 1 and s.kind == SectionKind.PURPOSE]
    clauses: list[BudgetClause] = []
    lo, hi = st.body
    # inside the budget section every sentence is a clause (``UBND huyện bố trí 60 triệu đồng cho …``
    # names no funding word, yet is the plan's funding); elsewhere only a sentence with a money word,
    # which lies inside one sentence (it holds no sentence end), so one pass over the body finds them
    starts = [_sentence_around(text, pos, lo, hi) for pos in word_starts(lower_as_re(text[lo:hi]), _MONEY_WORDS, lo)]
    for b in budget_secs:
        starts += _stop_spans(text, max(lo, b.span[0]), min(hi, b.span[1]))
    headings = _heading_lines(text, st)
    seen: set[int] = set()
    for raw_start, raw_end in sorted(starts):
        if raw_start in seen:
            continue
        seen.add(raw_start)
        m_start, m_end = _strip(text, raw_start, raw_end)
        sent = text[m_start:m_end]
        if not _WORDY.search(sent) or any(a <= m_start and m_end <= b for a, b in headings):
            continue
        if any(p.span[0] <= m_start < p.span[1] for p in purposes):
            continue
        in_budget = any(b.span[0] <= m_start < b.span[1] for b in budget_secs)
        if not in_budget and not _FUNDING.search(sent):
            continue
        if not in_budget and not _MONEY_CORE.search(sent):
            continue
        sec = st.section_at(m_start)
        clauses.append(BudgetClause(text=sent.strip(), section=sec.id if sec else None,
                                    sources=tuple(_sources(sent)), span=(m_start, m_end)))
    if budget_secs and not clauses:
        b = budget_secs[0]
        head_end = text.find("\n", b.span[0])
        s = head_end + 1 if 0 <= head_end < b.span[1] else b.span[0]
        if text[s:b.span[1]].strip():
            clauses.append(BudgetClause(text=text[s:b.span[1]].strip(), section=b.id,
                                        sources=tuple(_sources(text[s:b.span[1]])), span=(s, b.span[1])))
    sources: list[str] = []
    for c in clauses:
        for s in c.sources:
            if s not in sources:
                sources.append(s)
    amounts: list[Amount] = []
    for c in clauses:
        prev = None
        for m in _AMOUNT.finditer(text, c.span[0], c.span[1]):
            v = parse_amount(m)
            # ``60 triệu đồng (60.000.000 đồng)``: the bracket restates the amount before it
            if v and not (prev and prev.vnd == v and _RESTATED.fullmatch(text, prev.span[1], m.start())):
                prev = Amount(text=m.group(0), vnd=v, span=(m.start(), m.end()))
                amounts.append(prev)
    amounts += table_amounts(tables, amounts, text)
    appraiser = None
    for c in clauses:
        for s, e, a in find_all(text, c.span[0], c.span[1]):
            if a.name == "Sở Tài chính":
                appraiser = a
                break
        if appraiser:
            break
    section = budget_secs[0].id if budget_secs else (clauses[0].section if clauses else None)
    if budget_secs and budget_secs[0].level > 1:
        top = budget_secs[0]
        section = top.id
    return Budget(present=bool(clauses), section=section, sources=tuple(sources), clauses=tuple(clauses),
                  amounts=tuple(amounts), appraiser=appraiser)


# SENT_END without ";" (a ";" does not end a budget sentence); every match is one character
_SENT_STOP = re.compile(r"(?<!\.)[.!?](?!\.)(?=\s|$)|\n")


_RESTATED = re.compile(r"\s*\(\s*(?:bằng chữ\s*:?\s*)?", re.I)
_WORDY = re.compile(r"[^\W\d_]{2}")


def _stop_spans(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences of [lo, hi) as :func:`_sentence_around` bounds them."""
    out, start = [], lo
    for m in _SENT_STOP.finditer(text, lo, hi):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.start() + 1
    if hi > start:
        out.append((start, hi))
    return out


def _heading_lines(text: str, st: Structure) -> list[tuple[int, int]]:
    """Stretches that hold no sentence of the plan: each section's label (``III.``, ``Phần III.``,
    whose stop would end a sentence) and the whole line of a heading that stands alone on it
    (``IV. KINH PHÍ THỰC HIỆN``, ``3. Kinh phí``): a title, not a clause. A numbered paragraph's
    title is its first sentence and is kept: its line goes on after the title, ends with a stop,
    holds a ``label: content`` pair, runs on into the next line (which opens in lower case or with
    a stop, as a scan's broken line does) or is all the section holds. A title ending in ":" is a
    heading only over subsections of its own (else it introduces the list under it)."""
    parents = {sec.parent for sec in st.sections}
    out = []
    for sec in st.sections:
        a, b = sec.heading_span
        out.append((sec.span[0], a))
        eol = text.find("\n", a)
        eol = sec.span[1] if eol < 0 or eol > sec.span[1] else eol
        line = text[a:eol].rstrip()
        after = text[eol:sec.span[1]].lstrip()
        if (b > a and not text[b:eol].strip(" .:") and not line.endswith((".", ";"))
                and not re.search(r"[:;]", line.rstrip(":")) and (not line.endswith(":") or sec.id in parents)
                and after and not (after[0].islower() or after[0] in ".,;:)")):
            out.append((sec.span[0], eol))
    return out


def _sentence_around(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence of the body [lo, hi) that holds ``pos`` (which is no stop): from after the last
    :data:`_SENT_STOP` before it (a line break is one, so it lies on pos's line) to the first after it.
    Every stop is one character, so a scan from the line's start finds the stops a scan from
    ``lo`` finds there."""
    start = lo
    for m in _SENT_STOP.finditer(text, max(lo, text.rfind("\n", lo, pos)), hi):
        if m.start() >= pos:
            break
        start = m.start() + 1
    m = _SENT_STOP.search(text, pos, hi)
    return start, (m.start() if m else hi)


def _sentences(text: str, lo: int, hi: int):
    """The sentences of [lo, hi) as (start, end), without their opening label."""
    for s, e in _sentence_spans(text, lo, hi):
        yield _strip(text, s, e)


def _sentence_spans(text: str, lo: int, hi: int):
    """The sentences of [lo, hi) as (start, end), before :func:`_strip`."""
    start = lo
    for m in SENT_END.finditer(text, lo, hi):
        if m.group(0) == ";":
            continue
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if hi > start:
        yield start, hi


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s] in " \n-+":
        s += 1
    m = _LABEL.match(text, s, e)  # a label opening the sentence ("a) ", "2.1. ")
    if m:
        s = m.end()
    while e > s and text[e - 1] in " \n":
        e -= 1
    return s, e
