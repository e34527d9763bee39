"""Unseen set 14 (tests/cases/unseen14/): how real offices' software bends a PDF, mechanism by mechanism.

- A page stored turned and shown upright by ``/Rotate`` (a landscape annex kept on a portrait page):
  its words read across the page as the reader sees them, not down it.
- (Justified lines broken by hand and tables drawn without rules have metamorphic layouts of their
  own: ``soft-breaks``, ``annex-unruled`` and ``table-unruled`` in tools/make_layouts.py.)
"""
from __future__ import annotations

import io
import json
import shutil
import sys

import pytest

from conftest import ROOT

import planparse

sys.path.insert(0, str(ROOT / "tools"))
from make_layouts import write_all  # noqa: E402

HAVE_SOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))
pytestmark = pytest.mark.skipif(not HAVE_SOFFICE, reason="LibreOffice renders the PDFs (.ci/run installs it)")


@pytest.fixture(scope="module")
def annex_pdf(tmp_path_factory):
    """A plan whose tasks' roles are in an annex table (LibreOffice's PDF of the ``roles-annex`` layout)."""
    out = tmp_path_factory.mktemp("rot")
    [pdf] = write_all(out, formats=("pdf",), only=["roles-annex"], contents=("province",))
    return pdf


def _turned(data: bytes, degrees: int) -> bytes:
    """The same PDF with every page's content stored turned and ``/Rotate degrees`` turning it back:
    each page shows exactly as before."""
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.generic import RectangleObject
    w = PdfWriter()
    for src in PdfReader(io.BytesIO(data)).pages:
        pg = w.add_page(src)
        wd, ht = float(pg.mediabox.width), float(pg.mediabox.height)
        # store the content turned counter-clockwise by `degrees`; /Rotate turns it clockwise when shown
        move = {90: (ht, 0), 180: (wd, ht), 270: (0, wd)}[degrees]
        pg.add_transformation(Transformation().rotate(degrees).translate(*move))
        box = [0, 0, ht, wd] if degrees in (90, 270) else [0, 0, wd, ht]
        pg.mediabox = RectangleObject(box)
        pg.cropbox = RectangleObject(box)
        pg.rotate(degrees)
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def _content(plan) -> dict:
    d = json.loads(plan.to_json())
    return {k: d[k] for k in ("meta", "sections", "tasks", "assignments", "deadlines")}


@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_a_page_stored_turned_reads_as_it_is_shown(annex_pdf, tmp_path, degrees):
    upright = planparse.parse(annex_pdf)
    turned = tmp_path / f"turned{degrees}.pdf"
    turned.write_bytes(_turned(annex_pdf.read_bytes(), degrees))
    got = planparse.parse(turned)
    assert got.text == upright.text
    assert _content(got) == _content(upright)
    # and the annex's roles were read at all (the upright reading is right, not just equal)
    assert [a.name for a in got.tasks[0].lead] == ["Sở Thông tin và Truyền thông"]
