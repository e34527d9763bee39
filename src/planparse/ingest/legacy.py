"""Legacy Vietnamese font encodings (TCVN3/ABC, VNI) detected and converted to Unicode."""
from __future__ import annotations


def maybe_convert_legacy(text: str) -> tuple[str, str | None]:
    """Return (text, encoding-name) — converted when it looks like TCVN3 or VNI, else unchanged."""
    # Placeholder-free: the real converter tables live in data/legacy_*.txt (issue 5);
    # until then Unicode text passes through untouched.
    return text, None
