"""The README tells the truth about the command line and the library.

Every subcommand of ``planparse`` answers ``--help``; every subcommand and every option the
parser knows appears in the README; the README's five-line example runs and prints what its
comment says; the plan model does not need the outline to be imported.
"""
import argparse
import contextlib
import io
import re
import subprocess
import sys

import pytest

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _subparsers():
    from planparse.cli import build_parser
    ap = build_parser()
    action = next(a for a in ap._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _options(parser):
    return sorted({s for a in parser._actions for s in a.option_strings
                   if s.startswith("--") and s != "--help"})


SUBCOMMANDS = sorted(_subparsers())


def test_there_are_subcommands_to_check():
    assert {"parse", "audit", "references", "reference"} <= set(SUBCOMMANDS)


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_subcommand_answers_help(name):
    r = subprocess.run([sys.executable, "-m", "planparse.cli", name, "--help"], capture_output=True, text=True,
                       cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith(f"usage: planparse {name}") and "Traceback" not in r.stderr


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_subcommand_and_option_is_in_the_readme(name):
    assert re.search(rf"\bplanparse {re.escape(name)}\b", README), f"planparse {name} is not in the README"
    missing = [o for o in _options(_subparsers()[name]) if not re.search(rf"{re.escape(o)}\b", README)]
    assert missing == [], f"planparse {name}: options missing from the README: {missing}"


def test_the_option_check_catches_an_undocumented_option():
    """The check above is not vacuous: an option the README never names is reported."""
    p = argparse.ArgumentParser()
    p.add_argument("--never-documented-anywhere")
    assert [o for o in _options(p) if not re.search(rf"{re.escape(o)}\b", README)] == ["--never-documented-anywhere"]


def test_readme_lists_every_exit_code_the_cli_uses():
    src = (ROOT / "src" / "planparse" / "cli.py").read_text(encoding="utf-8")
    codes = {int(c) for c in re.findall(r"return (\d+)\b", src)} | {int(c) for c in re.findall(r"rc = (\d+)\b", src)}
    table = README.split("| exit code |")[1].split("\n\n")[0]
    for c in codes:
        assert re.search(rf"^\| [^|]*\b{c}\b", table, re.M), f"exit code {c} is not in the README's table"


def test_the_five_line_example_runs_and_prints_what_it_says(monkeypatch):
    block = README.split("## Five lines of Python")[1].split("```python")[1].split("```")[0]
    lines = [ln for ln in block.strip().splitlines() if ln.strip()]
    assert len(lines) == 5
    expected = next(ln.split("#", 1)[1].strip() for ln in lines if ln.startswith("print("))
    monkeypatch.chdir(ROOT)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(block, "README.md", "exec"), {})
    assert out.getvalue().strip() == expected


def test_readme_keeps_the_scores_placeholder_and_names_the_bench_results():
    assert "<!-- SCORES -->" in README
    assert "make bench" in README and "bench/results.json" in README


def test_importing_the_model_does_not_import_the_outline():
    """``planparse.model`` and ``planparse.layout.outline`` share ``planparse.sections``: no import cycle."""
    code = ("import sys, planparse.model as m; assert 'planparse.layout.outline' not in sys.modules; "
            "assert 'planparse.structure' not in sys.modules; import planparse.structure as s, planparse.sections as x; "
            "assert s.section_index is x.section_index is m.section_index")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
