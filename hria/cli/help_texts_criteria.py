"""--help texts of the commands that write and read criteria sets and forms (`hria criteria …`,
`hria questionnaire …`), Thai and English, keyed by command path and option."""

from __future__ import annotations

CRITERIA_HELP: dict[str, tuple[str, str]] = {
    "criteria": (
        "เขียน ตรวจ และเปรียบเทียบชุดเกณฑ์ (ไฟล์ YAML แยกตามฉบับในโฟลเดอร์ criteria/)",
        "Write, check and compare criteria sets (versioned YAML under criteria/).",
    ),
    "criteria list": (
        "แสดงชุดเกณฑ์ทุกชุดทุกฉบับ พร้อมสถานะและจำนวนเกณฑ์",
        "List every criteria set and version with its status and number of criteria.",
    ),
    "criteria show": (
        "แสดงชุดเกณฑ์เป็นแผนผังที่อ่านง่าย: มิติ เกณฑ์ เกณฑ์ที่ต้องผ่าน กฎการตัดสิน และระดับ",
        "Show a criteria set as a readable tree: domains, criteria, gates, rules and levels.",
    ),
    "criteria show REF": (
        "เช่น `gov` หรือ `gov@2026.1` หรือไฟล์ชุดเกณฑ์",
        "e.g. gov or gov@2026.1, or a file",
    ),
    "criteria validate": (
        "ตรวจไฟล์ชุดเกณฑ์ และแจ้งปัญหาทุกข้อในรูป ไฟล์:บรรทัด:คอลัมน์: ข้อความ\n"
        "\n"
        "คำเตือน (สิ่งที่ผู้เขียนเกณฑ์ยังควรปรับปรุง) จะแสดงไว้ แต่ถือว่าไม่ผ่านเฉพาะเมื่อใช้ --strict "
        "ส่วนฉบับที่มีฉบับใหม่กว่าที่มากับโปรแกรมใช้แทนแล้ว ยังเก็บไว้สำหรับการประเมินที่ระบุฉบับนั้น "
        "และจะไม่มีคำเตือน คำสั่งจบด้วยรหัส 0 เมื่อถูกต้องทั้งหมด รหัส 1 เมื่อมีไฟล์ใดไม่ถูกต้อง และรหัส 2 "
        "เมื่อใช้คำสั่งผิด",
        "Check criteria files and report every problem as file:line:col: message.\n"
        "\n"
        "Warnings (what an author should still improve) are shown but fail only with "
        "--strict;\n"
        "a version a later shipped version supersedes is kept for pinned assessments "
        "and gets\n"
        "none. Exit 0 when all are valid, 1 when any is invalid, 2 on a usage error.",
    ),
    "criteria validate PATHS": (
        "ไฟล์หรือโฟลเดอร์ชุดเกณฑ์ หากไม่ระบุ จะตรวจทุกชุดที่มากับโปรแกรม",
        "Criteria files or folders; all shipped sets when none are given.",
    ),
    "criteria validate --strict": (
        "ถือว่าไม่ผ่าน (รหัส 1) เมื่อมีคำเตือนด้วย: เกณฑ์ที่มีหลักฐานรายการเดียว ไม่มีคำอธิบายระดับ "
        "หรือเกณฑ์ของหน่วยงานรัฐ ที่ไม่มีอ้างอิงสนธิสัญญา หรือกฎหมายไทย",
        "Fail (exit 1) on warnings too: one evidence item, no level text, a state body's "
        "criterion without treaty or Thai law.",
    ),
    "criteria stats": (
        "ตัวเลขของแต่ละชุด: จำนวนเกณฑ์ มิติ เกณฑ์ที่ต้องผ่าน ร้อยละที่มีคำอธิบายระดับเฉพาะ หลักฐานต่อเกณฑ์ "
        "อ้างอิงแยกตามประเภท อ้างอิงสนธิสัญญา และข้อเสนอแนะ UPR พร้อมรัฐที่ให้ข้อเสนอแนะ",
        "Per set: criteria, domains, gates, % with own level text, evidence per criterion,\n"
        "references by kind, treaty references and UPR references with their state.",
    ),
    "criteria stats REFS": (
        "ชุดเกณฑ์ที่จะนับ หากไม่ระบุ จะใช้ฉบับล่าสุด ของทุกชุดที่มากับโปรแกรม",
        "Sets to count; the latest of each shipped set when none.",
    ),
    "criteria coverage": (
        "แสดงว่าเกณฑ์ของแต่ละชุดครอบคลุมประเด็นสิทธิที่กำหนดไว้ ข้อเสนอแนะ UPR ที่อยู่ในบัญชี "
        "และข้อสังเกตเชิงสรุปของคณะกรรมการตามสนธิสัญญาข้อใดบ้าง\n"
        "\n"
        "ประเด็นที่ไม่มีเกณฑ์ใดครอบคลุมจะแสดงว่า ขาด เมื่อองค์กรประเภทนั้นมีหน้าที่ในประเด็นนั้น "
        "คำสั่งจบด้วยรหัส 1 เมื่อมีชุดใดขาดประเด็น",
        "Which seed themes, catalogued UPR recommendations and treaty-body observations "
        "each set's\n"
        "criteria address.\n"
        "\n"
        "A theme no criterion addresses is a GAP where the organisation type has a "
        "duty on it.\n"
        "Exit 1 when any set has a gap.",
    ),
    "criteria coverage REFS": (
        "ชุดเกณฑ์ที่จะตรวจ หากไม่ระบุ จะใช้ฉบับล่าสุด ของทุกชุดที่มากับโปรแกรม",
        "Sets to check; the latest of each shipped set when none.",
    ),
    "criteria graph": (
        "แสดงกราฟความเชื่อมโยงของชุดเกณฑ์: เกณฑ์ที่ต้องมีก่อน เงื่อนไขการใช้บังคับ และมิติ",
        "Print the dependency graph of a set: prerequisites, skip logic and domains.",
    ),
    "criteria graph REF": (
        "ชุดเกณฑ์ เช่น `gov` หรือ `gov@2026.1` หรือไฟล์ชุดเกณฑ์",
        "Criteria set, e.g. gov or gov@2026.1, or a file.",
    ),
    "criteria graph --format": (
        "`text` สรุปเป็นข้อความ หรือแสดงกราฟ ในรูปแบบ `dot` `mermaid` หรือ `json`",
        "text summary, or the graph as dot, mermaid or json",
    ),
    "criteria diff": (
        "เปรียบเทียบสองฉบับ: เกณฑ์ที่เพิ่ม ตัดออก แก้ถ้อยคำ และเปลี่ยนน้ำหนัก อ้างอิงที่เพิ่มขึ้น "
        "และที่หายไป รวมทั้งเกณฑ์ที่ต้องผ่าน เกณฑ์ขั้นต่ำของมิติ ระดับ และกฎการตัดสินที่เปลี่ยน "
        "พร้อมค่าเดิมและค่าใหม่",
        "Compare two versions: criteria added, removed, reworded, reweighted; references "
        "gained\n"
        "and lost; each gate, floor, level and rule that moved, with old and new value.",
    ),
    "criteria diff OLD": (
        "ฉบับเดิม เช่น `gov@2026.1` หรือไฟล์ชุดเกณฑ์",
        "The older version, e.g. gov@2026.1, or a file.",
    ),
    "criteria diff NEW": (
        "ฉบับใหม่ เช่น `gov@2026.2` หรือไฟล์ชุดเกณฑ์",
        "The newer version, e.g. gov@2026.2, or a file.",
    ),
    "criteria schema": (
        "พิมพ์สคีมา JSON ของรูปแบบชุดเกณฑ์ เพื่อให้โปรแกรมแก้ไขข้อความตรวจไฟล์ได้ระหว่างพิมพ์",
        "Print the JSON Schema of the criteria-set format, for editors to check files as typed.",
    ),
    "criteria schema --output": (
        "เขียนลงไฟล์นี้แทน",
        "Write to this file instead.",
    ),
    "criteria calibrate": (
        "ให้คะแนนการประเมินแบบสุ่มและแบบจงใจหาช่องโหว่ แล้วแสดงสัดส่วนในแต่ละระดับ "
        "และจำนวนที่ได้รับการรับรองทั้งที่มีความล้มเหลวร้ายแรง\n"
        "\n"
        "การประเมินแบบจงใจหาช่องโหว่ใส่ความล้มเหลวร้ายแรงเพียงหนึ่งข้อ (ตามที่ชุดเกณฑ์ระบุ) "
        "ลงในองค์กรที่ได้คะแนนสูงสุดในข้ออื่นทุกข้อ โดยทำกับทุกประเภทย่อยและทุกขนาด คำสั่งจบด้วยรหัส 1 "
        "หากการประเมินใดที่ได้รับการรับรองมีความล้มเหลวร้ายแรง",
        "Score random and adversarial assessments; print shares per level and certified "
        "grave failures.\n"
        "\n"
        "Adversarial assessments put exactly one grave failure (as the set lists them) "
        "into an otherwise\n"
        "top-scoring organisation, for every subtype and size. Exit 1 if any certified "
        "assessment\n"
        "contains a grave failure.",
    ),
    "criteria calibrate SETS": (
        "ชุดเกณฑ์ที่จะสอบเทียบ เช่น `gov` หรือ `gov@2026.1` (ค่าเริ่มต้น: ทุกชุด "
        "ใช้ฉบับล่าสุดที่ใช้งานอยู่)",
        "Sets to calibrate, e.g. gov or gov@2026.1 (default: every set, newest active version).",
    ),
    "criteria calibrate --samples": (
        "จำนวนการประเมินแบบสุ่ม ต่อชุดเกณฑ์",
        "Random assessments per set.",
    ),
    "criteria calibrate --seed": (
        "ค่าตั้งต้นสำหรับสุ่มกลุ่มตัวอย่าง (ค่าเดียวกันให้ผลเดียวกัน)",
        "Seed of the random population (same seed, same output).",
    ),
    "criteria calibrate --grave-failures-from": (
        "ตรวจกับความล้มเหลวร้ายแรง ของฉบับอื่น เช่น `gov@2026.2` สำหรับ `gov@2026.1` (ค่าเริ่มต้น: "
        "ของชุดเกณฑ์นั้นเอง)",
        "Check against another version's grave failures, e.g. gov@2026.2 for gov@2026.1 "
        "(default: the set's own).",
    ),
    "questionnaire": (
        "แบบสอบถาม: ส่งออกแบบฟอร์ม Excel YAML หรือ PDF และนำเข้าแบบฟอร์มที่กรอกแล้ว",
        "Questionnaires: export Excel, YAML or PDF forms and import filled ones.",
    ),
    "questionnaire list": (
        "แบบสอบถามที่มากับโปรแกรม: ชุดเกณฑ์ ฉบับ กลุ่มผู้ตอบ และจำนวนคำถาม",
        "The shipped questionnaires: set, version, audience and number of questions.",
    ),
    "questionnaire list --json": (
        "พิมพ์เป็น JSON แทน",
        "Print JSON instead.",
    ),
    "questionnaire export": (
        "เขียนแบบฟอร์มแบบสอบถามของชุดเกณฑ์ แบบว่างเปล่า หรือแบบที่เติมคำตอบเดิมไว้แล้ว\n"
        "\n"
        "เมื่อใช้ --profile แบบฟอร์มจะทำขึ้นสำหรับองค์กรเดียว: คำถามสำหรับประเภทหรือขนาดอื่น "
        "หรือที่ขึ้นกับข้อมูลองค์กรซึ่งไม่ตรงกันจะถูกตัดออก "
        "และเครื่องหมายเกณฑ์ที่ต้องผ่านจะแสดงเฉพาะในคำถามที่องค์กรนั้นต้องตอบ",
        "Write a questionnaire form for a criteria set, blank or prefilled with earlier "
        "answers.\n"
        "\n"
        "With --profile the form is made for one organisation: questions for other "
        "types, sizes or\n"
        "profile facts are left out, and must-pass marks appear only on questions it "
        "answers.",
    ),
    "questionnaire export CRITERIA_SET": (
        "ชุดเกณฑ์ เช่น `gov` หรือ `gov@2026.1`",
        "Criteria set, e.g. gov or gov@2026.1.",
    ),
    "questionnaire export --format": (
        "`xlsx` (Excel) `yaml` (ข้อความพร้อมคำอธิบาย) หรือ `pdf` (สำหรับพิมพ์)",
        "xlsx (Excel), yaml (commented text) or pdf (print).",
    ),
    "questionnaire export --output": (
        "ไฟล์ที่จะเขียน",
        "File to write.",
    ),
    "questionnaire export --audience": (
        "ผู้ตอบ: self_assessment (ประเมินตนเอง) หรือ auditor_interview (ผู้ตรวจประเมินสัมภาษณ์)",
        "Who answers: self_assessment or auditor_interview.",
    ),
    "questionnaire export --prefill": (
        "ไฟล์การประเมิน ที่จะนำคำตอบมาเติม ลงในแบบฟอร์ม",
        "Assessment file whose answers fill the form in.",
    ),
    "questionnaire export --profile": (
        "ข้อมูลองค์กร (หรือไฟล์การประเมิน): แบบฟอร์มจะถามเฉพาะคำถาม ที่อาจใช้บังคับกับองค์กรนั้น "
        "หากไม่ระบุ จะถามทุกคำถาม",
        "Organisation profile (or an assessment file): the form asks only the questions "
        "that can apply to it. Without it, every question.",
    ),
    "questionnaire import": (
        "แปลงแบบฟอร์มที่กรอกแล้วเป็นไฟล์การประเมิน ที่ `hria score` อ่านได้\n"
        "\n"
        "แจ้งปัญหาทุกข้อในการทำงานครั้งเดียว ที่ตำแหน่งของปัญหา: เซลล์ (แผ่นงาน!E12) หรือ "
        "ไฟล์:บรรทัด:คอลัมน์ คำสั่งจบด้วยรหัส 0 เมื่อตอบครบ รหัส 1 เมื่อเขียนไฟล์ทั้งที่ยังไม่ครบ "
        "(--allow-incomplete) และรหัส 2 เมื่อข้อมูลนำเข้าไม่ถูกต้อง",
        "Read a filled form into an assessment file that `hria score` reads.\n"
        "\n"
        "Every problem is reported in one run, at its cell (Sheet!E12) or file:line:col.\n"
        "Exit 0 when complete, 1 when written incomplete (--allow-incomplete), 2 on "
        "bad input.",
    ),
    "questionnaire import FILE": (
        "แบบฟอร์มที่กรอกแล้ว: `.xlsx` หรือ `.yaml`",
        "A filled form: .xlsx or .yaml.",
    ),
    "questionnaire import --output": (
        "ไฟล์การประเมินที่จะเขียน",
        "Assessment file to write.",
    ),
    "questionnaire import --allow-incomplete": (
        "เขียนไฟล์ แม้ยังมีคำถามที่ต้องตอบ ซึ่งยังไม่ได้ตอบ",
        "Write the file even if required questions are unanswered.",
    ),
    "questionnaire import --criteria": (
        "คำตอบต้องเป็นของชุดเกณฑ์นี้ (ค่าเริ่มต้น: ชุดที่แบบฟอร์มระบุ)",
        "The set the answers must be for (default: the one the form names).",
    ),
}
