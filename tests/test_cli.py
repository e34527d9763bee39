"""The command line: data to stdout, one-line errors naming the file, every input a row."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SAMPLE_FILES

BIN = [sys.executable, "-m", "planparse.cli"]


def run(*args, cwd=None):
    return subprocess.run([*BIN, *map(str, args)], capture_output=True, text=True, cwd=cwd or ROOT, timeout=300)


def test_parse_one_file_prints_json():
    r = run("parse", SAMPLE_FILES[1])
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["schema"] == "planparse/plan@1" and d["meta"]["number"]


def test_parse_many_to_out_dir(tmp_path):
    r = run("parse", *SAMPLE_FILES, "--out", tmp_path)
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f.stem + ".plan.json" for f in SAMPLE_FILES)
    assert "[5/5]" in r.stderr


def test_parse_markdown_outline():
    r = run("parse", SAMPLE_FILES[0], "--format", "md")
    assert r.returncode == 0 and r.stdout.startswith("# Kế hoạch")


@pytest.mark.parametrize("content,reason", [
    (None, "file not found"), (b"", "file is empty"), (b"   \n\n", "file is empty"),
    (b"\x00\x01\x02\x03binary\x00junk" * 50, "binary"), (b"%PDF-1.7\n%broken", "PDF"),
    (b"PK\x03\x04not really a zip", "DOCX"),
])
def test_bad_input_gives_one_line_error(tmp_path, content, reason):
    f = tmp_path / ("missing.txt" if content is None else "bad" + (".pdf" if content.startswith(b"%PDF") else ".docx" if content.startswith(b"PK") else ".txt"))
    if content is not None:
        f.write_bytes(content)
    r = run("parse", f)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and str(f) in lines[0] and reason.lower() in lines[0].lower(), r.stderr
    assert "Traceback" not in r.stderr


def test_one_bad_file_does_not_stop_the_others(tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    r = run("parse", SAMPLE_FILES[0], bad, SAMPLE_FILES[2], "--out", tmp_path / "out")
    assert r.returncode == 1
    assert len(list((tmp_path / "out").iterdir())) == 2
    assert "1 of 3 file(s) failed" in r.stderr


def test_audit_folder_writes_reports_and_failed_rows(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for f in SAMPLE_FILES[:3]:
        (src / f.name).write_bytes(f.read_bytes())
    (src / "junk.pdf").write_bytes(b"%PDF-1.4 garbage")
    out = tmp_path / "out"
    r = run("audit", src, "--out", out, "--jobs", "2", "--quiet")
    assert r.returncode == 1, r.stderr  # one file failed to read
    assert {p.name for p in out.iterdir()} >= {"report.html", "matrix.xlsx", "matrix.csv", "plans.csv", "audits"}
    assert len(list((out / "audits").glob("*.audit.json"))) == 3
    plans = (out / "plans.csv").read_text(encoding="utf-8")
    assert "junk" in plans and "failed" in plans
    assert "junk.pdf" in r.stderr


def test_audit_single_file_json_to_stdout():
    r = run("audit", SAMPLE_FILES[1])
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["schema"] == "planparse/audit@1"


def test_fail_under_sets_exit_code(tmp_path):
    r = run("audit", SAMPLE_FILES[0], "--fail-under", "0.9", "--format", "json")
    assert r.returncode == 3 and "coverage" in r.stderr


def test_resume_skips_finished_plans(tmp_path):
    out = tmp_path / "out"
    run("audit", *SAMPLE_FILES[:2], "--out", out, "--quiet", "--jobs", "1")
    before = {p.name: p.stat().st_mtime_ns for p in (out / "audits").iterdir()}
    r = run("audit", *SAMPLE_FILES[:2], "--out", out, "--quiet", "--resume", "--jobs", "1")
    assert r.returncode == 0
    after = {p.name: p.stat().st_mtime_ns for p in (out / "audits").iterdir()}
    assert before == after


def test_bad_reference_file_lists_errors(tmp_path):
    ref = tmp_path / "r.yaml"
    ref.write_text("id: x\nareas: 3\n", encoding="utf-8")
    r = run("audit", SAMPLE_FILES[0], "--reference", ref)
    assert r.returncode == 2 and "missing required key 'number'" in r.stderr and "'areas' must be a list" in r.stderr


def test_output_path_cannot_escape_out():
    from planparse.cli import safe_out_path
    from planparse.errors import OutputPathError
    with pytest.raises(OutputPathError):
        safe_out_path(Path("/tmp/x"), "../../etc/passwd")


def test_references_command():
    r = run("references")
    assert "asean-2019-2020" in r.stdout and "asean-2021-2025" in r.stdout


@pytest.mark.parametrize("cmd", ["parse", "audit", "references"])
def test_every_command_has_help_and_is_in_the_readme(cmd):
    r = run(cmd, "--help")
    assert r.returncode == 0 and "usage: planparse" in r.stdout
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"planparse {cmd}\b", readme)


def test_import_is_cheap():
    code = "import sys, planparse; print(sorted(m for m in ('pdfplumber','spacy','underthesea','pandas','pypdfium2') if m in sys.modules))"
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert r.stdout.strip() == "[]"


def test_parse_out_names_stay_apart_when_stems_collide(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "plan.txt").write_bytes(SAMPLE_FILES[0].read_bytes())
    (src / "plan.md").write_bytes(SAMPLE_FILES[1].read_bytes())
    (src / "other.txt").write_bytes(SAMPLE_FILES[2].read_bytes())
    r = run("parse", src, "--out", tmp_path / "out")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["other.plan.json", "plan.md.plan.json",
                                                                      "plan.txt.plan.json"]


def test_audit_result_names_keep_the_extension(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "plan.txt").write_bytes(SAMPLE_FILES[0].read_bytes())
    (src / "plan.md").write_bytes(SAMPLE_FILES[1].read_bytes())
    r = run("audit", src, "--out", tmp_path / "out", "--quiet", "--jobs", "1")
    assert r.returncode == 0, r.stderr
    assert sorted(p.name for p in (tmp_path / "out" / "audits").iterdir()) == ["plan.md.audit.json", "plan.txt.audit.json"]


def _imports(module_file: Path) -> set[str]:
    import ast
    tree = ast.parse(module_file.read_text(encoding="utf-8"))
    pkg = module_file.relative_to(ROOT / "src").with_suffix("").parts
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = list(pkg[:len(pkg) - node.level])
                mod = ".".join(base + ([node.module] if node.module else []))
                names = [mod] if node.module else [".".join(base + [a.name]) for a in node.names]
                out.update(names)
            elif node.module:
                out.add(node.module)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
    return out


@pytest.mark.parametrize("a,b", [("auditing/batch.py", "auditing/distributed.py")])
def test_no_import_cycle(a, b):
    ma, mb = (ROOT / "src/planparse" / a), (ROOT / "src/planparse" / b)
    name = lambda p: ".".join(p.relative_to(ROOT / "src").with_suffix("").parts)  # noqa: E731
    assert not (name(mb) in _imports(ma) and name(ma) in _imports(mb))


def test_library_imports_nothing_from_the_cli():
    for f in (ROOT / "src/planparse").rglob("*.py"):
        if f.name != "cli.py":
            assert "planparse.cli" not in _imports(f), f
    from planparse import cli
    assert callable(cli.cmd_audit) and callable(cli._err)


def test_reference_errors_are_one_line_on_the_terminal(tmp_path):
    ref = tmp_path / "r.yaml"
    ref.write_text("id: x\nareas: 3\n", encoding="utf-8")
    r = run("audit", SAMPLE_FILES[0], "--reference", ref)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1


def _scanned_pdf(path):
    """A one-page PDF that is only an image of a plan's opening lines (no text layer): read by OCR."""
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("L", (1240, 600), 255)
    draw = ImageDraw.Draw(img)
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 40)
    except OSError:
        font = ImageFont.load_default()
    for k, line in enumerate(["UBND TINH AN GIANG", "KE HOACH", "Tuyen truyen ASEAN 2021"]):
        draw.text((80, 80 + 90 * k), line, fill=0, font=font)
    img.save(path, "PDF", resolution=150)


@pytest.mark.parametrize("command", ["parse", "audit"])
def test_progress_prints_one_line_per_ocr_page(tmp_path, command):
    from planparse.ingest import ocr
    if not ocr.tesseract_available():
        pytest.skip("Tesseract is not installed")
    pdf = tmp_path / "scan.pdf"
    _scanned_pdf(pdf)
    extra = ["--format", "json"] if command == "audit" else []
    with_progress = run(command, pdf, "--progress", *extra)
    assert "scan.pdf: OCR page 1/1" in with_progress.stderr, with_progress.stderr
    without = run(command, pdf, *extra)
    assert "OCR page" not in without.stderr


@pytest.mark.parametrize("lang, failed, wrote", [("vi", "lỗi: ", "đã ghi 1 kết quả rà soát (1 tệp lỗi)"),
                                                 ("en", "failed: ", "wrote 1 audits (1 failed)"),
                                                 (None, "failed: ", "wrote 1 audits (1 failed)")])
def test_cli_messages_follow_lang(tmp_path, lang, failed, wrote):
    src = tmp_path / "in"
    src.mkdir()
    (src / SAMPLE_FILES[1].name).write_bytes(SAMPLE_FILES[1].read_bytes())
    (src / "empty.txt").write_bytes(b"")
    r = run("audit", src, "--out", tmp_path / "out", "--quiet", *(["--lang", lang] if lang else []))
    assert r.returncode == 1, r.stderr
    line = next(ln for ln in r.stderr.splitlines() if "empty.txt" in ln)
    assert line.startswith("planparse: " + failed), r.stderr
    assert ("tệp rỗng" in line) == (lang == "vi")
    assert wrote in r.stderr
