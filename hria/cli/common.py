"""What every command shares: the error boundary, languages, and output helpers.

Library code raises HriaError subclasses; this module is where they become a
message on stderr and an exit code (1 failed check, 2 bad input or usage).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from typer.core import TyperGroup

if TYPE_CHECKING:
    from rich.console import Console

    from hria.registry import Registry

EXIT_FAILED_CHECK = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130  # what a shell reports for Ctrl-C

# C0 and C1 control characters, DEL, and the bidi overrides that can reorder what a line shows.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


class Lang(StrEnum):
    th = "th"
    en = "en"


def _lang_of_the_run(ctx: typer.Context, param: typer.CallbackParam, value: Lang) -> Lang:
    """A command not given --lang itself speaks the language of the run, which ``--lang`` anywhere on
    the line chooses (``hria registry --lang en list``), else HRIA_LANG, else Thai."""
    from typer._click.core import ParameterSource

    if ctx.get_parameter_source(param.name or "lang") == ParameterSource.DEFAULT:
        return HriaGroup.lang
    return value


LangOption = typer.Option(Lang.th, "--lang", envvar="HRIA_LANG", callback=_lang_of_the_run)


def language_only(lang: Lang = LangOption) -> None:
    """A command group takes ``--lang`` too (``hria registry --help --lang en``)."""
JsonOption = typer.Option(False, "--json")
RegistryOption = typer.Option(None, "--registry")


def chosen_lang(args: Sequence[str]) -> Lang:
    """The language a command line asks for (``--lang en`` / ``--lang=en``), read before Click
    parses it so that even a usage error is said in that language; else HRIA_LANG, else Thai."""
    for i, arg in enumerate(args):
        if arg == "--":
            break
        value = arg.partition("=")[2] if arg.startswith("--lang=") else (
            args[i + 1] if arg == "--lang" and i + 1 < len(args) else None)
        if value in ("th", "en"):
            return Lang(value)
    return Lang.en if os.environ.get("HRIA_LANG") == "en" else Lang.th


class HriaGroup(TyperGroup):
    """Root command group that turns library errors into one-line messages and exit codes,
    in the language of the run."""

    lang: Lang = Lang.th

    def main(self, args: Sequence[str] | None = None, *rest: Any, **extra: Any) -> Any:
        args = list(sys.argv[1:] if args is None else args)
        HriaGroup.lang = chosen_lang(args)
        from hria.cli.help_texts import apply_help

        apply_help(self, HriaGroup.lang)
        return super().main(args, *rest, **extra)

    def make_context(self, *args: Any, **extra: Any) -> Any:
        from typer._click.exceptions import NoArgsIsHelpError, UsageError

        try:
            return super().make_context(*args, **extra)
        except NoArgsIsHelpError:
            raise
        except UsageError as exc:
            from hria.cli.usage_errors import usage_error

            _say(usage_error(exc, self.lang))
            raise typer.Exit(EXIT_BAD_INPUT) from None

    def invoke(self, ctx: Any) -> Any:
        from typer._click.exceptions import NoArgsIsHelpError, UsageError

        from hria.error_texts import prefix
        from hria.errors import HriaError, Interrupted, InvalidInput
        from hria.loading.limits import MAX_SHOWN_CHARS, os_error

        lang = self.lang
        try:
            return super().invoke(ctx)
        except NoArgsIsHelpError:
            raise
        except UsageError as exc:
            from hria.cli.usage_errors import usage_error

            _say(usage_error(exc, lang))
            raise typer.Exit(EXIT_BAD_INPUT) from None
        except InvalidInput as exc:
            print_problems(exc.problems)
            raise typer.Exit(EXIT_BAD_INPUT) from None
        except Interrupted as exc:
            _say(f"{prefix('interrupted', lang)}: {exc.in_(lang)}")
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except KeyboardInterrupt:
            _say(prefix("interrupted", lang))
            raise typer.Exit(EXIT_INTERRUPTED) from None
        except HriaError as exc:
            _say(f"{prefix('error', lang)}: {exc.in_(lang)}")
            raise typer.Exit(EXIT_BAD_INPUT) from None
        except OSError as exc:  # permission, read-only file system, full disk, name too long
            from hria.error_texts import error_text

            name = str(exc.filename or "")
            if len(name) > MAX_SHOWN_CHARS:
                name = name[: MAX_SHOWN_CHARS - 1] + "…"
            where = f"{name}: " if name else ""
            code, values = os_error(exc)
            _say(f"{prefix('error', lang)}: {where}{error_text(code, lang, values)}")
            raise typer.Exit(EXIT_BAD_INPUT) from None
        except RecursionError:
            _say(f"{prefix('error', lang)}: {error_text_of('input.nested', lang)}")
            raise typer.Exit(EXIT_BAD_INPUT) from None
        except Exception as exc:
            if type(exc).__module__ != "sqlite3":
                raise
            # a registry path that is a folder, not a database, read-only or on a full disk
            from hria.registry.db_reasons import sqlite_reason

            detail = sqlite_reason(str(exc)) if lang == "th" else exc
            _say(f"{prefix('error', lang)}: {prefix('registry_db', lang, detail=detail)}")
            raise typer.Exit(EXIT_BAD_INPUT) from None


def error_text_of(code: str, lang: str, **values: object) -> str:
    from hria.error_texts import error_text

    return error_text(code, lang, {k: str(v) for k, v in values.items()})


def print_problems(problems: Sequence[object]) -> None:
    """Problems on stderr, one line each, in the run's language: the first MAX_PROBLEMS_SHOWN,
    then how many more."""
    from hria.error_texts import prefix
    from hria.loading.limits import MAX_PROBLEMS_SHOWN

    lang = HriaGroup.lang
    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        in_ = getattr(problem, "in_", None)
        _say(in_(lang) if callable(in_) else str(problem))
    if len(problems) > MAX_PROBLEMS_SHOWN:
        _say(prefix("more_problems", lang, more=f"{len(problems) - MAX_PROBLEMS_SHOWN:,}",
                    shown=MAX_PROBLEMS_SHOWN))


_LONGEST_LINE = 2000


def _say(message: str) -> None:
    """One line on stderr, whatever the data in it: control characters and line breaks escaped,
    and a line made huge by quoted input cut short."""
    line = safe_text(message)
    if len(line) > _LONGEST_LINE:
        line = line[: _LONGEST_LINE - 1] + "…"
    typer.echo(line, err=True)


def safe_text(text: str) -> str:
    """Text from data with control characters (ESC, OSC 8, clear-screen, NUL, line breaks) made
    visible as escapes, so nothing in a file or name can drive the terminal or add a line."""
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


def markup_safe(value: object) -> str:
    """Data shown in Rich output as the text it is: markup such as ``[link=…]`` or ``[/bold]`` and
    control characters printed literally, not interpreted. Every name, note or id from a file,
    the registry or a certificate goes through this before it is put in a Rich string."""
    from rich.markup import escape

    return escape(safe_text(str(value)))


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
    """An error line in the run's language; ``message`` is already worded (say it with ``text``)."""
    from hria.error_texts import prefix

    _say(f"{prefix('error', HriaGroup.lang)}: {message}")
    raise typer.Exit(code)


def warn(message: str) -> None:
    from hria.error_texts import prefix

    _say(f"{prefix('warning', HriaGroup.lang)}: {message}")


def open_location(location: str | None, create: bool = False) -> Registry:
    """The registry at ``location``; only registering a body may create one, so that a mistyped path
    is an error rather than a new, empty registry whose log is "intact"."""
    from hria.errors import UsageError
    from hria.registry import default_registry_location, is_url, open_registry

    where = str(location) if location else str(default_registry_location())
    if not create and not is_url(where) and Path(where).is_file() and Path(where).stat().st_size == 0:
        raise UsageError(code="registry.empty_file", where=where)
    if not create and not is_url(where) and not Path(where).exists():
        raise UsageError(code="registry.not_found", where=where)
    return open_registry(where)


def day_option(text: str | None, option: str) -> dt.date | None:
    """A date option as people write it (``2569-06-30``, ``30/06/2569``, ``30 มิ.ย. 2569``; a year
    above 2400 is B.E.), echoed on stderr in both eras when it was not the plain C.E. date, so that
    what is saved is what was meant. None when not given."""
    from hria import dates

    if not text:
        return None
    day = dates.given(text, option)
    if (shown := dates.read_as(text, day, HriaGroup.lang)) is not None:
        from hria.cli.texts import say

        _say(say("date.read_as", HriaGroup.lang, option=option, text=text, day=shown))
    return day
