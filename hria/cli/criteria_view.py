"""Criteria sets drawn for people: the tree of `criteria show`, the tables of `stats` and `coverage`."""

from __future__ import annotations

from rich.markup import escape
from rich.table import Table
from rich.tree import Tree

from hria.citing import references_text
from hria.cli.texts import TEXTS, say
from hria.coverage import SetCoverage, upr_theme_is
from hria.criteria_sets import LoadedSet
from hria.diffing import SetDiff
from hria.loading.vocabulary import load_vocabulary
from hria.models.criteria import Criterion
from hria.models.enterprise_size import SIZE_NAMES
from hria.models.text import Lang
from hria.scoring.texts import RULE_EFFECTS, message, words
from hria.set_stats import SetStats
from hria.terminal_text import wrap

_WORDS = {
    "th": {"weight": "น้ำหนัก", "floor": "เกณฑ์ขั้นต่ำ", "gate": "ต้องผ่าน", "levels": "ระดับการรับรอง",
           "needs": "ต้องมี", "only": "เฉพาะ", "size": "", "when": "เมื่อ", "score": "คะแนนขั้นต่ำ",
           "valid": "อายุใบรับรอง", "months": "เดือน", "na": "ตอบไม่เกี่ยวข้องได้",
           "rules": "กฎการตัดสิน"},
    "en": {"weight": "weight", "floor": "floor", "gate": "must pass", "levels": "Certification levels",
           "needs": "needs", "only": "only", "size": "size ", "when": "when", "score": "min score",
           "valid": "certificate valid", "months": "months", "na": "N/A allowed",
           "rules": "Decision rules"},
}


def _criterion_line(loaded: LoadedSet, c: Criterion, lang: Lang) -> str:
    w = _WORDS[lang]
    marks = [f"{w['weight']} {c.weight:g}"]
    gate = loaded.model.gate_of(c)
    if gate is not None:
        nn = "!" if loaded.model.non_negotiable(c.id) else ""  # non-negotiable: never not applicable
        marks.append(f"[/dim][bold red]{w['gate']}{nn} ≥{gate}[/bold red][dim]")
    if c.not_applicable and not loaded.model.non_negotiable(c.id):
        marks.append(w["na"])
    for pre in c.prerequisites:
        marks.append(f"{w['needs']} {pre.criterion}≥{pre.at_least}")
    a = c.applicability
    if a and a.subtypes:
        names = {s.id: s.name.in_(lang) for s in loaded.model.subtypes}
        marks.append(f"{w['only']} {', '.join(names.get(s, s) for s in a.subtypes)}")
    if a and a.sizes:
        marks.append(f"{w['only']} {w['size']}{', '.join(SIZE_NAMES[s].in_(lang) for s in a.sizes)}")
    for cond in a.when if a else []:
        marks.append(f"{w['when']} {cond.criterion}≥{cond.at_least}")
    for fact in (a.profile or []) if a else []:
        marks.append(f"{w['when']} {fact}")
    return f"[bold]{c.id}[/bold] {escape(c.title.in_(lang))}  [dim]{' · '.join(marks)}[/dim]"


def set_tree(loaded: LoadedSet, lang: Lang) -> Tree:
    cs = loaded.model
    w = _WORDS[lang]
    vocab = load_vocabulary()
    status = say(f"criteria.status.{cs.status}", lang)
    root = Tree(f"[bold]{escape(cs.title.in_(lang))}[/bold]  {cs.ref} ({status})\n"
                f"[dim]{loaded.content_hash[:23]}… · {w['valid']} "
                f"{cs.certificate_validity_months} {w['months']}[/dim]")
    for d in cs.domains:
        floor = f" · {w['floor']} {d.floor:g}" if d.floor is not None else ""
        branch = root.add(f"[cyan]{escape(vocab.domain(d.id).name.in_(lang))}[/cyan] "
                          f"[dim]({d.id} · {w['weight']} {d.weight:g}{floor})[/dim]")
        for c in cs.criteria:
            if c.domain == d.id:
                node = branch.add(_criterion_line(loaded, c, lang))
                node.add(f"[italic]{escape(c.question.in_(lang))}[/italic]")
                node.add(f"[dim]{escape(references_text(list(c.references), lang))}[/dim]")
    levels = root.add(f"[bold]{w['levels']}[/bold]")
    for level in cs.levels:
        extra = f", {w['floor']} {level.min_domain_score:g}" if level.min_domain_score else ""
        level_id = "" if lang == "th" else f"{level.id}: "  # an English word in a Thai line otherwise
        levels.add(f"{escape(level.name.in_(lang))} [dim]({level_id}{w['score']} "
                   f"{level.min_score:g}{extra})[/dim]")
    r = cs.rules
    effect = words(RULE_EFFECTS, lang)
    rules = message("rules", gate=effect[r.gate_failed], floor=effect[r.floor_failed],
                    severe_at=str(r.severe_impact.severe_at), severe=effect[r.severe_impact.effect])
    root.add(f"[bold]{w['rules']}[/bold] [dim]{escape(rules.in_(lang))}[/dim]")
    if r.impact_register:
        from hria.reports.labels import LABELS

        ir = r.impact_register
        register = message("rules.impact_register", at=str(ir.potential_blocks_at),
                           who_th=", ".join(LABELS["th"][i] for i in ir.remediate_actual),
                           who_en=", ".join(LABELS["en"][i] for i in ir.remediate_actual))
        root.add(f"[dim]{escape(register.in_(lang))}[/dim]")
    return root


_LABEL_CELLS = 30


def stats_table(rows: list[SetStats], kind_names: dict[str, str], lang: Lang = "en") -> Table:
    """One column per set: the figures of `hria criteria stats`; ``kind_names`` names each reference
    kind in ``lang`` (from the vocabulary)."""
    table = Table(title=say("stats.title", lang))
    table.add_column("", min_width=_LABEL_CELLS)
    for s in rows:
        table.add_column(s.set_ref, justify="right")
    lines: list[tuple[str, list[str]]] = [
        (say("stats.criteria", lang), [str(s.criteria) for s in rows]),
        (say("stats.domains", lang), [str(s.domains) for s in rows]),
        (say("stats.gates", lang), [str(s.gates) for s in rows]),
        (say("stats.own_level_text", lang), [f"{s.own_level_text_pct:g}" for s in rows]),
        (say("stats.evidence", lang), [f"{s.evidence_per_criterion:g}" for s in rows]),
        (say("stats.single_evidence", lang), [str(s.single_evidence) for s in rows]),
        (say("stats.guidance", lang), [str(s.guidance_median_chars) for s in rows]),
        (say("stats.legal_basis", lang), [f"{s.legal_basis_pct:g}" for s in rows]),
    ]
    kinds = sorted({k for s in rows for k in s.references_by_kind})
    lines += [(say("stats.references", lang, kind=kind_names.get(k, k)),
               [str(s.references_by_kind.get(k, 0)) for s in rows]) for k in kinds]
    instruments = sorted({i for s in rows for i in s.treaty_references})
    lines += [(say("stats.treaty", lang, instrument=i), [str(s.treaty_references.get(i, 0)) for s in rows])
              for i in instruments]
    lines.append((say("stats.upr_numbered", lang),
                  ["\n".join(say("stats.upr", lang, **u) for u in s.upr_references) or "—" for s in rows]))
    lines.append((say("stats.upr_unnumbered", lang), [str(s.upr_without_number) for s in rows]))
    for label, values in lines:  # a long Thai label breaks between words, not into "…"
        table.add_row("\n".join(wrap(label, _LABEL_CELLS)), *values)
    return table


def coverage_table(rows: list[SetCoverage], lang: Lang) -> Table:
    """Seed themes down, sets across: how many criteria address each; GAP where a duty has none."""
    table = Table(title=say("coverage.title", lang))
    table.add_column(say("coverage.theme", lang))
    for s in rows:
        table.add_column(s.set_ref, justify="right")
    for i, first in enumerate(rows[0].themes if rows else []):
        cells = []
        for s in rows:
            t = s.themes[i]
            if t.gap:
                cells.append(f"[bold red]{say('coverage.gap', lang)}[/bold red]")
            elif not t.criteria:
                cells.append(f"[dim]— ({say('coverage.no_duty', lang)})[/dim]")
            else:
                cells.append(str(len(t.criteria)))
        table.add_row(escape(first.theme.name.in_(lang)), *cells)
    return table


def recommendation_lines(rows: list[SetCoverage], lang: Lang = "en") -> list[str]:
    """Each catalogued UPR recommendation and treaty-body paragraph, and the criteria of each set
    that cite it."""
    vocab = load_vocabulary()

    def named(theme: str) -> str:  # the English lines keep the key, as the catalogue files write it
        return vocab.topic(theme, lang) if lang == "th" else theme

    lines = []
    for i, rec in enumerate(rows[0].recommendations if rows else []):
        addressed = [f"{s.set_ref}: {', '.join(s.recommendations[i].criteria)}"
                     for s in rows if s.recommendations[i].criteria]
        response = say(f"coverage.response.{rec.response}", lang)
        lines.append(say("coverage.recommendation", lang, cycle=rec.cycle, number=rec.number,
                         state=escape(rec.state), response=response, theme=named(rec.theme))
                     + " → " + ("; ".join(addressed) or f"[red]{say('coverage.no_criterion', lang)}[/red]"))
    for s in rows:
        for (cycle, theme), ids in s.upr_themes.items():
            counted = ", ".join(t.name.th if lang == "th" else t.id for t in vocab.themes
                                if upr_theme_is(theme, t))
            said = say("coverage.unnumbered", lang, cycle=cycle, theme=escape(named(theme)))
            if counted:
                said += " " + say("coverage.counted_as", lang, themes=counted)
            lines.append(f"[dim]{s.set_ref} {said} → {', '.join(ids)}[/dim]")
    for i, obs in enumerate(rows[0].observations if rows else []):
        addressed = [f"{s.set_ref}: {', '.join(s.observations[i].criteria)}"
                     for s in rows if s.observations[i].criteria]
        excerpt = say("coverage.excerpt", lang) if obs.excerpt else ""
        lines.append(say("coverage.observation", lang, symbol=escape(obs.symbol), paragraph=obs.paragraph,
                         body=obs.body, theme=named(obs.theme), excerpt=excerpt)
                     + " → " + ("; ".join(addressed) or f"[red]{say('coverage.no_criterion', lang)}[/red]"))
    for s in rows:
        for (symbol, paragraph), ids in s.observations_uncatalogued.items():
            lines.append(f"[dim]{s.set_ref} " + say("coverage.uncatalogued", lang, symbol=escape(symbol),
                                                   paragraph=paragraph)
                         + f" → {', '.join(ids)}[/dim]")
    return lines


def _value(v: object) -> str:
    return "—" if v is None else f"{v:g}" if isinstance(v, float) else str(v)


def _change(a: object, b: object, lang: Lang) -> str:
    """Old → new; an item of a rule list (a mapping) appearing or going reads added / removed."""
    if a is None and isinstance(b, dict):
        return f"[green]{say('diff.added', lang)}[/green]"
    if b is None and isinstance(a, dict):
        return f"[red]{say('diff.removed', lang)}[/red]"
    return f"{escape(_value(a))} → {escape(_value(b))}"


def _fields(names: list[str], lang: Lang) -> str:
    """Criterion fields by their names in the run's language."""
    return ", ".join(say(f"diff.field.{n}", lang) if f"diff.field.{n}" in TEXTS else n for n in names)


def diff_lines(d: SetDiff, lang: Lang = "en") -> list[str]:
    """`hria criteria diff` for people: one line per change, the ones that move a verdict marked !."""
    w = {key.removeprefix("diff."): say(key, lang) for key in TEXTS if key.startswith("diff.")
         and not key.startswith("diff.field.")}
    lines = [f"[bold]{d.old} → {d.new}[/bold]"]
    if d.empty:
        lines.append(w["nothing"])
    lines += [f"[green]+ {w['added']}[/green] {c}" for c in d.added]
    lines += [f"[red]- {w['removed']}[/red] {c}" for c in d.removed]
    lines += [f"~ {w['reworded']} {c}: {_fields(f, lang)}" for c, f in d.reworded.items()]
    lines += [f"~ {w['reweighted']} {c}: {a:g} → {b:g}" for c, (a, b) in d.reweighted.items()]
    lines += [f"! {w['gate_changed']} {c}: {_value(a)} → {_value(b)}" for c, (a,
                                                                              b) in d.gates_changed.items()]
    changed = d.non_negotiables_changed
    lines += [f"! {w['non_negotiable']} [green]+[/green] {c}" for c in changed.get("added", [])]
    lines += [f"! {w['non_negotiable']} [red]-[/red] {c}" for c in changed.get("removed", [])]
    lines += [f"~ {w['logic_changed']} {c}: {_fields(f, lang)}" for c, f in d.logic_changed.items()]
    for c, refs in (d.references_changed_th if lang == "th" else d.references_changed).items():
        lines += [f"~ {w['reference']} {c}: [green]+[/green] {escape(r)}" for r in refs.get("added", [])]
        lines += [f"~ {w['reference']} {c}: [red]-[/red] {escape(r)}" for r in refs.get("removed", [])]
    lines += [f"~ {w['domain']} {k}: {_domain_change(v, lang)}" for k, v in d.domains_changed.items()]
    lines += [f"! {w['floor']} {k}: {_change(a, b, lang)}" for k, (a, b) in d.floors_changed.items()]
    lines += [f"! {w['level']} {k}: {_change(a, b, lang)}" for k, (a, b) in d.levels_changed.items()]
    lines += [f"! {w['rule']} {k}: {_change(a, b, lang)}" for k, (a, b) in d.rules_changed.items()]
    lines += [f"~ {w['setting']} {k}: {_change(a, b, lang)}" for k, (a, b) in d.settings_changed.items()]
    return lines


def _domain_change(change: str, lang: Lang) -> str:
    """diffing words a domain's change "added", "removed" or "weight A -> B"."""
    if change in ("added", "removed"):
        return say(f"diff.{change}", lang)
    return change.replace("weight", say("diff.weight", lang), 1).replace("->", "→")
