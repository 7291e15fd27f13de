"""Certificates per second for a batch, against a naive baseline measured in the same run.

Issues N certificates (default 1,000) with `hria certify batch` — scoring,
signing, QR code, embedded payload, registry writes and one PDF per
certificate — with --jobs 1 and --jobs 2, and times a naive baseline on a
sample: one `weasyprint.HTML(...).write_pdf()` with default options per
certificate, same template. The --jobs 1 batch, the baseline and the --jobs 2
batch run in turns (--repeat times) and their medians are compared: the
machine is shared and noisy. Prints certificates/s, ms per certificate per core
(wall time x jobs / n), CPU ms per certificate (user + system time of the batch's
processes: what a certificate costs a core whatever else the machine runs), peak
memory (largest process), and the ratios.

    python benchmarks/certify.py [-n 1000] [--baseline 50] [--repeat 3]
    python benchmarks/certify.py -n 500 --stages   # only where the time of a certificate goes

A full run ends with that breakdown for 200 certificates (--no-stages leaves it out).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from hria.loading.paths import data_root
from hria.models.assessment import registration_check_digit

EXAMPLE = data_root() / "examples" / "gov-provincial-office.assessment.yaml"


def _number(i: int) -> str:
    first12 = f"0994{i:08d}"
    return first12 + str(registration_check_digit(first12))


def make_assessments(folder: Path, n: int) -> Path:
    """N copies of the example, each a different organisation (own registration number and name)."""
    import io

    from ruamel.yaml import YAML

    yaml = YAML(typ="safe", pure=True)
    yaml.allow_unicode = True
    yaml.default_flow_style = False
    example = yaml.load(EXAMPLE.read_text(encoding="utf-8"))
    rows = ["assessment,body,auditor"]
    for i in range(n):
        org = example["organisation"]
        org["registration_number"] = _number(i)
        org["name"] = {"th": f"สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน แห่งที่ {i} (ตัวอย่างสมมติ)",
                       "en": f"Nan Provincial Office of Social Development no. {i} (fictional example)"}
        out = io.StringIO()
        yaml.dump(example, out)
        (folder / f"org-{i:05d}.yaml").write_text(out.getvalue(), encoding="utf-8")
        rows.append(f"org-{i:05d}.yaml,CB01,AUD-1")
    manifest = folder / "manifest.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return manifest


def setup_registry(root: Path, env: dict[str, str]) -> Path:
    """A body with its payload key and, from a scheme root, its PDF-signing certificate: every
    certificate is signed as a whole (PAdES), as `hria certify` does for a body set up this way."""
    exe = shutil.which("hria") or "hria"
    env.update(HRIA_ACTOR="BENCH", HRIA_DECIDED_BY="DEC-1")
    subprocess.run([exe, "keys", "init", "--body", "CB01", "--dir", str(root / "keys")], env=env, check=True,
                   capture_output=True)
    subprocess.run([exe, "keys", "init-root", "--dir", str(root / "root")], env=env, check=True,
                   capture_output=True)
    subprocess.run([exe, "keys", "issue-body", "--body", "CB01", "--name", "Benchmark body", "--root",
                    str(root / "root"), "--dir", str(root / "keys")], env=env, check=True,
                   capture_output=True)
    subprocess.run([exe, "registry", "add-body", "CB01", "--name-th", "หน่วยรับรองทดสอบ", "--name-en",
                    "Benchmark body", "--pubkey", str(root / "keys" / "CB01.pub")], env=env, check=True,
                   capture_output=True)
    subprocess.run([exe, "registry", "add-auditor", "AUD-1", "--name", "Auditor", "--body", "CB01",
                    "--scope", "government_agency"], env=env, check=True, capture_output=True)
    subprocess.run([exe, "registry", "add-auditor", "DEC-1", "--name", "Decision-maker", "--body", "CB01",
                    "--scope", "government_agency"], env=env, check=True, capture_output=True)
    return root / "keys" / "CB01.key"


# Runs a command and prints the CPU seconds (user + system) of its process tree and the peak RSS
# (kB) of its largest process: the wrapper is fresh, so RUSAGE_CHILDREN covers that one command.
PEAK = ("import resource, subprocess, sys; "
        "p = subprocess.run(sys.argv[1:], check=True, capture_output=True, text=True); "
        "print(p.stdout.strip()); u = resource.getrusage(resource.RUSAGE_CHILDREN); "
        "print(u.ru_utime + u.ru_stime, u.ru_maxrss)")

CPU: dict[str, float] = {}
"""CPU seconds of each batch run, by tag."""


def run_batch(manifest: Path, root: Path, jobs: int, tag: str) -> tuple[float, int]:
    env = {**os.environ, "HRIA_REGISTRY": str(root / f"reg-{tag}.sqlite3"), "NO_COLOR": "1"}
    key = setup_registry(root / tag, env)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", PEAK, shutil.which("hria") or "hria", "certify", "batch",
                          str(manifest), "--out", str(root / f"out-{tag}"), "--jobs", str(jobs),
                          "--key", str(key), "--json"], env=env, check=True, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    cpu, peak = out.stdout.split()[-2:]
    CPU[tag] = float(cpu)
    return elapsed, int(peak)


BASELINE = r'''
import sys, time, datetime as dt
from dataclasses import replace
import weasyprint
from hria.certificates import qr
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hria.certificates.document import TEMPLATE, CertificateInput, qr_url, view
from hria.certificates.issuing import qr_text
from hria.rendering.assets import AssetFetcher
from hria.criteria_sets import load
from hria.registry.model import Auditor, Body, CertificateRecord
from hria.rendering.templates import environment, template_dirs
n = int(sys.argv[1])
cs = load("gov").model
body = Body("CB01", "หน่วยรับรองทดสอบ", "Benchmark body", "", "k")
auditor = Auditor("AUD-1", "Auditor", "CB01", ("government_agency",))
base = CertificateRecord("", "CB01", "AUD-1", "0994000162341", "สำนักงานตัวอย่าง", "Example office",
                         "sha256:00", "gov@2026.1", "basic", 66.67, dt.date(2026, 11, 23),
                         dt.date(2029, 11, 22), "valid", "", "")
key = Ed25519PrivateKey.generate()
template = environment().get_template(TEMPLATE)
root = template_dirs()[-1].resolve().as_uri() + "/"
start = time.perf_counter()
for i in range(n):
    record = replace(base, serial=f"CB01-2569-{i:06d}")
    item = CertificateInput(record, body, auditor, cs, qr_text(record, key))
    html = template.render(lang="th", title="t", author="a", description="d", qr=qr.BOX,
                           certificates=[view(item)])
    image = {qr_url(record.serial): (qr.png(qr.encode(item.qr_text)), "image/png")}  # the QR code
    weasyprint.HTML(string=html, base_url=root, url_fetcher=AssetFetcher(template_dirs(), image)).write_pdf()
print(time.perf_counter() - start)
'''


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-n", type=int, default=1000)
    parser.add_argument("--baseline", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of --jobs 1, the baseline and --jobs 2, in turns; medians are reported")
    parser.add_argument("--stages", action="store_true",
                        help="only: where the time of one certificate goes, in-process (no start-up)")
    parser.add_argument("--no-stages", action="store_true",
                        help="leave out the stage breakdown that ends a full run (200 certificates)")
    args = parser.parse_args()
    if args.stages:
        stage_breakdown(args.n)
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "a").mkdir()
        manifest = make_assessments(root / "a", args.n)
        ones, twos, bases = [], [], []
        for r in range(args.repeat):  # in turns, so all three see the same machine
            ones.append(run_batch(manifest, root, 1, f"j1-{r}"))
            naive = [sys.executable, "-c", BASELINE, str(args.baseline)]
            base = subprocess.run([sys.executable, "-c", PEAK, *naive], check=True, capture_output=True,
                                  text=True)
            base_seconds, _, base_peak = base.stdout.split()[-3:]
            bases.append(float(base_seconds) / args.baseline * 1000)
            twos.append(run_batch(manifest, root, 2, f"j2-{r}"))
        two, peak_two = statistics.median(t for t, _ in twos), max(p for _, p in twos)
        small = make_assessments_subset(root, manifest, args.n // 4)
        quarter, peak_quarter = run_batch(small, root, 1, "q")
        files = len(list((root / "out-j1-0").glob("*.pdf")))
        signature = signature_cost(root / "j1-0" / "keys", sorted((root / "out-j1-0").glob("*.pdf"))[:50])
    one, peak_one = statistics.median(t for t, _ in ones), max(p for _, p in ones)
    base_ms = statistics.median(bases)
    ms_one = one / args.n * 1000
    spread = ", ".join(f"{t / args.n * 1000:.1f}" for t, _ in ones)
    print(f"certificates          : {args.n} issued, {files} PDFs (scoring, signing, QR, payload, registry)")
    print(f"--jobs 1              : {args.n / one:7.1f} certificates/s  {ms_one:6.1f} ms "
          f"per certificate per core (median of {args.repeat}: {spread})")
    speedups = ", ".join(f"{t1 / t2:.2f}" for (t1, _), (t2, _) in zip(ones, twos, strict=True))
    print(f"--jobs 2              : {args.n / two:7.1f} certificates/s  {two * 2 / args.n * 1000:6.1f} ms "
          f"per certificate per core  speed-up {one / two:.2f}x (per run: {speedups})")
    cpu_one = statistics.median(CPU[f"j1-{r}"] for r in range(args.repeat)) / args.n * 1000
    cpu_two = statistics.median(CPU[f"j2-{r}"] for r in range(args.repeat)) / args.n * 1000
    print(f"CPU per certificate   : {cpu_one:6.1f} ms (--jobs 1), {cpu_two:.1f} ms (--jobs 2: two workers "
          f"and the parent), user + system time of the batch's processes / n (medians)")
    print(f"naive baseline        : {1000 / base_ms:7.1f} certificates/s  {base_ms:6.1f} ms per certificate "
          f"(one write_pdf each, sample of {args.baseline}; median of "
          f"{', '.join(f'{b:.1f}' for b in bases)})")
    print(f"ratio                 : {base_ms / ms_one:7.1f}x faster than the baseline (--jobs 1; per run: "
          f"{', '.join(f'{b / (t / args.n * 1000):.1f}' for (t, _), b in zip(ones, bases, strict=True))})")
    print(f"peak memory (RSS)     : {peak_one / 1024:7.0f} MB for {args.n} (jobs 1), "
          f"{peak_quarter / 1024:.0f} MB for {args.n // 4}; jobs 2 {peak_two / 1024:.0f} MB per process; "
          f"baseline {int(base_peak) / 1024:.0f} MB")
    print(f"{args.n // 4} certificates   : {quarter:6.1f} s (time scales with n: "
          f"{one / quarter:.2f}x for 4x)")
    print(f"PDF signature (PAdES) : {signature}")
    if not args.no_stages:
        print()
        stage_breakdown(min(args.n, 200))


def stage_breakdown(n: int) -> None:
    """Issue N certificates in this process with a timer around each stage; print ms per certificate,
    CPU time (this process: steady whatever else the machine runs) and wall time (with the waits)."""
    import collections
    import functools

    from hria import assessments
    from hria.certificates import batch, document, issuing, qr
    from hria.registry import today

    spent: collections.defaultdict[str, float] = collections.defaultdict(float)
    cpu: collections.defaultdict[str, float] = collections.defaultdict(float)

    def timed(owner: object, name: str, label: str) -> None:
        inner = getattr(owner, name)

        @functools.wraps(inner)
        def wrapper(*args: object, **kwargs: object) -> object:
            start, started = time.perf_counter(), time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[label] += time.perf_counter() - start
                cpu[label] += time.process_time() - started

        setattr(owner, name, wrapper)

    timed(assessments, "load", "read and check the assessment (YAML, model)")
    timed(issuing.Issuer, "prepare", "score, check accreditation, register and sign")
    timed(document, "_lay_out", "WeasyPrint layout (variable layers; static once)")
    timed(document, "stamp", "compose the PDF (pikepdf: layers, QR, payload)")
    timed(qr, "encode", "encode the QR code (zxing-cpp)")
    timed(qr, "pdf_operators", "draw the QR code (vector path)")
    timed(issuing, "write_files_atomic", "write the chunk's files atomically (fsyncs together, rename)")
    from hria.certificates import pades

    timed(pades, "sign_prepared", "PAdES signature into the prepared placeholder (hash, ECDSA, CMS)")
    timed(pades, "add_placeholder", "PAdES placeholder while stamping (field, /Contents zeros)")
    import weasyprint.document

    timed(weasyprint.document.Document, "write_pdf", "WeasyPrint PDF output (fonts subset)")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "a").mkdir()
        manifest = make_assessments(root / "a", n)
        env = {**os.environ, "HRIA_REGISTRY": str(root / "reg.sqlite3"), "NO_COLOR": "1"}
        key = setup_registry(root / "k", env)
        items = batch.read_manifest(manifest, None, None, today(), "DEC-1")
        config = batch.BatchConfig(str(root / "reg.sqlite3"), key, root / "out")
        (root / "out").mkdir()
        start, started = time.perf_counter(), time.process_time()
        laps = []
        for chunk in batch.chunks(items):
            batch.run_chunk(config, chunk)
            laps.append((time.perf_counter() - start, time.process_time() - started, len(chunk)))
        total, total_cpu = time.perf_counter() - start, time.process_time() - started
        batch.close_sessions()
        signature = signature_cost(root / "k" / "keys", sorted((root / "out").glob("*.pdf"))[:50])
    print(f"{n} certificates in one process, ms per certificate (first chunk included):")
    print("     CPU    wall")
    for label, seconds in sorted(cpu.items(), key=lambda kv: -kv[1]):
        print(f"  {seconds / n * 1000:6.2f}  {spent[label] / n * 1000:6.2f}  {label}")
    print(f"  {total_cpu / n * 1000:6.2f}  {total / n * 1000:6.2f}  in all")
    (first, first_cpu, size), rest = laps[0], n - laps[0][2]
    print(f"first chunk of {size} (fonts, static layer, compiled set, CMS template; WeasyPrint "
          f"imported before): {first_cpu:.2f} s CPU, {first:.2f} s wall")
    if rest:
        print(f"after it: {(total_cpu - first_cpu) / rest * 1000:.2f} ms CPU, "
              f"{(total - first) / rest * 1000:.2f} ms wall per certificate")
    print(f"PDF signature (PAdES): {signature}")


def _prepared(signed: bytes) -> bytes:
    """A signed certificate as it was before `pades.sign_prepared`: /Contents zeros, range placeholder."""
    import re

    from hria.certificates import pades

    _, start, end, _ = pades.inspect(signed)
    out = signed[:start + 1] + b"0" * (end - start - 2) + signed[end - 1:]
    found = re.search(rb"/ByteRange \[0 [\d ]+\]", out)
    assert found is not None
    placeholder = b"/ByteRange [ 0 9999999999 9999999999 9999999999 ]"
    return out[:found.start()] + placeholder.ljust(found.end() - found.start()) + out[found.end():]


def signature_cost(keys: Path, pdfs: list[Path]) -> str:
    """ms per certificate of the prepared PAdES signature, and of pyHanko signing the same file naively
    (its own incremental update; the same ECDSA key loaded once)."""
    import io

    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    from hria import pki
    from hria.certificates import pades

    credentials = pki.document_credentials(keys / "CB01.key")
    assert credentials is not None
    prepared = [_prepared(p.read_bytes()) for p in pdfs]
    start = time.perf_counter()
    for data in prepared:
        pades.sign_prepared(data, credentials)
    ours = (time.perf_counter() - start) / len(prepared) * 1000
    signer = signers.SimpleSigner.load(str(keys / "CB01.pdf.key"), str(keys / "CB01.pdf.crt"))
    assert signer is not None
    start = time.perf_counter()
    for i, data in enumerate(prepared):
        writer = IncrementalPdfFileWriter(io.BytesIO(data))
        signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=f"Naive{i}"), signer=signer)
    naive = (time.perf_counter() - start) / len(prepared) * 1000
    return (f"{ours:6.2f} ms per certificate, prepared while stamping (pyHanko signing the same files "
            f"naively: {naive:.1f} ms; sample of {len(prepared)})")


def make_assessments_subset(root: Path, manifest: Path, n: int) -> Path:
    lines = manifest.read_text(encoding="utf-8").splitlines()
    subset = manifest.parent / "subset.csv"
    subset.write_text("\n".join(lines[: n + 1]) + "\n", encoding="utf-8")
    return subset


if __name__ == "__main__":
    main()
