# ruff: noqa: E501  (example data: long bilingual lines are clearer unbroken)
"""Write examples/gov-provincial-office.assessment.yaml: a filled, realistic assessment.

Values were chosen by hand to describe a provincial office that has a signed policy and a
working complaints channel but weak supplier screening and no public reporting yet.
"""
from hria import criteria_sets

cs = criteria_sets.load("gov")
values = {
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
}
evidence = {
    "GOV-GOV-01": ["นโยบายสิทธิมนุษยชน ลงนาม 12 ม.ค. 2569", "https://example.go.th/hr-policy"],
    "GOV-GRV-01": ["คู่มือรับเรื่องร้องเรียน ฉบับปรับปรุง 2568", "ทะเบียนเรื่องร้องเรียน 2568 (142 เรื่อง)"],
    "GOV-INF-01": ["ศูนย์ข้อมูลข่าวสาร ชั้น 1", "https://example.go.th/oic"],
    "GOV-PRV-01": ["คำสั่งแต่งตั้ง DPO ที่ 45/2567", "RoPA ฉบับ ต.ค. 2568"],
}
notes = {
    "GOV-EQ-03": "จ้างคนพิการ 1 คน จากบุคลากร 212 คน ต้องมี 2 คน / 1 of the 2 required employees with disabilities",
    "GOV-PROC-02": "ยังไม่มีแบบคัดกรองผู้ขายเครื่องแบบและงานก่อสร้าง / no screening of uniform and construction suppliers yet",
    "GOV-MON-02": "รายงานประจำปีกล่าวถึงกิจกรรมแต่ไม่รายงานผลกระทบที่พบ / annual report lists activities only",
}
out = [
    "# A filled assessment of a provincial office against the government-agency set (fictional example).",
    "# ตัวอย่างสมมติ: ผลการประเมินสำนักงานระดับจังหวัดตามเกณฑ์สำหรับส่วนราชการ",
    "schema_version: 1",
    "criteria_set:",
    "  id: gov",
    '  version: "2026.1"',
    f"  content_hash: {criteria_sets.load('gov').content_hash}",
    "organisation:",
    "  name: {th: สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน (ตัวอย่างสมมติ), en: Nan Provincial Office of Social Development and Human Security (fictional example)}",
    "  type: government_agency",
    "  subtype: provincial_office",
    "  province: น่าน",
    "  size: medium",
    '  registration_number: "0994000162341"',
    "  employees: 212",
    "assessor:",
    "  name: นางสาวพิมพ์ชนก ศรีสุข",
    "  organisation: สถาบันรับรองการประเมินผลกระทบด้านสิทธิมนุษยชน (ตัวอย่าง)",
    "assessed_on: 2026-10-15",
    "answers:",
]
for c in cs.model.criteria:
    if c.id in values:
        out.append(f"  - criterion: {c.id}")
        out.append(f"    value: {values[c.id]}")
        ev = evidence.get(c.id, [c.evidence[0].th])
        out.append("    evidence: [" + ", ".join(f'"{e}"' for e in ev) + "]")
        if c.id in notes:
            out.append(f'    notes: "{notes[c.id]}"')
        out.append("    answered_by: นางสาวพิมพ์ชนก ศรีสุข")
        out.append("    answered_at: 2026-10-15")
out += [
    "  - criterion: GOV-PROC-03",
    "    not_applicable: {reason: ไม่พบการละเมิดในผู้ขายในรอบการประเมิน / no supplier abuse was found in the period}",
    "    answered_by: นางสาวพิมพ์ชนก ศรีสุข",
    "    answered_at: 2026-10-15",
    "impacts:",
    "  - id: IMP-1",
    "    description: ผู้สูงอายุที่ไม่มีเอกสารประจำตัวในพื้นที่สูงเข้าไม่ถึงเบี้ยยังชีพ / older stateless residents in highland villages cannot claim the old-age allowance",
    "    rights: [สิทธิในหลักประกันทางสังคม / right to social security]",
    "    rights_holders: [ผู้สูงอายุไร้สัญชาติ / stateless older persons]",
    "    involvement: contribute",
    "    kind: actual",
    "    scale: 3",
    "    scope: 2",
    "    irremediability: 2",
    "    likelihood: 3",
    "    mitigation:",
    "      measures: [ประสานอำเภอเร่งพิสูจน์สถานะ / work with district registrars on status determination, หน่วยบริการเคลื่อนที่ / mobile service unit]",
    "      owner: กลุ่มงานส่งเสริมและพัฒนาสังคม",
    "      due: 2027-03-31",
    "    status: mitigating",
    "  - id: IMP-2",
    "    description: ผู้รับจ้างทำความสะอาดจ่ายค่าจ้างล่าช้า / the cleaning contractor paid wages late",
    "    rights: [สิทธิในสภาพการทำงานที่เป็นธรรม / right to just conditions of work]",
    "    rights_holders: [ลูกจ้างของผู้รับจ้าง / contractor's workers]",
    "    involvement: directly_linked",
    "    kind: actual",
    "    scale: 2",
    "    scope: 1",
    "    irremediability: 1",
    "    likelihood: 2",
    "    mitigation:",
    "      measures: [เพิ่มเงื่อนไขตรวจสลิปเงินเดือนในสัญญา / payslip checks added to the contract]",
    "      owner: งานพัสดุ",
    "      due: 2026-12-31",
    "    status: mitigated",
]
with open("examples/gov-provincial-office.assessment.yaml", "w", encoding="utf-8") as fh:
    fh.write("\n".join(out) + "\n")
