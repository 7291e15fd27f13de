"""Attacks on the registry and on verification, as a forger, a dishonest certifier or an auditor would
try them, through the installed `hria`. Each test asserts the right behaviour."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.certify_fixtures import World, hria, make_world
from tests.conftest import REPO
from tests.verify_fixtures import draft, issue, make_scheme, render_pdf

ANSWERS = str(REPO / "tests" / "cases" / "perfect" / "answers.yaml")


@pytest.fixture
def world(tmp_path: Path) -> World:
    return make_world(tmp_path, dict(os.environ))


def _certify(world: World, *extra: str, answers: str = ANSWERS, check: bool = False):  # type: ignore[no-untyped-def]
    return hria("certify", answers, "--body", "CB01", "--auditor", "AUD-1", "--key", str(world.key),
                "-o", str(world.root / "cert.pdf"), *extra, env=world.env, check=check)


def _serial(world: World) -> str:
    with sqlite3.connect(world.registry) as db:
        return str(db.execute("SELECT serial FROM certificates ORDER BY serial LIMIT 1").fetchone()[0])


def test_reregistering_a_body_with_another_key_and_name_is_refused(world: World) -> None:
    hria("keys", "init", "--body", "CB01", "--dir", str(world.root / "impostor"), env=world.env)
    result = hria("registry", "add-body", "CB01", "--name-th", "ผู้แอบอ้าง", "--name-en", "Impostor",
                  "--pubkey", str(world.root / "impostor" / "CB01.pub"), env=world.env, check=False)
    assert result.returncode == 2
    assert "already registered" in result.stderr and len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("day", ["2020-01-01", "2099-01-01"])
def test_issue_dates_far_in_the_past_or_future_are_refused(world: World, day: str) -> None:
    result = _certify(world, "--issued-on", day, "--backdate-reason", "attack")
    assert result.returncode == 1 and "refused:" in result.stderr
    assert not (world.root / "cert.pdf").exists()


def test_scope_naming_an_unknown_organisation_type_is_refused(world: World) -> None:
    result = hria("registry", "add-auditor", "AUD-9", "--name", "x", "--body", "CB01", "--scope",
                  "government", env=world.env, check=False)
    assert result.returncode == 2 and "not an organisation type" in result.stderr


def test_reinstating_a_valid_certificate_changes_nothing_and_is_refused(world: World) -> None:
    _certify(world, check=True)
    result = hria("registry", "reinstate", _serial(world), "--reason", "x", env=world.env, check=False)
    assert result.returncode == 2 and "nothing would change" in result.stderr


def test_a_person_s_name_as_actor_stays_out_of_the_append_only_log(world: World) -> None:
    """PDPA: the log outlives an erasure request, so --by takes an id; a full name is refused."""
    _certify(world, check=True)
    result = hria("registry", "suspend", _serial(world), "--reason", "complaint", "--by", "Somchai Jaidee",
                  env=world.env, check=False)
    assert result.returncode == 2 and "id" in result.stderr
    with sqlite3.connect(world.registry) as db:
        assert "Somchai" not in str(db.execute("SELECT data FROM events").fetchall())


def test_revoked_certificate_without_a_status_source_never_exits_0(world: World) -> None:
    _certify(world, check=True)
    hria("registry", "revoke", _serial(world), "--reason", "fraud", env=world.env)
    result = hria("verify", str(world.root / "cert.pdf"), "--scheme", str(world.scheme), env=world.env,
                  check=False)
    assert result.returncode == 3


def test_status_set_back_to_valid_in_the_database_is_noticed(world: World) -> None:
    """Whoever holds the SQLite file drops the trigger and un-revokes a certificate by hand."""
    _certify(world, check=True)
    serial = _serial(world)
    hria("registry", "revoke", serial, "--reason", "fraud", env=world.env)
    with sqlite3.connect(world.registry) as db:
        db.executescript("DROP TRIGGER certificates_final;"
                         "UPDATE certificates SET status = 'valid', status_reason = '' "
                         f"WHERE serial = '{serial}';")
    result = hria("registry", "check-log", env=world.env, check=False)
    assert result.returncode == 1
    assert f"certificate {serial}: status valid in the table, but the event log says revoked" in result.stderr
    # verify against that registry alone trusts the hash-chained log, not the edited row
    verdict = hria("verify", str(world.root / "cert.pdf"), "--scheme", str(world.scheme), "--registry",
                   str(world.registry), "--lang", "en", env=world.env, check=False)
    assert verdict.returncode == 1, verdict.stdout
    assert "the registry row says valid but its event log says revoked (edited by hand?)" in verdict.stdout


def test_certificate_inserted_in_the_database_is_noticed(world: World) -> None:
    _certify(world, check=True)
    with sqlite3.connect(world.registry) as db:
        db.execute("INSERT INTO certificates SELECT 'CB01-2569-999999', body_id, auditor_id, '0105999999999',"
                   " organisation_name_th, organisation_name_en, 'sha256:forged', set_ref, level, score,"
                   " issued_on, expires_on, status, status_reason, signed, key_id, decided_by,"
                   " organisation_type, assessed_on, set_effective_on, backdate_reason,"
                   " surveillance_months, surveillance_due, supersedes, status_cause FROM certificates")
    result = hria("registry", "check-log", env=world.env, check=False)
    assert result.returncode == 1 and "CB01-2569-999999: no issue event" in result.stderr


def test_check_log_against_a_signed_list_notices_a_rewritten_tail(world: World) -> None:
    """Deleting the last event keeps the chain intact; only the head a list published shows it."""
    _certify(world, check=True)
    listed = world.root / "list.json"
    hria("registry", "export", "-o", str(listed), "--key", str(world.key), env=world.env)
    assert hria("registry", "check-log", "--against", str(listed), env=world.env, check=False).returncode == 0
    with sqlite3.connect(world.registry) as db:
        db.executescript("DROP TRIGGER events_kept;"
                         "DELETE FROM events WHERE seq = (SELECT max(seq) FROM events);"
                         "DROP TRIGGER certificates_kept; DELETE FROM certificates;")
    assert hria("registry", "check-log", env=world.env, check=False).returncode == 0  # chain itself intact
    result = hria("registry", "check-log", "--against", str(listed), env=world.env, check=False)
    assert result.returncode == 1 and "is not in this log" in result.stderr


def test_another_body_s_list_cannot_vouch_for_a_revoked_certificate(tmp_path: Path) -> None:
    world = make_scheme(tmp_path)
    record = issue(world, draft())
    pdf = render_pdf(world, tmp_path / "cert.pdf", record)
    stale = tmp_path / "copy.sqlite3"
    world.registry.close()
    shutil.copy(world.registry_file, stale)  # CB02's view, where the certificate is still valid
    env = {**os.environ, "NO_COLOR": "1", "HRIA_ACTOR": "NHRC"}
    hria("registry", "revoke", record.serial, "--reason", "fraud", "--registry", str(world.registry_file),
         env=env)
    listed = tmp_path / "cb02.json"
    hria("registry", "export", "-o", str(listed), "--key", str(world.key("CB02")), "--body", "CB02",
         "--registry", str(stale), env=env)
    result = hria("verify", str(pdf), "--scheme", str(world.scheme_file), "--list", str(listed),
                  "--lang", "en", env=env, check=False)
    assert result.returncode == 1 and "status: valid" not in result.stdout, result.stdout


@pytest.mark.parametrize("name", ["[bold red]x[red].pdf", "zero.pdf"])
def test_hostile_paths_give_one_line_and_exit_2(tmp_path: Path, name: str) -> None:
    env = {**os.environ, "NO_COLOR": "1", "HRIA_ACTOR": "NHRC"}
    target = tmp_path / name
    target.write_bytes(b"")
    for args in (["verify", str(target)], ["registry", "check-log", "--registry", str(target)],
                 ["registry", "list", "--registry", str(target)]):
        result = hria(*args, env=env, check=False)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
