"""The words the command groups print themselves (keys, criteria, registry, certify, demo),
Thai first with English, looked up by key in the language of the run.

Criteria, domain and organisation names come from the data; scoring reasons from
hria/scoring/texts.py; errors from hria/error_texts.py.
"""

from __future__ import annotations

# key -> (Thai, English); {placeholders} are filled by ``say``.
TEXTS: dict[str, tuple[str, str]] = {
    # hria keys
    "keys.private": ("กุญแจส่วนตัว: {path} (สิทธิ์ 0600{encrypted})", "private key: {path} (mode 0600{encrypted})"),
    "keys.encrypted": (" เข้ารหัสแล้ว", ", encrypted"),
    "keys.public": ("กุญแจสาธารณะ: {path}", "public key:  {path}"),
    "keys.id": ("รหัสกุญแจ: {kid}", "key id:      {kid}"),
    "keys.next": ("ขั้นต่อไป: {command}", "next: {command}"),
    "keys.passphrase": ("รหัสผ่านของกุญแจ", "Passphrase"),
    "keys.root_key": ("กุญแจราก: {path} (สิทธิ์ 0600 เก็บไว้นอกเครือข่าย)",
                      "root key:         {path} (mode 0600; keep it offline)"),
    "keys.root_certificate": ("ใบรับรองราก: {path}", "root certificate: {path}"),
    "keys.fingerprint": ("ลายนิ้วมือ: {fingerprint}", "fingerprint:      {fingerprint}"),
    "keys.pdf_key": ("กุญแจลงนาม PDF: {path} (สิทธิ์ 0600)", "PDF-signing key:  {path} (mode 0600)"),
    "keys.pdf_certificate": ("ใบรับรอง: {path} (ใช้ได้ {start} – {end})",
                             "certificate:      {path} (valid {start} – {end})"),
    "keys.scheme": ("ไฟล์โครงการรับรอง: {path} (กุญแจหน่วยรับรอง {count} ดอก ราก {root})",
                    "scheme file: {path} ({count} body key(s), root {root})"),
    # hria criteria list / validate / graph / diff / stats
    "criteria.list_title": ("ชุดเกณฑ์การประเมิน", "Criteria sets"),
    "criteria.col.set": ("ชุดเกณฑ์", "set"),
    "criteria.col.version": ("ฉบับ", "version"),
    "criteria.col.status": ("สถานะ", "status"),
    "criteria.col.criteria": ("เกณฑ์", "criteria"),
    "criteria.col.domains": ("มิติ", "domains"),
    "criteria.col.title": ("ชื่อ", "title"),
    "criteria.status.active": ("ใช้งาน", "active"),
    "criteria.status.draft": ("ร่าง", "draft"),
    "criteria.status.retired": ("เลิกใช้", "retired"),
    "criteria.status.superseded": ("มีฉบับใหม่แทน", "superseded"),
    "criteria.ok": ("ถูกต้อง", "ok"),
    "criteria.warnings": (" (คำเตือน {count} รายการ)", " ({count} warning(s))"),
    "criteria.summary": ("ตรวจ {files} ไฟล์ ไม่ถูกต้อง {invalid} ปัญหา {problems} คำเตือน {warnings}{strict}",
                         "{files} file(s) checked, {invalid} invalid, {problems} problem(s), "
                         "{warnings} warning(s){strict}"),
    "criteria.strict": (" (เข้มงวด)", " (strict)"),
    "criteria.no_path": ("ไม่พบไฟล์หรือโฟลเดอร์: {path}", "no such file or folder: {path}"),
    "criteria.graph_numbers": ("เกณฑ์ {criteria} ข้อ มิติ {domains} มิติ เส้นเงื่อนไขต้องมีก่อน {prerequisites} "
                               "เส้นเงื่อนไขการใช้บังคับ {applicability} ความลึก {depth}",
                               "criteria: {criteria}, domains: {domains}, "
                               "prerequisite edges: {prerequisites}, "
                               "applicability edges: {applicability}, depth: {depth}"),
    "criteria.graph_top": ("เกณฑ์ที่เกณฑ์อื่นขึ้นกับมากที่สุด: {top}", "most depended on: {top}"),
    "criteria.graph_order": ("ลำดับการประเมิน: {order}", "evaluation order: {order}"),
    "criteria.none": ("ไม่มี", "none"),
    "criteria.coverage_gap": ("{set}: ไม่มีเกณฑ์เรื่อง {themes}", "{set}: no criterion on {themes}"),
    # hria criteria stats / coverage
    "stats.title": ("ตัวเลขของชุดเกณฑ์", "Criteria sets in figures"),
    "stats.criteria": ("เกณฑ์", "criteria"),
    "stats.domains": ("มิติ", "domains"),
    "stats.gates": ("เกณฑ์ที่ต้องผ่าน", "gates"),
    "stats.own_level_text": ("% มีคำอธิบายระดับเฉพาะ", "% own level text"),
    "stats.evidence": ("หลักฐานต่อเกณฑ์", "evidence per criterion"),
    "stats.single_evidence": ("เกณฑ์ที่มีหลักฐานรายการเดียว", "criteria with one evidence item"),
    "stats.guidance": ("ความยาวมัธยฐานของคำแนะนำ (อักขระ ภาษาอังกฤษ)", "median guidance (characters, en)"),
    "stats.legal_basis": ("% มีฐานทางกฎหมาย (สนธิสัญญาหรือกฎหมายไทย)", "% with treaty or Thai law"),
    "stats.references": ("อ้างอิงประเภท {kind}", "references: {kind}"),
    "stats.treaty": ("สนธิสัญญา {instrument}", "treaty: {instrument}"),
    "stats.upr_numbered": ("ข้อเสนอแนะ UPR ที่มีเลข (สถานะ)", "UPR with number (state)"),
    "stats.upr": ("รอบที่ {cycle} ข้อ {recommendation} ({state})", "cycle {cycle} {recommendation} ({state})"),
    "stats.upr_unnumbered": ("ข้อเสนอแนะ UPR ที่ไม่มีเลข", "UPR without number"),
    "coverage.title": ("ประเด็นสิทธิที่ชุดเกณฑ์ครอบคลุม", "Seed themes covered"),
    "coverage.theme": ("ประเด็น", "theme"),
    "coverage.gap": ("ขาด", "GAP"),
    "coverage.no_duty": ("ไม่มีหน้าที่", "no duty"),
    "coverage.no_criterion": ("ไม่มีเกณฑ์", "no criterion"),
    "coverage.recommendation": ("UPR รอบที่ {cycle} ข้อ {number} ({state}, {response}, {theme})",
                                "UPR cycle {cycle} {number} ({state}, {response}, {theme})"),
    "coverage.unnumbered": ("UPR รอบที่ {cycle}: {theme} (ไม่มีเลข)", "UPR cycle {cycle}: {theme} (no number)"),
    "coverage.observation": ("{symbol} ย่อหน้า {paragraph} ({body}, {theme}{excerpt})",
                             "{symbol} para. {paragraph} ({body}, {theme}{excerpt})"),
    "coverage.excerpt": (", ตัดตอน", ", excerpt"),
    "coverage.uncatalogued": ("{symbol} ย่อหน้า {paragraph} (ไม่อยู่ในบัญชี)",
                              "{symbol} para. {paragraph} (not in the catalogue)"),
    "coverage.counted_as": ("นับเป็นประเด็น: {themes}", "counted as: {themes}"),
    # Theme ids of the recommendation catalogues that are not seed themes of vocabulary.yaml.
    # Thailand's response to a UPR recommendation (the words hria/citing.py uses).
    "coverage.response.supported": ("ไทยรับ", "supported"),
    "coverage.response.noted": ("ไทยรับทราบ", "noted"),
    "coverage.response.unknown": ("ไม่ทราบท่าทีของไทย", "unknown"),
    # hria criteria diff
    "diff.added": ("เพิ่ม", "added"),
    "diff.removed": ("ตัดออก", "removed"),
    "diff.reworded": ("แก้ถ้อยคำ", "reworded"),
    "diff.reweighted": ("เปลี่ยนน้ำหนัก", "reweighted"),
    "diff.gate_changed": ("เปลี่ยนเกณฑ์ที่ต้องผ่าน", "gate changed"),
    "diff.non_negotiable": ("เกณฑ์ที่ยอมให้ล้มเหลวไม่ได้", "non-negotiable"),
    "diff.logic_changed": ("เปลี่ยนเงื่อนไข", "logic changed"),
    "diff.reference": ("อ้างอิง", "reference"),
    "diff.domain": ("มิติ", "domain"),
    "diff.weight": ("น้ำหนัก", "weight"),
    "diff.floor": ("เกณฑ์ขั้นต่ำของมิติ", "floor"),
    "diff.level": ("ระดับ", "level"),
    "diff.rule": ("กฎการตัดสิน", "rule"),
    "diff.setting": ("การตั้งค่า", "setting"),
    "diff.nothing": ("ไม่มีความแตกต่าง", "no differences"),
    "diff.field.title": ("ชื่อเกณฑ์", "title"),
    "diff.field.question": ("คำถาม", "question"),
    "diff.field.guidance": ("คำแนะนำ", "guidance"),
    "diff.field.evidence": ("หลักฐาน", "evidence"),
    "diff.field.levels": ("คำอธิบายระดับ", "levels"),
    "diff.field.applicability": ("การใช้บังคับ", "applicability"),
    "diff.field.prerequisites": ("เกณฑ์ที่ต้องมีก่อน", "prerequisites"),
    "diff.field.answer": ("รูปแบบคำตอบ", "answer"),
    "diff.field.not_applicable": ("การตอบไม่เกี่ยวข้อง", "not_applicable"),
    "diff.field.domain": ("มิติ", "domain"),
    # hria questionnaire list
    "questionnaire.self_assessment": ("แบบประเมินตนเอง", "self_assessment"),
    "questionnaire.auditor_interview": ("แบบสัมภาษณ์ของผู้ตรวจ", "auditor_interview"),
    "questionnaire.counts": ("{questions} ข้อ ใน {sections} หมวด",
                             "{questions} questions in {sections} sections"),
    # hria registry
    "registry.body_added": ("ลงทะเบียนหน่วยรับรอง {body} แล้ว (กุญแจ {kid})",
                            "registered body {body} (key {kid})"),
    "registry.auditor_added": ("ขึ้นทะเบียนผู้ตรวจประเมิน {auditor} กับ {body} สำหรับ {scope} แล้ว",
                               "accredited {auditor} with {body} for {scope}"),
    "registry.list_title": ("ใบรับรองในทะเบียน", "Certificates in the registry"),
    "registry.col.serial": ("เลขที่", "serial"),
    "registry.col.organisation": ("องค์กร", "organisation"),
    "registry.col.set": ("ชุดเกณฑ์", "set"),
    "registry.col.level": ("ระดับ", "level"),
    "registry.col.score": ("คะแนน", "score"),
    "registry.col.issued": ("ออกเมื่อ", "issued"),
    "registry.col.expires": ("หมดอายุ", "expires"),
    "registry.col.status": ("สถานะ", "status"),
    "registry.due": ("ตรวจติดตาม {date}", "visit due {date}"),
    "registry.overdue": ("เลยกำหนดตรวจ {date}", "visit overdue {date}"),
    "registry.col.body": ("หน่วยรับรอง", "body"),
    "registry.status_changed": ("{serial}: {status} ({reason})", "{serial}: {status} ({reason})"),
    "registry.exported": ("เขียนใบรับรอง {count} ฉบับลงใน {path} แล้ว", "wrote {count} certificate(s) to {path}"),
    "registry.log_intact": ("บันทึกเหตุการณ์ครบถ้วน ไม่ถูกแก้ไข ({count} เหตุการณ์ หัวสาย {head})",
                            "event log intact ({count} events, head {head})"),
    "registry.head": ("หัวสายบันทึกเหตุการณ์: {head}", "event log head: {head}"),
    "registry.history": ("ประวัติ", "history"),
    # hria registry: keys, accreditation, complaints, surveillance (registry_lifecycle.py)
    "registry.key_rotated": ("{body}: กุญแจ {kid} ลงนามได้ตั้งแต่ {day}", "{body}: key {kid} signs from {day}"),
    "registry.key_compromised": ("{body}: กุญแจ {kid} รั่วไหลตั้งแต่ {day} เพิกถอนใบรับรอง {count} ฉบับ {serials}",
                                 "{body}: key {kid} compromised from {day}; revoked {count} certificate(s) "
                                 "{serials}"),
    "registry.key_line": ("{kid}  {start} – {end}{bad}", "{kid}  {start} – {end}{bad}"),
    "registry.key_bad": (" รั่วไหลตั้งแต่ {day}", " compromised from {day}"),
    "registry.accreditation": ("{body}: {state} ใบรับรอง {count} ฉบับเปลี่ยนตาม: {serials}",
                               "{body}: {state}; {count} certificate(s) followed: {serials}"),
    "registry.accreditation.suspended": ("ถูกพักการรับรอง", "suspended"),
    "registry.accreditation.withdrawn": ("ถูกเพิกถอนการรับรอง", "withdrawn"),
    "registry.accreditation.accredited": ("ได้รับการรับรอง", "accredited"),
    "registry.conflict": ("{auditor}: ประกาศส่วนได้เสียกับ {organisation} แล้ว",
                          "{auditor}: conflict of interest with {organisation} declared"),
    "registry.erased": ("{auditor}: ลบข้อมูลส่วนบุคคลแล้ว", "{auditor}: personal data erased"),
    "registry.complaint": ("บันทึกเรื่อง{kind} {number} ต่อ {serial} แล้ว",
                           "{kind} {number} recorded against {serial}"),
    "registry.kind.complaint": ("ร้องเรียน", "complaint"),
    "registry.kind.appeal": ("อุทธรณ์", "appeal"),
    "registry.complaint_closed": ("เรื่อง {number}: {outcome}{note}", "complaint {number}: {outcome}{note}"),
    "registry.complaint_suspended": (" (พักใช้ใบรับรองแล้ว)", " (certificate suspended)"),
    "registry.outcome.upheld": ("ฟังขึ้น", "upheld"),
    "registry.outcome.dismissed": ("ไม่ฟังขึ้น", "dismissed"),
    "registry.outcome.withdrawn": ("ถอนเรื่อง", "withdrawn"),
    "registry.surveillance": ("{serial}: ตรวจติดตาม{result} สถานะ{status} ตรวจครั้งต่อไป {due}",
                              "{serial}: surveillance {result}; status {status}; next due {due}"),
    "registry.result.passed": ("ผ่าน", "passed"),
    "registry.result.failed": ("ไม่ผ่าน", "failed"),
    "registry.overdue_suspended": ("{serial}: พักใช้แล้ว (เลยกำหนดตรวจติดตาม)",
                                   "{serial}: suspended (surveillance overdue)"),
    "registry.overdue_count": ("พักใช้ใบรับรอง {count} ฉบับ", "suspended {count} certificate(s)"),
    "registry.copied": ("คัดลอกแล้ว: {counts}", "copied {counts}"),
    "registry.copied_item": ("{what} {count} รายการ", "{count} {what}"),
    "incentives.wrote": ("เขียนรายชื่อองค์กรที่มีสิทธิ์ {count} แห่งสำหรับ {programme}{note} ลงใน {path} แล้ว",
                         "wrote {count} eligible organisation(s) for {programme}{note} to {path}"),
    "incentives.example": (" (เป็นโครงการตัวอย่าง ยังไม่มีจริง)", " (an example programme: none exists yet)"),
    # hria dashboard build
    "dashboard.built": ("แดชบอร์ด: {index} (ใบรับรอง {certificates} ฉบับ การประเมิน {assessments} ครั้ง "
                        "{files} ไฟล์)",
                        "dashboard: {index} ({certificates} certificates, {assessments} assessments, "
                        "{files} files)"),
    # hria certify
    "certify.refused": ("ไม่ออกใบรับรอง: {reason}", "refused: {reason}"),
    "certify.issued": ("ออกใบรับรอง {serial} แล้ว: {name_th} / {name_en} · {set} · {level} · {score} · "
                       "ใช้ได้ถึง {expires}",
                       "issued {serial}: {name_th} / {name_en} · {set} · {level} · {score} · "
                       "valid to {expires}"),
    "certify.already": ("เคยออกใบรับรอง {serial} แล้ว: {name_th} / {name_en} · {set} · {level} · {score} · "
                        "ใช้ได้ถึง {expires}",
                        "already issued {serial}: {name_th} / {name_en} · {set} · {level} · {score} · "
                        "valid to {expires}"),
    "certify.supersedes": (" · แทนฉบับ {serial}", " · supersedes {serial}"),
    "certify.wrote": ("เขียน {path} แล้ว", "wrote {path}"),
    "certify.verify": ("ตรวจสอบ: {command}", "verify: {command}"),
    "certify.reissued": ("ออกใบรับรอง {old} ใหม่เป็น {new} ({name_th} / {name_en}) ฉบับ {old} ถูกแทนที่",
                         "re-issued {old} as {new} ({name_th} / {name_en}); {old} superseded"),
    "certify.batch_summary": ("ออกใหม่ {issued} · ออกไว้แล้ว {existing} · ไม่ออก {refused} · ผิดพลาด {failed}",
                              "issued {issued}, already issued {existing}, refused {refused}, "
                              "errors {failed}"),
    "certify.progress": ("ใบรับรอง", "certificates"),
    "certify.one_key": ("กุญแจ --key หนึ่งดอกลงนามแทนหลายหน่วยรับรองไม่ได้",
                        "one --key cannot sign for several bodies"),
    # hria demo
    "demo.sets": ("1. ชุดเกณฑ์", "1. Criteria sets"),
    "demo.set_line": ("{set}: เกณฑ์ {criteria} ข้อ มิติ {domains} มิติ เส้นเงื่อนไขต้องมีก่อน {prerequisites} "
                      "เกณฑ์ที่ต้องผ่าน {gates} ข้อ",
                      "{set}: {criteria} criteria, {domains} domains, {prerequisites} prerequisite edges, "
                      "{gates} gates"),
    "demo.examples": ("2. ตัวอย่าง", "2. Examples"),
    "demo.report": ("รายงาน ({which}): {path}", "report ({which}): {path}"),
    "demo.certificate": ("ใบรับรอง {serial}: {path} — ตรวจแบบออฟไลน์: {verdict}",
                         "certificate {serial}: {path} — verified offline: {verdict}"),
    "demo.valid": ("ใช้ได้", "valid"),
    "demo.no_certificate": ("ไม่ออกใบรับรอง: {reasons}", "no certificate: {reasons}"),
    "date.read_as": ("{option} {text} อ่านเป็นวันที่ {day}", "{option} {text} read as {day}"),
    "demo.no_certificate_above": ("ไม่ออกใบรับรอง ด้วยเหตุผลข้างต้น", "no certificate, for the reasons above"),
    "demo.by_hand": ("ตรวจด้วยตนเอง: {command}", "Verify by hand: {command}"),
    "demo.population": ("[bold]3. ประชากรสมมุติ[/bold]: การประเมิน {assessments} ครั้ง "
                        "ใบรับรอง {certificates} ฉบับ",
                        "[bold]3. Fictional population[/bold]: {assessments} assessments, "
                        "{certificates} certificates"),
    "demo.population_kept": ("[bold]3. ประชากรสมมุติ[/bold]: ใช้ชุดที่เขียนไว้ในทะเบียนแล้ว "
                             "(ใบรับรอง {certificates} ฉบับ)",
                             "[bold]3. Fictional population[/bold]: kept the one already in the registry "
                             "({certificates} certificates)"),
    "demo.dashboard": ("[bold]แดชบอร์ด[/bold] (ใบรับรอง {certificates} ฉบับ): เปิด {index} ในเบราว์เซอร์ "
                       "(ภาษาไทย; ภาษาอังกฤษที่ index.en.html) หน้าตรวจสอบใบรับรองคือ verify.html",
                       "[bold]Dashboard[/bold] ({certificates} certificates): open {index} in a browser "
                       "(Thai; index.en.html in English); the verification page is verify.html"),
}


def say(key: str, lang: str, **values: object) -> str:
    th, en = TEXTS[key]
    return (th if lang == "th" else en).format(**values)
