"""`hria questionnaire` — export forms for self-assessment and import them back as assessments."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from hria.cli.common import EXIT_FAILED_CHECK, Lang, LangOption, console, print_json, warn
from hria.cli.texts import say

app = typer.Typer(no_args_is_help=True)


class Format(StrEnum):
    xlsx = "xlsx"
    yaml = "yaml"
    pdf = "pdf"


class AudienceChoice(StrEnum):
    self_assessment = "self_assessment"
    auditor_interview = "auditor_interview"


@app.command("list")
def list_questionnaires(lang: Lang = LangOption,
                        as_json: bool = typer.Option(False, "--json")) -> None:
    from hria.questionnaires import catalogue

    rows = []
    for path in catalogue.definition_files():
        loaded = catalogue.load_file(path)
        d = loaded.definition
        rows.append({"id": d.id, "set": loaded.criteria.ref, "audience": d.audience,
                     "sections": len(d.sections), "questions": sum(len(s.criteria) for s in d.sections)})
    if as_json:
        print_json(rows)
        return
    from rich.cells import cell_len

    out = console()
    for r in rows:
        audience = say(f"questionnaire.{r['audience']}", lang)
        audience += " " * max(1, 24 - cell_len(audience))  # Thai marks take no column
        out.print(f"{r['id']:<28} {r['set']:<16} {audience}"
                  + say("questionnaire.counts", lang, questions=r["questions"], sections=r["sections"]))


@app.command("export")
def export(
    criteria_set: str = typer.Argument(..., metavar="SET[@VERSION]"),
    fmt: Format = typer.Option(..., "--format", "-f"),
    output: Path = typer.Option(..., "-o", "--output"),
    lang: Lang = LangOption,
    audience: AudienceChoice = typer.Option(AudienceChoice.self_assessment, "--audience"),
    prefill: Path = typer.Option(None, "--prefill", metavar="ANSWERS"),
    profile: Path = typer.Option(None, "--profile", metavar="FILE"),
) -> None:
    from hria import criteria_sets
    from hria.questionnaires import catalogue
    from hria.questionnaires.answers import load_prefill
    from hria.questionnaires.form import build_form
    from hria.writing import write_bytes_atomic, write_text_atomic

    questionnaire = catalogue.find(criteria_sets.load(criteria_set), audience.value)
    organisation = None
    if profile is not None:
        from hria.interview.profile import from_file

        organisation = from_file(profile, questionnaire.criteria.model).organisation
    form = build_form(questionnaire, organisation)
    answers = load_prefill(prefill, questionnaire) if prefill else None
    warnings: list[str] = []
    if fmt is Format.xlsx:
        from hria.questionnaires.export_xlsx import export_xlsx

        write_bytes_atomic(output, export_xlsx(form, lang.value, answers))
    elif fmt is Format.yaml:
        from hria.questionnaires.export_yaml import export_yaml

        text, warnings = export_yaml(form, lang.value, answers,
                                     prefill.read_text(encoding="utf-8") if prefill else None)
        write_text_atomic(output, text)
    else:
        from hria.questionnaires.export_pdf import export_pdf

        write_bytes_atomic(output, export_pdf(form, lang.value, answers))
    for warning in warnings:
        warn(warning)
    from rich.markup import escape

    from hria.questionnaires.labels import label

    prefilled = label("prefilled_from", lang.value).format(file=prefill) if prefill else ""
    console().print(escape(label("wrote", lang.value).format(
        file=output, id=questionnaire.id, set=questionnaire.criteria.ref, count=len(form.questions),
        format=fmt.value, lang=lang.value, prefilled=prefilled)))


@app.command("import")
def import_(
    file: Path = typer.Argument(..., metavar="FILE"),
    output: Path = typer.Option(..., "-o", "--output", metavar="ANSWERS"),
    allow_incomplete: bool = typer.Option(False, "--allow-incomplete"),
    criteria: str = typer.Option(None, "--criteria", metavar="SET[@VERSION]"),
    lang: Lang = LangOption,
) -> None:
    from hria.errors import display_path
    from hria.writing import write_text_atomic

    if file.suffix.lower() in (".yaml", ".yml"):
        from hria.questionnaires.import_yaml import import_yaml

        imported = import_yaml(file, criteria, allow_incomplete)
    else:
        from hria.questionnaires.import_xlsx import import_xlsx

        imported = import_xlsx(file, criteria, allow_incomplete)
    write_text_atomic(output, imported.text)
    for warning in imported.warnings:
        warn(warning)
    answered = sum(1 for a in imported.assessment.answers if a.answered)
    from rich.markup import escape

    from hria.questionnaires.labels import label

    console().print(escape(label("imported", lang.value).format(file=output, form=display_path(file),
                                                                count=answered)))
    if imported.missing:
        typer.echo(label("import_incomplete", lang.value).format(
            count=len(imported.missing), ids=", ".join(imported.missing)), err=True)
        raise typer.Exit(EXIT_FAILED_CHECK)
