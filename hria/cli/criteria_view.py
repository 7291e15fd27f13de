"""A criteria set drawn as a rich tree for `hria criteria show`."""

from __future__ import annotations

from rich.markup import escape
from rich.tree import Tree

from hria.criteria_sets import LoadedSet
from hria.loading.vocabulary import load_vocabulary
from hria.models.criteria import Criterion
from hria.models.enterprise_size import SIZE_NAMES
from hria.models.references import (
    LawRef,
    NAPRef,
    NHRCRef,
    Reference,
    SDGRef,
    StandardRef,
    UNGPRef,
    UPRRef,
)
from hria.models.text import Lang
from hria.scoring.texts import RULE_EFFECTS, message, words

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


def reference_text(ref: Reference, lang: Lang) -> str:
    vocab = load_vocabulary()
    if isinstance(ref, UNGPRef):
        return f"UNGP {ref.principle}"
    if isinstance(ref, UPRRef):
        rec = f" {ref.recommendation}" if ref.recommendation else ""
        theme = f" ({ref.theme})" if ref.theme else ""
        return f"UPR cycle {ref.cycle}{rec}{theme}"
    if isinstance(ref, LawRef):
        section = f" {'มาตรา' if lang == 'th' else 's.'} {ref.section}" if ref.section else ""
        return vocab.law(ref.law).name.in_(lang) + section
    if isinstance(ref, SDGRef):
        return f"SDG {ref.target}"
    if isinstance(ref, NAPRef):
        return f"NAP BHR phase {ref.phase}: {ref.plan}"
    if isinstance(ref, NHRCRef):
        return f"{'แผนยุทธศาสตร์ กสม.' if lang == 'th' else 'NHRC strategy'} {ref.item}"
    assert isinstance(ref, StandardRef)
    return ref.name + (f", {ref.part}" if ref.part else "")


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
                refs = "; ".join(reference_text(r, lang) for r in c.references)
                node.add(f"[dim]{escape(refs)}[/dim]")
    levels = root.add(f"[bold]{w['levels']}[/bold]")
    for level in cs.levels:
        extra = f", {w['floor']} {level.min_domain_score:g}" if level.min_domain_score else ""
        levels.add(f"{escape(level.name.in_(lang))} [dim]({level.id}: {w['score']} "
                   f"{level.min_score:g}{extra})[/dim]")
    r = cs.rules
    effect = words(RULE_EFFECTS, lang)
    rules = message("rules", gate=effect[r.gate_failed], floor=effect[r.floor_failed],
                    severe_at=str(r.severe_impact.severe_at), severe=effect[r.severe_impact.effect])
    root.add(f"[bold]{w['rules']}[/bold] [dim]{escape(rules.in_(lang))}[/dim]")
    return root
