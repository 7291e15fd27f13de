"""`hria certify` — issue one certificate, or a batch from a manifest."""

from __future__ import annotations

import datetime as dt
import json
import os
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperGroup

from hria.cli.common import (
    EXIT_FAILED_CHECK,
    HriaGroup,
    JsonOption,
    Lang,
    LangOption,
    RegistryOption,
    console,
    day_option,
    fail,
    markup_safe,
    open_location,
    safe_text,
)
from hria.cli.texts import say

if TYPE_CHECKING:
    from hria.certificates.summary import SummaryWriter


class _DefaultToOne(TyperGroup):
    """`hria certify FILE …` means `hria certify one FILE …`; `hria certify batch …` stays."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["one", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(cls=_DefaultToOne, no_args_is_help=True)

KeyOption = typer.Option(None, "--key")
DateOption = typer.Option(None, "--issued-on")
BackdateOption = typer.Option("", "--backdate-reason")
DecidedByOption = typer.Option(None, "--decided-by", envvar="HRIA_DECIDED_BY")
SupersedeOption = typer.Option(False, "--supersede")


def _key_path(key: Path | None, body: str) -> Path:
    from hria.cli.keys import default_key_dir

    return key or default_key_dir() / f"{body}.key"


def _registry_location(registry: str | None) -> str:
    from hria.registry import default_registry_location

    return registry or default_registry_location()


def _issue_day(issued_on: str | None) -> dt.date:
    from hria.registry import today

    return day_option(issued_on, "--issued-on") or today()


@app.command("one")
def one(
    assessment: Path = typer.Argument(..., metavar="ASSESSMENT"),
    body: str = typer.Option(..., "--body"),
    auditor: str = typer.Option(..., "--auditor"),
    output: Path = typer.Option(None, "-o", "--output"),
    key: Path = KeyOption,
    registry: str = RegistryOption,
    issued_on: str = DateOption,
    decided_by: str = DecidedByOption,
    backdate_reason: str = BackdateOption,
    supersede: bool = SupersedeOption,
    lang: Lang = LangOption,
) -> None:
    from hria import assessments, signing
    from hria.certificates.issuing import Issuer, Refused, write_pdfs

    day = _issue_day(issued_on)
    passphrase = os.environ.get("HRIA_KEY_PASSPHRASE")
    key_path = _key_path(key, body)
    private = signing.load_private_key(key_path, passphrase.encode() if passphrase else None)
    reg = open_location(registry)
    item = assessments.load_many([assessment])[0]
    try:
        issuer = Issuer.beside_key(reg, private, key_path)
        record, new, document = issuer.prepare(item, body, auditor, day, decided_by or "",
                                               backdate_reason, supersede)
    except Refused as exc:
        for reason in exc.reasons_in(lang.value):
            typer.echo(safe_text(say("certify.refused", lang.value, reason=reason)), err=True)
        raise typer.Exit(EXIT_FAILED_CHECK) from None
    path = output or Path(f"{record.serial}.pdf")
    if new or not path.exists():
        write_pdfs([(document, path)])
    from hria.cli.registry_table import level_name

    lines = [say("certify.issued" if new else "certify.already", lang.value, serial=record.serial,
                 name_th=markup_safe(record.organisation_name_th),
                 name_en=markup_safe(record.organisation_name_en),
                 set=record.set_ref, level=markup_safe(level_name(record.set_ref, record.level, lang.value)),
                 score=f"{record.score:.2f}", expires=record.expires_on.isoformat())]
    if record.supersedes:
        lines[0] += say("certify.supersedes", lang.value, serial=record.supersedes)
    lines += [say("certify.wrote", lang.value, path=path),
              say("certify.verify", lang.value, command=f"hria verify {path} {_trust_hint(key_path)}")]
    console().print("\n".join(lines))


def _trust_hint(key_path: Path) -> str:
    """What to verify with: the scheme file beside the key when the body has one, else its public key."""
    from hria.scheme import beside

    scheme = beside(key_path)
    return f"--scheme {scheme}" if scheme.exists() else f"--pubkey {key_path.with_suffix('.pub')}"


@app.command("reissue")
def reissue(
    serial: str = typer.Argument(..., metavar="SERIAL"),
    name_th: str = typer.Option(..., "--name-th"),
    name_en: str = typer.Option(..., "--name-en"),
    reason: str = typer.Option(..., "--reason"),
    by: str = typer.Option(..., "--by", envvar="HRIA_ACTOR"),
    output: Path = typer.Option(None, "-o", "--output"),
    key: Path = KeyOption,
    registry: str = RegistryOption,
    lang: Lang = LangOption,
) -> None:
    from hria import criteria_sets, signing
    from hria.certificates.document import CertificateInput
    from hria.certificates.issuing import Issuer, qr_text, signer, write_pdfs

    reg = open_location(registry)
    old = reg.certificate(serial)
    passphrase = os.environ.get("HRIA_KEY_PASSPHRASE")
    key_path = _key_path(key, old.body_id)
    private = signing.load_private_key(key_path, passphrase.encode() if passphrase else None)
    issuer = Issuer.beside_key(reg, private, key_path)
    record = reg.reissue(serial, name_th, name_en, signer(private), by, reason,
                         signing.key_id(private.public_key()))
    document = CertificateInput(record, reg.body(record.body_id), reg.auditor(record.auditor_id),
                                criteria_sets.load(record.set_ref).model,
                                qr_text(record, private, issuer.verification_url), issuer.document_signer)
    path = output or Path(f"{record.serial}.pdf")
    write_pdfs([(document, path)])
    console().print("\n".join([
        say("certify.reissued", lang.value, old=serial, new=record.serial, name_th=markup_safe(name_th),
            name_en=markup_safe(name_en)),
        say("certify.wrote", lang.value, path=path),
        say("certify.verify", lang.value, command=f"hria verify {path} {_trust_hint(key_path)}")]))


@app.command("batch")
def batch(
    manifest: Path = typer.Argument(..., metavar="MANIFEST"),
    out: Path = typer.Option(..., "--out"),
    jobs: int = typer.Option(1, "--jobs", min=1),
    body: str = typer.Option(None, "--body"),
    auditor: str = typer.Option(None, "--auditor"),
    key: Path = KeyOption,
    registry: str = RegistryOption,
    issued_on: str = DateOption,
    decided_by: str = DecidedByOption,
    backdate_reason: str = BackdateOption,
    lang: Lang = LangOption,
    as_json: bool = JsonOption,
) -> None:
    from hria.certificates import batch as b
    from hria.certificates.summary import SummaryWriter, json_items

    day = _issue_day(issued_on)
    items = b.read_manifest(manifest, body, auditor, day, decided_by or "", backdate_reason)
    bodies = {i.body for i in items}
    if len(bodies) > 1 and key is not None:
        fail(say("certify.one_key", HriaGroup.lang))
    open_location(registry).close()  # a mistyped --registry is one line, not a new empty registry
    config = b.BatchConfig(_registry_location(registry), _key_path(key, next(iter(bodies), body or "")), out)
    with b.locked_out(out), b.interrupted_says_what_was_saved(out), SummaryWriter(out) as summary:
        _run(config, list(b.chunks(items)), jobs, len(items), summary, quiet=as_json)
    counts = dict(summary.counts)
    if as_json:
        echo = partial(typer.echo, nl=False)
        echo('{\n  "counts": ' + json.dumps(counts) + ',\n  "items": ')
        for piece in json_items(out):
            echo(piece)
        echo("}\n")
    else:
        console().print(say("certify.batch_summary", lang.value, issued=counts["issued"],
                            existing=counts["existing"], refused=counts["refused"], failed=counts["error"])
                        + f" → {out}/summary.csv")
    if counts["refused"] or counts["error"]:
        raise typer.Exit(EXIT_FAILED_CHECK)


def _run(config: Any, chunks: list[Any], jobs: int, total: int, summary: SummaryWriter,
         quiet: bool) -> None:
    """Issue chunk by chunk; the summary takes each chunk's outcomes in manifest order."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from hria.certificates.batch import close_sessions, run_chunk, worker_init

    with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=console(stderr=True), disable=quiet) as progress:
        task = progress.add_task("certificates", total=total)
        if jobs == 1:
            try:
                for chunk in chunks:
                    done = run_chunk(config, chunk)
                    summary.add(done)
                    progress.advance(task, len(done))
            finally:
                close_sessions()
        else:
            import multiprocessing

            with multiprocessing.get_context("spawn").Pool(jobs, initializer=worker_init) as pool:
                # imap keeps manifest order; a chunk that finishes early waits, at most a few
                for done in pool.imap(partial(run_chunk, config), chunks):
                    summary.add(done)
                    progress.advance(task, len(done))
                pool.close()  # let the workers exit (and close their registry connections)
                pool.join()
