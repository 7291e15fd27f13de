"""Bilingual wording of the reasons a result gives, keyed by a stable code.

Programs read ``code`` and ``subject``; people read ``th`` or ``en``. Numbers in
the text are rounded for display (two decimals, half up) from exact values.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction

_HALF = Fraction(1, 2)


def rounded(x: Fraction) -> float:
    """Two decimals, half up; the float prints as the shortest form (83.33, 100.0)."""
    return float(Fraction(math.floor(x * 100 + _HALF), 100))


def fmt(x: Fraction) -> str:
    value = rounded(x)
    return f"{value:g}" if value.is_integer() else f"{value:.2f}".rstrip("0")


@dataclass(frozen=True, slots=True)
class Message:
    code: str
    th: str
    en: str
    subject: str | None = None
    data: dict[str, str] = field(default_factory=dict)

    def in_(self, lang: str) -> str:
        return self.th if lang == "th" else self.en


# code -> (Thai, English); {placeholders} are filled from keyword arguments.
TEMPLATES: dict[str, tuple[str, str]] = {
    "certified": (
        "ได้รับการรับรองระดับ{level_th}: คะแนนรวม {score} (เกณฑ์ขั้นต่ำของระดับ {min})",
        "certified at the {level_en} level: overall {score} (the level needs {min})",
    ),
    "incomplete": (
        "ยังประเมินไม่ครบ: เกณฑ์ที่ใช้บังคับ {count} ข้อยังไม่มีคำตอบ ({criteria})",
        "incomplete: {count} applicable criteria have no answer ({criteria})",
    ),
    "nothing_scored": (
        "ไม่มีเกณฑ์ที่ใช้บังคับและได้รับคำตอบเป็นคะแนน จึงคำนวณคะแนนรวมไม่ได้",
        "no applicable criterion was answered with a value, so there is no overall score",
    ),
    "below_lowest_level": (
        "คะแนนรวม {score} ต่ำกว่าเกณฑ์ขั้นต่ำ {min} ของระดับ{level_th}",
        "overall {score} is below the {min} that the {level_en} level needs",
    ),
    "domain_minimum": (
        "คะแนนรวมถึงระดับ{level_th} แต่มีมิติที่ได้ {score} ต่ำกว่า {min} ที่ระดับนี้กำหนดทุกมิติ",
        "the overall reaches the {level_en} level, but a domain scores {score}, below the {min} "
        "that level needs in every domain",
    ),
    "gate_failed.not_certified": (
        "เกณฑ์ที่ต้องผ่าน {criterion} ได้ {value} ต้องได้อย่างน้อย {at_least}: ไม่ได้รับการรับรอง",
        "must-pass criterion {criterion} is at {value}, needs {at_least}: not certified",
    ),
    "gate_failed.lowest_level": (
        "เกณฑ์ที่ต้องผ่าน {criterion} ได้ {value} ต้องได้อย่างน้อย {at_least}: รับรองได้ไม่เกินระดับต่ำสุด",
        "must-pass criterion {criterion} is at {value}, needs {at_least}: at most the lowest level",
    ),
    "floor_failed.not_certified": (
        "มิติ{domain_th} ได้ {score} ต่ำกว่าเกณฑ์ขั้นต่ำของมิติ {floor}: ไม่ได้รับการรับรอง",
        "domain {domain_en} scores {score}, below its floor {floor}: not certified",
    ),
    "floor_failed.lowest_level": (
        "มิติ{domain_th} ได้ {score} ต่ำกว่าเกณฑ์ขั้นต่ำของมิติ {floor}: รับรองได้ไม่เกินระดับต่ำสุด",
        "domain {domain_en} scores {score}, below its floor {floor}: at most the lowest level",
    ),
    "severe_impact.not_certified": (
        "ผลกระทบ {impact} รุนแรง {severity} (ตั้งแต่ {severe_at} ถือว่ารุนแรง) สถานะ {status_th} "
        "ยังไม่ได้บรรเทา: ไม่ได้รับการรับรอง",
        "impact {impact} has severity {severity} (severe from {severe_at}) and is still {status}: "
        "not certified",
    ),
    "severe_impact.lower_one_level": (
        "ผลกระทบ {impact} รุนแรง {severity} (ตั้งแต่ {severe_at} ถือว่ารุนแรง) สถานะ {status_th} "
        "ยังไม่ได้บรรเทา: ลดลงหนึ่งระดับ",
        "impact {impact} has severity {severity} (severe from {severe_at}) and is still {status}: "
        "one level lower",
    ),
    "impact.actual_not_remediated": (
        "ผลกระทบที่เกิดขึ้นจริง {impact} (ความรุนแรง {severity}) ซึ่งองค์กร{involvement_th} มีสถานะ {status_th} "
        "ยังไม่ได้เยียวยาผู้ได้รับผลกระทบ ผลกระทบที่องค์กรก่อหรือมีส่วนก่อต้องได้รับการเยียวยา "
        "ไม่ใช่เพียงบรรเทา: ไม่ได้รับการรับรอง",
        "actual impact {impact} (severity {severity}), which the organisation {involvement_en}, is "
        "{status}, not remediated; an impact the organisation caused or contributed to must be "
        "remediated, not only mitigated: not certified",
    ),
    "impact.potential_likely": (
        "ผลกระทบที่อาจเกิดขึ้น {impact} ความรุนแรง {severity} × โอกาสเกิด {likelihood} = {product} "
        "ถึงเกณฑ์ {threshold} และมีสถานะ {status_th} ยังไม่ได้บรรเทา: ไม่ได้รับการรับรอง",
        "potential impact {impact}: severity {severity} × likelihood {likelihood} = {product} reaches "
        "the threshold {threshold} and it is still {status}: not certified",
    ),
    "non_negotiable_failed": (
        "เกณฑ์ที่ยอมให้ล้มเหลวไม่ได้ {criterion} ({title_th}) ได้ {value} ต้องได้อย่างน้อย {at_least} "
        "({needed_th}) คะแนนส่วนอื่นชดเชยไม่ได้: ไม่ได้รับการรับรอง เหตุผล: {why_th}",
        "non-negotiable {criterion} ({title_en}) is at {value}, needs {at_least} ({needed_en}); no "
        "score elsewhere makes up for it: not certified. Why: {why_en}",
    ),
    "impact_entry_required": (
        "เกณฑ์ที่ยอมให้ล้มเหลวไม่ได้ {criterion} ได้ 0 แต่ทะเบียนผลกระทบยังไม่มีรายการของเกณฑ์นี้ "
        "ผู้ตรวจประเมินต้องบันทึกผลกระทบ (ระบุ criterion: {criterion}) ก่อนจึงจะพิจารณารับรองได้",
        "non-negotiable {criterion} is at 0 and the impact register has no entry for it: the auditor "
        "must record the impact (with criterion: {criterion}) before the assessment can be decided",
    ),
    # Why a criterion applies or not.
    "applies": ("ใช้บังคับกับทุกองค์กรในชุดเกณฑ์นี้", "applies to every organisation under this set"),
    "applies.conditions": ("ใช้บังคับ: {conditions_th}", "applies: {conditions}"),
    "skipped.subtype": (
        "ไม่ใช้บังคับ: ใช้เฉพาะ{allowed_th} แต่องค์กรเป็น{actual_th}",
        "skipped: only for {allowed_en}, the organisation is {actual_en}",
    ),
    "skipped.size": (
        "ไม่ใช้บังคับ: ใช้เฉพาะองค์กร{allowed_th} แต่องค์กรนี้มี{actual_th}",
        "skipped: only for {allowed_en} organisations, this one is {actual_en}",
    ),
    # The profile's questions, not their ids: a report reader never saw "holds_custody".
    "skipped.profile": (
        "ไม่ใช้บังคับ: ใช้เฉพาะองค์กรที่ตอบว่าใช่ในข้อมูลองค์กร ({questions_th}) แต่องค์กรนี้ตอบว่าไม่ใช่",
        "skipped: only where the organisation profile answers yes ({questions_en}); this one answers no",
    ),
    "skipped.when": (
        "ไม่ใช้บังคับ: ต้องให้ {criterion} ได้อย่างน้อย {at_least} แต่ {state}",
        "skipped: needs {criterion} at {at_least} or more, but {state_en}",
    ),
    # Why a criterion's score is what it is.
    "capped": (
        "คะแนนถูกจำกัดไว้ที่ {cap} เพราะ {criterion} ได้ {value} ยังไม่ถึง {at_least}",
        "capped at {cap} because {criterion} is at {value}, below {at_least}",
    ),
    "ignored_answer": (
        "คำตอบไม่ถูกนำมาคิดคะแนนเพราะเกณฑ์นี้ไม่ใช้บังคับ",
        "answer ignored: the criterion does not apply",
    ),
    # What `hria verify` checked (``code`` stays the same whatever the wording).
    "verify.no_key": ("ไม่มีกุญแจสาธารณะสำหรับตรวจลายมือชื่อ (ระบุ --pubkey หรือ --registry)",
                      "no public key to check the signature with (give --pubkey or --registry)"),
    "verify.other_key": ("ลงนามด้วยกุญแจ {signed_with} ไม่ใช่กุญแจที่ให้มา {given}",
                         "signed with key {signed_with}, not with the given key {given}"),
    "verify.signature": ("ลายมือชื่อตรงกับกุญแจของหน่วยรับรอง", "signature matches the body's key"),
    "verify.expired": ("หมดอายุเมื่อ {date}", "expired on {date}"),
    "verify.in_validity": ("ยังไม่หมดอายุ (หมดอายุ {date})", "within validity (expires {date})"),
    "verify.not_listed": ("ไม่พบเลขที่ {serial} ในบัญชีสาธารณะ", "serial {serial} is not in the public list"),
    "verify.list_differs": ("บัญชีสาธารณะมีใบรับรองอื่นภายใต้เลขที่นี้",
                            "the public list holds a different certificate under this serial"),
    "verify.list_withdrawn": ("{status_th}ในบัญชีสาธารณะ: {reason}", "{status} in the public list: {reason}"),
    "verify.list_status": ("สถานะในบัญชีสาธารณะ: {status_th}", "public list status: {status}"),
    "verify.body": ("หน่วยรับรอง {body}: {error}", "body {body}: {error}"),
    "verify.visible_differs": ("ข้อความที่มองเห็นบนใบรับรองไม่ตรงกับข้อมูลที่ลงนาม: {fields}",
                               "the visible certificate does not match its signed payload: {fields}"),
    "verify.visible": ("ข้อความที่มองเห็นตรงกับข้อมูลที่ลงนาม", "visible text matches the signed payload"),
    "verify.not_registered": ("ไม่พบเลขที่ {serial} ในทะเบียน", "serial {serial} is not in the registry"),
    "verify.registry_differs": ("ทะเบียนมีใบรับรองอื่นภายใต้เลขที่นี้",
                                "the registry holds a different certificate under this serial"),
    "verify.registry_withdrawn": ("{status_th}ในทะเบียน: {reason}", "{status} in the registry: {reason}"),
    "verify.registry_status": ("สถานะในทะเบียน: {status_th}", "registry status: {status}"),
    "verify.headline": ("{serial} · {who} · {set} · ระดับ {level} · คะแนน {score}",
                        "{serial} · {who} · {set} · level {level} · score {score}"),
    "verify.organisation": ("องค์กร {id}", "organisation {id}"),
    "verify.valid": ("ใช้ได้ (VALID)", "VALID"),
    "verify.invalid": ("ใช้ไม่ได้ (INVALID)", "INVALID"),
    # A criteria set's decision rules (`hria criteria show`).
    "rules": ("ไม่ผ่านเกณฑ์ที่ต้องผ่าน → {gate} · ต่ำกว่าเกณฑ์ขั้นต่ำของมิติ → {floor} · "
              "ผลกระทบรุนแรง ≥ {severe_at} ที่ยังไม่บรรเทา → {severe}",
              "failed must-pass → {gate} · domain below floor → {floor} · "
              "unmitigated impact of severity ≥ {severe_at} → {severe}"),
    "rules.impact_register": ("ทะเบียนผลกระทบ: ผลกระทบที่เกิดขึ้นแล้วซึ่งองค์กร{who_th} ต้องได้รับการเยียวยา · "
                              "ผลกระทบที่อาจเกิดขึ้นขวางการรับรองเมื่อความรุนแรง×โอกาสเกิด ≥ {at}",
                              "impact register: actual impacts the organisation {who_en} must be "
                              "remediated · potential ones block at severity×likelihood ≥ {at}"),
}

RULE_EFFECTS: dict[str, tuple[str, str]] = {
    "not_certified": ("ไม่ได้รับการรับรอง", "not certified"),
    "lowest_level": ("ไม่เกินระดับต่ำสุด", "at most the lowest level"),
    "lower_one_level": ("ลดลงหนึ่งระดับ", "one level lower"),
}

# Words of `hria score`'s summary; criteria and domain names come from the data.
SUMMARY: dict[str, tuple[str, str]] = {
    "decision": ("ผลการประเมิน", "Decision"),
    "certified": ("ได้รับการรับรอง", "certified"),
    "not_certified": ("ไม่ได้รับการรับรอง", "not certified"),
    "incomplete": ("ยังประเมินไม่ครบ", "incomplete"),
    "level": ("ระดับ", "level"),
    "overall": ("คะแนนรวม", "overall"),
    "domain": ("มิติ", "Domain"),
    "share": ("สัดส่วน", "Share"),
    "score": ("คะแนน", "Score"),
    "floor": ("ขั้นต่ำ", "Floor"),
    "counted": ("นับ/ไม่เกี่ยว/ข้าม", "counted/NA/skipped"),
    "gates": ("เกณฑ์ที่ต้องผ่าน", "Must-pass gates"),
    "criterion": ("เกณฑ์", "Criterion"),
    "needs": ("ต้องได้", "needs"),
    "value": ("ได้", "value"),
    "status": ("สถานะ", "status"),
    "actions": ("การดำเนินการแก้ไขที่ควรทำก่อน", "Corrective actions first"),
    "gain": ("คะแนนเพิ่ม", "+points"),
    "unlocks": ("ปลดล็อก", "unlocks"),
    "after": ("ผลหลังแก้ไข", "after the fix"),
    "missing": ("ยังไม่มีคำตอบ", "No answer yet"),
    "ignored": ("คำตอบที่ไม่นับ (เกณฑ์ไม่ใช้บังคับ)", "Answers ignored (criterion skipped)"),
    "impacts": ("ผลกระทบรุนแรงที่ยังไม่ได้บรรเทา", "Severe impacts not yet mitigated"),
    "reasons": ("เหตุผล", "Reasons"),
    "excluded": ("ไม่นับ (ไม่มีเกณฑ์ที่ใช้บังคับ)", "left out (nothing applicable)"),
    "passed": ("ผ่าน", "passed"),
    "failed": ("ไม่ผ่าน", "failed"),
    "not_applicable": ("ไม่เกี่ยวข้อง", "not applicable"),
    "missing_gate": ("ยังไม่มีคำตอบ", "no answer yet"),
    "gate_passed": ("ผ่านเกณฑ์ที่ต้องผ่าน {ids}", "passes must-pass {ids}"),
    "mitigate": ("ลดผลกระทบ", "mitigate"),
    "impact_line": ("{id}: ความรุนแรง {severity}, {status}", "{id}: severity {severity}, {status}"),
    "open": ("ยังไม่ดำเนินการ", "open"),
    "mitigating": ("กำลังบรรเทา", "mitigating"),
    "mitigated": ("บรรเทาแล้ว", "mitigated"),
    "remediated": ("เยียวยาแล้ว", "remediated"),
}

# Lines of `hria score --explain`; {placeholders} are filled from the explanation's JSON.
EXPLAIN: dict[str, tuple[str, str]] = {
    "applicability": ("การใช้บังคับ: {text}", "applicability: {text}"),
    "answer": ("คำตอบ: {value} ({label}) จากระดับ 0–{max}", "answer: {value} ({label}) on 0–{max}"),
    "state": ("คำตอบ: {state}", "answer: {state}"),
    "prerequisite": ("ต้องมีก่อน", "prerequisite"),
    "condition": ("เงื่อนไข", "condition"),
    "link": (
        "  {kind} {criterion} ≥ {at_least}{cap}: ขณะนี้ {value} {mark}",
        "  {kind} {criterion} ≥ {at_least}{cap}: now {value} {mark}",
    ),
    "cap": (" มิฉะนั้นได้ไม่เกิน {cap}", ", else at most {cap}"),
    "score": ("คะแนน: {how}", "score: {how}"),
    'domain': (
        'ในมิติ: {share} % ของน้ำหนักที่นับ → {points} จากคะแนนมิติ {of}',
        "in its domain: {share} % of the weight counted → {points} of the domain's {of}",
    ),
    "overall": (
        "ในคะแนนรวม: {share} % ของน้ำหนัก → {points} จาก {of}",
        "in the overall: {share} % of the weight → {points} of {of}",
    ),
    "must_pass": ("ต้องผ่าน: ≥ {at_least}", "must pass: ≥ {at_least}"),
    "now": ("ขณะนี้: คะแนนรวม {overall}, {decision}", "now: overall {overall}, {decision}"),
    "if": (
        "ถ้าตอบ {value}: คะแนนรวม {overall} ({change}), {decision}",
        "if answered {value}: overall {overall} ({change}), {decision}",
    ),
    "unlocks": ("; ปลดล็อก {ids}", "; unlocks {ids}"),
    "downstream": ("เกณฑ์ที่ขึ้นกับเกณฑ์นี้: {ids}", "criteria that depend on it: {ids}"),
    "state.missing": ("ยังไม่มีคำตอบ", "no answer yet"),
    "state.not_applicable": ("ไม่เกี่ยวข้อง", "not applicable"),
    "state.skipped": ("ไม่ใช้บังคับ", "skipped"),
}


def words(table: dict[str, tuple[str, str]], lang: str) -> dict[str, str]:
    """One language's column of a two-language table (for code that looks words up by key)."""
    return {key: th if lang == "th" else en for key, (th, en) in table.items()}


CERTIFICATE_STATUS = {"valid": "ใช้ได้", "revoked": "ถูกเพิกถอน", "suspended": "ถูกพักใช้", "expired": "หมดอายุ"}
"""Thai names of a certificate's registry status."""

IMPACT_STATUS = {"open": "ยังไม่ดำเนินการ", "mitigating": "กำลังบรรเทา", "mitigated": "บรรเทาแล้ว",
                 "remediated": "เยียวยาแล้ว"}
"""Thai names of an impact's status (a message's {status_th})."""


def message(code: str, subject: str | None = None, **values: str) -> Message:
    th, en = TEMPLATES[code]
    if "status" in values:
        status = values["status"]
        values.setdefault("status_th", CERTIFICATE_STATUS.get(status) or IMPACT_STATUS.get(status, status))
    return Message(code, th.format(**values), en.format(**values), subject, dict(sorted(values.items())))


def plain(text: str) -> Message:
    """A message that exists in one wording only (an error text from a library), shown as is."""
    return Message("text", text, text)
