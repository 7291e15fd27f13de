"""Fixed wording of the report in Thai and English (content comes from the criteria set)."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "th": {
        "doc_title": "รายงานการประเมินผลกระทบด้านสิทธิมนุษยชน",
        # the cover's lines: left to itself the title broke as "…ด้านสิทธิ / มนุษยชน"
        "doc_title_lines": "รายงานการประเมินผลกระทบ|ด้านสิทธิมนุษยชน",
        "doc_subtitle": "Human Rights Impact Assessment Report",
        "mandate": "ตามแผนยุทธศาสตร์คณะกรรมการสิทธิมนุษยชนแห่งชาติ พ.ศ. 2566–2570 "
                   "ประเด็นยุทธศาสตร์ที่ 2.2 พัฒนากลไกการประเมินผลกระทบด้านสิทธิมนุษยชน",
        "organisation": "องค์กรที่รับการประเมิน", "type": "ประเภทองค์กร", "province": "จังหวัด",
        "registration": "เลขทะเบียน", "size": "ขนาด", "criteria_set": "ชุดเกณฑ์",
        "assessor": "ผู้ประเมิน", "assessed_on": "วันที่ประเมิน", "report_date": "วันที่จัดทำรายงาน",
        "page": "หน้า", "of": "/",
        "summary": "บทสรุปผู้บริหาร", "overall": "คะแนนรวม", "decision": "ผลการตัดสิน",
        "level": "ระดับ", "certified": "ผ่านการรับรอง", "not_certified": "ไม่ผ่านการรับรอง",
        "incomplete": "ประเมินยังไม่ครบถ้วน", "reasons": "เหตุผล",
        "gates": "เกณฑ์ที่ต้องผ่าน", "must_pass": "ต้องผ่าน", "criterion": "เกณฑ์", "required": "ต้องได้อย่างน้อย",
        "value": "ผลที่ได้", "status": "สถานะ", "passed": "ผ่าน", "failed": "ไม่ผ่าน",
        "not_applicable": "ไม่เกี่ยวข้อง", "unanswered": "ยังไม่ตอบ", "skipped": "ไม่ใช้บังคับ",
        "missing": "ยังไม่มีคำตอบ", "scored": "ให้คะแนนแล้ว",
        "domains": "คะแนนรายมิติสิทธิ", "domain": "มิติสิทธิ", "score": "คะแนน", "floor": "เกณฑ์ขั้นต่ำ",
        "weight": "น้ำหนัก", "not_scored": "ไม่นำมาคิดคะแนน", "id": "รหัส",
        "findings": "ผลการประเมินรายมิติ", "answer": "คำตอบ", "evidence": "หลักฐาน", "notes": "บันทึก",
        "references": "อ้างอิง",
        "limited_by": "ข้อจำกัดของคะแนน", "none": "—",
        "plan": "แผนปฏิบัติการแก้ไข", "plan_intro": "เรียงตามผลที่จะเกิดขึ้นหากแก้ไข: "
                 "คะแนนที่เพิ่มขึ้น เกณฑ์ที่ต้องผ่านที่จะผ่าน และเกณฑ์อื่นที่จะปลดล็อก",
        "action": "สิ่งที่ต้องทำ", "raise_to": "ยกระดับจาก {a} เป็น {b}", "mitigate": "ลดผลกระทบ {id}",
        "points": "คะแนนรวมเพิ่มขึ้น", "gates_passed": "เกณฑ์ที่ต้องผ่านที่จะผ่าน", "unlocks": "ปลดล็อก",
        "owner": "ผู้รับผิดชอบ", "due": "กำหนดเสร็จ", "after": "ผลหลังแก้ไข",
        "more_actions": "และอีก {n} รายการที่ได้ผลน้อยกว่า (ทั้งหมดอยู่ใน hria score --json)",
        "impacts": "ทะเบียนผลกระทบด้านสิทธิมนุษยชน", "impacts_intro": "ตามแนวทางของสถาบันสิทธิมนุษยชนแห่งเดนมาร์ก "
                    "(DIHR): ความรุนแรง = ขนาด + ขอบเขต + ความยากต่อการเยียวยา (3–12)",
        "right": "สิทธิที่ได้รับผลกระทบ", "holders": "ผู้ทรงสิทธิ", "involvement": "ความเกี่ยวข้อง",
        "severity": "ความรุนแรง", "likelihood": "โอกาสเกิด", "mitigation": "มาตรการลดผลกระทบ",
        "cause": "เป็นผู้ก่อ", "contribute": "มีส่วนก่อ", "directly_linked": "เชื่อมโยงโดยตรง",
        "actual": "เกิดขึ้นแล้ว", "potential": "อาจเกิดขึ้น",
        "open": "ยังไม่ดำเนินการ", "mitigating": "อยู่ระหว่างลดผลกระทบ", "mitigated": "ลดผลกระทบแล้ว",
        "remediated": "เยียวยาแล้ว", "matrix": "ตารางความรุนแรง × โอกาสเกิด",
        "no_impacts": "ไม่มีผลกระทบที่บันทึกไว้",
        "methodology": "วิธีการประเมิน", "engine": "รุ่นของโปรแกรมคำนวณ", "set_hash": "ลายนิมิตชุดเกณฑ์",
        "answers_hash": "ลายนิมิตคำตอบ",
        "signatures": "การลงนาม", "sign_assessor": "ผู้ประเมิน", "sign_body": "หน่วยรับรอง",
        "sign_org": "ผู้บริหารองค์กร", "date": "วันที่",
        "wrote": "เขียน {file} แล้ว ({size} KB, {lang}{pdfa}): {decision}{level}",
    },
    "en": {
        "doc_title": "Human Rights Impact Assessment Report",
        "doc_title_lines": "Human Rights Impact Assessment Report",
        "doc_subtitle": "รายงานการประเมินผลกระทบด้านสิทธิมนุษยชน",
        "mandate": "Under the NHRC Thailand strategic plan 2023–2027 (B.E. 2566–2570), "
                   "strategic issue 2.2: develop a human rights impact assessment mechanism",
        "organisation": "Organisation assessed", "type": "Type", "province": "Province",
        "registration": "Registration no.", "size": "Size", "criteria_set": "Criteria set",
        "assessor": "Assessor", "assessed_on": "Assessed on", "report_date": "Report date",
        "page": "Page", "of": "of",
        "summary": "Executive summary", "overall": "Overall score", "decision": "Decision",
        "level": "Level", "certified": "Certified", "not_certified": "Not certified",
        "incomplete": "Incomplete assessment", "reasons": "Reasons",
        "gates": "Must-pass gates", "must_pass": "must-pass", "criterion": "Criterion",
        "required": "Required",
        "value": "Result", "status": "Status", "passed": "passed", "failed": "failed",
        "not_applicable": "not applicable", "unanswered": "unanswered", "skipped": "does not apply",
        "missing": "no answer", "scored": "scored",
        "domains": "Scores by rights domain", "domain": "Domain", "score": "Score", "floor": "Floor",
        "weight": "Weight", "not_scored": "not scored", "id": "ID",
        "findings": "Findings by domain", "answer": "Answer", "evidence": "Evidence", "notes": "Notes",
        "references": "References",
        "limited_by": "Limited by", "none": "—",
        "plan": "Corrective-action plan", "plan_intro": "Ordered by what fixing each would change: "
                 "points gained, gates passed and criteria unlocked downstream.",
        "action": "Action", "raise_to": "raise from {a} to {b}", "mitigate": "mitigate impact {id}",
        "points": "Points gained", "gates_passed": "Gates passed", "unlocks": "Unlocks",
        "owner": "Owner", "due": "Due", "after": "Outcome after",
        "more_actions": "and {n} more actions that change less (all of them: hria score --json)",
        "impacts": "Human-rights impact register", "impacts_intro": "After the Danish Institute for "
                    "Human Rights (DIHR) method: severity = scale + scope + irremediability (3–12).",
        "right": "Rights affected", "holders": "Rights-holders", "involvement": "Involvement",
        "severity": "Severity", "likelihood": "Likelihood", "mitigation": "Mitigation",
        "cause": "causes", "contribute": "contributes", "directly_linked": "directly linked",
        "actual": "actual", "potential": "potential",
        "open": "open", "mitigating": "mitigating", "mitigated": "mitigated", "remediated": "remediated",
        "matrix": "Severity × likelihood", "no_impacts": "No impacts recorded.",
        "methodology": "Methodology", "engine": "Engine version", "set_hash": "Criteria-set hash",
        "answers_hash": "Answers hash",
        "signatures": "Signatures", "sign_assessor": "Assessor", "sign_body": "Certification body",
        "sign_org": "Head of organisation", "date": "Date",
        "wrote": "wrote {file} ({size} KB, {lang}{pdfa}): {decision}{level}",
    },
}

METHOD: dict[str, list[str]] = {
    "th": [
        "คะแนนของแต่ละเกณฑ์ = ค่าที่ได้ ÷ ค่าสูงสุดของมาตรวัด × 100 "
        "โดยถูกจำกัดเพดานเมื่อเกณฑ์ที่เป็นเงื่อนไขก่อนหน้ายังไม่ถึงระดับที่กำหนด",
        "คะแนนรายมิติ = ค่าเฉลี่ยถ่วงน้ำหนักของเกณฑ์ที่ใช้บังคับและได้รับคำตอบ เกณฑ์ที่ไม่เกี่ยวข้องหรือไม่ใช้บังคับไม่นำมาคิด",
        "คะแนนรวม = ค่าเฉลี่ยถ่วงน้ำหนักของมิติที่มีคะแนน (0–100)",
        "ระดับการรับรองพิจารณาจากคะแนนรวม เกณฑ์ที่ต้องผ่าน เกณฑ์ขั้นต่ำรายมิติ และผลกระทบรุนแรงที่ยังไม่ได้แก้ไข "
        "มิติที่ได้คะแนนสูงจึงไม่อาจชดเชยมิติที่ไม่ผ่านได้",
    ],
    "en": [
        "Criterion score = value ÷ scale maximum × 100, capped while a prerequisite criterion is below "
        "the level it requires.",
        "Domain score = weighted mean of the applicable, answered criteria; not-applicable and "
        "skipped criteria are left out.",
        "Overall score = weighted mean of the domains that have a score (0–100).",
        "The level follows from the overall score, must-pass gates, domain floors and severe "
        "unmitigated impacts, so a strong domain cannot hide a failing one.",
    ],
}
