"""Limits: every cap planparse applies to an input, named and documented in one place.

Each breach raises a one-line error that names the limit and how to raise it. The values
are generous for real plans (tens of pages, tens of thousands of characters) and small
enough that no input under a megabyte can take gigabytes or minutes.

A limit is raised for one run with an environment variable (``PLANPARSE_MAX_CHARS=20000000``),
which worker processes inherit, or in code with ``planparse.limits.set(max_chars=20_000_000)``.
``planparse.limits.describe()`` lists them all.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Limit:
    name: str
    default: int
    doc: str

    @property
    def env(self) -> str:
        return "PLANPARSE_" + self.name.upper()


_TABLE = [
    # whole files
    Limit("max_bytes", 200 * 1024 * 1024, "bytes of one input file"),
    Limit("max_chars", 10_000_000, "characters of decoded text (a plan runs to tens of thousands)"),
    Limit("max_pages", 500, "PDF pages (the default of --max-pages)"),
    # DOCX
    Limit("max_xml", 100 * 1024 * 1024, "bytes of one DOCX part, uncompressed (zip bombs)"),
    Limit("max_zip_ratio", 200, "uncompressed / compressed size of a large DOCX part"),
    Limit("max_table_span", 1000, "columns one table cell spans (w:gridSpan); Word itself allows 63"),
    Limit("max_table_cells", 1_000_000, "table cells in one document, spans counted"),
    Limit("max_list_value", 100_000, "a list's numbering value or level (w:start, w:startOverride, w:ilvl); Word allows 32767"),
    # HTML
    Limit("max_html_bytes", 50 * 1024 * 1024, "bytes of one HTML page"),
    Limit("max_html_depth", 255, "nesting depth of HTML elements"),
    # reference YAML
    Limit("max_yaml_bytes", 5 * 1024 * 1024, "bytes of a reference YAML file"),
    Limit("max_yaml_aliases", 100, "YAML aliases (*name) in a reference file"),
    Limit("max_yaml_values", 500_000, "values of a reference YAML file with every alias expanded (alias bombs)"),
    Limit("max_yaml_depth", 50, "nesting depth of a reference YAML file"),
    Limit("max_yaml_int_digits", 20, "digits of an integer in a reference YAML file"),
    Limit("max_reference_areas", 5000, "areas of one reference (or tasks of a plan used as reference)"),
    Limit("max_signals", 500, "signals of one reference area"),
    # PDF pages read by OCR
    Limit("max_ocr_pixels", 36_000_000, "pixels of one page rendered for OCR (A4 at 300 dpi is 8.7 million); a larger "
          "page is rendered at a lower resolution, down to min_ocr_dpi"),
    Limit("min_ocr_dpi", 100, "below this resolution Tesseract reads little: a page that would need it is refused"),
    Limit("ocr_page_seconds", 60, "seconds one Tesseract call (one page) may take before it is killed"),
    Limit("ocr_seconds_per_page", 10, "seconds a per-file time limit (--timeout) grows by for each page to OCR"),
    # batches
    Limit("max_name_bytes", 200, "bytes of an output file name (file systems allow 255)"),
    Limit("files_per_worker", 1000, "files a batch worker process audits before it is replaced by a fresh one (flat memory)"),
]
LIMITS: dict[str, Limit] = {lim.name: lim for lim in _TABLE}
_OVERRIDES: dict[str, int] = {}


def get(name: str) -> int:
    """The value of limit ``name``: set() in this process, else its environment variable, else the default."""
    lim = LIMITS[name]
    if name in _OVERRIDES:
        return _OVERRIDES[name]
    raw = os.environ.get(lim.env)
    if raw:
        try:
            v = int(raw.replace("_", ""))
            if v > 0:
                return v
        except ValueError:
            pass
    return lim.default


def set(**values: int) -> None:  # noqa: A001 - planparse.limits.set(max_chars=…) reads well
    """Raise (or lower) limits in this process: ``planparse.limits.set(max_chars=20_000_000)``."""
    for k, v in values.items():
        if k not in LIMITS:
            raise KeyError(f"unknown limit {k!r}; known: {', '.join(LIMITS)}")
        if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
            raise ValueError(f"limit {k} must be a positive integer, not {v!r}")
        _OVERRIDES[k] = v


def reset() -> None:
    """Back to the environment / defaults."""
    _OVERRIDES.clear()


def how_to_raise(name: str) -> str:
    lim = LIMITS[name]
    return f"limit {name} = {get(name):,}; raise it with {lim.env}=N or planparse.limits.set({name}=N)"


def message(name: str, what: str) -> str:
    """One line: what was found, the limit it breaks and how to raise it."""
    return f"{what} (over the {how_to_raise(name)})"


def check(name: str, value: int, what: str, *, path: str | None = None, error=None) -> None:
    """Raise ``error`` (default :class:`~planparse.errors.LimitError`) if ``value`` exceeds limit ``name``."""
    if value > get(name):
        if error is None:
            from .errors import LimitError
            error = LimitError
        raise error(message(name, what), path=path)


DEFAULT_TIMEOUT = 120.0  # seconds per file (``--timeout``) for parse, audit and a plan used as reference


class _TimeUp(BaseException):
    """Raised inside the guarded code when its time is up (a BaseException, so that no
    ``except Exception`` on the way swallows it); turned into TimeLimitError on the way out."""


@contextmanager
def time_limit(seconds: float | None, what: str = "reading this file", *, path: str | None = None, error=None):
    """Run the block with a wall-clock limit; raises ``error`` (default TimeLimitError) naming it.

    In the main thread the limit is a SIGALRM timer; in any other thread (a Dask worker) a watchdog
    raises the exception asynchronously in the guarded thread. Either way it interrupts Python code
    between bytecodes, so it holds as long as no single C call runs long (the text patterns are
    linear for that reason; subprocesses such as OCR are killed by their own deadline).
    """
    if not seconds or seconds <= 0 or seconds != seconds or seconds == float("inf"):
        yield
        return
    import signal
    import threading
    if error is None:
        from .errors import TimeLimitError
        error = TimeLimitError
    main = threading.current_thread() is threading.main_thread()
    timer = None
    old = None
    if main and hasattr(signal, "SIGALRM"):
        def on_alarm(signum, frame):
            raise _TimeUp()
        old = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, float(seconds))
    else:
        import ctypes
        tid = threading.get_ident()
        state = {"armed": True}
        lock = threading.Lock()

        def fire():
            with lock:
                if state["armed"]:
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(tid), ctypes.py_object(_TimeUp))
        timer = threading.Timer(float(seconds), fire)
        timer.daemon = True
        timer.start()
    try:
        yield
    except _TimeUp:
        raise error(f"took longer than {seconds:g} s {what}; raise it with --timeout", path=path) from None
    finally:
        if timer is not None:
            with lock:
                state["armed"] = False
            timer.cancel()
        elif old is not None:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)


def describe() -> str:
    """Every limit, its current value and what it bounds (one per line)."""
    return "\n".join(f"{lim.name:22} {get(lim.name):>14,}  {lim.doc} [{lim.env}]" for lim in _TABLE)


# Module constants, read once, for callers that need a plain number (kept for compatibility).
MAX_BYTES = get("max_bytes")        # a file larger than this is refused outright
MAX_CHARS = get("max_chars")        # decoded text; a plan runs to tens of thousands
DEFAULT_MAX_PAGES = get("max_pages")  # PDF pages (``--max-pages``)
MAX_XML = get("max_xml")            # one DOCX part, uncompressed (zip bombs)
MAX_ZIP_RATIO = get("max_zip_ratio")  # uncompressed / compressed size of a DOCX part
MAX_OCR_PIXELS = get("max_ocr_pixels")  # pixels of one page rendered for OCR
MIN_OCR_DPI = get("min_ocr_dpi")    # lowest resolution worth reading
OCR_PAGE_SECONDS = get("ocr_page_seconds")  # one Tesseract call is killed after this
OCR_SECONDS_PER_PAGE = get("ocr_seconds_per_page")  # --timeout grows by this per page to OCR
