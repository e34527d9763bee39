"""Metadata: number, type, issuer, province, issue date, title, period, legal basis, signer, recipients."""
from __future__ import annotations

import re

from ..model import Citation, Meta, Period, Signer
from ..structure import Structure
from .common import (CITIES, DOC_TYPES, NUMBER, UPPER, canonical_province, iso, norm_number,
                     province_regex, province_successor, type_from_number)

_TYPE_ALT = "|".join(DOC_TYPES)
_CITE = re.compile(r"(?P<type>" + _TYPE_ALT + r")\s+(?:(?:liên tịch|chung)\s+)?(?:số\s*:?\s*)?(?P<num>" + NUMBER + r")", re.I)
_BARE_NUM = re.compile(r"(?<![\w/])(?P<num>" + NUMBER + r")")
_ISSUER_BODIES = [
    (re.compile(r"ỦY BAN NHÂN DÂN|UBND", re.I), "Ủy ban nhân dân"),
    (re.compile(r"HỘI ĐỒNG NHÂN DÂN|HĐND", re.I), "Hội đồng nhân dân"),
]
_ISSUER_ACTOR = re.compile(r"(?P<actor>(?:Ủy ban nhân dân|UBND|Sở\s[^,.;()]{3,60}?|Ban\s[^,.;()]{3,60}?|Văn phòng\s[^,.;()]{3,60}?))"
                           r"\s*(?:\([^)]{1,20}\)\s*)?(?P<where>(?:tỉnh|thành phố)(?:\s+[" + UPPER + r"]\S*(?:\s+[" + UPPER + r"]\S*){0,3})?)?\s+"
                           r"(?:xây dựng|ban hành|triển khai)\s+(?:Kế hoạch|kế hoạch)")
_CODE_ISSUER = {"UBND": "Ủy ban nhân dân", "SGDĐT": "Sở Giáo dục và Đào tạo", "STTTT": "Sở Thông tin và Truyền thông",
                "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch", "SNV": "Sở Nội vụ", "STC": "Sở Tài chính",
                "SCT": "Sở Công Thương", "SKHĐT": "Sở Kế hoạch và Đầu tư", "SNgV": "Sở Ngoại vụ", "SYT": "Sở Y tế",
                "TU": "Tỉnh ủy", "BTGTU": "Ban Tuyên giáo Tỉnh ủy", "HĐND": "Hội đồng nhân dân"}


def extract_meta(text: str, st: Structure, source: tuple[str, object] | None = None) -> Meta:
    """Assemble ``Meta`` from the layout model: the header block (``layout.header``), the closing
    (``layout.closing``) and the preamble's citations; the body only as a fallback for the issuer.
    ``source``: the decoded source and the map of ``text`` into it, where the closing's column gaps
    survive (see ``read_closing``)."""
    from ..layout.closing import is_name, read_closing
    from ..layout.header import read_header
    hd = read_header(text, max(st.preamble[1], 1) if st.preamble[1] > 200 else None)
    head = text[:max(st.preamble[1], hd.end)]
    number, doc_type, issued, title = hd.number, hd.doc_type, hd.issued, hd.title
    news = st.news_report or hd.news
    if news and not title:
        title = next((ln.strip() for ln in head.split("\n") if ln.strip()), None)
    # province: the place of issue, else the issuer's locality, else the most named one
    province = None
    if hd.place:
        province = canonical_province(hd.place)
    if province is None:
        cands = []
        from ..layout.header import proper_case
        bodies = " ".join(proper_case(b) for b in hd.bodies)  # "ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH" over its Huyện ủy
        for src in (hd.issuer or "", bodies, title or "", head, text[:20000]):
            for pm in re.finditer(r"(?:tỉnh|TỈNH|thành phố|THÀNH PHỐ|Tỉnh)\s+(" + province_regex().pattern + ")", src):
                p = canonical_province(pm.group(1))
                if p:
                    cands.append(p)
            if cands:
                break
        if cands:
            province = max(set(cands), key=lambda p: (cands.count(p), -cands.index(p)))
        if province is None:
            # a district's or commune's plan that names no province: its district's ("huyện Mỹ Xuyên")
            from .common import district_province
            province = next(filter(None, map(district_province, (hd.issuer or "", bodies, head))), None)
    issuer = hd.issuer or _issuer(head, text, st, number or hd.number_code, province)
    # period: only what the plan states (its subject line); a one-off plan has none
    period = _period(title or "")
    basis = _basis(text, st, number)
    closing = read_closing(text, st.closing[0] if st.closing[0] > st.preamble[1] else None, source)
    if number is None and hd.number_code is None and len(closing.annex_refs) == 1:
        # no number line at all (a copy that lost its header): the appendix restates the number
        from ..layout.header import type_from_code
        ref = closing.annex_refs[0]
        if doc_type is None or type_from_code(ref.split("/")[-1]) == doc_type:
            number = ref
            doc_type = doc_type or type_from_code(ref.split("/")[-1])
    signer = Signer(name=closing.signer_name, position=closing.signer_position) if closing.signer_name else None
    if signer is None and hd.signer and is_name(hd.signer):
        signer = Signer(name=hd.signer.strip(), position=None)  # a portal's ``Người ký``: a name, no position
    return Meta(number=number, doc_type=doc_type, issuer=issuer, province=province,
                province_successor=province_successor(province), issued=issued, title=title,
                period=period, basis=tuple(basis), signer=signer, recipients=closing.recipients,
                news_report=news)


def _period(s: str) -> Period | None:
    m = re.search(r"(?<!\d)((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})(?!\d)", s)
    if m:
        a, b = int(m.group(1)), int(m.group(2))
        if a <= b <= a + 15:
            return Period(a, b)
    m = re.search(r"(?:năm|NĂM)\s+((?:19|20)\d{2})(?!\d)", s)
    if m:
        y = int(m.group(1))
        return Period(y, y)
    return None


def _issuer(head: str, text: str, st: Structure, number: str | None, province: str | None) -> str | None:
    from .agencies import resolve_name
    body = None
    # header block: CAPS lines before the national motto
    top = head[:600]
    motto = re.search(r"CỘNG HÒA XÃ HỘI", top)
    block = top[:motto.start()] if motto else ""
    if block.strip():
        flat = " ".join(block.split())
        for rx, name in _ISSUER_BODIES:
            if rx.search(flat):
                body = name
                break
        else:
            cand = re.sub(r"\s*(?:TỈNH|THÀNH PHỐ)\s+.*$", "", flat).strip()
            if cand:
                body = resolve_name(cand) or cand[0] + cand[1:].lower()
    if body is None:
        m = _ISSUER_ACTOR.search(head)
        if m:
            actor = m.group("actor").strip()
            body = resolve_name(actor) or actor
    if body is None and number:
        code = number.split("-")[-1] if "-" in number else ""
        body = _CODE_ISSUER.get(code)
    if body is None:
        closing = text[st.closing[0]:st.closing[1]]
        for rx, name in _ISSUER_BODIES:
            if re.search(r"TM\.?\s*" + rx.pattern, closing):
                body = name
    if body is None:
        return None
    body = re.sub(r"\s+(?:tỉnh|thành phố)$", "", body)
    if province and province not in body:
        return f"{body} {'thành phố' if province.startswith(CITIES) else 'tỉnh'} {province}"
    return body


def _basis(text: str, st: Structure, own: str | None) -> list[Citation]:
    pre_start = 0
    pre = text[pre_start:st.preamble[1]]
    # only the preamble after the title: the "Thực hiện/Căn cứ …" paragraph(s)
    region_start = _basis_start(pre)
    if region_start is None:
        return []
    region = pre[region_start:]
    out: list[Citation] = []
    seen = set()
    # requests (``Xét đề nghị của … tại Văn bản số …``) are not the plan's legal basis
    requests = _request_lines(region) + [m.span() for m in _REQUEST_INSIDE.finditer(region)]

    def is_request(pos: int) -> bool:
        return any(a <= pos < b for a, b in requests)

    for cm in _CITE.finditer(region):
        num = norm_number(cm.group("num"))
        if own and num == own or num in seen or is_request(cm.start()):
            continue
        seen.add(num)
        typ = cm.group("type")
        typ = typ[0].upper() + typ[1:].lower() if typ else type_from_number(num)
        after = region[cm.end():cm.end() + 80]
        date = None
        d2 = re.match(r"[\s,]*(?:ban hành\s+)?(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:tháng|/|-|\.)\s*(?P<m>\d{1,2})\s*(?:năm|/|-|\.)\s*(?P<y>\d{4})", after)
        if d2:
            date = iso(int(d2.group("y")), int(d2.group("m")), int(d2.group("d")))
        end = cm.end() + (d2.end() if d2 else 0)
        s = region_start + pre_start + cm.start()
        out.append(Citation(number=num, type=_fix_type(typ), date=date,
                            text=_citation_context(text, s, region_start + pre_start + len(region)),
                            span=(s, region_start + pre_start + end)))
    # numbers cited without a type word ("… và 03/BTTTT-BCĐASEAN")
    for bm in _BARE_NUM.finditer(region):
        num = norm_number(bm.group("num"))
        if is_request(bm.start()) or num in seen or (own and num == own) or "/" not in num or not re.search(r"[A-ZĐ]", num):
            continue
        seen.add(num)
        after = region[bm.end():bm.end() + 60]
        d2 = re.match(r"[\s,]*(?:ngày\s+)?(?P<d>\d{1,2})\s*(?:tháng|/)\s*(?P<m>\d{1,2})\s*(?:năm|/)\s*(?P<y>\d{4})", after)
        date = iso(int(d2.group("y")), int(d2.group("m")), int(d2.group("d"))) if d2 else None
        s = region_start + bm.start()
        out.append(Citation(number=num, type=type_from_number(num), date=date,
                            text=_citation_context(text, s, region_start + len(region)),
                            span=(s, s + len(bm.group(0)))))
    out.sort(key=lambda c: c.span[0] if c.span else 0)
    return out


# Lines opening the legal basis, and requests. Each pattern is a line's start: at 0, or after a
# newline, where the pattern with the newline in front (a literal the regex engine finds at C
# speed) matches; ``(?m)^`` in front was tried at every character.
# a list of them may bullet each line (``- Căn cứ …``)
_BASIS_OPENING = re.compile(r"(?:[-–+•][ \t]+)?(?:Thực hiện|Căn cứ|Triển khai|Theo|Thi hành|Trên cơ sở)")
_REQUEST = re.compile(r"[ \t]*(?:Xét|Theo đề nghị|Theo Tờ trình)\b[^\n]*")  # never crosses a line
_BASIS_OPENING_NL = re.compile(r"\n" + _BASIS_OPENING.pattern)
_REQUEST_NL = re.compile(r"\n" + _REQUEST.pattern)


def _basis_start(pre: str) -> int | None:
    """Where the first line opening the legal basis starts: ``re.search("(?m)^" + _BASIS_OPENING.pattern, pre)``."""
    if _BASIS_OPENING.match(pre):
        return 0
    m = _BASIS_OPENING_NL.search(pre)
    return m.start() + 1 if m else None


# a request inside a basis sentence, after its citations ("Thực hiện Quyết định số …; theo đề nghị của Sở …
# tại Tờ trình số …, Ủy ban nhân dân tỉnh ban hành …"): to the line's end
_REQUEST_INSIDE = re.compile(r"[;,]\s*(?:xét|theo)\s+(?:đề nghị|tờ trình)\b[^\n]*", re.I)


def _request_lines(region: str) -> list[tuple[int, int]]:
    """``[m.span() for m in re.finditer("(?m)^" + _REQUEST.pattern, region)]``"""
    m = _REQUEST.match(region)
    first = [m.span()] if m else []
    return first + [(m.start() + 1, m.end()) for m in _REQUEST_NL.finditer(region)]


def _fix_type(t: str) -> str:
    for dt in DOC_TYPES:
        if dt.lower() == t.lower():
            return dt
    return t


def _citation_context(text: str, start: int, limit: int) -> str:
    """The citation with what it is about, up to the next citation or clause end."""
    m = re.compile(r";|\.\s|\n|,\s(?=(?:" + _TYPE_ALT + r")\s)", re.I).search(text, start + 5, limit)
    end = m.start() if m else min(limit, start + 300)
    return text[start:end].strip()
