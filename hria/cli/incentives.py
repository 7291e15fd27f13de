"""`hria registry incentives PROGRAMME -o list.csv` — the list a partner agency receives."""

from __future__ import annotations

from pathlib import Path

import typer

from hria.cli.common import Lang, LangOption, RegistryOption, console, open_location
from hria.cli.texts import say


def incentives(
    programme: str = typer.Argument(..., metavar="PROGRAMME"),
    output: Path = typer.Option(..., "-o", "--output"),
    programmes: Path = typer.Option(None, "--programmes"),
    registry: str = RegistryOption,
    lang: Lang = LangOption,
) -> None:
    import csv
    import io
    import json

    from hria.dashboard import incentives as programmes_data
    from hria.dashboard.records import AssessmentLog, kept_in
    from hria.registry.model import today as bangkok_today
    from hria.writing import spreadsheet_row, write_text_atomic

    chosen = programmes_data.programme(programme, programmes or programmes_data.BUNDLED)
    reg = open_location(registry)
    try:
        summaries = {}
        if kept_in(reg):
            log = AssessmentLog.of(reg)
            summaries = {s.assessment_hash: s for s in log.all()}
            log.close()
        rows = programmes_data.eligible(chosen, reg.certificates(), summaries, bangkok_today())
    finally:
        reg.close()
    if output.suffix.lower() == ".json":
        write_text_atomic(output, json.dumps({"programme": chosen.id, "example": chosen.example,
                                              "rows": rows}, ensure_ascii=False, indent=1) + "\n")
    else:
        buffer = io.StringIO()
        columns = list(rows[0]) if rows else ["programme", "serial"]
        writer = csv.DictWriter(buffer, fieldnames=columns)
        writer.writeheader()
        writer.writerows(spreadsheet_row(r) for r in rows)
        write_text_atomic(output, buffer.getvalue())
    note = say("incentives.example", lang.value) if chosen.example else ""
    console().print(say("incentives.wrote", lang.value, count=len(rows), programme=chosen.id, note=note,
                        path=output), markup=False)
