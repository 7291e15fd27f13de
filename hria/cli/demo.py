"""`hria demo` — the main job on the bundled data, for a newcomer's first run."""

from __future__ import annotations

import typer

from hria.cli.common import EXIT_FAILED_CHECK, Lang, LangOption, console


def demo(lang: Lang = LangOption) -> None:
    """Run the whole path on the bundled examples (today: check and summarise every criteria set)."""
    from hria import criteria_sets, graph
    from hria.loading.vocabulary import load_vocabulary

    out = console()
    vocab = load_vocabulary()
    files = criteria_sets.set_files()
    out.print(f"[bold]hria demo[/bold] — {len(files)} criteria set(s), "
              f"{len(vocab.domains)} rights domains in the shared catalogue")
    failed = False
    for f in files:
        problems = criteria_sets.check_file(f.path)
        if problems:
            failed = True
            for p in problems:
                typer.echo(str(p), err=True)
            continue
        cs = criteria_sets.load_set_file(f.path).model
        s = graph.summary(cs)
        gates = sum(1 for c in cs.criteria if c.must_pass)
        out.print(f"[green]✓[/green] {cs.ref:<18} {cs.title.in_(lang.value)}\n"
                  f"    {s.criteria} criteria · {s.domains} domains · "
                  f"{s.prerequisite_edges} prerequisite + {s.applicability_edges} applicability edges"
                  f" · {gates} must-pass gates · levels: {', '.join(lv.id for lv in cs.levels)}")
    if failed:
        raise typer.Exit(EXIT_FAILED_CHECK)
