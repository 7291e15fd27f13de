"""Loading the shared vocabulary, the UPR recommendation catalogues and the catalogue of
treaty bodies' concluding observations.

Both are checked as they load: an id the vocabulary uses must exist in it (a theme's
domain, a treaty body's instrument), each problem reported as file:line:col.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from hria.errors import InvalidInput
from hria.loading.model_errors import validate_document
from hria.loading.paths import data_root, vocabulary_path
from hria.loading.yaml_source import read_yaml
from hria.models.recommendations import ObservationCatalogue, RecommendationCatalogue
from hria.models.vocabulary import Vocabulary

_CATALOGUE_NAME = re.compile(r"^upr-(\d)$")
_Finding = tuple[tuple[str | int, ...], str, dict[str, str]]  # where, catalogue code, values


@cache
def load_vocabulary() -> Vocabulary:
    doc = read_yaml(vocabulary_path())
    vocab = validate_document(Vocabulary, doc)
    problems = [doc.said(path, code, **values) for path, code, values in _findings(vocab)]
    if problems:
        raise InvalidInput(problems)
    return vocab


def known_organisation_types() -> tuple[str, ...]:
    """Ids of the organisation types in vocabulary.yaml, for auditor scopes and --type."""
    return tuple(t.id for t in load_vocabulary().organisation_types)


@cache
def load_recommendations() -> dict[int, RecommendationCatalogue]:
    """The catalogues under criteria/recommendations/, by UPR cycle."""
    found: dict[int, RecommendationCatalogue] = {}
    folder = data_root() / "criteria" / "recommendations"
    for path in sorted(folder.glob("upr-*.yaml")):
        doc = read_yaml(path)
        catalogue = validate_document(RecommendationCatalogue, doc)
        problems = []
        name = _CATALOGUE_NAME.match(path.stem)
        if name is None or int(name[1]) != catalogue.cycle:
            problems.append(doc.said(("cycle",), "vocab.cycle_name", cycle=str(catalogue.cycle),
                                     name=path.name))
        seen: set[str] = set()
        for i, rec in enumerate(catalogue.recommendations):
            if rec.number in seen:
                problems.append(doc.said(("recommendations", i, "number"), "vocab.recommendation_twice",
                                         number=rec.number))
            seen.add(rec.number)
        if problems:
            raise InvalidInput(problems)
        found[catalogue.cycle] = catalogue
    return found


OBSERVATIONS = "treaty-bodies.yaml"
"""The file under criteria/recommendations/ holding concluding-observation paragraphs."""


def load_observations(path: Path | None = None) -> ObservationCatalogue:
    """Treaty bodies' concluding observations on Thailand, paragraph by paragraph as confirmed.

    Each document's body must be a treaty body of the vocabulary and its symbol must start as
    that body's do; each theme must be a seed theme; a paragraph may be listed once."""
    path = path or data_root() / "criteria" / "recommendations" / OBSERVATIONS
    if not path.is_file():
        return ObservationCatalogue(schema_version=1)
    doc = read_yaml(path)
    catalogue = validate_document(ObservationCatalogue, doc)
    vocab = load_vocabulary()
    themes = {t.id for t in vocab.themes}
    problems = []
    symbols: set[str] = set()
    for i, d in enumerate(catalogue.documents):
        body = vocab.treaty_body(d.body)
        if body is None:
            problems.append(doc.said(("documents", i, "body"), "vocab.treaty_body", body=d.body))
        elif not d.symbol.startswith(body.symbol):
            problems.append(doc.said(("documents", i, "symbol"), "vocab.symbol_of", symbol=d.symbol,
                                     body=d.body, prefix=body.symbol))
        if d.symbol in symbols:
            problems.append(doc.said(("documents", i, "symbol"), "vocab.symbol_twice", symbol=d.symbol))
        symbols.add(d.symbol)
        seen: set[int] = set()
        for j, para in enumerate(d.paragraphs):
            here = ("documents", i, "paragraphs", j)
            if para.paragraph in seen:
                problems.append(doc.said((*here, "paragraph"), "vocab.paragraph_twice", symbol=d.symbol,
                                         paragraph=str(para.paragraph)))
            seen.add(para.paragraph)
            if para.theme not in themes:
                problems.append(doc.said((*here, "theme"), "vocab.theme", theme=para.theme,
                                         themes=", ".join(sorted(themes))))
    if problems:
        raise InvalidInput(problems)
    return catalogue


def _findings(v: Vocabulary) -> Iterator[_Finding]:
    for key, ids in (("organisation_types", [t.id for t in v.organisation_types]),
                     ("domains", [d.id for d in v.domains]), ("laws", [x.id for x in v.laws]),
                     ("reference_kinds", [k.id for k in v.reference_kinds]),
                     ("instruments", [x.id for x in v.instruments]),
                     ("treaty_bodies", [b.id for b in v.treaty_bodies]),
                     ("themes", [t.id for t in v.themes])):
        seen: set[str] = set()
        for i, item_id in enumerate(ids):
            if item_id in seen:
                yield (key, i, "id"), "vocab.twice", {"key": key, "id": item_id}
            seen.add(item_id)
    sets = [t.set for t in v.organisation_types]
    for i, t in enumerate(v.organisation_types):
        if sets.count(t.set) > 1:
            yield ("organisation_types", i, "set"), "vocab.set_twice", {"set": t.set}
    instruments = {x.id: x for x in v.instruments}
    for i, b in enumerate(v.treaty_bodies):
        if b.instrument not in instruments:
            yield ("treaty_bodies", i, "instrument"), "vocab.instrument", {"instrument": b.instrument}
    domains, laws = {d.id for d in v.domains}, {x.id for x in v.laws}
    types = {t.id for t in v.organisation_types}
    for i, theme in enumerate(v.themes):
        for key, known, values in (("domains", domains, theme.domains), ("laws", laws, theme.laws),
                                   ("instruments", set(instruments), theme.instruments),
                                   ("duty_of", types, theme.duty_of or [])):
            for j, value in enumerate(values):
                if value not in known:
                    yield ("themes", i, key, j), "vocab.theme_entry", {"theme": theme.id, "key": key,
                                                                        "value": value}
        for j, article in enumerate(theme.articles):
            instrument_id, _, number = article.partition(":")
            found = instruments.get(instrument_id)
            if found is None or not 1 <= int(number) <= found.articles:
                yield ("themes", i, "articles", j), "vocab.theme_article", {"theme": theme.id,
                                                                               "article": article}
