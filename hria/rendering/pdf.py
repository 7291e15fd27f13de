"""Turn rendered HTML into PDF bytes with WeasyPrint, fetching only bundled assets."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from hria.rendering.assets import AssetFetcher
from hria.rendering.templates import template_dirs


@cache
def shared_font_config() -> Any:
    """One WeasyPrint font configuration for every document this process lays out.

    A new one per document (WeasyPrint's default) reloads the bundled fonts each time
    and is never given back: ~0.3 MB a document, so a batch of 4,000 certificates
    peaked 25 MB higher than one of 1,000. Shared, memory stays flat and each
    document is laid out sooner. Every layout goes through here, so this is also
    where WeasyPrint gets the hooks that give Thai a correct text layer.
    """
    from hria.rendering.native import import_weasyprint

    import_weasyprint()
    from weasyprint.text.fonts import FontConfiguration

    from hria.rendering import text_layer

    text_layer.install()

    return FontConfiguration()


@dataclass(frozen=True)
class Attachment:
    """A file embedded in the PDF (e.g. the machine-readable result), given as bytes."""

    name: str
    data: bytes
    description: str
    relationship: str = "Data"


@dataclass(frozen=True)
class PdfOutput:
    data: bytes
    refused_urls: list[str]


def write_pdf(
    html: str,
    *,
    attachments: list[Attachment] | None = None,
    pdf_variant: str | None = None,
    user_templates: Path | None = None,
) -> PdfOutput:
    """Lay out ``html`` (whose relative URLs resolve in the template folders) into a PDF."""
    import weasyprint  # after hria.rendering.assets (import_weasyprint)

    roots = template_dirs(user_templates)
    fetcher = AssetFetcher(roots)
    document = weasyprint.HTML(string=html, base_url=roots[-1].resolve().as_uri() + "/",
                               url_fetcher=fetcher)
    embedded = [
        weasyprint.Attachment(string=a.data, name=a.name, description=a.description,
                              relationship=a.relationship, url_fetcher=fetcher)
        for a in attachments or []
    ]
    data = document.write_pdf(attachments=embedded, pdf_variant=pdf_variant,
                              uncompressed_pdf=False, custom_metadata=True,
                              font_config=shared_font_config())
    return PdfOutput(data=data, refused_urls=list(fetcher.refused))
