"""The profile sheet's cells: values written from a prefill and read back into the assessment."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hria import dates
from hria.errors import InvalidValue
from hria.loading.vocabulary import load_vocabulary
from hria.models.assessment import Assessment, Organisation
from hria.models.criteria import CriteriaSet
from hria.models.enterprise_size import SECTOR_NAMES
from hria.models.provinces import BY_ID
from hria.models.text import Lang, Text
from hria.questionnaires import xlsx_layout as layout
from hria.questionnaires.form import normalise

_YES_NO = {"th": ("ใช่", "ไม่ใช่"), "en": ("yes", "no")}


def fact_label(path: str, cs: CriteriaSet, lang: Lang) -> str | None:
    """The question of a profile-fact row, or None for another field."""
    if not path.startswith(layout.PROFILE_FACT):
        return None
    fact = path.removeprefix(layout.PROFILE_FACT)
    return next(q.question.in_(lang) for q in cs.profile or [] if q.id == fact)


def _named_choices(path: str, cs: CriteriaSet) -> list[tuple[str, Text]] | None:
    """(code, name) of each drop-down entry of a profile field, or None for a free field."""
    if path.startswith(layout.PROFILE_FACT):
        return [(code, Text(th=_YES_NO["th"][i], en=_YES_NO["en"][i]))
                for i, code in enumerate(("yes", "no"))]
    if path == "organisation.subtype":
        return [(s.id, s.name) for s in cs.subtypes]
    if path == "organisation.size":
        return [(s.id, s.name) for s in load_vocabulary().sizes]
    if path == "organisation.sector":
        return list(SECTOR_NAMES.items())
    return None


def choices(path: str, cs: CriteriaSet, lang: Lang) -> list[str] | None:
    """The drop-down entries of a profile field in words of ``lang`` ("ขนาดกลาง", not
    "medium — ขนาดกลาง": a Thai form shows no English key), or None for a free field."""
    named = _named_choices(path, cs)
    return None if named is None else [name.in_(lang) for _, name in named]


def _code_of(path: str, raw: str, cs: CriteriaSet) -> str | None:
    """The code a cell means: an entry in either language, the code itself, or an older form's
    "medium — ขนาดกลาง"."""
    text = normalise(raw).casefold()
    for code, name in _named_choices(path, cs) or []:
        if text in (code.casefold(), name.th.casefold(), name.en.casefold()) or \
                text.split(layout.CHOICE_SEPARATOR)[0].strip() == code.casefold():
            return code
    return None


def profile_value(path: str, source: Assessment | Organisation, cs: CriteriaSet, lang: Lang) -> Any:
    """The cell of ``path`` from an earlier assessment, or from the organisation a form is made for."""
    value: Any = ({"organisation": source.model_dump()} if isinstance(source, Organisation)
                  else source.model_dump())
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    named = _named_choices(path, cs)
    if value is None and isinstance(source, Organisation) and path.startswith(layout.PROFILE_FACT):
        value = False  # the form was made for this profile: a fact it does not list is a no
    if isinstance(value, bool):
        value = "yes" if value else "no"
    if path == "organisation.province" and isinstance(value, str) and value in BY_ID:
        return getattr(BY_ID[value], lang)  # "สมุทรสาคร", not the id samut_sakhon
    if named is not None and value is not None:
        return next(name.in_(lang) for code, name in named if code == value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time())
    return value


def read_profile_value(path: str, raw: Any, cs: CriteriaSet) -> Any:
    """The assessment value of a cell; raises ValueError saying what was expected."""
    if raw is None or (isinstance(raw, str) and not normalise(raw)):
        return None
    if path.startswith(layout.PROFILE_FACT):
        code = _code_of(path, str(raw), cs)
        if code is None:
            raise InvalidValue("value.not_yes_no", value=repr(raw))
        return code == "yes"
    if path in ("organisation.subtype", "organisation.size", "organisation.sector"):
        code = _code_of(path, str(raw), cs)
        if code is None:
            known = [c for c, _ in _named_choices(path, cs) or []]
            raise InvalidValue("value.not_a_choice", value=repr(raw), choices=", ".join(known))
        return code
    if path == "assessed_on":
        if isinstance(raw, dt.datetime):  # Excel: a typed 30/06/2569 is a date in year 2569, B.E.
            return dates.as_date(raw.date())
        return dates.parse(normalise(str(raw)))
    if path in ("organisation.employees", "organisation.annual_revenue_baht"):
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        if isinstance(raw, int):
            return raw
        text = normalise(str(raw)).replace(",", "")
        if not text.isdigit():
            raise InvalidValue("value.not_whole", value=repr(raw))
        return int(text)
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    return normalise(str(raw))
