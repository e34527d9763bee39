"""Reports of a batch audit (HTML, XLSX) and how they are written."""
from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable


def write_all(tasks: list[tuple[str, Callable[[], None]]], jobs: int = 1) -> list[tuple[str, BaseException | None]]:
    """Run report writers, up to ``jobs`` at a time, and return ``(name, error or None)`` for each.

    With ``jobs > 1`` on a system with ``fork`` the writers run in forked children (they share the
    batch's results without copying them); a batch of 10,000 plans then pays for its longest report,
    not for all of them in turn. An error in a child comes back as the same exception type where it
    can (``OSError`` keeps its errno), else as ``RuntimeError`` with the child's message.
    """
    if jobs <= 1 or len(tasks) <= 1 or not hasattr(os, "fork"):
        return [(name, _run(fn)) for name, fn in tasks]
    results: dict[str, BaseException | None] = {}
    running: dict[int, tuple[str, int]] = {}
    queue = list(tasks)  # the caller lists the longest first: children take it, the parent the rest
    try:
        while queue or running:
            while queue and len(running) < jobs - 1:
                name, fn = queue.pop(0)
                running.update(_fork(name, fn))
            if queue:  # the parent is a writer too, not only a waiter
                name, fn = queue.pop(0)
                results[name] = _run(fn)
            for pid in list(running):
                done, status = os.waitpid(pid, 0 if not queue else os.WNOHANG)
                if done:
                    name, fd = running.pop(pid)
                    results[name] = _collect(fd, status)
    finally:
        for pid, (_name, fd) in running.items():  # Ctrl-C or an error here: no child outlives the command
            try:
                os.kill(pid, 9)
                os.waitpid(pid, 0)
            except OSError:
                pass
            os.close(fd)
    return [(name, results.get(name)) for name, _ in tasks]


def _run(fn: Callable[[], None]) -> BaseException | None:
    try:
        fn()
    except Exception as e:  # noqa: BLE001 - handed to the caller, who says it
        return e
    return None


def _fork(name: str, fn: Callable[[], None]) -> dict[int, tuple[str, int]]:
    r, w = os.pipe()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # the child: write one report, say how it went on the pipe, leave without cleanup
        os.close(r)
        code = 0
        try:
            err = _run(fn)
            if err is not None:
                code = 1
                try:
                    payload = pickle.dumps(err)
                except Exception:  # noqa: BLE001
                    payload = b""
                if not payload or len(payload) > 16_000:  # what fits the pipe: the parent reads it after the exit
                    payload = pickle.dumps(RuntimeError(f"{type(err).__name__}: {str(err)[:2000]}"))
                os.write(w, payload)
        finally:
            os.close(w)
            os._exit(code)
    os.close(w)
    return {pid: (name, r)}


def _collect(fd: int, status: int) -> BaseException | None:
    chunks = []
    while True:
        b = os.read(fd, 65536)
        if not b:
            break
        chunks.append(b)
    os.close(fd)
    if os.waitstatus_to_exitcode(status) == 0:
        return None
    try:
        return pickle.loads(b"".join(chunks)) if chunks else RuntimeError(f"the writer stopped (status {status})")
    except Exception:  # noqa: BLE001
        return RuntimeError("the writer failed")
