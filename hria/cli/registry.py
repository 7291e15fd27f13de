"""`hria registry …` — certification bodies, auditors and the certificates they issued."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from hria.cli.common import EXIT_FAILED_CHECK, JsonOption, console, markup_safe, print_json

if TYPE_CHECKING:
    import datetime as dt

    from hria.registry import CertificateRecord, CertificateStatus, Registry

app = typer.Typer(help="The registry of bodies, auditors and certificates (SQLite; --registry or "
                       "HRIA_REGISTRY).", no_args_is_help=True)

RegistryOption = typer.Option(None, "--registry", help="Registry file (default: HRIA_REGISTRY or the "
                                                       "user data directory).")


def _open(path: Path | None) -> Registry:
    from hria.registry import open_registry

    return open_registry(path)


@app.command("add-body")
def add_body(
    body_id: str = typer.Argument(..., metavar="ID"),
    name_th: str = typer.Option(..., "--name-th"),
    name_en: str = typer.Option(..., "--name-en"),
    pubkey: Path = typer.Option(..., "--pubkey", help="The body's public key from `hria keys init`."),
    registry: Path = RegistryOption,
) -> None:
    """Register a certification body (หน่วยรับรอง) and its public key."""
    from hria import signing
    from hria.registry import Body

    key = signing.load_public_key(pubkey)
    _open(registry).add_body(Body(body_id, name_th, name_en,
                                  signing.public_pem(key).decode(), signing.key_id(key)))
    console().print(f"registered body {body_id} (key {signing.key_id(key)})")


@app.command("add-auditor")
def add_auditor(
    auditor_id: str = typer.Argument(..., metavar="ID"),
    name: str = typer.Option(..., "--name"),
    body: str = typer.Option(..., "--body"),
    scope: list[str] = typer.Option(..., "--scope", help="Organisation type the auditor may certify "
                                                         "(repeat): government_agency, "
                                                         "local_administration, educational_institution, "
                                                         "business."),
    registry: Path = RegistryOption,
) -> None:
    """Accredit an auditor (ผู้ตรวจรับรอง) of a body for some organisation types."""
    from hria.registry import Auditor

    _open(registry).add_auditor(Auditor(auditor_id, name, body, tuple(scope)))
    console().print(f"accredited {auditor_id} with {body} for {', '.join(scope)}")


class Status(StrEnum):
    valid = "valid"
    suspended = "suspended"
    revoked = "revoked"
    expired = "expired"


@app.command("list")
def list_certificates(
    status: Status = typer.Option(None, "--status"),
    registry: Path = RegistryOption,
    as_json: bool = JsonOption,
) -> None:
    """List issued certificates (status as of today: a valid one past expiry shows expired)."""
    import datetime as dt

    from rich.table import Table

    records = _open(registry).certificates(status.value if status else None)
    today = dt.date.today()
    if as_json:
        print_json([_public(r, today) for r in records])
        return
    table = Table(title=f"{len(records)} certificate(s)")
    for col in ("serial", "organisation", "set", "level", "score", "expires", "status"):
        table.add_column(col)
    for r in records:
        name = f"{r.organisation_name_th}\n{r.organisation_name_en}"
        table.add_row(r.serial, "\n".join(markup_safe(n) for n in name.split("\n")), r.set_ref, r.level,
                      f"{r.score:.2f}", r.expires_on.isoformat(), r.effective_status(today))
    console().print(table)


def _public(r: CertificateRecord, today: dt.date) -> dict[str, Any]:
    return {"serial": r.serial, "organisation_id": r.organisation_id,
            "organisation_th": r.organisation_name_th, "organisation_en": r.organisation_name_en,
            "set": r.set_ref, "level": r.level, "score": r.score, "issued_on": r.issued_on.isoformat(),
            "expires_on": r.expires_on.isoformat(), "status": r.effective_status(today),
            "status_reason": r.status_reason, "body": r.body_id, "signed": r.signed}


@app.command()
def show(serial: str, registry: Path = RegistryOption, as_json: bool = JsonOption) -> None:
    """Show one certificate and its history from the event log."""
    import datetime as dt

    reg = _open(registry)
    record = _public(reg.certificate(serial), dt.date.today())
    history = [{"at": e.at, "kind": e.kind, **e.data} for e in reg.events() if e.subject == serial]
    if as_json:
        print_json({**record, "history": history})
        return
    out = console()
    for key, value in record.items():
        if key != "signed":
            out.print(f"[dim]{key:>16}[/dim]  {markup_safe(value)}")
    for h in history:
        out.print(f"[dim]{h['at']}[/dim] {h['kind']} {markup_safe(h.get('reason', ''))}")


def _change(serial: str, status: CertificateStatus, reason: str, registry: Path | None, actor: str) -> None:
    _open(registry).set_status(serial, status, reason, actor)
    console().print(markup_safe(f"{serial}: {status} ({reason})"))


ReasonOption = typer.Option(..., "--reason", help="Why; recorded in the event log.")
ActorOption = typer.Option("cli", "--by", help="Who made the change.")


@app.command()
def revoke(serial: str, reason: str = ReasonOption, by: str = ActorOption,
           registry: Path = RegistryOption) -> None:
    """Revoke a certificate for good."""
    _change(serial, "revoked", reason, registry, by)


@app.command()
def suspend(serial: str, reason: str = ReasonOption, by: str = ActorOption,
            registry: Path = RegistryOption) -> None:
    """Suspend a certificate until it is reinstated."""
    _change(serial, "suspended", reason, registry, by)


@app.command()
def reinstate(serial: str, reason: str = ReasonOption, by: str = ActorOption,
              registry: Path = RegistryOption) -> None:
    """Make a suspended certificate valid again."""
    _change(serial, "valid", reason, registry, by)


class ExportFormat(StrEnum):
    json = "json"
    csv = "csv"


@app.command()
def export(
    output: Path = typer.Option(..., "-o", "--output", help="File to write (.csv writes CSV)."),
    fmt: ExportFormat = typer.Option(None, "--format", help="json or csv (default: from the file name)."),
    key: Path = typer.Option(..., "--key", help="Private key that signs the list (a body's BODY.key); "
                                               "passphrase from HRIA_KEY_PASSPHRASE."),
    body: str = typer.Option(None, "--body", help="The body the key belongs to (named in the list)."),
    registry: Path = RegistryOption,
) -> None:
    """Write the signed, dated public list of certificates (JSON, or CSV with a .sig beside it)
    that verifiers check offline with `hria verify --list`."""
    import datetime as dt

    fmt = fmt or (ExportFormat.csv if output.suffix.lower() == ".csv" else ExportFormat.json)
    from hria.public_list import write_signed

    reg = _open(registry)
    rows = [_public(r, dt.date.today()) for r in reg.certificates()]
    write_signed(output, rows, fmt.value, reg, key, body)
    console().print(f"wrote {len(rows)} certificate(s) to {output}")


@app.command("check-log")
def check_log(registry: Path = RegistryOption) -> None:
    """Check the hash chain of the event log; exit 1 if history was altered."""
    problems = _open(registry).verify_log()
    for p in problems:
        typer.echo(p, err=True)
    if problems:
        raise typer.Exit(EXIT_FAILED_CHECK)
    console().print("event log intact")
