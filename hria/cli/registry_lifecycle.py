"""`hria registry` commands for a certificate's and a body's life: keys, accreditation, conflicts of
interest, complaints and appeals, surveillance, personal-data erasure, and moving a registry."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path

import typer

from hria.cli.common import Lang, LangOption, RegistryOption, console, day_option, markup_safe, open_location
from hria.cli.registry import ActorOption, ReasonOption
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


def _day(text: str | None, option: str) -> dt.date:
    from hria.registry import today

    return day_option(text, option) or today()


def rotate_key(body_id: str = typer.Argument(..., metavar="BODY"),
               pubkey: Path = typer.Option(..., "--pubkey"),
               valid_from: str = typer.Option(None, "--from"),
               reason: str = ReasonOption, by: str = ActorOption, registry: str = RegistryOption,
               lang: Lang = LangOption) -> None:
    from hria import signing

    key = signing.load_public_key(pubkey)
    day = _day(valid_from, "--from")
    open_location(registry).rotate_key(body_id, signing.public_pem(key).decode(), signing.key_id(key), day,
                                       by, reason)
    _print(say("registry.key_rotated", lang.value, body=body_id, kid=signing.key_id(key),
               day=day.isoformat()))


def compromise_key(body_id: str = typer.Argument(..., metavar="BODY"),
                   key_id: str = typer.Argument(..., metavar="KEY-ID"),
                   since: str = typer.Option(..., "--from"),
                   reason: str = ReasonOption, by: str = ActorOption, registry: str = RegistryOption,
                   lang: Lang = LangOption) -> None:
    revoked = open_location(registry).compromise_key(body_id, key_id, _day(since, "--since"), by, reason)
    _print(say("registry.key_compromised", lang.value, body=body_id, kid=key_id, day=since,
               count=len(revoked), serials=" ".join(revoked)))


def keys(body_id: str = typer.Argument(..., metavar="BODY"), registry: str = RegistryOption,
         lang: Lang = LangOption) -> None:
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
    changed = open_location(registry).set_accreditation(body_id, state.value, by, reason)
    _print(say("registry.accreditation", lang.value, body=body_id,
               state=say(f"registry.accreditation.{state.value}", lang.value), count=len(changed),
               serials=" ".join(changed)))


def declare_conflict(auditor_id: str = typer.Argument(..., metavar="AUDITOR"),
                     organisation: str = typer.Option(..., "--organisation"),
                     reason: str = ReasonOption, by: str = ActorOption,
                     registry: str = RegistryOption, lang: Lang = LangOption) -> None:
    open_location(registry).declare_conflict(auditor_id, organisation, by, reason)
    _print(say("registry.conflict", lang.value, auditor=auditor_id, organisation=organisation))


def erase_person(auditor_id: str = typer.Argument(..., metavar="AUDITOR"), reason: str = ReasonOption,
                 by: str = ActorOption, registry: str = RegistryOption, lang: Lang = LangOption) -> None:
    open_location(registry).erase_person(auditor_id, by, reason)
    _print(say("registry.erased", lang.value, auditor=auditor_id))


def complaint(serial: str, kind: Kind = typer.Option(Kind.complaint, "--kind"),
              summary: str = typer.Option(..., "--summary"),
              by: str = ActorOption, registry: str = RegistryOption, lang: Lang = LangOption) -> None:
    number = open_location(registry).open_complaint(serial, kind.value, summary, by)
    _print(say("registry.complaint", lang.value, kind=say(f"registry.kind.{kind.value}", lang.value),
               number=number, serial=serial))


def close_complaint(complaint_id: int = typer.Argument(..., metavar="ID"),
                    outcome: Outcome = typer.Option(..., "--outcome"),
                    suspend: bool = typer.Option(False, "--suspend"),
                    reason: str = ReasonOption, by: str = ActorOption,
                    registry: str = RegistryOption, lang: Lang = LangOption) -> None:
    open_location(registry).close_complaint(complaint_id, outcome.value, by, reason, suspend)
    note = say("registry.complaint_suspended", lang.value) if suspend else ""
    _print(say("registry.complaint_closed", lang.value, number=complaint_id,
               outcome=say(f"registry.outcome.{outcome.value}", lang.value), note=note))


def surveillance(serial: str, result: VisitResult = typer.Option(..., "--result"),
                 auditor: str = typer.Option(..., "--auditor"),
                 on: str = typer.Option(None, "--on"),
                 reason: str = ReasonOption, by: str = ActorOption, registry: str = RegistryOption,
                 lang: Lang = LangOption) -> None:
    record = open_location(registry).record_surveillance(serial, _day(on, "--on"), result.value, auditor, by,
                                                          reason)
    due = record.surveillance_due.isoformat() if record.surveillance_due else "-"
    status = STATUS_TH.get(record.status, record.status) if lang is Lang.th else record.status
    _print(say("registry.surveillance", lang.value, serial=serial,
               result=say(f"registry.result.{result.value}", lang.value), status=status, due=due))


def suspend_overdue(by: str = ActorOption, registry: str = RegistryOption, lang: Lang = LangOption) -> None:
    done = open_location(registry).suspend_overdue(by)
    for serial in done:
        _print(say("registry.overdue_suspended", lang.value, serial=serial))
    _print(say("registry.overdue_count", lang.value, count=len(done)))


def migrate(source: str = typer.Option(..., "--from"),
            target: str = typer.Option(..., "--to"),
            lang: Lang = LangOption) -> None:
    from hria.registry.moving import move

    counts = move(source, target)
    _print(say("registry.copied", lang.value,
               counts=", ".join(say("registry.copied_item", lang.value, count=n,
                                    what=TABLES_TH.get(what, what) if lang is Lang.th else what)
                                for what, n in counts.items())))


def init_postgres(url: str = typer.Argument(..., metavar="URL"),
                  body: list[str] = typer.Option([], "--body"),
                  lang: Lang = LangOption) -> None:
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
