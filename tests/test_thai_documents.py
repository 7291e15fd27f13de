"""What a Thai officer reads in the documents hria writes: no English keys, nothing clipped.

Each report is rendered through `hria report` and read back with pdftotext and pypdf
(tests/test_text_layer.py): the assertions are on the text a reader copies, not on HTML.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from hria.citing import reference_text
from hria.criteria_sets import load
from hria.loading.vocabulary import load_vocabulary
from hria.models.references import NAPRef, UPRRef
from tests.conftest import REPO
from tests.test_text_layer import texts

EXAMPLES = REPO / "examples"
BUSINESS = EXAMPLES / "business-sme-seafood.assessment.yaml"
# site_impacts: false leaves the business set's land and community domain without one criterion
SITE_IMPACTS = "profile: {migrant_workers: true, site_impacts: true, worker_housing: true}"
NO_SITE_IMPACTS = "profile: {migrant_workers: true, site_impacts: false, worker_housing: true}"
NOT_SCORED = "ไม่นำมาคิดคะแนน"


def _report(source: Path, out: Path, lang: str = "th") -> Path:
    result = subprocess.run(["hria", "report", str(source), "--lang", lang, "-o", str(out)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return out


def _layout_lines(pdf: Path) -> list[str]:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.splitlines()


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Thai reports of the gov and edu examples, and of the business one without site impacts."""
    tmp = tmp_path_factory.mktemp("reports")
    text = BUSINESS.read_text(encoding="utf-8")
    assert SITE_IMPACTS in text
    no_site = tmp / "business-no-site.assessment.yaml"
    no_site.write_text(text.replace(SITE_IMPACTS, NO_SITE_IMPACTS), encoding="utf-8")
    return {"gov": _report(EXAMPLES / "gov-provincial-office.assessment.yaml", tmp / "gov.pdf"),
            "edu": _report(EXAMPLES / "edu-autonomous-university.assessment.yaml", tmp / "edu.pdf"),
            "no_site": _report(no_site, tmp / "no-site.pdf")}


def test_a_domain_left_out_is_labelled_not_scored_in_the_chart_and_its_findings(
        reports: dict[str, Path]) -> None:
    pdf = reports["no_site"]
    pages = [page.extract_text() for page in PdfReader(pdf).pages]
    summary = next(p for p in pages if "คะแนนรายมิติสิทธิ" in p)
    assert NOT_SCORED in summary  # the chart's label, whole: it sits inside its empty bar
    findings = next(p for p in pages if "BIZ-COM-01" in p)  # the first criterion of the domain
    assert NOT_SCORED in findings
    for extractor, text in texts(pdf, ("-raw", "-layout")).items():
        assert text.count(NOT_SCORED) >= 2, extractor
    # the domain header says so instead of "คะแนน — · เกณฑ์ขั้นต่ำ 40.00"
    head = next(line for line in _layout_lines(pdf) if line.strip().startswith("ที่ดิน ชุมชน และทรัพยากร")
                and NOT_SCORED in line)
    assert "เกณฑ์ขั้นต่ำ" not in head


def test_a_criterion_left_out_by_the_profile_says_which_question_in_thai(reports: dict[str, Path]) -> None:
    question = next(q.question.th for q in load("business").model.profile or [] if q.id == "site_impacts")
    for extractor, text in texts(reports["no_site"]).items():
        assert "site_impacts" not in text, extractor
        assert re.sub(r"\s+", "", f"ใช้เฉพาะองค์กรที่ตอบว่าใช่ในข้อมูลองค์กร ({question}) "
                                  "แต่องค์กรนี้ตอบว่าไม่ใช่") in text, extractor
    gov = texts(reports["gov"])["pypdf"]
    assert "holds_custody" not in gov and "ส่วนราชการมีอำนาจจับกุมหรือควบคุมตัวบุคคลหรือไม่" in gov


def test_references_name_the_nap_plan_and_the_upr_theme_in_thai(reports: dict[str, Path]) -> None:
    for extractor, text in texts(reports["gov"]).items():
        assert "NAPBHRระยะที่2:แรงงาน" in text, extractor
        assert "NAPBHRระยะที่2:นักปกป้องสิทธิมนุษยชน" in text, extractor
        assert "UPRรอบที่3:แรงงานข้ามชาติ" in text, extractor
        for key in ("ระยะที่2:labour", "ระยะที่2:hrd", "migrantworkers", "community_land_environment"):
            assert key not in text, (extractor, key)


def test_every_nap_plan_and_upr_theme_the_shipped_sets_cite_has_a_thai_name() -> None:
    vocab = load_vocabulary()
    refs = {(r.kind, r.plan if isinstance(r, NAPRef) else r.theme)
            for set_id in ("gov", "lao", "edu", "business") for c in load(set_id).model.criteria
            for r in c.references if isinstance(r, NAPRef) or (isinstance(r, UPRRef) and r.theme)}
    assert len(refs) >= 10
    for _, key in refs:
        assert key is not None
        assert not re.search(r"[a-z]{3}", vocab.topic(key, "th")), key
    assert reference_text(NAPRef(kind="nap_bhr", plan="hrd"), "en") == \
        "NAP BHR phase 2: human rights defenders"
    assert reference_text(UPRRef(kind="upr", cycle=3, theme="statelessness"), "th") == \
        "UPR รอบที่ 3: ภาวะไร้รัฐไร้สัญชาติ"


def test_the_plan_leaves_out_columns_no_action_fills(reports: dict[str, Path]) -> None:
    def plan_header(pdf: Path) -> str:
        return next(line for line in _layout_lines(pdf) if "สิ่งที่ต้องทำ" in line)

    # no action of the gov example passes a gate or unlocks a criterion: no column of dashes
    assert "ปลดล็อก" not in plan_header(reports["gov"])
    assert "เกณฑ์ที่ต้องผ่านที่จะผ่าน" not in plan_header(reports["gov"])
    # the edu example's first action passes EDU-SAF-01 and unlocks others: both columns stay
    edu = plan_header(reports["edu"])
    assert "เกณฑ์ที่ต้องผ่านที่จะผ่าน" in edu and "ปลดล็อก" in edu
    # the actions left out are counted in words, not "+ 31 …"
    assert any(re.search(r"และอีก \d+ รายการที่ได้ผลน้อยกว่า", line) for line in _layout_lines(reports["gov"]))
    # ids stay whole and "ไม่ผ่านการรับรอง" is never split after "ไม่" at a line's end
    ends = [line.rstrip() for line in _layout_lines(reports["edu"])]
    assert not [e for e in ends if re.search(r"EDU-$|\bไม่$", e)]


def test_a_gate_status_and_the_impact_id_header_read_as_whole_thai_words(reports: dict[str, Path]) -> None:
    lines = _layout_lines(reports["gov"])
    gate = next(line for line in lines if line.strip().startswith("GOV-DET-04") and "—" in line)
    assert gate.rstrip().endswith("ไม่เกี่ยวข้อง")  # not "ไม่" with "เกี่ยวข้อง" on the next line
    header = next(line for line in lines if "สิทธิที่ได้รับผลกระทบ" in line and "ผู้ทรงสิทธิ" in line)
    assert header.split()[0] == "รหัส"


def _hria(*args: str) -> None:
    result = subprocess.run(["hria", *args], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_a_form_made_for_a_profile_carries_it_in_thai_and_scores_under_it(tmp_path: Path) -> None:
    """The questions were chosen by the profile: the form says which, and its answers come back
    under it (a blank profile would score the migrant-worker questions it asked as not applying)."""
    from openpyxl import load_workbook
    from ruamel.yaml import YAML

    from hria import assessments
    from hria.questionnaires.import_xlsx import import_xlsx

    sme = assessments.load(BUSINESS).model
    forms = {fmt: tmp_path / f"form.{fmt}" for fmt in ("xlsx", "yaml", "pdf")}
    for fmt, path in forms.items():
        _hria("questionnaire", "export", "business", "-f", fmt, "-o", str(path), "--lang", "th",
              "--profile", str(BUSINESS))
    wb = load_workbook(forms["xlsx"])
    ws = wb["ข้อมูลองค์กร"]
    rows = {str(ws.cell(r, 1).value): r for r in range(3, ws.max_row + 1)}
    cells = {name: ws.cell(r, 2).value for name, r in rows.items()}
    assert cells["จังหวัด"] == "สมุทรสาคร" and cells["ขนาด"] == "ขนาดย่อม"
    facts = {q.id: cells[q.question.th] for q in load("business").model.profile or []}
    assert facts == {"migrant_workers": "ใช่", "site_impacts": "ใช่", "operations_abroad": "ไม่ใช่",
                     "land_or_displacement": "ไม่ใช่", "fishing_vessels": "ไม่ใช่", "worker_housing": "ใช่",
                     "indigenous_peoples": "ไม่ใช่"}
    for name, value in (("ชื่อผู้ตอบแบบประเมิน", "นางวรรณา พึ่งบุญ"), ("หน่วยงานหรือตำแหน่งของผู้ตอบ", "ฝ่ายบุคคล"),
                        ("วันที่ประเมิน", "2/10/2569")):  # what the organisation types in
        ws.cell(rows[name], 2).value = value
    wb.save(forms["xlsx"])
    back = import_xlsx(forms["xlsx"], allow_incomplete=True).assessment.organisation
    assert (back.province, back.size, back.subtype) == (sme.organisation.province, "small",
                                                        "unlisted_company")
    assert {k for k, v in back.profile.items() if v} == {k for k, v in sme.organisation.profile.items() if v}
    written = YAML(typ="safe").load(forms["yaml"].read_text(encoding="utf-8"))["organisation"]
    assert (written["profile"], written["size"]) == (sme.organisation.profile, "small")
    for extractor, text in texts(forms["pdf"]).items():
        for shown in (sme.organisation.name.th, "สมุทรสาคร", "ขนาดย่อม", "80,000,000"):
            assert re.sub(r"\s+", "", shown) in text, (extractor, shown)
        assert "samut_sakhon" not in text, extractor


def test_the_cover_title_breaks_between_phrases_not_inside_human_rights(reports: dict[str, Path]) -> None:
    lines = [line.strip() for line in _layout_lines(reports["gov"])[:20] if line.strip()]
    at = lines.index("รายงานการประเมินผลกระทบ")
    assert lines[at + 1] == "ด้านสิทธิมนุษยชน"  # not "…ด้านสิทธิ" over "มนุษยชน"


def test_the_yaml_form_names_sizes_in_thai_and_takes_a_be_date(tmp_path: Path) -> None:
    form = tmp_path / "form.yaml"
    _hria("questionnaire", "export", "business", "-f", "yaml", "-o", str(form), "--lang", "th")
    text = form.read_text(encoding="utf-8")
    assert "#| size: micro (รายย่อย), small (ขนาดย่อม), medium (ขนาดกลาง), large (ขนาดใหญ่)" in text
    assert "manufacturing (ภาคการผลิต)" in text
    comments = " ".join(line.removeprefix("#|").strip() for line in text.splitlines()
                        if line.startswith("#|"))
    assert "วันที่ประเมิน (ปปปป-ดด-วว เป็น พ.ศ. หรือ ค.ศ. ก็ได้ เช่น 2569-10-02)" in comments


def test_why_a_criterion_applies_is_said_in_thai_by_names_not_keys() -> None:
    from hria import assessments
    from hria.scoring import compile_set, score

    for path, criterion, expected in (
            (EXAMPLES / "gov-provincial-office.assessment.yaml", "GOV-EQ-03",
             "ใช้บังคับ: องค์กรขนาดกลาง อยู่ในกลุ่มที่ใช้ (ขนาดกลาง, ขนาดใหญ่)"),
            (EXAMPLES / "edu-autonomous-university.assessment.yaml", "EDU-SAF-08",
             "ใช้บังคับ: ข้อมูลองค์กรตอบว่าใช่ (สถาบันมีนักศึกษาหรือผู้เข้าร่วมกิจกรรมที่อายุต่ำกว่า 18 ปี")):
        item = assessments.load(path)
        result = score(compile_set(item.criteria.model, item.criteria.content_hash), item.model)
        why = next(c for c in result.criteria if c.id == criterion).applicability
        assert why.th.startswith(expected) and not re.search(r"[A-Za-z]", why.th), why.th
        assert why.en.startswith("applies: ")  # English keeps the keys a program reads


def test_a_questions_gate_mark_is_never_split_across_lines(tmp_path: Path) -> None:
    form = tmp_path / "interview.pdf"
    _hria("questionnaire", "export", "lao", "-f", "pdf", "--audience", "auditor_interview", "-o", str(form))
    marks = [line for line in _layout_lines(form) if "เกณฑ์ที่ต้องผ่าน:" in line]
    assert marks and all(re.search(r"เกณฑ์ที่ต้องผ่าน: ต้องได้อย่างน้อยระดับ \d", line) for line in marks)
