"""The summary of a batch (summary.csv and summary.json), written as chunks finish.

Rows are appended to hidden temporary files in the output folder and renamed
into place at the end (after fsync), so a batch holds no more than one chunk's
rows in memory whatever its size, and a killed batch never leaves a half-written
summary under the final name. Chunks must arrive in order (rows stay sorted by
manifest line). CSV cells that a spreadsheet would run as a formula are neutralised
(docs/data-dictionary.md); summary.json keeps every value as it is.
"""

from __future__ import annotations

import csv
import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict
from pathlib import Path
from types import TracebackType
from typing import IO

from hria.certificates.batch import Outcome
from hria.writing import spreadsheet_row, temp_prefix

FIELDS = ["index", "assessment", "status", "serial", "file", "level", "score", "reason", "reason_th"]
STATUSES = ("issued", "existing", "refused", "error")


class SummaryWriter:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.counts: Counter[str] = Counter({s: 0 for s in STATUSES})
        self._paths = {name: out / f"{temp_prefix(name)}run.tmp" for name in ("summary.csv", "summary.json")}
        self._csv: IO[str] = self._paths["summary.csv"].open("w", encoding="utf-8", newline="")
        self._json: IO[str] = self._paths["summary.json"].open("w", encoding="utf-8")
        self._rows = csv.DictWriter(self._csv, fieldnames=FIELDS)
        self._rows.writeheader()
        self._json.write("[")
        self._first = True

    def add(self, outcomes: list[Outcome]) -> None:
        for outcome in outcomes:
            row = asdict(outcome)
            self.counts[outcome.status] += 1
            self._rows.writerow(spreadsheet_row(row))
            self._json.write(("\n  " if self._first else ",\n  ") + json.dumps(row, ensure_ascii=False))
            self._first = False

    def finish(self) -> None:
        """Close, fsync and rename both files into place."""
        self._json.write("\n]\n" if not self._first else "]\n")
        for name, handle in (("summary.csv", self._csv), ("summary.json", self._json)):
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
            os.replace(self._paths[name], self.out / name)
        folder = os.open(self.out, os.O_RDONLY)  # the renames themselves survive a crash
        try:
            os.fsync(folder)
        finally:
            os.close(folder)

    def discard(self) -> None:
        for name, handle in (("summary.csv", self._csv), ("summary.json", self._json)):
            handle.close()
            self._paths[name].unlink(missing_ok=True)

    def __enter__(self) -> SummaryWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        if kind is None:
            self.finish()
        else:
            self.discard()


def json_items(out: Path) -> Iterator[str]:
    """The written summary.json, piece by piece (for --json without reading it whole)."""
    with (out / "summary.json").open(encoding="utf-8") as fh:
        while piece := fh.read(1 << 16):
            yield piece
