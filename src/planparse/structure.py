"""Compatibility façade: the body outline lives in :mod:`planparse.layout.outline`.

Extractors import ``Structure``, ``build``, ``FIELD_RE``, ``classify`` … from here; new code
should import from ``planparse.layout.outline`` (the outline) and ``planparse.layout.tables``
(task tables).
"""
from .layout.outline import (  # noqa: F401
    FIELD_RE, Line, Structure, build, classify, classify_kind, clean_title, first_sentence,
    int_to_roman, roman_to_int, split_lines,
)
from .sections import SectionIndex, section_index  # noqa: F401
