"""Lay out certificates as landscape A4 pages, one PDF per certificate.

A certificate is stamped from two layers (see ``stamping``): the static layer,
shared by every certificate with the same body, criteria set, level, dates and
auditor, is laid out once; the variable layers of all the certificates asked for
(organisation, score, serial) are laid out in one WeasyPrint pass. ``render_in_one_pass``
lays the same template out the plain way; tests hold the two to the same pixels.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from hria import __version__, dates
from hria.certificates import pades, qr
from hria.certificates.stamping import Sheet, StaticLayers, open_variable_pass, stamp
from hria.errors import HriaError
from hria.models.criteria import CriteriaSet
from hria.pki import Credentials
from hria.registry.model import Auditor, Body, CertificateRecord

ATTACHMENT_NAME = "hria-certificate.json"
TEMPLATE = "certificate/certificate.html"


@dataclass(frozen=True)
class CertificateInput:
    record: CertificateRecord
    body: Body
    auditor: Auditor
    criteria_set: CriteriaSet
    qr_text: str
    """The compact signed payload for the QR code (``issuing.qr_text``)."""
    signer: Credentials | None = None
    """The body's PDF-signing key and certificate chain; the PDF is then signed as a whole (PAdES)."""


SIGNATURE_REASON = "HRIA certificate issued by the certification body · ใบรับรอง HRIA"

GENERATED = "hria-generated:"
"""URL prefix of the images made in memory for a document and served by its fetcher."""

VARIABLE_FIELDS = ("organisation_th", "organisation_en", "name_size", "score", "serial", "qr_url")
"""What the variable layer shows; everything else in ``view`` belongs to the static layer."""


def name_size(th: str, en: str) -> str:
    """A smaller type for names that would not fit two lines of the organisation zone."""
    if len(th) > 130 or len(en) > 200:
        return "longest"
    if len(th) > 66 or len(en) > 100:
        return "long"
    return ""


def qr_url(serial: str) -> str:
    return f"{GENERATED}qr/{serial}.png"


def view(item: CertificateInput) -> dict[str, Any]:
    r, cs = item.record, item.criteria_set
    level = next(lv for lv in cs.levels if lv.id == r.level)
    return {
        "serial": r.serial, "set_ref": r.set_ref, "score": f"{r.score:.2f}",
        "organisation_th": r.organisation_name_th, "organisation_en": r.organisation_name_en,
        "name_size": name_size(r.organisation_name_th, r.organisation_name_en),
        "set_title_th": cs.title.th, "set_title_en": cs.title.en,
        "level_th": level.name.th, "level_en": level.name.en,
        "issued_th": dates.thai_date(r.issued_on), "issued_en": dates.english_date(r.issued_on),
        "expires_th": dates.thai_date(r.expires_on), "expires_en": dates.english_date(r.expires_on),
        "body_id": r.body_id, "body_name_th": item.body.name_th, "body_name_en": item.body.name_en,
        "auditor_id": r.auditor_id, "auditor_name": item.auditor.name,
        "qr_url": qr_url(r.serial),
    }


def static_key(v: dict[str, Any]) -> Hashable:
    return tuple(sorted((k, v[k]) for k in v if k not in VARIABLE_FIELDS))


def attachment_bytes(record: CertificateRecord) -> bytes:
    return json.dumps({"signed": record.signed}, ensure_ascii=False, indent=2).encode("utf-8")


def _html(template: str, author: str, **context: Any) -> str:
    from hria.rendering.templates import environment

    return environment().get_template(template).render(
        lang="th", title="ใบรับรอง HRIA · HRIA certificate", author=author,
        description="Human Rights Impact Assessment certificate", qr=qr.BOX, **context,
    )


def _lay_out(html: str, images: dict[str, tuple[bytes, str]] | None = None) -> Any:
    from hria.rendering.native import import_weasyprint

    import_weasyprint()
    import weasyprint

    from hria.rendering.assets import AssetFetcher
    from hria.rendering.pdf import shared_font_config
    from hria.rendering.templates import template_dirs

    roots = template_dirs()
    return weasyprint.HTML(string=html, base_url=roots[-1].resolve().as_uri() + "/",
                           url_fetcher=AssetFetcher(roots, images)).render(font_config=shared_font_config())


_static_layers = StaticLayers()


def _static_pdf(v: dict[str, Any]) -> bytes:
    data: bytes = _lay_out(_html("certificate/static.html", v["body_name_en"], c=v)).write_pdf()
    return data


def render(items: Sequence[CertificateInput]) -> list[bytes]:
    """One PDF (bytes) per item, in order."""
    if not items:
        return []
    views = [view(i) for i in items]
    author = items[0].body.name_en
    variable = _lay_out(_html("certificate/variable.html", author, certificates=views))
    if len(variable.pages) != len(items):
        raise HriaError(code="certificate.layout", pages=len(variable.pages), count=len(items))
    producer = f"hria {__version__} (WeasyPrint, pikepdf)"
    out = []
    with open_variable_pass(variable.write_pdf()) as pages:
        for page, item, v in zip(pages.pages, items, views, strict=True):
            static = _static_layers.get(static_key(v), partial(_static_pdf, v))
            sheet = Sheet(
                variable_page=page, qr_operators=qr.pdf_operators(qr.encode(item.qr_text)),
                attachment_name=ATTACHMENT_NAME, attachment=attachment_bytes(item.record),
                title=f"HRIA certificate {item.record.serial}", author=item.body.name_en,
                signature_reason=None if item.signer is None else SIGNATURE_REASON,
            )
            data = stamp(static, sheet, producer)
            out.append(data if item.signer is None else pades.sign_prepared(data, item.signer))
    return out


def render_in_one_pass(items: Sequence[CertificateInput]) -> list[bytes]:
    """The same certificates laid out whole, one page each, with WeasyPrint alone (the reference)."""
    import weasyprint

    if not items:
        return []
    images = {qr_url(i.record.serial): (qr.png(qr.encode(i.qr_text)), "image/png") for i in items}
    html = _html(TEMPLATE, items[0].body.name_en, certificates=[view(i) for i in items])
    document = _lay_out(html, images)
    out = []
    for page, item in zip(document.pages, items, strict=True):
        single = document.copy([page])
        single.metadata.title = f"HRIA certificate {item.record.serial}"
        attachment = weasyprint.Attachment(string=attachment_bytes(item.record), name=ATTACHMENT_NAME,
                                           relationship="Data")
        out.append(single.write_pdf(attachments=[attachment]))
    return out
