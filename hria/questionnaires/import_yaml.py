"""Reading a filled YAML form back: checked against its set, Unicode-normalised, comments kept.

The YAML form is an assessment file, so the import checks it as one (every problem
at file:line:col), refuses unanswered required questions unless asked to accept an
incomplete file, and writes the NFC-normalised text itself: nothing is re-dumped,
so every comment and every layout choice of the organisation survives.
"""

from __future__ import annotations

from pathlib import Path

from hria import assessments, criteria_sets
from hria.errors import InvalidInput, display_path
from hria.loading.limits import decode_text, read_input_bytes
from hria.loading.model_errors import validate_document
from hria.loading.yaml_source import parse_yaml
from hria.models.assessment import Assessment
from hria.questionnaires.answers import impact_entries_needed, missing_required
from hria.questionnaires.imported import Imported


def import_yaml(path: Path, criteria: str | None = None, allow_incomplete: bool = False) -> Imported:
    override = criteria_sets.load(criteria) if criteria else None
    loaded = assessments.load(path, override)
    name = display_path(path)
    text = decode_text(read_input_bytes(path), name)  # NFC, through the input boundary
    doc = parse_yaml(text, name)
    model = validate_document(Assessment, doc)
    missing = missing_required(model, loaded.criteria)
    entries = impact_entries_needed(model, loaded.criteria)
    if (missing or entries) and not allow_incomplete:
        index = {a.criterion: i for i, a in enumerate(model.answers)}

        def where(c: str) -> tuple[str | int, ...]:
            return ("answers", index[c]) if c in index else ("answers",)

        raise InvalidInput([doc.said(where(c), "import.no_answer", criterion=c) for c in missing]
                           + [doc.said(where(c), "import.no_entry", criterion=c) for c in entries])
    return Imported(text=text, assessment=model, missing=missing + entries, warnings=[])
