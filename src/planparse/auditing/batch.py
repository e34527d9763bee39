"""Batch audits: many plans, in parallel (process pool or Dask), streaming, resumable.

Every input yields a row — ``ok`` with its audit, or ``failed`` with the reason — and a batch
never stops on one bad file. Workers return plain dicts (no plan objects or PDF handles are
kept), results are written atomically as they arrive, and ``resume`` skips inputs whose result
is already on disk for the same file content.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path


class Timeout(Exception):
    pass


def _alarm(signum, frame):  # pragma: no cover - exercised through audit_one
    raise Timeout()


def audit_one(path: str, reference=None, max_pages: int = 500, timeout: float | None = 120.0) -> dict:
    """Audit one file in the calling process; never raises (failures become rows)."""
    from ..errors import PlanparseError
    t0 = time.perf_counter()
    use_alarm = bool(timeout) and hasattr(signal, "SIGALRM") and _main_thread()
    if use_alarm:
        old = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, float(timeout))
    try:
        from . import audit
        a = audit(path, reference=reference, max_pages=max_pages)
        row = {"path": path, "status": "ok", "reason": None, "audit": a.to_dict()}
    except Timeout:
        row = {"path": path, "status": "failed", "reason": f"timed out after {timeout:g} s"}
    except PlanparseError as e:
        row = {"path": path, "status": "failed", "reason": e.reason if hasattr(e, "reason") else str(e)}
    except RecursionError:
        row = {"path": path, "status": "failed", "reason": "document nesting too deep to analyse"}
    except MemoryError:
        row = {"path": path, "status": "failed", "reason": "out of memory while reading the file"}
    except Exception as e:  # noqa: BLE001 - a batch never stops on one file
        row = {"path": path, "status": "failed", "reason": f"internal error: {type(e).__name__}: {e}"}
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, old)
    row["seconds"] = round(time.perf_counter() - t0, 3)
    return row


def audit_to_disk(path: str, reference=None, max_pages: int = 500, timeout: float | None = 120.0,
                  out: str | None = None, name: str | None = None) -> dict:
    """Audit one file; with ``out``, write its result there (atomically) and return a light row,
    so the coordinating process never holds full audits."""
    row = audit_one(path, reference, max_pages, timeout)
    if out is not None and name is not None:
        _write_row(Path(out), name, row)
        return _light(row)
    return row


def audit_named(path: str, name: str, reference=None, max_pages: int = 500, timeout: float | None = 120.0,
                out: str | None = None) -> dict:
    """``audit_to_disk`` with the result name second, for engines that map over (path, name) pairs."""
    return audit_to_disk(path, reference, max_pages, timeout, out, name)


def _main_thread() -> bool:
    import threading
    return threading.current_thread() is threading.main_thread()


def file_sha256(path: str) -> str | None:
    try:
        h = hashlib.sha256()
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    except OSError:
        return None


def result_name(path: str, used: set[str]) -> str:
    """A unique, safe file stem for a plan's result (``<stem>.audit.json``)."""
    stem = "".join(c if c.isalnum() or c in "-_." else "_" for c in Path(path).stem)[:120] or "plan"
    name, k = stem, 2
    while name in used:
        name, k = f"{stem}-{k}", k + 1
    used.add(name)
    return name


@dataclass
class AuditSet:
    """The rows of a batch audit, in input order, with analyst views."""

    rows: list[dict] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    @property
    def failed(self) -> list[dict]:
        return [r for r in self.rows if r["status"] != "ok"]

    @property
    def ok(self) -> list[dict]:
        return [r for r in self.rows if r["status"] == "ok"]

    def area_ids(self) -> list[str]:
        ids: list[str] = []
        for r in self.ok:
            for a in r["audit"]["areas"]:
                if a["id"] not in ids:
                    ids.append(a["id"])
        return ids

    def matrix(self, value: str = "status"):
        """Plans × areas: ``status`` (covered/partial/missing) or ``score``; failed plans as rows of NaN."""
        import pandas as pd
        ids = self.area_ids()
        data, index = [], []
        for r in self.rows:
            index.append(_label(r))
            if r["status"] != "ok":
                data.append({})
                continue
            data.append({a["id"]: a[value] for a in r["audit"]["areas"]})
        return pd.DataFrame(data, index=pd.Index(index, name="plan"), columns=ids)

    def summary(self):
        """One row per input: status, reason, reference, applicability, counts, coverage, failed checks."""
        import pandas as pd
        out = []
        for r in self.rows:
            row = {"plan": _label(r), "path": r["path"], "status": r["status"], "reason": r.get("reason")}
            if r["status"] == "ok":
                a = r["audit"]
                s = a["summary"]
                row.update({"number": a["source"].get("number"), "province": a["source"].get("province"),
                            "issued": a["source"].get("issued"), "reference": a["reference"]["id"],
                            "applicable": a["applicable"]["value"], "covered": s["covered"], "partial": s["partial"],
                            "missing": s["missing"], "coverage": s["coverage"],
                            "failed_checks": ", ".join(c["id"] for c in a["checks"] if c["status"] == "fail")})
            out.append(row)
        cols = ["plan", "path", "status", "reason", "number", "province", "issued", "reference", "applicable",
                "covered", "partial", "missing", "coverage", "failed_checks"]
        return pd.DataFrame(out, columns=cols)

    def plot(self, ax=None, lang: str = "vi"):
        """A heat-map of the coverage matrix (matplotlib)."""
        from ..report.plot import heatmap
        return heatmap(self, ax=ax, lang=lang)

    def to_csv(self, path) -> None:
        self.matrix_long().to_csv(path, index=False)

    def matrix_long(self):
        """Plans × areas in long form: plan, area, status, score (the CSV export)."""
        import pandas as pd
        rows = []
        for r in self.rows:
            if r["status"] != "ok":
                rows.append({"plan": _label(r), "path": r["path"], "reference": None, "area": None, "title": None,
                             "status": "failed", "score": None, "reason": r.get("reason")})
                continue
            for a in r["audit"]["areas"]:
                rows.append({"plan": _label(r), "path": r["path"], "reference": r["audit"]["reference"]["id"],
                             "area": a["id"], "title": a["title"], "status": a["status"], "score": a["score"],
                             "reason": None})
        return pd.DataFrame(rows, columns=["plan", "path", "reference", "area", "title", "status", "score", "reason"])

    def to_excel(self, path, lang: str = "vi") -> None:
        from ..report.xlsx import write_xlsx
        write_xlsx(self, path, lang=lang)

    def to_html(self, path=None, lang: str = "vi") -> str | None:
        """The HTML report; written to ``path`` piece by piece (returns None), else returned as a string."""
        from ..files import atomic_write
        from ..report.audit_html import report_chunks
        if path is None:
            return "".join(report_chunks(self, lang=lang))
        atomic_write(Path(path), report_chunks(self, lang=lang))
        return None

    def __repr__(self) -> str:
        from ..report.html import auditset_repr
        return auditset_repr(self)

    def _repr_html_(self) -> str:
        from ..report.html import auditset_html
        return auditset_html(self, lang="vi")


def _label(r: dict) -> str:
    return Path(r["path"]).stem


def audit_many(paths, reference=None, *, jobs: int | None = None, engine: str = "local", scheduler: str | None = None,
               timeout: float | None = 120.0, max_pages: int = 500, out_dir=None, resume: bool = False,
               progress: bool = False, on_result=None) -> AuditSet:
    """Audit every path; returns an :class:`AuditSet` with one row per input, in input order."""
    from ..files import expand_inputs
    paths = expand_inputs([str(p) for p in paths])
    out = Path(out_dir) if out_dir else None
    used: set[str] = set()
    names = {p: result_name(p, used) for p in paths}
    rows: dict[str, dict] = {}
    todo = []
    for p in paths:
        if resume and out is not None:
            prev = _load_previous(out, names[p], p)
            if prev is not None:
                rows[p] = prev
                continue
        todo.append(p)
    bar = _Progress(len(paths), enabled=progress)
    bar.done = len(rows)
    ref_arg = reference  # an id, a path or a Reference: all pickle, so workers get it as is

    def deliver(row: dict) -> None:
        rows[row["path"]] = row
        if on_result:
            on_result(row)
        bar.step(row)

    if engine == "dask":
        from .distributed import run_dask
        run_dask(todo, ref_arg, jobs=jobs, scheduler=scheduler, timeout=timeout, max_pages=max_pages,
                 out=str(out) if out is not None else None, names=names, deliver=deliver)
    else:
        _run_local(todo, ref_arg, jobs=jobs, timeout=timeout, max_pages=max_pages,
                   out=str(out) if out is not None else None, names=names, deliver=deliver)
    bar.close()
    return AuditSet([rows[p] for p in paths])


def _light(row: dict) -> dict:
    """A row without the bulk: first evidence per area, quotes cut to 300 characters."""
    if row.get("status") != "ok":
        return row
    a = dict(row["audit"])
    a["areas"] = [{**x, "evidence": [{**e, "text": e["text"][:300]} for e in x["evidence"][:1]]} for x in a["areas"]]
    return {**row, "audit": a}


def warm(reference=None) -> None:
    """Load data, compile the matchers and segment the reference signals once, in this process,
    so that forked workers share them instead of each paying for them."""
    from ..pipeline import parse
    from . import audit
    sample = ("Số: 1/KH-UBND\n\nKẾ HOẠCH\nThử\n\nThực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019.\n\n"
              "I. MỤC ĐÍCH\n\n1. Sở Văn hóa, Thể thao và Du lịch tổ chức Góc ASEAN trước ngày 01/12 hàng năm.\n\n"
              "II. KINH PHÍ\n\nNgân sách nhà nước.")
    try:
        plan = parse(sample)
        from .reference import list_references
        for r in list_references():
            audit(plan, reference=r)
        if reference is not None:
            audit(plan, reference=reference)
    except Exception:  # noqa: BLE001 - warming is an optimisation; real errors surface per file
        pass


def _run_local(paths, reference, *, jobs, timeout, max_pages, out, names, deliver) -> None:
    jobs = jobs or os.cpu_count() or 1
    warm(reference)
    if jobs <= 1 or len(paths) <= 1:
        for p in paths:
            deliver(audit_to_disk(p, reference, max_pages, timeout, out, names[p]))
        return
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool
    import multiprocessing as mp
    ctx = mp.get_context("fork") if hasattr(os, "fork") else None
    queue = list(reversed(paths))
    window = 4 * jobs  # bounded in-flight work: memory stays flat however long the batch
    while queue:
        try:
            with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx) as ex:
                running = {}
                while queue or running:
                    while queue and len(running) < window:
                        p = queue.pop()
                        running[ex.submit(audit_to_disk, p, reference, max_pages, timeout, out, names[p])] = p
                    done, _ = wait(running, return_when=FIRST_COMPLETED)
                    for f in done:
                        p = running.pop(f)
                        try:
                            row = f.result()
                        except BrokenProcessPool:
                            running[f] = p
                            raise
                        except Exception as e:  # noqa: BLE001
                            row = {"path": p, "status": "failed", "reason": f"worker error: {type(e).__name__}: {e}"}
                        deliver(row)
        except BrokenProcessPool:
            # a worker died (killed by the OS, a crash in a C library): the files that were running
            # are retried one at a time, so the one that kills its worker is marked failed alone
            stuck = list(running.values())
            for p in stuck:
                row = _isolated(p, reference, max_pages, timeout, out, names[p], ctx)
                deliver(row)


def _isolated(path, reference, max_pages, timeout, out, name, ctx) -> dict:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=ctx) as ex:
            return ex.submit(audit_to_disk, path, reference, max_pages, timeout, out, name).result()
    except BrokenProcessPool:
        return {"path": path, "status": "failed", "reason": "the worker process died while reading this file"}


def _write_row(out: Path, name: str, row: dict) -> None:
    from ..files import atomic_write
    if row["status"] == "ok":
        atomic_write(out / "audits" / f"{name}.audit.json", json.dumps(row["audit"], ensure_ascii=False, indent=1) + "\n")
    else:
        atomic_write(out / "audits" / f"{name}.failed.json",
                     json.dumps({"path": row["path"], "status": "failed", "reason": row.get("reason")}, ensure_ascii=False) + "\n")


def _load_previous(out: Path, name: str, path: str) -> dict | None:
    f = out / "audits" / f"{name}.audit.json"
    if not f.exists():
        return None
    try:
        data = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("source", {}).get("sha256") != file_sha256(path):
        return None
    return {"path": path, "status": "ok", "reason": None, "audit": data, "resumed": True}


class _Progress:
    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled, self.done = total, enabled, 0
        self.tty = sys.stderr.isatty()
        self.t0 = time.perf_counter()

    def step(self, row: dict) -> None:
        self.done += 1
        if not self.enabled:
            return
        width = 28
        fill = int(width * self.done / max(1, self.total))
        rate = self.done / max(1e-9, time.perf_counter() - self.t0)
        mark = "ok" if row["status"] == "ok" else "FAILED"
        line = f"[{'#' * fill}{'.' * (width - fill)}] {self.done}/{self.total} {rate:.1f}/s {Path(row['path']).name[:40]} {mark}"
        if self.tty:
            print("\r" + line.ljust(100), end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr)
        if row["status"] != "ok" and self.tty:
            print(f"\n  {row['path']}: {row.get('reason')}", file=sys.stderr)

    def close(self) -> None:
        if self.enabled and self.tty:
            print(file=sys.stderr)


def run_cli(args) -> int:
    """``planparse audit``: see ``planparse audit --help``."""
    from ..cli import _err
    from ..files import atomic_write, expand_inputs
    files = expand_inputs(args.paths)
    if not files:
        _err("error: no plan files found in " + ", ".join(args.paths))
        return 2
    reference = args.reference
    if reference:
        from ..errors import PlanparseError
        from . import resolve_reference
        try:
            ref_obj = resolve_reference(reference)  # validate once, up front, with every error listed
        except PlanparseError as e:
            _err(f"error: {e}")
            return 2
        if ref_obj.source == "plan":
            reference = ref_obj
    fmt = args.format
    out = Path(args.out) if args.out else None
    single = len(files) == 1
    if fmt is None:
        fmt = "json" if (single and out is None) else "all"
    if fmt != "json" and out is None:
        _err(f"error: --format {fmt} writes files; give --out PATH")
        return 2
    out_dir = out if (out is not None and (fmt in ("all",) or out.suffix == "" or fmt == "json")) else None
    aset = audit_many(files, reference, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                      timeout=args.timeout, max_pages=args.max_pages, out_dir=out_dir if fmt in ("all", "json") else None,
                      resume=args.resume, progress=not args.quiet and len(files) > 1)
    for r in aset.failed:
        _err(f"failed: {r['path']}: {r.get('reason')}")
    if fmt == "json" and out is None:
        r = aset.rows[0] if single else None
        if single:
            if r["status"] == "ok":
                print(json.dumps(r["audit"], ensure_ascii=False, indent=1))
        else:
            print(json.dumps([x.get("audit") or {"path": x["path"], "status": "failed", "reason": x.get("reason")}
                              for x in aset.rows], ensure_ascii=False, indent=1))
    elif fmt == "all":
        out.mkdir(parents=True, exist_ok=True)
        aset.to_csv(out / "matrix.csv")
        aset.summary().to_csv(out / "plans.csv", index=False)
        aset.to_excel(out / "matrix.xlsx", lang=args.lang)
        aset.to_html(out / "report.html", lang=args.lang)
        print(f"wrote {len(aset.ok)} audits ({len(aset.failed)} failed) to {out}/: report.html, matrix.xlsx, "
              f"matrix.csv, plans.csv, audits/", file=sys.stderr)
    elif fmt == "csv":
        target = out if out.suffix else out / "matrix.csv"
        target.parent.mkdir(parents=True, exist_ok=True)
        aset.to_csv(target)
    elif fmt == "xlsx":
        target = out if out.suffix else out / "matrix.xlsx"
        target.parent.mkdir(parents=True, exist_ok=True)
        aset.to_excel(target, lang=args.lang)
    elif fmt == "html":
        target = out if out.suffix else out / "report.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        aset.to_html(target, lang=args.lang)
    rc = 1 if aset.failed else 0
    if args.fail_under is not None:
        low = [r for r in aset.ok if r["audit"]["summary"]["coverage"] < args.fail_under]
        for r in low:
            _err(f"coverage {r['audit']['summary']['coverage']:.2f} < {args.fail_under}: {r['path']}")
        if low and rc == 0:
            rc = 3
    return rc
