"""`hria criteria …` — the commands criteria authors use."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from hria.cli.common import (
    EXIT_FAILED_CHECK,
    JsonOption,
    Lang,
    LangOption,
    console,
    fail,
    markup_safe,
    print_json,
)
from hria.cli.texts import TEXTS, say

if TYPE_CHECKING:
    from hria.criteria_sets import LoadedSet
    from hria.errors import Problem
    from hria.models.criteria import CriteriaSet

app = typer.Typer(
    no_args_is_help=True,
)


@app.command("list")
def list_sets(lang: Lang = LangOption, as_json: bool = JsonOption) -> None:
    from hria import criteria_sets

    rows = []
    for f in criteria_sets.set_files():
        loaded = criteria_sets.load_set_file(f.path)
        cs = loaded.model
        rows.append({
            "id": cs.id, "version": cs.version, "status": cs.status,
            "organisation_type": cs.organisation_type, "criteria": len(cs.criteria),
            "domains": len(cs.domains), "title": cs.title.model_dump(), "path": str(f.path),
            "content_hash": loaded.content_hash,
        })
    if as_json:
        print_json(rows)
        return
    from rich.table import Table

    table = Table(title=say("criteria.list_title", lang))
    for col in ("set", "version", "status", "criteria", "domains", "title"):
        table.add_column(say(f"criteria.col.{col}", lang), justify="right" if col in ("criteria",
                                                                                      "domains") else "left")
    for r in rows:
        title = r["title"]
        assert isinstance(title, dict)
        status = f"criteria.status.{r['status']}"
        table.add_row(str(r["id"]), str(r["version"]), say(status,
                                                           lang) if status in TEXTS else str(r["status"]),
                      str(r["criteria"]), str(r["domains"]), markup_safe(title[lang.value]))
    console().print(table)


@app.command()
def show(
    ref: str = typer.Argument(..., metavar="SET[@VERSION]"),
    lang: Lang = LangOption,
    as_json: bool = JsonOption,
) -> None:
    from hria import criteria_sets
    from hria.cli.criteria_view import set_tree

    loaded = criteria_sets.load(ref)
    if as_json:
        print_json({"content_hash": loaded.content_hash, **loaded.model.model_dump(mode="json")})
        return
    out = console()
    if not out.is_terminal:
        out.width = 100_000  # piped or redirected: one whole line per node, for grep
    out.print(set_tree(loaded, lang.value))


@app.command()
def validate(
    paths: list[Path] = typer.Argument(
        None),
    strict: bool = typer.Option(False, "--strict"),
    lang: Lang = LangOption,
    as_json: bool = JsonOption,
) -> None:
    from hria import criteria_sets
    from hria.criteria_sets import RECOMMENDATIONS
    from hria.errors import display_path

    files: list[Path] = []
    for p in paths or []:
        if p.is_dir():
            files += sorted(x for x in p.rglob("*.y*ml") if x.name != "vocabulary.yaml"
                            and x.parent.name != RECOMMENDATIONS)
        elif p.exists():
            files.append(p)
        else:
            fail(say("criteria.no_path", lang, path=p))
    if not paths:
        files = [f.path for f in criteria_sets.set_files()]
    checked = {f: criteria_sets.check_file_for_authors(f) for f in files}
    results = {f: c.problems for f, c in checked.items()}
    superseded = _superseded([c.loaded.model for c in checked.values() if c.loaded])
    warnings = {f: [] if c.loaded is None or c.loaded.model.ref in superseded else c.warnings()
                for f, c in checked.items()}
    bad = [f for f, problems in results.items() if problems or (strict and warnings[f])]
    if as_json:
        print_json([
            {"file": display_path(f), "valid": not problems,
             "problems": [_problem_json(p) for p in problems],
             "warnings": [_problem_json(p) for p in warnings[f]]}
            for f, problems in results.items()
        ])
    else:
        out = console()
        for f, problems in results.items():
            for problem in [*problems, *warnings[f]]:
                typer.echo(problem.in_(lang.value), err=True)
            if not problems:
                note = say("criteria.warnings", lang, count=len(warnings[f])) if warnings[f] else ""
                out.print(f"[green]{say('criteria.ok', lang)}[/green] {markup_safe(display_path(f))}{note}")
        total = sum(len(p) for p in results.values())
        warned = sum(len(w) for w in warnings.values())
        summary = say("criteria.summary", lang, files=len(files), invalid=len(bad), problems=total,
                      warnings=warned, strict=say("criteria.strict", lang) if strict else "")
        console(stderr=bool(bad)).print(summary)
    if bad:
        raise typer.Exit(EXIT_FAILED_CHECK)


def _problem_json(p: Problem) -> dict[str, object]:
    return {"file": p.file, "line": p.line, "col": p.col, "message": p.message}


def _superseded(sets: list[CriteriaSet]) -> set[str]:
    """SET@VERSION of each set another of ``sets`` supersedes: published, kept as it is."""
    replaced = {f"{cs.id}@{cs.supersedes.version}" for cs in sets if cs.supersedes}
    return {cs.ref for cs in sets if cs.ref in replaced}


def _latest_or(refs: list[str] | None) -> list[LoadedSet]:
    """The sets named, or the latest active version of every shipped set."""
    from hria import criteria_sets

    if refs:
        return [criteria_sets.load(r) for r in refs]
    ids = sorted({f.id for f in criteria_sets.set_files()})
    return [criteria_sets.load(set_id) for set_id in ids]


@app.command()
def stats(
    refs: list[str] = typer.Argument(None, metavar="[SET[@VERSION]]..."),
    lang: Lang = LangOption,
    as_json: bool = JsonOption,
) -> None:
    from hria.cli.criteria_view import stats_table
    from hria.loading.vocabulary import load_vocabulary
    from hria.set_stats import set_stats

    vocab = load_vocabulary()
    rows = [set_stats(s.model, vocab) for s in _latest_or(refs)]
    if as_json:
        print_json([r.as_json() for r in rows])
        return
    kind_names = {k.id: k.name.in_(lang.value) for k in vocab.reference_kinds}
    console().print(stats_table(rows, kind_names, lang.value))


@app.command()
def coverage(
    refs: list[str] = typer.Argument(None, metavar="[SET[@VERSION]]..."),
    lang: Lang = LangOption,
    as_json: bool = JsonOption,
) -> None:
    from hria.cli.criteria_view import coverage_table, recommendation_lines
    from hria.coverage import set_coverage
    from hria.loading.vocabulary import load_observations, load_recommendations, load_vocabulary

    observations = load_observations()
    rows = [set_coverage(s.model, load_vocabulary(), load_recommendations(), observations)
            for s in _latest_or(refs)]
    if as_json:
        print_json([r.as_json() for r in rows])
    else:
        out = console()
        out.print(coverage_table(rows, lang.value))
        out.print("\n".join(recommendation_lines(rows, lang.value)))
        for r in rows:
            if r.gaps:
                gap = say("criteria.coverage_gap", lang, set=r.set_ref, themes=", ".join(r.gaps))
                out.print(f"[red]{gap}[/red]")
    if any(r.gaps for r in rows):
        raise typer.Exit(EXIT_FAILED_CHECK)


class GraphFormat(StrEnum):
    text = "text"
    dot = "dot"
    mermaid = "mermaid"
    json = "json"


@app.command("graph")
def graph_cmd(
    ref: str = typer.Argument(..., metavar="SET[@VERSION]"),
    fmt: GraphFormat = typer.Option(GraphFormat.text, "--format", "-f"),
    lang: Lang = LangOption,
) -> None:
    from hria import criteria_sets, graph

    cs = criteria_sets.load(ref).model
    s = graph.summary(cs)
    numbers = say("criteria.graph_numbers", lang, criteria=s.criteria, domains=s.domains,
                  prerequisites=s.prerequisite_edges, applicability=s.applicability_edges, depth=s.depth)
    top = ", ".join(f"{cid} ({n})" for cid, n in s.most_depended_on) or say("criteria.none", lang)
    if fmt is GraphFormat.json:
        typer.echo(graph.to_json(cs), nl=False)
    elif fmt is GraphFormat.dot:
        typer.echo(f"// {cs.ref}: {numbers}\n// {say('criteria.graph_top', lang, top=top)}\n"
                   + graph.to_dot(cs),
                   nl=False)
    elif fmt is GraphFormat.mermaid:
        typer.echo(f"%% {cs.ref}: {numbers}\n%% {say('criteria.graph_top', lang, top=top)}\n"
                   + graph.to_mermaid(cs), nl=False)
    else:
        console().print(f"[bold]{cs.ref}[/bold]\n{numbers}\n{say('criteria.graph_top', lang, top=top)}\n"
                        + say("criteria.graph_order", lang, order=" ".join(graph.evaluation_order(cs))))


@app.command()
def diff(
    old: str = typer.Argument(..., metavar="SET@A"),
    new: str = typer.Argument(..., metavar="SET@B"),
    lang: Lang = LangOption,
    as_json: bool = JsonOption,
) -> None:
    from hria import criteria_sets
    from hria.diffing import diff_sets

    d = diff_sets(criteria_sets.load(old).model, criteria_sets.load(new).model)
    if as_json:
        print_json(d.as_json())
        return
    from hria.cli.criteria_view import diff_lines

    lines = diff_lines(d, lang.value)
    console().print("\n".join(lines))


@app.command()
def schema(
    output: Path = typer.Option(None, "-o", "--output"),
    lang: Lang = LangOption,
) -> None:
    from hria.schema import criteria_set_schema_text
    from hria.writing import write_text_atomic

    text = criteria_set_schema_text()
    if output:
        write_text_atomic(output, text)
    else:
        typer.echo(text, nl=False)
