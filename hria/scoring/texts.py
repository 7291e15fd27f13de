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
        "ผลกระทบ {impact} รุนแรง {severity} (ตั้งแต่ {severe_at} ถือว่ารุนแรง) สถานะ {status} "
        "ยังไม่ได้บรรเทา: ไม่ได้รับการรับรอง",
        "impact {impact} has severity {severity} (severe from {severe_at}) and is still {status}: "
        "not certified",
    ),
    "severe_impact.lower_one_level": (
        "ผลกระทบ {impact} รุนแรง {severity} (ตั้งแต่ {severe_at} ถือว่ารุนแรง) สถานะ {status} "
        "ยังไม่ได้บรรเทา: ลดลงหนึ่งระดับ",
        "impact {impact} has severity {severity} (severe from {severe_at}) and is still {status}: "
        "one level lower",
    ),
    "impact.actual_not_remediated": (
        "ผลกระทบที่เกิดขึ้นจริง {impact} (ความรุนแรง {severity}) ซึ่งองค์กร{involvement_th} มีสถานะ {status} "
        "ยังไม่ได้เยียวยาผู้ได้รับผลกระทบ ผลกระทบที่องค์กรก่อหรือมีส่วนก่อต้องได้รับการเยียวยา "
        "ไม่ใช่เพียงบรรเทา: ไม่ได้รับการรับรอง",
        "actual impact {impact} (severity {severity}), which the organisation {involvement_en}, is "
        "{status}, not remediated; an impact the organisation caused or contributed to must be "
        "remediated, not only mitigated: not certified",
    ),
    "impact.potential_likely": (
        "ผลกระทบที่อาจเกิดขึ้น {impact} ความรุนแรง {severity} × โอกาสเกิด {likelihood} = {product} "
        "ถึงเกณฑ์ {threshold} และมีสถานะ {status} ยังไม่ได้บรรเทา: ไม่ได้รับการรับรอง",
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
    "applies.conditions": ("ใช้บังคับ: {conditions}", "applies: {conditions}"),
    "skipped.subtype": (
        "ไม่ใช้บังคับ: ใช้เฉพาะ{allowed_th} แต่องค์กรเป็น{actual_th}",
        "skipped: only for {allowed_en}, the organisation is {actual_en}",
    ),
    "skipped.size": (
        "ไม่ใช้บังคับ: ใช้เฉพาะองค์กร{allowed_th} แต่องค์กรนี้มี{actual_th}",
        "skipped: only for {allowed_en} organisations, this one is {actual_en}",
    ),
    "skipped.profile": (
        "ไม่ใช้บังคับ: ใช้เฉพาะองค์กรที่ตอบว่าใช่ในข้อมูลองค์กร ({facts}) แต่องค์กรนี้ตอบว่า {missing} ไม่ใช่",
        "skipped: only where the organisation profile says yes to {facts}; this one says no to {missing}",
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
}


def message(code: str, subject: str | None = None, **values: str) -> Message:
    th, en = TEMPLATES[code]
    return Message(code, th.format(**values), en.format(**values), subject, dict(sorted(values.items())))
