"""Help and usage text as Click writes it, not as Typer 0.29 decorates it.

Typer 0.29 shows a ``<bool>`` type beside every flag (a flag takes no value, so the
type only misleads) and wraps required arguments in braces on the usage line
(``hria report [OPTIONS] {ASSESSMENT}``), which reads like a template placeholder.
Flags show no type here; usage lines name required arguments bare, optional ones
in brackets. tests/test_cli_help.py holds both.
"""

from __future__ import annotations

from typing import Any

from typer.core import TyperArgument, TyperOption

_option_type = TyperOption.display_type_rich


def _option_type_unless_flag(self: TyperOption, ctx: Any) -> str | None:
    return None if self.is_flag and self.metavar is None else _option_type(self, ctx)


def _argument_usage(self: TyperArgument) -> str:
    name = self.display_name_raw if self.required else f"[{self.display_name_raw}]"
    return name + ("..." if self.nargs != 1 else "")


TyperOption.display_type_rich = _option_type_unless_flag  # type: ignore[method-assign]
TyperArgument._usage_display_name = _argument_usage  # type: ignore[method-assign]
