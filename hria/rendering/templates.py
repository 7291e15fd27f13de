"""Jinja2 environment for documents: autoescape always on, undefined variables are errors.

Templates live in report_templates/ (bundled); a user folder given with
``--templates DIR`` or HRIA_TEMPLATES overrides a bundled template by name.
"""

from __future__ import annotations

import os
from pathlib import Path

import jinja2

from hria.loading.paths import data_root


def bundled_templates() -> Path:
    return data_root() / "report_templates"


def template_dirs(user_dir: Path | None = None) -> list[Path]:
    dirs = []
    chosen = user_dir or (Path(os.environ["HRIA_TEMPLATES"]) if os.environ.get("HRIA_TEMPLATES") else None)
    if chosen is not None:
        dirs.append(chosen)
    dirs.append(bundled_templates())
    return dirs


def environment(user_dir: Path | None = None) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(d) for d in template_dirs(user_dir)]),
        autoescape=True,  # every template, whatever its extension
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env
