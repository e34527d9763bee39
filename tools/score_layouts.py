"""Score planparse on one plan's content in every layout × format (tools/make_layouts.py).

    .venv/bin/python tools/score_layouts.py [OUT_DIR] [--formats txt docx pdf] [--fields …] [--json FILE]

Generates the layouts into OUT_DIR (a temporary folder by default), parses each rendering,
scores it with the project scorer against its expected answer, and prints a Markdown table:
one row per layout and format, one column per content field (F1), plus the mean over
layouts per format. ``--markdown`` is the default output; ``--json`` also saves the numbers.
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
sys.path.insert(0, str(ROOT / "tools"))
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py" if (SHARED / "eval" / "score.py").exists() else ROOT / "tests" / "gold" / "score.py"
FIELDS = ["meta.number", "meta.issued", "meta.issuer", "meta.doc_type", "sections", "tasks", "tasks.lead",
          "tasks.support", "tasks.timeframe", "deadlines", "assignments"]
SHORT = {"meta.number": "number", "meta.issued": "issued", "meta.issuer": "issuer", "meta.doc_type": "type",
         "sections": "sect", "tasks": "tasks", "tasks.lead": "lead", "tasks.support": "supp",
         "tasks.timeframe": "time", "deadlines": "dl", "assignments": "asg"}


def predict(docs: list[Path], pred: Path) -> dict[str, str]:
    """Parse each document into pred/<name>.plan.json; returns errors by name."""
    import planparse
    errors = {}
    for d in docs:
        name = d.name  # <layout>.<fmt>
        try:
            (pred / f"{name}.plan.json").write_text(planparse.parse(d).to_json(), encoding="utf-8")
        except Exception as e:  # a crash scores zero and is reported
            errors[name] = f"{type(e).__name__}: {e}"
    return errors


def score(gold: Path, pred: Path) -> dict[str, dict[str, float]]:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(pred), "--json", "--verbose"],
                         capture_output=True, text=True, check=True)
    per = json.loads(out.stdout)["per_document"]
    return {name: {k: v["f1"] for k, v in fields.items()} for name, fields in per.items()}


def main(argv=None) -> int:
    from make_layouts import CONTENTS, FORMATS, LAYOUTS, doc_name, write_all
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("--formats", nargs="*", default=list(FORMATS), choices=FORMATS)
    ap.add_argument("--fields", nargs="*", default=FIELDS)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    out = args.out or Path(tempfile.mkdtemp(prefix="layouts-"))
    docs = write_all(out, args.formats)
    pred = Path(tempfile.mkdtemp(prefix="layouts-pred-"))
    errors = predict(docs, pred)
    res = score(out, pred)
    head = "| plan | layout | fmt | " + " | ".join(SHORT.get(f, f) for f in args.fields) + " |"
    print(head + "\n|" + "---|" * (len(args.fields) + 3))
    for content in CONTENTS:
        for lay in LAYOUTS:
            for fmt in args.formats:
                row = res.get(f"{doc_name(content, lay)}.{fmt}", {})
                cells = [f"{row[f]:.2f}" if f in row else "–" for f in args.fields]
                print(f"| {content} | {lay.name} | {fmt} | " + " | ".join(cells) + " |")
    for fmt in args.formats:  # a field not scored (no expected task found at all) counts 0
        rows = [res.get(f"{doc_name(c, lay)}.{fmt}", {}) for c in CONTENTS for lay in LAYOUTS]
        cells = [f"{sum(r.get(f, 0) for r in rows) / max(1, len(rows)):.2f}" for f in args.fields]
        print(f"| **mean** | | {fmt} | " + " | ".join(cells) + " |")
    for name, err in errors.items():
        print(f"crash: {name}: {err}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps({"scores": res, "errors": errors}, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
