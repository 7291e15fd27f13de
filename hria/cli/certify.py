"""`hria certify` — issue one certificate, or a batch from a manifest."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

import typer
from typer.core import TyperGroup

from hria.cli.common import EXIT_FAILED_CHECK, JsonOption, console, json_text, print_json


class _DefaultToOne(TyperGroup):
    """`hria certify FILE …` means `hria certify one FILE …`; `hria certify batch …` stays."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["one", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(cls=_DefaultToOne, no_args_is_help=True,
                  help="Issue signed certificates: `hria certify ASSESSMENT --body ID --auditor ID`, "
                       "or `hria certify batch MANIFEST --out DIR`.")

RegistryOption = typer.Option(None, "--registry", help="Registry file (default: HRIA_REGISTRY or the "
                                                       "user data directory).")
KeyOption = typer.Option(None, "--key", help="The body's private key (default: BODY.key in the user "
                                             "data directory); passphrase from HRIA_KEY_PASSPHRASE.")
DateOption = typer.Option(None, "--issued-on", help="Issue date YYYY-MM-DD (default: today).")


def _key_path(key: Path | None, body: str) -> Path:
    from hria.cli.keys import default_key_dir

    return key or default_key_dir() / f"{body}.key"


def _registry_path(registry: Path | None) -> Path:
    from hria.registry import default_registry_path

    return registry or default_registry_path()


@app.command("one")
def one(
    assessment: Path = typer.Argument(..., metavar="ASSESSMENT"),
    body: str = typer.Option(..., "--body", help="Certification body id."),
    auditor: str = typer.Option(..., "--auditor", help="Lead auditor id (accredited by the body)."),
    output: Path = typer.Option(None, "-o", "--output", help="PDF file (default: SERIAL.pdf here)."),
    key: Path = KeyOption,
    registry: Path = RegistryOption,
    issued_on: str = DateOption,
) -> None:
    """Score, check accreditation, register (serial), sign and render one certificate.

    Refuses, with the reasons, when the decision is not "certified" or the auditor is not
    accredited for the organisation type (exit 1). Running it again for the same assessment
    returns the certificate already issued.
    """
    from hria import assessments, signing
    from hria.certificates.issuing import Issuer, Refused, write_pdfs
    from hria.registry import open_registry

    day = dt.date.fromisoformat(issued_on) if issued_on else dt.date.today()
    passphrase = os.environ.get("HRIA_KEY_PASSPHRASE")
    private = signing.load_private_key(_key_path(key, body), passphrase.encode() if passphrase else None)
    reg = open_registry(_registry_path(registry))
    item = assessments.load_many([assessment])[0]
    try:
        record, new, document = Issuer(reg, private, {}).prepare(item, body, auditor, day)
    except Refused as exc:
        for reason in exc.reasons:
            typer.echo(f"refused: {reason}", err=True)
        raise typer.Exit(EXIT_FAILED_CHECK) from None
    path = output or Path(f"{record.serial}.pdf")
    if new or not path.exists():
        write_pdfs([(document, path)])
    console().print(f"{'issued' if new else 'already issued'} {record.serial}: "
                    f"{record.organisation_name_th} / {record.organisation_name_en} · {record.set_ref} · "
                    f"{record.level} · {record.score:.2f} · valid to {record.expires_on.isoformat()}\n"
                    f"wrote {path}\nverify: hria verify {path} --pubkey {body}.pub")


@app.command("batch")
def batch(
    manifest: Path = typer.Argument(..., metavar="MANIFEST",
                                    help="CSV with columns assessment, body, auditor[, issue_date] "
                                         "(paths relative to the CSV), or a folder of assessments."),
    out: Path = typer.Option(..., "--out", help="Folder for the certificates and the summary."),
    jobs: int = typer.Option(1, "--jobs", min=1, help="Worker processes."),
    body: str = typer.Option(None, "--body", help="Body for rows (or a folder) that name none."),
    auditor: str = typer.Option(None, "--auditor", help="Auditor for rows (or a folder) that name none."),
    key: Path = KeyOption,
    registry: Path = RegistryOption,
    issued_on: str = DateOption,
    as_json: bool = JsonOption,
) -> None:
    """Issue certificates for every certifiable assessment in MANIFEST, with a progress bar.

    A bad item is reported in the summary and does not stop the batch. Killed and run again,
    it ends with exactly one certificate per certifiable organisation: no duplicate serials, no
    gaps, no half-written files. Writes OUT/summary.csv and OUT/summary.json.
    """
    from hria.certificates import batch as b

    day = dt.date.fromisoformat(issued_on) if issued_on else dt.date.today()
    items = b.read_manifest(manifest, body, auditor, day)
    bodies = {i.body for i in items}
    if len(bodies) > 1 and key is not None:
        typer.echo("error: one --key cannot sign for several bodies", err=True)
        raise typer.Exit(2)
    out.mkdir(parents=True, exist_ok=True)
    for stale in out.glob(".*.pdf.*.tmp"):  # left by a run killed mid-write; never a final name
        stale.unlink(missing_ok=True)
    config = b.BatchConfig(_registry_path(registry), _key_path(key, next(iter(bodies), body or "")), out)
    outcomes = _run(config, list(b.chunks(items)), jobs, len(items), quiet=as_json)
    rows = b.summary_rows(outcomes)
    del outcomes  # the rows say it all; a batch keeps one summary row per item, nothing more
    _write_summary(out, rows)
    statuses = ("issued", "existing", "refused", "error")
    counts = {s: sum(1 for r in rows if r["status"] == s) for s in statuses}
    if as_json:
        print_json({"counts": counts, "items": rows})
    else:
        console().print(f"issued {counts['issued']}, already issued {counts['existing']}, "
                        f"refused {counts['refused']}, errors {counts['error']} → {out}/summary.csv")
    if counts["refused"] or counts["error"]:
        raise typer.Exit(EXIT_FAILED_CHECK)


def _run(config: Any, chunks: list[Any], jobs: int, total: int, quiet: bool) -> list[Any]:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    from hria.certificates.batch import close_sessions, run_chunk

    outcomes = []
    with Progress("[progress.description]{task.description}", BarColumn(), MofNCompleteColumn(),
                  TimeRemainingColumn(), console=console(stderr=True), disable=quiet) as progress:
        task = progress.add_task("certificates", total=total)
        if jobs == 1:
            try:
                for chunk in chunks:
                    done = run_chunk(config, chunk)
                    outcomes += done
                    progress.advance(task, len(done))
            finally:
                close_sessions()
        else:
            import multiprocessing
            from functools import partial

            with multiprocessing.get_context("spawn").Pool(jobs) as pool:
                for done in pool.imap_unordered(partial(run_chunk, config), chunks):
                    outcomes += done
                    progress.advance(task, len(done))
                pool.close()  # let the workers exit (and close their registry connections)
                pool.join()
    return outcomes


def _write_summary(out: Path, rows: list[dict[str, object]]) -> None:
    import csv
    import io

    from hria.writing import write_text_atomic

    write_text_atomic(out / "summary.json", json_text(rows))
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=["index", "assessment", "status", "serial", "file", "level",
                                                "score", "reason"])
    writer.writeheader()
    writer.writerows(rows)
    write_text_atomic(out / "summary.csv", buffer.getvalue())
