"""`hria registry …` — certification bodies, their keys, auditors and the certificates they issued.

Every change names who made it (``--by``, or HRIA_ACTOR) and why (``--reason``);
the registry itself refuses what its rules forbid. Lifecycle commands
(complaints, surveillance, accreditation, keys) are in ``registry_lifecycle``.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from hria.cli.common import (
    EXIT_FAILED_CHECK,
    JsonOption,
    Lang,
    LangOption,
    RegistryOption,
    console,
    day_option,
    error_text_of,
    markup_safe,
    open_location,
    print_json,
)
from hria.cli.texts import say

if TYPE_CHECKING:
    import datetime as dt

    from hria.registry import CertificateRecord, CertificateStatus, Registry

app = typer.Typer(no_args_is_help=True)

ReasonOption = typer.Option(..., "--reason")
ActorOption = typer.Option(..., "--by", envvar="HRIA_ACTOR")


@app.command("add-body")
def add_body(
    body_id: str = typer.Argument(..., metavar="ID"),
    name_th: str = typer.Option(..., "--name-th"),
    name_en: str = typer.Option(..., "--name-en"),
    pubkey: Path = typer.Option(..., "--pubkey"),
    key_valid_from: str = typer.Option(None, "--key-valid-from"),
    by: str = ActorOption,
    registry: str = RegistryOption,
    lang: Lang = LangOption,
) -> None:

    from hria import signing
    from hria.registry import Body

    key = signing.load_public_key(pubkey)
    since = day_option(key_valid_from, "--key-valid-from")
    body = Body(body_id, name_th, name_en, signing.public_pem(key).decode(), signing.key_id(key))
    open_location(registry, create=True).add_body(body, by, key_valid_from=since)
    console().print(say("registry.body_added", lang.value, body=body_id, kid=signing.key_id(key)),
                    markup=False)


@app.command("add-auditor")
def add_auditor(
    auditor_id: str = typer.Argument(..., metavar="ID"),
    name: str = typer.Option(..., "--name"),
    body: str = typer.Option(..., "--body"),
    scope: list[str] = typer.Option(..., "--scope"),
    by: str = ActorOption,
    registry: str = RegistryOption,
    lang: Lang = LangOption,
) -> None:
    from hria.registry import Auditor

    open_location(registry).add_auditor(Auditor(auditor_id, name, body, tuple(scope)), by)
    console().print(say("registry.auditor_added", lang.value, auditor=auditor_id, body=body,
                        scope=", ".join(scope)), markup=False)


class Status(StrEnum):
    valid = "valid"
    suspended = "suspended"
    revoked = "revoked"
    superseded = "superseded"
    expired = "expired"


@app.command("list")
def list_certificates(
    status: Status = typer.Option(None, "--status"),
    due: bool = typer.Option(False, "--due"),
    within: int = typer.Option(30, "--within", min=0),
    registry: str = RegistryOption,
    lang: Lang = LangOption,
    as_json: bool = JsonOption,
) -> None:
    from hria.cli.registry_table import certificate_table
    from hria.registry import today

    reg = open_location(registry)
    records = reg.due(within) if due else reg.certificates(status.value if status else None)
    day = today()
    if as_json:
        print_json([public_row(r, day) for r in records])
        return
    console().print(certificate_table(records, day, lang.value))


def public_row(r: CertificateRecord, day: dt.date) -> dict[str, Any]:
    return {"serial": r.serial, "organisation_id": r.organisation_id,
            "organisation_th": r.organisation_name_th, "organisation_en": r.organisation_name_en,
            "set": r.set_ref, "level": r.level, "score": r.score, "issued_on": r.issued_on.isoformat(),
            "expires_on": r.expires_on.isoformat(), "status": r.effective_status(day),
            "status_reason": r.status_reason, "body": r.body_id, "key_id": r.key_id,
            "supersedes": r.supersedes,
            "surveillance_due": r.surveillance_due.isoformat() if r.surveillance_due else None,
            "signed": r.signed}


@app.command()
def show(serial: str, registry: str = RegistryOption, lang: Lang = LangOption,
         as_json: bool = JsonOption) -> None:
    from hria.cli.registry_show import show_lines
    from hria.cli.registry_table import level_name
    from hria.registry import today

    reg = open_location(registry)
    certificate = reg.certificate(serial)
    record = public_row(certificate, today())
    history = [{"at": e.at, "kind": e.kind, **e.data} for e in reg.events() if e.subject == serial]
    complaints = [{"id": c.id, "kind": c.kind, "received_on": c.received_on.isoformat(),
                   "outcome": c.outcome} for c in reg.complaints(serial)]
    visits = [{"visited_on": v.visited_on.isoformat(), "result": v.result, "auditor": v.auditor_id}
              for v in reg.visits(serial)]
    if as_json:
        print_json({**record, "history": history, "complaints": complaints, "surveillance": visits})
        return
    level = level_name(certificate.set_ref, certificate.level, "th") if lang is Lang.th else certificate.level
    out = console()
    for line in show_lines(record, history, complaints, visits, level, lang.value):
        out.print(line)


def _change(serial: str, status: CertificateStatus, reason: str, registry: str | None, actor: str,
            lang: Lang) -> None:
    from hria.scoring.texts import CERTIFICATE_STATUS

    open_location(registry).set_status(serial, status, reason, actor)
    shown = CERTIFICATE_STATUS.get(status, status) if lang is Lang.th else status
    console().print(markup_safe(say("registry.status_changed", lang.value, serial=serial, status=shown,
                                    reason=reason)))


@app.command()
def revoke(serial: str, reason: str = ReasonOption, by: str = ActorOption,
           registry: str = RegistryOption, lang: Lang = LangOption) -> None:
    _change(serial, "revoked", reason, registry, by, lang)


@app.command()
def suspend(serial: str, reason: str = ReasonOption, by: str = ActorOption,
            registry: str = RegistryOption, lang: Lang = LangOption) -> None:
    _change(serial, "suspended", reason, registry, by, lang)


@app.command()
def reinstate(serial: str, reason: str = ReasonOption, by: str = ActorOption,
              registry: str = RegistryOption, lang: Lang = LangOption) -> None:
    _change(serial, "valid", reason, registry, by, lang)


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"


@app.command()
def export(
    output: Path = typer.Option(..., "-o", "--output"),
    fmt: ExportFormat = typer.Option(None, "--format"),
    key: Path = typer.Option(..., "--key"),
    body: str = typer.Option(None, "--body"),
    registry: str = RegistryOption,
    lang: Lang = LangOption,
) -> None:
    from hria.public_list import write_signed
    from hria.registry import today

    fmt = fmt or (ExportFormat.csv if output.suffix.lower() == ".csv" else ExportFormat.json)
    reg = open_location(registry)
    day = today()
    rows = [public_row(r, day) for r in reg.certificates()]
    write_signed(output, rows, fmt.value, reg, key, body)
    console().print(say("registry.exported", lang.value, count=len(rows), path=output) + "\n"
                    + say("registry.head", lang.value, head=reg.head()), markup=False)


@app.command("check-log")
def check_log(
    against: str = typer.Option(None, "--against", metavar="HEAD | LIST"),
    registry: str = RegistryOption,
    lang: Lang = LangOption,
) -> None:
    reg = open_location(registry)
    if against and Path(against).is_file():
        head = published_head(reg, Path(against))
        if head is None:
            typer.echo(error_text_of("registry.list_foreign", lang.value, path=against), err=True)
            raise typer.Exit(EXIT_FAILED_CHECK)
        against = head
    problems = reg.verify_log(against)
    for p in problems:
        in_ = getattr(p, "in_", None)
        typer.echo(in_(lang.value) if callable(in_) else p, err=True)
    if problems:
        raise typer.Exit(EXIT_FAILED_CHECK)
    console().print(say("registry.log_intact", lang.value, count=len(reg.events()), head=reg.head()),
                    markup=False)


def published_head(reg: Registry, path: Path) -> str | None:
    """The event-log head a signed public list carries, once its signature is checked against the
    keys the registry holds for its bodies (their whole history); None if it does not match."""
    from hria.certificates.verify import registry_keys
    from hria.errors import UsageError
    from hria.public_list import read

    listing = read(path)
    if listing.verify([k for b in reg.bodies() for k in registry_keys(reg, b.id)]) is None:
        return None
    if not listing.log_head:
        raise UsageError(code="registry.list_no_head", path=path)
    return listing.log_head


from hria.cli import registry_lifecycle  # noqa: E402  (its commands join this app)

registry_lifecycle.register(app)
