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


# -- footnotes: a PDF printed from a DOCX with notes reads as the DOCX does -----------------------

def _to_pdf(docx_path, out_dir):
    import subprocess
    import tempfile
    exe = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run([exe, "--headless", f"-env:UserInstallation=file://{prof}", "--convert-to", "pdf",
                        "--outdir", str(out_dir), str(docx_path)], check=True, capture_output=True, timeout=300)
    return out_dir / (docx_path.stem + ".pdf")


_NOTED = ["Thực hiện Chương trình hành động thông tin tuyên truyền về ASEAN giai đoạn 2021 - 2025{n1} và Kế hoạch "
          "của Ủy ban nhân dân tỉnh năm 2030{n2}, Ủy ban nhân dân thành phố ban hành Kế hoạch như sau:",
          "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức về ASEAN.", "II. NHIỆM VỤ CỤ THỂ",
          "1. Xây dựng chuyên mục về ASEAN trên Cổng thông tin điện tử thành phố{n3}",
          "- Chủ trì: Phòng Văn hóa và Thông tin.", "- Phối hợp: Văn phòng HĐND và UBND thành phố.",
          "2. Tổ chức Hội thi tìm hiểu về ASEAN cho học sinh trung học cơ sở{n4}",
          "- Chủ trì: Phòng Giáo dục và Đào tạo.", "- Phối hợp: Thành đoàn.",
          "3. Phòng Văn hóa và Thông tin tổng hợp, báo cáo kết quả về Sở Thông tin và Truyền thông{n5}."]
_NOTES = {1: "Ban hành kèm theo Quyết định số 1160/QĐ-TTg ngày 13/7/2021 của Thủ tướng Chính phủ.",
          2: "Kế hoạch số 2915/KH-UBND ngày 12/11/2021 của Ủy ban nhân dân tỉnh Hà Nam.",
          3: "Thời gian: từ Quý IV/2022 đến năm 2025.",
          4: "Thời gian: Quý III/2023.",
          5: "Trước ngày 20/11 hằng năm."}


def test_pdf_footnotes_go_after_the_paragraph_that_cites_them(tmp_path):
    """Under the page's short rule, each note opening with its number; its mark raised after the word
    (or the year: ``năm 2030²``) that cites it. Read in place they cut the text and the marks stuck to
    their words (``20301``); a note's basis, time and deadline were lost to the plan."""
    from test_unseen4_ingest import _docx_with_notes
    docx_path = tmp_path / "noted.docx"
    _docx_with_notes(docx_path, _NOTED, _NOTES)
    pdf = _to_pdf(docx_path, tmp_path)
    a, b = planparse.parse(docx_path), planparse.parse(pdf)
    assert {"1160/QĐ-TTg", "2915/KH-UBND"} <= {x.number for x in b.meta.basis}, b.meta.basis
    assert "2030," in b.text and "20302" not in b.text and "Truyền thông." in b.text
    for name in ("basis",):
        assert [x.number for x in getattr(a.meta, name)] == [x.number for x in getattr(b.meta, name)]
    assert [(t.id, t.timeframe and t.timeframe.text) for t in a.tasks] == \
        [(t.id, t.timeframe and t.timeframe.text) for t in b.tasks]
    assert [(d.kind, d.text, d.section) for d in a.deadlines] == [(d.kind, d.text, d.section) for d in b.deadlines]
    assert [t.timeframe.text for t in b.tasks[:2]] == ["từ Quý IV/2022 đến năm 2025", "Quý III/2023"]


# -- a task table nested in a layout table's cell, printed to PDF ----------------------------------

def test_a_nested_task_table_reads_from_its_pdf(tmp_path):
    """Set 13's Chư Sê DOCX (the body in a borderless layout table, the task table nested in part II's
    cell) printed by LibreOffice. The nested table's narrow columns wrap its header (``ST`` / ``T``,
    ``Đơn vị chủ`` / ``trì``), which hid it from the gate that asks pdfplumber only on pages saying
    ``STT`` or ``chủ trì``: the grid read from our own words is cheap, so every ruled page gets it."""
    src = ROOT / "tests" / "cases" / "unseen13" / "gia-lai_chu-se_98-KH-UBND_2022_asean-nestedtable.docx"
    a, b = planparse.parse(src), planparse.parse(_to_pdf(src, tmp_path))

    def roles(plan):
        return [(t.id, [x.name for x in t.lead], [x.name for x in t.support], t.timeframe and t.timeframe.text)
                for t in plan.tasks]
    assert len(a.tasks) == 7
    assert roles(b) == roles(a)
