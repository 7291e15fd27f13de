"""The error catalogue's texts for what a file holds (the YAML reader, an assessment checked
against its set, the shipped vocabulary and recommendation catalogues) and for what the engine,
the certificate writer and the signatures refuse. Merged into ``hria.error_texts.ERRORS``."""

from __future__ import annotations

# code -> (Thai, English); {placeholders} are filled from the error's values.
INPUT_ERRORS: dict[str, tuple[str, str]] = {
    # The YAML reader (hria/loading/yaml_tree.py, yaml_source.py).
    "yaml.too_deep": ("ซ้อนกันเกิน {depth} ชั้น", "nested more than {depth} levels deep"),
    "yaml.alias_unknown": ("นามแฝง *{anchor} ไม่มีจุดยึด (anchor) ก่อนหน้า",
                           "alias *{anchor} names no anchor before it"),
    "yaml.alias_expands": ("นามแฝงขยายเอกสารนี้เกิน {limit} ค่า จึงไม่รับ",
                           "aliases expand this document past {limit} values; refused"),
    "yaml.second_document": ("ไฟล์หนึ่งมีเอกสาร YAML ได้เอกสารเดียว แต่พบเอกสารที่สอง",
                             "one YAML document per file; found a second"),
    "yaml.too_many_values": ("มีค่ามากกว่า {limit} ค่า จึงไม่รับ", "more than {limit} values; refused"),
    "yaml.collection_key": ("ใช้รายการหรือ mapping เป็นคีย์ไม่ได้", "a list or mapping is not allowed as a key"),
    "yaml.merge_key_as_key": ("ใช้คีย์รวม (<<) เป็นคีย์ไม่ได้", "merge keys (<<) are not allowed as a key"),
    "yaml.merge_key": ("ไม่รับคีย์รวม (<<)", "merge keys (<<) are not allowed"),
    "yaml.duplicate_key_repr": ("คีย์ {key} ซ้ำ", "duplicate key {key}"),
    "yaml.tag": ("ไม่รับแท็ก YAML {tag}", "YAML tag {tag} is not allowed"),
    "yaml.control": ("ใช้อักขระควบคุม U+{char} ไม่ได้", "control character U+{char} is not allowed"),
    "yaml.long_integer": ("จำนวนเต็มยาว {digits} หลัก ยาวได้ไม่เกิน {limit} หลัก",
                          "integer with {digits} digits; at most {limit} allowed"),
    "yaml.long_number": ("ตัวเลขยาว {length} อักขระ ยาวได้ไม่เกิน 64 อักขระ",
                         "number with {length} characters; at most 64 allowed"),
    "yaml.not_finite": ("ตัวเลขต้องเป็นค่าจำกัด ไม่ใช่ {value}", "numbers must be finite, not {value}"),
    "yaml.not_real_date": ("{value} ไม่ใช่วันที่ที่มีอยู่จริง", "{value} is not a real date ({detail})"),
    "yaml.unsupported": ("ไม่รับค่า YAML ชนิด {tag}", "unsupported YAML value {tag}"),
    "yaml.unsupported_type": ("ไม่รับค่า YAML ชนิด {kind}", "unsupported YAML value of type {kind}"),
    "yaml.not_a": ("{value} ไม่ใช่{what_th}ที่ถูกต้อง", "{value} is not a valid {what}"),
    "yaml.key_not_text": ("คีย์ต้องเป็นข้อความ ไม่ใช่ {kind}", "keys must be text, not {kind}"),
    # An assessment checked against its criteria set (hria/assessments.py).
    "assessment.other_set": ("การประเมินนี้ใช้ชุดเกณฑ์ '{set}' แต่เกณฑ์ที่ให้มาคือ {given}",
                             "the assessment is for criteria set '{set}' but the criteria given are {given}"),
    "assessment.other_version": ("การประเมินระบุ {named} แต่เกณฑ์ที่ให้มาคือ {given} คำตอบให้คะแนนได้เฉพาะกับฉบับ"
                                 "ที่ใช้ตอบเท่านั้น (ฉบับของ {set}: {versions})",
                                 "the assessment names {named} but the criteria given are {given}; answers "
                                 "are only scored against the version they were given for (versions of "
                                 "{set}: {versions})"),
    "assessment.unknown_set": ("ไม่รู้จักชุดเกณฑ์ '{set}' (ที่มี: {known})",
                               "unknown criteria set '{set}' (known: {known})"),
    "assessment.no_version": ("การประเมินระบุ {named} แต่ {set} ไม่มีฉบับ {version} (ฉบับของ {set}: {versions})",
                              "the assessment names {named}, but {set} has no version {version} (versions "
                              "of {set}: {versions})"),
    "assessment.hash": ("การประเมินทำกับ {named} ที่มีค่าแฮชเนื้อหา {wanted} แต่ขณะนี้ {ref} มีค่าแฮชเนื้อหา "
                        "{actual}: ชุดเกณฑ์เปลี่ยนไปหลังตอบคำถาม (ฉบับของ {set}: {versions})",
                        "the assessment was made against {named} with content hash {wanted}, but {ref} now "
                        "has content hash {actual}: the set changed after the answers were given (versions "
                        "of {set}: {versions})"),
    "assessment.unknown_criterion": ("ไม่รู้จักเกณฑ์ '{criterion}': ไม่มีใน {set}",
                                     "unknown criterion '{criterion}': not in {set}"),
    "assessment.unknown_criterion_close": ("ไม่รู้จักเกณฑ์ '{criterion}': ไม่มีใน {set} หมายถึง {close} หรือไม่",
                                           "unknown criterion '{criterion}': not in {set}; did you mean "
                                           "{close}?"),
    "assessment.second_answer": ("ตอบ {criterion} ซ้ำเป็นครั้งที่สอง (ครั้งแรกอยู่ที่บรรทัด {first})",
                                 "a second answer to {criterion} (the first is at line {first})"),
    "assessment.outside_scale": ("ค่า {value} อยู่นอกมาตรวัดของ {criterion}: '{scale}' รับค่า 0 ถึง {top}",
                                 "value {value} is outside the scale of {criterion}: '{scale}' takes 0 to "
                                 "{top}"),
    "assessment.na_non_negotiable": ("{criterion} เป็นเกณฑ์ที่ยอมให้ล้มเหลวไม่ได้ของ {set} จึงตอบว่าไม่เกี่ยวข้องไม่ได้ "
                                     "มีเพียงข้อมูลองค์กร (ประเภทย่อย ขนาด ข้อเท็จจริงขององค์กร) ที่ทำให้เกณฑ์นี้"
                                     "ไม่ใช้บังคับได้",
                                     "{criterion} is a non-negotiable of {set} and may not be answered not "
                                     "applicable: only the organisation profile (subtype, size, profile "
                                     "facts) can make it not apply"),
    "assessment.na_not_allowed": ("{criterion} ตอบว่าไม่เกี่ยวข้องไม่ได้: ชุดเกณฑ์ยอมให้ตอบเช่นนั้นเฉพาะเกณฑ์ที่ระบุ"
                                  "เหตุผลของการไม่เกี่ยวข้อง (not_applicable) ไว้",
                                  "{criterion} may not be answered not applicable: the set allows that only "
                                  "where a criterion gives a not_applicable reason"),
    "assessment.value_and_na": ("คำตอบของ {criterion}: ให้ค่าคะแนนหรือ not_applicable อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสอง",
                                "answer to {criterion}: give a value or not_applicable, not both"),
    "assessment.org_type": ("ประเภทองค์กร '{type}' ไม่ตรงกับ {set} ซึ่งใช้กับประเภท '{set_type}'",
                            "organisation type '{type}' does not match {set}, which is for '{set_type}'"),
    "assessment.subtype": ("ไม่รู้จักประเภทย่อย '{subtype}' ของ {set} (ประเภทย่อยที่มี: {known_th})",
                           "unknown subtype '{subtype}' for {set} (subtypes: {known})"),
    "assessment.impact_twice": ("รหัสผลกระทบ '{id}' ซ้ำ", "impact id '{id}' used twice"),
    "assessment.profile_fact": ("ไม่รู้จักคำถามข้อมูลองค์กร '{fact}' ของ {set} (คำถามที่มี: {asked_th})",
                                "unknown profile question '{fact}' for {set} (asked: {asked})"),
    "assessment.impact_criterion": ("ผลกระทบ {id} อ้างถึงเกณฑ์ที่ไม่รู้จัก '{criterion}' (ไม่มีใน {set})",
                                    "impact {id} names unknown criterion '{criterion}' (not in {set})"),
    # Questionnaire definitions and criteria-set files (hria/questionnaires/catalogue.py,
    # hria/criteria_sets.py).
    "questionnaire.section_twice": ("รหัสหมวด '{id}' ซ้ำ", "section id '{id}' used twice"),
    "questionnaire.asked_twice": ("ถาม {criterion} ซ้ำ (ครั้งแรกที่บรรทัด {first})",
                                  "{criterion} is asked twice (first at line {first})"),
    "questionnaire.not_asked": ("เกณฑ์ {count} ข้อของ {set} ไม่ได้ถาม: {missing}",
                                "{count} criteria of {set} are not asked: {missing}"),
    "questionnaire.wording_unknown": ("ถ้อยคำสำหรับเกณฑ์ที่ไม่รู้จัก '{criterion}': ไม่มีใน {set}",
                                      "wording for unknown criterion '{criterion}': not in {set}"),
    "questionnaire.wording_unknown_close": ("ถ้อยคำสำหรับเกณฑ์ที่ไม่รู้จัก '{criterion}': ไม่มีใน {set} "
                                            "หมายถึง {close} หรือไม่",
                                            "wording for unknown criterion '{criterion}': not in {set}; did "
                                            "you mean {close}?"),
    "set.cycle": ("เกณฑ์ขึ้นต่อกันเป็นวง: {cycle}", "dependency cycle: {cycle}"),
    "set.id_folder": ("รหัส '{id}' ไม่ตรงกับโฟลเดอร์ '{folder}'", "id '{id}' does not match folder '{folder}'"),
    "set.version_file": ("ฉบับ '{version}' ไม่ตรงกับชื่อไฟล์ '{name}'",
                         "version '{version}' does not match file name '{name}'"),
    # The engine, when handed what the checks above refuse (hria/scoring/engine.py, decision.py).
    "score.unknown_criterion": ("คำตอบของเกณฑ์ที่ไม่รู้จัก {criterion} (ไม่มีใน {set})",
                                "answer to unknown criterion {criterion} (not in {set})"),
    "score.two_answers": ("ตอบ {criterion} สองครั้ง", "two answers to {criterion}"),
    "score.na_not_allowed": ("{criterion} ตอบว่าไม่เกี่ยวข้องไม่ได้",
                             "{criterion} may not be answered not applicable"),
    "score.outside": ("{criterion}: ค่า {value} อยู่นอกช่วง 0..{top}",
                      "{criterion}: value {value} outside 0..{top}"),
    "score.unknown_rule": ("ไม่รู้จักกฎ {rule}", "unknown rule {rule}"),
    # Criteria-set models (hria/models/criteria.py).
    "rules.grave_kind": ("ความล้มเหลวร้ายแรง {id}: ระบุอย่างใดอย่างหนึ่งเท่านั้น ระหว่าง criterion กับ at_most, "
                         "domain กับ score_at_most หรือ impact_kind กับ involvement",
                         "grave failure {id}: give exactly one of criterion and at_most, domain and "
                         "score_at_most, or impact_kind and involvement"),
    # The shipped vocabulary and recommendation catalogues (hria/loading/vocabulary.py).
    "vocab.twice": ("รหัส {key} '{id}' ซ้ำ", "{key} id '{id}' listed twice"),
    "vocab.set_twice": ("ประเภทองค์กรสองประเภทใช้ชุดเกณฑ์ '{set}'", "set id '{set}' used by two types"),
    "vocab.instrument": ("ไม่รู้จักสนธิสัญญา '{instrument}'", "unknown instrument '{instrument}'"),
    "vocab.theme_entry": ("ประเด็น {theme}: ไม่รู้จักรายการ {key} '{value}'",
                          "theme {theme}: unknown {key} entry '{value}'"),
    "vocab.theme_article": ("ประเด็น {theme}: ไม่มีข้อ '{article}'", "theme {theme}: no article '{article}'"),
    "vocab.cycle_name": ("รอบ {cycle} ไม่ตรงกับชื่อไฟล์ '{name}'",
                         "cycle {cycle} does not match file name '{name}'"),
    "vocab.recommendation_twice": ("ข้อเสนอแนะ {number} ซ้ำ", "recommendation {number} listed twice"),
    "vocab.treaty_body": ("ไม่รู้จักองค์กรตามสนธิสัญญา '{body}'", "unknown treaty body '{body}'"),
    "vocab.symbol_of": ("{symbol} ไม่ใช่เลขเอกสารของ {body} ({prefix}…)",
                        "{symbol} is not a symbol of {body} ({prefix}…)"),
    "vocab.symbol_twice": ("{symbol} ซ้ำ", "{symbol} listed twice"),
    "vocab.paragraph_twice": ("{symbol} ย่อหน้า {paragraph} ซ้ำ", "{symbol} para. {paragraph} listed twice"),
    "vocab.theme": ("ไม่รู้จักประเด็น '{theme}' (ประเด็นที่มี: {themes})",
                    "unknown theme '{theme}' (themes: {themes})"),
    # A certificate being written or read (hria/certificates/*, hria/signing.py, hria/scheme.py).
    "certificate.layout": ("จัดหน้าได้ {pages} หน้าสำหรับใบรับรอง {count} ฉบับ",
                           "laid out {pages} variable pages for {count} certificates"),
    "certificate.pdftotext": ("{path}: อ่านข้อความของหน้าด้วย pdftotext ไม่ได้ ({detail_th})",
                              "{path}: cannot read the page's text with pdftotext ({detail})"),
    "certificate.pdftotext_failed": ("{path}: pdftotext อ่านข้อความของหน้าไม่ได้",
                                     "{path}: pdftotext cannot read the page's text"),
    "pdf.no_placeholder": ("ไฟล์ PDF ไม่มีช่องว่างที่เตรียมไว้สำหรับลายมือชื่อ",
                           "the PDF has no prepared signature placeholder"),
    "pdf.signature_too_big": ("ลายมือชื่อยาว {size} ไบต์ เกินที่เตรียมไว้ {limit} ไบต์",
                              "the signature takes {size} bytes, more than {limit}"),
    "pdf.cms_template": ("เตรียมแม่แบบ CMS สำหรับใบรับรองนี้ไม่ได้",
                         "cannot prepare a CMS template for this certificate"),
    "payload.long": ("ข้อมูลยาวเกินกว่าจะเป็นข้อมูลใบรับรอง", "payload is too long for a certificate"),
    "payload.damaged": ("ข้อมูลเสียหายหรือถูกแก้ไข: ไม่ใช่ JSON แบบ base64url ที่ถูกต้อง",
                        "payload is damaged or altered: not valid base64url JSON"),
    "payload.not_object": ("ข้อมูลไม่ใช่ออบเจกต์ JSON", "payload is not a JSON object"),
    "scheme.format": ("รูปแบบไม่ใช่ {format}", "format is not {format}"),
    "scheme.body_key": ("หน่วยรับรอง {body}: ไม่ใช่กุญแจ Ed25519", "body {body}: not an Ed25519 key"),
    "asset.refused": ("ไม่ดึง {url}: ไม่ใช่ไฟล์ที่มากับโปรแกรม", "refused to fetch {url}: not a bundled asset"),
}
