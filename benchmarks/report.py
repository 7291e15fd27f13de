"""Time to render the report of the largest bundled example.

Prints the cold start (a fresh `hria report` process: imports, font loading,
layout) and the median of N in-process renders once warm. Target: under 3 s
for a 45-criterion assessment.

    python benchmarks/report.py [--runs 5] [--lang th]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from hria import assessments
from hria.loading.paths import data_root
from hria.reports.render import report_pdf
from hria.scoring import compile_set, score


def largest_example() -> Path:
    examples = sorted((data_root() / "examples").glob("*.yaml"))
    return max(examples, key=lambda p: len(assessments.load(p).model.answers))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", default="th", choices=["th", "en"])
    args = parser.parse_args()
    path = largest_example()
    item = assessments.load(path)
    criteria = len(item.criteria.model.criteria)
    with tempfile.TemporaryDirectory() as tmp:
        exe = shutil.which("hria") or "hria"
        start = time.perf_counter()
        subprocess.run([exe, "report", str(path), "-o", f"{tmp}/r.pdf", "--lang", args.lang], check=True,
                       capture_output=True)
        cold = time.perf_counter() - start
        pages = subprocess.run(["pdfinfo", f"{tmp}/r.pdf"], capture_output=True, text=True).stdout
    result = score(compile_set(item.criteria.model, item.criteria.content_hash), item.model)
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        data = report_pdf(result, item.model, item.criteria.model, args.lang)
        times.append(time.perf_counter() - start)
    page_count = next((line.split()[-1] for line in pages.splitlines() if line.startswith("Pages:")), "?")
    median = statistics.median(times)
    print(f"example          : {path.name} ({criteria} criteria, {page_count} pages, {len(data) // 1024} KB)")
    print(f"cold start       : {cold:6.2f} s  (new process: imports, fonts, scoring, layout)")
    print(f"warm render      : {median:6.2f} s  (median of {args.runs}; "
          f"min {min(times):.2f}, max {max(times):.2f})")
    print(f"target           : {'met' if cold < 3 else 'MISSED'} (< 3 s cold)")


if __name__ == "__main__":
    main()
