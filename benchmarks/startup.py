"""How fast `hria --help` answers, next to a bare `python -c pass` measured in the same run.

Prints medians over N runs (default 10). The target is under 0.3 s: heavy
libraries (weasyprint, openpyxl, networkx) must load only inside the commands
that need them.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time


def _median_seconds(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    hria = shutil.which("hria")
    help_cmd = [hria, "--help"] if hria else [sys.executable, "-m", "hria", "--help"]
    baseline = _median_seconds([sys.executable, "-c", "pass"], args.runs)
    helped = _median_seconds(help_cmd, args.runs)
    print(f"python -c pass : {baseline * 1000:7.1f} ms (median of {args.runs})")
    print(f"hria --help    : {helped * 1000:7.1f} ms (median of {args.runs})")
    print(f"ratio          : {helped / baseline:7.1f}x the bare interpreter")
    print(f"target         : {'met' if helped < 0.3 else 'MISSED'} (< 300 ms)")


if __name__ == "__main__":
    main()
