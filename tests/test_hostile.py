"""Hostile and broken input: every case is a clear planparse error or a failed row — never a hang,
a traceback, or a partial report that hides what failed."""
import io
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

import planparse
from conftest import ROOT, SAMPLE_FILES
from planparse.errors import IngestError, PlanparseError


def _parse_error(path) -> str:
    with pytest.raises(PlanparseError) as e:
        planparse.parse(path)
    assert str(path) in str(e.value)
    return str(e.value)


def test_empty_and_binary_files(tmp_path):
    (tmp_path / "e.txt").write_bytes(b"")
    assert "empty" in _parse_error(tmp_path / "e.txt")
    (tmp_path / "b.bin").write_bytes(bytes(range(256)) * 40)
    assert "binary" in _parse_error(tmp_path / "b.bin")


def test_truncated_pdf(tmp_path):
    pdf = next(ROOT.glob("data/samples/*.txt"))  # placeholder to keep names local
    f = tmp_path / "t.pdf"
    f.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n" + b"x" * 100)
    msg = _parse_error(f)
    assert "PDF" in msg


def test_encrypted_pdf(tmp_path):
    pypdf = pytest.importorskip("pypdf", reason="pypdf is a test dependency")
    w = pypdf.PdfWriter()
    w.add_blank_page(width=595, height=842)
    w.encrypt("secret")
    f = tmp_path / "enc.pdf"
    with open(f, "wb") as fh:
        w.write(fh)
    assert "encrypted" in _parse_error(f) or "password" in _parse_error(f)


def test_pdf_with_huge_page_count_is_refused_quickly(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    w = pypdf.PdfWriter()
    for _ in range(3000):
        w.add_blank_page(width=100, height=100)
    f = tmp_path / "bomb.pdf"
    with open(f, "wb") as fh:
        w.write(fh)
    t = time.perf_counter()
    msg = _parse_error(f)
    assert "3000 pages" in msg and "--max-pages" in msg
    assert time.perf_counter() - t < 20


def test_docx_that_is_not_a_zip(tmp_path):
    f = tmp_path / "fake.docx"
    f.write_bytes(b"this is not a zip")
    assert "not" in _parse_error(f).lower()


def test_zip_bomb_docx_is_refused(tmp_path):
    f = tmp_path / "bomb.docx"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<" + b" " * (150 * 1024 * 1024) + b">")
    f.write_bytes(buf.getvalue())
    assert f.stat().st_size < 2_000_000
    msg = _parse_error(f)
    assert "zip bomb" in msg


def test_large_text_file_is_refused_or_parsed(tmp_path):
    f = tmp_path / "big.txt"
    line = "Tuyên truyền về ASEAN trên địa bàn tỉnh, lồng ghép trong các hoạt động văn hóa.\n"
    f.write_text(line * (50 * 1024 * 1024 // len(line.encode())), encoding="utf-8")
    t = time.perf_counter()
    try:
        planparse.parse(f)
    except IngestError as e:
        assert "big.txt" in str(e) and "MB" in str(e)
    assert time.perf_counter() - t < 120


def test_plan_with_5000_tasks(tmp_path):
    from planparse.structure import int_to_roman
    parts = ["KẾ HOẠCH\nThử nghiệm\n\nI. MỤC ĐÍCH\n\nNâng cao."]
    for k in range(2, 52):  # fifty sections of a hundred tasks
        parts.append(f"{int_to_roman(k)}. NHIỆM VỤ PHẦN {k}")
        parts += [f"{i}. Sở Thông tin và Truyền thông tổ chức tuyên truyền nhiệm vụ {k}.{i} trước ngày 01/12/2020."
                  for i in range(1, 101)]
    parts.append("LII. TỔ CHỨC THỰC HIỆN\n\n1. Giao Sở Tài chính bố trí kinh phí.")
    text = "\n\n".join(parts)
    t = time.perf_counter()
    p = planparse.parse(text)
    assert len(p.tasks) == 5000 and all(t.lead for t in p.tasks[:50])
    a = planparse.audit(p)
    assert a.areas and time.perf_counter() - t < 90


def test_deeply_nested_numbering():
    text = "I. NỘI DUNG\n\n" + "\n\n".join(".".join(["1"] * k) + ". Mục lồng " + str(k) for k in range(1, 60))
    p = planparse.parse(text)
    assert len({s.id for s in p.sections}) == len(p.sections)


def test_mixed_encodings_do_not_crash(tmp_path):
    f = tmp_path / "mixed.txt"
    f.write_bytes("Kế hoạch số 1/KH-UBND\n".encode("utf-8") + "Văn bản cũ: Kế hoạch".encode("cp1258", "replace") + b"\xb8\xb5\xb6")
    planparse.parse(f)


def test_batch_survives_every_bad_file(tmp_path):
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "junk.pdf").write_bytes(b"%PDF-junk")
    (bad / "fake.docx").write_bytes(b"nope")
    (bad / "ok.txt").write_bytes(SAMPLE_FILES[1].read_bytes())
    aset = planparse.audit_many([bad], jobs=2)
    assert len(aset) == 4
    status = {Path(r["path"]).name: r["status"] for r in aset}
    assert status == {"empty.txt": "failed", "junk.pdf": "failed", "fake.docx": "failed", "ok.txt": "ok"}
    assert all(r["reason"] for r in aset.failed)


def test_per_file_timeout_marks_the_file_failed(monkeypatch):
    from planparse.auditing import batch
    import planparse.auditing as aud

    def slow(*a, **k):
        time.sleep(5)
    monkeypatch.setattr(aud, "audit", slow)
    row = batch.audit_one(str(SAMPLE_FILES[0]), timeout=0.5)
    assert row["status"] == "failed" and "timed out" in row["reason"]


def test_killed_batch_keeps_finished_results_and_resumes(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(30):
        (src / f"p{i:02d}.txt").write_bytes(SAMPLE_FILES[i % len(SAMPLE_FILES)].read_bytes())
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "planparse.cli", "audit", str(src), "--out", str(out), "--jobs", "1", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    while time.time() < deadline and len(list((out / "audits").glob("*.audit.json")) if (out / "audits").exists() else []) < 5:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = list((out / "audits").glob("*.audit.json"))
    assert 5 <= len(done) < 30
    import json
    for f in done:
        json.loads(f.read_text(encoding="utf-8"))  # every finished result is whole
    r = subprocess.run(cmd + ["--resume"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert len(list((out / "audits").glob("*.audit.json"))) == 30
