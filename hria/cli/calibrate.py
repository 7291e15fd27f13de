"""`hria criteria calibrate` — can a set certify an organisation with a grave failure?

Registered on the `criteria` group; the counting is ``hria.scoring.calibration``.
"""

from __future__ import annotations

from typing import Any

import typer

from hria.cli.common import EXIT_FAILED_CHECK, JsonOption, Lang, LangOption, console, print_json
from hria.cli.criteria import app

_HEAD = {
    "th": ("ชุดเกณฑ์", "กลุ่มตัวอย่าง", "จำนวน", "ไม่รับรอง", "ไม่ครบ", "มีความล้มเหลวร้ายแรง",
           "รับรองทั้งที่มีความล้มเหลวร้ายแรง"),
    "en": ("set", "population", "n", "not certified", "incomplete", "with grave failure",
           "certified with grave failure"),
}

_POPULATION = {"th": {"random": "สุ่ม", "adversarial": "จงใจหาช่องโหว่"}, "en": {}}

_SKIPPED = {
    "th": "หมายเหตุ: {set} ไม่ได้ตรวจความล้มเหลวร้ายแรง {grave_failure} เพราะอ้างถึง{kind_th} '{name}' "
          "ซึ่งไม่มีในชุดเกณฑ์นี้",
    "en": "note: {set}: grave failure {grave_failure} not looked for: it names {kind} '{name}', "
          "which this set does not have",
}


@app.command("calibrate")
def calibrate_command(
    sets: list[str] = typer.Argument(None, metavar="[SET]..."),
    samples: int = typer.Option(2000, "--samples", min=1),
    seed: int = typer.Option(2026, "--seed"),
    against: str = typer.Option(None, "--grave-failures-from", metavar="REF"),
    lang: Lang = LangOption,
    as_json: bool = JsonOption,
) -> None:
    from hria import criteria_sets
    from hria.scoring.calibration import calibrate
    from hria.scoring.compiled import compile_set

    refs = sets or sorted({f.id for f in criteria_sets.set_files()})
    rows = []
    level_names: dict[str, dict[str, str]] = {}
    for ref in refs:
        loaded = criteria_sets.load(ref)
        cs = compile_set(loaded.model, loaded.content_hash)
        grave = None
        if against:
            grave = list(criteria_sets.load(against).model.grave_failures or [])
        elif not loaded.model.grave_failures:
            # An older set lists none: check it against the newest version's list.
            newest = criteria_sets.load(loaded.model.id)
            grave = list(newest.model.grave_failures or [])
        for population in calibrate(cs, samples, seed, grave):
            levels = {lv.id: population.by_decision[lv.id] for lv in loaded.model.levels}
            level_names.setdefault(lang.value, {}).update(
                {lv.id: lv.name.in_(lang.value) for lv in loaded.model.levels})
            rows.append({
                "set": population.set_ref, "population": population.population, "n": population.total,
                "not_certified": population.by_decision["not_certified"],
                "incomplete": population.by_decision["incomplete"], "levels": levels,
                "with_grave_failure": population.with_grave_failure,
                "certified_with_grave_failure": len(population.certified_with_grave_failure),
                "examples": sorted(set(population.certified_with_grave_failure))[:5],
                "skipped": [{"grave_failure": s.grave_failure, "kind": s.kind, "name": s.name}
                            for s in population.skipped],
            })
    if as_json:
        print_json({"samples": samples, "seed": seed, "rows": rows})
    else:
        _print(rows, lang.value, level_names.get(lang.value, {}))
    if any(r["certified_with_grave_failure"] for r in rows):
        raise typer.Exit(EXIT_FAILED_CHECK)


def _share(count: int, total: int) -> str:
    return f"{count} ({100 * count / total:.1f}%)" if total else "0"


def _print(rows: list[dict[str, Any]], lang: str, level_names: dict[str, str]) -> None:
    """A plain fixed-width table (it goes into docs/ as it is); widths in terminal cells, so Thai
    vowel and tone marks take none."""
    from rich.cells import cell_len

    head = _HEAD[lang]
    level_ids = list(dict.fromkeys(k for r in rows for k in r["levels"]))
    levels = [level_names.get(lv, lv) if lang == "th" else lv for lv in level_ids]
    columns = [*head[:5], *levels, *head[5:]]
    body = []
    for r in rows:
        n = r["n"]
        population = _POPULATION[lang].get(r["population"], r["population"])
        body.append([r["set"], population, str(n), _share(r["not_certified"], n), _share(r["incomplete"], n),
                     *(_share(r["levels"].get(lv, 0), n) for lv in level_ids),
                     str(r["with_grave_failure"]), str(r["certified_with_grave_failure"])])
    widths = [max(cell_len(str(x)) for x in col) for col in zip(columns, *body, strict=True)]
    out = console()
    for line in (columns, *body):
        cells = (str(x) + " " * (w - cell_len(str(x))) for x, w in zip(line, widths, strict=True))
        out.print("  ".join(cells).rstrip(),
                  highlight=False, markup=False, soft_wrap=True)
    noted = set()
    for r in rows:
        if r["skipped"] and r["set"] not in noted:
            noted.add(r["set"])
            for s in r["skipped"]:
                kind_th = "เกณฑ์" if s["kind"] == "criterion" else "หมวดสิทธิ"
                out.print(_SKIPPED[lang].format(set=r["set"], kind_th=kind_th, **s), highlight=False,
                          markup=False, soft_wrap=True)
        for grave, level in r["examples"]:
            population = _POPULATION[lang].get(r["population"], r["population"])
            level = level_names.get(level, level) if lang == "th" else level
            out.print(f"  {r['set']} {population}: {grave} -> {level}", highlight=False, markup=False,
                      soft_wrap=True)
