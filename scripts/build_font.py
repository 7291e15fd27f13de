"""Rebuild report_templates/fonts/Sarabun-{Regular,Bold}.ttf from the npm package.

Sarabun (OFL-1.1, SIPA / Cadson Demak) is the look of Thai government documents.
The npm package @fontsource/sarabun ships it split into per-script WOFF subsets;
we merge the Thai, Latin and Latin-extended subsets into one TrueType font per
weight so a single font covers a bilingual document and is subset only once.

    npm pack @fontsource/sarabun && tar xzf fontsource-sarabun-*.tgz
    python scripts/build_font.py package/files
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

OUT = Path(__file__).resolve().parent.parent / "report_templates" / "fonts"


def main(files: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for weight, style in ((400, "Regular"), (700, "Bold")):
            parts = []
            for subset in ("thai", "latin", "latin-ext"):
                font = TTFont(files / f"sarabun-{subset}-{weight}-normal.woff")
                font.flavor = None
                part = Path(tmp) / f"{subset}-{weight}.ttf"
                font.save(part)
                parts.append(str(part))
            merged = Merger().merge(parts)
            merged.save(OUT / f"Sarabun-{style}.ttf")
            print(f"wrote {OUT / f'Sarabun-{style}.ttf'} ({len(merged.getBestCmap())} code points)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
