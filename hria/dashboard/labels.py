"""The dashboard's words in Thai and English, looked up by key (a Thai page has no English left in
it by accident, and the reverse)."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "title": ("ภาพรวมการประเมินผลกระทบด้านสิทธิมนุษยชน (HRIA) ระดับประเทศ",
              "Human Rights Impact Assessment (HRIA): the national picture"),
    "subtitle": ("ตามแผนยุทธศาสตร์ กสม. พ.ศ. 2566–2570 ประเด็นยุทธศาสตร์ที่ 2.2",
                 "NHRC strategic plan B.E. 2566–2570 (2023–2027), strategic issue 2.2"),
    "built": ("ข้อมูล ณ วันที่", "Figures as of"),
    "other_lang": ("English", "ภาษาไทย"),
    "nav_dashboard": ("ภาพรวม", "Dashboard"),
    "nav_verify": ("ตรวจสอบใบรับรอง", "Verify a certificate"),
    "nav_data": ("ข้อมูลเปิด", "Open data"),
    "sample": ("ข้อมูลในทะเบียนนี้มีองค์กรสมมุติเพื่อการสาธิต (ชื่อขึ้นต้นด้วย \"องค์กรสมมุติ\") ไม่ใช่ข้อมูลจริง",
               "This registry holds fictional organisations for demonstration (named \"Fictional "
               "organisation\"): not real data"),
    "suppressed_note": ("ช่องที่แสดง \"–\" ถูกปิดไว้: น้อยกว่า 3 องค์กร หรือปิดเพื่อไม่ให้คำนวณย้อนจากผลรวมได้",
                        "A cell shown as \"–\" is hidden: fewer than 3 organisations, or hidden so that a "
                        "total does not give such a cell away"),
    "indicator": ("ตัวชี้วัด 2.2 จำนวนหน่วยงานที่นำเครื่องมือไปใช้ในการประเมินผลกระทบด้านสิทธิมนุษยชน (สะสม)",
                  "Indicator 2.2: organisations that use the tool to assess human-rights impacts "
                  "(cumulative)"),
    "indicator_note": ("นับองค์กรที่มีผลการประเมินบันทึกในทะเบียน ตามปีงบประมาณ (1 ต.ค.–30 ก.ย.) "
                       "เป้าหมายสะสม 10 หน่วยงานในปี 2569 และ 15 หน่วยงานในปี 2570 "
                       "ตัวเลขนี้แสดงเต็มเพราะไม่ระบุองค์กรหรือผลการประเมินใด",
                       "Organisations with a recorded assessment, by Thai fiscal year (1 October – "
                       "30 September); cumulative target 10 organisations by 2569 and 15 by 2570. Shown "
                       "whole: it names no organisation and no result"),
    "fiscal_year": ("ปีงบประมาณ", "Fiscal year"),
    "new": ("ใหม่ในปี", "New that year"),
    "cumulative": ("สะสม", "Cumulative"),
    "target": ("เป้าหมาย", "Target"),
    "met": ("ผล", "Result"),
    "met_yes": ("ถึงเป้า", "met"),
    "met_no": ("ยังไม่ถึงเป้า", "not met"),
    "by_type_level": ("ใบรับรองที่ใช้ได้ ตามประเภทองค์กรและระดับ",
                      "Valid certificates by organisation type and level"),
    "organisation_type": ("ประเภทองค์กร", "Organisation type"),
    "total": ("รวม", "Total"),
    "by_status": ("ใบรับรองทั้งหมดตามสถานะ", "All certificates by status"),
    "status": ("สถานะ", "Status"),
    "certificates": ("ใบรับรอง", "Certificates"),
    "by_province": ("ใบรับรองที่ใช้ได้ตามจังหวัด (77 จังหวัด)", "Valid certificates by province (77 provinces)"),
    "province": ("จังหวัด", "Province"),
    "failed": ("เกณฑ์ที่ไม่ผ่านบ่อยที่สุด: สิ่งที่ กสม. ควรเร่งสนับสนุน",
               "The criteria most often failed: where NHRC should act"),
    "failed_note": ("นับจากผลการประเมินล่าสุดของแต่ละองค์กร (ไม่ผ่านเกณฑ์บังคับหรือเกณฑ์ที่ต่อรองไม่ได้)",
                    "From each organisation's latest assessment (must-pass or non-negotiable criteria "
                    "not met)"),
    "criterion": ("เกณฑ์", "Criterion"),
    "set": ("ชุดเกณฑ์", "Criteria set"),
    "failing": ("ไม่ผ่าน", "Failed"),
    "of_assessed": ("จากที่ประเมิน", "of assessed"),
    "domains": ("มิติที่องค์กรยังอ่อนที่สุด", "The domains where organisations are weakest"),
    "domain": ("มิติสิทธิ", "Rights domain"),
    "average": ("คะแนนเฉลี่ย", "Average score"),
    "organisations": ("องค์กร", "Organisations"),
    "surveillance": ("การตรวจติดตาม: ครบกำหนดภายใน 90 วัน และเลยกำหนด",
                     "Surveillance visits due within 90 days, and overdue"),
    "due": ("ครบกำหนด", "Due"),
    "overdue": ("เลยกำหนดแล้ว", "Overdue"),
    "upr": ("ประเด็นสิทธิและข้อเสนอแนะ UPR ที่เกณฑ์ขององค์กรที่ได้รับการรับรองครอบคลุม",
            "Rights themes and UPR recommendations the certified organisations' criteria address"),
    "theme": ("ประเด็น", "Theme"),
    "criteria_count": ("จำนวนเกณฑ์", "Criteria"),
    "recommendation": ("ข้อเสนอแนะ", "Recommendation"),
    "upr_note": ("ข้อเสนอแนะที่มีเลขข้อแสดงเฉพาะที่อยู่ในแคตตาล็อก criteria/recommendations",
                 "Numbered recommendations only where they are in the catalogue criteria/recommendations"),
    "incentives": ("มาตรการจูงใจ", "Incentive programmes"),
    "incentives_note": ("ทุกมาตรการด้านล่างเป็นตัวอย่าง ยังไม่มีมาตรการจริง",
                        "Every programme below is an example: none exists yet"),
    "programme": ("มาตรการ", "Programme"),
    "partner": ("หน่วยงานพันธมิตร", "Partner agency"),
    "eligibility": ("เงื่อนไข", "Eligibility"),
    "eligible": ("องค์กรที่มีสิทธิ", "Eligible organisations"),
    "min_level": ("ระดับขั้นต่ำ", "minimum level"),
    "example": ("ตัวอย่าง", "Example"),
    "listed": ("องค์กรที่ได้รับการรับรองและเปิดเผยชื่อ", "Certified organisations that may be named"),
    "listed_note": ("หน่วยงานของรัฐแสดงทุกแห่ง ภาคเอกชนแสดงเฉพาะที่ยินยอม (ยังนับรวมในตัวเลขทุกตาราง)",
                    "Public bodies are all listed; businesses only with their consent (all are counted "
                    "in every table)"),
    "listed_more": ("แสดง {shown} จาก {total} รายการ ทั้งหมดอยู่ในข้อมูลเปิด",
                    "{shown} of {total} shown; all are in the open data"),
    "serial": ("เลขที่", "Serial"),
    "organisation": ("องค์กร", "Organisation"),
    "level": ("ระดับ", "Level"),
    "score": ("คะแนน", "Score"),
    "expires": ("หมดอายุ", "Expires"),
    "data_intro": ("ตัวเลขทุกตารางในหน้าภาพรวมเป็นไฟล์ CSV และ JSON ที่ที่อยู่คงเดิมทุกครั้งที่สร้าง "
                   "พร้อมพจนานุกรมข้อมูล และรายชื่อใบรับรองที่ลงนามแล้ว",
                   "Every table of the dashboard as CSV and JSON at paths that stay the same from build to "
                   "build, with a data dictionary and the signed public list of certificates"),
    "table": ("ตาราง", "Table"),
    "files": ("ไฟล์", "Files"),
    "column": ("คอลัมน์", "Column"),
    "meaning": ("ความหมาย", "Meaning"),
    "signed_list": ("รายชื่อใบรับรองที่ลงนาม (ตรวจด้วย hria verify --list)",
                    "The signed public list of certificates (check with hria verify --list)"),
    "csv_note": ("เซลล์ CSV ที่ขึ้นต้นด้วย = + - @ จะมี ' นำหน้า เพื่อไม่ให้สเปรดชีตตีความเป็นสูตร",
                 "A CSV cell starting with = + - @ is written with a leading ' so a spreadsheet runs "
                 "nothing"),
    "nojs": ("แผนภูมิต้องใช้ JavaScript ตารางด้านล่างแสดงตัวเลขเดียวกัน",
             "Charts need JavaScript; the tables below hold the same figures"),
    # statuses, levels and types
    "valid": ("ใช้ได้", "Valid"), "suspended": ("ระงับชั่วคราว", "Suspended"), "revoked": ("เพิกถอน", "Revoked"),
    "superseded": ("ถูกแทนที่", "Superseded"), "expired": ("หมดอายุ", "Expired"),
    "basic": ("พื้นฐาน", "Basic"), "good": ("ดี", "Good"), "excellent": ("ดีเยี่ยม", "Excellent"),
    "government_agency": ("ส่วนราชการ", "Government agency"),
    "local_administration": ("องค์กรปกครองส่วนท้องถิ่น", "Local administration"),
    "educational_institution": ("สถาบันการศึกษา", "Educational institution"),
    "business": ("ภาคเอกชน", "Business"),
    "unknown": ("ไม่ทราบ", "unknown"),
}


def label(key: str, lang: str) -> str:
    th, en = LABELS.get(key, (key, key))
    return th if lang == "th" else en
