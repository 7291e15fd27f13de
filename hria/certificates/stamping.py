"""Put a certificate PDF together from its two layers, its QR code and its signed payload.

WeasyPrint lays out the static layer once per combination of body, criteria set,
level, dates and auditor, and the variable layers of a whole chunk in one pass;
pikepdf (qpdf) then builds each certificate in under 2 ms: a copy of the static
page, the certificate's own variable page stamped over it as a form XObject, the
QR code drawn into its box, the payload attached. Laying the full page out per
certificate cost ~60 ms of the ~100 ms a certificate took.

Each certificate carries only its own variable page; the fonts of the variable
pass are subset over the chunk, so a file may hold the outlines of a few letters
it does not show, never another organisation's text.
"""

from __future__ import annotations

import datetime as dt
import io
import zlib
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pikepdf


@dataclass(frozen=True)
class Sheet:
    """What one certificate adds to the layers: its page of the variable pass and file details."""

    variable_page: pikepdf.Page
    qr_operators: bytes
    attachment_name: str
    attachment: bytes
    title: str
    author: str
    signature_reason: str | None = None
    """When set, the page gets a PAdES signature placeholder (``pades``), filled in after saving."""


class StaticLayers:
    """Static layers by key, laid out on first use and kept for the life of the process."""

    def __init__(self, limit: int = 64) -> None:
        self.limit = limit
        self._layers: OrderedDict[Hashable, pikepdf.Pdf] = OrderedDict()
        self.laid_out = 0

    def get(self, key: Hashable, lay_out: Callable[[], bytes]) -> pikepdf.Pdf:
        import pikepdf

        if key in self._layers:
            self._layers.move_to_end(key)
            return self._layers[key]
        layer = pikepdf.open(io.BytesIO(lay_out()))
        self.laid_out += 1
        self._layers[key] = layer
        if len(self._layers) > self.limit:
            self._layers.popitem(last=False)[1].close()
        return layer


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def open_variable_pass(data: bytes) -> pikepdf.Pdf:
    import pikepdf

    return pikepdf.open(io.BytesIO(data))


def stamp(static: pikepdf.Pdf, sheet: Sheet, producer: str) -> bytes:
    """One certificate PDF: the static page, the sheet's variable page over it, its QR, its payload."""
    import pikepdf
    from pikepdf import Name

    pdf = pikepdf.new()
    pdf.pages.append(static.pages[0])
    page = pdf.pages[0]
    page.add_overlay(pdf.copy_foreign(sheet.variable_page.as_form_xobject()), None)
    qr_code = pikepdf.Stream(pdf, b"")
    # Compressed here, fast (zlib level 1: 0.14 ms); left to qpdf it cost 1.4 ms a certificate.
    qr_code.write(zlib.compress(sheet.qr_operators, 1), filter=Name.FlateDecode)
    page.contents_add(qr_code, prepend=False)
    payload = pikepdf.AttachedFileSpec(
        pdf, sheet.attachment, filename=sheet.attachment_name, mime_type="application/json",
        description="Signed certificate payload (hria verify)", creation_date="", mod_date="",
    )
    payload.relationship = Name.Data
    pdf.attachments[sheet.attachment_name] = payload
    pdf.Root.Lang = pikepdf.String("th")
    pdf.docinfo.Title = sheet.title
    pdf.docinfo.Author = sheet.author
    pdf.docinfo.Creator = "hria"
    pdf.docinfo.Producer = producer
    if sheet.signature_reason is not None:
        from hria.certificates import pades

        pades.add_placeholder(pdf, page, _now(), sheet.signature_reason)
    out = io.BytesIO()
    pdf.save(out, compress_streams=True, deterministic_id=True)
    return out.getvalue()
