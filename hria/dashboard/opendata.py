"""Open data: each figure of the dashboard as CSV and JSON at a stable path, with a data dictionary.

Paths never change between builds (``data/<table>.csv`` and ``.json``, ``data/dashboard.json``
with every table, ``data/public-list.json`` signed), so others can build on them. CSV cells
that a spreadsheet would run are written as text (``hria.writing.spreadsheet_row``); an empty
count is a hidden one (fewer than 3 organisations, or hidden so a total does not give one away).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from hria.dashboard.figures import Figures, Table
from hria.writing import spreadsheet_row, write_text_atomic

FORMAT = "hria-dashboard/1"

COLUMNS: dict[str, tuple[str, str]] = {
    "fiscal_year": ("ปีงบประมาณ (พ.ศ., ต.ค.–ก.ย.)", "Thai fiscal year (B.E., October–September)"),
    "new": ("องค์กรที่ใช้เครื่องมือครั้งแรกในปีนั้น", "Organisations with their first recorded assessment that year"),
    "cumulative": ("จำนวนองค์กรสะสม (ตัวชี้วัด 2.2)", "Cumulative organisations (indicator 2.2)"),
    "target": ("ค่าเป้าหมายสะสมตามแผน (ว่าง: ไม่มี)", "The plan's cumulative target (empty: none)"),
    "met": ("ถึงเป้าหมายหรือไม่", "Whether the target is met"),
    "organisation_type": ("ประเภทองค์กร", "Organisation type (vocabulary id)"),
    "basic": ("ใบรับรองที่ใช้ได้ ระดับพื้นฐาน", "Valid certificates, level basic"),
    "good": ("ใบรับรองที่ใช้ได้ ระดับดี", "Valid certificates, level good"),
    "excellent": ("ใบรับรองที่ใช้ได้ ระดับดีเยี่ยม", "Valid certificates, level excellent"),
    "total": ("รวม", "Total"),
    "status": ("สถานะใบรับรอง", "Certificate status (valid, suspended, revoked, superseded, expired)"),
    "certificates": ("จำนวนใบรับรอง", "Number of certificates"),
    "province": ("จังหวัด (รหัส)", "Province id (hria.models.provinces)"),
    "set": ("ชุดเกณฑ์", "Criteria set (id, or id@version)"),
    "criterion": ("รหัสเกณฑ์", "Criterion id"),
    "assessments_failing": ("จำนวนการประเมินที่ไม่ผ่านเกณฑ์นี้", "Assessments that failed this gate"),
    "assessments": ("จำนวนการประเมินของชุดเกณฑ์", "Assessments against the set (latest per organisation)"),
    "domain": ("มิติสิทธิ", "Rights domain id"),
    "average_score": ("คะแนนเฉลี่ย 0–100", "Average domain score 0–100"),
    "organisations": ("จำนวนองค์กร", "Number of organisations"),
    "due": ("ครบกำหนดตรวจติดตาม (เดือน ค.ศ. หรือ overdue)", "Surveillance due (month YYYY-MM, or overdue)"),
    "theme": ("ประเด็นสิทธิ", "Rights theme id"),
    "name_th": ("ชื่อภาษาไทย", "Name in Thai"),
    "name_en": ("ชื่อภาษาอังกฤษ", "Name in English"),
    "criteria": ("จำนวนเกณฑ์ที่ครอบคลุม", "Number of criteria that address it"),
    "cycle": ("รอบ UPR", "UPR cycle"),
    "body": ("คณะกรรมการตามสนธิสัญญา", "Treaty body"),
    "symbol": ("เลขเอกสาร", "Document symbol"),
    "paragraph": ("ย่อหน้า", "Paragraph"),
    "number": ("เลขข้อเสนอแนะ", "Recommendation number"),
    "state": ("ประเทศที่เสนอ", "Recommending state"),
    "response": ("ท่าทีของไทย", "Thailand's response"),
    "serial": ("เลขที่ใบรับรอง", "Certificate serial number"),
    "organisation_th": ("ชื่อองค์กร (ไทย)", "Organisation name (Thai)"),
    "organisation_en": ("ชื่อองค์กร (อังกฤษ)", "Organisation name (English)"),
    "level": ("ระดับการรับรอง", "Certification level"),
    "score": ("คะแนนรวม 0–100", "Overall score 0–100"),
    "issued_on": ("วันที่ออก (ค.ศ.)", "Issue date (ISO, Common Era)"),
    "expires_on": ("วันหมดอายุ (ค.ศ.)", "Expiry date (ISO, Common Era)"),
    "programme": ("มาตรการจูงใจ", "Incentive programme id"),
    "example": ("เป็นตัวอย่าง (ยังไม่มีมาตรการจริง)", "An example (no real programme yet)"),
    "partner_th": ("หน่วยงานพันธมิตร", "Partner agency (Thai)"),
    "partner_en": ("หน่วยงานพันธมิตร (อังกฤษ)", "Partner agency (English)"),
    "minimum_level": ("ระดับขั้นต่ำ", "Minimum level"),
    "eligible": ("องค์กรที่มีสิทธิ", "Eligible organisations"),
}

TABLES: dict[str, tuple[str, str]] = {
    "indicator-2-2": ("ตัวชี้วัด 2.2 จำนวนหน่วยงานที่นำเครื่องมือไปใช้ (สะสม) ตามปีงบประมาณ",
                      "Indicator 2.2: organisations that use the tool (cumulative), by fiscal year"),
    "certificates-by-type-level": ("ใบรับรองที่ใช้ได้ ตามประเภทองค์กรและระดับ",
                                   "Valid certificates by organisation type and level"),
    "certificates-by-status": ("ใบรับรองทั้งหมดตามสถานะ", "All certificates by status"),
    "certificates-by-province": ("ใบรับรองที่ใช้ได้ตามจังหวัด", "Valid certificates by province"),
    "failed-criteria": ("เกณฑ์ที่ไม่ผ่านบ่อยที่สุด", "The criteria most often failed"),
    "domain-scores": ("คะแนนเฉลี่ยรายมิติ ต่ำสุดก่อน", "Average domain scores, weakest first"),
    "surveillance": ("การตรวจติดตามที่ครบกำหนดและเลยกำหนด", "Surveillance due and overdue"),
    "upr-themes": ("ประเด็นสิทธิที่เกณฑ์ขององค์กรที่ได้รับการรับรองครอบคลุม",
                   "Rights themes the certified organisations' criteria address"),
    "upr-recommendations": ("ข้อเสนอแนะ UPR ที่เกณฑ์อ้างถึง", "UPR recommendations the criteria cite"),
    "treaty-observations": ("ข้อสังเกตเชิงสรุปของคณะกรรมการตามสนธิสัญญาที่เกณฑ์อ้างถึง",
                            "Treaty bodies' concluding observations the criteria cite"),
    "incentive-programmes": ("มาตรการจูงใจ", "Incentive programmes"),
    "certified-organisations": ("องค์กรที่ได้รับการรับรองและเปิดเผยชื่อ",
                                "Certified organisations that may be named"),
}


def csv_text(table: Table) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(table.columns), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(spreadsheet_row({k: "" if v is None else v for k, v in r.items()}) for r in table.rows)
    return buffer.getvalue()


def dictionary() -> dict[str, Any]:
    return {"format": FORMAT,
            "hidden": {"th": "ค่าว่าง (CSV) หรือ null (JSON) คือค่าที่ปิดไว้: น้อยกว่า 3 องค์กร "
                             "หรือปิดเพื่อไม่ให้คำนวณย้อนจากผลรวมได้",
                       "en": "An empty cell (CSV) or null (JSON) is hidden: fewer than 3 organisations, or "
                             "hidden so that a total does not give such a cell away"},
            "tables": {name: {"th": th, "en": en, "csv": f"data/{name}.csv", "json": f"data/{name}.json"}
                       for name, (th, en) in TABLES.items()},
            "columns": {k: {"th": th, "en": en} for k, (th, en) in COLUMNS.items()}}


def write(out: Path, figures: Figures, meta: dict[str, Any]) -> list[str]:
    """Write every table as CSV and JSON under ``out``/data; returns the paths written."""
    data = out / "data"
    written = []
    for name, table in figures.tables.items():
        write_text_atomic(data / f"{name}.csv", csv_text(table))
        doc = {"format": FORMAT, "table": name, **meta, **table.as_json()}
        write_text_atomic(data / f"{name}.json", json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
        written += [f"data/{name}.csv", f"data/{name}.json"]
    everything = {"format": FORMAT, **meta, "tables": {n: t.as_json() for n, t in figures.tables.items()}}
    write_text_atomic(data / "dashboard.json", json.dumps(everything, ensure_ascii=False) + "\n")
    write_text_atomic(data / "dictionary.json", json.dumps(dictionary(), ensure_ascii=False, indent=1) + "\n")
    return [*written, "data/dashboard.json", "data/dictionary.json"]
