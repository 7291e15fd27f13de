"""`--help` in the language of the run: the help of every command and option, Thai first with
English, from one catalogue keyed by command path (``"registry list"``) and option
(``"registry list --due"``; an argument by its name, ``"score FILES"``).

An option shared by many commands (``--lang``, ``--json``, ``--registry``) has one text under
its bare name, unless a command words it its own way. The frame Typer draws around the help
(panel titles, ``[required]``, ``[default: …]``, ``Usage:``) is in the catalogue too.
tests/test_cli_help.py holds that every command and option has both texts and no text is stale.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from hria.cli.help_texts_criteria import CRITERIA_HELP
from hria.cli.help_texts_main import MAIN_HELP
from hria.cli.help_texts_registry import REGISTRY_HELP

HELP: dict[str, tuple[str, str]] = {**MAIN_HELP, **CRITERIA_HELP, **REGISTRY_HELP}

# What Typer and Click write around the help texts (typer.rich_utils' constants, Click's usage).
FRAME: dict[str, tuple[str, str]] = {
    "usage": ("วิธีใช้: ", "Usage: "),
    "arguments": ("อาร์กิวเมนต์", "Arguments"),
    "options": ("ตัวเลือก", "Options"),
    "commands": ("คำสั่ง", "Commands"),
    "required": ("[ต้องระบุ]", "[required]"),
    "default": ("[ค่าเริ่มต้น: {}]", "[default: {}]"),
    "envvar": ("[ตัวแปรสภาพแวดล้อม: {}]", "[env var: {}]"),
    "deprecated": ("(เลิกใช้แล้ว) ", "(deprecated) "),
    "help_option": ("แสดงข้อความนี้แล้วออก", "Show this message and exit."),
    "options_metavar": ("[ตัวเลือก]", "[OPTIONS]"),
    "subcommand_metavar": ("คำสั่ง [อาร์กิวเมนต์]...", "COMMAND [ARGS]..."),
}

_TYPER_CONSTANTS = {
    "ARGUMENTS_PANEL_TITLE": "arguments",
    "OPTIONS_PANEL_TITLE": "options",
    "COMMANDS_PANEL_TITLE": "commands",
    "REQUIRED_LONG_STRING": "required",
    "DEFAULT_STRING": "default",
    "ENVVAR_STRING": "envvar",
    "DEPRECATED_STRING": "deprecated",
}


def frame(key: str, lang: str) -> str:
    th, en = FRAME[key]
    return th if lang == "th" else en


def param_key(command_key: str, param: Any) -> str:
    """``"score --criteria"`` for an option (its first long name), ``"score FILES"`` for an argument."""
    if param.param_type_name == "argument":
        name = param.name.upper()
    else:
        longs = [o for o in param.opts if o.startswith("--")]
        name = longs[0] if longs else param.opts[0]
    return f"{command_key} {name}"


def texts_of(root: Any) -> Iterator[tuple[Any, str, str | None]]:
    """Every command and parameter under ``root`` (hidden ``--help`` aside): the object, its key,
    and the bare name under which a shared option's text may be found instead."""

    def walk(command: Any, path: list[str]) -> Iterator[tuple[Any, str, str | None]]:
        key = " ".join(path) or "hria"
        yield command, key, None
        for param in command.params:
            own = param_key(key, param)
            yield param, own, own.rpartition(" ")[2] if param.param_type_name == "option" else None
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, [*path, name])

    return walk(root, [])


def help_text(key: str, shared: str | None, lang: str) -> str | None:
    pair = HELP.get(key) or (HELP.get(shared) if shared else None)
    if pair is None:
        return None
    th, en = pair
    return (th or en) if lang == "th" else en


def apply_help(root: Any, lang: str) -> None:
    """Give every command and option under ``root`` its help in ``lang``."""
    from typer._click.core import Command

    for item, key, shared in texts_of(root):
        text = help_text(key, shared, lang)
        if text is not None:
            item.help = text
        if isinstance(item, Command):
            item.options_metavar = frame("options_metavar", lang)
            if hasattr(item, "subcommand_metavar"):
                item.subcommand_metavar = frame("subcommand_metavar", lang)


def frame_typer(lang: str) -> None:
    """Typer's panel titles and marks in ``lang``; called as help is drawn, so a run that shows no
    help never imports Typer's Rich layer (it costs about 40 ms at start-up)."""
    import sys

    rich_utils = sys.modules.get("typer.rich_utils")
    if rich_utils is not None:
        for name, key in _TYPER_CONSTANTS.items():
            setattr(rich_utils, name, frame(key, lang))
