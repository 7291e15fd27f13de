"""A criteria set drawn as a rich tree for `hria criteria show`."""

from __future__ import annotations

from rich.markup import escape
from rich.tree import Tree

from hria.citing import references_text
from hria.criteria_sets import LoadedSet
from hria.loading.vocabulary import load_vocabulary
from hria.models.criteria import Criterion
from hria.models.enterprise_size import SIZE_NAMES
from hria.models.text import Lang

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
    if c.must_pass:
        marks.append(f"[/dim][bold red]{w['gate']} ≥{c.must_pass.at_least}[/bold red][dim]")
    if c.not_applicable:
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
    return f"[bold]{c.id}[/bold] {escape(c.title.in_(lang))}  [dim]{' · '.join(marks)}[/dim]"


def set_tree(loaded: LoadedSet, lang: Lang) -> Tree:
    cs = loaded.model
    w = _WORDS[lang]
    vocab = load_vocabulary()
    root = Tree(f"[bold]{escape(cs.title.in_(lang))}[/bold]  {cs.ref} ({cs.status})\n"
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
        levels.add(f"{escape(level.name.in_(lang))} [dim]({level.id}: {w['score']} "
                   f"{level.min_score:g}{extra})[/dim]")
    r = cs.rules
    root.add(f"[bold]{w['rules']}[/bold] [dim]gate_failed={r.gate_failed} · "
             f"floor_failed={r.floor_failed} · severe_impact≥{r.severe_impact.severe_at}"
             f"→{r.severe_impact.effect}[/dim]")
    return root
