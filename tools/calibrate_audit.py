"""Choose the retrieval judge's thresholds by leave-one-plan-out, and report the HELD-OUT figures.

    PYTHONPATH=src .venv/bin/python tools/calibrate_audit.py [--gold DIR] [--quick] [--unseen]

Cases (each a plan with a careful reader's verdicts on some areas):
- the five samples (gold: ``../shared/gold`` or ``tests/gold``);
- the plans under ``tests/fixtures/audit`` (``NAME.txt`` + ``NAME.gold.yaml``): paraphrased plans,
  prose reports, a 2021-2025 plan, negative controls, another generation;
- the samples with one content area removed: every line quoting the area's gold evidence or
  carrying one of its listed phrases is deleted; the removed area must come out ``missing``, the
  areas whose evidence lines all remain must keep their gold verdict;
- with ``--unseen``, the hand-annotated plans of ``tests/cases/unseen*`` (each its own plan).

A *plan* is a sample together with its removed-area variants, or one fixture. For each plan held
out, the thresholds are chosen on all the other plans (most agreeing verdicts; ties go to the
values nearest the middle of the grid) and the held-out plan is judged with them. The figures
printed under HELD-OUT are pooled over the held-out plans only; FITTED (all plans at once) is
printed for comparison and is not a measure of anything.
"""
from __future__ import annotations

import argparse
import itertools
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import yaml  # noqa: E402

import planparse  # noqa: E402
from planparse.auditing import resolve_reference  # noqa: E402
from planparse.auditing.coverage import (PARTIAL, THRESHOLDS, Index, audit_units, combine, insufficiency,  # noqa: E402
                                         retrieval_hits, retrieval_rows, score_area, topic_mentions, verdict)

GRID = {
    "retrieval_partial": [1.5, 1.75, 2.0, 2.5, 3.0],
    "retrieval_covered": [2.0, 2.5, 3.0, 4.0, 5.0],
    "agree_bonus": [0.0, 0.15],
    "retrieval_rank": [0.0, 0.7, 1.0],
}


@dataclass
class Case:
    name: str
    group: str
    kind: str  # sample | fixture | removed
    gold: dict
    removed: str | None = None
    pre: dict = field(default_factory=dict)


def prepare(case: Case, plan, ref) -> Case:
    units = audit_units(plan)  # what the audit reads: the body's clauses and the annex rows
    index = Index(units, ref)
    rows = retrieval_rows(ref, units) if units else {}
    case.pre = {"units": units, "rows": rows, "topic": topic_mentions(ref, plan) > 0,
                "short": insufficiency(plan, units) is not None,
                "signal": {a.id: score_area(a, units, index) for a in ref.areas if a.id in case.gold},
                "areas": {a.id: a for a in ref.areas}}
    return case


def statuses(case: Case, th: dict) -> dict:
    p = case.pre
    out = {}
    for aid in case.gold:
        area = p["areas"][aid]
        scored = combine(p["signal"][aid], retrieval_hits(p["rows"].get(aid, []), p["units"], th), th)
        out[aid] = verdict(area, scored, p["topic"], p["short"])
    return out


def load_cases(gold_dir: Path, quick: bool, unseen: bool = False) -> list[Case]:
    cases: list[Case] = []
    for txt in sorted((ROOT / "data" / "samples").glob("*.txt")):
        g = gold_dir / f"{txt.stem}.audit.json"
        if not g.exists():
            continue
        gold = json.loads(g.read_text(encoding="utf-8"))
        plan = planparse.parse(txt)
        ref = resolve_reference(gold["reference"]["id"], plan)
        status = {a["id"]: a["status"] for a in gold["areas"]}
        cases.append(prepare(Case(txt.stem, txt.stem, "sample", status), plan, ref))
        if not gold["applicable"]["value"]:
            continue
        base = cases[-1]
        evid = {a["id"]: [e["text"] for e in a.get("evidence") or []] for a in gold["areas"]}
        for aid, st in status.items():
            if st == "missing":
                continue
            kill = set(evid[aid]) | {h.unit.text for h in base.pre["signal"][aid] if h.score >= PARTIAL}
            lines = plan.text.split("\n")
            cut = [ln for ln in lines if not any(k and (k in ln or ln.strip() and ln.strip() in k) for k in kill)]
            kept = "\n".join(cut)
            g2 = {aid: "missing"}
            for other, ost in status.items():
                if other != aid and evid[other] and all(any(e in ln for ln in cut) for e in evid[other]):
                    g2[other] = ost
            p2 = planparse.parse(kept)
            cases.append(prepare(Case(f"{txt.stem}-{aid}", txt.stem, "removed", g2, removed=aid), p2, ref))
            if quick and len(cases) > 12:
                break
    for txt in sorted((ROOT / "tests" / "fixtures" / "audit").glob("*.txt")):
        gp = txt.with_suffix(".gold.yaml")
        if not gp.exists():
            continue
        gold = yaml.safe_load(gp.read_text(encoding="utf-8"))
        if not gold.get("areas"):
            continue
        plan = planparse.parse(txt)
        ref = resolve_reference(gold["reference"], plan)
        cases.append(prepare(Case(txt.stem, txt.stem, "fixture", dict(gold["areas"])), plan, ref))
    if unseen:
        cases += unseen_cases()
    return cases


def unseen_cases() -> list[Case]:
    """The hand-annotated unseen sets (``tests/cases/unseen*``): each plan its own group."""
    out = []
    for g in sorted((ROOT / "tests" / "cases").glob("unseen*/*.audit.json")):
        stem = g.name[: -len(".audit.json")]
        docs = [p for p in g.parent.glob(stem + ".*") if not p.name.endswith(".json")]
        if not docs:
            continue
        gold = json.loads(g.read_text(encoding="utf-8"))
        plan = planparse.parse(docs[0])
        ref = resolve_reference(gold["reference"]["id"], plan)
        status = {a["id"]: a["status"] for a in gold["areas"]}
        out.append(prepare(Case(f"{g.parent.name}/{stem}", f"{g.parent.name}/{stem}", "unseen", status), plan, ref))
    return out


def tally(cases: list[Case], th: dict) -> dict:
    t = {"agree": 0, "n": 0, "removed_found": 0, "removed_n": 0, "kept": 0, "kept_n": 0}
    for c in cases:
        got = statuses(c, th)
        for aid, st in c.gold.items():
            t["agree"] += got[aid] == st
            t["n"] += 1
            if c.kind == "removed":
                if aid == c.removed:
                    t["removed_found"] += got[aid] == "missing"
                    t["removed_n"] += 1
                else:
                    t["kept"] += got[aid] == st
                    t["kept_n"] += 1
    return t


def candidates():
    keys = list(GRID)
    for vals in itertools.product(*(GRID[k] for k in keys)):
        th = dict(zip(keys, vals))
        if th["retrieval_covered"] > th["retrieval_partial"]:
            yield th


def table(cases: list[Case]) -> tuple[list[dict], dict[str, list[float]]]:
    """Every grid point, and per plan its agreement at each point (computed once for all folds)."""
    points = list(candidates())
    groups: dict[str, list[Case]] = {}
    for c in cases:
        groups.setdefault(c.group, []).append(c)
    out = {}
    for g, cs in groups.items():
        row = []
        for th in points:
            t = tally(cs, th)
            row.append((t["agree"], t["n"]))
        out[g] = row
    return points, out


def choose(points: list[dict], agreement: dict[str, list[float]], exclude: str | None = None) -> dict:
    """The grid point with the most verdicts agreeing with the reader (each judged area one vote, as
    audit.status counts them), leaving out plan ``exclude``; ties go to the point nearest the middle
    of the grid."""
    mid = {k: v[len(v) // 2] for k, v in GRID.items()}
    best = None
    for i, th in enumerate(points):
        score = sum(row[i][0] for g, row in agreement.items() if g != exclude)
        key = (round(score, 9), -sum(abs(GRID[k].index(th[k]) - GRID[k].index(mid[k])) for k in GRID))
        if best is None or key > best[0]:
            best = (key, th)
    return best[1]


def fmt(t: dict) -> str:
    def r(a, b):
        return f"{t[a] / t[b]:.3f} ({t[a]}/{t[b]})" if t[b] else "n/a"
    return (f"status agreement {r('agree', 'n')}; removed areas found {r('removed_found', 'removed_n')}; "
            f"untouched areas kept {r('kept', 'kept_n')}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    shared = ROOT.parent / "shared" / "gold"
    ap.add_argument("--gold", type=Path, default=shared if shared.is_dir() else ROOT / "tests" / "gold")
    ap.add_argument("--quick", action="store_true", help="fewer removed-area variants")
    ap.add_argument("--unseen", action="store_true", help="add the unseen sets' plans (tests/cases/unseen*) as cases")
    args = ap.parse_args(argv)
    cases = load_cases(args.gold, args.quick, args.unseen)
    groups = sorted({c.group for c in cases})
    print(f"{len(cases)} cases in {len(groups)} plans, {sum(len(c.gold) for c in cases)} judged areas")
    pooled = {"agree": 0, "n": 0, "removed_found": 0, "removed_n": 0, "kept": 0, "kept_n": 0}
    by_kind: dict[str, dict] = {}
    per_plan: list[float] = []
    points, agreement = table(cases)
    for g in groups:
        test = [c for c in cases if c.group == g]
        th = choose(points, agreement, exclude=g)
        t = tally(test, th)
        for k in pooled:
            pooled[k] += t[k]
        for c in test:
            tk = tally([c], th)
            acc = by_kind.setdefault(c.kind, {k: 0 for k in pooled})
            for k in acc:
                acc[k] += tk[k]
        per_plan.append(t["agree"] / max(1, t["n"]))
        print(f"  held out {g}: {th} -> {fmt(t)}")
    print("HELD-OUT (leave-one-plan-out):", fmt(pooled))
    print(f"  mean agreement per held-out plan: {sum(per_plan) / len(per_plan):.3f}")
    for k, t in sorted(by_kind.items()):
        print(f"  {k:8s}", fmt(t))
    fitted = choose(points, agreement)
    print("FITTED on all plans (for comparison only):", fitted, fmt(tally(cases, fitted)))
    print("shipped THRESHOLDS:", THRESHOLDS, fmt(tally(cases, THRESHOLDS)))
    print("signals only:", fmt(tally(cases, {**THRESHOLDS, "retrieval_partial": 99, "retrieval_covered": 100})))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
