"""Reference directives: the content areas and structural checks a plan is audited against.

Shipped references are YAML files under ``planparse/data/references``; a user may pass their
own file (validated: every error reported at once with its line) or another parsed plan, whose
tasks then become the areas (a department's plan checked against its province's plan).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import ReferenceError

STRENGTHS = {"specific": 1.0, "normal": 0.7, "weak": 0.35}
CHECK_IDS = ("S1", "S2", "S3", "S4", "S5", "S6")
DEFAULT_CHECKS = {"S1": "Nêu mục đích, yêu cầu", "S2": "Nêu nguồn kinh phí", "S3": "Phân công tổ chức thực hiện",
                  "S4": "Quy định chế độ báo cáo có thời hạn", "S5": "Mọi nhiệm vụ có đơn vị chủ trì",
                  "S6": "Nêu văn bản chỉ đạo được triển khai"}
CHECKS_EN = {"S1": "States purposes and requirements", "S2": "States funding", "S3": "Assigns implementation",
             "S4": "Sets a reporting duty with a deadline", "S5": "Every task has a lead agency",
             "S6": "Names the directive it implements"}


@dataclass(frozen=True)
class Signal:
    phrase: str
    strength: str = "normal"

    @property
    def weight(self) -> float:
        return STRENGTHS[self.strength]


@dataclass(frozen=True)
class Area:
    id: str
    title: str
    signals: tuple[Signal, ...]
    tag: str = "inferred"
    title_en: str | None = None
    description: str | None = None
    topic_bound: bool = True


@dataclass(frozen=True)
class Reference:
    id: str
    number: str
    title: str
    areas: tuple[Area, ...]
    type: str | None = None
    date: str | None = None
    issuer: str | None = None
    title_en: str | None = None
    reconstructed: bool = False
    provenance: str = ""
    period: tuple[int, int] | None = None
    topic: tuple[str, ...] = ()
    identifiers: tuple[str, ...] = ()
    implementing: tuple[dict, ...] = ()
    fingerprints: tuple[str, ...] = ()
    supersedes: tuple[str, ...] = ()  # earlier programme decisions this reference replaces
    checks: dict = field(default_factory=lambda: dict(DEFAULT_CHECKS))
    source: str = "shipped"  # shipped | file | plan

    def area(self, aid: str) -> Area | None:
        return next((a for a in self.areas if a.id == aid), None)


@lru_cache(maxsize=1)
def _builtin_names() -> tuple[str, ...]:
    """The shipped references' ids (the package's files: listed once per process)."""
    base = resources.files("planparse.data.references")
    return tuple(sorted(p.name[:-5] for p in base.iterdir() if p.name.endswith(".yaml")))


def list_references() -> list[Reference]:
    return [load_reference(n) for n in _builtin_names()]


_CACHE: dict[str, Reference] = {}
_HASHES: dict[int, tuple[Reference, str]] = {}


def reference_sha256(ref: Reference) -> str:
    """A hash of everything the audit reads from ``ref`` (areas, signals, checks …): recorded in each
    audit so that ``--resume`` never reuses a result made against another version of a reference."""
    hit = _HASHES.get(id(ref))
    if hit is not None and hit[0] is ref:
        return hit[1]
    import hashlib
    import json
    from dataclasses import asdict
    blob = json.dumps(asdict(ref), sort_keys=True, ensure_ascii=False, default=repr)
    h = hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()
    if len(_HASHES) >= 64:
        _HASHES.clear()
    _HASHES[id(ref)] = (ref, h)  # the reference is kept with its hash, so its id is not reused meanwhile
    return h


def load_reference(ref: str) -> Reference:
    """A shipped reference by id, or a YAML file by path."""
    if ref in _CACHE:
        return _CACHE[ref]
    if ref in _builtin_names():
        text = resources.files("planparse.data.references").joinpath(ref + ".yaml").read_text(encoding="utf-8")
        r = parse_reference_yaml(text, f"<shipped {ref}>", source="shipped")
    else:
        p = Path(ref)
        if not p.exists():
            raise ReferenceError(f"no shipped reference {ref!r} and no such file; shipped: {', '.join(_builtin_names())}")
        if not p.is_file():
            raise ReferenceError("not a regular file (a folder, pipe or device)", path=str(p))
        from .. import limits
        limits.check("max_yaml_bytes", p.stat().st_size, f"reference file of {p.stat().st_size:,} bytes", path=str(p),
                     error=ReferenceError)
        try:
            text = p.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as e:
            raise ReferenceError(f"cannot read reference file ({e})", path=str(p)) from None
        r = parse_reference_yaml(text, str(p), source="file")
    _CACHE[ref] = r
    return r


def _limits_message(limit: str, what: str) -> str:
    from .. import limits
    return limits.message(limit, what)


def _load_yaml(text: str, name: str):
    """Compose and construct plain YAML under the limits: aliases, depth, expanded size, integer digits;
    duplicate keys and impossible dates are errors with their line, not silent surprises."""
    import yaml
    from yaml.constructor import ConstructorError
    from .. import limits

    limits.check("max_yaml_bytes", len(text.encode("utf-8", "surrogatepass")), f"reference file of {len(text):,} characters",
                 path=name, error=ReferenceError)
    max_aliases, max_depth = limits.get("max_yaml_aliases"), limits.get("max_yaml_depth")
    max_digits = limits.get("max_yaml_int_digits")

    def fail(limit_or_none, problem, mark):
        msg = _limits_message(limit_or_none, problem) if limit_or_none else problem
        raise yaml.MarkedYAMLError(problem=msg, problem_mark=mark)

    class Loader(yaml.SafeLoader):
        aliases = 0
        depth = 0

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                Loader.aliases += 1
                if Loader.aliases > max_aliases:
                    fail("max_yaml_aliases", f"more than {max_aliases} aliases (*name)", self.peek_event().start_mark)
            self.depth += 1
            if self.depth > max_depth:
                fail("max_yaml_depth", f"nested more than {max_depth} deep", self.peek_event().start_mark)
            try:
                return super().compose_node(parent, index)
            finally:
                self.depth -= 1

        def construct_mapping(self, node, deep=False):
            if isinstance(node, yaml.MappingNode):
                seen: dict = {}
                for k, _v in node.value:
                    if isinstance(k, yaml.ScalarNode):
                        if k.value in seen:
                            fail(None, f"duplicate key {k.value!r} (first on line {seen[k.value] + 1})", k.start_mark)
                        seen[k.value] = k.start_mark.line
            return super().construct_mapping(node, deep=deep)

        def construct_yaml_int(self, node):
            digits = sum(c.isdigit() for c in str(node.value))
            if digits > max_digits:
                fail("max_yaml_int_digits", f"an integer of {digits:,} digits", node.start_mark)
            return super().construct_yaml_int(node)

        def construct_yaml_timestamp(self, node):
            try:
                return super().construct_yaml_timestamp(node)
            except (ValueError, OverflowError) as e:
                fail(None, f"impossible date {node.value!r} ({e})", node.start_mark)

    Loader.add_constructor("tag:yaml.org,2002:int", Loader.construct_yaml_int)
    Loader.add_constructor("tag:yaml.org,2002:timestamp", Loader.construct_yaml_timestamp)
    Loader.add_constructor("tag:yaml.org,2002:map", Loader.construct_yaml_map)
    Loader.aliases = 0
    loader = Loader(text)
    try:
        node = loader.get_single_node()
        _check_expanded_size(node, fail)
        data = loader.construct_document(node) if node is not None else None
    except ConstructorError:
        raise
    finally:
        loader.dispose()
    return node, data


def _check_expanded_size(node, fail) -> None:
    """Aliases make a graph; its size with every alias expanded (what str() or a report would walk)."""
    import yaml
    from .. import limits
    cap = limits.get("max_yaml_values")
    size: dict[int, int] = {}
    visiting: set[int] = set()
    stack = [(node, False)] if node is not None else []
    while stack:
        n, done = stack.pop()
        if id(n) in size:
            continue
        if not done:
            if id(n) in visiting:
                fail(None, "an alias refers to itself (a recursive structure)", n.start_mark)
            visiting.add(id(n))
        kids = []
        if isinstance(n, yaml.SequenceNode):
            kids = n.value
        elif isinstance(n, yaml.MappingNode):
            kids = [x for kv in n.value for x in kv]
        if not done:
            stack.append((n, True))
            stack.extend((k, False) for k in kids if id(k) not in size)
            continue
        total = 1 + sum(size.get(id(k), 1) for k in kids)
        size[id(n)] = total
        visiting.discard(id(n))
        if total > cap:
            fail("max_yaml_values", f"aliases expand to over {cap:,} values (a \"billion laughs\" file)", n.start_mark)


def parse_reference_yaml(text: str, name: str, source: str = "file") -> Reference:
    """Validate and load a reference YAML; every problem is reported at once, with its line."""
    import yaml
    errors: list[str] = []
    try:
        node, data = _load_yaml(text, name)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        if "python/" in str(e) or "could not determine a constructor" in str(e):
            problem = "unsafe or unknown YAML tag (only plain YAML is accepted): " + str(problem)
        raise ReferenceError("invalid reference YAML", path=name, errors=[where + str(problem)]) from None
    except RecursionError:
        raise ReferenceError("invalid reference YAML", path=name,
                             errors=[_limits_message("max_yaml_depth", "nested too deep")]) from None
    if not isinstance(data, dict):
        raise ReferenceError("a reference file must be a YAML mapping", path=name)

    def line_of(*keys) -> str:
        n = node
        try:
            for k in keys:
                if isinstance(k, int):
                    n = n.value[k]
                else:
                    n = next(v for kk, v in n.value if kk.value == k)
            return f"line {n.start_mark.line + 1}"
        except (StopIteration, AttributeError, IndexError, TypeError):
            return "line ?"

    for key in ("id", "number", "title", "areas"):
        if key not in data:
            errors.append(f"{line_of()}: missing required key {key!r}")
    areas_raw = data.get("areas") or []
    if not isinstance(areas_raw, list):
        errors.append(f"{line_of('areas')}: 'areas' must be a list")
        areas_raw = []
    from .. import limits
    if len(areas_raw) > limits.get("max_reference_areas"):
        errors.append(f"{line_of('areas')}: " + limits.message("max_reference_areas", f"{len(areas_raw):,} areas"))
        areas_raw = []
    areas = []
    seen = set()
    for i, a in enumerate(areas_raw):
        where = line_of("areas", i)
        if not isinstance(a, dict):
            errors.append(f"{where}: area #{i + 1} must be a mapping")
            continue
        for key in ("id", "title", "signals"):
            if key not in a:
                errors.append(f"{where}: area #{i + 1} is missing {key!r}")
        aid = str(a.get("id", f"#{i + 1}"))
        if aid in seen:
            errors.append(f"{where}: duplicate area id {aid!r}")
        seen.add(aid)
        sigs = []
        raw_sigs = a.get("signals") or []
        if isinstance(raw_sigs, list) and len(raw_sigs) > limits.get("max_signals"):
            errors.append(f"{where}: area {aid}: " + limits.message("max_signals", f"{len(raw_sigs):,} signals"))
            raw_sigs = []
        if not isinstance(raw_sigs, list) or (not raw_sigs and "signals" in a):
            errors.append(f"{where}: area {aid}: 'signals' must be a non-empty list")
            raw_sigs = []
        for j, s in enumerate(raw_sigs):
            if isinstance(s, str) and s.strip():
                sigs.append(Signal(s.strip()))
            elif isinstance(s, dict) and isinstance(s.get("phrase"), str) and s["phrase"].strip():
                extra = sorted(set(s) - {"phrase", "strength"})
                if extra:
                    errors.append(f"{line_of('areas', i, 'signals', j)}: area {aid}: unknown key(s) {', '.join(map(str, extra))} in a signal"
                                  " (quote a phrase that contains a comma)")
                st = s.get("strength", "normal")
                if st not in STRENGTHS:
                    errors.append(f"{line_of('areas', i, 'signals', j)}: area {aid}: strength must be one of {', '.join(STRENGTHS)}, not {st!r}")
                    st = "normal"
                sigs.append(Signal(s["phrase"].strip(), st))
            else:
                errors.append(f"{line_of('areas', i, 'signals', j)}: area {aid}: signal #{j + 1} must be a phrase or {{phrase, strength}}")
        if "tag" in a and a["tag"] not in ("shared", "single", "inferred", "single/shared", "official", "plan", "derived"):
            errors.append(f"{where}: area {aid}: tag must be shared, single, inferred, official or derived")
        areas.append(Area(id=aid, title=str(a.get("title", "")), signals=tuple(sigs), tag=str(a.get("tag", "inferred")),
                          title_en=a.get("title_en"), description=a.get("description"),
                          topic_bound=bool(a.get("topic_bound", True))))
    period = data.get("period")
    per = None
    if period is not None:
        if isinstance(period, dict) and isinstance(period.get("start"), int) and isinstance(period.get("end"), int):
            per = (period["start"], period["end"])
        else:
            errors.append(f"{line_of('period')}: period must be {{start: YEAR, end: YEAR}}")
    checks = dict(DEFAULT_CHECKS)
    if isinstance(data.get("checks"), dict):
        for k, v in data["checks"].items():
            if k not in CHECK_IDS:
                errors.append(f"{line_of('checks')}: unknown check {k!r} (known: {', '.join(CHECK_IDS)})")
            else:
                checks[k] = str(v)
    if errors:
        raise ReferenceError(f"{len(errors)} problem(s) in reference file", path=name, errors=errors)
    impl = tuple(d if isinstance(d, dict) else {"number": str(d)} for d in data.get("implementing_documents") or [])
    return Reference(id=str(data["id"]), number=str(data["number"]), title=str(data["title"]), areas=tuple(areas),
                     type=data.get("type"), date=str(data["date"]) if data.get("date") else None,
                     issuer=data.get("issuer"), title_en=data.get("title_en"),
                     reconstructed=bool(data.get("reconstructed", False)), provenance=str(data.get("provenance", "")),
                     period=per, topic=tuple(data.get("topic") or ()), identifiers=tuple(str(x) for x in data.get("identifiers") or ()),
                     implementing=impl, fingerprints=tuple(data.get("fingerprints") or ()),
                     supersedes=tuple(str(x) for x in data.get("supersedes") or ()), checks=checks, source=source)


def reference_from_plan(plan) -> Reference:
    """A parent plan as the reference: each of its items becomes an area, by the same path as
    ``planparse reference build`` (``auditing/build.py``)."""
    from .build import build_reference
    m = plan.meta
    return build_reference(plan, ref_id=f"plan:{m.number or plan.source.path}", source_kind="plan")
