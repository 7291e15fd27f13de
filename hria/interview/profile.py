"""The organisation profile and the assessor: from a file, or asked field by field."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, TypeAdapter

from hria.errors import UsageError, display_path
from hria.interview.terminal import Terminal, ask_choice, ask_valid
from hria.interview.texts import Invalid
from hria.loading.model_errors import validate_document
from hria.loading.vocabulary import load_vocabulary
from hria.loading.yaml_source import YamlDocument, read_yaml
from hria.models import provinces
from hria.models.assessment import Assessor, Organisation, RegistrationNumber
from hria.models.criteria import CriteriaSet
from hria.models.enterprise_size import SECTOR_NAMES, SIZE_NAMES, SIZES, enterprise_size
from hria.models.text import Lang


class ProfileFile(BaseModel):
    """A profile file: an organisation (and perhaps its assessor); anything else, such as the
    answers of an earlier assessment of the same organisation, is ignored."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    organisation: Organisation
    assessor: Assessor | None = None


def from_file(path: Path, cs: CriteriaSet) -> ProfileFile:
    """Read ``path``: a mapping with ``organisation:`` (an assessment file will do) or a bare one."""
    doc = read_yaml(path)
    if isinstance(doc.data, dict) and "organisation" not in doc.data and "name" in doc.data:
        doc = YamlDocument(doc.file, {"organisation": doc.data},
                           {("organisation", *k): v for k, v in doc.positions.items()})
    profile = validate_document(ProfileFile, doc)
    org = profile.organisation
    if org.type != cs.organisation_type:
        raise UsageError(code="profile.other_type", path=display_path(path), type=org.type, set=cs.ref,
                         set_type=cs.organisation_type)
    known = [s.id for s in cs.subtypes]
    if org.subtype is not None and org.subtype not in known:
        raise UsageError(code="profile.subtype", path=display_path(path), subtype=org.subtype, set=cs.ref,
                         known=", ".join(known) or "-")
    return profile


def _label(lang: Lang, th: str, en: str) -> str:
    return th if lang == "th" else en


def _required(text: str) -> str:
    if not text.strip():
        raise Invalid("err_required")
    return text.strip()


def _province(text: str) -> str:
    found = provinces.normalise(text.strip())
    assert isinstance(found, str)
    return found


def _count(text: str) -> int:
    if not text.strip().isdigit():
        raise Invalid("err_whole")
    return int(text.strip())


_REGISTRATION = TypeAdapter(RegistrationNumber)


def ask_organisation(term: Terminal, lang: Lang, cs: CriteriaSet) -> Organisation:
    data: dict[str, object] = {"type": cs.organisation_type}
    name_th = ask_valid(term, lang, _label(lang, "ชื่อองค์กร (ภาษาไทย): ", "Organisation name in Thai: "),
                        _required)
    name_en = term.ask(_label(lang, "ชื่อองค์กร (ภาษาอังกฤษ) [Enter = ชื่อภาษาไทย]: ",
                              "Organisation name in English [Enter = the Thai name]: ")).strip()
    data["name"] = {"th": name_th, "en": name_en or name_th}
    if cs.subtypes:
        options = [(s.id, s.name.in_(lang)) for s in cs.subtypes]
        options.append(("", _label(lang, "ไม่ใช่ประเภทย่อยข้างต้น", "none of these")))
        data["subtype"] = ask_choice(term, lang, _label(lang, "ประเภทย่อย", "Subtype"), options) or None
    data["province"] = ask_valid(term, lang, _label(lang, "จังหวัด: ", "Province: "), _province)
    if "sector" in load_vocabulary().profile_fields(cs.organisation_type):
        sectors = [(k, v.in_(lang)) for k, v in SECTOR_NAMES.items()]
        data["sector"] = ask_choice(term, lang, _label(lang, "ภาคธุรกิจ", "Sector"), sectors)
        data["employees"] = ask_valid(term, lang, _label(lang, "จำนวนพนักงาน: ", "Employees: "), _count)
        data["annual_revenue_baht"] = ask_valid(
            term, lang, _label(lang, "รายได้ต่อปี (บาท): ", "Annual revenue (baht): "), _count)
        data["size"] = enterprise_size(data["sector"], data["employees"],  # type: ignore[arg-type]
                                       data["annual_revenue_baht"])  # type: ignore[arg-type]
    else:
        sizes = [(s, SIZE_NAMES[s].in_(lang)) for s in SIZES]
        data["size"] = ask_choice(term, lang, _label(lang, "ขนาดองค์กร", "Size"), sizes)
    data["registration_number"] = ask_valid(
        term, lang, _label(lang, "เลขประจำตัว 13 หลัก: ", "13-digit registration number: "),
        _REGISTRATION.validate_python)
    facts = ask_profile_facts(term, lang, cs, data.get("subtype"))  # type: ignore[arg-type]
    if facts:
        data["profile"] = facts
    return Organisation.model_validate(data)


def ask_profile_facts(term: Terminal, lang: Lang, cs: CriteriaSet, subtype: str | None) -> dict[str, bool]:
    """The set's profile questions (facts that decide applicability, never scored); a fact fixed
    to yes for the subtype is told, not asked."""
    facts: dict[str, bool] = {}
    options = [("yes", _label(lang, "ใช่", "yes")), ("no", _label(lang, "ไม่ใช่", "no"))]
    for q in cs.profile or []:
        if subtype in q.yes_for_subtypes:
            term.show(_label(lang, f"{q.question.th} — ใช่ (กำหนดโดยประเภทย่อย)",
                             f"{q.question.en} — yes (fixed by the subtype)"))
            facts[q.id] = True
            continue
        facts[q.id] = ask_choice(term, lang, q.question.in_(lang), options) == "yes"
    return facts


def ask_assessor(term: Terminal, lang: Lang) -> Assessor:
    name = ask_valid(term, lang, _label(lang, "ชื่อผู้ตรวจประเมิน: ", "Assessor's name: "), _required)
    body = ask_valid(term, lang, _label(lang, "หน่วยรับรอง/สังกัด: ", "Assessor's organisation: "), _required)
    return Assessor(name=name, organisation=body)
