"""`hria demo` — the main job on the bundled examples, for a newcomer's first run."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from hria.cli.common import EXIT_FAILED_CHECK, Lang, LangOption, console, markup_safe, print_problems
from hria.cli.texts import say

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    from hria.registry import Body, Registry
    from hria.scheme import Scheme

DEMO_BODY = "DEMO-CB"
DEMO_AUDITOR = "DEMO-AUD-1"
DEMO_DECIDER = "DEMO-DEC-1"  # the decision is not the lead auditor's (ISO/IEC 17065)


def demo(
    out: Path = typer.Option(Path("hria-demo"), "--out"),
    lang: Lang = LangOption,
    population: int = typer.Option(0, "--population", min=0, max=50_000),
) -> None:
    from hria import assessments, criteria_sets, graph, signing
    from hria.certificates import evidence
    from hria.certificates.issuing import Issuer, Refused, write_pdfs
    from hria.certificates.status import RegistryStatus
    from hria.certificates.verify import Trust, verify
    from hria.dashboard.site import build as build_site
    from hria.loading.paths import data_root
    from hria.registry import open_registry, today
    from hria.reports.render import report_pdf
    from hria.scoring import compile_set, score
    from hria.writing import write_bytes_atomic

    c = console()
    failed = False
    w = lang.value
    c.print(f"[bold]{say('demo.sets', w)}[/bold] ({len(criteria_sets.set_files())})")
    for f in criteria_sets.set_files():
        problems = criteria_sets.check_file(f.path)
        if problems:
            failed = True
            print_problems(problems)
            continue
        cs = criteria_sets.load_set_file(f.path).model
        s = graph.summary(cs)
        gates = len({x.id for x in cs.criteria if x.must_pass}
                    | {n.criterion for n in cs.rules.non_negotiables or []})
        c.print("   [green]✓[/green] " + say("demo.set_line", w, set=cs.ref, criteria=s.criteria,
                                                 domains=s.domains, prerequisites=s.prerequisite_edges,
                                                 gates=gates))

    out.mkdir(parents=True, exist_ok=True)
    key_path, pub_path = out / "keys" / f"{DEMO_BODY}.key", out / "keys" / f"{DEMO_BODY}.pub"
    if not key_path.exists():
        signing.generate_keys(key_path, pub_path)
    private = signing.load_private_key(key_path)
    registry = open_registry(out / "registry.sqlite3")
    public = private.public_key()
    _register_demo_body(registry, public)
    scheme = demo_scheme(out / "keys", key_path, registry.body(DEMO_BODY))
    issuer = Issuer.beside_key(registry, private, key_path)
    trust = Trust(list(scheme.keys), scheme.root_pem, scheme.root_fingerprint)
    examples = sorted((data_root() / "examples").glob("*.yaml"))
    c.print(f"\n[bold]{say('demo.examples', w)}[/bold] ({len(examples)}) → {out}/")
    for path in examples:
        item = assessments.load_many([path])[0]
        result = score(compile_set(item.criteria.model, item.criteria.content_hash), item.model)
        c.print(f"   [bold]{markup_safe(item.model.organisation.name.in_(lang.value))}[/bold]")
        for reason in result.reasons:
            c.print(f"   → {reason.in_(lang.value)}")
        for report_lang in ("th", "en"):
            target = out / f"{path.stem}.report.{report_lang}.pdf"
            write_bytes_atomic(target, report_pdf(result, item.model, item.criteria.model, report_lang))
            c.print(f"   {say('demo.report', w, which=report_lang, path=target)}")
        try:
            record, _, document = issuer.prepare(item, DEMO_BODY, DEMO_AUDITOR, today(), DEMO_DECIDER)
        except Refused as exc:
            said = [reason.in_(lang.value) for reason in result.reasons]
            new = [reason for reason in exc.reasons_in(w) if reason not in said]
            if new:
                c.print(f"   {say('demo.no_certificate', w, reasons='; '.join(new))}")
            else:
                c.print(f"   {say('demo.no_certificate_above', w)}")
            continue
        cert = out / f"{path.stem}.certificate.pdf"
        write_pdfs([(document, cert)])
        signed, pdf, _ = evidence.read(str(cert), registry)
        check = verify(signed, trust, [RegistryStatus(registry, "registry.sqlite3", record.issued_on)],
                       pdf=pdf, level_names=evidence.level_names(record.set_ref, record.level))
        failures = [c.text(lang.value) for c in check.checks if c.ok is not True]
        mark = f"[green]{say('demo.valid', w)}[/green]" if check.outcome == "valid" else \
            f"[red]{check.outcome.upper()}: {'; '.join(failures)}[/red]"
        c.print("   " + say("demo.certificate", w, serial=record.serial, path=cert, verdict=mark))
        failed = failed or check.outcome != "valid"
    command = (f"hria verify {out}/<name>.certificate.pdf --scheme {out}/keys/scheme.json "
               f"--registry {out}/registry.sqlite3")
    c.print("\n" + say("demo.by_hand", w, command=command))
    # the fictional population's registration numbers start with 99 (hria.dashboard.population);
    # a rerun keeps the one an earlier run wrote, as it keeps the examples' certificates
    kept = sum(1 for r in registry.certificates() if r.organisation_id.startswith("99")) if population else 0
    if kept:
        c.print("\n" + say("demo.population_kept", w, certificates=kept))
    elif population:
        from hria.dashboard.population import fill

        found, issued = fill(registry, population, DEMO_BODY, DEMO_AUDITOR, private, decided_by=DEMO_DECIDER)
        c.print("\n" + say("demo.population", w, assessments=found, certificates=issued))
    built = build_site(registry, out / "site", scheme, key_path, DEMO_BODY)
    c.print("\n" + say("demo.dashboard", w, certificates=built.certificates,
                       index=built.out / "index.html"))
    registry.close()
    if failed:
        raise typer.Exit(EXIT_FAILED_CHECK)


DEMO_VERIFY_URL = "https://verify.example.org/hria"
"""The demo scheme's verification page (example.org: the real one is the scheme owner's to set)."""


def demo_scheme(keys: Path, key_path: Path, body: Body) -> Scheme:
    """The demo's scheme owner: a root, the body's PDF-signing certificate, a signed scheme file."""
    import datetime as dt

    from hria import pki, scheme, signing

    root_dir = keys / "root"
    if not (root_dir / "root.key").exists():
        pki.init_root(root_dir / "root.key", root_dir / "root.crt", "Demonstration scheme root")
    root = pki.load_credentials(root_dir / "root.key", [root_dir / "root.crt"])
    pdf_key, pdf_cert, root_copy = pki.document_paths(key_path)
    today = dt.date.today()
    if not pdf_key.exists():
        pki.issue_body(root, body.id, body.name_en, pdf_key, pdf_cert, dt.date(today.year - 5, 1, 1),
                       dt.date(today.year + 3, 12, 31))
        root_copy.write_bytes((root_dir / "root.crt").read_bytes())
    entry = scheme.body_entry(body.id, body.name_th, body.name_en,
                              [(signing.load_public_key(key_path.with_suffix(".pub")),
                                dt.date(today.year - 5, 1, 1), dt.date(today.year + 3, 12, 31))])
    return scheme.sign(scheme.content(DEMO_VERIFY_URL, [entry], "Demonstration scheme owner"), root,
                       scheme.beside(key_path))


def _register_demo_body(registry: Registry, public: Ed25519PublicKey) -> None:
    """Register the demo body, its auditor and decision-maker once (a body's identity is append-only)."""
    from hria import signing
    from hria.dashboard.population import KEY_SINCE
    from hria.loading.vocabulary import known_organisation_types
    from hria.registry import Auditor, Body
    from hria.registry.model import NotFound

    try:
        registry.body(DEMO_BODY)
    except NotFound:
        # its key signs from the plan's first fiscal year, so `--population` can backdate within it
        registry.add_body(Body(DEMO_BODY, "หน่วยรับรองสาธิต", "Demonstration certification body",
                               signing.public_pem(public).decode(), signing.key_id(public)), "hria-demo",
                          key_valid_from=KEY_SINCE)
    everything = known_organisation_types()
    for person, name in ((DEMO_AUDITOR, "ผู้ตรวจรับรองสาธิต (demo auditor)"),
                         (DEMO_DECIDER, "ผู้ตัดสินการรับรองสาธิต (demo decision-maker)")):
        try:
            registry.auditor(person)
        except NotFound:
            registry.add_auditor(Auditor(person, name, DEMO_BODY, everything), "hria-demo")
