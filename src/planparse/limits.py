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

# PDF pages read by OCR
MAX_OCR_PIXELS = 36_000_000        # pixels of one page rendered for OCR (A4 at 300 dpi is 8.7 million);
                                   # a larger page is rendered at a lower resolution, down to MIN_OCR_DPI
MIN_OCR_DPI = 100                  # below this Tesseract reads little: a page that would need it is refused
OCR_PAGE_SECONDS = 60              # one Tesseract call (one page) is killed after this
OCR_SECONDS_PER_PAGE = 10          # a per-file time limit (--timeout) grows by this for each page to OCR
