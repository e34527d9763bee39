"""Any directive as the reference: a directive's or parent plan's numbered content items and tasks
become an editable reference YAML (``planparse reference build DIRECTIVE --out ref.yaml``).

Each item becomes an area: its title is the item's title; its description is the item's own
text (which the retrieval judge reads, so a child plan that words the item differently still
finds it); its signals are the item's key phrases — the title and body cut at commas,
semicolons, colons, brackets and "và", with leading verbs of office ("tổ chức", "tăng cường" …)
and boilerplate removed, kept when two to eight words long. The first phrase names the item
(``specific`` when it has four words or more), phrases of two words are ``weak``. Provenance is
``derived``. The YAML is validated like a shipped reference before it is written, and
``--reference parent.pdf`` goes through the same path.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..model import SectionKind

MAX_SIGNALS = 8
MAX_DESCRIPTION = 600
_CUT = re.compile(r"[,;:()“”\"!?…]|\.(?:\s|$)|\s+-\s+|\s+và\s+|\s+hoặc\s+|\s+nhằm\s+|\s+để\s+")


_TRAILING = frozenset("các của và về cho với trong tại trên theo từ đến được là có những nhằm để".split())
_FILLER = frozenset("năm tháng quý lần thứ đầu cuối giữa hằng hàng ngày tuần kỳ định các của và về cho với trong tại trên "
                    "theo từ đến được là có những một số này đó khi".split())


@lru_cache(maxsize=1)
def _leading() -> tuple[str, ...]:
    """Words that open an item without naming its content: verbs of office and boilerplate."""
    from importlib import resources

    from .retrieval import lexicon
    verbs = [ln.strip().lower() for ln in resources.files("planparse.data").joinpath("verbs.txt")
             .read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    extra = ["tăng cường", "đẩy mạnh", "tiếp tục", "chủ động", "thường xuyên", "kịp thời", "nâng cao", "công tác",
             "các", "những", "việc", "về", "cho", "của", "trên", "tại", "với", "trong", "đối với", "thông qua", "bằng"]
    stop = [w for w in lexicon()[1] if " " in w]
    return tuple(sorted(set(verbs + extra + stop), key=len, reverse=True))


def key_phrases(text: str) -> list[str]:
    """The item's key phrases, in order of appearance, without duplicates."""
    out: list[str] = []
    seen = set()
    lead = _leading()
    for frag in _CUT.split(text):
        words = frag.split()
        changed = True
        while words and changed:  # strip leading verbs of office ("Tổ chức các lớp …" → "lớp …")
            changed = False
            low = " ".join(words).lower()
            for v in lead:
                if low == v or low.startswith(v + " "):
                    words = words[len(v.split()):]
                    changed = True
                    break
        if len(words) > 8:  # a long clause: its opening names it
            words = words[:6]
        while words and words[-1].lower() in _TRAILING:
            words = words[:-1]
        if len(words) < 2 or all(w.lower() in _FILLER or w.isdigit() for w in words):
            continue
        p = " ".join(words).strip(" .-–+")
        key = p.lower()
        if key in seen or re.fullmatch(r"[\d\s/.-]+", p):
            continue
        seen.add(key)
        out.append(p)
    return out


def _items(plan) -> list[tuple[str, str, str]]:
    """(id, title, own text) of the plan's items: its tasks, else the numbered sections of its content."""
    text = plan.text
    if len(plan.tasks) >= 2:
        return [(t.id, t.title, text[t.span[0]:t.span[1]]) for t in plan.tasks]
    kinds = {SectionKind.CONTENT, SectionKind.TASKS}
    tops = {s.id for s in plan.sections if s.level == 1 and s.kind in kinds}
    parents = {s.parent for s in plan.sections if s.parent}
    out = []
    for s in plan.sections:
        top = s.id.split(".")[0]
        if top in tops and s.level > 1 and s.id not in parents:
            out.append((s.id, s.title, text[s.span[0]:s.span[1]]))
    return out


def reference_data(plan, ref_id: str | None = None) -> dict:
    """A reference mapping (the YAML's content) from a parsed directive or parent plan."""
    areas = []
    for iid, title, body in _items(plan):
        phrases = key_phrases(title)
        for p in key_phrases(body):
            if len(phrases) >= MAX_SIGNALS:
                break
            if p.lower() not in {x.lower() for x in phrases}:
                phrases.append(p)
        if not phrases:
            phrases = [" ".join(title.split()[:10])]
        sigs = []
        for i, p in enumerate(phrases):
            n = len(p.split())
            st = "specific" if i == 0 and n >= 4 else ("weak" if n <= 2 else "normal")
            sigs.append(p if st == "normal" else {"phrase": p, "strength": st})
        desc = " ".join(body.split())[:MAX_DESCRIPTION]
        areas.append({"id": iid, "title": " ".join(title.split())[:300], "tag": "derived", "topic_bound": False,
                      "description": desc, "signals": sigs})
    m = plan.meta
    number = m.number or ""
    data = {"id": ref_id or ("derived:" + (number or Path(plan.source.path or "document").stem)),
            "number": number, "type": m.doc_type, "date": m.issued, "issuer": m.issuer,
            "title": m.title or (Path(plan.source.path).stem if plan.source.path else "derived reference"),
            "reconstructed": False, "provenance": f"derived from the items of {m.doc_type or 'document'} {number or plan.source.path or ''}".strip(),
            "identifiers": [number] if number else [], "areas": areas}
    if m.period:
        data["period"] = {"start": m.period.start, "end": m.period.end}
    return {k: v for k, v in data.items() if v is not None}


def reference_yaml(data: dict) -> str:
    import yaml
    head = ("# Reference derived by `planparse reference build` from a directive's items.\n"
            "# Edit freely: titles, signals ({phrase, strength}: specific | normal | weak), descriptions.\n")
    return head + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120)


def build_reference(source, out: str | Path | None = None, ref_id: str | None = None, source_kind: str = "file"):
    """Parse ``source`` (path or Plan), derive its reference, validate it; write the YAML to ``out`` if given.
    Returns the validated ``Reference``."""
    from ..model import Plan
    from ..pipeline import parse
    from ..errors import ReferenceError
    from .reference import parse_reference_yaml
    plan = source if isinstance(source, Plan) else parse(source)
    data = reference_data(plan, ref_id)
    if not data["areas"]:
        raise ReferenceError("no numbered content items or tasks to derive areas from", path=str(plan.source.path or source))
    text = reference_yaml(data)
    ref = parse_reference_yaml(text, str(out or plan.source.path or "<derived>"), source=source_kind)
    if out is not None:
        from ..files import atomic_write
        atomic_write(Path(out), text)
    return ref
