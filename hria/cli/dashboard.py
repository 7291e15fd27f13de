"""`hria dashboard build` — the public dashboard, open data and verification page as a static site."""

from __future__ import annotations

from pathlib import Path

import typer

from hria.cli.common import JsonOption, Lang, LangOption, console, print_json
from hria.cli.texts import say

app = typer.Typer(help="The public dashboard: a static site with open data and a verification page "
                       "(แดชบอร์ดสาธารณะ ข้อมูลเปิด และหน้าตรวจสอบใบรับรอง).", no_args_is_help=True)


@app.command()
def build(
    out: Path = typer.Option(..., "-o", "--output", help="Folder for the site (index.html opens from disk)."),
    scheme_file: Path = typer.Option(..., "--scheme", help="The scheme file (its body keys go into the "
                                                           "verification page)."),
    key: Path = typer.Option(None, "--key", help="A body's private key: sign the site's public list now "
                                                 "(passphrase from HRIA_KEY_PASSPHRASE)."),
    body: str = typer.Option(None, "--body", help="The body the key belongs to (named in the list)."),
    signed_list: Path = typer.Option(None, "--list",
                                     help="Or: a signed JSON list from `hria registry export`."),
    programmes: Path = typer.Option(None, "--programmes", help="Incentive programmes (YAML; default: the "
                                                               "bundled examples)."),
    registry: str = typer.Option(None, "--registry", help="Registry: a SQLite file or a postgresql:// URL "
                                                          "(default: HRIA_REGISTRY or the user data "
                                                          "directory; on PostgreSQL as the scheme owner)."),
    lang: Lang = LangOption,
    as_json: bool = JsonOption,
) -> None:
    """Build the site: indicator 2.2 by fiscal year, certificates by type, level, status and province,
    the criteria most often failed, surveillance due, UPR themes, incentive programmes, open data
    (CSV/JSON with a data dictionary, the signed public list) and the offline verification page,
    in Thai (index.html) and English (index.en.html)."""
    from hria import scheme
    from hria.dashboard import incentives
    from hria.dashboard.site import build as build_site
    from hria.registry import open_registry

    reg = open_registry(registry)
    try:
        built = build_site(reg, out, scheme.read(scheme_file), key, body, signed_list,
                           programmes or incentives.BUNDLED)
    finally:
        reg.close()
    if as_json:
        print_json({"site": str(built.out), "certificates": built.certificates,
                    "assessments": built.assessments, "files": built.files})
        return
    console().print(say("dashboard.built", lang.value, index=built.out / "index.html",
                        certificates=built.certificates, assessments=built.assessments, files=built.files),
                    markup=False)
