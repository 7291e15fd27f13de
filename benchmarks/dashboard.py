"""Time `hria dashboard build` on a generated registry of about 10,000 certificates.

Fills a fresh registry with the demo's fictional population (through the registry's own
issue path: serials, signatures, event log), then times, in turns (--repeat times, medians):
`hria registry export` of the signed public list (the baseline: reading the registry and
signing one list) and `hria dashboard build` (figures, open data, signed list, pages).
Prints the registry's size, both times, their ratio and the size of the site.

    python benchmarks/dashboard.py [--organisations 11400] [--repeat 3]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _timed(args: list[str]) -> float:
    exe = shutil.which("hria")
    assert exe, "hria is not installed"
    start = time.perf_counter()
    subprocess.run([exe, *args], check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--organisations", type=int, default=11_400,
                        help="fictional organisations to generate (11,400 give about 10,000 certificates)")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args()

    from hria import signing
    from hria.cli.demo import DEMO_AUDITOR, DEMO_BODY, demo_scheme
    from hria.dashboard.population import add_body, fill
    from hria.registry import open_registry

    with tempfile.TemporaryDirectory(prefix="hria-dash-bench-") as tmp:
        root = Path(tmp)
        key_path = root / "keys" / f"{DEMO_BODY}.key"
        signing.generate_keys(key_path, key_path.with_suffix(".pub"))
        key = signing.load_private_key(key_path)
        registry = open_registry(root / "registry.sqlite3")
        add_body(registry, DEMO_BODY, key, DEMO_AUDITOR)
        scheme = demo_scheme(root / "keys", key_path, registry.body(DEMO_BODY))
        start = time.perf_counter()
        assessments, certificates = fill(registry, options.organisations, DEMO_BODY, DEMO_AUDITOR, key)
        generated = time.perf_counter() - start
        registry.close()
        print(f"registry: {certificates:,} certificates, {assessments:,} assessments "
              f"({options.organisations:,} fictional organisations), generated in {generated:.1f} s")
        common = ["--registry", str(root / "registry.sqlite3")]
        exports, builds = [], []
        for i in range(options.repeat):
            exports.append(_timed(["registry", "export", "-o", str(root / f"list{i}.json"), "--key",
                                   str(key_path), "--body", DEMO_BODY, *common]))
            site = root / f"site{i}"
            builds.append(_timed(["dashboard", "build", "-o", str(site), "--scheme", str(scheme.path),
                                  "--key", str(key_path), "--body", DEMO_BODY, *common]))
        export, build = statistics.median(exports), statistics.median(builds)
        size = sum(f.stat().st_size for f in (root / "site0").rglob("*") if f.is_file())
        print(f"hria registry export (baseline): median {export:.2f} s of {options.repeat} "
              f"({', '.join(f'{t:.2f}' for t in exports)})")
        print(f"hria dashboard build:            median {build:.2f} s of {options.repeat} "
              f"({', '.join(f'{t:.2f}' for t in builds)})")
        print(f"ratio build / export: {build / export:.1f}x; site {size / 1e6:.1f} MB, "
              f"{sum(1 for f in (root / 'site0').rglob('*') if f.is_file())} files")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
