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

Found = tuple[str, str] | None
"""The field at fault and the message, or None when the citation resolves."""


def citation_problem(ref: Reference, vocab: Vocabulary) -> Found:
    if vocab.reference_kind(ref.kind) is None:
        return "kind", f"reference kind '{ref.kind}' is not in vocabulary.yaml"
    check = _CHECKS.get(type(ref))
    return check(ref, vocab) if check else None


def _law(ref: Reference, vocab: Vocabulary) -> Found:
    assert isinstance(ref, LawRef)
    if ref.law not in {law.id for law in vocab.laws}:
        return "law", f"unknown law '{ref.law}' (not in vocabulary.yaml)"
    return None


def _treaty(ref: Reference, vocab: Vocabulary) -> Found:
    assert isinstance(ref, TreatyRef)
    instrument = vocab.instrument(ref.instrument)
    if instrument is None:
        known = ", ".join(x.id for x in vocab.instruments if x.party)
        return "instrument", f"unknown instrument '{ref.instrument}' (known: {known})"
    if not instrument.party:
        return "instrument", (f"Thailand is not party to {ref.instrument} "
                              f"({instrument.name.en}): cite a treaty it is party to")
    if not 1 <= ref.article_number <= instrument.articles:
        return "article", (f"{ref.instrument} has no article {ref.article} "
                           f"(articles 1-{instrument.articles})")
    return None


def _concluding_observation(ref: Reference, vocab: Vocabulary) -> Found:
    assert isinstance(ref, ConcludingObservationRef)
    body = vocab.treaty_body(ref.body)
    if body is None:
        known = ", ".join(b.id for b in vocab.treaty_bodies)
        return "body", f"unknown treaty body '{ref.body}' (known: {known})"
    if not ref.symbol.startswith(body.symbol):
        return "symbol", f"symbol '{ref.symbol}' is not a {ref.body} document (expected {body.symbol}N)"
    return None


def _upr(ref: Reference, vocab: Vocabulary) -> Found:
    assert isinstance(ref, UPRRef)
    if ref.recommendation is None:
        if ref.state is not None or ref.response not in (None, "unknown"):
            return "recommendation", "a UPR state or response needs the recommendation number"
        return None
    catalogue = load_recommendations().get(ref.cycle)
    found = catalogue.find(ref.recommendation) if catalogue else None
    if catalogue is None or found is None:
        where = catalogue.document if catalogue else f"cycle {ref.cycle}"
        return "recommendation", (f"UPR recommendation {ref.recommendation} is not in the catalogue "
                                  f"of {where} (criteria/recommendations/upr-{ref.cycle}.yaml)")
    if ref.state is not None and ref.state != found.state:
        return "state", f"UPR {ref.recommendation} was made by {found.state}, not {ref.state}"
    if ref.response not in (None, "unknown", found.response):
        return "response", f"Thailand's response to UPR {ref.recommendation} was {found.response}"
    return None


_CHECKS: dict[type, Callable[[Reference, Vocabulary], Found]] = {
    LawRef: _law, TreatyRef: _treaty, ConcludingObservationRef: _concluding_observation, UPRRef: _upr,
}
