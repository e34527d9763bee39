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
