"""`hria report` — the assessment report as a bilingual PDF."""

from __future__ import annotations

from pathlib import Path

import typer

from hria.cli.common import Lang, LangOption, console, json_text


def report(
    assessment: Path = typer.Argument(..., metavar="ASSESSMENT"),
    output: Path = typer.Option(..., "-o", "--output"),
    lang: Lang = LangOption,
    criteria: str = typer.Option(None, "--criteria", metavar="SET[@VERSION]|FILE"),
    pdf_a: bool = typer.Option(False, "--pdfa"),
    templates: Path = typer.Option(None, "--templates", envvar="HRIA_TEMPLATES"),
    html: Path = typer.Option(None, "--html"),
) -> None:
    from hria import assessments
    from hria.errors import display_path
    from hria.reports import render
    from hria.scoring import compile_set
    from hria.scoring import score as score_one
    from hria.writing import write_bytes_atomic, write_text_atomic

    item = assessments.load_many([assessment], criteria)[0]
    result = score_one(compile_set(item.criteria.model, item.criteria.content_hash), item.model)
    embedded = json_text({"file": display_path(item.path), **result.to_json()})
    if html:
        write_text_atomic(html, render.report_html(result, item.model, item.criteria.model, lang.value,
                                                   templates))
    data = render.report_pdf(result, item.model, item.criteria.model, lang.value, pdf_a=pdf_a,
                             templates=templates, result_text=embedded)
    write_bytes_atomic(output, data)
    from rich.markup import escape

    from hria.reports.labels import LABELS

    words = LABELS[lang.value]
    console().print(escape(words["wrote"].format(
        file=output, size=len(data) // 1024, lang=lang.value, pdfa=", PDF/A-3b" if pdf_a else "",
        decision=words[result.decision], level=f" · {words['level']} {result.level.name.in_(lang.value)}"
        if result.level else "")))
