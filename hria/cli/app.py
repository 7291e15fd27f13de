"""The `hria` program: composes one command group per module."""

from __future__ import annotations

import typer

from hria.cli import (
    assess,
    certify,
    criteria,
    dashboard,
    demo,
    incentives,
    keys,
    questionnaire,
    registry,
    report,
    score,
    verify,
)
from hria.cli import calibrate as _calibrate  # noqa: F401  (registers `hria criteria calibrate`)
from hria.cli import help_format as _help_format  # noqa: F401  (how Typer writes help and usage)
from hria.cli.common import HriaGroup, Lang, LangOption, language_only

app = typer.Typer(
    cls=HriaGroup,
    name="hria", no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    rich_markup_mode="markdown",  # paragraphs reflow to the terminal width; a blank line separates them
)
app.add_typer(criteria.app, name="criteria")
app.add_typer(questionnaire.app, name="questionnaire")
app.command("demo")(demo.demo)
app.command("assess")(assess.assess)
app.command("score")(score.score)
app.command("report")(report.report)
app.add_typer(certify.app, name="certify")
app.add_typer(keys.app, name="keys")
app.add_typer(registry.app, name="registry")
app.command("verify")(verify.verify)
app.add_typer(dashboard.app, name="dashboard")
registry.app.command("incentives")(incentives.incentives)
for group in (criteria.app, questionnaire.app, certify.app, keys.app, registry.app, dashboard.app):
    group.callback()(language_only)


def _print_version(asked: bool) -> None:
    if asked:
        from hria import __version__

        typer.echo(f"hria {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True),
    lang: Lang = LangOption,
) -> None:
    """Runs before every command; --version is handled by its callback, before a command is needed."""


def main() -> None:
    app()
