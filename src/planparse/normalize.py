"""Normalise: decoded source text → clean NFC Vietnamese text plus a map back to the source.

What it does, in order, keeping for every output character the source offset it came from:
1. NFC, after removing the stray whitespace PDF engines put before combining marks;
2. old-style tone placement made new-style (``hoá``→``hóa``, ``thuỷ``→``thủy``), length-preserving;
3. per line: Markdown decoration (``#``, ``**``, ``__``), footnote marks (``⁽⁶⁾``), the Word bullet
   U+F0B7 and other bullets, dash variants and runs of spaces unified;
4. web-page noise lines dropped (view counters, reader-comment boilerplate, a repeated title);
5. lines that a page break or a wrap split mid-sentence re-joined; blank lines collapsed.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from .lexicon import load_lines

# a run of spaces is tried once, from its first character (the lookbehind), and never backtracked
# (possessive): 100k spaces before a letter cost 100k steps, not 100k².
_COMBINING = re.compile(r"(?<![ \t\u00a0])[ \t\u00a0]++(?=[\u0300-\u036f])")

# Old → new tone placement on open syllables (no final consonant follows). "qu" + y keeps its
# tone on y (quý), so a preceding q/Q blocks the uy-rule.
_TONE_OA = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
            "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe"}
_TONE_UY = {"uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
_TONE = {}
for _d in (_TONE_OA, _TONE_UY):
    for k, v in _d.items():
        _TONE[k] = v
        _TONE[k[0].upper() + k[1]] = v[0].upper() + v[1]
        _TONE[k.upper()] = v.upper()
# character classes, not a 45-way alternation: this runs over every document
# (the "not after q" test is done in ``_tone``: a lookbehind first in the pattern is tried at every
# character of the document and costs more than the rest of the search). The pattern opens with
# one class, so the engine skips to each o/u in C; it also takes pairs such as "uà" that ``_TONE``
# leaves as they are (their second letter is no o/u, so they never hide a pair that counts).
_TONE_RE = re.compile(r"[oOuU][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?![^\W\d_])")


def _tone(text: str) -> str:
    """New-style tone placement; a pair after q/Q (quý) and mixed case ("oÈ") are left alone."""
    def rep(m: re.Match) -> str:
        i = m.start()
        if i and text[i - 1] in "qQ":
            return m.group(0)
        return _TONE.get(m.group(0), m.group(0))
    return _TONE_RE.sub(rep, text)

# What str.splitlines() treats as a line break besides \n and \r: vertical tab (Word's manual line
# break in some exports), form feed (a page break), the file/group/record separators, NEL, LS and PS.
_LINE_SEP_CHARS = "\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_CR_NUL = re.compile("\r\n?|\x00+")
_TO_NEWLINE = str.maketrans({c: "\n" for c in _LINE_SEP_CHARS})
_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_SPACE_CHARS = ("\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b"
                "\u202f\u205f\u3000\t\ufeff\u00ad")
_DASH_RE = re.compile("[" + _DASH_CHARS + "]")
_SPACE_RE = re.compile("[" + _SPACE_CHARS + "]")
_BULLET_CHARS = "\uf0b7\uf0a7\uf0d8\uf076\u2022\u25cf\u25aa\u25a0\u25e6\u2023\u2043\u00b7\u25cb\u2219\u27a2\u2713"
_BULLET_RE = re.compile(r"^[" + _BULLET_CHARS + r"]\s*")
# a run of superscript digits is tried from its first character only and never given back, so a
# 100k-long run not followed by a space costs one pass, not 100k²/2 steps
_FOOTNOTE_RE = re.compile(r"[\u207d][\u2070\u00b9\u00b2\u00b3\u2074-\u2079a-z]*+[\u207e]|\^\([0-9a-z]{1,3}\)|"
                          r"(?<![\u00b9\u00b2\u00b3\u2070\u2074-\u2079])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]++(?=[\s;,.)]|$)")
_MD_HEAD = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_RULE = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,}|={3,})\s*$")
# a table of contents: its heading, and its entries — a title, dot (or dash) leaders, a page number
# ("III. NHIỆM VỤ VÀ GIẢI PHÁP.............2"); the headings are the body's, read where they stand
# a table of contents' line: its title alone, or an entry — words, a leader, a page number at the line's end.
# The entry is found by its tail (a leader is rare) and then asked for a word before it on its line: one
# pattern with the line's words in front ran a backtracking scan from every line start (5 ms a plan).
_TOC_TITLE = re.compile(r"^[ \t]*(?:MỤC LỤC|Mục lục)[ \t]*$", re.M)
_TOC_TAIL = re.compile(r"(?:\.{4,}|…{2,}|(?:\. ){4,}|_{4,}|-{6,})[ \t]*\d{1,3}[ \t]*$", re.M)
_TOC_HINTS = ("....", "…", "MỤC LỤC", "Mục lục", "____", "------", ". . . .")  # what every form needs
_WORD = re.compile(r"\w")


def _may_hold_toc(s: str) -> bool:
    return any(h in s for h in _TOC_HINTS)


def _toc_lines(text: str):
    """The starts of the lines of ``text`` that are a table of contents' title or entries."""
    if not _may_hold_toc(text):
        return
    for m in _TOC_TITLE.finditer(text):
        yield m.start()
    for m in _TOC_TAIL.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if _WORD.search(text, start, m.start()):
            yield start


def _is_toc_line(line: str) -> bool:
    return next(_toc_lines(line), None) is not None
_MD_EMPH = re.compile(r"\*{1,3}|(?<!\w)__|__(?!\w)")
_SPACE_RUN = re.compile(r" {2,}")

_TERMINAL = tuple(".;:!?…\"”)»")
_CLOSED = _TERMINAL + ("./",)  # a non-empty line is not _ends_open exactly when it ends with one of these


@dataclass
class TextMap:
    """``text`` plus, for each of its characters, the offset in the decoded source it came from."""

    text: str
    src: array = field(repr=False)  # len(text) + 1 entries
    page_starts: list[int] = field(default_factory=list)  # source offsets where pages begin
    boxes: list = field(default_factory=list, repr=False)  # PDF: (src start, src end, page, x0, top, x1, bottom)
    opened: str | None = field(default=None, repr=False)  # the PDF's real path, for show() (see Document.opened)

    def to_source(self, span: tuple[int, int]) -> tuple[int, int]:
        s, e = span
        if e <= s:
            return (self.src[s], self.src[s])
        return (self.src[s], self.src[e - 1] + 1)

    def page_of(self, offset: int) -> int | None:
        if not self.page_starts:
            return None
        offset = max(0, min(offset, len(self.text)))
        return bisect_right(self.page_starts, self.src[offset])


_IDENTITY = array("i")  # 0, 1, 2, …: the source offsets of text that kept its characters in place
_IDENTITY_MAX = 1 << 21


def _offsets(run: range) -> array:
    """``array("i", run)`` for a run of consecutive offsets, copied from a shared identity array
    (memcpy) instead of converted one Python int at a time."""
    global _IDENTITY
    a, b = run.start, run.stop
    if b > len(_IDENTITY):
        if b > _IDENTITY_MAX:
            return array("i", run)
        grown = array("i", _IDENTITY)  # grow a copy and swap it in: a reader never sees a half-grown array
        grown.extend(range(len(grown), max(b, 2 * len(grown), 1 << 14)))
        _IDENTITY = grown
    return _IDENTITY[a:b]


# Every character one of _char_pass's optional steps acts on: CR and NUL, the line breaks of
# _LINE_SEP_CHARS, combining marks, and the dashes and spaces _DASH_RE and _SPACE_RE replace. One
# scan finds which of them the text holds (most texts hold none but a few spaces or dashes)
# instead of one scan for each step.
_RARE = re.compile("[\r\x00" + _LINE_SEP_CHARS + "\u0300-\u036f" + _DASH_CHARS + _SPACE_CHARS + "]")


def _drop_cr_nul(source: str) -> tuple[str, list[int]]:
    """CRLF and CR become \n, NUL characters are dropped; the map points back through both."""
    pieces: list[str] = []
    idx: list[int] = []
    last = 0
    for m in _CR_NUL.finditer(source):
        pieces.append(source[last:m.start()])
        idx.extend(range(last, m.start()))
        if m.group(0)[0] == "\r":
            pieces.append("\n")
            idx.append(m.start())
        last = m.end()
    pieces.append(source[last:])
    idx.extend(range(last, len(source)))
    return "".join(pieces), idx


def _repair_combining(text: str, idx: Sequence[int]) -> tuple[str, list[int]]:
    """Drop white space directly before a combining mark, then NFC cluster by cluster so each output
    character maps to its cluster's start."""
    cleaned, cidx = [], []
    last = 0
    for m in _COMBINING.finditer(text):
        cleaned.append(text[last:m.start()])
        cidx.extend(idx[last:m.start()])
        last = m.end()
    cleaned.append(text[last:])
    cidx.extend(idx[last:])
    text, idx = "".join(cleaned), cidx
    text2: list[str] = []
    idx2: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        cluster = unicodedata.normalize("NFC", text[i:j])
        text2.append(cluster)
        idx2.extend([idx[i]] * len(cluster))
        i = j
    return "".join(text2), idx2


def _nfc_by_char(text: str, idx: Sequence[int]) -> tuple[str, list[int]]:
    """NFC character by character (no combining marks here), keeping the map."""
    text2: list[str] = []
    idx2: list[int] = []
    for i, ch in enumerate(text):
        c = unicodedata.normalize("NFC", ch)
        text2.append(c)
        idx2.extend([idx[i]] * len(c))
    return "".join(text2), idx2


# The role words with a mark lost or misread, as OCR and a fax leave them (``chủ tri``, ``phối hop``,
# ``phôi hợp``): no other words have these shapes, and the roles are read by their exact spelling. A
# text without any marks (``chu tri``, typed on a keyboard without Vietnamese) is left as it is written.
# Length-preserving (one letter for one), so the offsets stand. The pattern opens with a literal ``h``
# and the right spellings never match it (~0.2 ms on a 17 KB plan); the letter before ``h`` is checked after.
_ROLE_SLIP = re.compile(r"h(?:[uúù] tr[iìí]|ủ tr[ií]|[ôồoó]i h[ơợoọ]p|ối h[ơoọ]p)(?!\w)")


def _role_word(m: re.Match) -> str:
    k, text, got = m.start(), m.string, m.group(0)
    chu = "tr" in got
    if not k or text[k - 1] not in ("cC" if chu else "pP") or (k >= 2 and text[k - 2].isalnum()):
        return got  # another word, or inside one
    if got in ("hu tri", "hoi hop"):  # no marks at all: a text typed so
        return got
    return "hủ trì" if chu else "hối hợp"


def _char_pass(source: str) -> tuple[str, Sequence[int]]:
    """NFC + combining-mark repair + tone placement + dash/space unification, with a char map
    (a ``range`` when every character kept its offset)."""
    # Each step below runs only if its characters are in ``rare``, the set found in the source.
    # The steps before a test never add its characters (CR/NUL removal and the length-preserving
    # line break translation add no line break or combining mark; NFC and tone placement, which
    # come before the dash and space step, add no dash or space: U+2000/U+2001 become U+2002/U+2003,
    # spaces too), so a test on the source answers as one on the text would; a step run on a text
    # that lost its characters on the way (a space before a combining mark) finds nothing to change.
    rare = set(_RARE.findall(source))
    if "\r" in rare or "\x00" in rare:
        text, idx = _drop_cr_nul(source)
    else:
        text, idx = source, range(len(source))
    if not rare.isdisjoint(_LINE_SEP_CHARS):  # every Unicode line break is a line break (length-preserving)
        text = text.translate(_TO_NEWLINE)
    if any("\u0300" <= c <= "\u036f" for c in rare):
        text, idx = _repair_combining(text, idx)
    elif not unicodedata.is_normalized("NFC", text):
        text, idx = _nfc_by_char(text, idx)
    text = _tone(text)
    text = _ROLE_SLIP.sub(_role_word, text)
    # str.translate is slow on long text: only when there is work to do
    if not rare.isdisjoint(_DASH_CHARS):
        text = _DASH_RE.sub("-", text)
    if not rare.isdisjoint(_SPACE_CHARS):
        text = _SPACE_RE.sub(" ", text)
    return text, idx


_NEEDS_CLEAN = re.compile(r"[#*_\u207d^\u00b9\u00b2\u00b3\u2070-\u2079]| {2}|^ | $|^-(?! )|^[" + _BULLET_CHARS + r"]")
# pictographs a message or a portal sprinkles in (📌 KẾ HOẠCH, 👉 Chủ trì: …, ⏰ Thời gian: …, ✔ Sở X: …): no
# words of the plan; dropped with the emoji variation selector after them (the ➢ and ✓ bullets are bullets)
_PICTO = "\U0001F000-\U0001FAFF\u2600-\u2712\u2714-\u27a1\u27a3-\u27bf\u23e9-\u23fa\u2b00-\u2bff"
_DROP_RE = re.compile(_MD_EMPH.pattern + "|" + _FOOTNOTE_RE.pattern + "|[" + _PICTO + "]\ufe0f?")


_NEEDS_CLEAN_CHARS = re.compile(r"[#*_\u207d^\u00b9\u00b2\u00b3\u2070-\u2079" + _PICTO + "]")


def _needs_clean(line: str) -> bool:
    """``_NEEDS_CLEAN.search(line)``, with the anchored and space cases as plain string tests:
    the six-way alternation was tried at every character of every line."""
    if not line:
        return False
    first = line[0]
    return (first == " " or line[-1] == " " or (first == "-" and line[1:2] != " ") or first in _BULLET_CHARS
            or "  " in line or _NEEDS_CLEAN_CHARS.search(line) is not None)


def _clean_line(line: str) -> tuple[str, list[int] | range]:
    """Strip decoration from one line; returns (clean, positions-in-line)."""
    if not _needs_clean(line):
        return line, range(len(line))  # most lines: nothing to strip
    # kept pieces of the line, as (start, end) — decoration removed
    drops = []
    m = _MD_HEAD.match(line)
    if m:
        drops.append((0, m.end()))
    drops.extend((d.start(), d.end()) for d in _DROP_RE.finditer(line) if d.end() > d.start())
    drops.sort()
    chars: list[str] = []
    pos: list[int] = []
    cur = 0
    for a, b in drops + [(len(line), len(line))]:
        if a > cur:
            chars.append(line[cur:a])
            pos.extend(range(cur, a))
        cur = max(cur, b)
    s = "".join(chars)
    # collapse runs of spaces and trim, keeping positions aligned
    if "  " in s or s[:1] == " " or s[-1:] == " ":
        out, opos = [], []
        for m in re.finditer(r"\S+", s):
            if out:
                out.append(" ")
                opos.append(pos[m.start() - 1])
            out.append(m.group(0))
            opos.extend(pos[m.start():m.end()])
        s, pos = "".join(out), opos
    m = _BULLET_RE.match(s)
    if m:
        s, pos = "- " + s[m.end():], [pos[0], pos[0]] + pos[m.end():]
    elif s.startswith("-") and len(s) > 1 and s[1] != " " and not s[1].isdigit():
        s, pos = "- " + s[1:], [pos[0], pos[0]] + pos[1:]
    return s, pos


# ``I-`` / ``1-``: the Party's labels (Hướng dẫn 36-HD/VPTW)
_STRUCTURAL = re.compile(
    r"^(?:[-+]\s|(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s|(?:[IVXLC]+|\d{1,2})[-–]\s|Nơi nhận|TM\.|KT\.|K/T|T/M|Q\.|TL\.|TUQ\.|"
    r"Số\s*:|Phụ lục|PHỤ LỤC)"
)


def _ends_open(line: str) -> bool:
    return bool(line) and not line.endswith(_TERMINAL) and not line.endswith("./")


# A bracket or a quote closes a phrase, not always the sentence: ``… các tỉnh Takeo, Kandal (Campuchia)⏎
# nhân năm …`` goes on in lower case (a new sentence, item or heading opens with a capital or a mark)
_SOFT_CLOSE = (")", '"', "”", "»")


def _soft_closed(prev: str, nxt: str) -> bool:
    return prev.endswith(_SOFT_CLOSE) and nxt[:1].islower()


def _caps_counts(line: str) -> tuple[int, int]:
    """(letters, upper-case letters) of ``line``."""
    letters = "".join(filter(str.isalpha, line))  # C-speed: no per-character Python frame
    return len(letters), sum(map(str.isupper, letters))


def _is_caps(line: str, counts=None) -> bool:
    """``counts``: ``_caps_counts(line)``, or a callable giving it (counted only when asked)."""
    if callable(counts):
        counts = counts()
    n, up = counts if counts is not None else _caps_counts(line)
    return bool(n) and up / n > 0.8


_CONTINUATION_WORDS = None


def _continuation_words() -> frozenset[str]:
    global _CONTINUATION_WORDS
    if _CONTINUATION_WORDS is None:
        _CONTINUATION_WORDS = frozenset(load_lines("continuation_words.txt"))
    return _CONTINUATION_WORDS


# words that call for a number after them (``số 85/TTr``, ``ngày 12/8``, ``tháng 8``, ``năm 2019``)
_NUMBER_WORDS = frozenset(("số", "ngày", "tháng", "năm"))


# what opens a paragraph of the preamble or the body, capitalised, never inside a sentence
_OPENER = re.compile(r"(?:Căn cứ|Thực hiện|Trên cơ sở|Xét đề nghị|Theo đề nghị|Nhằm|Để|Trên đây)\b")


def _line_width(kept) -> int:
    """The width a text was hard-wrapped at (a fax's or an e-mail's lines, text copied from a PDF viewer),
    or 0: the 90th percentile of its line lengths, when a good share of its lines stop within a word of
    it and it is a page's width (a Word document or a web page writes a paragraph as one long line)."""
    sizes = sorted(len(c) for c, _, _ in kept if c)
    if len(sizes) < 12:
        return 0
    w = sizes[int(0.9 * (len(sizes) - 1))]
    if not 50 <= w <= 130:
        return 0
    near = sum(1 for n in sizes if w - 12 <= n <= w + 2)
    return w if near >= max(8, len(sizes) // 4) else 0


# a task field's label with nothing after it (a card's left cell on a line of its own)
_LABEL_ALONE = re.compile(r"(?:(?:Đơn vị|Cơ quan)\s+)?(?:[Cc]hủ trì|[Pp]hối hợp|[Tt]hực hiện)|Thời gian(?:\s+(?:thực hiện|hoàn thành))?"
                          r"|Tiến độ(?:\s+thực hiện)?")


def _should_join(prev: str, nxt: str, blank_between: bool, prev_counts=None, nxt_counts=None,
                 wrapped: bool = False) -> bool:
    """Does ``nxt`` continue the sentence that ``prev`` left open? (``*_counts``: their letter counts,
    or callables giving them, kept by the caller for a line that grows by joining, so a long joined
    line is never rescanned; most lines never get that far and are never counted.)"""
    if not nxt or not (_ends_open(prev) or _soft_closed(prev, nxt)) or _STRUCTURAL.match(nxt) \
            or _STRUCTURAL.match(prev) and len(prev) < 40:
        return False
    first = nxt[0]
    written = prev[prev.rfind(" ", max(0, len(prev) - 200)) + 1:]
    last_word = written.lower()
    if first.isdigit():
        # a wrap before the number a word calls for (``Tờ trình số⏎85/TTr-STTTT``, ``ngày⏎12/8/2019``):
        # a line opening with a number is otherwise a numbered item, a date line or a table row
        return last_word in _NUMBER_WORDS or last_word in _continuation_words()
    if _is_caps(prev, prev_counts) or _is_caps(nxt, nxt_counts):
        return False
    if first.islower():
        return len(prev) >= 25 or last_word in _continuation_words()
    # "… hình ảnh Cao Bằng" / "Sở Văn hóa …": a capitalised word ends a name; it continues nothing
    if first.isupper() and len(prev) >= 40 and last_word in _continuation_words() and not written[:1].isupper():
        return True
    # a hard-wrapped text: the next line's first word would not have fitted on this one, so the line
    # was cut at the margin, inside the sentence ("… Hiệp hội Doanh nghiệp tỉnh, Ban Quản lý⏎Khu kinh tế …")
    if first.isupper() and wrapped and not blank_between and not _STRUCTURAL.match(prev) and not _OPENER.match(nxt):
        return True
    return False


def _noise_patterns() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in load_lines("web_noise.txt")), re.I)


def _noise_test():
    """``_NOISE.search``, or ``_NOISE.match`` when every pattern is anchored with ``^`` (the same answer:
    without MULTILINE, ``^`` holds only at 0; search would try each of the line's positions)."""
    rx = _noise_patterns()
    anchored = all(p.startswith("^") and "|" not in _top_level(p)
                   for p in load_lines("web_noise.txt"))
    return rx.match if anchored else rx.search


def _top_level(p: str) -> str:
    """The characters of pattern ``p`` outside any group or class (where a ``|`` would end its ``^``)."""
    out, depth, cls, esc = [], 0, False, False
    for c in p:
        if esc:
            esc = False
        elif c == "\\":
            esc = True
        elif cls:
            cls = c != "]"
        elif c == "[":
            cls = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0:
            out.append(c)
    return "".join(out)


_NOISE = None  # the test of a web-noise line: see _noise_test
_NOISE_TAIL = re.compile(r"^(?:Ý kiến bạn đọc|Ý kiến của bạn|Bình luận|Gửi bình luận|Tin liên quan|Các tin khác|Tin cùng chuyên mục|Bài viết liên quan)\s*:?$", re.I)


def _blank_is_kept() -> bool:
    """A blank line is neither a reader-comment heading, a rule nor web noise (so it is kept as a blank)."""
    return not (_NOISE_TAIL.match("") or _MD_RULE.match("") or _NOISE(""))


# Lines the per-line path of ``normalize`` may change or drop, found by scans of the whole text
# (most lines are plain text, and testing each one in Python cost more than the rest of the loop):
# a line with a character _clean_line strips or two spaces in a row, a line ending in a space,
# and — found by one pattern anchored on the newline before a line, so that the engine skips from
# newline to newline in C — a line opening with a space, a bullet or a dash not followed by a space,
# or matching _MD_RULE, _NOISE_TAIL or the web-noise patterns. In MULTILINE mode such a line's
# match is also a match after its newline (``^`` holds there, ``$`` holds at the line's end as at
# the string's end, ``.`` never crossed a newline); a match that runs on across newlines (``\s*``)
# marks every line it reaches. Web-noise patterns with lookarounds, ``\A``, ``\Z``, ``\b`` or
# ``\B`` (a newline is seen where the line ended) or not anchored with ``^`` turn the gate off.
_LINE_START_GATE: re.Pattern | None | bool = False  # False: not built yet; None: off


def _line_start_gate() -> re.Pattern | None:
    global _LINE_START_GATE
    if _LINE_START_GATE is False:
        pats = load_lines("web_noise.txt")
        ok = (_NOISE == _noise_patterns().match and _blank_is_kept()
              and not any(re.search(r"\(\?<?[=!]|\\[AZbB]", p) for p in pats))
        try:
            _LINE_START_GATE = re.compile(
                r"\n(?:[ " + _BULLET_CHARS + r"]|-(?! )|" + _MD_RULE.pattern + "|(?i:" + _NOISE_TAIL.pattern + ")|(?i:"
                + "|".join(f"(?:{p})" for p in pats) + "))", re.M) if ok else None
        except re.error:
            _LINE_START_GATE = None
    return _LINE_START_GATE


def _special_lines(text: str) -> set[int] | None:
    """Starts of the lines that need ``normalize``'s per-line tests (a superset: the first and the last
    line are always in); None when every line needs them."""
    gate = _line_start_gate()
    if gate is None:
        return None
    special = {0, text.rfind("\n") + 1}
    find = text.find
    for m in gate.finditer(text):
        a, b = m.span()
        while a != -1 and a < b:  # the lines whose start is in (a, b]
            special.add(a + 1)
            a = find("\n", a + 1, b)
    # a character to strip, or two spaces in a row: the line it is in (then on from the next line)
    for rx in (_NEEDS_CLEAN_CHARS, _TWO_SPACES):
        pos = 0
        while (m := rx.search(text, pos)) is not None:
            i = m.start()
            special.add(text.rfind("\n", 0, i) + 1)
            pos = find("\n", i) + 1
            if not pos:
                break
    special.update(_toc_lines(text))  # a table of contents' line: dropped
    i = find(" \n")
    while i != -1:  # a line ending in a space
        special.add(text.rfind("\n", 0, i) + 1)
        i = find(" \n", i + 2)
    return special


_TWO_SPACES = re.compile("  ")


def normalize(source: str, page_starts: list[int] | None = None) -> TextMap:
    """Normalise decoded ``source`` text; see the module docstring."""
    global _NOISE
    if _NOISE is None:
        _NOISE = _noise_test()
    text, idx = _char_pass(source)
    # split into lines, clean each, and keep it with its offsets in the source unless it is a rule or
    # web noise; stop at a reader-comment heading (the lines after it are never cleaned)
    kept: list[tuple[str, Sequence[int] | None, int]] = []
    heads: set[int] = set()  # the kept lines that were Markdown headings (``# …``): a block of one line
    seen_first = None
    last_kept = None
    blank_kept = _blank_is_kept()
    start = 0
    special = _special_lines(text)
    for raw in text.split("\n"):
        end = start + len(raw)
        if special is not None and start not in special:
            # a line the tests below keep as it is (see _special_lines)
            if raw:
                if seen_first is None:
                    seen_first = raw
                elif raw == seen_first == last_kept and len(raw) > 20:
                    start = end + 1
                    continue  # a web page repeats its headline right below it (after the date line)
                last_kept = raw
                kept.append((raw, idx[start:end], end))
            else:
                kept.append(("", None, end))  # a blank line: only its place counts
            start = end + 1
            continue
        if _MD_RULE.match(raw):
            clean, pos = "", []
        else:
            clean, pos = _clean_line(raw)
        if not clean and blank_kept:
            kept.append(("", None, end))  # a blank line: only its place counts
            start = end + 1
            continue
        if _NOISE_TAIL.match(clean):
            break
        if _MD_RULE.match(clean) or _NOISE(clean) or _is_toc_line(clean):
            start = end + 1
            continue
        if clean and seen_first is None:
            seen_first = clean
        elif clean and clean == seen_first == last_kept and len(clean) > 20:
            start = end + 1
            continue  # a web page repeats its headline right below it (after the date line)
        if clean:
            last_kept = clean
        mapped = idx[start:end] if isinstance(pos, range) else [idx[start + p] for p in pos]
        if clean and raw[:4].lstrip(" ")[:1] == "#" and _MD_HEAD.match(raw):
            heads.add(len(kept))
        kept.append((clean, mapped, end))
        start = end + 1
    # join split sentences; collapse blank lines
    out_chars: list[str] = []
    out_map = array("i")
    prev_text = ""
    # letter counts of the line being built, as the lines joined into it; counted only when a join
    # decision needs them (``_is_caps``), each line once
    prev_parts: list[str] = []
    counted: dict[int, tuple[int, int]] = {}

    def count(line: str) -> tuple[int, int]:
        c = counted.get(id(line))
        if c is None:
            c = counted[id(line)] = _caps_counts(line)
        return c

    def prev_counts() -> tuple[int, int]:
        n = up = 0
        for p in prev_parts:
            a, b = count(p)
            n += a
            up += b
        return n, up
    pending_blank = False
    pending_nl_src = 0
    width = _line_width(kept)
    last_len = 0  # the length of the last line as written (not as joined)
    prev_head = False  # the line being built is a Markdown heading
    for k, (clean, pos, end) in enumerate(kept):
        if not clean:
            if prev_text:
                pending_blank = True
            continue
        if prev_text and len(prev_parts) == 1 and _LABEL_ALONE.fullmatch(prev_text) and not _LABEL_ALONE.match(clean) \
                and not pending_blank and not _STRUCTURAL.match(clean):
            # a field's label alone on its line and its value on the next: a card's two cells read row by
            # row from a PDF ("Chủ trì⏎Đài Truyền thanh huyện") — one field line, as the DOCX reader writes it
            out_chars.append(": ")
            out_map.extend([pending_nl_src, pending_nl_src])
            prev_text, prev_parts = prev_text + ": " + clean, [prev_text, clean]
        elif prev_text:
            # a line that ends a sentence is never joined (_should_join's first test, without the call)
            wrapped = bool(width) and last_len + 1 + len(clean.split(" ", 1)[0]) > width
            # an ATX heading is one line (CommonMark): it neither goes on in a paragraph's line nor takes
            # one in (a wrapped heading a converter wrote as two heading lines may still be joined)
            if prev_head == (k in heads) and (not prev_text.endswith(_CLOSED) or _soft_closed(prev_text, clean)) and _should_join(prev_text, clean, pending_blank, prev_counts,
                                                                lambda: count(clean), wrapped):
                out_chars.append(" ")
                out_map.append(pending_nl_src)
                # only the head (for _STRUCTURAL) and the tail (for the last word) of a joined line are read
                prev_text = (prev_text + " " + clean) if len(prev_text) < 400 else (prev_text[:200] + " " + clean[-200:])
                prev_parts.append(clean)
            else:
                sep = "\n\n" if pending_blank else "\n"
                out_chars.append(sep)
                out_map.extend([pending_nl_src] * len(sep))
                prev_text, prev_parts = clean, [clean]
                prev_head = k in heads
        else:
            prev_text, prev_parts = clean, [clean]
            prev_head = k in heads
        out_chars.append(clean)
        last_len = len(clean)
        out_map.extend(_offsets(pos) if isinstance(pos, range) and pos.step == 1 else pos)
        pending_blank = False
        pending_nl_src = idx[end] if end < len(idx) else (idx[-1] + 1 if idx else 0)
    result = "".join(out_chars)
    out_map.append((out_map[-1] + 1) if len(out_map) else 0)
    assert len(out_map) == len(result) + 1
    return TextMap(result, out_map, list(page_starts or []))
