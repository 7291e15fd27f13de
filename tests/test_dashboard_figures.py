"""The dashboard's figures: fiscal years, indicator 2.2, small-cell suppression, the tile grid and
the incentive programmes."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from hria.dashboard import figures, incentives, population, suppression
from hria.dashboard.records import AssessmentSummary
from hria.dashboard.tiles import TILES
from hria.models.provinces import PROVINCES
from hria.registry import CertificateRecord

TODAY = dt.date(2026, 12, 2)


def summary(org: str, day: dt.date, kind: str = "government_agency", **changes: object) -> AssessmentSummary:
    s = AssessmentSummary(f"h-{org}-{day}", org, "ก", "A", kind, "", "large", "nan", "gov@2026.2", day,
                          "certified", "good", 75.0, {"equality": 50.0}, (), True, "")
    return replace(s, **changes)  # type: ignore[arg-type]


def test_fiscal_year_runs_october_to_september() -> None:
    assert figures.fiscal_year(dt.date(2025, 9, 30)) == 2568
    assert figures.fiscal_year(dt.date(2025, 10, 1)) == 2569
    assert figures.fiscal_year(dt.date(2026, 9, 30)) == 2569
    assert figures.fiscal_year(dt.date(2026, 10, 1)) == 2570


def test_indicator_counts_each_organisation_once_in_the_year_of_its_first_assessment() -> None:
    rows = figures.indicator([
        summary("A", dt.date(2024, 11, 1)), summary("A", dt.date(2025, 11, 1)),  # 2568, again in 2569
        *[summary(f"B{i}", dt.date(2025, 10, 1)) for i in range(9)],  # 2569
        summary("C", dt.date(2026, 10, 5), decision="refused", level=""),  # refused still uses the tool
    ], TODAY).rows
    by_year = {r["fiscal_year"]: r for r in rows}
    assert [r["fiscal_year"] for r in rows] == [2566, 2567, 2568, 2569, 2570]
    assert (by_year[2568]["new"], by_year[2568]["cumulative"]) == (1, 1)
    assert by_year[2569] == {"fiscal_year": 2569, "new": 9, "cumulative": 10, "target": 10, "met": True}
    assert by_year[2570] == {"fiscal_year": 2570, "new": 1, "cumulative": 11, "target": 15, "met": False}
    assert by_year[2566]["target"] is None and by_year[2566]["met"] is None


def test_a_small_cell_hides_with_the_next_smallest_so_the_total_gives_nothing_away() -> None:
    shown = suppression.one_way({"a": 2, "b": 7, "c": 4, "d": 0})
    assert shown == {"a": None, "b": 7, "c": None, "d": 0, "total": 13}


def test_a_lone_small_cell_hides_the_total() -> None:
    assert suppression.one_way({"a": 1, "b": 0}) == {"a": None, "b": 0, "total": None}


def test_two_small_cells_are_not_left_as_the_only_hidden_pair() -> None:
    shown = suppression.one_way({"a": 1, "b": 1, "c": 5, "d": 9})
    assert shown["a"] is None and shown["b"] is None and shown["c"] is None and shown["d"] == 9


def _lines(rows: list[str], cols: list[str]) -> list[list[tuple[str, str]]]:
    lines = [[(r, c) for c in [*cols, "total"]] for r in [*rows, "total"]]
    return lines + [[(r, c) for r in [*rows, "total"]] for c in [*cols, "total"]]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 12), min_size=12, max_size=12))
def test_no_hidden_cell_of_a_table_can_be_worked_out_from_its_line(values: list[int]) -> None:
    rows, cols = ["r1", "r2", "r3"], ["c1", "c2", "c3", "c4"]
    counts = {(r, c): values[i * 4 + j] for i, r in enumerate(rows) for j, c in enumerate(cols)}
    shown = suppression.two_way(counts, rows, cols)
    for (r, c), v in counts.items():
        if 0 < v < 3:
            assert shown[(r, c)] is None
    for line in _lines(rows, cols):
        hidden = [k for k in line if shown[k] is None]
        if hidden:  # never one alone, never only small ones beside a known sum
            full = {**counts, **{k: v for k, v in shown.items() if k[0] == "total" or k[1] == "total"}}
            actual = [sum(counts.get((k[0], c), 0) for c in cols) if k[1] == "total" and k[0] != "total"
                      else full.get(k) if full.get(k) is not None else
                      sum(counts.get((r, k[1]), 0) for r in rows) if k[0] == "total" and k[1] != "total"
                      else sum(counts.values()) if k == ("total", "total") else counts[k] for k in hidden]
            everything = all(shown[k] is None or shown[k] == 0 for k in line)  # a reader learns only "< 3"
            assert everything or (len(hidden) >= 2 and any(a is not None and a >= 3 for a in actual)), \
                (line, shown)


def test_the_tile_grid_places_all_77_provinces_on_distinct_tiles() -> None:
    assert set(TILES) == {p.id for p in PROVINCES}
    assert len(set(TILES.values())) == 77


def test_the_fictional_population_is_marked_fictional_and_spread_over_the_country() -> None:
    found = population.summaries(600, TODAY, seed=7)
    assert all(s.name_en.startswith("Fictional organisation") and s.organisation_id.startswith("99")
               for s in found)
    assert {s.organisation_type for s in found} == set(figures.TYPES)
    assert len({s.province for s in found}) > 60
    assert Counter(s.decision for s in found)["refused"] > 0
    assert {figures.fiscal_year(s.assessed_on) for s in found} >= {2566, 2567, 2568, 2569}
    assert population.summaries(600, TODAY, seed=7) == found  # seeded: the same every run


def test_the_bundled_programmes_are_all_examples() -> None:
    programmes = incentives.load()
    assert programmes and all(p.example and p.name.en.startswith("(Example)") for p in programmes)
    assert {p.partner.en for p in programmes} >= {"Securities and Exchange Commission (SEC)",
                                                   "Department of Local Administration"}


def test_a_programme_lists_only_certificates_that_meet_its_eligibility() -> None:
    sec = incentives.programme("example-sec-disclosure")  # business, good or better, valid
    base = CertificateRecord("S1", "CB", "AUD", "0105", "บริษัท", "Company", "h1", "business@2026.2", "good",
                             80.0, dt.date(2026, 1, 1), dt.date(2028, 12, 31), "valid", "", "")
    certs = [base, replace(base, serial="S2", assessment_hash="h2", level="basic"),
             replace(base, serial="S3", assessment_hash="h3", status="revoked"),
             replace(base, serial="S4", assessment_hash="h4", set_ref="gov@2026.2"),
             replace(base, serial="S5", assessment_hash="h5", level="excellent")]
    opted_out = summary("0105", dt.date(2025, 12, 1), "business", assessment_hash="h5", public_listing=False)
    rows = incentives.eligible(sec, certs, {"h5": opted_out}, TODAY)
    assert [(r["serial"], r["public_listing"]) for r in rows] == [("S1", False), ("S5", False)]
