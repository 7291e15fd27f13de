"""`hria verify` — tell a real certificate from a forged, revoked or expired one, offline."""

from __future__ import annotations

from pathlib import Path

import typer

from hria.cli.common import EXIT_FAILED_CHECK, JsonOption, console, print_json


def verify(
    target: str = typer.Argument(..., metavar="FILE.pdf | SERIAL | QR-TEXT",
                                 help="A certificate PDF, a serial (needs --registry), or QR text."),
    pubkey: Path = typer.Option(None, "--pubkey", help="The certification body's public key (.pub)."),
    registry: str = typer.Option(None, "--registry",
                                 help="Registry to check status in (SQLite file or postgresql:// URL)."),
    public_list: Path = typer.Option(None, "--list",
                                     help="Public list from `hria registry export` (JSON or CSV) to "
                                          "check status in, without the registry."),
    as_json: bool = JsonOption,
) -> None:
    """Check the signature, that the visible certificate matches it, expiry and registry status.

    Works offline with only the body's public key; `--registry` or `--list` (the public list
    a body publishes with `hria registry export`) add revocation and suspension. Exit 0 valid,
    1 invalid / revoked / suspended / expired.
    """
    from hria import signing
    from hria.certificates import verify as v
    from hria.errors import UsageError
    from hria.registry import open_registry

    reg = open_registry(registry) if registry else None
    key = signing.load_public_key(pubkey) if pubkey else None
    visible = None
    if target.startswith(signing.QR_PREFIX + "."):
        signed = target
    elif target.lower().endswith(".pdf") or Path(target).is_file():
        signed, visible = v.read_pdf(Path(target))
    elif reg is not None:
        signed = reg.certificate(target).signed
    else:
        raise UsageError(f"{target!r} is not a PDF, QR text, or a serial with --registry")
    listing = v.read_public_list(public_list) if public_list else None
    result = v.verify(signed, key, visible_text=visible, registry=reg, public_list=listing)
    if as_json:
        print_json({"valid": result.valid, "reasons": result.reasons, "checks": result.checks,
                    "payload": result.payload})
    else:
        out = console()
        p = result.payload
        if p:
            who = f"{p.get('n')} / {p.get('ne')}" if "n" in p else f"organisation {p.get('o')}"
            out.print(f"{p.get('s')} · {who} · {p.get('c')} · level {p.get('l')} · score {p.get('sc')}")
        for check in result.checks:
            out.print(f"[green]✓[/green] {check}")
        for reason in result.reasons:
            out.print(f"[red]✗[/red] {reason}")
        out.print("[bold green]VALID[/bold green]" if result.valid else "[bold red]INVALID[/bold red]")
    if not result.valid:
        raise typer.Exit(EXIT_FAILED_CHECK)
