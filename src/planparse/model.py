"""Typed, immutable results: the `Plan` and its parts, with spans into ``Plan.text``."""
from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, is_dataclass
from enum import Enum
from typing import Any, Iterator

from .sections import section_index

SCHEMA_PLAN = "planparse/plan@1"


class SectionKind(str, Enum):
    PURPOSE = "purpose"
    CONTENT = "content"
    TASKS = "tasks"
    FORMS = "forms"
    AUDIENCE = "audience"
    TIMELINE = "timeline"
    BUDGET = "budget"
    ORGANIZATION = "organization"
    REPORTING = "reporting"
    OTHER = "other"


class DeadlineKind(str, Enum):
    DUE = "due"
    PERIOD = "period"
    RECURRING = "recurring"


Span = tuple[int, int]


def _source_dict(source) -> dict:
    d = _plain(source)
    if not d.get("warnings"):
        d.pop("warnings", None)
    return d


def _plain(value: Any) -> Any:
    """Turn dataclasses, enums and tuples into JSON-ready values."""
    if isinstance(value, Enum):
        return value.value
    if is_dataclass(value) and not isinstance(value, type):
        out = {}
        for f in fields(value):
            if f.metadata.get("internal"):
                continue
            out[f.name] = _plain(getattr(value, f.name))
        return out
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, slots=True)
class Agency:
    """An agency as named in the plan: ``name`` canonical, ``text`` as written."""

    name: str
    text: str
    collective: bool = False
    canonical: bool = True
    person: bool = False          # a person named as performer (``Ông X - Trưởng đoàn``)
    id: str | None = None
    successor: str | None = None
    span: Span | None = None
    role: str | None = None       # a person's position as printed with the name (``Trưởng đoàn``)


@dataclass(frozen=True, slots=True)
class Citation:
    number: str
    type: str | None
    date: str | None
    text: str = ""
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Signer:
    name: str
    position: str | None


@dataclass(frozen=True, slots=True)
class Period:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Meta:
    number: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    province: str | None = None
    province_successor: str | None = None
    issued: str | None = None
    title: str | None = None
    period: Period | None = None
    basis: tuple[Citation, ...] = ()
    signer: Signer | None = None
    recipients: tuple[str, ...] = ()
    news_report: bool = False


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    label: str
    title: str
    level: int
    kind: SectionKind | None
    span: Span
    heading_span: Span = (0, 0)
    parent: str | None = None


@dataclass(frozen=True, slots=True)
class Timeframe:
    text: str
    start: str | None
    end: str | None
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Task:
    id: str
    title: str
    lead: tuple[Agency, ...]
    support: tuple[Agency, ...]
    timeframe: Timeframe | None
    section: str
    span: Span
    source: str = "body"  # "body" or "annex"
    # a table row's time cell when it gives no one timeframe (``Quý II/2020 và Quý IV/2020``, ``Trước
    # ngày 30/6/2022``): each time it states is a deadline of the task (not exported: the deadlines
    # carry them)
    time_cell: str = field(default="", metadata={"internal": True})
    # a table row's frequency cell (``01 kỳ/tháng``): its recurring times are deadlines of the task
    rate_cell: str = field(default="", metadata={"internal": True})
    # a table row's whole content cell, its lines joined (the title is its first sentence): what the
    # audit reads for the row where a PDF's text layer interleaves the row's cells line by line
    cell: str = field(default="", metadata={"internal": True})


@dataclass(frozen=True, slots=True)
class Assignment:
    agency: Agency
    section: str
    duties: tuple[str, ...]
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Deadline:
    text: str
    kind: DeadlineKind
    due: str | None
    start: str | None
    end: str | None
    recurrence: str | None
    section: str | None
    subject: str
    span: Span | None = None
    task: str | None = None


@dataclass(frozen=True, slots=True)
class BudgetClause:
    text: str
    section: str | None
    sources: tuple[str, ...] = ()
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Amount:
    text: str
    vnd: int
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Budget:
    present: bool = False
    section: str | None = None
    sources: tuple[str, ...] = ()
    clauses: tuple[BudgetClause, ...] = ()
    amounts: tuple[Amount, ...] = ()
    appraiser: Agency | None = None


@dataclass(frozen=True, slots=True)
class SourceInfo:
    path: str | None
    format: str
    sha256: str
    pages: int | None = None
    encoding: str | None = None
    ocr: bool = False
    ocr_confidence: float | None = None
    warnings: tuple[str, ...] = ()  # what reading repaired (stray bytes replaced …); in JSON only when any


@dataclass(frozen=True)
class Plan:
    """A parsed plan. Every span indexes :attr:`text`."""

    text: str
    source: SourceInfo
    meta: Meta
    sections: tuple[Section, ...] = ()
    tasks: tuple[Task, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    deadlines: tuple[Deadline, ...] = ()
    budget: Budget = field(default_factory=Budget)
    textmap: Any = field(default=None, repr=False, compare=False, metadata={"internal": True})

    # -- navigation -------------------------------------------------------
    def section(self, sid: str) -> Section | None:
        for s in self.sections:
            if s.id == sid:
                return s
        return None

    def section_at(self, offset: int) -> Section | None:
        """The deepest section whose span contains ``offset``."""
        return section_index(self.sections).at(offset)

    def span_text(self, span: Span) -> str:
        return self.text[span[0]:span[1]]

    def source_span(self, span: Span) -> tuple[int, int]:
        """Map a span of :attr:`text` back to character offsets of the decoded source."""
        return self.textmap.to_source(span) if self.textmap is not None else span

    def page_of(self, offset: int) -> int | None:
        """1-based page of an offset in :attr:`text` (PDF sources), else ``None``."""
        return self.textmap.page_of(offset) if self.textmap is not None else None

    def __iter__(self) -> Iterator[Section]:
        return iter(self.sections)

    # -- export -----------------------------------------------------------
    def to_dict(self) -> dict:
        """The plan as a ``planparse/plan@1`` document."""
        meta = _plain(self.meta)
        meta["basis"] = [{k: v for k, v in b.items()} for b in meta["basis"]]
        return {
            "schema": SCHEMA_PLAN,
            "source": _source_dict(self.source),
            "meta": meta,
            "sections": [_plain(s) for s in self.sections],
            "tasks": [_plain(t) for t in self.tasks],
            "assignments": [_plain(a) for a in self.assignments],
            "deadlines": [_plain(d) for d in self.deadlines],
            "budget": _plain(self.budget),
        }

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    # -- analyst views ----------------------------------------------------
    def sections_frame(self):
        from .frames import sections_frame
        return sections_frame(self)

    def tasks_frame(self):
        from .frames import tasks_frame
        return tasks_frame(self)

    def deadlines_frame(self):
        from .frames import deadlines_frame
        return deadlines_frame(self)

    def assignments_frame(self):
        from .frames import assignments_frame
        return assignments_frame(self)

    def budget_frame(self):
        from .frames import budget_frame
        return budget_frame(self)

    def __repr__(self) -> str:
        m = self.meta
        name = m.number or (self.source.path or "text")
        return (f"<Plan {name!s} {m.province or '?'} {m.issued or '?'}: {len(self.sections)} sections, "
                f"{len(self.tasks)} tasks, {len(self.assignments)} assignments, "
                f"{len(self.deadlines)} deadlines, budget={'yes' if self.budget.present else 'no'}>")

    def _repr_html_(self) -> str:
        from .report.html import plan_outline_html
        return plan_outline_html(self)
