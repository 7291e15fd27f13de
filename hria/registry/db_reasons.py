"""Why a registry database said no, in the run's language.

The driver's own words (psycopg, SQLite) are English and may name a host or a role; a Thai run
says the reason from this module instead, and the driver's first line stays in English output
only. A password never appears: URLs are shown through ``postgres.safe_url`` and the drivers
do not repeat one in their messages.
"""

from __future__ import annotations

import re

from hria.error_texts import error_text

# What PostgreSQL or the network answers when hria cannot connect, by the driver's wording
# (no SQLSTATE: the server never answered) or by SQLSTATE (it did).
_CONNECT_WORDS: tuple[tuple[str, str], ...] = (
    ("fatal:  database \"", "no_database"),  # … does not exist
    ("fatal:  role \"", "no_role"),  # … does not exist
    ("too many clients", "too_many"),
    ("the database system is starting up", "starting"),
    ("the database system is shutting down", "starting"),
    ("connection refused", "refused"),
    ("failed to resolve host", "host_unknown"),
    ("could not translate host name", "host_unknown"),
    ("name or service not known", "host_unknown"),
    ("no such file or directory", "no_socket"),
    ("timeout expired", "timeout"),
    ("timed out", "timeout"),
    ("network is unreachable", "unreachable"),
    ("no route to host", "unreachable"),
    ("password authentication failed", "auth"),
    ("no password supplied", "no_password"),
    ("no pg_hba.conf entry", "not_allowed"),
    ("invalid uri query parameter", "url_param"),
    ("invalid connection option", "url_param"),
    ("invalid integer value", "url_form"),
    ("invalid percent-encoded", "url_form"),
    ("missing \"=\"", "url_form"),
    ("invalid sslmode", "url_form"),
    ("ssl", "ssl"),
)
_SQLSTATE: dict[str, str] = {
    "28P01": "auth", "28000": "not_allowed", "3D000": "no_database", "53300": "too_many",
    "57P03": "starting", "57P01": "shutdown", "57P02": "shutdown", "57014": "cancelled",
    "42P01": "no_table", "42883": "no_table", "40001": "conflict", "40P01": "conflict",
    "25006": "read_only", "53100": "disk", "53200": "memory",
}
_SQLSTATE_CLASS: dict[str, str] = {"08": "connection", "53": "resources", "57": "shutdown", "58": "system"}


def pg_kind(exc: Exception) -> str:
    """The kind of failure psycopg's ``exc`` stands for (``pg.<kind>`` in the catalogue): by
    SQLSTATE when the server answered, else by the driver's words."""
    state = str(getattr(exc, "sqlstate", None) or "")
    kind = _SQLSTATE.get(state) or _SQLSTATE_CLASS.get(state[:2])
    if state == "28000" and "does not exist" in str(exc):
        kind = "no_role"
    if kind is None:
        lowered = str(exc).lower()
        kind = next((k for words, k in _CONNECT_WORDS if words in lowered), "other")
    return kind


def pg_reason(exc: Exception) -> str:
    """The Thai reason for psycopg's ``exc``."""
    state = str(getattr(exc, "sqlstate", None) or "")
    return error_text(f"pg.{pg_kind(exc)}", "th", {"state": f" (SQLSTATE {state})" if state else ""})


# What hria's own triggers and functions say when a row may not change (schema_sqlite.py,
# schema_postgres.py): fixed English in the schema, said in Thai here.
_REFUSALS_TH: dict[str, str] = {
    "a body identity is append-only": "ตัวตนของหน่วยรับรองแก้ไขทับไม่ได้ (เพิ่มได้อย่างเดียว)",
    "keys are append-only": "กุญแจแก้ไขทับไม่ได้ (เพิ่มได้อย่างเดียว)",
    "the event log is append-only": "บันทึกเหตุการณ์แก้ไขหรือลบไม่ได้ (เพิ่มได้อย่างเดียว)",
    "an issued certificate is not rewritten (re-issue it)": "ใบรับรองที่ออกแล้วแก้ไขทับไม่ได้ (ให้ออกใหม่)",
    "revoked and superseded are final": "สถานะเพิกถอนและถูกแทนที่เป็นที่สุดแล้ว",
    "an accreditation is not rewritten": "การรับรองผู้ตรวจแก้ไขทับไม่ได้",
    "assessment summaries are append-only": "สรุปผลการประเมินแก้ไขหรือลบไม่ได้ (เพิ่มได้อย่างเดียว)",
    "the event log's head does not match its content; the log was altered":
        "หัวของบันทึกเหตุการณ์ไม่ตรงกับเนื้อหา: บันทึกถูกแก้ไข",
}
_KEPT = re.compile(r"(bodies|body_keys|keys|auditors|certificates) are never deleted")
_KEPT_TH = {"bodies": "หน่วยรับรอง", "body_keys": "กุญแจ", "keys": "กุญแจ", "auditors": "ผู้ตรวจประเมิน",
            "certificates": "ใบรับรอง"}


def refusal_th(text: str) -> str:
    """A refusal of hria's schema in Thai; any other database refusal in a Thai frame with
    the database's words (a constraint's name, which only a developer acts on)."""
    said = _REFUSALS_TH.get(text.strip())
    if said is not None:
        return said
    kept = _KEPT.fullmatch(text.strip())
    if kept:
        return f"{_KEPT_TH[kept[1]]}ลบไม่ได้"
    for pattern, thai in _CONSTRAINTS:
        found = pattern.search(text)
        if found:
            return thai.format(*found.groups())
    return f"ข้อมูลขัดกับข้อกำหนดของฐานข้อมูล ({text})"


# A broken constraint, as SQLite and PostgreSQL word it; the constraint's name is kept.
_CONSTRAINTS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), th) for p, th in (
    (r"UNIQUE constraint failed: (\S+)", "ซ้ำกับข้อมูลที่มีอยู่แล้ว ({})"),
    (r'duplicate key value violates unique constraint "([^"]+)"', "ซ้ำกับข้อมูลที่มีอยู่แล้ว ({})"),
    (r"NOT NULL constraint failed: (\S+)", "ไม่มีค่าที่ต้องมี ({})"),
    (r'null value in column "([^"]+)"', "ไม่มีค่าที่ต้องมี ({})"),
    (r"FOREIGN KEY constraint failed()", "อ้างถึงข้อมูลที่ไม่มีอยู่{}"),
    (r'violates foreign key constraint "([^"]+)"', "อ้างถึงข้อมูลที่ไม่มีอยู่ ({})"),
    (r"CHECK constraint failed: (\S+)", "ค่าไม่ผ่านข้อกำหนด ({})"),
    (r'violates check constraint "([^"]+)"', "ค่าไม่ผ่านข้อกำหนด ({})"),
))

# SQLite's words for a file it cannot use, said in Thai (the English output keeps SQLite's).
_SQLITE: tuple[tuple[str, str], ...] = (
    ("unable to open database file", "เปิดไฟล์ฐานข้อมูลไม่ได้ (ไม่มีโฟลเดอร์ หรือไม่มีสิทธิ์)"),
    ("database is locked", "ฐานข้อมูลถูกล็อกโดยโปรแกรมอื่น ให้รอแล้วลองใหม่"),
    ("no such table", "ไฟล์ไม่มีตารางของทะเบียน hria"),
    ("readonly", "ฐานข้อมูลอ่านได้อย่างเดียว"),
    ("disk i/o", "อ่านหรือเขียนดิสก์ไม่ได้"),
    ("full", "ดิสก์เต็ม"),
    ("not a database", "ไม่ใช่ฐานข้อมูล SQLite"),
    ("malformed", "ไฟล์ฐานข้อมูลเสียหาย"),
)


def sqlite_reason(text: str) -> str:
    """SQLite's reason in Thai; an unknown one keeps SQLite's words in a Thai frame."""
    lowered = text.lower()
    return next((th for words, th in _SQLITE if words in lowered), f"SQLite แจ้งว่า: {text}")
