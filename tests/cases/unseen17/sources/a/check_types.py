"""Compare the value types at every key path of the set-17a gold JSON with those of /work/shared/gold (notes ignored).
Paths the shared gold never fills (budget.amounts items) are listed; they follow the spec ({text: str, vnd: int})."""
import glob, json
from pathlib import Path
ST = Path("/work/coord/set17a")

def types(v, path, out):
    if isinstance(v, dict):
        for k, x in v.items():
            if k != "note":
                types(x, path + "." + k, out)
    elif isinstance(v, list):
        for x in v:
            types(x, path + "[]", out)
    else:
        out.setdefault(path, set()).add(type(v).__name__)

ref, mine = {}, {}
for f in glob.glob("/work/shared/gold/*.json"):
    types(json.load(open(f, encoding="utf-8")), "", ref)
for f in sorted(ST.glob("*.json")):
    types(json.load(open(f, encoding="utf-8")), "", mine)
bad = 0
for p, t in sorted(mine.items()):
    if p not in ref:
        print("path not in shared gold (spec-defined):", p, sorted(t))
    elif t - ref[p]:
        bad += 1
        print("TYPE MISMATCH", p, sorted(t), "shared:", sorted(ref[p]))
print("paths checked:", len(mine), "mismatches:", bad)
