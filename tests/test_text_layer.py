"""The text layer of every PDF hria writes gives the source strings back, Thai marks and all.

Text is read with pdftotext (-raw: content order, so that a table's next column does
not land inside a wrapped title; and -layout for the certificate) and with pypdf, as
`hria verify` reads it. The only folding is white space: a line break can fall inside
a title.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from hria.certificates.document import CertificateInput, render, render_in_one_pass
from hria.criteria_sets import load
from hria.registry.model import Auditor, Body, CertificateRecord
from tests.conftest import REPO

EXAMPLE = REPO / "examples" / "edu-autonomous-university.assessment.yaml"
ORGANISATION = "มหาวิทยาลัยแก่นนครราชภูมิ (ตัวอย่างสมมติ)"
HARD_WORDS = ["สำนักงานพัฒนาสังคม", "สำหรับ", "ขั้นต่ำ", "น้ำ", "นา", "ผ่าน", "ท้องถิ่น", "พิสูจน์"]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def texts(pdf: Path, modes: tuple[str, ...] = ("-raw",)) -> dict[str, str]:
    """Each extractor's text of the whole file, white space removed."""
    def pdftotext(mode: str) -> str:
        return subprocess.run(["pdftotext", mode, str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout

    found = {f"pdftotext {mode}": _squeeze(pdftotext(mode)) for mode in modes}
    found["pypdf"] = _squeeze("".join(page.extract_text() for page in PdfReader(pdf).pages))
    return found


def assert_all_found(pdf: Path, needles: list[str], modes: tuple[str, ...] = ("-raw",)) -> None:
    for extractor, text in texts(pdf, modes).items():
        missing = [n for n in needles if _squeeze(n) not in text]
        assert not missing, f"{extractor} lost {missing}"


def _hria(*args: str) -> None:
    result = subprocess.run(["hria", *args], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_thai_report_gives_back_every_criterion_title_and_the_organisation(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    _hria("report", str(EXAMPLE), "--lang", "th", "-o", str(out))
    titles = [c.title.th for c in load("edu").model.criteria]
    assert len(titles) > 20
    assert_all_found(out, [ORGANISATION, *titles])


def test_pdf_a_report_keeps_the_text(tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    _hria("report", str(EXAMPLE), "--lang", "th", "--pdfa", "-o", str(out))
    assert_all_found(out, [ORGANISATION])


def test_thai_questionnaire_gives_back_every_criterion_title_and_question(tmp_path: Path) -> None:
    out = tmp_path / "form.pdf"
    _hria("questionnaire", "export", "lao", "--format", "pdf", "--lang", "th", "-o", str(out))
    criteria = load("lao").model.criteria
    assert_all_found(out, [c.title.th for c in criteria] + [c.question.th for c in criteria])


BODY = Body("CB01", "สถาบันรับรองตัวอย่าง", "Example Certification Body", "", "k")
AUDITOR = Auditor("AUD-1", "สมศรี ใจดี", "CB01", ("government_agency",))
RECORD = CertificateRecord(
    "CB01-2569-000001", "CB01", "AUD-1", "0994000123456", "x", "x", "sha256:00", "gov@2026.1", "basic",
    66.67, dt.date(2026, 11, 23), dt.date(2029, 11, 22), "valid", "", "HRIA1.e30.c2ln",
)
# Each name shows SARA AA, SARA AM and the tone marks in clusters the others draw differently:
# laid out in one pass, the first name's glyph texts used to be every later name's.
BATCH = [
    "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน",
    "บริษัท นาดี น้ำใส จำกัด",
    "องค์การบริหารส่วนตำบลท่าน้ำ",
    "โรงเรียนบ้านนาขั้นต่ำ สำหรับพิสูจน์ท้องถิ่น",
]


def _certificates() -> list[CertificateInput]:
    gov = load("gov").model
    return [CertificateInput(replace(RECORD, organisation_name_th=name, organisation_name_en=f"Org {n}",
                                     serial=f"CB01-2569-00000{n}"), BODY, AUDITOR, gov, "HRIA1.e30.c2ln")
            for n, name in enumerate(BATCH, start=1)]


@pytest.mark.parametrize("layout", [render, render_in_one_pass], ids=["stamped layers", "one pass"])
def test_each_certificate_of_a_batch_gives_back_its_own_name(tmp_path: Path, layout: object) -> None:
    assert callable(layout)
    for n, (pdf, name) in enumerate(zip(layout(_certificates()), BATCH, strict=True)):
        path = tmp_path / f"{n}.pdf"
        path.write_bytes(pdf)
        assert_all_found(path, [name, "สถาบันรับรองตัวอย่าง", "สมศรี ใจดี"], ("-raw", "-layout"))
        found = texts(path)["pypdf"]
        assert not [other for other in BATCH if other != name and _squeeze(other) in found]


def test_hard_words_read_back_from_one_page(tmp_path: Path) -> None:
    from hria.rendering.pdf import write_pdf

    paragraphs = "".join(f"<p>{w}</p><p><b>{w}</b></p>" for w in reversed(HARD_WORDS))
    html = ('<html lang="th"><head><link rel="stylesheet" href="base/fonts.css">'
            f'<style>body{{font-family:Sarabun}}</style></head><body>{paragraphs}</body></html>')
    out = tmp_path / "words.pdf"
    out.write_bytes(write_pdf(html).data)
    for extractor, text in texts(out, ("-raw", "-layout")).items():
        assert [w for w in HARD_WORDS if w not in text] == [], extractor
