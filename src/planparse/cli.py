"""The ``planparse`` command: a thin layer over the library. Data to stdout, progress to stderr."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .files import atomic_write, expand_inputs, safe_out_path  # noqa: F401 - safe_out_path is public via the CLI


def _err(msg: str) -> None:
    print(f"planparse: {msg}", file=sys.stderr)


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

def cmd_parse(args) -> int:
    from .errors import PlanparseError
    from .pipeline import parse
    files = expand_inputs(args.paths)
    if not files:
        _err("no input files")
        return 2
    out_dir = Path(args.out) if args.out else None
    failed = 0
    many = len(files) > 1
    if many and not out_dir and args.format == "json":
        print("[", end="")
    for i, f in enumerate(files):
        if many:
            print(f"[{i + 1}/{len(files)}] {f}", file=sys.stderr)
        try:
            plan = parse(f, max_pages=args.max_pages)
        except PlanparseError as e:
            _err(f"error: {e}")
            failed += 1
            continue
        except Exception as e:  # noqa: BLE001 - a batch never stops on one file
            _err(f"error: {f}: internal error ({type(e).__name__}: {e}); please report it")
            failed += 1
            continue
        body = plan.to_json() if args.format == "json" else plan_markdown(plan)
        if out_dir:
            ext = ".plan.json" if args.format == "json" else ".plan.md"
            try:
                atomic_write(safe_out_path(out_dir, Path(f).stem + ext), body + "\n")
            except PlanparseError as e:
                _err(f"error: {e}")
                failed += 1
        else:
            if many and args.format == "json":
                print(("," if i else "") + body, end="")
            else:
                print(body)
    if many and not out_dir and args.format == "json":
        print("]")
    if failed and many:
        _err(f"{failed} of {len(files)} file(s) failed")
    return 1 if failed else 0


def plan_markdown(plan) -> str:
    m = plan.meta
    lines = [f"# {m.doc_type or 'Văn bản'} {m.number or ''} — {m.title or ''}".rstrip(), "",
             f"- Cơ quan ban hành: {m.issuer or '—'}", f"- Ngày ban hành: {m.issued or '—'}",
             f"- Căn cứ: {', '.join(b.number for b in m.basis) or '—'}",
             f"- Người ký: {(m.signer.name + ' (' + (m.signer.position or '') + ')') if m.signer else '—'}", "",
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
    ref = build_reference(args.source, args.out, args.id)
    print(f"wrote {args.out}: {len(ref.areas)} areas derived from {args.source}")
    return 0


def cmd_audit(args) -> int:
    from .auditing.batch import run_cli
    return run_cli(args)


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="planparse", description="Parse and audit Vietnamese government plans.")
    ap.add_argument("--version", action="version", version=f"planparse {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser("parse", help="parse plans into planparse/plan@1 JSON", epilog=EXAMPLES_PARSE,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("paths", nargs="+", metavar="PATH", help="plan files (PDF, DOCX, HTML, MD, TXT) or folders")
    p.add_argument("--format", choices=["json", "md"], default="json")
    p.add_argument("--out", metavar="DIR", help="write DIR/<stem>.plan.json per file")
    p.add_argument("--max-pages", type=int, default=500, help="refuse PDFs with more pages (default 500)")
    p.set_defaults(func=cmd_parse)
    a = sub.add_parser("audit", help="audit plans against a reference directive", epilog=EXAMPLES_AUDIT,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("paths", nargs="+", metavar="PATH", help="plan files or folders")
    a.add_argument("--reference", metavar="ID|FILE", help="reference id, a reference YAML, or a parent plan")
    a.add_argument("--out", metavar="PATH", help="output folder (or a file for one plan / one format)")
    a.add_argument("--format", choices=["json", "csv", "xlsx", "html", "all"], default=None,
                   help="json (one file → stdout), csv/xlsx (coverage matrix), html (report); default: all to --out")
    a.add_argument("--lang", choices=["vi", "en"], default="vi", help="language of HTML/XLSX reports")
    a.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    a.add_argument("--engine", choices=["local", "dask"], default="local")
    a.add_argument("--scheduler", metavar="ADDRESS", help="dask scheduler address (default: a local cluster)")
    a.add_argument("--timeout", type=float, default=120.0, help="seconds per file before it is marked failed")
    a.add_argument("--max-pages", type=int, default=500, help="refuse PDFs with more pages (default 500)")
    a.add_argument("--fail-under", type=float, metavar="COVERAGE", help="exit 3 if any plan's coverage is below")
    a.add_argument("--resume", action="store_true", help="skip plans whose result is already in --out")
    a.add_argument("--quiet", action="store_true", help="no progress bar")
    a.set_defaults(func=cmd_audit)
    r = sub.add_parser("references", help="list the shipped reference directives")
    r.add_argument("--format", choices=["text", "json"], default="text")
    r.set_defaults(func=cmd_references)
    rb = sub.add_parser("reference", help="derive a reference YAML from a directive or parent plan")
    rb.add_argument("action", choices=["build"])
    rb.add_argument("source", help="the directive or parent plan (.pdf, .docx, .txt …)")
    rb.add_argument("--out", required=True, help="the reference YAML to write")
    rb.add_argument("--id", help="the reference id (default: derived from the document number)")
    rb.set_defaults(func=cmd_reference_build)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if not getattr(args, "command", None):
        ap.print_help()
        return 2
    try:
        return args.func(args)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # noqa: BLE001
        from .errors import PlanparseError
        if isinstance(e, PlanparseError):
            _err(f"error: {e}")
            return 1
        _err(f"internal error: {type(e).__name__}: {e}")
        return 1


if __name__ == "__main__":
    sys.exit(main())
