"""Thai-aware line wrapping for the terminal, done before Rich sees the text.

Thai writes no spaces between words, and Rich wraps only at white space, so it
folds Thai mid-syllable ("ท้ / องถิ่น"). Word breaks come from libthai through
ctypes: it is installed already (Pango uses it to break Thai in our PDFs, so the
terminal and the PDF break the same way), it needs no new dependency, and its
dictionary is the one Thai desktops use. PyICU has no wheel here and PyThaiNLP
is a 21 MB wheel for one function. Without libthai, Thai breaks between
grapheme clusters (never inside one), which is still readable.

``Wrapped`` is a Rich renderable that wraps at the width Rich gives it, with a
prefix on the first line and a hanging indent on the others.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions, RenderResult


def _is_thai(ch: str) -> bool:
    return "\u0e01" <= ch <= "\u0e5b"


@cache
def _libthai() -> tuple[Any, Any] | None:
    name = ctypes.util.find_library("thai") or "libthai.so.0"
    try:
        lib = ctypes.CDLL(name)
        lib.th_brk_new.restype = ctypes.c_void_p
        lib.th_brk_new.argtypes = [ctypes.c_char_p]
        lib.th_brk_find_breaks.restype = ctypes.c_int
        lib.th_brk_find_breaks.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                           ctypes.POINTER(ctypes.c_int), ctypes.c_size_t]
    except (OSError, AttributeError):
        return None
    breaker = lib.th_brk_new(None)
    return (lib, breaker) if breaker else None


def _thai_breaks(run: str) -> list[int]:
    """Offsets inside a run of Thai letters where a line may break."""
    found = _libthai()
    try:
        encoded = run.encode("tis-620")
    except UnicodeEncodeError:
        encoded = b""
    if found is None or not encoded:
        return [i for i in range(1, len(run)) if not unicodedata.combining(run[i])
                and run[i] not in "\u0e30\u0e32\u0e33\u0e45"]
    lib, breaker = found
    positions = (ctypes.c_int * (len(run) + 1))()
    count = lib.th_brk_find_breaks(breaker, encoded, positions, len(run) + 1)
    return [p for p in positions[:count] if 0 < p < len(run)]


_OPENING = "([{\"'\u201c\u2018"
_CLOSING = ")]}.,;:!?\"'\u201d\u2019"


def pieces(text: str) -> list[str]:
    """``text`` cut at every place a line may break; white space ends the piece before it."""
    cuts: set[int] = set()
    i = 0
    while i < len(text):
        if text[i].isspace():
            while i < len(text) and text[i].isspace():
                i += 1
            cuts.add(i)
        elif _is_thai(text[i]):
            start = i
            while i < len(text) and _is_thai(text[i]):
                i += 1
            cuts.update(start + p for p in _thai_breaks(text[start:i]))
            # an opening bracket stays with the word after it, closing punctuation with the one before
            if start > 0 and not text[start - 1].isspace() and text[start - 1] not in _OPENING:
                cuts.add(start)
            if i < len(text) and not text[i].isspace() and text[i] not in _CLOSING:
                cuts.add(i)
        else:
            i += 1
    bounds = [0, *sorted(c for c in cuts if 0 < c < len(text)), len(text)]
    return [text[a:b] for a, b in pairwise(bounds) if b > a]


def width(text: str) -> int:
    from rich.cells import cell_len

    return cell_len(text)


def wrap(text: str, columns: int, first: str = "", rest: str | None = None) -> list[str]:
    """Lines of at most ``columns`` cells: ``first`` starts the first line, ``rest`` the others."""
    rest = " " * width(first) if rest is None else rest
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, prefix = "", first if not lines else rest
        for piece in pieces(paragraph):
            if line and width(prefix + line + piece.rstrip()) > columns:
                lines.append(prefix + line.rstrip())
                line, prefix = "", rest
            while width(prefix + piece.rstrip()) > columns and len(piece) > 1:  # longer than a line
                head = _fit(piece, columns - width(prefix))
                lines.append(prefix + head)
                piece, prefix = piece[len(head):], rest
            line += piece
        lines.append(prefix + line.rstrip())
    return lines


def _fit(piece: str, cells: int) -> str:
    """The longest start of ``piece`` within ``cells`` that does not split a grapheme."""
    end = 1
    for i in range(1, len(piece) + 1):
        if i < len(piece) and unicodedata.combining(piece[i]):
            continue
        if width(piece[:i]) > max(cells, 1):
            break
        end = i
    return piece[:end]


@dataclass(frozen=True)
class Wrapped:
    """Text wrapped at word boundaries to the width Rich renders it at.

    ``prefix`` (Rich markup, e.g. a bullet or a bold number) starts the first line; the
    other lines are indented by its width, or by ``indent`` cells when given.
    """

    text: str
    prefix: str = ""
    style: str = ""
    indent: int | None = None
    separator: str | None = None
    """Items joined by this (" · " in a list of commands) break only between them when they fit."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from rich.text import Text

        first = Text.from_markup(self.prefix)
        rest = " " * (first.cell_len if self.indent is None else self.indent)
        for n, line in enumerate(self.lines(options.max_width)):
            body = line[len(first.plain):] if n == 0 else line[len(rest):]
            out = first.copy() if n == 0 else Text(rest)
            out.append(body, style=self.style)
            out.no_wrap = True
            yield out

    def lines(self, columns: int) -> Iterator[str]:
        from rich.text import Text

        first = Text.from_markup(self.prefix).plain
        rest = " " * (width(first) if self.indent is None else self.indent)
        if self.separator:
            yield from wrap_items(self.text.split(self.separator), columns, self.separator, first, rest)
        else:
            yield from wrap(self.text, columns, first, rest)


def wrap_items(items: list[str], columns: int, separator: str, first: str = "", rest: str = "") -> list[str]:
    """Items packed into lines, a line broken only between two items; an item wider than a line
    is wrapped on its own at word boundaries."""
    lines: list[str] = []
    line = first
    for item in items:
        joined = line + (separator if line.strip() else "") + item
        if width(joined.rstrip()) <= columns:
            line = joined
            continue
        if line.strip():
            lines.append(line.rstrip())
        prefix = rest if lines or line.strip() else first
        pieces_of_item = wrap(item, columns, prefix, rest)
        lines += pieces_of_item[:-1]
        line = pieces_of_item[-1]
    lines.append(line.rstrip())
    return lines
