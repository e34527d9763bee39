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
