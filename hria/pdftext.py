"""Comparing text laid out in our PDFs with the text it came from.

Text extracted from a PDF does not give Thai back exactly: HarfBuzz shapes SARA
AM (ำ) as NIKHAHIT + SARA AA, and extractors emit tone marks after the vowel
they sit on ("ผ่าน" reads "ผา่ น"). Comparisons therefore fold both sides to
their base letters: NFC, ำ -> า, Thai combining marks and white space removed.
A changed word still shows; a change of one tone mark alone would not — the
signature, not the visible text, is what proves a certificate.
"""

from __future__ import annotations

import unicodedata

_THAI_MARKS = {0x0E31, *range(0x0E34, 0x0E3B), *range(0x0E47, 0x0E4F)}


def fold(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u0e33", "\u0e32")
    return "".join(ch for ch in text if not ch.isspace() and ord(ch) not in _THAI_MARKS)


def contains(haystack: str, needle: str) -> bool:
    return fold(needle) in fold(haystack)
