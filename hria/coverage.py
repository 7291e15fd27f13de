"""Which seed themes, UPR recommendations and treaty-body observations a set's criteria address.

A criterion addresses a theme through its rights domain, a law, a treaty or one of its
articles, a treaty body's observations (or a catalogued paragraph of that theme), a
catalogued UPR recommendation of that theme, or a UPR reference whose theme names it (the
mapping is data: `themes` in vocabulary.yaml). A theme no criterion addresses is a gap when
the set's organisation type has a duty on it. Each catalogued recommendation and observation
paragraph lists the criteria that cite it — what the dashboard reads to show which
recommendations an organisation's certification tracks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hria.models.criteria import CriteriaSet, Criterion
from hria.models.recommendations import ObservationCatalogue, RecommendationCatalogue
from hria.models.references import ConcludingObservationRef, LawRef, TreatyRef, UPRRef
from hria.models.vocabulary import Theme, Vocabulary


@dataclass(frozen=True)
class ThemeCoverage:
    theme: Theme
    duty: bool
    criteria: list[str] = field(default_factory=list)

    @property
    def gap(self) -> bool:
        return self.duty and not self.criteria


@dataclass(frozen=True)
class RecommendationCoverage:
    cycle: int
    number: str
    state: str
    theme: str
    response: str
    criteria: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ObservationCoverage:
    body: str
    symbol: str
    paragraph: int
    theme: str
    excerpt: bool
    criteria: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SetCoverage:
    set_ref: str
    organisation_type: str
    themes: list[ThemeCoverage]
    recommendations: list[RecommendationCoverage]
    upr_themes: dict[tuple[int, str], list[str]]
    """UPR references without a number: (cycle, theme as written) -> criteria citing it."""
    observations: list[ObservationCoverage] = field(default_factory=list)
    observations_uncatalogued: dict[tuple[str, int], list[str]] = field(default_factory=dict)
    """Concluding-observation paragraphs cited but not in the catalogue: (symbol, paragraph) -> criteria."""

    @property
    def gaps(self) -> list[str]:
        return [t.theme.id for t in self.themes if t.gap]

    def as_json(self) -> dict[str, object]:
        return {
            "set": self.set_ref, "organisation_type": self.organisation_type, "gaps": self.gaps,
            "themes": [{"id": t.theme.id, "name": t.theme.name.model_dump(), "duty": t.duty,
                        "criteria": t.criteria, "gap": t.gap} for t in self.themes],
            "recommendations": [
                {"cycle": r.cycle, "number": r.number, "state": r.state, "theme": r.theme,
                 "response": r.response, "criteria": r.criteria} for r in self.recommendations],
            "upr_themes": {f"cycle {cycle}: {theme}": ids for (cycle, theme), ids in self.upr_themes.items()},
            "observations": [
                {"body": o.body, "symbol": o.symbol, "paragraph": o.paragraph, "theme": o.theme,
                 "excerpt": o.excerpt, "criteria": o.criteria} for o in self.observations],
            "observations_uncatalogued": {f"{symbol} para. {n}": ids
                                          for (symbol, n), ids in self.observations_uncatalogued.items()},
        }


def upr_theme_is(written: str, theme: Theme) -> bool:
    """Whether a UPR reference's theme, as its author wrote it, counts as the seed ``theme``."""
    return any(word.lower() in written.lower() for word in theme.upr_keywords)


def addresses(c: Criterion, theme: Theme, vocab: Vocabulary,
              catalogues: dict[int, RecommendationCatalogue],
              observations: ObservationCatalogue | None = None) -> bool:
    if c.domain in theme.domains:
        return True
    for ref in c.references:
        if isinstance(ref, LawRef) and ref.law in theme.laws:
            return True
        if isinstance(ref, TreatyRef) and (
            ref.instrument in theme.instruments
            or f"{ref.instrument}:{ref.article_number}" in theme.articles
        ):
            return True
        if isinstance(ref, ConcludingObservationRef):
            body = vocab.treaty_body(ref.body)
            if body is not None and body.instrument in theme.instruments:
                return True
            para = observations.find(ref.symbol, ref.paragraph) if observations else None
            if para is not None and para.theme == theme.id:
                return True
        if isinstance(ref, UPRRef) and ref.theme and upr_theme_is(ref.theme, theme):
            return True
        if isinstance(ref, UPRRef) and ref.recommendation:
            catalogue = catalogues.get(ref.cycle)
            found = catalogue.find(ref.recommendation) if catalogue else None
            if found is not None and found.theme == theme.id:
                return True
    return False


def set_coverage(cs: CriteriaSet, vocab: Vocabulary,
                 catalogues: dict[int, RecommendationCatalogue],
                 observations: ObservationCatalogue | None = None) -> SetCoverage:
    themes = [
        ThemeCoverage(theme, theme.duty_of is None or cs.organisation_type in theme.duty_of,
                      [c.id for c in cs.criteria if addresses(c, theme, vocab, catalogues, observations)])
        for theme in vocab.themes
    ]
    cited: dict[tuple[int, str], list[str]] = {}
    upr_themes: dict[tuple[int, str], list[str]] = {}
    observed: dict[tuple[str, int], list[str]] = {}
    for c in cs.criteria:
        for ref in c.references:
            if isinstance(ref, ConcludingObservationRef):
                observed.setdefault((ref.symbol, ref.paragraph), []).append(c.id)
            if not isinstance(ref, UPRRef):
                continue
            if ref.recommendation:
                cited.setdefault((ref.cycle, ref.recommendation), []).append(c.id)
            else:
                upr_themes.setdefault((ref.cycle, ref.theme or "—"), []).append(c.id)
    recommendations = [
        RecommendationCoverage(cycle, r.number, r.state, r.theme, r.response,
                               cited.get((cycle, r.number), []))
        for cycle, catalogue in sorted(catalogues.items()) for r in catalogue.recommendations
    ]
    listed = [(d, p) for d in (observations.documents if observations else []) for p in d.paragraphs]
    seen = {(d.symbol, p.paragraph) for d, p in listed}
    return SetCoverage(
        cs.ref, cs.organisation_type, themes, recommendations, upr_themes,
        [ObservationCoverage(d.body, d.symbol, p.paragraph, p.theme, p.excerpt,
                             observed.get((d.symbol, p.paragraph), [])) for d, p in listed],
        {cited: ids for cited, ids in sorted(observed.items()) if cited not in seen})
