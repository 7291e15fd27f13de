"""WeasyPrint never fetches a file or URL that is not a bundled asset, whatever the HTML says."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from hria.rendering.pdf import Attachment, write_pdf
from hria.rendering.templates import environment

HOSTILE = [
    '<img src="file:///etc/passwd">',
    '<link rel="attachment" href="file:///etc/hostname">',
    '<img src="http://127.0.0.1:9/x.png">',
    '<link rel="stylesheet" href="../../../../etc/passwd.css">',
]


def _pdf_text(tmp_path: Path, data: bytes) -> str:
    pdf = tmp_path / "out.pdf"
    pdf.write_bytes(data)
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _attachment_names(data: bytes) -> list[str]:
    import io

    from pypdf import PdfReader

    return list(PdfReader(io.BytesIO(data)).attachments)


@pytest.mark.parametrize("snippet", HOSTILE)
def test_raw_hostile_html_fetches_nothing(snippet: str) -> None:
    html = f'<html><head><meta charset="utf-8"></head><body><p>x</p>{snippet}</body></html>'
    out = write_pdf(html)
    assert out.refused_urls, "the fetcher should have been asked and refused"
    assert _attachment_names(out.data) == []


def test_escaped_organisation_text_is_printed_not_fetched(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "page.html").write_text(
        '<html><head><meta charset="utf-8"><link rel="stylesheet" href="base/fonts.css"></head>'
        '<body style="font-family: Sarabun"><h1>{{ name }}</h1><p>{{ notes }}</p></body></html>',
        encoding="utf-8",
    )
    html = environment(templates).get_template("page.html").render(
        name='<img src="file:///etc/passwd">', notes='<link rel="attachment" href="file:///etc/hostname">'
    )
    out = write_pdf(html, user_templates=templates)
    assert out.refused_urls == []  # the bundled font was served; nothing else was asked for
    text = _pdf_text(tmp_path, out.data)
    assert '<img src="file:///etc/passwd">' in text
    assert '<link rel="attachment"' in text
    assert _attachment_names(out.data) == []


def test_our_own_attachment_is_embedded() -> None:
    html = '<html><head><meta charset="utf-8"></head><body><p>result</p></body></html>'
    out = write_pdf(html, attachments=[Attachment("result.json", b'{"score": 1}', "hria result")])
    assert _attachment_names(out.data) == ["result.json"]


def test_undefined_template_variables_are_errors(tmp_path: Path) -> None:
    import jinja2

    (tmp_path / "t.html").write_text("{{ missing }}", encoding="utf-8")
    with pytest.raises(jinja2.UndefinedError):
        environment(tmp_path).get_template("t.html").render()
