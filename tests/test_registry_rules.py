"""The registry's integrity rules, through the installed `hria`, on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from hria.registry import today
from hria.registry.store import add_months
from tests.certify_fixtures import registration_number
from tests.postgres_cluster import Cluster
from tests.registry_fixtures import ORG, PERFECT, RegistryWorld, make_registry_world, variant

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(params=BACKENDS)
def world(request: pytest.FixtureRequest, tmp_path: Path) -> RegistryWorld:
    cluster: Cluster | None = request.getfixturevalue("pg_cluster") if request.param == "postgresql" else None
    return make_registry_world(request.param, tmp_path, cluster)


def _serial(result_stdout: str) -> str:
    found = re.search(r"issued (CB0\d-\d{4}-\d{6})", result_stdout)
    assert found, result_stdout
    return found.group(1)


def _show(world: RegistryWorld, serial: str, who: str = "CB01") -> dict:
    return json.loads(world.hria("registry", "show", serial, "--json", who=who, check=True).stdout)


def test_a_body_is_registered_once_and_its_keys_are_append_only(world: RegistryWorld) -> None:
    again = world.hria("registry", "add-body", "CB01", "--name-th", "ผู้แอบอ้าง", "--name-en", "Impostor",
                       "--pubkey", str(world.pub("CB02")), who="nhrc")
    assert again.returncode == 2
    assert "body CB01 is already registered; its identity and keys are append-only" in again.stderr
    serial = _serial(world.certify(PERFECT, check=True).stdout)
    world.hria("keys", "init", "--body", "CB01-new", "--dir", str(world.root / "keys2"), check=True)
    new_key = world.root / "keys2" / "CB01-new.pub"
    rotated = world.hria("registry", "rotate-key", "CB01", "--pubkey", str(new_key), "--reason",
                         "yearly rotation")
    assert rotated.returncode == 0, rotated.stderr
    keys = world.hria("registry", "keys", "CB01", check=True).stdout.splitlines()
    assert len(keys) == 2 and f"2026-01-01 – {today().isoformat()}" in keys[0]
    verified = world.hria("verify", serial, "--registry", world.locations["CB01"])
    assert verified.returncode == 0, verified.stdout  # signed with the earlier key, inside its validity
    in_english = world.hria("verify", serial, "--registry", world.locations["CB01"], "--lang", "en").stdout
    assert f"within the key's validity (2026-01-01 – {today().isoformat()}; registry)" in in_english
    kinds = [e["kind"] for e in _show(world, serial)["history"]]
    assert kinds == ["certificate.issued"]


def test_issue_dates_are_bounded(world: RegistryWorld) -> None:
    tomorrow = (today() + dt.timedelta(days=1)).isoformat()
    future = world.certify(PERFECT, "--issued-on", tomorrow)
    assert future.returncode == 1 and f"issue date {tomorrow} is after today" in future.stderr
    early = world.certify(PERFECT, "--issued-on", "2026-03-14")
    assert early.returncode == 1
    assert "issue date 2026-03-14 is before the assessment date (2026-03-15)" in early.stderr
    backdated = world.certify(PERFECT, "--issued-on", "2026-03-20")
    assert backdated.returncode == 1 and "give --backdate-reason" in backdated.stderr
    allowed = world.certify(PERFECT, "--issued-on", "2026-03-20", "--backdate-reason",
                            "decision taken on 20 March, registry entry delayed by an outage")
    assert allowed.returncode == 0, allowed.stderr
    assert _show(world, _serial(allowed.stdout))["issued_on"] == "2026-03-20"


def test_one_current_certificate_per_organisation_and_scheme(world: RegistryWorld) -> None:
    first = _serial(world.certify(PERFECT, check=True).stdout)
    changed = variant(world.root, "changed", {"assessed_on: 2026-03-15": "assessed_on: 2026-03-16"})
    refused = world.certify(changed)
    assert refused.returncode == 1
    assert f"organisation {ORG} already holds certificate {first} (valid) for case_perfect" in refused.stderr
    other_body = world.certify(changed, body="CB02")
    assert other_body.returncode == 1 and "already holds" in other_body.stderr
    replaced = world.certify(changed, "--supersede")
    assert replaced.returncode == 0, replaced.stderr
    second = _serial(replaced.stdout)
    assert f"supersedes {first}" in replaced.stdout
    old = _show(world, first)
    assert old["status"] == "superseded" and old["status_reason"] == f"superseded by {second}"
    verified = world.hria("verify", first, "--registry", world.locations["CB01"], "--lang", "en")
    assert verified.returncode == 1 and f"✗ status: superseded by {second} (registry" in verified.stdout
    listed = json.loads(world.hria("registry", "list", "--status", "valid", "--json").stdout)
    assert [r["serial"] for r in listed] == [second]


def test_scopes_no_op_changes_and_actors(world: RegistryWorld) -> None:
    scope = world.hria("registry", "add-auditor", "AUD-9", "--name", "x", "--body", "CB01", "--scope",
                       "government")
    assert scope.returncode == 2 and "scope government is not an organisation type" in scope.stderr
    serial = _serial(world.certify(PERFECT, check=True).stdout)
    noop = world.hria("registry", "reinstate", serial, "--reason", "just because")
    assert noop.returncode == 2 and f"{serial} is already valid; nothing would change" in noop.stderr
    anonymous = world.hria("registry", "suspend", serial, "--reason", "complaint", HRIA_ACTOR="")
    assert anonymous.returncode == 2 and "--by" in anonymous.stderr
    kinds = [e["kind"] for e in _show(world, serial)["history"]]
    assert kinds == ["certificate.issued"]  # refused changes leave no event


def test_decision_maker_is_not_the_lead_auditor_and_conflicts_are_refused(world: RegistryWorld) -> None:
    same = world.certify(PERFECT, "--decided-by", "AUD-1")
    assert same.returncode == 1 and "someone other than the lead auditor" in same.stderr
    declared = world.hria("registry", "declare-conflict", "DEC-1", "--organisation", ORG, "--reason",
                          "spouse works there")
    assert declared.returncode == 0, declared.stderr
    conflicted = world.certify(PERFECT)
    assert conflicted.returncode == 1
    assert f"DEC-1 declared a conflict of interest with organisation {ORG}" in conflicted.stderr
    issued = world.certify(PERFECT, "--decided-by", "AUD-1", "--auditor", "DEC-1")
    assert issued.returncode == 1  # DEC-1 cannot lead it either


def test_event_log_is_checked_against_a_published_head(world: RegistryWorld) -> None:
    world.certify(PERFECT, check=True)
    exported = world.hria("registry", "export", "-o", str(world.root / "list.json"), "--key",
                          str(world.keys["CB01"]), "--body", "CB01", check=True).stdout
    head = exported.split("event log head: ")[1].strip()
    world.hria("registry", "declare-conflict", "AUD-1", "--organisation", "0000000000000", "--reason", "x",
               check=True)
    assert world.hria("registry", "check-log", "--against", head).returncode == 0
    wrong = world.hria("registry", "check-log", "--against", "f" * 64)
    assert wrong.returncode == 1 and "is not in this log" in wrong.stderr


def test_complaint_suspends_reissue_supersedes(world: RegistryWorld) -> None:
    serial = _serial(world.certify(PERFECT, check=True).stdout)
    opened = world.hria("registry", "complaint", serial, "--summary", "ร้องเรียนโดยคุณสมชาย: สัญญาจ้างไม่เป็นธรรม",
                        check=True)
    number = re.search(r"complaint (\d+) recorded", opened.stdout)
    assert number, opened.stdout
    world.hria("registry", "close-complaint", number.group(1), "--outcome", "upheld", "--suspend", "--reason",
               "unfair contracts confirmed on site", check=True)
    shown = _show(world, serial)
    assert shown["status"] == "suspended" and "upheld" in shown["status_reason"]
    assert shown["complaints"][0]["outcome"] == "upheld"
    assert not any("สมชาย" in json.dumps(e, ensure_ascii=False) for e in shown["history"])  # not in the log
    world.hria("registry", "reinstate", serial, "--reason", "contracts corrected", check=True)
    again = world.hria("certify", "reissue", serial, "--name-th", "บริษัท ตัวอย่าง (ไทย) จำกัด", "--name-en",
                       "Example (Thailand) Company Limited", "--reason", "name registered anew", "--key",
                       str(world.keys["CB01"]), "-o", str(world.root / "re.pdf"))
    assert again.returncode == 0, again.stderr
    new = re.search(r"as (CB01-\d{4}-\d{6})", again.stdout)
    assert new and _show(world, serial)["status"] == "superseded"
    assert _show(world, new.group(1))["supersedes"] == serial
    verified = world.hria("verify", str(world.root / "re.pdf"), "--registry", world.locations["CB01"],
                          "--scheme", str(world.scheme))
    assert verified.returncode == 0, verified.stdout


def test_body_suspension_and_key_compromise_carry_its_certificates(world: RegistryWorld) -> None:
    serial = _serial(world.certify(PERFECT, check=True).stdout)
    suspended = world.hria("registry", "accreditation", "CB01", "suspended", "--reason", "audit of the body",
                           who="nhrc")
    assert suspended.returncode == 0, suspended.stderr
    assert _show(world, serial)["status"] == "suspended"
    blocked = world.certify(variant(world.root, "other", {ORG: registration_number(7)}))
    assert blocked.returncode == 1 and "not accredited" in blocked.stderr
    world.hria("registry", "accreditation", "CB01", "accredited", "--reason", "audit closed", who="nhrc",
               check=True)
    assert _show(world, serial)["status"] == "valid"
    key_id = _show(world, serial)["key_id"]
    compromised = world.hria("registry", "compromise-key", "CB01", key_id, "--from", today().isoformat(),
                             "--reason", "laptop stolen")
    assert compromised.returncode == 0 and serial in compromised.stdout
    verified = world.hria("verify", serial, "--registry", world.locations["CB01"])
    assert verified.returncode == 1 and f"compromised from {today().isoformat()}" in verified.stdout


def test_erasing_a_person_keeps_the_chain(world: RegistryWorld) -> None:
    world.certify(PERFECT, check=True)
    world.hria("registry", "erase-person", "AUD-1", "--reason", "PDPA erasure request", check=True)
    assert world.hria("registry", "check-log").returncode == 0
    from hria.registry import open_registry

    registry = open_registry(world.locations["admin"])
    assert registry.auditor("AUD-1").name == ""
    assert not any("คุณ AUD-1" in json.dumps(e.data, ensure_ascii=False) for e in registry.events())
    registry.close()


def test_surveillance_due_overdue_suspension_and_visit(world: RegistryWorld) -> None:
    from dataclasses import replace

    from hria import signing
    from hria.certificates.issuing import signer
    from hria.registry import open_registry
    from tests.test_registry import draft

    key = signing.load_private_key(world.keys["CB01"])
    registry = open_registry(world.locations["CB01"])
    issued = today() - dt.timedelta(days=40)
    record, _ = registry.issue(replace(draft(issued), key_id=signing.key_id(key.public_key()),
                                       surveillance_months=1, backdate_reason="test"), signer(key))
    registry.close()
    due = json.loads(world.hria("registry", "list", "--due", "--json").stdout)
    assert [r["serial"] for r in due] == [record.serial]
    assert due[0]["surveillance_due"] == add_months(issued, 1).isoformat()
    done = world.hria("registry", "suspend-overdue", check=True)
    assert f"{record.serial}: suspended (surveillance overdue)" in done.stdout
    assert "surveillance overdue since" in _show(world, record.serial)["status_reason"]
    visit = world.hria("registry", "surveillance", record.serial, "--result", "passed", "--auditor", "AUD-1",
                       "--reason", "on-site visit", check=True)
    assert "status valid" in visit.stdout
    shown = _show(world, record.serial)
    assert shown["surveillance"][0]["result"] == "passed"
    assert dt.date.fromisoformat(shown["surveillance_due"]) > today()
    assert world.hria("registry", "list", "--due", "--within", "0", "--json").stdout.strip() == "[]"
