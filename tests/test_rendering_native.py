"""WeasyPrint's C libraries looked up from the linker cache find what ctypes finds."""

from __future__ import annotations

import ctypes.util
import subprocess
import sys

import pytest

from hria.rendering import native

# Every name WeasyPrint 70 tries (hria uses the first that opens), and a few ordinary ones.
NAMES = [
    "libgobject-2.0-0", "gobject-2.0-0", "gobject-2.0", "libgobject-2.0.so.0",
    "libpango-1.0-0", "pango-1.0-0", "pango-1.0", "libharfbuzz-0", "harfbuzz", "harfbuzz-0.0",
    "libharfbuzz-subset-0", "harfbuzz-subset", "libharfbuzz-vector-0", "harfbuzz-vector",
    "harfbuzz-vector-0.0", "libharfbuzz-vector.0.dylib", "libharfbuzz-vector-0.dll",
    "libfontconfig-1", "fontconfig-1", "fontconfig", "libpangoft2-1.0-0", "pangoft2-1.0",
    "c", "m", "no-such-library-anywhere",
]


@pytest.mark.skipif(not native._linker_cache(), reason="no glibc linker cache (ldconfig -p)")
def test_the_linker_cache_answers_as_ctypes_does() -> None:
    listing = native._linker_cache()
    found = {name: native.cached_find_library(name, listing) for name in NAMES}
    assert found == {name: ctypes.util.find_library(name) for name in NAMES}
    assert found["pango-1.0"] == "libpango-1.0.so.0"
    assert found["libgobject-2.0-0"] is None


def test_weasyprint_imported_this_way_works_and_ctypes_is_left_as_it_was() -> None:
    code = ("import ctypes.util; before = ctypes.util.find_library\n"
            "from hria.rendering.native import import_weasyprint; import_weasyprint()\n"
            "import sys; assert 'weasyprint' in sys.modules\n"
            "assert ctypes.util.find_library is before\n"
            "from weasyprint.text.ffi import pango, harfbuzz_subset\n"
            "print(pango.pango_version() > 0, harfbuzz_subset is not None)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["True", "True"]
