"""--help texts of the main commands (Thai, English), keyed by command path and option."""

from __future__ import annotations

MAIN_HELP: dict[str, tuple[str, str]] = {
    "hria": (
        "การรับรององค์กรด้วยการประเมินผลกระทบด้านสิทธิมนุษยชน (HRIA)\n"
        "\n"
        "ตามแผนยุทธศาสตร์คณะกรรมการสิทธิมนุษยชนแห่งชาติ (กสม.) พ.ศ. 2566–2570 ประเด็นยุทธศาสตร์ที่ 2.2 "
        "พัฒนากลไกการประเมินผลกระทบด้านสิทธิมนุษยชน\n"
        "\n"
        "เริ่มจาก `hria demo` แล้วตามด้วย `hria criteria list` และ `hria criteria show gov`\n"
        "\n"
        "ระบบค้นหาชุดเกณฑ์จากโฟลเดอร์ criteria/ ที่มากับโปรแกรม และจากโฟลเดอร์ที่ระบุใน HRIA_CRITERIA_PATH "
        "(คั่นด้วย ':') ซึ่งจัดเก็บเป็น `SET/VERSION.yaml`\n"
        "\n"
        "ทุกคำสั่งที่แสดงเนื้อหารับ `--lang th|en` (ค่าเริ่มต้นเป็นภาษาไทย หรือตั้ง HRIA_LANG=en) "
        "และแจ้งข้อผิดพลาดเป็นภาษานั้นด้วย",
        "Human Rights Impact Assessment (HRIA) certification — NHRC Thailand strategic "
        "issue 2.2.\n"
        "\n"
        "การประเมินผลกระทบด้านสิทธิมนุษยชนเพื่อรับรององค์กร ตามแผนยุทธศาสตร์ กสม. ประเด็นที่ "
        "2.2\n"
        "\n"
        "Start with `hria demo`, then `hria criteria list` and `hria criteria show "
        "gov`.\n"
        "\n"
        "Criteria sets are found in the bundled criteria/ folder and in the folders "
        "listed in HRIA_CRITERIA_PATH (separated by ':'), laid out as `SET/VERSION.yaml`.\n"
        "\n"
        "Every command that shows content takes `--lang th|en` (Thai by default; or "
        "set HRIA_LANG=en), and says its errors in that language too.",
    ),
    "hria --version": (
        "แสดงรุ่นของโปรแกรมแล้วออก",
        "Print the version and exit.",
    ),
    "demo": (
        "ทดลองทำครบทุกขั้นตอนกับตัวอย่างที่มากับโปรแกรม: ตรวจชุดเกณฑ์ ให้คะแนนตัวอย่างแต่ละราย "
        "เขียนรายงานภาษาไทยและภาษาอังกฤษ ออกใบรับรองที่ลงนามแล้วและตรวจสอบแบบออฟไลน์ "
        "จากนั้นสร้างแดชบอร์ดสาธารณะจากทะเบียน (DIR/site/index.html)",
        "Run the whole path on the bundled examples: check the criteria sets, score "
        "each example,\n"
        "write its report in Thai and English, issue a signed certificate and verify "
        "it offline,\n"
        "then build the public dashboard from the registry (DIR/site/index.html).",
    ),
    "demo --out": (
        "โฟลเดอร์ที่เก็บไฟล์ทั้งหมด ที่การสาธิตสร้างขึ้น",
        "Folder for everything the demo writes.",
    ),
    "demo --population": (
        "เพิ่มองค์กรสมมุติ ซึ่งเห็นได้ชัดว่าไม่มีอยู่จริง ลงในทะเบียนตามจำนวนนี้ด้วย (เช่น 3000) "
        "เพื่อให้แดชบอร์ด แสดงภาพรวมระดับประเทศ",
        "Also fill the registry with this many clearly fictional organisations (e.g. "
        "3000), so the dashboard shows a national picture.",
    ),
    "assess": (
        "สัมภาษณ์องค์กรทีละเกณฑ์ และบันทึกทุกคำตอบทันที\n"
        "\n"
        "ที่แต่ละคำถาม: พิมพ์ตัวเลขเพื่อตอบ · n ไม่เกี่ยวข้อง (เมื่ออนุญาต) · ? แสดงคำแนะนำ · b ย้อนกลับ · "
        "s ข้าม · m ทำเครื่องหมายไว้ทบทวน · j รหัส ไปที่ข้อ · r ทบทวน · i ทะเบียนผลกระทบ · l สลับภาษา · q "
        "บันทึกและออก ส่วน `Ctrl-C` จะถามว่าจะบันทึกและออกหรือไม่ "
        "ไฟล์ที่บันทึกระหว่างสัมภาษณ์คือไฟล์การประเมิน ที่ `hria score`, `hria report` และ `hria certify` "
        "อ่านได้ทันทีโดยไม่ต้องแปลง",
        "Interview the organisation criterion by criterion; every answer is saved at "
        "once.\n"
        "\n"
        "At each question: a number answers, n is not applicable (where allowed), ? "
        "shows the\n"
        "guidance, b back, s skip, m mark for later, j ID jump, r review, i impact "
        "register,\n"
        "l switch language, q save and quit; Ctrl-C offers to save and quit. The session "
        "file is\n"
        "an assessment that `hria score`, `hria report` and `hria certify` read as "
        "it is.",
    ),
    "assess --set": (
        "ชุดเกณฑ์ที่ใช้ประเมิน (ค่าเริ่มต้น: เลือกตาม --type หรือถามผู้ใช้)",
        "Criteria set to assess against (default: from --type, or asked).",
    ),
    "assess --type": (
        "ประเภทองค์กรตาม criteria/vocabulary.yaml (เช่น government_agency หรือรหัสชุดเกณฑ์ "
        "ของประเภทนั้นคือ `gov`) โดยใช้ชุดเกณฑ์ฉบับล่าสุด ที่ใช้งานอยู่ของประเภทนั้น",
        "Organisation type of criteria/vocabulary.yaml (government_agency, or its set's "
        "id: gov): the latest active set for it.",
    ),
    "assess --profile": (
        "ข้อมูลองค์กร (ไฟล์ YAML ที่มี `organisation:` และอาจมี `assessor:` ด้วย "
        "ใช้ไฟล์การประเมินเดิมแทนได้)",
        "Organisation profile (YAML with `organisation:` and optionally `assessor:`; "
        "an earlier assessment file will do).",
    ),
    "assess --lang": (
        "ภาษาของการสัมภาษณ์: th (ค่าเริ่มต้น) หรือ en ระหว่างสัมภาษณ์กด `l` เพื่อสลับภาษาได้",
        "Language of the interview: th (default) or en; `l` switches during the session.",
    ),
    "assess --output": (
        "ไฟล์การประเมินที่จะเขียน ในรูปแบบ YAML (ค่าเริ่มต้น: SET-DATE.assessment.yaml)",
        "Session file to write, an assessment YAML (default: SET-DATE.assessment.yaml).",
    ),
    "assess --resume": (
        "สัมภาษณ์ต่อ จากที่หยุดไว้",
        "Continue a session where it stopped.",
    ),
    "score": (
        "ให้คะแนนการประเมิน: คะแนนรวม 0-100 คะแนนรายมิติ เกณฑ์ที่ต้องผ่าน ระดับ และแผนปฏิบัติการแก้ไข\n"
        "\n"
        "ปัญหาทุกข้อในทุกไฟล์จะแจ้งในรูป ไฟล์:บรรทัด:คอลัมน์ ก่อนเริ่มให้คะแนน คำสั่งจบด้วยรหัส 0 "
        "เมื่อทุกการประเมินได้รับการรับรอง รหัส 1 เมื่อมีการประเมินใดไม่ได้รับการรับรองหรือประเมินไม่ครบ "
        "และรหัส 2 เมื่อข้อมูลนำเข้าไม่ถูกต้อง ส่วน --json พิมพ์ผลตามรูปแบบที่กำหนดไว้ใน "
        "docs/result-format.md โดยเป็นออบเจ็กต์เมื่อให้ไฟล์เดียว และเป็นรายการเมื่อให้หลายไฟล์",
        "Score assessments: overall 0-100, domains, must-pass gates, level and a corrective-action "
        "plan.\n"
        "\n"
        "Every problem in every file is reported as file:line:col before anything is "
        "scored.\n"
        "Exit 0 when every assessment is certified, 1 when any is not certified or "
        "incomplete,\n"
        "2 on bad input. --json prints the documented result format (docs/result-format.md):\n"
        "an object for one file, a list for several.",
    ),
    "score FILES": (
        "ไฟล์การประเมิน (YAML)",
        "Assessment files (YAML).",
    ),
    "score --criteria": (
        "ให้คะแนนตามชุดเกณฑ์ หรือไฟล์ชุดเกณฑ์นี้ ซึ่งต้องเป็นชุดและฉบับ ที่การประเมินระบุไว้ (ค่าเริ่มต้น: "
        "ค้นหาจากโฟลเดอร์ชุดเกณฑ์)",
        "Score against this criteria file or set; it must be the set and version the "
        "assessment names (default: find it among the criteria folders).",
    ),
    "score --explain": (
        "อธิบายว่าคะแนนของเกณฑ์นี้ ได้มาอย่างไร และเกณฑ์นี้มีผลต่อสิ่งใดบ้าง",
        "Explain how this criterion's score came about and what it changes.",
    ),
    "report": (
        "เขียนรายงาน: ปก บทสรุปผู้บริหาร แผนภูมิรายมิติ ผลการประเมินรายมิติ แผนปฏิบัติการแก้ไข "
        "ทะเบียนผลกระทบพร้อมตารางความรุนแรง × โอกาสเกิด วิธีการประเมิน และการลงนาม\n"
        "\n"
        "ผลการประเมินในรูปแบบที่โปรแกรมอ่านได้ (สิ่งที่ `hria score FILE --json` พิมพ์) "
        "ฝังอยู่ในไฟล์ในชื่อ hria-result.json",
        "Write the report: cover, executive summary, domain chart, findings, corrective-action "
        "plan,\n"
        "impact register with a severity × likelihood matrix, methodology and signatures.\n"
        "\n"
        "The machine-readable result (what `hria score FILE --json` prints) is embedded "
        "as\n"
        "hria-result.json.",
    ),
    "report ASSESSMENT": (
        "ไฟล์การประเมิน (YAML)",
        "Assessment file (YAML).",
    ),
    "report --output": (
        "ไฟล์ PDF ที่จะเขียน",
        "PDF file to write.",
    ),
    "report --criteria": (
        "ชุดเกณฑ์ หรือไฟล์ชุดเกณฑ์ (ค่าเริ่มต้น: ชุดที่การประเมินระบุไว้)",
        "Criteria set or file (default: the one the assessment names).",
    ),
    "report --pdfa": (
        "เขียนเป็น PDF/A-3b (สำหรับเก็บถาวร) โดยฝังผลการประเมิน ไว้ในไฟล์",
        "Write PDF/A-3b (archival) with the result embedded.",
    ),
    "report --templates": (
        "โฟลเดอร์แม่แบบ ที่ใช้แทนแม่แบบของโปรแกรม ซึ่งมีชื่อเดียวกัน (เช่น report/partials/logo.html)",
        "Folder of templates that override bundled ones by name (e.g. report/partials/logo.html).",
    ),
    "report --html": (
        "เขียนไฟล์ HTML ที่ใช้จัดหน้าไว้ด้วย",
        "Also write the HTML that was laid out.",
    ),
    "verify": (
        "ตรวจใบรับรองและบอกว่าตรวจอะไรไปบ้าง: ความแท้ ความครบถ้วน และสถานะ\n"
        "\n"
        "คำสั่งจบด้วยรหัส 0 ใช้ได้ (แท้ ไม่ถูกแก้ไข และสถานะใช้ได้ตามแหล่งที่ระบุชื่อ) รหัส 1 ใช้ไม่ได้ "
        "(ปลอมแปลง ถูกแก้ไข ถูกเพิกถอน ถูกพักใช้ ถูกแทนที่ หมดอายุ หรือบัญชีสาธารณะถูกแก้ไข) รหัส 2 "
        "ข้อมูลนำเข้าไม่ถูกต้อง (ไม่ใช่ใบรับรอง อ่านไฟล์ไม่ได้ หรือใช้คำสั่งผิด) และรหัส 3 ตรวจไม่ครบ "
        "(ไม่พบสิ่งที่ไม่ผ่าน แต่มีบางอย่างที่ไม่ได้ตรวจ — ไม่มีทะเบียนหรือบัญชีสาธารณะสำหรับตรวจสถานะ "
        "บัญชีสาธารณะเก่าเกินกำหนด หรือไม่มีรากของโครงการรับรองสำหรับตรวจผู้ลงนาม PDF)",
        "Check a certificate and say what was checked: authenticity, integrity and "
        "status.\n"
        "\n"
        "Exit codes: 0 valid (authentic, intact, status valid from a named source); "
        "1 invalid (forged,\n"
        "altered, revoked, suspended, superseded, expired, or an edited list); 2 bad "
        "input (not a\n"
        "certificate, unreadable file, usage); 3 not verified (nothing failed, but "
        "something was not\n"
        "checked — no registry or list for the status, a stale list, no scheme root "
        "for the PDF's signer).",
    ),
    "verify TARGET": (
        "ไฟล์ PDF ของใบรับรอง ข้อความหรือ URL ในคิวอาร์โค้ด หรือเลขที่ใบรับรอง (เมื่อระบุ --registry)",
        "A certificate PDF, the text or URL its QR code holds, or a serial (with --registry).",
    ),
    "verify --scheme": (
        "ไฟล์โครงการรับรองที่เจ้าของโครงการ (กสม.) ลงนาม: ราก หน่วยรับรองที่ได้รับการรับรองระบบงาน "
        "พร้อมกุญแจ และอายุสูงสุดของบัญชีสาธารณะ",
        "The scheme file the scheme owner (NHRC) signs: root, accredited bodies and "
        "their keys, list freshness.",
    ),
    "verify --root": (
        "กำหนดใบรับรองราก ที่โครงการรับรองต้องใช้ (`root.crt`)",
        "Pin the scheme root certificate (root.crt).",
    ),
    "verify --pubkey": (
        "กุญแจสาธารณะของหน่วยรับรอง (`.pub`) ใช้แทนไฟล์โครงการรับรอง",
        "A body's public key (.pub), instead of a scheme.",
    ),
    "verify --registry": (
        "ทะเบียนที่ใช้ดูสถานะ และประวัติกุญแจ (ไฟล์ SQLite หรือ URL แบบ postgresql://)",
        "Registry to take status and key history from (SQLite file or postgresql:// URL).",
    ),
    "verify --list": (
        "บัญชีสาธารณะที่ลงนามแล้ว จาก `hria registry export` (JSON หรือ CSV พร้อมไฟล์ `.sig`)",
        "Signed public list from `hria registry export` (JSON, or CSV with its .sig).",
    ),
    "keys": (
        "กุญแจ: คู่กุญแจ Ed25519 ของหน่วยรับรองสำหรับลงนามข้อมูลใบรับรอง และใบรับรอง X.509 "
        "ของรากโครงการรับรองและของหน่วยรับรอง สำหรับลงนาม PDF",
        "Keys: a body's Ed25519 pair for payloads, the scheme root and body X.509 certificates "
        "for PDF signatures.",
    ),
    "keys init": (
        "สร้าง `BODY.key` (กุญแจส่วนตัว สิทธิ์ 0600) และ `BODY.pub` (มอบให้ผู้ตรวจสอบใบรับรอง)",
        "Make BODY.key (private, mode 0600) and BODY.pub (give this to verifiers).",
    ),
    "keys init --body": (
        "รหัสหน่วยรับรอง เช่น CB01",
        "Certification body id, e.g. CB01.",
    ),
    "keys init --dir": (
        "ที่เก็บกุญแจ (ค่าเริ่มต้น: โฟลเดอร์ข้อมูลของผู้ใช้)",
        "Where to write the keys (default: user data dir).",
    ),
    "keys init --passphrase": (
        "เข้ารหัสกุญแจส่วนตัว โดยจะถามรหัสผ่าน (หรืออ่านจาก HRIA_KEY_PASSPHRASE)",
        "Encrypt the private key; asks for the passphrase (or reads HRIA_KEY_PASSPHRASE).",
    ),
    "keys init-root": (
        "รากของเจ้าของโครงการรับรอง (กสม.): กุญแจ ECDSA P-256 และใบรับรอง X.509 ที่ลงนามด้วยตนเอง "
        "ใช้ออกใบรับรองสำหรับลงนาม PDF ของแต่ละหน่วยรับรอง และใช้ลงนามไฟล์โครงการรับรอง",
        "The scheme owner's (NHRC's) root: an ECDSA P-256 key and self-signed X.509 "
        "certificate that\n"
        "issue each body's PDF-signing certificate and sign the scheme file.",
    ),
    "keys init-root --dir": (
        "ที่เขียน `root.key` (สิทธิ์ 0600) และ `root.crt`",
        "Where to write root.key (mode 0600) and root.crt.",
    ),
    "keys init-root --name": (
        "ชื่อเจ้าของโครงการรับรองที่ปรากฏในใบรับรอง",
        "The scheme owner's name in the certificate.",
    ),
    "keys issue-body": (
        "ออก `BODY.pdf.key` และ `BODY.pdf.crt` (ECDSA P-256 ออกโดยราก) สำหรับลงนาม PDF ของใบรับรอง "
        "และคัดลอก `root.crt` ไว้ข้างกัน โดย `hria certify` จะใช้ไฟล์เหล่านี้เมื่ออยู่ในโฟลเดอร์เดียวกับ "
        "`BODY.key`",
        "Issue BODY.pdf.key and BODY.pdf.crt (ECDSA P-256, from the root) that sign "
        "certificate PDFs,\n"
        "and copy root.crt beside them; `hria certify` uses them when they sit beside "
        "BODY.key.",
    ),
    "keys issue-body --body": (
        "รหัสหน่วยรับรอง เช่น CB01",
        "Certification body id, e.g. CB01.",
    ),
    "keys issue-body --name": (
        "ชื่อหน่วยรับรอง (ภาษาอังกฤษ) ในใบรับรองของหน่วย",
        "The body's name (English) in its certificate.",
    ),
    "keys issue-body --root": (
        "โฟลเดอร์ที่มี `root.key` และ `root.crt`",
        "Folder with root.key and root.crt.",
    ),
    "keys issue-body --dir": (
        "โฟลเดอร์กุญแจของหน่วยรับรอง (ที่เดียวกับ `BODY.key`)",
        "The body's key folder (beside BODY.key).",
    ),
    "keys issue-body --years": (
        "อายุใบรับรองของหน่วยรับรอง (ปี)",
        "Validity of the body certificate.",
    ),
    "keys sign-scheme": (
        "ลงนามไฟล์โครงการรับรองด้วยราก: ผู้ตรวจสอบใบรับรองอ่านไฟล์นี้แทนการใช้ --pubkey ของหน่วยรับรอง "
        "ให้ส่งไฟล์นี้แก่ทุกหน่วยรับรองด้วย (วางเป็น `scheme.json` ไว้ข้างกุญแจ) "
        "เพื่อให้คิวอาร์โค้ดพาไปยังหน้าตรวจสอบใบรับรอง",
        "Sign the scheme file with the root: what verifiers read instead of a body's "
        "--pubkey.\n"
        "Give it to each body too (as scheme.json beside its keys) so QR codes lead "
        "to the\n"
        "verification page.",
    ),
    "keys sign-scheme DRAFT": (
        "ร่างไฟล์โครงการรับรองที่มี `verification_url`, `list_freshness_days` และ `bodies` "
        "ซึ่งแต่ละหน่วยมี `id`, `name_th`, `name_en` และ `keys` (`public_key: BODY.pub`, `valid_from`, "
        "`valid_until`)",
        "verification_url, list_freshness_days, and bodies: id, name_th, name_en, keys "
        "(public_key: BODY.pub, valid_from, valid_until).",
    ),
    "keys sign-scheme --root": (
        "โฟลเดอร์ที่มี `root.key` และ `root.crt`",
        "Folder with root.key and root.crt.",
    ),
    "keys sign-scheme --output": (
        "ไฟล์โครงการรับรองที่จะเขียน (JSON)",
        "The scheme file to write (JSON).",
    ),
    "--lang": (
        "ภาษาของเนื้อหาและข้อความ: th (ไทย) หรือ en",
        "Language of the content and messages: th (Thai) or en.",
    ),
    "--json": (
        "พิมพ์เป็น JSON ที่โปรแกรมอ่านได้แทน",
        "Print machine-readable JSON instead.",
    ),
    "--registry": (
        "ทะเบียน: ไฟล์ SQLite หรือ URL แบบ postgresql:// (ค่าเริ่มต้น: HRIA_REGISTRY "
        "หรือโฟลเดอร์ข้อมูลของผู้ใช้)",
        "Registry: a SQLite file or a postgresql:// URL (default: HRIA_REGISTRY or "
        "the user data directory).",
    ),
}
