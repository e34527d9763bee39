"""Batch audits: many plans, in parallel (process pool or Dask), streaming, resumable.

Every input yields a row — ``ok`` with its audit, or ``failed`` with the reason — and a batch
never stops on one bad file. Workers return plain dicts (no plan objects or PDF handles are
kept), results are written atomically as they arrive, and ``resume`` skips inputs whose result
is already on disk for the same file content.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import signal
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path


class Timeout(Exception):  # kept for callers that caught it; the limit is planparse.limits.time_limit
    pass


def audit_one(path: str, reference=None, max_pages: int = 500, timeout: float | None = 120.0) -> dict:
    """Audit one file in the calling process, under the time limit; never raises (failures become rows)."""
    from .. import limits
    from ..errors import PlanparseError, TimeLimitError
    t0 = time.perf_counter()
    try:
        with limits.time_limit(timeout, "to read and audit this file"):
            from . import audit
            a = audit(path, reference=reference, max_pages=max_pages)
            audit_dict = a.to_dict()
            del a
        row = {"path": path, "status": "ok", "reason": None, "audit": audit_dict}
    except (Timeout, TimeLimitError):
        row = {"path": path, "status": "failed", "reason": f"timed out after {timeout:g} s (raise it with --timeout)"}
    except PlanparseError as e:
        row = {"path": path, "status": "failed", "reason": e.reason if hasattr(e, "reason") else str(e)}
    except RecursionError:
        row = {"path": path, "status": "failed", "reason": "document nesting too deep to analyse"}
    except MemoryError:
        row = {"path": path, "status": "failed", "reason": "out of memory while reading the file"}
    except Exception as e:  # noqa: BLE001 - a batch never stops on one file
        row = {"path": path, "status": "failed", "reason": f"internal error: {type(e).__name__}: {e}"}
    row["seconds"] = round(time.perf_counter() - t0, 3)
    from ..files import shown
    if shown(path) != path:  # a name that is not UTF-8: shown with U+FFFD, the batch keys it by the real path
        row["path"], row["_key"] = shown(path), path
    return row


def audit_to_disk(path: str, reference=None, max_pages: int = 500, timeout: float | None = 120.0,
                  out: str | None = None, name: str | None = None) -> dict:
    """Audit one file; with ``out``, write its result there (atomically) and return a light row,
    so the coordinating process never holds full audits. A result that cannot be written makes
    the row ``failed`` with the file and the reason (``write_error`` tells the batch to say so): the
    matrix and the reports must not count an audit that is not on disk, and must still be written."""
    row = audit_one(path, reference, max_pages, timeout)
    if out is not None and name is not None:
        target = Path(out) / "audits" / f"{name}{'.audit.json' if row['status'] == 'ok' else '.failed.json'}"
        try:
            _write_row(Path(out), name, row)
        except Exception as e:  # noqa: BLE001 - an unwritable result is that row's failure, never the batch's
            from ..files import shown
            detail, shown_target = (e.strerror if isinstance(e, OSError) else None) or str(e), shown(target)
            row = {k: v for k, v in row.items() if k in ("path", "_key", "seconds")}
            row.update(status="failed", reason=f"its result could not be written to {shown_target}: {detail}",
                       reason_key="failure.unwritten", reason_params={"file": shown_target, "detail": detail},
                       write_error=f"cannot write {shown_target}: {detail}")
            try:  # the failure on disk too, where the disk allows it (a folder in the way, not a full disk)
                _write_row(Path(out), name, row)
            except Exception:  # noqa: BLE001 - said in the row already
                pass
        if row["status"] == "ok":
            # the coordinator's copy of the row, made here: a pool worker does the compacting and the
            # JSON encoding in parallel, and hands back a few hundred bytes instead of the audit
            light = {"path": row["path"], "status": "ok", "reason": None,
                     "_line": _row_line({k: v for k, v in row.items() if k != "_key"}, target)}
            if "_key" in row:
                light["_key"] = row["_key"]
            return light
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


RESULT_SUFFIXES = (".audit.json", ".failed.json")


def result_name(path: str, used: set[str]) -> str:
    """A unique, safe name for a plan's result files: the file name *with* its extension
    (``plan.pdf`` → ``plan.pdf.audit.json``, so ``plan.pdf`` and ``plan.txt`` stay apart), characters
    other than letters, digits, ``-_.`` replaced by ``_``, and cut to fit the file-name limit in
    *bytes* (``max_name_bytes``, with the longest suffix), a hash of the path keeping cut names apart."""
    from .. import limits
    raw = Path(path).name
    name = "".join(c if c.isalnum() or c in "-_." else "_" for c in raw).lstrip(".") or "plan"
    budget = limits.get("max_name_bytes") - max(len(x) for x in RESULT_SUFFIXES) - 4  # room for "-NNN"
    if len(name.encode("utf-8")) > budget:
        tag = "-" + hashlib.sha1(str(path).encode("utf-8", "surrogatepass")).hexdigest()[:10]
        cut = name.encode("utf-8")[:budget - len(tag)].decode("utf-8", "ignore")
        name = cut + tag
    stem, k = name, 2
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
        if isinstance(self.rows, _RowView):  # rows on disk: only the failed ones are read back
            return self.rows.failed()
        return [r for r in self.rows if r["status"] != "ok"]

    @property
    def ok(self) -> list[dict]:
        return [r for r in self.rows if r["status"] == "ok"]

    def area_ids(self) -> list[str]:
        ids: dict[str, None] = {}
        for r in self.rows:
            if r["status"] != "ok":
                continue
            for aid, _t, _s, _sc in _cells(r["audit"]):
                ids.setdefault(aid)
        return list(ids)

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
            k = 2 if value == "status" else 3
            data.append({c[0]: c[k] for c in _cells(r["audit"])})
        return pd.DataFrame(data, index=pd.Index(index, name="plan"), columns=ids)

    _SUMMARY_COLUMNS = ["plan", "path", "status", "reason", "number", "province", "issued", "reference", "applicable",
                        "covered", "partial", "missing", "coverage", "failed_checks"]

    def _summary_rows(self):
        for r in self.rows:
            row = {"plan": _label(r), "path": r["path"], "status": r["status"], "reason": r.get("reason")}
            if r["status"] == "ok":
                a = r["audit"]
                s = a["summary"]
                row.update({"number": a["source"].get("number"), "province": a["source"].get("province"),
                            "issued": a["source"].get("issued"), "reference": a["reference"]["id"],
                            "applicable": _applicable(a), "covered": int(s["covered"]), "partial": int(s["partial"]),
                            "missing": int(s["missing"]), "coverage": s["coverage"],
                            "failed_checks": ", ".join(_failed_checks(a))})
            yield row

    def summary(self):
        """One row per input: status, reason, reference, applicability, counts, coverage, failed checks."""
        import pandas as pd
        df = pd.DataFrame(list(self._summary_rows()), columns=self._SUMMARY_COLUMNS)
        for c in ("covered", "partial", "missing"):  # counts stay integers (not 2.0) when a failed row leaves them empty
            df[c] = pd.Series([int(v) if v == v and v is not None else None for v in df[c]], index=df.index, dtype=object)
        return df

    def summary_to_csv(self, path) -> None:
        """``summary()`` as CSV (``plans.csv``), safe to open in a spreadsheet; streamed with the csv
        module (a batch report does not pay for importing pandas)."""
        cols = self._SUMMARY_COLUMNS

        def cell(v):
            return "" if v is None or v != v else csv_cell(v)
        _write_csv(path, cols, ([cell(row.get(c)) for c in cols] for row in self._summary_rows()))

    def plot(self, ax=None, lang: str = "vi"):
        """A heat-map of the coverage matrix (matplotlib)."""
        from ..report.plot import heatmap
        return heatmap(self, ax=ax, lang=lang)

    def to_csv(self, path) -> None:
        """``matrix_long()`` as CSV, streamed row by row (no table of plans × areas in memory)."""
        def rows():
            for r in self.rows:
                if r["status"] != "ok":
                    yield [csv_cell(_label(r)), csv_cell(r["path"]), "", "", "", "failed", "", csv_cell(r.get("reason") or "")]
                    continue
                ref = csv_cell(r["audit"]["reference"]["id"])
                for aid, title, status, score in _cells(r["audit"]):
                    yield [csv_cell(_label(r)), csv_cell(r["path"]), ref, csv_cell(aid), csv_cell(title or ""),
                           status, "" if score is None else score, ""]
        _write_csv(path, ["plan", "path", "reference", "area", "title", "status", "score", "reason"], rows())

    def matrix_long(self):
        """Plans × areas in long form: plan, area, status, score (the CSV export)."""
        import pandas as pd
        rows = []
        for r in self.rows:
            if r["status"] != "ok":
                rows.append({"plan": _label(r), "path": r["path"], "reference": None, "area": None, "title": None,
                             "status": "failed", "score": None, "reason": r.get("reason")})
                continue
            for aid, title, status, score in _cells(r["audit"]):
                rows.append({"plan": _label(r), "path": r["path"], "reference": r["audit"]["reference"]["id"],
                             "area": aid, "title": title, "status": status, "score": score, "reason": None})
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


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def csv_cell(v):
    """OWASP's rule for CSV injection: a text cell that a spreadsheet would read as a formula
    (``= + - @``, tab, CR) gets a leading apostrophe; control characters other than newline and tab are dropped."""
    if not isinstance(v, str):
        return v
    if any(ord(c) < 32 and c not in "\n\t" or c == "\x7f" for c in v):
        v = "".join(c for c in v if not (ord(c) < 32 and c not in "\n\t" or c == "\x7f"))
    return "'" + v if v.startswith(_FORMULA_START) else v


def _write_csv(path, header: list[str], rows) -> None:
    """Rows streamed to ``path`` through the csv module, written atomically."""
    import csv
    import io

    from ..files import atomic_write

    def chunks():
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(header)
        for i, row in enumerate(rows, 1):
            w.writerow(row)
            if i % 256 == 0:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()
    atomic_write(Path(path), chunks())


def _label(r: dict) -> str:
    return Path(r["path"]).stem


def _check_arguments(*, jobs, timeout, max_pages, engine) -> None:
    """The values the CLI refuses are refused here too (a negative timeout once meant "no limit",
    an unknown engine "local")."""
    import math
    from numbers import Integral, Real

    def whole(v) -> bool:
        return isinstance(v, Integral) and not isinstance(v, bool)
    if jobs is not None and not (whole(jobs) and jobs >= 1):
        raise ValueError(f"jobs must be a whole number of 1 or more (or None for all cores), not {jobs!r}")
    if max_pages is not None and not (whole(max_pages) and max_pages >= 1):
        raise ValueError(f"max_pages must be a whole number of 1 or more (or None for no limit), not {max_pages!r}")
    if timeout is not None and not (isinstance(timeout, Real) and not isinstance(timeout, bool)
                                    and math.isfinite(timeout) and timeout > 0):
        raise ValueError(f"timeout must be a positive number of seconds (or None for no limit), not {timeout!r}")
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")


def audit_many(paths, reference=None, *, jobs: int | None = None, engine: str = "local", scheduler: str | None = None,
               timeout: float | None = 120.0, max_pages: int = 500, out_dir=None, resume: bool = False,
               progress: bool = False, on_result=None, follow_symlinks: bool = False, on_write_error=None) -> AuditSet:
    """Audit every path; returns an :class:`AuditSet` with one row per input, in input order.

    With ``out_dir`` each result is written as it arrives (``audits/<file name>.audit.json``, or
    ``.failed.json``; the other one, stale, removed). A result that cannot be written is its row's
    failure (the file and the reason); the first such error is also passed to ``on_write_error``
    as it happens (default: raised as OutputWriteError at the end).
    """
    from ..files import expand_inputs, shown
    from ..interrupts import raise_pending
    _check_arguments(jobs=jobs, timeout=timeout, max_pages=max_pages, engine=engine)
    if isinstance(paths, (str, os.PathLike)):  # one path, not a sequence of its letters
        paths = [paths]
    paths = expand_inputs([str(p) for p in paths], follow_symlinks=follow_symlinks, exclude=out_dir)
    out = Path(out_dir) if out_dir else None
    used: set[str] = set()
    names = {p: result_name(p, used) for p in paths}
    del used
    # with results on disk, the coordinator keeps each row as a line of a temporary file (flat memory
    # however long the batch); in memory, rows are the full audits a notebook wants
    rows: dict[str, dict] | _RowStore = _RowStore() if out is not None else {}
    todo = []
    wanted = _wanted_reference(reference) if resume and out is not None else None
    current = set(names.values())  # an older name that is now another input's is not an older result
    for p in paths:
        if resume and out is not None:
            prev = _load_previous(out, names[p], p, wanted)
            if prev is None and _legacy_name(p) not in current:
                prev = _load_legacy(out, names[p], p, wanted)
            if prev is not None:
                rows[p] = prev
                continue
        todo.append(p)
    bar = _Progress(len(paths), enabled=progress)
    bar.done = len(rows)
    ref_arg = reference  # an id, a path or a Reference: all pickle, so workers get it as is
    write_errors: list[str] = []

    def deliver(row: dict) -> None:
        raise_pending()  # a stop request swallowed inside a fork hook stops the batch here
        err = row.pop("write_error", None)
        if err:  # the audit could not be written: the row keeps it (ok rows written come as their store line)
            if not write_errors and on_write_error is not None:
                on_write_error(err)
            write_errors.append(err)
        path = row.pop("_key", None) or row["path"]  # the input's real path: the key of its row
        if "_line" not in row:
            row["path"] = shown(row["path"])
        rows[path] = row
        if on_result:
            on_result(rows.row(rows.index(path)) if "_line" in row else row)
        bar.step(row)

    try:
        if engine == "dask":
            from .distributed import run_dask
            run_dask(todo, ref_arg, jobs=jobs, scheduler=scheduler, timeout=timeout, max_pages=max_pages,
                     out=str(out) if out is not None else None, names=names, deliver=deliver, task=audit_named)
        else:
            _run_local(todo, ref_arg, jobs=jobs, timeout=timeout, max_pages=max_pages,
                       out=str(out) if out is not None else None, names=names, deliver=deliver)
    finally:
        bar.close()
    if write_errors and on_write_error is None:
        from ..errors import OutputWriteError
        raise OutputWriteError(f"{len(write_errors)} result(s) could not be written: {write_errors[0]}")
    if isinstance(rows, _RowStore):
        return AuditSet(rows.in_order(paths))
    return AuditSet([rows[p] for p in paths])


# ---- what the coordinator keeps of a result written to disk (flat memory at national scale) ----
#
# A row whose audit is on disk keeps a _StoredAudit: the matrix essentials in compact form (area
# table shared by every plan of a reference, per-plan status codes and scores in arrays) plus the
# small header fields; everything else (evidence, check details, applicability reasons) is read back
# from the plan's audit file when a report asks for it (a small cache keeps one plan's file at hand).
from array import array  # noqa: E402
from collections.abc import Mapping, Sequence  # noqa: E402
from functools import lru_cache  # noqa: E402

_STATUS = ("covered", "partial", "missing", "insufficient")
_AREA_META: dict[tuple, int] = {}
_AREA_LIST: list[tuple] = []
_SHARED: dict[str, dict] = {}


@lru_cache(maxsize=8)
def _read_audit(file: str) -> dict:
    return json.loads(Path(file).read_text(encoding="utf-8"))


def _meta_index(meta: tuple) -> int:
    k = _AREA_META.get(meta)
    if k is None:
        k = _AREA_META[meta] = len(_AREA_LIST)
        _AREA_LIST.append(tuple(sys.intern(x) if isinstance(x, str) else x for x in meta))
    return k


class _DiskEvidence(Sequence):
    """An area's evidence, read from the plan's audit file on access (first quote, cut to 300 characters,
    as the coordinator always kept it)."""

    __slots__ = ("_file", "_i")

    def __init__(self, file: str, i: int) -> None:
        self._file, self._i = file, i

    def _items(self) -> list:
        try:
            ev = _read_audit(self._file)["areas"][self._i]["evidence"][:1]
        except (OSError, ValueError, KeyError, IndexError):
            return []
        return [{**e, "text": e["text"][:300]} for e in ev]

    def __getitem__(self, i):
        return self._items()[i]

    def __len__(self) -> int:
        return len(self._items())

    def __repr__(self) -> str:
        return repr(self._items())


class _Areas(Sequence):
    __slots__ = ("_file", "_meta", "_status", "_score")

    def __init__(self, file: str, areas: list) -> None:
        self._file = file
        self._meta = array("I", (_meta_index((a["id"], a.get("title"), a.get("title_en"), a.get("tag"))) for a in areas))
        self._status = bytes(_STATUS.index(a["status"]) if a["status"] in _STATUS else 255 for a in areas)
        self._score = array("d", (float(a["score"]) for a in areas))

    def cells(self):
        """(id, title, status, score) without building dicts or touching the disk."""
        for m, st, sc in zip(self._meta, self._status, self._score):
            meta = _AREA_LIST[m]
            yield meta[0], meta[1], _STATUS[st] if st != 255 else None, sc

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        aid, title, title_en, tag = _AREA_LIST[self._meta[i]]
        st = self._status[i]
        return {"id": aid, "title": title, "title_en": title_en, "tag": tag, "status": _STATUS[st] if st != 255 else None,
                "score": self._score[i], "evidence": _DiskEvidence(self._file, i)}

    def __len__(self) -> int:
        return len(self._meta)

    def __repr__(self) -> str:
        return f"<{len(self)} areas of {self._file}>"


class _StoredAudit(Mapping):
    """An audit dict whose bulk stays in its file (see above); reads like the dict it replaces."""

    __slots__ = ("_file", "_small", "_keys")

    def __init__(self, file: str, audit: dict, keys=None) -> None:
        self._file = file
        ref = audit.get("reference") or {}
        rkey = json.dumps(ref, sort_keys=True, ensure_ascii=False)
        shared_ref = _SHARED.setdefault(rkey, ref)  # one dict for every plan audited against that reference
        self._small = {"schema": audit.get("schema"), "source": audit.get("source"), "reference": shared_ref,
                       "summary": audit.get("summary"), "areas": _Areas(file, audit.get("areas") or []),
                       "failed_checks": tuple(sys.intern(c["id"]) for c in audit.get("checks") or ()
                                              if c.get("status") == "fail"),
                       "applicable_value": (audit.get("applicable") or {}).get("value")}
        self._keys = tuple(sys.intern(k) for k in (keys if keys is not None else audit))

    def small(self) -> dict:
        """What the row store writes of this audit: enough to rebuild it with ``_StoredAudit(file, d, keys)``."""
        sm = self._small
        return {"schema": sm["schema"], "source": sm["source"], "reference": sm["reference"], "summary": sm["summary"],
                "areas": [{k: v for k, v in a.items() if k != "evidence"} for a in sm["areas"]],
                "checks": [{"id": c, "status": "fail"} for c in sm["failed_checks"]],
                "applicable": {"value": sm["applicable_value"]}, "keys": list(self._keys)}

    def __getitem__(self, k):
        if k in ("schema", "source", "reference", "summary", "areas"):
            return self._small[k]
        if k not in self._keys:
            raise KeyError(k)
        return _read_audit(self._file)[k]

    def __iter__(self):
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __repr__(self) -> str:
        return f"<audit of {self._small['source'].get('path') if self._small['source'] else '?'} in {self._file}>"

    def to_dict(self) -> dict:
        """The whole audit, as written (from its file)."""
        return dict(_read_audit(self._file))


def _small_of(audit: dict) -> dict:
    """``_StoredAudit(file, audit).small()`` from the audit dict itself, without the coordinator's
    shared tables: what a pool worker puts in the row line it hands back."""
    return {"schema": audit.get("schema"), "source": audit.get("source"), "reference": audit.get("reference") or {},
            "summary": audit.get("summary"),
            "areas": [{"id": a["id"], "title": a.get("title"), "title_en": a.get("title_en"), "tag": a.get("tag"),
                       "status": a["status"] if a["status"] in _STATUS else None, "score": float(a["score"])}
                      for a in audit.get("areas") or []],
            "checks": [{"id": c["id"], "status": "fail"} for c in audit.get("checks") or () if c.get("status") == "fail"],
            "applicable": {"value": (audit.get("applicable") or {}).get("value")}, "keys": list(audit)}


def _row_line(row: dict, file: Path) -> bytes:
    """The line ``_RowStore`` keeps for ``_stored(row, file)``: the row with its audit left in ``file``."""
    flat = dict(row)
    flat["audit"] = None
    flat["_file"], flat["_small"] = str(file), _small_of(row["audit"])
    return json.dumps(flat, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")


class _RowStore:
    """The rows of a batch written to disk, kept as JSON lines of an unnamed temporary file.

    The coordinator of a national batch then holds, per plan, an offset and a length (12 bytes),
    not dicts: its memory stays flat from 300 plans to 10,000, and forked report writers share no
    per-plan objects to copy. A row is rebuilt on access (a positional read and a JSON parse,
    tens of microseconds); its audit reads like the dict it replaces (:class:`_StoredAudit`).
    """

    def __init__(self) -> None:
        import tempfile
        self._fh = tempfile.TemporaryFile()
        self._fd = self._fh.fileno()
        self._end = 0
        self._at: dict[str, int] = {}
        self._off, self._len = array("q"), array("I")
        self._ok = bytearray()  # per row: 1 when its status is "ok"

    def __setitem__(self, path: str, row: dict) -> None:
        data = row.get("_line")  # made by the worker (``_row_line``)
        if data is None:
            flat = dict(row)
            a = flat.get("audit")
            if isinstance(a, _StoredAudit):
                flat["audit"] = None
                flat["_file"], flat["_small"] = a._file, a.small()
            data = json.dumps(flat, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        os.pwrite(self._fd, data, self._end)
        self._at[path] = len(self._off)
        self._off.append(self._end)
        self._len.append(len(data))
        self._ok.append(row.get("status") == "ok")
        self._end += len(data)

    def __contains__(self, path: str) -> bool:
        return path in self._at

    def index(self, path: str) -> int:
        """Where ``path``'s row is, for ``row``."""
        return self._at[path]

    def __len__(self) -> int:
        return len(self._off)

    def row(self, k: int) -> dict:
        data = os.pread(self._fd, self._len[k], self._off[k])
        row = json.loads(data.decode("utf-8", "surrogatepass"))
        small = row.pop("_small", None)
        if small is not None:
            keys = small.pop("keys")
            row["audit"] = _StoredAudit(row.pop("_file"), small, keys)
        return row

    def in_order(self, paths: list[str]) -> "_RowView":
        order = array("q", (self._at[p] for p in paths))
        self._at = {}  # the view keeps the order; the per-path index is no longer needed
        return _RowView(self, order)


class _RowView(Sequence):
    """Rows of a :class:`_RowStore` in input order, read on access (iterating streams them)."""

    __slots__ = ("_store", "_order")

    def __init__(self, store: _RowStore, order: array) -> None:
        self._store, self._order = store, order

    def __len__(self) -> int:
        return len(self._order)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._store.row(self._order[k]) for k in range(*i.indices(len(self)))]
        return self._store.row(self._order[i])

    def __iter__(self):
        for k in self._order:
            yield self._store.row(k)

    def failed(self) -> list[dict]:
        """The rows whose status is not ``ok``, in order, without reading the others back."""
        ok, row = self._store._ok, self._store.row
        return [row(k) for k in self._order if not ok[k]]

    def __add__(self, other):
        return list(self) + list(other)

    def __eq__(self, other):
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"<{len(self)} batch rows stored on disk>"


def _stored(row: dict, file: Path) -> dict:
    """``row`` with its audit replaced by a :class:`_StoredAudit` of ``file``."""
    if row.get("status") != "ok":
        return row
    return {**row, "audit": _StoredAudit(str(file), row["audit"])}


def _cells(audit):
    """(id, title, status, score) for each area of an audit dict or a stored audit."""
    areas = audit["areas"]
    if isinstance(areas, _Areas):
        yield from areas.cells()
    else:
        for a in areas:
            yield a["id"], a.get("title"), a.get("status"), a.get("score")


def _failed_checks(audit) -> list[str]:
    if isinstance(audit, _StoredAudit):
        return list(audit._small["failed_checks"])
    return [c["id"] for c in audit["checks"] if c["status"] == "fail"]


def _applicable(audit):
    if isinstance(audit, _StoredAudit):
        return audit._small["applicable_value"]
    return audit["applicable"]["value"]


def _light(row: dict) -> dict:
    """What the coordinator keeps of a row written to disk: the matrix and the summary need every
    area's status and score; the report quotes only the first evidence of an area, cut to 300 characters."""
    if row.get("status") != "ok":
        return row
    a = dict(row["audit"])
    a["areas"] = [{**x, "evidence": [{**e, "text": e["text"][:300]} for e in x["evidence"][:1]]} for x in a["areas"]]
    return {**row, "audit": a}


def warm(reference=None, timeout: float | None = 30.0) -> None:
    """Load data, compile the matchers and segment the reference signals once, in this process,
    so that forked workers share them instead of each paying for them. Bounded in time: warming is
    an optimisation, and a slow reference surfaces as a per-file timeout instead."""
    from .. import limits
    from ..pipeline import parse
    from . import audit
    sample = ("Số: 1/KH-UBND\n\nKẾ HOẠCH\nThử\n\nThực hiện Quyết định số 02/QĐ-BCĐASEAN ngày 26/6/2019.\n\n"
              "I. MỤC ĐÍCH\n\n1. Sở Văn hóa, Thể thao và Du lịch tổ chức Góc ASEAN trước ngày 01/12 hàng năm.\n\n"
              "II. KINH PHÍ\n\nNgân sách nhà nước.")
    try:
        with limits.time_limit(timeout, "to warm up"):
            plan = parse(sample)
            from .reference import list_references
            for r in list_references():
                audit(plan, reference=r)
            if reference is not None:
                audit(plan, reference=reference)
    except Exception:  # noqa: BLE001 - warming is an optimisation; real errors surface per file
        pass


def _worker_init() -> None:
    """In each pool worker: Ctrl-C is the coordinator's to handle (it stops the workers), and a
    worker whose coordinator dies (even by SIGKILL) is killed with it (Linux: PR_SET_PDEATHSIG)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before prctl took effect
            os._exit(1)
    except (OSError, AttributeError):
        pass


def _stop_pool(ex) -> None:
    """Stop a ProcessPoolExecutor now: queued work cancelled, workers killed, none left behind."""
    procs = list((getattr(ex, "_processes", None) or {}).values())
    # taken before shutdown(), which forgets it: the pool's manager thread must be joined
    manager = getattr(ex, "_executor_manager_thread", None)
    for pr in procs:
        try:
            pr.kill()
        except Exception:  # noqa: BLE001
            pass
    try:
        ex.shutdown(wait=False, cancel_futures=True)
    except Exception:  # noqa: BLE001
        pass
    for pr in procs:
        try:
            pr.join(timeout=2)
        except Exception:  # noqa: BLE001
            pass
    # the manager thread closes the pool's wake-up pipe as it ends; the interpreter's exit hook
    # writes to that pipe, unlocked, so a thread still closing it at exit gives "OSError: Bad file
    # descriptor" printed as a traceback after "terminated". Wait for it; if it is still busy (a
    # loaded machine), unhook it from the exit hook (the thread, not a daemon, is joined at exit).
    if manager is not None:
        try:
            manager.join(timeout=30)
        except Exception:  # noqa: BLE001
            pass
        if manager.is_alive():
            from concurrent.futures import process
            process._threads_wakeups.pop(manager, None)


def _run_local(paths, reference, *, jobs, timeout, max_pages, out, names, deliver) -> None:
    jobs = jobs or os.cpu_count() or 1
    if not paths:
        return
    warm(reference, timeout)
    if jobs <= 1 or len(paths) <= 1:
        for p in paths:
            deliver(audit_to_disk(p, reference, max_pages, timeout, out, names[p]))
        return
    import multiprocessing as mp
    ctx = mp.get_context("fork") if hasattr(os, "fork") else None
    queue = list(reversed(paths))
    window = 4 * jobs  # bounded in-flight work: memory stays flat however long the batch
    from .. import limits
    # workers are replaced after a number of files: their caches (names, phrases, numbers) and the
    # allocator's leftovers then stop growing with the batch; a new worker is a fork of the warm
    # coordinator, so it starts warm
    budget = max(window, jobs * limits.get("files_per_worker"))
    # the warm coordinator's objects are moved out of the collector's reach before the fork: a
    # worker's garbage collections then do not write to (and so copy) every shared page
    gc.collect()
    gc.freeze()
    try:
        _pool_loop(queue, reference, jobs=jobs, timeout=timeout, max_pages=max_pages, out=out, names=names,
                   deliver=deliver, ctx=ctx, window=window, budget=budget)
    finally:
        gc.unfreeze()


def _pool_loop(queue, reference, *, jobs, timeout, max_pages, out, names, deliver, ctx, window, budget) -> None:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool
    while queue:
        ex = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init)
        running: dict = {}  # future → the paths it audits
        submitted = 0
        try:
            while (queue and submitted < budget) or running:
                while queue and len(running) < window and submitted < budget:
                    k = min(CHUNK, budget - submitted, max(1, len(queue) // (4 * window)))
                    chunk = [queue.pop() for _ in range(k)]  # k ≤ len(queue): 1, or a share of it
                    submitted += len(chunk)
                    running[ex.submit(_audit_chunk, [(p, names[p]) for p in chunk], reference, max_pages, timeout,
                                      out)] = chunk
                done, _ = wait(running, return_when=FIRST_COMPLETED)
                for f in done:
                    chunk = running.pop(f)
                    try:
                        rows = f.result()
                    except BrokenProcessPool:
                        running[f] = chunk
                        raise
                    except Exception as e:  # noqa: BLE001
                        rows = [{"path": p, "status": "failed", "reason": f"worker error: {type(e).__name__}: {e}"}
                                for p in chunk]
                    for row in rows:
                        deliver(row)
            ex.shutdown(wait=True)
        except BrokenProcessPool:
            # a worker died (killed by the OS, a crash in a C library): the files that were running
            # are retried one at a time, so the one that kills its worker is marked failed alone
            _stop_pool(ex)
            stuck = [p for chunk in running.values() for p in chunk]
            for p in stuck:
                row = _isolated(p, reference, max_pages, timeout, out, names[p], ctx)
                deliver(row)
        except BaseException:
            _stop_pool(ex)  # Ctrl-C, SIGTERM, an error in deliver(): no worker outlives the batch
            raise


# files per pool task while the queue is long: a task costs the coordinator ~0.3 ms (submit, wake-up,
# result), a text plan ~8 ms, so one file a task spent 4 % of a core on hand-offs. Near the end of the
# queue tasks go back to one file each, so the workers finish together.
CHUNK = 4


def _audit_chunk(items, reference, max_pages, timeout, out) -> list[dict]:
    """``audit_to_disk`` on (path, result name) pairs in turn, in one pool task; each file has its own
    time limit and its own row."""
    return [audit_to_disk(p, reference, max_pages, timeout, out, name) for p, name in items]


def _isolated(path, reference, max_pages, timeout, out, name, ctx) -> dict:
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool
    ex = ProcessPoolExecutor(max_workers=1, mp_context=ctx, initializer=_worker_init)
    try:
        return ex.submit(audit_to_disk, path, reference, max_pages, timeout, out, name).result()
    except BrokenProcessPool:
        return {"path": path, "status": "failed", "reason": "the worker process died while reading this file"}
    finally:
        _stop_pool(ex)


def _write_row(out: Path, name: str, row: dict) -> None:
    """One result file per input: ``NAME.audit.json`` or ``NAME.failed.json``, the other removed."""
    from ..files import atomic_write
    folder = out / "audits"
    if row["status"] == "ok":
        atomic_write(folder / f"{name}.audit.json", json.dumps(row["audit"], ensure_ascii=False, indent=1) + "\n")
        stale = folder / f"{name}.failed.json"
    else:
        atomic_write(folder / f"{name}.failed.json",
                     json.dumps({"path": row["path"], "status": "failed", "reason": row.get("reason")}, ensure_ascii=False) + "\n")
        stale = folder / f"{name}.audit.json"
    try:
        stale.unlink()
    except FileNotFoundError:
        pass


def valid_audit(data) -> bool:
    """Does ``data`` have the shape of a ``planparse/audit@1`` result the batch can use?"""
    try:
        if not isinstance(data, dict) or data.get("schema") != "planparse/audit@1":
            return False
        src, summ, ref = data["source"], data["summary"], data["reference"]
        if not (isinstance(src, dict) and isinstance(summ, dict) and isinstance(ref, dict) and isinstance(ref.get("id"), str)):
            return False
        if not all(isinstance(summ.get(k), int) and not isinstance(summ.get(k), bool) for k in ("covered", "partial", "missing")):
            return False
        cov = summ.get("coverage")
        if not isinstance(cov, (int, float)) or isinstance(cov, bool) or not 0 <= cov <= 1:
            return False
        if not isinstance(data["areas"], list) or not isinstance(data["checks"], list):
            return False
        for a in data["areas"]:
            if not (isinstance(a, dict) and isinstance(a.get("id"), str) and isinstance(a.get("title"), str)
                    and isinstance(a.get("status"), str) and isinstance(a.get("score"), (int, float))
                    and isinstance(a.get("evidence"), list)
                    and all(isinstance(e, dict) and isinstance(e.get("text"), str) for e in a["evidence"])):
                return False
        for c in data["checks"]:
            if not (isinstance(c, dict) and isinstance(c.get("id"), str) and isinstance(c.get("status"), str)):
                return False
        return isinstance(data.get("applicable"), dict) and "value" in data["applicable"]
    except (KeyError, TypeError, AttributeError):
        return False


def _wanted_reference(reference):
    """What a result must have been audited against to be reused: ("auto", None) when the reference
    is chosen per plan, else (id, content hash) of the one given (an id, a YAML, a plan)."""
    if reference is None:
        return ("auto", None)
    from . import resolve_reference
    from .reference import reference_sha256
    ref = resolve_reference(reference)
    return (ref.id, reference_sha256(ref))


def _same_reference(ref: dict, wanted) -> bool:
    """Was the result's reference ``ref`` (its audit JSON) the one asked for now? A hash missing from
    an older result is not held against it; a recorded one must match."""
    from .reference import _builtin_names, load_reference, reference_sha256
    rid, want_hash = wanted
    if rid == "auto":
        if ref.get("auto") is False:  # audited against a reference given by hand
            return False
        if ref.get("sha256") and ref["id"] in _builtin_names():  # the shipped reference may have changed since
            return ref["sha256"] == reference_sha256(load_reference(ref["id"]))
        return True
    return ref.get("id") == rid and (not ref.get("sha256") or ref["sha256"] == want_hash)


def _load_previous(out: Path, name: str, path: str, wanted=("auto", None)) -> dict | None:
    """A finished result to reuse with ``--resume``: whole, of the audit schema, for the same file
    content and the same reference."""
    f = out / "audits" / f"{name}.audit.json"
    try:
        if not f.is_file() or f.stat().st_size > 50 * 1024 * 1024:
            return None
        data = json.loads(f.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    if not valid_audit(data) or data["source"].get("sha256") != file_sha256(path):
        return None
    if wanted is not None and not _same_reference(data["reference"], wanted):
        return None
    from ..files import shown
    return _stored({"path": shown(path), "status": "ok", "reason": None, "audit": data, "resumed": True}, f)


def _legacy_name(path: str) -> str:
    """The name older versions gave a result: the file's stem, without its extension
    (``plan.txt`` → ``plan.audit.json``, so ``plan.pdf`` and ``plan.txt`` shared it)."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in Path(path).stem)[:120] or "plan"


def _load_legacy(out: Path, name: str, path: str, wanted) -> dict | None:
    """``--resume`` over a folder an older version wrote: its result for ``path``, under the older
    name, is reused (and moved to the current name) when it is still good (same content, same
    reference); when the plan at that very path changed since, it is removed, as a stale result is,
    so the folder never holds two results for one plan. A result there for another file of that stem
    (``plan.pdf``, or ``plan.txt`` of another folder) is left alone."""
    from ..files import shown
    old = out / "audits" / f"{_legacy_name(path)}.audit.json"
    try:
        if not old.is_file() or old.stat().st_size > 50 * 1024 * 1024:
            return None
        src = json.loads(old.read_text(encoding="utf-8")).get("source") or {}
    except (OSError, ValueError, RecursionError, AttributeError):
        return None
    if not isinstance(src, dict) or Path(str(src.get("path") or "")).name != Path(shown(path)).name:
        return None
    prev = _load_previous(out, _legacy_name(path), path, wanted)
    new = out / "audits" / f"{name}.audit.json"
    try:
        if prev is None:
            if os.path.abspath(str(src.get("path"))) == os.path.abspath(shown(path)):
                old.unlink()
            return None
        os.replace(old, new)
    except OSError:  # a folder we cannot change: the result is still good where it is
        return prev
    return _load_previous(out, name, path, wanted)


class _Progress:
    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled, self.done = total, enabled, 0
        self.tty = sys.stderr.isatty()
        self.t0 = time.perf_counter()

    def step(self, row: dict) -> None:
        from ..errors import one_line
        self.done += 1
        if not self.enabled:
            return
        width = 28
        fill = int(width * self.done / max(1, self.total))
        rate = self.done / max(1e-9, time.perf_counter() - self.t0)
        mark = "ok" if row["status"] == "ok" else "FAILED"
        line = f"[{'#' * fill}{'.' * (width - fill)}] {self.done}/{self.total} {rate:.1f}/s {one_line(Path(row['path']).name, 40)} {mark}"
        if self.tty:
            print("\r" + line.ljust(100), end="", file=sys.stderr, flush=True)
        else:
            print(line, file=sys.stderr)
        if row["status"] != "ok" and self.tty:
            print(f"\n  {one_line(row['path'])}: {one_line(row.get('reason'))}", file=sys.stderr)

    def close(self) -> None:
        if self.enabled and self.tty:
            print(file=sys.stderr)
