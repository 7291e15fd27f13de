"""Each kind of bad criteria file gives the exact file:line and a message people can act on.

Every case is a broken copy of the shipped government-agency set.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from hria.criteria_sets import check_file
from hria.errors import Problem
from tests.conftest import CRITERIA
from tests.mutate import (
    criterion_block,
    delete_top_level,
    insert_after_top_level,
    line_of,
    remove_criterion_field,
    replace_top_level,
    set_criterion_field,
)

GOV = CRITERIA / "gov" / "2026.1.yaml"


@pytest.fixture(scope="module")
def gov_text() -> str:
    return GOV.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def gov_data(gov_text: str) -> dict:
    return YAML(typ="safe").load(gov_text)


def _problems(tmp_path: Path, text: str) -> list[Problem]:
    path = tmp_path / "broken.yaml"
    path.write_text(text, encoding="utf-8")
    return check_file(path)


def _only(problems: list[Problem]) -> Problem:
    assert len(problems) == 1, [str(p) for p in problems]
    return problems[0]


def test_shipped_government_set_is_valid() -> None:
    assert check_file(GOV) == []


def test_yaml_syntax_error_names_line(tmp_path: Path, gov_text: str) -> None:
    text = gov_text + "broken: [unclosed\n"
    p = _only(_problems(tmp_path, text))
    assert p.line == len(text.splitlines()) + 1
    assert p.message.startswith("YAML syntax error")


def test_duplicate_key_names_second_occurrence(tmp_path: Path, gov_text: str) -> None:
    text, line = insert_after_top_level(gov_text, "status", "status: draft")
    p = _only(_problems(tmp_path, text))
    assert (p.line, p.col, p.message) == (line, 1, "duplicate key 'status'")


def test_unknown_field(tmp_path: Path, gov_text: str) -> None:
    text, line = insert_after_top_level(gov_text, "status", "colour: red")
    p = _only(_problems(tmp_path, text))
    assert (p.line, p.col, p.message) == (line, 1, "unknown field 'colour'")


def test_missing_field_points_at_its_mapping(tmp_path: Path, gov_text: str) -> None:
    p = _only(_problems(tmp_path, delete_top_level(gov_text, "status")))
    assert p.message == "missing required field 'status'"
    assert p.line is not None


def test_wrong_type(tmp_path: Path, gov_text: str) -> None:
    text, line = replace_top_level(gov_text, "certificate_validity_months", "many")
    p = _only(_problems(tmp_path, text))
    assert p.line == line
    assert p.message.startswith("certificate_validity_months:")
    assert "integer" in p.message


def test_duplicate_criterion_id(tmp_path: Path, gov_text: str, gov_data: dict) -> None:
    first, second = gov_data["criteria"][0]["id"], gov_data["criteria"][1]["id"]
    lines = gov_text.splitlines()
    start, _, _ = criterion_block(lines, second)
    lines[start] = lines[start].replace(second, first)
    text = "\n".join(lines) + "\n"
    problems = [p for p in _problems(tmp_path, text) if "duplicate criterion id" in p.message]
    p = _only(problems)
    assert p.line == start + 1
    assert p.message == f"duplicate criterion id '{first}'"


def test_reference_to_missing_criterion(tmp_path: Path, gov_text: str, gov_data: dict) -> None:
    target = gov_data["criteria"][0]["id"]
    text, line = set_criterion_field(
        gov_text, target, "prerequisites", "[{criterion: GOV-NOPE-99, at_least: 1}]"
    )
    p = _only(_problems(tmp_path, text))
    assert p.line == line
    assert p.message == f"criterion {target}: refers to unknown criterion 'GOV-NOPE-99'"


def test_unknown_domain(tmp_path: Path, gov_text: str, gov_data: dict) -> None:
    target = gov_data["criteria"][0]["id"]
    text, line = set_criterion_field(gov_text, target, "domain", "astrology")
    p = _only(_problems(tmp_path, text))
    assert p.line == line
    assert p.message == f"criterion {target}: domain 'astrology' is not listed in domains"


def test_prerequisite_cycle_prints_the_cycle(tmp_path: Path, gov_text: str, gov_data: dict) -> None:
    # B depends on A; make A depend on B, choosing an A that has no prerequisites of its own.
    by_id = {c["id"]: c for c in gov_data["criteria"]}
    pairs = [
        (pre["criterion"], c["id"])
        for c in gov_data["criteria"]
        for pre in c.get("prerequisites", [])
        if not by_id[pre["criterion"]].get("prerequisites")
    ]
    a, b = pairs[0]
    text, line = set_criterion_field(gov_text, a, "prerequisites", f"[{{criterion: {b}, at_least: 1}}]")
    p = _only(_problems(tmp_path, text))
    assert p.line == line
    assert p.message.startswith("dependency cycle: ")
    cycle = p.message.removeprefix("dependency cycle: ").split(" -> ")
    assert cycle[0] == cycle[-1] and {a, b} <= set(cycle)


def test_non_positive_weight(tmp_path: Path, gov_text: str, gov_data: dict) -> None:
    target = gov_data["criteria"][2]["id"]
    text, line = set_criterion_field(gov_text, target, "weight", "0")
    p = _only(_problems(tmp_path, text))
    assert (p.line, p.message) == (line, "weight must be > 0, not 0")


def test_levels_out_of_order(tmp_path: Path, gov_text: str, gov_data: dict) -> None:
    last = gov_data["levels"][-1]
    line = line_of(gov_text, rf"min_score: {last['min_score']}\b", last=True)
    lines = gov_text.splitlines()
    lines[line - 1] = lines[line - 1].replace(f"min_score: {last['min_score']}", "min_score: 1", 1)
    p = _only(_problems(tmp_path, "\n".join(lines) + "\n"))
    assert p.line == line
    assert p.message.startswith(f"levels out of order: '{last['id']}' needs min_score above")


def test_missing_thai_text(tmp_path: Path, gov_text: str, gov_data: dict) -> None:
    target = gov_data["criteria"][0]["id"]
    text, line = set_criterion_field(gov_text, target, "title", "{en: Only English}")
    p = _only(_problems(tmp_path, text))
    assert (p.line, p.message) == (line, "missing Thai text (th)")


def test_missing_english_text(tmp_path: Path, gov_text: str, gov_data: dict) -> None:
    target = gov_data["criteria"][1]["id"]
    text, line = set_criterion_field(gov_text, target, "question", "{th: คำถามภาษาไทยเท่านั้น}")
    p = _only(_problems(tmp_path, text))
    assert (p.line, p.message) == (line, "missing English text (en)")


@pytest.mark.parametrize(
    ("reference", "message"),
    [
        ("[{kind: sdg, target: '18.1'}]",
         "SDG target must look like 8.7 or 16.b with goal 1-17, not '18.1'"),
        ("[{kind: ungp, principle: 32}]", "principle must be <= 31, not 32"),
        ("[{kind: ungp, principle: 0}]", "principle must be >= 1, not 0"),
        ("[{kind: upr, cycle: 3, recommendation: 'para 12'}]",
         "UPR recommendation must look like 158.49, not 'para 12'"),
        ("[{kind: law, law: martial_law}]", "unknown law 'martial_law' (not in vocabulary.yaml)"),
        ("[{kind: covenant, name: x}]",
         "unknown kind 'covenant'; expected 'ungp', 'upr', 'law', 'treaty', "
         "'concluding_observation', 'sdg', 'nap_bhr', 'nhrc_strategy', 'standard'"),
        ("[{kind: treaty, instrument: ICCRP, article: '9'}]",
         "unknown instrument 'ICCRP' (known: ICCPR, ICESCR, CAT, CRC, CEDAW, CRPD, ICERD, ICPPED, "
         "P29, C188, C182, C138)"),
        ("[{kind: treaty, instrument: ICCPR, article: '60'}]",
         "ICCPR has no article 60 (articles 1-53)"),
        ("[{kind: treaty, instrument: ICCPR, article: 'nine'}]",
         "article must look like 9 or 9(3), not 'nine'"),
        ("[{kind: treaty, instrument: REFUGEE_1951, article: '33'}]",
         "Thailand is not party to REFUGEE_1951 (Convention relating to the Status of Refugees "
         "(1951)): cite a treaty it is party to"),
        ("[{kind: concluding_observation, body: CCPR, symbol: 'CCPR/THA/2', paragraph: 20}]",
         "symbol must look like CCPR/C/THA/CO/2, not 'CCPR/THA/2'"),
        ("[{kind: concluding_observation, body: CRC, symbol: 'CCPR/C/THA/CO/2', paragraph: 20}]",
         "symbol 'CCPR/C/THA/CO/2' is not a CRC document (expected CRC/C/THA/CO/N)"),
        ("[{kind: concluding_observation, body: HRC, symbol: 'CCPR/C/THA/CO/2', paragraph: 20}]",
         "unknown treaty body 'HRC' (known: CCPR, CESCR, CAT, CRC, CEDAW, CRPD, CERD, CED)"),
        ("[{kind: upr, cycle: 2, recommendation: '158.1', state: Japan}]",
         "UPR recommendation 158.1 is not in the catalogue of A/HRC/33/16 "
         "(criteria/recommendations/upr-2.yaml)"),
        ("[{kind: upr, cycle: 2, recommendation: '158.49', state: Norway}]",
         "UPR 158.49 was made by Sweden, not Norway"),
        ("[{kind: upr, cycle: 2, recommendation: '158.49', state: Sweden, response: noted}]",
         "Thailand's response to UPR 158.49 was supported"),
        ("[{kind: upr, cycle: 3, theme: labour, state: Sweden}]",
         "a UPR state or response needs the recommendation number"),
    ],
)
def test_malformed_references(tmp_path: Path, gov_text: str, gov_data: dict, reference: str,
                              message: str) -> None:
    target = gov_data["criteria"][3]["id"]
    text, line = set_criterion_field(gov_text, target, "references", reference)
    p = _only(_problems(tmp_path, text))
    assert (p.line, p.message) == (line, message)


def test_every_problem_reported_in_one_run(tmp_path: Path, gov_text: str, gov_data: dict) -> None:
    ids = [c["id"] for c in gov_data["criteria"]]
    text, _ = set_criterion_field(gov_text, ids[0], "weight", "-2")
    text, _ = set_criterion_field(text, ids[1], "references", "[{kind: ungp, principle: 40}]")
    text = remove_criterion_field(text, ids[2], "guidance")
    text, _ = insert_after_top_level(text, "status", "colour: red")
    messages = {p.message for p in _problems(tmp_path, text)}
    assert messages == {
        "weight must be > 0, not -2",
        "principle must be <= 31, not 40",
        "missing required field 'guidance'",
        "unknown field 'colour'",
    }


def test_object_construction_tags_are_refused(tmp_path: Path, gov_text: str) -> None:
    text, line = insert_after_top_level(gov_text, "status", "hook: !!python/object/apply:os.system [id]")
    p = _only(_problems(tmp_path, text))
    assert p.line == line
    assert p.message == "YAML tag !!python/object/apply:os.system is not allowed"
