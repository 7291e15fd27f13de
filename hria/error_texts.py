"""The bilingual catalogue of error texts, keyed by a stable code (Thai first, English).

Library code raises ``UsageError(code="file.missing", name=…)`` or builds
``Problem.said(file, line, col, "yaml.syntax", problem=…)``; the English text is the
exception's ``str`` (logs, tests), and the CLI shows ``in_(lang)`` in the language of the
run. Values are data (paths, ids, numbers) and are never translated.
"""

from __future__ import annotations

from hria.error_texts_criteria import CRITERIA_ERRORS
from hria.error_texts_registry import REGISTRY_ERRORS

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
    "yaml.syntax": ("ไวยากรณ์ YAML ผิด: {problem_th}", "YAML syntax error: {problem}"),
    "yaml.error": ("อ่าน YAML ไม่ได้", "YAML error: {problem}"),
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
    "field.literal": ("{field} ต้องเป็น {expected_th} ไม่ใช่ {value}", "{field} must be {expected}, not {value}"),
    "field.tag_unknown": ("ไม่รู้จัก {discriminator} {tag} (ที่ใช้ได้: {expected})",
                          "unknown {discriminator} {tag}; expected {expected}"),
    "field.tag_missing": ("ไม่มี '{discriminator}'", "missing '{discriminator}'"),
    "field.other": ("{field}: ค่าไม่ถูกต้อง ({detail})", "{field}: {detail}"),
    # pydantic's own kinds of error: the English is pydantic's wording, the Thai says the same.
    **{f"field.{kind}": (f"{{field}}: {th}", "{field}: {detail}") for kind, th in {
        "string_too_short": "ต้องไม่ว่าง",
        "string_type": "ต้องเป็นข้อความ",
        "int_type": "ต้องเป็นจำนวนเต็ม",
        "int_parsing": "ต้องเป็นจำนวนเต็ม",
        "int_from_float": "ต้องเป็นจำนวนเต็ม",
        "float_type": "ต้องเป็นตัวเลข",
        "float_parsing": "ต้องเป็นตัวเลข",
        "bool_type": "ต้องเป็น true หรือ false",
        "bool_parsing": "ต้องเป็น true หรือ false",
        "date_type": "ต้องเป็นวันที่",
        "date_parsing": "ต้องเป็นวันที่",
        "date_from_datetime_parsing": "ต้องเป็นวันที่",
        "datetime_type": "ต้องเป็นวันและเวลา",
        "datetime_parsing": "ต้องเป็นวันและเวลา",
        "list_type": "ต้องเป็นรายการ",
        "dict_type": "ต้องเป็น mapping (คีย์: ค่า)",
        "model_type": "ต้องเป็น mapping (คีย์: ค่า)",
        "finite_number": "ต้องเป็นตัวเลขจำกัด",
    }.items()},
    # What a criteria author should still improve (hria/loading/authoring.py).
    "warning.evidence": ("คำเตือน: เกณฑ์ {criterion} มีหลักฐาน {count} รายการ ผู้ตรวจต้องมีอย่างน้อย {needed} "
                         "รายการเพื่อตรวจสอบไขว้",
                         "warning: criterion {criterion}: {count} evidence item; an auditor needs at least "
                         "{needed} to cross-check"),
    "warning.unstated_gate": ("คำเตือน: เกณฑ์ {criterion} เป็นเกณฑ์ที่ยอมให้ล้มเหลวไม่ได้แต่ไม่มี must_pass ของตนเอง "
                              "ให้เขียน must_pass: {{at_least: {gate}}} เพื่อให้ผู้อ่านเกณฑ์เห็นเกณฑ์ผ่าน",
                              "warning: criterion {criterion}: non-negotiable without a must_pass of its "
                              "own; write must_pass: {{at_least: {gate}}} so a reader of the criterion "
                              "sees its gate"),
    "warning.level_text": ("คำเตือน: เกณฑ์ {criterion} ไม่มีคำอธิบายระดับของตนเอง (สิ่งที่ผู้ตรวจต้องเห็นในแต่ละระดับ)",
                           "warning: criterion {criterion}: no level text of its own (what an auditor must "
                           "see at each value of the scale)"),
    "warning.legal_basis": ("คำเตือน: เกณฑ์ {criterion} ไม่มีอ้างอิงสนธิสัญญาหรือกฎหมายไทยสำหรับหน้าที่ของหน่วยงานรัฐ",
                            "warning: criterion {criterion}: no treaty or Thai-law reference for a state "
                            "body's duty"),
    # Values a model or a form refuses (InvalidValue).
    "value.not_yes_no": ("{value} ไม่ใช่ตัวเลือกที่มี (ใช่, ไม่ใช่)", "{value} is not one of the choices (yes, no)"),
    "value.not_a_choice": ("{value} ไม่ใช่ตัวเลือกที่มี ({choices})",
                           "{value} is not one of the choices ({choices})"),
    "value.not_whole": ("{value} ไม่ใช่จำนวนเต็ม", "{value} is not a whole number"),
    "value.answer_not_a_choice": ("คำตอบ {value} ของ {criterion} ไม่ใช่ตัวเลือกของข้อนี้ ({choices})",
                                  "answer {value} to {criterion} is not one of its choices ({choices})"),
    "value.province": ("ไม่รู้จักจังหวัด {value}: ระบุหนึ่งใน 77 จังหวัดด้วยรหัส ชื่อไทย หรือชื่ออังกฤษ "
                       "(เช่น chiang_mai, เชียงใหม่)",
                       "unknown province {value}: give one of the 77 provinces by id, Thai or English name "
                       "(e.g. chiang_mai, เชียงใหม่, Chiang Mai)"),
    "value.province_close": ("ไม่รู้จักจังหวัด {value} หมายถึง {close} หรือไม่",
                             "unknown province {value}: give one of the 77 provinces by id, Thai or English "
                             "name (e.g. chiang_mai, เชียงใหม่, Chiang Mai); did you mean {close}?"),
    "value.registration_digits": ("เลขทะเบียน {value} ต้องเป็นตัวเลข 13 หลัก (เว้นวรรคและขีดได้)",
                                  "registration number {value} must be 13 digits "
                                  "(spaces and dashes allowed)"),
    "value.registration_length": ("เลขทะเบียน {value} ต้องมี 13 หลัก แต่มี {count} หลัก",
                                  "registration number {value} must have 13 digits, has {count}"),
    "value.registration_check": ("เลขทะเบียน {value} เลขตรวจสอบไม่ถูกต้อง ตรวจดูว่าพิมพ์ผิดหรือไม่",
                                 "registration number {value} fails the Thai check digit; "
                                 "check it for a typo"),
    "value.size_mismatch": ("ขนาด {size} ไม่ตรงกับนิยามวิสาหกิจขนาดกลางและขนาดย่อม (พ.ศ. 2562): {sector} "
                            "ลูกจ้าง {staff} คน รายได้ {revenue} บาทต่อปี เป็นวิสาหกิจ{expected_th} "
                            "ให้แก้ขนาดหรือตัวเลข",
                            "size {size} does not match the Thai SME definition (B.E. 2562): {sector}, "
                            "{staff} "
                            "employees, {revenue} baht a year make a {expected} enterprise ({expected_th}); "
                            "correct the size or the figures"),
    "value.not_real_date": ("{value} ไม่ใช่วันที่ที่มีอยู่จริง", "{value} is not a real date ({detail})"),
    "value.date_form": ("ต้องเป็นวันที่ในรูป ปปปป-ดด-วว ไม่ใช่ {value}",
                        "expected a date written YYYY-MM-DD, not {kind} {value}"),
    "value.control": ("ใช้อักขระควบคุม U+{char} ตรงนี้ไม่ได้", "control character U+{char} is not allowed here"),
    "value.empty_text": ("ข้อความว่าง หรือมีแต่อักขระที่มองไม่เห็น", "text is empty or only invisible characters"),
    "value.markup": ("ชื่อต้องเป็นข้อความธรรมดา {markup} ดูเหมือนคำสั่งจัดรูปแบบเทอร์มินัล",
                     "names are plain text; {markup} looks like terminal markup"),
    "value.upr_number": ("เลขข้อเสนอแนะ UPR ต้องอยู่ในรูป 158.49 ไม่ใช่ {value}",
                         "UPR recommendation must look like 158.49, not {value}"),
    "value.article": ("ข้อต้องอยู่ในรูป 9 หรือ 9(3) ไม่ใช่ {value}", "article must look like 9 or 9(3), not {value}"),
    "value.symbol": ("เลขเอกสารต้องอยู่ในรูป CCPR/C/THA/CO/2 ไม่ใช่ {value}",
                     "symbol must look like CCPR/C/THA/CO/2, not {value}"),
    "value.sdg": ("เป้าหมาย SDG ต้องอยู่ในรูป 8.7 หรือ 16.b โดยเป้าหมายหลัก 1-17 ไม่ใช่ {value}",
                  "SDG target must look like 8.7 or 16.b with goal 1-17, not {value}"),
    "value.date": ("อ่านวันที่ '{text}' ไม่ได้: เขียนเช่น 2569-06-30, 30/06/2569 หรือ 30 มิ.ย. 2569 "
                   "(ปีเกิน 2400 คือ พ.ศ.)",
                   "cannot read the date '{text}': write e.g. 2026-06-30, 30/06/2569 or 30 มิ.ย. 2569 "
                   "(a year above 2400 is B.E.)"),
    "value.date_in": ("{where}: อ่านวันที่ '{text}' ไม่ได้: เขียนเช่น 2569-06-30, 30/06/2569 หรือ 30 มิ.ย. 2569 "
                      "(ปีเกิน 2400 คือ พ.ศ.)",
                      "{where}: cannot read the date '{text}': write e.g. 2026-06-30, 30/06/2569 or "
                      "30 มิ.ย. 2569 (a year above 2400 is B.E.)"),
    # Keys (hria/signing.py, hria/pki.py).
    "key.exists": ("{path} มีอยู่แล้ว จึงไม่เขียนทับกุญแจ", "{path} already exists; refusing to overwrite a key"),
    "key.exists_any": ("{path} มีอยู่แล้ว จึงไม่เขียนทับกุญแจหรือใบรับรอง",
                       "{path} already exists; refusing to overwrite a key or certificate"),
    "key.no_private": ("ไม่พบกุญแจส่วนตัวที่ {path} (สร้างด้วย `hria keys init`)",
                       "no private key at {path} (create one with `hria keys init`)"),
    "key.no_private_at": ("ไม่พบกุญแจส่วนตัวที่ {path}", "no private key at {path}"),
    "key.no_public": ("ไม่พบกุญแจสาธารณะที่ {path}", "no public key at {path}"),
    "key.read_private": ("อ่านกุญแจส่วนตัว {path} ไม่ได้: {why_th}", "cannot read private key {path}: {why}"),
    "key.read_public": ("อ่านกุญแจสาธารณะ {path} ไม่ได้: {why_th}", "cannot read public key {path}: {why}"),
    # {why} of the key and certificate reads: what cryptography said, in words a registrar acts on.
    "key.why.not_pem": ("ไม่ใช่ไฟล์ PEM ที่อ่านได้ (ไฟล์เสียหรือไม่ใช่ไฟล์กุญแจ)",
                        "not a readable PEM file (damaged, or not a key file)"),
    "key.why.needs_passphrase": ("กุญแจเข้ารหัสไว้ ตั้งรหัสผ่านใน HRIA_KEY_PASSPHRASE",
                                 "the key is encrypted; set its passphrase in HRIA_KEY_PASSPHRASE"),
    "key.why.wrong_passphrase": ("รหัสผ่านไม่ถูกต้อง", "the passphrase is wrong"),
    "key.why.not_encrypted": ("กุญแจไม่ได้เข้ารหัส จึงไม่ต้องใช้รหัสผ่าน (ลบ HRIA_KEY_PASSPHRASE)",
                              "the key is not encrypted and takes no passphrase (unset HRIA_KEY_PASSPHRASE)"),
    "key.why.unreadable": ("อ่านไฟล์ไม่ได้", "the file cannot be read"),
    "key.not_ed25519_private": ("{path} ไม่ใช่กุญแจส่วนตัว Ed25519", "{path} is not an Ed25519 private key"),
    "key.not_ed25519_public": ("{path} ไม่ใช่กุญแจสาธารณะ Ed25519", "{path} is not an Ed25519 public key"),
    "key.not_ecdsa": ("{path} ไม่ใช่กุญแจส่วนตัว ECDSA", "{path} is not an ECDSA private key"),
    "key.not_its_certificate": ("{certificate} ไม่ใช่ใบรับรองของกุญแจ {path}",
                                "{certificate} is not the certificate of the key {path}"),
    "key.read_certificate": ("อ่านใบรับรอง {path} ไม่ได้: {why_th}", "cannot read certificate {path}: {why}"),
    "key.no_certificate": ("ไม่พบใบรับรองที่ {path}", "no certificate at {path}"),
    "scheme.unusable": ("{path}: ใช้เป็นไฟล์โครงการรับรองไม่ได้ ({detail})",
                        "{path}: not a usable scheme file ({detail})"),
    "scheme.other_root": ("{path}: ลงนามภายใต้ราก {root}… ไม่ใช่รากที่กำหนดไว้ {pinned}…",
                          "{path}: signed under root {root}…, not the pinned root {pinned}…"),
    "scheme.signature": ("{path}: ลายมือชื่อของไฟล์โครงการรับรองไม่ตรง (ถูกแก้ไข หรือลงนามด้วยรากอื่น)",
                         "{path}: the scheme file's signature does not match (edited, or another root)"),
    "scheme.not_draft": ("{path}: ไม่ใช่ร่างไฟล์โครงการรับรอง ({detail})",
                         "{path}: not a scheme draft ({detail})"),
    # A certificate's signatures and payload (hria/certificates/pades.py, payload.py, hria/signing.py).
    "pdf.unsigned": ("ไฟล์ PDF ไม่ได้ลงนาม (ไม่มีลายมือชื่อ PAdES)", "the PDF is not signed (no PAdES signature)"),
    "pdf.two_signatures": ("ไฟล์ PDF มีลายมือชื่อมากกว่าหนึ่ง (ถูกแก้ไขหลังลงนาม)",
                           "the PDF carries more than one signature (changed after signing)"),
    "pdf.not_whole": ("ลายมือชื่อไม่ครอบคลุมทั้งไฟล์ (มีการเพิ่มหรือตัดไบต์หลังลงนาม)",
                      "the signature does not cover the whole file (bytes added or removed after signing)"),
    "pdf.byte_range": ("ช่วงไบต์ของลายมือชื่อไม่ตรงกับ /Contents",
                       "the signature's byte range does not frame its /Contents"),
    "pdf.not_hex": ("/Contents ของลายมือชื่อไม่ใช่เลขฐานสิบหก", "the signature's /Contents is not hexadecimal"),
    "pdf.padding": ("ส่วนเติมของ /Contents ไม่เป็นศูนย์ (มีไบต์ซ่อนหลังลายมือชื่อ)",
                    "the unused padding of the signature's /Contents is not zeros (bytes hidden after the "
                    "signature)"),
    "pdf.not_cms": ("/Contents ของลายมือชื่อไม่มีโครงสร้าง CMS",
                    "the signature's /Contents does not hold a CMS structure"),
    "pdf.signatures": ("ไฟล์ PDF มีลายมือชื่อ {count} รายการ ไม่ใช่หนึ่ง",
                       "the PDF carries {count} signatures, not one"),
    "pdf.unreadable": ("อ่านลายมือชื่อของไฟล์ PDF ไม่ได้", "the PDF signature cannot be read ({detail})"),
    "payload.signature": ("ลายมือชื่อไม่ตรง: ข้อมูลถูกแก้ไข หรือลงนามด้วยกุญแจอื่น",
                          "signature does not match: altered, or signed by another key"),
    "payload.not_signed": ("ไม่ใช่ข้อมูลที่ hria ลงนาม (ต้องอยู่ในรูป {prefix}.<ข้อมูล>.<ลายมือชื่อ>)",
                           "not an hria signed payload (expected {prefix}.<payload>.<signature>)"),
    "payload.not_text": ("ข้อมูลใบรับรอง: ไม่มี {field} ({key}) หรือไม่ใช่ข้อความ",
                         "certificate payload: {field} ({key}) is missing or not text"),
    "payload.score": ("ข้อมูลใบรับรอง: ไม่มีคะแนน ('sc') หรือไม่ใช่ตัวเลข",
                      "certificate payload: score ('sc') is missing or not a number"),
    "payload.version": ("ข้อมูลใบรับรอง: รุ่นรูปแบบ ('v') ไม่ใช่ {version}",
                        "certificate payload: format version ('v') is not {version}"),
    "payload.not_date": ("ข้อมูลใบรับรอง: ไม่มี {field} ({key}) หรือไม่ใช่วันที่",
                         "certificate payload: {field} ({key}) is missing or not a date"),
    "payload.too_long": ("ข้อความยาว {count} อักขระ ยาวเกินกว่าจะเป็นข้อมูลใบรับรอง",
                         "input of {count} characters is too long for a certificate payload"),
    "payload.not_payload": ("ไม่ใช่ข้อมูลใบรับรอง (HRIA1.<ข้อมูล>.<ลายมือชื่อ>) หรือ URL ตรวจสอบ ({count} อักขระ)",
                            "not a certificate payload (HRIA1.<payload>.<signature>) or verification URL "
                            "({count} characters)"),
    # Assessments and interview sessions.
    "session.missing": ("ไม่พบไฟล์การประเมิน: {path}", "no such session file: {path}"),
    "profile.other_type": ("{path}: องค์กรเป็นประเภท '{type}' แต่ {set} ใช้กับประเภท '{set_type}' "
                           "ให้เลือกชุดเกณฑ์ตามประเภทขององค์กร (--type หรือ --set)",
                           "{path}: the organisation is a '{type}' but {set} is for '{set_type}'; "
                           "choose the set for its type (--type or --set)"),
    "profile.subtype": ("{path}: ไม่รู้จักประเภทย่อย '{subtype}' ของ {set} (ประเภทย่อยที่มี: {known})",
                        "{path}: unknown subtype '{subtype}' for {set} (subtypes: {known})"),
    **{f"assess.no_terminal.{stream}": (
        f"hria assess เป็นการสัมภาษณ์แบบโต้ตอบและต้องใช้ในเทอร์มินัล แต่{th}ไม่ใช่เทอร์มินัล (ส่งผ่าน pipe หรือ CI) "
        "หากต้องการใช้แบบสคริปต์ ให้เขียนคำตอบลงไฟล์การประเมิน (ดู examples/) แล้วใช้ `hria score FILE`",
        f"hria assess is an interactive interview and needs a terminal, but {en} is not one (piped input "
        "or CI). For scripted use write the answers to an assessment file (see examples/) and run "
        "`hria score FILE`.") for stream, th, en in (("stdin", "ช่องรับข้อมูล (stdin)", "standard input"),
                                                     ("stdout", "ช่องแสดงผล (stdout)", "standard output"))},
    "assess.resume_options": ("--resume ทำต่อจากที่ค้างไว้ตามเดิม จึงใช้ --type, --profile และ -o ไม่ได้",
                              "--resume continues a session as it was: --type, --profile and -o do "
                              "not apply"),
    "assess.stopped": ("หยุดก่อนถึงคำถามแรก ไม่ได้บันทึกอะไรไว้",
                       "stopped before the first question; nothing was saved"),
    "assess.cannot_resume": ("ทำต่อจาก {file} ไม่ได้: ไม่ตรงกับชุดเกณฑ์ที่ใช้ตรวจ (ดูด้านบน) ให้ทำต่อด้วยชุดเกณฑ์ "
                             "ฉบับ และเนื้อหาเดียวกับที่เริ่มไว้ หรือเริ่มการประเมินใหม่",
                             "cannot resume {file}: it does not fit the criteria set it is checked against "
                             "(above); resume it with the set, version and content it was started with, or "
                             "start a new session"),
    "assess.unknown_type": ("ไม่รู้จักประเภทองค์กร '{type}' (ที่มี: {known})",
                            "unknown organisation type '{type}' (known: {known})"),
    "assess.set_or_type": ("ระบุ --set หรือ --type อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสอง", "give --set or --type, not both"),
    "assess.exists": ("{path} มีอยู่แล้ว: ทำต่อด้วย `hria assess --resume {path}` หรือเลือก -o อื่น",
                      "{path} already exists: continue it with `hria assess --resume {path}`, or choose "
                      "another -o"),
    # hria verify (what it reads) and the certificate PDF it opens.
    "verify.nothing_to_check": ("ไม่มีสิ่งที่ใช้ตรวจลายมือชื่อ: ระบุ --scheme (หรือ HRIA_SCHEME), --pubkey "
                                "หรือ --registry",
                                "nothing to check the signature with: give --scheme (or HRIA_SCHEME), "
                                "--pubkey or --registry"),
    "verify.no_registry": ("ไม่พบทะเบียนที่ {path}", "no registry at {path}"),
    "certificate.not_regular": ("{target}: ไม่ใช่ไฟล์ปกติ (ต้องเป็นไฟล์ PDF ของใบรับรอง)",
                                "{target}: not a regular file (a certificate PDF was expected)"),
    "certificate.unknown_target": ("{target} ไม่ใช่ไฟล์ PDF ของใบรับรอง ข้อมูลจาก QR หรือ URL หรือเลขที่ใบรับรอง "
                                   "(เมื่อระบุ --registry)",
                                   "{target} is not a certificate PDF, a QR payload or URL, or a serial "
                                   "(with --registry)"),
    "certificate.too_large": ("{target}: ใหญ่เกินกว่าจะเป็น PDF ของใบรับรอง ({size} ไบต์)",
                              "{target}: larger than a certificate PDF can be ({size} bytes)"),
    "certificate.unreadable": ("{target}: อ่านไม่ได้ ({reason})", "{target}: cannot read ({reason})"),
    "certificate.not_pdf": ("{target}: ไม่ใช่ไฟล์ PDF", "{target}: not a PDF"),
    "certificate.bad_pdf": ("{target}: เป็น PDF ที่อ่านไม่ได้ ({detail})",
                            "{target}: not a readable PDF ({detail})"),
    "certificate.no_payload": ("{target}: ไม่มีข้อมูลใบรับรอง hria ฝังอยู่ ({name}) จึงไม่ใช่ใบรับรองที่ hria ออก",
                               "{target}: no embedded hria certificate payload ({name})"),
    "certificate.bad_payload": ("{target}: อ่านข้อมูลใบรับรองที่ฝังอยู่ไม่ได้",
                                "{target}: the embedded certificate payload is not readable"),
}

ERRORS.update(CRITERIA_ERRORS)
ERRORS.update(REGISTRY_ERRORS)

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


def because(exc: BaseException) -> dict[str, str]:
    """``why`` and ``why_th`` for a key or certificate that cryptography would not load: its reason
    in words, never its English message or a URL to its FAQ."""
    said = str(exc)
    code = ("key.why.needs_passphrase" if "not given but private key is encrypted" in said
            else "key.why.not_encrypted" if "given but private key is not encrypted" in said
            else "key.why.wrong_passphrase" if "password" in said.lower()
            else "key.why.unreadable" if isinstance(exc, OSError)
            else "key.why.not_pem")
    return {"why": error_text(code, "en", {}), "why_th": error_text(code, "th", {})}


def prefix(key: str, lang: str, **values: object) -> str:
    th, en = PREFIXES[key]
    return (th if lang == "th" else en).format(**values)
