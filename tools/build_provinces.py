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
# Thừa Thiên Huế became Thành phố Huế in January 2025: the plans we read were written under the old name
for key, old in data["old_province_names"].items():
    if old["short"] == "Huế":
        old.update(short="Thừa Thiên Huế", name="Tỉnh Thừa Thiên Huế")
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

# the districts (pre-2025: huyện, thị xã, thành phố thuộc tỉnh, quận) and their province, from the same mapping's
# wards: a district or commune plan that never names its province is placed by its district
# (``Ủy ban nhân dân huyện Mỹ Xuyên`` → Sóc Trăng)
short = {k: v["short"] for k, v in data["old_province_names"].items()}
districts = sorted({(w["old_district"], short[w["old_province_key"]]) for w in data["ward_mapping"]
                    if w.get("old_district") and w.get("old_province_key") in short})
dout = out.with_name("districts.csv")
with dout.open("w", encoding="utf-8", newline="") as f:
    w = csv.writer(f)
    w.writerow(["district", "province"])
    w.writerows(districts)
print(f"wrote {len(districts)} districts to {dout}")
