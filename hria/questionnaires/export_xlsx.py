"""The Excel form: instructions, profile and questionnaire sheets, drop-downs, locked structure.

Structure cells are locked (sheet protection without a password, so it guards
against accidents, not people); the cells the organisation fills are unlocked and
yellow. A hidden sheet names the questionnaire, set, version and content hash so
the import knows exactly what it reads.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import unicodedata
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from hria import __version__
from hria.models.assessment import Answer, Assessment
from hria.models.text import Lang
from hria.questionnaires import xlsx_layout as layout
from hria.questionnaires.form import Form, Question
from hria.questionnaires.labels import label
from hria.questionnaires.profile_values import choices, fact_label, profile_value

FONT = "Tahoma"  # on every Windows and Mac, and reads Thai well at 10 pt
BODY = Font(name=FONT, size=10)
BOLD = Font(name=FONT, size=10, bold=True)
TITLE = Font(name=FONT, size=14, bold=True, color="7A1F2B")
HEAD_FILL = PatternFill("solid", fgColor="E8E2D4")
SECTION_FONT = Font(name=FONT, size=11, bold=True, color="FFFFFF")
SECTION_FILL = PatternFill("solid", fgColor="7A1F2B")
INPUT_FILL = PatternFill("solid", fgColor="FFF6CC")
OFF_FILL = PatternFill("solid", fgColor="EEEEEE")
SKIPPED_FILL = PatternFill("solid", fgColor="DDDDDD", bgColor="DDDDDD")
WRAP = Alignment(wrap_text=True, vertical="top")
THIN = Side(style="thin", color="C9CED8")
GRID = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
OPEN = Protection(locked=False)


def export_xlsx(form: Form, lang: Lang, prefill: Assessment | None = None,
                exported_at: dt.datetime | None = None) -> bytes:
    impacts = _impacts_json(prefill)
    names = layout.sheet_names(lang)
    wb = Workbook()
    instructions = wb.active
    assert instructions is not None
    instructions.title = names.instructions
    profile = wb.create_sheet(names.profile)
    questions = wb.create_sheet(names.questions)
    meta = wb.create_sheet(layout.META_SHEET)
    lists = _ChoiceLists(meta)
    _instructions(instructions, form, lang)
    _profile(profile, form, lang, prefill, lists)
    _questions(questions, form, lang, prefill, lists)
    _metadata(meta, form, lang, exported_at or dt.datetime.now(dt.UTC), impacts)
    meta.sheet_state = "hidden"
    for ws in (instructions, profile, questions):
        ws.protection.sheet = True
        ws.protection.formatColumns = False  # people may still widen columns and rows to read
        ws.protection.formatRows = False
    wb.security = WorkbookProtection(lockStructure=True)  # no unhiding, renaming or moving sheets
    wb.active = 2 if prefill is None else 1
    _cells_as_text(wb)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _cells_as_text(wb: Workbook) -> None:
    """Every cell holds data, none a formula: text such as ``=HYPERLINK(…)`` or ``=cmd|…`` from a
    name, note or criterion is typed as text. (A formula the form needs would be added after this.)"""
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"


class _ChoiceLists:
    """Drop-down lists live on the hidden sheet: Thai labels are too long for an inline list."""

    def __init__(self, meta: Worksheet) -> None:
        self.meta = meta
        self.ranges: dict[tuple[str, ...], str] = {}

    def range_for(self, entries: list[str]) -> str:
        key = tuple(entries)
        if key not in self.ranges:
            col = 4 + len(self.ranges)
            for row, entry in enumerate(entries, start=1):
                self.meta.cell(row=row, column=col, value=entry)
            letter = self.meta.cell(row=1, column=col).column_letter
            self.ranges[key] = f"'{layout.META_SHEET}'!${letter}$1:${letter}${len(entries)}"
        return self.ranges[key]


def _validation(ws: Worksheet, formula: str, cells: list[str], lang: Lang) -> None:
    if not cells:
        return
    dv = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False,
                        showErrorMessage=True, errorTitle=label("col_answer", lang),
                        error=label("not_in_list", lang))
    ws.add_data_validation(dv)
    for cell in cells:
        dv.add(cell)


def _instructions(ws: Worksheet, form: Form, lang: Lang) -> None:
    definition = form.questionnaire.definition
    ws.column_dimensions["A"].width = 4
    ws.column_dimensions["B"].width = 110
    rows: list[tuple[str, Font]] = [(definition.title.in_(lang), TITLE), ("", BODY),
                                    (definition.intro.in_(lang), BODY), ("", BODY),
                                    (label("how_to_fill", lang), BOLD)]
    rows += [(f"{n}. {t}", BODY) for n, t in enumerate(label("excel_steps", lang).split("|"), start=1)]
    rows += [(f"{n}. {t.in_(lang)}", BODY) for n, t in
             enumerate(definition.instructions, start=len(label("excel_steps", lang).split("|")) + 1)]
    for r, (text, font) in enumerate(rows, start=1):
        cell = ws.cell(row=r, column=2, value=text or None)
        cell.font, cell.alignment = font, WRAP
        ws.row_dimensions[r].height = _height([(text, 110)], font.size or 10)


def _profile(ws: Worksheet, form: Form, lang: Lang, prefill: Assessment | None, lists: _ChoiceLists) -> None:
    cs = form.questionnaire.criteria.model
    ws.column_dimensions["A"].width = 46
    ws.column_dimensions["B"].width = 60
    ws.cell(row=1, column=1, value=label("sheet_profile", lang)).font = TITLE
    _fit_to_page_width(ws)
    for col, key in ((1, "field"), (2, "value")):
        cell = ws.cell(row=layout.PROFILE_FIRST_ROW - 1, column=col, value=label(key, lang))
        cell.font, cell.fill, cell.border = BOLD, HEAD_FILL, GRID
    for r, path in enumerate(layout.profile_fields(cs), start=layout.PROFILE_FIRST_ROW):
        name = ws.cell(row=r, column=1,
                       value=fact_label(path, cs, lang) or label(layout.FIELD_LABELS[path], lang))
        name.font, name.alignment, name.border = BODY, WRAP, GRID
        source = prefill or form.organisation  # a form made for a profile carries it
        value = ws.cell(row=r, column=2, value=profile_value(path, source, cs, lang) if source else None)
        value.font, value.alignment, value.border = BODY, WRAP, GRID
        value.fill, value.protection = INPUT_FILL, OPEN
        if path in ("organisation.registration_number", "organisation.province"):
            value.number_format = "@"
        if path == "assessed_on":
            value.number_format = "yyyy-mm-dd"
        ws.row_dimensions[r].height = _height([(str(name.value), 46), (str(value.value or ""), 60)], 10)
        entries = choices(path, cs, lang)
        if entries:
            _validation(ws, lists.range_for(entries), [value.coordinate], lang)


def _questions(ws: Worksheet, form: Form, lang: Lang, prefill: Assessment | None,
               lists: _ChoiceLists) -> None:
    answers = {a.criterion: a for a in prefill.answers} if prefill else {}
    ws.cell(row=1, column=1, value=form.questionnaire.definition.title.in_(lang)).font = TITLE
    for c, (_, key, width) in enumerate(layout.COLUMNS, start=1):
        cell = ws.cell(row=layout.HEADER_ROW, column=c, value=label(key, lang))
        cell.font, cell.fill, cell.alignment, cell.border = BOLD, HEAD_FILL, WRAP, GRID
        ws.column_dimensions[cell.column_letter].width = width
    ws.freeze_panes = f"C{layout.FIRST_ROW}"
    ws.print_title_rows = f"{layout.HEADER_ROW}:{layout.HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    _fit_to_page_width(ws)
    row = layout.FIRST_ROW
    by_list: dict[str, list[str]] = {}
    rows = _question_rows(form)
    for section in form.sections:
        title = f"{section.number}. {section.title.in_(lang)}"
        if section.intro is not None:
            title += f" — {section.intro.in_(lang)}"
        cell = ws.cell(row=row, column=1, value=title)
        cell.font, cell.fill, cell.alignment = SECTION_FONT, SECTION_FILL, WRAP
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(layout.COLUMNS))
        ws.row_dimensions[row].height = _height([(title, 250)], 11)
        row += 1
        for question in section.questions:
            formula = lists.range_for([c.text(lang) for c in question.choices])
            by_list.setdefault(formula, []).append(f"{layout.column('answer')}{row}")
            _question_row(ws, row, question, lang, answers.get(question.id))
            _skip_logic(ws, row, question, rows)
            row += 1
    for formula, cells in by_list.items():
        _validation(ws, formula, cells, lang)


def _question_rows(form: Form) -> dict[str, int]:
    rows, row = {}, layout.FIRST_ROW
    for section in form.sections:
        row += 1
        for question in section.questions:
            rows[question.id] = row
            row += 1
    return rows


def _skip_logic(ws: Worksheet, row: int, q: Question, rows: dict[str, int]) -> None:
    """Grey the row while an answer it waits for is below its mark (answers read "3 — ...")."""
    from openpyxl.formatting.rule import FormulaRule

    answer = layout.column("answer")
    tests = []
    for criterion, at_least in q.when:
        if criterion not in rows:
            continue
        cell = f"${answer}${rows[criterion]}"
        tests.append(f'IFERROR(VALUE(LEFT({cell},FIND(" ",{cell}&" ")-1)),-1)<{at_least}')
    if tests:
        span = f"A{row}:{layout.column(layout.COLUMNS[-1][0])}{row}"
        ws.conditional_formatting.add(span, FormulaRule(formula=[f"OR({','.join(tests)})"], fill=SKIPPED_FILL,
                                                        font=Font(color="888888")))


def _fit_to_page_width(ws: Worksheet) -> None:
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def _question_row(ws: Worksheet, row: int, q: Question, lang: Lang, answer: Answer | None) -> None:
    text = question_text(q, lang)
    guidance = q.guidance.in_(lang)
    if q.na_reason is not None:
        guidance += f"\n{label('na_when', lang)}: {q.na_reason.in_(lang)}"
    expected = "\n".join(f"• {e.in_(lang)}" for e in q.evidence)
    values: dict[str, Any] = {"id": q.id, "question": text, "guidance": guidance, "expected": expected}
    if answer is not None:
        values |= _answer_cells(q, answer, lang)
    for c, (key, _, _) in enumerate(layout.COLUMNS, start=1):
        cell = ws.cell(row=row, column=c, value=values.get(key))
        cell.font = BOLD if key == "id" else BODY
        cell.alignment, cell.border = WRAP, GRID
        if key in layout.FILLED and not (key == "na_reason" and q.na_reason is None):
            cell.fill, cell.protection = INPUT_FILL, OPEN
        elif key == "na_reason":
            cell.fill = OFF_FILL
        if key == "answered_at":  # the import reads a time in the format as a date-time answer
            with_time = answer is not None and isinstance(answer.answered_at, dt.datetime)
            cell.number_format = "yyyy-mm-dd hh:mm" if with_time else "yyyy-mm-dd"
    widths = {k: w for k, _, w in layout.COLUMNS}
    ws.row_dimensions[row].height = _height(
        [(str(values.get(k) or ""), widths[k]) for k in ("question", "guidance", "expected", "evidence",
                                                          "notes")], 10)


def question_text(q: Question, lang: Lang) -> str:
    """The locked question cell; the import compares it to spot an edited row."""
    text = f"{q.number} {q.title.in_(lang)}\n{q.question.in_(lang)}"
    if q.must_pass is not None:
        text += "\n" + label("must_pass", lang).format(level=q.must_pass)
    if q.when:
        text += "\n" + label("answer_when", lang).format(
            conditions=", ".join(f"{c} ≥ {at_least}" for c, at_least in q.when))
    return text


def _answer_cells(q: Question, answer: Answer, lang: Lang) -> dict[str, Any]:
    cells: dict[str, Any] = {}
    if answer.not_applicable is not None:
        cells["answer"] = next(c for c in q.choices if c.value is None).text(lang)
        cells["na_reason"] = answer.not_applicable.reason
    elif answer.value is not None:
        cells["answer"] = next(c for c in q.choices if c.value == answer.value).text(lang)
    cells["evidence"] = "\n".join(answer.evidence) or None
    cells["notes"] = answer.notes
    cells["answered_by"] = answer.answered_by
    at = answer.answered_at
    cells["answered_at"] = at if isinstance(at, dt.datetime) else (
        dt.datetime.combine(at, dt.time()) if at is not None else None)
    return cells


def _impacts_json(prefill: Assessment | None) -> str | None:
    """A prefill's impact register, carried unchanged in the hidden sheet (it is edited in YAML)."""
    if prefill is None or not prefill.impacts:
        return None
    text = json.dumps([i.model_dump(mode="json", exclude_none=True) for i in prefill.impacts],
                      ensure_ascii=False)
    if len(text) > 32_000:  # an Excel cell holds 32,767 characters
        from hria.errors import UsageError

        raise UsageError(code="questionnaire.prefill_too_large", count=len(prefill.impacts))
    return text


def _metadata(ws: Worksheet, form: Form, lang: Lang, exported_at: dt.datetime, impacts: str | None) -> None:
    loaded = form.questionnaire.criteria
    rows = [("format", layout.FORMAT), ("questionnaire", form.questionnaire.id),
            ("set", loaded.model.id), ("version", loaded.model.version),
            ("content_hash", loaded.content_hash), ("lang", lang),
            ("exported_at", exported_at.isoformat(timespec="seconds")), ("hria", __version__),
            ("impacts", impacts),
            # A form made for one profile names its questions, so the import expects just those.
            ("questions", " ".join(q.id for q in form.questions) if form.profiled else None)]
    for r, (key, value) in enumerate(rows, start=1):
        ws.cell(row=r, column=1, value=key)
        ws.cell(row=r, column=2, value=value)


def _height(texts: list[tuple[str, int]], size: float) -> float:
    """A row height that shows wrapped text whole (Excel does not grow rows written by a program)."""
    lines = 1
    for text, width in texts:
        chars_per_line = max(8, int(width * 1.1))
        count = sum(max(1, math.ceil(_visible(part) / chars_per_line)) for part in text.split("\n"))
        lines = max(lines, count)
    return min(409, lines * size * 1.75 + 4)


def _visible(text: str) -> int:
    """Characters that take width: Thai vowel and tone marks sit above or below their consonant."""
    return sum(1 for ch in text if unicodedata.category(ch) not in ("Mn", "Me"))
