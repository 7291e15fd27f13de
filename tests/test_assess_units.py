"""The interview's library parts without a terminal: commands, navigation, skip logic, the session file."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from hria import assessments, criteria_sets
from hria.interview import navigation, store
from hria.interview.commands import parse
from hria.interview.session import Session
from hria.models.assessment import Assessor, Organisation, assessment_hash
from hria.scoring import compile_set
from tests.conftest import DATA

ORDER = ["ITV-GOV-01", "ITV-GOV-02", "ITV-GRV-01", "ITV-GRV-02", "ITV-GRV-03"]


@pytest.fixture
def session(extra_criteria: Path) -> Session:
    (extra_criteria / "interview").mkdir()
    shutil.copy(DATA / "interview.yaml", extra_criteria / "interview" / "2026.1.yaml")
    loaded = criteria_sets.load("interview@2026.1")
    org = Organisation.model_validate({
        "name": {"th": "สำนักงานทดสอบ", "en": "Test office"}, "type": "government_agency",
        "subtype": "law_enforcement", "province": "Nan", "size": "small",
        "registration_number": "0994000162341"})
    return Session(criteria=loaded, compiled=compile_set(loaded.model, loaded.content_hash),
                   path=extra_criteria.parent / "s.yaml", organisation=org,
                   assessor=Assessor(name="Auditor One", organisation="Body"),
                   assessed_on=dt.date(2026, 5, 1))


@pytest.mark.parametrize(("typed", "action", "value", "argument"), [
    ("3", "value", 3, ""), (" 0 ", "value", 0, ""), ("", "keep", None, ""), ("?", "help", None, ""),
    ("B", "back", None, ""), ("j GOV-02", "jump", None, "GOV-02"), ("n", "not_applicable", None, ""),
    ("ภ", "value", 4, ""), ("ิ", "back", None, ""), ("่ 3", "jump", None, "3"),  # Thai keyboard layout
    ("๓", "invalid", None, ""), ("3 4", "invalid", None, ""), ("s now", "invalid", None, ""),
])
def test_what_the_auditor_types_becomes_one_command(typed: str, action: str, value: int | None,
                                                     argument: str) -> None:
    cmd = parse(typed)
    assert (cmd.action, cmd.value, cmd.argument) == (action, value, argument)


def test_jump_targets_by_id_ending_or_number() -> None:
    applicable = set(ORDER) - {"ITV-GRV-02"}
    assert navigation.find(ORDER, applicable, "itv-gov-02").criterion == "ITV-GOV-02"
    assert navigation.find(ORDER, applicable, "grv-03").criterion == "ITV-GRV-03"
    assert navigation.find(ORDER, applicable, "4").criterion == "ITV-GRV-03"  # counted among applicable
    assert navigation.find(ORDER, applicable, "01").criterion == "ITV-GOV-01"  # a number, not an ending
    assert navigation.find(ORDER, applicable, "99").criterion is None
    assert navigation.find(ORDER, applicable, "ITV-GOW-01").suggestion == "ITV-GOV-01"


def test_moving_skips_what_does_not_apply() -> None:
    applicable = set(ORDER) - {"ITV-GRV-02"}
    assert navigation.following(ORDER, applicable, "ITV-GRV-01") == "ITV-GRV-03"
    assert navigation.preceding(ORDER, applicable, "ITV-GRV-03") == "ITV-GRV-01"
    assert navigation.following(ORDER, applicable, "ITV-GRV-03") is None
    assert navigation.preceding(ORDER, applicable, "ITV-GOV-01") is None
    assert navigation.position(ORDER, applicable, "ITV-GRV-03") == (4, 4)


def test_changing_an_answer_reports_questions_that_appear_and_disappear(session: Session) -> None:
    assert session.applicable().pending == {"ITV-GRV-02"}
    appeared = session.record_value("ITV-GRV-01", 1)
    assert (appeared.appeared, appeared.disappeared) == (("ITV-GRV-02",), ())
    session.record_value("ITV-GRV-02", 3)
    gone = session.record_value("ITV-GRV-01", 0)
    assert (gone.appeared, gone.disappeared) == ((), ("ITV-GRV-02",))
    assert session.answers["ITV-GRV-02"].value == 3  # kept, should the channel come back
    assert not session.record_value("ITV-GOV-01", 2)


def test_the_session_file_is_an_assessment_and_keeps_the_interview_state(session: Session) -> None:
    session.record_value("ITV-GOV-01", 3)
    session.record_evidence("ITV-GOV-01", ["POL-1", "https://example.go.th/p"])
    session.record_not_applicable("ITV-GRV-03", "no migrant staff")
    session.toggle_mark("ITV-GOV-02")
    session.cursor, session.lang = "ITV-GOV-02", "en"
    store.save(session)

    loaded = assessments.load(session.path)  # what hria score reads
    assert [a.criterion for a in loaded.model.answers] == ["ITV-GOV-01", "ITV-GRV-03"]
    back = store.load(session.path)
    assert (back.cursor, back.marked, back.lang) == ("ITV-GOV-02", ["ITV-GOV-02"], "en")
    assert back.to_assessment() == session.to_assessment()

    session.cursor = "ITV-GRV-01"
    store.save(session)
    assert assessment_hash(assessments.load(session.path).model) == assessment_hash(loaded.model)


def test_a_session_whose_set_lives_outside_the_criteria_folders_resumes(tmp_path: Path,
                                                                        session: Session) -> None:
    outside = tmp_path / "elsewhere.yaml"
    shutil.copy(DATA / "mini.yaml", outside)
    loaded = criteria_sets.load_set_file(outside)
    mini = Session(criteria=loaded, compiled=compile_set(loaded.model, loaded.content_hash),
                   path=tmp_path / "m.yaml", organisation=session.organisation, assessor=session.assessor,
                   assessed_on=session.assessed_on, criteria_file=outside)
    mini.record_value("MINI-GOV-01", 2)
    store.save(mini)
    assert store.load(tmp_path / "m.yaml").answers["MINI-GOV-01"].value == 2


def test_interview_follows_the_sets_auditor_questionnaire() -> None:
    from hria.questionnaires import catalogue

    loaded = criteria_sets.load("gov@2026.1")
    org = Organisation.model_validate({
        "name": {"th": "สำนักงานทดสอบ", "en": "Test office"}, "type": "government_agency",
        "subtype": "provincial_office", "province": "Nan", "size": "medium",
        "registration_number": "0994000162341"})
    s = Session(criteria=loaded, compiled=compile_set(loaded.model, loaded.content_hash),
                path=Path("s.yaml"), organisation=org, assessor=Assessor(name="A", organisation="B"),
                assessed_on=dt.date(2026, 5, 1))
    interview = catalogue.find(loaded, "auditor_interview").definition
    assert s.order == [cid for section in interview.sections for cid in section.criteria]
    assert sorted(s.order) == sorted(c.id for c in loaded.model.criteria)
    assert s.order != [c.id for c in loaded.model.criteria]


def test_a_set_without_an_auditor_questionnaire_is_asked_in_its_own_order(session: Session) -> None:
    assert session.order == ORDER
