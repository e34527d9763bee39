"""Regenerate src/planparse/data/verb_compounds.txt from underthesea's Vietnamese dictionary (Viet74K).

    .venv/bin/python tools/build_compounds.py

A name writes a word's first syllable capitalised and its second lower-case (``Phòng Đào tạo``), so a
lower-case syllable after a capitalised one may finish a word rather than open a verb (``tạo``). The
agency grammar asks this only of the syllables a verb of ``verbs.txt`` opens with; we keep the
dictionary's two-syllable words whose second syllable is one of those (a few thousand of its 74,000
entries), so parsing never reads the whole dictionary. Rerun when verbs.txt changes.
"""
from pathlib import Path

import underthesea

root = Path(__file__).resolve().parents[1] / "src" / "planparse" / "data"
verbs = [ln.strip() for ln in (root / "verbs.txt").read_text(encoding="utf-8").splitlines()
         if ln.strip() and not ln.startswith("#")]
openers = {v.split()[0].lower() for v in verbs}
words = (Path(underthesea.__file__).parent / "corpus" / "data" / "Viet74K.txt").read_text(encoding="utf-8")
pairs = sorted({w for w in (ln.strip().lower() for ln in words.splitlines())
                if w.count(" ") == 1 and w.split()[1] in openers})
out = root / "verb_compounds.txt"
out.write_text("# Two-syllable words whose second syllable opens a verb of verbs.txt (from underthesea's Viet74K;\n"
               "# tools/build_compounds.py): after a capitalised first syllable the pair is a word of a name.\n"
               + "\n".join(pairs) + "\n", encoding="utf-8")
print(len(pairs), "words ->", out)
