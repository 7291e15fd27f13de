"""A Thai run says nothing in English: each command that shows content, run with --lang th,
prints no English word of the message catalogue (words that the Thai texts use too, such as
"Enter", and the file paths the commands echo are left aside)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hria.interview.texts import TEXTS
from hria.questionnaires.labels import _LABELS
from hria.reports.labels import LABELS
from hria.scoring.texts import EXPLAIN, SUMMARY, TEMPLATES
from tests.certify_fixtures import World, hria, make_world
from tests.conftest import REPO

EXAMPLE = REPO / "examples" / "edu-autonomous-university.assessment.yaml"
_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def catalogue_english() -> set[str]:
    pairs = [*TEMPLATES.values(), *SUMMARY.values(), *EXPLAIN.values(), *TEXTS.values(), *_LABELS.values(),
             *zip(LABELS["th"].values(), LABELS["en"].values(), strict=True)]
    english = {w.lower() for _, en in pairs for w in _WORD.findall(en)}
    in_thai = {w.lower() for th, _ in pairs for w in _WORD.findall(th)}
    return english - in_thai


def english_in(output: str, *shown: Path | str) -> set[str]:
    """Catalogue English in ``output``, once the paths and data it echoes are taken out."""
    for text in shown:
        output = output.replace(str(text), "")
    return {w.lower() for w in _WORD.findall(output)} & catalogue_english()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    import os

    return make_world(tmp_path_factory.mktemp("th"), dict(os.environ))


def test_the_catalogue_has_english_to_look_for() -> None:
    assert {"certified", "passed", "mitigate", "required", "signature"} <= catalogue_english()


@pytest.mark.parametrize("args", [
    ["score", str(EXAMPLE)],
    ["score", str(EXAMPLE), "--explain", "EDU-SAF-01"],
    ["criteria", "show", "edu"],
], ids=["score", "explain", "criteria show"])
def test_thai_output_has_no_catalogue_english(world: World, args: list[str]) -> None:
    from hria.citing import reference_text
    from hria.criteria_sets import load

    # Reference names are data: many international documents have no Thai title.
    references = [reference_text(r, "th") for c in load("edu").model.criteria for r in c.references]
    result = hria(*args, "--lang", "th", env=world.env, check=False)
    shown = sorted(references, key=len, reverse=True)
    assert english_in(result.stdout + result.stderr, EXAMPLE, *shown) == set()


def test_report_questionnaire_certify_and_verify_in_thai(world: World, tmp_path: Path) -> None:
    outputs = []
    report = tmp_path / "report.pdf"
    outputs.append(hria("report", str(EXAMPLE), "-o", str(report), "--lang", "th", env=world.env))
    form = tmp_path / "form.xlsx"
    outputs.append(hria("questionnaire", "export", "lao", "-f", "xlsx", "-o", str(form), "--lang", "th",
                        env=world.env))
    answers = REPO / "tests" / "cases" / "perfect" / "answers.yaml"
    certificate = tmp_path / "cert.pdf"
    hria("certify", str(answers), "--body", "CB01", "--auditor", "AUD-1", "--key", str(world.key),
         "-o", str(certificate), env=world.env)
    verified = hria("verify", str(certificate), "--scheme", str(world.scheme), "--registry",
                    str(world.registry), "--lang", "th", env=world.env)
    assert "ลายมือชื่อของข้อมูลตรงกับกุญแจ" in verified.stdout and "ใช้ได้ · สถานะ: มีผล" in verified.stdout
    outputs.append(verified)
    for result in outputs:
        # The certificate shows the organisation's English name beside its Thai one.
        assert english_in(result.stdout + result.stderr, report, form, certificate, world.pub,
                          world.registry, "Example Company Limited") == set(), result.args
