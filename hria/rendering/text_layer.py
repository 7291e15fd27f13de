"""Give each glyph WeasyPrint draws the text of the cluster it was drawn for.

WeasyPrint writes one ToUnicode entry per glyph, taken from the first cluster the
glyph appeared in (WeasyPrint issue #2841). Thai shapes SARA AM (ำ) as NIKHAHIT
+ SARA AA, so the SARA AA glyph of "สำ" and of "นา" is one glyph with two texts:
whichever comes first wins and "สำนักงาน" reads "สำนักงำน" to pdftotext, pypdf,
copy-paste and search, and one certificate's name can change another's text in
a batch. /ActualText would not reach pypdf.

The fix is at the glyph level. Before a line is drawn, every glyph whose cluster
text differs from the text its glyph id already stands for is drawn with a code
of its own (a CID above the font's glyphs) standing for (glyph, text): the
ToUnicode map gives that CID its own text, the W array its glyph's width, and a
CIDToGIDMap maps it back to the real glyph. The encoding stays Identity-H, which
pypdf reads (it ignores an embedded Encoding CMap). Codes are kept per font for
the life of the process, so every document and every Font object agree on them.
Only TrueType outlines (CIDFontType2) can map CIDs to glyphs; CFF fonts keep
WeasyPrint's mapping. ``install()`` hooks three WeasyPrint functions;
``tests/test_text_layer.py`` fails if a WeasyPrint release changes what they do.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

_CODE_LIMIT = 0x10000
_MARGIN = 256
"""Codes start this far above the font's own glyphs, leaving room for WeasyPrint's .notdef stand-ins."""


@dataclass
class _Codes:
    """The meaning of every glyph code of one font file: its real glyph and its text."""

    glyph_count: int
    text_of: dict[int, str] = field(default_factory=dict)
    code_of: dict[tuple[int, str], int] = field(default_factory=dict)
    glyph_of: dict[int, int] = field(default_factory=dict)
    """Extra code -> real glyph id."""

    def code(self, glyph: int, text: str) -> int | None:
        """The code standing for ``glyph`` shown as ``text``; None when the code space is full."""
        known = self.text_of.setdefault(glyph, text)
        if known == text:
            return glyph
        if (glyph, text) not in self.code_of:
            extra = self.glyph_count + _MARGIN + len(self.code_of)
            if extra >= _CODE_LIMIT:
                return None
            self.code_of[glyph, text] = extra
            self.glyph_of[extra] = glyph
        return self.code_of[glyph, text]


_codes: dict[str, _Codes] = {}
_installed = False


def _codes_for(font: Any) -> _Codes:
    return _codes.setdefault(font.hash, _Codes(glyph_count=font.glyph_count + len(font.missing)))


def install() -> None:
    """Hook WeasyPrint (once per process) so that the PDFs it writes carry each cluster's text."""
    global _installed
    if _installed:
        return
    import weasyprint.draw.text as draw_text
    import weasyprint.pdf.fonts as pdf_fonts

    draw_first_line = draw_text.draw_first_line
    build_fonts_dictionary = pdf_fonts.build_fonts_dictionary
    build_vector_font = pdf_fonts._build_vector_font_dictionary
    clean = pdf_fonts.Font.clean

    def draw_first_line_with_codes(stream: Any, textbox: Any, text_overflow: Any,
                                   block_ellipsis: Any, matrix: Any) -> Any:
        if text_overflow != "ellipsis" and block_ellipsis == "none" and textbox.text.strip():
            _assign_codes(stream, textbox)
        return draw_first_line(stream, textbox, text_overflow, block_ellipsis, matrix)

    def build_fonts_dictionary_with_codes(pdf: Any, fonts: Any, *args: Any) -> Any:
        _share_maps(fonts)
        return build_fonts_dictionary(pdf, fonts, *args)

    def clean_real_glyphs(self: Any, to_unicode: dict[int, str], hinting: Any) -> Any:
        extra = _codes_for(self).glyph_of
        real = {extra.get(code, code): "" for code in to_unicode}
        return clean(self, real, hinting)

    def build_vector_font_with_encoding(font_dictionary: Any, pdf: Any, font: Any, widths: Any,
                                        compress: Any, *args: Any) -> Any:
        result = build_vector_font(font_dictionary, pdf, font, widths, compress, *args)
        extra = _codes_for(font).glyph_of
        if any(code in extra for code in font.to_unicode):
            number = int(bytes(font_dictionary["DescendantFonts"][0]).split()[0])
            pdf.objects[number]["CIDToGIDMap"] = _cid_to_gid_map(pdf, extra, compress)
        return result

    draw_text.draw_first_line = draw_first_line_with_codes
    pdf_fonts.build_fonts_dictionary = build_fonts_dictionary_with_codes
    pdf_fonts._build_vector_font_dictionary = build_vector_font_with_encoding
    pdf_fonts.Font.clean = clean_real_glyphs
    import weasyprint.pdf as pdf_module

    pdf_module.build_fonts_dictionary = build_fonts_dictionary_with_codes
    _installed = True


def _assign_codes(stream: Any, textbox: Any) -> None:
    """Rewrite the glyph ids of the line about to be drawn to codes that carry their own text.

    The cluster text of each glyph is computed as WeasyPrint does (the whole cluster on
    its last glyph, nothing on the others); a glyph already drawn as a code is read
    back to its real glyph first, so a layout drawn twice gets the same codes.
    """
    from weasyprint.text.ffi import FROM_UNITS, ffi, pango

    # As draw_first_line does first: set later, it would lay the line out again.
    pango.pango_layout_set_single_paragraph_mode(textbox.pango_layout.layout, True)
    line, _ = textbox.pango_layout.get_first_line()
    utf8 = textbox.pango_layout.text.encode()
    run = line.runs[0]
    while run != ffi.NULL:
        glyph_item = run.data
        run = run.next
        font, font_size = stream.add_font(glyph_item.item.analysis.font)
        if font.bitmap or font.type != "ttf":
            continue
        if pango.pango_version() < 14802 or font.png:
            font_size = textbox.style["font_size"]
        codes = _codes_for(font)
        glyphs = glyph_item.glyphs
        for i, text in enumerate(_glyph_texts(glyph_item, utf8)):
            info = glyphs.glyphs[i]
            if text is None:
                continue
            glyph = codes.glyph_of.get(info.glyph, info.glyph)
            code = codes.code(glyph, text)
            if code is None:  # code space full: keep WeasyPrint's own mapping
                continue
            if glyph not in font.widths:
                pango.pango_font_get_glyph_extents(
                    glyph_item.item.analysis.font, glyph, stream.ink_rect, stream.logical_rect)
                font.widths[glyph] = round(stream.logical_rect.width * 1000 * FROM_UNITS / font_size)
            font.widths[code] = font.widths[glyph]
            font.to_unicode[code] = text
            info.glyph = code


def _glyph_texts(glyph_item: Any, utf8: bytes) -> list[str | None]:
    """The text each glyph of a run stands for (None: a glyph WeasyPrint handles itself).

    A cluster's text goes on its last glyph, as WeasyPrint does. A cluster of marks
    alone (a tone mark over a consonant: "ผ่") joins the glyph before it, so text
    extractors that order glyphs by position (pdftotext) cannot put it after the
    next vowel ("ผา่").
    """
    from weasyprint.text.ffi import pango

    glyphs = glyph_item.glyphs
    count, clusters = glyphs.num_glyphs, glyphs.log_clusters
    offset, length = glyph_item.item.offset, glyph_item.item.length
    rtl = glyph_item.item.analysis.level % 2
    texts: list[str | None] = []
    base = None
    for i in range(count):
        glyph = glyphs.glyphs[i].glyph
        if glyph == pango.PANGO_GLYPH_EMPTY or glyph & pango.PANGO_GLYPH_UNKNOWN_FLAG:
            texts.append(None)
            continue
        if rtl:
            end = length if i == 0 else clusters[i - 1]
        else:
            end = length if i == count - 1 else clusters[i + 1]
        text = utf8[offset + clusters[i]:offset + end].decode()
        if text and not rtl and base is not None and all(unicodedata.category(c) == "Mn" for c in text):
            texts[base] = f"{texts[base]}{text}"
            text = ""
        elif text:
            base = i
        texts.append(text)
    return texts


def _share_maps(fonts: dict[Any, Any]) -> None:
    """Fonts of one file share one PDF font dictionary: give each the codes of all."""
    by_file: dict[str, list[Any]] = {}
    for font in fonts.values():
        by_file.setdefault(font.hash, []).append(font)
    for group in by_file.values():
        if len(group) < 2:
            continue
        to_unicode: dict[int, str] = {}
        widths: dict[int, Any] = {}
        for font in group:
            to_unicode.update(font.to_unicode)
            widths.update(font.widths)
        for font in group:
            font.to_unicode.update(to_unicode)
            font.widths.update(widths)


def _cid_to_gid_map(pdf: Any, extra: dict[int, int], compress: bool) -> Any:
    """CID -> glyph id, two bytes each: the identity for real glyphs, the real glyph for codes."""
    import pydyf

    gids = list(range(max(extra) + 1))
    for code, glyph in extra.items():
        gids[code] = glyph
    stream = pydyf.Stream([b"".join(gid.to_bytes(2, "big") for gid in gids)], compress=compress)
    pdf.add_object(stream)
    return stream.reference
