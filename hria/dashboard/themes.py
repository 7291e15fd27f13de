"""Which rights themes and UPR recommendations the certified organisations' criteria address.

For each criteria set that current certificates were issued against, ``hria.coverage`` says
which seed themes and catalogued UPR recommendations its criteria address; a theme's count
is the number of certified organisations whose set addresses it (fewer than 3 hidden).
"""

from __future__ import annotations

from collections import Counter

from hria.dashboard.figures import Table
from hria.dashboard.suppression import THRESHOLD
from hria.registry.model import CertificateRecord


def upr_table(current: list[CertificateRecord]) -> tuple[Table, Table, Table]:
    """(themes, UPR recommendations, treaty-body observations) addressed by the sets of ``current``
    certificates."""
    from hria import criteria_sets
    from hria.coverage import set_coverage
    from hria.errors import HriaError
    from hria.loading.vocabulary import load_observations, load_recommendations, load_vocabulary

    vocab, catalogues, observations = load_vocabulary(), load_recommendations(), load_observations()
    orgs_by_set = Counter(c.set_ref for c in current)
    theme_orgs: Counter[str] = Counter()
    theme_criteria: dict[str, set[str]] = {}
    recs: dict[tuple[int, str], dict[str, object]] = {}
    obs: dict[tuple[str, int], dict[str, object]] = {}
    for ref, n in sorted(orgs_by_set.items()):
        try:
            cs = criteria_sets.load(ref).model
        except HriaError:
            continue  # a set this installation does not ship: its certificates are counted elsewhere
        cov = set_coverage(cs, vocab, catalogues, observations)
        for t in cov.themes:
            if t.criteria:
                theme_orgs[t.theme.id] += n
                theme_criteria.setdefault(t.theme.id, set()).update(f"{ref}:{c}" for c in t.criteria)
        for r in cov.recommendations:
            if r.criteria:
                row = recs.setdefault((r.cycle, r.number), {
                    "cycle": r.cycle, "number": r.number, "state": r.state, "theme": r.theme,
                    "response": r.response, "criteria": 0, "organisations": 0})
                row["criteria"] = int(str(row["criteria"])) + len(r.criteria)
                row["organisations"] = int(str(row["organisations"])) + n
        for o in cov.observations:
            if o.criteria:
                seen = obs.setdefault((o.symbol, o.paragraph), {
                    "body": o.body, "symbol": o.symbol, "paragraph": o.paragraph, "theme": o.theme,
                    "criteria": 0, "organisations": 0})
                seen["criteria"] = int(str(seen["criteria"])) + len(o.criteria)
                seen["organisations"] = int(str(seen["organisations"])) + n
    themes = [{"theme": t.id, "name_th": t.name.th, "name_en": t.name.en,
               "criteria": len(theme_criteria.get(t.id, ())),
               "organisations": theme_orgs[t.id] if theme_orgs[t.id] == 0 or theme_orgs[t.id] >= THRESHOLD
               else None}
              for t in vocab.themes]
    themes.sort(key=lambda r: (-int(r["organisations"] or 0), str(r["theme"])))
    def hide_small(rows: list[dict[str, object]]) -> list[dict[str, object]]:
        return [{**r, "organisations": r["organisations"] if int(str(r["organisations"])) >= THRESHOLD
                 else None} for r in rows]

    rec_rows, obs_rows = hide_small(list(recs.values())), hide_small(list(obs.values()))
    return (Table("upr-themes", ("theme", "name_th", "name_en", "criteria", "organisations"), themes),
            Table("upr-recommendations", ("cycle", "number", "state", "theme", "response", "criteria",
                                          "organisations"), rec_rows),
            Table("treaty-observations",
                  ("body", "symbol", "paragraph", "theme", "criteria", "organisations"), obs_rows))
