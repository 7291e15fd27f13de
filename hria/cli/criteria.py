"""`hria criteria …` — the commands criteria authors use."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

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
    print_problems,
)

app = typer.Typer(
    help="Write, check and compare criteria sets (versioned YAML under criteria/).",
    no_args_is_help=True,
)


@app.command("list")
def list_sets(as_json: bool = JsonOption) -> None:
    """List every criteria set and version with its status and number of criteria."""
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

    table = Table(title="Criteria sets / ชุดเกณฑ์การประเมิน")
    for col in ("set", "version", "status", "criteria", "domains", "title"):
        table.add_column(col, justify="right" if col in ("criteria", "domains") else "left")
    for r in rows:
        title = r["title"]
        assert isinstance(title, dict)
        table.add_row(str(r["id"]), str(r["version"]), str(r["status"]), str(r["criteria"]),
                      str(r["domains"]), f"{markup_safe(title['th'])}\n{markup_safe(title['en'])}")
    console().print(table)


@app.command()
def show(
    ref: str = typer.Argument(..., metavar="SET[@VERSION]", help="e.g. gov or gov@2026.1, or a file"),
    lang: Lang = LangOption,
    as_json: bool = JsonOption,
) -> None:
    """Show a criteria set as a readable tree: domains, criteria, gates, rules and levels."""
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
        None, help="Criteria files or folders; all shipped sets when none are given."
    ),
    as_json: bool = JsonOption,
) -> None:
    """Check criteria files and report every problem as file:line:col: message.

    Exit 0 when all are valid, 1 when any is invalid, 2 on a usage error.
    """
    from hria import criteria_sets
    from hria.errors import display_path

    files: list[Path] = []
    for p in paths or []:
        if p.is_dir():
            files += sorted(x for x in p.rglob("*.y*ml") if x.name != "vocabulary.yaml")
        elif p.exists():
            files.append(p)
        else:
            fail(f"no such file or folder: {p}")
    if not paths:
        files = [f.path for f in criteria_sets.set_files()]
    results = {f: criteria_sets.check_file(f) for f in files}
    bad = [f for f, problems in results.items() if problems]
    if as_json:
        print_json([
            {"file": display_path(f), "valid": not problems,
             "problems": [{"file": p.file, "line": p.line, "col": p.col, "message": p.message}
                          for p in problems]}
            for f, problems in results.items()
        ])
    else:
        out = console()
        for f, problems in results.items():
            print_problems(problems)
            if not problems:
                out.print(f"[green]ok[/green] {markup_safe(display_path(f))}")
        total = sum(len(p) for p in results.values())
        summary = f"{len(files)} file(s) checked, {len(bad)} invalid, {total} problem(s)"
        console(stderr=bool(bad)).print(summary)
    if bad:
        raise typer.Exit(EXIT_FAILED_CHECK)


class GraphFormat(StrEnum):
    text = "text"
    dot = "dot"
    mermaid = "mermaid"
    json = "json"


@app.command("graph")
def graph_cmd(
    ref: str = typer.Argument(..., metavar="SET[@VERSION]"),
    fmt: GraphFormat = typer.Option(GraphFormat.text, "--format", "-f",
                                    help="text summary, or the graph as dot, mermaid or json"),
) -> None:
    """Print the dependency graph of a set: prerequisites, skip logic and domains."""
    from hria import criteria_sets, graph

    cs = criteria_sets.load(ref).model
    s = graph.summary(cs)
    numbers = (f"criteria: {s.criteria}, domains: {s.domains}, prerequisite edges: "
               f"{s.prerequisite_edges}, applicability edges: {s.applicability_edges}, "
               f"depth: {s.depth}")
    top = ", ".join(f"{cid} ({n})" for cid, n in s.most_depended_on) or "none"
    if fmt is GraphFormat.json:
        typer.echo(graph.to_json(cs), nl=False)
    elif fmt is GraphFormat.dot:
        typer.echo(f"// {cs.ref}: {numbers}\n// most depended on: {top}\n" + graph.to_dot(cs), nl=False)
    elif fmt is GraphFormat.mermaid:
        typer.echo(f"%% {cs.ref}: {numbers}\n%% most depended on: {top}\n" + graph.to_mermaid(cs),
                   nl=False)
    else:
        console().print(f"[bold]{cs.ref}[/bold]\n{numbers}\nmost depended on: {top}\n"
                        f"evaluation order: {' '.join(graph.evaluation_order(cs))}")


@app.command()
def diff(
    old: str = typer.Argument(..., metavar="SET@A"),
    new: str = typer.Argument(..., metavar="SET@B"),
    as_json: bool = JsonOption,
) -> None:
    """Compare two versions: criteria added, removed, reworded, reweighted, gates changed."""
    from hria import criteria_sets
    from hria.diffing import diff_sets

    d = diff_sets(criteria_sets.load(old).model, criteria_sets.load(new).model)
    if as_json:
        print_json(d.as_json())
        return
    lines = [f"[bold]{d.old} → {d.new}[/bold]"]
    if d.empty:
        lines.append("no differences")
    lines += [f"[green]+ added[/green] {c}" for c in d.added]
    lines += [f"[red]- removed[/red] {c}" for c in d.removed]
    lines += [f"~ reworded {c}: {', '.join(f)}" for c, f in d.reworded.items()]
    lines += [f"~ reweighted {c}: {a:g} → {b:g}" for c, (a, b) in d.reweighted.items()]
    lines += [f"! gate changed {c}: {a} → {b}" for c, (a, b) in d.gates_changed.items()]
    lines += [f"~ logic changed {c}: {', '.join(f)}" for c, f in d.logic_changed.items()]
    lines += [f"~ domain {k}: {v}" for k, v in d.domains_changed.items()]
    if d.levels_changed:
        lines.append("! certification levels changed")
    if d.rules_changed:
        lines.append("! rules changed")
    console().print("\n".join(lines))


@app.command()
def schema(
    output: Path = typer.Option(None, "-o", "--output", help="Write to this file instead."),
) -> None:
    """Print the JSON Schema of the criteria-set format, for editors to check files as typed."""
    from hria.schema import criteria_set_schema_text
    from hria.writing import write_text_atomic

    text = criteria_set_schema_text()
    if output:
        write_text_atomic(output, text)
    else:
        typer.echo(text, nl=False)
