"""Finding, loading and fully checking criteria sets.

This is the one door to a criteria set: it parses the YAML, validates the
models, checks cross-references and the dependency graph, and fingerprints the
content, so no caller ever holds a set that has not passed every check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

from hria import graph
from hria.criteria_hash import content_hash
from hria.errors import InvalidInput, Problem, UsageError
from hria.loading.authoring import authoring_warnings
from hria.loading.crossref import check_criteria_set
from hria.loading.model_errors import validate_document
from hria.loading.partial import checkable_rest
from hria.loading.paths import criteria_dirs
from hria.loading.rules_check import check_rules
from hria.loading.vocabulary import load_vocabulary
from hria.loading.yaml_source import YamlDocument, read_yaml
from hria.models.criteria import CriteriaSet

BANGKOK = ZoneInfo("Asia/Bangkok")


@dataclass(frozen=True)
class LoadedSet:
    model: CriteriaSet
    path: Path
    content_hash: str

    @property
    def ref(self) -> str:
        return self.model.ref


def check_file(path: Path) -> list[Problem]:
    """Every problem in one criteria file (empty when it is valid)."""
    try:
        load_set_file(path)
    except InvalidInput as exc:
        return exc.problems
    return []


@dataclass(frozen=True)
class CheckedFile:
    """A criteria file read once: its problems, or the set and what its author should still improve."""

    problems: list[Problem]
    loaded: LoadedSet | None
    doc: YamlDocument | None

    def warnings(self) -> list[Problem]:
        """The warnings of hria.loading.authoring (locating them costs a round-trip parse)."""
        if self.loaded is None or self.doc is None:
            return []
        return authoring_warnings(self.loaded.model, self.doc, load_vocabulary())


def check_file_for_authors(path: Path) -> CheckedFile:
    """Problems, or the valid set with what is needed to warn its author, from one read."""
    try:
        loaded, doc = _load(path)
    except InvalidInput as exc:
        return CheckedFile(exc.problems, None, None)
    return CheckedFile([], loaded, doc)


def load_set_file(path: Path) -> LoadedSet:
    return _load(path)[0]


def _load(path: Path) -> tuple[LoadedSet, YamlDocument]:
    doc = read_yaml(path)
    try:
        cs = validate_document(CriteriaSet, doc)
    except InvalidInput as exc:  # report what the rest of the file gets wrong too
        rest = checkable_rest(doc)
        if rest is None:
            raise
        more = [p for p in _set_problems(rest[0], rest[1], path)
                if not any(f"'{i}'" in p.message or f" {i} " in f" {p.message} " for i in rest[2])]
        raise InvalidInput(exc.problems + more) from None
    problems = _set_problems(cs, doc, path)
    if problems:
        raise InvalidInput(problems)
    return LoadedSet(cs, path, content_hash(cs)), doc


def _set_problems(cs: CriteriaSet, doc: YamlDocument, path: Path) -> list[Problem]:
    problems = check_criteria_set(cs, doc, load_vocabulary())
    problems += check_rules(cs, doc)
    problems += _cycle_problems(cs, doc)
    problems += _placement_problems(cs, doc, path)
    return problems


def _cycle_problems(cs: CriteriaSet, doc: YamlDocument) -> list[Problem]:
    problems = []
    index = {c.id: i for i, c in enumerate(cs.criteria)}
    for cycle in graph.cycles(cs):
        first = cycle[0]
        shown = " -> ".join([*cycle, cycle[0]])
        # Point at the link that closes the loop: the first criterion's dependency on the last.
        first_model = cs.criteria[index[first]]
        path: tuple[str | int, ...] = ("criteria", index[first])
        for j, pre in enumerate(first_model.prerequisites):
            if pre.criterion == cycle[-1]:
                path = (*path, "prerequisites", j)
                break
        else:
            conditions = first_model.applicability.when if first_model.applicability else []
            for j, cond in enumerate(conditions):
                if cond.criterion == cycle[-1]:
                    path = (*path, "applicability", "when", j)
                    break
        problems.append(doc.said(path, "set.cycle", cycle=shown))
    return problems


def _placement_problems(cs: CriteriaSet, doc: YamlDocument, path: Path) -> list[Problem]:
    """A shipped set lives at criteria/<id>/<version>.yaml; other files may live anywhere."""
    if path.parent.parent.resolve() not in {d.resolve() for d in criteria_dirs()}:
        return []
    problems = []
    if path.parent.name != cs.id:
        problems.append(doc.said(("id",), "set.id_folder", id=cs.id, folder=path.parent.name))
    if path.stem != cs.version:
        problems.append(doc.said(("version",), "set.version_file", version=cs.version, name=path.name))
    return problems


RECOMMENDATIONS = "recommendations"
"""The folder of criteria/ that holds UPR catalogues, not criteria sets."""


@dataclass(frozen=True)
class SetFile:
    id: str
    version: str
    path: Path


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else -1 for p in version.split("."))


def set_files() -> list[SetFile]:
    """Every criteria file in the criteria folders, by id then version."""
    found = []
    for folder in criteria_dirs():
        for path in sorted(folder.glob("*/*.yaml")):
            if path.parent.name == RECOMMENDATIONS:
                continue
            found.append(SetFile(path.parent.name, path.stem, path))
    return sorted(found, key=lambda f: (f.id, _version_key(f.version)))


def resolve(ref: str) -> Path:
    """A file path, or SET / SET@VERSION among the criteria folders (latest active if no version)."""
    as_path = Path(ref)
    if as_path.suffix in (".yaml", ".yml") or as_path.is_file():
        if not as_path.is_file():
            raise UsageError(code="file.no_such", name=ref)
        return as_path
    set_id, _, version = ref.partition("@")
    candidates = [f for f in set_files() if f.id == set_id]
    if not candidates:
        known = ", ".join(sorted({f.id for f in set_files()})) or "none"
        raise UsageError(code="set.unknown", set=set_id, known=known)
    if version:
        for f in candidates:
            if f.version == version:
                return f.path
        versions = ", ".join(f.version for f in candidates)
        raise UsageError(code="set.no_version", set=set_id, version=version, versions=versions)
    loaded = [load_set_file(f.path) for f in candidates]
    active = [s for s in loaded if s.model.status == "active"] or loaded
    # The newest active version already in effect (a version announced for a later day waits).
    today = dt.datetime.now(BANGKOK).date()
    in_effect = [s for s in active if s.model.effective_date <= today] or active
    return in_effect[-1].path


def load(ref: str) -> LoadedSet:
    return load_set_file(resolve(ref))
