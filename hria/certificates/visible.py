"""What a certificate page shows, field by field, compared with its signed payload.

Each field is read from its own place on the page (the geometry of
``report_templates/certificate/certificate.css``) with poppler's ``pdftotext -bbox``,
which places text drawn through form XObjects as a reader shows it. A field must
read exactly what the payload implies — not "appear somewhere": text drawn over a
white box lands in the same place and adds to what the field reads. Fields are
compared exactly but for white space (a long name wraps, and extractors space
words their own way); every glyph carries its own cluster's text in our PDFs'
text layer (``rendering.text_layer``), so Thai reads back as it was written.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hria import dates
from hria.error_texts import failure_th
from hria.errors import UsageError

PT_PER_MM = 72 / 25.4


@dataclass(frozen=True)
class Word:
    left: float  # millimetres from the page's left edge
    middle: float  # millimetres from the top, at the word's vertical centre
    text: str


@dataclass(frozen=True)
class Zone:
    left: float
    right: float
    top: float
    bottom: float

    def text(self, words: list[Word]) -> str:
        return " ".join(w.text for w in words if self.left <= w.left < self.right
                        and self.top <= w.middle < self.bottom)


# Millimetres, page top left; each zone reaches to where the next begins.
CERTIFY = Zone(20, 280, 59, 68.5)
ORGANISATION = Zone(20, 280, 68.5, 106)
LEVEL = Zone(20, 280, 118, 132)
SCORE = Zone(20, 280, 132, 146)
SERIAL = Zone(70, 220, 146, 152.8)
DETAIL_LABELS = Zone(20, 70, 152.8, 190)
DETAIL_VALUES = Zone(70, 218, 152.8, 190)
DETAIL_ROWS = ("criteria set", "issued", "expires", "body", "auditor")
FIELD_NAMES_TH = {"organisation": "ชื่อองค์กร", "level": "ระดับ", "score": "คะแนน", "serial": "เลขที่",
                  "criteria set": "ชุดเกณฑ์", "issued": "วันที่ออก", "expires": "วันหมดอายุ",
                  "body": "หน่วยรับรอง", "body (heading)": "หน่วยรับรอง (หัวเรื่อง)",
                  "auditor": "ผู้ตรวจรับรอง", "details": "ตารางรายละเอียด"}

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</word>')


def page_words(path: Path) -> list[Word]:
    """The words of the first page and where they sit (poppler's pdftotext)."""
    try:
        done = subprocess.run(["pdftotext", "-bbox", "-f", "1", "-l", "1", "-q", str(path), "-"],
                              capture_output=True, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UsageError(code="certificate.pdftotext", path=path, detail=exc,
                         detail_th=failure_th(exc)) from None
    if done.returncode != 0:
        raise UsageError(code="certificate.pdftotext_failed", path=path)
    out = done.stdout.decode("utf-8", "replace")
    return [Word(float(x) / PT_PER_MM, (float(top) + float(bottom)) / 2 / PT_PER_MM, html.unescape(t))
            for x, top, bottom, t in _WORD.findall(out)]


@dataclass(frozen=True)
class Expected:
    """What each field should read; None where hria has no source for the text."""

    payload: dict[str, Any]
    body_names: tuple[str, str] | None  # Thai, English (scheme file or registry)
    level_names: tuple[str, str] | None  # from the criteria set named in the payload


@dataclass(frozen=True)
class FieldCheck:
    field: str
    ok: bool | None
    shown: str
    expected: str
    note: tuple[str, str] | None = None  # Thai, English


def _date(value: Any) -> str:
    day = dt.date.fromisoformat(str(value))
    return f"{dates.thai_date(day)} · {dates.english_date(day)}"


def fold(text: str) -> str:
    """Text without white space, in NFC."""
    return "".join(unicodedata.normalize("NFC", text).split())


def _same(shown: str, expected: str) -> bool:
    return fold(shown) == fold(expected)


def check_fields(words: list[Word], want: Expected) -> list[FieldCheck]:
    p = want.payload
    checks: list[FieldCheck] = []

    def exact(field: str, shown: str, expected: str) -> None:
        checks.append(FieldCheck(field, _same(shown, expected), shown, expected))

    exact("organisation", ORGANISATION.text(words), f"{p.get('n', '')} {p.get('ne', '')}")
    shown_level = LEVEL.text(words)
    if want.level_names is None:
        checks.append(FieldCheck("level", None, shown_level, str(p.get("l")),
                                 ("ไม่มีชุดเกณฑ์นี้ในเครื่อง จึงไม่ทราบชื่อระดับ",
                                  "criteria set not installed here: level names unknown")))
    else:
        exact("level", shown_level, " · ".join(want.level_names))
    exact("score", SCORE.text(words), f"คะแนนรวม {float(p.get('sc', 0)):.2f} / 100 · overall score")
    exact("serial", SERIAL.text(words), str(p.get("s")))
    rows = _detail_rows(words)
    if rows is None:
        checks.append(FieldCheck("details", False, "", "", ("ตารางรายละเอียดไม่มีครบห้าแถว",
                                                            "the details table does not have its five rows")))
        return checks
    exact("criteria set", rows["criteria set"], str(p.get("c")))
    exact("issued", rows["issued"], _date(p.get("i")))
    exact("expires", rows["expires"], _date(p.get("e")))
    body_id, auditor_id = str(p.get("b")), str(p.get("a"))
    if want.body_names is None:
        ok = fold(rows["body"]).endswith(fold(f"({body_id})"))
        checks.append(FieldCheck("body", ok, rows["body"], f"… ({body_id})",
                                 ("ตรวจเฉพาะรหัสหน่วยรับรอง: ไม่มีไฟล์แผนการรับรองหรือทะเบียนที่ให้ชื่อ",
                                  "body id only: no scheme file or registry names the body")))
    else:
        th, en = want.body_names
        exact("body", rows["body"], f"{th} · {en} ({body_id})")
        exact("body (heading)", CERTIFY.text(words), f"{th} ขอรับรองว่า · {en} certifies that")
    shown_auditor = rows["auditor"]
    checks.append(FieldCheck("auditor", fold(shown_auditor).endswith(fold(f"({auditor_id})")),
                             shown_auditor, f"… ({auditor_id})",
                             ("รหัสผู้ตรวจรับรอง ชื่อไม่อยู่ในข้อมูลที่ลงนาม",
                              "the auditor's id; the name is not part of the signed payload")))
    return checks


def _detail_rows(words: list[Word]) -> dict[str, str] | None:
    """The details table's values by row, rows found from where their labels start."""
    label_lines: list[float] = []
    for w in words:
        inside = (DETAIL_LABELS.left <= w.left < DETAIL_LABELS.right
                  and DETAIL_LABELS.top <= w.middle < DETAIL_LABELS.bottom)
        if inside and (not label_lines or w.middle - label_lines[-1] > 2):
            label_lines.append(w.middle)
    if len(label_lines) != len(DETAIL_ROWS):
        return None
    bounds = [*label_lines, DETAIL_VALUES.bottom]
    rows = {}
    for name, top, bottom in zip(DETAIL_ROWS, bounds, bounds[1:], strict=False):
        zone = Zone(DETAIL_VALUES.left, DETAIL_VALUES.right, top - 2, bottom - 2)
        rows[name] = zone.text(words)
    return rows
