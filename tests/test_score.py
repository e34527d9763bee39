"""Score the samples with ../shared/eval/score.py and hold the issues' thresholds."""
import json
import subprocess
import sys

import pytest

from conftest import GOLD, SCORER

THRESHOLDS = {
    # issue 2
    "meta.number": 0.95, "meta.issued": 0.95, "meta.issuer": 0.95, "meta.province": 0.95, "meta.title": 0.95,
    "meta.period": 0.95, "meta.signer": 0.95, "meta.basis": 0.95, "sections": 0.97, "sections.title": 0.95,
    "sections.kind": 0.95,
    # issue 3
    "tasks": 0.95, "tasks.lead": 0.90, "tasks.support": 0.85, "tasks.timeframe": 0.95, "assignments": 0.90,
    "deadlines": 0.85, "budget.present": 1.0, "budget.sources": 0.90,
    # issue 4
    "audit.applicable": 1.0, "audit.status": 0.85, "audit.missing": 0.80, "audit.evidence": 1.0, "audit.checks": 0.90,
}


@pytest.fixture(scope="module")
def scores(plans, audits, tmp_path_factory):
    out = tmp_path_factory.mktemp("pred")
    for name, plan in plans.items():
        (out / f"{name}.plan.json").write_text(plan.to_json(), encoding="utf-8")
        (out / f"{name}.audit.json").write_text(audits[name].to_json(), encoding="utf-8")
    res = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(out), "--json"], capture_output=True, text=True,
                         check=True)
    return json.loads(res.stdout)["fields"]


@pytest.mark.parametrize("field,threshold", sorted(THRESHOLDS.items()))
def test_field_meets_threshold(scores, field, threshold):
    assert scores[field]["f1"] >= threshold, scores[field]
