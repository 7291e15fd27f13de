"""The commented YAML form: an assessment file with blank answers and the questions as comments.

It is the assessment format itself, so a filled form is scored as it is; the
questions, choices and guidance are ``#|`` comments the organisation may ignore.
With a prefill from a YAML answers file, the organisation's own comments are
carried over (see ``carry``).
"""

from __future__ import annotations

import io
import textwrap
from typing import Any

from ruamel.yaml import YAML

from hria.loading.model_errors import validate_document
from hria.loading.vocabulary import load_vocabulary
from hria.loading.yaml_source import parse_yaml
from hria.models.assessment import SCHEMA_VERSION, Answer, Assessment, Organisation
from hria.models.enterprise_size import SECTOR_NAMES
from hria.models.text import Lang
from hria.questionnaires import carry
from hria.questionnaires.answers import same_content
from hria.questionnaires.carry import MARK
from hria.questionnaires.form import Form, Question
from hria.questionnaires.labels import label

ITEM_INDENT = 2


def export_yaml(form: Form, lang: Lang, prefill: Assessment | None = None,
                prefill_text: str | None = None) -> tuple[str, list[str]]:
    """The form's text and any warnings (comments that could not be carried over)."""
    carried = carry.split(prefill_text) if prefill_text is not None else None
    if carried is not None:
        text = _render(form, lang, prefill, carried)
        if _same_answers(text, prefill):
            return text, []
    text = _render(form, lang, prefill, None)
    warnings = ([label("comments_not_carried", lang)] if prefill_text is not None else [])
    return text, warnings


def _same_answers(text: str, prefill: Assessment | None) -> bool:
    """Carrying comments must never change a value: re-read the result and compare."""
    try:
        again = validate_document(Assessment, parse_yaml(text, "form"))
    except Exception:
        return False
    return prefill is None or same_content(again, prefill)


def _render(form: Form, lang: Lang, prefill: Assessment | None, carried: carry.CarriedText | None) -> str:
    loaded = form.questionnaire.criteria
    definition = form.questionnaire.definition
    out: list[str] = []
    out += _comment([definition.title.in_(lang)])
    out += _comment([f"{label('questionnaire', lang)}: {definition.id} · {loaded.ref}", loaded.content_hash])
    out += _comment(["", definition.intro.in_(lang), "", label("how_to_fill", lang)])
    out += _comment([f"{n}. {t.in_(lang)}" for n, t in enumerate(definition.instructions, start=1)])
    out += _comment(["", label("yaml_keep_comments", lang)])
    if carried is not None:
        out += carried.preamble
    out += [
        f"schema_version: {SCHEMA_VERSION}",
        "criteria_set:",
        f"  id: {loaded.model.id}",
        f'  version: "{loaded.model.version}"',
        f"  content_hash: {loaded.content_hash}",
        "",
    ]
    out += _comment(_profile_hints(form, lang))
    out += _top("organisation", _organisation(form, prefill), carried)
    out += _comment([label("respondent_hint", lang)])
    out += _top("assessor", _assessor(prefill), carried)
    out += _top("assessed_on", prefill.assessed_on if prefill else None, carried)
    out += ["", "answers:"]
    answers = {a.criterion: a for a in prefill.answers} if prefill else {}
    for section in form.sections:
        out += ["", *_comment([f"══ {section.number}. {section.title.in_(lang)} ══"], ITEM_INDENT)]
        if section.intro is not None:
            out += _comment([section.intro.in_(lang)], ITEM_INDENT)
        for question in section.questions:
            out += ["", *_comment(_question_lines(question, lang), ITEM_INDENT)]
            block = carried.items.get(question.id) if carried else None
            if block is not None:
                out += block.lines(carried.item_indent if carried else 0, ITEM_INDENT)
            else:
                out += _dump([answer_entry(question.id, answers.get(question.id))])  # items at ITEM_INDENT
    out += ["", *_comment([label("impacts_hint", lang)])]
    out += _top("impacts", [i.model_dump(exclude_none=True) for i in prefill.impacts]
                if prefill else [], carried)
    return "\n".join(out) + "\n"


def _top(key: str, value: Any, carried: carry.CarriedText | None) -> list[str]:
    block = carried.blocks.get(key) if carried else None
    if block is not None:
        return block.lines()
    return _dump({key: value})


def _comment(lines: list[str], indent: int = 0) -> list[str]:
    out = []
    for line in lines:
        wrapped = textwrap.wrap(line, width=100, break_long_words=False, break_on_hyphens=False) or [""]
        out += [(" " * indent + f"{MARK} {w}").rstrip() for w in wrapped]
    return out


def _question_lines(q: Question, lang: Lang) -> list[str]:
    lines = [f"{q.number} {q.id} — {q.title.in_(lang)}", q.question.in_(lang)]
    lines.append(f"{label('choices', lang)}:")
    lines += [f"  value: {c.value} = {c.label.in_(lang)}" for c in q.choices if c.value is not None]
    if q.na_reason is not None:
        lines.append(f"  not_applicable: {{reason: …}} — {label('na_when', lang)}: {q.na_reason.in_(lang)}")
    if q.must_pass is not None:
        lines.append(label("must_pass", lang).format(level=q.must_pass))
    lines.append(f"{label('guidance', lang)}: {q.guidance.in_(lang)}")
    lines.append(f"{label('expected_evidence', lang)}:")
    lines += [f"  - {e.in_(lang)}" for e in q.evidence]
    return lines


def _profile_hints(form: Form, lang: Lang) -> list[str]:
    cs = form.questionnaire.criteria.model
    lines = [label("profile_hint", lang)]
    if cs.subtypes:
        lines.append("subtype: " + ", ".join(f"{s.id} ({s.name.in_(lang)})" for s in cs.subtypes))
    # each code with its name, as the subtypes: a Thai reader sees what "small" stands for
    lines.append("size: " + ", ".join(f"{s.id} ({s.name.in_(lang)})" for s in load_vocabulary().sizes))
    if "sector" in load_vocabulary().profile_fields(cs.organisation_type):
        sectors = ", ".join(f"{code} ({name.in_(lang)})" for code, name in SECTOR_NAMES.items())
        lines.append(f"sector: {sectors} — " + (
            "กรอกพร้อม employees และ annual_revenue_baht แล้วเว้น size ว่างได้ ระบบคิดขนาดตามนิยาม SME"
            if lang == "th" else
            "with employees and annual_revenue_baht, size may be left empty: the SME definition sets it"))
    if cs.profile:
        lines.append("profile: {" + ", ".join(f"{q.id}: true|false" for q in cs.profile) + "}")
        lines += [f"  {q.id}: {q.question.in_(lang)}" for q in cs.profile]
    return lines


def _organisation(form: Form, prefill: Assessment | None) -> dict[str, Any]:
    if prefill is not None:
        return prefill.organisation.model_dump(exclude_none=True)
    if form.organisation is not None:  # a form made for a profile carries it
        return form.organisation.model_dump(exclude_none=True)
    blank: dict[str, Any] = {"name": {"th": "", "en": ""},
                             "type": form.questionnaire.criteria.model.organisation_type,
                             "subtype": None, "province": "", "size": None, "registration_number": "",
                             "employees": None}
    blank |= {k: None for k in load_vocabulary().profile_fields(blank["type"])
              if k in Organisation.model_fields}
    return blank


def _assessor(prefill: Assessment | None) -> dict[str, Any]:
    return prefill.assessor.model_dump() if prefill else {"name": "", "organisation": ""}


def answer_entry(criterion: str, answer: Answer | None) -> dict[str, Any]:
    """One answer as the file holds it; a blank entry when there is no answer yet."""
    if answer is None:
        return {"criterion": criterion, "value": None, "evidence": [], "notes": None}
    entry: dict[str, Any] = {"criterion": criterion}
    if answer.not_applicable is not None:
        entry["not_applicable"] = {"reason": answer.not_applicable.reason}
    else:
        entry["value"] = answer.value
    entry["evidence"] = list(answer.evidence)
    entry["notes"] = answer.notes
    if answer.answered_by is not None:
        entry["answered_by"] = answer.answered_by
    if answer.answered_at is not None:
        entry["answered_at"] = answer.answered_at
    return entry


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    yaml.allow_unicode = True
    return yaml


def _dump(data: Any) -> list[str]:
    buffer = io.StringIO()
    _yaml().dump(data, buffer)
    return buffer.getvalue().rstrip("\n").splitlines()
