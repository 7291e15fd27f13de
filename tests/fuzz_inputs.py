"""Hostile inputs for hria's five entry points, and one way to run them through the real CLI.

Shared by tests/test_fuzz.py (a bounded run in CI) and benchmarks/fuzz.py (a long run that
prints figures). Inputs are mutations of real files — criteria set, assessment, questionnaire
YAML and xlsx exported from them — and of real signed QR text, so most reach the validators
rather than stopping at the first syntax error. An input passes when hria either accepts it or
refuses it with exit 1 or 2; anything else (an exception out of the CLI's error boundary, a
traceback, a hang past the time limit, memory past the limit) is a finding.
"""

from __future__ import annotations

import io
import random
import re
import resource
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests import mutate

REPO = Path(__file__).resolve().parent.parent
CRITERIA = REPO / "criteria" / "gov" / "2026.1.yaml"
ASSESSMENT = REPO / "examples" / "gov-provincial-office.assessment.yaml"

TIME_LIMIT_S = 20
"""Per input: longer than this is a hang."""
MEMORY_LIMIT_MB = 1024
"""Per input: address space this far above where the run started is a finding (MemoryError)."""

NASTY_VALUES = [
    "true", "'36'", "36.0", ".inf", "-.inf", ".nan", "1e400", "9" * 5000, "0x" + "f" * 40, "-1",
    "2026-02-30", "2026-13-01", "2026-02-29T25:61:00", "0000-00-00", "1700000000", "~", "''", "[]", "{}",
    "!!int x", "!!float '1'", "!!set {a, b}", "!!binary aGk=", "!custom 3", "! 3", "!!python/name:os.system",
    "&a [*a]", "*undefined", "[" * 200 + "]" * 200, "{a: 1, a: 2}", "<<: {a: 1}", '"\\0"', '"\\e[2J"',
    '"\\u200b\\u200d"', '"\\x9b31m"', "'[/bold]'", "'[link=http://x]y[/link]'", "'=HYPERLINK(1)'",
    "'@SUM(1)'", '"a\\nb"', "|\n  block\n  text", ">-\n  folded", "- - - x", "? complex\n: key",
    "%YAML 1.1", "---", "...", "\t", "'" + "ก" * 10000 + "'", "null", "NaN", "yes", "0o777", "1_000",
]
CHARS = [*"[]{}:&*!|>-#'\"\n\t %@`,?~=+\\", "\0", "\x1b", "\u200b", "\ufeff", "\x85", "\u2028", "\ud800",
         "ก", "๑", "é", "\r"]


@dataclass
class Case:
    """One generated input: a file's bytes (or a string for verify) and the CLI args that read it."""

    entry: str
    args: list[str]
    data: bytes | None = None
    suffix: str = ".yaml"


def mutate_text(text: str, rnd: random.Random) -> str:
    """One to three mutations: a nasty value put in a field, or characters inserted, deleted or swapped."""
    for _ in range(rnd.randint(1, 3)):
        kind = rnd.random()
        lines = text.splitlines()
        if kind < 0.45 and lines:
            keyed = [i for i, line in enumerate(lines) if re.match(r"^\s*-?\s*[a-z_]+:", line)]
            if keyed:
                i = rnd.choice(keyed)
                key = lines[i].split(":", 1)[0]
                lines[i] = f"{key}: {rnd.choice(NASTY_VALUES)}"
                text = "\n".join(lines) + "\n"
                continue
        if kind < 0.6:
            try:
                text, _ = mutate.replace_top_level(text, rnd.choice(_top_keys(text) or ["x"]),
                                                   rnd.choice(NASTY_VALUES))
                continue
            except LookupError:
                pass
        pos = rnd.randrange(len(text) + 1)
        if kind < 0.75:
            text = text[:pos] + "".join(rnd.choice(CHARS) for _ in range(rnd.randint(1, 4))) + text[pos:]
        elif kind < 0.85:
            text = text[:pos] + text[pos + rnd.randint(1, 40):]
        elif kind < 0.95 and lines:
            i, j = rnd.randrange(len(lines)), rnd.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines) + "\n"
        else:
            text = text[:pos] + text[pos:pos + 200] * rnd.randint(2, 50) + text[pos + 200:]
    return text


def _top_keys(text: str) -> list[str]:
    return re.findall(r"(?m)^([a-z_]+):", text)


def _encode(text: str, rnd: random.Random) -> bytes:
    data = text.encode("utf-8", errors="surrogatepass")
    if rnd.random() < 0.05 and data:
        pos = rnd.randrange(len(data))
        data = data[:pos] + bytes([rnd.choice([0xE9, 0xFF, 0xC3, 0x80])]) + data[pos:]
    return data


def mutate_xlsx(data: bytes, rnd: random.Random) -> bytes:
    """Cells of an exported form set to hostile values, or the zip itself damaged."""
    if rnd.random() < 0.1:
        pos = rnd.randrange(len(data))
        return data[:pos] + bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 64))) + data[pos + 32:]
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data))
    for _ in range(rnd.randint(1, 6)):
        ws = rnd.choice(wb.worksheets)
        cell = ws.cell(row=rnd.randint(1, max(ws.max_row, 2) + 2), column=rnd.randint(1, 12))
        value: Any = rnd.choice([
            None, "", 0, -1, 3, 3.5, 10**30, float("inf"), True, "=1+2", "=HYPERLINK(\"x\")", "@SUM(1)",
            "2026-02-30", "[/bold]", "\u200b", "x" * 40000, "ไม่เกี่ยวข้อง", "4 —", "GOV-GOV-01",
            "{\"not\": \"json\"", "[]", rnd.choice(NASTY_VALUES)])
        try:
            cell.value = value
        except (ValueError, TypeError, AttributeError):  # a merged cell, a value openpyxl refuses
            continue
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def mutate_qr(signed: str, rnd: random.Random) -> str:
    """Real signed QR text changed a little, or other strings the verify argument may get."""
    kind = rnd.random()
    if kind < 0.5:
        chars = list(signed)
        for _ in range(rnd.randint(1, 5)):
            pos = rnd.randrange(len(chars))
            chars[pos] = rnd.choice("ABCxyz019-_.=+/" + "".join(CHARS[:8]))
        return "".join(chars)
    if kind < 0.7:
        parts = signed.split(".")
        return ".".join(p if rnd.random() < 0.7 else rnd.choice(["", "e30", "bnVsbA", "W10", "x" * 300])
                        for p in parts)
    if kind < 0.85:
        return "".join(chr(rnd.choice([rnd.randint(1, 0x7F), rnd.randint(0x80, 0x2FFF), 10, 27, 0x200B]))
                       for _ in range(300))
    return rnd.choice(["/dev/zero", "x.pdf", "/", ".", "-", "--help", "CB01-2026-000001", "HRIA1.", "HRIA1..",
                       "a" * 5000])


@dataclass
class Seeds:
    """The real files mutations start from, made once per run."""

    folder: Path
    criteria: str = ""
    assessment: str = ""
    questionnaire: str = ""
    xlsx: bytes = b""
    signed: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def make_seeds(folder: Path) -> Seeds:
    from typer.testing import CliRunner

    from hria import signing
    from hria.cli.app import app

    folder.mkdir(parents=True, exist_ok=True)
    runner = CliRunner()
    for fmt in ("yaml", "xlsx"):
        result = runner.invoke(app, ["questionnaire", "export", "gov", "-f", fmt, "-o",
                                     str(folder / f"seed.{fmt}"), "--prefill", str(ASSESSMENT)])
        assert result.exit_code == 0, result.output
    private, public = folder / "k.key", folder / "k.pub"
    if not private.exists():
        signing.generate_keys(private, public)
    payload = {"v": 1, "s": "CB01-2026-000001", "o": "0994000162341", "c": "gov@2026.1", "l": "basic",
               "sc": "66.67", "i": "2026-10-15", "e": "2029-10-15", "b": "CB01", "k": "qr"}
    return Seeds(folder, CRITERIA.read_text(encoding="utf-8"), ASSESSMENT.read_text(encoding="utf-8"),
                 (folder / "seed.yaml").read_text(encoding="utf-8"), (folder / "seed.xlsx").read_bytes(),
                 signing.sign(payload, signing.load_private_key(private)), {"pubkey": str(public)})


ENTRY_POINTS = ("criteria", "assessment", "questionnaire_yaml", "questionnaire_xlsx", "verify")


def make_case(entry: str, seeds: Seeds, rnd: random.Random) -> Case:
    if entry == "criteria":
        return Case(entry, ["criteria", "validate"], _encode(mutate_text(seeds.criteria, rnd), rnd))
    if entry == "assessment":
        return Case(entry, ["score"], _encode(mutate_text(seeds.assessment, rnd), rnd))
    if entry == "questionnaire_yaml":
        return Case(entry, ["questionnaire", "import"], _encode(mutate_text(seeds.questionnaire, rnd), rnd))
    if entry == "questionnaire_xlsx":
        return Case(entry, ["questionnaire", "import"], mutate_xlsx(seeds.xlsx, rnd), ".xlsx")
    pubkey = ["--pubkey", seeds.extra["pubkey"]] if rnd.random() < 0.7 else []
    return Case(entry, ["verify", mutate_qr(seeds.signed, rnd), *pubkey])


def case_argv(case: Case, folder: Path) -> list[str]:
    """Write the case's file (if any) and return the full argument list."""
    if case.data is None:
        return list(case.args)
    path = folder / f"input{case.suffix}"
    path.write_bytes(case.data)
    argv = [*case.args, str(path)]
    if case.args[:2] == ["questionnaire", "import"]:
        argv += ["-o", str(folder / "imported.yaml")]
    return argv


class Hang(Exception):
    """The input took longer than TIME_LIMIT_S."""


@contextmanager
def limits(seconds: int = TIME_LIMIT_S, memory_mb: int = MEMORY_LIMIT_MB) -> Iterator[None]:
    """A time limit (SIGALRM raises Hang) and an address-space limit for what runs inside."""
    def alarm(_sig: int, _frame: Any) -> None:
        raise Hang

    old_handler = signal.signal(signal.SIGALRM, alarm)
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    vm = _vm_bytes()
    if vm:
        cap = vm + memory_mb * 1024 * 1024
        cap = cap if hard == resource.RLIM_INFINITY else min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old_handler)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _vm_bytes() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmSize:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


@dataclass
class Outcome:
    exit_code: int | None
    finding: str | None  # None when hria accepted or refused the input properly


def run_in_process(argv: list[str]) -> Outcome:
    """Invoke the real CLI (typer app, HriaGroup error boundary) in this process."""
    from typer.testing import CliRunner

    from hria.cli.app import app

    try:
        with limits():
            result = CliRunner().invoke(app, argv, catch_exceptions=True)
    except Hang:
        return Outcome(None, "hang")
    exc = result.exception
    if isinstance(exc, Hang):
        return Outcome(None, "hang")
    if exc is not None and not isinstance(exc, SystemExit):
        return Outcome(result.exit_code, f"{type(exc).__name__}: {str(exc)[:200]}")
    if result.exit_code not in (0, 1, 2):
        return Outcome(result.exit_code, f"exit code {result.exit_code}")
    return Outcome(result.exit_code, None)


