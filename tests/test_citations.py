"""Citations a criterion rests on: every shipped one resolves, each kind reads the same
everywhere, and `hria criteria validate --strict` holds authors to auditable criteria."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import TypeAdapter
from typer.testing import CliRunner

from hria.citing import reference_text
from hria.cli.app import app
from hria.criteria_sets import load_set_file
from hria.error_texts import error_text
from hria.loading.citations import citation_problem
from hria.loading.vocabulary import known_organisation_types, load_recommendations, load_vocabulary
from hria.models.references import Reference, TreatyRef, UPRRef
from tests.conftest import CRITERIA, DATA, shipped_set_files
from tests.mutate import set_criterion_field

runner = CliRunner()
REFERENCE = TypeAdapter(Reference)
SETS = shipped_set_files()
IDS = [f"{p.parent.name}@{p.stem}" for p in SETS]
LATEST = [p for p in SETS if p.stem == "2026.2"]


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.mark.parametrize("path", SETS, ids=IDS)
def test_every_shipped_reference_resolves(path: Path) -> None:
    cs = load_set_file(path).model
    vocab = load_vocabulary()
    refs = [r for c in cs.criteria for r in c.references] + list(cs.references)
    assert [(r, citation_problem(r, vocab)) for r in refs if citation_problem(r, vocab)] == []
    catalogues = load_recommendations()
    for ref in refs:
        if isinstance(ref, TreatyRef):
            instrument = vocab.instrument(ref.instrument)
            assert instrument is not None and instrument.party
            assert 1 <= ref.article_number <= instrument.articles
        if isinstance(ref, UPRRef) and ref.recommendation:
            assert catalogues[ref.cycle].find(ref.recommendation) is not None


def test_catalogue_holds_only_what_was_confirmed() -> None:
    second = load_recommendations()[2]
    assert (second.document, second.received, second.supported, second.noted) == (
        "A/HRC/33/16", 249, 187, 62)
    assert [(r.number, r.state, r.response, r.verbatim) for r in second.recommendations] == [
        ("158.49", "Sweden", "supported", False)]
    third = load_recommendations()[3]
    assert (third.document, third.received, third.supported, third.recommendations) == (
        "A/HRC/49/17", 278, 218, [])


def test_instruments_are_those_thailand_is_party_to_with_the_refugee_convention_refused() -> None:
    vocab = load_vocabulary()
    party = {x.id for x in vocab.instruments if x.party}
    assert {"ICCPR", "ICESCR", "CAT", "CRC", "CEDAW", "CRPD", "ICERD", "ICPPED", "P29", "C188"} <= party
    assert {x.id for x in vocab.instruments if not x.party} == {"REFUGEE_1951", "ICRMW"}
    ref = REFERENCE.validate_python({"kind": "treaty", "instrument": "REFUGEE_1951", "article": "33"})
    found = citation_problem(ref, vocab)
    assert found is not None and found[:2] == ("instrument", "cite.not_party")
    assert error_text(found[1], "en", found[2]) == (
        "Thailand is not party to REFUGEE_1951 (Convention relating to the Status of "
        "Refugees (1951)): cite a treaty it is party to")
    assert error_text(found[1], "th", found[2]).startswith("ประเทศไทยไม่ได้เป็นภาคี REFUGEE_1951")


@pytest.mark.parametrize(
    ("reference", "en", "th"),
    [
        ({"kind": "treaty", "instrument": "ICCPR", "article": "9"}, "ICCPR art. 9", "ICCPR ข้อ 9"),
        ({"kind": "concluding_observation", "body": "CCPR", "symbol": "CCPR/C/THA/CO/2",
          "paragraph": 20}, "CCPR/C/THA/CO/2 para. 20", "CCPR/C/THA/CO/2 ย่อหน้า 20"),
        ({"kind": "upr", "cycle": 2, "recommendation": "158.49", "state": "Sweden",
          "response": "supported"}, "UPR cycle 2 158.49 by Sweden (supported)",
         "UPR รอบที่ 2 ข้อ 158.49 โดย สวีเดน (ไทยรับ)"),
        ({"kind": "upr", "cycle": 3, "theme": "migrant workers"}, "UPR cycle 3: migrant workers",
         "UPR รอบที่ 3: แรงงานข้ามชาติ"),
        ({"kind": "law", "law": "pdpa", "section": "26"},
         "Personal Data Protection Act B.E. 2562 (2019) s. 26",
         "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 มาตรา 26"),
        ({"kind": "law", "law": "pdpa"}, "Personal Data Protection Act B.E. 2562 (2019)",
         "พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"),
        ({"kind": "ungp", "principle": 31}, "UNGP 31", "UNGP ข้อ 31"),
    ],
)
def test_one_wording_per_reference_kind(reference: dict, en: str, th: str) -> None:
    ref = REFERENCE.validate_python(reference)
    assert (reference_text(ref, "en"), reference_text(ref, "th")) == (en, th)


def test_every_reference_kind_has_its_wording_in_the_vocabulary() -> None:
    kinds = {k.id for k in load_vocabulary().reference_kinds}
    in_code = set()
    for member in Reference.__origin__.__args__:  # type: ignore[attr-defined]
        in_code |= set(member.model_fields["kind"].annotation.__args__)
    assert kinds == in_code


def test_criteria_show_prints_references_with_the_shared_wording() -> None:
    result = run("criteria", "show", str(DATA / "strict.yaml"), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "Prevention and Suppression of Torture and Enforced Disappearance Act B.E. 2565 (2022) " \
           "s. 22; CAT art. 2; CAT/C/THA/CO/1 para. 10" in result.stdout


def test_strict_fixture_passes_strict() -> None:
    result = run("criteria", "validate", "--strict", str(DATA / "strict.yaml"), "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "0 warning(s) (strict)" in result.output


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("evidence", "[{th: บันทึก, en: Records}]",
         "warning: criterion STR-PRV-01: 1 evidence item; an auditor needs at least 2 to cross-check"),
        ("references", "[{kind: ungp, principle: 1}, {kind: upr, cycle: 3, theme: privacy}]",
         "warning: criterion STR-PRV-01: no treaty or Thai-law reference for a state body's duty"),
    ],
)
def test_warnings_show_and_fail_only_when_strict(tmp_path: Path, field: str, value: str,
                                                 message: str) -> None:
    text, line = set_criterion_field((DATA / "strict.yaml").read_text(encoding="utf-8"),
                                     "STR-PRV-01", field, value)
    target = tmp_path / "set.yaml"
    target.write_text(text, encoding="utf-8")
    lenient = run("criteria", "validate", str(target), "--lang", "en")
    assert lenient.exit_code == 0
    assert f"{target}:{line}:" in lenient.stderr and message in lenient.stderr
    strict = run("criteria", "validate", "--strict", str(target))
    assert strict.exit_code == 1
    data = json.loads(run("criteria", "validate", "--strict", "--json", str(target)).stdout)
    assert data[0]["valid"] is True and [w["message"] for w in data[0]["warnings"]] == [message]


def test_no_level_text_is_a_warning(tmp_path: Path) -> None:
    text = (DATA / "strict.yaml").read_text(encoding="utf-8")
    start = text.index("    levels:\n      - {th: ไม่มี, en: None}")
    end = text.index("    references:", start)
    target = tmp_path / "set.yaml"
    target.write_text(text[:start] + text[end:], encoding="utf-8")
    result = run("criteria", "validate", "--strict", str(target), "--lang", "en")
    assert result.exit_code == 1
    assert "warning: criterion STR-PRV-01: no level text of its own" in result.stderr


def test_published_versions_get_no_warnings_when_their_successor_is_shipped() -> None:
    result = run("criteria", "validate", "--json")
    rows = {Path(r["file"]).as_posix().split("criteria/")[-1]: r for r in json.loads(result.stdout)}
    assert all(rows[f"{p.parent.name}/2026.1.yaml"]["warnings"] == [] for p in LATEST)


@pytest.mark.parametrize("path", LATEST, ids=[p.parent.name for p in LATEST])
def test_shipped_2026_2_sets_pass_strict(path: Path) -> None:
    result = run("criteria", "validate", "--strict", str(path))
    assert result.exit_code == 0, result.stderr[-2000:]


def test_organisation_types_come_from_the_vocabulary(tmp_path: Path) -> None:
    assert known_organisation_types() == (
        "government_agency", "local_administration", "educational_institution", "business")
    vocab = load_vocabulary()
    assert [t.set for t in vocab.organisation_types] == ["gov", "lao", "edu", "business"]
    assert vocab.profile_fields("business") == ["sector", "annual_revenue_baht"]
    assert vocab.profile_fields("government_agency") == []
    text = (DATA / "strict.yaml").read_text(encoding="utf-8").replace(
        "organisation_type: government_agency", "organisation_type: hospital")
    target = tmp_path / "set.yaml"
    target.write_text(text, encoding="utf-8")
    result = run("criteria", "validate", str(target), "--lang", "en")
    assert result.exit_code == 1
    assert (f"{target}:6:1: unknown organisation type 'hospital' (not in vocabulary.yaml: "
            "government_agency, local_administration, educational_institution, business)"
            in result.stderr)


def test_shipped_sets_name_a_type_of_the_vocabulary() -> None:
    types = {t.id: t.set for t in load_vocabulary().organisation_types}
    for path in SETS:
        cs = load_set_file(path).model
        assert types[cs.organisation_type] == cs.id
    assert CRITERIA.joinpath("recommendations", "upr-2.yaml").is_file()


def test_interview_guidance_and_report_use_the_shared_wording(extra_criteria: Path) -> None:
    import datetime as dt
    import shutil

    from rich.console import Console

    from hria import criteria_sets
    from hria.interview.screens import guidance
    from hria.interview.session import Session
    from hria.models.assessment import Assessor, Organisation
    from hria.scoring import compile_set

    (extra_criteria / "interview").mkdir()
    shutil.copy(DATA / "interview.yaml", extra_criteria / "interview" / "2026.1.yaml")
    loaded = criteria_sets.load("interview@2026.1")
    org = Organisation.model_validate({
        "name": {"th": "สำนักงานทดสอบ", "en": "Test office"}, "type": "government_agency",
        "subtype": "law_enforcement", "province": "Nan", "size": "small",
        "registration_number": "0994000162341"})
    session = Session(criteria=loaded, compiled=compile_set(loaded.model, loaded.content_hash),
                      path=extra_criteria.parent / "s.yaml", organisation=org,
                      assessor=Assessor(name="Auditor One", organisation="Body"),
                      assessed_on=dt.date(2026, 5, 1), lang="en")
    console = Console(width=200, record=True, color_system=None)
    console.print(guidance(session, loaded.model.criterion("ITV-GRV-02")))
    assert "UNGP 31; SDG 16.3" in console.export_text()
    session.lang = "th"
    console.print(guidance(session, loaded.model.criterion("ITV-GOV-02")))
    assert "แผนยุทธศาสตร์ กสม. 2.2" in console.export_text()
