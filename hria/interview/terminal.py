"""Reading from and writing to the auditor's terminal, with re-prompting on invalid input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TypeVar

from pydantic import ValidationError
from rich.console import Console, RenderableType
from rich.markup import escape

from hria import dates
from hria.interview.texts import Invalid, say
from hria.models.text import Lang

T = TypeVar("T")


class Terminal:
    """The console to show things on and the line reader (``input``, with readline when present)."""

    def __init__(self, console: Console, read: Callable[[str], str] = input):
        self.console = console
        self._read = read

    def show(self, *items: RenderableType) -> None:
        """Each item on its own line(s)."""
        for item in items:
            self.console.print(item)

    def ask(self, prompt: str) -> str:
        """One line; the prompt is plain text so line editing knows its width."""
        self.console.file.flush()
        return self._read(prompt)

    def error(self, message: str) -> None:
        self.console.print(f"[bold red]{escape(message)}[/bold red]")


def _reason(exc: ValueError, lang: Lang) -> str:
    if isinstance(exc, Invalid):
        return say(lang, exc.key, **exc.values)
    if isinstance(exc, dates.UnreadableDate):
        return exc.th if lang == "th" else exc.en
    if isinstance(exc, ValidationError):
        err = exc.errors(include_url=False)[0]
        return str(err["msg"]).removeprefix("Value error, ")
    return str(exc)


def ask_valid(term: Terminal, lang: Lang, prompt: str, parse: Callable[[str], T]) -> T:
    """Ask until ``parse`` accepts the line; ``parse`` raises ValueError saying what is wrong."""
    while True:
        text = term.ask(prompt)
        try:
            return parse(text)
        except ValueError as exc:
            term.error(say(lang, "invalid_value", error=_reason(exc, lang)))


def ask_choice(term: Terminal, lang: Lang, title: str, options: Sequence[tuple[str, str]],
               default: str | None = None) -> str:
    """Pick one of ``options`` (value, label) by number; Enter takes ``default`` when there is one."""
    term.show(f"[bold]{escape(title)}[/bold]")
    for n, (_, label) in enumerate(options, start=1):
        term.show(f"  [bold]{n}[/bold]  {escape(label)}")
    numbers = f"1-{len(options)}"
    shown = next((str(n) for n, (v, _) in enumerate(options, start=1) if v == default), None)
    prompt = say(lang, "choose", choices=numbers) + (f" [Enter = {shown}]" if shown else "") + ": "

    def parse(text: str) -> str:
        text = text.strip()
        if not text and default is not None:
            return default
        if text.isdigit() and 1 <= int(text) <= len(options):
            return options[int(text) - 1][0]
        raise Invalid("err_number", numbers=numbers)

    return ask_valid(term, lang, prompt, parse)


def confirm_date(term: Terminal, lang: Lang, day: dt.date) -> bool:
    """Say a typed date back in both eras before it is kept: 2569 and 2026 are both plausible years."""
    term.show(say(lang, "date_echo", th=dates.thai_date(day), en=dates.english_date(day),
                  iso=day.isoformat()))
    return term.ask(say(lang, "date_confirm")).strip().lower() in ("", "y", "yes", "ใช่", "ช")


def split_list(text: str) -> list[str]:
    """Items separated by ';' (commas stay inside an item: Thai names and titles use them)."""
    return [part.strip() for part in text.split(";") if part.strip()]
