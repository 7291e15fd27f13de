"""A questionnaire resolved against its set: numbered sections of questions with their choices.

Every exporter renders a ``Form`` and every importer reads answers back through
``Question.parse_answer``, so the Excel drop-down, the YAML comment and the
printed check-boxes always offer the same choices.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from hria.errors import InvalidValue
from hria.models.assessment import Organisation
from hria.models.criteria import CriteriaSet, Criterion
from hria.models.text import Lang, Text
from hria.questionnaires.catalogue import LoadedQuestionnaire

NOT_APPLICABLE = "N/A"
NA_LABEL = Text(th="ไม่เกี่ยวข้องกับองค์กร (ระบุเหตุผล)", en="Not applicable (give the reason)")


@dataclass(frozen=True)
class Choice:
    """One allowed answer: a value on the criterion's scale, or not applicable (value None)."""

    value: int | None
    label: Text

    def text(self, lang: Lang) -> str:
        code = NOT_APPLICABLE if self.value is None else str(self.value)
        return f"{code} — {self.label.in_(lang)}"


@dataclass(frozen=True)
class Question:
    number: str
    criterion: Criterion
    title: Text
    question: Text
    guidance: Text
    choices: tuple[Choice, ...]
    na_reason: Text | None
    """When the set allows not-applicable, what makes that fair; None when it does not."""
    when: tuple[tuple[str, int], ...] = ()
    """Skip logic: answer only when each (criterion, at least) holds."""

    @property
    def id(self) -> str:
        return self.criterion.id

    @property
    def evidence(self) -> list[Text]:
        return list(self.criterion.evidence)

    @property
    def must_pass(self) -> int | None:
        return self.criterion.must_pass.at_least if self.criterion.must_pass else None

    def parse_answer(self, raw: object) -> Choice:
        """The choice ``raw`` names: its full text in either language, its number, or N/A.

        Raises ValueError with a message listing the choices otherwise.
        """
        if isinstance(raw, bool):
            raise self._not_a_choice(raw)
        text = normalise(str(raw)) if not isinstance(raw, int) else str(raw)
        if isinstance(raw, float) and raw.is_integer():
            text = str(int(raw))
        for choice in self.choices:
            code = NOT_APPLICABLE if choice.value is None else str(choice.value)
            if text.casefold() == code.casefold() or text in (choice.text("th"), choice.text("en")):
                return choice
        raise self._not_a_choice(raw)

    def _not_a_choice(self, raw: object) -> InvalidValue:
        allowed = ", ".join(NOT_APPLICABLE if c.value is None else str(c.value) for c in self.choices)
        return InvalidValue("value.answer_not_a_choice", value=repr(raw), criterion=self.id, choices=allowed)


@dataclass(frozen=True)
class FormSection:
    id: str
    number: int
    title: Text
    intro: Text | None
    questions: tuple[Question, ...]


@dataclass(frozen=True)
class Form:
    questionnaire: LoadedQuestionnaire
    sections: tuple[FormSection, ...]
    profiled: bool = False
    """Made for one organisation's profile: only the questions that apply to it."""
    organisation: Organisation | None = None
    """The organisation it was made for: its profile is written into the form, so that the answers
    come back scored under the profile that chose the questions."""

    @property
    def questions(self) -> list[Question]:
        return [q for s in self.sections for q in s.questions]

    def question(self, criterion_id: str) -> Question:
        return next(q for q in self.questions if q.id == criterion_id)


def build_form(questionnaire: LoadedQuestionnaire, organisation: Organisation | None = None,
               only: frozenset[str] | None = None) -> Form:
    """The form for every organisation of the set, or for one ``organisation``'s profile (type,
    size and profile facts): then only the questions that can apply to it. ``only`` rebuilds a
    profiled form from the question ids it was sent with."""
    cs = questionnaire.criteria.model
    definition = questionnaire.definition
    kept = only if only is not None else (applying(cs, organisation) if organisation is not None else None)
    sections: list[FormSection] = []
    for s, section in enumerate(definition.sections, start=1):
        questions: list[Question] = []
        for criterion_id in (c for c in section.criteria if kept is None or c in kept):
            q = len(questions) + 1
            c = cs.criterion(criterion_id)
            wording = definition.wording.get(criterion_id)
            choices = [Choice(v, label) for v, label in enumerate(cs.labels_of(c))]
            if c.not_applicable is not None:
                choices.append(Choice(None, NA_LABEL))
            questions.append(Question(
                number=f"{s}.{q}", criterion=c,
                title=(wording and wording.title) or c.title,
                question=(wording and wording.question) or c.question,
                guidance=(wording and wording.guidance) or c.guidance,
                choices=tuple(choices),
                na_reason=c.not_applicable.reason if c.not_applicable else None,
                when=tuple((w.criterion, w.at_least) for w in (c.applicability.when if c.applicability
                                                                else [])),
            ))
        if questions:
            sections.append(FormSection(section.id, len(sections) + 1, section.title, section.intro,
                                        tuple(questions)))
    return Form(questionnaire, tuple(sections), profiled=kept is not None, organisation=organisation)


def applying(cs: CriteriaSet, organisation: Organisation) -> frozenset[str]:
    """Criteria that can apply to ``organisation``: its subtype, size and profile facts fit, and
    every criterion its skip logic waits for can apply too (the answers decide the rest)."""
    from hria.profile import profile_facts

    facts = profile_facts(cs, organisation)
    kept = {c.id for c in cs.criteria if c.applicability is None or (
        (c.applicability.subtypes is None or organisation.subtype in c.applicability.subtypes)
        and (c.applicability.sizes is None or organisation.size in c.applicability.sizes)
        and all(f in facts for f in c.applicability.profile or []))}
    waiting = True
    while waiting:  # a criterion waiting for one that cannot apply cannot apply either
        waiting = False
        for c in cs.criteria:
            conditions = c.applicability.when if c.applicability else []
            if c.id in kept and any(w.criterion not in kept for w in conditions):
                kept.discard(c.id)
                waiting = True
    return frozenset(kept)


def normalise(text: str) -> str:
    """Imported text as it will be stored: Unicode NFC, surrounding white space removed."""
    return unicodedata.normalize("NFC", text).strip()
