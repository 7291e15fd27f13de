"""The interview's own words in Thai and English; criteria text comes from the set."""

from __future__ import annotations

from hria.models.text import Lang

# key -> (Thai, English); {placeholders} are filled by ``say``.
TEXTS: dict[str, tuple[str, str]] = {
    "progress": ("ความก้าวหน้า {n}/{total}", "Progress {n}/{total}"),
    "answered_count": ("ตอบแล้ว {done}/{total}", "answered {done}/{total}"),
    "current": ("คำตอบปัจจุบัน", "Current answer"),
    "marked": ("★ ทำเครื่องหมายไว้", "★ marked for later"),
    "na": ("ไม่เกี่ยวข้อง", "not applicable"),
    "na_choice": ("ไม่เกี่ยวข้อง (ต้องระบุเหตุผล)", "not applicable (give a reason)"),
    "must_pass": ("ต้องผ่าน: อย่างน้อย {at_least}", "must pass: at least {at_least}"),
    "commands": ("? คำแนะนำ · b ย้อนกลับ · s ข้าม · m ทำเครื่องหมาย · j รหัส ไปที่ข้อ · r ทบทวน · "
                 "i ทะเบียนผลกระทบ · l English · q บันทึกและออก",
                 "? guidance · b back · s skip · m mark for later · j ID jump · r review · "
                 "i impacts · l ภาษาไทย · q save and quit"),
    "keep_hint": ("Enter = คงคำตอบเดิม", "Enter = keep the answer"),
    "answer_prompt": ("คำตอบ [{choices}, ? ช่วยเหลือ]: ", "Answer [{choices}, ? help]: "),
    "evidence_prompt": ("หลักฐาน (เลขที่เอกสาร ไฟล์ URL คั่นด้วย ;){keep}: ",
                        "Evidence (document ids, files, URLs; separate with ;){keep}: "),
    "notes_prompt": ("บันทึก{keep}: ", "Notes{keep}: "),
    "keep_current": (" [Enter = คงเดิม, - = ลบ]", " [Enter = keep, - = clear]"),
    "na_reason_prompt": ("เหตุผลที่ไม่เกี่ยวข้อง [Enter = {default}]: ",
                         "Reason it does not apply [Enter = {default}]: "),
    "invalid_answer": ("'{text}' ไม่ใช่คำตอบของข้อนี้: พิมพ์ {choices} หรือคำสั่ง (? ดูคำสั่ง)",
                       "'{text}' is not an answer here: type {choices}, or a command (? for help)"),
    "na_not_allowed": ("ข้อ {id} ตอบว่าไม่เกี่ยวข้องไม่ได้", "{id} may not be answered not applicable"),
    "need_answer": ("ข้อนี้ยังไม่มีคำตอบ: พิมพ์คำตอบ หรือ s เพื่อข้าม",
                    "No answer yet: type an answer, or s to skip"),
    "guidance": ("คำแนะนำสำหรับผู้ตรวจ", "Guidance for the auditor"),
    "expected_evidence": ("หลักฐานที่ควรมี", "Expected evidence"),
    "references": ("อ้างอิง", "References"),
    "na_when": ("ตอบไม่เกี่ยวข้องได้เมื่อ", "May be not applicable when"),
    "depends": ("ขึ้นกับ", "Depends on"),
    "evidence_label": ("หลักฐาน", "evidence"),
    "notes_label": ("บันทึก", "notes"),
    "saved": ("บันทึกแล้ว", "saved"),
    "appeared": ("ข้อที่ต้องตอบเพิ่ม: {ids}", "Now applies: {ids}"),
    "disappeared": ("ข้อที่ไม่ต้องตอบแล้ว: {ids} (คำตอบเดิมเก็บไว้แต่ไม่นับ)",
                    "No longer applies: {ids} (any answer is kept but not counted)"),
    "first_question": ("นี่คือข้อแรกแล้ว", "This is the first question"),
    "jump_unknown": ("ไม่พบข้อ '{text}'{hint}", "No question '{text}'{hint}"),
    "jump_hint": ("; หมายถึง {id} หรือไม่", "; did you mean {id}?"),
    "jump_not_applicable": ("ข้อ {id} ไม่ใช้บังคับในขณะนี้: {why}", "{id} does not apply now: {why}"),
    "marked_now": ("ทำเครื่องหมาย {id} ไว้ทบทวนภายหลัง", "Marked {id} for later"),
    "unmarked_now": ("ยกเลิกเครื่องหมาย {id}", "Unmarked {id}"),
    "review_title": ("ทบทวน: ตอบแล้ว {answered}, ไม่เกี่ยวข้อง {na}, ยังไม่ตอบ {open}, ทำเครื่องหมาย {marked}",
                     "Review: answered {answered}, not applicable {na}, unanswered {open}, marked {marked}"),
    "unanswered": ("ยังไม่ตอบ", "unanswered"),
    "end_title": ("ถึงข้อสุดท้ายแล้ว", "End of the questions"),
    "end_open": ("ยังไม่ตอบ: {ids}", "Unanswered: {ids}"),
    "end_marked": ("ทำเครื่องหมายไว้: {ids}", "Marked: {ids}"),
    "end_prompt": ("Enter ไปข้อที่ยังค้าง · f จบและคำนวณคะแนน · r ทบทวน · q บันทึกและออก: ",
                   "Enter go to what is left · f finish and score · r review · q save and quit: "),
    "interrupt_prompt": ("บันทึกและออกหรือไม่ [Y/n]: ", "Save and quit? [Y/n]: "),
    "quit": ("บันทึกไว้ที่ {file} — ทำต่อด้วย: {command}", "Saved to {file} — continue with: {command}"),
    "start": ("ข้อที่ใช้บังคับกับองค์กรนี้ {count} ข้อ{more}", "{count} questions apply to this organisation{more}"),
    "start_more": (" และอาจเพิ่มอีก {count} ข้อตามคำตอบ", ", and up to {count} more depending on the answers"),
    "session_file": ("ไฟล์การประเมิน {file} (บันทึกทุกครั้งที่ตอบ)",
                     "Session file {file} (saved after every answer)"),
    "resumed": ("ทำต่อจาก {file}: ตอบแล้ว {done} ข้อ", "Resumed {file}: {done} answers so far"),
    "summary_title": ("สรุปผลการประเมิน", "Assessment summary"),
    "summary_counts": ("ตอบแล้ว {answered} · ไม่เกี่ยวข้อง {na} · ข้าม/ยังไม่ตอบ {skipped}",
                       "answered {answered} · not applicable {na} · skipped {skipped}"),
    "summary_score": ("คะแนนรวม {overall} / 100 — {decision}{level}",
                      "Overall {overall} / 100 — {decision}{level}"),
    "summary_plan": ("การดำเนินการแก้ไขที่ควรทำก่อน", "Corrective actions first"),
    "next_steps": ("ขั้นต่อไป", "Next steps"),
    "certified": ("ได้รับการรับรอง", "certified"),
    "not_certified": ("ไม่ได้รับการรับรอง", "not certified"),
    "incomplete": ("ยังประเมินไม่ครบ", "incomplete"),
    "level": (" ระดับ {name}", " at level {name}"),
    "impacts_title": ("ทะเบียนผลกระทบ ({count})", "Impact register ({count})"),
    "impacts_empty": ("ยังไม่มีผลกระทบ", "No impacts yet"),
    "impacts_prompt": ("a เพิ่ม · e รหัส แก้ไข · d รหัส ลบ · Enter กลับไปที่คำถาม: ",
                       "a add · e ID edit · d ID delete · Enter back to the question: "),
    "impact_unknown": ("ไม่พบผลกระทบ '{id}'", "No impact '{id}'"),
    "impact_saved": ("บันทึกผลกระทบ {id} แล้ว", "Impact {id} saved"),
    "impact_deleted": ("ลบผลกระทบ {id} แล้ว", "Impact {id} deleted"),
    "severity": ("ความรุนแรง", "severity"),
    "impact_rights": ("สิทธิ", "rights"),
    "likelihood": ("โอกาสเกิด", "likelihood"),
    "status": ("สถานะ", "status"),
    "invalid_value": ("ไม่ถูกต้อง: {error}", "Not valid: {error}"),
    "choose": ("เลือก [{choices}]", "Choose [{choices}]"),
    "profile_title": ("ข้อมูลองค์กร", "Organisation profile"),
    "assessor_title": ("ผู้ตรวจประเมิน", "Assessor"),
    "err_required": ("ต้องกรอก", "required"),
    "date_echo": ("→ {th} ({iso})", "→ {en}, {iso}"),
    "date_confirm": ("ถูกต้องหรือไม่ [Y/n]: ", "Is that right? [Y/n]: "),
    "err_number": ("พิมพ์ตัวเลข {numbers}", "type a number {numbers}"),
    "err_whole": ("พิมพ์จำนวนเต็ม", "type a whole number"),
    "err_id_used": ("รหัสผลกระทบ '{id}' ถูกใช้แล้ว", "impact id '{id}' is already used"),
}


class Invalid(ValueError):
    """An answer the interview refuses, said in the interview's language when shown."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(TEXTS[key][1].format(**values))
        self.key, self.values = key, values


def say(lang: Lang, key: str, **values: object) -> str:
    th, en = TEXTS[key]
    return (th if lang == "th" else en).format(**values)
