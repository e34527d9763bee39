"""Files: which inputs a folder holds, safe output paths, atomic writes."""
from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Iterable

READABLE = {".txt", ".md", ".markdown", ".text", ".pdf", ".docx", ".doc", ".html", ".htm", ".xhtml"}


def shown(path) -> str:
    """``path`` as it can be shown and written (JSON, CSV, reports, terminal): a file name whose bytes
    are not UTF-8 arrives from the OS with them escaped as lone surrogates, which no UTF-8 writer
    accepts; they become U+FFFD. Only for display: the real path still opens the file."""
    s = os.fspath(path)
    if isinstance(s, bytes):
        return s.decode("utf-8", "replace")
    try:
        s.encode("utf-8")
        return s
    except UnicodeEncodeError:
        try:
            return s.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
        except UnicodeEncodeError:
            return s.encode("utf-8", "replace").decode("utf-8")


def _wanted(name: str) -> bool:
    return Path(name).suffix.lower() in READABLE and not name.startswith(".") and name.lower() != "readme.md"


# Lock and temporary files office programs leave beside an open document: Word's owner file
# ~$name.docx (162 bytes, for any file it opens), its temporary copy ~WRL0001.tmp, LibreOffice's
# .~lock.name.docx#. A folder holds them while someone edits a plan; they are not plans.
_OFFICE_LOCK = re.compile(r"~\$.*|~wr[a-z]\d+\.tmp|\.~lock\..*#", re.IGNORECASE | re.DOTALL)
# a lock file is small (Word's is 162 bytes, LibreOffice's a line); a larger file of that name is a document
OFFICE_LOCK_BYTES = 4096


def office_lock(name: str) -> bool:
    """Is ``name`` (a file name, not a path) that of an office lock or temporary file?"""
    return _OFFICE_LOCK.fullmatch(name) is not None


class Skipped(str):
    """A path left out of the inputs, with why: ``reason`` None for a link leading outside its
    folder (``--follow-symlinks`` reads it); ``unreadable`` when an input could not be read;
    ``lock`` for an office lock file (counted, not named one by one)."""

    reason: str | None
    unreadable: bool
    lock: bool

    def __new__(cls, path: str, reason: str | None = None, unreadable: bool = False, lock: bool = False) -> "Skipped":
        s = super().__new__(cls, path)
        s.reason, s.unreadable, s.lock = reason, unreadable, lock
        return s


def _key(path: str, folders: dict[str, str] | None = None) -> str:
    """One input, however it was spelled: its folder resolved (``d/../d/in``, a linked folder), its
    name kept (a link to another file of the folder stays an input of its own). ``folders`` memoises
    the resolved folders (a batch has thousands of files in a few folders)."""
    a = os.path.abspath(path)
    d = os.path.dirname(a)
    real = folders.get(d) if folders is not None else None
    if real is None:
        real = os.path.realpath(d)
        if folders is not None:
            folders[d] = real
    return os.path.join(real, os.path.basename(a))


def expand_inputs(items: list[str], *, follow_symlinks: bool = False, skipped: list[str] | None = None,
                  exclude=None, duplicates: list[str] | None = None) -> list[str]:
    """Files as given; folders expanded to the plan files inside them (sorted); each input once
    (the first spelling kept, the others listed in ``duplicates``).

    Inside a folder only regular files are taken, and a symbolic link is followed only if it stays
    inside that folder — unless ``follow_symlinks`` (then each real folder is visited once, so link
    loops end). What is left out — a link outside, a pipe or device, a folder that cannot be read, an
    office lock file — is listed in ``skipped`` (:class:`Skipped`, with its reason). ``exclude`` (the
    output folder) and everything under it is never an input: a run would otherwise read back its own
    reports.
    """
    excl = os.path.realpath(exclude) if exclude is not None else None
    out: list[str] = []
    seen: set[str] = set()
    folders: dict[str, str] = {}
    for it in items:
        p = Path(it)
        found = _walk(p, follow_symlinks, skipped, excl) if p.is_dir() else [it]
        for f in found:
            k = _key(f, folders)
            if k in seen:
                if duplicates is not None:
                    duplicates.append(f)
                continue
            seen.add(k)
            out.append(f)
    return out


def _walk(top: Path, follow: bool, skipped: list[str] | None, exclude: str | None = None) -> list[str]:
    root = top.resolve()
    found: list[str] = []
    seen_dirs: set[tuple[int, int]] = set()
    stack = [top]

    def skip(path, reason=None, unreadable=False, lock=False) -> None:
        if skipped is not None:
            skipped.append(Skipped(str(path), reason, unreadable, lock))
    while stack:
        d = stack.pop()
        try:
            st = d.stat()
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen_dirs:
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as e:  # chmod 000: said, not mistaken for an empty folder
            skip(d, f"cannot read this folder ({(e.strerror or str(e)).lower()})", unreadable=True)
            continue
        for e in entries:
            path = Path(e.path)
            try:
                is_link = e.is_symlink()
                if is_link and not follow:
                    target = path.resolve()
                    if target != root and root not in target.parents:
                        if e.is_dir() or _wanted(e.name):
                            skip(path)
                        continue
                if e.is_dir(follow_symlinks=follow or not is_link):
                    if not e.name.startswith(".") and not (exclude and os.path.realpath(path) == exclude):
                        stack.append(path)
                    continue
                if office_lock(e.name):  # by name alone: a folder being edited in Word holds several
                    skip(path, "an office lock file", lock=True)
                elif _wanted(e.name):
                    if not stat.S_ISREG(path.stat().st_mode):
                        skip(path, "not a regular file (a pipe, socket or device)")
                    elif not (exclude and e.name == os.path.basename(exclude) and os.path.realpath(path) == exclude):
                        found.append(str(path))
            except OSError:  # a dangling link, a loop, a file gone meanwhile
                continue
    return sorted(found)


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
    ``data`` may be text, bytes, or an iterable of text chunks (streamed, never joined).
    On any error the temporary file is removed and the error re-raised."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    # names are bounded in bytes; cut on a character, kept in the file system's encoding (a UTF-8 name
    # reaches here as surrogates under LANG=C, and must not come back as characters ASCII cannot write)
    short = os.fsdecode(os.fsencode(path.name)[:100].decode("utf-8", "ignore").encode("utf-8"))
    tmp = path.with_name(f".{short}.{os.getpid()}.tmp")
    try:
        if isinstance(data, bytes):
            with open(tmp, "wb") as f:
                f.write(data)
        else:
            with open(tmp, "w", encoding="utf-8") as f:
                for chunk in ([data] if isinstance(data, str) else data):
                    f.write(chunk)
        os.replace(tmp, path)
    except BaseException:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise


def check_writable(folder: Path) -> str | None:
    """None if results can be written into ``folder`` (created if missing), else why not (one line)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        return f"{folder} exists and is not a folder"
    except OSError as e:
        return f"cannot create {folder}: {e.strerror or e}"
    if not folder.is_dir():
        return f"{folder} is not a folder"
    probe = folder / f".planparse-write-test.{os.getpid()}"
    try:
        with open(probe, "w", encoding="utf-8") as f:
            f.write("x")
        probe.unlink()
    except OSError as e:
        try:
            probe.unlink()
        except OSError:
            pass
        return f"cannot write into {folder}: {e.strerror or e}"
    return None
