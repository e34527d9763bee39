"""Distributed batch audits on Dask (``dask.distributed``): same rows, same files as a local run.

Run on a real cluster by starting ``dask scheduler`` on one machine and ``dask worker
tcp://HOST:8786 --nthreads 1`` on each worker (each with planparse installed and the input
files reachable at the same paths, e.g. a shared mount), then
``planparse audit /shared/plans --engine dask --scheduler tcp://HOST:8786 --out /shared/out``.
"""
from __future__ import annotations


def run_dask(paths, reference, *, jobs, scheduler, timeout, max_pages, out, names, deliver) -> None:
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError:
        from ..errors import PlanparseError
        raise PlanparseError("--engine dask needs dask.distributed: pip install 'planparse[dask]'") from None
    from .batch import audit_named
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        import os
        cluster = LocalCluster(n_workers=jobs or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        # Dask runs tasks in worker threads, where SIGALRM is unavailable: the per-file timeout of a
        # local run is not enforced here; use the cluster's own limits (worker lifetime, memory).
        futures = client.map(audit_named, paths, [names[p] for p in paths], reference=reference, max_pages=max_pages,
                             timeout=timeout, out=out, pure=False)
        index = {f.key: p for f, p in zip(futures, paths)}
        for fut in as_completed(futures):
            p = index[fut.key]
            try:
                row = fut.result()
            except Exception as e:  # noqa: BLE001
                row = {"path": p, "status": "failed", "reason": f"dask worker error: {type(e).__name__}: {e}"}
            deliver(row)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
