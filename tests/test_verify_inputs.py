"""`hria verify` never crashes: scanner-style text and any file give one line and exit 2.

Ends with a fuzz test over strings and files with zero uncaught exceptions.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from hria import signing
from hria.certificates.issuing import qr_text
from hria.certificates.payload import qr_payload_of
from hria.cli.app import app
from tests.verify_fixtures import VERIFY_URL, Scheme, draft, issue, make_scheme, render_pdf

runner = CliRunner()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Scheme:
    return make_scheme(tmp_path_factory.mktemp("scheme"))


@pytest.fixture(scope="module")
def genuine(world: Scheme, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    record = issue(world, draft())
    pdf = render_pdf(world, tmp_path_factory.mktemp("pdf") / "c.pdf", record)
    return qr_text(record, signing.load_private_key(world.key()), VERIFY_URL), pdf


def run(world: Scheme, target: str) -> tuple[int, str, str]:
    # "--": a target starting with "-" would be read as an option (click's usage error, several lines).
    result = runner.invoke(app, ["verify", "--scheme", str(world.scheme_file), "--lang", "en", "--", target])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"uncaught {type(result.exception).__name__} for {target!r}") \
            from result.exception
    return result.exit_code, result.stdout, result.stderr


def one_line_exit_2(world: Scheme, target: str) -> str:
    code, out, err = run(world, target)
    assert code == 2, (target, out, err)
    assert len(err.strip().splitlines()) == 1 and err.startswith("error: "), err
    assert "Traceback" not in out + err
    return err


def test_scanner_white_space_around_a_payload_is_accepted(world: Scheme, genuine: tuple[str, Path]) -> None:
    text = genuine[0]
    for scanned in (f"   {text}", f"{text}\r\n", f"{text[:50]}\n{text[50:]}", f"\t{text} \n"):
        code, out, err = run(world, scanned)
        assert code == 3, out + err  # authentic; no status source given
        assert "✓ payload signature matches key" in out


def test_scanner_garbage_and_broken_payloads_are_one_line_exit_2(world: Scheme,
                                                                  genuine: tuple[str, Path]) -> None:
    key = signing.load_private_key(world.key())
    text = genuine[0]
    assert "not a certificate payload" in one_line_exit_2(world, "x" * 300 + text.split("#")[1])
    assert "is not a certificate PDF, a QR payload or URL" in one_line_exit_2(world, "#" * 300)
    assert "not a certificate payload" in one_line_exit_2(world, "HRIA1." + "é" * 300)
    record = world.registry.certificate(issue(world, draft(assessment_hash="sha256:noexp")).serial)
    no_expiry = {k: v for k, v in qr_payload_of(record, signing.key_id(key.public_key())).items() if k != "e"}
    refused = one_line_exit_2(world, signing.sign(no_expiry, key))
    assert "expiry date (ISO, Common Era) ('e') is missing or not a date" in refused
    deep = base64.urlsafe_b64encode(b"[" * 100_000 + b"]" * 100_000).rstrip(b"=").decode()
    assert "error: " in one_line_exit_2(world, f"HRIA1.{deep[:7000]}.{'A' * 86}")
    nested = base64.urlsafe_b64encode(b'{"a":' * 2000 + b"1" + b"}" * 2000).rstrip(b"=").decode()
    assert "error: " in one_line_exit_2(world, f"HRIA1.{nested}.{'A' * 86}")
    assert "error: " in one_line_exit_2(world, "HRIA1.\ud800.abc")
    assert "error: " in one_line_exit_2(world, "\udcff" * 10)
    assert "error: " in one_line_exit_2(world, "")


def test_any_file_is_one_line_exit_2(world: Scheme, genuine: tuple[str, Path], tmp_path: Path) -> None:
    import openpyxl

    broken = tmp_path / "broken-xref.pdf"
    data = genuine[1].read_bytes()
    start = data.rindex(b"startxref")
    broken.write_bytes(data[:start] + b"startxref\n999999999\n%%EOF\n")
    code, out, err = run(world, str(broken))
    assert code in (1, 2) and "Traceback" not in out + err  # recovered and caught, or unreadable
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\nxref\n0 1\nzzz\ntrailer << >>\n%%EOF")
    one_line_exit_2(world, str(junk))
    book = tmp_path / "list.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["serial"])  # type: ignore[union-attr]
    workbook.save(book)
    assert "not a PDF" in one_line_exit_2(world, str(book))
    assert "not a regular file" in one_line_exit_2(world, str(tmp_path))
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_exit_2(world, str(fifo))  # and does not wait on the pipe
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    assert "not a PDF" in one_line_exit_2(world, str(empty))


def test_through_the_real_entry_point(world: Scheme, tmp_path: Path) -> None:
    exe = shutil.which("hria")
    assert exe
    for target in (str(tmp_path), "x" * 300, "HRIA1.e30.AAAA"):
        done = subprocess.run([exe, "verify", target, "--scheme", str(world.scheme_file)],
                              capture_output=True, text=True)
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_fuzz_strings_never_crash(world: Scheme, genuine: tuple[str, Path], data: st.DataObject) -> None:
    text = genuine[0]
    kind = data.draw(st.sampled_from(["any", "mutated", "spliced"]))
    if kind == "any":
        target = data.draw(st.text(max_size=400))
    elif kind == "mutated":
        pos = data.draw(st.integers(0, len(text) - 1))
        target = text[:pos] + data.draw(st.text(max_size=3)) + text[pos + data.draw(st.integers(0, 3)):]
    else:
        target = data.draw(st.text(max_size=50)) + text.split("#")[1] + data.draw(st.text(max_size=50))
    if os.path.lexists(target.strip() or "."):
        return
    code, _out, err = run(world, target)
    assert code in (0, 1, 2, 3)
    if code == 2:
        assert len(err.strip().splitlines()) == 1


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_fuzz_files_never_crash(world: Scheme, genuine: tuple[str, Path],
                                tmp_path_factory: pytest.TempPathFactory, data: st.DataObject) -> None:
    original = genuine[1].read_bytes()
    kind = data.draw(st.sampled_from(["bytes", "mutated", "cut"]))
    if kind == "bytes":
        content = b"%PDF-1.7\n" + data.draw(st.binary(max_size=2000))
    elif kind == "mutated":
        content = bytearray(original)
        for _ in range(data.draw(st.integers(1, 20))):
            content[data.draw(st.integers(0, len(original) - 1))] = data.draw(st.integers(0, 255))
        content = bytes(content)
    else:
        content = original[:data.draw(st.integers(0, len(original)))]
    path = tmp_path_factory.mktemp("fuzz") / "f.pdf"
    path.write_bytes(content)
    code, _out, err = run(world, str(path))
    assert code in (1, 2, 3) or content == original
    if code == 2:
        assert len(err.strip().splitlines()) == 1


def test_a_damaged_payload_is_said_in_thai() -> None:
    result = subprocess.run(["hria", "verify", "HRIA1." + "A" * 20 + "." + "A" * 20, "--lang", "th"],
                            capture_output=True, text=True)
    assert result.returncode == 2
    assert result.stderr == "ข้อผิดพลาด: ข้อมูลเสียหายหรือถูกแก้ไข: ไม่ใช่ JSON แบบ base64url ที่ถูกต้อง\n"
