"""Lay out certificates as landscape A4 pages, one PDF per certificate.

Many certificates are laid out in one WeasyPrint pass and split into files:
layout and font handling are paid once per batch instead of once per page.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from hria import dates
from hria.models.criteria import CriteriaSet
from hria.registry.model import Auditor, Body, CertificateRecord

ATTACHMENT_NAME = "hria-certificate.json"


@dataclass(frozen=True)
class CertificateInput:
    record: CertificateRecord
    body: Body
    auditor: Auditor
    criteria_set: CriteriaSet


GENERATED = "hria-generated:"
"""URL prefix of the images made in memory for a document and served by its fetcher."""

QR_MASK = 2
"""Fixed QR mask pattern. Choosing the best of eight (the encoder's default) costs ~20 ms a code;
any mask gives a valid code, and tests decode the printed one with zbarimg."""


def qr_png(text: str) -> bytes:
    """The QR code as a PNG, two pixels a module, drawn without smoothing (CSS ``pixelated``).

    An image is laid out and painted in a fraction of the time the same code takes as an
    SVG path of hundreds of segments. Two pixels a module decoded with zbarimg from pages
    rendered at 100, 150 and 300 dpi for every payload tried; one pixel failed at 150 dpi
    and four at 100 dpi (resampling makes the modules uneven).
    """
    import io

    import segno

    out = io.BytesIO()
    segno.make(text, error="m", micro=False, mask=QR_MASK).save(out, kind="png", scale=2, border=2)
    return out.getvalue()


def qr_url(serial: str) -> str:
    return f"{GENERATED}qr/{serial}.png"


def view(item: CertificateInput) -> dict[str, Any]:
    r, cs = item.record, item.criteria_set
    level = next(lv for lv in cs.levels if lv.id == r.level)
    return {
        "serial": r.serial, "set_ref": r.set_ref, "score": f"{r.score:.2f}",
        "organisation_th": r.organisation_name_th, "organisation_en": r.organisation_name_en,
        "set_title_th": cs.title.th, "set_title_en": cs.title.en,
        "level_th": level.name.th, "level_en": level.name.en,
        "issued_th": dates.thai_date(r.issued_on), "issued_en": dates.english_date(r.issued_on),
        "expires_th": dates.thai_date(r.expires_on), "expires_en": dates.english_date(r.expires_on),
        "body_id": r.body_id, "body_name_th": item.body.name_th, "body_name_en": item.body.name_en,
        "auditor_id": r.auditor_id, "auditor_name": item.auditor.name,
        "qr_url": qr_url(r.serial),
    }


def generated_images(items: Sequence[CertificateInput]) -> dict[str, tuple[bytes, str]]:
    """The QR code of each certificate, by the URL the template asks for."""
    return {qr_url(i.record.serial): (qr_png(i.record.signed), "image/png") for i in items}


def attachment_bytes(record: CertificateRecord) -> bytes:
    return json.dumps({"signed": record.signed}, ensure_ascii=False, indent=2).encode("utf-8")


def render(items: Sequence[CertificateInput]) -> list[bytes]:
    """One PDF (bytes) per item, in order."""
    import weasyprint

    from hria.rendering.assets import AssetFetcher
    from hria.rendering.templates import environment, template_dirs

    if not items:
        return []
    html = environment().get_template("certificate/certificate.html").render(
        lang="th", title="ใบรับรอง HRIA · HRIA certificate", author=items[0].body.name_en,
        description="Human Rights Impact Assessment certificate", certificates=[view(i) for i in items],
    )
    roots = template_dirs()
    fetcher = AssetFetcher(roots, generated_images(items))
    document = weasyprint.HTML(string=html, base_url=roots[-1].resolve().as_uri() + "/",
                               url_fetcher=fetcher).render()
    if len(document.pages) != len(items):
        raise RuntimeError(f"laid out {len(document.pages)} pages for {len(items)} certificates")
    out = []
    for page, item in zip(document.pages, items, strict=True):
        single = document.copy([page])
        single.metadata.title = f"HRIA certificate {item.record.serial}"
        single.metadata.authors = [item.body.name_en]
        single.metadata.lang = "th"
        attachment = weasyprint.Attachment(
            string=attachment_bytes(item.record), name=ATTACHMENT_NAME,
            description="Signed certificate payload (hria verify)", relationship="Data",
            url_fetcher=fetcher,
        )
        out.append(single.write_pdf(attachments=[attachment]))
    return out
