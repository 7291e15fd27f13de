"""Render a scored assessment to HTML and PDF (optionally PDF/A-3b with the result embedded)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hria.models.assessment import Assessment
from hria.models.criteria import CriteriaSet
from hria.models.text import Lang
from hria.rendering.pdf import Attachment, write_pdf
from hria.rendering.templates import environment
from hria.reports.context import report_context
from hria.scoring.result import Result

RESULT_ATTACHMENT = "hria-result.json"


def result_json(result: Result) -> str:
    """Exactly what `hria score --json` prints for this result."""
    return json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"


def report_html(result: Result, assessment: Assessment, cs: CriteriaSet, lang: Lang,
                templates: Path | None = None, today: dt.date | None = None) -> str:
    context = report_context(result, assessment, cs, lang, today=today)
    return environment(templates).get_template("report/report.html").render(**context)


def report_pdf(result: Result, assessment: Assessment, cs: CriteriaSet, lang: Lang, *,
               pdf_a: bool = False, templates: Path | None = None, today: dt.date | None = None,
               result_text: str | None = None) -> bytes:
    """The report PDF with the result embedded (``result_text``: the exact --json output)."""
    html = report_html(result, assessment, cs, lang, templates, today)
    attachment = Attachment(RESULT_ATTACHMENT, (result_text or result_json(result)).encode("utf-8"),
                            "Machine-readable result (hria score --json)")
    out = write_pdf(html, attachments=[attachment], pdf_variant="pdf/a-3b" if pdf_a else None,
                    user_templates=templates)
    return out.data
