"""Distributed batch audits on Dask (``dask.distributed``): same rows, same files as a local run.

Run on a real cluster by starting ``dask scheduler`` on one machine and ``dask worker
tcp://HOST:8786 --nthreads 1`` on each worker (each with planparse installed and the input
files reachable at the same paths, e.g. a shared mount), then
``planparse audit /shared/plans --engine dask --scheduler tcp://HOST:8786 --out /shared/out``.

Each file runs under ``--timeout`` enforced inside the worker (Dask tasks run in worker threads,
where the limit is raised asynchronously in the task's thread), and as a backstop the coordinator
marks a file failed once it has run well past its limit. Stopping the batch (Ctrl-C, SIGTERM, an
error) cancels every task that has not finished. This module imports nothing from ``batch``: the
task function is passed in.
"""
from __future__ import annotations

import time


def run_dask(paths, reference, *, jobs, scheduler, timeout, max_pages, out, names, deliver, task) -> None:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        from ..errors import PlanparseError
        raise PlanparseError("--engine dask needs dask.distributed: pip install 'planparse[dask]'") from None
    if not paths:
        return
    cluster = None
    if scheduler:
        try:
            client = Client(scheduler, timeout="30s")
        except (ValueError, OSError, TimeoutError) as e:  # not an address; nobody answering there
            from ..errors import OptionError, one_line
            raise OptionError("--scheduler", f"cannot connect to the Dask scheduler {scheduler!r}: "
                              f"{one_line(e, 300)}") from None
    else:
        import os
        cluster = LocalCluster(n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    futures = []
    try:
        futures = client.map(task, paths, [names[p] for p in paths], reference=reference, max_pages=max_pages,
                             timeout=timeout, out=out, pure=False)
        index = {f.key: p for f, p in zip(futures, paths)}
        pending = set(futures)
        # backstop: a task still unfinished long after the whole batch could have run is given up on
        started = time.monotonic()
        workers = len(client.scheduler_info().get("workers", {})) or (jobs or 1)
        budget = None if not timeout else 30 + timeout * (len(futures) / max(1, workers) + 1)
        ac = as_completed(futures)
        while pending:
            if not ac.has_ready():
                if ac.is_empty():
                    break
                if budget is not None and time.monotonic() - started > budget:
                    for fut in list(pending):
                        fut.cancel()
                        deliver({"path": index[fut.key], "status": "failed",
                                 "reason": f"timed out after {timeout:g} s (the Dask worker did not return)"})
                    pending.clear()
                    break
                time.sleep(0.05)
                continue
            for fut in ac.next_batch(block=False):
                pending.discard(fut)
                p = index[fut.key]
                try:
                    row = fut.result()
                except Exception as e:  # noqa: BLE001
                    row = {"path": p, "status": "failed", "reason": f"dask worker error: {type(e).__name__}: {e}"}
                deliver(row)
    finally:
        if futures:
            try:
                client.cancel(futures, force=True)
            except Exception:  # noqa: BLE001 - the client may already be gone
                pass
        client.close()
        if cluster is not None:
            cluster.close()

