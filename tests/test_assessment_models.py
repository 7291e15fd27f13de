"""Field rules of the assessment file: registration numbers, provinces, answers, impacts."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from hria.models import provinces
from hria.models.assessment import Answer, Impact, Organisation, assessment_hash, registration_check_digit
from tests.test_scoring_engine import compiled, make_assessment, make_set


def _org(**changes: Any) -> dict[str, Any]:
    return {"name": {"th": "ก", "en": "A"}, "type": "business", "province": "Bangkok",
            "size": "small", "registration_number": "0105536000003", **changes}


def test_check_digit_of_constructed_numbers() -> None:
    # 0 1 0 5 5 3 6 0 0 0 0 0 weighted 13..2: 12 + 50 + 45 + 24 + 42 = 173; 173 mod 11 = 8; 11 - 8 = 3
    assert registration_check_digit("010553600000") == 3
    # 1 1 0 1 7 0 0 2 0 7 3 6 weighted 13..2: 13+12+10+63+12+28+9+12 = 159; 159 mod 11 = 5; 11 - 5 = 6
    assert registration_check_digit("110170020736") == 6
    # the last of twelve digits weighs 2: 6 × 2 = 12 ≡ 1 (mod 11); 11 - 1 = 10; 10 mod 10 = 0
    assert registration_check_digit("000000000006") == 0
    # a sum ≡ 0 (mod 11): 11 - 0 = 11; 11 mod 10 = 1
    assert registration_check_digit("000000000000") == 1


def test_registration_number_is_normalised_and_checked() -> None:
    assert Organisation.model_validate(_org(registration_number="0-1055-36000-00-3")).registration_number \
        == "0105536000003"
    # YAML reads an unquoted number as an int and drops the leading zero; it comes back
    assert Organisation.model_validate(_org(registration_number=105536000003)).registration_number \
        == "0105536000003"
    for bad, message in (("0105536000004", "fails the Thai check digit"),
                         ("010553600000", "must have 13 digits, has 12"),
                         ("01055360000O3", "must be 13 digits")):
        with pytest.raises(ValidationError, match=message):
            Organisation.model_validate(_org(registration_number=bad))


def test_there_are_77_provinces_with_unique_names() -> None:
    assert len(provinces.PROVINCES) == 77
    for attr in ("id", "th", "en"):
        assert len({getattr(p, attr) for p in provinces.PROVINCES}) == 77
    assert provinces.BY_ID["bangkok"].th == "กรุงเทพมหานคร"


@pytest.mark.parametrize("name, pid", [
    ("Bangkok", "bangkok"), ("กรุงเทพมหานคร", "bangkok"), ("chiang_mai", "chiang_mai"),
    ("เชียงใหม่", "chiang_mai"), ("CHIANG MAI", "chiang_mai"), ("Chon Buri", "chonburi"),
    ("Si Sa Ket", "sisaket"), ("Ayutthaya", "phra_nakhon_si_ayutthaya"), ("บึงกาฬ", "bueng_kan"),
])
def test_province_by_id_thai_or_english_name(name: str, pid: str) -> None:
    assert Organisation.model_validate(_org(province=name)).province == pid


def test_unknown_province_suggests_the_nearest() -> None:
    with pytest.raises(ValidationError, match=r"unknown province 'Chiang Mia'.*did you mean chiang_mai"):
        Organisation.model_validate(_org(province="Chiang Mia"))
    with pytest.raises(ValidationError, match="unknown province 'Atlantis'"):
        Organisation.model_validate(_org(province="Atlantis"))


def test_answer_is_a_value_or_not_applicable_not_both() -> None:
    assert not Answer.model_validate({"criterion": "GOV-GOV-01"}).answered
    with pytest.raises(ValidationError, match="not both"):
        Answer.model_validate({"criterion": "GOV-GOV-01", "value": 1, "not_applicable": {"reason": "x"}})
    with pytest.raises(ValidationError):
        Answer.model_validate({"criterion": "GOV-GOV-01", "value": "3"})  # no silent text-to-number
    with pytest.raises(ValidationError):
        Answer.model_validate({"criterion": "GOV-GOV-01", "value": -1})


def test_impact_severity_is_scale_plus_scope_plus_irremediability() -> None:
    i = Impact.model_validate({"id": "I-1", "description": "d", "rights": ["r"], "rights_holders": ["h"],
                               "involvement": "directly_linked", "kind": "potential", "scale": 4,
                               "scope": 2, "irremediability": 3, "likelihood": 1, "status": "mitigated"})
    assert i.severity == 9 and i.resolved
    with pytest.raises(ValidationError):
        Impact.model_validate({**i.model_dump(), "scale": 5})


def test_assessment_hash_ignores_answer_order_but_not_values() -> None:
    cs = compiled(make_set([{"id": "governance", "weight": 1}], [
        {"id": "T-G-01", "domain": "governance"}, {"id": "T-G-02", "domain": "governance"}]))
    a = make_assessment(cs, {"T-G-01": 1, "T-G-02": 2})
    b = make_assessment(cs, {"T-G-02": 2, "T-G-01": 1})
    c = make_assessment(cs, {"T-G-01": 1, "T-G-02": 3})
    assert assessment_hash(a) == assessment_hash(b) != assessment_hash(c)
    assert assessment_hash(a).startswith("sha256:") and len(assessment_hash(a)) == 71


def test_the_answers_hash_is_sha256_of_sorted_key_json_so_anyone_can_recompute_it() -> None:
    """The canonical form is documented as json.dumps(sort_keys, compact, UTF-8); hold orjson to it."""
    import hashlib
    import json

    from hria import assessments
    from hria.models.assessment import assessment_hash
    from tests.conftest import REPO

    for path in sorted((REPO / "examples").glob("*.assessment.yaml")):
        model = assessments.load(path).model
        data = model.model_dump(mode="json", exclude_none=True)
        data["answers"].sort(key=lambda a: a["criterion"])
        data["impacts"].sort(key=lambda i: i["id"])
        text = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        assert assessment_hash(model) == "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()
