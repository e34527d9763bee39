"""One message catalogue for every user-facing sentence (reports, reasons, checks, CLI).

Messages are data: ``planparse/data/messages/*.yaml``, each a mapping
``key: {vi: "…{param}…", en: "…{param}…"}``. All files are merged on first use (a key
defined twice is an error). Vietnamese is the default language.

>>> t("status.covered", "en")
'Covered'
"""
from __future__ import annotations

from functools import lru_cache

LANGS = ("vi", "en")


@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    from importlib import resources

    from .lexicon import safe_load

    out: dict[str, dict[str, str]] = {}
    folder = resources.files("planparse.data") / "messages"
    for entry in sorted(folder.iterdir(), key=lambda p: p.name):
        if not entry.name.endswith(".yaml"):
            continue
        data = safe_load(entry.read_text(encoding="utf-8")) or {}
        for key, texts in data.items():
            if key in out:
                raise ValueError(f"message {key!r} defined twice (in {entry.name})")
            missing = [lang for lang in LANGS if lang not in (texts or {})]
            if missing:
                raise ValueError(f"message {key!r} in {entry.name} lacks {', '.join(missing)}")
            out[key] = texts
    return out


def t(key: str, lang: str = "vi", /, **params) -> str:
    """The message ``key`` in ``lang`` (``vi`` or ``en``) with ``params`` filled in."""
    texts = catalogue().get(key)
    if texts is None:
        raise KeyError(f"no message {key!r} in planparse/data/messages")
    text = texts.get(lang) or texts["vi"]
    return text.format(**params) if params else text


def has(key: str) -> bool:
    return key in catalogue()
