"""Ingest: read a file (or a string) into a `Document` — decoded source text plus page starts.

The format is chosen from the extension, then from the content. Each reader lives in its
own module and is imported only when needed, so ``import planparse`` stays cheap.
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import IngestError, UnsupportedFormatError

from ..limits import DEFAULT_MAX_PAGES, MAX_BYTES, MAX_CHARS  # noqa: F401  (re-exported)


@dataclass
class Document:
    """Decoded text of a source, before normalisation."""

    text: str
    format: str
    path: str | None = None
    sha256: str = ""
    page_starts: list[int] = field(default_factory=list)  # offsets in `text` where pages begin
    encoding: str | None = None
    ocr: bool = False
    ocr_confidence: float | None = None
    tables: list = field(default_factory=list)  # annex tables: list of list-of-rows (cells as str)
    char_boxes: object = None  # PDF: per-char (page, x0, top, x1, bottom) for highlighting
    warnings: list[str] = field(default_factory=list)  # what the reader repaired (one line each)
    opened: str | None = None  # the path the file was read from: ``path`` is only how it is shown

    @property
    def pages(self) -> int | None:
        return len(self.page_starts) or None


_EXT = {
    ".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md",
    ".pdf": "pdf", ".docx": "docx", ".doc": "doc",
    ".html": "html", ".htm": "html", ".xhtml": "html",
}


def sniff_format(path: Path, head: bytes) -> str:
    ext = _EXT.get(path.suffix.lower())
    if head.startswith(b"%PDF"):
        return "pdf"
    # a zip is never text or HTML, whatever its extension: a DOCX renamed .html/.txt is read as the
    # DOCX it is, another zip gets the DOCX reader's "not a valid DOCX" (the same rule as %PDF above)
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "docx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    if ext:
        return ext
    low = head[:2048].lower()
    if b"<html" in low or b"<!doctype html" in low:
        return "html"
    return "txt"


LOCK_FILE = ("an office lock file (Word or LibreOffice leaves it beside an open document), not a plan; "
             "give the document itself")


def ingest(path: str | os.PathLike, *, max_pages: int | None = DEFAULT_MAX_PAGES) -> Document:
    """Read ``path`` into a :class:`Document`; raises :class:`IngestError` naming the file."""
    from ..files import shown
    p = Path(path)
    name = shown(path)  # what messages and the Document say; ``p`` opens the file
    try:
        if not p.exists():
            raise IngestError("file not found", path=name)
        if p.is_dir():
            raise IngestError("is a folder, not a file", path=name)
    except (OSError, ValueError) as e:  # a name too long for the system, a NUL in it
        raise IngestError(f"cannot read file ({getattr(e, 'strerror', None) or e})", path=name) from None
    try:
        import stat as _stat
        st = p.stat()
        if not _stat.S_ISREG(st.st_mode):  # a FIFO would block for ever, a device never ends
            raise IngestError("not a regular file (a pipe, socket or device); planparse reads files only", path=name)
        from .. import limits
        size = st.st_size
        limits.check("max_bytes", size, f"file is {size // (1024 * 1024)} MB", path=name)
        with open(p, "rb") as fh:
            data = _read_bounded(fh, size, limits.get("max_bytes"))
        limits.check("max_bytes", len(data), "file grew past the size limit while being read", path=name)
    except OSError as e:
        raise IngestError(f"cannot read file ({e.strerror or e})", path=name) from None
    from ..files import OFFICE_LOCK_BYTES, office_lock
    if office_lock(p.name) and len(data) <= OFFICE_LOCK_BYTES:  # named on purpose, still not a plan
        raise IngestError(LOCK_FILE, path=name)
    if not data or data.isspace():  # (not data.strip(): that copies the whole file)
        raise IngestError("file is empty", path=name)
    fmt = sniff_format(p, data[:4096])
    doc = _read(fmt, data, name, max_pages=max_pages)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    doc.path = name
    doc.opened = os.fspath(path)  # a name that is not UTF-8 keeps its bytes here, to be opened again (show())
    if not doc.text.strip():
        raise IngestError(f"no text found in this {fmt.upper()} file", path=name)
    from .. import limits
    if len(doc.text) > limits.get("max_chars"):  # the message encodes the whole text: only when it is needed
        limits.check("max_chars", len(doc.text), f"text is {len(doc.text.encode('utf-8', 'surrogatepass')) / 1e6:.0f} MB "
                     f"({len(doc.text):,} characters; a plan is rarely over 1 MB) — split the file", path=name)
    return doc


def _read_bounded(fh, size: int, limit: int) -> bytes:
    """The file's bytes, at most ``limit + 1`` of them (a file that grows while we read stays bounded).
    Read as large as the size ``stat`` gave, not as the limit: Python sizes its buffer by the request,
    and a 200 MB buffer for a 3 MB PDF costs more than reading it."""
    data = fh.read(min(size, limit) + 1)
    if len(data) > size:  # it grew since stat: the rest, up to the limit
        data += fh.read(max(0, limit + 1 - len(data)))
    return data


def ingest_bytes(data: bytes, fmt: str, name: str = "<bytes>", *, max_pages: int | None = None) -> Document:
    doc = _read(fmt, data, name, max_pages=max_pages)
    doc.sha256 = hashlib.sha256(data).hexdigest()
    return doc


def ingest_text(text: str, name: str | None = None) -> Document:
    from .text import strip_furniture
    return Document(text=strip_furniture(text), format="txt", path=name,
                    sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())


# An encrypted Office Open XML file (any extension) is an OLE container holding this stream.
_OLE_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def _read(fmt: str, data: bytes, name: str, *, max_pages: int | None) -> Document:
    if fmt in ("txt", "md"):
        from .text import read_text
        return read_text(data, fmt, name)
    if fmt == "html":
        from .html import read_html
        return read_html(data, name)
    if fmt == "pdf":
        from .pdf import read_pdf
        return read_pdf(data, name, max_pages=max_pages)
    if fmt == "docx":
        from .docx import read_docx
        return read_docx(data, name)
    if fmt == "doc":
        if _OLE_ENCRYPTED in data or _OLE_ENCRYPTED.replace(b"E\x00", b"e\x00", 1) in data:
            raise IngestError("password-protected (encrypted) Word file: open it in Word, remove the password "
                              "(File > Info > Protect Document) and save it again", path=name)
        from .docx import read_doc
        return read_doc(data, name)
    raise UnsupportedFormatError(f"unsupported format {fmt!r}", path=name)
