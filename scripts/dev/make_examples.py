# ruff: noqa: E501  (example data: long bilingual lines are clearer unbroken)
"""Write the filled example assessments in examples/, one per organisation type.

The organisations are fictional; the values were chosen by hand to describe a
plausible organisation of each kind and to land at different results:

- gov: a provincial office with a signed policy and a working complaints channel but
  weak supplier screening — certified at the basic level;
- lao: a town municipality on the border with many migrant and stateless residents and
  strong, well-documented practice — certified at the excellent level;
- edu: an autonomous university with strong academic-freedom and student-rights practice
  whose sexual-harassment policy is still a draft — a failed must-pass gate while its
  overall score is high: not certified;
- business: a small seafood-processing SME (size from the Thai SME definition) on the
  SME track — certified at the good level.

Run after a criteria set changes: ``python scripts/dev/make_examples.py``; the content
hashes are read from the shipped sets.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from hria import criteria_sets
from hria.models.assessment import registration_check_digit

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def reg(first12: str) -> str:
    return first12 + str(registration_check_digit(first12))


def impact(id_: str, description: str, right: str, holders: str, involvement: str, kind: str,
           severity: tuple[int, int, int], likelihood: int, measures: list[str], owner: str,
           due: str, status: str) -> dict[str, Any]:
    scale, scope, irremediability = severity
    return {"id": id_, "description": description, "rights": [right], "rights_holders": [holders],
            "involvement": involvement, "kind": kind, "scale": scale, "scope": scope,
            "irremediability": irremediability, "likelihood": likelihood,
            "mitigation": {"measures": measures, "owner": owner, "due": dt.date.fromisoformat(due)}, "status": status}


GOV: dict[str, Any] = {
    "file": "gov-provincial-office.assessment.yaml",
    "set": "gov",
    "comment": ["A filled assessment of a provincial office against the government-agency set (fictional example).",
                "ตัวอย่างสมมติ: ผลการประเมินสำนักงานระดับจังหวัดตามเกณฑ์สำหรับส่วนราชการ"],
    "organisation": {
        "name": {"th": "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน (ตัวอย่างสมมติ)",
                 "en": "Nan Provincial Office of Social Development and Human Security (fictional example)"},
        "type": "government_agency", "subtype": "provincial_office", "province": "น่าน", "size": "medium",
        "registration_number": "0994000162341", "employees": 212,
    },
    "assessor": "นางสาวพิมพ์ชนก ศรีสุข",
    "date": "2026-10-15",
    "values": {
        "GOV-GOV-01": 3, "GOV-GOV-02": 3, "GOV-GOV-03": 2, "GOV-GOV-04": 3,
        "GOV-HRDD-01": 2, "GOV-HRDD-02": 2, "GOV-HRDD-03": 3, "GOV-HRDD-04": 1,
        "GOV-EQ-01": 3, "GOV-EQ-02": 3, "GOV-EQ-03": 1, "GOV-EQ-04": 2, "GOV-EQ-05": 2, "GOV-EQ-06": 3,
        "GOV-INF-01": 4, "GOV-INF-02": 3, "GOV-INF-03": 3,
        "GOV-PRV-01": 3, "GOV-PRV-02": 3, "GOV-PRV-03": 2, "GOV-PRV-04": 2,
        "GOV-CIV-01": 3, "GOV-CIV-02": 3, "GOV-CIV-03": 4,
        "GOV-LAB-01": 3, "GOV-LAB-02": 2, "GOV-LAB-03": 3, "GOV-LAB-04": 3,
        "GOV-PROC-01": 2, "GOV-PROC-02": 1,
        "GOV-HRD-01": 3, "GOV-HRD-02": 2,
        "GOV-GRV-01": 4, "GOV-GRV-02": 3, "GOV-GRV-03": 3, "GOV-GRV-04": 3, "GOV-GRV-05": 2,
        "GOV-ENV-01": 2, "GOV-ENV-02": 3,
        "GOV-MON-01": 3, "GOV-MON-02": 1, "GOV-MON-03": 2,
    },
    "evidence": {
        "GOV-GOV-01": ["นโยบายสิทธิมนุษยชน ลงนาม 12 ม.ค. 2569", "https://example.go.th/hr-policy"],
        "GOV-GRV-01": ["คู่มือรับเรื่องร้องเรียน ฉบับปรับปรุง 2568", "ทะเบียนเรื่องร้องเรียน 2568 (142 เรื่อง)"],
        "GOV-INF-01": ["ศูนย์ข้อมูลข่าวสาร ชั้น 1", "https://example.go.th/oic"],
        "GOV-PRV-01": ["คำสั่งแต่งตั้ง DPO ที่ 45/2567", "RoPA ฉบับ ต.ค. 2568"],
    },
    "notes": {
        "GOV-EQ-03": "จ้างคนพิการ 1 คน จากบุคลากร 212 คน ต้องมี 2 คน / 1 of the 2 required employees with disabilities",
        "GOV-PROC-02": "ยังไม่มีแบบคัดกรองผู้ขายเครื่องแบบและงานก่อสร้าง / no screening of uniform and construction suppliers yet",
        "GOV-MON-02": "รายงานประจำปีกล่าวถึงกิจกรรมแต่ไม่รายงานผลกระทบที่พบ / annual report lists activities only",
    },
    "not_applicable": {
        "GOV-PROC-03": "ไม่พบการละเมิดในผู้ขายในรอบการประเมิน / no supplier abuse was found in the period",
    },
    "impacts": [
        impact("IMP-1", "ผู้สูงอายุที่ไม่มีเอกสารประจำตัวในพื้นที่สูงเข้าไม่ถึงเบี้ยยังชีพ / older stateless residents in highland villages cannot claim the old-age allowance",
               "สิทธิในหลักประกันทางสังคม / right to social security", "ผู้สูงอายุไร้สัญชาติ / stateless older persons",
               "contribute", "actual", (3, 2, 2), 3,
               ["ประสานอำเภอเร่งพิสูจน์สถานะ / work with district registrars on status determination", "หน่วยบริการเคลื่อนที่ / mobile service unit"],
               "กลุ่มงานส่งเสริมและพัฒนาสังคม", "2027-03-31", "mitigating"),
        impact("IMP-2", "ผู้รับจ้างทำความสะอาดจ่ายค่าจ้างล่าช้า / the cleaning contractor paid wages late",
               "สิทธิในสภาพการทำงานที่เป็นธรรม / right to just conditions of work", "ลูกจ้างของผู้รับจ้าง / contractor's workers",
               "directly_linked", "actual", (2, 1, 1), 2,
               ["เพิ่มเงื่อนไขตรวจสลิปเงินเดือนในสัญญา / payslip checks added to the contract"],
               "งานพัสดุ", "2026-12-31", "mitigated"),
    ],
}

LAO: dict[str, Any] = {
    "file": "lao-town-municipality.assessment.yaml",
    "set": "lao",
    "comment": ["A filled assessment of a border town municipality against the local-administration set (fictional example).",
                "ตัวอย่างสมมติ: ผลการประเมินเทศบาลเมืองชายแดนตามเกณฑ์สำหรับองค์กรปกครองส่วนท้องถิ่น"],
    "organisation": {
        "name": {"th": "เทศบาลเมืองริมเมย (ตัวอย่างสมมติ)", "en": "Rim Moei Town Municipality (fictional example)"},
        "type": "local_administration", "subtype": "town_municipality", "province": "ตาก", "size": "medium",
        "registration_number": reg("099400063317"), "employees": 386,
    },
    "assessor": "นายธนพล วงศ์ไทย",
    "date": "2026-09-22",
    "values": {
        "LAO-GOV-01": 4, "LAO-GOV-02": 4, "LAO-GOV-03": 4, "LAO-GOV-04": 3,
        "LAO-DD-01": 3, "LAO-ORD-01": 4, "LAO-ORD-02": 3, "LAO-ORD-03": 4,
        "LAO-SRV-01": 4, "LAO-SRV-02": 1, "LAO-SRV-03": 4, "LAO-SRV-04": 4, "LAO-SRV-05": 4,
        "LAO-WEL-01": 4, "LAO-WEL-02": 3, "LAO-WEL-03": 3, "LAO-WEL-04": 4,
        "LAO-INF-01": 4, "LAO-INF-02": 4, "LAO-INF-03": 3,
        "LAO-LND-01": 4, "LAO-LND-03": 3,
        "LAO-ENV-01": 4, "LAO-ENV-02": 3, "LAO-ENV-03": 4,
        "LAO-PROC-01": 3, "LAO-PROC-02": 4, "LAO-PROC-03": 1, "LAO-PROC-04": 4,
        "LAO-GRV-01": 4, "LAO-GRV-02": 4, "LAO-GRV-03": 3,
        "LAO-HRD-01": 4, "LAO-HRD-02": 3, "LAO-HRD-03": 4,
        "LAO-PRV-01": 4, "LAO-PRV-02": 3, "LAO-PRV-03": 4,
        "LAO-MON-01": 4, "LAO-MON-02": 3, "LAO-MON-03": 3,
    },
    "evidence": {
        "LAO-SRV-01": ["ทะเบียนผู้รับบริการศูนย์บริการสาธารณสุข 2568 แยกตามสถานะ", "ประกาศเทศบาล เรื่อง การให้บริการโดยไม่เลือกปฏิบัติ"],
        "LAO-SRV-02": ["แผนที่ชุมชนแรงงานข้ามชาติ 14 ชุมชน (ก.ค. 2569)"],
        "LAO-INF-01": ["https://example.go.th/rimmoei/oit", "ศูนย์ข้อมูลข่าวสาร สำนักปลัดเทศบาล"],
        "LAO-GRV-01": ["ศูนย์ดำรงธรรมเทศบาล สายด่วน 3 ภาษา (ไทย พม่า กะเหรี่ยง)", "ทะเบียนเรื่องร้องเรียน 2568 (311 เรื่อง)"],
        "LAO-PROC-04": ["สัญญาจ้างเก็บขยะ ข้อ 12 ห้ามยึดเอกสารประจำตัว", "บันทึกสัมภาษณ์ลูกจ้างผู้รับจ้าง 20 คน"],
    },
    "notes": {
        "LAO-WEL-03": "ทางลาดครบทุกอาคาร แต่ล่ามภาษามือยังต้องนัดล่วงหน้า 3 วัน / ramps everywhere; sign-language interpreting still needs 3 days' notice",
        "LAO-HRD-02": "มีขั้นตอนแล้ว ยังไม่เคยซ้อมร่วมกับตำรวจ / procedure adopted, not yet rehearsed with the police",
    },
    "not_applicable": {
        "LAO-LND-02": "ไม่มีการไล่รื้อหรือย้ายชุมชนหรือแผงค้าในรอบการประเมิน / no evictions or relocations of communities or stalls in the period",
    },
    "impacts": [
        impact("IMP-1", "เด็กไร้สัญชาติบางส่วนไม่ได้รับวัคซีนตามกำหนดเพราะผู้ปกครองกลัวถูกตรวจสถานะ / some stateless children miss vaccinations because parents fear status checks",
               "สิทธิในสุขภาพ / right to health", "เด็กไร้สัญชาติ / stateless children",
               "contribute", "actual", (3, 2, 2), 2,
               ["อาสาสมัครสาธารณสุขข้ามชาติลงพื้นที่ / migrant health volunteers' outreach", "ประกาศไม่ส่งต่อข้อมูลสถานะให้หน่วยงานอื่น / notice that status data is not shared"],
               "กองสาธารณสุขและสิ่งแวดล้อม", "2027-01-31", "mitigated"),
    ],
}

EDU: dict[str, Any] = {
    "file": "edu-autonomous-university.assessment.yaml",
    "set": "edu",
    "comment": ["A filled assessment of an autonomous university against the educational-institution set (fictional example).",
                "It scores high overall but fails a must-pass gate: its sexual-harassment policy is still a draft.",
                "ตัวอย่างสมมติ: มหาวิทยาลัยในกำกับของรัฐ คะแนนรวมสูงแต่ไม่ผ่านเกณฑ์ที่ต้องผ่าน (นโยบายป้องกันการล่วงละเมิดและคุกคามทางเพศยังเป็นร่าง)"],
    "organisation": {
        "name": {"th": "มหาวิทยาลัยแก่นนครราชภูมิ (ตัวอย่างสมมติ)", "en": "Kaen Nakhon Ratchaphum University (fictional example)"},
        "type": "educational_institution", "subtype": "autonomous_university", "province": "ขอนแก่น", "size": "large",
        "registration_number": reg("099400025712"), "employees": 4120,
    },
    "assessor": "ดร.สุนิสา แก้วมณี",
    "date": "2026-08-28",
    "values": {
        "EDU-GOV-01": 4, "EDU-GOV-02": 3, "EDU-GOV-03": 3,
        "EDU-DD-01": 3, "EDU-DD-02": 4, "EDU-DD-03": 3,
        "EDU-ACF-01": 4, "EDU-ACF-02": 4,
        "EDU-STU-01": 4, "EDU-STU-02": 4, "EDU-STU-03": 4,
        "EDU-CUR-01": 4, "EDU-CUR-02": 4,
        "EDU-CIV-01": 4, "EDU-CIV-02": 4, "EDU-CIV-03": 4,
        "EDU-SAF-01": 1, "EDU-SAF-02": 3, "EDU-SAF-03": 4, "EDU-SAF-04": 1, "EDU-SAF-05": 4, "EDU-SAF-06": 3,
        "EDU-SAF-07": 1, "EDU-SAF-08": 3,
        "EDU-INC-01": 4, "EDU-INC-02": 3, "EDU-INC-03": 1, "EDU-INC-04": 4, "EDU-INC-05": 4,
        "EDU-PRV-01": 4, "EDU-PRV-02": 3, "EDU-PRV-03": 4,
        "EDU-RES-01": 1, "EDU-RES-02": 4, "EDU-RES-03": 4,
        "EDU-LAB-01": 3, "EDU-LAB-02": 4, "EDU-LAB-03": 4, "EDU-LAB-04": 1, "EDU-LAB-05": 3,
        "EDU-GRV-01": 4, "EDU-GRV-02": 3, "EDU-GRV-03": 4, "EDU-GRV-04": 3,
        "EDU-PAR-01": 4, "EDU-PAR-03": 4,
        "EDU-MON-01": 3, "EDU-MON-02": 4, "EDU-MON-03": 3,
    },
    "evidence": {
        "EDU-SAF-01": ["ร่างประกาศมหาวิทยาลัย เรื่อง การป้องกันการล่วงละเมิดและคุกคามทางเพศ (ร่างที่ 3, มิ.ย. 2569)"],
        "EDU-ACF-01": ["ข้อบังคับว่าด้วยเสรีภาพทางวิชาการ พ.ศ. 2567", "รายงานสภาวิชาการ ครั้งที่ 5/2569"],
        "EDU-CIV-01": ["ประกาศการใช้พื้นที่ลานกิจกรรม (แจ้งล่วงหน้า 24 ชั่วโมง ไม่ต้องขออนุญาต)"],
        "EDU-RES-02": ["คณะกรรมการจริยธรรมการวิจัยในมนุษย์ ได้รับการรับรอง FERCAP"],
    },
    "notes": {
        "EDU-SAF-01": "ยังไม่ประกาศใช้ ช่องทางแจ้งเหตุยังเป็นของแต่ละคณะ / not yet adopted; reporting channels still differ by faculty",
        "EDU-SAF-02": "กรณีปี 2568 จำนวน 9 เรื่อง ดำเนินการแล้วเสร็จ 6 เรื่อง / 9 cases in 2025, 6 concluded",
    },
    "not_applicable": {},
    "impacts": [
        impact("IMP-1", "นักศึกษาผู้เสียหายจากการคุกคามทางเพศต้องเล่าเหตุการณ์ซ้ำหลายคณะกรรมการ / students harmed by sexual harassment must retell events to several committees",
               "สิทธิในความปลอดภัยและศักดิ์ศรี / right to security and dignity", "นักศึกษา / students",
               "cause", "actual", (3, 2, 3), 3,
               ["ศูนย์รับเรื่องกลางแห่งเดียว / a single central reporting centre", "อบรมคณะกรรมการสอบข้อเท็จจริง / training for fact-finding committees"],
               "กองพัฒนานักศึกษา", "2027-02-28", "mitigating"),
    ],
}

BUSINESS: dict[str, Any] = {
    "file": "business-sme-seafood.assessment.yaml",
    "set": "business",
    "comment": ["A filled assessment of a small seafood-processing company on the SME track (fictional example).",
                "Its size follows from the Thai SME definition: manufacturing, 42 employees, 80 million baht a year → small.",
                "ตัวอย่างสมมติ: บริษัทแปรรูปอาหารทะเลขนาดย่อม ประเมินตามเกณฑ์สำหรับภาคธุรกิจ (เส้นทางสำหรับ SME)"],
    "organisation": {
        "name": {"th": "บริษัท ทะเลทองแปรรูป จำกัด (ตัวอย่างสมมติ)", "en": "Thale Thong Processing Co., Ltd. (fictional example)"},
        "type": "business", "subtype": "unlisted_company", "province": "สมุทรสาคร",
        "sector": "manufacturing", "employees": 42, "annual_revenue_baht": 80_000_000,
        "registration_number": reg("074555800213"),
    },
    "assessor": "นางวรรณา พึ่งบุญ",
    "date": "2026-10-02",
    "values": {
        "BIZ-POL-02": 4, "BIZ-POL-03": 3, "BIZ-POL-05": 3,
        "BIZ-SCOPE-01": 1, "BIZ-SCOPE-02": 1,
        "BIZ-HRDD-01": 3, "BIZ-HRDD-02": 3, "BIZ-HRDD-03": 2, "BIZ-HRDD-04": 3,
        "BIZ-LAB-01": 4, "BIZ-LAB-02": 3, "BIZ-LAB-03": 3, "BIZ-LAB-04": 2, "BIZ-LAB-05": 4, "BIZ-LAB-06": 3,
        "BIZ-HAR-01": 3, "BIZ-EQ-01": 3, "BIZ-EQ-02": 2,
        "BIZ-MIG-01": 4, "BIZ-MIG-02": 4, "BIZ-MIG-03": 4, "BIZ-MIG-04": 4, "BIZ-MIG-05": 3, "BIZ-MIG-07": 3,
        "BIZ-SUP-01": 3,
        "BIZ-COM-01": 3, "BIZ-COM-02": 3,
        "BIZ-ENV-01": 3, "BIZ-ENV-02": 2,
        "BIZ-HRD-01": 4, "BIZ-HRD-02": 3,
        "BIZ-PRV-01": 3, "BIZ-PRV-02": 3, "BIZ-PRV-03": 3, "BIZ-PRV-04": 2,
        "BIZ-CON-01": 4, "BIZ-CON-02": 3,
        "BIZ-GRV-01": 4, "BIZ-GRV-02": 3, "BIZ-GRV-03": 3,
        "BIZ-REP-03": 3, "BIZ-REP-04": 3,
    },
    "evidence": {
        "BIZ-MIG-01": ["นโยบายการจ้างงานไม่มีค่าธรรมเนียม (Employer Pays) ลงนาม 3 ก.พ. 2569", "สัญญากับบริษัทนำเข้าแรงงาน ข้อ 7"],
        "BIZ-MIG-02": ["ตู้เก็บเอกสารส่วนตัวมีกุญแจให้ลูกจ้างแต่ละคน", "บันทึกสัมภาษณ์ลูกจ้าง 12 คน (ภาษาเมียนมา)"],
        "BIZ-GRV-01": ["ไลน์กลุ่มร้องเรียน 2 ภาษา", "กล่องรับความคิดเห็นหน้าโรงอาหาร", "ทะเบียนเรื่องร้องเรียน 2569 (17 เรื่อง)"],
        "BIZ-LAB-02": ["บันทึกเวลาทำงานจากเครื่องสแกนลายนิ้วมือ ม.ค.–ก.ย. 2569"],
    },
    "notes": {
        "BIZ-LAB-04": "ยังไม่มีคณะกรรมการสวัสดิการ (ลูกจ้างไม่ถึง 50 คน) มีการประชุมพนักงานรายไตรมาส / no welfare committee (under 50 staff); quarterly staff meetings",
        "BIZ-ENV-02": "ชาวบ้านร้องเรียนกลิ่นจากบ่อบำบัดน้ำเสีย 2 ครั้ง / neighbours complained twice about odour from the wastewater pond",
    },
    "not_applicable": {
        "BIZ-DIS-01": "ลูกจ้าง 42 คน ไม่ถึง 100 คน จึงยังไม่มีหน้าที่จ้างคนพิการตามอัตราส่วน / 42 employees: below the 100 at which the disability employment quota starts",
    },
    "impacts": [
        impact("IMP-1", "กลิ่นจากบ่อบำบัดน้ำเสียรบกวนชุมชนริมคลอง / odour from the wastewater pond affects the canal-side community",
               "สิทธิในสุขภาพและสิ่งแวดล้อมที่ดี / right to health and a healthy environment", "ชุมชนริมคลอง / canal-side residents",
               "cause", "actual", (2, 2, 1), 3,
               ["ติดตั้งเครื่องเติมอากาศ / install aerators", "แจ้งผลตรวจวัดให้ชุมชนทุกเดือน / share monthly measurements with the community"],
               "ผู้จัดการโรงงาน", "2026-12-31", "mitigating"),
        impact("IMP-2", "ความเสี่ยงที่นายหน้าในประเทศต้นทางเรียกเก็บค่าใช้จ่ายจากแรงงาน / risk that brokers in the origin country charge workers fees",
               "เสรีภาพจากแรงงานบังคับ / freedom from forced labour", "แรงงานข้ามชาติ / migrant workers",
               "directly_linked", "potential", (3, 2, 2), 2,
               ["ชำระค่าใช้จ่ายทั้งหมดแทนลูกจ้าง / employer pays all costs", "สัมภาษณ์ลูกจ้างใหม่ทุกคนภายใน 30 วัน / interview every new worker within 30 days"],
               "ฝ่ายบุคคล", "2027-03-31", "mitigating"),
    ],
}


def assessment(spec: dict[str, Any]) -> dict[str, Any]:
    loaded = criteria_sets.load(spec["set"])
    answers: list[dict[str, Any]] = []
    for c in loaded.model.criteria:
        if c.id in spec["values"]:
            answer: dict[str, Any] = {"criterion": c.id, "value": spec["values"][c.id],
                                      "evidence": spec["evidence"].get(c.id, [c.evidence[0].th])}
        elif c.id in spec["not_applicable"]:
            answer = {"criterion": c.id, "not_applicable": {"reason": spec["not_applicable"][c.id]}}
        else:
            continue
        if c.id in spec["notes"]:
            answer["notes"] = spec["notes"][c.id]
        answer |= {"answered_by": spec["assessor"], "answered_at": dt.date.fromisoformat(spec["date"])}
        answers.append(answer)
    unknown = (set(spec["values"]) | set(spec["not_applicable"])) - {c.id for c in loaded.model.criteria}
    assert not unknown, f"{spec['file']}: unknown criteria {sorted(unknown)}"
    return {
        "schema_version": 1,
        "criteria_set": {"id": loaded.model.id, "version": loaded.model.version,
                         "content_hash": loaded.content_hash},
        "organisation": spec["organisation"],
        "assessor": {"name": spec["assessor"],
                     "organisation": "สถาบันรับรองการประเมินผลกระทบด้านสิทธิมนุษยชน (ตัวอย่าง)"},
        "assessed_on": dt.date.fromisoformat(spec["date"]),
        "answers": answers,
        "impacts": spec["impacts"],
    }


def render(spec: dict[str, Any]) -> str:
    yaml = YAML(typ="safe", pure=True)
    yaml.allow_unicode = True
    yaml.default_flow_style = False
    yaml.sort_base_mapping_type_on_output = False  # type: ignore[assignment]
    yaml.width = 4096
    out = io.StringIO()
    yaml.dump(assessment(spec), out)
    header = "".join(f"# {line}\n" for line in spec["comment"])
    return header + out.getvalue()


def main() -> None:
    for spec in (GOV, LAO, EDU, BUSINESS):
        path = EXAMPLES / spec["file"]
        path.write_text(render(spec), encoding="utf-8")
        print(f"wrote {path.relative_to(EXAMPLES.parent)}")


if __name__ == "__main__":
    main()
