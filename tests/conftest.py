from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"
SHARED = ROOT.parent / "shared"
# the gold answers and the scorer come from ../shared; a copy under tests/gold keeps the suite
# runnable from a lone checkout
GOLD = SHARED / "gold" if (SHARED / "gold").is_dir() else ROOT / "tests" / "gold"
SCORER = SHARED / "eval" / "score.py" if (SHARED / "eval" / "score.py").exists() else ROOT / "tests" / "gold" / "score.py"
SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))
NAMES = [p.stem for p in SAMPLE_FILES]

os.environ.setdefault("MPLBACKEND", "Agg")

# Property tests explore new random cases on every developer run (that is how they find bugs);
# under CI they replay a fixed, derandomised sequence so a landing run is reproducible.
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def plans():
    import planparse
    return {p.stem: planparse.parse(p) for p in SAMPLE_FILES}


@pytest.fixture(scope="session")
def audits(plans):
    import planparse
    return {k: planparse.audit(p) for k, p in plans.items()}
