"""The assessment report PDF: its text, embedded result, fonts, safety and PDF/A variant."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from typer.testing import CliRunner

from hria.cli.app import app
from tests.conftest import REPO, contains

runner = CliRunner()
CASE = REPO / "tests" / "cases" / "floor_failed"
GOLDEN = REPO / "tests" / "golden" / "report_floor_failed_en.html"


def _report(tmp_path: Path, answers: Path, lang: str, *extra: str) -> Path:
    out = tmp_path / f"report-{lang}.pdf"
    result = runner.invoke(app, ["report", str(answers), "--criteria", str(CASE / "criteria.yaml"),
                                 "-o", str(out), "--lang", lang, *extra])
    assert result.exit_code == 0, result.output
    return out


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("th", ["บริษัท ตัวอย่าง จำกัด", "84.38", "ไม่ผ่านการรับรอง", "สิทธิแรงงาน",
                "นโยบายและธรรมาภิบาลด้านสิทธิมนุษยชน", "หน้า 1 / 6", "พ.ศ. 2569"]),
        ("en", ["Example Company Limited", "84.38", "Not certified", "Labour rights",
                "Human-rights policy and governance", "Page 1 of 6", "B.E. 2569"]),
    ],
)
def test_report_text_in_each_language(tmp_path: Path, lang: str, expected: list[str]) -> None:
    text = _text(_report(tmp_path, CASE / "answers.yaml", lang))
    for needle in expected:
        assert contains(text, needle), needle


def test_embedded_result_equals_score_json(tmp_path: Path) -> None:
    pdf = _report(tmp_path, CASE / "answers.yaml", "en")
    embedded = PdfReader(pdf).attachments["hria-result.json"][0].decode("utf-8")
    scored = runner.invoke(app, ["score", str(CASE / "answers.yaml"), "--criteria",
                                 str(CASE / "criteria.yaml"), "--json"])
    assert embedded == scored.stdout
    assert json.loads(embedded)["overall"] == 84.38


def test_only_the_bundled_font_is_embedded(tmp_path: Path) -> None:
    out = subprocess.run(["pdffonts", str(_report(tmp_path, CASE / "answers.yaml", "th"))],
                         capture_output=True, text=True, check=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        assert "Sarabun" in row.split()[0], row
        assert row.split()[-5] == "yes", row  # emb column


def test_hostile_organisation_text_is_printed_and_nothing_fetched(tmp_path: Path) -> None:
    text = (CASE / "answers.yaml").read_text(encoding="utf-8")
    text = re.sub(r"name: \{th: [^,]+, en: [^}]+\}",
                  'name: {th: "<img src=\\"file:///etc/passwd\\">", en: "<img src=\\"file:///etc/passwd\\">"}',
                  text, count=1)
    hostile_note = '\n    notes: <link rel="attachment" href="file:///etc/hostname">'
    text = text.replace("evidence: [policy.pdf]", "evidence: [policy.pdf]" + hostile_note, 1)
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(text, encoding="utf-8")
    pdf = _report(tmp_path, hostile, "en")
    reader = PdfReader(pdf)
    assert list(reader.attachments) == ["hria-result.json"]
    text = _text(pdf)
    assert contains(text, '<img src="file:///etc/passwd">')
    assert contains(text, '<link rel="attachment" href="file:///etc/hostname">')


def test_pdf_a_variant_declares_pdf_a_3(tmp_path: Path) -> None:
    pdf = _report(tmp_path, CASE / "answers.yaml", "en", "--pdfa")
    reader = PdfReader(pdf)
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode("utf-8")
    assert "<pdfaid:part>3</pdfaid:part>" in xmp or 'pdfaid:part="3"' in xmp
    assert "hria-result.json" in reader.attachments


def test_golden_html(tmp_path: Path) -> None:
    """The rendered HTML of one case, fixed date; regenerate by deleting the golden file."""
    from hria import assessments
    from hria.criteria_sets import load_set_file
    from hria.reports.render import report_html
    from hria.scoring import compile_set, score

    loaded = assessments.load(CASE / "answers.yaml", load_set_file(CASE / "criteria.yaml"))
    result = score(compile_set(loaded.criteria.model, loaded.criteria.content_hash), loaded.model)
    html = report_html(result, loaded.model, loaded.criteria.model, "en", today=dt.date(2026, 11, 23))
    if not GOLDEN.exists():
        GOLDEN.write_text(html, encoding="utf-8")
        pytest.fail(f"wrote {GOLDEN}; check it by eye and commit it")
    assert html == GOLDEN.read_text(encoding="utf-8")


def test_report_of_invalid_assessment_is_a_located_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text((CASE / "answers.yaml").read_text(encoding="utf-8").replace("value: 4", "value: 9", 1),
                   encoding="utf-8")
    result = runner.invoke(app, ["report", str(bad), "--criteria", str(CASE / "criteria.yaml"),
                                 "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 2
    assert re.search(rf"{re.escape(str(bad))}:\d+:\d+: ", result.stderr)
    assert not (tmp_path / "x.pdf").exists()
