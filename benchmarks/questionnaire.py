"""Time to export and import the questionnaire of the largest criteria set, in every format.

Exports the self-assessment form of the set with the most criteria (blank and
prefilled with an answer to every question), imports the prefilled Excel and
YAML forms back, and prints the median of N runs of each.

    python benchmarks/questionnaire.py [--runs 5] [--lang th]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from hria import criteria_sets
from hria.models.assessment import Assessment
from hria.questionnaires import catalogue
from hria.questionnaires.export_pdf import export_pdf
from hria.questionnaires.export_xlsx import export_xlsx
from hria.questionnaires.export_yaml import export_yaml
from hria.questionnaires.form import Question, build_form
from hria.questionnaires.import_xlsx import import_xlsx
from hria.questionnaires.import_yaml import import_yaml


def every_answer(form_questions: list[Question], loaded: criteria_sets.LoadedSet) -> Assessment:
    cs = loaded.model
    return Assessment.model_validate({
        "schema_version": 1,
        "criteria_set": {"id": cs.id, "version": cs.version, "content_hash": loaded.content_hash},
        "organisation": {"name": {"th": "บริษัท ทดสอบ จำกัด", "en": "Test Co., Ltd."},
                         "type": cs.organisation_type, "province": "bangkok", "size": "large",
                         "registration_number": "0994000162341"},
        "assessor": {"name": "ผู้ทดสอบ", "organisation": "ฝ่ายกำกับดูแล"},
        "assessed_on": "2026-10-15",
        "answers": [{"criterion": q.id, "value": q.choices[-2].value if q.choices[-1].value is None
                     else q.choices[-1].value, "evidence": ["นโยบายฉบับที่ 1", "รายงานประจำปี 2568"],
                     "notes": "หมายเหตุทดสอบ"} for q in form_questions],
    })


def timed(runs: int, action: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lang", choices=["th", "en"], default="th")
    args = parser.parse_args()
    largest = max((criteria_sets.load_set_file(f.path) for f in criteria_sets.set_files()),
                  key=lambda s: len(s.model.criteria))
    form = build_form(catalogue.find(largest, "self_assessment"))
    answers = every_answer(form.questions, largest)
    print(f"{form.questionnaire.id}: {largest.ref}, {len(form.questions)} questions, "
          f"median of {args.runs} runs")
    with tempfile.TemporaryDirectory() as tmp:
        xlsx, yaml = Path(tmp) / "form.xlsx", Path(tmp) / "form.yaml"
        xlsx.write_bytes(export_xlsx(form, args.lang, answers))
        yaml.write_text(export_yaml(form, args.lang, answers)[0], encoding="utf-8")
        rows = [
            ("export xlsx (blank)", lambda: export_xlsx(form, args.lang)),
            ("export xlsx (prefilled)", lambda: export_xlsx(form, args.lang, answers)),
            ("export yaml (prefilled)", lambda: export_yaml(form, args.lang, answers)),
            ("export pdf (prefilled)", lambda: export_pdf(form, args.lang, answers)),
            ("import xlsx", lambda: import_xlsx(xlsx)),
            ("import yaml", lambda: import_yaml(yaml)),
        ]
        for name, action in rows:
            print(f"  {name:<26} {timed(args.runs, action):7.3f} s")


if __name__ == "__main__":
    main()
