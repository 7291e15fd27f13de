"""Where hria finds its bundled data, in a checkout or in an installed package."""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def data_root() -> Path:
    """The folder holding criteria/, questionnaires/, report_templates/ and examples/.

    An installed wheel carries them in ``hria/_data``; a checkout (or an editable
    install) reads them from the repository root beside the package.
    """
    bundled = _PACKAGE / "_data"
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent


def criteria_dirs() -> list[Path]:
    """The bundled criteria folder, then any listed in HRIA_CRITERIA_PATH."""
    dirs = [data_root() / "criteria"]
    extra = os.environ.get("HRIA_CRITERIA_PATH", "")
    dirs += [Path(p) for p in extra.split(os.pathsep) if p]
    return dirs


def vocabulary_path() -> Path:
    return data_root() / "criteria" / "vocabulary.yaml"
