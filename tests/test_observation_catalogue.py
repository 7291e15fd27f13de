"""The catalogue of treaty bodies' concluding observations, and which criteria cite its paragraphs.

Strategic issue 2.2 asks criteria to track the recommendations Thailand receives; `hria criteria
coverage` lists, for each catalogued paragraph, the criteria of each set that cite it (the
dashboard reads this from --json). Only paragraphs read in a stored copy are catalogued.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from hria import criteria_sets
from hria.errors import InvalidInput
from hria.loading.vocabulary import load_observations
from hria.models.references import ConcludingObservationRef
from tests.conftest import CRITERIA

OWN = ("gov", "lao", "edu")
# Cited by the content of 2026.2 but not readable in any stored copy (see the catalogue's header).
UNCATALOGUED = {("CAT/C/THA/CO/1", 21)}


def test_every_catalogued_paragraph_is_quoted_with_its_source() -> None:
    catalogue = load_observations()
    found = {(d.symbol, p.paragraph) for d in catalogue.documents for p in d.paragraphs}
    assert {("CRC/C/THA/CO/3-4", 44), ("CRC/C/THA/CO/3-4", 10), ("CAT/C/THA/CO/2", 33)} <= found
    for d in catalogue.documents:
        for p in d.paragraphs:
            assert p.source and len(p.text) > 80, (d.symbol, p.paragraph)
            assert p.excerpt == ("…" in p.text or "(...)" in p.text or "(…)" in p.text), \
                (d.symbol, p.paragraph)
    para44 = catalogue.find("CRC/C/THA/CO/3-4", 44)
    assert para44 is not None and para44.text.startswith(
        "The Committee recommends that the State party take measures to ensure birth registration")


@pytest.mark.parametrize("set_id", OWN)
def test_every_cited_observation_paragraph_is_catalogued_or_a_known_gap(set_id: str) -> None:
    catalogue = load_observations()
    cs = criteria_sets.load(f"{set_id}@2026.2").model
    for c in cs.criteria:
        for ref in c.references:
            if isinstance(ref, ConcludingObservationRef):
                key = (ref.symbol, ref.paragraph)
                assert catalogue.find(*key) is not None or key in UNCATALOGUED, (c.id, key)


def test_coverage_lists_which_criteria_cite_each_paragraph() -> None:
    out = subprocess.run([sys.executable, "-m", "hria", "criteria", "coverage", "gov", "lao", "edu",
                          "--json"], capture_output=True, text=True)
    rows = {r["set"]: r for r in json.loads(out.stdout)}
    def cited(set_ref: str, symbol: str, paragraph: int) -> list[str]:
        [o] = [o for o in rows[set_ref]["observations"]
               if o["symbol"] == symbol and o["paragraph"] == paragraph]
        return o["criteria"]
    assert cited("gov@2026.2", "CRC/C/THA/CO/3-4", 44) == ["GOV-EQ-06"]
    assert cited("lao@2026.2", "CRC/C/THA/CO/3-4", 44) == ["LAO-SRV-04"]
    assert cited("gov@2026.2", "CRC/C/THA/CO/3-4", 10) == ["GOV-REF-02"]
    assert cited("edu@2026.2", "CRC/C/THA/CO/3-4", 48) == ["EDU-BAS-01"]
    assert cited("gov@2026.2", "CAT/C/THA/CO/2", 32) == ["GOV-DET-06", "GOV-REF-02"]
    assert cited("edu@2026.2", "CCPR/C/THA/CO/2", 38) == []
    assert rows["gov@2026.2"]["observations_uncatalogued"] == {"CAT/C/THA/CO/1 para. 21": ["GOV-DET-06"]}
    human = subprocess.run([sys.executable, "-m", "hria", "criteria", "coverage", "gov", "lao",
                            "--lang", "en"], capture_output=True, text=True).stdout
    assert ("CRC/C/THA/CO/3-4 para. 44 (CRC, ethnic_stateless) → gov@2026.2: GOV-EQ-06; "
            "lao@2026.2: LAO-SRV-04") in human


def test_a_bad_catalogue_entry_is_an_error_at_its_line(tmp_path: Path) -> None:
    text = (CRITERIA / "recommendations" / "treaty-bodies.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "treaty-bodies.yaml"
    bad.write_text(text.replace("symbol: CAT/C/THA/CO/1", "symbol: CRC/C/THA/CO/9", 1)
                   .replace("theme: ethnic_stateless", "theme: stateless", 1), encoding="utf-8")
    with pytest.raises(InvalidInput) as err:
        load_observations(bad)
    messages = [p.message for p in err.value.problems]
    assert "CRC/C/THA/CO/9 is not a symbol of CAT (CAT/C/THA/CO/…)" in messages
    assert any(m.startswith("unknown theme 'stateless'") for m in messages)
    assert all(p.line > 1 for p in err.value.problems)
