"""Help and usage text as Click writes it, not as Typer 0.29 decorates it.

Typer 0.29 shows a ``<bool>`` type beside every flag (a flag takes no value, so the
type only misleads) and wraps required arguments in braces on the usage line
(``hria report [OPTIONS] {ASSESSMENT}``), which reads like a template placeholder.
Flags show no type here, a list of values shows its element type (``<path>...``, not
``<list[Path]>``); usage lines name required arguments bare, optional ones in brackets.
tests/test_cli_help.py holds these.
"""

from __future__ import annotations

from typing import Any

from typer._click.core import Command
from typer.core import TyperArgument, TyperOption

_option_type = TyperOption.display_type_rich
_argument_type = TyperArgument.display_type_rich
_help_option = Command.get_help_option


def _plain(shown: str | None) -> str | None:
    """``<list[Path]>`` (Python's name for the type) reads ``<path>...``: one or more paths."""
    if shown and shown.startswith("<list[") and shown.endswith("]>"):
        return f"<{shown[6:-2].lower()}>..."
    return shown


def _option_type_unless_flag(self: TyperOption, ctx: Any) -> str | None:
    return None if self.is_flag and self.metavar is None else _plain(_option_type(self, ctx))


def _argument_type_plain(self: TyperArgument, ctx: Any) -> str | None:
    return _plain(_argument_type(self, ctx))


def _argument_usage(self: TyperArgument) -> str:
    name = self.display_name_raw if self.metavar else self.display_name_raw.upper()  # SERIAL, as in the panel
    if self.nargs != 1 and not name.endswith("..."):  # a metavar may already say FILE...
        name += "..."
    return name if self.required else f"[{name}]"


def _help_option_in_lang(self: Command, ctx: Any) -> TyperOption | None:
    """``--help`` says what it does in the language of the run."""
    from hria.cli.common import HriaGroup
    from hria.cli.help_texts import frame

    option = _help_option(self, ctx)
    if option is not None:
        option.help = frame("help_option", HriaGroup.lang)
    return option


def _usage_in_lang(self: Command, ctx: Any, formatter: Any) -> None:
    """``Usage:`` in the language of the run (Click writes it in English only); help draws the usage
    line first, so Typer's frame is set to the language here too."""
    from hria.cli.common import HriaGroup
    from hria.cli.help_texts import frame, frame_typer

    frame_typer(HriaGroup.lang)
    formatter.write_usage(ctx.command_path, " ".join(self.collect_usage_pieces(ctx)),
                          prefix=frame("usage", HriaGroup.lang))


TyperOption.display_type_rich = _option_type_unless_flag  # type: ignore[method-assign]
TyperArgument._usage_display_name = _argument_usage  # type: ignore[method-assign]
TyperArgument.display_type_rich = _argument_type_plain  # type: ignore[method-assign, assignment]
Command.get_help_option = _help_option_in_lang  # type: ignore[method-assign]
Command.format_usage = _usage_in_lang  # type: ignore[method-assign]
