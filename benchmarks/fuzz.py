"""The long fuzz run: hostile inputs to hria's five entry points, with the figures the issue asks for.

Runs the inputs of tests/fuzz_inputs.py (mutated criteria set, assessment, questionnaire YAML and
xlsx, verify strings) through the real CLI error boundary in this process, and every Nth one
through the installed `hria` program; prints per entry point the inputs tried, how hria answered
(exit codes), uncaught exceptions, CLI tracebacks and hangs, and the slowest input. Then measures
the two attacks the boundary must stop at once: a small alias bomb and 10,000-deep nesting, as
wall time and peak memory of `hria score` in a child process.

    python benchmarks/fuzz.py --per-entry 2000 --cli-every 20
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.fuzz_inputs import (
    ENTRY_POINTS,
    MEMORY_LIMIT_MB,
    TIME_LIMIT_S,
    Seeds,
    case_argv,
    make_case,
    make_seeds,
    run_in_process,
)


def _fuzz(entry: str, count: int, cli_every: int, seed: int, work: Path, hria: str, seeds: Seeds) -> None:
    rnd = random.Random(f"{seed}:{entry}")
    codes: Counter[int | None] = Counter()
    findings: Counter[str] = Counter()
    tracebacks = hangs = cli_runs = 0
    slowest = 0.0
    for n in range(count):
        argv = case_argv(make_case(entry, seeds, rnd), work)
        start = time.perf_counter()
        outcome = run_in_process(argv)
        slowest = max(slowest, time.perf_counter() - start)
        codes[outcome.exit_code] += 1
        if outcome.finding == "hang":
            hangs += 1
        elif outcome.finding:
            findings[outcome.finding.split(":")[0]] += 1
        if cli_every and n % cli_every == 0:
            cli_runs += 1
            try:
                result = subprocess.run([hria, *argv], capture_output=True, text=True, timeout=60,
                                        errors="replace")
                tracebacks += "Traceback" in result.stderr
            except subprocess.TimeoutExpired:
                hangs += 1
    uncaught = sum(findings.values())
    shown = ", ".join(f"{code}: {n}" for code, n in sorted(codes.items(), key=lambda kv: str(kv[0])))
    print(f"{entry:<20} {count:>6} inputs   exit codes {{{shown}}}   uncaught {uncaught}   "
          f"CLI tracebacks {tracebacks}/{cli_runs}   hangs {hangs}   slowest {slowest * 1000:.0f} ms")
    for kind, n in findings.most_common(5):
        print(f"{'':<20} {n:>6} × {kind}")


def _attack(name: str, text: str, work: Path, hria: str) -> None:
    path = work / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    code = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
            "r = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
            "print(r.returncode, round(time.perf_counter() - t, 3), "
            "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024, repr(r.stderr.strip()[:100]))")
    out = subprocess.run([sys.executable, "-c", code, hria, "score", str(path)], capture_output=True,
                         text=True).stdout.split(" ", 3)
    baseline = subprocess.run([sys.executable, "-c", code, hria, "--version"], capture_output=True,
                              text=True).stdout.split(" ", 3)
    print(f"{name:<20} {len(text.encode()):>6} bytes   `hria score`: exit {out[0]}, {out[1]} s "
          f"(`hria --version`: {baseline[1]} s), peak {out[2]} MB   {out[3].strip()}")
    import tracemalloc

    from hria.errors import InvalidInput
    from hria.loading.yaml_source import parse_yaml

    tracemalloc.start()
    start = time.perf_counter()
    try:
        parse_yaml(text, name)
        verdict = "ACCEPTED"
    except InvalidInput:
        verdict = "refused"
    took = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{'':<20} the reader alone: {verdict} in {took * 1000:.1f} ms, "
          f"{peak / 2**20:.1f} MB allocated at peak")


def _bomb() -> str:
    """The billion-laughs shape, 12 levels of 9 (9**12 values expanded), about 450 bytes."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefghijk", "bcdefghijkl", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-entry", type=int, default=2000, help="inputs per entry point")
    parser.add_argument("--cli-every", type=int, default=20, help="send every Nth input through `hria` too")
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--entry", action="append", choices=ENTRY_POINTS)
    args = parser.parse_args()
    hria = shutil.which("hria")
    if hria is None:
        sys.exit("hria is not installed (pip install -e .)")
    print(f"seed {args.seed}; limits per input: {TIME_LIMIT_S} s, {MEMORY_LIMIT_MB} MB")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        seeds = make_seeds(work / "seeds")
        for entry in args.entry or ENTRY_POINTS:
            _fuzz(entry, args.per_entry, args.cli_every, args.seed, work, hria, seeds)
        _attack("alias bomb", _bomb(), work, hria)
        _attack("10,000-deep flow", "a: " + "[" * 10_000 + "]" * 10_000 + "\n", work, hria)
        _attack("10,000-deep block", "- " * 10_000 + "x\n", work, hria)
    print(f"this run: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB peak")


if __name__ == "__main__":
    main()
