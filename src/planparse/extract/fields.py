"""Field lines of a task: ``Đơn vị chủ trì: …``, ``Đơn vị phối hợp: …``, ``Đơn vị thực hiện: …``,
``Thời gian thực hiện: …`` — one to a line, several on one line apart by ``;``, or in a role note in
brackets after the task (``… (Chủ trì: Sở X; phối hợp: Sở Y; thời gian: Quý II/2021).``)."""
from __future__ import annotations

import re

# the pieces of a field's label: whose (optional), the role, then ":"; a time label and its qualifier
_OWNER = r"(?:(?:đơn vị|cơ quan)\s+)?"
_LEAD = r"(?:chủ trì|đầu mối)"
_AFTER = r"(?:\s+thực hiện)?\s*:"
_TIME = r"(?:thời gian|tiến độ|thời hạn)"
_ANY_LABEL = _OWNER + r"(?:chủ trì|đầu mối|phối hợp|thực hiện)" + _AFTER + "|" + _TIME + r"[^:;,.]{0,25}:"

LEAD_FIELD = re.compile("^" + _OWNER + _LEAD + _AFTER + r"\s*", re.I)
SUPPORT_FIELD = re.compile("^" + _OWNER + "phối hợp" + _AFTER + r"\s*", re.I)
DOER_FIELD = re.compile("^" + _OWNER + r"thực hiện\s*:\s*", re.I)
TIME_FIELD = re.compile("^" + _TIME + r"[^:]{0,25}:\s*", re.I)

# a due date written without a label, as a piece of its own after ";" ("(Chủ trì: Sở X; phối hợp: Sở Y;
# hoàn thành trước ngày 05/8/2022)"): a time field whose value keeps its cue, which says it is due
_DUE = r"(?:(?:hoàn thành|thực hiện xong|xong|kết thúc|báo cáo)\s+)?(?:trước|chậm nhất(?:\s+(?:là|vào))?)\s+ngày\s+\d"
DUE_FIELD = re.compile("^(?=" + _DUE + ")", re.I)

# a field's label after a separator inside a line: the line holds several fields
# ("- Đơn vị chủ trì: Sở X; đơn vị phối hợp: Sở Y; thời gian thực hiện: Quý II/2021.")
NEXT_FIELD = re.compile(r"[;,.]\s*(?=" + _ANY_LABEL + r")|;\s*(?=" + _DUE + ")", re.I)
# a line that ends on a field's label, its value on the next line (a wrapped PDF line)
LABEL_AT_END = re.compile(r"(?:^|[;,.(]\s*|\s)(?:" + _ANY_LABEL + ")$", re.I)
# a note in brackets that opens with a field's label: roles, or the time alone ("… thực hiện. (Thời gian: năm 2020)")
ROLE_NOTE = re.compile(r"\((?=\s*(?:" + _ANY_LABEL + r"))[^()]*\)", re.I)
# fields written on the line of the task's text, after the sentence that states it ("… cán bộ phụ trách
# đài truyền thanh cấp huyện. Thời gian thực hiện: tháng 11/2019."): a capitalised label after a
# sentence's end opens them, as at a line's start
# (after ";" in any case: "… mở chuyên mục về ASEAN; thời gian: năm 2022")
TRAILING_FIELDS = re.compile(r"(?:\.\s+(?=(?-i:[A-ZĐ]))|;\s*)(?=" + _ANY_LABEL + ")", re.I)


# a bracket after a task's text that states its roles in a sentence and then its fields after ";"
# ("… (Phòng X chủ trì, phối hợp với Phòng Y thực hiện; thời gian: tháng 7/2020)"): the fields start
# at the first label after ";" (the sentence's roles are read as the task's running text is)
_BRACKET = re.compile(r"\([^()]*\)")
_LABEL_AFTER_SEMI = re.compile(r";\s*(?=" + _ANY_LABEL + r")", re.I)
# a piece of such a bracket that names who does the task and nothing more ("(Phòng X thực hiện; …)",
# "(Huyện đoàn, Hội Nông dân huyện thực hiện)"): the doers, as a "Đơn vị thực hiện:" field would
_DOERS_PIECE = re.compile(r"(?-i:[A-ZĐ])[^;:()]{2,200}?(?=\s+thực hiện\s*(?:;|\)))")
_ROLE_WORDS = re.compile(r"(?<!\w)(?:chủ trì|phối hợp|đầu mối)(?!\w)", re.I)


def inline_fields(text: str, ln, trailing: bool = True) -> list[tuple[str, int, int]]:
    """The fields written inside a line of text (``structure`` line ``ln``): those of its role notes in
    brackets, then (``trailing``) those after the sentence it opens with."""
    out = []
    if "(" in ln.text:
        for m in _BRACKET.finditer(text, ln.start, ln.end):
            if ROLE_NOTE.fullmatch(m.group(0)):
                out += line_fields(text, m.start() + 1, m.end() - 1)
                continue
            semi = _LABEL_AFTER_SEMI.search(text, m.start() + 1, m.end() - 1)
            if semi is None:
                continue
            d = _DOERS_PIECE.match(text, m.start() + 1, semi.start() + 1)
            if d and not _ROLE_WORDS.search(d.group(0)):
                out.append(("doer", d.start(), d.end()))
            out += line_fields(text, semi.end(), m.end() - 1)
    return out + trailing_fields(text, ln.rest_start, ln.end) if trailing else out


def trailing_fields(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The fields after the sentence a line opens with (``line_fields`` of the rest), else none."""
    if ":" not in text[start:end]:
        return []
    for m in TRAILING_FIELDS.finditer(text, start, end):
        # a bracket's fields are a role note's (ROLE_NOTE), read as such
        if text.count("(", start, m.start()) == text.count(")", start, m.start()):
            return line_fields(text, m.end(), end)
    return []


# a role written after each group of a field's agencies: "Cơ quan thực hiện: Sở X (chủ trì); Sở Y,
# Sở Z (phối hợp)"
_ROLE_MARK = re.compile(r"\s*\(\s*(chủ trì|đầu mối|phối hợp)\s*\)", re.I)


def _marked_roles(text: str, kind: str, vs: int, ve: int) -> list[tuple[str, int, int]]:
    """A field's value cut at its role marks: each group before a mark takes the mark's role; what
    follows the last mark keeps the field's own kind."""
    out, pos = [], vs
    for m in _ROLE_MARK.finditer(text, vs, ve):
        s = pos
        while s < m.start() and text[s] in " ;,.\t":
            s += 1
        if s < m.start():
            out.append(("support" if m.group(1).lower() == "phối hợp" else "lead", s, m.start()))
        pos = m.end()
    if not out:
        return [(kind, vs, ve)]
    while pos < ve and text[pos] in " ;,.\t":
        pos += 1
    if pos < ve and text[pos:ve].strip(" .;,"):
        out.append((kind, pos, ve))
    return out


def line_fields(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(kind, value start, value end) of the fields written from ``start`` on one line: ``lead``,
    ``support``, ``doer`` or ``time``. A value runs to the next field's label (after ``;``, ``,`` or
    ``.``) or to the line's end; a line that opens with no field label holds none."""
    out: list[tuple[str, int, int]] = []
    pos = start
    while pos < end:
        while pos < end and text[pos] in " \t":
            pos += 1
        seg = text[pos:end]
        for rx, kind in ((LEAD_FIELD, "lead"), (SUPPORT_FIELD, "support"), (DOER_FIELD, "doer"), (TIME_FIELD, "time")):
            m = rx.match(seg)
            if m:
                break
        else:
            m = DUE_FIELD.match(seg) if out else None  # (only after a labelled field: not a line of its own)
            if not m:
                break
            kind = "time"
        vs = pos + m.end()
        nxt = NEXT_FIELD.search(text, vs, end)
        ve = nxt.start() if nxt else end
        out += _marked_roles(text, kind, vs, ve) if kind != "time" and "(" in text[vs:ve] else [(kind, vs, ve)]
        if not nxt:
            break
        pos = nxt.start() + 1
    return out
