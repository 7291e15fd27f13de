"""Content hashes of the published 2026.1 sets never change: assessments pin them."""

from __future__ import annotations

import pytest

from hria import criteria_sets
from hria.criteria_hash import content_hash
from hria.models.criteria import CriteriaSet

# The hashes 2026.1 had on the day it was published (main at abe1e50). Never update these.
PUBLISHED_2026_1 = {
    "gov": "sha256:a7d602c4a146ed0f95fe49846515249512a7c5e3260d8f87ecd437fd15e647be",
    "lao": "sha256:00f4f82bd7e88156d7905d75324e9f1e8bd88b0793f182122450c138f0326848",
    "edu": "sha256:ecd9ea1e92c6540681b68923aa0c3f44be2309492661e5cda6d8a0b0bd684b24",
    "business": "sha256:f8d497b1a0797c758b66ce9ad5343f38a882b0d9455e6e615c40253719291ea6",
}


@pytest.mark.parametrize("set_id", sorted(PUBLISHED_2026_1))
def test_published_2026_1_hash_is_unchanged(set_id: str) -> None:
    assert criteria_sets.load(f"{set_id}@2026.1").content_hash == PUBLISHED_2026_1[set_id]


def test_a_field_added_later_changes_the_hash_only_when_set() -> None:
    cs = criteria_sets.load("gov@2026.1").model
    assert cs.surveillance_interval_months is None
    with_interval = CriteriaSet.model_validate({**cs.model_dump(), "surveillance_interval_months": 12})
    assert content_hash(with_interval) != content_hash(cs)
    same_again = CriteriaSet.model_validate({**cs.model_dump(), "surveillance_interval_months": None})
    assert content_hash(same_again) == PUBLISHED_2026_1["gov"]


@pytest.mark.parametrize("set_id", sorted(PUBLISHED_2026_1))
def test_2026_2_states_surveillance_and_transition(set_id: str) -> None:
    cs = criteria_sets.load(f"{set_id}@2026.2").model
    assert cs.surveillance_interval_months == 12
    assert cs.certificate_validity_months == 36
    assert cs.supersedes is not None and cs.supersedes.version == "2026.1"
    assert cs.supersedes.certifiable_until > cs.effective_date
