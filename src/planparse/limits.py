"""Limits: every cap planparse applies to an input, named and documented in one place.

Each breach raises a one-line error that names the limit and how to raise it. The values
are generous for real plans (tens of pages, tens of thousands of characters) and small
enough that no input under a megabyte can take gigabytes or minutes.
"""
from __future__ import annotations

MAX_BYTES = 200 * 1024 * 1024      # a file larger than this is refused outright
MAX_CHARS = 10_000_000             # decoded text; a plan runs to tens of thousands
DEFAULT_MAX_PAGES = 500            # PDF pages (``--max-pages``)
MAX_XML = 100 * 1024 * 1024        # one DOCX part, uncompressed (zip bombs)
MAX_ZIP_RATIO = 200                # uncompressed / compressed size of a DOCX part
