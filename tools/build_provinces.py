"""Regenerate src/planparse/data/provinces.csv from underthesea's 2025 address mapping.

    .venv/bin/python tools/build_provinces.py

One row per pre-2025 province (63): its short name, full name, and the post-2025 province
(34) that absorbed it. underthesea ships the mapping (source: vietnamadminunits, effective
2025-07-01); we keep the small province table so parsing never loads its 5 MB JSON.
"""
import csv
import json
from pathlib import Path

import underthesea

src = Path(underthesea.__file__).parent / "address" / "data" / "mapping.json"
data = json.loads(src.read_text(encoding="utf-8"))
out = Path(__file__).resolve().parents[1] / "src" / "planparse" / "data" / "provinces.csv"
rows = []
for key, old in data["old_province_names"].items():
    new_key = data["province_mapping"].get(key, key)
    new = data["province_names"].get(new_key, {})
    rows.append((old["short"], old["name"], new.get("short", ""), new.get("name", "")))
rows.sort(key=lambda r: r[0])
with out.open("w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["province", "full_name", "successor", "successor_full_name"])
    w.writerows(rows)
print(f"wrote {len(rows)} provinces to {out}")
