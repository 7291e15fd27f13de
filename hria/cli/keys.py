"""`hria keys …` — signing keys of a certification body."""

from __future__ import annotations

import os
from pathlib import Path

import typer

from hria.cli.common import Lang, LangOption, console
from hria.cli.texts import say

app = typer.Typer(help="Keys: a body's Ed25519 pair for payloads, the scheme root and body X.509 "
                       "certificates for PDF signatures.",
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
    lang: Lang = LangOption,
) -> None:
    """Make BODY.key (private, mode 0600) and BODY.pub (give this to verifiers)."""
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
    out_dir: Path = typer.Option(..., "--dir", help="Where to write root.key (mode 0600) and root.crt."),
    name: str = typer.Option("NHRC HRIA scheme root", "--name", help="The scheme owner's name in the "
                                                                     "certificate."),
    lang: Lang = LangOption,
) -> None:
    """The scheme owner's (NHRC's) root: an ECDSA P-256 key and self-signed X.509 certificate that
    issue each body's PDF-signing certificate and sign the scheme file."""
    from hria import pki

    cert = pki.init_root(out_dir / "root.key", out_dir / "root.crt", name)
    console().print("\n".join([
        say("keys.root_key", lang, path=out_dir / "root.key"),
        say("keys.root_certificate", lang, path=out_dir / "root.crt"),
        say("keys.fingerprint", lang, fingerprint=pki.fingerprint(cert)),
    ]), markup=False)


@app.command("issue-body")
def issue_body(
    body: str = typer.Option(..., "--body", help="Certification body id, e.g. CB01."),
    name: str = typer.Option(..., "--name", help="The body's name (English) in its certificate."),
    root_dir: Path = typer.Option(..., "--root", help="Folder with root.key and root.crt."),
    out_dir: Path = typer.Option(..., "--dir", help="The body's key folder (beside BODY.key)."),
    years: int = typer.Option(3, "--years", min=1, max=10, help="Validity of the body certificate."),
    lang: Lang = LangOption,
) -> None:
    """Issue BODY.pdf.key and BODY.pdf.crt (ECDSA P-256, from the root) that sign certificate PDFs,
    and copy root.crt beside them; `hria certify` uses them when they sit beside BODY.key."""
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
    draft: Path = typer.Argument(..., metavar="DRAFT.yaml",
                                 help="verification_url, list_freshness_days, and bodies: id, name_th, "
                                      "name_en, keys (public_key: BODY.pub, valid_from, valid_until)."),
    root_dir: Path = typer.Option(..., "--root", help="Folder with root.key and root.crt."),
    output: Path = typer.Option(..., "-o", "--output", help="The scheme file to write (JSON)."),
    lang: Lang = LangOption,
) -> None:
    """Sign the scheme file with the root: what verifiers read instead of a body's --pubkey.
    Give it to each body too (as scheme.json beside its keys) so QR codes lead to the
    verification page."""
    from hria import pki, scheme

    root = pki.load_credentials(root_dir / "root.key", [root_dir / "root.crt"])
    signed = scheme.sign_draft(draft, root, output)
    console().print(say("keys.scheme", lang, path=output, count=len(signed.keys),
                        root=signed.root_fingerprint),
                    markup=False)
