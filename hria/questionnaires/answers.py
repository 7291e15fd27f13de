"""Answers going into a form (prefill) and coming out of it (what is still missing)."""

from __future__ import annotations

from pathlib import Path

from hria import assessments
from hria.criteria_sets import LoadedSet
from hria.models.assessment import Answer, Assessment
from hria.questionnaires.catalogue import LoadedQuestionnaire


def load_prefill(path: Path, questionnaire: LoadedQuestionnaire) -> Assessment:
    """An assessment file to prefill the form with; it must be for the questionnaire's exact set."""
    return assessments.load(path, override=questionnaire.criteria).model


def missing_required(assessment: Assessment, loaded_set: LoadedSet) -> list[str]:
    """Criteria that apply to this organisation (by the engine's own skip logic) and have no answer."""
    from hria.scoring import compile_set, score

    result = score(compile_set(loaded_set.model, loaded_set.content_hash), assessment)
    return list(result.missing)


def impact_entries_needed(assessment: Assessment, loaded_set: LoadedSet) -> list[str]:
    """Non-negotiables answered 0 whose impact entry the register does not hold yet (2026.2 rules)."""
    from hria.scoring import compile_set, score

    result = score(compile_set(loaded_set.model, loaded_set.content_hash), assessment)
    return sorted(m.subject for m in result.reasons if m.code == "impact_entry_required" and m.subject)


def given_answers(assessment: Assessment) -> dict[str, Answer]:
    """Each criterion's entry that holds anything; a blank form entry is no answer at all."""
    return {a.criterion: a for a in assessment.answers if a != Answer(criterion=a.criterion)}


def same_content(a: Assessment, b: Assessment) -> bool:
    """Equal but for the order of answers and the blank entries a form adds."""
    return (given_answers(a) == given_answers(b)
            and a.model_copy(update={"answers": []}) == b.model_copy(update={"answers": []}))
