"""HTML templates to PDF: Jinja2 (autoescaped, strict) and WeasyPrint limited to bundled assets."""
