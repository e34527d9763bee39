"""Regenerate src/planparse/data/references/segmented.json: underthesea's word segmentation of every
signal phrase, area title and description of the shipped references and of every synonym in
data/synonyms.yaml, so that the references' side of the audit needs no model at run time.

    .venv/bin/python tools/build_segmentation.py

tests/test_audit.py checks the file is current; run this after editing a reference YAML.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from planparse.auditing.match import _segment_with_underthesea  # noqa: E402
from planparse.auditing.retrieval import shipped_phrases  # noqa: E402

phrases = shipped_phrases()
out = {p: [list(w) for w in _segment_with_underthesea(p)] for p in phrases}
dest = ROOT / "src" / "planparse" / "data" / "references" / "segmented.json"
dest.write_text(json.dumps(out, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
print(f"wrote {len(out)} phrases to {dest}")
