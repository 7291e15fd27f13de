"""The error catalogue's registry texts (hria/registry/*, the registry and dashboard commands):
what is not there, what cannot be opened, the event log. Merged into ``hria.error_texts.ERRORS``."""

from __future__ import annotations

# code -> (Thai, English); {placeholders} are filled from the error's values.
REGISTRY_ERRORS: dict[str, tuple[str, str]] = {
    "registry.empty_file": ("ไม่มีทะเบียนที่ {where} (เป็นไฟล์ว่าง)", "no registry at {where} (an empty file)"),
    "registry.not_found": ("ไม่มีทะเบียนที่ {where} (คำสั่ง hria registry add-body เป็นผู้สร้างทะเบียน)",
                           "no registry at {where} (hria registry add-body creates one)"),
    # The registry (hria/registry/*): what is not there, what cannot be opened, the event log.
    "registry.unknown_body": ("ไม่รู้จักหน่วยรับรอง '{body}' (ลงทะเบียนด้วย `hria registry add-body`)",
                              "unknown certification body '{body}' (register it with "
                              "`hria registry add-body`)"),
    "registry.no_key": ("หน่วยรับรอง {body} ไม่มีกุญแจ {key}", "body {body} has no key {key}"),
    "registry.unknown_auditor": ("ไม่รู้จักผู้ตรวจประเมิน '{auditor}'", "unknown auditor '{auditor}'"),
    "registry.no_certificate": ("ไม่มีใบรับรองเลขที่ {serial} ใน {location}",
                                "no certificate with serial {serial} in {location}"),
    "registry.no_complaint": ("ไม่มีเรื่องร้องเรียนหมายเลข {complaint}", "no complaint {complaint}"),
    "registry.folder": ("{where}: เป็นโฟลเดอร์ ไม่ใช่ไฟล์ทะเบียน", "{where}: is a folder, not a registry file"),
    "registry.read_only": ("{where}: ทะเบียนอ่านได้อย่างเดียว ไม่ได้เขียนอะไรลงไป",
                           "{where}: the registry is read-only; nothing was written"),
    "registry.schema_newer": ("ทะเบียน {where} ใช้โครงสร้างรุ่น {version} ใหม่กว่าที่ hria รุ่นนี้รู้จัก ({known}) "
                              "ให้ปรับรุ่น hria",
                              "registry {where} has schema {version}, newer than this hria understands "
                              "({known}); upgrade hria"),
    "registry.sqlite_read_only": ("{where}: ทะเบียนอ่านได้อย่างเดียว ({detail})",
                                  "{where}: the registry is read-only ({detail})"),
    "registry.disk": ("{where}: เขียนไม่ได้ (ดิสก์เต็มหรือเสีย) ไม่ได้เขียนอะไรลงไป ({detail})",
                      "{where}: could not write (disk full or failing); nothing was written ({detail})"),
    "registry.not_database": ("{where}: ไม่ใช่ทะเบียนของ hria (ฐานข้อมูล SQLite) ({detail})",
                              "{where}: not an hria registry (SQLite database) ({detail})"),
    "registry.unusable": ("{where}: ใช้ทะเบียนไม่ได้ ({detail})", "{where}: cannot use the registry ({detail})"),
    "registry.log_unlinked": ("เหตุการณ์ที่ {seq}: ไม่ต่อจากเหตุการณ์ก่อนหน้า",
                              "event {seq}: does not follow the event before it"),
    "registry.log_altered": ("เหตุการณ์ที่ {seq}: เนื้อหาไม่ตรงกับค่าแฮช",
                             "event {seq}: content does not match its hash"),
    "registry.head_missing": ("หัวสาย {head} ที่เคยเผยแพร่ไม่อยู่ในบันทึกนี้: ประวัติถูกเขียนใหม่ "
                              "หรือไม่ใช่บันทึกที่เผยแพร่ไว้",
                              "the published head {head} is not in this log: history was rewritten "
                              "or the log is not the one published"),
    "registry.list_foreign": ("{path}: ลายมือชื่อของรายการไม่ตรงกับกุญแจของหน่วยรับรองใดในทะเบียนนี้ "
                              "(ถูกแก้ไข หรือเป็นรายการของทะเบียนอื่น)",
                              "{path}: the list's signature does not match a body key in this registry "
                              "(edited, or another registry's list)"),
    "registry.list_no_head": ("{path}: รายการไม่มีหัวสายบันทึกเหตุการณ์",
                              "{path}: the list carries no event-log head"),
    "registry.pg_superuser": ("{where}: init-postgres ต้องใช้ผู้ดูแลฐานข้อมูล (บทบาท superuser)",
                              "{where}: init-postgres needs the database administrator (a superuser role)"),
    "registry.pg_ready": ("โครงสร้างรุ่น {version} พร้อมใช้ที่ {where}", "schema {version} ready at {where}"),
    "registry.pg_role": ("บทบาท {login} ({group})", "role {login} ({group})"),
    "registry.pg_body_role": ("บทบาท {login} ({group} ของ {body})", "role {login} ({group} for {body})"),
    "registry.no_sqlite": ("{where}: ไม่พบทะเบียน SQLite", "{where}: no such SQLite registry"),
    "registry.target_not_empty": ("{where}: ทะเบียนปลายทางมีข้อมูลอยู่แล้ว ไม่ได้คัดลอกอะไร",
                                  "{where}: the target registry is not empty; nothing was copied"),
    "registry.pg_no_right_detail": ("{where}: บทบาทนี้ไม่มีสิทธิ์ทำเช่นนั้น ({detail})",
                                    "{where}: this role has no right to do that ({detail})"),
    "registry.pg_no_right": ("{where}: บทบาทนี้ไม่มีสิทธิ์ทำเช่นนั้น", "{where}: this role has no right to do that"),
    "registry.pg_error": ("{where}: ฐานข้อมูลทะเบียนแจ้งข้อผิดพลาด ({detail})", "{where}: {detail}"),
    "registry.pg_unreachable": ("{where}: ติดต่อทะเบียนไม่ได้ ({detail})",
                                "{where}: cannot reach the registry ({detail})"),
    "registry.pg_schema_older": ("{where}: ทะเบียนใช้โครงสร้างรุ่น {version} แต่ hria รุ่นนี้ต้องการรุ่น {needed} "
                                 "ให้ผู้ดูแลรัน `hria registry init-postgres`",
                                 "{where}: registry schema {version}, this hria needs {needed}; run "
                                 "`hria registry init-postgres` as the admin"),
    "registry.pg_schema_newer": ("{where}: ทะเบียนใช้โครงสร้างรุ่น {version} ใหม่กว่าที่ hria รุ่นนี้รู้จัก ({known}) "
                                 "ให้ปรับรุ่น hria",
                                 "{where}: registry schema {version} is newer than this hria understands "
                                 "({known}); upgrade hria"),
    "registry.upgrade_broke": ("{where}: การปรับรุ่นทะเบียนทำให้การอ้างอิงเสีย",
                               "{where}: upgrading the registry broke a reference"),
    "batch.folder_needs": ("โฟลเดอร์ของการประเมินต้องระบุ --body และ --auditor",
                           "a folder of assessments needs --body and --auditor"),
    "batch.not_csv": ("{path}: ไม่ใช่ไฟล์รายการแบบ CSV ({detail})", "{path}: not a CSV manifest ({detail})"),
    "batch.row_needs": ("{path}:{line}: ต้องมี assessment, body และ auditor",
                        "{path}:{line}: needs assessment, body and auditor"),
    "registry.log_no_issue": ("ใบรับรอง {serial}: ไม่มีเหตุการณ์ออกใบรับรองในบันทึก (ถูกเพิ่มด้วยมือ?)",
                              "certificate {serial}: no issue event in the log (inserted by hand?)"),
    "registry.log_status_differs": ("ใบรับรอง {serial}: ตารางระบุสถานะ{status_th} แต่บันทึกเหตุการณ์ระบุสถานะ"
                                    "{logged_th} (ถูกแก้ไขด้วยมือ?)",
                                    "certificate {serial}: status {status} in the table, but the event log "
                                    "says {logged} (edited by hand?)"),
    "public_list.bad": ("{path}: ไม่ใช่รายการใบรับรองสาธารณะ ({what_th})",
                        "{path}: not a public list of certificates ({what})"),
    "public_list.unreadable": ("{path}: อ่านรายการสาธารณะไม่ได้ ({reason})",
                               "{path}: cannot read the public list ({reason})"),
    "batch.in_use": ("{out} กำลังถูกใช้โดยการออกใบรับรองชุดอื่น (โพรเซส {holder}) ให้รอจนเสร็จ หรือระบุ --out อื่น",
                     "{out} is in use by another batch (process {holder}); wait for it to finish, or give "
                     "another --out"),
    "dashboard.key_or_list": ("ระบุ --key (ลงนามรายการสาธารณะของเว็บไซต์ตอนนี้) หรือ --list (รายการ JSON "
                              "ที่ลงนามแล้ว) อย่างใดอย่างหนึ่ง",
                              "give --key (sign the site's public list now) or --list (a signed JSON list), "
                              "one of the two"),
    "dashboard.list_not_scheme": ("{path}: รายการสาธารณะไม่ได้ลงนามด้วยกุญแจในไฟล์โครงการรับรอง {scheme}",
                                  "{path}: the public list is not signed by a key of the scheme file "
                                  "{scheme}"),
    "dashboard.no_summaries": ("ทะเบียนนี้ไม่ได้เก็บสรุปผลการประเมิน", "this registry keeps no assessment summaries"),
    "incentives.twice": ("{path}: มีรหัสโครงการซ้ำกัน", "{path}: a programme id is listed twice"),
    "incentives.unknown": ("ไม่รู้จักโครงการสิทธิประโยชน์ '{programme}' (ที่มี: {known})",
                           "unknown incentive programme '{programme}' (known: {known})"),
}
