"""The second judge: ranked retrieval between a reference's areas and a plan's units.

The signals judge (``coverage``) finds the phrases an area's author listed. This judge needs no
per-area list: each area becomes a small document — its title, description and signals, plus
the field synonyms (``data/synonyms.yaml``) of any word it uses — and every unit of the plan is
a query against these documents, scored with Okapi BM25 (``bm25s``, the Lucene variant).

Text is word-segmented: the area documents by underthesea's word_tokenize (shipped references
come segmented with the package, ``references/segmented.json``), the plan's clauses by longest
match against underthesea's word list (Viet74K) and the areas' words — as good as the CRF
segmenter for this purpose and ~50× faster (the CRF made an audit 20× slower) — so "tập huấn" is
one word and "huấn" alone matches nothing, and "báo cáo viên" is not "báo". Boilerplate every clause shares
("tổ chức thực hiện", "phối hợp") is dropped.

Why BM25 from ``bm25s``: the document collection is the reference (16 areas), so the inverse
document frequency says how *distinctive* a word is among the areas — "ASEAN" is in every area
and weighs nothing, "phóng sự" is in one and weighs most; BM25 saturates repeated words, so a
long clause is not a match merely for being long. bm25s is MIT-licensed, depends only on numpy,
is maintained, and is imported only when an audit runs (``import planparse`` does not load it).
scikit-learn's TfidfVectorizer would do as well but brings scipy and ~100 MB.

A unit's score for an area is its BM25 score divided by the weight of one word that only this area
uses (``ratio``, in "distinctive words"): 2.0 means the clause carries as much of the area's
vocabulary as two words found in no other area would, however many areas the reference has. ``coverage`` turns ratios into verdicts with thresholds chosen by leave-one-plan-out
(``tools/calibrate_audit.py``).
"""
from __future__ import annotations

import logging
import math
import sys
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import Callable

from .match import STOPWORDS, Unit, fold, make_room, segment_words

MAX_WORD = 4  # syllables in the longest word the segmenter looks for
LINE_LEVEL = True  # also score multi-clause lines whole (see Retriever._lines)
ROOT_CAP = 20_000  # syllables the scan's trie keeps (Retriever._node); a language has fewer, numbers and codes more
GROUP_MIN = 2  # members of a synonym group an area must use before the group joins its document
K1, B = 1.2, 0.5  # BM25 parameters: areas are short documents of unequal length; a milder length penalty


def _prefixes(words) -> tuple[frozenset[str], frozenset[str]]:
    """(two-syllable, three-syllable) beginnings of the words of three and four syllables: a longest
    match looks further than two syllables only where a longer word can begin. Built from the few
    long words only, so it is cheap next to the dictionary itself."""
    two, three = set(), set()
    for w in words:
        k = w.count(" ")
        if k >= 2:
            parts = w.split(" ")
            two.add(" ".join(parts[:2]))
            if k >= 3:
                three.add(" ".join(parts[:3]))
    return frozenset(two), frozenset(three)


def _longest(sy: list[str], words, prefixes: tuple[frozenset[str], frozenset[str]] | None = None
             ) -> list[tuple[str, int, int]]:
    """Longest-match segmentation of folded syllables against a set of multi-syllable words (at most
    MAX_WORD = 4 syllables are tried). ``prefixes`` (``_prefixes(words)``) skips the three- and
    four-syllable look-ups where no such word begins: the same words are found."""
    if prefixes is None:
        prefixes = _prefixes(words)
    pre2, pre3 = prefixes
    three_ok, four_ok = MAX_WORD >= 3, MAX_WORD >= 4
    out: list[tuple[str, int, int]] = []
    append = out.append
    i = 0
    n_sy = len(sy)
    last = n_sy - 1
    while i < last:
        two = sy[i] + " " + sy[i + 1]
        if three_ok and two in pre2 and i + 2 < n_sy:
            three = two + " " + sy[i + 2]
            if four_ok and three in pre3 and i + 3 < n_sy:
                four = three + " " + sy[i + 3]
                if four in words:
                    append((four, i, 4))
                    i += 4
                    continue
            if three in words:
                append((three, i, 3))
                i += 3
                continue
        if two in words:
            append((two, i, 2))
            i += 2
        else:
            append((sy[i], i, 1))
            i += 1
    if i == last:
        append((sy[i], i, 1))
    return out


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    """underthesea's Vietnamese word list (Viet74K), multi-syllable words folded; read from the
    installed package without importing it (no model, no logging handler)."""
    import importlib.util
    from pathlib import Path
    try:
        spec = importlib.util.find_spec("underthesea")
        base = Path(next(iter(spec.submodule_search_locations)))
        text = (base / "corpus" / "data" / "Viet74K.txt").read_text(encoding="utf-8")
    except (AttributeError, TypeError, StopIteration, OSError, ValueError):
        return frozenset()
    out = set()
    for ln in text.lower().splitlines():
        if " " in ln or "-" in ln:  # one-syllable entries add nothing to a longest match
            w = fold(ln) if not ln.replace(" ", "").isalnum() else " ".join(ln.split())
            if w.count(" ") < MAX_WORD:
                out.add(w)
    return frozenset(out)


def _by_first_syllable(words) -> dict[str, list[str]]:
    """first syllable → the words of 2 to MAX_WORD syllables that start with it (what a longest match
    can find)."""
    out: dict[str, list[str]] = {}
    for w in words:
        if " " in w and w.count(" ") < MAX_WORD:
            out.setdefault(w.partition(" ")[0], []).append(w)
    return out


@lru_cache(maxsize=1)
def _dictionary_by_first() -> dict[str, list[str]]:
    return _by_first_syllable(_dictionary())


@lru_cache(maxsize=1)
def _dictionary_prefixes() -> tuple[frozenset[str], frozenset[str]]:
    return _prefixes(_dictionary())


def _union(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]):
    return a[0] | b[0], a[1] | b[1]


@lru_cache(maxsize=1)
def lexicon() -> tuple[tuple[tuple[str, ...], ...], frozenset[str]]:
    """(synonym groups as written, stopwords folded) from ``data/synonyms.yaml``."""
    from ..lexicon import load_yaml
    data = load_yaml("synonyms.yaml") or {}
    groups = tuple(tuple(str(p) for p in g if fold(str(p))) for g in (data.get("groups") or {}).values())
    stop = frozenset(fold(w) for w in data.get("stopwords") or ()) | STOPWORDS
    return groups, stop


def _words(phrase: str) -> list[str]:
    return [" ".join(w) for w in segment_words(phrase)]


@dataclass
class AreaDoc:
    id: str
    words: list[str]  # the document, as segmented words (with repeats)
    title_words: list[str]


_AREA_DOCS: dict[int, tuple[object, AreaDoc]] = {}


def area_document(area) -> AreaDoc:
    """An area as a retrieval document: title, description, signals and their synonyms.
    Built once per area object (the index and every missing area's ``looked_for`` ask for it)."""
    hit = _AREA_DOCS.get(id(area))
    if hit is not None and hit[0] is area:
        return hit[1]
    if len(_AREA_DOCS) > 4096:  # user references loaded one after another: keep the cache bounded
        _AREA_DOCS.clear()
    doc = _area_document(area)
    _AREA_DOCS[id(area)] = (area, doc)
    return doc


def _area_document(area) -> AreaDoc:
    groups, stop = lexicon()
    parts = [area.title, area.description or ""] + [s.phrase for s in area.signals]
    words: list[str] = []
    for p in parts:
        if p:
            words += _words(p)
    folded = " " + " ".join(fold(p) for p in parts if p) + " "
    for g in groups:
        # a group joins an area's document when the area is about it: two of its members, neither
        # part of the other ("báo chí" alone in "định hướng báo chí" does not make an area about the press)
        found = [fold(m) for m in g if f" {fold(m)} " in folded]
        distinct = [m for m in found if not any(m != o and f" {m} " in f" {o} " for o in found)]
        if len(distinct) >= GROUP_MIN:
            for m in g:
                words += _words(m)
    words = [w for w in words if w not in stop]
    title = [w for w in _words(area.title) if w not in stop]
    return AreaDoc(area.id, words, title)


class Retriever:
    """BM25 over the areas of one reference; plan units are the queries.

    Built once per reference (``retriever_for``): the index, the word list the clauses are
    segmented against and each word's score per area live here, not per plan."""

    def __init__(self, ref) -> None:
        import bm25s
        import numpy as np
        logging.getLogger("bm25s").setLevel(logging.WARNING)
        self.docs = [area_document(a) for a in ref.areas]
        self.ids = [d.id for d in self.docs]
        self.vocab = {w for d in self.docs for w in d.words}
        self.multi = {w for w in self.vocab if " " in w}
        for g in lexicon()[0]:
            for m in g:
                self.multi.update(w for w in _words(m) if " " in w)
        self.words = frozenset(self.multi) | _dictionary()  # what the plan's clauses are segmented against
        self._pre_words = _union(_dictionary_prefixes(), _prefixes(self.multi))
        self._pre_multi = _prefixes(self.multi)
        self._parts: dict[str, list[tuple[str, int, int]]] = {}  # a dictionary word the areas do not use → its known parts
        self.docsets = [set(d.words) for d in self.docs]
        self.word_areas: dict[str, tuple[int, ...]] = {}  # word → the areas whose documents use it
        for j, ds in enumerate(self.docsets):
            for w in ds:
                self.word_areas[w] = self.word_areas.get(w, ()) + (j,)
        self.bm25 = bm25s.BM25(method="lucene", k1=K1, b=B)
        self.bm25.index([d.words or [""] for d in self.docs], show_progress=False)
        self.known = set(self.bm25.vocab_dict)
        self._stop = lexicon()[1]
        self._docs_known = all(w in self.known for ds in self.docsets for w in ds)  # what _scan relies on
        # each word's BM25 contribution per area as one dense float32 row: a query's scores are the
        # rows added in query order, which is what bm25s computes (np.add.at over the same float32
        # values, in the same order; adding 0.0 where a word is absent changes nothing) at a
        # fraction of its per-call cost
        self._rows = None
        self._rows_padded = None
        self._clause_cache: dict[str, tuple] = {}  # see _clauses
        self._root: dict[str, tuple] = {}  # see _node
        self._adds_of: dict[str, tuple] = {}  # see _adds
        self._multi_by_first = _by_first_syllable(self.multi)
        self._line_cache: dict[tuple[str, ...], object] = {}  # see _line_rows
        sc = getattr(self.bm25, "scores", None)
        if getattr(self.bm25, "nonoccurrence_array", None) is None and isinstance(sc, dict) and "indptr" in sc:
            dtype = np.dtype(self.bm25.dtype)
            rows = np.zeros((len(self.bm25.vocab_dict), sc["num_docs"]), dtype=dtype)
            ptr, ind, data = sc["indptr"], sc["indices"], sc["data"]
            for tid in range(len(ptr) - 1):
                rows[tid, ind[ptr[tid]:ptr[tid + 1]]] = data[ptr[tid]:ptr[tid + 1]]
            self._rows = rows
            self._dtype = dtype
            self._tid = dict(self.bm25.vocab_dict)  # the same keys as ``known``
        # the weight of one word found in one area only (Lucene idf, N documents, document frequency 1):
        # scores are expressed in such words, so thresholds do not depend on how many areas a reference has
        n = max(2, len(self.docs))
        unit = math.log(1 + (n - 1 + 0.5) / 1.5)
        self.norm = [unit] * len(self.docs)

    def _scores(self, words: list[str]):
        q = [w for w in dict.fromkeys(words) if w in self.known]
        if not q:
            return None
        if self._rows is None:
            return self.bm25.get_scores(q)
        rows, tid = self._rows, self._tid
        s = rows[tid[q[0]]].copy()
        for w in q[1:]:
            s += rows[tid[w]]
        return s

    def segment(self, u: Unit) -> list[tuple[str, int, int]]:
        """(word, first token, token count) of a unit: longest match against underthesea's word list
        (Viet74K) and the areas' own words; a dictionary word the areas do not use ("đài phát thanh"
        when only "đài" and "phát thanh" are theirs) falls back to its known parts."""
        sy = u.syllables
        out = []
        for w, i, n in _longest(sy, self.words, self._pre_words):
            if n > 1 and w not in self.known:
                parts = self._parts.get(w)
                if parts is None:
                    parts = self._parts[w] = _longest(w.split(" "), self.multi, self._pre_multi)
                out += [(sub, i + k, m) for sub, k, m in parts]
            else:
                out.append((w, i, n))
        return out

    def content_words(self, u: Unit) -> list[tuple[str, int, int]]:
        """``segment`` without the stopwords: the words a unit is scored by."""
        stop = lexicon()[1]
        known, parts_of, multi, pre_multi = self.known, self._parts, self.multi, self._pre_multi
        out: list[tuple[str, int, int]] = []
        for w, i, n in _longest(u.syllables, self.words, self._pre_words):
            if n > 1 and w not in known:
                parts = parts_of.get(w)
                if parts is None:
                    parts = parts_of[w] = _longest(w.split(" "), multi, pre_multi)
                out += [(sub, i + k, m) for sub, k, m in parts if sub not in stop]
            elif w not in stop:
                out.append((w, i, n))
        return out

    def _scan(self, sy: list[str]) -> tuple[list[tuple[str, int, int]], list[int]]:
        """(the known words of ``content_words``, their BM25 term ids in first-seen order) of a unit's
        syllables, in one pass: ``_longest`` with each word taken as it is found. Only known words
        score, and every word of an area's document is known: the rest is not kept.

        The longest match walks a trie of ``words`` (``_node``) instead of joining "a b", "a b c",
        "a b c d" at every position and looking each up in the 60,000 words: most positions start
        no word, and there the trie answers with two look-ups in small tables and no new string. A
        word of k syllables is in ``words`` exactly when its syllables (``w.split(" ")``) are a path
        of the trie, since a unit's syllables hold no space, so the same longest words are found
        (``_scan_plain`` is the definition this is tested against, tests/test_fast_paths.py)."""
        root, node_of, adds_of = self._root, self._node, self._adds_of
        out: list[tuple[str, int, int]] = []
        query: dict[int, None] = {}
        i = 0
        n_sy = len(sy)
        while i < n_sy:
            node = root.get(sy[i])
            if node is None:
                node = node_of(sy[i])
            kids = node[1]
            w = None
            n = 1
            j = i + 1
            while kids is not None and j < n_sy:
                kid = kids.get(sy[j])
                if kid is None:
                    break
                j += 1
                if kid.__class__ is str:  # a word no longer word continues
                    w, n = kid, j - i
                    break
                if kid[0] is not None:
                    w, n = kid[0], j - i
                kids = kid[1]
            if w is None:
                t = node[0]
                if t is not None:
                    out.append((sy[i], i, 1))
                    query[t] = None
            else:
                adds = adds_of.get(w)
                if adds is None:
                    adds = self._adds(w, n)
                for sub, k, m, t in adds:
                    out.append((sub, i + k, m))
                    query[t] = None
            i += n
        return out, list(query)

    def _adds(self, w: str, n: int) -> tuple[tuple[str, int, int, int], ...]:
        """What a word of ``n`` syllables found by a scan adds to it, as (word, first syllable, syllables,
        term id) from the word's start: the word when it is known, else its known parts (``_parts_of``),
        stopwords left out, as ``_scan_plain`` takes them. Kept per word (a function of the word and
        the retriever alone; ``forget_clauses`` leaves it, as it leaves ``_parts``)."""
        tid, stop = self._tid, self._stop
        if w in tid:
            adds = ((w, 0, n, tid[w]),) if w not in stop else ()
        else:
            adds = tuple((sub, k, m, tid[sub]) for sub, k, m in self._parts_of(w) if sub in tid and sub not in stop)
        self._adds_of[w] = adds
        return adds

    def _node(self, syl: str) -> tuple:
        """The trie node of syllable ``syl``: (its term id when it scores alone, else None; the words of
        ``words`` that start with it, as next syllable → child, or None when there are none). A child
        is a word (a string) where no longer word continues, else [the word ending there or None,
        next syllable → child].

        Built the first time a scan meets ``syl``, then kept: a function of the retriever's words and
        term ids alone, not of any clause, so ``forget_clauses`` leaves it (as it leaves ``_parts``).
        It holds at most every word of ``words`` once, and tokens that start no word and score
        nothing ("và", numbers, codes: met again and again) as (None, None), at most
        ROOT_CAP syllables in all."""
        t = self._tid.get(syl)
        if t is not None and syl in self._stop:
            t = None
        kids: dict | None = None
        for w in _dictionary_by_first().get(syl, []) + self._multi_by_first.get(syl, []):
            parts = w.split(" ")
            if kids is None:
                kids = {}
            d = kids
            for p in parts[1:-1]:
                kid = d.get(p)
                if kid is None:
                    kid = d[sys.intern(p)] = [None, None]
                elif kid.__class__ is str:
                    kid = d[p] = [kid, None]
                if kid[1] is None:
                    kid[1] = {}
                d = kid[1]
            last = parts[-1]
            kid = d.get(last)
            if kid is None:
                d[sys.intern(last)] = w
            elif kid.__class__ is not str:
                kid[0] = w
        node = (t, kids)
        root = self._root
        if len(root) >= ROOT_CAP:  # a stream of odd tokens (numbers, codes): stay bounded
            root.clear()
        root[syl] = node
        return node

    def _scan_plain(self, sy: list[str]) -> tuple[list[tuple[str, int, int]], list[int]]:
        """``_scan`` as first written: ``_longest``'s joins and look-ups with each word taken as it is
        found. The definition ``_scan`` is tested against."""
        words, (pre2, pre3) = self.words, self._pre_words
        tid, stop, parts_of = self._tid, self._stop, self._parts
        three_ok, four_ok = MAX_WORD >= 3, MAX_WORD >= 4
        out: list[tuple[str, int, int]] = []
        query: dict[int, None] = {}
        i = 0
        n_sy = len(sy)
        last = n_sy - 1
        while i < n_sy:
            w, n = sy[i], 1
            if i < last:
                two = w + " " + sy[i + 1]
                if three_ok and two in pre2 and i + 2 < n_sy:
                    three = two + " " + sy[i + 2]
                    if four_ok and three in pre3 and i + 3 < n_sy:
                        four = three + " " + sy[i + 3]
                        if four in words:
                            w, n = four, 4
                    if n == 1 and three in words:
                        w, n = three, 3
                if n == 1 and two in words:
                    w, n = two, 2
            if n > 1 and w not in tid:
                parts = parts_of.get(w)
                for sub, k, m in (parts if parts is not None else self._parts_of(w)):
                    t = tid.get(sub)
                    if t is not None and sub not in stop:
                        out.append((sub, i + k, m))
                        query[t] = None
            else:
                t = tid.get(w)
                if t is not None and w not in stop:
                    out.append((w, i, n))
                    query[t] = None
            i += n
        return out, list(query)

    def _parts_of(self, w: str) -> list[tuple[str, int, int]]:
        parts = self._parts.get(w)
        if parts is None:
            parts = self._parts[w] = _longest(w.split(" "), self.multi, self._pre_multi)
        return parts

    def score_units(self, units: list[Unit], min_rank: float = 0.0
                    ) -> dict[str, list[tuple[float, int, Callable, float]]]:
        """area id → [(ratio, unit index, matched character spans, rank)] for units that share a word with
        the area; rank is the share of the unit's best area's score (1.0: this area ranks first). Rows
        ranked below ``min_rank`` are left out (the judge reads only rows of rank ``retrieval_rank``
        and above; a line's score still weighs every clause of it).

        All units and lines are scored at once (``_sum_rows``: the same float32 additions in the same
        order as one query at a time, so the same numbers). A row's matched spans come as a function
        (``word_spans`` with its arguments) called only for evidence: most rows are never shown.
        ``score_units_plain`` gives the same rows with the spans worked out."""
        if self._rows is None or not self._docs_known:
            return _at_least(self.score_units_plain(units), min_rank)
        import numpy as np
        out: dict[str, list] = {i: [] for i in self.ids}
        if not units:
            return out
        keys = [u.folded for u in units]
        got = self._clauses(units, keys)
        segs = [got[f][0] for f in keys]
        lines: dict[int, list[int]] = {}
        if LINE_LEVEL:
            for k, u in enumerate(units):
                if u.line >= 0:
                    lines.setdefault(u.line, []).append(k)
        multi = [ks for ks in lines.values() if len(ks) >= 2]
        rows = [got[f][2] for f in keys]
        if multi:
            rows += self._line_rows([tuple(keys[k] for k in ks) for ks in multi], got)
        scores = np.array(rows, dtype=np.float64)  # float32 sums → the same Python floats
        norm = np.asarray(self.norm, dtype=np.float64)
        n = len(units)
        su = scores[:n]
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = su / norm
            rank = su / su.max(axis=1, keepdims=True)
        valid = (su > 0) & (norm != 0)
        keep = valid & (rank >= min_rank) if min_rank > 0 else valid
        docsets, ids = self.docsets, self.ids
        js, ks = np.nonzero(keep.T)  # area by area, each area's units in order
        for j, k, r, q in zip(js.tolist(), ks.tolist(), ratio[ks, js].tolist(), rank[ks, js].tolist()):
            out[ids[j]].append((r, k, partial(word_spans, units[k], segs[k], docsets[j]), q))
        if multi:
            self._lines(units, out, segs, multi, scores[n:], np.where(valid, ratio, -np.inf), min_rank)
        for v in out.values():
            v.sort(key=lambda x: -x[0])
        return out

    def _clauses(self, units: list[Unit], keys: list[str]) -> dict[str, tuple[list, list[int], object]]:
        """folded clause → (``_scan`` of its syllables, its BM25 scores as ``_sum_rows`` gives them), for
        the distinct clauses of ``units`` (``keys``: their ``folded``). Each is a function of the folded
        text alone (a unit's syllables are ``folded.split()``; the retriever's words, term ids and rows
        do not change), so it is kept per retriever and worked out once per distinct clause: plans of
        one kind repeat many clauses word for word. What is kept is read, never changed."""
        cache = self._clause_cache
        got: dict[str, tuple] = {}
        todo: dict[str, Unit] = {}
        for f, u in zip(keys, units):
            if f not in got:
                e = cache.get(f)
                if e is None:
                    if f not in todo:
                        todo[f] = u
                else:
                    got[f] = e
        if todo:
            scanned = [self._scan(u.syllables) for u in todo.values()]
            rows = self._sum_rows([q for _, q in scanned])
            rows.flags.writeable = False  # kept rows are shared between plans
            make_room(cache, len(todo))  # a long stream of distinct clauses: stay bounded
            for f, (seg, q), row in zip(todo, scanned, rows):
                got[f] = cache[f] = (seg, q, row)
        return got

    def _line_rows(self, lines: list[tuple[str, ...]], got: dict) -> list:
        """The BM25 scores of whole lines (each the folded texts of its clauses, in order): the clauses'
        query words, first seen first, summed by ``_sum_rows`` — a function of the clause texts alone,
        so kept per retriever like ``_clauses``."""
        cache = self._line_cache
        out = [cache.get(key) for key in lines]
        todo = list(dict.fromkeys(key for key, row in zip(lines, out) if row is None))
        if todo:
            rows = self._sum_rows([list(dict.fromkeys(t for f in key for t in got[f][1])) for key in todo])
            rows.flags.writeable = False
            make_room(cache, len(todo))
            new = dict(zip(todo, rows))
            cache.update(new)
            out = [row if row is not None else new[key] for key, row in zip(lines, out)]
        return out

    def _sum_rows(self, queries: list[list[int]]):
        """Each query's BM25 scores (float32, one row per query): its words' rows added in query order,
        as ``_scores`` adds them (0.0 plus a row is the row; a shorter query adds a zero row)."""
        import numpy as np
        rows = self._rows
        if self._rows_padded is None:
            self._rows_padded = np.vstack([rows, np.zeros((1, rows.shape[1]), dtype=rows.dtype)])
        padded = self._rows_padded
        zero = rows.shape[0]
        order = sorted(range(len(queries)), key=lambda k: -len(queries[k]))  # longest first: a column's queries are a prefix
        width = len(queries[order[0]])
        q = np.full((len(queries), width), zero, dtype=np.intp)
        for r, k in enumerate(order):
            if queries[k]:
                q[r, :len(queries[k])] = queries[k]
        acc = np.zeros((len(queries), rows.shape[1]), dtype=rows.dtype)
        lens = [len(queries[k]) for k in order]
        live = len(lens)
        for p in range(width):
            while live and lens[live - 1] <= p:
                live -= 1
            acc[:live] += padded[q[:live, p]]
        out = np.empty_like(acc)
        out[order] = acc
        return out

    def _lines(self, units: list[Unit], out: dict, segs: list, lines: list[list[int]], scores, unit_ratio,
               min_rank: float = 0.0) -> None:
        """``_lines_plain`` on the scores of every line at once (``unit_ratio``: each unit's ratio per
        area, -inf where the unit has no row); a line's row ranked below ``min_rank`` still replaces
        its clause's row, and is then left out."""
        import numpy as np
        norm = np.asarray(self.norm, dtype=np.float64)
        ratio = scores / norm
        flat = [k for ks in lines for k in ks]
        starts = np.cumsum([0] + [len(ks) for ks in lines[:-1]])
        per_clause = unit_ratio[flat]
        best_ratio = np.maximum.reduceat(per_clause, starts, axis=0)  # per line and area: its clauses' best
        # per line and area, the first of its clauses with that best ratio (as np.argmax picks; the
        # first clause when none has a row: all are -inf), as a place in ``flat``
        at_best = per_clause == np.repeat(best_ratio, [len(ks) for ks in lines], axis=0)
        first = np.minimum.reduceat(np.where(at_best, np.arange(len(flat))[:, None], len(flat)), starts, axis=0)
        top = scores.max(axis=1).tolist()
        docsets = self.docsets
        lis, js = np.nonzero((scores > 0) & ~(best_ratio >= ratio))
        # per (line, area) pair, as Python values: its best clause, the line's score and ratio
        best_clause = [flat[f] for f in first[lis, js].tolist()]
        line_score = scores[lis, js].tolist()
        line_ratio = ratio[lis, js].tolist()
        for li, j, best, sc, rt in zip(lis.tolist(), js.tolist(), best_clause, line_score, line_ratio):
            ds = docsets[j]
            if not any(w in ds for w, _, _ in segs[best]):
                continue
            aid = self.ids[j]
            rank = sc / top[li]
            rows = [x for x in out[aid] if x[1] != best]
            if rank >= min_rank:
                rows.append((rt, best, partial(word_spans, units[best], segs[best], ds), rank))
            out[aid] = rows

    def score_units_plain(self, units: list[Unit]) -> dict[str, list[tuple[float, int, tuple[tuple[int, int], ...]]]]:
        """``score_units`` as first written, one unit and one line at a time: the definition the fast
        path is tested against, and the path when bm25s keeps its scores in another layout."""
        stop = lexicon()[1]
        out: dict[str, list] = {i: [] for i in self.ids}
        word_areas = self.word_areas
        # each unit segmented once: the line pass below reuses it
        segs = [[(w, i, n) for w, i, n in self.segment(u) if w not in stop] for u in units]
        for k, u in enumerate(units):
            seg = segs[k]
            s = self._scores([w for w, _, _ in seg])
            if s is None:
                continue
            s = s.tolist()  # float32 → the same Python floats, without numpy scalar indexing per area
            top = max(s)
            # each segment's character span, once, under every area whose document uses its word
            by_area: dict[int, list[tuple[int, int]]] = {}
            for w, i, n in seg:
                js = word_areas.get(w)
                if js:
                    sp = u.span_of(i, n)
                    for j in js:
                        by_area.setdefault(j, []).append(sp)
            for j, aid in enumerate(self.ids):
                if s[j] <= 0 or not self.norm[j]:
                    continue
                # (ratio, unit, spans, share of the unit's best area's score: 1.0 = this area ranks first)
                out[aid].append((s[j] / self.norm[j], k, tuple(by_area.get(j, ())), s[j] / top))
        if LINE_LEVEL:
            self._lines_plain(units, out, segs)
        for v in out.values():
            v.sort(key=lambda x: -x[0])
        return out

    def _lines_plain(self, units: list[Unit], out: dict, segs: list) -> None:
        """A line cut into clauses ("… trên Báo X và Đài Y; mở chuyên mục …") is also scored whole; when
        the whole line says more about an area than any of its clauses, its clause that says most
        carries the line's score (the evidence stays a clause)."""
        lines: dict[int, list[int]] = {}
        for k, u in enumerate(units):
            if u.line >= 0:
                lines.setdefault(u.line, []).append(k)
        docsets = self.docsets
        for ks in lines.values():
            if len(ks) < 2:
                continue
            s = self._scores([w for k in ks for w, _, _ in segs[k]])
            if s is None:
                continue
            s = s.tolist()
            top = max(s)
            kset = set(ks)
            for j, aid in enumerate(self.ids):
                if s[j] <= 0:
                    continue
                ratio = s[j] / self.norm[j]
                rows = [r for r in out[aid] if r[1] in kset]
                if rows and max(r[0] for r in rows) >= ratio:
                    continue
                best = max(rows, key=lambda r: r[0])[1] if rows else ks[0]
                spans = tuple(units[best].span_of(i, n) for w, i, n in segs[best] if w in docsets[j])
                if not spans:
                    continue
                out[aid] = [r for r in out[aid] if r[1] != best] + [(ratio, best, spans, s[j] / top)]


def _at_least(rows: dict[str, list], min_rank: float) -> dict[str, list]:
    return {a: [r for r in v if r[3] >= min_rank] for a, v in rows.items()} if min_rank > 0 else rows


def word_spans(unit: Unit, seg: list[tuple[str, int, int]], docset: set[str]) -> tuple[tuple[int, int], ...]:
    """The character spans, inside ``unit``, of its words (``seg``) that an area's document uses, in order."""
    return tuple(unit.span_of(i, n) for w, i, n in seg if w in docset)


_RETRIEVERS: dict[int, Retriever] = {}


def forget_clauses() -> None:
    """Empty every retriever's per-clause and per-line rows (``auditing.forget_clauses``)."""
    for r in _RETRIEVERS.values():
        r._clause_cache.clear()
        r._line_cache.clear()


def retriever_for(ref) -> Retriever:
    """One index per reference object, built on first use."""
    r = _RETRIEVERS.get(id(ref))
    if r is None or r.ref is not ref:
        r = Retriever(ref)
        r.ref = ref
        _RETRIEVERS[id(ref)] = r
    return r


def shipped_phrases() -> list[str]:
    """Every phrase of the shipped references and the lexicon that gets word-segmented
    (signals, area titles and descriptions, synonyms): ``tools/build_segmentation.py`` ships them."""
    from ..lexicon import load_yaml
    from .reference import list_references
    out = set()
    for r in list_references():
        for a in r.areas:
            out.update(s.phrase for s in a.signals)
            out.add(a.title)
            if a.description:
                out.add(a.description)
    data = load_yaml("synonyms.yaml") or {}
    for g in (data.get("groups") or {}).values():
        out.update(g)
    return sorted(p for p in out if p and p.strip())
