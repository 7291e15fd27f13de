"""`hria verify` — tell a real certificate from a forged, revoked or expired one, offline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from hria.cli.common import JsonOption, Lang, LangOption, console, open_location, print_json

if TYPE_CHECKING:
    from hria.certificates.verify import Trust, Verdict
    from hria.scheme import BodyKey, Scheme

DEFAULT_FRESHNESS_DAYS = 7

_ASPECTS = {"authenticity": ("ความแท้ (ใครลงนาม)", "Authenticity (who signed)"),
            "integrity": ("ความครบถ้วน (ไม่ถูกแก้ไข)", "Integrity (nothing changed)"),
            "status": ("สถานะ", "Status")}
_OUTCOMES = {"valid": ("ใช้ได้", "VALID", "green"),
             "invalid": ("ใช้ไม่ได้", "INVALID", "red"),
             "unverified": ("ตรวจไม่ครบ: ยังไม่ยืนยันว่าใช้ได้", "NOT VERIFIED: not everything could be checked",
                            "yellow")}


def verify(
    target: str = typer.Argument(..., metavar="FILE.pdf | QR-TEXT | URL | SERIAL"),
    scheme_file: Path = typer.Option(None, "--scheme", envvar="HRIA_SCHEME"),
    root: Path = typer.Option(None, "--root"),
    pubkey: Path = typer.Option(None, "--pubkey"),
    registry: str = typer.Option(None, "--registry"),
    public_list: Path = typer.Option(None, "--list"),
    lang: Lang = LangOption,
    as_json: bool = JsonOption,
) -> None:
    from hria import pki, signing
    from hria.certificates import evidence
    from hria.certificates import verify as v
    from hria.certificates.status import ListStatus, RegistryStatus, StatusSource
    from hria.errors import UsageError
    from hria.public_list import read as read_list
    from hria.scheme import BodyKey
    from hria.scheme import read as read_scheme

    scheme = read_scheme(scheme_file, pki.load_certificate(root) if root else None) if scheme_file else None
    reg = open_location(registry) if registry else None
    signed, pdf, scanned_url = evidence.read(target, reg)
    payload = signing.read_unverified(signed)
    keys: list[BodyKey] = list(scheme.keys) if scheme else []
    if pubkey:
        keys.append(BodyKey(None, signing.load_public_key(pubkey), source=f"--pubkey {pubkey.name}"))
    if reg is not None:
        keys.extend(v.registry_keys(reg, str(payload.get("b", ""))))
    if not keys:
        raise UsageError(code="verify.nothing_to_check")
    trust = _trust(keys, scheme)
    now = dt.datetime.now(dt.UTC)
    sources: list[StatusSource] = []
    if reg is not None:
        sources.append(RegistryStatus(reg, _registry_label(registry), now.date()))
    if public_list is not None:
        freshness = scheme.list_freshness_days if scheme else DEFAULT_FRESHNESS_DAYS
        sources.append(ListStatus(read_list(public_list), keys, now, freshness))
    levels = evidence.level_names(str(payload.get("c", "")), str(payload.get("l", "")))
    verdict = v.verify(signed, trust, sources, pdf=pdf, level_names=levels, today=now.date(),
                       scanned_url=scanned_url)
    if as_json:
        print_json({**verdict.as_json(lang.value), "root_fingerprint": trust.root_fingerprint or None})
    else:
        _print(verdict, lang.value, levels)
    if verdict.exit_code:
        raise typer.Exit(verdict.exit_code)


def _registry_label(location: str) -> str:
    """How the verdict names the registry: a file by its name, a server without its password."""
    from hria.registry import is_url

    if not is_url(location):
        return Path(location).name
    from urllib.parse import urlsplit

    parts = urlsplit(location)
    return f"{parts.scheme}://{parts.hostname or ''}{f':{parts.port}' if parts.port else ''}{parts.path}"


def _trust(keys: list[BodyKey], scheme: Scheme | None) -> Trust:
    from hria.certificates.verify import Trust

    if scheme is None:
        return Trust(keys)
    return Trust(keys, scheme.root_pem, scheme.root_fingerprint, scheme.verification_url)


def _print(verdict: Verdict, lang: str, levels: tuple[str, str] | None) -> None:
    from rich.markup import escape

    out = console()
    th = lang == "th"
    p = verdict.payload
    who = f"{p.get('n')} / {p.get('ne')}" if "n" in p else (
        f"องค์กร {p.get('o')}" if th else f"organisation {p.get('o')}")
    level, score = ("ระดับ", "คะแนน") if th else ("level", "score")
    # the level by its name in the installed set; its id when the set is not installed
    level_name = (levels[0] if th else levels[1]) if levels else p.get("l")
    out.print(escape(f"{p.get('s')} · {who} · {p.get('c')} · {level} {level_name} · {score} {p.get('sc')}"))
    marks = {True: "[green]✓[/green]", False: "[red]✗[/red]", None: "[yellow]–[/yellow]"}
    for aspect, (name_th, name_en) in _ASPECTS.items():
        checks = [c for c in verdict.checks if c.aspect == aspect]
        if not checks:
            continue
        out.print(f"[bold]{name_th if th else name_en}[/bold]")
        for c in checks:
            out.print(f"  {marks[c.ok]} {escape(c.text(lang))}")
    for w in verdict.warnings:
        out.print(f"[yellow]! {escape(w[0] if th else w[1])}[/yellow]")
    label_th, label_en, colour = _OUTCOMES[verdict.outcome]
    from hria.certificates.verify import STATUS_TH

    status = STATUS_TH.get(verdict.status, verdict.status) if th else verdict.status
    out.print(f"[bold {colour}]{label_th if th else label_en}[/bold {colour}] · "
              f"{'สถานะ' if th else 'status'}: {escape(status)} · "
              f"{'รหัสออก' if th else 'exit'} {verdict.exit_code}")
