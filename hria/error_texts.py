"""The bilingual catalogue of error texts, keyed by a stable code (Thai first, English).

Library code raises ``UsageError(code="file.missing", name=…)`` or builds
``Problem.said(file, line, col, "yaml.syntax", problem=…)``; the English text is the
exception's ``str`` (logs, tests), and the CLI shows ``in_(lang)`` in the language of the
run. Values are data (paths, ids, numbers) and are never translated.
"""

from __future__ import annotations

# code -> (Thai, English); {placeholders} are filled from the error's values.
ERRORS: dict[str, tuple[str, str]] = {
    # Files and the input boundary (hria/loading/limits.py, yaml_source.py).
    "file.not_found": ("ไม่พบไฟล์", "file not found"),
    "file.no_such": ("ไม่พบไฟล์: {name}", "no such file: {name}"),
    "file.folder": ("เป็นโฟลเดอร์ ไม่ใช่ไฟล์", "is a folder, not a file"),
    "file.not_regular": ("ไม่ใช่ไฟล์ปกติ (เป็นอุปกรณ์ FIFO หรือ socket) จึงไม่รับ",
                         "is not a regular file (a device, FIFO or socket); refused"),
    "file.over_limit": ("เกินขีดจำกัด {limit} ไบต์", "is over the limit of {limit} bytes"),
    "file.too_big": ("มีขนาด {size} ไบต์ เกินขีดจำกัด {limit}", "is {size} bytes; the limit is {limit}"),
    "file.not_utf8": ("ไม่ใช่ข้อความ UTF-8 (ไบต์ 0x{byte})", "not UTF-8 text (byte 0x{byte})"),
    "file.nul": ("มีอักขระ NUL ซึ่งไม่อนุญาตในข้อความ", "a NUL character is not allowed in text"),
    "file.control": ("มีอักขระควบคุม U+{char} ซึ่งไม่อนุญาตในข้อความ",
                     "control character U+{char} is not allowed in text"),
    "yaml.syntax": ("ไวยากรณ์ YAML ผิด ({problem})", "YAML syntax error: {problem}"),
    "yaml.error": ("อ่าน YAML ไม่ได้ ({problem})", "YAML error: {problem}"),
    "yaml.nested": ("ซ้อนกันลึกเกินไป", "nested too deeply"),
    "yaml.duplicate_key": ("คีย์ '{key}' ซ้ำ", "duplicate key '{key}'"),
    "yaml.duplicate": ("มีคีย์ซ้ำ", "duplicate key"),
    "input.nested": ("ข้อมูลซ้อนกันลึกเกินไป", "input nested too deeply"),
    # Fields of a file, from pydantic's validation (hria/loading/model_errors.py).
    "field.top_mapping": ("ต้นไฟล์ต้องเป็น mapping (คีย์: ค่า)", "expected a mapping at the top of the file"),
    "field.missing_th": ("ไม่มีข้อความภาษาไทย (th)", "missing Thai text (th)"),
    "field.missing_en": ("ไม่มีข้อความภาษาอังกฤษ (en)", "missing English text (en)"),
    "field.missing": ("ไม่มีช่อง '{field}' ซึ่งต้องมี", "missing required field '{field}'"),
    "field.unknown": ("ไม่รู้จักช่อง '{field}'", "unknown field '{field}'"),
    "field.empty_th": ("ข้อความภาษาไทยว่าง", "Thai text is empty"),
    "field.empty_en": ("ข้อความภาษาอังกฤษว่าง", "English text is empty"),
    "field.compare": ("{field} ต้อง {op} {limit} ไม่ใช่ {value}", "{field} must be {op} {limit}, not {value}"),
    "field.too_short": ("{field} ต้องมีอย่างน้อย {min} รายการ มี {actual}",
                        "{field} needs at least {min} item(s), has {actual}"),
    "field.too_long": ("{field} มีได้ไม่เกิน {max} รายการ มี {actual}",
                       "{field} takes at most {max} item(s), has {actual}"),
    "field.pattern": ("{field} {value} ไม่อยู่ในรูปแบบ {pattern}",
                      "{field} {value} is not of the form {pattern}"),
    "field.literal": ("{field} ต้องเป็น {expected} ไม่ใช่ {value}", "{field} must be {expected}, not {value}"),
    "field.tag_unknown": ("ไม่รู้จัก {discriminator} {tag} (ที่ใช้ได้: {expected})",
                          "unknown {discriminator} {tag}; expected {expected}"),
    "field.tag_missing": ("ไม่มี '{discriminator}'", "missing '{discriminator}'"),
    "field.other": ("{field}: ค่าไม่ถูกต้อง ({detail})", "{field}: {detail}"),
    # What a criteria author should still improve (hria/loading/authoring.py).
    "warning.evidence": ("คำเตือน: เกณฑ์ {criterion} มีหลักฐาน {count} รายการ ผู้ตรวจต้องมีอย่างน้อย {needed} "
                         "รายการเพื่อตรวจสอบไขว้",
                         "warning: criterion {criterion}: {count} evidence item; an auditor needs at least "
                         "{needed} to cross-check"),
    "warning.level_text": ("คำเตือน: เกณฑ์ {criterion} ไม่มีคำอธิบายระดับของตนเอง (สิ่งที่ผู้ตรวจต้องเห็นในแต่ละระดับ)",
                           "warning: criterion {criterion}: no level text of its own (what an auditor must "
                           "see at each value of the scale)"),
    "warning.legal_basis": ("คำเตือน: เกณฑ์ {criterion} ไม่มีอ้างอิงสนธิสัญญาหรือกฎหมายไทยสำหรับหน้าที่ของหน่วยงานรัฐ",
                            "warning: criterion {criterion}: no treaty or Thai-law reference for a state "
                            "body's duty"),
    # Criteria sets and questionnaires.
    "set.unknown": ("ไม่รู้จักชุดเกณฑ์ '{set}' (ที่มี: {known})", "unknown criteria set '{set}' (known: {known})"),
    "set.no_version": ("ชุดเกณฑ์ '{set}' ไม่มีฉบับ {version} (ฉบับที่มี: {versions})",
                       "criteria set '{set}' has no version {version} (versions: {versions})"),
    "set.no_criterion": ("{set} ไม่มีเกณฑ์ {criterion}", "{set} has no criterion {criterion}"),
    "questionnaire.none.auditor_interview": (
        "ไม่มีแบบสัมภาษณ์ของผู้ตรวจประเมินสำหรับ {set} (แบบสอบถามที่มี: {have})",
        "no auditor_interview questionnaire for {set} (questionnaires: {have})"),
    "questionnaire.none.self_assessment": (
        "ไม่มีแบบประเมินตนเองสำหรับ {set} (แบบสอบถามที่มี: {have})",
        "no self_assessment questionnaire for {set} (questionnaires: {have})"),
    "questionnaire.unknown": ("ไม่รู้จักแบบสอบถาม '{questionnaire}' ของ {set}",
                              "unknown questionnaire '{questionnaire}' for {set}"),
    "questionnaire.prefill_too_large": (
        "ทะเบียนผลกระทบของข้อมูลตั้งต้น ({count} รายการ) ใหญ่เกินกว่าจะใส่ในแบบฟอร์ม Excel ให้ส่งออกเป็น YAML แทน",
        "the prefill's impact register ({count} entries) is too large to carry in an Excel form; "
        "export YAML instead"),
    "questionnaire.sheet_missing": ("ไม่มีแผ่นงาน '{sheet}'", "the sheet '{sheet}' is missing"),
    # Keys (hria/signing.py, hria/pki.py).
    "key.exists": ("{path} มีอยู่แล้ว จึงไม่เขียนทับกุญแจ", "{path} already exists; refusing to overwrite a key"),
    "key.exists_any": ("{path} มีอยู่แล้ว จึงไม่เขียนทับกุญแจหรือใบรับรอง",
                       "{path} already exists; refusing to overwrite a key or certificate"),
    "key.no_private": ("ไม่พบกุญแจส่วนตัวที่ {path} (สร้างด้วย `hria keys init`)",
                       "no private key at {path} (create one with `hria keys init`)"),
    "key.no_private_at": ("ไม่พบกุญแจส่วนตัวที่ {path}", "no private key at {path}"),
    "key.no_public": ("ไม่พบกุญแจสาธารณะที่ {path}", "no public key at {path}"),
    "key.read_private": ("อ่านกุญแจส่วนตัว {path} ไม่ได้ ({detail})", "cannot read private key {path}: {detail}"),
    "key.read_public": ("อ่านกุญแจสาธารณะ {path} ไม่ได้ ({detail})", "cannot read public key {path}: {detail}"),
    "key.not_ed25519_private": ("{path} ไม่ใช่กุญแจส่วนตัว Ed25519", "{path} is not an Ed25519 private key"),
    "key.not_ed25519_public": ("{path} ไม่ใช่กุญแจสาธารณะ Ed25519", "{path} is not an Ed25519 public key"),
    "key.not_ecdsa": ("{path} ไม่ใช่กุญแจส่วนตัว ECDSA", "{path} is not an ECDSA private key"),
    "key.not_its_certificate": ("{certificate} ไม่ใช่ใบรับรองของกุญแจ {path}",
                                "{certificate} is not the certificate of the key {path}"),
    "key.read_certificate": ("อ่านใบรับรอง {path} ไม่ได้ ({detail})", "cannot read certificate {path}: {detail}"),
    "key.no_certificate": ("ไม่พบใบรับรองที่ {path}", "no certificate at {path}"),
    "scheme.unusable": ("{path}: ใช้เป็นไฟล์โครงการรับรองไม่ได้ ({detail})",
                        "{path}: not a usable scheme file ({detail})"),
    "scheme.other_root": ("{path}: ลงนามภายใต้ราก {root}… ไม่ใช่รากที่กำหนดไว้ {pinned}…",
                          "{path}: signed under root {root}…, not the pinned root {pinned}…"),
    "scheme.signature": ("{path}: ลายมือชื่อของไฟล์โครงการรับรองไม่ตรง (ถูกแก้ไข หรือลงนามด้วยรากอื่น)",
                         "{path}: the scheme file's signature does not match (edited, or another root)"),
    "scheme.not_draft": ("{path}: ไม่ใช่ร่างไฟล์โครงการรับรอง ({detail})",
                         "{path}: not a scheme draft ({detail})"),
    # Assessments and interview sessions.
    "session.missing": ("ไม่พบไฟล์การประเมิน: {path}", "no such session file: {path}"),
    "profile.other_type": ("{path}: องค์กรเป็นประเภท '{type}' แต่ {set} ใช้กับประเภท '{set_type}' "
                           "ให้เลือกชุดเกณฑ์ตามประเภทขององค์กร (--type หรือ --set)",
                           "{path}: the organisation is a '{type}' but {set} is for '{set_type}'; "
                           "choose the set for its type (--type or --set)"),
    "profile.subtype": ("{path}: ไม่รู้จักประเภทย่อย '{subtype}' ของ {set} (ประเภทย่อยที่มี: {known})",
                        "{path}: unknown subtype '{subtype}' for {set} (subtypes: {known})"),
    "assess.needs_terminal": ("hria assess ต้องใช้ในเทอร์มินัล สำหรับไฟล์ที่กรอกแล้วให้ใช้ hria score FILE",
                              "hria assess needs a terminal; for a filled file use hria score FILE"),
}

# What the CLI puts before a message, and how it says an OS error.
PREFIXES: dict[str, tuple[str, str]] = {
    "error": ("ข้อผิดพลาด", "error"),
    "warning": ("คำเตือน", "warning"),
    "interrupted": ("หยุดแล้ว", "interrupted"),
    "more_problems": ("… และอีก {more} ปัญหา (แสดง {shown} รายการแรก)",
                      "… and {more} more problems (the first {shown} are shown)"),
    "registry_db": ("ฐานข้อมูลทะเบียน: {detail}", "registry database: {detail}"),
}

# An OS error by its errno name ("os.ENOENT"); any other keeps the system's words.
ERRORS.update({f"os.{name}": texts for name, texts in {
    "ENOENT": ("ไม่พบไฟล์หรือโฟลเดอร์", "no such file or directory"),
    "EACCES": ("ไม่มีสิทธิ์เข้าถึง", "permission denied"),
    "EPERM": ("ไม่ได้รับอนุญาต", "operation not permitted"),
    "EISDIR": ("เป็นโฟลเดอร์", "is a directory"),
    "ENOTDIR": ("ส่วนหนึ่งของเส้นทางไม่ใช่โฟลเดอร์", "not a directory"),
    "ENOSPC": ("พื้นที่ดิสก์เต็ม", "no space left on device"),
    "EROFS": ("ระบบไฟล์อ่านได้อย่างเดียว", "read-only file system"),
    "ENAMETOOLONG": ("ชื่อไฟล์ยาวเกินไป", "file name too long"),
    "EEXIST": ("มีไฟล์นี้อยู่แล้ว", "file exists"),
}.items()})
ERRORS["os.other"] = ("ข้อผิดพลาดของระบบ ({reason})", "{reason}")


def error_text(code: str | None, lang: str, values: dict[str, str]) -> str:
    """The catalogue's text for ``code`` in ``lang``, its placeholders filled from ``values``."""
    th, en = ERRORS[code or ""]
    return (th if lang == "th" else en).format(**values)


def prefix(key: str, lang: str, **values: object) -> str:
    th, en = PREFIXES[key]
    return (th if lang == "th" else en).format(**values)
