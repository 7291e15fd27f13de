"""Dates as Thai documents write them: Buddhist Era (พ.ศ.) beside the Common Era."""

from __future__ import annotations

import datetime as dt

from hria.error_texts import error_text
from hria.errors import InvalidValue

BE_OFFSET = 543

THAI_MONTHS = ("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
               "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")


def be_year(day: dt.date) -> int:
    return day.year + BE_OFFSET


def thai_date(day: dt.date) -> str:
    """e.g. '23 พฤศจิกายน พ.ศ. 2569'."""
    return f"{day.day} {THAI_MONTHS[day.month - 1]} พ.ศ. {be_year(day)}"


def english_date(day: dt.date) -> str:
    """e.g. '23 November 2026 (B.E. 2569)'."""
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year} (B.E. {be_year(day)})"


def both(day: dt.date) -> str:
    """Thai and Common Era together, e.g. '23 พฤศจิกายน พ.ศ. 2569 (2026-11-23)'."""
    return f"{thai_date(day)} ({day.isoformat()})"


def in_lang(day: dt.date, lang: str) -> str:
    return thai_date(day) if lang == "th" else english_date(day)


THAI_MONTHS_SHORT = ("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
                     "พ.ย.", "ธ.ค.")
BE_FROM = 2400
"""A year above this is a Buddhist Era year: C.E. 2400 is three and a half centuries away, and
B.E. 2400 (1857) is before any date hria reads."""


def month_in_lang(key: str, lang: str) -> str:
    """A month written ``YYYY-MM`` (C.E., as the open data keeps it) the way a reader of ``lang``
    writes it: "ธ.ค. 2569" in Thai, "Dec 2026" in English; anything else as it is."""
    try:
        year, month = (int(x) for x in key.split("-"))
        first = dt.date(year, month, 1)
    except ValueError:
        return key
    if lang == "th":
        return f"{THAI_MONTHS_SHORT[month - 1]} {be_year(first)}"
    return f"{EN_MONTHS[month - 1][:3]} {year}"

_MONTHS = {name.lower().replace(".", "").replace(" ", ""): n
           for names in (THAI_MONTHS, THAI_MONTHS_SHORT, EN_MONTHS)
           for n, name in enumerate(names, start=1)}
_MONTHS.update({name[:3].lower(): n for n, name in enumerate(EN_MONTHS, start=1)})
_THAI_DIGITS = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


class UnreadableDate(InvalidValue):
    """A date in none of the forms ``parse`` reads; ``th`` and ``en`` say which forms those are."""

    def __init__(self, text: str) -> None:
        super().__init__("value.date", text=text)
        self.th, self.en = error_text(self.code, "th", self.values), str(self)


def parse(text: str) -> dt.date:
    """A date as people write it, in either era: ``2569-06-30``, ``30/06/2569``, ``30 มิ.ย. 2569``,
    ``30 มิถุนายน พ.ศ. 2569``, ``2026-06-30``, ``30 June 2026``; Thai digits too.

    Day first in slashed dates, as Thai documents write them. "พ.ศ."/"B.E." and "ค.ศ."/"C.E."
    say the era; without them a year above 2400 is B.E.
    """
    import re

    raw = text
    text = " ".join(text.translate(_THAI_DIGITS).split())
    era = None
    for pattern, name in ((r"พ\.?ศ\.?|B\.E\.|BE", "be"), (r"ค\.?ศ\.?|C\.E\.|CE|AD", "ce")):
        marked = re.compile(rf"(^|(?<=\s))({pattern})(?=\s|\d|$)")
        if marked.search(text):
            era, text = name, " ".join(marked.sub(" ", text).split())
    if m := re.fullmatch(r"(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})", text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    elif (m := re.fullmatch(r"(\d{1,2})\s*([^\d\s].*?)\s*(\d{4})", text)) and \
            (month := _MONTHS.get(m[2].lower().replace(".", "").replace(" ", ""), 0)):
        day, year = int(m[1]), int(m[3])
    else:
        raise UnreadableDate(raw)
    if era == "be" or (era is None and year > BE_FROM):
        year -= BE_OFFSET
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise UnreadableDate(raw) from None


def given(text: str, where: str) -> dt.date:
    """A date typed on a command line or in a manifest cell (``where`` names which), in either era."""
    from hria.errors import UsageError

    try:
        return parse(text)
    except UnreadableDate:
        raise UsageError(code="value.date_in", where=where, text=text) from None


def read_as(text: str, day: dt.date, lang: str) -> str | None:
    """How ``text`` was read, in both eras, unless it already was the plain C.E. date."""
    if text.strip() == day.isoformat():
        return None
    return both(day) if lang == "th" else english_date(day)


def as_date(value: object) -> object:
    """For a date field read from a file: a typed string or a B.E. date becomes the C.E. date it means.

    YAML reads ``2569-06-30`` as year 2569; that is B.E., so it becomes 2026-06-30.
    """
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        if value.year <= BE_FROM:
            return value
        try:
            return value.replace(year=value.year - BE_OFFSET)
        except ValueError:  # 29 February of a B.E. year whose C.E. year is not a leap year
            raise InvalidValue("value.not_real_date", value=value.isoformat(),
                               detail=f"no 29 February in C.E. {value.year - BE_OFFSET}") from None
    if isinstance(value, str) and value.strip():
        return parse(value)
    return value
