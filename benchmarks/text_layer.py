"""What the Thai text layer costs: time inside its hook per certificate, against the whole.

Lays out a batch of certificates with Thai names (stamped layers, as `hria certify batch`
does) and times the hook that gives each glyph its cluster's code, inside the same run.

    python benchmarks/text_layer.py [-n 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from dataclasses import replace
from typing import Any

from hria.certificates.document import CertificateInput, render
from hria.criteria_sets import load
from hria.registry.model import Auditor, Body, CertificateRecord
from hria.rendering import text_layer

NAMES = ["สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน", "บริษัท นาดี น้ำใส จำกัด",
         "องค์การบริหารส่วนตำบลท่าน้ำ", "โรงเรียนบ้านนาขั้นต่ำ สำหรับพิสูจน์ท้องถิ่น"]


def certificates(n: int) -> list[CertificateInput]:
    body = Body("CB01", "สถาบันรับรองตัวอย่าง", "Example Certification Body", "", "k")
    auditor = Auditor("AUD-1", "สมศรี ใจดี", "CB01", ("government_agency",))
    record = CertificateRecord("CB01-2569-000001", "CB01", "AUD-1", "0994000123456", "x", "x", "sha256:00",
                               "gov@2026.1", "basic", 66.67, dt.date(2026, 11, 23), dt.date(2029, 11, 22),
                               "valid", "", "HRIA1.e30.c2ln")
    gov = load("gov").model
    return [CertificateInput(replace(record, organisation_name_th=f"{NAMES[i % 4]} {i}",
                                     organisation_name_en=f"Org {i}", serial=f"CB01-2569-{i:06d}"),
                             body, auditor, gov, "HRIA1.e30.c2ln") for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("-n", type=int, default=200)
    n = parser.parse_args().n
    spent = [0.0]
    assign = text_layer._assign_codes

    def timed(*args: Any) -> None:
        start = time.perf_counter()
        assign(*args)
        spent[0] += time.perf_counter() - start

    text_layer._assign_codes = timed  # type: ignore[assignment]
    items = certificates(n)
    render(items[:4])  # static layer and fonts loaded once, as in a batch
    spent[0] = 0.0
    start = time.perf_counter()
    render(items)
    total = time.perf_counter() - start
    print(f"{n} certificates: {total / n * 1000:.1f} ms each; text-layer hook {spent[0] / n * 1000:.2f} ms "
          f"each ({spent[0] / total:.1%} of the time)")


if __name__ == "__main__":
    main()
