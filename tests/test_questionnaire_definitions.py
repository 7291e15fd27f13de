"""Every shipped questionnaire asks every criterion of its set once; broken definitions are located."""

from __future__ import annotations

from pathlib import Path

import pytest

from hria.errors import InvalidInput
from hria.questionnaires import catalogue
from hria.questionnaires.form import build_form

SHIPPED = catalogue.definition_files()


def test_each_set_has_both_audiences() -> None:
    found = {(p.parent.parent.name, p.parent.name, p.stem) for p in SHIPPED}
    for set_id in ("gov", "lao", "edu", "business"):
        assert (set_id, "2026.1", "self_assessment") in found
        assert (set_id, "2026.1", "auditor_interview") in found


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_shipped_definition_covers_its_set_exactly_once(path: Path) -> None:
    loaded = catalogue.load_file(path)
    asked = [c for s in loaded.definition.sections for c in s.criteria]
    assert sorted(asked) == sorted(c.id for c in loaded.criteria.model.criteria)
    assert len(asked) == len(set(asked))
    assert loaded.definition.audience == path.stem
    form = build_form(loaded)
    assert form.questions[0].number == "1.1"
    assert all(q.choices for q in form.questions)


def _broken(tmp_path: Path, edit: str, replacement: str) -> Path:
    source = catalogue.questionnaires_dir() / "gov" / "2026.1" / "self_assessment.yaml"
    text = source.read_text(encoding="utf-8")
    assert edit in text
    path = tmp_path / "broken.yaml"
    path.write_text(text.replace(edit, replacement, 1), encoding="utf-8")
    return path


def _line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def test_unknown_criterion_is_located_with_a_suggestion(tmp_path: Path) -> None:
    path = _broken(tmp_path, "GOV-GOV-04]", "GOV-GOV-44]")
    with pytest.raises(InvalidInput) as exc:
        catalogue.load_file(path)
    messages = [str(p) for p in exc.value.problems]
    line = _line_of(path, "GOV-GOV-44")
    assert any(m.startswith(f"{path}:{line}:") and "unknown criterion 'GOV-GOV-44'" in m
               and "did you mean GOV-GOV-04?" in m for m in messages), messages
    # and the criterion it replaced is now missing from the questionnaire
    assert any("1 criteria of gov@2026.1 are not asked: GOV-GOV-04" in m for m in messages), messages


def test_criterion_asked_twice_names_the_first_line(tmp_path: Path) -> None:
    path = _broken(tmp_path, "[GOV-HRDD-01,", "[GOV-GOV-01, GOV-HRDD-01,")
    with pytest.raises(InvalidInput) as exc:
        catalogue.load_file(path)
    first = _line_of(path, "[GOV-GOV-01, GOV-GOV-02")
    assert any(f"GOV-GOV-01 is asked twice (first at line {first})" in str(p) for p in exc.value.problems)


def test_wording_for_a_criterion_the_set_lacks_is_an_error(tmp_path: Path) -> None:
    path = _broken(tmp_path, "  GOV-GRV-01:\n", "  GOV-GRV-09:\n")
    with pytest.raises(InvalidInput) as exc:
        catalogue.load_file(path)
    line = _line_of(path, "GOV-GRV-09:")
    assert [str(p) for p in exc.value.problems] == [
        f"{path}:{line}:3: wording for unknown criterion 'GOV-GRV-09': not in gov@2026.1; "
        f"did you mean GOV-GRV-05?"]


def test_audience_wording_replaces_the_sets_question() -> None:
    from hria import criteria_sets

    form = build_form(catalogue.find(criteria_sets.load("gov@2026.1"), "self_assessment"))
    assert form.question("GOV-GOV-01").question.th.startswith("หน่วยงานของท่าน")
    assert form.question("GOV-GOV-02").question == form.question("GOV-GOV-02").criterion.question
