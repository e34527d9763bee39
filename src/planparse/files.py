"""Files: which inputs a folder holds, safe output paths, atomic writes."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

READABLE = {".txt", ".md", ".markdown", ".text", ".pdf", ".docx", ".doc", ".html", ".htm", ".xhtml"}


def expand_inputs(items: list[str]) -> list[str]:
    """Files as given; folders expanded to the plan files inside them (sorted)."""
    out: list[str] = []
    for it in items:
        p = Path(it)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in READABLE and not f.name.startswith(".") and f.name.lower() != "readme.md":
                    out.append(str(f))
        else:
            out.append(it)
    return out


def safe_out_path(out_dir: Path, name: str) -> Path:
    """``out_dir/name``, refusing names that would escape ``out_dir``."""
    from .errors import OutputPathError
    base = out_dir.resolve()
    target = (out_dir / name).resolve()
    if base != target and base not in target.parents:
        raise OutputPathError(f"output {name!r} would be written outside {out_dir}")
    return target


def atomic_write(path: Path, data: str | bytes | Iterable[str]) -> None:
    """Write via a temporary file and rename, so a killed run never leaves half a file.
    ``data`` may be text, bytes, or an iterable of text chunks (streamed, never joined)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    if isinstance(data, bytes):
        with open(tmp, "wb") as f:
            f.write(data)
    else:
        with open(tmp, "w", encoding="utf-8") as f:
            for chunk in ([data] if isinstance(data, str) else data):
                f.write(chunk)
    os.replace(tmp, path)
