"""The distributed engine: a Dask LocalCluster with 2 workers gives the same matrix and files."""
import json

import pytest

import planparse
from conftest import SAMPLE_FILES


def test_dask_matches_local(tmp_path):
    pytest.importorskip("dask.distributed", reason="dask is a test dependency ([dask] extra)")
    from dask.distributed import Client, LocalCluster
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-not really")
    inputs = [*SAMPLE_FILES, bad]
    local = planparse.audit_many(inputs, jobs=1, out_dir=tmp_path / "local")
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = planparse.audit_many(inputs, engine="dask", scheduler=cluster.scheduler_address,
                                      out_dir=tmp_path / "dask")
    assert local.matrix().equals(remote.matrix())
    assert local.matrix("score").equals(remote.matrix("score"))
    assert [r["status"] for r in local] == [r["status"] for r in remote]
    for f in (tmp_path / "local" / "audits").iterdir():
        g = tmp_path / "dask" / "audits" / f.name
        assert json.loads(f.read_text(encoding="utf-8")) == json.loads(g.read_text(encoding="utf-8"))


def test_dask_engine_from_the_cli(tmp_path):
    pytest.importorskip("dask.distributed")
    import subprocess
    import sys
    r = subprocess.run([sys.executable, "-m", "planparse.cli", "audit", *map(str, SAMPLE_FILES[:2]), "--engine", "dask",
                        "--jobs", "2", "--out", str(tmp_path), "--quiet"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert len(list((tmp_path / "audits").glob("*.audit.json"))) == 2


def test_stopping_a_dask_batch_cancels_what_has_not_run(tmp_path):
    """An error (or Ctrl-C) in the coordinator stops a Dask batch: the tasks not yet run are cancelled
    on the scheduler, not left to run to the end for nobody."""
    pytest.importorskip("dask.distributed")
    import time

    from dask.distributed import Client, LocalCluster
    src = tmp_path / "in"
    src.mkdir()
    inputs = []
    for i in range(40):
        f = src / f"p{i:02d}.txt"
        f.write_bytes(SAMPLE_FILES[i % len(SAMPLE_FILES)].read_bytes())
        inputs.append(f)

    class Stop(Exception):
        pass

    def stop(row):
        raise Stop
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as watcher:
        with pytest.raises(Stop):
            planparse.audit_many(inputs, engine="dask", scheduler=cluster.scheduler_address, out_dir=tmp_path / "out",
                                 on_result=stop)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            left = watcher.run_on_scheduler(lambda dask_scheduler: len(dask_scheduler.tasks))
            if left == 0:
                break
            time.sleep(0.2)
        assert left == 0
        time.sleep(1)
    written = list((tmp_path / "out" / "audits").glob("*.json"))
    assert len(written) < len(inputs), "every file was audited although the batch stopped at the first"
