"""Phrase matching for the audit: exact, word-segmented (any order), and fuzzy.

Text is folded (lower-case, punctuation dropped). A signal phrase matches a unit of plan text
- exactly, when its folded syllables appear in order;
- loosely, when all its content *words* appear within a short window, in any order
  ("biên tập viên, phóng viên" for "phóng viên, biên tập viên"); words come from underthesea's
  word segmentation of the phrase, so "tập huấn" must appear whole, not "huấn" alone;
- fuzzily, when rapidfuzz's partial ratio on diacritic-folded text is ≥ 90 (typos such as
  "fanpge", "Lòng ghép").
"""
from __future__ import annotations

import re
from dataclasses import InitVar, dataclass, field
from functools import lru_cache
from itertools import islice

from ..vi import strip_marks  # noqa: E402,F401 - re-exported for the matcher

_PUNCT = re.compile(r"[^\w\s]|_")
_QUOTE_MARKS = re.compile(r'["“”«»]')
_QUOTED = re.compile(r'["“«]([^"“”«»\n]{1,160})["”»]')  # a title in quotes, as plans name contests and exhibitions
# a coordinated modifier between two of a phrase's words is no distance between them: "kỹ năng thông tin
# đối ngoại và tuyên truyền" is "kỹ năng tuyên truyền" too. At most this many syllables before the conjunction.
CONJUNCT_MAX = 4
_CONJUNCTIONS = frozenset(("và", "hoặc"))
_NOT_WORD_OR_SPACE = re.compile(r"[^\w\s]")
_TOKEN = re.compile(r"[^\W_]+")  # the tokens ``fold`` keeps, with their places in the original text
STOPWORDS = frozenset("và các của về cho với trong tại những được để theo trên đến từ là có một số nhằm".split())


def spaced(s: str) -> str:
    """``_PUNCT.sub(" ", s)``: underscores spaced first (the one word character _PUNCT takes), then one
    character class, which the engine skips to in C where the alternation is tried at every
    character (a whole plan: ~25% less time). A space is neither matched nor produced differently,
    so the two passes give what the one gives (tests/test_fast_paths.py)."""
    return _NOT_WORD_OR_SPACE.sub(" ", s.replace("_", " "))


def fold(s: str) -> str:
    s = spaced(s.lower())
    return " ".join(s.split())


@lru_cache(maxsize=4096)
def fold_phrase(phrase: str) -> str:
    """``fold`` of a reference's phrase (topic, fingerprint, signal): folded once, however many plans ask."""
    return fold(phrase)


@lru_cache(maxsize=8)
def folded_text(text: str) -> str:
    """``fold`` of a whole plan, computed once however many references and checks ask for it."""
    low = lowered(text)
    return " ".join(low.split()) if low is not None else fold(text)


@lru_cache(maxsize=8)
def lowered(text: str) -> str | None:
    """``_PUNCT.sub(" ", text.lower())`` of a whole plan, character for character: any slice of it is
    that of the slice, so a clause's syllables are ``lowered(text)[a:b].split()``. None when lower()
    does not map each character on its own (a letter lowered to two, a Greek capital sigma)."""
    low = text.lower()
    if len(low) != len(text) or "\u03a3" in text:
        return None
    return spaced(low)


@lru_cache(maxsize=1)
def _shipped_segmentation() -> dict:
    """underthesea's segmentation of the shipped references' phrases (tools/build_segmentation.py)."""
    import json
    from importlib import resources
    try:
        text = resources.files("planparse.data.references").joinpath("segmented.json").read_text(encoding="utf-8")
        return json.loads(text)
    except (OSError, ValueError):
        return {}


@lru_cache(maxsize=4096)
def segment_words(phrase: str) -> tuple[tuple[str, ...], ...]:
    """Content words of a phrase, each a tuple of folded syllables. Shipped phrases come segmented
    with the package; others (user references, plans as references) go through underthesea."""
    hit = _shipped_segmentation().get(phrase)
    if hit is not None:
        return tuple(tuple(w) for w in hit)
    return _segment_with_underthesea(phrase)


def _segment_with_underthesea(phrase: str) -> tuple[tuple[str, ...], ...]:
    try:
        from underthesea import word_tokenize
        words = word_tokenize(phrase)
    except Exception:  # noqa: BLE001 - segmentation is an aid, not a requirement
        words = phrase.split()
    out = []
    for w in words:
        f = fold(w)
        if f and f not in STOPWORDS:
            out.append(tuple(f.split()))
    return tuple(out)


@dataclass(frozen=True)
class Compiled:
    phrase: str
    folded: str
    words: tuple[tuple[str, ...], ...]
    bare: str
    rare: tuple[str, ...]  # tokens that must appear exactly: names, acronyms, numbers (ASEAN, BIS, 2020)
    # what match() looks for, worked out once per phrase: " w " of each rare token and content word, syllable count
    rare_needles: tuple[str, ...] = field(init=False, repr=False, compare=False)
    word_needles: tuple[str, ...] = field(init=False, repr=False, compare=False)
    size: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rare_needles", tuple(f" {r} " for r in self.rare))
        object.__setattr__(self, "word_needles", tuple(" " + " ".join(w) + " " for w in self.words))
        object.__setattr__(self, "size", len(self.folded.split()))


@lru_cache(maxsize=4096)
def compile_phrase(phrase: str) -> Compiled:
    f = fold(phrase)
    rare = tuple(fold(t) for t in re.findall(r"\b(?:[A-ZĐ]{2,}\w*|\d+)\b", phrase))
    return Compiled(phrase, f, segment_words(phrase), strip_marks(f), rare)


class _BareSyllables(dict):
    """syllable → ``strip_marks(syllable)``, filled as syllables are met (a language has few)."""

    def __missing__(self, syl: str) -> str:
        if len(self) > 200_000:  # a stream of odd tokens (numbers, codes): stay bounded
            self.clear()
        bare = self[syl] = strip_marks(syl)
        return bare


_BARE = _BareSyllables()


# Per-clause memory (token spans here; signal candidates and scores in coverage, retrieval rows in
# retrieval): at most this many distinct clauses each. All of it together costs ~4 kB a clause, so a
# worker holds at most ~5 MB of it however long the batch (bench: peak memory at 10,000 plans vs 300).
CACHE_CLAUSES = 1024


def make_room(cache: dict, incoming: int, cap: int | None = None) -> None:
    """Make room in a per-clause cache for ``incoming`` new entries: past ``cap``, the oldest entries
    go (a quarter of the cache at least, so this runs seldom); a clause that recurs is simply
    worked out again and comes back."""
    cap = CACHE_CLAUSES if cap is None else cap
    over = len(cache) + incoming - cap
    if over > 0:
        for key in list(islice(cache, min(len(cache), max(over, cap // 4)))):
            del cache[key]


@lru_cache(maxsize=CACHE_CLAUSES)
def token_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of ``_TOKEN`` in ``text``: a function of the text alone, so worked out once per
    distinct clause (plans of one kind repeat many clauses word for word) and shared, read-only."""
    return tuple(map(re.Match.span, _TOKEN.finditer(text)))


@dataclass
class Unit:
    """A clause of plan text that can carry evidence."""
    text: str
    span: tuple[int, int]
    section: str | None
    top_kind: str | None
    role: str  # heading | bullet | paragraph
    actor_len: int = 0  # characters of the opening actor ("Sở X tổ chức …")
    line: int = -1  # where the unit's line starts: clauses of one line share it
    folded_from: InitVar[str | None] = None  # ``_PUNCT.sub(" ", text.lower())`` when the caller has it
    # spans (inside ``text``) of the agencies' names the parser read in the clause (``coverage.mark_names``):
    # a signal found inside one is a word of a name, not an activity
    names: tuple[tuple[int, int], ...] = ()
    cells: tuple[tuple[int, int], ...] = ()  # those of them read from a task table's lead and support cells

    def __post_init__(self, folded_from: str | None = None) -> None:
        # the folded tokens (read, never changed)
        self.syllables = (folded_from if folded_from is not None else spaced(self.text.lower())).split()
        self.folded = " ".join(self.syllables)  # fold(text)
        self.padded = f" {self.folded} "
        self._bare = None
        self._tokens = None
        self._quoted = None

    @property
    def tokens(self) -> tuple[tuple[int, int], ...]:
        """Character spans (inside ``text``) of the folded tokens, in order."""
        if self._tokens is None:
            toks = token_spans(self.text)
            if len(toks) != len(self.syllables):  # lower() changed a token: fall back to splitting
                toks = tuple(map(re.Match.span, re.finditer(r"\S+", _PUNCT.sub(" ", self.text))))
            self._tokens = toks
        return self._tokens

    @property
    def quoted(self) -> frozenset[int]:
        """Indices of the tokens inside a quoted title ("Cuộc thi "Học sinh Điện Biên tìm hiểu về ASEAN"")."""
        if self._quoted is None:
            regions = [m.span(1) for m in _QUOTED.finditer(self.text)] if _QUOTE_MARKS.search(self.text) else []
            self._quoted = frozenset(n for n, (x, y) in enumerate(self.tokens)
                                     if any(a <= x and y <= b for a, b in regions))
        return self._quoted

    def token_at(self, padded_pos: int) -> int:
        """Index of the token starting at (or containing) ``padded_pos`` of ``padded``."""
        return self.padded.count(" ", 0, padded_pos + 1) - 1

    def span_of(self, first: int, count: int) -> tuple[int, int]:
        """Character span of ``count`` tokens (at least one) from token ``first``, both clamped to the unit."""
        toks = self.tokens
        if not toks:
            return (0, len(self.text))
        top = len(toks) - 1
        if first < 0:
            first = 0
        elif first > top:
            first = top
        last = first + count - 1 if count > 1 else first
        if last > top:
            last = top
        return (toks[first][0], toks[last][1])

    @property
    def bare(self) -> str:
        """``strip_marks(folded)``, syllable by syllable (``strip_marks`` maps letter to letter)."""
        if self._bare is None:
            self._bare = " ".join([_BARE[s] for s in self.syllables])
        return self._bare


def _transparent(u: Unit, positions: list[tuple[int, int]]) -> int:
    """Syllables between a loose match's words that do not part them: a quoted title's words (a contest
    "Học sinh Điện Biên tìm hiểu về ASEAN" is a contest on ASEAN: the title says what it is about, in its
    own words) and a coordinated modifier ending in "và"/"hoặc" just before the next word."""
    quoted = u.quoted
    syl = u.syllables
    out = 0
    spans = sorted(positions)
    for (p, n), (q, _) in zip(spans, spans[1:]):
        gap = range(p + n, q)
        if not gap:
            continue
        if all(k in quoted for k in gap):
            out += len(gap)
        elif syl[q - 1] in _CONJUNCTIONS and len(gap) - 1 <= CONJUNCT_MAX:
            out += len(gap)
    return out


def match(c: Compiled, u: Unit, exact: bool = True, loose: bool = True,
          fuzzy: bool = True) -> tuple[float, int, tuple[tuple[int, int], ...], str] | None:
    """(strength, character position in the unit, matched character spans, judge) of the best match of ``c`` in ``u``."""
    if not c.folded:
        return None
    padded = u.padded
    if exact:
        i = padded.find(f" {c.folded} ")
        if i >= 0:
            sp = u.span_of(u.token_at(i + 1), c.size)
            return 1.0, sp[0], (sp,), "signal"
    for r in c.rare_needles:
        if r not in padded:
            return None
    if loose and len(c.words) >= 2:
        # every content word, in any order, within a window a little wider than the phrase
        positions = []
        for w, needle in zip(c.words, c.word_needles):
            j = padded.find(needle)
            if j < 0:
                break
            positions.append((padded.count(" ", 0, j), len(w)))
        else:
            first = min(p for p, _ in positions)
            last = max(p + n for p, n in positions)
            if last - first <= c.size + 3 or last - first - _transparent(u, positions) <= c.size + 3:
                spans = tuple(sorted(u.span_of(p, n) for p, n in positions))
                return 0.9, u.span_of(first, 1)[0], spans, "signal"
    if fuzzy and len(c.folded) >= 12:
        from rapidfuzz import fuzz
        al = fuzz.partial_ratio_alignment(c.bare, u.bare, score_cutoff=92)
        if al is not None:
            # bare text has the folded text's length: character positions map to tokens
            a = u.folded.count(" ", 0, al.dest_start)
            b = u.folded.count(" ", 0, max(al.dest_start, al.dest_end - 1))
            sp = u.span_of(a, b - a + 1)
            return 0.85, sp[0], (sp,), "fuzzy"
    return None
