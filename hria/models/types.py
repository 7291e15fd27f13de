"""Field types that hold the input boundary's promises inside the models.

YAML 1.2 gives ints, floats, booleans and text; pydantic's lax mode would still read
``true`` as 1, ``"36"`` or ``36.0`` as 36 and ``.inf`` as a weight. These types are strict
where the schema means a number or a yes/no, finite for every float, and checked for the
text people type: NFC, no control characters, something visible (not only zero-width
characters). Dates are strict too, but YAML 1.2 has no date type, so ``2026-10-15`` in
text is parsed and validated here (an impossible date is refused, a number is not a date).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, Any

from pydantic import AfterValidator, AllowInfNan, BeforeValidator, Strict, StringConstraints

from hria.errors import InvalidValue

Int = Annotated[int, Strict()]
"""A whole number written as one: not true, "36" or 36.0."""
Bool = Annotated[bool, Strict()]
"""true or false, not 1 or "yes"."""
Number = Annotated[float, Strict(), AllowInfNan(False)]
"""A finite number; whole numbers allowed, .inf, .nan, true and "1.5" not."""


def _date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise InvalidValue("value.not_real_date", value=value, detail=exc) from None
    raise InvalidValue("value.date_form", kind=type(value).__name__, value=f"{value!r:.40}")


Date = Annotated[dt.date, BeforeValidator(_date)]
"""A calendar date from YAML (YYYY-MM-DD, validated), never a number."""


_INVISIBLE = {"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"}


def visible_text(value: str, *, one_line: bool = False) -> str:
    """NFC text, stripped, with at least one visible character and no control characters
    (tab and line breaks allowed in running text, not in a name)."""
    text = unicodedata.normalize("NFC", value).strip()
    for ch in text:
        if unicodedata.category(ch) == "Cc" and (one_line or ch not in "\t\n\r"):
            raise InvalidValue("value.control", char=f"{ord(ch):04X}")
    if not any(unicodedata.category(ch) not in _INVISIBLE for ch in text):
        raise InvalidValue("value.empty_text")
    return text


# Console markup (Rich/BBCode: "[/bold]", "[link=…]") is never part of a name; output escapes it
# anyway, and a name that carries it is refused where it is read.
_MARKUP = re.compile(
    r"\[/[^\[\]]*\]|\[(?:link|bold|italic|dim|blink|reverse|underline|strike|on)\b[^\[\]]*\]"
)


def _name(value: str) -> str:
    text = visible_text(value, one_line=True)
    markup = _MARKUP.search(text)
    if markup:
        raise InvalidValue("value.markup", markup=repr(markup.group()[:30]))
    return text


Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1), AfterValidator(_name)]
"""A person's or an organisation's name: one line, visible, no control characters."""
