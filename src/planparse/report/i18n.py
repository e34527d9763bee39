"""Report language: every label, status, reason and check detail through the message catalogue.

The strings themselves live in ``planparse/data/messages/*.yaml`` (``report.yaml``, ``cli.yaml``,
the audit's ``audit.yaml``); this module picks the right key for a piece of an audit and falls
back gracefully. JSON stays language-neutral: reasons and check details arrive as message keys
with parameters (``reason_codes``, ``detail_key``/``detail_params``). Audits written before those
keys existed carry English sentences only; :data:`LEGACY` reads the sentences the audit code
writes back into keys, so a Vietnamese report of an old audit is still in one language. A
sentence nobody recognises is shown as written, marked ``lang="en"``. Check parameters are data
(S2's budget-source codes as a list, S6's cited document as its fields); audits written before
that carry them as English text (`` (state_budget)``, ``Kế hoạch 198/KH-UBND (implements …)``),
which :func:`_format` still reads.
"""
from __future__ import annotations

import re
from datetime import date

from ..auditing.model import cited
from ..messages import has, t

LANGS = ("vi", "en")


def norm_lang(lang: str | None) -> str:
    return lang if lang in LANGS else "vi"


class Labels:
    """``L["title"]`` → ``t("report.title", lang)``; statuses map to ``status.*`` / ``check.*``."""

    def __init__(self, lang: str) -> None:
        self.lang = norm_lang(lang)

    def __getitem__(self, key: str) -> str:
        if key in ("covered", "partial", "missing", "insufficient", "failed"):
            return status_label(key, self.lang)
        if key in ("pass", "fail"):
            return check_status_label(key, self.lang)
        return t("report." + key, self.lang)

    def __call__(self, key: str, **params) -> str:
        return t("report." + key, self.lang, **params)

    def get(self, key: str, default: str = "") -> str:
        try:
            return self[key]
        except KeyError:
            return default


def labels(lang: str) -> Labels:
    return Labels(lang)


def status_label(status: str | None, lang: str) -> str:
    if not status:
        return ""
    key = "status." + status.replace(" ", "_")
    return t(key, norm_lang(lang)) if has(key) else status


def judge_label(judge: str | None, lang: str) -> str:
    """The judge that found a piece of evidence, in words (``signal`` → ``cụm từ đặc trưng``)."""
    if not judge:
        return ""
    return t("judge." + judge, norm_lang(lang)) if has("judge." + judge) else judge


def check_status_label(status: str | None, lang: str) -> str:
    if not status:
        return ""
    s = status.lower().replace(" ", "_").replace("-", "_")
    if s in ("n/a", "na", "not_applicable"):
        s = "not_applicable"
    key = "check." + s
    return t(key, norm_lang(lang)) if has(key) else status


def vn_date(iso: str | None, lang: str = "vi") -> str:
    """``2019-09-18`` → ``18/09/2019``; ``--12-10`` → ``10/12 hằng năm`` (``every year``)."""
    if not iso:
        return "—"
    if iso.startswith("--"):
        return t("report.annual", norm_lang(lang), date=f"{iso[5:7]}/{iso[2:4]}")
    parts = iso.split("-")
    if len(parts) == 3:
        y, m, d = parts
        return f"{d}/{m}/{y}"
    if len(parts) == 2:
        return f"{parts[1]}/{parts[0]}"
    return iso


def as_date(iso) -> date | None:
    """An ISO calendar date as a ``date`` (for real dates in spreadsheets); else None."""
    if not isinstance(iso, str) or iso.startswith("--"):
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None


def area_title(area: dict, lang: str) -> str:
    return (area.get("title_en") or area["title"]) if lang == "en" else area["title"]


def check_title(check: dict, lang: str) -> str:
    key = f"check_title.{check.get('id')}"
    if lang == "en":
        if has(key):
            return t(key, "en")
        return check.get("title_en") or check.get("title", "")
    return check.get("title") or (t(key, "vi") if has(key) else "")


def tag_label(tag: str | None, lang: str) -> str:
    if not tag:
        return ""
    return "/".join(t("tag." + x, norm_lang(lang)) if has("tag." + x) else x for x in tag.split("/"))


def plan_label(source: dict, lang: str, with_date: bool = True) -> str:
    """``Province · number · date``: how an analyst names a plan (the file name as a last resort)."""
    parts = []
    if source.get("province"):
        parts.append(source["province"])
    parts.append(source.get("number") or t("report.plan_unnamed", norm_lang(lang)))
    if with_date and source.get("issued"):
        parts.append(vn_date(source["issued"], lang))
    if not source.get("province") and not source.get("number") and source.get("path"):
        return source["path"].replace("\\", "/").rsplit("/", 1)[-1]
    return " · ".join(parts)


# -- rendering message keys --------------------------------------------------------------------

def _fmt_params(params: dict | None, lang: str) -> dict:
    out = {}
    for k, v in (params or {}).items():
        if isinstance(v, (list, tuple)):
            v = ", ".join(str(x) for x in v)
        out[k] = v
    return out


def render_key(key: str, params: dict | None, lang: str) -> str | None:
    """``t(key, lang, **params)``; None when the key or a parameter is unknown."""
    if not key or not has(key):
        return None
    try:
        return t(key, norm_lang(lang), **_fmt_params(params, lang))
    except (KeyError, IndexError, ValueError):
        return None


def _budget_sources(codes: list | str, lang: str) -> str:
    """Budget-source codes (``["state_budget", "sponsorship"]``, or comma-separated in one string) as
    their labels in ``lang``, comma-separated; an unknown code as written."""
    if isinstance(codes, str):
        codes = codes.split(",")
    return ", ".join(t("budget." + x.strip(), lang) if has("budget." + x.strip()) else x.strip() for x in codes)


# S2's ``sources`` as audits before the list wrote it: the codes preformatted, `` (state_budget, sponsorship)``
_SOURCES = re.compile(r"^ ?\(([a-z_]+(?:, [a-z_]+)*)\)$")


def _or_list(s: str, lang: str) -> str:
    return f" {t('word.or', lang)} ".join(s.split(" or "))


_IMPLEMENTS = re.compile(r"^(?P<doc>.+?) \(implements (?P<ref>[^()]+)\)$")
_UMBRELLA = re.compile(r"^(?P<doc>.+?) \(a plan on (?P<topic>.+) (?P<period>\d{4}-\d{4})\)$")


def _doc(s: str, lang: str) -> str:
    """A cited document as the audit names it, with its English qualifier in ``lang``."""
    m = _IMPLEMENTS.match(s)
    if m:
        return t("word.implementing", lang, doc=m["doc"], ref=m["ref"])
    m = _UMBRELLA.match(s)
    if m:
        return t("word.umbrella", lang, doc=m["doc"], topic=m["topic"], period=m["period"])
    return s


# English sentences written by the audit code (auditing/applicability.py, checks.py, batch.py)
# → message key and parameters. Order matters: the first pattern that matches wins.
LEGACY: list[tuple[re.Pattern, str, dict]] = [
    (re.compile(r"^cites (?P<doc>.+)$"), "reason.cites", {"doc": _doc}),
    (re.compile(r"^does not cite (?P<docs>.+)$"), "reason.not_cites", {"docs": _or_list}),
    (re.compile(r"^period (?P<period>\d{4}-\d{4}), outside (?P<ref_period>\d{4}-\d{4})$"), "reason.period_outside", {}),
    (re.compile(r"^period (?P<period>\d{4}-\d{4})$"), "reason.period", {}),
    (re.compile(r"^fingerprints: (?P<phrases>.+)$"), "reason.fingerprints", {}),
    (re.compile(r"^another topic: (?P<topic>.+) is never mentioned$"), "reason.other_topic", {}),
    (re.compile(r"^section (?P<section>\S+) (?P<title>.+) with (?P<n>\d+) assignments$"), "detail.org_section", {}),
    (re.compile(r"^section (?P<section>\S+) ?(?P<title>.*?) \((?P<sources>[a-z_, ]+)\)$"), "detail.section", {}),
    (re.compile(r"^section (?P<section>\S+) ?(?P<title>.*)$"), "detail.section", {}),
    (re.compile(r"^no purpose section$"), "detail.no_purpose", {}),
    (re.compile(r"^budget clause in (?P<section>\S+)(?: \((?P<sources>[a-z_, ]+)\))?$"), "detail.budget_clause", {}),
    (re.compile(r"^no budget section or clause$"), "detail.no_budget", {}),
    (re.compile(r"^organization section without assignments$"), "detail.org_without_assignments", {}),
    (re.compile(r"^no organization section; no assignments$"), "detail.no_org", {}),
    (re.compile(r"^no reporting duty with a due date$"), "detail.no_reporting", {}),
    (re.compile(r"^every task has a lead \((?P<n>\d+) tasks\)$"), "detail.all_led", {}),
    (re.compile(r"^tasks without a lead: (?P<ids>.+)$"), "detail.no_lead", {}),
    (re.compile(r"^basis cites (?P<docs>.+); not (?P<ref>.+)$"), "detail.basis_other", {}),
    (re.compile(r"^basis cites (?P<doc>.+)$"), "detail.basis_cites", {"doc": _doc}),
    (re.compile(r"^(?P<section>[^\s:]+): báo cáo (?P<text>.+)$"), "detail.reporting", {}),
    (re.compile(r"^no legal basis cited$"), "detail.no_basis", {}),
    # batch failures
    (re.compile(r"^timed out after (?P<seconds>[\d.]+) s$"), "failure.timeout", {}),
    (re.compile(r"^document nesting too deep to analyse$"), "failure.nesting", {}),
    (re.compile(r"^out of memory while reading the file$"), "failure.memory", {}),
    (re.compile(r"^the worker process died while reading this file$"), "failure.worker_died", {}),
    (re.compile(r"^(?:internal|worker) error: (?P<detail>.+)$"), "failure.internal", {}),
    (re.compile(r"^file not found$"), "failure.not_found", {}),
    (re.compile(r"^file is empty$"), "failure.empty", {}),
    (re.compile(r"^encrypted PDF \(password-protected\).*$"), "failure.encrypted_pdf", {}),
    (re.compile(r"^no text found in this (?P<fmt>\w+) file$"), "failure.no_text", {}),
    (re.compile(r"^binary file, not text.*$"), "failure.binary", {}),
    (re.compile(r"^unsupported format (?P<fmt>.+)$"), "failure.unsupported", {}),
    (re.compile(r"^not a (?:valid )?DOCX\b.*$"), "failure.not_docx", {}),
    (re.compile(r"^scanned PDF without a text layer.*$"), "failure.scanned", {}),
    (re.compile(r"^an office lock file\b.*$"), "failure.office_lock", {}),
]


def _resolve(sentence: str | None, key: str | None, params: dict | None, lang: str):
    """(key, params, sources) for a message given as a key or as one of the audit's English sentences."""
    if key and has(key):
        return key, dict(params or {}), None
    s = (sentence or "").strip()
    for rx, k, conv in LEGACY:
        m = rx.match(s)
        if not m:
            continue
        found = {n: (v or "") for n, v in m.groupdict().items()}
        for n, f in conv.items():
            found[n] = f(found[n], norm_lang(lang))
        sources = found.pop("sources", None)
        return k, found, sources
    return None


def _format(key: str, params: dict, sources: str | None, lang: str, html: bool) -> str | None:
    """The message ``key`` filled with ``params``; in HTML escaped, with the parameters (words quoted from
    the plan) marked ``lang="vi"`` in an English report."""
    from html import escape
    lang = norm_lang(lang)
    values = _fmt_params(params, lang)
    codes = {}  # values in the report's words (labels), not words quoted from the plan
    src = params.get("sources")
    if isinstance(src, (list, tuple)) and src:  # S2: budget-source codes, in parentheses after the place
        values.pop("sources")  # (none: ``[]`` is the empty string it always was)
        codes["sources"] = f" ({_budget_sources(src, lang)})"
    elif m := _SOURCES.match(str(values.get("sources", ""))):  # an old audit: the codes preformatted
        codes["sources"] = values.pop("sources").replace(m.group(1), _budget_sources(m.group(1), lang))
    try:
        if key == "check.S6.pass" and ("number" in params or "topic" in params):  # S6 cites a plan implementing the reference
            values["citation"] = cited(params, lang)
        elif isinstance(values.get("citation"), str):  # an old audit: S6 names that plan with its English qualifier
            values["citation"] = _doc(values["citation"], lang)
        if html:
            wrap = (lambda v: f"<span lang='vi'>{escape(str(v))}</span>") if lang == "en" else (lambda v: escape(str(v)))
            values = {k: wrap(v) for k, v in values.items()} | {k: escape(v) for k, v in codes.items()}
            text = escape(catalogue_text(key, lang), quote=False).format(**values)
        else:
            text = t(key, lang, **values, **codes)
    except (KeyError, IndexError, ValueError):
        return None
    if sources:
        extra = _budget_sources(sources, lang)
        text += f" ({escape(extra) if html else extra})"
    return text.rstrip()


def catalogue_text(key: str, lang: str) -> str:
    from ..messages import catalogue
    texts = catalogue()[key]
    return texts.get(lang) or texts["vi"]


def render(sentence: str | None, key: str | None = None, params: dict | None = None, lang: str = "vi",
           html: bool = False) -> str:
    """A reason, check detail or failure in ``lang``: from its message key when given, else from the
    English sentence read back through :data:`LEGACY`, else the sentence as written (in HTML marked
    ``lang="en"`` when the report is Vietnamese). ``html=True`` returns escaped HTML in which words
    quoted from the plan are marked ``lang="vi"`` in an English report."""
    from html import escape
    found = _resolve(sentence, key, params, lang)
    if found is not None:
        text = _format(found[0], found[1], found[2], lang, html)
        if text is not None:
            return text
    s = sentence or ""
    if not html:
        return s
    return f"<span lang='en'>{escape(s)}</span>" if norm_lang(lang) == "vi" else escape(s)


def reasons(applicable: dict, lang: str, html: bool = False) -> list[str]:
    """Applicability reasons in ``lang``: ``reason_codes`` when present, else the English list."""
    codes = applicable.get("reason_codes") or []
    texts = list(applicable.get("reasons") or [])
    if codes:
        return [render(texts[i] if i < len(texts) else "", c.get("key"), c.get("params"), lang, html)
                for i, c in enumerate(codes)]
    return [render(x, None, None, lang, html) for x in texts]


def check_detail(check: dict, lang: str, html: bool = False) -> str:
    return render(check.get("detail", ""), check.get("detail_key"), check.get("detail_params"), lang, html)


def failure_reason(row: dict, lang: str, html: bool = False) -> str:
    return render(str(row.get("reason") or ""), row.get("reason_key"), row.get("reason_params"), lang, html)


def provenance(reference: dict, lang: str) -> str:
    """Where a reconstructed reference comes from: the list of plans in its provenance note."""
    p = reference.get("provenance") or ""
    m = re.search(r"\(([^()]+)\)\s*$", p)
    if m:
        return t("report.reconstructed_from", norm_lang(lang), sources=m.group(1))
    return p if norm_lang(lang) == "en" else ""
