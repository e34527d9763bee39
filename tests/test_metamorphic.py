"""Metamorphic test: one plan's content in every layout × format gives the same content fields.

tools/make_layouts.py renders two plans (a province's and a district's: metadata, four parts,
five tasks with lead, support and time, three assignees, deadlines, budget) in 22 layouts of
Decree 30/2020 and of the ways copies bend it, each as txt, DOCX and PDF (LibreOffice), with
the answer a reader writes by the spec. Each content field of each rendering is scored with
the project scorer and must reach F1 = 1.0: the same answer whatever the layout.

KNOWN_FAILURES is the one table of combinations that fail today: reason -> rows of
``(plans, layouts, formats, fields)`` that mark those cases ``xfail(strict=True)``: when a
parser fix makes a case pass, the test fails (XPASS) until that word (or row) is deleted
here. ``tools/score_layouts.py`` prints the same results as a table.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import sys

import pytest

from conftest import ROOT, SCORER

sys.path.insert(0, str(ROOT / "tools"))
from make_layouts import CONTENTS, FORMATS, LAYOUTS, doc_name, render, write_all  # noqa: E402

FIELDS = ["meta.number", "meta.issued", "meta.issuer", "meta.doc_type", "sections", "tasks", "tasks.lead",
          "tasks.support", "tasks.timeframe", "deadlines", "assignments"]

# reason -> rows of (plans, layouts, formats, fields), each a space-separated list; every
# combination in a row is expected to fail today. Delete a word (or a row) when its fix lands.
KNOWN_FAILURES = {
}


def _known() -> dict[tuple[str, str, str, str], str]:
    table: dict[tuple[str, str, str, str], str] = {}
    names = {lay.name for lay in LAYOUTS}
    for reason, rows in KNOWN_FAILURES.items():
        for contents, lays, fmts, fields in rows:
            for c in contents.split():
                for lay in lays.split():
                    for fmt in fmts.split():
                        for fld in fields.split():
                            key = (c, lay, fmt, fld)
                            assert c in CONTENTS and lay in names and fmt in FORMATS and fld in FIELDS, key
                            assert key not in table, f"{key} listed twice"
                            table[key] = reason
    return table


KNOWN = _known()
HAVE_SOFFICE = bool(shutil.which("soffice") or shutil.which("libreoffice"))


def _cases():
    for c in CONTENTS:
        for lay in LAYOUTS:
            for fmt in FORMATS:
                for fld in FIELDS:
                    marks = []
                    if (c, lay.name, fmt, fld) in KNOWN:
                        marks.append(pytest.mark.xfail(strict=True, reason=KNOWN[(c, lay.name, fmt, fld)]))
                    if fmt == "pdf" and not HAVE_SOFFICE:
                        marks.append(pytest.mark.skip(reason="LibreOffice not installed"))
                    yield pytest.param(c, lay.name, fmt, fld, marks=marks, id=f"{c}-{lay.name}-{fmt}-{fld}")


@pytest.fixture(scope="module")
def scorer():
    spec = importlib.util.spec_from_file_location("planparse_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def layout_results(tmp_path_factory, scorer):
    """Generate every rendering once, parse it and score it: {(plan, layout, fmt): {field: f1}}."""
    import planparse
    out = tmp_path_factory.mktemp("layouts")
    formats = [f for f in FORMATS if f != "pdf" or HAVE_SOFFICE]
    write_all(out, formats)
    results = {}
    for c in CONTENTS:
        for lay in LAYOUTS:
            for fmt in formats:
                name = doc_name(c, lay)
                gold = json.loads((out / f"{name}.{fmt}.plan.json").read_text(encoding="utf-8"))
                pred = json.loads(planparse.parse(out / f"{name}.{fmt}").to_json())
                acc: dict = {}
                scorer.score_plan(gold, pred, acc)
                results[(c, lay.name, fmt)] = {k: v.scores() for k, v in acc.items()}
    return results


@pytest.mark.parametrize("plan,layout,fmt,field", list(_cases()))
def test_same_content_from_every_layout(layout_results, plan, layout, fmt, field):
    got = layout_results[(plan, layout, fmt)]
    # not scored at all: none of the expected tasks was found
    assert field in got, f"{field} not scored for {plan}-{layout}.{fmt}"
    assert got[field]["f1"] == 1.0, got[field]


def test_layouts_are_distinct_renderings():
    """Each layout writes a different text, and its expected ids follow the spec's path rule."""
    from make_layouts import BY_NAME, to_text
    # Word numbering, text boxes, manual line breaks and borders shape only the DOCX (and the PDF made from it)
    texts = {(to_text(render(lay)[0], lay), lay.word_numbering, lay.header == "textbox", lay.soft_breaks,
              lay.borderless) for lay in LAYOUTS}
    assert len(texts) == len(LAYOUTS)
    assert len(LAYOUTS) >= 12
    ids = {name: [t["id"] for t in render(BY_NAME[name])[1]["tasks"]]
           for name in ("base", "top-phan", "top-arabic", "top-letter", "roles-table")}
    assert ids["base"] == ids["top-phan"] == ids["roles-table"] == ["II.1", "II.2", "II.3", "II.4", "II.5"]
    assert ids["top-arabic"] == ["2.1", "2.2", "2.3", "2.4", "2.5"]
    assert ids["top-letter"] == ["B.1", "B.2", "B.3", "B.4", "B.5"]
    secs = {s["id"] for s in render(BY_NAME["sub-dotted"])[1]["sections"]}
    assert {"I.1.1", "I.1.2"} <= secs and "I.1.a" not in secs
    # a body table's rows are tasks but not sections
    secs = {s["id"] for s in render(BY_NAME["roles-table"])[1]["sections"]}
    assert "II.1" not in secs and "IV.1" in secs


def test_word_numbering_layout_has_no_typed_labels(tmp_path):
    """In the Word-numbered DOCX the labels exist only in numbering.xml, as in real offices' files."""
    import docx
    write_all(tmp_path, ("docx",), only=["word-numbering", "base"], contents=["province"])
    typed = [p.text for p in docx.Document(tmp_path / "province-base.docx").paragraphs]
    numbered = docx.Document(tmp_path / "province-word-numbering.docx")
    texts = [p.text for p in numbered.paragraphs]
    assert "I. MỤC ĐÍCH, YÊU CẦU" in typed and "MỤC ĐÍCH, YÊU CẦU" in texts
    assert not any(t.startswith(("I.", "II.", "1.", "a)")) for t in texts)
    assert sum(p._p.pPr is not None and p._p.pPr.numPr is not None for p in numbered.paragraphs) >= 15
