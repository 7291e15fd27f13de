"""`hria registry` commands for a certificate's and a body's life: keys, accreditation, conflicts of
interest, complaints and appeals, surveillance, personal-data erasure, and moving a registry."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path

import typer

from hria.cli.common import Lang, LangOption, console, markup_safe
from hria.cli.registry import ActorOption, ReasonOption, RegistryOption, open_location
from hria.cli.texts import say
from hria.registry.model import STATUS_TH


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
        raise UsageError(code="registry.date", value=repr(text)) from None


def rotate_key(body_id: str = typer.Argument(..., metavar="BODY"),
               pubkey: Path = typer.Option(..., "--pubkey", help="The new public key."),
               valid_from: str = typer.Option(None, "--from", help="First day it signs (default today)."),
               reason: str = ReasonOption, by: str = ActorOption, registry: str = RegistryOption,
               lang: Lang = LangOption) -> None:
    """Add a key to a body; the old one stays, valid for what it signed before this day."""
    from hria import signing

    key = signing.load_public_key(pubkey)
    day = _day(valid_from)
    open_location(registry).rotate_key(body_id, signing.public_pem(key).decode(), signing.key_id(key), day,
                                       by, reason)
    _print(say("registry.key_rotated", lang.value, body=body_id, kid=signing.key_id(key),
               day=day.isoformat()))


def compromise_key(body_id: str = typer.Argument(..., metavar="BODY"),
                   key_id: str = typer.Argument(..., metavar="KEY-ID"),
                   since: str = typer.Option(..., "--from", help="First day the key may have been misused."),
                   reason: str = ReasonOption, by: str = ActorOption, registry: str = RegistryOption,
                   lang: Lang = LangOption) -> None:
    """Report a key compromised from a day: what it signed from then on is revoked and stops verifying."""
    revoked = open_location(registry).compromise_key(body_id, key_id, _day(since), by, reason)
    _print(say("registry.key_compromised", lang.value, body=body_id, kid=key_id, day=since,
               count=len(revoked), serials=" ".join(revoked)))


def keys(body_id: str = typer.Argument(..., metavar="BODY"), registry: str = RegistryOption,
         lang: Lang = LangOption) -> None:
    """A body's keys and the days each may sign."""
    for k in open_location(registry).keys(body_id):
        until = k.valid_to.isoformat() if k.valid_to else "…"
        bad = (say("registry.key_bad", lang.value, day=k.compromised_from.isoformat())
               if k.compromised_from else "")
        _print(say("registry.key_line", lang.value, kid=k.key_id, start=k.valid_from.isoformat(), end=until,
                   bad=bad))


def accreditation(body_id: str = typer.Argument(..., metavar="BODY"),
                  state: Accreditation = typer.Argument(..., metavar="suspended|withdrawn|accredited"),
                  reason: str = ReasonOption, by: str = ActorOption, registry: str = RegistryOption,
                  lang: Lang = LangOption) -> None:
    """The scheme owner (NHRC) suspends, withdraws or restores a body; its certificates follow."""
    changed = open_location(registry).set_accreditation(body_id, state.value, by, reason)
    _print(say("registry.accreditation", lang.value, body=body_id,
               state=say(f"registry.accreditation.{state.value}", lang.value), count=len(changed),
               serials=" ".join(changed)))


def declare_conflict(auditor_id: str = typer.Argument(..., metavar="AUDITOR"),
                     organisation: str = typer.Option(..., "--organisation", help="Organisation id."),
                     reason: str = ReasonOption, by: str = ActorOption,
                     registry: str = RegistryOption, lang: Lang = LangOption) -> None:
    """An auditor declares a conflict of interest with an organisation; the registry then refuses them
    as its lead auditor or decision-maker."""
    open_location(registry).declare_conflict(auditor_id, organisation, by, reason)
    _print(say("registry.conflict", lang.value, auditor=auditor_id, organisation=organisation))


def erase_person(auditor_id: str = typer.Argument(..., metavar="AUDITOR"), reason: str = ReasonOption,
                 by: str = ActorOption, registry: str = RegistryOption, lang: Lang = LangOption) -> None:
    """Erase an auditor's name (PDPA request); the id, and the event log's chain, stay intact."""
    open_location(registry).erase_person(auditor_id, by, reason)
    _print(say("registry.erased", lang.value, auditor=auditor_id))


def complaint(serial: str, kind: Kind = typer.Option(Kind.complaint, "--kind"),
              summary: str = typer.Option(..., "--summary", help="What it is about (kept out of the log)."),
              by: str = ActorOption, registry: str = RegistryOption, lang: Lang = LangOption) -> None:
    """Record a complaint or an appeal against a certificate."""
    number = open_location(registry).open_complaint(serial, kind.value, summary, by)
    _print(say("registry.complaint", lang.value, kind=say(f"registry.kind.{kind.value}", lang.value),
               number=number, serial=serial))


def close_complaint(complaint_id: int = typer.Argument(..., metavar="ID"),
                    outcome: Outcome = typer.Option(..., "--outcome"),
                    suspend: bool = typer.Option(False, "--suspend", help="An upheld complaint suspends the "
                                                                          "certificate."),
                    reason: str = ReasonOption, by: str = ActorOption,
                    registry: str = RegistryOption, lang: Lang = LangOption) -> None:
    """Close a complaint or appeal with its outcome."""
    open_location(registry).close_complaint(complaint_id, outcome.value, by, reason, suspend)
    note = say("registry.complaint_suspended", lang.value) if suspend else ""
    _print(say("registry.complaint_closed", lang.value, number=complaint_id,
               outcome=say(f"registry.outcome.{outcome.value}", lang.value), note=note))


def surveillance(serial: str, result: VisitResult = typer.Option(..., "--result"),
                 auditor: str = typer.Option(..., "--auditor", help="Auditor who made the visit."),
                 on: str = typer.Option(None, "--on", help="Day of the visit (default today)."),
                 reason: str = ReasonOption, by: str = ActorOption, registry: str = RegistryOption,
                 lang: Lang = LangOption) -> None:
    """Record a completed surveillance visit: passed moves the next due date, failed suspends."""
    record = open_location(registry).record_surveillance(serial, _day(on), result.value, auditor, by, reason)
    due = record.surveillance_due.isoformat() if record.surveillance_due else "-"
    status = STATUS_TH.get(record.status, record.status) if lang is Lang.th else record.status
    _print(say("registry.surveillance", lang.value, serial=serial,
               result=say(f"registry.result.{result.value}", lang.value), status=status, due=due))


def suspend_overdue(by: str = ActorOption, registry: str = RegistryOption, lang: Lang = LangOption) -> None:
    """Suspend every valid certificate whose surveillance is overdue, each with its reason (never
    silently: run by a certifier, listed here, an event each)."""
    done = open_location(registry).suspend_overdue(by)
    for serial in done:
        _print(say("registry.overdue_suspended", lang.value, serial=serial))
    _print(say("registry.overdue_count", lang.value, count=len(done)))


def migrate(source: str = typer.Option(..., "--from", help="SQLite registry file."),
            target: str = typer.Option(..., "--to", help="postgresql:// URL (made with init-postgres)."),
            lang: Lang = LangOption) -> None:
    """Copy a SQLite registry, history and all, into an empty PostgreSQL registry."""
    from hria.registry.moving import move

    counts = move(source, target)
    _print(say("registry.copied", lang.value,
               counts=", ".join(say("registry.copied_item", lang.value, count=n,
                                    what=TABLES_TH.get(what, what) if lang is Lang.th else what)
                                for what, n in counts.items())))


def init_postgres(url: str = typer.Argument(..., metavar="URL", help="Admin connection URL."),
                  body: list[str] = typer.Option([], "--body", help="Body id to create a role for (repeat)."),
                  lang: Lang = LangOption) -> None:
    """Create the schema, roles and row-level security policies of a shared PostgreSQL registry."""
    from hria.registry.postgres_setup import init_postgres as init

    for line in init(url, body):
        in_ = getattr(line, "in_", None)
        _print(in_(lang.value) if callable(in_) else line)


TABLES_TH = {"bodies": "หน่วยรับรอง", "body_keys": "กุญแจ", "auditors": "ผู้ตรวจประเมิน", "serials": "ลำดับเลขที่",
             "certificates": "ใบรับรอง", "conflicts": "ส่วนได้เสีย", "complaints": "เรื่องร้องเรียน",
             "surveillance_visits": "การตรวจติดตาม", "events": "เหตุการณ์", "assessments": "การประเมิน"}
"""What `registry migrate` copies, by table, in Thai."""


def _print(line: str) -> None:
    """A line of the command's output; the ids and reasons in it are data, never Rich markup."""
    console().print(markup_safe(line))


def register(app: typer.Typer) -> None:
    for name, command in (("rotate-key", rotate_key), ("compromise-key", compromise_key), ("keys", keys),
                          ("accreditation", accreditation), ("declare-conflict", declare_conflict),
                          ("erase-person", erase_person), ("complaint", complaint),
                          ("close-complaint", close_complaint), ("surveillance", surveillance),
                          ("suspend-overdue", suspend_overdue), ("migrate", migrate),
                          ("init-postgres", init_postgres)):
        app.command(name)(command)
