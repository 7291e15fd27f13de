"""The boundary for what `hria verify` is given: a file, a scanned QR text or URL, or a serial.

Everything untrusted passes here once and leaves as a signed payload (text) and,
for a PDF, its bytes, the QR codes on the rendered page and the words where they
sit. Anything else — a directory, a FIFO, a spreadsheet, a PDF whose xref is
broken, a lone surrogate — becomes one UsageError line (exit 2), never a traceback.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path

from hria.certificates.document import ATTACHMENT_NAME
from hria.certificates.payload import signed_from_text
from hria.certificates.verify import PdfEvidence
from hria.error_texts import failure_th
from hria.errors import HriaError, UsageError
from hria.registry.model import Registry

MAX_PDF_BYTES = 50_000_000
_SET_REF = re.compile(r"[a-z0-9_-]{1,64}@[0-9A-Za-z._-]{1,32}")


def shown(text: str, limit: int = 80) -> str:
    """Text safe to print whatever it holds (lone surrogates, control characters), shortened."""
    safe = text.encode("utf-8", "backslashreplace").decode("utf-8")
    safe = "".join(ch if ch.isprintable() else "�" for ch in safe)
    return safe if len(safe) <= limit else safe[:limit] + "…"


def _file_kind(target: str) -> os.stat_result | None:
    try:
        return os.stat(target)
    except (OSError, ValueError):  # ValueError: a path no file system can hold (NUL, surrogates)
        return None


def read(target: str, registry: Registry | None) -> tuple[str, PdfEvidence | None, str | None]:
    """(signed payload, PDF evidence or None, verification URL the text came in or None)."""
    info = _file_kind(target)
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            raise UsageError(code="certificate.not_regular", target=shown(target))
        signed, evidence = read_pdf(Path(target), info.st_size)
        return signed, evidence, None
    if "HRIA1." in target:
        signed, url = signed_from_text(target)
        return signed, None, url
    if registry is not None and re.fullmatch(r"[A-Za-z0-9-]{1,64}", target.strip()):
        return registry.certificate(target.strip()).signed, None, None
    raise UsageError(code="certificate.unknown_target", target=repr(shown(target)))


def read_pdf(path: Path, size: int) -> tuple[str, PdfEvidence]:
    from hria.certificates import qr, visible

    if size > MAX_PDF_BYTES:
        raise UsageError(code="certificate.too_large", target=shown(str(path)), size=size)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(code="certificate.unreadable", target=shown(str(path)),
                         reason=exc.strerror, reason_th=failure_th(exc)) from None
    if not data.startswith(b"%PDF-"):
        raise UsageError(code="certificate.not_pdf", target=shown(str(path)))
    signed = _embedded_payload(path, data)
    return signed, PdfEvidence(path, data, qr.read_page(str(path)), visible.page_words(path))


def _embedded_payload(path: Path, data: bytes) -> str:
    import io

    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data))
        attachments = reader.attachments
        found = attachments[ATTACHMENT_NAME][0] if ATTACHMENT_NAME in attachments else None
    except Exception as exc:
        raise UsageError(code="certificate.bad_pdf", target=shown(str(path)),
                         detail=type(exc).__name__, detail_th=failure_th(exc)) from None
    if found is None:
        raise UsageError(code="certificate.no_payload", target=shown(str(path)), name=ATTACHMENT_NAME)
    try:
        signed = json.loads(found)["signed"]
    except (ValueError, KeyError, TypeError, RecursionError):
        raise UsageError(code="certificate.bad_payload", target=shown(str(path))) from None
    if not isinstance(signed, str):
        raise UsageError(code="certificate.bad_payload", target=shown(str(path)))
    return signed


def level_names(set_ref: str, level_id: str) -> tuple[str, str] | None:
    """The level's Thai and English names from the installed criteria set, if it is installed."""
    from hria import criteria_sets

    if not _SET_REF.fullmatch(set_ref):
        return None
    try:
        loaded = criteria_sets.load(set_ref)
    except HriaError:
        return None
    level = next((lv for lv in loaded.model.levels if lv.id == level_id), None)
    return None if level is None else (level.name.th, level.name.en)
