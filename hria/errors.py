"""One exception tree for the library; only the CLI turns these into exit codes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from hria.error_texts import error_text


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an input file, located as precisely as we know it.

    ``message`` is the English wording; a problem built with :meth:`said` also keeps its
    catalogue code and values (hria/error_texts.py) so the CLI can say it in Thai."""

    file: str
    line: int | None
    col: int | None
    message: str
    code: str | None = field(default=None, compare=False)
    values: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    cell: str | None = field(default=None, compare=False)
    """Where in a workbook ("แบบประเมิน!E12"), written before the message in either language."""

    @classmethod
    def said(cls, file: str, line: int | None, col: int | None, code: str, cell: str | None = None,
             **values: object) -> Problem:
        shown = {k: str(v) for k, v in values.items()}
        english = error_text(code, "en", shown)
        return cls(file, line, col, f"{cell}: {english}" if cell else english, code, tuple(shown.items()),
                   cell)

    @classmethod
    def of_value(cls, file: str, exc: ValueError, cell: str | None = None) -> Problem:
        """A refused value at ``cell``: catalogue-worded when the refusal is an InvalidValue."""
        if isinstance(exc, InvalidValue):
            return cls.said(file, None, None, exc.code, cell=cell, **exc.values)
        return cls(file, None, None, f"{cell}: {exc}" if cell else str(exc))

    def where(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return where

    def in_(self, lang: str) -> str:
        """file:line:col: the message in ``lang`` (English where the catalogue has no code for it)."""
        if not self.code:
            return str(self)
        text = error_text(self.code, lang, dict(self.values))
        return f"{self.where()}: {self.cell + ': ' if self.cell else ''}{text}"

    def __str__(self) -> str:
        return f"{self.where()}: {self.message}"


class HriaError(Exception):
    """Base of every error the library raises on purpose, with a user-facing message.

    Raised as ``UsageError(code="…", name=…)`` the message comes from the bilingual
    catalogue (hria/error_texts.py) and ``in_("th")`` gives the Thai; a plain string is one
    wording only, shown as is in either language."""

    def __init__(self, message: str = "", *, code: str | None = None, **values: object) -> None:
        self.code = code
        self.values = {k: str(v) for k, v in values.items()}
        super().__init__(error_text(code, "en", self.values) if code else message)

    def in_(self, lang: str) -> str:
        return error_text(self.code, lang, self.values) if self.code else str(self)


class Said(str):
    """A sentence from the catalogue that is a value rather than an exception (a problem found
    in the event log, say): its ``str`` is the English, ``in_("th")`` the Thai."""

    code: str
    values: dict[str, str]

    def __new__(cls, code: str, **values: object) -> Said:
        shown = {k: str(v) for k, v in values.items()}
        said = super().__new__(cls, error_text(code, "en", shown))
        said.code, said.values = code, shown
        return said

    def in_(self, lang: str) -> str:
        return error_text(self.code, lang, self.values)


class InvalidValue(ValueError):
    """A value a model refuses, worded by the catalogue; pydantic keeps it as the error's
    context, so the located Problem can be said in Thai too (hria/loading/model_errors.py)."""

    def __init__(self, code: str, **values: object) -> None:
        self.code = code
        self.values = {k: str(v) for k, v in values.items()}
        super().__init__(error_text(code, "en", self.values))

    def in_(self, lang: str) -> str:
        return error_text(self.code, lang, self.values)


class UsageError(HriaError):
    """The user asked for something that does not exist or cannot be done (exit 2)."""


class Interrupted(HriaError):
    """Ctrl-C: the message says what was kept and how to carry on (exit 130)."""


class InvalidInput(HriaError):
    """One or more files are invalid; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems, key=_problem_order)
        super().__init__("\n".join(str(p) for p in self.problems))

    def in_(self, lang: str) -> str:
        return "\n".join(p.in_(lang) for p in self.problems)


_CELL = re.compile(r"^(?P<sheet>[^!:]+)!(?P<col>[A-Z]{1,3})(?P<row>\d+)\b")


def _problem_order(p: Problem) -> tuple[str, int, int, str, int, int, str]:
    """By file and position; problems in a spreadsheet cell ("Sheet!E12: ...") row by row."""
    cell = _CELL.match(p.message) if p.line is None else None
    if cell:
        column = 0
        for letter in cell["col"]:
            column = column * 26 + ord(letter) - 64
        return (p.file, 0, 0, cell["sheet"], int(cell["row"]), column, p.message)
    return (p.file, p.line or 0, p.col or 0, "", 0, 0, p.message)


def display_path(path: Path | str) -> str:
    """A path as the user would type it: relative to the working directory when inside it."""
    p = Path(path)
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)
