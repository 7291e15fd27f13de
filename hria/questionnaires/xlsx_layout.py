"""Where things are in the Excel form; shared by the exporter and the importer so they agree."""

from __future__ import annotations

from dataclasses import dataclass

from hria.loading.vocabulary import load_vocabulary
from hria.models.assessment import Organisation
from hria.models.criteria import CriteriaSet
from hria.models.text import Lang
from hria.questionnaires.labels import label

FORMAT = "hria.questionnaire.xlsx/1"
META_SHEET = "_hria"
HEADER_ROW = 3
FIRST_ROW = HEADER_ROW + 1

# (key, label key, width): the answer, evidence and notes columns are the ones the organisation fills.
COLUMNS: list[tuple[str, str, int]] = [
    ("id", "col_id", 13),
    ("question", "col_question", 55),
    ("guidance", "col_guidance", 45),
    ("expected", "col_expected", 32),
    ("answer", "col_answer", 34),
    ("na_reason", "col_na_reason", 26),
    ("evidence", "col_evidence", 36),
    ("notes", "col_notes", 30),
    ("answered_by", "col_answered_by", 20),
    ("answered_at", "col_answered_at", 13),
]
FILLED = ("answer", "na_reason", "evidence", "notes", "answered_by", "answered_at")


def column(key: str) -> str:
    """Column letter of ``key`` in the questionnaire sheet."""
    index = next(i for i, (k, _, _) in enumerate(COLUMNS) if k == key)
    return chr(ord("A") + index)


@dataclass(frozen=True)
class SheetNames:
    instructions: str
    profile: str
    questions: str


def sheet_names(lang: Lang) -> SheetNames:
    return SheetNames(label("sheet_instructions", lang), label("sheet_profile", lang),
                      label("sheet_questions", lang))


def profile_fields(cs: CriteriaSet) -> list[str]:
    """The profile sheet's rows, as paths into the assessment ('organisation.name.th', ...)."""
    fields = ["organisation.name.th", "organisation.name.en"]
    if cs.subtypes:
        fields.append("organisation.subtype")
    fields += ["organisation.province", "organisation.size", "organisation.registration_number",
               "organisation.employees"]
    fields += [f"organisation.{f}" for f in load_vocabulary().profile_fields(cs.organisation_type)]
    fields += ["organisation.address", "organisation.website",
               "assessor.name", "assessor.organisation", "assessed_on"]
    # The set's profile questions (facts that decide applicability), after everything else so
    # that the rows of the fields above keep their place.
    fields += [f"{PROFILE_FACT}{q.id}" for q in cs.profile or []]
    known = Organisation.model_fields
    return [f for f in fields if not f.startswith("organisation.") or f.split(".")[1] in known]


FIELD_LABELS = {
    "organisation.name.th": "org_name_th", "organisation.name.en": "org_name_en",
    "organisation.subtype": "subtype", "organisation.province": "province", "organisation.size": "size",
    "organisation.registration_number": "registration_number", "organisation.employees": "employees",
    "organisation.sector": "sector", "organisation.annual_revenue_baht": "annual_revenue_baht",
    "organisation.address": "address", "organisation.website": "website",
    "assessor.name": "respondent_name", "assessor.organisation": "respondent_org",
    "assessed_on": "assessed_on",
}
PROFILE_FIRST_ROW = 3
PROFILE_FACT = "organisation.profile."
"""Rows whose path starts so hold a profile fact: yes or no."""
CHOICE_SEPARATOR = " — "
"""Forms exported before the drop-downs held names only carried 'medium — ขนาดกลาง': still read."""
