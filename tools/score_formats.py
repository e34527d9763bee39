"""Score every fixture format against the gold and print F1 per field next to the text version's.

    .venv/bin/python tools/score_formats.py FIXTURE_DIR [--json OUT]

FIXTURE_DIR comes from tools/make_fixtures.py. Formats: txt (the samples), docx, pdf, html,
scanned (OCR'd PDF), tcvn3 (legacy-encoded text).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" if (SHARED / "gold").is_dir() else ROOT / "tests" / "gold"
SCORER = SHARED / "eval" / "score.py" if (SHARED / "eval" / "score.py").exists() else ROOT / "tests" / "gold" / "score.py"
SUFFIX = {"txt": ".txt", "docx": ".docx", "pdf": ".pdf", "html": ".html", "scanned": ".scanned.pdf", "tcvn3": ".tcvn3.txt"}
FIELDS = ["meta.number", "meta.title", "meta.basis", "sections", "sections.title", "tasks", "tasks.lead", "tasks.support",
          "tasks.timeframe", "assignments", "deadlines", "budget.sources", "audit.status", "audit.missing"]


def score_format(fmt: str, fixtures: Path) -> dict:
    import planparse
    pred = Path(tempfile.mkdtemp(prefix=f"score-{fmt}-"))
    names = sorted(p.stem for p in (ROOT / "data" / "samples").glob("*.txt"))
    for n in names:
        src = (ROOT / "data" / "samples" / f"{n}.txt") if fmt == "txt" else fixtures / f"{n}{SUFFIX[fmt]}"
        if not src.exists():
            continue
        plan = planparse.parse(src)
        (pred / f"{n}.plan.json").write_text(plan.to_json(), encoding="utf-8")
        (pred / f"{n}.audit.json").write_text(planparse.audit(plan).to_json(), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), str(GOLD), str(pred), "--json"], capture_output=True, text=True, check=True)
    return {k: v["f1"] for k, v in json.loads(out.stdout)["fields"].items()}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("fixtures", type=Path)
    ap.add_argument("--formats", nargs="*", default=list(SUFFIX))
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    res = {fmt: score_format(fmt, args.fixtures) for fmt in args.formats}
    print(f"{'field':18}" + "".join(f"{f:>9}" for f in args.formats))
    for field in FIELDS:
        print(f"{field:18}" + "".join(f"{res[f].get(field, float('nan')):9.3f}" for f in args.formats))
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
