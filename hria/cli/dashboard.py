"""`hria dashboard build` — the public dashboard, open data and verification page as a static site."""

from __future__ import annotations

from pathlib import Path

import typer

from hria.cli.common import JsonOption, Lang, LangOption, console, open_location, print_json
from hria.cli.texts import say

app = typer.Typer(no_args_is_help=True)


@app.command()
def build(
    out: Path = typer.Option(..., "-o", "--output"),
    scheme_file: Path = typer.Option(..., "--scheme"),
    key: Path = typer.Option(None, "--key"),
    body: str = typer.Option(None, "--body"),
    signed_list: Path = typer.Option(None, "--list"),
    programmes: Path = typer.Option(None, "--programmes"),
    registry: str = typer.Option(None, "--registry"),
    lang: Lang = LangOption,
    as_json: bool = JsonOption,
) -> None:
    from hria import scheme
    from hria.dashboard import incentives
    from hria.dashboard.site import build as build_site

    reg = open_location(registry)
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
