"""The forms' own words (headings, hints, column names) in Thai and English."""

from __future__ import annotations

from hria.models.text import Lang

_LABELS: dict[str, tuple[str, str]] = {
    "questionnaire": ("แบบสอบถาม", "Questionnaire"),
    "how_to_fill": ("วิธีกรอก", "How to fill it in"),
    "yaml_keep_comments": (
        "บรรทัดที่ขึ้นต้นด้วย #| เป็นคำถามและคำแนะนำ ระบบจะเขียนใหม่ทุกครั้งที่ส่งออก "
        "ความเห็นของท่านให้เขียนเป็นบรรทัด # ธรรมดา ระบบจะเก็บไว้ให้ "
        "กรอก value เป็นตัวเลขระดับ หรือ not_applicable: {reason: เหตุผล} เฉพาะข้อที่อนุญาต",
        "Lines starting with #| hold the questions and guidance and are rewritten on every export; "
        "write your own remarks as ordinary # comments and they are kept. Fill value with a level "
        "number, or not_applicable: {reason: ...} where the question allows it."),
    "profile_hint": ("ข้อมูลองค์กร: ชื่อภาษาไทยและภาษาอังกฤษ จังหวัด ขนาด และเลขทะเบียน 13 หลัก",
                     "Organisation: name in Thai and English, province, size and the 13-digit "
                     "registration number"),
    # dates are read in either era (hria.dates): the hint no longer asks a Thai office for C.E.
    "respondent_hint": ("ผู้ตอบแบบประเมิน (ชื่อ และหน่วยงานหรือตำแหน่ง) และวันที่ประเมิน "
                        "(ปปปป-ดด-วว เป็น พ.ศ. หรือ ค.ศ. ก็ได้ เช่น 2569-10-02)",
                        "Who answered (name and unit or position) and the date of the assessment "
                        "(YYYY-MM-DD, C.E. or B.E., e.g. 2026-10-02)"),
    "impacts_hint": ("ทะเบียนผลกระทบด้านสิทธิมนุษยชน (ถ้ามี) ตามรูปแบบใน criteria/README.md",
                     "Human-rights impact register, if any, in the format of criteria/README.md"),
    "choices": ("ตัวเลือก", "Choices"),
    "na_when": ("ไม่เกี่ยวข้องได้เมื่อ", "not applicable when"),
    "must_pass": ("เกณฑ์ที่ต้องผ่าน: ต้องได้อย่างน้อยระดับ {level}", "Must pass: needs at least level {level}"),
    "answer_when": ("ตอบเมื่อ {conditions} (แถวจะเป็นสีเทาเมื่อไม่ต้องตอบ)",
                    "Answer only when {conditions} (the row turns grey when it need not be answered)"),
    "guidance": ("คำแนะนำ", "Guidance"),
    "expected_evidence": ("หลักฐานที่ควรมี", "Expected evidence"),
    "comments_not_carried": (
        "ความเห็นในไฟล์คำตอบเดิมไม่สามารถคัดลอกมาได้ (ไฟล์ไม่ได้อยู่ในรูปแบบที่ส่งออก) ค่าคำตอบครบถ้วน",
        "the comments of the prefill file could not be carried over (it is not laid out as an exported "
        "form); every answer was"),
    # Excel and PDF
    "sheet_instructions": ("คำชี้แจง", "Instructions"),
    "sheet_profile": ("ข้อมูลองค์กร", "Profile"),
    "sheet_questions": ("แบบประเมิน", "Questionnaire"),
    "col_id": ("รหัส", "ID"),
    "col_question": ("คำถาม", "Question"),
    "col_guidance": ("คำแนะนำ", "Guidance"),
    "col_expected": ("หลักฐานที่ควรมี", "Expected evidence"),
    "col_answer": ("คำตอบ", "Answer"),
    "col_na_reason": ("เหตุผลที่ไม่เกี่ยวข้อง", "Reason if not applicable"),
    "col_evidence": ("หลักฐานขององค์กร (บรรทัดละรายการ)", "Your evidence (one per line)"),
    "col_notes": ("หมายเหตุ", "Notes"),
    "col_answered_by": ("ผู้ตอบ", "Answered by"),
    "col_answered_at": ("วันที่ตอบ", "Date"),
    "field": ("รายการ", "Field"),
    "value": ("ข้อมูล", "Value"),
    "org_name_th": ("ชื่อองค์กร (ภาษาไทย)", "Organisation name (Thai)"),
    "org_name_en": ("ชื่อองค์กร (ภาษาอังกฤษ)", "Organisation name (English)"),
    "org_type": ("ประเภทองค์กร", "Organisation type"),
    "subtype": ("ประเภทย่อย", "Subtype"),
    "province": ("จังหวัด", "Province"),
    "size": ("ขนาด", "Size"),
    "registration_number": ("เลขทะเบียนนิติบุคคล / เลขประจำตัวผู้เสียภาษี (13 หลัก)",
                            "Registration / tax number (13 digits)"),
    "employees": ("จำนวนบุคลากร", "Employees"),
    "sector": ("ภาคธุรกิจ (ขนาดกิจการตามนิยาม SME คิดจากภาคธุรกิจ จำนวนบุคลากร และรายได้ต่อปี)",
               "Sector (with employees and annual revenue, sets the size by the Thai SME definition)"),
    "annual_revenue_baht": ("รายได้ต่อปี (บาท)", "Annual revenue (baht)"),
    "address": ("ที่อยู่", "Address"),
    "website": ("เว็บไซต์", "Website"),
    "respondent_name": ("ชื่อผู้ตอบแบบประเมิน", "Respondent's name"),
    "respondent_org": ("หน่วยงานหรือตำแหน่งของผู้ตอบ", "Respondent's unit or position"),
    "assessed_on": ("วันที่ประเมิน", "Date of the assessment"),
    "excel_steps": (
        "กรอกข้อมูลองค์กรในแผ่นงาน “ข้อมูลองค์กร”|เลือกคำตอบจากรายการในคอลัมน์ “คำตอบ” ของแผ่นงาน “แบบประเมิน”"
        "|ระบุหลักฐาน หมายเหตุ ผู้ตอบ และวันที่ในช่องสีเหลือง|อย่าแทรก ลบ หรือย้ายแถว และอย่าแก้ไขคำถาม "
        "แผ่นงานถูกล็อกไว้เพื่อป้องกันการแก้ไขโดยไม่ตั้งใจ|ส่งไฟล์นี้กลับให้หน่วยรับรอง",
        "Fill in the organisation on the “Profile” sheet|Pick each answer from the list in the “Answer” "
        "column of the “Questionnaire” sheet|Give evidence, notes, who answered and the date in the yellow "
        "cells|Do not insert, delete or move rows or edit the questions; the sheets are locked against "
        "accidents|Send this file back to the certification body"),
    "not_in_list": ("เลือกจากรายการเท่านั้น", "Pick one of the listed answers"),
    "choices_legend": ("ความหมายของระดับ", "What the levels mean"),
    "na": ("ไม่เกี่ยวข้อง", "Not applicable"),
    "signature": ("ลงชื่อผู้ตอบ", "Respondent's signature"),
    "page": ("หน้า", "Page"),
    "of": ("จาก", "of"),
    "wrote": ("เขียน {file} แล้ว: {id} ({set}, {count} ข้อ, {format}, {lang}){prefilled}",
              "wrote {file}: {id} ({set}, {count} questions, {format}, {lang}){prefilled}"),
    "prefilled_from": (" เติมคำตอบจาก {file}", ", prefilled from {file}"),
    "imported": ("เขียน {file} แล้ว จาก {form}: ตอบ {count} ข้อ", "wrote {file} from {form}: {count} answers"),
    "import_incomplete": ("ยังไม่ครบ: ข้อที่ต้องตอบ {count} ข้อยังไม่มีคำตอบ: {ids}",
                          "incomplete: {count} required question(s) unanswered: {ids}"),
}


def label(key: str, lang: Lang) -> str:
    th, en = _LABELS[key]
    return th if lang == "th" else en
