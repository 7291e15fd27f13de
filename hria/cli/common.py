"""What every command shares: the error boundary, languages, and output helpers.

Library code raises HriaError subclasses; this module is where they become a
message on stderr and an exit code (1 failed check, 2 bad input or usage).
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    from rich.console import Console

EXIT_FAILED_CHECK = 1
EXIT_BAD_INPUT = 2


class Lang(StrEnum):
    th = "th"
    en = "en"


LangOption = typer.Option(Lang.th, "--lang", help="Language of the content: th (Thai) or en.")
JsonOption = typer.Option(False, "--json", help="Print machine-readable JSON instead.")


class HriaGroup(TyperGroup):
    """Root command group that turns library errors into one-line messages and exit codes."""

    def invoke(self, ctx: Any) -> Any:
        from hria.errors import HriaError, InvalidInput

        try:
            return super().invoke(ctx)
        except InvalidInput as exc:
            for problem in exc.problems:
                typer.echo(str(problem), err=True)
            raise typer.Exit(EXIT_BAD_INPUT) from None
        except HriaError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(EXIT_BAD_INPUT) from None


def console(stderr: bool = False) -> Console:
    from rich.console import Console

    stream = sys.stderr if stderr else sys.stdout
    # In a terminal rich wraps to its width; into a pipe or file, lines stay whole for grep.
    return Console(stderr=stderr, highlight=False, soft_wrap=not stream.isatty())


def json_text(data: object) -> str:
    """The JSON every --json option prints (and what reports embed): UTF-8, indented, stable."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False, default=str) + "\n"


def print_json(data: object) -> None:
    typer.echo(json_text(data), nl=False)


def fail(message: str, code: int = EXIT_BAD_INPUT) -> NoReturn:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def stdout_is_terminal() -> bool:
    return sys.stdout.isatty()
