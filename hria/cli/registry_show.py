"""`hria registry show` for people: one certificate, its history, complaints and surveillance
visits, labelled in the run's language.

The reasons the registry writes itself ("surveillance overdue since …") are kept in the
event log in English, where they are part of its hash chain; they are said in Thai through
hria/registry/reasons.py. Reasons a person typed are data and shown as typed.
"""

from __future__ import annotations

from typing import Any

from hria.cli.common import markup_safe
from hria.registry.model import STATUS_TH
from hria.registry.reasons import KINDS_TH, OUTCOMES_TH, reason_text

FIELDS: dict[str, str] = {
    "serial": "เลขที่", "organisation_id": "รหัสองค์กร", "organisation_th": "ชื่อองค์กร",
    "organisation_en": "ชื่อภาษาอังกฤษ", "set": "ชุดเกณฑ์", "level": "ระดับ", "score": "คะแนน",
    "issued_on": "ออกเมื่อ", "expires_on": "หมดอายุ", "status": "สถานะ", "status_reason": "เหตุผล",
    "body": "หน่วยรับรอง", "key_id": "รหัสกุญแจ", "supersedes": "แทนฉบับ", "surveillance_due": "ตรวจติดตาม",
}

EVENTS = {
    "certificate.issued": "ออกใบรับรอง", "certificate.valid": "กลับมาใช้ได้", "certificate.suspended": "พักใช้",
    "certificate.revoked": "เพิกถอน", "certificate.superseded": "ถูกแทนที่", "certificate.expired": "หมดอายุ",
    "complaint.opened": "รับเรื่องร้องเรียน", "appeal.opened": "รับเรื่องอุทธรณ์",
    "complaint.closed": "ปิดเรื่องร้องเรียน", "appeal.closed": "ปิดเรื่องอุทธรณ์",
    "surveillance.completed": "ตรวจติดตามแล้ว",
}
KINDS = KINDS_TH
OUTCOMES: dict[str | None, str] = {None: "ยังไม่ปิด"}
OUTCOMES.update(OUTCOMES_TH)
RESULTS = {"passed": "ผ่าน", "failed": "ไม่ผ่าน"}

def show_lines(record: dict[str, Any], history: list[dict[str, Any]], complaints: list[dict[str, Any]],
               visits: list[dict[str, Any]], level: str, lang: str) -> list[str]:
    """The Rich lines of `registry show`: fields, then history, complaints and visits."""
    th = lang == "th"
    lines = []
    for key, value in record.items():
        if key == "signed":
            continue
        if key == "level":
            value = level
        elif th and key == "status":
            value = STATUS_TH.get(value, value)
        elif key == "status_reason":
            value = reason_text(value or "", lang)
        elif value is None:
            value = "-"
        label = FIELDS.get(key, key) if th else key
        lines.append(f"[dim]{label:>16}[/dim]  {markup_safe(value)}")
    for h in history:
        kind = EVENTS.get(h["kind"], h["kind"]) if th else h["kind"]
        by, why = markup_safe(str(h.get("by", "?"))), markup_safe(reason_text(str(h.get("reason", "")), lang))
        lines.append(f"[dim]{h['at']}[/dim] {markup_safe(kind)} {'โดย' if th else 'by'} {by}: {why}")
    for c in complaints:
        if th:
            kind, outcome = KINDS.get(c["kind"], c["kind"]), OUTCOMES.get(c["outcome"], c["outcome"])
            lines.append(markup_safe(f"เรื่อง{kind} {c['id']} รับเมื่อ {c['received_on']}: {outcome}"))
        else:
            outcome = c["outcome"] or "open"
            lines.append(markup_safe(f"{c['kind']} {c['id']} received {c['received_on']}: {outcome}"))
    for v in visits:
        if th:
            lines.append(markup_safe(f"ตรวจติดตาม {v['visited_on']}: {RESULTS.get(v['result'], v['result'])} "
                                     f"({v['auditor']})"))
        else:
            lines.append(markup_safe(f"surveillance {v['visited_on']}: {v['result']} ({v['auditor']})"))
    return lines
