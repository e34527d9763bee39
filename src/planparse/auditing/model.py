"""Audit results: typed, immutable, exportable as ``planparse/audit@1``."""
from __future__ import annotations

import json
from dataclasses import dataclass, field

SCHEMA_AUDIT = "planparse/audit@1"
STATUS_VI = {"covered": "Đã đề cập", "partial": "Đề cập một phần", "missing": "Chưa đề cập",
             "insufficient": "Không đủ nội dung để đánh giá"}
STATUS_EN = {"covered": "Covered", "partial": "Partial", "missing": "Missing", "insufficient": "Insufficient text"}
NOT_APPLICABLE = "not applicable"  # a check's status when the plan has nothing it could check (no tasks)


def render(key: str, params: dict, lang: str = "en") -> str:
    """A message of the catalogue (``data/messages/audit.yaml``) with its parameters."""
    from ..messages import t
    return t(key, lang, **params)


def cited(params: dict, lang: str = "en") -> str:
    """The document check S6 names, from the parameters :func:`.applicability.citation` gives:
    ``citation`` (the document as the plan cites it), with what makes it count when it is not the
    reference itself — ``number``: it implements the reference of that number; ``topic``, ``start``,
    ``end``: it is a plan on the reference's topic and period (``Kế hoạch 198/KH-UBND (implements
    1160/QĐ-TTg)``)."""
    from ..messages import t
    doc = params["citation"]
    if "topic" in params:
        return t("word.umbrella", lang, doc=doc, topic=params["topic"], period=f"{params['start']}-{params['end']}")
    if "number" in params:
        return t("word.implementing", lang, doc=doc, ref=params["number"])
    return doc


def detail_text(key: str, params: dict) -> str:
    """A check's English ``detail`` from its ``detail_key`` and ``detail_params``. The parameters are
    data (lists, the cited document's fields); the sentence shows a list comma-separated, budget-source
    codes in parentheses after the place (``section IV KINH PHÍ (state_budget, sponsorship)``) and
    the document S6 cites with its qualifier (:func:`cited`)."""
    shown = {k: ", ".join(str(x) for x in v) if isinstance(v, (list, tuple)) else v for k, v in params.items()}
    if isinstance(params.get("sources"), (list, tuple)):
        shown["sources"] = f" ({shown['sources']})" if params["sources"] else ""
    if key == "check.S6.pass":
        shown["citation"] = cited(params)
    return render(key, shown)


@dataclass(frozen=True)
class Evidence:
    section: str | None
    text: str
    span: tuple[int, int]
    page: int | None = None
    matched: tuple[tuple[int, int], ...] = ()  # character spans of the matched words inside ``text``
    judge: str = "signal"  # signal | retrieval | fuzzy: which judge found it
    score: float = 0.0


@dataclass(frozen=True)
class AreaResult:
    id: str
    title: str
    status: str  # covered | partial | missing
    score: float
    evidence: tuple[Evidence, ...] = ()
    tag: str = ""
    title_en: str | None = None
    looked_for: tuple[str, ...] = ()  # a missing area: the phrases and words it was searched for
    judge: str | None = None  # the judge behind the verdict (signal | retrieval | fuzzy)


@dataclass(frozen=True)
class CheckResult:
    id: str
    status: str  # pass | fail | not applicable
    detail: str
    title: str = ""
    items: tuple[str, ...] = ()
    detail_key: str | None = None
    detail_params: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Audit:
    source: dict
    reference: dict
    applicable: bool
    reasons: tuple[str, ...]
    areas: tuple[AreaResult, ...]
    checks: tuple[CheckResult, ...]
    plan: object = field(default=None, repr=False, compare=False)
    reason_codes: tuple[dict, ...] = ()
    insufficient: dict | None = None  # {"key", "params"} when the text is too short or too reported to judge

    @property
    def summary(self) -> dict:
        n = len(self.areas) or 1
        c = sum(a.status == "covered" for a in self.areas)
        p = sum(a.status == "partial" for a in self.areas)
        m = sum(a.status == "missing" for a in self.areas)
        out = {"covered": c, "partial": p, "missing": m, "coverage": round((c + 0.5 * p) / n, 2)}
        if self.insufficient:
            out["insufficient"] = sum(a.status == "insufficient" for a in self.areas)
        return out

    @property
    def coverage(self) -> float:
        return self.summary["coverage"]

    def area(self, aid: str) -> AreaResult | None:
        return next((a for a in self.areas if a.id == aid), None)

    def to_dict(self) -> dict:
        return {
            "schema": SCHEMA_AUDIT,
            "source": self.source,
            "reference": self.reference,
            "applicable": {"value": self.applicable, "reasons": list(self.reasons),
                           "reason_codes": [dict(r) for r in self.reason_codes]},
            **({"insufficient": {**self.insufficient, "text": render(self.insufficient["key"], self.insufficient["params"])}}
               if self.insufficient else {}),
            "areas": [{"id": a.id, "title": a.title, "title_en": a.title_en, "tag": a.tag, "status": a.status,
                       "score": round(a.score, 3),
                       **({"judge": a.judge} if a.judge else {}),
                       "evidence": [{"section": e.section, "text": e.text, "span": list(e.span),
                                     **({"page": e.page} if e.page else {}),
                                     "matched": [list(m) for m in e.matched], "judge": e.judge,
                                     "score": round(e.score, 3)} for e in a.evidence],
                       **({"looked_for": list(a.looked_for)} if a.status in ("missing", "insufficient") else {})}
                      for a in self.areas],
            "checks": [{"id": c.id, "title": c.title, "status": c.status, "detail": c.detail,
                        **({"detail_key": c.detail_key, "detail_params": dict(c.detail_params)} if c.detail_key else {}),
                        **({"items": list(c.items)} if c.items else {}),
                        **({"item_titles": [next((t.title for t in self.plan.tasks if t.id == i), "") for i in c.items]}
                           if c.items and self.plan is not None else {})} for c in self.checks],
            "summary": self.summary,
        }

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def to_frame(self):
        """One row per area: status, score, tag and the first evidence quote."""
        import pandas as pd
        return pd.DataFrame([{"area": a.id, "title": a.title, "tag": a.tag, "status": a.status, "score": round(a.score, 2),
                              "section": a.evidence[0].section if a.evidence else None,
                              "evidence": a.evidence[0].text if a.evidence else None} for a in self.areas],
                            columns=["area", "title", "tag", "status", "score", "section", "evidence"])

    def checks_frame(self):
        import pandas as pd
        return pd.DataFrame([{"check": c.id, "title": c.title, "status": c.status, "detail": c.detail} for c in self.checks])

    def __repr__(self) -> str:
        s = self.summary
        return (f"<Audit {self.source.get('path') or '?'} vs {self.reference.get('id')}: "
                f"applicable={self.applicable} covered={s['covered']} partial={s['partial']} missing={s['missing']} "
                f"coverage={s['coverage']:.2f} checks failed={[c.id for c in self.checks if c.status == 'fail']}>")

    def _repr_html_(self) -> str:
        from ..report.audit_html import audit_table_html
        return audit_table_html(self)
