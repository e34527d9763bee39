"""The second judge: ranked retrieval between a reference's areas and a plan's units.

The signals judge (``coverage``) finds the phrases an area's author listed. This judge needs no
per-area list: each area becomes a small document — its title, description and signals, plus
the field synonyms (``data/synonyms.yaml``) of any word it uses — and every unit of the plan is
a query against these documents, scored with Okapi BM25 (``bm25s``, the Lucene variant).

Text is word-segmented: the area documents by underthesea (shipped references come segmented
with the package, ``references/segmented.json``), the plan's clauses by longest match against
the words of those documents (a syllable that starts no known word stays a word of its own), so
"tập huấn" is one word and "huấn" alone matches nothing. Boilerplate every clause shares
("tổ chức thực hiện", "phối hợp") is dropped.

Why BM25 from ``bm25s``: the document collection is the reference (16 areas), so the inverse
document frequency says how *distinctive* a word is among the areas — "ASEAN" is in every area
and weighs nothing, "phóng sự" is in one and weighs most; BM25 saturates repeated words, so a
long clause is not a match merely for being long. bm25s is MIT-licensed, depends only on numpy,
is maintained, and is imported only when an audit runs (``import planparse`` does not load it).
scikit-learn's TfidfVectorizer would do as well but brings scipy and ~100 MB.

A unit's score for an area is its BM25 score divided by the score the area's own title gets as a
query (``ratio``): 1.0 means the clause carries as much of the area's distinctive vocabulary as
its title does. ``coverage`` turns ratios into verdicts with thresholds chosen by leave-one-plan-out
(``tools/calibrate_audit.py``).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache

from .match import STOPWORDS, Unit, fold, segment_words

MAX_WORD = 4  # syllables in the longest word the segmenter looks for


@lru_cache(maxsize=1)
def lexicon() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """(synonym groups as folded phrases, stopwords) from ``data/synonyms.yaml``."""
    from importlib import resources

    import yaml
    data = yaml.safe_load(resources.files("planparse.data").joinpath("synonyms.yaml").read_text(encoding="utf-8")) or {}
    groups = tuple(tuple(fold(p) for p in g if fold(p)) for g in (data.get("groups") or {}).values())
    stop = frozenset(fold(w) for w in data.get("stopwords") or ()) | STOPWORDS
    return groups, stop


def _words(phrase: str) -> list[str]:
    return [" ".join(w) for w in segment_words(phrase)]


@dataclass
class AreaDoc:
    id: str
    words: list[str]  # the document, as segmented words (with repeats)
    title_words: list[str]


def area_document(area) -> AreaDoc:
    """An area as a retrieval document: title, description, signals and their synonyms."""
    groups, stop = lexicon()
    parts = [area.title, area.description or ""] + [s.phrase for s in area.signals]
    words: list[str] = []
    for p in parts:
        if p:
            words += _words(p)
    folded = " " + " ".join(fold(p) for p in parts if p) + " "
    for g in groups:
        if any(f" {m} " in folded for m in g):
            for m in g:
                words += _words(m)
    words = [w for w in words if w not in stop]
    title = [w for w in _words(area.title) if w not in stop]
    return AreaDoc(area.id, words, title)


class Retriever:
    """BM25 over the areas of one reference; plan units are the queries."""

    def __init__(self, ref) -> None:
        import bm25s
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        self.docs = [area_document(a) for a in ref.areas]
        self.ids = [d.id for d in self.docs]
        self.vocab = {w for d in self.docs for w in d.words}
        self.multi = {w for w in self.vocab if " " in w}
        for g in lexicon()[0]:
            for m in g:
                self.multi.update(w for w in _words(m) if " " in w)
        self.bm25 = bm25s.BM25(method="lucene")
        self.bm25.index([d.words or [""] for d in self.docs], show_progress=False)
        self.known = set(self.bm25.vocab_dict)
        self.norm = []
        for d in self.docs:
            q = [w for w in dict.fromkeys(d.title_words or d.words) if w in self.known]
            s = self._scores(q)
            self.norm.append(float(s[self.ids.index(d.id)]) if s is not None else 0.0)

    def _scores(self, words: list[str]):
        q = [w for w in dict.fromkeys(words) if w in self.known]
        if not q:
            return None
        return self.bm25.get_scores(q)

    def segment(self, u: Unit) -> list[tuple[str, int, int]]:
        """(word, first token, token count) of a unit, by longest match against the known words."""
        sy = u.folded.split()
        out = []
        i = 0
        while i < len(sy):
            for n in range(min(MAX_WORD, len(sy) - i), 1, -1):
                w = " ".join(sy[i:i + n])
                if w in self.multi:
                    out.append((w, i, n))
                    i += n
                    break
            else:
                out.append((sy[i], i, 1))
                i += 1
        return out

    def score_units(self, units: list[Unit]) -> dict[str, list[tuple[float, int, tuple[tuple[int, int], ...]]]]:
        """area id → [(ratio, unit index, matched character spans)] for units that share a word with the area."""
        stop = lexicon()[1]
        out: dict[str, list] = {i: [] for i in self.ids}
        docsets = [set(d.words) for d in self.docs]
        for k, u in enumerate(units):
            seg = [(w, i, n) for w, i, n in self.segment(u) if w not in stop]
            s = self._scores([w for w, _, _ in seg])
            if s is None:
                continue
            for j, aid in enumerate(self.ids):
                if s[j] <= 0 or not self.norm[j]:
                    continue
                spans = tuple(u.span_of(i, n) for w, i, n in seg if w in docsets[j])
                out[aid].append((float(s[j]) / self.norm[j], k, spans))
        for v in out.values():
            v.sort(key=lambda x: -x[0])
        return out


_RETRIEVERS: dict[int, Retriever] = {}


def retriever_for(ref) -> Retriever:
    """One index per reference object, built on first use."""
    r = _RETRIEVERS.get(id(ref))
    if r is None or r.ref is not ref:
        r = Retriever(ref)
        r.ref = ref
        _RETRIEVERS[id(ref)] = r
    return r
