"""Loading an assessment file and checking it against the criteria set it names.

Every problem is located (file:line:col) and all of them are reported at once:
a malformed registration number does not hide an answer outside its scale.
The set must be the exact one the answers were given against — same id,
version and content hash — or the file is refused with what exists instead.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from hria import criteria_sets
from hria.criteria_sets import LoadedSet
from hria.errors import InvalidInput, Problem
from hria.loading.model_errors import validate_document
from hria.loading.yaml_source import YamlDocument, read_yaml
from hria.models.assessment import Answer, Assessment
from hria.models.criteria import CriteriaSet
from hria.profile import upgrade


@dataclass(frozen=True)
class LoadedAssessment:
    model: Assessment
    path: Path
    criteria: LoadedSet


@dataclass
class SetCache:
    """Criteria sets already loaded, so scoring many files reads each set once."""

    by_path: dict[Path, LoadedSet] = field(default_factory=dict)
    _files: list[criteria_sets.SetFile] | None = None

    def files(self) -> list[criteria_sets.SetFile]:
        """The criteria files on disk, listed once (0.65 ms a listing: 5% of a certificate)."""
        if self._files is None:
            self._files = criteria_sets.set_files()
        return self._files

    def load(self, path: Path) -> LoadedSet:
        key = path.resolve()
        if key not in self.by_path:
            self.by_path[key] = criteria_sets.load_set_file(path)
        return self.by_path[key]


def load_many(paths: list[Path], criteria: str | None = None) -> list[LoadedAssessment]:
    """Load and check every file; raise one InvalidInput carrying the problems of all of them."""
    cache = SetCache()
    override = cache.load(criteria_sets.resolve(criteria)) if criteria else None
    loaded, problems = [], []
    for path in paths:
        try:
            loaded.append(load(path, override, cache))
        except InvalidInput as exc:
            problems += exc.problems
    if problems:
        raise InvalidInput(problems)
    return loaded


def load(path: Path, override: LoadedSet | None = None, cache: SetCache | None = None) -> LoadedAssessment:
    """Load ``path`` and check it against its set (or ``override``, which must be that same set)."""
    cache = cache or SetCache()
    doc = read_yaml(path)
    problems: list[Problem] = []
    model: Assessment | None = None
    try:
        model = validate_document(Assessment, doc)
    except InvalidInput as exc:
        problems += exc.problems
    data: dict[str, Any] = doc.data if isinstance(doc.data, dict) else {}
    ref = data.get("criteria_set") if isinstance(data.get("criteria_set"), dict) else {}
    loaded = _resolve_set(ref or {}, doc, override, cache, problems)
    if loaded is not None:
        if model is not None:
            model = upgrade(model, loaded.model)
        answers = (list(enumerate(model.answers)) if model else _salvage_answers(data.get("answers")))
        problems += _check_answers(loaded.model, answers, doc)
        org = data.get("organisation") if isinstance(data.get("organisation"), dict) else {}
        problems += _check_profile(loaded.model, org or {}, doc)
    if model is not None:
        problems += _check_impacts(model, doc)
        if loaded is not None:
            problems += _check_schema_2(loaded.model, model, doc)
    if problems or model is None or loaded is None:
        raise InvalidInput(list(dict.fromkeys(problems)))
    return LoadedAssessment(model, path, loaded)


def _short(content_hash: object) -> str:
    return str(content_hash)[:23] + "…" if len(str(content_hash)) > 23 else str(content_hash)


def _resolve_set(ref: dict[str, Any], doc: YamlDocument, override: LoadedSet | None,
                 cache: SetCache, problems: list[Problem]) -> LoadedSet | None:
    set_id, version, wanted_hash = ref.get("id"), ref.get("version"), ref.get("content_hash")
    if not isinstance(set_id, str) or not isinstance(version, str):
        return None  # the model's own errors already say what is missing
    files = [f for f in cache.files() if f.id == set_id]
    versions = sorted({f.version for f in files}, key=_version_key)
    named = f"{set_id}@{version}"
    if override is not None:
        given = override.model
        if given.id != set_id:
            problems.append(doc.said(("criteria_set", "id"), "assessment.other_set", set=set_id,
                                     given=given.ref))
            return None
        if given.version != version:
            shown = ", ".join(sorted({*versions, given.version}, key=_version_key))
            problems.append(doc.said(("criteria_set", "version"), "assessment.other_version", named=named,
                                     given=given.ref, set=set_id, versions=shown))
            return None
        loaded = override
    else:
        match = next((f for f in files if f.version == version), None)
        if not files:
            known = ", ".join(sorted({f.id for f in cache.files()})) or "none"
            problems.append(doc.said(("criteria_set", "id"), "assessment.unknown_set", set=set_id,
                                     known=known))
            return None
        if match is None:
            problems.append(doc.said(("criteria_set", "version"), "assessment.no_version", named=named,
                                     set=set_id, version=version, versions=", ".join(versions)))
            return None
        try:
            loaded = cache.load(match.path)
        except InvalidInput as exc:
            problems += exc.problems
            return None
    if isinstance(wanted_hash, str) and wanted_hash != loaded.content_hash:
        problems.append(doc.said(("criteria_set", "content_hash"), "assessment.hash", named=named,
                                 wanted=_short(wanted_hash), ref=loaded.ref,
                                 actual=_short(loaded.content_hash), set=set_id,
                                 versions=", ".join(versions) or version))
    return loaded


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else -1 for p in version.split("."))


def _salvage_answers(raw: object) -> list[tuple[int, Answer]]:
    """The answers that are valid on their own, to check them against the set despite other errors."""
    out = []
    for i, item in enumerate(raw if isinstance(raw, list) else []):
        try:
            out.append((i, Answer.model_validate(item)))
        except ValidationError:
            continue
    return out


def _check_answers(cs: CriteriaSet, answers: list[tuple[int, Answer]], doc: YamlDocument) -> list[Problem]:
    by_id = {c.id: c for c in cs.criteria}
    non_negotiable = {n.criterion for n in cs.rules.non_negotiables or []}
    first: dict[str, int] = {}
    problems = []
    for i, a in answers:
        here = ("answers", i)
        c = by_id.get(a.criterion)
        if c is None:
            close = difflib.get_close_matches(a.criterion, list(by_id), n=1)
            if close:
                problems.append(doc.said((*here, "criterion"), "assessment.unknown_criterion_close",
                                         criterion=a.criterion, set=cs.ref, close=close[0]))
            else:
                problems.append(doc.said((*here, "criterion"), "assessment.unknown_criterion",
                                         criterion=a.criterion, set=cs.ref))
            continue
        if a.criterion in first:
            line, _ = doc.where(("answers", first[a.criterion]))
            problems.append(doc.said((*here, "criterion"), "assessment.second_answer", criterion=a.criterion,
                                     first=str(line)))
            continue
        first[a.criterion] = i
        top = cs.scale_of(c).max_value
        if a.value is not None and a.value > top:
            problems.append(doc.said((*here, "value"), "assessment.outside_scale", value=str(a.value),
                                     criterion=c.id, scale=c.answer, top=str(top)))
        if a.not_applicable is not None and c.id in non_negotiable:
            problems.append(doc.said((*here, "not_applicable"), "assessment.na_non_negotiable",
                                     criterion=c.id, set=cs.ref))
        elif a.not_applicable is not None and c.not_applicable is None:
            problems.append(doc.said((*here, "not_applicable"), "assessment.na_not_allowed", criterion=c.id))
    return problems


def _check_profile(cs: CriteriaSet, org: dict[str, Any], doc: YamlDocument) -> list[Problem]:
    problems = []
    org_type, subtype = org.get("type"), org.get("subtype")
    if isinstance(org_type, str) and org_type != cs.organisation_type:
        problems.append(doc.said(("organisation", "type"), "assessment.org_type", type=org_type, set=cs.ref,
                                 set_type=cs.organisation_type))
    known = [s.id for s in cs.subtypes]
    if isinstance(subtype, str) and subtype not in known:
        problems.append(doc.said(("organisation", "subtype"), "assessment.subtype", subtype=subtype,
                                 set=cs.ref, known=", ".join(known) or "none",
                                 known_th=", ".join(known) or "ไม่มี"))
    return problems


def _check_impacts(model: Assessment, doc: YamlDocument) -> list[Problem]:
    seen: set[str] = set()
    problems = []
    for i, impact in enumerate(model.impacts):
        if impact.id in seen:
            problems.append(doc.said(("impacts", i, "id"), "assessment.impact_twice", id=impact.id))
        seen.add(impact.id)
    return problems


def _check_schema_2(cs: CriteriaSet, model: Assessment, doc: YamlDocument) -> list[Problem]:
    """Profile facts the set asks, impact entries that name a criterion of the set."""
    problems = []
    asked = [q.id for q in cs.profile or []]
    for fact in model.organisation.profile or {}:
        if fact not in asked:
            problems.append(doc.said(("organisation", "profile", fact), "assessment.profile_fact", fact=fact,
                                     set=cs.ref, asked=", ".join(asked) or "none",
                                     asked_th=", ".join(asked) or "ไม่มี"))
    known = {c.id for c in cs.criteria}
    for i, impact in enumerate(model.impacts):
        if impact.criterion is not None and impact.criterion not in known:
            problems.append(doc.said(("impacts", i, "criterion"), "assessment.impact_criterion", id=impact.id,
                                     criterion=impact.criterion, set=cs.ref))
    return problems
