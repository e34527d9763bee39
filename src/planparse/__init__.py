"""planparse — parse and audit Vietnamese government plans.

    >>> import planparse
    >>> plan = planparse.parse("data/samples/binh-duong_4750-KH-UBND_2019_asean.txt")
    >>> audit = planparse.audit(plan)

Heavy dependencies (pdfplumber, pandas, underthesea, spaCy) load only when first needed.
"""
from __future__ import annotations

from .errors import IngestError, PlanparseError, ReferenceError, UnsupportedFormatError
from .model import Plan

__version__ = "0.1.0"
__all__ = ["parse", "audit", "audit_many", "references", "show", "Plan", "PlanparseError", "IngestError",
           "UnsupportedFormatError", "ReferenceError", "__version__"]


def parse(src, **kwargs) -> Plan:
    """Parse a plan from a path or its text; see :func:`planparse.pipeline.parse`."""
    from .pipeline import parse as _parse
    return _parse(src, **kwargs)


def audit(plan_or_path, reference=None, **kwargs):
    """Audit a plan against a reference directive (id, YAML path, or another plan)."""
    from .auditing import audit as _audit
    return _audit(plan_or_path, reference=reference, **kwargs)


def audit_many(paths, reference=None, **kwargs):
    """Audit many plans; returns an :class:`~planparse.audit.AuditSet` (never stops on a bad file)."""
    from .auditing.batch import audit_many as _audit_many
    return _audit_many(paths, reference=reference, **kwargs)


def show(plan, target, **kwargs):
    """Draw ``target`` (a task, deadline, evidence, area result or span) boxed on its PDF page."""
    from .render import show as _show
    return _show(plan, target, **kwargs)


def references():
    """The reference directives shipped with planparse."""
    from .auditing.reference import list_references
    return list_references()
