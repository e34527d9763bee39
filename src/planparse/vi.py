"""Vietnamese text helpers shared by the stages."""
from __future__ import annotations

import unicodedata


def _strip_table() -> dict[int, str]:
    table = {}
    for cp in list(range(0x00C0, 0x0250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        if base != ch and len(base) == 1:
            table[cp] = base
    table[ord("đ")], table[ord("Đ")] = "d", "D"
    return table


_STRIP = _strip_table()


def strip_marks(s: str) -> str:
    """Vietnamese letters without their marks (``Lồng ghép`` → ``Long ghep``), by table lookup."""
    return s.translate(_STRIP)
