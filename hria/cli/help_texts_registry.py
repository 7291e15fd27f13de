"""--help texts of the registry commands (Thai, English), keyed by command path and option."""

from __future__ import annotations

# Texts that several commands share word for word.
_BY = ("ผู้ทำการเปลี่ยนแปลง: ระบุเป็นรหัส ห้ามใช้ชื่อบุคคล (ค่าเริ่มต้น: HRIA_ACTOR)",
       "Who makes the change: an id, never a person's name (default HRIA_ACTOR).")
_WHY = ("เหตุผล ซึ่งจะเก็บไว้ในบันทึกเหตุการณ์", "Why; recorded in the event log.")
_SERIAL = ("เลขที่ใบรับรอง เช่น CB01-2026-000001", "Certificate serial, e.g. CB01-2026-000001.")
_BODY_ID = ("รหัสหน่วยรับรอง", "Certification body id.")
_AUDITOR_ID = ("รหัสผู้ตรวจประเมิน", "Auditor id.")
_KEY = (
    "กุญแจส่วนตัวของหน่วยรับรอง (ค่าเริ่มต้น: BODY.key ในโฟลเดอร์ข้อมูลของผู้ใช้) "
    "รหัสผ่านของกุญแจอ่านจาก HRIA_KEY_PASSPHRASE",
    "The body's private key (default: BODY.key in the user data directory); passphrase "
    "from HRIA_KEY_PASSPHRASE.",
)
_KEY_BODY = ("หน่วยรับรองเจ้าของกุญแจ (ระบุไว้ในรายการ)", "The body the key belongs to (named in the list).")
_ISSUED_ON = (
    "วันที่ออก YYYY-MM-DD (ค่าเริ่มต้น: วันนี้ตามเวลากรุงเทพฯ) ต้องไม่ก่อนวันที่ประเมิน "
    "และไม่ก่อนวันที่ชุดเกณฑ์มีผลใช้",
    "Issue date YYYY-MM-DD (default: today, Bangkok); not before the assessment "
    "or the set's effective date.",
)
_DECIDED_BY = (
    "ผู้ตัดสินการรับรอง: ผู้ตรวจประเมินของหน่วยรับรอง ซึ่งไม่ใช่หัวหน้าผู้ตรวจประเมิน (ISO/IEC 17065)",
    "Who made the certification decision: an auditor of the body who is not the "
    "lead auditor (ISO/IEC 17065).",
)
_BACKDATE = (
    "เหตุผลที่วันที่ออก ย้อนหลังเกินหนึ่งสัปดาห์ (บันทึกไว้กับใบรับรอง)",
    "Why the issue date is more than a week in the past (recorded with the certificate).",
)

REGISTRY_HELP: dict[str, tuple[str, str]] = {
    "certify": (
        "ออกใบรับรองที่ลงนามแล้ว: `hria certify ASSESSMENT --body ID --auditor ID` "
        "หรือ `hria certify batch MANIFEST --out DIR`",
        "Issue signed certificates: `hria certify ASSESSMENT --body ID --auditor ID`, "
        "or `hria certify batch MANIFEST --out DIR`.",
    ),
    "certify one": (
        "คิดคะแนน ตรวจสถานะการรับรองของหน่วยรับรองและผู้ตรวจประเมิน ขึ้นทะเบียน (ออกเลขที่) "
        "ลงนาม และจัดทำใบรับรองหนึ่งฉบับ\n"
        "\n"
        "ไม่ออกใบรับรองและแจ้งเหตุผล (รหัสออก 1) เมื่อผลการตัดสินไม่ใช่ \"ได้รับการรับรอง\"\n"
        "หรือผู้ตรวจประเมินไม่ได้รับการรับรองให้ตรวจองค์กรประเภทนั้น\n"
        "หากสั่งซ้ำกับการประเมินเดิม จะได้ใบรับรองฉบับที่ออกไว้แล้ว",
        "Score, check accreditation, register (serial), sign and render one certificate.\n"
        "\n"
        "Refuses, with the reasons, when the decision is not \"certified\" or the auditor "
        "is not\n"
        "accredited for the organisation type (exit 1). Running it again for the same "
        "assessment\n"
        "returns the certificate already issued.",
    ),
    "certify one ASSESSMENT": ("ไฟล์ผลการประเมินขององค์กร (YAML)", "The organisation's assessment file (YAML)."),
    "certify one --body": _BODY_ID,
    "certify one --auditor": (
        "รหัสหัวหน้าผู้ตรวจประเมิน (ที่หน่วยรับรองนั้นรับรองไว้)",
        "Lead auditor id (accredited by the body).",
    ),
    "certify one --output": ("ไฟล์ PDF (ค่าเริ่มต้น: SERIAL.pdf ในโฟลเดอร์ปัจจุบัน)",
                             "PDF file (default: SERIAL.pdf here)."),
    "certify one --key": _KEY,
    "certify one --issued-on": _ISSUED_ON,
    "certify one --decided-by": _DECIDED_BY,
    "certify one --backdate-reason": _BACKDATE,
    "certify one --supersede": (
        "ออกแทนใบรับรองฉบับปัจจุบัน ขององค์กรในโครงการรับรองนี้ (ฉบับเดิมมีสถานะถูกแทนที่)",
        "Replace the organisation's current certificate for this scheme (marked superseded).",
    ),
    "certify reissue": (
        "ออกใบรับรองใหม่เพื่อแก้ไขชื่อองค์กร: ได้เลขที่ใหม่ โดยผลการตัดสิน ระดับ และวันหมดอายุคงเดิม\n"
        "ออกและลงนามในวันนี้ ส่วนฉบับเดิมมีสถานะถูกแทนที่ในธุรกรรมเดียวกัน",
        "Re-issue a certificate to correct the organisation's name: a new serial with "
        "the same decision,\n"
        "level and expiry, issued and signed today; the old one is superseded in the "
        "same transaction.",
    ),
    "certify reissue SERIAL": ("เลขที่ของใบรับรองที่จะแก้ไข", "Serial of the certificate to correct."),
    "certify reissue --name-th": ("ชื่อภาษาไทยที่แก้ไขแล้ว", "The corrected Thai name."),
    "certify reissue --name-en": ("ชื่อภาษาอังกฤษที่แก้ไขแล้ว", "The corrected English name."),
    "certify reissue --reason": ("แก้ไขอะไร และเพราะเหตุใด", "What is corrected and why."),
    "certify reissue --by": ("ผู้ทำการเปลี่ยนแปลง (ระบุเป็นรหัส)", "Who makes the change (an id)."),
    "certify reissue --output": ("ไฟล์ PDF (ค่าเริ่มต้น: NEW-SERIAL.pdf ในโฟลเดอร์ปัจจุบัน)",
                                 "PDF file (default: NEW-SERIAL.pdf here)."),
    "certify reissue --key": _KEY,
    "certify batch": (
        "ออกใบรับรองให้ทุกการประเมินใน MANIFEST ที่ผ่านเกณฑ์การรับรอง พร้อมแถบแสดงความคืบหน้า\n"
        "\n"
        "รายการที่มีปัญหาจะแจ้งไว้ในสรุปผล โดยไม่ทำให้ทั้งชุดหยุด หากถูกหยุดกลางคันแล้วสั่งใหม่\n"
        "ผลสุดท้ายคือใบรับรององค์กรละหนึ่งฉบับพอดีสำหรับทุกองค์กรที่รับรองได้ ไม่มีเลขที่ซ้ำ\n"
        "ไม่มีเลขที่ขาดช่วง ไม่มีไฟล์ที่เขียนค้างไว้ครึ่งเดียว สรุปผลเขียนไว้ที่ OUT/summary.csv "
        "และ OUT/summary.json",
        "Issue certificates for every certifiable assessment in MANIFEST, with a progress "
        "bar.\n"
        "\n"
        "A bad item is reported in the summary and does not stop the batch. Killed "
        "and run again,\n"
        "it ends with exactly one certificate per certifiable organisation: no duplicate "
        "serials, no\n"
        "gaps, no half-written files. Writes OUT/summary.csv and OUT/summary.json.",
    ),
    "certify batch MANIFEST": (
        "ไฟล์ CSV ที่มีคอลัมน์ `assessment`, `body`, `auditor` และอาจมี `issue_date`, `decided_by` "
        "(เส้นทางไฟล์นับจากที่ตั้งของไฟล์ CSV) หรือโฟลเดอร์ผลการประเมิน",
        "CSV with columns assessment, body, auditor[, issue_date, decided_by] (paths "
        "relative to the CSV), or a folder of assessments.",
    ),
    "certify batch --out": ("โฟลเดอร์ที่เก็บใบรับรอง และสรุปผล", "Folder for the certificates and the summary."),
    "certify batch --jobs": ("จำนวนโพรเซสที่ทำงานพร้อมกัน", "Worker processes."),
    "certify batch --body": ("หน่วยรับรอง สำหรับแถวที่ไม่ได้ระบุ (หรือเมื่อระบุเป็นโฟลเดอร์)",
                             "Body for rows (or a folder) that name none."),
    "certify batch --auditor": ("ผู้ตรวจประเมิน สำหรับแถวที่ไม่ได้ระบุ (หรือเมื่อระบุเป็นโฟลเดอร์)",
                                "Auditor for rows (or a folder) that name none."),
    "certify batch --key": _KEY,
    "certify batch --issued-on": _ISSUED_ON,
    "certify batch --decided-by": _DECIDED_BY,
    "certify batch --backdate-reason": _BACKDATE,
    "registry": (
        "ทะเบียนหน่วยรับรอง กุญแจ ผู้ตรวจประเมิน และใบรับรอง: เป็นไฟล์ SQLite "
        "หรือฐานข้อมูล PostgreSQL ที่ใช้ร่วมกัน (--registry หรือ HRIA_REGISTRY)",
        "The registry of bodies, keys, auditors and certificates: a SQLite file or "
        "a shared PostgreSQL database (--registry or HRIA_REGISTRY).",
    ),
    "registry add-body": (
        "ลงทะเบียนหน่วยรับรองพร้อมกุญแจดอกแรก รหัสหนึ่งลงทะเบียนได้เพียงครั้งเดียว",
        "Register a certification body (หน่วยรับรอง) and its first key; an id is registered once.",
    ),
    "registry add-body BODY_ID": (
        "รหัสหน่วยรับรอง ซึ่งเป็นส่วนแรกของเลขที่ใบรับรองที่ออก (CB01 ใน CB01-2026-000001)",
        "Body id: the first part of its certificates' serials (CB01 in CB01-2026-000001).",
    ),
    "registry add-body --name-th": ("ชื่อหน่วยรับรองภาษาไทย (พิมพ์บนใบรับรอง)",
                                    "The body's name in Thai (printed on its certificates)."),
    "registry add-body --name-en": ("ชื่อหน่วยรับรองภาษาอังกฤษ (พิมพ์บนใบรับรอง)",
                                    "The body's name in English (printed on its certificates)."),
    "registry add-body --pubkey": ("กุญแจสาธารณะของหน่วยรับรองที่ได้จาก `hria keys init`",
                                   "The body's public key from `hria keys init`."),
    "registry add-body --key-valid-from": (
        "วันแรกที่กุญแจลงนาม (ค่าเริ่มต้น: วันนี้) สำหรับหน่วยรับรองที่ออกใบรับรอง ก่อนเข้าร่วมทะเบียนนี้",
        "First day the key signed (default today), for a body that certified before "
        "it joined this registry.",
    ),
    "registry add-body --by": _BY,
    "registry add-auditor": (
        "ขึ้นทะเบียนผู้ตรวจประเมินของหน่วยรับรอง พร้อมประเภทองค์กรที่ได้รับการรับรองให้ตรวจ",
        "Accredit an auditor (ผู้ตรวจรับรอง) of a body for some organisation types.",
    ),
    "registry add-auditor AUDITOR_ID": ("รหัสผู้ตรวจประเมิน (ชื่อให้ระบุใน --name)",
                                        "An id for the auditor; their name goes in --name."),
    "registry add-auditor --name": (
        "ชื่อผู้ตรวจประเมิน (เป็นข้อมูลส่วนบุคคล ลบได้ด้วย `hria registry erase-person`)",
        "The auditor's name (personal data: `hria registry erase-person` erases it).",
    ),
    "registry add-auditor --body": ("รหัสหน่วยรับรองที่รับรองผู้ตรวจประเมินนี้",
                                    "Id of the body that accredits the auditor."),
    "registry add-auditor --scope": (
        "ประเภทองค์กรที่ผู้ตรวจประเมินตรวจรับรองได้ (ระบุซ้ำได้): `government_agency` (ส่วนราชการ) "
        "`local_administration` (องค์กรปกครองส่วนท้องถิ่น) `educational_institution` (สถาบันการศึกษา) "
        "`business` (ภาคเอกชน)",
        "Organisation type the auditor may certify (repeat): government_agency, local_administration, "
        "educational_institution, business.",
    ),
    "registry add-auditor --by": _BY,
    "registry list": (
        "แสดงใบรับรองที่ออกแล้ว (สถานะ ณ วันนี้ตามเวลากรุงเทพฯ: "
        "ใบรับรองที่ใช้ได้แต่เลยวันหมดอายุจะแสดงว่าหมดอายุ)",
        "List issued certificates (status as of today, Bangkok: a valid one past expiry shows expired).",
    ),
    "registry list --status": (
        "เฉพาะใบรับรองที่มีสถานะนี้: `valid` (ใช้ได้) `suspended` (ถูกพักใช้) `revoked` (ถูกเพิกถอน) "
        "`superseded` (ถูกแทนที่) `expired` (หมดอายุ)",
        "Only certificates with this status.",
    ),
    "registry list --due": (
        "เฉพาะใบรับรอง ที่เลยกำหนดตรวจติดตามแล้ว หรือจะถึงกำหนดภายใน --within วัน",
        "Only certificates whose surveillance is overdue or due within --within days.",
    ),
    "registry list --within": ("จำนวนวันล่วงหน้าที่ --due นับ", "How many days ahead --due looks."),
    "registry show": (
        "แสดงใบรับรองหนึ่งฉบับ พร้อมประวัติจากบันทึกเหตุการณ์ เรื่องร้องเรียน และการตรวจติดตาม",
        "Show one certificate, its history from the event log, complaints and surveillance visits.",
    ),
    "registry show SERIAL": _SERIAL,
    "registry revoke": ("เพิกถอนใบรับรองอย่างถาวร", "Revoke a certificate for good."),
    "registry revoke SERIAL": _SERIAL,
    "registry revoke --reason": _WHY,
    "registry revoke --by": _BY,
    "registry suspend": ("พักใช้ใบรับรองจนกว่าจะสั่งให้กลับมาใช้ได้", "Suspend a certificate until it is reinstated."),
    "registry suspend SERIAL": _SERIAL,
    "registry suspend --reason": _WHY,
    "registry suspend --by": _BY,
    "registry reinstate": ("ให้ใบรับรองที่ถูกพักใช้กลับมาใช้ได้อีกครั้ง", "Make a suspended certificate valid again."),
    "registry reinstate SERIAL": _SERIAL,
    "registry reinstate --reason": _WHY,
    "registry reinstate --by": _BY,
    "registry export": (
        "เขียนรายการใบรับรองสาธารณะที่ลงนามและลงวันที่แล้ว (JSON หรือ CSV พร้อมไฟล์ `.sig` คู่กัน)\n"
        "ซึ่งผู้ตรวจสอบใบรับรองใช้ตรวจแบบออฟไลน์ด้วย `hria verify --list` รายการนี้มีหัวสายบันทึกเหตุการณ์\n"
        "ที่ `hria registry check-log --against LIST` ใช้เทียบกับทะเบียน",
        "Write the signed, dated public list of certificates (JSON, or CSV with a .sig "
        "beside it)\n"
        "that verifiers check offline with `hria verify --list`; it carries the event "
        "log's head, which\n"
        "`hria registry check-log --against LIST` compares with the registry.",
    ),
    "registry export --output": ("ไฟล์ที่จะเขียน (ไฟล์ `.csv` เขียนเป็น CSV)", "File to write (.csv writes CSV)."),
    "registry export --format": ("`json` หรือ `csv` (ค่าเริ่มต้น: ตามนามสกุลของไฟล์)",
                                 "json or csv (default: from the file name)."),
    "registry export --key": (
        "กุญแจส่วนตัวที่ใช้ลงนามรายการ (BODY.key ของหน่วยรับรอง) รหัสผ่านของกุญแจอ่านจาก HRIA_KEY_PASSPHRASE",
        "Private key that signs the list (a body's BODY.key); passphrase from HRIA_KEY_PASSPHRASE.",
    ),
    "registry export --body": _KEY_BODY,
    "registry check-log": (
        "ตรวจสายแฮชของบันทึกเหตุการณ์ หากประวัติถูกแก้ไขจะจบด้วยรหัสออก 1",
        "Check the hash chain of the event log; exit 1 if history was altered.",
    ),
    "registry check-log --against": (
        "หัวสายที่เคยเผยแพร่ไว้ หรือรายการสาธารณะที่ลงนามแล้วซึ่งมีหัวสายนั้น (`hria registry export`) "
        "หัวสายนั้นต้องยังอยู่ในสายแฮช",
        "A head published earlier, or the signed public list that carries it (`hria "
        "registry export`): it must still be in the chain.",
    ),
    "registry rotate-key": (
        "เพิ่มกุญแจดอกใหม่ให้หน่วยรับรอง กุญแจดอกเดิมยังอยู่ และยังใช้ได้กับสิ่งที่ลงนามไว้ก่อนวันที่กุญแจใหม่เริ่มใช้",
        "Add a key to a body; the old one stays, valid for what it signed before this day.",
    ),
    "registry rotate-key BODY_ID": _BODY_ID,
    "registry rotate-key --pubkey": ("กุญแจสาธารณะดอกใหม่", "The new public key."),
    "registry rotate-key --from": ("วันแรกที่กุญแจดอกใหม่ลงนาม (ค่าเริ่มต้น: วันนี้)",
                                   "First day it signs (default today)."),
    "registry rotate-key --reason": _WHY,
    "registry rotate-key --by": _BY,
    "registry compromise-key": (
        "แจ้งว่ากุญแจรั่วไหลตั้งแต่วันที่กำหนด ทุกสิ่งที่กุญแจนั้นลงนามตั้งแต่วันนั้นถูกเพิกถอน "
        "และตรวจสอบไม่ผ่านอีกต่อไป",
        "Report a key compromised from a day: what it signed from then on is revoked and stops verifying.",
    ),
    "registry compromise-key BODY_ID": _BODY_ID,
    "registry compromise-key KEY_ID": ("รหัสกุญแจที่รั่วไหล (ดูได้จาก `hria registry keys BODY`)",
                                       "Id of the compromised key (`hria registry keys BODY` lists them)."),
    "registry compromise-key --from": ("วันแรกที่กุญแจอาจถูกนำไปใช้โดยมิชอบ",
                                       "First day the key may have been misused."),
    "registry compromise-key --reason": _WHY,
    "registry compromise-key --by": _BY,
    "registry keys": ("แสดงกุญแจของหน่วยรับรอง และช่วงวันที่กุญแจแต่ละดอกลงนามได้",
                      "A body's keys and the days each may sign."),
    "registry keys BODY_ID": _BODY_ID,
    "registry accreditation": (
        "เจ้าของโครงการรับรอง (กสม.) พักการรับรอง เพิกถอนการรับรอง หรือคืนการรับรองให้หน่วยรับรอง "
        "ใบรับรองของหน่วยนั้นเปลี่ยนสถานะตาม",
        "The scheme owner (NHRC) suspends, withdraws or restores a body; its certificates follow.",
    ),
    "registry accreditation BODY_ID": _BODY_ID,
    "registry accreditation STATE": (
        "สถานะการรับรองใหม่: `suspended` (ถูกพักการรับรอง) `withdrawn` (ถูกเพิกถอนการรับรอง) "
        "หรือ `accredited` (ได้รับการรับรอง)",
        "The body's accreditation from now on.",
    ),
    "registry accreditation --reason": _WHY,
    "registry accreditation --by": _BY,
    "registry declare-conflict": (
        "ผู้ตรวจประเมินประกาศส่วนได้เสียกับองค์กรหนึ่ง จากนั้นทะเบียนจะไม่ยอมให้ผู้นั้น\n"
        "เป็นหัวหน้าผู้ตรวจประเมินหรือผู้ตัดสินการรับรองขององค์กรนั้น",
        "An auditor declares a conflict of interest with an organisation; the registry "
        "then refuses them\n"
        "as its lead auditor or decision-maker.",
    ),
    "registry declare-conflict AUDITOR_ID": _AUDITOR_ID,
    "registry declare-conflict --organisation": ("รหัสองค์กร", "Organisation id."),
    "registry declare-conflict --reason": _WHY,
    "registry declare-conflict --by": _BY,
    "registry erase-person": (
        "ลบชื่อผู้ตรวจประเมินตามคำขอภายใต้ พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล (PDPA) "
        "ส่วนรหัสและสายแฮชของบันทึกเหตุการณ์ยังคงเดิม",
        "Erase an auditor's name (PDPA request); the id, and the event log's chain, stay intact.",
    ),
    "registry erase-person AUDITOR_ID": _AUDITOR_ID,
    "registry erase-person --reason": _WHY,
    "registry erase-person --by": _BY,
    "registry complaint": ("บันทึกเรื่องร้องเรียนหรือเรื่องอุทธรณ์ต่อใบรับรอง",
                           "Record a complaint or an appeal against a certificate."),
    "registry complaint SERIAL": _SERIAL,
    "registry complaint --kind": (
        "`complaint` (เรื่องร้องเรียน) หรือ `appeal` (อุทธรณ์คำตัดสินการรับรอง)",
        "A complaint, or an appeal against a certification decision.",
    ),
    "registry complaint --summary": ("สาระของเรื่องโดยย่อ (ไม่เก็บไว้ในบันทึกเหตุการณ์)",
                                     "What it is about (kept out of the log)."),
    "registry complaint --by": _BY,
    "registry close-complaint": ("ปิดเรื่องร้องเรียนหรือเรื่องอุทธรณ์ พร้อมผลการพิจารณา",
                                 "Close a complaint or appeal with its outcome."),
    "registry close-complaint COMPLAINT_ID": (
        "หมายเลขเรื่อง (ได้รับเมื่อบันทึกเรื่อง ดูได้จาก `hria registry show`)",
        "Complaint number (given when it was recorded; `hria registry show` lists them).",
    ),
    "registry close-complaint --outcome": (
        "ผลการพิจารณา: `upheld` (ฟังขึ้น) `dismissed` (ไม่ฟังขึ้น) หรือ `withdrawn` (ถอนเรื่อง)",
        "The outcome: upheld, dismissed, or withdrawn.",
    ),
    "registry close-complaint --suspend": ("เรื่องที่ฟังขึ้นให้พักใช้ใบรับรองด้วย",
                                           "An upheld complaint suspends the certificate."),
    "registry close-complaint --reason": _WHY,
    "registry close-complaint --by": _BY,
    "registry surveillance": (
        "บันทึกการตรวจติดตามที่ทำเสร็จแล้ว หากผ่าน กำหนดตรวจครั้งต่อไปจะเลื่อนออกไป "
        "หากไม่ผ่าน ใบรับรองจะถูกพักใช้",
        "Record a completed surveillance visit: passed moves the next due date, failed suspends.",
    ),
    "registry surveillance SERIAL": _SERIAL,
    "registry surveillance --result": ("ผลการตรวจติดตาม: `passed` (ผ่าน) หรือ `failed` (ไม่ผ่าน)",
                                       "The visit's result: passed or failed."),
    "registry surveillance --auditor": ("ผู้ตรวจประเมินที่ไปตรวจ", "Auditor who made the visit."),
    "registry surveillance --on": ("วันที่ไปตรวจ (ค่าเริ่มต้น: วันนี้)", "Day of the visit (default today)."),
    "registry surveillance --reason": _WHY,
    "registry surveillance --by": _BY,
    "registry suspend-overdue": (
        "พักใช้ใบรับรองที่ใช้ได้ทุกฉบับซึ่งเลยกำหนดตรวจติดตาม พร้อมเหตุผลของแต่ละฉบับ\n"
        "(ไม่พักใช้แบบเงียบ ๆ: เจ้าหน้าที่ของหน่วยรับรองเป็นผู้สั่ง แสดงรายการไว้ที่นี่\n"
        "และบันทึกเหตุการณ์ฉบับละหนึ่งรายการ)",
        "Suspend every valid certificate whose surveillance is overdue, each with its "
        "reason (never\n"
        "silently: run by a certifier, listed here, an event each).",
    ),
    "registry suspend-overdue --by": _BY,
    "registry migrate": (
        "คัดลอกทะเบียน SQLite พร้อมประวัติทั้งหมด ไปยังทะเบียน PostgreSQL ที่ยังว่างอยู่",
        "Copy a SQLite registry, history and all, into an empty PostgreSQL registry.",
    ),
    "registry migrate --from": ("ไฟล์ทะเบียน SQLite", "SQLite registry file."),
    "registry migrate --to": ("URL แบบ postgresql:// (สร้างด้วย `hria registry init-postgres`)",
                              "postgresql:// URL (made with init-postgres)."),
    "registry init-postgres": (
        "สร้างโครงสร้างฐานข้อมูล บทบาท และนโยบายความปลอดภัยระดับแถว ของทะเบียน PostgreSQL ที่ใช้ร่วมกัน",
        "Create the schema, roles and row-level security policies of a shared PostgreSQL registry.",
    ),
    "registry init-postgres URL": ("URL สำหรับเชื่อมต่อในฐานะผู้ดูแลฐานข้อมูล", "Admin connection URL."),
    "registry init-postgres --body": ("รหัสหน่วยรับรองที่จะสร้างบทบาทให้ (ระบุซ้ำได้)",
                                      "Body id to create a role for (repeat)."),
    "registry incentives": (
        "เขียนรายชื่อองค์กรที่ได้รับการรับรองและมีสิทธิ์ในโครงการสิทธิประโยชน์ "
        "เพื่อส่งให้หน่วยงานพันธมิตรของโครงการ\n"
        "(คอลัมน์ public_listing บอกว่าองค์กรใดยินยอมให้เปิดเผยชื่อต่อสาธารณะ)",
        "Write the certified organisations eligible for an incentive programme, for "
        "its partner agency\n"
        "(the column public_listing says who agreed to be named publicly).",
    ),
    "registry incentives PROGRAMME": ("รหัสโครงการ (ดูโครงการสิทธิประโยชน์ในแดชบอร์ด)",
                                      "Programme id (see the dashboard's incentive programmes)."),
    "registry incentives --output": ("ไฟล์ CSV ที่จะเขียน (ไฟล์ `.json` เขียนเป็น JSON)",
                                     "CSV file to write (.json writes JSON)."),
    "registry incentives --programmes": ("ไฟล์โครงการแบบ YAML (ค่าเริ่มต้น: ตัวอย่างที่มากับโปรแกรม)",
                                         "Programmes file (YAML; default: the bundled examples)."),
    "dashboard": (
        "แดชบอร์ดสาธารณะ: เว็บไซต์แบบคงที่ พร้อมข้อมูลเปิดและหน้าตรวจสอบใบรับรอง",
        "The public dashboard: a static site with open data and a verification page "
        "(แดชบอร์ดสาธารณะ ข้อมูลเปิด และหน้าตรวจสอบใบรับรอง).",
    ),
    "dashboard build": (
        "สร้างเว็บไซต์: ตัวชี้วัด 2.2 ตามปีงบประมาณ ใบรับรองจำแนกตามประเภท ระดับ สถานะ และจังหวัด\n"
        "เกณฑ์ที่ไม่ผ่านบ่อยที่สุด การตรวจติดตามที่ถึงกำหนด ประเด็นตามข้อเสนอแนะ UPR โครงการสิทธิประโยชน์\n"
        "ข้อมูลเปิด (CSV/JSON พร้อมพจนานุกรมข้อมูล และรายการสาธารณะที่ลงนามแล้ว)\n"
        "และหน้าตรวจสอบใบรับรองแบบออฟไลน์ ทั้งภาษาไทย (index.html) และภาษาอังกฤษ (index.en.html)",
        "Build the site: indicator 2.2 by fiscal year, certificates by type, level, "
        "status and province,\n"
        "the criteria most often failed, surveillance due, UPR themes, incentive programmes, "
        "open data\n"
        "(CSV/JSON with a data dictionary, the signed public list) and the offline "
        "verification page,\n"
        "in Thai (index.html) and English (index.en.html).",
    ),
    "dashboard build --output": ("โฟลเดอร์ของเว็บไซต์ (เปิด index.html จากดิสก์ได้โดยตรง)",
                                 "Folder for the site (index.html opens from disk)."),
    "dashboard build --scheme": (
        "ไฟล์โครงการรับรอง (กุญแจของหน่วยรับรองในไฟล์นี้จะใส่ไว้ในหน้าตรวจสอบ)",
        "The scheme file (its body keys go into the verification page).",
    ),
    "dashboard build --key": (
        "กุญแจส่วนตัวของหน่วยรับรอง ใช้ลงนามรายการสาธารณะของเว็บไซต์ขณะสร้าง "
        "(รหัสผ่านของกุญแจอ่านจาก HRIA_KEY_PASSPHRASE)",
        "A body's private key: sign the site's public list now (passphrase from HRIA_KEY_PASSPHRASE).",
    ),
    "dashboard build --body": _KEY_BODY,
    "dashboard build --list": ("หรือ: รายการ JSON ที่ลงนามแล้วจาก `hria registry export`",
                               "Or: a signed JSON list from `hria registry export`."),
    "dashboard build --programmes": ("โครงการสิทธิประโยชน์ในไฟล์ YAML (ค่าเริ่มต้น: ตัวอย่างที่มากับโปรแกรม)",
                                     "Incentive programmes (YAML; default: the bundled examples)."),
    "dashboard build --registry": (
        "ทะเบียน: ไฟล์ SQLite หรือ URL แบบ postgresql:// (ค่าเริ่มต้น: HRIA_REGISTRY "
        "หรือโฟลเดอร์ข้อมูลของผู้ใช้ สำหรับ PostgreSQL ให้เชื่อมต่อในฐานะเจ้าของโครงการรับรอง)",
        "Registry: a SQLite file or a postgresql:// URL (default: HRIA_REGISTRY or "
        "the user data directory; on PostgreSQL as the scheme owner).",
    ),
}
