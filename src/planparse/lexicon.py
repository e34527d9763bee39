"""Vietnamese knowledge shipped as reviewed data files under ``planparse/data``, loaded on first use."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources


def data_text(name: str) -> str:
    return resources.files("planparse.data").joinpath(name).read_text(encoding="utf-8")


@lru_cache(maxsize=None)
def load_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a data file."""
    out = []
    for line in data_text(name).splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line)
    return tuple(out)


def yaml_loader():
    """libyaml's safe loader when PyYAML was built with it (~10× faster on our data files), else
    the pure-Python one; both build the same objects from well-formed YAML."""
    import yaml
    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    """``yaml.safe_load`` with the fastest safe loader available."""
    import yaml
    return yaml.load(text, Loader=yaml_loader())  # noqa: S506 - a SafeLoader


@lru_cache(maxsize=None)
def load_yaml(name: str):
    return safe_load(data_text(name))


@lru_cache(maxsize=1)
def verb_compounds() -> frozenset[str]:
    """Two-syllable words whose second syllable opens a verb (``đào tạo``: ``tạo``), from underthesea's
    dictionary (``tools/build_compounds.py``). A name spells a word's first syllable capitalised and its
    second lower-case (``Phòng Đào tạo``), so such a syllable after a capitalised one goes on the name."""
    return frozenset(load_lines("verb_compounds.txt"))
