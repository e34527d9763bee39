"""Score the real offices' plans (../shared/corpus/real/plans: DOCX from Word, a PDF whose text
layer has no Unicode map and is OCR'd) with the project scorer and hold issue 9's thresholds.

These three plans were never tuned on: they are a department's and an inspection team's
plans with blank numbers and days, people as performers and auto-numbered task tables."""
import json
import shutil
import subprocess
import sys

import pytest

from conftest import SCORER, SHARED

REAL = SHARED / "corpus" / "real" / "plans"
FILES = sorted([*REAL.glob("*.docx"), *REAL.glob("*.pdf")]) if REAL.is_dir() else []

THRESHOLDS = {  # issue 9, "Checked by"
    "sections": 0.95, "tasks": 0.90, "tasks.lead": 0.85, "tasks.support": 0.80, "deadlines": 0.85,
    "assignments": 0.85, "meta.issuer": 0.90, "meta.signer": 0.95, "sections.title": 0.95, "meta.number": 0.95, "meta.issued": 0.95, "meta.doc_type": 0.90,
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    assert FILES, f"the real plans are not in {REAL}"
    assert shutil.which("tesseract"), "the PDF plan's text layer has no Unicode map: Tesseract reads it (.ci/run installs it)"
    import planparse
    out = tmp_path_factory.mktemp("real")
    for f in FILES:
        (out / f"{f.stem}.plan.json").write_text(planparse.parse(f).to_json(), encoding="utf-8")
    res = subprocess.run([sys.executable, str(SCORER), str(REAL), str(out), "--json"], capture_output=True, text=True,
                         check=True)
    return json.loads(res.stdout)["fields"]


# Fields below their threshold today, each with its cause; strict, so a fix shows (XPASS) and the
# row is deleted then.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("field,threshold", [
    pytest.param(f, t, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[f])) if f in KNOWN_GAPS else (f, t)
    for f, t in sorted(THRESHOLDS.items())])
def test_real_plans_field_meets_threshold(scores, field, threshold):
    assert scores[field]["f1"] >= threshold, scores[field]


# What the README reports for these plans: every field 1.000 at this version. Held here so that a
# change which costs a real plan anything shows (issue 9's thresholds above are the acceptance bar; a
# PDF reader change once gave the inspection plan two tasks too many and stayed above them).
MEASURED = ["assignments", "deadlines", "meta.basis", "meta.doc_type", "meta.issued", "meta.issuer", "meta.number",
            "meta.province", "meta.signer", "meta.title", "sections", "sections.kind", "sections.title", "tasks",
            "tasks.lead", "tasks.timeframe", "budget.present"]


@pytest.mark.parametrize("field", MEASURED)
def test_real_plans_hold_what_the_readme_reports(scores, field):
    assert scores[field]["f1"] == 1.0, scores[field]
