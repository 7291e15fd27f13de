"""The profile sheet's cells: values written from a prefill and read back into the assessment."""

from __future__ import annotations

import datetime as dt
from typing import Any

from hria import dates
from hria.errors import InvalidValue
from hria.loading.vocabulary import load_vocabulary
from hria.models.assessment import Assessment
from hria.models.criteria import CriteriaSet
from hria.models.enterprise_size import SECTOR_NAMES
from hria.models.text import Lang
from hria.questionnaires import xlsx_layout as layout
from hria.questionnaires.form import normalise

_YES_NO = {"th": ("ใช่", "ไม่ใช่"), "en": ("yes", "no")}


def fact_label(path: str, cs: CriteriaSet, lang: Lang) -> str | None:
    """The question of a profile-fact row, or None for another field."""
    if not path.startswith(layout.PROFILE_FACT):
        return None
    fact = path.removeprefix(layout.PROFILE_FACT)
    return next(q.question.in_(lang) for q in cs.profile or [] if q.id == fact)


def choices(path: str, cs: CriteriaSet, lang: Lang) -> list[str] | None:
    """The drop-down entries of a profile field, or None for a free field."""
    if path.startswith(layout.PROFILE_FACT):
        yes, no = _YES_NO[lang]
        return [layout.coded("yes", yes), layout.coded("no", no)]
    if path == "organisation.subtype":
        return [layout.coded(s.id, s.name.in_(lang)) for s in cs.subtypes]
    if path == "organisation.size":
        return [layout.coded(s.id, s.name.in_(lang)) for s in load_vocabulary().sizes]
    if path == "organisation.sector":
        return [layout.coded(code, name.in_(lang)) for code, name in SECTOR_NAMES.items()]
    return None


def profile_value(path: str, assessment: Assessment, cs: CriteriaSet, lang: Lang) -> Any:
    value: Any = assessment.model_dump()
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    entries = choices(path, cs, lang)
    if isinstance(value, bool):
        value = "yes" if value else "no"
    if entries is not None and value is not None:
        return next(e for e in entries if e.split(layout.CHOICE_SEPARATOR)[0] == value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return dt.datetime.combine(value, dt.time())
    return value


def read_profile_value(path: str, raw: Any, cs: CriteriaSet) -> Any:
    """The assessment value of a cell; raises ValueError saying what was expected."""
    if raw is None or (isinstance(raw, str) and not normalise(raw)):
        return None
    if path.startswith(layout.PROFILE_FACT):
        code = normalise(str(raw)).split(layout.CHOICE_SEPARATOR)[0].strip().lower()
        if code not in ("yes", "no", "ใช่", "ไม่ใช่"):
            raise InvalidValue("value.not_yes_no", value=repr(raw))
        return code in ("yes", "ใช่")
    if path in ("organisation.subtype", "organisation.size", "organisation.sector"):
        code = normalise(str(raw)).split(layout.CHOICE_SEPARATOR)[0].strip()
        known = ([s.id for s in cs.subtypes] if path.endswith("subtype")
                 else list(SECTOR_NAMES) if path.endswith("sector")
                 else [s.id for s in load_vocabulary().sizes])
        if code not in known:
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
