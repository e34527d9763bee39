"""The planparse exception family: every error says what went wrong, where, and how to fix it."""
from __future__ import annotations


class PlanparseError(Exception):
    """Base class of every error planparse raises on purpose."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)
        self.reason = message


class IngestError(PlanparseError):
    """A file could not be read or decoded into text."""


class UnsupportedFormatError(IngestError):
    """The file's format is not one planparse reads."""


class MissingToolError(IngestError):
    """An optional system program (Tesseract, LibreOffice) is needed but not installed."""


class ReferenceError(PlanparseError):  # noqa: A001 - the name users expect
    """A reference directive file is invalid; ``errors`` lists every problem with its line."""

    def __init__(self, message: str, *, path: str | None = None, errors: list[str] | None = None) -> None:
        self.errors = list(errors or [])
        if self.errors:
            message = message + "\n" + "\n".join(f"  - {e}" for e in self.errors)
        super().__init__(message, path=path)


class OutputPathError(PlanparseError):
    """An output path would escape the requested output folder."""


class OptionError(PlanparseError):
    """A command-line option's value cannot be used (a scheduler that cannot be reached …): the CLI
    says so naming ``option`` and exits 2 (bad usage)."""

    def __init__(self, option: str, message: str) -> None:
        self.option = option
        super().__init__(message, path=option)


class LimitError(IngestError):
    """An input breaks one of the caps in :mod:`planparse.limits`; the message names it and how to raise it."""


class TimeLimitError(PlanparseError):
    """Reading or auditing a file took longer than the time allowed (``--timeout``)."""


class OutputWriteError(PlanparseError):
    """A result could not be written (folder missing or a file, disk full, read-only, name too long)."""


def one_line(text: object, limit: int = 500) -> str:
    """``text`` safe for a terminal line: control characters (ESC, CR, newlines…) shown escaped, cut to ``limit``."""
    s = str(text)
    out = []
    for ch in s:
        o = ord(ch)
        if o < 32 or o == 127 or 0x80 <= o < 0xA0 or ch in "\u2028\u2029\u202e\u202d\u202a\u202b\u202c\u2066\u2067\u2068\u2069":
            out.append(f"\\x{o:02x}" if o < 256 else f"\\u{o:04x}")
        else:
            out.append(ch)
    s = "".join(out)
    return s if len(s) <= limit else s[:limit - 1] + "…"
