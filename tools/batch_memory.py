"""Trace a batch's memory: ``planparse audit --jobs 2`` over N plans of the benchmark's national corpus,
sampling the proportional set size (PSS) of the coordinator and of each worker twice a second.

    python tools/batch_memory.py 1500        # run `make bench` once first: it generates bench/corpus/national

Prints the peaks and a dozen samples (seconds, coordinator MB, [worker MB …]): a coordinator that grows
with the batch, or workers that grow after the fork, show here before they show in the benchmark.
Needs psutil (it comes with the `dask` extra, which `make test` installs).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(n: int) -> None:
    import psutil
    files = sorted((ROOT / "bench" / "corpus" / "national").glob("*.txt"))[:n]
    if not files:
        sys.exit("no generated plans: run `make bench` (or bench/run.py --quick) once first")
    src, out = Path(tempfile.mkdtemp()), Path(tempfile.mkdtemp())
    for f in files:
        os.symlink(f, src / f.name)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-m", "planparse.cli", "audit", str(src), "--jobs", "2", "--out", str(out),
                             "--quiet", "--follow-symlinks"], env=env)
    me = psutil.Process(proc.pid)
    peak = {"coordinator": 0.0, "workers": 0.0, "total": 0.0}
    samples = []
    t0 = time.time()
    while proc.poll() is None:
        try:
            c = me.memory_full_info().pss / 1e6
            ws = [ch.memory_full_info().pss / 1e6 for ch in me.children(recursive=True)]
        except psutil.Error:
            continue
        peak["coordinator"] = max(peak["coordinator"], c)
        peak["workers"] = max(peak["workers"], sum(ws))
        peak["total"] = max(peak["total"], c + sum(ws))
        samples.append((round(time.time() - t0, 1), round(c, 1), [round(w, 1) for w in ws]))
        time.sleep(0.5)
    print(f"{len(files)} plans in {time.time() - t0:.1f} s; peak PSS MB:", {k: round(v, 1) for k, v in peak.items()})
    for s in samples[:: max(1, len(samples) // 12)] + samples[-3:]:
        print(s)
    shutil.rmtree(src)
    shutil.rmtree(out)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1500)
