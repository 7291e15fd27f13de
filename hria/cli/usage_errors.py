"""Click's usage errors (a missing option, an unknown one, a bad value) as one line in the
run's language, with the help command to try; Click itself words them in English only and
Typer draws them in a box."""

from __future__ import annotations

import re
from typing import Any

# key -> (Thai, English)
USAGE: dict[str, tuple[str, str]] = {
    "no_such_option": ("ไม่มีตัวเลือก {option}", "no such option: {option}"),
    "did_you_mean": (" (หมายถึง {names} หรือไม่)", " (did you mean {names}?)"),
    "missing_option": ("ต้องระบุตัวเลือก {name}", "missing option {name}"),
    "missing_argument": ("ต้องระบุ {name}", "missing argument {name}"),
    "choose_from": (" เลือกจาก: {choices}", "; choose from: {choices}"),
    "bad_value": ("ค่าของ {name} ไม่ถูกต้อง: {detail}", "invalid value for {name}: {detail}"),
    "not_one_of": ("{value} ไม่ใช่ค่าที่ใช้ได้ ({choices})", "{value} is not one of {choices}"),
    "not_number": ("{value} ไม่ใช่ตัวเลข", "{value} is not a valid number"),
    "path_missing": ("ไม่พบ {path}", "{path} does not exist"),
    "path_is_file": ("{path} เป็นไฟล์ ไม่ใช่โฟลเดอร์", "{path} is a file"),
    "path_is_folder": ("{path} เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "{path} is a directory"),
    "path_unreadable": ("อ่าน {path} ไม่ได้", "{path} is not readable"),
    "path_unwritable": ("เขียน {path} ไม่ได้", "{path} is not writable"),
    "needs_value": ("ตัวเลือก {option} ต้องมีค่า", "option {option} requires a value"),
    "takes_no_value": ("ตัวเลือก {option} ไม่รับค่า", "option {option} does not take a value"),
    "extra_arguments": ("มีอาร์กิวเมนต์เกิน: {extra}", "unexpected extra arguments: {extra}"),
    "no_such_command": ("ไม่มีคำสั่ง {name}", "no such command {name}"),
    "no_such_command_but": ("ไม่มีคำสั่ง {name} (หมายถึง {names} หรือไม่)",
                            "no such command {name} (did you mean {names}?)"),
    "missing_command": ("ต้องระบุคำสั่งย่อย", "missing command"),
    "other": ("ใช้คำสั่งไม่ถูกต้อง: {detail}", "{detail}"),
    "help": (" · ดูวิธีใช้: {command} --help", " · see {command} --help"),
    "usage_error": ("ข้อผิดพลาดการใช้คำสั่ง", "usage error"),
}

# Click's and Typer's English message forms, read back into a key and its values.
_FORMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"'?(?P<value>.*?)'? is not one of (?P<choices>.+)\.$"), "not_one_of"),
    (re.compile(r"'?(?P<value>.*?)'? is not a valid (integer|float|number)\.?$"), "not_number"),
    (re.compile(r"(File|Directory|Path) (?P<path>'.*') does not exist\.$"), "path_missing"),
    (re.compile(r"(File|Directory|Path) (?P<path>'.*') is a file\.$"), "path_is_file"),
    (re.compile(r"(File|Directory|Path) (?P<path>'.*') is a directory\.$"), "path_is_folder"),
    (re.compile(r"(File|Directory|Path) (?P<path>'.*') is not readable\.$"), "path_unreadable"),
    (re.compile(r"(File|Directory|Path) (?P<path>'.*') is not writable\.$"), "path_unwritable"),
    (re.compile(r"Option '?(?P<option>[^' ]+)'? requires an? .*argument"), "needs_value"),
    (re.compile(r"Option '?(?P<option>[^' ]+)'? does not take a value\.$"), "takes_no_value"),
    (re.compile(r"Got unexpected extra argument(s|\(s\))? \((?P<extra>.*)\)$"), "extra_arguments"),
    (re.compile(r"No such command '(?P<name>[^']*)'\. Did you mean '(?P<names>[^']*)'\?$"),
     "no_such_command_but"),
    (re.compile(r"No such command '?(?P<name>[^']*)'?\.$"), "no_such_command"),
    (re.compile(r"Missing command\.$"), "missing_command"),
]


def _say(key: str, lang: str, **values: object) -> str:
    th, en = USAGE[key]
    return (th if lang == "th" else en).format(**values)


def _read(message: str, lang: str) -> str:
    message = message.strip().removeprefix("Value error, ")
    for pattern, key in _FORMS:
        if m := pattern.match(message):
            return _say(key, lang, **m.groupdict())
    return _say("other", lang, detail=message)


def usage_error(exc: Any, lang: str) -> str:
    """One line: what is wrong with the command line, and the help to read."""
    from typer._click.exceptions import BadParameter, MissingParameter, NoSuchOption

    if isinstance(exc, NoSuchOption):
        text = _say("no_such_option", lang, option=exc.option_name)
        if exc.possibilities:
            text += _say("did_you_mean", lang, names=", ".join(sorted(exc.possibilities)))
    elif isinstance(exc, MissingParameter):
        param = exc.param
        names = " / ".join(getattr(param, "opts", []) or []) if param is not None else ""
        is_option = param is not None and getattr(param, "param_type_name", "") == "option"
        if param is not None and not is_option:
            names = (param.human_readable_name if hasattr(param, "human_readable_name") else "").upper() or \
                str(param.name).upper()
        text = _say("missing_option" if is_option else "missing_argument", lang, name=names)
        choices = getattr(getattr(param, "type", None), "choices", None)
        if choices:
            text += _say("choose_from", lang, choices=", ".join(str(c) for c in choices))
    elif isinstance(exc, BadParameter):
        param = exc.param
        hint = exc.param_hint or (param.get_error_hint() if param is not None else "")
        if not isinstance(hint, str):
            hint = " / ".join(hint)
        text = _say("bad_value", lang, name=hint, detail=_read(exc.message, lang))
    else:
        text = _read(exc.format_message(), lang)
    ctx = getattr(exc, "ctx", None)
    if ctx is not None:
        text += _say("help", lang, command=ctx.command_path)
    return f"{_say('usage_error', lang)}: {text}"
