"""Import WeasyPrint without a third of a second spent looking for its C libraries.

WeasyPrint opens pango, harfbuzz, fontconfig and gobject by trying several names per library
(Windows, macOS and Linux spellings). cffi hands each name it cannot open to
``ctypes.util.find_library``, which on Linux runs ``ldconfig -p`` and, when that finds nothing,
``gcc`` and ``ld``: 22 look-ups and about 40 subprocesses, 150–430 ms of every process that lays
out a PDF (a single ``hria certify``, each batch worker). ``import_weasyprint`` reads the linker
cache once and answers those look-ups from it, the way ``find_library`` reads it: the same
library name comes back. Where the cache cannot be read, or LD_LIBRARY_PATH points elsewhere,
the look-up is left to ``ctypes`` unchanged.
"""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
from functools import cache

_ABI = {"x86_64-64": "libc6,x86-64", "ppc64-64": "libc6,64bit", "sparc64-64": "libc6,64bit",
        "s390x-64": "libc6,64bit", "ia64-64": "libc6,IA-64"}
"""As ``ctypes.util._findSoname_ldconfig`` names this machine's entries in the cache."""


@cache
def _linker_cache() -> bytes:
    """``ldconfig -p`` (the dynamic linker's cache), or nothing where it cannot be read."""
    try:
        done = subprocess.run(["/sbin/ldconfig", "-p"], stdin=subprocess.DEVNULL, capture_output=True,
                              env={"LC_ALL": "C", "LANG": "C"}, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return b""
    return done.stdout if done.returncode == 0 else b""


def cached_find_library(name: str, listing: bytes) -> str | None:
    """The library ``lib{name}.*`` for this machine in a ``ldconfig -p`` listing, as ``ctypes``
    would find it there; None when it is not listed."""
    bits = "-32" if struct.calcsize("l") == 4 else "-64"
    abi = _ABI.get(os.uname().machine + bits, "libc6")
    pattern = rf"\s+(lib{re.escape(name)}\.[^\s]+)\s+\({re.escape(abi)}"
    found = re.search(os.fsencode(pattern), listing)
    return os.fsdecode(found.group(1)) if found else None


def _find_in_linker_cache(name: str) -> str | None:
    return cached_find_library(name, _linker_cache())


def import_weasyprint() -> None:
    """Import WeasyPrint (once per process) with its libraries looked up in the linker cache."""
    if "weasyprint" in sys.modules:
        return
    import ctypes.util

    listing = _linker_cache() if sys.platform.startswith("linux") else b""
    if not listing or os.environ.get("LD_LIBRARY_PATH"):
        import weasyprint  # ctypes looks the libraries up its own way
        return
    original = ctypes.util.find_library
    ctypes.util.find_library = _find_in_linker_cache
    try:
        import weasyprint  # noqa: F401
    finally:
        ctypes.util.find_library = original
