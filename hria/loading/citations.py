"""Whether a citation resolves: the law, treaty article, treaty body or UPR paragraph exists.

One function per reference kind that points into a catalogue; kinds that stand on
their own (UNGP, SDG...) are checked by their models alone.
"""

from __future__ import annotations

from collections.abc import Callable

from hria.loading.vocabulary import load_recommendations
from hria.models.references import (
    ConcludingObservationRef,
    LawRef,
    Reference,
    TreatyRef,
    UPRRef,
)
from hria.models.vocabulary import Vocabulary

Found = tuple[str, str, dict[str, str]] | None
"""The field at fault, the error catalogue's code and its values; None when the citation resolves."""


def _found(field: str, code: str, **values: object) -> Found:
    return field, code, {k: str(v) for k, v in values.items()}


def citation_problem(ref: Reference, vocab: Vocabulary) -> Found:
    if vocab.reference_kind(ref.kind) is None:
        return _found("kind", "cite.kind", kind=ref.kind)
    check = _CHECKS.get(type(ref))
    return check(ref, vocab) if check else None


def _law(ref: Reference, vocab: Vocabulary) -> Found:
    assert isinstance(ref, LawRef)
    if ref.law not in {law.id for law in vocab.laws}:
        return _found("law", "cite.law", law=ref.law)
    return None


def _treaty(ref: Reference, vocab: Vocabulary) -> Found:
    assert isinstance(ref, TreatyRef)
    instrument = vocab.instrument(ref.instrument)
    if instrument is None:
        known = ", ".join(x.id for x in vocab.instruments if x.party)
        return _found("instrument", "cite.instrument", instrument=ref.instrument, known=known)
    if not instrument.party:
        return _found("instrument", "cite.not_party", instrument=ref.instrument, name_th=instrument.name.th,
                      name_en=instrument.name.en)
    if not 1 <= ref.article_number <= instrument.articles:
        return _found("article", "cite.article", instrument=ref.instrument, article=ref.article,
                      articles=instrument.articles)
    return None


def _concluding_observation(ref: Reference, vocab: Vocabulary) -> Found:
    assert isinstance(ref, ConcludingObservationRef)
    body = vocab.treaty_body(ref.body)
    if body is None:
        known = ", ".join(b.id for b in vocab.treaty_bodies)
        return _found("body", "cite.body", body=ref.body, known=known)
    if not ref.symbol.startswith(body.symbol):
        return _found("symbol", "cite.symbol", symbol=ref.symbol, body=ref.body, expected=body.symbol)
    return None


def _upr(ref: Reference, vocab: Vocabulary) -> Found:
    assert isinstance(ref, UPRRef)
    if ref.recommendation is None:
        if ref.state is not None or ref.response not in (None, "unknown"):
            return _found("recommendation", "cite.upr_needs_number")
        return None
    catalogue = load_recommendations().get(ref.cycle)
    found = catalogue.find(ref.recommendation) if catalogue else None
    if catalogue is None or found is None:
        where = catalogue.document if catalogue else f"cycle {ref.cycle}"
        return _found("recommendation", "cite.upr_unknown", number=ref.recommendation, where=where,
                      cycle=ref.cycle)
    if ref.state is not None and ref.state != found.state:
        return _found("state", "cite.upr_state", number=ref.recommendation, made_by=found.state,
                      given=ref.state)
    if ref.response not in (None, "unknown", found.response):
        return _found("response", "cite.upr_response", number=ref.recommendation, response=found.response)
    return None


_CHECKS: dict[type, Callable[[Reference, Vocabulary], Found]] = {
    LawRef: _law, TreatyRef: _treaty, ConcludingObservationRef: _concluding_observation, UPRRef: _upr,
}
