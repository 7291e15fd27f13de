"""Finding, loading and checking questionnaire definitions against the criteria set they ask.

A definition must place every criterion of its set exactly once, name no criterion
the set lacks, and reword only criteria it asks; each problem is located file:line:col.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from hria import criteria_sets
from hria.criteria_sets import LoadedSet
from hria.errors import InvalidInput, Problem, UsageError
from hria.loading.model_errors import validate_document
from hria.loading.paths import data_root
from hria.loading.yaml_source import PathKey, YamlDocument, read_yaml
from hria.questionnaires.definition import AUDIENCES, Audience, QuestionnaireDefinition


@dataclass(frozen=True)
class LoadedQuestionnaire:
    definition: QuestionnaireDefinition
    path: Path
    criteria: LoadedSet

    @property
    def id(self) -> str:
        return self.definition.id


def questionnaires_dir() -> Path:
    return data_root() / "questionnaires"


def definition_files() -> list[Path]:
    """Every shipped definition: questionnaires/<set>/<version>/<audience>.yaml."""
    return sorted(questionnaires_dir().glob("*/*/*.yaml"))


def find(loaded_set: LoadedSet, audience: Audience) -> LoadedQuestionnaire:
    """The shipped questionnaire for this set version and audience."""
    path = questionnaires_dir() / loaded_set.model.id / loaded_set.model.version / f"{audience}.yaml"
    if not path.is_file():
        have = sorted(f"{p.parent.parent.name}@{p.parent.name} {p.stem}" for p in definition_files())
        raise UsageError(code=f"questionnaire.none.{audience}", set=loaded_set.ref,
                         have=", ".join(have) or "-")
    loaded = load_file(path, loaded_set)
    if loaded.definition.audience != audience:
        message = f"audience is {loaded.definition.audience}, but the file is named {audience}"
        raise InvalidInput([Problem(str(path), None, None, message)])
    return loaded


def find_by_id(questionnaire_id: str, loaded_set: LoadedSet) -> LoadedQuestionnaire:
    """The questionnaire a form names (its hidden metadata), among those for the form's set."""
    for audience in AUDIENCES:
        try:
            loaded = find(loaded_set, audience)
        except UsageError:
            continue
        if loaded.id == questionnaire_id:
            return loaded
    raise UsageError(code="questionnaire.unknown", questionnaire=questionnaire_id, set=loaded_set.ref)


def load_file(path: Path, loaded_set: LoadedSet | None = None) -> LoadedQuestionnaire:
    """Load a definition and check it against its set (``loaded_set`` if given, else the one it names)."""
    doc = read_yaml(path)
    definition = validate_document(QuestionnaireDefinition, doc)
    wanted = definition.criteria_set
    if loaded_set is None:
        try:
            loaded_set = criteria_sets.load(wanted.ref)
        except UsageError as exc:
            raise InvalidInput([doc.problem(("criteria_set",), str(exc))]) from None
    elif loaded_set.ref != wanted.ref:
        raise InvalidInput([doc.problem(("criteria_set",), (
            f"this questionnaire asks {wanted.ref}, not {loaded_set.ref}"))])
    problems = check_against_set(definition, loaded_set, doc)
    if problems:
        raise InvalidInput(problems)
    return LoadedQuestionnaire(definition, path, loaded_set)


def check_against_set(definition: QuestionnaireDefinition, loaded_set: LoadedSet,
                      doc: YamlDocument) -> list[Problem]:
    cs = loaded_set.model
    known = [c.id for c in cs.criteria]
    placed: dict[str, tuple[int, int]] = {}
    problems = []
    section_ids: set[str] = set()
    for s, section in enumerate(definition.sections):
        if section.id in section_ids:
            problems.append(doc.said(("sections", s, "id"), "questionnaire.section_twice", id=section.id))
        section_ids.add(section.id)
        for i, criterion in enumerate(section.criteria):
            here = ("sections", s, "criteria", i)
            if criterion not in known:
                problems.append(_unknown(doc, here, criterion, known, loaded_set.ref))
            elif criterion in placed:
                first_s, first_i = placed[criterion]
                line, _ = doc.where(("sections", first_s, "criteria", first_i))
                problems.append(doc.said(here, "questionnaire.asked_twice", criterion=criterion,
                                         first=str(line)))
            else:
                placed[criterion] = (s, i)
    missing = [c for c in known if c not in placed]
    if missing:
        problems.append(doc.said(("sections",), "questionnaire.not_asked", count=str(len(missing)),
                                 set=loaded_set.ref, missing=", ".join(missing)))
    for criterion in definition.wording:
        if criterion not in known:
            problems.append(_unknown(doc, ("wording", criterion), criterion, known, loaded_set.ref,
                                     wording=True))
    return problems


def _unknown(doc: YamlDocument, path: PathKey, criterion: str, known: list[str], ref: str,
             wording: bool = False) -> Problem:
    close = difflib.get_close_matches(criterion, known, n=1)
    code = "questionnaire.wording_unknown" if wording else "assessment.unknown_criterion"
    if close:
        return doc.said(path, f"{code}_close", criterion=criterion, set=ref, close=close[0])
    return doc.said(path, code, criterion=criterion, set=ref)
