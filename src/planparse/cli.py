"""The ``planparse`` command: a thin layer over the library. Data to stdout, progress to stderr."""
from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path

from . import __version__
from .files import atomic_write, expand_inputs, safe_out_path  # noqa: F401 - safe_out_path is public via the CLI


def _err(msg: object) -> None:
    """One line on stderr: a multi-line message (a reference's list of problems) joined with '; ',
    control characters in file names escaped so nothing reaches the terminal raw."""
    from .errors import one_line
    text = "; ".join(x.strip().lstrip("- ").strip() for x in str(msg).splitlines() if x.strip())
    print(f"planparse: {one_line(text, 2000)}", file=sys.stderr, flush=True)


def _problem(e) -> str:
    """A PlanparseError for ``_err``: the file's name escaped on its own (a line break in a name is
    part of the name, not two lines of a message), then the reason."""
    from .errors import one_line
    path = getattr(e, "path", None)
    return f"{one_line(path)}: {e.reason}" if path and getattr(e, "reason", None) else str(e)


# -- option values (argparse rejects bad ones with exit 2 and a one-line message) --

def _positive_seconds(v: str) -> float:
    try:
        x = float(v)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {v!r}") from None
    if not math.isfinite(x) or x <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {v!r}")
    return x


def _positive_int(v: str) -> int:
    try:
        x = int(v)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {v!r}") from None
    if x < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {v!r}")
    return x


def _fraction(v: str) -> float:
    try:
        x = float(v)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {v!r}") from None
    if not math.isfinite(x) or not 0 <= x <= 1:
        raise argparse.ArgumentTypeError(f"must be a coverage between 0 and 1, not {v!r}")
    return x


EXAMPLES_PARSE = """examples:
  planparse parse plan.pdf                      # the plan@1 JSON on stdout
  planparse parse data/samples/*.txt --out out/ # out/<stem>.plan.json for each file
  planparse parse plan.docx --format md         # a readable outline
"""
EXAMPLES_AUDIT = """examples:
  planparse audit data/samples/ --out reports/            # JSON per plan + matrix CSV/XLSX + HTML report
  planparse audit plan.pdf --format json                  # one audit@1 JSON on stdout
  planparse audit child.docx --reference parent.pdf       # a department's plan against its province's plan
  planparse audit plans/ --reference asean-2021-2025 --fail-under 0.8 --jobs 2
"""

def _parse_names(files: list[str]) -> dict[str, str]:
    """``--out`` names for ``parse``: the file's stem, or its whole name when two inputs share a stem
    (``plan.pdf`` and ``plan.txt`` → ``plan.pdf.plan.json``, ``plan.txt.plan.json``); bounded in bytes."""
    import hashlib
    from collections import Counter

    from . import limits
    from .files import shown
    stems = Counter(Path(shown(f)).stem for f in files)
    out, used = {}, set()
    budget = limits.get("max_name_bytes") - len(".plan.json") - 4
    for f in files:
        p = Path(shown(f))  # a name that is not UTF-8 gets U+FFFD: every output name is valid UTF-8
        base = p.stem if stems[p.stem] == 1 else p.name
        if len(base.encode("utf-8", "surrogateescape")) > budget:
            tag = "-" + hashlib.sha1(f.encode("utf-8", "surrogateescape")).hexdigest()[:10]
            base = base.encode("utf-8", "surrogateescape")[:budget - len(tag)].decode("utf-8", "ignore") + tag
        name, k = base, 2
        while name in used:
            name, k = f"{base}-{k}", k + 1
        used.add(name)
        out[f] = name
    return out


# what an --out named like a file holds (a folder of that name already there stays a folder)
FILE_FORMATS = {".json": "json", ".csv": "csv", ".xlsx": "xlsx", ".html": "html", ".htm": "html", ".md": "md"}


def _out_format(out: Path | None) -> str | None:
    """The format an ``--out`` spelt as a file asks for (``one.json`` → json), None for a folder."""
    if out is None or out.is_dir():
        return None
    return FILE_FORMATS.get(out.suffix.lower())


def _out_file_problem(out: Path, files: list[str], what: str) -> str | None:
    """Why ``out`` cannot be the one file a run writes: more inputs than one file holds, or an input."""
    from .errors import one_line
    from .files import _key
    if len(files) > 1:
        return (f"{one_line(out)} is one file, but {len(files)} plans give {len(files)} {what}; "
                f"give a folder (--out DIR) or one plan")
    if any(_key(f) == _key(str(out)) for f in files):
        return f"{one_line(out)} is one of the input files; give another name"
    return None


def _say(args, key: str, **params) -> str:
    """A CLI message from the catalogue (``data/messages/cli.yaml``) in the language asked with
    ``--lang``; without ``--lang`` in English (the language of the CLI's own errors)."""
    from .messages import t
    return t(key, getattr(args, "lang", None) or "en", **params)


def _progress(args) -> None:
    """``--progress``: one line per OCR'd page on stderr. Asked through ``PLANPARSE_PROGRESS`` so that
    it reaches the PDF reader in every worker process (a callback cannot cross into them)."""
    if getattr(args, "progress", False):
        import os
        os.environ["PLANPARSE_PROGRESS"] = "1"


def _expand(args) -> tuple[list[str] | None, int, int]:
    """The plan files named by the arguments (always paths, never plan text), each once, the output
    folder left out; None after a usage error. Also how many inputs could not be read (folders), and
    how many office lock files the folders held (said once, in the summary, not file by file)."""
    if "-" in args.paths:
        _err("error: -: reading a plan from stdin is not supported; save it to a file and give its path")
        return None, 0, 0
    skipped: list[str] = []
    twice: list[str] = []
    files = expand_inputs(args.paths, follow_symlinks=getattr(args, "follow_symlinks", False), skipped=skipped,
                          exclude=args.out or None, duplicates=twice)
    from .errors import one_line
    for s in skipped:
        if getattr(s, "lock", False):
            continue
        if getattr(s, "reason", None):
            _err(_say(args, "cli.skipped", path=s, reason=s.reason))
        else:
            _err(_say(args, "cli.skipped_link", path=s))
    if twice:
        _err(_say(args, "cli.duplicates", n=len(twice), paths=one_line(", ".join(twice), 300)))
    return (files, sum(1 for s in skipped if getattr(s, "unreadable", False)),
            sum(1 for s in skipped if getattr(s, "lock", False)))


def cmd_parse(args) -> int:
    from . import limits
    from .errors import PlanparseError, one_line
    from .files import shown
    from .pipeline import parse
    files, unreadable, locks = _expand(args)
    if files is None:
        return 2
    if not files:
        if unreadable:  # said above: the folder could not be read, not found empty
            return 1
        _err(_say(args, "cli.no_files", paths=", ".join(args.paths)))
        return 2
    _progress(args)
    out_dir = Path(args.out) if args.out else None
    out_file = None
    if _out_format(out_dir) == args.format:  # --out one.json: that file, for one input
        out_file, out_dir = out_dir, None
        problem = _out_file_problem(out_file, files, "results")
        if problem:
            _err(f"error: --out: {problem}")
            return 2
    if out_dir is not None or out_file is not None:
        from .files import check_writable
        problem = check_writable(out_dir if out_dir is not None else out_file.parent)
        if problem:
            _err(f"error: --out: {problem}")
            return 2
    names = _parse_names(files)
    failed = 0
    many = len(files) > 1
    to_stdout = not out_dir and not out_file
    if many and to_stdout and args.format == "json":
        print("[", end="")
    first = True
    for i, f in enumerate(files):
        if many:
            print(f"[{i + 1}/{len(files)}] {one_line(shown(f))}", file=sys.stderr)
        try:
            with limits.time_limit(args.timeout, "to read this file", path=f):
                plan = parse(f, max_pages=args.max_pages)
                for w in plan.source.warnings:
                    _err(f"warning: {plan.source.path}: {w}")
                body = plan.to_json() if args.format == "json" else plan_markdown(plan)
                del plan
        except PlanparseError as e:
            _err(f"error: {_problem(e)}")
            failed += 1
            continue
        except RecursionError:
            _err(f"error: {one_line(f)}: document nesting too deep to analyse")
            failed += 1
            continue
        except MemoryError:
            _err(f"error: {one_line(f)}: out of memory while reading the file")
            failed += 1
            continue
        except Exception as e:  # noqa: BLE001 - a batch never stops on one file
            _err(f"error: {one_line(f)}: internal error ({type(e).__name__}: {e}); please report it")
            failed += 1
            continue
        if out_dir or out_file:
            ext = ".plan.json" if args.format == "json" else ".plan.md"
            try:
                # the name's UTF-8 bytes, whatever the locale's encoding (ASCII under LANG=C)
                atomic_write(out_file or safe_out_path(out_dir, os.fsdecode((names[f] + ext).encode("utf-8"))),
                             body + "\n")
            except PlanparseError as e:
                _err(f"error: {e}")
                failed += 1
            except OSError as e:  # this file's failure (a folder in the way); the others are still read
                target = out_file or out_dir / (names[f] + ext)
                _err(f"error: {one_line(shown(f))}: cannot write {one_line(shown(target))}: {e.strerror or e}")
                failed += 1
        else:
            if many and args.format == "json":
                print(("" if first else ",") + body, end="")
                first = False
            else:
                print(body)
    if many and to_stdout and args.format == "json":
        print("]")
    if failed and many:
        _err(_say(args, "cli.n_failed", failed=failed, total=len(files)))
    if locks:
        _err(_say(args, "cli.locks", n=locks))
    return 1 if failed or unreadable else 0


def _signer_text(signer) -> str:
    if not signer:
        return "—"
    return f"{signer.name} ({signer.position})" if signer.position else signer.name


def plan_markdown(plan) -> str:
    m = plan.meta
    lines = [f"# {m.doc_type or 'Văn bản'} {m.number or ''} — {m.title or ''}".rstrip(), "",
             f"- Cơ quan ban hành: {m.issuer or '—'}", f"- Ngày ban hành: {m.issued or '—'}",
             f"- Căn cứ: {', '.join(b.number for b in m.basis) or '—'}",
             f"- Người ký: {_signer_text(m.signer)}", "",
             "## Mục lục", ""]
    tasks = {t.id: t for t in plan.tasks}
    for s in plan.sections:
        t = tasks.get(s.id)
        extra = ""
        if t:
            extra = f" — chủ trì: {', '.join(a.name for a in t.lead) or 'CHƯA CÓ'}"
            if t.support:
                extra += f"; phối hợp: {', '.join(a.name for a in t.support)}"
        lines.append(f"{'  ' * (s.level - 1)}- **{s.label}** {s.title}{extra}")
    if plan.deadlines:
        lines += ["", "## Thời hạn", ""]
        for d in plan.deadlines:
            when = d.due or (f"{d.start} → {d.end}" if d.start else d.recurrence or "định kỳ")
            lines.append(f"- [{d.section}] {d.text} ({d.kind.value}: {when}) — {d.subject}")
    lines += ["", "## Kinh phí", "", f"- {'Có' if plan.budget.present else 'Không nêu'}: {', '.join(plan.budget.sources)}"]
    return "\n".join(lines)


def cmd_references(args) -> int:
    from .auditing.reference import list_references
    refs = list_references()
    if args.format == "json":
        print(json.dumps([{"id": r.id, "number": r.number, "title": r.title, "areas": len(r.areas),
                           "provenance": r.provenance} for r in refs], ensure_ascii=False, indent=1))
    else:
        for r in refs:
            print(f"{r.id:18} {r.number:18} {len(r.areas):3} areas  {r.title}")
    return 0


def cmd_reference_build(args) -> int:
    from .auditing.build import build_reference
    from .errors import one_line
    out = Path(args.out)
    if out.is_dir() or not str(args.out).strip():
        _err(f"error: --out: {one_line(out)} is a folder; give the reference YAML file to write (e.g. ref.yaml)")
        return 2
    from .files import check_writable
    problem = check_writable(out.parent)
    if problem:
        _err(f"error: --out: {problem}")
        return 2
    try:
        ref = build_reference(args.source, args.out, args.id)
    except OSError as e:
        _err(f"error: --out: cannot write {one_line(out)}: {e.strerror or e}")
        return 2
    from .files import shown
    print(_say(args, "cli.wrote_reference", out=one_line(shown(args.out)), n=len(ref.areas),
               source=one_line(shown(args.source))))
    return 0


def cmd_audit(args) -> int:
    """``planparse audit``: see ``planparse audit --help``."""
    from . import limits
    from .auditing.batch import audit_many
    from .errors import PlanparseError, one_line
    files, unreadable, locks = _expand(args)
    if files is None:
        return 2
    if not files:
        if unreadable:  # said above: the folder could not be read, not found empty
            return 1
        _err(_say(args, "cli.no_files", paths=", ".join(args.paths)))
        return 2
    _progress(args)
    reference = args.reference
    if reference is not None:
        from .auditing import resolve_reference
        try:
            # validated once, up front, with every error listed, under the same time limit as a file
            with limits.time_limit(args.timeout, "to read the reference", path=reference):
                ref_obj = resolve_reference(reference)
        except PlanparseError as e:
            _err(f"error: --reference: {e}")
            return 2
        except RecursionError:
            _err(f"error: --reference: {reference}: nested too deep to read")
            return 2
        if ref_obj.source == "plan":
            reference = ref_obj
    fmt = args.format
    out = Path(args.out) if args.out else None
    single = len(files) == 1
    named = _out_format(out)  # --out spelt as a file (one.json, matrix.csv) is that file, not a folder
    if named == "md":
        named = None
    if fmt is None:
        fmt = named or ("json" if (single and out is None) else "all")
    if fmt != "json" and out is None:
        _err(f"error: --format {fmt} writes files; give --out PATH")
        return 2
    if fmt == "all" and named:
        _err(f"error: --out: {one_line(out)} is a file name, but --format all writes a folder of reports; "
             f"give a folder, or --format {named}")
        return 2
    json_file = out if fmt == "json" and named == "json" else None
    if json_file is not None:
        problem = _out_file_problem(json_file, files, "audits")
        if problem:
            _err(f"error: --out: {problem}")
            return 2
    out_dir = out if (out is not None and json_file is None
                      and (fmt in ("all",) or out.suffix == "" or fmt == "json")) else None
    results_dir = out_dir if fmt in ("all", "json") else None
    if args.resume and results_dir is None:
        if out_dir is not None:  # --format csv --out reports/: the results of an earlier run there are reused
            results_dir = out_dir
        else:
            where = f"--out {one_line(out)} is one file and keeps" if out is not None else "without --out there are"
            _err(f"note: --resume: {where} no per-plan results to resume from; every plan is audited "
                 f"(resume with --out DIR)")
    from .files import check_writable
    target_dir = results_dir if results_dir is not None else (out.parent if out is not None else None)
    if out is not None and fmt in ("csv", "xlsx", "html"):
        from .files import _key
        target = out if out.suffix else out / {"csv": "matrix.csv", "xlsx": "matrix.xlsx", "html": "report.html"}[fmt]
        if any(_key(f) == _key(str(target)) for f in files):
            _err(f"error: --out: {one_line(target)} is one of the input files; give another name")
            return 2
    if target_dir is not None:
        problem = check_writable(target_dir)
        if problem:
            _err(f"error: --out: {problem}")
            return 2
    def on_write_error(msg: str) -> None:  # said when it happens (a long batch on a full disk); the row fails
        _err(f"error: {msg} (the audits go on; results already written are kept)")

    aset = audit_many(files, reference, jobs=args.jobs, engine=args.engine, scheduler=args.scheduler,
                      timeout=args.timeout, max_pages=args.max_pages, out_dir=results_dir,
                      resume=args.resume, progress=not args.quiet and len(files) > 1,
                      follow_symlinks=args.follow_symlinks, on_write_error=on_write_error)
    from .report.i18n import failure_reason
    failed = aset.failed
    for r in failed:
        reason = failure_reason(r, args.lang) if args.lang else r.get("reason")
        _err(_say(args, "cli.failed", path=one_line(r["path"]), reason=reason))
    rc = 1 if failed or unreadable else 0
    reports_failed = False

    def failed_to_write(what: str, e: BaseException) -> None:
        """Each report that cannot be written is said on its own; the others are written all the same."""
        nonlocal rc, reports_failed
        reports_failed, rc = True, 1
        if isinstance(e, (OSError, PlanparseError)):
            _err(f"error: cannot write {what}: {getattr(e, 'strerror', None) or e}")
        else:
            _err(f"error: cannot write {what}: internal error ({type(e).__name__}: {e}); please report it")

    def write(what: str, fn) -> None:
        try:
            fn()
        except Exception as e:  # noqa: BLE001 - one report's bug must not cost the others
            failed_to_write(what, e)

    if json_file is not None:
        r = aset.rows[0]
        if r["status"] == "ok":
            body = json.dumps(r["audit"], ensure_ascii=False, indent=1) + "\n"
            write(json_file.name, lambda: atomic_write(json_file, body))
    elif fmt == "json" and out is None:
        r = aset.rows[0] if single else None
        if single:
            if r["status"] == "ok":
                print(json.dumps(r["audit"], ensure_ascii=False, indent=1))
        else:
            print(json.dumps([x.get("audit") or {"path": x["path"], "status": "failed", "reason": x.get("reason")}
                              for x in aset.rows], ensure_ascii=False, indent=1))
    elif fmt == "all":
        # the four reports are written side by side (forked writers, as many as --jobs): the tail of a
        # national batch is its longest report, not the sum of them
        lang = args.lang or "vi"
        import os

        from .report import write_all
        done = write_all([("matrix.xlsx", lambda: aset.to_excel(out / "matrix.xlsx", lang=lang)),
                          ("report.html", lambda: aset.to_html(out / "report.html", lang=lang)),
                          ("matrix.csv", lambda: aset.to_csv(out / "matrix.csv")),
                          ("plans.csv", lambda: aset.summary_to_csv(out / "plans.csv"))],
                         jobs=args.jobs or os.cpu_count() or 1)
        for what, err in done:
            if err is not None:
                failed_to_write(what, err)
        if not reports_failed:
            wrote = _say(args, "cli.wrote", ok=len(aset) - len(failed), failed=len(failed), out=one_line(out),
                         files="report.html, matrix.xlsx, matrix.csv, plans.csv, audits/")
            if locks:
                wrote, locks = f"{wrote}; {_say(args, 'cli.locks', n=locks)}", 0
            print(wrote, file=sys.stderr)
    elif fmt in ("csv", "xlsx", "html"):
        default = {"csv": "matrix.csv", "xlsx": "matrix.xlsx", "html": "report.html"}[fmt]
        target = out if out.suffix else out / default
        lang = args.lang or "vi"
        fn = {"csv": lambda: aset.to_csv(target), "xlsx": lambda: aset.to_excel(target, lang=lang),
              "html": lambda: aset.to_html(target, lang=lang)}[fmt]
        write(target.name, fn)
    if locks:  # not said in a summary line above
        _err(_say(args, "cli.locks", n=locks))
    if args.fail_under is not None:
        low = [r for r in aset if r["status"] == "ok" and r["audit"]["summary"]["coverage"] < args.fail_under]
        for r in low:
            _err(_say(args, "cli.below", coverage=f"{r['audit']['summary']['coverage']:.2f}", threshold=args.fail_under,
                      path=one_line(r["path"])))
        if low and rc == 0:
            rc = 3
    return rc


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="planparse", description="Parse and audit Vietnamese government plans.")
    ap.add_argument("--version", action="version", version=f"planparse {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("parse", help="parse plans into planparse/plan@1 JSON", epilog=EXAMPLES_PARSE,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help="plan files (PDF, DOCX, HTML, MD, TXT) or folders")
    p.add_argument("--format", choices=["json", "md"], default="json")
    p.add_argument("--out", metavar="DIR", help="write DIR/<stem>.plan.json per file (DIR/<name.ext>.plan.json "
                   "when two inputs share a stem); for one file, --out FILE.json (or FILE.md) writes that file")
    p.add_argument("--max-pages", type=_positive_int, default=500, help="refuse PDFs with more pages (default 500)")
    p.add_argument("--timeout", type=_positive_seconds, default=120.0, help="seconds per file before it is marked "
                   "failed (default 120)")
    p.add_argument("--follow-symlinks", action="store_true", help="in folders, follow links that lead outside them")
    p.add_argument("--progress", action="store_true", help="one line per OCR'd page of a scanned PDF on stderr")
    p.add_argument("--lang", choices=["vi", "en"], default=None,
                   help="language of the messages on stderr (default: English)")
    p.set_defaults(func=cmd_parse)
    a = sub.add_parser("audit", help="audit plans against a reference directive", epilog=EXAMPLES_AUDIT,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("paths", nargs="+", metavar="PATH", help="plan files or folders")
    a.add_argument("--reference", metavar="ID|FILE", help="reference id, a reference YAML, or a parent plan")
    a.add_argument("--out", metavar="PATH", help="output folder, or a file: ONE.json for one plan, or a .csv/.xlsx/"
                   ".html report (its name sets --format)")
    a.add_argument("--format", choices=["json", "csv", "xlsx", "html", "all"], default=None,
                   help="json (one file → stdout), csv/xlsx (coverage matrix), html (report); default: all to --out")
    a.add_argument("--lang", choices=["vi", "en"], default=None,
                   help="language of HTML/XLSX reports (default vi) and of the messages on stderr (default English)")
    a.add_argument("--jobs", type=_positive_int, default=None, help="worker processes (default: all cores)")
    a.add_argument("--engine", choices=["local", "dask"], default="local")
    a.add_argument("--scheduler", metavar="ADDRESS", help="dask scheduler address (default: a local cluster)")
    a.add_argument("--timeout", type=_positive_seconds, default=120.0,
                   help="seconds per file (and for a plan used as --reference) before it is marked failed (default 120)")
    a.add_argument("--max-pages", type=_positive_int, default=500, help="refuse PDFs with more pages (default 500)")
    a.add_argument("--fail-under", type=_fraction, metavar="COVERAGE", help="exit 3 if any plan's coverage is below (0-1)")
    a.add_argument("--follow-symlinks", action="store_true", help="in folders, follow links that lead outside them")
    a.add_argument("--resume", action="store_true", help="skip plans whose result is already in --out "
                   "(DIR/audits/, from any earlier run into DIR)")
    a.add_argument("--quiet", action="store_true", help="no progress bar")
    a.add_argument("--progress", action="store_true", help="one line per OCR'd page of a scanned PDF on stderr")
    a.set_defaults(func=cmd_audit)
    r = sub.add_parser("references", help="list the shipped reference directives")
    r.add_argument("--format", choices=["text", "json"], default="text")
    r.set_defaults(func=cmd_references)
    rb = sub.add_parser("reference", help="derive a reference YAML from a directive or parent plan")
    rb.add_argument("action", choices=["build"])
    rb.add_argument("source", help="the directive or parent plan (.pdf, .docx, .txt …)")
    rb.add_argument("--out", required=True, help="the reference YAML to write")
    rb.add_argument("--id", help="the reference id (default: derived from the document number)")
    rb.add_argument("--lang", choices=["vi", "en"], default=None, help="language of the message (default: English)")
    rb.set_defaults(func=cmd_reference_build)
    return ap


def _safe_streams() -> None:
    """Printing never fails on a character the terminal's encoding lacks (a C locale, ASCII): a
    Vietnamese title, a file name that is not UTF-8 are escaped instead of stopping the command."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):
            pass


def main(argv: list[str] | None = None) -> int:
    _safe_streams()
    ap = build_parser()
    args = ap.parse_args(argv)
    if not getattr(args, "command", None):
        ap.print_help()
        return 2
    from .interrupts import Terminated, installed, raise_pending
    try:
        with installed():
            rc = args.func(args)
            raise_pending()  # a stop request swallowed where it landed (a fork hook) still stops
            return rc
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except Terminated:
        _err("terminated")
        return 143
    except BrokenPipeError:
        try:  # no second error while Python flushes the closed pipe at exit
            import os
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError, AttributeError):
            pass
        return 0
    except Exception as e:  # noqa: BLE001
        from .errors import OptionError, PlanparseError
        if isinstance(e, OptionError):
            _err(f"error: {e}")
            return 2
        if isinstance(e, PlanparseError):
            _err(f"error: {e}")
            return 1
        _err(f"internal error: {type(e).__name__}: {e}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
