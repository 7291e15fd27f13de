"""`hria registry` commands for a certificate's and a body's life: keys, accreditation, conflicts of
interest, complaints and appeals, surveillance, personal-data erasure, and moving a registry."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path

import typer

from hria.cli.common import console
from hria.cli.registry import ActorOption, ReasonOption, RegistryOption, open_location


class Accreditation(StrEnum):
    suspended = "suspended"
    withdrawn = "withdrawn"
    accredited = "accredited"


class Kind(StrEnum):
    complaint = "complaint"
    appeal = "appeal"


class Outcome(StrEnum):
    upheld = "upheld"
    dismissed = "dismissed"
    withdrawn = "withdrawn"


class VisitResult(StrEnum):
    passed = "passed"
    failed = "failed"


def _day(text: str | None) -> dt.date:
    from hria.errors import UsageError
    from hria.registry import today

    if not text:
        return today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{text!r} is not a date YYYY-MM-DD") from None


def rotate_key(body_id: str = typer.Argument(..., metavar="BODY"),
               pubkey: Path = typer.Option(..., "--pubkey", help="The new public key."),
               valid_from: str = typer.Option(None, "--from", help="First day it signs (default today)."),
               reason: str = ReasonOption, by: str = ActorOption, registry: str = RegistryOption) -> None:
    """Add a key to a body; the old one stays, valid for what it signed before this day."""
    from hria import signing

    key = signing.load_public_key(pubkey)
    day = _day(valid_from)
    open_location(registry).rotate_key(body_id, signing.public_pem(key).decode(), signing.key_id(key), day,
                                       by, reason)
    console().print(f"{body_id}: key {signing.key_id(key)} signs from {day.isoformat()}")


def compromise_key(body_id: str = typer.Argument(..., metavar="BODY"),
                   key_id: str = typer.Argument(..., metavar="KEY-ID"),
                   since: str = typer.Option(..., "--from", help="First day the key may have been misused."),
                   reason: str = ReasonOption, by: str = ActorOption, registry: str = RegistryOption) -> None:
    """Report a key compromised from a day: what it signed from then on is revoked and stops verifying."""
    revoked = open_location(registry).compromise_key(body_id, key_id, _day(since), by, reason)
    console().print(f"{body_id}: key {key_id} compromised from {since}; revoked {len(revoked)} "
                    f"certificate(s) {' '.join(revoked)}")


def keys(body_id: str = typer.Argument(..., metavar="BODY"), registry: str = RegistryOption) -> None:
    """A body's keys and the days each may sign."""
    for k in open_location(registry).keys(body_id):
        until = k.valid_to.isoformat() if k.valid_to else "…"
        bad = f" compromised from {k.compromised_from.isoformat()}" if k.compromised_from else ""
        console().print(f"{k.key_id}  {k.valid_from.isoformat()} – {until}{bad}")


def accreditation(body_id: str = typer.Argument(..., metavar="BODY"),
                  state: Accreditation = typer.Argument(..., metavar="suspended|withdrawn|accredited"),
                  reason: str = ReasonOption, by: str = ActorOption, registry: str = RegistryOption) -> None:
    """The scheme owner (NHRC) suspends, withdraws or restores a body; its certificates follow."""
    changed = open_location(registry).set_accreditation(body_id, state.value, by, reason)
    console().print(f"{body_id}: {state.value}; {len(changed)} certificate(s) followed: {' '.join(changed)}")


def declare_conflict(auditor_id: str = typer.Argument(..., metavar="AUDITOR"),
                     organisation: str = typer.Option(..., "--organisation", help="Organisation id."),
                     reason: str = ReasonOption, by: str = ActorOption,
                     registry: str = RegistryOption) -> None:
    """An auditor declares a conflict of interest with an organisation; the registry then refuses them
    as its lead auditor or decision-maker."""
    open_location(registry).declare_conflict(auditor_id, organisation, by, reason)
    console().print(f"{auditor_id}: conflict of interest with {organisation} declared")


def erase_person(auditor_id: str = typer.Argument(..., metavar="AUDITOR"), reason: str = ReasonOption,
                 by: str = ActorOption, registry: str = RegistryOption) -> None:
    """Erase an auditor's name (PDPA request); the id, and the event log's chain, stay intact."""
    open_location(registry).erase_person(auditor_id, by, reason)
    console().print(f"{auditor_id}: personal data erased")


def complaint(serial: str, kind: Kind = typer.Option(Kind.complaint, "--kind"),
              summary: str = typer.Option(..., "--summary", help="What it is about (kept out of the log)."),
              by: str = ActorOption, registry: str = RegistryOption) -> None:
    """Record a complaint or an appeal against a certificate."""
    number = open_location(registry).open_complaint(serial, kind.value, summary, by)
    console().print(f"{kind.value} {number} recorded against {serial}")


def close_complaint(complaint_id: int = typer.Argument(..., metavar="ID"),
                    outcome: Outcome = typer.Option(..., "--outcome"),
                    suspend: bool = typer.Option(False, "--suspend", help="An upheld complaint suspends the "
                                                                          "certificate."),
                    reason: str = ReasonOption, by: str = ActorOption,
                    registry: str = RegistryOption) -> None:
    """Close a complaint or appeal with its outcome."""
    open_location(registry).close_complaint(complaint_id, outcome.value, by, reason, suspend)
    note = " (certificate suspended)" if suspend else ""
    console().print(f"complaint {complaint_id}: {outcome.value}{note}")


def surveillance(serial: str, result: VisitResult = typer.Option(..., "--result"),
                 auditor: str = typer.Option(..., "--auditor", help="Auditor who made the visit."),
                 on: str = typer.Option(None, "--on", help="Day of the visit (default today)."),
                 reason: str = ReasonOption, by: str = ActorOption, registry: str = RegistryOption) -> None:
    """Record a completed surveillance visit: passed moves the next due date, failed suspends."""
    record = open_location(registry).record_surveillance(serial, _day(on), result.value, auditor, by, reason)
    due = record.surveillance_due.isoformat() if record.surveillance_due else "-"
    console().print(f"{serial}: surveillance {result.value}; status {record.status}; next due {due}")


def suspend_overdue(by: str = ActorOption, registry: str = RegistryOption) -> None:
    """Suspend every valid certificate whose surveillance is overdue, each with its reason (never
    silently: run by a certifier, listed here, an event each)."""
    done = open_location(registry).suspend_overdue(by)
    for serial in done:
        console().print(f"{serial}: suspended (surveillance overdue)")
    console().print(f"suspended {len(done)} certificate(s)")


def migrate(source: str = typer.Option(..., "--from", help="SQLite registry file."),
            target: str = typer.Option(..., "--to", help="postgresql:// URL (made with init-postgres)."),
            ) -> None:
    """Copy a SQLite registry, history and all, into an empty PostgreSQL registry."""
    from hria.registry.moving import move

    counts = move(source, target)
    console().print("copied " + ", ".join(f"{n} {what}" for what, n in counts.items()))


def init_postgres(url: str = typer.Argument(..., metavar="URL", help="Admin connection URL."),
                  body: list[str] = typer.Option([], "--body", help="Body id to create a role for (repeat)."),
                  ) -> None:
    """Create the schema, roles and row-level security policies of a shared PostgreSQL registry."""
    from hria.registry.postgres_setup import init_postgres as init

    for line in init(url, body):
        console().print(line)


def register(app: typer.Typer) -> None:
    for name, command in (("rotate-key", rotate_key), ("compromise-key", compromise_key), ("keys", keys),
                          ("accreditation", accreditation), ("declare-conflict", declare_conflict),
                          ("erase-person", erase_person), ("complaint", complaint),
                          ("close-complaint", close_complaint), ("surveillance", surveillance),
                          ("suspend-overdue", suspend_overdue), ("migrate", migrate),
                          ("init-postgres", init_postgres)):
        app.command(name)(command)
