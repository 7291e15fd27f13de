"""The printable form: for those who fill it by hand, and, prefilled, for the record.

Rendered through the shared core (autoescaped strict Jinja, WeasyPrint fetching
only bundled assets) from report_templates/questionnaire/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hria import dates
from hria.models.assessment import Answer, Assessment
from hria.models.text import Lang
from hria.questionnaires import xlsx_layout as layout
from hria.questionnaires.form import NOT_APPLICABLE, Form, Question
from hria.questionnaires.labels import label
from hria.questionnaires.profile_values import fact_label, profile_value

_WORDS = ("how_to_fill", "na_when", "guidance", "expected_evidence", "col_evidence", "col_na_reason",
          "col_notes", "signature", "assessed_on", "page", "of")


def questionnaire_html(form: Form, lang: Lang, prefill: Assessment | None = None,
                       templates: Path | None = None) -> str:
    from hria.rendering.templates import environment

    return environment(templates).get_template("questionnaire/questionnaire.html").render(
        **_context(form, lang, prefill))


def export_pdf(form: Form, lang: Lang, prefill: Assessment | None = None,
               templates: Path | None = None) -> bytes:
    from hria.rendering.pdf import write_pdf

    return write_pdf(questionnaire_html(form, lang, prefill, templates), user_templates=templates).data


def _context(form: Form, lang: Lang, prefill: Assessment | None) -> dict[str, Any]:
    loaded = form.questionnaire.criteria
    definition = form.questionnaire.definition
    answers = {a.criterion: a for a in prefill.answers} if prefill else {}
    source = prefill or form.organisation  # a form made for a profile carries it
    profile = [{"label": fact_label(path, loaded.model, lang) or label(layout.FIELD_LABELS[path], lang),
                "value": _shown(profile_value(path, source, loaded.model, lang), lang) if source else ""}
               for path in layout.profile_fields(loaded.model)]
    return {
        "lang": lang, "title": definition.title.in_(lang), "author": "hria",
        "description": f"{definition.id} · {loaded.ref}", "intro": definition.intro.in_(lang),
        "instructions": [t.in_(lang) for t in definition.instructions],
        "setref": loaded.ref, "content_hash": loaded.content_hash, "questionnaire_id": definition.id,
        "profile": profile,
        "sections": [{"number": s.number, "title": s.title.in_(lang),
                      "intro": s.intro.in_(lang) if s.intro else None,
                      "questions": [_question(q, lang, answers.get(q.id)) for q in s.questions]}
                     for s in form.sections],
        "L": {key: label(key, lang) for key in _WORDS},
    }


def _question(q: Question, lang: Lang, answer: Answer | None) -> dict[str, Any]:
    chosen: int | str | None = None
    if answer is not None:
        chosen = NOT_APPLICABLE if answer.not_applicable is not None else answer.value
    def code(value: int | None) -> int | str:
        return NOT_APPLICABLE if value is None else value

    return {
        "number": q.number, "id": q.id, "title": q.title.in_(lang), "question": q.question.in_(lang),
        "must_pass": label("must_pass", lang).format(level=q.must_pass) if q.must_pass else None,
        "choices": [{"code": code(c.value), "label": c.label.in_(lang),
                     "chosen": chosen is not None and chosen == code(c.value)} for c in q.choices],
        "na_reason": q.na_reason.in_(lang) if q.na_reason else None,
        "guidance": q.guidance.in_(lang), "expected": [e.in_(lang) for e in q.evidence],
        "evidence": list(answer.evidence) if answer else [],
        "notes": (answer.notes or "") if answer else "",
        "na_given": answer.not_applicable.reason if answer and answer.not_applicable else "",
    }


def _shown(value: Any, lang: Lang) -> str:
    """A profile cell as a reader of ``lang`` writes it: "2 ตุลาคม พ.ศ. 2569", "80,000,000"."""
    if value is None:
        return ""
    if hasattr(value, "date") and callable(value.date):
        return dates.in_lang(value.date(), lang)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)
