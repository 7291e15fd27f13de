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

from typer.core import TyperArgument, TyperOption

_option_type = TyperOption.display_type_rich
_argument_type = TyperArgument.display_type_rich


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
    name = self.display_name_raw if self.required else f"[{self.display_name_raw}]"
    return name + ("..." if self.nargs != 1 else "")


TyperOption.display_type_rich = _option_type_unless_flag  # type: ignore[method-assign]
TyperArgument._usage_display_name = _argument_usage  # type: ignore[method-assign]
TyperArgument.display_type_rich = _argument_type_plain  # type: ignore[method-assign, assignment]
