"""`hria keys …` — signing keys of a certification body."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from hria.cli.common import Lang, LangOption, console
from hria.cli.texts import say

app = typer.Typer(no_args_is_help=True)


def default_key_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("hria", appauthor=False)) / "keys"


@app.command("init")
def init(
    body: str = typer.Option(..., "--body"),
    out_dir: Path = typer.Option(None, "--dir"),
    passphrase: bool = typer.Option(False, "--passphrase"),
    lang: Lang = LangOption,
) -> None:
    from hria import signing

    folder = out_dir or default_key_dir()
    secret = None
    if passphrase:
        secret = (os.environ.get("HRIA_KEY_PASSPHRASE")
                  or typer.prompt(say("keys.passphrase", lang), hide_input=True,
                                  confirmation_prompt=True)).encode()
    private, public = folder / f"{body}.key", folder / f"{body}.pub"
    kid = signing.generate_keys(private, public, secret)
    encrypted = say("keys.encrypted", lang) if secret else ""
    console().print("\n".join([
        say("keys.private", lang, path=private, encrypted=encrypted), say("keys.public", lang, path=public),
        say("keys.id", lang, kid=kid),
        say("keys.next", lang,
            command=f"hria registry add-body {body} --name-th … --name-en … --pubkey {public}"),
    ]), markup=False)


@app.command("init-root")
def init_root(
    out_dir: Path = typer.Option(..., "--dir"),
    name: str = typer.Option("NHRC HRIA scheme root", "--name"),
    lang: Lang = LangOption,
) -> None:
    from hria import pki

    cert = pki.init_root(out_dir / "root.key", out_dir / "root.crt", name)
    console().print("\n".join([
        say("keys.root_key", lang, path=out_dir / "root.key"),
        say("keys.root_certificate", lang, path=out_dir / "root.crt"),
        say("keys.fingerprint", lang, fingerprint=pki.fingerprint(cert)),
    ]), markup=False)


@app.command("issue-body")
def issue_body(
    body: str = typer.Option(..., "--body"),
    name: str = typer.Option(..., "--name"),
    root_dir: Path = typer.Option(..., "--root"),
    out_dir: Path = typer.Option(..., "--dir"),
    years: int = typer.Option(3, "--years", min=1, max=10),
    lang: Lang = LangOption,
) -> None:
    import datetime as dt
    import shutil

    from hria import pki

    root = pki.load_credentials(root_dir / "root.key", [root_dir / "root.crt"])
    key_path, cert_path, root_copy = pki.document_paths(out_dir / f"{body}.key")
    today = dt.date.today()
    cert = pki.issue_body(root, body, name, key_path, cert_path, today,
                          today.replace(year=today.year + years))
    if not root_copy.exists():
        shutil.copyfile(root_dir / "root.crt", root_copy)
    console().print("\n".join([
        say("keys.pdf_key", lang, path=key_path),
        say("keys.pdf_certificate", lang, path=cert_path, start=f"{cert.not_valid_before_utc:%Y-%m-%d}",
            end=f"{cert.not_valid_after_utc:%Y-%m-%d}"),
    ]), markup=False)


@app.command("sign-scheme")
def sign_scheme(
    draft: Path = typer.Argument(..., metavar="DRAFT.yaml"),
    root_dir: Path = typer.Option(..., "--root"),
    output: Path = typer.Option(..., "-o", "--output"),
    lang: Lang = LangOption,
) -> None:
    from hria import pki, scheme

    root = pki.load_credentials(root_dir / "root.key", [root_dir / "root.crt"])
    signed = scheme.sign_draft(draft, root, output)
    console().print(say("keys.scheme", lang, path=output, count=len(signed.keys),
                        root=signed.root_fingerprint),
                    markup=False)
