"""What the auditor sees: rich renderables for a question, its guidance, the review and changes.

Text is laid out flat (rules and indented lines, no boxes with right borders) so
Thai, whose vowels and tone marks take no width, lines up in every terminal; colour
only ever adds to bold and dim, so it reads on light and dark backgrounds and with
NO_COLOR.
"""

from __future__ import annotations

from functools import cache

from rich.console import Group, RenderableType
from rich.markup import escape
from rich.rule import Rule
from rich.table import Table

from hria.citing import references_text
from hria.interview import navigation
from hria.interview.applicability import Change
from hria.interview.session import Session
from hria.interview.texts import say
from hria.loading.vocabulary import load_vocabulary
from hria.models.assessment import Answer
from hria.models.criteria import Criterion
from hria.models.text import Lang
from hria.terminal_text import Wrapped


@cache
def _domain_names() -> dict[str, tuple[str, str]]:
    return {d.id: (d.name.th, d.name.en) for d in load_vocabulary().domains}


def domain_name(domain_id: str, lang: Lang) -> str:
    names = _domain_names().get(domain_id)
    return (names[0] if lang == "th" else names[1]) if names else domain_id


def answer_text(session: Session, criterion: Criterion, answer: Answer | None, lang: Lang) -> str:
    """An answer in words: '3 Implemented', 'not applicable: reason' or 'unanswered'."""
    if answer is None or not answer.answered:
        return say(lang, "unanswered")
    if answer.not_applicable is not None:
        return f"{say(lang, 'na')}: {answer.not_applicable.reason}"
    labels = session.criteria.model.labels_of(criterion)
    assert answer.value is not None
    return f"{answer.value} {labels[answer.value].in_(lang)}"


def choices(session: Session, criterion: Criterion) -> str:
    top = session.criteria.model.scale_of(criterion).max_value
    return f"0-{top}" + (", n" if criterion.not_applicable is not None else "")


def question(session: Session, criterion: Criterion) -> RenderableType:
    lang = session.lang
    now = session.applicable().now
    n, total = navigation.position(session.order, now, criterion.id)
    done = sum(1 for c in now if session.answered(c))
    head = (f"{escape(domain_name(criterion.domain, lang))} · {say(lang, 'progress', n=n, total=total)} · "
            f"{say(lang, 'answered_count', done=done, total=total)}")
    lines: list[RenderableType] = ["", Rule(head, align="left", style="dim")]
    title = criterion.title.in_(lang)
    if criterion.id in session.marked:
        title += f"   {say(lang, 'marked')}"
    lines += [Wrapped(title, prefix=f"[bold]{criterion.id}[/bold]  ", style="bold"),
              Wrapped(criterion.question.in_(lang))]
    if criterion.must_pass:
        lines.append(f"[dim]{say(lang, 'must_pass', at_least=criterion.must_pass.at_least)}[/dim]")
    lines.append("")
    answer = session.answers.get(criterion.id)
    for value, label in enumerate(session.criteria.model.labels_of(criterion)):
        chosen = answer is not None and answer.value == value
        mark = "▶" if chosen else " "
        lines.append(Wrapped(label.in_(lang), prefix=f" {mark} [bold]{value}[/bold]  "))
    if criterion.not_applicable is not None:
        chosen = answer is not None and answer.not_applicable is not None
        lines.append(f" {'▶' if chosen else ' '} [bold]n[/bold]  {say(lang, 'na_choice')}")
    if answer is not None and (answer.answered or answer.evidence or answer.notes):
        lines += ["", f"{say(lang, 'current')}: [bold]{escape(answer_text(session, criterion, answer, lang))}"
                      f"[/bold]   [dim]({say(lang, 'keep_hint')})[/dim]"]
        if answer.evidence:
            lines.append(f"  [dim]{say(lang, 'evidence_label')}:[/dim] "
                         f"{escape('; '.join(answer.evidence))}")
        if answer.notes:
            lines.append(f"  [dim]{say(lang, 'notes_label')}:[/dim] {escape(answer.notes)}")
    lines += ["", Wrapped(say(lang, "commands"), style="dim", separator=" · ")]
    return Group(*lines)


def guidance(session: Session, criterion: Criterion) -> RenderableType:
    lang = session.lang
    lines: list[RenderableType] = [
        f"[bold]{say(lang, 'guidance')}[/bold]", Wrapped(criterion.guidance.in_(lang), prefix="  "),
        f"[bold]{say(lang, 'expected_evidence')}[/bold]",
        *(Wrapped(e.in_(lang), prefix="  • ") for e in criterion.evidence),
    ]
    if criterion.not_applicable is not None:
        lines += [f"[bold]{say(lang, 'na_when')}[/bold]",
                  Wrapped(criterion.not_applicable.reason.in_(lang), prefix="  ")]
    depends = [*(f"{p.criterion} ≥ {p.at_least}" for p in criterion.prerequisites),
               *(f"{w.criterion} ≥ {w.at_least}" for w in
                 (criterion.applicability.when if criterion.applicability else []))]
    if depends:
        lines.append(f"[bold]{say(lang, 'depends')}[/bold]  {', '.join(depends)}")
    lines.append(Wrapped(references_text(list(criterion.references), lang),
                         prefix=f"[bold]{say(lang, 'references')}[/bold]  ", indent=2))
    lines.append(Wrapped(say(lang, "commands"), style="dim", separator=" · "))
    return Group(*lines)


def changes(session: Session, change: Change) -> RenderableType:
    lang = session.lang
    lines: list[RenderableType] = []
    if change.appeared:
        lines.append(f"[bold green]+ {say(lang, 'appeared', ids=', '.join(change.appeared))}[/bold green]")
    if change.disappeared:
        lines.append(f"[bold red]- {say(lang, 'disappeared', ids=', '.join(change.disappeared))}[/bold red]")
    return Group(*lines)


def counts(session: Session) -> dict[str, int]:
    """answered / not applicable / unanswered (skipped) / marked among the questions that apply."""
    now = session.applicable().now
    shown = [c for c in session.order if c in now]
    na = sum(1 for c in shown if (a := session.answers.get(c)) is not None and a.not_applicable is not None)
    answered = sum(1 for c in shown if session.answered(c)) - na
    return {"answered": answered, "na": na, "open": len(shown) - answered - na,
            "marked": sum(1 for c in shown if c in session.marked)}


def review(session: Session) -> RenderableType:
    lang = session.lang
    now = session.applicable().now
    table = Table(box=None, show_header=False, pad_edge=False)
    for col in ("#", "id", "title", "answer"):
        table.add_column(col, overflow="fold")
    n = 0
    for cid in session.order:
        if cid not in now:
            continue
        n += 1
        c = session.criteria.model.criterion(cid)
        answer = session.answers.get(cid)
        state = escape(answer_text(session, c, answer, lang))
        if answer is None or not answer.answered:
            state = f"[bold red]— {state}[/bold red]"
        if cid in session.marked:
            state += "  [bold magenta]★[/bold magenta]"
        here = "▶" if cid == session.cursor else " "
        table.add_row(f"{here}{n}", cid, escape(c.title.in_(lang)), state)
    title = f"[bold]{say(lang, 'review_title', **counts(session))}[/bold]"
    return Group("", title, table)
