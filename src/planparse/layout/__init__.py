"""The layout model of Decree 30/2020/NĐ-CP, between normalisation and extraction.

One file per part of the standard (``../shared/spec/layout.md``):
``header.py`` (the two-column header block and its flattenings), ``outline.py`` (the body
hierarchy Phần/Chương/Mục/Điều, I./1./1.1./a)), ``tables.py`` (task tables in the body
and in annexes), ``closing.py`` (closing paragraph, recipients, signature, appendices).
Vocabulary (level words, type abbreviations, header phrases) lives in ``planparse/data``.
"""
