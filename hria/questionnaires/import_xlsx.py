"""Reading a filled Excel form back into an assessment, every problem pointing at its cell.

The hidden metadata says which questionnaire, set, version and content hash the
form was made for; rows are matched to criteria by their id cell, so a removed,
added or edited row is named rather than read into the wrong answer.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hria import criteria_sets
from hria.criteria_sets import LoadedSet
from hria.error_texts import failure_th
from hria.errors import InvalidInput, Problem, UsageError, display_path
from hria.loading.limits import MAX_SHEET_ROWS, MAX_XLSX_BYTES, MAX_XLSX_UNPACKED, read_input_bytes
from hria.loading.model_errors import validate_document
from hria.loading.yaml_source import PathKey, YamlDocument
from hria.models.assessment import SCHEMA_VERSION, Assessment
from hria.models.criteria import CriteriaSet
from hria.models.text import Lang
from hria.questionnaires import catalogue
from hria.questionnaires import xlsx_layout as layout
from hria.questionnaires.answers import impact_entries_needed, missing_required
from hria.questionnaires.export_xlsx import question_text
from hria.questionnaires.export_yaml import export_yaml
from hria.questionnaires.form import NOT_APPLICABLE, Form, Question, build_form, normalise
from hria.questionnaires.imported import Imported
from hria.questionnaires.profile_values import read_profile_value


@dataclass
class CellDocument(YamlDocument):
    """Assessment data read from cells; problems name 'Sheet!B7' instead of line and column."""

    cells: dict[PathKey, str] = field(default_factory=dict)

    def problem(self, path: PathKey, message: str) -> Problem:
        cell = self.cell(path)
        return Problem(self.file, None, None, f"{cell}: {message}" if cell else message)

    def said(self, path: PathKey, code: str, **values: str) -> Problem:
        return Problem.said(self.file, None, None, code, cell=self.cell(path), **values)

    def cell(self, path: PathKey) -> str | None:
        for end in range(len(path), -1, -1):
            cell = self.cells.get(tuple(path[:end]))
            if cell is not None:
                return cell
        return None


def import_xlsx(path: Path, criteria: str | None = None, allow_incomplete: bool = False) -> Imported:
    name = display_path(path)
    wb = _open(path, name)
    meta = _metadata(wb, name)
    loaded = _resolve_set(meta, criteria, name)
    questionnaire = catalogue.find_by_id(meta["questionnaire"], loaded)
    sent = meta.get("questions")  # a form made for one profile holds only these
    form = build_form(questionnaire, only=frozenset(sent.split()) if sent and sent != "None" else None)
    lang: Lang = "en" if meta.get("lang") == "en" else "th"
    names = layout.sheet_names(lang)
    for sheet in (names.profile, names.questions):
        if sheet not in wb.sheetnames:
            raise InvalidInput([Problem.said(name, None, None, "questionnaire.sheet_missing", sheet=sheet)])
    doc = CellDocument(file=name, data=None)
    problems: list[Problem] = []
    data: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "criteria_set": {"id": loaded.model.id, "version": loaded.model.version,
                         "content_hash": loaded.content_hash},
    }
    for sheet in (names.profile, names.questions):
        if wb[sheet].max_row > MAX_SHEET_ROWS:
            raise InvalidInput([Problem.said(name, None, None, "import.too_many_rows",
                                             cell=f"{sheet}!A{MAX_SHEET_ROWS + 1}",
                                             rows=f"{wb[sheet].max_row:,}", most=f"{MAX_SHEET_ROWS:,}")])
    _read_profile(wb[names.profile], loaded.model, data, doc, problems)
    data["answers"] = _read_answers(wb[names.questions], form, lang, doc, problems)
    data["impacts"] = _impacts(meta, doc, problems)
    doc.data = data
    index = {a["criterion"]: i for i, a in enumerate(data["answers"])}
    try:
        model = validate_document(Assessment, doc)
    except InvalidInput as exc:
        # Without a valid profile the skip logic cannot run; still name the questions every
        # organisation must answer, so one run shows all that is left to do.
        unanswered = [] if allow_incomplete else [
            q.id for q in form.questions if q.criterion.applicability is None and q.id in index
            and not {"value", "not_applicable"} & set(data["answers"][index[q.id]])]
        raise InvalidInput(problems + exc.problems + [
            doc.said(("answers", index[c], "value"), "import.no_answer", criterion=c)
            for c in unanswered]) from None
    missing = missing_required(model, loaded)
    if missing and not allow_incomplete:
        problems += [doc.said(("answers", index[c], "value"), "import.no_answer", criterion=c)
                     for c in missing if c in index]
    entries = impact_entries_needed(model, loaded)
    if entries and not allow_incomplete:
        problems += [doc.said(("answers", index[c], "value"), "import.no_entry", criterion=c)
                     for c in entries if c in index]
    if problems:
        raise InvalidInput(problems)
    text, warnings = export_yaml(form, lang, model)
    return Imported(text=text, assessment=model, missing=missing + entries, warnings=warnings)


def _open(path: Path, name: str) -> Any:
    from openpyxl import load_workbook

    data = read_input_bytes(path, MAX_XLSX_BYTES)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(entry.file_size for entry in archive.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        unpacked = 0  # load_workbook below says what is wrong with it
    if unpacked > MAX_XLSX_UNPACKED:
        raise InvalidInput([Problem.said(name, None, None, "import.unpacks_to", size=f"{unpacked:,}",
                                         most=f"{MAX_XLSX_UNPACKED:,}")])
    try:
        # Formulas as formulas, not their cached values: an answer must be what was typed.
        return load_workbook(io.BytesIO(data), data_only=False)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, EOFError) as exc:
        detail = str(exc) or type(exc).__name__
        raise InvalidInput([Problem.said(name, None, None, "import.not_xlsx", detail=detail)]) from None
    except Exception as exc:  # openpyxl raises many kinds on a damaged workbook
        raise InvalidInput([Problem.said(name, None, None, "import.damaged",
                                         detail=f"{type(exc).__name__}: {exc}",
                                         detail_th=failure_th(exc))]) from None


def _metadata(wb: Any, name: str) -> dict[str, str]:
    if layout.META_SHEET not in wb.sheetnames:
        raise InvalidInput([Problem.said(name, None, None, "import.no_meta", sheet=layout.META_SHEET)])
    ws = wb[layout.META_SHEET]
    meta = {str(ws.cell(row=r, column=1).value): str(ws.cell(row=r, column=2).value)
            for r in range(1, 12) if ws.cell(row=r, column=1).value is not None}
    if meta.get("format") != layout.FORMAT:
        raise InvalidInput([Problem.said(name, None, None, "import.format", cell=f"{layout.META_SHEET}!B1",
                                         format=repr(meta.get("format")), expected=layout.FORMAT)])
    for key in ("questionnaire", "set", "version", "content_hash"):
        if key not in meta:
            raise InvalidInput([Problem.said(name, None, None, "import.meta_row", cell=layout.META_SHEET,
                                             key=key)])
    return meta


def _impacts(meta: dict[str, str], doc: CellDocument, problems: list[Problem]) -> list[Any]:
    """The impact register a prefilled form carried, unchanged (row 9 of the hidden sheet)."""
    doc.cells[("impacts",)] = f"{layout.META_SHEET}!B9"
    raw = meta.get("impacts")
    if raw in (None, "None", ""):
        return []
    try:
        impacts = json.loads(str(raw))
    except ValueError as exc:
        problems.append(Problem.said(doc.file, None, None, "import.impacts", cell=f"{layout.META_SHEET}!B9",
                                     detail=exc))
        return []
    return impacts if isinstance(impacts, list) else []


def _resolve_set(meta: dict[str, str], criteria: str | None, name: str) -> LoadedSet:
    set_id, version, wanted_hash = meta.get("set", ""), meta.get("version", ""), meta.get("content_hash")
    named = f"{set_id}@{version}"
    where = f"{layout.META_SHEET}!B4"
    versions = [f.version for f in criteria_sets.set_files() if f.id == set_id]
    if criteria:
        loaded = criteria_sets.load(criteria)
        if loaded.model.id != set_id or loaded.model.version != version:
            raise InvalidInput([Problem.said(name, None, None, "import.other_set", cell=where, named=named,
                                             given=loaded.ref)])
    else:
        if not versions:
            raise InvalidInput([Problem.said(name, None, None, "import.unknown_set",
                                             cell=f"{layout.META_SHEET}!B3",
                                             set=set_id)])
        if version not in versions:
            raise InvalidInput([Problem.said(name, None, None, "import.version_gone", cell=where, named=named,
                                             set=set_id, versions=", ".join(versions), latest=versions[-1])])
        try:
            loaded = criteria_sets.load(named)
        except UsageError as exc:
            raise InvalidInput([Problem.said(name, None, None, exc.code, cell=where, **exc.values)
                                if exc.code else Problem(name, None, None, f"{where}: {exc}")]) from None
    if wanted_hash != loaded.content_hash:
        raise InvalidInput([Problem.said(name, None, None, "import.hash", cell=f"{layout.META_SHEET}!B5",
                                         named=named, wanted=str(wanted_hash)[:23], set=loaded.ref,
                                         now=loaded.content_hash[:23])])
    return loaded


# Left blank, these still go to validation so the message names their cell.
_REQUIRED_TEXT = ("organisation.name.th", "organisation.name.en", "organisation.province",
                  "organisation.registration_number", "assessor.name", "assessor.organisation")
_REQUIRED = (*_REQUIRED_TEXT, "organisation.size", "assessed_on")


def _read_profile(ws: Any, cs: CriteriaSet, data: dict[str, Any], doc: CellDocument,
                  problems: list[Problem]) -> None:
    org: dict[str, Any] = {"name": {}, "type": cs.organisation_type}
    assessor: dict[str, Any] = {}
    data["organisation"], data["assessor"] = org, assessor
    doc.cells[("organisation", "type")] = f"{ws.title}!A1"
    for r, path in enumerate(layout.profile_fields(cs), start=layout.PROFILE_FIRST_ROW):
        keys = tuple(path.split("."))
        cell = f"{ws.title}!B{r}"
        doc.cells[keys] = cell
        try:
            value = read_profile_value(path, typed(ws, r, 2, doc.file, problems), cs)
        except ValueError as exc:
            problems.append(Problem.of_value(doc.file, exc, cell))
            continue
        if value is None and path not in _REQUIRED:
            continue
        target = data
        for key in keys[:-1]:
            target = target.setdefault(key, {})
        target[keys[-1]] = "" if value is None and path in _REQUIRED_TEXT else value
    for key, sub in (("organisation", "name"),):
        doc.cells[(key, sub)] = doc.cells[(key, sub, "th")]
    doc.cells[("organisation",)] = f"{ws.title}!B{layout.PROFILE_FIRST_ROW}"
    doc.cells[("assessor",)] = doc.cells[("assessor", "name")]
    doc.cells[()] = f"{ws.title}!A1"


def _read_answers(ws: Any, form: Form, lang: Lang, doc: CellDocument, problems: list[Problem]) -> list[dict]:
    expected = {q.id: q for q in form.questions}
    rows_of: dict[str, int] = {}
    answers: list[dict[str, Any]] = []
    col_index = {key: i for i, (key, _, _) in enumerate(layout.COLUMNS, start=1)}
    for row in range(layout.FIRST_ROW, ws.max_row + 1):
        cells = {key: typed(ws, row, i, doc.file, problems) for key, i in col_index.items()}
        cells["answered_at_format"] = ws.cell(row=row, column=col_index["answered_at"]).number_format
        criterion = _norm(cells["id"])
        filled = any(cells[k] not in (None, "") for k in layout.FILLED)
        if criterion not in expected:
            if _is_section_row(criterion, form):
                continue
            if criterion:
                problems.append(Problem.said(doc.file, None, None, "import.not_a_question",
                                             cell=f"{ws.title}!A{row}",
                                             criterion=criterion, questionnaire=form.questionnaire.id))
            elif filled:
                problems.append(Problem.said(doc.file, None, None, "import.no_id", cell=f"{ws.title}!A{row}"))
            continue
        if criterion in rows_of:
            problems.append(Problem.said(doc.file, None, None, "import.second_row", cell=f"{ws.title}!A{row}",
                                         criterion=criterion, first=rows_of[criterion]))
            continue
        rows_of[criterion] = row
        question = expected[criterion]
        if _norm(cells["question"]) != _norm(question_text(question, lang)):
            problems.append(Problem.said(doc.file, None, None, "import.question_changed",
                                         cell=f"{ws.title}!{layout.column('question')}{row}",
                                         criterion=criterion))
        entry = _answer(question, cells, row, ws.title, doc, problems)
        doc.cells[("answers", len(answers))] = f"{ws.title}!{layout.column('answer')}{row}"
        doc.cells[("answers", len(answers), "value")] = f"{ws.title}!{layout.column('answer')}{row}"
        for key in ("evidence", "notes", "answered_by", "answered_at"):
            doc.cells[("answers", len(answers), key)] = f"{ws.title}!{layout.column(key)}{row}"
        doc.cells[("answers", len(answers), "not_applicable")] = (
            f"{ws.title}!{layout.column('na_reason')}{row}")
        answers.append(entry)
    position = {q.id: n for n, q in enumerate(form.questions)}
    for q in form.questions:
        if q.id not in rows_of:
            sent = layout.FIRST_ROW + position[q.id] + next(
                s.number for s in form.sections if q in s.questions)
            problems.append(Problem.said(doc.file, None, None, "import.row_missing",
                                         cell=f"{ws.title}!A{sent}",
                                         criterion=q.id, row=sent))
    return answers


def _answer(q: Question, cells: dict[str, Any], row: int, sheet: str, doc: CellDocument,
            problems: list[Problem]) -> dict[str, Any]:
    entry: dict[str, Any] = {"criterion": q.id}
    raw, reason = cells["answer"], _norm(cells["na_reason"])
    answer_cell = f"{sheet}!{layout.column('answer')}{row}"
    if raw not in (None, ""):
        try:
            choice = q.parse_answer(raw)
        except ValueError as exc:
            problems.append(Problem.of_value(doc.file, exc, answer_cell))
        else:
            if choice.value is None:
                entry["not_applicable"] = {"reason": reason}
            else:
                entry["value"] = choice.value
    if reason and "not_applicable" not in entry:
        problems.append(Problem.said(doc.file, None, None, "import.reason_without_na",
                                     cell=f"{sheet}!{layout.column('na_reason')}{row}", na=NOT_APPLICABLE))
    entry["evidence"] = [line for line in (_norm(x) for x in _norm(cells["evidence"]).split("\n")) if line]
    notes = cells["notes"]
    entry["notes"] = normalise(str(notes)) if notes not in (None, "") else None
    if _norm(cells["answered_by"]):
        entry["answered_by"] = _norm(cells["answered_by"])
    at = cells["answered_at"]
    if isinstance(at, dt.datetime):
        entry["answered_at"] = at if "h" in str(cells["answered_at_format"]) else at.date()
    elif at not in (None, ""):
        entry["answered_at"] = _norm(at)
    return entry


def typed(ws: Any, row: int, column: int, file: str, problems: list[Problem]) -> Any:
    """A cell's value as typed; a formula in a cell the form reads is refused, not run or read
    from its cached value (the form's own formulas live in cells it does not read)."""
    cell = ws.cell(row=row, column=column)
    if cell.data_type == "f":
        problems.append(Problem.said(file, None, None, "import.formula",
                                     cell=f"{ws.title}!{cell.coordinate}"))
        return None
    return cell.value


def _is_section_row(text: str, form: Form) -> bool:
    return any(text.startswith(f"{s.number}. {s.title.th}") or text.startswith(f"{s.number}. {s.title.en}")
               for s in form.sections)


def _norm(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalise(str(value))
