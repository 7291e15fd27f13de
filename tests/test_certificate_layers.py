"""Certificates are stamped from a static and a variable layer; they must look exactly like the
page laid out whole, show only their own organisation, and share the static layer's layout."""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from hria.certificates import document, qr
from hria.certificates.document import CertificateInput, render, render_in_one_pass
from hria.criteria_sets import load
from hria.registry.model import Auditor, Body, CertificateRecord

BODY = Body("CB01", "สถาบันรับรองตัวอย่าง", "Example Certification Body", "", "k")
AUDITOR = Auditor("AUD-1", "สมศรี ใจดี", "CB01", ("government_agency",))
RECORD = CertificateRecord(
    "CB01-2569-000001", "CB01", "AUD-1", "0994000123456", "บริษัท น้ำดี จำกัด", "Namdee Company Limited",
    "sha256:00", "gov@2026.1", "basic", 66.67, dt.date(2026, 11, 23), dt.date(2029, 11, 22), "valid", "",
    "HRIA1.eyJzIjoiQ0IwMS0yNTY5LTAwMDAwMSJ9.c2lnbmF0dXJl",
)
QR_TEXT = "HRIA1.eyJ0IjoicXIiLCJzIjoiQ0IwMS0yNTY5LTAwMDAwMSJ9.c2lnbmF0dXJl"
NAMES = {
    "short": ("บริษัท น้ำดี จำกัด", "Namdee Company Limited"),
    "two lines": ("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน แห่งที่ 12 (ตัวอย่างสมมติ)",
                  "Nan Provincial Office of Social Development and Human Security no. 12 (fictional)"),
    "very long": ("องค์การบริหารส่วนตำบลตัวอย่างในเขตอำเภอเมืองจังหวัดตัวอย่าง " * 3,
                  "Example Subdistrict Administrative Organisation of Mueang District " * 3),
}


def _item(th: str, en: str, serial: str = "CB01-2569-000001", level: str = "basic") -> CertificateInput:
    record = replace(RECORD, organisation_name_th=th.strip(), organisation_name_en=en.strip(), serial=serial,
                     level=level)
    return CertificateInput(record, BODY, AUDITOR, load("gov").model, QR_TEXT)


def _page(pdf: bytes, tmp: Path, name: str, dpi: int = 50) -> Image.Image:
    (tmp / f"{name}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-singlefile", str(tmp / f"{name}.pdf"),
                    str(tmp / name)], check=True)
    return Image.open(tmp / f"{name}.pgm")


def _without_qr(image: Image.Image, dpi: int = 50) -> Image.Image:
    px = dpi / 25.4
    b = qr.BOX
    image = image.copy()
    image.paste(255, (int((b.left_mm - 1) * px), int((b.top_mm - 1) * px),
                      int((b.left_mm + b.size_mm + 1) * px) + 1, int((b.top_mm + b.size_mm + 1) * px) + 1))
    return image


@pytest.mark.parametrize("names", NAMES.values(), ids=NAMES.keys())
def test_stamped_page_is_the_page_laid_out_whole(tmp_path: Path, names: tuple[str, str]) -> None:
    item = _item(*names)
    stamped = _page(render([item])[0], tmp_path, "stamped")
    whole = _page(render_in_one_pass([item])[0], tmp_path, "whole")
    assert stamped.size == whole.size == (585, 414)  # A4 landscape at 50 dpi
    difference = ImageChops.difference(_without_qr(stamped), _without_qr(whole))
    assert difference.getbbox() is None  # the same pixels everywhere but the QR box
    assert ImageChops.difference(stamped, whole).getbbox() is not None  # the QR box is really drawn


def test_the_drawn_qr_code_reads_back_as_the_signed_text(tmp_path: Path) -> None:
    item = _item(*NAMES["short"])
    _page(render([item])[0], tmp_path, "page", dpi=150)
    decoded = subprocess.run(["zbarimg", "-q", "--raw", str(tmp_path / "page.pgm")], capture_output=True,
                             text=True, check=True).stdout.strip()
    assert decoded == QR_TEXT


def test_each_certificate_shows_only_its_own_organisation(tmp_path: Path) -> None:
    items = [_item(f"บริษัท ตัวอย่างที่ {n} จำกัด", f"Example Company no. {n}", f"CB01-2569-00000{n}")
             for n in (1, 2, 3)]
    for n, pdf in enumerate(render(items), start=1):
        path = tmp_path / f"{n}.pdf"
        path.write_bytes(pdf)
        text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert f"Example Company no. {n}" in text and f"CB01-2569-00000{n}" in text
        others = {1, 2, 3} - {n}
        assert not any(f"Example Company no. {o}" in text or f"CB01-2569-00000{o}" in text for o in others)


def test_static_layer_is_laid_out_once_per_body_set_level_dates_and_auditor() -> None:
    before = document._static_layers.laid_out
    render([_item("ก", "A", f"CB01-2569-00010{n}", level="good") for n in range(4)])
    assert document._static_layers.laid_out == before + 1
    render([_item("ข", "B", "CB01-2569-000110", level="good"), _item("ค", "C", "CB01-2569-000111",
                                                                     level="excellent")])
    assert document._static_layers.laid_out == before + 2  # "good" was laid out already
