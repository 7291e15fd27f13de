"""The reasons the registry writes itself, said in Thai.

They are kept in the event log and the certificates table in English, where they are part of
the hash chain and of the public list; whoever shows one to a person (``hria registry show``,
``hria verify``) says it in the run's language through ``reason_text``. Reasons a person typed
(``--reason``) are data and are shown as typed, also inside a reason the registry wrote
("surveillance visit failed: <typed>").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from hria.registry.model import ACCREDITATION_TH

KINDS_TH = {"complaint": "ร้องเรียน", "appeal": "อุทธรณ์"}
OUTCOMES_TH = {"upheld": "ฟังขึ้น", "dismissed": "ไม่ฟังขึ้น", "withdrawn": "ถอนเรื่อง"}

_DATE = r"(\d{4}-\d{2}-\d{2})"
_Said = Callable[[re.Match[str]], str]
# Every reason hria/registry/* writes (grep its _log, _change and status_reason calls).
_REASONS: list[tuple[re.Pattern[str], _Said]] = [(re.compile(p + "$", re.S), f) for p, f in (
    ("certification decision", lambda m: "คำตัดสินการรับรอง"),
    ("received", lambda m: "รับเรื่อง"),
    ("surveillance completed", lambda m: "ตรวจติดตามแล้ว"),
    ("superseded by a new certification decision", lambda m: "ถูกแทนที่ด้วยคำตัดสินการรับรองครั้งใหม่"),
    (r"superseded by (\S+)", lambda m: f"ถูกแทนที่ด้วย {m[1]}"),
    (f"expired on {_DATE}", lambda m: f"หมดอายุเมื่อ {m[1]}"),
    (r"re-issued: (.*)", lambda m: f"ออกใหม่: {m[1]}"),
    (r"re-issue: (.*)", lambda m: f"ออกใหม่แทนฉบับเดิม: {m[1]}"),
    (r"(complaint|appeal) (\d+) upheld: (.*)", lambda m: f"เรื่อง{KINDS_TH[m[1]]} {m[2]} ฟังขึ้น: {m[3]}"),
    (r"surveillance visit failed: (.*)", lambda m: f"ตรวจติดตามไม่ผ่าน: {m[1]}"),
    (f"surveillance overdue since {_DATE}", lambda m: f"เลยกำหนดตรวจติดตามตั้งแต่ {m[1]}"),
    (rf"signed with key (\S+), compromised from {_DATE}: (.*)",
     lambda m: f"ลงนามด้วยกุญแจ {m[1]} ซึ่งรั่วไหลตั้งแต่ {m[2]}: {m[3]}"),
    (r"accreditation of (\S+) (suspended|withdrawn|accredited): (.*)",
     lambda m: f"หน่วยรับรอง {m[1]} {ACCREDITATION_TH[m[2]]}: {m[3]}"),
    ("registration", lambda m: "ขึ้นทะเบียน"),
    ("accreditation", lambda m: "การรับรองผู้ตรวจประเมิน"),
    ("declared by the auditor", lambda m: "ผู้ตรวจประเมินประกาศเอง"),
    ("personal data erasure request", lambda m: "คำขอลบข้อมูลส่วนบุคคล"),
    ("schema upgrade", lambda m: "ปรับรุ่นโครงสร้างทะเบียน"),
    (r"moved from (.+)", lambda m: f"ย้ายมาจาก {m[1]}"),
)]


def reason_text(reason: str, lang: str) -> str:
    """A reason in ``lang``: one the registry wrote, said in Thai; one a person typed, as typed."""
    if lang == "th":
        for pattern, thai in _REASONS:
            if m := pattern.match(reason):
                return thai(m)
    return reason
