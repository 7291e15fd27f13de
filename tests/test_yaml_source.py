"""The YAML reader: the fast C path and the round-trip path agree, and every refusal keeps its position."""

from __future__ import annotations

from pathlib import Path

import pytest

from hria.errors import InvalidInput
from hria.loading.yaml_source import _round_trip, parse_yaml
from tests.conftest import REPO

FILES = sorted(REPO.glob("criteria/*/*.yaml")) + sorted(REPO.glob("examples/*.yaml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(REPO)))
def test_fast_path_gives_the_same_data_and_positions_as_the_round_trip_parser(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    fast, slow = parse_yaml(text, "f.yaml"), _round_trip(text, "f.yaml")
    assert fast.text is not None  # really went the fast way
    assert fast.data == slow.data
    assert fast.positions == slow.positions


def _problems(text: str) -> list[str]:
    with pytest.raises(InvalidInput) as caught:
        parse_yaml(text, "f.yaml")
    return [str(p) for p in caught.value.problems]


def test_duplicate_keys_are_refused_with_their_line() -> None:
    assert _problems("a: 1\nb:\n  c: 2\n  c: 3\n") == ["f.yaml:4:3: duplicate key 'c'"]


def test_any_explicit_tag_is_refused_even_a_harmless_one() -> None:
    assert _problems("a: !!str 5\n") == ["f.yaml:1:4: YAML tag !!str is not allowed"]
    assert "not allowed" in _problems("x: !!python/object/apply:os.system [ls]\n")[0]


def test_syntax_errors_keep_their_position() -> None:
    assert _problems("a: [1, 2\nb: 3\n")[0].startswith("f.yaml:2:")


def test_an_exclamation_mark_in_text_is_text() -> None:
    doc = parse_yaml("note: 'ด่วน!'\n", "f.yaml")
    assert doc.data == {"note": "ด่วน!"}


SCALARS = """\
int: 1
negative: -3
octal: 0o17
hex: 0x1F
underscored: 1_000
leading_zero: 007
plus: +5
date: 2026-01-05
short_date: 2026-1-5
moment: 2026-11-23T10:00:00Z
yes_1_2: yes
true_lower: true
true_cap: False
true_upper: TRUE
tilde: ~
null_word: null
empty:
empty_quoted: ''
float: 1.5
quoted_number: '12'
thai_digits: ๑๒
list: [1, 2, x, 2026-01-05]
nested: {a: [true, {b: ~}]}
"""


def test_fast_builder_makes_every_scalar_as_ruamel_yaml_does() -> None:
    from ruamel.yaml import YAML

    reference = YAML(typ="safe", pure=True)
    expected = reference.load(SCALARS)
    got = parse_yaml(SCALARS, "f.yaml").data
    assert got == expected
    assert repr(got) == repr(expected)  # same types too: 1 is not True, a date is not a string
    assert got["yes_1_2"] == "yes" and got["date"].isoformat() == "2026-01-05"


def test_aliases_are_read_and_merge_keys_refused() -> None:
    assert parse_yaml("base: &b {x: 1}\nother: *b\n", "f.yaml").data == {"base": {"x": 1}, "other": {"x": 1}}
    assert _problems("base: &b {x: 1}\nother:\n  <<: *b\n  y: 2\n") == [
        "f.yaml:3:3: merge keys (<<) are not allowed as a key"]
