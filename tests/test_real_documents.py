"""Real documents of a province's offices (`../shared/corpus/real/`): each reads without a crash and
states the metadata annotated in ``cases/real_documents.csv`` (``null`` where the document leaves it blank).

``text_layer`` says how the text is read (``clean``; ``signed``: the number and day are e-signature form
fields; ``corrupt``/``scan``: read by OCR). Every field must come out as annotated, except the fields a row
lists in ``misses``: those are strict expected failures whose reason (``note``) names what still goes wrong,
so a fix that makes one pass turns it into a failure until the row is updated."""
from __future__ import annotations

import csv
import re
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "real"
if not CORPUS.is_dir():
    CORPUS = Path("/work/shared/corpus/real")
ROWS = list(csv.DictReader((Path(__file__).parent / "cases" / "real_documents.csv").open(encoding="utf-8")))
FIELDS = ("number", "doc_type", "issuer", "issued", "title")


def _fold(s):
    s = unicodedata.normalize("NFC", s or "").lower()
    s = re.sub(r"[*_#`\"“”'’()\[\]:;,.\-–—/]+", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _same(field, want, got):
    if want is None:
        return got is None
    if got is None:
        return False
    if field == "number":
        return re.sub(r"\s+", "", want).upper() == re.sub(r"\s+", "", got).upper()
    if field in ("issuer", "title"):
        return SequenceMatcher(None, _fold(want), _fold(got)).ratio() >= 0.85
    return _fold(want) == _fold(got)


_CACHE: dict = {}


def _meta(path: Path):
    """Parse the document (a PDF's first two pages: the header and, for short texts, the signature)."""
    if path not in _CACHE:
        from planparse import parse
        src = path
        if path.suffix == ".pdf":
            import pypdfium2 as pdfium
            doc = pdfium.PdfDocument(str(path))
            if len(doc) > 2:
                out = pdfium.PdfDocument.new()
                out.import_pages(doc, [0, 1])
                tmp = Path(_CACHE.setdefault("dir", __import__("tempfile").mkdtemp())) / path.name
                out.save(str(tmp))
                src = tmp
        _CACHE[path] = parse(str(src)).meta
    return _CACHE[path]


def _cases():
    for field in FIELDS:
        for row in ROWS:
            marks = []
            if field in row["misses"].split():
                marks.append(pytest.mark.xfail(reason=row["note"], strict=True))
            yield pytest.param(row, field, marks=marks, id=f"{field}-{row['path'].split('/')[-1][:40]}")


def test_the_table_is_annotated():
    """Every row names its text layer; every expected miss names a field and its cause."""
    for row in ROWS:
        assert row["text_layer"] in ("clean", "signed", "corrupt", "scan"), row["path"]
        assert set(row["misses"].split()) <= set(FIELDS), row["path"]
        assert not row["misses"] or row["note"], row["path"]


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus of real documents is not here")
@pytest.mark.parametrize("row, field", list(_cases()))
def test_real_document_meta(row, field):
    meta = _meta(CORPUS / row["path"])
    want = None if row[field] == "null" else row[field]
    got = getattr(meta, field)
    assert _same(field, want, got), f"{field}: want {want!r}, got {got!r}"
