"""Which section holds an offset: the one index the plan model and the outline both use.

It lives apart from :mod:`planparse.model` and :mod:`planparse.layout.outline` so that neither
has to import the other to find a section (the outline builds ``model.Section`` objects; the
model answers ``Plan.section_at``). It imports nothing from planparse.
"""
from __future__ import annotations

from bisect import bisect_right


class SectionIndex:
    """Deepest section containing an offset, in O(log n): sections nest, so the last one to start
    at or before the offset contains it, or one of its ancestors does."""

    def __init__(self, sections) -> None:
        self.sections = sorted(sections, key=lambda s: (s.span[0], s.level))
        self.starts = [s.span[0] for s in self.sections]
        self.by_id = {s.id: s for s in self.sections}

    def at(self, offset: int):
        i = bisect_right(self.starts, offset) - 1
        s = self.sections[i] if i >= 0 else None
        while s is not None and not (s.span[0] <= offset < s.span[1]):
            s = self.by_id.get(s.parent) if s.parent else None
        return s


_INDEX_CACHE: dict[int, tuple] = {}


def section_index(sections) -> SectionIndex:
    """The index of ``sections`` (a list that is not changed afterwards), built once per list."""
    key = id(sections)
    hit = _INDEX_CACHE.get(key)
    if hit is None or hit[0] is not sections:
        if len(_INDEX_CACHE) > 64:
            _INDEX_CACHE.clear()
        hit = (sections, SectionIndex(sections))
        _INDEX_CACHE[key] = hit
    return hit[1]
