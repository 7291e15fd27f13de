"""The certificate's QR code: encoded once, drawn as vector squares into its box on the page.

zxing-cpp encodes (C++, ~1.5 ms for a version-23 code where segno took ~13 ms in
pure Python, a tenth of the whole certificate budget). The code is drawn as filled
rectangles, one per horizontal run of dark modules, so it stays sharp at every
resolution; tests decode it with zbarimg at 100, 150 and 300 dpi. A PNG of the same
modules serves the one-pass reference page (``certificate.html``).
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass

MM = 72 / 25.4
"""PDF points in a millimetre."""

QUIET = 2
"""Light modules around the code, inside its box (the page around it is light too)."""


@dataclass(frozen=True)
class QrBox:
    """Where the code sits, in millimetres from the page's top left corner."""

    left_mm: float
    top_mm: float
    size_mm: float


BOX = QrBox(left_mm=224, top_mm=136, size_mm=46)
PAGE_HEIGHT_MM = 210  # A4 landscape


@dataclass(frozen=True)
class Modules:
    side: int
    rows: list[bytes]  # one byte per module: 0 dark, 255 light


def encode(text: str) -> Modules:
    import zxingcpp

    code = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    image = code.to_image(scale=1, add_quiet_zones=False)
    side = image.shape[0]
    raw = bytes(image)  # type: ignore[call-overload]  # a buffer; the stubs do not say so
    return Modules(side, [raw[y * side:(y + 1) * side] for y in range(side)])


_DARK_RUN = re.compile(b"\x00+")


def pdf_operators(modules: Modules, box: QrBox = BOX) -> bytes:
    """Content-stream operators that paint the code's dark modules black inside ``box``.

    The matrix ``cm`` scales one unit to one module, so each run is a rectangle in
    whole numbers (row 0 at the top)."""
    unit = box.size_mm * MM / (modules.side + 2 * QUIET)
    left = box.left_mm * MM + QUIET * unit
    bottom = (PAGE_HEIGHT_MM - box.top_mm - box.size_mm) * MM + QUIET * unit
    parts = [b"q 0 g %.4f 0 0 %.4f %.4f %.4f cm" % (unit, unit, left, bottom)]
    last = modules.side - 1
    for y, row in enumerate(modules.rows):
        parts.extend(b"%d %d %d 1 re" % (run.start(), last - y, run.end() - run.start())
                     for run in _DARK_RUN.finditer(row))
    parts.append(b"f Q")
    return b"\n".join(parts)


def png(modules: Modules, scale: int = 2) -> bytes:
    """The code as a greyscale PNG, ``scale`` pixels a module, with its quiet zone."""
    light = b"\xff" * ((modules.side + 2 * QUIET) * scale)
    lines = [light] * (QUIET * scale)
    for row in modules.rows:
        wide = b"".join(bytes([v]) * scale for v in row)
        line = b"\xff" * (QUIET * scale) + wide + b"\xff" * (QUIET * scale)
        lines.extend([line] * scale)
    lines.extend([light] * (QUIET * scale))
    width = len(light)
    raw = b"".join(b"\x00" + line for line in lines)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, len(lines), 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 6))
            + chunk(b"IEND", b""))


def read_page(path: str, dpi: int = 150) -> list[str]:
    """The texts of every QR code on the PDF's first page, as a camera would see it: the page
    rendered (poppler's pdftoppm, greyscale) and decoded (zxing-cpp)."""
    import subprocess

    import zxingcpp

    try:
        done = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-f", "1", "-l", "1", path],
                              capture_output=True, timeout=60, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return []
    image = _pgm(done.stdout) if done.returncode == 0 else None
    if image is None:
        return []
    width, height, pixels = image
    found = zxingcpp.read_barcodes(memoryview(pixels).cast("B", (height, width)),
                                   formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    return [code.text for code in found]


def _pgm(data: bytes) -> tuple[int, int, bytes] | None:
    """(width, height, pixels) of a binary 8-bit PGM, as pdftoppm writes it."""
    header = re.match(rb"P5\s+(\d+)\s+(\d+)\s+255\s", data)
    if header is None:
        return None
    width, height = int(header[1]), int(header[2])
    pixels = data[header.end():header.end() + width * height]
    return (width, height, pixels) if len(pixels) == width * height else None
