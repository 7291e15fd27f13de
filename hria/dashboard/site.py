"""`hria dashboard build`: the static site — dashboard, open data, incentive programmes and the
verification page — in Thai (``*.html``) and English (``*.en.html``).

No server: every page opens from disk (``file://``) and from any web host; nothing is fetched
from outside (the chart library, the Ed25519 fallback and the Thai font are bundled). Pages are
Jinja2 templates with autoescape on; data the scripts need sits in the page as JSON escaped
for a script element, or in ``verify-data.js``. The tables carry every figure, so the site
reads without JavaScript; the charts draw the same tables.
"""

from __future__ import annotations

import base64
import datetime as dt
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hria.dashboard import incentives, opendata, suppression, verifydata
from hria.dashboard.figures import Figures, Table, work_out
from hria.dashboard.labels import label
from hria.dashboard.records import AssessmentLog, AssessmentSummary, kept_in
from hria.dashboard.themes import upr_table
from hria.dashboard.tiles import COLUMNS, LONG_TILE_NAME, ROWS, TILE_NAMES_TH, TILES
from hria.errors import UsageError
from hria.models.provinces import BY_ID
from hria.models.text import Lang
from hria.registry.model import CertificateRecord, Registry
from hria.registry.model import today as bangkok_today
from hria.scheme import Scheme
from hria.writing import write_bytes_atomic, write_text_atomic

HERE = Path(__file__).parent
ASSETS = HERE / "assets"
PAGES = ("index", "verify", "data")
LISTED_ON_PAGE = 200
CHARTED = ("indicator-2-2", "certificates-by-type-level", "domain-scores")


@dataclass(frozen=True)
class Built:
    out: Path
    certificates: int
    assessments: int
    files: int


def _programmes_table(programmes: tuple[incentives.Programme, ...], certs: list[CertificateRecord],
                      by_hash: dict[str, AssessmentSummary], today: dt.date) -> Table:
    rows = []
    for p in programmes:
        n = len(incentives.eligible(p, certs, by_hash, today))
        rows.append({"programme": p.id, "example": p.example, "name_th": p.name.th, "name_en": p.name.en,
                     "partner_th": p.partner.th, "partner_en": p.partner.en,
                     "set": " ".join(p.eligibility.sets),
                     "minimum_level": p.eligibility.minimum_level,
                     "organisation_type": " ".join(p.eligibility.organisation_types),
                     "eligible": n if n == 0 or n >= suppression.THRESHOLD else None})
    columns = ("programme", "example", "name_th", "name_en", "partner_th", "partner_en", "set",
               "minimum_level", "organisation_type", "eligible")
    return Table("incentive-programmes", columns, rows)


def _environment() -> Any:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["n"] = lambda v: "–" if v is None else (f"{v:,}" if isinstance(v, int) else str(v))
    return env


def _context(figures: Figures, lang: Lang, meta: dict[str, Any], programmes: Table) -> dict[str, Any]:
    from hria import dates
    from hria.loading.vocabulary import load_vocabulary

    vocab = load_vocabulary()
    domain_names = {d.id: d.name.in_(lang) for d in vocab.domains}
    province = {r["province"]: r["certificates"] for r in figures.table("certificates-by-province").rows}
    shown = [v for v in province.values() if v is not None]
    top = max(shown[:-1] or [1]) or 1

    def shade(count: int | None) -> int:
        return 0 if not count else 1 + min(4, 5 * count // (top + 1))

    def province_name(pid: str) -> str:
        return (BY_ID[pid].th if lang == "th" else BY_ID[pid].en) if pid in BY_ID else pid

    def tile_name(pid: str) -> str:
        return TILE_NAMES_TH.get(pid, province_name(pid)) if lang == "th" else province_name(pid)

    tiles = [{"id": pid, "row": r + 1, "col": c + 1, "name": province_name(pid), "label": tile_name(pid),
              "long": len(tile_name(pid)) >= LONG_TILE_NAME and lang == "th", "count": province.get(pid),
              "shade": shade(province.get(pid))} for pid, (r, c) in TILES.items()]
    suffix = "" if lang == "th" else ".en"
    return {"lang": lang, "t": lambda key: label(key, lang), "suffix": suffix,
            "other": ".en" if lang == "th" else "", "figures": figures, "meta": meta,
            "built": dates.in_lang(figures.today, lang), "tiles": tiles, "tile_rows": ROWS,
            "tile_cols": COLUMNS, "domain_names": domain_names, "programmes": programmes,
            "province_name": province_name,
            # words for keys a reader never typed: a theme, a set's organisation type
            "month": lambda key: dates.month_in_lang(key, lang),
            "topic": lambda key: vocab.topic(key, lang) if key else "–",
            "set_name": lambda key: set_name(vocab, key, lang),
            "listed": figures.listed[:LISTED_ON_PAGE], "listed_total": len(figures.listed),
            "tables": opendata.TABLES, "columns": opendata.COLUMNS,
            "chart_data": {n: figures.table(n).as_json() for n in CHARTED}}


def set_name(vocab: Any, set_id: str, lang: Lang) -> str:
    """A criteria set by the organisation type it is written for ("ส่วนราชการ" for gov)."""
    entry = vocab.organisation_type(set_id)
    return entry.name.in_(lang) if entry is not None else set_id


def _copy_assets(out: Path) -> int:
    from hria.loading.paths import data_root

    count = 0
    for src in sorted(ASSETS.iterdir()):
        if src.is_file():
            write_bytes_atomic(out / "assets" / src.name, src.read_bytes())
            count += 1
    fonts = data_root() / "report_templates" / "fonts"
    faces = []
    for name, weight in (("Sarabun-Regular.ttf", 400), ("Sarabun-Bold.ttf", 700)):
        data = base64.b64encode((fonts / name).read_bytes()).decode("ascii")
        faces.append(f'@font-face {{ font-family: "Sarabun"; font-weight: {weight}; font-display: swap; '
                     f'src: url(data:font/ttf;base64,{data}) format("truetype"); }}')
    write_text_atomic(out / "assets" / "fonts.css", "/* Sarabun (SIL Open Font License: assets/OFL.txt) */\n"
                      + "\n".join(faces) + "\n")
    write_bytes_atomic(out / "assets" / "OFL.txt", (fonts / "OFL.txt").read_bytes())
    return count + 2


def build(registry: Registry, out: Path, scheme: Scheme, key: Path | None = None, body: str | None = None,
          signed_list: Path | None = None, programmes_path: Path = incentives.BUNDLED,
          today: dt.date | None = None) -> Built:
    """Build the site into ``out``. The public list is signed now with ``key``, or copied from
    ``signed_list`` (a JSON list from `hria registry export`)."""
    from hria import public_list

    if (key is None) == (signed_list is None):
        raise UsageError(code="dashboard.key_or_list")
    today = today or bangkok_today()
    built_at = dt.datetime.now(dt.UTC)
    certs = registry.certificates()
    summaries: list[AssessmentSummary] = []
    if kept_in(registry):
        log = AssessmentLog.of(registry)
        summaries = log.all()
        log.close()
    by_hash = {s.assessment_hash: s for s in summaries}
    current = [c for c in certs if c.effective_status(today) == "valid"]
    programmes = _programmes_table(incentives.load(programmes_path), certs, by_hash, today)
    figures = work_out(summaries, certs, today, (*upr_table(current), programmes))
    meta = {"as_of": today.isoformat(), "built_at": built_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "certificates": len(certs), "assessments": len(summaries),
            "sample": any(s.assessment_hash.startswith("fictional-") for s in summaries)}
    out.mkdir(parents=True, exist_ok=True)
    files = opendata.write(out, figures, meta)
    list_path = out / "data" / "public-list.json"
    if key is not None:
        events = registry.events()
        verifydata.write_list(list_path, verifydata.list_rows(certs, by_hash, today), key, body,
                              events[-1].hash if events else "", len(events))
    else:
        assert signed_list is not None
        shutil.copyfile(signed_list, list_path)
    the_list = public_list.read(list_path)
    if the_list.verify(list(scheme.keys)) is None:
        raise UsageError(code="dashboard.list_not_scheme", path=signed_list or key, scheme=scheme.path)
    write_text_atomic(out / "verify-data.js", verifydata.script(scheme, the_list, built_at))
    files_count = len(files) + 2 + _copy_assets(out)
    env = _environment()
    langs: tuple[Lang, ...] = ("th", "en")
    for lang in langs:
        context = _context(figures, lang, meta, programmes)
        for page in PAGES:
            html = env.get_template(f"{page}.html").render(**context, page=page)
            write_text_atomic(out / f"{page}{'' if lang == 'th' else '.en'}.html", html)
            files_count += 1
    return Built(out, len(certs), len(summaries), files_count)
