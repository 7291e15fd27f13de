"""The error catalogue's texts for criteria sets and questionnaires (hria/loading/*, criteria
cross-references, citations and rules, questionnaire import). Merged into ``hria.error_texts.ERRORS``."""

from __future__ import annotations

# code -> (Thai, English); {placeholders} are filled from the error's values.
CRITERIA_ERRORS: dict[str, tuple[str, str]] = {
    # Criteria sets and questionnaires.
    "set.unknown": ("ไม่รู้จักชุดเกณฑ์ '{set}' (ที่มี: {known})", "unknown criteria set '{set}' (known: {known})"),
    "set.no_version": ("ชุดเกณฑ์ '{set}' ไม่มีฉบับ {version} (ฉบับที่มี: {versions})",
                       "criteria set '{set}' has no version {version} (versions: {versions})"),
    "set.unknown_type": ("ไม่รู้จักประเภทองค์กร '{type}' (ไม่มีใน vocabulary.yaml: {known})",
                         "unknown organisation type '{type}' (not in vocabulary.yaml: {known})"),
    "set.duplicate_criterion": ("รหัสเกณฑ์ '{criterion}' ซ้ำ", "duplicate criterion id '{criterion}'"),
    "set.unknown_domain": ("ไม่รู้จักมิติสิทธิ '{domain}' (ไม่มีใน vocabulary.yaml)",
                           "unknown rights domain '{domain}' (not in vocabulary.yaml)"),
    "set.domain_twice": ("มิติ '{domain}' ระบุซ้ำสองครั้ง", "domain '{domain}' listed twice"),
    "set.domain_empty": ("มิติ '{domain}' ไม่มีเกณฑ์", "domain '{domain}' has no criteria"),
    "set.duplicate_level": ("รหัสระดับ '{level}' ซ้ำ", "duplicate level id '{level}'"),
    "set.levels_order": ("ระดับเรียงไม่ถูกต้อง: '{level}' ต้องมี min_score มากกว่า {above} ของ '{previous}' "
                         "แต่มี {has}",
                         "levels out of order: '{level}' needs min_score above {above} of '{previous}', "
                         "has {has}"),
    "cite.kind": ("ประเภทอ้างอิง '{kind}' ไม่มีใน vocabulary.yaml",
                  "reference kind '{kind}' is not in vocabulary.yaml"),
    "cite.law": ("ไม่รู้จักกฎหมาย '{law}' (ไม่มีใน vocabulary.yaml)",
                 "unknown law '{law}' (not in vocabulary.yaml)"),
    "cite.instrument": ("ไม่รู้จักตราสาร '{instrument}' (ที่มี: {known})",
                        "unknown instrument '{instrument}' (known: {known})"),
    "cite.not_party": ("ประเทศไทยไม่ได้เป็นภาคี {instrument} ({name_th}) ให้อ้างสนธิสัญญาที่ไทยเป็นภาคี",
                       "Thailand is not party to {instrument} ({name_en}): cite a treaty it is party to"),
    "cite.article": ("{instrument} ไม่มีข้อ {article} (ข้อ 1-{articles})",
                     "{instrument} has no article {article} (articles 1-{articles})"),
    "cite.body": ("ไม่รู้จักคณะกรรมการประจำสนธิสัญญา '{body}' (ที่มี: {known})",
                  "unknown treaty body '{body}' (known: {known})"),
    "cite.symbol": ("เลขเอกสาร '{symbol}' ไม่ใช่เอกสารของ {body} (ต้องขึ้นต้นด้วย {expected})",
                    "symbol '{symbol}' is not a {body} document (expected {expected}N)"),
    "cite.upr_needs_number": ("การระบุประเทศหรือคำตอบของ UPR ต้องมีเลขข้อเสนอแนะ",
                              "a UPR state or response needs the recommendation number"),
    "cite.upr_unknown": ("ข้อเสนอแนะ UPR {number} ไม่มีในบัญชีของ {where} "
                         "(criteria/recommendations/upr-{cycle}.yaml)",
                         "UPR recommendation {number} is not in the catalogue of {where} "
                         "(criteria/recommendations/upr-{cycle}.yaml)"),
    "cite.upr_state": ("ข้อเสนอแนะ UPR {number} เสนอโดย {made_by} ไม่ใช่ {given}",
                       "UPR {number} was made by {made_by}, not {given}"),
    "cite.upr_response": ("ประเทศไทยตอบข้อเสนอแนะ UPR {number} ว่า {response}",
                          "Thailand's response to UPR {number} was {response}"),
    "set.domain_not_listed": ("เกณฑ์ {criterion}: มิติ '{domain}' ไม่อยู่ในรายการ domains",
                              "criterion {criterion}: domain '{domain}' is not listed in domains"),
    "set.unknown_scale": ("เกณฑ์ {criterion}: ไม่รู้จักมาตรวัด '{scale}'",
                          "criterion {criterion}: unknown scale '{scale}'"),
    "set.level_labels": ("เกณฑ์ {criterion}: levels มี {count} คำอธิบาย แต่มาตรวัด '{scale}' ต้องมี {needed}",
                         "criterion {criterion}: levels has {count} labels, scale '{scale}' needs {needed}"),
    "set.gate_above_scale": ("เกณฑ์ {criterion}: must_pass at_least {at_least} สูงกว่าค่าสูงสุดของมาตรวัด {top}",
                             "criterion {criterion}: must_pass at_least {at_least} is above the scale's "
                             "maximum {top}"),
    "set.cap": ("เกณฑ์ {criterion}: cap {cap} ต้องต่ำกว่าค่าสูงสุดของตนเอง {top}",
                "criterion {criterion}: cap {cap} must be below its own maximum {top}"),
    "set.unknown_subtype": ("เกณฑ์ {criterion}: ไม่รู้จักประเภทย่อย '{subtype}'",
                            "criterion {criterion}: unknown subtype '{subtype}'"),
    "set.unknown_link": ("เกณฑ์ {criterion}: อ้างถึงเกณฑ์ '{target}' ที่ไม่มี",
                         "criterion {criterion}: refers to unknown criterion '{target}'"),
    "set.self_link": ("เกณฑ์ {criterion}: อ้างถึงตัวเอง", "criterion {criterion}: refers to itself"),
    "set.link_above_scale": ("เกณฑ์ {criterion}: at_least {at_least} สูงกว่าค่าสูงสุด {top} ของ {target}",
                             "criterion {criterion}: at_least {at_least} is above the maximum {top} "
                             "of {target}"),
    "rules.nn_unknown": ("เกณฑ์ที่ยอมให้ล้มเหลวไม่ได้ระบุเกณฑ์ '{criterion}' ที่ไม่มี",
                         "non-negotiable names unknown criterion '{criterion}'"),
    "rules.nn_twice": ("{criterion} ระบุซ้ำสองครั้งเป็นเกณฑ์ที่ยอมให้ล้มเหลวไม่ได้",
                       "{criterion} is listed twice as a non-negotiable"),
    "rules.nn_gate_at": ("เกณฑ์ที่ยอมให้ล้มเหลวไม่ได้ต้องมี rules.gate_at (ค่าที่แต่ละมาตรวัดต้องถึง)",
                         "non-negotiables need rules.gate_at (the value each scale must reach)"),
    "rules.nn_gate_failed": ("เมื่อมีเกณฑ์ที่ยอมให้ล้มเหลวไม่ได้ ผลของการไม่ผ่านเกณฑ์ที่ต้องผ่านต้องเป็น not_certified",
                             "with non-negotiables, a failed gate must be not_certified"),
    "rules.register_effect": ("เมื่อมีกฎ impact_register ผลกระทบที่ขวางการรับรองต้องมีผลเป็น not_certified",
                              "with an impact_register rule, a blocking impact must be not_certified"),
    "rules.no_floor": ("มิติ '{domain}' ไม่มีเกณฑ์ขั้นต่ำที่มากกว่า 0 แต่ rules.every_domain_floored เป็น true",
                       "domain '{domain}' has no floor above 0, but rules.every_domain_floored is true"),
    "rules.subtype": ("ไม่รู้จักประเภทย่อย '{subtype}'", "unknown subtype '{subtype}'"),
    "rules.was_criterion": ("{criterion} ยังเป็นเกณฑ์ของชุดนี้อยู่", "{criterion} is still a criterion of this set"),
    "rules.profile_fact": ("{criterion}: ไม่รู้จักคำถามข้อมูลองค์กร '{fact}' (ที่ถาม: {asked})",
                           "{criterion}: unknown profile question '{fact}' (asked: {asked})"),
    "rules.grave_domain": ("ความล้มเหลวร้ายแรงระบุมิติ '{domain}' ซึ่งไม่ใช่มิติของชุดนี้",
                           "grave failure names domain '{domain}', not a domain of this set"),
    "rules.stated_gate": ("{criterion} เป็นเกณฑ์ที่ยอมให้ล้มเหลวไม่ได้: เกณฑ์ผ่านบนมาตรวัด {scale} "
                          "คือ {shown_th} ดังนั้น must_pass ต้องเป็น at_least: {want} ไม่ใช่ {given}",
                          "{criterion} is non-negotiable: its gate on a {scale} scale is {shown}, so "
                          "must_pass must read at_least: {want}, not {given}"),
    "rules.grave_unknown": ("ความล้มเหลวร้ายแรงระบุเกณฑ์ '{criterion}' ที่ไม่มี",
                            "grave failure names unknown criterion '{criterion}'"),
    "rules.grave_whole_scale": ("at_most {at_most} ครอบคลุมทั้งมาตรวัดของ {criterion}",
                                "at_most {at_most} covers the whole scale of {criterion}"),
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
    "import.no_answer": ("{criterion} ยังไม่มีคำตอบ แต่ใช้บังคับกับองค์กรนี้ (ตอบข้อนี้ หรือนำเข้าด้วย --allow-incomplete)",
                         "{criterion} has no answer but applies to this organisation "
                         "(answer it, or import with --allow-incomplete)"),
    "import.no_entry": ("{criterion} เป็นเกณฑ์ที่ยอมให้ล้มเหลวไม่ได้และตอบ 0: ทะเบียนผลกระทบต้องมีรายการที่ระบุเกณฑ์นี้ "
                        "(criterion: {criterion}) ก่อนจึงจะพิจารณาผลได้ (นำเข้าด้วย --allow-incomplete "
                        "แล้วเพิ่มรายการใต้ impacts: ในไฟล์ YAML)",
                        "{criterion} is a non-negotiable answered 0: the impact register must hold an entry "
                        "naming it (criterion: {criterion}) before the assessment can be decided "
                        "(import with "
                        "--allow-incomplete, then add the entry under impacts: in the YAML file)"),
    "import.too_many_rows": ("แผ่นงานมี {rows} แถว แบบฟอร์มมีได้ไม่เกิน {most} แถว (มีการเพิ่มแถว)",
                             "the sheet has {rows} rows; a form has at most {most} (rows were added to it)"),
    "import.unpacks_to": ("สมุดงานคลายออกได้ {size} ไบต์ แบบฟอร์มที่ส่งออกมีไม่เกิน {most} (มีการเพิ่มแถวหรือไม่)",
                          "the workbook unpacks to {size} bytes; an exported form is at most {most} "
                          "(were rows added to it?)"),
    "import.not_xlsx": ("ไม่ใช่สมุดงาน Excel .xlsx ที่อ่านได้ ให้ส่งไฟล์ที่ส่งออกด้วย "
                        "`hria questionnaire export --format xlsx` และบันทึกเป็น .xlsx",
                        "not a readable Excel .xlsx workbook ({detail}); send the file exported by "
                        "`hria questionnaire export --format xlsx`, saved as .xlsx"),
    "import.damaged": ("สมุดงาน Excel เสียหาย ({detail_th})", "damaged Excel workbook ({detail})"),
    "import.no_meta": ("ไม่มีแผ่นงาน '{sheet}': สมุดงานนี้ไม่ได้ส่งออกด้วย `hria questionnaire export` "
                       "หรือแผ่นงานถูกลบ",
                       "no '{sheet}' sheet: this workbook was not exported by `hria questionnaire export`, "
                       "or the sheet was deleted"),
    "import.format": ("ไม่รู้จักรูปแบบแบบฟอร์ม {format} (ต้องเป็น {expected})",
                      "unknown form format {format} (expected {expected})"),
    "import.meta_row": ("แถว '{key}' ของแบบฟอร์มถูกแก้ไขหรือลบ ให้ส่งออกแบบฟอร์มใหม่",
                        "the form's '{key}' row was changed or removed; export a new form"),
    "import.impacts": ("ทะเบียนผลกระทบเสียหาย (ไม่ใช่ JSON ที่ถูกต้อง)", "damaged impact register ({detail})"),
    "import.other_set": ("แบบสอบถามนี้ใช้กับ {named} แต่เกณฑ์ที่ระบุคือ {given} คำตอบอ่านได้กับฉบับที่ใช้ตอบเท่านั้น",
                         "this questionnaire is for {named}, but the criteria given are {given}; answers are "
                         "only read against the version they were given for"),
    "import.unknown_set": ("ไม่รู้จักชุดเกณฑ์ '{set}'", "unknown criteria set '{set}'"),
    "import.version_gone": ("แบบสอบถามนี้ใช้กับ {named} ซึ่งไม่มีแล้ว (ฉบับของ {set}: {versions}) "
                            "ให้ส่งออกแบบฟอร์มใหม่สำหรับ {set}@{latest}",
                            "this questionnaire is for {named}, which is not available (versions of {set}: "
                            "{versions}); export a new form for {set}@{latest}"),
    "import.hash": ("แบบสอบถามนี้ทำจาก {named} ที่มีค่าแฮช {wanted}… แต่ขณะนี้ {set} มีค่าแฮช {now}…: "
                    "ชุดเกณฑ์เปลี่ยนหลังส่งออกแบบฟอร์ม",
                    "this questionnaire was made from {named} with content hash {wanted}…, but {set} now has "
                    "{now}…: the set changed after the form was exported"),
    "import.not_a_question": ("'{criterion}' ไม่ใช่คำถามของ {questionnaire}: แถวถูกแก้ไขหรือเพิ่ม",
                              "'{criterion}' is not a question of {questionnaire}; the row was changed "
                              "or added"),
    "import.no_id": ("แถวนี้มีคำตอบแต่ไม่มีรหัสคำถาม: แถวถูกแก้ไขหรือเพิ่ม จึงวางคำตอบไม่ได้",
                     "this row has answers but no question id; the row was changed or added, so the "
                     "answers cannot be placed"),
    "import.second_row": ("{criterion} มีแถวที่สอง (แถวแรกคือแถว {first})",
                          "a second row for {criterion} (the first is row {first})"),
    "import.question_changed": ("ข้อความคำถามของ {criterion} ถูกแก้ไข จึงเชื่อไม่ได้ว่าคำตอบตอบคำถามที่ถาม",
                                "the question text of {criterion} was changed; the answer cannot be trusted "
                                "to answer the question asked"),
    "import.row_missing": ("ไม่มีแถวของ {criterion} (เมื่อส่งแบบฟอร์มคือแถว {row}) แถวถูกลบหรือรหัสถูกแก้ไข",
                           "the row of {criterion} is missing (it was row {row} when the form was sent); the "
                           "row was removed or its id changed"),
    "import.reason_without_na": ("มีเหตุผลที่ไม่เกี่ยวข้อง แต่คำตอบไม่ใช่ {na}",
                                 "a reason for not applicable is given, but the answer is not {na}"),
    "import.formula": ("ช่องคำตอบรับสูตรไม่ได้ ให้พิมพ์ค่าลงไปเอง",
                       "a formula is not accepted in an answer cell; type the value itself"),
}
