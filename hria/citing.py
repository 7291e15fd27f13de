"""How a reference is written for people: one renderer for `criteria show`, the interview
and the reports.

Each kind's wording is a template in vocabulary.yaml (`reference_kinds[].text`), so a
new kind needs its model and a line of data, not a branch here.
"""

from __future__ import annotations

import re

from hria.loading.vocabulary import load_vocabulary
from hria.models.references import Reference
from hria.models.text import Lang
from hria.models.vocabulary import Vocabulary

_OPTIONAL = re.compile(r"\[([^\[\]]*)\]")
_FIELD = re.compile(r"\{(\w+)\}")
_RESPONSE_TH = {"supported": "ไทยรับ", "noted": "ไทยรับทราบ", "unknown": "ไม่ทราบท่าทีของไทย"}


def reference_text(ref: Reference, lang: Lang) -> str:
    """``ref`` in words of ``lang``, e.g. "ICCPR art. 9" or "UPR cycle 2 158.49 by Sweden (supported)"."""
    vocab = load_vocabulary()
    kind = vocab.reference_kind(ref.kind)
    values = _values(ref, vocab, lang)
    if kind is None:
        return f"{ref.kind} " + " ".join(str(v) for v in values.values() if v is not None)
    return render(kind.text.in_(lang), values)


def references_text(refs: list[Reference], lang: Lang) -> str:
    return "; ".join(reference_text(r, lang) for r in refs)


def render(template: str, values: dict[str, object]) -> str:
    """Fill ``{field}``s; drop each ``[ ... ]`` whose fields are empty."""

    def filled(text: str) -> str:
        return _FIELD.sub(lambda m: str(values.get(m[1])), text)

    def optional(match: re.Match[str]) -> str:
        names = _FIELD.findall(match[1])
        return filled(match[1]) if all(values.get(n) is not None for n in names) else ""

    return filled(_OPTIONAL.sub(optional, template))


def _values(ref: Reference, vocab: Vocabulary, lang: Lang) -> dict[str, object]:
    values: dict[str, object] = dict(ref.model_dump(exclude={"kind", "note"}))
    response = values.get("response")
    if lang == "th" and isinstance(response, str):
        values["response"] = _RESPONSE_TH.get(response, response)
    for key in ("theme", "plan", "state"):  # words, not keys: "แรงงานข้ามชาติ", not "migrant workers"
        if isinstance(values.get(key), str):
            values[key] = vocab.topic(str(values[key]), lang)
    law = values.get("law")
    if isinstance(law, str):
        known = {x.id: x for x in vocab.laws}
        values["law_name"] = known[law].name.in_(lang) if law in known else law
    instrument = vocab.instrument(str(values.get("instrument", "")))
    if instrument is not None:
        values["instrument_name"] = instrument.name.in_(lang)
    body = vocab.treaty_body(str(values.get("body", "")))
    if body is not None:
        values["body_name"] = body.name.in_(lang)
    return values
