"""Audit: a parsed plan against a reference directive → coverage per area, checks, applicability."""
from __future__ import annotations

from .model import Audit, AreaResult, CheckResult, Evidence

__all__ = ["audit", "Audit", "AreaResult", "CheckResult", "Evidence", "forget_clauses", "resolve_reference"]


def forget_clauses() -> None:
    """Empty the audit's per-clause memory. Plans written from one directive repeat its clauses word
    for word, so the audit keeps what it worked out per distinct clause (signal candidates and
    scores, retrieval rows, token spans; at most 8,192 clauses each) and a batch reuses it from plan
    to plan. Results never depend on it; call this to give the memory back, or to time a plan
    as if it were the first."""
    from .coverage import forget_clauses as forget_signals
    from .match import token_spans
    from .retrieval import forget_clauses as forget_retrieval
    forget_signals()
    forget_retrieval()
    token_spans.cache_clear()


def resolve_reference(reference, plan=None):
    """A Reference from an id, a YAML path, a Plan, a plan file path, or ``None`` (auto)."""
    from pathlib import Path

    from ..model import Plan
    from .applicability import choose_reference
    from .reference import Reference, list_references, load_reference, reference_from_plan
    if reference is None:
        return choose_reference(plan, list_references())
    if isinstance(reference, Reference):
        return reference
    if isinstance(reference, Plan):
        return reference_from_plan(reference)
    ref = str(reference)
    if not ref.strip():  # "" is the current folder as a path: never a reference
        from ..errors import ReferenceError
        raise ReferenceError("empty reference: give a shipped id (planparse references), a YAML file or a plan")
    if ref.lower().endswith((".yaml", ".yml")) or not Path(ref).exists():
        return load_reference(ref)
    from ..pipeline import parse
    return reference_from_plan(parse(ref))


def audit(plan_or_path, reference=None, **parse_kwargs) -> Audit:
    """Audit one plan. ``reference``: id (``asean-2019-2020``), YAML path, parent plan or path, or None."""
    from ..model import Plan
    from ..pipeline import parse
    from .applicability import applicability, titled_for_other_topic
    from .checks import run_checks
    from .coverage import audit_units, insufficiency, judge, topic_mentions
    from .model import render
    from .reference import list_references, reference_sha256
    plan = plan_or_path if isinstance(plan_or_path, Plan) else parse(plan_or_path, **parse_kwargs)
    ref = resolve_reference(reference, plan)
    tcount = topic_mentions(ref, plan)
    value, codes = applicability(plan, ref, tcount, list_references())
    reasons = [render(c["key"], c["params"]) for c in codes]
    units = audit_units(plan)
    short = insufficiency(plan, units)
    # a plan of another topic that speaks of this one: what it does for its own topic only touches this one's
    other_topic = not value and titled_for_other_topic(plan, ref)
    areas = judge(ref, plan, topic_present=tcount > 0, units=units, insufficient=short is not None,
                  other_topic=other_topic)
    checks = run_checks(plan, ref)
    refinfo = {"id": ref.id, "number": ref.number, "title": ref.title, "reconstructed": ref.reconstructed,
               "provenance": ref.provenance, "source": ref.source, "sha256": reference_sha256(ref),
               "auto": reference is None}
    return Audit(source={"path": plan.source.path, "sha256": plan.source.sha256, "format": plan.source.format,
                         "number": plan.meta.number, "title": plan.meta.title, "province": plan.meta.province,
                         "issued": plan.meta.issued},
                 reference=refinfo, applicable=value, reasons=tuple(reasons), areas=tuple(areas),
                 checks=tuple(checks), plan=plan, reason_codes=tuple(codes), insufficient=short)
