"""`hria keys …` — signing keys of a certification body."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from hria.cli.common import console

app = typer.Typer(help="Create the Ed25519 key pair a certification body signs certificates with.",
                  no_args_is_help=True)


def default_key_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("hria", appauthor=False)) / "keys"


@app.command("init")
def init(
    body: str = typer.Option(..., "--body", help="Certification body id, e.g. CB01."),
    out_dir: Path = typer.Option(None, "--dir", help="Where to write the keys (default: user data dir)."),
    passphrase: bool = typer.Option(False, "--passphrase",
                                    help="Encrypt the private key; asks for the passphrase "
                                         "(or reads HRIA_KEY_PASSPHRASE)."),
) -> None:
    """Make BODY.key (private, mode 0600) and BODY.pub (give this to verifiers)."""
    from hria import signing

    folder = out_dir or default_key_dir()
    secret = None
    if passphrase:
        secret = (os.environ.get("HRIA_KEY_PASSPHRASE")
                  or typer.prompt("Passphrase", hide_input=True, confirmation_prompt=True)).encode()
    private, public = folder / f"{body}.key", folder / f"{body}.pub"
    kid = signing.generate_keys(private, public, secret)
    console().print(f"private key: {private} (mode 0600{', encrypted' if secret else ''})\n"
                    f"public key:  {public}\nkey id:      {kid}\n"
                    f"next: hria registry add-body {body} --name-th … --name-en … --pubkey {public}")
