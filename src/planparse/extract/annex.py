"""Task annex tables (``PHỤ LỤC``, ``Danh mục nhiệm vụ``): rows become tasks or complete body tasks.

Columns are recognised by their header (``STT``, ``Nội dung``/``Nhiệm vụ``, ``Đơn vị chủ trì``,
``Đơn vị phối hợp``, ``Thời gian``); a table continued on the next page (no header, same width)
joins the one before. A row whose STT equals a body task's number gives that task its lead,
support and timeframe; a row with no matching task becomes task ``PL.<STT>``; group rows (``I``,
``A``) and the header are skipped.
"""
from __future__ import annotations

import re

from ..model import Task, Timeframe
from .agencies import split_list
from .temporal import parse_temporal

_COLS = {
    "stt": re.compile(r"^(?:STT|TT|Số TT|Số thứ tự)\b", re.I),
    "task": re.compile(r"(?:nội dung|nhiệm vụ|tên nhiệm vụ|hoạt động|công việc)", re.I),
    "lead": re.compile(r"(?:chủ trì|đơn vị thực hiện|cơ quan thực hiện|đầu mối)", re.I),
    "support": re.compile(r"phối hợp", re.I),
    "time": re.compile(r"(?:thời gian|thời hạn|tiến độ)", re.I),
}


def _header_map(row: list[str]) -> dict[str, int] | None:
    m: dict[str, int] = {}
    for i, cell in enumerate(row):
        for key in ("stt", "support", "lead", "time", "task"):
            if key not in m and _COLS[key].search(cell or "") and i not in m.values():
                m[key] = i
                break
    return m if "stt" in m and "task" in m and ("lead" in m or "support" in m) else None


def annex_rows(tables: list[list[list[str]]]) -> list[dict]:
    """Rows of task annexes as dicts (stt, task, lead, support, time), continuations merged.

    A table without a header row and of the same width continues the previous one; a first
    row with an empty STT is the end of a row that the page break cut, and is glued to it.
    """
    raw: list[list[str]] = []
    cols = None
    width = None
    for t in tables:
        if not t:
            continue
        hm = _header_map(t[0])
        body = t[1:]
        if hm is None:
            if cols is None or len(t[0]) != width:
                continue  # not a task table, nor the continuation of one
            body = t
            first = body[0] + [""] * (width - len(body[0]))
            if raw and not (first[cols["stt"]] or "").strip() and any(c.strip() for c in first):
                raw[-1] = [" ".join(x for x in (a, b) if x).strip() for a, b in zip(raw[-1], first)]
                body = body[1:]
        else:
            cols, width = hm, len(t[0])
        for row in body:
            raw.append(row + [""] * (width - len(row)))
    out = []
    for row in raw:
        stt = (row[cols["stt"]] or "").strip().rstrip(".")
        if not re.fullmatch(r"\d{1,3}(?:\.\d{1,2})*", stt):
            continue  # group rows (I, II, A), sub-headers
        if all(re.fullmatch(r"\(?\d+\)?", (c or "").strip()) for c in row if c):
            continue  # the "(1) (2) (3)" row under a header
        out.append({k: (row[i] or "").strip() for k, i in cols.items()})
    return out


def merge_annex(tasks: list[Task], tables, aliases) -> list[Task]:
    rows = annex_rows(tables)
    if not rows:
        return tasks
    by_num: dict[str, int] = {}
    for i, t in enumerate(tasks):
        by_num.setdefault(t.id.split(".", 1)[-1] if "." in t.id else t.id, i)
        by_num.setdefault(t.id, i)
    out = list(tasks)
    for r in rows:
        lead = tuple(split_list(r.get("lead", ""), aliases=aliases)) if r.get("lead") else ()
        support = tuple(split_list(r.get("support", ""), aliases=aliases)) if r.get("support") else ()
        tf = None
        if r.get("time"):
            ts = [x for x in parse_temporal(r["time"], time_context=True) if x.kind == "period"]
            if ts:
                tf = Timeframe(text=ts[0].text, start=ts[0].start, end=ts[0].end)
        idx = by_num.get(r["stt"])
        if idx is not None:
            t = out[idx]
            out[idx] = Task(id=t.id, title=t.title, lead=t.lead or lead, support=t.support or support,
                            timeframe=t.timeframe or tf, section=t.section, span=t.span, source="body+annex")
        else:
            title = re.split(r"(?<=[.;])\s", r.get("task", ""))[0].strip(" .;")
            out.append(Task(id=f"PL.{r['stt']}", title=title, lead=lead, support=support, timeframe=tf,
                            section="PL", span=(0, 0), source="annex"))
    return out
