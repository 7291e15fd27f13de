"""Dates as Thai documents write them: Buddhist Era (พ.ศ.) beside the Common Era."""

from __future__ import annotations

import datetime as dt

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
